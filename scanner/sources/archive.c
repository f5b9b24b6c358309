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
 * --archive FILE: a release archive as a source. One pass through the
 * archive (archive/archive.c reads it, on the calling thread) keeps what
 * the scan needs of each entry: its header window, whole-file digests
 * when asked for, and with --against REV its git blob id; then the single
 * top-level directory is stripped, duplicates are found, and the entries
 * are compared with REV's tree. Workers classify from the windows in
 * memory; nothing is written to disk.
 */

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <git2.h>
#include "common.h"
#include "archive/archive.h"
#include "digest/digest.h"
#include "scanner/sources/internal.h"

/* The configuration files read whole, at the root (or under it, before
 * the top-level directory is known). */
#define WHOLE_MAX (1u << 20)
/* What the archive's entries may hold in memory in all (windows, names,
 * link targets, bookkeeping): a bound on memory for an archive of
 * millions of small entries, far above a real release (kafka: 50 MB). */
#define KEPT_MAX ((size_t)2 << 30)

typedef struct {
	char *path; /* stripped of the prefix when safe; raw when unsafe */
	hdrcheck__archive_kind kind;
	hdrcheck__archive_unsafe unsafe;
	uint32_t mode;
	char *link;
	char *window; /* the first bytes, NULL when none */
	size_t window_len;
	char *whole; /* configuration candidates only */
	size_t whole_len;
	char *sha1, *sha256;
	unsigned char oid[HDRCHECK__OID_SIZE];
	unsigned int has_oid : 1;
	unsigned int too_large : 1;
	unsigned int copies;  /* >1: listed more than once */
	unsigned int missing; /* a LICENSE or NOTICE the archive lacks */
	size_t order;         /* position in the archive */
} item;

typedef struct hdrcheck__archive_src hdrcheck__archive_src;

typedef struct {
	const char *file;    /* the archive */
	const char *against; /* --against REV, or NULL */
	const char *dir;     /* where REV's repository is found (-C) */
	size_t window;       /* bytes of each entry kept for classifying */
	int digests;         /* SHA-1 and SHA-256 of every file (SBOMs) */
} hdrcheck__archive_src_options;

struct hdrcheck__archive_src {
	char *file;
	char *prefix; /* "name/" stripped, or NULL */
	item *items;  /* sorted by path, unique */
	size_t count, cap;
	hdrcheck_archive_diff *diff;
	char *commit;
};

static void item_dispose(item *it)
{
	free(it->path);
	free(it->link);
	free(it->window);
	free(it->whole);
	free(it->sha1);
	free(it->sha256);
}

static void archive_src_free(hdrcheck__archive_src *s)
{
	size_t i;

	if (!s)
		return;
	for (i = 0; i < s->count; i++)
		item_dispose(&s->items[i]);
	free(s->items);
	free(s->file);
	free(s->prefix);
	free(s->commit);
	hdrcheck__archive_diff_free(s->diff);
	free(s);
}

static int push_item(hdrcheck__archive_src *s, item **out)
{
	if (s->count == s->cap) {
		size_t cap = s->cap ? 2 * s->cap : 256;
		item *n = hdrcheck__realloc(s->items, cap * sizeof(*n));

		if (!n)
			return HDRCHECK_ENOMEM;
		s->items = n;
		s->cap = cap;
	}
	*out = &s->items[s->count++];
	memset(*out, 0, sizeof(**out));
	return 0;
}

/* A configuration file at the top or one level down (before the
 * top-level directory is known). */
static int config_candidate(const char *path)
{
	const char *base = hdrcheck__path_basename(path);
	const char *slash = strchr(path, '/');

	if (slash && strchr(slash + 1, '/'))
		return 0;
	return strcmp(base, ".hdrcheck.yaml") == 0 ||
	       strcmp(base, ".licenserc.yaml") == 0;
}

static char *hex_of(const unsigned char *oid)
{
	git_oid id;
	char hex[GIT_OID_HEXSZ + 1];

	memcpy(id.id, oid, HDRCHECK__OID_SIZE);
	git_oid_tostr(hex, sizeof(hex), &id);
	return hdrcheck__strdup(hex);
}

/* Read the current entry's content into it: the window, the whole file
 * when needed (a configuration, or for its blob id), the digests. */
static int read_content(hdrcheck__archive *a, item *it, size_t window,
                        int whole, int against, hdrcheck__digest *digest,
                        hdrcheck_buf *scratch)
{
	const void *data;
	size_t len;
	hdrcheck_buf win = HDRCHECK_BUF_INIT;
	char sha1[HDRCHECK__SHA1_HEX], sha256[HDRCHECK__SHA256_HEX];
	int rc, error = 0;

	hdrcheck__buf_clear(scratch);
	if (digest && (error = hdrcheck__digest_begin(digest)) < 0)
		goto done;
	while ((rc = hdrcheck__archive_read(a, &data, &len)) > 0) {
		/* only the window is needed: the next entry's read drops
		 * the rest */
		if (!whole && !against && !digest && win.len >= window)
			break;
		if (win.len < window &&
		    (error = hdrcheck__buf_put(
		         &win, data,
		         len < window - win.len ? len : window - win.len)) < 0)
			goto done;
		if ((whole || against) &&
		    (error = hdrcheck__buf_put(scratch, data, len)) < 0)
			goto done;
		if (digest &&
		    (error = hdrcheck__digest_update(digest, data, len)) < 0)
			goto done;
	}
	if (rc == HDRCHECK_ELIMIT && hdrcheck__archive_entry_limited(a)) {
		/* the rest of it is dropped by the next entry's read */
		hdrcheck__error_clear();
		it->too_large = 1;
	} else if (rc < 0) {
		error = rc;
		goto done;
	}
	it->window = win.ptr;
	it->window_len = win.len;
	win.ptr = NULL;
	if (it->too_large)
		goto done;
	if (digest) {
		if ((error = hdrcheck__digest_end(digest, sha1, sha256)) < 0)
			goto done;
		if (!(it->sha1 = hdrcheck__strdup(sha1)) ||
		    !(it->sha256 = hdrcheck__strdup(sha256))) {
			error = HDRCHECK_ENOMEM;
			goto done;
		}
	}
	if (against) {
		git_oid id;

		if (git_odb_hash(&id, scratch->ptr ? scratch->ptr : "",
		                 scratch->len, GIT_OBJECT_BLOB) < 0) {
			error = hdrcheck__error_set(HDRCHECK_ENOMEM,
			                            "cannot hash an entry");
			goto done;
		}
		memcpy(it->oid, id.id, HDRCHECK__OID_SIZE);
		it->has_oid = 1;
	}
	if (whole && scratch->len <= WHOLE_MAX) {
		if (!(it->whole = hdrcheck__malloc(scratch->len + 1))) {
			error = HDRCHECK_ENOMEM;
			goto done;
		}
		if (scratch->len)
			memcpy(it->whole, scratch->ptr, scratch->len);
		it->whole[scratch->len] = '\0';
		it->whole_len = scratch->len;
	}
done:
	hdrcheck__buf_dispose(&win);
	return error;
}

static int read_archive(hdrcheck__archive_src *s,
                        const hdrcheck__archive_src_options *o)
{
	hdrcheck__archive_options ao = HDRCHECK__ARCHIVE_OPTIONS_INIT;
	hdrcheck__archive *a = NULL;
	hdrcheck__digest *digest = NULL;
	const hdrcheck__archive_entry *e;
	hdrcheck_buf scratch = HDRCHECK_BUF_INIT;
	item *it;
	size_t kept = 0;
	int rc, error = 0;

	/* one entry's whole content, for its blob id: within the entry
	 * limit, so the buffer never refuses what the archive hands out */
	scratch.limit = (size_t)HDRCHECK__ARCHIVE_ENTRY_MAX + 1;
	if (o->digests && (error = hdrcheck__digest_new(&digest)) < 0)
		goto done;
	if ((error = hdrcheck__archive_open(&a, o->file, &ao)) < 0)
		goto done;
	while ((rc = hdrcheck__archive_next(a, &e)) > 0) {
		int whole;

		if ((error = push_item(s, &it)) < 0)
			goto done;
		it->order = s->count - 1;
		if (!(it->path = hdrcheck__strndup(e->path, e->path_len)) ||
		    (e->link && !(it->link = hdrcheck__strdup(e->link)))) {
			error = HDRCHECK_ENOMEM;
			goto done;
		}
		it->kind = e->kind;
		it->unsafe = e->unsafe;
		it->mode = e->mode;
		whole = !e->unsafe && config_candidate(it->path);
		if (e->kind == HDRCHECK__ARCHIVE_FILE &&
		    (error = read_content(
		         a, it, o->window, whole, o->against && !e->unsafe,
		         e->unsafe ? NULL : digest, &scratch)) < 0)
			goto done;
		kept += sizeof(*it) + e->path_len + it->window_len +
		        it->whole_len + (e->link ? strlen(e->link) : 0) + 128;
		if (kept > KEPT_MAX) {
			error = hdrcheck__error_set(
			    HDRCHECK_ELIMIT,
			    "%s: its entries hold more than %zu bytes of names "
			    "and headers (limit): not read further",
			    o->file, KEPT_MAX);
			goto done;
		}
	}
	if (rc < 0)
		error = rc;
done:
	hdrcheck__buf_dispose(&scratch);
	hdrcheck__digest_free(digest);
	hdrcheck__archive_free(a);
	return error;
}

/* Strip the single top-level directory from the safe paths. */
static int strip_prefix(hdrcheck__archive_src *s)
{
	const char **paths = NULL;
	unsigned char *dirs = NULL;
	size_t i, n = 0, len = 0, kept = 0;
	int error = 0;

	if (!s->count)
		return 0;
	if (!(paths = hdrcheck__calloc(s->count, sizeof(*paths))) ||
	    !(dirs = hdrcheck__calloc(s->count, 1))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	for (i = 0; i < s->count; i++) {
		if (s->items[i].unsafe)
			continue;
		paths[n] = s->items[i].path;
		dirs[n++] = s->items[i].kind == HDRCHECK__ARCHIVE_DIR;
	}
	if (!hdrcheck__archive_prefix(&len, paths, dirs, n))
		goto done;
	if (!(s->prefix = hdrcheck__strndup(paths[0], len))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	for (i = 0; i < s->count; i++) {
		item *it = &s->items[i];

		if (!it->unsafe) {
			size_t l = strlen(it->path);

			if (l < len) {
				/* the top-level directory's own entry */
				item_dispose(it);
				continue;
			}
			memmove(it->path, it->path + len, l - len + 1);
		}
		s->items[kept++] = *it;
	}
	s->count = kept;
done:
	free(paths);
	free(dirs);
	return error;
}

static int compare_items(const void *a, const void *b)
{
	const item *x = a, *y = b;
	int c = strcmp(x->path, y->path);

	if (c)
		return c;
	return x->order < y->order ? -1 : x->order > y->order;
}

/* Sort by path; keep one item per path, the last copy (what an
 * extraction leaves), counting the copies. Directories go. */
static void sort_unique(hdrcheck__archive_src *s)
{
	size_t i, kept = 0;

	qsort(s->items, s->count, sizeof(*s->items), compare_items);
	for (i = 0; i < s->count; i++) {
		item *it = &s->items[i];

		/* directories go, the root's own ("./") with them */
		if (it->kind == HDRCHECK__ARCHIVE_DIR &&
		    (it->unsafe == HDRCHECK__ARCHIVE_SAFE ||
		     it->unsafe == HDRCHECK__ARCHIVE_EMPTY)) {
			item_dispose(it);
			continue;
		}
		it->copies = 1;
		if (kept && strcmp(s->items[kept - 1].path, it->path) == 0) {
			it->copies = s->items[kept - 1].copies + 1;
			item_dispose(&s->items[kept - 1]);
			s->items[kept - 1] = *it;
			continue;
		}
		s->items[kept++] = *it;
	}
	s->count = kept;
}

static const item *find(const hdrcheck__archive_src *s, const char *path)
{
	size_t lo = 0, hi = s->count;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(s->items[mid].path, path);

		if (!c)
			return &s->items[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* ASF release policy: LICENSE and NOTICE at the root. A missing one is
 * an item of its own whose verdict says so; a name that is there but not
 * a regular file gets that verdict instead of its own. */
static int required_files(hdrcheck__archive_src *s)
{
	static const char *const names[] = {"LICENSE", "NOTICE"};
	static const char *const suffixes[] = {"", ".txt", ".md"};
	const char *absent[HDRCHECK__ARRAY_SIZE(names)];
	size_t i, k, n = 0;
	int found, error;
	item *it;

	for (i = 0; i < HDRCHECK__ARRAY_SIZE(names); i++) {
		found = 0;
		for (k = 0; k < HDRCHECK__ARRAY_SIZE(suffixes) && !found; k++) {
			char name[32];
			const item *f;

			snprintf(name, sizeof(name), "%s%s", names[i],
			         suffixes[k]);
			f = find(s, name);
			found = f && f->kind == HDRCHECK__ARCHIVE_FILE &&
			        !f->unsafe && f->copies == 1;
		}
		if (found)
			continue;
		if ((it = (item *)find(s, names[i])) != NULL)
			it->missing = 2;
		else
			absent[n++] = names[i];
	}
	/* pushed after the look-ups: find() needs the order */
	for (i = 0; i < n; i++) {
		if ((error = push_item(s, &it)) < 0)
			return error;
		if (!(it->path = hdrcheck__strdup(absent[i])))
			return HDRCHECK_ENOMEM;
		it->missing = 1;
		it->copies = 1;
		it->order = (size_t)-1;
	}
	if (n)
		qsort(s->items, s->count, sizeof(*s->items), compare_items);
	return 0;
}

/* --- --against REV --- */

typedef struct {
	char *path;
	git_oid id;
	git_filemode_t mode;
} rev_file;

typedef struct {
	rev_file *items;
	size_t count, cap;
	int error;
} rev_files;

static int collect(const char *root, const git_tree_entry *entry, void *payload)
{
	rev_files *r = payload;
	git_filemode_t mode = git_tree_entry_filemode(entry);
	rev_file *f;

	if (mode != GIT_FILEMODE_BLOB && mode != GIT_FILEMODE_BLOB_EXECUTABLE &&
	    mode != GIT_FILEMODE_LINK)
		return 0; /* trees are walked; gitlinks have no content */
	if (r->count == r->cap) {
		size_t cap = r->cap ? 2 * r->cap : 1024;
		rev_file *n = hdrcheck__realloc(r->items, cap * sizeof(*n));

		if (!n) {
			r->error = HDRCHECK_ENOMEM;
			return -1;
		}
		r->items = n;
		r->cap = cap;
	}
	f = &r->items[r->count];
	if (!(f->path = hdrcheck__aprintf("%s%s", root,
	                                  git_tree_entry_name(entry)))) {
		r->error = HDRCHECK_ENOMEM;
		return -1;
	}
	git_oid_cpy(&f->id, git_tree_entry_id(entry));
	f->mode = mode;
	r->count++;
	return 0;
}

static int compare_rev(const void *a, const void *b)
{
	return strcmp(((const rev_file *)a)->path, ((const rev_file *)b)->path);
}

static const char *git_mode_of(const item *it)
{
	switch (it->kind) {
	case HDRCHECK__ARCHIVE_FILE:
		return (it->mode & 0100) ? "100755" : "100644";
	case HDRCHECK__ARCHIVE_SYMLINK:
		return "120000";
	case HDRCHECK__ARCHIVE_HARDLINK:
		return "hardlink";
	default:
		return "other";
	}
}

static const char *rev_mode_name(git_filemode_t mode)
{
	return mode == GIT_FILEMODE_LINK              ? "120000"
	       : mode == GIT_FILEMODE_BLOB_EXECUTABLE ? "100755"
	                                              : "100644";
}

static int push_str(const char ***v, size_t *n, const char *s)
{
	const char **grown =
	    hdrcheck__realloc((void *)*v, (*n + 1) * sizeof(**v));

	if (!grown)
		return HDRCHECK_ENOMEM;
	*v = grown;
	if (!(grown[*n] = hdrcheck__strdup(s)))
		return HDRCHECK_ENOMEM;
	(*n)++;
	return 0;
}

/* What differs between the archive's item and the revision's file. */
static unsigned int changes_of(const item *it, const rev_file *f)
{
	unsigned int c = 0;

	if (it->copies > 1)
		return HDRCHECK_ARCHIVE_DUPLICATE;
	if (it->too_large)
		return HDRCHECK_ARCHIVE_UNVERIFIED;
	if (it->kind == HDRCHECK__ARCHIVE_SYMLINK) {
		git_oid id;

		if (f->mode != GIT_FILEMODE_LINK)
			return HDRCHECK_ARCHIVE_TYPE;
		if (git_odb_hash(&id, it->link, strlen(it->link),
		                 GIT_OBJECT_BLOB) < 0 ||
		    !git_oid_equal(&id, &f->id))
			c |= HDRCHECK_ARCHIVE_SYMLINK;
		return c;
	}
	if (it->kind != HDRCHECK__ARCHIVE_FILE || f->mode == GIT_FILEMODE_LINK)
		return HDRCHECK_ARCHIVE_TYPE;
	if (!it->has_oid || memcmp(it->oid, f->id.id, HDRCHECK__OID_SIZE) != 0)
		c |= HDRCHECK_ARCHIVE_CONTENT;
	if (((it->mode & 0100) != 0) !=
	    (f->mode == GIT_FILEMODE_BLOB_EXECUTABLE))
		c |= HDRCHECK_ARCHIVE_MODE;
	return c;
}

static int compare_with(hdrcheck__archive_src *s, const rev_files *r,
                        hdrcheck_archive_diff *d)
{
	size_t i = 0, k = 0;
	int error = 0;

	while (i < s->count || k < r->count) {
		const item *it = i < s->count ? &s->items[i] : NULL;
		const rev_file *f = k < r->count ? &r->items[k] : NULL;
		int c;

		if (it && it->missing == 1) {
			i++;
			continue;
		}
		c = !it ? 1 : !f ? -1 : strcmp(it->path, f->path);
		if (c < 0) {
			error = push_str(&d->only_in_archive,
			                 &d->only_in_archive_count, it->path);
			i++;
		} else if (c > 0) {
			error = push_str(&d->only_in_rev, &d->only_in_rev_count,
			                 f->path);
			k++;
		} else {
			unsigned int ch = changes_of(it, f);

			if (ch) {
				hdrcheck_archive_change *m = hdrcheck__realloc(
				    d->modified,
				    (d->modified_count + 1) * sizeof(*m));

				if (!m)
					return HDRCHECK_ENOMEM;
				d->modified = m;
				m = &m[d->modified_count];
				m->changes = ch;
				m->archive_mode = git_mode_of(it);
				m->rev_mode = rev_mode_name(f->mode);
				if (!(m->path = hdrcheck__strdup(it->path)))
					return HDRCHECK_ENOMEM;
				d->modified_count++;
			}
			i++;
			k++;
		}
		if (error < 0)
			return error;
	}
	return 0;
}

static int against(hdrcheck__archive_src *s, const char *rev, const char *dir)
{
	git_repository *repo = NULL;
	git_commit *commit = NULL;
	git_tree *tree = NULL;
	hdrcheck_archive_diff *d = NULL;
	rev_files r = {NULL, 0, 0, 0};
	size_t i;
	int rc, error = 0;

	if ((rc = git_repository_open_ext(&repo, dir ? dir : ".", 0, NULL)) <
	    0) {
		error = rc == GIT_ENOTFOUND
		            ? hdrcheck__error_set(HDRCHECK_EREPO,
		                                  "%s: not in a git repository "
		                                  "(--against needs one)",
		                                  dir ? dir : ".")
		            : hdrcheck__git_fail(HDRCHECK_EREPO, rc,
		                                 dir ? dir : ".");
		goto done;
	}
	if ((error =
	         hdrcheck__resolve_commit(&commit, repo, rev, "--against")) < 0)
		goto done;
	if ((rc = git_commit_tree(&tree, commit)) < 0 ||
	    (rc = git_tree_walk(tree, GIT_TREEWALK_PRE, collect, &r)) < 0) {
		error = r.error ? r.error
		                : hdrcheck__git_fail(HDRCHECK_EREPO, rc, rev);
		goto done;
	}
	qsort(r.items, r.count, sizeof(*r.items), compare_rev);
	if (!(d = hdrcheck__calloc(1, sizeof(*d))) ||
	    !(d->against = hdrcheck__strdup(rev)) ||
	    !(d->commit = hex_of(git_commit_id(commit)->id)) ||
	    !(s->commit = hdrcheck__strdup(d->commit))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	if ((error = compare_with(s, &r, d)) < 0)
		goto done;
	s->diff = d;
	d = NULL;
done:
	for (i = 0; i < r.count; i++)
		free(r.items[i].path);
	free(r.items);
	hdrcheck__archive_diff_free(d);
	git_tree_free(tree);
	git_commit_free(commit);
	git_repository_free(repo);
	return error;
}

static int archive_src_open(hdrcheck__archive_src **out,
                            const hdrcheck__archive_src_options *o)
{
	hdrcheck__archive_src *s = NULL;
	int error = 0;

	if (!(s = hdrcheck__calloc(1, sizeof(*s)))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	if (!(s->file = realpath(o->file, NULL))) {
		error = errno == ENOMEM
		            ? HDRCHECK_ENOMEM
		            : hdrcheck__error_set(HDRCHECK_EIO, "%s: %s",
		                                  o->file, strerror(errno));
		goto done;
	}
	if ((error = read_archive(s, o)) < 0 || (error = strip_prefix(s)) < 0)
		goto done;
	sort_unique(s);
	if ((error = required_files(s)) < 0 ||
	    (o->against && (error = against(s, o->against, o->dir)) < 0))
		goto done;
	*out = s;
	s = NULL;
done:
	archive_src_free(s);
	return error;
}

/* The entry kind the scanner sees. */
static hdrcheck__entry_kind kind_of(const item *it)
{
	if (it->missing || it->unsafe || it->copies > 1 ||
	    it->kind == HDRCHECK__ARCHIVE_HARDLINK || it->too_large)
		return HDRCHECK__ENTRY_VERDICT;
	switch (it->kind) {
	case HDRCHECK__ARCHIVE_FILE:
		return HDRCHECK__ENTRY_FILE;
	case HDRCHECK__ARCHIVE_SYMLINK:
		return HDRCHECK__ENTRY_SYMLINK;
	default:
		return HDRCHECK__ENTRY_SPECIAL;
	}
}

static int archive_src_list(hdrcheck__archive_src *s,
                            const char *const *prefixes, size_t count,
                            hdrcheck__entries *out)
{
	size_t i;
	int error;

	if ((error = hdrcheck__entries_reserve(out, s->count)) < 0)
		return error;
	for (i = 0; i < s->count; i++) {
		const item *it = &s->items[i];

		if (count && !hdrcheck__under_any(it->path, prefixes, count))
			continue;
		if ((error = hdrcheck__entries_push(
		         out, it->path, strlen(it->path), kind_of(it))) < 0)
			return error;
	}
	return 0;
}

static const char *archive_window(const hdrcheck__archive_src *s,
                                  const char *path, size_t *len)
{
	const item *it = find(s, path);

	*len = 0;
	if (!it || it->kind != HDRCHECK__ARCHIVE_FILE)
		return NULL;
	*len = it->window_len;
	return it->window ? it->window : "";
}

static int archive_digests(const hdrcheck__archive_src *s, const char *path,
                           const char **sha1, const char **sha256)
{
	const item *it = find(s, path);

	*sha1 = it ? it->sha1 : NULL;
	*sha256 = it ? it->sha256 : NULL;
	return *sha1 ? 0 : HDRCHECK_ENOTFOUND;
}

static int archive_src_read(hdrcheck__archive_src *s, const char *path,
                            size_t max, char **out, size_t *len)
{
	const item *it = find(s, path);
	char *copy;

	if (!it || it->kind != HDRCHECK__ARCHIVE_FILE || it->unsafe ||
	    it->copies > 1 || !it->whole)
		return HDRCHECK_ENOTFOUND;
	if (it->whole_len > max)
		return hdrcheck__error_set(
		    HDRCHECK_ELIMIT, "%s: larger than %zu bytes", path, max);
	if (!(copy = hdrcheck__malloc(it->whole_len + 1)))
		return HDRCHECK_ENOMEM;
	memcpy(copy, it->whole, it->whole_len + 1);
	*out = copy;
	*len = it->whole_len;
	return 0;
}

static int archive_src_verdict(const hdrcheck__archive_src *s, const char *path,
                               hdrcheck_status *status, char **reason)
{
	const item *it = find(s, path);
	char *r = NULL;

	if (!it)
		return HDRCHECK_ENOTFOUND;
	*status = HDRCHECK_STATUS_ERROR;
	if (it->missing == 1) {
		*status = HDRCHECK_STATUS_MISSING;
		r = hdrcheck__aprintf("no %s file at the archive's root",
		                      it->path);
	} else if (it->missing) {
		*status = HDRCHECK_STATUS_MISSING;
		r = hdrcheck__aprintf("%s at the archive's root is not a "
		                      "regular file listed once",
		                      it->path);
	} else if (it->unsafe == HDRCHECK__ARCHIVE_ABSOLUTE) {
		r = hdrcheck__strdup("unsafe name in the archive: an absolute "
		                     "path (not audited)");
	} else if (it->unsafe == HDRCHECK__ARCHIVE_DOTDOT) {
		r = hdrcheck__strdup("unsafe name in the archive: a \"..\" "
		                     "component (not audited)");
	} else if (it->unsafe) {
		r = hdrcheck__strdup("unsafe name in the archive: empty "
		                     "(not audited)");
	} else if (it->copies > 1) {
		r = hdrcheck__aprintf("listed %u times in the archive (not "
		                      "audited: which copy counts depends on "
		                      "the tool that extracts it)",
		                      it->copies);
	} else if (it->kind == HDRCHECK__ARCHIVE_HARDLINK) {
		r = hdrcheck__aprintf("a hard link in the archive (to %s; not "
		                      "audited)",
		                      it->link ? it->link : "?");
	} else {
		r = hdrcheck__aprintf(
		    "larger than %llu bytes (the limit "
		    "for one entry): not read whole",
		    (unsigned long long)HDRCHECK__ARCHIVE_ENTRY_MAX);
	}
	if (!r)
		return HDRCHECK_ENOMEM;
	*reason = r;
	return 0;
}

/* --- the source --- */

static int archive_open(hdrcheck__source *src, hdrcheck__source_options *o)
{
	hdrcheck__archive_src_options ao = {0};
	int error;

	/* src->root holds the directory of -C until the archive is read:
	 * --against's repository is found from there */
	ao.file = o->archive;
	ao.against = o->against;
	ao.dir = src->root;
	ao.window = o->archive_window;
	ao.digests = o->archive_digests;
	if ((error = archive_src_open(&src->archive, &ao)) < 0)
		return error;
	free(src->root);
	src->root = NULL;
	if (!(src->root = hdrcheck__strdup(src->archive->file)) ||
	    (src->archive->commit &&
	     !(src->commit = hdrcheck__strdup(src->archive->commit))))
		return HDRCHECK_ENOMEM;
	return 0;
}

static int archive_list(hdrcheck__source *src, const char *const *prefixes,
                        size_t count, hdrcheck__entries *out)
{
	return archive_src_list(src->archive, prefixes, count, out);
}

static int archive_read_file(hdrcheck__source *src, const char *path,
                             size_t max, char **out, size_t *len)
{
	return archive_src_read(src->archive, path, max, out, len);
}

void hdrcheck__archive_source_free(hdrcheck__source *src)
{
	archive_src_free(src->archive);
	src->archive = NULL;
}

int hdrcheck__archive_source_verdict(const hdrcheck__source *src,
                                     const char *path, hdrcheck_status *status,
                                     char **reason)
{
	if (!src->archive)
		return hdrcheck__error_set(
		    HDRCHECK_ERROR, "%s: no verdict of the source", path);
	return archive_src_verdict(src->archive, path, status, reason);
}

hdrcheck_archive_diff *hdrcheck__archive_source_take_diff(hdrcheck__source *src)
{
	hdrcheck_archive_diff *d;

	if (!src->archive)
		return NULL;
	d = src->archive->diff;
	src->archive->diff = NULL;
	return d;
}

/* A worker reads the windows kept in memory: read-only, shared. */
static int reader_new(void **state, hdrcheck__source *src, int root_fd)
{
	(void)root_fd;
	*state = src->archive;
	return 0;
}

static void reader_free(void *state)
{
	(void)state;
}

static int reader_no(void *state, const hdrcheck__entry *e)
{
	(void)state;
	(void)e;
	return 0;
}

static hdrcheck__read_result reader_read(void *state, const hdrcheck__entry *e,
                                         char *buf, size_t cap, size_t *len,
                                         int *err, int *clean)
{
	size_t n;
	const char *w = archive_window(state, e->path, &n);

	*len = 0;
	*err = 0;
	if (clean)
		*clean = 0;
	if (!w) {
		*err = ENOENT;
		return HDRCHECK__READ_FAILED;
	}
	if (n > cap)
		n = cap;
	memcpy(buf, w, n);
	*len = n;
	return HDRCHECK__READ_OK;
}

static int reader_digest(void *state, const hdrcheck__entry *e,
                         struct hdrcheck__digest *d, char *buf, size_t cap,
                         char *sha1, char *sha256,
                         hdrcheck__read_result *result, int *err)
{
	const char *s1, *s256;

	(void)d;
	(void)buf;
	(void)cap;
	*err = 0;
	*result = HDRCHECK__READ_OK;
	/* computed as the archive was read */
	if (archive_digests(state, e->path, &s1, &s256) < 0) {
		*err = HDRCHECK__READ_ERR_TOO_LARGE;
		*result = HDRCHECK__READ_FAILED;
		return 0;
	}
	memcpy(sha1, s1, HDRCHECK__SHA1_HEX);
	memcpy(sha256, s256, HDRCHECK__SHA256_HEX);
	return 0;
}

static const hdrcheck__reader_ops archive_reader = {
    .new = reader_new,
    .free = reader_free,
    .clean = reader_no,
    .gone = reader_no,
    .read = reader_read,
    .digest = reader_digest,
};

const hdrcheck__source_ops hdrcheck__source_archive = {
    .name = "archive",
    .kind = HDRCHECK_SOURCE_ARCHIVE,
    .flags = 0,
    .cache_kind = 'b',
    .open = archive_open,
    .list = archive_list,
    .read_file = archive_read_file,
    .reader = &archive_reader,
};
