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
 * --rev: the files of a commit's tree, and blob content from the object
 * database. No checkout is involved, so bare repositories work. Each worker
 * reads through its own git_repository (scanner/reader.c); the tree is
 * listed once, from the packs by two walkers when it can be (libgit2's
 * walk on the calling thread otherwise). Blob windows come from the packs
 * through scanner/pack.c when it can read them, through libgit2 otherwise.
 */

#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "common/pool.h"
#include "scanner/source.h"
#include "scanner/pack.h"

/* Larger blobs are streamed when their storage allows it (loose objects),
 * or read whole one at a time (packed ones: libgit2 cannot stream those)
 * up to the pack reader's cap; a larger one is too large to read. */
#define STREAM_THRESHOLD (1u << 20)
#define WHOLE_READ_MAX   ((size_t)64 << 20)

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
 * The whole tree of the commit from the packs (scanner/pack.c), without
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

int hdrcheck__tree_name_cmp(const char *a, size_t alen, int adir, const char *b,
                            size_t blen, int bdir)
{
	size_t n = alen < blen ? alen : blen;
	int c = memcmp(a, b, n);
	unsigned char ca, cb;

	if (c)
		return c;
	ca = alen > n ? (unsigned char)a[n] : adir ? '/' : 0;
	cb = blen > n ? (unsigned char)b[n] : bdir ? '/' : 0;
	return (int)ca - (int)cb;
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

/* What hdrcheck__rev_prefetch() listed. */
struct hdrcheck__rev_prefetch {
	char *objects; /* the real path of the objects directory */
	unsigned char tree[HDRCHECK__OID_SIZE];
	hdrcheck__entries entries;
	hdrcheck_vector attr_dirs;
};

void hdrcheck__rev_prefetch_free(struct hdrcheck__rev_prefetch *p)
{
	size_t i;

	if (!p)
		return;
	hdrcheck__entries_dispose(&p->entries);
	for (i = 0; i < p->attr_dirs.len; i++)
		free(p->attr_dirs.items[i]);
	hdrcheck__vector_dispose(&p->attr_dirs);
	free(p->objects);
	free(p);
}

/* The whole of a small file, NUL-terminated, or NULL. */
static char *read_small(const char *dir, const char *name, size_t max)
{
	char *path = hdrcheck__path_join(dir, name), *buf = NULL;
	ssize_t n = -1;
	int fd;

	if (!path)
		return NULL;
	fd = open(path, O_RDONLY | O_CLOEXEC);
	free(path);
	if (fd < 0)
		return NULL;
	if ((buf = hdrcheck__malloc(max + 1)))
		n = read(fd, buf, max);
	close(fd);
	if (n < 0 || (size_t)n >= max) {
		free(buf);
		return NULL;
	}
	buf[n] = '\0';
	return buf;
}

static int hex_id(const char *p, unsigned char id[HDRCHECK__OID_SIZE])
{
	size_t i;

	for (i = 0; i < 2 * HDRCHECK__OID_SIZE; i++) {
		int c = (unsigned char)p[i], v;

		if (c >= '0' && c <= '9')
			v = c - '0';
		else if (c >= 'a' && c <= 'f')
			v = c - 'a' + 10;
		else
			return -1;
		if (i % 2)
			id[i / 2] = (unsigned char)(id[i / 2] | v);
		else
			id[i / 2] = (unsigned char)(v << 4);
	}
	return 0;
}

/* The commit HEAD names in gitdir, as git writes it: a loose or packed
 * branch, or a detached id. Anything else: -1. */
static int head_commit(const char *gitdir, unsigned char id[HDRCHECK__OID_SIZE])
{
	char *head = read_small(gitdir, "HEAD", 1024), *ref, *nl, *refs;
	const char *p;
	size_t n;
	int found = -1;

	if (!head)
		return -1;
	if (strncmp(head, "ref: refs/heads/", 16) != 0) {
		found = strlen(head) == 41 && head[40] == '\n'
		            ? hex_id(head, id)
		            : -1;
		free(head);
		return found;
	}
	ref = head + 5;
	if ((nl = strchr(ref, '\n')))
		*nl = '\0';
	n = strlen(ref);
	if (strstr(ref, "..")) {
		free(head);
		return -1;
	}
	if ((refs = read_small(gitdir, ref, 1024))) {
		found = strlen(refs) == 41 && refs[40] == '\n'
		            ? hex_id(refs, id)
		            : -1;
		free(refs);
		free(head);
		return found;
	}
	/* packed-refs: "<id> <name>" lines, a loose ref absent */
	if ((refs = read_small(gitdir, "packed-refs", (size_t)64 << 20))) {
		for (p = refs; *p; p = strchr(p, '\n') ? strchr(p, '\n') + 1
		                                       : p + strlen(p)) {
			if (strlen(p) > 41 + n && p[40] == ' ' &&
			    strncmp(p + 41, ref, n) == 0 && p[41 + n] == '\n') {
				found = hex_id(p, id);
				break;
			}
		}
		free(refs);
	}
	free(head);
	return found;
}

void hdrcheck__rev_prefetch(hdrcheck__source_options *opts, const char *dir)
{
	struct hdrcheck__rev_prefetch *p = NULL;
	hdrcheck__packs *packs = NULL;
	hdrcheck__pack_reader *r = NULL;
	unsigned char commit[HDRCHECK__OID_SIZE];
	const unsigned char *data;
	char *real = realpath(dir ? dir : ".", NULL), *gitdir = NULL,
	     *objects = NULL;
	const char *env = getenv("HDRCHECK_PACK_READER");
	struct stat st;
	size_t len;
	int type, ok = 0;

	if (!real || !opts->rev || (env && strcmp(env, "0") == 0))
		goto done;
	/* a work tree's .git directory, or a bare repository */
	if (!(gitdir = hdrcheck__path_join(real, ".git")))
		goto done;
	if (lstat(gitdir, &st) < 0) {
		free(gitdir);
		gitdir = real;
		real = NULL;
	} else if (!S_ISDIR(st.st_mode)) {
		goto done; /* a linked work tree: libgit2's */
	}
	if (strcmp(opts->rev, "HEAD") == 0
	        ? head_commit(gitdir, commit) < 0
	        : strlen(opts->rev) != 2 * HDRCHECK__OID_SIZE ||
	              hex_id(opts->rev, commit) < 0)
		goto done;
	if (!(objects = hdrcheck__path_join(gitdir, "objects")) ||
	    !(p = hdrcheck__calloc(1, sizeof(*p))) ||
	    !(p->objects = realpath(objects, NULL)) ||
	    hdrcheck__packs_new(&packs) < 0 ||
	    hdrcheck__packs_load(packs, p->objects) < 0 ||
	    hdrcheck__packs_count(packs) == 0 ||
	    hdrcheck__pack_reader_new(&r, packs) < 0 ||
	    hdrcheck__pack_object(r, commit, &data, &len, &type) < 0 ||
	    type != GIT_OBJECT_COMMIT || len < 46 ||
	    memcmp(data, "tree ", 5) != 0 || data[45] != '\n' ||
	    hex_id((const char *)data + 5, p->tree) < 0)
		goto done;
	hdrcheck__pack_reader_free(r);
	r = NULL;
	ok = packed_walk_tree(packs, NULL, p->tree, opts->jobs, &p->entries,
	                      &p->attr_dirs) == 0;
done:
	if (ok) {
		opts->rev_prefetched = p;
		p = NULL;
	}
	hdrcheck__error_clear();
	hdrcheck__rev_prefetch_free(p);
	hdrcheck__pack_reader_free(r);
	hdrcheck__packs_free(packs);
	free(objects);
	free(gitdir);
	free(real);
}

/* The prefetched listing, when it is of this tree in this repository. */
static int take_prefetched(hdrcheck__source *src, hdrcheck__entries *out,
                           hdrcheck_vector *attr_dirs)
{
	struct hdrcheck__rev_prefetch *p = src->rev_prefetched;
	char *objects, *real = NULL;
	int same;

	if (!p || out->items || out->count ||
	    memcmp(p->tree, git_tree_id(src->tree)->id, HDRCHECK__OID_SIZE))
		return 0;
	if ((objects = hdrcheck__aprintf("%sobjects",
	                                 git_repository_commondir(src->repo))))
		real = realpath(objects, NULL);
	same = real && strcmp(real, p->objects) == 0;
	free(objects);
	free(real);
	if (!same)
		return 0;
	*out = p->entries;
	*attr_dirs = p->attr_dirs;
	memset(&p->entries, 0, sizeof(p->entries));
	memset(&p->attr_dirs, 0, sizeof(p->attr_dirs));
	return 1;
}

static int packed_walk(hdrcheck__source *src, hdrcheck__entries *out)
{
	hdrcheck__packs *packs = NULL;
	hdrcheck_vector attr_dirs = HDRCHECK_VECTOR_INIT;
	size_t i;
	int error = 0;

	if (!take_prefetched(src, out, &attr_dirs)) {
		if ((error = hdrcheck__source_packs(&packs, src)) < 0)
			return error;
		if (!packs)
			return HDRCHECK_EINVAL;
		if ((error = packed_walk_tree(packs, src->repo,
		                              git_tree_id(src->tree)->id,
		                              src->jobs, out, &attr_dirs)) < 0)
			return error;
	}
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

/* The whole of a small blob (the configuration, attribute files). */
static int read_blob(git_repository *repo, const git_oid *id, const char *path,
                     size_t max, char **out, size_t *len)
{
	git_odb *odb = NULL;
	git_odb_object *obj = NULL;
	git_object_t type;
	size_t size;
	char *buf = NULL;
	int rc, error = 0;

	if ((rc = git_repository_odb(&odb, repo)) < 0 ||
	    (rc = git_odb_read_header(&size, &type, odb, id)) < 0) {
		error = hdrcheck__git_fail(HDRCHECK_EREPO, rc, path);
		goto done;
	}
	if (type != GIT_OBJECT_BLOB || size > max) {
		error = hdrcheck__error_set(
		    type != GIT_OBJECT_BLOB ? HDRCHECK_EIO : HDRCHECK_ELIMIT,
		    type != GIT_OBJECT_BLOB ? "%s: not a regular file"
		                            : "%s: larger than the limit",
		    path);
		goto done;
	}
	if ((rc = git_odb_read(&obj, odb, id)) < 0) {
		error = hdrcheck__git_fail(HDRCHECK_EREPO, rc, path);
		goto done;
	}
	size = git_odb_object_size(obj);
	if (!(buf = hdrcheck__malloc(size + 1))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	memcpy(buf, git_odb_object_data(obj), size);
	buf[size] = '\0';
	*out = buf;
	*len = size;
	buf = NULL;
done:
	free(buf);
	git_odb_object_free(obj);
	git_odb_free(odb);
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
		error = read_blob(src->repo, git_tree_entry_id(te), path, max,
		                  out, len);
	git_tree_entry_free(te);
	return error;
}

int hdrcheck__index_read_path(hdrcheck__source *src, const char *path,
                              size_t max, char **out, size_t *len)
{
	const hdrcheck__index_entry *ie;
	git_oid id;
	size_t pos;
	int error;

	if ((error = hdrcheck__source_load_index(src)) < 0)
		return error;
	if (!hdrcheck__index_find(src->ix, path, &pos))
		return HDRCHECK_ENOTFOUND;
	ie = &src->ix->entries[pos];
	if (ie->stage || (ie->flags & HDRCHECK__INDEX_INTENT_TO_ADD))
		return HDRCHECK_ENOTFOUND;
	if ((ie->sd.mode & 0170000) != 0100000)
		return hdrcheck__error_set(HDRCHECK_EIO,
		                           "%s: not a regular file", path);
	git_oid_fromraw(&id, ie->oid);
	return read_blob(src->repo, &id, path, max, out, len);
}

static void copy_window(char *buf, size_t cap, size_t *len, const void *data,
                        size_t size)
{
	*len = size < cap ? size : cap;
	memcpy(buf, data, *len);
}

int hdrcheck__blob_window(hdrcheck__source *src, git_odb *odb,
                          const unsigned char raw[HDRCHECK__OID_SIZE],
                          char *buf, size_t cap, size_t *len)
{
	git_odb_object *obj = NULL;
	git_odb_stream *stream = NULL;
	git_object_t type;
	git_oid id;
	size_t size = 0, got = 0;
	int rc, error = 0, locked = 0;

	*len = 0;
	git_oid_fromraw(&id, raw);
	/* the size first: only then do we know how to read it */
	if ((rc = git_odb_read_header(&size, &type, odb, &id)) < 0 ||
	    type != GIT_OBJECT_BLOB) {
		error = rc < 0 ? hdrcheck__odb_error() : HDRCHECK_ENOTFOUND;
		goto done;
	}
	if (size > STREAM_THRESHOLD) {
		git_object_size_t total = 0;

		if (git_odb_open_rstream(&stream, &total, &type, odb, &id) ==
		    0) {
			while (got < cap) {
				int n = git_odb_stream_read(stream, buf + got,
				                            cap - got);

				if (n <= 0)
					break;
				got += (size_t)n;
			}
			*len = got;
			goto done;
		}
		git_error_clear();
		/* no stream (a packed object): a whole read, only while
		 * that stays within the reader's cap */
		if (size > WHOLE_READ_MAX) {
			error = HDRCHECK_ELIMIT;
			goto done;
		}
		pthread_mutex_lock(&src->big_read);
		locked = 1;
	}
	if ((rc = git_odb_read(&obj, odb, &id)) < 0) {
		error = hdrcheck__odb_error();
		goto done;
	}
	copy_window(buf, cap, len, git_odb_object_data(obj),
	            git_odb_object_size(obj));
done:
	git_odb_object_free(obj);
	if (locked)
		pthread_mutex_unlock(&src->big_read);
	if (stream)
		git_odb_stream_free(stream);
	return error;
}

int hdrcheck__source_packs(hdrcheck__packs **out, hdrcheck__source *src)
{
	const char *env;
	char *objects = NULL;
	int error = 0;

	*out = NULL;
	pthread_mutex_lock(&src->big_read);
	if (src->packs_loaded)
		goto done;
	src->packs_loaded = 1;
	/* the switch the tests use to compare with libgit2's reading */
	env = getenv("HDRCHECK_PACK_READER");
	if (env && strcmp(env, "0") == 0)
		goto done;
	if (!(objects = hdrcheck__strdup(hdrcheck__source_objects_dir(src)))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	if ((error = hdrcheck__packs_new(&src->packs)) < 0 ||
	    (error = hdrcheck__packs_load(src->packs, objects)) < 0 ||
	    hdrcheck__packs_count(src->packs) == 0) {
		hdrcheck__packs_free(src->packs);
		src->packs = NULL;
	}
done:
	*out = src->packs;
	pthread_mutex_unlock(&src->big_read);
	free(objects);
	return error;
}
