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

#ifndef HDRCHECK_SCANNER_GIT_IGNORE_H
#define HDRCHECK_SCANNER_GIT_IGNORE_H

/* git's ignore rules, read by hand (scanner/git/ignore.c). */

#include <stddef.h>
#include "common.h"

/* git's ignore rules (scanner/git/ignore.c), on common/wildmatch.c. */
/* The rules of one ignore file, whose directory is base ("" or "dir/"). */
typedef struct hdrcheck__ignore_list hdrcheck__ignore_list;
int hdrcheck__ignore_list_parse(hdrcheck__ignore_list **out, const char *base,
                                const char *text, size_t len);
void hdrcheck__ignore_list_free(hdrcheck__ignore_list *l);
/* The last rule matching path (len bytes, NUL-terminated, relative to the
 * work tree and under base): 1 excludes it, -1 re-includes it, 0 when no
 * rule matches. is_dir: for the rules ending in '/'. */
int hdrcheck__ignore_list_match(const hdrcheck__ignore_list *l,
                                const char *path, size_t len, int is_dir,
                                int icase);

#endif
