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
 * End-to-end tests of baselines and waivers (issue 16): repositories
 * built with libgit2 at test time, the real binary, the JSON report read
 * with jansson. One test per rule: a new file fails, a changed file is
 * judged afresh, entries of clean or gone files are stale, an expired
 * waiver is a violation again, a baseline written from another commit
 * still applies; and every report format counts the accepted findings.
 */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include <jansson.h>
#include "fixture.h"

#define BL "known.baseline"

static json_t *report_of(const fixture_result *res, int want_status)
{
	json_error_t jerr;
	json_t *doc;

	if (res->status != want_status || res->err_len)
		fail_msg("exit status %d (want %d), stderr: %s\nstdout: %s",
		         res->status, want_status, res->err, res->out);
	if (!(doc = json_loadb(res->out, res->out_len, 0, &jerr)))
		fail_msg("invalid JSON (%s):\n%s", jerr.text, res->out);
	return doc;
}

/* hdrcheck --format json ARGS... at the root; the status must be want. */
static json_t *run_json(fixture *fx, int want, const char *const *args)
{
	const char *argv[16] = {"--format", "json", "--no-cache"};
	fixture_result res = {0};
	json_t *doc;
	size_t n = 3;

	while (*args && n < 15)
		argv[n++] = *args++;
	argv[n] = NULL;
	fixture_runv(&res, fx->root, 0, argv);
	doc = report_of(&res, want);
	fixture_result_dispose(&res);
	return doc;
}

static json_t *file_of(json_t *doc, const char *path)
{
	json_t *f;
	size_t i;

	json_array_foreach(json_object_get(doc, "files"), i, f)
	{
		if (strcmp(json_string_value(json_object_get(f, "path")),
		           path) == 0)
			return f;
	}
	fail_msg("\"%s\" is not in the report", path);
	return NULL;
}

static int baselined(json_t *doc, const char *path)
{
	return json_is_true(json_object_get(file_of(doc, path), "baselined"));
}

static size_t summary(json_t *doc, const char *key)
{
	json_t *v = json_object_get(json_object_get(doc, "summary"), key);

	if (!json_is_integer(v))
		fail_msg("no summary.%s", key);
	return (size_t)json_integer_value(v);
}

/* The "why" of the stale entry of path, or NULL. */
static const char *stale_why(json_t *doc, const char *path)
{
	json_t *e;
	size_t i;

	json_array_foreach(json_object_get(doc, "stale_baseline"), i, e)
	{
		if (strcmp(json_string_value(json_object_get(e, "path")),
		           path) == 0)
			return json_string_value(json_object_get(e, "why"));
	}
	return NULL;
}

static void write_baseline(fixture *fx, const char *extra)
{
	fixture_result res = {0};

	if (extra)
		fixture_run(&res, fx->root, 0, "--no-cache", "-q",
		            "--write-baseline", BL, extra, NULL);
	else
		fixture_run(&res, fx->root, 0, "--no-cache", "-q",
		            "--write-baseline", BL, NULL);
	if (res.status != 0)
		fail_msg("--write-baseline: status %d, stderr: %s", res.status,
		         res.err);
	fixture_result_dispose(&res);
}

/* Two files without a header and one with, committed. */
static fixture *legacy_repo(void)
{
	fixture *fx = fixture_new_repo();
	char *ok = NULL;
	size_t n = strlen(fixture_header_c) + 16;

	assert_non_null(ok = malloc(n));
	snprintf(ok, n, "%s\nint ok;\n", fixture_header_c);
	fixture_add_file(fx, "old.c", "int old;\n");
	fixture_add_file(fx, "src/legacy.c", "int legacy;\n");
	fixture_add_file(fx, "good.c", ok);
	fixture_commit(fx, "legacy");
	free(ok);
	return fx;
}

static void test_cli_baseline__write_is_sorted_and_deterministic(void **state)
{
	fixture *fx = legacy_repo();
	char *path = fixture_path(fx, BL), *first = NULL, *second = NULL;
	FILE *f;
	long len;

	(void)state;
	write_baseline(fx, NULL);
	assert_non_null(f = fopen(path, "rb"));
	fseek(f, 0, SEEK_END);
	len = ftell(f);
	rewind(f);
	assert_non_null(first = calloc(1, (size_t)len + 1));
	assert_int_equal(fread(first, 1, (size_t)len, f), (size_t)len);
	fclose(f);
	/* a header line, then one line per violation, sorted by path */
	assert_non_null(strstr(first, "# hdrcheck baseline 1"));
	assert_non_null(strstr(first, "\nold.c\tmissing\t"));
	assert_true(strstr(first, "\nold.c\t") <
	            strstr(first, "\nsrc/legacy.c\tmissing\t"));
	assert_null(strstr(first, "good.c"));
	write_baseline(fx, NULL);
	assert_non_null(f = fopen(path, "rb"));
	assert_non_null(second = calloc(1, (size_t)len + 2));
	assert_int_equal(fread(second, 1, (size_t)len + 1, f), (size_t)len);
	fclose(f);
	assert_string_equal(first, second);
	free(first);
	free(second);
	free(path);
	fixture_free(fx);
}

static void test_cli_baseline__known_pass_new_file_fails(void **state)
{
	static const char *const args[] = {"--baseline", BL, NULL};
	fixture *fx = legacy_repo();
	json_t *doc;

	(void)state;
	write_baseline(fx, NULL);
	doc = run_json(fx, 0, args);
	assert_true(baselined(doc, "old.c"));
	assert_true(baselined(doc, "src/legacy.c"));
	assert_int_equal(summary(doc, "missing"), 2);
	assert_int_equal(summary(doc, "baselined"), 2);
	assert_int_equal(summary(doc, "stale"), 0);
	json_decref(doc);

	/* a new file without a header fails the run; the known ones stay
	 * accepted */
	fixture_write(fx, "new.c", "int fresh;\n");
	doc = run_json(fx, 1, args);
	assert_false(baselined(doc, "new.c"));
	assert_true(baselined(doc, "old.c"));
	assert_int_equal(summary(doc, "baselined"), 2);
	json_decref(doc);
	fixture_free(fx);
}

static void test_cli_baseline__changed_file_judged_afresh(void **state)
{
	static const char *const args[] = {"--baseline", BL, NULL};
	fixture *fx = legacy_repo();
	json_t *doc;

	(void)state;
	write_baseline(fx, NULL);
	/* a pull request edits the legacy file: it is new to the gate */
	fixture_write(fx, "old.c", "int old;\nint edited;\n");
	doc = run_json(fx, 1, args);
	assert_false(baselined(doc, "old.c"));
	assert_true(baselined(doc, "src/legacy.c"));
	assert_string_equal(stale_why(doc, "old.c"), "changed");
	assert_int_equal(summary(doc, "stale"), 1);
	json_decref(doc);
	fixture_free(fx);
}

static void test_cli_baseline__stale_entries_shrink(void **state)
{
	static const char *const args[] = {"--baseline", BL, NULL};
	char *text = NULL, *path;
	fixture *fx = legacy_repo();
	json_t *doc;
	size_t n = strlen(fixture_header_c) + 16;
	FILE *f;
	char buf[4096];
	size_t len;

	(void)state;
	write_baseline(fx, NULL);
	/* one file fixed, one deleted: both entries stale, the run passes */
	assert_non_null(text = malloc(n));
	snprintf(text, n, "%s\nint old;\n", fixture_header_c);
	fixture_write(fx, "old.c", text);
	path = fixture_path(fx, "src/legacy.c");
	assert_int_equal(unlink(path), 0);
	free(path);
	doc = run_json(fx, 0, args);
	assert_string_equal(stale_why(doc, "old.c"), "clean");
	assert_string_equal(stale_why(doc, "src/legacy.c"), "gone");
	assert_int_equal(summary(doc, "stale"), 2);
	assert_int_equal(summary(doc, "baselined"), 0);
	json_decref(doc);
	/* rewritten, the baseline holds nothing any more */
	write_baseline(fx, NULL);
	path = fixture_path(fx, BL);
	assert_non_null(f = fopen(path, "rb"));
	len = fread(buf, 1, sizeof(buf) - 1, f);
	buf[len] = '\0';
	fclose(f);
	assert_null(strchr(strchr(buf, '\n') + 1, '\n'));
	free(path);
	free(text);
	fixture_free(fx);
}

static void config(fixture *fx, const char *yaml)
{
	size_t n = strlen(fixture_header_hash) + strlen(yaml) + 1;
	char *text = malloc(n);

	assert_non_null(text);
	snprintf(text, n, "%s%s", fixture_header_hash, yaml);
	fixture_add_file(fx, ".hdrcheck.yaml", text);
	free(text);
}

static void test_cli_baseline__waivers_and_expiry(void **state)
{
	static const char *const none[] = {NULL};
	fixture *fx = legacy_repo();
	json_t *doc, *w;

	(void)state;
	config(fx, "waivers:\n"
	           "  - path: src/**\n"
	           "    reason: imported from upstream, relicensing pending\n"
	           "  - path: old.c\n"
	           "    reason: to be rewritten\n"
	           "    expires: 2999-12-31\n");
	doc = run_json(fx, 0, none);
	w = json_object_get(file_of(doc, "src/legacy.c"), "waiver");
	assert_string_equal(json_string_value(json_object_get(w, "reason")),
	                    "imported from upstream, relicensing pending");
	assert_true(json_is_null(json_object_get(w, "expires")));
	assert_true(json_is_false(json_object_get(w, "expired")));
	assert_int_equal(summary(doc, "waived"), 2);
	json_decref(doc);

	/* expired: a violation again, and the report says which waiver */
	config(fx, "waivers:\n"
	           "  - path: src/**\n"
	           "    reason: imported from upstream\n"
	           "  - path: old.c\n"
	           "    reason: to be rewritten\n"
	           "    expires: 2001-02-03\n");
	doc = run_json(fx, 1, none);
	w = json_object_get(file_of(doc, "old.c"), "waiver");
	assert_string_equal(json_string_value(json_object_get(w, "expires")),
	                    "2001-02-03");
	assert_true(json_is_true(json_object_get(w, "expired")));
	assert_int_equal(summary(doc, "waived"), 1);
	json_decref(doc);
	fixture_free(fx);
}

static void test_cli_baseline__config_errors(void **state)
{
	fixture *fx = legacy_repo();
	fixture_result res = {0};

	(void)state;
	config(fx, "waivers:\n"
	           "  - path: old.c\n"
	           "    reason: x\n"
	           "    expires: 2024-02-30\n");
	fixture_run(&res, fx->root, 0, "--no-cache", NULL);
	assert_int_equal(res.status, 2);
	assert_non_null(strstr(res.err, "hdrcheck: .hdrcheck.yaml:17:14: "
	                                "\"expires\" must be a date"));
	fixture_result_dispose(&res);
	config(fx, "waivers:\n"
	           "  - path: old.c\n");
	fixture_run(&res, fx->root, 0, "--no-cache", NULL);
	assert_int_equal(res.status, 2);
	assert_non_null(strstr(res.err, ".hdrcheck.yaml:15:5: missing "
	                                "required key \"reason\""));
	fixture_result_dispose(&res);
	/* the configuration names a baseline that is not there */
	config(fx, "baseline: missing.baseline\n");
	fixture_run(&res, fx->root, 0, "--no-cache", NULL);
	assert_int_equal(res.status, 2);
	assert_non_null(strstr(res.err, "hdrcheck: missing.baseline: no such "
	                                "baseline"));
	fixture_result_dispose(&res);
	/* a malformed baseline: the file and line */
	fixture_write(fx, BL, "# hdrcheck baseline 1\nold.c\tmissing\n");
	fixture_run(&res, fx->root, 0, "--no-cache", "--baseline", BL, NULL);
	assert_int_equal(res.status, 2);
	assert_non_null(strstr(res.err, "hdrcheck: " BL ":2: expected 4 "
	                                "tab-separated fields"));
	fixture_result_dispose(&res);
	fixture_write(fx, BL,
	              "# hdrcheck baseline 1\nold.c\tmissing\t-\t\n"
	              "old.c\tmismatch\t-\t\n");
	fixture_run(&res, fx->root, 0, "--no-cache", "--baseline", BL, NULL);
	assert_int_equal(res.status, 2);
	assert_non_null(strstr(res.err, BL ":3: the path of line 2 again"));
	fixture_result_dispose(&res);
	fixture_write(fx, BL, "old.c\tmissing\t-\t\n");
	fixture_run(&res, fx->root, 0, "--no-cache", "--baseline", BL, NULL);
	assert_int_equal(res.status, 2);
	assert_non_null(strstr(res.err, BL ":1: not a baseline"));
	fixture_result_dispose(&res);
	fixture_free(fx);
}

static void test_cli_baseline__config_key(void **state)
{
	static const char *const none[] = {NULL};
	fixture *fx = legacy_repo();
	json_t *doc;

	(void)state;
	config(fx, "baseline: " BL "\n");
	/* writing the first baseline the configuration names */
	write_baseline(fx, NULL);
	doc = run_json(fx, 0, none);
	assert_true(baselined(doc, "old.c"));
	assert_int_equal(summary(doc, "baselined"), 2);
	json_decref(doc);
	fixture_free(fx);
}

static void test_cli_baseline__from_another_commit(void **state)
{
	static const char *const args[] = {"--baseline", BL, NULL};
	static const char *const at_first[] = {"--baseline", BL, "--rev",
	                                       "HEAD~1", NULL};
	fixture *fx = legacy_repo();
	fixture_result res = {0};
	json_t *doc;

	(void)state;
	/* the baseline of the first commit, from the object database */
	fixture_run(&res, fx->root, 0, "--no-cache", "-q", "--rev", "HEAD",
	            "--write-baseline", BL, NULL);
	assert_int_equal(res.status, 0);
	fixture_result_dispose(&res);
	/* a later commit adds a file without a header and touches
	 * nothing else */
	fixture_add_file(fx, "later.c", "int later;\n");
	fixture_commit(fx, "later");
	doc = run_json(fx, 1, args);
	assert_true(baselined(doc, "old.c"));
	assert_true(baselined(doc, "src/legacy.c"));
	assert_false(baselined(doc, "later.c"));
	json_decref(doc);
	/* and the first commit itself passes against it */
	doc = run_json(fx, 0, at_first);
	assert_int_equal(summary(doc, "baselined"), 2);
	json_decref(doc);
	fixture_free(fx);
}

static void test_cli_baseline__hostile_path_round_trip(void **state)
{
	static const char *const args[] = {"--baseline", BL, NULL};
	fixture *fx = fixture_new_repo();
	json_t *doc;

	(void)state;
	fixture_add_file(fx, "tab\there\\.c", "int t;\n");
	fixture_add_file(fx, "new\nline.c", "int n;\n");
	fixture_commit(fx, "hostile");
	write_baseline(fx, NULL);
	doc = run_json(fx, 0, args);
	assert_true(baselined(doc, "tab\there\\.c"));
	assert_true(baselined(doc, "new\nline.c"));
	json_decref(doc);
	fixture_free(fx);
}

/* Every format counts the accepted findings apart. */
static void test_cli_baseline__every_format_counts(void **state)
{
	static const struct {
		const char *format, *needle;
	} want[] = {
	    {"text", "accepted: 1 baselined, 1 waived; 0 stale"},
	    {"json", "\"baselined\": 1, \"waived\": 1, \"stale\": 0"},
	    {"sarif", "\"baselined\": 1, \"waived\": 1"},
	    {"junit", "<property name=\"baselined\" value=\"1\"/>"},
	    {"markdown", "1 baselined, 1 waived"},
	    {"csv", "old.c,missing,,,C,,default,,baselined"},
	    {"html", "<b>1</b> baselined, <b>1</b> waived"},
	};
	fixture *fx = legacy_repo();
	fixture_result res = {0};
	size_t i;

	(void)state;
	config(fx, "waivers:\n"
	           "  - path: src/legacy.c\n"
	           "    reason: upstream\n");
	write_baseline(fx, NULL);
	for (i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
		fixture_run(&res, fx->root, 0, "--no-cache", "--baseline", BL,
		            "--format", want[i].format, NULL);
		if (res.status != 0 || !strstr(res.out, want[i].needle))
			fail_msg("%s: status %d, no \"%s\" in:\n%s",
			         want[i].format, res.status, want[i].needle,
			         res.out);
		fixture_result_dispose(&res);
	}
	/* SARIF: the baselined result is a note, "unchanged"; the waived
	 * one carries an accepted suppression */
	fixture_run(&res, fx->root, 0, "--no-cache", "--baseline", BL,
	            "--format", "sarif", NULL);
	assert_non_null(strstr(res.out, "\"baselineState\": \"unchanged\""));
	assert_non_null(strstr(res.out, "\"justification\": \"upstream\""));
	assert_null(strstr(res.out, "\"ruleIndex\": 0, \"level\": \"error\""));
	assert_non_null(
	    strstr(res.out, "\"ruleIndex\": 0, \"level\": \"note\""));
	fixture_result_dispose(&res);
	fixture_free(fx);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(
	        test_cli_baseline__write_is_sorted_and_deterministic),
	    cmocka_unit_test(test_cli_baseline__known_pass_new_file_fails),
	    cmocka_unit_test(test_cli_baseline__changed_file_judged_afresh),
	    cmocka_unit_test(test_cli_baseline__stale_entries_shrink),
	    cmocka_unit_test(test_cli_baseline__waivers_and_expiry),
	    cmocka_unit_test(test_cli_baseline__config_errors),
	    cmocka_unit_test(test_cli_baseline__config_key),
	    cmocka_unit_test(test_cli_baseline__from_another_commit),
	    cmocka_unit_test(test_cli_baseline__hostile_path_round_trip),
	    cmocka_unit_test(test_cli_baseline__every_format_counts),
	};

	return cmocka_run_group_tests_name(
	    "cli_baseline", tests, fixture_group_setup, fixture_group_teardown);
}
