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
 * The dry run's unified diff. A fix changes one stretch of a file (a
 * header inserted or one block replaced), so the diff is one hunk: the
 * lines both versions share at the start and at the end are context, the
 * rest is removed and added. Lines are compared with their line ending,
 * so CRLF files diff (and apply) as they are.
 */

#include <stdlib.h>
#include <string.h>
#include "fixer/fixer.h"

#define CONTEXT 3

typedef struct {
	const char *p;
	size_t len; /* with its '\n', when it has one */
} line;

static int split(line **out, size_t *count, const char *s, size_t n)
{
	size_t i = 0, k = 0, cap = 0;
	line *v = NULL;

	for (i = 0; i < n; i++)
		cap += s[i] == '\n';
	cap++;
	if (!(v = hdrcheck__calloc(cap, sizeof(*v))))
		return HDRCHECK_ENOMEM;
	for (i = 0; i < n;) {
		const char *nl = memchr(s + i, '\n', n - i);
		size_t e = nl ? (size_t)(nl - s) + 1 : n;

		v[k].p = s + i;
		v[k].len = e - i;
		k++;
		i = e;
	}
	*out = v;
	*count = k;
	return 0;
}

static int same(const line *a, const line *b)
{
	return a->len == b->len && memcmp(a->p, b->p, a->len) == 0;
}

/* "a/path", quoted as git quotes names with special bytes. */
static int put_name(hdrcheck_buf *out, const char *prefix, const char *path)
{
	const unsigned char *p;
	int quote = 0, error = 0;

	for (p = (const unsigned char *)path; *p; p++)
		if (*p < 0x20 || *p >= 0x7f || *p == '"' || *p == '\\')
			quote = 1;
	if (!quote)
		return hdrcheck__buf_printf(out, "%s%s", prefix, path);
	if ((error = hdrcheck__buf_printf(out, "\"%s", prefix)) < 0)
		return error;
	for (p = (const unsigned char *)path; *p && error >= 0; p++) {
		static const char esc[] = "\a\b\t\n\v\f\r";
		static const char name[] = "abtnvfr";
		const char *e = *p ? strchr(esc, *p) : NULL;

		if (e)
			error =
			    hdrcheck__buf_printf(out, "\\%c", name[e - esc]);
		else if (*p == '"' || *p == '\\')
			error = hdrcheck__buf_printf(out, "\\%c", *p);
		else if (*p < 0x20 || *p >= 0x7f)
			error = hdrcheck__buf_printf(out, "\\%03o", *p);
		else
			error = hdrcheck__buf_put(out, (const char *)p, 1);
	}
	return error < 0 ? error : hdrcheck__buf_puts(out, "\"");
}

static int put_line(hdrcheck_buf *out, char mark, const line *l)
{
	int error;

	if ((error = hdrcheck__buf_put(out, &mark, 1)) < 0 ||
	    (error = hdrcheck__buf_put(out, l->p, l->len)) < 0)
		return error;
	if (l->len && l->p[l->len - 1] == '\n')
		return 0;
	return hdrcheck__buf_puts(out, "\n\\ No newline at end of file\n");
}

/* "-start,count" as diff writes it: an empty range names the line
 * before it. */
static int put_range(hdrcheck_buf *out, char sign, size_t start, size_t count)
{
	return hdrcheck__buf_printf(out, "%c%zu,%zu", sign,
	                            count ? start + 1 : start, count);
}

int hdrcheck__fix_diff(hdrcheck_buf *out, const char *path, const char *a,
                       size_t alen, const char *b, size_t blen)
{
	line *la = NULL, *lb = NULL;
	size_t na = 0, nb = 0, pre = 0, suf = 0, before, after, i;
	int error = 0;

	if (alen == blen && memcmp(a, b, alen) == 0)
		return 0;
	if ((error = split(&la, &na, a, alen)) < 0 ||
	    (error = split(&lb, &nb, b, blen)) < 0)
		goto done;
	while (pre < na && pre < nb && same(&la[pre], &lb[pre]))
		pre++;
	while (suf < na - pre && suf < nb - pre &&
	       same(&la[na - 1 - suf], &lb[nb - 1 - suf]))
		suf++;
	before = pre < CONTEXT ? pre : CONTEXT;
	after = suf < CONTEXT ? suf : CONTEXT;

	if ((error = hdrcheck__buf_puts(out, "diff --git ")) < 0 ||
	    (error = put_name(out, "a/", path)) < 0 ||
	    (error = hdrcheck__buf_puts(out, " ")) < 0 ||
	    (error = put_name(out, "b/", path)) < 0 ||
	    (error = hdrcheck__buf_puts(out, "\n--- ")) < 0 ||
	    (error = put_name(out, "a/", path)) < 0 ||
	    (error = hdrcheck__buf_puts(out, "\n+++ ")) < 0 ||
	    (error = put_name(out, "b/", path)) < 0 ||
	    (error = hdrcheck__buf_puts(out, "\n@@ ")) < 0 ||
	    (error = put_range(out, '-', pre - before,
	                       before + (na - pre - suf) + after)) < 0 ||
	    (error = hdrcheck__buf_puts(out, " ")) < 0 ||
	    (error = put_range(out, '+', pre - before,
	                       before + (nb - pre - suf) + after)) < 0 ||
	    (error = hdrcheck__buf_puts(out, " @@\n")) < 0)
		goto done;
	for (i = pre - before; i < pre && error >= 0; i++)
		error = put_line(out, ' ', &la[i]);
	for (i = pre; i < na - suf && error >= 0; i++)
		error = put_line(out, '-', &la[i]);
	for (i = pre; i < nb - suf && error >= 0; i++)
		error = put_line(out, '+', &lb[i]);
	for (i = na - suf; i < na - suf + after && error >= 0; i++)
		error = put_line(out, ' ', &la[i]);
done:
	free(la);
	free(lb);
	return error;
}
