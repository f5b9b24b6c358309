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
 * The index source (--staged): the staged files that differ from HEAD's
 * tree, their content the staged blobs; configuration and attribute files
 * read from the index too.
 */

#include "scanner/sources/internal.h"

static int staged_list(hdrcheck__source *src, const char *const *prefixes,
                       size_t count, hdrcheck__entries *out)
{
	return hdrcheck__changes_index(src, src->tree, prefixes, count, out);
}

const hdrcheck__source_ops hdrcheck__source_staged = {
    .name = "staged",
    .kind = HDRCHECK_SOURCE_INDEX,
    .flags = HDRCHECK__SOURCE_GIT | HDRCHECK__SOURCE_OBJECTS |
             HDRCHECK__SOURCE_INDEX,
    .cache_kind = 'b',
    .list = staged_list,
    .list_changed = hdrcheck__changes_index,
    .read_file = hdrcheck__index_read_path,
    .reader = &hdrcheck__reader_blobs,
};
