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
 * scanner/index.c: the hand-written index reader against libgit2's, on
 * indexes libgit2 writes (versions 2, 3 and 4, conflicts, flags, long
 * paths, the TREE extension); what it must refuse; and git's stat check
 * with the racy-timestamp rule.
 */

#include <git2.h>
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>
#include "scanner/scanner.h"

#define TMP HDRCHECK_TEST_TMP "/scanner-index"

static void check_git(int rc, const char *what)
{
	const git_error *e = git_error_last();

	if (rc < 0)
		fail_msg("%s: %s", what, e && e->message ? e->message : "?");
}

static char *read_all(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf;
	long n;

	assert_non_null(f);
	assert_int_equal(fseek(f, 0, SEEK_END), 0);
	n = ftell(f);
	assert_true(n >= 0);
	rewind(f);
	buf = malloc((size_t)n + 1);
	assert_non_null(buf);
	assert_int_equal(fread(buf, 1, (size_t)n, f), (size_t)n);
	fclose(f);
	*len = (size_t)n;
	return buf;
}

static void write_all(const char *path, const char *buf, size_t len)
{
	FILE *f = fopen(path, "wb");

	assert_non_null(f);
	assert_int_equal(fwrite(buf, 1, len, f), len);
	assert_int_equal(fclose(f), 0);
}

/* A fresh repository at TMP/name; its index path in *index_path. */
static git_repository *new_repo(const char *name, char **index_path)
{
	git_repository *repo = NULL;
	char path[512], cmd[600];

	snprintf(path, sizeof(path), "%s/%s", TMP, name);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", path);
	assert_int_equal(system(cmd), 0);
	check_git(git_repository_init(&repo, path, 0), "init");
	*index_path = malloc(strlen(path) + 16);
	assert_non_null(*index_path);
	snprintf(*index_path, strlen(path) + 16, "%s/.git/index", path);
	return repo;
}

static void add_entry(git_index *ix, const char *path, unsigned int mode,
                      int seed)
{
	git_index_entry e;
	unsigned char raw[GIT_OID_RAWSZ];
	size_t i;

	memset(&e, 0, sizeof(e));
	for (i = 0; i < sizeof(raw); i++)
		raw[i] = (unsigned char)(seed * 31 + (int)i);
	git_oid_fromraw(&e.id, raw);
	e.mode = mode;
	e.path = path;
	e.ctime.seconds = 1700000000 + seed;
	e.ctime.nanoseconds = 111 * (unsigned int)seed;
	e.mtime.seconds = 1700000100 + seed;
	e.mtime.nanoseconds = 222 * (unsigned int)seed;
	e.dev = 7;
	e.ino = 1000 + (uint32_t)seed;
	e.uid = 500;
	e.gid = 600;
	e.file_size = 10 * (uint32_t)seed;
	check_git(git_index_add(ix, &e), path);
}

/* Every field of every entry equal to what libgit2 reads. */
static void compare_with_libgit2(const char *index_path)
{
	git_index *gix = NULL;
	hdrcheck__index ours;
	char *data;
	size_t len, i;

	memset(&ours, 0, sizeof(ours));
	data = read_all(index_path, &len);
	assert_int_equal(hdrcheck__index_parse(&ours, data, len), 0);
	check_git(git_index_open(&gix, index_path), "git_index_open");
	assert_int_equal(ours.count, git_index_entrycount(gix));
	for (i = 0; i < ours.count; i++) {
		const git_index_entry *g = git_index_get_byindex(gix, i);
		const hdrcheck__index_entry *e = &ours.entries[i];

		assert_string_equal(e->path, g->path);
		assert_int_equal(e->path_len, strlen(g->path));
		assert_memory_equal(e->oid, g->id.id, HDRCHECK__OID_SIZE);
		assert_int_equal(e->sd.mode, g->mode);
		assert_int_equal(e->sd.ctime_s, (uint32_t)g->ctime.seconds);
		assert_int_equal(e->sd.ctime_ns, g->ctime.nanoseconds);
		assert_int_equal(e->sd.mtime_s, (uint32_t)g->mtime.seconds);
		assert_int_equal(e->sd.mtime_ns, g->mtime.nanoseconds);
		assert_int_equal(e->sd.dev, g->dev);
		assert_int_equal(e->sd.ino, g->ino);
		assert_int_equal(e->sd.uid, g->uid);
		assert_int_equal(e->sd.gid, g->gid);
		assert_int_equal(e->sd.size, g->file_size);
		assert_int_equal(e->stage, (unsigned)git_index_entry_stage(g));
		assert_int_equal(
		    !!(e->flags & HDRCHECK__INDEX_SKIP_WORKTREE),
		    !!(g->flags_extended & GIT_INDEX_ENTRY_SKIP_WORKTREE));
		assert_int_equal(
		    !!(e->flags & HDRCHECK__INDEX_INTENT_TO_ADD),
		    !!(g->flags_extended & GIT_INDEX_ENTRY_INTENT_TO_ADD));
	}
	git_index_free(gix);
	free(ours.entries);
	free(ours.trees);
	free(ours.tree_paths);
	free(ours.paths);
	free(data);
}

/* An index of every kind of entry, written as version version. */
static void write_rich_index(const char *name, unsigned int version)
{
	git_repository *repo;
	git_index *ix = NULL;
	git_index_entry anc, ours, theirs;
	char *index_path, *longpath;
	size_t i;

	repo = new_repo(name, &index_path);
	check_git(git_repository_index(&ix, repo), "index");
	add_entry(ix, "README", 0100644, 1);
	add_entry(ix, "a-b/file.c", 0100644, 2);
	add_entry(ix, "a/x.c", 0100755, 3);
	add_entry(ix, "a/b/c/deep.py", 0100644, 4);
	add_entry(ix, "a0", 0100644, 5);
	add_entry(ix, "link", 0120000, 6);
	add_entry(ix, "sub", 0160000, 7);
	add_entry(ix, "\xc3\xa9t\xc3\xa9.txt", 0100644, 8);
	/* a path longer than the 12-bit length field (libgit2 1.5, our
	 * oracle, cannot read one back from a version 4 index) */
	longpath = malloc(5000);
	assert_non_null(longpath);
	for (i = 0; i < 4990; i++)
		longpath[i] = (i % 100 == 99) ? '/' : 'a' + (char)(i % 26);
	memcpy(longpath + 4990, "/long.c", sizeof("/long.c"));
	if (version < 4)
		add_entry(ix, longpath, 0100644, 9);
	/* a conflict: stages 1, 2 and 3 */
	memset(&anc, 0, sizeof(anc));
	anc.mode = 0100644;
	anc.path = "conflict.c";
	git_oid_fromstr(&anc.id, "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391");
	ours = anc;
	theirs = anc;
	check_git(git_index_conflict_add(ix, &anc, &ours, &theirs), "conflict");
	if (version >= 3) {
		git_index_entry *e =
		    (git_index_entry *)git_index_get_bypath(ix, "README", 0);

		e->flags_extended |= GIT_INDEX_ENTRY_SKIP_WORKTREE;
		e = (git_index_entry *)git_index_get_bypath(ix, "a/x.c", 0);
		e->flags_extended |= GIT_INDEX_ENTRY_INTENT_TO_ADD;
	}
	check_git(git_index_set_version(ix, version), "set_version");
	check_git(git_index_write(ix), "write");
	git_index_free(ix);
	git_repository_free(repo);
	compare_with_libgit2(index_path);
	free(longpath);
	free(index_path);
}

static void test_scanner_index__version_2(void **state)
{
	(void)state;
	write_rich_index("v2", 2);
}

static void test_scanner_index__version_3(void **state)
{
	(void)state;
	write_rich_index("v3", 3);
}

static void test_scanner_index__version_4(void **state)
{
	(void)state;
	write_rich_index("v4", 4);
}

/* A committed tree: every directory of the cache tree carries its id. */
static void test_scanner_index__tree_extension(void **state)
{
	git_repository *repo;
	git_index *ix = NULL;
	git_tree *tree = NULL;
	git_tree_entry *te = NULL;
	git_oid root;
	hdrcheck__index ours;
	const hdrcheck__tree_cache *ct;
	char *index_path, *data;
	size_t len;
	static const char *const dirs[] = {"a", "a/b", "a/b/c", "z"};
	size_t i;

	(void)state;
	repo = new_repo("tree", &index_path);
	check_git(git_repository_index(&ix, repo), "index");
	add_entry(ix, "top.c", 0100644, 1);
	add_entry(ix, "a/one.c", 0100644, 2);
	add_entry(ix, "a/b/two.c", 0100644, 3);
	add_entry(ix, "a/b/c/three.c", 0100644, 4);
	add_entry(ix, "z/last.c", 0100644, 5);
	/* the blobs need not exist to write a tree of them */
	check_git(git_index_write_tree(&root, ix), "write_tree");
	check_git(git_index_write(ix), "write");
	check_git(git_tree_lookup(&tree, repo, &root), "tree");

	memset(&ours, 0, sizeof(ours));
	data = read_all(index_path, &len);
	assert_int_equal(hdrcheck__index_parse(&ours, data, len), 0);
	assert_non_null(ct = hdrcheck__index_tree(&ours, ""));
	assert_memory_equal(ct->oid, root.id, HDRCHECK__OID_SIZE);
	for (i = 0; i < sizeof(dirs) / sizeof(dirs[0]); i++) {
		check_git(git_tree_entry_bypath(&te, tree, dirs[i]), dirs[i]);
		ct = hdrcheck__index_tree(&ours, dirs[i]);
		if (!ct)
			fail_msg("no cache-tree node for %s", dirs[i]);
		assert_memory_equal(ct->oid, git_tree_entry_id(te)->id,
		                    HDRCHECK__OID_SIZE);
		git_tree_entry_free(te);
	}
	assert_null(hdrcheck__index_tree(&ours, "nope"));
	/* and the entries under a directory */
	assert_string_equal(
	    ours.entries[hdrcheck__index_dir_start(&ours, "a/b")].path,
	    "a/b/c/three.c");

	/* a change invalidates the nodes up to the root */
	add_entry(ix, "a/b/new.c", 0100644, 6);
	check_git(git_index_write(ix), "write");
	free(data);
	free(ours.entries);
	free(ours.trees);
	free(ours.tree_paths);
	free(ours.paths);
	memset(&ours, 0, sizeof(ours));
	data = read_all(index_path, &len);
	assert_int_equal(hdrcheck__index_parse(&ours, data, len), 0);
	assert_null(hdrcheck__index_tree(&ours, ""));
	assert_null(hdrcheck__index_tree(&ours, "a/b"));
	assert_non_null(hdrcheck__index_tree(&ours, "z"));

	free(ours.entries);
	free(ours.trees);
	free(ours.tree_paths);
	free(ours.paths);
	free(data);
	git_tree_free(tree);
	git_index_free(ix);
	git_repository_free(repo);
	free(index_path);
}

/* The bytes of a small valid index with the given paths (version 2). */
static char *small_index(const char *name, const char *const *paths, size_t n,
                         size_t *len)
{
	git_repository *repo;
	git_index *ix = NULL;
	char *index_path, *data;
	size_t i;

	repo = new_repo(name, &index_path);
	check_git(git_repository_index(&ix, repo), "index");
	for (i = 0; i < n; i++)
		add_entry(ix, paths[i], 0100644, (int)i + 1);
	check_git(git_index_write(ix), "write");
	git_index_free(ix);
	git_repository_free(repo);
	data = read_all(index_path, len);
	free(index_path);
	return data;
}

static int parse_bytes(const char *data, size_t len)
{
	hdrcheck__index ix;
	int rc;

	memset(&ix, 0, sizeof(ix));
	rc = hdrcheck__index_parse(&ix, data, len);
	free(ix.entries);
	free(ix.trees);
	free(ix.tree_paths);
	free(ix.paths);
	return rc;
}

/* In place of a path of the same length, in the file's bytes. */
static void replace_path(char *data, size_t len, const char *from,
                         const char *to)
{
	size_t n = strlen(from), i;

	assert_int_equal(strlen(to), n);
	for (i = 0; i + n <= len; i++)
		if (memcmp(data + i, from, n) == 0) {
			memcpy(data + i, to, n);
			return;
		}
	fail_msg("%s not in the index", from);
}

static void test_scanner_index__refuses_unsafe_paths(void **state)
{
	static const char *const paths[] = {"aaaa/bbbb", "cccc"};
	static const char *const bad[] = {"../x/bbbb", ".git/bbbb",
	                                  "aaaa//bbb", "/aaa/bbbb",
	                                  "aaaa/./bb", ".GiT/bbbb"};
	size_t len, i;
	char *data;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		data = small_index("unsafe", paths, 2, &len);
		assert_int_equal(parse_bytes(data, len), 0);
		replace_path(data, len, "aaaa/bbbb", bad[i]);
		if (parse_bytes(data, len) != HDRCHECK_EINVAL)
			fail_msg("accepted %s", bad[i]);
		free(data);
	}
}

static void test_scanner_index__refuses_unsorted(void **state)
{
	static const char *const paths[] = {"aaaa", "bbbb"};
	size_t len;
	char *data;

	(void)state;
	data = small_index("unsorted", paths, 2, &len);
	replace_path(data, len, "aaaa", "cccc");
	assert_int_equal(parse_bytes(data, len), HDRCHECK_EINVAL);
	free(data);
}

/* Hand-made extensions after the entries: optional ones are skipped,
 * required ones (lower-case first letter: "link" = split index) refused. */
static void test_scanner_index__extensions(void **state)
{
	static const char *const paths[] = {"only.c"};
	size_t len;
	char *data, *with;

	(void)state;
	data = small_index("ext", paths, 1, &len);
	with = malloc(len + 12);
	assert_non_null(with);
	/* entries, then an extension of 4 bytes, then the 20-byte trailer */
	memcpy(with, data, len - 20);
	memcpy(with + len - 20, "ZZZZ\0\0\0\4abcd", 12);
	memcpy(with + len - 8, data + len - 20, 20);
	assert_int_equal(parse_bytes(with, len + 12), 0);
	memcpy(with + len - 20, "link", 4);
	assert_int_equal(parse_bytes(with, len + 12), HDRCHECK_EINVAL);
	/* a size past the end */
	memcpy(with + len - 20, "ZZZZ\0\1\0\0", 8);
	assert_int_equal(parse_bytes(with, len + 12), HDRCHECK_EINVAL);
	free(with);
	free(data);
}

/* No truncation may read out of bounds (ASan watches) or be taken for
 * more entries than there were. */
static void test_scanner_index__truncated(void **state)
{
	static const char *const paths[] = {"a/one.c", "a/two.c", "b.c"};
	hdrcheck__index ix;
	size_t len, n;
	char *data, *copy;

	(void)state;
	data = small_index("trunc", paths, 3, &len);
	for (n = 0; n < len; n++) {
		/* a copy of exactly n bytes, so ASan sees the end */
		copy = malloc(n ? n : 1);
		assert_non_null(copy);
		memcpy(copy, data, n);
		memset(&ix, 0, sizeof(ix));
		if (hdrcheck__index_parse(&ix, copy, n) == 0)
			assert_true(ix.count <= 3);
		free(ix.entries);
		free(ix.trees);
		free(ix.tree_paths);
		free(ix.paths);
		free(copy);
	}
	assert_int_equal(parse_bytes("DIRC", 4), HDRCHECK_EINVAL);
	memcpy(data, "DIRD", 4);
	assert_int_equal(parse_bytes(data, len), HDRCHECK_EINVAL);
	free(data);
}

/* SHA-1, to give a modified index a valid trailer for libgit2. */
static uint32_t rol(uint32_t x, unsigned int n)
{
	return (x << n) | (x >> (32 - n));
}

static void sha1(unsigned char out[20], const unsigned char *p, size_t len)
{
	uint32_t h[5] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476,
	                 0xc3d2e1f0};
	size_t total = ((len + 8) / 64 + 1) * 64, i, k;
	unsigned char *m = calloc(total, 1);
	uint64_t bits = (uint64_t)len * 8;

	assert_non_null(m);
	memcpy(m, p, len);
	m[len] = 0x80;
	for (i = 0; i < 8; i++)
		m[total - 1 - i] = (unsigned char)(bits >> (8 * i));
	for (k = 0; k < total; k += 64) {
		uint32_t w[80], a = h[0], b = h[1], c = h[2], d = h[3],
		                e = h[4], f, t;

		for (i = 0; i < 16; i++)
			w[i] = (uint32_t)m[k + 4 * i] << 24 |
			       (uint32_t)m[k + 4 * i + 1] << 16 |
			       (uint32_t)m[k + 4 * i + 2] << 8 |
			       (uint32_t)m[k + 4 * i + 3];
		for (i = 16; i < 80; i++)
			w[i] =
			    rol(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
		for (i = 0; i < 80; i++) {
			if (i < 20)
				f = ((b & c) | (~b & d)) + 0x5a827999;
			else if (i < 40)
				f = (b ^ c ^ d) + 0x6ed9eba1;
			else if (i < 60)
				f = ((b & c) | (b & d) | (c & d)) + 0x8f1bbcdc;
			else
				f = (b ^ c ^ d) + 0xca62c1d6;
			t = rol(a, 5) + f + e + w[i];
			e = d;
			d = c;
			c = rol(b, 30);
			b = a;
			a = t;
		}
		h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e;
	}
	for (i = 0; i < 5; i++) {
		out[4 * i] = (unsigned char)(h[i] >> 24);
		out[4 * i + 1] = (unsigned char)(h[i] >> 16);
		out[4 * i + 2] = (unsigned char)(h[i] >> 8);
		out[4 * i + 3] = (unsigned char)h[i];
	}
	free(m);
}

/* Anything the reader refuses is read by libgit2 instead. */
static void test_scanner_index__falls_back_to_libgit2(void **state)
{
	git_repository *repo;
	git_index *ix = NULL;
	hdrcheck__index *ours = NULL;
	char *index_path, *data;
	size_t len;

	(void)state;
	repo = new_repo("fallback", &index_path);
	check_git(git_repository_index(&ix, repo), "index");
	add_entry(ix, "aaaa", 0100644, 1);
	add_entry(ix, "bbbb", 0100644, 2);
	check_git(git_index_write(ix), "write");
	git_index_free(ix);
	/* out of order on disk: libgit2 sorts, we refuse */
	data = read_all(index_path, &len);
	replace_path(data, len, "aaaa", "cccc");
	sha1((unsigned char *)data + len - 20, (unsigned char *)data, len - 20);
	write_all(index_path, data, len);
	assert_int_equal(parse_bytes(data, len), HDRCHECK_EINVAL);
	/* a fresh repository: this one holds the old index in memory */
	{
		char *dir = strdup(git_repository_workdir(repo));

		assert_non_null(dir);
		git_repository_free(repo);
		check_git(git_repository_open(&repo, dir), "reopen");
		free(dir);
	}
	assert_int_equal(hdrcheck__index_open(&ours, repo, NULL), 0);
	assert_true(ours->from_libgit2);
	assert_int_equal(ours->count, 2);
	assert_string_equal(ours->entries[0].path, "bbbb");
	assert_string_equal(ours->entries[1].path, "cccc");
	hdrcheck__index_free(ours);
	/* and no index at all is an empty one */
	assert_int_equal(unlink(index_path), 0);
	assert_int_equal(hdrcheck__index_open(&ours, repo, NULL), 0);
	assert_int_equal(ours->count, 0);
	hdrcheck__index_free(ours);
	free(data);
	git_repository_free(repo);
	free(index_path);
}

static void test_scanner_index__stat_check(void **state)
{
	hdrcheck__index ix;
	hdrcheck__index_entry e;
	struct stat st;

	(void)state;
	memset(&ix, 0, sizeof(ix));
	memset(&e, 0, sizeof(e));
	memset(&st, 0, sizeof(st));
	e.path = "f.c";
	e.oid[0] = 1;
	e.sd.mode = 0100644;
	e.sd.size = 42;
	e.sd.mtime_s = 1000;
	e.sd.mtime_ns = 5;
	e.sd.ctime_s = 999;
	e.sd.ctime_ns = 7;
	e.sd.ino = 77;
	e.sd.uid = 1;
	e.sd.gid = 2;
	st.st_mode = S_IFREG | 0644;
	st.st_size = 42;
	st.st_mtim.tv_sec = 1000;
	st.st_mtim.tv_nsec = 5;
	st.st_ctim.tv_sec = 999;
	st.st_ctim.tv_nsec = 7;
	st.st_ino = 77;
	st.st_uid = 1;
	st.st_gid = 2;
	ix.has_mtime = 1;
	ix.mtime_s = 2000;
	assert_true(hdrcheck__index_entry_clean(&ix, &e, &st));

	/* racy: written in the same second as the index, or later */
	ix.mtime_s = 1000;
	ix.mtime_ns = 5;
	assert_false(hdrcheck__index_entry_clean(&ix, &e, &st));
	ix.mtime_ns = 6;
	assert_true(hdrcheck__index_entry_clean(&ix, &e, &st));
	ix.has_mtime = 0;
	assert_false(hdrcheck__index_entry_clean(&ix, &e, &st));
	ix.has_mtime = 1;
	ix.mtime_s = 2000;

#define FLIP(field, value)                                                     \
	do {                                                                   \
		struct stat t = st;                                            \
		t.field = value;                                               \
		assert_false(hdrcheck__index_entry_clean(&ix, &e, &t));        \
	} while (0)
	FLIP(st_size, 43);
	FLIP(st_mtim.tv_sec, 1001);
	FLIP(st_mtim.tv_nsec, 6);
	FLIP(st_ctim.tv_sec, 998);
	FLIP(st_ctim.tv_nsec, 8);
	FLIP(st_ino, 78);
	FLIP(st_uid, 3);
	FLIP(st_gid, 4);
	FLIP(st_mode, S_IFREG | 0755); /* the executable bit */
	FLIP(st_mode, S_IFLNK | 0777);
#undef FLIP

	/* stages, skip-worktree, intent-to-add: never clean */
	e.stage = 2;
	assert_false(hdrcheck__index_entry_clean(&ix, &e, &st));
	e.stage = 0;
	e.flags = HDRCHECK__INDEX_SKIP_WORKTREE;
	assert_false(hdrcheck__index_entry_clean(&ix, &e, &st));
	e.flags = HDRCHECK__INDEX_INTENT_TO_ADD;
	assert_false(hdrcheck__index_entry_clean(&ix, &e, &st));
	e.flags = 0;
	/* git's smudged entry: size 0 with a blob that is not empty */
	e.sd.size = 0;
	st.st_size = 0;
	assert_false(hdrcheck__index_entry_clean(&ix, &e, &st));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_scanner_index__version_2),
	    cmocka_unit_test(test_scanner_index__version_3),
	    cmocka_unit_test(test_scanner_index__version_4),
	    cmocka_unit_test(test_scanner_index__tree_extension),
	    cmocka_unit_test(test_scanner_index__refuses_unsafe_paths),
	    cmocka_unit_test(test_scanner_index__refuses_unsorted),
	    cmocka_unit_test(test_scanner_index__extensions),
	    cmocka_unit_test(test_scanner_index__truncated),
	    cmocka_unit_test(test_scanner_index__falls_back_to_libgit2),
	    cmocka_unit_test(test_scanner_index__stat_check),
	};
	int rc;

	assert_int_equal(system("mkdir -p '" TMP "'"), 0);
	git_libgit2_init();
	/* entries name blobs that do not exist: only the index matters */
	git_libgit2_opts(GIT_OPT_ENABLE_STRICT_OBJECT_CREATION, 0);
	rc = cmocka_run_group_tests_name("scanner_index", tests, NULL, NULL);
	git_libgit2_shutdown();
	return rc;
}
