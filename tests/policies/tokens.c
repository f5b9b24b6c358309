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
 * Unit tests of the normaliser: comment text -> words for matching.
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

/* The words of t joined by single spaces, in a static buffer. */
static const char *joined(const hdrcheck__tokens *t)
{
	static char out[8192];
	size_t i, n = 0;

	out[0] = '\0';
	for (i = 0; i < t->count; i++) {
		assert_true(n + t->tokens[i].len + 2 < sizeof(out));
		if (i)
			out[n++] = ' ';
		memcpy(out + n, t->tokens[i].word, t->tokens[i].len);
		n += t->tokens[i].len;
	}
	out[n] = '\0';
	return out;
}

#define assert_words(text, expected)                                           \
	do {                                                                   \
		hdrcheck__tokens t_;                                           \
		memset(&t_, 0, sizeof(t_));                                    \
		assert_int_equal(hdrcheck__tokens_from_text(&t_, (text)), 0);  \
		assert_string_equal(joined(&t_), (expected));                  \
		hdrcheck__tokens_dispose(&t_);                                 \
	} while (0)

static void tokens_of(hdrcheck__tokens *t, const char *text)
{
	memset(t, 0, sizeof(*t));
	assert_int_equal(hdrcheck__tokens_from_text(t, text), 0);
}

/* ------------------------------------------------------------------ */

static void test_policies_tokens__case_folding(void **state)
{
	(void)state;
	assert_words("Hello WORLD MiXeD", "hello world mixed");
	assert_words("ABC123xyz", "abc123xyz");
	assert_words("Apache License", "apache license");
}

static void test_policies_tokens__punctuation_vanishes(void **state)
{
	(void)state;
	assert_words("(the \"License\"); you-may, not.",
	             "the license you may not");
	assert_words("\"AS IS\" BASIS,", "as is basis");
	assert_words("a_b a/b a\\b a'b a*b", "a b a b a b a b a b");
	assert_words("  \t\r\n ", "");
	assert_words("", "");
	assert_words("!!! ??? ...", "");
}

static void test_policies_tokens__curly_quotes_vanish(void **state)
{
	(void)state;
	/* “License” and ‘AS IS’ */
	assert_words("(the \xE2\x80\x9CLicense\xE2\x80\x9D)", "the license");
	assert_words("\xE2\x80\x98"
	             "AS IS\xE2\x80\x99 BASIS",
	             "as is basis");
	/* the curly and the straight spellings agree */
	{
		hdrcheck__tokens a, b;
		size_t i;

		tokens_of(&a, "(the \xE2\x80\x9CLicense\xE2\x80\x9D); "
		              "\xE2\x80\x98"
		              "AS IS\xE2\x80\x99");
		tokens_of(&b, "(the \"License\"); 'AS IS'");
		assert_int_equal(a.count, b.count);
		for (i = 0; i < a.count; i++) {
			assert_int_equal(a.tokens[i].len, b.tokens[i].len);
			assert_memory_equal(a.tokens[i].word, b.tokens[i].word,
			                    a.tokens[i].len);
		}
		hdrcheck__tokens_dispose(&a);
		hdrcheck__tokens_dispose(&b);
	}
}

static void test_policies_tokens__digits(void **state)
{
	(void)state;
	assert_words("Version 2.0", "version 2 0");
	assert_words("2026-01-02", "2026 01 02");
}

static void test_policies_tokens__https_reads_as_http(void **state)
{
	(void)state;
	assert_words("https://www.example.com", "http www example com");
	assert_words("HTTPS", "http");
	assert_words("http://www.example.com", "http www example com");
	/* only the whole word */
	assert_words("httpsx httpss", "httpsx httpss");
}

static void test_policies_tokens__www_optional_after_scheme(void **state)
{
	(void)state;
	assert_words("http://www.apache.org", "http www apache org");
	assert_words("https://www.apache.org", "http www apache org");
	assert_words("HTTPS://WWW.APACHE.ORG", "http www apache org");
	/* a host without "www." reads as if it had it */
	assert_words("https://apache.org", "http www apache org");
	assert_words("see http://apache.org.", "see http www apache org");
	assert_words("http://www", "http www");
	assert_words("http://wwwx.org", "http www wwwx org");
	/* no scheme, no "www" put in: "http.apache.org" lacks a word */
	assert_words("http.apache.org", "http apache org");
	assert_words("htestp://www.apache.org", "htestp www apache org");
	assert_words("http//www.apache.org", "http www apache org");
	assert_words("the http server", "the http server");
	assert_words("http://", "http");
	/* a "www." host without a scheme reads as if it had one */
	assert_words("www.apache.org", "http www apache org");
	assert_words("at www.apache.org/licenses",
	             "at http www apache org licenses");
	assert_words("(www.apache.org)", "http www apache org");
	/* not inside a word, nor after a damaged scheme */
	assert_words("x.www.apache.org", "x www apache org");
	assert_words("http:/www.apache.org", "http www apache org");
	/* www elsewhere stays */
	assert_words("the www is big", "the www is big");
	assert_words("www.", "www");
}

static void test_policies_tokens__license_url_suffixes(void **state)
{
	static const char *const spellings[] = {
	    "http://www.apache.org/licenses/LICENSE-2.0",
	    "http://www.apache.org/licenses/LICENSE-2.0.txt",
	    "http://www.apache.org/licenses/LICENSE-2.0.html",
	    "http://www.apache.org/licenses/LICENSE-2.0.htm",
	    "https://www.apache.org/licenses/LICENSE-2.0.txt",
	    "https://apache.org/licenses/LICENSE-2.0.html",
	    "<https://www.apache.org/licenses/LICENSE-2.0>",
	    "HTTP://WWW.APACHE.ORG/LICENSES/LICENSE-2.0.TXT",
	};
	size_t i;

	(void)state;
	for (i = 0; i < HDRCHECK__ARRAY_SIZE(spellings); i++)
		assert_words(spellings[i],
		             "http www apache org licenses license 2 0");
	/* followed by more text */
	assert_words("LICENSE-2.0.txt and more", "license 2 0 and more");
	/* other .txt and .html survive */
	assert_words("see NOTICE.txt", "see notice txt");
	assert_words("LICENSE-1.0.txt", "license 1 0 txt");
	assert_words("index.html", "index html");
}

static void test_policies_tokens__from_comments(void **state)
{
	const hdrcheck_language *c = hdrcheck__filetype_by_name("C");
	const char *src = "/*\n"
	                  " * Licensed under the Apache License,\n"
	                  " * Version 2.0 (the \"License\");\n"
	                  " */\n";
	hdrcheck__comments cm;
	hdrcheck__tokens t, plain;
	size_t i;

	(void)state;
	memset(&cm, 0, sizeof(cm));
	memset(&t, 0, sizeof(t));
	assert_int_equal(
	    hdrcheck__comments_extract(&cm, c, src, strlen(src), 0, 1), 0);
	assert_int_equal(hdrcheck__tokens_from_comments(&t, &cm), 0);
	assert_string_equal(joined(&t),
	                    "licensed under the apache license version 2 0 "
	                    "the license");
	/* each word remembers its comment line */
	assert_int_equal(t.tokens[0].cline, 1);
	assert_int_equal(t.tokens[4].cline, 1);
	assert_int_equal(t.tokens[5].cline, 2);
	assert_int_equal(t.tokens[t.count - 1].cline, 2);

	/* the same words as the flat text */
	tokens_of(&plain, "Licensed under the Apache License, Version 2.0 "
	                  "(the \"License\");");
	assert_int_equal(plain.count, t.count);
	for (i = 0; i < t.count; i++) {
		assert_int_equal(plain.tokens[i].cline, 0);
		assert_int_equal(plain.tokens[i].len, t.tokens[i].len);
		assert_memory_equal(plain.tokens[i].word, t.tokens[i].word,
		                    t.tokens[i].len);
	}
	hdrcheck__tokens_dispose(&plain);
	hdrcheck__tokens_dispose(&t);
	hdrcheck__comments_dispose(&cm);
}

static void test_policies_tokens__words_across_lines(void **state)
{
	const hdrcheck_language *py = hdrcheck__filetype_by_name("Python");
	/* a URL split by the wrapping still normalises per line */
	const char *src = "# see https://www.apache.org/licenses/\n"
	                  "#     LICENSE-2.0.html for details\n";
	hdrcheck__comments cm;
	hdrcheck__tokens t;

	(void)state;
	memset(&cm, 0, sizeof(cm));
	memset(&t, 0, sizeof(t));
	assert_int_equal(
	    hdrcheck__comments_extract(&cm, py, src, strlen(src), 0, 1), 0);
	assert_int_equal(hdrcheck__tokens_from_comments(&t, &cm), 0);
	assert_string_equal(joined(&t), "see http www apache org licenses "
	                                "license 2 0 for details");
	hdrcheck__tokens_dispose(&t);
	hdrcheck__comments_dispose(&cm);
}

static void test_policies_tokens__many_words(void **state)
{
	char *text = malloc(2000 * 8);
	char *p = text;
	hdrcheck__tokens t;
	size_t i;

	(void)state;
	assert_non_null(text);
	for (i = 0; i < 2000; i++)
		p += snprintf(p, 8, "W%zu ", i);
	tokens_of(&t, text);
	assert_int_equal(t.count, 2000);
	/* words stay valid after the text buffer moved while growing */
	for (i = 0; i < 2000; i++) {
		char want[8];
		int n = snprintf(want, sizeof(want), "w%zu", i);

		assert_int_equal(t.tokens[i].len, n);
		assert_memory_equal(t.tokens[i].word, want, (size_t)n);
		/* words are stored NUL-separated */
		assert_int_equal(t.tokens[i].word[n], '\0');
	}
	hdrcheck__tokens_dispose(&t);
	free(text);
}

static void test_policies_tokens__clear_and_reuse(void **state)
{
	hdrcheck__tokens t;

	(void)state;
	tokens_of(&t, "one two three");
	assert_int_equal(t.count, 3);
	/* from_text replaces, it does not append */
	assert_int_equal(hdrcheck__tokens_from_text(&t, "four"), 0);
	assert_string_equal(joined(&t), "four");
	hdrcheck__tokens_clear(&t);
	assert_int_equal(t.count, 0);
	assert_int_equal(hdrcheck__tokens_from_text(&t, "five six"), 0);
	assert_string_equal(joined(&t), "five six");
	hdrcheck__tokens_dispose(&t);
	assert_null(t.tokens);
	assert_int_equal(t.count, 0);
	hdrcheck__tokens_dispose(&t);
}

static void test_policies_tokens__find(void **state)
{
	hdrcheck__tokens t, ab, abd, x, empty, longer;

	(void)state;
	tokens_of(&t, "a b c a b d");
	tokens_of(&ab, "A, B");
	tokens_of(&abd, "a b d");
	tokens_of(&x, "x");
	tokens_of(&empty, "");
	tokens_of(&longer, "a b c a b d e");

	assert_int_equal(hdrcheck__tokens_find(&t, 0, &ab), 0);
	assert_int_equal(hdrcheck__tokens_find(&t, 1, &ab), 3);
	assert_int_equal(hdrcheck__tokens_find(&t, 3, &ab), 3);
	assert_true(hdrcheck__tokens_find(&t, 4, &ab) == SIZE_MAX);
	assert_int_equal(hdrcheck__tokens_find(&t, 0, &abd), 3);
	assert_true(hdrcheck__tokens_find(&t, 0, &x) == SIZE_MAX);
	assert_true(hdrcheck__tokens_find(&t, 0, &empty) == SIZE_MAX);
	assert_true(hdrcheck__tokens_find(&t, 0, &longer) == SIZE_MAX);
	assert_true(hdrcheck__tokens_find(&t, 100, &ab) == SIZE_MAX);
	assert_true(hdrcheck__tokens_find(&empty, 0, &ab) == SIZE_MAX);

	hdrcheck__tokens_dispose(&t);
	hdrcheck__tokens_dispose(&ab);
	hdrcheck__tokens_dispose(&abd);
	hdrcheck__tokens_dispose(&x);
	hdrcheck__tokens_dispose(&empty);
	hdrcheck__tokens_dispose(&longer);
}

static void test_policies_tokens__find_whole_words(void **state)
{
	hdrcheck__tokens t, p;

	(void)state;
	/* "licenses" is not "license" */
	tokens_of(&t, "the apache licenses");
	tokens_of(&p, "apache license");
	assert_true(hdrcheck__tokens_find(&t, 0, &p) == SIZE_MAX);
	assert_false(hdrcheck__tokens_match_at(&t, 1, &p));
	hdrcheck__tokens_dispose(&t);
	hdrcheck__tokens_dispose(&p);
}

static void test_policies_tokens__match_at(void **state)
{
	hdrcheck__tokens t, abd, empty, x;

	(void)state;
	tokens_of(&t, "a b c a b d");
	tokens_of(&abd, "a b d");
	tokens_of(&empty, "");
	tokens_of(&x, "d");

	assert_true(hdrcheck__tokens_match_at(&t, 3, &abd));
	assert_false(hdrcheck__tokens_match_at(&t, 0, &abd));
	assert_false(hdrcheck__tokens_match_at(&t, 4, &abd));
	/* running off the end is a mismatch, not an overread */
	assert_true(hdrcheck__tokens_match_at(&t, 5, &x));
	assert_false(hdrcheck__tokens_match_at(&t, 6, &x));
	assert_false(hdrcheck__tokens_match_at(&t, 7, &x));
	assert_false(hdrcheck__tokens_match_at(&t, SIZE_MAX, &x));
	/* the empty phrase occurs anywhere inside */
	assert_true(hdrcheck__tokens_match_at(&t, 0, &empty));
	assert_true(hdrcheck__tokens_match_at(&t, 6, &empty));
	assert_false(hdrcheck__tokens_match_at(&t, 7, &empty));

	hdrcheck__tokens_dispose(&t);
	hdrcheck__tokens_dispose(&abd);
	hdrcheck__tokens_dispose(&empty);
	hdrcheck__tokens_dispose(&x);
}

static void test_policies_tokens__normalised_match(void **state)
{
	hdrcheck__tokens t, p;

	(void)state;
	/* differently spelled URLs find each other */
	tokens_of(&t, "You may obtain a copy of the License at "
	              "<https://www.apache.org/licenses/LICENSE-2.0.txt>.");
	tokens_of(&p, "the License at http://apache.org/licenses/LICENSE-2.0");
	assert_int_equal(hdrcheck__tokens_find(&t, 0, &p), 6);
	hdrcheck__tokens_dispose(&t);
	hdrcheck__tokens_dispose(&p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_policies_tokens__case_folding),
	    cmocka_unit_test(test_policies_tokens__punctuation_vanishes),
	    cmocka_unit_test(test_policies_tokens__curly_quotes_vanish),
	    cmocka_unit_test(test_policies_tokens__digits),
	    cmocka_unit_test(test_policies_tokens__https_reads_as_http),
	    cmocka_unit_test(test_policies_tokens__www_optional_after_scheme),
	    cmocka_unit_test(test_policies_tokens__license_url_suffixes),
	    cmocka_unit_test(test_policies_tokens__from_comments),
	    cmocka_unit_test(test_policies_tokens__words_across_lines),
	    cmocka_unit_test(test_policies_tokens__many_words),
	    cmocka_unit_test(test_policies_tokens__clear_and_reuse),
	    cmocka_unit_test(test_policies_tokens__find),
	    cmocka_unit_test(test_policies_tokens__find_whole_words),
	    cmocka_unit_test(test_policies_tokens__match_at),
	    cmocka_unit_test(test_policies_tokens__normalised_match),
	};

	return cmocka_run_group_tests_name("policies_tokens", tests, NULL,
	                                   NULL);
}
