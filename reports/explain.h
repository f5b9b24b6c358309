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

#ifndef HDRCHECK_REPORTS_EXPLAIN_H
#define HDRCHECK_REPORTS_EXPLAIN_H

#include "common.h"
#include "policies/identify.h"

/*
 * explain --format json (docs/explain.md): the trace's "step: detail"
 * lines in order, the candidate licenses and why the winner won (ident,
 * or NULL), where the license came from, and the verdict. *out is a
 * malloc'd JSON document ending in a newline.
 */
int hdrcheck__explain_write_json(char **out, const char *trace, size_t len,
                                 const hdrcheck__ident *ident,
                                 const hdrcheck__license_origin *origin,
                                 const hdrcheck_finding *verdict);

#endif
