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

/* The dry run's unified diff (fixer/diff.c). That git applies it is
 * tested on every case of tests/fixer/cases.c. */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
#include "fixer/fixer.h"

static const char *diff(hdrcheck_buf *out, const char *path, const char *a,
                        const char *b)
{
	hdrcheck__buf_clear(out);
	assert_int_equal(
	    hdrcheck__fix_diff(out, path, a, strlen(a), b, strlen(b)), 0);
	return out->len ? hdrcheck__buf_cstr(out) : "";
}

static void test_fixer_diff__insert_at_top(void **state)
{
	hdrcheck_buf out = HDRCHECK_BUF_INIT;

	(void)state;
	assert_string_equal(diff(&out, "a.py", "x\ny\n", "# h\n\nx\ny\n"),
	                    "diff --git a/a.py b/a.py\n"
	                    "--- a/a.py\n"
	                    "+++ b/a.py\n"
	                    "@@ -1,2 +1,4 @@\n"
	                    "+# h\n"
	                    "+\n"
	                    " x\n"
	                    " y\n");
	hdrcheck__buf_dispose(&out);
}

static void test_fixer_diff__context_is_three_lines(void **state)
{
	hdrcheck_buf out = HDRCHECK_BUF_INIT;

	(void)state;
	assert_string_equal(diff(&out, "f", "1\n2\n3\n4\nold\n5\n6\n7\n8\n",
	                         "1\n2\n3\n4\nnew\n5\n6\n7\n8\n"),
	                    "diff --git a/f b/f\n--- a/f\n+++ b/f\n"
	                    "@@ -2,7 +2,7 @@\n"
	                    " 2\n 3\n 4\n-old\n+new\n 5\n 6\n 7\n");
	hdrcheck__buf_dispose(&out);
}

static void test_fixer_diff__no_newline_at_end(void **state)
{
	hdrcheck_buf out = HDRCHECK_BUF_INIT;

	(void)state;
	assert_string_equal(diff(&out, "s", "#!/bin/sh", "#!/bin/sh\n# h"),
	                    "diff --git a/s b/s\n--- a/s\n+++ b/s\n"
	                    "@@ -1,1 +1,2 @@\n"
	                    "-#!/bin/sh\n"
	                    "\\ No newline at end of file\n"
	                    "+#!/bin/sh\n"
	                    "+# h\n"
	                    "\\ No newline at end of file\n");
	hdrcheck__buf_dispose(&out);
}

static void test_fixer_diff__crlf_lines_kept(void **state)
{
	hdrcheck_buf out = HDRCHECK_BUF_INIT;

	(void)state;
	assert_string_equal(diff(&out, "w", "x\r\n", "# h\r\n\r\nx\r\n"),
	                    "diff --git a/w b/w\n--- a/w\n+++ b/w\n"
	                    "@@ -1,1 +1,3 @@\n"
	                    "+# h\r\n+\r\n x\r\n");
	hdrcheck__buf_dispose(&out);
}

static void test_fixer_diff__quoted_names(void **state)
{
	hdrcheck_buf out = HDRCHECK_BUF_INIT;
	const char *d;

	(void)state;
	d = diff(&out, "dir/\xC3\xA9 \"q\".c", "x\n", "y\n");
	assert_true(
	    strncmp(d,
	            "diff --git \"a/dir/\\303\\251 \\\"q\\\".c\" "
	            "\"b/dir/\\303\\251 \\\"q\\\".c\"\n"
	            "--- \"a/dir/\\303\\251 \\\"q\\\".c\"\n"
	            "+++ \"b/dir/\\303\\251 \\\"q\\\".c\"\n",
	            strlen("diff --git \"a/dir/\\303\\251 \\\"q\\\".c\" "
	                   "\"b/dir/\\303\\251 \\\"q\\\".c\"\n"
	                   "--- \"a/dir/\\303\\251 \\\"q\\\".c\"\n"
	                   "+++ \"b/dir/\\303\\251 \\\"q\\\".c\"\n")) == 0);
	/* spaces need no quotes */
	d = diff(&out, "a b.c", "x\n", "y\n");
	assert_true(strncmp(d, "diff --git a/a b.c b/a b.c\n", 27) == 0);
	hdrcheck__buf_dispose(&out);
}

static void test_fixer_diff__equal_is_empty(void **state)
{
	hdrcheck_buf out = HDRCHECK_BUF_INIT;

	(void)state;
	assert_string_equal(diff(&out, "f", "x\n", "x\n"), "");
	hdrcheck__buf_dispose(&out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_fixer_diff__insert_at_top),
	    cmocka_unit_test(test_fixer_diff__context_is_three_lines),
	    cmocka_unit_test(test_fixer_diff__no_newline_at_end),
	    cmocka_unit_test(test_fixer_diff__crlf_lines_kept),
	    cmocka_unit_test(test_fixer_diff__quoted_names),
	    cmocka_unit_test(test_fixer_diff__equal_is_empty),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
