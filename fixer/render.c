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
 * Rendering a header: the text a policy asks for, in the comment style of
 * a file type. Pure functions of their arguments; nothing here touches a
 * file.
 */

#include <string.h>
#include "fixer/fixer.h"
#include "policies/config.h"

/* The width license texts without line breaks of their own are wrapped
 * to (the decoration comes on top). */
#define WRAP_COLUMNS 72

/* The APPENDIX notice, broken as the Apache License's appendix shows it.
 * tests/fixer/render.c checks that its words are the template's. */
const char hdrcheck__fix_apache_text[] =
    "Licensed under the Apache License, Version 2.0 (the \"License\");\n"
    "you may not use this file except in compliance with the License.\n"
    "You may obtain a copy of the License at\n"
    "\n"
    "    http://www.apache.org/licenses/LICENSE-2.0\n"
    "\n"
    "Unless required by applicable law or agreed to in writing, software\n"
    "distributed under the License is distributed on an \"AS IS\" BASIS,\n"
    "WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or "
    "implied.\n"
    "See the License for the specific language governing permissions and\n"
    "limitations under the License.";

/* Types whose communities write their license headers in "//" lines even
 * though slash-star blocks exist (Go's build constraints may follow only
 * line comments). */
static const char *const prefer_line[] = {"Go", "Rust", "Swift", "Dart"};

/* Markers chosen over a type's first one: a batch file echoes a plain
 * REM line run before "@echo off"; "@REM" is never echoed. */
static const char *const prefer_marker[][2] = {{"Batch", "@REM"}};

int hdrcheck__fix_style_for(hdrcheck__fix_style *out,
                            const hdrcheck_language *lang)
{
	const hdrcheck_block_comment *c_block = NULL, *b;
	const char *first_line = NULL;
	size_t i;

	memset(out, 0, sizeof(*out));
	if (!lang || lang->no_comments)
		return 1;
	if (lang->line_comments && lang->line_comments[0])
		first_line = lang->line_comments[0];
	for (b = lang->block_comments; b && b->open; b++)
		if (strcmp(b->open, "/*") == 0 && strcmp(b->close, "*/") == 0)
			c_block = b;
	if (c_block && (!first_line || strcmp(first_line, "//") == 0)) {
		int block = 1;

		for (i = 0; i < HDRCHECK__ARRAY_SIZE(prefer_line); i++)
			if (strcmp(lang->name, prefer_line[i]) == 0)
				block = !first_line;
		if (block) {
			out->open = c_block->open;
			out->close = c_block->close;
			return 0;
		}
	}
	if (first_line) {
		out->line = first_line;
		for (i = 0; i < HDRCHECK__ARRAY_SIZE(prefer_marker); i++) {
			const char *const *m;

			if (strcmp(lang->name, prefer_marker[i][0]) != 0)
				continue;
			for (m = lang->line_comments; *m; m++)
				if (strcmp(*m, prefer_marker[i][1]) == 0)
					out->line = *m;
		}
		return 0;
	}
	if (lang->block_comments && lang->block_comments[0].open) {
		out->open = lang->block_comments[0].open;
		out->close = lang->block_comments[0].close;
		return 0;
	}
	return 1;
}

/* The longest of lang's line markers that opens the line at s as a
 * comment, or NULL. */
static const char *own_marker(const hdrcheck_language *lang, const char *s,
                              const char *e)
{
	const char *const *m, *best = NULL;
	size_t bn = 0;

	for (m = lang->line_comments; *m; m++) {
		size_t n = strlen(*m);

		if (n <= bn || (size_t)(e - s) < n || memcmp(s, *m, n) != 0)
			continue;
		if (s + n < e && s[n] != ' ' && s[n] != '\t' && s[n] != '\r' &&
		    s[n] != (*m)[n - 1])
			continue;
		best = *m;
		bn = n;
	}
	return best;
}

/* How many lines of a file are looked at for its own comment marker. */
#define OWN_MARKER_LINES 64

int hdrcheck__fix_style_of_file(hdrcheck__fix_style *out,
                                const hdrcheck_language *lang, const char *buf,
                                size_t len)
{
	const char *p = buf, *end = buf + len, *m;
	size_t i;
	int rc;

	if ((rc = hdrcheck__fix_style_for(out, lang)) != 0 || !out->line ||
	    !lang->line_comments[1])
		return rc;
	for (i = 0; i < HDRCHECK__ARRAY_SIZE(prefer_marker); i++)
		if (strcmp(lang->name, prefer_marker[i][0]) == 0)
			return 0;
	for (i = 0; p < end && i < OWN_MARKER_LINES; i++) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *e = nl ? nl : end, *s = p;

		p = nl ? nl + 1 : end;
		if (i == 0 && e - s >= 2 && s[0] == '#' && s[1] == '!')
			continue;
		while (s < e && (*s == ' ' || *s == '\t'))
			s++;
		if ((m = own_marker(lang, s, e)) != NULL) {
			out->line = m;
			break;
		}
	}
	return 0;
}

static const char *find(const char *s, size_t n, const char *needle)
{
	size_t k = strlen(needle), i;

	for (i = 0; k && i + k <= n; i++)
		if (memcmp(s + i, needle, k) == 0)
			return s + i;
	return NULL;
}

int hdrcheck__fix_render(hdrcheck_buf *out, const hdrcheck__fix_style *s,
                         const char *text, size_t len, const char *eol,
                         int final_eol, const char **why)
{
	int c_style = !s->line && strcmp(s->open, "/*") == 0;
	size_t at = 0;
	int error = 0;

	if (!s->line &&
	    (error = hdrcheck__buf_printf(out, "%s%s", s->open, eol)) < 0)
		return error;
	while (at <= len) {
		const char *nl = memchr(text + at, '\n', len - at);
		size_t e = nl ? (size_t)(nl - text) : len, n = e - at;
		const char *line = text + at;
		int last = !nl;

		/* trailing blanks (and a CR of CRLF text) never reach the
		 * file */
		while (n && (line[n - 1] == ' ' || line[n - 1] == '\t' ||
		             line[n - 1] == '\r'))
			n--;
		if (s->line && s->close &&
		    (find(line, n, s->close) || find(line, n, s->line))) {
			*why = "a line of the header holds a comment "
			       "delimiter";
			return 1;
		}
		if (!s->line &&
		    (find(line, n, s->close) || find(line, n, s->open) ||
		     (strcmp(s->open, "<!--") == 0 && find(line, n, "--")))) {
			*why = strcmp(s->open, "<!--") == 0
			           ? "a line of the header holds \"--\", "
			             "which an XML comment cannot hold"
			           : "a line of the header holds a comment "
			             "delimiter";
			return 1;
		}
		if (s->line && s->close)
			error =
			    n ? hdrcheck__buf_printf(out, "%s %.*s %s", s->line,
			                             (int)n, line, s->close)
			      : hdrcheck__buf_printf(out, "%s %s", s->line,
			                             s->close);
		else if (s->line)
			error = n ? hdrcheck__buf_printf(out, "%s %.*s",
			                                 s->line, (int)n, line)
			          : hdrcheck__buf_puts(out, s->line);
		else if (c_style)
			error = n ? hdrcheck__buf_printf(out, " * %.*s", (int)n,
			                                 line)
			          : hdrcheck__buf_puts(out, " *");
		else if (n)
			error =
			    hdrcheck__buf_printf(out, "  %.*s", (int)n, line);
		if (error < 0)
			return error;
		if ((!last || !s->line || final_eol) &&
		    (error = hdrcheck__buf_puts(out, eol)) < 0)
			return error;
		if (last)
			break;
		at = e + 1;
	}
	if (!s->line) {
		if ((error = hdrcheck__buf_puts(out, c_style ? " " : "")) < 0 ||
		    (error = hdrcheck__buf_puts(out, s->close)) < 0 ||
		    (final_eol && (error = hdrcheck__buf_puts(out, eol)) < 0))
			return error;
	}
	return 0;
}

static int is_copyright_text(const char *s, size_t n)
{
	static const char *const marks[] = {"copyright", "(c)",
	                                    "spdx-filecopyrighttext:"};
	size_t i, k;

	while (n && (*s == ' ' || *s == '\t')) {
		s++;
		n--;
	}
	if (n >= 2 && (unsigned char)s[0] == 0xC2 &&
	    (unsigned char)s[1] == 0xA9)
		return 1;
	for (i = 0; i < HDRCHECK__ARRAY_SIZE(marks); i++) {
		size_t m = strlen(marks[i]);

		if (n < m)
			continue;
		for (k = 0; k < m; k++) {
			char c = s[k];

			if (c >= 'A' && c <= 'Z')
				c = (char)(c - 'A' + 'a');
			if (c != marks[i][k])
				break;
		}
		if (k == m)
			return 1;
	}
	return 0;
}

/* Append s with {year} and {holder} filled in. */
static int put_filled(hdrcheck_buf *out, const char *s, size_t n, int year,
                      const char *holder, const char **why)
{
	size_t i = 0;
	int error = 0;

	while (i < n && error >= 0) {
		if (n - i >= 6 && memcmp(s + i, "{year}", 6) == 0) {
			error = hdrcheck__buf_printf(out, "%d", year);
			i += 6;
		} else if (n - i >= 8 && memcmp(s + i, "{holder}", 8) == 0) {
			if (!holder) {
				*why = "the policy's header uses {holder} but "
				       "names no holder (copyright.holder)";
				return 1;
			}
			error = hdrcheck__buf_puts(out, holder);
			i += 8;
		} else {
			error = hdrcheck__buf_put(out, s + i, 1);
			i++;
		}
	}
	return error;
}

/* The policy's own header; without its copyright lines unless
 * with_copyright. */
static int custom_text(hdrcheck_buf *out, const hdrcheck__fix_facts *f,
                       int year, int with_copyright, const char **why)
{
	const char *s = f->header;
	size_t n = strlen(s), at = 0, blanks = 0, start = out->len;
	int error = 0, started = 0;

	while (at < n) {
		const char *nl = memchr(s + at, '\n', n - at);
		size_t e = nl ? (size_t)(nl - s) : n, k = e - at;

		while (k && (s[at + k - 1] == ' ' || s[at + k - 1] == '\t' ||
		             s[at + k - 1] == '\r'))
			k--;
		if (!with_copyright && is_copyright_text(s + at, k)) {
			at = e + 1;
			continue;
		}
		if (!k) {
			blanks += started;
		} else {
			/* blank lines inside the text, never at its ends */
			for (; blanks; blanks--)
				if ((error = hdrcheck__buf_puts(out, "\n")) < 0)
					return error;
			if (started &&
			    (error = hdrcheck__buf_puts(out, "\n")) < 0)
				return error;
			if ((error = put_filled(out, s + at, k, year, f->holder,
			                        why)) != 0)
				return error;
			started = 1;
		}
		at = e + 1;
	}
	if (f->spdx == HDRCHECK__SPDX_REQUIRE &&
	    !find(out->ptr ? out->ptr + start : "", out->len - start,
	          "SPDX-License-Identifier:"))
		error =
		    hdrcheck__buf_printf(out, "%sSPDX-License-Identifier: %s",
		                         started ? "\n\n" : "", f->license);
	return error;
}

/* Append words of text, wrapped at WRAP_COLUMNS. */
static int put_wrapped(hdrcheck_buf *out, const char *text)
{
	size_t col = 0;
	int error = 0;

	while (*text && error >= 0) {
		size_t n;

		while (*text == ' ')
			text++;
		for (n = 0; text[n] && text[n] != ' '; n++)
			;
		if (!n)
			break;
		if (col && col + 1 + n > WRAP_COLUMNS) {
			error = hdrcheck__buf_puts(out, "\n");
			col = 0;
		} else if (col) {
			error = hdrcheck__buf_puts(out, " ");
			col++;
		}
		if (error >= 0)
			error = hdrcheck__buf_put(out, text, n);
		col += n;
		text += n;
	}
	return error;
}

/* The built-in text of the rule's license, or NULL. */
static const char *license_text(const hdrcheck__fix_facts *f, int *wrap)
{
	size_t i;

	*wrap = 0;
	if (!f->builtin)
		return NULL;
	for (i = 0; i < hdrcheck__licenses_count; i++) {
		const hdrcheck__license_def *d = &hdrcheck__licenses[i];

		if (strcmp(d->spdx, f->builtin->spdx) != 0)
			continue;
		if (!d->forms)
			return hdrcheck__fix_apache_text;
		*wrap = 1;
		return d->forms[0];
	}
	return NULL;
}

int hdrcheck__fix_header_text(hdrcheck_buf *out, const hdrcheck__fix_facts *f,
                              int year, int with_copyright, const char **why)
{
	const char *text;
	int wrap, error = 0, lines = 0;

	if (f->header)
		return custom_text(out, f, year, with_copyright, why);
	text = license_text(f, &wrap);
	if (with_copyright && f->holder) {
		if ((error = hdrcheck__buf_printf(out, "Copyright %d %s", year,
		                                  f->holder)) < 0)
			return error;
		lines++;
	} else if (with_copyright &&
	           (f->copyright_required || f->holder_pattern)) {
		*why = "the policy requires a copyright line but names no "
		       "holder (copyright.holder)";
		return 1;
	}
	if (f->spdx == HDRCHECK__SPDX_REQUIRE ||
	    (!text && f->spdx != HDRCHECK__SPDX_REJECT)) {
		if ((error = hdrcheck__buf_printf(
		         out, "%sSPDX-License-Identifier: %s",
		         lines ? "\n" : "", f->license)) < 0)
			return error;
		lines++;
	}
	if (!text) {
		if (!lines) {
			*why = "the license has no built-in text and the "
			       "policy gives no header";
			return 1;
		}
		return 0;
	}
	if (lines && (error = hdrcheck__buf_puts(out, "\n\n")) < 0)
		return error;
	return wrap ? put_wrapped(out, text) : hdrcheck__buf_puts(out, text);
}
