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
 * Hashes for the modules that may not reach into reports/: an incremental
 * SHA-256 (FIPS 180-4) for fingerprints, where a collision would make a
 * stale verdict look valid, and a fast 64-bit hash for checksums of files
 * we wrote ourselves, where it only has to catch accidents.
 */

#include <string.h>
#include "common.h"
#include "common/endian.h"

static const uint32_t k256[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1,
    0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
    0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
    0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
    0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
    0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
    0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
    0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
    0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

static uint32_t rotr(uint32_t x, unsigned int n)
{
	return (x >> n) | (x << (32 - n));
}

static void sha256_block(uint32_t h[8], const unsigned char *p)
{
	uint32_t w[64], a, b, c, d, e, f, g, hh, t1, t2;
	unsigned int i;

	for (i = 0; i < 16; i++)
		w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 |
		       (uint32_t)p[4 * i + 2] << 8 | (uint32_t)p[4 * i + 3];
	for (i = 16; i < 64; i++)
		w[i] = (rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^
		        (w[i - 2] >> 10)) +
		       w[i - 7] +
		       (rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^
		        (w[i - 15] >> 3)) +
		       w[i - 16];
	a = h[0], b = h[1], c = h[2], d = h[3];
	e = h[4], f = h[5], g = h[6], hh = h[7];
	for (i = 0; i < 64; i++) {
		t1 = hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) +
		     ((e & f) ^ (~e & g)) + k256[i] + w[i];
		t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) +
		     ((a & b) ^ (a & c) ^ (b & c));
		hh = g, g = f, f = e, e = d + t1;
		d = c, c = b, b = a, a = t1 + t2;
	}
	h[0] += a, h[1] += b, h[2] += c, h[3] += d;
	h[4] += e, h[5] += f, h[6] += g, h[7] += hh;
}

void hdrcheck__sha256_init(hdrcheck_sha256 *ctx)
{
	static const uint32_t iv[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372,
	                               0xa54ff53a, 0x510e527f, 0x9b05688c,
	                               0x1f83d9ab, 0x5be0cd19};

	memcpy(ctx->h, iv, sizeof(iv));
	ctx->len = 0;
	ctx->fill = 0;
}

void hdrcheck__sha256_update(hdrcheck_sha256 *ctx, const void *data, size_t len)
{
	const unsigned char *p = data;

	ctx->len += len;
	if (ctx->fill) {
		size_t n = 64 - ctx->fill < len ? 64 - ctx->fill : len;

		memcpy(ctx->buf + ctx->fill, p, n);
		ctx->fill += n;
		p += n;
		len -= n;
		if (ctx->fill < 64)
			return;
		sha256_block(ctx->h, ctx->buf);
		ctx->fill = 0;
	}
	for (; len >= 64; p += 64, len -= 64)
		sha256_block(ctx->h, p);
	if (len) {
		memcpy(ctx->buf, p, len);
		ctx->fill = len;
	}
}

void hdrcheck__sha256_final(hdrcheck_sha256 *ctx, unsigned char out[32])
{
	uint64_t bits = ctx->len * 8;
	unsigned char pad[72];
	size_t n = ctx->fill < 56 ? 56 - ctx->fill : 120 - ctx->fill, i;

	memset(pad, 0, sizeof(pad));
	pad[0] = 0x80;
	for (i = 0; i < 8; i++)
		pad[n + 7 - i] = (unsigned char)(bits >> (8 * i));
	hdrcheck__sha256_update(ctx, pad, n + 8);
	for (i = 0; i < 8; i++) {
		out[4 * i] = (unsigned char)(ctx->h[i] >> 24);
		out[4 * i + 1] = (unsigned char)(ctx->h[i] >> 16);
		out[4 * i + 2] = (unsigned char)(ctx->h[i] >> 8);
		out[4 * i + 3] = (unsigned char)ctx->h[i];
	}
}

/* Length-prefixed, so that ("ab", "c") and ("a", "bc") differ. */
void hdrcheck__sha256_field(hdrcheck_sha256 *ctx, const void *data, size_t len)
{
	unsigned char n[8];
	size_t i;

	for (i = 0; i < 8; i++)
		n[i] = (unsigned char)((uint64_t)len >> (8 * i));
	hdrcheck__sha256_update(ctx, n, sizeof(n));
	if (len)
		hdrcheck__sha256_update(ctx, data, len);
}

void hdrcheck__sha256_str(hdrcheck_sha256 *ctx, const char *s)
{
	/* NULL and "" must differ */
	if (!s) {
		hdrcheck__sha256_update(ctx, "\xff", 1);
		return;
	}
	hdrcheck__sha256_update(ctx, "s", 1);
	hdrcheck__sha256_field(ctx, s, strlen(s));
}

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

void hdrcheck__sha256(unsigned char out[32], const void *data, size_t len)
{
	hdrcheck_sha256 ctx;

	hdrcheck__sha256_init(&ctx);
	hdrcheck__sha256_update(&ctx, data, len);
	hdrcheck__sha256_final(&ctx, out);
}
