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
 * Writing a fixed file, the only place hdrcheck writes to the tree.
 *
 * - Paths are resolved one component at a time from the root's descriptor
 *   with O_NOFOLLOW, so neither a symlinked file nor a symlinked directory
 *   leads anywhere: everything fix touches is inside the tree.
 * - The new content goes to an unnamed file (O_TMPFILE) in the same
 *   directory, relative to the directory's descriptor, gets the old
 *   file's owner, mode and extended attributes, is fsync'd, and only then
 *   is linked under a temporary name and at once renamed over the old
 *   name: readers see the old file or the new one, never half of one, and
 *   a temporary name exists for the two system calls link and rename.
 * - Where the file system has no O_TMPFILE, the temporary file is named
 *   from the start, created with O_CREAT|O_EXCL relative to the
 *   directory's descriptor (mkstemp takes a path, which could run through
 *   a directory swapped for a symlink meanwhile).
 * - Temporary names are ".NAME.hdrcheck-tmp.PID.RANDOM": a fix run first
 *   removes those of dead processes in the directories it fixes files in
 *   (hdrcheck__fix_sweep), so what a SIGKILL in the window left goes with
 *   the next run.
 * - Right before the rename, the old file must still be the one that was
 *   read: same inode, size, modification and change times, and the same
 *   bytes. Otherwise it is left alone. (A change in the microseconds
 *   between that check and the rename cannot be detected by any rename;
 *   it is the window every atomic writer has.)
 * - INT, TERM, HUP and QUIT are held back while a temporary file exists,
 *   so an interrupted run leaves no temporary file behind: only SIGKILL or
 *   a crash can, between link and rename (or, without O_TMPFILE, any
 *   time the named file exists), and the next run removes it.
 */

#define _GNU_SOURCE /* O_TMPFILE, AT_EMPTY_PATH */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <time.h>
#include <unistd.h>
#include "fixer/fixer.h"

#define XATTR_LIST_MAX_BYTES  (64u * 1024)
#define XATTR_VALUE_MAX_BYTES (64u * 1024)

static int why_errno(char **why, const char *what, int err)
{
	*why = hdrcheck__aprintf("%s: %s", what, strerror(err));
	return *why ? 1 : HDRCHECK_ENOMEM;
}

static int why_text(char **why, const char *text)
{
	*why = hdrcheck__strdup(text);
	return *why ? 1 : HDRCHECK_ENOMEM;
}

void hdrcheck__fix_file_close(hdrcheck__fix_file *f)
{
	if (f->fd >= 0)
		close(f->fd);
	if (f->dir_fd >= 0)
		close(f->dir_fd);
	free(f->name);
	free(f->data);
	f->fd = f->dir_fd = -1;
	f->name = NULL;
	f->data = NULL;
	f->len = 0;
}

/* Read exactly n bytes at offset off; 0, or -1 with errno (EIO when the
 * file is shorter). */
static int read_at(int fd, char *buf, size_t n, off_t off)
{
	size_t got = 0;

	while (got < n) {
		ssize_t r = pread(fd, buf + got, n - got, off + (off_t)got);

		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			return -1;
		if (r == 0) {
			errno = EIO;
			return -1;
		}
		got += (size_t)r;
	}
	return 0;
}

/* The directory of root-relative path, each directory on the way opened
 * with O_NOFOLLOW from root_fd, into *dir_fd; *base: path's last
 * component. 0; 1 with *why; or a negative error. */
static int open_dir_of(int root_fd, const char *path, int *dir_fd,
                       const char **base, char **why)
{
	const char *p = path, *slash;
	int dfd = -1, error = 0;

	if ((dfd = dup(root_fd)) < 0)
		return why_errno(why, "cannot open the tree", errno);
	/* one directory at a time, none of them a symlink */
	while ((slash = strchr(p, '/')) != NULL) {
		char *comp = hdrcheck__strndup(p, (size_t)(slash - p));
		int next;

		if (!comp) {
			error = HDRCHECK_ENOMEM;
			goto done;
		}
		if (!*comp || strcmp(comp, ".") == 0 ||
		    strcmp(comp, "..") == 0) {
			free(comp);
			error = why_text(why, "not a path inside the tree");
			goto done;
		}
		next = openat(dfd, comp,
		              O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
		free(comp);
		if (next < 0) {
			error = errno == ELOOP || errno == ENOTDIR
			            ? why_text(why, "a directory on its "
			                            "path is a symlink "
			                            "or not a directory")
			            : why_errno(why,
			                        "cannot open its "
			                        "directory",
			                        errno);
			goto done;
		}
		close(dfd);
		dfd = next;
		p = slash + 1;
	}
	*dir_fd = dfd;
	*base = p;
	dfd = -1;
done:
	if (dfd >= 0)
		close(dfd);
	return error;
}

int hdrcheck__fix_file_open(hdrcheck__fix_file *f, int root_fd,
                            const char *path, char **why)
{
	const char *p = NULL;
	int dfd = -1, error = 0;

	*why = NULL;
	f->fd = f->dir_fd = -1;
	f->name = NULL;
	f->data = NULL;
	f->len = 0;
	if ((error = open_dir_of(root_fd, path, &dfd, &p, why)) != 0)
		goto done;
	if (!*p || strcmp(p, ".") == 0 || strcmp(p, "..") == 0) {
		error = why_text(why, "not a path inside the tree");
		goto done;
	}
	if (!(f->name = hdrcheck__strdup(p))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	f->fd = openat(
	    dfd, p, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
	if (f->fd < 0) {
		error = errno == ELOOP ? why_text(why, "is a symlink")
		        : errno == ENOENT
		            ? why_text(why, "vanished")
		            : why_errno(why, "cannot open", errno);
		goto done;
	}
	if (fstat(f->fd, &f->st) < 0) {
		error = why_errno(why, "cannot stat", errno);
		goto done;
	}
	if (!S_ISREG(f->st.st_mode)) {
		error = why_text(why, "not a regular file");
		goto done;
	}
	if (f->st.st_nlink > 1) {
		/* a rename gives this name a new file: the other names would
		 * keep the old content */
		error = why_text(why, "has several hard links; rewriting it "
		                      "would split them");
		goto done;
	}
	if ((uintmax_t)f->st.st_size > HDRCHECK__FIX_MAX_BYTES) {
		*why = hdrcheck__aprintf("larger than %u bytes",
		                         HDRCHECK__FIX_MAX_BYTES);
		error = *why ? 1 : HDRCHECK_ENOMEM;
		goto done;
	}
	f->len = (size_t)f->st.st_size;
	if (!(f->data = hdrcheck__malloc(f->len ? f->len : 1))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	if (read_at(f->fd, f->data, f->len, 0) < 0) {
		error = why_errno(why, "cannot read", errno);
		goto done;
	}
	f->dir_fd = dfd;
	dfd = -1;
done:
	if (dfd >= 0)
		close(dfd);
	if (error)
		hdrcheck__fix_file_close(f);
	return error;
}

int hdrcheck__fix_file_writable(const hdrcheck__fix_file *f)
{
	if (!(f->st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)))
		return 0;
	/* root may write anything: the mode bits above are what say
	 * "read-only" then; for others, the kernel decides */
	return faccessat(f->dir_fd, f->name, W_OK, AT_EACCESS) == 0;
}

/* Copy every extended attribute (ACLs, labels) of from to to. */
static int copy_xattrs(int from, int to, char **why)
{
	char *names = NULL, *value = NULL, *n;
	ssize_t len, vlen;
	int error = 0;

	len = flistxattr(from, NULL, 0);
	if (len <= 0) /* none, or not supported here */
		return 0;
	if ((size_t)len > XATTR_LIST_MAX_BYTES)
		return why_text(why, "too many extended attributes");
	if (!(names = hdrcheck__malloc((size_t)len)) ||
	    !(value = hdrcheck__malloc(XATTR_VALUE_MAX_BYTES))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	if ((len = flistxattr(from, names, (size_t)len)) < 0) {
		error = why_errno(why, "cannot list its extended attributes",
		                  errno);
		goto done;
	}
	for (n = names; n < names + len; n += strlen(n) + 1) {
		vlen = fgetxattr(from, n, value, XATTR_VALUE_MAX_BYTES);
		if (vlen < 0 || fsetxattr(to, n, value, (size_t)vlen, 0) < 0) {
			*why = hdrcheck__aprintf("cannot keep its extended "
			                         "attribute %s: %s",
			                         n, strerror(errno));
			error = *why ? 1 : HDRCHECK_ENOMEM;
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

/* A new temporary name next to name (see HDRCHECK__FIX_TMP_INFIX). */
static char *temp_name(const char *name, uint64_t *seed)
{
	char suffix[HDRCHECK__FIX_TMP_RANDOM + 1];
	size_t base = strlen(name);

	/* shortened so that it fits NAME_MAX */
	if (base > 200)
		base = 200;
	random_suffix(suffix, HDRCHECK__FIX_TMP_RANDOM, seed);
	return hdrcheck__aprintf(".%.*s" HDRCHECK__FIX_TMP_INFIX "%ld.%s",
	                         (int)base, name, (long)getpid(), suffix);
}

/* A new, unique, named file next to name, created relative to dir_fd:
 * the fallback where the file system has no O_TMPFILE. */
static int create_temp(int dir_fd, const char *name, char **tmp_name)
{
	uint64_t seed = random_seed(tmp_name);
	int tries, fd = -1;

	for (tries = 0; tries < 100 && fd < 0; tries++) {
		free(*tmp_name);
		if (!(*tmp_name = temp_name(name, &seed)))
			return HDRCHECK_ENOMEM;
		fd = openat(
		    dir_fd, *tmp_name,
		    O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
		if (fd < 0 && errno != EEXIST)
			return -1;
	}
	return fd;
}

/*
 * An unnamed file in dir_fd's directory (O_TMPFILE): nothing to leave
 * behind whatever happens to the process until it is linked. -1 with
 * errno set; errno EOPNOTSUPP, EISDIR or EINVAL (the kernel or the file
 * system does not have it) mean "use a named file".
 */
static int create_unnamed(int dir_fd)
{
#ifdef O_TMPFILE
	return openat(dir_fd, ".", O_WRONLY | O_TMPFILE | O_CLOEXEC, 0600);
#else
	(void)dir_fd;
	errno = EOPNOTSUPP;
	return -1;
#endif
}

/* Give the unnamed file fd a new unique name next to name; 0, or -1 with
 * errno set. */
static int link_unnamed(int fd, int dir_fd, const char *name, char **tmp_name)
{
	uint64_t seed = random_seed(tmp_name);
	char proc[64];
	int tries, r = -1, use_proc = 0;

	snprintf(proc, sizeof(proc), "/proc/self/fd/%d", fd);
	for (tries = 0; tries < 100; tries++) {
		free(*tmp_name);
		if (!(*tmp_name = temp_name(name, &seed))) {
			errno = ENOMEM;
			return -1;
		}
		/* AT_EMPTY_PATH needs CAP_DAC_READ_SEARCH; the /proc link
		 * works for anyone */
		r = use_proc ? linkat(AT_FDCWD, proc, dir_fd, *tmp_name,
		                      AT_SYMLINK_FOLLOW)
		             : linkat(fd, "", dir_fd, *tmp_name, AT_EMPTY_PATH);
		if (r == 0)
			break;
		if (!use_proc &&
		    (errno == ENOENT || errno == EPERM || errno == EINVAL)) {
			use_proc = 1;
			tries--;
			continue;
		}
		if (errno != EEXIST)
			break;
	}
	if (r < 0) {
		free(*tmp_name);
		*tmp_name = NULL;
	}
	return r;
}

/* Is name a temporary file name of ours ("." NAME INFIX PID "." RANDOM)?
 * *pid gets the pid. */
int hdrcheck__fix_temp_name(const char *name, long *pid)
{
	const char *infix, *p, *digits;
	size_t k;
	long v = 0;

	if (name[0] != '.')
		return 0;
	/* the last infix: NAME may hold one too */
	for (p = name + 1, infix = NULL;
	     (p = strstr(p, HDRCHECK__FIX_TMP_INFIX)) != NULL; p++)
		infix = p;
	if (!infix || infix == name + 1)
		return 0;
	p = digits = infix + strlen(HDRCHECK__FIX_TMP_INFIX);
	while (*p >= '0' && *p <= '9' && p - digits < 10)
		v = v * 10 + (*p++ - '0');
	if (p == digits || *digits == '0' || *p != '.')
		return 0;
	for (k = 0, p++; k < HDRCHECK__FIX_TMP_RANDOM; k++, p++)
		if (!((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'z')))
			return 0;
	if (*p)
		return 0;
	*pid = v;
	return 1;
}

/* Is process pid alive (or beyond our sight: another user's)? */
static int pid_alive(long pid)
{
	if (pid <= 0 || (long)(pid_t)pid != pid)
		return 1; /* not one of ours: leave it */
	if (pid == (long)getpid())
		return 1;
	return kill((pid_t)pid, 0) == 0 || errno != ESRCH;
}

int hdrcheck__fix_sweep(int root_fd, const char *dir, size_t *removed)
{
	struct dirent *de;
	DIR *d = NULL;
	char *sub = NULL, *why = NULL;
	const char *base;
	int dfd = -1, error = 0;
	size_t len = strlen(dir);

	if (removed)
		*removed = 0;
	/* the directory, opened as a file's is for fixing: no symlink on
	 * the way, never outside the tree */
	if (!(sub = hdrcheck__aprintf("%s%s.", dir, len ? "/" : "")))
		return HDRCHECK_ENOMEM;
	error = open_dir_of(root_fd, sub, &dfd, &base, &why);
	free(why);
	free(sub);
	(void)base;
	if (error)
		return error < 0 ? error : 0; /* nothing to sweep there */
	if (!(d = fdopendir(dfd))) {
		close(dfd);
		return 0;
	}
	while ((de = readdir(d)) != NULL) {
		struct stat st;
		long pid;

		if (!hdrcheck__fix_temp_name(de->d_name, &pid) ||
		    pid_alive(pid))
			continue;
		/* only what we could have made: a regular file of ours
		 * with one name; unlinkat never follows a symlink */
		if (fstatat(dirfd(d), de->d_name, &st, AT_SYMLINK_NOFOLLOW) <
		        0 ||
		    !S_ISREG(st.st_mode) || st.st_uid != geteuid() ||
		    st.st_nlink != 1)
			continue;
		if (unlinkat(dirfd(d), de->d_name, 0) == 0 && removed)
			(*removed)++;
	}
	closedir(d);
	return 0;
}

/* Is the file at f's name still the one that was read? */
static int unchanged(const hdrcheck__fix_file *f)
{
	struct stat now;
	char chunk[65536];
	size_t at;

	if (fstatat(f->dir_fd, f->name, &now, AT_SYMLINK_NOFOLLOW) < 0 ||
	    now.st_dev != f->st.st_dev || now.st_ino != f->st.st_ino ||
	    now.st_size != f->st.st_size ||
	    now.st_mtim.tv_sec != f->st.st_mtim.tv_sec ||
	    now.st_mtim.tv_nsec != f->st.st_mtim.tv_nsec ||
	    now.st_ctim.tv_sec != f->st.st_ctim.tv_sec ||
	    now.st_ctim.tv_nsec != f->st.st_ctim.tv_nsec)
		return 0;
	/* the times can be set back: compare the bytes too */
	for (at = 0; at < f->len; at += sizeof(chunk)) {
		size_t n =
		    f->len - at < sizeof(chunk) ? f->len - at : sizeof(chunk);

		if (read_at(f->fd, chunk, n, (off_t)at) < 0 ||
		    memcmp(chunk, f->data + at, n) != 0)
			return 0;
	}
	/* and nothing was appended */
	return pread(f->fd, chunk, 1, (off_t)f->len) == 0;
}

int hdrcheck__fix_file_replace(hdrcheck__fix_file *f, const char *data,
                               size_t len, hdrcheck__fix_hook hook,
                               void *payload, char **why)
{
	sigset_t block, old;
	char *tmp = NULL;
	int fd = -1, error = 0, masked, unnamed = 1;

	*why = NULL;
	sigemptyset(&block);
	sigaddset(&block, SIGINT);
	sigaddset(&block, SIGTERM);
	sigaddset(&block, SIGHUP);
	sigaddset(&block, SIGQUIT);
	masked = pthread_sigmask(SIG_BLOCK, &block, &old) == 0;

	/* unnamed until the content is complete: a kill meanwhile leaves
	 * nothing; where the file system cannot, a named file that the
	 * next run's sweep recognises */
	if ((fd = create_unnamed(f->dir_fd)) < 0 &&
	    (errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL)) {
		unnamed = 0;
		fd = create_temp(f->dir_fd, f->name, &tmp);
	}
	if (fd < 0) {
		error = fd == HDRCHECK_ENOMEM
		            ? HDRCHECK_ENOMEM
		            : why_errno(why,
		                        "cannot create a temporary "
		                        "file next to it",
		                        errno);
		free(tmp);
		tmp = NULL;
		goto done;
	}
	if (hdrcheck__write_all(fd, data, len) < 0) {
		error = why_errno(why, "cannot write", errno);
		goto done;
	}
	/* owner first: changing it may clear set-id bits that the mode
	 * then restores */
	if ((f->st.st_uid != geteuid() || f->st.st_gid != getegid()) &&
	    fchown(fd, f->st.st_uid, f->st.st_gid) < 0) {
		error = why_errno(why, "cannot keep its owner", errno);
		goto done;
	}
	if (fchmod(fd, f->st.st_mode & 07777) < 0) {
		error = why_errno(why, "cannot keep its mode", errno);
		goto done;
	}
	if ((error = copy_xattrs(f->fd, fd, why)) != 0)
		goto done;
	if (fsync(fd) < 0) {
		error = why_errno(why, "cannot sync", errno);
		goto done;
	}
	if (!unnamed) {
		if (close(fd) < 0) {
			fd = -1;
			error = why_errno(why, "cannot write", errno);
			goto done;
		}
		fd = -1;
	}
	if (hook)
		hook(payload);
	if (!unchanged(f)) {
		error = why_text(why, "changed while being fixed; left alone");
		goto done;
	}
	/* the two calls that a name exists for: link, rename */
	if (unnamed && link_unnamed(fd, f->dir_fd, f->name, &tmp) < 0) {
		error = errno == ENOMEM ? HDRCHECK_ENOMEM
		                        : why_errno(why,
		                                    "cannot link the new "
		                                    "content",
		                                    errno);
		goto done;
	}
	if (renameat(f->dir_fd, tmp, f->dir_fd, f->name) < 0) {
		error = why_errno(why, "cannot replace", errno);
		goto done;
	}
	free(tmp);
	tmp = NULL;
	/* the content was fsync'd: a late close error loses nothing */
	if (fd >= 0)
		(void)close(fd);
	fd = -1;
	/* the rename itself must survive a crash too */
	(void)fsync(f->dir_fd);
done:
	if (fd >= 0)
		close(fd);
	if (tmp) {
		unlinkat(f->dir_fd, tmp, 0);
		free(tmp);
	}
	if (masked)
		pthread_sigmask(SIG_SETMASK, &old, NULL);
	return error;
}
