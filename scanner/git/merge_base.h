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

#ifndef HDRCHECK_SCANNER_GIT_MERGE_BASE_H
#define HDRCHECK_SCANNER_GIT_MERGE_BASE_H

#include <git2.h>
#include <stddef.h>

/* The merge base of a and b, reading .git/shallow as git does (its
 * commits have no parents); HDRCHECK_ENOTFOUND when there is none. */
int hdrcheck__merge_base(git_oid *out, git_repository *repo, const git_oid *a,
                         const git_oid *b);
/* The same; *steps (when not NULL) receives how many commits the walks
 * took in all: a measure of the work that tests can bound. */
int hdrcheck__merge_base_steps(git_oid *out, git_repository *repo,
                               const git_oid *a, const git_oid *b,
                               size_t *steps);

#endif
