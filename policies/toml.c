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
 * The TOML subset of REUSE.toml (policies/toml.h), read by recursive
 * descent over a byte buffer with line and column kept for every error.
 * The rules are TOML 1.0's, so a file this parser accepts means what any
 * TOML reader says it means; what it does not support it names.
 */

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "common.h"
#include "policies/toml.h"

/* arrays inside arrays, at most */
#define MAX_DEPTH 32

typedef struct {
	const char *source;
	const char *s;
	size_t n, i;
	unsigned int line;
	size_t line_start;
	hdrcheck__toml *doc;
	hdrcheck__toml_table *cur;
} parser;

static unsigned int column(const parser *p, size_t at)
{
	return (unsigned int)(at - p->line_start + 1);
}

static int fail_at(const parser *p, unsigned int line, unsigned int col,
                   const char *fmt, ...) HDRCHECK__PRINTF(4, 5);

static int fail_at(const parser *p, unsigned int line, unsigned int col,
                   const char *fmt, ...)
{
	char msg[256];
	va_list ap;
	size_t k;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	/* one line, whatever a quoted key held */
	for (k = 0; msg[k]; k++)
		if ((unsigned char)msg[k] < 0x20 || msg[k] == 0x7F)
			msg[k] = '?';
	return hdrcheck__error_set(HDRCHECK_EINVAL, "%s:%u:%u: %s", p->source,
	                           line, col, msg);
}

#define FAIL(p, ...) fail_at((p), (p)->line, column((p), (p)->i), __VA_ARGS__)

static int at_end(const parser *p)
{
	return p->i >= p->n;
}

static int peek(const parser *p, size_t k)
{
	return p->i + k < p->n ? (unsigned char)p->s[p->i + k] : -1;
}

static void skip_ws(parser *p)
{
	while (!at_end(p) && (p->s[p->i] == ' ' || p->s[p->i] == '\t'))
		p->i++;
}

/* A newline at i: its length (LF or CRLF), else 0. */
static size_t newline_at(const parser *p, size_t i)
{
	if (i < p->n && p->s[i] == '\n')
		return 1;
	if (i + 1 < p->n && p->s[i] == '\r' && p->s[i + 1] == '\n')
		return 2;
	return 0;
}

static void take_newline(parser *p, size_t nl)
{
	p->i += nl;
	p->line++;
	p->line_start = p->i;
}

/* A comment runs to the end of the line; control characters other than
 * tab are not allowed in it. */
static int skip_comment(parser *p)
{
	if (at_end(p) || p->s[p->i] != '#')
		return 0;
	for (p->i++; !at_end(p) && !newline_at(p, p->i); p->i++) {
		unsigned char c = (unsigned char)p->s[p->i];

		if ((c < 0x20 && c != '\t') || c == 0x7F)
			return FAIL(p, "control character 0x%02X in a comment",
			            c);
	}
	return 0;
}

/* After a key/value pair or a header: blanks, a comment, then the end of
 * the line or of the file. */
static int end_of_line(parser *p)
{
	size_t nl;
	int error;

	skip_ws(p);
	if ((error = skip_comment(p)) < 0)
		return error;
	if (at_end(p))
		return 0;
	if ((nl = newline_at(p, p->i)) == 0)
		return p->s[p->i] == '\r'
		           ? FAIL(p, "a carriage return must be followed by a "
		                     "line feed")
		           : FAIL(p,
		                  "expected the end of the line, found "
		                  "'%c'",
		                  p->s[p->i]);
	take_newline(p, nl);
	return 0;
}

/* Blanks, comments and newlines (inside an array). */
static int skip_space(parser *p)
{
	size_t nl;
	int error;

	for (;;) {
		skip_ws(p);
		if ((error = skip_comment(p)) < 0)
			return error;
		if ((nl = newline_at(p, p->i)) == 0)
			return 0;
		take_newline(p, nl);
	}
}

static int put_utf8(hdrcheck_buf *b, unsigned long cp)
{
	char u[4];
	size_t n;

	if (cp < 0x80) {
		u[0] = (char)cp;
		n = 1;
	} else if (cp < 0x800) {
		u[0] = (char)(0xC0 | (cp >> 6));
		u[1] = (char)(0x80 | (cp & 0x3F));
		n = 2;
	} else if (cp < 0x10000) {
		u[0] = (char)(0xE0 | (cp >> 12));
		u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		u[2] = (char)(0x80 | (cp & 0x3F));
		n = 3;
	} else {
		u[0] = (char)(0xF0 | (cp >> 18));
		u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
		u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
		u[3] = (char)(0x80 | (cp & 0x3F));
		n = 4;
	}
	return hdrcheck__buf_put(b, u, n);
}

/* The escape after a backslash at p->i (basic strings). */
static int escape(parser *p, hdrcheck_buf *b)
{
	unsigned long cp = 0;
	size_t k, digits;
	int c = peek(p, 1), h;
	const char *simple = NULL;

	switch (c) {
	case 'b':
		simple = "\b";
		break;
	case 't':
		simple = "\t";
		break;
	case 'n':
		simple = "\n";
		break;
	case 'f':
		simple = "\f";
		break;
	case 'r':
		simple = "\r";
		break;
	case '"':
		simple = "\"";
		break;
	case '\\':
		simple = "\\";
		break;
	case 'u':
		digits = 4;
		break;
	case 'U':
		digits = 8;
		break;
	default:
		return c < 0x21 || c >= 0x7F
		           ? FAIL(p, "invalid escape sequence")
		           : FAIL(p, "invalid escape sequence \\%c", c);
	}
	if (simple) {
		p->i += 2;
		return hdrcheck__buf_put(b, simple, 1);
	}
	for (k = 0; k < digits; k++) {
		if ((h = hdrcheck__hex_digit(peek(p, 2 + k))) < 0)
			return FAIL(p, "\\%c needs %zu hexadecimal digits", c,
			            digits);
		cp = cp * 16 + (unsigned long)h;
	}
	if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		return FAIL(p, "\\%c escape is not a Unicode scalar value", c);
	if (cp == 0)
		return FAIL(p, "a NUL character is not allowed in a string");
	p->i += 2 + digits;
	return put_utf8(b, cp);
}

/*
 * A string at p->i (its opening quote). multi: the string may be
 * multi-line (keys may not).
 */
static int string(parser *p, int multi, char **out, size_t *out_len)
{
	hdrcheck_buf b = HDRCHECK_BUF_INIT;
	char q = p->s[p->i];
	int literal = q == '\'', ml = 0, error = 0;
	unsigned int line = p->line, col = column(p, p->i);
	size_t nl;

	if (peek(p, 1) == q && peek(p, 2) == q) {
		if (!multi) {
			error = FAIL(p, "a multi-line string cannot be a key");
			goto done;
		}
		ml = 1;
		p->i += 3;
		/* a newline right after the opening delimiter is trimmed */
		if ((nl = newline_at(p, p->i)) != 0)
			take_newline(p, nl);
	} else {
		p->i++;
	}
	for (;;) {
		unsigned char c;

		if (at_end(p)) {
			error = fail_at(p, line, col, "unterminated string");
			goto done;
		}
		c = (unsigned char)p->s[p->i];
		if (c == (unsigned char)q) {
			if (!ml) {
				p->i++;
				break;
			}
			if (peek(p, 1) == q && peek(p, 2) == q) {
				/* up to two quotes may end the content */
				size_t extra = 0;

				while (extra < 2 && peek(p, 3 + extra) == q)
					extra++;
				if ((error = hdrcheck__buf_put(&b, p->s + p->i,
				                               extra)) < 0)
					goto done;
				p->i += 3 + extra;
				if (peek(p, 0) == q) {
					error =
					    FAIL(p, "too many quotes at the "
					            "end of a multi-line "
					            "string");
					goto done;
				}
				break;
			}
			if ((error = hdrcheck__buf_put(&b, p->s + p->i, 1)) < 0)
				goto done;
			p->i++;
			continue;
		}
		if ((nl = newline_at(p, p->i)) != 0) {
			if (!ml) {
				error = fail_at(p, line, col,
				                "unterminated string");
				goto done;
			}
			if ((error = hdrcheck__buf_put(&b, "\n", 1)) < 0)
				goto done;
			take_newline(p, nl);
			continue;
		}
		if (c == '\\' && !literal) {
			size_t k = p->i + 1;

			if (ml) {
				/* a line-ending backslash trims the line
				 * break and the white space after it */
				while (k < p->n &&
				       (p->s[k] == ' ' || p->s[k] == '\t'))
					k++;
				if (newline_at(p, k)) {
					p->i = k;
					for (;;) {
						skip_ws(p);
						if (!(nl = newline_at(p, p->i)))
							break;
						take_newline(p, nl);
					}
					continue;
				}
			}
			if ((error = escape(p, &b)) < 0)
				goto done;
			continue;
		}
		if ((c < 0x20 && c != '\t') || c == 0x7F) {
			error =
			    FAIL(p, "control character 0x%02X in a string", c);
			goto done;
		}
		if ((error = hdrcheck__buf_put(&b, p->s + p->i, 1)) < 0)
			goto done;
		p->i++;
	}
	if (!b.ptr && (error = hdrcheck__buf_grow(&b, 0)) < 0)
		goto done;
	hdrcheck__buf_cstr(&b);
	*out_len = b.len;
	*out = b.ptr;
	b.ptr = NULL;
done:
	hdrcheck__buf_dispose(&b);
	return error;
}

static int is_bare(int c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
	       (c >= '0' && c <= '9') || c == '_' || c == '-';
}

static int key(parser *p, char **out)
{
	size_t start = p->i, len;
	int error;

	if (at_end(p))
		return FAIL(p, "expected a key");
	if (p->s[p->i] == '"' || p->s[p->i] == '\'') {
		if ((error = string(p, 0, out, &len)) < 0)
			return error;
	} else {
		while (!at_end(p) && is_bare((unsigned char)p->s[p->i]))
			p->i++;
		if (p->i == start)
			return FAIL(p, "expected a key, found '%c'",
			            p->s[p->i]);
		if (!(*out = hdrcheck__strndup(p->s + start, p->i - start)))
			return HDRCHECK_ENOMEM;
	}
	skip_ws(p);
	if (!at_end(p) && p->s[p->i] == '.') {
		free(*out);
		*out = NULL;
		return FAIL(p, "dotted keys are not supported in REUSE.toml");
	}
	return 0;
}

static void value_dispose(hdrcheck__toml_value *v)
{
	size_t i;

	free(v->str);
	for (i = 0; i < v->count; i++)
		value_dispose(&v->items[i]);
	free(v->items);
	memset(v, 0, sizeof(*v));
}

static int delimiter(int c)
{
	return c < 0 || c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
	       c == ',' || c == ']' || c == '#';
}

/* A decimal integer: sign, digits, underscores between digits, no
 * leading zero. Other numbers are named and refused. */
static int integer(parser *p, hdrcheck__toml_value *v)
{
	size_t start = p->i, k = p->i;
	unsigned long long x = 0;
	int neg = 0, digits = 0, prev_digit = 0;

	if (p->s[k] == '+' || p->s[k] == '-') {
		neg = p->s[k] == '-';
		k++;
	}
	if (k + 1 < p->n && p->s[k] == '0' &&
	    (p->s[k + 1] == 'x' || p->s[k + 1] == 'o' || p->s[k + 1] == 'b'))
		return FAIL(p, "hexadecimal, octal and binary integers are "
		               "not supported in REUSE.toml");
	if (k + 2 < p->n && (memcmp(p->s + k, "inf", 3) == 0 ||
	                     memcmp(p->s + k, "nan", 3) == 0))
		return FAIL(p, "floats are not supported in REUSE.toml");
	for (; k < p->n; k++) {
		char c = p->s[k];

		if (c >= '0' && c <= '9') {
			if (x > (unsigned long long)9223372036854775807LL / 10)
				return FAIL(p, "integer out of range");
			x = x * 10 + (unsigned long long)(c - '0');
			if (x > (unsigned long long)9223372036854775807LL +
			            (unsigned long long)neg)
				return FAIL(p, "integer out of range");
			digits++;
			prev_digit = 1;
		} else if (c == '_' && prev_digit && k + 1 < p->n &&
		           p->s[k + 1] >= '0' && p->s[k + 1] <= '9') {
			prev_digit = 0;
		} else {
			break;
		}
	}
	if (k < p->n && (p->s[k] == '.' || p->s[k] == 'e' || p->s[k] == 'E'))
		return FAIL(p, "floats are not supported in REUSE.toml");
	if (k < p->n && (p->s[k] == '-' || p->s[k] == ':') && digits)
		return FAIL(p, "dates and times are not supported in "
		               "REUSE.toml");
	if (!digits || !delimiter(k < p->n ? (unsigned char)p->s[k] : -1))
		return FAIL(p, "invalid value");
	if (digits > 1 &&
	    p->s[start + (p->s[start] == '+' || p->s[start] == '-')] == '0')
		return FAIL(p, "leading zeros are not allowed in an integer");
	v->kind = HDRCHECK__TOML_INTEGER;
	v->integer = neg ? (long long)(0 - x) : (long long)x;
	p->i = k;
	return 0;
}

static int value(parser *p, hdrcheck__toml_value *v, int depth)
{
	int c = peek(p, 0), error;

	memset(v, 0, sizeof(*v));
	v->line = p->line;
	v->column = column(p, p->i);
	if (c == '"' || c == '\'') {
		v->kind = HDRCHECK__TOML_STRING;
		return string(p, 1, &v->str, &v->len);
	}
	if (c == '[') {
		size_t cap = 0;

		if (depth >= MAX_DEPTH)
			return FAIL(p, "arrays nested too deep");
		v->kind = HDRCHECK__TOML_ARRAY;
		p->i++;
		for (;;) {
			if ((error = skip_space(p)) < 0)
				return error;
			if (peek(p, 0) == ']') {
				p->i++;
				return 0;
			}
			if (v->count == cap) {
				size_t ncap = cap ? cap * 2 : 4;
				void *q = hdrcheck__realloc(
				    v->items, ncap * sizeof(*v->items));

				if (!q)
					return HDRCHECK_ENOMEM;
				v->items = q;
				cap = ncap;
			}
			if ((error = value(p, &v->items[v->count], depth + 1)) <
			    0) {
				/* a partial value owns what it got */
				v->count++;
				return error;
			}
			v->count++;
			if ((error = skip_space(p)) < 0)
				return error;
			if (peek(p, 0) == ',') {
				p->i++;
				continue;
			}
			if (peek(p, 0) == ']') {
				p->i++;
				return 0;
			}
			return at_end(p) ? FAIL(p, "unterminated array")
			                 : FAIL(p, "expected ',' or ']' in an "
			                           "array");
		}
	}
	if (c == '{')
		return FAIL(p, "inline tables are not supported in REUSE.toml");
	if (p->n - p->i >= 4 && memcmp(p->s + p->i, "true", 4) == 0 &&
	    delimiter(peek(p, 4))) {
		v->kind = HDRCHECK__TOML_BOOLEAN;
		v->boolean = 1;
		p->i += 4;
		return 0;
	}
	if (p->n - p->i >= 5 && memcmp(p->s + p->i, "false", 5) == 0 &&
	    delimiter(peek(p, 5))) {
		v->kind = HDRCHECK__TOML_BOOLEAN;
		p->i += 5;
		return 0;
	}
	if ((c >= '0' && c <= '9') || c == '+' || c == '-')
		return integer(p, v);
	if (c < 0 || newline_at(p, p->i))
		return FAIL(p, "expected a value");
	if (p->n - p->i >= 3 && (memcmp(p->s + p->i, "inf", 3) == 0 ||
	                         memcmp(p->s + p->i, "nan", 3) == 0))
		return FAIL(p, "floats are not supported in REUSE.toml");
	return FAIL(p, "invalid value (strings are quoted)");
}

static void table_dispose(hdrcheck__toml_table *t)
{
	size_t i;

	free(t->name);
	for (i = 0; i < t->count; i++) {
		free(t->pairs[i].key);
		value_dispose(&t->pairs[i].value);
	}
	free(t->pairs);
}

void hdrcheck__toml_free(hdrcheck__toml *doc)
{
	size_t i;

	if (!doc)
		return;
	for (i = 0; i < doc->count; i++)
		table_dispose(&doc->tables[i]);
	free(doc->tables);
	free(doc);
}

const hdrcheck__toml_pair *hdrcheck__toml_get(const hdrcheck__toml_table *t,
                                              const char *key)
{
	size_t i;

	for (i = 0; t && i < t->count; i++)
		if (strcmp(t->pairs[i].key, key) == 0)
			return &t->pairs[i];
	return NULL;
}

static int add_table(parser *p, char *name, int array, unsigned int line,
                     unsigned int col)
{
	hdrcheck__toml *d = p->doc;
	hdrcheck__toml_table *t;
	size_t i;
	void *q;

	/* a name is one table, one array of tables, or one key of the
	 * root: never two of these */
	if (name) {
		if (hdrcheck__toml_get(&d->tables[0], name)) {
			int e =
			    fail_at(p, line, col,
			            "\"%s\" is already defined as a key", name);

			free(name);
			return e;
		}
		for (i = 1; i < d->count; i++) {
			if (strcmp(d->tables[i].name, name) != 0)
				continue;
			if (!array || !d->tables[i].array) {
				int e = fail_at(
				    p, line, col,
				    d->tables[i].array != array
				        ? "\"%s\" is both a table and an array "
				          "of tables"
				        : "table \"%s\" is defined twice",
				    d->tables[i].name);
				free(name);
				return e;
			}
		}
	}
	if (!(q = hdrcheck__realloc(d->tables,
	                            (d->count + 1) * sizeof(*d->tables)))) {
		free(name);
		return HDRCHECK_ENOMEM;
	}
	d->tables = q;
	t = &d->tables[d->count++];
	memset(t, 0, sizeof(*t));
	t->name = name;
	t->array = array;
	t->line = line;
	t->column = col;
	p->cur = t;
	return 0;
}

static int header(parser *p)
{
	unsigned int line = p->line, col = column(p, p->i);
	int array = peek(p, 1) == '[', error;
	char *name = NULL;

	p->i += array ? 2 : 1;
	skip_ws(p);
	if ((error = key(p, &name)) < 0)
		return error;
	if (peek(p, 0) != ']' || (array && peek(p, 1) != ']')) {
		free(name);
		return FAIL(p, array ? "expected \"]]\" after the table name"
		                     : "expected \"]\" after the table name");
	}
	p->i += array ? 2 : 1;
	if ((error = add_table(p, name, array, line, col)) < 0)
		return error;
	return end_of_line(p);
}

static int pair(parser *p)
{
	hdrcheck__toml_table *t = p->cur;
	hdrcheck__toml_pair *kv;
	unsigned int line = p->line, col = column(p, p->i);
	char *k = NULL;
	int error;

	if ((error = key(p, &k)) < 0)
		return error;
	if (peek(p, 0) != '=') {
		free(k);
		return FAIL(p, "expected '=' after the key");
	}
	if (hdrcheck__toml_get(t, k)) {
		error = fail_at(p, line, col, "duplicate key \"%s\"", k);
		free(k);
		return error;
	}
	if (!t->name) {
		size_t i;

		/* a root key may not reuse a table's name */
		for (i = 1; i < p->doc->count; i++)
			if (strcmp(p->doc->tables[i].name, k) == 0) {
				error =
				    fail_at(p, line, col,
				            "\"%s\" is already defined as a "
				            "table",
				            k);
				free(k);
				return error;
			}
	}
	p->i++;
	skip_ws(p);
	{
		void *q = hdrcheck__realloc(t->pairs,
		                            (t->count + 1) * sizeof(*t->pairs));

		if (!q) {
			free(k);
			return HDRCHECK_ENOMEM;
		}
		t->pairs = q;
	}
	kv = &t->pairs[t->count++];
	memset(kv, 0, sizeof(*kv));
	kv->key = k;
	kv->line = line;
	kv->column = col;
	if ((error = value(p, &kv->value, 0)) < 0)
		return error;
	return end_of_line(p);
}

int hdrcheck__toml_parse(hdrcheck__toml **out, const char *source,
                         const char *buf, size_t len)
{
	parser p;
	size_t valid;
	int error = 0;

	memset(&p, 0, sizeof(p));
	p.source = source;
	p.s = buf;
	p.n = len;
	p.line = 1;
	if (!(p.doc = hdrcheck__calloc(1, sizeof(*p.doc))))
		return HDRCHECK_ENOMEM;
	for (valid = 0; valid < len;) {
		size_t n = hdrcheck__utf8_valid_len(
		    (const unsigned char *)buf + valid, len - valid);

		if (!n)
			break;
		valid += n;
	}
	if (valid < len) {
		size_t k;

		for (k = 0; k < valid; k++)
			if (buf[k] == '\n') {
				p.line++;
				p.line_start = k + 1;
			}
		error = fail_at(&p, p.line, column(&p, valid), "invalid UTF-8");
		goto done;
	}
	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		p.i = p.line_start = 3;
	if ((error = add_table(&p, NULL, 0, 1, 1)) < 0)
		goto done;
	while (!at_end(&p)) {
		size_t nl;

		skip_ws(&p);
		if (at_end(&p))
			break;
		if ((nl = newline_at(&p, p.i)) != 0) {
			take_newline(&p, nl);
			continue;
		}
		if (p.s[p.i] == '#') {
			if ((error = end_of_line(&p)) < 0)
				goto done;
			continue;
		}
		if (p.s[p.i] == '[')
			error = header(&p);
		else
			error = pair(&p);
		if (error < 0)
			goto done;
	}
	*out = p.doc;
	p.doc = NULL;
done:
	hdrcheck__toml_free(p.doc);
	return error;
}
