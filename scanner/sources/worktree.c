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
 * The work-tree source (the default in a git work tree): the tracked files
 * from the index (scanner/git/index.c), then, while workers read those,
 * the untracked files that git does not ignore (scanner/sources/untracked.c);
 * content read from disk, a tracked file's blob id trusted when git's stat
 * check passes. Checked-out submodules are entered with
 * --include-submodules (scanner/sources/submodules.c).
 */

#include <git2.h>
#include "scanner/sources/internal.h"

static int worktree_list(hdrcheck__source *src, const char *const *prefixes,
                         size_t count, hdrcheck__entries *out)
{
	int error;

	if ((error = hdrcheck__source_load_index(src)) < 0)
		return error;
	error = hdrcheck__submodules_list_tracked(src, prefixes, count, out);
	/* submodule files sort among the others */
	if (!error && src->subs.len)
		hdrcheck__entries_sort_unique(out);
	return error;
}

static int worktree_untracked(hdrcheck__source *src,
                              const char *const *prefixes, size_t count,
                              hdrcheck__entries *out)
{
	int error = 0;

	if ((error = hdrcheck__source_load_index(src)) < 0)
		return error;
	{
		hdrcheck__dircache *dc = hdrcheck__source_dircache(src);

		error = hdrcheck__untracked_list_ext(
		    src->repo, src->root, src->ix, "", prefixes, count, out,
		    &src->untracked_attrs, dc, 1, src->libgit2);
		if (!error)
			error = hdrcheck__dircache_save(dc);
		hdrcheck__dircache_free(dc);
		if (error < 0)
			return error;
	}
	if ((error = hdrcheck__submodules_list_untracked(src, prefixes, count,
	                                                 out)) < 0)
		return error;
	if (src->subs.len)
		hdrcheck__entries_sort_unique(out);
	return error;
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
