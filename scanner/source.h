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

#ifndef HDRCHECK_SCANNER_SOURCE_H
#define HDRCHECK_SCANNER_SOURCE_H

/*
 * The inside of a source, shared by the scanner's files (repo.c, rev.c,
 * changes.c, reader.c, attributes.c) and nothing else. Includes <git2.h>.
 */

#include <git2.h>
#include <pthread.h>
#include "scanner/scanner.h"

/* A checked-out submodule (--include-submodules). */
typedef struct {
	git_repository *repo;
	hdrcheck__index *ix;
	char *root;   /* absolute */
	char *prefix; /* "path/" in the superproject */
} hdrcheck__sub;

struct hdrcheck__source {
	git_repository *repo; /* NULL: a plain directory */
	hdrcheck__mode mode;
	char *root;
	char *commit;    /* hex: the commit scanned, or HEAD */
	char *rev;       /* --rev as given */
	char *base;      /* hex: the merge base of --changed-since */
	char *cache_dir; /* $GIT_COMMON_DIR/hdrcheck */
	/* the cache directories, opened once: the result cache's, and the
	 * directory cache's ($GIT_DIR/hdrcheck, another in a linked work
	 * tree); -1 when unused or unusable, then cache_warning may say why */
	int cache_fd, wt_cache_fd;
	const char *cache_why;
	char *cache_warning;
	/* git's environment (GIT_INDEX_FILE, GIT_OBJECT_DIRECTORY,
	 * GIT_ALTERNATE_OBJECT_DIRECTORIES), absolute; NULL: the defaults */
	char *index_file;
	char *objects_dir;
	char *alternates;
	char *default_objects; /* <common dir>/objects */
	git_tree *tree;        /* rev: the commit's; index mode: HEAD's */
	git_tree *base_tree;   /* changed_since: the merge base's */
	int changed;           /* --changed-since given */
	int no_cache;          /* --no-cache: no cache of any kind */
	int include_submodules;
	unsigned int jobs;    /* -j: 1 = no helper thread (0: any) */
	hdrcheck__index *ix;  /* work tree and index modes, once listed */
	hdrcheck_vector subs; /* of hdrcheck__sub * */
	uint64_t filters;     /* root seed of the attribute digests */
	hdrcheck_vector untracked_attrs;   /* .gitattributes no index holds */
	struct hdrcheck__prestat *prestat; /* over ix, or NULL */
	/* blobs larger than the stream threshold are read whole, one at a
	 * time, so that memory stays bounded however many workers run */
	pthread_mutex_t big_read;
	/* the pack indexes (scanner/pack.c), loaded by the first reader
	 * that needs them, under big_read; NULL until then or when the
	 * pack reader is off */
	struct hdrcheck__packs *packs;
	int packs_loaded;
	/* rev: the directories of the commit's tree that hold an entry
	 * named .gitattributes (sorted), when the whole tree was listed
	 * from the packs; attr_dirs_known says so */
	hdrcheck_vector attr_dirs;
	int attr_dirs_known;
	/* rev: the listing made while libgit2 started, or NULL */
	struct hdrcheck__rev_prefetch *rev_prefetched;
	/* --archive: the archive read (scanner/archive.c) */
	struct hdrcheck__archive_src *archive;
};

/* libgit2's last error as one line, GIT_EOWNER with its own message. */
int hdrcheck__git_fail(int code, int git_code, const char *what);
/* Resolve rev (for the messages: option, "--rev") to a commit; a missing,
 * ambiguous or non-commit rev is one clear error. */
int hdrcheck__resolve_commit(git_commit **out, git_repository *repo,
                             const char *rev, const char *option);
int hdrcheck__source_load_index(hdrcheck__source *src);

/* Another handle on the source's repository, for a worker thread: the
 * same git directory, work tree (unless bare), index file and object
 * directories, whether they came from discovery or from git's
 * environment. */
int hdrcheck__source_repo_open(git_repository **out,
                               const hdrcheck__source *src, int bare);

/* What libgit2's last object database error means (and clears it):
 * HDRCHECK_ENOMEM when memory or address space ran out (a pack it could
 * not map), else HDRCHECK_ENOTFOUND (missing or unreadable). */
int hdrcheck__odb_error(void);

/* The object directory whose packs the pack reader loads. */
const char *hdrcheck__source_objects_dir(const hdrcheck__source *src);
int hdrcheck__under_any(const char *path, const char *const *prefixes,
                        size_t count);
hdrcheck__entry_kind hdrcheck__kind_of_mode(uint32_t mode);
/* A submodule's root and "path/" prefix (sub: entry->sub), or NULL. */
const char *hdrcheck__source_sub_root(const hdrcheck__source *src, int sub,
                                      const char **prefix);

/* scanner/rev.c: the files of a tree, and blobs. */
int hdrcheck__rev_list(hdrcheck__source *src, const char *const *prefixes,
                       size_t count, hdrcheck__entries *out);
/* Learn where the attribute files of the scanned commit's tree are (a
 * walk of the whole tree), for a listing that did not (attr_dirs). */
int hdrcheck__rev_attr_dirs(hdrcheck__source *src);
int hdrcheck__rev_read_path(hdrcheck__source *src, git_tree *tree,
                            const char *path, size_t max, char **out,
                            size_t *len);
int hdrcheck__index_read_path(hdrcheck__source *src, const char *path,
                              size_t max, char **out, size_t *len);
/* Read the first cap bytes of blob id through odb; *len what was read. A
 * blob larger than the stream threshold that cannot be streamed is read
 * whole under src->big_read. */
int hdrcheck__blob_window(hdrcheck__source *src, git_odb *odb,
                          const unsigned char id[HDRCHECK__OID_SIZE], char *buf,
                          size_t cap, size_t *len);

/* The pack indexes of the scanned repository, loaded on first use (any
 * thread); NULL when there are none or HDRCHECK_PACK_READER=0 is set in
 * the environment (the tests compare the two paths with it). Owned by
 * src, read-only. */
int hdrcheck__source_packs(struct hdrcheck__packs **out, hdrcheck__source *src);

/* The merge base of a and b, reading .git/shallow as git does (its
 * commits have no parents); HDRCHECK_ENOTFOUND when there is none. */
int hdrcheck__merge_base(git_oid *out, git_repository *repo, const git_oid *a,
                         const git_oid *b);
/* The same; *steps (when not NULL) receives how many commits the walks
 * took in all: a measure of the work that tests can bound. */
int hdrcheck__merge_base_steps(git_oid *out, git_repository *repo,
                               const git_oid *a, const git_oid *b,
                               size_t *steps);

/* The walk's directory cache of this work tree (per work tree: a linked
 * one has its own), or NULL with --no-cache or when it cannot be opened. */
hdrcheck__dircache *hdrcheck__source_dircache(hdrcheck__source *src);

/* scanner/changes.c: --changed-since and --staged. */
int hdrcheck__changes_list(hdrcheck__source *src, const char *const *prefixes,
                           size_t count, hdrcheck__entries *out);

#endif
