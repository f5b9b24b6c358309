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

#ifndef HDRCHECK_DIGEST_DIGEST_H
#define HDRCHECK_DIGEST_DIGEST_H

/*
 * Digests and base64, from libcrypto: SHA-1 and SHA-256 of whole file
 * contents for the SBOM formats (SPDX, CycloneDX), SHA-256 for the policy
 * fingerprint and the HTML report's CSP hashes. The only module that
 * includes OpenSSL's headers: libcrypto is already in the process
 * (libgit2 links it through libssh2), and its assembly is as fast as
 * sha1sum.
 */

#include <stddef.h>

#define HDRCHECK__SHA1_HEX   41 /* 40 digits and the NUL */
#define HDRCHECK__SHA256_HEX 65 /* 64 digits and the NUL */

typedef struct hdrcheck__digest hdrcheck__digest;

/* One per thread; reused from one file to the next. */
int hdrcheck__digest_new(hdrcheck__digest **out);
void hdrcheck__digest_free(hdrcheck__digest *d);
/* Start a new content; HDRCHECK_ENOMEM or HDRCHECK_EIO (library failure). */
int hdrcheck__digest_begin(hdrcheck__digest *d);
int hdrcheck__digest_update(hdrcheck__digest *d, const void *data, size_t len);
/* The hex digests of what was given since hdrcheck__digest_begin(). */
int hdrcheck__digest_end(hdrcheck__digest *d, char sha1[HDRCHECK__SHA1_HEX],
                         char sha256[HDRCHECK__SHA256_HEX]);

/* An incremental SHA-256. A failure of libcrypto in an update is kept and
 * returned by hdrcheck__sha256_final(), so that a long run of updates
 * needs no check after each. */
typedef struct hdrcheck__sha256_ctx hdrcheck__sha256_ctx;

int hdrcheck__sha256_new(hdrcheck__sha256_ctx **out);
void hdrcheck__sha256_update(hdrcheck__sha256_ctx *h, const void *data,
                             size_t len);
/* 0 and out, or HDRCHECK_EIO (libcrypto failed in an update or here). */
int hdrcheck__sha256_final(hdrcheck__sha256_ctx *h, unsigned char out[32]);
void hdrcheck__sha256_free(hdrcheck__sha256_ctx *h);

/* SHA-256 of data[0..len) in one call; 0 or HDRCHECK_EIO. */
int hdrcheck__sha256(unsigned char out[32], const void *data, size_t len);

/* Base64 (RFC 4648, padded, no line breaks) of in[0..len) into out, which
 * must hold HDRCHECK__BASE64_SIZE(len) bytes; the NUL-terminated length. */
#define HDRCHECK__BASE64_SIZE(len) (((len) + 2) / 3 * 4 + 1)
size_t hdrcheck__base64(char *out, const void *in, size_t len);

#endif
