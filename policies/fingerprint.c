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
 * The policy fingerprint: a digest of everything, other than a file's own
 * bytes, its path and its attributes, that can change the verdict the
 * classifier gives. The result cache keys on it, so a
 * fingerprint that missed an input would make a stale verdict look valid;
 * when in doubt, an input goes in.
 */

#define _GNU_SOURCE /* dladdr */
#include <dlfcn.h>
#include <string.h>
#include <sys/stat.h>
#include "digest/digest.h"
#include "hdrcheck/common.h"
#include "hdrcheck/languages.h"
#include "policies/catalogue.h"
#include "policies/header.h"
#include "policies/identify.h"
#include "policies/policy.h"

/* Length-prefixed, so that ("ab", "c") and ("a", "bc") differ. */
static void hash_field(hdrcheck__sha256_ctx *h, const void *data, size_t len)
{
	unsigned char n[8];
	size_t i;

	for (i = 0; i < 8; i++)
		n[i] = (unsigned char)((uint64_t)len >> (8 * i));
	hdrcheck__sha256_update(h, n, sizeof(n));
	hdrcheck__sha256_update(h, data, len);
}

/* A string; NULL and "" differ. */
static void hash_str(hdrcheck__sha256_ctx *h, const char *s)
{
	if (!s) {
		hdrcheck__sha256_update(h, "\xff", 1);
		return;
	}
	hdrcheck__sha256_update(h, "s", 1);
	hash_field(h, s, strlen(s));
}

static void hash_strv(hdrcheck__sha256_ctx *h, const char *const *v)
{
	size_t n = 0;

	while (v && v[n])
		n++;
	hash_field(h, &n, sizeof(n));
	for (n = 0; v && v[n]; n++)
		hash_str(h, v[n]);
}

static void hash_language(hdrcheck__sha256_ctx *h, const hdrcheck_language *l)
{
	const hdrcheck_block_comment *b;

	hash_str(h, l->name);
	hash_strv(h, l->extensions);
	hash_strv(h, l->filenames);
	hash_strv(h, l->interpreters);
	hash_strv(h, l->line_comments);
	for (b = l->block_comments; b && b->open; b++) {
		hash_str(h, b->open);
		hash_str(h, b->close);
	}
	hash_str(h, NULL);
	hash_field(h, &l->preambles, sizeof(l->preambles));
	hash_field(h, &l->no_comments, sizeof(l->no_comments));
}

/*
 * The build: the version string stays "0.1.0" across every change to the
 * classifier between releases, so the file holding this code (the shared
 * library, or a program linked statically) is identified by its size,
 * modification time and inode. A rebuild is a new fingerprint.
 */
static void hash_build(hdrcheck__sha256_ctx *h)
{
	Dl_info info;
	struct stat st;

	memset(&info, 0, sizeof(info));
	if (dladdr((void *)hash_build, &info) && info.dli_fname &&
	    stat(info.dli_fname, &st) == 0) {
		long long v[5] = {(long long)st.st_size,
		                  (long long)st.st_mtim.tv_sec,
		                  (long long)st.st_mtim.tv_nsec,
		                  (long long)st.st_ino, (long long)st.st_dev};

		hash_str(h, info.dli_fname);
		hash_field(h, v, sizeof(v));
	} else {
		hash_str(h, NULL);
	}
}

int hdrcheck__policy_fingerprint(const hdrcheck__policy *p,
                                 const char *config_name, const char *config,
                                 size_t config_len, const char *const *excludes,
                                 size_t excludes_count, unsigned char out[32])
{
	hdrcheck__sha256_ctx *h = NULL;
	size_t i, n, window = hdrcheck__classify_window();
	int error;

	if ((error = hdrcheck__sha256_new(&h)) < 0)
		return error;
	hash_str(h, "hdrcheck policy fingerprint 1");
	hash_str(h, HDRCHECK_VERSION);
	hash_build(h);
	hash_field(h, &window, sizeof(window));
	hash_str(h, hdrcheck__policy_license(p));

	/* the configuration as loaded: its bytes, so that no key the
	 * model may gain later can slip through */
	hash_str(h, config_name);
	if (config)
		hash_field(h, config, config_len);
	else
		hash_str(h, NULL);

	/* --exclude: exclusions decide verdicts from the path */
	hash_field(h, &excludes_count, sizeof(excludes_count));
	for (i = 0; i < excludes_count; i++)
		hash_str(h, excludes[i]);

	/* the built-in tables */
	n = hdrcheck_languages_count();
	hash_field(h, &n, sizeof(n));
	for (i = 0; i < n; i++)
		hash_language(h, hdrcheck_languages_get(i));
	for (i = 0; i < HDRCHECK__TEMPLATE__COUNT; i++)
		hash_str(h, hdrcheck__template_text((hdrcheck__template_id)i));
	for (i = 0; i < hdrcheck__licenses_count; i++) {
		hash_str(h, hdrcheck__licenses[i].spdx);
		hash_strv(h, hdrcheck__licenses[i].forms);
		hash_strv(h, hdrcheck__licenses[i].anchors);
	}
	for (i = 0; i < hdrcheck__recognizers_count; i++) {
		hash_str(h, hdrcheck__recognizers[i].spdx);
		hash_strv(h, hdrcheck__recognizers[i].phrases);
		hash_strv(h, hdrcheck__recognizers[i].absent);
	}
	/* the identifier: its rules' version, the list it matches against
	 * and its built-in texts and names */
	hash_str(h, HDRCHECK__IDENTIFY_VERSION);
	hash_str(h, hdrcheck__spdx_list_version);
	for (i = 0; i < hdrcheck__builtin_texts_count; i++) {
		hash_str(h, hdrcheck__builtin_texts[i].id);
		hash_str(h, hdrcheck__builtin_texts[i].text);
	}
	/* the standard headers: the generator's rules may change them
	 * within one list version */
	for (i = 0; i < hdrcheck__spdx_headers_count; i++) {
		hash_str(h, hdrcheck__spdx_headers[i].id);
		hash_str(h, hdrcheck__spdx_headers[i].text);
		hash_field(h, &hdrcheck__spdx_headers[i].required,
		           sizeof(hdrcheck__spdx_headers[i].required));
	}
	for (i = 0; i < hdrcheck__license_aliases_count; i++) {
		hash_str(h, hdrcheck__license_aliases[i].words);
		hash_str(h, hdrcheck__license_aliases[i].id);
	}
	error = hdrcheck__sha256_final(h, out);
	hdrcheck__sha256_free(h);
	return error;
}
