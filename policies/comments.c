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

int hdrcheck__comments_extract(hdrcheck__comments *out,
			       const hdrcheck_language *lang, const char *buf,
			       size_t len, size_t start,
			       unsigned int first_line)
{
	const hdrcheck_block_comment *in_block = NULL;
	const char *p = buf + start, *end = buf + len;
	unsigned int line = first_line, block = 0;
	size_t prev_marker = 0; /* marker length of the previous line comment */
	int started = 0, error = 0;

	out->count = 0;
	out->blocks = 0;
	out->ended_by_code = 0;

	while (p < end && line <= HDRCHECK__WINDOW_LINES) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *le = nl ? nl : end, *s = p;

		if (in_block) {
			const char *q = find_close(s, le, in_block->close);

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
			if ((b = block_open(lang, s, le)) != NULL) {
				const char *body = s + strlen(b->open);
				const char *q = find_close(body, le, b->close);

				block = started ? block + 1 : block;
				started = 1;
				prev_marker = 0;
				if (!q) {
					in_block = b;
					if ((error = push_line(
						     out, body,
						     (size_t)(le - body), line,
						     block)) < 0)
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
			/* code: the leading comment run ends here */
			out->ended_by_code = 1;
			goto done;
		}
	next:
		if (!nl)
			break;
		p = nl + 1;
		line++;
	}
done:
	out->blocks = started ? block + 1 : 0;
	return error;
}

void hdrcheck__comments_dispose(hdrcheck__comments *c)
{
	free(c->lines);
	memset(c, 0, sizeof(*c));
}
