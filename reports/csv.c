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
 */

#include <errno.h>
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

int hdrcheck__report_write_csv(FILE *out, const hdrcheck_report *r,
                               const hdrcheck_write_options *opts)
{
	hdrcheck_buf holders = HDRCHECK_BUF_INIT;
	char line[16];
	size_t i;
	int error = 0;

	int accepted = r->has_baseline || r->summary.waived;

	(void)opts;
	fputs("path,status,reason,license,language,line,policy,holders", out);
	fputs(accepted ? ",accepted\r\n" : "\r\n", out);
	for (i = 0; i < r->count; i++) {
		const hdrcheck_finding *f = &r->findings[i];

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
		fputs("\r\n", out);
		if (ferror(out)) {
			error = hdrcheck__report_write_failed(errno);
			goto done;
		}
	}
done:
	hdrcheck__buf_dispose(&holders);
	return error;
}
