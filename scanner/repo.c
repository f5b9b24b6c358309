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
 * Sources: open a work tree, a plain directory, a commit or the index;
 * resolve the revisions; list the files in scope. The git modes live in
 * scanner/rev.c (trees and blobs) and scanner/changes.c (--changed-since,
 * --staged); the untracked walk in scanner/untracked.c.
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
#include "scanner/sources/source.h"
#include "scanner/pack.h"

#define SUBMODULE_DEPTH 8

static const char *git_env(const char *name);

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

static char *strip_trailing_slash(char *p)
{
	size_t n = strlen(p);

	while (n > 1 && p[n - 1] == '/')
		p[--n] = '\0';
	return p;
}

static int oid_hex(char **out, const git_oid *id)
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
	objects = git_env("GIT_OBJECT_DIRECTORY")
	              ? hdrcheck__strdup(git_env("GIT_OBJECT_DIRECTORY"))
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

/* The merge base of a and b, the base of --changed-since. */
static int merge_base(hdrcheck__source *src, const git_oid *a, const git_oid *b,
                      const char *rev)
{
	git_oid base;
	git_commit *commit = NULL;
	int rc, error = 0;

	rc = hdrcheck__merge_base(&base, src->repo, a, b);
	if (rc == HDRCHECK_ENOMEM)
		return rc;
	if (rc < 0) {
		int shallow = git_repository_is_shallow(src->repo) == 1;

		git_error_clear();
		hdrcheck__error_clear();
		if (shallow)
			error = hdrcheck__error_set(
			    HDRCHECK_EREPO,
			    "--changed-since %s: no merge base with %s in "
			    "this shallow clone (fetch more history: git "
			    "fetch --deepen=N, or --unshallow)",
			    rev, src->rev ? src->rev : "HEAD");
		else if (rc == HDRCHECK_ENOTFOUND)
			error = hdrcheck__error_set(
			    HDRCHECK_EREPO,
			    "--changed-since %s: no merge base with %s "
			    "(the histories are unrelated)",
			    rev, src->rev ? src->rev : "HEAD");
		else
			error = hdrcheck__error_set(HDRCHECK_EREPO,
			                            "--changed-since %s: "
			                            "cannot compute the merge "
			                            "base",
			                            rev);
		goto done;
	}
	if ((rc = git_commit_lookup(&commit, src->repo, &base)) < 0 ||
	    (rc = git_commit_tree(&src->base_tree, commit)) < 0) {
		error = hdrcheck__git_fail(HDRCHECK_EREPO, rc, rev);
		goto done;
	}
	error = oid_hex(&src->base, &base);
done:
	git_commit_free(commit);
	return error;
}

static int open_git_modes(hdrcheck__source *src,
                          const hdrcheck__source_options *o)
{
	git_commit *commit = NULL, *since = NULL;
	git_reference *head = NULL;
	git_oid head_id;
	int rc, error = 0, have_head;

	have_head = git_reference_name_to_id(&head_id, src->repo, "HEAD") == 0;
	git_error_clear();
	if (o && o->rev) {
		if ((error = hdrcheck__resolve_commit(&commit, src->repo,
		                                      o->rev, "--rev")) < 0)
			goto done;
		if ((rc = git_commit_tree(&src->tree, commit)) < 0) {
			error = hdrcheck__git_fail(HDRCHECK_EREPO, rc, o->rev);
			goto done;
		}
		if (!(src->rev = hdrcheck__strdup(o->rev)) ||
		    (error = oid_hex(&src->commit, git_commit_id(commit))) < 0)
			goto done;
		src->ops = &hdrcheck__source_rev;
	} else {
		if (have_head && (error = oid_hex(&src->commit, &head_id)) < 0)
			goto done;
		if (o && o->staged) {
			src->ops = &hdrcheck__source_staged;
			if (have_head &&
			    ((rc = git_commit_lookup(&commit, src->repo,
			                             &head_id)) < 0 ||
			     (rc = git_commit_tree(&src->tree, commit)) < 0)) {
				error = hdrcheck__git_fail(HDRCHECK_EREPO, rc,
				                           "HEAD");
				goto done;
			}
		}
	}
	if (o && o->changed_since) {
		const git_oid *to = commit ? git_commit_id(commit) : &head_id;

		if (!commit && !have_head) {
			error = hdrcheck__error_set(
			    HDRCHECK_EUSAGE,
			    "--changed-since %s: HEAD has no commit yet",
			    o->changed_since);
			goto done;
		}
		if ((error = hdrcheck__resolve_commit(&since, src->repo,
		                                      o->changed_since,
		                                      "--changed-since")) < 0 ||
		    (error = merge_base(src, git_commit_id(since), to,
		                        o->changed_since)) < 0)
			goto done;
		src->changed = 1;
	}
done:
	git_reference_free(head);
	git_commit_free(commit);
	git_commit_free(since);
	return error;
}

/* A variable of git's environment; empty is unset, as for git. */
static const char *git_env(const char *name)
{
	const char *v = getenv(name);

	return v && *v ? v : NULL;
}

int hdrcheck__git_env_in_use(void)
{
	return git_env("GIT_DIR") || git_env("GIT_WORK_TREE") ||
	       git_env("GIT_INDEX_FILE") || git_env("GIT_COMMON_DIR") ||
	       git_env("GIT_OBJECT_DIRECTORY") ||
	       git_env("GIT_ALTERNATE_OBJECT_DIRECTORIES");
}

/* name's value as an absolute path: a relative one is relative to base
 * (the directory hdrcheck starts from, like git's after -C). */
static char *env_path(const char *name, const char *base)
{
	const char *v = git_env(name);

	if (!v)
		return NULL;
	return *v == '/' ? hdrcheck__strdup(v) : hdrcheck__path_join(base, v);
}

/* The object database of GIT_OBJECT_DIRECTORY and
 * GIT_ALTERNATE_OBJECT_DIRECTORIES, as libgit2's
 * GIT_REPOSITORY_OPEN_FROM_ENV builds it. */
static int set_env_odb(git_repository *repo, const hdrcheck__source *src)
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

static int set_env_index(git_repository *repo, const char *file)
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
	if ((!bare && (rc = set_env_index(repo, src->index_file)) < 0) ||
	    (rc = set_env_odb(repo, src)) < 0)
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

/* Whether repo's work tree is dir already: libgit2 1.5's
 * git_repository_set_workdir() leaks a little, so it is called only to
 * change something. */
static int same_workdir(git_repository *repo, const char *dir)
{
	const char *wd = git_repository_workdir(repo);
	char *real = wd ? realpath(wd, NULL) : NULL;
	int same = real && strcmp(real, dir) == 0;

	free(real);
	return same;
}

/*
 * Find the repository as git does: GIT_DIR names it (no search), else it
 * is searched for from dir up (stopping at GIT_CEILING_DIRECTORIES).
 * GIT_WORK_TREE names the work tree; with GIT_DIR but neither it nor
 * core.worktree, the work tree is dir (git's current directory).
 * GIT_INDEX_FILE, GIT_OBJECT_DIRECTORY and
 * GIT_ALTERNATE_OBJECT_DIRECTORIES are honoured by our readers and by
 * libgit2's. libgit2 1.5's GIT_REPOSITORY_OPEN_FROM_ENV refuses
 * GIT_WORK_TREE and GIT_COMMON_DIR, so the environment is read here.
 */
static int open_from_env(hdrcheck__source *src, const char *real, int *open_rc)
{
	char *gitdir = NULL, *wt = NULL, *wt_real = NULL, *common = NULL,
	     *a = NULL, *b = NULL;
	int rc = 0, error = 0;

	*open_rc = 0;
	if (git_env("GIT_DIR")) {
		if (!(gitdir = env_path("GIT_DIR", real))) {
			error = HDRCHECK_ENOMEM;
			goto done;
		}
		rc = git_repository_open_ext(&src->repo, gitdir,
		                             GIT_REPOSITORY_OPEN_NO_SEARCH |
		                                 GIT_REPOSITORY_OPEN_NO_DOTGIT,
		                             NULL);
		if (rc == GIT_ENOTFOUND) {
			git_error_clear();
			error = hdrcheck__error_set(
			    HDRCHECK_EREPO, "GIT_DIR=%s: not a git repository",
			    gitdir);
			goto done;
		}
	} else {
		rc = git_repository_open_ext(
		    &src->repo, real, 0, git_env("GIT_CEILING_DIRECTORIES"));
	}
	if (rc < 0) {
		*open_rc = rc; /* the caller words it */
		rc = 0;
		goto done;
	}
	if (git_env("GIT_WORK_TREE")) {
		if (!(wt = env_path("GIT_WORK_TREE", real))) {
			error = HDRCHECK_ENOMEM;
			goto done;
		}
		if (!(wt_real = realpath(wt, NULL))) {
			error = hdrcheck__error_set(HDRCHECK_EREPO,
			                            "GIT_WORK_TREE=%s: %s", wt,
			                            strerror(errno));
			goto done;
		}
		if (!same_workdir(src->repo, wt_real) &&
		    (rc = git_repository_set_workdir(src->repo, wt_real, 0)) <
		        0)
			goto done;
	} else if (gitdir && !git_repository_is_bare(src->repo)) {
		git_config *cfg = NULL;
		git_buf v = GIT_BUF_INIT;
		int has = 0;

		if (git_repository_config_snapshot(&cfg, src->repo) == 0)
			has = git_config_get_string_buf(&v, cfg,
			                                "core.worktree") == 0;
		git_buf_dispose(&v);
		git_config_free(cfg);
		git_error_clear();
		if (!has && !same_workdir(src->repo, real) &&
		    (rc = git_repository_set_workdir(src->repo, real, 0)) < 0)
			goto done;
	}
	if (git_env("GIT_COMMON_DIR")) {
		/* libgit2 takes the common directory from the git
		 * directory's "commondir" file only: another one cannot be
		 * honoured, and must not be ignored */
		if (!(common = env_path("GIT_COMMON_DIR", real))) {
			error = HDRCHECK_ENOMEM;
			goto done;
		}
		a = realpath(common, NULL);
		b = realpath(git_repository_commondir(src->repo), NULL);
		if (!a || !b || strcmp(a, b) != 0) {
			error = hdrcheck__error_set(
			    HDRCHECK_EREPO,
			    "GIT_COMMON_DIR=%s: not the common directory of "
			    "%s (%s); hdrcheck cannot use another one",
			    common, git_repository_path(src->repo),
			    b ? b : git_repository_commondir(src->repo));
			goto done;
		}
	}
	if (git_env("GIT_INDEX_FILE") &&
	    !(src->index_file = env_path("GIT_INDEX_FILE", real))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	if (!(src->default_objects = hdrcheck__path_join(
	          git_repository_commondir(src->repo), "objects")) ||
	    (git_env("GIT_OBJECT_DIRECTORY") &&
	     !(src->objects_dir = env_path("GIT_OBJECT_DIRECTORY", real))) ||
	    (git_env("GIT_ALTERNATE_OBJECT_DIRECTORIES") &&
	     !(src->alternates = hdrcheck__strdup(
	           git_env("GIT_ALTERNATE_OBJECT_DIRECTORIES"))))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	if ((rc = set_env_index(src->repo, src->index_file)) < 0 ||
	    (rc = set_env_odb(src->repo, src)) < 0)
		goto done;
done:
	if (!error && rc < 0)
		error = hdrcheck__git_fail(HDRCHECK_EREPO, rc,
		                           git_repository_path(src->repo));
	free(gitdir);
	free(wt);
	free(wt_real);
	free(common);
	free(a);
	free(b);
	return error;
}

/*
 * The cache directories, each opened once from its git directory with
 * O_NOFOLLOW and owned by the user (scanner/cache.c); one that cannot be
 * trusted (a symlink, not a directory, another user's) means a run
 * without that cache, and a reason for the user.
 */
static int open_cache_dirs(hdrcheck__source *src)
{
	char *wt = NULL, *a = NULL, *b = NULL;
	const char *why = NULL;
	int error;

	if ((error = hdrcheck__cachedir_open(&src->cache_fd, src->cache_dir,
	                                     &src->cache_why)) < 0)
		goto done;
	if (src->cache_why && !(src->cache_warning = hdrcheck__aprintf(
	                            "%s %s: running without the cache",
	                            src->cache_dir, src->cache_why))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	if (!(wt = hdrcheck__path_join(git_repository_path(src->repo),
	                               "hdrcheck"))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	a = realpath(git_repository_path(src->repo), NULL);
	b = realpath(git_repository_commondir(src->repo), NULL);
	if (a && b && strcmp(a, b) == 0) {
		/* the usual case: one directory */
		if (src->cache_fd >= 0 &&
		    (src->wt_cache_fd =
		         fcntl(src->cache_fd, F_DUPFD_CLOEXEC, 0)) < 0)
			error = hdrcheck__error_resource(errno, src->cache_dir);
		goto done;
	}
	if ((error = hdrcheck__cachedir_open(&src->wt_cache_fd, wt, &why)) < 0)
		goto done;
	if (why && !src->cache_why &&
	    !(src->cache_warning = hdrcheck__aprintf(
	          "%s %s: running without the directory cache", wt, why)))
		error = HDRCHECK_ENOMEM;
done:
	free(wt);
	free(a);
	free(b);
	return error;
}

int hdrcheck__source_cache_fd(const hdrcheck__source *src, const char **warning)
{
	if (warning)
		*warning = src->cache_warning;
	return src->cache_fd;
}

int hdrcheck__source_open(hdrcheck__source **out, const char *dir,
                          hdrcheck__source_options *o)
{
	hdrcheck__source *src = NULL;
	char *real = NULL;
	const char *workdir;
	int git_modes = o && (o->rev || o->changed_since || o->staged);
	struct stat st;
	int rc, error = 0;

	if (!dir)
		dir = ".";
	if (!(real = realpath(dir, NULL))) {
		error = hdrcheck__error_set(HDRCHECK_ENOTFOUND, "%s: %s", dir,
		                            strerror(errno));
		goto done;
	}
	if (stat(real, &st) == 0 && !S_ISDIR(st.st_mode)) {
		error = hdrcheck__error_set(HDRCHECK_ENOTFOUND,
		                            "%s: not a directory", dir);
		goto done;
	}
	if (!(src = hdrcheck__calloc(1, sizeof(*src)))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	pthread_mutex_init(&src->big_read, NULL);
	src->cache_fd = src->wt_cache_fd = -1;
	src->ops = &hdrcheck__source_worktree;
	src->include_submodules = o && o->include_submodules;
	src->no_cache = o && o->no_cache;
	if ((error = open_from_env(src, real, &rc)) < 0)
		goto done;
	/* libgit2 1.5.1 reports a repository that fails its ownership
	 * check as "not found" when safe.directory is not set at all: that
	 * must not turn into a scan of a plain directory */
	if (rc == GIT_ENOTFOUND && git_error_last() &&
	    git_error_last()->message &&
	    strstr(git_error_last()->message, "safe.directory"))
		rc = GIT_EOWNER;
	if (rc == GIT_ENOTFOUND && !git_modes) {
		git_error_clear();
		src->repo = NULL;
		src->ops = &hdrcheck__source_directory;
		src->root = real;
		real = NULL;
		goto found;
	}
	if (rc == GIT_ENOTFOUND) {
		git_error_clear();
		error =
		    hdrcheck__error_set(HDRCHECK_EREPO,
		                        "%s: not in a git repository (%s "
		                        "needs one)",
		                        real,
		                        o->rev             ? "--rev"
		                        : o->changed_since ? "--changed-since"
		                                           : "--staged");
		goto done;
	}
	if (rc < 0) {
		error = hdrcheck__git_fail(HDRCHECK_EREPO, rc, real);
		goto done;
	}
	workdir = git_repository_workdir(src->repo);
	if (!workdir && !(o && o->rev)) {
		error = hdrcheck__error_set(HDRCHECK_EREPO,
		                            "%s: bare repository has no work "
		                            "tree to scan (use --rev)",
		                            real);
		goto done;
	}
	if (!(src->root = realpath(
	          workdir ? workdir : git_repository_path(src->repo), NULL))) {
		error = hdrcheck__error_set(HDRCHECK_EREPO, "%s: %s",
		                            workdir ? workdir : real,
		                            strerror(errno));
		goto done;
	}
	if (!(src->cache_dir = hdrcheck__path_join(
	          git_repository_commondir(src->repo), "hdrcheck"))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	if ((error = open_git_modes(src, o)) < 0 ||
	    (!src->no_cache && (error = open_cache_dirs(src)) < 0))
		goto done;
	/* the index read while libgit2 started, if it is this one's */
	if (o && o->prefetched && (src->ops->flags & HDRCHECK__SOURCE_INDEX) &&
	    !src->index_file) {
		char *gitdir = realpath(git_repository_path(src->repo), NULL);

		if (gitdir && o->prefetched_gitdir &&
		    strcmp(gitdir, o->prefetched_gitdir) == 0) {
			src->ix = o->prefetched;
			o->prefetched = NULL;
			src->prestat = o->prestat;
			o->prestat = NULL;
		}
		free(gitdir);
	}
	if (o)
		src->jobs = o->jobs;
	if (src->ops->open && (error = src->ops->open(src, o)) < 0)
		goto done;
found:
	strip_trailing_slash(src->root);
	*out = src;
	src = NULL;
done:
	if (o) {
		/* the threads read the index: stopped first */
		hdrcheck__prestat_free(o->prestat);
		o->prestat = NULL;
		hdrcheck__index_free(o->prefetched);
		free(o->prefetched_gitdir);
		o->prefetched = NULL;
		o->prefetched_gitdir = NULL;
		hdrcheck__rev_prefetch_free(o->rev_prefetched);
		o->rev_prefetched = NULL;
	}
	free(real);
	hdrcheck__source_free(src);
	return error;
}

void hdrcheck__source_free(hdrcheck__source *src)
{
	size_t i;

	if (!src)
		return;
	for (i = 0; i < src->subs.len; i++) {
		hdrcheck__sub *s = src->subs.items[i];

		hdrcheck__index_free(s->ix);
		git_repository_free(s->repo);
		free(s->root);
		free(s->prefix);
		free(s);
	}
	hdrcheck__vector_dispose(&src->subs);
	for (i = 0; i < src->untracked_attrs.len; i++)
		free(src->untracked_attrs.items[i]);
	hdrcheck__vector_dispose(&src->untracked_attrs);
	hdrcheck__prestat_free(src->prestat);
	hdrcheck__index_free(src->ix);
	git_tree_free(src->tree);
	git_tree_free(src->base_tree);
	git_repository_free(src->repo);
	hdrcheck__packs_free(src->packs);
	hdrcheck__rev_prefetch_free(src->rev_prefetched);
	for (i = 0; i < src->attr_dirs.len; i++)
		free(src->attr_dirs.items[i]);
	hdrcheck__vector_dispose(&src->attr_dirs);
	pthread_mutex_destroy(&src->big_read);
	free(src->root);
	free(src->commit);
	free(src->base);
	free(src->rev);
	free(src->cache_dir);
	free(src->cache_warning);
	if (src->cache_fd >= 0)
		close(src->cache_fd);
	if (src->wt_cache_fd >= 0)
		close(src->wt_cache_fd);
	free(src->index_file);
	free(src->objects_dir);
	free(src->default_objects);
	free(src->alternates);
	free(src);
}

int hdrcheck__source_is_git(const hdrcheck__source *src)
{
	return src->repo != NULL;
}

unsigned int hdrcheck__source_flags(const hdrcheck__source *src)
{
	return src->ops->flags;
}

hdrcheck_source_kind hdrcheck__source_kind(const hdrcheck__source *src)
{
	return src->ops->kind;
}

char hdrcheck__source_cache_kind(const hdrcheck__source *src)
{
	return src->ops->cache_kind;
}

const char *hdrcheck__source_root(const hdrcheck__source *src)
{
	return src->root;
}

const char *hdrcheck__source_commit(const hdrcheck__source *src)
{
	return src->commit;
}

const char *hdrcheck__source_base(const hdrcheck__source *src)
{
	return src->base;
}

const char *hdrcheck__source_cache_dir(const hdrcheck__source *src)
{
	return src->cache_dir;
}

int hdrcheck__source_load_index(hdrcheck__source *src)
{
	if (src->ix)
		return 0;
	return hdrcheck__index_open(&src->ix, src->repo, src->index_file);
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
	    (error = hdrcheck__index_open(&s->ix, s->repo, NULL)) < 0 ||
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

static int worktree_list(hdrcheck__source *src, const char *const *prefixes,
                         size_t count, hdrcheck__entries *out)
{
	int error;

	if ((error = hdrcheck__source_load_index(src)) < 0)
		return error;
	error = list_tracked(src, src->repo, src->ix, src->root, "", 0, 0,
	                     prefixes, count, out);
	/* submodule files sort among the others */
	if (!error && src->subs.len)
		hdrcheck__entries_sort_unique(out);
	return error;
}

int hdrcheck__source_list(hdrcheck__source *src, const char *const *prefixes,
                          size_t count, hdrcheck__entries *out)
{
	/* the scope filter of --changed-since: what differs from the merge
	 * base's tree, as the source sees it */
	if (src->changed)
		return src->ops->list_changed(src, src->base_tree, prefixes,
		                              count, out);
	return src->ops->list(src, prefixes, count, out);
}

int hdrcheck__source_list_untracked(hdrcheck__source *src,
                                    const char *const *prefixes, size_t count,
                                    hdrcheck__entries *out)
{
	if (src->changed || !src->ops->list_more)
		return 0;
	return src->ops->list_more(src, prefixes, count, out);
}

static int worktree_untracked(hdrcheck__source *src,
                              const char *const *prefixes, size_t count,
                              hdrcheck__entries *out)
{
	size_t i;
	int error = 0;

	if ((error = hdrcheck__source_load_index(src)) < 0)
		return error;
	{
		hdrcheck__dircache *dc = hdrcheck__source_dircache(src);

		error = hdrcheck__untracked_list_ext(
		    src->repo, src->root, src->ix, "", prefixes, count, out,
		    &src->untracked_attrs, dc, 1);
		if (!error)
			error = hdrcheck__dircache_save(dc);
		hdrcheck__dircache_free(dc);
		if (error < 0)
			return error;
	}
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
			    &src->untracked_attrs, NULL, 1);
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
	if (src->subs.len)
		hdrcheck__entries_sort_unique(out);
	return error;
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

const hdrcheck_vector *
hdrcheck__source_untracked_attributes(const hdrcheck__source *src)
{
	return &src->untracked_attrs;
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

int hdrcheck__source_read(hdrcheck__source *src, const char *path, size_t max,
                          char **out, size_t *len)
{
	return src->ops->read_file(src, path, max, out, len);
}

static int worktree_read_file(hdrcheck__source *src, const char *path,
                              size_t max, char **out, size_t *len)
{
	return hdrcheck__read_file_under(src->root, path, max, out, len);
}

const hdrcheck__source_ops hdrcheck__source_worktree = {
    .name = "worktree",
    .kind = HDRCHECK_SOURCE_WORKTREE,
    .flags = HDRCHECK__SOURCE_GIT | HDRCHECK__SOURCE_FILES |
             HDRCHECK__SOURCE_WORKTREE | HDRCHECK__SOURCE_INDEX,
    .cache_kind = 'w',
    .list = worktree_list,
    .list_more = worktree_untracked,
    .list_changed = hdrcheck__changes_worktree,
    .read_file = worktree_read_file,
    .reader = &hdrcheck__reader_files,
};
