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
 * SPDX license expressions: a recursive-descent parser over the grammar
 *
 *   or     = and *("OR" and)
 *   and    = with *("AND" with)
 *   with   = simple ["WITH" exception]
 *   simple = "(" or ")" / license-id ["+"] / ["DocumentRef-" idstring ":"]
 *            "LicenseRef-" idstring
 *
 * into a small tree in a fixed pool (hostile input cannot grow it), ids
 * resolved against the catalogue as they are read. Operators are read in
 * upper or lower case and written in upper case.
 */

#include <stdlib.h>
#include <string.h>
#include "common.h"
#include "policies/catalogue.h"
#include "policies/expression.h"

#define MAX_INPUT 1024 /* bytes of one expression */
#define MAX_NODES 128
#define MAX_DEPTH 32 /* nested parentheses */
#define QUOTE_MAX 80 /* bytes of the input quoted in a reason */

typedef enum { N_LICENSE, N_REF, N_AND, N_OR } node_kind;

/* Small, so that a parser lives on the stack (a malloc of its size costs
 * glibc a consolidation on every tag). Lengths and indexes fit: the input
 * is at most MAX_INPUT bytes, the pool MAX_NODES nodes. */
typedef struct {
	const hdrcheck__spdx_entry *lic; /* N_LICENSE */
	const hdrcheck__spdx_entry *exc; /* its WITH exception, or NULL */
	const char *ref;                 /* N_REF, into the input */
	const char *exc_ref; /* "AdditionRef-..." exception, into the input */
	unsigned short ref_len;
	unsigned short exc_ref_len;
	unsigned char kind; /* node_kind */
	unsigned char plus; /* "+" kept: the list has no "-or-later" id */
	short first;        /* operators: first child, -1 */
	short last;
	short next; /* next sibling, -1 */
} node;

typedef struct {
	const char *s;
	size_t len, pos;
	int count;
	int depth;
	const char *error; /* static detail of the first error */
	char *reason;      /* or a malloc'd one */
	int whole;         /* reason is the whole reason (unknown id) */
	int nomem;
	node nodes[MAX_NODES]; /* last: parse() clears what comes before */
} parser;

static int is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static int is_idchar(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || c == '-' || c == '.';
}

static int iprefix(const char *a, size_t n, const char *prefix)
{
	size_t k = strlen(prefix);

	return n >= k && hdrcheck__ascii_ieqn(a, k, prefix);
}

/* The next token: "(", ")" or a word (a run of anything else). */
static void peek(parser *p, const char **tok, size_t *n)
{
	size_t i;

	while (p->pos < p->len && is_blank(p->s[p->pos]))
		p->pos++;
	i = p->pos;
	if (i == p->len) {
		*tok = NULL;
		*n = 0;
		return;
	}
	*tok = p->s + i;
	if (p->s[i] == '(' || p->s[i] == ')') {
		*n = 1;
		return;
	}
	while (i < p->len && !is_blank(p->s[i]) && p->s[i] != '(' &&
	       p->s[i] != ')')
		i++;
	*n = i - p->pos;
}

/* An operator is spelt in upper or in lower case ("or" is common in the
 * wild); "Or" is not one (SPDX: operators are case-sensitive). */
static int is_op(const char *w, size_t n, const char *upper, const char *lower)
{
	return (n == strlen(upper) && !memcmp(w, upper, n)) ||
	       (n == strlen(lower) && !memcmp(w, lower, n));
}

#define IS_AND(w, n)  is_op(w, n, "AND", "and")
#define IS_OR(w, n)   is_op(w, n, "OR", "or")
#define IS_WITH(w, n) is_op(w, n, "WITH", "with")

static int is_operator(const char *w, size_t n)
{
	return IS_AND(w, n) || IS_OR(w, n) || IS_WITH(w, n);
}

/*
 * Record the first error: before, the quoted word, after and a hint. An
 * unknown id (whole == 1) is the reason as it stands; anything else is
 * the detail of "malformed SPDX expression '...': <detail>".
 */
static void fail(parser *p, int whole, const char *before, const char *w,
                 size_t n, const char *after, const char *hint)
{
	if (p->error || p->reason)
		return;
	if (n > QUOTE_MAX)
		n = QUOTE_MAX;
	p->reason = hdrcheck__aprintf("%s'%.*s'%s%s%s%s", before, (int)n, w,
	                              after, hint ? " (did you mean " : "",
	                              hint ? hint : "", hint ? "?)" : "");
	if (!p->reason)
		p->nomem = 1;
	p->whole = whole;
	p->error = "";
}

static int new_node(parser *p, node_kind kind)
{
	node *n;

	if (p->count == MAX_NODES) {
		if (!p->error)
			p->error = "too many terms";
		return -1;
	}
	n = &p->nodes[p->count];
	memset(n, 0, sizeof(*n));
	n->kind = kind;
	n->first = n->last = n->next = -1;
	return p->count++;
}

/* a OP b, flattened: "(A OR B) OR C" is one OR of three. */
static int combine(parser *p, node_kind kind, int a, int b)
{
	int op, c;

	if (p->nodes[a].kind == kind) {
		op = a;
	} else {
		if ((op = new_node(p, kind)) < 0)
			return -1;
		p->nodes[op].first = p->nodes[op].last = a;
	}
	if (p->nodes[b].kind == kind) {
		p->nodes[p->nodes[op].last].next = p->nodes[b].first;
		p->nodes[op].last = p->nodes[b].last;
		for (c = p->nodes[b].first; c >= 0; c = p->nodes[c].next)
			p->nodes[op].last = c;
	} else {
		p->nodes[p->nodes[op].last].next = b;
		p->nodes[op].last = b;
	}
	return op;
}

static int valid_idstring(const char *w, size_t n)
{
	size_t i;

	if (!n)
		return 0;
	for (i = 0; i < n; i++)
		if (!is_idchar(w[i]))
			return 0;
	return 1;
}

/* "X-only" or "X" to "X-or-later", when the list has that id. */
static const hdrcheck__spdx_entry *or_later(const hdrcheck__spdx_entry *e)
{
	char id[128];
	size_t n = strlen(e->id);

	if (n > 9 && hdrcheck__ascii_ieqn(e->id + n - 9, 9, "-or-later"))
		return e;
	if (n > 5 && hdrcheck__ascii_ieqn(e->id + n - 5, 5, "-only"))
		n -= 5;
	if (n + 10 > sizeof(id))
		return NULL;
	memcpy(id, e->id, n);
	memcpy(id + n, "-or-later", 10);
	return hdrcheck__catalogue_lookup(id, n + 9, 0);
}

static int parse_or(parser *p);

static int parse_ref(parser *p, const char *w, size_t n)
{
	const char *colon = memchr(w, ':', n);
	const char *lr = w;
	size_t lrn = n;
	int id;

	if (colon) {
		size_t dn = (size_t)(colon - w);

		if (!iprefix(w, dn, "DocumentRef-") ||
		    !valid_idstring(w + 12, dn - 12)) {
			fail(p, 0, "bad DocumentRef ", w, n, "", NULL);
			return -1;
		}
		lr = colon + 1;
		lrn = n - dn - 1;
	}
	if (!iprefix(lr, lrn, "LicenseRef-") ||
	    !valid_idstring(lr + 11, lrn - 11)) {
		fail(p, 0, "bad LicenseRef ", w, n, "", NULL);
		return -1;
	}
	if ((id = new_node(p, N_REF)) < 0)
		return -1;
	p->nodes[id].ref = w;
	p->nodes[id].ref_len = n;
	return id;
}

static int parse_license(parser *p, const char *w, size_t n)
{
	const hdrcheck__spdx_entry *e, *exc = NULL;
	const char *hint;
	int id, plus = 0;

	if (n > 1 && w[n - 1] == '+') {
		plus = 1;
		n--;
	}
	if (!valid_idstring(w, n)) {
		size_t i = 0;

		/* "GPL-2.0+:" is off at the colon, "GPL-2.0+1" at the plus */
		while (i < n && (is_idchar(w[i]) || (w[i] == '+' && i + 1 < n &&
		                                     !is_idchar(w[i + 1]))))
			i++;
		fail(p, 0, "unexpected ", w + i, 1, "", NULL);
		return -1;
	}
	if (!(e = hdrcheck__catalogue_lookup(w, n, 0))) {
		if (hdrcheck__catalogue_lookup(w, n, 1)) {
			fail(p, 0, "", w, n,
			     " is an exception and follows WITH", NULL);
			return -1;
		}
		hint = hdrcheck__catalogue_suggest(w, n + (size_t)plus, 0);
		/* "GPL 2.0+": the version came apart from the name */
		if (!hint && !plus) {
			const char *v;
			size_t vn, at = p->pos;

			peek(p, &v, &vn);
			p->pos = at;
			if (v && *v >= '0' && *v <= '9')
				hint = hdrcheck__catalogue_suggest(
				    w, (size_t)(v + vn - w), 0);
		}
		fail(p, 1, "unknown SPDX license id ", w, n + (size_t)plus, "",
		     hint);
		return -1;
	}
	if (e->replacement) {
		const char *r = e->replacement, *sp = strchr(r, ' ');
		const hdrcheck__spdx_entry *to;

		to = hdrcheck__catalogue_lookup(
		    r, sp ? (size_t)(sp - r) : strlen(r), 0);
		if (to && sp && !strncmp(sp, " WITH ", 6))
			exc = hdrcheck__catalogue_lookup(sp + 6, strlen(sp + 6),
			                                 1);
		/* the generator checks replacements; be safe anyway */
		if (to && (!sp || exc))
			e = to;
		else
			exc = NULL;
	}
	if (plus) {
		const hdrcheck__spdx_entry *later = or_later(e);

		if (later) {
			e = later;
			plus = 0;
		}
	}
	if ((id = new_node(p, N_LICENSE)) < 0)
		return -1;
	p->nodes[id].lic = e;
	p->nodes[id].exc = exc;
	p->nodes[id].plus = plus;
	return id;
}

static int parse_simple(parser *p)
{
	const char *w;
	size_t n;
	int id;

	peek(p, &w, &n);
	if (!w) {
		if (!p->error)
			p->error = "the expression ends where a license id "
			           "was expected";
		return -1;
	}
	if (*w == '(') {
		if (++p->depth > MAX_DEPTH) {
			p->error = "parentheses nested too deep";
			return -1;
		}
		p->pos++;
		if ((id = parse_or(p)) < 0)
			return -1;
		peek(p, &w, &n);
		if (!w || *w != ')') {
			if (!w)
				p->error = "'(' without ')'";
			else
				fail(p, 0, "expected ')' before ", w, n, "",
				     NULL);
			return -1;
		}
		p->pos++;
		p->depth--;
		return id;
	}
	if (*w == ')') {
		p->error = "')' without '('";
		return -1;
	}
	if (is_operator(w, n)) {
		fail(p, 0, "", w, n, " where a license id was expected", NULL);
		return -1;
	}
	p->pos += n;
	if (iprefix(w, n, "LicenseRef-") || iprefix(w, n, "DocumentRef-"))
		return parse_ref(p, w, n);
	return parse_license(p, w, n);
}

static int parse_with(parser *p)
{
	const char *w;
	size_t n;
	int id;

	if ((id = parse_simple(p)) < 0)
		return -1;
	peek(p, &w, &n);
	if (!w || !IS_WITH(w, n))
		return id;
	p->pos += n;
	if (p->nodes[id].kind != N_LICENSE && p->nodes[id].kind != N_REF) {
		p->error = "WITH follows a license id, not a parenthesised "
		           "expression";
		return -1;
	}
	if (p->nodes[id].exc || p->nodes[id].exc_ref) {
		p->error = "two exceptions for one license";
		return -1;
	}
	peek(p, &w, &n);
	if (!w || *w == '(' || *w == ')' || is_operator(w, n)) {
		p->error = "WITH without an exception id";
		return -1;
	}
	p->pos += n;
	if (iprefix(w, n, "AdditionRef-") && valid_idstring(w + 12, n - 12)) {
		p->nodes[id].exc_ref = w;
		p->nodes[id].exc_ref_len = n;
	} else if (!(p->nodes[id].exc = hdrcheck__catalogue_lookup(w, n, 1))) {
		const char *hint = hdrcheck__catalogue_suggest(w, n, 1);

		fail(p, 1, "unknown SPDX exception id ", w, n, "", hint);
		return -1;
	}
	return id;
}

static int parse_and(parser *p)
{
	const char *w;
	size_t n;
	int a, b;

	if ((a = parse_with(p)) < 0)
		return -1;
	for (;;) {
		peek(p, &w, &n);
		if (!w || !IS_AND(w, n))
			return a;
		p->pos += n;
		if ((b = parse_with(p)) < 0 ||
		    (a = combine(p, N_AND, a, b)) < 0)
			return -1;
	}
}

static int parse_or(parser *p)
{
	const char *w;
	size_t n;
	int a, b;

	if ((a = parse_and(p)) < 0)
		return -1;
	for (;;) {
		peek(p, &w, &n);
		if (!w || !IS_OR(w, n))
			return a;
		p->pos += n;
		if ((b = parse_and(p)) < 0 || (a = combine(p, N_OR, a, b)) < 0)
			return -1;
	}
}

/* The whole input as one expression; the root, or -1 (p says why). */
static int parse(parser *p, const char *s, size_t len)
{
	const char *w;
	size_t n;
	int root;

	memset(p, 0, offsetof(parser, nodes));
	p->s = s;
	p->len = len;
	if (len > MAX_INPUT) {
		p->error = "longer than 1024 bytes";
		return -1;
	}
	if ((root = parse_or(p)) < 0)
		return -1;
	peek(p, &w, &n);
	if (w) {
		if (*w == ')')
			p->error = "')' without '('";
		else
			fail(p, 0, "no operator before ", w, n, "", NULL);
		return -1;
	}
	return root;
}

/* Normal form */

typedef struct {
	char *text;
	size_t len;
} part;

static int part_cmp(const void *a, const void *b)
{
	const part *x = a, *y = b;
	size_t i, n = x->len < y->len ? x->len : y->len;

	for (i = 0; i < n; i++) {
		char c = x->text[i], d = y->text[i];

		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (d >= 'A' && d <= 'Z')
			d = (char)(d - 'A' + 'a');
		if (c != d)
			return (unsigned char)c < (unsigned char)d ? -1 : 1;
	}
	if (x->len != y->len)
		return x->len < y->len ? -1 : 1;
	return strcmp(x->text, y->text);
}

/*
 * Render node id into out. *compound is set to the operator that ends up
 * at the top (N_AND, N_OR) or N_LICENSE for a single term, so the caller
 * knows whether parentheses are needed.
 */
static int render(hdrcheck_buf *out, const parser *p, int id, node_kind *top)
{
	const node *nd = &p->nodes[id];
	part parts[MAX_NODES];
	size_t count = 0, i, kept = 0;
	int c, error = 0;

	if (nd->kind == N_LICENSE || nd->kind == N_REF) {
		*top = N_LICENSE;
		if (nd->kind == N_LICENSE)
			error = hdrcheck__buf_puts(out, nd->lic->id);
		else if (iprefix(nd->ref, nd->ref_len, "DocumentRef-"))
			error = hdrcheck__buf_printf(out, "DocumentRef-%.*s",
			                             (int)(nd->ref_len - 12),
			                             nd->ref + 12);
		else
			error = hdrcheck__buf_printf(out, "LicenseRef-%.*s",
			                             (int)(nd->ref_len - 11),
			                             nd->ref + 11);
		if (!error && nd->plus)
			error = hdrcheck__buf_puts(out, "+");
		if (!error && nd->exc)
			error =
			    hdrcheck__buf_printf(out, " WITH %s", nd->exc->id);
		else if (!error && nd->exc_ref)
			error = hdrcheck__buf_printf(
			    out, " WITH AdditionRef-%.*s",
			    (int)(nd->exc_ref_len - 12), nd->exc_ref + 12);
		return error;
	}
	for (c = nd->first; c >= 0 && !error; c = p->nodes[c].next) {
		hdrcheck_buf b = HDRCHECK_BUF_INIT;
		node_kind sub;

		if ((error = render(&b, p, c, &sub)) < 0) {
			hdrcheck__buf_dispose(&b);
			break;
		}
		/* an OR inside an AND keeps its parentheses */
		if (nd->kind == N_AND && sub == N_OR) {
			hdrcheck_buf q = HDRCHECK_BUF_INIT;

			if ((error = hdrcheck__buf_printf(
			         &q, "(%.*s)", (int)b.len, b.ptr)) < 0) {
				hdrcheck__buf_dispose(&q);
				hdrcheck__buf_dispose(&b);
				break;
			}
			hdrcheck__buf_dispose(&b);
			b = q;
		}
		parts[count].text = (char *)hdrcheck__buf_cstr(&b);
		parts[count].len = b.len;
		if (!parts[count].text)
			error = HDRCHECK_ENOMEM;
		count++;
	}
	if (!error) {
		qsort(parts, count, sizeof(*parts), part_cmp);
		for (i = 0; i < count && !error; i++) {
			if (kept && parts[i].len == parts[i - 1].len &&
			    !memcmp(parts[i].text, parts[i - 1].text,
			            parts[i].len))
				continue;
			if (kept)
				error = hdrcheck__buf_puts(
				    out, nd->kind == N_AND ? " AND " : " OR ");
			if (!error)
				error = hdrcheck__buf_put(out, parts[i].text,
				                          parts[i].len);
			kept++;
		}
		/* "A OR A" is A: the parent sees what is left */
		*top = kept > 1 ? nd->kind : N_LICENSE;
		if (kept == 1 && count > 1) {
			/* the one part may itself be parenthesised */
			for (i = 0; i < count; i++)
				if (parts[i].len && parts[i].text[0] == '(') {
					*top = N_OR;
					break;
				}
		}
	}
	for (i = 0; i < count; i++)
		free(parts[i].text);
	return error;
}

/* Why a parse failed, as a malloc'd line, with a did-you-mean for the
 * whole input when it has no structure ("MIT License", "GPL 2.0+"). */
static char *reason_of(parser *p, const char *s, size_t len)
{
	const char *hint = NULL;
	const char *detail;
	char *r;
	size_t i, q = len > QUOTE_MAX ? QUOTE_MAX : len;
	int plain = len > 0;

	for (i = 0; i < len; i++) {
		size_t j = i;

		if (s[i] == '(' || s[i] == ')')
			plain = 0;
		while (j < len && !is_blank(s[j]) && s[j] != '(' && s[j] != ')')
			j++;
		if (j > i && is_operator(s + i, j - i))
			plain = 0;
		if (j > i)
			i = j - 1;
	}
	detail = p->reason ? p->reason : p->error;
	if (strstr(detail, "(did you mean"))
		plain = 0;
	if (plain)
		hint = hdrcheck__catalogue_suggest(s, len, 0);
	/* an unknown id says it all, unless the whole input reads as one
	 * license ("GPL 2.0+") */
	if (p->reason && p->whole && !hint) {
		r = p->reason;
		p->reason = NULL;
		return r;
	}
	if (!hint && plain) {
		/* junk around one id: "GPL-2.0+:" */
		size_t a = 0, b = len;

		while (a < b && !is_idchar(s[a]))
			a++;
		while (b > a && !is_idchar(s[b - 1]) && s[b - 1] != '+')
			b--;
		if ((a > 0 || b < len) && b > a) {
			parser *t = malloc(sizeof(*t));
			int root;

			if (t && (root = parse(t, s + a, b - a)) >= 0 &&
			    t->nodes[root].kind == N_LICENSE &&
			    !t->nodes[root].exc)
				hint = t->nodes[root].plus
				           ? NULL
				           : t->nodes[root].lic->id;
			if (t)
				free(t->reason);
			free(t);
		}
	}
	return hint ? hdrcheck__aprintf("malformed SPDX expression '%.*s': "
	                                "%s (did you mean %s?)",
	                                (int)q, s, detail, hint)
	            : hdrcheck__aprintf("malformed SPDX expression '%.*s': %s",
	                                (int)q, s, detail);
}

/* The policy test of a parsed expression (forward: it needs the policy
 * helpers below). */
static int judge(const parser *p, int root, const char *norm,
                 const char *policy);

int hdrcheck__expr_check(char **out, int *satisfies, const char *s, size_t len,
                         const char *policy)
{
	parser parsed, *p = &parsed;
	hdrcheck_buf b = HDRCHECK_BUF_INIT;
	node_kind top;
	char *r = NULL;
	int root, rc, error = 0;

	p->reason = NULL;
	while (len && is_blank(*s))
		s++, len--;
	while (len && is_blank(s[len - 1]))
		len--;
	if (len == 0) {
		memset(p, 0, offsetof(parser, nodes));
		p->error = "empty";
		root = -1;
	} else {
		root = parse(p, s, len);
	}
	if (p->nomem) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	if (root < 0) {
		if (!(r = reason_of(p, s, len))) {
			error = HDRCHECK_ENOMEM;
			goto done;
		}
		*out = r;
		error = HDRCHECK__EXPR_INVALID;
		goto done;
	}
	if ((error = render(&b, p, root, &top)) < 0 ||
	    !hdrcheck__buf_cstr(&b)) {
		error = error < 0 ? error : HDRCHECK_ENOMEM;
		goto done;
	}
	if (satisfies && policy) {
		if ((rc = judge(p, root, b.ptr, policy)) < 0) {
			error = rc;
			goto done;
		}
		*satisfies = rc;
	}
	*out = b.ptr;
	b.ptr = NULL;
done:
	free(p->reason);
	hdrcheck__buf_dispose(&b);
	return error;
}

int hdrcheck__expr_normalize(char **out, const char *s, size_t len)
{
	return hdrcheck__expr_check(out, NULL, s, len, NULL);
}

/* Policy */

typedef struct {
	const char *family; /* the id up to the version */
	size_t family_len;
	const char *variant; /* after the version, before -only/-or-later */
	size_t variant_len;
	unsigned int version[4];
	int or_later;
} family;

/* "GPL-2.0-or-later": family GPL, version 2.0, or later. Only versions
 * with a dot count, so "BSD-3-Clause" has no family. */
static int family_of(family *f, const char *id, int plus)
{
	size_t n = strlen(id), i, v;
	const char *d;

	memset(f, 0, sizeof(*f));
	f->or_later = plus;
	if (n > 9 && !strcmp(id + n - 9, "-or-later")) {
		f->or_later = 1;
		n -= 9;
	} else if (n > 5 && !strcmp(id + n - 5, "-only")) {
		n -= 5;
	}
	for (i = 0; i + 1 < n; i++) {
		if (id[i] != '-' || id[i + 1] < '0' || id[i + 1] > '9')
			continue;
		d = id + i + 1;
		for (v = 0; d < id + n && v < 4;) {
			unsigned int x = 0;

			if (*d < '0' || *d > '9')
				break;
			while (d < id + n && *d >= '0' && *d <= '9' &&
			       x < 100000)
				x = x * 10 + (unsigned int)(*d++ - '0');
			f->version[v++] = x;
			if (d < id + n && *d == '.' && d + 1 < id + n &&
			    d[1] >= '0' && d[1] <= '9')
				d++;
			else
				break;
		}
		if (v < 2)
			continue;
		if (d < id + n && *d != '-')
			continue;
		f->family = id;
		f->family_len = i;
		f->variant = d;
		f->variant_len = (size_t)(id + n - d);
		return 1;
	}
	return 0;
}

static int version_cmp(const family *a, const family *b)
{
	size_t i;

	for (i = 0; i < 4; i++)
		if (a->version[i] != b->version[i])
			return a->version[i] < b->version[i] ? -1 : 1;
	return 0;
}

static int leaf_meets(const node *f, const node *pol)
{
	family ff, pf;

	if (pol->kind == N_REF)
		return f->kind == N_REF && f->ref_len == pol->ref_len &&
		       !memcmp(f->ref, pol->ref, f->ref_len);
	if (pol->exc && f->exc != pol->exc)
		return 0;
	if (pol->exc_ref &&
	    (!f->exc_ref || f->exc_ref_len != pol->exc_ref_len ||
	     memcmp(f->exc_ref, pol->exc_ref, f->exc_ref_len)))
		return 0;
	if (f->kind != N_LICENSE)
		return 0;
	if (f->lic == pol->lic && f->plus == pol->plus)
		return 1;
	if (!family_of(&ff, f->lic->id, f->plus) ||
	    !family_of(&pf, pol->lic->id, pol->plus) ||
	    ff.family_len != pf.family_len ||
	    memcmp(ff.family, pf.family, ff.family_len) ||
	    ff.variant_len != pf.variant_len ||
	    memcmp(ff.variant, pf.variant, ff.variant_len))
		return 0;
	/* a licensee of "N or later" may choose any version from N on */
	if (ff.or_later)
		return version_cmp(&ff, &pf) <= 0;
	return 0;
}

static int meets(const parser *p, int id, const parser *pp, int pid)
{
	const node *nd = &p->nodes[id];
	int c;

	switch (nd->kind) {
	case N_OR:
		for (c = nd->first; c >= 0; c = p->nodes[c].next)
			if (meets(p, c, pp, pid))
				return 1;
		return 0;
	case N_AND:
		for (c = nd->first; c >= 0; c = p->nodes[c].next)
			if (!meets(p, c, pp, pid))
				return 0;
		return 1;
	default:
		return leaf_meets(nd, &pp->nodes[pid]);
	}
}

static int judge(const parser *p, int root, const char *norm,
                 const char *policy)
{
	parser parsed, *pp = &parsed;
	char *b = NULL;
	int proot, rc = 0;

	proot = parse(pp, policy, strlen(policy));
	if (pp->nomem) {
		rc = HDRCHECK_ENOMEM;
		goto done;
	}
	if (proot < 0)
		goto done;
	if (pp->nodes[proot].kind == N_LICENSE ||
	    pp->nodes[proot].kind == N_REF) {
		rc = meets(p, root, pp, proot);
		goto done;
	}
	/* a compound policy: the same expression, in normal form */
	if ((rc = hdrcheck__expr_normalize(&b, policy, strlen(policy))) != 0) {
		rc = rc < 0 ? rc : 0;
		goto done;
	}
	rc = strcmp(norm, b) == 0;
done:
	free(b);
	free(pp->reason);
	return rc;
}

int hdrcheck__expr_satisfies(const char *e, size_t elen, const char *policy)
{
	char *out = NULL;
	int sat = 0, rc = hdrcheck__expr_check(&out, &sat, e, elen, policy);

	free(out);
	if (rc < 0)
		return rc;
	return rc == 0 && sat;
}
