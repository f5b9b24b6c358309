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
 * git's ignore rules (gitignore(5)), one file's worth at a time, for the
 * walk for untracked files (scanner/sources/untracked.c), which keeps one list
 * per directory on its way down and asks each path once.
 *
 * libgit2's git_ignore_path_is_ignored() rebuilds the stack of every
 * parent's .gitignore for every question, stat'ing each, and then tests
 * every level of the path: an untracked tree 1,000 directories deep took
 * seconds. The rules here are git's own (dir.c), where libgit2 differs:
 *
 * - a line: CR before the newline, trailing unescaped spaces and a
 *   leading UTF-8 BOM dropped; "#" comments; "!" negates; "\" escapes;
 * - a pattern without a slash (but a trailing one) matches the name at
 *   any depth below the file's directory; with one, the path relative to
 *   that directory (a leading "/" only anchors); a trailing "/" matches
 *   directories only;
 * - wildcards as git's wildmatch (common/wildmatch.c): "*" and "?" and
 *   classes stop at "/" in paths, "**" spans directories only as a
 *   whole component;
 * - in a list, the last matching line decides.
 * Which list wins, and that nothing under an excluded directory can be
 * re-included, is the walk's business.
 */

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "scanner/git/ignore.h"

#define RULE_NEGATIVE  0x1
#define RULE_MUSTBEDIR 0x2
#define RULE_NODIR     0x4 /* no slash: matches the name */
#define RULE_ENDSWITH  0x8 /* "*literal" */

typedef struct {
	size_t off;     /* of the pattern in names, NUL-terminated */
	size_t len;     /* without the trailing '/' of a directory rule */
	size_t literal; /* bytes before the first wildcard */
	/* a name rule "*lit..." (not "*lit"): lit must occur in the name,
	 * a quick test before wildmatch */
	size_t inner_off, inner_len;
	/* a path rule without "**" or "[": the path below the base has as
	 * many '/' as the pattern (nothing else matches one) */
	int slashes; /* or -1: any */
	unsigned int flags;
} rule;

struct hdrcheck__ignore_list {
	char *base; /* "" or "dir/" */
	size_t base_len, base_slashes;
	rule *rules;
	size_t count;
	hdrcheck_buf names;
	/* The rules by the byte their match must end with (a pattern that
	 * ends in a plain character), and the others: a path is tried
	 * against those of its last byte and the others only. Indices into
	 * rules, ascending; by[c] is [start[c], start[c + 1]). */
	size_t *by, start[257];
	size_t *others, others_count;
};

/* --- one file's rules --- */

/* A character that wildmatch reads as more than itself. */
static int is_special(unsigned char c)
{
	return c == '*' || c == '?' || c == '[' || c == '\\';
}

/* git's trim_trailing_spaces(): unescaped trailing spaces go. */
static size_t trim_spaces(const char *s, size_t n)
{
	size_t i, end = n;
	int in_space = 0;

	for (i = 0; i < n; i++) {
		if (s[i] == ' ') {
			if (!in_space) {
				in_space = 1;
				end = i;
			}
			continue;
		}
		if (s[i] == '\\' && ++i >= n)
			return n; /* a lone trailing backslash: keep all */
		in_space = 0;
		end = n;
	}
	return in_space ? end : n;
}

static int add_rule(hdrcheck__ignore_list *l, const char *s, size_t n)
{
	rule r;
	size_t i;
	int error;

	memset(&r, 0, sizeof(r));
	if (n && s[0] == '!') {
		r.flags |= RULE_NEGATIVE;
		s++;
		n--;
	}
	if (n && s[n - 1] == '/') {
		r.flags |= RULE_MUSTBEDIR;
		n--;
	}
	if (!n)
		return 0; /* "", "!" or "/": matches nothing */
	if (!memchr(s, '/', n))
		r.flags |= RULE_NODIR;
	for (i = 0; i < n && !is_special((unsigned char)s[i]); i++)
		;
	r.literal = i;
	if (s[0] == '*') {
		size_t k;

		for (k = 1; k < n && s[k] == '*'; k++)
			;
		for (i = k; i < n && !is_special((unsigned char)s[i]); i++)
			;
		if (i == n && k == 1)
			r.flags |= RULE_ENDSWITH;
		r.inner_off = l->names.len + k;
		r.inner_len = i - k;
	}
	r.slashes = -1;
	if (!(r.flags & RULE_NODIR) && !memchr(s, '[', n)) {
		size_t k = s[0] == '/' ? 1 : 0;
		int slashes = 0, starstar = 0;

		for (i = k; i < n; i++) {
			slashes += s[i] == '/';
			starstar |= s[i] == '*' && i + 1 < n && s[i + 1] == '*';
		}
		if (!starstar)
			r.slashes = slashes;
	}
	r.off = l->names.len;
	r.len = n;
	if ((error = hdrcheck__buf_put(&l->names, s, n)) < 0 ||
	    (error = hdrcheck__buf_put(&l->names, "", 1)) < 0)
		return error;
	if (!(l->count & (l->count + 1))) { /* 0, 1, 3, 7...: grow */
		rule *p = hdrcheck__realloc(l->rules,
		                            (l->count * 2 + 2) * sizeof(*p));

		if (!p)
			return HDRCHECK_ENOMEM;
		l->rules = p;
	}
	l->rules[l->count++] = r;
	return 0;
}

/* The byte a match of r must end with, or -1 when it may end with any. */
static int last_byte(const hdrcheck__ignore_list *l, const rule *r)
{
	const char *pat = l->names.ptr + r->off;
	unsigned char c = (unsigned char)pat[r->len - 1];

	if (is_special(c) || c == ']' ||
	    (r->len > 1 && pat[r->len - 2] == '\\'))
		return -1;
	return c;
}

static int index_rules(hdrcheck__ignore_list *l)
{
	size_t i, fill[256];

	memset(l->start, 0, sizeof(l->start));
	if (!l->count)
		return 0;
	if (!(l->by = hdrcheck__calloc(l->count, sizeof(*l->by))) ||
	    !(l->others = hdrcheck__calloc(l->count, sizeof(*l->others))))
		return HDRCHECK_ENOMEM;
	for (i = 0; i < l->count; i++) {
		int c = last_byte(l, &l->rules[i]);

		if (c >= 0)
			l->start[c + 1]++;
	}
	for (i = 0; i < 256; i++) {
		l->start[i + 1] += l->start[i];
		fill[i] = l->start[i];
	}
	for (i = 0; i < l->count; i++) {
		int c = last_byte(l, &l->rules[i]);

		if (c >= 0)
			l->by[fill[c]++] = i;
		else
			l->others[l->others_count++] = i;
	}
	return 0;
}

int hdrcheck__ignore_list_parse(hdrcheck__ignore_list **out, const char *base,
                                const char *text, size_t len)
{
	hdrcheck__ignore_list *l = NULL;
	size_t i = 0;
	int error = 0;

	*out = NULL;
	if (!(l = hdrcheck__calloc(1, sizeof(*l))) ||
	    !(l->base = hdrcheck__strdup(base ? base : ""))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	l->base_len = strlen(l->base);
	for (i = 0; i < l->base_len; i++)
		l->base_slashes += l->base[i] == '/';
	i = 0;
	if (len >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0)
		i = 3;
	while (i < len) {
		const char *line = text + i, *nl = memchr(line, '\n', len - i);
		size_t n = nl ? (size_t)(nl - line) : len - i;

		i += n + (nl != NULL);
		if (!n || line[0] == '#')
			continue;
		if (line[n - 1] == '\r')
			n--;
		if ((error = add_rule(l, line, trim_spaces(line, n))) < 0)
			goto done;
	}
	if ((error = index_rules(l)) < 0)
		goto done;
	*out = l;
	l = NULL;
done:
	hdrcheck__ignore_list_free(l);
	return error;
}

void hdrcheck__ignore_list_free(hdrcheck__ignore_list *l)
{
	if (!l)
		return;
	free(l->base);
	free(l->rules);
	free(l->by);
	free(l->others);
	hdrcheck__buf_dispose(&l->names);
	free(l);
}

static inline int same(const char *a, const char *b, size_t n, int icase)
{
	if (icase)
		return strncasecmp(a, b, n) == 0;
	/* most rules fail on the first byte: no call for those */
	return !n || (a[0] == b[0] && memcmp(a + 1, b + 1, n - 1) == 0);
}

/* Does the name hold lit (n bytes) somewhere? */
static int holds(const char *name, size_t len, const char *lit, size_t n)
{
	const char *p = name, *end = name + len;

	while ((size_t)(end - p) >= n &&
	       (p = memchr(p, lit[0], (size_t)(end - p) - n + 1)) != NULL) {
		if (memcmp(p, lit, n) == 0)
			return 1;
		p++;
	}
	return 0;
}

/* git's match_basename(). */
static int match_name(const hdrcheck__ignore_list *l, const rule *r,
                      const char *pat, const char *name, size_t n, int icase)
{
	if (r->literal == r->len)
		return r->len == n && same(pat, name, n, icase);
	if (r->flags & RULE_ENDSWITH)
		return r->len - 1 <= n && same(pat + 1, name + n - (r->len - 1),
		                               r->len - 1, icase);
	/* what wildmatch needs at least: the literal start, or the literal
	 * after a leading '*' somewhere */
	if (r->literal &&
	    (r->literal > n || !same(pat, name, r->literal, icase)))
		return 0;
	if (r->inner_len && !icase &&
	    !holds(name, n, l->names.ptr + r->inner_off, r->inner_len))
		return 0;
	return hdrcheck__wildmatch(pat, name,
	                           icase ? HDRCHECK__WILD_CASEFOLD : 0);
}

/* git's match_pathname(): pat relative to the list's directory. */
static int match_path(const hdrcheck__ignore_list *l, const rule *r,
                      const char *pat, const char *path, size_t len, int icase)
{
	size_t plen = r->len, literal = r->literal, blen = l->base_len;
	const char *name;
	size_t nlen;

	if (*pat == '/') {
		pat++;
		plen--;
		literal = literal ? literal - 1 : 0;
	}
	/* the base without its '/': the path must lie under it */
	if (blen && (len < blen || !same(path, l->base, blen, icase)))
		return 0;
	name = path + blen;
	nlen = len - blen;
	if (literal) {
		if (literal > nlen || !same(pat, name, literal, icase))
			return 0;
		pat += literal;
		plen -= literal;
		name += literal;
		nlen -= literal;
		if (!plen && !nlen)
			return 1;
	}
	return hdrcheck__wildmatch(pat, name,
	                           HDRCHECK__WILD_PATHNAME |
	                               (icase ? HDRCHECK__WILD_CASEFOLD : 0));
}

static int try_rule(const hdrcheck__ignore_list *l, size_t i, const char *path,
                    size_t len, const char *name, size_t nlen, int is_dir,
                    int icase, size_t slashes)
{
	const rule *r = &l->rules[i];
	const char *pat = l->names.ptr + r->off;

	if ((r->flags & RULE_MUSTBEDIR) && !is_dir)
		return 0;
	if (r->slashes >= 0 && (size_t)r->slashes + l->base_slashes != slashes)
		return 0;
	if (!((r->flags & RULE_NODIR)
	          ? match_name(l, r, pat, name, nlen, icase)
	          : match_path(l, r, pat, path, len, icase)))
		return 0;
	return (r->flags & RULE_NEGATIVE) ? -1 : 1;
}

int hdrcheck__ignore_list_match(const hdrcheck__ignore_list *l,
                                const char *path, size_t len, int is_dir,
                                int icase)
{
	const char *name = path + len;
	size_t nlen, i, a, b, lo, slashes = 0;
	int r;

	while (name > path && name[-1] != '/')
		name--;
	nlen = len - (size_t)(name - path);
	for (i = 0; i < len; i++)
		slashes += path[i] == '/';
	if (icase || !len) {
		/* the last byte may differ in case: every rule */
		for (i = l->count; i-- > 0;)
			if ((r = try_rule(l, i, path, len, name, nlen, is_dir,
			                  icase, slashes)) != 0)
				return r;
		return 0;
	}
	/* the last matching rule: merge the rules ending with this path's
	 * last byte and the others, from the end */
	lo = l->start[(unsigned char)path[len - 1]];
	a = l->start[(unsigned char)path[len - 1] + 1];
	b = l->others_count;
	while (a > lo || b > 0) {
		if (b == 0 || (a > lo && l->by[a - 1] > l->others[b - 1]))
			i = l->by[--a];
		else
			i = l->others[--b];
		if ((r = try_rule(l, i, path, len, name, nlen, is_dir, 0,
		                  slashes)) != 0)
			return r;
	}
	return 0;
}
