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
 * The result cache's file (scanner/git/cache.c) on arbitrary bytes: it must be
 * refused or read without crashing, reading out of bounds or trusting a
 * bad record. A checksum would stop almost every input at the door, so
 * when the first byte is odd the header is made valid first (magic,
 * version, record size, fingerprint and checksum of the rest), and the
 * records and strings are what gets fuzzed. Every record's own key is then
 * looked up, and a save writes the file back.
 */

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "scanner/scanner.h"

#define HEADER 80
#define RECORD 64

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *any_type(void *payload, const char *name)
{
	(void)payload;
	return strcmp(name, "C") == 0 ? "C" : NULL;
}

static void put64(uint8_t *p, uint64_t v)
{
	size_t i;

	for (i = 0; i < 8; i++)
		p[i] = (uint8_t)(v >> (8 * i));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char dir[64];
	static const unsigned char fp[32];
	char path[128];
	uint8_t *copy;
	hdrcheck__cache *c = NULL;
	hdrcheck__cache_batch batch;
	FILE *f;
	size_t i;

	if (!dir[0]) {
		snprintf(dir, sizeof(dir), "/tmp/hdrcheck-cache-fuzz-%ld",
		         (long)getpid());
		(void)mkdir(dir, 0700);
	}
	/* the file of the all-zero fingerprint */
	snprintf(path, sizeof(path), "%s/v1-0000000000000000.cache", dir);
	if (!(copy = malloc(size ? size : 1)))
		return 0;
	memcpy(copy, data, size);
	if (size >= HEADER && (data[0] & 1)) {
		uint64_t count = 0, strings;

		memcpy(copy, "HDRCKC02", 8);
		memset(copy + 8, 0, 8);
		copy[8] = 1;
		copy[12] = RECORD;
		memset(copy + 16, 0, 32);
		count = (size - HEADER) / RECORD / 2;
		strings = size - HEADER - count * RECORD;
		put64(copy + 56, count);
		put64(copy + 64, strings);
		put64(copy + 72,
		      hdrcheck__hash64(0x6864726368656b63ull, copy + HEADER,
		                       size - HEADER));
	}
	if ((f = fopen(path, "wb"))) {
		fwrite(copy, 1, size, f);
		fclose(f);
	}
	if (hdrcheck__cache_open(&c, dir, fp) == 0) {
		memset(&batch, 0, sizeof(batch));
		for (i = 0; size >= HEADER && i + RECORD <= size - HEADER &&
		            i < 64 * RECORD;
		     i += RECORD) {
			hdrcheck__cache_key k;
			hdrcheck_finding got;
			const uint8_t *r = copy + HEADER + i;
			size_t b;

			memcpy(k.oid, r, HDRCHECK__OID_SIZE);
			k.aux = 0;
			for (b = 0; b < 8; b++)
				k.aux = k.aux << 8 | r[HDRCHECK__OID_SIZE + b];
			memset(&got, 0, sizeof(got));
			if (hdrcheck__cache_get(c, &k, &got, any_type, NULL) ==
			    1) {
				if ((unsigned)got.status >=
				    HDRCHECK_STATUS__COUNT)
					__builtin_trap();
				(void)hdrcheck__cache_batch_put(&batch, &k,
				                                &got);
			}
			free((char *)got.reason);
			free((char *)got.license);
			free((char *)got.holders);
			free((char *)got.policy);
			free((char *)got.warning);
		}
		(void)hdrcheck__cache_save(c, &batch, 1, 1);
		hdrcheck__cache_batch_dispose(&batch);
		hdrcheck__cache_free(c);
	}
	unlink(path);
	free(copy);
	return 0;
}
