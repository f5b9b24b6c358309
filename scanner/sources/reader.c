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
 * Reading the header window of one file: from the work tree (at most the
 * window, never the whole file) or from the object database.
 *
 * Work-tree files are opened relative to a descriptor of their directory,
 * kept from one file to the next: the entries are sorted, so a worker's run
 * of entries mostly shares a directory, and the kernel then resolves one
 * name instead of the whole path. Directories are opened with
 * RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS where the kernel has openat2(), so
 * that a directory replaced by a symlink since the listing cannot lead the
 * read out of the tree; files with O_NOFOLLOW.
 */

#include <errno.h>
#include <stdlib.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#if defined(__linux__) && defined(SYS_openat2)
#include <linux/openat2.h>
#endif
#include "scanner/sources/internal.h"
#include "scanner/git/pack.h"
#include "digest/digest.h"

#define FILE_FLAGS (O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)

/* After the open: fstat, then at most cap bytes (up to the size fstat
 * gave, which saves the read that returns 0). */
static hdrcheck__read_result read_fd(int fd, char *buf, size_t cap, size_t *len,
                                     int *err, struct stat *st)
{
	size_t got = 0;

	if (fstat(fd, st) < 0) {
		*err = errno;
		return HDRCHECK__READ_FAILED;
	}
	if (S_ISDIR(st->st_mode))
		return HDRCHECK__READ_GONE;
	if (!S_ISREG(st->st_mode))
		return HDRCHECK__READ_SPECIAL;
	if ((size_t)st->st_size < cap)
		cap = (size_t)st->st_size;
	while (got < cap) {
		ssize_t n = read(fd, buf + got, cap - got);

		if (n < 0) {
			if (errno == EINTR || errno == EAGAIN)
				continue;
			*err = errno;
			return HDRCHECK__READ_FAILED;
		}
		if (n == 0)
			break;
		got += (size_t)n;
	}
	*len = got;
	return HDRCHECK__READ_OK;
}

static hdrcheck__read_result open_failed(int *err)
{
	if (errno == ENOENT || errno == ENOTDIR)
		return HDRCHECK__READ_GONE;
	if (errno == ELOOP)
		return HDRCHECK__READ_SYMLINK;
	*err = errno;
	return HDRCHECK__READ_FAILED;
}

hdrcheck__read_result hdrcheck__read_window(int root_fd, const char *path,
                                            char *buf, size_t cap, size_t *len,
                                            int *err)
{
	struct stat st;
	hdrcheck__read_result result;
	int fd;

	*len = 0;
	*err = 0;
	/* O_NOFOLLOW: a symlink is reported, never read through; O_NONBLOCK:
	 * a fifo that replaced a file cannot block the open */
	if ((fd = openat(root_fd, path, FILE_FLAGS)) < 0)
		return open_failed(err);
	result = read_fd(fd, buf, cap, len, err, &st);
	close(fd);
	return result;
}

/* --- directory descriptors --- */

void hdrcheck__dirfd_init(hdrcheck__dirfd *d, int root_fd)
{
	d->root_fd = root_fd;
	d->fd = -1;
	d->dir.ptr = NULL;
	d->dir.len = d->dir.cap = d->dir.limit = 0;
}

void hdrcheck__dirfd_dispose(hdrcheck__dirfd *d)
{
	if (d->fd >= 0)
		close(d->fd);
	d->fd = -1;
	hdrcheck__buf_dispose(&d->dir);
}

static int open_dir(int root_fd, const char *dir)
{
#if defined(__linux__) && defined(SYS_openat2)
	struct open_how how;
	long fd;

	memset(&how, 0, sizeof(how));
	how.flags = O_RDONLY | O_DIRECTORY | O_CLOEXEC;
	how.resolve = RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS;
	fd = syscall(SYS_openat2, root_fd, dir, &how, sizeof(how));
	if (fd >= 0 || (errno != ENOSYS && errno != EPERM))
		return (int)fd;
#endif
	return openat(root_fd, dir,
	              O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
}

int hdrcheck__dirfd_get(hdrcheck__dirfd *d, const char *path, const char **base)
{
	const char *slash = strrchr(path, '/');
	size_t n;

	if (!slash) {
		*base = path;
		return d->root_fd;
	}
	*base = slash + 1;
	n = (size_t)(slash - path);
	if (d->fd >= 0 && d->dir.len == n && memcmp(d->dir.ptr, path, n) == 0)
		return d->fd;
	if (d->fd >= 0)
		close(d->fd);
	d->fd = -1;
	hdrcheck__buf_clear(&d->dir);
	if (hdrcheck__buf_put(&d->dir, path, n) < 0) {
		errno = ENOMEM;
		return -1;
	}
	d->fd = open_dir(d->root_fd, hdrcheck__buf_cstr(&d->dir));
	if (d->fd < 0)
		hdrcheck__buf_clear(&d->dir);
	return d->fd;
}

/* --- the stock readers --- */

/* Files under the root: the directory descriptors a worker keeps. */
typedef struct {
	hdrcheck__dirfd dirs;
} files_reader;

/* Blobs: the worker's own repository and object database. */
typedef struct {
	hdrcheck__source *src;
	git_repository *repo;
	git_odb *odb;
	hdrcheck__pack_reader *pack; /* and its pack reader, if any */
} blobs_reader;

static int files_new(void **out, hdrcheck__source *src, int root_fd)
{
	files_reader *r;

	(void)src;
	if (!(r = hdrcheck__calloc(1, sizeof(*r))))
		return HDRCHECK_ENOMEM;
	hdrcheck__dirfd_init(&r->dirs, root_fd);
	*out = r;
	return 0;
}

static void files_free(void *state)
{
	files_reader *r = state;

	if (!r)
		return;
	hdrcheck__dirfd_dispose(&r->dirs);
	free(r);
}

static void blobs_free(void *state)
{
	blobs_reader *r = state;

	if (!r)
		return;
	hdrcheck__pack_reader_free(r->pack);
	git_odb_free(r->odb);
	git_repository_free(r->repo);
	free(r);
}

static int blobs_new(void **out, hdrcheck__source *src, int root_fd)
{
	blobs_reader *r = NULL;
	hdrcheck__packs *packs = NULL;
	int rc, error = 0;

	(void)root_fd;
	if (!(r = hdrcheck__calloc(1, sizeof(*r))))
		return HDRCHECK_ENOMEM;
	r->src = src;
	/* one repository per thread: libgit2 objects are not shared */
	if ((error = hdrcheck__source_repo_open(&r->repo, src, 1)) < 0)
		goto done;
	if ((rc = git_repository_odb(&r->odb, r->repo)) < 0) {
		error = hdrcheck__git_fail(HDRCHECK_EREPO, rc,
		                           git_repository_path(src->repo));
		goto done;
	}
	if ((error = hdrcheck__source_packs(&packs, src)) < 0 ||
	    (packs && (error = hdrcheck__pack_reader_new(&r->pack, packs)) < 0))
		goto done;
	*out = r;
	r = NULL;
done:
	blobs_free(r);
	return error;
}

static int files_clean(void *state, const hdrcheck__entry *e)
{
	files_reader *r = state;
	const char *base;
	struct stat st;
	int fd;

	if (!e->ie)
		return 0;
	fd = hdrcheck__dirfd_get(&r->dirs, e->path, &base);
	if (fd < 0 || fstatat(fd, base, &st, AT_SYMLINK_NOFOLLOW) < 0)
		return 0;
	return hdrcheck__index_entry_clean(e->ix, e->ie, &st);
}

static int blobs_clean(void *state, const hdrcheck__entry *e)
{
	(void)state;
	return (e->flags & HDRCHECK__ENTRY_HAS_OID) != 0;
}

static int same_stat(const struct stat *a, const struct stat *b)
{
	return a->st_size == b->st_size &&
	       a->st_mtim.tv_sec == b->st_mtim.tv_sec &&
	       a->st_mtim.tv_nsec == b->st_mtim.tv_nsec &&
	       a->st_ctim.tv_sec == b->st_ctim.tv_sec &&
	       a->st_ctim.tv_nsec == b->st_ctim.tv_nsec &&
	       a->st_ino == b->st_ino;
}

static int files_gone(void *state, const hdrcheck__entry *e)
{
	files_reader *r = state;
	struct stat st;
	const char *base;
	int dfd;

	if (!e->ie)
		return 0; /* a file the walk just found */
	if ((dfd = hdrcheck__dirfd_get(&r->dirs, e->path, &base)) < 0)
		return errno == ENOENT || errno == ENOTDIR;
	return fstatat(dfd, base, &st, AT_SYMLINK_NOFOLLOW) < 0 &&
	       (errno == ENOENT || errno == ENOTDIR);
}

static int blobs_gone(void *state, const hdrcheck__entry *e)
{
	(void)state;
	(void)e;
	return 0; /* objects stay */
}

static hdrcheck__read_result blobs_read(void *state, const hdrcheck__entry *e,
                                        char *buf, size_t cap, size_t *len,
                                        int *err, int *clean)
{
	blobs_reader *r = state;
	uint64_t size;
	int found;

	*len = 0;
	*err = 0;
	if (clean)
		*clean = 0;
	if (!(e->flags & HDRCHECK__ENTRY_HAS_OID)) {
		*err = -1;
		return HDRCHECK__READ_FAILED;
	}
	/* the packs first; whatever they cannot give (a loose object, a
	 * declined one), libgit2 reads */
	found = r->pack ? hdrcheck__pack_blob_window(r->pack, e->oid, buf, cap,
	                                             len, &size)
	                : HDRCHECK_ENOTFOUND;
	if (found == HDRCHECK_ELIMIT) {
		/* libgit2 would build all of it (and its bases) */
		*len = 0;
		*err = HDRCHECK__READ_ERR_TOO_LARGE;
		return HDRCHECK__READ_FAILED;
	}
	if (found < 0) {
		int rc;

		*len = 0;
		if ((rc = hdrcheck__blob_window(r->src, r->odb, e->oid, buf,
		                                cap, len)) < 0) {
			/* out of memory or address space (a pack libgit2
			 * could not map): the run's problem, not a missing
			 * object (check.c makes it exit 2) */
			*err = rc == HDRCHECK_ENOMEM ? ENOMEM
			       : rc == HDRCHECK_ELIMIT
			           ? HDRCHECK__READ_ERR_TOO_LARGE
			           : HDRCHECK__READ_ERR_OBJECT;
			return HDRCHECK__READ_FAILED;
		}
	}
	if (clean)
		*clean = 1;
	return HDRCHECK__READ_OK;
}

static hdrcheck__read_result files_read(void *state, const hdrcheck__entry *e,
                                        char *buf, size_t cap, size_t *len,
                                        int *err, int *clean)
{
	files_reader *r = state;
	hdrcheck__read_result result;
	struct stat st, again;
	const char *base;
	int dfd, fd;

	*len = 0;
	*err = 0;
	if (clean)
		*clean = 0;
	if ((dfd = hdrcheck__dirfd_get(&r->dirs, e->path, &base)) < 0)
		return open_failed(err);
	if ((fd = openat(dfd, base, FILE_FLAGS)) < 0)
		return open_failed(err);
	result = read_fd(fd, buf, cap, len, err, &st);
	/* the blob id stands for what we read only if the file was as the
	 * index says before the read and did not move during it */
	if (result == HDRCHECK__READ_OK && clean && e->ie &&
	    hdrcheck__index_entry_clean(e->ix, e->ie, &st) &&
	    fstat(fd, &again) == 0 && same_stat(&st, &again))
		*clean = 1;
	close(fd);
	return result;
}

static int blobs_digest(void *state, const hdrcheck__entry *e,
                        struct hdrcheck__digest *d, char *buf, size_t cap,
                        char *sha1, char *sha256, hdrcheck__read_result *result,
                        int *err)
{
	blobs_reader *r = state;
	git_odb_object *obj = NULL;
	int error;

	(void)buf;
	(void)cap;
	*err = 0;
	*result = HDRCHECK__READ_OK;
	if ((error = hdrcheck__digest_begin(d)) < 0)
		return error;
	if (!(e->flags & HDRCHECK__ENTRY_HAS_OID) ||
	    git_odb_read(&obj, r->odb, (const git_oid *)e->oid) < 0) {
		*err = -1;
		*result = HDRCHECK__READ_FAILED;
		return 0;
	}
	error = hdrcheck__digest_update(d, git_odb_object_data(obj),
	                                git_odb_object_size(obj));
	git_odb_object_free(obj);
	return error < 0 ? error : hdrcheck__digest_end(d, sha1, sha256);
}

static int files_digest(void *state, const hdrcheck__entry *e,
                        struct hdrcheck__digest *d, char *buf, size_t cap,
                        char *sha1, char *sha256, hdrcheck__read_result *result,
                        int *err)
{
	files_reader *r = state;
	struct stat st;
	const char *base;
	int dfd, fd, error;

	*err = 0;
	*result = HDRCHECK__READ_OK;
	if ((error = hdrcheck__digest_begin(d)) < 0)
		return error;
	if ((dfd = hdrcheck__dirfd_get(&r->dirs, e->path, &base)) < 0 ||
	    (fd = openat(dfd, base, FILE_FLAGS)) < 0) {
		*result = open_failed(err);
		return 0;
	}
	if (fstat(fd, &st) < 0) {
		*err = errno;
		*result = HDRCHECK__READ_FAILED;
	} else if (!S_ISREG(st.st_mode)) {
		*result = S_ISDIR(st.st_mode) ? HDRCHECK__READ_GONE
		                              : HDRCHECK__READ_SPECIAL;
	} else {
#ifdef POSIX_FADV_SEQUENTIAL
		(void)posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
#endif
		for (;;) {
			ssize_t n = read(fd, buf, cap);

			if (n < 0) {
				if (errno == EINTR || errno == EAGAIN)
					continue;
				*err = errno;
				*result = HDRCHECK__READ_FAILED;
				break;
			}
			if (n == 0)
				break;
			if ((error = hdrcheck__digest_update(d, buf,
			                                     (size_t)n)) < 0)
				break;
		}
	}
	close(fd);
	if (error < 0 || *result != HDRCHECK__READ_OK)
		return error;
	return hdrcheck__digest_end(d, sha1, sha256);
}

const hdrcheck__reader_ops hdrcheck__reader_files = {
    files_new, files_free, files_clean, files_gone, files_read, files_digest,
};

const hdrcheck__reader_ops hdrcheck__reader_blobs = {
    blobs_new, blobs_free, blobs_clean, blobs_gone, blobs_read, blobs_digest,
};

/* --- a worker's reader: its source's --- */

struct hdrcheck__reader {
	const hdrcheck__reader_ops *ops;
	void *state;
};

int hdrcheck__reader_new(hdrcheck__reader **out, hdrcheck__source *src,
                         int root_fd)
{
	hdrcheck__reader *r;
	int error;

	if (!(r = hdrcheck__calloc(1, sizeof(*r))))
		return HDRCHECK_ENOMEM;
	r->ops = src->ops->reader;
	if ((error = r->ops->new (&r->state, src, root_fd)) < 0) {
		free(r);
		return error;
	}
	*out = r;
	return 0;
}

void hdrcheck__reader_free(hdrcheck__reader *r)
{
	if (!r)
		return;
	r->ops->free(r->state);
	free(r);
}

int hdrcheck__reader_clean(hdrcheck__reader *r, const hdrcheck__entry *e)
{
	return r->ops->clean(r->state, e);
}

int hdrcheck__reader_gone(hdrcheck__reader *r, const hdrcheck__entry *e)
{
	return r->ops->gone(r->state, e);
}

hdrcheck__read_result hdrcheck__reader_read(hdrcheck__reader *r,
                                            const hdrcheck__entry *e, char *buf,
                                            size_t cap, size_t *len, int *err,
                                            int *clean)
{
	return r->ops->read(r->state, e, buf, cap, len, err, clean);
}

int hdrcheck__reader_digest(hdrcheck__reader *r, const hdrcheck__entry *e,
                            struct hdrcheck__digest *d, char *buf, size_t cap,
                            char *sha1, char *sha256,
                            hdrcheck__read_result *result, int *err)
{
	return r->ops->digest(r->state, e, d, buf, cap, sha1, sha256, result,
	                      err);
}

int hdrcheck__read_file_under(const char *root, const char *path, size_t max,
                              char **out, size_t *len)
{
	struct stat st;
	char *abs = NULL, *buf = NULL;
	size_t got = 0;
	int fd = -1, error = 0;

	if (!(abs = hdrcheck__path_join(root, path)))
		return HDRCHECK_ENOMEM;
	/* never through a symlink: the tree's files, not what they point
	 * at */
	if ((fd = open(abs, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)) <
	    0) {
		error = errno == ENOENT || errno == ENOTDIR
		            ? HDRCHECK_ENOTFOUND
		            : hdrcheck__error_set(HDRCHECK_EIO, "%s: %s", path,
		                                  strerror(errno));
		goto done;
	}
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
		error = hdrcheck__error_set(HDRCHECK_EIO,
		                            "%s: not a regular file", path);
		goto done;
	}
	if ((size_t)st.st_size > max) {
		error = hdrcheck__error_set(
		    HDRCHECK_ELIMIT, "%s: larger than %zu bytes", path, max);
		goto done;
	}
	if (!(buf = hdrcheck__malloc((size_t)st.st_size + 1))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	while (got < (size_t)st.st_size) {
		ssize_t n = read(fd, buf + got, (size_t)st.st_size - got);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			error = hdrcheck__error_set(HDRCHECK_EIO, "%s: %s",
			                            path, strerror(errno));
			goto done;
		}
		if (n == 0)
			break;
		got += (size_t)n;
	}
	buf[got] = '\0';
	*out = buf;
	*len = got;
	buf = NULL;
done:
	if (fd >= 0)
		close(fd);
	free(buf);
	free(abs);
	return error;
}
