/*
 * Copyright 2026 The hdrcheck Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "scanner/sources/internal.h"

int hdrcheck__entries_push(hdrcheck__entries *e, const char *path, size_t len,
                           hdrcheck__entry_kind kind)
{
	hdrcheck__entry *it;

	if (e->count == e->cap) {
		size_t cap = e->cap ? e->cap * 2 : 1024;
		hdrcheck__entry *p =
		    hdrcheck__realloc(e->items, cap * sizeof(*p));

		if (!p)
			return HDRCHECK_ENOMEM;
		e->items = p;
		e->cap = cap;
	}
	it = &e->items[e->count];
	memset(it, 0, sizeof(*it));
	if (!(it->path = hdrcheck__strndup(path, len)))
		return HDRCHECK_ENOMEM;
	it->kind = kind;
	e->count++;
	return 0;
}

int hdrcheck__entries_reserve(hdrcheck__entries *e, size_t n)
{
	hdrcheck__entry *p;

	if (n <= e->cap)
		return 0;
	if (n > SIZE_MAX / sizeof(*p) ||
	    !(p = hdrcheck__realloc(e->items, n * sizeof(*p))))
		return HDRCHECK_ENOMEM;
	e->items = p;
	e->cap = n;
	return 0;
}

void hdrcheck__entries_dispose(hdrcheck__entries *e)
{
	size_t i;

	for (i = 0; i < e->count; i++)
		free(e->items[i].path);
	free(e->items);
	memset(e, 0, sizeof(*e));
}

static int compare_entries(const void *a, const void *b)
{
	return strcmp(((const hdrcheck__entry *)a)->path,
	              ((const hdrcheck__entry *)b)->path);
}

void hdrcheck__entries_sort_unique(hdrcheck__entries *e)
{
	size_t i, j;

	if (e->count < 2)
		return;
	qsort(e->items, e->count, sizeof(*e->items), compare_entries);
	for (i = 1, j = 0; i < e->count; i++) {
		if (strcmp(e->items[i].path, e->items[j].path) == 0) {
			free(e->items[i].path);
			continue;
		}
		e->items[++j] = e->items[i];
	}
	e->count = j + 1;
}

static hdrcheck__entry_kind kind_of(unsigned char d_type, int dirfd,
                                    const char *name, int *is_dir)
{
	struct stat st;

	*is_dir = 0;
	if (d_type == DT_UNKNOWN) {
		if (fstatat(dirfd, name, &st, AT_SYMLINK_NOFOLLOW) < 0)
			return HDRCHECK__ENTRY_FILE; /* reading will tell */
		if (S_ISDIR(st.st_mode))
			d_type = DT_DIR;
		else if (S_ISLNK(st.st_mode))
			d_type = DT_LNK;
		else if (S_ISREG(st.st_mode))
			d_type = DT_REG;
		else
			d_type = DT_FIFO;
	}
	switch (d_type) {
	case DT_DIR:
		*is_dir = 1;
		return HDRCHECK__ENTRY_FILE;
	case DT_LNK:
		return HDRCHECK__ENTRY_SYMLINK;
	case DT_REG:
		return HDRCHECK__ENTRY_FILE;
	default:
		return HDRCHECK__ENTRY_SPECIAL;
	}
}

/* Directories are walked with an explicit stack, so a tree 10,000 levels
 * deep costs heap, not C stack; none is left out (a loop through a bind
 * mount ends where its paths grow too long: an error finding). */
int hdrcheck__walk(const char *root, const char *start_rel,
                   hdrcheck__walk_filter filter, void *payload,
                   hdrcheck__entries *out)
{
	hdrcheck_vector stack = HDRCHECK_VECTOR_INIT; /* of char * rel dirs */
	hdrcheck_buf rel = HDRCHECK_BUF_INIT;
	DIR *dir = NULL;
	char *cur = NULL;
	int error = 0, root_fd = -1;

	if ((root_fd = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) < 0) {
		error = hdrcheck__error_set(HDRCHECK_EIO, "%s: %s", root,
		                            strerror(errno));
		goto done;
	}
	if (!(cur = hdrcheck__strdup(start_rel)) ||
	    (error = hdrcheck__vector_push(&stack, cur)) < 0) {
		free(cur);
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	cur = NULL;
	while (stack.len) {
		struct dirent *de;
		int fd;

		cur = stack.items[--stack.len];
		fd = openat(root_fd, *cur ? cur : ".",
		            O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
		if (fd < 0 || !(dir = fdopendir(fd))) {
			int err = errno;

			if (fd >= 0)
				close(fd);
			/* a directory that vanished, or became a symlink or
			 * a file since it was listed, is no longer there;
			 * one we cannot read is: its files would silently
			 * leave the scope, so it is an error finding */
			if (err != ENOENT && err != ENOTDIR && err != ELOOP) {
				if (!*cur) {
					error = hdrcheck__error_set(
					    HDRCHECK_EIO, "%s: %s", root,
					    strerror(err));
					goto done;
				}
				if ((error = hdrcheck__entries_push(
				         out, cur, strlen(cur),
				         HDRCHECK__ENTRY_UNREADABLE)) < 0)
					goto done;
				out->items[out->count - 1].sub =
				    (unsigned int)err & HDRCHECK__ENTRY_SUB_MAX;
			}
			free(cur);
			cur = NULL;
			continue;
		}
		while ((de = readdir(dir)) != NULL) {
			const char *name = de->d_name;
			hdrcheck__entry_kind kind;
			int is_dir;

			if (name[0] == '.' &&
			    (name[1] == '\0' ||
			     (name[1] == '.' && name[2] == '\0')))
				continue;
			kind = kind_of(de->d_type, dirfd(dir), name, &is_dir);
			hdrcheck__buf_clear(&rel);
			if ((*cur &&
			     ((error = hdrcheck__buf_puts(&rel, cur)) < 0 ||
			      (error = hdrcheck__buf_puts(&rel, "/")) < 0)) ||
			    (error = hdrcheck__buf_puts(&rel, name)) < 0)
				goto done;
			if (filter && !filter(payload, rel.ptr, is_dir))
				continue;
			if (is_dir) {
				char *sub;

				if (!(sub = hdrcheck__strndup(rel.ptr,
				                              rel.len)) ||
				    (error = hdrcheck__vector_push(&stack,
				                                   sub)) < 0) {
					free(sub);
					error = HDRCHECK_ENOMEM;
					goto done;
				}
				continue;
			}
			if ((error = hdrcheck__entries_push(out, rel.ptr,
			                                    rel.len, kind)) < 0)
				goto done;
		}
		closedir(dir);
		dir = NULL;
		free(cur);
		cur = NULL;
	}
done:
	if (dir)
		closedir(dir);
	free(cur);
	while (stack.len)
		free(stack.items[--stack.len]);
	hdrcheck__vector_dispose(&stack);
	hdrcheck__buf_dispose(&rel);
	if (root_fd >= 0)
		close(root_fd);
	return error;
}
