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
 * The human-readable report. Everything printed from a finding comes from
 * the scanned tree (paths) or from file content (reasons, licenses), so it
 * is escaped: a hostile file name must not be able to move the cursor,
 * recolour the terminal or forge report lines.
 */

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "common.h"
#include "reports/reports.h"

#define COLOR_RED    "\033[31m"
#define COLOR_GREEN  "\033[32m"
#define COLOR_YELLOW "\033[33m"
#define COLOR_RESET  "\033[0m"

/* The order of the violation groups in the report. */
static const hdrcheck_status violation_order[] = {
    HDRCHECK_STATUS_MISSING, HDRCHECK_STATUS_MISMATCH,
    HDRCHECK_STATUS_OTHER_LICENSE, HDRCHECK_STATUS_ERROR};

static int is_special_ascii(unsigned char c)
{
	return c < 0x20 || c == 0x7F || c == '"' || c == '\\';
}

/* 1 if a path must be quoted: as git does, for control bytes, '"', '\\'
 * and bytes that are not valid UTF-8. */
static int needs_quotes(const unsigned char *s, size_t len)
{
	size_t n;
	int quote = 0;

	while (len && !quote) {
		n = hdrcheck__utf8_valid_len(s, len);
		if (n == 0 || (n == 1 && is_special_ascii(*s)) ||
		    hdrcheck__report_unsafe_char(s, n))
			quote = 1;
		else {
			s += n;
			len -= n;
		}
	}
	return quote;
}

static void put_octal(FILE *out, unsigned char c)
{
	fprintf(out, "\\%03o", (unsigned int)c);
}

static void put_ascii(FILE *out, unsigned char c, int quoted)
{
	switch (c) {
	case '\t':
		fputs("\\t", out);
		break;
	case '\n':
		fputs("\\n", out);
		break;
	case '\r':
		fputs("\\r", out);
		break;
	case '\\':
		fputs("\\\\", out);
		break;
	case '"':
		/* only a quoted string needs its quotes escaped */
		fputs(quoted ? "\\\"" : "\"", out);
		break;
	default:
		if (c < 0x20 || c == 0x7F)
			put_octal(out, c);
		else
			putc(c, out);
		break;
	}
}

/*
 * Print s with C escapes for control bytes, '\\' and invalid UTF-8 (as
 * octal); valid non-ASCII UTF-8 is printed as is, but for C1 controls and
 * bidirectional overrides (octal, byte by byte). With quote, a string that
 * needs any escape is printed git-style in double quotes ('"' escaped too);
 * without, no quotes are added and '"' is left alone.
 */
static void put_escaped(FILE *out, const char *s, int quote)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t len = strlen(s), n;
	int quoted = quote && needs_quotes(p, len);

	if (quoted)
		putc('"', out);
	while (len) {
		/* a run of printable ASCII that needs no escape, at once */
		for (n = 0; n < len && p[n] >= 0x20 && p[n] < 0x7F &&
		            p[n] != '\\' && p[n] != '"';
		     n++)
			;
		if (n) {
			fwrite(p, 1, n, out);
			p += n;
			len -= n;
			continue;
		}
		n = hdrcheck__utf8_valid_len(p, len);
		if (n == 0) {
			put_octal(out, *p);
			n = 1;
		} else if (n == 1) {
			put_ascii(out, *p, quoted);
		} else if (hdrcheck__report_unsafe_char(p, n)) {
			size_t k;

			for (k = 0; k < n; k++)
				put_octal(out, p[k]);
		} else {
			fwrite(p, 1, n, out);
		}
		p += n;
		len -= n;
	}
	if (quoted)
		putc('"', out);
}

static void put_message(FILE *out, const hdrcheck_finding *f,
                        const char *policy_license)
{
	switch (f->status) {
	case HDRCHECK_STATUS_MISSING:
		/* a reason only where the file itself is missing (an
		 * archive without LICENSE) */
		put_escaped(out, f->reason ? f->reason : "no license header",
		            0);
		break;
	case HDRCHECK_STATUS_MISMATCH:
		fputs("Apache-2.0 header differs", out);
		if (f->reason) {
			fputs(": ", out);
			put_escaped(out, f->reason, 0);
		}
		break;
	case HDRCHECK_STATUS_OTHER_LICENSE:
		put_escaped(out, f->license ? f->license : "unknown license",
		            0);
		if (f->reason &&
		    strncmp(f->reason, HDRCHECK_REASON_NO_TEXT,
		            strlen(HDRCHECK_REASON_NO_TEXT)) == 0) {
			/* REUSE: the license passes once its text is there */
			fputs(" (", out);
			put_escaped(out, f->reason, 0);
			putc(')', out);
			break;
		}
		fputs(" instead of ", out);
		put_escaped(out, policy_license, 0);
		break;
	default:
		put_escaped(out, f->reason ? f->reason : "error", 0);
		break;
	}
}

/* " (baselined)", " (waived: REASON)", " (waiver expired DATE: REASON)" */
static void put_accepted(FILE *out, const hdrcheck_finding *f)
{
	if (f->accepted == HDRCHECK_ACCEPTED_BASELINE) {
		fputs(" (baselined)", out);
	} else if (f->waiver) {
		if (f->accepted == HDRCHECK_ACCEPTED_WAIVER)
			fputs(" (waived: ", out);
		else
			fprintf(out,
			        " (waiver expired %s: ", f->waiver_expires);
		put_escaped(out, f->waiver, 0);
		putc(')', out);
	}
}

/* --archive --against: what differs from the revision (every difference
 * fails the run, so -q prints it too). */
static void write_archive(FILE *out, const hdrcheck_report *r, int quiet)
{
	const hdrcheck_archive_diff *d = r->archive;
	size_t i;

	if (!d)
		return;
	if (!d->only_in_archive_count && !d->only_in_rev_count &&
	    !d->modified_count) {
		if (!quiet) {
			fputs("archive matches ", out);
			put_escaped(out, d->against, 0);
			fprintf(out, " (commit %s)\n", d->commit);
		}
		return;
	}
	fputs("archive differs from ", out);
	put_escaped(out, d->against, 0);
	fprintf(out, " (commit %s):\n", d->commit);
	if (d->only_in_archive_count)
		fprintf(out, "  only in the archive (%zu):\n",
		        d->only_in_archive_count);
	for (i = 0; i < d->only_in_archive_count; i++) {
		fputs("    ", out);
		put_escaped(out, d->only_in_archive[i], 1);
		putc('\n', out);
	}
	if (d->only_in_rev_count) {
		fputs("  only in ", out);
		put_escaped(out, d->against, 0);
		fprintf(out, " (%zu):\n", d->only_in_rev_count);
	}
	for (i = 0; i < d->only_in_rev_count; i++) {
		fputs("    ", out);
		put_escaped(out, d->only_in_rev[i], 1);
		putc('\n', out);
	}
	if (d->modified_count)
		fprintf(out, "  modified (%zu):\n", d->modified_count);
	for (i = 0; i < d->modified_count; i++) {
		const hdrcheck_archive_change *c = &d->modified[i];

		fputs("    ", out);
		put_escaped(out, c->path, 1);
		fprintf(out, ": %s", hdrcheck_archive_change_name(c->changes));
		if (c->changes &
		    (HDRCHECK_ARCHIVE_MODE | HDRCHECK_ARCHIVE_TYPE))
			fprintf(out, " (%s in the archive, %s in the revision)",
			        c->archive_mode, c->rev_mode);
		putc('\n', out);
	}
}

/* The baseline's entries that matched no violation: "path: gone". */
static void write_stale(FILE *out, const hdrcheck_report *r)
{
	size_t i, n = hdrcheck_report_stale_count(r);

	if (!n)
		return;
	fprintf(out,
	        "stale baseline entries (%zu; rewrite the baseline to "
	        "drop them):\n",
	        n);
	for (i = 0; i < n; i++) {
		const hdrcheck_stale_entry *e = hdrcheck_report_stale_get(r, i);

		fputs("  ", out);
		put_escaped(out, e->path, 1);
		fprintf(out, ": %s (was %s)\n", e->why,
		        hdrcheck_status_name(e->status));
	}
}

static void put_heading(FILE *out, hdrcheck_status status, size_t count,
                        int color)
{
	const char *on =
	    status == HDRCHECK_STATUS_OTHER_LICENSE ? COLOR_YELLOW : COLOR_RED;

	fprintf(out, "%s%s (%zu):%s\n", color ? on : "",
	        hdrcheck_status_name(status), count, color ? COLOR_RESET : "");
}

/* A row's start: "  path:line: " (no line: "  path: "). */
static void put_location(FILE *out, const hdrcheck_finding *f)
{
	fputs("  ", out);
	put_escaped(out, f->path, 1);
	if (f->line)
		fprintf(out, ":%u", f->line);
	fputs(": ", out);
}

static int write_group(FILE *out, const hdrcheck_report *r,
                       hdrcheck_status status, int color)
{
	const hdrcheck_finding *f;
	size_t i;
	int error = 0;

	if (!r->summary.by_status[status])
		goto done;
	put_heading(out, status, r->summary.by_status[status], color);
	for (i = 0; i < r->count; i++) {
		f = &r->findings[i];
		if (f->status != status)
			continue;
		put_location(out, f);
		put_message(out, f, hdrcheck_report_license_for(r, f));
		put_accepted(out, f);
		putc('\n', out);
		/* give up early on a dead stream rather than format the
		 * rest of a large report into it */
		if (ferror(out)) {
			error = hdrcheck__report_write_failed(errno);
			goto done;
		}
	}

done:
	return error;
}

/* Files that pass with a warning (another license stated beside the
 * header): "warnings (N):", then "  path: message". */
static int write_warnings(FILE *out, const hdrcheck_report *r, int color)
{
	size_t i, n = 0;

	for (i = 0; i < r->count; i++)
		n += r->findings[i].warning != NULL;
	if (!n)
		return 0;
	fprintf(out, "%swarnings (%zu):%s\n", color ? COLOR_YELLOW : "", n,
	        color ? COLOR_RESET : "");
	for (i = 0; i < r->count; i++) {
		const hdrcheck_finding *f = &r->findings[i];

		if (!f->warning)
			continue;
		put_location(out, f);
		put_escaped(out, f->warning, 0);
		putc('\n', out);
		if (ferror(out))
			return hdrcheck__report_write_failed(errno);
	}
	return 0;
}

static int compare_strings(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* "skipped: 3 binary, 2 excluded": counts by reason, reasons by name. */
static int write_skipped(FILE *out, const hdrcheck_report *r)
{
	size_t total = r->summary.by_status[HDRCHECK_STATUS_SKIPPED];
	const char **reasons = NULL;
	size_t i, j, n = 0;
	int error = 0;

	if (!total)
		goto done;
	if (!(reasons = hdrcheck__calloc(total, sizeof(*reasons)))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	for (i = 0; i < r->count && n < total; i++)
		if (r->findings[i].status == HDRCHECK_STATUS_SKIPPED)
			reasons[n++] = r->findings[i].reason
			                   ? r->findings[i].reason
			                   : "unknown";
	qsort(reasons, n, sizeof(*reasons), compare_strings);

	fputs("skipped: ", out);
	for (i = 0; i < n; i = j) {
		for (j = i + 1; j < n && !strcmp(reasons[i], reasons[j]); j++)
			;
		fprintf(out, "%s%zu ", i ? ", " : "", j - i);
		put_escaped(out, reasons[i], 0);
	}
	putc('\n', out);

done:
	free(reasons);
	return error;
}

/* "unchecked text: 3 JSON, 1 Lock File (their type holds no comment);
 * 2 of unknown type with no comment at the top". */
static int write_unchecked(FILE *out, const hdrcheck_report *r)
{
	hdrcheck__holder_count *types = NULL;
	size_t i, count = 0, none = 0;
	int error;

	if ((error = hdrcheck__report_unchecked(&types, &count, &none, r)) <
	        0 ||
	    (!count && !none))
		goto done;
	fputs("unchecked text: ", out);
	for (i = 0; i < count; i++) {
		fprintf(out, "%s%zu ", i ? ", " : "", types[i].files);
		put_escaped(out, types[i].name, 0);
	}
	if (count)
		fputs(" (the type holds no comment)", out);
	if (none)
		fprintf(out, "%s%zu of unknown type with no comment at the top",
		        count ? "; " : "", none);
	putc('\n', out);

done:
	free(types);
	return error;
}

/* "copyright holders: 3 Foo, Inc.; 1 Bar": the most frequent first
 * (names hold commas, so "; " separates them). */
static int write_holders(FILE *out, const hdrcheck_report *r)
{
	hdrcheck__holders h = {0};
	size_t i;
	int error;

	if ((error = hdrcheck__report_holders(&h, r, 1)) < 0 || !h.count)
		goto done;
	fputs("copyright holders: ", out);
	for (i = 0; i < h.count; i++) {
		fprintf(out, "%s%zu ", i ? "; " : "", h.items[i].files);
		put_escaped(out, h.items[i].name, 0);
	}
	putc('\n', out);

done:
	hdrcheck__holders_dispose(&h);
	return error;
}

/* "licenses (SPDX License List 3.28.0): 12 Apache-2.0; 1 MIT": the
 * inventory, the most frequent first, and the list the ids come from. */
static int write_licenses(FILE *out, const hdrcheck_report *r)
{
	hdrcheck__holders h = {0};
	size_t i;
	int error;

	if ((error = hdrcheck__report_licenses(&h, r, 1)) < 0)
		goto done;
	fprintf(out, "licenses (SPDX License List %s):",
	        hdrcheck_license_list_version());
	if (!h.count)
		fputs(" none", out);
	for (i = 0; i < h.count; i++) {
		fprintf(out, "%s%zu ", i ? "; " : " ", h.items[i].files);
		put_escaped(out, h.items[i].name, 0);
	}
	putc('\n', out);

done:
	hdrcheck__holders_dispose(&h);
	return error;
}

/* "N files: X ok, Y missing, ...": every status, in the enum's order. */
static void write_summary(FILE *out, const hdrcheck_report *r, int color)
{
	size_t i, n;
	int green;

	fprintf(out, "%zu files:", r->summary.files);
	for (i = 0; i < HDRCHECK_STATUS__COUNT; i++) {
		n = r->summary.by_status[i];
		green = color && i == HDRCHECK_STATUS_OK && n;
		fprintf(out, "%s%s%zu %s%s", i ? ", " : " ",
		        green ? COLOR_GREEN : "", n,
		        hdrcheck_status_name((hdrcheck_status)i),
		        green ? COLOR_RESET : "");
	}
	/* accepted violations are counted apart (they are in the counts
	 * above too) */
	if (r->has_baseline || r->summary.waived)
		fprintf(out, "; accepted: %zu baselined, %zu waived",
		        r->summary.baselined, r->summary.waived);
	if (r->has_baseline)
		fprintf(out, "; %zu stale baseline entr%s", r->summary.stale,
		        r->summary.stale == 1 ? "y" : "ies");
	putc('\n', out);
}

int hdrcheck__report_write_text(FILE *out, const hdrcheck_report *r,
                                const hdrcheck_write_options *opts)
{
	size_t i;
	int error = 0;

	for (i = 0; i < HDRCHECK__ARRAY_SIZE(violation_order); i++)
		if ((error = write_group(out, r, violation_order[i],
		                         opts->color)) < 0)
			goto done;
	if ((error = write_warnings(out, r, opts->color)) < 0)
		goto done;
	write_archive(out, r, opts->quiet);
	if (opts->quiet)
		goto done;
	write_stale(out, r);
	if ((error = write_skipped(out, r)) < 0 ||
	    (error = write_unchecked(out, r)) < 0 ||
	    (error = write_holders(out, r)) < 0 ||
	    (error = write_licenses(out, r)) < 0)
		goto done;
	write_summary(out, r, opts->color);

done:
	return error;
}
