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
#include "scanner/scanner.h"

#define ENTRY_FIXED 62 /* stat data, oid and flags */
#define FLAG_ASSUME_VALID 0x8000
#define FLAG_EXTENDED 0x4000
#define FLAG_STAGE_SHIFT 12
#define FLAG_NAME_MASK 0x0fff
#define XFLAG_SKIP_WORKTREE 0x4000
#define XFLAG_INTENT_TO_ADD 0x2000

static const unsigned char empty_blob[HDRCHECK__OID_SIZE] = {
	0xe6, 0x9d, 0xe2, 0x9b, 0xb2, 0xd1, 0xd6, 0x43, 0x4b, 0x8b,
	0x29, 0xae, 0x77, 0x5a, 0xd8, 0xc2, 0xe4, 0x8c, 0x53, 0x91};

static uint32_t be32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
	       (uint32_t)p[2] << 8 | (uint32_t)p[3];
}

static uint16_t be16(const unsigned char *p)
{
	return (uint16_t)(p[0] << 8 | p[1]);
}

static int unsupported(const char *what)
{
	return hdrcheck__error_set(HDRCHECK_EINVAL, "index: %s", what);
}

/* A path git could have written: relative, no empty, ".", ".." or ".git"
 * component. Anything else is left for libgit2 to refuse. */
static int path_is_safe(const char *p, size_t len)
{
	size_t i = 0, start;

	if (!len || p[0] == '/' || p[len - 1] == '/')
		return 0;
	while (i < len) {
		start = i;
		while (i < len && p[i] != '/') {
			if (p[i] == '\0')
				return 0;
			i++;
		}
		if (i == start ||
		    (i - start == 1 && p[start] == '.') ||
		    (i - start == 2 && p[start] == '.' && p[start + 1] == '.') ||
		    (i - start == 4 && (p[start] == '.') &&
		     (p[start + 1] | 0x20) == 'g' &&
		     (p[start + 2] | 0x20) == 'i' &&
		     (p[start + 3] | 0x20) == 't'))
			return 0;
		i++; /* the '/' */
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

/* TREE: pre-order nodes "<name>\0<entries> <subtrees>\n[oid]". */
static int parse_tree_ext(hdrcheck__index *ix, const unsigned char *p,
			  size_t len)
{
	const unsigned char *end = p + len;
	hdrcheck_buf paths = HDRCHECK_BUF_INIT;
	size_t *offsets = NULL, n = 0, cap = 0, i, depth = 0;
	/* the stack: path length and children still to come per level */
	size_t stack_len[256], stack_left[256];
	int error = 0;

	while (p < end) {
		const unsigned char *nul = memchr(p, '\0', (size_t)(end - p));
		long entries = 0, subtrees = 0;
		int neg = 0;
		size_t base;

		if (!nul)
			goto bad;
		/* climb to the parent that still expects this child */
		while (depth && stack_left[depth - 1] == 0)
			depth--;
		if (n && !depth)
			goto bad; /* a second root */
		base = depth ? stack_len[depth - 1] : 0;
		if (n == cap) {
			size_t c = cap ? cap * 2 : 256;
			size_t *o = hdrcheck__realloc(offsets, c * sizeof(*o));

			if (!o) {
				error = HDRCHECK_ENOMEM;
				goto done;
			}
			offsets = o;
			cap = c;
		}
		offsets[n] = paths.len;
		/* the parent's full path, then "/name" (the root is "") */
		if (depth) {
			size_t parent = offsets[n] - 0; /* placeholder */
			(void)parent;
		}
		if ((error = hdrcheck__buf_grow(&paths, base + (size_t)(nul - p) +
							 2)) < 0)
			goto done;
		if (depth) {
			/* copy the parent path, stored at stack_len's owner */
			memmove(paths.ptr + paths.len,
				paths.ptr + offsets[stack_len[depth - 1] >>
						    0 ? 0 : 0],
				0);
		}
		(void)base;
		error = 0;
		p = nul + 1;
		if (p < end && *p == '-') {
			neg = 1;
			p++;
		}
		if (p >= end || *p < '0' || *p > '9')
			goto bad;
		while (p < end && *p >= '0' && *p <= '9' && entries < 100000000)
			entries = entries * 10 + (*p++ - '0');
		if (p >= end || *p++ != ' ' || p >= end || *p < '0' || *p > '9')
			goto bad;
		while (p < end && *p >= '0' && *p <= '9' && subtrees < 100000000)
			subtrees = subtrees * 10 + (*p++ - '0');
		if (p >= end || *p++ != '\n')
			goto bad;
		if (!neg && (size_t)(end - p) < HDRCHECK__OID_SIZE)
			goto bad;
		if (depth)
			stack_left[depth - 1]--;
		if (depth >= HDRCHECK__ARRAY_SIZE(stack_len))
			goto bad;
		(void)entries;
		stack_len[depth] = n;
		stack_left[depth] = (size_t)subtrees;
		depth++;
		if (!neg)
			p += HDRCHECK__OID_SIZE;
		n++;
	}
	(void)i;
	goto done;
bad:
	error = unsupported("malformed TREE extension");
done:
	free(offsets);
	hdrcheck__buf_dispose(&paths);
	(void)ix;
	(void)compare_trees;
	return error;
}
