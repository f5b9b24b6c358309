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
 * Baselines: the violations a repository knows of when it adopts the
 * gate. One entry a line, so that a change to the baseline reads as a
 * diff of lines:
 *
 *   # hdrcheck baseline 1: path, status, blob id, reason; tab-separated
 *   src/old.c<TAB>missing<TAB>3b18e512dba79e4c8300dd08aeb37f8e728b8dad<TAB>no
 * license header
 *
 * Fields are escaped (backslash, tab, newline, carriage return and other
 * control bytes) so that any path fits on one line; a blob id unknown
 * (an unreadable file) is "-". Lines are sorted bytewise by path.
 */

#include <stdlib.h>
#include <string.h>
#include "common.h"
#include "common/atomic.h"

#define BASELINE_MAGIC "# hdrcheck baseline 1"

/* ---- writing ------------------------------------------------------------ */

static int put_field(FILE *out, const char *s)
{
	const unsigned char *p = (const unsigned char *)(s ? s : "");

	for (; *p; p++) {
		int rc;

		switch (*p) {
		case '\\':
			rc = fputs("\\\\", out);
			break;
		case '\t':
			rc = fputs("\\t", out);
			break;
		case '\n':
			rc = fputs("\\n", out);
			break;
		case '\r':
			rc = fputs("\\r", out);
			break;
		default:
			if (*p < 0x20 || *p == 0x7f)
				rc = fprintf(out, "\\x%02x", *p);
			else
				rc = fputc(*p, out);
			break;
		}
		if (rc < 0)
			return -1;
	}
	return 0;
}

/* The reason column: what the text report says of the file. */
static const char *reason_of(const hdrcheck_finding *f)
{
	if (f->status == HDRCHECK_STATUS_MISSING)
		return "no license header";
	if (f->status == HDRCHECK_STATUS_OTHER_LICENSE && f->license)
		return f->license;
	return f->reason;
}

int hdrcheck_baseline_write(FILE *out, const hdrcheck_report *report,
                            unsigned int fail_on)
{
	size_t i;

	if (!out || !report)
		return hdrcheck__error_set(HDRCHECK_EINVAL,
		                           "no stream or no report");
	if (!fail_on)
		fail_on = HDRCHECK_FAIL_ON_DEFAULT;
	if (fprintf(out,
	            "%s: path, status, blob id, reason; "
	            "tab-separated, sorted\n",
	            BASELINE_MAGIC) < 0)
		goto fail;
	/* the findings are sorted by path */
	for (i = 0; i < report->count; i++) {
		const hdrcheck_finding *f = &report->findings[i];

		if (!(fail_on & HDRCHECK_STATUS_BIT(f->status)) ||
		    f->accepted == HDRCHECK_ACCEPTED_WAIVER)
			continue;
		if (put_field(out, f->path) < 0 ||
		    fprintf(out, "\t%s\t%s\t", hdrcheck_status_name(f->status),
		            f->blob ? f->blob : "-") < 0 ||
		    put_field(out, reason_of(f)) < 0 || fputc('\n', out) < 0)
			goto fail;
	}
	if (fflush(out) != 0 || ferror(out))
		goto fail;
	return 0;
fail:
	return hdrcheck__error_set(HDRCHECK_EIO, "cannot write the baseline");
}

int hdrcheck_baseline_save(const char *path, const hdrcheck_report *report,
                           unsigned int fail_on)
{
	char *data = NULL;
	size_t len = 0;
	FILE *mem = NULL;
	int error = 0;

	if (!path || !report)
		return hdrcheck__error_set(HDRCHECK_EINVAL,
		                           "no path or no report");
	/* whole in memory first: the file is replaced in one step */
	if (!(mem = open_memstream(&data, &len)))
		return hdrcheck__error_set(HDRCHECK_ENOMEM, "out of memory");
	error = hdrcheck_baseline_write(mem, report, fail_on);
	if (fclose(mem) != 0 && error == 0)
		error = hdrcheck__error_set(HDRCHECK_ENOMEM, "out of memory");
	if (error < 0)
		goto done;
	error = hdrcheck__atomic_write_path(path, data, len, NULL);
done:
	free(data);
	return error;
}

/* ---- reading ------------------------------------------------------------ */

/* Unescape s[0..len) into a new string; NULL (error set) when an escape
 * is malformed or decodes to NUL. */
static char *unescape(const char *source, size_t line, const char *s,
                      size_t len)
{
	char *out = hdrcheck__malloc(len + 1), *o = out;
	size_t i;

	if (!out)
		return NULL;
	for (i = 0; i < len; i++) {
		int hi, lo;

		if (s[i] == '\0') /* a C string would end there */
			goto bad;
		if (s[i] != '\\') {
			*o++ = s[i];
			continue;
		}
		if (++i >= len)
			goto bad;
		switch (s[i]) {
		case '\\':
			*o++ = '\\';
			break;
		case 't':
			*o++ = '\t';
			break;
		case 'n':
			*o++ = '\n';
			break;
		case 'r':
			*o++ = '\r';
			break;
		case 'x':
			if (i + 2 >= len)
				goto bad;
			hi = hdrcheck__hex_digit(s[i + 1]);
			lo = hdrcheck__hex_digit(s[i + 2]);
			if (hi < 0 || lo < 0 || (hi == 0 && lo == 0))
				goto bad;
			*o++ = (char)(hi * 16 + lo);
			i += 2;
			break;
		default:
			goto bad;
		}
	}
	*o = '\0';
	return out;
bad:
	free(out);
	hdrcheck__error_set(HDRCHECK_EINVAL, "%s:%zu: bad escape or NUL byte",
	                    source, line);
	return NULL;
}

static int is_blob_id(const char *s)
{
	size_t i;

	for (i = 0; i < 40; i++)
		if (hdrcheck__hex_digit(s[i]) < 0 ||
		    (s[i] >= 'A' && s[i] <= 'F'))
			return 0;
	return s[40] == '\0';
}

static void entry_dispose(hdrcheck__baseline_entry *e)
{
	free(e->path);
	free(e->blob);
	free(e->reason);
	memset(e, 0, sizeof(*e));
}

void hdrcheck__baseline_dispose(hdrcheck__baseline *b)
{
	size_t i;

	if (!b)
		return;
	for (i = 0; i < b->count; i++)
		entry_dispose(&b->items[i]);
	free(b->items);
	b->items = NULL;
	b->count = 0;
}

static int compare_entries(const void *a, const void *b)
{
	const hdrcheck__baseline_entry *ea = a, *eb = b;

	return strcmp(ea->path, eb->path);
}

/* One line, without its newline, into e. */
static int parse_line(hdrcheck__baseline_entry *e, const char *source,
                      size_t lineno, const char *s, size_t len)
{
	const char *field[4];
	size_t flen[4], n = 0, i, start = 0;
	char *status = NULL;
	int error = 0;

	for (i = 0; i <= len && n < 4; i++)
		if (i == len || s[i] == '\t') {
			field[n] = s + start;
			flen[n++] = i - start;
			start = i + 1;
		}
	if (n != 4 || start <= len) {
		error = hdrcheck__error_set(HDRCHECK_EINVAL,
		                            "%s:%zu: expected 4 tab-separated "
		                            "fields (path, status, blob id, "
		                            "reason)",
		                            source, lineno);
		goto done;
	}
	if (!flen[0]) {
		error = hdrcheck__error_set(
		    HDRCHECK_EINVAL, "%s:%zu: empty path", source, lineno);
		goto done;
	}
	if (!(e->path = unescape(source, lineno, field[0], flen[0])) ||
	    !(status = unescape(source, lineno, field[1], flen[1])) ||
	    !(e->reason = unescape(source, lineno, field[3], flen[3]))) {
		error = HDRCHECK_EINVAL;
		goto done;
	}
	if (hdrcheck_status_parse(&e->status, status) < 0 ||
	    !hdrcheck_status_is_violation(e->status)) {
		/* the value is not echoed: it may hold a newline */
		error =
		    hdrcheck__error_set(HDRCHECK_EINVAL,
		                        "%s:%zu: the status must be missing, "
		                        "mismatch, other_license or error",
		                        source, lineno);
		goto done;
	}
	if (!(flen[2] == 1 && field[2][0] == '-')) {
		if (!(e->blob = hdrcheck__strndup(field[2], flen[2]))) {
			error = HDRCHECK_ENOMEM;
			goto done;
		}
		if (!is_blob_id(e->blob)) {
			error = hdrcheck__error_set(
			    HDRCHECK_EINVAL,
			    "%s:%zu: the blob id must be 40 lower-case hex "
			    "digits or \"-\"",
			    source, lineno);
			goto done;
		}
	}
	if (!*e->reason) {
		free(e->reason);
		e->reason = NULL;
	}
done:
	free(status);
	if (error < 0)
		entry_dispose(e);
	return error;
}

int hdrcheck__baseline_parse(hdrcheck__baseline *out, const char *source,
                             const char *buf, size_t len)
{
	hdrcheck__baseline b = {NULL, 0};
	size_t pos = 0, lineno = 0, cap = 0, i;
	int error = 0;

	while (pos < len) {
		const char *nl = memchr(buf + pos, '\n', len - pos);
		size_t end = nl ? (size_t)(nl - buf) : len, n = end - pos;

		lineno++;
		if (n && buf[end - 1] == '\r') /* a checkout with CRLF */
			n--;
		if (lineno == 1 && (n < sizeof(BASELINE_MAGIC) - 1 ||
		                    memcmp(buf + pos, BASELINE_MAGIC,
		                           sizeof(BASELINE_MAGIC) - 1) != 0)) {
			error = hdrcheck__error_set(
			    HDRCHECK_EINVAL,
			    "%s:1: not a baseline (it starts with \"%s\"; "
			    "write one with --write-baseline)",
			    source, BASELINE_MAGIC);
			goto done;
		}
		if (n && buf[pos] != '#') {
			if (b.count == cap) {
				size_t ncap = cap ? cap * 2 : 64;
				void *p = hdrcheck__realloc(
				    b.items, ncap * sizeof(*b.items));

				if (!p) {
					error = HDRCHECK_ENOMEM;
					goto done;
				}
				b.items = p;
				cap = ncap;
			}
			memset(&b.items[b.count], 0, sizeof(*b.items));
			if ((error = parse_line(&b.items[b.count], source,
			                        lineno, buf + pos, n)) < 0)
				goto done;
			b.items[b.count++].line = lineno;
		}
		pos = end + 1;
	}
	if (!lineno) {
		error = hdrcheck__error_set(
		    HDRCHECK_EINVAL, "%s: empty file, not a baseline", source);
		goto done;
	}
	if (b.count > 1)
		qsort(b.items, b.count, sizeof(*b.items), compare_entries);
	for (i = 1; i < b.count; i++)
		if (strcmp(b.items[i - 1].path, b.items[i].path) == 0) {
			size_t first = b.items[i - 1].line,
			       again = b.items[i].line;

			error = hdrcheck__error_set(
			    HDRCHECK_EINVAL,
			    "%s:%zu: the path of line %zu again (one entry a "
			    "path)",
			    source, first > again ? first : again,
			    first > again ? again : first);
			goto done;
		}
	*out = b;
	b.items = NULL;
	b.count = 0;
done:
	hdrcheck__baseline_dispose(&b);
	return error;
}

/* ---- applying ----------------------------------------------------------- */

static const hdrcheck_finding *find_path(const hdrcheck_report *r,
                                         const char *path)
{
	size_t lo = 0, hi = r->count;

	/* the findings are sorted by path (hdrcheck__report_finish) */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(r->findings[mid].path, path);

		if (c == 0)
			return &r->findings[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

static int same_blob(const char *a, const char *b)
{
	return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

int hdrcheck__baseline_apply(hdrcheck_report *report, hdrcheck__baseline *b)
{
	size_t i, n = 0;
	hdrcheck_stale_entry *stale = NULL;

	report->has_baseline = 1;
	if (b->count && !(stale = hdrcheck__calloc(b->count, sizeof(*stale))))
		return HDRCHECK_ENOMEM;
	for (i = 0; i < b->count; i++) {
		hdrcheck__baseline_entry *e = &b->items[i];
		hdrcheck_finding *f =
		    (hdrcheck_finding *)find_path(report, e->path);

		if (f && hdrcheck_status_is_violation(f->status) &&
		    f->status == e->status && same_blob(f->blob, e->blob)) {
			if (f->accepted == HDRCHECK_ACCEPTED_NONE)
				f->accepted = HDRCHECK_ACCEPTED_BASELINE;
			continue;
		}
		stale[n].path = e->path;
		stale[n].status = e->status;
		stale[n].blob = e->blob;
		stale[n].reason = e->reason;
		stale[n].why = !f ? "gone"
		               : !hdrcheck_status_is_violation(f->status)
		                   ? "clean"
		                   : "changed";
		e->path = e->blob = e->reason = NULL;
		n++;
	}
	free(report->stale);
	report->stale = stale;
	report->stale_count = n;
	return 0;
}

void hdrcheck__waivers_apply(hdrcheck_report *report,
                             const hdrcheck__waiver *waivers, size_t count,
                             const char *today)
{
	size_t i, k;

	for (i = 0; i < report->count; i++) {
		hdrcheck_finding *f = &report->findings[i];

		if (!hdrcheck_status_is_violation(f->status))
			continue;
		for (k = 0; k < count; k++) {
			const hdrcheck__waiver *w = &waivers[k];

			if (!hdrcheck__glob_match(w->glob, f->path))
				continue;
			f->waiver = w->reason;
			f->waiver_expires = w->expires;
			/* a waiver holds through its expiry day */
			if (!w->expires || strcmp(today, w->expires) <= 0)
				f->accepted = HDRCHECK_ACCEPTED_WAIVER;
			break;
		}
	}
}

size_t hdrcheck_report_stale_count(const hdrcheck_report *report)
{
	return report ? report->stale_count : 0;
}

const hdrcheck_stale_entry *
hdrcheck_report_stale_get(const hdrcheck_report *report, size_t i)
{
	return (report && i < report->stale_count) ? &report->stale[i] : NULL;
}

int hdrcheck_report_has_baseline(const hdrcheck_report *report)
{
	return report ? report->has_baseline : 0;
}
