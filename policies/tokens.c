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

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "policies/header.h"

/* ASCII letters and digits to their lower-case form; everything else to
 * 0, a separator (bytes >= 0x80 included: curly quotes, (c), non-ASCII). */
static const unsigned char fold[256] = {
    ['0'] = '0', ['1'] = '1', ['2'] = '2', ['3'] = '3', ['4'] = '4',
    ['5'] = '5', ['6'] = '6', ['7'] = '7', ['8'] = '8', ['9'] = '9',
    ['a'] = 'a', ['b'] = 'b', ['c'] = 'c', ['d'] = 'd', ['e'] = 'e',
    ['f'] = 'f', ['g'] = 'g', ['h'] = 'h', ['i'] = 'i', ['j'] = 'j',
    ['k'] = 'k', ['l'] = 'l', ['m'] = 'm', ['n'] = 'n', ['o'] = 'o',
    ['p'] = 'p', ['q'] = 'q', ['r'] = 'r', ['s'] = 's', ['t'] = 't',
    ['u'] = 'u', ['v'] = 'v', ['w'] = 'w', ['x'] = 'x', ['y'] = 'y',
    ['z'] = 'z', ['A'] = 'a', ['B'] = 'b', ['C'] = 'c', ['D'] = 'd',
    ['E'] = 'e', ['F'] = 'f', ['G'] = 'g', ['H'] = 'h', ['I'] = 'i',
    ['J'] = 'j', ['K'] = 'k', ['L'] = 'l', ['M'] = 'm', ['N'] = 'n',
    ['O'] = 'o', ['P'] = 'p', ['Q'] = 'q', ['R'] = 'r', ['S'] = 's',
    ['T'] = 't', ['U'] = 'u', ['V'] = 'v', ['W'] = 'w', ['X'] = 'x',
    ['Y'] = 'y', ['Z'] = 'z'};

static int push_token(hdrcheck__tokens *t, size_t off, unsigned int len,
                      unsigned int cline)
{
	hdrcheck__token *tok;

	if (t->count == t->cap) {
		size_t cap = t->cap ? t->cap * 2 : 256;
		hdrcheck__token *p =
		    hdrcheck__realloc(t->tokens, cap * sizeof(*p));

		if (!p)
			return HDRCHECK_ENOMEM;
		t->tokens = p;
		t->cap = cap;
	}
	tok = &t->tokens[t->count++];
	/* word holds an offset until the text buffer stops moving */
	tok->word = (const char *)(uintptr_t)off;
	tok->len = len;
	tok->cline = cline;
	return 0;
}

/* Apply the spelling rules to the token just added (index i). */
static void normalise_last(hdrcheck__tokens *t)
{
	hdrcheck__token *k = &t->tokens[t->count - 1];
	const char *w = t->text.ptr + (uintptr_t)k->word;
	size_t c = t->count;

#define WORD_IS(tok, s)                                                        \
	((tok)->len == sizeof(s) - 1 &&                                        \
	 memcmp(t->text.ptr + (uintptr_t)(tok)->word, s, sizeof(s) - 1) == 0)

	if (w[0] != 'h' && w[0] != 'w' && w[0] != 't')
		return; /* the common case: no rule applies */
	if (k->len == 5 && memcmp(w, "https", 5) == 0) {
		k->len = 4; /* "http" is the prefix of "https" */
		return;
	}
	if ((WORD_IS(k, "txt") || WORD_IS(k, "html") || WORD_IS(k, "htm")) &&
	    c >= 4 && WORD_IS(&t->tokens[c - 2], "0") &&
	    WORD_IS(&t->tokens[c - 3], "2") &&
	    WORD_IS(&t->tokens[c - 4], "license"))
		t->count--;
#undef WORD_IS
}

/* The bytes that can end the lead-in of markup before a word. */
static const unsigned char markup_lead[256] = {
    ['<'] = 1, ['&'] = 1, ['/'] = 1, ['#'] = 1};

size_t hdrcheck__tokens_markup_len(const char *text, size_t len, size_t i)
{
	static const char *const tags[] = {
	    "a",   "b",   "blockquote", "br",  "center", "code", "dd",
	    "div", "dl",  "dt",         "em",  "font",   "hr",   "i",
	    "li",  "ol",  "p",          "pre", "small",  "span", "strong",
	    "sub", "sup", "tt",         "u",   "ul"};
	size_t j = i + 1, k, n, t, c;

	if (text[i] == '&') {
		if (j < len && text[j] == '#')
			j++;
		for (k = j;
		     k < len && k - j < 8 && fold[(unsigned char)text[k]]; k++)
			;
		return k > j && k < len && text[k] == ';' ? k + 1 - i : 0;
	}
	if (text[i] != '<')
		return 0;
	if (j < len && text[j] == '/')
		j++;
	for (k = j; k < len && fold[(unsigned char)text[k]]; k++)
		;
	n = k - j;
	if (!n || (k < len && text[k] != '>' && text[k] != '/' &&
	           text[k] != ' ' && text[k] != '\t'))
		return 0;
	for (t = 0; t < sizeof(tags) / sizeof(tags[0]); t++) {
		if (strlen(tags[t]) != n)
			continue;
		for (c = 0; c < n; c++)
			if (fold[(unsigned char)text[j + c]] != tags[t][c])
				break;
		if (c < n)
			continue;
		/* the tag ends at the next '>' (attributes: href="...") */
		for (; k < len && k - i < 512; k++)
			if (text[k] == '>')
				return k + 1 - i;
		return 0;
	}
	return 0;
}

/* A URL's host may leave out "www.": after "http://" (or "https://"), a
 * host that does not start with "www" reads as if it did, so that
 * "https://apache.org" and "http://www.apache.org" are the same words,
 * while "http.apache.org" (no scheme) lacks one. Returns 1 when the word
 * at text[i, j) is such a scheme. */
static int www_left_out(const hdrcheck__tokens *t, const char *text, size_t len,
                        size_t i, size_t j)
{
	const hdrcheck__token *k = &t->tokens[t->count - 1];
	size_t h = j + 3;

	if (k->len != 4 ||
	    memcmp(t->text.ptr + (uintptr_t)k->word, "http", 4) != 0 ||
	    j - i > 5 || len - j < 4 || memcmp(text + j, "://", 3) != 0 ||
	    !fold[(unsigned char)text[h]])
		return 0;
	return !(len - h >= 3 && fold[(unsigned char)text[h]] == 'w' &&
	         fold[(unsigned char)text[h + 1]] == 'w' &&
	         fold[(unsigned char)text[h + 2]] == 'w' &&
	         (len - h == 3 || !fold[(unsigned char)text[h + 3]]));
}

/* A URL may leave out its scheme: "www.apache.org/licenses/LICENSE-2.0"
 * (ARM's CMSIS headers write it so) is the same address as
 * "http://www.apache.org/...", so a "www." host right after a blank (not
 * after "://", nor a damaged "http//") reads as if "http://" preceded
 * it. Returns 1 when text[i] starts such a host. */
static int scheme_left_out(const char *text, size_t len, size_t i)
{
	if ((text[i] | 0x20) != 'w' || len - i < 5 ||
	    fold[(unsigned char)text[i + 1]] != 'w' ||
	    fold[(unsigned char)text[i + 2]] != 'w' || text[i + 3] != '.' ||
	    !fold[(unsigned char)text[i + 4]])
		return 0;
	return i == 0 || text[i - 1] == ' ' || text[i - 1] == '\t' ||
	       text[i - 1] == '(' || text[i - 1] == '<';
}

static int push_scheme(hdrcheck__tokens *t, size_t rest, unsigned int cline)
{
	size_t off;
	int error;

	/* "http" is beyond the room tokens_add made for the line: make it
	 * again for the rest of the line (rest bytes), and these 5 */
	if ((error = hdrcheck__buf_grow(&t->text, 5 + rest + rest / 2 + 1)) < 0)
		return error;
	off = t->text.len;
	memcpy(t->text.ptr + off, "http", 5);
	t->text.len += 5;
	return push_token(t, off, 4, cline);
}

static int tokens_add(hdrcheck__tokens *t, const char *text, size_t len,
                      unsigned int cline)
{
	size_t i = 0, j;
	int error = 0;
	/* words are stored as offsets while the buffer may move; see
	 * resolve(). A word takes at most its length + 1 bytes, and a "www"
	 * put in (www_left_out) 4 more for the 8 bytes of "http://x" at
	 * least: grow once. */
	if ((error = hdrcheck__buf_grow(&t->text, len + len / 2 + 1)) < 0)
		return error;
	while (i < len) {
		size_t off;
		char *dst;

		while (i < len && !fold[(unsigned char)text[i]])
			i++;
		if (i == len)
			break;
		/* a word right after "<", "</", "&" or "&#" may be markup:
		 * checked per word, not per separator, to stay cheap */
		if (i && markup_lead[(unsigned char)text[i - 1]]) {
			size_t at = text[i - 1] == '<' || text[i - 1] == '&'
			                ? i - 1
			                : i - 2;
			size_t m =
			    i >= 2 || at == i - 1
			        ? hdrcheck__tokens_markup_len(text, len, at)
			        : 0;

			if (m) {
				i = at + m;
				continue;
			}
		}
		if (scheme_left_out(text, len, i) &&
		    (error = push_scheme(t, len - i, cline)) < 0)
			return error;
		off = t->text.len;
		dst = t->text.ptr + off;
		for (j = i; j < len && fold[(unsigned char)text[j]]; j++)
			*dst++ = (char)fold[(unsigned char)text[j]];
		*dst = '\0';
		t->text.len += j - i + 1;
		if ((error = push_token(t, off, (unsigned int)(j - i), cline)) <
		    0)
			return error;
		normalise_last(t);
		if (www_left_out(t, text, len, i, j)) {
			off = t->text.len;
			memcpy(t->text.ptr + off, "www", 4);
			t->text.len += 4;
			if ((error = push_token(t, off, 3, cline)) < 0)
				return error;
		}
		i = j;
	}
	return 0;
}

/* Turn stored offsets into pointers once the text buffer is complete. */
static void resolve(hdrcheck__tokens *t, size_t from)
{
	size_t i;

	for (i = from; i < t->count; i++)
		t->tokens[i].word = t->text.ptr + (uintptr_t)t->tokens[i].word;
}

int hdrcheck__tokens_from_comments(hdrcheck__tokens *t,
                                   const hdrcheck__comments *c)
{
	size_t i;
	int error = 0;

	hdrcheck__tokens_clear(t);
	for (i = 0; i < c->count; i++)
		if ((error = tokens_add(t, c->lines[i].text, c->lines[i].len,
		                        (unsigned int)i)) < 0)
			return error;
	resolve(t, 0);
	return 0;
}

void hdrcheck__tokens_clear(hdrcheck__tokens *t)
{
	t->count = 0;
	hdrcheck__buf_clear(&t->text);
}

void hdrcheck__tokens_dispose(hdrcheck__tokens *t)
{
	free(t->tokens);
	hdrcheck__buf_dispose(&t->text);
	memset(t, 0, sizeof(*t));
}

int hdrcheck__tokens_match_at(const hdrcheck__tokens *t, size_t at,
                              const hdrcheck__tokens *phrase)
{
	size_t i;

	if (at > t->count || t->count - at < phrase->count)
		return 0;
	for (i = 0; i < phrase->count; i++) {
		const hdrcheck__token *a = &t->tokens[at + i],
		                      *b = &phrase->tokens[i];

		if (a->len != b->len || memcmp(a->word, b->word, a->len) != 0)
			return 0;
	}
	return 1;
}

size_t hdrcheck__tokens_find(const hdrcheck__tokens *t, size_t from,
                             const hdrcheck__tokens *phrase)
{
	size_t i;

	if (!phrase->count)
		return SIZE_MAX;
	for (i = from; i + phrase->count <= t->count; i++)
		if (hdrcheck__tokens_match_at(t, i, phrase))
			return i;
	return SIZE_MAX;
}

int hdrcheck__tokens_from_text(hdrcheck__tokens *t, const char *text)
{
	int error;

	hdrcheck__tokens_clear(t);
	if ((error = tokens_add(t, text, strlen(text), 0)) < 0)
		return error;
	resolve(t, 0);
	return 0;
}

int hdrcheck__tokens_from_template(hdrcheck__tokens *t, const char *text)
{
	static const char *const marks[] = {"{year}", "{holder}"};
	static const char *const words[] = {HDRCHECK__TOKEN_YEAR,
	                                    HDRCHECK__TOKEN_HOLDER};
	const char *p = text, *q;
	int error = 0;

	hdrcheck__tokens_clear(t);
	while (*p) {
		const char *next = NULL;
		size_t k, which = 0;

		/* the next '{' that starts a mark: one pass over the text
		 * (a strstr per mark from every mark would be quadratic on a
		 * header made of marks) */
		for (q = p; !next && (q = strchr(q, '{')) != NULL; q++)
			for (k = 0; k < 2 && !next; k++)
				if (!strncmp(q, marks[k], strlen(marks[k]))) {
					next = q;
					which = k;
				}
		if (!next) {
			error = tokens_add(t, p, strlen(p), 0);
			break;
		}
		if ((error = tokens_add(t, p, (size_t)(next - p), 0)) < 0)
			return error;
		{
			size_t off = t->text.len, n = strlen(words[which]);

			if ((error = hdrcheck__buf_put(&t->text, words[which],
			                               n + 1)) < 0 ||
			    (error = push_token(t, off, (unsigned int)n, 0)) <
			        0)
				return error;
		}
		p = next + strlen(marks[which]);
	}
	if (error < 0)
		return error;
	resolve(t, 0);
	return 0;
}
