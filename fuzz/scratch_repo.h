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
 * What the listing fuzz targets (untracked, changes, revlist) share: a
 * scratch git work tree under /tmp, made once per process and emptied
 * before each input; work-tree files made from the input's bytes; and
 * git itself as the oracle, run with a clean environment (no global or
 * system configuration). Without git on the PATH the targets still run
 * hdrcheck on every input and check what needs no oracle.
 *
 * An input is read as a stream of bytes: take() hands them out, and
 * returns 0 once they run out. HDRCHECK_FUZZ_VERBOSE in the environment
 * prints how many paths each comparison agreed on.
 */

#ifndef HDRCHECK_FUZZ_SCRATCH_REPO_H
#define HDRCHECK_FUZZ_SCRATCH_REPO_H

#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <git2.h>
#include "hdrcheck/hdrcheck.h"
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define SCRATCH_MAX_PATHS 24
#define SCRATCH_PATH_MAX  128
#define SCRATCH_LIST_MAX  256

typedef struct {
	const uint8_t *p;
	size_t len;
} input;

static inline uint8_t take(input *in)
{
	uint8_t c;

	if (!in->len)
		return 0;
	c = *in->p++;
	in->len--;
	return c;
}

/* Up to max bytes of the input, up to a 0 byte (taken, not copied). */
static inline size_t take_text(input *in, char *out, size_t max)
{
	size_t n = 0;

	while (in->len && n < max) {
		uint8_t c = take(in);

		if (!c)
			break;
		out[n++] = (char)c;
	}
	return n;
}

/* The names paths are made of: directories and files that collide,
 * differ only in case, sort around '/' ("a-b" < "a/" < "a0"), and the
 * ignore file. */
static const char *const scratch_names[] = {
    "a", "b", "a.c", "a-b", "a0", "B.c", ".gitignore", "x y.c",
};

/* A path of 1 to 3 components from one byte, or NULL for a 0 byte. */
static inline const char *take_path(input *in, char *buf, size_t cap)
{
	uint8_t c = take(in);
	size_t depth, i, n = 0;

	if (!c)
		return NULL;
	depth = 1 + (c >> 6) % 3;
	buf[0] = '\0';
	for (i = 0; i < depth; i++) {
		const char *name =
		    i + 1 == depth ? scratch_names[c & 7]
		                   : scratch_names[(c >> (3 + i)) & 1 ? 1 : 0];
		int w = snprintf(buf + n, cap - n, "%s%s", i ? "/" : "", name);

		if (w < 0 || (size_t)w >= cap - n)
			return NULL;
		n += (size_t)w;
	}
	return buf;
}

static inline int rm_entry(const char *path, const struct stat *st, int flag,
                           struct FTW *ftw)
{
	(void)st;
	(void)flag;
	if (ftw->level > 0)
		remove(path);
	return 0;
}

/* The scratch repository: made at the first call, then emptied (every
 * file but .git, and the index) before each input. */
static inline git_repository *scratch_repo(const char **root)
{
	static char dir[96];
	static git_repository *repo;

	if (!repo) {
		git_libgit2_init();
		snprintf(dir, sizeof(dir), "/tmp/hdrcheck-fuzz-%ld",
		         (long)getpid());
		/* no global or system configuration, for git and for us */
		setenv("HOME", "/nonexistent", 1);
		unsetenv("XDG_CONFIG_HOME");
		setenv("GIT_CONFIG_NOSYSTEM", "1", 1);
		setenv("GIT_CONFIG_GLOBAL", "/dev/null", 1);
		nftw(dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
		mkdir(dir, 0755);
		if (git_repository_init(&repo, dir, 0) < 0)
			abort();
	} else {
		char git[128];
		DIR *d = opendir(dir);
		struct dirent *de;

		while (d && (de = readdir(d)) != NULL) {
			char p[512];

			if (!strcmp(de->d_name, ".") ||
			    !strcmp(de->d_name, "..") ||
			    !strcmp(de->d_name, ".git"))
				continue;
			snprintf(p, sizeof(p), "%s/%s", dir, de->d_name);
			nftw(p, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
			remove(p);
		}
		if (d)
			closedir(d);
		snprintf(git, sizeof(git), "%s/.git/index", dir);
		unlink(git);
		snprintf(git, sizeof(git), "%s/.git/hdrcheck", dir);
		nftw(git, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
		remove(git);
		/* the repository's objects stay: they are content-named */
	}
	*root = dir;
	return repo;
}

/* Write path under root with text; parents made; a path that collides
 * with a file or directory already there is left out. */
static inline void scratch_write(const char *root, const char *path,
                                 const char *text, size_t len)
{
	char full[512], *s;
	int fd;

	if (snprintf(full, sizeof(full), "%s/%s", root, path) >=
	    (int)sizeof(full))
		return;
	for (s = strchr(full + strlen(root) + 1, '/'); s;
	     s = strchr(s + 1, '/')) {
		*s = '\0';
		mkdir(full, 0755);
		*s = '/';
	}
	if ((fd = open(full, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW, 0644)) <
	    0)
		return;
	if (write(fd, text, len) != (ssize_t)len)
		abort();
	close(fd);
}

/* A list of paths, sorted, unique. */
typedef struct {
	char *items[SCRATCH_LIST_MAX];
	size_t count;
} path_list;

static inline int compare_paths(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static inline void list_add(path_list *l, const char *p, size_t n)
{
	if (l->count < SCRATCH_LIST_MAX &&
	    (l->items[l->count] = strndup(p, n)) != NULL)
		l->count++;
}

static inline void list_finish(path_list *l)
{
	size_t i, k = 0;

	qsort(l->items, l->count, sizeof(char *), compare_paths);
	for (i = 0; i < l->count; i++) {
		if (k && strcmp(l->items[k - 1], l->items[i]) == 0) {
			free(l->items[i]);
			continue;
		}
		l->items[k++] = l->items[i];
	}
	l->count = k;
}

static inline void list_dispose(path_list *l)
{
	while (l->count)
		free(l->items[--l->count]);
}

/* 1 when git can be run. */
static inline int have_git(void)
{
	static int known = -1;

	if (known < 0)
		known = system("git --version >/dev/null 2>&1") == 0;
	return known;
}

/* The NUL-separated output of a git command in root (or, with a '!'
 * first, of a shell command there), added to l. 0, or -1 when it
 * failed. */
static inline int git_list(const char *root, const char *args, path_list *l)
{
	char cmd[512], buf[8192];
	size_t len = 0, n, i, start = 0;
	FILE *p;

	/* "!...": a shell command run in root, else git's arguments */
	if (args[0] == '!')
		snprintf(cmd, sizeof(cmd), "cd '%s' && (%s) 2>/dev/null", root,
		         args + 1);
	else
		snprintf(cmd, sizeof(cmd), "git -C '%s' %s 2>/dev/null", root,
		         args);
	if (!(p = popen(cmd, "r")))
		return -1;
	while ((n = fread(buf + len, 1, sizeof(buf) - len, p)) > 0)
		len += n;
	if (pclose(p) != 0 || len == sizeof(buf))
		return -1;
	for (i = 0; i < len; i++)
		if (!buf[i]) {
			if (i > start)
				list_add(l, buf + start, i - start);
			start = i + 1;
		}
	return 0;
}

/* Trap when the two lists differ, printing both. */
static inline void lists_agree(const char *what, path_list *ours,
                               path_list *git)
{
	size_t i;

	list_finish(ours);
	list_finish(git);
	if (getenv("HDRCHECK_FUZZ_VERBOSE"))
		fprintf(stderr, "%s: %zu paths agree\n", what, ours->count);
	if (ours->count == git->count) {
		for (i = 0; i < ours->count; i++)
			if (strcmp(ours->items[i], git->items[i]) != 0)
				break;
		if (i == ours->count)
			return;
	}
	fprintf(stderr, "%s: hdrcheck and git disagree\nhdrcheck:\n", what);
	for (i = 0; i < ours->count; i++)
		fprintf(stderr, "  %s\n", ours->items[i]);
	fprintf(stderr, "git:\n");
	for (i = 0; i < git->count; i++)
		fprintf(stderr, "  %s\n", git->items[i]);
	__builtin_trap();
}

/* The contents a file can have: a byte picks one. */
static const char *const scratch_texts[] = {"x\n", "y\n", "x\r\n", ""};

/*
 * Apply a run of operations on the work tree, up to a 0 byte: each is an
 * operation byte (low bit: write, else delete; the next two bits pick the
 * content), then a path byte. A written .gitignore gets ignore[0..len).
 */
static inline void scratch_ops(input *in, const char *root, const char *ignore,
                               size_t ignore_len)
{
	char path[SCRATCH_PATH_MAX], full[512];
	const char *p;
	size_t i;

	for (i = 0; i < SCRATCH_MAX_PATHS; i++) {
		uint8_t op = take(in);
		size_t n;

		if (!op || !(p = take_path(in, path, sizeof(path))))
			break;
		n = strlen(p);
		if (!(op & 1)) {
			snprintf(full, sizeof(full), "%s/%s", root, p);
			unlink(full);
			continue;
		}
		if (n >= 10 && strcmp(p + n - 10, ".gitignore") == 0)
			scratch_write(root, p, ignore, ignore_len);
		else
			scratch_write(root, p, scratch_texts[(op >> 1) & 3],
			              strlen(scratch_texts[(op >> 1) & 3]));
	}
}

/* Stage the whole work tree (additions, changes, deletions), as
 * `git add -A`, and write the index. */
static inline void scratch_stage(git_repository *repo)
{
	git_index *ix = NULL;
	char *all = "*";
	git_strarray spec = {&all, 1};

	if (git_repository_index(&ix, repo) < 0 || git_index_read(ix, 1) < 0 ||
	    git_index_add_all(ix, &spec, GIT_INDEX_ADD_DEFAULT, NULL, NULL) <
	        0 ||
	    git_index_update_all(ix, &spec, NULL, NULL) < 0 ||
	    git_index_write(ix) < 0)
		abort();
	git_index_free(ix);
}

/* Commit the index (parent: parent, or none), and point master and HEAD
 * at it. */
static inline void scratch_commit(git_repository *repo, const git_oid *parent,
                                  git_oid *out)
{
	git_index *ix = NULL;
	git_tree *tree = NULL;
	git_commit *p = NULL;
	git_signature *sig = NULL;
	git_reference *ref = NULL;
	git_oid tree_id;

	if (git_repository_index(&ix, repo) < 0 ||
	    git_index_write_tree(&tree_id, ix) < 0 ||
	    git_tree_lookup(&tree, repo, &tree_id) < 0 ||
	    (parent && git_commit_lookup(&p, repo, parent) < 0) ||
	    git_signature_new(&sig, "f", "f@hdrcheck.invalid", 1767225600, 0) <
	        0 ||
	    git_commit_create(out, repo, NULL, sig, sig, NULL, "f", tree,
	                      p ? 1 : 0, (const git_commit **)&p) < 0 ||
	    git_reference_create(&ref, repo, "refs/heads/master", out, 1,
	                         NULL) < 0 ||
	    git_repository_set_head(repo, "refs/heads/master") < 0)
		abort();
	git_reference_free(ref);
	git_signature_free(sig);
	git_commit_free(p);
	git_tree_free(tree);
	git_index_free(ix);
}

/* The paths of a scan's findings (every file in scope has one). */
static inline void scan_list(const hdrcheck_check_options *o, path_list *l)
{
	hdrcheck_report *r = NULL;
	size_t i;

	if (hdrcheck_check(&r, o) < 0) {
		fprintf(stderr, "hdrcheck: %s\n", hdrcheck_error_last());
		__builtin_trap(); /* a sound repository: no error */
	}
	for (i = 0; i < hdrcheck_report_count(r); i++) {
		const char *p = hdrcheck_report_get(r, i)->path;

		list_add(l, p, strlen(p));
	}
	hdrcheck_report_free(r);
}

#endif
