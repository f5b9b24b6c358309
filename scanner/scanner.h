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

#ifndef HDRCHECK_SCANNER_SCANNER_H
#define HDRCHECK_SCANNER_SCANNER_H

/*
 * The scanner enumerates the files in scope and reads their first bytes.
 * It is the only module that includes <git2.h>; nothing of libgit2 leaks out
 * of these declarations.
 */

#include <stddef.h>
#include "common.h"
#include "policies/policy.h"

typedef enum {
	HDRCHECK__ENTRY_FILE = 0,  /* a regular file (or not yet known) */
	HDRCHECK__ENTRY_SYMLINK,   /* never followed */
	HDRCHECK__ENTRY_SUBMODULE, /* a gitlink */
	HDRCHECK__ENTRY_SPECIAL    /* fifo, socket, device: never opened */
} hdrcheck__entry_kind;

typedef struct {
	char *path; /* repository-relative, '/'-separated */
	hdrcheck__entry_kind kind;
} hdrcheck__entry;

typedef struct {
	hdrcheck__entry *items;
	size_t count;
	size_t cap;
} hdrcheck__entries;

int hdrcheck__entries_push(hdrcheck__entries *e, const char *path,
			   size_t len, hdrcheck__entry_kind kind);
void hdrcheck__entries_dispose(hdrcheck__entries *e);
/* Sort bytewise and drop duplicate paths. */
void hdrcheck__entries_sort_unique(hdrcheck__entries *e);

/* Where files come from: a git work tree or a plain directory. */
typedef struct hdrcheck__source hdrcheck__source;

/* Discover a repository from dir (NULL = "."); a plain directory when
 * there is none. */
int hdrcheck__source_open(hdrcheck__source **out, const char *dir);
void hdrcheck__source_free(hdrcheck__source *src);
int hdrcheck__source_is_git(const hdrcheck__source *src);
/* Absolute root, without a trailing '/'. */
const char *hdrcheck__source_root(const hdrcheck__source *src);
/* HEAD's id as hex, or NULL; borrowed. */
const char *hdrcheck__source_commit(const hdrcheck__source *src);

/*
 * List the files in scope under the given repository-relative prefixes
 * ("" = everything): tracked files from the index plus untracked files that
 * are not ignored, without walking ignored directories. Plain directories:
 * every file, skipping .git, .hg and .svn, never following symlinks.
 */
int hdrcheck__source_list(hdrcheck__source *src, const char *const *prefixes,
			  size_t prefixes_count, hdrcheck__entries *out);

/* Plain directory walk (scanner/walk.c), also used for untracked files. */
typedef int (*hdrcheck__walk_filter)(void *payload, const char *rel,
				     int is_dir);
int hdrcheck__walk(const char *root, const char *start_rel,
		   hdrcheck__walk_filter filter, void *payload,
		   hdrcheck__entries *out);

/* Reading the header window (scanner/reader.c). */
typedef enum {
	HDRCHECK__READ_OK = 0,
	HDRCHECK__READ_GONE,    /* vanished since listing */
	HDRCHECK__READ_SYMLINK, /* a symlink now */
	HDRCHECK__READ_SPECIAL, /* not a regular file */
	HDRCHECK__READ_FAILED   /* errno in *err */
} hdrcheck__read_result;

hdrcheck__read_result hdrcheck__read_window(int root_fd, const char *path,
					    char *buf, size_t cap,
					    size_t *len, int *err);

/* .gitattributes lookups (scanner/attributes.c): one per worker thread. */
typedef struct hdrcheck__attrs hdrcheck__attrs;

int hdrcheck__attrs_new(hdrcheck__attrs **out, const char *root);
void hdrcheck__attrs_free(hdrcheck__attrs *a);
/* out->policy is owned by a, valid until the next call. */
int hdrcheck__attrs_get(hdrcheck__attrs *a, const char *path,
			hdrcheck__file_attrs *out);

/*
 * Do the repository's attribute files mention any attribute hdrcheck
 * reads? When not, per-file lookups are skipped: most repositories only
 * set text/eol attributes, and a lookup costs as much as reading a file.
 */
int hdrcheck__source_attrs_relevant(hdrcheck__source *src,
				    const hdrcheck__entries *entries);

/* Read a whole file of the scanned tree (the configuration), at most max
 * bytes; HDRCHECK_ENOTFOUND when absent. *out is malloc'd. */
int hdrcheck__source_read(hdrcheck__source *src, const char *path,
			  size_t max, char **out, size_t *len);

/*
 * For the fixer (fixer/fix.c), in scanner/check.c: the configuration and
 * policy check builds from opts (the fixer clears opts->warn: check has
 * reported the warnings already), and
 * opts' PATH arguments as repository-relative paths (*paths: NULL when
 * there are none; paths_count malloc'd strings otherwise).
 */
#include "hdrcheck/check.h"
struct hdrcheck__config;
int hdrcheck__check_prepare(struct hdrcheck__config **config,
			    hdrcheck__policy **policy, char ***paths,
			    const hdrcheck_check_options *opts);

/*
 * For each of the count paths (sorted bytewise, unique), the year (in the
 * author's time zone) of the oldest commit reachable from HEAD that added
 * it, or 0 when no commit did (scanner/history.c): one walk of the
 * history for all of them. A plain directory or an unborn HEAD gives 0s.
 */
int hdrcheck__history_years(int *years, const char *root,
			    const char *const *paths, size_t count);

#endif
