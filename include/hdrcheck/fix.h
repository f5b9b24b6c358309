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

#ifndef HDRCHECK_FIX_H
#define HDRCHECK_FIX_H

/**
 * @file hdrcheck/fix.h
 * @brief Insert missing license headers and repair damaged ones, safely.
 */

#include "hdrcheck/common.h"
#include "hdrcheck/check.h"
#include "hdrcheck/report.h"

/** What fix did (or, in a dry run, would do) to one file. */
typedef enum {
	HDRCHECK_FIX_INSERTED = 0, /**< a header was added (was missing) */
	HDRCHECK_FIX_REPLACED,     /**< a damaged header was replaced */
	HDRCHECK_FIX_NOT_FIXABLE   /**< a violation left as is; see reason */
} hdrcheck_fix_action;

/** The stable name of an action ("inserted", "replaced", "not_fixable"). */
HDRCHECK_EXTERN(const char *) hdrcheck_fix_action_name(hdrcheck_fix_action a);

/**
 * One file fix changed or could not fix. Plain data: the strings are owned
 * by the result and valid until hdrcheck_fix_result_free().
 */
typedef struct {
	const char *path; /**< repository-relative, '/'-separated */
	hdrcheck_fix_action action;
	hdrcheck_status status; /**< the verdict of check before the fix */
	const char *reason;     /**< not fixable: why; otherwise NULL */
} hdrcheck_fix_entry;

/** Options of hdrcheck_fix(). Zero means default. */
typedef struct {
	unsigned int version;
	/**
	 * What to scan, as for hdrcheck_check(): directory, PATHs,
	 * exclusions, configuration, jobs, warnings. NULL = the defaults.
	 */
	const hdrcheck_check_options *check;
	/** 1: change nothing; the result holds a unified diff instead. */
	int dry_run;
	/**
	 * 1: the year of a new copyright line is the year of the commit that
	 * added the file (one walk of the history for the whole run); files
	 * no commit added get the current year.
	 */
	int year_from_git;
	/** The year of new copyright lines; 0 = the current year. */
	int year;
} hdrcheck_fix_options;

#define HDRCHECK_FIX_OPTIONS_VERSION 1
#define HDRCHECK_FIX_OPTIONS_INIT                                              \
	{                                                                      \
		HDRCHECK_FIX_OPTIONS_VERSION                                   \
	}

/** The outcome of a fix run: opaque, see the accessors below. */
typedef struct hdrcheck_fix_result hdrcheck_fix_result;

/**
 * Scan like hdrcheck_check(), then give every `missing` file the header
 * of its policy, after the file's preamble, and replace the damaged header
 * block of every `mismatch` file. Files are rewritten atomically (a
 * temporary file in the same directory, fsync, rename) with their mode
 * bits, owner, line endings, BOM, final-newline state and every byte
 * outside the header kept; never through a symlink, never outside the
 * tree, never when the file changed since it was read. Every other file is
 * left alone. A file that cannot be fixed is an entry with a reason, not
 * an error.
 *
 * @param out the result, to free with hdrcheck_fix_result_free(); written
 *        only on success
 * @return 0 or a negative HDRCHECK_E* code (detail: hdrcheck_error_last())
 */
HDRCHECK_EXTERN(int)
hdrcheck_fix(hdrcheck_fix_result **out, const hdrcheck_fix_options *opts);

/** Free a result; NULL is a no-op. */
HDRCHECK_EXTERN(void) hdrcheck_fix_result_free(hdrcheck_fix_result *result);

/** The number of entries: files fixed and files not fixable. */
HDRCHECK_EXTERN(size_t)
hdrcheck_fix_result_count(const hdrcheck_fix_result *result);

/**
 * The i-th entry, sorted bytewise by path.
 * @return borrowed; owned by the result; NULL if i is out of range.
 */
HDRCHECK_EXTERN(const hdrcheck_fix_entry *)
hdrcheck_fix_result_get(const hdrcheck_fix_result *result, size_t i);

/** Files changed (in a dry run: that would be changed). */
HDRCHECK_EXTERN(size_t)
hdrcheck_fix_result_fixed(const hdrcheck_fix_result *result);

/** Violations fix left as they are (entries HDRCHECK_FIX_NOT_FIXABLE). */
HDRCHECK_EXTERN(size_t)
hdrcheck_fix_result_not_fixable(const hdrcheck_fix_result *result);

/**
 * A dry run's changes as one unified diff (`--- a/path`, `+++ b/path`)
 * that `git apply` accepts; empty when nothing would change or when the
 * run was not a dry run.
 * @param len receives the length; may be NULL
 * @return borrowed; owned by the result; never NULL
 */
HDRCHECK_EXTERN(const char *)
hdrcheck_fix_result_diff(const hdrcheck_fix_result *result, size_t *len);

#endif
