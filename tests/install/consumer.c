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

/* A program built against an installed libhdrcheck (pkg-config or
 * find_package): it checks the directory it is given and prints the
 * counts. */
#include <stdio.h>
#include <hdrcheck/hdrcheck.h>

int main(int argc, char **argv)
{
	hdrcheck_check_options opts = HDRCHECK_CHECK_OPTIONS_INIT;
	hdrcheck_report *report = NULL;
	const hdrcheck_summary *s;

	opts.dir = argc > 1 ? argv[1] : ".";
	opts.no_cache = 1;
	if (hdrcheck_check(&report, &opts) < 0) {
		fprintf(stderr, "consumer: %s\n", hdrcheck_error_last());
		return 2;
	}
	s = hdrcheck_report_summary(report);
	printf("hdrcheck %s: %zu files, %zu missing\n", hdrcheck_version(),
	       s->files, s->by_status[HDRCHECK_STATUS_MISSING]);
	hdrcheck_report_free(report);
	return 0;
}
