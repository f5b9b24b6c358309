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

#ifndef HDRCHECK_SCANNER_RETARGET_H
#define HDRCHECK_SCANNER_RETARGET_H

#include "hdrcheck/check.h"
#include "scanner/sources/source.h"

/* PATH arguments that lie in another repository than the starting
 * directory's: the run goes there, as if -C named its root. */
typedef struct {
	char *dir;    /* that repository's root; NULL: no change */
	char **paths; /* the PATH arguments made absolute */
	size_t count;
} hdrcheck__retarget;

/* Fill rt (dir NULL when the paths stay where they are); 0 or
 * HDRCHECK_ENOMEM. All the PATH arguments must lie in one repository
 * that neither holds nor is held by the starting directory's, and be
 * reached through no symlink; otherwise the scan judges them as before.
 * Work-tree scans only: --rev and --staged take paths in the tree. */
int hdrcheck__retarget_paths(hdrcheck__retarget *rt,
                             const hdrcheck_check_options *opts);
void hdrcheck__retarget_dispose(hdrcheck__retarget *rt);

/* --staged: one warning when the staged configuration file differs from
 * the work tree's (the staged one applies). */
void hdrcheck__staged_config_warn(hdrcheck__source *src,
                                  const hdrcheck_check_options *opts);

#endif
