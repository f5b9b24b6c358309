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
 * The untracked files that git does not ignore. libgit2's status list
 * would give them, but it also compares every tracked file with the index,
 * which doubles the cost of a scan; git ls-files -o is what we want, and
 * this is that walk:
 *
 * - only directories are walked (readdir gives the type), never a file
 *   read or stat'ed unless the file system hides its type;
 * - the ignore rules are git's, evaluated as the walk descends
 *   (scanner/git/ignore.c): each directory's .gitignore is read once, when
 *   the directory is, and kept while the walk is below it; a path is
 *   matched against the lists of its own directory and its parents
 *   (the deepest first), then $GIT_DIR/info/exclude, then
 *   core.excludesFile. libgit2's git_ignore_path_is_ignored() rebuilt
 *   that stack, with a stat of every parent's .gitignore, for every
 *   question: cubic in the depth (seconds for an untracked tree 1,000
 *   directories deep), and it let a negation re-include a file under an
 *   excluded directory, which git does not;
 * - an excluded directory without tracked files is not entered
 *   (node_modules/, build/); one that holds tracked files is, but every
 *   untracked file under it is ignored, and its .gitignore is not read;
 * - tracked-or-not is a binary search in the index we already hold, among
 *   the entries under the directory being read, on the names' remainders.
 *
 * It runs on the calling thread while the workers read the tracked files,
 * and with --changed-since on helper threads too: a directory to read
 * carries its rules (those of its parents and its own, shared and
 * immutable), so any walker can take any directory.
 */

#include <git2.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>
#include "common/pool.h"
#include "scanner/git/ignore.h"
#include "scanner/git/readers.h"
#include "scanner/sources/internal.h"

/* The rules of a directory and of its parents, the deepest first:
 * immutable once made, shared by every directory below (on several
 * threads: reference-counted). */
typedef struct chain {
	struct chain *parent;
	hdrcheck__ignore_list *rules;
	atomic_size_t refs;
} chain;

/*
 * Whether a directory is excluded, it or a parent (then all it holds is
 * ignored). Worked out only when something depends on it (an untracked
 * name in it, its own .gitignore): the directories of a clean checkout
 * all hold tracked files, and are entered whatever the answer.
 */
typedef struct dstate {
	struct dstate *parent; /* a reference, or NULL */
	char *rel;
	size_t len;
	chain *rules;   /* the rules for its path: its parent's (a reference) */
	atomic_int val; /* -1 not known yet, 0 or 1 */
	atomic_size_t refs;
} dstate;

/* A directory still to read, and the index entries that lie under it. */
typedef struct {
	char *rel; /* "" for the root */
	size_t lo, hi;
	dstate *st;   /* a reference */
	chain *rules; /* of its parents (a reference) */
} pending;

/* One name of a directory, as readdir or the cache gave it. */
typedef struct {
	size_t off, len; /* in the names buffer */
	int is_dir, exact;
	hdrcheck__entry_kind kind;
	size_t sub_lo, sub_hi;
} item;

/* What the walkers share. */
typedef struct {
	git_repository *repo;
	const hdrcheck__index *ix;
	const char *root; /* the path root_fd is open on */
	int root_fd;
	hdrcheck_vector *attr_files;  /* or NULL; under lock */
	hdrcheck__dircache *dircache; /* or NULL; under cache_lock */
	const char *prefix;
	/* $GIT_DIR/info/exclude and core.excludesFile, after the
	 * directories' rules */
	hdrcheck__ignore_list *info_exclude, *excludes_file;
	int icase;   /* core.ignoreCase */
	int libgit2; /* libgit2 answers the ignore rules */
	unsigned int threads;
	/* the directories to read */
	pthread_mutex_t lock, cache_lock;
	pthread_cond_t more;
	hdrcheck_vector stack; /* of pending * */
	unsigned int busy;
	int error;
} walk_shared;

/* One walker (a thread's). */
typedef struct {
	walk_shared *s;
	hdrcheck_buf rel, tmp;
	hdrcheck__entries out;
	int error; /* the walk's error, when this walker had it first */
} walker;

#define IGNORE_FILE_MAX       (64u << 20)
#define UNTRACKED_THREADS_MAX 4

static int is_tracked(const hdrcheck__index *ix, const char *path)
{
	size_t pos;

	return hdrcheck__index_find(ix, path, &pos);
}

/* Does the index hold path as a gitlink (a submodule)? */
static int is_gitlink(const hdrcheck__index *ix, const char *path)
{
	size_t pos;

	return hdrcheck__index_find(ix, path, &pos) &&
	       ix->entries[pos].sd.mode == 0160000;
}

/* The entries under the directory rel: [lo, hi). */
static void dir_range(const hdrcheck__index *ix, const char *rel, size_t *lo,
                      size_t *hi)
{
	size_t n = strlen(rel), a, b;

	if (!n) {
		*lo = 0;
		*hi = ix->count;
		return;
	}
	a = hdrcheck__index_dir_start(ix, rel);
	b = ix->count;
	{
		size_t l = a;

		while (l < b) {
			size_t mid = l + (b - l) / 2;
			const char *q = ix->entries[mid].path;

			if (strncmp(q, rel, n) == 0 && q[n] == '/')
				l = mid + 1;
			else
				b = mid;
		}
		b = l;
	}
	*lo = a;
	*hi = b;
}

/*
 * Within [lo, hi) (all "dir/..."), the entries whose remainder after off
 * bytes is name exactly (*exact) or starts with "name/" ([*sub_lo,
 * *sub_hi)). One search of a short range, comparing short strings.
 */
static void find_name(const hdrcheck__index *ix, size_t lo, size_t hi,
                      size_t off, const char *name, size_t n, int *exact,
                      size_t *sub_lo, size_t *sub_hi)
{
	size_t a = lo, b = hi;

	/* the first remainder >= name */
	while (a < b) {
		size_t mid = a + (b - a) / 2;

		if (strcmp(ix->entries[mid].path + off, name) < 0)
			a = mid + 1;
		else
			b = mid;
	}
	*exact = a < hi && strcmp(ix->entries[a].path + off, name) == 0;
	/* "name/..." sorts after "name" and "name-x" ('-' < '/'): search
	 * from a for the first remainder >= "name/" */
	b = hi;
	while (a < b) {
		size_t mid = a + (b - a) / 2;
		const char *r = ix->entries[mid].path + off;
		int c = strncmp(r, name, n);

		if (c == 0)
			c = (unsigned char)r[n] - (unsigned char)'/';
		if (c < 0)
			a = mid + 1;
		else
			b = mid;
	}
	*sub_lo = a;
	b = hi;
	while (a < b) {
		size_t mid = a + (b - a) / 2;
		const char *r = ix->entries[mid].path + off;

		if (strncmp(r, name, n) == 0 && r[n] == '/')
			a = mid + 1;
		else
			b = mid;
	}
	*sub_hi = a;
}

/* Does the index hold a file whose remainder after off bytes in [lo, hi)
 * is name? */
static int holds_file(const hdrcheck__index *ix, size_t lo, size_t hi,
                      size_t off, const char *name)
{
	size_t a = lo, b = hi;

	while (a < b) {
		size_t mid = a + (b - a) / 2;

		if (strcmp(ix->entries[mid].path + off, name) < 0)
			a = mid + 1;
		else
			b = mid;
	}
	return a < hi && strcmp(ix->entries[a].path + off, name) == 0;
}

/* The same, case-insensitively (core.ignoreCase): a scan of the entries
 * of this directory, only for names the exact search did not find. */
static int holds_file_icase(const hdrcheck__index *ix, size_t lo, size_t hi,
                            size_t off, const char *name)
{
	size_t k;

	for (k = lo; k < hi; k++) {
		const char *r = ix->entries[k].path + off;

		if (!strchr(r, '/') && strcasecmp(r, name) == 0)
			return 1;
	}
	return 0;
}

static chain *chain_ref(chain *c)
{
	if (c)
		atomic_fetch_add(&c->refs, 1);
	return c;
}

static void chain_unref(chain *c)
{
	while (c && atomic_fetch_sub(&c->refs, 1) == 1) {
		chain *parent = c->parent;

		hdrcheck__ignore_list_free(c->rules);
		free(c);
		c = parent;
	}
}

/* parent's chain and rules (taken over) on top; *out is a reference. */
static int chain_push(chain **out, chain *parent, hdrcheck__ignore_list *rules)
{
	chain *c = hdrcheck__calloc(1, sizeof(*c));

	if (!c) {
		hdrcheck__ignore_list_free(rules);
		return HDRCHECK_ENOMEM;
	}
	c->parent = chain_ref(parent);
	c->rules = rules;
	atomic_init(&c->refs, 1);
	*out = c;
	return 0;
}

static dstate *dstate_ref(dstate *d)
{
	if (d)
		atomic_fetch_add(&d->refs, 1);
	return d;
}

static void dstate_unref(dstate *d)
{
	while (d && atomic_fetch_sub(&d->refs, 1) == 1) {
		dstate *parent = d->parent;

		chain_unref(d->rules);
		free(d->rel);
		free(d);
		d = parent;
	}
}

/* parent and rules: references taken over. */
static int dstate_new(dstate **out, dstate *parent, const char *rel, size_t len,
                      chain *rules, int val)
{
	dstate *d = hdrcheck__calloc(1, sizeof(*d));

	if (!d || !(d->rel = hdrcheck__strndup(rel, len))) {
		free(d);
		dstate_unref(parent);
		chain_unref(rules);
		return HDRCHECK_ENOMEM;
	}
	d->parent = parent;
	d->len = len;
	d->rules = rules;
	atomic_init(&d->val, val);
	atomic_init(&d->refs, 1);
	*out = d;
	return 0;
}

static void pending_free(pending *p)
{
	if (!p)
		return;
	dstate_unref(p->st);
	chain_unref(p->rules);
	free(p->rel);
	free(p);
}

/* The rules of the file at path (relative to the root, or absolute),
 * read with base; *out NULL when there is none. */
static int read_rules(const walk_shared *s, const char *path, const char *base,
                      int in_tree, hdrcheck__ignore_list **out)
{
	struct stat st;
	char *text = NULL;
	size_t len = 0;
	int fd, error = 0;

	*out = NULL;
	/* git reads an in-tree .gitignore without following a symlink;
	 * O_NONBLOCK: a FIFO named .gitignore must not hang the walk (it
	 * hangs git); it is then no regular file, and not read */
	fd = openat(s->root_fd, path,
	            O_RDONLY | O_CLOEXEC | O_NONBLOCK |
	                (in_tree ? O_NOFOLLOW : 0));
	if (fd < 0)
		return 0;
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode) ||
	    (unsigned long long)st.st_size > IGNORE_FILE_MAX)
		goto done;
	if (!(text = hdrcheck__malloc((size_t)st.st_size + 1))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	while (len < (size_t)st.st_size) {
		ssize_t n = read(fd, text + len, (size_t)st.st_size - len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		len += (size_t)n;
	}
	error = hdrcheck__ignore_list_parse(out, base, text, len);
done:
	free(text);
	close(fd);
	return error;
}

/* parent, and dir's .gitignore on top when it has rules: *out is a new
 * reference either way. */
static int dir_rules(const walk_shared *s, chain *parent, const char *dir,
                     size_t len, chain **out)
{
	hdrcheck__ignore_list *rules = NULL;
	char *path = NULL, *base = NULL;
	int error;

	*out = NULL;
	if (!(path = hdrcheck__aprintf("%.*s%s.gitignore", (int)len, dir,
	                               len ? "/" : "")) ||
	    !(base =
	          hdrcheck__aprintf("%.*s%s", (int)len, dir, len ? "/" : ""))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	if ((error = read_rules(s, path, base, 1, &rules)) < 0)
		goto done;
	if (rules)
		error = chain_push(out, parent, rules);
	else
		*out = chain_ref(parent);
done:
	free(path);
	free(base);
	return error;
}

/* The same question to libgit2 (rel relative to the repository's work
 * tree; a directory with its trailing '/'); a failed query excludes
 * nothing. */
static int libgit2_excluded(const walk_shared *s, const char *rel, size_t len,
                            int is_dir)
{
	char *path;
	int ignored = 0;

	if (!(path = hdrcheck__aprintf("%.*s%s", (int)len, rel,
	                               is_dir ? "/" : "")))
		return 0;
	if (git_ignore_path_is_ignored(&ignored, s->repo, path) < 0) {
		git_error_clear();
		ignored = 0;
	}
	free(path);
	return ignored == 1;
}

/* Does a rule exclude rel (NUL-terminated, len bytes)? The deepest
 * directory's list first, then info/exclude, then core.excludesFile; the
 * caller knows whether a parent is excluded. */
static int excluded(const walk_shared *s, const chain *c, const char *rel,
                    size_t len, int is_dir)
{
	int r;

	if (s->libgit2)
		return libgit2_excluded(s, rel, len, is_dir);
	for (; c; c = c->parent)
		if ((r = hdrcheck__ignore_list_match(c->rules, rel, len, is_dir,
		                                     s->icase)) != 0)
			return r > 0;
	if (s->info_exclude &&
	    (r = hdrcheck__ignore_list_match(s->info_exclude, rel, len, is_dir,
	                                     s->icase)) != 0)
		return r > 0;
	if (s->excludes_file &&
	    (r = hdrcheck__ignore_list_match(s->excludes_file, rel, len, is_dir,
	                                     s->icase)) != 0)
		return r > 0;
	return 0;
}

/* Is d excluded, or a parent? Each unknown one from the top down (the
 * answers are the same on every thread: a race only repeats work). */
static int resolve(const walk_shared *s, dstate *d)
{
	for (;;) {
		dstate *u = d;
		int pv;

		if (atomic_load(&d->val) >= 0)
			return atomic_load(&d->val);
		/* the highest one not known yet */
		while (u->parent && atomic_load(&u->parent->val) < 0)
			u = u->parent;
		pv = u->parent ? atomic_load(&u->parent->val) : 0;
		atomic_store(&u->val,
		             pv || excluded(s, u->rules, u->rel, u->len, 1));
	}
}

/* info/exclude, core.excludesFile (or git's default under
 * $XDG_CONFIG_HOME) and core.ignoreCase, as git reads them. */
static int load_global_rules(walk_shared *s)
{
	git_config *cfg = NULL;
	git_config_entry *entry = NULL;
	git_buf buf = GIT_BUF_INIT;
	char *path = NULL;
	int error = 0, icase = 0, configured = 0;

	if (!(path = hdrcheck__path_join(git_repository_commondir(s->repo),
	                                 "info/exclude"))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	if ((error = read_rules(s, path, "", 0, &s->info_exclude)) < 0)
		goto done;
	free(path);
	path = NULL;
	if (git_repository_config_snapshot(&cfg, s->repo) == 0) {
		if (git_config_get_bool(&icase, cfg, "core.ignorecase") == 0)
			s->icase = icase;
		/* set, even to "": git then reads no file of its own (an
		 * empty value is how one turns the default off) */
		if (git_config_get_entry(&entry, cfg, "core.excludesfile") ==
		    0) {
			configured = 1;
			git_config_entry_free(entry);
		}
		if (configured &&
		    git_config_get_path(&buf, cfg, "core.excludesfile") == 0 &&
		    buf.ptr && *buf.ptr &&
		    !(path = hdrcheck__strdup(buf.ptr))) {
			error = HDRCHECK_ENOMEM;
			goto done;
		}
	}
	git_error_clear();
	if (!path && !configured) {
		const char *xdg = getenv("XDG_CONFIG_HOME"),
		           *home = getenv("HOME");

		if (xdg && *xdg)
			path = hdrcheck__aprintf("%s/git/ignore", xdg);
		else if (home && *home)
			path = hdrcheck__aprintf("%s/.config/git/ignore", home);
	}
	if (path && (error = read_rules(s, path, "", 0, &s->excludes_file)) < 0)
		goto done;
done:
	git_buf_dispose(&buf);
	git_config_free(cfg);
	free(path);
	return error;
}

/* Is rel a nested repository or a submodule's checkout: a ".git" in it
 * that makes it one, as git's is_nonbare_repository_dir() asks? A ".git"
 * that is no repository (an empty directory, a file of anything but a
 * valid "gitdir: ") does not: git lists the files beside it. */
static int has_dotgit(walker *w, const char *rel)
{
	struct stat st;
	int rc;

	hdrcheck__buf_clear(&w->tmp);
	if (hdrcheck__buf_printf(&w->tmp, "%s/.git", rel) < 0)
		return 0;
	if (fstatat(w->s->root_fd, w->tmp.ptr, &st, AT_SYMLINK_NOFOLLOW) != 0)
		return 0;
	/* a .git that is not a directory is a "gitdir: " file, which git
	 * reads only when it is a regular file */
	if (!S_ISDIR(st.st_mode) && !S_ISREG(st.st_mode))
		return 0;
	/* libgit2 reads .git/gitdir and .git/commondir when they are there,
	 * blocking on a FIFO; git reads neither to tell a repository (and
	 * its status returns): then the repository's own marks decide */
	if (S_ISDIR(st.st_mode)) {
		static const char *const read_files[] = {"gitdir", "commondir"};
		static const char *const marks[] = {"HEAD", "objects", "refs"};
		size_t i;
		int special = 0;

		for (i = 0; i < HDRCHECK__ARRAY_SIZE(read_files); i++) {
			hdrcheck__buf_clear(&w->tmp);
			if (hdrcheck__buf_printf(&w->tmp, "%s/.git/%s", rel,
			                         read_files[i]) < 0)
				return 0;
			if (fstatat(w->s->root_fd, w->tmp.ptr, &st,
			            AT_SYMLINK_NOFOLLOW) == 0 &&
			    !S_ISREG(st.st_mode))
				special = 1;
		}
		for (i = 0; special && i < HDRCHECK__ARRAY_SIZE(marks); i++) {
			hdrcheck__buf_clear(&w->tmp);
			if (hdrcheck__buf_printf(&w->tmp, "%s/.git/%s", rel,
			                         marks[i]) < 0 ||
			    fstatat(w->s->root_fd, w->tmp.ptr, &st,
			            AT_SYMLINK_NOFOLLOW) != 0 ||
			    (i == 0) != !!S_ISREG(st.st_mode))
				return 0;
		}
		if (special)
			return 1;
	}
	/* rare: libgit2 looks only then (with no repository out, it only
	 * finds one: no configuration read, no owner check) */
	hdrcheck__buf_clear(&w->tmp);
	if (hdrcheck__buf_printf(&w->tmp, "%s/%s", w->s->root, rel) < 0)
		return 1;
	rc = git_repository_open_ext(NULL, w->tmp.ptr,
	                             GIT_REPOSITORY_OPEN_NO_SEARCH, NULL);
	git_error_clear();
	return rc == 0;
}

static hdrcheck__entry_kind kind_of(const struct stat *st)
{
	return S_ISLNK(st->st_mode)   ? HDRCHECK__ENTRY_SYMLINK
	       : S_ISREG(st->st_mode) ? HDRCHECK__ENTRY_FILE
	                              : HDRCHECK__ENTRY_SPECIAL;
}

/* The type readdir gave, or fstatat's when the file system did not. */
static int dirent_type(int dfd, const struct dirent *de, int *is_dir,
                       hdrcheck__entry_kind *kind)
{
	unsigned char t = de->d_type;
	struct stat st;

	if (t == DT_UNKNOWN) {
		if (fstatat(dfd, de->d_name, &st, AT_SYMLINK_NOFOLLOW) < 0)
			return -1; /* vanished */
		*is_dir = S_ISDIR(st.st_mode);
		*kind = kind_of(&st);
		return 0;
	}
	*is_dir = t == DT_DIR;
	*kind = t == DT_LNK   ? HDRCHECK__ENTRY_SYMLINK
	        : t == DT_REG ? HDRCHECK__ENTRY_FILE
	                      : HDRCHECK__ENTRY_SPECIAL;
	return 0;
}

/* Queue a directory for whichever walker is free (rules: a reference,
 * taken over). */
static int push_pending(walk_shared *s, const char *rel, size_t len, size_t lo,
                        size_t hi, dstate *st, chain *rules)
{
	pending *p = hdrcheck__calloc(1, sizeof(*p));
	int error = 0;

	if (!p || !(p->rel = hdrcheck__strndup(rel, len))) {
		dstate_unref(st);
		chain_unref(rules);
		free(p);
		return HDRCHECK_ENOMEM;
	}
	p->lo = lo;
	p->hi = hi;
	p->st = st;
	p->rules = rules;
	/* no cap: a directory dropped here would take its untracked files
	 * out of the scope without a word; the stack holds at most the
	 * directories of the tree (a loop ends where paths grow too long:
	 * ENAMETOOLONG, an error finding) */
	pthread_mutex_lock(&s->lock);
	if (hdrcheck__vector_push(&s->stack, p) < 0)
		error = HDRCHECK_ENOMEM;
	else
		pthread_cond_signal(&s->more);
	pthread_mutex_unlock(&s->lock);
	if (error)
		pending_free(p);
	return error;
}

/* One name of directory d (whose rules, its own included, are c): an
 * untracked file out, a directory onto the stack. */
static int visit(walker *w, const pending *d, chain *c, const char *name,
                 const item *it)
{
	walk_shared *s = w->s;
	hdrcheck_buf *rel = &w->rel;
	size_t plen = strlen(d->rel), n = it->len;
	int error, ignored;

	if (it->exact && !it->is_dir)
		return 0; /* tracked */
	hdrcheck__buf_clear(rel);
	if ((plen && ((error = hdrcheck__buf_put(rel, d->rel, plen)) < 0 ||
	              (error = hdrcheck__buf_put(rel, "/", 1)) < 0)) ||
	    (error = hdrcheck__buf_put(rel, name, n)) < 0)
		return error;
	hdrcheck__buf_cstr(rel);
	/* an attribute file libgit2 will read though no index holds it,
	 * ignored or not */
	if (!it->is_dir && s->attr_files && n == 14 &&
	    memcmp(name, ".gitattributes", 14) == 0) {
		char *p = hdrcheck__aprintf("%s%s", s->prefix, rel->ptr);

		pthread_mutex_lock(&s->lock);
		error = p ? hdrcheck__vector_push(s->attr_files, p) : 0;
		pthread_mutex_unlock(&s->lock);
		if (!p || error < 0) {
			free(p);
			return HDRCHECK_ENOMEM;
		}
	}
	if (it->is_dir && it->sub_lo != it->sub_hi) {
		/* A directory holding tracked files is entered even when
		 * excluded (its untracked files are then all ignored): the
		 * answer waits until something depends on it. */
		dstate *st = NULL;
		int pv = atomic_load(&d->st->val);

		if ((error = dstate_new(&st, pv < 0 ? dstate_ref(d->st) : NULL,
		                        rel->ptr, rel->len, chain_ref(c),
		                        pv > 0 ? 1 : -1)) < 0)
			return error;
		return push_pending(s, rel->ptr, rel->len, it->sub_lo,
		                    it->sub_hi, st, chain_ref(c));
	}
	/* nothing under an excluded directory is re-included */
	ignored =
	    resolve(s, d->st) || excluded(s, c, rel->ptr, rel->len, it->is_dir);
	if (it->is_dir) {
		/* the others are skipped when excluded (node_modules/,
		 * build/), or a nested repository; a submodule's gitlink is
		 * listed from the index */
		dstate *st = NULL;

		if (ignored || (it->exact && is_gitlink(s->ix, rel->ptr)) ||
		    has_dotgit(w, rel->ptr))
			return 0;
		if ((error = dstate_new(&st, NULL, rel->ptr, rel->len, NULL,
		                        0)) < 0)
			return error;
		return push_pending(s, rel->ptr, rel->len, it->sub_lo,
		                    it->sub_hi, st, chain_ref(c));
	}
	if (ignored)
		return 0;
	return hdrcheck__entries_push(&w->out, rel->ptr, rel->len, it->kind);
}

/* terminated: name[n] is a NUL that may be read */
static int add_item(item **items, size_t *count, size_t *cap,
                    hdrcheck_buf *names, const char *name, size_t n,
                    int terminated, int is_dir, hdrcheck__entry_kind kind)
{
	int error;

	if (*count == *cap) {
		size_t c2 = *cap ? *cap * 2 : 32;
		item *p = hdrcheck__realloc(*items, c2 * sizeof(*p));

		if (!p)
			return HDRCHECK_ENOMEM;
		*items = p;
		*cap = c2;
	}
	memset(&(*items)[*count], 0, sizeof(item));
	(*items)[*count].off = names->len;
	(*items)[*count].len = n;
	(*items)[*count].is_dir = is_dir;
	(*items)[*count].kind = kind;
	/* a name from readdir carries its NUL: one copy */
	if (terminated)
		error = hdrcheck__buf_put(names, name, n + 1);
	else if ((error = hdrcheck__buf_put(names, name, n)) == 0)
		error = hdrcheck__buf_put(names, "", 1);
	if (error < 0)
		return error;
	(*count)++;
	return 0;
}

/* The names of d as the cache kept them (no open, no read): 1 when it
 * did. Only the directories and the files no index held are kept. */
static int read_cached(walk_shared *s, const pending *d, struct stat *st,
                       item **items, size_t *count, size_t *cap,
                       hdrcheck_buf *names)
{
	hdrcheck__dircache_entry *list = NULL;
	size_t n = 0, i;
	int rc, error = 0;

	if (fstatat(s->root_fd, *d->rel ? d->rel : ".", st,
	            AT_SYMLINK_NOFOLLOW) < 0 ||
	    !S_ISDIR(st->st_mode))
		return 0;
	pthread_mutex_lock(&s->cache_lock);
	rc = hdrcheck__dircache_get(s->dircache, d->rel, st, &list, &n);
	pthread_mutex_unlock(&s->cache_lock);
	if (rc <= 0)
		return rc;
	for (i = 0; i < n && !error; i++) {
		int is_dir = list[i].type == HDRCHECK__DIRCACHE_DIR;

		if (list[i].len >= 256)
			continue;
		error = add_item(items, count, cap, names, list[i].name,
		                 list[i].len, 0, is_dir,
		                 is_dir ? HDRCHECK__ENTRY_FILE
		                        : (hdrcheck__entry_kind)list[i].type);
	}
	if (!error) {
		pthread_mutex_lock(&s->cache_lock);
		error =
		    hdrcheck__dircache_put(s->dircache, d->rel, st, list, n, 0);
		pthread_mutex_unlock(&s->cache_lock);
	}
	free(list);
	return error < 0 ? error : 1;
}

/* The names of d from readdir, kept for the cache when it is on. */
/* A directory the walk cannot open: a vanished one is no longer in the
 * work tree; one we cannot read is an entry of its own (an error finding,
 * unless excluded), or its untracked files would silently leave the
 * scope, as in a plain-directory scan (scanner/sources/walk.c). */
static int unreadable(hdrcheck__entries *out, const char *rel, size_t len,
                      int err)
{
	int error;

	if (hdrcheck__errno_is_resource(err))
		return hdrcheck__error_resource(err, len ? rel : ".");
	if (len == 0 || err == ENOENT || err == ENOTDIR || err == ELOOP)
		return 0;
	if ((error = hdrcheck__entries_push(out, rel, len,
	                                    HDRCHECK__ENTRY_UNREADABLE)) < 0)
		return error;
	out->items[out->count - 1].sub =
	    (unsigned int)err & HDRCHECK__ENTRY_SUB_MAX;
	return 0;
}

static int read_fresh(walk_shared *s, hdrcheck__entries *out, const pending *d,
                      item **items, size_t *count, size_t *cap,
                      hdrcheck_buf *names)
{
	size_t plen = strlen(d->rel), off = plen ? plen + 1 : 0, i, nkept = 0;
	struct dirent *de;
	struct stat st;
	DIR *dir;
	hdrcheck__dircache_entry *kept = NULL;
	int fd, error = 0, keep;

	fd = openat(s->root_fd, plen ? d->rel : ".",
	            O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0)
		return unreadable(out, d->rel, plen, errno);
	keep = s->dircache && fstat(fd, &st) == 0;
	if (!(dir = fdopendir(fd))) {
		int err = errno;

		close(fd);
		return unreadable(out, d->rel, plen, err);
	}
	for (;;) {
		const char *name;
		hdrcheck__entry_kind kind;
		int is_dir;

		errno = 0;
		if (error || !(de = readdir(dir))) {
			/* a listing cut short is never kept */
			if (!error && errno)
				keep = 0;
			break;
		}
		name = de->d_name;
		if ((name[0] == '.' && (name[1] == '\0' ||
		                        (name[1] == '.' && name[2] == '\0'))) ||
		    strcmp(name, ".git") == 0)
			continue;
		if (dirent_type(dirfd(dir), de, &is_dir, &kind) < 0) {
			keep = 0; /* changing under us: not a listing to keep */
			continue;
		}
		error = add_item(items, count, cap, names, name, strlen(name),
		                 1, is_dir, kind);
	}
	closedir(dir);
	/* tracked? and for a directory, the entries under it */
	for (i = 0; i < *count && !error; i++) {
		item *it = &(*items)[i];

		if (it->is_dir)
			find_name(s->ix, d->lo, d->hi, off,
			          names->ptr + it->off, it->len, &it->exact,
			          &it->sub_lo, &it->sub_hi);
		else
			it->exact = holds_file(s->ix, d->lo, d->hi, off,
			                       names->ptr + it->off);
	}
	/* for the cache: every directory and every file the index does not
	 * hold */
	if (keep && !error) {
		if (*count && !(kept = hdrcheck__calloc(*count, sizeof(*kept))))
			error = HDRCHECK_ENOMEM;
		for (i = 0; i < *count && !error; i++) {
			const item *it = &(*items)[i];

			if (!it->is_dir && it->exact)
				continue;
			kept[nkept].name = names->ptr + it->off;
			kept[nkept].len = it->len;
			kept[nkept].type = it->is_dir ? HDRCHECK__DIRCACHE_DIR
			                              : (unsigned)it->kind;
			nkept++;
		}
		if (!error) {
			pthread_mutex_lock(&s->cache_lock);
			error = hdrcheck__dircache_put(s->dircache, d->rel, &st,
			                               kept, nkept, 1);
			pthread_mutex_unlock(&s->cache_lock);
		}
	}
	free(kept);
	return error;
}

/* Read one directory: untracked files out, directories onto the stack. */
static int read_dir(walker *w, const pending *d)
{
	walk_shared *s = w->s;
	size_t plen = strlen(d->rel), off = plen ? plen + 1 : 0;
	size_t count = 0, cap = 0, i;
	item *items = NULL;
	hdrcheck_buf names = HDRCHECK_BUF_INIT;
	chain *c = NULL;
	struct stat st;
	int rc = 0, error = 0, has_ignore = 0, exact;

	if (s->dircache &&
	    (rc = read_cached(s, d, &st, &items, &count, &cap, &names)) < 0) {
		error = rc;
		goto done;
	}
	if (rc == 1) {
		/* the cache keeps no tracked file: .gitignore may be one */
		has_ignore = holds_file(s->ix, d->lo, d->hi, off, ".gitignore");
		for (i = 0; i < count; i++) {
			item *it = &items[i];

			it->exact = 0;
			if (it->is_dir)
				find_name(s->ix, d->lo, d->hi, off,
				          names.ptr + it->off, it->len, &exact,
				          &it->sub_lo, &it->sub_hi);
		}
	} else if ((error = read_fresh(s, &w->out, d, &items, &count, &cap,
	                               &names)) < 0) {
		goto done;
	}
	/* core.ignoreCase: a file that differs from a tracked one in case
	 * only is that file to git (its status does not list it) */
	for (i = 0; i < count && s->icase; i++)
		if (!items[i].is_dir && !items[i].exact &&
		    holds_file_icase(s->ix, d->lo, d->hi, off,
		                     names.ptr + items[i].off))
			items[i].exact = 1;
	for (i = 0; i < count && !has_ignore; i++)
		has_ignore =
		    !items[i].is_dir && items[i].len == 10 &&
		    memcmp(names.ptr + items[i].off, ".gitignore", 10) == 0;
	/* this directory's rules on its parents'; an excluded directory's
	 * own are not read (git does not) */
	if (has_ignore && !resolve(s, d->st))
		error = dir_rules(s, d->rules, d->rel, plen, &c);
	else
		c = chain_ref(d->rules);
	for (i = 0; i < count && !error; i++)
		error = visit(w, d, c, names.ptr + items[i].off, &items[i]);
done:
	chain_unref(c);
	free(items);
	hdrcheck__buf_dispose(&names);
	return error;
}

/* Take directories until there are none left and no walker can make
 * more. */
static void *walk_loop(void *arg)
{
	walker *w = arg;
	walk_shared *s = w->s;

	pthread_mutex_lock(&s->lock);
	for (;;) {
		pending *d;
		int error;

		if (s->error)
			break;
		if (!s->stack.len) {
			if (!s->busy)
				break;
			pthread_cond_wait(&s->more, &s->lock);
			continue;
		}
		d = s->stack.items[--s->stack.len];
		s->busy++;
		pthread_mutex_unlock(&s->lock);
		error = read_dir(w, d);
		pending_free(d);
		pthread_mutex_lock(&s->lock);
		s->busy--;
		if (error < 0 && !s->error)
			s->error = w->error = error;
		if (s->error || (!s->stack.len && !s->busy))
			pthread_cond_broadcast(&s->more);
	}
	pthread_cond_broadcast(&s->more);
	pthread_mutex_unlock(&s->lock);
	return NULL;
}

/* Walker k on a helper thread: the walk's error, with its message, when
 * this walker had it first. */
static int walk_task(void *payload, unsigned int k)
{
	walker *w = payload;

	walk_loop(&w[k]);
	return w[k].error;
}

/* Walk from start (whose parents' rules are rules, a reference taken
 * over) with the walkers. */
static int walk(walk_shared *s, walker *walkers, const char *start, int ignored,
                chain *rules)
{
	hdrcheck__pool helpers = HDRCHECK__POOL_INIT;
	size_t lo, hi;
	dstate *st = NULL;
	unsigned int k;
	int error;

	dir_range(s->ix, start, &lo, &hi);
	s->error = 0;
	s->busy = 0;
	for (k = 0; k < s->threads; k++)
		walkers[k].error = 0;
	if ((error = dstate_new(&st, NULL, start, strlen(start), NULL,
	                        ignored)) < 0) {
		chain_unref(rules);
		return error;
	}
	if ((error = push_pending(s, start, strlen(start), lo, hi, st, rules)) <
	    0)
		return error;
	/* a walker that cannot start leaves the stack to the others */
	if (s->threads > 1)
		hdrcheck__pool_start(&helpers, s->threads - 1, walk_task,
		                     walkers);
	walk_loop(&walkers[0]);
	/* a helper's error brings its message to this thread */
	(void)hdrcheck__pool_join(&helpers);
	while (s->stack.len)
		pending_free(s->stack.items[--s->stack.len]);
	return s->error;
}

/*
 * The rules of the parents of path (a PATH argument), and whether path or
 * one of its parents is excluded: what the walk from the root would have
 * found on its way down. *out: a reference.
 */
static int prepare(walk_shared *s, const char *path, int is_dir, int *ignored,
                   chain **out)
{
	size_t len = strlen(path), e;
	chain *c = NULL;
	int error;

	*ignored = 0;
	*out = NULL;
	if ((error = dir_rules(s, NULL, "", 0, &c)) < 0)
		return error;
	for (e = 0; e <= len && !error; e++) {
		int last = e == len;

		if (!last && path[e] != '/')
			continue;
		*ignored = excluded(s, c, path, e, last ? is_dir : 1);
		if (*ignored)
			break;
		if (!last) {
			chain *next = NULL;

			error = dir_rules(s, c, path, e, &next);
			chain_unref(c);
			c = next;
		}
	}
	if (error < 0) {
		chain_unref(c);
		return error;
	}
	*out = c;
	return 0;
}

/* Does a directory above path hold a ".git" (a submodule's or nested
 * repository's work tree, whose files are not ours)? */
static int inside_nested(walker *w, const char *path, int *nested)
{
	const char *p;

	*nested = 0;
	for (p = strchr(path, '/'); p && !*nested; p = strchr(p + 1, '/')) {
		char *dir = hdrcheck__strndup(path, (size_t)(p - path));

		if (!dir)
			return HDRCHECK_ENOMEM;
		*nested = is_gitlink(w->s->ix, dir) || has_dotgit(w, dir);
		free(dir);
	}
	return 0;
}

static int list_prefix(walk_shared *s, walker *walkers, const char *prefix)
{
	struct stat st;
	chain *c = NULL;
	int error = 0, ignored, nested;

	if (!*prefix)
		return walk(s, walkers, "", 0, NULL);
	if ((error = inside_nested(&walkers[0], prefix, &nested)) < 0 || nested)
		return error;
	if (fstatat(s->root_fd, prefix, &st, AT_SYMLINK_NOFOLLOW) < 0) {
		/* gone, or a PATH inside a file: nothing untracked here */
	} else if (S_ISDIR(st.st_mode)) {
		/* a PATH naming a nested repository or a submodule's
		 * checkout is not walked: it is not ours */
		if (!is_gitlink(s->ix, prefix) &&
		    !has_dotgit(&walkers[0], prefix) &&
		    (error = prepare(s, prefix, 1, &ignored, &c)) == 0 &&
		    !ignored) {
			error = walk(s, walkers, prefix, 0, c);
			c = NULL;
		}
	} else if (!is_tracked(s->ix, prefix) &&
	           (error = prepare(s, prefix, 0, &ignored, &c)) == 0 &&
	           !ignored) {
		error = hdrcheck__entries_push(&walkers[0].out, prefix,
		                               strlen(prefix), kind_of(&st));
	}
	chain_unref(c);
	return error;
}

int hdrcheck__untracked_list(git_repository *repo, const char *root,
                             const hdrcheck__index *ix, const char *prefix,
                             const char *const *prefixes, size_t count,
                             hdrcheck__entries *out)
{
	return hdrcheck__untracked_list_ext(repo, root, ix, prefix, prefixes,
	                                    count, out, NULL, NULL, 1, 0);
}

static int compare_strings(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int hdrcheck__untracked_list_ext(git_repository *repo, const char *root,
                                 const hdrcheck__index *ix, const char *prefix,
                                 const char *const *prefixes, size_t count,
                                 hdrcheck__entries *out,
                                 hdrcheck_vector *attr_files,
                                 hdrcheck__dircache *dircache,
                                 unsigned int threads, unsigned int libgit2)
{
	static const char *const everything[] = {""};
	walk_shared s;
	walker walkers[UNTRACKED_THREADS_MAX];
	hdrcheck__entries found = {0};
	size_t i, k, plen = prefix ? strlen(prefix) : 0,
	             attrs_before = attr_files ? attr_files->len : 0;
	int error = 0;

	memset(&s, 0, sizeof(s));
	memset(walkers, 0, sizeof(walkers));
	s.root_fd = -1;
	s.repo = repo;
	s.ix = ix;
	s.attr_files = attr_files;
	s.dircache = dircache;
	s.prefix = prefix ? prefix : "";
	s.libgit2 = (libgit2 & HDRCHECK__LIBGIT2_IGNORE) != 0;
	/* one repository answers libgit2's ignore queries: one thread */
	if (s.libgit2)
		threads = 1;
	s.threads = threads < 1                       ? 1
	            : threads > UNTRACKED_THREADS_MAX ? UNTRACKED_THREADS_MAX
	                                              : threads;
	pthread_mutex_init(&s.lock, NULL);
	pthread_mutex_init(&s.cache_lock, NULL);
	pthread_cond_init(&s.more, NULL);
	for (k = 0; k < UNTRACKED_THREADS_MAX; k++)
		walkers[k].s = &s;
	s.root = root;
	if ((s.root_fd = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) < 0) {
		error = hdrcheck__error_set(HDRCHECK_EIO, "%s: %s", root,
		                            strerror(errno));
		goto done;
	}
	if ((error = load_global_rules(&s)) < 0)
		goto done;
	if (!count) {
		prefixes = everything;
		count = 1;
	}
	for (i = 0; i < count && !error; i++)
		error = list_prefix(&s, walkers, prefixes[i]);
	if (error < 0)
		goto done;
	/* what each walker found, in one sorted list */
	for (k = 0; k < UNTRACKED_THREADS_MAX && !error; k++)
		for (i = 0; i < walkers[k].out.count && !error; i++) {
			hdrcheck__entry *e;

			if ((error = hdrcheck__entries_push(
			         &found, "", 0, walkers[k].out.items[i].kind)) <
			    0)
				break;
			e = &found.items[found.count - 1];
			free(e->path);
			e->path = walkers[k].out.items[i].path;
			e->sub = walkers[k].out.items[i].sub; /* an errno */
			walkers[k].out.items[i].path = NULL;
		}
	if (error < 0)
		goto done;
	/* the walkers' order is not the same from run to run */
	if (attr_files && attr_files->len > attrs_before + 1)
		qsort(attr_files->items + attrs_before,
		      attr_files->len - attrs_before, sizeof(void *),
		      compare_strings);
	hdrcheck__entries_sort_unique(&found);
	for (i = 0; i < found.count; i++) {
		hdrcheck__entry *e;

		if (plen) {
			char *p = hdrcheck__aprintf("%s%s", prefix,
			                            found.items[i].path);

			if (!p) {
				error = HDRCHECK_ENOMEM;
				goto done;
			}
			free(found.items[i].path);
			found.items[i].path = p;
		}
		if ((error = hdrcheck__entries_push(out, "", 0,
		                                    found.items[i].kind)) < 0)
			goto done;
		e = &out->items[out->count - 1];
		free(e->path);
		e->path = found.items[i].path;
		e->sub = found.items[i].sub;
		found.items[i].path = NULL;
	}
done:
	hdrcheck__entries_dispose(&found);
	for (k = 0; k < UNTRACKED_THREADS_MAX; k++) {
		hdrcheck__entries_dispose(&walkers[k].out);
		hdrcheck__buf_dispose(&walkers[k].rel);
		hdrcheck__buf_dispose(&walkers[k].tmp);
	}
	while (s.stack.len)
		pending_free(s.stack.items[--s.stack.len]);
	hdrcheck__vector_dispose(&s.stack);
	hdrcheck__ignore_list_free(s.info_exclude);
	hdrcheck__ignore_list_free(s.excludes_file);
	pthread_cond_destroy(&s.more);
	pthread_mutex_destroy(&s.cache_lock);
	pthread_mutex_destroy(&s.lock);
	if (s.root_fd >= 0)
		close(s.root_fd);
	return error;
}
