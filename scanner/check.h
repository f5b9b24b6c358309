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
 * What a check leaves for the fixer (fixer/fix.c), so that it works in
 * the check's session: the compiled policy (it borrows the report's
 * configuration: dispose of it before the report), and the PATH
 * arguments as repository-relative paths (NULL when there are none).
 */
typedef struct {
	hdrcheck__policy *policy;
	char **paths;
	size_t paths_count;
} hdrcheck__check_session;

/* hdrcheck_check(), and on success *session filled (scanner/check.c). */
int hdrcheck__check_keep(hdrcheck_report **out,
                         hdrcheck__check_session *session,
                         const hdrcheck_check_options *opts);
void hdrcheck__check_session_dispose(hdrcheck__check_session *s);

#endif
