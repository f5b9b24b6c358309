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

#ifndef HDRCHECK_SCANNER_GIT_INDEX_H
#define HDRCHECK_SCANNER_GIT_INDEX_H

/*
 * The index, read by hand (scanner/git/index.c): versions 2-4 and the
 * cache tree, libgit2 as the fallback (or, with
 * HDRCHECK__GIT_LIBGIT2_INDEX, always); git's stat check.
 */

#include <stddef.h>
#include <stdint.h>
#include <sys/stat.h>
#include "common.h"
#include "scanner/git/oid.h"

/* The stat data git records for a work-tree file (32 bits each). */
typedef struct {
	uint32_t ctime_s, ctime_ns, mtime_s, mtime_ns;
	uint32_t dev, ino, mode, uid, gid, size;
} hdrcheck__stat_data;

#define HDRCHECK__INDEX_ASSUME_VALID  0x1
#define HDRCHECK__INDEX_SKIP_WORKTREE 0x2
#define HDRCHECK__INDEX_INTENT_TO_ADD 0x4

/* The longest path an entry holds (the readers decline longer ones). */
#define HDRCHECK__INDEX_PATH_MAX ((1u << 26) - 1)

/* 72 bytes: one per tracked file, held for the whole run. */
typedef struct {
	const char *path; /* NUL-terminated; owned by the index */
	unsigned int path_len : 26;
	unsigned int stage : 2; /* 0, or 1-3 for a conflict */
	unsigned int flags : 4; /* HDRCHECK__INDEX_* */
	unsigned char oid[HDRCHECK__OID_SIZE];
	hdrcheck__stat_data sd;
} hdrcheck__index_entry;

/* A directory of the cache tree (the TREE extension) that is valid: the
 * tree id of the index's entries under it. */
typedef struct {
	const char *path; /* "" for the root, "a/b" */
	int valid;
	unsigned char oid[HDRCHECK__OID_SIZE];
} hdrcheck__tree_cache;

typedef struct {
	hdrcheck__index_entry *entries; /* sorted by path, then stage */
	size_t count;
	hdrcheck__tree_cache *trees; /* sorted by path */
	size_t trees_count;
	long long mtime_s, mtime_ns; /* of the index file, for racy entries */
	int has_mtime;
	unsigned long long file_size, file_ino; /* of the index file */
	int from_libgit2; /* our reader declined; libgit2 read it */
	void *map;        /* while parsing only */
	size_t map_len;
	char *paths; /* every entry's path, one after the other */
	char *tree_paths;
} hdrcheck__index;

/* Read the index at path, NULL for $GIT_DIR/index (none: an empty
 * index). A file the reader does not handle is read by libgit2 instead
 * (repo's index: the caller has set it to path's). */
struct git_repository;
int hdrcheck__index_open(hdrcheck__index **out, struct git_repository *repo,
                         const char *path);
/* The same; libgit2 has HDRCHECK__LIBGIT2_INDEX (scanner/git/readers.h):
 * libgit2 reads the index, not our reader. */
int hdrcheck__index_open_ext(hdrcheck__index **out, struct git_repository *repo,
                             const char *path, unsigned int libgit2);
void hdrcheck__index_free(hdrcheck__index *ix);
/* Our reader alone on the file at path (none: an empty index);
 * HDRCHECK_EINVAL when it declines. */
int hdrcheck__index_open_file(hdrcheck__index **out, const char *path);
/* Parse an index file held in memory into a zeroed ix (the fuzz target);
 * HDRCHECK_EINVAL for anything it does not handle. Free with
 * hdrcheck__index_free() (data is not owned). */
int hdrcheck__index_parse(hdrcheck__index *ix, const void *data, size_t size);
/* Position of the first entry >= path; 1 when it is path itself. */
int hdrcheck__index_find(const hdrcheck__index *ix, const char *path,
                         size_t *pos);
/* The first entry under the directory dir ("" = the first entry). */
size_t hdrcheck__index_dir_start(const hdrcheck__index *ix, const char *dir);
/* The valid cache-tree node of dir, or NULL. */
const hdrcheck__tree_cache *hdrcheck__index_tree(const hdrcheck__index *ix,
                                                 const char *dir);
/* 1 when st shows the file as the index recorded it (git's stat check,
 * strict, with the racy-timestamp rule): its content is the entry's blob. */
int hdrcheck__index_entry_clean(const hdrcheck__index *ix,
                                const hdrcheck__index_entry *e,
                                const struct stat *st);
/* The same for a symbolic link (git keeps the same stat data for one; its
 * size is the target's length): a link whose lstat matches the index has
 * the index's target. */
int hdrcheck__index_link_clean(const hdrcheck__index *ix,
                               const hdrcheck__index_entry *e,
                               const struct stat *st);
/* git's order of tree entries: a tree's name compares as if it ended in
 * '/' (adir, bdir: the names are trees). */
int hdrcheck__tree_name_cmp(const char *a, size_t alen, int adir, const char *b,
                            size_t blen, int bdir);

#endif
