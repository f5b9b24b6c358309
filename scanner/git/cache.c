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
 * The result cache: the verdict on a file, under $GIT_COMMON_DIR/hdrcheck/,
 * one file per policy fingerprint ("v1-<first 16 hex digits>.cache"). A
 * key is a blob id plus a 64-bit digest of everything path-dependent the
 * verdict depends on: the path (the type and policy chosen for it), the
 * attribute files that apply to it, and how the content was obtained (a
 * blob, or a work-tree file and the settings that shaped it). A verdict
 * the path alone decided (excluded, vendored, a type without comments) is
 * keyed by the path with a zero id: no stat, no read. Everything else
 * that can change a verdict is the fingerprint.
 *
 * The file (little-endian):
 *
 *   header  80 bytes: magic "HDRCKC01", format version, record size,
 *           fingerprint (32), generation, record count, strings size,
 *           checksum of everything after the header
 *   records count x 64, sorted by key (oid, then aux big-endian, so that
 *           memcmp orders them): oid (20), aux (8), generation last used
 *           (4), line (4), reason, license, holders, language, policy (4
 *           each: 1 + offset into strings, 0 = NULL), status (1), zero
 *           (3), warning (4, as the strings above)
 *   strings NUL-terminated, the last byte NUL
 *
 * Trust nothing: a file whose magic, version, fingerprint, sizes or
 * checksum do not add up is an empty cache, and a record that names a bad
 * status or string is a miss. It is read with mmap and looked up by binary
 * search from any number of workers at once (the "used" marks are
 * atomic). It is written only when a run computed something new, to a
 * temporary file renamed over the old one, so a concurrent run sees the
 * old or the new file, never half of one; of two concurrent writers, the
 * last rename wins and the other's new verdicts are computed again later.
 * It cannot grow without bound: at most RECORDS_MAX records, those of
 * this run first, then the most recently used; at most FILES_KEPT cache
 * files (other fingerprints), the least recently written removed.
 */

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "common/atomic.h"
#include "common/endian.h"
#include "scanner/git/cache.h"

/* Every page is read anyway: map them in one go, not a fault each. */
#ifdef MAP_POPULATE
#define MAP_POPULATE_IF MAP_POPULATE
#else
#define MAP_POPULATE_IF 0
#endif

#define MAGIC            "HDRCKC02"
#define FORMAT_VERSION   1
#define HEADER_SIZE      80
#define RECORD_SIZE      64
#define KEY_SIZE         (HDRCHECK__OID_SIZE + 8)
#define RECORDS_MAX      (256u * 1024)
#define RECORDS_MIN_KEPT (16u * 1024)
#define STRINGS_MAX      (64u << 20)
#define FILES_KEPT       4
#define TEMP_MAX_AGE     3600 /* seconds: older temp files are leftovers */
#define CHECKSUM_SEED    0x6864726368656b63ull

struct hdrcheck__cache {
	int dirfd;     /* the cache directory (ours), or -1: nothing kept */
	char name[32]; /* "v1-<16 hex digits>.cache" */
	unsigned char fingerprint[32];
	unsigned char *map; /* the valid file, or NULL */
	size_t map_len;
	const unsigned char *records;
	size_t count;
	const char *strings;
	size_t strings_len;
	uint64_t generation;
	size_t by_path; /* records [0, by_path) have a zero id */
	/* which path digests have a zero-id record, one bit each (by the
	 * digest's low bits): most files have none, and skip the search */
	uint64_t *path_bits;
	atomic_uchar *used; /* per record */
};

#define PATH_BITS (1u << 18)

static void key_bytes(unsigned char out[KEY_SIZE], const hdrcheck__cache_key *k)
{
	size_t i;

	memcpy(out, k->oid, HDRCHECK__OID_SIZE);
	for (i = 0; i < 8; i++) /* big-endian: memcmp orders keys */
		out[HDRCHECK__OID_SIZE + i] =
		    (unsigned char)(k->aux >> (56 - 8 * i));
}

void hdrcheck__cache_key_init(hdrcheck__cache_key *k,
                              const unsigned char oid[HDRCHECK__OID_SIZE],
                              char kind, uint64_t digest, const char *path)
{
	unsigned char head[9];
	uint64_t h;

	if (oid)
		memcpy(k->oid, oid, HDRCHECK__OID_SIZE);
	else
		memset(k->oid, 0, HDRCHECK__OID_SIZE);
	head[0] = (unsigned char)kind;
	hdrcheck__put_le64(head + 1, digest);
	h = hdrcheck__hash64(0x6b6579, head, sizeof(head));
	k->aux = hdrcheck__hash64(h, path, strlen(path));
}

static void fingerprint_hex(char out[17], const unsigned char fp[32])
{
	static const char hex[] = "0123456789abcdef";
	size_t i;

	for (i = 0; i < 8; i++) {
		out[2 * i] = hex[fp[i] >> 4];
		out[2 * i + 1] = hex[fp[i] & 15];
	}
	out[16] = '\0';
}

/* Map path and check it from end to end; 0 with c->map NULL when the
 * file is missing or not to be trusted. */
static int load(hdrcheck__cache *c)
{
	struct stat st;
	unsigned char *map = NULL;
	uint64_t count, strings;
	int fd;

	/* non-blocking: a FIFO put there must not hang the run */
	if (c->dirfd < 0 ||
	    (fd = openat(c->dirfd, c->name,
	                 O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)) < 0)
		return 0;
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode) ||
	    st.st_size < HEADER_SIZE ||
	    (uint64_t)st.st_size > (uint64_t)HEADER_SIZE +
	                               (uint64_t)RECORDS_MAX * RECORD_SIZE +
	                               STRINGS_MAX)
		goto bad;
	map = mmap(NULL, (size_t)st.st_size, PROT_READ,
	           MAP_PRIVATE | MAP_POPULATE_IF, fd, 0);
	if (map == MAP_FAILED) {
		map = NULL;
		goto bad;
	}
	count = hdrcheck__get_le64(map + 56);
	strings = hdrcheck__get_le64(map + 64);
	if (memcmp(map, MAGIC, 8) != 0 ||
	    hdrcheck__get_le32(map + 8) != FORMAT_VERSION ||
	    hdrcheck__get_le32(map + 12) != RECORD_SIZE ||
	    memcmp(map + 16, c->fingerprint, 32) != 0 || count > RECORDS_MAX ||
	    strings > STRINGS_MAX ||
	    (uint64_t)st.st_size !=
	        HEADER_SIZE + count * RECORD_SIZE + strings ||
	    (strings && map[st.st_size - 1] != '\0') ||
	    hdrcheck__get_le64(map + 72) !=
	        hdrcheck__hash64(CHECKSUM_SEED, map + HEADER_SIZE,
	                         (size_t)st.st_size - HEADER_SIZE))
		goto bad;
	c->map = map;
	c->map_len = (size_t)st.st_size;
	c->generation = hdrcheck__get_le64(map + 48);
	c->records = map + HEADER_SIZE;
	c->count = (size_t)count;
	c->strings = (const char *)map + HEADER_SIZE + count * RECORD_SIZE;
	c->strings_len = (size_t)strings;
	{
		static const unsigned char zero[HDRCHECK__OID_SIZE];
		size_t lo = 0, hi = c->count;

		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;

			if (memcmp(c->records + mid * RECORD_SIZE, zero,
			           sizeof(zero)) == 0)
				lo = mid + 1;
			else
				hi = mid;
		}
		c->by_path = lo;
	}
	close(fd);
	return 0;
bad:
	if (map)
		munmap(map, (size_t)st.st_size);
	close(fd);
	return 0;
}

int hdrcheck__cache_open_at(hdrcheck__cache **out, int dirfd,
                            const unsigned char fingerprint[32])
{
	hdrcheck__cache *c = NULL;
	char hex[17];
	size_t i;
	int error = 0;

	fingerprint_hex(hex, fingerprint);
	if (!(c = hdrcheck__calloc(1, sizeof(*c)))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	c->dirfd = -1;
	snprintf(c->name, sizeof(c->name), "v1-%s.cache", hex);
	/* our own descriptor: the source (and its) may be gone at the save */
	if (dirfd >= 0 && (c->dirfd = fcntl(dirfd, F_DUPFD_CLOEXEC, 0)) < 0) {
		error = hdrcheck__error_resource(errno, "the cache directory");
		goto done;
	}
	memcpy(c->fingerprint, fingerprint, 32);
	load(c);
	if (c->count &&
	    (!(c->used = hdrcheck__calloc(c->count, sizeof(*c->used))) ||
	     !(c->path_bits =
	           hdrcheck__calloc(PATH_BITS / 64, sizeof(uint64_t))))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	for (i = 0; i < c->by_path; i++) {
		/* aux is stored big-endian after the id */
		uint64_t aux = hdrcheck__get_be64(c->records + i * RECORD_SIZE +
		                                  HDRCHECK__OID_SIZE) &
		               (PATH_BITS - 1);

		c->path_bits[aux / 64] |= (uint64_t)1 << (aux % 64);
	}
	*out = c;
	c = NULL;
done:
	hdrcheck__cache_free(c);
	return error;
}

int hdrcheck__cache_open(hdrcheck__cache **out, const char *dir,
                         const unsigned char fingerprint[32])
{
	int fd = -1, error;

	if (hdrcheck__cachedir_open(&fd, dir, NULL) < 0)
		fd = -1; /* unusable: an empty cache, never written */
	error = hdrcheck__cache_open_at(out, fd, fingerprint);
	if (fd >= 0)
		close(fd);
	return error;
}

void hdrcheck__cache_free(hdrcheck__cache *c)
{
	if (!c)
		return;
	if (c->map)
		munmap(c->map, c->map_len);
	if (c->dirfd >= 0)
		close(c->dirfd);
	free(c->path_bits);
	free(c->used);
	free(c);
}

/* memcmp of two 28-byte keys, as three 8-byte and one 4-byte word. */
static int key_cmp(const unsigned char *a, const unsigned char *b)
{
	size_t i;

	for (i = 0; i < 24; i += 8) {
		uint64_t x = hdrcheck__get_be64(a + i),
		         y = hdrcheck__get_be64(b + i);

		if (x != y)
			return x < y ? -1 : 1;
	}
	return memcmp(a + 24, b + 24, KEY_SIZE - 24);
}

/* A string of the table: 0 is NULL; an offset past the table is bad. */
static int string_at(const hdrcheck__cache *c, uint32_t ref, const char **out)
{
	if (!ref) {
		*out = NULL;
		return 0;
	}
	if ((size_t)ref - 1 >= c->strings_len)
		return -1;
	*out = c->strings + ref - 1; /* the table ends with a NUL */
	return 0;
}

static int dup_or_null(const char **out, const char *s)
{
	*out = NULL;
	if (s && !(*out = hdrcheck__strdup(s)))
		return HDRCHECK_ENOMEM;
	return 0;
}

int hdrcheck__cache_get(hdrcheck__cache *c, const hdrcheck__cache_key *k,
                        hdrcheck_finding *f, hdrcheck__cache_language lang,
                        void *payload)
{
	static const unsigned char zero[HDRCHECK__OID_SIZE];
	unsigned char key[KEY_SIZE];
	size_t lo = 0, hi = c->count;

	if (!c->count)
		return 0;
	key_bytes(key, k);
	/* the verdicts of paths alone (a zero id) sort first */
	if (memcmp(k->oid, zero, sizeof(zero)) == 0) {
		uint64_t bit = k->aux & (PATH_BITS - 1);

		if (!(c->path_bits[bit / 64] & ((uint64_t)1 << (bit % 64))))
			return 0;
		hi = c->by_path;
	} else {
		lo = c->by_path;
	}
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const unsigned char *r = c->records + mid * RECORD_SIZE;
		int cmp = key_cmp(r, key);
		const char *reason, *license, *holders, *language, *policy;
		const char *warning;
		const char *type = NULL;
		unsigned int status;

		if (cmp < 0) {
			lo = mid + 1;
			continue;
		}
		if (cmp > 0) {
			hi = mid;
			continue;
		}
		status = r[56];
		if (status >= HDRCHECK_STATUS__COUNT ||
		    string_at(c, hdrcheck__get_le32(r + 36), &reason) < 0 ||
		    string_at(c, hdrcheck__get_le32(r + 40), &license) < 0 ||
		    string_at(c, hdrcheck__get_le32(r + 44), &holders) < 0 ||
		    string_at(c, hdrcheck__get_le32(r + 48), &language) < 0 ||
		    string_at(c, hdrcheck__get_le32(r + 52), &policy) < 0 ||
		    string_at(c, hdrcheck__get_le32(r + 60), &warning) < 0 ||
		    (language && !(type = lang(payload, language))))
			return 0; /* never trusted */
		if (dup_or_null(&f->reason, reason) < 0 ||
		    dup_or_null(&f->license, license) < 0 ||
		    dup_or_null(&f->holders, holders) < 0 ||
		    dup_or_null(&f->policy, policy) < 0 ||
		    dup_or_null(&f->warning, warning) < 0) {
			free((char *)f->reason);
			free((char *)f->license);
			free((char *)f->holders);
			free((char *)f->policy);
			f->reason = f->license = f->holders = f->policy = NULL;
			return HDRCHECK_ENOMEM;
		}
		f->status = (hdrcheck_status)status;
		f->line = hdrcheck__get_le32(r + 32);
		f->language = type;
		atomic_store_explicit(&c->used[mid], 1, memory_order_relaxed);
		return 1;
	}
	return 0;
}

/* --- batches and saving --- */

/* Double the batch's table of strings (kept at most half full). */
static int batch_rehash(hdrcheck__cache_batch *b)
{
	size_t mask = b->mask ? b->mask * 2 + 1 : 255, i, at;
	uint32_t *slots = hdrcheck__calloc(mask + 1, sizeof(*slots));

	if (!slots)
		return HDRCHECK_ENOMEM;
	for (i = 0; b->slots && i <= b->mask; i++) {
		const char *s;

		if (!b->slots[i])
			continue;
		s = b->strings.ptr + b->slots[i] - 1;
		for (at = (size_t)hdrcheck__hash64(7, s, strlen(s)) & mask;
		     slots[at]; at = (at + 1) & mask)
			;
		slots[at] = b->slots[i];
	}
	free(b->slots);
	b->slots = slots;
	b->mask = mask;
	return 0;
}

/* A string into a batch's table, once: 0 for NULL, else 1 + offset. */
static int batch_string(hdrcheck__cache_batch *b, const char *s, uint32_t *ref)
{
	size_t at = b->strings.len, len, i;
	uint64_t h;
	int error;

	*ref = 0;
	if (!s)
		return 0;
	len = strlen(s);
	if ((b->distinct + 1) * 2 > b->mask && (error = batch_rehash(b)) < 0)
		return error;
	h = hdrcheck__hash64(7, s, len);
	for (i = (size_t)h & b->mask; b->slots[i]; i = (i + 1) & b->mask)
		if (strcmp(b->strings.ptr + b->slots[i] - 1, s) == 0) {
			*ref = b->slots[i];
			return 0;
		}
	if (at + len + 1 >= STRINGS_MAX)
		return HDRCHECK_ELIMIT;
	if ((error = hdrcheck__buf_put(&b->strings, s, len + 1)) < 0)
		return error;
	*ref = (uint32_t)at + 1;
	b->slots[i] = *ref;
	b->distinct++;
	return 0;
}

/* Forget the strings stored from offset len on. */
static void batch_rollback(hdrcheck__cache_batch *b, size_t len)
{
	size_t i;

	if (b->strings.len == len)
		return;
	for (i = 0; b->slots && i <= b->mask; i++)
		if (b->slots[i] && b->slots[i] - 1 >= len) {
			b->slots[i] = 0;
			b->distinct--;
		}
	b->strings.len = len;
	/* the probe chains of the rest: rebuilt whole (rare: a verdict too
	 * large to keep) */
	if (b->slots) {
		uint32_t *old = b->slots;
		size_t mask = b->mask;

		b->slots = hdrcheck__calloc(mask + 1, sizeof(*old));
		if (!b->slots) {
			/* keep the old table: chains may break, which
			 * only stores a string twice */
			b->slots = old;
			return;
		}
		for (i = 0; i <= mask; i++) {
			size_t at;
			const char *s;

			if (!old[i])
				continue;
			s = b->strings.ptr + old[i] - 1;
			for (at = (size_t)hdrcheck__hash64(7, s, strlen(s)) &
			          mask;
			     b->slots[at]; at = (at + 1) & mask)
				;
			b->slots[at] = old[i];
		}
		free(old);
	}
}

int hdrcheck__cache_batch_put(hdrcheck__cache_batch *b,
                              const hdrcheck__cache_key *k,
                              const hdrcheck_finding *f)
{
	unsigned char r[RECORD_SIZE];
	uint32_t reason, license, holders, language, policy, warning;
	size_t rollback = b->strings.len;
	int error;

	if (b->count >= RECORDS_MAX)
		return 0;
	if ((error = batch_string(b, f->reason, &reason)) < 0 ||
	    (error = batch_string(b, f->license, &license)) < 0 ||
	    (error = batch_string(b, f->holders, &holders)) < 0 ||
	    (error = batch_string(b, f->language, &language)) < 0 ||
	    (error = batch_string(b, f->policy, &policy)) < 0 ||
	    (error = batch_string(b, f->warning, &warning)) < 0) {
		batch_rollback(b, rollback);
		/* a verdict too large to keep is simply not kept */
		return error == HDRCHECK_ENOMEM ? error : 0;
	}
	memset(r, 0, sizeof(r));
	key_bytes(r, k);
	hdrcheck__put_le32(r + 32, f->line);
	hdrcheck__put_le32(r + 36, reason);
	hdrcheck__put_le32(r + 40, license);
	hdrcheck__put_le32(r + 44, holders);
	hdrcheck__put_le32(r + 48, language);
	hdrcheck__put_le32(r + 52, policy);
	r[56] = (unsigned char)f->status;
	hdrcheck__put_le32(r + 60, warning);
	if ((error = hdrcheck__buf_put(&b->records, (const char *)r,
	                               sizeof(r))) < 0) {
		batch_rollback(b, rollback);
		return error;
	}
	b->count++;
	return 0;
}

void hdrcheck__cache_batch_dispose(hdrcheck__cache_batch *b)
{
	hdrcheck__buf_dispose(&b->records);
	hdrcheck__buf_dispose(&b->strings);
	free(b->slots);
	b->slots = NULL;
	b->mask = b->distinct = 0;
	b->count = 0;
}

/* A record on its way to the new file: where its bytes and strings are. */
typedef struct {
	const unsigned char *rec;
	const char *strings; /* the table its references point into */
	size_t strings_len;
	uint32_t gen;
	unsigned int fresh : 1; /* computed or used in this run */
} pending;

static int compare_pending(const void *a, const void *b)
{
	const pending *x = a, *y = b;
	int c = memcmp(x->rec, y->rec, KEY_SIZE);

	if (c)
		return c;
	/* the same key twice: a fresh verdict first, it wins */
	return (int)y->fresh - (int)x->fresh;
}

/* Most recent first, for trimming. */
static int compare_age(const void *a, const void *b)
{
	const pending *x = a, *y = b;

	if (x->fresh != y->fresh)
		return (int)y->fresh - (int)x->fresh;
	return x->gen < y->gen ? 1 : x->gen > y->gen ? -1 : 0;
}

/* Interning: the same reason or holder line is stored once. */
typedef struct {
	hdrcheck_buf table;
	uint32_t *slots; /* 1 + offset, 0 = empty */
	size_t mask;
} interner;

static int intern(interner *in, const char *s, uint32_t *ref)
{
	size_t len = strlen(s), i;
	uint64_t h = hdrcheck__hash64(7, s, len);
	int error;

	for (i = (size_t)h & in->mask;; i = (i + 1) & in->mask) {
		uint32_t at = in->slots[i];

		if (!at)
			break;
		if (strcmp(in->table.ptr + at - 1, s) == 0) {
			*ref = at;
			return 0;
		}
	}
	if (in->table.len + len + 1 >= STRINGS_MAX)
		return HDRCHECK_ELIMIT;
	*ref = (uint32_t)in->table.len + 1;
	if ((error = hdrcheck__buf_put(&in->table, s, len + 1)) < 0)
		return error;
	in->slots[i] = *ref;
	return 0;
}

static int copy_ref(interner *in, const pending *p, size_t at,
                    unsigned char *out)
{
	uint32_t ref = hdrcheck__get_le32(p->rec + at), new_ref = 0;
	int error = 0;

	if (ref && (size_t)ref - 1 < p->strings_len)
		error = intern(in, p->strings + ref - 1, &new_ref);
	hdrcheck__put_le32(out + at, new_ref);
	return error;
}

/* Remove leftover temporary files, and the cache files of other
 * fingerprints but the FILES_KEPT - 1 most recently written: only regular
 * files, by name in the cache directory's descriptor (never through a
 * symlink, never outside it). */
static void prune_dir(const hdrcheck__cache *c)
{
	int fd = openat(c->dirfd, ".",
	                O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW);
	DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
	struct dirent *de;
	char *names[64];
	struct timespec mtimes[64];
	size_t n = 0, i, j;
	time_t now = time(NULL);

	if (!d) {
		if (fd >= 0)
			close(fd);
		return;
	}
	while ((de = readdir(d)) != NULL) {
		struct stat st;
		char *name;

		if (strncmp(de->d_name, "tmp-", 4) != 0 &&
		    strncmp(de->d_name, "v1-", 3) != 0)
			continue;
		if (fstatat(c->dirfd, de->d_name, &st, AT_SYMLINK_NOFOLLOW) <
		        0 ||
		    !S_ISREG(st.st_mode) || strcmp(de->d_name, c->name) == 0)
			continue;
		if (strncmp(de->d_name, "tmp-", 4) == 0) {
			if (now - st.st_mtime > TEMP_MAX_AGE)
				unlinkat(c->dirfd, de->d_name, 0);
			continue;
		}
		if (n == HDRCHECK__ARRAY_SIZE(names)) {
			/* far too many: keep only ours */
			unlinkat(c->dirfd, de->d_name, 0);
			continue;
		}
		if (!(name = hdrcheck__strdup(de->d_name)))
			break;
		names[n] = name;
		mtimes[n++] = st.st_mtim;
	}
	closedir(d);
	/* newest first (insertion sort of at most 64) */
	for (i = 1; i < n; i++)
		for (j = i;
		     j > 0 && (mtimes[j - 1].tv_sec < mtimes[j].tv_sec ||
		               (mtimes[j - 1].tv_sec == mtimes[j].tv_sec &&
		                mtimes[j - 1].tv_nsec < mtimes[j].tv_nsec));
		     j--) {
			struct timespec t = mtimes[j];
			char *s = names[j];

			mtimes[j] = mtimes[j - 1];
			names[j] = names[j - 1];
			mtimes[j - 1] = t;
			names[j - 1] = s;
		}
	for (i = 0; i < n; i++) {
		if (i >= FILES_KEPT - 1)
			unlinkat(c->dirfd, names[i], 0);
		free(names[i]);
	}
}

int hdrcheck__cache_save(hdrcheck__cache *c, hdrcheck__cache_batch *batches,
                         size_t count, size_t scope)
{
	pending *all = NULL;
	interner in;
	unsigned char header[HEADER_SIZE], *records = NULL;
	size_t total = 0, n = 0, i, k, keep, out = 0, body;
	uint64_t gen = c->generation + 1;
	hdrcheck__atomic_options wopts = HDRCHECK__ATOMIC_OPTIONS_INIT;
	struct iovec iov[2];
	int error = 0;

	memset(&in, 0, sizeof(in));
	for (i = 0; i < count; i++)
		total += batches[i].count;
	if (!total)
		return 0; /* nothing new: the file stays as it is */
	total += c->count;
	if (!(all = hdrcheck__calloc(total, sizeof(*all)))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	for (i = 0; i < c->count; i++, n++) {
		all[n].rec = c->records + i * RECORD_SIZE;
		all[n].strings = c->strings;
		all[n].strings_len = c->strings_len;
		all[n].fresh = atomic_load_explicit(&c->used[i],
		                                    memory_order_relaxed) != 0;
		all[n].gen = all[n].fresh ? (uint32_t)gen
		                          : hdrcheck__get_le32(all[n].rec + 28);
	}
	for (i = 0; i < count; i++)
		for (k = 0; k < batches[i].count; k++, n++) {
			all[n].rec =
			    (const unsigned char *)batches[i].records.ptr +
			    k * RECORD_SIZE;
			all[n].strings = batches[i].strings.ptr;
			all[n].strings_len = batches[i].strings.len;
			all[n].fresh = 1;
			all[n].gen = (uint32_t)gen;
		}
	/* bounded: this run's verdicts, then the most recently used */
	keep = scope * 2 > RECORDS_MIN_KEPT ? scope * 2 : RECORDS_MIN_KEPT;
	if (keep > RECORDS_MAX)
		keep = RECORDS_MAX;
	if (n > keep) {
		qsort(all, n, sizeof(*all), compare_age);
		n = keep;
	}
	qsort(all, n, sizeof(*all), compare_pending);

	in.mask = 4095;
	while (in.mask < n * 2)
		in.mask = in.mask * 2 + 1;
	if (!(in.slots = hdrcheck__calloc(in.mask + 1, sizeof(*in.slots))) ||
	    (n && !(records = hdrcheck__malloc(n * RECORD_SIZE)))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	for (i = 0; i < n; i++) {
		unsigned char *r;

		if (out && memcmp(records + (out - 1) * RECORD_SIZE, all[i].rec,
		                  KEY_SIZE) == 0)
			continue; /* a duplicate key: the first (fresh) won */
		r = records + out * RECORD_SIZE;
		memcpy(r, all[i].rec, RECORD_SIZE);
		hdrcheck__put_le32(r + 28, all[i].gen);
		if ((error = copy_ref(&in, &all[i], 36, r)) < 0 ||
		    (error = copy_ref(&in, &all[i], 40, r)) < 0 ||
		    (error = copy_ref(&in, &all[i], 44, r)) < 0 ||
		    (error = copy_ref(&in, &all[i], 48, r)) < 0 ||
		    (error = copy_ref(&in, &all[i], 52, r)) < 0 ||
		    (error = copy_ref(&in, &all[i], 60, r)) < 0) {
			if (error != HDRCHECK_ENOMEM)
				error = 0; /* too large: keep what fits */
			break;
		}
		out++;
	}
	if (error < 0)
		goto done;
	/* the records and the strings as one run (the checksum covers
	 * both): the strings go after the records in the same block, not
	 * into a copy of both; what sorting needed goes first */
	free(all);
	all = NULL;
	free(in.slots);
	in.slots = NULL;
	body = out * RECORD_SIZE + in.table.len;
	if (body) {
		unsigned char *grown = hdrcheck__realloc(records, body);

		if (!grown) {
			error = HDRCHECK_ENOMEM;
			goto done;
		}
		records = grown;
		if (in.table.len)
			memcpy(records + out * RECORD_SIZE, in.table.ptr,
			       in.table.len);
	}
	memset(header, 0, sizeof(header));
	memcpy(header, MAGIC, 8);
	hdrcheck__put_le32(header + 8, FORMAT_VERSION);
	hdrcheck__put_le32(header + 12, RECORD_SIZE);
	memcpy(header + 16, c->fingerprint, 32);
	hdrcheck__put_le64(header + 48, gen);
	hdrcheck__put_le64(header + 56, out);
	hdrcheck__put_le64(header + 64, in.table.len);
	hdrcheck__buf_dispose(&in.table);
	hdrcheck__put_le64(header + 72,
	                   hdrcheck__hash64(CHECKSUM_SEED, records, body));
	if (c->dirfd < 0)
		goto done; /* no usable cache directory */
	/* a cache we cannot write is no error: the next run computes
	 * again */
	iov[0].iov_base = header;
	iov[0].iov_len = sizeof(header);
	iov[1].iov_base = records;
	iov[1].iov_len = body;
	/* no fsync: a torn file fails the checksum and is computed again;
	 * "tmp-" names are what prune_dir() removes after a crash */
	wopts.flags = HDRCHECK__ATOMIC_NO_SYNC;
	wopts.tmp_prefix = "tmp-";
	(void)hdrcheck__atomic_writev(c->dirfd, c->name, iov, 2, &wopts);
	prune_dir(c);
done:
	hdrcheck__buf_dispose(&in.table);
	free(in.slots);
	free(records);
	free(all);
	return error;
}

int hdrcheck__cachedir_open(int *out, const char *dir, const char **why)
{
	char *parent = NULL, *slash;
	const char *name, *reason = NULL;
	struct stat st;
	int pfd = -1, fd = -1, error = 0;

	*out = -1;
	if (why)
		*why = NULL;
	if (!(parent = hdrcheck__strdup(dir)))
		return HDRCHECK_ENOMEM;
	slash = strrchr(parent, '/');
	while (slash && slash > parent && slash[1] == '\0') {
		*slash = '\0'; /* "dir/" */
		slash = strrchr(parent, '/');
	}
	name = slash ? slash + 1 : parent;
	if (slash == parent)
		pfd = open("/", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	else if (slash) {
		*slash = '\0';
		pfd = open(parent, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	} else
		pfd = open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (pfd < 0)
		goto fail;
	/* umask applies; EEXIST is fine (and checked below) */
	if (mkdirat(pfd, name, 0777) < 0 && errno != EEXIST)
		goto fail;
	fd = openat(pfd, name,
	            O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC |
	                O_NONBLOCK);
	if (fd < 0) {
		int err = errno;

		if ((err == ELOOP || err == ENOTDIR) &&
		    fstatat(pfd, name, &st, AT_SYMLINK_NOFOLLOW) == 0)
			reason = S_ISLNK(st.st_mode) ? "is a symbolic link"
			                             : "is not a directory";
		errno = err;
		goto fail;
	}
	if (fstat(fd, &st) < 0)
		goto fail;
	if (st.st_uid != geteuid()) {
		reason = "is owned by another user";
		goto fail;
	}
	*out = fd;
	fd = -1;
	goto done;
fail:
	if (hdrcheck__errno_is_resource(errno) && !reason)
		error = hdrcheck__error_resource(errno, dir);
	if (why)
		*why = reason;
done:
	if (fd >= 0)
		close(fd);
	if (pfd >= 0)
		close(pfd);
	free(parent);
	return error;
}
