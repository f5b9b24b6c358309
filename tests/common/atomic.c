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
 * The atomic writer (common/atomic.c): a new file, a replaced one that
 * keeps its mode bits, a symlink at the name replaced and never written
 * through, "never replace", a veto right before the rename, the content
 * in pieces, and never a temporary file left behind.
 */

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common.h"
#include "common/atomic.h"
#include "common/endian.h"

#define DIR_PATH HDRCHECK_TEST_TMP "/atomic"

static int dir_fd = -1;

static int setup(void **state)
{
	char cmd[512];

	(void)state;
	snprintf(cmd, sizeof(cmd), "rm -rf '%s' && mkdir -p '%s'", DIR_PATH,
	         DIR_PATH);
	if (system(cmd) != 0)
		return -1;
	dir_fd = open(DIR_PATH, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	return dir_fd < 0 ? -1 : 0;
}

static int teardown(void **state)
{
	(void)state;
	if (dir_fd >= 0)
		close(dir_fd);
	dir_fd = -1;
	return 0;
}

static char *slurp(const char *name)
{
	static char buf[4096];
	int fd = openat(dir_fd, name, O_RDONLY | O_NOFOLLOW);
	ssize_t n;

	assert_true(fd >= 0);
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	assert_true(n >= 0);
	buf[n] = '\0';
	return buf;
}

static void put(const char *name, const char *text, mode_t mode)
{
	int fd = openat(dir_fd, name, O_WRONLY | O_CREAT | O_TRUNC, 0600);

	assert_true(fd >= 0);
	assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	assert_int_equal(fchmod(fd, mode), 0);
	close(fd);
}

/* Only the names given are in the directory: no temporary file. */
static void only(const char *const *names, size_t count)
{
	DIR *d = opendir(DIR_PATH);
	struct dirent *de;
	size_t seen = 0, i;

	assert_non_null(d);
	while ((de = readdir(d)) != NULL) {
		int known = 0;

		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
			continue;
		for (i = 0; i < count; i++)
			known |= !strcmp(de->d_name, names[i]);
		if (!known)
			fail_msg("unexpected file %s", de->d_name);
		seen++;
	}
	closedir(d);
	assert_int_equal(seen, count);
}

static void test_common_atomic__new_file(void **state)
{
	static const char *const names[] = {"new.txt"};
	struct stat st;
	mode_t mask = umask(022);

	(void)state;
	assert_int_equal(
	    hdrcheck__atomic_write(dir_fd, "new.txt", "hello\n", 6, NULL), 0);
	umask(mask);
	assert_string_equal(slurp("new.txt"), "hello\n");
	assert_int_equal(fstatat(dir_fd, "new.txt", &st, 0), 0);
	assert_int_equal(st.st_mode & 07777, 0644);
	only(names, 1);
}

static void test_common_atomic__replace_keeps_mode(void **state)
{
	static const char *const names[] = {"run.sh"};
	struct stat st;

	(void)state;
	put("run.sh", "old\n", 0751);
	assert_int_equal(
	    hdrcheck__atomic_write(dir_fd, "run.sh", "new\n", 4, NULL), 0);
	assert_string_equal(slurp("run.sh"), "new\n");
	assert_int_equal(fstatat(dir_fd, "run.sh", &st, 0), 0);
	assert_int_equal(st.st_mode & 07777, 0751);
	only(names, 1);
}

static void test_common_atomic__like_fd(void **state)
{
	struct stat st;
	hdrcheck__atomic_options o = HDRCHECK__ATOMIC_OPTIONS_INIT;

	(void)state;
	put("model", "m\n", 0705);
	o.like_fd = openat(dir_fd, "model", O_RDONLY);
	assert_true(o.like_fd >= 0);
	assert_int_equal(hdrcheck__atomic_write(dir_fd, "copy", "c\n", 2, &o),
	                 0);
	close(o.like_fd);
	assert_int_equal(fstatat(dir_fd, "copy", &st, 0), 0);
	assert_int_equal(st.st_mode & 07777, 0705);
}

static void test_common_atomic__symlink_replaced_not_followed(void **state)
{
	static const char *const names[] = {"target", "link"};
	struct stat st;

	(void)state;
	put("target", "precious\n", 0644);
	assert_int_equal(symlinkat("target", dir_fd, "link"), 0);
	assert_int_equal(
	    hdrcheck__atomic_write(dir_fd, "link", "mine\n", 5, NULL), 0);
	assert_string_equal(slurp("target"), "precious\n");
	assert_int_equal(fstatat(dir_fd, "link", &st, AT_SYMLINK_NOFOLLOW), 0);
	assert_true(S_ISREG(st.st_mode));
	assert_string_equal(slurp("link"), "mine\n");
	only(names, 2);
}

static void test_common_atomic__no_replace(void **state)
{
	static const char *const names[] = {"cfg"};
	hdrcheck__atomic_options o = HDRCHECK__ATOMIC_OPTIONS_INIT;

	(void)state;
	o.flags = HDRCHECK__ATOMIC_NO_REPLACE;
	assert_int_equal(hdrcheck__atomic_write(dir_fd, "cfg", "1\n", 2, &o),
	                 0);
	assert_int_equal(hdrcheck__atomic_write(dir_fd, "cfg", "2\n", 2, &o),
	                 HDRCHECK_EEXISTS);
	assert_string_equal(slurp("cfg"), "1\n");
	only(names, 1);
}

static int veto(void *payload)
{
	int *calls = payload;

	(*calls)++;
	return 1;
}

static void test_common_atomic__veto_leaves_old(void **state)
{
	static const char *const names[] = {"f.c"};
	hdrcheck__atomic_options o = HDRCHECK__ATOMIC_OPTIONS_INIT;
	int calls = 0;

	(void)state;
	put("f.c", "old\n", 0644);
	o.before_rename = veto;
	o.payload = &calls;
	assert_int_equal(hdrcheck__atomic_write(dir_fd, "f.c", "new\n", 4, &o),
	                 1);
	assert_int_equal(calls, 1);
	assert_string_equal(slurp("f.c"), "old\n");
	only(names, 1);
}

static void test_common_atomic__pieces_and_prefix(void **state)
{
	static const char *const names[] = {"v1-cache"};
	hdrcheck__atomic_options o = HDRCHECK__ATOMIC_OPTIONS_INIT;
	struct iovec iov[3] = {{"ab", 2}, {"", 0}, {"cd\n", 3}};

	(void)state;
	o.flags = HDRCHECK__ATOMIC_NO_SYNC;
	o.tmp_prefix = "tmp-";
	assert_int_equal(
	    hdrcheck__atomic_writev(dir_fd, "v1-cache", iov, 3, &o), 0);
	assert_string_equal(slurp("v1-cache"), "abcd\n");
	only(names, 1);
}

static void test_common_atomic__errors(void **state)
{
	(void)state;
	/* one name, not a path */
	assert_int_equal(hdrcheck__atomic_write(dir_fd, "a/b", "x", 1, NULL),
	                 HDRCHECK_EINVAL);
	assert_int_equal(hdrcheck__atomic_write(dir_fd, "..", "x", 1, NULL),
	                 HDRCHECK_EINVAL);
	/* a directory at the name cannot be replaced by a file */
	assert_int_equal(mkdirat(dir_fd, "sub", 0755), 0);
	assert_int_equal(hdrcheck__atomic_write(dir_fd, "sub", "x", 1, NULL),
	                 HDRCHECK_EIO);
	assert_non_null(strstr(hdrcheck_error_last(), "cannot replace"));
	/* by path */
	assert_int_equal(
	    hdrcheck__atomic_write_path(DIR_PATH "/sub/p.txt", "p\n", 2, NULL),
	    0);
	assert_int_equal(
	    hdrcheck__atomic_write_path(DIR_PATH "/none/p.txt", "p\n", 2, NULL),
	    HDRCHECK_EIO);
}

static void test_common_atomic__temp_names(void **state)
{
	long pid = 0;

	(void)state;
	assert_true(
	    hdrcheck__atomic_temp_name(".a.c.hdrcheck-tmp.42.abc123", &pid));
	assert_int_equal(pid, 42);
	assert_false(
	    hdrcheck__atomic_temp_name("a.c.hdrcheck-tmp.42.abc123", &pid));
	assert_false(
	    hdrcheck__atomic_temp_name(".a.c.hdrcheck-tmp.42.abc12", &pid));
	assert_false(
	    hdrcheck__atomic_temp_name(".a.c.hdrcheck-tmp.042.abc123", &pid));
	assert_false(
	    hdrcheck__atomic_temp_name(".hdrcheck-tmp.42.abc123", &pid));
}

/* The byte-order helpers (common/endian.h) against the bytes by hand. */
/* Streamed: nothing shows under the name until commit; abort leaves the
 * old file and no temporary one; a commit keeps the old mode bits. */
static void test_common_atomic__streamed(void **state)
{
	static const char *const names[] = {"report.json"};
	hdrcheck__atomic *a = NULL;
	struct stat st;
	int fd;

	(void)state;
	put("report.json", "old\n", 0640);
	assert_int_equal(hdrcheck__atomic_open(&a, dir_fd, "report.json", NULL),
	                 0);
	fd = hdrcheck__atomic_fd(a);
	assert_int_equal(write(fd, "half", 4), 4);
	assert_string_equal(slurp("report.json"), "old\n");
	hdrcheck__atomic_abort(a);
	assert_string_equal(slurp("report.json"), "old\n");
	only(names, 1);
	hdrcheck__atomic_abort(NULL);

	assert_int_equal(
	    hdrcheck__atomic_open_path(&a, DIR_PATH "/report.json", NULL), 0);
	fd = hdrcheck__atomic_fd(a);
	assert_int_equal(write(fd, "new ", 4), 4);
	assert_int_equal(write(fd, "whole\n", 6), 6);
	assert_string_equal(slurp("report.json"), "old\n");
	assert_int_equal(hdrcheck__atomic_commit(a), 0);
	assert_string_equal(slurp("report.json"), "new whole\n");
	assert_int_equal(fstatat(dir_fd, "report.json", &st, 0), 0);
	assert_int_equal(st.st_mode & 07777, 0640);
	only(names, 1);

	/* no name, no directory: errors, nothing allocated */
	assert_int_equal(hdrcheck__atomic_open(&a, dir_fd, "a/b", NULL),
	                 HDRCHECK_EINVAL);
	assert_true(hdrcheck__atomic_open_path(&a, DIR_PATH "/none/x", NULL) <
	            0);
}

static void test_common_endian__round_trip(void **state)
{
	static const unsigned char be[8] = {0x01, 0x23, 0x45, 0x67,
	                                    0x89, 0xab, 0xcd, 0xef};
	unsigned char out[8];

	(void)state;
	assert_int_equal(hdrcheck__get_be16(be), 0x0123);
	assert_int_equal(hdrcheck__get_be32(be), 0x01234567u);
	assert_true(hdrcheck__get_be64(be) == 0x0123456789abcdefull);
	assert_int_equal(hdrcheck__get_le32(be), 0x67452301u);
	assert_true(hdrcheck__get_le64(be) == 0xefcdab8967452301ull);
	hdrcheck__put_le32(out, 0x67452301u);
	assert_memory_equal(out, be, 4);
	hdrcheck__put_le64(out, 0xefcdab8967452301ull);
	assert_memory_equal(out, be, 8);
}

int main(void)
{
#define T(t) cmocka_unit_test_setup_teardown(t, setup, teardown)
	const struct CMUnitTest tests[] = {
	    T(test_common_atomic__new_file),
	    T(test_common_atomic__replace_keeps_mode),
	    T(test_common_atomic__like_fd),
	    T(test_common_atomic__symlink_replaced_not_followed),
	    T(test_common_atomic__no_replace),
	    T(test_common_atomic__veto_leaves_old),
	    T(test_common_atomic__pieces_and_prefix),
	    T(test_common_atomic__errors),
	    T(test_common_atomic__temp_names),
	    T(test_common_atomic__streamed),
	    cmocka_unit_test(test_common_endian__round_trip),
	};
#undef T

	return cmocka_run_group_tests_name("common_atomic", tests, NULL, NULL);
}
