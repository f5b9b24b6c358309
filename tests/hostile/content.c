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
 * Hostile file contents, end to end: huge, sparse, binary, malformed and
 * pathological files, and a configuration whose patterns backtrack. Each
 * run has a deadline; the verdicts are the normal ones, and a limit hit
 * is an `error` finding that says so.
 */

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
#include <unistd.h>
#include <cmocka.h>
#include <jansson.h>
#include "harness.h"

/* A watchdog, not a measure: a hang is killed there. What the tests
 * bound is the work counted (bytes read, limits hit), never the seconds,
 * which depend on the machine and its load. */
#define DEADLINE 120.0

static void check(hostile_result *res, fixture *fx, hostile_env env,
                  const char *a1, const char *a2, const char *a3)
{
	const char *args[5] = {"check", a1, a2, a3, NULL};

	hostile_run_counted(res, fx->root, DEADLINE, env, args);
}

/* A 5 MB line: after a header (ok), and as the whole file (missing). */
static void test_hostile_content__one_line_5mb(void **state)
{
	fixture *fx = fixture_new_repo();
	hostile_result res;

	(void)state;
	hostile_fill(fx, "after.c", fixture_header_c, 'x', 5u << 20, "");
	hostile_fill(fx, "only.c", "", 'y', 5u << 20, "");
	hostile_fill(fx, "comment.py", "# ", 'z', 5u << 20, "\n");
	check(&res, fx, NULL, "-j", "2", NULL);
	hostile_assert_status(&res, 1);
	/* a window of each, not 15 MiB */
	hostile_assert_work(&res, 1 << 20, -1);
	assert_true(hostile_has_line(res.out, res.out_len,
	                             "  comment.py:1: no license header") ||
	            hostile_has_line(res.out, res.out_len,
	                             "  comment.py: no license header"));
	assert_true(hostile_has_line(res.out, res.out_len,
	                             "  only.c: no license header"));
	assert_true(hostile_has_line(res.out, res.out_len,
	                             "3 files: 1 ok, 2 missing, 0 mismatch, 0 "
	                             "other_license, 0 skipped, 0 error"));
	hostile_result_dispose(&res);
	fixture_free(fx);
}

/*
 * A 2 GB sparse file with a header: only the header window is read (the
 * shim counts the bytes read() returns from regular files), in well under
 * the time reading 2 GB takes, in little memory; in a work tree (with
 * the result cache) and in a plain directory.
 */
static void sparse(fixture *fx)
{
	char *path = fixture_path(fx, "big.c");
	hostile_result res;
	int fd, i;

	/* a header and 9 KiB of code, so the hole (zeros) starts past the
	 * bytes binary detection looks at */
	hostile_fill(fx, "big.c", fixture_header_c, 'x', 9 * 1024, "\n");
	fd = open(path, O_WRONLY);
	assert_true(fd >= 0);
	assert_int_equal(ftruncate(fd, (off_t)2 << 30), 0);
	close(fd);
	for (i = 0; i < 2; i++) { /* the second run may use the cache */
		check(&res, fx, NULL, NULL, NULL, NULL);
		hostile_assert_status(&res, 0);
		assert_true(hostile_has_line(res.out, res.out_len,
		                             "1 files: 1 ok, 0 missing, 0 "
		                             "mismatch, 0 other_license, 0 "
		                             "skipped, 0 error"));
		/* far from 2 GiB: the window and the repository's own
		 * small files */
		hostile_assert_work(&res, 8ll << 20, -1);
		if (res.max_rss_kib > (hostile_sanitized() ? 256 : 64) * 1024)
			fail_msg("peak RSS %ld KiB", res.max_rss_kib);
		hostile_result_dispose(&res);
	}
	free(path);
}

static void test_hostile_content__sparse_2gb_worktree(void **state)
{
	fixture *fx = fixture_new_repo();

	(void)state;
	sparse(fx);
	fixture_free(fx);
}

static void test_hostile_content__sparse_2gb_directory(void **state)
{
	fixture *fx = fixture_new_dir();

	(void)state;
	if (!fx)
		skip();
	sparse(fx);
	fixture_free(fx);
}

/* Invalid UTF-8 and NUL bytes: a NUL in the first 8 KiB is binary; later
 * it is content; bytes that are not UTF-8 separate words (and end an
 * SPDX expression); a copyright holder that is not UTF-8 and holds an
 * escape sequence is escaped in text and repaired in JSON. */
static void test_hostile_content__invalid_utf8_and_nul(void **state)
{
	static const char spdx[] =
	    "// Copyright 2024 Foo\xff\x1b[31m Corp\n"
	    "// SPDX-License-Identifier: MIT\xff\xfe\x80\n";
	fixture *fx = fixture_new_repo();
	const char *args[] = {"check", "--format", "json", NULL};
	hostile_result res;
	json_error_t jerr;
	json_t *doc, *files;
	char *text;
	size_t n = strlen(fixture_header_c), i;

	(void)state;
	/* a header with bytes that are not UTF-8 between its words */
	text = strdup(fixture_header_c);
	assert_non_null(text);
	for (i = 0; i < n; i++)
		if (text[i] == ' ' && i % 7 == 0)
			text[i] = '\xff';
	fixture_write(fx, "mangled.c", text);
	free(text);
	fixture_write_mode(fx, "nul.c", "int\0x;\n", 7, 0644);
	{
		size_t len = 9000;
		char *late = malloc(n + len);

		assert_non_null(late);
		memcpy(late, fixture_header_c, n);
		memset(late + n, 'a', len);
		late[n + len - 1] = '\0';
		fixture_write_mode(fx, "late-nul.c", late, n + len, 0644);
		free(late);
	}
	fixture_write(fx, "spdx.c", spdx);
	fixture_write_mode(fx, "overlong.c", "/* \xc0\xaf \xed\xa0\x80 */\n",
	                   13, 0644);
	hostile_run(&res, fx->root, DEADLINE, NULL, args);
	hostile_assert_status(&res, 1);
	doc = json_loadb(res.out, res.out_len, 0, &jerr);
	if (!doc)
		fail_msg("invalid JSON (%s): %s", jerr.text, res.out);
	files = json_object_get(doc, "files");
	assert_true(json_is_array(files));
	assert_int_equal(json_array_size(files), 5);
	for (i = 0; i < json_array_size(files); i++) {
		json_t *f = json_array_get(files, i);
		const char *path =
		    json_string_value(json_object_get(f, "path"));
		const char *status =
		    json_string_value(json_object_get(f, "status"));

		assert_non_null(path);
		assert_non_null(status);
		if (!strcmp(path, "mangled.c") || !strcmp(path, "late-nul.c"))
			assert_string_equal(status, "ok");
		else if (!strcmp(path, "nul.c"))
			assert_string_equal(status, "skipped");
		else if (!strcmp(path, "spdx.c")) {
			assert_string_equal(status, "other_license");
			assert_string_equal(
			    json_string_value(json_object_get(f, "license")),
			    "MIT");
			/* a holder's byte that is not UTF-8 is read as
			 * Latin-1 (FF is U+00FF): holders are valid UTF-8 */
			assert_string_equal(
			    json_string_value(json_array_get(
			        json_object_get(f, "holders"), 0)),
			    "Foo\xc3\xbf\x1b[31m Corp");
		} else
			assert_string_equal(status, "missing");
	}
	json_decref(doc);
	hostile_result_dispose(&res);

	/* the text report: octal escapes, no raw byte >= 0x80 that is not
	 * UTF-8 */
	check(&res, fx, NULL, NULL, NULL, NULL);
	hostile_assert_status(&res, 1);
	assert_non_null(strstr(res.out, "; 1 Foo\xc3\xbf\\033[31m Corp"));
	assert_null(memchr(res.out, '\x1b', res.out_len));
	hostile_result_dispose(&res);
	fixture_free(fx);
}

/* A million short lines: the window ends at line 100, whatever follows. */
static void test_hostile_content__million_lines(void **state)
{
	fixture *fx = fixture_new_repo();
	size_t n = strlen(fixture_header_hash), lines = 1000000, i;
	char *data = malloc(n + lines * 2);
	hostile_result res;

	(void)state;
	assert_non_null(data);
	memcpy(data, fixture_header_hash, n);
	for (i = 0; i < lines; i++)
		memcpy(data + n + 2 * i, "x\n", 2);
	fixture_write_mode(fx, "after.py", data, n + lines * 2, 0644);
	/* a million comment lines, then the header: beyond the window */
	for (i = 0; i < lines; i++)
		memcpy(data + 2 * i, "#\n", 2);
	memcpy(data + lines * 2 - n, fixture_header_hash, n);
	fixture_write_mode(fx, "before.py", data, lines * 2, 0644);
	/* a million blank lines */
	memset(data, '\n', lines);
	fixture_write_mode(fx, "blank.py", data, lines, 0644);
	free(data);
	check(&res, fx, NULL, NULL, NULL, NULL);
	hostile_assert_status(&res, 1);
	/* the first lines of each, not 5 MB */
	hostile_assert_work(&res, 512 << 10, -1);
	assert_true(hostile_has_line(res.out, res.out_len,
	                             "3 files: 1 ok, 2 missing, 0 mismatch, 0 "
	                             "other_license, 0 skipped, 0 error"));
	hostile_result_dispose(&res);
	fixture_free(fx);
}

static const char *const accept_config =
    "# SPDX-License-Identifier: Apache-2.0\n"
    "version: 1\n"
    "policies:\n"
    "  - name: default\n"
    "    paths: [\"**\"]\n"
    "    accept:\n"
    "      - regex: \"(a+)+$\"\n";

/*
 * A user-supplied accept regex with catastrophic backtracking, against a
 * file made to trigger it: pcre2's match limit ends it, the file is an
 * error finding that names the limit, the others are classified.
 */
static void test_hostile_content__accept_regex_backtracking(void **state)
{
	fixture *fx = fixture_new_repo();
	hostile_result res;
	char line[200];

	(void)state;
	fixture_write(fx, ".hdrcheck.yaml", accept_config);
	memset(line, 'a', sizeof(line));
	memcpy(line, "# ", 2);
	memcpy(line + sizeof(line) - 3, "!\n", 3);
	fixture_write(fx, "evil.py", line);
	fixture_write(fx, "good.py", fixture_header_hash);
	check(&res, fx, NULL, "-j", "1", NULL);
	hostile_assert_status(&res, 1);
	/* pcre2's match limit, a count of steps, ended it */
	assert_true(hostile_has_line(res.out, res.out_len,
	                             "  evil.py: regex match limit exceeded"));
	assert_true(hostile_has_line(res.out, res.out_len,
	                             "3 files: 2 ok, 0 missing, 0 mismatch, 0 "
	                             "other_license, 0 skipped, 1 error"));
	hostile_result_dispose(&res);
	fixture_free(fx);
}

/*
 * Found in review, confirmed with fuzz/matcher_fuzzer.c: placeholders
 * chained in a configured header made the matcher exponential ("{holder}"
 * spans 1-16 words), and
 * a long run of them overflowed a worker's stack; a header of 150,000
 * placeholders also made the template quadratic to read. Each is bounded
 * now, and a search that gives up is an error finding.
 */
static void test_hostile_content__header_placeholders(void **state)
{
	fixture *fx = fixture_new_repo();
	hostile_result res;
	char *words, *config;
	size_t i, n;

	(void)state;
	fixture_write(fx, ".hdrcheck.yaml",
	              "# SPDX-License-Identifier: Apache-2.0\n"
	              "version: 1\n"
	              "policies:\n"
	              "  - name: default\n"
	              "    paths: [\"**\"]\n"
	              "    header: \"{holder} {holder} {holder} {holder} "
	              "{holder} {holder} {holder} zzz\"\n");
	words = malloc(300 * 5 + 4);
	assert_non_null(words);
	memcpy(words, "# ", 2);
	for (i = 0, n = 2; i < 300; i++, n += 5)
		memcpy(words + n, "word ", 5);
	memcpy(words + n, "\n", 2);
	fixture_write(fx, "a.py", words);
	check(&res, fx, NULL, NULL, NULL, NULL);
	hostile_assert_status(&res, 1);
	/* the matcher's step budget ended it */
	assert_true(hostile_has_line(res.out, res.out_len,
	                             "  a.py: header match limit exceeded"));
	hostile_result_dispose(&res);

	n = 150000 * 6;
	config = malloc(n + 200);
	assert_non_null(config);
	i = (size_t)snprintf(config, 200,
	                     "# SPDX-License-Identifier: Apache-2.0\n"
	                     "version: 1\npolicies:\n  - name: default\n"
	                     "    paths: [\"**\"]\n    header: \"");
	while (n) {
		memcpy(config + i, "{year}", 6);
		i += 6;
		n -= 6;
	}
	memcpy(config + i, "\"\n", 3);
	fixture_write(fx, ".hdrcheck.yaml", config);
	free(config);
	fixture_write(fx, "a.py", "# Copyright 2024 Example\n");
	check(&res, fx, NULL, NULL, NULL, NULL);
	hostile_assert_status(&res, 1);
	/* the matcher's step budget ended it */
	assert_true(hostile_has_line(res.out, res.out_len,
	                             "  a.py: header match limit exceeded"));
	hostile_result_dispose(&res);
	free(words);
	fixture_free(fx);
}

/* Found in review (fuzz/glob_fuzzer.c now guards it): a configured glob
 * with many '*' took exponential time on a long name. */
static void test_hostile_content__glob_backtracking(void **state)
{
	fixture *fx = fixture_new_repo();
	hostile_result res;
	char name[256];

	(void)state;
	fixture_write(fx, ".hdrcheck.yaml",
	              "# SPDX-License-Identifier: Apache-2.0\n"
	              "version: 1\n"
	              "exclude: [\"*a*a*a*a*a*a*a*a*a*a*a*a*a*b\", "
	              "\"**/*a*a*a*a*a*a*a*a*a*a*a*a*a*b/**\"]\n");
	memset(name, 'a', 200);
	memcpy(name + 200, ".c", 3);
	fixture_write(fx, name, "int x;\n");
	check(&res, fx, NULL, NULL, NULL, NULL);
	hostile_assert_status(&res, 1);
	/* the glob engine's step budget (common/glob.c) bounds it */
	assert_true(hostile_has_line(res.out, res.out_len,
	                             "2 files: 1 ok, 1 missing, 0 mismatch, 0 "
	                             "other_license, 0 skipped, 0 error"));
	hostile_result_dispose(&res);
	fixture_free(fx);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_hostile_content__one_line_5mb),
	    cmocka_unit_test(test_hostile_content__sparse_2gb_worktree),
	    cmocka_unit_test(test_hostile_content__sparse_2gb_directory),
	    cmocka_unit_test(test_hostile_content__invalid_utf8_and_nul),
	    cmocka_unit_test(test_hostile_content__million_lines),
	    cmocka_unit_test(test_hostile_content__accept_regex_backtracking),
	    cmocka_unit_test(test_hostile_content__header_placeholders),
	    cmocka_unit_test(test_hostile_content__glob_backtracking),
	};

	return cmocka_run_group_tests_name("hostile_content", tests,
	                                   fixture_group_setup,
	                                   fixture_group_teardown);
}
