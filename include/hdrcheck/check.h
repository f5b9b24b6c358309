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

/** A progress callback: files classified so far, out of total. */
typedef void (*hdrcheck_progress_cb)(size_t done, size_t total, void *payload);

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
	/* version 2 */
	/**
	 * Called as the scan goes, about once per percent of the files
	 * classified, with the count done so far and the total; NULL = none.
	 * It runs on a worker thread, one call at a time; it must be quick
	 * and must not call into the library.
	 */
	hdrcheck_progress_cb progress;
	void *progress_payload; /**< handed to progress */
	/* version 3 */
	/**
	 * Configuration file (relative to the current directory); NULL =
	 * .hdrcheck.yaml at the root of the scanned tree, or else a
	 * skywalking-eyes .licenserc.yaml, or else the built-in default.
	 */
	const char *config;
	/** 1: ignore configuration files, use the built-in default. */
	int no_config;
	/**
	 * Called with each configuration warning (e.g. a .licenserc.yaml key
	 * hdrcheck does not support), on the calling thread; NULL = none.
	 */
	void (*warn)(const char *message, void *payload);
	void *warn_payload; /**< handed to warn */
	/* version 4 */
	/**
	 * Scan the tree of this revision (a commit, tag or branch, as git
	 * rev-parse takes it) straight from the object database: no checkout
	 * needed, bare repositories work. The configuration and
	 * .gitattributes come from that commit. NULL = the work tree.
	 */
	const char *rev;
	/**
	 * Only the files added, modified or renamed (under their new path)
	 * since the merge base of this revision and HEAD: committed, staged,
	 * unstaged and untracked changes; deleted files are not listed. With
	 * rev, the changes from the merge base of the two to rev. NULL = every
	 * file in scope.
	 */
	const char *changed_since;
	/**
	 * 1: scan the staged content (the index), only the files that differ
	 * from HEAD (with changed_since: from the merge base).
	 */
	int staged;
	/** 1: recurse into checked-out submodules; their files' paths are
	 * prefixed with the submodule's path. */
	int include_submodules;
	/** 1: do not use the result cache under $GIT_DIR/hdrcheck/. */
	int no_cache;
	/* version 5 */
	/**
	 * A baseline file (written by hdrcheck_baseline_write(), relative to
	 * the current directory): the violations it records with the same
	 * content are accepted (they do not fail the run); its entries that
	 * match nothing are listed as stale. NULL = the configuration's
	 * "baseline" key (relative to the root), else none.
	 */
	const char *baseline;
	/** 1: compute the blob id of every violation (to write a baseline);
	 * done anyway when a baseline is read. */
	int blob_ids;
	/**
	 * The baseline file this run will write (--write-baseline), relative
	 * to the current directory, or NULL. Like the baseline read, it is
	 * hdrcheck's own data: when it lies in the scanned tree, it is
	 * skipped as "excluded" instead of being checked for a header.
	 */
	const char *baseline_target;
	/* version 6 */
	/**
	 * 1: compute the SHA-1 and SHA-256 of every file's whole content
	 * (hdrcheck_finding.sha1, .sha256), for the SPDX and CycloneDX
	 * reports. Costs a read of every byte; off by default.
	 */
	int digests;
	/* version 7 */
	/**
	 * 1: read the git index, the packs and the ignore rules through
	 * libgit2 only, not through hdrcheck's own faster readers. The report
	 * is the same either way; this is for diagnosis and for the tests
	 * that compare the two.
	 */
	int libgit2_only;
	/* version 8 */
	/**
	 * Audit this release archive (tar: plain, gzip, bzip2, xz, zstd;
	 * zip) instead of a directory: its entries are read in memory, never
	 * extracted; a single top-level directory is stripped from the
	 * paths; the configuration comes from the archive's root (or
	 * config). Unsafe names, duplicates, hard links and a missing
	 * LICENSE or NOTICE at the root are findings. NULL = none.
	 */
	const char *archive;
	/**
	 * With archive: compare every entry with the tree of this revision
	 * (found from dir) by blob id and mode; the report carries the
	 * differences (hdrcheck_report_archive_diff()), and any of them
	 * fails the run. NULL = no comparison.
	 */
	const char *against;
} hdrcheck_check_options;

/* Versions 1 (without progress), 2 (without configuration), 3 (without git
 * modes and cache), 4 (without baselines), 5 (without digests), 6 (without
 * libgit2_only), 7 (without archives) and 8 are accepted. */
#define HDRCHECK_CHECK_OPTIONS_VERSION 8
#define HDRCHECK_CHECK_OPTIONS_INIT                                            \
	{                                                                      \
		HDRCHECK_CHECK_OPTIONS_VERSION                                 \
	}

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

/**
 * Explain the verdict on one file: its type and why, comment syntax,
 * preamble, header window, the policy that applies and why, the
 * normalised header text, SPDX tags, the verdict, and for a mismatch a
 * word diff against the nearest accepted form.
 *
 * @param out the explanation, to free with hdrcheck_free()
 * @param path the file, relative to opts->dir (or the current directory)
 * @return 0 or a negative HDRCHECK_E* code
 */
HDRCHECK_EXTERN(int)
hdrcheck_explain(char **out, const hdrcheck_check_options *opts,
                 const char *path);

/**
 * hdrcheck_explain() as one JSON object (docs/explain.md): the same steps,
 * the candidate licenses with their scores, the winner and why it won,
 * the runner-up and why it lost, where the license came from (the
 * header, an SPDX tag, a REUSE sidecar, REUSE.toml or dep5 with the
 * annotation's line, the license file a notice names) and the verdict.
 *
 * @param out the JSON text, to free with hdrcheck_free()
 * @return 0 or a negative HDRCHECK_E* code
 */
HDRCHECK_EXTERN(int)
hdrcheck_explain_json(char **out, const hdrcheck_check_options *opts,
                      const char *path);

/** Free memory the library handed out (hdrcheck_explain's text). */
HDRCHECK_EXTERN(void) hdrcheck_free(void *p);

#endif
