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
#include "hdrcheck/common.h"
#include "hdrcheck/languages.h"
#include "policies/catalogue.h"
#include "policies/header.h"
#include "policies/identify.h"
#include "policies/policy.h"

static void hash_strv(hdrcheck_sha256 *h, const char *const *v)
{
	size_t n = 0;

	while (v && v[n])
		n++;
	hdrcheck__sha256_field(h, &n, sizeof(n));
	for (n = 0; v && v[n]; n++)
		hdrcheck__sha256_str(h, v[n]);
}

static void hash_language(hdrcheck_sha256 *h, const hdrcheck_language *l)
{
	const hdrcheck_block_comment *b;

	hdrcheck__sha256_str(h, l->name);
	hash_strv(h, l->extensions);
	hash_strv(h, l->filenames);
	hash_strv(h, l->interpreters);
	hash_strv(h, l->line_comments);
	for (b = l->block_comments; b && b->open; b++) {
		hdrcheck__sha256_str(h, b->open);
		hdrcheck__sha256_str(h, b->close);
	}
	hdrcheck__sha256_str(h, NULL);
	hdrcheck__sha256_field(h, &l->preambles, sizeof(l->preambles));
	hdrcheck__sha256_field(h, &l->no_comments, sizeof(l->no_comments));
}

/*
 * The build: the version string stays "0.1.0" across every change to the
 * classifier between releases, so the file holding this code (the shared
 * library, or a program linked statically) is identified by its size,
 * modification time and inode. A rebuild is a new fingerprint.
 */
static void hash_build(hdrcheck_sha256 *h)
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

		hdrcheck__sha256_str(h, info.dli_fname);
		hdrcheck__sha256_field(h, v, sizeof(v));
	} else {
		hdrcheck__sha256_str(h, NULL);
	}
}

int hdrcheck__policy_fingerprint(const hdrcheck__policy *p,
                                 const char *config_name, const char *config,
                                 size_t config_len, const char *const *excludes,
                                 size_t excludes_count, unsigned char out[32])
{
	hdrcheck_sha256 h;
	size_t i, n, window = hdrcheck__classify_window();

	hdrcheck__sha256_init(&h);
	hdrcheck__sha256_str(&h, "hdrcheck policy fingerprint 1");
	hdrcheck__sha256_str(&h, HDRCHECK_VERSION);
	hash_build(&h);
	hdrcheck__sha256_field(&h, &window, sizeof(window));
	hdrcheck__sha256_str(&h, hdrcheck__policy_license(p));

	/* the configuration as loaded: its bytes, so that no key the
	 * model may gain later can slip through */
	hdrcheck__sha256_str(&h, config_name);
	if (config)
		hdrcheck__sha256_field(&h, config, config_len);
	else
		hdrcheck__sha256_str(&h, NULL);

	/* --exclude: exclusions decide verdicts from the path */
	hdrcheck__sha256_field(&h, &excludes_count, sizeof(excludes_count));
	for (i = 0; i < excludes_count; i++)
		hdrcheck__sha256_str(&h, excludes[i]);

	/* the built-in tables */
	n = hdrcheck_languages_count();
	hdrcheck__sha256_field(&h, &n, sizeof(n));
	for (i = 0; i < n; i++)
		hash_language(&h, hdrcheck_languages_get(i));
	for (i = 0; i < HDRCHECK__TEMPLATE__COUNT; i++)
		hdrcheck__sha256_str(
		    &h, hdrcheck__template_text((hdrcheck__template_id)i));
	for (i = 0; i < hdrcheck__licenses_count; i++) {
		hdrcheck__sha256_str(&h, hdrcheck__licenses[i].spdx);
		hash_strv(&h, hdrcheck__licenses[i].forms);
		hash_strv(&h, hdrcheck__licenses[i].anchors);
	}
	for (i = 0; i < hdrcheck__recognizers_count; i++) {
		hdrcheck__sha256_str(&h, hdrcheck__recognizers[i].spdx);
		hash_strv(&h, hdrcheck__recognizers[i].phrases);
		hash_strv(&h, hdrcheck__recognizers[i].absent);
	}
	/* the identifier: its rules' version, the list it matches against
	 * and its built-in texts and names */
	hdrcheck__sha256_str(&h, HDRCHECK__IDENTIFY_VERSION);
	hdrcheck__sha256_str(&h, hdrcheck__spdx_list_version);
	for (i = 0; i < hdrcheck__builtin_texts_count; i++) {
		hdrcheck__sha256_str(&h, hdrcheck__builtin_texts[i].id);
		hdrcheck__sha256_str(&h, hdrcheck__builtin_texts[i].text);
	}
	for (i = 0; i < hdrcheck__license_aliases_count; i++) {
		hdrcheck__sha256_str(&h, hdrcheck__license_aliases[i].words);
		hdrcheck__sha256_str(&h, hdrcheck__license_aliases[i].id);
	}
	hdrcheck__sha256_final(&h, out);
	return 0;
}
