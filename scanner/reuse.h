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

#ifndef HDRCHECK_SCANNER_REUSE_H
#define HDRCHECK_SCANNER_REUSE_H

#include "hdrcheck/report.h"
#include "policies/config.h"
#include "policies/policy.h"
#include "scanner/scanner.h"

/*
 * After the scan, before the baseline (the findings sorted by path):
 * what REUSE says outside the files (".license" sidecars, REUSE.toml,
 * .reuse/dep5) applied to the findings (policies/reuse.h). A REUSE.toml
 * or dep5 that does not parse is an error of the run, with its
 * "<path>:<line>:<column>: <message>". partial: the findings are part
 * of the tree (PATH arguments, --changed-since, --staged), so a
 * sidecar or a REUSE.toml above them may be unlisted: they are looked
 * for in the source. licenses_dir (the REUSE default configuration):
 * then a file that passes with a license whose text is not in the root's
 * LICENSES/ ("LICENSES/<id>.<ext>", REUSE's "missing licenses") is
 * other_license, its reason naming the missing text; and a full run
 * warns (warn, when not NULL) of each text that no file uses
 * ("LICENSES/X.txt: no file uses X", REUSE's "unused licenses").
 */
int hdrcheck__check_reuse(hdrcheck_report *report, hdrcheck__source *src,
                          const hdrcheck__policy *policy, int partial,
                          int licenses_dir,
                          void (*warn)(const char *message, void *payload),
                          void *warn_payload);

/*
 * After the scan: a finding whose header names its license only as "the
 * LICENSE file", "COPYING" or "the same license as the project" (reason
 * HDRCHECK__REASON_LICENSE_FILE) takes the license identified in the
 * nearest license file up the tree, and is judged by it; unless that
 * file holds several licenses (the ASF's LICENSE with its bundled
 * components): then it keeps its LicenseRef-, the reason saying so. The
 * license files are read from src whatever the scope of the report (a
 * verdict depends on the file and the repository only).
 */
int hdrcheck__check_license_refs(hdrcheck_report *report, hdrcheck__source *src,
                                 const hdrcheck__policy *policy);

/*
 * The configuration of a REUSE project that has none of hdrcheck's own
 * (a REUSE.toml or .reuse/dep5 at the root): every file must state a
 * license whose text is in LICENSES/ (config->reuse_licenses). *out is
 * NULL when src is no REUSE project.
 */
int hdrcheck__reuse_default_config(hdrcheck__config **out,
                                   hdrcheck__source *src);

void hdrcheck__license_origin_dispose(hdrcheck__license_origin *o);

/*
 * explain: what lies outside f's own header, applied to f as check
 * applies it. REUSE's information that covers f->path (its ".license"
 * sidecar, the REUSE.toml annotations and dep5 stanzas, each with its
 * file and line) is appended to trace as "reuse:" lines; for a header
 * that names its license as "the LICENSE file", the license files up the
 * tree are classified with lc and the nearest one's license taken
 * ("license file:" line). f is then judged by the same steps check runs
 * (hdrcheck__check_license_refs, hdrcheck__check_reuse), and origin says
 * where its license came from.
 */
int hdrcheck__explain_outside(hdrcheck_buf *trace,
                              hdrcheck__license_origin *origin,
                              hdrcheck_finding *f, hdrcheck__source *src,
                              const hdrcheck__policy *policy,
                              hdrcheck__classifier *lc, int licenses_dir);

#endif
