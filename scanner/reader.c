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

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include "scanner/scanner.h"

hdrcheck__read_result hdrcheck__read_window(int root_fd, const char *path,
                                            char *buf, size_t cap, size_t *len,
                                            int *err)
{
	struct stat st;
	size_t got = 0;
	int fd;
	hdrcheck__read_result result = HDRCHECK__READ_OK;

	*len = 0;
	*err = 0;
	/* O_NOFOLLOW: a symlink is reported, never read through; O_NONBLOCK:
	 * a fifo that replaced a file cannot block the open */
	fd = openat(root_fd, path,
	            O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
	if (fd < 0) {
		if (errno == ENOENT || errno == ENOTDIR)
			return HDRCHECK__READ_GONE;
		if (errno == ELOOP)
			return HDRCHECK__READ_SYMLINK;
		*err = errno;
		return HDRCHECK__READ_FAILED;
	}
	if (fstat(fd, &st) < 0) {
		*err = errno;
		result = HDRCHECK__READ_FAILED;
		goto done;
	}
	if (S_ISDIR(st.st_mode)) {
		result = HDRCHECK__READ_GONE;
		goto done;
	}
	if (!S_ISREG(st.st_mode)) {
		result = HDRCHECK__READ_SPECIAL;
		goto done;
	}
	/* only the window, never the whole file; stop at the size fstat
	 * gave, which saves the read that returns 0 (a file that grows
	 * meanwhile is read as it was) */
	if ((size_t)st.st_size < cap)
		cap = (size_t)st.st_size;
	while (got < cap) {
		ssize_t n = read(fd, buf + got, cap - got);

		if (n < 0) {
			if (errno == EINTR || errno == EAGAIN)
				continue;
			*err = errno;
			result = HDRCHECK__READ_FAILED;
			goto done;
		}
		if (n == 0)
			break;
		got += (size_t)n;
	}
	*len = got;
done:
	close(fd);
	return result;
}
