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
 * git's wildmatch (git/wildmatch.c), the one glob engine: the ignore
 * rules (scanner/ignore.c) call it directly, and the globs of the
 * configuration and --exclude (common/glob.c) are read through it.
 *
 * - "*" matches any run of characters, "?" any one, "[...]" one of a set
 *   ("[!...]" and "[^...]" negate, "a-z" ranges, "[:alpha:]" and git's
 *   other named classes, "\" escapes inside too); "\" makes the next
 *   character literal.
 * - With HDRCHECK__WILD_PATHNAME none of these matches a '/', and "**"
 *   spans directories, but only as a whole component ("**" + "/" at the
 *   start, "/" + "**" at the end, "/" + "**" + "/" inside, where it may
 *   also match no directory at all); elsewhere "**" is "*".
 * - ASCII only, whatever the locale, as git's.
 * - git's recursion and work have no bound; here, past a depth or a
 *   number of steps (milliseconds), the answer is no match.
 */

#include <string.h>
#include "common.h"

#define WM_CASEFOLD HDRCHECK__WILD_CASEFOLD
#define WM_PATHNAME HDRCHECK__WILD_PATHNAME

enum {
	WM_MATCH = 0,
	WM_NOMATCH = 1,
	WM_ABORT_ALL = -1,
	WM_ABORT_TO_STARSTAR = -2,
	WM_ABORT_DEPTH = -3 /* too deep: no match, and no other try */
};

/* git's wildmatch knows ASCII only, whatever the locale */
#define IN(c, a, b) ((c) >= (a) && (c) <= (b))
static int a_upper(unsigned char c)
{
	return IN(c, 'A', 'Z');
}
static int a_lower(unsigned char c)
{
	return IN(c, 'a', 'z');
}
static int a_digit(unsigned char c)
{
	return IN(c, '0', '9');
}
static int a_alpha(unsigned char c)
{
	return a_upper(c) || a_lower(c);
}
static int a_print(unsigned char c)
{
	return IN(c, 0x20, 0x7e);
}
static int a_punct(unsigned char c)
{
	return a_print(c) && c != ' ' && !a_alpha(c) && !a_digit(c);
}

static int is_special(unsigned char c)
{
	return c == '*' || c == '?' || c == '[' || c == '\\';
}

static unsigned char fold(unsigned char c, unsigned int flags)
{
	return (flags & WM_CASEFOLD) && a_upper(c) ? (unsigned char)(c + 32)
	                                           : c;
}

static int class_named(const unsigned char *s, size_t n, unsigned char c,
                       unsigned int flags, int *matched)
{
#define IS(name) (n == sizeof(name) - 1 && memcmp(s, name, n) == 0)
	if (IS("alnum"))
		*matched |= a_alpha(c) || a_digit(c);
	else if (IS("alpha"))
		*matched |= a_alpha(c);
	else if (IS("blank"))
		*matched |= c == ' ' || c == '\t';
	else if (IS("cntrl"))
		*matched |= c < 0x20 || c == 0x7f;
	else if (IS("digit"))
		*matched |= a_digit(c);
	else if (IS("graph"))
		*matched |= a_print(c) && c != ' ';
	else if (IS("lower"))
		*matched |= a_lower(c);
	else if (IS("print"))
		*matched |= a_print(c);
	else if (IS("punct"))
		*matched |= a_punct(c);
	else if (IS("space")) /* git's: no \v, no \f */
		*matched |= c == ' ' || c == '\t' || c == '\n' || c == '\r';
	else if (IS("upper"))
		*matched |= a_upper(c) || ((flags & WM_CASEFOLD) && a_lower(c));
	else if (IS("xdigit"))
		*matched |= a_digit(c) || IN(c, 'a', 'f') || IN(c, 'A', 'F');
	else
		return -1; /* not a class git knows: the pattern fails */
#undef IS
	return 0;
}

/* A "[...]" at *pp (past the '['), against t. */
static int match_class(const unsigned char **pp, unsigned char t,
                       unsigned int flags)
{
	const unsigned char *p = *pp;
	unsigned char c = *p, prev = 0;
	int negated, matched = 0;

	if (c == '^')
		c = '!';
	negated = c == '!';
	if (negated)
		c = *++p;
	do {
		if (!c)
			return WM_ABORT_ALL;
		if (c == '\\') {
			c = *++p;
			if (!c)
				return WM_ABORT_ALL;
			if (t == c)
				matched = 1;
		} else if (c == '-' && prev && p[1] && p[1] != ']') {
			c = *++p;
			if (c == '\\') {
				c = *++p;
				if (!c)
					return WM_ABORT_ALL;
			}
			if (t <= c && t >= prev)
				matched = 1;
			else if ((flags & WM_CASEFOLD) && a_lower(t)) {
				unsigned char up = (unsigned char)(t - 32);

				if (up <= c && up >= prev)
					matched = 1;
			}
			c = 0; /* no range starts here */
		} else if (c == '[' && p[1] == ':') {
			const unsigned char *s = p + 2, *e = s;

			while (*e && *e != ']')
				e++;
			if (!*e)
				return WM_ABORT_ALL;
			if (e - s < 1 || e[-1] != ':') {
				/* no ":]": a plain '[' in the set */
				c = '[';
				if (t == c)
					matched = 1;
			} else {
				if (class_named(s, (size_t)(e - s - 1), t,
				                flags, &matched) < 0)
					return WM_ABORT_ALL;
				p = e;
				c = 0;
			}
		} else if (t == c) {
			matched = 1;
		}
		prev = c;
		c = *++p;
	} while (c != ']');
	*pp = p;
	if (matched == negated || ((flags & WM_PATHNAME) && t == '/'))
		return WM_NOMATCH;
	return WM_MATCH;
}

/* git's recursion has no bound: a .gitignore line of "**" and "/" repeated
 * 100,000 times would overflow the stack. Past this depth, no match. */
#define WILD_DEPTH_MAX 4096
/* Nor has its work: each "**" may take any number of directories, so the
 * component "**" then "a" repeated, against a deep path of "a" components,
 * tries every split. Past this many steps (milliseconds), no match. */
#define WILD_STEPS_MAX 2000000

static int wild(const unsigned char *p, const unsigned char *text,
                unsigned int flags, unsigned int depth, size_t *steps)
{
	const unsigned char *start = p;
	unsigned char pc;

	if (depth > WILD_DEPTH_MAX || ++*steps > WILD_STEPS_MAX)
		return WM_ABORT_DEPTH;
	for (; (pc = *p) != '\0'; text++, p++) {
		unsigned char tc = *text;
		int r, match_slash;

		if (tc == '\0' && pc != '*')
			return WM_ABORT_ALL;
		tc = fold(tc, flags);
		pc = fold(pc, flags);
		switch (pc) {
		case '\\':
			pc = fold(*++p, flags);
			/* fall through */
		default:
			if (tc != pc)
				return WM_NOMATCH;
			continue;
		case '?':
			if ((flags & WM_PATHNAME) && tc == '/')
				return WM_NOMATCH;
			continue;
		case '[':
			p++;
			if ((r = match_class(&p, tc, flags)) != WM_MATCH)
				return r;
			continue;
		case '*':
			if (*++p == '*') {
				const unsigned char *before = p - 2;

				while (*++p == '*')
					;
				if (!(flags & WM_PATHNAME)) {
					match_slash = 1; /* "**" is "*" */
				} else if ((before < start || *before == '/') &&
				           (*p == '\0' || *p == '/' ||
				            (p[0] == '\\' && p[1] == '/'))) {
					/* "**" as a component: zero or more
					 * directories; two in a row are one.
					 * Out of text with none taken, taking
					 * some leaves less: stop there too. */
					while (p[0] == '/' && p[1] == '*' &&
					       p[2] == '*' && p[3] == '/')
						p += 3;
					if (p[0] == '/' &&
					    (r = wild(p + 1, text, flags,
					              depth + 1, steps)) !=
					        WM_NOMATCH &&
					    r != WM_ABORT_TO_STARSTAR)
						return r;
					match_slash = 1;
				} else {
					match_slash = 0;
				}
			} else {
				match_slash = (flags & WM_PATHNAME) ? 0 : 1;
			}
			if (*p == '\0') {
				if (!match_slash &&
				    strchr((const char *)text, '/'))
					return WM_NOMATCH;
				return WM_MATCH;
			}
			if (!match_slash && *p == '/') {
				/* one '*' then '/': the rest of this name */
				const char *slash =
				    strchr((const char *)text, '/');

				if (!slash)
					return WM_NOMATCH;
				text = (const unsigned char *)slash;
				break; /* the loop consumes the '/' */
			}
			for (;;) {
				if (tc == '\0')
					break;
				if (!is_special(*p)) {
					/* skip to the next place the literal
					 * after the '*' can start */
					unsigned char want = fold(*p, flags);

					while ((tc = *text) != '\0' &&
					       (match_slash || tc != '/')) {
						tc = fold(tc, flags);
						if (tc == want)
							break;
						text++;
					}
					if (tc != want)
						return WM_NOMATCH;
				}
				if (++*steps > WILD_STEPS_MAX)
					return WM_ABORT_DEPTH;
				if ((r = wild(p, text, flags, depth + 1,
				              steps)) != WM_NOMATCH) {
					if (!match_slash ||
					    r != WM_ABORT_TO_STARSTAR)
						return r;
				} else if (!match_slash && tc == '/') {
					return WM_ABORT_TO_STARSTAR;
				}
				tc = *++text;
			}
			return WM_ABORT_ALL;
		}
	}
	return *text ? WM_NOMATCH : WM_MATCH;
}

int hdrcheck__wildmatch(const char *pattern, const char *text,
                        unsigned int flags)
{
	unsigned int wm = (flags & HDRCHECK__WILD_CASEFOLD ? WM_CASEFOLD : 0) |
	                  (flags & HDRCHECK__WILD_PATHNAME ? WM_PATHNAME : 0);
	size_t steps = 0;

	return wild((const unsigned char *)pattern, (const unsigned char *)text,
	            wm, 0, &steps) == WM_MATCH;
}
