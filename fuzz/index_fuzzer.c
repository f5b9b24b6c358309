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
 * The index reader (scanner/git/index.c) on arbitrary bytes. It may refuse the
 * input; it may not crash or read out of bounds. On success every entry
 * and cache-tree node is walked and the lookups exercised, so an
 * inconsistent result shows up under ASan.
 */

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "scanner/scanner.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	hdrcheck__index *ix = calloc(1, sizeof(*ix));
	/* an exact-size copy: ASan sees the end of the input */
	uint8_t *copy = malloc(size ? size : 1);
	size_t i, n = 0, pos;

	if (!ix || !copy) {
		free(ix);
		free(copy);
		return 0;
	}
	memcpy(copy, data, size);
	if (hdrcheck__index_parse(ix, copy, size) == 0) {
		for (i = 0; i < ix->count; i++) {
			const hdrcheck__index_entry *e = &ix->entries[i];

			n += strlen(e->path) + e->stage;
			if (strlen(e->path) != e->path_len ||
			    !hdrcheck__index_find(ix, e->path, &pos))
				__builtin_trap();
		}
		for (i = 0; i < ix->trees_count; i++) {
			n += strlen(ix->trees[i].path);
			(void)hdrcheck__index_tree(ix, ix->trees[i].path);
			(void)hdrcheck__index_dir_start(ix, ix->trees[i].path);
		}
	}
	hdrcheck__index_free(ix);
	free(copy);
	return n == SIZE_MAX;
}
