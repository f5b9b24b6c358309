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
 * The untracked walk (scanner/sources/untracked.c) and its ignore engine
 * (scanner/git/ignore.c) against git: the input makes a root .gitignore, an
 * a/.gitignore and up to 24 files in a scratch work tree (directories and
 * files that collide, names that sort around '/'); every file of it is
 * untracked, and the walk must list exactly what
 * `git ls-files -o --exclude-standard` lists.
 */

#include "scratch_repo.h"
#include "scanner/scanner.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	input in = {data, size};
	char top[257], sub[257], path[SCRATCH_PATH_MAX];
	size_t top_len, sub_len, i;
	const char *root, *p;
	git_repository *repo = scratch_repo(&root);
	hdrcheck__index ix;
	hdrcheck__entries out = {0};
	path_list ours = {{0}, 0}, git = {{0}, 0};

	top_len = take_text(&in, top, sizeof(top) - 1);
	sub_len = take_text(&in, sub, sizeof(sub) - 1);
	for (i = 0;
	     i < SCRATCH_MAX_PATHS && (p = take_path(&in, path, sizeof(path)));
	     i++) {
		size_t n = strlen(p);
		int is_ignore =
		    n >= 10 && strcmp(p + n - 10, ".gitignore") == 0;

		scratch_write(root, p, is_ignore ? sub : "x\n",
		              is_ignore ? sub_len : 2);
	}
	scratch_write(root, ".gitignore", top, top_len);
	scratch_write(root, "a/.gitignore", sub, sub_len);

	memset(&ix, 0, sizeof(ix));
	if (hdrcheck__untracked_list(repo, root, &ix, "", NULL, 0, &out) < 0)
		__builtin_trap(); /* a readable tree: no error */
	for (i = 0; i < out.count; i++)
		list_add(&ours, out.items[i].path, strlen(out.items[i].path));
	if (have_git() &&
	    git_list(root, "ls-files -z -o --exclude-standard", &git) == 0)
		lists_agree("untracked", &ours, &git);
	hdrcheck__entries_dispose(&out);
	list_dispose(&ours);
	list_dispose(&git);
	return 0;
}
