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

#ifndef HDRCHECK_REPORTS_JSON_H
#define HDRCHECK_REPORTS_JSON_H

/*
 * jansson helpers of the JSON-based writers (reports/json.c): the JSON
 * report and SARIF. Only reports/ includes this header (and <jansson.h>).
 * Every function returns 0 or HDRCHECK_ENOMEM (HDRCHECK_EIO for dumping)
 * with the detail set; out-params are written only on success.
 */

#include <stdio.h>
#include <jansson.h>
#include "common.h"

int hdrcheck__json_nomem(void);
/* A malloc'd, NUL-terminated copy of s[0..len) where each byte that does
 * not start a valid UTF-8 sequence is replaced by U+FFFD. */
int hdrcheck__json_fix_utf8(char **out, size_t *out_len, const char *s,
                            size_t len);
/* A JSON string of s[0..len), made valid UTF-8 as above. */
int hdrcheck__json_stringn(json_t **out, const char *s, size_t len);
/* A JSON string of s, or null for NULL. */
int hdrcheck__json_string(json_t **out, const char *s);
/* Set obj[key]; value is stolen, even on failure, and may be NULL (a
 * failed constructor), which is reported as out of memory. */
int hdrcheck__json_set(json_t *obj, const char *key, json_t *value);
int hdrcheck__json_set_string(json_t *obj, const char *key, const char *s);
int hdrcheck__json_set_count(json_t *obj, const char *key, size_t n);
int hdrcheck__json_object(json_t **out);
/* Dump value on one line, keys in insertion order. */
int hdrcheck__json_dump(FILE *out, const json_t *value);
/* s (JSON text jansson wrote) with DEL, the C1 controls and the
 * bidirectional controls escaped as \u sequences, as every JSON and SARIF
 * report writes them; *out is malloc'd and NUL-terminated. */
int hdrcheck__json_escape_controls(char **out, size_t *out_len, const char *s,
                                   size_t len);
/*
 * Append the JSON report's record of f to out, {"path": ..., "policy": ...}
 * on one line: the bytes hdrcheck__json_dump() writes for the object of
 * these members (strings made valid UTF-8 as above, "line" null for 0,
 * "holders" an array of the '\n'-separated names).
 */
int hdrcheck__json_put_file(hdrcheck_buf *out, const hdrcheck_finding *f);

#endif
