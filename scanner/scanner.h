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
#include <stdint.h>
#include <sys/stat.h>
#include "common.h"
#include "policies/policy.h"

#define HDRCHECK__OID_SIZE 20 /* SHA-1 object ids */

/* --- the index, read by hand (scanner/index.c) --- */

/* The stat data git records for a work-tree file (32 bits each). */
typedef struct {
	uint32_t ctime_s, ctime_ns, mtime_s, mtime_ns;
	uint32_t dev, ino, mode, uid, gid, size;
} hdrcheck__stat_data;

#define HDRCHECK__INDEX_ASSUME_VALID 0x1
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
void hdrcheck__index_free(hdrcheck__index *ix);
/* Our reader alone on the file at path (none: an empty index);
 * HDRCHECK_EINVAL when it declines. */
int hdrcheck__index_open_file(hdrcheck__index **out, const char *path);
/*
 * Without libgit2 (it may still be starting): the git directory dir most
 * likely belongs to (a ".git" directory in dir or above it) and its index,
 * read ahead. Nothing found is no error; hdrcheck__source_open() checks
 * the guess against the repository it opens.
 */
int hdrcheck__index_prefetch(hdrcheck__index **ix, char **gitdir,
			     const char *dir);
/* Whether git's environment names a part of the repository (GIT_DIR,
 * GIT_WORK_TREE, GIT_INDEX_FILE, GIT_COMMON_DIR, GIT_OBJECT_DIRECTORY,
 * GIT_ALTERNATE_OBJECT_DIRECTORIES): then nothing is read ahead. */
int hdrcheck__git_env_in_use(void);
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
int hdrcheck__tree_name_cmp(const char *a, size_t alen, int adir,
			    const char *b, size_t blen, int bdir);

/* --- the entries in scope --- */

typedef enum {
	HDRCHECK__ENTRY_FILE = 0,  /* a regular file (or not yet known) */
	HDRCHECK__ENTRY_SYMLINK,   /* never followed */
	HDRCHECK__ENTRY_SUBMODULE, /* a gitlink */
	HDRCHECK__ENTRY_SPECIAL,   /* fifo, socket, device: never opened */
	/* a directory the plain walk could not open (4 is the directory
	 * cache's "directory"): an error finding, its errno in sub */
	HDRCHECK__ENTRY_UNREADABLE = 5
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
int hdrcheck__entries_push(hdrcheck__entries *e, const char *path,
			   size_t len, hdrcheck__entry_kind kind);
/* Room for n entries in all, so that pushing up to n does not grow the
 * array (which doubles, and at 200,000 entries would hold a third more
 * than it needs). */
int hdrcheck__entries_reserve(hdrcheck__entries *e, size_t n);
void hdrcheck__entries_dispose(hdrcheck__entries *e);
/* Sort bytewise and drop duplicate paths (one of them stays). */
void hdrcheck__entries_sort_unique(hdrcheck__entries *e);

/* --- sources --- */

typedef enum {
	HDRCHECK__MODE_DIRECTORY = 0, /* a plain directory, no git */
	HDRCHECK__MODE_WORKTREE,      /* the work tree, read from disk */
	HDRCHECK__MODE_REV,           /* a commit's tree, from the ODB */
	HDRCHECK__MODE_INDEX          /* the staged blobs */
} hdrcheck__mode;

typedef struct {
	const char *rev;           /* --rev */
	const char *changed_since; /* --changed-since */
	int staged;                /* --staged */
	int include_submodules;    /* --include-submodules */
	int no_cache;              /* --no-cache */
	unsigned int jobs;         /* -j: 1 = no helper thread (0: any) */
	/* the index read ahead (hdrcheck__index_prefetch), of the git
	 * directory prefetched_gitdir: the source takes both over, and uses
	 * the index when that is the repository it opens */
	hdrcheck__index *prefetched;
	char *prefetched_gitdir;
	/* --changed-since: the stat pass over the prefetched index, started
	 * by hdrcheck__changes_prestart(); the source takes it over with
	 * the index, or stops it */
	struct hdrcheck__prestat *prestat;
	/* --rev: the tree listed while libgit2 started
	 * (hdrcheck__rev_prefetch); the source takes it over */
	struct hdrcheck__rev_prefetch *rev_prefetched;
} hdrcheck__source_options;

/* --rev HEAD or a full commit id, no PATH: list the commit's tree from
 * the packs while libgit2 starts, without it (HEAD and its branch read
 * as git writes them, in dir/.git or in the bare repository dir). The
 * source uses the listing only when libgit2 resolves the same tree in
 * the same objects directory. Nothing happens when it cannot. */
void hdrcheck__rev_prefetch(hdrcheck__source_options *opts, const char *dir);
void hdrcheck__rev_prefetch_free(struct hdrcheck__rev_prefetch *p);

/* --changed-since in a work tree, no PATH but its root (paths relative to
 * dir): start the stat of every file of the prefetched index on helper
 * threads, while libgit2 starts and the revisions resolve. Nothing
 * happens when it cannot start. */
void hdrcheck__changes_prestart(hdrcheck__source_options *opts,
				const char *dir, const char *const *paths,
				size_t count);
/* Stop (join) and free it; NULL is a no-op. */
void hdrcheck__prestat_free(struct hdrcheck__prestat *p);

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
hdrcheck__mode hdrcheck__source_mode(const hdrcheck__source *src);
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
int hdrcheck__source_read(hdrcheck__source *src, const char *path,
			  size_t max, char **out, size_t *len);

/* Plain directory walk (scanner/walk.c). */
typedef int (*hdrcheck__walk_filter)(void *payload, const char *rel,
				     int is_dir);
int hdrcheck__walk(const char *root, const char *start_rel,
		   hdrcheck__walk_filter filter, void *payload,
		   hdrcheck__entries *out);

/* The walk's directory cache (scanner/dircache.c): the names reading a
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

/* git's ignore rules (scanner/ignore.c), on common/wildmatch.c. */
/* The rules of one ignore file, whose directory is base ("" or "dir/"). */
typedef struct hdrcheck__ignore_list hdrcheck__ignore_list;
int hdrcheck__ignore_list_parse(hdrcheck__ignore_list **out,
				const char *base, const char *text,
				size_t len);
void hdrcheck__ignore_list_free(hdrcheck__ignore_list *l);
/* The last rule matching path (len bytes, NUL-terminated, relative to the
 * work tree and under base): 1 excludes it, -1 re-includes it, 0 when no
 * rule matches. is_dir: for the rules ending in '/'. */
int hdrcheck__ignore_list_match(const hdrcheck__ignore_list *l,
				const char *path, size_t len, int is_dir,
				int icase);

/* The untracked files of one repository (scanner/untracked.c): under
 * root, not in the index, not ignored; nested repositories are not
 * entered. Paths get prefix ("" or "sub/"). */
int hdrcheck__untracked_list(struct git_repository *repo, const char *root,
			     const hdrcheck__index *ix, const char *prefix,
			     const char *const *prefixes, size_t count,
			     hdrcheck__entries *out);
/* The same, and the paths of the untracked .gitattributes files seen on
 * the way, ignored or not, into attr_files (malloc'd strings); walked by
 * up to threads threads (the calling one included, at most 4), which
 * changes nothing but the time. */
int hdrcheck__untracked_list_ext(struct git_repository *repo,
				 const char *root, const hdrcheck__index *ix,
				 const char *prefix,
				 const char *const *prefixes, size_t count,
				 hdrcheck__entries *out,
				 hdrcheck_vector *attr_files,
				 hdrcheck__dircache *dircache,
				 unsigned int threads);
/* What the last hdrcheck__source_list_untracked() found of those. */
const hdrcheck_vector *
hdrcheck__source_untracked_attributes(const hdrcheck__source *src);

/* Reading the header window (scanner/reader.c). */
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
					    char *buf, size_t cap,
					    size_t *len, int *err);

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
					    const hdrcheck__entry *e,
					    char *buf, size_t cap,
					    size_t *len, int *err,
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

/* --- .gitattributes (scanner/attributes.c) --- */

/* Which files may carry an attribute hdrcheck reads: built once from the
 * attribute files of the scanned tree, read-only afterwards. */
typedef struct hdrcheck__attr_filter hdrcheck__attr_filter;

/* entries: the files in scope, whose directories' attribute files are
 * read. */
int hdrcheck__attr_filter_new(hdrcheck__attr_filter **out,
			      hdrcheck__source *src,
			      const hdrcheck__entries *entries);
/* Add the attribute files of more entries (untracked ones). */
int hdrcheck__attr_filter_add(hdrcheck__attr_filter *f, hdrcheck__source *src,
			      const hdrcheck__entries *entries);
/* Add these attribute files (paths of untracked .gitattributes the walk
 * found); *changed: 1 when any existed, and verdicts under their
 * directories may have been taken without them. */
int hdrcheck__attr_filter_add_files(hdrcheck__attr_filter *f,
				    hdrcheck__source *src,
				    const hdrcheck_vector *paths, int *changed);
/* For the fuzz target: a filter made of one attribute file's bytes, as
 * if found in the directory dir ("" = the root), without a repository. */
int hdrcheck__attr_filter_parse(hdrcheck__attr_filter **out, const char *dir,
                                const char *buf, size_t len);
void hdrcheck__attr_filter_free(hdrcheck__attr_filter *f);
/* 1 when any attribute file names one of our attributes. */
int hdrcheck__attr_filter_any(const hdrcheck__attr_filter *f);
/* 0: no attribute of ours can apply to path, skip the lookup. */
int hdrcheck__attr_filter_maybe(const hdrcheck__attr_filter *f,
				const char *path);
/* The digest of the attribute files that apply to path's directory and
 * of the line-ending settings: part of a work-tree file's cache key. */
uint64_t hdrcheck__attr_filter_digest(const hdrcheck__attr_filter *f,
				      const char *path);

/* A worker's attribute lookups, through its own repository. */
typedef struct hdrcheck__attrs hdrcheck__attrs;

int hdrcheck__attrs_new(hdrcheck__attrs **out, hdrcheck__source *src);
void hdrcheck__attrs_free(hdrcheck__attrs *a);
/* out->policy is owned by a, valid until the next call. */
int hdrcheck__attrs_get(hdrcheck__attrs *a, const hdrcheck__entry *e,
			hdrcheck__file_attrs *out);
/* For explain: look up one repository-relative path. */
int hdrcheck__attrs_get_path(hdrcheck__attrs *a, const char *path,
			     hdrcheck__file_attrs *out);

/* --- the result cache (scanner/cache.c) --- */

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

/*
 * What a check leaves for the fixer (fixer/fix.c), so that it works in
 * the check's session: the compiled policy (it borrows the report's
 * configuration: dispose of it before the report), and the PATH
 * arguments as repository-relative paths (NULL when there are none).
 */
#include "hdrcheck/check.h"
typedef struct {
	hdrcheck__policy *policy;
	char **paths;
	size_t paths_count;
} hdrcheck__check_session;

/* hdrcheck_check(), and on success *session filled (scanner/check.c). */
int hdrcheck__check_keep(hdrcheck_report **out,
                         hdrcheck__check_session *session,
                         const hdrcheck_check_options *opts);
void hdrcheck__check_session_dispose(hdrcheck__check_session *s);

/*
 * For each of the count paths (sorted bytewise, unique), the year (in the
 * author's time zone) of the oldest commit reachable from HEAD that added
 * it, or 0 when no commit did (scanner/history.c): one walk of the
 * history for all of them. A plain directory or an unborn HEAD gives 0s.
 */
int hdrcheck__history_years(int *years, const char *root,
			    const char *const *paths, size_t count);

#endif
