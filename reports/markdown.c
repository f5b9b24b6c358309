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
 * Markdown for $GITHUB_STEP_SUMMARY and pull-request comments: a heading
 * that says whether the run passed, a table of the counts and the first
 * violations, then how many more there are. It stays under the size of a
 * pull-request comment (65536 characters) whatever the tree holds: at most
 * opts->max_violations rows (default 50), each cell capped, and no row
 * once the text would pass BUDGET bytes.
 *
 * Paths and content-derived text only ever appear inside code spans, with
 * '|' escaped for the table: no markup, link, HTML or @mention can come
 * out of a file name.
 */

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "common.h"
#include "reports/reports.h"

#define DEFAULT_MAX_VIOLATIONS 50
#define BUDGET                 60000
#define MAX_CELL_BYTES         200

/*
 * A code span of the display form of s, at most MAX_CELL_BYTES of it (cut
 * on a character boundary, "…" marks the cut): '|' is escaped for the
 * table, and the fence is longer than any run of backticks inside.
 */
static int put_code(hdrcheck_buf *out, hdrcheck_buf *scratch, const char *s)
{
	size_t i, run = 0, longest = 0, len;
	int error, cut = 0;

	hdrcheck__buf_clear(scratch);
	if ((error = hdrcheck__report_display(scratch, s, strlen(s))) < 0)
		return error;
	len = scratch->len;
	if (len > MAX_CELL_BYTES) {
		len = MAX_CELL_BYTES;
		while (len && ((unsigned char)scratch->ptr[len] & 0xC0) == 0x80)
			len--;
		cut = 1;
	}
	for (i = 0; i < len; i++) {
		run = scratch->ptr[i] == '`' ? run + 1 : 0;
		if (run > longest)
			longest = run;
	}
	for (i = 0; i <= longest && !error; i++)
		error = hdrcheck__buf_put(out, "`", 1);
	/* a space keeps a leading or trailing backtick off the fence */
	if (!error && longest)
		error = hdrcheck__buf_put(out, " ", 1);
	for (i = 0; i < len && !error; i++)
		error = scratch->ptr[i] == '|'
		            ? hdrcheck__buf_put(out, "\\|", 2)
		            : hdrcheck__buf_put(out, scratch->ptr + i, 1);
	if (!error && cut)
		error = hdrcheck__buf_puts(out, "\xE2\x80\xA6");
	if (!error && longest)
		error = hdrcheck__buf_put(out, " ", 1);
	for (i = 0; i <= longest && !error; i++)
		error = hdrcheck__buf_put(out, "`", 1);
	return error;
}

static int row(hdrcheck_buf *b, hdrcheck_buf *scratch,
               const hdrcheck_finding *f, const char *license)
{
	int error;

	hdrcheck__buf_clear(b);
	if ((error = hdrcheck__buf_puts(b, "| ")) < 0 ||
	    (error = put_code(b, scratch, f->path)) < 0 ||
	    (error = hdrcheck__buf_printf(b, " | %s | ",
	                                  hdrcheck_status_name(f->status))) < 0)
		return error;
	if (f->line)
		error = hdrcheck__buf_printf(b, "%u", f->line);
	if (!error)
		error = hdrcheck__buf_puts(b, " | ");
	if (error < 0)
		return error;
	switch (f->status) {
	case HDRCHECK_STATUS_MISSING:
		error = hdrcheck__buf_printf(b,
		                             "no license header (%s "
		                             "required)",
		                             license);
		break;
	case HDRCHECK_STATUS_MISMATCH:
		error = hdrcheck__buf_printf(b, "%s header differs", license);
		if (!error && f->reason &&
		    !(error = hdrcheck__buf_puts(b, ": ")))
			error = put_code(b, scratch, f->reason);
		break;
	case HDRCHECK_STATUS_OTHER_LICENSE:
		if (!(error = put_code(b, scratch,
		                       f->license ? f->license : "unknown")))
			error =
			    hdrcheck__buf_printf(b, " instead of %s", license);
		break;
	case HDRCHECK_STATUS_SKIPPED:
		if (!(error = hdrcheck__buf_puts(b, "not checked: ")))
			error = put_code(b, scratch,
			                 f->reason ? f->reason : "skipped");
		break;
	default:
		error = put_code(b, scratch, f->reason ? f->reason : "error");
		break;
	}
	if (!error)
		error = hdrcheck__buf_puts(b, " |\n");
	return error;
}

/*
 * --archive --against: a line that says whether the archive matches, then
 * a table of the differences (every one fails the run), within the same
 * row cap and byte budget as the violations.
 */
static int write_archive(FILE *out, const hdrcheck_report *r,
                         hdrcheck_buf *line, hdrcheck_buf *scratch, size_t max,
                         size_t *written)
{
	const hdrcheck_archive_diff *d = r->archive;
	size_t i, n = hdrcheck__report_archive_count(d), listed = 0;
	int error = 0;

	if (!d)
		return 0;
	hdrcheck__buf_clear(line);
	if ((error = hdrcheck__buf_puts(line, "\n### Release archive\n\n"
	                                      "The archive ")) < 0 ||
	    (error = hdrcheck__buf_puts(
	         line, n ? "differs from " : "\xE2\x9C\x85 matches ")) < 0 ||
	    (error = put_code(line, scratch, d->against)) < 0 ||
	    (error = hdrcheck__buf_printf(line, " (commit `%.12s`)%s\n",
	                                  d->commit ? d->commit : "",
	                                  n ? ": every difference fails the "
	                                      "run."
	                                    : ".")) < 0)
		return error;
	fwrite(line->ptr, 1, line->len, out);
	*written += line->len;
	if (!n)
		return 0;
	fputs("\n| File | Difference |\n| :-- | :-- |\n", out);
	for (i = 0; i < n && listed < max; i++) {
		const hdrcheck_archive_change *c;
		const char *kind;
		const char *path =
		    hdrcheck__report_archive_item(d, i, &kind, &c);

		hdrcheck__buf_clear(line);
		if ((error = hdrcheck__buf_puts(line, "| \xE2\x9D\x8C ")) < 0 ||
		    (error = put_code(line, scratch, path)) < 0 ||
		    (error = hdrcheck__buf_puts(line, " | ")) < 0 ||
		    (error = hdrcheck__report_archive_describe(line, d, i)) <
		        0 ||
		    (error = hdrcheck__buf_puts(line, " |\n")) < 0)
			return error;
		if (*written + line->len > BUDGET)
			break;
		fwrite(line->ptr, 1, line->len, out);
		*written += line->len;
		listed++;
	}
	if (listed < n)
		fprintf(out,
		        "\n\xE2\x80\xA6 and %zu more difference%s, not listed "
		        "here: see the full report (`--format json` or "
		        "`text`).\n",
		        n - listed, n - listed == 1 ? "" : "s");
	if (ferror(out))
		return hdrcheck__report_write_failed(errno);
	return 0;
}

int hdrcheck__report_write_markdown(FILE *out, const hdrcheck_report *r,
                                    const hdrcheck_write_options *opts)
{
	const char *license = hdrcheck_report_policy_license(r);
	size_t max = opts->max_violations ? opts->max_violations
	                                  : DEFAULT_MAX_VIOLATIONS;
	hdrcheck_buf line = HDRCHECK_BUF_INIT, scratch = HDRCHECK_BUF_INIT;
	size_t differences = hdrcheck__report_archive_count(r->archive);
	size_t i, violations = 0, listed = 0, written = 0;
	int error = 0;

	/* accepted violations (baseline, waivers) are counted apart */
	for (i = 0; i < r->count; i++)
		violations +=
		    hdrcheck__report_finding_fails(opts, &r->findings[i]) != 0;

	if (violations)
		fprintf(out, "## hdrcheck: %zu license header violation%s\n\n",
		        violations, violations == 1 ? "" : "s");
	else if (differences)
		fputs("## hdrcheck: the archive differs from its revision\n\n",
		      out);
	else
		fputs("## hdrcheck: no license header violations\n\n", out);
	fprintf(out, "%zu file%s checked against the **%s** policy", r->count,
	        r->count == 1 ? "" : "s", license);
	if (r->commit)
		fprintf(out, " at commit `%.12s`", r->commit);
	fprintf(out,
	        ", licenses named by the SPDX License List %s.\n\n"
	        "| Status | Files |\n| :-- | --: |\n",
	        hdrcheck_license_list_version());
	for (i = 0; i < HDRCHECK_STATUS__COUNT; i++) {
		hdrcheck_status s = (hdrcheck_status)i;
		size_t n = r->summary.by_status[i];
		const char *icon = s == HDRCHECK_STATUS_OK ? "\xE2\x9C\x85 "
		                   : hdrcheck__report_fails(opts, s) && n
		                       ? "\xE2\x9D\x8C "
		                       : "";

		fprintf(out, "| %s%s | %zu |\n", icon, hdrcheck_status_name(s),
		        n);
	}
	if (r->has_baseline || r->summary.waived)
		fprintf(out,
		        "\nAccepted, not failing the run (counted above too): "
		        "%zu baselined, %zu waived.%s\n",
		        r->summary.baselined, r->summary.waived,
		        r->summary.stale ? " The baseline has stale entries: "
		                           "rewrite it to drop them."
		                         : "");
	if (r->has_baseline && r->summary.stale)
		fprintf(out, "Stale baseline entries: %zu.\n",
		        r->summary.stale);
	if ((error = write_archive(out, r, &line, &scratch, max, &written)) < 0)
		goto done;
	if (!violations)
		goto done;

	fputs("\n### Violations\n\n"
	      "| File | Status | Line | Details |\n"
	      "| :-- | :-- | --: | :-- |\n",
	      out);
	for (i = 0; i < r->count && listed < max; i++) {
		const hdrcheck_finding *f = &r->findings[i];

		if (!hdrcheck__report_finding_fails(opts, f))
			continue;
		if ((error = row(&line, &scratch, f,
		                 hdrcheck_report_license_for(r, f))) < 0)
			goto done;
		if (written + line.len > BUDGET)
			break;
		fwrite(line.ptr, 1, line.len, out);
		written += line.len;
		listed++;
		if (ferror(out)) {
			error = hdrcheck__report_write_failed(errno);
			goto done;
		}
	}
	if (listed < violations)
		fprintf(out,
		        "\n\xE2\x80\xA6 and %zu more violation%s, not listed "
		        "here: see the full report (`--format json` or "
		        "`html`).\n",
		        violations - listed,
		        violations - listed == 1 ? "" : "s");

done:
	hdrcheck__buf_dispose(&line);
	hdrcheck__buf_dispose(&scratch);
	return error;
}
