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
 * scanner/cache.c: verdicts survive a save and a reload exactly; a key
 * differs whenever a path-dependent input does; a file that is corrupt,
 * truncated, foreign or of another fingerprint is never trusted; the
 * cache stays bounded; concurrent writers leave a valid file.
 */

#include <dirent.h>
#include <pthread.h>
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

#define TMP HDRCHECK_TEST_TMP "/scanner-cache"

static unsigned char fp_a[32] = {1, 2, 3};
static unsigned char fp_b[32] = {9, 9, 9};

static char *fresh_dir(const char *name)
{
	char cmd[600], *dir = hdrcheck__aprintf("%s/%s", TMP, name);

	assert_non_null(dir);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s' && mkdir -p '%s'", dir, dir);
	assert_int_equal(system(cmd), 0);
	return dir;
}

static void oid_of(unsigned char oid[HDRCHECK__OID_SIZE], unsigned int n)
{
	size_t i;

	for (i = 0; i < HDRCHECK__OID_SIZE; i++)
		oid[i] = (unsigned char)((n >> (8 * (i % 4))) + i);
}

static void key_of(hdrcheck__cache_key *k, unsigned int n)
{
	unsigned char oid[HDRCHECK__OID_SIZE];

	oid_of(oid, n);
	hdrcheck__cache_key_init(k, oid, 'w', 42, "src/file.c");
}

/* The type names a policy knows: "C" and "Python" here. */
static const char *const known_types[] = {"C", "Python"};

static const char *resolve(void *payload, const char *name)
{
	size_t i;

	(void)payload;
	for (i = 0; i < 2; i++)
		if (strcmp(known_types[i], name) == 0)
			return known_types[i];
	return NULL;
}

static hdrcheck_finding finding_of(unsigned int n)
{
	hdrcheck_finding f;

	memset(&f, 0, sizeof(f));
	f.status = (hdrcheck_status)(n % HDRCHECK_STATUS__COUNT);
	f.line = n;
	f.reason = n % 3 ? "some reason" : NULL;
	f.license = n % 2 ? "Apache-2.0" : NULL;
	f.holders = n % 5 ? "Foo Inc.\nBar" : NULL;
	f.language = n % 7 ? known_types[n % 2] : NULL;
	f.policy = n % 4 ? "default" : "third-party";
	return f;
}

static void dispose(hdrcheck_finding *f)
{
	free((char *)f->reason);
	free((char *)f->license);
	free((char *)f->holders);
	free((char *)f->policy);
	memset(f, 0, sizeof(*f));
}

static void assert_same(const hdrcheck_finding *a, const hdrcheck_finding *b)
{
	assert_int_equal(a->status, b->status);
	assert_int_equal(a->line, b->line);
#define SAME(field)                                                            \
	do {                                                                   \
		if (!a->field || !b->field)                                    \
			assert_ptr_equal(a->field, b->field);                  \
		else                                                           \
			assert_string_equal(a->field, b->field);               \
	} while (0)
	SAME(reason);
	SAME(license);
	SAME(holders);
	SAME(policy);
#undef SAME
	/* the type is the policy's own string, not a copy */
	assert_ptr_equal(a->language, b->language);
}

/* Save n verdicts (keys 1..n) into dir under fp. */
static void save_n(const char *dir, const unsigned char fp[32],
                   unsigned int from, unsigned int n)
{
	hdrcheck__cache *c = NULL;
	hdrcheck__cache_batch b;
	hdrcheck__cache_key k;
	unsigned int i;

	memset(&b, 0, sizeof(b));
	assert_int_equal(hdrcheck__cache_open(&c, dir, fp), 0);
	for (i = from; i < from + n; i++) {
		hdrcheck_finding f = finding_of(i);

		key_of(&k, i);
		assert_int_equal(hdrcheck__cache_batch_put(&b, &k, &f), 0);
	}
	assert_int_equal(hdrcheck__cache_save(c, &b, 1, n), 0);
	hdrcheck__cache_batch_dispose(&b);
	hdrcheck__cache_free(c);
}

/* How many of keys from..from+n-1 hit, each checked for its verdict. */
static unsigned int count_hits(const char *dir, const unsigned char fp[32],
                               unsigned int from, unsigned int n)
{
	hdrcheck__cache *c = NULL;
	hdrcheck__cache_key k;
	unsigned int i, hits = 0;

	assert_int_equal(hdrcheck__cache_open(&c, dir, fp), 0);
	for (i = from; i < from + n; i++) {
		hdrcheck_finding got, want = finding_of(i);
		int rc;

		memset(&got, 0, sizeof(got));
		key_of(&k, i);
		rc = hdrcheck__cache_get(c, &k, &got, resolve, NULL);
		assert_true(rc == 0 || rc == 1);
		if (rc == 1) {
			assert_same(&got, &want);
			hits++;
		}
		dispose(&got);
	}
	hdrcheck__cache_free(c);
	return hits;
}

static char *cache_file(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	char *path = NULL;

	assert_non_null(d);
	while ((de = readdir(d)) != NULL)
		if (strncmp(de->d_name, "v1-", 3) == 0) {
			assert_null(path); /* only one */
			path = hdrcheck__aprintf("%s/%s", dir, de->d_name);
		}
	closedir(d);
	assert_non_null(path);
	return path;
}

static size_t count_files(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	size_t n = 0;

	assert_non_null(d);
	while ((de = readdir(d)) != NULL)
		n += de->d_name[0] != '.';
	closedir(d);
	return n;
}

static void test_scanner_cache__roundtrip(void **state)
{
	char *dir = fresh_dir("roundtrip");

	(void)state;
	/* no directory yet: an empty cache, created on the first save */
	assert_int_equal(count_hits(dir, fp_a, 1, 50), 0);
	save_n(dir, fp_a, 1, 50);
	assert_int_equal(count_hits(dir, fp_a, 1, 50), 50);
	assert_int_equal(count_hits(dir, fp_a, 51, 10), 0);
	/* another fingerprint sees nothing, and gets its own file */
	assert_int_equal(count_hits(dir, fp_b, 1, 50), 0);
	save_n(dir, fp_b, 1, 5);
	assert_int_equal(count_files(dir), 2);
	/* a second save keeps the first verdicts */
	save_n(dir, fp_a, 51, 10);
	assert_int_equal(count_hits(dir, fp_a, 1, 60), 60);
	free(dir);
}

/* Every input of the key changes it. */
static void test_scanner_cache__keys(void **state)
{
	unsigned char oid[HDRCHECK__OID_SIZE] = {7},
	              other[HDRCHECK__OID_SIZE] = {8};
	hdrcheck__cache_key base, k;

	(void)state;
	hdrcheck__cache_key_init(&base, oid, 'w', 1, "a/b.c");
	hdrcheck__cache_key_init(&k, oid, 'w', 1, "a/b.c");
	assert_true(k.aux == base.aux);
	assert_memory_equal(k.oid, base.oid, sizeof(k.oid));
#define DIFFERS(...)                                                           \
	do {                                                                   \
		hdrcheck__cache_key_init(&k, __VA_ARGS__);                     \
		assert_true(k.aux != base.aux ||                               \
		            memcmp(k.oid, base.oid, sizeof(k.oid)) != 0);      \
	} while (0)
	DIFFERS(other, 'w', 1, "a/b.c");
	DIFFERS(NULL, 'w', 1, "a/b.c");
	DIFFERS(oid, 'b', 1, "a/b.c");
	DIFFERS(oid, 'p', 1, "a/b.c");
	DIFFERS(oid, 'w', 2, "a/b.c");
	DIFFERS(oid, 'w', 1, "a/b.h");
	DIFFERS(oid, 'w', 1, "b.c");
#undef DIFFERS
	/* a verdict of the path alone has no blob id */
	hdrcheck__cache_key_init(&k, NULL, 'p', 1, "a/b.c");
	assert_true(k.oid[0] == 0 && k.oid[HDRCHECK__OID_SIZE - 1] == 0);
}

/* A cached type the policy does not know is not trusted. */
static void test_scanner_cache__unknown_type(void **state)
{
	char *dir = fresh_dir("types");
	hdrcheck__cache *c = NULL;
	hdrcheck__cache_batch b;
	hdrcheck__cache_key k;
	hdrcheck_finding f = finding_of(1), got;

	(void)state;
	memset(&b, 0, sizeof(b));
	memset(&got, 0, sizeof(got));
	f.language = "Cobol";
	assert_int_equal(hdrcheck__cache_open(&c, dir, fp_a), 0);
	key_of(&k, 1);
	assert_int_equal(hdrcheck__cache_batch_put(&b, &k, &f), 0);
	assert_int_equal(hdrcheck__cache_save(c, &b, 1, 1), 0);
	hdrcheck__cache_batch_dispose(&b);
	hdrcheck__cache_free(c);
	assert_int_equal(hdrcheck__cache_open(&c, dir, fp_a), 0);
	assert_int_equal(hdrcheck__cache_get(c, &k, &got, resolve, NULL), 0);
	hdrcheck__cache_free(c);
	free(dir);
}

/* Flip every byte in turn: only the generation field may change without
 * the file being refused, and a refused file is a miss, never a wrong
 * verdict. */
static void test_scanner_cache__corrupt_file_ignored(void **state)
{
	char *dir = fresh_dir("corrupt"), *path;
	unsigned char *data;
	size_t len, i;
	FILE *f;
	struct stat st;

	(void)state;
	save_n(dir, fp_a, 1, 20);
	path = cache_file(dir);
	assert_int_equal(stat(path, &st), 0);
	len = (size_t)st.st_size;
	data = malloc(len);
	assert_non_null(data);
	f = fopen(path, "rb");
	assert_non_null(f);
	assert_int_equal(fread(data, 1, len, f), len);
	fclose(f);
	for (i = 0; i < len; i++) {
		unsigned int hits;

		data[i] ^= 0x41;
		f = fopen(path, "wb");
		assert_non_null(f);
		assert_int_equal(fwrite(data, 1, len, f), len);
		fclose(f);
		hits = count_hits(dir, fp_a, 1, 20);
		if (i >= 48 && i < 56)
			assert_int_equal(hits, 20); /* the generation */
		else if (hits)
			fail_msg("byte %zu flipped, still %u hits", i, hits);
		data[i] ^= 0x41;
	}
	/* every truncation */
	for (i = 0; i < len; i++) {
		assert_int_equal(truncate(path, (off_t)i), 0);
		assert_int_equal(count_hits(dir, fp_a, 1, 20), 0);
	}
	/* something else under the name */
	f = fopen(path, "wb");
	assert_non_null(f);
	fputs("not a cache at all\n", f);
	fclose(f);
	assert_int_equal(count_hits(dir, fp_a, 1, 20), 0);
	/* and a save replaces it with a good file */
	save_n(dir, fp_a, 1, 20);
	assert_int_equal(count_hits(dir, fp_a, 1, 20), 20);
	free(data);
	free(path);
	free(dir);
}

/* At most RECORDS_MIN_KEPT (16384) or twice the scope; what this run used
 * goes first; other fingerprints' files are pruned to four. */
static void test_scanner_cache__bounded(void **state)
{
	char *dir = fresh_dir("bounded");
	hdrcheck__cache *c = NULL;
	hdrcheck__cache_batch b;
	hdrcheck__cache_key k;
	hdrcheck_finding f;
	unsigned char fp[32];
	unsigned int i;

	(void)state;
	save_n(dir, fp_a, 1, 16000);
	/* a run that uses keys 1..100 and adds 1000 new ones */
	memset(&b, 0, sizeof(b));
	assert_int_equal(hdrcheck__cache_open(&c, dir, fp_a), 0);
	for (i = 1; i <= 100; i++) {
		memset(&f, 0, sizeof(f));
		key_of(&k, i);
		assert_int_equal(hdrcheck__cache_get(c, &k, &f, resolve, NULL),
		                 1);
		dispose(&f);
	}
	for (i = 20001; i <= 21000; i++) {
		f = finding_of(i);
		key_of(&k, i);
		assert_int_equal(hdrcheck__cache_batch_put(&b, &k, &f), 0);
	}
	assert_int_equal(hdrcheck__cache_save(c, &b, 1, 1100), 0);
	hdrcheck__cache_batch_dispose(&b);
	hdrcheck__cache_free(c);
	/* kept: the 100 used, the 1000 new, and old ones up to 16384 */
	assert_int_equal(count_hits(dir, fp_a, 1, 100), 100);
	assert_int_equal(count_hits(dir, fp_a, 20001, 1000), 1000);
	assert_int_equal(count_hits(dir, fp_a, 101, 15900) + 1100, 16384);

	/* many fingerprints: the newest four files stay */
	for (i = 0; i < 8; i++) {
		memset(fp, 0, sizeof(fp));
		fp[0] = (unsigned char)(100 + i);
		save_n(dir, fp, 1, 3);
	}
	assert_true(count_files(dir) <= 4);
	assert_int_equal(count_hits(dir, fp, 1, 3), 3);
	free(dir);
}

typedef struct {
	const char *dir;
	unsigned int from;
} writer;

static void *write_many(void *arg)
{
	writer *w = arg;
	unsigned int round;

	for (round = 0; round < 20; round++)
		save_n(w->dir, fp_a, w->from, 200);
	return NULL;
}

/* Two writers at once: the file is always whole, and one of them won. */
static void test_scanner_cache__concurrent_writers(void **state)
{
	char *dir = fresh_dir("concurrent");
	pthread_t t[2];
	writer w[2] = {{NULL, 1}, {NULL, 1001}};
	unsigned int a, b;

	(void)state;
	w[0].dir = w[1].dir = dir;
	assert_int_equal(pthread_create(&t[0], NULL, write_many, &w[0]), 0);
	assert_int_equal(pthread_create(&t[1], NULL, write_many, &w[1]), 0);
	pthread_join(t[0], NULL);
	pthread_join(t[1], NULL);
	a = count_hits(dir, fp_a, 1, 200);
	b = count_hits(dir, fp_a, 1001, 200);
	assert_true(a == 200 || b == 200);
	/* no temporary file left behind */
	assert_int_equal(count_files(dir), 1);
	free(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_scanner_cache__roundtrip),
	    cmocka_unit_test(test_scanner_cache__keys),
	    cmocka_unit_test(test_scanner_cache__unknown_type),
	    cmocka_unit_test(test_scanner_cache__corrupt_file_ignored),
	    cmocka_unit_test(test_scanner_cache__bounded),
	    cmocka_unit_test(test_scanner_cache__concurrent_writers),
	};

	assert_int_equal(system("mkdir -p '" TMP "'"), 0);
	return cmocka_run_group_tests_name("scanner_cache", tests, NULL, NULL);
}
