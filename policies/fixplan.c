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
 * What the fixer needs to know about a file, from the same classification
 * check runs: the rule that applies, where a header may start, and which
 * comment block holds a damaged header (or a lone copyright line a header
 * can extend), split into lines the fixer keeps or rewrites.
 */

#include <stdlib.h>
#include <string.h>
#include "policies/policy.h"

/* A line is license text when at least this share of its words (in
 * quarters) occurs in the license's forms: one or two words changed in a
 * line of ten still count, a file description does not. */
#define LICENSE_SHARE_QUARTERS 3

static int is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

static int lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static int ci_prefix(const char *s, size_t n, const char *w)
{
	size_t k, len = strlen(w);

	if (n < len)
		return 0;
	for (k = 0; k < len; k++)
		if (lower((unsigned char)s[k]) != w[k])
			return 0;
	return 1;
}

static int is_alnum(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || c == '_';
}

static size_t line_start(const char *buf, size_t off)
{
	while (off > 0 && buf[off - 1] != '\n')
		off--;
	return off;
}

/* Just past the '\n' that ends the line holding off, or len. */
static size_t line_end(const char *buf, size_t len, size_t off)
{
	const char *nl = memchr(buf + off, '\n', len - off);

	return nl ? (size_t)(nl - buf) + 1 : len;
}

static size_t skip_blank_lines(const char *buf, size_t len, size_t off)
{
	for (;;) {
		size_t i = off;

		while (i < len && is_blank(buf[i]))
			i++;
		if (i < len && buf[i] == '\n')
			off = i + 1;
		else
			return off;
	}
}

int hdrcheck__classify_as(hdrcheck__classifier *c, const char *path,
                          const char *policy, const char *buf, size_t len,
                          hdrcheck_finding *out)
{
	hdrcheck__file_attrs attrs;
	int rc;

	memset(&attrs, 0, sizeof(attrs));
	attrs.policy = policy;
	if ((rc = hdrcheck__classify_path(c, path, policy ? &attrs : NULL,
	                                  out)) != 0)
		return rc < 0 ? rc : 0;
	return hdrcheck__classify_content(c, path, buf, len, out);
}

/*
 * PHP: PSR-12 puts the file's docblock between "<?php" and the declare()
 * statements, so the header goes right after an open tag on its own line
 * (check accepts it there and after declare()). Returns 0 when the file
 * does not open with "<?php": a header there would be output as text.
 */
static int php_insert_at(const char *buf, size_t len, size_t pre_end,
                         size_t *at)
{
	size_t p = 0, e;

	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		p = 3;
	if (len - p >= 2 && buf[p] == '#' && buf[p + 1] == '!')
		p = line_end(buf, len, p);
	p = skip_blank_lines(buf, len, p);
	if (!ci_prefix(buf + p, len - p, "<?php"))
		return 0;
	e = p + 5;
	while (e < len && is_blank(buf[e]))
		e++;
	*at = pre_end;
	/* only an open tag on a line of its own is split from what follows */
	if (e < len && buf[e] == '\n' && ++e < pre_end) {
		p = skip_blank_lines(buf, len, e);
		while (p < len && (buf[p] == ' ' || buf[p] == '\t'))
			p++;
		if (ci_prefix(buf + p, len - p, "declare("))
			*at = e;
	}
	return 1;
}

static int is_copyright_line(const char *s, size_t n)
{
	return ci_prefix(s, n, "copyright") || ci_prefix(s, n, "(c)") ||
	       (n >= 2 && (unsigned char)s[0] == 0xC2 &&
	        (unsigned char)s[1] == 0xA9) ||
	       ci_prefix(s, n, "spdx-filecopyrighttext:");
}

/* Is the word w (normalised) in any of the token lists? */
static int in_lists(const hdrcheck__token *w, const hdrcheck__tokens *lists,
                    size_t count)
{
	size_t i, j;

	for (i = 0; i < count; i++)
		for (j = 0; j < lists[i].count; j++)
			if (lists[i].tokens[j].len == w->len &&
			    memcmp(lists[i].tokens[j].word, w->word, w->len) ==
			        0)
				return 1;
	return 0;
}

static int classify_line(hdrcheck__plan_line *out, const char *text, size_t len,
                         const hdrcheck__fix_facts *facts,
                         hdrcheck__tokens *scratch)
{
	size_t i, known = 0;
	char *copy = NULL;
	int error = 0;

	if (is_copyright_line(text, len)) {
		out->kind = HDRCHECK__PLAN_COPYRIGHT;
		return 0;
	}
	if (ci_prefix(text, len, "spdx-license-identifier")) {
		out->kind = HDRCHECK__PLAN_SPDX;
		return 0;
	}
	if (!(copy = hdrcheck__strndup(text, len)))
		return HDRCHECK_ENOMEM;
	hdrcheck__tokens_clear(scratch);
	if ((error = hdrcheck__tokens_from_text(scratch, copy)) < 0)
		goto done;
	if (scratch->count == 0) {
		/* blank, or decoration only ("*****", "-----") */
		out->kind = HDRCHECK__PLAN_BLANK;
		goto done;
	}
	for (i = 0; i < scratch->count; i++)
		if ((facts->forms && in_lists(&scratch->tokens[i], facts->forms,
		                              facts->forms_count)) ||
		    (facts->builtin &&
		     (in_lists(&scratch->tokens[i], facts->builtin->forms,
		               facts->builtin->forms_count) ||
		      in_lists(&scratch->tokens[i], facts->builtin->anchors,
		               facts->builtin->anchors_count))))
			known++;
	out->kind = known * 4 >= scratch->count * LICENSE_SHARE_QUARTERS
	                ? HDRCHECK__PLAN_LICENSE
	                : HDRCHECK__PLAN_OTHER;
done:
	free(copy);
	return error;
}

/* The line comment marker that opens s (as comments.c reads it). */
static const char *line_marker_at(const hdrcheck_language *lang, const char *s,
                                  size_t n)
{
	const char *const *m;

	for (m = lang->line_comments; m && *m; m++) {
		size_t k = strlen(*m);

		if (n < k || memcmp(s, *m, k) != 0)
			continue;
		if (is_alnum((*m)[k - 1]) && k < n && is_alnum(s[k]))
			continue;
		return *m;
	}
	return NULL;
}

static const hdrcheck_block_comment *
block_open_at(const hdrcheck_language *lang, const char *s, size_t n)
{
	const hdrcheck_block_comment *b;

	for (b = lang->block_comments; b && b->open; b++)
		if (n >= strlen(b->open) &&
		    memcmp(s, b->open, strlen(b->open)) == 0)
			return b;
	return NULL;
}

static const char *find(const char *s, const char *e, const char *needle)
{
	size_t n = strlen(needle);

	for (; (size_t)(e - s) >= n; s++)
		if (memcmp(s, needle, n) == 0)
			return s;
	return NULL;
}

/*
 * The byte range and syntax of comment block `block` (clines [i0, i1]),
 * and its lines. A block that shares a line with other text is left
 * alone: replacing whole lines would take that text along.
 */
static int plan_block(hdrcheck__fix_plan *p, const char *buf, size_t len,
                      size_t pre_end, size_t i0, size_t i1)
{
	const hdrcheck__comments *cm = p->facts.comments;
	const hdrcheck_language *lang = p->facts.lang;
	const hdrcheck_block_comment *b;
	hdrcheck__tokens scratch = {0};
	size_t start, s, le, i, last_end;
	int error = 0;

	p->has_block = 1;
	if (i0 > 0 && cm->lines[i0 - 1].line == cm->lines[i0].line) {
		p->block_problem = "another comment shares the header's first "
		                   "line";
		return 0;
	}
	start = line_start(buf, (size_t)(cm->lines[i0].text - buf));
	if (start < pre_end)
		start = pre_end;
	s = start;
	while (s < len && (buf[s] == ' ' || buf[s] == '\t'))
		s++;
	if ((b = block_open_at(lang, buf + s, len - s)) != NULL) {
		const char *from = cm->lines[i1].text + cm->lines[i1].len;
		const char *close;

		le = line_end(buf, len, (size_t)(from - buf));
		if (!(close = find(from, buf + le, b->close))) {
			p->block_problem = "the header comment is not closed "
			                   "within the header window";
			return 0;
		}
		for (i = (size_t)(close - buf) + strlen(b->close); i < le; i++)
			if (!is_blank(buf[i]) && buf[i] != '\n') {
				p->block_problem = "code follows the header "
				                   "comment on its last line";
				return 0;
			}
		p->block_open = b->open;
		p->block_close = b->close;
		last_end = le;
	} else if ((p->block_line = line_marker_at(lang, buf + s, len - s)) !=
	           NULL) {
		last_end = line_end(buf, len,
		                    (size_t)(cm->lines[i1].text - buf) +
		                        cm->lines[i1].len);
	} else {
		p->block_problem = "cannot tell where the header comment "
		                   "starts";
		return 0;
	}
	if (i1 + 1 < cm->count &&
	    cm->lines[i1 + 1].line == cm->lines[i1].line) {
		p->block_problem = "another comment follows the header on its "
		                   "last line";
		return 0;
	}
	p->block_start = start;
	p->block_end = last_end;

	if (!(p->lines = hdrcheck__calloc(i1 - i0 + 1, sizeof(*p->lines))))
		return HDRCHECK_ENOMEM;
	for (i = i0; i <= i1; i++) {
		hdrcheck__plan_line *l = &p->lines[p->lines_count++];

		l->off = (size_t)(cm->lines[i].text - buf);
		l->len = cm->lines[i].len;
		if ((error =
		         classify_line(l, cm->lines[i].text, cm->lines[i].len,
		                       &p->facts, &scratch)) < 0)
			break;
	}
	hdrcheck__tokens_dispose(&scratch);
	return error;
}

int hdrcheck__classify_plan(hdrcheck__classifier *c, const char *path,
                            const char *policy, const char *buf, size_t len,
                            hdrcheck__fix_plan *out)
{
	const hdrcheck__comments *cm;
	size_t win =
	    len < HDRCHECK__WINDOW_BYTES ? len : HDRCHECK__WINDOW_BYTES;
	size_t pre_end, i, i0 = SIZE_MAX, i1 = 0, matches = 0;
	unsigned int first_line, block = 0;
	int error;

	memset(out, 0, sizeof(*out));
	hdrcheck__classifier_facts(c, &out->facts);
	error = hdrcheck__classify_as(c, path, policy, buf, len, &out->finding);
	hdrcheck__classifier_facts(c, NULL);
	if (error < 0 || !out->facts.license || !out->facts.lang ||
	    (out->finding.status != HDRCHECK_STATUS_MISSING &&
	     out->finding.status != HDRCHECK_STATUS_MISMATCH))
		return error;

	pre_end =
	    hdrcheck__preamble_end(out->facts.lang, buf, win, &first_line);
	out->insert_at = pre_end;
	if (out->facts.lang->preambles & HDRCHECK_PRE_PHP) {
		if (!php_insert_at(buf, win, pre_end, &out->insert_at)) {
			out->block_problem = "no <?php open tag at the top: a "
			                     "header there would be output "
			                     "as text";
			return 0;
		}
		out->blank_before = 1;
	}

	cm = out->facts.comments;
	if (out->finding.status == HDRCHECK_STATUS_MISMATCH) {
		/* the block check reported: the one whose first line is the
		 * finding's line */
		for (i = 0; i < cm->count; i++) {
			if (i > 0 &&
			    cm->lines[i - 1].block == cm->lines[i].block)
				continue;
			if (cm->lines[i].line == out->finding.line) {
				matches++;
				i0 = i;
				block = cm->lines[i].block;
			}
		}
		if (matches != 1) {
			out->has_block = 1;
			out->block_problem = "cannot tell which comment holds "
			                     "the damaged header";
			return 0;
		}
	} else if (cm->count) {
		/* missing: a first block with a copyright line is where the
		 * license text goes */
		for (i = 0; i < cm->count && cm->lines[i].block == 0; i++)
			if (is_copyright_line(cm->lines[i].text,
			                      cm->lines[i].len))
				i0 = 0;
	}
	if (i0 != SIZE_MAX) {
		block = cm->lines[i0].block;
		for (i1 = i0;
		     i1 + 1 < cm->count && cm->lines[i1 + 1].block == block;
		     i1++)
			;
		if ((error = plan_block(out, buf, len, pre_end, i0, i1)) < 0)
			return error;
	}
	/* the block's own copyright lines count when it cannot be used */
	if (out->block_problem)
		i0 = SIZE_MAX;
	for (i = 0; i < cm->count; i++)
		if ((i0 == SIZE_MAX || i < i0 || i > i1) &&
		    is_copyright_line(cm->lines[i].text, cm->lines[i].len))
			out->copyright_in_run = 1;
	return 0;
}

void hdrcheck__fix_plan_dispose(hdrcheck__fix_plan *plan)
{
	hdrcheck__finding_dispose(&plan->finding);
	free(plan->lines);
	memset(plan, 0, sizeof(*plan));
}
