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
 * The walk's directory cache, git's "untracked cache" idea: what reading
 * a directory gave last time (its subdirectories and the files the index
 * did not hold), reused while the directory's stat data is the same. A
 * directory's modification time moves whenever a name is added, removed
 * or renamed in it, so the stat of the directory replaces opening and
 * reading it. What the listing means is judged again on every run (ignore
 * rules, nested repositories): only the names are kept.
 *
 * It is valid for one index only (its size, time and inode): a file
 * leaving the index would otherwise stay unseen. Each listing keeps the
 * time it was read, in whole seconds (a little before the walk began), and
 * is kept only while the directory's time is older than that, compared
 * in whole seconds as git does: on a file system with one-second times
 * (FAT, HFS+, ext3 with small inodes, some NFS), a name added in the
 * second of the listing does not move the directory's time. A listing
 * reused from the file keeps its own time when written again: a run only
 * ever stamps what it read.
 *
 * The file ($GIT_DIR/hdrcheck/untracked-v1, little-endian):
 *   header 72 bytes: magic "HDRCKU02", index size, time (s, ns) and
 *          inode, directory count, entry count, names size, checksum of
 *          everything after the header
 *   dirs   count x 64, sorted by path: path (offset, length), mtime (s,
 *          ns), inode, first entry, entry count, ctime (s, ns), 4 zero
 *          bytes, the time of the listing (s)
 *   entries count x 8: name (offset, length), type
 *   names  the bytes of the paths and names
 * Like the result cache, a file that does not add up is ignored, and it
 * is written to a temporary file renamed over the old one.
 */

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "common/atomic.h"
#include "common/endian.h"
#include "scanner/git/cache.h"
#include "scanner/git/dircache.h"

#define MAGIC         "HDRCKU03"
#define HEADER_SIZE   72
#define DIR_SIZE      64
#define ENTRY_SIZE    8
#define DIRS_MAX      (1u << 20)
#define ENTRIES_MAX   (1u << 23)
#define NAMES_MAX     (256u << 20)
#define CHECKSUM_SEED 0x756e747261636bull
#define RACY_NS       50000000ll /* 50 ms: a few clock ticks */

/* One directory being built, then written. */
typedef struct {
	char *path;
	long long mtime_s, ctime_s, read_s;
	long mtime_ns, ctime_ns;
	unsigned long long ino;
	size_t first, count; /* into the entries */
} dir_rec;

struct hdrcheck__dircache {
	int dirfd;  /* the cache directory, or -1: nothing is kept */
	char *name; /* the file's name in it */
	unsigned long long sig[4]; /* the index: size, time s, ns, inode */
	long long start_s; /* a little before this run began, whole seconds */
	/* the file read */
	unsigned char *map;
	size_t map_len;
	const unsigned char *dirs, *entries;
	size_t dirs_count, entries_count;
	const char *names;
	size_t names_len;
	/* what this run read or reused, written at the end */
	dir_rec *out;
	size_t out_count, out_cap;
	hdrcheck__dircache_entry *out_entries;
	size_t out_entries_count, out_entries_cap;
	hdrcheck_buf out_names;
	int changed; /* anything read afresh */
};

/* A name readdir could give: not empty, no '/' or NUL, not "." or "..". */
static int name_ok(const char *p, size_t n)
{
	return n && !memchr(p, '/', n) && !memchr(p, '\0', n) &&
	       !(n == 1 && p[0] == '.') &&
	       !(n == 2 && p[0] == '.' && p[1] == '.');
}

/* A directory path of the walk: "" or names joined by single '/'. */
static int dir_ok(const char *p, size_t n)
{
	const char *end = p + n;

	if (!n)
		return 1;
	while (p <= end) {
		const char *slash = memchr(p, '/', (size_t)(end - p));
		size_t k = (size_t)((slash ? slash : end) - p);

		if (!name_ok(p, k))
			return 0;
		if (!slash)
			return 1;
		p = slash + 1;
	}
	return 0;
}

/* Check the file from end to end; anything odd leaves the cache empty. */
static void load(hdrcheck__dircache *c)
{
	struct stat st;
	unsigned char *map = NULL;
	uint64_t dirs, entries, names;
	size_t i, body;
	int fd;

	/* non-blocking: a FIFO put there must not hang the run */
	if (c->dirfd < 0 ||
	    (fd = openat(c->dirfd, c->name,
	                 O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)) < 0)
		return;
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode) ||
	    st.st_size < HEADER_SIZE ||
	    (uint64_t)st.st_size >
	        (uint64_t)HEADER_SIZE + (uint64_t)DIRS_MAX * DIR_SIZE +
	            (uint64_t)ENTRIES_MAX * ENTRY_SIZE + NAMES_MAX)
		goto done;
	map = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
	if (map == MAP_FAILED) {
		map = NULL;
		goto done;
	}
	dirs = hdrcheck__get_le64(map + 40);
	entries = hdrcheck__get_le64(map + 48);
	names = hdrcheck__get_le64(map + 56);
	if (memcmp(map, MAGIC, 8) != 0 ||
	    hdrcheck__get_le64(map + 8) != c->sig[0] ||
	    hdrcheck__get_le64(map + 16) != c->sig[1] ||
	    hdrcheck__get_le64(map + 24) != c->sig[2] ||
	    hdrcheck__get_le64(map + 32) != c->sig[3] || dirs > DIRS_MAX ||
	    entries > ENTRIES_MAX || names > NAMES_MAX ||
	    (uint64_t)st.st_size !=
	        HEADER_SIZE + dirs * DIR_SIZE + entries * ENTRY_SIZE + names)
		goto bad;
	body = (size_t)st.st_size - HEADER_SIZE;
	if (hdrcheck__get_le64(map + 64) !=
	    hdrcheck__hash64(CHECKSUM_SEED, map + HEADER_SIZE, body))
		goto bad;
	c->dirs = map + HEADER_SIZE;
	c->entries = c->dirs + dirs * DIR_SIZE;
	c->names = (const char *)c->entries + entries * ENTRY_SIZE;
	c->dirs_count = (size_t)dirs;
	c->entries_count = (size_t)entries;
	c->names_len = (size_t)names;
	/* every reference inside, every name sane, the dirs sorted */
	for (i = 0; i < c->dirs_count; i++) {
		const unsigned char *d = c->dirs + i * DIR_SIZE;
		uint64_t off = hdrcheck__get_le32(d),
		         len = hdrcheck__get_le32(d + 4);
		uint64_t first = hdrcheck__get_le32(d + 32),
		         n = hdrcheck__get_le32(d + 36);

		if (off + len > c->names_len || first + n > c->entries_count ||
		    !dir_ok(c->names + off, (size_t)len))
			goto bad;
		if (i) {
			const unsigned char *p = d - DIR_SIZE;
			size_t plen = hdrcheck__get_le32(p + 4),
			       m = plen < len ? plen : (size_t)len;
			int cmp = memcmp(c->names + hdrcheck__get_le32(p),
			                 c->names + off, m);

			if (cmp > 0 || (cmp == 0 && plen >= len))
				goto bad;
		}
	}
	for (i = 0; i < c->entries_count; i++) {
		const unsigned char *e = c->entries + i * ENTRY_SIZE;
		uint64_t off = hdrcheck__get_le32(e),
		         len = (uint64_t)e[4] | (uint64_t)e[5] << 8;

		if (off + len > c->names_len || e[6] > HDRCHECK__DIRCACHE_DIR ||
		    !name_ok(c->names + off, (size_t)len))
			goto bad;
	}
	c->map = map;
	c->map_len = (size_t)st.st_size;
	map = NULL;
	goto done;
bad:
	c->dirs = c->entries = NULL;
	c->names = NULL;
	c->dirs_count = c->entries_count = c->names_len = 0;
done:
	if (map)
		munmap(map, (size_t)st.st_size);
	close(fd);
}

int hdrcheck__dircache_open_at(hdrcheck__dircache **out, int dirfd,
                               const char *name, const hdrcheck__index *ix)
{
	hdrcheck__dircache *c = NULL;
	struct timespec now;

	if (!(c = hdrcheck__calloc(1, sizeof(*c))) ||
	    !(c->name = hdrcheck__strdup(name))) {
		if (c)
			c->dirfd = -1;
		hdrcheck__dircache_free(c);
		return HDRCHECK_ENOMEM;
	}
	c->dirfd = -1;
	if (dirfd >= 0 && (c->dirfd = fcntl(dirfd, F_DUPFD_CLOEXEC, 0)) < 0) {
		int err = errno;

		hdrcheck__dircache_free(c);
		return hdrcheck__error_resource(err, "the cache directory");
	}
	c->sig[0] = ix->file_size;
	c->sig[1] = (unsigned long long)ix->mtime_s;
	c->sig[2] = (unsigned long long)ix->mtime_ns;
	c->sig[3] = ix->file_ino;
	/* the listings' time: a little before now, in whole seconds (a
	 * file system may keep no finer times) */
	clock_gettime(CLOCK_REALTIME, &now);
	c->start_s = (long long)now.tv_sec;
	if ((long long)now.tv_nsec < RACY_NS)
		c->start_s--;
	/* no index file, or one libgit2 read: nothing to tie a listing to */
	if (ix->has_mtime && ix->file_size)
		load(c);
	*out = c;
	return 0;
}

int hdrcheck__dircache_open(hdrcheck__dircache **out, const char *path,
                            const hdrcheck__index *ix)
{
	char *dir = hdrcheck__strdup(path), *slash;
	int fd = -1, error;

	if (!dir)
		return HDRCHECK_ENOMEM;
	if (!(slash = strrchr(dir, '/'))) {
		free(dir);
		return hdrcheck__dircache_open_at(out, -1, path, ix);
	}
	*slash = '\0';
	if ((error = hdrcheck__cachedir_open(&fd, dir, NULL)) < 0) {
		free(dir);
		return error;
	}
	error = hdrcheck__dircache_open_at(out, fd, slash + 1, ix);
	if (fd >= 0)
		close(fd);
	free(dir);
	return error;
}

void hdrcheck__dircache_free(hdrcheck__dircache *c)
{
	size_t i;

	if (!c)
		return;
	if (c->map)
		munmap(c->map, c->map_len);
	for (i = 0; i < c->out_count; i++)
		free(c->out[i].path);
	free(c->out);
	free(c->out_entries);
	hdrcheck__buf_dispose(&c->out_names);
	if (c->dirfd >= 0)
		close(c->dirfd);
	free(c->name);
	free(c);
}

/* A directory whose time is not older than listing_s, in whole seconds,
 * may change again without its time moving: git's racy rule. */
static int racy(long long listing_s, const struct stat *st)
{
	return (long long)st->st_mtim.tv_sec >= listing_s;
}

/* The stored record of dir, or NULL. */
static const unsigned char *find_dir(const hdrcheck__dircache *c,
                                     const char *dir)
{
	size_t lo = 0, hi = c->dirs_count, n = strlen(dir);

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const unsigned char *d = c->dirs + mid * DIR_SIZE;
		size_t len = hdrcheck__get_le32(d + 4), m = len < n ? len : n;
		int cmp = memcmp(c->names + hdrcheck__get_le32(d), dir, m);

		if (cmp == 0)
			cmp = len < n ? -1 : len > n;
		if (cmp < 0)
			lo = mid + 1;
		else if (cmp > 0)
			hi = mid;
		else
			return d;
	}
	return NULL;
}

int hdrcheck__dircache_get(hdrcheck__dircache *c, const char *dir,
                           const struct stat *st,
                           hdrcheck__dircache_entry **entries, size_t *count)
{
	const unsigned char *d;
	hdrcheck__dircache_entry *list;
	size_t first, k, i;

	*entries = NULL;
	*count = 0;
	if (racy(c->start_s, st) || !(d = find_dir(c, dir)))
		return 0;
	if ((long long)hdrcheck__get_le64(d + 8) !=
	        (long long)st->st_mtim.tv_sec ||
	    hdrcheck__get_le32(d + 16) != (uint32_t)st->st_mtim.tv_nsec ||
	    hdrcheck__get_le64(d + 24) != (uint64_t)st->st_ino ||
	    (long long)hdrcheck__get_le64(d + 40) !=
	        (long long)st->st_ctim.tv_sec ||
	    hdrcheck__get_le32(d + 48) != (uint32_t)st->st_ctim.tv_nsec ||
	    racy((long long)hdrcheck__get_le64(d + 56), st))
		return 0;
	first = hdrcheck__get_le32(d + 32);
	k = hdrcheck__get_le32(d + 36);
	if (!k)
		return 1;
	if (!(list = hdrcheck__calloc(k, sizeof(*list))))
		return HDRCHECK_ENOMEM;
	for (i = 0; i < k; i++) {
		const unsigned char *e = c->entries + (first + i) * ENTRY_SIZE;

		list[i].name = c->names + hdrcheck__get_le32(e);
		list[i].len = (size_t)e[4] | (size_t)e[5] << 8;
		list[i].type = e[6];
	}
	*entries = list;
	*count = k;
	return 1;
}

int hdrcheck__dircache_put(hdrcheck__dircache *c, const char *dir,
                           const struct stat *st,
                           const hdrcheck__dircache_entry *entries,
                           size_t count, int fresh)
{
	dir_rec *r;
	long long listing_s = c->start_s;
	size_t i;
	int error;

	if (fresh) {
		c->changed = 1;
	} else {
		/* reused: the time it was read, not this run's */
		const unsigned char *d = find_dir(c, dir);

		if (!d)
			return 0;
		listing_s = (long long)hdrcheck__get_le64(d + 56);
	}
	if (racy(listing_s, st) || c->out_count >= DIRS_MAX ||
	    c->out_entries_count + count > ENTRIES_MAX)
		return 0;
	if (c->out_count == c->out_cap) {
		size_t cap = c->out_cap ? c->out_cap * 2 : 256;
		dir_rec *p = hdrcheck__realloc(c->out, cap * sizeof(*p));

		if (!p)
			return HDRCHECK_ENOMEM;
		c->out = p;
		c->out_cap = cap;
	}
	if (c->out_entries_count + count > c->out_entries_cap) {
		size_t cap = c->out_entries_cap ? c->out_entries_cap : 1024;
		hdrcheck__dircache_entry *p;

		while (cap < c->out_entries_count + count)
			cap *= 2;
		if (!(p = hdrcheck__realloc(c->out_entries, cap * sizeof(*p))))
			return HDRCHECK_ENOMEM;
		c->out_entries = p;
		c->out_entries_cap = cap;
	}
	for (i = 0; i < count; i++) {
		hdrcheck__dircache_entry *e =
		    &c->out_entries[c->out_entries_count + i];

		if (entries[i].len > 0xffff)
			return 0; /* no name is that long; keep nothing */
		*e = entries[i];
		/* the name's offset, as a pointer until the save */
		e->name = (const char *)(uintptr_t)c->out_names.len;
		if ((error = hdrcheck__buf_put(&c->out_names, entries[i].name,
		                               entries[i].len)) < 0)
			return error;
	}
	r = &c->out[c->out_count];
	if (!(r->path = hdrcheck__strdup(dir)))
		return HDRCHECK_ENOMEM;
	r->mtime_s = (long long)st->st_mtim.tv_sec;
	r->mtime_ns = st->st_mtim.tv_nsec;
	r->ctime_s = (long long)st->st_ctim.tv_sec;
	r->ctime_ns = st->st_ctim.tv_nsec;
	r->ino = (unsigned long long)st->st_ino;
	r->read_s = listing_s;
	r->first = c->out_entries_count;
	r->count = count;
	c->out_entries_count += count;
	c->out_count++;
	return 0;
}

static int compare_recs(const void *a, const void *b)
{
	const dir_rec *x = a, *y = b;

	return strcmp(x->path, y->path);
}

int hdrcheck__dircache_save(hdrcheck__dircache *c)
{
	hdrcheck_buf body = HDRCHECK_BUF_INIT;
	unsigned char header[HEADER_SIZE], rec[DIR_SIZE];
	size_t i, k;
	hdrcheck__atomic_options wopts = HDRCHECK__ATOMIC_OPTIONS_INIT;
	struct iovec iov[2];
	int error = 0;

	/* nothing read afresh: the file on disk says it all */
	if (!c || !c->changed)
		return 0;
	if (c->out_count > 1)
		qsort(c->out, c->out_count, sizeof(*c->out), compare_recs);
	/* the paths go after the entries' names */
	for (i = 0; i < c->out_count; i++) {
		size_t off = c->out_names.len;

		if ((error =
		         hdrcheck__buf_puts(&c->out_names, c->out[i].path)) < 0)
			goto done;
		free(c->out[i].path);
		c->out[i].path = (char *)(uintptr_t)off;
	}
	if (c->out_names.len > 0xffffffffu)
		goto done; /* cannot be referenced: keep no file */
	for (i = 0; i < c->out_count; i++) {
		const dir_rec *r = &c->out[i];
		size_t off = (size_t)(uintptr_t)r->path;
		size_t len = (i + 1 < c->out_count
		                  ? (size_t)(uintptr_t)c->out[i + 1].path
		                  : c->out_names.len) -
		             off;

		/* the paths are stored in the sorted order: each ends where
		 * the next begins */
		memset(rec, 0, sizeof(rec));
		hdrcheck__put_le32(rec, (uint32_t)off);
		hdrcheck__put_le32(rec + 4, (uint32_t)len);
		hdrcheck__put_le64(rec + 8, (uint64_t)r->mtime_s);
		hdrcheck__put_le32(rec + 16, (uint32_t)r->mtime_ns);
		hdrcheck__put_le64(rec + 24, r->ino);
		hdrcheck__put_le32(rec + 32, (uint32_t)r->first);
		hdrcheck__put_le32(rec + 36, (uint32_t)r->count);
		hdrcheck__put_le64(rec + 40, (uint64_t)r->ctime_s);
		hdrcheck__put_le32(rec + 48, (uint32_t)r->ctime_ns);
		hdrcheck__put_le64(rec + 56, (uint64_t)r->read_s);
		if ((error = hdrcheck__buf_put(&body, (const char *)rec,
		                               sizeof(rec))) < 0)
			goto done;
	}
	for (k = 0; k < c->out_entries_count; k++) {
		const hdrcheck__dircache_entry *e = &c->out_entries[k];
		unsigned char b[ENTRY_SIZE];

		memset(b, 0, sizeof(b));
		hdrcheck__put_le32(b, (uint32_t)(uintptr_t)e->name);
		b[4] = (unsigned char)e->len;
		b[5] = (unsigned char)(e->len >> 8);
		b[6] = (unsigned char)e->type;
		if ((error = hdrcheck__buf_put(&body, (const char *)b,
		                               sizeof(b))) < 0)
			goto done;
	}
	if ((error = hdrcheck__buf_put(&body, c->out_names.ptr,
	                               c->out_names.len)) < 0)
		goto done;
	memset(header, 0, sizeof(header));
	memcpy(header, MAGIC, 8);
	for (i = 0; i < 4; i++)
		hdrcheck__put_le64(header + 8 + 8 * i, c->sig[i]);
	hdrcheck__put_le64(header + 40, c->out_count);
	hdrcheck__put_le64(header + 48, c->out_entries_count);
	hdrcheck__put_le64(header + 56, c->out_names.len);
	hdrcheck__put_le64(header + 64,
	                   hdrcheck__hash64(CHECKSUM_SEED, body.ptr, body.len));
	/* "tmp-" like the result cache's: a crash's leftover is pruned; a
	 * directory cache we cannot write is no error; no fsync, as the
	 * checksum catches a torn file */
	wopts.flags = HDRCHECK__ATOMIC_NO_SYNC;
	wopts.tmp_prefix = "tmp-untracked-";
	if (c->dirfd >= 0) {
		iov[0].iov_base = header;
		iov[0].iov_len = sizeof(header);
		iov[1].iov_base = body.ptr;
		iov[1].iov_len = body.len;
		(void)hdrcheck__atomic_writev(c->dirfd, c->name, iov, 2,
		                              &wopts);
	}
done:
	hdrcheck__buf_dispose(&body);
	/* the paths are offsets now: the records are spent */
	for (i = 0; i < c->out_count; i++)
		c->out[i].path = NULL;
	c->out_count = 0;
	return error;
}
