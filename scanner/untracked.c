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
 * - tracked-or-not is a binary search in the index we already hold.
 *
 * It runs on the calling thread while the workers read the tracked files.
 */

#include <git2.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "scanner/scanner.h"

typedef struct {
	git_repository *repo;
	const hdrcheck__index *ix;
	const char *root;
	hdrcheck_buf scratch;
	hdrcheck_buf tmp;
	int error;
} walk_state;

static int is_tracked(const hdrcheck__index *ix, const char *path)
{
	size_t pos;

	return hdrcheck__index_find(ix, path, &pos);
}

/* Does any tracked path lie under the directory rel? */
static int has_tracked_under(const hdrcheck__index *ix, const char *rel)
{
	size_t i = hdrcheck__index_dir_start(ix, rel), n = strlen(rel);

	return i < ix->count && strncmp(ix->entries[i].path, rel, n) == 0 &&
	       ix->entries[i].path[n] == '/';
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
	if (hdrcheck__buf_printf(&w->tmp, "%s/%s/.git", w->root, rel) < 0)
		return 0;
	return lstat(w->tmp.ptr, &st) == 0;
}

static int filter(void *payload, const char *rel, int is_dir)
{
	walk_state *w = payload;
	const char *base = hdrcheck__path_basename(rel);

	if (w->error || strcmp(base, ".git") == 0)
		return 0;
	if (is_dir) {
		if (has_tracked_under(w->ix, rel))
			return 1;
		if (has_dotgit(w, rel))
			return 0;
		return !is_ignored(w, rel, 1);
	}
	if (is_tracked(w->ix, rel))
		return 0;
	return !is_ignored(w, rel, 0);
}

static hdrcheck__entry_kind kind_of(const struct stat *st)
{
	return S_ISLNK(st->st_mode)   ? HDRCHECK__ENTRY_SYMLINK
	       : S_ISREG(st->st_mode) ? HDRCHECK__ENTRY_FILE
				      : HDRCHECK__ENTRY_SPECIAL;
}

static int list_prefix(walk_state *w, const char *prefix,
		       hdrcheck__entries *out)
{
	struct stat st;
	char *abs = NULL;
	int error = 0;

	if (!*prefix)
		return hdrcheck__walk(w->root, "", filter, w, out);
	if (!(abs = hdrcheck__path_join(w->root, prefix)))
		return HDRCHECK_ENOMEM;
	if (lstat(abs, &st) < 0) {
		/* gone, or a PATH inside a file: nothing untracked here */
	} else if (S_ISDIR(st.st_mode)) {
		/* a PATH naming a nested repository or a submodule's
		 * checkout is not walked: it is not ours */
		if (!has_dotgit(w, prefix) && !is_ignored(w, prefix, 1))
			error = hdrcheck__walk(w->root, prefix, filter, w, out);
	} else if (!is_tracked(w->ix, prefix) && !is_ignored(w, prefix, 0)) {
		error = hdrcheck__entries_push(out, prefix, strlen(prefix),
					       kind_of(&st));
	}
	free(abs);
	return error;
}

int hdrcheck__untracked_list(git_repository *repo, const char *root,
			     const hdrcheck__index *ix, const char *prefix,
			     const char *const *prefixes, size_t count,
			     hdrcheck__entries *out)
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
	return error;
}
