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

#ifndef HDRCHECK_POLICIES_TOML_H
#define HDRCHECK_POLICIES_TOML_H

/*
 * A strict parser for the subset of TOML 1.0 that REUSE.toml uses
 * (policies/reuse.c): comments; bare and quoted keys; [table] and
 * [[array of tables]] headers of one key; strings (basic, literal, both
 * multi-line), integers, booleans and arrays of those. Anything else
 * (dotted keys, inline tables, floats, dates) is an error that says so,
 * never a value read wrongly. Debian 12 ships no C TOML library.
 */

#include <stddef.h>

typedef enum {
	HDRCHECK__TOML_STRING = 0,
	HDRCHECK__TOML_INTEGER,
	HDRCHECK__TOML_BOOLEAN,
	HDRCHECK__TOML_ARRAY
} hdrcheck__toml_kind;

typedef struct hdrcheck__toml_value {
	hdrcheck__toml_kind kind;
	char *str; /* STRING: UTF-8, NUL-terminated, no NUL inside */
	size_t len;
	long long integer;                  /* INTEGER */
	int boolean;                        /* BOOLEAN */
	struct hdrcheck__toml_value *items; /* ARRAY */
	size_t count;
	unsigned int line, column; /* where the value starts, 1-based */
} hdrcheck__toml_value;

typedef struct {
	char *key;
	hdrcheck__toml_value value;
	unsigned int line, column;
} hdrcheck__toml_pair;

typedef struct {
	char *name; /* NULL: the root table */
	int array;  /* 1: one element of [[name]] */
	hdrcheck__toml_pair *pairs;
	size_t count;
	unsigned int line, column; /* the header's '[' */
} hdrcheck__toml_table;

/* The document: tables[0] is the root, the others in file order. */
typedef struct {
	hdrcheck__toml_table *tables;
	size_t count;
} hdrcheck__toml;

/*
 * Parse buf[0..len). On a syntax error returns HDRCHECK_EINVAL with
 * hdrcheck_error_last() "<source>:<line>:<column>: <message>"; or
 * HDRCHECK_ENOMEM. *out is written on success only.
 */
int hdrcheck__toml_parse(hdrcheck__toml **out, const char *source,
                         const char *buf, size_t len);
void hdrcheck__toml_free(hdrcheck__toml *doc);

/* The value of key in table t, or NULL. */
const hdrcheck__toml_pair *hdrcheck__toml_get(const hdrcheck__toml_table *t,
                                              const char *key);

#endif
