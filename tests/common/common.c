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
 * Unit tests of the common module: buffers, vectors, UTF-8, paths, globs,
 * report finishing, status names and the error table.
 */

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "common.h"
#include "hdrcheck/errors.h"
#include "hdrcheck/report.h"

/* ------------------------------------------------------------------ */
/* buf */

static void test_common_buf__empty_init(void **state)
{
	hdrcheck_buf buf = HDRCHECK_BUF_INIT;

	(void)state;
	assert_null(buf.ptr);
	assert_int_equal(buf.len, 0);
	assert_int_equal(buf.cap, 0);
	assert_int_equal(buf.limit, 0);
	hdrcheck__buf_dispose(&buf);
	assert_null(buf.ptr);
}

static void test_common_buf__put_and_growth(void **state)
{
	hdrcheck_buf buf = HDRCHECK_BUF_INIT;
	size_t i, last_cap = 0, grows = 0;

	(void)state;
	for (i = 0; i < 10000; i++) {
		char c = (char)('a' + (i % 26));

		assert_int_equal(hdrcheck__buf_put(&buf, &c, 1), 0);
		/* room for the terminating NUL at all times */
		assert_true(buf.cap >= buf.len + 1);
		assert_int_equal(buf.ptr[buf.len], '\0');
		if (buf.cap != last_cap) {
			grows++;
			last_cap = buf.cap;
		}
	}
	assert_int_equal(buf.len, 10000);
	/* geometric growth: a handful of reallocations, not 10000 */
	assert_true(grows < 20);
	for (i = 0; i < 10000; i++)
		assert_int_equal(buf.ptr[i], (char)('a' + (i % 26)));
	hdrcheck__buf_dispose(&buf);
	assert_null(buf.ptr);
	assert_int_equal(buf.len, 0);
	assert_int_equal(buf.cap, 0);
}

/* Appending a part of the buffer to itself, across a reallocation: the
 * index reader builds a directory's path from its parent's this way, and
 * read the old block after realloc freed it (found under TSan, issue 7). */
static void test_common_buf__put_from_itself(void **state)
{
	hdrcheck_buf buf = HDRCHECK_BUF_INIT;
	size_t i;

	(void)state;
	assert_int_equal(hdrcheck__buf_puts(&buf, "dir"), 0);
	for (i = 0; i < 12; i++) {
		size_t len = buf.len;

		/* each append doubles the text and outgrows the capacity */
		assert_int_equal(hdrcheck__buf_put(&buf, buf.ptr, len), 0);
		assert_int_equal(buf.len, 2 * len);
		assert_memory_equal(buf.ptr, buf.ptr + len, len);
	}
	/* a part from the middle, too */
	assert_int_equal(hdrcheck__buf_put(&buf, buf.ptr + 3, 6), 0);
	assert_memory_equal(buf.ptr + buf.len - 6, "dirdir", 6);
	assert_int_equal(buf.len, 3 * 4096 + 6);
	hdrcheck__buf_dispose(&buf);
}

static void test_common_buf__puts_and_embedded_nul(void **state)
{
	hdrcheck_buf buf = HDRCHECK_BUF_INIT;

	(void)state;
	assert_int_equal(hdrcheck__buf_puts(&buf, "abc"), 0);
	assert_int_equal(hdrcheck__buf_put(&buf, "d\0e", 3), 0);
	assert_int_equal(buf.len, 6);
	assert_memory_equal(buf.ptr, "abcd\0e", 6);
	assert_int_equal(buf.ptr[6], '\0');
	/* an empty put of NULL data is fine */
	assert_int_equal(hdrcheck__buf_put(&buf, NULL, 0), 0);
	assert_int_equal(buf.len, 6);
	hdrcheck__buf_dispose(&buf);
}

static void test_common_buf__limit_exact_fit(void **state)
{
	hdrcheck_buf buf = HDRCHECK_BUF_INIT;

	(void)state;
	buf.limit = 16;
	assert_int_equal(hdrcheck__buf_put(&buf, "0123456789", 10), 0);
	assert_int_equal(hdrcheck__buf_put(&buf, "abcdef", 6), 0);
	assert_int_equal(buf.len, 16);
	assert_string_equal(hdrcheck__buf_cstr(&buf), "0123456789abcdef");
	hdrcheck__buf_dispose(&buf);
}

static void test_common_buf__limit_exceeded(void **state)
{
	hdrcheck_buf buf = HDRCHECK_BUF_INIT;

	(void)state;
	buf.limit = 16;
	assert_int_equal(hdrcheck__buf_put(&buf, "0123456789", 10), 0);
	hdrcheck__error_clear();
	assert_int_equal(hdrcheck__buf_put(&buf, "abcdefg", 7),
	                 HDRCHECK_ELIMIT);
	/* the failed put leaves the data as it was */
	assert_int_equal(buf.len, 10);
	assert_string_equal(hdrcheck__buf_cstr(&buf), "0123456789");
	assert_non_null(strstr(hdrcheck_error_last(), "limit"));

	/* a single put larger than the limit */
	assert_int_equal(hdrcheck__buf_put(&buf, "0123456789abcdefXYZ", 19),
	                 HDRCHECK_ELIMIT);
	assert_int_equal(buf.len, 10);

	/* filling to the limit still works, one byte more does not */
	assert_int_equal(hdrcheck__buf_put(&buf, "abcdef", 6), 0);
	assert_int_equal(hdrcheck__buf_puts(&buf, "!"), HDRCHECK_ELIMIT);
	assert_int_equal(hdrcheck__buf_grow(&buf, 1), HDRCHECK_ELIMIT);
	assert_int_equal(hdrcheck__buf_grow(&buf, SIZE_MAX), HDRCHECK_ELIMIT);
	assert_int_equal(buf.len, 16);
	assert_string_equal(hdrcheck__buf_cstr(&buf), "0123456789abcdef");
	hdrcheck__buf_dispose(&buf);
}

static void test_common_buf__default_limit_huge_grow(void **state)
{
	hdrcheck_buf buf = HDRCHECK_BUF_INIT;

	(void)state;
	assert_int_equal(hdrcheck__buf_puts(&buf, "x"), 0);
	/* past the default 1 GiB cap: refused without allocating */
	assert_int_equal(hdrcheck__buf_grow(&buf, (size_t)1 << 31),
	                 HDRCHECK_ELIMIT);
	assert_int_equal(hdrcheck__buf_grow(&buf, SIZE_MAX - 1),
	                 HDRCHECK_ELIMIT);
	assert_string_equal(hdrcheck__buf_cstr(&buf), "x");
	hdrcheck__buf_dispose(&buf);
}

static void test_common_buf__printf(void **state)
{
	hdrcheck_buf buf = HDRCHECK_BUF_INIT;
	char big[301];

	(void)state;
	assert_int_equal(hdrcheck__buf_printf(&buf, "%d-%s", 42, "x"), 0);
	assert_int_equal(buf.len, 4);
	assert_string_equal(buf.ptr, "42-x");
	assert_int_equal(hdrcheck__buf_printf(&buf, "%s", ""), 0);
	assert_int_equal(buf.len, 4);
	assert_int_equal(hdrcheck__buf_printf(&buf, "[%zu]", (size_t)7), 0);
	assert_string_equal(hdrcheck__buf_cstr(&buf), "42-x[7]");

	/* growth across the initial capacity */
	memset(big, 'z', 300);
	big[300] = '\0';
	assert_int_equal(hdrcheck__buf_printf(&buf, "%s|%s", big, big), 0);
	assert_int_equal(buf.len, 7 + 601);
	assert_int_equal(buf.ptr[7 + 300], '|');
	assert_int_equal(buf.ptr[buf.len], '\0');
	hdrcheck__buf_dispose(&buf);
}

static void test_common_buf__printf_limit(void **state)
{
	hdrcheck_buf buf = HDRCHECK_BUF_INIT;

	(void)state;
	buf.limit = 8;
	assert_int_equal(hdrcheck__buf_printf(&buf, "%s", "abcd"), 0);
	assert_int_equal(hdrcheck__buf_printf(&buf, "%d", 123456),
	                 HDRCHECK_ELIMIT);
	assert_int_equal(buf.len, 4);
	assert_string_equal(hdrcheck__buf_cstr(&buf), "abcd");
	assert_int_equal(hdrcheck__buf_printf(&buf, "%d", 1234), 0);
	assert_string_equal(hdrcheck__buf_cstr(&buf), "abcd1234");
	hdrcheck__buf_dispose(&buf);
}

static void test_common_buf__printf_on_empty(void **state)
{
	hdrcheck_buf buf = HDRCHECK_BUF_INIT;

	(void)state;
	assert_int_equal(hdrcheck__buf_printf(&buf, "%s", ""), 0);
	assert_non_null(buf.ptr);
	assert_int_equal(buf.len, 0);
	assert_string_equal(buf.ptr, "");
	hdrcheck__buf_dispose(&buf);
}

static void test_common_buf__cstr(void **state)
{
	hdrcheck_buf buf = HDRCHECK_BUF_INIT;
	const char *s;

	(void)state;
	/* an empty, never-grown buffer still gives a usable string */
	s = hdrcheck__buf_cstr(&buf);
	assert_non_null(s);
	assert_string_equal(s, "");
	assert_int_equal(buf.len, 0);

	assert_int_equal(hdrcheck__buf_puts(&buf, "hello"), 0);
	/* the terminator is not counted */
	buf.ptr[5] = 'X';
	s = hdrcheck__buf_cstr(&buf);
	assert_ptr_equal(s, buf.ptr);
	assert_string_equal(s, "hello");
	assert_int_equal(buf.len, 5);

	/* cstr after shrinking len by hand re-terminates */
	buf.len = 2;
	assert_string_equal(hdrcheck__buf_cstr(&buf), "he");
	hdrcheck__buf_dispose(&buf);
}

static void test_common_buf__clear_keeps_capacity(void **state)
{
	hdrcheck_buf buf = HDRCHECK_BUF_INIT;
	size_t cap;

	(void)state;
	hdrcheck__buf_clear(&buf); /* on an empty buffer: no crash */
	assert_int_equal(hdrcheck__buf_puts(&buf, "some text"), 0);
	cap = buf.cap;
	hdrcheck__buf_clear(&buf);
	assert_int_equal(buf.len, 0);
	assert_int_equal(buf.cap, cap);
	assert_string_equal(hdrcheck__buf_cstr(&buf), "");
	assert_int_equal(hdrcheck__buf_puts(&buf, "again"), 0);
	assert_string_equal(hdrcheck__buf_cstr(&buf), "again");
	hdrcheck__buf_dispose(&buf);
	hdrcheck__buf_dispose(&buf); /* twice is harmless */
}

/* ------------------------------------------------------------------ */
/* vector */

static void test_common_vector__push(void **state)
{
	hdrcheck_vector v = HDRCHECK_VECTOR_INIT;
	static int items[1000];
	size_t i;

	(void)state;
	for (i = 0; i < 1000; i++)
		assert_int_equal(hdrcheck__vector_push(&v, &items[i]), 0);
	assert_int_equal(v.len, 1000);
	assert_true(v.cap >= 1000);
	for (i = 0; i < 1000; i++)
		assert_ptr_equal(v.items[i], &items[i]);
	hdrcheck__vector_dispose(&v);
	assert_null(v.items);
	assert_int_equal(v.len, 0);
	assert_int_equal(v.cap, 0);
}

static void test_common_vector__null_items_and_reuse(void **state)
{
	hdrcheck_vector v = HDRCHECK_VECTOR_INIT;

	(void)state;
	hdrcheck__vector_dispose(&v); /* empty: no-op */
	assert_int_equal(hdrcheck__vector_push(&v, NULL), 0);
	assert_int_equal(hdrcheck__vector_push(&v, &v), 0);
	assert_int_equal(v.len, 2);
	assert_null(v.items[0]);
	assert_ptr_equal(v.items[1], &v);
	hdrcheck__vector_dispose(&v);
	assert_int_equal(hdrcheck__vector_push(&v, &v), 0);
	assert_int_equal(v.len, 1);
	hdrcheck__vector_dispose(&v);
}

/* ------------------------------------------------------------------ */
/* utf8 */

/* The sequence is copied to an exact-size buffer so ASan sees overreads. */
static size_t utf8_len(const char *s, size_t len)
{
	unsigned char *copy = malloc(len ? len : 1);
	size_t n;

	assert_non_null(copy);
	memcpy(copy, s, len);
	n = hdrcheck__utf8_valid_len(copy, len);
	free(copy);
	return n;
}

static int utf8_ok(const char *s, size_t len)
{
	char *copy = malloc(len ? len : 1);
	int ok;

	assert_non_null(copy);
	memcpy(copy, s, len);
	ok = hdrcheck__utf8_is_valid(copy, len);
	free(copy);
	return ok;
}

#define UTF8_LEN(lit) utf8_len((lit), sizeof(lit) - 1)
#define UTF8_OK(lit)  utf8_ok((lit), sizeof(lit) - 1)

static void test_common_utf8__ascii(void **state)
{
	(void)state;
	assert_int_equal(UTF8_LEN("a"), 1);
	assert_int_equal(UTF8_LEN("\x7f"), 1);
	assert_int_equal(utf8_len("\0", 1), 1);
	assert_int_equal(utf8_len("", 0), 0);
}

static void test_common_utf8__valid_multibyte(void **state)
{
	(void)state;
	assert_int_equal(UTF8_LEN("\xc2\x80"), 2);         /* U+0080 */
	assert_int_equal(UTF8_LEN("\xc3\xa9"), 2);         /* é */
	assert_int_equal(UTF8_LEN("\xdf\xbf"), 2);         /* U+07FF */
	assert_int_equal(UTF8_LEN("\xe0\xa0\x80"), 3);     /* U+0800 */
	assert_int_equal(UTF8_LEN("\xe2\x82\xac"), 3);     /* € */
	assert_int_equal(UTF8_LEN("\xed\x9f\xbf"), 3);     /* U+D7FF */
	assert_int_equal(UTF8_LEN("\xee\x80\x80"), 3);     /* U+E000 */
	assert_int_equal(UTF8_LEN("\xef\xbf\xbf"), 3);     /* U+FFFF */
	assert_int_equal(UTF8_LEN("\xf0\x90\x80\x80"), 4); /* U+10000 */
	assert_int_equal(UTF8_LEN("\xf0\x9f\x98\x80"), 4); /* 😀 */
	assert_int_equal(UTF8_LEN("\xf4\x8f\xbf\xbf"), 4); /* U+10FFFF */
	/* only the first sequence is measured */
	assert_int_equal(UTF8_LEN("\xc3\xa9zz"), 2);
}

static void test_common_utf8__overlong(void **state)
{
	(void)state;
	assert_int_equal(UTF8_LEN("\xc0\x80"), 0);
	assert_int_equal(UTF8_LEN("\xc0\xaf"), 0);
	assert_int_equal(UTF8_LEN("\xc1\xbf"), 0);
	assert_int_equal(UTF8_LEN("\xe0\x80\x80"), 0);
	assert_int_equal(UTF8_LEN("\xe0\x80\xaf"), 0);
	assert_int_equal(UTF8_LEN("\xe0\x9f\xbf"), 0);
	assert_int_equal(UTF8_LEN("\xf0\x80\x80\x80"), 0);
	assert_int_equal(UTF8_LEN("\xf0\x8f\xbf\xbf"), 0);
}

static void test_common_utf8__surrogates(void **state)
{
	(void)state;
	assert_int_equal(UTF8_LEN("\xed\xa0\x80"), 0); /* U+D800 */
	assert_int_equal(UTF8_LEN("\xed\xad\xbf"), 0); /* U+DB7F */
	assert_int_equal(UTF8_LEN("\xed\xb0\x80"), 0); /* U+DC00 */
	assert_int_equal(UTF8_LEN("\xed\xbf\xbf"), 0); /* U+DFFF */
	/* a CESU-8 pair is two surrogates */
	assert_false(UTF8_OK("\xed\xa0\xbd\xed\xb8\x80"));
}

static void test_common_utf8__truncated(void **state)
{
	(void)state;
	assert_int_equal(UTF8_LEN("\xc3"), 0);
	assert_int_equal(UTF8_LEN("\xe2\x82"), 0);
	assert_int_equal(UTF8_LEN("\xe2"), 0);
	assert_int_equal(UTF8_LEN("\xf0\x9f\x98"), 0);
	assert_int_equal(UTF8_LEN("\xf0\x9f"), 0);
	assert_int_equal(UTF8_LEN("\xf0"), 0);
	/* a sequence interrupted by a non-continuation byte */
	assert_int_equal(UTF8_LEN("\xc3\x41"), 0);
	assert_int_equal(UTF8_LEN("\xe2\x82\x41"), 0);
	assert_int_equal(UTF8_LEN("\xf0\x9f\x98\xc3"), 0);
	/* a valid sequence measured with a short length */
	assert_int_equal(utf8_len("\xe2\x82\xac", 2), 0);
}

static void test_common_utf8__beyond_max(void **state)
{
	(void)state;
	assert_int_equal(UTF8_LEN("\xf4\x90\x80\x80"), 0); /* U+110000 */
	assert_int_equal(UTF8_LEN("\xf4\xbf\xbf\xbf"), 0);
	assert_int_equal(UTF8_LEN("\xf5\x80\x80\x80"), 0);
	assert_int_equal(UTF8_LEN("\xf7\xbf\xbf\xbf"), 0);
	assert_int_equal(UTF8_LEN("\xf8\x88\x80\x80\x80"), 0);
	assert_int_equal(UTF8_LEN("\xfc\x84\x80\x80\x80\x80"), 0);
	assert_int_equal(UTF8_LEN("\xfe"), 0);
	assert_int_equal(UTF8_LEN("\xff"), 0);
}

static void test_common_utf8__lone_continuation(void **state)
{
	(void)state;
	assert_int_equal(UTF8_LEN("\x80"), 0);
	assert_int_equal(UTF8_LEN("\xbf"), 0);
	assert_false(UTF8_OK("abc\x80"));
}

static void test_common_utf8__is_valid(void **state)
{
	(void)state;
	assert_true(utf8_ok("", 0));
	assert_true(UTF8_OK("plain ascii"));
	assert_true(UTF8_OK("caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80 end"));
	assert_true(UTF8_OK("\xf4\x8f\xbf\xbf"));
	assert_true(utf8_ok("a\0b", 3));
	assert_false(UTF8_OK("caf\xc3"));           /* truncated at the end */
	assert_false(UTF8_OK("ab\xe2\x82"));        /* truncated at the end */
	assert_false(UTF8_OK("x\xc0\x80y"));        /* overlong NUL */
	assert_false(UTF8_OK("x\xed\xa0\x80y"));    /* surrogate */
	assert_false(UTF8_OK("x\xf4\x90\x80\x80")); /* > U+10FFFF */
	assert_false(UTF8_OK("\xff\xfe"));
	assert_false(UTF8_OK("latin1 caf\xe9"));
}

/* ------------------------------------------------------------------ */
/* path */

/* Normalise a copy of in; returns the result code and the text in out. */
static int normalize(const char *in, char *out, size_t outsz)
{
	size_t n = strlen(in);

	assert_true(n < outsz);
	memcpy(out, in, n + 1);
	return hdrcheck__path_normalize(out);
}

#define assert_normalized(in, expected)                                        \
	do {                                                                   \
		char b_[256];                                                  \
		assert_int_equal(normalize((in), b_, sizeof(b_)), 0);          \
		assert_string_equal(b_, (expected));                           \
	} while (0)

static void test_common_path__normalize_dots(void **state)
{
	(void)state;
	assert_normalized("a/./b/../c", "a/c");
	assert_normalized("a/b/c/../../d", "a/d");
	assert_normalized("./a", "a");
	assert_normalized("a/.", "a");
	assert_normalized("a/b/..", "a");
	assert_normalized("a/..", "");
	assert_normalized(".", "");
	assert_normalized("", "");
	assert_normalized("a", "a");
	assert_normalized("/a/./b/../c", "/a/c");
	/* names that only look like dots are ordinary */
	assert_normalized("a/.../b", "a/.../b");
	assert_normalized(".hidden/./x", ".hidden/x");
	assert_normalized("a/..b/c", "a/..b/c");
	assert_normalized("a./b", "a./b");
}

static void test_common_path__normalize_root(void **state)
{
	(void)state;
	assert_normalized("/", "/");
	assert_normalized("/..", "/");
	assert_normalized("/../a", "/a");
	assert_normalized("/a/..", "/");
	assert_normalized("/a/b/../../..", "/");
	assert_normalized("/../../x/y", "/x/y");
}

static void test_common_path__normalize_slashes(void **state)
{
	(void)state;
	assert_normalized("a/b/", "a/b");
	assert_normalized("a/b///", "a/b");
	assert_normalized("a//b", "a/b");
	assert_normalized("//", "/");
	assert_normalized("///", "/");
	assert_normalized("//a//b//", "/a/b");
	assert_normalized("./", "");
	assert_normalized("a/./", "a");
}

static void test_common_path__normalize_climb_error(void **state)
{
	char b[64];

	(void)state;
	hdrcheck__error_clear();
	assert_int_equal(normalize("../x", b, sizeof(b)), HDRCHECK_EINVAL);
	assert_true(hdrcheck_error_last()[0] != '\0');
	assert_int_equal(normalize("..", b, sizeof(b)), HDRCHECK_EINVAL);
	assert_int_equal(normalize("a/../..", b, sizeof(b)), HDRCHECK_EINVAL);
	assert_int_equal(normalize("a/../../x", b, sizeof(b)), HDRCHECK_EINVAL);
	assert_int_equal(normalize("./../x", b, sizeof(b)), HDRCHECK_EINVAL);
}

static void test_common_path__join(void **state)
{
	char *p;

	(void)state;
	assert_non_null(p = hdrcheck__path_join("a", "b"));
	assert_string_equal(p, "a/b");
	free(p);
	assert_non_null(p = hdrcheck__path_join("a/", "b"));
	assert_string_equal(p, "a/b");
	free(p);
	assert_non_null(p = hdrcheck__path_join("/", "x"));
	assert_string_equal(p, "/x");
	free(p);
	assert_non_null(p = hdrcheck__path_join("", "b/c"));
	assert_string_equal(p, "b/c");
	free(p);
	assert_non_null(p = hdrcheck__path_join("a/b", ""));
	assert_string_equal(p, "a/b");
	free(p);
	assert_non_null(p = hdrcheck__path_join("", ""));
	assert_string_equal(p, "");
	free(p);
	assert_non_null(p = hdrcheck__path_join("/root/dir", "sub/file.c"));
	assert_string_equal(p, "/root/dir/sub/file.c");
	free(p);
}

static void test_common_path__basename(void **state)
{
	const char *p = "a/b/c.txt";

	(void)state;
	assert_ptr_equal(hdrcheck__path_basename(p), p + 4);
	assert_string_equal(hdrcheck__path_basename("c.txt"), "c.txt");
	assert_string_equal(hdrcheck__path_basename("/x"), "x");
	assert_string_equal(hdrcheck__path_basename("dir/"), "");
	assert_string_equal(hdrcheck__path_basename(""), "");
	assert_string_equal(hdrcheck__path_basename(".github/CODEOWNERS"),
	                    "CODEOWNERS");
}

static void test_common_path__under(void **state)
{
	(void)state;
	assert_true(hdrcheck__path_under("src", "src"));
	assert_true(hdrcheck__path_under("src/x.c", "src"));
	assert_true(hdrcheck__path_under("src/a/b/x.c", "src"));
	assert_true(hdrcheck__path_under("src/a/b/x.c", "src/a"));
	assert_true(hdrcheck__path_under("src/x.c", "src/"));
	assert_false(hdrcheck__path_under("src2/x", "src"));
	assert_false(hdrcheck__path_under("src2", "src"));
	assert_false(hdrcheck__path_under("srcx/y", "src/"));
	assert_false(hdrcheck__path_under("sr", "src"));
	assert_false(hdrcheck__path_under("lib/src/x", "src"));
	assert_false(hdrcheck__path_under("src/ab", "src/a"));
	/* the empty prefix is the root: everything lies under it */
	assert_true(hdrcheck__path_under("anything/at/all", ""));
	assert_true(hdrcheck__path_under("", ""));
}

/* ------------------------------------------------------------------ */
/* glob */

#define assert_glob(pat, path) assert_true(hdrcheck__glob_match((pat), (path)))
#define assert_no_glob(pat, path)                                              \
	assert_false(hdrcheck__glob_match((pat), (path)))

static void test_common_glob__extension(void **state)
{
	(void)state;
	assert_glob("*.c", "a.c");
	assert_glob("*.c", "src/a.c");
	assert_glob("*.c", "src/deep/er/main.c");
	assert_glob("*.c", ".c");
	assert_no_glob("*.c", "a.h");
	assert_no_glob("*.c", "a.cc");
	assert_no_glob("*.c", "a.c.orig");
	assert_no_glob("*.c", "ac");
}

static void test_common_glob__star_does_not_cross_slash(void **state)
{
	(void)state;
	assert_glob("src/*.c", "src/a.c");
	assert_no_glob("src/*.c", "src/a/b.c");
	assert_no_glob("src/*.c", "other/src/a.c");
	assert_no_glob("a*b", "a/b");
	assert_no_glob("a*b.c", "a/x/b.c");
	assert_glob("src/*", "src/a");
	assert_glob("*", "anything");
	assert_glob("*", "a/b");
}

static void test_common_glob__double_star_suffix(void **state)
{
	(void)state;
	assert_glob("vendor/**", "vendor/a");
	assert_glob("vendor/**", "vendor/a/b/c.go");
	assert_no_glob("vendor/**", "vendor");
	assert_no_glob("vendor/**", "src/vendor/a");
	assert_no_glob("vendor/**", "vendorx/a");
	assert_no_glob("vendor/**", "xvendor/a");
}

static void test_common_glob__double_star_prefix(void **state)
{
	(void)state;
	assert_glob("**/gen/*.py", "gen/a.py");
	assert_glob("**/gen/*.py", "x/gen/a.py");
	assert_glob("**/gen/*.py", "x/y/z/gen/a.py");
	assert_no_glob("**/gen/*.py", "gen/sub/a.py");
	assert_no_glob("**/gen/*.py", "xgen/a.py");
	assert_no_glob("**/gen/*.py", "x/gen/a.pyc");
	assert_no_glob("**/gen/*.py", "x/gen/a.c");
	assert_glob("**/foo", "foo");
	assert_glob("**/foo", "a/b/foo");
}

static void test_common_glob__double_star_middle(void **state)
{
	(void)state;
	assert_glob("a/**/b", "a/b");
	assert_glob("a/**/b", "a/x/b");
	assert_glob("a/**/b", "a/x/y/b");
	assert_no_glob("a/**/b", "a/xb");
	assert_no_glob("a/**/b", "x/a/b");
}

static void test_common_glob__double_star_not_alone(void **state)
{
	(void)state;
	/* gitignore: "**" not delimited by slashes is an ordinary "*" and
	 * does not cross a '/' */
	assert_glob("src/a**/x.c", "src/ab/x.c");
	assert_no_glob("src/a**/x.c", "src/ab/c/x.c");
}

static void test_common_glob__anchored(void **state)
{
	(void)state;
	assert_glob("/root-only", "root-only");
	assert_no_glob("/root-only", "sub/root-only");
	assert_no_glob("/root-only", "root-only2");
	/* a directory of that name hides everything in it */
	assert_glob("/root-only", "root-only/x");
	assert_glob("doc/*.md", "doc/a.md");
	assert_no_glob("doc/*.md", "x/doc/a.md");
	assert_glob("/build/", "build/x");
	assert_no_glob("/build/", "build");
	assert_no_glob("/build/", "a/build/x");
}

static void test_common_glob__dir_only(void **state)
{
	(void)state;
	assert_glob("dir/", "dir/x");
	assert_glob("dir/", "dir/a/b");
	assert_glob("dir/", "a/dir/x");
	assert_no_glob("dir/", "dir");
	assert_no_glob("dir/", "a/dir");
	assert_no_glob("dir/", "dirx/y");
	assert_no_glob("dir/", "xdir/y");
	/* without the slash a file of that name matches too */
	assert_glob("dir", "dir");
	assert_glob("dir", "a/dir");
	assert_glob("dir", "dir/x");
}

static void test_common_glob__class(void **state)
{
	(void)state;
	assert_glob("[a-c]x", "ax");
	assert_glob("[a-c]x", "bx");
	assert_glob("[a-c]x", "cx");
	assert_glob("[a-c]x", "sub/bx");
	assert_no_glob("[a-c]x", "dx");
	assert_no_glob("[a-c]x", "Ax");
	assert_no_glob("[a-c]x", "abx");
	assert_no_glob("[a-c]x", "x");
	assert_glob("[abc].txt", "b.txt");
	assert_glob("v[0-9][0-9]", "v42");
	assert_no_glob("v[0-9][0-9]", "v4a");
	/* a leading ']' is a member */
	assert_glob("[]a]", "]");
	assert_glob("[]a]", "a");
	assert_no_glob("[]a]", "b");
	/* '-' at the end is literal */
	assert_glob("[a-]", "-");
	/* an unterminated class is a literal '[' */
	assert_glob("[ab", "[ab");
	assert_no_glob("[ab", "a");
	/* a class never matches '/' */
	assert_no_glob("a[/]b", "a/b");
	assert_no_glob("a[!x]b", "a/b");
}

static void test_common_glob__negated_class(void **state)
{
	(void)state;
	assert_glob("[!a]x", "bx");
	assert_no_glob("[!a]x", "ax");
	assert_glob("[^a]x", "bx");
	assert_no_glob("[^a]x", "ax");
	assert_glob("[!a-c]x", "dx");
	assert_no_glob("[!a-c]x", "bx");
	assert_no_glob("[!a]x", "x");
}

static void test_common_glob__question_mark(void **state)
{
	(void)state;
	assert_glob("a?c", "abc");
	assert_glob("a?c", "a.c");
	assert_glob("a?c", "dir/axc");
	assert_no_glob("a?c", "ac");
	assert_no_glob("a?c", "abbc");
	assert_no_glob("a?c", "a/c");
	assert_no_glob("src/a?c", "src/a/c");
	assert_glob("???", "abc");
	assert_no_glob("???", "ab");
}

static void test_common_glob__escapes(void **state)
{
	(void)state;
	assert_glob("\\*.c", "*.c");
	assert_no_glob("\\*.c", "a.c");
	assert_glob("a\\?", "a?");
	assert_no_glob("a\\?", "ab");
	assert_glob("\\[x\\]", "[x]");
	assert_no_glob("\\[x\\]", "x");
	assert_glob("\\#notes", "#notes");
	assert_glob("a\\\\b", "a\\b");
}

static void test_common_glob__edge_cases(void **state)
{
	char longpat[5000];

	(void)state;
	assert_no_glob("", "a");
	assert_no_glob("", "");
	assert_glob("a", "a");
	assert_no_glob("a", "b");
	assert_no_glob("abc", "ab");
	assert_no_glob("ab", "abc");
	assert_glob("**", "a/b/c");
	/* an over-long pattern is refused, not overflowed */
	memset(longpat, 'a', sizeof(longpat) - 1);
	longpat[sizeof(longpat) - 1] = '\0';
	assert_no_glob(longpat, "a");
	assert_no_glob("a", longpat);
	assert_no_glob("/a", longpat);
}

/* Patterns come from the scanned repository's configuration: many '*'
 * against a long name must not backtrack exponentially (issue 7: this
 * first one took minutes). */
static void test_common_glob__no_exponential_backtracking(void **state)
{
	char name[256], deep[512], pat[256];
	size_t i;

	(void)state;
	memset(name, 'a', 200);
	memcpy(name + 200, ".c", 3);
	for (i = 0; i < 250; i++)
		memcpy(deep + 2 * i, "a/", 2);
	memcpy(deep + 500, "b", 2);
	assert_no_glob("*a*a*a*a*a*a*a*a*a*a*a*a*b", name);
	assert_glob("*a*a*a*a*a*a*a*a*a*a*a*a*.c", name);
	assert_no_glob("**/*a*a*a*a*a*a*a*a*a*a*a*a*b/**", deep);
	assert_no_glob("**/**/**/**/**/**/**/**/**/**/x", deep);
	assert_glob("**/**/**/**/**/**/**/**/**/**/b", deep);
	assert_no_glob("a/**/*a*a*a*a*a*a*a*a*a*a/**/b/c", deep);
	/* the aborts do not change an answer */
	assert_glob("*a*a*b", "aaab");
	assert_no_glob("*a*a*b", "ab");
	assert_no_glob("x/*a*a*b", "x/aa/b");
	assert_glob("**/a*b", "x/y/aab");
	assert_glob("a*/**/b*", "ax/y/z/bb");
	assert_no_glob("a*/b", "a/c/b");
	/* "**" then a literal component, repeated: only the step budget ends
	 * this one (without it, hours); CTest's timeout catches a regression */
	for (i = 0; i < 40; i++)
		memcpy(pat + 5 * i, "**/a/", 5);
	memcpy(pat + 200, "x", 2);
	assert_no_glob(pat, deep);
	assert_glob("**/a/**/a/x", "b/a/c/d/a/x");
	assert_no_glob("**/a/**/a/x", "b/a/c/d/b/x");
}

/* A path and its leading directories are matched in one pass: one match
 * per leading directory made a deep path against a pattern of many
 * globstars cost seconds (fuzz/glob_fuzzer.c), and a path of 4 KiB or more
 * never matched as a leading directory. */
static void test_common_glob__deep_paths(void **state)
{
	char *path = malloc(8192), *pattern = malloc(4096);
	size_t i;

	(void)state;
	assert_non_null(path);
	assert_non_null(pattern);
	memcpy(path, "vendor/", 7);
	for (i = 0; i < 2000; i++)
		memcpy(path + 7 + 2 * i, "d/", 2);
	memcpy(path + 4007, "x.c", 4);
	for (i = 0; i < 1300; i++)
		memcpy(pattern + 3 * i, "**/", 3);
	memcpy(pattern + 3900, "*/*q", 5);
	assert_no_glob(pattern, path);
	assert_glob("/vendor/", path);
	assert_glob("vendor/d/", path);
	assert_glob("/vendor/d/d", path);
	assert_no_glob("/vendor/d/x.c/", path);
	assert_glob("**/x.c", path);
	free(path);
	free(pattern);
}

/* ------------------------------------------------------------------ */
/* report */

static void add_finding(hdrcheck_report *r, const char *path,
                        hdrcheck_status status)
{
	hdrcheck_finding *f = &r->findings[r->count++];

	memset(f, 0, sizeof(*f));
	f->path = strdup(path);
	assert_non_null(f->path);
	f->status = status;
	f->reason = status == HDRCHECK_STATUS_SKIPPED ? strdup("binary") : NULL;
}

static void test_common_report__finish_sorts_bytewise(void **state)
{
	static const char *const expected[] = {
	    "Makefile",        "Z", "a", "a.c", "a/b", "b", "~", "\xc3\xa9",
	    "\xf0\x9f\x98\x80"};
	hdrcheck_report *r = calloc(1, sizeof(*r));
	size_t i;

	(void)state;
	assert_non_null(r);
	r->findings = calloc(16, sizeof(*r->findings));
	assert_non_null(r->findings);
	add_finding(r, "\xf0\x9f\x98\x80", HDRCHECK_STATUS_OK);
	add_finding(r, "b", HDRCHECK_STATUS_MISSING);
	add_finding(r, "\xc3\xa9", HDRCHECK_STATUS_OK);
	add_finding(r, "a/b", HDRCHECK_STATUS_SKIPPED);
	add_finding(r, "~", HDRCHECK_STATUS_MISMATCH);
	add_finding(r, "a", HDRCHECK_STATUS_OK);
	add_finding(r, "Z", HDRCHECK_STATUS_OTHER_LICENSE);
	add_finding(r, "a.c", HDRCHECK_STATUS_ERROR);
	add_finding(r, "Makefile", HDRCHECK_STATUS_MISSING);
	hdrcheck__report_finish(r);

	assert_int_equal(hdrcheck_report_count(r), 9);
	for (i = 0; i < HDRCHECK__ARRAY_SIZE(expected); i++)
		assert_string_equal(hdrcheck_report_get(r, i)->path,
		                    expected[i]);
	assert_null(hdrcheck_report_get(r, 9));
	/* strings travel with their finding */
	assert_string_equal(hdrcheck_report_get(r, 4)->reason, "binary");
	assert_int_equal(hdrcheck_report_get(r, 4)->status,
	                 HDRCHECK_STATUS_SKIPPED);
	hdrcheck_report_free(r);
}

static void test_common_report__finish_summary(void **state)
{
	hdrcheck_report *r = calloc(1, sizeof(*r));
	const hdrcheck_summary *s;

	(void)state;
	assert_non_null(r);
	r->findings = calloc(16, sizeof(*r->findings));
	assert_non_null(r->findings);
	add_finding(r, "a", HDRCHECK_STATUS_OK);
	add_finding(r, "b", HDRCHECK_STATUS_OK);
	add_finding(r, "c", HDRCHECK_STATUS_OK);
	add_finding(r, "d", HDRCHECK_STATUS_MISSING);
	add_finding(r, "e", HDRCHECK_STATUS_SKIPPED);
	add_finding(r, "f", HDRCHECK_STATUS_SKIPPED);
	add_finding(r, "g", HDRCHECK_STATUS_ERROR);
	/* stale counts are replaced, not added to */
	r->summary.files = 99;
	r->summary.by_status[HDRCHECK_STATUS_MISMATCH] = 5;
	hdrcheck__report_finish(r);

	s = hdrcheck_report_summary(r);
	assert_int_equal(s->files, 7);
	assert_int_equal(s->by_status[HDRCHECK_STATUS_OK], 3);
	assert_int_equal(s->by_status[HDRCHECK_STATUS_MISSING], 1);
	assert_int_equal(s->by_status[HDRCHECK_STATUS_MISMATCH], 0);
	assert_int_equal(s->by_status[HDRCHECK_STATUS_OTHER_LICENSE], 0);
	assert_int_equal(s->by_status[HDRCHECK_STATUS_SKIPPED], 2);
	assert_int_equal(s->by_status[HDRCHECK_STATUS_ERROR], 1);
	assert_true(hdrcheck_report_has_violations(r));
	hdrcheck_report_free(r);
}

static void test_common_report__finish_empty_and_clean(void **state)
{
	hdrcheck_report *r = calloc(1, sizeof(*r));

	(void)state;
	assert_non_null(r);
	hdrcheck__report_finish(r);
	assert_int_equal(hdrcheck_report_count(r), 0);
	assert_int_equal(hdrcheck_report_summary(r)->files, 0);
	assert_false(hdrcheck_report_has_violations(r));
	assert_null(hdrcheck_report_get(r, 0));

	r->findings = calloc(4, sizeof(*r->findings));
	assert_non_null(r->findings);
	add_finding(r, "x", HDRCHECK_STATUS_OK);
	add_finding(r, "y", HDRCHECK_STATUS_SKIPPED);
	hdrcheck__report_finish(r);
	assert_int_equal(hdrcheck_report_summary(r)->files, 2);
	assert_false(hdrcheck_report_has_violations(r));
	assert_string_equal(hdrcheck_report_policy_license(r), "Apache-2.0");
	hdrcheck_report_free(r);
	hdrcheck_report_free(NULL);
	assert_int_equal(hdrcheck_report_count(NULL), 0);
	assert_null(hdrcheck_report_get(NULL, 0));
}

static void test_common_report__finding_dispose(void **state)
{
	hdrcheck_finding f;

	(void)state;
	memset(&f, 0, sizeof(f));
	f.path = strdup("p");
	f.reason = strdup("r");
	f.license = strdup("MIT");
	f.status = HDRCHECK_STATUS_OTHER_LICENSE;
	f.line = 3;
	hdrcheck__finding_dispose(&f);
	assert_null(f.path);
	assert_null(f.reason);
	assert_null(f.license);
	assert_int_equal(f.line, 0);
	hdrcheck__finding_dispose(&f); /* all NULL: harmless */
}

/* ------------------------------------------------------------------ */
/* status names */

static void test_common_status__names(void **state)
{
	(void)state;
	assert_string_equal(hdrcheck_status_name(HDRCHECK_STATUS_OK), "ok");
	assert_string_equal(hdrcheck_status_name(HDRCHECK_STATUS_MISSING),
	                    "missing");
	assert_string_equal(hdrcheck_status_name(HDRCHECK_STATUS_MISMATCH),
	                    "mismatch");
	assert_string_equal(hdrcheck_status_name(HDRCHECK_STATUS_OTHER_LICENSE),
	                    "other_license");
	assert_string_equal(hdrcheck_status_name(HDRCHECK_STATUS_SKIPPED),
	                    "skipped");
	assert_string_equal(hdrcheck_status_name(HDRCHECK_STATUS_ERROR),
	                    "error");
	assert_string_equal(hdrcheck_status_name(HDRCHECK_STATUS__COUNT),
	                    "unknown");
	assert_string_equal(hdrcheck_status_name((hdrcheck_status)-1),
	                    "unknown");
}

static void test_common_status__is_violation(void **state)
{
	(void)state;
	assert_false(hdrcheck_status_is_violation(HDRCHECK_STATUS_OK));
	assert_true(hdrcheck_status_is_violation(HDRCHECK_STATUS_MISSING));
	assert_true(hdrcheck_status_is_violation(HDRCHECK_STATUS_MISMATCH));
	assert_true(
	    hdrcheck_status_is_violation(HDRCHECK_STATUS_OTHER_LICENSE));
	assert_false(hdrcheck_status_is_violation(HDRCHECK_STATUS_SKIPPED));
	assert_true(hdrcheck_status_is_violation(HDRCHECK_STATUS_ERROR));
}

static void test_common_status__source_kind_names(void **state)
{
	(void)state;
	assert_string_equal(hdrcheck_source_kind_name(HDRCHECK_SOURCE_WORKTREE),
	                    "worktree");
	assert_string_equal(
	    hdrcheck_source_kind_name(HDRCHECK_SOURCE_DIRECTORY), "directory");
}

/* ------------------------------------------------------------------ */
/* errors */

static void test_common_error__name_every_code(void **state)
{
	static const struct {
		int code;
		const char *name;
	} table[] = {
#define ROW(name, value, msg) {value, msg},
	    HDRCHECK_ERRNO_MAP(ROW)
#undef ROW
	};
	size_t i, j;

	(void)state;
	/* the table only grows: every code listed here has a name */
	assert_true(HDRCHECK__ARRAY_SIZE(table) >= 12);
	for (i = 0; i < HDRCHECK__ARRAY_SIZE(table); i++) {
		assert_string_equal(hdrcheck_error_name(table[i].code),
		                    table[i].name);
		/* codes are distinct: 0 and then negatives */
		assert_true(table[i].code <= 0);
		for (j = 0; j < i; j++)
			assert_int_not_equal(table[i].code, table[j].code);
	}
}

static void test_common_error__name_values(void **state)
{
	(void)state;
	assert_string_equal(hdrcheck_error_name(HDRCHECK_OK), "success");
	assert_string_equal(hdrcheck_error_name(HDRCHECK_ERROR),
	                    "generic error");
	assert_string_equal(hdrcheck_error_name(HDRCHECK_ENOMEM),
	                    "out of memory");
	assert_string_equal(hdrcheck_error_name(HDRCHECK_EINVAL),
	                    "invalid argument");
	assert_string_equal(hdrcheck_error_name(HDRCHECK_ENOTFOUND),
	                    "not found");
	assert_string_equal(hdrcheck_error_name(HDRCHECK_EREPO),
	                    "repository error");
	assert_string_equal(hdrcheck_error_name(HDRCHECK_EIO),
	                    "input/output error");
	assert_string_equal(hdrcheck_error_name(HDRCHECK_EUSAGE),
	                    "usage error");
	assert_string_equal(hdrcheck_error_name(HDRCHECK_ETHREAD),
	                    "thread error");
	assert_string_equal(hdrcheck_error_name(HDRCHECK_ELIMIT),
	                    "limit exceeded");
	assert_string_equal(hdrcheck_error_name(HDRCHECK_EREGEX),
	                    "regular expression error");
	assert_string_equal(hdrcheck_error_name(HDRCHECK_EOWNER),
	                    "repository is owned by another user");
	assert_int_equal(HDRCHECK_ELIMIT, -9);
	assert_int_equal(HDRCHECK_EOWNER, -11);
}

static void test_common_error__name_unknown(void **state)
{
	static const int codes[] = {
#define CODE(name, value, msg) value,
	    HDRCHECK_ERRNO_MAP(CODE)
#undef CODE
	};
	int lowest = 0;
	size_t i;

	(void)state;
	for (i = 0; i < HDRCHECK__ARRAY_SIZE(codes); i++)
		if (codes[i] < lowest)
			lowest = codes[i];
	assert_string_equal(hdrcheck_error_name(1), "unknown error");
	assert_string_equal(hdrcheck_error_name(lowest - 1), "unknown error");
	assert_string_equal(hdrcheck_error_name(-1000), "unknown error");
}

static void test_common_error__last(void **state)
{
	(void)state;
	hdrcheck__error_clear();
	assert_non_null(hdrcheck_error_last());
	assert_string_equal(hdrcheck_error_last(), "");
	assert_int_equal(
	    hdrcheck__error_set(HDRCHECK_EINVAL, "bad %s %d", "thing", 42),
	    HDRCHECK_EINVAL);
	assert_string_equal(hdrcheck_error_last(), "bad thing 42");
	assert_int_equal(hdrcheck__error_set(HDRCHECK_EIO, "%s", "second"),
	                 HDRCHECK_EIO);
	assert_string_equal(hdrcheck_error_last(), "second");
	hdrcheck__error_clear();
	assert_string_equal(hdrcheck_error_last(), "");
}

static void test_common_error__last_truncates(void **state)
{
	char big[3000];
	size_t n;

	(void)state;
	memset(big, 'm', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	hdrcheck__error_set(HDRCHECK_ERROR, "%s", big);
	n = strlen(hdrcheck_error_last());
	assert_true(n > 0 && n < sizeof(big) - 1);
	assert_memory_equal(hdrcheck_error_last(), big, n);
	hdrcheck__error_clear();
}

struct thread_result {
	char seen_at_start[64];
	char seen_after_set[64];
};

static void *error_thread(void *arg)
{
	struct thread_result *r = arg;

	snprintf(r->seen_at_start, sizeof(r->seen_at_start), "%s",
	         hdrcheck_error_last());
	hdrcheck__error_set(HDRCHECK_ETHREAD, "from the thread");
	snprintf(r->seen_after_set, sizeof(r->seen_after_set), "%s",
	         hdrcheck_error_last());
	return NULL;
}

static void test_common_error__thread_local(void **state)
{
	struct thread_result r;
	pthread_t th;

	(void)state;
	memset(&r, 0, sizeof(r));
	hdrcheck__error_set(HDRCHECK_EINVAL, "from main");
	assert_int_equal(pthread_create(&th, NULL, error_thread, &r), 0);
	assert_int_equal(pthread_join(th, NULL), 0);
	/* the new thread started clean and saw only its own message */
	assert_string_equal(r.seen_at_start, "");
	assert_string_equal(r.seen_after_set, "from the thread");
	/* the main thread's message is untouched */
	assert_string_equal(hdrcheck_error_last(), "from main");
	hdrcheck__error_clear();
}

/* ------------------------------------------------------------------ */
/* allocation helpers */

static void test_common_alloc__strdup_and_aprintf(void **state)
{
	char *p;

	(void)state;
	assert_null(hdrcheck__strdup(NULL));
	assert_non_null(p = hdrcheck__strdup("abc"));
	assert_string_equal(p, "abc");
	free(p);
	assert_non_null(p = hdrcheck__strndup("abcdef", 3));
	assert_string_equal(p, "abc");
	free(p);
	assert_non_null(p = hdrcheck__strndup("", 0));
	assert_string_equal(p, "");
	free(p);
	assert_non_null(p = hdrcheck__aprintf("%s-%d-%c", "x", 7, 'z'));
	assert_string_equal(p, "x-7-z");
	free(p);
	assert_non_null(p = hdrcheck__malloc(0));
	free(p);
	assert_non_null(p = hdrcheck__calloc(0, 0));
	free(p);
	assert_string_equal(hdrcheck_version(), HDRCHECK_VERSION);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_common_buf__empty_init),
	    cmocka_unit_test(test_common_buf__put_and_growth),
	    cmocka_unit_test(test_common_buf__put_from_itself),
	    cmocka_unit_test(test_common_buf__puts_and_embedded_nul),
	    cmocka_unit_test(test_common_buf__limit_exact_fit),
	    cmocka_unit_test(test_common_buf__limit_exceeded),
	    cmocka_unit_test(test_common_buf__default_limit_huge_grow),
	    cmocka_unit_test(test_common_buf__printf),
	    cmocka_unit_test(test_common_buf__printf_limit),
	    cmocka_unit_test(test_common_buf__printf_on_empty),
	    cmocka_unit_test(test_common_buf__cstr),
	    cmocka_unit_test(test_common_buf__clear_keeps_capacity),
	    cmocka_unit_test(test_common_vector__push),
	    cmocka_unit_test(test_common_vector__null_items_and_reuse),
	    cmocka_unit_test(test_common_utf8__ascii),
	    cmocka_unit_test(test_common_utf8__valid_multibyte),
	    cmocka_unit_test(test_common_utf8__overlong),
	    cmocka_unit_test(test_common_utf8__surrogates),
	    cmocka_unit_test(test_common_utf8__truncated),
	    cmocka_unit_test(test_common_utf8__beyond_max),
	    cmocka_unit_test(test_common_utf8__lone_continuation),
	    cmocka_unit_test(test_common_utf8__is_valid),
	    cmocka_unit_test(test_common_path__normalize_dots),
	    cmocka_unit_test(test_common_path__normalize_root),
	    cmocka_unit_test(test_common_path__normalize_slashes),
	    cmocka_unit_test(test_common_path__normalize_climb_error),
	    cmocka_unit_test(test_common_path__join),
	    cmocka_unit_test(test_common_path__basename),
	    cmocka_unit_test(test_common_path__under),
	    cmocka_unit_test(test_common_glob__extension),
	    cmocka_unit_test(test_common_glob__star_does_not_cross_slash),
	    cmocka_unit_test(test_common_glob__double_star_suffix),
	    cmocka_unit_test(test_common_glob__double_star_prefix),
	    cmocka_unit_test(test_common_glob__double_star_middle),
	    cmocka_unit_test(test_common_glob__double_star_not_alone),
	    cmocka_unit_test(test_common_glob__anchored),
	    cmocka_unit_test(test_common_glob__dir_only),
	    cmocka_unit_test(test_common_glob__class),
	    cmocka_unit_test(test_common_glob__negated_class),
	    cmocka_unit_test(test_common_glob__question_mark),
	    cmocka_unit_test(test_common_glob__escapes),
	    cmocka_unit_test(test_common_glob__edge_cases),
	    cmocka_unit_test(test_common_glob__no_exponential_backtracking),
	    cmocka_unit_test(test_common_glob__deep_paths),
	    cmocka_unit_test(test_common_report__finish_sorts_bytewise),
	    cmocka_unit_test(test_common_report__finish_summary),
	    cmocka_unit_test(test_common_report__finish_empty_and_clean),
	    cmocka_unit_test(test_common_report__finding_dispose),
	    cmocka_unit_test(test_common_status__names),
	    cmocka_unit_test(test_common_status__is_violation),
	    cmocka_unit_test(test_common_status__source_kind_names),
	    cmocka_unit_test(test_common_error__name_every_code),
	    cmocka_unit_test(test_common_error__name_values),
	    cmocka_unit_test(test_common_error__name_unknown),
	    cmocka_unit_test(test_common_error__last),
	    cmocka_unit_test(test_common_error__last_truncates),
	    cmocka_unit_test(test_common_error__thread_local),
	    cmocka_unit_test(test_common_alloc__strdup_and_aprintf),
	};

	return cmocka_run_group_tests_name("common", tests, NULL, NULL);
}
