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
 * Submodules (--include-submodules): a checked-out submodule's files take
 * the place of its gitlink, listed from its own index under its path, to
 * a depth of 8; its untracked files are walked in its own work tree. Part
 * of the work-tree source: it lists the tracked files of an index and
 * enters submodules on the way.
 */

#include <git2.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "scanner/sources/internal.h"

#define SUBMODULE_DEPTH 8

/* The PATH prefixes as seen from inside a submodule at sub ("a/s"):
 * "a/s/x" -> "x"; "a/s", "a" or "" -> "" (everything); others none. */
static int sub_prefixes(char ***out, size_t *n, const char *sub,
                        const char *const *prefixes, size_t count)
{
	size_t i, len = strlen(sub), k = 0;
	char **v = NULL;

	*n = 0;
	*out = NULL;
	if (!count)
		return 0;
	if (!(v = hdrcheck__calloc(count, sizeof(char *))))
		return HDRCHECK_ENOMEM;
	for (i = 0; i < count; i++) {
		const char *p = prefixes[i], *in = NULL;

		if (hdrcheck__path_under(sub, p))
			in = "";
		else if (strncmp(p, sub, len) == 0 && p[len] == '/')
			in = p + len + 1;
		if (!in)
			continue;
		if (!(v[k++] = hdrcheck__strdup(in))) {
			while (k)
				free(v[--k]);
			free(v);
			return HDRCHECK_ENOMEM;
		}
	}
	if (!k) {
		free(v);
		*n = SIZE_MAX; /* nothing of this submodule is in scope */
		return 0;
	}
	*out = v;
	*n = k;
	return 0;
}

static void free_strv(char **v, size_t n)
{
	while (v && n)
		free(v[--n]);
	free(v);
}

static int list_tracked(hdrcheck__source *src, git_repository *repo,
                        const hdrcheck__index *ix, const char *root,
                        const char *prefix, int sub, int depth,
                        const char *const *prefixes, size_t count,
                        hdrcheck__entries *out);

/* A checked-out submodule at path (relative to root): its files, under
 * the submodule's path. Not checked out: NULL *found, the gitlink stays. */
static int list_submodule(hdrcheck__source *src, const char *root,
                          const char *prefix, const char *path, int depth,
                          const char *const *prefixes, size_t count,
                          hdrcheck__entries *out, int *found)
{
	hdrcheck__sub *s = NULL;
	char *abs = NULL, *full = NULL, **sp = NULL;
	size_t n = 0;
	struct stat st;
	int rc, error = 0;

	*found = 0;
	if (!(full = hdrcheck__aprintf("%s%s", prefix, path)) ||
	    !(abs = hdrcheck__path_join(root, path))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	if ((error = sub_prefixes(&sp, &n, full, prefixes, count)) < 0)
		goto done;
	if (n == SIZE_MAX) {
		*found = 1; /* out of scope, and so is the gitlink */
		goto done;
	}
	{
		char *dotgit = hdrcheck__path_join(abs, ".git");
		int present = dotgit && lstat(dotgit, &st) == 0;

		free(dotgit);
		if (!present)
			goto done;
	}
	if (!(s = hdrcheck__calloc(1, sizeof(*s)))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	rc = git_repository_open_ext(&s->repo, abs,
	                             GIT_REPOSITORY_OPEN_NO_SEARCH, NULL);
	if (rc < 0) {
		/* not a usable checkout: keep the gitlink */
		git_error_clear();
		goto done;
	}
	if (!(s->root = hdrcheck__strdup(abs)) ||
	    !(s->prefix = hdrcheck__aprintf("%s/", full)) ||
	    (error = hdrcheck__index_open_ext(&s->ix, s->repo, NULL,
	                                      src->libgit2)) < 0 ||
	    (error = hdrcheck__vector_push(&src->subs, s)) < 0) {
		error = error ? error : HDRCHECK_ENOMEM;
		goto done;
	}
	*found = 1;
	/* the submodule's full paths are checked against the PATHs as
	 * given; sp only told whether any of it is in scope */
	error =
	    list_tracked(src, s->repo, s->ix, s->root, s->prefix,
	                 (int)src->subs.len, depth + 1, prefixes, count, out);
	s = NULL;
done:
	if (s) {
		hdrcheck__index_free(s->ix);
		git_repository_free(s->repo);
		free(s->root);
		free(s->prefix);
		free(s);
	}
	free_strv(sp, n == SIZE_MAX ? 0 : n);
	free(abs);
	free(full);
	return error;
}

/* The tracked files of one repository's index, under prefix ("" for the
 * top, "sub/" for a submodule); conflicts once, submodules recursed into
 * when asked. */
static int list_tracked(hdrcheck__source *src, git_repository *repo,
                        const hdrcheck__index *ix, const char *root,
                        const char *prefix, int sub, int depth,
                        const char *const *prefixes, size_t count,
                        hdrcheck__entries *out)
{
	size_t i, plen = strlen(prefix);
	hdrcheck_buf path = HDRCHECK_BUF_INIT;
	int error = 0;

	(void)repo;
	/* without PATH arguments, every entry is in scope */
	if (!count && (error = hdrcheck__entries_reserve(
	                   out, out->count + ix->count)) < 0)
		return error;
	for (i = 0; i < ix->count; i++) {
		const hdrcheck__index_entry *ie = &ix->entries[i];
		hdrcheck__entry_kind kind = hdrcheck__kind_of_mode(ie->sd.mode);
		hdrcheck__entry *e;
		const char *full = ie->path;

		if (i && strcmp(ie->path, ix->entries[i - 1].path) == 0)
			continue; /* a conflict's other stages */
		if (plen) {
			hdrcheck__buf_clear(&path);
			if ((error = hdrcheck__buf_puts(&path, prefix)) < 0 ||
			    (error = hdrcheck__buf_puts(&path, ie->path)) < 0)
				goto done;
			full = hdrcheck__buf_cstr(&path);
		}
		if (kind == HDRCHECK__ENTRY_SUBMODULE &&
		    src->include_submodules && depth < SUBMODULE_DEPTH &&
		    !ie->stage) {
			int found = 0;

			if ((error = list_submodule(src, root, prefix, ie->path,
			                            depth, prefixes, count, out,
			                            &found)) < 0)
				goto done;
			if (found)
				continue;
		}
		if (!hdrcheck__under_any(full, prefixes, count))
			continue;
		if ((error = hdrcheck__entries_push(out, full, strlen(full),
		                                    kind)) < 0)
			goto done;
		e = &out->items[out->count - 1];
		memcpy(e->oid, ie->oid, HDRCHECK__OID_SIZE);
		e->ix = ix;
		e->ie = ie;
		e->sub = sub;
	}
done:
	hdrcheck__buf_dispose(&path);
	return error;
}

/* The untracked files of the checked-out submodules listed so far, under
 * their paths (not sorted among the others). */
int hdrcheck__submodules_list_untracked(hdrcheck__source *src,
                                        const char *const *prefixes,
                                        size_t count, hdrcheck__entries *out)
{
	size_t i;
	int error = 0;

	for (i = 0; i < src->subs.len && !error; i++) {
		hdrcheck__sub *s = src->subs.items[i];
		char **sp = NULL;
		size_t n = 0;
		hdrcheck__entries found = {0};
		size_t k;

		/* "sub/" without its slash */
		s->prefix[strlen(s->prefix) - 1] = '\0';
		error = sub_prefixes(&sp, &n, s->prefix, prefixes, count);
		s->prefix[strlen(s->prefix)] = '/';
		if (error < 0)
			break;
		if (n != SIZE_MAX)
			error = hdrcheck__untracked_list_ext(
			    s->repo, s->root, s->ix, s->prefix,
			    (const char *const *)sp, n, &found,
			    &src->untracked_attrs, NULL, 1, src->libgit2);
		for (k = 0; k < found.count && !error; k++) {
			hdrcheck__entry *e;

			if ((error = hdrcheck__entries_push(
			         out, "", 0, found.items[k].kind)) < 0)
				break;
			e = &out->items[out->count - 1];
			free(e->path);
			e->path = found.items[k].path;
			/* an unreadable directory's keeps its errno */
			if (e->kind != HDRCHECK__ENTRY_UNREADABLE)
				e->sub = (int)i + 1;
			found.items[k].path = NULL;
		}
		hdrcheck__entries_dispose(&found);
		free_strv(sp, n == SIZE_MAX ? 0 : n);
	}
	return error;
}

const char *hdrcheck__source_sub_root(const hdrcheck__source *src, int sub,
                                      const char **prefix)
{
	const hdrcheck__sub *s;

	if (sub <= 0 || (size_t)sub > src->subs.len)
		return NULL;
	s = src->subs.items[sub - 1];
	*prefix = s->prefix;
	return s->root;
}

void hdrcheck__submodules_free(hdrcheck__source *src)
{
	size_t i;

	for (i = 0; i < src->subs.len; i++) {
		hdrcheck__sub *s = src->subs.items[i];

		hdrcheck__index_free(s->ix);
		git_repository_free(s->repo);
		free(s->root);
		free(s->prefix);
		free(s);
	}
	hdrcheck__vector_dispose(&src->subs);
}

int hdrcheck__submodules_list_tracked(hdrcheck__source *src,
                                      const char *const *prefixes, size_t count,
                                      hdrcheck__entries *out)
{
	return list_tracked(src, src->repo, src->ix, src->root, "", 0, 0,
	                    prefixes, count, out);
}
