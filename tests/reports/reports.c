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
 * Tests of the text and JSON writers. Reports are built by hand (the
 * container is plain data, see fixture.c), written to memory and compared
 * byte for byte with golden files under tests/data/reports/.
 */

#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <jansson.h>
#include "common.h"
#include "hdrcheck/licenses.h"
#include "hdrcheck/report.h"
#include "tests/reports/fixture.h"

static int teardown_report(void **state)
{
	hdrcheck_report_free(*state);
	return 0;
}

static int setup_basic(void **state)
{
	*state = basic_report();
	return 0;
}

static int setup_escapes(void **state)
{
	*state = escapes_report();
	return 0;
}

static int setup_empty(void **state)
{
	hdrcheck_report *r = report_new("/empty", NULL);

	hdrcheck__report_finish(r);
	*state = r;
	return 0;
}

static void test_reports__text_golden(void **state)
{
	hdrcheck_write_options opts = HDRCHECK_WRITE_OPTIONS_INIT;

	check_golden(*state, HDRCHECK_FORMAT_TEXT, &opts, "basic.txt");
}

static void test_reports__text_default_options(void **state)
{
	/* NULL options are the defaults: no colour, not quiet */
	check_golden(*state, HDRCHECK_FORMAT_TEXT, NULL, "basic.txt");
}

static void test_reports__text_quiet_golden(void **state)
{
	hdrcheck_write_options opts = HDRCHECK_WRITE_OPTIONS_INIT;

	opts.quiet = 1;
	check_golden(*state, HDRCHECK_FORMAT_TEXT, &opts, "basic-quiet.txt");
}

static void test_reports__text_color_golden(void **state)
{
	hdrcheck_write_options opts = HDRCHECK_WRITE_OPTIONS_INIT;

	opts.color = 1;
	check_golden(*state, HDRCHECK_FORMAT_TEXT, &opts, "basic-color.txt");
}

static void test_reports__text_escapes_golden(void **state)
{
	size_t len, i;
	char *got = render(*state, HDRCHECK_FORMAT_TEXT, NULL, &len);

	assert_golden("escapes.txt", got, len);
	/* no raw control byte but the line ends, whatever the input */
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)got[i];

		if ((c < 0x20 && c != '\n') || c == 0x7F)
			fail_msg("raw control byte 0x%02x at offset %zu",
			         (unsigned int)c, i);
	}
	free(got);
}

static void test_reports__text_no_violations(void **state)
{
	hdrcheck_report *r = report_new("/p", NULL);
	hdrcheck_write_options opts = HDRCHECK_WRITE_OPTIONS_INIT;
	char *got, want[256];
	size_t len;

	(void)state;
	report_add(r, "a.c", HDRCHECK_STATUS_OK, NULL, "Apache-2.0", "C", 1,
	           NULL);
	report_add(r, "b.png", HDRCHECK_STATUS_SKIPPED, HDRCHECK_SKIP_BINARY,
	           NULL, NULL, 0, NULL);
	hdrcheck__report_finish(r);

	got = render(r, HDRCHECK_FORMAT_TEXT, &opts, &len);
	snprintf(want, sizeof(want),
	         "skipped: 1 binary\n"
	         "licenses (SPDX License List %s): 1 Apache-2.0\n"
	         "2 files: 1 ok, 0 missing, 0 mismatch, "
	         "0 other_license, 1 skipped, 0 error\n",
	         hdrcheck_license_list_version());
	assert_string_equal(got, want);
	free(got);

	opts.quiet = 1;
	got = render(r, HDRCHECK_FORMAT_TEXT, &opts, &len);
	assert_int_equal(len, 0);
	free(got);
	hdrcheck_report_free(r);
}

static void test_reports__text_empty(void **state)
{
	char *got, want[256];
	size_t len;

	got = render(*state, HDRCHECK_FORMAT_TEXT, NULL, &len);
	snprintf(want, sizeof(want),
	         "licenses (SPDX License List %s): none\n"
	         "0 files: 0 ok, 0 missing, 0 mismatch, "
	         "0 other_license, 0 skipped, 0 error\n",
	         hdrcheck_license_list_version());
	assert_string_equal(got, want);
	free(got);
}

static void test_reports__json_golden(void **state)
{
	check_golden(*state, HDRCHECK_FORMAT_JSON, NULL, "basic.json");
}

static void test_reports__json_ignores_text_options(void **state)
{
	hdrcheck_write_options opts = HDRCHECK_WRITE_OPTIONS_INIT;

	opts.color = 1;
	opts.quiet = 1;
	check_golden(*state, HDRCHECK_FORMAT_JSON, &opts, "basic.json");
}

static void test_reports__json_escapes_golden(void **state)
{
	check_golden(*state, HDRCHECK_FORMAT_JSON, NULL, "escapes.json");
}

static void test_reports__json_empty_golden(void **state)
{
	check_golden(*state, HDRCHECK_FORMAT_JSON, NULL, "empty.json");
}

static json_t *render_parsed(const hdrcheck_report *r)
{
	json_error_t jerr;
	json_t *doc;
	size_t len;
	char *text = render(r, HDRCHECK_FORMAT_JSON, NULL, &len);

	assert_true(len > 0 && text[len - 1] == '\n');
	doc = json_loadb(text, len, 0, &jerr);
	if (!doc)
		fail_msg("invalid JSON at line %d: %s", jerr.line, jerr.text);
	free(text);
	return doc;
}

static void assert_keys(json_t *obj, const char *const *keys, size_t n)
{
	const char *key;
	json_t *value;
	size_t i = 0;

	assert_true(json_is_object(obj));
	assert_int_equal(json_object_size(obj), n);
	json_object_foreach(obj, key, value)
	{
		(void)value;
		assert_string_equal(key, keys[i]);
		i++;
	}
}

static void assert_count(json_t *obj, const char *key, size_t n)
{
	json_t *v = json_object_get(obj, key);

	assert_true(json_is_integer(v));
	assert_int_equal(json_integer_value(v), n);
}

static void test_reports__json_parses_back(void **state)
{
	static const char *const top[] = {"schema_version", "tool",    "source",
	                                  "policy",         "summary", "files"};
	/* schema version 1 only grows at the ends: "holders" came, then
	 * "licenses" and "unchecked" (summary) and "policy" (files) */
	static const char *const summary_keys[] = {
	    "files",   "ok",    "missing", "mismatch", "other_license",
	    "skipped", "error", "holders", "licenses", "unchecked"};
	static const char *const file_keys[] = {"path",    "status",   "reason",
	                                        "license", "language", "line",
	                                        "holders", "policy"};
	const hdrcheck_report *r = *state;
	json_t *doc = render_parsed(r), *files, *f, *summary, *source, *holders;
	size_t i;

	assert_keys(doc, top, 6);
	assert_int_equal(
	    json_integer_value(json_object_get(doc, "schema_version")), 1);
	assert_string_equal(json_string_value(json_object_get(
	                        json_object_get(doc, "tool"), "version")),
	                    HDRCHECK_VERSION);

	source = json_object_get(doc, "source");
	assert_string_equal(json_string_value(json_object_get(source, "kind")),
	                    "worktree");
	assert_string_equal(json_string_value(json_object_get(source, "root")),
	                    "/src/project");
	assert_string_equal(
	    json_string_value(json_object_get(source, "commit")), COMMIT_ID);
	assert_string_equal(json_string_value(json_object_get(
	                        json_object_get(doc, "policy"), "license")),
	                    "Apache-2.0");

	summary = json_object_get(doc, "summary");
	assert_keys(summary, summary_keys, 10);
	/* the text files left unchecked: tools/a.xyz, of no known type */
	assert_int_equal(
	    json_integer_value(json_object_get(
	        json_object_get(summary, "unchecked"), "no_comment_found")),
	    1);
	assert_int_equal(
	    json_object_size(json_object_get(
	        json_object_get(summary, "unchecked"), "no_comment_syntax")),
	    0);
	/* the license inventory: every finding naming a license */
	assert_count(json_object_get(summary, "licenses"), "Apache-2.0", 3);
	assert_count(json_object_get(summary, "licenses"), "MIT", 1);
	holders = json_object_get(summary, "holders");
	assert_int_equal(json_object_size(holders), 3);
	/* by name; a count of files */
	assert_string_equal(json_object_iter_key(json_object_iter(holders)),
	                    "ACME Corp.");
	assert_count(holders, "The Example Authors", 3);
	assert_count(holders, "Vendor, Inc.", 1);
	assert_count(summary, "files", 11);
	assert_count(summary, "ok", 2);
	assert_count(summary, "missing", 2);
	assert_count(summary, "mismatch", 1);
	assert_count(summary, "other_license", 1);
	assert_count(summary, "skipped", 4);
	assert_count(summary, "error", 1);

	files = json_object_get(doc, "files");
	assert_true(json_is_array(files));
	assert_int_equal(json_array_size(files), r->count);
	for (i = 0; i < r->count; i++) {
		f = json_array_get(files, i);
		assert_keys(f, file_keys, 8);
		holders = json_object_get(f, "holders");
		assert_true(json_is_array(holders));
		assert_int_equal(
		    json_array_size(holders),
		    r->findings[i].holders
		        ? 1 + (strchr(r->findings[i].holders, '\n') != NULL)
		        : 0);
		assert_string_equal(
		    json_string_value(json_object_get(f, "path")),
		    r->findings[i].path);
		assert_string_equal(
		    json_string_value(json_object_get(f, "status")),
		    hdrcheck_status_name(r->findings[i].status));
		if (r->findings[i].line)
			assert_count(f, "line", r->findings[i].line);
		else
			assert_true(json_is_null(json_object_get(f, "line")));
		if (!r->findings[i].reason)
			assert_true(json_is_null(json_object_get(f, "reason")));
		if (!r->findings[i].language)
			assert_true(
			    json_is_null(json_object_get(f, "language")));
	}
	/* sorted bytewise */
	assert_string_equal(json_string_value(json_object_get(
	                        json_array_get(files, 0), "path")),
	                    "Makefile");
	json_decref(doc);
}

static void test_reports__json_invalid_utf8(void **state)
{
	hdrcheck_report *r = report_new("/root\xc3", NULL);
	json_t *doc, *f, *summary;

	(void)state;
	report_add(r,
	           "a\xff"
	           "b.c",
	           HDRCHECK_STATUS_MISSING, "x\xed\xa0\x80y", "MIT\x80", NULL,
	           0, "Bad\xff Corp\nOK Inc.");
	report_add(r, "tab\t.c", HDRCHECK_STATUS_OK, NULL, "Apache-2.0", "C", 1,
	           "Bad\xfe Corp");
	hdrcheck__report_finish(r);

	doc = render_parsed(r);
	/* two names that differ only in invalid bytes become one key */
	summary = json_object_get(json_object_get(doc, "summary"), "holders");
	assert_int_equal(json_object_size(summary), 2);
	assert_count(summary, "Bad\xef\xbf\xbd Corp", 2);
	assert_count(summary, "OK Inc.", 1);
	assert_string_equal(json_string_value(json_object_get(
	                        json_object_get(doc, "source"), "root")),
	                    "/root\xef\xbf\xbd");
	assert_true(json_is_null(
	    json_object_get(json_object_get(doc, "source"), "commit")));
	f = json_array_get(json_object_get(doc, "files"), 0);
	assert_string_equal(json_string_value(json_object_get(f, "path")),
	                    "a\xef\xbf\xbd"
	                    "b.c");
	/* a UTF-8-encoded surrogate is three invalid bytes */
	assert_string_equal(json_string_value(json_object_get(f, "reason")),
	                    "x\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbdy");
	assert_string_equal(json_string_value(json_object_get(f, "license")),
	                    "MIT\xef\xbf\xbd");
	/* valid strings with control characters round-trip exactly */
	f = json_array_get(json_object_get(doc, "files"), 1);
	assert_string_equal(json_string_value(json_object_get(f, "path")),
	                    "tab\t.c");
	json_decref(doc);
	hdrcheck_report_free(r);
}

/* Many files: every one on its own line, and the whole parses back. */
static void test_reports__json_many(void **state)
{
	enum { N = 20000 };
	hdrcheck_report *r = report_new("/big", NULL);
	json_t *doc;
	char path[64], *text, *p;
	size_t i, len, lines = 0;

	(void)state;
	r->findings = calloc(N, sizeof(*r->findings));
	assert_non_null(r->findings);
	for (i = 0; i < N; i++) {
		snprintf(path, sizeof(path), "dir%zu/file%zu.c", i % 97, i);
		r->findings[i].path = strdup(path);
		r->findings[i].status = (hdrcheck_status)(i % 6);
		r->findings[i].language = "C";
		r->findings[i].line = (unsigned int)(i % 3);
	}
	r->count = N;
	hdrcheck__report_finish(r);

	text = render(r, HDRCHECK_FORMAT_JSON, NULL, &len);
	for (p = text; (p = memchr(p, '\n', len - (size_t)(p - text))); p++)
		lines++;
	/* "{", 5 members, "files": [, N files, "  ]", "}" */
	assert_int_equal(lines, 1 + 5 + 1 + N + 2);
	free(text);

	doc = render_parsed(r);
	assert_int_equal(json_array_size(json_object_get(doc, "files")), N);
	assert_count(json_object_get(doc, "summary"), "files", N);
	assert_count(json_object_get(doc, "summary"), "skipped", N / 6);
	json_decref(doc);
	hdrcheck_report_free(r);
}

static void test_reports__format_parse(void **state)
{
	hdrcheck_format format = HDRCHECK_FORMAT_JSON;

	(void)state;
	assert_int_equal(hdrcheck_format_parse(&format, "text"), 0);
	assert_int_equal(format, HDRCHECK_FORMAT_TEXT);
	assert_int_equal(hdrcheck_format_parse(&format, "json"), 0);
	assert_int_equal(format, HDRCHECK_FORMAT_JSON);
	assert_int_equal(hdrcheck_format_parse(&format, "spdx-json"), 0);
	assert_int_equal(format, HDRCHECK_FORMAT_SPDX_JSON);
	assert_true(hdrcheck_format_needs_digests(format));
	assert_int_equal(hdrcheck_format_parse(&format, "spdx"), 0);
	assert_int_equal(format, HDRCHECK_FORMAT_SPDX);
	assert_int_equal(hdrcheck_format_parse(&format, "cyclonedx-json"), 0);
	assert_int_equal(format, HDRCHECK_FORMAT_CYCLONEDX_JSON);
	assert_true(hdrcheck_format_needs_digests(format));
	assert_false(hdrcheck_format_needs_digests(HDRCHECK_FORMAT_HTML));
	assert_int_equal(hdrcheck_format_parse(&format, "json"), 0);

	/* out is left alone on failure */
	assert_int_equal(hdrcheck_format_parse(&format, "xml"),
	                 HDRCHECK_EINVAL);
	assert_string_equal(hdrcheck_error_last(),
	                    "unknown format \"xml\" (expected text, json, "
	                    "sarif, junit, markdown, csv, html, spdx-json, "
	                    "spdx or cyclonedx-json)");
	assert_int_equal(format, HDRCHECK_FORMAT_JSON);
	assert_int_equal(hdrcheck_format_parse(&format, "TEXT"),
	                 HDRCHECK_EINVAL);
	assert_int_equal(hdrcheck_format_parse(&format, ""), HDRCHECK_EINVAL);
	assert_int_equal(hdrcheck_format_parse(&format, NULL), HDRCHECK_EINVAL);
	assert_int_equal(hdrcheck_format_parse(NULL, "text"), HDRCHECK_EINVAL);
	assert_int_equal(format, HDRCHECK_FORMAT_JSON);
}

static void check_write_failure(const hdrcheck_report *r,
                                hdrcheck_format format)
{
	FILE *out = fopen("/dev/full", "w");

	if (!out)
		skip();
	assert_int_equal(hdrcheck_report_write(out, r, format, NULL),
	                 HDRCHECK_EIO);
	assert_non_null(strstr(hdrcheck_error_last(), "cannot write"));
	fclose(out);
}

static void test_reports__write_failure(void **state)
{
	hdrcheck_format f;

	for (f = HDRCHECK_FORMAT_TEXT; f <= HDRCHECK_FORMAT_HTML; f++)
		check_write_failure(*state, f);
}

static void test_reports__write_invalid_arguments(void **state)
{
	hdrcheck_write_options opts = HDRCHECK_WRITE_OPTIONS_INIT;
	char *data = NULL;
	size_t size = 0;
	FILE *out = open_memstream(&data, &size);

	assert_non_null(out);
	assert_int_equal(
	    hdrcheck_report_write(NULL, *state, HDRCHECK_FORMAT_TEXT, NULL),
	    HDRCHECK_EINVAL);
	assert_int_equal(
	    hdrcheck_report_write(out, NULL, HDRCHECK_FORMAT_TEXT, NULL),
	    HDRCHECK_EINVAL);
	assert_int_equal(
	    hdrcheck_report_write(out, *state, (hdrcheck_format)42, NULL),
	    HDRCHECK_EINVAL);
	opts.version = HDRCHECK_WRITE_OPTIONS_VERSION + 1;
	assert_int_equal(
	    hdrcheck_report_write(out, *state, HDRCHECK_FORMAT_TEXT, &opts),
	    HDRCHECK_EINVAL);
	/* the SBOM formats need the digests the check computes on request */
	assert_int_equal(
	    hdrcheck_report_write(out, *state, HDRCHECK_FORMAT_SPDX_JSON, NULL),
	    HDRCHECK_EINVAL);
	assert_non_null(strstr(hdrcheck_error_last(), "digests"));
	assert_int_equal(fclose(out), 0);
	/* nothing was written */
	assert_int_equal(size, 0);
	free(data);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test_setup_teardown(test_reports__text_golden,
	                                    setup_basic, teardown_report),
	    cmocka_unit_test_setup_teardown(test_reports__text_default_options,
	                                    setup_basic, teardown_report),
	    cmocka_unit_test_setup_teardown(test_reports__text_quiet_golden,
	                                    setup_basic, teardown_report),
	    cmocka_unit_test_setup_teardown(test_reports__text_color_golden,
	                                    setup_basic, teardown_report),
	    cmocka_unit_test_setup_teardown(test_reports__text_escapes_golden,
	                                    setup_escapes, teardown_report),
	    cmocka_unit_test(test_reports__text_no_violations),
	    cmocka_unit_test_setup_teardown(test_reports__text_empty,
	                                    setup_empty, teardown_report),
	    cmocka_unit_test_setup_teardown(test_reports__json_golden,
	                                    setup_basic, teardown_report),
	    cmocka_unit_test_setup_teardown(
	        test_reports__json_ignores_text_options, setup_basic,
	        teardown_report),
	    cmocka_unit_test_setup_teardown(test_reports__json_escapes_golden,
	                                    setup_escapes, teardown_report),
	    cmocka_unit_test_setup_teardown(test_reports__json_empty_golden,
	                                    setup_empty, teardown_report),
	    cmocka_unit_test_setup_teardown(test_reports__json_parses_back,
	                                    setup_basic, teardown_report),
	    cmocka_unit_test(test_reports__json_invalid_utf8),
	    cmocka_unit_test(test_reports__json_many),
	    cmocka_unit_test(test_reports__format_parse),
	    cmocka_unit_test_setup_teardown(test_reports__write_failure,
	                                    setup_basic, teardown_report),
	    cmocka_unit_test_setup_teardown(
	        test_reports__write_invalid_arguments, setup_basic,
	        teardown_report),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
