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

#ifndef HDRCHECK_SCANNER_CHECK_H
#define HDRCHECK_SCANNER_CHECK_H

/* What scanner/check.c gives the fixer. */

#include "hdrcheck/check.h"
#include "policies/policy.h"

/*
 * For the fixer (fixer/fix.c), in scanner/check.c: the configuration and
 * policy check builds from opts (the fixer clears opts->warn: check has
 * reported the warnings already), and
 * opts' PATH arguments as repository-relative paths (*paths: NULL when
 * there are none; paths_count malloc'd strings otherwise).
 */
struct hdrcheck__config;
int hdrcheck__check_prepare(struct hdrcheck__config **config,
                            hdrcheck__policy **policy, char ***paths,
                            const hdrcheck_check_options *opts);

#endif
