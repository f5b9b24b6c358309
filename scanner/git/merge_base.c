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
 * The merge base of two commits as git computes it, .git/shallow read:
 * the base of --changed-since. libgit2 serves the commits; nothing of the
 * scanner above is called.
 */

#include <git2.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "common.h"
#include "scanner/git/merge_base.h"

/*
 * git's paint-down: walk back from both commits, newest first, marking
 * each commit with the sides that reach it; a commit reached from both is
 * a common ancestor, and its own ancestors are stale. libgit2 1.5 does not
 * read .git/shallow, so in a shallow clone it walks into parents that are
 * not there and fails even when the merge base is present; here the
 * shallow commits are roots, as in git. A candidate that is an ancestor of
 * another is dropped; of several best ones, the newest wins.
 */

#define MB_SIDE1       0x1
#define MB_SIDE2       0x2
#define MB_STALE       0x4
#define MB_RESULT      0x8
#define MB_MAX_COMMITS (1u << 22)

typedef struct {
	git_oid id;
	git_time_t time;
	unsigned int flags;
	unsigned int parsed : 1;
	git_oid *parents;
	size_t nparents;
} mb_commit;

typedef struct {
	git_repository *repo;
	mb_commit *commits; /* open addressing by oid */
	size_t mask, used;
	size_t *heap; /* indices into commits, newest on top */
	size_t heap_len, heap_cap;
	git_oid *shallow;
	size_t shallow_count;
	size_t steps; /* commits taken from the heap, over every paint */
} mb_walk;

static size_t mb_hash(const git_oid *id)
{
	size_t h;

	memcpy(&h, id->id, sizeof(h));
	return h;
}

static int mb_grow(mb_walk *w)
{
	size_t cap = (w->mask + 1) * 2, i;
	mb_commit *old = w->commits, *next;

	if (cap > 2 * (size_t)MB_MAX_COMMITS)
		return hdrcheck__error_set(HDRCHECK_ELIMIT,
		                           "merge base: history too large");
	if (!(next = hdrcheck__calloc(cap, sizeof(*next))))
		return HDRCHECK_ENOMEM;
	for (i = 0; i <= w->mask; i++) {
		size_t k;

		if (!old[i].flags && !old[i].parsed)
			continue;
		for (k = mb_hash(&old[i].id) & (cap - 1);
		     next[k].flags || next[k].parsed; k = (k + 1) & (cap - 1))
			;
		next[k] = old[i];
	}
	/* heap indices point into the table: rebuild them */
	for (i = 0; i < w->heap_len; i++) {
		const git_oid *id = &old[w->heap[i]].id;
		size_t k;

		for (k = mb_hash(id) & (cap - 1);
		     !git_oid_equal(&next[k].id, id); k = (k + 1) & (cap - 1))
			;
		w->heap[i] = k;
	}
	free(old);
	w->commits = next;
	w->mask = cap - 1;
	return 0;
}

/* The slot of id, made when absent (flags 0 means "never seen": every
 * commit we keep has a side flag). */
static int mb_slot(mb_walk *w, const git_oid *id, size_t *out)
{
	size_t k;
	int error;

	if ((w->used + 1) * 2 > w->mask + 1 && (error = mb_grow(w)) < 0)
		return error;
	for (k = mb_hash(id) & w->mask;
	     (w->commits[k].flags || w->commits[k].parsed) &&
	     !git_oid_equal(&w->commits[k].id, id);
	     k = (k + 1) & w->mask)
		;
	if (!w->commits[k].flags && !w->commits[k].parsed) {
		w->commits[k].id = *id;
		w->used++;
	}
	*out = k;
	return 0;
}

static int mb_is_shallow(const mb_walk *w, const git_oid *id)
{
	size_t i;

	for (i = 0; i < w->shallow_count; i++)
		if (git_oid_equal(&w->shallow[i], id))
			return 1;
	return 0;
}

/* Time and parents; a shallow commit has none, and so has a parent that
 * is missing from a shallow clone. */
static int mb_parse(mb_walk *w, size_t k)
{
	mb_commit *c = &w->commits[k];
	git_commit *commit = NULL;
	size_t i, n;
	int rc;

	if (c->parsed)
		return 0;
	if ((rc = git_commit_lookup(&commit, w->repo, &c->id)) < 0) {
		git_error_clear();
		if (!w->shallow_count)
			return hdrcheck__error_set(
			    HDRCHECK_EREPO,
			    "merge base: commit %.12s is missing",
			    git_oid_tostr_s(&c->id));
		c->parsed = 1; /* past the shallow boundary */
		return 0;
	}
	c->time = git_commit_time(commit);
	n = mb_is_shallow(w, &c->id) ? 0 : git_commit_parentcount(commit);
	if (n && !(c->parents = hdrcheck__calloc(n, sizeof(git_oid)))) {
		git_commit_free(commit);
		return HDRCHECK_ENOMEM;
	}
	for (i = 0; i < n; i++)
		c->parents[i] = *git_commit_parent_id(commit, (unsigned int)i);
	c->nparents = n;
	c->parsed = 1;
	git_commit_free(commit);
	return 0;
}

static int mb_newer(const mb_walk *w, size_t a, size_t b)
{
	return w->commits[a].time > w->commits[b].time;
}

static int mb_push(mb_walk *w, size_t k)
{
	size_t i;

	if (w->heap_len == w->heap_cap) {
		size_t cap = w->heap_cap ? w->heap_cap * 2 : 64;
		size_t *h = hdrcheck__realloc(w->heap, cap * sizeof(*h));

		if (!h)
			return HDRCHECK_ENOMEM;
		w->heap = h;
		w->heap_cap = cap;
	}
	i = w->heap_len++;
	w->heap[i] = k;
	while (i && mb_newer(w, w->heap[i], w->heap[(i - 1) / 2])) {
		size_t p = (i - 1) / 2, t = w->heap[p];

		w->heap[p] = w->heap[i];
		w->heap[i] = t;
		i = p;
	}
	return 0;
}

static size_t mb_pop(mb_walk *w)
{
	size_t top = w->heap[0], i = 0;

	w->heap[0] = w->heap[--w->heap_len];
	for (;;) {
		size_t l = 2 * i + 1, r = l + 1, m = i, t;

		if (l < w->heap_len && mb_newer(w, w->heap[l], w->heap[m]))
			m = l;
		if (r < w->heap_len && mb_newer(w, w->heap[r], w->heap[m]))
			m = r;
		if (m == i)
			break;
		t = w->heap[m];
		w->heap[m] = w->heap[i];
		w->heap[i] = t;
		i = m;
	}
	return top;
}

static int mb_any_fresh(const mb_walk *w)
{
	size_t i;

	for (i = 0; i < w->heap_len; i++)
		if (!(w->commits[w->heap[i]].flags & MB_STALE))
			return 1;
	return 0;
}

static int mb_read_shallow(mb_walk *w)
{
	char *path =
	    hdrcheck__path_join(git_repository_commondir(w->repo), "shallow");
	FILE *f;
	char line[128];

	if (!path)
		return HDRCHECK_ENOMEM;
	f = fopen(path, "r");
	free(path);
	if (!f)
		return 0;
	while (fgets(line, sizeof(line), f)) {
		git_oid id, *p;

		if (strlen(line) < GIT_OID_HEXSZ ||
		    git_oid_fromstrn(&id, line, GIT_OID_HEXSZ) < 0)
			continue;
		if (!(p = hdrcheck__realloc(w->shallow, (w->shallow_count + 1) *
		                                            sizeof(*p)))) {
			fclose(f);
			return HDRCHECK_ENOMEM;
		}
		w->shallow = p;
		w->shallow[w->shallow_count++] = id;
	}
	fclose(f);
	git_error_clear();
	return 0;
}

/* Forget every mark, keeping what was parsed: the next paint starts
 * afresh. */
static void mb_clear(mb_walk *w)
{
	size_t i;

	for (i = 0; i <= w->mask; i++)
		w->commits[i].flags = 0;
	w->heap_len = 0;
}

/* A starting point of a paint, with its side. */
static int mb_start(mb_walk *w, const git_oid *id, unsigned int side)
{
	size_t k;
	int error;

	if ((error = mb_slot(w, id, &k)) < 0 || (error = mb_parse(w, k)) < 0)
		return error;
	if ((w->commits[k].flags & side) == side)
		return 0;
	w->commits[k].flags |= side;
	return mb_push(w, k);
}

/*
 * git's paint_down_to_common: from one (side 1) and twos (side 2), newest
 * first, until every commit left to visit is stale (below a common
 * ancestor); the common ancestors get MB_RESULT. Each commit is pushed
 * again only when it gains a side, so the walk is linear in the commits
 * it reaches.
 */
static int mb_paint(mb_walk *w, const git_oid *one, const git_oid *twos,
                    size_t ntwos)
{
	size_t i;
	int error;

	if ((error = mb_start(w, one, MB_SIDE1)) < 0)
		return error;
	for (i = 0; i < ntwos; i++)
		if ((error = mb_start(w, &twos[i], MB_SIDE2)) < 0)
			return error;
	while (w->heap_len && mb_any_fresh(w)) {
		size_t k = mb_pop(w), np;
		unsigned int flags;

		w->steps++;
		flags = w->commits[k].flags & (MB_SIDE1 | MB_SIDE2 | MB_STALE);
		const git_oid *parents;

		if ((flags & (MB_SIDE1 | MB_SIDE2)) == (MB_SIDE1 | MB_SIDE2)) {
			if (!(w->commits[k].flags & MB_STALE))
				w->commits[k].flags |= MB_RESULT;
			flags |= MB_STALE;
		}
		/* copied: mb_slot may move the table (parents stay put) */
		parents = w->commits[k].parents;
		np = w->commits[k].nparents;
		for (i = 0; i < np; i++) {
			git_oid pid = parents[i];
			size_t pk;

			if ((error = mb_slot(w, &pid, &pk)) < 0)
				return error;
			if ((w->commits[pk].flags & flags) == flags)
				continue;
			if ((error = mb_parse(w, pk)) < 0)
				return error;
			w->commits[pk].flags |= flags;
			if ((error = mb_push(w, pk)) < 0)
				return error;
		}
	}
	return 0;
}

/* The flags the last paint left on id. */
static unsigned int mb_flags(mb_walk *w, const git_oid *id)
{
	size_t k;

	for (k = mb_hash(id) & w->mask;
	     w->commits[k].flags || w->commits[k].parsed; k = (k + 1) & w->mask)
		if (git_oid_equal(&w->commits[k].id, id))
			return w->commits[k].flags;
	return 0;
}

typedef struct {
	git_oid id;
	git_time_t time;
} mb_result;

int hdrcheck__merge_base(git_oid *out, git_repository *repo, const git_oid *a,
                         const git_oid *b)
{
	return hdrcheck__merge_base_steps(out, repo, a, b, NULL);
}

int hdrcheck__merge_base_steps(git_oid *out, git_repository *repo,
                               const git_oid *a, const git_oid *b,
                               size_t *steps)
{
	mb_walk w;
	mb_result *results = NULL;
	git_oid *others = NULL;
	unsigned char *redundant = NULL;
	size_t i, j, best = SIZE_MAX, n = 0;
	int error = 0;

	memset(&w, 0, sizeof(w));
	w.repo = repo;
	w.mask = 255;
	if (!(w.commits = hdrcheck__calloc(w.mask + 1, sizeof(*w.commits))) ||
	    (error = mb_read_shallow(&w)) < 0 ||
	    (error = mb_paint(&w, a, b, 1)) < 0) {
		error = error ? error : HDRCHECK_ENOMEM;
		goto done;
	}
	for (i = 0; i <= w.mask; i++)
		n += (w.commits[i].flags & MB_RESULT) != 0;
	if (!n) {
		error = HDRCHECK_ENOTFOUND;
		goto done;
	}
	/* ids, not slots: the table may still move */
	if (!(results = hdrcheck__calloc(n, sizeof(*results)))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	for (i = 0, n = 0; i <= w.mask; i++)
		if (w.commits[i].flags & MB_RESULT) {
			results[n].id = w.commits[i].id;
			results[n++].time = w.commits[i].time;
		}
	/*
	 * The best: not an ancestor of another (git's remove_redundant: a
	 * paint from each candidate against the others, each walk stopping
	 * where everything left is common, so n candidates cost n walks and
	 * not n * n), then the newest of those.
	 */
	if (n > 1 && !(redundant = hdrcheck__calloc(n, 1))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	if (n > 1 && !(others = hdrcheck__calloc(n, sizeof(*others)))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	for (i = 0; i < n && n > 1; i++) {
		size_t m = 0;

		if (redundant[i])
			continue;
		for (j = 0; j < n; j++)
			if (j != i && !redundant[j])
				others[m++] = results[j].id;
		mb_clear(&w);
		if ((error = mb_paint(&w, &results[i].id, others, m)) < 0)
			goto done;
		if (mb_flags(&w, &results[i].id) & MB_SIDE2)
			redundant[i] = 1;
		for (j = 0; j < n; j++)
			if (j != i && !redundant[j] &&
			    (mb_flags(&w, &results[j].id) & MB_SIDE1))
				redundant[j] = 1;
	}
	for (i = 0; i < n; i++)
		if ((!redundant || !redundant[i]) &&
		    (best == SIZE_MAX || results[i].time > results[best].time ||
		     (results[i].time == results[best].time &&
		      git_oid_cmp(&results[i].id, &results[best].id) < 0)))
			best = i;
	*out = results[best].id;
	if (steps)
		*steps = w.steps;
done:
	if (w.commits)
		for (i = 0; i <= w.mask; i++)
			free(w.commits[i].parents);
	free(w.commits);
	free(w.heap);
	free(w.shallow);
	free(results);
	free(others);
	free(redundant);
	return error;
}
