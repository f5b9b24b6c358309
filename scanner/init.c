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

#include <git2.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "hdrcheck/init.h"
#include "common/atomic.h"
#include "policies/policy.h"
#include "scanner/sources/source.h"

#define LICENSE_MAX_BYTES (1u << 20)

int hdrcheck_init(char **written, const char **license, const char *dir)
{
	static const char *const names[] = {"LICENSE", "LICENSE.txt",
	                                    "LICENSE.md", "LICENCE", "COPYING"};
	hdrcheck__source *src = NULL;
	hdrcheck_buf yaml = HDRCHECK_BUF_INIT;
	hdrcheck__atomic_options wopts = HDRCHECK__ATOMIC_OPTIONS_INIT;
	char *text = NULL, *final = NULL, *why = NULL;
	const char *detected = NULL;
	size_t len = 0, i;
	struct stat st;
	int error = 0;

	hdrcheck__error_clear();
	git_libgit2_init();
	if ((error = hdrcheck__source_open(&src, dir, NULL)) < 0)
		goto done;
	if (!(final = hdrcheck__path_join(hdrcheck__source_root(src),
	                                  ".hdrcheck.yaml"))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	if (lstat(final, &st) == 0) {
		error = hdrcheck__error_set(HDRCHECK_EEXISTS,
		                            "%s already exists; not "
		                            "overwriting it",
		                            final);
		goto done;
	}
	for (i = 0; i < HDRCHECK__ARRAY_SIZE(names) && !text; i++) {
		int rc = hdrcheck__source_read(src, names[i], LICENSE_MAX_BYTES,
		                               &text, &len);

		if (rc < 0 && rc != HDRCHECK_ENOTFOUND) {
			error = rc;
			goto done;
		}
	}
	if ((error = hdrcheck__init_render(&yaml, text, len, &detected)) < 0)
		goto done;

	/* atomic, and never replaces a file that appeared meanwhile */
	wopts.flags = HDRCHECK__ATOMIC_NO_REPLACE;
	error = hdrcheck__atomic_write_path(final, yaml.ptr, yaml.len, &wopts);
	if (error == HDRCHECK_EEXISTS)
		error = hdrcheck__error_set(HDRCHECK_EEXISTS,
		                            "%s already exists; not "
		                            "overwriting it",
		                            final);
	else if (error < 0 && error != HDRCHECK_ENOMEM)
		error = (why = hdrcheck__strdup(hdrcheck_error_last()))
		            ? hdrcheck__error_set(error, "%s: %s", final, why)
		            : HDRCHECK_ENOMEM;
	if (error < 0)
		goto done;
	if (written) {
		*written = final;
		final = NULL;
	}
	if (license)
		*license = detected;
done:
	free(why);
	free(final);
	free(text);
	hdrcheck__buf_dispose(&yaml);
	hdrcheck__source_free(src);
	git_libgit2_shutdown();
	return error;
}
