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

#ifndef HDRCHECK_TESTS_REPORTS_FIXTURE_H
#define HDRCHECK_TESTS_REPORTS_FIXTURE_H

/*
 * Reports built by hand for the writer tests (the container is plain
 * data), and golden-file helpers. Goldens live in tests/data/reports/;
 * "@VERSION@" in them stands for HDRCHECK_VERSION. With
 * HDRCHECK_UPDATE_GOLDEN=1 in the environment, assert_golden() rewrites
 * the golden file instead of comparing (review the diff!).
 */

#include <stddef.h>
#include "common.h"
#include "hdrcheck/report.h"

#define GOLDEN_DIR HDRCHECK_TEST_DATA "/reports/"
#define COMMIT_ID  "0123456789abcdef0123456789abcdef01234567"
/* 2024-05-06 07:08:09 UTC: the date of every golden report */
#define GOLDEN_DATE 1714979289LL

hdrcheck_report *report_new(const char *root, const char *commit);
/* language is borrowed (a static name), the other strings copied;
 * holders is '\n'-separated or NULL. */
void report_add(hdrcheck_report *r, const char *path, hdrcheck_status status,
                const char *reason, const char *license, const char *language,
                unsigned int line, const char *holders);
/* The reports of the goldens; hdrcheck_report_free() them. */
hdrcheck_report *basic_report(void);
hdrcheck_report *escapes_report(void);

/* Write r to memory; the writer must succeed. */
char *render(const hdrcheck_report *r, hdrcheck_format format,
             const hdrcheck_write_options *opts, size_t *len);
char *read_file(const char *path, size_t *len);
void assert_golden(const char *name, const char *got, size_t got_len);
void check_golden(const hdrcheck_report *r, hdrcheck_format format,
                  const hdrcheck_write_options *opts, const char *name);

#endif
