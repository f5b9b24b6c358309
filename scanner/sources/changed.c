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

/*
 * The change set: the scope filter of --changed-since REV (the
 * pull-request gate) over the work tree, the index (--staged, the
 * pre-commit hook, which lists its changes against HEAD) and a revision;
 * each git source's list_changed is here.
 *
 * A file is changed when its current content differs from the base's:
 * added, modified, or renamed (its new path); deleted files are not listed.
 * In the work tree the current state is the index plus what the work tree
 * changed on top of it, plus the untracked files that are not ignored:
 *
 * 1. base tree vs index, one merge of the two sorted lists per directory,
 *    skipping every directory whose cache-tree id (the index's TREE
 *    extension) equals the base's subtree: with a recent merge base that
 *    leaves a handful of directories to look at;
 * 2. index vs work tree: the stat data of every tracked file, on several
 *    threads (the only step that touches every file), while the calling
 *    thread does step 1 and the untracked walk;
 * 3. a file whose stat data moved is hashed as git would (filters
 *    applied) and compared with the base, so a touched but unchanged file
 *    is not a change.
 *
 * With --rev R2 it is merge-base(REV, R2)..R2, a tree-to-tree diff in the
 * object database. --staged is HEAD (or the merge base) vs the index, and
 * its content comes from the index's blobs.
 */

#include <errno.h>
#include <fcntl.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "common/pool.h"
#include "scanner/sources/internal.h"

#define STAT_CHUNK 256
/* The largest work-tree file hashed to learn whether it changed: larger
 * ones count as changed (and are checked), like the readers' caps. */
#define HASH_MAX         ((uint64_t)64 << 20)
#define STAT_THREADS_MAX 8

enum { ST_CLEAN = 0, ST_DIRTY, ST_GONE, ST_SKIP };

/* --- 1. a tree against the index --- */

typedef struct {
	git_repository *repo;
	const hdrcheck__index *ix;
	const char *const *prefixes;
	size_t count;
	unsigned char *changed; /* per index position */
	hdrcheck_buf path;
} tree_diff;

/* The end of the run of entries from "from" that lie under p[0..plen). */
static size_t group_end(const hdrcheck__index *ix, size_t from, size_t hi,
                        const char *p, size_t plen)
{
	size_t lo = from;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const char *q = ix->entries[mid].path;

		if (strncmp(q, p, plen) == 0 && q[plen] == '/')
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Does the directory dir hold, or lie under, a PATH in scope? */
static int dir_in_scope(const tree_diff *d, const char *dir)
{
	size_t i;

	if (!d->count || !*dir)
		return 1;
	for (i = 0; i < d->count; i++)
		if (hdrcheck__path_under(dir, d->prefixes[i]) ||
		    hdrcheck__path_under(d->prefixes[i], dir))
			return 1;
	return 0;
}

static void mark(tree_diff *d, size_t lo, size_t hi)
{
	for (; lo < hi; lo++)
		if (hdrcheck__under_any(d->ix->entries[lo].path, d->prefixes,
		                        d->count))
			d->changed[lo] = 1;
}

/*
 * One directory being compared: its tree (owned, but for the root's), its
 * path (d->path[0..dir_len)), the run of index entries under it [i, hi)
 * and the next tree entry t. A stack of these, not recursion: a tree may
 * nest as deep as its history wants (60,000 levels overflowed the stack).
 */
typedef struct {
	git_tree *tree;
	int owned;
	size_t dir_len, i, hi, t, nt, off;
} diff_frame;

#define DIFF_FRAME_MAX ((size_t)1 << 24)

typedef struct {
	diff_frame *items;
	size_t len, cap;
} frame_stack;

/* Enter a directory: 1 when it needs comparing (a frame was pushed). */
static int diff_enter(tree_diff *d, frame_stack *st, git_tree *tree, int owned,
                      size_t dir_len, size_t lo, size_t hi)
{
	const hdrcheck__tree_cache *ct;
	const char *dir = hdrcheck__buf_cstr(&d->path);
	diff_frame *f;

	if (lo >= hi || !dir_in_scope(d, dir))
		goto skip;
	if (!tree) {
		mark(d, lo, hi);
		return 0;
	}
	/* the cache tree says what the index's tree id here would be */
	if ((ct = hdrcheck__index_tree(d->ix, dir)) != NULL &&
	    memcmp(ct->oid, git_tree_id(tree)->id, HDRCHECK__OID_SIZE) == 0)
		goto skip;
	if (st->len == st->cap) {
		size_t cap = st->cap ? st->cap * 2 : 64;
		diff_frame *v;

		if (cap > DIFF_FRAME_MAX ||
		    !(v = hdrcheck__realloc(st->items, cap * sizeof(*v)))) {
			if (owned)
				git_tree_free(tree);
			return cap > DIFF_FRAME_MAX
			           ? hdrcheck__error_set(
			                 HDRCHECK_ELIMIT,
			                 "a tree nests too deep")
			           : HDRCHECK_ENOMEM;
		}
		st->items = v;
		st->cap = cap;
	}
	f = &st->items[st->len++];
	f->tree = tree;
	f->owned = owned;
	f->dir_len = dir_len;
	f->i = lo;
	f->hi = hi;
	f->t = 0;
	f->nt = git_tree_entrycount(tree);
	f->off = dir_len ? dir_len + 1 : 0;
	return 1;
skip:
	if (owned)
		git_tree_free(tree);
	return 0;
}

static int diff_dir(tree_diff *d, git_tree *root, size_t lo, size_t hi)
{
	const hdrcheck__index *ix = d->ix;
	frame_stack st = {NULL, 0, 0};
	int error = 0;

	hdrcheck__buf_clear(&d->path);
	if ((error = diff_enter(d, &st, root, 0, 0, lo, hi)) <= 0)
		goto done;
	while (st.len) {
		diff_frame *f = &st.items[st.len - 1];
		const git_tree_entry *te;
		const char *comp = NULL, *slash = NULL;
		size_t clen = 0, i = f->i, off = f->off;
		int cmp, tdir;

		if (i >= f->hi && f->t >= f->nt) {
			/* done here: back to the parent's directory */
			if (f->owned)
				git_tree_free(f->tree);
			st.len--;
			d->path.len = st.len ? st.items[st.len - 1].dir_len : 0;
			continue;
		}
		te =
		    f->t < f->nt ? git_tree_entry_byindex(f->tree, f->t) : NULL;
		tdir = te && git_tree_entry_type(te) == GIT_OBJECT_TREE;
		if (i < f->hi) {
			comp = ix->entries[i].path + off;
			slash = strchr(comp, '/');
			clen = slash ? (size_t)(slash - comp) : strlen(comp);
		}
		if (!te)
			cmp = -1;
		else if (i >= f->hi)
			cmp = 1;
		else
			cmp = hdrcheck__tree_name_cmp(
			    comp, clen, slash != NULL, git_tree_entry_name(te),
			    strlen(git_tree_entry_name(te)), tdir);
		if (cmp > 0) { /* only in the tree: deleted */
			f->t++;
			continue;
		}
		if (slash) { /* a directory of the index */
			size_t end = group_end(ix, i, f->hi,
			                       ix->entries[i].path, off + clen);
			git_tree *sub = NULL;
			const hdrcheck__tree_cache *sct;
			int rc;

			f->i = end;
			if (cmp != 0) {
				mark(d, i, end);
				continue;
			}
			f->t++;
			/* the same subtree id: not even loaded */
			d->path.len = f->dir_len;
			if ((error = hdrcheck__buf_put(
			         &d->path, ix->entries[i].path + f->dir_len,
			         off + clen - f->dir_len)) < 0)
				goto done;
			sct = hdrcheck__index_tree(
			    ix, hdrcheck__buf_cstr(&d->path));
			if (sct && memcmp(sct->oid, git_tree_entry_id(te)->id,
			                  HDRCHECK__OID_SIZE) == 0) {
				d->path.len = f->dir_len;
				continue;
			}
			if ((rc = git_tree_lookup(&sub, d->repo,
			                          git_tree_entry_id(te))) < 0) {
				error = hdrcheck__git_fail(
				    HDRCHECK_EREPO, rc, "cannot read a tree");
				goto done;
			}
			/* f may move: nothing of it is used after this */
			if ((error = diff_enter(d, &st, sub, 1, off + clen, i,
			                        end)) < 0)
				goto done;
			if (!error)
				d->path.len = st.items[st.len - 1].dir_len;
			error = 0;
			continue;
		}
		/* a file of the index, and its conflict stages */
		{
			const hdrcheck__index_entry *e = &ix->entries[i];
			size_t j = i + 1;
			int differs =
			    cmp != 0 || e->stage ||
			    e->sd.mode !=
			        (uint32_t)git_tree_entry_filemode(te) ||
			    memcmp(e->oid, git_tree_entry_id(te)->id,
			           HDRCHECK__OID_SIZE) != 0;

			while (j < f->hi &&
			       strcmp(ix->entries[j].path, e->path) == 0)
				j++;
			if (differs)
				mark(d, i, i + 1);
			if (cmp == 0)
				f->t++;
			f->i = j;
		}
	}
done:
	while (st.len--)
		if (st.items[st.len].owned)
			git_tree_free(st.items[st.len].tree);
	free(st.items);
	return error < 0 ? error : 0;
}

static int tree_vs_index(hdrcheck__source *src, git_tree *tree,
                         const char *const *prefixes, size_t count,
                         unsigned char *changed)
{
	tree_diff d;
	int error;

	memset(&d, 0, sizeof(d));
	d.repo = src->repo;
	d.ix = src->ix;
	d.prefixes = prefixes;
	d.count = count;
	d.changed = changed;
	error = diff_dir(&d, tree, 0, src->ix->count);
	hdrcheck__buf_dispose(&d.path);
	return error;
}

/* --- 2. the index against the work tree --- */

typedef struct {
	const hdrcheck__index *ix;
	int root_fd;
	const char *const *prefixes;
	size_t count;
	unsigned char *state;
	atomic_size_t next;
	atomic_int error;
} stat_job;

static void *stat_work(void *arg)
{
	stat_job *j = arg;
	hdrcheck__dirfd dirs;

	hdrcheck__dirfd_init(&dirs, j->root_fd);
	for (;;) {
		size_t i = atomic_fetch_add(&j->next, STAT_CHUNK), end;

		if (i >= j->ix->count)
			break;
		end = i + STAT_CHUNK < j->ix->count ? i + STAT_CHUNK
		                                    : j->ix->count;
		for (; i < end; i++) {
			const hdrcheck__index_entry *e = &j->ix->entries[i];
			const char *base;
			struct stat st;
			int fd;

			if ((i && strcmp(e->path, j->ix->entries[i - 1].path) ==
			              0) ||
			    !hdrcheck__under_any(e->path, j->prefixes,
			                         j->count)) {
				j->state[i] = ST_SKIP;
				continue;
			}
			fd = hdrcheck__dirfd_get(&dirs, e->path, &base);
			if (fd < 0 ||
			    fstatat(fd, base, &st, AT_SYMLINK_NOFOLLOW) < 0)
				j->state[i] =
				    (errno == ENOENT || errno == ENOTDIR)
				        ? ST_GONE
				        : ST_DIRTY;
			else
				j->state[i] =
				    (hdrcheck__index_entry_clean(j->ix, e,
				                                 &st) ||
				     hdrcheck__index_link_clean(j->ix, e, &st))
				        ? ST_CLEAN
				        : ST_DIRTY;
		}
	}
	hdrcheck__dirfd_dispose(&dirs);
	return NULL;
}

static unsigned int stat_threads(size_t n)
{
	long cpus = sysconf(_SC_NPROCESSORS_ONLN);

	if (n < 4 * STAT_CHUNK || cpus < 2)
		return 0; /* the calling thread alone */
	return cpus > STAT_THREADS_MAX ? STAT_THREADS_MAX : (unsigned int)cpus;
}

/* The stat pass on a helper thread. */
static int stat_task(void *payload, unsigned int k)
{
	(void)k;
	stat_work(payload);
	return 0;
}

/* --- 3. is the current content the base's? --- */

/* The base's trees by directory, each loaded once: libgit2 keeps no tree
 * larger than 4 KiB in its cache, and a path lookup from the root
 * re-parses every tree on the way. */
#define TREES_KEPT 512

typedef struct {
	git_repository *repo;
	git_tree *root;
	char *dirs[TREES_KEPT];
	git_tree *trees[TREES_KEPT];
	size_t count;
} base_trees;

static void base_trees_dispose(base_trees *b)
{
	size_t i;

	for (i = 0; i < b->count; i++) {
		free(b->dirs[i]);
		git_tree_free(b->trees[i]);
	}
	b->count = 0;
}

/* The tree of dir[0..n) in the base, or NULL when it has none. */
static int base_tree(base_trees *b, const char *dir, size_t n,
                     const git_tree **out)
{
	const git_tree *parent;
	const git_tree_entry *te;
	git_tree *tree = NULL;
	const char *name;
	size_t i, k;
	int error;

	*out = NULL;
	if (!n) {
		*out = b->root;
		return 0;
	}
	for (i = 0; i < b->count; i++)
		if (strlen(b->dirs[i]) == n &&
		    memcmp(b->dirs[i], dir, n) == 0) {
			*out = b->trees[i];
			return 0;
		}
	for (k = n; k > 0 && dir[k - 1] != '/'; k--)
		;
	name = dir + k;
	if ((error = base_tree(b, dir, k ? k - 1 : 0, &parent)) < 0 || !parent)
		return error;
	{
		char *comp = hdrcheck__strndup(name, n - k);

		if (!comp)
			return HDRCHECK_ENOMEM;
		te = git_tree_entry_byname(parent, comp);
		free(comp);
	}
	if (!te || git_tree_entry_type(te) != GIT_OBJECT_TREE)
		return 0;
	if (git_tree_lookup(&tree, b->repo, git_tree_entry_id(te)) < 0) {
		git_error_clear();
		return 0;
	}
	if (b->count == TREES_KEPT) {
		/* enough of them: forget the oldest half */
		for (i = 0; i < TREES_KEPT / 2; i++) {
			free(b->dirs[i]);
			git_tree_free(b->trees[i]);
		}
		memmove(b->dirs, b->dirs + TREES_KEPT / 2,
		        (TREES_KEPT / 2) * sizeof(*b->dirs));
		memmove(b->trees, b->trees + TREES_KEPT / 2,
		        (TREES_KEPT / 2) * sizeof(*b->trees));
		b->count = TREES_KEPT / 2;
	}
	if (!(b->dirs[b->count] = hdrcheck__strndup(dir, n))) {
		git_tree_free(tree);
		return HDRCHECK_ENOMEM;
	}
	b->trees[b->count++] = tree;
	*out = tree;
	return 0;
}

/* The base's entry at path, or NULL (borrowed from b's trees). */
static int base_entry(base_trees *b, const char *path,
                      const git_tree_entry **out)
{
	const char *slash = strrchr(path, '/');
	const git_tree *tree;
	int error;

	*out = NULL;
	if ((error = base_tree(b, path, slash ? (size_t)(slash - path) : 0,
	                       &tree)) < 0)
		return error;
	if (tree)
		*out = git_tree_entry_byname(tree, slash ? slash + 1 : path);
	return 0;
}

/* The work-tree file's content, read from fd: at most HASH_MAX bytes
 * (the caller checked the size). NULL when it cannot be read. */
static char *read_all(int fd, size_t size, size_t *len)
{
	char *buf = hdrcheck__malloc(size ? size : 1);
	size_t got = 0;

	if (!buf)
		return NULL;
	while (got < size) {
		ssize_t n = read(fd, buf + got, size - got);

		if (n < 0 && (errno == EINTR || errno == EAGAIN))
			continue;
		if (n <= 0)
			break;
		got += (size_t)n;
	}
	*len = got;
	return buf;
}

/*
 * Does the regular file fd (st) hold the blob te? As git decides: a size
 * that differs from the blob's, where no filter applies, is a change
 * without reading a byte; otherwise the content is hashed as git would
 * (filters applied). A file over HASH_MAX is not hashed: it counts as
 * changed (and is checked). 1 changed, 0 the same, <0 an error.
 */
static int regular_changed(hdrcheck__source *src, const char *path, int fd,
                           const struct stat *st, const git_tree_entry *te)
{
	git_filter_list *fl = NULL;
	git_odb *odb = NULL;
	git_buf filtered = GIT_BUF_INIT;
	git_object_t type;
	git_oid id;
	size_t base_size = 0, len = 0;
	char *buf = NULL;
	int changed = 1;

	if ((uint64_t)st->st_size > HASH_MAX)
		goto done;
	if (git_filter_list_load(&fl, src->repo, NULL, path, GIT_FILTER_TO_ODB,
	                         0) < 0)
		goto done;
	if (!fl && git_repository_odb(&odb, src->repo) == 0 &&
	    git_odb_read_header(&base_size, &type, odb,
	                        git_tree_entry_id(te)) == 0 &&
	    base_size != (size_t)st->st_size)
		goto done;
	if (!(buf = read_all(fd, (size_t)st->st_size, &len))) {
		changed = HDRCHECK_ENOMEM;
		goto done;
	}
	if (fl) {
		if (git_filter_list_apply_to_buffer(&filtered, fl, buf, len) <
		        0 ||
		    git_odb_hash(&id, filtered.ptr, filtered.size,
		                 GIT_OBJECT_BLOB) < 0)
			goto done;
	} else if (git_odb_hash(&id, buf, len, GIT_OBJECT_BLOB) < 0) {
		goto done;
	}
	changed = !git_oid_equal(&id, git_tree_entry_id(te));
done:
	git_error_clear();
	git_buf_dispose(&filtered);
	git_filter_list_free(fl);
	git_odb_free(odb);
	free(buf);
	return changed;
}

/*
 * Is the work-tree file at path other than the base's? Read through the
 * directory descriptors (no symlink among the directories: a tracked
 * directory replaced by a symlink makes its files gone, as git says, and
 * nothing outside the tree is opened) and O_NOFOLLOW. 1 changed, 0 the
 * same or gone (a deleted file is not listed), <0 an error.
 */
static int changed_in_worktree(hdrcheck__source *src, base_trees *b,
                               hdrcheck__dirfd *dirs, const char *path)
{
	const git_tree_entry *te;
	const char *name;
	struct stat st;
	int dfd, fd, error, changed = 1;

	if ((dfd = hdrcheck__dirfd_get(dirs, path, &name)) < 0)
		return errno == ENOMEM ? HDRCHECK_ENOMEM
		       : (errno == ENOENT || errno == ENOTDIR || errno == ELOOP)
		           ? 0
		           : 1;
	if (fstatat(dfd, name, &st, AT_SYMLINK_NOFOLLOW) < 0)
		return (errno == ENOENT || errno == ENOTDIR) ? 0 : 1;
	/* new at this path: a change, whatever it holds */
	if ((error = base_entry(b, path, &te)) < 0)
		return error;
	if (!te)
		return 1;
	if (S_ISLNK(st.st_mode)) {
		char target[4096];
		ssize_t n = readlinkat(dfd, name, target, sizeof(target));
		git_oid id;

		if (git_tree_entry_filemode(te) != GIT_FILEMODE_LINK || n < 0 ||
		    (size_t)n >= sizeof(target) ||
		    git_odb_hash(&id, target, (size_t)n, GIT_OBJECT_BLOB) < 0)
			return 1;
		return !git_oid_equal(&id, git_tree_entry_id(te));
	}
	if (!S_ISREG(st.st_mode) ||
	    ((uint32_t)git_tree_entry_filemode(te) & 0170000) != 0100000)
		return 1;
	if ((fd = openat(dfd, name,
	                 O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC |
	                     O_NOCTTY)) < 0)
		return 1;
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode))
		changed = regular_changed(src, path, fd, &st, te);
	close(fd);
	return changed;
}

static int push_index_entry(hdrcheck__entries *out, const hdrcheck__index *ix,
                            size_t i, int has_oid)
{
	const hdrcheck__index_entry *ie = &ix->entries[i];
	hdrcheck__entry *e;
	int error;

	if ((error = hdrcheck__entries_push(
	         out, ie->path, ie->path_len,
	         hdrcheck__kind_of_mode(ie->sd.mode))) < 0)
		return error;
	e = &out->items[out->count - 1];
	memcpy(e->oid, ie->oid, HDRCHECK__OID_SIZE);
	e->ix = ix;
	e->ie = ie;
	if (has_oid)
		e->flags |= HDRCHECK__ENTRY_HAS_OID;
	return 0;
}

/* The untracked files, through the walk's directory cache. */
static int changed_untracked(hdrcheck__source *src, const char *const *prefixes,
                             size_t count, hdrcheck__entries *out)
{
	hdrcheck__dircache *dc = hdrcheck__source_dircache(src);
	/* two walkers: without the directory cache (--no-cache, a first
	 * run) the walk reads every directory and would finish last, on
	 * one thread, after the stat pass */
	int error = hdrcheck__untracked_list_ext(
	    src->repo, src->root, src->ix, "", prefixes, count, out, NULL, dc,
	    sysconf(_SC_NPROCESSORS_ONLN) > 1 ? 2 : 1, src->libgit2);

	if (!error)
		error = hdrcheck__dircache_save(dc);
	hdrcheck__dircache_free(dc);
	return error;
}

static int worktree_changes(hdrcheck__source *src, git_tree *base,
                            const char *const *prefixes, size_t count,
                            hdrcheck__entries *out)
{
	const hdrcheck__index *ix = src->ix;
	unsigned char *changed = NULL, *state = NULL;
	hdrcheck__entries untracked = {0};
	hdrcheck__pool threads = HDRCHECK__POOL_INIT;
	unsigned int nthreads = stat_threads(ix->count);
	stat_job j;
	base_trees bases;
	hdrcheck__dirfd dirs;
	size_t i;
	int error = 0;

	hdrcheck__dirfd_init(&dirs, -1);
	memset(&j, 0, sizeof(j));
	memset(&bases, 0, sizeof(bases));
	bases.repo = src->repo;
	bases.root = base;
	j.root_fd = -1;
	if (ix->count && (!(changed = hdrcheck__calloc(ix->count, 1)) ||
	                  !(j.state = hdrcheck__calloc(ix->count, 1)))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	j.ix = ix;
	j.prefixes = prefixes;
	j.count = count;
	atomic_init(&j.next, 0);
	if ((j.root_fd = open(src->root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) <
	    0) {
		error = hdrcheck__error_set(HDRCHECK_EIO, "%s: %s", src->root,
		                            strerror(errno));
		goto done;
	}
	/* the stat data of every tracked file on other threads, while this
	 * one compares the trees and walks for untracked files */
	hdrcheck__pool_start(&threads, nthreads, stat_task, &j);
	if ((error = tree_vs_index(src, base, prefixes, count, changed)) < 0 ||
	    (error = changed_untracked(src, prefixes, count, &untracked)) < 0) {
		stat_work(&j); /* finish, so the threads can join */
		goto join;
	}
	stat_work(&j);
join:
	(void)hdrcheck__pool_join(&threads);
	if (error < 0)
		goto done;
	state = j.state;
	hdrcheck__dirfd_init(&dirs, j.root_fd);

	for (i = 0; i < ix->count; i++) {
		const hdrcheck__index_entry *ie = &ix->entries[i];
		int is_changed;

		if (state[i] == ST_SKIP || state[i] == ST_GONE)
			continue;
		if (state[i] == ST_CLEAN || (ie->sd.mode & 0170000) == 0160000)
			is_changed = changed[i];
		else if (ie->stage)
			is_changed = 1;
		else if ((is_changed = changed_in_worktree(src, &bases, &dirs,
		                                           ie->path)) < 0) {
			error = is_changed;
			goto done;
		}
		if (is_changed && (error = push_index_entry(out, ix, i, 0)) < 0)
			goto done;
	}
	for (i = 0; i < untracked.count; i++) {
		hdrcheck__entry *e;
		int is_changed = changed_in_worktree(src, &bases, &dirs,
		                                     untracked.items[i].path);

		if (is_changed < 0) {
			error = is_changed;
			goto done;
		}
		if (!is_changed)
			continue;
		if ((error = hdrcheck__entries_push(
		         out, "", 0, untracked.items[i].kind)) < 0)
			goto done;
		e = &out->items[out->count - 1];
		free(e->path);
		e->path = untracked.items[i].path;
		untracked.items[i].path = NULL;
	}
	hdrcheck__entries_sort_unique(out);
done:
	hdrcheck__dirfd_dispose(&dirs);
	base_trees_dispose(&bases);
	if (j.root_fd >= 0)
		close(j.root_fd);
	free(j.state);
	free(changed);
	hdrcheck__entries_dispose(&untracked);
	return error;
}

/* --staged: the index against HEAD (or the merge base). */
static int index_changes(hdrcheck__source *src, git_tree *base,
                         const char *const *prefixes, size_t count,
                         hdrcheck__entries *out)
{
	const hdrcheck__index *ix = src->ix;
	unsigned char *changed = NULL;
	size_t i;
	int error = 0;

	if (ix->count && !(changed = hdrcheck__calloc(ix->count, 1)))
		return HDRCHECK_ENOMEM;
	if ((error = tree_vs_index(src, base, prefixes, count, changed)) < 0)
		goto done;
	for (i = 0; i < ix->count; i++) {
		const hdrcheck__index_entry *ie = &ix->entries[i];

		/* a conflict has no staged content; an intent-to-add entry
		 * (git add -N) none yet */
		if (!changed[i] || ie->stage ||
		    (ie->flags & HDRCHECK__INDEX_INTENT_TO_ADD))
			continue;
		if ((error = push_index_entry(out, ix, i, 1)) < 0)
			goto done;
	}
done:
	free(changed);
	return error;
}

/*
 * --rev R2 --changed-since REV: merge-base(REV, R2)..R2, tree against
 * tree, ids only (a blob is never loaded). A stack of directories being
 * compared, not recursion, and one path buffer: libgit2's tree diff keeps
 * every level's full path (a tree 60,000 levels deep took 3.6 GB).
 */
typedef struct {
	git_tree *a, *b; /* a: the base's, or NULL */
	size_t ia, ib, na, nb, dir_len;
} rev_frame;

typedef struct {
	rev_frame *items;
	size_t len, cap;
} rev_stack;

static int rev_push(rev_stack *st, git_repository *repo,
                    const git_tree_entry *ta, const git_tree_entry *tb,
                    size_t dir_len)
{
	rev_frame *f;
	int rc;

	if (st->len == st->cap) {
		size_t cap = st->cap ? st->cap * 2 : 64;
		rev_frame *v;

		if (cap > DIFF_FRAME_MAX)
			return hdrcheck__error_set(HDRCHECK_ELIMIT,
			                           "a tree nests too deep");
		if (!(v = hdrcheck__realloc(st->items, cap * sizeof(*v))))
			return HDRCHECK_ENOMEM;
		st->items = v;
		st->cap = cap;
	}
	f = &st->items[st->len];
	memset(f, 0, sizeof(*f));
	f->dir_len = dir_len;
	if ((ta &&
	     (rc = git_tree_lookup(&f->a, repo, git_tree_entry_id(ta))) < 0) ||
	    (rc = git_tree_lookup(&f->b, repo, git_tree_entry_id(tb))) < 0) {
		git_tree_free(f->a);
		return hdrcheck__git_fail(HDRCHECK_EREPO, rc,
		                          "cannot read a tree");
	}
	f->na = f->a ? git_tree_entrycount(f->a) : 0;
	f->nb = git_tree_entrycount(f->b);
	st->len++;
	return 0;
}

static int rev_changes(hdrcheck__source *src, git_tree *base,
                       const char *const *prefixes, size_t count,
                       hdrcheck__entries *out)
{
	rev_stack st = {NULL, 0, 0};
	hdrcheck_buf path = HDRCHECK_BUF_INIT;
	int error = 0;

	if (!src->tree)
		goto done;
	if (!(st.items = hdrcheck__calloc(64, sizeof(*st.items)))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	st.cap = 64;
	st.len = 1;
	/* the roots are the caller's, borrowed: the only frame not freed */
	st.items[0].a = base;
	st.items[0].b = (git_tree *)src->tree;
	st.items[0].na = base ? git_tree_entrycount(base) : 0;
	st.items[0].nb = git_tree_entrycount(src->tree);
	while (st.len) {
		rev_frame *f = &st.items[st.len - 1];
		const git_tree_entry *ta, *tb;
		const char *name;
		int cmp, adir, bdir;
		size_t dl = f->dir_len;

		if (f->ib >= f->nb) { /* the rest of a: deleted */
			if (st.len > 1) {
				git_tree_free(f->a);
				git_tree_free(f->b);
			}
			st.len--;
			continue;
		}
		ta = f->ia < f->na ? git_tree_entry_byindex(f->a, f->ia) : NULL;
		tb = git_tree_entry_byindex(f->b, f->ib);
		adir = ta && git_tree_entry_type(ta) == GIT_OBJECT_TREE;
		bdir = git_tree_entry_type(tb) == GIT_OBJECT_TREE;
		name = git_tree_entry_name(tb);
		cmp = !ta ? 1
		          : hdrcheck__tree_name_cmp(
		                git_tree_entry_name(ta),
		                strlen(git_tree_entry_name(ta)), adir, name,
		                strlen(name), bdir);
		if (cmp < 0) { /* only in the base: deleted */
			f->ia++;
			continue;
		}
		f->ib++;
		if (cmp == 0)
			f->ia++;
		else
			ta = NULL; /* new here */
		if (ta &&
		    git_oid_equal(git_tree_entry_id(ta),
		                  git_tree_entry_id(tb)) &&
		    git_tree_entry_filemode(ta) == git_tree_entry_filemode(tb))
			continue; /* the same */
		path.len = dl;
		if ((dl && (error = hdrcheck__buf_put(&path, "/", 1)) < 0) ||
		    (error = hdrcheck__buf_puts(&path, name)) < 0)
			goto done;
		if (bdir) {
			const char *p = hdrcheck__buf_cstr(&path);
			size_t i;
			int in = !count;

			for (i = 0; i < count && !in; i++)
				in = hdrcheck__path_under(p, prefixes[i]) ||
				     hdrcheck__path_under(prefixes[i], p);
			/* f may move: not used after this */
			if (in && (error = rev_push(&st, src->repo, ta, tb,
			                            path.len)) < 0)
				goto done;
			continue;
		}
		if (!hdrcheck__under_any(hdrcheck__buf_cstr(&path), prefixes,
		                         count))
			continue;
		if ((error = hdrcheck__entries_push(
		         out, path.ptr, path.len,
		         hdrcheck__kind_of_mode(
		             (uint32_t)git_tree_entry_filemode(tb)))) < 0)
			goto done;
		{
			hdrcheck__entry *e = &out->items[out->count - 1];

			memcpy(e->oid, git_tree_entry_id(tb)->id,
			       HDRCHECK__OID_SIZE);
			e->flags |= HDRCHECK__ENTRY_HAS_OID;
		}
	}
	hdrcheck__entries_sort_unique(out);
done:
	while (st.len > 1) {
		st.len--;
		git_tree_free(st.items[st.len].a);
		git_tree_free(st.items[st.len].b);
	}
	free(st.items);
	hdrcheck__buf_dispose(&path);
	return error;
}

int hdrcheck__changes_rev(hdrcheck__source *src, git_tree *base,
                          const char *const *prefixes, size_t count,
                          hdrcheck__entries *out)
{
	return rev_changes(src, base, prefixes, count, out);
}

int hdrcheck__changes_index(hdrcheck__source *src, git_tree *base,
                            const char *const *prefixes, size_t count,
                            hdrcheck__entries *out)
{
	int error;

	if ((error = hdrcheck__source_load_index(src)) < 0)
		return error;
	return index_changes(src, base, prefixes, count, out);
}

int hdrcheck__changes_worktree(hdrcheck__source *src, git_tree *base,
                               const char *const *prefixes, size_t count,
                               hdrcheck__entries *out)
{
	int error;

	if ((error = hdrcheck__source_load_index(src)) < 0)
		return error;
	return worktree_changes(src, base, prefixes, count, out);
}
