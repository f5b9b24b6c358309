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
 * The walk's directory cache file (scanner/git/dircache.c) on arbitrary bytes:
 * refused or read, never a crash, an out-of-bounds read or a name that is
 * not a plain name. When the first byte is odd, the header is made to
 * match (magic, the index it is for, checksum), so that the directories,
 * entries and names are what gets fuzzed. Each stored directory is then
 * asked for, with the stat data it was stored with.
 */

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "scanner/scanner.h"

#define HEADER 72
#define DIR    56

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void put64(uint8_t *p, uint64_t v)
{
	size_t i;

	for (i = 0; i < 8; i++)
		p[i] = (uint8_t)(v >> (8 * i));
}

static uint64_t get64(const uint8_t *p)
{
	uint64_t v = 0;
	size_t i;

	for (i = 8; i-- > 0;)
		v = v << 8 | p[i];
	return v;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char path[96];
	hdrcheck__index ix;
	hdrcheck__dircache *c = NULL;
	uint8_t *copy;
	FILE *f;
	size_t i;

	if (!path[0])
		snprintf(path, sizeof(path), "/tmp/hdrcheck-dircache-fuzz-%ld",
		         (long)getpid());
	memset(&ix, 0, sizeof(ix));
	ix.has_mtime = 1;
	ix.mtime_s = 1;
	ix.mtime_ns = 2;
	ix.file_size = 3;
	ix.file_ino = 4;
	if (!(copy = malloc(size ? size : 1)))
		return 0;
	memcpy(copy, data, size);
	if (size >= HEADER && (data[0] & 1)) {
		memcpy(copy, "HDRCKU02", 8);
		put64(copy + 8, 3);
		put64(copy + 16, 1);
		put64(copy + 24, 2);
		put64(copy + 32, 4);
		put64(copy + 64,
		      hdrcheck__hash64(0x756e747261636bull, copy + HEADER,
		                       size - HEADER));
	}
	if ((f = fopen(path, "wb"))) {
		fwrite(copy, 1, size, f);
		fclose(f);
	}
	if (hdrcheck__dircache_open(&c, path, &ix) == 0) {
		uint64_t dirs = size >= HEADER ? get64(copy + 40) : 0;

		for (i = 0;
		     i < dirs && i < 64 && HEADER + (i + 1) * DIR <= size;
		     i++) {
			const uint8_t *d = copy + HEADER + i * DIR;
			hdrcheck__dircache_entry *list = NULL;
			struct stat st;
			size_t n = 0, k;
			char name[64];
			uint32_t off = (uint32_t)get64(d) & 0xffffffffu;
			uint32_t len = (uint32_t)(get64(d) >> 32);

			(void)off;
			memset(&st, 0, sizeof(st));
			st.st_mtim.tv_sec = (time_t)get64(d + 8);
			st.st_mtim.tv_nsec = (long)(get64(d + 16) & 0xffffffff);
			st.st_ino = (ino_t)get64(d + 24);
			st.st_ctim.tv_sec = (time_t)get64(d + 40);
			st.st_ctim.tv_nsec = (long)(get64(d + 48) & 0xffffffff);
			snprintf(name, sizeof(name), "%u", len);
			if (hdrcheck__dircache_get(c, name, &st, &list, &n) ==
			    1)
				for (k = 0; k < n; k++)
					if (!list[k].len ||
					    memchr(list[k].name, '/',
					           list[k].len))
						__builtin_trap();
			free(list);
		}
		hdrcheck__dircache_free(c);
	}
	unlink(path);
	free(copy);
	return 0;
}
