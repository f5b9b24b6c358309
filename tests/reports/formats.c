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
 * Tests of the CI and legal-review writers: SARIF, JUnit, Markdown, CSV
 * and HTML. Each has goldens (tests/data/reports/basic.* and escapes.*,
 * written with a fixed date) and checks of its own rules: the SARIF
 * structure the schema and GitHub require, well-formed XML, RFC 4180,
 * the Markdown size cap, HTML escaping and self-containment.
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
#include "digest/digest.h"
#include "hdrcheck/report.h"
#include "reports/reports.h"
#include "tests/reports/fixture.h"

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

static int teardown_report(void **state)
{
	hdrcheck_report_free(*state);
	return 0;
}

static hdrcheck_write_options golden_options(void)
{
	hdrcheck_write_options opts = HDRCHECK_WRITE_OPTIONS_INIT;

	opts.date = GOLDEN_DATE;
	return opts;
}

static void golden(void **state, hdrcheck_format format, const char *name)
{
	hdrcheck_write_options opts = golden_options();

	check_golden(*state, format, &opts, name);
}

static void test_reports_formats__sarif_golden(void **state)
{
	golden(state, HDRCHECK_FORMAT_SARIF, "basic.sarif");
}

static void test_reports_formats__junit_golden(void **state)
{
	golden(state, HDRCHECK_FORMAT_JUNIT, "basic.junit.xml");
}

static void test_reports_formats__markdown_golden(void **state)
{
	golden(state, HDRCHECK_FORMAT_MARKDOWN, "basic.md");
}

static void test_reports_formats__csv_golden(void **state)
{
	golden(state, HDRCHECK_FORMAT_CSV, "basic.csv");
}

static void test_reports_formats__html_golden(void **state)
{
	golden(state, HDRCHECK_FORMAT_HTML, "basic.html");
}

static void test_reports_formats__escapes_goldens(void **state)
{
	golden(state, HDRCHECK_FORMAT_SARIF, "escapes.sarif");
	golden(state, HDRCHECK_FORMAT_JUNIT, "escapes.junit.xml");
	golden(state, HDRCHECK_FORMAT_MARKDOWN, "escapes.md");
	golden(state, HDRCHECK_FORMAT_CSV, "escapes.csv");
	golden(state, HDRCHECK_FORMAT_HTML, "escapes.html");
}

static void test_reports_formats__fail_on_goldens(void **state)
{
	hdrcheck_write_options opts = golden_options();

	/* other_license and error are no gate: warnings, passes, unlisted */
	opts.fail_on = HDRCHECK_STATUS_BIT(HDRCHECK_STATUS_MISSING) |
	               HDRCHECK_STATUS_BIT(HDRCHECK_STATUS_MISMATCH) |
	               HDRCHECK_STATUS_BIT(HDRCHECK_STATUS_SKIPPED);
	check_golden(*state, HDRCHECK_FORMAT_JUNIT, &opts,
	             "basic-fail-on.junit.xml");
	check_golden(*state, HDRCHECK_FORMAT_MARKDOWN, &opts,
	             "basic-fail-on.md");
	check_golden(*state, HDRCHECK_FORMAT_SARIF, &opts,
	             "basic-fail-on.sarif");
}

/* --- SARIF ---------------------------------------------------------- */

static json_t *parse_json(const char *text, size_t len)
{
	json_error_t jerr;
	json_t *doc = json_loadb(text, len, 0, &jerr);

	if (!doc)
		fail_msg("invalid JSON at line %d: %s", jerr.line, jerr.text);
	return doc;
}

static json_t *member(json_t *obj, const char *key, json_type type,
                      const char *where)
{
	json_t *v = json_object_get(obj, key);

	if (!v || json_typeof(v) != type)
		fail_msg("%s: \"%s\" missing or of the wrong type", where, key);
	return v;
}

/* A non-empty string: GitHub rejects empty required strings. */
static const char *text_member(json_t *obj, const char *key, const char *where)
{
	const char *s = json_string_value(member(obj, key, JSON_STRING, where));

	if (!*s)
		fail_msg("%s: \"%s\" is empty", where, key);
	return s;
}

static void check_message(json_t *obj, const char *key, const char *where)
{
	/* multiformatMessageString / message: "text" is required here */
	text_member(member(obj, key, JSON_OBJECT, where), "text", where);
}

static void check_region(json_t *region)
{
	const char *keys[] = {"startLine", "startColumn", "endLine",
	                      "endColumn"};
	size_t i;

	for (i = 0; i < 4; i++)
		assert_true(json_integer_value(member(
		                region, keys[i], JSON_INTEGER, "region")) >= 1);
	assert_true(json_integer_value(json_object_get(region, "endLine")) >=
	            json_integer_value(json_object_get(region, "startLine")));
}

/* A relative URI reference: no scheme, no raw byte outside RFC 3986. */
static void check_uri(const char *uri)
{
	const char *p;

	assert_true(*uri && *uri != '/');
	for (p = uri; *p; p++) {
		if (*p == '%') {
			assert_non_null(strchr("0123456789ABCDEF", p[1]));
			assert_non_null(strchr("0123456789ABCDEF", p[2]));
			continue;
		}
		if (!strchr(
		        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
		        "0123456789-._~/",
		        *p))
			fail_msg("unencoded byte 0x%02x in URI %s",
			         (unsigned int)(unsigned char)*p, uri);
	}
}

/*
 * The SARIF 2.1.0 schema's required properties (sarifLog: version, runs;
 * run: tool; tool: driver; toolComponent: name; reportingDescriptor: id;
 * result: message; message: text or id), the types of what we write, and
 * what GitHub's code scanning requires on top ($schema, rules with short
 * and full descriptions and help, results with locations and a region).
 * Returns the number of results.
 */
static size_t validate_sarif(const char *text, size_t len)
{
	json_t *doc = parse_json(text, len), *runs, *run, *driver, *rules,
	       *results, *rule, *res, *loc, *phys;
	const char *level;
	size_t i, n;
	json_int_t index;

	assert_string_equal(text_member(doc, "version", "sarifLog"), "2.1.0");
	assert_non_null(
	    strstr(text_member(doc, "$schema", "sarifLog"), "sarif-2.1.0"));
	runs = member(doc, "runs", JSON_ARRAY, "sarifLog");
	assert_int_equal(json_array_size(runs), 1);
	run = json_array_get(runs, 0);
	driver = member(member(run, "tool", JSON_OBJECT, "run"), "driver",
	                JSON_OBJECT, "tool");
	assert_string_equal(text_member(driver, "name", "driver"), "hdrcheck");
	assert_string_equal(text_member(driver, "version", "driver"),
	                    HDRCHECK_VERSION);
	assert_string_equal(text_member(driver, "semanticVersion", "driver"),
	                    HDRCHECK_VERSION);
	rules = member(driver, "rules", JSON_ARRAY, "driver");
	assert_true(json_array_size(rules) >= 4);
	json_array_foreach(rules, i, rule)
	{
		text_member(rule, "id", "rule");
		text_member(rule, "name", "rule");
		check_message(rule, "shortDescription", "rule");
		check_message(rule, "fullDescription", "rule");
		check_message(rule, "help", "rule");
		level = text_member(
		    member(rule, "defaultConfiguration", JSON_OBJECT, "rule"),
		    "level", "rule");
		assert_true(!strcmp(level, "error") ||
		            !strcmp(level, "warning") ||
		            !strcmp(level, "note"));
		assert_true(strlen(json_string_value(json_object_get(
		                json_object_get(rule, "shortDescription"),
		                "text"))) <= 1024);
	}
	text_member(member(run, "automationDetails", JSON_OBJECT, "run"), "id",
	            "automationDetails");
	results = member(run, "results", JSON_ARRAY, "run");
	json_array_foreach(results, i, res)
	{
		check_message(res, "message", "result");
		level = text_member(res, "level", "result");
		assert_true(!strcmp(level, "error") ||
		            !strcmp(level, "warning"));
		index = json_integer_value(
		    member(res, "ruleIndex", JSON_INTEGER, "result"));
		assert_true(index >= 0 &&
		            (size_t)index < json_array_size(rules));
		assert_string_equal(
		    text_member(res, "ruleId", "result"),
		    json_string_value(json_object_get(
		        json_array_get(rules, (size_t)index), "id")));
		n = json_array_size(
		    member(res, "locations", JSON_ARRAY, "result"));
		assert_int_equal(n, 1);
		loc = json_array_get(json_object_get(res, "locations"), 0);
		phys = member(loc, "physicalLocation", JSON_OBJECT, "location");
		check_uri(text_member(member(phys, "artifactLocation",
		                             JSON_OBJECT, "physicalLocation"),
		                      "uri", "artifactLocation"));
		check_region(
		    member(phys, "region", JSON_OBJECT, "physicalLocation"));
		text_member(
		    member(res, "partialFingerprints", JSON_OBJECT, "result"),
		    "primaryLocationLineHash", "partialFingerprints");
	}
	n = json_array_size(results);
	json_decref(doc);
	return n;
}

static size_t sarif_results(const hdrcheck_report *r,
                            const hdrcheck_write_options *opts)
{
	size_t len, n;
	char *text = render(r, HDRCHECK_FORMAT_SARIF, opts, &len);

	n = validate_sarif(text, len);
	free(text);
	return n;
}

static void test_reports_formats__sarif_schema(void **state)
{
	hdrcheck_report *empty = report_new("/empty", NULL), *esc;
	hdrcheck_write_options opts = HDRCHECK_WRITE_OPTIONS_INIT;

	/* missing 2, mismatch 1, other_license 1, error 1 */
	assert_int_equal(sarif_results(*state, NULL), 5);
	hdrcheck__report_finish(empty);
	assert_int_equal(sarif_results(empty, NULL), 0);
	hdrcheck_report_free(empty);
	esc = escapes_report();
	assert_int_equal(sarif_results(esc, NULL), 14);
	/* nothing fails: the default violations stay, as warnings */
	opts.fail_on = HDRCHECK_FAIL_ON_NONE;
	assert_int_equal(sarif_results(esc, &opts), 14);
	hdrcheck_report_free(esc);
	/* skipped as a gate: four more results */
	opts.fail_on = HDRCHECK_FAIL_ON_DEFAULT |
	               HDRCHECK_STATUS_BIT(HDRCHECK_STATUS_SKIPPED);
	assert_int_equal(sarif_results(*state, &opts), 9);
}

static void test_reports_formats__sarif_levels(void **state)
{
	hdrcheck_write_options opts = HDRCHECK_WRITE_OPTIONS_INIT;
	json_t *doc, *results, *res;
	size_t len, i, errors = 0, warnings = 0;
	char *text;

	opts.fail_on = HDRCHECK_STATUS_BIT(HDRCHECK_STATUS_MISSING);
	text = render(*state, HDRCHECK_FORMAT_SARIF, &opts, &len);
	doc = parse_json(text, len);
	results = json_object_get(
	    json_array_get(json_object_get(doc, "runs"), 0), "results");
	json_array_foreach(results, i, res)
	{
		const char *id =
		    json_string_value(json_object_get(res, "ruleId"));
		const char *level =
		    json_string_value(json_object_get(res, "level"));

		assert_string_equal(level, strcmp(id, "missing") ? "warning"
		                                                 : "error");
		errors += !strcmp(level, "error");
		warnings += !strcmp(level, "warning");
	}
	assert_int_equal(errors, 2);
	assert_int_equal(warnings, 3);
	json_decref(doc);
	free(text);
}

/* A file that passes with a warning: the JSON record's "warning", a
 * "warnings" section of the text report, a SARIF result of its own rule
 * (level warning), and no result for a file that passes without one. */
static void test_reports_formats__warnings(void **state)
{
	hdrcheck_write_options opts = HDRCHECK_WRITE_OPTIONS_INIT;
	hdrcheck_report *r = report_new("/src/project", NULL);
	json_t *doc, *run, *results, *res, *rules;
	size_t len;
	char *text;

	(void)state;
	report_add(r, "a.go", HDRCHECK_STATUS_OK, NULL, "Apache-2.0", "Go", 5,
	           NULL);
	r->findings[0].warning = strdup("line 2 also states MIT, another "
	                                "license than the header's "
	                                "Apache-2.0");
	report_add(r, "b.go", HDRCHECK_STATUS_OK, NULL, "Apache-2.0", "Go", 1,
	           NULL);
	hdrcheck__report_finish(r);

	text = render(r, HDRCHECK_FORMAT_JSON, &opts, &len);
	assert_non_null(strstr(text, "\"policy\": null, \"warning\": \"line 2 "
	                             "also states MIT, another license than "
	                             "the header's Apache-2.0\"}"));
	assert_non_null(strstr(text, "{\"path\": \"b.go\""));
	assert_null(strstr(strstr(text, "{\"path\": \"b.go\""), "warning"));
	free(text);

	text = render(r, HDRCHECK_FORMAT_TEXT, &opts, &len);
	assert_non_null(strstr(text, "warnings (1):\n  a.go:5: line 2 also "
	                             "states MIT"));
	free(text);

	text = render(r, HDRCHECK_FORMAT_SARIF, &opts, &len);
	doc = parse_json(text, len);
	run = json_array_get(json_object_get(doc, "runs"), 0);
	results = json_object_get(run, "results");
	rules = json_object_get(
	    json_object_get(json_object_get(run, "tool"), "driver"), "rules");
	assert_int_equal(json_array_size(results), 1);
	res = json_array_get(results, 0);
	assert_string_equal(json_string_value(json_object_get(res, "ruleId")),
	                    "conflicting_license");
	assert_string_equal(json_string_value(json_object_get(res, "level")),
	                    "warning");
	assert_string_equal(
	    json_string_value(json_object_get(
	        json_array_get(rules, (size_t)json_integer_value(
	                                  json_object_get(res, "ruleIndex"))),
	        "id")),
	    "conflicting_license");
	json_decref(doc);
	free(text);
	hdrcheck_report_free(r);
}

/* Past max_results (GitHub's 25,000 by default), the first results and
 * one that says how many were left out; at the cap, no such result. */
static void test_reports_formats__sarif_cap(void **state)
{
	hdrcheck_write_options opts = HDRCHECK_WRITE_OPTIONS_INIT;
	json_t *doc, *run, *results, *last, *rules;
	size_t len;
	char *text;

	opts.max_results = 3;
	text = render(*state, HDRCHECK_FORMAT_SARIF, &opts, &len);
	doc = parse_json(text, len);
	run = json_array_get(json_object_get(doc, "runs"), 0);
	results = json_object_get(run, "results");
	assert_int_equal(json_array_size(results), 3);
	last = json_array_get(results, 2);
	assert_string_equal(json_string_value(json_object_get(last, "ruleId")),
	                    "truncated");
	assert_non_null(strstr(json_string_value(json_object_get(
	                           json_object_get(last, "message"), "text")),
	                       "3 more results left out"));
	rules = json_object_get(
	    json_object_get(json_object_get(run, "tool"), "driver"), "rules");
	assert_string_equal(
	    json_string_value(json_object_get(
	        json_array_get(rules, (size_t)json_integer_value(
	                                  json_object_get(last, "ruleIndex"))),
	        "id")),
	    "truncated");
	json_decref(doc);
	free(text);

	opts.max_results = 5;
	text = render(*state, HDRCHECK_FORMAT_SARIF, &opts, &len);
	assert_null(strstr(text, "\"truncated\""));
	doc = parse_json(text, len);
	run = json_array_get(json_object_get(doc, "runs"), 0);
	assert_int_equal(json_array_size(json_object_get(run, "results")), 5);
	json_decref(doc);
	free(text);
}

/* --- XML ------------------------------------------------------------ */

static const char *entity_end(const char *p)
{
	static const char *const names[] = {"&amp;", "&lt;", "&gt;", "&quot;",
	                                    "&#39;"};
	size_t i;

	for (i = 0; i < 5; i++)
		if (!strncmp(p, names[i], strlen(names[i])))
			return p + strlen(names[i]);
	fail_msg("bad entity at \"%.12s\"", p);
	return NULL;
}

/*
 * A small well-formedness check for what the JUnit writer emits: nested
 * tags, quoted attributes, entities only from our set, valid UTF-8 and no
 * control character but the line ends.
 */
static void assert_well_formed_xml(const char *s, size_t len)
{
	const char *stack[32];
	size_t depth = 0, n;
	const char *p = s, *end = s + len, *name;

	assert_true(hdrcheck__utf8_is_valid(s, len));
	for (n = 0; n < len; n++)
		if ((unsigned char)s[n] < 0x20 && s[n] != '\n')
			fail_msg("control byte at %zu", n);
	assert_true(!strncmp(p, "<?xml ", 6));
	p = strstr(p, "?>") + 2;
	while (p < end) {
		if (*p == '&') {
			p = entity_end(p);
			continue;
		}
		if (*p != '<') {
			assert_true(*p != '>');
			p++;
			continue;
		}
		if (p[1] == '/') {
			name = p + 2;
			n = strcspn(name, ">");
			assert_true(depth > 0);
			depth--;
			assert_true(!strncmp(stack[depth], name, n));
			p = name + n + 1;
			continue;
		}
		name = ++p;
		n = strcspn(name, " />");
		assert_true(n > 0);
		p += n;
		for (;;) {
			while (*p == ' ')
				p++;
			if (*p == '/' && p[1] == '>') {
				p += 2;
				break;
			}
			if (*p == '>') {
				assert_true(depth < 32);
				stack[depth++] = name;
				p++;
				break;
			}
			/* name="value" */
			p += strcspn(p, "=");
			assert_true(p[0] == '=' && p[1] == '"');
			for (p += 2; *p != '"'; p++) {
				assert_true(*p && *p != '<');
				if (*p == '&')
					p = entity_end(p) - 1;
			}
			p++;
		}
	}
	assert_int_equal(depth, 0);
}

static size_t count_of(const char *hay, const char *needle)
{
	size_t n = 0;

	while ((hay = strstr(hay, needle)) != NULL) {
		n++;
		hay += strlen(needle);
	}
	return n;
}

static void test_reports_formats__junit_well_formed(void **state)
{
	size_t len;
	char *text;
	hdrcheck_report *esc = escapes_report();

	(void)state;
	text = render(*state, HDRCHECK_FORMAT_JUNIT, NULL, &len);
	assert_well_formed_xml(text, len);
	assert_int_equal(count_of(text, "<testcase "), 11);
	assert_int_equal(count_of(text, "<failure "), 4);
	assert_int_equal(count_of(text, "<error "), 1);
	assert_int_equal(count_of(text, "<skipped "), 4);
	assert_non_null(strstr(text, "tests=\"11\" failures=\"4\" errors=\"1\" "
	                             "skipped=\"4\""));
	/* classname is the directory as a package name, "(root)" at the
	 * top */
	assert_non_null(strstr(text, "classname=\"src\" name=\"old.c\" "
	                             "file=\"src/old.c\""));
	assert_non_null(strstr(
	    text, "classname=\"(root)\" name=\"Makefile\" file=\"Makefile\""));
	assert_null(strstr(text, "classname=\".\""));
	free(text);

	text = render(esc, HDRCHECK_FORMAT_JUNIT, NULL, &len);
	assert_well_formed_xml(text, len);
	assert_int_equal(count_of(text, "<testcase "), esc->count);
	assert_null(strstr(text, "<script"));
	free(text);
	hdrcheck_report_free(esc);
}

/* --- CSV ------------------------------------------------------------ */

/* Parse RFC 4180 text into rows of fields; returns the number of rows. */
static size_t parse_csv(const char *s, size_t len, char ***cells,
                        size_t *fields_per_row)
{
	size_t i = 0, rows = 0, fields = 0, n = 0, cap = 0;
	char **out = NULL;
	char *field;
	size_t flen;

	*fields_per_row = 0;
	while (i < len) {
		field = malloc(len + 1);
		assert_non_null(field);
		flen = 0;
		if (s[i] == '"') {
			for (i++;; i++) {
				assert_true(i < len);
				if (s[i] == '"' && i + 1 < len &&
				    s[i + 1] == '"')
					field[flen++] = s[i++];
				else if (s[i] == '"')
					break;
				else
					field[flen++] = s[i];
			}
			i++;
		} else {
			while (i < len && s[i] != ',' && s[i] != '\r') {
				assert_true(s[i] != '"' && s[i] != '\n');
				field[flen++] = s[i++];
			}
		}
		field[flen] = '\0';
		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			out = realloc(out, cap * sizeof(*out));
			assert_non_null(out);
		}
		out[n++] = field;
		fields++;
		if (s[i] == ',') {
			i++;
			continue;
		}
		/* every record ends with CRLF */
		assert_true(s[i] == '\r' && s[i + 1] == '\n');
		i += 2;
		if (*fields_per_row)
			assert_int_equal(fields, *fields_per_row);
		*fields_per_row = fields;
		fields = 0;
		rows++;
	}
	*cells = out;
	return rows;
}

static void check_csv(const hdrcheck_report *r)
{
	char **cells = NULL, *text;
	size_t len, rows, per, i;

	text = render(r, HDRCHECK_FORMAT_CSV, NULL, &len);
	rows = parse_csv(text, len, &cells, &per);
	assert_int_equal(per, 8);
	assert_int_equal(rows, r->count + 1);
	assert_string_equal(cells[0], "path");
	assert_string_equal(cells[7], "holders");
	for (i = 0; i < r->count; i++) {
		const char *path = cells[(i + 1) * per];

		/* exact bytes, but for a formula's protective quote */
		if (path[0] == '\'')
			path++;
		assert_string_equal(path, r->findings[i].path);
		assert_string_equal(
		    cells[(i + 1) * per + 1],
		    hdrcheck_status_name(r->findings[i].status));
	}
	for (i = 0; i < rows * per; i++)
		free(cells[i]);
	free(cells);
	free(text);
}

static void test_reports_formats__csv_round_trip(void **state)
{
	hdrcheck_report *esc = escapes_report();
	char *text;
	size_t len;

	check_csv(*state);
	check_csv(esc);
	/* no cell may start a formula */
	text = render(esc, HDRCHECK_FORMAT_CSV, NULL, &len);
	assert_null(strstr(text, "\n=HYPERLINK"));
	assert_null(strstr(text, ",=cmd"));
	assert_non_null(
	    strstr(text, "\r\n\"'=HYPERLINK(\"\"http://x\"\"),1.csv\""));
	free(text);
	hdrcheck_report_free(esc);
}

/* --- Markdown ------------------------------------------------------- */

/* Unescaped '|' outside of nothing: the table's column separators. */
static size_t pipes(const char *line, size_t n)
{
	size_t i, count = 0;

	for (i = 0; i < n; i++)
		if (line[i] == '|' && (i == 0 || line[i - 1] != '\\'))
			count++;
	return count;
}

static void test_reports_formats__markdown_table_cells(void **state)
{
	hdrcheck_report *esc = escapes_report();
	const char *p, *nl;
	char *text;
	size_t len, rows = 0;

	(void)state;
	text = render(esc, HDRCHECK_FORMAT_MARKDOWN, NULL, &len);
	/* each violation row has exactly four cells whatever the path */
	p = strstr(text, "| File |");
	assert_non_null(p);
	for (; *p == '|'; p = nl + 1) {
		nl = strchr(p, '\n');
		assert_int_equal(pipes(p, (size_t)(nl - p)), 5);
		rows++;
	}
	assert_int_equal(rows, 2 + 14);
	/* no raw HTML, mention or link from a file name */
	assert_null(strstr(text, "| <script"));
	assert_non_null(strstr(text, "`<script>alert(1)</script>.py`"));
	assert_non_null(strstr(text, "`` a\\|b`c`@user [x](1) *y*.md ``"));
	free(text);
	hdrcheck_report_free(esc);
}

static void test_reports_formats__markdown_cap(void **state)
{
	hdrcheck_report *r = report_new("/big", NULL);
	hdrcheck_write_options opts = HDRCHECK_WRITE_OPTIONS_INIT;
	char path[600], *text;
	size_t i, len;

	(void)state;
	for (i = 0; i < 2000; i++) {
		/* long names: the byte budget must bind before the count */
		snprintf(path, sizeof(path), "dir/%0500zu.c", i);
		report_add(r, path, HDRCHECK_STATUS_MISSING, NULL, NULL, "C", 0,
		           NULL);
	}
	hdrcheck__report_finish(r);
	text = render(r, HDRCHECK_FORMAT_MARKDOWN, NULL, &len);
	assert_int_equal(count_of(text, "| `dir/"), 50);
	assert_non_null(strstr(text, "\xE2\x80\xA6 and 1950 more violations"));
	free(text);

	opts.max_violations = 5000;
	text = render(r, HDRCHECK_FORMAT_MARKDOWN, &opts, &len);
	/* a pull-request comment holds 65536 characters */
	assert_true(len < 65536);
	assert_true(count_of(text, "| `dir/") < 2000);
	assert_non_null(strstr(text, "more violations, not listed"));
	free(text);

	opts.max_violations = 3;
	text = render(r, HDRCHECK_FORMAT_MARKDOWN, &opts, &len);
	assert_int_equal(count_of(text, "| `dir/"), 3);
	free(text);
	hdrcheck_report_free(r);
}

/* --- HTML ----------------------------------------------------------- */

static void test_reports_formats__html_escaping(void **state)
{
	hdrcheck_report *esc = escapes_report();
	char *text;
	size_t len;

	(void)state;
	text = render(esc, HDRCHECK_FORMAT_HTML, NULL, &len);
	assert_true(hdrcheck__utf8_is_valid(text, len));
	/* our one script, and the hostile name only as text */
	assert_int_equal(count_of(text, "<script"), 1);
	assert_null(strstr(text, "<script>alert"));
	assert_non_null(
	    strstr(text, "&lt;script&gt;alert(1)&lt;/script&gt;.py"));
	assert_null(strstr(text, "<b>&</b>"));
	assert_non_null(strstr(text, "Caf\xc3\xa9 &lt;b&gt;&amp;&lt;/b&gt; "
	                             "&quot;Co&quot;"));
	/* control bytes and invalid UTF-8 shown as escapes */
	assert_non_null(strstr(text, "new\\nline.py"));
	assert_non_null(strstr(text, "bad\\377\\376.c"));
	free(text);
	hdrcheck_report_free(esc);
}

static void test_reports_formats__html_self_contained(void **state)
{
	hdrcheck_write_options opts = HDRCHECK_WRITE_OPTIONS_INIT;
	char *text, *again;
	size_t len, len2;

	opts.date = GOLDEN_DATE;
	text = render(*state, HDRCHECK_FORMAT_HTML, &opts, &len);
	/* nothing is fetched: no src, link, import or url() */
	assert_null(strstr(text, " src="));
	assert_null(strstr(text, "<link"));
	assert_null(strstr(text, "@import"));
	assert_null(strstr(text, "url("));
	assert_null(strstr(text, "href=\"http"));
	assert_non_null(strstr(text, "default-src 'none'; style-src 'sha256-"));
	assert_non_null(strstr(text, "<svg"));
	assert_non_null(strstr(text, "2024-05-06 07:08:09 UTC"));
	assert_non_null(strstr(text, "@media print"));
	/* the date comes from the options: the same bytes each time */
	again = render(*state, HDRCHECK_FORMAT_HTML, &opts, &len2);
	assert_int_equal(len, len2);
	assert_memory_equal(text, again, len);
	free(again);
	free(text);
}

static void test_reports_formats__html_counts(void **state)
{
	char *text;
	size_t len;

	text = render(*state, HDRCHECK_FORMAT_HTML, NULL, &len);
	assert_non_null(strstr(text, "id=\"count-ok\">2<"));
	assert_non_null(strstr(text, "id=\"count-missing\">2<"));
	assert_non_null(strstr(text, "id=\"count-skipped\">4<"));
	assert_non_null(strstr(text, "id=\"count-files\">11<"));
	assert_non_null(strstr(text, "id=\"violations-count\">5<"));
	assert_int_equal(count_of(text, "<tr data-status="), 5);
	assert_non_null(strstr(text, "id=\"holders-count\">3<"));
	free(text);
}

/* A long table comes in parts of 500 rows: every row once, the parts
 * named after the table, and the markup balanced. */
static void test_reports_formats__html_long_tables_in_parts(void **state)
{
	hdrcheck_report *r = report_new("/src/project", NULL);
	char *text, path[64];
	const char *p;
	size_t i, len, tables = 0, ends = 0;

	(void)state;
	for (i = 0; i < 1201; i++) {
		snprintf(path, sizeof(path), "src/f%04zu.c", i);
		report_add(r, path, HDRCHECK_STATUS_OTHER_LICENSE, NULL, "MIT",
		           "C", 1, "Vendor");
	}
	hdrcheck__report_finish(r);
	text = render(r, HDRCHECK_FORMAT_HTML, NULL, &len);
	assert_int_equal(count_of(text, "<tr data-status="), 1201);
	/* 1201 rows: the first table and two more parts, in each table */
	assert_int_equal(
	    count_of(text, "data-part-of=\"violation-table\"><tbody>"), 2);
	assert_int_equal(
	    count_of(text, "data-part-of=\"third-party-table\"><tbody>"), 2);
	assert_int_equal(count_of(text, "data-part-of=\"file-table\"><tbody>"),
	                 2);
	assert_int_equal(count_of(text, "<div class=\"chunk\">"), 6);
	/* the 500th row ends a part, the 501st begins the next */
	p = strstr(text, "src/f0499.c");
	assert_non_null(p);
	assert_true(strstr(p, "<div class=\"chunk\">") <
	            strstr(p, "src/f0500.c"));
	for (p = text; (p = strstr(p, "<table")) != NULL; p++)
		tables++;
	for (p = text; (p = strstr(p, "</table>")) != NULL; p++)
		ends++;
	assert_int_equal(tables, ends);
	assert_int_equal(count_of(text, "<div"), count_of(text, "</div>"));
	free(text);
	hdrcheck_report_free(r);
}

/* --- options and parsers --------------------------------------------- */

/* With a per-path policy, every writer names that policy's license, not
 * the default policy's. */
static void test_reports_formats__per_path_license(void **state)
{
	static const hdrcheck_format formats[] = {
	    HDRCHECK_FORMAT_TEXT, HDRCHECK_FORMAT_SARIF,
	    HDRCHECK_FORMAT_MARKDOWN, HDRCHECK_FORMAT_JUNIT,
	    HDRCHECK_FORMAT_HTML};
	hdrcheck_write_options opts = golden_options();
	hdrcheck_report *r = report_new("/src/project", NULL);
	size_t i, len;

	(void)state;
	report_add(r, "docs/a.md", HDRCHECK_STATUS_MISSING, NULL, NULL,
	           "Markdown", 0, NULL);
	report_add(r, "docs/b.md", HDRCHECK_STATUS_OTHER_LICENSE, NULL, "MIT",
	           "Markdown", 1, NULL);
	for (i = 0; i < r->count; i++)
		r->findings[i].policy = strdup("docs");
	r->policy_license = strdup("Apache-2.0");
	r->policy_names = calloc(2, sizeof(char *));
	r->policy_licenses = calloc(2, sizeof(char *));
	assert_non_null(r->policy_names);
	assert_non_null(r->policy_licenses);
	r->policy_names[0] = strdup("default");
	r->policy_licenses[0] = strdup("Apache-2.0");
	r->policy_names[1] = strdup("docs");
	r->policy_licenses[1] = strdup("CC-BY-3.0");
	r->policies_count = 2;
	hdrcheck__report_finish(r);
	assert_string_equal(hdrcheck_report_license_for(r, &r->findings[0]),
	                    "CC-BY-3.0");
	for (i = 0; i < HDRCHECK__ARRAY_SIZE(formats); i++) {
		char *out = render(r, formats[i], &opts, &len);

		assert_non_null(strstr(out, "CC-BY-3.0"));
		assert_null(strstr(out, "Apache-2.0 required"));
		assert_null(strstr(out, "instead of Apache-2.0"));
		free(out);
	}
	hdrcheck_report_free(r);
}

static void test_reports_formats__options_version_1(void **state)
{
	/* a caller built against version 1 of the struct */
	struct {
		unsigned int version;
		int color;
		int quiet;
	} *v1 = malloc(sizeof(*v1));
	char *a, *b;
	size_t la, lb;

	assert_non_null(v1);
	v1->version = 1;
	v1->color = 0;
	v1->quiet = 1;
	/* ASan would see a read past the smaller struct */
	a = render(*state, HDRCHECK_FORMAT_TEXT,
	           (const hdrcheck_write_options *)(void *)v1, &la);
	b = render(*state, HDRCHECK_FORMAT_MARKDOWN,
	           (const hdrcheck_write_options *)(void *)v1, &lb);
	assert_null(strstr(a, "files:"));
	assert_non_null(strstr(b, "5 license header violations"));
	free(a);
	free(b);
	free(v1);
}

static void test_reports_formats__parsers(void **state)
{
	static const char *const names[] = {
	    "text", "json", "sarif", "junit", "markdown", "csv", "html"};
	hdrcheck_format format;
	hdrcheck_status status = HDRCHECK_STATUS_ERROR;
	unsigned int set = 7;
	size_t i;

	(void)state;
	for (i = 0; i < 7; i++) {
		assert_int_equal(hdrcheck_format_parse(&format, names[i]), 0);
		assert_int_equal(format, (hdrcheck_format)i);
	}
	assert_int_equal(hdrcheck_status_parse(&status, "other_license"), 0);
	assert_int_equal(status, HDRCHECK_STATUS_OTHER_LICENSE);
	assert_int_equal(hdrcheck_status_parse(&status, "nope"),
	                 HDRCHECK_EINVAL);
	assert_int_equal(status, HDRCHECK_STATUS_OTHER_LICENSE);

	assert_int_equal(hdrcheck_fail_on_parse(&set, "missing,error"), 0);
	assert_int_equal(set, HDRCHECK_STATUS_BIT(HDRCHECK_STATUS_MISSING) |
	                          HDRCHECK_STATUS_BIT(HDRCHECK_STATUS_ERROR));
	assert_int_equal(hdrcheck_fail_on_parse(&set, "none"), 0);
	assert_int_equal(set, HDRCHECK_FAIL_ON_NONE);
	assert_int_equal(
	    hdrcheck_fail_on_parse(&set, "missing,mismatch,other_license,"
	                                 "error"),
	    0);
	assert_int_equal(set, HDRCHECK_FAIL_ON_DEFAULT);
	set = 7;
	assert_int_equal(hdrcheck_fail_on_parse(&set, "ok"), HDRCHECK_EINVAL);
	assert_int_equal(hdrcheck_fail_on_parse(&set, "missing,,error"),
	                 HDRCHECK_EINVAL);
	assert_int_equal(hdrcheck_fail_on_parse(&set, ""), HDRCHECK_EINVAL);
	assert_int_equal(hdrcheck_fail_on_parse(&set, "missing,bogus"),
	                 HDRCHECK_EINVAL);
	assert_non_null(strstr(hdrcheck_error_last(), "\"bogus\""));
	assert_int_equal(set, 7);
}

static void test_reports_formats__report_fails(void **state)
{
	const hdrcheck_report *r = *state;

	assert_true(hdrcheck_report_fails(r, 0));
	assert_false(hdrcheck_report_fails(r, HDRCHECK_FAIL_ON_NONE));
	assert_true(hdrcheck_report_fails(
	    r, HDRCHECK_STATUS_BIT(HDRCHECK_STATUS_SKIPPED)));
	assert_false(hdrcheck_report_fails(NULL, 0));
}

static void test_reports_formats__sha256(void **state)
{
	static const struct {
		const char *in, *hex;
	} vectors[] = {
	    {"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b"
	         "855"},
	    {"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f2"
	            "0015ad"},
	    {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
	     "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c"
	     "1"},
	};
	unsigned char d[32];
	char hex[65];
	size_t i, k;

	(void)state;
	for (i = 0; i < 3; i++) {
		hdrcheck__sha256_ctx *h = NULL;
		unsigned char d2[32];
		size_t n = strlen(vectors[i].in);

		assert_int_equal(hdrcheck__sha256(d, vectors[i].in, n), 0);
		for (k = 0; k < 32; k++)
			snprintf(hex + 2 * k, 3, "%02x", d[k]);
		assert_string_equal(hex, vectors[i].hex);
		/* incremental, in two pieces: the same digest */
		assert_int_equal(hdrcheck__sha256_new(&h), 0);
		hdrcheck__sha256_update(h, vectors[i].in, n / 2);
		hdrcheck__sha256_update(h, vectors[i].in + n / 2, n - n / 2);
		assert_int_equal(hdrcheck__sha256_final(h, d2), 0);
		hdrcheck__sha256_free(h);
		assert_memory_equal(d, d2, 32);
	}
}

/* RFC 4648, section 10 */
static void test_reports_formats__base64(void **state)
{
	static const char *const vectors[][2] = {{"", ""},
	                                         {"f", "Zg=="},
	                                         {"fo", "Zm8="},
	                                         {"foo", "Zm9v"},
	                                         {"foob", "Zm9vYg=="},
	                                         {"fooba", "Zm9vYmE="},
	                                         {"foobar", "Zm9vYmFy"}};
	char out[HDRCHECK__BASE64_SIZE(6)];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(vectors) / sizeof(vectors[0]); i++) {
		size_t n =
		    hdrcheck__base64(out, vectors[i][0], strlen(vectors[i][0]));

		assert_string_equal(out, vectors[i][1]);
		assert_int_equal(n, strlen(vectors[i][1]));
	}
}

#define WITH_BASIC(t)                                                          \
	cmocka_unit_test_setup_teardown(t, setup_basic, teardown_report)
#define WITH_ESCAPES(t)                                                        \
	cmocka_unit_test_setup_teardown(t, setup_escapes, teardown_report)

int main(void)
{
	const struct CMUnitTest tests[] = {
	    WITH_BASIC(test_reports_formats__sarif_golden),
	    WITH_BASIC(test_reports_formats__junit_golden),
	    WITH_BASIC(test_reports_formats__markdown_golden),
	    WITH_BASIC(test_reports_formats__csv_golden),
	    WITH_BASIC(test_reports_formats__html_golden),
	    WITH_ESCAPES(test_reports_formats__escapes_goldens),
	    WITH_BASIC(test_reports_formats__fail_on_goldens),
	    WITH_BASIC(test_reports_formats__sarif_schema),
	    WITH_BASIC(test_reports_formats__sarif_levels),
	    WITH_BASIC(test_reports_formats__sarif_cap),
	    WITH_BASIC(test_reports_formats__junit_well_formed),
	    WITH_BASIC(test_reports_formats__csv_round_trip),
	    cmocka_unit_test(test_reports_formats__warnings),
	    cmocka_unit_test(test_reports_formats__markdown_table_cells),
	    cmocka_unit_test(test_reports_formats__markdown_cap),
	    cmocka_unit_test(test_reports_formats__html_escaping),
	    cmocka_unit_test(test_reports_formats__per_path_license),
	    WITH_BASIC(test_reports_formats__html_self_contained),
	    WITH_BASIC(test_reports_formats__html_counts),
	    cmocka_unit_test(test_reports_formats__html_long_tables_in_parts),
	    WITH_BASIC(test_reports_formats__options_version_1),
	    cmocka_unit_test(test_reports_formats__parsers),
	    WITH_BASIC(test_reports_formats__report_fails),
	    cmocka_unit_test(test_reports_formats__sha256),
	    cmocka_unit_test(test_reports_formats__base64),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
