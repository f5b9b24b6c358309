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
#include <stdio.h>
#include <string.h>
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

int hdrcheck_format_parse(hdrcheck_format *out, const char *name)
{
	int error = 0;

	if (!out || !name)
		error = hdrcheck__error_set(HDRCHECK_EINVAL,
		                            "no report format given");
	else if (!strcmp(name, "text"))
		*out = HDRCHECK_FORMAT_TEXT;
	else if (!strcmp(name, "json"))
		*out = HDRCHECK_FORMAT_JSON;
	else
		error = hdrcheck__error_set(
		    HDRCHECK_EINVAL,
		    "unknown format \"%s\" (expected text or json)", name);
	return error;
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
	if (!opts) {
		opts = &defaults;
	} else if (opts->version > HDRCHECK_WRITE_OPTIONS_VERSION) {
		error = hdrcheck__error_set(
		    HDRCHECK_EINVAL,
		    "unsupported hdrcheck_write_options version %u",
		    opts->version);
		goto done;
	}

	/* a stale errno must not end up in the detail of a later failure */
	errno = 0;
	switch (format) {
	case HDRCHECK_FORMAT_TEXT:
		error = hdrcheck__report_write_text(out, report, opts);
		break;
	case HDRCHECK_FORMAT_JSON:
		error = hdrcheck__report_write_json(out, report, opts);
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
