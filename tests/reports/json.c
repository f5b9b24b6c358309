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
 * The records of the JSON report's files array are written by hand
 * (reports/json.c), not dumped from jansson objects as before. These tests
 * hold them to the bytes jansson writes for the object of the same
 * members: over hostile strings (quotes, backslashes, every control
 * character, U+2028, bytes that are not UTF-8, very long strings), over
 * random ones, through the whole report (several flushes of the buffer),
 * and end to end on a repository whose file names are hostile. Also the
 * counting of distinct names behind the summary's "holders" and
 * "licenses", against a sort of all the names.
 */

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
#include "hdrcheck/report.h"
#include "reports/json.h"
#include "reports/reports.h"
#include "tests/cli/fixture.h"
#include "tests/reports/fixture.h"

/*
 * The reference: the object the writer built for a file before, with the
 * same helpers (strings repaired by hdrcheck__json_stringn), dumped by
 * jansson with the report's flags. malloc'd.
 */
static char *reference_record(const hdrcheck_finding *f)
{
	json_t *obj = NULL, *holders = json_array(), *value = NULL;
	const char *p = f->holders, *nl;
	char *text;
	size_t n;

	assert_non_null(holders);
	while (p && *p) {
		nl = strchr(p, '\n');
		n = nl ? (size_t)(nl - p) : strlen(p);
		assert_int_equal(hdrcheck__json_stringn(&value, p, n), 0);
		assert_int_equal(json_array_append_new(holders, value), 0);
		p = nl ? nl + 1 : NULL;
	}
	assert_int_equal(hdrcheck__json_object(&obj), 0);
	assert_int_equal(hdrcheck__json_set_string(obj, "path", f->path), 0);
	assert_int_equal(hdrcheck__json_set_string(
	                     obj, "status", hdrcheck_status_name(f->status)),
	                 0);
	assert_int_equal(hdrcheck__json_set_string(obj, "reason", f->reason),
	                 0);
	assert_int_equal(hdrcheck__json_set_string(obj, "license", f->license),
	                 0);
	assert_int_equal(
	    hdrcheck__json_set_string(obj, "language", f->language), 0);
	assert_int_equal(
	    hdrcheck__json_set(obj, "line",
	                       f->line ? json_integer((json_int_t)f->line)
	                               : json_null()),
	    0);
	assert_int_equal(hdrcheck__json_set(obj, "holders", holders), 0);
	assert_int_equal(hdrcheck__json_set_string(obj, "policy", f->policy),
	                 0);
	text = json_dumps(obj, JSON_PRESERVE_ORDER);
	assert_non_null(text);
	json_decref(obj);
	/* and the controls jansson leaves, escaped as every report does */
	{
		char *escaped;
		size_t len;

		assert_int_equal(hdrcheck__json_escape_controls(
		                     &escaped, &len, text, strlen(text)),
		                 0);
		free(text);
		text = escaped;
	}
	return text;
}

/* The writer's record of f equals the reference. */
static void check_record(const hdrcheck_finding *f)
{
	hdrcheck_buf got = HDRCHECK_BUF_INIT;
	char *want = reference_record(f);
	size_t want_len = strlen(want);

	/* appended: what the buffer held before stays */
	assert_int_equal(hdrcheck__buf_puts(&got, "x"), 0);
	assert_int_equal(hdrcheck__json_put_file(&got, f), 0);
	if (got.len != want_len + 1 || memcmp(got.ptr + 1, want, want_len))
		fail_msg(
		    "record differs from jansson's:\n got: %.*s\nwant: %.*s",
		    (int)(got.len - 1 < 400 ? got.len - 1 : 400), got.ptr + 1,
		    400, want);
	assert_int_equal(got.ptr[0], 'x');
	free(want);
	hdrcheck__buf_dispose(&got);
}

/* s in every string member of a record (and as a holder, alone and in a
 * list with an empty name). */
static void check_everywhere(const char *s)
{
	hdrcheck_finding f = {0};
	char *list = hdrcheck__aprintf("%s\n\n%s\nplain", s, s);

	assert_non_null(list);
	f.path = s;
	f.status = HDRCHECK_STATUS_MISMATCH;
	check_record(&f);
	f.reason = s;
	f.license = s;
	f.language = s;
	f.policy = s;
	f.line = 7;
	check_record(&f);
	f.holders = s;
	check_record(&f);
	f.holders = list;
	check_record(&f);
	free(list);
}

static const char *const hostile[] = {
    "",
    "plain/path.c",
    "quote\"d",
    "\"",
    "back\\slash",
    "\\",
    "\\\"\\\"",
    "slash/es//",
    "new\nline",
    "\n",
    "cr\r\nlf",
    "tab\there",
    "\b\f\n\r\t",
    "esc\x1b[31m red",
    "del\x7f",
    "\x7f",
    "caf\xc3\xa9",
    "euro\xe2\x82\xac",
    "line sep\xe2\x80\xa8para sep\xe2\x80\xa9",
    "\xe2\x80\xa8",
    "bom\xef\xbb\xbf",
    "replacement\xef\xbf\xbd",
    "astral\xf0\x9f\x98\x80",
    "max\xf4\x8f\xbf\xbf",
    "c1\xc2\x80\xc2\x9b",
    "stray\x80",
    "\xff",
    "\xfe\xff",
    "overlong\xc0\xaf",
    "overlong3\xe0\x80\xaf",
    "surrogate\xed\xa0\x80",
    "past max\xf4\x90\x80\x80",
    "f5\xf5\x80\x80\x80",
    "truncated\xe2\x82",
    "truncated4\xf0\x9f\x98",
    "mixed\xff\"\\\n\x01\xe2\x80\xa8ok",
    "<script>alert(1)</script>",
    "=cmd|' /C calc'!A0",
    "\xc3",
};

static void test_json__hostile_strings(void **state)
{
	char s[2] = {0, 0};
	size_t i;
	int c;

	(void)state;
	for (i = 0; i < sizeof(hostile) / sizeof(*hostile); i++)
		check_everywhere(hostile[i]);
	/* every byte alone */
	for (c = 1; c < 256; c++) {
		s[0] = (char)c;
		check_everywhere(s);
	}
}

static void test_json__statuses_and_lines(void **state)
{
	static const unsigned int lines[] = {0,  1,   9,     10,
	                                     99, 100, 65535, 4294967295u};
	hdrcheck_finding f = {0};
	size_t i;
	int st;

	(void)state;
	f.path = "a.c";
	for (st = 0; st < HDRCHECK_STATUS__COUNT; st++)
		for (i = 0; i < sizeof(lines) / sizeof(*lines); i++) {
			f.status = (hdrcheck_status)st;
			f.line = lines[i];
			check_record(&f);
		}
}

/* A string of n bytes: fill repeated, then tail. malloc'd. */
static char *long_string(size_t n, const char *fill, const char *tail)
{
	size_t fl = strlen(fill), tl = strlen(tail), i;
	char *s = malloc(n + 1);

	assert_non_null(s);
	assert_true(n >= tl);
	for (i = 0; i + tl < n; i++)
		s[i] = fill[i % fl];
	memcpy(s + n - tl, tail, tl);
	s[n] = '\0';
	return s;
}

static void test_json__long_strings(void **state)
{
	static const struct {
		size_t n;
		const char *fill, *tail;
	} cases[] = {
	    {1 << 20, "abcdefgh/", ""},       /* plain, 1 MiB */
	    {70000, "a", "\""},               /* escape at the very end */
	    {70000, "a", "\xff"},             /* repair at the very end */
	    {65536, "\x01\x1f", ""},          /* all control characters */
	    {100000, "\xe2\x80\xa8", ""},     /* U+2028 */
	    {100001, "\xe2\x82\xac", "\xc3"}, /* truncated at the end */
	    {50000, "\\\"", ""},              /* all escapes */
	    {40000, "\xff\xfe", ""},          /* none of it UTF-8 */
	};
	size_t i;
	char *s;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		s = long_string(cases[i].n, cases[i].fill, cases[i].tail);
		check_everywhere(s);
		free(s);
	}
}

/* xorshift64: the same strings on every run. */
static uint64_t next_random(uint64_t *x)
{
	*x ^= *x << 13;
	*x ^= *x >> 7;
	*x ^= *x << 17;
	return *x;
}

/* A random string of fragments (NULL one time in eight); malloc'd. */
static char *random_string(uint64_t *x, int allow_newline)
{
	static const char *const fragments[] = {
	    "a",
	    "Z",
	    "0",
	    " ",
	    "/",
	    ".",
	    "-",
	    "_",
	    "~",
	    "\"",
	    "\\",
	    "\n",
	    "\r",
	    "\t",
	    "\x01",
	    "\x1f",
	    "\x7f",
	    "\xc3\xa9",
	    "\xe2\x82\xac",
	    "\xe2\x80\xa8",
	    "\xe2\x80\xa9",
	    "\xf0\x9f\x98\x80",
	    "\xef\xbf\xbd",
	    "\xc2\x85",
	    "\x80",
	    "\xbf",
	    "\xc0",
	    "\xc1\xbf",
	    "\xe0\x80",
	    "\xed\xa0\x80",
	    "\xed\xbf\xbf",
	    "\xf4\x90\x80\x80",
	    "\xf8",
	    "\xfe",
	    "\xff",
	    "\xe2",
	    "\xf0\x9f",
	    "u0000",
	    "\\u001B",
	    "null",
	    "\"\"",
	};
	size_t nf = sizeof(fragments) / sizeof(*fragments), i, len;
	hdrcheck_buf b = HDRCHECK_BUF_INIT;
	const char *frag;
	char *s;

	if (next_random(x) % 8 == 0)
		return NULL;
	len = (size_t)(next_random(x) % 24);
	assert_int_equal(hdrcheck__buf_grow(&b, 0), 0);
	for (i = 0; i < len; i++) {
		frag = fragments[next_random(x) % nf];
		/* mostly plain, as real paths are */
		if (next_random(x) % 3 == 0)
			frag = "plain";
		if (!allow_newline && strchr(frag, '\n'))
			continue;
		assert_int_equal(hdrcheck__buf_puts(&b, frag), 0);
	}
	s = strdup(hdrcheck__buf_cstr(&b));
	assert_non_null(s);
	hdrcheck__buf_dispose(&b);
	return s;
}

static void test_json__random_records(void **state)
{
	uint64_t x = 0x9e3779b97f4a7c15u;
	hdrcheck_finding f;
	char *path;
	int round;

	(void)state;
	for (round = 0; round < 20000; round++) {
		memset(&f, 0, sizeof(f));
		path = random_string(&x, 1);
		f.path = path ? path : "";
		f.status =
		    (hdrcheck_status)(next_random(&x) % HDRCHECK_STATUS__COUNT);
		f.reason = random_string(&x, 1);
		f.license = random_string(&x, 1);
		f.language = random_string(&x, 1);
		f.policy = random_string(&x, 1);
		f.holders = random_string(&x, 1);
		f.line =
		    next_random(&x) % 4 ? (unsigned int)next_random(&x) : 0;
		check_record(&f);
		free(path);
		free((char *)f.reason);
		free((char *)f.license);
		free((char *)f.language);
		free((char *)f.policy);
		free((char *)f.holders);
	}
}

/* The next line of [*p, end), without its '\n'; *p moves past it. */
static size_t next_line(const char **p, const char *end, const char **line)
{
	const char *nl = memchr(*p, '\n', (size_t)(end - *p));
	size_t n;

	assert_non_null(nl);
	*line = *p;
	n = (size_t)(nl - *p);
	*p = nl + 1;
	return n;
}

/*
 * The files array of a rendered report, record by record, against the
 * reference of each finding. The records are "    " + object + ("," but
 * for the last), one a line.
 */
static void check_files_array(const char *text, size_t len,
                              const hdrcheck_report *r)
{
	static const char head[] = "\n  \"files\": [";
	const char *end = text + len, *p, *line;
	size_t i, n, count = hdrcheck_report_count(r);
	char *want;

	p = strstr(text, head);
	assert_non_null(p);
	p += sizeof(head) - 1;
	if (!count) {
		assert_string_equal(p, "]\n}\n");
		return;
	}
	assert_int_equal(*p++, '\n');
	for (i = 0; i < count; i++) {
		n = next_line(&p, end, &line);
		want = reference_record(hdrcheck_report_get(r, i));
		assert_true(n > 4);
		assert_memory_equal(line, "    ", 4);
		line += 4;
		n -= 4;
		if (i + 1 < count) {
			assert_int_equal(line[n - 1], ',');
			n--;
		}
		if (n != strlen(want) || memcmp(line, want, n))
			fail_msg("record %zu differs:\n got: %.*s\nwant: %s", i,
			         (int)n, line, want);
		free(want);
	}
	assert_string_equal(p, "  ]\n}\n");
}

static void test_json__report_records(void **state)
{
	hdrcheck_report *r = report_new("/src", COMMIT_ID);
	json_error_t jerr;
	json_t *doc;
	char path[64], *text;
	size_t i, len;

	(void)state;
	/* enough records for several flushes of the writer's buffer */
	for (i = 0; i < 3000; i++) {
		snprintf(path, sizeof(path), "dir%zu/file%05zu.c", i % 7, i);
		report_add(r, path,
		           i % 5 ? HDRCHECK_STATUS_OK : HDRCHECK_STATUS_MISSING,
		           NULL, i % 5 ? "Apache-2.0" : NULL, "C",
		           i % 5 ? 1 : 0, i % 11 ? NULL : "Foo\nBar \"B\"");
	}
	for (i = 0; i < sizeof(hostile) / sizeof(*hostile); i++) {
		snprintf(path, sizeof(path), "hostile%zu/", i);
		text = hdrcheck__aprintf("%s%s", path, hostile[i]);
		assert_non_null(text);
		report_add(r, text, HDRCHECK_STATUS_ERROR, hostile[i],
		           hostile[i], "C", (unsigned int)i, hostile[i]);
		free(text);
	}
	hdrcheck__report_finish(r);

	text = render(r, HDRCHECK_FORMAT_JSON, NULL, &len);
	assert_true(len > 3 * 65536);
	check_files_array(text, len, r);
	doc = json_loadb(text, len, 0, &jerr);
	if (!doc)
		fail_msg("invalid JSON (%s)", jerr.text);
	assert_int_equal(json_array_size(json_object_get(doc, "files")),
	                 hdrcheck_report_count(r));
	json_decref(doc);
	free(text);
	hdrcheck_report_free(r);

	/* no files: an empty array on the same line */
	r = report_new("/src", NULL);
	hdrcheck__report_finish(r);
	text = render(r, HDRCHECK_FORMAT_JSON, NULL, &len);
	check_files_array(text, len, r);
	free(text);
	hdrcheck_report_free(r);
}

/*
 * End to end: a repository whose file names are hostile, checked by the
 * binary. Each record of the files array must be what jansson writes for
 * the object it parses back to (the repaired strings parse to U+FFFD,
 * which jansson writes as it is).
 */
static void test_json__e2e_hostile_names(void **state)
{
	static const char *const names[] = {
	    "new\nline.c",        "quote\"d.c",    "back\\slash.c",
	    "bad\xff\xfe.c",      "ctl\x01\x1f.c", "esc\x1b[31m.c",
	    "sep\xe2\x80\xa8.c",  "tab\there.c",   "del\x7f.c",
	    "over\xc0\xaflong.c", "caf\xc3\xa9.c", "slash/ok.c",
	};
	fixture *fx = fixture_new_repo();
	fixture_result res;
	json_error_t jerr;
	json_t *doc, *files;
	const char *p, *end, *line;
	char *want, name[300];
	size_t i, n;

	(void)state;
	for (i = 0; i < sizeof(names) / sizeof(*names); i++)
		fixture_add_file(fx, names[i], "int x;\n");
	/* a long name, with a quote near its end */
	memset(name, 'n', 250);
	memcpy(name + 240, "\"x.c", 5);
	fixture_add_file(fx, name, fixture_header_c);
	fixture_commit(fx, "hostile names");

	fixture_run(&res, fx->root, 0, "--format", "json", NULL);
	assert_int_equal(res.status, 1);
	doc = json_loadb(res.out, res.out_len, 0, &jerr);
	if (!doc)
		fail_msg("invalid JSON (%s): %s", jerr.text, res.out);
	files = json_object_get(doc, "files");
	assert_int_equal(json_array_size(files),
	                 sizeof(names) / sizeof(*names) + 1);
	p = strstr(res.out, "\n  \"files\": [\n");
	assert_non_null(p);
	p += strlen("\n  \"files\": [\n");
	end = res.out + res.out_len;
	for (i = 0; i < json_array_size(files); i++) {
		n = next_line(&p, end, &line);
		{
			char *raw = json_dumps(json_array_get(files, i),
			                       JSON_PRESERVE_ORDER);
			size_t len;

			assert_non_null(raw);
			assert_int_equal(hdrcheck__json_escape_controls(
			                     &want, &len, raw, strlen(raw)),
			                 0);
			free(raw);
		}
		assert_memory_equal(line, "    ", 4);
		line += 4;
		n -= 4 + (i + 1 < json_array_size(files));
		if (n != strlen(want) || memcmp(line, want, n))
			fail_msg("record %zu differs:\n got: %.*s\nwant: %s", i,
			         (int)n, line, want);
		free(want);
	}
	json_decref(doc);
	fixture_result_dispose(&res);
	fixture_free(fx);
}

static int compare_strings(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* hdrcheck__report_count_names() against a sort of all the names. */
static void check_count_names(const char **names, size_t n)
{
	hdrcheck__holder_count *got = NULL;
	const char **sorted = NULL;
	size_t m = 99, i, j, k = 0;

	assert_int_equal(hdrcheck__report_count_names(&got, &m, names, n), 0);
	if (n) {
		sorted = malloc(n * sizeof(*sorted));
		assert_non_null(sorted);
		memcpy(sorted, names, n * sizeof(*sorted));
		qsort(sorted, n, sizeof(*sorted), compare_strings);
	}
	for (i = 0; i < n; i = j, k++) {
		for (j = i + 1; j < n && !strcmp(sorted[i], sorted[j]); j++)
			;
		assert_true(k < m);
		assert_string_equal(got[k].name, sorted[i]);
		assert_int_equal(got[k].files, j - i);
	}
	assert_int_equal(m, k);
	if (!m)
		assert_null(got);
	free(sorted);
	free(got);
}

static void test_json__count_names(void **state)
{
	static const char *const few[] = {"b",   "a", "",  "b", "\xff",
	                                  "a\n", "a", "b", "",  "\xc3\xa9"};
	uint64_t x = 12345;
	const char **names;
	char(*pool)[8];
	size_t n = 100000, i;

	(void)state;
	check_count_names(NULL, 0);
	names = malloc(n * sizeof(*names));
	pool = malloc(5000 * sizeof(*pool));
	assert_non_null(names);
	assert_non_null(pool);
	memcpy(names, few, sizeof(few));
	check_count_names(names, sizeof(few) / sizeof(*few));
	/* many repeats of few distinct names, and many distinct ones */
	for (i = 0; i < 5000; i++)
		snprintf(pool[i], sizeof(pool[i]), "n%zu", i);
	for (i = 0; i < n; i++)
		names[i] = pool[next_random(&x) % 37];
	check_count_names(names, n);
	for (i = 0; i < n; i++)
		names[i] = pool[next_random(&x) % 5000];
	check_count_names(names, n);
	free(pool);
	free(names);
}

/* License ids that are not UTF-8 become one key once repaired: their
 * counts add up, at the place of the first (bytewise) of them. */
static void test_json__licenses_repaired(void **state)
{
	hdrcheck_report *r = report_new("/src", NULL);
	json_t *doc, *licenses;
	const char *key;
	char *text;
	size_t len, i = 0;
	static const char *const want[] = {"A", "A\xef\xbf\xbd", "B"};
	static const size_t counts[] = {1, 4, 2};

	(void)state;
	report_add(r, "1.c", HDRCHECK_STATUS_OK, NULL, "A\xff", "C", 1, NULL);
	report_add(r, "2.c", HDRCHECK_STATUS_OK, NULL, "B", "C", 1, NULL);
	report_add(r, "3.c", HDRCHECK_STATUS_OK, NULL, "A\xfe", "C", 1, NULL);
	report_add(r, "4.c", HDRCHECK_STATUS_OK, NULL, "A\xef\xbf\xbd", "C", 1,
	           NULL);
	report_add(r, "5.c", HDRCHECK_STATUS_OK, NULL, "A", "C", 1, NULL);
	report_add(r, "6.c", HDRCHECK_STATUS_OK, NULL, "B", "C", 1, NULL);
	report_add(r, "7.c", HDRCHECK_STATUS_OK, NULL, "A\xff", "C", 1, NULL);
	report_add(r, "8.c", HDRCHECK_STATUS_MISSING, NULL, NULL, "C", 0, NULL);
	hdrcheck__report_finish(r);
	text = render(r, HDRCHECK_FORMAT_JSON, NULL, &len);
	assert_non_null(strstr(text, "\"licenses\": {\"A\": 1, "
	                             "\"A\xef\xbf\xbd\": 4, \"B\": 2}, "));
	doc = json_loadb(text, len, 0, NULL);
	assert_non_null(doc);
	licenses = json_object_get(json_object_get(doc, "summary"), "licenses");
	assert_int_equal(json_object_size(licenses), 3);
	for (key = json_object_iter_key(json_object_iter(licenses)); key;
	     key = json_object_iter_key(
	         json_object_iter_next(licenses, json_object_key_to_iter(key))),
	    i++) {
		assert_string_equal(key, want[i]);
		assert_int_equal(
		    json_integer_value(json_object_get(licenses, key)),
		    counts[i]);
	}
	assert_int_equal(i, 3);
	json_decref(doc);
	free(text);
	hdrcheck_report_free(r);
}

/* DEL, C1 (U+009B: CSI) and bidirectional controls leave as \u escapes,
 * whole or split between two pieces of jansson's output. */
static void test_json__controls_escaped(void **state)
{
	static const struct {
		const char *in, *out;
	} cases[] = {
	    {"a\x7f"
	     "b",
	     "a\\u007fb"},
	    {"\xc2\x9b"
	     "31m",
	     "\\u009b31m"},
	    {"\xc2\x80\xc2\x9f\xc2\xa0", "\\u0080\\u009f\xc2\xa0"},
	    {"x\xe2\x80\xae"
	     "y",
	     "x\\u202ey"},
	    {"\xe2\x80\xaa\xe2\x81\xa6\xe2\x81\xa9", "\\u202a\\u2066\\u2069"},
	    {"\xe2\x80\xa9\xe2\x81\xaa\xe2\x82\xac",
	     "\xe2\x80\xa9\xe2\x81\xaa\xe2\x82\xac"},
	    {"\xc3\xa9\xe2\x80", "\xc3\xa9\xe2\x80"},
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *out;
		size_t n;

		assert_int_equal(
		    hdrcheck__json_escape_controls(&out, &n, cases[i].in,
		                                   strlen(cases[i].in)),
		    0);
		assert_string_equal(out, cases[i].out);
		assert_int_equal(n, strlen(cases[i].out));
		free(out);
	}
	/* through a report: a file name with each */
	{
		hdrcheck_finding f;
		char *want = NULL;

		memset(&f, 0, sizeof(f));
		f.path = "bidi\xe2\x80\xae"
		         "cod.c\xc2\x9b\x7f";
		f.status = HDRCHECK_STATUS_MISSING;
		want = reference_record(&f);
		assert_non_null(strstr(want, "bidi\\u202ecod.c\\u009b\\u007f"));
		free(want);
		check_record(&f);
	}
}

/* The summary says which text files were left unchecked, and why: by
 * the type that cannot hold a comment, and those of no type and no
 * comment; other skips are not counted. */
static void test_json__unchecked_summary(void **state)
{
	hdrcheck_report *r = report_new("/src", NULL);
	json_t *doc, *unchecked, *types;
	char *text;
	size_t len;

	(void)state;
	report_add(r, "a.json", HDRCHECK_STATUS_SKIPPED, "unsupported_type",
	           NULL, "JSON", 0, NULL);
	report_add(r, "b.json", HDRCHECK_STATUS_SKIPPED, "unsupported_type",
	           NULL, "JSON", 0, NULL);
	report_add(r, "go.sum", HDRCHECK_STATUS_SKIPPED, "unsupported_type",
	           NULL, "Lock File", 0, NULL);
	report_add(r, "blob", HDRCHECK_STATUS_SKIPPED, "unsupported_type", NULL,
	           NULL, 0, NULL);
	report_add(r, "x.png", HDRCHECK_STATUS_SKIPPED, "binary", NULL, NULL, 0,
	           NULL);
	report_add(r, "c.c", HDRCHECK_STATUS_MISSING, NULL, NULL, "C", 0, NULL);
	hdrcheck__report_finish(r);
	text = render(r, HDRCHECK_FORMAT_JSON, NULL, &len);
	assert_non_null(strstr(text, "\"unchecked\": {\"no_comment_syntax\": "
	                             "{\"JSON\": 2, \"Lock File\": 1}, "
	                             "\"no_comment_found\": 1}}"));
	doc = json_loadb(text, len, 0, NULL);
	assert_non_null(doc);
	unchecked =
	    json_object_get(json_object_get(doc, "summary"), "unchecked");
	types = json_object_get(unchecked, "no_comment_syntax");
	assert_int_equal(json_object_size(types), 2);
	assert_int_equal(json_integer_value(json_object_get(types, "JSON")), 2);
	json_decref(doc);
	free(text);
	text = render(r, HDRCHECK_FORMAT_TEXT, NULL, &len);
	assert_non_null(strstr(text, "unchecked text: 2 JSON, 1 Lock File (the "
	                             "type holds no comment); 1 of unknown "
	                             "type with no comment at the top\n"));
	free(text);
	hdrcheck_report_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_json__hostile_strings),
	    cmocka_unit_test(test_json__controls_escaped),
	    cmocka_unit_test(test_json__statuses_and_lines),
	    cmocka_unit_test(test_json__long_strings),
	    cmocka_unit_test(test_json__random_records),
	    cmocka_unit_test(test_json__report_records),
	    cmocka_unit_test(test_json__count_names),
	    cmocka_unit_test(test_json__licenses_repaired),
	    cmocka_unit_test(test_json__unchecked_summary),
	    cmocka_unit_test(test_json__e2e_hostile_names),
	};

	return cmocka_run_group_tests(tests, fixture_group_setup,
	                              fixture_group_teardown);
}
