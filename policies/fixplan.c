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
 * What the fixer needs to know about a file, from the same classification
 * check runs: the rule that applies, where a header may start, and which
 * comment block holds a damaged header (or a lone copyright line a header
 * can extend), split into lines the fixer keeps or rewrites.
 */

#include <stdlib.h>
#include <string.h>
#include "policies/filetypes.h"
#include "policies/policy.h"

/* A line is license text when at least this share of its words (in
 * quarters) occurs in the license's forms: one or two words changed in a
 * line of ten still count, a file description does not. */
#define LICENSE_SHARE_QUARTERS 3

static int is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

static int lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static int ci_prefix(const char *s, size_t n, const char *w)
{
	size_t k, len = strlen(w);

	if (n < len)
		return 0;
	for (k = 0; k < len; k++)
		if (lower((unsigned char)s[k]) != w[k])
			return 0;
	return 1;
}

static int is_alnum(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || c == '_';
}

static size_t line_start(const char *buf, size_t off)
{
	while (off > 0 && buf[off - 1] != '\n')
		off--;
	return off;
}

/* Just past the '\n' that ends the line holding off, or len. */
static size_t line_end(const char *buf, size_t len, size_t off)
{
	const char *nl = memchr(buf + off, '\n', len - off);

	return nl ? (size_t)(nl - buf) + 1 : len;
}

static size_t skip_blank_lines(const char *buf, size_t len, size_t off)
{
	for (;;) {
		size_t i = off;

		while (i < len && is_blank(buf[i]))
			i++;
		if (i < len && buf[i] == '\n')
			off = i + 1;
		else
			return off;
	}
}

int hdrcheck__classify_as(hdrcheck__classifier *c, const char *path,
                          const char *policy, const char *buf, size_t len,
                          hdrcheck_finding *out)
{
	hdrcheck__file_attrs attrs;
	int rc;

	memset(&attrs, 0, sizeof(attrs));
	attrs.policy = policy;
	if ((rc = hdrcheck__classify_path(c, path, policy ? &attrs : NULL,
	                                  out)) != 0)
		return rc < 0 ? rc : 0;
	return hdrcheck__classify_content(c, path, buf, len, out);
}

/*
 * PHP: PSR-12 puts the file's docblock between "<?php" and the declare()
 * statements, so the header goes right after an open tag on its own line
 * (check accepts it there and after declare()). Returns 0 when the file
 * does not open with "<?php": a header there would be output as text.
 */
static int php_insert_at(const char *buf, size_t len, size_t pre_end,
                         size_t *at)
{
	size_t p = 0, e;

	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		p = 3;
	if (len - p >= 2 && buf[p] == '#' && buf[p + 1] == '!')
		p = line_end(buf, len, p);
	p = skip_blank_lines(buf, len, p);
	if (!ci_prefix(buf + p, len - p, "<?php"))
		return 0;
	e = p + 5;
	while (e < len && is_blank(buf[e]))
		e++;
	*at = pre_end;
	/* only an open tag on a line of its own is split from what follows */
	if (e < len && buf[e] == '\n' && ++e < pre_end) {
		p = skip_blank_lines(buf, len, e);
		while (p < len && (buf[p] == ' ' || buf[p] == '\t'))
			p++;
		if (ci_prefix(buf + p, len - p, "declare("))
			*at = e;
	}
	return 1;
}

static int is_copyright_line(const char *s, size_t n)
{
	return ci_prefix(s, n, "copyright") || ci_prefix(s, n, "(c)") ||
	       (n >= 2 && (unsigned char)s[0] == 0xC2 &&
	        (unsigned char)s[1] == 0xA9) ||
	       ci_prefix(s, n, "spdx-filecopyrighttext:");
}

/* Is the word w (normalised) in any of the token lists? */
static int in_lists(const hdrcheck__token *w, const hdrcheck__tokens *lists,
                    size_t count)
{
	size_t i, j;

	for (i = 0; i < count; i++)
		for (j = 0; j < lists[i].count; j++)
			if (lists[i].tokens[j].len == w->len &&
			    memcmp(lists[i].tokens[j].word, w->word, w->len) ==
			        0)
				return 1;
	return 0;
}

static int classify_line(hdrcheck__plan_line *out, const char *text, size_t len,
                         const hdrcheck__fix_facts *facts,
                         hdrcheck__tokens *scratch)
{
	size_t i, known = 0;
	char *copy = NULL;
	int error = 0;

	if (is_copyright_line(text, len)) {
		out->kind = HDRCHECK__PLAN_COPYRIGHT;
		return 0;
	}
	if (ci_prefix(text, len, "spdx-license-identifier")) {
		out->kind = HDRCHECK__PLAN_SPDX;
		return 0;
	}
	if (!(copy = hdrcheck__strndup(text, len)))
		return HDRCHECK_ENOMEM;
	hdrcheck__tokens_clear(scratch);
	if ((error = hdrcheck__tokens_from_text(scratch, copy)) < 0)
		goto done;
	if (scratch->count == 0) {
		/* blank, or decoration only ("*****", "-----") */
		out->kind = HDRCHECK__PLAN_BLANK;
		goto done;
	}
	for (i = 0; i < scratch->count; i++)
		if ((facts->forms && in_lists(&scratch->tokens[i], facts->forms,
		                              facts->forms_count)) ||
		    (facts->builtin &&
		     (in_lists(&scratch->tokens[i], facts->builtin->forms,
		               facts->builtin->forms_count) ||
		      in_lists(&scratch->tokens[i], facts->builtin->anchors,
		               facts->builtin->anchors_count))))
			known++;
	out->kind = known * 4 >= scratch->count * LICENSE_SHARE_QUARTERS
	                ? HDRCHECK__PLAN_LICENSE
	                : HDRCHECK__PLAN_OTHER;
done:
	free(copy);
	return error;
}

/* The line comment marker that opens s (as comments.c reads it). */
static const char *line_marker_at(const hdrcheck_language *lang, const char *s,
                                  size_t n)
{
	const char *const *m;

	for (m = lang->line_comments; m && *m; m++) {
		size_t k = strlen(*m);

		if (n < k || memcmp(s, *m, k) != 0)
			continue;
		if (is_alnum((*m)[k - 1]) && k < n && is_alnum(s[k]))
			continue;
		return *m;
	}
	return NULL;
}

static const hdrcheck_block_comment *
block_open_at(const hdrcheck_language *lang, const char *s, size_t n)
{
	const hdrcheck_block_comment *b;

	for (b = lang->block_comments; b && b->open; b++)
		if (n >= strlen(b->open) &&
		    memcmp(s, b->open, strlen(b->open)) == 0)
			return b;
	return NULL;
}

static const char *find(const char *s, const char *e, const char *needle)
{
	size_t n = strlen(needle);

	for (; (size_t)(e - s) >= n; s++)
		if (memcmp(s, needle, n) == 0)
			return s;
	return NULL;
}

/*
 * The byte range and syntax of comment block `block` (clines [i0, i1]),
 * and its lines. A block that shares a line with other text is left
 * alone: replacing whole lines would take that text along. per_line:
 * the block is a run of one-line "{# #}" comments (template_run).
 */
static int plan_block(hdrcheck__fix_plan *p, const char *buf, size_t len,
                      size_t pre_end, size_t i0, size_t i1, int per_line)
{
	const hdrcheck__comments *cm = p->facts.comments;
	const hdrcheck_language *lang = p->facts.lang;
	const hdrcheck_block_comment *b;
	hdrcheck__tokens scratch = {0};
	size_t start, s, le, i, last_end;
	int error = 0;

	p->has_block = 1;
	if (cm->lines[i0].block == cm->docstring_block) {
		p->block_problem = "the header is in the module docstring, "
		                   "which fix does not rewrite";
		return 0;
	}
	if (i0 > 0 && cm->lines[i0 - 1].line == cm->lines[i0].line) {
		p->block_problem = "another comment shares the header's first "
		                   "line";
		return 0;
	}
	start = line_start(buf, (size_t)(cm->lines[i0].text - buf));
	if (start < pre_end)
		start = pre_end;
	s = start;
	while (s < len && (buf[s] == ' ' || buf[s] == '\t'))
		s++;
	if ((b = block_open_at(lang, buf + s, len - s)) != NULL) {
		const char *from = cm->lines[i1].text + cm->lines[i1].len;
		const char *close;

		le = line_end(buf, len, (size_t)(from - buf));
		if (!(close = find(from, buf + le, b->close))) {
			p->block_problem = "the header comment is not closed "
			                   "within the header window";
			return 0;
		}
		for (i = (size_t)(close - buf) + strlen(b->close); i < le; i++)
			if (!is_blank(buf[i]) && buf[i] != '\n') {
				p->block_problem = "code follows the header "
				                   "comment on its last line";
				return 0;
			}
		p->block_open = b->open;
		p->block_close = b->close;
		if (per_line) { /* "{# text #}" lines: one comment each */
			p->block_line = b->open;
			p->block_open = NULL;
		}
		last_end = le;
	} else if ((p->block_line = line_marker_at(lang, buf + s, len - s)) !=
	           NULL) {
		last_end = line_end(buf, len,
		                    (size_t)(cm->lines[i1].text - buf) +
		                        cm->lines[i1].len);
	} else {
		p->block_problem = "cannot tell where the header comment "
		                   "starts";
		return 0;
	}
	if (i1 + 1 < cm->count &&
	    cm->lines[i1 + 1].line == cm->lines[i1].line) {
		p->block_problem = "another comment follows the header on its "
		                   "last line";
		return 0;
	}
	p->block_start = start;
	p->block_end = last_end;

	if (!(p->lines = hdrcheck__calloc(i1 - i0 + 1, sizeof(*p->lines))))
		return HDRCHECK_ENOMEM;
	for (i = i0; i <= i1; i++) {
		hdrcheck__plan_line *l = &p->lines[p->lines_count++];

		l->off = (size_t)(cm->lines[i].text - buf);
		l->len = cm->lines[i].len;
		if ((error =
		         classify_line(l, cm->lines[i].text, cm->lines[i].len,
		                       &p->facts, &scratch)) < 0)
			break;
	}
	hdrcheck__tokens_dispose(&scratch);
	return error;
}

/*
 * Safety. A new header must never go into a file that already says
 * something about its license or its copyright holder that check did not
 * take for the policy's header: a header of another license (recognised
 * or not, in any wording), a copyright of someone else, or a header of the
 * policy's own license that check could not see (after "@echo off", in a
 * string, in another comment syntax). The detector is deliberately broad
 * and conservative: it reads every line of the header window, comment or
 * not, and a phrase below anywhere in it makes the file not fixable. A
 * wrong refusal costs a reader a look; a wrong insertion damages a file.
 */

/* Phrases (normalised words, see norm_line) that state a license. */
static const char *const license_phrases[] = {
    "licensed",
    "licenced",
    "license version",
    "licence version",
    "under the license",
    "under the licence",
    "under the terms",
    "under license",
    "under licence",
    "license terms",
    "licence terms",
    "spdx license identifier",
    "spdx filecopyrighttext",
    "permission is hereby granted",
    "permission to use copy modify",
    "redistribution and use in source and binary forms",
    "general public license",
    "general public licence",
    "lesser general public",
    "gpl",
    "gplv2",
    "gplv3",
    "lgpl",
    "lgplv2",
    "lgplv3",
    "agpl",
    "agplv3",
    "mit license",
    "mit licence",
    "bsd license",
    "bsd licence",
    "bsd style",
    "bsd 2 clause",
    "bsd 3 clause",
    "isc license",
    "mozilla public",
    "eclipse public",
    "common development and distribution",
    "apache license 2",
    "apache license v2",
    "apache license v 2",
    "asf licenses",
    "creative commons",
    "public domain",
    "unlicense",
    "wtfpl",
    "copyleft",
    "dual license",
    "dual licence",
    "same license as",
    "same licence as",
    "distributed under",
    "released under",
    "available under",
    "provided under",
    "published under",
    "license file",
    "licence file",
    "all rights reserved",
    "this file is part of"};

/* Phrases that hold a phrase above but state no license: "License
 * Exception" (export control), "licensed" as an adjective of a product's
 * functions. Their words are masked before the phrases above are
 * sought. */
static const char *const not_license_phrases[] = {
    "under the license exception", "license exception", "licensed function",
    "licensed functions",          "licensed feature",  "licensed features"};

/* Words after "copyright" that make it a word, not a statement. */
static const char *const copyright_nouns[] = {
    "ownership",  "notice", "notices", "holder", "holders",     "owner",
    "owners",     "law",    "laws",    "and",    "or",          "header",
    "headers",    "line",   "lines",   "year",   "years",       "statement",
    "statements", "text",   "check",   "info",   "information", "policy",
    "is",         "of",     "to",      "in",     "for"};

#define NORM_MAX 1024

/*
 * The words of s[0..n): lower-case ASCII letters, digits and "_", each
 * preceded and followed by one space (" copyright c 2011 twitter inc ").
 * Everything else separates words. Long lines are cut.
 */
static size_t norm_line(char *out, const char *s, size_t n)
{
	size_t i, o = 0;
	int in_word = 0;

	out[o++] = ' ';
	for (i = 0; i < n && o + 2 < NORM_MAX; i++) {
		int ch = lower((unsigned char)s[i]);

		/* "_" joins an identifier's words: "init_gpl.c" names a
		 * file, and states no license */
		if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') ||
		    (ch == '_' && in_word)) {
			out[o++] = (char)ch;
			in_word = 1;
		} else if (in_word) {
			out[o++] = ' ';
			in_word = 0;
		}
	}
	if (in_word)
		out[o++] = ' ';
	out[o] = '\0';
	return o;
}

/* Does the normalised line hold the words of phrase, whole? */
static int has_phrase(const char *norm, const char *phrase)
{
	size_t n = strlen(phrase);
	const char *p = norm;

	while ((p = strstr(p, phrase)) != NULL) {
		if (p > norm && p[-1] == ' ' && p[n] == ' ')
			return 1;
		p++;
	}
	return 0;
}

/* Overwrite every whole occurrence of phrase in the normalised line, so
 * that no phrase is found within it. */
static void mask_phrase(char *norm, const char *phrase)
{
	size_t n = strlen(phrase), i;
	char *p = norm;

	while ((p = strstr(p, phrase)) != NULL) {
		if (p > norm && p[-1] == ' ' && p[n] == ' ')
			for (i = 0; i < n; i++)
				if (p[i] != ' ')
					p[i] = '~';
		p++;
	}
}

static int ci_find(const char *s, size_t n, const char *needle)
{
	size_t k = strlen(needle), i;

	for (i = 0; k && i + k <= n; i++) {
		size_t j;

		for (j = 0; j < k && lower((unsigned char)s[i + j]) ==
		                         lower((unsigned char)needle[j]);
		     j++)
			;
		if (j == k)
			return 1;
	}
	return 0;
}

static int all_digits(const char *w, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (w[i] < '0' || w[i] > '9')
			return 0;
	return n > 0;
}

/* Does raw[k, n) hold a year, 1900 to 2099, as a word of its own? */
static int holds_year(const char *raw, size_t k, size_t n)
{
	for (; k + 4 <= n; k++)
		if ((raw[k] == '1' ? raw[k + 1] == '9'
		                   : raw[k] == '2' && raw[k + 1] == '0') &&
		    raw[k + 2] >= '0' && raw[k + 2] <= '9' &&
		    raw[k + 3] >= '0' && raw[k + 3] <= '9' &&
		    (k == 0 || raw[k - 1] < '0' || raw[k - 1] > '9') &&
		    (k + 4 == n || raw[k + 4] < '0' || raw[k + 4] > '9'))
			return 1;
	return 0;
}

/* Is the normalised line a copyright statement ("Copyright (c) 2011
 * Twitter, Inc.", "copyright 2020 by X", "Copyright Google LLC" at the
 * start of a line, "(C)ChaN, 2014" anywhere in it), not a mention of the
 * word ("regarding copyright ownership", "the above copyright notice")? */
static int states_copyright(const char *norm, const char *raw, size_t n)
{
	const char *p = norm;
	size_t i;

	/* "© 2011", "(c) 2011" */
	for (i = 0; i + 2 < n; i++) {
		size_t k = 0;

		if ((unsigned char)raw[i] == 0xC2 &&
		    (unsigned char)raw[i + 1] == 0xA9)
			k = i + 2;
		else if (i + 3 < n && raw[i] == '(' &&
		         lower((unsigned char)raw[i + 1]) == 'c' &&
		         raw[i + 2] == ')')
			k = i + 3;
		if (!k)
			continue;
		while (k < n && (raw[k] == ' ' || raw[k] == '\t'))
			k++;
		if (k < n && raw[k] >= '0' && raw[k] <= '9')
			return 1;
		/* "(C)ChaN, 2014", "(c) Example Ltd 2019": a name, then
		 * the year */
		if (k < n &&
		    ((raw[k] | 0x20) >= 'a' && (raw[k] | 0x20) <= 'z') &&
		    holds_year(raw, k, n))
			return 1;
	}
	while ((p = strstr(p, " copyright ")) != NULL) {
		const char *w = p + 11, *e = strchr(w, ' ');
		size_t wl = e ? (size_t)(e - w) : 0, k;
		int noun = 0;

		p++;
		if (!wl)
			continue;
		if ((wl == 1 && w[0] == 'c') || all_digits(w, wl) ||
		    (wl == 2 && memcmp(w, "by", 2) == 0))
			return 1;
		for (k = 0; k < HDRCHECK__ARRAY_SIZE(copyright_nouns); k++)
			if (strlen(copyright_nouns[k]) == wl &&
			    memcmp(copyright_nouns[k], w, wl) == 0)
				noun = 1;
		/* "Copyright Google LLC": the statement opens the line */
		if (!noun && p == norm + 1)
			return 1;
	}
	return 0;
}

/* Is the configured holder named on the line (the project's own
 * copyright)? */
static int names_holder(const char *holder, const char *s, size_t n)
{
	return holder && *holder && ci_find(s, n, holder);
}

/*
 * The first line of buf's header window, outside [skip_s, skip_e), that
 * states a license, or (when copyright) a copyright not of holder: a
 * repaired header is of the policy's license already, and other holders'
 * lines around it are theirs to keep. Returns the kind (a static
 * description) and the line, or NULL.
 */
/*
 * A line of code with a comment after it ("Jinja2>=2.10  # BSD License"):
 * that comment speaks of the code on its line (a dependency's license),
 * not of the file.
 */
static int trailing_comment(const hdrcheck_language *lang, const char *s,
                            size_t n)
{
	size_t i = 0;

	if (!lang)
		return 0;
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if (i == n || line_marker_at(lang, s + i, n - i) ||
	    block_open_at(lang, s + i, n - i))
		return 0;
	/* s[i] is text: a marker can only follow it */
	for (i++; i < n; i++)
		if ((s[i - 1] == ' ' || s[i - 1] == '\t') &&
		    line_marker_at(lang, s + i, n - i))
			return 1;
	return 0;
}

static const char *find_notice(const char *buf, size_t len, size_t skip_s,
                               size_t skip_e, int copyright,
                               const hdrcheck_language *lang,
                               const char *holder, size_t *off, size_t *n,
                               unsigned int *lineno)
{
	char norm[NORM_MAX];
	size_t at = 0, win = len < HDRCHECK__WINDOW_BYTES
	                         ? len
	                         : HDRCHECK__WINDOW_BYTES;
	unsigned int line;

	for (line = 1; at < win && line <= HDRCHECK__WINDOW_LINES; line++) {
		size_t e = line_end(buf, win, at), le = e, k;
		const char *kind = NULL;

		while (le > at && (buf[le - 1] == '\n' || buf[le - 1] == '\r'))
			le--;
		if ((at >= skip_s && at < skip_e) ||
		    trailing_comment(lang, buf + at, le - at))
			goto next;
		norm_line(norm, buf + at, le - at);
		for (k = 0; k < HDRCHECK__ARRAY_SIZE(not_license_phrases); k++)
			mask_phrase(norm, not_license_phrases[k]);
		for (k = 0; k < HDRCHECK__ARRAY_SIZE(license_phrases); k++)
			if (has_phrase(norm, license_phrases[k]))
				kind = "states a license";
		if (!kind && ci_find(buf + at, le - at, "@licen"))
			kind = "states a license";
		if (!kind && copyright &&
		    states_copyright(norm, buf + at, le - at) &&
		    !names_holder(holder, buf + at, le - at))
			kind = "states a copyright of someone else";
		if (kind) {
			/* the statement, without its indentation */
			while (at < le && (buf[at] == ' ' || buf[at] == '\t'))
				at++;
			*off = at;
			*n = le - at;
			*lineno = line;
			return kind;
		}
	next:
		at = e;
	}
	return NULL;
}

static int lang_has_opener(const hdrcheck_language *lang, const char *o)
{
	const char *const *m;
	const hdrcheck_block_comment *b;

	for (m = lang->line_comments; m && *m; m++)
		if (strncmp(o, *m, strlen(*m)) == 0 ||
		    strncmp(*m, o, strlen(o)) == 0)
			return 1;
	for (b = lang->block_comments; b && b->open; b++)
		if (strncmp(o, b->open, strlen(b->open)) == 0 ||
		    strncmp(b->open, o, strlen(o)) == 0)
			return 1;
	return 0;
}

/* Comment openers that are nothing but comments wherever they start a
 * line. */
static const char *const openers[] = {"/*", "//", "<!--", "(*",
                                      "{-", "{#", "<%#"};

/* Does lang comment as a template engine does, outside what it renders
 * (ERB's "<%#", Jinja's "{#", a Go template's, Handlebars', FreeMarker's)? */
static int template_comments(const hdrcheck_language *lang)
{
	static const char *const t[] = {"<%#", "{#", "{{/*", "{{!", "<#--"};
	const hdrcheck_block_comment *b;
	size_t i;

	for (b = lang->block_comments; b && b->open; b++)
		for (i = 0; i < HDRCHECK__ARRAY_SIZE(t); i++)
			if (strcmp(b->open, t[i]) == 0)
				return 1;
	return 0;
}

static size_t skip_space(const char *buf, size_t len, size_t p)
{
	while (p < len && (is_blank(buf[p]) || buf[p] == '\n'))
		p++;
	return p;
}

/*
 * Would a comment in lang's syntax be wrong at insert_at? The content
 * decides where the name could not: a JAAS ".conf" whose comments are
 * slash-star blocks, a ".conf" that holds JSON. Returns why, or NULL.
 */
static const char *foreign_syntax(const hdrcheck_language *lang,
                                  const char *buf, size_t len, size_t at)
{
	size_t p = skip_space(buf, len, at), i, q;

	if (p >= len)
		return NULL;
	for (i = 0; i < HDRCHECK__ARRAY_SIZE(openers); i++) {
		size_t k = strlen(openers[i]);

		char next;

		if (len - p < k || memcmp(buf + p, openers[i], k) != 0 ||
		    lang_has_opener(lang, openers[i]))
			continue;
		/* a slash-star comment opens with a blank, a line end or
		 * a marker (a second star, "!"); a path pattern such as
		 * slash-star-dot-crt is no comment */
		next = p + k < len ? buf[p + k] : '\n';
		if (openers[i][1] == '*' && !is_blank(next) && next != '\n' &&
		    next != '*' && next != '!' && next != '-')
			continue;
		return "the file's comments are not in its type's syntax: "
		       "a header could break it";
	}
	/* JSON where a type with neither "//" nor slash-star comments
	 * expected its own syntax (YAML takes JSON, and its "#" too); a
	 * template's own comment ("<%#", "{#") is gone from the JSON it
	 * renders */
	if ((buf[p] == '{' || buf[p] == '[') && !lang_has_opener(lang, "//") &&
	    !lang_has_opener(lang, "/*") && strcmp(lang->name, "YAML") != 0 &&
	    !template_comments(lang)) {
		q = skip_space(buf, len, p + 1);
		/* an object opens a key or closes; "{{" is a template */
		if (q < len &&
		    (buf[q] == '"' || (buf[p] == '{' && buf[q] == '}') ||
		     (buf[p] == '[' && buf[q] == '{')))
			return "the content is JSON, which cannot hold a "
			       "comment";
	}
	return NULL;
}

/* Is [s, e) a line that holds one "{# #}" comment and nothing else? */
static int template_comment_line(const char *s, const char *e)
{
	const char *c;

	while (s < e && is_blank(*s))
		s++;
	while (e > s && (is_blank(e[-1]) || e[-1] == '\n'))
		e--;
	if (e - s < 4 || memcmp(s, "{#", 2) != 0 || memcmp(e - 2, "#}", 2))
		return 0;
	c = find(s + 2, e, "#}");
	return c == e - 2 && !find(s + 2, e, "{#");
}

/*
 * A header written one "{# text #}" per line (Django's comments cannot
 * span lines) is a comment block of its own per line for comments.c:
 * when comment line *i0 is such a line, widen [*i0, *i1] to the lines of
 * the run around it, line after line. Returns 1 when it is one.
 */
static int template_run(const hdrcheck__comments *cm, const char *buf,
                        size_t len, size_t *i0, size_t *i1)
{
	size_t s = line_start(buf, (size_t)(cm->lines[*i0].text - buf));
	size_t e = line_end(buf, len, s), i;

	if (!template_comment_line(buf + s, buf + e) ||
	    cm->lines[*i1].text + cm->lines[*i1].len > buf + e)
		return 0;
	while (e < len) {
		size_t ne = line_end(buf, len, e);

		if (!template_comment_line(buf + e, buf + ne))
			break;
		e = ne;
	}
	while (s > 0) {
		size_t ps = line_start(buf, s - 1);

		if (!template_comment_line(buf + ps, buf + s))
			break;
		s = ps;
	}
	for (i = *i1; i + 1 < cm->count && cm->lines[i + 1].text < buf + e; i++)
		;
	*i1 = i;
	for (i = *i0; i > 0 && cm->lines[i - 1].text >= buf + s; i--)
		;
	*i0 = i;
	return 1;
}

/*
 * Django and Jinja templates (Nunjucks, Twig and Swig share the syntax).
 * In a type whose comments reach the rendered page (an HTML comment is
 * sent to every browser) a header belongs in the template's own "{# #}",
 * which both engines strip. A file is such a template when its header
 * window holds a "{% tag %}", or a "{# ... #}" comment, and nothing says
 * Liquid (Jekyll, Eleventy): its tags look the same, but it has no "{#"
 * comment and would print one. Liquid shows in front matter at the top,
 * in Jekyll's directories, or in a tag only Liquid has. "{{ }}" alone
 * says nothing: Angular, Vue, Handlebars and Go templates use it too.
 */
static const char *const liquid_tags[] = {
    "assign",           "capture",   "unless",   "case", "increment",
    "decrement",        "tablerow",  "render",   "echo", "liquid",
    "include_relative", "highlight", "post_url", "link", "seo",
    "feed_meta"};
static const char *const liquid_dirs[] = {"_layouts/", "_includes/", "_posts/",
                                          "_drafts/"};

static int liquid_dir(const char *path)
{
	const char *p;
	size_t i;

	for (i = 0; i < HDRCHECK__ARRAY_SIZE(liquid_dirs); i++)
		for (p = path; (p = strstr(p, liquid_dirs[i])) != NULL; p++)
			if (p == path || p[-1] == '/')
				return 1;
	return 0;
}

static int liquid_tag(const char *w, size_t n)
{
	size_t t;

	for (t = 0; t < HDRCHECK__ARRAY_SIZE(liquid_tags); t++)
		if (strlen(liquid_tags[t]) == n &&
		    memcmp(w, liquid_tags[t], n) == 0)
			return 1;
	return 0;
}

static int django_jinja(const char *path, const char *buf, size_t len)
{
	size_t i = 0, k, w;
	int found = 0;

	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	if (len - i >= 3 && memcmp(buf + i, "---", 3) == 0)
		return 0; /* front matter: Jekyll, Eleventy */
	if (path && liquid_dir(path))
		return 0;
	for (; i + 1 < len; i++) {
		if (buf[i] != '{' || (i > 0 && buf[i - 1] == '{'))
			continue; /* Hugo's shortcodes open "{{%" */
		if (buf[i + 1] == '#') {
			const char *nl = memchr(buf + i, '\n', len - i);

			found |= find(buf + i + 2, nl ? nl : buf + len, "#}") !=
			         NULL;
			continue;
		}
		if (buf[i + 1] != '%')
			continue;
		/* the tag's name, after Jinja's whitespace control */
		for (k = i + 2; k < len && (buf[k] == '-' || buf[k] == '+' ||
		                            is_blank(buf[k]));
		     k++)
			;
		for (w = k; w < len &&
		            ((buf[w] >= 'a' && buf[w] <= 'z') || buf[w] == '_');
		     w++)
			;
		if (w == k || (w < len && !is_blank(buf[w]) && buf[w] != '\n' &&
		               buf[w] != '%' && buf[w] != '-'))
			continue;
		if (liquid_tag(buf + k, w - k))
			return 0;
		found = 1;
	}
	return found;
}

/* Does lang write "{# #}" blocks anyway (Jinja, Twig, Nunjucks)? */
static int jinja_type(const hdrcheck_language *lang)
{
	return lang->block_comments && lang->block_comments[0].open &&
	       strcmp(lang->block_comments[0].open, "{#") == 0;
}

/* Is lang the type path's name gives, with comments that do no harm in
 * the rendered output (not HTML's, which every page would carry)? A
 * YAML file known by its name keeps its "#" lines. */
static int own_comments_by_name(const char *path, const hdrcheck_language *lang)
{
	return hdrcheck__filetype_from_path(path) == lang &&
	       !(lang->block_comments && lang->block_comments[0].open &&
	         strcmp(lang->block_comments[0].open, "<!--") == 0);
}

int hdrcheck__classify_plan(hdrcheck__classifier *c, const char *path,
                            const char *policy, const char *buf, size_t len,
                            hdrcheck__fix_plan *out)
{
	const hdrcheck__comments *cm;
	size_t win =
	    len < HDRCHECK__WINDOW_BYTES ? len : HDRCHECK__WINDOW_BYTES;
	size_t pre_end, i, i0 = SIZE_MAX, i1 = 0, matches = 0;
	unsigned int first_line, block = 0;
	int error, repair, per_line;

	memset(out, 0, sizeof(*out));
	hdrcheck__classifier_facts(c, &out->facts);
	error = hdrcheck__classify_as(c, path, policy, buf, len, &out->finding);
	hdrcheck__classifier_facts(c, NULL);
	if (error < 0 || !out->facts.license || !out->facts.lang ||
	    (out->finding.status != HDRCHECK_STATUS_MISSING &&
	     out->finding.status != HDRCHECK_STATUS_MISMATCH))
		return error;

	pre_end =
	    hdrcheck__preamble_end(out->facts.lang, buf, win, &first_line);
	out->insert_at = pre_end;
	if (out->facts.lang->preambles & HDRCHECK_PRE_PHP) {
		if (!php_insert_at(buf, win, pre_end, &out->insert_at)) {
			out->block_problem = "no <?php open tag at the top: a "
			                     "header there would be output "
			                     "as text";
			return 0;
		}
		out->blank_before = 1;
	}

	cm = out->facts.comments;
	if (out->facts.prose) {
		/* the header is the document's text, not a comment: the
		 * reader's words are not rewritten */
		out->has_block = 1;
		out->block_problem = "the header is the document's text, not "
		                     "a comment: repair it by hand";
		return 0;
	}
	if (out->finding.status == HDRCHECK_STATUS_MISMATCH) {
		/* the block check reported: the one whose first line is the
		 * finding's line */
		for (i = 0; i < cm->count; i++) {
			if (i > 0 &&
			    cm->lines[i - 1].block == cm->lines[i].block)
				continue;
			if (cm->lines[i].line == out->finding.line) {
				matches++;
				i0 = i;
				block = cm->lines[i].block;
			}
		}
		if (matches != 1) {
			out->has_block = 1;
			out->block_problem = "cannot tell which comment holds "
			                     "the damaged header";
			return 0;
		}
	} else if (cm->count) {
		/* missing: a first block with a copyright line is where the
		 * license text goes */
		for (i1 = 0; i1 + 1 < cm->count && cm->lines[i1 + 1].block == 0;
		     i1++)
			;
		i = 0; /* or the run of "{# #}" lines it starts */
		template_run(cm, buf, len, &i, &i1);
		for (i = 0; i <= i1; i++)
			if (is_copyright_line(cm->lines[i].text,
			                      cm->lines[i].len))
				i0 = 0;
	}
	if (i0 != SIZE_MAX) {
		block = cm->lines[i0].block;
		for (i1 = i0;
		     i1 + 1 < cm->count && cm->lines[i1 + 1].block == block;
		     i1++)
			;
		per_line = template_run(cm, buf, len, &i0, &i1);
		if ((error = plan_block(out, buf, len, pre_end, i0, i1,
		                        per_line)) < 0)
			return error;
	}
	/* never over a statement check did not take for the header: in
	 * the whole window for a new header, outside the block for a
	 * repaired one */
	repair = out->finding.status == HDRCHECK_STATUS_MISMATCH &&
	         out->has_block && !out->block_problem;
	out->notice =
	    find_notice(buf, len, repair ? out->block_start : 0,
	                repair ? out->block_end : 0,
	                out->finding.status == HDRCHECK_STATUS_MISSING,
	                out->facts.lang, out->facts.holder, &out->notice_off,
	                &out->notice_len, &out->notice_line);
	if (out->finding.status == HDRCHECK_STATUS_MISSING) {
		out->syntax_problem =
		    foreign_syntax(out->facts.lang, buf, win, out->insert_at);
		out->template_lines =
		    !jinja_type(out->facts.lang) &&
		    !own_comments_by_name(path, out->facts.lang) &&
		    django_jinja(path, buf, win);
	}
	/* the block's own copyright lines count when it cannot be used */
	if (out->block_problem)
		i0 = SIZE_MAX;
	for (i = 0; i < cm->count; i++)
		if ((i0 == SIZE_MAX || i < i0 || i > i1) &&
		    is_copyright_line(cm->lines[i].text, cm->lines[i].len))
			out->copyright_in_run = 1;
	return 0;
}

void hdrcheck__fix_plan_dispose(hdrcheck__fix_plan *plan)
{
	hdrcheck__finding_dispose(&plan->finding);
	free(plan->lines);
	memset(plan, 0, sizeof(*plan));
}
