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

#ifndef HDRCHECK_POLICIES_CONFIG_TREE_H
#define HDRCHECK_POLICIES_CONFIG_TREE_H

/*
 * Private to the two configuration loaders (policies/config.c and
 * policies/licenserc.c). policies/config.c turns libyaml's events into this
 * small tree, so libyaml stays in one file and both schemas can be checked
 * with line and column at every node. The tree is bounded: 1 MiB of input,
 * 64 levels, 100000 nodes; aliases are refused (no "billion laughs").
 */

#include <stddef.h>
#include "common.h"
#include "policies/config.h"

typedef enum {
	HDRCHECK__YNODE_SCALAR = 0,
	HDRCHECK__YNODE_SEQUENCE,
	HDRCHECK__YNODE_MAPPING
} hdrcheck__ynode_kind;

typedef struct hdrcheck__ynode hdrcheck__ynode;

struct hdrcheck__ynode {
	hdrcheck__ynode_kind kind;
	unsigned int line, column; /* 1-based */
	char *value;               /* scalar: NUL-terminated, no inner NUL */
	size_t len;
	int plain;               /* unquoted and untagged: may be null/bool */
	hdrcheck__ynode **items; /* sequence: entries; mapping: k, v, k, v */
	size_t count;
};

#define HDRCHECK__CONFIG_MAX_BYTES ((size_t)1 << 20)
#define HDRCHECK__CONFIG_MAX_DEPTH 64
#define HDRCHECK__CONFIG_MAX_NODES 100000

/*
 * Parse one YAML document into *out (NULL for an empty stream). Duplicate
 * keys, aliases, unknown tags, non-scalar keys and a second document are
 * errors, reported like every configuration error (see ytree_fail).
 */
int hdrcheck__ytree_parse(hdrcheck__ynode **out, const char *source,
                          const char *buf, size_t len);
void hdrcheck__ytree_free(hdrcheck__ynode *node);

/* A plain null: empty, "~" or "null" (any YAML 1.1 spelling). */
int hdrcheck__ytree_is_null(const hdrcheck__ynode *node);
/* A plain boolean: *out = 0 or 1; returns 0 when node is not one. */
int hdrcheck__ytree_bool(const hdrcheck__ynode *node, int *out);

/* Set "<source>:<line>:<column>: <message>" with HDRCHECK_EINVAL. */
int hdrcheck__ytree_fail(const char *source, const hdrcheck__ynode *at,
                         const char *fmt, ...) HDRCHECK__PRINTF(3, 4);
/* The same line, formatted into a malloc'd string (for warnings). */
char *hdrcheck__ytree_message(const char *source, const hdrcheck__ynode *at,
                              const char *fmt, ...) HDRCHECK__PRINTF(3, 4);
/* s in double quotes, escaped and shortened to fit out; returns out. */
const char *hdrcheck__ytree_quote(char *out, size_t size, const char *s);

/* The entry of known (NULL-terminated) within edit distance 2 of key that
 * is nearest, first in table order on a tie; NULL when none. */
const char *hdrcheck__config_suggest(const char *key, const char *const *known);

/* Checks shared by both schemas; each reports at node. */
int hdrcheck__config_check_glob(const char *source, const hdrcheck__ynode *at,
                                const char *glob);
int hdrcheck__config_check_regex(const char *source, const hdrcheck__ynode *at,
                                 const char *regex);
/* 1 when s reads as an SPDX license identifier or expression of known
 * ids (policies/expression.h). */
int hdrcheck__config_spdx_valid(const char *s);
/* 0 with *out the malloc'd normal form of s, HDRCHECK__EXPR_INVALID with
 * *why a malloc'd reason, or a negative error. */
int hdrcheck__config_spdx_normalize(char **out, char **why, const char *s);
/* "." stripped, ASCII lower case; malloc'd, NULL on out of memory. */
char *hdrcheck__config_extension(const char *s);

/* An empty configuration with the defaults. */
int hdrcheck__config_new(hdrcheck__config **out, const char *source);

/* A growable NULL-terminated string array. */
typedef struct {
	char **items;
	size_t len, cap;
} hdrcheck__strv;

#define HDRCHECK__STRV_INIT                                                    \
	{                                                                      \
		NULL, 0, 0                                                     \
	}

/* Takes ownership of s (freed on failure); s NULL (an allocation that
 * failed) gives HDRCHECK_ENOMEM. */
int hdrcheck__strv_push(hdrcheck__strv *v, char *s);
int hdrcheck__strv_push_copy(hdrcheck__strv *v, const char *s);
/* The NULL-terminated array, ownership to the caller; v is reset. */
int hdrcheck__strv_detach(char ***out, hdrcheck__strv *v);
void hdrcheck__strv_dispose(hdrcheck__strv *v);
void hdrcheck__strv_free(char **v);

#endif
