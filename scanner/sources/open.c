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
 * Open a source: discover the repository (or a plain directory) as git
 * does, with git's environment; resolve the revisions; pick the one
 * source the options ask for (one file each in this folder), once; open the
 * cache directories. The calls of the scanner go through here to the source's
 * hdrcheck__source_ops.
 */

#include <git2.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "scanner/git/cache.h"
#include "scanner/sources/internal.h"

/* The sources, one file each in this folder; hdrcheck__source_open()
 * picks one of them, once. */
extern const hdrcheck__source_ops hdrcheck__source_directory;
extern const hdrcheck__source_ops hdrcheck__source_worktree;
extern const hdrcheck__source_ops hdrcheck__source_staged;
extern const hdrcheck__source_ops hdrcheck__source_rev;
extern const hdrcheck__source_ops hdrcheck__source_archive;
#include "scanner/git/pack.h"

static char *strip_trailing_slash(char *p)
{
	size_t n = strlen(p);

	while (n > 1 && p[n - 1] == '/')
		p[--n] = '\0';
	return p;
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
	error = hdrcheck__oid_hex(&src->base, &base);
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
		    (error = hdrcheck__oid_hex(&src->commit,
		                               git_commit_id(commit))) < 0)
			goto done;
		src->ops = &hdrcheck__source_rev;
	} else {
		if (have_head &&
		    (error = hdrcheck__oid_hex(&src->commit, &head_id)) < 0)
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

/* name's value as an absolute path: a relative one is relative to base
 * (the directory hdrcheck starts from, like git's after -C). */
static char *env_path(const char *name, const char *base)
{
	const char *v = hdrcheck__git_env(name);

	if (!v)
		return NULL;
	return *v == '/' ? hdrcheck__strdup(v) : hdrcheck__path_join(base, v);
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
	if (hdrcheck__git_env("GIT_DIR")) {
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
		    &src->repo, real, 0,
		    hdrcheck__git_env("GIT_CEILING_DIRECTORIES"));
	}
	if (rc < 0) {
		*open_rc = rc; /* the caller words it */
		rc = 0;
		goto done;
	}
	if (hdrcheck__git_env("GIT_WORK_TREE")) {
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
	if (hdrcheck__git_env("GIT_COMMON_DIR")) {
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
	if (hdrcheck__git_env("GIT_INDEX_FILE") &&
	    !(src->index_file = env_path("GIT_INDEX_FILE", real))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	if (!(src->default_objects = hdrcheck__path_join(
	          git_repository_commondir(src->repo), "objects")) ||
	    (hdrcheck__git_env("GIT_OBJECT_DIRECTORY") &&
	     !(src->objects_dir = env_path("GIT_OBJECT_DIRECTORY", real))) ||
	    (hdrcheck__git_env("GIT_ALTERNATE_OBJECT_DIRECTORIES") &&
	     !(src->alternates = hdrcheck__strdup(
	           hdrcheck__git_env("GIT_ALTERNATE_OBJECT_DIRECTORIES"))))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	if ((rc = hdrcheck__set_env_index(src->repo, src->index_file)) < 0 ||
	    (rc = hdrcheck__set_env_odb(src->repo, src)) < 0)
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
 * O_NOFOLLOW and owned by the user (scanner/git/cache.c); one that cannot be
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

/* --archive: no repository (--against's is the archive source's own). */
static int open_archive(hdrcheck__source **out, const char *dir,
                        hdrcheck__source_options *o)
{
	hdrcheck__source *src = NULL;
	int error = 0;

	if (!(src = hdrcheck__calloc(1, sizeof(*src))))
		return HDRCHECK_ENOMEM;
	pthread_mutex_init(&src->big_read, NULL);
	src->cache_fd = src->wt_cache_fd = -1;
	src->ops = &hdrcheck__source_archive;
	if (!(src->root = hdrcheck__strdup(dir))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	src->no_cache = 1;
	src->jobs = o->jobs;
	if ((error = src->ops->open(src, o)) < 0)
		goto done;
	*out = src;
	src = NULL;
done:
	hdrcheck__source_free(src);
	return error;
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
	if (o && o->archive)
		return open_archive(out, dir, o);
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
	src->libgit2 = o ? o->libgit2 : 0;
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
	if (o)
		src->jobs = o->jobs;
	if (src->ops->open && (error = src->ops->open(src, o)) < 0)
		goto done;
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
	size_t i;

	if (!src)
		return;
	if (src->ops && src->ops->dispose)
		src->ops->dispose(src);
	hdrcheck__submodules_free(src);
	hdrcheck__archive_source_free(src);
	for (i = 0; i < src->untracked_attrs.len; i++)
		free(src->untracked_attrs.items[i]);
	hdrcheck__vector_dispose(&src->untracked_attrs);
	hdrcheck__index_free(src->ix);
	git_tree_free(src->tree);
	git_tree_free(src->base_tree);
	git_repository_free(src->repo);
	hdrcheck__packs_free(src->packs);
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

const hdrcheck_vector *
hdrcheck__source_untracked_attributes(const hdrcheck__source *src)
{
	return &src->untracked_attrs;
}

int hdrcheck__source_read(hdrcheck__source *src, const char *path, size_t max,
                          char **out, size_t *len)
{
	return src->ops->read_file(src, path, max, out, len);
}
