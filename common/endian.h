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

#ifndef HDRCHECK_COMMON_ENDIAN_H
#define HDRCHECK_COMMON_ENDIAN_H

/*
 * Byte order of the formats hdrcheck reads and writes: git's index and
 * pack files are big-endian, the caches it writes little-endian. The
 * loads go through memcpy (no unaligned access) and compile to one load
 * and at most one byte swap.
 */

#include <stdint.h>
#include <string.h>

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define HDRCHECK__LE(bits, v) (v)
#define HDRCHECK__BE(bits, v) __builtin_bswap##bits(v)
#elif defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define HDRCHECK__LE(bits, v) __builtin_bswap##bits(v)
#define HDRCHECK__BE(bits, v) (v)
#else
#error "unknown byte order"
#endif

static inline uint16_t hdrcheck__get_be16(const unsigned char *p)
{
	uint16_t v;

	memcpy(&v, p, sizeof(v));
	return HDRCHECK__BE(16, v);
}

static inline uint32_t hdrcheck__get_be32(const unsigned char *p)
{
	uint32_t v;

	memcpy(&v, p, sizeof(v));
	return HDRCHECK__BE(32, v);
}

static inline uint64_t hdrcheck__get_be64(const unsigned char *p)
{
	uint64_t v;

	memcpy(&v, p, sizeof(v));
	return HDRCHECK__BE(64, v);
}

static inline uint32_t hdrcheck__get_le32(const unsigned char *p)
{
	uint32_t v;

	memcpy(&v, p, sizeof(v));
	return HDRCHECK__LE(32, v);
}

static inline uint64_t hdrcheck__get_le64(const unsigned char *p)
{
	uint64_t v;

	memcpy(&v, p, sizeof(v));
	return HDRCHECK__LE(64, v);
}

static inline void hdrcheck__put_le32(unsigned char *p, uint32_t v)
{
	v = HDRCHECK__LE(32, v);
	memcpy(p, &v, sizeof(v));
}

static inline void hdrcheck__put_le64(unsigned char *p, uint64_t v)
{
	v = HDRCHECK__LE(64, v);
	memcpy(p, &v, sizeof(v));
}

#endif
