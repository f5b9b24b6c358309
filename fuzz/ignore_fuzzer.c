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
 * The ignore engine (scanner/ignore.c) path by path against
 * `git check-ignore` (fuzz/check_ignore.h). The input is three texts:
 * the root .gitignore, the text of every other .gitignore the paths
 * make (a/.gitignore always), and .git/info/exclude; then up to 24
 * paths of files (directories and files that collide, names that sort
 * around '/'). Every file and every directory above one is asked about:
 * directory-only rules, negations, rules with a '/' anchored to their
 * file's directory, "**", and files under an excluded directory that a
 * negation cannot bring back. fuzz/untracked_fuzzer.c compares the walk
 * as a whole with `git ls-files -o`.
 */

#include "scratch_repo.h"
#include "check_ignore.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Add path and its parent directories (once each) to the question. */
static void ask(path_list *paths, int *is_dir, const char *p)
{
	char buf[SCRATCH_PATH_MAX];
	size_t i, k, n = strlen(p);

	for (i = 0; i <= n; i++) {
		if (p[i] != '/' && p[i] != '\0')
			continue;
		snprintf(buf, sizeof(buf), "%.*s", (int)i, p);
		for (k = 0; k < paths->count; k++)
			if (!strcmp(paths->items[k], buf))
				break;
		if (k < paths->count) {
			/* a file that a later path made a directory of */
			is_dir[k] |= p[i] == '/';
			continue;
		}
		is_dir[paths->count] = p[i] == '/';
		list_add(paths, buf, i);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	input in = {data, size};
	char top[257], sub[257], exclude[257], path[SCRATCH_PATH_MAX];
	char full[512];
	size_t top_len, sub_len, exclude_len, i;
	const char *root, *p;
	path_list paths = {{0}, 0};
	int is_dir[SCRATCH_LIST_MAX] = {0};
	struct stat st;

	(void)scratch_repo(&root);
	top_len = take_text(&in, top, sizeof(top) - 1);
	sub_len = take_text(&in, sub, sizeof(sub) - 1);
	exclude_len = take_text(&in, exclude, sizeof(exclude) - 1);
	for (i = 0;
	     i < SCRATCH_MAX_PATHS && (p = take_path(&in, path, sizeof(path)));
	     i++) {
		size_t n = strlen(p);
		int is_ignore =
		    n >= 10 && strcmp(p + n - 10, ".gitignore") == 0;

		scratch_write(root, p, is_ignore ? sub : "x\n",
		              is_ignore ? sub_len : 2);
		ask(&paths, is_dir, p);
	}
	scratch_write(root, ".gitignore", top, top_len);
	scratch_write(root, "a/.gitignore", sub, sub_len);
	scratch_write(root, ".git/info/exclude", exclude, exclude_len);
	/* what is on disk decides (a path may have lost to a collision) */
	for (i = 0; i < paths.count; i++) {
		snprintf(full, sizeof(full), "%s/%s", root, paths.items[i]);
		if (lstat(full, &st) != 0) {
			free(paths.items[i]);
			paths.items[i] = strdup(".gitignore");
			is_dir[i] = 0;
			continue;
		}
		is_dir[i] = S_ISDIR(st.st_mode);
	}
	if (paths.count && have_git()) {
		char gitdir[512];
		int bad;

		snprintf(gitdir, sizeof(gitdir), "%s/.git", root);
		bad = ci_compare(root, gitdir, (const char *const *)paths.items,
		                 is_dir, paths.count);

		if (getenv("HDRCHECK_FUZZ_VERBOSE"))
			fprintf(stderr, "check-ignore: %zu paths, %d differ\n",
			        paths.count, bad);
		if (bad > 0)
			__builtin_trap();
	}
	list_dispose(&paths);
	return 0;
}
