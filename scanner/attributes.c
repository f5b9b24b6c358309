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
 * .gitattributes through libgit2's attribute API: linguist-generated,
 * linguist-vendored, hdrcheck=skip and hdrcheck-policy=NAME. Each worker
 * thread asks through its own git_repository.
 *
 * A lookup costs as much as reading the file (libgit2 resolves the path
 * and checks every .gitattributes up the tree), so a filter decides first
 * whether one is needed: the attribute files of the directories in scope,
 * info/attributes, the global and the system file are read once, and only
 * their lines that name one of our attributes are kept, as (directory,
 * pattern). A file no such line can match is not looked up. The filter
 * errs one way only: a macro naming our attributes, a pattern it cannot
 * judge or core.ignorecase send every file to libgit2, which decides.
 */

#include <git2/sys/repository.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "scanner/attributes.h"
#include "scanner/sources/internal.h"

#define ATTR_POLICY_MAX 256
#define ATTR_FILE_MAX   (16u << 20)

static const char *const attr_names[] = {
    "linguist-generated", "linguist-vendored", "hdrcheck", "hdrcheck-policy"};

/* --- the filter --- */

typedef struct {
	char *dir;     /* scope: "" or "a/b" */
	char *pattern; /* NULL: anything under dir */
} attr_rule;

/* A directory with an attribute file: the file's digest, and the digest
 * of the chain of attribute files from the root down to it, which says
 * how blobs under it become work-tree files. */
typedef struct {
	char *dir;
	uint64_t content;
	uint64_t chain;
} attr_dir;

struct hdrcheck__attr_filter {
	int all; /* look up every file */
	attr_rule *rules;
	size_t count, cap;
	attr_dir *dirs; /* sorted by dir */
	size_t dirs_count, dirs_cap;
	char **probed; /* directories looked at, sorted */
	size_t probed_count, probed_cap;
	uint64_t root_seed; /* info/attributes, global, system, config */
};

static int is_ours(const char *tok, size_t n)
{
	size_t i;

	if (n && (tok[0] == '-' || tok[0] == '!')) {
		tok++;
		n--;
	}
	for (i = 0; i < n; i++)
		if (tok[i] == '=') {
			n = i;
			break;
		}
	for (i = 0; i < HDRCHECK__ARRAY_SIZE(attr_names); i++)
		if (strlen(attr_names[i]) == n &&
		    memcmp(attr_names[i], tok, n) == 0)
			return 1;
	return 0;
}

static int add_rule(hdrcheck__attr_filter *f, const char *dir,
                    const char *pattern, size_t plen)
{
	attr_rule *r;

	if (f->count == f->cap) {
		size_t cap = f->cap ? f->cap * 2 : 16;
		attr_rule *p = hdrcheck__realloc(f->rules, cap * sizeof(*p));

		if (!p)
			return HDRCHECK_ENOMEM;
		f->rules = p;
		f->cap = cap;
	}
	r = &f->rules[f->count];
	r->dir = hdrcheck__strdup(dir);
	r->pattern = pattern ? hdrcheck__strndup(pattern, plen) : NULL;
	if (!r->dir || (pattern && !r->pattern)) {
		free(r->dir);
		free(r->pattern);
		return HDRCHECK_ENOMEM;
	}
	f->count++;
	return 0;
}

/* libgit2's separators (isspace: \v and \f too), and NUL: it reads names
 * and patterns as C strings, so "linguist-generated\0x" is
 * linguist-generated to it (both found by the attributes fuzz target). */
static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f' ||
	       c == '\0';
}

/*
 * Patterns libgit2 reads otherwise than our glob matcher does (both found
 * by the attributes fuzz target): nothing but slashes (the empty pattern,
 * which matches every path), and a run of three or more '*' (wildmatch
 * takes it for "**", which may match no directory at all).
 */
static int unlike_glob(const char *p, size_t n)
{
	size_t i, stars = 0, slashes = 0;

	for (i = 0; i < n; i++) {
		slashes += p[i] == '/';
		stars = p[i] == '*' ? stars + 1 : 0;
		if (stars >= 3)
			return 1;
	}
	return slashes == n;
}

/* Keep the lines of one attribute file that name our attributes. */
static int parse_attr_file(hdrcheck__attr_filter *f, const char *dir,
                           const char *buf, size_t len)
{
	const char *p = buf, *end = buf + len;
	int error = 0;

	while (p < end && !error) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *line_end = nl ? nl : end, *q = p, *pat, *tok;
		size_t plen;
		int macro, mentions = 0, odd;

		p = nl ? nl + 1 : end;
		while (q < line_end && is_space(*q))
			q++;
		if (q == line_end || *q == '#')
			continue;
		macro =
		    (size_t)(line_end - q) > 6 && memcmp(q, "[attr]", 6) == 0;
		pat = q;
		if (*q == '"') { /* a quoted pattern: find its end */
			q++;
			while (q < line_end && *q != '"')
				q += (*q == '\\' && q + 1 < line_end) ? 2 : 1;
			if (q < line_end)
				q++;
		} else {
			while (q < line_end && !is_space(*q))
				q++;
		}
		plen = (size_t)(q - pat);
		for (tok = q; tok < line_end;) {
			const char *t;

			while (tok < line_end && is_space(*tok))
				tok++;
			for (t = tok; t < line_end && !is_space(*t); t++)
				;
			if (t > tok && is_ours(tok, (size_t)(t - tok)))
				mentions = 1;
			tok = t;
		}
		if (!mentions)
			continue;
		if (macro) {
			f->all = 1; /* any line may use the macro */
			continue;
		}
		/* patterns we cannot judge exactly match everything here */
		odd = pat[0] == '"' || pat[0] == '!' ||
		      memchr(pat, '\\', plen) || memchr(pat, '[', plen) ||
		      unlike_glob(pat, plen);
		error = add_rule(f, dir, odd ? NULL : pat, plen);
	}
	return error;
}

/* Binary search of a sorted array of structs whose first member is a
 * char * (the directory), for dir[0..n). */
static size_t find_sorted(const void *base, size_t count, size_t size,
                          const char *dir, size_t n, int *found)
{
	size_t lo = 0, hi = count;

	*found = 0;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const char *d =
		    *(char *const *)((const char *)base + mid * size);
		int c = strncmp(d, dir, n);

		if (c == 0)
			c = d[n] ? 1 : 0;
		if (c == 0) {
			*found = 1;
			return mid;
		}
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The nearest directory at or above dir[0..n) that has an attribute
 * file, or NULL. */
static const attr_dir *nearest(const hdrcheck__attr_filter *f, const char *dir,
                               size_t n)
{
	for (;;) {
		int found;
		size_t at = find_sorted(f->dirs, f->dirs_count,
		                        sizeof(*f->dirs), dir, n, &found);

		if (found)
			return &f->dirs[at];
		if (!n)
			return NULL;
		while (n && dir[n - 1] != '/')
			n--;
		if (n)
			n--; /* the '/' */
	}
}

/* The chains, recomputed in order: a parent sorts before its children. */
static void rechain(hdrcheck__attr_filter *f)
{
	size_t i;

	for (i = 0; i < f->dirs_count; i++) {
		attr_dir *d = &f->dirs[i];
		const char *slash = strrchr(d->dir, '/');
		const attr_dir *up = NULL;
		uint64_t seed;

		if (*d->dir)
			up = nearest(f, d->dir,
			             slash ? (size_t)(slash - d->dir) : 0);
		seed = up ? up->chain : f->root_seed;
		d->chain =
		    hdrcheck__hash64(seed ^ d->content, d->dir, strlen(d->dir));
	}
}

/* An attribute file of the scanned tree: work tree (else the index, as
 * libgit2 falls back), commit, or index. */
static int read_tree_file(hdrcheck__source *src, const char *path, char **out,
                          size_t *len)
{
	int error = hdrcheck__source_read(src, path, ATTR_FILE_MAX, out, len);

	if (error == HDRCHECK_ENOTFOUND &&
	    (src->ops->flags & HDRCHECK__SOURCE_WORKTREE) && src->ix)
		error = hdrcheck__index_read_path(src, path, ATTR_FILE_MAX, out,
		                                  len);
	if (error < 0 && error != HDRCHECK_ENOMEM) {
		/* unreadable: libgit2 will say the same, no attributes */
		hdrcheck__error_clear();
		error = HDRCHECK_ENOTFOUND;
	}
	return error;
}

static int read_plain_file(const char *path, char **out, size_t *len)
{
	hdrcheck_buf b = HDRCHECK_BUF_INIT;
	FILE *fp = fopen(path, "rb");
	char chunk[8192];
	size_t n;
	int error = 0;

	if (!fp)
		return HDRCHECK_ENOTFOUND;
	b.limit = ATTR_FILE_MAX;
	while ((n = fread(chunk, 1, sizeof(chunk), fp)) > 0)
		if ((error = hdrcheck__buf_put(&b, chunk, n)) < 0)
			break;
	fclose(fp);
	if (error < 0) {
		hdrcheck__buf_dispose(&b);
		return error == HDRCHECK_ENOMEM ? error : HDRCHECK_ENOTFOUND;
	}
	*out = b.ptr ? b.ptr : hdrcheck__strdup("");
	*len = b.len;
	return *out ? 0 : HDRCHECK_ENOMEM;
}

static int grow(void **items, size_t *cap, size_t count, size_t size)
{
	void *p;
	size_t c;

	if (count < *cap)
		return 0;
	c = *cap ? *cap * 2 : 64;
	if (!(p = hdrcheck__realloc(*items, c * size)))
		return HDRCHECK_ENOMEM;
	*items = p;
	*cap = c;
	return 0;
}

/* The attribute file of dir, whose bytes are buf[0..len): its rules, and
 * a place among the directories that have one (at: where it sorts). */
static int add_content(hdrcheck__attr_filter *f, const char *dir, size_t at,
                       const char *buf, size_t len)
{
	char *copy = NULL;
	int error;

	if ((error = parse_attr_file(f, dir, buf, len)) < 0)
		return error;
	if ((error = grow((void **)&f->dirs, &f->dirs_cap, f->dirs_count,
	                  sizeof(*f->dirs))) < 0 ||
	    !(copy = hdrcheck__strdup(dir)))
		return error ? error : HDRCHECK_ENOMEM;
	memmove(&f->dirs[at + 1], &f->dirs[at],
	        (f->dirs_count - at) * sizeof(*f->dirs));
	f->dirs[at].dir = copy;
	f->dirs[at].content = hdrcheck__hash64(0x61747472, buf, len);
	f->dirs[at].chain = 0;
	f->dirs_count++;
	return 0;
}

/* Read dir's attribute file, if any, into the filter. *added: 1 when
 * there was a file. */
static int add_dir(hdrcheck__attr_filter *f, hdrcheck__source *src,
                   const char *dir, int *added)
{
	char *path = NULL, *buf = NULL;
	size_t len = 0, at;
	int found, error;

	*added = 0;
	at = find_sorted(f->dirs, f->dirs_count, sizeof(*f->dirs), dir,
	                 strlen(dir), &found);
	if (found)
		return 0;
	if (!(path = *dir ? hdrcheck__aprintf("%s/.gitattributes", dir)
	                  : hdrcheck__strdup(".gitattributes")))
		return HDRCHECK_ENOMEM;
	error = read_tree_file(src, path, &buf, &len);
	if (error == HDRCHECK_ENOTFOUND) {
		error = 0;
		goto done;
	}
	if (error < 0 || (error = add_content(f, dir, at, buf, len)) < 0)
		goto done;
	*added = 1;
done:
	free(buf);
	free(path);
	return error;
}

int hdrcheck__attr_filter_parse(hdrcheck__attr_filter **out, const char *dir,
                                const char *buf, size_t len)
{
	hdrcheck__attr_filter *f = hdrcheck__calloc(1, sizeof(*f));
	int error;

	if (!f)
		return HDRCHECK_ENOMEM;
	if ((error = add_content(f, dir, 0, buf, len)) < 0) {
		hdrcheck__attr_filter_free(f);
		return error;
	}
	rechain(f);
	*out = f;
	return 0;
}

/* Probe dir[0..n) once. */
static int probe(hdrcheck__attr_filter *f, hdrcheck__source *src,
                 const char *dir, size_t n, hdrcheck_buf *tmp)
{
	size_t at;
	int found, added, error;
	char *copy;

	at = find_sorted(f->probed, f->probed_count, sizeof(*f->probed), dir, n,
	                 &found);
	if (found)
		return 0;
	if ((error = grow((void **)&f->probed, &f->probed_cap, f->probed_count,
	                  sizeof(*f->probed))) < 0 ||
	    !(copy = hdrcheck__strndup(dir, n)))
		return error ? error : HDRCHECK_ENOMEM;
	memmove(&f->probed[at + 1], &f->probed[at],
	        (f->probed_count - at) * sizeof(*f->probed));
	f->probed[at] = copy;
	f->probed_count++;
	hdrcheck__buf_clear(tmp);
	if ((error = hdrcheck__buf_put(tmp, dir, n)) < 0)
		return error;
	return add_dir(f, src, hdrcheck__buf_cstr(tmp), &added);
}

/* Every ancestor directory of every entry. Entries come sorted, so most
 * share the previous one's directory, and the ancestors they share with
 * it are known already. */
static int probe_entries(hdrcheck__attr_filter *f, hdrcheck__source *src,
                         const hdrcheck__entries *entries)
{
	hdrcheck_buf tmp = HDRCHECK_BUF_INIT, prev = HDRCHECK_BUF_INIT;
	size_t i;
	int error;

	if ((error = probe(f, src, "", 0, &tmp)) < 0)
		goto done;
	for (i = 0; i < entries->count && !error; i++) {
		const char *p = entries->items[i].path, *s;
		const char *last = strrchr(p, '/');
		size_t n = last ? (size_t)(last - p) : 0, known = 0;

		if (!last)
			continue;
		if (prev.ptr && prev.len == n && memcmp(prev.ptr, p, n) == 0)
			continue;
		/* the ancestors shared with the previous directory */
		while (prev.ptr && known < n && known < prev.len &&
		       p[known] == prev.ptr[known])
			known++;
		/* prev itself is an ancestor, or back up to the last '/'
		 * strictly inside the common prefix: before it both paths
		 * agree, so each '/' there ends a shared ancestor */
		if (!(prev.ptr && known == prev.len && p[known] == '/')) {
			if (known)
				known--;
			while (known && p[known] != '/')
				known--;
		}
		for (s = strchr(p + known + (known ? 1 : 0), '/');
		     s && s <= last && !error; s = strchr(s + 1, '/'))
			error = probe(f, src, p, (size_t)(s - p), &tmp);
		hdrcheck__buf_clear(&prev);
		if (!error)
			error = hdrcheck__buf_put(&prev, p, n);
	}
done:
	hdrcheck__buf_dispose(&tmp);
	hdrcheck__buf_dispose(&prev);
	return error;
}

/* A work-tree scan: the attribute files the index tracks (read from the
 * work tree, else the index, as libgit2 does), and the root's. The walk
 * for untracked files reports the others (hdrcheck__attr_filter_add_files)
 * before any untracked file is classified. */
static int index_files(hdrcheck__attr_filter *f, hdrcheck__source *src)
{
	hdrcheck_buf dir = HDRCHECK_BUF_INIT;
	size_t i, k;
	int added, error = add_dir(f, src, "", &added);

	/* the top's index, then each submodule's under its path */
	for (k = 0; k <= src->subs.len && !error; k++) {
		const hdrcheck__index *ix = src->ix;
		const char *prefix = "";

		if (k) {
			const hdrcheck__sub *sub = src->subs.items[k - 1];

			ix = sub->ix;
			prefix = sub->prefix;
			hdrcheck__buf_clear(&dir);
			if ((error = hdrcheck__buf_put(
			         &dir, prefix, strlen(prefix) - 1)) < 0 ||
			    (error = add_dir(f, src, hdrcheck__buf_cstr(&dir),
			                     &added)) < 0)
				break;
		}
		for (i = 0; ix && i < ix->count && !error; i++) {
			const char *p = ix->entries[i].path;
			const char *base = hdrcheck__path_basename(p);

			if (strcmp(base, ".gitattributes") != 0 || base == p)
				continue;
			hdrcheck__buf_clear(&dir);
			if ((error = hdrcheck__buf_puts(&dir, prefix)) < 0 ||
			    (error = hdrcheck__buf_put(
			         &dir, p, (size_t)(base - p) - 1)) < 0)
				break;
			error =
			    add_dir(f, src, hdrcheck__buf_cstr(&dir), &added);
		}
	}
	hdrcheck__buf_dispose(&dir);
	return error;
}

/* Would probing every ancestor of entries cost more than a walk of the
 * whole tree? (A handful of changed files: no. A file thousands of levels
 * deep: each probe resolves its path from the root.) */
#define PROBES_MAX 4096

static int many_ancestors(const hdrcheck__entries *entries)
{
	size_t i, n = 0;
	const char *p;

	for (i = 0; i < entries->count && n <= PROBES_MAX; i++)
		for (p = entries->items[i].path; *p && n <= PROBES_MAX; p++)
			n += *p == '/';
	return n > PROBES_MAX;
}

/* A commit's whole tree: the directories its listing saw an attribute
 * file in (sorted, "" the root's). */
static int listed_files(hdrcheck__attr_filter *f, hdrcheck__source *src)
{
	size_t i;
	int added, error = add_dir(f, src, "", &added);

	for (i = 0; i < src->attr_dirs.len && !error; i++)
		if (*(const char *)src->attr_dirs.items[i])
			error =
			    add_dir(f, src, src->attr_dirs.items[i], &added);
	return error;
}

/* info/attributes, the global file, the system file, and the settings
 * that decide line endings. */
static int add_repository_files(hdrcheck__attr_filter *f, hdrcheck__source *src)
{
	git_config *cfg = NULL;
	git_buf path = GIT_BUF_INIT;
	char *files[3] = {NULL, NULL, NULL}, *buf = NULL;
	const char *home = getenv("HOME"), *xdg = getenv("XDG_CONFIG_HOME");
	size_t i, len;
	int icase = 0, error = 0;

	f->root_seed = 0x68647263686b; /* "hdrchk" */
	if (!src->repo)
		return 0;
	files[0] = hdrcheck__path_join(git_repository_commondir(src->repo),
	                               "info/attributes");
	if (git_repository_config_snapshot(&cfg, src->repo) == 0) {
		const char *v = NULL;

		if (git_config_get_path(&path, cfg, "core.attributesFile") == 0)
			files[1] = hdrcheck__strdup(path.ptr);
		git_config_get_bool(&icase, cfg, "core.ignorecase");
		if (git_config_get_string(&v, cfg, "core.autocrlf") == 0)
			f->root_seed =
			    hdrcheck__hash64(f->root_seed, v, strlen(v));
		if (git_config_get_string(&v, cfg, "core.eol") == 0)
			f->root_seed =
			    hdrcheck__hash64(f->root_seed + 1, v, strlen(v));
	}
	git_error_clear();
	if (!files[1] && xdg && *xdg)
		files[1] = hdrcheck__aprintf("%s/git/attributes", xdg);
	else if (!files[1] && home)
		files[1] = hdrcheck__aprintf("%s/.config/git/attributes", home);
	files[2] = hdrcheck__strdup("/etc/gitattributes");
	if (icase)
		f->all = 1; /* our patterns compare case-sensitively */
	for (i = 0; i < HDRCHECK__ARRAY_SIZE(files) && !error; i++) {
		if (!files[i])
			continue;
		if ((error = read_plain_file(files[i], &buf, &len)) < 0) {
			error = error == HDRCHECK_ENOMEM ? error : 0;
			continue;
		}
		f->root_seed = hdrcheck__hash64(f->root_seed + i, buf, len);
		/* these apply everywhere: scope "" */
		error = parse_attr_file(f, "", buf, len);
		free(buf);
		buf = NULL;
	}
	for (i = 0; i < HDRCHECK__ARRAY_SIZE(files); i++)
		free(files[i]);
	git_buf_dispose(&path);
	git_config_free(cfg);
	return error;
}

int hdrcheck__attr_filter_new(hdrcheck__attr_filter **out,
                              hdrcheck__source *src,
                              const hdrcheck__entries *entries)
{
	hdrcheck__attr_filter *f = NULL;
	int error;

	if (!(f = hdrcheck__calloc(1, sizeof(*f))))
		return HDRCHECK_ENOMEM;
	if ((error = add_repository_files(f, src)) < 0)
		goto fail;
	if (src->repo) {
		/* where the listing knows every attribute file (the index,
		 * or the whole tree of a commit), those are read; probing
		 * each ancestor of each entry costs the square of the depth
		 * in time and memory (a tree 60,000 levels deep: minutes
		 * and gigabytes) */
		if ((src->ops->flags & HDRCHECK__SOURCE_INDEX) && src->ix)
			error = index_files(f, src);
		else if ((src->ops->flags & HDRCHECK__SOURCE_TREE) &&
		         (src->attr_dirs_known ||
		          (many_ancestors(entries) &&
		           (error = hdrcheck__rev_attr_dirs(src)) == 0)))
			error = listed_files(f, src);
		else if (!error)
			error = probe_entries(f, src, entries);
		if (error < 0)
			goto fail;
	}
	rechain(f);
	*out = f;
	return 0;
fail:
	hdrcheck__attr_filter_free(f);
	return error;
}

int hdrcheck__attr_filter_add(hdrcheck__attr_filter *f, hdrcheck__source *src,
                              const hdrcheck__entries *entries)
{
	int error;

	if (!src->repo)
		return 0;
	/* a work-tree scan knows its attribute files already */
	if ((src->ops->flags & HDRCHECK__SOURCE_WORKTREE) && !src->changed &&
	    src->ix)
		return 0;
	if ((error = probe_entries(f, src, entries)) < 0)
		return error;
	rechain(f);
	return 0;
}

int hdrcheck__attr_filter_add_files(hdrcheck__attr_filter *f,
                                    hdrcheck__source *src,
                                    const hdrcheck_vector *paths, int *changed)
{
	size_t i;
	int added, error = 0;

	*changed = 0;
	for (i = 0; i < paths->len && !error; i++) {
		char *dir = hdrcheck__strdup(paths->items[i]);
		char *slash;

		if (!dir)
			return HDRCHECK_ENOMEM;
		slash = strrchr(dir, '/');
		*(slash ? slash : dir) = '\0';
		error = add_dir(f, src, dir, &added);
		*changed |= added;
		free(dir);
	}
	if (*changed)
		rechain(f);
	return error;
}

void hdrcheck__attr_filter_free(hdrcheck__attr_filter *f)
{
	size_t i;

	if (!f)
		return;
	for (i = 0; i < f->count; i++) {
		free(f->rules[i].dir);
		free(f->rules[i].pattern);
	}
	for (i = 0; i < f->dirs_count; i++)
		free(f->dirs[i].dir);
	for (i = 0; i < f->probed_count; i++)
		free(f->probed[i]);
	free(f->rules);
	free(f->dirs);
	free(f->probed);
	free(f);
}

int hdrcheck__attr_filter_any(const hdrcheck__attr_filter *f)
{
	return f && (f->all || f->count);
}

int hdrcheck__attr_filter_maybe(const hdrcheck__attr_filter *f,
                                const char *path)
{
	size_t i;

	if (!f)
		return 0;
	if (f->all)
		return 1;
	for (i = 0; i < f->count; i++) {
		const attr_rule *r = &f->rules[i];
		size_t n = strlen(r->dir);
		const char *rel = path;

		if (n) {
			if (strncmp(path, r->dir, n) != 0 || path[n] != '/')
				continue;
			rel = path + n + 1;
		}
		/* glob_match's reading is broader than git's (a pattern
		 * without '/' matches any component, an anchored one any
		 * leading directory): never a missed file */
		if (!r->pattern || hdrcheck__glob_match(r->pattern, rel))
			return 1;
	}
	return 0;
}

uint64_t hdrcheck__attr_filter_digest(const hdrcheck__attr_filter *f,
                                      const char *path)
{
	const char *slash = strrchr(path, '/');
	const attr_dir *d;

	if (!f)
		return 0;
	d = nearest(f, path, slash ? (size_t)(slash - path) : 0);
	return d ? d->chain : f->root_seed;
}

/* --- lookups --- */

struct hdrcheck__attrs {
	hdrcheck__source *src;
	git_repository *repo;
	git_repository **subs; /* submodules' repositories, opened lazily */
	size_t subs_count;
	git_attr_options opts;
	char policy[ATTR_POLICY_MAX];
};

static int open_repo(git_repository **out, hdrcheck__source *src,
                     const char *root)
{
	git_index *empty = NULL;
	int tree = (src->ops->flags & HDRCHECK__SOURCE_TREE) != 0;
	int rc, error;

	/* the top repository as found (git's environment included) */
	if (tree || strcmp(root, src->root) == 0) {
		if ((error = hdrcheck__source_repo_open(out, src, tree)) < 0)
			return error;
		rc = 0;
	} else {
		rc = git_repository_open_ext(
		    out, root, GIT_REPOSITORY_OPEN_NO_SEARCH, NULL);
	}
	/* the commit's attribute files only: an empty index, so that the
	 * checked-out index of a non-bare repository does not count */
	if (rc == 0 && tree &&
	    ((rc = git_index_new(&empty)) < 0 ||
	     (rc = git_repository_set_index(*out, empty)) < 0)) {
		git_repository_free(*out);
		*out = NULL;
	}
	git_index_free(empty);
	if (rc < 0)
		return hdrcheck__git_fail(HDRCHECK_EREPO, rc, root);
	return 0;
}

int hdrcheck__attrs_new(hdrcheck__attrs **out, hdrcheck__source *src)
{
	hdrcheck__attrs *a = NULL;
	git_attr_options init = GIT_ATTR_OPTIONS_INIT;
	int error = 0;

	if (!(a = hdrcheck__calloc(1, sizeof(*a))))
		return HDRCHECK_ENOMEM;
	a->src = src;
	a->opts = init;
	if (src->ops->flags & HDRCHECK__SOURCE_TREE) {
		a->opts.flags =
		    GIT_ATTR_CHECK_INDEX_ONLY | GIT_ATTR_CHECK_INCLUDE_COMMIT;
		git_oid_fromstr(&a->opts.attr_commit_id, src->commit);
	} else if (src->ops->flags & HDRCHECK__SOURCE_OBJECTS) {
		a->opts.flags = GIT_ATTR_CHECK_INDEX_ONLY; /* the index's */
	} else {
		a->opts.flags = GIT_ATTR_CHECK_FILE_THEN_INDEX;
	}
	if ((error = open_repo(&a->repo, src, src->root)) < 0)
		goto done;
	*out = a;
	a = NULL;
done:
	hdrcheck__attrs_free(a);
	return error;
}

void hdrcheck__attrs_free(hdrcheck__attrs *a)
{
	size_t i;

	if (!a)
		return;
	for (i = 0; i < a->subs_count; i++)
		git_repository_free(a->subs[i]);
	free(a->subs);
	git_repository_free(a->repo);
	free(a);
}

/* linguist-* take true, "true", "1"; false, unset and "false" are off. */
static int truthy(const char *v)
{
	switch (git_attr_value(v)) {
	case GIT_ATTR_VALUE_TRUE:
		return 1;
	case GIT_ATTR_VALUE_STRING:
		return strcmp(v, "true") == 0 || strcmp(v, "1") == 0;
	default:
		return 0;
	}
}

static int lookup(hdrcheck__attrs *a, git_repository *repo, const char *path,
                  hdrcheck__file_attrs *out)
{
	const char *values[HDRCHECK__ARRAY_SIZE(attr_names)];

	memset(out, 0, sizeof(*out));
	if (git_attr_get_many_ext(values, repo, &a->opts, path,
	                          HDRCHECK__ARRAY_SIZE(attr_names),
	                          (const char **)attr_names) < 0) {
		/* an unreadable attributes file: treat as no attributes */
		git_error_clear();
		return 0;
	}
	out->generated = truthy(values[0]);
	out->vendored = truthy(values[1]);
	out->skip = git_attr_value(values[2]) == GIT_ATTR_VALUE_STRING &&
	            strcmp(values[2], "skip") == 0;
	if (git_attr_value(values[3]) == GIT_ATTR_VALUE_STRING &&
	    strlen(values[3]) < sizeof(a->policy)) {
		/* the value is libgit2's: copy it before the next lookup */
		memcpy(a->policy, values[3], strlen(values[3]) + 1);
		out->policy = a->policy;
	}
	return 0;
}

int hdrcheck__attrs_get_path(hdrcheck__attrs *a, const char *path,
                             hdrcheck__file_attrs *out)
{
	return lookup(a, a->repo, path, out);
}

int hdrcheck__attrs_get(hdrcheck__attrs *a, const hdrcheck__entry *e,
                        hdrcheck__file_attrs *out)
{
	const char *prefix = NULL, *root;
	int error;

	if (!e->sub)
		return lookup(a, a->repo, e->path, out);
	/* a submodule's file: its own repository's attributes */
	if (!(root = hdrcheck__source_sub_root(a->src, e->sub, &prefix)))
		return lookup(a, a->repo, e->path, out);
	if ((size_t)e->sub > a->subs_count) {
		git_repository **p =
		    hdrcheck__realloc(a->subs, (size_t)e->sub * sizeof(*p));

		if (!p)
			return HDRCHECK_ENOMEM;
		memset(p + a->subs_count, 0,
		       ((size_t)e->sub - a->subs_count) * sizeof(*p));
		a->subs = p;
		a->subs_count = (size_t)e->sub;
	}
	if (!a->subs[e->sub - 1] &&
	    (error = open_repo(&a->subs[e->sub - 1], a->src, root)) < 0)
		return error;
	return lookup(a, a->subs[e->sub - 1], e->path + strlen(prefix), out);
}
