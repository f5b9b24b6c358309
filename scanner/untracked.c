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

/*
 * The untracked files that git does not ignore. libgit2's status list
 * would give them, but it also compares every tracked file with the index,
 * which doubles the cost of a scan; git ls-files -o is what we want, and
 * this is that walk:
 *
 * - only directories are walked (readdir gives the type), never a file
 *   read or stat'ed unless the file system hides its type;
 * - a directory that holds tracked files is entered without asking: that
 *   is nearly every directory of a clean checkout, and an untracked file
 *   found there is checked against the ignore rules on its own (libgit2
 *   tests every level of its path, so ignored parents are covered);
 * - only a directory without tracked files can be an ignored tree worth
 *   pruning (node_modules/, build/) or a nested repository, so only there
 *   do we ask, once for the directory;
 * - tracked-or-not is a binary search in the index we already hold, among
 *   the entries under the directory being read, on the names' remainders.
 *
 * It runs on the calling thread while the workers read the tracked files.
 */

#include <git2.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "scanner/scanner.h"

typedef struct {
	git_repository *repo;
	const hdrcheck__index *ix;
	const char *root;
	int root_fd;
	hdrcheck_buf scratch;
	hdrcheck_buf tmp;
	hdrcheck__entries *out;
	hdrcheck_vector *attr_files;  /* or NULL */
	hdrcheck__dircache *dircache; /* or NULL */
	const char *prefix;
	int error;
} walk_state;

/* A directory still to read, and the index entries that lie under it. */
typedef struct {
	char *rel; /* "" for the root */
	size_t lo, hi;
} pending;

static int is_tracked(const hdrcheck__index *ix, const char *path)
{
	size_t pos;

	return hdrcheck__index_find(ix, path, &pos);
}

/* The entries under the directory rel: [lo, hi). */
static void dir_range(const hdrcheck__index *ix, const char *rel, size_t *lo,
                      size_t *hi)
{
	size_t n = strlen(rel), a, b;

	if (!n) {
		*lo = 0;
		*hi = ix->count;
		return;
	}
	a = hdrcheck__index_dir_start(ix, rel);
	b = ix->count;
	{
		size_t l = a;

		while (l < b) {
			size_t mid = l + (b - l) / 2;
			const char *q = ix->entries[mid].path;

			if (strncmp(q, rel, n) == 0 && q[n] == '/')
				l = mid + 1;
			else
				b = mid;
		}
		b = l;
	}
	*lo = a;
	*hi = b;
}

/*
 * Within [lo, hi) (all "dir/..."), the entries whose remainder after off
 * bytes is name exactly (*exact) or starts with "name/" ([*sub_lo,
 * *sub_hi)). One search of a short range, comparing short strings.
 */
static void find_name(const hdrcheck__index *ix, size_t lo, size_t hi,
                      size_t off, const char *name, size_t n, int *exact,
                      size_t *sub_lo, size_t *sub_hi)
{
	size_t a = lo, b = hi;

	/* the first remainder >= name */
	while (a < b) {
		size_t mid = a + (b - a) / 2;

		if (strcmp(ix->entries[mid].path + off, name) < 0)
			a = mid + 1;
		else
			b = mid;
	}
	*exact = a < hi && strcmp(ix->entries[a].path + off, name) == 0;
	/* "name/..." sorts after "name" and "name-x" ('-' < '/'): search
	 * from a for the first remainder >= "name/" */
	b = hi;
	while (a < b) {
		size_t mid = a + (b - a) / 2;
		const char *r = ix->entries[mid].path + off;
		int c = strncmp(r, name, n);

		if (c == 0)
			c = (unsigned char)r[n] - (unsigned char)'/';
		if (c < 0)
			a = mid + 1;
		else
			b = mid;
	}
	*sub_lo = a;
	b = hi;
	while (a < b) {
		size_t mid = a + (b - a) / 2;
		const char *r = ix->entries[mid].path + off;

		if (strncmp(r, name, n) == 0 && r[n] == '/')
			a = mid + 1;
		else
			b = mid;
	}
	*sub_hi = a;
}

static int is_ignored(walk_state *w, const char *rel, int is_dir)
{
	int ignored = 0;

	hdrcheck__buf_clear(&w->scratch);
	if (hdrcheck__buf_puts(&w->scratch, rel) < 0 ||
	    (is_dir && hdrcheck__buf_puts(&w->scratch, "/") < 0)) {
		w->error = HDRCHECK_ENOMEM;
		return 1;
	}
	if (git_ignore_path_is_ignored(&ignored, w->repo, w->scratch.ptr) < 0) {
		git_error_clear();
		return 0;
	}
	return ignored;
}

/* Is there a ".git" (a nested repository or a submodule) in rel? */
static int has_dotgit(walk_state *w, const char *rel)
{
	struct stat st;

	hdrcheck__buf_clear(&w->tmp);
	if (hdrcheck__buf_printf(&w->tmp, "%s/.git", rel) < 0)
		return 0;
	return fstatat(w->root_fd, w->tmp.ptr, &st, AT_SYMLINK_NOFOLLOW) == 0;
}

static hdrcheck__entry_kind kind_of(const struct stat *st)
{
	return S_ISLNK(st->st_mode)   ? HDRCHECK__ENTRY_SYMLINK
	       : S_ISREG(st->st_mode) ? HDRCHECK__ENTRY_FILE
	                              : HDRCHECK__ENTRY_SPECIAL;
}

/* The type readdir gave, or fstatat's when the file system did not. */
static int dirent_type(int dfd, const struct dirent *de, int *is_dir,
                       hdrcheck__entry_kind *kind)
{
	unsigned char t = de->d_type;
	struct stat st;

	if (t == DT_UNKNOWN) {
		if (fstatat(dfd, de->d_name, &st, AT_SYMLINK_NOFOLLOW) < 0)
			return -1; /* vanished */
		*is_dir = S_ISDIR(st.st_mode);
		*kind = kind_of(&st);
		return 0;
	}
	*is_dir = t == DT_DIR;
	*kind = t == DT_LNK   ? HDRCHECK__ENTRY_SYMLINK
	        : t == DT_REG ? HDRCHECK__ENTRY_FILE
	                      : HDRCHECK__ENTRY_SPECIAL;
	return 0;
}

static int push_pending(hdrcheck_vector *stack, const char *rel, size_t len,
                        size_t lo, size_t hi)
{
	pending *p = hdrcheck__malloc(sizeof(*p));

	if (!p || !(p->rel = hdrcheck__strndup(rel, len))) {
		free(p);
		return HDRCHECK_ENOMEM;
	}
	p->lo = lo;
	p->hi = hi;
	if (hdrcheck__vector_push(stack, p) < 0) {
		free(p->rel);
		free(p);
		return HDRCHECK_ENOMEM;
	}
	return 0;
}

/* One name of directory d: an untracked file out, a directory onto the
 * stack. exact: the index holds it; [sub_lo, sub_hi): its entries under
 * it (find_name). */
static int visit(walk_state *w, const pending *d, hdrcheck_vector *stack,
                 hdrcheck_buf *rel, const char *name, size_t n, int is_dir,
                 hdrcheck__entry_kind kind, int exact, size_t sub_lo,
                 size_t sub_hi)
{
	size_t plen = strlen(d->rel);
	int error;

	if (exact && !is_dir)
		return 0; /* tracked */
	hdrcheck__buf_clear(rel);
	if ((plen && ((error = hdrcheck__buf_put(rel, d->rel, plen)) < 0 ||
	              (error = hdrcheck__buf_put(rel, "/", 1)) < 0)) ||
	    (error = hdrcheck__buf_put(rel, name, n)) < 0)
		return error;
	hdrcheck__buf_cstr(rel);
	/* an attribute file libgit2 will read though no index holds it,
	 * ignored or not */
	if (!is_dir && w->attr_files && n == 14 &&
	    memcmp(name, ".gitattributes", 14) == 0) {
		char *p = hdrcheck__aprintf("%s%s", w->prefix, rel->ptr);

		if (!p || hdrcheck__vector_push(w->attr_files, p) < 0) {
			free(p);
			return HDRCHECK_ENOMEM;
		}
	}
	if (is_dir) {
		/* A directory holding tracked files is walked without asking:
		 * nearly every directory of a clean checkout, and each
		 * untracked file found there is checked on its own. Only the
		 * others can be ignored trees worth pruning (node_modules/,
		 * build/) or a nested repository; a submodule's gitlink is
		 * listed from the index. */
		if (sub_lo == sub_hi &&
		    (has_dotgit(w, rel->ptr) || is_ignored(w, rel->ptr, 1)))
			return 0;
		if (stack->len >= 64 * 4096)
			return 0;
		return push_pending(stack, rel->ptr, rel->len, sub_lo, sub_hi);
	}
	if (is_ignored(w, rel->ptr, 0))
		return 0;
	return hdrcheck__entries_push(w->out, rel->ptr, rel->len, kind);
}

/* The directory as the cache kept it: no open, no read. 1 when it did. */
static int read_cached(walk_state *w, const pending *d, hdrcheck_vector *stack,
                       hdrcheck_buf *rel, struct stat *st)
{
	hdrcheck__dircache_entry *list = NULL;
	size_t n = 0, i;
	int rc, error = 0;

	if (fstatat(w->root_fd, *d->rel ? d->rel : ".", st,
	            AT_SYMLINK_NOFOLLOW) < 0 ||
	    !S_ISDIR(st->st_mode))
		return 0;
	if ((rc = hdrcheck__dircache_get(w->dircache, d->rel, st, &list, &n)) <=
	    0)
		return rc;
	for (i = 0; i < n && !error && !w->error; i++) {
		int is_dir = list[i].type == HDRCHECK__DIRCACHE_DIR, exact = 0;
		size_t plen = strlen(d->rel), sub_lo = 0, sub_hi = 0;
		char name[256];

		if (list[i].len >= sizeof(name))
			continue;
		memcpy(name, list[i].name, list[i].len);
		name[list[i].len] = '\0';
		/* a file kept here is one the same index did not hold */
		if (is_dir)
			find_name(w->ix, d->lo, d->hi, plen ? plen + 1 : 0,
			          name, list[i].len, &exact, &sub_lo, &sub_hi);
		error = visit(w, d, stack, rel, name, list[i].len, is_dir,
		              is_dir ? HDRCHECK__ENTRY_FILE
		                     : (hdrcheck__entry_kind)list[i].type,
		              0, sub_lo, sub_hi);
	}
	if (!error && !w->error)
		error =
		    hdrcheck__dircache_put(w->dircache, d->rel, st, list, n, 0);
	free(list);
	return error < 0 ? error : w->error ? w->error : 1;
}

/* Read one directory: untracked files out, directories onto the stack. */
static int read_dir(walk_state *w, const pending *d, hdrcheck_vector *stack,
                    hdrcheck_buf *rel)
{
	size_t plen = strlen(d->rel), off = plen ? plen + 1 : 0;
	struct dirent *de;
	struct stat st;
	DIR *dir;
	hdrcheck__dircache_entry *kept = NULL;
	hdrcheck_buf names = HDRCHECK_BUF_INIT;
	size_t nkept = 0, cap = 0;
	int fd, rc, error = 0, keep;

	if (w->dircache && (rc = read_cached(w, d, stack, rel, &st)) != 0)
		return rc < 0 ? rc : 0;
	fd = openat(w->root_fd, plen ? d->rel : ".",
	            O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	/* an unreadable or vanished directory is skipped: its files are not
	 * in the work tree as far as we can see */
	if (fd < 0)
		return 0;
	keep = w->dircache && fstat(fd, &st) == 0;
	if (!(dir = fdopendir(fd))) {
		close(fd);
		return 0;
	}
	while (!error && !w->error && (de = readdir(dir)) != NULL) {
		const char *name = de->d_name;
		size_t n = strlen(name), sub_lo, sub_hi;
		hdrcheck__entry_kind kind;
		int is_dir, exact;

		if ((name[0] == '.' && (name[1] == '\0' ||
		                        (name[1] == '.' && name[2] == '\0'))) ||
		    strcmp(name, ".git") == 0)
			continue;
		if (dirent_type(dirfd(dir), de, &is_dir, &kind) < 0)
			continue;
		find_name(w->ix, d->lo, d->hi, off, name, n, &exact, &sub_lo,
		          &sub_hi);
		/* for the cache: every directory and every file the index
		 * does not hold (names by offset until the array settles) */
		if (keep) {
			if (is_dir || !exact) {
				if (nkept == cap) {
					size_t c2 = cap ? cap * 2 : 32;
					hdrcheck__dircache_entry *p =
					    hdrcheck__realloc(kept,
					                      c2 * sizeof(*p));

					if (!p) {
						error = HDRCHECK_ENOMEM;
						break;
					}
					kept = p;
					cap = c2;
				}
				kept[nkept].name =
				    (const char *)(uintptr_t)names.len;
				kept[nkept].len = n;
				kept[nkept].type = is_dir
				                       ? HDRCHECK__DIRCACHE_DIR
				                       : (unsigned)kind;
				nkept++;
				if ((error = hdrcheck__buf_put(&names, name,
				                               n)) < 0)
					break;
			}
		}
		error = visit(w, d, stack, rel, name, n, is_dir, kind, exact,
		              sub_lo, sub_hi);
	}
	closedir(dir);
	if (keep && !error && !w->error) {
		size_t i;

		for (i = 0; i < nkept; i++)
			kept[i].name =
			    names.ptr + (size_t)(uintptr_t)kept[i].name;
		error = hdrcheck__dircache_put(w->dircache, d->rel, &st, kept,
		                               nkept, 1);
	}
	free(kept);
	hdrcheck__buf_dispose(&names);
	return error ? error : w->error;
}

static int walk(walk_state *w, const char *start)
{
	hdrcheck_vector stack = HDRCHECK_VECTOR_INIT;
	hdrcheck_buf rel = HDRCHECK_BUF_INIT;
	size_t lo, hi;
	int error;

	dir_range(w->ix, start, &lo, &hi);
	error = push_pending(&stack, start, strlen(start), lo, hi);
	while (!error && stack.len) {
		pending *d = stack.items[--stack.len];

		error = read_dir(w, d, &stack, &rel);
		free(d->rel);
		free(d);
	}
	while (stack.len) {
		pending *d = stack.items[--stack.len];

		free(d->rel);
		free(d);
	}
	hdrcheck__vector_dispose(&stack);
	hdrcheck__buf_dispose(&rel);
	return error;
}

/* Does a directory above path hold a ".git" (a submodule's or nested
 * repository's work tree, whose files are not ours)? */
static int inside_nested(walk_state *w, const char *path)
{
	const char *s;
	int nested = 0;

	for (s = strchr(path, '/'); s && !nested; s = strchr(s + 1, '/')) {
		char *dir = hdrcheck__strndup(path, (size_t)(s - path));

		if (!dir) {
			w->error = HDRCHECK_ENOMEM;
			return 1;
		}
		nested = has_dotgit(w, dir);
		free(dir);
	}
	return nested;
}

static int list_prefix(walk_state *w, const char *prefix,
                       hdrcheck__entries *out)
{
	struct stat st;
	int error = 0;

	w->out = out;
	if (!*prefix)
		return walk(w, "");
	if (inside_nested(w, prefix))
		return w->error;
	if (fstatat(w->root_fd, prefix, &st, AT_SYMLINK_NOFOLLOW) < 0) {
		/* gone, or a PATH inside a file: nothing untracked here */
	} else if (S_ISDIR(st.st_mode)) {
		/* a PATH naming a nested repository or a submodule's
		 * checkout is not walked: it is not ours */
		if (!has_dotgit(w, prefix) && !is_ignored(w, prefix, 1))
			error = walk(w, prefix);
	} else if (!is_tracked(w->ix, prefix) && !is_ignored(w, prefix, 0)) {
		error = hdrcheck__entries_push(out, prefix, strlen(prefix),
		                               kind_of(&st));
	}
	return error;
}

int hdrcheck__untracked_list(git_repository *repo, const char *root,
                             const hdrcheck__index *ix, const char *prefix,
                             const char *const *prefixes, size_t count,
                             hdrcheck__entries *out)
{
	return hdrcheck__untracked_list_ext(repo, root, ix, prefix, prefixes,
	                                    count, out, NULL, NULL);
}

int hdrcheck__untracked_list_ext(git_repository *repo, const char *root,
                                 const hdrcheck__index *ix, const char *prefix,
                                 const char *const *prefixes, size_t count,
                                 hdrcheck__entries *out,
                                 hdrcheck_vector *attr_files,
                                 hdrcheck__dircache *dircache)
{
	static const char *const everything[] = {""};
	walk_state w;
	hdrcheck__entries found = {0};
	size_t i, plen = prefix ? strlen(prefix) : 0;
	int error = 0;

	memset(&w, 0, sizeof(w));
	w.repo = repo;
	w.ix = ix;
	w.root = root;
	w.attr_files = attr_files;
	w.dircache = dircache;
	w.prefix = prefix ? prefix : "";
	if ((w.root_fd = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) < 0)
		return hdrcheck__error_set(HDRCHECK_EIO, "%s: %s", root,
		                           strerror(errno));
	if (!count) {
		prefixes = everything;
		count = 1;
	}
	for (i = 0; i < count && !error; i++) {
		error = list_prefix(&w, prefixes[i], &found);
		if (!error && w.error)
			error = w.error;
	}
	if (error < 0)
		goto done;
	hdrcheck__entries_sort_unique(&found);
	for (i = 0; i < found.count; i++) {
		hdrcheck__entry *e;

		if (plen) {
			char *p = hdrcheck__aprintf("%s%s", prefix,
			                            found.items[i].path);

			if (!p) {
				error = HDRCHECK_ENOMEM;
				goto done;
			}
			free(found.items[i].path);
			found.items[i].path = p;
		}
		if ((error = hdrcheck__entries_push(out, "", 0,
		                                    found.items[i].kind)) < 0)
			goto done;
		e = &out->items[out->count - 1];
		free(e->path);
		e->path = found.items[i].path;
		found.items[i].path = NULL;
	}
done:
	hdrcheck__entries_dispose(&found);
	hdrcheck__buf_dispose(&w.scratch);
	hdrcheck__buf_dispose(&w.tmp);
	close(w.root_fd);
	return error;
}
