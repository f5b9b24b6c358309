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

#ifndef HDRCHECK_SCANNER_ATTRIBUTES_H
#define HDRCHECK_SCANNER_ATTRIBUTES_H

/* .gitattributes (scanner/attributes.c): which files may carry one of
 * hdrcheck's attributes, and the lookups, one repository per worker. */

#include <stdint.h>
#include "common.h"
#include "policies/policy.h"
#include "scanner/sources/source.h"

/* Which files may carry an attribute hdrcheck reads: built once from the
 * attribute files of the scanned tree, read-only afterwards. */
typedef struct hdrcheck__attr_filter hdrcheck__attr_filter;

/* entries: the files in scope, whose directories' attribute files are
 * read. */
int hdrcheck__attr_filter_new(hdrcheck__attr_filter **out,
                              hdrcheck__source *src,
                              const hdrcheck__entries *entries);
/* Add the attribute files of more entries (untracked ones). */
int hdrcheck__attr_filter_add(hdrcheck__attr_filter *f, hdrcheck__source *src,
                              const hdrcheck__entries *entries);
/* Add these attribute files (paths of untracked .gitattributes the walk
 * found); *changed: 1 when any existed, and verdicts under their
 * directories may have been taken without them. */
int hdrcheck__attr_filter_add_files(hdrcheck__attr_filter *f,
                                    hdrcheck__source *src,
                                    const hdrcheck_vector *paths, int *changed);
/* For the fuzz target: a filter made of one attribute file's bytes, as
 * if found in the directory dir ("" = the root), without a repository. */
int hdrcheck__attr_filter_parse(hdrcheck__attr_filter **out, const char *dir,
                                const char *buf, size_t len);
void hdrcheck__attr_filter_free(hdrcheck__attr_filter *f);
/* 1 when any attribute file names one of our attributes. */
int hdrcheck__attr_filter_any(const hdrcheck__attr_filter *f);
/* 0: no attribute of ours can apply to path, skip the lookup. */
int hdrcheck__attr_filter_maybe(const hdrcheck__attr_filter *f,
                                const char *path);
/* The digest of the attribute files that apply to path's directory and
 * of the line-ending settings: part of a work-tree file's cache key. */
uint64_t hdrcheck__attr_filter_digest(const hdrcheck__attr_filter *f,
                                      const char *path);

/* A worker's attribute lookups, through its own repository. */
typedef struct hdrcheck__attrs hdrcheck__attrs;

int hdrcheck__attrs_new(hdrcheck__attrs **out, hdrcheck__source *src);
void hdrcheck__attrs_free(hdrcheck__attrs *a);
/* out->policy is owned by a, valid until the next call. */
int hdrcheck__attrs_get(hdrcheck__attrs *a, const hdrcheck__entry *e,
                        hdrcheck__file_attrs *out);
/* For explain: look up one repository-relative path. */
int hdrcheck__attrs_get_path(hdrcheck__attrs *a, const char *path,
                             hdrcheck__file_attrs *out);

#endif
