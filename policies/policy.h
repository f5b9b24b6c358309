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
/* The number of policies (rules); when i is below it, *name and *license
 * get the i-th one's (borrowed). */
size_t hdrcheck__policy_rules(const hdrcheck__policy *policy, const char **name,
                              const char **license, size_t i);

/*
 * Judge a license stated for path outside its header (REUSE): under the
 * policy named policy_name (NULL, or a name no policy has: the one path
 * selects). *status is ok (the policy's license, or any license where
 * third_party is set), other_license, or mismatch when expr is not a
 * valid SPDX expression; *out is the malloc'd normal form, or the reason
 * it is invalid. 0, or a negative error (*out untouched).
 */
int hdrcheck__policy_judge(const hdrcheck__policy *p, const char *path,
                           const char *policy_name, const char *expr,
                           hdrcheck_status *status, char **out);

/*
 * Does the license file text[0..len) hold several licenses: a full text
 * hdrcheck identifies, followed by words that put something under
 * another license (hdrcheck__ident.several; docs/matching.md)? 1 or 0,
 * or HDRCHECK_ENOMEM.
 */
int hdrcheck__policy_text_several(const hdrcheck__policy *p, const char *text,
                                  size_t len);

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

/* Explain mode: the candidate licenses of the last file classified
 * (policies/identify.h; borrowed, valid until the next classification),
 * and *from_tag, whether its license came from an SPDX tag. */
struct hdrcheck__ident_s;
const struct hdrcheck__ident_s *
hdrcheck__classifier_explained(const hdrcheck__classifier *c, int *from_tag);

/*
 * Render a starter .hdrcheck.yaml into out; license_text (the LICENSE
 * file, or NULL) picks the license when recognised. *detected: the SPDX
 * id recognised (static) or NULL.
 */
int hdrcheck__init_render(hdrcheck_buf *out, const char *license_text,
                          size_t len, const char **detected);

/* Bytes a reader should hand to hdrcheck__classify_content. */
size_t hdrcheck__classify_window(void);

/*
 * A digest of everything that can change what hdrcheck__classify_path()
 * and hdrcheck__classify_content() say of a file, other than its path, its
 * attributes and its bytes (policies/fingerprint.c): the tool's version
 * and build, the header window, the built-in file types and license forms,
 * the configuration as loaded (config_name and its raw bytes; NULL config:
 * the built-in default) and the extra exclusions (--exclude). The result
 * cache keys on it.
 */
int hdrcheck__policy_fingerprint(const hdrcheck__policy *p,
                                 const char *config_name, const char *config,
                                 size_t config_len, const char *const *excludes,
                                 size_t excludes_count, unsigned char out[32]);

/*
 * The fixer's questions (policies/fixplan.c, fixer/): where a header goes
 * in a file, what it must say, and which comment block holds a damaged
 * one. The verdict is always the one check gives.
 */
#include "policies/header.h"

/* What the last hdrcheck__classify_content call used, recorded when the
 * caller asks (hdrcheck__classifier_facts). Everything is borrowed from
 * the policy or the classifier: valid until the next classify call. */
typedef struct {
	const hdrcheck_language *lang; /* or NULL */
	const char *license;           /* the rule's SPDX expression */
	const char *header;            /* the rule's custom header, or NULL */
	const char *holder;            /* copyright.holder, or NULL */
	int holder_pattern;            /* 1: copyright.holder_pattern is set */
	int copyright_required;
	int spdx;                      /* hdrcheck__spdx_mode */
	const hdrcheck__tokens *forms; /* the rule's header and accept texts */
	size_t forms_count;
	const hdrcheck__license_tokens *builtin; /* built-in forms, or NULL */
	const hdrcheck__comments *comments;      /* the leading comment run */
	int prose; /* 1: the verdict read a document's prose as the header */
} hdrcheck__fix_facts;

/* Record into facts what each classify_content call used (NULL: off). */
void hdrcheck__classifier_facts(hdrcheck__classifier *c,
                                hdrcheck__fix_facts *facts);

/* One line of a header comment block, decoration removed. */
typedef enum {
	HDRCHECK__PLAN_BLANK = 0,
	HDRCHECK__PLAN_LICENSE,   /* words of the license text */
	HDRCHECK__PLAN_COPYRIGHT, /* "Copyright ...", "(c) ...", "©" */
	HDRCHECK__PLAN_SPDX,      /* "SPDX-License-Identifier: ..." */
	HDRCHECK__PLAN_OTHER      /* anything else: kept */
} hdrcheck__plan_line_kind;

typedef struct {
	size_t off, len; /* the text, in the classified buffer */
	hdrcheck__plan_line_kind kind;
} hdrcheck__plan_line;

/* How to fix one file: the verdict, the rule, where a header goes, and
 * the comment block a new header replaces or extends. */
typedef struct {
	hdrcheck_finding finding;  /* the verdict; its strings are malloc'd */
	hdrcheck__fix_facts facts; /* comments: not valid after the call */
	size_t insert_at;     /* where a new header goes: after the preamble */
	int blank_before;     /* 1: a blank line goes between preamble and
	                       * header (PHP, PSR-12) */
	int copyright_in_run; /* a copyright line in the leading comments
	                       * outside the block */
	/* the block: the damaged header (mismatch), or the first comment
	 * block when it holds a copyright line (missing); [start, end) are
	 * whole lines, but start may follow a preamble on its line */
	int has_block;
	const char *block_problem; /* static: why it cannot be replaced */
	size_t block_start, block_end;
	const char *block_line; /* its line comment marker, or NULL */
	const char *block_open; /* its block comment delimiters, or NULL */
	const char *block_close;
	hdrcheck__plan_line *lines; /* the block's lines, in order */
	size_t lines_count;
	/* what makes a new header unsafe (fixplan.c, "Safety"): a line of
	 * the window that states a license or a copyright check did not
	 * take for the policy's header (notice: static kind; the line's
	 * text is [notice_off, +notice_len), line notice_line), or a
	 * comment syntax the content contradicts */
	const char *notice;
	size_t notice_off, notice_len;
	unsigned int notice_line;
	const char *syntax_problem;
	/* 1: a Django or Jinja template of a type whose own comments
	 * reach the rendered output (HTML, a YAML template known by its
	 * content): a new header goes in "{# #}" lines, which both
	 * engines strip, one per line (Django's cannot span lines), where
	 * check takes them */
	int template_lines;
} hdrcheck__fix_plan;

/*
 * Classify path's content buf[0..len) (the whole file; classification
 * sees its header window, as check does) under the policy named policy
 * (the finding's; NULL: the one its path selects), and plan a fix.
 * Returns 0 or a negative error; dispose the plan either way.
 */
int hdrcheck__classify_plan(hdrcheck__classifier *c, const char *path,
                            const char *policy, const char *buf, size_t len,
                            hdrcheck__fix_plan *out);
void hdrcheck__fix_plan_dispose(hdrcheck__fix_plan *plan);

/* The verdict alone, as hdrcheck__classify_plan gives it. */
int hdrcheck__classify_as(hdrcheck__classifier *c, const char *path,
                          const char *policy, const char *buf, size_t len,
                          hdrcheck_finding *out);

#endif
