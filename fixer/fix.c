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
 * hdrcheck_fix(): check the tree (the scanner and the policies do the
 * enumeration and the verdicts, exactly as for `check`), then, one file at
 * a time, re-read each `missing` or `mismatch` file whole, plan its fix
 * from the same classification, build the new content, classify that
 * again (a fix that check would not accept is never written), and write
 * it (write.c) or describe it (diff.c).
 */

#include <ctype.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/stat.h>
#include <unistd.h>
#include "fixer/fixer.h"
#include "policies/config.h"
#include "policies/expression.h"
#include "policies/header.h"
#include "policies/identify.h"
#include "scanner/check.h"
#include "scanner/history.h"

struct hdrcheck_fix_result {
	hdrcheck_fix_entry *entries; /* paths and reasons owned */
	size_t count;
	size_t cap;
	size_t fixed;
	size_t not_fixable;
	hdrcheck_buf diff;
};

const char *hdrcheck_fix_action_name(hdrcheck_fix_action a)
{
	switch (a) {
	case HDRCHECK_FIX_INSERTED:
		return "inserted";
	case HDRCHECK_FIX_REPLACED:
		return "replaced";
	case HDRCHECK_FIX_NOT_FIXABLE:
		return "not_fixable";
	}
	return "unknown";
}

void hdrcheck_fix_result_free(hdrcheck_fix_result *r)
{
	size_t i;

	if (!r)
		return;
	for (i = 0; i < r->count; i++) {
		free((char *)r->entries[i].path);
		free((char *)r->entries[i].reason);
	}
	free(r->entries);
	hdrcheck__buf_dispose(&r->diff);
	free(r);
}

size_t hdrcheck_fix_result_count(const hdrcheck_fix_result *r)
{
	return r ? r->count : 0;
}

const hdrcheck_fix_entry *hdrcheck_fix_result_get(const hdrcheck_fix_result *r,
                                                  size_t i)
{
	return r && i < r->count ? &r->entries[i] : NULL;
}

size_t hdrcheck_fix_result_fixed(const hdrcheck_fix_result *r)
{
	return r ? r->fixed : 0;
}

size_t hdrcheck_fix_result_not_fixable(const hdrcheck_fix_result *r)
{
	return r ? r->not_fixable : 0;
}

const char *hdrcheck_fix_result_diff(const hdrcheck_fix_result *r, size_t *len)
{
	if (len)
		*len = r && r->diff.ptr ? r->diff.len : 0;
	return r && r->diff.ptr ? r->diff.ptr : "";
}

/* Add an entry; reason is taken over (freed on failure too). */
static int add_entry(hdrcheck_fix_result *r, const char *path,
                     hdrcheck_fix_action action, hdrcheck_status status,
                     char *reason)
{
	hdrcheck_fix_entry *e;
	char *p = NULL;

	if (r->count == r->cap) {
		size_t cap = r->cap ? r->cap * 2 : 16;

		if (!(e = hdrcheck__realloc(r->entries, cap * sizeof(*e)))) {
			free(reason);
			return HDRCHECK_ENOMEM;
		}
		r->entries = e;
		r->cap = cap;
	}
	if (!(p = hdrcheck__strdup(path))) {
		free(reason);
		return HDRCHECK_ENOMEM;
	}
	e = &r->entries[r->count++];
	e->path = p;
	e->action = action;
	e->status = status;
	e->reason = reason;
	/* a file named on its own whose type cannot hold a comment is
	 * listed, but is no violation left (pre-commit hooks pass it) */
	if (action == HDRCHECK_FIX_NOT_FIXABLE) {
		if (status != HDRCHECK_STATUS_SKIPPED)
			r->not_fixable++;
	} else {
		r->fixed++;
	}
	return 0;
}

/* The file's line ending: that of its first line; LF when it has none. */
static const char *file_eol(const char *buf, size_t len)
{
	const char *nl = memchr(buf, '\n', len);

	return nl && nl > buf && nl[-1] == '\r' ? "\r\n" : "\n";
}

/* Is offset at at the start of a line? A BOM is not a line of its own. */
static int at_line_start(const char *buf, size_t at)
{
	return at == 0 || buf[at - 1] == '\n' ||
	       (at == 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0);
}

/* Does s start with a blank line (only blanks, then a line end or the
 * end)? */
static int starts_blank(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r'))
		i++;
	return i == n || s[i] == '\n';
}

/* A header inserted at the plan's insertion point. */
static int compose_insert(hdrcheck_buf *out, const hdrcheck__fix_plan *p,
                          const hdrcheck__fix_style *style, const char *text,
                          size_t text_len, const char *buf, size_t len,
                          const char **why)
{
	const char *eol = file_eol(buf, len);
	size_t at = p->insert_at;
	int final_eol = at < len || buf[len - 1] == '\n';
	int error;

	if ((error = hdrcheck__buf_put(out, buf, at)) < 0 ||
	    (!at_line_start(buf, at) &&
	     (error = hdrcheck__buf_puts(out, eol)) < 0) ||
	    (p->blank_before && (error = hdrcheck__buf_puts(out, eol)) < 0))
		return error;
	if ((error = hdrcheck__fix_render(out, style, text, text_len, eol,
	                                  final_eol, why)) != 0)
		return error;
	if (at < len && !starts_blank(buf + at, len - at) &&
	    (error = hdrcheck__buf_puts(out, eol)) < 0)
		return error;
	return hdrcheck__buf_put(out, buf + at, len - at);
}

static int put_line_text(hdrcheck_buf *out, const hdrcheck__plan_line *l,
                         const char *buf)
{
	if (l->kind == HDRCHECK__PLAN_BLANK)
		return 0;
	return hdrcheck__buf_put(out, buf + l->off, l->len);
}

/*
 * Append the kept lines idx[0..n) of the block, without blank lines at
 * either end and with runs of blank lines made one. *any: 1 when a line
 * was written; *last: the kind of the last one.
 */
static int put_kept(hdrcheck_buf *out, const hdrcheck__fix_plan *p,
                    const size_t *idx, size_t n, const char *buf, int *any,
                    hdrcheck__plan_line_kind *last)
{
	size_t i, blanks = 0;
	int error = 0;

	*any = 0;
	*last = HDRCHECK__PLAN_BLANK;
	for (i = 0; i < n && error >= 0; i++) {
		const hdrcheck__plan_line *l = &p->lines[idx[i]];

		if (l->kind == HDRCHECK__PLAN_BLANK) {
			blanks += *any;
			continue;
		}
		if (*any)
			error = hdrcheck__buf_puts(out, blanks ? "\n\n" : "\n");
		if (error >= 0)
			error = put_line_text(out, l, buf);
		blanks = 0;
		*any = 1;
		*last = l->kind;
	}
	return error;
}

/*
 * The text of the rewritten block: the lines before the license text
 * (a description, the copyright lines, an SPDX tag: kept, with the
 * copyright and SPDX lines from inside the old text), the new header, and
 * the lines after it (with any other line from inside the old text).
 * Without license text in the block, it splits after the last copyright
 * or SPDX line.
 */
static int compose_block_text(hdrcheck_buf *out, const hdrcheck__fix_plan *p,
                              const char *header, size_t header_len,
                              const char *buf)
{
	size_t n = p->lines_count, first = SIZE_MAX, last = 0, i;
	size_t *pre = NULL, *post = NULL, npre = 0, npost = 0;
	hdrcheck__plan_line_kind kind;
	int error = 0, any_pre = 0, any_post = 0, notices;

	if (!(pre = hdrcheck__calloc(n + 1, sizeof(size_t))) ||
	    !(post = hdrcheck__calloc(n + 1, sizeof(size_t)))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	for (i = 0; i < n; i++)
		if (p->lines[i].kind == HDRCHECK__PLAN_LICENSE) {
			if (first == SIZE_MAX)
				first = i;
			last = i;
		}
	if (first == SIZE_MAX) {
		first = 0;
		for (i = 0; i < n; i++)
			if (p->lines[i].kind == HDRCHECK__PLAN_COPYRIGHT ||
			    p->lines[i].kind == HDRCHECK__PLAN_SPDX)
				first = i + 1;
		last = first ? first - 1 : 0;
		if (!first)
			last = SIZE_MAX; /* nothing in the middle */
	}
	for (i = 0; i < first && i < n; i++)
		pre[npre++] = i;
	for (i = first; last != SIZE_MAX && i <= last && i < n; i++)
		if (p->lines[i].kind == HDRCHECK__PLAN_COPYRIGHT ||
		    p->lines[i].kind == HDRCHECK__PLAN_SPDX)
			pre[npre++] = i;
	for (i = first; last != SIZE_MAX && i <= last && i < n; i++)
		if (p->lines[i].kind == HDRCHECK__PLAN_OTHER)
			post[npost++] = i;
	for (i = last == SIZE_MAX ? 0 : last + 1; i < n; i++)
		post[npost++] = i;

	if ((error = put_kept(out, p, pre, npre, buf, &any_pre, &kind)) < 0)
		goto done;
	/* copyright and SPDX lines stay together: a kept one right above
	 * the policy's own */
	notices =
	    (kind == HDRCHECK__PLAN_COPYRIGHT || kind == HDRCHECK__PLAN_SPDX) &&
	    (strncmp(header, "Copyright ", 10) == 0 ||
	     strncmp(header, "SPDX-License-Identifier:", 24) == 0);
	if ((any_pre &&
	     (error = hdrcheck__buf_puts(out, notices ? "\n" : "\n\n")) < 0) ||
	    (error = hdrcheck__buf_put(out, header, header_len)) < 0)
		goto done;
	{
		hdrcheck_buf tail = HDRCHECK_BUF_INIT;

		error = put_kept(&tail, p, post, npost, buf, &any_post, &kind);
		if (error >= 0 && any_post &&
		    (error = hdrcheck__buf_puts(out, "\n\n")) >= 0)
			error = hdrcheck__buf_put(out, tail.ptr, tail.len);
		hdrcheck__buf_dispose(&tail);
	}
done:
	free(pre);
	free(post);
	return error;
}

/* The plan's block rewritten in its own comment syntax. */
static int compose_block(hdrcheck_buf *out, const hdrcheck__fix_plan *p,
                         const char *header, size_t header_len, const char *buf,
                         size_t len, const char **why)
{
	hdrcheck__fix_style style;
	hdrcheck_buf text = HDRCHECK_BUF_INIT;
	const char *eol = file_eol(buf, len);
	size_t s = p->block_start, e = p->block_end;
	int error;

	style.line = p->block_line;
	style.open = p->block_open;
	style.close = p->block_close;
	if ((error = compose_block_text(&text, p, header, header_len, buf)) <
	        0 ||
	    (error = hdrcheck__buf_put(out, buf, s)) < 0 ||
	    (!at_line_start(buf, s) &&
	     (error = hdrcheck__buf_puts(out, eol)) < 0) ||
	    (error = hdrcheck__fix_render(out, &style, text.ptr ? text.ptr : "",
	                                  text.len, eol,
	                                  e && buf[e - 1] == '\n', why)) != 0)
		goto done;
	/* a header made from a lone copyright line is set off from the
	 * code, as an inserted one is; a replaced one keeps its layout */
	if (p->finding.status == HDRCHECK_STATUS_MISSING && e < len &&
	    !starts_blank(buf + e, len - e) &&
	    (error = hdrcheck__buf_puts(out, eol)) < 0)
		goto done;
	error = hdrcheck__buf_put(out, buf + e, len - e);
done:
	hdrcheck__buf_dispose(&text);
	return error;
}

static int block_has(const hdrcheck__fix_plan *p, hdrcheck__plan_line_kind kind)
{
	size_t i;

	for (i = 0; i < p->lines_count; i++)
		if (p->lines[i].kind == kind)
			return 1;
	return 0;
}

/*
 * The smallest repair: the damaged header's words aligned with the
 * nearest accepted form of the license (a longest common subsequence,
 * case-insensitive), and only the words that differ changed in place.
 * Every other byte of the block stays: its form (the ASF form stays the
 * ASF form), line breaks, decoration, indentation, tabs, trailing blanks,
 * and lines such as "//go:build" or "//nolint". A run of wrong words that
 * spans a line break, or would empty a line, is left to the block rewrite.
 */

/* The largest alignment table (block words x form words). */
#define EDIT_MAX_CELLS (4u * 1024 * 1024)

typedef struct {
	size_t off, len; /* in the file, or in the form text */
} edit_word;

typedef struct {
	edit_word *v;
	size_t count, cap;
} edit_words;

typedef struct {
	size_t start, end; /* bytes of the file replaced */
	const char *text;  /* by these (from the form) */
	size_t text_len;
	const char *before; /* "" or " " around the text */
	const char *after;
	int lines; /* 1: the text goes in as comment lines of its own */
} edit_op;

static int word_char(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9');
}

static int lower_c(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static int word_is(const char *s, const edit_word *w, const char *lit)
{
	size_t k;

	if (strlen(lit) != w->len)
		return 0;
	for (k = 0; k < w->len; k++)
		if (lower_c((unsigned char)s[w->off + k]) != lit[k])
			return 0;
	return 1;
}

/* The words of s[from, to), as the matcher reads them: "www" after
 * "http" and ".txt"/".html" after "LICENSE-2.0" are not words. */
static int words_of(edit_words *ws, const char *s, size_t from, size_t to)
{
	size_t i = from;

	while (i < to) {
		edit_word w;

		while (i < to && !word_char((unsigned char)s[i]))
			i++;
		if (i >= to)
			break;
		/* markup ("<p>", "</b>", "&quot;") is not words, as the
		 * matcher reads them */
		if (i > from && (s[i - 1] == '<' || s[i - 1] == '&' ||
		                 s[i - 1] == '/' || s[i - 1] == '#')) {
			size_t at =
			    s[i - 1] == '<' || s[i - 1] == '&' ? i - 1 : i - 2;
			size_t m = at >= from && at < i
			               ? hdrcheck__tokens_markup_len(s, to, at)
			               : 0;

			if (m) {
				i = at + m;
				continue;
			}
		}
		w.off = i;
		while (i < to && word_char((unsigned char)s[i]))
			i++;
		w.len = i - w.off;
		if (ws->count &&
		    ((word_is(s, &w, "www") &&
		      (word_is(s, &ws->v[ws->count - 1], "http") ||
		       word_is(s, &ws->v[ws->count - 1], "https"))) ||
		     ((word_is(s, &w, "txt") || word_is(s, &w, "html")) &&
		      word_is(s, &ws->v[ws->count - 1], "0"))))
			continue;
		if (ws->count == ws->cap) {
			size_t cap = ws->cap ? ws->cap * 2 : 64;
			edit_word *v =
			    hdrcheck__realloc(ws->v, cap * sizeof(*v));

			if (!v)
				return HDRCHECK_ENOMEM;
			ws->v = v;
			ws->cap = cap;
		}
		ws->v[ws->count++] = w;
	}
	return 0;
}

static int words_equal(const char *a, const edit_word *wa, const char *b,
                       const edit_word *wb)
{
	size_t la = wa->len, lb = wb->len, k;

	/* "https" reads as "http" */
	if (la == 5 && word_is(a, wa, "https"))
		la = 4;
	if (lb == 5 && word_is(b, wb, "https"))
		lb = 4;
	if (la != lb)
		return 0;
	for (k = 0; k < la; k++)
		if (lower_c((unsigned char)a[wa->off + k]) !=
		    lower_c((unsigned char)b[wb->off + k]))
			return 0;
	return 1;
}

/* LCS table of block words (rows) against form words (columns), from the
 * end: t[i][j] = LCS of a[i..], b[j..]. */
static unsigned short *lcs_table(const char *as, const edit_words *a,
                                 const char *bs, const edit_words *b)
{
	size_t n = a->count, m = b->count, i, j, w = m + 1;
	unsigned short *t;

	if ((n + 1) * w > EDIT_MAX_CELLS || n >= 65535 || m >= 65535)
		return NULL;
	if (!(t = hdrcheck__calloc((n + 1) * w, sizeof(*t))))
		return NULL;
	for (i = n; i-- > 0;)
		for (j = m; j-- > 0;)
			t[i * w + j] =
			    words_equal(as, &a->v[i], bs, &b->v[j])
			        ? (unsigned short)(t[(i + 1) * w + j + 1] + 1)
			    : t[(i + 1) * w + j] > t[i * w + j + 1]
			        ? t[(i + 1) * w + j]
			        : t[i * w + j + 1];
	return t;
}

static size_t line_start_of(const char *buf, size_t off)
{
	while (off > 0 && buf[off - 1] != '\n')
		off--;
	return off;
}

/* Just past the '\n' ending the line that holds off, or len. */
static size_t line_end_of(const char *buf, size_t len, size_t off)
{
	const char *nl = off < len ? memchr(buf + off, '\n', len - off) : NULL;

	return nl ? (size_t)(nl - buf) + 1 : len;
}

static const char *find_in(const char *s, size_t n, const char *needle)
{
	size_t k = strlen(needle), i;

	for (i = 0; k && i + k <= n; i++)
		if (memcmp(s + i, needle, k) == 0)
			return s + i;
	return NULL;
}

static int has_newline(const char *s, size_t from, size_t to)
{
	return from < to && memchr(s + from, '\n', to - from) != NULL;
}

/* The accepted forms of the plan's license, as text. */
static size_t license_forms(const hdrcheck__fix_plan *p, const char **forms,
                            size_t max)
{
	size_t i, n = 0;
	const char *const *f;

	if (!p->facts.builtin || !p->facts.builtin->spdx)
		return 0;
	if (strcmp(p->facts.builtin->spdx, "Apache-2.0") == 0) {
		/* every accepted form: a damaged header is repaired in
		 * its own form (the short ASF form stays short) */
		for (i = 0; i < HDRCHECK__TEMPLATE__COUNT && n < max; i++)
			forms[n++] =
			    hdrcheck__template_text((hdrcheck__template_id)i);
		return n;
	}
	for (i = 0; i < hdrcheck__licenses_count; i++) {
		if (strcmp(hdrcheck__licenses[i].spdx,
		           p->facts.builtin->spdx) != 0)
			continue;
		for (f = hdrcheck__licenses[i].forms; f && *f && n < max; f++)
			forms[n++] = *f;
		break;
	}
	return n;
}

/* Is the run of block words [i, j] all the words of its line? */
static int empties_line(const char *buf, size_t len, const edit_words *a,
                        size_t i, size_t j)
{
	size_t ls = a->v[i].off, le = a->v[j].off + a->v[j].len;

	while (ls > 0 && buf[ls - 1] != '\n')
		ls--;
	while (le < len && buf[le] != '\n')
		le++;
	return (i == 0 || a->v[i - 1].off < ls) &&
	       (j + 1 >= a->count || a->v[j + 1].off >= le);
}

/* The plan line holding offset off, or NULL. */
static const hdrcheck__plan_line *line_of(const hdrcheck__fix_plan *p,
                                          size_t off)
{
	size_t i;

	for (i = 0; i < p->lines_count; i++)
		if (off >= p->lines[i].off &&
		    off <= p->lines[i].off + p->lines[i].len)
			return &p->lines[i];
	return NULL;
}

static int no_word_between(const char *s, size_t from, size_t to)
{
	for (; from < to; from++)
		if (word_char((unsigned char)s[from]))
			return 0;
	return 1;
}

/*
 * Form words [f0, f1] are missing after block word pi (SIZE_MAX: before
 * block word ni). A few words go in where they belong, on the line; a
 * longer run (a dropped line or sentence) goes in as lines of its own
 * between the lines around it, when it falls between two. Returns 0, or
 * 1 when neither fits.
 */
static int add_insert(edit_op *o, const hdrcheck__fix_plan *p, const char *buf,
                      size_t len, const edit_words *a, size_t pi, size_t ni,
                      const char *form, const edit_words *b, size_t f0,
                      size_t f1)
{
	size_t words = f1 - f0 + 1, next, e;
	const hdrcheck__plan_line *l;
	int boundary = 0;

	/* the form's text up to its next word, punctuation included */
	next = f1 + 1 < b->count ? b->v[f1 + 1].off : strlen(form);
	e = next;
	while (e > b->v[f0].off && (form[e - 1] == ' ' || form[e - 1] == '\n'))
		e--;
	if (pi != SIZE_MAX) {
		size_t we = a->v[pi].off + a->v[pi].len;

		l = line_of(p, a->v[pi].off);
		if (l && no_word_between(buf, we, l->off + l->len)) {
			o->start = line_end_of(buf, len, l->off + l->len);
			/* never after the line that closes the comment */
			boundary = o->start <= len && o->start > 0 &&
			           buf[o->start - 1] == '\n' &&
			           !(p->block_close &&
			             find_in(buf + l->off + l->len,
			                     o->start - l->off - l->len,
			                     p->block_close));
		}
	} else {
		l = line_of(p, a->v[ni].off);
		if (l && no_word_between(buf, l->off, a->v[ni].off)) {
			o->start = line_start_of(buf, l->off);
			/* never before the line that opens the comment */
			boundary = !(p->block_open &&
			             find_in(buf + o->start, l->off - o->start,
			                     p->block_open));
		}
	}
	/* a line of its own would need the closer of a "{# #}" line */
	if (p->block_line && p->block_close)
		boundary = 0;
	if (words >= 4 && boundary) {
		o->end = o->start;
		o->text = form + b->v[f0].off;
		o->text_len = e - b->v[f0].off;
		o->before = o->after = "";
		o->lines = 1;
		return 0;
	}
	if (words > 6)
		return 1;
	o->lines = 0;
	o->text = form + b->v[f0].off;
	o->text_len = b->v[f1].off + b->v[f1].len - b->v[f0].off;
	if (pi != SIZE_MAX) {
		o->start = o->end = a->v[pi].off + a->v[pi].len;
		o->before = " ";
		o->after = "";
	} else {
		o->start = o->end = a->v[ni].off;
		o->before = "";
		o->after = " ";
	}
	return 0;
}

/* Extend o's form text over a "www" that follows it in the form before
 * form word nj (words_of does not count it), when only punctuation lies
 * between. */
static void extend_over_www(edit_op *o, const char *form, const edit_words *b,
                            size_t nj)
{
	const char *e = o->text + o->text_len;
	const char *stop =
	    nj < b->count ? form + b->v[nj].off : form + strlen(form);

	while (e < stop && !word_char((unsigned char)*e) && *e != ' ' &&
	       *e != '\n')
		e++;
	if (stop - e >= 3 && lower_c((unsigned char)e[0]) == 'w' &&
	    lower_c((unsigned char)e[1]) == 'w' &&
	    lower_c((unsigned char)e[2]) == 'w' &&
	    (e + 3 == stop || !word_char((unsigned char)e[3])))
		o->text_len = (size_t)(e + 3 - o->text);
}

/*
 * Build the edits from the alignment; 0, 1 when the smallest change
 * cannot be made in place, or < 0.
 */
static int plan_edits(edit_op *ops, size_t *nops, const hdrcheck__fix_plan *p,
                      const char *buf, size_t len, const edit_words *a,
                      const char *form, const edit_words *b,
                      const unsigned short *t, const char *close)
{
	size_t n = a->count, m = b->count, w = m + 1, i = 0, j = 0;
	size_t pi = SIZE_MAX, pj = SIZE_MAX; /* the last matched pair */
	int first = 1;

	*nops = 0;
	for (;;) {
		size_t ni = i, nj = j;

		/* the next matched pair (ni, nj), or the end */
		while (ni < n && nj < m &&
		       !(words_equal(buf, &a->v[ni], form, &b->v[nj]) &&
		         t[ni * w + nj] == t[(ni + 1) * w + nj + 1] + 1)) {
			if (t[(ni + 1) * w + nj] >= t[ni * w + nj + 1])
				ni++;
			else
				nj++;
		}
		if (ni >= n || nj >= m) {
			/* form words after the last match: after it; block
			 * words after it are not the license's */
			if (pi != SIZE_MAX && pj + 1 < m &&
			    add_insert(&ops[(*nops)++], p, buf, len, a, pi,
			               SIZE_MAX, form, b, pj + 1, m - 1))
				return 1;
			break;
		}
		if (first) {
			const hdrcheck__plan_line *l = line_of(p, a->v[ni].off);
			size_t fi = ni;

			/* form words before the first match: before it;
			 * block words before it are not the license's, but
			 * those before it on its line open the sentence in
			 * other words ("This file is provided to you under
			 * the Apache License"): the form's opening takes
			 * their place */
			while (l && fi > 0 && a->v[fi - 1].off >= l->off)
				fi--;
			if (nj > 0 && nj <= 6 && fi < ni) {
				edit_op *o = &ops[(*nops)++];

				memset(o, 0, sizeof(*o));
				o->start = a->v[fi].off;
				o->end = a->v[ni].off;
				o->text = form + b->v[0].off;
				o->text_len = b->v[nj - 1].off +
				              b->v[nj - 1].len - b->v[0].off;
				o->before = "";
				o->after = " ";
			} else if (nj > 0 && add_insert(&ops[(*nops)++], p, buf,
			                                len, a, SIZE_MAX, ni,
			                                form, b, 0, nj - 1)) {
				return 1;
			}
			first = 0;
		} else if (ni == pi + 1 && nj > pj + 1) {
			if (add_insert(&ops[(*nops)++], p, buf, len, a, pi, ni,
			               form, b, pj + 1, nj - 1))
				return 1;
		} else if (ni > pi + 1) {
			edit_op *o = &ops[(*nops)++];
			size_t di = pi + 1, dj = ni - 1; /* wrong words */

			memset(o, 0, sizeof(*o));
			o->before = o->after = o->text = "";
			if (nj > pj + 1) {
				o->text = form + b->v[pj + 1].off;
				o->text_len = b->v[nj - 1].off +
				              b->v[nj - 1].len -
				              b->v[pj + 1].off;
			}
			/* a "www" the reader skips after the form's "http"
			 * ends the file's wrong words ("htestp://www"): the
			 * form's text takes it along, "http://www" */
			if (o->text_len && word_is(buf, &a->v[dj], "www"))
				extend_over_www(o, form, b, nj);
			if (has_newline(buf, a->v[di].off,
			                a->v[dj].off + a->v[dj].len))
				return 1;
			o->start = a->v[di].off;
			o->end = a->v[dj].off + a->v[dj].len;
			if (empties_line(buf, len, a, di, dj)) {
				/* only markup ("<p>") between the paragraphs
				 * goes, and the line stays, as an empty
				 * comment line */
				const hdrcheck__plan_line *l =
				    line_of(p, a->v[di].off);

				if (!l || nj > pj + 1 || l->len < 3 ||
				    buf[l->off] != '<' ||
				    buf[l->off + l->len - 1] != '>')
					return 1;
				o->start = l->off;
				o->end = l->off + l->len;
				while (o->start > 0 &&
				       (buf[o->start - 1] == ' ' ||
				        buf[o->start - 1] == '\t'))
					o->start--;
			}
			/* a word dropped takes the blank before it along,
			 * on its line */
			if (!o->text_len &&
			    !has_newline(buf, a->v[pi].off + a->v[pi].len,
			                 o->start))
				o->start = a->v[pi].off + a->v[pi].len;
		}
		pi = ni;
		pj = nj;
		i = ni + 1;
		j = nj + 1;
	}
	for (i = 0; i < *nops; i++) {
		edit_op *o = &ops[i];
		size_t k;

		/* words put in on a line carry the form's punctuation
		 * around them ("(the", "License\");") where the file has
		 * a blank there, not punctuation of its own */
		if (!o->lines && o->text_len) {
			const char *fs = form, *fe = form + strlen(form);
			int blank_before = o->before[0] == ' ' ||
			                   o->start == 0 ||
			                   buf[o->start - 1] == ' ' ||
			                   buf[o->start - 1] == '\t';
			int blank_after =
			    o->after[0] == ' ' || o->end >= len ||
			    buf[o->end] == ' ' || buf[o->end] == '\t' ||
			    buf[o->end] == '\n' || buf[o->end] == '\r';

			while (blank_before && o->text > fs &&
			       o->text[-1] != ' ' && o->text[-1] != '\n') {
				o->text--;
				o->text_len++;
			}
			while (blank_after && o->text + o->text_len < fe &&
			       o->text[o->text_len] != ' ' &&
			       o->text[o->text_len] != '\n')
				o->text_len++;
		}
		/* the form's text never ends the comment early */
		for (k = 0; close && k + strlen(close) <= o->text_len; k++)
			if (memcmp(o->text + k, close, strlen(close)) == 0)
				return 1;
		if (memchr(o->text, '\n', o->text_len))
			return 1;
		/* edits in order, none overlapping */
		if (i && o->start < ops[i - 1].end)
			return 1;
	}
	return 0;
}

/* The decoration of the block's license lines ("# ", " * ", "rem "):
 * that of its first license line that holds no opener. */
static void license_prefix(const hdrcheck__fix_plan *p, const char *buf,
                           size_t *off, size_t *n)
{
	size_t i;

	*off = *n = 0;
	for (i = 0; i < p->lines_count; i++) {
		const hdrcheck__plan_line *l = &p->lines[i];
		size_t s = line_start_of(buf, l->off);

		if (l->kind != HDRCHECK__PLAN_LICENSE)
			continue;
		if (p->block_open &&
		    find_in(buf + s, l->off - s, p->block_open))
			continue;
		*off = s;
		*n = l->off - s;
		return;
	}
}

/* Text as comment lines: prefix, words wrapped at WRAP_TEXT columns. */
#define WRAP_TEXT 74
static int put_text_lines(hdrcheck_buf *out, const char *prefix, size_t plen,
                          const char *text, size_t len, const char *eol)
{
	size_t at = 0, col = 0;
	int error = 0;

	while (at < len && error >= 0) {
		size_t e = at;

		while (e < len && text[e] != ' ')
			e++;
		if (e > at) {
			if (col && col + 1 + (e - at) > WRAP_TEXT) {
				error = hdrcheck__buf_puts(out, eol);
				col = 0;
			}
			if (error >= 0 && !col)
				error = hdrcheck__buf_put(out, prefix, plen);
			else if (error >= 0)
				error = hdrcheck__buf_puts(out, " ");
			if (error >= 0)
				error =
				    hdrcheck__buf_put(out, text + at, e - at);
			col += (col ? 1 : 0) + (e - at);
		}
		at = e + 1;
	}
	if (error >= 0 && col)
		error = hdrcheck__buf_puts(out, eol);
	return error;
}

/* Is form one that names its licensor: the ASF's (the source header, the
 * short form) or a third party's ("X licenses this file to you")? Such a
 * header is repaired in its own words or not at all: the policy's text
 * would take the grant away from its licensor. */
static int is_licensor_form(const char *form)
{
	int i;

	for (i = 0; i < HDRCHECK__TEMPLATE__COUNT; i++)
		if (i != HDRCHECK__TEMPLATE_APACHE_APPENDIX &&
		    form == hdrcheck__template_text((hdrcheck__template_id)i))
			return 1;
	return 0;
}

/* The block with its wrong words changed; 0, 1 with *why, or < 0. */
static int compose_edit(hdrcheck_buf *out, const hdrcheck__fix_plan *p,
                        const char *buf, size_t len, const char **why, int *asf)
{
	const char *forms[16], *best_form = NULL;
	edit_words a = {0}, b = {0}, best = {0};
	unsigned short *t = NULL, *best_t = NULL;
	edit_op *ops = NULL;
	size_t nforms, i, nops = 0, at, best_score = 0, poff = 0, plen = 0;
	int error = 1;

	*why = "the header cannot be repaired word by word";
	nforms = license_forms(p, forms, HDRCHECK__ARRAY_SIZE(forms));
	for (i = 0; i < p->lines_count; i++) {
		const hdrcheck__plan_line *l = &p->lines[i];

		/* copyright and SPDX lines are not license text */
		if (l->kind == HDRCHECK__PLAN_COPYRIGHT ||
		    l->kind == HDRCHECK__PLAN_SPDX)
			continue;
		if ((error = words_of(&a, buf, l->off, l->off + l->len)) < 0)
			goto done;
	}
	error = 1;
	for (i = 0; i < nforms && a.count; i++) {
		size_t score;

		b.count = 0;
		if ((error = words_of(&b, forms[i], 0, strlen(forms[i]))) < 0)
			goto done;
		error = 1;
		if (!b.count || !(t = lcs_table(buf, &a, forms[i], &b)))
			continue;
		/* the nearest form: the most words kept less the words
		 * missing (a longer form matches more words, and lacks
		 * more); and near enough to be this one */
		score = t[0] * 2 >= b.count ? t[0] * 2 - b.count + 1 : 0;
		if (score > best_score) {
			edit_words tmp = best;

			free(best_t);
			best_t = t;
			best = b;
			b = tmp;
			best_form = forms[i];
			best_score = score;
		} else {
			free(t);
		}
		t = NULL;
	}
	if (!best_form)
		goto done;
	/* an ASF form (full or short) or a third party's is kept: no
	 * rewrite may turn it into the appendix's */
	*asf = is_licensor_form(best_form);
	if (!(ops = hdrcheck__calloc(best.count + 2, sizeof(*ops)))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	if ((error = plan_edits(ops, &nops, p, buf, len, &a, best_form, &best,
	                        best_t, p->block_close)) != 0)
		goto done;
	license_prefix(p, buf, &poff, &plen);
	if (!nops) {
		*why = "no word of the header differs";
		error = 1;
		goto done;
	}
	hdrcheck__buf_clear(out);
	for (i = 0, at = 0; i < nops && error >= 0; i++) {
		const edit_op *o = &ops[i];

		if ((error = hdrcheck__buf_put(out, buf + at, o->start - at)) <
		    0)
			break;
		if (o->lines) {
			if (!plen) {
				error = 1;
				break;
			}
			error = put_text_lines(out, buf + poff, plen, o->text,
			                       o->text_len, file_eol(buf, len));
			at = o->end;
			continue;
		}
		if ((error = hdrcheck__buf_puts(out, o->before)) < 0 ||
		    (error = hdrcheck__buf_put(out, o->text, o->text_len)) <
		        0 ||
		    (error = hdrcheck__buf_puts(out, o->after)) < 0)
			break;
		at = o->end;
	}
	if (error == 0)
		error = hdrcheck__buf_put(out, buf + at, len - at);
done:
	free(ops);
	free(t);
	free(best_t);
	free(a.v);
	free(b.v);
	free(best.v);
	return error;
}

/*
 * Does the rewritten block keep every line of the old one that is not
 * license text (a copyright line, "//go:build", "//nolint", a
 * description) byte for byte, as a whole line?
 */
static int kept_lines_intact(const hdrcheck__fix_plan *p, const char *buf,
                             const hdrcheck_buf *out)
{
	size_t i;

	for (i = 0; i < p->lines_count; i++) {
		const hdrcheck__plan_line *l = &p->lines[i];
		size_t s = l->off, e = l->off + l->len, k;
		int found = 0;

		if (l->kind == HDRCHECK__PLAN_LICENSE ||
		    l->kind == HDRCHECK__PLAN_BLANK)
			continue;
		while (s > 0 && buf[s - 1] != '\n')
			s--;
		while (e < p->block_end && buf[e] != '\n' && buf[e] != '\r')
			e++;
		for (k = 0; !found && k + (e - s) <= out->len; k++)
			found = (k == 0 || out->ptr[k - 1] == '\n') &&
			        memcmp(out->ptr + k, buf + s, e - s) == 0 &&
			        (k + (e - s) == out->len ||
			         out->ptr[k + (e - s)] == '\n' ||
			         out->ptr[k + (e - s)] == '\r');
		if (!found)
			return 0;
	}
	return 1;
}

/* TRY_TEMPLATE: an insert in a Django or Jinja template's own "{# #}"
 * lines, which the engine strips */
typedef enum { TRY_EDIT, TRY_BLOCK, TRY_TEMPLATE, TRY_INSERT } try_kind;

/* Build one candidate; 0 (out holds it), 1 with *why, or < 0. */
static int candidate(hdrcheck_buf *out, try_kind kind, int with_copyright,
                     const hdrcheck__fix_plan *p, const char *buf, size_t len,
                     int year, const char **why, int *asf)
{
	hdrcheck_buf header = HDRCHECK_BUF_INIT;
	hdrcheck__fix_style style;
	hdrcheck__fix_facts facts = p->facts;
	int error;

	/* an SPDX tag kept from the block serves for the new text too */
	if (kind == TRY_BLOCK && block_has(p, HDRCHECK__PLAN_SPDX) &&
	    facts.spdx == HDRCHECK__SPDX_REQUIRE)
		facts.spdx = HDRCHECK__SPDX_ACCEPT;
	hdrcheck__buf_clear(out);
	if (kind == TRY_EDIT)
		return compose_edit(out, p, buf, len, why, asf);
	if ((error = hdrcheck__fix_header_text(&header, &facts, year,
	                                       with_copyright, why)) != 0)
		goto done;
	if (kind == TRY_BLOCK) {
		error = compose_block(out, p, header.ptr ? header.ptr : "",
		                      header.len, buf, len, why);
		if (error == 0 && !kept_lines_intact(p, buf, out)) {
			*why = "repairing it would rewrite other lines of its "
			       "comment block";
			error = 1;
		}
	} else if (kind == TRY_TEMPLATE) {
		/* one per line: Django's cannot span lines */
		style.line = "{#";
		style.open = NULL;
		style.close = "#}";
		error =
		    compose_insert(out, p, &style, header.ptr ? header.ptr : "",
		                   header.len, buf, len, why);
	} else if (hdrcheck__fix_style_of_file(&style, p->facts.lang, buf,
	                                       len)) {
		*why = "the file's type has no comment syntax";
		error = 1;
	} else {
		error =
		    compose_insert(out, p, &style, header.ptr ? header.ptr : "",
		                   header.len, buf, len, why);
	}
done:
	hdrcheck__buf_dispose(&header);
	return error;
}

int hdrcheck__fix_content(hdrcheck_buf *out, hdrcheck_fix_action *action,
                          char **why, hdrcheck__classifier *c, const char *path,
                          const char *policy, const hdrcheck__fix_plan *p,
                          const char *buf, size_t len, int year)
{
	struct {
		try_kind kind;
		int with_copyright;
	} tries[7];
	size_t ntries = 0, i;
	const char *problem = NULL;
	char *verdict = NULL;
	int error = 0, copyright_kept, asf = 0;

	*why = NULL;
	if (p->finding.status == HDRCHECK_STATUS_MISMATCH &&
	    (!p->has_block || p->block_problem)) {
		problem = p->block_problem ? p->block_problem
		                           : "cannot find the damaged header";
		goto unfixable;
	}
	if (!p->has_block && p->block_problem) {
		problem = p->block_problem;
		goto unfixable;
	}
	if (p->notice) {
		/* a statement check did not take for the policy's header:
		 * another license or holder, or a header it could not see */
		int cut = p->notice_len > 72;

		*why = hdrcheck__aprintf("line %u %s: \"%.*s%s\"",
		                         p->notice_line, p->notice,
		                         (int)(cut ? 69 : p->notice_len),
		                         buf + p->notice_off, cut ? "..." : "");
		return *why ? 1 : HDRCHECK_ENOMEM;
	}
	if (p->syntax_problem && p->finding.status == HDRCHECK_STATUS_MISSING) {
		problem = p->syntax_problem;
		goto unfixable;
	}
	/* a copyright line already there stays the only one, unless the
	 * file comes out right only with the policy's */
	copyright_kept =
	    p->copyright_in_run || block_has(p, HDRCHECK__PLAN_COPYRIGHT);
	if (p->has_block && !p->block_problem &&
	    p->finding.status == HDRCHECK_STATUS_MISMATCH) {
		tries[ntries].kind = TRY_EDIT;
		tries[ntries++].with_copyright = 0;
	}
	if (p->has_block && !p->block_problem) {
		tries[ntries].kind = TRY_BLOCK;
		tries[ntries++].with_copyright = !copyright_kept;
		if (copyright_kept) {
			tries[ntries].kind = TRY_BLOCK;
			tries[ntries++].with_copyright = 1;
		}
	}
	/* a template's own comments first; the type's where check would
	 * not take them (a YAML file known by its name) */
	if (p->finding.status == HDRCHECK_STATUS_MISSING && p->template_lines) {
		tries[ntries].kind = TRY_TEMPLATE;
		tries[ntries++].with_copyright = !copyright_kept;
		if (copyright_kept) {
			tries[ntries].kind = TRY_TEMPLATE;
			tries[ntries++].with_copyright = 1;
		}
	}
	if (p->finding.status == HDRCHECK_STATUS_MISSING) {
		tries[ntries].kind = TRY_INSERT;
		tries[ntries++].with_copyright = !copyright_kept;
		if (copyright_kept) {
			tries[ntries].kind = TRY_INSERT;
			tries[ntries++].with_copyright = 1;
		}
	}
	for (i = 0; i < ntries; i++) {
		hdrcheck_finding f = {0};

		if (tries[i].kind == TRY_BLOCK && asf) {
			/* the block rewrite writes the policy's text: never
			 * over a header in the ASF form or a third party's */
			problem = "the header is in the ASF form or a third "
			          "party's, and cannot be repaired word by "
			          "word";
			continue;
		}
		if ((error =
		         candidate(out, tries[i].kind, tries[i].with_copyright,
		                   p, buf, len, year, &problem, &asf)) < 0)
			goto done;
		if (error == 1)
			continue;
		if ((error = hdrcheck__classify_as(c, path, policy, out->ptr,
		                                   out->len, &f)) < 0) {
			hdrcheck__finding_dispose(&f);
			goto done;
		}
		if (f.status == HDRCHECK_STATUS_OK) {
			hdrcheck__finding_dispose(&f);
			free(verdict);
			*action = p->finding.status == HDRCHECK_STATUS_MISSING
			              ? HDRCHECK_FIX_INSERTED
			              : HDRCHECK_FIX_REPLACED;
			return 0;
		}
		/* remember why the last candidate was refused */
		free(verdict);
		verdict = hdrcheck__aprintf(
		    "a fixed file would still be %s%s%s",
		    hdrcheck_status_name(f.status), f.reason ? ": " : "",
		    f.reason ? f.reason : "");
		hdrcheck__finding_dispose(&f);
		if (!verdict) {
			error = HDRCHECK_ENOMEM;
			goto done;
		}
		problem = NULL;
	}
	if (verdict && !problem) {
		*why = verdict;
		verdict = NULL;
		error = 1;
		goto done;
	}
unfixable:
	*why = hdrcheck__strdup(problem ? problem : "cannot be fixed");
	error = *why ? 1 : HDRCHECK_ENOMEM;
done:
	free(verdict);
	return error;
}

/* The state of one run. */
typedef struct {
	const hdrcheck_fix_options *opts;
	hdrcheck__classifier *c;
	int root_fd;
	hdrcheck_fix_result *result;
	hdrcheck__fix_hook hook;
	void *payload;
	const hdrcheck_report *report;
} run;

/* The finding of path in the report (sorted by path), or NULL. */
static const hdrcheck_finding *report_find(const hdrcheck_report *report,
                                           const char *path)
{
	size_t lo = 0, hi = hdrcheck_report_count(report);

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const hdrcheck_finding *f = hdrcheck_report_get(report, mid);
		int c = strcmp(f->path, path);

		if (c == 0)
			return f;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* Does the license file begin with the Apache License 2.0: its title
 * (the text, then the notices of what the directory bundles, which keeps
 * it from being identified as the text alone) or its header? */
static int starts_apache(int root_fd, const char *path)
{
	char head[512];
	ssize_t n;
	int fd = openat(root_fd, path,
	                O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);

	if (fd < 0)
		return 0;
	n = read(fd, head, sizeof(head) - 1);
	close(fd);
	if (n <= 0)
		return 0;
	head[n] = '\0';
	/* the license's title, or its header (the ASF's or the
	 * appendix's), the first words of what it covers */
	return (strstr(head, "Apache License") &&
	        strstr(head, "Version 2.0, January 2004")) ||
	       strstr(head, "under the Apache License, Version 2.0");
}

/*
 * Code in a directory below the root that carries its own license file
 * (a vendored library, a benchmark suite under its authors' terms) is not
 * fix's to relicense, unless check identified that file as the license
 * the policy requires. *why names the file; 1 when it is such code.
 */
static int third_party_dir(char **why, const run *r,
                           const hdrcheck_finding *finding)
{
	static const char *const names[] = {
	    "LICENSE",     "LICENSE.txt", "LICENSE.md",   "LICENCE",
	    "LICENCE.txt", "LICENCE.md",  "COPYING",      "COPYING.txt",
	    "COPYING.md",  "COPYRIGHT",   "COPYRIGHT.txt"};
	const char *policy = hdrcheck_report_license_for(r->report, finding);
	char dir[4096], probe[4096 + 32];
	size_t n = strlen(finding->path), k;

	if (n >= sizeof(dir))
		return 0;
	memcpy(dir, finding->path, n + 1);
	for (;;) {
		char *slash = strrchr(dir, '/');

		if (!slash)
			return 0; /* the root's own license is the project's */
		*slash = '\0';
		for (k = 0; k < sizeof(names) / sizeof(names[0]); k++) {
			const hdrcheck_finding *lf;
			struct stat st;

			snprintf(probe, sizeof(probe), "%s/%s", dir, names[k]);
			if (fstatat(r->root_fd, probe, &st,
			            AT_SYMLINK_NOFOLLOW) != 0 ||
			    !S_ISREG(st.st_mode))
				continue;
			lf = report_find(r->report, probe);
			if (lf && lf->license && policy &&
			    hdrcheck__expr_satisfies(
			        lf->license, strlen(lf->license), policy) == 1)
				continue;
			if (policy && strcmp(policy, "Apache-2.0") == 0 &&
			    starts_apache(r->root_fd, probe))
				continue;
			*why = hdrcheck__aprintf(
			    "%s has its own license file (%s%s%s): code under "
			    "other terms is not fix's to relicense",
			    dir, probe, lf && lf->license ? ", " : "",
			    lf && lf->license ? lf->license : "");
			return *why ? 1 : HDRCHECK_ENOMEM;
		}
	}
}

/* Does the top of the file name a license other than Apache's, as a
 * word ("BSD", "MIT", "GPL", ...)? */
static int names_other_license(const char *data, size_t len)
{
	static const char *const names[] = {"BSD",
	                                    "MIT",
	                                    "GPL",
	                                    "LGPL",
	                                    "AGPL",
	                                    "MPL",
	                                    "EPL",
	                                    "CDDL",
	                                    "ISC",
	                                    "Zlib",
	                                    "public domain",
	                                    "Public Domain",
	                                    "X11",
	                                    "PSF",
	                                    "CC0",
	                                    "CC-BY",
	                                    "Creative Commons"};
	size_t k, top = len < 4096 ? len : 4096;

	for (k = 0; k < sizeof(names) / sizeof(names[0]); k++) {
		size_t n = strlen(names[k]), i;

		for (i = 0; i + n <= top; i++) {
			if (memcmp(data + i, names[k], n) != 0)
				continue;
			if ((i == 0 || !isalnum((unsigned char)data[i - 1])) &&
			    (i + n == top ||
			     !isalnum((unsigned char)data[i + n])))
				return 1;
		}
	}
	return 0;
}

/* A minified file (one long line: a build's output or a vendored
 * library, "*.min.js"): not fix's to change. */
static int minified(const char *path, const char *data, size_t len)
{
	const char *base = strrchr(path, '/');
	const char *nl = memchr(data, '\n', len);

	base = base ? base + 1 : path;
	if (strstr(base, ".min.") != NULL)
		return 1;
	return (nl ? (size_t)(nl - data) : len) > 1000;
}

static int fix_one(run *r, const hdrcheck_finding *finding, int year)
{
	hdrcheck__fix_file file = HDRCHECK__FIX_FILE_INIT;
	hdrcheck__fix_plan plan;
	hdrcheck_buf content = HDRCHECK_BUF_INIT;
	hdrcheck_fix_action action = HDRCHECK_FIX_INSERTED;
	hdrcheck_status status = finding->status;
	char *why = NULL;
	int error;

	memset(&plan, 0, sizeof(plan));
	if ((error = third_party_dir(&why, r, finding)) != 0)
		goto done;
	if ((error = hdrcheck__fix_file_open(&file, r->root_fd, finding->path,
	                                     &why)) != 0)
		goto done;
	if (minified(finding->path, file.data, file.len)) {
		why = hdrcheck__strdup("a minified file (its first line runs "
		                       "past 1,000 bytes, or *.min.*): not "
		                       "fix's to change");
		error = why ? 1 : HDRCHECK_ENOMEM;
		goto done;
	}
	if ((error =
	         hdrcheck__classify_plan(r->c, finding->path, finding->policy,
	                                 file.data, file.len, &plan)) < 0)
		goto done;
	if (plan.finding.status == HDRCHECK_STATUS_OK)
		goto done; /* fixed since the check: nothing to do */
	if (plan.finding.status != HDRCHECK_STATUS_MISSING &&
	    plan.finding.status != HDRCHECK_STATUS_MISMATCH && file.len >= 2 &&
	    ((unsigned char)file.data[0] == 0xFF ||
	     (unsigned char)file.data[0] == 0xFE) &&
	    (unsigned char)file.data[1] ==
	        ((unsigned char)file.data[0] ^ 0x01)) {
		/* check reads UTF-16 decoded; fix writes bytes as they are */
		why = hdrcheck__strdup("UTF-16 text: fix does not re-encode "
		                       "a file; add the header by hand");
		error = why ? 1 : HDRCHECK_ENOMEM;
		goto done;
	}
	if (plan.finding.status == HDRCHECK_STATUS_SKIPPED &&
	    plan.finding.reason &&
	    strcmp(plan.finding.reason, HDRCHECK_SKIP_BINARY) == 0) {
		/* check read the text before a NUL byte; fix does not
		 * write a file that holds NUL bytes */
		why = hdrcheck__strdup("a NUL byte after the text: fix does "
		                       "not write a file that holds NUL "
		                       "bytes; add the header by hand");
		error = why ? 1 : HDRCHECK_ENOMEM;
		goto done;
	}
	if (plan.finding.status == HDRCHECK_STATUS_OTHER_LICENSE &&
	    plan.finding.reason &&
	    strcmp(plan.finding.reason, HDRCHECK__REASON_LICENSE_FILE) == 0) {
		/* check took the license file's license ("distributed under
		 * the same license as the X project"); alone, the file's
		 * words name none, and the sentence is not fix's to rewrite */
		why = hdrcheck__strdup("the header states the license by "
		                       "reference to the license file: fix "
		                       "does not rewrite a reference; write "
		                       "the full header by hand");
		error = why ? 1 : HDRCHECK_ENOMEM;
		goto done;
	}
	if (plan.finding.status != HDRCHECK_STATUS_MISSING &&
	    plan.finding.status != HDRCHECK_STATUS_MISMATCH) {
		why = hdrcheck__aprintf(
		    "changed since the check: now %s",
		    hdrcheck_status_name(plan.finding.status));
		error = why ? 1 : HDRCHECK_ENOMEM;
		goto done;
	}
	status = plan.finding.status;
	if (status == HDRCHECK_STATUS_MISMATCH && plan.finding.reason &&
	    strstr(plan.finding.reason, " in short;") &&
	    names_other_license(file.data, file.len)) {
		/* the license named in a sentence beside another license's
		 * notice ("BSD license ...; later changes under the Apache
		 * 2 License"): repairing it would relicense the file */
		why = hdrcheck__aprintf("%s; fix repairs damaged headers only",
		                        plan.finding.reason);
		error = why ? 1 : HDRCHECK_ENOMEM;
		goto done;
	}
	if ((error = hdrcheck__fix_content(
	         &content, &action, &why, r->c, finding->path, finding->policy,
	         &plan, file.data, file.len, year)) != 0)
		goto done;
	if (!hdrcheck__fix_file_writable(&file)) {
		error = (why = hdrcheck__strdup("read-only file"))
		            ? 1
		            : HDRCHECK_ENOMEM;
		goto done;
	}
	if (r->opts->dry_run)
		error = hdrcheck__fix_diff(&r->result->diff, finding->path,
		                           file.data, file.len, content.ptr,
		                           content.len);
	else
		error = hdrcheck__fix_file_replace(
		    &file, content.ptr, content.len, r->hook, r->payload, &why);
	if (error == 0)
		error =
		    add_entry(r->result, finding->path, action, status, NULL);
done:
	if (error == 1) {
		error = add_entry(r->result, finding->path,
		                  HDRCHECK_FIX_NOT_FIXABLE, status, why);
		why = NULL;
	}
	free(why);
	hdrcheck__buf_dispose(&content);
	hdrcheck__fix_plan_dispose(&plan);
	hdrcheck__fix_file_close(&file);
	return error;
}

static int current_year(void)
{
	time_t now = time(NULL);
	struct tm tm;

	return localtime_r(&now, &tm) ? tm.tm_year + 1900 : 1970;
}

/* Is path one of the PATH arguments (a file named on its own)? */
static int named(char **paths, size_t count, const char *path)
{
	size_t i;

	for (i = 0; paths && i < count; i++)
		if (strcmp(paths[i], path) == 0)
			return 1;
	return 0;
}

/* Verdicts fix leaves as they are: each one an entry with its reason. */
static int left_alone(hdrcheck_fix_result *res, const hdrcheck_finding *f,
                      char **paths, size_t paths_count)
{
	char *why = NULL;

	switch (f->status) {
	case HDRCHECK_STATUS_OTHER_LICENSE:
		why = hdrcheck__aprintf("another license (%s)",
		                        f->license ? f->license : "unknown");
		break;
	case HDRCHECK_STATUS_ERROR:
		why = hdrcheck__aprintf("%s",
		                        f->reason ? f->reason : "not readable");
		break;
	case HDRCHECK_STATUS_SKIPPED:
		/* asked for by name, but the type cannot hold a comment */
		if (!f->reason ||
		    strcmp(f->reason, HDRCHECK_SKIP_UNSUPPORTED_TYPE) != 0 ||
		    !named(paths, paths_count, f->path))
			return 0;
		why = f->language ? hdrcheck__aprintf("%s files cannot hold a "
		                                      "comment",
		                                      f->language)
		                  : hdrcheck__strdup("unknown file type");
		break;
	default:
		return 0;
	}
	if (!why)
		return HDRCHECK_ENOMEM;
	return add_entry(res, f->path, HDRCHECK_FIX_NOT_FIXABLE, f->status,
	                 why);
}

static int compare_strings(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/*
 * Before writing: remove what a killed fix left (see
 * hdrcheck__fix_sweep) in the directories of the files to fix and of
 * findings named like a leftover, each directory once.
 */
static int sweep(int root_fd, const hdrcheck_report *report, const char **todo,
                 size_t ntodo)
{
	size_t i, k, n = hdrcheck_report_count(report), ndirs = 0;
	char **dirs = NULL;
	int error = 0;

	if (!(dirs = hdrcheck__calloc(ntodo + n + 1, sizeof(*dirs))))
		return HDRCHECK_ENOMEM;
	for (i = 0; i < ntodo + n; i++) {
		const char *path, *slash, *base;
		long pid;

		if (i < ntodo) {
			path = todo[i];
		} else {
			path = hdrcheck_report_get(report, i - ntodo)->path;
			base = strrchr(path, '/');
			if (!hdrcheck__fix_temp_name(base ? base + 1 : path,
			                             &pid))
				continue;
		}
		slash = strrchr(path, '/');
		if (!(dirs[ndirs] = hdrcheck__strndup(
		          path, slash ? (size_t)(slash - path) : 0))) {
			error = HDRCHECK_ENOMEM;
			goto done;
		}
		ndirs++;
	}
	qsort(dirs, ndirs, sizeof(*dirs), compare_strings);
	for (i = 0; i < ndirs && error >= 0; i = k) {
		error = hdrcheck__fix_sweep(root_fd, dirs[i], NULL);
		for (k = i + 1; k < ndirs && !strcmp(dirs[k], dirs[i]); k++)
			;
	}
done:
	for (i = 0; i < ndirs; i++)
		free(dirs[i]);
	free(dirs);
	return error;
}

int hdrcheck__fix_run(hdrcheck_fix_result **out,
                      const hdrcheck_fix_options *opts, hdrcheck__fix_hook hook,
                      void *payload)
{
	hdrcheck_fix_options fdefaults = HDRCHECK_FIX_OPTIONS_INIT;
	hdrcheck_check_options cdefaults = HDRCHECK_CHECK_OPTIONS_INIT;
	const hdrcheck_check_options *copts;
	hdrcheck__check_session session = {NULL, NULL, 0};
	hdrcheck_report *report = NULL;
	hdrcheck_fix_result *res = NULL;
	const char **todo = NULL;
	int *years = NULL;
	size_t i, n, ntodo = 0;
	run r;
	int error = 0, year;

	memset(&r, 0, sizeof(r));
	r.root_fd = -1;
	hdrcheck__error_clear();
	if (!opts)
		opts = &fdefaults;
	if (opts->version == 0 || opts->version > HDRCHECK_FIX_OPTIONS_VERSION)
		return hdrcheck__error_set(HDRCHECK_EINVAL,
		                           "unsupported options version %u",
		                           opts->version);
	copts = opts->check ? opts->check : &cdefaults;
	/* fix writes the work tree, and only its own repository's files */
	if (copts->version >= 4 &&
	    (copts->rev || copts->staged || copts->include_submodules))
		return hdrcheck__error_set(
		    HDRCHECK_EINVAL, "fix works on the work tree: %s",
		    copts->rev      ? "a revision cannot be fixed"
		    : copts->staged ? "it does not fix the index"
		                    : "it does not write into submodules");
	/* the check's own policy and PATH arguments make the plans */
	if ((error = hdrcheck__check_keep(&report, &session, copts)) < 0 ||
	    (error = hdrcheck__classifier_new(&r.c, session.policy)) < 0)
		goto done;
	if (!(res = hdrcheck__calloc(1, sizeof(*res)))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	r.opts = opts;
	r.result = res;
	r.hook = hook;
	r.payload = payload;
	r.report = report;
	r.root_fd = open(hdrcheck_report_root(report),
	                 O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (r.root_fd < 0) {
		error = hdrcheck__error_set(HDRCHECK_EIO, "%s: cannot open",
		                            hdrcheck_report_root(report));
		goto done;
	}

	n = hdrcheck_report_count(report);
	if (n && !(todo = hdrcheck__calloc(n, sizeof(*todo)))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	for (i = 0; i < n; i++) {
		const hdrcheck_finding *f = hdrcheck_report_get(report, i);

		if (f->status == HDRCHECK_STATUS_MISSING ||
		    f->status == HDRCHECK_STATUS_MISMATCH)
			todo[ntodo++] = f->path;
	}
	if (!opts->dry_run &&
	    (error = sweep(r.root_fd, report, todo, ntodo)) < 0)
		goto done;
	/* one walk of the history for every file to fix */
	if (ntodo && !(years = hdrcheck__calloc(ntodo, sizeof(int)))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	if (ntodo && opts->year_from_git &&
	    (error = hdrcheck__history_years(
	         years, hdrcheck_report_root(report), todo, ntodo)) < 0)
		goto done;

	year = opts->year ? opts->year : current_year();
	for (i = 0, ntodo = 0; i < n; i++) {
		const hdrcheck_finding *f = hdrcheck_report_get(report, i);

		if (f->status == HDRCHECK_STATUS_MISSING ||
		    f->status == HDRCHECK_STATUS_MISMATCH) {
			int y = years[ntodo++];

			error = fix_one(&r, f, y ? y : year);
		} else {
			error = left_alone(res, f, session.paths,
			                   session.paths_count);
		}
		if (error < 0)
			goto done;
	}
	*out = res;
	res = NULL;
done:
	if (r.root_fd >= 0)
		close(r.root_fd);
	hdrcheck_fix_result_free(res);
	free(years);
	free(todo);
	hdrcheck__classifier_free(r.c);
	/* the policy borrows the report's configuration */
	hdrcheck__check_session_dispose(&session);
	hdrcheck_report_free(report);
	return error;
}

int hdrcheck_fix(hdrcheck_fix_result **out, const hdrcheck_fix_options *opts)
{
	return hdrcheck__fix_run(out, opts, NULL, NULL);
}
