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

#ifndef HDRCHECK_SCANNER_SOURCES_SOURCE_H
#define HDRCHECK_SCANNER_SOURCES_SOURCE_H

/*
 * Sources: where the entries come from. A source lists entries (path,
 * mode as a kind, blob id when known, the index's stat data) and reads a
 * window of one entry's content; the work tree, the index (--staged), a
 * revision (--rev), a plain directory and submodules are each one
 * hdrcheck__source_ops in one file of this folder. --changed-since is a
 * scope filter over any git source (changed.c), as the PATH prefixes are.
 *
 * Adding a source is one new file: define its hdrcheck__source_ops (and,
 * when its content is neither files on disk nor git blobs, its own
 * hdrcheck__reader_ops); then name it in the list of sources in
 * scanner/sources/open.c, where hdrcheck__source_open() picks it, and in
 * CMakeLists.txt.
 *
 * This header is the interface (the entries, the source's calls, the
 * vtables); scanner/sources/internal.h is what the source files share
 * inside (the source object, the repository helpers).
 */

#include <stddef.h>
#include <stdint.h>
#include <sys/stat.h>
#include "common.h"
#include "hdrcheck/report.h"
#include "scanner/git/index.h"
#include "scanner/git/oid.h"

/* --- the entries in scope --- */

typedef enum {
	HDRCHECK__ENTRY_FILE = 0,  /* a regular file (or not yet known) */
	HDRCHECK__ENTRY_SYMLINK,   /* never followed */
	HDRCHECK__ENTRY_SUBMODULE, /* a gitlink */
	HDRCHECK__ENTRY_SPECIAL,   /* fifo, socket, device: never opened */
	/* a directory the plain walk could not open (4 is the directory
	 * cache's "directory"): an error finding, its errno in sub */
	HDRCHECK__ENTRY_UNREADABLE = 5,
	/* the source decided the verdict (an archive's unsafe or duplicate
	 * entry, a missing LICENSE): hdrcheck__archive_source_verdict() */
	HDRCHECK__ENTRY_VERDICT = 6
} hdrcheck__entry_kind;

/* The entry's oid is its content's blob id (a tree or the index). */
#define HDRCHECK__ENTRY_HAS_OID 0x1

/* 48 bytes: one per file in scope. */
typedef struct {
	char *path; /* repository-relative, '/'-separated */
	/* work tree: the index entry that tracks the file, for the stat
	 * check (NULL when untracked); ix owns it */
	const hdrcheck__index *ix;
	const hdrcheck__index_entry *ie;
	unsigned char oid[HDRCHECK__OID_SIZE];
	unsigned int kind : 4;  /* hdrcheck__entry_kind */
	unsigned int flags : 4; /* HDRCHECK__ENTRY_HAS_OID */
	/* submodule: 1 + its number; 0 = top. HDRCHECK__ENTRY_UNREADABLE:
	 * the errno */
	unsigned int sub : 24;
} hdrcheck__entry;

/* The most submodules a source enters (sub above). */
#define HDRCHECK__ENTRY_SUB_MAX ((1u << 24) - 1)

typedef struct {
	hdrcheck__entry *items;
	size_t count;
	size_t cap;
} hdrcheck__entries;

/* The new entry's other fields are zero; it is items[count - 1]. */
int hdrcheck__entries_push(hdrcheck__entries *e, const char *path, size_t len,
                           hdrcheck__entry_kind kind);
/* Room for n entries in all, so that pushing up to n does not grow the
 * array (which doubles, and at 200,000 entries would hold a third more
 * than it needs). */
int hdrcheck__entries_reserve(hdrcheck__entries *e, size_t n);
void hdrcheck__entries_dispose(hdrcheck__entries *e);
/* Sort bytewise and drop duplicate paths (one of them stays). */
void hdrcheck__entries_sort_unique(hdrcheck__entries *e);

/* --- sources --- */

typedef struct {
	const char *rev; /* --rev */
	/* --archive FILE (sources/archive.c), --against REV, and what the
	 * archive keeps of each file: the window, the digests */
	const char *archive;
	const char *against;
	size_t archive_window;
	int archive_digests;
	const char *changed_since; /* --changed-since */
	int staged;                /* --staged */
	int include_submodules;    /* --include-submodules */
	int no_cache;              /* --no-cache */
	unsigned int jobs;         /* -j: 1 = no helper thread (0: any) */
	/* the own git readers that give way to libgit2's path:
	 * HDRCHECK__LIBGIT2_* (scanner/git/readers.h) */
	unsigned int libgit2;
} hdrcheck__source_options;

/* Where files come from: a git work tree or a plain directory, a commit,
 * the index. */
typedef struct hdrcheck__source hdrcheck__source;

/* Discover a repository from dir (NULL = "."); a plain directory when
 * there is none and no git mode is asked for. Resolves the revisions: a
 * missing or ambiguous one, or a merge base that a shallow clone lacks,
 * is an error. opts NULL = the work tree. */
int hdrcheck__source_open(hdrcheck__source **out, const char *dir,
                          hdrcheck__source_options *opts);
void hdrcheck__source_free(hdrcheck__source *src);
int hdrcheck__source_is_git(const hdrcheck__source *src);
/* What the source is (the one its options picked): its
 * HDRCHECK__SOURCE_* flags, the report's name for it, and the kind of
 * content its cache keys name ('w' work-tree files, 'b' blobs). */
unsigned int hdrcheck__source_flags(const hdrcheck__source *src);
hdrcheck_source_kind hdrcheck__source_kind(const hdrcheck__source *src);
char hdrcheck__source_cache_kind(const hdrcheck__source *src);
/* Absolute root, without a trailing '/': the work tree, the directory, or
 * for a bare repository its git directory. */
const char *hdrcheck__source_root(const hdrcheck__source *src);
/* The commit scanned (--rev) or HEAD, as hex; or NULL. Borrowed. */
const char *hdrcheck__source_commit(const hdrcheck__source *src);
/* The merge base of --changed-since, as hex; or NULL. Borrowed. */
const char *hdrcheck__source_base(const hdrcheck__source *src);
/* The directory for hdrcheck's own files ($GIT_COMMON_DIR/hdrcheck), or
 * NULL for a plain directory. Borrowed. */
const char *hdrcheck__source_cache_dir(const hdrcheck__source *src);
/* The result cache's directory, opened (hdrcheck__cachedir_open), or -1:
 * --no-cache, no git, or unusable. *warning: a cache directory that was
 * not used and why, for the user, or NULL (owned by the source). */
int hdrcheck__source_cache_fd(const hdrcheck__source *src,
                              const char **warning);

/*
 * List the files in scope under the given repository-relative prefixes
 * ("" = everything), sorted bytewise. Work tree: the tracked files from
 * the index, then hdrcheck__source_list_untracked(). Rev: the commit's
 * tree. Index: the staged files that differ from HEAD. With changed_since:
 * only the changed files. Plain directories: every file, skipping .git,
 * .hg and .svn, never following symlinks.
 */
int hdrcheck__source_list(hdrcheck__source *src, const char *const *prefixes,
                          size_t prefixes_count, hdrcheck__entries *out);
/*
 * The untracked files that are not ignored (work-tree scans without
 * changed_since; others list nothing here), sorted. It may run while
 * workers read the entries hdrcheck__source_list() gave: it uses only the
 * calling thread's repository.
 */
int hdrcheck__source_list_untracked(hdrcheck__source *src,
                                    const char *const *prefixes,
                                    size_t prefixes_count,
                                    hdrcheck__entries *out);

/* Read a whole file of the scanned tree (the configuration), at most max
 * bytes, from the work tree, the commit or the index; HDRCHECK_ENOTFOUND
 * when absent. *out is malloc'd and NUL-terminated. */
int hdrcheck__source_read(hdrcheck__source *src, const char *path, size_t max,
                          char **out, size_t *len);

/* What the last hdrcheck__source_list_untracked() found of those. */
const hdrcheck_vector *
hdrcheck__source_untracked_attributes(const hdrcheck__source *src);

/* Reading the header window (scanner/sources/reader.c). */
typedef enum {
	HDRCHECK__READ_OK = 0,
	HDRCHECK__READ_GONE,    /* vanished since listing */
	HDRCHECK__READ_SYMLINK, /* a symlink now */
	HDRCHECK__READ_SPECIAL, /* not a regular file */
	HDRCHECK__READ_FAILED   /* errno in *err, or one of below */
} hdrcheck__read_result;

/* *err of HDRCHECK__READ_FAILED when the object database failed: the
 * object is missing or unreadable, or its window cannot be produced
 * within the memory caps. */
#define HDRCHECK__READ_ERR_OBJECT    (-1)
#define HDRCHECK__READ_ERR_TOO_LARGE (-2)

hdrcheck__read_result hdrcheck__read_window(int root_fd, const char *path,
                                            char *buf, size_t cap, size_t *len,
                                            int *err);
/* A whole file under root (no symlink followed), at most max bytes:
 * HDRCHECK_ENOTFOUND when absent. *out malloc'd and NUL-terminated. */
int hdrcheck__read_file_under(const char *root, const char *path, size_t max,
                              char **out, size_t *len);

/* The descriptor of a path's directory, kept while the next paths share
 * it. */
typedef struct {
	int root_fd;
	int fd; /* of dir, or -1 */
	hdrcheck_buf dir;
} hdrcheck__dirfd;

void hdrcheck__dirfd_init(hdrcheck__dirfd *d, int root_fd);
void hdrcheck__dirfd_dispose(hdrcheck__dirfd *d);
/* The directory of path (root_fd for a top-level name) and its base name
 * in *base; -1 with errno set when it cannot be opened. */
int hdrcheck__dirfd_get(hdrcheck__dirfd *d, const char *path,
                        const char **base);

/* A worker's reader: its directory descriptors, or its own repository
 * and object database. */
typedef struct hdrcheck__reader hdrcheck__reader;

int hdrcheck__reader_new(hdrcheck__reader **out, hdrcheck__source *src,
                         int root_fd);
void hdrcheck__reader_free(hdrcheck__reader *r);
/*
 * Work tree: 1 when the file is as the index recorded it (stat only, no
 * read), so its blob id stands for its content; 0 otherwise. Git modes:
 * 1 when the entry has a blob id.
 */
int hdrcheck__reader_clean(hdrcheck__reader *r, const hdrcheck__entry *e);
/* 1 when e, a tracked file of the work tree, is no longer there (a
 * verdict from its path alone must not keep it in the report). */
int hdrcheck__reader_gone(hdrcheck__reader *r, const hdrcheck__entry *e);
/*
 * Read the first cap bytes of the entry. *clean (may be NULL) is set to 1
 * when what was read is the entry's blob: the index's stat data matched
 * before and after the read, or the content came from the object database.
 */
hdrcheck__read_result hdrcheck__reader_read(hdrcheck__reader *r,
                                            const hdrcheck__entry *e, char *buf,
                                            size_t cap, size_t *len, int *err,
                                            int *clean);

/*
 * The SHA-1 and SHA-256 of the entry's whole content (SBOM formats), read
 * through buf (cap bytes) as hdrcheck__reader_read() reads: no symlink
 * followed, blobs from the object database. 0 with *result; a negative
 * error when digesting itself fails.
 */
struct hdrcheck__digest;
int hdrcheck__reader_digest(hdrcheck__reader *r, const hdrcheck__entry *e,
                            struct hdrcheck__digest *d, char *buf, size_t cap,
                            char *sha1, char *sha256,
                            hdrcheck__read_result *result, int *err);

/* --- the vtables --- */

struct hdrcheck__digest;
struct git_tree;

/*
 * How a worker reads entries' content. new() makes one worker's state
 * (its own descriptors, repository or archive handle); the others take
 * that state. See hdrcheck__reader_read() and friends in
 * scanner/scanner.h for what each answers.
 */
typedef struct hdrcheck__reader_ops {
	int (*new)(void **state, hdrcheck__source *src, int root_fd);
	void (*free)(void *state);
	/* 1 when the content read is the entry's blob id without reading
	 * (stat data as the index recorded, or an object) */
	int (*clean)(void *state, const hdrcheck__entry *e);
	/* 1 when e is gone since the listing */
	int (*gone)(void *state, const hdrcheck__entry *e);
	hdrcheck__read_result (*read)(void *state, const hdrcheck__entry *e,
	                              char *buf, size_t cap, size_t *len,
	                              int *err, int *clean);
	int (*digest)(void *state, const hdrcheck__entry *e,
	              struct hdrcheck__digest *d, char *buf, size_t cap,
	              char *sha1, char *sha256, hdrcheck__read_result *result,
	              int *err);
} hdrcheck__reader_ops;

/* The stock readers (scanner/sources/reader.c): files under the root
 * (openat from kept directory descriptors, O_NOFOLLOW), and blobs from the
 * object database (the pack reader first, libgit2 for the rest). */
extern const hdrcheck__reader_ops hdrcheck__reader_files;
extern const hdrcheck__reader_ops hdrcheck__reader_blobs;

/* What a source is; hdrcheck__source_ops.flags. */
/* it needs a git repository */
#define HDRCHECK__SOURCE_GIT 0x1
/* its content lives in files under the root: the workers share a
 * descriptor of the root, and explain can read it */
#define HDRCHECK__SOURCE_FILES 0x2
/* its content comes from the object database: PATH arguments name
 * entries of a tree, not files on disk; fewer workers where each maps
 * packs */
#define HDRCHECK__SOURCE_OBJECTS 0x4
/* the work tree: tracked files are checked against the index's stat data
 * and attribute files are read from disk first */
#define HDRCHECK__SOURCE_WORKTREE 0x8
/* it lists from the index (src->ix) */
#define HDRCHECK__SOURCE_INDEX 0x10
/* its entries are a commit's tree (src->tree, src->commit): attribute
 * files and blob ids come from that commit */
#define HDRCHECK__SOURCE_TREE 0x20

typedef struct hdrcheck__source_ops {
	const char *name;          /* "worktree", "rev", ... */
	hdrcheck_source_kind kind; /* what the report calls it */
	unsigned int flags;        /* HDRCHECK__SOURCE_* */
	/* the kind of content that result cache keys name: 'w' a work-tree
	 * file, 'b' a blob */
	char cache_kind;
	/* After the repository (if any) is open and the revisions are
	 * resolved: the source's own set-up; NULL for none. */
	int (*open)(hdrcheck__source *src, hdrcheck__source_options *o);
	/* The entries under the prefixes ("" or none = all), sorted
	 * bytewise, unique. */
	int (*list)(hdrcheck__source *src, const char *const *prefixes,
	            size_t count, hdrcheck__entries *out);
	/* A second round, listed while workers read the first (the work
	 * tree's untracked files); NULL for none. */
	int (*list_more)(hdrcheck__source *src, const char *const *prefixes,
	                 size_t count, hdrcheck__entries *out);
	/* Git sources: the entries that differ from tree (the scope filter
	 * of --changed-since); NULL when the source cannot say. */
	int (*list_changed)(hdrcheck__source *src, struct git_tree *tree,
	                    const char *const *prefixes, size_t count,
	                    hdrcheck__entries *out);
	/* A whole file of the scanned tree (the configuration, attribute
	 * files), at most max bytes; HDRCHECK_ENOTFOUND when absent. *out
	 * malloc'd and NUL-terminated. */
	int (*read_file)(hdrcheck__source *src, const char *path, size_t max,
	                 char **out, size_t *len);
	const hdrcheck__reader_ops *reader;
	/* Free what open() kept in src->state; NULL for nothing. */
	void (*dispose)(hdrcheck__source *src);
} hdrcheck__source_ops;

/* sources/archive.c: the verdict the archive decided for an
 * HDRCHECK__ENTRY_VERDICT entry (*reason malloc'd); the comparison with
 * --against for the report (moved out), or NULL; the archive's memory. */
int hdrcheck__archive_source_verdict(const hdrcheck__source *src,
                                     const char *path, hdrcheck_status *status,
                                     char **reason);
hdrcheck_archive_diff *
hdrcheck__archive_source_take_diff(hdrcheck__source *src);
void hdrcheck__archive_source_free(hdrcheck__source *src);

#endif
