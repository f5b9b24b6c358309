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
 * The plain-directory source: a directory that is no git work tree (or a
 * release unpacked). Every file under the root, .git, .hg and .svn left
 * out, no symlink followed; content read from disk.
 */

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "scanner/sources/internal.h"

static int dir_filter(void *payload, const char *rel, int is_dir)
{
	const char *base = hdrcheck__path_basename(rel);

	(void)payload;
	(void)is_dir;
	return !(strcmp(base, ".git") == 0 || strcmp(base, ".hg") == 0 ||
	         strcmp(base, ".svn") == 0);
}

static int list_directory(hdrcheck__source *src, const char *const *prefixes,
                          size_t count, hdrcheck__entries *out)
{
	size_t i;
	int error = 0;

	for (i = 0; i < count && !error; i++) {
		struct stat st;
		char *abs = hdrcheck__path_join(src->root, prefixes[i]);

		if (!abs)
			return HDRCHECK_ENOMEM;
		/* a PATH naming a file is that file, not a walk */
		if (*prefixes[i] && lstat(abs, &st) == 0 &&
		    !S_ISDIR(st.st_mode))
			error = hdrcheck__entries_push(
			    out, prefixes[i], strlen(prefixes[i]),
			    S_ISLNK(st.st_mode)   ? HDRCHECK__ENTRY_SYMLINK
			    : S_ISREG(st.st_mode) ? HDRCHECK__ENTRY_FILE
			                          : HDRCHECK__ENTRY_SPECIAL);
		else
			error = hdrcheck__walk(src->root, prefixes[i],
			                       dir_filter, NULL, out);
		free(abs);
	}
	return error;
}

static int directory_list(hdrcheck__source *src, const char *const *prefixes,
                          size_t count, hdrcheck__entries *out)
{
	static const char *const everything[] = {""};
	int error;

	if (!count) {
		prefixes = everything;
		count = 1;
	}
	error = list_directory(src, prefixes, count, out);
	hdrcheck__entries_sort_unique(out);
	return error;
}

static int directory_read_file(hdrcheck__source *src, const char *path,
                               size_t max, char **out, size_t *len)
{
	return hdrcheck__read_file_under(src->root, path, max, out, len);
}

const hdrcheck__source_ops hdrcheck__source_directory = {
    .name = "directory",
    .kind = HDRCHECK_SOURCE_DIRECTORY,
    .flags = HDRCHECK__SOURCE_FILES,
    .cache_kind = 'b',
    .list = directory_list,
    .read_file = directory_read_file,
    .reader = &hdrcheck__reader_files,
};
