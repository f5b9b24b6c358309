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

#include <git2.h>
#include <errno.h>
#include <stdio.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "scanner/scanner.h"

struct hdrcheck__source {
	git_repository *repo; /* NULL: a plain directory */
	char *root;
	char *commit;
};

/* libgit2's last error, as one line. */
static int git_fail(int code, int git_code, const char *what)
{
	const git_error *e = git_error_last();

	if (git_code == GIT_EOWNER)
		return hdrcheck__error_set(
		    HDRCHECK_EOWNER,
		    "%s: repository is owned by another user (add it to "
		    "git's safe.directory)",
		    what);
	return hdrcheck__error_set(code, "%s: %s", what,
	                           e && e->message ? e->message
	                                           : "libgit2 error");
}

static char *strip_trailing_slash(char *p)
{
	size_t n = strlen(p);

	while (n > 1 && p[n - 1] == '/')
		p[--n] = '\0';
	return p;
}

int hdrcheck__source_open(hdrcheck__source **out, const char *dir)
{
	hdrcheck__source *src = NULL;
	char *real = NULL;
	const char *workdir;
	git_oid head;
	int rc, error = 0;

	if (!dir)
		dir = ".";
	if (!(real = realpath(dir, NULL))) {
		error = hdrcheck__error_set(HDRCHECK_ENOTFOUND, "%s: %s", dir,
		                            strerror(errno));
		goto done;
	}
	{
		struct stat st;

		if (stat(real, &st) == 0 && !S_ISDIR(st.st_mode)) {
			error = hdrcheck__error_set(HDRCHECK_ENOTFOUND,
						    "%s: not a directory", dir);
			goto done;
		}
	}
	if (!(src = hdrcheck__calloc(1, sizeof(*src)))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	rc = git_repository_open_ext(&src->repo, real, 0, NULL);
	if (rc == GIT_ENOTFOUND) {
		git_error_clear();
		src->repo = NULL;
		src->root = real;
		real = NULL;
		goto found;
	}
	if (rc < 0) {
		error = git_fail(HDRCHECK_EREPO, rc, real);
		goto done;
	}
	if (!(workdir = git_repository_workdir(src->repo))) {
		error = hdrcheck__error_set(HDRCHECK_EREPO,
		                            "%s: bare repository has no work "
		                            "tree to scan",
		                            real);
		goto done;
	}
	if (!(src->root = realpath(workdir, NULL))) {
		error = hdrcheck__error_set(HDRCHECK_EREPO, "%s: %s", workdir,
		                            strerror(errno));
		goto done;
	}
	if (git_reference_name_to_id(&head, src->repo, "HEAD") == 0) {
		char hex[GIT_OID_HEXSZ + 1];

		git_oid_tostr(hex, sizeof(hex), &head);
		if (!(src->commit = hdrcheck__strdup(hex))) {
			error = HDRCHECK_ENOMEM;
			goto done;
		}
	} else {
		git_error_clear(); /* unborn HEAD: no commit yet */
	}
found:
	strip_trailing_slash(src->root);
	*out = src;
	src = NULL;
done:
	free(real);
	hdrcheck__source_free(src);
	return error;
}

void hdrcheck__source_free(hdrcheck__source *src)
{
	if (!src)
		return;
	git_repository_free(src->repo);
	free(src->root);
	free(src->commit);
	free(src);
}

int hdrcheck__source_is_git(const hdrcheck__source *src)
{
	return src->repo != NULL;
}

const char *hdrcheck__source_root(const hdrcheck__source *src)
{
	return src->root;
}

const char *hdrcheck__source_commit(const hdrcheck__source *src)
{
	return src->commit;
}

/* State of the untracked walk. */
typedef struct {
	git_repository *repo;
	const hdrcheck__entries *tracked; /* sorted */
	hdrcheck_buf scratch;
	int error;
} untracked_walk;

static int is_tracked(const hdrcheck__entries *tracked, const char *path)
{
	size_t lo = 0, hi = tracked->count;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(tracked->items[mid].path, path);

		if (c == 0)
			return 1;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

static int is_ignored(untracked_walk *w, const char *rel, int is_dir)
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

/* Does any tracked path lie under the directory rel? */
static int has_tracked_under(const hdrcheck__entries *tracked, const char *rel)
{
	size_t lo = 0, hi = tracked->count, n = strlen(rel);

	/* lower bound of "rel/" */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const char *p = tracked->items[mid].path;
		int c = strncmp(p, rel, n);

		if (c == 0)
			c = (unsigned char)p[n] - (unsigned char)'/';
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < tracked->count &&
	       strncmp(tracked->items[lo].path, rel, n) == 0 &&
	       tracked->items[lo].path[n] == '/';
}

/* Is there a ".git" (a nested repository or a submodule) in rel? */
static int has_dotgit(const char *root, const char *rel, hdrcheck_buf *tmp)
{
	struct stat st;

	hdrcheck__buf_clear(tmp);
	if (hdrcheck__buf_printf(tmp, "%s/%s/.git", root, rel) < 0)
		return 0;
	return lstat(tmp->ptr, &st) == 0;
}

static int untracked_filter(void *payload, const char *rel, int is_dir)
{
	untracked_walk *w = payload;
	const char *base = hdrcheck__path_basename(rel);

	if (w->error)
		return 0;
	if (strcmp(base, ".git") == 0)
		return 0;
	if (is_dir) {
		hdrcheck_buf tmp = HDRCHECK_BUF_INIT;
		int nested;

		/* A directory holding tracked files is walked without asking:
		 * that is nearly every directory of a clean checkout, and an
		 * untracked file found there is checked on its own, which
		 * also covers ignored parents (libgit2 tests every level).
		 * Only directories without tracked files can be ignored
		 * trees worth pruning (node_modules/, build/), and only they
		 * can be a nested repository; a submodule's gitlink is
		 * listed from the index. */
		if (has_tracked_under(w->tracked, rel))
			return 1;
		nested = has_dotgit(git_repository_workdir(w->repo), rel, &tmp);

		hdrcheck__buf_dispose(&tmp);
		if (nested)
			return 0;
		return !is_ignored(w, rel, 1);
	}
	if (is_tracked(w->tracked, rel))
		return 0;
	return !is_ignored(w, rel, 0);
}

static int dir_filter(void *payload, const char *rel, int is_dir)
{
	const char *base = hdrcheck__path_basename(rel);

	(void)payload;
	return !(strcmp(base, ".git") == 0 || strcmp(base, ".hg") == 0 ||
	         strcmp(base, ".svn") == 0);
}

static int under_any(const char *path, const char *const *prefixes,
                     size_t count)
{
	size_t i;

	if (!count)
		return 1;
	for (i = 0; i < count; i++)
		if (hdrcheck__path_under(path, prefixes[i]))
			return 1;
	return 0;
}

static int list_index(git_repository *repo, const char *const *prefixes,
                      size_t count, hdrcheck__entries *out)
{
	git_index *index = NULL;
	size_t i, n;
	int error = 0;

	if ((error = git_repository_index(&index, repo)) < 0) {
		error =
		    git_fail(HDRCHECK_EREPO, error, "cannot read the index");
		goto done;
	}
	n = git_index_entrycount(index);
	for (i = 0; i < n; i++) {
		const git_index_entry *e = git_index_get_byindex(index, i);
		hdrcheck__entry_kind kind = HDRCHECK__ENTRY_FILE;

		if (!e || !under_any(e->path, prefixes, count))
			continue;
		/* conflicts list a path up to three times: keep stage 1-3
		 * entries, duplicates go in sort_unique */
		if (e->mode == GIT_FILEMODE_COMMIT)
			kind = HDRCHECK__ENTRY_SUBMODULE;
		else if (e->mode == GIT_FILEMODE_LINK)
			kind = HDRCHECK__ENTRY_SYMLINK;
		if ((error = hdrcheck__entries_push(out, e->path,
		                                    strlen(e->path), kind)) < 0)
			goto done;
	}
done:
	git_index_free(index);
	return error;
}

int hdrcheck__source_list(hdrcheck__source *src, const char *const *prefixes,
                          size_t count, hdrcheck__entries *out)
{
	static const char *const everything[] = {""};
	untracked_walk w = {0};
	hdrcheck__entries tracked = {0};
	size_t i;
	int error = 0;

	if (!count) {
		prefixes = everything;
		count = 1;
	}
	if (!src->repo) {
		for (i = 0; i < count && !error; i++) {
			struct stat st;
			char *abs = hdrcheck__path_join(src->root, prefixes[i]);

			if (!abs) {
				error = HDRCHECK_ENOMEM;
				break;
			}
			/* a PATH naming a file is that file, not a walk */
			if (*prefixes[i] && lstat(abs, &st) == 0 &&
			    !S_ISDIR(st.st_mode))
				error = hdrcheck__entries_push(
				    out, prefixes[i], strlen(prefixes[i]),
				    S_ISLNK(st.st_mode)
				        ? HDRCHECK__ENTRY_SYMLINK
				    : S_ISREG(st.st_mode)
				        ? HDRCHECK__ENTRY_FILE
				        : HDRCHECK__ENTRY_SPECIAL);
			else
				error = hdrcheck__walk(src->root, prefixes[i],
				                       dir_filter, NULL, out);
			free(abs);
		}
		goto done;
	}

	if ((error = list_index(src->repo, prefixes, count, &tracked)) < 0)
		goto done;
	hdrcheck__entries_sort_unique(&tracked);

	w.repo = src->repo;
	w.tracked = &tracked;
	for (i = 0; i < count; i++) {
		struct stat st;
		char *abs = NULL;

		if (!*prefixes[i]) {
			error = hdrcheck__walk(src->root, "", untracked_filter,
			                       &w, out);
		} else if (!(abs =
		                 hdrcheck__path_join(src->root, prefixes[i]))) {
			error = HDRCHECK_ENOMEM;
		} else if (lstat(abs, &st) == 0 && S_ISDIR(st.st_mode)) {
			hdrcheck_buf tmp = HDRCHECK_BUF_INIT;
			/* a PATH naming a nested repository or a submodule's
			 * checkout is not walked: it is not ours */
			int nested = has_dotgit(src->root, prefixes[i], &tmp);

			hdrcheck__buf_dispose(&tmp);
			if (!nested && !is_ignored(&w, prefixes[i], 1))
				error =
				    hdrcheck__walk(src->root, prefixes[i],
				                   untracked_filter, &w, out);
		} else if (lstat(abs, &st) == 0 &&
		           !is_tracked(&tracked, prefixes[i]) &&
		           !is_ignored(&w, prefixes[i], 0)) {
			error = hdrcheck__entries_push(
			    out, prefixes[i], strlen(prefixes[i]),
			    S_ISLNK(st.st_mode)   ? HDRCHECK__ENTRY_SYMLINK
			    : S_ISREG(st.st_mode) ? HDRCHECK__ENTRY_FILE
			                          : HDRCHECK__ENTRY_SPECIAL);
		}
		free(abs);
		if (error < 0)
			goto done;
		if (w.error) {
			error = w.error;
			goto done;
		}
	}
	/* move the tracked entries over */
	for (i = 0; i < tracked.count; i++) {
		if ((error = hdrcheck__entries_push(out, "", 0,
		                                    tracked.items[i].kind)) < 0)
			goto done;
		free(out->items[out->count - 1].path);
		out->items[out->count - 1].path = tracked.items[i].path;
		tracked.items[i].path = NULL;
	}
done:
	hdrcheck__entries_sort_unique(out);
	hdrcheck__entries_dispose(&tracked);
	hdrcheck__buf_dispose(&w.scratch);
	return error;
}

int hdrcheck__source_read(hdrcheck__source *src, const char *path, size_t max,
			  char **out, size_t *len)
{
	struct stat st;
	char *abs = NULL, *buf = NULL;
	size_t got = 0;
	int fd = -1, error = 0;

	if (!(abs = hdrcheck__path_join(src->root, path)))
		return HDRCHECK_ENOMEM;
	/* never through a symlink: the tree's files, not what they point
	 * at */
	if ((fd = open(abs, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)) <
	    0) {
		error = errno == ENOENT
				? HDRCHECK_ENOTFOUND
				: hdrcheck__error_set(HDRCHECK_EIO, "%s: %s",
						      path, strerror(errno));
		goto done;
	}
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
		error = hdrcheck__error_set(HDRCHECK_EIO,
					    "%s: not a regular file", path);
		goto done;
	}
	if ((size_t)st.st_size > max) {
		error = hdrcheck__error_set(HDRCHECK_ELIMIT,
					    "%s: larger than %zu bytes", path,
					    max);
		goto done;
	}
	if (!(buf = hdrcheck__malloc((size_t)st.st_size + 1))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	while (got < (size_t)st.st_size) {
		ssize_t n = read(fd, buf + got, (size_t)st.st_size - got);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			error = hdrcheck__error_set(HDRCHECK_EIO, "%s: %s",
						    path, strerror(errno));
			goto done;
		}
		if (n == 0)
			break;
		got += (size_t)n;
	}
	buf[got] = '\0';
	*out = buf;
	*len = got;
	buf = NULL;
done:
	if (fd >= 0)
		close(fd);
	free(buf);
	free(abs);
	return error;
}

static int mentions_ours(const char *buf, size_t len)
{
	/* buffers from hdrcheck__source_read are NUL-terminated */
	(void)len;
	return strstr(buf, "linguist-") != NULL ||
	       strstr(buf, "hdrcheck") != NULL;
}

static int file_mentions_ours(const char *abs)
{
	char buf[65536];
	FILE *f = fopen(abs, "rb");
	size_t n;
	int hit = 0;

	if (!f)
		return 0;
	while (!hit && (n = fread(buf, 1, sizeof(buf) - 1, f)) > 0) {
		buf[n] = '\0';
		hit = mentions_ours(buf, n);
	}
	fclose(f);
	return hit;
}

int hdrcheck__source_attrs_relevant(hdrcheck__source *src,
				    const hdrcheck__entries *entries)
{
	git_config *cfg = NULL;
	git_buf path = GIT_BUF_INIT;
	hdrcheck_buf info = HDRCHECK_BUF_INIT;
	size_t i;
	int hit = 0;

	if (!src->repo)
		return 0;
	for (i = 0; i < entries->count && !hit; i++) {
		char *buf = NULL;
		size_t len = 0;

		if (strcmp(hdrcheck__path_basename(entries->items[i].path),
			   ".gitattributes") != 0)
			continue;
		if (hdrcheck__source_read(src, entries->items[i].path,
					  16u << 20, &buf, &len) == 0)
			hit = mentions_ours(buf, len);
		free(buf);
	}
	if (!hit &&
	    hdrcheck__buf_printf(&info, "%sinfo/attributes",
				 git_repository_path(src->repo)) == 0)
		hit = file_mentions_ours(info.ptr);
	if (!hit && git_repository_config_snapshot(&cfg, src->repo) == 0 &&
	    git_config_get_path(&path, cfg, "core.attributesFile") == 0)
		hit = file_mentions_ours(path.ptr);
	git_error_clear();
	git_buf_dispose(&path);
	git_config_free(cfg);
	hdrcheck__buf_dispose(&info);
	return hit;
}
