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
 * REUSE licensing information given outside a file (policies/reuse.h).
 *
 * REUSE.toml (REUSE 3.3, version 1): every [[annotations]] table has
 * "path" (a string or a list of them, globs relative to the file's
 * directory: "*" stops at "/", "**" and "**" followed by "/" do not, a
 * backslash takes the next character as it is), an optional "precedence"
 * ("closest", "aggregate", "override"), and optional
 * "SPDX-FileCopyrightText" and "SPDX-License-Identifier" (a string or a
 * list). In one file the last table that matches a path is the one used.
 *
 * .reuse/dep5 (Debian copyright format 1.0): paragraphs of "Files:",
 * "Copyright:" and "License:"; "*" matches any characters, "/" too, and
 * "?" one; the last paragraph that matches wins.
 */

#include <stdlib.h>
#include <string.h>
#include "common.h"
#include "policies/catalogue.h"
#include "policies/expression.h"
#include "policies/header.h"
#include "policies/reuse.h"
#include "policies/toml.h"

/* a pattern's compiled form: literal bytes and wildcards */
enum { G_LIT = 0, G_STAR, G_ANY, G_ONE };

typedef struct {
	unsigned char *kind;
	char *lit;
	size_t n;
} glob;

enum { P_CLOSEST = 0, P_AGGREGATE, P_OVERRIDE };

typedef struct {
	glob *paths;
	size_t npaths;
	int precedence;
	char *license;     /* the expressions joined by AND, or NULL */
	char *holders;     /* '\n'-separated, or NULL */
	unsigned int line; /* where it starts in its file (explain) */
} annotation;

typedef struct {
	char *source; /* "REUSE.toml", "sub/REUSE.toml", ".reuse/dep5" */
	char *dir;    /* "" or "sub/" */
	size_t dirlen;
	annotation *a;
	size_t n;
} annotations;

struct hdrcheck__reuse {
	annotations *tomls; /* sorted shallowest first when applied */
	size_t ntomls;
	annotations dep5; /* dep5.n == 0: none */
	int has_dep5;
};

int hdrcheck__reuse_new(hdrcheck__reuse **out)
{
	if (!(*out = hdrcheck__calloc(1, sizeof(**out))))
		return HDRCHECK_ENOMEM;
	return 0;
}

static void glob_dispose(glob *g)
{
	free(g->kind);
	free(g->lit);
}

static void annotations_dispose(annotations *s)
{
	size_t i, k;

	for (i = 0; i < s->n; i++) {
		for (k = 0; k < s->a[i].npaths; k++)
			glob_dispose(&s->a[i].paths[k]);
		free(s->a[i].paths);
		free(s->a[i].license);
		free(s->a[i].holders);
	}
	free(s->a);
	free(s->source);
	free(s->dir);
	memset(s, 0, sizeof(*s));
}

void hdrcheck__reuse_free(hdrcheck__reuse *r)
{
	size_t i;

	if (!r)
		return;
	for (i = 0; i < r->ntomls; i++)
		annotations_dispose(&r->tomls[i]);
	free(r->tomls);
	annotations_dispose(&r->dep5);
	free(r);
}

int hdrcheck__reuse_any(const hdrcheck__reuse *r)
{
	return r && (r->ntomls || r->dep5.n);
}

/*
 * Compile a glob. dep5: Debian's rules ("*" crosses "/", "?" is one
 * character, a backslash escapes "*", "?" and itself); else REUSE.toml's.
 */
static int glob_compile(glob *g, const char *p, size_t n, int dep5)
{
	size_t i, k = 0;

	memset(g, 0, sizeof(*g));
	if (!(g->kind = hdrcheck__malloc(n + 1)) ||
	    !(g->lit = hdrcheck__malloc(n + 1))) {
		glob_dispose(g);
		return HDRCHECK_ENOMEM;
	}
	for (i = 0; i < n; i++) {
		char c = p[i];

		if (c == '\\' && i + 1 < n) {
			g->kind[k] = G_LIT;
			g->lit[k++] = p[++i];
		} else if (c == '*' && dep5) {
			if (!k || g->kind[k - 1] != G_ANY)
				g->kind[k++] = G_ANY;
		} else if (c == '?' && dep5) {
			g->kind[k++] = G_ONE;
		} else if (c == '*') {
			if (i + 1 < n && p[i + 1] == '*') {
				while (i + 1 < n && p[i + 1] == '*')
					i++;
				/* "**" and "**" with its "/" match anything */
				if (i + 1 < n && p[i + 1] == '/')
					i++;
				if (k && g->kind[k - 1] == G_STAR)
					k--;
				if (!k || g->kind[k - 1] != G_ANY)
					g->kind[k++] = G_ANY;
			} else if (!k || (g->kind[k - 1] != G_STAR &&
			                  g->kind[k - 1] != G_ANY)) {
				g->kind[k++] = G_STAR;
			}
		} else {
			g->kind[k] = G_LIT;
			g->lit[k++] = c;
		}
	}
	g->n = k;
	return 0;
}

/*
 * Does the whole of s[0..n) match g? A row of the match table per
 * pattern element: linear in the pattern times the path, whatever the
 * wildcards.
 */
static int glob_match(const glob *g, const char *s, size_t n)
{
	unsigned char stack[512], *row = stack;
	size_t i, j;
	int ok;

	if (n + 1 > sizeof(stack) && !(row = hdrcheck__malloc(n + 1)))
		return 0;
	/* row[j]: the elements so far match s[0..j) */
	memset(row, 0, n + 1);
	row[0] = 1;
	for (i = 0; i < g->n; i++) {
		unsigned char k = g->kind[i];
		int reach = 0;

		if (k == G_STAR || k == G_ANY) {
			/* s[j'..j) with row[j'] set: for "*", no "/" in it */
			for (j = 0; j <= n; j++) {
				if (j > 0 && k == G_STAR && s[j - 1] == '/')
					reach = 0;
				if (row[j])
					reach = 1;
				row[j] = (unsigned char)reach;
			}
			continue;
		}
		for (j = n; j > 0; j--)
			row[j] =
			    row[j - 1] && (k == G_ONE || s[j - 1] == g->lit[i]);
		row[0] = 0;
	}
	ok = row[n];
	if (row != stack)
		free(row);
	return ok;
}

/* Add the holder a copyright notice names to list ('\n'-separated), once.
 * REUSE lets a notice leave out its prefix ("2019 Jane Doe"). */
static int add_holder(hdrcheck_buf *list, const char *notice, size_t n)
{
	hdrcheck_buf line = HDRCHECK_BUF_INIT;
	const char *h = NULL, *p;
	size_t m, k;
	int error = 0;

	while (n && (*notice == ' ' || *notice == '\t')) {
		notice++;
		n--;
	}
	if (!(m = hdrcheck__copyright_holder(notice, n, &h))) {
		/* no prefix: read it as a tag's value */
		if ((error = hdrcheck__buf_puts(
		         &line, "SPDX-FileCopyrightText: ")) < 0 ||
		    (error = hdrcheck__buf_put(&line, notice, n)) < 0)
			goto done;
		m = hdrcheck__copyright_holder(line.ptr, line.len, &h);
	}
	if (!m)
		goto done;
	/* one entry per holder, and none holds a line end */
	for (p = list->ptr; p && p < list->ptr + list->len;) {
		const char *nl =
		    memchr(p, '\n', list->len - (size_t)(p - list->ptr));
		size_t len =
		    nl ? (size_t)(nl - p) : list->len - (size_t)(p - list->ptr);

		if (len == m && memcmp(p, h, m) == 0)
			goto done;
		p += len + 1;
	}
	if (list->len && (error = hdrcheck__buf_put(list, "\n", 1)) < 0)
		goto done;
	k = list->len;
	if ((error = hdrcheck__buf_put(list, h, m)) < 0)
		goto done;
	for (; k < list->len; k++)
		if (list->ptr[k] == '\n' || list->ptr[k] == '\r')
			list->ptr[k] = ' ';
done:
	hdrcheck__buf_dispose(&line);
	return error;
}

/* Join an expression to *acc with AND ("(a) AND (b)": the normal form
 * drops the parentheses it does not need). */
static int and_join(char **acc, const char *e, size_t n)
{
	char *j;

	while (n && (e[n - 1] == ' ' || e[n - 1] == '\t' || e[n - 1] == '\r'))
		n--;
	while (n && (*e == ' ' || *e == '\t')) {
		e++;
		n--;
	}
	if (!n)
		return 0;
	j = *acc ? hdrcheck__aprintf("(%s) AND (%.*s)", *acc, (int)n, e)
	         : hdrcheck__strndup(e, n);
	if (!j)
		return HDRCHECK_ENOMEM;
	free(*acc);
	*acc = j;
	return 0;
}

static char *take_list(hdrcheck_buf *b)
{
	char *s;

	if (!b->len)
		return NULL;
	hdrcheck__buf_cstr(b);
	s = b->ptr;
	memset(b, 0, sizeof(*b));
	return s;
}

/* A string, or a list of strings, into *each (called per string). */
static int strings_of(const hdrcheck__toml_value *v, const char *source,
                      const char *key,
                      int (*each)(void *payload, const char *s, size_t n),
                      void *payload)
{
	size_t i;
	int error;

	if (v->kind == HDRCHECK__TOML_STRING)
		return each(payload, v->str, v->len);
	if (v->kind != HDRCHECK__TOML_ARRAY)
		goto bad;
	for (i = 0; i < v->count; i++) {
		if (v->items[i].kind != HDRCHECK__TOML_STRING) {
			v = &v->items[i];
			goto bad;
		}
		if ((error = each(payload, v->items[i].str, v->items[i].len)) <
		    0)
			return error;
	}
	return 0;
bad:
	return hdrcheck__error_set(HDRCHECK_EINVAL,
	                           "%s:%u:%u: \"%s\" must be a string or a "
	                           "list of strings",
	                           source, v->line, v->column, key);
}

typedef struct {
	annotation *a;
	int dep5;
} path_sink;

static int add_path(void *payload, const char *s, size_t n)
{
	path_sink *ps = payload;
	annotation *a = ps->a;
	void *q = hdrcheck__realloc(a->paths, (a->npaths + 1) * sizeof(glob));
	int error;

	if (!q)
		return HDRCHECK_ENOMEM;
	a->paths = q;
	/* "./x" is "x" */
	while (n >= 2 && s[0] == '.' && s[1] == '/') {
		s += 2;
		n -= 2;
	}
	if ((error = glob_compile(&a->paths[a->npaths], s, n, ps->dep5)) < 0)
		return error;
	a->npaths++;
	return 0;
}

static int add_notice(void *payload, const char *s, size_t n)
{
	return add_holder(payload, s, n);
}

static int add_expression(void *payload, const char *s, size_t n)
{
	return and_join(payload, s, n);
}

static int toml_error(const char *source, unsigned int line, unsigned int col,
                      const char *msg, const char *key)
{
	return hdrcheck__error_set(HDRCHECK_EINVAL, "%s:%u:%u: %s%s%s", source,
	                           line, col, msg, key ? key : "",
	                           key ? "\"" : "");
}

int hdrcheck__reuse_add_toml(hdrcheck__reuse *r, const char *path,
                             const char *buf, size_t len)
{
	hdrcheck__toml *doc = NULL;
	annotations set;
	const hdrcheck__toml_pair *kv;
	const char *base = hdrcheck__path_basename(path);
	size_t i;
	int error;

	memset(&set, 0, sizeof(set));
	if ((error = hdrcheck__toml_parse(&doc, path, buf, len)) < 0)
		goto done;
	kv = hdrcheck__toml_get(&doc->tables[0], "version");
	if (!kv) {
		error = toml_error(path, 1, 1, "the \"version\" key is missing",
		                   NULL);
		goto done;
	}
	if (kv->value.kind != HDRCHECK__TOML_INTEGER ||
	    kv->value.integer != 1) {
		error =
		    toml_error(path, kv->value.line, kv->value.column,
		               kv->value.kind == HDRCHECK__TOML_INTEGER
		                   ? "unsupported REUSE.toml version (hdrcheck "
		                     "reads version 1)"
		                   : "\"version\" must be an integer",
		               NULL);
		goto done;
	}
	if (!(set.source = hdrcheck__strdup(path)) ||
	    !(set.dir = hdrcheck__strndup(path, (size_t)(base - path)))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	set.dirlen = (size_t)(base - path);
	for (i = 1; i < doc->count; i++) {
		const hdrcheck__toml_table *t = &doc->tables[i];
		annotation *a;
		path_sink ps;
		hdrcheck_buf holders = HDRCHECK_BUF_INIT;
		void *q;

		if (strcmp(t->name, "annotations") != 0)
			continue; /* other tables: not REUSE's to define */
		if (!t->array) {
			error =
			    toml_error(path, t->line, t->column,
			               "\"annotations\" must be an array of "
			               "tables ([[annotations]])",
			               NULL);
			goto done;
		}
		if (!(q = hdrcheck__realloc(set.a, (set.n + 1) * sizeof(*a)))) {
			error = HDRCHECK_ENOMEM;
			goto done;
		}
		set.a = q;
		a = &set.a[set.n++];
		memset(a, 0, sizeof(*a));
		a->line = t->line;
		if (!(kv = hdrcheck__toml_get(t, "path"))) {
			error =
			    toml_error(path, t->line, t->column,
			               "[[annotations]] has no \"path\"", NULL);
			goto done;
		}
		ps.a = a;
		ps.dep5 = 0;
		if ((error = strings_of(&kv->value, path, "path", add_path,
		                        &ps)) < 0)
			goto done;
		if ((kv = hdrcheck__toml_get(t, "precedence")) != NULL) {
			const hdrcheck__toml_value *v = &kv->value;

			if (v->kind == HDRCHECK__TOML_STRING &&
			    strcmp(v->str, "closest") == 0)
				a->precedence = P_CLOSEST;
			else if (v->kind == HDRCHECK__TOML_STRING &&
			         strcmp(v->str, "aggregate") == 0)
				a->precedence = P_AGGREGATE;
			else if (v->kind == HDRCHECK__TOML_STRING &&
			         strcmp(v->str, "override") == 0)
				a->precedence = P_OVERRIDE;
			else {
				error = toml_error(
				    path, v->line, v->column,
				    "\"precedence\" must be \"closest\", "
				    "\"aggregate\" or \"override\"",
				    NULL);
				goto done;
			}
		}
		if ((kv = hdrcheck__toml_get(t, "SPDX-FileCopyrightText"))) {
			error = strings_of(&kv->value, path,
			                   "SPDX-FileCopyrightText", add_notice,
			                   &holders);
			a->holders = take_list(&holders);
			hdrcheck__buf_dispose(&holders);
			if (error < 0)
				goto done;
		}
		if ((kv = hdrcheck__toml_get(t, "SPDX-License-Identifier")) &&
		    (error =
		         strings_of(&kv->value, path, "SPDX-License-Identifier",
		                    add_expression, &a->license)) < 0)
			goto done;
	}
	{
		void *q =
		    hdrcheck__realloc(r->tomls, (r->ntomls + 1) * sizeof(set));

		if (!q) {
			error = HDRCHECK_ENOMEM;
			goto done;
		}
		r->tomls = q;
		r->tomls[r->ntomls++] = set;
		memset(&set, 0, sizeof(set));
	}
done:
	annotations_dispose(&set);
	hdrcheck__toml_free(doc);
	return error;
}

/* dep5 "Files:": whitespace-separated globs. */
static int dep5_files(annotation *a, const char *s, size_t n)
{
	path_sink ps = {a, 1};
	size_t i = 0, start;
	int error;

	while (i < n) {
		while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' ||
		                 s[i] == '\r'))
			i++;
		start = i;
		while (i < n && s[i] != ' ' && s[i] != '\t' && s[i] != '\n' &&
		       s[i] != '\r')
			i++;
		if (i > start &&
		    (error = add_path(&ps, s + start, i - start)) < 0)
			return error;
	}
	return 0;
}

static void annotation_dispose(annotation *a)
{
	size_t g;

	for (g = 0; g < a->npaths; g++)
		glob_dispose(&a->paths[g]);
	free(a->paths);
	free(a->license);
	free(a->holders);
	memset(a, 0, sizeof(*a));
}

/* A dep5 paragraph ends: keep it when it names files. */
static int dep5_flush(hdrcheck__reuse *r, annotation *cur,
                      hdrcheck_buf *holders, hdrcheck_buf *files)
{
	void *q;
	int error = 0;

	if (files->len) {
		if ((error = dep5_files(cur, files->ptr, files->len)) < 0)
			goto done;
		cur->holders = take_list(holders);
		if (!(q = hdrcheck__realloc(r->dep5.a,
		                            (r->dep5.n + 1) * sizeof(*cur)))) {
			error = HDRCHECK_ENOMEM;
			goto done;
		}
		r->dep5.a = q;
		r->dep5.a[r->dep5.n++] = *cur;
		memset(cur, 0, sizeof(*cur));
	}
done:
	annotation_dispose(cur);
	hdrcheck__buf_clear(holders);
	hdrcheck__buf_clear(files);
	return error;
}

int hdrcheck__reuse_add_dep5(hdrcheck__reuse *r, const char *path,
                             const char *buf, size_t len)
{
	annotation cur;
	hdrcheck_buf holders = HDRCHECK_BUF_INIT, files = HDRCHECK_BUF_INIT;
	size_t i = 0, line = 0;
	/* the field being continued: 0 none, 'f' Files, 'c' Copyright,
	 * 'l' License (its text: ignored), 'o' another */
	int field = 0, error = 0;

	memset(&cur, 0, sizeof(cur));
	annotations_dispose(&r->dep5);
	if (!(r->dep5.source = hdrcheck__strdup(path)) ||
	    !(r->dep5.dir = hdrcheck__strdup("")))
		return HDRCHECK_ENOMEM;
	r->has_dep5 = 1;
	while (i < len) {
		const char *s = buf + i, *nl = memchr(s, '\n', len - i);
		size_t n = nl ? (size_t)(nl - s) : len - i, k;
		int blank = 1;

		line++;
		i += n + (nl != NULL);
		if (n && s[n - 1] == '\r')
			n--;
		for (k = 0; k < n; k++)
			if (s[k] != ' ' && s[k] != '\t')
				blank = 0;
		if (blank) {
			if ((error = dep5_flush(r, &cur, &holders, &files)) < 0)
				goto done;
			field = 0;
		} else if (s[0] == '#') {
			/* a comment line */
		} else if (s[0] == ' ' || s[0] == '\t') {
			if (!field) {
				error = hdrcheck__error_set(
				    HDRCHECK_EINVAL,
				    "%s:%zu:1: a continuation line outside a "
				    "field",
				    path, line);
				goto done;
			}
			if (field == 'f' &&
			    ((error = hdrcheck__buf_put(&files, " ", 1)) < 0 ||
			     (error = hdrcheck__buf_put(&files, s, n)) < 0))
				goto done;
			/* " ." stands for an empty line */
			if (field == 'c' && !(n == 2 && s[1] == '.') &&
			    (error = add_holder(&holders, s, n)) < 0)
				goto done;
		} else {
			const char *colon = memchr(s, ':', n);
			size_t name, vs;

			if (!colon || colon == s) {
				error = hdrcheck__error_set(
				    HDRCHECK_EINVAL,
				    "%s:%zu:1: expected a field (\"Name: "
				    "value\")",
				    path, line);
				goto done;
			}
			name = (size_t)(colon - s);
			vs = name + 1;
			if (!cur.line)
				cur.line = (unsigned int)line;
			if (hdrcheck__ascii_ieqn(s, name, "files")) {
				field = 'f';
				if ((error = hdrcheck__buf_put(&files, s + vs,
				                               n - vs)) < 0)
					goto done;
			} else if (hdrcheck__ascii_ieqn(s, name, "copyright")) {
				field = 'c';
				if ((error = add_holder(&holders, s + vs,
				                        n - vs)) < 0)
					goto done;
			} else if (hdrcheck__ascii_ieqn(s, name, "license")) {
				field = 'l';
				free(cur.license);
				cur.license = NULL;
				if ((error = and_join(&cur.license, s + vs,
				                      n - vs)) < 0)
					goto done;
			} else {
				field = 'o';
			}
		}
	}
	error = dep5_flush(r, &cur, &holders, &files);
done:
	annotation_dispose(&cur);
	hdrcheck__buf_dispose(&holders);
	hdrcheck__buf_dispose(&files);
	return error;
}

/* Leading comment decoration of a sidecar's line. */
static size_t skip_decoration(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n &&
	       (s[i] == ' ' || s[i] == '\t' || s[i] == '#' || s[i] == '/' ||
	        s[i] == '*' || s[i] == ';' || s[i] == '%' || s[i] == '!' ||
	        s[i] == '-' || s[i] == '<'))
		i++;
	return i;
}

int hdrcheck__reuse_sidecar(hdrcheck__reuse_info *out, const char *buf,
                            size_t len)
{
	static const char tag[] = "SPDX-License-Identifier:";
	hdrcheck_buf holders = HDRCHECK_BUF_INIT;
	size_t i = 0, t = sizeof(tag) - 1;
	int error = 0;

	memset(out, 0, sizeof(*out));
	while (i < len) {
		const char *s = buf + i, *nl = memchr(s, '\n', len - i);
		size_t n = nl ? (size_t)(nl - s) : len - i, d;

		i += n + (nl != NULL);
		if (n && s[n - 1] == '\r')
			n--;
		d = skip_decoration(s, n);
		if (n - d >= t && memcmp(s + d, tag, t) == 0) {
			const char *e = s + d + t;
			size_t m = n - d - t;

			/* a block comment's end on the tag's line */
			if (m >= 2 && memcmp(e + m - 2, "*/", 2) == 0)
				m -= 2;
			else if (m >= 3 && memcmp(e + m - 3, "-->", 3) == 0)
				m -= 3;
			if ((error = and_join(&out->license, e, m)) < 0)
				goto done;
		} else if ((error = add_holder(&holders, s + d, n - d)) < 0) {
			goto done;
		}
	}
	out->holders = take_list(&holders);
done:
	hdrcheck__buf_dispose(&holders);
	if (error < 0)
		hdrcheck__reuse_info_dispose(out);
	return error;
}

void hdrcheck__reuse_info_dispose(hdrcheck__reuse_info *info)
{
	free(info->license);
	free(info->holders);
	memset(info, 0, sizeof(*info));
}

int hdrcheck__reuse_own_file(const char *path)
{
	const char *base = hdrcheck__path_basename(path);

	return strcmp(base, "REUSE.toml") == 0 ||
	       strncmp(path, ".reuse/", 7) == 0;
}

/* The last annotation of set that matches path (relative to the root),
 * or NULL. */
static const annotation *last_match(const annotations *set, const char *path)
{
	size_t i, k, n;

	if (strncmp(path, set->dir, set->dirlen) != 0)
		return NULL;
	path += set->dirlen;
	n = strlen(path);
	for (i = set->n; i-- > 0;)
		for (k = 0; k < set->a[i].npaths; k++)
			if (glob_match(&set->a[i].paths[k], path, n))
				return &set->a[i];
	return NULL;
}

int hdrcheck__reuse_describe(const hdrcheck__reuse *r, const char *path,
                             hdrcheck__reuse_match **out, size_t *count)
{
	static const char *const prec[] = {"closest", "aggregate", "override"};
	hdrcheck__reuse_match *v = NULL;
	size_t n = 0, i;

	*out = NULL;
	*count = 0;
	if (!(v = hdrcheck__calloc(r->ntomls + 2, sizeof(*v))))
		return HDRCHECK_ENOMEM;
	for (i = 0; i <= r->ntomls; i++) {
		const annotations *set = i < r->ntomls
		                             ? &r->tomls[i]
		                             : (r->dep5.n ? &r->dep5 : NULL);
		const annotation *a = set ? last_match(set, path) : NULL;

		if (!a)
			continue;
		v[n].source = set->source;
		v[n].line = a->line;
		v[n].precedence = i < r->ntomls ? prec[a->precedence] : NULL;
		v[n].license = a->license;
		n++;
	}
	*out = v;
	*count = n;
	return 0;
}

static int append_holders(hdrcheck_buf *b, const char *list)
{
	const char *p = list;
	int error = 0;

	while (p && *p && error == 0) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);

		error = add_holder(b, p, n);
		p = nl ? nl + 1 : NULL;
	}
	return error;
}

int hdrcheck__reuse_apply(const hdrcheck__reuse *r,
                          const hdrcheck__policy *policy, hdrcheck_finding *f,
                          const hdrcheck__reuse_info *sidecar,
                          const char *sidecar_path)
{
	const annotation *over = NULL, *lic_close = NULL, *cr_close = NULL;
	const annotation *agg[65];
	const char *over_src = NULL, *close_src = NULL, *src = NULL;
	size_t over_depth = (size_t)-1, lic_depth = 0, cr_depth = 0;
	size_t nagg = 0, i;
	char *lic = NULL, *out = NULL, *reason = NULL;
	hdrcheck_buf holders = HDRCHECK_BUF_INIT;
	hdrcheck_status status;
	int own, states, skipped, used_close = 0, error = 0;

	if (f->status == HDRCHECK_STATUS_ERROR ||
	    (f->status == HDRCHECK_STATUS_SKIPPED && f->reason &&
	     strcmp(f->reason, HDRCHECK_SKIP_EXCLUDED) == 0) ||
	    hdrcheck__reuse_own_file(f->path))
		return 0;
	for (i = 0; r && i < r->ntomls; i++) {
		const annotations *set = &r->tomls[i];
		const annotation *a = last_match(set, f->path);

		if (!a)
			continue;
		if (a->precedence == P_OVERRIDE) {
			/* the one nearest the root is authoritative */
			if (set->dirlen < over_depth) {
				over = a;
				over_src = set->source;
				over_depth = set->dirlen;
			}
			continue;
		}
		if (a->precedence == P_AGGREGATE && nagg < 64)
			agg[nagg++] = a;
		/* closest: the deepest file that says it, license and
		 * copyright each on their own */
		if (a->license && (!lic_close || set->dirlen >= lic_depth)) {
			lic_close = a;
			lic_depth = set->dirlen;
			close_src = set->source;
		}
		if (a->holders && (!cr_close || set->dirlen >= cr_depth)) {
			cr_close = a;
			cr_depth = set->dirlen;
		}
	}
	if (r && !over && r->dep5.n) {
		const annotation *a = last_match(&r->dep5, f->path);

		if (a)
			agg[nagg++] = a;
	}
	if (!over && !nagg && !lic_close && !cr_close && !sidecar)
		return 0;

	skipped = f->status == HDRCHECK_STATUS_SKIPPED;
	/* what the file states itself: its sidecar stands for its header */
	states = sidecar ? sidecar->license != NULL
	                 : !skipped && f->status != HDRCHECK_STATUS_MISSING;
	own = 0;
	if (over) {
		if (!over->license)
			goto holders_only;
		if ((error = and_join(&lic, over->license,
		                      strlen(over->license))) < 0)
			goto done;
		src = over_src;
	} else {
		if (sidecar && sidecar->license) {
			if ((error = and_join(&lic, sidecar->license,
			                      strlen(sidecar->license))) < 0)
				goto done;
			src = sidecar_path;
		} else if (states && f->license) {
			if ((error = and_join(&lic, f->license,
			                      strlen(f->license))) < 0)
				goto done;
			own = 1;
		} else if (!states && lic_close) {
			used_close = 1;
			if ((error = and_join(&lic, lic_close->license,
			                      strlen(lic_close->license))) < 0)
				goto done;
			src = close_src;
		}
		for (i = 0; i < nagg; i++) {
			if (!agg[i]->license ||
			    (agg[i] == lic_close && used_close))
				continue;
			if ((error = and_join(&lic, agg[i]->license,
			                      strlen(agg[i]->license))) < 0)
				goto done;
			if (!src)
				src =
				    agg[i] == (r->dep5.n ? last_match(&r->dep5,
				                                      f->path)
				                         : NULL)
				        ? r->dep5.source
				        : "REUSE.toml";
			own = 0;
		}
		/* a header whose license nothing outside adds to, and
		 * a file with a damaged header that REUSE does not
		 * override: the verdict stays the file's */
		if (!src || (states && !sidecar && !f->license))
			goto holders_only;
	}
	(void)own;
	/* blank license fields ("SPDX-License-Identifier:" and no more)
	 * gave nothing to judge */
	if (!lic)
		goto holders_only;
	if (skipped) {
		/* the inventory learns the license; the file stays skipped */
		if (!f->license) {
			if ((error = hdrcheck__expr_normalize(&out, lic,
			                                      strlen(lic))) < 0)
				goto done;
			if (error == 0) {
				f->license = out;
				out = NULL;
			}
			error = 0;
		}
		goto holders_only;
	}
	if ((error = hdrcheck__policy_judge(policy, f->path, f->policy, lic,
	                                    &status, &out)) < 0)
		goto done;
	reason = status == HDRCHECK_STATUS_MISMATCH
	             ? hdrcheck__aprintf("%s: %s", src, out)
	             : hdrcheck__aprintf("licensed by %s", src);
	if (!reason) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	f->status = status;
	free((char *)f->reason);
	f->reason = reason;
	reason = NULL;
	free((char *)f->license);
	f->license = NULL;
	if (status != HDRCHECK_STATUS_MISMATCH) {
		f->license = out;
		out = NULL;
	}
	if (!states || sidecar || over)
		f->line = 0;
holders_only:
	/* copyright: the override's, else the sidecar's or the file's,
	 * else the closest annotation's; aggregates add theirs */
	if (over && over->holders) {
		if ((error = append_holders(&holders, over->holders)) < 0)
			goto done;
	} else if (!over) {
		const char *base = sidecar ? sidecar->holders : f->holders;

		if (!base && cr_close)
			base = cr_close->holders;
		/* the file's own list as it is: it is clean already */
		if (base && base == f->holders
		        ? (error = hdrcheck__buf_puts(&holders, base)) < 0
		        : (error = append_holders(&holders, base)) < 0)
			goto done;
		for (i = 0; i < nagg; i++)
			if (agg[i] != cr_close &&
			    (error =
			         append_holders(&holders, agg[i]->holders)) < 0)
				goto done;
	}
	if (holders.len || over || sidecar) {
		free((char *)f->holders);
		f->holders = take_list(&holders);
	}
	error = 1;
done:
	hdrcheck__buf_dispose(&holders);
	free(lic);
	free(out);
	free(reason);
	return error;
}
