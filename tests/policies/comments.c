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
 * Unit tests of hdrcheck__comments_extract: the leading run of comments.
 * Inputs live in exact-size heap copies so a sanitizer sees overreads.
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

typedef struct {
	char *buf;
	size_t len;
	hdrcheck__comments c;
} extracted;

static void extract_at(extracted *x, const char *lang, const char *text,
                       size_t len, size_t start, unsigned int first_line)
{
	const hdrcheck_language *l = hdrcheck__filetype_by_name(lang);

	if (!l)
		fail_msg("no built-in type named %s", lang);
	memset(x, 0, sizeof(*x));
	x->len = len;
	x->buf = malloc(len ? len : 1);
	assert_non_null(x->buf);
	memcpy(x->buf, text, len);
	assert_int_equal(hdrcheck__comments_extract(&x->c, l, x->buf, len,
	                                            start, first_line),
	                 0);
}

static void extract(extracted *x, const char *lang, const char *text)
{
	extract_at(x, lang, text, strlen(text), 0, 1);
}

static void extracted_free(extracted *x)
{
	hdrcheck__comments_dispose(&x->c);
	free(x->buf);
	memset(x, 0, sizeof(*x));
}

/* Line i has this text, file line and block. */
static void check_line(const extracted *x, size_t i, const char *text,
                       unsigned int line, unsigned int block)
{
	const hdrcheck__comment_line *l;
	size_t n = strlen(text);

	if (i >= x->c.count)
		fail_msg("line %zu: only %zu lines", i, x->c.count);
	l = &x->c.lines[i];
	/* the text points into the scanned buffer */
	assert_true(l->text >= x->buf && l->text + l->len <= x->buf + x->len);
	if (l->len != n || memcmp(l->text, text, n) != 0)
		fail_msg("line %zu: expected \"%s\", got \"%.*s\"", i, text,
		         (int)l->len, l->text);
	assert_int_equal(l->line, line);
	assert_int_equal(l->block, block);
}

/* Line i has this text and file line (its block is not checked). */
static void check_text(const extracted *x, size_t i, const char *text,
                       unsigned int line)
{
	if (i >= x->c.count)
		fail_msg("line %zu: only %zu lines", i, x->c.count);
	check_line(x, i, text, line, x->c.lines[i].block);
}

/* ------------------------------------------------------------------ */

static void test_policies_comments__hash_run(void **state)
{
	extracted x;

	(void)state;
	extract(&x, "Python", "# Copyright X\n#\n# Licensed\n\nimport os\n");
	assert_int_equal(x.c.count, 3);
	check_line(&x, 0, "Copyright X", 1, 0);
	check_line(&x, 1, "", 2, 0);
	check_line(&x, 2, "Licensed", 3, 0);
	assert_int_equal(x.c.blocks, 1);
	assert_int_equal(x.c.ended_by_code, 1);
	extracted_free(&x);
}

static void test_policies_comments__hash_indented(void **state)
{
	extracted x;

	(void)state;
	extract(&x, "Shell", "   #   spaced   \n\t# tab\n");
	assert_int_equal(x.c.count, 2);
	check_line(&x, 0, "spaced", 1, 0);
	check_line(&x, 1, "tab", 2, 0);
	assert_int_equal(x.c.ended_by_code, 0);
	extracted_free(&x);
}

static void test_policies_comments__slash_slash(void **state)
{
	extracted x;

	(void)state;
	extract(&x, "Go", "// a\n// b\nvar x int\n// c\n");
	assert_int_equal(x.c.count, 2);
	check_line(&x, 0, "a", 1, 0);
	check_line(&x, 1, "b", 2, 0);
	assert_int_equal(x.c.blocks, 1);
	assert_int_equal(x.c.ended_by_code, 1);
	extracted_free(&x);
}

static void test_policies_comments__block_single_line(void **state)
{
	extracted x;

	(void)state;
	extract(&x, "C", "/* hello */\nint x;\n");
	assert_int_equal(x.c.count, 1);
	check_line(&x, 0, "hello", 1, 0);
	assert_int_equal(x.c.blocks, 1);
	assert_int_equal(x.c.ended_by_code, 1);
	extracted_free(&x);
}

static void test_policies_comments__block_multi_line_decorated(void **state)
{
	extracted x;

	(void)state;
	extract(&x, "C",
	        "/*\n"
	        " * Copyright X\n"
	        " *\n"
	        " * Licensed under\n"
	        " *     indented text\n"
	        " */\n"
	        "#include <x.h>\n");
	assert_int_equal(x.c.count, 6);
	check_line(&x, 0, "", 1, 0);
	check_line(&x, 1, "Copyright X", 2, 0);
	check_line(&x, 2, "", 3, 0);
	check_line(&x, 3, "Licensed under", 4, 0);
	check_line(&x, 4, "indented text", 5, 0);
	check_line(&x, 5, "", 6, 0);
	assert_int_equal(x.c.blocks, 1);
	assert_int_equal(x.c.ended_by_code, 1);
	extracted_free(&x);
}

static void test_policies_comments__block_undecorated(void **state)
{
	extracted x;

	(void)state;
	extract(&x, "Java", "/* first\n   second\nthird */\nclass A {}\n");
	assert_int_equal(x.c.count, 3);
	check_line(&x, 0, "first", 1, 0);
	check_line(&x, 1, "second", 2, 0);
	check_line(&x, 2, "third", 3, 0);
	assert_int_equal(x.c.ended_by_code, 1);
	extracted_free(&x);
}

static void test_policies_comments__javadoc(void **state)
{
	extracted x;

	(void)state;
	extract(&x, "Java", "/**\n * Doc text\n **/\n");
	assert_int_equal(x.c.count, 3);
	check_line(&x, 0, "", 1, 0);
	check_line(&x, 1, "Doc text", 2, 0);
	check_line(&x, 2, "", 3, 0);
	extracted_free(&x);

	extract(&x, "C", "/** one line */");
	assert_int_equal(x.c.count, 1);
	check_line(&x, 0, "one line", 1, 0);
	assert_int_equal(x.c.ended_by_code, 0);
	extracted_free(&x);
}

static void test_policies_comments__block_markers_inside(void **state)
{
	extracted x;

	(void)state;
	/* inside a block, a line marker is just text */
	extract(&x, "C", "/*\n// not a marker\n*/\n");
	assert_int_equal(x.c.count, 3);
	check_line(&x, 1, "// not a marker", 2, 0);
	assert_int_equal(x.c.blocks, 1);
	extracted_free(&x);
}

static void test_policies_comments__xml_comment(void **state)
{
	extracted x;

	(void)state;
	extract(&x, "HTML",
	        "<!--\n  Copyright X\n  Licensed\n-->\n<html></html>\n");
	assert_int_equal(x.c.count, 4);
	check_line(&x, 0, "", 1, 0);
	check_line(&x, 1, "Copyright X", 2, 0);
	check_line(&x, 2, "Licensed", 3, 0);
	check_line(&x, 3, "", 4, 0);
	assert_int_equal(x.c.ended_by_code, 1);
	extracted_free(&x);

	extract(&x, "XML", "<!-- one -->\n<!-- two -->");
	assert_int_equal(x.c.count, 2);
	check_line(&x, 0, "one", 1, 0);
	check_text(&x, 1, "two", 2);
	assert_int_equal(x.c.ended_by_code, 0);
	extracted_free(&x);
}

static void test_policies_comments__dash_dash(void **state)
{
	extracted x;

	(void)state;
	extract(&x, "SQL", "-- a\n--b\nSELECT 1;\n");
	assert_int_equal(x.c.count, 2);
	check_line(&x, 0, "a", 1, 0);
	check_line(&x, 1, "b", 2, 0);
	assert_int_equal(x.c.ended_by_code, 1);
	extracted_free(&x);

	extract(&x, "Haskell", "-- a\nmodule Main where\n");
	assert_int_equal(x.c.count, 1);
	check_line(&x, 0, "a", 1, 0);
	assert_int_equal(x.c.ended_by_code, 1);
	extracted_free(&x);
}

static void test_policies_comments__semicolon(void **state)
{
	extracted x;

	(void)state;
	extract(&x, "Emacs Lisp", "; a\n; b\n(provide 'x)\n");
	assert_int_equal(x.c.count, 2);
	check_line(&x, 0, "a", 1, 0);
	check_line(&x, 1, "b", 2, 0);
	assert_int_equal(x.c.ended_by_code, 1);
	extracted_free(&x);

	extract(&x, "INI", "; a\n# b\n[section]\n");
	assert_int_equal(x.c.count, 2);
	check_line(&x, 0, "a", 1, 0);
	check_text(&x, 1, "b", 2);
	assert_int_equal(x.c.ended_by_code, 1);
	extracted_free(&x);
}

static void test_policies_comments__percent(void **state)
{
	extracted x;

	(void)state;
	extract(&x, "TeX", "% a\n% b\n\\documentclass{article}\n");
	assert_int_equal(x.c.count, 2);
	check_line(&x, 0, "a", 1, 0);
	check_line(&x, 1, "b", 2, 0);
	assert_int_equal(x.c.ended_by_code, 1);
	extracted_free(&x);

	extract(&x, "Erlang", "%% a\n-module(x).\n");
	assert_int_equal(x.c.count, 1);
	check_line(&x, 0, "% a", 1, 0);
	assert_int_equal(x.c.ended_by_code, 1);
	extracted_free(&x);
}

static void test_policies_comments__rem(void **state)
{
	extracted x;

	(void)state;
	extract(&x, "Batch", "REM a\nrem b\n@REM c\nREM\n:: d\n@echo off\n");
	assert_int_equal(x.c.count, 5);
	check_line(&x, 0, "a", 1, 0);
	check_text(&x, 1, "b", 2);
	check_text(&x, 2, "c", 3);
	check_text(&x, 3, "", 4);
	check_text(&x, 4, "d", 5);
	assert_int_equal(x.c.ended_by_code, 1);
	extracted_free(&x);
}

static void test_policies_comments__rem_word_boundary(void **state)
{
	extracted x;

	(void)state;
	extract(&x, "Batch", "REMARK is code\nREM a\n");
	assert_int_equal(x.c.count, 0);
	assert_int_equal(x.c.blocks, 0);
	assert_int_equal(x.c.ended_by_code, 1);
	extracted_free(&x);

	extract(&x, "Batch", "REM a\nremove.exe\n");
	assert_int_equal(x.c.count, 1);
	assert_int_equal(x.c.ended_by_code, 1);
	extracted_free(&x);

	extract(&x, "Batch", "REM\r\nREM.x\n");
	assert_int_equal(x.c.count, 2);
	check_line(&x, 0, "", 1, 0);
	check_line(&x, 1, ".x", 2, 0);
	extracted_free(&x);
}

static void test_policies_comments__blank_line_splits_blocks(void **state)
{
	extracted x;

	(void)state;
	extract(&x, "Python", "# a\n# b\n\n# c\n\n\n# d\n");
	assert_int_equal(x.c.count, 4);
	check_line(&x, 0, "a", 1, 0);
	check_line(&x, 1, "b", 2, 0);
	check_line(&x, 2, "c", 4, 1);
	check_line(&x, 3, "d", 7, 2);
	assert_int_equal(x.c.blocks, 3);
	assert_int_equal(x.c.ended_by_code, 0);
	extracted_free(&x);

	/* a line of spaces is blank too */
	extract(&x, "Python", "# a\n   \t\n# b\n");
	assert_int_equal(x.c.count, 2);
	check_line(&x, 1, "b", 3, 1);
	assert_int_equal(x.c.blocks, 2);
	extracted_free(&x);

	extract(&x, "C", "/* a */\n\n/* b */\n\n// c\n// d\n");
	assert_int_equal(x.c.count, 4);
	check_line(&x, 0, "a", 1, 0);
	check_line(&x, 1, "b", 3, 1);
	check_line(&x, 2, "c", 5, 2);
	check_line(&x, 3, "d", 6, 2);
	assert_int_equal(x.c.blocks, 3);
	extracted_free(&x);
}

static void test_policies_comments__style_change_splits_blocks(void **state)
{
	extracted x;

	(void)state;
	extract(&x, "C", "/* a */\n// b\n// c\n");
	assert_int_equal(x.c.count, 3);
	check_line(&x, 0, "a", 1, 0);
	check_line(&x, 1, "b", 2, 1);
	check_line(&x, 2, "c", 3, 1);
	assert_int_equal(x.c.blocks, 2);
	extracted_free(&x);
}

static void test_policies_comments__code_ends_run(void **state)
{
	extracted x;

	(void)state;
	extract(&x, "C", "int x;\n// a\n");
	assert_int_equal(x.c.count, 0);
	assert_int_equal(x.c.blocks, 0);
	assert_int_equal(x.c.ended_by_code, 1);
	extracted_free(&x);

	extract(&x, "Python", "# a\nx = 1 # b\n# c\n");
	assert_int_equal(x.c.count, 1);
	check_line(&x, 0, "a", 1, 0);
	assert_int_equal(x.c.ended_by_code, 1);
	extracted_free(&x);

	/* the end of the buffer is not code */
	extract(&x, "Python", "# a\n# b");
	assert_int_equal(x.c.count, 2);
	check_line(&x, 1, "b", 2, 0);
	assert_int_equal(x.c.ended_by_code, 0);
	extracted_free(&x);
}

static void test_policies_comments__text_after_close(void **state)
{
	extracted x;

	(void)state;
	extract(&x, "C", "/* a */ int x;\n// b\n");
	assert_int_equal(x.c.count, 1);
	check_line(&x, 0, "a", 1, 0);
	assert_int_equal(x.c.ended_by_code, 1);
	extracted_free(&x);

	extract(&x, "C", "/*\n * a\n */ int x;\n// b\n");
	assert_int_equal(x.c.count, 3);
	check_line(&x, 1, "a", 2, 0);
	check_line(&x, 2, "", 3, 0);
	assert_int_equal(x.c.ended_by_code, 1);
	extracted_free(&x);

	/* another comment after the close continues the run */
	extract(&x, "C", "/* a */ // b\n// c\n");
	assert_int_equal(x.c.count, 3);
	check_line(&x, 0, "a", 1, 0);
	assert_int_equal(x.c.lines[1].line, 1);
	check_line(&x, 2, "c", 2, x.c.lines[1].block);
	assert_int_equal(x.c.ended_by_code, 0);
	extracted_free(&x);

	extract(&x, "C", "/* a */ /* b */\n");
	assert_int_equal(x.c.count, 2);
	check_line(&x, 0, "a", 1, 0);
	assert_int_equal(x.c.lines[1].line, 1);
	assert_int_equal(x.c.lines[1].len, 1);
	assert_int_equal(x.c.lines[1].text[0], 'b');
	assert_int_equal(x.c.ended_by_code, 0);
	extracted_free(&x);

	/* trailing blanks after the close are not code */
	extract(&x, "C", "/* a */   \t\n");
	assert_int_equal(x.c.count, 1);
	assert_int_equal(x.c.ended_by_code, 0);
	extracted_free(&x);
}

static void test_policies_comments__unterminated_block(void **state)
{
	extracted x;

	(void)state;
	extract(&x, "C", "/* a\n b");
	assert_int_equal(x.c.count, 2);
	check_line(&x, 0, "a", 1, 0);
	check_line(&x, 1, "b", 2, 0);
	assert_int_equal(x.c.ended_by_code, 0);
	extracted_free(&x);

	extract(&x, "C", "/*");
	assert_int_equal(x.c.count, 1);
	check_line(&x, 0, "", 1, 0);
	extracted_free(&x);

	/* half a close marker at the end of the buffer */
	extract(&x, "C", "/* a */ /* b *");
	assert_int_equal(x.c.count, 2);
	check_line(&x, 0, "a", 1, 0);
	assert_int_equal(x.c.ended_by_code, 0);
	extracted_free(&x);
}

static void test_policies_comments__window_line_limit(void **state)
{
	extracted x;
	char *text = malloc(150 * 6 + 1), *p;
	unsigned int i;

	(void)state;
	assert_non_null(text);
	p = text;
	for (i = 0; i < 150; i++)
		p += snprintf(p, 7, "# %03u\n", i + 1);
	extract(&x, "Python", text);
	assert_int_equal(x.c.count, HDRCHECK__WINDOW_LINES);
	check_line(&x, 0, "001", 1, 0);
	check_line(&x, 99, "100", 100, 0);
	/* the window ended the run, not code */
	assert_int_equal(x.c.ended_by_code, 0);
	assert_int_equal(x.c.blocks, 1);
	extracted_free(&x);

	/* the limit counts file lines, not lines from the start offset */
	extract_at(&x, "Python", text, strlen(text), 6 * 50, 51);
	assert_int_equal(x.c.count, 50);
	check_line(&x, 0, "051", 51, 0);
	check_line(&x, 49, "100", 100, 0);
	extracted_free(&x);
	free(text);
}

static void test_policies_comments__window_code_after_limit(void **state)
{
	extracted x;
	char text[100 * 4 + 16];
	unsigned int i;

	(void)state;
	for (i = 0; i < 100; i++)
		memcpy(text + 4 * i, "# a\n", 4);
	memcpy(text + 400, "int x;\n", 8);
	extract(&x, "Python", text);
	assert_int_equal(x.c.count, 100);
	/* line 101 lies outside the window: not seen */
	assert_int_equal(x.c.ended_by_code, 0);
	extracted_free(&x);
}

static void test_policies_comments__crlf(void **state)
{
	extracted x;

	(void)state;
	extract(&x, "Python", "# a\r\n# b\r\n\r\n# c\r\nx = 1\r\n");
	assert_int_equal(x.c.count, 3);
	check_line(&x, 0, "a", 1, 0);
	check_line(&x, 1, "b", 2, 0);
	check_line(&x, 2, "c", 4, 1);
	assert_int_equal(x.c.blocks, 2);
	assert_int_equal(x.c.ended_by_code, 1);
	extracted_free(&x);

	extract(&x, "C", "/*\r\n * a\r\n */\r\nint x;\r\n");
	assert_int_equal(x.c.count, 3);
	check_line(&x, 0, "", 1, 0);
	check_line(&x, 1, "a", 2, 0);
	check_line(&x, 2, "", 3, 0);
	assert_int_equal(x.c.ended_by_code, 1);
	extracted_free(&x);
}

static void test_policies_comments__empty(void **state)
{
	extracted x;

	(void)state;
	extract(&x, "C", "");
	assert_int_equal(x.c.count, 0);
	assert_int_equal(x.c.blocks, 0);
	assert_int_equal(x.c.ended_by_code, 0);
	extracted_free(&x);

	extract(&x, "C", "\n\n  \n\t\n");
	assert_int_equal(x.c.count, 0);
	assert_int_equal(x.c.blocks, 0);
	assert_int_equal(x.c.ended_by_code, 0);
	extracted_free(&x);
}

static void test_policies_comments__start_offset(void **state)
{
	extracted x;
	const char *t = "#!/bin/sh\n# a\n# b\necho\n";

	(void)state;
	extract_at(&x, "Shell", t, strlen(t), 10, 2);
	assert_int_equal(x.c.count, 2);
	check_line(&x, 0, "a", 2, 0);
	check_line(&x, 1, "b", 3, 0);
	assert_int_equal(x.c.ended_by_code, 1);
	extracted_free(&x);

	/* start at the end: nothing */
	extract_at(&x, "Shell", t, strlen(t), strlen(t), 5);
	assert_int_equal(x.c.count, 0);
	assert_int_equal(x.c.ended_by_code, 0);
	extracted_free(&x);
}

static void test_policies_comments__reuse_output(void **state)
{
	const hdrcheck_language *c = hdrcheck__filetype_by_name("C");
	hdrcheck__comments out;
	const char *a = "// a\n// b\n// c\nint x;";
	const char *b = "/* z */";

	(void)state;
	memset(&out, 0, sizeof(out));
	assert_int_equal(
	    hdrcheck__comments_extract(&out, c, a, strlen(a), 0, 1), 0);
	assert_int_equal(out.count, 3);
	assert_int_equal(out.ended_by_code, 1);
	assert_int_equal(
	    hdrcheck__comments_extract(&out, c, b, strlen(b), 0, 1), 0);
	assert_int_equal(out.count, 1);
	assert_int_equal(out.blocks, 1);
	assert_int_equal(out.ended_by_code, 0);
	assert_int_equal(out.lines[0].len, 1);
	assert_int_equal(out.lines[0].text[0], 'z');
	hdrcheck__comments_dispose(&out);
	assert_null(out.lines);
	assert_int_equal(out.count, 0);
}

static void test_policies_comments__many_lines_grow(void **state)
{
	extracted x;
	char text[99 * 3 + 1];
	unsigned int i;

	(void)state;
	for (i = 0; i < 99; i++)
		memcpy(text + 3 * i, "#x\n", 3);
	text[sizeof(text) - 1] = '\0';
	extract(&x, "Python", text);
	assert_int_equal(x.c.count, 99);
	for (i = 0; i < 99; i++)
		check_line(&x, i, "x", i + 1, 0);
	extracted_free(&x);
}

static void test_policies_comments__other_block_styles(void **state)
{
	extracted x;

	(void)state;
	extract(&x, "Lua", "--[[\n a\n]]\n-- b\nlocal x = 1\n");
	assert_int_equal(x.c.count, 4);
	check_line(&x, 1, "a", 2, 0);
	check_line(&x, 3, "b", 4, 1);
	assert_int_equal(x.c.ended_by_code, 1);
	extracted_free(&x);

	extract(&x, "Haskell", "{- a\n   b -}\nmodule M where\n");
	assert_int_equal(x.c.count, 2);
	check_line(&x, 0, "a", 1, 0);
	check_line(&x, 1, "b", 2, 0);
	assert_int_equal(x.c.ended_by_code, 1);
	extracted_free(&x);
}

/* Every prefix of a mixed sample: no overreads, counts only grow. */
static void test_policies_comments__truncated_inputs(void **state)
{
	static const struct {
		const char *lang;
		const char *text;
	} samples[] = {
	    {"C", "/*\r\n * a\r\n */ /* b */ // c\n\n// d\nint x;"},
	    {"HTML", "<!-- a --><!--\n b\n-->\n<p>"},
	    {"Batch", "REM a\r\n@rem b\r\n:: c\r\nREMARK"},
	    {"Lua", "--[[ a ]] -- b\n--[[\n"},
	};
	size_t i, n;

	(void)state;
	for (i = 0; i < HDRCHECK__ARRAY_SIZE(samples); i++) {
		size_t len = strlen(samples[i].text);

		for (n = 0; n <= len; n++) {
			extracted x;
			size_t k;

			extract_at(&x, samples[i].lang, samples[i].text, n, 0,
			           1);
			for (k = 0; k < x.c.count; k++) {
				const hdrcheck__comment_line *l = &x.c.lines[k];

				assert_true(l->text >= x.buf);
				assert_true(l->text + l->len <= x.buf + n);
				assert_true(l->block < x.c.blocks);
			}
			extracted_free(&x);
		}
	}
}

/* reStructuredText: ".." opens a comment that goes on over indented and
 * blank lines; directives, targets, footnotes and substitutions do not. */
static void test_policies_comments__rst_indented(void **state)
{
	extracted x;

	(void)state;
	extract(&x, "reStructuredText",
	        "..\n    Copyright A\n\n    Licensed B\n\nTitle\n=====\n");
	assert_int_equal(x.c.count, 3);
	check_line(&x, 0, "", 1, 0);
	check_line(&x, 1, "Copyright A", 2, 0);
	check_line(&x, 2, "Licensed B", 4, 0);
	assert_int_equal(x.c.blocks, 1);
	assert_int_equal(x.c.ended_by_code, 1);
	extracted_free(&x);

	/* text on the opener's line; a comment on the next line is the same
	 * block (as line comments are), one after a blank line another */
	extract(&x, "reStructuredText",
	        ".. one\n   two\n.. three\n\n.. four\nText\n");
	assert_int_equal(x.c.count, 4);
	check_line(&x, 0, "one", 1, 0);
	check_line(&x, 1, "two", 2, 0);
	check_line(&x, 2, "three", 3, 0);
	check_line(&x, 3, "four", 5, 1);
	extracted_free(&x);

	/* markup, not comments */
	extract(&x, "reStructuredText", ".. note::\n   Licensed B\n");
	assert_int_equal(x.c.count, 0);
	assert_int_equal(x.c.ended_by_code, 1);
	extracted_free(&x);
	extract(&x, "reStructuredText", ".. code-block:: c\n   /* x */\n");
	assert_int_equal(x.c.count, 0);
	extracted_free(&x);
	extract(&x, "reStructuredText", ".. _label:\n\n.. [1] Foot\n");
	assert_int_equal(x.c.count, 0);
	extracted_free(&x);
	extract(&x, "reStructuredText", ".. |name| image:: a.png\n");
	assert_int_equal(x.c.count, 0);
	extracted_free(&x);
	/* "..." is text; a comment's text may hold "::" inside a word */
	extract(&x, "reStructuredText", "...\n");
	assert_int_equal(x.c.count, 0);
	extracted_free(&x);
	extract(&x, "reStructuredText", ".. see a::b here\n");
	assert_int_equal(x.c.count, 1);
	check_line(&x, 0, "see a::b here", 1, 0);
	extracted_free(&x);
}

/* Fortran fixed form: C, c or * in column 1 opens a comment; "!" anywhere. */
static void test_policies_comments__fortran_column1(void **state)
{
	extracted x;

	(void)state;
	extract(&x, "Fortran", "C a\nc b\n* c\n! d\n      ! e\n      END\n");
	assert_int_equal(x.c.count, 5);
	check_text(&x, 0, "a", 1);
	check_text(&x, 1, "b", 2);
	check_text(&x, 2, "c", 3);
	check_text(&x, 3, "d", 4);
	check_text(&x, 4, "e", 5);
	assert_int_equal(x.c.ended_by_code, 1);
	extracted_free(&x);
	/* not in column 1: code */
	extract(&x, "Fortran", " C a\n");
	assert_int_equal(x.c.count, 0);
	extracted_free(&x);
	/* free form has no column-1 letters */
	extract(&x, "Fortran Free Form", "call x()\n! a\n");
	assert_int_equal(x.c.count, 0);
	extracted_free(&x);
}

/* XML: processing instructions, a DOCTYPE and the root element's start
 * tag (over several lines) may come before the header; nothing deeper. */
static void test_policies_comments__xml_root_tag(void **state)
{
	extracted x;

	(void)state;
	extract(&x, "XML",
	        "<?xml-stylesheet type=\"text/xsl\"?>\n<r:R a=\"1\"\n"
	        "     b='>'>\n<!-- a -->\n<child/>\n");
	assert_int_equal(x.c.count, 1);
	check_line(&x, 0, "a", 4, 0);
	assert_int_equal(x.c.ended_by_code, 1);
	extracted_free(&x);
	/* on the same line as the tag */
	extract(&x, "XML", "<root><!-- a -->\n");
	assert_int_equal(x.c.count, 1);
	check_line(&x, 0, "a", 1, 0);
	extracted_free(&x);
	/* a second start tag is inside the document */
	extract(&x, "XML", "<root>\n<a>\n<!-- x -->\n");
	assert_int_equal(x.c.count, 0);
	assert_int_equal(x.c.ended_by_code, 1);
	extracted_free(&x);
	/* <x/> is the whole document; an unterminated tag is not skipped */
	extract(&x, "XML", "<root/>\n<!-- x -->\n");
	assert_int_equal(x.c.count, 0);
	extracted_free(&x);
	extract(&x, "XML", "<root a=\"\n");
	assert_int_equal(x.c.count, 0);
	extracted_free(&x);
	/* comments before and after the tag are one run */
	extract(&x, "XML", "<!-- a -->\n<root>\n<!-- b -->\n");
	assert_int_equal(x.c.count, 2);
	check_line(&x, 0, "a", 1, 0);
	check_line(&x, 1, "b", 3, 1);
	extracted_free(&x);
}

/* HTML: <html> then <head>; Vue and Svelte: <script> and <style> switch
 * to their comment syntax. */
static void test_policies_comments__html_and_sfc(void **state)
{
	extracted x;

	(void)state;
	extract(&x, "HTML", "<HTML lang=\"en\">\n<Head>\n<!-- a -->\n<meta>\n");
	assert_int_equal(x.c.count, 1);
	check_line(&x, 0, "a", 3, 0);
	extracted_free(&x);
	extract(&x, "HTML", "<html>\n<body>\n<!-- a -->\n");
	assert_int_equal(x.c.count, 0);
	extracted_free(&x);
	extract(&x, "HTML", "{# a #}\n<p>\n");
	assert_int_equal(x.c.count, 1);
	check_line(&x, 0, "a", 1, 0);
	extracted_free(&x);

	extract(&x, "Vue",
	        "<script setup lang=\"ts\">\n// a\n/* b */\nlet x\n");
	assert_int_equal(x.c.count, 2);
	check_line(&x, 0, "a", 2, 0);
	check_line(&x, 1, "b", 3, 1);
	extracted_free(&x);
	extract(&x, "Svelte", "<style>\n/* a */\n// b\n");
	assert_int_equal(x.c.count, 1);
	check_line(&x, 0, "a", 2, 0);
	extracted_free(&x);
	/* outside a script, "//" is text */
	extract(&x, "Vue", "// a\n");
	assert_int_equal(x.c.count, 0);
	extracted_free(&x);
}

/* JavaScript directives, a Python docstring and a package clause may come
 * before the header; code may not. */
static void test_policies_comments__statements_before_header(void **state)
{
	extracted x;

	(void)state;
	extract(&x, "JavaScript", "'use strict';\n// a\nvar x;\n");
	assert_int_equal(x.c.count, 1);
	check_line(&x, 0, "a", 2, 0);
	extracted_free(&x);
	extract(&x, "TypeScript", "\"use client\" /* a */\n");
	assert_int_equal(x.c.count, 1);
	extracted_free(&x);
	extract(&x, "JavaScript", "'use\\x20strict';\n// a\n");
	assert_int_equal(x.c.count, 0);
	extracted_free(&x);
	extract(&x, "JavaScript", "x = 'use strict';\n// a\n");
	assert_int_equal(x.c.count, 0);
	extracted_free(&x);

	/* the module docstring is a block of its own, its quotes left out */
	extract(&x, "Python",
	        "\"\"\"Doc.\n\nMore \\\"\"\" here.\n\"\"\"\n# a\n");
	assert_int_equal(x.c.count, 5);
	check_line(&x, 0, "Doc.", 1, 0);
	check_line(&x, 1, "", 2, 0);
	check_line(&x, 2, "More \\\"\"\" here.", 3, 0);
	check_line(&x, 3, "", 4, 0);
	check_line(&x, 4, "a", 5, 1);
	assert_int_equal(x.c.docstring_block, 0);
	assert_int_equal(x.c.before_code, 5);
	extracted_free(&x);
	/* after the first comments too; the comments after it go on */
	extract(&x, "Python", "# v\n\nr'''d\ne'''\n# c\nimport os\n");
	assert_int_equal(x.c.count, 4);
	check_line(&x, 0, "v", 1, 0);
	check_line(&x, 1, "d", 3, 1);
	check_line(&x, 2, "e", 4, 1);
	check_line(&x, 3, "c", 5, 2);
	assert_int_equal(x.c.docstring_block, 1);
	assert_int_equal(x.c.ended_by_code, 1);
	extracted_free(&x);
	/* only one docstring; an unterminated one is not one */
	extract(&x, "Python", "'''a'''\n'''b'''\n# c\n");
	assert_int_equal(x.c.count, 1);
	check_line(&x, 0, "a", 1, 0);
	assert_int_equal(x.c.ended_by_code, 1);
	extracted_free(&x);
	extract(&x, "Python", "r\"\"\"never closed\n# c\n");
	assert_int_equal(x.c.count, 0);
	extracted_free(&x);

	/* a package clause before any comment: generated markers are
	 * looked for before it only */
	extract(&x, "Go", "package main\n\n// b\nfunc f() {}\n");
	assert_int_equal(x.c.count, 1);
	check_line(&x, 0, "b", 3, 0);
	assert_int_equal(x.c.before_code, 0);
	extracted_free(&x);
	/* after a comment (the header first), it ends the run */
	extract(&x, "Go", "// a\npackage main\n\n// b\nfunc f() {}\n");
	assert_int_equal(x.c.count, 1);
	assert_int_equal(x.c.ended_by_code, 1);
	assert_int_equal(x.c.before_code, 1);
	extracted_free(&x);
	extract(&x, "JavaScript", "// a\n'use strict';\n// b\n");
	assert_int_equal(x.c.count, 1);
	extracted_free(&x);
	extract(&x, "Java", "package a.b;\n/* c */\nclass X {}\n");
	assert_int_equal(x.c.count, 1);
	assert_int_equal(x.c.before_code, 0);
	extracted_free(&x);
	extract(&x, "Java", "package a.b; class X {}\n/* c */\n");
	assert_int_equal(x.c.count, 0);
	extracted_free(&x);
	extract(&x, "Go", "package a\npackage b\n// c\n");
	assert_int_equal(x.c.count, 0);
	extracted_free(&x);
	/* without one, before_code is the count */
	extract(&x, "Go", "// a\n");
	assert_int_equal(x.c.before_code, 1);
	extracted_free(&x);
}

/* Go template comments in YAML (Helm charts). */
static void test_policies_comments__helm(void **state)
{
	extracted x;

	(void)state;
	extract(&x, "YAML", "{{/*\na\n*/}}\n{{- /* b */ -}}\n# c\nk: v\n");
	assert_int_equal(x.c.count, 5);
	check_text(&x, 1, "a", 2);
	check_text(&x, 3, "b", 4);
	check_text(&x, 4, "c", 5);
	extracted_free(&x);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_policies_comments__hash_run),
	    cmocka_unit_test(test_policies_comments__hash_indented),
	    cmocka_unit_test(test_policies_comments__slash_slash),
	    cmocka_unit_test(test_policies_comments__block_single_line),
	    cmocka_unit_test(
	        test_policies_comments__block_multi_line_decorated),
	    cmocka_unit_test(test_policies_comments__block_undecorated),
	    cmocka_unit_test(test_policies_comments__javadoc),
	    cmocka_unit_test(test_policies_comments__block_markers_inside),
	    cmocka_unit_test(test_policies_comments__xml_comment),
	    cmocka_unit_test(test_policies_comments__dash_dash),
	    cmocka_unit_test(test_policies_comments__semicolon),
	    cmocka_unit_test(test_policies_comments__percent),
	    cmocka_unit_test(test_policies_comments__rem),
	    cmocka_unit_test(test_policies_comments__rem_word_boundary),
	    cmocka_unit_test(test_policies_comments__blank_line_splits_blocks),
	    cmocka_unit_test(
	        test_policies_comments__style_change_splits_blocks),
	    cmocka_unit_test(test_policies_comments__code_ends_run),
	    cmocka_unit_test(test_policies_comments__text_after_close),
	    cmocka_unit_test(test_policies_comments__unterminated_block),
	    cmocka_unit_test(test_policies_comments__window_line_limit),
	    cmocka_unit_test(test_policies_comments__window_code_after_limit),
	    cmocka_unit_test(test_policies_comments__crlf),
	    cmocka_unit_test(test_policies_comments__empty),
	    cmocka_unit_test(test_policies_comments__start_offset),
	    cmocka_unit_test(test_policies_comments__reuse_output),
	    cmocka_unit_test(test_policies_comments__many_lines_grow),
	    cmocka_unit_test(test_policies_comments__other_block_styles),
	    cmocka_unit_test(test_policies_comments__truncated_inputs),
	    cmocka_unit_test(test_policies_comments__rst_indented),
	    cmocka_unit_test(test_policies_comments__fortran_column1),
	    cmocka_unit_test(test_policies_comments__xml_root_tag),
	    cmocka_unit_test(test_policies_comments__html_and_sfc),
	    cmocka_unit_test(test_policies_comments__statements_before_header),
	    cmocka_unit_test(test_policies_comments__helm),
	};

	return cmocka_run_group_tests_name("policies_comments", tests, NULL,
	                                   NULL);
}
