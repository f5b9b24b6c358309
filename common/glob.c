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
 * The globs of the configuration (paths, exclude, waivers) and of
 * --exclude, read gitignore-style through git's wildmatch
 * (common/wildmatch.c), the one glob engine: a pattern without a '/'
 * (other than a trailing one) matches a file or directory of that name
 * anywhere; one with a '/', or a leading one, is anchored at the root;
 * either matches everything under a matching directory too; a trailing
 * '/' matches directories only (a leading directory of the path).
 *
 * Each comes down to one or two wildmatch calls on the whole path: the
 * pattern P as "**" "/" P when it is not anchored (a name at any depth),
 * and P + "/" "**" for "a leading directory matches" (every depth in one
 * pass; one match per leading directory was quadratic in the depth).
 */

#include <string.h>
#include "common.h"

#define GLOB_MAX 4096

const char *hdrcheck__glob_class_end(const char *p)
{
	/* as wildmatch reads it: a leading ']' (after a '!' or '^') is a
	 * member, "\\" escapes, "[:name:]" is one member */
	p++;
	if (*p == '!' || *p == '^')
		p++;
	do {
		if (!*p)
			return NULL;
		if (*p == '\\') {
			if (!*++p)
				return NULL;
		} else if (p[0] == '[' && p[1] == ':') {
			const char *e = p + 2;

			while (*e && *e != ']')
				e++;
			if (!*e)
				return NULL;
			if (e - p > 2 && e[-1] == ':')
				p = e;
		}
		p++;
	} while (*p != ']');
	return p + 1;
}

/* No wildcard, no escape: a name or a path to compare. */
static int plain(const char *p, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (p[i] == '*' || p[i] == '?' || p[i] == '[' || p[i] == '\\')
			return 0;
	return 1;
}

/* What wildmatch would answer for a plain pattern p[0..n). */
static int plain_match(const char *p, size_t n, int anchored, int dir_only,
                       const char *path)
{
	const char *c = path, *end;

	if (anchored) /* the path, or a leading directory of it */
		return strncmp(path, p, n) == 0 &&
		       (path[n] == '/' || (!dir_only && path[n] == '\0'));
	for (;;) { /* a component of that name, a leaf only if allowed */
		end = strchr(c, '/');
		if ((size_t)(end ? end - c : (ptrdiff_t)strlen(c)) == n &&
		    memcmp(c, p, n) == 0 && (end || !dir_only))
			return 1;
		if (!end)
			return 0;
		c = end + 1;
	}
}

int hdrcheck__glob_match(const char *pattern, const char *path)
{
	/* "**" "/", the pattern (each '[' perhaps escaped), an escape,
	 * "/" "*" "/" "**" and the NUL */
	char buf[3 + 2 * GLOB_MAX + 1 + 5 + 1];
	size_t n = strlen(pattern), at = 0, k;
	const char *p = pattern;
	int dir_only = 0, anchored = 0;

	if (n == 0 || n >= GLOB_MAX)
		return 0;
	/* the default policy's "**" is asked about every file */
	if (n == 2 && p[0] == '*' && p[1] == '*')
		return 1;
	if (p[n - 1] == '/') {
		dir_only = 1;
		n--;
	}
	if (n && *p == '/') {
		anchored = 1;
		p++;
		n--;
	}
	if (n == 0)
		return 0;
	if (memchr(p, '/', n))
		anchored = 1;
	if (plain(p, n))
		return plain_match(p, n, anchored, dir_only, path);
	if (!anchored) {
		memcpy(buf, "**/", 3);
		at = 3;
	}
	/* an unterminated "[" is a literal one (wildmatch would never
	 * match): the meaning hdrcheck gave it before */
	for (k = 0; k < n; k++) {
		const char *end;

		if (p[k] == '\\' && k + 1 < n) {
			buf[at++] = p[k++];
		} else if (p[k] == '[') {
			if (!(end = hdrcheck__glob_class_end(p + k)) ||
			    end > p + n) {
				buf[at++] = '\\';
			} else {
				memcpy(buf + at, p + k,
				       (size_t)(end - (p + k)));
				at += (size_t)(end - (p + k));
				k = (size_t)(end - p) - 1;
				continue;
			}
		}
		buf[at++] = p[k];
	}
	/* a trailing unpaired '\' is a literal one (git's wildmatch would
	 * never match it): the meaning hdrcheck gave it before */
	for (k = 0; k < n && p[n - 1 - k] == '\\'; k++)
		;
	if (k % 2)
		buf[at++] = '\\';
	buf[at] = '\0';
	if (!dir_only &&
	    hdrcheck__wildmatch(buf, path, HDRCHECK__WILD_PATHNAME))
		return 1;
	/* a leading directory: "/" "**" after it; after a "**" that ends
	 * the pattern, a whole component first (a directory is never all
	 * of the path) */
	for (k = at; k && buf[k - 1] == '*'; k--)
		;
	if (at - k >= 2 && (k == 0 || buf[k - 1] == '/'))
		memcpy(buf + at, "/*/**", 6);
	else
		memcpy(buf + at, "/**", 4);
	return hdrcheck__wildmatch(buf, path, HDRCHECK__WILD_PATHNAME);
}
