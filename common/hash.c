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
 * A fast 64-bit hash for checksums of files we wrote ourselves, where it
 * only has to catch accidents. (SHA-256, where a collision would matter,
 * comes from libcrypto through digest/.)
 */

#include <string.h>
#include "common.h"
#include "common/endian.h"

/* 64-bit mixing as in splitmix64/xxhash: not cryptographic. */
#define P1 0x9e3779b185ebca87ull
#define P2 0xc2b2ae3d27d4eb4full
#define P3 0x165667b19e3779f9ull

static uint64_t rotl64(uint64_t x, unsigned int n)
{
	return (x << n) | (x >> (64 - n));
}

uint64_t hdrcheck__hash64(uint64_t seed, const void *data, size_t len)
{
	const unsigned char *p = data;
	uint64_t a = seed + P1, b = seed ^ P2, c = seed - P3,
	         d = seed + P2 + len;
	size_t i;

	/* four independent lanes keep the multiplier busy */
	for (; len >= 32; p += 32, len -= 32) {
		a = rotl64(a + hdrcheck__get_le64(p) * P2, 31) * P1;
		b = rotl64(b + hdrcheck__get_le64(p + 8) * P2, 31) * P1;
		c = rotl64(c + hdrcheck__get_le64(p + 16) * P2, 31) * P1;
		d = rotl64(d + hdrcheck__get_le64(p + 24) * P2, 31) * P1;
	}
	a = rotl64(a, 1) + rotl64(b, 7) + rotl64(c, 12) + rotl64(d, 18);
	for (; len >= 8; p += 8, len -= 8)
		a = rotl64(a ^ (rotl64(hdrcheck__get_le64(p) * P2, 31) * P1),
		           27) *
		        P1 +
		    P3;
	for (i = 0; i < len; i++)
		a = rotl64(a ^ (p[i] * P3), 11) * P1;
	a ^= a >> 33;
	a *= P2;
	a ^= a >> 29;
	a *= P3;
	a ^= a >> 32;
	return a;
}
