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
 * Baseline files: parse arbitrary bytes; when they load, the entries are
 * sorted with valid fields, and writing a report of those violations and
 * reading it back gives the same paths, statuses and blob ids, all of
 * which the baseline then accepts (none stale). Errors are one line.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	hdrcheck__baseline b = {NULL, 0}, again = {NULL, 0};
	hdrcheck_report report;
	char *text = NULL;
	size_t len = 0, i;
	FILE *m;

	memset(&report, 0, sizeof(report));
	if (hdrcheck__baseline_parse(&b, "fuzz.baseline", (const char *)data,
	                             size) < 0) {
		if (!*hdrcheck_error_last() ||
		    strchr(hdrcheck_error_last(), '\n'))
			__builtin_trap();
		return 0;
	}
	if (!(report.findings =
	          calloc(b.count ? b.count : 1, sizeof(*report.findings))))
		goto done;
	for (i = 0; i < b.count; i++) {
		if (!*b.items[i].path ||
		    !hdrcheck_status_is_violation(b.items[i].status) ||
		    (b.items[i].blob && strlen(b.items[i].blob) != 40) ||
		    (i && strcmp(b.items[i - 1].path, b.items[i].path) > 0))
			__builtin_trap();
		report.findings[i].path = b.items[i].path;
		report.findings[i].status = b.items[i].status;
		report.findings[i].blob = b.items[i].blob;
		report.findings[i].reason = b.items[i].reason;
	}
	report.count = b.count;
	if (!(m = open_memstream(&text, &len)))
		goto done;
	if (hdrcheck_baseline_write(
	        m, &report,
	        HDRCHECK_FAIL_ON_DEFAULT |
	            HDRCHECK_STATUS_BIT(HDRCHECK_STATUS_ERROR)) < 0) {
		fclose(m);
		goto done;
	}
	fclose(m);
	if (hdrcheck__baseline_parse(&again, "again", text, len) < 0 ||
	    again.count != b.count)
		__builtin_trap();
	for (i = 0; i < b.count; i++)
		if (strcmp(again.items[i].path, b.items[i].path) != 0 ||
		    again.items[i].status != b.items[i].status ||
		    (!again.items[i].blob) != (!b.items[i].blob) ||
		    (b.items[i].blob &&
		     strcmp(again.items[i].blob, b.items[i].blob) != 0))
			__builtin_trap();
	if (hdrcheck__baseline_apply(&report, &again) < 0)
		goto done;
	if (report.stale_count != 0)
		__builtin_trap();
done:
	free(report.stale);
	free(report.findings);
	free(text);
	hdrcheck__baseline_dispose(&again);
	hdrcheck__baseline_dispose(&b);
	return 0;
}
