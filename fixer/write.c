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
 * - The new content is written by the one atomic writer
 *   (common/atomic.h): a temporary file in the same directory, relative
 *   to the directory's descriptor, given the old file's owner, mode and
 *   extended attributes, fsync'd, then renamed over the old name, with
 *   INT, TERM, HUP and QUIT held back meanwhile.
 * - Temporary names are ".NAME.hdrcheck-tmp.PID.RANDOM": a fix run first
 *   removes those of dead processes in the directories it fixes files in
 *   (hdrcheck__fix_sweep), so what a SIGKILL in the window left goes with
 *   the next run.
 * - Right before the rename, the old file must still be the one that was
 *   read: same inode, size, modification and change times, and the same
 *   bytes. Otherwise it is left alone. (A change in the microseconds
 *   between that check and the rename cannot be detected by any rename;
 *   it is the window every atomic writer has.)
 */

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "fixer/fixer.h"

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

/* Is name a temporary file name of ours? *pid gets the pid. */
int hdrcheck__fix_temp_name(const char *name, long *pid)
{
	return hdrcheck__atomic_temp_name(name, pid);
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

typedef struct {
	const hdrcheck__fix_file *f;
	hdrcheck__fix_hook hook;
	void *payload;
} replace_check;

/* Right before the rename: the old file must still be the one read. */
static int still_unchanged(void *payload)
{
	const replace_check *rc = payload;

	if (rc->hook)
		rc->hook(rc->payload);
	return unchanged(rc->f) ? 0 : 1;
}

int hdrcheck__fix_file_replace(hdrcheck__fix_file *f, const char *data,
                               size_t len, hdrcheck__fix_hook hook,
                               void *payload, char **why)
{
	hdrcheck__atomic_options opts = HDRCHECK__ATOMIC_OPTIONS_INIT;
	replace_check rc;
	int error;

	*why = NULL;
	rc.f = f;
	rc.hook = hook;
	rc.payload = payload;
	opts.like_fd = f->fd;
	opts.before_rename = still_unchanged;
	opts.payload = &rc;
	error = hdrcheck__atomic_write(f->dir_fd, f->name, data, len, &opts);
	if (error == 1)
		return why_text(why, "changed while being fixed; left alone");
	if (error < 0 && error != HDRCHECK_ENOMEM)
		return why_text(why, hdrcheck_error_last());
	return error;
}
