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

#ifndef HDRCHECK_SCANNER_SOURCES_INTERNAL_H
#define HDRCHECK_SCANNER_SOURCES_INTERNAL_H

/*
 * What the files of scanner/sources/ share inside: the source object (its
 * git state), the repository helpers (repository.c), git objects
 * (objects.c), the walks (walk.c, untracked.c), and what each source file
 * offers the others. Includes <git2.h>; nothing outside this folder
 * includes it but the scanner's attribute and baseline code.
 */

#include <git2.h>
#include <pthread.h>
#include "common.h"
#include "scanner/git/dircache.h"
#include "scanner/git/index.h"
#include "scanner/git/merge_base.h"
#include "scanner/git/readers.h"
#include "scanner/sources/source.h"

/* A checked-out submodule (--include-submodules). */
typedef struct {
	git_repository *repo;
	hdrcheck__index *ix;
	char *root;   /* absolute */
	char *prefix; /* "path/" in the superproject */
} hdrcheck__sub;

struct hdrcheck__source {
	const hdrcheck__source_ops *ops; /* what it is, picked once */
	void *state;          /* the source file's own, freed by ops->dispose */
	git_repository *repo; /* NULL: a plain directory */
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
	git_tree *tree;        /* rev: the commit's; staged: HEAD's */
	git_tree *base_tree;   /* changed_since: the merge base's */
	int changed;           /* --changed-since given */
	int no_cache;          /* --no-cache: no cache of any kind */
	int include_submodules;
	unsigned int jobs;    /* -j: 1 = no helper thread (0: any) */
	unsigned int libgit2; /* HDRCHECK__LIBGIT2_*: libgit2's readers */
	hdrcheck__index *ix;  /* work tree and index modes, once listed */
	hdrcheck_vector subs; /* of hdrcheck__sub * */
	uint64_t filters;     /* root seed of the attribute digests */
	hdrcheck_vector untracked_attrs; /* .gitattributes no index holds */
	/* blobs larger than the stream threshold are read whole, one at a
	 * time, so that memory stays bounded however many workers run */
	pthread_mutex_t big_read;
	/* the pack indexes (scanner/git/pack.c), loaded by the first reader
	 * that needs them, under big_read; NULL until then or when the
	 * pack reader is off */
	struct hdrcheck__packs *packs;
	int packs_loaded;
	/* rev: the directories of the commit's tree that hold an entry
	 * named .gitattributes (sorted), when the whole tree was listed
	 * from the packs; attr_dirs_known says so */
	hdrcheck_vector attr_dirs;
	int attr_dirs_known;
	/* --archive: the archive read (sources/archive.c) */
	struct hdrcheck__archive_src *archive;
};

/* --- scanner/sources/repository.c: the repository under a git source --- */

/* libgit2's last error as one line, GIT_EOWNER with its own message. */
int hdrcheck__git_fail(int code, int git_code, const char *what);
/* Resolve rev (for the messages: option, "--rev") to a commit; a missing,
 * ambiguous or non-commit rev is one clear error. */
int hdrcheck__resolve_commit(git_commit **out, git_repository *repo,
                             const char *rev, const char *option);
int hdrcheck__source_load_index(hdrcheck__source *src);
/* An object id as hex, malloc'd. */
int hdrcheck__oid_hex(char **out, const git_oid *id);
/* A variable of git's environment; empty is unset, as for git. */
const char *hdrcheck__git_env(const char *name);
/* Set repo's object database to GIT_OBJECT_DIRECTORY and
 * GIT_ALTERNATE_OBJECT_DIRECTORIES as src found them (none: nothing). */
int hdrcheck__set_env_odb(git_repository *repo, const hdrcheck__source *src);
/* Set repo's index to the file at file (NULL: nothing). */
int hdrcheck__set_env_index(git_repository *repo, const char *file);

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
/* --- scanner/sources/submodules.c --- */

/* The tracked files of the source's index, entering checked-out
 * submodules with --include-submodules (sorted by the caller). */
int hdrcheck__submodules_list_tracked(hdrcheck__source *src,
                                      const char *const *prefixes, size_t count,
                                      hdrcheck__entries *out);
/* The untracked files of the submodules the listing entered. */
int hdrcheck__submodules_list_untracked(hdrcheck__source *src,
                                        const char *const *prefixes,
                                        size_t count, hdrcheck__entries *out);
void hdrcheck__submodules_free(hdrcheck__source *src);
/* A submodule's root and "path/" prefix (sub: entry->sub), or NULL. */
const char *hdrcheck__source_sub_root(const hdrcheck__source *src, int sub,
                                      const char **prefix);

/* scanner/sources/objects.c: a whole blob of at most max bytes (path:
 * for the messages); HDRCHECK_ENOTFOUND when missing. */
int hdrcheck__blob_read(git_repository *repo, const git_oid *id,
                        const char *path, size_t max, char **out, size_t *len);

/* scanner/sources/rev.c: the files of a tree. */
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
 * thread); NULL when there are none or the run reads objects through
 * libgit2 only (HDRCHECK__LIBGIT2_PACK). Owned by src, read-only. */
int hdrcheck__source_packs(struct hdrcheck__packs **out, hdrcheck__source *src);

/* The walk's directory cache of this work tree (per work tree: a linked
 * one has its own), or NULL with --no-cache or when it cannot be opened. */
hdrcheck__dircache *hdrcheck__source_dircache(hdrcheck__source *src);

/* scanner/sources/changed.c: the entries of the source that differ from the
 * tree base (NULL: an empty tree), in a commit's tree (rev), the index
 * or the work tree; each source's list_changed. */
int hdrcheck__changes_rev(hdrcheck__source *src, git_tree *base,
                          const char *const *prefixes, size_t count,
                          hdrcheck__entries *out);
int hdrcheck__changes_index(hdrcheck__source *src, git_tree *base,
                            const char *const *prefixes, size_t count,
                            hdrcheck__entries *out);
int hdrcheck__changes_worktree(hdrcheck__source *src, git_tree *base,
                               const char *const *prefixes, size_t count,
                               hdrcheck__entries *out);

/* Plain directory walk (scanner/sources/walk.c). */
typedef int (*hdrcheck__walk_filter)(void *payload, const char *rel,
                                     int is_dir);
int hdrcheck__walk(const char *root, const char *start_rel,
                   hdrcheck__walk_filter filter, void *payload,
                   hdrcheck__entries *out);

/* The untracked files of one repository (scanner/sources/untracked.c): under
 * root, not in the index, not ignored; nested repositories are not
 * entered. Paths get prefix ("" or "sub/"). */
int hdrcheck__untracked_list(struct git_repository *repo, const char *root,
                             const hdrcheck__index *ix, const char *prefix,
                             const char *const *prefixes, size_t count,
                             hdrcheck__entries *out);
/* The same, and the paths of the untracked .gitattributes files seen on
 * the way, ignored or not, into attr_files (malloc'd strings); walked by
 * up to threads threads (the calling one included, at most 4), which
 * changes nothing but the time. With HDRCHECK__LIBGIT2_IGNORE in libgit2,
 * libgit2 answers the ignore rules (one thread). */
int hdrcheck__untracked_list_ext(struct git_repository *repo, const char *root,
                                 const hdrcheck__index *ix, const char *prefix,
                                 const char *const *prefixes, size_t count,
                                 hdrcheck__entries *out,
                                 hdrcheck_vector *attr_files,
                                 hdrcheck__dircache *dircache,
                                 unsigned int threads, unsigned int libgit2);

#endif
