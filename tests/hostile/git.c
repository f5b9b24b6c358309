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
 * Broken repositories, end to end: a corrupt, truncated or mis-summed
 * index, and blobs missing or corrupt in the object database, in the
 * work-tree mode and in the modes that read objects (--rev, --staged).
 * The outcome is an `error` finding or exit status 2 with one line on
 * stderr, never a crash.
 */

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>
#include "harness.h"

#define DEADLINE 60.0

/* A repository of two committed files. */
static fixture *repo(void)
{
	fixture *fx = fixture_new_repo();

	fixture_add_file(fx, "ok.c", fixture_header_c);
	fixture_add_file(fx, "victim.c", "int victim;\n");
	fixture_commit(fx, "two files");
	return fx;
}

/* The run ended by itself, with a status of 0-2 (not a signal), and
 * stderr is empty or one "hdrcheck: " line. */
static void assert_clean_exit(const hostile_result *res)
{
	if (res->timed_out)
		fail_msg("did not finish: %s", res->err);
	if (res->status < 0 || res->status > 2)
		fail_msg("exit status %d; stderr:\n%s", res->status, res->err);
	if (res->err_len && (strncmp(res->err, "hdrcheck: ", 10) != 0 ||
	                     memchr(res->err, '\n', res->err_len) !=
	                         res->err + res->err_len - 1))
		fail_msg("stderr is not one line: %s", res->err);
}

/* The same, and the run failed: 1 (an error finding, or violations) or
 * 2 (the tool gave up). */
static void assert_clean_failure(const hostile_result *res)
{
	assert_clean_exit(res);
	if (res->status != 1 && res->status != 2)
		fail_msg("exit status %d; stderr:\n%s", res->status, res->err);
	if (res->err_len && (strncmp(res->err, "hdrcheck: ", 10) != 0 ||
	                     memchr(res->err, '\n', res->err_len) !=
	                         res->err + res->err_len - 1))
		fail_msg("stderr is not one line: %s", res->err);
	if (res->status == 1)
		assert_null(strstr(res->out, "files: 2 ok"));
}

static void run(hostile_result *res, const fixture *fx, const char *a1,
                const char *a2)
{
	const char *args[5] = {"check", NULL, NULL, NULL, NULL};
	size_t n = 1;

	/* the git modes without the result cache, which would answer for
	 * a blob it has seen */
	if (a1) {
		args[n++] = a1;
		if (a2)
			args[n++] = a2;
		args[n++] = "--no-cache";
	}

	hostile_run(res, fx->root, DEADLINE, NULL, args);
}

/* 1 when the binary knows the option (the git modes came with issue 4). */
static int has_option(const hostile_result *res)
{
	return !strstr(res->err, "unknown option") &&
	       !strstr(res->err, "unrecognized");
}

static void rewrite(const fixture *fx, const char *rel,
                    void (*edit)(char *data, size_t *len))
{
	char *p = fixture_path(fx, rel), *data;
	struct stat st;
	size_t len;
	FILE *f;

	assert_int_equal(stat(p, &st), 0);
	len = (size_t)st.st_size;
	data = malloc(len + 1);
	assert_non_null(data);
	f = fopen(p, "rb");
	assert_non_null(f);
	assert_int_equal(fread(data, 1, len, f), len);
	fclose(f);
	edit(data, &len);
	f = fopen(p, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(data, 1, len, f), len);
	fclose(f);
	free(data);
	free(p);
}

static void garbage(char *data, size_t *len)
{
	memset(data, 0x5a, *len);
}

static void truncate_half(char *data, size_t *len)
{
	(void)data;
	*len /= 2;
}

static void flip_checksum(char *data, size_t *len)
{
	data[*len - 1] ^= 0x55;
}

static void flip_entry(char *data, size_t *len)
{
	/* a byte of the first entry's path length field and name */
	if (*len > 70)
		data[70] ^= 0x7f;
}

/*
 * An index of garbage or cut in half cannot be read: exit 2. A wrong
 * checksum or a damaged entry id may still parse (libgit2 decides): then
 * the work tree's bytes decide, or a blob that is not there is an error.
 */
static void test_hostile_git__corrupt_index(void **state)
{
	static void (*const edits[])(char *, size_t *) = {
	    garbage, truncate_half, flip_checksum, flip_entry};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(edits) / sizeof(edits[0]); i++) {
		fixture *fx = repo();
		hostile_result res;

		rewrite(fx, ".git/index", edits[i]);
		run(&res, fx, NULL, NULL);
		assert_clean_failure(&res);
		if (i < 2)
			assert_int_equal(res.status, 2);
		hostile_result_dispose(&res);
		/* the mode that reads blobs through the index */
		run(&res, fx, "--staged", NULL);
		if (has_option(&res))
			assert_clean_exit(&res);
		if (has_option(&res) && i < 2)
			assert_int_equal(res.status, 2);
		hostile_result_dispose(&res);
		fixture_free(fx);
	}
}

/* The loose object of path's blob, relative to the work tree. */
static char *blob_object(fixture *fx, const char *path)
{
	git_index *index = NULL;
	const git_index_entry *e;
	char hex[GIT_OID_HEXSZ + 1], *rel;

	assert_int_equal(git_repository_index(&index, fx->repo), 0);
	assert_int_equal(git_index_read(index, 1), 0);
	e = git_index_get_bypath(index, path, 0);
	assert_non_null(e);
	git_oid_tostr(hex, sizeof(hex), &e->id);
	git_index_free(index);
	rel = malloc(64);
	assert_non_null(rel);
	snprintf(rel, 64, ".git/objects/%.2s/%s", hex, hex + 2);
	return rel;
}

static void remove_object(fixture *fx, const char *rel)
{
	char *p = fixture_path(fx, rel);

	assert_int_equal(unlink(p), 0);
	free(p);
}

static void test_hostile_git__missing_blob(void **state)
{
	fixture *fx = repo();
	hostile_result res;
	char *obj = blob_object(fx, "victim.c");

	(void)state;
	remove_object(fx, obj);
	/* the work tree has the bytes: the object is not needed */
	run(&res, fx, NULL, NULL);
	assert_clean_failure(&res);
	assert_int_equal(res.status, 1);
	assert_true(hostile_has_line(res.out, res.out_len,
	                             "  victim.c: no license header"));
	hostile_result_dispose(&res);
	/* the commit's tree: an error finding for that file, or exit 2 */
	run(&res, fx, "--rev", "HEAD");
	if (has_option(&res)) {
		assert_clean_failure(&res);
		assert_null(strstr(res.out, "victim.c: no license header"));
	} else {
		print_message("[ SKIPPED  ] --rev: not in this build\n");
	}
	hostile_result_dispose(&res);
	free(obj);
	fixture_free(fx);
}

static void test_hostile_git__missing_staged_blob(void **state)
{
	fixture *fx = repo();
	hostile_result res;
	char *obj;

	(void)state;
	fixture_add_file(fx, "new.c", "int staged;\n");
	obj = blob_object(fx, "new.c");
	remove_object(fx, obj);
	run(&res, fx, "--staged", NULL);
	if (has_option(&res))
		assert_clean_failure(&res);
	else
		print_message("[ SKIPPED  ] --staged: not in this build\n");
	hostile_result_dispose(&res);
	free(obj);
	fixture_free(fx);
}

/* A loose object whose bytes are not zlib: libgit2 fails to inflate. */
static void test_hostile_git__corrupt_blob(void **state)
{
	fixture *fx = repo();
	hostile_result res;
	char *obj = blob_object(fx, "victim.c"), *p = fixture_path(fx, obj);

	(void)state;
	assert_int_equal(chmod(p, 0644), 0);
	rewrite(fx, obj, garbage);
	run(&res, fx, "--rev", "HEAD");
	if (has_option(&res)) {
		assert_clean_failure(&res);
		assert_null(strstr(res.out, "victim.c: no license header"));
	} else {
		print_message("[ SKIPPED  ] --rev: not in this build\n");
	}
	hostile_result_dispose(&res);
	free(p);
	free(obj);
	fixture_free(fx);
}

/* The commit's tree object gone: the whole rev cannot be listed. */
static void test_hostile_git__missing_tree(void **state)
{
	fixture *fx = repo();
	hostile_result res;
	git_commit *commit = NULL;
	git_oid id;
	char hex[GIT_OID_HEXSZ + 1], rel[64];

	(void)state;
	assert_int_equal(git_oid_fromstr(&id, fx->head), 0);
	assert_int_equal(git_commit_lookup(&commit, fx->repo, &id), 0);
	git_oid_tostr(hex, sizeof(hex), git_commit_tree_id(commit));
	git_commit_free(commit);
	snprintf(rel, sizeof(rel), ".git/objects/%.2s/%s", hex, hex + 2);
	remove_object(fx, rel);
	run(&res, fx, "--rev", "HEAD");
	if (has_option(&res)) {
		assert_clean_failure(&res);
		assert_int_equal(res.status, 2);
	} else {
		print_message("[ SKIPPED  ] --rev: not in this build\n");
	}
	hostile_result_dispose(&res);
	/* the work tree does not need it */
	run(&res, fx, NULL, NULL);
	assert_clean_failure(&res);
	hostile_result_dispose(&res);
	fixture_free(fx);
}

/* HEAD naming an object that does not exist, and garbage in HEAD. */
static void test_hostile_git__broken_head(void **state)
{
	fixture *fx = repo();
	hostile_result res;

	(void)state;
	fixture_write(fx, ".git/refs/heads/master",
	              "0123456789abcdef0123456789abcdef01234567\n");
	fixture_write(fx, ".git/refs/heads/main",
	              "0123456789abcdef0123456789abcdef01234567\n");
	run(&res, fx, NULL, NULL);
	assert_clean_failure(&res);
	hostile_result_dispose(&res);
	run(&res, fx, "--rev", "HEAD");
	if (has_option(&res))
		assert_clean_failure(&res);
	hostile_result_dispose(&res);
	fixture_write(fx, ".git/HEAD", "\x01\x02garbage\n");
	run(&res, fx, NULL, NULL);
	assert_clean_failure(&res);
	hostile_result_dispose(&res);
	fixture_free(fx);
}

/* Every cache file under .git/hdrcheck, edited. */
static void edit_caches(const fixture *fx, void (*edit)(char *, size_t *))
{
	char *dir = fixture_path(fx, ".git/hdrcheck");
	DIR *d = opendir(dir);
	struct dirent *de;
	int n = 0;

	if (!d) {
		free(dir);
		return; /* no cache in this build */
	}
	while ((de = readdir(d)) != NULL) {
		char rel[512];

		if (!strstr(de->d_name, ".cache"))
			continue;
		snprintf(rel, sizeof(rel), ".git/hdrcheck/%s", de->d_name);
		rewrite(fx, rel, edit);
		n++;
	}
	closedir(d);
	free(dir);
	assert_true(n > 0);
}

static void flip_middle(char *data, size_t *len)
{
	data[*len / 2] ^= 0x20;
	data[*len - 2] ^= 0x01;
}

/* repo(), with files older than the index: written in the same clock
 * tick as the index (a coarse one: a few milliseconds), a file is racily
 * clean, and its verdict is not cached; this test needs a cache. */
static fixture *settled_repo(void)
{
	static const char *const names[] = {"ok.c", "victim.c"};
	fixture *fx = fixture_new_repo();
	struct timespec past[2];
	size_t i;

	fixture_write(fx, "ok.c", fixture_header_c);
	fixture_write(fx, "victim.c", "int victim;\n");
	clock_gettime(CLOCK_REALTIME, &past[0]);
	past[0].tv_sec -= 10;
	past[1] = past[0];
	for (i = 0; i < 2; i++) {
		char *p = fixture_path(fx, names[i]);

		assert_int_equal(utimensat(AT_FDCWD, p, past, 0), 0);
		free(p);
		fixture_add(fx, names[i]);
	}
	fixture_commit(fx, "two files");
	return fx;
}

/* The result cache is local state, but a crash or a full disk can leave
 * it damaged: a damaged cache is an empty one, never a wrong verdict. */
static void test_hostile_git__corrupt_cache(void **state)
{
	static void (*const edits[])(char *, size_t *) = {
	    garbage, truncate_half, flip_middle, flip_checksum};
	const char *args[] = {"check", NULL};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(edits) / sizeof(edits[0]); i++) {
		fixture *fx = settled_repo();
		hostile_result res;

		hostile_run(&res, fx->root, DEADLINE, NULL, args);
		hostile_assert_status(&res, 1);
		hostile_result_dispose(&res);
		edit_caches(fx, edits[i]);
		hostile_run(&res, fx->root, DEADLINE, NULL, args);
		hostile_assert_status(&res, 1);
		assert_true(hostile_has_line(res.out, res.out_len,
		                             "  victim.c: no license header"));
		assert_true(hostile_has_line(res.out, res.out_len,
		                             "2 files: 1 ok, 1 missing, 0 "
		                             "mismatch, 0 other_license, 0 "
		                             "skipped, 0 error"));
		hostile_result_dispose(&res);
		fixture_free(fx);
	}
}

/* Every name in dir (sorted, one a line, with its size) as a string. */
static char *listing(const char *dir)
{
	struct dirent **names = NULL;
	char *out = calloc(1, 1);
	size_t len = 0;
	int n, i;

	assert_non_null(out);
	n = scandir(dir, &names, NULL, alphasort);
	assert_true(n >= 0);
	for (i = 0; i < n; i++) {
		char path[1024], line[512];
		struct stat st;
		size_t k;

		snprintf(path, sizeof(path), "%s/%s", dir, names[i]->d_name);
		assert_int_equal(lstat(path, &st), 0);
		k = (size_t)snprintf(line, sizeof(line), "%s %lld\n",
		                     names[i]->d_name, (long long)st.st_size);
		out = realloc(out, len + k + 1);
		assert_non_null(out);
		memcpy(out + len, line, k + 1);
		len += k;
		free(names[i]);
	}
	free(names);
	return out;
}

/*
 * A repository handed over as a directory has an untrusted .git: a
 * .git/hdrcheck that is a symlink to a directory elsewhere must never
 * make check or fix --dry-run delete or write there (they pruned its
 * old tmp-* and extra v1-* files, and wrote the cache into it). The run
 * goes on without a cache, with the right verdicts, and says why once.
 */
static void test_hostile_git__cache_dir_symlink(void **state)
{
	static const char *const cmds[][3] = {
	    {"check", NULL, NULL},
	    {"check", "--staged", NULL},
	    {"fix", "--dry-run", NULL},
	};
	fixture *fx = settled_repo(), *outside = fixture_new_dir();
	char *link = fixture_path(fx, ".git/hdrcheck"), *before, *after;
	struct timespec old[2];
	size_t i;
	int k;

	(void)state;
	clock_gettime(CLOCK_REALTIME, &old[0]);
	old[0].tv_sec -= 7200;
	old[1] = old[0];
	fixture_write(outside, "tmp-precious", "keep me\n");
	for (k = 0; k < 6; k++) {
		char name[32];
		char *p;

		snprintf(name, sizeof(name), "v1-%016d.cache", k);
		fixture_write(outside, name, "not a cache of ours\n");
		p = fixture_path(outside, name);
		assert_int_equal(utimensat(AT_FDCWD, p, old, 0), 0);
		free(p);
	}
	{
		char *p = fixture_path(outside, "tmp-precious");

		assert_int_equal(utimensat(AT_FDCWD, p, old, 0), 0);
		free(p);
	}
	fixture_write(fx, "untracked.c", "int untracked;\n");
	assert_int_equal(symlink(outside->root, link), 0);
	before = listing(outside->root);
	for (i = 0; i < sizeof(cmds) / sizeof(cmds[0]); i++) {
		hostile_result res;

		hostile_run(&res, fx->root, DEADLINE, NULL, cmds[i]);
		if (strcmp(cmds[i][0], "check") == 0 && !cmds[i][1]) {
			hostile_assert_status(&res, 1);
			assert_true(
			    hostile_has_line(res.out, res.out_len,
			                     "  victim.c: no license header"));
			assert_true(hostile_has_line(
			    res.out, res.out_len,
			    "  untracked.c: no license header"));
		}
		/* one line, saying why */
		assert_non_null(strstr(res.err, "is a symbolic link"));
		assert_null(strstr(strstr(res.err, "is a symbolic link") + 1,
		                   "is a symbolic link"));
		hostile_result_dispose(&res);
		after = listing(outside->root);
		assert_string_equal(before, after);
		free(after);
	}
	{
		struct stat st;

		assert_int_equal(lstat(link, &st), 0);
		assert_true(S_ISLNK(st.st_mode));
	}
	free(before);
	free(link);
	fixture_free(outside);
	fixture_free(fx);
}

/* Every cache file replaced by a FIFO (no writer): the run must not hang
 * opening it, and the verdicts are those of an empty cache. */
static void test_hostile_git__cache_fifos(void **state)
{
	fixture *fx = settled_repo();
	const char *args[] = {"check", NULL};
	char *dir = fixture_path(fx, ".git/hdrcheck");
	hostile_result res;
	DIR *d;
	struct dirent *de;
	int n = 0, round;

	(void)state;
	fixture_mkdir(fx, "sub");
	fixture_write(fx, "sub/untracked.c", "int untracked;\n");
	hostile_run(&res, fx->root, DEADLINE, NULL, args);
	hostile_assert_status(&res, 1);
	hostile_result_dispose(&res);
	d = opendir(dir);
	assert_non_null(d);
	while ((de = readdir(d)) != NULL) {
		char path[1024];

		if (de->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, de->d_name);
		assert_int_equal(unlink(path), 0);
		assert_int_equal(mkfifo(path, 0644), 0);
		n++;
	}
	closedir(d);
	/* the result cache and the directory cache (untracked-v1) */
	assert_true(n >= 2);
	for (round = 0; round < 2; round++) {
		hostile_run(&res, fx->root, 20.0, NULL, args);
		if (res.timed_out)
			fail_msg("hung on a FIFO in .git/hdrcheck");
		hostile_assert_status(&res, 1);
		assert_true(hostile_has_line(res.out, res.out_len,
		                             "  victim.c: no license header"));
		assert_true(
		    hostile_has_line(res.out, res.out_len,
		                     "  sub/untracked.c: no license header"));
		hostile_result_dispose(&res);
	}
	free(dir);
	fixture_free(fx);
}

/*
 * An untracked directory with a .git directory whose "gitdir" is a FIFO:
 * libgit2 read it (and hung) to tell a nested repository; git does not
 * (`git status` returns and takes the directory for a repository).
 */
static void test_hostile_git__nested_gitdir_fifo(void **state)
{
	fixture *fx = settled_repo();
	const char *args[] = {"check", "--no-cache", NULL};
	char *p;
	hostile_result res;

	(void)state;
	fixture_mkdir(fx, "u/.git/objects");
	fixture_mkdir(fx, "u/.git/refs");
	fixture_write(fx, "u/.git/HEAD", "ref: refs/heads/main\n");
	fixture_write(fx, "u/x.c", "int x;\n");
	p = fixture_path(fx, "u/.git/gitdir");
	assert_int_equal(mkfifo(p, 0644), 0);
	free(p);
	hostile_run(&res, fx->root, 20.0, NULL, args);
	if (res.timed_out)
		fail_msg("hung on u/.git/gitdir");
	hostile_assert_status(&res, 1);
	/* a nested repository, as git sees it: its files are not ours */
	assert_null(strstr(res.out, "u/x.c"));
	hostile_result_dispose(&res);
	fixture_free(fx);
}

/*
 * Revisions with ancestry ("HEAD~2", "HEAD~1^1") in a repository whose
 * one pack has a damaged byte: exit 1 or 2 with one line, and no leak
 * (git_revparse_single() leaked a reference when its walk met a damaged
 * commit; the suffix is walked by hdrcheck now). The leak check is the
 * sanitizer's in an ASan build, valgrind's otherwise when it is there.
 */
static void test_hostile_git__corrupt_pack_ancestry(void **state)
{
	static const char *const revs[][2] = {{"--changed-since", "HEAD~2"},
	                                      {"--rev", "HEAD~1^1"},
	                                      {"--rev", "HEAD"}};
	char *git_path = hostile_which("git"), *valgrind, *pack = NULL;
	fixture *fx;
	hostile_result res;
	unsigned char *orig = NULL;
	size_t size = 0, off;
	int c;

	(void)state;
	if (!git_path)
		skip();
	valgrind = hostile_sanitized() ? NULL : hostile_which("valgrind");
	fx = fixture_new_repo();
	for (c = 0; c < 3; c++) {
		char rel[32];

		snprintf(rel, sizeof(rel), "f%d.c", c);
		fixture_add_file(fx, rel, fixture_header_c);
		fixture_commit(fx, rel);
	}
	{
		const char *argv[] = {git_path, "repack", "-adq", NULL};

		hostile_run_program(&res, fx->root, DEADLINE, NULL, argv);
		hostile_assert_status(&res, 0);
		hostile_result_dispose(&res);
	}
	{
		char *dir = fixture_path(fx, ".git/objects/pack");
		DIR *d = opendir(dir);
		struct dirent *de;
		FILE *f;

		assert_non_null(d);
		while ((de = readdir(d)) != NULL)
			if (strstr(de->d_name, ".pack")) {
				size_t n = strlen(dir) + strlen(de->d_name) + 2;

				pack = malloc(n);
				assert_non_null(pack);
				snprintf(pack, n, "%s/%s", dir, de->d_name);
			}
		closedir(d);
		free(dir);
		assert_non_null(pack);
		chmod(pack, 0644);
		f = fopen(pack, "rb");
		assert_non_null(f);
		fseek(f, 0, SEEK_END);
		size = (size_t)ftell(f);
		rewind(f);
		orig = malloc(size);
		assert_non_null(orig);
		assert_int_equal(fread(orig, 1, size, f), size);
		fclose(f);
	}
	/* the first objects (the commits, mostly) */
	for (off = 12; off < size - 20 && off < 12 + 7 * 8; off += 7) {
		size_t m;
		FILE *f = fopen(pack, "wb");

		assert_non_null(f);
		orig[off] ^= 0xff;
		assert_int_equal(fwrite(orig, 1, size, f), size);
		orig[off] ^= 0xff;
		fclose(f);
		for (m = 0; m < sizeof(revs) / sizeof(revs[0]); m++) {
			const char *args[] = {"check", "--no-cache", revs[m][0],
			                      revs[m][1], NULL};

			hostile_run(&res, fx->root, DEADLINE, NULL, args);
			assert_clean_exit(&res);
			hostile_result_dispose(&res);
			if (valgrind && off == 12) {
				const char *argv[] = {
				    valgrind,
				    "-q",
				    "--leak-check=full",
				    "--errors-for-leak-kinds=definite,indirect",
				    "--error-exitcode=99",
				    HDRCHECK_TEST_BIN,
				    "check",
				    "--no-cache",
				    revs[m][0],
				    revs[m][1],
				    NULL};

				hostile_run_program(&res, fx->root, 120.0, NULL,
				                    argv);
				if (res.status == 99)
					fail_msg("%s %s leaks:\n%s", revs[m][0],
					         revs[m][1], res.err);
				hostile_result_dispose(&res);
			}
		}
	}
	free(orig);
	free(pack);
	free(valgrind);
	free(git_path);
	fixture_free(fx);
}

/*
 * .gitattributes lines split by a vertical tab, a form feed or a NUL give
 * attributes to libgit2, which hdrcheck asks: the filter that decides
 * which files need the question must not let those files go (it did:
 * found by the attributes fuzz target). Work tree and --rev.
 */
static void test_hostile_git__attributes_odd_separators(void **state)
{
	static const char attrs[] = "gen.c\vlinguist-generated\n"
	                            "skip.c\fhdrcheck=skip\n"
	                            "vendored.c linguist-vendored\0x\n";
	const char *summary = "5 files: 0 ok, 1 missing, 0 mismatch, 0 "
	                      "other_license, 4 skipped, 0 error";
	fixture *fx = fixture_new_repo();
	hostile_result res;

	(void)state;
	fixture_write_mode(fx, ".gitattributes", attrs, sizeof(attrs) - 1,
	                   0644);
	fixture_add(fx, ".gitattributes");
	fixture_add_file(fx, "gen.c", "int gen;\n");
	fixture_add_file(fx, "skip.c", "int skip;\n");
	fixture_add_file(fx, "vendored.c", "int vendored;\n");
	fixture_add_file(fx, "plain.c", "int plain;\n");
	fixture_commit(fx, "attributes");
	run(&res, fx, NULL, NULL);
	hostile_assert_status(&res, 1);
	if (!hostile_has_line(res.out, res.out_len, summary))
		fail_msg("work tree:\n%s", res.out);
	hostile_result_dispose(&res);
	run(&res, fx, "--rev", "HEAD");
	hostile_assert_status(&res, 1);
	if (!hostile_has_line(res.out, res.out_len, summary))
		fail_msg("--rev:\n%s", res.out);
	hostile_result_dispose(&res);
	fixture_free(fx);
}

/*
 * Nothing from the repository runs: not its filters (clean, smudge,
 * process), diff drivers and textconv, hooks, fsmonitor, pager or editor,
 * even with a .gitattributes that asks for them on every file and a
 * repository configuration that defines them (a tarball of a repository
 * can carry .git/config). Every command, every mode, fix included.
 */
static void test_hostile_git__nothing_executed(void **state)
{
	static const char *const hooks[] = {"pre-commit",
	                                    "post-checkout",
	                                    "post-merge",
	                                    "pre-push",
	                                    "post-index-change",
	                                    "fsmonitor-watchman",
	                                    "reference-transaction",
	                                    "pre-auto-gc"};
	static const char *const runs[][4] = {
	    {"check", NULL},
	    {"check", "--no-cache", NULL},
	    {"check", "--rev", "HEAD", NULL},
	    {"check", "--staged", NULL},
	    {"check", "--changed-since", "HEAD", NULL},
	    {"explain", "a.c", NULL},
	    {"fix", "--dry-run", NULL},
	    {"fix", NULL},
	};
	fixture *fx = fixture_new_repo();
	char *marker = fixture_path(fx, "../MARKER"), *config, cmd[4200];
	hostile_result res;
	struct stat st;
	size_t i;
	FILE *f;

	(void)state;
	snprintf(cmd, sizeof(cmd), "sh -c 'echo ran >> %s'", marker);
	fixture_add_file(fx, ".gitattributes",
	                 "# SPDX-License-Identifier: Apache-2.0\n"
	                 "* filter=evil diff=evil merge=evil\n");
	fixture_add_file(fx, "a.c", "int a;\n");
	fixture_commit(fx, "bait");
	fixture_write(fx, "b.c", "int b;\n");
	fixture_add(fx, "b.c");
	config = fixture_path(fx, ".git/config");
	f = fopen(config, "a");
	assert_non_null(f);
	fprintf(f,
	        "[filter \"evil\"]\n\tclean = %s\n\tsmudge = %s\n"
	        "\tprocess = %s\n\trequired = true\n"
	        "[diff \"evil\"]\n\ttextconv = %s\n\tcommand = %s\n"
	        "[merge \"evil\"]\n\tdriver = %s\n"
	        "[core]\n\tfsmonitor = %s\n\tpager = %s\n\teditor = %s\n"
	        "\thooksPath = .git/hooks\n"
	        "[credential]\n\thelper = !%s\n",
	        cmd, cmd, cmd, cmd, cmd, cmd, cmd, cmd, cmd, cmd);
	fclose(f);
	free(config);
	for (i = 0; i < sizeof(hooks) / sizeof(hooks[0]); i++) {
		char rel[128], script[4300];

		snprintf(rel, sizeof(rel), ".git/hooks/%s", hooks[i]);
		snprintf(script, sizeof(script), "#!/bin/sh\n%s\n", cmd);
		fixture_write_mode(fx, rel, script, strlen(script), 0755);
	}
	for (i = 0; i < sizeof(runs) / sizeof(runs[0]); i++) {
		hostile_run(&res, fx->root, DEADLINE, NULL, runs[i]);
		if (res.timed_out || res.status > 2)
			fail_msg("%s %s: status %d: %s", runs[i][0],
			         runs[i][1] ? runs[i][1] : "", res.status,
			         res.err);
		hostile_result_dispose(&res);
		if (stat(marker, &st) == 0)
			fail_msg("%s %s ran a command from the repository",
			         runs[i][0], runs[i][1] ? runs[i][1] : "");
	}
	free(marker);
	fixture_free(fx);
}

/*
 * A tree 60,000 levels deep with one file at the bottom, committed on top
 * of HEAD and staged (git itself cannot check it out: the path is longer
 * than PATH_MAX). The tree diffs of --staged and --changed-since recursed
 * once per level and overflowed the stack; the attribute probes walked
 * every ancestor of the file from the root (minutes, gigabytes). Each
 * mode lists the file, quickly, in bounded memory.
 */
#define DEEP_LEVELS 60000
/* under a sanitizer: frames are larger (the recursion overflowed sooner)
 * and every step slower */
#define DEEP_LEVELS_SANITIZED 20000

static void git_ok(int rc, const char *what)
{
	const git_error *e = git_error_last();

	if (rc < 0)
		fail_msg("%s: libgit2 error %d: %s", what, rc,
		         e && e->message ? e->message : "(no message)");
}

static void test_hostile_git__deep_tree(void **state)
{
	fixture *fx = repo();
	git_odb *odb = NULL;
	git_oid blob, tree, head, commit;
	git_commit *parent = NULL;
	git_signature *sig = NULL;
	git_tree *top = NULL;
	size_t levels =
	    hostile_sanitized() ? DEEP_LEVELS_SANITIZED : DEEP_LEVELS;
	char *path = malloc(2 * levels + 4), hex[GIT_OID_HEXSZ + 1];
	size_t i;
	/* "": the deep commit's id */
	static const char *const modes[][4] = {
	    {"--staged", NULL, NULL, NULL},
	    {"--changed-since", "HEAD", NULL, NULL},
	    {"--rev", "", NULL, NULL},
	    {"--rev", "", "--changed-since", "HEAD"},
	};

	(void)state;
	assert_non_null(path);
	git_ok(git_repository_odb(&odb, fx->repo), "odb");
	git_ok(git_odb_write(&blob, odb, "int deep;\n", 10, GIT_OBJECT_BLOB),
	       "blob");
	{
		char buf[64];
		size_t len;

		/* "100644 f.c\0<id>", then "40000 d\0<id>" upwards */
		len = (size_t)snprintf(buf, sizeof(buf), "100644 f.c") + 1;
		memcpy(buf + len, blob.id, GIT_OID_RAWSZ);
		git_ok(git_odb_write(&tree, odb, buf, len + GIT_OID_RAWSZ,
		                     GIT_OBJECT_TREE),
		       "tree");
		for (i = 1; i < levels; i++) {
			len = (size_t)snprintf(buf, sizeof(buf), "40000 d") + 1;
			memcpy(buf + len, tree.id, GIT_OID_RAWSZ);
			git_ok(git_odb_write(&tree, odb, buf,
			                     len + GIT_OID_RAWSZ,
			                     GIT_OBJECT_TREE),
			       "tree");
		}
	}
	for (i = 0; i < levels - 1; i++)
		memcpy(path + 2 * i, "d/", 2);
	memcpy(path + 2 * i, "f.c", 4);
	/* the commit: the deep directory next to HEAD's files */
	{
		git_treebuilder *tb = NULL;
		git_tree *head_tree = NULL;

		git_ok(git_reference_name_to_id(&head, fx->repo, "HEAD"),
		       "HEAD");
		git_ok(git_commit_lookup(&parent, fx->repo, &head), "head");
		git_ok(git_commit_tree(&head_tree, parent), "tree");
		git_ok(git_treebuilder_new(&tb, fx->repo, head_tree), "tb");
		git_ok(git_treebuilder_insert(NULL, tb, "d", &tree,
		                              GIT_FILEMODE_TREE),
		       "insert");
		git_ok(git_treebuilder_write(&tree, tb), "write");
		git_treebuilder_free(tb);
		git_tree_free(head_tree);
	}
	git_ok(git_tree_lookup(&top, fx->repo, &tree), "top");
	git_ok(
	    git_signature_new(&sig, "t", "t@hdrcheck.invalid", 1767225600, 0),
	    "sig");
	git_ok(git_commit_create(&commit, fx->repo, NULL, sig, sig, NULL,
	                         "deep", top, 1, (const git_commit **)&parent),
	       "commit");
	/* and the file staged: libgit2 does not write an index entry that
	 * long, git does */
	if (system("git --version >/dev/null 2>&1") != 0) {
		free(path);
		fixture_free(fx);
		skip();
	}
	{
		char cmd[4096];
		FILE *p;

		snprintf(cmd, sizeof(cmd),
		         "cd '%s' && git update-index --add --index-info",
		         fx->root);
		assert_non_null(p = popen(cmd, "w"));
		fprintf(p, "100644 %s\t%s\n",
		        git_oid_tostr(hex, sizeof(hex), &blob), path);
		assert_int_equal(pclose(p), 0);
	}
	git_oid_tostr(hex, sizeof(hex), &commit);

	for (i = 0; i < sizeof(modes) / sizeof(modes[0]); i++) {
		const char *args[8] = {"--no-cache", "--format", "json"};
		size_t k, n = 3;
		hostile_result res;

		for (k = 0; k < 4 && modes[i][k]; k++)
			args[n++] = *modes[i][k] ? modes[i][k] : hex;
		args[n] = NULL;
		hostile_run(&res, fx->root,
		            hostile_sanitized() ? 3 * DEADLINE : DEADLINE, NULL,
		            args);
		assert_clean_exit(&res);
		/* listed: the work tree has no such file, so its read is an
		 * error; the staged and committed blobs are read */
		if (!strstr(res.out, "\"d/d/d/d/"))
			fail_msg("%s: the deep file is not listed:\n%.400s",
			         modes[i][0], res.out);
		hostile_result_dispose(&res);
	}
	git_signature_free(sig);
	git_tree_free(top);
	git_commit_free(parent);
	git_odb_free(odb);
	free(path);
	fixture_free(fx);
}

/*
 * --changed-since and the work tree: a tracked directory replaced by a
 * symlink to a directory outside the tree makes its files deleted (as git
 * says), and nothing outside is opened or hashed; a 4 GiB sparse file,
 * untracked or replacing a tracked one, is not hashed whole (29 s before).
 */
static void test_hostile_git__changed_since_reads_inside(void **state)
{
	fixture *fx = fixture_new_repo();
	char *sub, *outside, *file, *big, *grown;
	const char *args[] = {"--no-cache",      "--format", "json",
	                      "--changed-since", "HEAD",     NULL};
	hostile_result res;
	int fd;

	(void)state;
	fixture_add_file(fx, "sub/a.c", fixture_header_c);
	fixture_add_file(fx, "grown.c", fixture_header_c);
	fixture_commit(fx, "tracked");
	sub = fixture_path(fx, "sub");
	outside = malloc(strlen(fx->root) + 16);
	file = malloc(strlen(fx->root) + 16);
	assert_true(outside && file);
	snprintf(outside, strlen(fx->root) + 16, "%s-outside", fx->root);
	snprintf(file, strlen(fx->root) + 16, "%s/a.c", outside);
	big = fixture_path(fx, "big.c");
	grown = fixture_path(fx, "grown.c");
	assert_int_equal(mkdir(outside, 0755), 0);
	fd = open(file, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, "int outside;\n", 13), 13);
	close(fd);
	{
		char *a = fixture_path(fx, "sub/a.c");

		assert_int_equal(unlink(a), 0);
		free(a);
	}
	assert_int_equal(rmdir(sub), 0);
	assert_int_equal(symlink(outside, sub), 0);
	fd = open(big, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	assert_true(fd >= 0);
	assert_int_equal(ftruncate(fd, (off_t)4 << 30), 0);
	close(fd);
	assert_int_equal(truncate(grown, (off_t)4 << 30), 0);

	hostile_run(&res, fx->root, 10.0, NULL, args);
	assert_clean_exit(&res);
	if (strstr(res.out, "\"sub/a.c\""))
		fail_msg("a file through a symlinked directory is listed:\n%s",
		         res.out);
	if (!strstr(res.out, "\"big.c\"") || !strstr(res.out, "\"grown.c\""))
		fail_msg("the changed files are not listed:\n%s", res.out);
	hostile_result_dispose(&res);
	unlink(file);
	rmdir(outside);
	free(sub);
	free(outside);
	free(file);
	free(big);
	free(grown);
	fixture_free(fx);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_hostile_git__corrupt_index),
	    cmocka_unit_test(test_hostile_git__missing_blob),
	    cmocka_unit_test(test_hostile_git__missing_staged_blob),
	    cmocka_unit_test(test_hostile_git__corrupt_blob),
	    cmocka_unit_test(test_hostile_git__missing_tree),
	    cmocka_unit_test(test_hostile_git__broken_head),
	    cmocka_unit_test(test_hostile_git__corrupt_cache),
	    cmocka_unit_test(test_hostile_git__nothing_executed),
	    cmocka_unit_test(test_hostile_git__attributes_odd_separators),
	    cmocka_unit_test(test_hostile_git__cache_dir_symlink),
	    cmocka_unit_test(test_hostile_git__cache_fifos),
	    cmocka_unit_test(test_hostile_git__nested_gitdir_fifo),
	    cmocka_unit_test(test_hostile_git__corrupt_pack_ancestry),
	    cmocka_unit_test(test_hostile_git__deep_tree),
	    cmocka_unit_test(test_hostile_git__changed_since_reads_inside),
	};

	return cmocka_run_group_tests_name(
	    "hostile_git", tests, fixture_group_setup, fixture_group_teardown);
}
