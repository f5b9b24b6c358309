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

#ifndef HDRCHECK_SCANNER_BASELINE_H
#define HDRCHECK_SCANNER_BASELINE_H

#include "hdrcheck/check.h"
#include "policies/config.h"
#include "scanner/sources/source.h"

/*
 * After the scan, before the report is finished (the findings sorted by
 * path): the blob ids of the violations when a baseline is read or
 * written, the configuration's waivers, then the baseline (opts->baseline,
 * else the configuration's "baseline" key) applied.
 */
int hdrcheck__check_baseline(hdrcheck_report *report, hdrcheck__source *src,
                             const hdrcheck__config *config,
                             const hdrcheck_check_options *opts);

#endif
