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
 * The change listing (scanner/sources/changed.c) against git. The input is an
 * ignore text, then three runs of operations on a scratch work tree
 * (files written with one of four contents, or deleted; directories and
 * files that collide): the first is committed (HEAD), the second staged,
 * the third left in the work tree. Then:
 * - --staged lists what `git diff --cached --name-only` lists (deletions
 *   aside);
 * - --changed-since HEAD lists what `git diff --cached --name-only HEAD`
 *   lists after a `git add -A` into a scratch index: tracked and
 *   untracked (not ignored) files whose content is not the base's;
 * - then the staged state is committed on HEAD, and --rev NEW
 *   --changed-since HEAD (two trees, no work tree) lists what
 *   `git diff --name-only HEAD NEW` lists.
 */

#include "scratch_repo.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	input in = {data, size};
	char ignore[257];
	size_t ignore_len;
	const char *root;
	git_repository *repo = scratch_repo(&root);
	hdrcheck_check_options o = HDRCHECK_CHECK_OPTIONS_INIT;
	path_list ours = {{0}, 0}, git = {{0}, 0};
	git_oid head, next;
	char head_hex[GIT_OID_HEXSZ + 1], next_hex[GIT_OID_HEXSZ + 1];
	char cmd[256];

	ignore_len = take_text(&in, ignore, sizeof(ignore) - 1);
	scratch_ops(&in, root, ignore, ignore_len);
	scratch_stage(repo);
	scratch_commit(repo, NULL, &head);
	scratch_ops(&in, root, ignore, ignore_len);
	scratch_stage(repo);
	scratch_ops(&in, root, ignore, ignore_len);

	o.dir = root;
	o.jobs = 1;
	o.no_config = 1;
	o.no_cache = 1;
	o.staged = 1;
	scan_list(&o, &ours);
	if (have_git() && git_list(root,
	                           "diff --cached --name-only --no-renames -z "
	                           "--diff-filter=d HEAD",
	                           &git) == 0)
		lists_agree("--staged", &ours, &git);
	list_dispose(&ours);
	list_dispose(&git);

	o.staged = 0;
	o.changed_since = "HEAD";
	scan_list(&o, &ours);
	/* the work tree as `git add -A` would stage it, in a scratch index,
	 * against HEAD: an untracked file with the base's content is no
	 * change. The copy keeps the index's time: git tells a racily clean
	 * entry (a file rewritten in the second the index was written, with
	 * the same size) by it, and would take it to be unchanged */
	if (have_git() &&
	    git_list(root,
	             "!rm -f .git/fuzz-index && "
	             "cp -p .git/index .git/fuzz-index && "
	             "GIT_INDEX_FILE=.git/fuzz-index git add -A && "
	             "GIT_INDEX_FILE=.git/fuzz-index git diff --cached "
	             "--name-only --no-renames -z --diff-filter=d HEAD",
	             &git) == 0)
		lists_agree("--changed-since", &ours, &git);
	list_dispose(&ours);
	list_dispose(&git);

	/* the staged state as a commit: a diff of two trees */
	scratch_commit(repo, &head, &next);
	git_oid_tostr(head_hex, sizeof(head_hex), &head);
	git_oid_tostr(next_hex, sizeof(next_hex), &next);
	o.rev = next_hex;
	o.changed_since = head_hex;
	scan_list(&o, &ours);
	snprintf(cmd, sizeof(cmd),
	         "diff --name-only --no-renames -z --diff-filter=d %s %s",
	         head_hex, next_hex);
	if (have_git() && git_list(root, cmd, &git) == 0)
		lists_agree("--rev --changed-since", &ours, &git);
	list_dispose(&ours);
	list_dispose(&git);
	return 0;
}
