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
 * Blob windows from pack files, read by hand. --rev needs the first
 * HDRCHECK__WINDOW_BYTES of each blob; libgit2 inflates whole objects and
 * applies whole delta chains, through one pack object per process whose
 * lock serialises the workers, and maps the pack (136 MiB resident on
 * u-boot). This reader:
 *
 * - checks the .idx files (version 2) once, their layout against their
 *   length and the pack's header and trailing checksum, and keeps only
 *   their fanouts, shared read-only by the workers; a lookup reads a few
 *   KiB of the id table around where the id should be (pread, no map);
 * - reads pack data with pread() into a per-worker buffer, never a map;
 * - inflates a whole object only until the window is full;
 * - for a delta, inflates the delta only as far as the instructions that
 *   build the window reach (at most 8 delta bytes make one output byte),
 *   finds the highest base byte those copy from, and asks the base for
 *   that prefix only, down the chain (iteratively: no recursion);
 * - keeps the base prefixes it built in a small per-worker cache keyed by
 *   (pack, offset).
 *
 * It declines (HDRCHECK_EINVAL) anything it does not handle or finds
 * inconsistent: an index version other than 2, a bad offset, a delta
 * whose instructions reach past its base or its result, a REF_DELTA base
 * no pack holds, a stream that ends early. The caller then reads the
 * object through libgit2, which decides: a corrupt object stays an error
 * finding. A window it cannot build within its limits (a chain deeper
 * than MAX_DEPTH, a delta or a base prefix over the 64 MiB cap: a small
 * delta can copy from the end of a base of gigabytes) is
 * HDRCHECK_ELIMIT, and the caller must not hand it to libgit2, which
 * would build the whole object in memory. What it cannot see is
 * damage past the window of an object it inflates only in part (libgit2
 * would check the whole object's hash): zlib's checksum is verified only
 * for the streams it inflates to the end.
 */

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>
#ifdef HDRCHECK_HAVE_LIBDEFLATE
#include <libdeflate.h>
#endif
#include "common/endian.h"
#include "scanner/git/pack.h"

#define IDX_HEADER   8    /* "\377tOc", version */
#define IDX_FANOUT   1024 /* 256 cumulative counts */
#define IDX_TRAILER  40   /* the pack's checksum, the index's */
#define PACK_HEADER  12   /* "PACK", version, object count */
#define PACK_TRAILER 20

#define OBJ_COMMIT    1
#define OBJ_TAG       4
#define OBJ_BLOB      3
#define OBJ_OFS_DELTA 6
#define OBJ_REF_DELTA 7

/* The first read of an object: its header and, for a delta, most often
 * all of its compressed data (a larger read costs every object the copy;
 * a whole object reads the rest at once); later reads at most CHUNK. */
#define FIRST_READ (1u << 10)
#define CHUNK      (64u << 10)
/* Longer chains are declined; git's own default depth is 50. */
#define MAX_DEPTH 10000
/* The largest prefix built at any level, and the delta bytes kept for a
 * chain (the same limit): beyond them libgit2 reads the object. */
#define MAX_PREFIX ((size_t)64 << 20)
/* Scratch buffers grown past this for one large object are let go after
 * it, so that the steady state stays small. */
#define KEEP_SCRATCH ((size_t)1 << 20)
/* The packs taken, at most. */
#define MAX_PACKS 64
/* The cache of delta bases: per worker. */
#define CACHE_SLOTS 1024
#define CACHE_BYTES ((size_t)4 << 20)

/* A pack and its index. Only the fanout is kept in memory: the tables
 * are read with pread() a few entries at a time, so that they add nothing
 * to the resident set (a mapped index of 1.2 million objects would). */
typedef struct {
	uint32_t fanout[256];
	uint32_t count;
	uint64_t idx_len;
	uint64_t oids_at, offs32_at, offs64_at; /* the tables' positions */
	size_t large; /* entries of the 64-bit offset table */
	/* open for the whole run and shared by the workers (pread keeps
	 * no file position); -1 when in memory */
	int idx_fd, pack_fd;
	const unsigned char *idx_mem, *mem;
	uint64_t data_end; /* where the objects end: the checksum */
} pack_file;

struct hdrcheck__packs {
	pack_file *items;
	size_t count, cap;
};

typedef struct {
	int used;
	size_t pack;
	uint64_t offset;
	unsigned char *data; /* the object's first len bytes */
	size_t len;
	uint64_t size;
	int type;
} cache_slot;

/* One delta of the chain being read: where its (prefix of) inflated
 * instructions is kept, the output it must produce and what it knows. */
typedef struct {
	size_t pack;
	uint64_t offset;
	size_t delta_at, delta_len; /* in the reader's delta buffer */
	size_t ops_at;              /* the instructions, after the sizes */
	int complete;               /* the whole delta was inflated */
	size_t need;                /* output bytes to build */
	size_t base_need;           /* base bytes those copy from */
	uint64_t base_size, result_size;
} frame;

typedef struct {
	unsigned char *ptr;
	size_t cap;
} scratch;

/* The index entries read around a guess: at most this many. */
#define PROBE_ENTRIES 1024

struct hdrcheck__pack_reader {
	const hdrcheck__packs *packs;
	unsigned char probe[PROBE_ENTRIES * HDRCHECK__OID_SIZE];
	z_stream z;
	int z_ready;
	unsigned char *in; /* CHUNK bytes of pack data */
	uint64_t next;     /* pack offset of the next read */
	/* where the object being read ends at the latest, when known (a
	 * delta's base in the same pack ends before the delta starts), or
	 * 0: its header and all its data then come in one read */
	uint64_t obj_end;
	scratch deltas;
	size_t deltas_len;
	frame *frames;
	size_t frames_cap;
	scratch tmp[2];
	scratch object; /* hdrcheck__pack_object()'s */
#ifdef HDRCHECK_HAVE_LIBDEFLATE
	struct libdeflate_decompressor *whole;
	scratch whole_in; /* compressed data read for it */
#endif
	cache_slot cache[CACHE_SLOTS];
	size_t cache_bytes, clock;
	size_t max_prefix;
};

/* --- the indexes --- */

int hdrcheck__packs_new(hdrcheck__packs **out)
{
	if (!(*out = hdrcheck__calloc(1, sizeof(**out))))
		return HDRCHECK_ENOMEM;
	return 0;
}

static void pack_file_dispose(pack_file *pf)
{
	if (pf->idx_fd >= 0)
		close(pf->idx_fd);
	if (pf->pack_fd >= 0)
		close(pf->pack_fd);
}

void hdrcheck__packs_free(hdrcheck__packs *p)
{
	size_t i;

	if (!p)
		return;
	for (i = 0; i < p->count; i++)
		pack_file_dispose(&p->items[i]);
	free(p->items);
	free(p);
}

size_t hdrcheck__packs_count(const hdrcheck__packs *p)
{
	return p ? p->count : 0;
}

size_t hdrcheck__packs_objects(const hdrcheck__packs *p, size_t pack)
{
	return p && pack < p->count ? p->items[pack].count : 0;
}

#define IDX_HEAD (IDX_HEADER + IDX_FANOUT)

/*
 * The index's layout against its length (pf->idx_len): the fanout never
 * decreases, its last count n sizes the id, CRC and 32-bit offset tables
 * exactly, and what is left before the trailer is whole 64-bit offsets,
 * no more than n. head is the index's first IDX_HEAD bytes, idx_sum the
 * pack checksum its trailer records; pack_head the pack's first 12 bytes,
 * pack_sum its last 20.
 */
static int parse_index(pack_file *pf, const unsigned char *head,
                       const unsigned char *idx_sum,
                       const unsigned char *pack_head,
                       const unsigned char *pack_sum, uint64_t pack_len)
{
	uint64_t n, fixed;
	uint32_t prev = 0;
	size_t i;

	if (pf->idx_len < IDX_HEAD + IDX_TRAILER ||
	    memcmp(head, "\377tOc", 4) != 0 ||
	    hdrcheck__get_be32(head + 4) != 2)
		return HDRCHECK_EINVAL;
	for (i = 0; i < 256; i++) {
		uint32_t v = hdrcheck__get_be32(head + IDX_HEADER + 4 * i);

		if (v < prev)
			return HDRCHECK_EINVAL;
		pf->fanout[i] = prev = v;
	}
	n = prev;
	fixed = IDX_HEAD + n * (HDRCHECK__OID_SIZE + 4 + 4) + IDX_TRAILER;
	if (pf->idx_len < fixed || (pf->idx_len - fixed) % 8 != 0 ||
	    (pf->idx_len - fixed) / 8 > n)
		return HDRCHECK_EINVAL;
	pf->count = (uint32_t)n;
	pf->large = (size_t)((pf->idx_len - fixed) / 8);
	pf->oids_at = IDX_HEAD;
	/* the CRC table (n * 4) is not used: objects are read in part */
	pf->offs32_at = pf->oids_at + n * HDRCHECK__OID_SIZE + n * 4;
	pf->offs64_at = pf->offs32_at + n * 4;
	/* the pack: its header names as many objects, its checksum is the
	 * one the index was made for */
	if (pack_len < PACK_HEADER + PACK_TRAILER ||
	    memcmp(pack_head, "PACK", 4) != 0 ||
	    (hdrcheck__get_be32(pack_head + 4) != 2 &&
	     hdrcheck__get_be32(pack_head + 4) != 3) ||
	    hdrcheck__get_be32(pack_head + 8) != n ||
	    memcmp(pack_sum, idx_sum, PACK_TRAILER) != 0)
		return HDRCHECK_EINVAL;
	pf->data_end = pack_len - PACK_TRAILER;
	return 0;
}

static int packs_push(hdrcheck__packs *p, const pack_file *pf)
{
	if (p->count == p->cap) {
		size_t cap = p->cap ? p->cap * 2 : 4;
		pack_file *items =
		    hdrcheck__realloc(p->items, cap * sizeof(*items));

		if (!items)
			return HDRCHECK_ENOMEM;
		p->items = items;
		p->cap = cap;
	}
	p->items[p->count++] = *pf;
	return 0;
}

int hdrcheck__packs_add_memory(hdrcheck__packs *p, const void *idx,
                               size_t idx_len, const void *pack,
                               size_t pack_len)
{
	const unsigned char *ix = idx, *pk = pack;
	pack_file pf;
	int error;

	if (pack_len < PACK_HEADER + PACK_TRAILER ||
	    idx_len < IDX_HEAD + IDX_TRAILER)
		return HDRCHECK_EINVAL;
	memset(&pf, 0, sizeof(pf));
	pf.idx_fd = pf.pack_fd = -1;
	pf.idx_mem = ix;
	pf.idx_len = idx_len;
	pf.mem = pk;
	if ((error = parse_index(&pf, ix, ix + idx_len - IDX_TRAILER, pk,
	                         pk + pack_len - PACK_TRAILER, pack_len)) < 0)
		return error;
	return packs_push(p, &pf);
}

static int pread_all(int fd, void *buf, size_t len, uint64_t off)
{
	size_t got = 0;

	while (got < len) {
		ssize_t n =
		    pread(fd, (char *)buf + got, len - got, (off_t)(off + got));

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return -1;
		got += (size_t)n;
	}
	return 0;
}

/* Open path and read its first and last bytes (a file of at least
 * head_len + tail_len bytes): its descriptor and size. */
static int read_ends(int *fd, const char *path, unsigned char *head,
                     size_t head_len, unsigned char *tail, size_t tail_len,
                     uint64_t *size)
{
	struct stat st;

	/* O_NONBLOCK: a FIFO so named must not hang the run (open()
	 * would wait for a writer); it is then no regular file */
	if ((*fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)) <
	    0)
		return HDRCHECK_EINVAL;
	if (fstat(*fd, &st) == 0 && S_ISREG(st.st_mode) &&
	    (uint64_t)st.st_size >= head_len + tail_len &&
	    pread_all(*fd, head, head_len, 0) == 0 &&
	    pread_all(*fd, tail, tail_len, (uint64_t)st.st_size - tail_len) ==
	        0) {
		*size = (uint64_t)st.st_size;
		return 0;
	}
	return HDRCHECK_EINVAL;
}

/* One pack-*.idx and its .pack: HDRCHECK_EINVAL when either is not as
 * expected (the pack is then left to libgit2). */
static int add_file(hdrcheck__packs *p, const char *idx_path)
{
	unsigned char head[IDX_HEAD], trailer[IDX_TRAILER];
	unsigned char pack_head[PACK_HEADER], pack_sum[PACK_TRAILER];
	pack_file pf;
	size_t n = strlen(idx_path);
	uint64_t pack_len;
	char *pack_path;
	int error;

	memset(&pf, 0, sizeof(pf));
	pf.idx_fd = pf.pack_fd = -1;
	if (!(pack_path = hdrcheck__malloc(n + 2)))
		return HDRCHECK_ENOMEM;
	memcpy(pack_path, idx_path, n - 4);
	memcpy(pack_path + n - 4, ".pack", 6);
	if ((error = read_ends(&pf.idx_fd, idx_path, head, sizeof(head),
	                       trailer, sizeof(trailer), &pf.idx_len)) < 0 ||
	    (error =
	         read_ends(&pf.pack_fd, pack_path, pack_head, sizeof(pack_head),
	                   pack_sum, sizeof(pack_sum), &pack_len)) < 0 ||
	    (error = parse_index(&pf, head, trailer, pack_head, pack_sum,
	                         pack_len)) < 0 ||
	    (error = packs_push(p, &pf)) < 0)
		goto done;
	pf.idx_fd = pf.pack_fd = -1; /* p owns them now */
done:
	pack_file_dispose(&pf);
	free(pack_path);
	return error;
}

static int compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int hdrcheck__packs_load(hdrcheck__packs *p, const char *objects_dir)
{
	hdrcheck_vector names = HDRCHECK_VECTOR_INIT;
	struct dirent *de;
	char *dir = NULL, *path = NULL;
	DIR *d = NULL;
	size_t i;
	int error = 0;

	if (!(dir = hdrcheck__aprintf("%s/pack", objects_dir)))
		return HDRCHECK_ENOMEM;
	if (!(d = opendir(dir)))
		goto done; /* no packs */
	while ((de = readdir(d)) != NULL) {
		size_t n = strlen(de->d_name);
		char *name;

		if (n < 9 || strncmp(de->d_name, "pack-", 5) != 0 ||
		    strcmp(de->d_name + n - 4, ".idx") != 0)
			continue;
		if (!(name = hdrcheck__strdup(de->d_name)) ||
		    hdrcheck__vector_push(&names, name) < 0) {
			free(name);
			error = HDRCHECK_ENOMEM;
			goto done;
		}
	}
	/* a fixed order: the same run reads the same pack each time */
	if (names.len > 1)
		qsort(names.items, names.len, sizeof(char *), compare_names);
	/* two descriptors a pack, for the run: past MAX_PACKS (a repository
	 * that fetched often and never packed) libgit2 reads the rest */
	for (i = 0; i < names.len && p->count < MAX_PACKS; i++) {
		free(path);
		if (!(path = hdrcheck__aprintf("%s/%s", dir,
		                               (char *)names.items[i]))) {
			error = HDRCHECK_ENOMEM;
			goto done;
		}
		if ((error = add_file(p, path)) == HDRCHECK_ENOMEM)
			goto done;
		error = 0;
	}
done:
	if (d)
		closedir(d);
	for (i = 0; i < names.len; i++)
		free(names.items[i]);
	hdrcheck__vector_dispose(&names);
	free(path);
	free(dir);
	return error;
}

/* len bytes of pack's index at off: a pointer into it when it is in
 * memory, else read into buf; NULL when they cannot be read. */
static const unsigned char *idx_read(hdrcheck__pack_reader *r, size_t pack,
                                     uint64_t off, size_t len,
                                     unsigned char *buf)
{
	const pack_file *pf = &r->packs->items[pack];

	if (off > pf->idx_len || len > pf->idx_len - off)
		return NULL;
	if (pf->idx_mem)
		return pf->idx_mem + off;
	return pread_all(pf->idx_fd, buf, len, off) == 0 ? buf : NULL;
}

/* The pack offset of entry i, checked against the pack. */
static int entry_offset(hdrcheck__pack_reader *r, size_t pack, size_t i,
                        uint64_t *off)
{
	const pack_file *pf = &r->packs->items[pack];
	unsigned char buf[8];
	const unsigned char *p;
	uint64_t o;

	if (!(p = idx_read(r, pack, pf->offs32_at + 4 * (uint64_t)i, 4, buf)))
		return HDRCHECK_EINVAL;
	o = hdrcheck__get_be32(p);
	if (o & 0x80000000u) {
		size_t j = (size_t)(o & 0x7fffffffu);

		if (j >= pf->large ||
		    !(p = idx_read(r, pack, pf->offs64_at + 8 * (uint64_t)j, 8,
		                   buf)))
			return HDRCHECK_EINVAL;
		o = hdrcheck__get_be64(p);
	}
	if (o < PACK_HEADER || o >= pf->data_end)
		return HDRCHECK_EINVAL;
	*off = o;
	return 0;
}

int hdrcheck__pack_entry(hdrcheck__pack_reader *r, size_t pack, size_t i,
                         unsigned char oid[HDRCHECK__OID_SIZE],
                         uint64_t *offset)
{
	const unsigned char *p;

	if (pack >= r->packs->count || i >= r->packs->items[pack].count ||
	    !(p = idx_read(r, pack,
	                   r->packs->items[pack].oids_at +
	                       (uint64_t)i * HDRCHECK__OID_SIZE,
	                   HDRCHECK__OID_SIZE, r->probe)))
		return HDRCHECK_EINVAL;
	memcpy(oid, p, HDRCHECK__OID_SIZE);
	return entry_offset(r, pack, i, offset);
}

/* Binary search of oid among the n ids at ids: its position, or -1. */
static long search(const unsigned char *ids, size_t n, const unsigned char *oid)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = memcmp(oid, ids + mid * HDRCHECK__OID_SIZE,
		               HDRCHECK__OID_SIZE);

		if (c == 0)
			return (long)mid;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return -1;
}

static uint32_t isqrt(uint32_t n)
{
	uint32_t x = 0, bit = 1u << 30;

	while (bit > n)
		bit >>= 2;
	while (bit) {
		if (n >= x + bit) {
			n -= x + bit;
			x = (x >> 1) + bit;
		} else {
			x >>= 1;
		}
		bit >>= 2;
	}
	return x;
}

/*
 * Between the fanout's bounds for the id's first byte, ids are close to
 * uniform: the next four bytes place it to within a few standard
 * deviations (sqrt(n) / 2). A first read of the entries around that
 * guess (1.5 deviations each side: 3 KiB in a bucket of 8,000) holds it
 * or proves it absent nine times in ten; otherwise a second read, four
 * times as wide, on the side the id lies (fewer bytes copied than one
 * wider first read: the index's reads were a third of what --rev
 * copied). Beyond that, a binary search an entry at a time goes on in
 * what they narrowed. Every step only narrows a sorted range: a wrong
 * guess costs reads, never a wrong answer; an unsorted table only makes
 * the search miss, and libgit2 then looks.
 */
static int pack_find(hdrcheck__pack_reader *r, size_t pack,
                     const unsigned char *oid, uint64_t *off)
{
	const pack_file *pf = &r->packs->items[pack];
	uint32_t lo = oid[0] ? pf->fanout[oid[0] - 1] : 0;
	uint32_t hi = pf->fanout[oid[0]];
	const unsigned char *ids;
	long at;

	if (hi > lo) {
		uint32_t n = hi - lo, margin = isqrt(n) * 3 / 4 + 8;
		uint32_t guess =
		    lo +
		    (uint32_t)(((uint64_t)hdrcheck__get_be32(oid + 1) * n) >>
		               32);
		uint32_t a, b;
		int tries;

		if (margin > PROBE_ENTRIES / 8)
			margin = PROBE_ENTRIES / 8;
		a = guess - lo > margin ? guess - margin : lo;
		b = hi - guess > margin ? guess + margin : hi;
		for (tries = 0; tries < 2 && a < b; tries++) {
			if (!(ids =
			          idx_read(r, pack,
			                   pf->oids_at +
			                       (uint64_t)a * HDRCHECK__OID_SIZE,
			                   (size_t)(b - a) * HDRCHECK__OID_SIZE,
			                   r->probe)))
				return HDRCHECK_EINVAL;
			if (memcmp(oid, ids, HDRCHECK__OID_SIZE) < 0) {
				hi = a;
				b = a;
				a = a - lo > 8 * margin ? a - 8 * margin : lo;
			} else if (memcmp(oid,
			                  ids + (size_t)(b - a - 1) *
			                            HDRCHECK__OID_SIZE,
			                  HDRCHECK__OID_SIZE) > 0) {
				lo = b;
				a = b;
				b = hi - b > 8 * margin ? b + 8 * margin : hi;
			} else {
				at = search(ids, b - a, oid);
				return at < 0
				           ? HDRCHECK_ENOTFOUND
				           : entry_offset(r, pack,
				                          a + (size_t)at, off);
			}
		}
	}
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;
		int c;

		if (!(ids = idx_read(r, pack,
		                     pf->oids_at +
		                         (uint64_t)mid * HDRCHECK__OID_SIZE,
		                     HDRCHECK__OID_SIZE, r->probe)))
			return HDRCHECK_EINVAL;
		if ((c = memcmp(oid, ids, HDRCHECK__OID_SIZE)) == 0)
			return entry_offset(r, pack, mid, off);
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return HDRCHECK_ENOTFOUND;
}

/* The pack holding oid, the first given one first (a REF_DELTA base is
 * most likely in its delta's pack). */
static int packs_find(hdrcheck__pack_reader *r, size_t first,
                      const unsigned char *oid, size_t *pack, uint64_t *off)
{
	size_t i, count = r->packs->count;
	int rc;

	for (i = 0; i <= count; i++) {
		size_t k = i == 0 ? first : i - 1;

		if (k >= count || (i > 0 && k == first))
			continue;
		rc = pack_find(r, k, oid, off);
		if (rc == 0)
			*pack = k;
		if (rc != HDRCHECK_ENOTFOUND)
			return rc;
	}
	return HDRCHECK_ENOTFOUND;
}

/* --- a worker's reader --- */

int hdrcheck__pack_reader_new(hdrcheck__pack_reader **out,
                              const hdrcheck__packs *p)
{
	hdrcheck__pack_reader *r;

	if (!(r = hdrcheck__calloc(1, sizeof(*r))))
		return HDRCHECK_ENOMEM;
	r->packs = p;
	r->max_prefix = MAX_PREFIX;
	if (!(r->in = hdrcheck__malloc(CHUNK))) {
		hdrcheck__pack_reader_free(r);
		return HDRCHECK_ENOMEM;
	}
	if (inflateInit2(&r->z, -15) != Z_OK) {
		hdrcheck__pack_reader_free(r);
		return HDRCHECK_ENOMEM;
	}
	r->z_ready = 1;
#ifdef HDRCHECK_HAVE_LIBDEFLATE
	if (!(r->whole = libdeflate_alloc_decompressor())) {
		hdrcheck__pack_reader_free(r);
		return HDRCHECK_ENOMEM;
	}
#endif
	*out = r;
	return 0;
}

void hdrcheck__pack_reader_set_limit(hdrcheck__pack_reader *r, size_t bytes)
{
	r->max_prefix = bytes;
}

void hdrcheck__pack_reader_free(hdrcheck__pack_reader *r)
{
	size_t i;

	if (!r)
		return;
	for (i = 0; i < CACHE_SLOTS; i++)
		free(r->cache[i].data);
	if (r->z_ready)
		inflateEnd(&r->z);
#ifdef HDRCHECK_HAVE_LIBDEFLATE
	if (r->whole)
		libdeflate_free_decompressor(r->whole);
	free(r->whole_in.ptr);
#endif
	free(r->in);
	free(r->deltas.ptr);
	free(r->frames);
	free(r->tmp[0].ptr);
	free(r->tmp[1].ptr);
	free(r->object.ptr);
	free(r);
}

static unsigned char *scratch_get(scratch *s, size_t len)
{
	if (len > s->cap) {
		unsigned char *p = realloc(s->ptr, len);

		if (!p)
			return NULL;
		s->ptr = p;
		s->cap = len;
	}
	return s->ptr ? s->ptr : (unsigned char *)"";
}

/* --- the base cache: direct-mapped, a clock hand evicts to stay within
 * CACHE_BYTES --- */

static cache_slot *cache_slot_of(hdrcheck__pack_reader *r, size_t pack,
                                 uint64_t off)
{
	uint64_t h = (off ^ ((uint64_t)pack << 48)) * 0x9e3779b97f4a7c15u;

	return &r->cache[h >> 54]; /* 10 bits: CACHE_SLOTS */
}

static void cache_drop(hdrcheck__pack_reader *r, cache_slot *s)
{
	if (!s->used)
		return;
	r->cache_bytes -= s->len;
	free(s->data);
	memset(s, 0, sizeof(*s));
}

static const cache_slot *cache_find(hdrcheck__pack_reader *r, size_t pack,
                                    uint64_t off)
{
	const cache_slot *s = cache_slot_of(r, pack, off);

	return s->used && s->pack == pack && s->offset == off ? s : NULL;
}

static void cache_put(hdrcheck__pack_reader *r, size_t pack, uint64_t off,
                      const unsigned char *data, size_t len, uint64_t size,
                      int type)
{
	cache_slot *s = cache_slot_of(r, pack, off);
	size_t sweeps = 0;

	if (len > CACHE_BYTES / 8)
		return;
	cache_drop(r, s);
	while (r->cache_bytes + len > CACHE_BYTES && sweeps++ < CACHE_SLOTS) {
		cache_drop(r, &r->cache[r->clock]);
		r->clock = (r->clock + 1) % CACHE_SLOTS;
	}
	if (r->cache_bytes + len > CACHE_BYTES ||
	    !(s->data = hdrcheck__malloc(len ? len : 1)))
		return; /* a cache: failing to keep is no error */
	memcpy(s->data, data, len);
	s->used = 1;
	s->pack = pack;
	s->offset = off;
	s->len = len;
	s->size = size;
	s->type = type;
	r->cache_bytes += len;
}

/* --- pack data --- */

/* The next bytes of the pack into the inflate stream's input: hint bytes
 * or CHUNK, never past the objects' end. */
static int fill(hdrcheck__pack_reader *r, const pack_file *pf, size_t pack,
                size_t hint)
{
	uint64_t at = r->next;
	size_t n;

	if (at >= pf->data_end)
		return HDRCHECK_EINVAL;
	n = hint < CHUNK ? hint : CHUNK;
	if (pf->data_end - at < n)
		n = (size_t)(pf->data_end - at);
	if (pf->mem) {
		r->z.next_in = (unsigned char *)pf->mem + at;
	} else {
		if (pread_all(pf->pack_fd, r->in, n, at) < 0)
			return HDRCHECK_EINVAL;
		r->z.next_in = r->in;
	}
	r->z.avail_in = (uInt)n;
	r->next = at + n;
	return 0;
}

typedef struct {
	int type;
	uint64_t size; /* inflated: the object's, or the delta's */
	uint64_t base_offset;
	unsigned char base_oid[HDRCHECK__OID_SIZE];
} object_header;

/*
 * The object header at off: type and size (a little-endian base-128
 * number after the type's 3 bits), then an OFS_DELTA's distance back to
 * its base (big-endian base-128, each continuation adding one) or a
 * REF_DELTA's base id. The inflate stream's input then starts at its
 * compressed data. end: where the object ends at the latest (0: not
 * known). A delta's base is most often just before it (on kafka, half of
 * them within 2 KiB): then all of the base is read at once, and no more.
 */
static int read_header(hdrcheck__pack_reader *r, size_t pack, uint64_t off,
                       uint64_t end_at, object_header *h)
{
	const pack_file *pf = &r->packs->items[pack];
	const unsigned char *p, *end;
	unsigned int shift = 4;
	unsigned char c;

	r->next = off;
	r->obj_end = end_at > off && end_at - off <= CHUNK ? end_at : 0;
	if (fill(r, pf, pack,
	         r->obj_end ? (size_t)(r->obj_end - off) : FIRST_READ) < 0)
		return HDRCHECK_EINVAL;
	p = r->z.next_in;
	end = p + r->z.avail_in;
	c = *p++;
	h->type = (c >> 4) & 7;
	h->size = c & 15;
	while (c & 0x80) {
		if (p >= end || shift > 57)
			return HDRCHECK_EINVAL;
		c = *p++;
		h->size |= (uint64_t)(c & 0x7f) << shift;
		shift += 7;
	}
	if (h->type == OBJ_OFS_DELTA) {
		uint64_t rel;

		if (p >= end)
			return HDRCHECK_EINVAL;
		c = *p++;
		rel = c & 0x7f;
		while (c & 0x80) {
			if (p >= end || rel > (UINT64_MAX >> 8))
				return HDRCHECK_EINVAL;
			c = *p++;
			rel = ((rel + 1) << 7) | (c & 0x7f);
		}
		/* strictly backwards: a chain of these always ends */
		if (rel == 0 || rel > off - PACK_HEADER)
			return HDRCHECK_EINVAL;
		h->base_offset = off - rel;
	} else if (h->type == OBJ_REF_DELTA) {
		if ((size_t)(end - p) < HDRCHECK__OID_SIZE)
			return HDRCHECK_EINVAL;
		memcpy(h->base_oid, p, HDRCHECK__OID_SIZE);
		p += HDRCHECK__OID_SIZE;
	} else if (h->type < OBJ_COMMIT || h->type > OBJ_TAG) {
		return HDRCHECK_EINVAL;
	}
	r->z.avail_in -= (uInt)(p - r->z.next_in);
	r->z.next_in = (unsigned char *)p;
	return 0;
}

/* The next input byte, reading on when the chunk is used up. */
static int take_byte(hdrcheck__pack_reader *r, const pack_file *pf, size_t pack,
                     unsigned char *c)
{
	if (r->z.avail_in == 0 && fill(r, pf, pack, 64) < 0)
		return HDRCHECK_EINVAL;
	*c = *r->z.next_in++;
	r->z.avail_in--;
	return 0;
}

/*
 * Inflate want bytes of the object whose data the stream's input starts
 * at, total its inflated size: the stream may not end before total, and
 * when want is all of it the stream must end right there. The stream is
 * inflated raw, past its 2-byte zlib header: zlib would sum the Adler-32
 * of every byte it produces, needed only when all of them are, and then
 * it is checked here against the trailer. Each step consumes input or
 * produces output, and input stops at the end of the pack's objects: the
 * work is bounded.
 */
static int inflate_prefix(hdrcheck__pack_reader *r, size_t pack,
                          unsigned char *out, size_t want, uint64_t total)
{
	const pack_file *pf = &r->packs->items[pack];
	z_stream *z = &r->z;
	unsigned char cmf, flg, extra, sum[4];
	int rc, ended = 0;
	size_t i;

	if (want > total || inflateReset(z) != Z_OK ||
	    take_byte(r, pf, pack, &cmf) < 0 ||
	    take_byte(r, pf, pack, &flg) < 0)
		return HDRCHECK_EINVAL;
	/* deflate, a window zlib can take, no preset dictionary */
	if ((cmf & 0x0f) != 8 || (cmf >> 4) > 7 || (flg & 0x20) ||
	    (cmf * 256 + flg) % 31 != 0)
		return HDRCHECK_EINVAL;
	z->next_out = out;
	z->avail_out = (uInt)want;
	/* Z_FINISH: when the stream ends within the call, zlib keeps no
	 * copy of the output in its window; Z_BUF_ERROR then only says it
	 * needs more input or room */
	while (z->avail_out > 0 && !ended) {
		/* about what the rest of the output takes, for text */
		if (z->avail_in == 0 &&
		    fill(r, pf, pack, z->avail_out / 2 + 4096) < 0)
			return HDRCHECK_EINVAL;
		rc = inflate(z, Z_FINISH);
		if (rc == Z_STREAM_END)
			ended = 1;
		else if (rc != Z_OK && !(rc == Z_BUF_ERROR &&
		                         (!z->avail_in || !z->avail_out)))
			return HDRCHECK_EINVAL;
	}
	if (ended && z->total_out != total)
		return HDRCHECK_EINVAL;
	if (want < total)
		return 0;
	while (!ended) {
		z->next_out = &extra;
		z->avail_out = 1;
		if (z->avail_in == 0 && fill(r, pf, pack, CHUNK) < 0)
			return HDRCHECK_EINVAL;
		rc = inflate(z, Z_FINISH);
		if (rc == Z_STREAM_END && z->avail_out == 1)
			ended = 1;
		else if (z->avail_out == 0 ||
		         (rc != Z_OK && !(rc == Z_BUF_ERROR && !z->avail_in)))
			return HDRCHECK_EINVAL;
	}
	for (i = 0; i < 4; i++)
		if (take_byte(r, pf, pack, &sum[i]) < 0)
			return HDRCHECK_EINVAL;
	return hdrcheck__get_be32(sum) ==
	               adler32_z(adler32_z(0, NULL, 0), out, want)
	           ? 0
	           : HDRCHECK_EINVAL;
}

#ifdef HDRCHECK_HAVE_LIBDEFLATE
/* The object's compressed bytes from start up to len, those already read
 * (in_len at in) first: a pointer to them, or NULL. */
static const unsigned char *whole_input(hdrcheck__pack_reader *r, size_t pack,
                                        uint64_t start, const unsigned char *in,
                                        size_t in_len, size_t len)
{
	const pack_file *pf = &r->packs->items[pack];
	unsigned char *buf;

	if (pf->mem)
		return pf->mem + start; /* all of it is there */
	if (in == r->whole_in.ptr) {
		/* a second, longer try: what the first read stays */
		if (!(buf = scratch_get(&r->whole_in, len)))
			return NULL;
	} else {
		if (!(buf = scratch_get(&r->whole_in, len)))
			return NULL;
		memcpy(buf, in, in_len);
	}
	return pread_all(pf->pack_fd, buf + in_len, len - in_len,
	                 start + in_len) == 0
	           ? buf
	           : NULL;
}
#endif

/*
 * All of an object (want == total): with libdeflate, when it is built
 * in, in one call over the compressed bytes. Those are at most a little
 * more than total for any stream zlib writes (git's), and for text less
 * than half of it: a first try reads that much, a second one the bound.
 * libdeflate checks the Adler-32 too. A stream it refuses (corrupt, or
 * longer than the bound) goes through zlib from the start, which decides.
 */
static int inflate_whole(hdrcheck__pack_reader *r, size_t pack,
                         unsigned char *out, size_t total)
{
#ifdef HDRCHECK_HAVE_LIBDEFLATE
	const pack_file *pf = &r->packs->items[pack];
	uint64_t start = r->next - r->z.avail_in;
	size_t bound = total + total / 256 + 64, in_len = r->z.avail_in;
	size_t used = 0, got = 0, len;
	const unsigned char *in = r->z.next_in;
	int tries;

	if (pf->data_end - start < bound)
		bound = (size_t)(pf->data_end - start);
	/* the object's end known: what was read holds all of it */
	if (r->obj_end > start && r->obj_end - start < bound)
		bound = (size_t)(r->obj_end - start);
	len =
	    total / 2 + 1024 < bound && !r->obj_end ? total / 2 + 1024 : bound;
	for (tries = 0; tries < 2; tries++) {
		if (in_len < len) {
			if (!(in =
			          whole_input(r, pack, start, in, in_len, len)))
				return HDRCHECK_EINVAL;
			in_len = len;
		}
		if (libdeflate_zlib_decompress_ex(r->whole, in, in_len, out,
		                                  total, &used,
		                                  &got) == LIBDEFLATE_SUCCESS &&
		    got == total)
			return 0;
		if (in_len >= bound)
			break;
		len = bound;
	}
	/* zlib, from the start of the stream */
	r->next = start;
	r->z.avail_in = 0;
#endif
	return inflate_prefix(r, pack, out, total, total);
}

/* Whether inflating all of an object of total bytes costs less than its
 * first want bytes: with libdeflate (some three times zlib's speed), when
 * the rest is no longer than the prefix. Delta bases often are: the
 * instructions that build a window copy from all over the base. */
static int whole_is_cheaper(size_t want, uint64_t total, size_t limit)
{
#ifdef HDRCHECK_HAVE_LIBDEFLATE
	return want < total && total <= limit && total - want <= want;
#else
	(void)want;
	(void)total;
	(void)limit;
	return 0;
#endif
}

/* --- deltas --- */

/* A delta's size field: little-endian base-128. */
static int delta_size(uint64_t *out, const unsigned char **pp,
                      const unsigned char *end)
{
	const unsigned char *p = *pp;
	uint64_t v = 0;
	unsigned int shift = 0;
	unsigned char c;

	do {
		if (p >= end || shift > 63)
			return -1;
		c = *p++;
		v |= (uint64_t)(c & 0x7f) << shift;
		shift += 7;
	} while (c & 0x80);
	*out = v;
	*pp = p;
	return 0;
}

/*
 * Run a delta's instructions until need output bytes are built: a copy
 * (0x80 | which offset and size bytes follow) takes base bytes, an insert
 * (1..127) takes that many delta bytes, 0 is reserved. Every copy is
 * checked against the base's size and every instruction against the
 * result's. *base_need: the end of the highest base range used. With out
 * set, the output is written too (base holds at least *base_need bytes,
 * from a previous run). complete: the instructions are the whole delta;
 * when need is its whole result, they must end exactly there.
 */
static int delta_run(const unsigned char *p, const unsigned char *end,
                     uint64_t base_size, uint64_t result_size, size_t need,
                     int complete, const unsigned char *base,
                     unsigned char *out, size_t *base_need)
{
	size_t done = 0, reach = 0;

	while (done < need) {
		const unsigned char *from;
		unsigned char c;
		size_t take;

		if (p >= end)
			return HDRCHECK_EINVAL;
		c = *p++;
		if (c & 0x80) {
			uint64_t o = 0, n = 0;
			unsigned int i;

			for (i = 0; i < 4; i++)
				if (c & (1u << i)) {
					if (p >= end)
						return HDRCHECK_EINVAL;
					o |= (uint64_t)*p++ << (8 * i);
				}
			for (i = 0; i < 3; i++)
				if (c & (0x10u << i)) {
					if (p >= end)
						return HDRCHECK_EINVAL;
					n |= (uint64_t)*p++ << (8 * i);
				}
			if (n == 0)
				n = 0x10000;
			if (o + n > base_size || done + n > result_size)
				return HDRCHECK_EINVAL;
			take = need - done < n ? need - done : (size_t)n;
			if (o + take > reach)
				reach = (size_t)(o + take);
			from = base + o;
		} else if (c) {
			take = need - done < c ? need - done : c;
			/* a prefix of the delta may end inside the last
			 * insert: only what is taken must be there */
			if ((size_t)(end - p) < (complete ? c : take) ||
			    done + c > result_size)
				return HDRCHECK_EINVAL;
			from = p;
			p += c;
		} else {
			return HDRCHECK_EINVAL;
		}
		/* one call for both: an insert's copy alone (at most 127
		 * bytes) was inlined as a "rep movsq", slower than memcpy()
		 * for so few bytes (a quarter of this function's time) */
		if (out)
			memcpy(out + done, from, take);
		done += take;
	}
	if (complete && need == result_size && p != end)
		return HDRCHECK_EINVAL;
	*base_need = reach;
	return 0;
}

static frame *push_frame(hdrcheck__pack_reader *r, size_t depth)
{
	if (depth >= r->frames_cap) {
		size_t cap = r->frames_cap ? r->frames_cap * 2 : 16;
		frame *f = hdrcheck__realloc(r->frames, cap * sizeof(*f));

		if (!f)
			return NULL;
		r->frames = f;
		r->frames_cap = cap;
	}
	return &r->frames[depth];
}

/*
 * One level of a chain that is a delta: inflate as much of it as can
 * matter for need output bytes (the sizes, then at most 8 instruction
 * bytes per output byte), check its sizes against what the level above
 * expects (expect; UINT64_MAX at the top, where need is then clipped to
 * the result), and learn how much of the base that takes.
 */
static int read_delta(hdrcheck__pack_reader *r, frame *f,
                      const object_header *h, size_t *need, uint64_t expect)
{
	const unsigned char *p, *end;
	size_t len, at = r->deltas_len;
	unsigned char *d;
	int error;

	len = 20 + 8 * *need;
	if (len < *need || h->size < len ||
	    whole_is_cheaper(len, h->size, r->max_prefix))
		len = (size_t)h->size;
	if (len > r->max_prefix - at || !scratch_get(&r->deltas, at + len + 1))
		return len > r->max_prefix - at ? HDRCHECK_ELIMIT
		                                : HDRCHECK_ENOMEM;
	d = r->deltas.ptr + at;
	if ((error = len == h->size
	                 ? inflate_whole(r, f->pack, d, len)
	                 : inflate_prefix(r, f->pack, d, len, h->size)) < 0)
		return error;
	p = d;
	end = d + len;
	if (delta_size(&f->base_size, &p, end) < 0 ||
	    delta_size(&f->result_size, &p, end) < 0)
		return HDRCHECK_EINVAL;
	if (expect == UINT64_MAX) {
		if (*need > f->result_size)
			*need = (size_t)f->result_size;
	} else if (f->result_size != expect) {
		return HDRCHECK_EINVAL;
	}
	f->delta_at = at;
	f->delta_len = len;
	f->ops_at = (size_t)(p - d);
	f->complete = len == h->size;
	f->need = *need;
	if ((error = delta_run(p, end, f->base_size, f->result_size, *need,
	                       f->complete, NULL, NULL, &f->base_need)) < 0)
		return error;
	if (f->base_need > r->max_prefix)
		return HDRCHECK_ELIMIT;
	r->deltas_len = at + len;
	return 0;
}

static int read_at(hdrcheck__pack_reader *r, size_t pack, uint64_t offset,
                   char *buf, size_t cap, size_t *len, uint64_t *size,
                   int *type)
{
	const unsigned char *base = NULL;
	object_header h;
	uint64_t expect = UINT64_MAX, top_size = 0, end_at = 0;
	size_t depth, need = cap, base_len = 0;
	int error, btype = 0, in_tmp = -1;

	if (pack >= r->packs->count || cap > r->max_prefix)
		return HDRCHECK_EINVAL;
	r->deltas_len = 0;
	/* down the chain: each level asks its base for a prefix */
	for (depth = 0;; depth++) {
		const cache_slot *s = cache_find(r, pack, offset);
		frame *f;

		if (depth > MAX_DEPTH)
			return HDRCHECK_ELIMIT;

		/* a prefix built before, long enough (a base's size is
		 * what its delta says; the top's window is clipped) */
		if (s && s->len >= (need < s->size ? need : s->size)) {
			if (depth == 0) {
				need = need < s->size ? need : (size_t)s->size;
				memcpy(buf, s->data, need);
				top_size = s->size;
				base = (const unsigned char *)buf;
			} else if (s->size != expect) {
				return HDRCHECK_EINVAL;
			} else {
				base = s->data;
			}
			base_len = need;
			btype = s->type;
			break;
		}
		if ((error = read_header(r, pack, offset, end_at, &h)) < 0)
			return error;
		if (h.type != OBJ_OFS_DELTA && h.type != OBJ_REF_DELTA) {
			unsigned char *dst;
			size_t get;

			if (depth == 0) {
				if (need > h.size)
					need = (size_t)h.size;
				top_size = h.size;
			} else if (h.size != expect) {
				return HDRCHECK_EINVAL;
			}
			get = whole_is_cheaper(need, h.size, r->max_prefix)
			          ? (size_t)h.size
			          : need;
			if (depth == 0 && get == need)
				dst = (unsigned char *)buf;
			else if (!(dst = scratch_get(&r->tmp[0], get)))
				return HDRCHECK_ENOMEM;
			if ((error = get == h.size
			                 ? inflate_whole(r, pack, dst, get)
			                 : inflate_prefix(r, pack, dst, get,
			                                  h.size)) < 0)
				return error;
			if (depth == 0 && dst != (unsigned char *)buf)
				memcpy(buf, dst, need);
			base = depth == 0 ? (unsigned char *)buf : dst;
			base_len = need;
			btype = h.type;
			in_tmp = depth == 0 ? -1 : 0;
			if (depth > 0)
				cache_put(r, pack, offset, dst, get, h.size,
				          h.type);
			break;
		}
		if (!(f = push_frame(r, depth)))
			return HDRCHECK_ENOMEM;
		f->pack = pack;
		f->offset = offset;
		if ((error = read_delta(r, f, &h, &need, expect)) < 0)
			return error;
		if (depth == 0)
			top_size = f->result_size;
		expect = f->base_size;
		need = f->base_need;
		if (h.type == OBJ_OFS_DELTA) {
			end_at = offset; /* the base ends before the delta */
			offset = h.base_offset;
		} else if ((error = packs_find(r, pack, h.base_oid, &pack,
		                               &offset)) < 0) {
			return HDRCHECK_EINVAL;
		} else {
			end_at = 0;
		}
	}
	/* back up: each delta builds its prefix from its base's */
	while (depth-- > 0) {
		frame *f = &r->frames[depth];
		const unsigned char *d = r->deltas.ptr + f->delta_at;
		unsigned char *dst;
		size_t unused;

		if (base_len < f->base_need)
			return HDRCHECK_EINVAL;
		if (depth == 0)
			dst = (unsigned char *)buf;
		else if (!(dst = scratch_get(&r->tmp[in_tmp == 0 ? 1 : 0],
		                             f->need)))
			return HDRCHECK_ENOMEM;
		if ((error = delta_run(d + f->ops_at, d + f->delta_len,
		                       f->base_size, f->result_size, f->need,
		                       f->complete, base, dst, &unused)) < 0)
			return error;
		if (depth > 0) {
			in_tmp = in_tmp == 0 ? 1 : 0;
			cache_put(r, f->pack, f->offset, dst, f->need,
			          f->result_size, btype);
		}
		base = dst;
		base_len = f->need;
	}
	*len = base_len;
	*size = top_size;
	*type = btype;
	return 0;
}

static void scratch_trim(scratch *s)
{
	if (s->cap > KEEP_SCRATCH) {
		free(s->ptr);
		s->ptr = NULL;
		s->cap = 0;
	}
}

int hdrcheck__pack_read_at(hdrcheck__pack_reader *r, size_t pack,
                           uint64_t offset, char *buf, size_t cap, size_t *len,
                           uint64_t *size, int *type)
{
	int error = read_at(r, pack, offset, buf, cap, len, size, type);

	scratch_trim(&r->deltas);
	scratch_trim(&r->tmp[0]);
	scratch_trim(&r->tmp[1]);
#ifdef HDRCHECK_HAVE_LIBDEFLATE
	scratch_trim(&r->whole_in);
#endif
	return error;
}

int hdrcheck__pack_blob_window(hdrcheck__pack_reader *r,
                               const unsigned char oid[HDRCHECK__OID_SIZE],
                               char *buf, size_t cap, size_t *len,
                               uint64_t *size)
{
	uint64_t off, sz;
	size_t pack, n;
	int error, type;

	if ((error = packs_find(r, 0, oid, &pack, &off)) < 0)
		return error;
	if ((error = hdrcheck__pack_read_at(r, pack, off, buf, cap, &n, &sz,
	                                    &type)) < 0)
		return error;
	if (type != OBJ_BLOB)
		return HDRCHECK_EINVAL;
	*len = n;
	*size = sz;
	return 0;
}

int hdrcheck__pack_object(hdrcheck__pack_reader *r,
                          const unsigned char oid[HDRCHECK__OID_SIZE],
                          const unsigned char **data, size_t *len, int *type)
{
	uint64_t off, size;
	size_t pack, n, first = (size_t)64 << 10;
	unsigned char *buf;
	int error;

	if ((error = packs_find(r, 0, oid, &pack, &off)) < 0)
		return error;
	if (first > r->max_prefix)
		first = r->max_prefix;
	scratch_trim(&r->object);
	if (!(buf = scratch_get(&r->object, first)))
		return HDRCHECK_ENOMEM;
	if ((error = hdrcheck__pack_read_at(r, pack, off, (char *)buf, first,
	                                    &n, &size, type)) < 0)
		return error;
	if (n < size) {
		/* larger than the first try: again, all of it */
		if (size > r->max_prefix)
			return HDRCHECK_EINVAL;
		if (!(buf = scratch_get(&r->object, (size_t)size)))
			return HDRCHECK_ENOMEM;
		if ((error = hdrcheck__pack_read_at(r, pack, off, (char *)buf,
		                                    (size_t)size, &n, &size,
		                                    type)) < 0)
			return error;
		if (n != size)
			return HDRCHECK_EINVAL;
	}
	*data = buf;
	*len = n;
	return 0;
}
