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

#include <stdlib.h>
#include <string.h>
#include <openssl/evp.h>
#include "common.h"
#include "digest/digest.h"

struct hdrcheck__digest {
	EVP_MD_CTX *sha1;
	EVP_MD_CTX *sha256;
};

int hdrcheck__digest_new(hdrcheck__digest **out)
{
	hdrcheck__digest *d = hdrcheck__calloc(1, sizeof(*d));

	if (!d)
		return HDRCHECK_ENOMEM;
	if (!(d->sha1 = EVP_MD_CTX_new()) || !(d->sha256 = EVP_MD_CTX_new())) {
		hdrcheck__digest_free(d);
		return HDRCHECK_ENOMEM;
	}
	*out = d;
	return 0;
}

void hdrcheck__digest_free(hdrcheck__digest *d)
{
	if (!d)
		return;
	EVP_MD_CTX_free(d->sha1);
	EVP_MD_CTX_free(d->sha256);
	free(d);
}

static int failed(void)
{
	return hdrcheck__error_set(HDRCHECK_EIO,
	                           "cannot compute a digest (libcrypto)");
}

int hdrcheck__digest_begin(hdrcheck__digest *d)
{
	if (EVP_DigestInit_ex(d->sha1, EVP_sha1(), NULL) != 1 ||
	    EVP_DigestInit_ex(d->sha256, EVP_sha256(), NULL) != 1)
		return failed();
	return 0;
}

int hdrcheck__digest_update(hdrcheck__digest *d, const void *data, size_t len)
{
	if (!len)
		return 0;
	if (EVP_DigestUpdate(d->sha1, data, len) != 1 ||
	    EVP_DigestUpdate(d->sha256, data, len) != 1)
		return failed();
	return 0;
}

static void to_hex(char *out, const unsigned char *md, unsigned int n)
{
	static const char digits[] = "0123456789abcdef";
	unsigned int i;

	for (i = 0; i < n; i++) {
		out[2 * i] = digits[md[i] >> 4];
		out[2 * i + 1] = digits[md[i] & 15];
	}
	out[2 * n] = '\0';
}

int hdrcheck__digest_end(hdrcheck__digest *d, char sha1[HDRCHECK__SHA1_HEX],
                         char sha256[HDRCHECK__SHA256_HEX])
{
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int n = 0;

	if (EVP_DigestFinal_ex(d->sha1, md, &n) != 1 || n != 20)
		return failed();
	to_hex(sha1, md, n);
	if (EVP_DigestFinal_ex(d->sha256, md, &n) != 1 || n != 32)
		return failed();
	to_hex(sha256, md, n);
	return 0;
}

struct hdrcheck__sha256_ctx {
	EVP_MD_CTX *md;
	int failed;
};

int hdrcheck__sha256_new(hdrcheck__sha256_ctx **out)
{
	hdrcheck__sha256_ctx *h = hdrcheck__calloc(1, sizeof(*h));

	if (!h)
		return HDRCHECK_ENOMEM;
	if (!(h->md = EVP_MD_CTX_new())) {
		free(h);
		return hdrcheck__error_set(HDRCHECK_ENOMEM, "out of memory");
	}
	h->failed = EVP_DigestInit_ex(h->md, EVP_sha256(), NULL) != 1;
	*out = h;
	return 0;
}

void hdrcheck__sha256_update(hdrcheck__sha256_ctx *h, const void *data,
                             size_t len)
{
	if (len && !h->failed)
		h->failed = EVP_DigestUpdate(h->md, data, len) != 1;
}

int hdrcheck__sha256_final(hdrcheck__sha256_ctx *h, unsigned char out[32])
{
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int n = 0;

	if (h->failed || EVP_DigestFinal_ex(h->md, md, &n) != 1 || n != 32)
		return failed();
	memcpy(out, md, 32);
	return 0;
}

void hdrcheck__sha256_free(hdrcheck__sha256_ctx *h)
{
	if (!h)
		return;
	EVP_MD_CTX_free(h->md);
	free(h);
}

int hdrcheck__sha256(unsigned char out[32], const void *data, size_t len)
{
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int n = 0;

	if (EVP_Digest(data, len, md, &n, EVP_sha256(), NULL) != 1 || n != 32)
		return failed();
	memcpy(out, md, 32);
	return 0;
}

size_t hdrcheck__base64(char *out, const void *in, size_t len)
{
	/* EVP_EncodeBlock takes an int: encode in whole groups of three */
	const unsigned char *p = in;
	size_t o = 0, chunk;

	out[0] = '\0';
	while (len) {
		chunk = len > 3u * 1024 * 1024 ? 3u * 1024 * 1024 : len;
		o += (size_t)EVP_EncodeBlock((unsigned char *)out + o, p,
		                             (int)chunk);
		p += chunk;
		len -= chunk;
	}
	return o;
}
