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
 * The release-archive reader (archive/archive.c) on arbitrary bytes: any
 * tar or zip, compressed or not, as --archive meets it. Beyond no crash,
 * no leak and no read past the input, what it hands out must keep its
 * promises: a path is NUL-terminated at path_len, a safe one has no ".."
 * or empty component and does not start with '/', an entry never gives
 * more than entry_max bytes, and the whole run stops within the total
 * limit. Small limits keep each input fast; the top-level directory is
 * computed over what was listed. The seed corpus (fuzz/corpus/archive/)
 * is what tests/archive/make_archives.py writes, without its bomb.
 */

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "common.h"
#include "archive/archive.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAX_ENTRIES 256

static void check_safe(const char *p, size_t len)
{
	const char *c = p;

	if (strlen(p) != len || !len || p[0] == '/' || p[len - 1] == '/')
		abort();
	while (c) {
		const char *slash = strchr(c, '/');
		size_t n = slash ? (size_t)(slash - c) : strlen(c);

		if (n == 0 || (n == 2 && c[0] == '.' && c[1] == '.') ||
		    (n == 1 && c[0] == '.'))
			abort();
		c = slash ? slash + 1 : NULL;
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	hdrcheck__archive_options opts = HDRCHECK__ARCHIVE_OPTIONS_INIT;
	hdrcheck__archive *a = NULL;
	const hdrcheck__archive_entry *e;
	char *paths[MAX_ENTRIES];
	unsigned char dirs[MAX_ENTRIES];
	size_t n = 0, i, len = 0;
	uint64_t total = 0;
	int rc;

	opts.entry_max = 1 << 16;
	opts.total_max = 1 << 22;
	opts.ratio_floor = 1 << 20;
	if (hdrcheck__archive_open_memory(&a, "fuzz", data, size, &opts) < 0)
		return 0;
	while (n < MAX_ENTRIES && (rc = hdrcheck__archive_next(a, &e)) > 0) {
		const void *piece;
		size_t plen;
		uint64_t got = 0;

		if (e->unsafe == HDRCHECK__ARCHIVE_SAFE)
			check_safe(e->path, e->path_len);
		if ((e->kind == HDRCHECK__ARCHIVE_SYMLINK ||
		     e->kind == HDRCHECK__ARCHIVE_HARDLINK) &&
		    !e->link)
			abort();
		if (!e->unsafe) {
			paths[n] = strdup(e->path);
			dirs[n] = e->kind == HDRCHECK__ARCHIVE_DIR;
			if (!paths[n])
				break;
			n++;
		}
		while ((rc = hdrcheck__archive_read(a, &piece, &plen)) > 0) {
			got += plen;
			total += plen;
			if (plen && !piece)
				abort();
		}
		if (got > opts.entry_max || total > opts.total_max + (1 << 16))
			abort();
		if (rc < 0 && !(rc == HDRCHECK_ELIMIT &&
		                hdrcheck__archive_entry_limited(a)))
			break;
	}
	if (hdrcheck__archive_prefix(&len, (const char *const *)paths, dirs,
	                             n)) {
		for (i = 0; i < n; i++)
			if (strncmp(paths[i], paths[0], len - 1) != 0)
				abort();
	}
	for (i = 0; i < n; i++)
		free(paths[i]);
	hdrcheck__archive_free(a);
	return 0;
}
