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

#ifndef HDRCHECK_SCANNER_ARCHIVE_SRC_H
#define HDRCHECK_SCANNER_ARCHIVE_SRC_H

/*
 * --archive FILE: a release archive as a source (scanner/archive.c). The
 * archive is read once, as a stream, on the calling thread (archive/ does
 * the reading): each entry's header window is kept in memory, so workers
 * classify from memory; nothing is written to disk. With --against REV,
 * every entry's content is hashed as a git blob (libgit2) and compared
 * with REV's tree.
 */

#include "scanner/scanner.h"

typedef struct hdrcheck__archive_src hdrcheck__archive_src;

typedef struct {
	const char *file;    /* the archive */
	const char *against; /* --against REV, or NULL */
	const char *dir;     /* where REV's repository is found (-C) */
	size_t window;       /* bytes of each entry kept for classifying */
	int digests;         /* SHA-1 and SHA-256 of every file (SBOMs) */
} hdrcheck__archive_src_options;

/* Read the whole archive; HDRCHECK_EIO for a broken archive,
 * HDRCHECK_ELIMIT for a bomb ("FILE: why" in the error). */
int hdrcheck__archive_src_open(hdrcheck__archive_src **out,
                               const hdrcheck__archive_src_options *opts);
void hdrcheck__archive_src_free(hdrcheck__archive_src *s);

/* The archive of a source opened with --archive, or NULL (repo.c). */
hdrcheck__archive_src *hdrcheck__source_archive(const hdrcheck__source *src);

/* The archive's absolute path (the report's root). */
const char *hdrcheck__archive_src_root(const hdrcheck__archive_src *s);
/* The commit of --against (hex), or NULL. */
const char *hdrcheck__archive_src_commit(const hdrcheck__archive_src *s);

/* The entries under the archive-relative prefixes ("" = all), sorted.
 * Entries whose verdict the archive decides (unsafe names, duplicates,
 * hard links, LICENSE or NOTICE missing at the root) are of kind
 * HDRCHECK__ENTRY_VERDICT. */
int hdrcheck__archive_src_list(hdrcheck__archive_src *s,
                               const char *const *prefixes, size_t count,
                               hdrcheck__entries *out);

/* The window kept of path (borrowed), or NULL when there is none. */
const char *hdrcheck__archive_src_window(const hdrcheck__archive_src *s,
                                         const char *path, size_t *len);
/* The whole-file digests of path (borrowed; NULL when not computed). */
int hdrcheck__archive_src_digests(const hdrcheck__archive_src *s,
                                  const char *path, const char **sha1,
                                  const char **sha256);
/* A whole file at the root (the configuration), at most max bytes;
 * HDRCHECK_ENOTFOUND when absent. *out malloc'd and NUL-terminated. */
int hdrcheck__archive_src_read(hdrcheck__archive_src *s, const char *path,
                               size_t max, char **out, size_t *len);
/* The verdict the archive decided for an HDRCHECK__ENTRY_VERDICT entry;
 * *reason is malloc'd. */
int hdrcheck__archive_src_verdict(const hdrcheck__archive_src *s,
                                  const char *path, hdrcheck_status *status,
                                  char **reason);
/* The comparison with --against's tree, for the report (moved out: the
 * source no longer holds it), or NULL without --against. */
hdrcheck_archive_diff *
hdrcheck__archive_src_take_diff(hdrcheck__archive_src *s);

#endif
