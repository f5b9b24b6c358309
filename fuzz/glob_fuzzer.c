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
 * The gitignore-style glob matcher on an arbitrary pattern and path, as
 * a configuration's paths and exclusions meet the scanned names: the
 * input is "<pattern>\n<path>". Beyond no crash and no read past either
 * string, the time must stay polynomial (libFuzzer's -timeout catches
 * backtracking), and answers must agree with what the syntax promises:
 * "**" matches every path, a pattern matches itself when it holds no
 * special character, and a trailing-'/' pattern never matches a leaf
 * that its plain form does not.
 */

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int plain(const char *s)
{
	for (; *s; s++)
		if (strchr("*?[\\!", *s))
			return 0;
	return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *nl = memchr(data, '\n', size);
	size_t plen, slen;
	char *pattern = NULL, *path = NULL, *dir = NULL;

	if (!nl)
		return 0;
	plen = (size_t)(nl - data);
	slen = size - plen - 1;
	if (!(pattern = malloc(plen + 1)) || !(path = malloc(slen + 1)) ||
	    !(dir = malloc(plen + 2)))
		goto done;
	memcpy(pattern, data, plen);
	pattern[plen] = '\0';
	memcpy(path, nl + 1, slen);
	path[slen] = '\0';

	(void)hdrcheck__glob_match(pattern, path);
	(void)hdrcheck__glob_match(path, pattern);
	if (*path && strlen(path) < 4096 && !hdrcheck__glob_match("**", path))
		__builtin_trap();
	if (*pattern && plen < 4096 && pattern[0] != '/' &&
	    pattern[plen - 1] != '/' && plain(pattern) &&
	    strlen(pattern) == plen && !hdrcheck__glob_match(pattern, pattern))
		__builtin_trap();
	/* "x/" is "x" restricted to directories (for the relative, '/'
	 * separated paths the scanner produces) */
	memcpy(dir, pattern, plen);
	dir[plen] = '/';
	dir[plen + 1] = '\0';
	if (*pattern && *path != '/' && !strstr(path, "//") &&
	    hdrcheck__glob_match(dir, path) &&
	    !hdrcheck__glob_match(pattern, path))
		__builtin_trap();
done:
	free(pattern);
	free(path);
	free(dir);
	return 0;
}
