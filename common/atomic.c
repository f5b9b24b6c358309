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

/* The atomic file writer: see atomic.h. */

#define _GNU_SOURCE /* O_TMPFILE, AT_EMPTY_PATH */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <sys/xattr.h>
#include <time.h>
#include <unistd.h>
#include "common.h"
#include "common/atomic.h"

#define XATTR_LIST_MAX_BYTES  (64u * 1024)
#define XATTR_VALUE_MAX_BYTES (64u * 1024)
#define PREFIX_RANDOM         8

static int fail(const char *what, int err)
{
	if (err == ENOMEM)
		return hdrcheck__error_set(HDRCHECK_ENOMEM, "out of memory");
	return hdrcheck__error_set(HDRCHECK_EIO, "%s: %s", what, strerror(err));
}

/* Copy every extended attribute (ACLs, labels) of from to to. */
static int copy_xattrs(int from, int to)
{
	char *names = NULL, *value = NULL, *n;
	ssize_t len, vlen;
	int error = 0;

	len = flistxattr(from, NULL, 0);
	if (len <= 0) /* none, or not supported here */
		return 0;
	if ((size_t)len > XATTR_LIST_MAX_BYTES)
		return hdrcheck__error_set(HDRCHECK_EIO,
		                           "too many extended attributes");
	if (!(names = hdrcheck__malloc((size_t)len)) ||
	    !(value = hdrcheck__malloc(XATTR_VALUE_MAX_BYTES))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	if ((len = flistxattr(from, names, (size_t)len)) < 0) {
		error = fail("cannot list its extended attributes", errno);
		goto done;
	}
	for (n = names; n < names + len; n += strlen(n) + 1) {
		vlen = fgetxattr(from, n, value, XATTR_VALUE_MAX_BYTES);
		if (vlen < 0 || fsetxattr(to, n, value, (size_t)vlen, 0) < 0) {
			error = hdrcheck__error_set(
			    HDRCHECK_EIO,
			    "cannot keep its extended attribute %s: %s", n,
			    strerror(errno));
			goto done;
		}
	}
done:
	free(names);
	free(value);
	return error;
}

/* A random suffix for a temporary name: lower-case letters and digits. */
static void random_suffix(char *out, size_t n, uint64_t *seed)
{
	static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
	size_t k;

	for (k = 0; k < n; k++) {
		*seed = *seed * 6364136223846793005ULL + 1442695040888963407ULL;
		out[k] = digits[(*seed >> 33) % 36];
	}
	out[n] = '\0';
}

static uint64_t random_seed(const void *salt)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return (uint64_t)ts.tv_nsec ^ ((uint64_t)ts.tv_sec << 20) ^
	       ((uint64_t)getpid() << 40) ^ (uint64_t)(uintptr_t)salt;
}

/* A new temporary name for name; NULL when out of memory. */
static char *temp_name(const char *name, const char *prefix, uint64_t *seed)
{
	char suffix[PREFIX_RANDOM + 1];
	size_t base = strlen(name);

	if (prefix) {
		random_suffix(suffix, PREFIX_RANDOM, seed);
		return hdrcheck__aprintf("%s%s", prefix, suffix);
	}
	/* shortened so that it fits NAME_MAX */
	if (base > 200)
		base = 200;
	random_suffix(suffix, HDRCHECK__ATOMIC_TMP_RANDOM, seed);
	return hdrcheck__aprintf(".%.*s" HDRCHECK__ATOMIC_TMP_INFIX "%ld.%s",
	                         (int)base, name, (long)getpid(), suffix);
}

/* A new, unique, named file: the fallback where the file system has no
 * O_TMPFILE (created relative to dir_fd: mkstemp takes a path, which
 * could run through a directory swapped for a symlink meanwhile). -1
 * with errno. */
static int create_named(int dir_fd, const char *name, const char *prefix,
                        mode_t mode, char **tmp)
{
	uint64_t seed = random_seed(tmp);
	int tries, fd = -1;

	for (tries = 0; tries < 100 && fd < 0; tries++) {
		free(*tmp);
		if (!(*tmp = temp_name(name, prefix, &seed))) {
			errno = ENOMEM;
			return -1;
		}
		fd = openat(dir_fd, *tmp,
		            O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW |
		                O_CLOEXEC | O_NONBLOCK,
		            mode);
		if (fd < 0 && errno != EEXIST)
			break;
	}
	if (fd < 0) {
		free(*tmp);
		*tmp = NULL;
	}
	return fd;
}

/*
 * An unnamed file in dir_fd's directory (O_TMPFILE): nothing to leave
 * behind whatever happens to the process until it is linked. -1 with
 * errno set; errno EOPNOTSUPP, EISDIR or EINVAL (the kernel or the file
 * system does not have it) mean "use a named file".
 */
static int create_unnamed(int dir_fd, mode_t mode)
{
#ifdef O_TMPFILE
	return openat(dir_fd, ".", O_WRONLY | O_TMPFILE | O_CLOEXEC, mode);
#else
	(void)dir_fd;
	(void)mode;
	errno = EOPNOTSUPP;
	return -1;
#endif
}

/* Give the unnamed file fd the name target, or (target NULL) a new
 * unique temporary name for name in *tmp; 0, or -1 with errno set. */
static int link_unnamed(int fd, int dir_fd, const char *target,
                        const char *name, const char *prefix, char **tmp)
{
	uint64_t seed = random_seed(tmp);
	char proc[64];
	int tries, r = -1, use_proc = 0;

	snprintf(proc, sizeof(proc), "/proc/self/fd/%d", fd);
	for (tries = 0; tries < 100; tries++) {
		const char *to = target;

		if (!target) {
			free(*tmp);
			if (!(*tmp = temp_name(name, prefix, &seed))) {
				errno = ENOMEM;
				return -1;
			}
			to = *tmp;
		}
		/* AT_EMPTY_PATH needs CAP_DAC_READ_SEARCH; the /proc link
		 * works for anyone */
		r = use_proc
		        ? linkat(AT_FDCWD, proc, dir_fd, to, AT_SYMLINK_FOLLOW)
		        : linkat(fd, "", dir_fd, to, AT_EMPTY_PATH);
		if (r == 0)
			break;
		if (!use_proc &&
		    (errno == ENOENT || errno == EPERM || errno == EINVAL)) {
			use_proc = 1;
			tries--;
			continue;
		}
		if (errno != EEXIST || target)
			break;
	}
	if (r < 0 && !target) {
		int err = errno;

		free(*tmp);
		*tmp = NULL;
		errno = err;
	}
	return r;
}

/* The old file's owner, mode bits and extended attributes on fd. */
static int keep_metadata(int fd, int dir_fd, const char *name,
                         const hdrcheck__atomic_options *o)
{
	struct stat st;

	if (o->like_fd >= 0) {
		if (fstat(o->like_fd, &st) < 0)
			return fail("cannot stat", errno);
		/* owner first: changing it may clear set-id bits that the
		 * mode then restores */
		if ((st.st_uid != geteuid() || st.st_gid != getegid()) &&
		    fchown(fd, st.st_uid, st.st_gid) < 0)
			return fail("cannot keep its owner", errno);
		if (fchmod(fd, st.st_mode & 07777) < 0)
			return fail("cannot keep its mode", errno);
		return copy_xattrs(o->like_fd, fd);
	}
	/* a regular file replaced by name keeps its mode bits; a symlink
	 * there is replaced, and what it points to is no concern */
	if (!(o->flags & HDRCHECK__ATOMIC_NO_REPLACE) &&
	    fstatat(dir_fd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 &&
	    S_ISREG(st.st_mode) && fchmod(fd, st.st_mode & 07777) < 0)
		return fail("cannot keep its mode", errno);
	return 0;
}

int hdrcheck__atomic_write(int dir_fd, const char *name, const void *data,
                           size_t len, const hdrcheck__atomic_options *opts)
{
	struct iovec one;

	one.iov_base = (void *)(uintptr_t)data;
	one.iov_len = len;
	return hdrcheck__atomic_writev(dir_fd, name, &one, 1, opts);
}

struct hdrcheck__atomic {
	hdrcheck__atomic_options opts;
	int dir_fd;
	char *name;
	char *tmp; /* a named temporary file's name */
	int fd;
	int unnamed;
	int dir_owned; /* dir_fd is closed with the writer */
	int masked;
	sigset_t old;
};

int hdrcheck__atomic_open(hdrcheck__atomic **out, int dir_fd, const char *name,
                          const hdrcheck__atomic_options *opts)
{
	hdrcheck__atomic_options defaults = HDRCHECK__ATOMIC_OPTIONS_INIT;
	hdrcheck__atomic *a = NULL;
	mode_t mode;
	sigset_t block;
	int error = 0;

	if (!*name || strchr(name, '/') || !strcmp(name, ".") ||
	    !strcmp(name, ".."))
		return hdrcheck__error_set(HDRCHECK_EINVAL,
		                           "not a file name: \"%s\"", name);
	if (!(a = hdrcheck__calloc(1, sizeof(*a))) ||
	    !(a->name = hdrcheck__strdup(name))) {
		free(a);
		return HDRCHECK_ENOMEM;
	}
	a->opts = opts ? *opts : defaults;
	a->dir_fd = dir_fd;
	a->fd = -1;
	a->unnamed = 1;
	mode = a->opts.mode ? a->opts.mode : 0644;
	sigemptyset(&block);
	sigaddset(&block, SIGINT);
	sigaddset(&block, SIGTERM);
	sigaddset(&block, SIGHUP);
	sigaddset(&block, SIGQUIT);
	a->masked = pthread_sigmask(SIG_BLOCK, &block, &a->old) == 0;

	/* unnamed until the content is complete: a kill meanwhile leaves
	 * nothing; where the file system cannot, a named file that its
	 * owner's sweep recognises */
	if ((a->fd = create_unnamed(dir_fd, mode)) < 0 &&
	    (errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL)) {
		a->unnamed = 0;
		a->fd = create_named(dir_fd, name, a->opts.tmp_prefix, mode,
		                     &a->tmp);
	}
	if (a->fd < 0) {
		error =
		    fail("cannot create a temporary file next to it", errno);
		hdrcheck__atomic_abort(a);
		return error;
	}
	*out = a;
	return 0;
}

int hdrcheck__atomic_fd(const hdrcheck__atomic *a)
{
	return a->fd;
}

int hdrcheck__atomic_commit(hdrcheck__atomic *a)
{
	const hdrcheck__atomic_options *o = &a->opts;
	int no_replace = (o->flags & HDRCHECK__ATOMIC_NO_REPLACE) != 0;
	int sync = !(o->flags & HDRCHECK__ATOMIC_NO_SYNC);
	int dir_fd = a->dir_fd;
	int error = 0;

	if ((error = keep_metadata(a->fd, dir_fd, a->name, o)) < 0)
		goto done;
	if (sync && fsync(a->fd) < 0) {
		error = fail("cannot sync", errno);
		goto done;
	}
	if (!a->unnamed) {
		int fd = a->fd;

		a->fd = -1;
		if (close(fd) < 0) {
			error = fail("cannot write", errno);
			goto done;
		}
	}
	if (o->before_rename && (error = o->before_rename(o->payload)) != 0)
		goto done;
	if (no_replace) {
		/* a link fails where the name exists: no file that appeared
		 * meanwhile is replaced */
		int r = a->unnamed
		            ? link_unnamed(a->fd, dir_fd, a->name, a->name,
		                           o->tmp_prefix, &a->tmp)
		            : linkat(dir_fd, a->tmp, dir_fd, a->name, 0);

		if (r < 0) {
			error =
			    errno == EEXIST
			        ? hdrcheck__error_set(HDRCHECK_EEXISTS,
			                              "already exists")
			        : fail("cannot link the new content", errno);
			goto done;
		}
	} else {
		/* the two calls that a name exists for: link, rename */
		if (a->unnamed && link_unnamed(a->fd, dir_fd, NULL, a->name,
		                               o->tmp_prefix, &a->tmp) < 0) {
			error = fail("cannot link the new content", errno);
			goto done;
		}
		if (renameat(dir_fd, a->tmp, dir_fd, a->name) < 0) {
			error = fail("cannot replace", errno);
			goto done;
		}
		free(a->tmp);
		a->tmp = NULL;
	}
	/* the content was synced: a late close error loses nothing */
	if (a->fd >= 0)
		(void)close(a->fd);
	a->fd = -1;
	/* the new name itself must survive a crash too */
	if (sync)
		(void)fsync(dir_fd);
done:
	hdrcheck__atomic_abort(a);
	return error;
}

void hdrcheck__atomic_abort(hdrcheck__atomic *a)
{
	if (!a)
		return;
	if (a->fd >= 0)
		close(a->fd);
	if (a->tmp) {
		/* a failure's leftover, or (linked under its final name) the
		 * temporary name of a named file */
		unlinkat(a->dir_fd, a->tmp, 0);
		free(a->tmp);
	}
	if (a->masked)
		pthread_sigmask(SIG_SETMASK, &a->old, NULL);
	if (a->dir_owned)
		close(a->dir_fd);
	free(a->name);
	free(a);
}

int hdrcheck__atomic_writev(int dir_fd, const char *name,
                            const struct iovec *iov, size_t count,
                            const hdrcheck__atomic_options *opts)
{
	hdrcheck__atomic *a = NULL;
	size_t i;
	int error;

	if ((error = hdrcheck__atomic_open(&a, dir_fd, name, opts)) < 0)
		return error;
	for (i = 0; i < count; i++)
		if (hdrcheck__write_all(a->fd, iov[i].iov_base,
		                        iov[i].iov_len) < 0) {
			error = fail("cannot write", errno);
			hdrcheck__atomic_abort(a);
			return error;
		}
	return hdrcheck__atomic_commit(a);
}

/* The directory of path, opened, and (in *base) its last component. */
static int open_dir_of(int *dfd, const char **base, const char *path)
{
	const char *slash = strrchr(path, '/');
	char *dir = NULL;

	if (slash && !(dir = hdrcheck__strndup(
	                   path, slash == path ? 1 : (size_t)(slash - path))))
		return HDRCHECK_ENOMEM;
	*dfd = open(dir ? dir : ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	free(dir);
	if (*dfd < 0)
		return fail("cannot open its directory", errno);
	*base = slash ? slash + 1 : path;
	return 0;
}

int hdrcheck__atomic_open_path(hdrcheck__atomic **out, const char *path,
                               const hdrcheck__atomic_options *opts)
{
	const char *base = NULL;
	int dfd = -1, error;

	if ((error = open_dir_of(&dfd, &base, path)) < 0)
		return error;
	if ((error = hdrcheck__atomic_open(out, dfd, base, opts)) < 0) {
		close(dfd);
		return error;
	}
	(*out)->dir_owned = 1;
	return 0;
}

int hdrcheck__atomic_write_path(const char *path, const void *data, size_t len,
                                const hdrcheck__atomic_options *opts)
{
	const char *base = NULL;
	int dfd = -1, error;

	if ((error = open_dir_of(&dfd, &base, path)) < 0)
		return error;
	error = hdrcheck__atomic_write(dfd, base, data, len, opts);
	close(dfd);
	return error;
}

int hdrcheck__atomic_temp_name(const char *name, long *pid)
{
	const char *infix, *p, *digits;
	size_t k;
	long v = 0;

	if (name[0] != '.')
		return 0;
	/* the last infix: NAME may hold one too */
	for (p = name + 1, infix = NULL;
	     (p = strstr(p, HDRCHECK__ATOMIC_TMP_INFIX)) != NULL; p++)
		infix = p;
	if (!infix || infix == name + 1)
		return 0;
	p = digits = infix + strlen(HDRCHECK__ATOMIC_TMP_INFIX);
	while (*p >= '0' && *p <= '9' && p - digits < 10)
		v = v * 10 + (*p++ - '0');
	if (p == digits || *digits == '0' || *p != '.')
		return 0;
	for (k = 0, p++; k < HDRCHECK__ATOMIC_TMP_RANDOM; k++, p++)
		if (!((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'z')))
			return 0;
	if (*p)
		return 0;
	*pid = v;
	return 1;
}
