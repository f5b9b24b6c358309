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
 * JUnit XML, as Jenkins and GitLab read it: one testsuite, one testcase
 * per file in scope (classname = its directory, dotted as a package name:
 * "src/main" is "src.main", a '.' within a directory name is '_', and
 * "(root)" is the top; name = its base name; file = its path). A file
 * whose status fails the run is a <failure> (an <error> for status error);
 * a skipped file that does not fail it is <skipped>, and so is a violation
 * the baseline or a waiver accepts. Every string from the tree or from file
 * content goes through the display form (no control characters, valid UTF-8)
 * and XML escaping, so any path makes well-formed XML.
 */

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "common.h"
#include "reports/reports.h"

/* The text of a failure: "no license header", "MIT instead of ...". */
static int describe(hdrcheck_buf *b, const hdrcheck_finding *f,
                    const char *license)
{
	hdrcheck__buf_clear(b);
	switch (f->status) {
	case HDRCHECK_STATUS_MISSING:
		return hdrcheck__buf_printf(
		    b, "no license header (%s required)", license);
	case HDRCHECK_STATUS_MISMATCH:
		return hdrcheck__buf_printf(b, "%s header differs%s%s", license,
		                            f->reason ? ": " : "",
		                            f->reason ? f->reason : "");
	case HDRCHECK_STATUS_OTHER_LICENSE:
		return hdrcheck__buf_printf(
		    b, "%s instead of %s",
		    f->license ? f->license : "another license", license);
	case HDRCHECK_STATUS_SKIPPED:
		return hdrcheck__buf_printf(b, "not checked: %s",
		                            f->reason ? f->reason : "skipped");
	case HDRCHECK_STATUS_ERROR:
		return hdrcheck__buf_printf(b, "%s",
		                            f->reason ? f->reason : "error");
	default:
		return hdrcheck__buf_puts(b, "ok");
	}
}

static int put(FILE *out, hdrcheck_buf *scratch, const char *s)
{
	return hdrcheck__report_put_markup(out, scratch, s);
}

static int write_case(FILE *out, const hdrcheck_finding *f,
                      const hdrcheck_write_options *opts, const char *license,
                      hdrcheck_buf *text, hdrcheck_buf *scratch)
{
	size_t dirlen = hdrcheck__report_dirlen(f->path), i;
	char *dir = NULL;
	int gating = hdrcheck__report_finding_fails(opts, f), error;

	if (!(dir = dirlen ? hdrcheck__strndup(f->path, dirlen)
	                   : hdrcheck__strdup("(root)"))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	/* a package name: dots between the directories only */
	for (i = 0; dirlen && dir[i]; i++)
		dir[i] = dir[i] == '/' ? '.' : dir[i] == '.' ? '_' : dir[i];
	fputs("    <testcase classname=\"", out);
	if ((error = put(out, scratch, dir)) < 0)
		goto done;
	fputs("\" name=\"", out);
	if ((error = put(out, scratch, f->path + (dirlen ? dirlen + 1 : 0))) <
	    0)
		goto done;
	fputs("\" file=\"", out);
	if ((error = put(out, scratch, f->path)) < 0)
		goto done;
	fputs("\" time=\"0\"", out);
	if (f->status == HDRCHECK_STATUS_OK) {
		fputs("/>\n", out);
		goto done;
	}
	if ((error = describe(text, f, license)) < 0)
		goto done;
	if (gating) {
		const char *tag =
		    f->status == HDRCHECK_STATUS_ERROR ? "error" : "failure";

		fprintf(out, ">\n      <%s type=\"%s\" message=\"", tag,
		        hdrcheck_status_name(f->status));
		if ((error = put(out, scratch, text->ptr)) < 0)
			goto done;
		fputs("\">", out);
		if ((error = put(out, scratch, f->path)) < 0)
			goto done;
		if (f->line)
			fprintf(out, ":%u", f->line);
		fputs(": ", out);
		if ((error = put(out, scratch, text->ptr)) < 0)
			goto done;
		fprintf(out, "</%s>\n    </testcase>\n", tag);
	} else if (f->accepted) {
		fputs(">\n      <skipped message=\"", out);
		if (f->accepted == HDRCHECK_ACCEPTED_BASELINE)
			fputs("baselined: ", out);
		else if ((error = put(out, scratch, "waived (")) < 0 ||
		         (error = put(out, scratch, f->waiver)) < 0 ||
		         (error = put(out, scratch, "): ")) < 0)
			goto done;
		if ((error = put(out, scratch, text->ptr)) < 0)
			goto done;
		fputs("\"/>\n    </testcase>\n", out);
	} else if (f->status == HDRCHECK_STATUS_SKIPPED) {
		fputs(">\n      <skipped message=\"", out);
		if ((error = put(out, scratch,
		                 f->reason ? f->reason : "skipped")) < 0)
			goto done;
		fputs("\"/>\n    </testcase>\n", out);
	} else {
		/* a status this run does not gate on: a pass, with a note */
		fputs(">\n      <system-out>", out);
		if ((error = put(out, scratch, text->ptr)) < 0)
			goto done;
		fputs(" (not a gate of this run)</system-out>\n"
		      "    </testcase>\n",
		      out);
	}

done:
	free(dir);
	return error;
}

/*
 * --archive --against: a testsuite of its own, "hdrcheck.archive", with a
 * failing testcase per difference (type: its kind, as the JSON names it),
 * or one passing testcase when the archive matches its revision.
 */
static int write_archive(FILE *out, const hdrcheck_report *r, const char *date,
                         hdrcheck_buf *text, hdrcheck_buf *scratch)
{
	const hdrcheck_archive_diff *d = r->archive;
	size_t i, n = hdrcheck__report_archive_count(d);
	int error = 0;

	if (!d)
		return 0;
	fprintf(out,
	        "  <testsuite name=\"hdrcheck.archive\" tests=\"%zu\" "
	        "failures=\"%zu\" errors=\"0\" skipped=\"0\" time=\"0\" "
	        "timestamp=\"%s\">\n"
	        "    <properties>\n"
	        "      <property name=\"archive.against\" value=\"",
	        n ? n : 1, n, date);
	if ((error = put(out, scratch, d->against)) < 0)
		return error;
	fputs("\"/>\n      <property name=\"archive.commit\" value=\"", out);
	if ((error = put(out, scratch, d->commit ? d->commit : "")) < 0)
		return error;
	fputs("\"/>\n    </properties>\n", out);
	if (!n) {
		fputs("    <testcase classname=\"archive\" name=\"matches ",
		      out);
		if ((error = put(out, scratch, d->against)) < 0)
			return error;
		fputs("\" time=\"0\"/>\n", out);
	}
	for (i = 0; i < n; i++) {
		const hdrcheck_archive_change *c;
		const char *kind;
		const char *path =
		    hdrcheck__report_archive_item(d, i, &kind, &c);

		hdrcheck__buf_clear(text);
		if ((error = hdrcheck__report_archive_describe(text, d, i)) < 0)
			return error;
		fputs("    <testcase classname=\"archive\" name=\"", out);
		if ((error = put(out, scratch, path)) < 0)
			return error;
		fputs("\" file=\"", out);
		if ((error = put(out, scratch, path)) < 0)
			return error;
		fprintf(out,
		        "\" time=\"0\">\n      <failure type=\"%s\" "
		        "message=\"",
		        kind);
		if ((error = put(out, scratch, text->ptr)) < 0)
			return error;
		fputs("\">", out);
		if ((error = put(out, scratch, path)) < 0)
			return error;
		fputs(": ", out);
		if ((error = put(out, scratch, text->ptr)) < 0)
			return error;
		fputs("</failure>\n    </testcase>\n", out);
		if (ferror(out))
			return hdrcheck__report_write_failed(errno);
	}
	fputs("  </testsuite>\n", out);
	return 0;
}

int hdrcheck__report_write_junit(FILE *out, const hdrcheck_report *r,
                                 const hdrcheck_write_options *opts)
{
	const char *license = hdrcheck_report_policy_license(r);
	hdrcheck_buf text = HDRCHECK_BUF_INIT, scratch = HDRCHECK_BUF_INIT;
	size_t i, failures = 0, errors = 0, skipped = 0, tests, differences;
	char date[32], *z;
	int error = 0;

	for (i = 0; i < r->count; i++) {
		hdrcheck_status s = r->findings[i].status;

		if (!hdrcheck__report_finding_fails(opts, &r->findings[i]))
			skipped += s == HDRCHECK_STATUS_SKIPPED ||
			           r->findings[i].accepted;
		else if (s == HDRCHECK_STATUS_ERROR)
			errors++;
		else
			failures++;
	}
	/* the archive's testsuite: a case per difference, or one */
	differences = hdrcheck__report_archive_count(r->archive);
	tests = r->count + (r->archive ? (differences ? differences : 1) : 0);
	/* JUnit's timestamp has no time zone: UTC, without the "Z" */
	hdrcheck__report_date(date, sizeof(date), opts, 1);
	if ((z = strchr(date, 'Z')) != NULL)
		*z = '\0';

	fprintf(out,
	        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	        "<testsuites name=\"hdrcheck\" tests=\"%zu\" failures=\"%zu\" "
	        "errors=\"%zu\" skipped=\"%zu\" time=\"0\">\n"
	        "  <testsuite name=\"hdrcheck\" tests=\"%zu\" failures=\"%zu\" "
	        "errors=\"%zu\" skipped=\"%zu\" time=\"0\" timestamp=\"%s\">\n"
	        "    <properties>\n"
	        "      <property name=\"hdrcheck.version\" value=\"%s\"/>\n"
	        "      <property name=\"spdx.license_list_version\" "
	        "value=\"%s\"/>\n"
	        "      <property name=\"policy.license\" value=\"",
	        tests, failures + differences, errors, skipped, r->count,
	        failures, errors, skipped, date, HDRCHECK_VERSION,
	        hdrcheck_license_list_version());
	if ((error = put(out, &scratch, license)) < 0)
		goto done;
	fputs("\"/>\n      <property name=\"source.root\" value=\"", out);
	if ((error = put(out, &scratch, r->root ? r->root : "")) < 0)
		goto done;
	fputs("\"/>\n", out);
	if (r->commit) {
		fputs("      <property name=\"source.commit\" value=\"", out);
		if ((error = put(out, &scratch, r->commit)) < 0)
			goto done;
		fputs("\"/>\n", out);
	}
	/* the accepted violations, counted apart */
	if (r->has_baseline || r->summary.waived)
		fprintf(out,
		        "      <property name=\"baselined\" value=\"%zu\"/>\n"
		        "      <property name=\"waived\" value=\"%zu\"/>\n"
		        "      <property name=\"baseline.stale\" "
		        "value=\"%zu\"/>\n",
		        r->summary.baselined, r->summary.waived,
		        r->summary.stale);
	fputs("    </properties>\n", out);
	for (i = 0; i < r->count; i++) {
		/* the license of the finding's own policy */
		if ((error = write_case(
		         out, &r->findings[i], opts,
		         hdrcheck_report_license_for(r, &r->findings[i]), &text,
		         &scratch)) < 0)
			goto done;
		if (ferror(out)) {
			error = hdrcheck__report_write_failed(errno);
			goto done;
		}
	}
	fputs("  </testsuite>\n", out);
	if ((error = write_archive(out, r, date, &text, &scratch)) < 0)
		goto done;
	fputs("</testsuites>\n", out);

done:
	hdrcheck__buf_dispose(&text);
	hdrcheck__buf_dispose(&scratch);
	return error;
}
