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

#ifndef HDRCHECK_CHECK_H
#define HDRCHECK_CHECK_H

/**
 * @file hdrcheck/check.h
 * @brief Scan a repository (or directory) and classify every file.
 */

#include "hdrcheck/common.h"
#include "hdrcheck/report.h"

/** Options of hdrcheck_check(). Zero means default. */
typedef struct {
	unsigned int version;
	/** Directory to start from (like git -C); NULL = current directory. */
	const char *dir;
	/**
	 * Narrow the scan to these files or directories, relative to dir
	 * (or to the current directory when dir is NULL).
	 */
	const char *const *paths;
	size_t paths_count;
	/** Worker threads; 0 = the number of online CPUs. */
	unsigned int jobs;
	/**
	 * gitignore-style globs of repository-relative paths to skip with
	 * reason "excluded" (on top of the built-in LICENSE*, NOTICE*, ...).
	 */
	const char *const *excludes;
	size_t excludes_count;
} hdrcheck_check_options;

#define HDRCHECK_CHECK_OPTIONS_VERSION 1
#define HDRCHECK_CHECK_OPTIONS_INIT {HDRCHECK_CHECK_OPTIONS_VERSION}

/**
 * Scan and classify. Problems with single files are findings; only
 * problems of the tool itself (no such directory, broken repository, out of
 * memory) are errors.
 *
 * @param out the report, to free with hdrcheck_report_free(); written only
 *        on success
 * @return 0 or a negative HDRCHECK_E* code (detail: hdrcheck_error_last())
 */
HDRCHECK_EXTERN(int)
hdrcheck_check(hdrcheck_report **out, const hdrcheck_check_options *opts);

#endif
