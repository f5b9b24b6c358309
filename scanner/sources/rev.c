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
 * The revision source (--rev): the files of a commit's tree, and blob
 * content from the object database. No checkout is involved, so bare
 * repositories work. Each worker reads through its own git_repository
 * (the blob reader, scanner/sources/reader.c); the tree is listed once,
 * from the packs by two walkers when it can be (libgit2's walk on the
 * calling thread otherwise). Blob windows come from the packs through
 * scanner/git/pack.c when it can read them, through libgit2 otherwise
 * (scanner/sources/objects.c).
 */

#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "common/pool.h"
#include "scanner/sources/internal.h"
#include "scanner/git/pack.h"

typedef struct {
	hdrcheck__entries *out;
	const char *prefix; /* the walk's subtree, "" or "a/b/" */
	hdrcheck_buf path;
	hdrcheck_vector *attr_dirs; /* or NULL */
	int error;
} tree_walk;

static int push_tree_entry(hdrcheck__entries *out, const char *path,
                           const git_tree_entry *te)
{
	hdrcheck__entry *e;
	git_filemode_t mode = git_tree_entry_filemode(te);
	int error;

	if ((error = hdrcheck__entries_push(
	         out, path, strlen(path),
	         hdrcheck__kind_of_mode((uint32_t)mode))) < 0)
		return error;
	e = &out->items[out->count - 1];
	memcpy(e->oid, git_tree_entry_id(te)->id, HDRCHECK__OID_SIZE);
	e->flags |= HDRCHECK__ENTRY_HAS_OID;
	return 0;
}

static int walk_cb(const char *root, const git_tree_entry *te, void *payload)
{
	tree_walk *w = payload;

	if (git_tree_entry_type(te) == GIT_OBJECT_TREE)
		return 0;
	if (w->attr_dirs &&
	    strcmp(git_tree_entry_name(te), ".gitattributes") == 0) {
		size_t n = strlen(root);
		char *d = hdrcheck__strndup(root, n ? n - 1 : 0);

		if (!d || hdrcheck__vector_push(w->attr_dirs, d) < 0) {
			free(d);
			w->error = HDRCHECK_ENOMEM;
			return -1;
		}
	}
	hdrcheck__buf_clear(&w->path);
	if ((w->error = hdrcheck__buf_puts(&w->path, w->prefix)) < 0 ||
	    (w->error = hdrcheck__buf_puts(&w->path, root)) < 0 ||
	    (w->error = hdrcheck__buf_puts(&w->path, git_tree_entry_name(te))) <
	        0 ||
	    (w->error =
	         push_tree_entry(w->out, hdrcheck__buf_cstr(&w->path), te)) < 0)
		return -1;
	return 0;
}

static int walk_tree(git_tree *tree, const char *prefix, hdrcheck__entries *out,
                     hdrcheck_vector *attr_dirs)
{
	tree_walk w;
	int rc, error = 0;

	memset(&w, 0, sizeof(w));
	w.out = out;
	w.prefix = prefix;
	w.attr_dirs = attr_dirs;
	rc = git_tree_walk(tree, GIT_TREEWALK_PRE, walk_cb, &w);
	if (w.error < 0)
		error = w.error;
	else if (rc < 0)
		error = hdrcheck__git_fail(HDRCHECK_EREPO, rc,
		                           "cannot read a tree");
	hdrcheck__buf_dispose(&w.path);
	return error;
}

/*
 * The whole tree of the commit from the packs (scanner/git/pack.c), without
 * libgit2: its tree walk looks every tree up through a mapped index and
 * pack on the calling thread before any worker starts (tens of
 * milliseconds on these corpora, and most of u-boot's 60 MiB of mapped
 * pages). Only trees git itself writes are taken: canonical modes, names
 * without '/' that are not "." or "..", in git's strict order (so no two
 * entries share a path), every subtree a tree (a loose one is read
 * through libgit2). Anything else is HDRCHECK_EINVAL: the caller walks
 * with libgit2 instead, which decides, so the listing is libgit2's
 * either way.
 */
#define PACKED_MAX_TREES   (1u << 20)
#define PACKED_MAX_ENTRIES (1u << 24)

typedef struct {
	char *dir; /* "" or "a/b/" */
	unsigned char oid[HDRCHECK__OID_SIZE];
} pending_tree;

static int compare_strings(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Push t (its dir now the stack's) onto the stack v. */
static int stack_push(pending_tree **v, size_t *n, size_t *cap,
                      const pending_tree *t)
{
	if (*n == *cap) {
		size_t c = *cap ? *cap * 2 : 64;
		pending_tree *p = hdrcheck__realloc(*v, c * sizeof(*p));

		if (!p)
			return HDRCHECK_ENOMEM;
		*v = p;
		*cap = c;
	}
	(*v)[(*n)++] = *t;
	return 0;
}

/* One tree's entries: files into out, subtrees onto todo. */
static int packed_tree(const unsigned char *p, size_t len, const char *dir,
                       hdrcheck_buf *path, hdrcheck__entries *out,
                       pending_tree **todo, size_t *ntodo, size_t *cap,
                       hdrcheck_vector *attr_dirs)
{
	const unsigned char *end = p + len;
	const char *prev = NULL;
	size_t prev_len = 0;
	int prev_dir = 0, error;

	while (p < end) {
		const unsigned char *name, *nul, *oid;
		uint32_t mode = 0;
		size_t nlen;
		int is_dir;

		if (*p == ' ')
			return HDRCHECK_EINVAL;
		while (p < end && *p != ' ') {
			if (*p < '0' || *p > '7' || mode > 0177777)
				return HDRCHECK_EINVAL;
			mode = mode * 8 + (uint32_t)(*p++ - '0');
		}
		if (p >= end)
			return HDRCHECK_EINVAL;
		p++; /* the space */
		if (!(nul = memchr(p, '\0', (size_t)(end - p))))
			return HDRCHECK_EINVAL;
		name = p;
		nlen = (size_t)(nul - name);
		if ((size_t)(end - nul - 1) < HDRCHECK__OID_SIZE || !nlen ||
		    memchr(name, '/', nlen) || (nlen == 1 && name[0] == '.') ||
		    (nlen == 2 && name[0] == '.' && name[1] == '.'))
			return HDRCHECK_EINVAL;
		oid = nul + 1;
		p = oid + HDRCHECK__OID_SIZE;
		if (mode != 040000 && mode != 0100644 && mode != 0100755 &&
		    mode != 0120000 && mode != 0160000)
			return HDRCHECK_EINVAL;
		is_dir = mode == 040000;
		if (prev && hdrcheck__tree_name_cmp(prev, prev_len, prev_dir,
		                                    (const char *)name, nlen,
		                                    is_dir) >= 0)
			return HDRCHECK_EINVAL;
		prev = (const char *)name;
		prev_len = nlen;
		prev_dir = is_dir;
		if (nlen == 14 && memcmp(name, ".gitattributes", 14) == 0) {
			size_t n = strlen(dir);
			char *d = hdrcheck__strndup(dir, n ? n - 1 : 0);

			if (!d || hdrcheck__vector_push(attr_dirs, d) < 0) {
				free(d);
				return HDRCHECK_ENOMEM;
			}
		}
		hdrcheck__buf_clear(path);
		if ((error = hdrcheck__buf_puts(path, dir)) < 0 ||
		    (error =
		         hdrcheck__buf_put(path, (const char *)name, nlen)) < 0)
			return error;
		if (is_dir) {
			pending_tree t;

			if ((error = hdrcheck__buf_puts(path, "/")) < 0 ||
			    !(t.dir =
			          hdrcheck__strdup(hdrcheck__buf_cstr(path))))
				return error < 0 ? error : HDRCHECK_ENOMEM;
			memcpy(t.oid, oid, HDRCHECK__OID_SIZE);
			if ((error = stack_push(todo, ntodo, cap, &t)) < 0) {
				free(t.dir);
				return error;
			}
			continue;
		}
		if (out->count >= PACKED_MAX_ENTRIES)
			return HDRCHECK_EINVAL;
		if ((error = hdrcheck__entries_push(
		         out, path->ptr, path->len,
		         hdrcheck__kind_of_mode(mode))) < 0)
			return error;
		memcpy(out->items[out->count - 1].oid, oid, HDRCHECK__OID_SIZE);
		out->items[out->count - 1].flags |= HDRCHECK__ENTRY_HAS_OID;
	}
	return 0;
}

/*
 * The listing is shared by WALKERS threads (one with -j 1): the caller
 * and helpers. Each takes a pending tree off a shared stack, reads it
 * with its own pack reader, lists its files into its own entries and
 * pushes its subtrees back; the entries are joined at the end (the caller
 * sorts them). Only the caller reads through libgit2 (a loose tree): a
 * helper that meets one leaves it to the caller. On apache/kafka (1,543
 * trees) the listing is most of what runs before the first blob is read.
 */
#define WALKERS 2

typedef struct {
	pthread_mutex_t lock;
	pthread_cond_t changed;
	pending_tree *todo;
	size_t ntodo, cap;
	pending_tree *loose; /* for the caller: libgit2 reads them */
	size_t nloose, loose_cap;
	size_t busy;  /* walkers reading a tree */
	size_t trees; /* taken so far */
	int error;
	hdrcheck__packs *packs;
	git_repository *repo; /* NULL: no libgit2 (it is still starting) */
} walk_shared;

typedef struct {
	walk_shared *s;
	int caller; /* may read through libgit2 */
	hdrcheck__entries out;
	hdrcheck_vector attr_dirs;
	int error; /* the walk's error, when this walker had it first */
} walker;

/* Under the lock: the next tree for w, waiting while others may still
 * push some. 0: one in *t; 1: the walk is over (or failed). */
static int walk_take(walker *w, pending_tree *t)
{
	walk_shared *s = w->s;

	for (;;) {
		if (s->error)
			return 1;
		if (s->ntodo) {
			*t = s->todo[--s->ntodo];
			break;
		}
		if (w->caller && s->nloose) {
			*t = s->loose[--s->nloose];
			break;
		}
		if (!s->busy)
			return 1;
		pthread_cond_wait(&s->changed, &s->lock);
	}
	s->busy++;
	if (++s->trees > PACKED_MAX_TREES) {
		free(t->dir);
		s->busy--;
		s->error = HDRCHECK_EINVAL;
		pthread_cond_broadcast(&s->changed);
		return 1;
	}
	return 0;
}

static void *walker_run(void *arg)
{
	walker *w = arg;
	walk_shared *s = w->s;
	hdrcheck__pack_reader *r = NULL;
	hdrcheck_buf path = HDRCHECK_BUF_INIT;
	git_odb *odb = NULL;
	git_odb_object *obj = NULL;
	pending_tree *sub = NULL, t;
	size_t nsub = 0, subcap = 0, i;
	int error = hdrcheck__pack_reader_new(&r, s->packs);

	pthread_mutex_lock(&s->lock);
	if (error < 0 && !s->error)
		s->error = w->error = error;
	while (!walk_take(w, &t)) {
		const unsigned char *data;
		size_t len;
		int type, loose = 0;

		pthread_mutex_unlock(&s->lock);
		error = hdrcheck__pack_object(r, t.oid, &data, &len, &type);
		if (error == HDRCHECK_ENOTFOUND && !s->repo)
			error = HDRCHECK_EINVAL;
		if (error == HDRCHECK_ENOTFOUND && !w->caller) {
			loose = 1; /* the caller's */
			error = 0;
		} else if (error == HDRCHECK_ENOTFOUND) {
			/* a loose tree (a commit not packed yet): libgit2
			 * reads it, the same bytes */
			git_oid id;

			git_oid_fromraw(&id, t.oid);
			git_odb_object_free(obj);
			obj = NULL;
			if (!odb && git_repository_odb(&odb, s->repo) < 0)
				error = HDRCHECK_EINVAL;
			else if (git_odb_read(&obj, odb, &id) < 0)
				error = HDRCHECK_EINVAL;
			else {
				data = git_odb_object_data(obj);
				len = git_odb_object_size(obj);
				type = (int)git_odb_object_type(obj);
				error = 0;
			}
		}
		if (!error && !loose)
			error = type != GIT_OBJECT_TREE
			            ? HDRCHECK_EINVAL
			            : packed_tree(data, len, t.dir, &path,
			                          &w->out, &sub, &nsub, &subcap,
			                          &w->attr_dirs);
		if (!error && w->out.count > PACKED_MAX_ENTRIES)
			error = HDRCHECK_EINVAL;
		pthread_mutex_lock(&s->lock);
		if (loose && (error = stack_push(&s->loose, &s->nloose,
		                                 &s->loose_cap, &t)) == 0)
			t.dir = NULL; /* the stack's now */
		free(t.dir);
		for (i = 0; i < nsub; i++)
			if (!error &&
			    (error = stack_push(&s->todo, &s->ntodo, &s->cap,
			                        &sub[i])) == 0)
				sub[i].dir = NULL;
		for (i = 0; i < nsub; i++)
			free(sub[i].dir);
		nsub = 0;
		if (error < 0 && !s->error)
			s->error = w->error = error;
		s->busy--;
		pthread_cond_broadcast(&s->changed);
	}
	pthread_mutex_unlock(&s->lock);
	free(sub);
	hdrcheck__buf_dispose(&path);
	hdrcheck__pack_reader_free(r);
	if (s->repo) {
		git_odb_object_free(obj);
		git_odb_free(odb);
		git_error_clear();
	}
	return NULL;
}

/* Walker k on a helper thread: the walk's error, with its message, when
 * this walker had it first. */
static int walker_task(void *payload, unsigned int k)
{
	walker *w = payload;

	walker_run(&w[k]);
	return w[k].error;
}

static int walker_join(hdrcheck__entries *out, hdrcheck_vector *attr_dirs,
                       walker *w)
{
	size_t i;
	int error = 0;

	if (out->count + w->out.count > PACKED_MAX_ENTRIES ||
	    (error =
	         hdrcheck__entries_reserve(out, out->count + w->out.count)) < 0)
		error = error ? error : HDRCHECK_EINVAL;
	if (!error && w->out.count) {
		memcpy(out->items + out->count, w->out.items,
		       w->out.count * sizeof(*out->items));
		out->count += w->out.count;
		w->out.count = 0; /* out owns their paths now */
	}
	for (i = 0; i < w->attr_dirs.len; i++)
		if (error || (error = hdrcheck__vector_push(
		                  attr_dirs, w->attr_dirs.items[i])) < 0)
			free(w->attr_dirs.items[i]);
	hdrcheck__vector_dispose(&w->attr_dirs);
	hdrcheck__entries_dispose(&w->out);
	return error;
}

/*
 * The tree and all its subtrees into out and attr_dirs (sorted). A tree
 * the packs lack is read through repo's object database (a commit not
 * packed yet), or, without repo (libgit2 still starting), fails the
 * listing. Nothing here calls libgit2 then.
 */
static int packed_walk_tree(hdrcheck__packs *packs, git_repository *repo,
                            const unsigned char tree[HDRCHECK__OID_SIZE],
                            unsigned int jobs, hdrcheck__entries *out,
                            hdrcheck_vector *attr_dirs)
{
	hdrcheck__pool helpers = HDRCHECK__POOL_INIT;
	walk_shared s;
	walker w[WALKERS];
	pending_tree root;
	size_t start = out->count, i, n;
	int error;

	memset(&s, 0, sizeof(s));
	memset(w, 0, sizeof(w));
	s.packs = packs;
	s.repo = repo;
	if (!(root.dir = hdrcheck__strdup("")))
		return HDRCHECK_ENOMEM;
	memcpy(root.oid, tree, HDRCHECK__OID_SIZE);
	if (pthread_mutex_init(&s.lock, NULL) != 0) {
		free(root.dir);
		return HDRCHECK_ENOMEM;
	}
	if (pthread_cond_init(&s.changed, NULL) != 0) {
		pthread_mutex_destroy(&s.lock);
		free(root.dir);
		return HDRCHECK_ENOMEM;
	}
	if ((error = stack_push(&s.todo, &s.ntodo, &s.cap, &root)) < 0)
		free(root.dir);
	/* helpers first, then the caller walks too; a helper that cannot
	 * start only leaves more to the others */
	for (n = 1; n < WALKERS; n++)
		w[n].s = &s;
	n = 1;
	if (!error && jobs != 1)
		n +=
		    hdrcheck__pool_start(&helpers, WALKERS - 1, walker_task, w);
	if (!error) {
		w[0].s = &s;
		w[0].caller = 1;
		walker_run(&w[0]);
	}
	(void)hdrcheck__pool_join(&helpers);
	if (!error)
		error = s.error;
	for (i = 0; i < n; i++) {
		int e = walker_join(out, attr_dirs, &w[i]);

		if (!error)
			error = e;
	}
	for (i = 0; i < s.ntodo; i++)
		free(s.todo[i].dir);
	for (i = 0; i < s.nloose; i++)
		free(s.loose[i].dir);
	free(s.todo);
	free(s.loose);
	pthread_cond_destroy(&s.changed);
	pthread_mutex_destroy(&s.lock);
	if (!error && attr_dirs->len > 1)
		qsort(attr_dirs->items, attr_dirs->len, sizeof(char *),
		      compare_strings);
	if (error < 0) {
		/* what was listed goes: libgit2 lists it all again */
		for (i = start; i < out->count; i++)
			free(out->items[i].path);
		out->count = start;
		for (i = 0; i < attr_dirs->len; i++)
			free(attr_dirs->items[i]);
		hdrcheck__vector_dispose(attr_dirs);
	}
	return error;
}

static int packed_walk(hdrcheck__source *src, hdrcheck__entries *out)
{
	hdrcheck__packs *packs = NULL;
	hdrcheck_vector attr_dirs = HDRCHECK_VECTOR_INIT;
	size_t i;
	int error = 0;

	if ((error = hdrcheck__source_packs(&packs, src)) < 0)
		return error;
	if (!packs)
		return HDRCHECK_EINVAL;
	if ((error =
	         packed_walk_tree(packs, src->repo, git_tree_id(src->tree)->id,
	                          src->jobs, out, &attr_dirs)) < 0)
		return error;
	/* hdrcheck__rev_read_path() answers for the others */
	for (i = 0; i < src->attr_dirs.len; i++)
		free(src->attr_dirs.items[i]);
	hdrcheck__vector_dispose(&src->attr_dirs);
	src->attr_dirs = attr_dirs;
	src->attr_dirs_known = 1;
	return 0;
}

/* The whole tree through libgit2; like the packed walk, it learns where
 * the attribute files are (the root's walk from each directory up to the
 * root costs the square of the depth). */
static int libgit2_walk(hdrcheck__source *src, hdrcheck__entries *out)
{
	hdrcheck_vector attr_dirs = HDRCHECK_VECTOR_INIT;
	size_t i;
	int error = walk_tree(src->tree, "", out, &attr_dirs);

	if (!error && attr_dirs.len > 1)
		qsort(attr_dirs.items, attr_dirs.len, sizeof(char *),
		      compare_strings);
	for (i = 0; i < src->attr_dirs.len; i++)
		free(src->attr_dirs.items[i]);
	hdrcheck__vector_dispose(&src->attr_dirs);
	if (error < 0) {
		for (i = 0; i < attr_dirs.len; i++)
			free(attr_dirs.items[i]);
		hdrcheck__vector_dispose(&attr_dirs);
		src->attr_dirs_known = 0;
		return error;
	}
	src->attr_dirs = attr_dirs;
	src->attr_dirs_known = 1;
	hdrcheck__entries_sort_unique(out);
	return 0;
}

int hdrcheck__rev_attr_dirs(hdrcheck__source *src)
{
	hdrcheck__entries tmp = {0};
	int error;

	if (src->attr_dirs_known || !src->tree)
		return 0;
	if ((error = packed_walk(src, &tmp)) < 0 && error != HDRCHECK_ENOMEM) {
		hdrcheck__error_clear();
		hdrcheck__entries_dispose(&tmp);
		memset(&tmp, 0, sizeof(tmp));
		error = libgit2_walk(src, &tmp);
	}
	hdrcheck__entries_dispose(&tmp);
	return error;
}

int hdrcheck__rev_list(hdrcheck__source *src, const char *const *prefixes,
                       size_t count, hdrcheck__entries *out)
{
	git_tree_entry *te = NULL;
	git_object *sub = NULL;
	char *dir = NULL;
	size_t i;
	int rc, error = 0;

	if (!count) {
		if ((error = packed_walk(src, out)) == 0) {
			hdrcheck__entries_sort_unique(out);
			return 0;
		}
		if (error == HDRCHECK_ENOMEM)
			return error;
		hdrcheck__error_clear();
		return libgit2_walk(src, out);
	}
	for (i = 0; i < count && !error; i++) {
		const char *p = prefixes[i];

		if (!*p) {
			error = walk_tree(src->tree, "", out, NULL);
			continue;
		}
		rc = git_tree_entry_bypath(&te, src->tree, p);
		if (rc == GIT_ENOTFOUND) {
			git_error_clear();
			error = hdrcheck__error_set(
			    HDRCHECK_ENOTFOUND, "%s: not in %s", p, src->rev);
			break;
		}
		if (rc < 0) {
			error = hdrcheck__git_fail(HDRCHECK_EREPO, rc, p);
			break;
		}
		if (git_tree_entry_type(te) == GIT_OBJECT_TREE) {
			if ((rc = git_tree_entry_to_object(&sub, src->repo,
			                                   te)) < 0) {
				error =
				    hdrcheck__git_fail(HDRCHECK_EREPO, rc, p);
				break;
			}
			if (!(dir = hdrcheck__aprintf("%s/", p)))
				error = HDRCHECK_ENOMEM;
			else
				error =
				    walk_tree((git_tree *)sub, dir, out, NULL);
			free(dir);
			dir = NULL;
			git_object_free(sub);
			sub = NULL;
		} else {
			error = push_tree_entry(out, p, te);
		}
		git_tree_entry_free(te);
		te = NULL;
	}
	git_tree_entry_free(te);
	hdrcheck__entries_sort_unique(out);
	return error;
}

/*
 * 1 when path is a .gitattributes file that the listing of the commit's
 * tree saw no entry for: the attribute filter asks for one in every
 * directory, and libgit2 would look each up through the trees (u-boot:
 * 4,000 lookups on the calling thread, 60 MiB of mapped index and pack).
 */
static int no_attr_file(const hdrcheck__source *src, const char *path)
{
	size_t len = strlen(path), n;
	char *dir;
	void *hit;

	if (len < 14 || strcmp(path + len - 14, ".gitattributes") != 0 ||
	    (len > 14 && path[len - 15] != '/'))
		return 0;
	n = len > 14 ? len - 15 : 0;
	if (!(dir = hdrcheck__strndup(path, n)))
		return 0; /* libgit2 then looks */
	hit = src->attr_dirs.len
	          ? bsearch(&dir, src->attr_dirs.items, src->attr_dirs.len,
	                    sizeof(char *), compare_strings)
	          : NULL;
	free(dir);
	return hit == NULL;
}

int hdrcheck__rev_read_path(hdrcheck__source *src, git_tree *tree,
                            const char *path, size_t max, char **out,
                            size_t *len)
{
	git_tree_entry *te = NULL;
	int rc, error = 0;

	if (!tree)
		return HDRCHECK_ENOTFOUND;
	if (tree == src->tree && src->attr_dirs_known &&
	    no_attr_file(src, path))
		return HDRCHECK_ENOTFOUND;
	rc = git_tree_entry_bypath(&te, tree, path);
	if (rc == GIT_ENOTFOUND) {
		git_error_clear();
		return HDRCHECK_ENOTFOUND;
	}
	if (rc < 0)
		return hdrcheck__git_fail(HDRCHECK_EREPO, rc, path);
	if (git_tree_entry_filemode(te) != GIT_FILEMODE_BLOB &&
	    git_tree_entry_filemode(te) != GIT_FILEMODE_BLOB_EXECUTABLE)
		error = git_tree_entry_type(te) == GIT_OBJECT_TREE
		            ? HDRCHECK_ENOTFOUND
		            : hdrcheck__error_set(
		                  HDRCHECK_EIO, "%s: not a regular file", path);
	else
		error = hdrcheck__blob_read(src->repo, git_tree_entry_id(te),
		                            path, max, out, len);
	git_tree_entry_free(te);
	return error;
}

static int rev_read_file(hdrcheck__source *src, const char *path, size_t max,
                         char **out, size_t *len)
{
	return hdrcheck__rev_read_path(src, src->tree, path, max, out, len);
}

const hdrcheck__source_ops hdrcheck__source_rev = {
    .name = "rev",
    .kind = HDRCHECK_SOURCE_REV,
    .flags =
        HDRCHECK__SOURCE_GIT | HDRCHECK__SOURCE_OBJECTS | HDRCHECK__SOURCE_TREE,
    .cache_kind = 'b',
    .list = hdrcheck__rev_list,
    .list_changed = hdrcheck__changes_rev,
    .read_file = rev_read_file,
    .reader = &hdrcheck__reader_blobs,
};
