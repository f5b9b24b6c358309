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
 * The year each file was added, for `fix --year-from-git`: one walk of
 * the history, oldest commit first, diffing each commit against its first
 * parent, until every path asked about has been seen added.
 */

#include <git2.h>
#include <string.h>
#include <time.h>
#include "common.h"
#include "scanner/history.h"

static int history_fail(const char *what)
{
	const git_error *e = git_error_last();

	return hdrcheck__error_set(HDRCHECK_EREPO, "%s: %s", what,
	                           e && e->message ? e->message
	                                           : "libgit2 error");
}

/* Index of path in the sorted paths, or SIZE_MAX. */
static size_t lookup(const char *const *paths, size_t count, const char *path)
{
	size_t lo = 0, hi = count;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(paths[mid], path);

		if (c == 0)
			return mid;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return SIZE_MAX;
}

/* The year of the commit's author date, in the author's time zone. */
static int commit_year(const git_commit *commit)
{
	const git_signature *a = git_commit_author(commit);
	time_t t;
	struct tm tm;

	if (!a)
		return 0;
	t = (time_t)(a->when.time + (git_time_t)a->when.offset * 60);
	if (!gmtime_r(&t, &tm))
		return 0;
	return tm.tm_year + 1900;
}

int hdrcheck__history_years(int *years, const char *root,
                            const char *const *paths, size_t count)
{
	git_repository *repo = NULL;
	git_revwalk *walk = NULL;
	git_commit *commit = NULL, *parent = NULL;
	git_tree *tree = NULL, *parent_tree = NULL;
	git_diff *diff = NULL;
	git_diff_options dopts = GIT_DIFF_OPTIONS_INIT;
	git_oid id;
	size_t left = count, i, n;
	int rc, error = 0;

	memset(years, 0, count * sizeof(*years));
	if (!count)
		return 0;
	git_libgit2_init();
	rc = git_repository_open_ext(&repo, root, GIT_REPOSITORY_OPEN_NO_SEARCH,
	                             NULL);
	if (rc == GIT_ENOTFOUND) { /* a plain directory: no history */
		git_error_clear();
		goto done;
	}
	if (rc < 0) {
		error = history_fail(root);
		goto done;
	}
	if ((rc = git_revwalk_new(&walk, repo)) < 0) {
		error = history_fail("history");
		goto done;
	}
	git_revwalk_sorting(walk, GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME |
	                              GIT_SORT_REVERSE);
	if ((rc = git_revwalk_push_head(walk)) < 0) {
		/* an unborn HEAD: nothing was ever committed */
		git_error_clear();
		goto done;
	}
	/* whole trees are compared by id: unchanged directories cost
	 * nothing, so one diff per commit stays cheap */
	dopts.flags = GIT_DIFF_SKIP_BINARY_CHECK;
	while (left && (rc = git_revwalk_next(&id, walk)) == 0) {
		int year;

		if (git_commit_lookup(&commit, repo, &id) < 0 ||
		    git_commit_tree(&tree, commit) < 0) {
			error = history_fail("history");
			goto done;
		}
		if (git_commit_parentcount(commit) > 0 &&
		    (git_commit_parent(&parent, commit, 0) < 0 ||
		     git_commit_tree(&parent_tree, parent) < 0)) {
			error = history_fail("history");
			goto done;
		}
		if (git_diff_tree_to_tree(&diff, repo, parent_tree, tree,
		                          &dopts) < 0) {
			error = history_fail("history");
			goto done;
		}
		year = commit_year(commit);
		n = git_diff_num_deltas(diff);
		for (i = 0; i < n; i++) {
			const git_diff_delta *d = git_diff_get_delta(diff, i);
			size_t k;

			if (d->status != GIT_DELTA_ADDED)
				continue;
			k = lookup(paths, count, d->new_file.path);
			if (k != SIZE_MAX && !years[k]) {
				years[k] = year;
				left--;
			}
		}
		git_diff_free(diff);
		diff = NULL;
		git_tree_free(parent_tree);
		parent_tree = NULL;
		git_commit_free(parent);
		parent = NULL;
		git_tree_free(tree);
		tree = NULL;
		git_commit_free(commit);
		commit = NULL;
	}
	if (left && rc != GIT_ITEROVER)
		error = history_fail("history");
done:
	git_diff_free(diff);
	git_tree_free(parent_tree);
	git_commit_free(parent);
	git_tree_free(tree);
	git_commit_free(commit);
	git_revwalk_free(walk);
	git_repository_free(repo);
	git_libgit2_shutdown();
	return error;
}
