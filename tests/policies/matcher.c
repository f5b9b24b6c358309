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
 * Unit tests of the matcher: the accepted Apache-2.0 forms in any wrapping
 * and decoration, the description of a damaged header, and the recognisers
 * of other licenses.
 */

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "policies/filetypes.h"
#include "policies/header.h"

static int setup(void **state)
{
	hdrcheck__matcher *m = calloc(1, sizeof(*m));

	if (!m || hdrcheck__matcher_init(m) < 0) {
		free(m);
		return -1;
	}
	*state = m;
	return 0;
}

static int teardown(void **state)
{
	hdrcheck__matcher *m = *state;

	hdrcheck__matcher_dispose(m);
	free(m);
	return 0;
}

/* ------------------------------------------------------------------ */
/* helpers */

/* s with every occurrence of from replaced by to; malloc'd. */
static char *replace(const char *s, const char *from, const char *to)
{
	hdrcheck_buf out = HDRCHECK_BUF_INIT;
	size_t nf = strlen(from);
	const char *p;
	int found = 0;

	while ((p = strstr(s, from)) != NULL) {
		assert_int_equal(hdrcheck__buf_put(&out, s, (size_t)(p - s)),
		                 0);
		assert_int_equal(hdrcheck__buf_puts(&out, to), 0);
		s = p + nf;
		found = 1;
	}
	if (!found)
		fail_msg("\"%s\" does not occur", from);
	assert_int_equal(hdrcheck__buf_puts(&out, s), 0);
	return out.ptr;
}

typedef struct {
	const char *lang;
	const char *before; /* lines before the comment (preambles) */
	const char *open;   /* a line of its own, or NULL */
	const char *prefix; /* of each text line */
	const char *close;  /* a line of its own, or NULL */
} comment_style;

static const comment_style styles[] = {
    {"C", "", "/*", " * ", " */"},
    {"C", "", "/*", "   ", "*/"},
    {"Java", "", "/**", " * ", " */"},
    {"C++", "", NULL, "// ", NULL},
    {"Go", "", NULL, "//", NULL},
    {"Python", "#!/usr/bin/env python3\n# -*- coding: utf-8 -*-\n", NULL, "# ",
     NULL},
    {"Shell", "#!/bin/sh\n", NULL, "#   ", NULL},
    {"HTML", "<!DOCTYPE html>\n", "<!--", "  ", "-->"},
    {"XML", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", "<!--", "    ",
     "  -->"},
    {"SQL", "", NULL, "-- ", NULL},
    {"Emacs Lisp", "", NULL, ";; ", NULL},
    {"TeX", "", NULL, "% ", NULL},
    {"Batch", "", NULL, "REM ", NULL},
    {"PHP", "<?php\n", "/*", " * ", " */"},
    {"Markdown", "---\ntitle: x\n---\n", "<!--", "", "-->"},
};

/* A source file: the style's preamble, a copyright line, text wrapped at
 * width inside the comment, then some code. malloc'd. */
static char *render(const comment_style *st, const char *text, size_t width)
{
	hdrcheck_buf out = HDRCHECK_BUF_INIT;
	hdrcheck_buf line = HDRCHECK_BUF_INIT;
	const char *p = text;

	assert_int_equal(hdrcheck__buf_puts(&out, st->before), 0);
	if (st->open)
		assert_int_equal(hdrcheck__buf_printf(&out, "%s\n", st->open),
		                 0);
	assert_int_equal(
	    hdrcheck__buf_printf(&out, "%sCopyright 2026 Foo\n", st->prefix),
	    0);
	assert_int_equal(hdrcheck__buf_printf(&out, "%s\n", st->prefix), 0);
	while (*p) {
		const char *e;

		while (*p == ' ')
			p++;
		if (!*p)
			break;
		e = strchr(p, ' ');
		if (!e)
			e = p + strlen(p);
		if (line.len && line.len + 1 + (size_t)(e - p) > width) {
			assert_int_equal(
			    hdrcheck__buf_printf(&out, "%s%s\n", st->prefix,
			                         hdrcheck__buf_cstr(&line)),
			    0);
			hdrcheck__buf_clear(&line);
		}
		if (line.len)
			assert_int_equal(hdrcheck__buf_puts(&line, " "), 0);
		assert_int_equal(hdrcheck__buf_put(&line, p, (size_t)(e - p)),
		                 0);
		p = e;
	}
	if (line.len)
		assert_int_equal(
		    hdrcheck__buf_printf(&out, "%s%s\n", st->prefix,
		                         hdrcheck__buf_cstr(&line)),
		    0);
	if (st->close)
		assert_int_equal(hdrcheck__buf_printf(&out, "%s\n", st->close),
		                 0);
	assert_int_equal(hdrcheck__buf_puts(&out, "\ncode here\n"), 0);
	hdrcheck__buf_dispose(&line);
	return out.ptr;
}

/* The whole pipeline, as the classifier runs it, on an exact-size copy. */
static void file_tokens(hdrcheck__tokens *t, const char *lang, const char *src)
{
	const hdrcheck_language *l = hdrcheck__filetype_by_name(lang);
	hdrcheck__comments cm;
	size_t len = strlen(src), start;
	unsigned int line;
	char *copy = malloc(len ? len : 1);

	if (!l)
		fail_msg("no built-in type named %s", lang);
	assert_non_null(copy);
	memcpy(copy, src, len);
	memset(&cm, 0, sizeof(cm));
	start = hdrcheck__preamble_end(l, copy, len, &line);
	assert_int_equal(
	    hdrcheck__comments_extract(&cm, l, copy, len, start, line), 0);
	/* the comment run reached the code */
	assert_int_equal(cm.ended_by_code, 1);
	assert_int_equal(hdrcheck__tokens_from_comments(t, &cm), 0);
	/* words point into the token store, not the file: free it early */
	free(copy);
	hdrcheck__comments_dispose(&cm);
}

static void text_tokens(hdrcheck__tokens *t, const char *text)
{
	memset(t, 0, sizeof(*t));
	assert_int_equal(hdrcheck__tokens_from_text(t, text), 0);
}

static void apache(hdrcheck__match *out, const hdrcheck__matcher *m,
                   const char *text)
{
	hdrcheck__tokens t;

	text_tokens(&t, text);
	assert_int_equal(hdrcheck__matcher_apache(out, m, &t), 0);
	hdrcheck__tokens_dispose(&t);
}

static const char *other(const hdrcheck__matcher *m, const char *text,
                         size_t *at)
{
	hdrcheck__tokens t;
	const char *spdx;
	size_t dummy = 12345;

	text_tokens(&t, text);
	spdx = hdrcheck__matcher_other(m, &t, at ? at : &dummy);
	hdrcheck__tokens_dispose(&t);
	return spdx;
}

#define APPENDIX hdrcheck__template_text(HDRCHECK__TEMPLATE_APACHE_APPENDIX)
#define ASF      hdrcheck__template_text(HDRCHECK__TEMPLATE_APACHE_ASF)

#define assert_contains(hay, needle)                                           \
	do {                                                                   \
		const char *h_ = (hay);                                        \
		assert_non_null(h_);                                           \
		if (!strstr(h_, (needle)))                                     \
			fail_msg("\"%s\" does not contain \"%s\"", h_,         \
			         (needle));                                    \
	} while (0)

#define assert_not_contains(hay, needle)                                       \
	do {                                                                   \
		const char *h_ = (hay);                                        \
		if (h_ && strstr(h_, (needle)))                                \
			fail_msg("\"%s\" contains \"%s\"", h_, (needle));      \
	} while (0)

/* ------------------------------------------------------------------ */
/* templates */

static void test_policies_matcher__init_dispose(void **state)
{
	hdrcheck__matcher m;

	(void)state;
	assert_int_equal(hdrcheck__matcher_init(&m), 0);
	assert_true(m.templates[0].count > 50);
	assert_true(m.templates[1].count > m.templates[0].count);
	assert_non_null(hdrcheck__matcher_license(&m, "Apache-2.0"));
	assert_true(m.recognizers_count >= hdrcheck__recognizers_count);
	hdrcheck__matcher_dispose(&m);
	assert_null(m.recognizers);
	/* init twice, dispose twice */
	assert_int_equal(hdrcheck__matcher_init(&m), 0);
	hdrcheck__matcher_dispose(&m);
	hdrcheck__matcher_dispose(&m);
}

static void test_policies_matcher__template_text(void **state)
{
	(void)state;
	assert_non_null(strstr(APPENDIX, "Licensed under the Apache License"));
	assert_non_null(strstr(ASF, "Apache Software Foundation (ASF)"));
	assert_string_equal(hdrcheck__template_text(HDRCHECK__TEMPLATE__COUNT),
	                    "");
	assert_string_equal(hdrcheck__template_text((hdrcheck__template_id)-1),
	                    "");
}

/* Every built-in license's forms hold one of its anchors: the classifier
 * skips the forms of a text without one (hdrcheck__matcher_may_match). */
static void test_policies_matcher__builtin_forms_anchored(void **state)
{
	const hdrcheck__matcher *m = *state;
	hdrcheck__tokens t = {0};
	size_t i;

	for (i = 0; i < m->licenses_count; i++) {
		if (!m->licenses[i].anchored)
			fail_msg("%s: a form without an anchor",
			         m->licenses[i].spdx);
		assert_int_equal(
		    hdrcheck__matcher_may_match(&m->licenses[i], &t), 0);
	}
	assert_int_equal(
	    hdrcheck__tokens_from_text(&t, "see the Apache License here"), 0);
	assert_int_equal(hdrcheck__matcher_may_match(
	                     hdrcheck__matcher_license(m, "Apache-2.0"), &t),
	                 1);
	hdrcheck__tokens_dispose(&t);
}

/* The third party's form is not the second half of a damaged ASF
 * header: after "The ASF" it does not match. */
static void test_policies_matcher__licensor_not_after_asf(void **state)
{
	const hdrcheck__matcher *m = *state;
	const char *licensor =
	    hdrcheck__template_text(HDRCHECK__TEMPLATE_APACHE_LICENSOR);
	char *third = NULL, *asf = NULL;
	hdrcheck__match r;
	size_t n = strlen(licensor) + 64;

	third = malloc(n);
	asf = malloc(n);
	assert_non_null(third);
	assert_non_null(asf);
	snprintf(third, n, "The Example Project %s", licensor);
	snprintf(asf, n, "Copyright 2020. The ASF %s", licensor);
	apache(&r, m, third);
	assert_int_equal(r.matched, 1);
	free(r.reason);
	apache(&r, m, asf);
	assert_int_equal(r.matched, 0);
	assert_int_equal(r.apache_like, 1);
	free(r.reason);
	free(third);
	free(asf);
}

static void test_policies_matcher__templates_match_themselves(void **state)
{
	const hdrcheck__matcher *m = *state;
	hdrcheck__match r;

	apache(&r, m, APPENDIX);
	assert_int_equal(r.matched, 1);
	assert_int_equal(r.apache_like, 1);
	assert_int_equal(r.at, 0);
	assert_null(r.reason);

	apache(&r, m, ASF);
	assert_int_equal(r.matched, 1);
	assert_int_equal(r.apache_like, 1);
	assert_int_equal(r.at, 0);
	assert_null(r.reason);

	/* at: the first word of the form, past a copyright line */
	{
		char *s =
		    hdrcheck__aprintf("Copyright 2026 Foo Inc. %s", APPENDIX);

		apache(&r, m, s);
		assert_int_equal(r.matched, 1);
		assert_int_equal(r.at, 4);
		free(s);
	}
}

static void check_all_styles(const hdrcheck__matcher *m, const char *text)
{
	static const size_t widths[] = {24, 40, 60, 76, 1000};
	size_t s, w;

	for (s = 0; s < HDRCHECK__ARRAY_SIZE(styles); s++) {
		for (w = 0; w < HDRCHECK__ARRAY_SIZE(widths); w++) {
			char *src = render(&styles[s], text, widths[w]);
			hdrcheck__tokens t;
			hdrcheck__match r;

			memset(&t, 0, sizeof(t));
			file_tokens(&t, styles[s].lang, src);
			assert_int_equal(hdrcheck__matcher_apache(&r, m, &t),
			                 0);
			if (!r.matched)
				fail_msg("%s, width %zu: not matched (%s):\n%s",
				         styles[s].lang, widths[w],
				         r.reason ? r.reason : "-", src);
			assert_int_equal(r.apache_like, 1);
			/* "copyright 2026 foo" comes first */
			assert_int_equal(r.at, 3);
			assert_null(r.reason);
			hdrcheck__tokens_dispose(&t);
			free(src);
		}
	}
}

static void test_policies_matcher__appendix_any_wrapping(void **state)
{
	check_all_styles(*state, APPENDIX);
}

static void test_policies_matcher__asf_any_wrapping(void **state)
{
	check_all_styles(*state, ASF);
}

static void test_policies_matcher__accepted_spellings(void **state)
{
	const hdrcheck__matcher *m = *state;
	const char *const texts[] = {APPENDIX, ASF};
	size_t i;

	for (i = 0; i < 2; i++) {
		char *a = replace(texts[i],
		                  "http://www.apache.org/licenses/LICENSE-2.0",
		                  "https://www.apache.org/licenses/"
		                  "LICENSE-2.0.txt");
		char *b = replace(a, "\"License\"",
		                  "\xE2\x80\x9CLicense\xE2\x80\x9D");
		char *c = replace(b, "\"AS IS\"",
		                  "\xE2\x80\x98"
		                  "AS IS\xE2\x80\x99");
		char *d =
		    replace(c, "https://www.apache.org", "<http://apache.org");
		hdrcheck__match r;

		check_all_styles(m, c);
		apache(&r, m, d);
		assert_int_equal(r.matched, 1);
		free(a);
		free(b);
		free(c);
		free(d);
	}
}

static void test_policies_matcher__upper_case(void **state)
{
	const hdrcheck__matcher *m = *state;
	char *s = hdrcheck__strdup(APPENDIX), *p;
	hdrcheck__match r;

	for (p = s; *p; p++)
		if (*p >= 'a' && *p <= 'z')
			*p = (char)(*p - 'a' + 'A');
	apache(&r, m, s);
	assert_int_equal(r.matched, 1);
	free(s);
}

/* ------------------------------------------------------------------ */
/* damaged headers */

static void test_policies_matcher__appendix_word_changed(void **state)
{
	const hdrcheck__matcher *m = *state;
	char *s = replace(APPENDIX, "you may not use", "you can not use");
	hdrcheck__match r;

	apache(&r, m, s);
	assert_int_equal(r.matched, 0);
	assert_int_equal(r.apache_like, 1);
	assert_contains(r.reason, "expected \"may\" but found \"can\"");
	free(r.reason);
	free(s);
}

static void test_policies_matcher__word_changed_in_file(void **state)
{
	const hdrcheck__matcher *m = *state;
	char *s =
	    replace(APPENDIX, "governing permissions", "governing privileges");
	char *src = render(&styles[0], s, 72);
	hdrcheck__tokens t;
	hdrcheck__match r;

	memset(&t, 0, sizeof(t));
	file_tokens(&t, "C", src);
	assert_int_equal(hdrcheck__matcher_apache(&r, m, &t), 0);
	assert_int_equal(r.matched, 0);
	assert_int_equal(r.apache_like, 1);
	assert_int_equal(r.at, 6); /* "apache license" */
	assert_contains(r.reason,
	                "expected \"permissions\" but found \"privileges\"");
	/* with some context */
	assert_contains(r.reason, "after \"");
	free(r.reason);
	hdrcheck__tokens_dispose(&t);
	free(src);
	free(s);
}

static void test_policies_matcher__sentence_dropped(void **state)
{
	const hdrcheck__matcher *m = *state;
	char *s = replace(APPENDIX,
	                  "You may obtain a copy of the License at "
	                  "http://www.apache.org/licenses/LICENSE-2.0 ",
	                  "");
	hdrcheck__match r;

	apache(&r, m, s);
	assert_int_equal(r.matched, 0);
	assert_int_equal(r.apache_like, 1);
	assert_non_null(r.reason);
	if (strncmp(r.reason, "missing ", 8) != 0)
		fail_msg("reason: %s", r.reason);
	assert_contains(r.reason, "you may obtain a copy");
	free(r.reason);
	free(s);
}

static void test_policies_matcher__last_sentence_dropped(void **state)
{
	const hdrcheck__matcher *m = *state;
	char *s = replace(APPENDIX,
	                  " See the License for the specific language "
	                  "governing permissions and limitations under the "
	                  "License.",
	                  "");
	hdrcheck__match r;

	apache(&r, m, s);
	assert_int_equal(r.matched, 0);
	assert_int_equal(r.apache_like, 1);
	assert_non_null(r.reason);
	if (strncmp(r.reason, "missing ", 8) != 0)
		fail_msg("reason: %s", r.reason);
	assert_contains(r.reason, "see the license");
	free(r.reason);
	free(s);
}

static void test_policies_matcher__word_added(void **state)
{
	const hdrcheck__matcher *m = *state;
	char *s = replace(APPENDIX, "OF ANY KIND", "OF ANY KIND WHATSOEVER");
	hdrcheck__match r;

	apache(&r, m, s);
	assert_int_equal(r.matched, 0);
	assert_int_equal(r.apache_like, 1);
	assert_non_null(r.reason);
	if (strncmp(r.reason, "unexpected \"whatsoever\"", 23) != 0)
		fail_msg("reason: %s", r.reason);
	free(r.reason);
	free(s);
}

static void test_policies_matcher__text_around_is_ignored(void **state)
{
	const hdrcheck__matcher *m = *state;
	char *s = replace(APPENDIX, "you may not use", "you can not use");
	char *t = hdrcheck__aprintf("Copyright 2026 Foo Inc. All rights "
	                            "reserved. %s Author: someone else.",
	                            s);
	hdrcheck__match r;

	apache(&r, m, t);
	assert_int_equal(r.apache_like, 1);
	assert_contains(r.reason, "expected \"may\" but found \"can\"");
	assert_not_contains(r.reason, "copyright");
	assert_not_contains(r.reason, "author");
	free(r.reason);
	free(t);
	free(s);
}

static void test_policies_matcher__short_form(void **state)
{
	const hdrcheck__matcher *m = *state;
	hdrcheck__match r;

	apache(&r, m, "Licensed under the Apache License 2.0");
	assert_int_equal(r.matched, 0);
	assert_int_equal(r.apache_like, 1);
	assert_int_equal(r.at, 3);
	assert_non_null(r.reason);
	free(r.reason);

	apache(&r, m,
	       "Copyright 2026 Foo. See "
	       "http://www.apache.org/licenses/LICENSE-2.0");
	assert_int_equal(r.matched, 0);
	assert_int_equal(r.apache_like, 1);
	free(r.reason);

	apache(&r, m, "Contributed to the Apache Software Foundation");
	assert_int_equal(r.matched, 0);
	assert_int_equal(r.apache_like, 1);
	free(r.reason);
}

static void test_policies_matcher__unrelated(void **state)
{
	const hdrcheck__matcher *m = *state;
	hdrcheck__match r;

	apache(&r, m,
	       "This file is part of Foo. Do what you want with it, "
	       "but do not blame us. Apache helicopters are loud.");
	assert_int_equal(r.matched, 0);
	assert_int_equal(r.apache_like, 0);
	assert_null(r.reason);

	apache(&r, m, "");
	assert_int_equal(r.matched, 0);
	assert_int_equal(r.apache_like, 0);
	assert_null(r.reason);

	/* another license's text is not Apache-like */
	apache(&r, m,
	       "Permission is hereby granted, free of charge, to any person "
	       "obtaining a copy of this software");
	assert_int_equal(r.apache_like, 0);
	assert_null(r.reason);
}

static void test_policies_matcher__asf_word_changed(void **state)
{
	const hdrcheck__matcher *m = *state;
	char *s = replace(ASF, "you may not use", "you can not use");
	hdrcheck__match r;

	apache(&r, m, s);
	assert_int_equal(r.matched, 0);
	assert_int_equal(r.apache_like, 1);
	assert_contains(r.reason, "expected \"may\" but found \"can\"");
	/* the ASF form is the nearest: its preamble is not "unexpected" */
	assert_not_contains(r.reason, "unexpected");
	assert_not_contains(r.reason, "software foundation");
	free(r.reason);
	free(s);
}

static void test_policies_matcher__asf_preamble_word_changed(void **state)
{
	const hdrcheck__matcher *m = *state;
	char *s = replace(ASF, "See the NOTICE file", "See the README file");
	hdrcheck__match r;

	apache(&r, m, s);
	assert_int_equal(r.matched, 0);
	assert_int_equal(r.apache_like, 1);
	assert_contains(r.reason, "expected \"notice\" but found \"readme\"");
	assert_not_contains(r.reason, "unexpected");
	free(r.reason);
	free(s);
}

static void test_policies_matcher__asf_sentence_dropped(void **state)
{
	const hdrcheck__matcher *m = *state;
	char *s = replace(ASF,
	                  "See the NOTICE file distributed with this work for "
	                  "additional information regarding copyright "
	                  "ownership. ",
	                  "");
	hdrcheck__match r;

	apache(&r, m, s);
	assert_int_equal(r.matched, 0);
	assert_int_equal(r.apache_like, 1);
	assert_non_null(r.reason);
	if (strncmp(r.reason, "missing ", 8) != 0)
		fail_msg("reason: %s", r.reason);
	assert_not_contains(r.reason, "unexpected");
	free(r.reason);
	free(s);
}

static void test_policies_matcher__asf_in_file_word_changed(void **state)
{
	const hdrcheck__matcher *m = *state;
	char *s = replace(ASF, "WITHOUT WARRANTIES", "WITHOUT GUARANTEES");
	size_t i;

	for (i = 0; i < HDRCHECK__ARRAY_SIZE(styles); i++) {
		char *src = render(&styles[i], s, 70);
		hdrcheck__tokens t;
		hdrcheck__match r;

		memset(&t, 0, sizeof(t));
		file_tokens(&t, styles[i].lang, src);
		assert_int_equal(hdrcheck__matcher_apache(&r, m, &t), 0);
		assert_int_equal(r.matched, 0);
		assert_int_equal(r.apache_like, 1);
		assert_contains(r.reason, "expected \"warranties\" but found "
		                          "\"guarantees\"");
		assert_not_contains(r.reason, "unexpected");
		free(r.reason);
		hdrcheck__tokens_dispose(&t);
		free(src);
	}
	free(s);
}

static void test_policies_matcher__long_reason_is_bounded(void **state)
{
	const hdrcheck__matcher *m = *state;
	char *s = replace(APPENDIX,
	                  "Unless required by applicable law or agreed to in "
	                  "writing, software distributed under the License is "
	                  "distributed on an \"AS IS\" BASIS, ",
	                  "");
	hdrcheck__match r;

	apache(&r, m, s);
	assert_int_equal(r.matched, 0);
	assert_non_null(r.reason);
	/* up to a few words, then an ellipsis */
	assert_contains(r.reason, " ...\"");
	assert_true(strlen(r.reason) < 200);
	free(r.reason);
	free(s);
}

/* ------------------------------------------------------------------ */
/* other licenses */

static void test_policies_matcher__other_mit(void **state)
{
	const hdrcheck__matcher *m = *state;
	size_t at = 0;

	assert_string_equal(
	    other(m,
	          "Copyright (c) 2026 Foo\n"
	          "Permission is hereby granted, free of charge, to any "
	          "person obtaining a copy of this software and associated "
	          "documentation files (the \"Software\"), to deal in the "
	          "Software without restriction",
	          &at),
	    "MIT");
	assert_int_equal(at, 4); /* copyright c 2026 foo */
}

static void test_policies_matcher__other_bsd(void **state)
{
	const hdrcheck__matcher *m = *state;
	const char *bsd2 =
	    "Redistribution and use in source and binary forms, with or "
	    "without modification, are permitted provided that the "
	    "following conditions are met: 1. Redistributions of source "
	    "code must retain the above copyright notice, this list of "
	    "conditions and the following disclaimer. 2. Redistributions "
	    "in binary form must reproduce the above copyright notice, "
	    "this list of conditions and the following disclaimer in the "
	    "documentation and/or other materials provided with the "
	    "distribution.";
	char *bsd3 = hdrcheck__aprintf(
	    "%s 3. Neither the name of the copyright holder nor the names "
	    "of its contributors may be used to endorse or promote "
	    "products derived from this software without specific prior "
	    "written permission.",
	    bsd2);

	assert_string_equal(other(m, bsd2, NULL), "BSD-2-Clause");
	assert_string_equal(other(m, bsd3, NULL), "BSD-3-Clause");
	free(bsd3);
}

static void test_policies_matcher__other_gpl(void **state)
{
	const hdrcheck__matcher *m = *state;

	assert_string_equal(
	    other(m,
	          "This program is free software; you can redistribute it "
	          "and/or modify it under the terms of the GNU General "
	          "Public License version 2 as published by the Free "
	          "Software Foundation. This program is distributed in "
	          "the hope that it will be useful, but WITHOUT ANY "
	          "WARRANTY.",
	          NULL),
	    "GPL-2.0-only");
	assert_string_equal(
	    other(m,
	          "This program is free software; you can redistribute it "
	          "and/or modify it under the terms of the GNU General "
	          "Public License as published by the Free Software "
	          "Foundation; either version 2 of the License, or (at "
	          "your option) any later version. You should have "
	          "received a copy of the GNU General Public License "
	          "along with this program; if not, write to the Free "
	          "Software Foundation, Inc., 51 Franklin Street, Fifth "
	          "Floor, Boston, MA 02110-1301 USA.",
	          NULL),
	    "GPL-2.0-or-later");
	assert_string_equal(
	    other(m,
	          "This program is free software: you can redistribute it "
	          "and/or modify it under the terms of the GNU General "
	          "Public License as published by the Free Software "
	          "Foundation, either version 3 of the License, or (at "
	          "your option) any later version. You should have "
	          "received a copy of the GNU General Public License "
	          "along with this program. If not, see "
	          "<https://www.gnu.org/licenses/>.",
	          NULL),
	    "GPL-3.0-or-later");
	assert_string_equal(
	    other(m,
	          "This program is free software: you can redistribute it "
	          "and/or modify it under the terms of the GNU General "
	          "Public License version 3 as published by the Free "
	          "Software Foundation.",
	          NULL),
	    "GPL-3.0-only");
}

static void test_policies_matcher__other_lgpl(void **state)
{
	const hdrcheck__matcher *m = *state;

	assert_string_equal(
	    other(m,
	          "This library is free software; you can redistribute it "
	          "and/or modify it under the terms of the GNU Lesser "
	          "General Public License as published by the Free "
	          "Software Foundation; either version 2.1 of the "
	          "License, or (at your option) any later version.",
	          NULL),
	    "LGPL-2.1-or-later");
	assert_string_equal(
	    other(m,
	          "This library is free software; you can redistribute it "
	          "and/or modify it under the terms of the GNU Lesser "
	          "General Public License as published by the Free "
	          "Software Foundation; version 2.1 of the License.",
	          NULL),
	    "LGPL-2.1-only");
}

static void test_policies_matcher__other_mpl_epl(void **state)
{
	const hdrcheck__matcher *m = *state;

	assert_string_equal(
	    other(m,
	          "This Source Code Form is subject to the terms of the "
	          "Mozilla Public License, v. 2.0. If a copy of the MPL "
	          "was not distributed with this file, You can obtain one "
	          "at http://mozilla.org/MPL/2.0/.",
	          NULL),
	    "MPL-2.0");
	assert_string_equal(
	    other(m,
	          "This program and the accompanying materials are made "
	          "available under the terms of the Eclipse Public "
	          "License 2.0 which is available at "
	          "https://www.eclipse.org/legal/epl-2.0/",
	          NULL),
	    "EPL-2.0");
	assert_string_equal(
	    other(m,
	          "are made available under the terms of the Eclipse "
	          "Public License v. 2.0",
	          NULL),
	    "EPL-2.0");
}

static void test_policies_matcher__other_isc(void **state)
{
	const hdrcheck__matcher *m = *state;

	assert_string_equal(
	    other(m,
	          "Permission to use, copy, modify, and/or distribute this "
	          "software for any purpose with or without fee is hereby "
	          "granted, provided that the above copyright notice and "
	          "this permission notice appear in all copies.",
	          NULL),
	    "ISC");
}

static void test_policies_matcher__other_none(void **state)
{
	const hdrcheck__matcher *m = *state;

	assert_null(other(m,
	                  "This module parses the configuration file and "
	                  "hands the options to the scanner. It is free of "
	                  "side effects.",
	                  NULL));
	assert_null(other(m, "", NULL));
	/* the Apache forms are not "another license" */
	assert_null(other(m, APPENDIX, NULL));
	assert_null(other(m, ASF, NULL));
	/* a license named in passing is not its text */
	assert_null(other(m, "Unlike the GNU GPL, this is simple.", NULL));
}

static void test_policies_matcher__recognizers_well_formed(void **state)
{
	size_t i, j;

	(void)state;
	assert_true(hdrcheck__recognizers_count > 10);
	for (i = 0; i < hdrcheck__recognizers_count; i++) {
		const hdrcheck__recognizer *r = &hdrcheck__recognizers[i];

		assert_non_null(r->spdx);
		assert_non_null(r->phrases);
		assert_non_null(r->phrases[0]);
		for (j = 0; r->phrases[j]; j++) {
			hdrcheck__tokens t;

			/* phrases are written already normalised */
			text_tokens(&t, r->phrases[j]);
			assert_true(t.count > 0);
			hdrcheck__tokens_dispose(&t);
		}
	}
}

/* ------------------------------------------------------------------ */
/* configured forms from a hostile configuration (issue 7) */

/* n copies of unit, then tail; malloc'd. */
static char *repeat(const char *unit, size_t n, const char *tail)
{
	size_t u = strlen(unit), t = strlen(tail), i;
	char *s = malloc(u * n + t + 1);

	assert_non_null(s);
	for (i = 0; i < n; i++)
		memcpy(s + i * u, unit, u);
	memcpy(s + n * u, tail, t + 1);
	return s;
}

/* Chained placeholders are a pattern with gaps: without a budget, seven
 * "{holder}" (16 spans each) against 300 words took minutes. */
static void test_policies_matcher__placeholder_chain_is_bounded(void **state)
{
	hdrcheck__tokens form, t;
	hdrcheck__match out;
	char *tmpl = repeat("{holder} ", 7, "zzz");
	char *text = repeat("word ", 300, "");

	(void)state;
	memset(&form, 0, sizeof(form));
	assert_int_equal(hdrcheck__tokens_from_template(&form, tmpl), 0);
	text_tokens(&t, text);
	assert_int_equal(
	    hdrcheck__matcher_forms(&out, &form, 1, NULL, 0, NULL, &t), 0);
	assert_int_equal(out.limit, 1);
	assert_int_equal(out.matched, 0);
	assert_null(out.reason);
	hdrcheck__tokens_dispose(&form);
	hdrcheck__tokens_dispose(&t);
	free(tmpl);
	free(text);
}

/* 150,000 "{year}" in a row recursed once each and overflowed the C stack
 * of a worker thread. */
static void test_policies_matcher__placeholder_depth_is_bounded(void **state)
{
	hdrcheck__tokens form, t;
	hdrcheck__match out;
	char *tmpl = repeat("{year}", 150000, "");

	(void)state;
	memset(&form, 0, sizeof(form));
	assert_int_equal(hdrcheck__tokens_from_template(&form, tmpl), 0);
	assert_int_equal(form.count, 150000);
	text_tokens(&t, "Copyright 2024 Example");
	assert_int_equal(
	    hdrcheck__matcher_forms(&out, &form, 1, NULL, 0, NULL, &t), 0);
	assert_int_equal(out.limit, 1);
	assert_int_equal(out.matched, 0);
	hdrcheck__tokens_dispose(&form);
	hdrcheck__tokens_dispose(&t);
	free(tmpl);
}

/* The budget does not change an ordinary verdict: a templated header
 * with a year list and a long holder still matches, where it starts. */
static void test_policies_matcher__placeholders_within_budget(void **state)
{
	hdrcheck__tokens form, t;
	hdrcheck__match out;
	char *text = repeat("filler words here ", 2000,
	                    "Copyright 2019, 2020, 2021 The Very Long Named "
	                    "Example Project Authors and Contributors\n"
	                    "Licensed under the Foo License.");

	(void)state;
	memset(&form, 0, sizeof(form));
	assert_int_equal(hdrcheck__tokens_from_template(
	                     &form, "Copyright {year} {holder}\n"
	                            "Licensed under the Foo License."),
	                 0);
	text_tokens(&t, text);
	assert_int_equal(
	    hdrcheck__matcher_forms(&out, &form, 1, NULL, 0, NULL, &t), 0);
	assert_int_equal(out.limit, 0);
	assert_int_equal(out.matched, 1);
	assert_int_equal(out.at, 6000);
	assert_int_equal(out.end, t.count);
	hdrcheck__tokens_dispose(&form);
	hdrcheck__tokens_dispose(&t);
	free(text);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_policies_matcher__init_dispose),
	    cmocka_unit_test(test_policies_matcher__template_text),
	    cmocka_unit_test(test_policies_matcher__builtin_forms_anchored),
	    cmocka_unit_test(test_policies_matcher__licensor_not_after_asf),
	    cmocka_unit_test(test_policies_matcher__templates_match_themselves),
	    cmocka_unit_test(test_policies_matcher__appendix_any_wrapping),
	    cmocka_unit_test(test_policies_matcher__asf_any_wrapping),
	    cmocka_unit_test(test_policies_matcher__accepted_spellings),
	    cmocka_unit_test(test_policies_matcher__upper_case),
	    cmocka_unit_test(test_policies_matcher__appendix_word_changed),
	    cmocka_unit_test(test_policies_matcher__word_changed_in_file),
	    cmocka_unit_test(test_policies_matcher__sentence_dropped),
	    cmocka_unit_test(test_policies_matcher__last_sentence_dropped),
	    cmocka_unit_test(test_policies_matcher__word_added),
	    cmocka_unit_test(test_policies_matcher__text_around_is_ignored),
	    cmocka_unit_test(test_policies_matcher__short_form),
	    cmocka_unit_test(test_policies_matcher__unrelated),
	    cmocka_unit_test(test_policies_matcher__asf_word_changed),
	    cmocka_unit_test(test_policies_matcher__asf_preamble_word_changed),
	    cmocka_unit_test(test_policies_matcher__asf_sentence_dropped),
	    cmocka_unit_test(test_policies_matcher__asf_in_file_word_changed),
	    cmocka_unit_test(test_policies_matcher__long_reason_is_bounded),
	    cmocka_unit_test(test_policies_matcher__other_mit),
	    cmocka_unit_test(test_policies_matcher__other_bsd),
	    cmocka_unit_test(test_policies_matcher__other_gpl),
	    cmocka_unit_test(test_policies_matcher__other_lgpl),
	    cmocka_unit_test(test_policies_matcher__other_mpl_epl),
	    cmocka_unit_test(test_policies_matcher__other_isc),
	    cmocka_unit_test(test_policies_matcher__other_none),
	    cmocka_unit_test(test_policies_matcher__recognizers_well_formed),
	    cmocka_unit_test(
	        test_policies_matcher__placeholder_chain_is_bounded),
	    cmocka_unit_test(
	        test_policies_matcher__placeholder_depth_is_bounded),
	    cmocka_unit_test(test_policies_matcher__placeholders_within_budget),
	};

	return cmocka_run_group_tests_name("policies_matcher", tests, setup,
	                                   teardown);
}
