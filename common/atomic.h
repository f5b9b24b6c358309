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

#ifndef HDRCHECK_COMMON_ATOMIC_H
#define HDRCHECK_COMMON_ATOMIC_H

/*
 * The one way hdrcheck writes a file: the fixed sources, the result and
 * directory caches, the starter configuration, baselines.
 *
 * - The content goes to a temporary file in the target's directory,
 *   relative to that directory's descriptor: an unnamed one (O_TMPFILE)
 *   where the file system has it, else a named one created
 *   O_CREAT|O_EXCL|O_NOFOLLOW. Nothing is ever opened through a symlink;
 *   a symlink at the target's name is replaced, never written through.
 * - Replacing a file keeps its mode bits (and, given its descriptor, its
 *   owner and extended attributes); a new file gets opts->mode less the
 *   umask.
 * - The content is fsync'd before it gets the name, and the directory
 *   after: readers see the old file or the new one, never half of one,
 *   also after a crash.
 * - INT, TERM, HUP and QUIT are held back while a temporary file exists,
 *   so an interrupted run leaves none; only SIGKILL or a crash can (an
 *   unnamed file: between link and rename only), under a name the owner
 *   of the directory knows to sweep (hdrcheck__atomic_temp_name()).
 */

#include <stddef.h>
#include <sys/stat.h>
#include <sys/uio.h>

/* Temporary names by default: "." NAME (cut at 200 bytes) INFIX PID "."
 * and RANDOM lower-case letters and digits. */
#define HDRCHECK__ATOMIC_TMP_INFIX  ".hdrcheck-tmp."
#define HDRCHECK__ATOMIC_TMP_RANDOM 6

/* Do not fsync: for caches, whose checksum catches a torn file and
 * which are computed again when lost. */
#define HDRCHECK__ATOMIC_NO_SYNC (1u << 0)
/* Never replace: HDRCHECK_EEXISTS when the name exists (link, not
 * rename, so that a file appearing meanwhile is not replaced either). */
#define HDRCHECK__ATOMIC_NO_REPLACE (1u << 1)

typedef struct {
	unsigned int flags; /* HDRCHECK__ATOMIC_* */
	/* the mode of a new file, less the umask; 0: 0644 */
	mode_t mode;
	/* the file being replaced, opened (-1: none): its owner, mode bits
	 * and extended attributes are given to the new one */
	int like_fd;
	/* NULL: the default temporary names above; else PREFIX and eight
	 * random letters and digits */
	const char *tmp_prefix;
	/* called when the content is complete and synced, right before it
	 * gets the name; a nonzero return leaves the old file and is
	 * returned */
	int (*before_rename)(void *payload);
	void *payload;
} hdrcheck__atomic_options;

#define HDRCHECK__ATOMIC_OPTIONS_INIT                                          \
	{                                                                      \
		0, 0, -1, NULL, NULL, NULL                                     \
	}

/*
 * Write data as the file name in dir_fd's directory (name: one
 * component). 0; the nonzero return of before_rename; HDRCHECK_ENOMEM;
 * HDRCHECK_EEXISTS (NO_REPLACE); or HDRCHECK_EIO with the detail ("cannot
 * sync: ...") in hdrcheck_error_last(). The temporary file never
 * survives a failure.
 */
int hdrcheck__atomic_write(int dir_fd, const char *name, const void *data,
                           size_t len, const hdrcheck__atomic_options *opts);

/* The same with the content in count pieces. */
int hdrcheck__atomic_writev(int dir_fd, const char *name,
                            const struct iovec *iov, size_t count,
                            const hdrcheck__atomic_options *opts);

/* The same for a path: its directory is opened (a symlinked directory on
 * the way is followed, as for any path the user names; the file itself
 * never is). */
int hdrcheck__atomic_write_path(const char *path, const void *data, size_t len,
                                const hdrcheck__atomic_options *opts);

/*
 * The same, streamed: a content too large to hold in memory (a report)
 * is written to hdrcheck__atomic_fd() between open and commit. The
 * signals above stay held from open to commit or abort, in the calling
 * thread, which must be the one that commits or aborts.
 */
typedef struct hdrcheck__atomic hdrcheck__atomic;

/* A new temporary file next to name in dir_fd's directory; the errors
 * of hdrcheck__atomic_write(). dir_fd must stay open until commit. */
int hdrcheck__atomic_open(hdrcheck__atomic **out, int dir_fd, const char *name,
                          const hdrcheck__atomic_options *opts);

/* The same for a path (its directory as for hdrcheck__atomic_write_path). */
int hdrcheck__atomic_open_path(hdrcheck__atomic **out, const char *path,
                               const hdrcheck__atomic_options *opts);

/* The temporary file's descriptor: owned by the writer; write only. */
int hdrcheck__atomic_fd(const hdrcheck__atomic *a);

/* Give the content written the name, and free a: the errors of
 * hdrcheck__atomic_write(); on failure the old file is left as it was. */
int hdrcheck__atomic_commit(hdrcheck__atomic *a);

/* Drop the content written, leave the old file, free a; NULL: no-op. */
void hdrcheck__atomic_abort(hdrcheck__atomic *a);

/* 1 and *pid when name is a default temporary name (see above). */
int hdrcheck__atomic_temp_name(const char *name, long *pid);

#endif
