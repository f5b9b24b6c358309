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
 * archive/archive.c: the entries of every format (tar plain, gzip, bzip2,
 * xz, zstd; zip stored and deflated) with their kinds, modes, link targets
 * and contents; the top-level directory; each hostile case (.., absolute
 * names, symlinks out, duplicates, devices, truncated and corrupt
 * compression, a bomb, an entry over the limit). The archives are made
 * at test time by tests/archive/make_archives.py.
 */

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
#include "common.h"
#include "archive/archive.h"

#define TMP HDRCHECK_TEST_TMP "/archive-unit"

typedef struct {
	char *path;
	hdrcheck__archive_kind kind;
	hdrcheck__archive_unsafe unsafe;
	uint32_t mode;
	char *link;
	char *data;
	size_t len;
	int limited; /* its content hit entry_max */
} item;

typedef struct {
	item items[64];
	size_t count;
	int rc;            /* of the last call: 0 at the end, or the error */
	char message[512]; /* hdrcheck_error_last() on error */
} listing;

static int setup(void **state)
{
	char cmd[1024];

	(void)state;
	snprintf(cmd, sizeof(cmd),
	         "rm -rf '%s' && python3 '%s/make_archives.py' '%s'", TMP,
	         HDRCHECK_TEST_SRC, TMP);
	return system(cmd) == 0 ? 0 : -1;
}

static void list_opts(listing *l, const char *name,
                      const hdrcheck__archive_options *opts)
{
	hdrcheck__archive *a = NULL;
	const hdrcheck__archive_entry *e;
	char *file = hdrcheck__aprintf("%s/%s", TMP, name);
	int rc;

	memset(l, 0, sizeof(*l));
	assert_non_null(file);
	rc = hdrcheck__archive_open(&a, file, opts);
	while (rc >= 0 && (rc = hdrcheck__archive_next(a, &e)) > 0) {
		item *it = &l->items[l->count++];
		hdrcheck_buf content = HDRCHECK_BUF_INIT;
		const void *data;
		size_t len;
		int r;

		assert_true(l->count < HDRCHECK__ARRAY_SIZE(l->items));
		assert_int_equal(strlen(e->path), e->path_len);
		it->path = strdup(e->path);
		it->kind = e->kind;
		it->unsafe = e->unsafe;
		it->mode = e->mode;
		it->link = e->link ? strdup(e->link) : NULL;
		while ((r = hdrcheck__archive_read(a, &data, &len)) > 0)
			assert_int_equal(hdrcheck__buf_put(&content, data, len),
			                 0);
		if (r == HDRCHECK_ELIMIT && hdrcheck__archive_entry_limited(a))
			it->limited = 1;
		it->data = content.ptr ? content.ptr : strdup("");
		it->len = content.len;
		if (r < 0 && !it->limited) {
			rc = r;
			break;
		}
	}
	l->rc = rc;
	if (rc < 0)
		snprintf(l->message, sizeof(l->message), "%s",
		         hdrcheck_error_last());
	hdrcheck__archive_free(a);
	free(file);
}

static void list(listing *l, const char *name)
{
	list_opts(l, name, NULL);
}

static void dispose(listing *l)
{
	size_t i;

	for (i = 0; i < l->count; i++) {
		free(l->items[i].path);
		free(l->items[i].link);
		free(l->items[i].data);
	}
}

static const item *find(const listing *l, const char *path)
{
	size_t i;

	for (i = 0; i < l->count; i++)
		if (strcmp(l->items[i].path, path) == 0)
			return &l->items[i];
	return NULL;
}

static size_t prefix_of(const listing *l)
{
	const char *paths[64];
	unsigned char dirs[64];
	size_t i, len = 0;

	for (i = 0; i < l->count; i++) {
		paths[i] = l->items[i].path;
		dirs[i] = l->items[i].kind == HDRCHECK__ARCHIVE_DIR;
	}
	hdrcheck__archive_prefix(&len, paths, dirs, l->count);
	return len;
}

static void check_plain(const char *name, const char *prefix, int has_dirs)
{
	listing l;
	const item *it;
	char path[256];

	list(&l, name);
	assert_int_equal(l.rc, 0);
	snprintf(path, sizeof(path), "%ssrc/a.c", prefix);
	assert_non_null(it = find(&l, path));
	assert_int_equal(it->kind, HDRCHECK__ARCHIVE_FILE);
	assert_true(S_ISREG(it->mode));
	assert_int_equal(it->mode & 0777, 0644);
	assert_non_null(strstr(it->data, "Apache License, Version 2.0"));
	assert_non_null(strstr(it->data, "int a;\n"));
	snprintf(path, sizeof(path), "%srun.sh", prefix);
	assert_non_null(it = find(&l, path));
	assert_int_equal(it->mode & 0777, 0755);
	snprintf(path, sizeof(path), "%slink", prefix);
	assert_non_null(it = find(&l, path));
	assert_int_equal(it->kind, HDRCHECK__ARCHIVE_SYMLINK);
	assert_string_equal(it->link, "src/a.c");
	assert_int_equal(it->len, 0);
	snprintf(path, sizeof(path), "%ssrc/b.c", prefix);
	assert_non_null(it = find(&l, path));
	assert_int_equal(it->len, 7);
	assert_memory_equal(it->data, "int b;\n", 7);
	if (has_dirs) {
		snprintf(path, sizeof(path), "%ssrc", prefix);
		assert_non_null(it = find(&l, path));
		assert_int_equal(it->kind, HDRCHECK__ARCHIVE_DIR);
	}
	assert_int_equal(prefix_of(&l), strlen(prefix));
	dispose(&l);
}

static void test_archive_archive__formats(void **state)
{
	static const char *const names[] = {"plain.tar",     "plain.tar.gz",
	                                    "plain.tar.bz2", "plain.tar.xz",
	                                    "plain.zip",     "stored.zip"};
	char zst[600];
	size_t i;

	(void)state;
	for (i = 0; i < HDRCHECK__ARRAY_SIZE(names); i++)
		check_plain(names[i], "proj-1.0/",
		            strstr(names[i], ".zip") == NULL);
	snprintf(zst, sizeof(zst), "%s/plain.tar.zst", TMP);
	if (access(zst, F_OK) == 0)
		check_plain("plain.tar.zst", "proj-1.0/", 1);
}

static void test_archive_archive__prefix(void **state)
{
	static const char *const a[] = {"p", "p/x", "p/y/z"};
	static const unsigned char ad[] = {1, 0, 0};
	static const char *const b[] = {"p", "p/x"};
	static const unsigned char bd[] = {0, 0};
	static const char *const c[] = {"p"};
	static const unsigned char cd[] = {1};
	static const char *const d[] = {"p/x", "pq/y"};
	static const unsigned char dd[] = {0, 0};
	size_t len = 9;

	(void)state;
	check_plain("noprefix.tar.gz", "", 1);
	check_plain("nodirs.tar", "proj-1.0/", 0);
	check_plain("dotslash.tar", "", 1);
	assert_int_equal(hdrcheck__archive_prefix(&len, a, ad, 3), 1);
	assert_int_equal(len, 2);
	/* "p" a file beside "p/x": no single directory */
	assert_int_equal(hdrcheck__archive_prefix(&len, b, bd, 2), 0);
	assert_int_equal(len, 0);
	/* a lone directory holds nothing to strip */
	assert_int_equal(hdrcheck__archive_prefix(&len, c, cd, 1), 0);
	assert_int_equal(hdrcheck__archive_prefix(&len, d, dd, 2), 0);
	assert_int_equal(hdrcheck__archive_prefix(&len, NULL, NULL, 0), 0);
	{
		listing l;

		list(&l, "twotop.tar");
		assert_int_equal(l.rc, 0);
		assert_int_equal(prefix_of(&l), 0);
		dispose(&l);
	}
}

static void test_archive_archive__unsafe_paths(void **state)
{
	listing l;
	const item *it;

	(void)state;
	list(&l, "dotdot.tar");
	assert_int_equal(l.rc, 0);
	assert_int_equal(l.count, 3);
	assert_non_null(it = find(&l, "proj/ok.c"));
	assert_int_equal(it->unsafe, HDRCHECK__ARCHIVE_SAFE);
	assert_non_null(it = find(&l, "proj/../../etc/evil.c"));
	assert_int_equal(it->unsafe, HDRCHECK__ARCHIVE_DOTDOT);
	assert_non_null(it = find(&l, "proj/a/../b.c"));
	assert_int_equal(it->unsafe, HDRCHECK__ARCHIVE_DOTDOT);
	dispose(&l);

	list(&l, "absolute.tar");
	assert_int_equal(l.rc, 0);
	assert_non_null(it = find(&l, "/etc/evil.c"));
	assert_int_equal(it->unsafe, HDRCHECK__ARCHIVE_ABSOLUTE);
	dispose(&l);

	list(&l, "hostile.zip");
	assert_int_equal(l.rc, 0);
	assert_non_null(it = find(&l, "../evil.c"));
	assert_int_equal(it->unsafe, HDRCHECK__ARCHIVE_DOTDOT);
	assert_non_null(it = find(&l, "/abs.c"));
	assert_int_equal(it->unsafe, HDRCHECK__ARCHIVE_ABSOLUTE);
	/* both copies of ok.c are handed out: the caller finds the
	 * duplicate */
	assert_int_equal(l.count, 4);
	dispose(&l);
}

static void test_archive_archive__links_and_devices(void **state)
{
	listing l;
	const item *it;

	(void)state;
	list(&l, "symlinks.tar");
	assert_int_equal(l.rc, 0);
	assert_non_null(it = find(&l, "proj/passwd"));
	assert_int_equal(it->kind, HDRCHECK__ARCHIVE_SYMLINK);
	assert_string_equal(it->link, "/etc/passwd");
	assert_int_equal(it->len, 0);
	assert_non_null(it = find(&l, "proj/up"));
	assert_string_equal(it->link, "../../../x");
	assert_non_null(it = find(&l, "proj/self"));
	assert_string_equal(it->link, "self");
	dispose(&l);

	list(&l, "devices.tar");
	assert_int_equal(l.rc, 0);
	assert_int_equal(l.count, 5);
	assert_int_equal(find(&l, "proj/null")->kind, HDRCHECK__ARCHIVE_OTHER);
	assert_int_equal(find(&l, "proj/disk")->kind, HDRCHECK__ARCHIVE_OTHER);
	assert_int_equal(find(&l, "proj/fifo")->kind, HDRCHECK__ARCHIVE_OTHER);
	assert_non_null(it = find(&l, "proj/hard.c"));
	assert_int_equal(it->kind, HDRCHECK__ARCHIVE_HARDLINK);
	assert_string_equal(it->link, "proj/ok.c");
	dispose(&l);

	list(&l, "duplicate.tar");
	assert_int_equal(l.rc, 0);
	assert_int_equal(l.count, 3);
	assert_string_equal(l.items[0].path, "proj/a.c");
	assert_string_equal(l.items[1].path, "proj/a.c");
	assert_string_equal(l.items[1].data, "int evil;\n");
	dispose(&l);
}

static void test_archive_archive__broken(void **state)
{
	static const char *const names[] = {
	    "truncated.tar.gz", "corrupt.tar.gz", "truncated.tar",
	    "notarchive.txt",   "empty.tar.gz",   "no-such-file.tar"};
	char want[600];
	listing l;
	size_t i;

	(void)state;
	for (i = 0; i < HDRCHECK__ARRAY_SIZE(names); i++) {
		list(&l, names[i]);
		if (l.rc != HDRCHECK_EIO)
			fail_msg("%s: rc %d", names[i], l.rc);
		/* one line, naming the file */
		snprintf(want, sizeof(want), "%s/%s: ", TMP, names[i]);
		assert_memory_equal(l.message, want, strlen(want));
		assert_null(strchr(l.message, '\n'));
		dispose(&l);
	}
}

static void test_archive_archive__limits(void **state)
{
	hdrcheck__archive_options opts = HDRCHECK__ARCHIVE_OPTIONS_INIT;
	listing l;

	(void)state;
	/* 8 MiB of zeros in 8 KiB: a bomb past a 1 MiB floor */
	opts.ratio_floor = 1 << 20;
	list_opts(&l, "zeros.tar.gz", &opts);
	assert_int_equal(l.rc, HDRCHECK_ELIMIT);
	assert_non_null(strstr(l.message, "decompression bomb"));
	dispose(&l);

	/* the defaults let it through */
	list(&l, "zeros.tar.gz");
	assert_int_equal(l.rc, 0);
	assert_int_equal(l.items[1].len, 8 << 20);
	dispose(&l);

	/* an entry over entry_max: the entry stops, the archive goes on */
	opts = (hdrcheck__archive_options)HDRCHECK__ARCHIVE_OPTIONS_INIT;
	opts.entry_max = 1 << 20;
	list_opts(&l, "zeros.tar.gz", &opts);
	assert_int_equal(l.rc, 0);
	assert_true(l.items[1].limited);
	dispose(&l);

	/* the total */
	opts = (hdrcheck__archive_options)HDRCHECK__ARCHIVE_OPTIONS_INIT;
	opts.total_max = 4 << 20;
	list_opts(&l, "zeros.tar.gz", &opts);
	assert_int_equal(l.rc, HDRCHECK_ELIMIT);
	assert_non_null(strstr(l.message, "limit"));
	dispose(&l);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_archive_archive__formats),
	    cmocka_unit_test(test_archive_archive__prefix),
	    cmocka_unit_test(test_archive_archive__unsafe_paths),
	    cmocka_unit_test(test_archive_archive__links_and_devices),
	    cmocka_unit_test(test_archive_archive__broken),
	    cmocka_unit_test(test_archive_archive__limits),
	};

	return cmocka_run_group_tests(tests, setup, NULL);
}
