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

#include <stdlib.h>
#include <string.h>
#include "common.h"

int hdrcheck__path_normalize(char *path)
{
	char *out = path, *in = path;
	int absolute = (*path == '/');
	size_t depth = 0;

	if (absolute) {
		in++;
		out++;
	}
	while (*in) {
		char *end = strchr(in, '/');
		size_t n = end ? (size_t)(end - in) : strlen(in);
		char *next = end ? end + 1 : in + n;

		if (n == 0 || (n == 1 && in[0] == '.')) {
			/* empty or "." component: drop */
		} else if (n == 2 && in[0] == '.' && in[1] == '.') {
			if (depth == 0) {
				if (!absolute)
					return hdrcheck__error_set(
					    HDRCHECK_EINVAL,
					    "path climbs above its start");
				/* "/.." is "/" */
			} else {
				/* back over the last component */
				out--; /* the '/' written after it */
				while (out > path + absolute && out[-1] != '/')
					out--;
				depth--;
			}
		} else {
			/* out never passes in, but writing the separator may
			 * overwrite in's terminator: next was taken first */
			memmove(out, in, n);
			out += n;
			*out++ = '/';
			depth++;
		}
		if (!end)
			break;
		in = next;
	}
	if (out > path + absolute && out[-1] == '/')
		out--;
	*out = '\0';
	return 0;
}

char *hdrcheck__path_join(const char *a, const char *b)
{
	size_t la = strlen(a);

	if (!la)
		return hdrcheck__strdup(b);
	if (!*b)
		return hdrcheck__strdup(a);
	if (a[la - 1] == '/')
		return hdrcheck__aprintf("%s%s", a, b);
	return hdrcheck__aprintf("%s/%s", a, b);
}

const char *hdrcheck__path_basename(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash ? slash + 1 : path;
}

int hdrcheck__path_under(const char *path, const char *prefix)
{
	size_t n = strlen(prefix);

	if (n == 0)
		return 1;
	if (strncmp(path, prefix, n) != 0)
		return 0;
	return path[n] == '\0' || path[n] == '/' || prefix[n - 1] == '/';
}
