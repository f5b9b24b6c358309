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
 * File-type detection on an arbitrary path and first line: the input is
 * "<path>\n<content>". Neither lookup may crash, read out of bounds or
 * take time superlinear in the input; a type found must be a table entry
 * that its own name finds again, and the path lookup must not depend on
 * what lies before the last '/' (but for the directories of the table's
 * that type all their files, META-INF/services). The content is also
 * sniffed for its first comment and decoded as UTF-16.
 */

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "policies/filetypes.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int dir_type(const hdrcheck_language *lang)
{
	const hdrcheck__filetype_dir *d;

	for (d = hdrcheck__languages_dirs; d->dir; d++)
		if (d->lang == lang)
			return 1;
	return 0;
}

static void check_entry(const hdrcheck_language *lang)
{
	if (!lang)
		return;
	if (lang < hdrcheck__languages ||
	    lang >= hdrcheck__languages + hdrcheck__languages_count)
		__builtin_trap();
	if (hdrcheck__filetype_by_name(lang->name) != lang)
		__builtin_trap();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *nl = memchr(data, '\n', size);
	size_t path_len = nl ? (size_t)(nl - data) : size;
	const hdrcheck_language *lang, *again;
	const char *slash;
	char *path;

	/* paths are C strings: the NUL-terminated prefix is the path */
	if (!(path = malloc(path_len + 1)))
		return 0;
	memcpy(path, data, path_len);
	path[path_len] = '\0';
	lang = hdrcheck__filetype_from_path(path);
	check_entry(lang);
	/* the type comes from the base name alone */
	if ((slash = strrchr(path, '/')) != NULL) {
		again = hdrcheck__filetype_from_path(slash + 1);
		if (again != lang && !dir_type(lang))
			__builtin_trap();
	}
	free(path);

	/* the content after the path line, in an exact-size copy */
	if (nl) {
		size_t len = size - path_len - 1;
		char *content = malloc(len ? len : 1);

		if (!content)
			return 0;
		memcpy(content, nl + 1, len);
		check_entry(hdrcheck__filetype_from_shebang(content, len));
		check_entry(
		    hdrcheck__filetype_from_content(content, len, NULL, NULL));
		if (hdrcheck__filetype_sniff(content, len) >=
		    HDRCHECK__SNIFF_COUNT)
			__builtin_trap();
		{
			size_t cap = (len / 2) * 3 + 4, n;
			char *out = malloc(cap);

			if (out) {
				n = hdrcheck__filetype_utf16_decode(
				    out, cap, content, len);
				if (n > cap)
					__builtin_trap();
				free(out);
			}
		}
		free(content);
	}
	/* the whole input as content too: a shebang at offset 0 */
	check_entry(hdrcheck__filetype_from_shebang((const char *)data, size));
	return 0;
}
