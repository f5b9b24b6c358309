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

#ifndef HDRCHECK_REPORTS_H
#define HDRCHECK_REPORTS_H

/*
 * The writers behind hdrcheck_report_write(). Each writes the whole report
 * to out and returns 0, HDRCHECK_ENOMEM, or HDRCHECK_EIO when the stream
 * has failed (they stop early then; the dispatcher also flushes and checks
 * the stream at the end, so a writer need not catch every failure).
 * opts is never NULL here.
 */

#include <stdio.h>
#include "common.h"
#include "hdrcheck/licenses.h"

int hdrcheck__report_write_text(FILE *out, const hdrcheck_report *r,
                                const hdrcheck_write_options *opts);
int hdrcheck__report_write_json(FILE *out, const hdrcheck_report *r,
                                const hdrcheck_write_options *opts);
int hdrcheck__report_write_sarif(FILE *out, const hdrcheck_report *r,
                                 const hdrcheck_write_options *opts);
int hdrcheck__report_write_junit(FILE *out, const hdrcheck_report *r,
                                 const hdrcheck_write_options *opts);
int hdrcheck__report_write_markdown(FILE *out, const hdrcheck_report *r,
                                    const hdrcheck_write_options *opts);
int hdrcheck__report_write_csv(FILE *out, const hdrcheck_report *r,
                               const hdrcheck_write_options *opts);
int hdrcheck__report_write_html(FILE *out, const hdrcheck_report *r,
                                const hdrcheck_write_options *opts);
/* SPDX 2.3 JSON and tag-value, CycloneDX 1.6 JSON (reports/sbom.c). */
int hdrcheck__report_write_sbom(FILE *out, const hdrcheck_report *r,
                                hdrcheck_format format,
                                const hdrcheck_write_options *opts);

/* Shared by the writers (reports/util.c). */

/*
 * Record HDRCHECK_EIO with the detail of a failed write (errnum is the
 * errno of the failure, or 0 when unknown) and return HDRCHECK_EIO.
 */
int hdrcheck__report_write_failed(int errnum);

/*
 * The differences of --archive --against as one list, in the order of
 * the text report: only in the archive, only in the revision, modified.
 * The count (0 without a comparison), and the i-th: its path, its kind
 * (the JSON's names: "only_in_archive", "only_in_rev", "modified") and,
 * when modified, *change (else NULL).
 */
size_t hdrcheck__report_archive_count(const hdrcheck_archive_diff *d);
const char *
hdrcheck__report_archive_item(const hdrcheck_archive_diff *d, size_t i,
                              const char **kind,
                              const hdrcheck_archive_change **change);
/* The i-th difference in words, appended to out: "only in the archive",
 * "only in the revision", "modified: content,mode (100644 in the archive,
 * 100755 in the revision)". Plain ASCII, no path: each format escapes
 * paths its own way. */
int hdrcheck__report_archive_describe(hdrcheck_buf *out,
                                      const hdrcheck_archive_diff *d, size_t i);

/* Does status fail the run under opts->fail_on (0 = the default set)? */
int hdrcheck__report_fails(const hdrcheck_write_options *opts,
                           hdrcheck_status status);
/* Does this finding fail the run: its status does, and neither the
 * baseline nor a waiver accepts it? */
int hdrcheck__report_finding_fails(const hdrcheck_write_options *opts,
                                   const hdrcheck_finding *f);

/*
 * Append the display form of untrusted bytes s[0..len) to out: valid
 * UTF-8 with no control character, so it can go into any text format.
 * As in the text report: C escapes for control bytes and '\\' (doubled),
 * octal for bytes that are not valid UTF-8 ("\377").
 */
int hdrcheck__report_display(hdrcheck_buf *out, const char *s, size_t len);

/*
 * 1 when the valid UTF-8 sequence s[0..n) must not reach a terminal as
 * it is: a C0 or C1 control character or DEL (U+009B is CSI, the escape
 * sequence introducer, to many terminals), or a bidirectional embedding,
 * override or isolate (U+202A-U+202E, U+2066-U+2069), which reorders what
 * the reader sees.
 */
int hdrcheck__report_unsafe_char(const unsigned char *s, size_t n);

/*
 * Write the display form of s escaped for HTML and XML text and
 * attribute values (& < > " '). scratch is a reusable buffer.
 */
int hdrcheck__report_put_markup(FILE *out, hdrcheck_buf *scratch,
                                const char *s);
int hdrcheck__report_put_markupn(FILE *out, hdrcheck_buf *scratch,
                                 const char *s, size_t len);

/* One copyright holder and the number of files that name it. */
typedef struct {
	const char *name; /* NUL-terminated, owned by the hdrcheck__holders */
	size_t files;
} hdrcheck__holder_count;

typedef struct {
	hdrcheck__holder_count *items; /* NULL when count is 0 */
	size_t count;
	char *text; /* the names */
} hdrcheck__holders;

/*
 * The distinct strings of names[0..n), sorted bytewise, each with the
 * number of times it occurs (in files; name borrowed from names): one
 * hash table pass, then a sort of the distinct names only. *out is NULL
 * when *count is 0; free() it.
 */
int hdrcheck__report_count_names(hdrcheck__holder_count **out, size_t *count,
                                 const char *const *names, size_t n);

/*
 * Count the holders of all findings, sorted by name (bytewise) or, with
 * by_files, by file count (descending) then name. Dispose of the result
 * with hdrcheck__holders_dispose().
 */
int hdrcheck__report_holders(hdrcheck__holders *out, const hdrcheck_report *r,
                             int by_files);
void hdrcheck__holders_dispose(hdrcheck__holders *h);
/* The license inventory: each finding's license (an SPDX expression in
 * normal form) with its file count, sorted as above; the names are
 * borrowed from the report (text stays NULL). */
int hdrcheck__report_licenses(hdrcheck__holders *out, const hdrcheck_report *r,
                              int by_files);

/*
 * The text files left unchecked (skipped as unsupported_type), and why:
 * *types the types that cannot hold a comment (JSON, Lock File, ...)
 * with their file counts, sorted by name as hdrcheck__report_count_names
 * gives them (free() it); *no_comment the files of no known type whose
 * top shows no comment.
 */
int hdrcheck__report_unchecked(hdrcheck__holder_count **types, size_t *count,
                               size_t *no_comment, const hdrcheck_report *r);

/*
 * The report's date (opts->date, or now) in UTC: "2024-01-02T03:04:05Z"
 * with iso, else "2024-01-02 03:04:05 UTC". Never fails.
 */
void hdrcheck__report_date(char *buf, size_t size,
                           const hdrcheck_write_options *opts, int iso);

/* The length of the directory part of a path ("a/b/c.c" -> 3), 0 for a
 * file at the top. */
size_t hdrcheck__report_dirlen(const char *path);

#endif
