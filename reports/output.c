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
 * The file a report goes to (-o, --report FORMAT=FILE): a regular file
 * through the atomic writer, streamed (a u-boot JSON report is tens of
 * MB: it is never held whole in memory); anything else in place.
 */

#define _GNU_SOURCE /* fdopen, readlink, lstat */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "common.h"
#include "common/atomic.h"
#include "reports/reports.h"

struct hdrcheck_output {
	FILE *stream;
	hdrcheck__atomic *atomic; /* NULL: written in place */
};

static int io_error(const char *what, int err)
{
	if (err == ENOMEM)
		return hdrcheck__error_set(HDRCHECK_ENOMEM, "out of memory");
	return err ? hdrcheck__error_set(HDRCHECK_EIO, "%s: %s", what,
	                                 strerror(err))
	           : hdrcheck__error_set(HDRCHECK_EIO, "%s", what);
}

/* Does a standard stream already write to the file st describes? */
static int is_standard_stream(const struct stat *st)
{
	struct stat s;
	int fd;

	for (fd = 0; fd <= 2; fd++)
		if (fstat(fd, &s) == 0 && s.st_dev == st->st_dev &&
		    s.st_ino == st->st_ino)
			return 1;
	return 0;
}

/*
 * Write path in place rather than rename over it? Yes for what is not a
 * regular file (renaming over /dev/null or a FIFO would replace it), and
 * for a symlink into /proc (/dev/stdout -> /proc/self/fd/1) or to the
 * file a standard stream goes to: the user redirected that stream. A
 * symlink to another regular file, or to nothing, is replaced.
 */
static int write_in_place(const char *path)
{
	struct stat lst, st;
	char link[16];
	ssize_t n;

	if (lstat(path, &lst) < 0 || S_ISREG(lst.st_mode))
		return 0;
	if (!S_ISLNK(lst.st_mode))
		return 1;
	if (stat(path, &st) < 0)
		return 0;
	if (!S_ISREG(st.st_mode))
		return 1;
	n = readlink(path, link, sizeof(link));
	if (n >= 6 && !memcmp(link, "/proc/", 6))
		return 1;
	return is_standard_stream(&st);
}

int hdrcheck_output_open(hdrcheck_output **out, const char *path)
{
	hdrcheck__atomic_options aopts = HDRCHECK__ATOMIC_OPTIONS_INIT;
	hdrcheck_output *o = NULL;
	int fd = -1, error = 0;

	if (!out || !path || !*path)
		return hdrcheck__error_set(HDRCHECK_EINVAL,
		                           "no report file given");
	if (!(o = hdrcheck__calloc(1, sizeof(*o))))
		return HDRCHECK_ENOMEM;
	if (write_in_place(path)) {
		if (!(o->stream = fopen(path, "w"))) {
			error = io_error("cannot write", errno);
			goto done;
		}
		goto done;
	}
	/* as a shell redirection or fopen would create it */
	aopts.mode = 0666;
	if ((error = hdrcheck__atomic_open_path(&o->atomic, path, &aopts)) < 0)
		goto done;
	/* a descriptor of its own for stdio: the writer keeps its own for
	 * the sync and the link */
	if ((fd = dup(hdrcheck__atomic_fd(o->atomic))) < 0 ||
	    !(o->stream = fdopen(fd, "w"))) {
		error = io_error("cannot write", errno);
		if (fd >= 0)
			close(fd);
		goto done;
	}
done:
	if (error < 0)
		hdrcheck_output_free(o);
	else
		*out = o;
	return error;
}

FILE *hdrcheck_output_stream(hdrcheck_output *output)
{
	return output ? output->stream : NULL;
}

int hdrcheck_output_commit(hdrcheck_output *output)
{
	int error = 0, failed;

	if (!output)
		return hdrcheck__error_set(HDRCHECK_EINVAL, "no report file");
	/* a full disk often shows only when flushing or closing */
	errno = 0;
	failed = fflush(output->stream) != 0 || ferror(output->stream);
	failed = (fclose(output->stream) != 0) || failed;
	output->stream = NULL;
	if (failed)
		error = io_error("cannot write", errno);
	else if (output->atomic) {
		error = hdrcheck__atomic_commit(output->atomic);
		output->atomic = NULL;
	}
	hdrcheck_output_free(output);
	return error;
}

void hdrcheck_output_free(hdrcheck_output *output)
{
	if (!output)
		return;
	if (output->stream)
		fclose(output->stream);
	hdrcheck__atomic_abort(output->atomic);
	free(output);
}
