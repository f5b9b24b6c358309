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

#ifndef HDRCHECK_SCANNER_GIT_DIRCACHE_H
#define HDRCHECK_SCANNER_GIT_DIRCACHE_H

/* The untracked walk's directory cache (git's "untracked cache"), kept
 * under the git directory. */

#include <stddef.h>
#include <sys/stat.h>
#include "scanner/git/index.h"

/* The walk's directory cache (scanner/git/dircache.c): the names reading a
 * directory gave last time, while its stat data and the index stay. */
typedef struct hdrcheck__dircache hdrcheck__dircache;

/* What a directory held, but for the files the index holds. */
typedef struct {
	const char *name; /* not NUL-terminated */
	size_t len;
	unsigned int type; /* HDRCHECK__ENTRY_* kind, or 4 for a directory */
} hdrcheck__dircache_entry;

#define HDRCHECK__DIRCACHE_DIR 4

/* Open the cache file at path for the index ix (never an error for a bad
 * or stale file: it is then empty). */
int hdrcheck__dircache_open_at(hdrcheck__dircache **out, int dirfd,
                               const char *name, const hdrcheck__index *ix);
int hdrcheck__dircache_open(hdrcheck__dircache **out, const char *path,
                            const hdrcheck__index *ix);
void hdrcheck__dircache_free(hdrcheck__dircache *c);
/* 1 and the names of dir (malloc'd array, names borrowed) when st is the
 * directory's stat as stored and not racily recent; 0 otherwise. */
int hdrcheck__dircache_get(hdrcheck__dircache *c, const char *dir,
                           const struct stat *st,
                           hdrcheck__dircache_entry **entries, size_t *count);
/* Keep what dir held (fresh: read now, not reused) for the next run. */
int hdrcheck__dircache_put(hdrcheck__dircache *c, const char *dir,
                           const struct stat *st,
                           const hdrcheck__dircache_entry *entries,
                           size_t count, int fresh);
/* Write what this run kept, when anything was read afresh; failing to
 * write is no error. */
int hdrcheck__dircache_save(hdrcheck__dircache *c);

#endif
