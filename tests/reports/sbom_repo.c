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
 * Build the SBOM test repository with libgit2: sbom_repo DEST SRC copies
 * the files of SRC (tests/data/sbom/repo) into a new repository DEST, adds
 * what a data directory cannot hold well (a name that is not UTF-8, a
 * binary file, a file far larger than the 32 KiB header window) and
 * commits it all at a fixed date.
 */

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <git2.h>

static int fail(const char *what)
{
	const git_error *e = git_error_last();

	fprintf(stderr, "sbom_repo: %s: %s\n", what, e ? e->message : "?");
	return 1;
}

static int put(const char *dir, const char *name, const char *data, size_t len)
{
	char path[4096];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	if (!(f = fopen(path, "wb")) || fwrite(data, 1, len, f) != len ||
	    fclose(f) != 0) {
		perror(path);
		return -1;
	}
	return 0;
}

static int copy_dir(const char *dest, const char *src)
{
	char path[4096], *buf;
	struct dirent *d;
	DIR *dir = opendir(src);
	FILE *f;
	long n;

	if (!dir) {
		perror(src);
		return -1;
	}
	while ((d = readdir(dir))) {
		if (d->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), "%s/%s", src, d->d_name);
		if (!(f = fopen(path, "rb")) || fseek(f, 0, SEEK_END) < 0 ||
		    (n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) < 0 ||
		    !(buf = malloc((size_t)n + 1)) ||
		    fread(buf, 1, (size_t)n, f) != (size_t)n) {
			perror(path);
			closedir(dir);
			return -1;
		}
		fclose(f);
		if (put(dest, d->d_name, buf, (size_t)n) < 0) {
			free(buf);
			closedir(dir);
			return -1;
		}
		free(buf);
	}
	closedir(dir);
	return 0;
}

int main(int argc, char **argv)
{
	static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\xff";
	git_repository *repo = NULL;
	git_index *index = NULL;
	git_signature *sig = NULL;
	git_tree *tree = NULL;
	git_oid tree_id, commit_id;
	size_t big_len = 100000, i;
	char *big;

	if (argc != 3) {
		fputs("usage: sbom_repo DEST SRC\n", stderr);
		return 2;
	}
	git_libgit2_init();
	if (mkdir(argv[1], 0755) < 0 || copy_dir(argv[1], argv[2]) < 0)
		return 1;
	if (!(big = malloc(big_len)))
		return 1;
	i = (size_t)snprintf(big, big_len,
	                     "// SPDX-License-Identifier: BSD-3-Clause\n");
	for (; i < big_len; i++)
		big[i] = (i % 64 == 63) ? '\n' : (char)('a' + i % 26);
	if (put(argv[1], "big.c", big, big_len) < 0 ||
	    put(argv[1], "odd\xff\xfename.c", "int odd;\n", 9) < 0 ||
	    put(argv[1], "image.png", png, sizeof(png) - 1) < 0)
		return 1;
	free(big);
	if (git_repository_init(&repo, argv[1], 0) < 0)
		return fail("init");
	if (git_repository_index(&index, repo) < 0 ||
	    git_index_add_all(index, NULL, 0, NULL, NULL) < 0 ||
	    git_index_write(index) < 0 ||
	    git_index_write_tree(&tree_id, index) < 0 ||
	    git_tree_lookup(&tree, repo, &tree_id) < 0)
		return fail("index");
	if (git_signature_new(&sig, "Test", "test@example.org", 1700000000, 0) <
	        0 ||
	    git_commit_create_v(&commit_id, repo, "HEAD", sig, sig, NULL,
	                        "fixture", tree, 0) < 0)
		return fail("commit");
	git_signature_free(sig);
	git_tree_free(tree);
	git_index_free(index);
	git_repository_free(repo);
	git_libgit2_shutdown();
	return 0;
}
