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
 * The repository under a git source: libgit2's errors in one line,
 * revisions resolved as git resolves them, git's environment, another
 * handle for a worker, the index loaded once. Called by the sources of this
 * folder; calls nothing of them.
 */

#include <git2.h>
#include <git2/sys/repository.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "scanner/sources/internal.h"
#include "scanner/git/pack.h"

int hdrcheck__git_fail(int code, int git_code, const char *what)
{
	const git_error *e = git_error_last();
	int error;

	if (git_code == GIT_EOWNER)
		error = hdrcheck__error_set(
		    HDRCHECK_EOWNER,
		    "%s: repository is owned by another user (add it to "
		    "git's safe.directory)",
		    what);
	else
		error = hdrcheck__error_set(code, "%s: %s", what,
		                            e && e->message ? e->message
		                                            : "libgit2 error");
	git_error_clear();
	return error;
}

int hdrcheck__oid_hex(char **out, const git_oid *id)
{
	char hex[GIT_OID_HEXSZ + 1];

	git_oid_tostr(hex, sizeof(hex), id);
	return (*out = hdrcheck__strdup(hex)) ? 0 : HDRCHECK_ENOMEM;
}

/* A name git would look up as a ref: no revision syntax in it. */
static int plain_name(const char *rev)
{
	const char *p;

	for (p = rev; *p; p++)
		if (strchr("~^:@{}[]?*\\ \t", *p))
			return 0;
	return *rev != '\0';
}

/*
 * A short name may stand for several refs (a tag and a branch both called
 * "v1"); git warns and picks one, a gate must not guess. The refs are
 * looked up here rather than by git_revparse_single(), which in libgit2
 * 1.5 leaks when the ref names a missing object. *found: how many refs
 * matched, the first one's target in *id.
 */
static int lookup_refs(git_repository *repo, const char *rev, git_oid *id,
                       size_t *found)
{
	/* git's rules: the name itself (HEAD, refs/...), refs/%s,
	 * refs/tags/%s, refs/heads/%s, refs/remotes/%s, refs/remotes/%s/HEAD */
	static const char *const prefixes[] = {"",
	                                       "refs/",
	                                       "refs/tags/",
	                                       "refs/heads/",
	                                       "refs/remotes/",
	                                       "refs/remotes/"};
	static const char *const suffixes[] = {"", "", "", "", "", "/HEAD"};
	size_t i;

	*found = 0;
	for (i = 0; i < HDRCHECK__ARRAY_SIZE(prefixes); i++) {
		char name[1024];
		git_oid got;

		/* the name alone only for HEAD and full ref names */
		if (i == 0 && strcmp(rev, "HEAD") != 0 &&
		    strncmp(rev, "refs/", 5) != 0)
			continue;
		if ((size_t)snprintf(name, sizeof(name), "%s%s%s", prefixes[i],
		                     rev, suffixes[i]) >= sizeof(name))
			continue;
		if (git_reference_name_to_id(&got, repo, name) == 0) {
			if (!*found)
				*id = got;
			++*found;
			if (i == 0)
				break; /* a full name is not short */
		}
	}
	git_error_clear();
	return 0;
}

/* Whether libgit2's last error is of the object database or the system
 * (a pack it could not map or read, memory) rather than a name that is
 * not there: such trouble must not read as "unknown revision". */
static int odb_trouble(void)
{
	const git_error *e = git_error_last();

	return e && (e->klass == GIT_ERROR_NOMEMORY ||
	             e->klass == GIT_ERROR_OS || e->klass == GIT_ERROR_ZLIB ||
	             (e->klass == GIT_ERROR_ODB && e->message &&
	              !strstr(e->message, "not found")));
}

int hdrcheck__odb_error(void)
{
	const git_error *e = git_error_last();
	int nomem =
	    e && (e->klass == GIT_ERROR_NOMEMORY ||
	          (e->klass == GIT_ERROR_OS && e->message &&
	           strstr(e->message, "mmap") && strstr(e->message, "memory")));

	git_error_clear();
	return nomem ? hdrcheck__error_set(HDRCHECK_ENOMEM,
	                                   "out of memory reading an object")
	             : HDRCHECK_ENOTFOUND;
}

/* Whether the object id is in the repository's object directory after
 * all (loose, or in a pack our reader takes): libgit2 says "not found"
 * for an object of a pack it failed to open or map. */
static int on_disk(git_repository *repo, const git_oid *id)
{
	hdrcheck__packs *packs = NULL;
	hdrcheck__pack_reader *r = NULL;
	const unsigned char *data;
	char hex[GIT_OID_HEXSZ + 1], *objects = NULL, *loose = NULL;
	struct stat st;
	size_t len;
	int type, found = 0;

	git_oid_tostr(hex, sizeof(hex), id);
	objects =
	    hdrcheck__git_env("GIT_OBJECT_DIRECTORY")
	        ? hdrcheck__strdup(hdrcheck__git_env("GIT_OBJECT_DIRECTORY"))
	        : hdrcheck__path_join(git_repository_commondir(repo),
	                              "objects");
	if (!objects)
		goto done;
	if ((loose = hdrcheck__aprintf("%s/%.2s/%s", objects, hex, hex + 2)) &&
	    stat(loose, &st) == 0) {
		found = 1;
		goto done;
	}
	found = hdrcheck__packs_new(&packs) == 0 &&
	        hdrcheck__packs_load(packs, objects) == 0 &&
	        hdrcheck__pack_reader_new(&r, packs) == 0 &&
	        hdrcheck__pack_object(r, id->id, &data, &len, &type) !=
	            HDRCHECK_ENOTFOUND;
done:
	hdrcheck__pack_reader_free(r);
	hdrcheck__packs_free(packs);
	free(loose);
	free(objects);
	hdrcheck__error_clear();
	return found;
}

/* A ref's object that could not be read: missing, or the repository or
 * the system failed (out of memory, a corrupt or unmappable pack). */
static int lookup_failed(git_repository *repo, int rc, const char *option,
                         const char *rev, const git_oid *id)
{
	const git_error *e = git_error_last();
	char *msg =
	    hdrcheck__strdup(e && e->message ? e->message : "libgit2 error");
	int nomem = e && e->klass == GIT_ERROR_NOMEMORY, error;

	git_error_clear();
	if (nomem)
		error = hdrcheck__error_set(
		    HDRCHECK_ENOMEM,
		    "%s %s: out of memory reading object %.12s", option, rev,
		    git_oid_tostr_s(id));
	else if (rc == GIT_ENOTFOUND && !on_disk(repo, id))
		error = hdrcheck__error_set(
		    HDRCHECK_ENOTFOUND, "%s %s: names a missing object %.12s",
		    option, rev, git_oid_tostr_s(id));
	else if (rc == GIT_ENOTFOUND)
		error = hdrcheck__error_set(
		    HDRCHECK_EREPO,
		    "%s %s: object %.12s is in the repository but libgit2 "
		    "cannot read it (out of memory or address space, or a "
		    "damaged pack)",
		    option, rev, git_oid_tostr_s(id));
	else
		error = hdrcheck__error_set(
		    HDRCHECK_EREPO, "%s %s: cannot read object %.12s: %s",
		    option, rev, git_oid_tostr_s(id),
		    msg ? msg : "libgit2 error");
	free(msg);
	return error;
}

/* Whether s is empty or a run of "~N", "^N" (N optional). */
static int ancestry_suffix(const char *s)
{
	while (*s) {
		if (*s != '~' && *s != '^')
			return 0;
		for (s++; *s >= '0' && *s <= '9'; s++)
			;
	}
	return 1;
}

/* Apply an ancestry suffix to *obj (peeled to a commit first), as git's
 * revision syntax does: ~N the Nth first-parent ancestor, ^N the Nth
 * parent (^0 the commit itself). GIT_ENOTFOUND past the history. */
static int walk_suffix(git_object **obj, const char *s)
{
	git_commit *c = NULL, *next = NULL;
	int rc;

	if ((rc = git_object_peel((git_object **)&c, *obj, GIT_OBJECT_COMMIT)) <
	    0)
		return rc == GIT_EINVALIDSPEC || rc == GIT_EPEEL ? GIT_ENOTFOUND
		                                                 : rc;
	while (*s) {
		char op = *s++;
		unsigned long n = 1;

		if (*s >= '0' && *s <= '9') {
			n = strtoul(s, NULL, 10);
			while (*s >= '0' && *s <= '9')
				s++;
		}
		if (op == '~')
			rc = git_commit_nth_gen_ancestor(&next, c,
			                                 (unsigned int)n);
		else if (n == 0)
			continue;
		else
			rc = git_commit_parent(&next, c, (unsigned int)n - 1);
		git_commit_free(c);
		c = NULL;
		if (rc < 0)
			return rc;
		c = next;
		next = NULL;
	}
	git_object_free(*obj);
	*obj = (git_object *)c;
	return 0;
}

int hdrcheck__resolve_commit(git_commit **out, git_repository *repo,
                             const char *rev, const char *option)
{
	git_object *obj = NULL;
	git_oid id;
	char base[256];
	size_t found = 0, base_len;
	int rc, error = 0;

	if (!rev || !*rev) {
		error = hdrcheck__error_set(HDRCHECK_EUSAGE,
		                            "%s needs a revision", option);
		goto done;
	}
	/* "name", or "name~2^1": the suffix is walked here, for
	 * git_revparse_single() leaks a reference when the walk meets a
	 * damaged commit */
	base_len = strcspn(rev, "~^");
	if (base_len < sizeof(base) && ancestry_suffix(rev + base_len)) {
		memcpy(base, rev, base_len);
		base[base_len] = '\0';
		if (plain_name(base))
			lookup_refs(repo, base, &id, &found);
	}
	if (found > 1) {
		error = hdrcheck__error_set(
		    HDRCHECK_EUSAGE,
		    "%s %s: ambiguous revision (several refs have this "
		    "name; use refs/heads/%s or refs/tags/%s)",
		    option, rev, base, base);
		goto done;
	}
	if (found == 1) {
		if ((rc = git_object_lookup(&obj, repo, &id, GIT_OBJECT_ANY)) <
		    0) {
			error = lookup_failed(repo, rc, option, rev, &id);
			goto done;
		}
		rc = rev[base_len] ? walk_suffix(&obj, rev + base_len) : 0;
		if (rc < 0 && rc != GIT_ENOTFOUND) {
			error = lookup_failed(repo, rc, option, rev, &id);
			goto done;
		}
	} else {
		rc = git_revparse_single(&obj, repo, rev);
	}
	if ((rc == GIT_ENOTFOUND && !odb_trouble()) || rc == GIT_EINVALIDSPEC) {
		git_error_clear();
		error = hdrcheck__error_set(
		    HDRCHECK_ENOTFOUND,
		    "%s %s: unknown revision (no such commit, tag or "
		    "branch)",
		    option, rev);
		goto done;
	}
	if (rc == GIT_EAMBIGUOUS) {
		git_error_clear();
		error = hdrcheck__error_set(HDRCHECK_EUSAGE,
		                            "%s %s: ambiguous revision (give "
		                            "more digits of the object id)",
		                            option, rev);
		goto done;
	}
	if (rc < 0) {
		error = hdrcheck__git_fail(HDRCHECK_EREPO, rc, rev);
		goto done;
	}
	if ((rc = git_object_peel((git_object **)out, obj, GIT_OBJECT_COMMIT)) <
	    0) {
		git_error_clear();
		error = hdrcheck__error_set(HDRCHECK_EUSAGE,
		                            "%s %s: not a commit", option, rev);
		goto done;
	}
done:
	git_object_free(obj);
	return error;
}

/* A variable of git's environment; empty is unset, as for git. */
const char *hdrcheck__git_env(const char *name)
{
	const char *v = getenv(name);

	return v && *v ? v : NULL;
}

/* The object database of GIT_OBJECT_DIRECTORY and
 * GIT_ALTERNATE_OBJECT_DIRECTORIES, as libgit2's
 * GIT_REPOSITORY_OPEN_FROM_ENV builds it. */
int hdrcheck__set_env_odb(git_repository *repo, const hdrcheck__source *src)
{
	git_odb *odb = NULL;
	char *alts = NULL, *p, *next;
	int rc = 0;

	if (!src->objects_dir && !src->alternates)
		return 0;
	if ((rc = git_odb_open(&odb, hdrcheck__source_objects_dir(src))) < 0)
		goto done;
	if (src->alternates) {
		if (!(alts = hdrcheck__strdup(src->alternates))) {
			rc = -1;
			goto done;
		}
		for (p = alts; p && *p; p = next) {
			if ((next = strchr(p, ':')))
				*next++ = '\0';
			if (*p && (rc = git_odb_add_disk_alternate(odb, p)) < 0)
				goto done;
		}
	}
	rc = git_repository_set_odb(repo, odb);
done:
	git_odb_free(odb);
	free(alts);
	return rc;
}

int hdrcheck__set_env_index(git_repository *repo, const char *file)
{
	git_index *index = NULL;
	int rc;

	if (!file)
		return 0;
	if ((rc = git_index_open(&index, file)) == 0)
		rc = git_repository_set_index(repo, index);
	git_index_free(index);
	return rc;
}

int hdrcheck__source_repo_open(git_repository **out,
                               const hdrcheck__source *src, int bare)
{
	git_repository *repo = NULL;
	const char *workdir;
	int rc;

	*out = NULL;
	if ((rc = git_repository_open_ext(
	         &repo, git_repository_path(src->repo),
	         GIT_REPOSITORY_OPEN_NO_SEARCH | GIT_REPOSITORY_OPEN_NO_DOTGIT |
	             (bare ? GIT_REPOSITORY_OPEN_BARE : 0),
	         NULL)) < 0)
		goto fail;
	workdir = git_repository_workdir(src->repo);
	if (!bare && workdir &&
	    (!git_repository_workdir(repo) ||
	     strcmp(git_repository_workdir(repo), workdir) != 0) &&
	    (rc = git_repository_set_workdir(repo, workdir, 0)) < 0)
		goto fail;
	if ((!bare &&
	     (rc = hdrcheck__set_env_index(repo, src->index_file)) < 0) ||
	    (rc = hdrcheck__set_env_odb(repo, src)) < 0)
		goto fail;
	*out = repo;
	return 0;
fail:
	git_repository_free(repo);
	return hdrcheck__git_fail(HDRCHECK_EREPO, rc,
	                          git_repository_path(src->repo));
}

const char *hdrcheck__source_objects_dir(const hdrcheck__source *src)
{
	return src->objects_dir ? src->objects_dir : src->default_objects;
}

int hdrcheck__source_load_index(hdrcheck__source *src)
{
	if (src->ix)
		return 0;
	return hdrcheck__index_open_ext(&src->ix, src->repo, src->index_file,
	                                src->libgit2);
}

int hdrcheck__under_any(const char *path, const char *const *prefixes,
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

hdrcheck__entry_kind hdrcheck__kind_of_mode(uint32_t mode)
{
	switch (mode & 0170000) {
	case 0160000:
		return HDRCHECK__ENTRY_SUBMODULE;
	case 0120000:
		return HDRCHECK__ENTRY_SYMLINK;
	default:
		return HDRCHECK__ENTRY_FILE;
	}
}

hdrcheck__dircache *hdrcheck__source_dircache(hdrcheck__source *src)
{
	hdrcheck__dircache *dc = NULL;

	if (src->no_cache || !src->repo || !src->ix ||
	    !(src->ops->flags & HDRCHECK__SOURCE_WORKTREE) ||
	    src->wt_cache_fd < 0)
		return NULL;
	if (hdrcheck__dircache_open_at(&dc, src->wt_cache_fd, "untracked-v1",
	                               src->ix) < 0)
		dc = NULL;
	return dc;
}
