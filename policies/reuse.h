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

#ifndef HDRCHECK_POLICIES_REUSE_H
#define HDRCHECK_POLICIES_REUSE_H

/*
 * REUSE (the FSFE's specification, 3.x): licensing information given
 * outside a file, by a ".license" sidecar, REUSE.toml annotations or the
 * deprecated .reuse/dep5 (docs/matching.md, "REUSE"). The scanner reads
 * those files (scanner/reuse.c); this module parses them and applies
 * them to a finding.
 */

#include <stddef.h>
#include "hdrcheck/report.h"
#include "policies/policy.h"

typedef struct hdrcheck__reuse hdrcheck__reuse;

int hdrcheck__reuse_new(hdrcheck__reuse **out);
void hdrcheck__reuse_free(hdrcheck__reuse *r);

/*
 * Add the REUSE.toml at path (repository-relative; it covers its own
 * directory and below). A file that is not valid REUSE.toml is
 * HDRCHECK_EINVAL with hdrcheck_error_last() "<path>:<line>:<column>:
 * <message>".
 */
int hdrcheck__reuse_add_toml(hdrcheck__reuse *r, const char *path,
                             const char *buf, size_t len);

/* Add .reuse/dep5 (Debian copyright format 1.0); errors as above. */
int hdrcheck__reuse_add_dep5(hdrcheck__reuse *r, const char *path,
                             const char *buf, size_t len);

/* Does any REUSE.toml or dep5 stanza exist? */
int hdrcheck__reuse_any(const hdrcheck__reuse *r);

/* The licensing information of one ".license" sidecar: its
 * SPDX-License-Identifier tags (joined by AND) and copyright notices. */
typedef struct {
	char *license; /* an SPDX expression, or NULL */
	char *holders; /* '\n'-separated, or NULL */
} hdrcheck__reuse_info;

int hdrcheck__reuse_sidecar(hdrcheck__reuse_info *out, const char *buf,
                            size_t len);
void hdrcheck__reuse_info_dispose(hdrcheck__reuse_info *info);

/* Is path (repository-relative) one of REUSE's own files, which need no
 * header: a REUSE.toml anywhere, or a file in the root's .reuse/? */
int hdrcheck__reuse_own_file(const char *path);

/*
 * Apply what REUSE says of f->path to the finding f (its strings are
 * malloc'd): sidecar, when not NULL, is its ".license" file's
 * information, named sidecar_path. The rules of precedence are REUSE's:
 * a sidecar stands for the file's own header; an "override" annotation
 * replaces everything closer to the file; "aggregate" annotations and
 * dep5 stanzas add to what the file states; a "closest" annotation
 * applies when the file states no license. A finding whose license
 * changes is judged again by its policy (hdrcheck__policy_judge).
 * Returns 1 when the finding changed, 0 when not, or a negative error.
 */
int hdrcheck__reuse_apply(const hdrcheck__reuse *r,
                          const hdrcheck__policy *policy, hdrcheck_finding *f,
                          const hdrcheck__reuse_info *sidecar,
                          const char *sidecar_path);

/* explain: an annotation (REUSE.toml) or stanza (dep5) that covers a
 * path; the strings are borrowed from the hdrcheck__reuse. */
typedef struct {
	const char *source;     /* "REUSE.toml", "sub/REUSE.toml", dep5 */
	unsigned int line;      /* where it starts there */
	const char *precedence; /* "closest", ...; NULL for dep5 */
	const char *license;    /* its expressions joined by AND, or NULL */
} hdrcheck__reuse_match;

/* Every REUSE.toml annotation and dep5 stanza that covers path, the
 * REUSE.toml files shallowest first, dep5 last; *out malloc'd. */
int hdrcheck__reuse_describe(const hdrcheck__reuse *r, const char *path,
                             hdrcheck__reuse_match **out, size_t *count);

#endif
