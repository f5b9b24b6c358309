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
 * The pack reader (scanner/git/pack.c) on arbitrary bytes: the input is a
 * 4-byte big-endian length, that many bytes of .idx, and the .pack. When
 * the index is taken, every object it lists (up to a bound) is read
 * through the partial inflate and the partial delta application, with a
 * small window and a large one, looked up by id and read whole. It may
 * decline; it may not crash, read out of bounds or run unbounded (the
 * prefix limit is lowered so that one input stays cheap).
 */

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "scanner/git/pack.h"

#define MAX_OBJECTS 64
#define LIMIT       ((size_t)256 << 10)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static size_t read_all(hdrcheck__pack_reader *r, const hdrcheck__packs *p,
                       char *buf)
{
	unsigned char oid[HDRCHECK__OID_SIZE];
	size_t i, n = hdrcheck__packs_objects(p, 0), sum = 0;
	static const size_t caps[] = {0, 7, 32 * 1024};
	const unsigned char *data;
	uint64_t off, sz;

	for (i = 0; i < n && i < MAX_OBJECTS; i++) {
		size_t c, len;
		int type;

		if (hdrcheck__pack_entry(r, 0, i, oid, &off) < 0)
			continue;
		for (c = 0; c < sizeof(caps) / sizeof(caps[0]); c++) {
			len = SIZE_MAX;
			if (hdrcheck__pack_read_at(r, 0, off, buf, caps[c],
			                           &len, &sz, &type) == 0) {
				/* what was built fits the window and the
				 * object */
				if (len > caps[c] || len > sz)
					__builtin_trap();
				sum += len;
			}
		}
		if (hdrcheck__pack_blob_window(r, oid, buf, 32 * 1024, &len,
		                               &sz) == 0)
			sum += len;
		/* whole, as the tree listing reads trees */
		if (hdrcheck__pack_object(r, oid, &data, &len, &type) == 0)
			sum += len + (size_t)type;
	}
	return sum;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	hdrcheck__packs *p = NULL;
	hdrcheck__pack_reader *r = NULL;
	uint8_t *idx = NULL, *pack = NULL;
	char *buf = NULL;
	size_t idx_len, sum = 0;

	if (size < 4)
		return 0;
	idx_len = (size_t)data[0] << 24 | (size_t)data[1] << 16 |
	          (size_t)data[2] << 8 | data[3];
	data += 4;
	size -= 4;
	if (idx_len > size)
		idx_len = size;
	/* exact-size copies: ASan sees the end of each */
	idx = malloc(idx_len ? idx_len : 1);
	pack = malloc(size - idx_len ? size - idx_len : 1);
	buf = malloc(32 * 1024);
	if (!idx || !pack || !buf)
		goto done;
	memcpy(idx, data, idx_len);
	memcpy(pack, data + idx_len, size - idx_len);
	if (hdrcheck__packs_new(&p) < 0 ||
	    hdrcheck__packs_add_memory(p, idx, idx_len, pack, size - idx_len) <
	        0 ||
	    hdrcheck__pack_reader_new(&r, p) < 0)
		goto done;
	hdrcheck__pack_reader_set_limit(r, LIMIT);
	/* twice: the second time through the base cache */
	sum += read_all(r, p, buf);
	sum += read_all(r, p, buf);
done:
	hdrcheck__pack_reader_free(r);
	hdrcheck__packs_free(p);
	free(buf);
	free(pack);
	free(idx);
	return sum == SIZE_MAX;
}
