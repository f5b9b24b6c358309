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
 * CSV, RFC 4180: a header row, then one row per file in scope, CRLF line
 * ends, a field quoted when it holds a comma, a quote, CR or LF (quotes
 * doubled). Paths and content-derived strings are written as their bytes,
 * with one exception for spreadsheets: a field that starts with '=', '+',
 * '-', '@', a tab or CR would be read as a formula by Excel or LibreOffice,
 * so it is prefixed with a single quote ("'=cmd.c"), as OWASP advises.
 *
 *   path,status,reason,license,language,line,policy,holders
 *
 * holders is the file's copyright holders joined with "; ". With a
 * baseline or waivers, a last column "accepted" says "baselined" or
 * "waived" for the violations that do not fail the run.
 *
 * With --archive --against, a last column "archive" says how the file
 * differs from the revision ("only_in_archive", "only_in_rev", "modified:
 * content,mode (100644 in the archive, 100755 in the revision)"); a file
 * only in the revision, or one that differs but is out of scope, has a row
 * of its own with only its path and that column.
 */

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "common.h"
#include "reports/reports.h"

static void put_field(FILE *out, const char *s, int first)
{
	const char *p;
	int quote = 0, formula;

	if (!first)
		putc(',', out);
	if (!s)
		return;
	formula = s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' ||
	          s[0] == '\t' || s[0] == '\r';
	for (p = s; *p && !quote; p++)
		quote = *p == ',' || *p == '"' || *p == '\r' || *p == '\n';
	if (quote)
		putc('"', out);
	if (formula)
		putc('\'', out);
	for (p = s; *p; p++) {
		if (*p == '"')
			putc('"', out);
		putc(*p, out);
	}
	if (quote)
		putc('"', out);
}

/* The '\n'-separated holders as one field, "a; b". */
static int put_holders(FILE *out, hdrcheck_buf *b, const char *holders)
{
	const char *p;
	int error = 0;

	hdrcheck__buf_clear(b);
	for (p = holders; p && *p && !error; p++)
		error = *p == '\n' ? hdrcheck__buf_puts(b, "; ")
		                   : hdrcheck__buf_put(b, p, 1);
	if (!error)
		put_field(out, holders ? hdrcheck__buf_cstr(b) : NULL, 0);
	return error;
}

/* The archive's differences in path order, for a merge with the
 * findings (themselves sorted bytewise by path). */
typedef struct {
	const char *path;
	size_t index;
} difference;

static int by_path(const void *a, const void *b)
{
	const difference *x = a, *y = b;
	int c = strcmp(x->path, y->path);

	return c ? c : x->index < y->index ? -1 : x->index > y->index;
}

static int sorted_differences(difference **out, const hdrcheck_archive_diff *d,
                              size_t n)
{
	const hdrcheck_archive_change *c;
	const char *kind;
	difference *v;
	size_t i;

	*out = NULL;
	if (!n)
		return 0;
	if (!(v = hdrcheck__calloc(n, sizeof(*v))))
		return HDRCHECK_ENOMEM;
	for (i = 0; i < n; i++) {
		v[i].path = hdrcheck__report_archive_item(d, i, &kind, &c);
		v[i].index = i;
	}
	qsort(v, n, sizeof(*v), by_path);
	*out = v;
	return 0;
}

/* The differences of path (from *k on, consumed) as one field: "kind" or
 * "modified: ...", joined with "; " when a path has more than one. */
static int put_archive(FILE *out, hdrcheck_buf *b,
                       const hdrcheck_archive_diff *d, const difference *v,
                       size_t n, size_t *k, const char *path)
{
	const hdrcheck_archive_change *c;
	const char *kind;
	int error = 0;

	hdrcheck__buf_clear(b);
	for (; *k < n && !strcmp(v[*k].path, path) && !error; (*k)++) {
		if (b->len)
			error = hdrcheck__buf_puts(b, "; ");
		hdrcheck__report_archive_item(d, v[*k].index, &kind, &c);
		if (!error)
			error = c ? hdrcheck__report_archive_describe(
			                b, d, v[*k].index)
			          : hdrcheck__buf_puts(b, kind);
	}
	if (!error)
		put_field(out, b->len ? hdrcheck__buf_cstr(b) : NULL, 0);
	return error;
}

/* A row for a difference whose path has no finding: only the path and
 * the archive column. */
static int put_difference_row(FILE *out, hdrcheck_buf *b,
                              const hdrcheck_archive_diff *d,
                              const difference *v, size_t n, size_t *k,
                              int accepted)
{
	const char *path = v[*k].path;
	int i;

	put_field(out, path, 1);
	for (i = 0; i < 7 + accepted; i++)
		put_field(out, NULL, 0);
	return put_archive(out, b, d, v, n, k, path);
}

int hdrcheck__report_write_csv(FILE *out, const hdrcheck_report *r,
                               const hdrcheck_write_options *opts)
{
	hdrcheck_buf holders = HDRCHECK_BUF_INIT;
	const hdrcheck_archive_diff *d = r->archive;
	size_t n = hdrcheck__report_archive_count(d), k = 0;
	difference *v = NULL;
	char line[16];
	size_t i;
	int error = 0;

	int accepted = r->has_baseline || r->summary.waived;

	(void)opts;
	if ((error = sorted_differences(&v, d, n)) < 0)
		goto done;
	fputs("path,status,reason,license,language,line,policy,holders", out);
	if (accepted)
		fputs(",accepted", out);
	fputs(d ? ",archive\r\n" : "\r\n", out);
	for (i = 0; i <= r->count; i++) {
		const hdrcheck_finding *f =
		    i < r->count ? &r->findings[i] : NULL;

		/* the differences without a finding, in path order */
		while (k < n && (!f || strcmp(v[k].path, f->path) < 0)) {
			if ((error = put_difference_row(out, &holders, d, v, n,
			                                &k, accepted)) < 0)
				goto done;
			fputs("\r\n", out);
		}
		if (!f)
			break;

		put_field(out, f->path, 1);
		put_field(out, hdrcheck_status_name(f->status), 0);
		put_field(out, f->reason, 0);
		put_field(out, f->license, 0);
		put_field(out, f->language, 0);
		snprintf(line, sizeof(line), "%u", f->line);
		put_field(out, f->line ? line : NULL, 0);
		put_field(out, f->policy, 0);
		if ((error = put_holders(out, &holders, f->holders)) < 0)
			goto done;
		if (accepted)
			put_field(out,
			          f->accepted == HDRCHECK_ACCEPTED_BASELINE
			              ? "baselined"
			          : f->accepted == HDRCHECK_ACCEPTED_WAIVER
			              ? "waived"
			              : NULL,
			          0);
		if (d && (error = put_archive(out, &holders, d, v, n, &k,
		                              f->path)) < 0)
			goto done;
		fputs("\r\n", out);
		if (ferror(out)) {
			error = hdrcheck__report_write_failed(errno);
			goto done;
		}
	}
done:
	free(v);
	hdrcheck__buf_dispose(&holders);
	return error;
}
