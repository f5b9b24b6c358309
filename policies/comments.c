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

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "policies/header.h"

static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

static int is_alnum(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || c == '_';
}

static int push_line(hdrcheck__comments *out, const char *text, size_t len,
                     unsigned int line, unsigned int block)
{
	hdrcheck__comment_line *l;

	/* leading whitespace and the " * " decoration of block comments */
	while (len && (is_space(*text) || *text == '*')) {
		text++;
		len--;
	}
	while (len && is_space(text[len - 1]))
		len--;
	if (out->count == out->cap) {
		size_t cap = out->cap ? out->cap * 2 : 64;
		hdrcheck__comment_line *p =
		    hdrcheck__realloc(out->lines, cap * sizeof(*p));

		if (!p)
			return HDRCHECK_ENOMEM;
		out->lines = p;
		out->cap = cap;
	}
	l = &out->lines[out->count++];
	l->text = text;
	l->len = len;
	l->line = line;
	l->block = block;
	return 0;
}

/* Does the text at s (up to e) open a line comment? Returns marker length. */
static size_t line_marker(const hdrcheck_language *lang, const char *s,
                          const char *e)
{
	const char *const *m;

	if (!lang || !lang->line_comments)
		return 0;
	for (m = lang->line_comments; *m; m++) {
		size_t n = strlen(*m);

		if ((size_t)(e - s) < n || memcmp(s, *m, n) != 0)
			continue;
		/* a word marker (REM) must end at a word boundary */
		if (is_alnum((*m)[n - 1]) && s + n < e && is_alnum(s[n]))
			continue;
		return n;
	}
	return 0;
}

static int is_name_char(char c)
{
	return is_alnum(c) || c == '-' || c == '.' || c == ':';
}

static char lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

static int equals_ci(const char *s, size_t n, const char *word)
{
	size_t i;

	if (strlen(word) != n)
		return 0;
	for (i = 0; i < n; i++)
		if (lower(s[i]) != word[i])
			return 0;
	return 1;
}

/* What the constructs skipped so far were (see skip_prologue). */
typedef struct {
	unsigned int tags;        /* start tags skipped */
	int html;                 /* the first one was <html> */
	int docstring;            /* a docstring was skipped */
	int package;              /* a package line was skipped */
	int code;                 /* a statement was skipped */
	int yaml;                 /* YAML's "---" was skipped */
	unsigned int imports;     /* import lines skipped */
	unsigned int title_lines; /* lines of a title block skipped */
	unsigned int regions;     /* C# directive lines skipped */
	int mako;                 /* Mako's "<%!" was skipped */
	unsigned int sets;        /* shell option lines skipped */
	int lex_block;            /* open braces of a Lex "%top{" block */
	/* C's include guard: 1 after "#ifndef X" (guard_name), 2 after
	 * "#define X" or "#pragma once" */
	int guard;
	const char *guard_name;
	size_t guard_len;
} prologue_state;

/* The comment syntax inside an HTML-like file's <script> and <style>. */
static const hdrcheck_block_comment c_block[] = {{"/*", "*/"}, {NULL, NULL}};
static const char *const slash_line[] = {"//", NULL};
static const hdrcheck_language script_syntax = {
    .name = "script", .line_comments = slash_line, .block_comments = c_block};
static const hdrcheck_language style_syntax = {.name = "style",
                                               .block_comments = c_block};

/* A JavaScript directive: 'use strict'; "use client" */
static const char *skip_directive(const char *s, const char *le)
{
	char q = *s;
	const char *p = s + 1;

	if ((q != '\'' && q != '"') || le - p < 4 || memcmp(p, "use ", 4) != 0)
		return NULL;
	for (p += 4; p < le && *p != q; p++)
		if (!is_alnum(*p) && *p != ' ' && *p != '-')
			return NULL;
	if (p == le)
		return NULL;
	p++;
	while (p < le && is_space(*p))
		p++;
	if (p < le && *p == ';')
		p++;
	return p;
}

/* A shell's option line: "set -e", "set -euo pipefail", "set +x",
 * "set -o errexit", nothing else on it (fish's "set -x NAME value" sets
 * a variable: not one) */
static const char *skip_shell_set(const char *s, const char *le)
{
	const char *p = s + 3;
	int options = 0, name = 0;

	if (le - s < 6 || memcmp(s, "set", 3) != 0 || !is_space(*p))
		return NULL;
	for (;;) {
		const char *w;

		while (p < le && is_space(*p))
			p++;
		if (p == le)
			break;
		w = p;
		while (p < le && !is_space(*p))
			p++;
		if (name) {
			/* "-o pipefail": the option's name */
			for (; w < p && (is_alnum(*w) || *w == '_'); w++)
				;
			if (w != p)
				return NULL;
			name = 0;
			continue;
		}
		if ((*w != '-' && *w != '+') || p - w < 2)
			return NULL;
		for (w++; w < p && is_alnum(*w); w++)
			name |= *w == 'o';
		if (w != p)
			return NULL;
		options++;
	}
	return options && !name ? le : NULL;
}

/* A C# directive line before the header: "#region name" (a folding
 * mark), "#if X" (conditional compilation), "#define X", "#nullable",
 * "#pragma" ("# region" too) */
static const char *skip_region(const char *s, const char *le)
{
	static const char *const words[] = {"region",   "if",     "define",
	                                    "nullable", "pragma", NULL};
	const char *p = s + 1;
	size_t i, k;

	if (*s != '#')
		return NULL;
	while (p < le && is_space(*p))
		p++;
	for (i = 0; words[i]; i++) {
		k = strlen(words[i]);
		if ((size_t)(le - p) >= k && memcmp(p, words[i], k) == 0 &&
		    ((size_t)(le - p) == k || is_space(p[k])))
			return le;
	}
	return NULL;
}

/* "#" then a word (spaces allowed around); the rest of the line after
 * it in *rest, or NULL. */
static const char *hash_word(const char *s, const char *le, const char *w)
{
	const char *p = s + 1;
	size_t k = strlen(w);

	if (*s != '#')
		return NULL;
	while (p < le && (*p == ' ' || *p == '\t'))
		p++;
	if ((size_t)(le - p) < k || memcmp(p, w, k) != 0 ||
	    ((size_t)(le - p) > k && !is_space(p[k])))
		return NULL;
	p += k;
	while (p < le && is_space(*p))
		p++;
	return p;
}

/* The length of the C identifier at p (before le), 0 when none. */
static size_t guard_ident(const char *p, const char *le)
{
	size_t n = 0;

	while (p + n < le && (p[n] == '_' || (p[n] >= 'a' && p[n] <= 'z') ||
	                      (p[n] >= 'A' && p[n] <= 'Z') ||
	                      (n && p[n] >= '0' && p[n] <= '9')))
		n++;
	return n;
}

/* C's include guard before the header: "#ifndef X" then "#define X" on
 * the next line, or "#pragma once" */
static const char *skip_guard(const char *s, const char *le, prologue_state *st)
{
	const char *p, *e = le;
	size_t n;

	while (e > s && is_space(e[-1]))
		e--;
	if (st->guard == 0 && (p = hash_word(s, e, "pragma")) != NULL &&
	    e - p == 4 && memcmp(p, "once", 4) == 0) {
		st->guard = 2;
		return le;
	}
	if (st->guard == 0 && (p = hash_word(s, e, "ifndef")) != NULL &&
	    (n = guard_ident(p, e)) != 0 && p + n == e) {
		st->guard = 1;
		st->guard_name = p;
		st->guard_len = n;
		return le;
	}
	if (st->guard == 1 && (p = hash_word(s, e, "define")) != NULL &&
	    (n = guard_ident(p, e)) == st->guard_len && p + n == e &&
	    memcmp(p, st->guard_name, n) == 0) {
		st->guard = 2;
		return le;
	}
	return NULL;
}

/* Mako's Python block opening alone on its line, "<%!" or "<%": the "#"
 * comments inside it are Python's */
static const char *skip_mako_block(const char *s, const char *le)
{
	const char *e = le;

	while (e > s && is_space(e[-1]))
		e--;
	if (e - s == 3 && memcmp(s, "<%!", 3) == 0)
		return le;
	if (e - s == 2 && memcmp(s, "<%", 2) == 0)
		return le;
	return NULL;
}

/* A Python module docstring: """...""" or '''...''' (r/u prefix) */
static const char *skip_docstring(const char *s, const char *end)
{
	const char *q;

	if (s < end && (lower(*s) == 'r' || lower(*s) == 'u'))
		s++;
	if (end - s < 6 ||
	    (memcmp(s, "\"\"\"", 3) != 0 && memcmp(s, "'''", 3) != 0))
		return NULL;
	for (q = s + 3; end - q >= 3; q++) {
		if (*q == '\\') {
			q++;
			continue;
		}
		if (memcmp(q, s, 3) == 0)
			return q + 3;
	}
	return NULL;
}

/*
 * The module docstring at s (skip_docstring gave its end q) as one comment
 * block: Python projects state a file's license there (":license: BSD",
 * "License: Public Domain"). Its lines from the opening quotes to the
 * closing ones, up to the window's last line; *line is s's line, and
 * comes back as q's.
 */
static int push_docstring(hdrcheck__comments *out, const char *s, const char *q,
                          unsigned int *line, unsigned int block)
{
	const char *t = s, *close = q - 3;
	int error = 0;

	if (lower(*t) == 'r' || lower(*t) == 'u')
		t++;
	t += 3;
	while (t <= close) {
		const char *nl = memchr(t, '\n', (size_t)(close - t));
		const char *le = nl ? nl : close;

		if (*line <= HDRCHECK__WINDOW_LINES &&
		    (error =
		         push_line(out, t, (size_t)(le - t), *line, block)) < 0)
			break;
		if (!nl)
			break;
		t = nl + 1;
		++*line;
	}
	return error;
}

/* A package clause alone on its line: "package a.b;" (Java, Kotlin,
 * Scala, Groovy), "package main" (Go). */
static const char *skip_package(const char *s, const char *le)
{
	const char *p = s + 7;

	/* Pascal: "unit Name;", "program Name;", "library Name;" */
	if ((le - s > 5 && memcmp(s, "unit ", 5) == 0) ||
	    (le - s > 8 && memcmp(s, "program ", 8) == 0) ||
	    (le - s > 8 && memcmp(s, "library ", 8) == 0)) {
		for (p = memchr(s, ' ', (size_t)(le - s));
		     p < le && is_space(*p); p++)
			;
		if (p == le || !is_alnum(*p))
			return NULL;
		while (p < le && (is_alnum(*p) || *p == '.'))
			p++;
		if (p == le || *p != ';')
			return NULL;
		for (p++; p < le && is_space(*p); p++)
			;
		return p == le ? p : NULL;
	}
	/* Common Lisp: "(in-package #:name)" */
	if (le - s > 12 && memcmp(s, "(in-package ", 12) == 0) {
		for (p = s + 12; p < le && *p != ')' && *p != '('; p++)
			;
		if (p == le || *p != ')')
			return NULL;
		for (p++; p < le && is_space(*p); p++)
			;
		return p == le ? p : NULL;
	}

	if (le - s < 9 || memcmp(s, "package", 7) != 0 || !is_space(*p))
		return NULL;
	while (p < le && is_space(*p))
		p++;
	if (p == le || !is_alnum(*p))
		return NULL;
	/* Perl's "package A::B;" */
	while (p < le && (is_alnum(*p) || *p == '.' || *p == ':'))
		p++;
	if (p < le && *p == ';')
		p++;
	while (p < le && is_space(*p))
		p++;
	return p == le ? p : NULL;
}

/* The most import lines that may precede the header. */
#define IMPORT_LINES 40
#define REGION_LINES 4 /* C# directive lines before the header */
#define SET_LINES    4 /* shell option lines before the header */

/* Perl's pragmas and imports, one statement alone on its line: "use
 * strict;", "use MIME::Base64;", "use lib '.';", "no warnings 'once';",
 * "use Foo qw(a b);". Two statements on a line, or a block, are code. */
static const char *skip_perl_use(const char *s, const char *le)
{
	const char *p, *e = le;

	if (le - s > 4 && memcmp(s, "use", 3) == 0 && is_space(s[3]))
		p = s + 4;
	else if (le - s > 3 && memcmp(s, "no", 2) == 0 && is_space(s[2]))
		p = s + 3;
	else
		return NULL;
	while (p < le && is_space(*p))
		p++;
	if (p == le || !is_alnum(*p))
		return NULL;
	while (p < le && (is_alnum(*p) || *p == ':' || *p == '.'))
		p++;
	while (e > p && is_space(e[-1]))
		e--;
	if (e == p || e[-1] != ';')
		return NULL;
	for (e--; p < e; p++)
		if (*p == ';' || *p == '{' || *p == '}' || *p == '#' ||
		    *p == '=')
			return NULL;
	return le;
}

/* An import alone on its line: "import a.b.C;", "import static a.b.*;",
 * "import a.b as c" (Java, Kotlin, Scala, Groovy). Not Go's "import (",
 * nor anything with a string or a call in it. In style sheets,
 * "@import url(x.css);" and "@charset "UTF-8";". */
static const char *skip_import(const char *s, const char *le)
{
	const char *p = s + 6;

	if ((p = skip_perl_use(s, le)) != NULL)
		return p;
	p = s + 6;

	/* CSS: "@charset ...;" and "@import ...;" come before any rule */
	if (le - s > 9 &&
	    (memcmp(s, "@import ", 8) == 0 || memcmp(s, "@charset ", 9) == 0)) {
		const char *e = le;

		while (e > s && is_space(e[-1]))
			e--;
		return e[-1] == ';' ? le : NULL;
	}
	if (le - s < 8 || memcmp(s, "import", 6) != 0 || !is_space(*p))
		return NULL;
	while (p < le && is_space(*p))
		p++;
	if (p == le || !(is_alnum(*p) || *p == '`'))
		return NULL;
	for (; p < le; p++)
		if (!(is_alnum(*p) || is_space(*p) || *p == '.' || *p == '*' ||
		      *p == '$' || *p == '`' || *p == '{' || *p == '}' ||
		      *p == ',' || *p == ';' || *p == '='))
			return NULL;
	return le;
}

/* A JavaScript/TypeScript module import alone on its line: "import x from
 * 'mod';", "import { a, b } from \"mod\"", "import type T from 'mod'",
 * "import 'mod';" (the module name quoted; a "//" after it is no part). */
static const char *skip_es_import(const char *s, const char *le)
{
	const char *p = s + 6, *e = le;
	char q;

	if (le - s < 9 || memcmp(s, "import", 6) != 0 || !is_space(*p))
		return NULL;
	while (e > p && is_space(e[-1]))
		e--;
	if (e > p && e[-1] == ';')
		e--;
	if (e - p < 3 || (e[-1] != '\'' && e[-1] != '"'))
		return NULL;
	q = e[-1];
	for (e--; p < e && *p != q; p++)
		if (!(is_alnum(*p) || is_space(*p) || *p == '.' || *p == '*' ||
		      *p == '$' || *p == '{' || *p == '}' || *p == ','))
			return NULL;
	if (p == e)
		return NULL;
	for (p++; p < e; p++)
		if (*p == q || *p == '\n')
			return NULL;
	return le;
}

/* "<?...?>", "<!DOCTYPE ...>" or a start tag "<name ...>" at s. A start
 * tag's name is returned in *name, *name_len (NULL for the others). */
static const char *skip_markup(const char *s, const char *end,
                               const char **name, size_t *name_len)
{
	const char *p;
	char quote = 0;
	int bracket = 0;

	*name = NULL;
	*name_len = 0;
	if (end - s < 3 || *s != '<')
		return NULL;
	if (s[1] == '?') {
		for (p = s + 2; end - p >= 2; p++)
			if (p[0] == '?' && p[1] == '>')
				return p + 2;
		return NULL;
	}
	if (s[1] == '!') {
		if (end - s < 9 || !equals_ci(s + 2, 7, "doctype"))
			return NULL;
		for (p = s + 9; p < end; p++) {
			if (*p == '[')
				bracket++;
			else if (*p == ']' && bracket)
				bracket--;
			else if (*p == '>' && !bracket)
				return p + 1;
		}
		return NULL;
	}
	if (!((s[1] >= 'a' && s[1] <= 'z') || (s[1] >= 'A' && s[1] <= 'Z') ||
	      s[1] == '_'))
		return NULL;
	for (p = s + 1; p < end && is_name_char(*p); p++)
		;
	*name = s + 1;
	*name_len = (size_t)(p - s - 1);
	for (; p < end; p++) {
		if (quote) {
			if (*p == quote)
				quote = 0;
		} else if (*p == '"' || *p == '\'') {
			quote = *p;
		} else if (*p == '<') {
			return NULL;
		} else if (*p == '>') {
			/* <x/> is the whole element, not a start tag */
			return p[-1] == '/' ? NULL : p + 1;
		}
	}
	return NULL;
}

/* The end of the line holding s: just past its '\n', or end. */
static const char *after_line(const char *s, const char *end)
{
	const char *nl = memchr(s, '\n', (size_t)(end - s));

	return nl ? nl + 1 : end;
}

/* The line [s, le) without trailing blanks. */
static const char *trim_end(const char *s, const char *le)
{
	while (le > s && is_space(le[-1]))
		le--;
	return le;
}

/* A run of one punctuation character, 3 or more, alone on its line: a
 * reStructuredText section adornment ("=====", "-----", "*****"). */
static int is_adornment(const char *s, const char *le)
{
	const char *e = trim_end(s, le), *p;

	if (e - s < 3 || is_alnum(*s) || is_space(*s) ||
	    (unsigned char)*s >= 0x80)
		return 0;
	for (p = s; p < e; p++)
		if (*p != *s)
			return 0;
	return 1;
}

/* The most lines a title block may take before the header. */
#define TITLE_LINES 8

/*
 * One piece of a title block at the start of line s (reStructuredText,
 * AsciiDoc, Markdown): a section title (an optional overline, the title,
 * its underline), an AsciiDoc document title "= Title" with the author and
 * revision lines right below it, a Markdown heading "# Title" (DocC
 * wants it on the first line), a target ".. _name:", an include
 * ".. include:: file", an anchor "[[id]]" or "[#id]", an attribute
 * ":name: value". Returns the start of the line after it, or NULL.
 */
static const char *skip_title(const char *s, const char *le, const char *end)
{
	const char *e = trim_end(s, le), *l2, *le2, *l3, *le3;
	int n;

	if (s == e || is_space(*s))
		return NULL;
	if (e - s >= 5 && memcmp(s, ".. _", 4) == 0 && e[-1] == ':')
		return after_line(s, end);
	if (e - s > 13 && memcmp(s, ".. include:: ", 13) == 0)
		return after_line(s, end);
	if ((e - s >= 5 && memcmp(s, "[[", 2) == 0 &&
	     memcmp(e - 2, "]]", 2) == 0) ||
	    (e - s >= 4 && memcmp(s, "[#", 2) == 0 && e[-1] == ']'))
		return after_line(s, end);
	if (*s == ':' && e - s >= 3) {
		const char *p = s + 1;

		while (p < e && (is_name_char(*p) || *p == '!') && *p != ':')
			p++;
		if (p > s + 1 && p < e && *p == ':' &&
		    (p + 1 == e || is_space(p[1])))
			return after_line(s, end);
		return NULL;
	}
	if (*s == '#') {
		/* an ATX heading: one to six '#', a blank, the title (a
		 * line of '#' alone is an adornment, below) */
		for (n = 0; s + n < e && s[n] == '#'; n++)
			;
		if (n <= 6 && s + n < e && is_space(s[n]))
			return after_line(s, end);
	}
	if (e - s >= 3 && s[0] == '=' && s[1] == ' ') {
		/* the author and revision lines follow the title at once */
		const char *q = after_line(s, end);

		for (n = 0; n < 2 && q < end; n++) {
			const char *qe = memchr(q, '\n', (size_t)(end - q));

			qe = qe ? qe : end;
			if (trim_end(q, qe) == q || *q == ':' || *q == '/' ||
			    is_space(*q))
				break;
			q = after_line(q, end);
		}
		return q;
	}
	/* a section title: [overline] title underline */
	l2 = after_line(s, end);
	if (l2 >= end)
		return NULL;
	le2 = memchr(l2, '\n', (size_t)(end - l2));
	le2 = le2 ? le2 : end;
	if (is_adornment(s, le)) {
		/* the overline: the title, then the same adornment */
		l3 = after_line(l2, end);
		if (l3 >= end || is_adornment(l2, le2) ||
		    trim_end(l2, le2) == l2)
			return NULL;
		le3 = memchr(l3, '\n', (size_t)(end - l3));
		le3 = le3 ? le3 : end;
		return is_adornment(l3, le3) && *l3 == *s &&
		               trim_end(l3, le3) - l3 == e - s
		           ? after_line(l3, end)
		           : NULL;
	}
	if (is_adornment(l2, le2) && trim_end(l2, le2) - l2 >= e - s - 2 &&
	    !(e - s >= 2 && s[0] == '.' && s[1] == '.'))
		return after_line(l2, end);
	return NULL;
}

/* A YAML directive (%YAML, %TAG) line, or the document start "---" (a
 * comment may follow it on its line): the end of what is skipped. */
static const char *skip_yaml_start(const char *s, const char *le,
                                   prologue_state *st)
{
	if (!st->yaml && le - s >= 3 && memcmp(s, "---", 3) == 0 &&
	    (le - s == 3 || is_space(s[3]))) {
		st->yaml = 1;
		return s + 3;
	}
	if (!st->yaml && le - s > 5 &&
	    (memcmp(s, "%YAML ", 6) == 0 || memcmp(s, "%TAG ", 5) == 0))
		return le;
	return NULL;
}

/* Count the braces of [p, le) into *depth: the end of the brace that
 * closes the block, or NULL when it stays open. */
static const char *lex_braces(const char *p, const char *le, int *depth)
{
	for (; p < le; p++) {
		if (*p == '{')
			(*depth)++;
		else if (*p == '}' && --*depth == 0)
			return p + 1;
	}
	return NULL;
}

/* A Lex/Yacc declaration: "%{", "%}", "%option ...", "%token ...", or a
 * "%code ... {" / "%top{" block up to its closing brace. "%%" ends the
 * declarations: the rules are code. The block's lines are skipped one by
 * one, so the comments in it are read (flex's "%top{" is where a header
 * reaches the generated scanner). */
static const char *skip_lex(const char *s, const char *le, prologue_state *st)
{
	const char *p, *q;

	if (st->lex_block > 0) {
		/* a line of code inside the block */
		if ((q = lex_braces(s, le, &st->lex_block)) != NULL)
			return q;
		return le;
	}
	if (le - s < 2 || *s != '%' || s[1] == '%')
		return NULL;
	if (s[1] == '{' || s[1] == '}')
		return s + 2;
	if (!((s[1] >= 'a' && s[1] <= 'z') || (s[1] >= 'A' && s[1] <= 'Z')))
		return NULL;
	if (!((le - s >= 5 && memcmp(s + 1, "code", 4) == 0) ||
	      (le - s >= 4 && memcmp(s + 1, "top", 3) == 0)) ||
	    (q = memchr(s, '{', (size_t)(le - s))) == NULL)
		return le;
	st->lex_block = 1;
	for (p = q + 1; p < le && is_space(*p); p++)
		;
	/* a comment right after the brace: read from there */
	if (le - p >= 2 && *p == '/' && (p[1] == '*' || p[1] == '/'))
		return q + 1;
	if ((p = lex_braces(q + 1, le, &st->lex_block)) != NULL)
		return p;
	return le;
}

/*
 * A construct that is not a comment but may precede the header in this
 * type (hdrcheck_preamble_flags): returns the end of the construct at s
 * (which may lie on a later line), or NULL. *syntax is switched to the
 * comment syntax that holds after it (inside <script>, <style>). A
 * directive, package clause or docstring counts only before the first
 * comment (started == 0): after a header, it ends the run as before.
 */
static const char *skip_prologue(const hdrcheck_language **syntax,
                                 const char *s, const char *le, const char *end,
                                 prologue_state *st, int started)
{
	unsigned int pre = (*syntax)->preambles;
	const char *q, *name;
	size_t name_len;

	if (pre & HDRCHECK_PRE_REGION && !started &&
	    st->regions < REGION_LINES && (q = skip_region(s, le)) != NULL) {
		st->regions++;
		return q;
	}
	if (pre & HDRCHECK_PRE_SHELL_SET && !started && st->sets < SET_LINES &&
	    (q = skip_shell_set(s, le)) != NULL) {
		st->sets++;
		return q;
	}
	if (pre & HDRCHECK_PRE_GUARD && !started && st->guard < 2 &&
	    (q = skip_guard(s, le, st)) != NULL)
		return q;
	if (pre & HDRCHECK_PRE_MAKO && !started && !st->mako &&
	    (q = skip_mako_block(s, le)) != NULL) {
		st->mako = 1;
		return q;
	}
	if (pre & HDRCHECK_PRE_DIRECTIVE && !started &&
	    st->imports < IMPORT_LINES && (q = skip_es_import(s, le)) != NULL) {
		st->imports++;
		return q;
	}
	if (pre & HDRCHECK_PRE_DIRECTIVE)
		return started ? NULL : skip_directive(s, le);
	if (pre & HDRCHECK_PRE_YAML_START)
		return started ? NULL : skip_yaml_start(s, le, st);
	if (pre & HDRCHECK_PRE_LEX)
		return skip_lex(s, le, st);
	if (pre & HDRCHECK_PRE_PACKAGE && !st->package && !started &&
	    (q = skip_package(s, le)) != NULL) {
		st->package = 1;
		st->code = 1;
		return q;
	}
	if (pre & HDRCHECK_PRE_PACKAGE && !started &&
	    st->imports < IMPORT_LINES && (q = skip_import(s, le)) != NULL) {
		st->imports++;
		st->code = 1;
		return q;
	}
	if (!(pre & HDRCHECK_PRE_ROOT_TAG) ||
	    (q = skip_markup(s, end, &name, &name_len)) == NULL)
		return NULL;
	if (!name) /* <?pi?>, <!DOCTYPE>: in the prolog only */
		return st->tags ? NULL : q;
	if (st->tags == 1 && st->html && equals_ci(name, name_len, "head")) {
		st->tags++;
		return q;
	}
	if (st->tags)
		return NULL; /* deep inside the document */
	st->tags++;
	st->html = equals_ci(name, name_len, "html");
	if (equals_ci(name, name_len, "script"))
		*syntax = &script_syntax;
	else if (equals_ci(name, name_len, "style"))
		*syntax = &style_syntax;
	return q;
}

/* Does s (at column 1) open a column-1 comment? */
static int column1_marker(const hdrcheck_language *lang, const char *s,
                          const char *e)
{
	const char *const *m;

	for (m = lang->column1_comments; m && *m; m++) {
		size_t n = strlen(*m);

		if ((size_t)(e - s) >= n && memcmp(s, *m, n) == 0)
			return 1;
	}
	return 0;
}

/* An indented comment at column 1 (reStructuredText "..", Pug "//-"):
 * returns the marker's length, 0 when none, or -1 when reStructuredText's
 * ".." opens markup that is not a comment (".. note::", ".. _label:",
 * ".. [1]", ".. |x|") or text ("..."). */
static int indented_marker(const hdrcheck_language *lang, const char *s,
                           const char *e)
{
	const char *const *m;

	for (m = lang->indented_comments; m && *m; m++) {
		size_t n = strlen(*m);
		const char *t;

		if ((size_t)(e - s) < n || memcmp(s, *m, n) != 0)
			continue;
		/* after any other marker, the rest of the line is comment */
		if (strcmp(*m, "..") != 0)
			return (int)n;
		t = s + n;
		if (t < e && !is_space(*t))
			return -1; /* "..." is text */
		while (t < e && is_space(*t))
			t++;
		if (t < e && (*t == '_' || *t == '[' || *t == '|'))
			return -1;
		for (; t < e && !is_space(*t); t++)
			if (e - t >= 2 && t[0] == ':' && t[1] == ':' &&
			    (e - t == 2 || is_space(t[2])))
				return -1; /* a directive */
		return (int)n;
	}
	return 0;
}

static const hdrcheck_block_comment *block_open(const hdrcheck_language *lang,
                                                const char *s, const char *e)
{
	const hdrcheck_block_comment *b;

	if (!lang || !lang->block_comments)
		return NULL;
	for (b = lang->block_comments; b->open; b++) {
		size_t n = strlen(b->open);

		if ((size_t)(e - s) >= n && memcmp(s, b->open, n) == 0)
			return b;
	}
	return NULL;
}

/* A block comment whose delimiters are one run of one character, four or
 * more (AsciiDoc's "////"), is a delimited block: its opener is a line
 * of that character alone, as long as the delimiter or longer, and the
 * same line closes it. Returns the opener line's length, or 0. */
static size_t fence_open(const hdrcheck_block_comment *b, const char *s,
                         const char *le)
{
	size_t n = strlen(b->open), i;
	const char *e = trim_end(s, le);

	if (n < 4 || strcmp(b->open, b->close) != 0)
		return 0;
	for (i = 1; i < n; i++)
		if (b->open[i] != b->open[0])
			return 0;
	if ((size_t)(e - s) < n)
		return 0;
	for (i = 0; s + i < e; i++)
		if (s[i] != b->open[0])
			return 0;
	return (size_t)(e - s);
}

static const char *find_close(const char *s, const char *e, const char *close)
{
	size_t n = strlen(close);

	while ((size_t)(e - s) >= n) {
		const char *q = memchr(s, close[0], (size_t)(e - s) - n + 1);

		if (!q)
			return NULL;
		if (memcmp(q, close, n) == 0)
			return q;
		s = q + 1;
	}
	return NULL;
}

/* prev_marker of a ".." comment line (reStructuredText) */
#define INDENTED (SIZE_MAX - 1)

int hdrcheck__comments_extract(hdrcheck__comments *out,
                               const hdrcheck_language *lang, const char *buf,
                               size_t len, size_t start,
                               unsigned int first_line)
{
	const hdrcheck_block_comment *in_block = NULL;
	const char *p = buf + start, *end = buf + len;
	const char *fence = NULL; /* the opener of a delimited block */
	size_t fence_len = 0;
	int front_matter = 0; /* the fence is front matter's */
	unsigned int line = first_line, block = 0;
	size_t prev_marker = 0; /* marker length of the previous line comment */
	prologue_state st = {0};
	int started = 0, indented = 0, error = 0;

	out->count = 0;
	out->blocks = 0;
	out->ended_by_code = 0;
	out->before_code = SIZE_MAX;
	out->docstring_block = UINT_MAX;

	while (p < end && line <= HDRCHECK__WINDOW_LINES) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *le = nl ? nl : end, *s = p, *q;
		int n1;

		if (fence) {
			/* the same delimiter line closes it */
			if (trim_end(s, le) - s == (ptrdiff_t)fence_len &&
			    memcmp(s, fence, fence_len) == 0) {
				fence = NULL;
				s = le;
			} else if (front_matter && s < le && *s == '#') {
				/* a YAML or TOML comment line: its words */
				s++;
				if (s < le && *s == ' ')
					s++;
			}
			if ((error = push_line(out, s, (size_t)(le - s), line,
			                       block)) < 0)
				goto done;
			goto next;
		}
		if (in_block) {
			q = find_close(s, le, in_block->close);
			if (!q) {
				if ((error = push_line(out, s, (size_t)(le - s),
				                       line, block)) < 0)
					goto done;
				goto next;
			}
			if ((error = push_line(out, s, (size_t)(q - s), line,
			                       block)) < 0)
				goto done;
			s = q + strlen(in_block->close);
			in_block = NULL;
			/* fall through to whatever follows on the line */
		} else if (indented) {
			/* a ".." comment goes on over indented and blank
			 * lines */
			if (s < le && is_space(*s)) {
				while (s < le && is_space(*s))
					s++;
				if (s != le &&
				    (error = push_line(out, s, (size_t)(le - s),
				                       line, block)) < 0)
					goto done;
				goto next;
			}
			if (s == le)
				goto next;
			indented = 0;
		}
		/* front matter that states a license (a Markdown page's
		 * "SPDX-License-Identifier:" key): its lines are the header */
		if (!started && s == buf + start && lang &&
		    lang->preambles & HDRCHECK_PRE_FRONT_MATTER &&
		    hdrcheck__front_matter_header(buf, len, start)) {
			fence = s;
			fence_len = 3;
			front_matter = 1;
			started = 1;
			prev_marker = 0;
			if ((error = push_line(out, le, 0, line, block)) < 0)
				goto done;
			goto next;
		}
		/* a title block before the first comment (rst, AsciiDoc) */
		if (!started && lang && lang->preambles & HDRCHECK_PRE_TITLE &&
		    s == p && (q = skip_title(s, le, end)) != NULL) {
			unsigned int n = 0;
			const char *k;

			for (k = s; k < q; k++)
				n += *k == '\n';
			if (st.title_lines + n <= TITLE_LINES) {
				st.title_lines += n;
				prev_marker = 0;
				line += n;
				p = q;
				goto again;
			}
		}
		if (lang && lang->column1_comments && s == p &&
		    column1_marker(lang, s, le)) {
			if (!started || prev_marker != SIZE_MAX ||
			    out->lines[out->count - 1].line + 1 != line)
				block = started ? block + 1 : block;
			started = 1;
			prev_marker = SIZE_MAX;
			if ((error = push_line(out, s + 1, (size_t)(le - s - 1),
			                       line, block)) < 0)
				goto done;
			goto next;
		}
		if (lang && lang->indented_comments && s == p &&
		    (n1 = indented_marker(lang, s, le)) != 0) {
			if (n1 < 0) { /* markup: not a comment */
				out->ended_by_code = 1;
				goto done;
			}
			/* ".." comments on consecutive lines are one block,
			 * like line comments */
			if (!started || prev_marker != INDENTED ||
			    out->lines[out->count - 1].line + 1 != line)
				block = started ? block + 1 : block;
			started = 1;
			prev_marker = INDENTED;
			indented = 1;
			/* the opener's line starts the block even when
			 * blank, as a lone block opener does */
			s += n1;
			if ((error = push_line(out, s, (size_t)(le - s), line,
			                       block)) < 0)
				goto done;
			goto next;
		}

		for (;;) {
			const hdrcheck_block_comment *b;
			size_t n;

			while (s < le && is_space(*s))
				s++;
			if (s == le) {
				if (s == p) /* a wholly blank line */
					prev_marker = 0;
				break;
			}
			if ((b = block_open(lang, s, le)) != NULL && s == p &&
			    (fence_len = fence_open(b, s, le)) != 0) {
				fence = s;
				front_matter = 0;
				block = started ? block + 1 : block;
				started = 1;
				prev_marker = 0;
				if ((error = push_line(out, le, 0, line,
				                       block)) < 0)
					goto done;
				break;
			}
			if (b &&
			    fence_open(b, b->open, b->open + strlen(b->open)))
				b = NULL; /* "//// text": not a delimiter */
			if (b != NULL) {
				const char *body = s + strlen(b->open);

				q = find_close(body, le, b->close);
				block = started ? block + 1 : block;
				started = 1;
				prev_marker = 0;
				if (!q) {
					in_block = b;
					if ((error = push_line(
					         out, body, (size_t)(le - body),
					         line, block)) < 0)
						goto done;
					break;
				}
				if ((error = push_line(out, body,
				                       (size_t)(q - body), line,
				                       block)) < 0)
					goto done;
				s = q + strlen(b->close);
				continue;
			}
			/* the module docstring, before or after the first
			 * comments: a block of its own */
			if (s == p && lang &&
			    lang->preambles & HDRCHECK_PRE_DOCSTRING &&
			    !st.docstring &&
			    (q = skip_docstring(s, end)) != NULL) {
				st.docstring = 1;
				block = started ? block + 1 : block;
				started = 1;
				prev_marker = 0;
				out->docstring_block = block;
				if ((error = push_docstring(out, s, q, &line,
				                            block)) < 0)
					goto done;
				p = q;
				s = q;
				le = memchr(q, '\n', (size_t)(end - q));
				nl = le;
				le = le ? le : end;
				continue;
			}
			if ((n = line_marker(lang, s, le)) != 0) {
				if (!started || prev_marker != n ||
				    out->count == 0 ||
				    out->lines[out->count - 1].line + 1 != line)
					block = started ? block + 1 : block;
				started = 1;
				prev_marker = n;
				if ((error = push_line(out, s + n,
				                       (size_t)(le - s - n),
				                       line, block)) < 0)
					goto done;
				break;
			}
			if (lang && lang->preambles &&
			    (q = skip_prologue(&lang, s, le, end, &st,
			                       started)) != NULL) {
				/* not a comment, but the header may follow:
				 * go on after it, on its last line */
				const char *k;

				prev_marker = 0;
				if (st.code && out->before_code == SIZE_MAX)
					out->before_code = out->count;
				if (q <= le) {
					s = q;
					continue;
				}
				for (k = s; k < q; k++)
					line += *k == '\n';
				p = q;
				goto again;
			}
			/* code: the leading comment run ends here */
			out->ended_by_code = 1;
			goto done;
		}
	next:
		if (!nl)
			break;
		p = nl + 1;
		line++;
	again:;
	}
done:
	out->blocks = started ? block + 1 : 0;
	if (out->before_code > out->count)
		out->before_code = out->count;
	return error;
}

/* Does the line [s, le) hold a letter or a digit? */
static int has_word(const char *s, const char *le)
{
	for (; s < le; s++)
		if (is_alnum(*s))
			return 1;
	return 0;
}

int hdrcheck__comments_prose(hdrcheck__comments *out,
                             const hdrcheck_language *lang, const char *buf,
                             size_t len, size_t start, unsigned int first_line)
{
	const char *p = buf + start, *end = buf + len, *q;
	unsigned int line = first_line, block = 0, title_lines = 0;
	int started = 0, blank = 0, error = 0;

	out->count = 0;
	out->blocks = 0;
	out->ended_by_code = 0;
	out->before_code = SIZE_MAX;
	out->docstring_block = UINT_MAX;
	if (!lang || !(lang->preambles & HDRCHECK_PRE_TITLE))
		return 0;

	while (p < end && line <= HDRCHECK__WINDOW_LINES) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *le = nl ? nl : end;

		if (trim_end(p, le) == p) { /* a paragraph ends */
			blank = 1;
			goto next;
		}
		for (q = p; q < le && *q == '=' && q - p < 7; q++)
			;
		if (q > p && q - p <= 6 && q < le && is_space(*q) && started)
			break; /* an AsciiDoc section title "== Name" */
		if ((q = skip_title(p, le, end)) != NULL) {
			unsigned int n = 0;
			const char *k;

			/* a heading ends the leading prose; before it, a
			 * title block of TITLE_LINES lines at most is
			 * passed over, as above a comment */
			if (started)
				break;
			for (k = p; k < q; k++)
				n += *k == '\n';
			if (title_lines + n > TITLE_LINES)
				break;
			title_lines += n;
			line += n;
			p = q;
			continue;
		}
		/* a comment is not read: the prose ends there (a header
		 * in it is the comment run's, and one below a paragraph is
		 * none) */
		for (q = p; q < le && is_space(*q); q++)
			;
		if (line_marker(lang, q, le) || block_open(lang, q, le) ||
		    (lang->indented_comments &&
		     indented_marker(lang, p, le) > 0))
			break;
		if (!has_word(p, le)) {
			/* mere decoration (a "```" fence, a lone slash and
			 * star): in the paragraph it is in, starting none */
			if (started &&
			    (error = push_line(out, p, (size_t)(le - p), line,
			                       block)) < 0)
				goto done;
			goto next;
		}
		if (started && blank)
			block++;
		started = 1;
		blank = 0;
		if ((error = push_line(out, p, (size_t)(le - p), line, block)) <
		    0)
			goto done;
	next:
		if (!nl)
			break;
		p = nl + 1;
		line++;
	}
done:
	out->blocks = started ? block + 1 : 0;
	out->before_code = out->count;
	return error;
}

void hdrcheck__comments_dispose(hdrcheck__comments *c)
{
	free(c->lines);
	memset(c, 0, sizeof(*c));
}
