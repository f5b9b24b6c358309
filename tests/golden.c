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

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include "golden.h"

/* A temporary file holding data; its path in path, or "" on failure. */
static void temp_file(char *path, size_t size, const char *data, size_t len)
{
	int fd;

	mkdir(HDRCHECK_TEST_TMP, 0755);
	snprintf(path, size, "%s/golden-XXXXXX", HDRCHECK_TEST_TMP);
	if ((fd = mkstemp(path)) < 0) {
		path[0] = '\0';
		return;
	}
	if (write(fd, data, len) != (ssize_t)len) {
		unlink(path);
		path[0] = '\0';
	}
	close(fd);
}

void golden_diff(const char *name, const char *want, size_t want_len,
                 const char *got, size_t got_len)
{
	char a[4096], b[4096], label[256], cmd[9000];
	size_t i;
	int rc = -1;

	/* the label goes into a shell command: plain characters only */
	snprintf(label, sizeof(label), "%s", name);
	for (i = 0; label[i]; i++)
		if (!strchr(
		        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
		        "0123456789._-/",
		        label[i]))
			label[i] = '_';
	temp_file(a, sizeof(a), want, want_len);
	temp_file(b, sizeof(b), got, got_len);
	fflush(stdout);
	fflush(stderr);
	if (a[0] && b[0] &&
	    snprintf(cmd, sizeof(cmd),
	             "diff -u --label '%s (expected)' --label '%s (got)' "
	             "'%s' '%s' 1>&2",
	             label, label, a, b) < (int)sizeof(cmd))
		rc = system(cmd);
	/* diff exits 1 when it printed the differences */
	if (rc < 0 || !WIFEXITED(rc) || WEXITSTATUS(rc) != 1)
		fprintf(stderr, "--- %s (expected)\n%.*s\n--- %s (got)\n%.*s\n",
		        name, (int)want_len, want, name, (int)got_len, got);
	if (a[0])
		unlink(a);
	if (b[0])
		unlink(b);
}
