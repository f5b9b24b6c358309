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
 * The index (.git/index), read by hand. libgit2's git_index_read() verifies
 * the trailing SHA-1 with the collision-detecting implementation and
 * re-sorts entries that git already wrote sorted: on a 38,000-file tree that
 * is 15 ms of a 60 ms budget, and we need the raw stat data and the cache
 * tree, which libgit2 does not expose. This reader maps the file, checks
 * every length against the map, keeps versions 2 to 4 and the TREE
 * extension, and refuses anything else (split or sparse index, a required
 * extension it does not know, an unsorted or unsafe path): then libgit2
 * reads the index, and decides. The checksum is not verified: git writes
 * the index to a lock file and renames it, so it is never torn, and every
 * field is bounds-checked anyway.
 */

#include <git2.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include "common/endian.h"
#include "scanner/git/index.h"
#include "scanner/git/readers.h"

/* Every page is read anyway: map them in one go, not a fault each. */
#ifdef MAP_POPULATE
#define MAP_POPULATE_IF MAP_POPULATE
#else
#define MAP_POPULATE_IF 0
#endif

#define ENTRY_FIXED         62 /* stat data, oid and flags */
#define FLAG_ASSUME_VALID   0x8000
#define FLAG_EXTENDED       0x4000
#define FLAG_STAGE_SHIFT    12
#define FLAG_NAME_MASK      0x0fff
#define XFLAG_SKIP_WORKTREE 0x4000
#define XFLAG_INTENT_TO_ADD 0x2000

static const unsigned char empty_blob[HDRCHECK__OID_SIZE] = {
    0xe6, 0x9d, 0xe2, 0x9b, 0xb2, 0xd1, 0xd6, 0x43, 0x4b, 0x8b,
    0x29, 0xae, 0x77, 0x5a, 0xd8, 0xc2, 0xe4, 0x8c, 0x53, 0x91};

static int unsupported(const char *what)
{
	return hdrcheck__error_set(HDRCHECK_EINVAL, "index: %s", what);
}

/* A path git could have written: relative, no NUL, no empty, ".", ".."
 * or ".git" component. Anything else is left for libgit2 to refuse. */
static int path_is_safe(const char *p, size_t len)
{
	const char *end = p + len;

	if (!len || p[0] == '/' || p[len - 1] == '/' || memchr(p, '\0', len))
		return 0;
	while (p < end) {
		const char *slash = memchr(p, '/', (size_t)(end - p));
		size_t n = (size_t)((slash ? slash : end) - p);

		if (n == 0 || (n == 1 && p[0] == '.') ||
		    (n == 2 && p[0] == '.' && p[1] == '.') ||
		    (n == 4 && p[0] == '.' && (p[1] | 0x20) == 'g' &&
		     (p[2] | 0x20) == 'i' && (p[3] | 0x20) == 't'))
			return 0;
		p += n + 1;
	}
	return 1;
}

/* The varint of v4 path compression (the OFS_DELTA encoding). */
static int read_varint(size_t *out, const unsigned char **pp,
                       const unsigned char *end)
{
	const unsigned char *p = *pp;
	size_t v;

	if (p >= end)
		return -1;
	v = *p & 0x7f;
	while (*p++ & 0x80) {
		if (p >= end || v > (SIZE_MAX >> 8))
			return -1;
		v = ((v + 1) << 7) | (*p & 0x7f);
	}
	*out = v;
	*pp = p;
	return 0;
}

static int compare_trees(const void *a, const void *b)
{
	return strcmp(((const hdrcheck__tree_cache *)a)->path,
	              ((const hdrcheck__tree_cache *)b)->path);
}

typedef struct {
	const unsigned char *name;
	size_t name_len;
	size_t parent; /* SIZE_MAX for the root */
	size_t path_off;
	int valid;
	const unsigned char *oid;
} tree_node;

/*
 * TREE: nodes in pre-order, each "<name>\0<entries> <subtrees>\n" and,
 * unless entries is -1 (invalidated), the tree's id. The subtrees of a
 * node follow it, so a stack of "children still to come" gives each node
 * its parent.
 */
static int parse_tree_ext(hdrcheck__index *ix, const unsigned char *p,
                          size_t len)
{
	const unsigned char *end = p + len;
	tree_node *nodes = NULL;
	size_t n = 0, cap = 0, i, depth = 0;
	size_t stack[128], left[128];
	hdrcheck_buf paths = HDRCHECK_BUF_INIT;
	int error = 0;

	/* git writes one TREE extension; a second would leak the first */
	if (ix->trees || ix->tree_paths)
		goto bad;
	while (p < end) {
		const unsigned char *nul = memchr(p, '\0', (size_t)(end - p));
		unsigned long entries = 0, subtrees = 0;
		int invalid = 0;

		if (!nul)
			goto bad;
		while (depth && left[depth - 1] == 0)
			depth--;
		if (n && !depth)
			goto bad; /* a second root */
		if (n == cap) {
			size_t c = cap ? cap * 2 : 256;
			tree_node *t = hdrcheck__realloc(nodes, c * sizeof(*t));

			if (!t) {
				error = HDRCHECK_ENOMEM;
				goto done;
			}
			nodes = t;
			cap = c;
		}
		nodes[n].name = p;
		nodes[n].name_len = (size_t)(nul - p);
		nodes[n].parent = depth ? stack[depth - 1] : SIZE_MAX;
		if ((n == 0) != (nodes[n].name_len == 0))
			goto bad; /* only the root is unnamed */
		p = nul + 1;
		if (p < end && *p == '-') {
			invalid = 1;
			p++;
		}
		if (p >= end || *p < '0' || *p > '9')
			goto bad;
		while (p < end && *p >= '0' && *p <= '9' &&
		       entries < 1000000000)
			entries = entries * 10 + (unsigned long)(*p++ - '0');
		if (p >= end || *p++ != ' ' || p >= end || *p < '0' || *p > '9')
			goto bad;
		while (p < end && *p >= '0' && *p <= '9' && subtrees < 1000000)
			subtrees = subtrees * 10 + (unsigned long)(*p++ - '0');
		if (p >= end || *p++ != '\n')
			goto bad;
		nodes[n].valid = !invalid;
		nodes[n].oid = NULL;
		if (!invalid) {
			if ((size_t)(end - p) < HDRCHECK__OID_SIZE)
				goto bad;
			nodes[n].oid = p;
			p += HDRCHECK__OID_SIZE;
		}
		if (depth)
			left[depth - 1]--;
		if (depth >= HDRCHECK__ARRAY_SIZE(stack))
			goto bad;
		stack[depth] = n;
		left[depth] = subtrees;
		depth++;
		n++;
	}
	/* full paths: parents come first in pre-order */
	for (i = 0; i < n; i++) {
		nodes[i].path_off = paths.len;
		if (nodes[i].parent != SIZE_MAX) {
			const tree_node *up = &nodes[nodes[i].parent];

			if (up->parent != SIZE_MAX &&
			    ((error = hdrcheck__buf_put(
			          &paths, paths.ptr + up->path_off,
			          strlen(paths.ptr + up->path_off))) < 0 ||
			     (error = hdrcheck__buf_put(&paths, "/", 1)) < 0))
				goto done;
			if ((error = hdrcheck__buf_put(
			         &paths, (const char *)nodes[i].name,
			         nodes[i].name_len)) < 0)
				goto done;
		}
		if ((error = hdrcheck__buf_put(&paths, "", 1)) < 0)
			goto done;
	}
	if (n && !(ix->trees = hdrcheck__calloc(n, sizeof(*ix->trees)))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	for (i = 0; i < n; i++) {
		ix->trees[i].path = NULL;
		ix->trees[i].valid = nodes[i].valid;
		if (nodes[i].valid)
			memcpy(ix->trees[i].oid, nodes[i].oid,
			       HDRCHECK__OID_SIZE);
	}
	ix->trees_count = n;
	ix->tree_paths = paths.ptr;
	paths.ptr = NULL;
	for (i = 0; i < n; i++)
		ix->trees[i].path = ix->tree_paths + nodes[i].path_off;
	if (n > 1)
		qsort(ix->trees, n, sizeof(*ix->trees), compare_trees);
	goto done;
bad:
	error = unsupported("malformed TREE extension");
done:
	free(nodes);
	hdrcheck__buf_dispose(&paths);
	return error;
}

/* Entries of versions 2 and 3: padded to 8 bytes, NUL-terminated paths.
 * Version 4: prefix-compressed paths. Either way the paths are copied
 * into one buffer (pointers are set once it stops moving), so that the
 * file need not stay mapped: its stat data and ids are in the entries
 * already. */
static int parse_entries(hdrcheck__index *ix, const unsigned char *base,
                         size_t size, unsigned int version, size_t count,
                         const unsigned char **after)
{
	const unsigned char *p = base + 12, *end = base + size;
	hdrcheck_buf v4 = HDRCHECK_BUF_INIT;
	size_t i, prev_off = 0, prev_len = 0;
	int error = 0;

	if (count > size / ENTRY_FIXED) /* cannot fit: do not allocate */
		return unsupported("entry count larger than the file");
	if (count &&
	    !(ix->entries = hdrcheck__calloc(count, sizeof(*ix->entries))))
		return HDRCHECK_ENOMEM;
	/* versions 2 and 3: the names (and their padding) are what the
	 * fixed parts leave of the file, an upper bound; trimmed below */
	if (version < 4 && count && size > 12 + count * ENTRY_FIXED &&
	    (error = hdrcheck__buf_grow(&v4, size - 12 - count * ENTRY_FIXED)) <
	        0)
		goto done;
	for (i = 0; i < count; i++) {
		hdrcheck__index_entry *e = &ix->entries[i];
		uint16_t flags, xflags = 0;
		size_t fixed = ENTRY_FIXED, name_len;
		const unsigned char *name;

		if ((size_t)(end - p) < fixed + 1)
			goto bad;
		e->sd.ctime_s = hdrcheck__get_be32(p);
		e->sd.ctime_ns = hdrcheck__get_be32(p + 4);
		e->sd.mtime_s = hdrcheck__get_be32(p + 8);
		e->sd.mtime_ns = hdrcheck__get_be32(p + 12);
		e->sd.dev = hdrcheck__get_be32(p + 16);
		e->sd.ino = hdrcheck__get_be32(p + 20);
		e->sd.mode = hdrcheck__get_be32(p + 24);
		e->sd.uid = hdrcheck__get_be32(p + 28);
		e->sd.gid = hdrcheck__get_be32(p + 32);
		e->sd.size = hdrcheck__get_be32(p + 36);
		memcpy(e->oid, p + 40, HDRCHECK__OID_SIZE);
		flags = hdrcheck__get_be16(p + 60);
		if (flags & FLAG_EXTENDED) {
			if (version < 3)
				goto bad;
			fixed += 2;
			if ((size_t)(end - p) < fixed + 1)
				goto bad;
			xflags = hdrcheck__get_be16(p + 62);
		}
		e->stage = (flags >> FLAG_STAGE_SHIFT) & 3;
		e->flags =
		    ((flags & FLAG_ASSUME_VALID) ? HDRCHECK__INDEX_ASSUME_VALID
		                                 : 0) |
		    ((xflags & XFLAG_SKIP_WORKTREE)
		         ? HDRCHECK__INDEX_SKIP_WORKTREE
		         : 0) |
		    ((xflags & XFLAG_INTENT_TO_ADD)
		         ? HDRCHECK__INDEX_INTENT_TO_ADD
		         : 0);
		name = p + fixed;
		if (version == 4) {
			size_t strip, suffix_len;
			const unsigned char *nul;

			if (read_varint(&strip, &name, end) < 0 ||
			    strip > prev_len)
				goto bad;
			nul = memchr(name, '\0', (size_t)(end - name));
			if (!nul)
				goto bad;
			suffix_len = (size_t)(nul - name);
			name_len = prev_len - strip + suffix_len;
			/* the previous path's kept prefix, then the suffix */
			if ((error = hdrcheck__buf_grow(&v4, name_len + 1)) < 0)
				goto done;
			memmove(v4.ptr + v4.len, v4.ptr + prev_off,
			        prev_len - strip);
			memcpy(v4.ptr + v4.len + prev_len - strip, name,
			       suffix_len);
			v4.ptr[v4.len + name_len] = '\0';
			prev_off = v4.len;
			prev_len = name_len;
			e->path = (const char *)(uintptr_t)v4.len;
			v4.len += name_len + 1;
			p = nul + 1;
		} else {
			const unsigned char *nul;
			size_t entry_len;

			name_len = flags & FLAG_NAME_MASK;
			if (name_len < FLAG_NAME_MASK) {
				if ((size_t)(end - name) <= name_len ||
				    name[name_len] != '\0')
					goto bad;
			} else {
				nul = memchr(name, '\0', (size_t)(end - name));
				if (!nul)
					goto bad;
				name_len = (size_t)(nul - name);
			}
			entry_len = (fixed + name_len + 8) & ~(size_t)7;
			if ((size_t)(end - p) < entry_len)
				goto bad;
			e->path = (const char *)(uintptr_t)v4.len;
			if ((error = hdrcheck__buf_put(&v4, (const char *)name,
			                               name_len + 1)) < 0)
				goto done;
			p += entry_len;
		}
		if (name_len > HDRCHECK__INDEX_PATH_MAX)
			goto bad;
		e->path_len = name_len;
		if ((flags & FLAG_NAME_MASK) != FLAG_NAME_MASK &&
		    (flags & FLAG_NAME_MASK) != name_len)
			goto bad;
	}
	if (count) {
		char *fit = hdrcheck__realloc(v4.ptr, v4.len ? v4.len : 1);

		if (fit)
			v4.ptr = fit;
		for (i = 0; i < count; i++)
			ix->entries[i].path =
			    v4.ptr + (size_t)(uintptr_t)ix->entries[i].path;
		ix->paths = v4.ptr;
		v4.ptr = NULL;
	}
	ix->count = count;
	*after = p;
	goto done;
bad:
	error = unsupported("malformed entry");
done:
	hdrcheck__buf_dispose(&v4);
	return error;
}

/* Sorted by path then stage, and every path safe: what we rely on. */
static int check_entries(const hdrcheck__index *ix)
{
	size_t i;

	for (i = 0; i < ix->count; i++) {
		const hdrcheck__index_entry *e = &ix->entries[i];

		if (!path_is_safe(e->path, e->path_len))
			return unsupported("unsafe path");
		if (i) {
			const hdrcheck__index_entry *prev = &ix->entries[i - 1];
			int c = strcmp(prev->path, e->path);

			if (c > 0 || (c == 0 && prev->stage >= e->stage))
				return unsupported("entries out of order");
		}
		if ((e->sd.mode & 0170000) == 0040000)
			return unsupported("sparse directory entry");
	}
	return 0;
}

int hdrcheck__index_parse(hdrcheck__index *ix, const void *data, size_t size)
{
	const unsigned char *base = data, *p = NULL, *end;
	unsigned int version;
	size_t count;
	int error;

	/* header, and the trailing SHA-1 */
	if (size < 12 + HDRCHECK__OID_SIZE || memcmp(base, "DIRC", 4) != 0)
		return unsupported("not an index file");
	version = hdrcheck__get_be32(base + 4);
	count = hdrcheck__get_be32(base + 8);
	if (version < 2 || version > 4)
		return unsupported("unsupported version");
	end = base + size - HDRCHECK__OID_SIZE;
	if ((error = parse_entries(ix, base, size - HDRCHECK__OID_SIZE, version,
	                           count, &p)) < 0)
		return error;
	/* extensions: an upper-case first letter marks an optional one */
	while (p < end) {
		uint32_t len;

		if ((size_t)(end - p) < 8)
			return unsupported("truncated extension");
		len = hdrcheck__get_be32(p + 4);
		if (len > (size_t)(end - p) - 8)
			return unsupported("truncated extension");
		if (memcmp(p, "TREE", 4) == 0) {
			if ((error = parse_tree_ext(ix, p + 8, len)) < 0)
				return error;
		} else if (p[0] < 'A' || p[0] > 'Z') {
			return unsupported("required extension");
		}
		p += 8 + len;
	}
	return check_entries(ix);
}

static void index_clear(hdrcheck__index *ix)
{
	free(ix->entries);
	free(ix->trees);
	free(ix->tree_paths);
	free(ix->paths);
	if (ix->map)
		munmap(ix->map, ix->map_len);
	ix->entries = NULL;
	ix->trees = NULL;
	ix->tree_paths = NULL;
	ix->paths = NULL;
	ix->map = NULL;
	ix->count = ix->trees_count = 0;
}

static int compare_entries(const void *a, const void *b)
{
	const hdrcheck__index_entry *x = a, *y = b;
	int c = strcmp(x->path, y->path);

	return c ? c : (int)x->stage - (int)y->stage;
}

/* The fallback: libgit2 reads (and judges) the index. */
static int index_from_libgit2(hdrcheck__index *ix, git_repository *repo)
{
	git_index *index = NULL;
	hdrcheck_buf paths = HDRCHECK_BUF_INIT;
	size_t i, n;
	int rc, error = 0;

	if ((rc = git_repository_index(&index, repo)) < 0) {
		const git_error *e = git_error_last();

		error = hdrcheck__error_set(
		    HDRCHECK_EREPO, "cannot read the index: %s",
		    e && e->message ? e->message : "libgit2 error");
		goto done;
	}
	n = git_index_entrycount(index);
	if (n && !(ix->entries = hdrcheck__calloc(n, sizeof(*ix->entries)))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	for (i = 0; i < n; i++) {
		const git_index_entry *ge = git_index_get_byindex(index, i);
		hdrcheck__index_entry *e = &ix->entries[i];
		size_t len = strlen(ge->path);

		e->sd.ctime_s = (uint32_t)ge->ctime.seconds;
		e->sd.ctime_ns = ge->ctime.nanoseconds;
		e->sd.mtime_s = (uint32_t)ge->mtime.seconds;
		e->sd.mtime_ns = ge->mtime.nanoseconds;
		e->sd.dev = ge->dev;
		e->sd.ino = ge->ino;
		e->sd.mode = ge->mode;
		e->sd.uid = ge->uid;
		e->sd.gid = ge->gid;
		e->sd.size = ge->file_size;
		memcpy(e->oid, ge->id.id, HDRCHECK__OID_SIZE);
		e->stage = (unsigned int)git_index_entry_stage(ge);
		e->flags = ((ge->flags & GIT_INDEX_ENTRY_VALID)
		                ? HDRCHECK__INDEX_ASSUME_VALID
		                : 0) |
		           ((ge->flags_extended & GIT_INDEX_ENTRY_SKIP_WORKTREE)
		                ? HDRCHECK__INDEX_SKIP_WORKTREE
		                : 0) |
		           ((ge->flags_extended & GIT_INDEX_ENTRY_INTENT_TO_ADD)
		                ? HDRCHECK__INDEX_INTENT_TO_ADD
		                : 0);
		if (len > HDRCHECK__INDEX_PATH_MAX) {
			error = hdrcheck__error_set(HDRCHECK_EREPO,
			                            "cannot read the index: a "
			                            "path of %zu bytes",
			                            len);
			goto done;
		}
		e->path = (const char *)(uintptr_t)paths.len;
		e->path_len = len;
		if ((error = hdrcheck__buf_put(&paths, ge->path, len + 1)) < 0)
			goto done;
	}
	for (i = 0; i < n; i++)
		ix->entries[i].path =
		    paths.ptr + (size_t)(uintptr_t)ix->entries[i].path;
	/* bytewise, as we search them: libgit2 keeps a core.ignorecase
	 * repository's index in case-insensitive order */
	if (n > 1)
		qsort(ix->entries, n, sizeof(*ix->entries), compare_entries);
	ix->paths = paths.ptr;
	paths.ptr = NULL;
	ix->count = n;
	ix->from_libgit2 = 1;
done:
	hdrcheck__buf_dispose(&paths);
	git_index_free(index);
	return error;
}

/* Map and parse path with our reader alone: HDRCHECK_ENOTFOUND when
 * there is no file (an empty index), HDRCHECK_EINVAL when it declines. */
static int open_file(hdrcheck__index *ix, const char *path)
{
	struct stat st;
	int fd, error = 0;

	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return errno == ENOENT
		           ? HDRCHECK_ENOTFOUND
		           : hdrcheck__error_set(HDRCHECK_EREPO, "%s: %s", path,
		                                 strerror(errno));
	if (fstat(fd, &st) < 0) {
		error = hdrcheck__error_set(HDRCHECK_EREPO, "%s: %s", path,
		                            strerror(errno));
		goto done;
	}
	ix->mtime_s = (long long)st.st_mtim.tv_sec;
	ix->mtime_ns = (long long)st.st_mtim.tv_nsec;
	ix->has_mtime = 1;
	ix->file_size = (unsigned long long)st.st_size;
	ix->file_ino = (unsigned long long)st.st_ino;
	error = HDRCHECK_EINVAL;
	if (st.st_size > 0 && (uint64_t)st.st_size <= SIZE_MAX) {
		void *map = mmap(NULL, (size_t)st.st_size, PROT_READ,
		                 MAP_PRIVATE | MAP_POPULATE_IF, fd, 0);

		if (map != MAP_FAILED) {
			ix->map = map;
			ix->map_len = (size_t)st.st_size;
			error = hdrcheck__index_parse(ix, map, ix->map_len);
			/* the entries hold all they need: a file of 200,000
			 * entries is 20 MB that need not stay resident */
			if (error == 0) {
				munmap(ix->map, ix->map_len);
				ix->map = NULL;
				ix->map_len = 0;
			}
		}
	}
done:
	close(fd);
	return error;
}

int hdrcheck__index_open_file(hdrcheck__index **out, const char *path)
{
	hdrcheck__index *ix = hdrcheck__calloc(1, sizeof(*ix));
	int error;

	if (!ix)
		return HDRCHECK_ENOMEM;
	if ((error = open_file(ix, path)) < 0 && error != HDRCHECK_ENOTFOUND) {
		hdrcheck__index_free(ix);
		return error;
	}
	if (error == HDRCHECK_ENOTFOUND) {
		index_clear(ix);
		ix->has_mtime = 0;
	}
	*out = ix;
	return 0;
}

int hdrcheck__index_open(hdrcheck__index **out, git_repository *repo,
                         const char *file)
{
	return hdrcheck__index_open_ext(out, repo, file, 0);
}

int hdrcheck__index_open_ext(hdrcheck__index **out, git_repository *repo,
                             const char *file, unsigned int libgit2)
{
	hdrcheck__index *ix = NULL;
	char *path = NULL;
	int error = 0;

	if (!(ix = hdrcheck__calloc(1, sizeof(*ix))) ||
	    !(path = file ? hdrcheck__strdup(file)
	                  : hdrcheck__path_join(git_repository_path(repo),
	                                        "index"))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	error = open_file(ix, path);
	/* libgit2's path asked for: its reading replaces ours (the file's
	 * stat data, for racy entries, stays) */
	if (error == 0 && (libgit2 & HDRCHECK__LIBGIT2_INDEX))
		error = HDRCHECK_EINVAL;
	if (error == 0 || error == HDRCHECK_ENOTFOUND) {
		if (error)
			ix->has_mtime = 0; /* no index yet: nothing tracked */
		error = 0;
		goto found;
	}
	if (error != HDRCHECK_EINVAL)
		goto done;
	/* anything unusual: libgit2 decides */
	index_clear(ix);
	hdrcheck__error_clear();
	if ((error = index_from_libgit2(ix, repo)) < 0)
		goto done;
found:
	*out = ix;
	ix = NULL;
done:
	free(path);
	hdrcheck__index_free(ix);
	return error;
}

void hdrcheck__index_free(hdrcheck__index *ix)
{
	if (!ix)
		return;
	index_clear(ix);
	free(ix);
}

int hdrcheck__index_find(const hdrcheck__index *ix, const char *path,
                         size_t *pos)
{
	size_t lo = 0, hi = ix->count;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(ix->entries[mid].path, path);

		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	*pos = lo;
	return lo < ix->count && strcmp(ix->entries[lo].path, path) == 0;
}

/* The first entry at or after "dir/" (dir "" = the first entry). */
size_t hdrcheck__index_dir_start(const hdrcheck__index *ix, const char *dir)
{
	size_t lo = 0, hi = ix->count, n = strlen(dir);

	if (!n)
		return 0;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const char *p = ix->entries[mid].path;
		int c = strncmp(p, dir, n);

		if (c == 0)
			c = (unsigned char)p[n] - (unsigned char)'/';
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

const hdrcheck__tree_cache *hdrcheck__index_tree(const hdrcheck__index *ix,
                                                 const char *dir)
{
	size_t lo = 0, hi = ix->trees_count;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(ix->trees[mid].path, dir);

		if (c == 0)
			return ix->trees[mid].valid ? &ix->trees[mid] : NULL;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* git's stat check (ce_match_stat_basic), without the mode and the
 * content checks that differ between files and links. */
static int stat_matches(const hdrcheck__stat_data *sd, const struct stat *st)
{
	return (uint32_t)st->st_size == sd->size &&
	       (uint32_t)st->st_mtim.tv_sec == sd->mtime_s &&
	       (uint32_t)st->st_mtim.tv_nsec == sd->mtime_ns &&
	       (uint32_t)st->st_ctim.tv_sec == sd->ctime_s &&
	       (uint32_t)st->st_ctim.tv_nsec == sd->ctime_ns &&
	       (uint32_t)st->st_ino == sd->ino &&
	       (uint32_t)st->st_uid == sd->uid &&
	       (uint32_t)st->st_gid == sd->gid;
}

/* racily clean: written in the same tick as the index, the file may have
 * changed without its stat data showing it */
static int not_racy(const hdrcheck__index *ix, const hdrcheck__stat_data *sd)
{
	return ix->has_mtime && ((long long)sd->mtime_s < ix->mtime_s ||
	                         ((long long)sd->mtime_s == ix->mtime_s &&
	                          (long long)sd->mtime_ns < ix->mtime_ns));
}

static int stage0_worktree(const hdrcheck__index_entry *e)
{
	return !e->stage && !(e->flags & (HDRCHECK__INDEX_SKIP_WORKTREE |
	                                  HDRCHECK__INDEX_INTENT_TO_ADD));
}

int hdrcheck__index_entry_clean(const hdrcheck__index *ix,
                                const hdrcheck__index_entry *e,
                                const struct stat *st)
{
	const hdrcheck__stat_data *sd = &e->sd;

	if (!stage0_worktree(e) || !S_ISREG(st->st_mode) ||
	    (sd->mode & 0170000) != 0100000 ||
	    ((st->st_mode & 0100) != 0) != ((sd->mode & 0100) != 0) ||
	    !stat_matches(sd, st))
		return 0;
	/* git's smudged entry: size 0 stands for "look at the content" */
	if (sd->size == 0 && memcmp(e->oid, empty_blob, HDRCHECK__OID_SIZE))
		return 0;
	return not_racy(ix, sd);
}

int hdrcheck__index_link_clean(const hdrcheck__index *ix,
                               const hdrcheck__index_entry *e,
                               const struct stat *st)
{
	const hdrcheck__stat_data *sd = &e->sd;

	return stage0_worktree(e) && S_ISLNK(st->st_mode) &&
	       (sd->mode & 0170000) == 0120000 && sd->size != 0 &&
	       stat_matches(sd, st) && not_racy(ix, sd);
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
