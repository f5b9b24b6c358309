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

/* Helpers shared by the report writers: write errors, escaping, holders,
 * dates. */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "common.h"
#include "reports/reports.h"

int hdrcheck__report_write_failed(int errnum)
{
	return errnum ? hdrcheck__error_set(HDRCHECK_EIO,
	                                    "cannot write the report: %s",
	                                    strerror(errnum))
	              : hdrcheck__error_set(HDRCHECK_EIO,
	                                    "cannot write the report");
}

size_t hdrcheck__report_archive_count(const hdrcheck_archive_diff *d)
{
	return d ? d->only_in_archive_count + d->only_in_rev_count +
	               d->modified_count
	         : 0;
}

const char *
hdrcheck__report_archive_item(const hdrcheck_archive_diff *d, size_t i,
                              const char **kind,
                              const hdrcheck_archive_change **change)
{
	*change = NULL;
	if (i < d->only_in_archive_count) {
		*kind = "only_in_archive";
		return d->only_in_archive[i];
	}
	i -= d->only_in_archive_count;
	if (i < d->only_in_rev_count) {
		*kind = "only_in_rev";
		return d->only_in_rev[i];
	}
	i -= d->only_in_rev_count;
	*kind = "modified";
	*change = &d->modified[i];
	return d->modified[i].path;
}

int hdrcheck__report_archive_describe(hdrcheck_buf *out,
                                      const hdrcheck_archive_diff *d, size_t i)
{
	const hdrcheck_archive_change *c;
	const char *kind;
	int error;

	hdrcheck__report_archive_item(d, i, &kind, &c);
	if (!c)
		return hdrcheck__buf_puts(out, !strcmp(kind, "only_in_archive")
		                                   ? "only in the archive"
		                                   : "only in the revision");
	error = hdrcheck__buf_printf(out, "modified: %s",
	                             hdrcheck_archive_change_name(c->changes));
	if (!error &&
	    (c->changes & (HDRCHECK_ARCHIVE_MODE | HDRCHECK_ARCHIVE_TYPE)))
		error = hdrcheck__buf_printf(
		    out, " (%s in the archive, %s in the revision)",
		    c->archive_mode, c->rev_mode);
	return error;
}

int hdrcheck__report_fails(const hdrcheck_write_options *opts,
                           hdrcheck_status status)
{
	unsigned int set =
	    opts->fail_on ? opts->fail_on : HDRCHECK_FAIL_ON_DEFAULT;

	return (set & HDRCHECK_STATUS_BIT(status)) != 0;
}

int hdrcheck__report_finding_fails(const hdrcheck_write_options *opts,
                                   const hdrcheck_finding *f)
{
	return !f->accepted && hdrcheck__report_fails(opts, f->status);
}

static int put_escape(hdrcheck_buf *out, unsigned char c)
{
	switch (c) {
	case '\t':
		return hdrcheck__buf_puts(out, "\\t");
	case '\n':
		return hdrcheck__buf_puts(out, "\\n");
	case '\r':
		return hdrcheck__buf_puts(out, "\\r");
	case '\\':
		return hdrcheck__buf_puts(out, "\\\\");
	default:
		return hdrcheck__buf_printf(out, "\\%03o", (unsigned int)c);
	}
}

int hdrcheck__report_unsafe_char(const unsigned char *s, size_t n)
{
	if (n == 1)
		return s[0] < 0x20 || s[0] == 0x7F;
	if (n == 2)
		return s[0] == 0xC2 && s[1] < 0xA0;
	if (n == 3 && s[0] == 0xE2)
		return (s[1] == 0x80 && s[2] >= 0xAA && s[2] <= 0xAE) ||
		       (s[1] == 0x81 && s[2] >= 0xA6 && s[2] <= 0xA9);
	return 0;
}

int hdrcheck__report_display(hdrcheck_buf *out, const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n, k;
	int error = 0;

	while (len && !error) {
		n = hdrcheck__utf8_valid_len(p, len);
		if (n == 0 || (n == 1 && *p == '\\'))
			n = 1, error = put_escape(out, *p);
		else if (hdrcheck__report_unsafe_char(p, n))
			for (k = 0; k < n && !error; k++)
				error = put_escape(out, p[k]);
		else
			error = hdrcheck__buf_put(out, (const char *)p, n);
		p += n;
		len -= n;
	}
	return error;
}

int hdrcheck__report_put_markupn(FILE *out, hdrcheck_buf *scratch,
                                 const char *s, size_t len)
{
	const char *p, *end;
	int error;

	hdrcheck__buf_clear(scratch);
	if ((error = hdrcheck__report_display(scratch, s, len)) < 0)
		return error;
	for (p = scratch->ptr, end = p + scratch->len; p && p < end; p++) {
		switch (*p) {
		case '&':
			fputs("&amp;", out);
			break;
		case '<':
			fputs("&lt;", out);
			break;
		case '>':
			fputs("&gt;", out);
			break;
		case '"':
			fputs("&quot;", out);
			break;
		case '\'':
			fputs("&#39;", out);
			break;
		default:
			putc(*p, out);
			break;
		}
	}
	return 0;
}

int hdrcheck__report_put_markup(FILE *out, hdrcheck_buf *scratch, const char *s)
{
	return hdrcheck__report_put_markupn(out, scratch, s, strlen(s));
}

static int by_name(const void *a, const void *b)
{
	const hdrcheck__holder_count *x = a, *y = b;

	return strcmp(x->name, y->name);
}

static int by_files_cmp(const void *a, const void *b)
{
	const hdrcheck__holder_count *x = a, *y = b;

	if (x->files != y->files)
		return x->files > y->files ? -1 : 1;
	return strcmp(x->name, y->name);
}

/* Split every finding's holders into one array of NUL-terminated names. */
static int collect(char **text, const char ***names, size_t *count,
                   const hdrcheck_report *r)
{
	size_t i, total = 0, n = 0;
	char *t = NULL, *p;
	const char **v = NULL;
	int error = 0;

	for (i = 0; i < r->count; i++)
		if (r->findings[i].holders)
			total += strlen(r->findings[i].holders) + 1;
	if (!total)
		goto done;
	/* at most one name per byte */
	if (!(t = hdrcheck__malloc(total)) ||
	    !(v = hdrcheck__calloc(total, sizeof(*v)))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	for (i = 0, p = t; i < r->count; i++) {
		const char *h = r->findings[i].holders;
		size_t len;

		if (!h)
			continue;
		len = strlen(h);
		memcpy(p, h, len + 1);
		v[n++] = p;
		for (; *p; p++)
			if (*p == '\n') {
				*p = '\0';
				v[n++] = p + 1;
			}
		p++;
	}
done:
	if (error < 0) {
		free(t);
		free(v);
	} else {
		*text = t;
		*names = v;
		*count = n;
	}
	return error;
}

/* FNV-1a */
static size_t hash_name(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	uint64_t h = 14695981039346656037u;

	for (; *p; p++)
		h = (h ^ *p) * 1099511628211u;
	return (size_t)h;
}

typedef struct {
	const char *name;
	size_t count;
	size_t hash;
} name_slot;

int hdrcheck__report_count_names(hdrcheck__holder_count **out, size_t *count,
                                 const char *const *names, size_t n)
{
	hdrcheck__holder_count *items = NULL;
	name_slot *slots = NULL, *slot;
	size_t cap = 16, mask, i, h, m = 0;
	int error = 0;

	if (n > SIZE_MAX / 4 / sizeof(*slots)) {
		error = hdrcheck__error_set(HDRCHECK_ENOMEM, "out of memory");
		goto done;
	}
	/* a table at most half full */
	while (cap < n * 2)
		cap *= 2;
	mask = cap - 1;
	if (!(slots = hdrcheck__calloc(cap, sizeof(*slots)))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	for (i = 0; i < n; i++) {
		h = hash_name(names[i]);
		for (slot = &slots[h & mask];
		     slot->name &&
		     (slot->hash != h || strcmp(slot->name, names[i]) != 0);
		     slot = &slots[(size_t)(slot - slots + 1) & mask])
			;
		if (!slot->name) {
			slot->name = names[i];
			slot->hash = h;
			m++;
		}
		slot->count++;
	}
	if (m && !(items = hdrcheck__calloc(m, sizeof(*items)))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	for (i = 0, m = 0; i < cap; i++)
		if (slots[i].name) {
			items[m].name = slots[i].name;
			items[m].files = slots[i].count;
			m++;
		}
	if (m)
		qsort(items, m, sizeof(*items), by_name);
	*out = items;
	*count = m;
	items = NULL;
done:
	free(items);
	free(slots);
	return error;
}

/*
 * The comparison key of a holder, malloc'd: ASCII letters in lower case,
 * every run of other ASCII (blanks, punctuation) as one space, none at
 * either end; other bytes kept; a legal form at the end left out.
 * "Samsung Electronics Co.,Ltd." and "Samsung Electronics Co. Ltd" share
 * the key "samsung electronics": one holder, spelt two ways.
 */
/* The legal form at a key's end ("arm ltd", "arm limited", "arm") is not
 * part of the name: one company, spelt three ways. A key of legal forms
 * alone stays as it is. */
static void drop_legal_forms(char *key)
{
	for (;;) {
		char *sp = strrchr(key, ' ');

		if (!sp || !hdrcheck__legal_form(sp + 1, strlen(sp + 1)))
			return;
		*sp = '\0';
	}
}

/* Does name[a..b) hold an e-mail address or a link? */
static int is_contact(const char *name, size_t a, size_t b)
{
	size_t k;

	for (k = a; k < b; k++)
		if (name[k] == '@' ||
		    (k + 4 <= b && memcmp(name + k, " at ", 4) == 0) ||
		    (k + 4 <= b && memcmp(name + k, "http", 4) == 0) ||
		    (k + 4 <= b && memcmp(name + k, "www.", 4) == 0))
			return 1;
	return 0;
}

/* The length of name without a trailing e-mail address or link
 * ("Jane Doe <jane@example.org>", "Eric Young (eay@example.org)",
 * "Lightbend Inc. <https://...>"): one holder with and without it. */
static size_t without_contact(const char *name)
{
	size_t n = strlen(name), w;

	while (n && (name[n - 1] == ' ' || name[n - 1] == '.'))
		n--;
	if (n > 2 && (name[n - 1] == '>' || name[n - 1] == ')')) {
		char open = name[n - 1] == '>' ? '<' : '(';

		for (w = n - 1; w > 0 && name[w - 1] != open; w--)
			;
		if (w > 1 && is_contact(name, w, n - 1))
			return w - 1;
	} else if (n) {
		for (w = n; w > 0 && name[w - 1] != ' '; w--)
			;
		if (w > 0 && is_contact(name, w, n))
			return w;
	}
	return strlen(name);
}

static char *holder_key(const char *name)
{
	size_t n = without_contact(name), k = 0;
	char *key = hdrcheck__malloc(n + 1);
	const unsigned char *p;
	int sep = 0;

	if (!key)
		return NULL;
	for (p = (const unsigned char *)name;
	     p < (const unsigned char *)name + n; p++) {
		int c = *p;

		if (c < 0x80 && !(c >= '0' && c <= '9') &&
		    !(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z')) {
			sep = k > 0;
			continue;
		}
		if (sep)
			key[k++] = ' ';
		sep = 0;
		key[k++] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
	}
	key[k] = '\0';
	drop_legal_forms(key);
	/* "The PostgreSQL Global Development Group" and "PostgreSQL Global
	 * Development Group": one holder */
	if (strncmp(key, "the ", 4) == 0)
		memmove(key, key + 4, strlen(key + 4) + 1);
	return key;
}

typedef struct {
	char *key;
	hdrcheck__holder_count item;
} keyed;

static int by_key(const void *a, const void *b)
{
	const keyed *x = a, *y = b;
	int c = strcmp(x->key, y->key);

	if (c)
		return c;
	/* the most frequent spelling first, then bytewise */
	if (x->item.files != y->item.files)
		return x->item.files > y->item.files ? -1 : 1;
	return strcmp(x->item.name, y->item.name);
}

/* Merge the spellings of one holder: the counts add up under the most
 * frequent spelling; the result is sorted by name. */
static int merge_spellings(hdrcheck__holder_count *items, size_t *count)
{
	keyed *k = NULL;
	size_t i, m = 0, n = *count;
	int error = 0;

	if (n < 2)
		return 0;
	if (!(k = hdrcheck__calloc(n, sizeof(*k)))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	for (i = 0; i < n; i++) {
		k[i].item = items[i];
		if (!(k[i].key = holder_key(items[i].name))) {
			error = HDRCHECK_ENOMEM;
			goto done;
		}
	}
	qsort(k, n, sizeof(*k), by_key);
	for (i = 0; i < n; i++) {
		if (m && *k[i].key && !strcmp(k[i].key, k[i - 1].key)) {
			items[m - 1].files += k[i].item.files;
			continue;
		}
		items[m++] = k[i].item;
	}
	qsort(items, m, sizeof(*items), by_name);
	*count = m;
done:
	for (i = 0; k && i < n; i++)
		free(k[i].key);
	free(k);
	return error;
}

int hdrcheck__report_holders(hdrcheck__holders *out, const hdrcheck_report *r,
                             int files_first)
{
	hdrcheck__holder_count *h = NULL;
	const char **names = NULL;
	char *text = NULL;
	size_t n = 0, m = 0;
	int error;

	if ((error = collect(&text, &names, &n, r)) < 0 ||
	    (error = hdrcheck__report_count_names(&h, &m, names, n)) < 0 ||
	    (error = merge_spellings(h, &m)) < 0)
		goto done;
	/* sorted by name already */
	if (m && files_first)
		qsort(h, m, sizeof(*h), by_files_cmp);
	out->items = h;
	out->count = m;
	out->text = text;
	h = NULL;
	text = NULL;
done:
	free(names);
	free(h);
	free(text);
	return error;
}

int hdrcheck__report_licenses(hdrcheck__holders *out, const hdrcheck_report *r,
                              int by_files)
{
	hdrcheck__holder_count *h = NULL;
	const char **names = NULL;
	size_t i, n = 0, m = 0;
	int error = 0;

	if (r->count && !(names = hdrcheck__calloc(r->count, sizeof(*names)))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	for (i = 0; i < r->count; i++)
		if (r->findings[i].license)
			names[n++] = r->findings[i].license;
	if ((error = hdrcheck__report_count_names(&h, &m, names, n)) < 0)
		goto done;
	if (m && by_files)
		qsort(h, m, sizeof(*h), by_files_cmp);
	out->items = h;
	out->count = m;
	out->text = NULL;
	h = NULL;
done:
	free(names);
	free(h);
	return error;
}

void hdrcheck__holders_dispose(hdrcheck__holders *h)
{
	free(h->items);
	free(h->text);
	memset(h, 0, sizeof(*h));
}

void hdrcheck__report_date(char *buf, size_t size,
                           const hdrcheck_write_options *opts, int iso)
{
	time_t t = opts->date ? (time_t)opts->date : time(NULL);
	struct tm tm;

	if (!gmtime_r(&t, &tm) ||
	    !strftime(buf, size,
	              iso ? "%Y-%m-%dT%H:%M:%SZ" : "%Y-%m-%d %H:%M:%S UTC",
	              &tm))
		snprintf(buf, size, "%s", "unknown");
}

size_t hdrcheck__report_dirlen(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash ? (size_t)(slash - path) : 0;
}

int hdrcheck__report_unchecked(hdrcheck__holder_count **types, size_t *count,
                               size_t *no_comment, const hdrcheck_report *r)
{
	const char **names = NULL;
	size_t i, n = 0, none = 0;
	int error = 0;

	*types = NULL;
	*count = 0;
	if (r->count && !(names = calloc(r->count, sizeof(*names)))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	for (i = 0; i < r->count; i++) {
		const hdrcheck_finding *f = &r->findings[i];

		if (f->status != HDRCHECK_STATUS_SKIPPED || !f->reason ||
		    strcmp(f->reason, HDRCHECK_SKIP_UNSUPPORTED_TYPE) != 0)
			continue;
		if (f->language)
			names[n++] = f->language;
		else
			none++;
	}
	if ((error = hdrcheck__report_count_names(types, count, names, n)) < 0)
		goto done;
	*no_comment = none;

done:
	free(names);
	return error;
}
