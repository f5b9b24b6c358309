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

#include <string.h>
#include "policies/header.h"

/* End of the line starting at off: the offset just past its '\n' (or len). */
static size_t line_end(const char *buf, size_t len, size_t off)
{
	const char *nl = memchr(buf + off, '\n', len - off);

	return nl ? (size_t)(nl - buf) + 1 : len;
}

static int starts_with(const char *buf, size_t len, size_t off,
                       const char *prefix)
{
	size_t n = strlen(prefix);

	return len - off >= n && memcmp(buf + off, prefix, n) == 0;
}

static int starts_with_ci(const char *buf, size_t len, size_t off,
                          const char *prefix)
{
	size_t n = strlen(prefix), i;

	if (len - off < n)
		return 0;
	for (i = 0; i < n; i++) {
		char c = buf[off + i];

		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (c != prefix[i])
			return 0;
	}
	return 1;
}

/* Bounded substring search in buf[off..lim). */
static const char *find(const char *buf, size_t off, size_t lim,
                        const char *needle)
{
	size_t n = strlen(needle);
	const char *p = buf + off, *end = buf + lim;

	while ((size_t)(end - p) >= n) {
		const char *q = memchr(p, needle[0], (size_t)(end - p) - n + 1);

		if (!q)
			return NULL;
		if (memcmp(q, needle, n) == 0)
			return q;
		p = q + 1;
	}
	return NULL;
}

static size_t count_lines(const char *buf, size_t from, size_t to)
{
	size_t n = 0;
	const char *p = buf + from, *end = buf + to;

	while (p < end && (p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
		n++;
		p++;
	}
	return n;
}

static size_t skip_blank_lines(const char *buf, size_t len, size_t off)
{
	for (;;) {
		size_t i = off;

		while (i < len &&
		       (buf[i] == ' ' || buf[i] == '\t' || buf[i] == '\r'))
			i++;
		if (i < len && buf[i] == '\n')
			off = i + 1;
		else
			return off;
	}
}

/* Is the line at off a Python/Ruby magic comment? (PEP 263, Ruby's magic
 * comments.) Only lines 1-2 can be one. */
static int is_magic_comment(const char *buf, size_t len, size_t off)
{
	size_t end = line_end(buf, len, off);

	if (!starts_with(buf, len, off, "#"))
		return 0;
	return find(buf, off, end, "coding:") ||
	       find(buf, off, end, "coding=") ||
	       find(buf, off, end, "frozen_string_literal:") ||
	       find(buf, off, end, "warn_indent:") ||
	       find(buf, off, end, "shareable_constant_value:") ||
	       find(buf, off, end, "-*-") || find(buf, off, end, "vim:");
}

/* "# syntax=...", "# escape=...", "# check=..." before any other line */
static int is_docker_directive(const char *buf, size_t len, size_t off)
{
	static const char *const names[] = {"syntax", "escape", "check"};
	size_t i, j, end = line_end(buf, len, off);

	if (!starts_with(buf, len, off, "#"))
		return 0;
	i = off + 1;
	while (i < end && (buf[i] == ' ' || buf[i] == '\t'))
		i++;
	for (j = 0; j < HDRCHECK__ARRAY_SIZE(names); j++) {
		size_t k = i + strlen(names[j]);

		if (!starts_with_ci(buf, end, i, names[j]))
			continue;
		while (k < end && (buf[k] == ' ' || buf[k] == '\t'))
			k++;
		if (k < end && buf[k] == '=')
			return 1;
	}
	return 0;
}

/* A batch file's opening command: "@echo off" or "setlocal ..." in any
 * case, with or without "@". */
static int is_batch_prologue(const char *buf, size_t len, size_t off)
{
	size_t end = line_end(buf, len, off), i = off, k;

	while (i < end && (buf[i] == ' ' || buf[i] == '\t'))
		i++;
	/* "<# : batch portion": a file that is both a batch file and a
	 * PowerShell script (Maven's mvnw.cmd) opens PowerShell's block
	 * comment on a line cmd takes as a label */
	if (end - i >= 3 && buf[i] == '<' && buf[i + 1] == '#') {
		for (k = i + 2; k < end && (buf[k] == ' ' || buf[k] == '\t');
		     k++)
			;
		return k < end && buf[k] == ':';
	}
	if (i < end && buf[i] == '@')
		i++;
	if (starts_with_ci(buf, end, i, "setlocal"))
		k = i + 8;
	else if (starts_with_ci(buf, end, i, "echo off"))
		k = i + 8;
	else
		return 0;
	/* a word boundary: "setlocal enabledelayedexpansion", "echo off" */
	return k == end || buf[k] == ' ' || buf[k] == '\t' || buf[k] == '\r' ||
	       buf[k] == '\n';
}

/* Past a declaration ending at end: the end of its line when only blanks
 * follow, else right after it, so that a comment on the same line
 * (<?xml ...?><!-- header -->) stays in the window. */
static size_t after_decl(const char *buf, size_t len, size_t end)
{
	size_t le = line_end(buf, len, end), k = end;

	while (k < le && (buf[k] == ' ' || buf[k] == '\t' || buf[k] == '\r' ||
	                  buf[k] == '\n'))
		k++;
	return k == le ? le : end;
}

/* The end of a template's action alone on the line at off ("{{ .decl }}",
 * "{% block prolog %}"), or 0: a template that writes the XML declaration
 * itself puts its action where the declaration goes, and the header comes
 * after it. */
static size_t template_action_line(const char *buf, size_t len, size_t off)
{
	size_t e = line_end(buf, len, off), n = e;
	const char *close;

	while (n > off && (buf[n - 1] == '\n' || buf[n - 1] == '\r' ||
	                   buf[n - 1] == ' ' || buf[n - 1] == '\t'))
		n--;
	if (starts_with(buf, len, off, "{{"))
		close = "}}";
	else if (starts_with(buf, len, off, "{%"))
		close = "%}";
	else
		return 0;
	/* one action: its first closer ends the line */
	if (n < off + 4 || memcmp(buf + n - 2, close, 2) != 0 ||
	    find(buf, off + 2, n, close) != buf + n - 2)
		return 0;
	return e;
}

/* Skip "<!DOCTYPE ...>" (with an optional internal subset) at off. */
static size_t skip_doctype(const char *buf, size_t len, size_t off)
{
	size_t i;
	int bracket = 0;

	if (!starts_with_ci(buf, len, off, "<!doctype"))
		return off;
	for (i = off + 9; i < len; i++) {
		if (buf[i] == '[')
			bracket++;
		else if (buf[i] == ']' && bracket)
			bracket--;
		else if (buf[i] == '>' && !bracket)
			return after_decl(buf, len, i + 1);
	}
	return off; /* unterminated: not a preamble we understand */
}

/* The end of the front matter at off ("---" or "+++" alone on a line, up
 * to the same line, or "..." after "---" unless same_close), or 0 when
 * there is none within the window. */
static size_t front_matter_end(const char *buf, size_t len, size_t off,
                               int same_close)
{
	const char *fence;
	size_t p, lim = len;

	if (!(starts_with(buf, len, off, "---\n") ||
	      starts_with(buf, len, off, "---\r\n") ||
	      starts_with(buf, len, off, "+++\n") ||
	      starts_with(buf, len, off, "+++\r\n")))
		return 0;
	fence = buf[off] == '-' ? "---" : "+++";
	if (lim > HDRCHECK__WINDOW_BYTES)
		lim = HDRCHECK__WINDOW_BYTES;
	for (p = line_end(buf, len, off); p < lim;) {
		size_t e = line_end(buf, len, p), n = e - p;

		while (n && (buf[p + n - 1] == '\n' || buf[p + n - 1] == '\r' ||
		             buf[p + n - 1] == ' '))
			n--;
		if ((n == 3 && memcmp(buf + p, fence, 3) == 0) ||
		    (n == 3 && fence[0] == '-' && !same_close &&
		     memcmp(buf + p, "...", 3) == 0))
			return e;
		p = e;
	}
	return 0;
}

/* The line (or, when it opens one of the type's block comments, the
 * comment) at off that the type wants first: past it, or off. */
static size_t skip_first(const hdrcheck_language *lang, const char *buf,
                         size_t len, size_t off, unsigned int *lineno)
{
	const hdrcheck_block_comment *b;
	const char *const *f, *q;
	size_t e;

	for (f = lang->first_lines; *f; f++)
		if (starts_with_ci(buf, len, off, *f))
			break;
	if (!*f)
		return off;
	e = line_end(buf, len, off);
	for (b = lang->block_comments; b && b->open; b++) {
		size_t n = strlen(b->open);

		if (strncmp(*f, b->open, n) != 0)
			continue;
		/* the first close ends it, as dub reads its recipe */
		if ((q = find(buf, off + n, len, b->close)) != NULL)
			e = after_decl(buf, len,
			               (size_t)(q - buf) + strlen(b->close));
		break;
	}
	*lineno += (unsigned)count_lines(buf, off, e);
	return e;
}

/* Does a "#" comment line of buf[off, e) (YAML's, TOML's) hold
 * "Licensed": a license header written in the front matter's own
 * comments (a Quarto or R Markdown page's)? */
static int front_matter_comment_license(const char *buf, size_t off, size_t e)
{
	while (off < e) {
		const char *nl = memchr(buf + off, '\n', e - off);
		size_t le = nl ? (size_t)(nl - buf) : e, i = off;

		while (i < le && (buf[i] == ' ' || buf[i] == '\t'))
			i++;
		if (i < le && buf[i] == '#' && find(buf, i, le, "Licensed "))
			return 1;
		off = le + 1;
	}
	return 0;
}

size_t hdrcheck__front_matter_header(const char *buf, size_t len, size_t off)
{
	/* read as a delimited comment block: the opening line closes it */
	size_t e = front_matter_end(buf, len, off, 1);

	if (!e || !(find(buf, off, e, "SPDX-License-Identifier:") ||
	            front_matter_comment_license(buf, off, e)))
		return 0;
	return e;
}

size_t hdrcheck__preamble_end(const hdrcheck_language *lang, const char *buf,
                              size_t len, unsigned int *line)
{
	unsigned int pre = lang ? lang->preambles : 0;
	size_t off = 0, start;
	unsigned int lineno = 1, i;

	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		off = 3;
	start = off;

	/* A shebang is never a header, whatever the type: "#![" is Rust. */
	if (starts_with(buf, len, off, "#!") &&
	    !starts_with(buf, len, off, "#![")) {
		off = line_end(buf, len, off);
		lineno++;
	}

	/* what the type wants first, after a shebang (Cabal's
	 * "cabal-version:" line, a dub recipe comment): the header follows */
	if (lang && lang->first_lines)
		off = skip_first(lang, buf, len, off, &lineno);

	if (pre & HDRCHECK_PRE_MAGIC) {
		/* only lines 1 and 2 can carry a magic comment */
		for (i = 0; i < 2 && lineno <= 2; i++) {
			if (!is_magic_comment(buf, len, off))
				break;
			off = line_end(buf, len, off);
			lineno++;
		}
	}

	if (pre & HDRCHECK_PRE_DOCKER) {
		while (off < len && is_docker_directive(buf, len, off)) {
			off = line_end(buf, len, off);
			lineno++;
		}
	}

	if (pre & HDRCHECK_PRE_FRONT_MATTER && off == start) {
		size_t e = front_matter_end(buf, len, off, 0);

		/* front matter that states a license is the header */
		if (e && !hdrcheck__front_matter_header(buf, len, off)) {
			lineno += (unsigned)count_lines(buf, off, e);
			off = e;
		}
	}

	if (pre & HDRCHECK_PRE_XML) {
		size_t p = skip_blank_lines(buf, len, off);

		size_t t = off == start ? template_action_line(buf, len, p) : 0;

		if (starts_with(buf, len, p, "<?xml")) {
			const char *q = find(buf, p, len, "?>");

			if (q) {
				size_t e =
				    after_decl(buf, len, (size_t)(q - buf) + 2);

				lineno += (unsigned)count_lines(buf, off, e);
				off = e;
			}
		} else if (t) {
			lineno += (unsigned)count_lines(buf, off, t);
			off = t;
		}
	}

	if (pre & HDRCHECK_PRE_DOCTYPE) {
		size_t p = skip_blank_lines(buf, len, off);
		size_t e = skip_doctype(buf, len, p);

		if (e != p) {
			lineno += (unsigned)count_lines(buf, off, e);
			off = e;
		}
	}

	/* processing instructions after the prolog's declarations
	 * (<?xml-stylesheet ...?>): the header comes after them */
	while (pre & HDRCHECK_PRE_XML) {
		size_t p = skip_blank_lines(buf, len, off);
		const char *q;
		size_t e;

		if (!starts_with(buf, len, p, "<?") ||
		    starts_with_ci(buf, len, p, "<?php") ||
		    !(q = find(buf, p, len, "?>")))
			break;
		e = after_decl(buf, len, (size_t)(q - buf) + 2);
		lineno += (unsigned)count_lines(buf, off, e);
		off = e;
	}

	if (pre & HDRCHECK_PRE_PHP) {
		size_t p = skip_blank_lines(buf, len, off);

		if (starts_with_ci(buf, len, p, "<?php")) {
			/* the rest of the "<?php" line may hold the header
			 * start; only consume it when blank */
			size_t e = after_decl(buf, len, p + 5);

			lineno += (unsigned)count_lines(buf, off, e);
			off = e;
			/* declare(strict_types=1); must be the first
			 * statement; the header may follow it, on its line
			 * or the next */
			p = skip_blank_lines(buf, len, off);
			while (p < len && (buf[p] == ' ' || buf[p] == '\t'))
				p++;
			if (starts_with_ci(buf, len, p, "declare(")) {
				const char *semi =
				    find(buf, p, line_end(buf, len, p), ";");

				e = semi ? after_decl(buf, len,
				                      (size_t)(semi - buf) + 1)
				         : line_end(buf, len, p);
				lineno += (unsigned)count_lines(buf, off, e);
				off = e;
			}
		}
	}

	if (pre & HDRCHECK_PRE_BATCH) {
		/* "@echo off" first: a header above it would be echoed, so
		 * the header goes after it (and after "setlocal") */
		for (;;) {
			size_t p = skip_blank_lines(buf, len, off), e;

			if (p >= len || !is_batch_prologue(buf, len, p))
				break;
			e = line_end(buf, len, p);
			lineno += (unsigned)count_lines(buf, off, e);
			off = e;
		}
	}

	if (pre & HDRCHECK_PRE_STARTUML && off == start &&
	    starts_with_ci(buf, len, off, "@startuml")) {
		/* text before @startuml is not part of the diagram: the
		 * header is a comment inside it */
		off = line_end(buf, len, off);
		lineno++;
	}

	*line = lineno;
	return off;
}
