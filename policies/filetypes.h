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

#ifndef HDRCHECK_POLICIES_FILETYPES_H
#define HDRCHECK_POLICIES_FILETYPES_H

#include <stddef.h>
#include "hdrcheck/languages.h"

/* The built-in table (policies/languages_table.c); order matters: on an
 * ambiguous extension the first entry wins, so detection is stable. */
extern const hdrcheck_language hdrcheck__languages[];
extern const size_t hdrcheck__languages_count;

/*
 * Detect a type from a '/'-separated path: exact base name first
 * ("Makefile", "CMakeLists.txt"), case-sensitively; then a base name
 * starting with "Dockerfile." or "Containerfile." ("Dockerfile.dev"); then
 * the longest extension ("x.d.ts" -> "d.ts" before "ts"; ".env.example"
 * -> "env.example"), compared ASCII case-insensitively. NULL when unknown.
 * Does not allocate; safe to call from any thread.
 */
const hdrcheck_language *hdrcheck__filetype_from_path(const char *path);

/*
 * Detect a type from a shebang at the start of content (after an optional
 * UTF-8 BOM): "#!/usr/bin/env python3", "#!/bin/sh -e", "#!/usr/bin/env -S
 * node --flag". "#![" is not a shebang. NULL when none or unknown.
 */
const hdrcheck_language *hdrcheck__filetype_from_shebang(const char *content,
                                                         size_t len);

/*
 * The built-in type whose display name is name ("Python", "C++"), compared
 * ASCII case-insensitively; NULL when none. For tests and configuration.
 */
const hdrcheck_language *hdrcheck__filetype_by_name(const char *name);

/*
 * A sorted index of the table's file names and extensions: the same
 * answers as hdrcheck__filetype_from_path, by binary search. Read-only once
 * built, shared by threads. _new returns 0 or -1 (out of memory).
 */
typedef struct hdrcheck__filetype_index hdrcheck__filetype_index;

int hdrcheck__filetype_index_new(hdrcheck__filetype_index **out);
void hdrcheck__filetype_index_free(hdrcheck__filetype_index *ix);
const hdrcheck_language *
hdrcheck__filetype_index_path(const hdrcheck__filetype_index *ix,
			      const char *path);

#endif
