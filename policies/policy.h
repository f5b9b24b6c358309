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

#ifndef HDRCHECK_POLICIES_POLICY_H
#define HDRCHECK_POLICIES_POLICY_H

/*
 * What the scanner asks of the policies module: is this path worth
 * reading, and what is the verdict on these first bytes.
 */

#include <stddef.h>
#include "hdrcheck/report.h"
#include "common.h"

/* Compiled policy: patterns, templates, exclusions. Read-only once built,
 * shared by every worker thread. */
typedef struct hdrcheck__policy hdrcheck__policy;

/* Per-thread state: pcre2 match data and JIT stack, scratch buffers. */
typedef struct hdrcheck__classifier hdrcheck__classifier;

struct hdrcheck__config; /* policies/config.h */

/*
 * Compile a policy from a configuration (NULL: the built-in default,
 * Apache-2.0 everywhere) plus extra exclusion globs (the CLI's --exclude).
 * An invalid pattern is HDRCHECK_EINVAL with the detail set.
 */
int hdrcheck__policy_new(hdrcheck__policy **out,
			 const struct hdrcheck__config *config,
			 const char *const *excludes, size_t excludes_count);
void hdrcheck__policy_free(hdrcheck__policy *policy);
/* The SPDX id required ("Apache-2.0"). */
const char *hdrcheck__policy_license(const hdrcheck__policy *policy);

int hdrcheck__classifier_new(hdrcheck__classifier **out,
			     const hdrcheck__policy *policy);
void hdrcheck__classifier_free(hdrcheck__classifier *c);

/* What .gitattributes says of a file (scanner/attributes). */
typedef struct {
	int generated;      /* linguist-generated */
	int vendored;       /* linguist-vendored */
	int skip;           /* hdrcheck=skip */
	const char *policy; /* hdrcheck-policy=NAME, or NULL */
} hdrcheck__file_attrs;

/*
 * Decide from the path alone when possible (exclusions, attributes, types
 * that cannot hold a comment). Returns 1 when *out is final, 0 when the
 * content is needed, or a negative error. attrs may be NULL. out->reason,
 * out->license and out->policy are malloc'd.
 */
int hdrcheck__classify_path(hdrcheck__classifier *c, const char *path,
			    const hdrcheck__file_attrs *attrs,
			    hdrcheck_finding *out);

/*
 * Classify a file from its first len bytes (at most the header window,
 * HDRCHECK__WINDOW_BYTES). Returns 0 or a negative error (out of memory);
 * problems of the file itself are findings.
 */
int hdrcheck__classify_content(hdrcheck__classifier *c, const char *path,
			       const char *buf, size_t len,
			       hdrcheck_finding *out);

/* Explain mode: each stage appends what it found to trace (NULL: off).
 * The verdict is always the normal code path's, so the explanation cannot
 * drift from what check does. */
void hdrcheck__classifier_trace(hdrcheck__classifier *c, hdrcheck_buf *trace);

/*
 * Render a starter .hdrcheck.yaml into out; license_text (the LICENSE
 * file, or NULL) picks the license when recognised. *detected: the SPDX
 * id recognised (static) or NULL.
 */
int hdrcheck__init_render(hdrcheck_buf *out, const char *license_text,
			  size_t len, const char **detected);

/* Bytes a reader should hand to hdrcheck__classify_content. */
size_t hdrcheck__classify_window(void);

#endif
