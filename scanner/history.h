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

#ifndef HDRCHECK_SCANNER_HISTORY_H
#define HDRCHECK_SCANNER_HISTORY_H

/* --year-from-git (scanner/history.c). */

#include <stddef.h>

/*
 * For each of the count paths (sorted bytewise, unique), the year (in the
 * author's time zone) of the oldest commit reachable from HEAD that added
 * it, or 0 when no commit did (scanner/history.c): one walk of the
 * history for all of them. A plain directory or an unborn HEAD gives 0s.
 */
int hdrcheck__history_years(int *years, const char *root,
                            const char *const *paths, size_t count);

#endif
