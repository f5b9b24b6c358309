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
 * License identification (docs/matching.md, "Other licenses").
 *
 * Words are normalised as the SPDX License List Matching Guidelines say:
 * case, punctuation, quotes, dashes, bullets and numbering, comment
 * decoration and line breaks vanish; (c) and the sign are one word;
 * https reads as http; the guidelines' equivalent words (licence and
 * license, ...) compare equal. Copyright lines and a text's title are
 * omittable, and the copyright holder's words in a license's body
 * ("the copyright holders", "the author") are variable.
 *
 * Full texts: every text's word bigrams go into one sorted index, keeping
 * only the rare ones (few texts share them). A header's bigrams vote for
 * the texts they occur in, and only the few texts with most of their rare
 * bigrams present are aligned word by word (an LCS). A text matches when
 * every difference inside its span is variable: the match has no
 * additional text. Of the texts that match, the longest wins (X11 holds
 * MIT's words, BSD-3-Clause BSD-2-Clause's).
 */

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include "policies/identify.h"
#include "policies/catalogue.h"
#include "policies/expression.h"

/* a bigram shared by more texts than this is not indexed */
#define DF_MAX 200
/* texts aligned per header at most */
#define CANDIDATES 6
/* share of a text's rare bigrams a header must hold to be aligned (%) */
#define VOTE_MIN 75
/* the same for explain, which shows the nearest text of a near miss */
#define VOTE_NEAR 50
/* alignment cells at most (words x words) */
#define ALIGN_CELLS ((size_t)4 << 20)
/* a near miss: at most this share of the text's words differ (%) */
#define NEAR_MAX 25
/* a variable hunk: at most this many words on either side */
#define VAR_LICENSE_WORDS 12
#define VAR_TEXT_WORDS    20
/* words a difference may span before the walk gives up */
#define GREEDY_SKIP 48
/* catalogue texts longer than this (bytes) cannot be a header: the
 * window is 100 lines */
#define HEADER_TEXT_MAX 8192
/* fewer content words than any text of the list has (the shortest has
 * 11): no full text, and no need of the index */
#define MIN_TEXT_WORDS 8
/* a text's first line of at most this many words, alone, is its title */
#define TITLE_WORDS 10
/* words in a row that mark where a text starts in a header */
#define START_WORDS 4
/* a LICENSE file may leave out this share of a text's end (%) */
#define FILE_TAIL 15
/* header words aligned beyond the first and last shared bigram */
#define ALIGN_MARGIN 24
/* words of a statement kept for a LicenseRef's key */
#define REF_WORDS 200
/* an unnamed statement beside a named text is a text of its own from
 * this many words on, not a remark ("licensed under the above terms") */
#define SECOND_TEXT_WORDS 40

enum {
	W_LINE_START = 1,
	W_NUMBERING = 2, /* "1." "a)" "(iv)" at a line's start */
	W_COPYRIGHT = 4, /* on a copyright line */
	W_TITLE = 8,     /* a text's title line */
	W_SENT_END = 16, /* a full stop follows */
	W_PLUS = 32,     /* the "+" token ("GPL-2.0+") */
	W_EQUIV = 64,    /* an equivalent word: compare by hash */
	W_COMMAND = 128 /* a doc comment's command: "\\copyright", "@license" */
};

typedef struct {
	uint64_t h;
	uint32_t off; /* into the words' text */
	uint16_t len;
	uint8_t flags;
	uint32_t line;
} word;

typedef struct {
	word *v;
	size_t n, cap;
	hdrcheck_buf text;
} words;

typedef struct {
	const char *id;
	const char *text;
	uint32_t rare;   /* indexed bigrams of the text */
	uint32_t nwords; /* content words */
	uint32_t nreq;   /* a standard header: content words a header must
	                  * hold (0: all) */
	int alt;         /* its words hold "alternatively" */
} entry;

struct hdrcheck__identifier {
	/* built on first use (most runs never need it), under lock */
	pthread_mutex_t lock;
	atomic_int ready;
	int build_error;
	hdrcheck__license_text *texts;
	size_t ntexts;
	entry *entries;
	size_t count;
	uint32_t *keys;    /* sorted bigram hashes, each kept once */
	uint32_t *slots;   /* open addressing: index + 1 into keys, 0 empty */
	size_t nslots;     /* a power of two */
	uint32_t *post_at; /* postings of keys[i]: post[post_at[i] ..] */
	uint16_t *post;
	size_t nkeys;
	/* content words of the shortest text: a comment of fewer holds
	 * no full text */
	size_t min_words;
	uint64_t equiv_from[64], equiv_to[64];
	uint64_t equiv_bloom[4]; /* low 8 bits of equiv_from's hashes */
	size_t nequiv;
	uint64_t cue_bloom[4]; /* first words of every cue and name */
	uint64_t holder_words[64];
	size_t nholder;
	/* long_text's prefilter, built on first use like the index: each
	 * catalogue text's first START_WORDS content words, hashed, so that
	 * a LICENSE file is not compared with the texts by tokenising them
	 * again for every file */
	pthread_mutex_t starts_lock;
	atomic_int starts_ready;
	int starts_error;
	uint64_t (*starts)[START_WORDS];
	unsigned char *has_start;
};

/* A verdict remembered per thread: neighbours in path order often carry
 * the same header (a vendored library's files), with other copyright
 * lines. */
#define MEMO_SLOTS 64
/* tokenised license texts a thread keeps (license_words) */
#define LWORDS_SLOTS 8

typedef struct {
	uint64_t key; /* 0: empty */
	hdrcheck__ident_kind kind;
	char *expression;
	size_t cline;
	const char *nearest;
	char *reason;
	int refers_file;
} memo;

struct hdrcheck__ident_scratch {
	memo memo[MEMO_SLOTS];
	words h, l;
	/* the entry whose words s->l holds, + 1 (0: none), and the last
	 * texts tokenised before it */
	size_t l_key;
	words lw[LWORDS_SLOTS];
	size_t lw_key[LWORDS_SLOTS];
	unsigned int lw_next;
	uint32_t *bigrams;
	size_t nbigrams, capbigrams;
	uint32_t *hits;
	size_t nhits;
	uint32_t *hc, *lc; /* content word indices */
	size_t caphc, caplc;
	uint16_t *dp;
	size_t capdp;
	char *ops;
	size_t capops;
	unsigned char *mask; /* header words already explained */
	uint32_t *set;       /* a text's bigrams, open addressing */
	size_t capset;
	size_t setcap; /* the slots align's set uses */
	int files;     /* a whole file: a text's end may be left out */
	int cut;       /* the header window cut the comment: the same */
	/* aligning a standard header: the license words after this many
	 * (its statement) may be left out at the end, and the header's
	 * words may leave the notice there (0: none) */
	size_t opt_from;
	/* best_text aligns only the texts whose words hold "alternatively"
	 * (a header's "Alternatively, ..." sentence tried as a text's) */
	int only_alt;
	size_t capmask;
};

static uint64_t hash_word(const char *w, size_t n)
{
	uint64_t h = 1469598103934665603ULL;
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)w[i];
		h *= 1099511628211ULL;
	}
	return h;
}

static const char *word_text(const words *ws, const word *w)
{
	return ws->text.ptr + w->off;
}

static int is_alnum(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
	       (c >= 'A' && c <= 'Z');
}

static int grow(void **p, size_t *cap, size_t need, size_t size)
{
	void *q;
	size_t n = *cap ? *cap : 64;

	if (need <= *cap)
		return 0;
	while (n < need)
		n *= 2;
	if (!(q = hdrcheck__realloc(*p, n * size)))
		return HDRCHECK_ENOMEM;
	*p = q;
	*cap = n;
	return 0;
}

/* The guidelines' equivalent words (B.7), the ones license texts use. */
static const char *const equivalents[][2] = {
    {"licence", "license"},
    {"licences", "licenses"},
    {"licenced", "licensed"},
    {"licencing", "licensing"},
    {"licensor", "licensor"},
    {"acknowledgement", "acknowledgment"},
    {"acknowledgements", "acknowledgments"},
    {"analogue", "analog"},
    {"analyse", "analyze"},
    {"artefact", "artifact"},
    {"authorisation", "authorization"},
    {"authorised", "authorized"},
    {"calibre", "caliber"},
    {"cancelled", "canceled"},
    {"capitalisations", "capitalizations"},
    {"catalogue", "catalog"},
    {"categorise", "categorize"},
    {"centre", "center"},
    {"emphasised", "emphasized"},
    {"favour", "favor"},
    {"favourite", "favorite"},
    {"fulfil", "fulfill"},
    {"fulfilment", "fulfillment"},
    {"initialise", "initialize"},
    {"judgement", "judgment"},
    {"labelling", "labeling"},
    {"labour", "labor"},
    {"maximise", "maximize"},
    {"modelled", "modeled"},
    {"modelling", "modeling"},
    {"offence", "offense"},
    {"optimise", "optimize"},
    {"organisation", "organization"},
    {"organise", "organize"},
    {"practise", "practice"},
    {"programme", "program"},
    {"realise", "realize"},
    {"recognise", "recognize"},
    {"signalling", "signaling"},
    {"utilisation", "utilization"},
    {"whilst", "while"},
    {"wilful", "willful"},
    {"noncommercial", "noncommercial"},
    {"owner", "holder"},
    {"owners", "holders"},
    {"copyrightholder", "holder"},
};

/* Words that may stand for a copyright holder in a license's body. */
static const char *const holder_vocab[] = {
    "the",          "copyright",   "holder",
    "holders",      "and",         "or",
    "contributors", "contributor", "author",
    "authors",      "its",         "of",
    "regents",      "university",  "california",
    "organization", "name",        "names",
    "nor",          "x",           "consortium",
    "berkeley",     "year",        "company",
    "licensor",     "by",          "s",
    "their",        "his",         "her",
};

static void init_cue_bloom(hdrcheck__identifier *id);

/* Could a cue or a name start with the word of hash h? */
static int may_start(const hdrcheck__identifier *id, uint64_t h)
{
	return (id->cue_bloom[(h >> 6) & 3] >> (h & 63)) & 1;
}

static uint64_t canon(const hdrcheck__identifier *id, uint64_t h)
{
	size_t i;

	if (!id || !(id->equiv_bloom[(h >> 6) & 3] & ((uint64_t)1 << (h & 63))))
		return h;
	for (i = 0; i < id->nequiv; i++)
		if (id->equiv_from[i] == h)
			return id->equiv_to[i];
	return h;
}

static int is_holder_word(const hdrcheck__identifier *id, uint64_t h)
{
	size_t i;

	for (i = 0; i < id->nholder; i++)
		if (id->holder_words[i] == h)
			return 1;
	return 0;
}

static int push_word(words *ws, const hdrcheck__identifier *id, const char *w,
                     size_t n, uint32_t line, uint8_t flags)
{
	word *k;
	int error;
	size_t i;

	if (n > 0xffff)
		n = 0xffff;
	if ((ws->n + 1 > ws->cap &&
	     (error = grow((void **)&ws->v, &ws->cap, ws->n + 1,
	                   sizeof(word))) < 0) ||
	    (ws->text.len + n + 1 > ws->text.cap &&
	     (error = hdrcheck__buf_grow(&ws->text, n + 1)) < 0))
		return error;
	k = &ws->v[ws->n];
	k->off = (uint32_t)ws->text.len;
	for (i = 0; i < n; i++) {
		char c = w[i];

		ws->text.ptr[ws->text.len++] =
		    (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
	}
	ws->text.ptr[ws->text.len++] = '\0';
	k->len = (uint16_t)n;
	/* "https" is "http"; "www" after it vanishes */
	if (n == 5 && memcmp(ws->text.ptr + k->off, "https", 5) == 0)
		k->len = 4;
	if (k->len == 3 && ws->n &&
	    memcmp(ws->text.ptr + k->off, "www", 3) == 0 &&
	    ws->v[ws->n - 1].len == 4 &&
	    memcmp(word_text(ws, &ws->v[ws->n - 1]), "http", 4) == 0)
		return 0;
	k->h = hash_word(ws->text.ptr + k->off, k->len);
	k->flags = flags;
	if (canon(id, k->h) != k->h) {
		k->h = canon(id, k->h);
		k->flags |= W_EQUIV;
	}
	k->line = line;
	/* "sub-license", "sub licence": "sublicense" (by hash: "licence"
	 * is "license" already) */
	if (ws->n && k->len >= 7 && ws->v[ws->n - 1].len == 3 &&
	    memcmp(word_text(ws, &ws->v[ws->n - 1]), "sub", 3) == 0) {
		static const char *const pairs[][2] = {
		    {"license", "sublicense"},
		    {"licenses", "sublicenses"},
		    {"licensed", "sublicensed"},
		    {"licensing", "sublicensing"}};
		size_t q;

		for (q = 0; q < HDRCHECK__ARRAY_SIZE(pairs); q++)
			if (k->h ==
			    hash_word(pairs[q][0], strlen(pairs[q][0]))) {
				ws->v[ws->n - 1].h =
				    hash_word(pairs[q][1], strlen(pairs[q][1]));
				return 0;
			}
	}
	ws->n++;
	return 0;
}

static int is_numbering(const char *w, size_t n)
{
	static const char *const roman[] = {"i",  "ii",  "iii",  "iv", "v",
	                                    "vi", "vii", "viii", "ix", "x"};
	size_t i;

	if (n <= 2 && w[0] >= '0' && w[0] <= '9' &&
	    (n == 1 || (w[1] >= '0' && w[1] <= '9')))
		return 1;
	if (n == 1 &&
	    ((w[0] >= 'a' && w[0] <= 'z') || (w[0] >= 'A' && w[0] <= 'Z')))
		return 1;
	for (i = 0; i < HDRCHECK__ARRAY_SIZE(roman); i++)
		if (strlen(roman[i]) == n) {
			size_t j;

			for (j = 0; j < n && (w[j] | 0x20) == roman[i][j]; j++)
				;
			if (j == n)
				return 1;
		}
	return 0;
}

/* After a bullet: blanks, then a word. */
static int bullet_followed(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	return i < n && is_alnum((unsigned char)s[i]);
}

/* One line's words. */
static int add_line(words *ws, const hdrcheck__identifier *id, const char *s,
                    size_t len, uint32_t line)
{
	size_t i = 0, first = ws->n;
	int error = 0, second_upper = 0;

	while (i < len) {
		size_t j;
		uint8_t flags = 0;
		unsigned char c = (unsigned char)s[i];

		if (c == 0xc2 && i + 1 < len &&
		    (unsigned char)s[i + 1] == 0xa9) {
			/* the copyright sign reads as "(c)" */
			if ((error = push_word(ws, id, "c", 1, line,
			                       ws->n == first ? W_LINE_START
			                                      : 0)) < 0)
				return error;
			i += 2;
			continue;
		}
		if (c == '+' && ws->n > first && i > 0 &&
		    is_alnum((unsigned char)s[i - 1])) {
			if ((error = push_word(ws, id, "+", 1, line, W_PLUS)) <
			    0)
				return error;
			i++;
			continue;
		}
		if (!is_alnum(c)) {
			i++;
			continue;
		}
		for (j = i; j < len && is_alnum((unsigned char)s[j]); j++)
			;
		if (ws->n == first) {
			flags |= W_LINE_START;
			/* "1." "a)" "(b)" "iv." */
			if (is_numbering(s + i, j - i) &&
			    ((j < len && (s[j] == '.' || s[j] == ')')) ||
			     (i > 0 && s[i - 1] == '(')) &&
			    !(j + 1 < len && s[j] == '.' &&
			      is_alnum((unsigned char)s[j + 1])))
				flags |= W_NUMBERING;
			/* "o Redistributions of source code ...": a
			 * lowercase o as a list's bullet, words after it */
			if (j - i == 1 && s[i] == 'o' && j + 1 < len &&
			    (s[j] == ' ' || s[j] == '\t') &&
			    bullet_followed(s + j, len - j))
				flags |= W_NUMBERING;
			/* Doxygen and javadoc commands: "\\copyright",
			 * "@license" */
			if (i > 0 && (s[i - 1] == '\\' || s[i - 1] == '@'))
				flags |= W_COMMAND;
		}
		if (j < len && (s[j] == '.' || s[j] == '!' || s[j] == '?') &&
		    (j + 1 == len || !is_alnum((unsigned char)s[j + 1])))
			flags |= W_SENT_END;
		if (ws->n == first + 1)
			second_upper = s[i] >= 'A' && s[i] <= 'Z';
		if ((error = push_word(ws, id, s + i, j - i, line, flags)) < 0)
			return error;
		i = j;
	}
	/* a copyright line: "Copyright ...", "(c) 2020 ...", the sign */
	if (ws->n > first) {
		const word *a = &ws->v[first];
		const char *t = word_text(ws, a);
		int cr = 0;

		if (a->len == 9 && memcmp(t, "copyright", 9) == 0) {
			/* not "copyright notice and this permission notice
			 * ..." wrapped to a line's start */
			static const char *const prose[] = {
			    "notice",    "notices",   "and",     "holder",
			    "holders",   "owner",     "owners",  "law",
			    "laws",      "statement", "license", "to",
			    "of",        "in",        "is",      "protection",
			    "ownership", "interest"};
			size_t q;

			cr = 1;
			if (ws->n > first + 1) {
				const word *b = &ws->v[first + 1];
				const char *bt = word_text(ws, b);

				/* "Copyright (c) ...", "Copyright 2020 ...",
				 * "Copyright by ...", "Copyright The Foo
				 * Authors", the Apache License's "Copyright
				 * [yyyy] [name of copyright owner]" (a
				 * LICENSE fills it in) when the line says
				 * no more (the SHL's goes on with its
				 * notice); not "copyright on the
				 * Program" wrapped to a line's start */
				cr =
				    (b->len == 1 && bt[0] == 'c') ||
				    (bt[0] >= '0' && bt[0] <= '9') ||
				    (b->len == 4 && ws->n - first <= 8 &&
				     memcmp(bt, "yyyy", 4) == 0) ||
				    (b->len == 2 && memcmp(bt, "by", 2) == 0) ||
				    second_upper;

				for (q = 0; q < HDRCHECK__ARRAY_SIZE(prose);
				     q++)
					if (b->len == strlen(prose[q]) &&
					    memcmp(word_text(ws, b), prose[q],
					           b->len) == 0)
						cr = 0;
			}
		} else if (a->len == 1 && t[0] == 'c' && ws->n > first + 1 &&
		           word_text(ws, &ws->v[first + 1])[0] >= '0' &&
		           word_text(ws, &ws->v[first + 1])[0] <= '9')
			cr = 1;
		else if (a->len == 1 && t[0] == 'c' && ws->n > first + 1 &&
		         ws->v[first + 1].len == 9 &&
		         memcmp(word_text(ws, &ws->v[first + 1]), "copyright",
		                9) == 0)
			cr = 1;
		else if (a->len == 8 && memcmp(t, "portions", 8) == 0 &&
		         ws->n > first + 1 && ws->v[first + 1].len == 9 &&
		         memcmp(word_text(ws, &ws->v[first + 1]), "copyright",
		                9) == 0)
			cr = 1;
		else if (a->len == 4 && memcmp(t, "spdx", 4) == 0)
			cr = 1; /* tags are read elsewhere */
		else if (a->len == 3 && memcmp(t, "all", 3) == 0 &&
		         ws->n == first + 3 && first > 0 &&
		         (ws->v[first - 1].flags & W_COPYRIGHT))
			cr = 1; /* "All rights reserved." alone */
		if (cr) {
			size_t k;

			for (k = first; k < ws->n; k++)
				ws->v[k].flags |= W_COPYRIGHT;
		}
	}
	return 0;
}

static int words_from_text(words *ws, const hdrcheck__identifier *id,
                           const char *text, size_t len, int title)
{
	size_t i = 0;
	uint32_t line = 0;
	int error = 0, blank_after_first = 0;
	size_t first_line_words = SIZE_MAX, first_line_end = 0;

	ws->n = 0;
	hdrcheck__buf_clear(&ws->text);
	while (i < len) {
		const char *nl = memchr(text + i, '\n', len - i);
		size_t e = nl ? (size_t)(nl - text) : len, before = ws->n;

		if ((error = add_line(ws, id, text + i, e - i, line++)) < 0)
			return error;
		if (first_line_words == SIZE_MAX && ws->n > before) {
			first_line_words = ws->n - before;
			first_line_end = ws->n;
		} else if (first_line_words != SIZE_MAX &&
		           first_line_end == ws->n && ws->n == before &&
		           !blank_after_first && line > 0) {
			blank_after_first = 1;
		}
		i = e + 1;
	}
	/* a title: a short first line followed by a blank one, before a
	 * body of its own ("Pick your favourite OSI approved license :)"
	 * over a URL is the text, not its title) */
	if (title && blank_after_first && first_line_words <= TITLE_WORDS &&
	    ws->n - first_line_end > 3 * first_line_words) {
		size_t k;

		for (k = 0; k < first_line_end; k++)
			ws->v[k].flags |= W_TITLE;
	}
	return 0;
}

static int words_from_comments(words *ws, const hdrcheck__identifier *id,
                               const hdrcheck__comments *cm)
{
	size_t i;
	int error;

	ws->n = 0;
	hdrcheck__buf_clear(&ws->text);
	for (i = 0; i < cm->count; i++)
		if ((error = add_line(ws, id, cm->lines[i].text,
		                      cm->lines[i].len, (uint32_t)i)) < 0)
			return error;
	return 0;
}

static int is_content(const word *w)
{
	return !(w->flags & (W_NUMBERING | W_COPYRIGHT | W_TITLE | W_PLUS));
}

static uint32_t bigram(uint64_t a, uint64_t b)
{
	uint64_t h = a * 0x9E3779B97F4A7C15ULL ^ (b + (a >> 17));

	return (uint32_t)(h ^ (h >> 32));
}

/* The distinct content bigrams of ws (words not masked), sorted. */
static int collect_bigrams(const hdrcheck__identifier *id,
                           hdrcheck__ident_scratch *s, const words *ws,
                           const unsigned char *mask)
{
	size_t i, prev = SIZE_MAX, n = 0, k;
	int error;

	if ((error = grow((void **)&s->bigrams, &s->capbigrams, ws->n + 1,
	                  sizeof(uint32_t))) < 0)
		return error;
	for (i = 0; i < ws->n; i++) {
		if (!is_content(&ws->v[i]) || (mask && mask[i]))
			continue;
		/* pairs of holder words ("copyright holders", "the
		 * author") are the variable part: they do not vote */
		if (prev != SIZE_MAX && !(is_holder_word(id, ws->v[prev].h) &&
		                          is_holder_word(id, ws->v[i].h)))
			s->bigrams[n++] = bigram(ws->v[prev].h, ws->v[i].h);
		prev = i;
	}
	/* distinct ones, through a hash set (a sort cost more) */
	{
		size_t cap = 64;

		while (cap < 2 * n)
			cap *= 2;
		if ((error = grow((void **)&s->set, &s->capset, cap,
		                  sizeof(uint32_t))) < 0)
			return error;
		memset(s->set, 0, cap * sizeof(uint32_t));
		for (i = 0, k = 0; i < n; i++) {
			uint32_t g = s->bigrams[i] | 1;
			size_t q = (g * 2654435761u) & (cap - 1);

			while (s->set[q] && s->set[q] != g)
				q = (q + 1) & (cap - 1);
			if (s->set[q])
				continue;
			s->set[q] = g;
			s->bigrams[k++] = s->bigrams[i];
		}
	}
	s->nbigrams = k;
	return 0;
}

typedef struct {
	uint32_t h;
	uint16_t e;
} pair;

/* Pairs by hash, texts in order within one hash: an LSD radix sort
 * (stable; the pairs come in text order), four times faster than qsort
 * on the 200,000 pairs of the list. */
static int sort_pairs(pair *v, size_t n)
{
	pair *tmp = n ? hdrcheck__malloc(n * sizeof(pair)) : NULL;
	size_t count[256], shift, i;

	if (n && !tmp)
		return HDRCHECK_ENOMEM;
	for (shift = 0; shift < 32; shift += 8) {
		size_t sum = 0;

		memset(count, 0, sizeof(count));
		for (i = 0; i < n; i++)
			count[(v[i].h >> shift) & 0xff]++;
		for (i = 0; i < 256; i++) {
			size_t c = count[i];

			count[i] = sum;
			sum += c;
		}
		for (i = 0; i < n; i++)
			tmp[count[(v[i].h >> shift) & 0xff]++] = v[i];
		memcpy(v, tmp, n * sizeof(pair));
	}
	free(tmp);
	return 0;
}

void hdrcheck__ident_scratch_free(hdrcheck__ident_scratch *s)
{
	size_t i;

	if (!s)
		return;
	free(s->h.v);
	hdrcheck__buf_dispose(&s->h.text);
	free(s->l.v);
	hdrcheck__buf_dispose(&s->l.text);
	for (i = 0; i < LWORDS_SLOTS; i++) {
		free(s->lw[i].v);
		hdrcheck__buf_dispose(&s->lw[i].text);
	}
	free(s->bigrams);
	free(s->hits);
	free(s->hc);
	free(s->lc);
	free(s->dp);
	free(s->ops);
	free(s->mask);
	free(s->set);
	for (i = 0; i < MEMO_SLOTS; i++) {
		free(s->memo[i].expression);
		free(s->memo[i].reason);
	}
	free(s);
}

int hdrcheck__ident_scratch_new(hdrcheck__ident_scratch **out)
{
	if (!(*out = hdrcheck__calloc(1, sizeof(**out))))
		return HDRCHECK_ENOMEM;
	return 0;
}

void hdrcheck__identifier_free(hdrcheck__identifier *id)
{
	if (!id)
		return;
	pthread_mutex_destroy(&id->lock);
	pthread_mutex_destroy(&id->starts_lock);
	free(id->starts);
	free(id->has_start);
	free(id->texts);
	free(id->entries);
	free(id->keys);
	free(id->slots);
	free(id->post_at);
	free(id->post);
	free(id);
}

int hdrcheck__identifier_new(hdrcheck__identifier **out)
{
	size_t max_text = HEADER_TEXT_MAX;
	hdrcheck__license_text *texts = NULL;
	size_t n = 0, i;
	int error;

	/* the catalogue's texts short enough to be a header (a longer one
	 * cannot fit the header window), the standard headers, then the
	 * built-in wordings */
	if (!(texts = hdrcheck__calloc(hdrcheck__catalogue_count() +
	                                   hdrcheck__spdx_headers_count +
	                                   hdrcheck__builtin_texts_count,
	                               sizeof(*texts))))
		return HDRCHECK_ENOMEM;
	for (i = 0; i < hdrcheck__catalogue_count(); i++) {
		const hdrcheck__spdx_entry *e = hdrcheck__catalogue_get(i);

		if (!e->text || e->text_len > max_text ||
		    (e->flags &
		     (HDRCHECK__SPDX_DEPRECATED | HDRCHECK__SPDX_EXCEPTION)))
			continue;
		texts[n].id = e->id;
		texts[n++].text = e->text;
	}
	for (i = 0; i < hdrcheck__spdx_headers_count; i++) {
		texts[n].id = hdrcheck__spdx_headers[i].id;
		texts[n].text = hdrcheck__spdx_headers[i].text;
		texts[n++].required = hdrcheck__spdx_headers[i].required;
	}
	for (i = 0; i < hdrcheck__builtin_texts_count; i++)
		texts[n++] = hdrcheck__builtin_texts[i];
	error = hdrcheck__identifier_from(out, texts, n);
	free(texts);
	return error;
}

int hdrcheck__identifier_from(hdrcheck__identifier **out,
                              const hdrcheck__license_text *texts, size_t n)
{
	hdrcheck__identifier *id = NULL;
	size_t i;

	if (n > 0xffff)
		n = 0xffff;
	if (!(id = hdrcheck__calloc(1, sizeof(*id))) ||
	    (n && !(id->texts = hdrcheck__calloc(n, sizeof(*texts))))) {
		free(id);
		return HDRCHECK_ENOMEM;
	}
	for (i = 0; i < n; i++)
		id->texts[i] = texts[i];
	id->ntexts = n;
	pthread_mutex_init(&id->lock, NULL);
	pthread_mutex_init(&id->starts_lock, NULL);
	for (i = 0; i < HDRCHECK__ARRAY_SIZE(equivalents) && i < 64; i++) {
		id->equiv_from[i] =
		    hash_word(equivalents[i][0], strlen(equivalents[i][0]));
		id->equiv_to[i] =
		    hash_word(equivalents[i][1], strlen(equivalents[i][1]));
	}
	id->nequiv = i;
	for (i = 0; i < id->nequiv; i++)
		id->equiv_bloom[(id->equiv_from[i] >> 6) & 3] |=
		    (uint64_t)1 << (id->equiv_from[i] & 63);
	for (i = 0; i < HDRCHECK__ARRAY_SIZE(holder_vocab) && i < 64; i++)
		id->holder_words[i] = canon(
		    id, hash_word(holder_vocab[i], strlen(holder_vocab[i])));
	id->nholder = i;
	init_cue_bloom(id);
	*out = id;
	return 0;
}

/* The line (0-based) of a text's last required byte. */
static uint32_t req_line(const char *text, size_t required)
{
	uint32_t line = 0;
	size_t i;

	for (i = 0; i + 1 < required && text[i]; i++)
		line += text[i] == '\n';
	return line;
}

/* The rare-bigram index of the texts. */
static int build_index(hdrcheck__identifier *id)
{
	hdrcheck__ident_scratch *s = NULL;
	pair *pairs = NULL;
	size_t npairs = 0, cappairs = 0, i, j, k, n = id->ntexts;
	int error = 0;

	if (n && !(id->entries = hdrcheck__calloc(n, sizeof(entry)))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	if ((error = hdrcheck__ident_scratch_new(&s)) < 0)
		goto done;
	id->count = n;
	for (i = 0; i < n; i++) {
		entry *e = &id->entries[i];

		e->id = id->texts[i].id;
		e->text = id->texts[i].text;
		if ((error = words_from_text(&s->l, id, e->text,
		                             strlen(e->text), 1)) < 0)
			goto done;
		for (j = 0; j < s->l.n; j++) {
			e->nwords += is_content(&s->l.v[j]);
			if (s->l.v[j].len == 13 &&
			    memcmp(word_text(&s->l, &s->l.v[j]),
			           "alternatively", 13) == 0)
				e->alt = 1;
		}
		if (id->texts[i].required) {
			uint32_t last =
			    req_line(e->text, id->texts[i].required);

			for (j = 0; j < s->l.n; j++)
				e->nreq += is_content(&s->l.v[j]) &&
				           s->l.v[j].line <= last;
		}
		/* a standard header votes by its statement, the part every
		 * header holds */
		if ((id->texts[i].required &&
		     (error = words_from_text(&s->l, id, e->text,
		                              id->texts[i].required, 1)) < 0) ||
		    (error = collect_bigrams(id, s, &s->l, NULL)) < 0)
			goto done;
		/* the fewest words a text can match in: a standard header's
		 * statement, or the whole text */
		if (e->nwords) {
			uint32_t least = e->nreq ? e->nreq : e->nwords;

			if (!id->min_words || least < id->min_words)
				id->min_words = least;
		}
		if ((error = grow((void **)&pairs, &cappairs,
		                  npairs + s->nbigrams, sizeof(pair))) < 0)
			goto done;
		for (j = 0; j < s->nbigrams; j++) {
			pairs[npairs].h = s->bigrams[j];
			pairs[npairs++].e = (uint16_t)i;
		}
	}
	if ((error = sort_pairs(pairs, npairs)) < 0)
		goto done;
	/* keep the rare bigrams: keys, and postings in one array */
	if (npairs &&
	    (!(id->keys = hdrcheck__calloc(npairs, sizeof(uint32_t))) ||
	     !(id->post_at = hdrcheck__calloc(npairs + 1, sizeof(uint32_t))) ||
	     !(id->post = hdrcheck__calloc(npairs, sizeof(uint16_t))))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	for (i = 0, k = 0; i < npairs; i = j) {
		size_t m = 0;

		for (j = i; j < npairs && pairs[j].h == pairs[i].h; j++)
			m++;
		if (m > DF_MAX)
			continue;
		id->keys[id->nkeys] = pairs[i].h;
		id->post_at[id->nkeys++] = (uint32_t)k;
		for (m = i; m < j; m++) {
			id->post[k++] = pairs[m].e;
			id->entries[pairs[m].e].rare++;
		}
	}
	if (id->post_at)
		id->post_at[id->nkeys] = (uint32_t)k;
	/* the keys hashed: one probe per header bigram, not a binary
	 * search through cold memory */
	for (id->nslots = 64; id->nslots < 2 * id->nkeys;)
		id->nslots *= 2;
	if (!(id->slots = hdrcheck__calloc(id->nslots, sizeof(uint32_t)))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	for (i = 0; i < id->nkeys; i++) {
		size_t q = (id->keys[i] * 2654435761u) & (id->nslots - 1);

		while (id->slots[q])
			q = (q + 1) & (id->nslots - 1);
		id->slots[q] = (uint32_t)i + 1;
	}
done:
	free(pairs);
	hdrcheck__ident_scratch_free(s);
	return error;
}

/* The index, built by the first worker that needs it. The identifier is
 * otherwise read-only while workers run; this is its one lazy part, and
 * it is published once, under the lock. */
static int ensure_index(const hdrcheck__identifier *cid)
{
	hdrcheck__identifier *id = (hdrcheck__identifier *)cid;
	int error;

	if (atomic_load_explicit(&id->ready, memory_order_acquire))
		return id->build_error;
	pthread_mutex_lock(&id->lock);
	if (!atomic_load_explicit(&id->ready, memory_order_relaxed)) {
		id->build_error = build_index(id);
		atomic_store_explicit(&id->ready, 1, memory_order_release);
	}
	error = id->build_error;
	pthread_mutex_unlock(&id->lock);
	return error;
}

/* ---- alignment ---------------------------------------------------- */

typedef struct {
	int exact;
	size_t cost;         /* words that differ (not variable) */
	size_t matched;      /* license words matched */
	size_t h_from, h_to; /* header words spanned: [from, to) */
	/* words inserted in the text that offer another license
	 * ("ALTERNATIVELY, this software may be distributed under the terms
	 * of the GNU General Public License ...") */
	size_t alt_from, alt_to;
	char *reason;
	char *diff;
} fit;

static int put_run(hdrcheck_buf *b, const words *ws, const uint32_t *idx,
                   size_t from, size_t to)
{
	size_t i;
	int error = 0;

	if ((error = hdrcheck__buf_puts(b, "\"")) < 0)
		return error;
	for (i = from; i < to && i < from + 8; i++)
		if ((error = hdrcheck__buf_printf(
		         b, "%s%.*s", i > from ? " " : "",
		         (int)ws->v[idx[i]].len,
		         word_text(ws, &ws->v[idx[i]]))) < 0)
			return error;
	if (to - from > 8 && (error = hdrcheck__buf_puts(b, " ...")) < 0)
		return error;
	return hdrcheck__buf_puts(b, "\"");
}

static int variable_hunk(const hdrcheck__identifier *id, const words *l,
                         const uint32_t *lc, size_t lfrom, size_t lto,
                         size_t hn)
{
	size_t k;

	if (lto == lfrom || lto - lfrom > VAR_LICENSE_WORDS ||
	    hn > VAR_TEXT_WORDS)
		return 0;
	/* numbering the text has and the file not ("1." where the file
	 * has none): ignorable, as bullets are; a number replaced by
	 * another ("version 2" for "version 3") is not */
	if (!hn && lto - lfrom <= 2) {
		for (k = lfrom; k < lto; k++)
			if (l->v[lc[k]].len > 2 ||
			    !is_numbering(word_text(l, &l->v[lc[k]]),
			                  l->v[lc[k]].len))
				break;
		if (k == lto)
			return 1;
	}
	for (k = lfrom; k < lto; k++)
		if (!is_holder_word(id, l->v[lc[k]].h))
			return 0;
	return 1;
}

#define HEQ(a, b) (h->v[s->hc[a]].h == l->v[s->lc[b]].h)

/* Words in a row equal: where the walk may resume. */
static int resync(const hdrcheck__ident_scratch *s, size_t i, size_t j,
                  size_t n, size_t m)
{
	const words *h = &s->h, *l = &s->l;

	/* three words: two take "this software" in "ALTERNATIVELY, this
	 * software may be distributed ..." for the text's "this software is
	 * provided" */
	return i < n && j < m && HEQ(i, j) &&
	       (i + 1 == n || j + 1 == m ||
	        (HEQ(i + 1, j + 1) &&
	         (i + 2 == n || j + 2 == m || HEQ(i + 2, j + 2))));
}

/* The text starts here: START_WORDS words in a row agree (two would
 * take "the software" in an unrelated sentence for the start). */
static int starts_here(const hdrcheck__ident_scratch *s, size_t i, size_t j,
                       size_t n, size_t m)
{
	const words *h = &s->h, *l = &s->l;
	size_t k;

	for (k = 0; k < START_WORDS && i + k < n && j + k < m; k++)
		if (!HEQ(i + k, j + k))
			return 0;
	return k > 0;
}

/*
 * A linear walk: equal words advance both sides; at a difference, the
 * nearest point (fewest words skipped) where two words in a row agree
 * again. Near-identical texts (every match, most near misses) align in
 * O(n + m); 0 when it loses its way (the LCS then decides).
 */
static int greedy_ops(hdrcheck__ident_scratch *s, size_t n, size_t m,
                      size_t *nops, size_t *first, size_t *last)
{
	const words *h = &s->h, *l = &s->l;
	size_t i = 0, j = 0, k = 0, d, di, skipped = 0;
	/* words differing beyond a near miss: not this text */
	size_t limit = m * NEAR_MAX / 100 + 1;
	int found;

	*first = SIZE_MAX;
	*last = 0;
	while (i < n && j < m) {
		if (HEQ(i, j)) {
			if (*first == SIZE_MAX)
				*first = k;
			s->ops[k++] = 'm';
			*last = k;
			i++;
			j++;
			continue;
		}
		found = 0;
		if (*first == SIZE_MAX) {
			/* the start: the first header bigram the text holds
			 * (s->set, filled by align) where two words agree
			 * with one of the text's first words */
			size_t i2, dj, pass;

			/* first where the text's first words are, then
			 * where it starts a little later (a title line the
			 * header has in another place) */
			for (pass = 0; pass < 2 && !found; pass++)
				for (i2 = i; !found && i2 + 1 < n; i2++) {
					uint32_t g =
					    bigram(h->v[s->hc[i2]].h,
					           h->v[s->hc[i2 + 1]].h) |
					    1;
					size_t q = g & (s->setcap - 1);

					while (s->set[q] && s->set[q] != g)
						q = (q + 1) & (s->setcap - 1);
					if (!s->set[q])
						continue;
					for (dj = pass;
					     !found &&
					     dj <= (pass ? GREEDY_SKIP : 0);
					     dj++)
						if (starts_here(s, i2, j + dj,
						                n, m)) {
							memset(s->ops + k, 'i',
							       i2 - i);
							k += i2 - i;
							memset(s->ops + k, 'd',
							       dj);
							k += dj;
							i = i2;
							j += dj;
							found = 1;
						}
				}
			if (!found)
				return 0;
			continue;
		}
		/* inside, a hunk is at most GREEDY_SKIP words */
		for (d = 1; !found && d <= GREEDY_SKIP; d++)
			for (di = 0; di <= d && !found; di++) {
				size_t dj = d - di;

				if (resync(s, i + di, j + dj, n, m)) {
					if (*first != SIZE_MAX)
						skipped += di + dj;
					memset(s->ops + k, 'i', di);
					k += di;
					memset(s->ops + k, 'd', dj);
					k += dj;
					i += di;
					j += dj;
					found = 1;
				}
			}
		/* a paragraph left out or added, longer than a hunk: one
		 * side only, as far as a near miss may differ (linear) */
		for (d = GREEDY_SKIP + 1; !found && skipped + d <= limit; d++) {
			di = resync(s, i, j + d, n, m)   ? 0
			     : resync(s, i + d, j, n, m) ? d
			                                 : SIZE_MAX;
			if (di == SIZE_MAX)
				continue;
			skipped += d;
			memset(s->ops + k, di ? 'i' : 'd', d);
			k += d;
			if (di)
				i += d;
			else
				j += d;
			found = 1;
		}
		if ((!found || skipped > limit) && s->opt_from &&
		    j >= s->opt_from) {
			/* a standard header left out its end: the walk
			 * stops where the file leaves the notice */
			break;
		}
		if (!found || skipped > limit)
			return 0;
	}
	if (j < m && *first != SIZE_MAX && i < n &&
	    !(s->opt_from && j >= s->opt_from))
		return 0;
	while (j < m)
		s->ops[k++] = 'd', j++;
	while (i < n)
		s->ops[k++] = 'i', i++;
	*nops = k;
	return 1;
}

/* The LCS alignment, for texts the walk could not follow. */
static void lcs_ops(hdrcheck__ident_scratch *s, size_t n, size_t m,
                    size_t *nops, size_t *first, size_t *last)
{
	const words *h = &s->h, *l = &s->l;
	size_t i, j, k = 0;

#define DP(a, b) s->dp[(a) * (m + 1) + (b)]
	for (j = 0; j <= m; j++)
		DP(n, j) = 0;
	for (i = n; i-- > 0;) {
		DP(i, m) = 0;
		for (j = m; j-- > 0;)
			DP(i, j) = HEQ(i, j) ? (uint16_t)(DP(i + 1, j + 1) + 1)
			           : DP(i + 1, j) > DP(i, j + 1) ? DP(i + 1, j)
			                                         : DP(i, j + 1);
	}
	*first = SIZE_MAX;
	*last = 0;
	for (i = 0, j = 0; i < n || j < m;) {
		if (i < n && j < m && HEQ(i, j) &&
		    DP(i, j) == DP(i + 1, j + 1) + 1) {
			if (*first == SIZE_MAX)
				*first = k;
			*last = k + 1;
			s->ops[k++] = 'm';
			i++;
			j++;
		} else if (j < m && (i == n || DP(i, j + 1) >= DP(i + 1, j))) {
			s->ops[k++] = 'd';
			j++;
		} else {
			s->ops[k++] = 'i';
			i++;
		}
	}
#undef DP
	*nops = k;
}
#undef HEQ

/*
 * The text's title where the header has it (B.3.5: the title is
 * omittable, so present or not): the title's words right before the
 * text's first words are left out of the header's words s->hc[0..*n).
 * Only there: a title's words inside the body ("ATTRIBUTION ASSURANCE
 * LICENSE (adapted from ...)") are the body's.
 */
static size_t drop_title(hdrcheck__ident_scratch *s, size_t *n, size_t m)
{
	const words *h = &s->h, *l = &s->l;
	uint64_t title[TITLE_WORDS];
	size_t t = 0, k, i, q, start = m < START_WORDS ? m : START_WORDS;

	for (k = 0; k < l->n && t < TITLE_WORDS; k++)
		if (l->v[k].flags & W_TITLE)
			title[t++] = l->v[k].h;
	if (!t)
		return SIZE_MAX;
	for (i = 0; i + t + start <= *n; i++) {
		size_t at;

		for (q = 0; q < t && h->v[s->hc[i + q]].h == title[q]; q++)
			;
		if (q < t)
			continue;
		for (q = 0;
		     q < start && h->v[s->hc[i + t + q]].h == l->v[s->lc[q]].h;
		     q++)
			;
		if (q < start)
			continue;
		at = s->hc[i];
		memmove(s->hc + i, s->hc + i + t,
		        (*n - i - t) * sizeof(uint32_t));
		*n -= t;
		return at;
	}
	return SIZE_MAX;
}

/* Align the license words s->l against the header words s->h (content
 * words only, masked ones left out). */
static size_t phrase_at(const hdrcheck__identifier *id, const words *ws,
                        size_t i, const char *phrase);

static int align(fit *out, const hdrcheck__identifier *id,
                 hdrcheck__ident_scratch *s, int want_reason, int want_diff)
{
	const words *h = &s->h, *l = &s->l;
	size_t n = 0, m = 0, i, j, k, nops = 0, first = SIZE_MAX, last = 0;
	size_t title_at = SIZE_MAX;
	hdrcheck_buf reason = HDRCHECK_BUF_INIT, diff = HDRCHECK_BUF_INIT;
	int error = 0;

	memset(out, 0, sizeof(*out));
	if ((error = grow((void **)&s->hc, &s->caphc, h->n + 1,
	                  sizeof(uint32_t))) < 0 ||
	    (error = grow((void **)&s->lc, &s->caplc, l->n + 1,
	                  sizeof(uint32_t))) < 0)
		return error;
	for (i = 0; i < l->n; i++)
		if (is_content(&l->v[i]))
			s->lc[m++] = (uint32_t)i;
	/* the header's words from the first to the last bigram the text
	 * shares, with a margin: the DP stays about the text's size */
	{
		size_t cap = 64, a = SIZE_MAX, b = 0, prev = SIZE_MAX;

		while (cap < 2 * m)
			cap *= 2;
		if ((error = grow((void **)&s->set, &s->capset, cap,
		                  sizeof(uint32_t))) < 0)
			return error;
		memset(s->set, 0, cap * sizeof(uint32_t));
		s->setcap = cap;
		for (j = 1; j < m; j++) {
			uint32_t g =
			    bigram(l->v[s->lc[j - 1]].h, l->v[s->lc[j]].h) | 1;
			size_t q = g & (cap - 1);

			while (s->set[q] && s->set[q] != g)
				q = (q + 1) & (cap - 1);
			s->set[q] = g;
		}
		for (i = 0; i < h->n; i++) {
			uint32_t g;
			size_t q;

			if (!is_content(&h->v[i]) || (s->mask && s->mask[i]))
				continue;
			s->hc[n++] = (uint32_t)i;
			if (prev != SIZE_MAX) {
				g = bigram(h->v[prev].h, h->v[i].h) | 1;
				q = g & (cap - 1);
				while (s->set[q] && s->set[q] != g)
					q = (q + 1) & (cap - 1);
				if (s->set[q] == g) {
					if (a == SIZE_MAX)
						a = n - 2;
					b = n;
				}
			}
			prev = i;
		}
		if (a == SIZE_MAX) {
			out->cost = m;
			return 0;
		}
		a = a > ALIGN_MARGIN ? a - ALIGN_MARGIN : 0;
		b = b + ALIGN_MARGIN < n ? b + ALIGN_MARGIN : n;
		memmove(s->hc, s->hc + a, (b - a) * sizeof(uint32_t));
		n = b - a;
	}
	if (!m || !n || m > 0xffff || n > 0xffff) {
		out->cost = m;
		return 0;
	}
	title_at = drop_title(s, &n, m);
	if ((error = grow((void **)&s->ops, &s->capops, n + m + 1, 1)) < 0)
		return error;
	if (!greedy_ops(s, n, m, &nops, &first, &last)) {
		/* far from this text: the LCS only says how far, which
		 * only explain shows */
		if (!want_diff || (n + 1) * (m + 1) > ALIGN_CELLS) {
			out->cost = m;
			return 0;
		}
		if ((error = grow((void **)&s->dp, &s->capdp, (n + 1) * (m + 1),
		                  sizeof(uint16_t))) < 0)
			return error;
		lcs_ops(s, n, m, &nops, &first, &last);
	}
	for (k = 0; k < nops; k++)
		out->matched += s->ops[k] == 'm';
	if (first == SIZE_MAX) {
		out->cost = m;
		return 0;
	}
	/* the hunks between matched words */
	for (k = 0, i = 0, j = 0; k < nops;) {
		size_t hi = i, lj = j, kk = k;
		int leading = k < first, trailing;

		if (s->ops[k] == 'm') {
			if (k == first)
				out->h_from = s->hc[i];
			out->h_to = s->hc[i] + 1;
			if (want_diff)
				(void)hdrcheck__buf_printf(
				    &diff, "%s%.*s", diff.len ? " " : "",
				    (int)l->v[s->lc[j]].len,
				    word_text(l, &l->v[s->lc[j]]));
			i++;
			j++;
			k++;
			continue;
		}
		while (kk < nops && s->ops[kk] != 'm') {
			if (s->ops[kk] == 'd')
				lj++;
			else
				hi++;
			kk++;
		}
		trailing = kk >= last && kk == nops;
		if (!leading && s->opt_from && j >= s->opt_from &&
		    (trailing || !variable_hunk(id, l, s->lc, j, lj, hi - i)))
			/* a standard header's end left out, or left for
			 * other text: the notice ends at the last word
			 * matched */
			break;
		if (trailing && s->files && (lj - j) * 100 <= m * FILE_TAIL) {
			/* a LICENSE file without the text's appendix ("How
			 * to apply the Apache License to your work"): the
			 * template marks it optional */
		} else if (trailing && s->cut && hi == i && 2 * (lj - j) <= m) {
			/* a text longer than the header window, whole up
			 * to the window's end: the rest is out of sight */
		} else if (leading || trailing) {
			/* text outside the span is not the license's */
			out->cost += lj - j;
		} else if (lj == j && hi > i && !out->alt_to &&
		           phrase_at(id, h, s->hc[i], "alternatively")) {
			/* a dual license written into the text: the
			 * alternative is read as a notice of its own */
			out->alt_from = s->hc[i];
			out->alt_to = s->hc[hi - 1] + 1;
		} else if (!variable_hunk(id, l, s->lc, j, lj, hi - i)) {
			out->cost += (lj - j) + (hi - i);
			if (want_reason && !reason.len) {
				if (lj > j && hi > i) {
					(void)hdrcheck__buf_puts(&reason,
					                         "expected ");
					(void)put_run(&reason, l, s->lc, j, lj);
					(void)hdrcheck__buf_puts(&reason,
					                         " but found ");
					(void)put_run(&reason, h, s->hc, i, hi);
				} else if (lj > j) {
					(void)hdrcheck__buf_puts(&reason,
					                         "missing ");
					(void)put_run(&reason, l, s->lc, j, lj);
				} else {
					(void)hdrcheck__buf_puts(&reason,
					                         "unexpected ");
					(void)put_run(&reason, h, s->hc, i, hi);
				}
			}
		}
		if (leading && lj > j && want_reason && !reason.len) {
			(void)hdrcheck__buf_puts(&reason, "missing ");
			(void)put_run(&reason, l, s->lc, j, lj);
		}
		if (trailing && lj > j && want_reason && !reason.len) {
			(void)hdrcheck__buf_puts(&reason, "missing ");
			(void)put_run(&reason, l, s->lc, j, lj);
		}
		if (want_diff) {
			size_t a;

			for (a = j; a < lj; a++)
				(void)hdrcheck__buf_printf(
				    &diff, "%s[-%.*s-]", diff.len ? " " : "",
				    (int)l->v[s->lc[a]].len,
				    word_text(l, &l->v[s->lc[a]]));
			for (a = i; !leading && !trailing && a < hi; a++)
				(void)hdrcheck__buf_printf(
				    &diff, "%s{+%.*s+}", diff.len ? " " : "",
				    (int)h->v[s->hc[a]].len,
				    word_text(h, &h->v[s->hc[a]]));
		}
		i = hi;
		j = lj;
		k = kk;
	}
	/* the title the header has is the text's too */
	if (title_at < out->h_from)
		out->h_from = title_at;
	out->exact = out->cost == 0;
	if (reason.len)
		out->reason = reason.ptr, reason.ptr = NULL;
	if (diff.len)
		out->diff = diff.ptr, diff.ptr = NULL;
	hdrcheck__buf_dispose(&reason);
	hdrcheck__buf_dispose(&diff);
	return error;
}

static void fit_dispose(fit *f)
{
	free(f->reason);
	free(f->diff);
	memset(f, 0, sizeof(*f));
}

/* The words of entry e in s->l. A worker aligns the same few texts
 * header after header (a tree's GPL notices, its BSD texts), so the last
 * texts it tokenised are kept, swapped in and out of s->l. */
static int license_words(const hdrcheck__identifier *id,
                         hdrcheck__ident_scratch *s, size_t e)
{
	size_t k, key = e + 1, t;
	words w;
	int error;

	if (s->l_key == key)
		return 0;
	for (k = 0; k < LWORDS_SLOTS && s->lw_key[k] != key; k++)
		;
	if (k == LWORDS_SLOTS)
		k = s->lw_next++ % LWORDS_SLOTS;
	w = s->l;
	s->l = s->lw[k];
	s->lw[k] = w;
	t = s->l_key;
	s->l_key = s->lw_key[k];
	s->lw_key[k] = t;
	if (s->l_key == key)
		return 0;
	s->l_key = 0;
	if ((error = words_from_text(&s->l, id, id->entries[e].text,
	                             strlen(id->entries[e].text), 1)) < 0)
		return error;
	s->l_key = key;
	return 0;
}

/* explain: one aligned candidate, recorded in rec */
static int record_candidate(hdrcheck__ident *rec, const entry *e, unsigned vote,
                            const fit *f, int round)
{
	hdrcheck__ident_candidate *c;
	void *q = hdrcheck__realloc(rec->cands,
	                            (rec->ncands + 1) * sizeof(*rec->cands));

	if (!q)
		return HDRCHECK_ENOMEM;
	rec->cands = q;
	c = &rec->cands[rec->ncands];
	memset(c, 0, sizeof(*c));
	c->id = e->id;
	c->vote = vote;
	c->words = e->nwords;
	c->matched = f->matched;
	c->differ = f->cost;
	c->exact = f->exact;
	c->round = round;
	c->header = e->nreq != 0;
	if (f->reason && !(c->why = hdrcheck__strdup(f->reason)))
		return HDRCHECK_ENOMEM;
	rec->ncands++;
	return 0;
}

/* The best full text among the candidates the index proposes for the
 * header words s->h (mask excluded). */
static int best_text(const hdrcheck__identifier *id, hdrcheck__ident_scratch *s,
                     size_t *best_e, fit *best, size_t *near_e, fit *near,
                     int want_diff, hdrcheck__ident *rec, int round)
{
	size_t cand[2 * CANDIDATES], ncand = 0, i, k, pass;
	uint32_t score[2 * CANDIDATES];
	int error = 0;

	*best_e = *near_e = SIZE_MAX;
	memset(best, 0, sizeof(*best));
	memset(near, 0, sizeof(*near));
	if ((error = ensure_index(id)) < 0)
		return error;
	if (!id->nkeys)
		return 0;
	if ((error = collect_bigrams(id, s, &s->h, s->mask)) < 0)
		return error;
	if (s->nhits < id->count) {
		free(s->hits);
		if (!(s->hits = hdrcheck__calloc(id->count, sizeof(uint32_t))))
			return HDRCHECK_ENOMEM;
		s->nhits = id->count;
	} else {
		memset(s->hits, 0, id->count * sizeof(uint32_t));
	}
	for (i = 0; i < s->nbigrams; i++) {
		size_t q = (s->bigrams[i] * 2654435761u) & (id->nslots - 1), at;

		while ((at = id->slots[q]) != 0 &&
		       id->keys[at - 1] != s->bigrams[i])
			q = (q + 1) & (id->nslots - 1);
		if (at)
			for (k = id->post_at[at - 1]; k < id->post_at[at]; k++)
				s->hits[id->post[k]]++;
	}
	/* the CANDIDATES best by vote (then length); when the window cut
	 * the header, which holds only the start of a long text, also the
	 * CANDIDATES/2 that explain most of its words */
	for (pass = 0; pass < (s->cut ? 2u : 1u); pass++) {
		size_t base = ncand, want = pass ? CANDIDATES / 2 : CANDIDATES;

		for (i = 0; i < id->count; i++) {
			const entry *e = &id->entries[i];
			uint32_t v;
			size_t q;

			if (!e->rare || !s->hits[i] || (s->only_alt && !e->alt))
				continue;
			v = (uint32_t)((uint64_t)s->hits[i] * 1000 / e->rare);
			if (v <
			    (want_diff || s->cut ? VOTE_NEAR : VOTE_MIN) * 10u)
				continue;
			if (pass) {
				for (q = 0; q < base && cand[q] != i; q++)
					;
				if (q < base)
					continue;
				v = s->hits[i];
			}
			for (k = ncand; k > base; k--) {
				const entry *o = &id->entries[cand[k - 1]];

				if (score[k - 1] > v ||
				    (score[k - 1] == v &&
				     o->nwords >= e->nwords))
					break;
				if (k < base + want) {
					cand[k] = cand[k - 1];
					score[k] = score[k - 1];
				}
			}
			if (k < base + want) {
				cand[k] = i;
				score[k] = v;
				if (ncand < base + want)
					ncand++;
			}
		}
	}
	for (k = 0; k < ncand; k++) {
		const entry *e = &id->entries[cand[k]];
		fit f;

		/* a text no longer than the words an exact match already
		 * holds cannot win (the longest does), and a near miss is
		 * only wanted when nothing matched; explain (rec) shows the
		 * runner-up all the same */
		if (!rec && *best_e != SIZE_MAX && e->nwords <= best->matched)
			continue;

		s->opt_from = e->nreq;
		error = license_words(id, s, cand[k]);
		if (error >= 0)
			error = align(&f, id, s, 1, want_diff);
		s->opt_from = 0;
		if (error < 0)
			return error;
		if (rec && (error = record_candidate(rec, e, score[k], &f,
		                                     round)) < 0) {
			fit_dispose(&f);
			return error;
		}
		if (f.exact) {
			if (*best_e == SIZE_MAX || f.matched > best->matched) {
				fit_dispose(best);
				*best = f;
				*best_e = cand[k];
				continue;
			}
		} else if (f.cost * 100 <= e->nwords * NEAR_MAX &&
		           (*near_e == SIZE_MAX ||
		            f.cost * 1000 / (e->nwords + 1) <
		                near->cost * 1000 /
		                    (id->entries[*near_e].nwords + 1))) {
			fit_dispose(near);
			*near = f;
			*near_e = cand[k];
			continue;
		}
		fit_dispose(&f);
	}
	return 0;
}

/* ---- notices ------------------------------------------------------ */

typedef struct {
	char id[64];
	size_t at; /* header word */
} found;

#define FOUND_MAX 8

typedef struct {
	found v[FOUND_MAX];
	size_t n;
	int dual;
	int offered; /* an alias offered beside another license was named */
} founds;

static int wis(const words *ws, size_t i, const char *s)
{
	size_t n = strlen(s);

	return i < ws->n && ws->v[i].len == n &&
	       memcmp(word_text(ws, &ws->v[i]), s, n) == 0;
}

static int is_digits(const words *ws, size_t i)
{
	const char *t;
	size_t k;

	if (i >= ws->n)
		return 0;
	t = word_text(ws, &ws->v[i]);
	for (k = 0; k < ws->v[i].len; k++)
		if (t[k] < '0' || t[k] > '9')
			return 0;
	return ws->v[i].len > 0;
}

/* Words equal to the phrase at i (spaces separate its words, and a word
 * "licence" compares as "license")? Returns the count or 0. */
static size_t phrase_at(const hdrcheck__identifier *id, const words *ws,
                        size_t i, const char *phrase)
{
	size_t n = 0;

	/* the first letters first: most words start no phrase */
	if (i >= ws->n || (word_text(ws, &ws->v[i])[0] != phrase[0] &&
	                   !(ws->v[i].flags & W_EQUIV)))
		return 0;
	while (*phrase) {
		size_t len = strcspn(phrase, " ");
		const word *w;

		if (i + n >= ws->n)
			return 0;
		w = &ws->v[i + n];
		/* the text first (cheap); the hash only for a word that
		 * has an equivalent ("licence") */
		if (w->len != len ||
		    (memcmp(word_text(ws, w), phrase, len) != 0 &&
		     (!(w->flags & W_EQUIV) ||
		      w->h != canon(id, hash_word(phrase, len)))))
			return 0;
		n++;
		phrase += len;
		while (*phrase == ' ')
			phrase++;
	}
	return n;
}

static void add_found(founds *f, const char *id, size_t at)
{
	size_t i;

	for (i = 0; i < f->n; i++)
		if (strcmp(f->v[i].id, id) == 0)
			return;
	if (f->n == FOUND_MAX)
		return;
	snprintf(f->v[f->n].id, sizeof(f->v[f->n].id), "%s", id);
	f->v[f->n++].at = at;
}

typedef enum { FAM_GPL, FAM_LGPL, FAM_LGPL_LIB, FAM_AGPL } family;

/* The GNU licenses by name. */
static const struct {
	const char *words;
	family fam;
} gnu_names[] = {
    {"gnu lesser general public license", FAM_LGPL},
    {"gnu library general public license", FAM_LGPL_LIB},
    {"gnu affero general public license", FAM_AGPL},
    {"gnu general public license", FAM_GPL},
    {"lesser general public license", FAM_LGPL},
    {"library general public license", FAM_LGPL_LIB},
    {"affero general public license", FAM_AGPL},
    {"general public license", FAM_GPL},
    {"gnu lgpl", FAM_LGPL},
    {"gnu gpl", FAM_GPL},
    {"gnu agpl", FAM_AGPL},
};

/* The GNU license named at word i: its family and the words it takes. */
static size_t gnu_name(const hdrcheck__identifier *id, const words *ws,
                       size_t i, family *fam, int *version_in_word, int *major,
                       int *minor)
{
	size_t k, n;
	const char *t;
	size_t len;

	*version_in_word = 0;
	for (k = 0; k < HDRCHECK__ARRAY_SIZE(gnu_names); k++)
		if ((n = phrase_at(id, ws, i, gnu_names[k].words)) != 0) {
			*fam = gnu_names[k].fam;
			return n;
		}
	if (i >= ws->n)
		return 0;
	t = word_text(ws, &ws->v[i]);
	len = ws->v[i].len;
	/* gpl, gplv2, lgpl, lgplv2, agplv3 */
	if (len >= 4 && t[0] == 'a' && memcmp(t + 1, "gpl", 3) == 0) {
		*fam = FAM_AGPL;
		t += 4, len -= 4;
	} else if (len >= 4 && t[0] == 'l' && memcmp(t + 1, "gpl", 3) == 0) {
		*fam = FAM_LGPL;
		t += 4, len -= 4;
	} else if (len >= 3 && memcmp(t, "gpl", 3) == 0) {
		*fam = FAM_GPL;
		t += 3, len -= 3;
	} else {
		return 0;
	}
	if (len == 0)
		return 1;
	if (t[0] == 'v')
		t++, len--;
	if (len == 1 && t[0] >= '1' && t[0] <= '3') {
		*version_in_word = 1;
		*major = t[0] - '0';
		*minor = 0;
		return 1;
	}
	return 0;
}

/* A version ("2", "2 1", "v2", "2 0") at word i; words taken or 0. */
static size_t version_at(const words *ws, size_t i, int *major, int *minor)
{
	const char *t;
	size_t len, n = 0;

	if (i >= ws->n)
		return 0;
	t = word_text(ws, &ws->v[i]);
	len = ws->v[i].len;
	if (len == 2 && t[0] == 'v')
		t++, len--;
	if (len != 1 || t[0] < '1' || t[0] > '3')
		return 0;
	*major = t[0] - '0';
	*minor = 0;
	n = 1;
	if (is_digits(ws, i + 1) && ws->v[i + 1].len == 1 &&
	    !(ws->v[i].flags & W_SENT_END)) {
		*minor = word_text(ws, &ws->v[i + 1])[0] - '0';
		n = 2;
	}
	return n;
}

static int later_at(const hdrcheck__identifier *id, const words *ws, size_t i)
{
	return phrase_at(id, ws, i, "any later version") ||
	       phrase_at(id, ws, i, "or later") ||
	       phrase_at(id, ws, i, "or newer") ||
	       phrase_at(id, ws, i, "and later") ||
	       phrase_at(id, ws, i, "or any later") ||
	       phrase_at(id, ws, i, "later version") ||
	       /* not the "+" of an address on the copyright line
	        * ("<name+list@example.org>") */
	       (i < ws->n && (ws->v[i].flags & W_PLUS) &&
	        !(ws->v[i].flags & W_COPYRIGHT));
}

/* The SPDX id of a GNU license. */
static const char *gnu_id(family fam, int major, int minor, int later, int only)
{
	switch (fam) {
	case FAM_GPL:
		if (!major)
			return "GPL-1.0-or-later";
		if (major == 1)
			return later ? "GPL-1.0-or-later" : "GPL-1.0-only";
		if (major == 2)
			return later ? "GPL-2.0-or-later" : "GPL-2.0-only";
		return later ? "GPL-3.0-or-later" : "GPL-3.0-only";
	case FAM_LGPL:
	case FAM_LGPL_LIB:
		if (!major)
			return fam == FAM_LGPL ? "LGPL-2.1-or-later"
			                       : "LGPL-2.0-or-later";
		if (major == 2 && minor == 1)
			return later ? "LGPL-2.1-or-later" : "LGPL-2.1-only";
		if (major == 2)
			return later ? "LGPL-2.0-or-later" : "LGPL-2.0-only";
		if (major == 3)
			return later ? "LGPL-3.0-or-later" : "LGPL-3.0-only";
		return NULL;
	case FAM_AGPL:
		if (major == 1)
			return NULL;
		return later || !major ? "AGPL-3.0-or-later" : "AGPL-3.0-only";
	}
	(void)only;
	return NULL;
}

/* The sentence around word i: [*from, *to). */
static void sentence(const words *ws, size_t i, size_t *from, size_t *to)
{
	size_t a = i, b = i;

	while (a > 0 && !(ws->v[a - 1].flags & W_SENT_END) && i - a < 60)
		a--;
	while (b < ws->n && !(ws->v[b].flags & W_SENT_END) && b - i < 80)
		b++;
	*from = a;
	*to = b < ws->n ? b + 1 : b;
}

/* Words that make a GNU name a license statement, not a mention. */
/* strict: for a one-word name ("GPL"), which a title or a remark may use
 * ("GPL-compatible"), a verb must say the file is under it. */
static int statement_context(const hdrcheck__identifier *id, const words *ws,
                             size_t from, size_t to, int strict)
{
	static const char *const cues[] = {
	    "licensed", "released", "distributed", "terms",   "redistribute",
	    "under",    "covered",  "license",     "version", "licenses"};
	size_t i, k;

	for (i = from; i < to; i++)
		for (k = 0; k < (strict ? 7 : HDRCHECK__ARRAY_SIZE(cues)); k++)
			if (phrase_at(id, ws, i, cues[k]))
				return 1;
	return 0;
}

/* The GNU licenses the header's words state. */
static void gnu_licenses(const hdrcheck__identifier *id, const words *ws,
                         const unsigned char *mask, founds *f)
{
	struct {
		family fam;
		int major, minor, later, only;
		size_t at;
		int set;
	} seen[4] = {{0}};
	size_t i, fams = 0, k;

	for (i = 0; i < ws->n; i++) {
		family fam;
		int inword, major = 0, minor = 0, later = 0, only = 0;
		size_t n, from, to, j;

		if ((mask && mask[i]) ||
		    (!may_start(id, ws->v[i].h) &&
		     !strchr("gla", word_text(ws, &ws->v[i])[0])))
			continue;
		if (!(n = gnu_name(id, ws, i, &fam, &inword, &major, &minor)))
			continue;
		/* "GPL-compatible", "GPL and Apache license compatible": a
		 * remark on the license, not a statement under it */
		for (j = i + n; j < ws->n && j < i + n + 4; j++)
			if (wis(ws, j, "compatible") ||
			    wis(ws, j, "compatibility"))
				break;
		if (j < ws->n && j < i + n + 4) {
			i += n - 1;
			continue;
		}
		sentence(ws, i, &from, &to);
		/* "GPLv2 or later; see COPYING", "GPL-2.0+": a versioned
		 * name with its "or later" (or "only") states itself */
		if (!statement_context(id, ws, from, to, n == 1) &&
		    !(inword && major &&
		      (later_at(id, ws, i + n) || wis(ws, i + n, "only")))) {
			i += n - 1;
			continue;
		}
		if (!inword) {
			/* "GPL 2", "GPL v2", "GPL-2.0", "License version 2",
			 * "License, Version 2.1", or before: "version 2 of
			 * the GNU General Public License" */
			j = i + n;
			if (wis(ws, j, "license"))
				j++;
			if (wis(ws, j, "version") || wis(ws, j, "v"))
				j++;
			if (!version_at(ws, j, &major, &minor)) {
				major = 0;
				for (j = i + n; j < to && !major; j++)
					if (wis(ws, j, "version") &&
					    version_at(ws, j + 1, &major,
					               &minor))
						break;
				for (j = from; j < i && !major; j++)
					if (wis(ws, j, "version") &&
					    version_at(ws, j + 1, &major,
					               &minor))
						break;
			}
		}
		for (j = from; j < to && !later; j++)
			later = later_at(id, ws, j);
		for (j = from; j < to && !only; j++)
			only = wis(ws, j, "only");
		if (only && later)
			later = 0;
		for (k = 0; k < fams; k++)
			if (seen[k].fam == fam)
				break;
		if (k == fams && fams < 4) {
			seen[fams].fam = fam;
			seen[fams].at = i;
			fams++;
		}
		if (k < 4 && !seen[k].set && (major || later)) {
			/* the first mention with a version (or "later")
			 * decides; "see the GNU General Public License for
			 * more details" adds nothing */
			seen[k].major = major;
			seen[k].minor = minor;
			seen[k].later = later;
			seen[k].only = only;
			seen[k].set = major != 0;
			if (!major)
				seen[k].later = 1;
		}
		i += n - 1;
	}
	for (k = 0; k < fams; k++) {
		const char *gid =
		    gnu_id(seen[k].fam, seen[k].major, seen[k].minor,
		           seen[k].later, seen[k].only);
		size_t q, plen = gid ? strcspn(gid, "-") + 1 : 0;

		/* a mention without a version of a license whose notice
		 * was matched ("The GNU General Public License (GPL) does
		 * govern all other use" after the GPL-3.0 notice) adds
		 * nothing */
		for (q = 0; gid && !seen[k].set && q < f->n; q++)
			if (strncmp(f->v[q].id, gid, plen) == 0)
				gid = NULL;
		if (gid)
			add_found(f, gid, seen[k].at);
	}
}

/* Cues that open a short notice: the license name follows. */
static const char *const notice_cues[] = {
    "dual licensed under",
    "dual licensed",
    "dually licensed under",
    "licensed under",
    "licensed to you under",
    "released under",
    "distributed under",
    "available under",
    "provided under",
    "made available under",
    "published under",
    "covered by",
    "governed by",
    "subject to",
    "under the terms of",
    "under the",
    "under",
    "licensed as",
    "is licensed",
    "released into",
    "is placed in",
    "been placed in",
    "hereby placed in",
    "is in",
    "dedicated to",
    "sous licence",
    "sous la licence",
};

/* An alias or an id at word i: the words it takes and the id. */
static size_t alias_at(const hdrcheck__identifier *id, const words *ws,
                       size_t i, const char **out, int *offered)
{
	size_t k, best = 0;

	for (k = 0; k < hdrcheck__license_aliases_count; k++) {
		size_t n =
		    phrase_at(id, ws, i, hdrcheck__license_aliases[k].words);

		if (n > best) {
			best = n;
			*out = hdrcheck__license_aliases[k].id;
			*offered = hdrcheck__license_aliases[k].offered;
		}
	}
	return best;
}

static const char *const fillers[] = {
    "the",      "terms", "of",         "a",         "an",
    "either",   "same",  "conditions", "following", "license",
    "licenses", "its",   "this",       "that",      "both"};

static int is_filler(const hdrcheck__identifier *id, const words *ws, size_t i)
{
	size_t k;

	for (k = 0; k < HDRCHECK__ARRAY_SIZE(fillers); k++)
		if (phrase_at(id, ws, i, fillers[k]))
			return 1;
	return 0;
}

/* A word of the license stem in a form English does not have ("na
 * licencji MIT", "licenza", "Lizenz", "licen" of "licença", whose "ç"
 * splits the word): a license statement in another language. */
static int foreign_license_word(const words *ws, size_t i)
{
	static const char *const english[] = {
	    "license",   "licenses", "licensed",  "licensing",  "licensee",
	    "licensees", "licensor", "licensors", "licensable", "licenseref",
	    "licence",   "licences", "licenced",  "licencing",  "licencee",
	    "licencees", "licencor", "licencors", "licentious", "licentiate"};
	const char *t;
	size_t n, k;

	if (i >= ws->n || ws->v[i].len < 5)
		return 0;
	t = word_text(ws, &ws->v[i]);
	n = ws->v[i].len;
	if (memcmp(t, "licen", 5) != 0 && memcmp(t, "lizen", 5) != 0)
		return 0;
	for (k = 0; k < HDRCHECK__ARRAY_SIZE(english); k++)
		if (strlen(english[k]) == n && memcmp(t, english[k], n) == 0)
			return 0;
	return 1;
}

/* Short notices: "Licensed under the MIT license", "@license MIT",
 * "License: BSD-3-Clause", "Dual licensed under the MIT and GPL licenses"
 * (GNU names are found by gnu_licenses). Returns 1 when a notice cue was
 * seen. */
static int notices(const hdrcheck__identifier *id, const words *ws,
                   const unsigned char *mask, founds *f, int *refers_file,
                   size_t *cue_at, int names_ok)
{
	size_t i, k;
	int any = 0;

	*refers_file = 0;
	for (i = 0; i < ws->n; i++) {
		size_t n = 0, j, names = 0;
		family fam;
		int inword, ma, mi;

		if (mask && mask[i])
			continue;
		/* Doxygen's "\\copyright Revised BSD License": the command
		 * states the license when a name follows it (looked for by
		 * its flags first: "copyright" is too common a word for the
		 * cues' filter) */
		if ((ws->v[i].flags & (W_LINE_START | W_COMMAND)) ==
		        (W_LINE_START | W_COMMAND) &&
		    phrase_at(id, ws, i, "copyright")) {
			n = 1;
		} else if (!may_start(id, ws->v[i].h)) {
			/* "na licencji MIT": the names after it */
			if (!foreign_license_word(ws, i))
				continue;
			n = 1;
		}
		for (k = 0; k < HDRCHECK__ARRAY_SIZE(notice_cues) && !n; k++)
			n = phrase_at(id, ws, i, notice_cues[k]);
		/* "@license MIT", "License: MIT" at a line's start */
		if (!n && (ws->v[i].flags & W_LINE_START) &&
		    (phrase_at(id, ws, i, "license") ||
		     phrase_at(id, ws, i, "licenses")))
			n = 1;
		if (!n)
			continue;
		if (phrase_at(id, ws, i, "dual") ||
		    phrase_at(id, ws, i, "dually"))
			f->dual = 1;
		for (j = i + n; j < ws->n && j < i + n + 24;) {
			const char *aid = NULL;
			size_t a;
			int offered = 0;

			if ((a = alias_at(id, ws, j, &aid, &offered)) != 0) {
				const char *exact = NULL;
				size_t a2;
				int offered2 = 0;

				if (offered)
					f->offered = 1;

				/* a vague name the next one makes exact:
				 * "Public Domain (Unlicense)" */
				if (strncmp(aid, "LicenseRef-", 11) == 0 &&
				    (a2 = alias_at(id, ws, j + a, &exact,
				                   &offered2)) != 0 &&
				    strncmp(exact, "LicenseRef-", 11) != 0) {
					aid = exact;
					a += a2;
				}
				if (!any)
					*cue_at = i;
				any = 1;
				names++;
				j += a;
				/* "a BSD-style license that can be found in
				 * the LICENSE file" */
				{
					size_t q;

					for (q = j; q < ws->n && q < j + 16;
					     q++)
						if (phrase_at(id, ws, q,
						              "license file") ||
						    phrase_at(id, ws, q,
						              "copying file") ||
						    phrase_at(id, ws, q,
						              "license txt") ||
						    phrase_at(
						        id, ws, q,
						        "found in the license"))
							*refers_file = 1;
				}
				/* a full text matched names the license
				 * better than a name in a sentence ("the GPL
				 * or the X11 license" over the MIT text) */
				if (names_ok)
					add_found(f, aid, j - a);
				while (j < ws->n && (wis(ws, j, "license") ||
				                     wis(ws, j, "licenses")))
					j++;
				if (wis(ws, j, "or") || wis(ws, j, "and")) {
					if (wis(ws, j, "or"))
						f->dual = 1;
					j++;
					continue;
				}
				break;
			}
			if (gnu_name(id, ws, j, &fam, &inword, &ma, &mi)) {
				if (!any)
					*cue_at = i;
				any = 1;
				names++;
				/* found by gnu_licenses; look past it for
				 * "or"/"and" another license */
				for (; j < ws->n && j < i + n + 24; j++)
					if (wis(ws, j, "or") &&
					    !later_at(id, ws, j) &&
					    !phrase_at(id, ws, j,
					               "or at your option"))
						break;
					else if (wis(ws, j, "and"))
						break;
				if (j < ws->n && wis(ws, j, "or"))
					f->dual = 1;
				if (j < ws->n &&
				    (wis(ws, j, "or") || wis(ws, j, "and"))) {
					j++;
					continue;
				}
				break;
			}
			if (is_filler(id, ws, j)) {
				j++;
				continue;
			}
			break;
		}
		(void)names;
	}
	return any;
}

/* Notices that name a license by the project whose terms they borrow:
 * "under the same terms as Perl itself" is Perl's license (SPDX names it
 * so); without such an entry the words send the reader to the project's
 * own license file. */
static const struct {
	const char *words;
	const char *ids[2];
} borrowed_terms[] = {
    {"same terms as perl", {"Artistic-1.0-Perl", "GPL-1.0-or-later"}},
    {"same license as perl", {"Artistic-1.0-Perl", "GPL-1.0-or-later"}},
    /* Software::License::Perl_5's notice, which Dist::Zilla writes */
    {"same terms as the perl 5 programming language",
     {"Artistic-1.0-Perl", "GPL-1.0-or-later"}},
};

static void borrowed_licenses(const hdrcheck__identifier *id, const words *ws,
                              const unsigned char *mask, founds *f)
{
	size_t i, k, j;

	for (i = 0; i < ws->n; i++) {
		if ((mask && mask[i]) || (ws->v[i].flags & W_COPYRIGHT))
			continue;
		for (k = 0; k < HDRCHECK__ARRAY_SIZE(borrowed_terms); k++) {
			if (!phrase_at(id, ws, i, borrowed_terms[k].words))
				continue;
			for (j = 0; j < 2 && borrowed_terms[k].ids[j]; j++)
				add_found(f, borrowed_terms[k].ids[j], i);
			f->dual = 1;
			return;
		}
	}
}

/* Words that mark a license statement nobody could name. */
static const char *const statement_cues[] = {
    "licensed under",
    "licensed to",
    "released under",
    "distributed under",
    "permission is hereby granted",
    "permission to use",
    "redistribution and use",
    "public domain",
    "is free software",
    "under the terms of",
    "proprietary and confidential",
    "you may not use this file",
    "licensed to the",
    /* a pointer to the project's license file: "See LICENSE for license
     * details.", "see the file COPYING" */
    "see license for",
    "see copying for",
    "see license file",
    "see copying file",
    "see the license file",
    "see the copying file",
    "see the file license",
    "see the file copying",
    /* French writes "licence" as British English does */
    "sous licence",
    "la licence",
};

/* Where the sentence around word i starts, its copyright line and the
 * words of a text before it left out. */
static size_t statement_from(const words *ws, const unsigned char *mask,
                             size_t i)
{
	size_t from, to;

	sentence(ws, i, &from, &to);
	while (from < i &&
	       ((ws->v[from].flags & W_COPYRIGHT) || (mask && mask[from])))
		from++;
	return from;
}

static size_t statement_at(const hdrcheck__identifier *id, const words *ws,
                           const unsigned char *mask)
{
	size_t i, k;

	for (i = 0; i < ws->n; i++) {
		if ((mask && mask[i]) || (ws->v[i].flags & W_COPYRIGHT))
			continue;
		/* a statement in another language ("na warunkach
		 * Powszechnej Licencji Publicznej GNU") is one too */
		if (!may_start(id, ws->v[i].h)) {
			if (foreign_license_word(ws, i))
				return statement_from(ws, mask, i);
			continue;
		}
		for (k = 0; k < HDRCHECK__ARRAY_SIZE(statement_cues); k++)
			if (phrase_at(id, ws, i, statement_cues[k]))
				return i;
	}
	return SIZE_MAX;
}

/* Does the statement send the reader to the project's license file ("a
 * BSD-style license that can be found in the LICENSE file", "see
 * COPYING", "under the same license as the X package")? */
static int refers_license_file(const hdrcheck__identifier *id, const words *ws,
                               const unsigned char *mask)
{
	static const char *const cues[] = {
	    "license file",  "copying file",   "license txt",
	    "license md",    "see license",    "see copying",
	    "file license",  "file copying",   "same license as",
	    "same terms as", "same licence as"};
	size_t i, k;

	for (i = 0; i < ws->n; i++) {
		if ((mask && mask[i]) || (ws->v[i].flags & W_COPYRIGHT))
			continue;
		for (k = 0; k < HDRCHECK__ARRAY_SIZE(cues); k++) {
			size_t n = phrase_at(id, ws, i, cues[k]), q;
			int across = 0;

			/* one sentence: "... of this file. LICENSE" is none */
			for (q = i; n && q + 1 < i + n; q++)
				if (ws->v[q].flags & W_SENT_END)
					across = 1;
			if (n && !across)
				return 1;
		}
	}
	return 0;
}

static int dual_cues(const hdrcheck__identifier *id, const words *ws)
{
	size_t i;

	for (i = 0; i < ws->n; i++)
		if (phrase_at(id, ws, i, "dual") ||
		    phrase_at(id, ws, i, "dually") ||
		    phrase_at(id, ws, i, "alternatively") ||
		    phrase_at(id, ws, i, "at your choice") ||
		    phrase_at(id, ws, i, "secondary licenses") ||
		    (phrase_at(id, ws, i, "at your option") &&
		     !phrase_at(id, ws, i + 3, "any later") &&
		     !phrase_at(id, ws, i + 3, "any other")))
			return 1;
	return 0;
}

static int cmp_found(const void *a, const void *b)
{
	const found *x = a, *y = b;

	return (x->at > y->at) - (x->at < y->at);
}

void hdrcheck__ident_dispose(hdrcheck__ident *r)
{
	size_t i;

	for (i = 0; i < r->ncands; i++)
		free(r->cands[i].why);
	free(r->cands);
	for (i = 0; i < r->nnamed; i++)
		free(r->named[i].words);
	free(r->named);
	free(r->expression);
	free(r->reason);
	free(r->diff);
	memset(r, 0, sizeof(*r));
}

/* A Creative Commons license by its deed's URL: "creativecommons.org/
 * licenses/by-nc-sa/2.5/" is CC-BY-NC-SA-2.5, ".../by/3.0/us/"
 * CC-BY-3.0-US, ".../publicdomain/zero/1.0/" CC0-1.0; an id the list does
 * not have adds nothing. */
static void cc_url_license(const char *t, size_t n, size_t w, founds *f)
{
	static const char host[] = "creativecommons.org/";
	char cand[48];
	size_t p = sizeof(host) - 1, m = 2, k, seg;
	const hdrcheck__spdx_entry *ent;

	if (n < p || strncasecmp(t, host, p) != 0)
		return;
	if (n - p >= 21 &&
	    strncasecmp(t + p, "publicdomain/zero/1.0", 21) == 0) {
		add_found(f, "CC0-1.0", w);
		return;
	}
	if (n - p < 9 || strncasecmp(t + p, "licenses/", 9) != 0)
		return;
	p += 9;
	memcpy(cand, "CC", 2);
	/* the deed ("by-nc-sa"), the version ("2.5"), a port ("us") */
	for (seg = 0; seg < 3 && p < n; seg++) {
		size_t start = p;

		if (seg > 0) {
			if (t[p] != '/')
				break;
			start = ++p;
		}
		while (p < n && (is_alnum((unsigned char)t[p]) || t[p] == '-' ||
		                 t[p] == '.'))
			p++;
		if (p == start || m + 1 + (p - start) >= sizeof(cand))
			break;
		cand[m++] = '-';
		for (k = start; k < p; k++)
			cand[m++] = t[k] >= 'a' && t[k] <= 'z'
			                ? (char)(t[k] - 'a' + 'A')
			                : t[k];
	}
	/* "2.5/" leaves a '.' or '/' behind: the id has neither at its end */
	while (m > 2 && (cand[m - 1] == '.' || cand[m - 1] == '-'))
		m--;
	cand[m] = '\0';
	if (seg >= 2 && (ent = hdrcheck__catalogue_lookup(cand, m, 0)) != NULL)
		add_found(f, ent->id, w);
}

/* Is a nearer to a match than b (fewer differing words per word)? */
static int nearer(const hdrcheck__ident_candidate *a,
                  const hdrcheck__ident_candidate *b)
{
	return a->differ * (b->words + 1) < b->differ * (a->words + 1) ||
	       (a->differ * (b->words + 1) == b->differ * (a->words + 1) &&
	        a->vote > b->vote);
}

int hdrcheck__ident_explain(hdrcheck__ident_why *out, const hdrcheck__ident *r)
{
	const hdrcheck__ident_candidate *win = NULL, *run = NULL;
	size_t i;

	memset(out, 0, sizeof(*out));
	/* the first text's candidates: the longest exact match wins, as in
	 * best_text; none when the words are no text of the list (an exact
	 * text inside a near miss of a longer one is that near miss) */
	for (i = 0; r->kind == HDRCHECK__IDENT_TEXT && i < r->ncands; i++) {
		const hdrcheck__ident_candidate *c = &r->cands[i];

		if (c->round == 0 && c->exact &&
		    (!win || c->matched > win->matched))
			win = c;
	}
	for (i = 0; i < r->ncands; i++) {
		const hdrcheck__ident_candidate *c = &r->cands[i];

		if (c->round != 0 || c == win ||
		    (win && strcmp(c->id, win->id) == 0))
			continue;
		if (!run || (c->exact && !run->exact) ||
		    (c->exact == run->exact &&
		     (c->exact ? c->matched > run->matched : nearer(c, run))))
			run = c;
	}
	if (win) {
		const char *also = NULL;

		/* a notice beside the text ("ALTERNATIVELY, ... GPL") */
		for (i = 0; i < r->nnamed && !also; i++)
			if (!hdrcheck__ident_named_text(r, i))
				also = r->named[i].id;
		out->winner = also && r->expression ? r->expression : win->id;
		out->won = hdrcheck__aprintf(
		    "%s%s%s: all %zu words found in order, nothing "
		    "added%s%s%s%s",
		    also ? (win->header ? "the standard header of "
		                        : "the full text of ")
		         : (win->header ? "its standard header"
		                        : "its full text"),
		    also ? win->id : "", "", win->words,
		    run && run->exact ? "; the longest text that matches" : "",
		    also ? "; a notice names " : "", also ? also : "",
		    also ? (r->dual ? " as an alternative" : " too") : "");
	} else if (r->nnamed) {
		out->winner = r->expression;
		out->won = hdrcheck__aprintf(
		    "a notice names %s: \"%s\"",
		    r->nnamed > 1 ? (r->dual ? "them as alternatives" : "them")
		                  : "it",
		    r->named[0].words ? r->named[0].words : r->named[0].id);
	} else if (r->kind == HDRCHECK__IDENT_REF) {
		out->winner = r->expression;
		out->won = hdrcheck__strdup(
		    "a license statement no text or name of the list fits: a "
		    "LicenseRef- keyed on its words");
	}
	if (run) {
		out->runner_up = run->id;
		if (run->exact && !win)
			out->lost = hdrcheck__aprintf(
			    "matches, but its %zu words lie inside a near miss "
			    "of %s, which explains more of the header's words: "
			    "the header is that text, changed",
			    run->words,
			    r->nearest ? r->nearest : "a longer text");
		else if (run->exact)
			out->lost = hdrcheck__aprintf(
			    "matches too, but its %zu words are part of the "
			    "winner's %zu: the longer text wins",
			    run->words, win->words);
		else
			out->lost = hdrcheck__aprintf(
			    "%zu of its %zu words differ%s%s", run->differ,
			    run->words, run->why ? ": " : "",
			    run->why ? run->why : "");
	}
	if ((out->winner && !out->won) || (out->runner_up && !out->lost)) {
		hdrcheck__ident_why_dispose(out);
		return HDRCHECK_ENOMEM;
	}
	return 0;
}

int hdrcheck__ident_named_text(const hdrcheck__ident *r, size_t i)
{
	size_t k;

	for (k = 0; k < r->ncands; k++)
		if (r->cands[k].exact &&
		    strcmp(r->cands[k].id, r->named[i].id) == 0)
			return 1;
	return 0;
}

void hdrcheck__ident_why_dispose(hdrcheck__ident_why *w)
{
	free(w->won);
	free(w->lost);
	memset(w, 0, sizeof(*w));
}

/* The license a URL names: "opensource.org/licenses/BSD-3-Clause",
 * "spdx.org/licenses/MIT.html", jQuery's "jquery.org/license" (MIT). */
static void url_licenses(const words *ws, const hdrcheck__comments *cm,
                         founds *f)
{
	static const char *const hosts[] = {"opensource.org/licenses/",
	                                    "spdx.org/licenses/"};
	size_t i, k, p, w;
	int any = 0;

	/* the words first: a URL of a license page has "org license(s)"
	 * (or "org publicdomain") */
	for (w = 0; w + 1 < ws->n && !any; w++)
		any = wis(ws, w, "org") && (wis(ws, w + 1, "licenses") ||
		                            wis(ws, w + 1, "license") ||
		                            wis(ws, w + 1, "publicdomain"));
	for (i = 0; any && cm && i < cm->count; i++) {
		const char *t = cm->lines[i].text;
		size_t n = cm->lines[i].len;

		for (w = 0; w < ws->n && ws->v[w].line != i; w++)
			;
		for (p = 0; p < n; p++) {
			for (k = 0; k < HDRCHECK__ARRAY_SIZE(hosts); k++) {
				size_t hl = strlen(hosts[k]), e, len;
				const hdrcheck__spdx_entry *ent;

				if (n - p < hl ||
				    strncasecmp(t + p, hosts[k], hl) != 0)
					continue;
				for (e = p + hl;
				     e < n && (is_alnum((unsigned char)t[e]) ||
				               t[e] == '.' || t[e] == '-' ||
				               t[e] == '+');
				     e++)
					;
				len = e - p - hl;
				while (len && t[p + hl + len - 1] == '.')
					len--;
				if (len > 4 &&
				    (strncasecmp(t + p + hl + len - 4, ".php",
				                 4) == 0 ||
				     strncasecmp(t + p + hl + len - 4, ".txt",
				                 4) == 0))
					len -= 4;
				else if (len > 5 &&
				         strncasecmp(t + p + hl + len - 5,
				                     ".html", 5) == 0)
					len -= 5;
				ent = hdrcheck__catalogue_lookup(t + p + hl,
				                                 len, 0);
				if (ent)
					add_found(f, ent->id, w);
			}
			if (n - p >= 18 &&
			    strncasecmp(t + p, "jquery.org/license", 18) == 0)
				add_found(f, "MIT", w);
			cc_url_license(t + p, n - p, w, f);
		}
	}
}

/* A banner's field "| MIT License |" ("normalize.css v2.1.0 | MIT License
 * | git.io/normalize"): a name of the alias table, then "License", alone
 * between bars (or a bar and the line's end). */
static void banner_licenses(const words *ws, const hdrcheck__comments *cm,
                            founds *f)
{
	size_t i, k, a, b, w;

	for (i = 0; cm && i < cm->count; i++) {
		const char *t = cm->lines[i].text;
		size_t n = cm->lines[i].len;

		if (!memchr(t, '|', n))
			continue;
		for (w = 0; w < ws->n && ws->v[w].line != i; w++)
			;
		for (a = 0; a < n; a = b + 1) {
			char name[64];
			size_t e, m = 0;

			for (b = a; b < n && t[b] != '|'; b++)
				;
			/* a field next to a bar */
			if (!(a > 0 || b < n))
				continue;
			for (e = b;
			     e > a && (t[e - 1] == ' ' || t[e - 1] == '\t' ||
			               t[e - 1] == '*' || t[e - 1] == '/');
			     e--)
				;
			if (e - a < 9 ||
			    (strncasecmp(t + e - 8, " license", 8) &&
			     strncasecmp(t + e - 8, " licence", 8)))
				continue;
			e -= 8;
			for (k = a; k < e &&
			            (t[k] == ' ' || t[k] == '\t' ||
			             t[k] == '*' || t[k] == '/' || t[k] == '!');
			     k++)
				;
			for (; k < e && m + 1 < sizeof(name); k++)
				name[m++] = t[k] == '-' ? ' '
				            : t[k] >= 'A' && t[k] <= 'Z'
				                ? (char)(t[k] - 'A' + 'a')
				                : t[k];
			name[m] = '\0';
			for (k = 0; m && k < hdrcheck__license_aliases_count;
			     k++)
				if (strcmp(hdrcheck__license_aliases[k].words,
				           name) == 0) {
					add_found(
					    f, hdrcheck__license_aliases[k].id,
					    w);
					if (hdrcheck__license_aliases[k]
					        .offered)
						f->offered = 1;
					break;
				}
		}
	}
}

/* explain: the licenses the notices named, each with its sentence */
static int record_named(hdrcheck__ident *out, const words *h, const founds *f)
{
	size_t i, w, from, to;

	if (!f->n)
		return 0;
	if (!(out->named = hdrcheck__calloc(f->n, sizeof(*out->named))))
		return HDRCHECK_ENOMEM;
	out->dual = f->dual;
	for (i = 0; i < f->n; i++) {
		hdrcheck_buf b = HDRCHECK_BUF_INIT;

		memcpy(out->named[i].id, f->v[i].id, sizeof(f->v[i].id));
		out->nnamed = i + 1;
		if (f->v[i].at >= h->n)
			continue;
		sentence(h, f->v[i].at, &from, &to);
		for (w = from; w < to; w++)
			if (is_content(&h->v[w]))
				(void)hdrcheck__buf_printf(
				    &b, "%s%.*s", b.len ? " " : "",
				    (int)h->v[w].len, word_text(h, &h->v[w]));
		/* no content word in the sentence: no words to show */
		out->named[i].words = b.ptr;
	}
	return 0;
}

/* "LicenseRef-hdrcheck-" and 8 hex digits, NUL-terminated */
#define REF_ID_SIZE 29

/* The LicenseRef of a statement nobody could name: keyed (FNV-1a) on its
 * words from "from" to the end of its comment block (not the file's next
 * comment, "Included Files"), so one text is one row of the inventory. */
static void ref_id(char out[REF_ID_SIZE], const hdrcheck__comments *cm,
                   const words *h, size_t from)
{
	uint64_t key = 1469598103934665603ULL;
	unsigned int block = cm->lines[h->v[from].line].block;
	size_t i, n = 0;

	for (i = from; i < h->n && n < REF_WORDS; i++) {
		if (cm->lines[h->v[i].line].block != block)
			break;
		if (!is_content(&h->v[i]))
			continue;
		key = (key ^ h->v[i].h) * 1099511628211ULL;
		n++;
	}
	snprintf(out, REF_ID_SIZE, "LicenseRef-hdrcheck-%08x",
	         (unsigned int)(key ^ (key >> 32)));
}

/* The words of from's comment block from there on that no text took. */
static size_t block_words(const hdrcheck__comments *cm, const words *h,
                          const unsigned char *mask, size_t from)
{
	unsigned int block = cm->lines[h->v[from].line].block;
	size_t i, n = 0;

	for (i = from; i < h->n; i++) {
		if (cm->lines[h->v[i].line].block != block)
			break;
		n += !mask[i] && is_content(&h->v[i]);
	}
	return n;
}

/* "Alternatively, ..." sentences of a header kept out of the texts'
 * alignment at most (more are aligned as they stand) */
#define ALT_MAX 8

/* Set the words of the sentences alt[0..nalt) whose mask is from to to;
 * the number of words set. */
static size_t alt_mask(hdrcheck__ident_scratch *s, size_t (*alt)[2],
                       size_t nalt, unsigned char from, unsigned char to)
{
	size_t k, i, n = 0;

	for (k = 0; k < nalt; k++)
		for (i = alt[k][0]; i < alt[k][1]; i++)
			if (s->mask[i] == from) {
				s->mask[i] = to;
				n++;
			}
	return n;
}

/* Are the sentences alt[0..nalt) inside the words f matched? */
static int alt_inside(size_t (*alt)[2], size_t nalt, const fit *f)
{
	size_t k;

	for (k = 0; k < nalt; k++)
		if (alt[k][0] < f->h_from || alt[k][1] > f->h_to)
			return 0;
	return 1;
}

/* explain: forget the candidates [from, to) of an alignment not used */
static void drop_cands(hdrcheck__ident *rec, size_t from, size_t to)
{
	size_t i;

	if (to <= from)
		return;
	for (i = from; i < to; i++)
		free(rec->cands[i].why);
	memmove(rec->cands + from, rec->cands + to,
	        (rec->ncands - to) * sizeof(*rec->cands));
	rec->ncands -= to - from;
}

static int identify_words(hdrcheck__ident *out, const hdrcheck__identifier *id,
                          hdrcheck__ident_scratch *s,
                          const hdrcheck__comments *cm, int want_diff)
{
	words *h = &s->h;
	founds f;
	fit best, near, near_first;
	size_t be, ne, ne_first = SIZE_MAX, i, round, first_at = SIZE_MAX, nf;
	size_t nw;
	int error = 0, refers_file = 0, kind = HDRCHECK__IDENT_NONE;
	size_t cue_at = SIZE_MAX, alt[ALT_MAX][2], nalt = 0;
	hdrcheck_buf expr = HDRCHECK_BUF_INIT;

	memset(&f, 0, sizeof(f));
	memset(&near_first, 0, sizeof(near_first));
	if ((error = grow((void **)&s->mask, &s->capmask, h->n + 1, 1)) < 0)
		return error;
	memset(s->mask, 0, h->n + 1);

	/* full texts, twice: "a) GPL ... b) the MIT text" has two; a
	 * comment of fewer words than the shortest text is no full text
	 * (a copyright line alone does not build the index) */
	for (i = 0, nw = 0; i < h->n && nw < MIN_TEXT_WORDS; i++)
		nw += is_content(&h->v[i]);
	if (nw >= MIN_TEXT_WORDS && (error = ensure_index(id)) < 0)
		goto done;
	for (; i < h->n && nw < id->min_words; i++)
		nw += is_content(&h->v[i]);
	/* "ALTERNATIVELY, this software may be distributed under the terms
	 * of the GNU General Public License ..." inside a BSD text: when no
	 * text matches with it, the sentence is kept out of the texts'
	 * alignment (mask 2) and read as a notice of its own after it. A
	 * text of the list may hold such a sentence itself (MTLL's
	 * "Alternatively, this acknowledgement may appear ...",
	 * Brian-Gladman-3-Clause's GPL option): the texts are aligned with
	 * it first. */
	for (i = 0; i < h->n && nalt < ALT_MAX; i++) {
		size_t from;

		if ((i && !(h->v[i - 1].flags & W_SENT_END)) ||
		    !phrase_at(id, h, i, "alternatively"))
			continue;
		alt[nalt][0] = i;
		sentence(h, i, &from, &alt[nalt][1]);
		nalt++;
	}
	for (round = nw < MIN_TEXT_WORDS || nw < id->min_words ? 2 : 0;
	     round < 2; round++) {
		size_t c0 = out->ncands, c1;

		/* with the sentence, only the texts that hold one can match:
		 * the others are tried without it */
		s->only_alt = nalt > 0;
		error = best_text(id, s, &be, &best, &ne, &near, want_diff,
		                  want_diff ? out : NULL, (int)round);
		s->only_alt = 0;
		if (error < 0)
			goto done;
		c1 = out->ncands;
		if ((be == SIZE_MAX || !alt_inside(alt, nalt, &best)) &&
		    alt_mask(s, alt, nalt, 0, 2)) {
			fit best2, near2;
			size_t be2, ne2;
			int use;

			if ((error = best_text(
			         id, s, &be2, &best2, &ne2, &near2, want_diff,
			         want_diff ? out : NULL, (int)round)) < 0)
				goto done;
			/* the sentence left out: a match (the longer one, if
			 * a shorter text matched with it), or else a nearer
			 * miss (with a word changed, a text that holds the
			 * sentence is nearer with it) */
			if (be != SIZE_MAX)
				use = be2 != SIZE_MAX &&
				      best2.matched > best.matched;
			else if (be2 != SIZE_MAX)
				use = 1;
			else
				use = ne2 != SIZE_MAX &&
				      (ne == SIZE_MAX ||
				       near2.cost *
				               (id->entries[ne].nwords + 1) <=
				           near.cost *
				               (id->entries[ne2].nwords + 1));
			if (use) {
				fit_dispose(&best);
				fit_dispose(&near);
				best = best2;
				be = be2;
				near = near2;
				ne = ne2;
				drop_cands(out, c0, c1);
			} else {
				fit_dispose(&best2);
				fit_dispose(&near2);
				drop_cands(out, c1, out->ncands);
				alt_mask(s, alt, nalt, 2, 0);
			}
		}
		/* a text of the list whole, inside a near miss of a longer
		 * one that explains more of the header's words (OpenSSL's
		 * text with a word changed holds OpenSSL-standalone's): the
		 * header is the near miss (B.1: a match has no additional
		 * text), not the shorter text */
		if (be != SIZE_MAX && ne != SIZE_MAX &&
		    kind == HDRCHECK__IDENT_NONE &&
		    near.h_from <= best.h_from && near.h_to >= best.h_to &&
		    near.matched >= best.matched + MIN_TEXT_WORDS) {
			fit_dispose(&best);
			be = SIZE_MAX;
		}
		if (be != SIZE_MAX) {
			add_found(&f, id->entries[be].id, best.h_from);
			for (i = best.h_from; i < best.h_to; i++)
				if (s->mask[i] != 2)
					s->mask[i] = i < best.alt_from ||
					             i >= best.alt_to;
			/* the sentence left out is read after the texts */
			alt_mask(s, alt, nalt, 2, 0);
			if (kind == HDRCHECK__IDENT_NONE)
				kind = HDRCHECK__IDENT_TEXT;
			fit_dispose(&best);
			fit_dispose(&near);
			continue;
		}
		if (ne != SIZE_MAX && ne_first == SIZE_MAX) {
			ne_first = ne;
			near_first = near;
			memset(&near, 0, sizeof(near));
		}
		fit_dispose(&near);
		break;
	}
	alt_mask(s, alt, nalt, 2, 0);
	nf = f.n;
	gnu_licenses(id, h, s->mask, &f);
	(void)notices(id, h, s->mask, &f, &refers_file, &cue_at,
	              kind != HDRCHECK__IDENT_TEXT);
	if (!f.n)
		borrowed_licenses(id, h, s->mask, &f);
	/* beside a text named, a second one nobody could name (the Open
	 * Group's MIT text, then Digital's permission notice): a LicenseRef
	 * of its own, so the inventory lists both; a second text near one
	 * of the list's gets its LicenseRef below */
	if (kind == HDRCHECK__IDENT_TEXT && f.n == nf && ne_first == SIZE_MAX &&
	    (i = statement_at(id, h, s->mask)) != SIZE_MAX &&
	    block_words(cm, h, s->mask, i) >= SECOND_TEXT_WORDS) {
		char ref[REF_ID_SIZE];

		ref_id(ref, cm, h, i);
		add_found(&f, ref, i);
	}
	/* a license named by its URL alone */
	if (!f.n)
		banner_licenses(h, cm, &f);
	if (!f.n)
		url_licenses(h, cm, &f);
	/* names inside a near miss's span are that text's words ("... the
	 * GNU General Public License ..." in NGPL's): the text differs, so
	 * the header is the near miss, not those names; a near miss of a
	 * standard header is a notice in other words, which the notice
	 * readers name ("the GNU General Public License version 2 as
	 * published by ...") */
	if (f.n && kind == HDRCHECK__IDENT_NONE && ne_first != SIZE_MAX &&
	    !id->entries[ne_first].nreq) {
		for (i = 0; i < f.n && f.v[i].at >= near_first.h_from &&
		            f.v[i].at < near_first.h_to;
		     i++)
			;
		if (i == f.n)
			f.n = 0;
	}
	if (f.n && dual_cues(id, h))
		f.dual = 1;
	/* "the Eclipse Public License v1.0 and Eclipse Distribution License
	 * v1.0": the EDL is offered as the alternative */
	if (f.n > 1 && f.offered)
		f.dual = 1;
	if (want_diff && (error = record_named(out, h, &f)) < 0)
		goto done;
	if (f.n) {
		if (kind == HDRCHECK__IDENT_NONE)
			kind = HDRCHECK__IDENT_NOTICE;
		qsort(f.v, f.n, sizeof(found), cmp_found);
		for (i = 0; i < f.n; i++) {
			const char *x = f.v[i].id;

			if ((error = hdrcheck__buf_printf(
			         &expr, "%s%s",
			         i ? (f.dual ? " OR " : " AND ") : "", x)) < 0)
				goto done;
			if (f.v[i].at < first_at)
				first_at = f.v[i].at;
		}
		/* a second license text beside the one that matched, near
		 * one of the list's but not it (ppp's "Mackerras" text with
		 * another author's name): its own LicenseRef, in the AND */
		if (kind == HDRCHECK__IDENT_TEXT && ne_first != SIZE_MAX &&
		    !f.dual) {
			char ref[REF_ID_SIZE];

			ref_id(ref, cm, h, near_first.h_from);
			if ((error = hdrcheck__buf_printf(&expr, " AND %s",
			                                  ref)) < 0)
				goto done;
			out->nearest = id->entries[ne_first].id;
			out->reason = near_first.reason;
			near_first.reason = NULL;
		}
	} else if (ne_first != SIZE_MAX ||
	           (first_at = statement_at(id, h, s->mask)) != SIZE_MAX) {
		/* a license statement, but no license named: a LicenseRef
		 * keyed on its words (ref_id) */
		size_t from =
		    ne_first != SIZE_MAX ? near_first.h_from : first_at;
		char ref[REF_ID_SIZE];

		kind = HDRCHECK__IDENT_REF;
		first_at = from;
		ref_id(ref, cm, h, from);
		if ((error = hdrcheck__buf_puts(&expr, ref)) < 0)
			goto done;
		if (ne_first != SIZE_MAX) {
			out->nearest = id->entries[ne_first].id;
			out->reason = near_first.reason;
			out->diff = near_first.diff;
			near_first.reason = near_first.diff = NULL;
		}
	}
	/* a license named only by the project's license file: the scanner
	 * reads that file's (scanner/reuse.c) */
	if (kind == HDRCHECK__IDENT_REF ||
	    (kind == HDRCHECK__IDENT_NOTICE && expr.ptr &&
	     strncmp(expr.ptr, "LicenseRef-", 11) == 0 &&
	     !strstr(expr.ptr, " AND ") && !strstr(expr.ptr, " OR ")))
		out->refers_file = refers_license_file(id, h, s->mask);
	if (kind != HDRCHECK__IDENT_NONE) {
		out->kind = (hdrcheck__ident_kind)kind;
		out->expression = expr.ptr;
		expr.ptr = NULL;
		out->cline = first_at < h->n ? h->v[first_at].line : 0;
	}
done:
	fit_dispose(&near_first);
	hdrcheck__buf_dispose(&expr);
	return error;
}

/* The key of a comment run: its lines' bytes, copyright lines left out
 * (they are not part of the license), and where each line is. */
static uint64_t memo_key(const hdrcheck__comments *cm)
{
	uint64_t h = 1469598103934665603ULL;
	size_t i, k;

	for (i = 0; i < cm->count; i++) {
		const char *t = cm->lines[i].text;
		size_t n = cm->lines[i].len, a = 0;

		while (a < n && !is_alnum((unsigned char)t[a]) &&
		       (unsigned char)t[a] < 0x80)
			a++;
		if ((n - a >= 9 && (t[a] | 0x20) == 'c' &&
		     (t[a + 1] | 0x20) == 'o' && (t[a + 2] | 0x20) == 'p' &&
		     (t[a + 3] | 0x20) == 'y' && (t[a + 4] | 0x20) == 'r') ||
		    (n - a >= 2 && (unsigned char)t[a] == 0xc2 &&
		     (unsigned char)t[a + 1] == 0xa9))
			n = a = 0;
		for (k = a; k < n; k++)
			h = (h ^ (unsigned char)t[k]) * 1099511628211ULL;
		h = (h ^ 0x0a) * 1099511628211ULL;
	}
	return h ? h : 1;
}

int hdrcheck__identify(hdrcheck__ident *out, const hdrcheck__identifier *id,
                       hdrcheck__ident_scratch *s, const hdrcheck__comments *cm,
                       int want_diff)
{
	uint64_t key;
	memo *mo;
	int error;

	/* the comment ran on to the window's last line */
	s->cut = !cm->ended_by_code && cm->count &&
	         cm->lines[cm->count - 1].line + 2 >= HDRCHECK__WINDOW_LINES;
	key = want_diff ? 0 : memo_key(cm) ^ (uint64_t)s->cut;
	mo = &s->memo[key % MEMO_SLOTS];
	memset(out, 0, sizeof(*out));
	if (key && mo->key == key) {
		out->kind = mo->kind;
		out->cline = mo->cline;
		out->nearest = mo->nearest;
		out->refers_file = mo->refers_file;
		if ((mo->expression &&
		     !(out->expression = hdrcheck__strdup(mo->expression))) ||
		    (mo->reason &&
		     !(out->reason = hdrcheck__strdup(mo->reason))))
			goto nomem;
		return 0;
	}
	if ((error = words_from_comments(&s->h, id, cm)) < 0 ||
	    (error = identify_words(out, id, s, cm, want_diff)) < 0)
		return error;
	if (key) {
		free(mo->expression);
		free(mo->reason);
		memset(mo, 0, sizeof(*mo));
		if ((out->expression &&
		     !(mo->expression = hdrcheck__strdup(out->expression))) ||
		    (out->reason &&
		     !(mo->reason = hdrcheck__strdup(out->reason)))) {
			free(mo->expression);
			mo->expression = NULL;
			goto nomem;
		}
		mo->key = key;
		mo->kind = out->kind;
		mo->cline = out->cline;
		mo->nearest = out->nearest;
		mo->refers_file = out->refers_file;
	}
	return 0;
nomem:
	hdrcheck__ident_dispose(out);
	return HDRCHECK_ENOMEM;
}

/* A whole file (LICENSE, COPYING) against every text of the list: the
 * few of about its length whose first words occur near its start are
 * aligned. No index: a run reads a few such files, and most runs need no
 * index at all. */
static int build_starts(hdrcheck__identifier *id)
{
	size_t i, k, q, n = hdrcheck__catalogue_count();
	words w = {NULL, 0, 0, HDRCHECK_BUF_INIT};
	int error = 0;

	if (!(id->starts = hdrcheck__calloc(n ? n : 1, sizeof(*id->starts))) ||
	    !(id->has_start = hdrcheck__calloc(n ? n : 1, 1)))
		return HDRCHECK_ENOMEM;
	for (i = 0; i < n; i++) {
		const hdrcheck__spdx_entry *e = hdrcheck__catalogue_get(i);

		if (!e->text)
			continue;
		if ((error = words_from_text(
		         &w, id, e->text, e->text_len < 600 ? e->text_len : 600,
		         1)) < 0)
			break;
		for (k = 0, q = 0; k < w.n && q < START_WORDS; k++)
			if (is_content(&w.v[k]))
				id->starts[i][q++] = w.v[k].h;
		id->has_start[i] = q == START_WORDS;
	}
	free(w.v);
	hdrcheck__buf_dispose(&w.text);
	return error;
}

static int ensure_starts(const hdrcheck__identifier *cid)
{
	hdrcheck__identifier *id = (hdrcheck__identifier *)cid;
	int error;

	if (atomic_load_explicit(&id->starts_ready, memory_order_acquire))
		return id->starts_error;
	pthread_mutex_lock(&id->starts_lock);
	if (!atomic_load_explicit(&id->starts_ready, memory_order_relaxed)) {
		id->starts_error = build_starts(id);
		atomic_store_explicit(&id->starts_ready, 1,
		                      memory_order_release);
	}
	error = id->starts_error;
	pthread_mutex_unlock(&id->starts_lock);
	return error;
}

/* ---- a license file that holds several licenses -------------------- */

/* The words that name a license, each with its family: a license file's
 * words after its first full text that name a family other than that
 * text's put something under another license. */
static const struct {
	const char *word, *family;
} family_words[] = {
    {"apache", "apache"}, {"bsd", "bsd"},           {"mit", "mit"},
    {"x11", "mit"},       {"isc", "isc"},           {"gpl", "gnu"},
    {"lgpl", "gnu"},      {"agpl", "gnu"},          {"gnu", "gnu"},
    {"mpl", "mpl"},       {"mozilla", "mpl"},       {"epl", "epl"},
    {"eclipse", "epl"},   {"cddl", "cddl"},         {"zlib", "zlib"},
    {"boost", "bsl"},     {"artistic", "artistic"}, {"unlicense", "unlicense"},
    {"cc0", "cc"},        {"creative", "cc"},       {"openssl", "openssl"},
};

/* The openings of other full texts, with their family. */
static const struct {
	const char *words, *family;
} text_openings[] = {
    {"redistribution and use in source and binary forms", "bsd"},
    {"permission is hereby granted free of charge", "mit"},
    {"permission to use copy modify and or distribute", "isc"},
    {"gnu general public license", "gnu"},
    {"gnu lesser general public license", "gnu"},
    {"mozilla public license", "mpl"},
};

/* The family of an SPDX id: its name's first part, by family_words
 * ("BSD-3-Clause" bsd, "LGPL-2.1-only" gnu, "BSL-1.0" bsl); NULL if
 * none. */
static const char *id_family(const char *id)
{
	char first[32];
	size_t n = 0, k;

	while (id[n] && id[n] != '-' && n + 1 < sizeof(first)) {
		char c = id[n];

		first[n++] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
	}
	first[n] = '\0';
	if (strcmp(first, "bsl") == 0)
		return "bsl";
	if (strncmp(first, "cc", 2) == 0)
		return "cc";
	if (strcmp(first, "gfdl") == 0)
		return "gnu";
	for (k = 0; k < HDRCHECK__ARRAY_SIZE(family_words); k++)
		if (strcmp(first, family_words[k].word) == 0)
			return family_words[k].family;
	return NULL;
}

static int word_is(const words *ws, size_t k, const char *w, size_t n)
{
	return ws->v[k].len == n &&
	       memcmp(ws->text.ptr + ws->v[k].off, w, n) == 0;
}

/* Do the words from k on read phrase (space-separated words)? */
static int words_read(const words *ws, size_t k, const char *phrase)
{
	while (*phrase) {
		size_t n = strcspn(phrase, " ");

		if (k >= ws->n || !word_is(ws, k, phrase, n))
			return 0;
		k++;
		phrase += n;
		while (*phrase == ' ')
			phrase++;
	}
	return 1;
}

/* Reasons to say the words ws[from..) of a license file, after its first
 * full text (SPDX id first), name another license: "under" followed
 * within UNDER_REACH words by a name of another family ("available under
 * the \"3-clause BSD\" license", "licensed under the MIT license", "under
 * the terms of the GNU General Public License"), or the opening of
 * another family's full text ("Redistribution and use in source and
 * binary forms"). */
#define UNDER_REACH 8
static int names_other_license(const words *ws, size_t from, size_t to,
                               const char *first)
{
	const char *fam = id_family(first);
	size_t k, q, t;

	for (k = from; k < to; k++) {
		for (t = 0; t < HDRCHECK__ARRAY_SIZE(text_openings); t++)
			if ((!fam || strcmp(fam, text_openings[t].family)) &&
			    words_read(ws, k, text_openings[t].words))
				return 1;
		if (!word_is(ws, k, "under", 5))
			continue;
		for (q = k + 1; q < to && q <= k + UNDER_REACH; q++)
			for (t = 0; t < HDRCHECK__ARRAY_SIZE(family_words);
			     t++) {
				const char *w = family_words[t].word;

				if (word_is(ws, q, w, strlen(w)) &&
				    (!fam ||
				     strcmp(fam, family_words[t].family)))
					return 1;
			}
	}
	return 0;
}

static int long_text(hdrcheck__ident *out, const hdrcheck__identifier *id,
                     hdrcheck__ident_scratch *s, size_t len)
{
	size_t i, k, best = SIZE_MAX, best_matched = 0, best_to = 0,
	             best_from = 0;
	int error = 0;

	if ((error = ensure_starts(id)) < 0)
		return error;
	for (i = 0; i < hdrcheck__catalogue_count(); i++) {
		const hdrcheck__spdx_entry *e = hdrcheck__catalogue_get(i);
		size_t n = 0;
		fit f;

		if (!e->text ||
		    (e->flags &
		     (HDRCHECK__SPDX_DEPRECATED | HDRCHECK__SPDX_EXCEPTION)) ||
		    len * 100 < e->text_len * (100 - FILE_TAIL - 10) ||
		    len > 3 * e->text_len + 4096)
			continue;
		/* its first START_WORDS content words among the file's
		 * first 300 */
		if (!id->has_start[i])
			continue;
		for (k = 0; k < s->h.n && n < 300; k++) {
			size_t q, a = k;

			if (!is_content(&s->h.v[k]))
				continue;
			n++;
			for (q = 0; q < START_WORDS; q++) {
				while (a < s->h.n && !is_content(&s->h.v[a]))
					a++;
				if (a >= s->h.n ||
				    s->h.v[a].h != id->starts[i][q])
					break;
				a++;
			}
			if (q == START_WORDS)
				break;
		}
		if (k >= s->h.n || n >= 300)
			continue;
		s->l_key = 0; /* s->l is a catalogue text's now */
		if ((error = words_from_text(&s->l, id, e->text, e->text_len,
		                             1)) < 0 ||
		    (error = align(&f, id, s, 0, 0)) < 0)
			return error;
		/* a long text may differ in a word per thousand (the GPL's
		 * own copies differ from the list's in a URL) */
		/* of two that match as many words, the one the file
		 * holds whole, not the longer one whose end it would leave
		 * out (MS-PL, not MS-LPL: the same and one clause more) */
		if ((f.exact || f.cost * 1000 <= f.matched) &&
		    (f.matched > best_matched ||
		     (f.matched == best_matched && best != SIZE_MAX &&
		      e->text_len < hdrcheck__catalogue_get(best)->text_len))) {
			best = i;
			best_matched = f.matched;
			best_to = f.h_to;
			best_from = f.h_from;
		}
		fit_dispose(&f);
	}
	/* another license before the text ("Copyright The Go Authors ...
	 * Redistribution and use ..." above the Apache License): the file's
	 * license is not that text's alone, and not told */
	if (best != SIZE_MAX &&
	    names_other_license(&s->h, 0, best_from,
	                        hdrcheck__catalogue_get(best)->id))
		best = SIZE_MAX;
	if (best != SIZE_MAX) {
		if (!(out->expression =
		          hdrcheck__strdup(hdrcheck__catalogue_get(best)->id)))
			return HDRCHECK_ENOMEM;
		out->kind = HDRCHECK__IDENT_TEXT;
		out->several = names_other_license(&s->h, best_to, s->h.n,
		                                   out->expression);
	}
	return 0;
}

int hdrcheck__identify_text(hdrcheck__ident *out,
                            const hdrcheck__identifier *id,
                            hdrcheck__ident_scratch *s, const char *text,
                            size_t len)
{
	int error;

	memset(out, 0, sizeof(*out));
	s->files = 1;
	if ((error = words_from_text(&s->h, id, text, len, 0)) < 0 ||
	    (error = grow((void **)&s->mask, &s->capmask, s->h.n + 1, 1)) < 0)
		goto done;
	memset(s->mask, 0, s->h.n + 1);
	error = long_text(out, id, s, len);
done:
	s->files = 0;
	return error;
}

int hdrcheck__identify_hint(const hdrcheck__tokens *t)
{
	static const char *const stems[] = {
	    "licen",       "gpl",      "lgpl",      "agpl",        "permission",
	    "redistribut", "warrant",  "public",    "proprietary", "copyleft",
	    "gnu",         "mit",      "bsd",       "apache",      "mpl",
	    "distribut",   "grant",    "permit",    "cop",         "reproduc",
	    "liab",        "disclaim", "responsib", "free",        "lizen"};
	size_t i, k;

	for (i = 0; i < t->count; i++) {
		const hdrcheck__token *w = &t->tokens[i];

		switch (w->word[0]) {
		case 'l':
		case 'g':
		case 'a':
		case 'p':
		case 'r':
		case 'w':
		case 'm':
		case 'b':
		case 'd':
		case 'c':
		case 'f':
			break;
		default:
			continue;
		}
		for (k = 0; k < HDRCHECK__ARRAY_SIZE(stems); k++) {
			size_t n = strlen(stems[k]);

			if (w->len >= n && memcmp(w->word, stems[k], n) == 0)
				return 1;
		}
	}
	return 0;
}

static void bloom_first(hdrcheck__identifier *id, const char *phrase)
{
	uint64_t h = canon(id, hash_word(phrase, strcspn(phrase, " ")));

	id->cue_bloom[(h >> 6) & 3] |= (uint64_t)1 << (h & 63);
}

static void init_cue_bloom(hdrcheck__identifier *id)
{
	size_t k;

	for (k = 0; k < HDRCHECK__ARRAY_SIZE(notice_cues); k++)
		bloom_first(id, notice_cues[k]);
	for (k = 0; k < HDRCHECK__ARRAY_SIZE(statement_cues); k++)
		bloom_first(id, statement_cues[k]);
	for (k = 0; k < HDRCHECK__ARRAY_SIZE(gnu_names); k++)
		bloom_first(id, gnu_names[k].words);
	bloom_first(id, "license");
	bloom_first(id, "licenses");
}

/* ---- REUSE's LICENSES/ directory: the file name is the id ---------- */

int hdrcheck__in_licenses_dir(const char *path)
{
	const char *base = hdrcheck__path_basename(path);
	size_t n = (size_t)(base - path);

	return n >= 9 && memcmp(base - 9, "LICENSES/", 9) == 0 &&
	       (n == 9 || base[-10] == '/');
}

/* A "LicenseRef-" id: the prefix, then letters, digits, "." and "-". */
static int is_license_ref(const char *s, size_t n)
{
	size_t i;

	if (n <= 11 || strncmp(s, "LicenseRef-", 11) != 0)
		return 0;
	for (i = 11; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') ||
		      (s[i] >= 'A' && s[i] <= 'Z') ||
		      (s[i] >= '0' && s[i] <= '9') || s[i] == '.' ||
		      s[i] == '-'))
			return 0;
	return 1;
}

/* One candidate name s[0..n) as an id: 1 license, 2 exception, 0 none. */
static int name_as_id(const char *s, size_t n, char **out)
{
	const hdrcheck__spdx_entry *e;
	size_t i;
	int rc;

	*out = NULL;
	if (!n)
		return 0;
	for (i = 0; i < n; i++)
		if (s[i] == ' ' || s[i] == '\t' || s[i] == '(' || s[i] == ')')
			return 0;
	if (is_license_ref(s, n))
		return (*out = hdrcheck__strndup(s, n)) ? 1 : HDRCHECK_ENOMEM;
	if ((e = hdrcheck__catalogue_lookup(s, n, 1)) != NULL)
		return (*out = hdrcheck__strdup(e->id)) ? 2 : HDRCHECK_ENOMEM;
	/* a license id; "GPL-2.0+" and deprecated ids in normal form */
	if ((rc = hdrcheck__expr_normalize(out, s, n)) < 0)
		return rc;
	if (rc == 0 && !strchr(*out, ' '))
		return 1;
	free(*out);
	*out = NULL;
	return 0;
}

int hdrcheck__license_file_name_id(const char *path, char **out)
{
	const char *base = hdrcheck__path_basename(path);
	const char *dot = strrchr(base, '.');
	int rc;

	*out = NULL;
	/* "MIT.txt": the stem; "GPL-2.0": the whole name */
	if (dot && dot > base &&
	    (rc = name_as_id(base, (size_t)(dot - base), out)) != 0)
		return rc;
	return name_as_id(base, strlen(base), out);
}
