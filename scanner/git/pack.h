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

#ifndef HDRCHECK_SCANNER_PACK_H
#define HDRCHECK_SCANNER_PACK_H

/*
 * A read-only reader of git pack files (scanner/git/pack.c) for the one thing
 * --rev needs: the first bytes of a blob and its size. It declines
 * whatever it does not handle or finds inconsistent; the caller then reads
 * the object through libgit2, which decides. No libgit2 type appears here.
 */

#include <stddef.h>
#include <stdint.h>
#include "common.h"
#include "scanner/git/oid.h"

/* The pack indexes of one object directory: loaded once, read-only
 * afterwards, shared by every worker. */
typedef struct hdrcheck__packs hdrcheck__packs;

int hdrcheck__packs_new(hdrcheck__packs **out);
void hdrcheck__packs_free(hdrcheck__packs *p);
/* Every objects/pack/pack-*.idx of objects_dir that is valid and whose
 * pack matches it; an index the reader does not handle is left out
 * (libgit2 still reads its objects). Only HDRCHECK_ENOMEM fails. */
int hdrcheck__packs_load(hdrcheck__packs *p, const char *objects_dir);
/* One pack held in memory (the fuzz target and the tests); the buffers
 * are borrowed and must outlive p. HDRCHECK_EINVAL when declined. */
int hdrcheck__packs_add_memory(hdrcheck__packs *p, const void *idx,
                               size_t idx_len, const void *pack,
                               size_t pack_len);
/* How many packs were taken. */
size_t hdrcheck__packs_count(const hdrcheck__packs *p);

/* A worker's reading state: its inflate streams, read and scratch
 * buffers and a small cache of delta bases (the packs' descriptors are
 * shared: pread keeps no position). One thread only. */
typedef struct hdrcheck__pack_reader hdrcheck__pack_reader;

int hdrcheck__pack_reader_new(hdrcheck__pack_reader **out,
                              const hdrcheck__packs *p);
void hdrcheck__pack_reader_free(hdrcheck__pack_reader *r);
/* The largest prefix built at any level of a chain (default 64 MiB):
 * the fuzz target lowers it. */
void hdrcheck__pack_reader_set_limit(hdrcheck__pack_reader *r, size_t bytes);

/*
 * The first min(size, cap) bytes of the blob oid into buf, *len that
 * count and *size the blob's size. HDRCHECK_ENOTFOUND when no pack holds
 * it; HDRCHECK_EINVAL when the reader declines (not a blob, a corrupt or
 * unsupported object): the caller reads the object another way;
 * HDRCHECK_ELIMIT when the window cannot be built within the limits: the
 * caller gives up on the object ("too large to read"); HDRCHECK_ENOMEM.
 * Sets no error message (a hot path).
 */
int hdrcheck__pack_blob_window(hdrcheck__pack_reader *r,
                               const unsigned char oid[HDRCHECK__OID_SIZE],
                               char *buf, size_t cap, size_t *len,
                               uint64_t *size);

/* All of the object oid, of any type (trees for the listing): *data is
 * the reader's, valid until its next read; *type the git type number
 * (2 a tree). The same errors; objects over the prefix limit declined. */
int hdrcheck__pack_object(hdrcheck__pack_reader *r,
                          const unsigned char oid[HDRCHECK__OID_SIZE],
                          const unsigned char **data, size_t *len, int *type);

/* The same for the object at a pack position (the fuzz target): any
 * object type, *type its git type number. */
int hdrcheck__pack_read_at(hdrcheck__pack_reader *r, size_t pack,
                           uint64_t offset, char *buf, size_t cap, size_t *len,
                           uint64_t *size, int *type);

/* The object at position i of pack's index, sorted by id (the fuzz
 * target, the tests): its id and pack offset; HDRCHECK_EINVAL for a bad
 * offset or i out of range. */
int hdrcheck__pack_entry(hdrcheck__pack_reader *r, size_t pack, size_t i,
                         unsigned char oid[HDRCHECK__OID_SIZE],
                         uint64_t *offset);
/* The number of objects in pack's index. */
size_t hdrcheck__packs_objects(const hdrcheck__packs *p, size_t pack);

#endif
