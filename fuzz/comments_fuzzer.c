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
 * Comment extraction and word normalisation: the first input byte picks
 * a built-in type, the rest is the file, from its preamble's end as the
 * classifier does. Every comment line must lie inside the buffer, in file
 * order and within the header window; every word must be a non-empty run
 * of lower-case letters and digits from a comment line.
 */

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "policies/filetypes.h"
#include "policies/header.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_comments(const hdrcheck__comments *c, const char *buf,
                           size_t len, size_t start, unsigned int first_line)
{
	size_t i;

	if ((c->count && c->blocks == 0) || (!c->count && c->blocks))
		__builtin_trap();
	for (i = 0; i < c->count; i++) {
		const hdrcheck__comment_line *l = &c->lines[i];

		if (l->text < buf + start || l->text > buf + len ||
		    l->len > (size_t)(buf + len - l->text))
			__builtin_trap();
		if (l->line < first_line || l->line > HDRCHECK__WINDOW_LINES ||
		    l->block >= c->blocks)
			__builtin_trap();
		if (i && (l->line < c->lines[i - 1].line ||
		          l->block < c->lines[i - 1].block ||
		          l->text < c->lines[i - 1].text))
			__builtin_trap();
		/* a line never spans a line break */
		if (memchr(l->text, '\n', l->len))
			__builtin_trap();
	}
}

static void check_tokens(const hdrcheck__tokens *t, const hdrcheck__comments *c)
{
	size_t i, k;

	for (i = 0; i < t->count; i++) {
		const hdrcheck__token *w = &t->tokens[i];

		if (!w->len || w->cline >= c->count || w->word < t->text.ptr ||
		    w->word + w->len > t->text.ptr + t->text.len)
			__builtin_trap();
		for (k = 0; k < w->len; k++)
			if (!((w->word[k] >= 'a' && w->word[k] <= 'z') ||
			      (w->word[k] >= '0' && w->word[k] <= '9')))
				__builtin_trap();
		if (i && w->cline < t->tokens[i - 1].cline)
			__builtin_trap();
		/* "https" reads as "http" */
		if (w->len == 5 && memcmp(w->word, "https", 5) == 0)
			__builtin_trap();
	}
}

static void check_template(const hdrcheck__tokens *t)
{
	size_t i, k;

	for (i = 0; i < t->count; i++) {
		const hdrcheck__token *w = &t->tokens[i];

		if (!w->len)
			__builtin_trap();
		if (w->word[0] == '\x01')
			continue;
		for (k = 0; k < w->len; k++)
			if (!((w->word[k] >= 'a' && w->word[k] <= 'z') ||
			      (w->word[k] >= '0' && w->word[k] <= '9')))
				__builtin_trap();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const hdrcheck_language *lang;
	hdrcheck__comments c = {0};
	hdrcheck__tokens t = {0}, again = {0};
	unsigned int first_line = 1;
	size_t len, start;
	char *buf;

	if (size < 1)
		return 0;
	lang = &hdrcheck__languages[data[0] % hdrcheck__languages_count];
	len = size - 1;
	if (len > HDRCHECK__WINDOW_BYTES)
		len = HDRCHECK__WINDOW_BYTES;
	if (!(buf = malloc(len ? len : 1)))
		return 0;
	memcpy(buf, data + 1, len);
	start = hdrcheck__preamble_end(lang, buf, len, &first_line);
	if (hdrcheck__comments_extract(&c, lang, buf, len, start, first_line) ==
	    0) {
		check_comments(&c, buf, len, start, first_line);
		if (hdrcheck__tokens_from_comments(&t, &c) == 0) {
			check_tokens(&t, &c);
			/* a second run over the same comments: same words */
			if (hdrcheck__tokens_from_comments(&again, &c) == 0 &&
			    (again.count != t.count ||
			     again.text.len != t.text.len ||
			     (t.text.len &&
			      memcmp(again.text.ptr, t.text.ptr, t.text.len))))
				__builtin_trap();
		}
	}
	/* words of arbitrary text and of a template (a C string): a
	 * template's words are the text's, but for its placeholders */
	{
		char *s = malloc(len + 1);

		if (s) {
			memcpy(s, buf, len);
			s[len] = '\0';
			if (hdrcheck__tokens_from_template(&t, s) == 0)
				check_template(&t);
			free(s);
		}
	}
	hdrcheck__tokens_dispose(&t);
	hdrcheck__tokens_dispose(&again);
	hdrcheck__comments_dispose(&c);
	free(buf);
	return 0;
}
