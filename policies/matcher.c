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
#include "policies/expression.h"
#include "policies/header.h"

#define REASON_WORDS  8
#define CONTEXT_WORDS 4
/* bounds the alignment work on a damaged header */
#define ALIGN_SLACK 40
/* {holder} spans at most this many words when no holder is given */
#define HOLDER_MAX_WORDS 16
/* {year} spans at most this many numbers ("2019, 2020, 2021 ...") */
#define YEAR_MAX_WORDS 12
/* Steps (words compared, placeholder spans tried) one search for forms
 * may take. Placeholders make a form a pattern with gaps, and a form from
 * the scanned repository's configuration could chain enough of them to
 * take exponential time ("{holder} {holder} ... x"); real headers need a
 * few thousand steps. */
#define MATCH_BUDGET ((size_t)1 << 22)
/* Each placeholder is a level of recursion: more than this many in one
 * form ends the search like a spent budget, before the C stack does. */
#define MATCH_MAX_DEPTH 64

static int phrases_to_tokens(hdrcheck__tokens **out, size_t *count,
                             const char *const *phrases)
{
	size_t n = 0, i;
	int error = 0;

	*out = NULL;
	*count = 0;
	while (phrases && phrases[n])
		n++;
	if (!n)
		return 0;
	if (!(*out = hdrcheck__calloc(n, sizeof(hdrcheck__tokens))))
		return HDRCHECK_ENOMEM;
	*count = n;
	for (i = 0; i < n; i++)
		if ((error = hdrcheck__tokens_from_template(&(*out)[i],
		                                            phrases[i])) < 0)
			return error;
	return 0;
}

int hdrcheck__matcher_init(hdrcheck__matcher *m)
{
	size_t i, j, n = 0;
	int error = 0;

	memset(m, 0, sizeof(*m));
	for (i = 0; i < HDRCHECK__TEMPLATE__COUNT; i++) {
		const char *const *na =
		    hdrcheck__template_not_after((hdrcheck__template_id)i);

		if ((error = hdrcheck__tokens_from_text(
		         &m->templates[i], hdrcheck__template_text(
		                               (hdrcheck__template_id)i))) < 0)
			goto done;
		for (j = 0; na && na[j]; j++)
			n++;
	}
	/* the phrases that must not come before a template, in one array;
	 * each template borrows its run */
	if (n && !(m->not_after = hdrcheck__calloc(n, sizeof(*m->not_after)))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	for (i = 0; i < HDRCHECK__TEMPLATE__COUNT; i++) {
		const char *const *na =
		    hdrcheck__template_not_after((hdrcheck__template_id)i);

		if (!na || !na[0])
			continue;
		m->templates[i].not_after = &m->not_after[m->not_after_count];
		for (j = 0; na[j]; j++)
			if ((error = hdrcheck__tokens_from_text(
			         &m->not_after[m->not_after_count++], na[j])) <
			    0)
				goto done;
		m->templates[i].not_after_count = j;
	}
	n = 0;

	if (!(m->licenses = hdrcheck__calloc(hdrcheck__licenses_count,
	                                     sizeof(*m->licenses)))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	m->licenses_count = hdrcheck__licenses_count;
	for (i = 0; i < hdrcheck__licenses_count; i++) {
		const hdrcheck__license_def *d = &hdrcheck__licenses[i];
		hdrcheck__license_tokens *l = &m->licenses[i];

		l->spdx = d->spdx;
		if (d->forms) {
			if ((error = phrases_to_tokens(
			         &l->forms, &l->forms_count, d->forms)) < 0)
				goto done;
		} else {
			/* Apache-2.0: the templates, borrowed */
			l->forms = m->templates;
			l->forms_count = HDRCHECK__TEMPLATE__COUNT;
		}
		if ((error = phrases_to_tokens(&l->anchors, &l->anchors_count,
		                               d->anchors)) < 0)
			goto done;
		l->anchored = l->anchors_count > 0;
		for (j = 0; j < l->forms_count && l->anchored; j++) {
			size_t k, found = 0;

			for (k = 0; k < l->anchors_count && !found; k++)
				found = hdrcheck__tokens_find(&l->forms[j], 0,
				                              &l->anchors[k]) !=
				        SIZE_MAX;
			l->anchored = found != 0;
		}
	}

	/* one token list per phrase, recogniser by recogniser: phrases
	 * first, then the absent ones */
	for (i = 0; i < hdrcheck__recognizers_count; i++) {
		const hdrcheck__recognizer *r = &hdrcheck__recognizers[i];

		for (j = 0; r->phrases && r->phrases[j]; j++)
			n++;
		for (j = 0; r->absent && r->absent[j]; j++)
			n++;
	}
	if (!(m->recognizers = hdrcheck__calloc(n, sizeof(hdrcheck__tokens)))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	m->recognizers_count = n;
	n = 0;
	for (i = 0; i < hdrcheck__recognizers_count; i++) {
		const hdrcheck__recognizer *r = &hdrcheck__recognizers[i];

		for (j = 0; r->phrases && r->phrases[j]; j++)
			if ((error = hdrcheck__tokens_from_text(
			         &m->recognizers[n++], r->phrases[j])) < 0)
				goto done;
		for (j = 0; r->absent && r->absent[j]; j++)
			if ((error = hdrcheck__tokens_from_text(
			         &m->recognizers[n++], r->absent[j])) < 0)
				goto done;
	}
done:
	if (error < 0)
		hdrcheck__matcher_dispose(m);
	return error;
}

void hdrcheck__matcher_dispose(hdrcheck__matcher *m)
{
	size_t i, j;

	for (i = 0; i < m->licenses_count; i++) {
		hdrcheck__license_tokens *l = &m->licenses[i];

		if (l->forms != m->templates) {
			for (j = 0; j < l->forms_count; j++)
				hdrcheck__tokens_dispose(&l->forms[j]);
			free(l->forms);
		}
		for (j = 0; j < l->anchors_count; j++)
			hdrcheck__tokens_dispose(&l->anchors[j]);
		free(l->anchors);
	}
	free(m->licenses);
	for (i = 0; i < HDRCHECK__TEMPLATE__COUNT; i++)
		hdrcheck__tokens_dispose(&m->templates[i]);
	for (i = 0; i < m->not_after_count; i++)
		hdrcheck__tokens_dispose(&m->not_after[i]);
	free(m->not_after);
	for (i = 0; i < m->recognizers_count; i++)
		hdrcheck__tokens_dispose(&m->recognizers[i]);
	free(m->recognizers);
	memset(m, 0, sizeof(*m));
}

/* The built-in forms of the policy's license: the entry whose id is the
 * license's normal form ("GPL-2.0+" finds GPL-2.0-or-later). */
const hdrcheck__license_tokens *
hdrcheck__matcher_license(const hdrcheck__matcher *m, const char *spdx)
{
	const hdrcheck__license_tokens *found = NULL;
	char *norm = NULL;
	size_t i;

	if (hdrcheck__expr_normalize(&norm, spdx, strlen(spdx)) != 0)
		goto done;
	for (i = 0; i < m->licenses_count && !found; i++)
		if (!strcmp(m->licenses[i].spdx, norm))
			found = &m->licenses[i];
done:
	free(norm);
	return found;
}

static int same(const hdrcheck__token *a, const hdrcheck__token *b)
{
	return a->len == b->len && memcmp(a->word, b->word, a->len) == 0;
}

/* Append up to REASON_WORDS words of toks[from..to) to buf, quoted. */
static int put_words(hdrcheck_buf *buf, const hdrcheck__token *toks,
                     size_t from, size_t to)
{
	size_t i;
	int error = 0;

	if ((error = hdrcheck__buf_puts(buf, "\"")) < 0)
		return error;
	for (i = from; i < to && i < from + REASON_WORDS; i++) {
		if (i > from && (error = hdrcheck__buf_puts(buf, " ")) < 0)
			return error;
		if ((error =
		         hdrcheck__buf_put(buf, toks[i].word, toks[i].len)) < 0)
			return error;
	}
	if (to - from > REASON_WORDS &&
	    (error = hdrcheck__buf_puts(buf, " ...")) < 0)
		return error;
	return hdrcheck__buf_puts(buf, "\"");
}

/* The alignment of template tmpl against text[lo..hi): an LCS, then the
 * first hunk that differs, described in words. */
typedef struct {
	size_t score; /* matched template words */
	size_t cost;  /* missing words + extra words inside the match */
	char *reason;
	char *ops; /* 'm', 'd', 'i' in order (kept when asked for) */
	size_t nops;
} alignment;

static int align(alignment *out, const hdrcheck__tokens *text, size_t lo,
                 size_t hi, const hdrcheck__tokens *tmpl)
{
	size_t n = hi - lo, m = tmpl->count, i, j;
	uint16_t *dp = NULL;
	const hdrcheck__token *T = text->tokens + lo, *P = tmpl->tokens;
	size_t first_match = SIZE_MAX;
	hdrcheck_buf reason = HDRCHECK_BUF_INIT;
	int error = 0;

	/* ops in forward order: 'm' match, 'd' template word missing,
	 * 'i' text word extra; with the indices they consume */
	char *ops = NULL;
	size_t nops = 0, k;

	out->score = 0;
	out->reason = NULL;
	out->ops = NULL;
	out->nops = 0;
#define DP(a, b) dp[(a) * (m + 1) + (b)]
	if (!(dp = hdrcheck__calloc((n + 1) * (m + 1), sizeof(*dp))) ||
	    !(ops = hdrcheck__malloc(n + m + 1))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	for (i = n; i-- > 0;)
		for (j = m; j-- > 0;)
			DP(i, j) =
			    same(&T[i], &P[j])
			        ? (uint16_t)(DP(i + 1, j + 1) + 1)
			        : (DP(i + 1, j) > DP(i, j + 1) ? DP(i + 1, j)
			                                       : DP(i, j + 1));
	out->score = DP(0, 0);
	for (i = 0, j = 0; i < n || j < m;) {
		if (i < n && j < m && same(&T[i], &P[j]) &&
		    DP(i, j) == DP(i + 1, j + 1) + 1) {
			ops[nops++] = 'm';
			i++;
			j++;
		} else if (j < m && (i == n || DP(i, j + 1) >= DP(i + 1, j))) {
			ops[nops++] = 'd';
			j++;
		} else {
			ops[nops++] = 'i';
			i++;
		}
	}
#undef DP

	for (k = 0; k < nops; k++)
		if (ops[k] == 'm') {
			first_match = k;
			break;
		}
	{
		/* extra text words count only between the first and the last
		 * matched word: what lies outside is not part of the header */
		size_t last = nops, extra = 0, missing = 0;

		while (last > 0 && ops[last - 1] != 'm')
			last--;
		for (k = 0; k < nops; k++) {
			if (ops[k] == 'd')
				missing++;
			else if (ops[k] == 'i' && first_match != SIZE_MAX &&
			         k > first_match && k < last)
				extra++;
		}
		out->cost = missing + extra;
	}

	/* walk the script to the first hunk that matters */
	for (i = 0, j = 0, k = 0; k < nops;) {
		size_t ti = i, tj = j, kk = k, last_match;
		int leading = (first_match == SIZE_MAX || k < first_match);
		int trailing;

		if (ops[k] == 'm') {
			i++;
			j++;
			k++;
			continue;
		}
		while (kk < nops && ops[kk] != 'm') {
			if (ops[kk] == 'd')
				tj++;
			else
				ti++;
			kk++;
		}
		trailing = (kk == nops);
		last_match = j; /* template words before the hunk */
		/* text before the first and after the last matched word is
		 * outside the header: only missing template words count */
		if ((leading || trailing) && tj == j) {
			i = ti;
			j = tj;
			k = kk;
			continue;
		}
		if (tj > j && ti > i && !leading && !trailing) {
			if ((error = hdrcheck__buf_puts(&reason, "expected ")) <
			        0 ||
			    (error = put_words(&reason, P, j, tj)) < 0 ||
			    (error = hdrcheck__buf_puts(&reason,
			                                " but found ")) < 0 ||
			    (error = put_words(&reason, T, i, ti)) < 0)
				goto done;
		} else if (tj > j) {
			if ((error = hdrcheck__buf_puts(&reason, "missing ")) <
			        0 ||
			    (error = put_words(&reason, P, j, tj)) < 0)
				goto done;
		} else {
			if ((error = hdrcheck__buf_puts(&reason,
			                                "unexpected ")) < 0 ||
			    (error = put_words(&reason, T, i, ti)) < 0)
				goto done;
		}
		if (last_match > 0) {
			size_t from = last_match > CONTEXT_WORDS
			                  ? last_match - CONTEXT_WORDS
			                  : 0;

			if ((error = hdrcheck__buf_puts(&reason, " after ")) <
			        0 ||
			    (error = put_words(&reason, P, from, last_match)) <
			        0)
				goto done;
		}
		break;
	}
	if (!reason.len &&
	    (error = hdrcheck__buf_puts(&reason, "wording differs")) < 0)
		goto done;
	out->reason = reason.ptr;
	reason.ptr = NULL;
	out->ops = ops;
	out->nops = nops;
	ops = NULL;
done:
	hdrcheck__buf_dispose(&reason);
	free(dp);
	free(ops);
	return error;
}

static int is_placeholder(const hdrcheck__token *k)
{
	return k->len && k->word[0] == '\x01';
}

static int is_number(const hdrcheck__token *k)
{
	unsigned int i;

	for (i = 0; i < k->len; i++)
		if (k->word[i] < '0' || k->word[i] > '9')
			return 0;
	return k->len > 0;
}

/* Does form f (from token j on) match t at i? *end: one past the match.
 * Each step costs one unit of *budget; at 0 the answer is no. */
static int match_from(const hdrcheck__tokens *t, size_t i,
                      const hdrcheck__tokens *f, size_t j,
                      const hdrcheck__tokens *holder, size_t *end,
                      size_t *budget, unsigned int depth)
{
	if (depth > MATCH_MAX_DEPTH)
		*budget = 0;
	while (j < f->count) {
		const hdrcheck__token *k = &f->tokens[j];

		if (*budget == 0)
			return 0;
		(*budget)--;

		if (is_placeholder(k) && k->word[1] == 'y') {
			size_t m = i;

			/* "2019", "2019-2024", "2019, 2021", or none:
			 * longest first */
			while (m < t->count && m - i < YEAR_MAX_WORDS &&
			       is_number(&t->tokens[m]))
				m++;
			for (;; m--) {
				if (match_from(t, m, f, j + 1, holder, end,
				               budget, depth + 1))
					return 1;
				if (m == i)
					return 0;
			}
		}
		if (is_placeholder(k)) {
			size_t m;

			if (holder && holder->count) {
				if (!hdrcheck__tokens_match_at(t, i, holder))
					return 0;
				i += holder->count;
				j++;
				continue;
			}
			/* any holder: one word or more, shortest first */
			for (m = i + 1;
			     m <= t->count && m - i <= HOLDER_MAX_WORDS; m++)
				if (match_from(t, m, f, j + 1, holder, end,
				               budget, depth + 1))
					return 1;
			return 0;
		}
		if (i >= t->count || !same(&t->tokens[i], k))
			return 0;
		i++;
		j++;
	}
	*end = i;
	return 1;
}

/* Does one of form's not_after phrases end right before t's token i? */
static int preceded(const hdrcheck__tokens *t, size_t i,
                    const hdrcheck__tokens *form)
{
	size_t k;

	for (k = 0; k < form->not_after_count; k++) {
		const hdrcheck__tokens *p = &form->not_after[k];

		if (p->count && p->count <= i &&
		    hdrcheck__tokens_match_at(t, i - p->count, p))
			return 1;
	}
	return 0;
}

static size_t find_form(const hdrcheck__tokens *t, const hdrcheck__tokens *form,
                        const hdrcheck__tokens *holder, size_t *end,
                        size_t *budget)
{
	size_t i;

	if (!form->count)
		return SIZE_MAX;
	for (i = 0; i < t->count && *budget; i++) {
		/* cheap first-word filter before the full comparison */
		if (!is_placeholder(&form->tokens[0]) &&
		    !same(&t->tokens[i], &form->tokens[0]))
			continue;
		if (match_from(t, i, form, 0, holder, end, budget, 0) &&
		    !preceded(t, i, form))
			return i;
	}
	return SIZE_MAX;
}

int hdrcheck__matcher_forms(hdrcheck__match *out, const hdrcheck__tokens *forms,
                            size_t forms_count, const hdrcheck__tokens *anchors,
                            size_t anchors_count,
                            const hdrcheck__tokens *holder,
                            const hdrcheck__tokens *t)
{
	return hdrcheck__matcher_forms_diff(out, forms, forms_count, anchors,
	                                    anchors_count, holder, t, NULL);
}

int hdrcheck__matcher_forms_diff(hdrcheck__match *out,
                                 const hdrcheck__tokens *forms,
                                 size_t forms_count,
                                 const hdrcheck__tokens *anchors,
                                 size_t anchors_count,
                                 const hdrcheck__tokens *holder,
                                 const hdrcheck__tokens *t, hdrcheck_buf *diff)
{
	size_t i, at = SIZE_MAX, best_cost = SIZE_MAX, best_score = 0;
	size_t budget = MATCH_BUDGET;
	char *best_reason = NULL;
	int error = 0;

	memset(out, 0, sizeof(*out));
	for (i = 0; i < forms_count; i++) {
		size_t end = 0,
		       pos = find_form(t, &forms[i], holder, &end, &budget);

		if (pos != SIZE_MAX) {
			out->matched = 1;
			out->apache_like = 1;
			out->at = pos;
			out->end = end;
			return 0;
		}
		if (!budget) {
			out->limit = 1;
			return 0;
		}
	}
	for (i = 0; i < anchors_count; i++) {
		size_t pos = hdrcheck__tokens_find(t, 0, &anchors[i]);

		if (pos < at)
			at = pos;
	}
	if (at == SIZE_MAX)
		return 0;
	out->apache_like = 1;
	out->at = at;

	for (i = 0; i < forms_count; i++) {
		const hdrcheck__tokens *tmpl = &forms[i];
		size_t lo = at > ALIGN_SLACK ? at - ALIGN_SLACK : 0;
		size_t hi = lo + tmpl->count + 2 * ALIGN_SLACK;
		alignment a;

		if (hi > t->count)
			hi = t->count;
		if ((error = align(&a, t, lo, hi, tmpl)) < 0)
			goto done;
		/* the nearest form is the one with the most matched words
		 * less the missing and extra ones (the ASF form holds the
		 * appendix's words, so matched words alone would always
		 * favour it, and missing words alone the appendix; fewest
		 * missing and extra alone would favour a short form, whose
		 * few words leave the rest of a long header unexplained);
		 * on a tie, the one with fewer differences */
		if (!best_reason || a.score + best_cost > best_score + a.cost ||
		    (a.score + best_cost == best_score + a.cost &&
		     a.cost < best_cost)) {
			free(best_reason);
			best_reason = a.reason;
			best_cost = a.cost;
			best_score = a.score;
			if (diff) {
				size_t k, ti = lo, tj = 0;

				/* a word diff of the nearest form: its words,
				 * [-missing-] and {+extra+}, extra words
				 * outside the header left out */
				hdrcheck__buf_clear(diff);
				for (k = 0; k < a.nops; k++) {
					const hdrcheck__token *w;
					int inner =
					    a.ops[k] != 'i' ||
					    (tj > 0 && tj < tmpl->count);

					if (a.ops[k] == 'd')
						w = &tmpl->tokens[tj++];
					else if (a.ops[k] == 'i')
						w = &t->tokens[ti++];
					else {
						w = &tmpl->tokens[tj++];
						ti++;
					}
					if (!inner)
						continue;
					hdrcheck__buf_printf(
					    diff, "%s%s%.*s%s",
					    diff->len ? " " : "",
					    a.ops[k] == 'd'   ? "[-"
					    : a.ops[k] == 'i' ? "{+"
					                      : "",
					    (int)w->len, w->word,
					    a.ops[k] == 'd'   ? "-]"
					    : a.ops[k] == 'i' ? "+}"
					                      : "");
				}
			}
		} else {
			free(a.reason);
		}
		free(a.ops);
	}
	if (!best_reason &&
	    !(best_reason = hdrcheck__strdup("the license text is missing"))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	out->reason = best_reason;
	best_reason = NULL;
done:
	free(best_reason);
	return error;
}

int hdrcheck__matcher_may_match(const hdrcheck__license_tokens *l,
                                const hdrcheck__tokens *t)
{
	size_t k;

	if (!l->anchored)
		return 1;
	for (k = 0; k < l->anchors_count; k++)
		if (hdrcheck__tokens_find(t, 0, &l->anchors[k]) != SIZE_MAX)
			return 1;
	return 0;
}

int hdrcheck__matcher_apache(hdrcheck__match *out, const hdrcheck__matcher *m,
                             const hdrcheck__tokens *t)
{
	const hdrcheck__license_tokens *l =
	    hdrcheck__matcher_license(m, "Apache-2.0");

	return hdrcheck__matcher_forms(out, l->forms, l->forms_count,
	                               l->anchors, l->anchors_count, NULL, t);
}

const char *hdrcheck__matcher_identify(const hdrcheck__matcher *m,
                                       const hdrcheck__tokens *t, size_t *at)
{
	size_t i, j;

	for (i = 0; i < m->licenses_count; i++) {
		const hdrcheck__license_tokens *l = &m->licenses[i];

		for (j = 0; j < l->forms_count; j++) {
			/* built-in forms: plain words, linear work */
			size_t end, budget = SIZE_MAX,
			            pos = find_form(t, &l->forms[j], NULL, &end,
			                            &budget);

			if (pos != SIZE_MAX) {
				*at = pos;
				return l->spdx;
			}
		}
	}
	return hdrcheck__matcher_other(m, t, at);
}

const char *hdrcheck__matcher_other(const hdrcheck__matcher *m,
                                    const hdrcheck__tokens *t, size_t *at)
{
	size_t i, j, n = 0;

	for (i = 0; i < hdrcheck__recognizers_count; i++) {
		const hdrcheck__recognizer *r = &hdrcheck__recognizers[i];
		size_t first = SIZE_MAX, pos;
		int ok = 1;

		for (j = 0; r->phrases && r->phrases[j]; j++, n++) {
			if (!ok)
				continue;
			pos = hdrcheck__tokens_find(t, 0, &m->recognizers[n]);
			if (pos == SIZE_MAX)
				ok = 0;
			else if (pos < first)
				first = pos;
		}
		for (j = 0; r->absent && r->absent[j]; j++, n++)
			if (ok && hdrcheck__tokens_find(
			              t, 0, &m->recognizers[n]) != SIZE_MAX)
				ok = 0;
		if (ok) {
			*at = first;
			return r->spdx;
		}
	}
	return NULL;
}
