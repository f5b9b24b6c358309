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
 * Unit tests of the identifier (policies/identify.c): whole LICENSE texts
 * from the catalogue, with and without their end, equivalent words, the
 * GNU family's versions, and the per-thread memo. Headers in files are
 * tested by the data-driven cases (tests/data/policies/other-*).
 */

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "policies/catalogue.h"
#include "policies/identify.h"

static const char *catalogue_text(const char *id)
{
	const hdrcheck__spdx_entry *e =
	    hdrcheck__catalogue_lookup(id, strlen(id), 0);

	assert_non_null(e);
	assert_non_null(e->text);
	return e->text;
}

/* the expression the identifier gives a text, malloc'd (NULL: none): a
 * LICENSE file's whole text when whole, else the text as comment lines */
static char *identify_as(hdrcheck__identifier *id, const char *text, size_t len,
                         int whole)
{
	hdrcheck__ident_scratch *s = NULL;
	hdrcheck__comment_line lines[64];
	hdrcheck__comments cm;
	hdrcheck__ident r;
	size_t i = 0;
	char *e;

	assert_int_equal(hdrcheck__ident_scratch_new(&s), 0);
	if (whole) {
		assert_int_equal(hdrcheck__identify_text(&r, id, s, text, len),
		                 0);
	} else {
		memset(&cm, 0, sizeof(cm));
		cm.lines = lines;
		while (i < len && cm.count < 64) {
			const char *nl = memchr(text + i, '\n', len - i);
			size_t end = nl ? (size_t)(nl - text) : len;

			lines[cm.count].text = text + i;
			lines[cm.count].len = end - i;
			lines[cm.count].line = (unsigned int)cm.count + 1;
			lines[cm.count].block = 0;
			cm.count++;
			i = end + 1;
		}
		cm.blocks = 1;
		assert_int_equal(hdrcheck__identify(&r, id, s, &cm, 0), 0);
	}
	e = r.kind == HDRCHECK__IDENT_NONE ? NULL : r.expression;
	r.expression = NULL;
	hdrcheck__ident_dispose(&r);
	hdrcheck__ident_scratch_free(s);
	return e;
}

static char *identify(hdrcheck__identifier *id, const char *text, size_t len)
{
	return identify_as(id, text, len, 1);
}

static void expect_header(hdrcheck__identifier *id, const char *text,
                          const char *want)
{
	char *got = identify_as(id, text, strlen(text), 0);

	if (!want)
		assert_null(got);
	else if (!got || strcmp(got, want) != 0)
		fail_msg("expected %s, got %s for \"%.60s...\"", want,
		         got ? got : "(none)", text);
	free(got);
}

static void expect(hdrcheck__identifier *id, const char *text, const char *want)
{
	char *got = identify(id, text, strlen(text));

	if (!want)
		assert_null(got);
	else if (!got || strcmp(got, want) != 0)
		fail_msg("expected %s, got %s for \"%.60s...\"", want,
		         got ? got : "(none)", text);
	free(got);
}

static void test_policies_identify__license_files(void **state)
{
	hdrcheck__identifier *id = NULL;
	const char *apache = catalogue_text("Apache-2.0");
	const char *appendix = strstr(apache, "APPENDIX");
	char *got;

	(void)state;
	assert_int_equal(hdrcheck__identifier_new(&id), 0);
	expect(id, catalogue_text("MIT"), "MIT");
	expect(id, catalogue_text("BSD-3-Clause"), "BSD-3-Clause");
	/* nova's LICENSE: the Apache text without its appendix */
	assert_non_null(appendix);
	got = identify(id, apache, (size_t)(appendix - apache));
	assert_non_null(got);
	assert_string_equal(got, "Apache-2.0");
	free(got);
	/* half a text is no text */
	got = identify(id, apache, strlen(apache) / 2);
	assert_true(!got || strcmp(got, "Apache-2.0") != 0);
	free(got);
	hdrcheck__identifier_free(id);
}

static void test_policies_identify__relatives_and_words(void **state)
{
	hdrcheck__identifier *id = NULL;
	char *mit = NULL, *p;

	(void)state;
	assert_int_equal(hdrcheck__identifier_new(&id), 0);
	expect_header(id, catalogue_text("MIT-0"), "MIT-0");
	expect_header(id, catalogue_text("0BSD"), "0BSD");
	expect_header(id, catalogue_text("ISC"), "ISC");
	expect_header(id, catalogue_text("X11"), "X11");
	expect_header(id, catalogue_text("BSD-2-Clause"), "BSD-2-Clause");
	expect_header(id, catalogue_text("BSD-4-Clause"), "BSD-4-Clause");
	/* "licence" is "license", "sub-license" is "sublicense" */
	{
		const char *t = catalogue_text("MIT");
		const char *q = strstr(t, "sublicense");
		size_t a;

		assert_non_null(q);
		a = (size_t)(q - t);
		assert_non_null(mit = malloc(strlen(t) + 2));
		memcpy(mit, t, a);
		memcpy(mit + a, "sub-licence", 11);
		memcpy(mit + a + 11, t + a + 10, strlen(t + a + 10) + 1);
	}
	(void)p;
	expect_header(id, mit, "MIT");
	free(mit);
	hdrcheck__identifier_free(id);
}

/* A text whose own words hold a sentence that starts "Alternatively" is
 * that text: the sentence is read as a notice of its own only beside a
 * text that does not hold it (BSD-3-Clause, then "ALTERNATIVELY, ... the
 * GNU General Public License") */
static void test_policies_identify__text_holds_alternatively(void **state)
{
	static const char *const ids[] = {"Brian-Gladman-3-Clause", "MTLL",
	                                  "any-OSI-perl-modules"};
	hdrcheck__identifier *id = NULL;
	size_t i;

	(void)state;
	assert_int_equal(hdrcheck__identifier_new(&id), 0);
	for (i = 0; i < HDRCHECK__ARRAY_SIZE(ids); i++)
		expect_header(id, catalogue_text(ids[i]), ids[i]);
	hdrcheck__identifier_free(id);
}

static void test_policies_identify__gnu_notices(void **state)
{
	hdrcheck__identifier *id = NULL;

	(void)state;
	assert_int_equal(hdrcheck__identifier_new(&id), 0);
	expect_header(
	    id,
	    "This program is free software; you can redistribute it and/or\n"
	    "modify it under the terms of the GNU General Public License\n"
	    "version 2 as published by the Free Software Foundation.\n",
	    "GPL-2.0-only");
	expect_header(
	    id,
	    "under the terms of the GNU General Public License as published "
	    "by\nthe Free Software Foundation; either version 1, or (at your "
	    "option)\nany later version.\n",
	    "GPL-1.0-or-later");
	expect_header(
	    id,
	    "under the terms of the GNU Lesser General Public License as\n"
	    "published by the Free Software Foundation; either version 2.1 "
	    "of\nthe License, or (at your option) any later version.\n",
	    "LGPL-2.1-or-later");
	expect_header(id, "Licensed under GPL-2.0+.\n", "GPL-2.0-or-later");
	expect_header(id, "SPDX-free. Released under the GPLv3.\n",
	              "GPL-3.0-only");
	expect_header(id,
	              "This is free software, licensed under the GNU GPL.\n",
	              "GPL-1.0-or-later");
	/* a mention is no statement */
	expect_header(id, "GPL-compatible replacement for foo.\n", NULL);
	hdrcheck__identifier_free(id);
}

static void test_policies_identify__short_notices(void **state)
{
	hdrcheck__identifier *id = NULL;

	(void)state;
	assert_int_equal(hdrcheck__identifier_new(&id), 0);
	expect_header(
	    id, "Dual licensed under the MIT or GPL Version 2 licenses.\n",
	    "MIT OR GPL-2.0-only");
	expect_header(id, "Released under the MIT license\n", "MIT");
	expect_header(id, "Licensed under the new BSD license.\n",
	              "BSD-3-Clause");
	expect_header(id, "Licensed under the Mulan PSL v2.\n", "MulanPSL-2.0");
	expect_header(id, "Licensed under the PSF License.\n", "PSF-2.0");
	expect_header(id, "Distributed under the W3C Software License.\n",
	              "W3C");
	expect_header(id, "Released under the Unlicense.\n", "Unlicense");
	hdrcheck__identifier_free(id);
}

/* A notice's paragraphs wrapped near 64 columns, as files carry them,
 * after a title and a copyright line; or its statement alone (the part a
 * header must hold). malloc'd. */
static char *as_header(const hdrcheck__spdx_header *h, int statement)
{
	static const char top[] = "example.c - an example\n"
	                          "Copyright (C) 2024 Example Author\n\n";
	size_t n = statement ? h->required : strlen(h->text), i, k, col = 0;
	char *out = malloc(sizeof(top) + n + 1);

	assert_non_null(out);
	memcpy(out, top, sizeof(top) - 1);
	k = sizeof(top) - 1;
	for (i = 0; i < n; i++) {
		char c = h->text[i];

		if (c == ' ' && col > 64)
			c = '\n';
		col = c == '\n' ? 0 : col + 1;
		out[k++] = c;
	}
	out[k] = '\0';
	return out;
}

/* Every standard header of the catalogue (scripts/gen-licenses.py takes
 * them from the texts' appendices and exhibits) is named exactly, whole
 * and by its statement alone: the -only and -or-later notices of the GNU
 * licenses apart, and the versions apart. */
static void test_policies_identify__standard_headers(void **state)
{
	static const char *const families[] = {
	    "GPL-2.0-only",      "GPL-2.0-or-later", "GPL-3.0-only",
	    "GPL-3.0-or-later",  "LGPL-2.1-only",    "LGPL-2.1-or-later",
	    "AGPL-3.0-or-later", "Apache-2.0",       "MPL-2.0",
	    "MPL-1.1",           "EPL-2.0",          "CPAL-1.0"};
	hdrcheck__identifier *id = NULL;
	size_t i, k;

	(void)state;
	/* the data is there: an extraction that loses a family fails */
	for (k = 0; k < sizeof(families) / sizeof(families[0]); k++) {
		const hdrcheck__spdx_entry *e = hdrcheck__catalogue_lookup(
		    families[k], strlen(families[k]), 0);

		assert_non_null(e);
		if (!hdrcheck__catalogue_header(e))
			fail_msg("no standard header for %s", families[k]);
	}
	assert_true(hdrcheck__spdx_headers_count >= 40);
	assert_int_equal(hdrcheck__identifier_new(&id), 0);
	for (i = 0; i < hdrcheck__spdx_headers_count; i++) {
		const hdrcheck__spdx_header *h = &hdrcheck__spdx_headers[i];

		for (k = 0; k < 2; k++) {
			char *text = as_header(h, (int)k);

			expect_header(id, text, h->id);
			free(text);
		}
	}
	/* the statement, then other words: the notice ends there */
	expect_header(id,
	              "This program is free software; you can redistribute "
	              "it and/or modify it\nunder the terms of the GNU "
	              "General Public License as published by the\nFree "
	              "Software Foundation; either version 2 of the License, "
	              "or (at your\noption) any later version.\n\nThis "
	              "program is distributed in the hope that it will be "
	              "useful, but\nWITHOUT ANY WARRANTY; without even the "
	              "implied warranty of\nMERCHANTABILITY or FITNESS FOR A "
	              "PARTICULAR PURPOSE. See the GNU\nGeneral Public "
	              "License for more details.\n\nYou should have "
	              "received a copy of the GNU General Public License\n"
	              "along with this program; if not, write to the Free "
	              "Software\nFoundation, Inc., 59 Temple Place, Suite "
	              "330, Boston, MA 02111-1307 USA\n",
	              "GPL-2.0-or-later");
	hdrcheck__identifier_free(id);
}

/* the words of a text, lower case, one blank between */
static void flat_words(char *out, size_t cap, const char *t)
{
	size_t n = 0;
	int gap = 0;

	for (; *t && n + 2 < cap; t++) {
		char c = *t;

		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
		    (c >= 'A' && c <= 'Z')) {
			if (gap && n)
				out[n++] = ' ';
			gap = 0;
			out[n++] =
			    (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
		} else {
			gap = 1;
		}
	}
	out[n] = '\0';
}

/* The near miss of a text with one word changed, as a header: the
 * nearest license and the word diff, NULL when the text still matches. */
static int near_miss(hdrcheck__identifier *id, hdrcheck__ident_scratch *s,
                     const char *text, size_t at, size_t wlen,
                     hdrcheck__ident *r)
{
	static char buf[9000];
	hdrcheck__comment_line lines[128];
	hdrcheck__comments cm;
	size_t len = strlen(text), i = 0, k;
	const char *first = "Copyright (c) 2020 Jane Doe";

	assert_true(len < sizeof(buf));
	memcpy(buf, text, len + 1);
	for (k = 0; k < wlen; k++)
		buf[at + k] = 'q';
	memset(&cm, 0, sizeof(cm));
	cm.lines = lines;
	lines[0].text = first;
	lines[0].len = strlen(first);
	lines[0].line = 1;
	cm.count = 1;
	while (i <= len && cm.count < 128) {
		const char *nl = memchr(buf + i, '\n', len - i);
		size_t end = nl ? (size_t)(nl - buf) : len;

		lines[cm.count].text = buf + i;
		lines[cm.count].len = end - i;
		lines[cm.count].line = (unsigned int)cm.count + 1;
		cm.count++;
		i = end + 1;
	}
	cm.blocks = 1;
	cm.ended_by_code = 1;
	assert_int_equal(hdrcheck__identify(r, id, s, &cm, 1), 0);
	return r->kind == HDRCHECK__IDENT_REF;
}

/* Every text of the list that fits a header, one word changed: a near
 * miss that names the text as the nearest (or one identical to it in
 * words) and a word diff with the change. */
static void test_policies_identify__near_miss_names_nearest(void **state)
{
	hdrcheck__identifier *id = NULL;
	hdrcheck__ident_scratch *s = NULL;
	static char want[9000], got[9000];
	size_t i, tried = 0, failed = 0;

	(void)state;
	assert_int_equal(hdrcheck__identifier_new(&id), 0);
	assert_int_equal(hdrcheck__ident_scratch_new(&s), 0);
	for (i = 0; i < hdrcheck__catalogue_count(); i++) {
		const hdrcheck__spdx_entry *e = hdrcheck__catalogue_get(i);
		const char *t = e->text, *p;
		size_t lines = 0, tries = 0;
		int ok = 0, from_start = 0;

		if (!t || e->text_len > 8192 ||
		    (e->flags &
		     (HDRCHECK__SPDX_DEPRECATED | HDRCHECK__SPDX_EXCEPTION)))
			continue;
		for (p = t; *p; p++)
			lines += *p == '\n';
		if (lines > 90)
			continue;
		tried++;
		/* a word of six letters or more, from the middle on */
		/* (a short text may have none there: then from its start) */
		for (p = t + e->text_len / 2; *p && tries < 12 && !ok;
		     p = *p && !p[1] && !tries && !from_start++
		             ? t
		             : p + (*p != 0)) {
			size_t n = 0;
			hdrcheck__ident r;
			char diff[64];

			while ((p[n] >= 'a' && p[n] <= 'z') ||
			       (p[n] >= 'A' && p[n] <= 'Z'))
				n++;
			if (n < 6 || n > 40 ||
			    (p > t && ((p[-1] >= 'a' && p[-1] <= 'z') ||
			               (p[-1] >= 'A' && p[-1] <= 'Z')))) {
				p += n;
				continue;
			}
			tries++;
			memset(&r, 0, sizeof(r));
			if (near_miss(id, s, t, (size_t)(p - t), n, &r) &&
			    r.nearest && r.diff) {
				const hdrcheck__spdx_entry *ne =
				    hdrcheck__catalogue_lookup(
				        r.nearest, strlen(r.nearest), 0);

				flat_words(want, sizeof(want), t);
				flat_words(got, sizeof(got),
				           ne && ne->text ? ne->text : "");
				snprintf(
				    diff, sizeof(diff), "{+%.*s+}", (int)n,
				    "qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq");
				ok = strcmp(want, got) == 0 &&
				     strstr(r.diff, diff);
				if (!ok)
					print_message(
					    "%s: nearest %s, diff %.80s\n",
					    e->id, r.nearest, r.diff);
				tries = 12;
			} else if (tries == 1) {
				print_message("%s: kind %d %s nearest %s\n",
				              e->id, (int)r.kind,
				              r.expression ? r.expression : "-",
				              r.nearest ? r.nearest : "-");
			}
			hdrcheck__ident_dispose(&r);
			p += n;
		}
		if (!ok) {
			print_message("no near miss named: %s\n", e->id);
			failed++;
		}
	}
	assert_true(tried > 400);
	assert_int_equal(failed, 0);
	hdrcheck__ident_scratch_free(s);
	hdrcheck__identifier_free(id);
}

/* Every text of the list that fits a header, whole, as a header after a
 * copyright line: named as itself (or as a license whose text is the same
 * in words). Texts holding an "Alternatively, ..." sentence of their own
 * (MTLL, Brian-Gladman-3-Clause, CNRI-Jython, any-OSI-perl-modules) are
 * the text, not the text and a notice. */
static void test_policies_identify__every_text_as_header(void **state)
{
	hdrcheck__identifier *id = NULL;
	hdrcheck__ident_scratch *s = NULL;
	static char want[9000], got[9000];
	size_t i, tried = 0, failed = 0;

	(void)state;
	assert_int_equal(hdrcheck__identifier_new(&id), 0);
	assert_int_equal(hdrcheck__ident_scratch_new(&s), 0);
	for (i = 0; i < hdrcheck__catalogue_count(); i++) {
		const hdrcheck__spdx_entry *e = hdrcheck__catalogue_get(i);
		const hdrcheck__spdx_entry *g = NULL;
		const char *p;
		size_t lines = 0;
		hdrcheck__ident r;

		if (!e->text || e->text_len > 8192 ||
		    (e->flags &
		     (HDRCHECK__SPDX_DEPRECATED | HDRCHECK__SPDX_EXCEPTION)))
			continue;
		for (p = e->text; *p; p++)
			lines += *p == '\n';
		if (lines > 120)
			continue;
		tried++;
		memset(&r, 0, sizeof(r));
		(void)near_miss(id, s, e->text, 0, 0, &r);
		if (r.kind == HDRCHECK__IDENT_TEXT && r.expression)
			g = hdrcheck__catalogue_lookup(r.expression,
			                               strlen(r.expression), 0);
		flat_words(want, sizeof(want), e->text);
		flat_words(got, sizeof(got), g && g->text ? g->text : "");
		if (strcmp(want, got) != 0) {
			print_message("header %s named %s (kind %d)\n", e->id,
			              r.expression ? r.expression : "(none)",
			              (int)r.kind);
			failed++;
		}
		hdrcheck__ident_dispose(&r);
	}
	print_message("headers: %zu of %zu named right\n", tried - failed,
	              tried);
	assert_true(tried > 450);
	assert_int_equal(failed, 0);
	hdrcheck__ident_scratch_free(s);
	hdrcheck__identifier_free(id);
}

/* Every text of the list, whole, as a LICENSE file: named as itself or
 * as a license whose text is the same in words ("-only", "-or-later"). */
static void test_policies_identify__every_text_as_license_file(void **state)
{
	hdrcheck__identifier *id = NULL;
	static char want[200000], got[200000];
	size_t i, tried = 0, failed = 0;

	(void)state;
	assert_int_equal(hdrcheck__identifier_new(&id), 0);
	for (i = 0; i < hdrcheck__catalogue_count(); i++) {
		const hdrcheck__spdx_entry *e = hdrcheck__catalogue_get(i);
		const hdrcheck__spdx_entry *g;
		char *r;

		if (!e->text || (e->flags & (HDRCHECK__SPDX_DEPRECATED |
		                             HDRCHECK__SPDX_EXCEPTION)))
			continue;
		/* words are ASCII letters and digits: a text in another
		 * script (CC-BY-SA-2.1-JP) has too few (a known gap) */
		{
			size_t k, high = 0;

			for (k = 0; k < e->text_len; k++)
				high += (unsigned char)e->text[k] >= 0x80;
			if (high * 3 > e->text_len)
				continue;
		}
		tried++;
		r = identify(id, e->text, e->text_len);
		g = r ? hdrcheck__catalogue_lookup(r, strlen(r), 0) : NULL;
		flat_words(want, sizeof(want), e->text);
		flat_words(got, sizeof(got), g && g->text ? g->text : "");
		if (strcmp(want, got) != 0) {
			print_message("LICENSE file %s named %s\n", e->id,
			              r ? r : "(none)");
			failed++;
		}
		free(r);
	}
	print_message("LICENSE files: %zu of %zu named right\n", tried - failed,
	              tried);
	assert_true(tried > 650);
	assert_int_equal(failed, 0);
	hdrcheck__identifier_free(id);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_policies_identify__license_files),
	    cmocka_unit_test(test_policies_identify__relatives_and_words),
	    cmocka_unit_test(test_policies_identify__text_holds_alternatively),
	    cmocka_unit_test(test_policies_identify__gnu_notices),
	    cmocka_unit_test(test_policies_identify__short_notices),
	    cmocka_unit_test(test_policies_identify__standard_headers),
	    cmocka_unit_test(test_policies_identify__near_miss_names_nearest),
	    cmocka_unit_test(test_policies_identify__every_text_as_header),
	    cmocka_unit_test(
	        test_policies_identify__every_text_as_license_file),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
