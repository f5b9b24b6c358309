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

#include <string.h>
#include "common.h"

/* Match a "[...]" class at *pp against c; advances *pp past it. */
static int match_class(const char **pp, char c, int *ok)
{
	const char *p = *pp + 1;
	int negate = 0, matched = 0;

	if (*p == '!' || *p == '^') {
		negate = 1;
		p++;
	}
	if (*p == ']') { /* a leading ']' is literal */
		matched |= (c == ']');
		p++;
	}
	while (*p && *p != ']') {
		if (p[1] == '-' && p[2] && p[2] != ']') {
			matched |= (c >= p[0] && c <= p[2]);
			p += 3;
		} else {
			matched |= (c == *p);
			p++;
		}
	}
	if (*p != ']') { /* unterminated: treat '[' literally */
		*ok = (c == '[');
		*pp = *pp + 1;
		return 0;
	}
	*pp = p + 1;
	*ok = (matched != negate) && c != '/';
	return 0;
}

/*
 * What the recursive matcher returns. Besides match and no match, as in
 * git's wildmatch, a failure that ran out of text aborts every '*' above
 * it (starting them later leaves even less text), and a '*' that reached
 * a '/' aborts up to the nearest "**" (only that can cross it). Without
 * these, a pattern from the scanned repository's configuration such as
 * "*a*a*a*a*a*a*a*a*a*a*a*a*b" took exponential time on a long name.
 */
enum {
	GLOB_NOMATCH = 0,
	GLOB_MATCH = 1,
	GLOB_ABORT_ALL = -1,
	GLOB_ABORT_TO_STARSTAR = -2
};

/* Where a match may end in s: at its end, and (for a pattern that also
 * matches the leading directories of a path) at a '/'. One pass then
 * answers for the path and all its leading directories at once. */
enum { GLOB_END_NUL = 1, GLOB_END_SLASH = 2 };

/* The abort rules do not bound "**" followed by a literal component,
 * repeated ("**" "a" "**" "a" ... against a deep path of "a"): each "**"
 * may take any number of directories. Past this many steps of one match
 * (milliseconds), the answer is no match. */
#define GLOB_STEPS_MAX 2000000

/* Recursive matcher; depth is bounded by the pattern's '*' count. */
static int match(const char *base, const char *p, const char *s, int ends,
                 size_t *steps)
{
	int r;

	if (++*steps > GLOB_STEPS_MAX)
		return GLOB_ABORT_ALL;

	while (*p) {
		/* "**" is a globstar only as a whole component */
		if (p[0] == '*' && p[1] == '*' && (p == base || p[-1] == '/') &&
		    (p[2] == '/' || p[2] == '\0')) {
			const char *rest = p[2] ? p + 3 : p + 2;

			/* the rest of the path, or (a leading directory)
			 * up to a later '/' */
			if (!*rest)
				return (ends & GLOB_END_NUL) ||
				               ((ends & GLOB_END_SLASH) &&
				                strchr(s, '/'))
				           ? GLOB_MATCH
				           : GLOB_NOMATCH;
			/* "**" matches zero or more whole components */
			for (;;) {
				r = match(base, rest, s, ends, steps);
				if (r == GLOB_MATCH || r == GLOB_ABORT_ALL)
					return r;
				s = strchr(s, '/');
				if (!s)
					return GLOB_ABORT_ALL;
				s++;
			}
		}
		if (*p == '*') {
			while (*p == '*')
				p++;
			for (;;) {
				r = match(base, p, s, ends, steps);
				if (r != GLOB_NOMATCH)
					return r;
				if (!*s)
					return GLOB_ABORT_ALL;
				if (*s == '/')
					return GLOB_ABORT_TO_STARSTAR;
				s++;
			}
		}
		if (!*s)
			return GLOB_ABORT_ALL;
		if (*p == '?') {
			if (*s == '/')
				return GLOB_NOMATCH;
			p++;
			s++;
			continue;
		}
		if (*p == '[') {
			int ok = 0;

			match_class(&p, *s, &ok);
			if (!ok)
				return GLOB_NOMATCH;
			s++;
			continue;
		}
		if (*p == '\\' && p[1])
			p++;
		if (*p != *s)
			return GLOB_NOMATCH;
		p++;
		s++;
	}
	if (*s == '\0')
		return (ends & GLOB_END_NUL) ? GLOB_MATCH : GLOB_NOMATCH;
	return *s == '/' && (ends & GLOB_END_SLASH) ? GLOB_MATCH : GLOB_NOMATCH;
}

int hdrcheck__glob_match(const char *pattern, const char *path)
{
	char buf[4096];
	size_t n = strlen(pattern);
	const char *slash;
	int dir_only = 0;
	size_t steps = 0;

	if (n == 0 || n >= sizeof(buf))
		return 0;
	memcpy(buf, pattern, n + 1);
	if (buf[n - 1] == '/') {
		buf[--n] = '\0';
		dir_only = 1;
	}
	if (buf[0] == '/')
		memmove(buf, buf + 1, n--);
	slash = strchr(pattern[0] == '/' ? pattern + 1 : pattern, '/');
	if (slash && slash[1] == '\0')
		slash = NULL; /* only a trailing '/' */

	if (!slash && pattern[0] != '/') {
		/* match any component (a file's base name or a parent dir) */
		const char *c = path;

		for (;;) {
			const char *end = strchr(c, '/');
			size_t len = end ? (size_t)(end - c) : strlen(c);
			char comp[4096];

			if (len < sizeof(comp)) {
				memcpy(comp, c, len);
				comp[len] = '\0';
				/* a dir-only pattern cannot match the leaf */
				if ((end || !dir_only) &&
				    match(buf, buf, comp, GLOB_END_NUL,
				          &steps) == GLOB_MATCH)
					return 1;
			}
			if (!end)
				return 0;
			c = end + 1;
		}
	}

	/* anchored: the path itself or any leading directory of it, in one
	 * pass (one match per leading directory was quadratic in the depth) */
	return match(buf, buf, path,
	             GLOB_END_SLASH | (dir_only ? 0 : GLOB_END_NUL),
	             &steps) == GLOB_MATCH;
}
