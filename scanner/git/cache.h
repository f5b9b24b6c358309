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

#ifndef HDRCHECK_SCANNER_GIT_CACHE_H
#define HDRCHECK_SCANNER_GIT_CACHE_H

/* The result cache under $GIT_COMMON_DIR/hdrcheck (scanner/git/cache.c):
 * verdicts keyed by blob id, path and policy fingerprint. */

#include <stddef.h>
#include <stdint.h>
#include "common.h"
#include "scanner/git/oid.h"

typedef struct hdrcheck__cache hdrcheck__cache;

/* A verdict's key: a blob id (zeros for a verdict of the path alone)
 * and a digest of the path-dependent rest. */
typedef struct {
	unsigned char oid[HDRCHECK__OID_SIZE];
	uint64_t aux;
} hdrcheck__cache_key;

/* Open the cache of this fingerprint in dir (created on write). A missing,
 * corrupt, truncated or foreign file is an empty cache, never an error. */
int hdrcheck__cache_open_at(hdrcheck__cache **out, int dirfd,
                            const unsigned char fingerprint[32]);
/*
 * The cache directory dir (created when missing), opened once with
 * O_DIRECTORY | O_NOFOLLOW from its parent's descriptor and owned by the
 * user: *out its descriptor, or -1 when it cannot be used, with *why
 * ("is a symbolic link", "is not a directory", "is owned by another
 * user") when that is a reason to tell the user, NULL when it is only
 * missing or unwritable. An error only when descriptors or memory ran
 * out. Every file under it is reached with *at() calls.
 */
int hdrcheck__cachedir_open(int *out, const char *dir, const char **why);
/* As hdrcheck__cache_open_at() on hdrcheck__cachedir_open(dir). */
int hdrcheck__cache_open(hdrcheck__cache **out, const char *dir,
                         const unsigned char fingerprint[32]);
void hdrcheck__cache_free(hdrcheck__cache *c);
/*
 * The key of the verdict on path, for the content blob oid (NULL: decided
 * by the path) read as kind ('b' a blob, 'w' a work-tree file, 'p' none),
 * digest: the attribute files and settings that apply to path.
 */
void hdrcheck__cache_key_init(hdrcheck__cache_key *k,
                              const unsigned char oid[HDRCHECK__OID_SIZE],
                              char kind, uint64_t digest, const char *path);
/* The file type of a cached name, with the report's lifetime; NULL when
 * the policy knows no such type (the record is then not trusted). */
typedef const char *(*hdrcheck__cache_language)(void *payload,
                                                const char *name);
/* 1 and the verdict in f (all but path) on a hit; 0 on a miss;
 * HDRCHECK_ENOMEM. Any number of threads at once. */
int hdrcheck__cache_get(hdrcheck__cache *c, const hdrcheck__cache_key *k,
                        hdrcheck_finding *f, hdrcheck__cache_language lang,
                        void *payload);

/* New verdicts of one worker, merged at the end; zeroed to start. Each
 * string is stored once (most verdicts share their type, policy, license
 * and holders). */
typedef struct {
	hdrcheck_buf records;
	hdrcheck_buf strings;
	size_t count;
	uint32_t *slots; /* 1 + offset into strings; 0 = empty */
	size_t mask;     /* slots - 1, or 0 before the first string */
	size_t distinct; /* strings stored */
} hdrcheck__cache_batch;

int hdrcheck__cache_batch_put(hdrcheck__cache_batch *b,
                              const hdrcheck__cache_key *k,
                              const hdrcheck_finding *f);
void hdrcheck__cache_batch_dispose(hdrcheck__cache_batch *b);
/* Write the cache back when anything is new: the old records used or
 * recent, plus the batches, bounded; a temporary file renamed over the
 * old one, so concurrent runs never see half a file. Failing to write is
 * not an error (the cache is only a cache). */
int hdrcheck__cache_save(hdrcheck__cache *c, hdrcheck__cache_batch *batches,
                         size_t count, size_t scope);

#endif
