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

#ifndef HDRCHECK_POLICIES_REGEX_H
#define HDRCHECK_POLICIES_REGEX_H

/*
 * The only wrapper around pcre2. Patterns are compiled (and JIT-compiled
 * where available) once and are read-only afterwards; every match runs with
 * a per-thread context that carries explicit match, depth and heap limits,
 * so a hostile file costs bounded time and memory.
 */

#include <stddef.h>

typedef struct hdrcheck__regex hdrcheck__regex;
typedef struct hdrcheck__regex_ctx hdrcheck__regex_ctx;

enum { HDRCHECK__RE_CASELESS = 1u << 0, HDRCHECK__RE_MULTILINE = 1u << 1 };

int hdrcheck__regex_new(hdrcheck__regex **out, const char *pattern,
                        unsigned int flags);
void hdrcheck__regex_free(hdrcheck__regex *re);

int hdrcheck__regex_ctx_new(hdrcheck__regex_ctx **out);
void hdrcheck__regex_ctx_free(hdrcheck__regex_ctx *ctx);

/*
 * Match re against s[0..len) from offset start. On a match, ovec receives
 * up to pairs (start, end) offsets (group 0 first; unset groups are
 * (SIZE_MAX, SIZE_MAX)). Returns 1 on match, 0 on no match, HDRCHECK_ELIMIT
 * when a resource limit was hit.
 */
int hdrcheck__regex_match(hdrcheck__regex_ctx *ctx, const hdrcheck__regex *re,
                          const char *s, size_t len, size_t start, size_t *ovec,
                          size_t pairs);

#endif
