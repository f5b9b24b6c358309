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

#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include "common.h"
#include "reports/reports.h"

static const char *const format_names[] = {
    "text", "json", "sarif",     "junit", "markdown",
    "csv",  "html", "spdx-json", "spdx",  "cyclonedx-json"};

int hdrcheck_format_needs_digests(hdrcheck_format format)
{
	return format == HDRCHECK_FORMAT_SPDX_JSON ||
	       format == HDRCHECK_FORMAT_SPDX ||
	       format == HDRCHECK_FORMAT_CYCLONEDX_JSON;
}

int hdrcheck_format_parse(hdrcheck_format *out, const char *name)
{
	size_t i;

	if (!out || !name)
		return hdrcheck__error_set(HDRCHECK_EINVAL,
		                           "no report format given");
	for (i = 0; i < HDRCHECK__ARRAY_SIZE(format_names); i++)
		if (!strcmp(name, format_names[i])) {
			*out = (hdrcheck_format)i;
			return 0;
		}
	return hdrcheck__error_set(
	    HDRCHECK_EINVAL,
	    "unknown format \"%s\" (expected text, json, "
	    "sarif, junit, markdown, csv, html, spdx-json, spdx or "
	    "cyclonedx-json)",
	    name);
}

int hdrcheck_fail_on_parse(unsigned int *out, const char *list)
{
	hdrcheck_status status;
	unsigned int set = 0;
	const char *p, *comma;
	char name[32];
	size_t n;
	int error = 0;

	if (!out || !list)
		return hdrcheck__error_set(HDRCHECK_EINVAL,
		                           "no status list given");
	if (!strcmp(list, "none")) {
		*out = HDRCHECK_FAIL_ON_NONE;
		return 0;
	}
	for (p = list;; p = comma + 1) {
		comma = strchr(p, ',');
		n = comma ? (size_t)(comma - p) : strlen(p);
		if (n == 0 || n >= sizeof(name)) {
			error = hdrcheck__error_set(
			    HDRCHECK_EINVAL,
			    "invalid status list \"%s\" (expected names like "
			    "missing,mismatch or none)",
			    list);
			goto done;
		}
		memcpy(name, p, n);
		name[n] = '\0';
		if ((error = hdrcheck_status_parse(&status, name)) < 0)
			goto done;
		if (status == HDRCHECK_STATUS_OK) {
			error = hdrcheck__error_set(HDRCHECK_EINVAL,
			                            "\"ok\" cannot fail a run");
			goto done;
		}
		set |= HDRCHECK_STATUS_BIT(status);
		if (!comma)
			break;
	}
	*out = set;
done:
	return error;
}

int hdrcheck_report_fails(const hdrcheck_report *report, unsigned int fail_on)
{
	size_t i;

	if (!report)
		return 0;
	/* an archive that differs from its revision fails, whatever
	 * fail_on says */
	if (report->archive && (report->archive->only_in_archive_count ||
	                        report->archive->only_in_rev_count ||
	                        report->archive->modified_count))
		return 1;
	if (!fail_on)
		fail_on = HDRCHECK_FAIL_ON_DEFAULT;
	/* accepted violations (baseline, waivers) do not fail a run */
	for (i = 0; i < report->count; i++)
		if ((fail_on &
		     HDRCHECK_STATUS_BIT(report->findings[i].status)) &&
		    !report->findings[i].accepted)
			return 1;
	return 0;
}

int hdrcheck_report_write(FILE *out, const hdrcheck_report *report,
                          hdrcheck_format format,
                          const hdrcheck_write_options *opts)
{
	hdrcheck_write_options defaults = HDRCHECK_WRITE_OPTIONS_INIT;
	int error = 0;

	if (!out || !report) {
		error = hdrcheck__error_set(HDRCHECK_EINVAL,
		                            "no stream or no report to write");
		goto done;
	}
	if (opts && opts->version > HDRCHECK_WRITE_OPTIONS_VERSION) {
		error = hdrcheck__error_set(
		    HDRCHECK_EINVAL,
		    "unsupported hdrcheck_write_options version %u",
		    opts->version);
		goto done;
	}
	/* a version 1 caller's struct ends before fail_on, a version 2
	 * one's before max_results: read no further, and let the writers see
	 * a whole struct with defaults for the rest */
	if (opts)
		memcpy(&defaults, opts,
		       opts->version >= 3 ? sizeof(defaults)
		       : opts->version == 2
		           ? offsetof(hdrcheck_write_options, max_results)
		           : offsetof(hdrcheck_write_options, fail_on));
	defaults.version = HDRCHECK_WRITE_OPTIONS_VERSION;
	opts = &defaults;

	/* a stale errno must not end up in the detail of a later failure */
	errno = 0;
	switch (format) {
	case HDRCHECK_FORMAT_TEXT:
		error = hdrcheck__report_write_text(out, report, opts);
		break;
	case HDRCHECK_FORMAT_JSON:
		error = hdrcheck__report_write_json(out, report, opts);
		break;
	case HDRCHECK_FORMAT_SARIF:
		error = hdrcheck__report_write_sarif(out, report, opts);
		break;
	case HDRCHECK_FORMAT_JUNIT:
		error = hdrcheck__report_write_junit(out, report, opts);
		break;
	case HDRCHECK_FORMAT_MARKDOWN:
		error = hdrcheck__report_write_markdown(out, report, opts);
		break;
	case HDRCHECK_FORMAT_CSV:
		error = hdrcheck__report_write_csv(out, report, opts);
		break;
	case HDRCHECK_FORMAT_HTML:
		error = hdrcheck__report_write_html(out, report, opts);
		break;
	case HDRCHECK_FORMAT_SPDX_JSON:
	case HDRCHECK_FORMAT_SPDX:
	case HDRCHECK_FORMAT_CYCLONEDX_JSON:
		error = hdrcheck__report_write_sbom(out, report, format, opts);
		break;
	default:
		error = hdrcheck__error_set(
		    HDRCHECK_EINVAL, "unknown report format %d", (int)format);
		break;
	}
	if (error < 0)
		goto done;

	/* stdio buffers: a full disk often shows only when flushing */
	if (fflush(out) != 0 || ferror(out))
		error = hdrcheck__report_write_failed(errno);

done:
	return error;
}
