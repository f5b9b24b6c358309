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
 * scanner/dircache.c: a directory's listing comes back only while its
 * stat data and the index are the same; a racily recent directory is not
 * kept; a damaged or foreign file is never trusted.
 */

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
#include "scanner/scanner.h"

#define TMP HDRCHECK_TEST_TMP "/scanner-dircache"

static const char *path_of(void)
{
	return TMP "/untracked-v1";
}

static hdrcheck__index an_index(unsigned long long size)
{
	hdrcheck__index ix;

	memset(&ix, 0, sizeof(ix));
	ix.has_mtime = 1;
	ix.mtime_s = 1700000000;
	ix.mtime_ns = 5;
	ix.file_size = size;
	ix.file_ino = 77;
	return ix;
}

/* A directory's stat data from long ago (not racy). */
static struct stat old_dir(long ino)
{
	struct stat st;

	memset(&st, 0, sizeof(st));
	st.st_mode = S_IFDIR | 0755;
	st.st_ino = (ino_t)ino;
	st.st_mtim.tv_sec = 1600000000 + ino;
	st.st_mtim.tv_nsec = 123;
	st.st_ctim.tv_sec = 1600000000 + ino;
	st.st_ctim.tv_nsec = 456;
	return st;
}

static const hdrcheck__dircache_entry listing[] = {
    {"build", 5, HDRCHECK__DIRCACHE_DIR},
    {"new.c", 5, HDRCHECK__ENTRY_FILE},
    {"link", 4, HDRCHECK__ENTRY_SYMLINK},
};

static void save_two(unsigned long long index_size)
{
	hdrcheck__index ix = an_index(index_size);
	hdrcheck__dircache *c = NULL;
	struct stat a = old_dir(1), b = old_dir(2);

	assert_int_equal(hdrcheck__dircache_open(&c, path_of(), &ix), 0);
	assert_int_equal(hdrcheck__dircache_put(c, "src", &a, listing, 3, 1),
	                 0);
	assert_int_equal(hdrcheck__dircache_put(c, "", &b, listing, 1, 1), 0);
	assert_int_equal(hdrcheck__dircache_save(c), 0);
	hdrcheck__dircache_free(c);
}

/* How many of the two directories come back. */
static int hits(unsigned long long index_size, struct stat a, struct stat b)
{
	hdrcheck__index ix = an_index(index_size);
	hdrcheck__dircache *c = NULL;
	hdrcheck__dircache_entry *list = NULL;
	size_t n = 0;
	int got = 0, rc;

	assert_int_equal(hdrcheck__dircache_open(&c, path_of(), &ix), 0);
	rc = hdrcheck__dircache_get(c, "src", &a, &list, &n);
	assert_true(rc == 0 || rc == 1);
	if (rc == 1) {
		assert_int_equal(n, 3);
		assert_memory_equal(list[0].name, "build", 5);
		assert_int_equal(list[0].type, HDRCHECK__DIRCACHE_DIR);
		assert_memory_equal(list[2].name, "link", 4);
		assert_int_equal(list[2].type, HDRCHECK__ENTRY_SYMLINK);
		got++;
	}
	free(list);
	list = NULL;
	rc = hdrcheck__dircache_get(c, "", &b, &list, &n);
	if (rc == 1) {
		assert_int_equal(n, 1);
		got++;
	}
	free(list);
	hdrcheck__dircache_free(c);
	return got;
}

static void test_scanner_dircache__roundtrip(void **state)
{
	struct stat a = old_dir(1), b = old_dir(2), t;

	(void)state;
	unlink(path_of());
	assert_int_equal(hits(100, a, b), 0);
	save_two(100);
	assert_int_equal(hits(100, a, b), 2);
	/* another index: nothing */
	assert_int_equal(hits(101, a, b), 0);
	/* a directory whose stat moved */
	t = a;
	t.st_mtim.tv_nsec++;
	assert_int_equal(hits(100, t, b), 1);
	t = a;
	t.st_ctim.tv_sec++;
	assert_int_equal(hits(100, t, b), 1);
	t = a;
	t.st_ino++;
	assert_int_equal(hits(100, t, b), 1);
}

/* A directory changed just now may change again in the same clock tick
 * without its time moving: neither kept nor used. */
static void test_scanner_dircache__racy(void **state)
{
	hdrcheck__index ix = an_index(100);
	hdrcheck__dircache *c = NULL;
	hdrcheck__dircache_entry *list = NULL;
	struct stat now = old_dir(3);
	size_t n;

	(void)state;
	unlink(path_of());
	clock_gettime(CLOCK_REALTIME, &now.st_mtim);
	assert_int_equal(hdrcheck__dircache_open(&c, path_of(), &ix), 0);
	assert_int_equal(hdrcheck__dircache_put(c, "x", &now, listing, 3, 1),
	                 0);
	assert_int_equal(hdrcheck__dircache_save(c), 0);
	hdrcheck__dircache_free(c);
	assert_int_equal(hdrcheck__dircache_open(&c, path_of(), &ix), 0);
	assert_int_equal(hdrcheck__dircache_get(c, "x", &now, &list, &n), 0);
	hdrcheck__dircache_free(c);
}

/*
 * A file system with one-second times (FAT, HFS+, ext3 with small
 * inodes): a directory listed in the second its time names may gain a
 * name later in that second with no change of time. Such a listing is
 * racy however far into the second the walk began (it was kept when the
 * walk began more than a few clock ticks after the second's start).
 */
static void test_scanner_dircache__coarse_seconds(void **state)
{
	hdrcheck__index ix = an_index(100);
	hdrcheck__dircache *c = NULL;
	hdrcheck__dircache_entry *list = NULL;
	struct stat coarse = old_dir(4);
	struct timespec now;
	size_t n;

	(void)state;
	unlink(path_of());
	/* well into a second, past any clock-tick margin */
	for (;;) {
		clock_gettime(CLOCK_REALTIME, &now);
		if (now.tv_nsec > 300000000l && now.tv_nsec < 700000000l)
			break;
		{
			struct timespec pause = {0, 50000000l};

			nanosleep(&pause, NULL);
		}
	}
	coarse.st_mtim.tv_sec = now.tv_sec;
	coarse.st_mtim.tv_nsec = 0;
	coarse.st_ctim = coarse.st_mtim;
	assert_int_equal(hdrcheck__dircache_open(&c, path_of(), &ix), 0);
	assert_int_equal(
	    hdrcheck__dircache_put(c, "late", &coarse, listing, 3, 1), 0);
	assert_int_equal(hdrcheck__dircache_save(c), 0);
	hdrcheck__dircache_free(c);
	/* a later run, seconds on, with the directory's time unchanged */
	sleep(1);
	assert_int_equal(hdrcheck__dircache_open(&c, path_of(), &ix), 0);
	assert_int_equal(hdrcheck__dircache_get(c, "late", &coarse, &list, &n),
	                 0);
	assert_null(list);
	hdrcheck__dircache_free(c);
}

static void test_scanner_dircache__damaged_file_ignored(void **state)
{
	struct stat a = old_dir(1), b = old_dir(2), st;
	unsigned char *data;
	size_t len, i;
	FILE *f;

	(void)state;
	save_two(100);
	assert_int_equal(stat(path_of(), &st), 0);
	len = (size_t)st.st_size;
	data = malloc(len);
	assert_non_null(data);
	f = fopen(path_of(), "rb");
	assert_non_null(f);
	assert_int_equal(fread(data, 1, len, f), len);
	fclose(f);
	for (i = 0; i < len; i++) {
		data[i] ^= 0x20;
		f = fopen(path_of(), "wb");
		assert_non_null(f);
		assert_int_equal(fwrite(data, 1, len, f), len);
		fclose(f);
		if (hits(100, a, b))
			fail_msg("byte %zu flipped, still used", i);
		data[i] ^= 0x20;
	}
	for (i = 0; i < len; i++) {
		assert_int_equal(truncate(path_of(), (off_t)i), 0);
		assert_int_equal(hits(100, a, b), 0);
	}
	free(data);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_scanner_dircache__roundtrip),
	    cmocka_unit_test(test_scanner_dircache__racy),
	    cmocka_unit_test(test_scanner_dircache__coarse_seconds),
	    cmocka_unit_test(test_scanner_dircache__damaged_file_ignored),
	};

	assert_int_equal(system("mkdir -p '" TMP "'"), 0);
	return cmocka_run_group_tests_name("scanner_dircache", tests, NULL,
	                                   NULL);
}
