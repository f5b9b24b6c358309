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
 * An LD_PRELOAD shim for the hostile tests: it changes what the system
 * does under hdrcheck without a hook in the library (nothing of it is in
 * any build of libhdrcheck). Driven by the environment:
 *
 *   HOSTILE_SHIM_VANISH=NAME   a file whose base name is NAME is removed
 *                              right before hdrcheck opens it: it
 *                              disappears between listing and reading
 *   HOSTILE_SHIM_READ_LOG=FILE at exit, write the bytes read() returned
 *                              from regular files (not /proc's), in
 *                              decimal, to FILE
 *   HOSTILE_SHIM_LOOKUP_LOG=FILE
 *                              at exit, write the number of path
 *                              lookups (open, openat, stat, lstat,
 *                              fstatat and their 64 forms) to FILE: the
 *                              tests count work, not seconds
 *   HOSTILE_SHIM_FAULT=CALL:WHAT:N
 *                              the Nth call (1-based) of CALL (write,
 *                              fsync, renameat, fchmod, linkat, and
 *                              tmpfile: an open with O_TMPFILE) on a
 *                              regular file or in a directory fails with
 *                              WHAT (ENOSPC, EIO, EPERM, EXDEV,
 *                              EOPNOTSUPP) or, with WHAT "kill",
 *                              kills the process there with SIGKILL;
 *                              "write" writes half the bytes the first
 *                              time, then fails from then on, as a full
 *                              disk does. Only
 *                              files of the work tree count: not those
 *                              under a .git directory (the result cache)
 *   HOSTILE_SHIM_NO_TMPFILE=1  every open with O_TMPFILE fails with
 *                              EOPNOTSUPP, as on a file system without it
 *   HOSTILE_SHIM_NO_EMPTY_PATH=1
 *                              linkat with AT_EMPTY_PATH fails with ENOENT,
 *                              as it does without CAP_DAC_READ_SEARCH
 *   HOSTILE_SHIM_EACCES=NAME   opening a directory whose base name is NAME
 *                              (open, openat, opendir) fails with EACCES,
 *                              as a directory of mode 000 does for anyone
 *                              but root
 *   HOSTILE_SHIM_EMFILE=NAME   opening a file or directory whose base name
 *                              is NAME (open, openat, opendir) fails with
 *                              EMFILE, as at the descriptor limit
 */

#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

/* exported for the dynamic linker; no prototypes in a header */
int open(const char *path, int flags, ...);
int open64(const char *path, int flags, ...);
int openat(int dirfd, const char *path, int flags, ...);
int openat64(int dirfd, const char *path, int flags, ...);
ssize_t read(int fd, void *buf, size_t n);
ssize_t write(int fd, const void *buf, size_t n);
int fsync(int fd);
int fchmod(int fd, mode_t mode);
int renameat(int olddirfd, const char *oldpath, int newdirfd,
             const char *newpath);
int rename(const char *oldpath, const char *newpath);
int linkat(int olddirfd, const char *oldpath, int newdirfd, const char *newpath,
           int flags);
DIR *opendir(const char *path);

static atomic_llong bytes_read;
static atomic_llong lookups;
static atomic_int calls;
static atomic_int write_failing; /* errno once the disk is "full" */

static void *next(const char *name)
{
	void *f = dlsym(RTLD_NEXT, name);

	if (!f)
		abort();
	return f;
}

static const char *base_name(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash ? slash + 1 : path;
}

static void maybe_vanish(int dirfd, const char *path)
{
	const char *name = getenv("HOSTILE_SHIM_VANISH");

	if (name && *name && strcmp(base_name(path), name) == 0)
		unlinkat(dirfd, path, 0);
}

/* Is this call the one HOSTILE_SHIM_FAULT names? *what gets the errno,
 * or 0 for "kill". */
static int fault(const char *call, int *what)
{
	const char *spec = getenv("HOSTILE_SHIM_FAULT");
	size_t n = strlen(call);
	const char *w;
	long nth;

	if (!spec || strncmp(spec, call, n) != 0 || spec[n] != ':')
		return 0;
	w = spec + n + 1;
	if (strncmp(w, "kill:", 5) == 0)
		*what = 0;
	else if (strncmp(w, "ENOSPC:", 7) == 0)
		*what = ENOSPC;
	else if (strncmp(w, "EIO:", 4) == 0)
		*what = EIO;
	else if (strncmp(w, "EPERM:", 6) == 0)
		*what = EPERM;
	else if (strncmp(w, "EXDEV:", 6) == 0)
		*what = EXDEV;
	else if (strncmp(w, "EOPNOTSUPP:", 11) == 0)
		*what = EOPNOTSUPP;
	else
		return 0;
	nth = atol(strchr(w, ':') + 1);
	return atomic_fetch_add(&calls, 1) + 1 == nth;
}

static int is_regular(int fd)
{
	struct stat st;

	return fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
}

/* Is fd a file of /proc (the sanitizers read /proc/self/maps)? */
static int in_proc(int fd)
{
	char link[64], path[16];
	ssize_t n;

	snprintf(link, sizeof(link), "/proc/self/fd/%d", fd);
	n = readlink(link, path, sizeof(path));
	return n >= 6 && memcmp(path, "/proc/", 6) == 0;
}

static void count_lookup(void)
{
	if (getenv("HOSTILE_SHIM_LOOKUP_LOG"))
		atomic_fetch_add(&lookups, 1);
}

/* Is fd (a file or a directory) inside a .git directory? */
static int in_git_dir(int fd)
{
	char link[64], path[4096];
	ssize_t n;

	snprintf(link, sizeof(link), "/proc/self/fd/%d", fd);
	n = readlink(link, path, sizeof(path) - 1);
	if (n < 0)
		return 0;
	path[n] = '\0';
	return strstr(path, "/.git/") != NULL ||
	       (n >= 5 && strcmp(path + n - 5, "/.git") == 0);
}

static void die_here(void)
{
	kill(getpid(), SIGKILL);
	for (;;)
		pause();
}

/* Should this open fail, and how? 0: go ahead; -1 with errno set: fail;
 * it may not return (a kill). */
static int open_fault(int dirfd, const char *path, int flags)
{
	const char *deny = getenv("HOSTILE_SHIM_EACCES");
	int what;

	if ((flags & O_TMPFILE) == O_TMPFILE) {
		const char *no = getenv("HOSTILE_SHIM_NO_TMPFILE");

		if (no && *no == '1') {
			errno = EOPNOTSUPP;
			return -1;
		}
		/* the result cache's unnamed files do not count */
		if (dirfd == AT_FDCWD ? strstr(path, "/.git/") != NULL
		                      : in_git_dir(dirfd))
			return 0;
		if (fault("tmpfile", &what)) {
			if (!what)
				die_here();
			errno = what;
			return -1;
		}
		return 0;
	}
	if (deny && *deny && (flags & O_DIRECTORY) &&
	    strcmp(base_name(path), deny) == 0) {
		errno = EACCES;
		return -1;
	}
	deny = getenv("HOSTILE_SHIM_EMFILE");
	if (deny && *deny && strcmp(base_name(path), deny) == 0) {
		errno = EMFILE;
		return -1;
	}
	return 0;
}

static mode_t mode_arg(int flags, va_list ap)
{
	return (flags & (O_CREAT | O_TMPFILE)) ? (mode_t)va_arg(ap, int) : 0;
}

int open(const char *path, int flags, ...)
{
	int (*real)(const char *, int, ...) = next("open");
	va_list ap;
	mode_t mode;

	count_lookup();
	va_start(ap, flags);
	mode = mode_arg(flags, ap);
	va_end(ap);
	maybe_vanish(AT_FDCWD, path);
	if (open_fault(AT_FDCWD, path, flags) < 0)
		return -1;
	return real(path, flags, mode);
}

int open64(const char *path, int flags, ...)
{
	int (*real)(const char *, int, ...) = next("open64");
	va_list ap;
	mode_t mode;

	count_lookup();
	va_start(ap, flags);
	mode = mode_arg(flags, ap);
	va_end(ap);
	maybe_vanish(AT_FDCWD, path);
	if (open_fault(AT_FDCWD, path, flags) < 0)
		return -1;
	return real(path, flags, mode);
}

int openat(int dirfd, const char *path, int flags, ...)
{
	int (*real)(int, const char *, int, ...) = next("openat");
	va_list ap;
	mode_t mode;

	count_lookup();
	va_start(ap, flags);
	mode = mode_arg(flags, ap);
	va_end(ap);
	maybe_vanish(dirfd, path);
	if (open_fault(dirfd, path, flags) < 0)
		return -1;
	return real(dirfd, path, flags, mode);
}

int openat64(int dirfd, const char *path, int flags, ...)
{
	int (*real)(int, const char *, int, ...) = next("openat64");
	va_list ap;
	mode_t mode;

	count_lookup();
	va_start(ap, flags);
	mode = mode_arg(flags, ap);
	va_end(ap);
	maybe_vanish(dirfd, path);
	if (open_fault(dirfd, path, flags) < 0)
		return -1;
	return real(dirfd, path, flags, mode);
}

ssize_t read(int fd, void *buf, size_t n)
{
	ssize_t (*real)(int, void *, size_t) = next("read");
	ssize_t got = real(fd, buf, n);

	if (got > 0 && getenv("HOSTILE_SHIM_READ_LOG") && is_regular(fd) &&
	    !in_proc(fd))
		atomic_fetch_add(&bytes_read, (long long)got);
	return got;
}

ssize_t write(int fd, const void *buf, size_t n)
{
	ssize_t (*real)(int, const void *, size_t) = next("write");
	int what;

	if (!is_regular(fd) || in_git_dir(fd))
		return real(fd, buf, n);
	if ((what = atomic_load(&write_failing)) != 0) {
		errno = what;
		return -1;
	}
	if (fault("write", &what)) {
		if (!what)
			die_here();
		atomic_store(&write_failing, what);
		/* a full disk takes part of the data first */
		if (n > 1 && real(fd, buf, n / 2) > 0)
			return (ssize_t)(n / 2);
		errno = what;
		return -1;
	}
	return real(fd, buf, n);
}

int fsync(int fd)
{
	int (*real)(int) = next("fsync");
	int what;

	if (is_regular(fd) && !in_git_dir(fd) && fault("fsync", &what)) {
		if (!what)
			die_here();
		errno = what;
		return -1;
	}
	return real(fd);
}

int fchmod(int fd, mode_t mode)
{
	int (*real)(int, mode_t) = next("fchmod");
	int what;

	if (!in_git_dir(fd) && fault("fchmod", &what)) {
		if (!what)
			die_here();
		errno = what;
		return -1;
	}
	return real(fd, mode);
}

int renameat(int olddirfd, const char *oldpath, int newdirfd,
             const char *newpath)
{
	int (*real)(int, const char *, int, const char *) = next("renameat");
	int what;

	if ((newdirfd == AT_FDCWD ? !strstr(newpath, "/.git/")
	                          : !in_git_dir(newdirfd)) &&
	    fault("renameat", &what)) {
		if (!what)
			die_here();
		errno = what;
		return -1;
	}
	return real(olddirfd, oldpath, newdirfd, newpath);
}

int rename(const char *oldpath, const char *newpath)
{
	int (*real)(const char *, const char *) = next("rename");
	int what;

	if (!strstr(newpath, "/.git/") && fault("renameat", &what)) {
		if (!what)
			die_here();
		errno = what;
		return -1;
	}
	return real(oldpath, newpath);
}

int linkat(int olddirfd, const char *oldpath, int newdirfd, const char *newpath,
           int flags)
{
	int (*real)(int, const char *, int, const char *, int) = next("linkat");
	const char *no_empty = getenv("HOSTILE_SHIM_NO_EMPTY_PATH");
	int what;

	/* without CAP_DAC_READ_SEARCH, as for anyone but root */
	if ((flags & AT_EMPTY_PATH) && no_empty && *no_empty == '1') {
		errno = ENOENT;
		return -1;
	}

	if ((newdirfd == AT_FDCWD ? !strstr(newpath, "/.git/")
	                          : !in_git_dir(newdirfd)) &&
	    fault("linkat", &what)) {
		if (!what)
			die_here();
		errno = what;
		return -1;
	}
	return real(olddirfd, oldpath, newdirfd, newpath, flags);
}

DIR *opendir(const char *path)
{
	DIR *(*real)(const char *) = next("opendir");
	const char *deny = getenv("HOSTILE_SHIM_EACCES");

	if (deny && *deny && strcmp(base_name(path), deny) == 0) {
		errno = EACCES;
		return NULL;
	}
	deny = getenv("HOSTILE_SHIM_EMFILE");
	if (deny && *deny && strcmp(base_name(path), deny) == 0) {
		errno = EMFILE;
		return NULL;
	}
	return real(path);
}

/* The path lookups of the stat family, counted and passed on. */
int stat(const char *path, struct stat *st)
{
	int (*real)(const char *, struct stat *) = next("stat");

	count_lookup();
	return real(path, st);
}

int lstat(const char *path, struct stat *st)
{
	int (*real)(const char *, struct stat *) = next("lstat");

	count_lookup();
	return real(path, st);
}

int fstatat(int dirfd, const char *path, struct stat *st, int flags)
{
	int (*real)(int, const char *, struct stat *, int) = next("fstatat");

	count_lookup();
	return real(dirfd, path, st, flags);
}

static void write_log(const char *var, long long value)
{
	const char *log = getenv(var);
	FILE *f;

	if (!log || !(f = fopen(log, "w")))
		return;
	fprintf(f, "%lld\n", value);
	fclose(f);
}

__attribute__((destructor)) static void shim_exit(void)
{
	write_log("HOSTILE_SHIM_READ_LOG", atomic_load(&bytes_read));
	write_log("HOSTILE_SHIM_LOOKUP_LOG", atomic_load(&lookups));
}
