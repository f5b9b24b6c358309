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
 * The --rev listing (scanner/sources/rev.c: the pack walk and libgit2's)
 * against git. The input is an ignore text, then two runs of operations on a
 * scratch work tree (as in the changes target), each committed: A, then
 * its child B; when the first byte is odd, B's objects are also written
 * as a pack, so the listing reads its trees from the pack. Then:
 * - --rev B lists what `git ls-tree -r --name-only B` lists;
 * - --rev B --changed-since A what `git diff --name-only A B` lists
 *   (deletions aside).
 */

#include "scratch_repo.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* B's objects as a pack (the loose ones stay). */
static void pack_commit(git_repository *repo, const git_oid *id)
{
	git_packbuilder *pb = NULL;
	char dir[512];

	snprintf(dir, sizeof(dir), "%s/objects/pack",
	         git_repository_path(repo));
	if (git_packbuilder_new(&pb, repo) < 0 ||
	    git_packbuilder_insert_commit(pb, id) < 0 ||
	    git_packbuilder_write(pb, dir, 0, NULL, NULL) < 0)
		abort();
	git_packbuilder_free(pb);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	input in = {data, size};
	char ignore[257], a_hex[GIT_OID_HEXSZ + 1], b_hex[GIT_OID_HEXSZ + 1],
	    args[256], packs[512];
	size_t ignore_len;
	const char *root;
	git_repository *repo = scratch_repo(&root);
	hdrcheck_check_options o = HDRCHECK_CHECK_OPTIONS_INIT;
	path_list ours = {{0}, 0}, git = {{0}, 0};
	git_oid a, b;
	int packed = size && (data[0] & 1);

	/* the packs of the last input go: their objects are loose too */
	snprintf(packs, sizeof(packs), "%s/objects/pack",
	         git_repository_path(repo));
	nftw(packs, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
	take(&in);
	ignore_len = take_text(&in, ignore, sizeof(ignore) - 1);
	scratch_ops(&in, root, ignore, ignore_len);
	scratch_stage(repo);
	scratch_commit(repo, NULL, &a);
	scratch_ops(&in, root, ignore, ignore_len);
	scratch_stage(repo);
	scratch_commit(repo, &a, &b);
	if (packed)
		pack_commit(repo, &b);
	git_oid_tostr(a_hex, sizeof(a_hex), &a);
	git_oid_tostr(b_hex, sizeof(b_hex), &b);

	o.dir = root;
	o.jobs = 1;
	o.no_config = 1;
	o.no_cache = 1;
	o.rev = b_hex;
	scan_list(&o, &ours);
	snprintf(args, sizeof(args), "ls-tree -r --name-only -z %s", b_hex);
	if (have_git() && git_list(root, args, &git) == 0)
		lists_agree("--rev", &ours, &git);
	list_dispose(&ours);
	list_dispose(&git);

	o.changed_since = a_hex;
	scan_list(&o, &ours);
	snprintf(args, sizeof(args),
	         "diff --name-only --no-renames -z --diff-filter=d %s %s",
	         a_hex, b_hex);
	if (have_git() && git_list(root, args, &git) == 0)
		lists_agree("--rev --changed-since", &ours, &git);
	list_dispose(&ours);
	list_dispose(&git);
	return 0;
}
