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

#ifndef HDRCHECK_POLICIES_HEADER_H
#define HDRCHECK_POLICIES_HEADER_H

/*
 * The stages that find a header in a file's first bytes:
 * preamble -> comment extraction -> tokens -> matcher.
 * All work on (ptr, len) buffers and never allocate per call beyond the
 * per-thread scratch they are handed.
 */

#include <stddef.h>
#include "hdrcheck/languages.h"
#include "common.h"

/* The header window: the first 100 lines or 32 KiB, whichever ends first. */
#define HDRCHECK__WINDOW_LINES 100
#define HDRCHECK__WINDOW_BYTES (32 * 1024)
/* Binary detection looks for a NUL in this many bytes. */
#define HDRCHECK__BINARY_BYTES (8 * 1024)

/*
 * Where the header may start: past a BOM, a shebang, magic comments,
 * <?xml ?>, <!DOCTYPE>, <?php, Dockerfile directives or front matter, as
 * the type allows. *line receives the 1-based line number at the returned
 * offset.
 */
size_t hdrcheck__preamble_end(const hdrcheck_language *lang, const char *buf,
                              size_t len, unsigned int *line);

/*
 * Front matter at off (a "---" or "+++" block) that holds an
 * SPDX-License-Identifier tag: it is read as the header, a comment block
 * of its lines. Returns the offset past its closing line, or 0.
 */
size_t hdrcheck__front_matter_header(const char *buf, size_t len, size_t off);

/* One line of comment text (decoration markers removed). */
typedef struct {
	const char *text; /* points into the scanned buffer */
	size_t len;
	unsigned int line;  /* 1-based line in the file */
	unsigned int block; /* contiguous comment blocks count from 0 */
} hdrcheck__comment_line;

typedef struct {
	hdrcheck__comment_line *lines;
	size_t count;
	size_t cap;
	unsigned int blocks;
	/* 1 when a non-comment line ended the run (as opposed to the window) */
	int ended_by_code;
	/* lines before a statement the run went past (a package clause):
	 * markers that must precede all code (generated files) are looked
	 * for in lines[0..before_code) only; count when there is none */
	size_t before_code;
	/* the block that is Python's module docstring, or UINT_MAX */
	unsigned int docstring_block;
} hdrcheck__comments;

/*
 * Collect the leading run of comments and blank lines from buf[start..len)
 * (start is at line first_line), up to the window's line limit. A line of
 * code ends the run.
 */
int hdrcheck__comments_extract(hdrcheck__comments *out,
                               const hdrcheck_language *lang, const char *buf,
                               size_t len, size_t start,
                               unsigned int first_line);
/*
 * The leading prose of a document (Markdown, reStructuredText, AsciiDoc:
 * the types with a title block) read as a comment run, for a header
 * written as the document's text rather than in a comment: from
 * buf[start..len) (start is at line first_line), past a title block, up
 * to the next heading or the window's line limit. Each paragraph (lines
 * between blank lines, with a word in them) is a block; lines of mere
 * decoration (a "```" fence, "/" "*") belong to the paragraph they are in.
 */
int hdrcheck__comments_prose(hdrcheck__comments *out,
                             const hdrcheck_language *lang, const char *buf,
                             size_t len, size_t start, unsigned int first_line);
void hdrcheck__comments_dispose(hdrcheck__comments *c);

/* A normalised word: lower-case ASCII letters and digits. */
typedef struct {
	const char *word; /* into the token store's text */
	unsigned int len;
	unsigned int cline; /* index of the comment line it came from */
} hdrcheck__token;

typedef struct hdrcheck__tokens {
	hdrcheck__token *tokens;
	size_t count;
	size_t cap;
	hdrcheck_buf text; /* lower-cased words, NUL-separated */
	/* a form's only: phrases that must not end right before it (a
	 * third party's "X licenses this file to you under ..." is not the
	 * ASF's "The ASF licenses this file ..."); borrowed, not freed */
	const struct hdrcheck__tokens *not_after;
	size_t not_after_count;
} hdrcheck__tokens;

/*
 * Split comment text into words for matching. Case, punctuation (straight
 * and curly quotes included), decoration and line breaks vanish; "https"
 * reads as "http", "www" after "http" is dropped, and a ".txt"/".html" after
 * the LICENSE-2.0 URL is dropped, so every accepted spelling compares equal.
 * Each token records the index of the comment line it came from.
 */
int hdrcheck__tokens_from_comments(hdrcheck__tokens *t,
                                   const hdrcheck__comments *c);
/* HTML inside a header (javadoc's "<p>", "<br/>", a link, "&quot;") is
 * markup, not words: the length of the tag or entity that starts at
 * text[i] ('<' or '&'), or 0. fixer/ reads a header's words the same way. */
size_t hdrcheck__tokens_markup_len(const char *text, size_t len, size_t i);
/* Tokens of a C string (templates, phrases). */
int hdrcheck__tokens_from_text(hdrcheck__tokens *t, const char *text);
void hdrcheck__tokens_clear(hdrcheck__tokens *t);
void hdrcheck__tokens_dispose(hdrcheck__tokens *t);
/* 1 if t->tokens[at..] starts with the words of phrase ("a b c"). */
int hdrcheck__tokens_match_at(const hdrcheck__tokens *t, size_t at,
                              const hdrcheck__tokens *phrase);
/* First index >= from where phrase occurs, or SIZE_MAX. */
size_t hdrcheck__tokens_find(const hdrcheck__tokens *t, size_t from,
                             const hdrcheck__tokens *phrase);

/* The accepted full-text forms. */
typedef enum {
	HDRCHECK__TEMPLATE_APACHE_APPENDIX = 0,
	HDRCHECK__TEMPLATE_APACHE_ASF,
	HDRCHECK__TEMPLATE_APACHE_ASF_SHORT,
	HDRCHECK__TEMPLATE_APACHE_ASF_SHORT_AGREEMENTS,
	HDRCHECK__TEMPLATE_APACHE_LICENSOR,
	HDRCHECK__TEMPLATE_APACHE_PROVIDED,
	HDRCHECK__TEMPLATE__COUNT
} hdrcheck__template_id;

const char *hdrcheck__template_text(hdrcheck__template_id id);
/* The phrases that must not come right before the form (NULL-terminated),
 * or NULL. */
const char *const *hdrcheck__template_not_after(hdrcheck__template_id id);

/* A full-text recogniser for another license: all phrases must occur. */
typedef struct {
	const char *spdx;
	const char *const *phrases; /* NULL-terminated */
	const char *const *absent;  /* phrases that must NOT occur */
} hdrcheck__recognizer;

/* A license a policy can require (policies/templates.c). */
typedef struct {
	const char *spdx;
	const char *const *forms;   /* full-text forms; NULL for Apache-2.0,
	                             * whose forms are the templates above */
	const char *const *anchors; /* "clearly this license" phrases */
} hdrcheck__license_def;

extern const hdrcheck__license_def hdrcheck__licenses[];
extern const size_t hdrcheck__licenses_count;

extern const hdrcheck__recognizer hdrcheck__recognizers[];
extern const size_t hdrcheck__recognizers_count;

/* The matcher's verdict on a token stream. */
typedef struct {
	int matched;     /* 1: an accepted form occurs in full */
	int apache_like; /* 1: clearly the license's header ("like") */
	size_t at;       /* first token of the match or of the anchor */
	size_t end;      /* one past the last token of a full match */
	char *reason;    /* malloc'd description of the first difference */
	int limit;       /* 1: the search gave up (MATCH_BUDGET in matcher.c):
	                  * neither matched nor like */
	size_t score;    /* like, not matched: words of the nearest form
	                  * found in order */
	size_t words;    /* the nearest form's words */
} hdrcheck__match;

/* One license's compiled forms and anchors. */
typedef struct {
	const char *spdx;
	hdrcheck__tokens *forms;
	size_t forms_count;
	hdrcheck__tokens *anchors;
	size_t anchors_count;
	/* 1: every form holds an anchor, so a text without one matches no
	 * form and is not like the license (the forms need not be tried) */
	int anchored;
} hdrcheck__license_tokens;

/* Compiled templates (read-only once built). */
typedef struct {
	hdrcheck__tokens templates[HDRCHECK__TEMPLATE__COUNT];
	/* each template's not_after phrases, in one array */
	hdrcheck__tokens *not_after;
	size_t not_after_count;
	hdrcheck__license_tokens *licenses; /* parallel to hdrcheck__licenses */
	size_t licenses_count;
	hdrcheck__tokens *recognizers; /* flattened phrases, see matcher.c */
	size_t recognizers_count;
} hdrcheck__matcher;

int hdrcheck__matcher_init(hdrcheck__matcher *m);
void hdrcheck__matcher_dispose(hdrcheck__matcher *m);

/* The built-in license entry a policy license names, or NULL. */
const hdrcheck__license_tokens *
hdrcheck__matcher_license(const hdrcheck__matcher *m, const char *spdx);

/*
 * Look for any of forms in t (a form may hold the {year} and {holder}
 * placeholders of hdrcheck__tokens_from_template; holder, when not NULL,
 * is what {holder} must read). When none occurs in full but an anchor
 * does, the header is "like" the license: reason says how the nearest
 * form differs.
 */
int hdrcheck__matcher_forms(hdrcheck__match *out, const hdrcheck__tokens *forms,
                            size_t forms_count, const hdrcheck__tokens *anchors,
                            size_t anchors_count,
                            const hdrcheck__tokens *holder,
                            const hdrcheck__tokens *t);
/* hdrcheck__matcher_forms, and when the header is only "like" the
 * license, a word diff against the nearest form in diff ("[-word-]"
 * missing, "{+word+}" extra). */
int hdrcheck__matcher_forms_diff(hdrcheck__match *out,
                                 const hdrcheck__tokens *forms,
                                 size_t forms_count,
                                 const hdrcheck__tokens *anchors,
                                 size_t anchors_count,
                                 const hdrcheck__tokens *holder,
                                 const hdrcheck__tokens *t, hdrcheck_buf *diff);
/* 0 when l is anchored and no anchor of l occurs in t: then no form of
 * l matches t, nor is t like it; else 1. */
int hdrcheck__matcher_may_match(const hdrcheck__license_tokens *l,
                                const hdrcheck__tokens *t);
/* hdrcheck__matcher_forms for Apache-2.0's forms. */
int hdrcheck__matcher_apache(hdrcheck__match *out, const hdrcheck__matcher *m,
                             const hdrcheck__tokens *t);
/* The SPDX id of a license whose full text is in t (a built-in form, then
 * the recognisers), or NULL; *at receives its first token. */
const char *hdrcheck__matcher_identify(const hdrcheck__matcher *m,
                                       const hdrcheck__tokens *t, size_t *at);
/* The recognisers alone (kept for the foundation's callers). */
const char *hdrcheck__matcher_other(const hdrcheck__matcher *m,
                                    const hdrcheck__tokens *t, size_t *at);

/*
 * Tokens of a header template: like hdrcheck__tokens_from_text, but
 * "{year}" and "{holder}" become placeholder tokens (see
 * HDRCHECK__TOKEN_YEAR / _HOLDER).
 */
int hdrcheck__tokens_from_template(hdrcheck__tokens *t, const char *text);
#define HDRCHECK__TOKEN_YEAR   "\x01year"
#define HDRCHECK__TOKEN_HOLDER "\x01holder"

/*
 * Copyright holders (policies/copyright.c). A line that starts with
 * "Copyright", "(c)", "©" or "SPDX-FileCopyrightText:" names a holder:
 * the rest with markers, years and "All rights reserved" removed
 * ("Copyright (c) 2020, 2021 The Bar Authors. All rights reserved." ->
 * "The Bar Authors"). hdrcheck__copyright_holder returns the holder's
 * length and points *holder into line, or returns 0.
 * hdrcheck__copyright_holders sets *out to a malloc'd '\n'-separated list
 * of the holders on cm's lines, each once, in order of appearance, or to
 * NULL when there is none; 0 or HDRCHECK_ENOMEM.
 */
size_t hdrcheck__copyright_holder(const char *line, size_t len,
                                  const char **holder);
int hdrcheck__copyright_holders(char **out, const hdrcheck__comments *cm);

#endif
