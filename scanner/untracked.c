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
 *   (scanner/ignore.c): each directory's .gitignore is read once, when
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
 * It runs on the calling thread while the workers read the tracked files.
 */

#include <git2.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "scanner/scanner.h"

typedef struct {
	git_repository *repo;
	const hdrcheck__index *ix;
	const char *root;
	int root_fd;
	hdrcheck_buf tmp;
	hdrcheck__entries *out;
	hdrcheck_vector *attr_files;  /* or NULL */
	hdrcheck__dircache *dircache; /* or NULL */
	const char *prefix;
	int error;
	/* the ignore rules: one list per directory on the way down (those
	 * of the directory being read and its parents), then
	 * $GIT_DIR/info/exclude and core.excludesFile */
	hdrcheck_vector frames; /* of frame * */
	hdrcheck__ignore_list *info_exclude, *excludes_file;
	int icase; /* core.ignoreCase */
} walk_state;

/* A directory's .gitignore. */
typedef struct {
	char *dir; /* "" for the root */
	size_t len;
	hdrcheck__ignore_list *rules;
} frame;

/* A directory still to read, and the index entries that lie under it. */
typedef struct {
	char *rel; /* "" for the root */
	size_t lo, hi;
	int ignored; /* it, or a parent, is excluded: all it holds is */
} pending;

/* One name of a directory, as readdir or the cache gave it. */
typedef struct {
	size_t off, len; /* in the names buffer */
	int is_dir, exact;
	hdrcheck__entry_kind kind;
	size_t sub_lo, sub_hi;
} item;

#define IGNORE_FILE_MAX (64u << 20)

static int is_tracked(const hdrcheck__index *ix, const char *path)
{
	size_t pos;

	return hdrcheck__index_find(ix, path, &pos);
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

/* The rules of the file at path (relative to the root, or absolute),
 * read with base; *out NULL when there is none. */
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

static int read_rules(walk_state *w, const char *path, const char *base,
                      int in_tree, hdrcheck__ignore_list **out)
{
	struct stat st;
	char *text = NULL;
	size_t len = 0;
	int fd, error = 0;

	*out = NULL;
	/* git reads an in-tree .gitignore without following a symlink */
	/* O_NONBLOCK: a FIFO named .gitignore must not hang the walk (it
	 * hangs git); it is then no regular file, and not read */
	fd = openat(w->root_fd, path,
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

static void pop_frames(walk_state *w, size_t keep)
{
	while (w->frames.len > keep) {
		frame *f = w->frames.items[--w->frames.len];

		hdrcheck__ignore_list_free(f->rules);
		free(f->dir);
		free(f);
	}
}

/* Keep the lists of dir and its parents only (the walk is depth-first:
 * those of the parents are still there). */
static void sync_frames(walk_state *w, const char *dir, size_t len)
{
	size_t keep = w->frames.len;

	while (keep > 0) {
		const frame *f = w->frames.items[keep - 1];

		if (!f->len ||
		    (f->len <= len && memcmp(f->dir, dir, f->len) == 0 &&
		     (dir[f->len] == '/' || f->len == len)))
			break;
		keep--;
	}
	pop_frames(w, keep);
}

/* Read dir's .gitignore onto the stack. */
static int push_frame(walk_state *w, const char *dir, size_t len)
{
	hdrcheck__ignore_list *rules = NULL;
	frame *f = NULL;
	char *path = NULL, *base = NULL;
	int error;

	if (!(path = hdrcheck__aprintf("%.*s%s.gitignore", (int)len, dir,
	                               len ? "/" : "")) ||
	    !(base =
	          hdrcheck__aprintf("%.*s%s", (int)len, dir, len ? "/" : ""))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	if ((error = read_rules(w, path, base, 1, &rules)) < 0 || !rules)
		goto done;
	if (!(f = hdrcheck__calloc(1, sizeof(*f))) ||
	    !(f->dir = hdrcheck__strndup(dir, len)) ||
	    hdrcheck__vector_push(&w->frames, f) < 0) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	f->len = len;
	f->rules = rules;
	rules = NULL;
	f = NULL;
done:
	if (f)
		free(f->dir);
	free(f);
	hdrcheck__ignore_list_free(rules);
	free(path);
	free(base);
	return error;
}

/* Does a rule exclude rel (NUL-terminated, len bytes)? The deepest
 * directory's list first, then info/exclude, then core.excludesFile; the
 * caller knows whether a parent is excluded. */
static int excluded(const walk_state *w, const char *rel, size_t len,
                    int is_dir)
{
	size_t i;
	int r;

	for (i = w->frames.len; i-- > 0;) {
		const frame *f = w->frames.items[i];

		if ((r = hdrcheck__ignore_list_match(f->rules, rel, len, is_dir,
		                                     w->icase)) != 0)
			return r > 0;
	}
	if (w->info_exclude &&
	    (r = hdrcheck__ignore_list_match(w->info_exclude, rel, len, is_dir,
	                                     w->icase)) != 0)
		return r > 0;
	if (w->excludes_file &&
	    (r = hdrcheck__ignore_list_match(w->excludes_file, rel, len, is_dir,
	                                     w->icase)) != 0)
		return r > 0;
	return 0;
}

/* info/exclude, core.excludesFile (or git's default under
 * $XDG_CONFIG_HOME) and core.ignoreCase, as git reads them. */
static int load_global_rules(walk_state *w)
{
	git_config *cfg = NULL;
	git_buf buf = GIT_BUF_INIT;
	char *path = NULL;
	int error = 0, icase = 0;

	if (!(path = hdrcheck__path_join(git_repository_commondir(w->repo),
	                                 "info/exclude"))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	if ((error = read_rules(w, path, "", 0, &w->info_exclude)) < 0)
		goto done;
	free(path);
	path = NULL;
	if (git_repository_config_snapshot(&cfg, w->repo) == 0) {
		if (git_config_get_bool(&icase, cfg, "core.ignorecase") == 0)
			w->icase = icase;
		if (git_config_get_path(&buf, cfg, "core.excludesfile") == 0 &&
		    buf.ptr && *buf.ptr &&
		    !(path = hdrcheck__strdup(buf.ptr))) {
			error = HDRCHECK_ENOMEM;
			goto done;
		}
	}
	git_error_clear();
	if (!path) {
		const char *xdg = getenv("XDG_CONFIG_HOME"),
		           *home = getenv("HOME");

		if (xdg && *xdg)
			path = hdrcheck__aprintf("%s/git/ignore", xdg);
		else if (home && *home)
			path = hdrcheck__aprintf("%s/.config/git/ignore", home);
	}
	if (path && (error = read_rules(w, path, "", 0, &w->excludes_file)) < 0)
		goto done;
done:
	git_buf_dispose(&buf);
	git_config_free(cfg);
	free(path);
	return error;
}

/* Is there a ".git" (a nested repository or a submodule) in rel? */
static int has_dotgit(walk_state *w, const char *rel)
{
	struct stat st;

	hdrcheck__buf_clear(&w->tmp);
	if (hdrcheck__buf_printf(&w->tmp, "%s/.git", rel) < 0)
		return 0;
	return fstatat(w->root_fd, w->tmp.ptr, &st, AT_SYMLINK_NOFOLLOW) == 0;
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

static int push_pending(hdrcheck_vector *stack, const char *rel, size_t len,
                        size_t lo, size_t hi, int ignored)
{
	pending *p = hdrcheck__malloc(sizeof(*p));

	if (!p || !(p->rel = hdrcheck__strndup(rel, len))) {
		free(p);
		return HDRCHECK_ENOMEM;
	}
	p->lo = lo;
	p->hi = hi;
	p->ignored = ignored;
	if (hdrcheck__vector_push(stack, p) < 0) {
		free(p->rel);
		free(p);
		return HDRCHECK_ENOMEM;
	}
	return 0;
}

/* One name of directory d: an untracked file out, a directory onto the
 * stack. */
static int visit(walk_state *w, const pending *d, hdrcheck_vector *stack,
                 hdrcheck_buf *rel, const char *name, const item *it)
{
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
	if (!it->is_dir && w->attr_files && n == 14 &&
	    memcmp(name, ".gitattributes", 14) == 0) {
		char *p = hdrcheck__aprintf("%s%s", w->prefix, rel->ptr);

		if (!p || hdrcheck__vector_push(w->attr_files, p) < 0) {
			free(p);
			return HDRCHECK_ENOMEM;
		}
	}
	/* nothing under an excluded directory is re-included */
	ignored = d->ignored || excluded(w, rel->ptr, rel->len, it->is_dir);
	if (it->is_dir) {
		/* A directory holding tracked files is entered even when
		 * excluded (its untracked files are then all ignored); the
		 * others are skipped when excluded (node_modules/, build/)
		 * or a nested repository. A submodule's gitlink is listed
		 * from the index. */
		if (it->sub_lo == it->sub_hi &&
		    (ignored || has_dotgit(w, rel->ptr)))
			return 0;
		if (stack->len >= 64 * 4096)
			return 0;
		return push_pending(stack, rel->ptr, rel->len, it->sub_lo,
		                    it->sub_hi, ignored);
	}
	if (ignored)
		return 0;
	return hdrcheck__entries_push(w->out, rel->ptr, rel->len, it->kind);
}

static int add_item(item **items, size_t *count, size_t *cap,
                    hdrcheck_buf *names, const char *name, size_t n, int is_dir,
                    hdrcheck__entry_kind kind)
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
	if ((error = hdrcheck__buf_put(names, name, n)) < 0 ||
	    (error = hdrcheck__buf_put(names, "", 1)) < 0)
		return error;
	(*count)++;
	return 0;
}

/* The names of d as the cache kept them (no open, no read): 1 when it
 * did. Only the directories and the files no index held are kept. */
static int read_cached(walk_state *w, const pending *d, struct stat *st,
                       item **items, size_t *count, size_t *cap,
                       hdrcheck_buf *names)
{
	hdrcheck__dircache_entry *list = NULL;
	size_t n = 0, i;
	int rc, error = 0;

	if (fstatat(w->root_fd, *d->rel ? d->rel : ".", st,
	            AT_SYMLINK_NOFOLLOW) < 0 ||
	    !S_ISDIR(st->st_mode))
		return 0;
	if ((rc = hdrcheck__dircache_get(w->dircache, d->rel, st, &list, &n)) <=
	    0)
		return rc;
	for (i = 0; i < n && !error; i++) {
		int is_dir = list[i].type == HDRCHECK__DIRCACHE_DIR;

		if (list[i].len >= 256)
			continue;
		error = add_item(items, count, cap, names, list[i].name,
		                 list[i].len, is_dir,
		                 is_dir ? HDRCHECK__ENTRY_FILE
		                        : (hdrcheck__entry_kind)list[i].type);
	}
	if (!error)
		error =
		    hdrcheck__dircache_put(w->dircache, d->rel, st, list, n, 0);
	free(list);
	return error < 0 ? error : 1;
}

/* The names of d from readdir, kept for the cache when it is on. */
static int read_fresh(walk_state *w, const pending *d, item **items,
                      size_t *count, size_t *cap, hdrcheck_buf *names)
{
	size_t plen = strlen(d->rel), off = plen ? plen + 1 : 0, i, nkept = 0;
	struct dirent *de;
	struct stat st;
	DIR *dir;
	hdrcheck__dircache_entry *kept = NULL;
	int fd, error = 0, keep;

	fd = openat(w->root_fd, plen ? d->rel : ".",
	            O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	/* an unreadable or vanished directory is skipped: its files are not
	 * in the work tree as far as we can see */
	if (fd < 0)
		return 0;
	keep = w->dircache && fstat(fd, &st) == 0;
	if (!(dir = fdopendir(fd))) {
		close(fd);
		return 0;
	}
	while (!error && (de = readdir(dir)) != NULL) {
		const char *name = de->d_name;
		hdrcheck__entry_kind kind;
		int is_dir;

		if ((name[0] == '.' && (name[1] == '\0' ||
		                        (name[1] == '.' && name[2] == '\0'))) ||
		    strcmp(name, ".git") == 0)
			continue;
		if (dirent_type(dirfd(dir), de, &is_dir, &kind) < 0)
			continue;
		error = add_item(items, count, cap, names, name, strlen(name),
		                 is_dir, kind);
	}
	closedir(dir);
	for (i = 0; i < *count && !error; i++) {
		item *it = &(*items)[i];

		find_name(w->ix, d->lo, d->hi, off, names->ptr + it->off,
		          it->len, &it->exact, &it->sub_lo, &it->sub_hi);
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
		if (!error)
			error = hdrcheck__dircache_put(w->dircache, d->rel, &st,
			                               kept, nkept, 1);
	}
	free(kept);
	return error;
}

/* Read one directory: untracked files out, directories onto the stack. */
static int read_dir(walk_state *w, const pending *d, hdrcheck_vector *stack,
                    hdrcheck_buf *rel)
{
	size_t plen = strlen(d->rel), off = plen ? plen + 1 : 0;
	size_t count = 0, cap = 0, i;
	item *items = NULL;
	hdrcheck_buf names = HDRCHECK_BUF_INIT;
	struct stat st;
	int rc = 0, error = 0, has_ignore = 0, exact;

	if (w->dircache &&
	    (rc = read_cached(w, d, &st, &items, &count, &cap, &names)) < 0) {
		error = rc;
		goto done;
	}
	if (rc == 1) {
		/* the cache keeps no tracked file: .gitignore may be one */
		has_ignore = holds_file(w->ix, d->lo, d->hi, off, ".gitignore");
		for (i = 0; i < count; i++) {
			item *it = &items[i];

			it->exact = 0;
			if (it->is_dir)
				find_name(w->ix, d->lo, d->hi, off,
				          names.ptr + it->off, it->len, &exact,
				          &it->sub_lo, &it->sub_hi);
		}
	} else if ((error = read_fresh(w, d, &items, &count, &cap, &names)) <
	           0) {
		goto done;
	}
	for (i = 0; i < count && !has_ignore; i++)
		has_ignore =
		    !items[i].is_dir && items[i].len == 10 &&
		    memcmp(names.ptr + items[i].off, ".gitignore", 10) == 0;
	/* the rules of this directory and its parents; an excluded
	 * directory's own are not read (git does not) */
	sync_frames(w, d->rel, plen);
	if (has_ignore && !d->ignored &&
	    (error = push_frame(w, d->rel, plen)) < 0)
		goto done;
	for (i = 0; i < count && !error; i++)
		error = visit(w, d, stack, rel, names.ptr + items[i].off,
		              &items[i]);
done:
	free(items);
	hdrcheck__buf_dispose(&names);
	return error;
}

static int walk(walk_state *w, const char *start, int ignored)
{
	hdrcheck_vector stack = HDRCHECK_VECTOR_INIT;
	hdrcheck_buf rel = HDRCHECK_BUF_INIT;
	size_t lo, hi;
	int error;

	dir_range(w->ix, start, &lo, &hi);
	error = push_pending(&stack, start, strlen(start), lo, hi, ignored);
	while (!error && stack.len) {
		pending *d = stack.items[--stack.len];

		error = read_dir(w, d, &stack, &rel);
		free(d->rel);
		free(d);
	}
	while (stack.len) {
		pending *d = stack.items[--stack.len];

		free(d->rel);
		free(d);
	}
	hdrcheck__vector_dispose(&stack);
	hdrcheck__buf_dispose(&rel);
	return error;
}

/*
 * The lists of the parents of path (a PATH argument), and whether path or
 * one of its parents is excluded: what the walk from the root would have
 * found on its way down.
 */
static int prepare(walk_state *w, const char *path, int is_dir, int *ignored)
{
	size_t len = strlen(path), e;
	int error;

	*ignored = 0;
	pop_frames(w, 0);
	if ((error = push_frame(w, "", 0)) < 0)
		return error;
	for (e = 0; e <= len; e++) {
		char *sub;
		int last = e == len;

		if (!last && path[e] != '/')
			continue;
		if (!(sub = hdrcheck__strndup(path, e)))
			return HDRCHECK_ENOMEM;
		*ignored = excluded(w, sub, e, last ? is_dir : 1);
		if (!*ignored && !last)
			error = push_frame(w, sub, e);
		free(sub);
		if (*ignored || error < 0)
			return error;
	}
	return 0;
}

/* Does a directory above path hold a ".git" (a submodule's or nested
 * repository's work tree, whose files are not ours)? */
static int inside_nested(walk_state *w, const char *path)
{
	const char *s;
	int nested = 0;

	for (s = strchr(path, '/'); s && !nested; s = strchr(s + 1, '/')) {
		char *dir = hdrcheck__strndup(path, (size_t)(s - path));

		if (!dir) {
			w->error = HDRCHECK_ENOMEM;
			return 1;
		}
		nested = has_dotgit(w, dir);
		free(dir);
	}
	return nested;
}

static int list_prefix(walk_state *w, const char *prefix,
                       hdrcheck__entries *out)
{
	struct stat st;
	int error = 0, ignored;

	w->out = out;
	pop_frames(w, 0);
	if (!*prefix)
		return walk(w, "", 0);
	if (inside_nested(w, prefix))
		return w->error;
	if (fstatat(w->root_fd, prefix, &st, AT_SYMLINK_NOFOLLOW) < 0) {
		/* gone, or a PATH inside a file: nothing untracked here */
	} else if (S_ISDIR(st.st_mode)) {
		/* a PATH naming a nested repository or a submodule's
		 * checkout is not walked: it is not ours */
		if (!has_dotgit(w, prefix) &&
		    (error = prepare(w, prefix, 1, &ignored)) == 0 && !ignored)
			error = walk(w, prefix, 0);
	} else if (!is_tracked(w->ix, prefix) &&
	           (error = prepare(w, prefix, 0, &ignored)) == 0 && !ignored) {
		error = hdrcheck__entries_push(out, prefix, strlen(prefix),
		                               kind_of(&st));
	}
	return error;
}

int hdrcheck__untracked_list(git_repository *repo, const char *root,
                             const hdrcheck__index *ix, const char *prefix,
                             const char *const *prefixes, size_t count,
                             hdrcheck__entries *out)
{
	return hdrcheck__untracked_list_ext(repo, root, ix, prefix, prefixes,
	                                    count, out, NULL, NULL);
}

int hdrcheck__untracked_list_ext(git_repository *repo, const char *root,
                                 const hdrcheck__index *ix, const char *prefix,
                                 const char *const *prefixes, size_t count,
                                 hdrcheck__entries *out,
                                 hdrcheck_vector *attr_files,
                                 hdrcheck__dircache *dircache)
{
	static const char *const everything[] = {""};
	walk_state w;
	hdrcheck__entries found = {0};
	size_t i, plen = prefix ? strlen(prefix) : 0;
	int error = 0;

	memset(&w, 0, sizeof(w));
	w.repo = repo;
	w.ix = ix;
	w.root = root;
	w.attr_files = attr_files;
	w.dircache = dircache;
	w.prefix = prefix ? prefix : "";
	if ((w.root_fd = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) < 0)
		return hdrcheck__error_set(HDRCHECK_EIO, "%s: %s", root,
		                           strerror(errno));
	if ((error = load_global_rules(&w)) < 0)
		goto done;
	if (!count) {
		prefixes = everything;
		count = 1;
	}
	for (i = 0; i < count && !error; i++) {
		error = list_prefix(&w, prefixes[i], &found);
		if (!error && w.error)
			error = w.error;
	}
	if (error < 0)
		goto done;
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
		found.items[i].path = NULL;
	}
done:
	hdrcheck__entries_dispose(&found);
	pop_frames(&w, 0);
	hdrcheck__vector_dispose(&w.frames);
	hdrcheck__ignore_list_free(w.info_exclude);
	hdrcheck__ignore_list_free(w.excludes_file);
	hdrcheck__buf_dispose(&w.tmp);
	close(w.root_fd);
	return error;
}
