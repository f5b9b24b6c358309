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

#ifndef HDRCHECK_REPORT_H
#define HDRCHECK_REPORT_H

/**
 * @file hdrcheck/report.h
 * @brief The result of a scan: one finding per file, and writers for it.
 */

#include <stdio.h>
#include "hdrcheck/common.h"

/** The status of one file. Exactly one per file in scope. */
typedef enum {
	HDRCHECK_STATUS_OK = 0,        /**< an accepted header was found */
	HDRCHECK_STATUS_MISSING,       /**< no license header at all */
	HDRCHECK_STATUS_MISMATCH,      /**< a damaged Apache-2.0 header */
	HDRCHECK_STATUS_OTHER_LICENSE, /**< the header names another license */
	HDRCHECK_STATUS_SKIPPED,       /**< not checked; see reason */
	HDRCHECK_STATUS_ERROR,         /**< the file could not be read */
	HDRCHECK_STATUS__COUNT
} hdrcheck_status;

/** The stable name of a status ("ok", "other_license", ...). */
HDRCHECK_EXTERN(const char *) hdrcheck_status_name(hdrcheck_status status);

/** Reasons for HDRCHECK_STATUS_SKIPPED; stable strings of the schema. */
#define HDRCHECK_SKIP_BINARY           "binary"
#define HDRCHECK_SKIP_EMPTY            "empty"
#define HDRCHECK_SKIP_SYMLINK          "symlink"
#define HDRCHECK_SKIP_SUBMODULE        "submodule"
#define HDRCHECK_SKIP_LFS_POINTER      "lfs_pointer"
#define HDRCHECK_SKIP_GENERATED        "generated"
#define HDRCHECK_SKIP_EXCLUDED         "excluded"
#define HDRCHECK_SKIP_UNSUPPORTED_TYPE "unsupported_type"
#define HDRCHECK_SKIP_VENDORED         "vendored"

/**
 * The start of an other_license finding's reason in a REUSE project
 * without configuration: the license (or exception) the file states has
 * no text in LICENSES/; the ids follow after ": ".
 */
#define HDRCHECK_REASON_NO_TEXT "the license text is missing from LICENSES/"

/**
 * One file's verdict. Plain data: every string is owned by the report
 * that holds the finding and valid until hdrcheck_report_free().
 */
typedef struct {
	const char *path; /**< repository-relative, '/'-separated */
	hdrcheck_status status;
	const char
	    *reason; /**< why (skip reason, difference, OS error); or NULL */
	const char *license;  /**< SPDX id or expression found; or NULL */
	const char *language; /**< file type name; or NULL when unknown */
	unsigned int line;    /**< 1-based first line of the header; 0 = none */
	const char *policy;   /**< name of the policy applied; or NULL */
	/**
	 * Copyright holders named by the header's copyright lines, years
	 * removed, each once in order of appearance, '\n'-separated (no
	 * final newline); or NULL when none.
	 */
	const char *holders;
	/* added for baselines and waivers */
	/**
	 * A violation that does not fail the run (HDRCHECK_ACCEPTED_*):
	 * recorded in the baseline with the same content, or covered by an
	 * unexpired waiver of the configuration. It is still reported.
	 */
	unsigned int accepted;
	/**
	 * The git blob id (40 hex digits) of the file's content, when a
	 * baseline is read or written (hdrcheck_check_options.blob_ids);
	 * or NULL.
	 */
	const char *blob;
	/** The reason of the waiver that covers this file (accepted, or
	 * expired); or NULL. */
	const char *waiver;
	/** That waiver's expiry date (YYYY-MM-DD), or NULL when none. */
	const char *waiver_expires;
	/* added for the SBOM reports */
	/**
	 * The SHA-1 and SHA-256 of the whole content, lower-case hex, when
	 * the check computed them (hdrcheck_check_options.digests) and the
	 * file is a regular file that could be read; otherwise NULL.
	 */
	const char *sha1;
	const char *sha256;
	/* added for warnings */
	/**
	 * A warning on a file that passes: another license stated beside
	 * the accepted header ("a BSD-style license ... in the LICENSE
	 * file" above the ASF header), which a reader should resolve; or
	 * NULL. The status stays as it is.
	 */
	const char *warning;
} hdrcheck_finding;

/** hdrcheck_finding.accepted: why a violation does not fail the run. */
#define HDRCHECK_ACCEPTED_NONE     0u
#define HDRCHECK_ACCEPTED_BASELINE 1u /**< the same content is baselined */
#define HDRCHECK_ACCEPTED_WAIVER   2u /**< an unexpired waiver covers it */

/** Where the scanned files came from. */
typedef enum {
	HDRCHECK_SOURCE_WORKTREE = 0, /**< a git work tree */
	HDRCHECK_SOURCE_DIRECTORY,    /**< a plain directory, no git */
	HDRCHECK_SOURCE_REV,          /**< a commit's tree, from the object
	                                 database (--rev) */
	HDRCHECK_SOURCE_INDEX,        /**< the staged content (--staged) */
	HDRCHECK_SOURCE_ARCHIVE       /**< a release archive (--archive) */
} hdrcheck_source_kind;

/** The name of a source kind in reports ("worktree", "directory", "rev",
 * "index", "archive"). */
HDRCHECK_EXTERN(const char *)
hdrcheck_source_kind_name(hdrcheck_source_kind kind);

/** Counts per status. */
typedef struct {
	size_t files;
	/** Every finding, accepted or not, counts under its status. */
	size_t by_status[HDRCHECK_STATUS__COUNT];
	/* added for baselines and waivers */
	size_t baselined; /**< violations the baseline accepts */
	size_t waived;    /**< violations an unexpired waiver accepts */
	size_t stale;     /**< baseline entries that matched no violation */
} hdrcheck_summary;

/** The outcome of a scan: opaque, see the accessors below. */
typedef struct hdrcheck_report hdrcheck_report;

/** Free a report; NULL is a no-op. */
HDRCHECK_EXTERN(void) hdrcheck_report_free(hdrcheck_report *report);

/** The number of findings (= files in scope). */
HDRCHECK_EXTERN(size_t) hdrcheck_report_count(const hdrcheck_report *report);

/**
 * The i-th finding, sorted bytewise by path.
 * @return borrowed; owned by the report; NULL if i is out of range.
 */
HDRCHECK_EXTERN(const hdrcheck_finding *)
hdrcheck_report_get(const hdrcheck_report *report, size_t i);

/** Counts per status; borrowed, owned by the report. */
HDRCHECK_EXTERN(const hdrcheck_summary *)
hdrcheck_report_summary(const hdrcheck_report *report);

/** The source kind of the scan. */
HDRCHECK_EXTERN(hdrcheck_source_kind)
hdrcheck_report_source_kind(const hdrcheck_report *report);

/** The absolute root that paths are relative to; borrowed. */
HDRCHECK_EXTERN(const char *)
hdrcheck_report_root(const hdrcheck_report *report);

/** The HEAD commit id (hex) or NULL (unborn HEAD, plain directory); with
 * --rev, the commit scanned. */
HDRCHECK_EXTERN(const char *)
hdrcheck_report_commit(const hdrcheck_report *report);

/**
 * The revision as given to --rev ("v1.2", "HEAD~3"), or NULL when the
 * work tree or index was scanned; borrowed, owned by the report.
 */
HDRCHECK_EXTERN(const char *)
hdrcheck_report_rev(const hdrcheck_report *report);

/**
 * The revision as given to --changed-since, or NULL when every file was
 * in scope; borrowed, owned by the report.
 */
HDRCHECK_EXTERN(const char *)
hdrcheck_report_changed_since(const hdrcheck_report *report);

/**
 * With --changed-since: the merge base (hex id) the changes are counted
 * from; otherwise NULL. Borrowed, owned by the report.
 */
HDRCHECK_EXTERN(const char *)
hdrcheck_report_base(const hdrcheck_report *report);

/** The SPDX id the default policy requires ("Apache-2.0"). */
HDRCHECK_EXTERN(const char *)
hdrcheck_report_policy_license(const hdrcheck_report *report);

/**
 * The SPDX expression the policy of finding f requires (its per-path
 * policy's, "CC-BY-3.0"; the default policy's when it names none).
 * Borrowed, owned by the report.
 */
HDRCHECK_EXTERN(const char *)
hdrcheck_report_license_for(const hdrcheck_report *report,
                            const hdrcheck_finding *f);

/** hdrcheck_archive_change.changes: what differs between an archive's
 * entry and the revision's file of the same path. */
#define HDRCHECK_ARCHIVE_CONTENT    0x01u /**< another blob */
#define HDRCHECK_ARCHIVE_MODE       0x02u /**< executable bit */
#define HDRCHECK_ARCHIVE_SYMLINK    0x04u /**< another link target */
#define HDRCHECK_ARCHIVE_TYPE       0x08u /**< file, link or other */
#define HDRCHECK_ARCHIVE_DUPLICATE  0x10u /**< listed twice in the archive */
#define HDRCHECK_ARCHIVE_UNVERIFIED 0x20u /**< too large to compare */

/** One modified entry of --against. */
typedef struct {
	const char *path;         /**< archive-relative (prefix stripped) */
	unsigned int changes;     /**< HDRCHECK_ARCHIVE_* bits */
	const char *archive_mode; /**< git mode ("100644", "120000"...) */
	const char *rev_mode;     /**< the revision's git mode */
} hdrcheck_archive_change;

/**
 * A release archive compared with a revision (--archive FILE --against
 * REV): the differences by path, each list sorted bytewise. Any of them
 * makes hdrcheck_report_fails() true.
 */
typedef struct {
	const char *against; /**< REV as given */
	const char *commit;  /**< the commit it names (hex) */
	const char **only_in_archive;
	size_t only_in_archive_count;
	const char **only_in_rev;
	size_t only_in_rev_count;
	hdrcheck_archive_change *modified;
	size_t modified_count;
} hdrcheck_archive_diff;

/** The comparison of --archive with --against; NULL when the run had
 * none. Borrowed, owned by the report. */
HDRCHECK_EXTERN(const hdrcheck_archive_diff *)
hdrcheck_report_archive_diff(const hdrcheck_report *report);

/** The names of a change's bits, comma-separated ("content,mode");
 * static storage. */
HDRCHECK_EXTERN(const char *)
hdrcheck_archive_change_name(unsigned int changes);

/**
 * A baseline entry that matched no violation of the run: its file is
 * clean now, gone, or changed (another blob id; the file is then judged
 * afresh). A baseline only shrinks: rewrite it to drop these.
 */
typedef struct {
	const char *path;       /**< repository-relative */
	hdrcheck_status status; /**< as recorded */
	const char *blob;       /**< as recorded; or NULL */
	const char *reason;     /**< as recorded; or NULL */
	/** "clean", "gone" or "changed" */
	const char *why;
} hdrcheck_stale_entry;

/** The number of stale baseline entries (0 without a baseline). */
HDRCHECK_EXTERN(size_t)
hdrcheck_report_stale_count(const hdrcheck_report *report);

/** The i-th stale baseline entry, sorted by path; borrowed, owned by the
 * report; NULL if i is out of range. */
HDRCHECK_EXTERN(const hdrcheck_stale_entry *)
hdrcheck_report_stale_get(const hdrcheck_report *report, size_t i);

/** 1 when the run read a baseline (the option or the configuration). */
HDRCHECK_EXTERN(int)
hdrcheck_report_has_baseline(const hdrcheck_report *report);

/**
 * Write a baseline: one line per violation of the set fail_on (0 = the
 * default set) that no waiver accepts, sorted by path; a header line
 * says the format. Deterministic: the same findings give the same bytes.
 * The findings need their blob ids (hdrcheck_check_options.blob_ids).
 * @return 0, or HDRCHECK_EIO when the stream fails
 */
HDRCHECK_EXTERN(int)
hdrcheck_baseline_write(FILE *out, const hdrcheck_report *report,
                        unsigned int fail_on);

/**
 * Write a baseline (as hdrcheck_baseline_write()) to the file at path,
 * atomically: a temporary file beside it, synced, then renamed over it,
 * so that a failure leaves the old file. An existing file keeps its mode
 * bits; a new one gets 0644 less the umask. A symlink at path is
 * replaced, never written through.
 * @return 0, HDRCHECK_ENOMEM, or HDRCHECK_EIO with the detail in
 * hdrcheck_error_last()
 */
HDRCHECK_EXTERN(int)
hdrcheck_baseline_save(const char *path, const hdrcheck_report *report,
                       unsigned int fail_on);

/** 1 if any finding is a violation (missing, mismatch, other_license, error).
 */
HDRCHECK_EXTERN(int)
hdrcheck_report_has_violations(const hdrcheck_report *report);

/** 1 if the status is a violation by default. */
HDRCHECK_EXTERN(int) hdrcheck_status_is_violation(hdrcheck_status status);

/** Parse a status name ("missing", ...); 0 or HDRCHECK_EINVAL. */
HDRCHECK_EXTERN(int)
hdrcheck_status_parse(hdrcheck_status *out, const char *name);

/**
 * Sets of statuses that fail a run (`--fail-on`): one bit per status.
 * 0 in an option means HDRCHECK_FAIL_ON_DEFAULT; HDRCHECK_FAIL_ON_NONE is
 * the empty set (nothing fails).
 */
#define HDRCHECK_STATUS_BIT(status) (1u << (unsigned int)(status))
#define HDRCHECK_FAIL_ON_DEFAULT                                               \
	(HDRCHECK_STATUS_BIT(HDRCHECK_STATUS_MISSING) |                        \
	 HDRCHECK_STATUS_BIT(HDRCHECK_STATUS_MISMATCH) |                       \
	 HDRCHECK_STATUS_BIT(HDRCHECK_STATUS_OTHER_LICENSE) |                  \
	 HDRCHECK_STATUS_BIT(HDRCHECK_STATUS_ERROR))
#define HDRCHECK_FAIL_ON_NONE (1u << 31)

/**
 * Parse a comma-separated list of status names ("missing,error"), or
 * "none", into a set of HDRCHECK_STATUS_BIT()s. "ok" cannot fail a run.
 * @return 0 or HDRCHECK_EINVAL (detail: hdrcheck_error_last()); out is
 *         written only on success
 */
HDRCHECK_EXTERN(int)
hdrcheck_fail_on_parse(unsigned int *out, const char *list);

/**
 * 1 if any finding has a status of the set fail_on (0 = the default set,
 * HDRCHECK_FAIL_ON_NONE = none) and is not accepted (baseline, waiver),
 * or an archive differs from its revision (whatever fail_on): the run
 * fails.
 */
HDRCHECK_EXTERN(int)
hdrcheck_report_fails(const hdrcheck_report *report, unsigned int fail_on);

/** Output formats. */
typedef enum {
	HDRCHECK_FORMAT_TEXT = 0,
	HDRCHECK_FORMAT_JSON,
	HDRCHECK_FORMAT_SARIF,     /**< SARIF 2.1.0, for GitHub code scanning */
	HDRCHECK_FORMAT_JUNIT,     /**< JUnit XML: one testcase per file */
	HDRCHECK_FORMAT_MARKDOWN,  /**< summary table and first violations */
	HDRCHECK_FORMAT_CSV,       /**< RFC 4180: one row per file */
	HDRCHECK_FORMAT_HTML,      /**< self-contained audit report */
	HDRCHECK_FORMAT_SPDX_JSON, /**< SPDX 2.3 JSON (needs digests) */
	HDRCHECK_FORMAT_SPDX,      /**< SPDX 2.3 tag-value (needs digests) */
	HDRCHECK_FORMAT_CYCLONEDX_JSON /**< CycloneDX 1.6 JSON */
} hdrcheck_format;

/** 1 when the format lists checksums of whole files: run the check with
 * hdrcheck_check_options.digests set. */
HDRCHECK_EXTERN(int) hdrcheck_format_needs_digests(hdrcheck_format format);

/**
 * Parse a format name ("text", "json", "sarif", "junit", "markdown",
 * "csv", "html", "spdx-json", "spdx", "cyclonedx-json"); 0 or
 * HDRCHECK_EINVAL.
 */
HDRCHECK_EXTERN(int)
hdrcheck_format_parse(hdrcheck_format *out, const char *name);

/** Options of the writers. Zero means default. */
typedef struct {
	unsigned int version;
	int color; /**< text: emit ANSI colour */
	int quiet; /**< text: only the violations */
	/* version 2 */
	/**
	 * The statuses that are violations (`--fail-on`): SARIF error
	 * level, JUnit failures, the Markdown and HTML violation lists.
	 * HDRCHECK_STATUS_BIT()s; 0 = HDRCHECK_FAIL_ON_DEFAULT.
	 */
	unsigned int fail_on;
	/**
	 * The report's date in seconds since the epoch (for reproducible
	 * reports, e.g. from SOURCE_DATE_EPOCH); 0 = now. HTML, JUnit.
	 */
	long long date;
	/** Markdown: at most this many violations listed; 0 = 50. */
	size_t max_violations;
	/** HTML: a line describing the policy in force (configuration
	 * file, exclusions); NULL = none. */
	const char *policy_detail;
	/* version 3 */
	/** SARIF: at most this many results; past it, the first ones and
	 * one result saying how many were left out. 0 = 25,000 (GitHub code
	 * scanning's limit). */
	size_t max_results;
} hdrcheck_write_options;

#define HDRCHECK_WRITE_OPTIONS_VERSION 3
#define HDRCHECK_WRITE_OPTIONS_INIT                                            \
	{                                                                      \
		HDRCHECK_WRITE_OPTIONS_VERSION, 0, 0                           \
	}

/**
 * Write a report to a stream in the given format.
 * @return 0, or a negative error (HDRCHECK_EIO when the stream fails).
 */
HDRCHECK_EXTERN(int)
hdrcheck_report_write(FILE *out, const hdrcheck_report *report,
                      hdrcheck_format format,
                      const hdrcheck_write_options *opts);

/** A report file being written: hdrcheck_output_open(). */
typedef struct hdrcheck_output hdrcheck_output;

/**
 * Open the file a report goes to. A regular file, or a name that does not
 * exist yet, is written atomically: the content goes to a temporary file
 * in the same directory, which hdrcheck_output_commit() syncs and renames
 * over the name, so that a failed or interrupted run leaves the old file
 * whole. A file replaced keeps its mode bits; a new one gets 0666 less
 * the umask. A symlink at path is replaced, never written through,
 * unless it leads to something other than a regular file or to a file
 * a standard stream is already writing (/dev/stdout). Anything that is
 * not a regular file (a device such as /dev/null or a tty, a FIFO) is
 * written in place: renaming over it is never right.
 * @return 0, HDRCHECK_ENOMEM, or HDRCHECK_EIO with the detail in
 * hdrcheck_error_last()
 */
HDRCHECK_EXTERN(int)
hdrcheck_output_open(hdrcheck_output **out, const char *path);

/** The stream to write the report to; owned by the output. */
HDRCHECK_EXTERN(FILE *) hdrcheck_output_stream(hdrcheck_output *output);

/**
 * Finish the file (flush, sync, rename) and free the output.
 * @return 0, or HDRCHECK_EIO with the detail in hdrcheck_error_last():
 * then a regular file at the path is left as it was before the run
 */
HDRCHECK_EXTERN(int) hdrcheck_output_commit(hdrcheck_output *output);

/** Drop what was written (the old file stays) and free; NULL: no-op. */
HDRCHECK_EXTERN(void) hdrcheck_output_free(hdrcheck_output *output);

#endif
