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
 * Both configuration loaders on arbitrary bytes: .hdrcheck.yaml and
 * skywalking-eyes' .licenserc.yaml. Either may refuse the input; neither
 * may crash, leak, read out of bounds or print. On success the model is
 * walked, so a half-built structure shows up under ASan.
 */

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "common.h"
#include "policies/config.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void fuzz_warn(void *payload, const char *message)
{
	size_t *total = payload;

	/* one line each, like errors */
	if (strchr(message, '\n'))
		__builtin_trap();
	*total += strlen(message);
}

static size_t fuzz_strv(char **v)
{
	size_t n = 0;

	for (; v && *v; v++)
		n += strlen(*v);
	return n;
}

static size_t fuzz_walk(const hdrcheck__config *cfg)
{
	size_t n = strlen(cfg->source) + fuzz_strv(cfg->exclude), i, j;

	for (i = 0; i < cfg->languages_count; i++) {
		const hdrcheck__language_config *l = &cfg->languages[i];

		n += strlen(l->name) + fuzz_strv(l->extensions) +
		     fuzz_strv(l->filenames) + fuzz_strv(l->interpreters) +
		     fuzz_strv(l->line_comments) + fuzz_strv(l->block_comments);
	}
	for (i = 0; i < cfg->policies_count; i++) {
		const hdrcheck__policy_config *p = &cfg->policies[i];

		n += strlen(p->name) + fuzz_strv(p->paths) +
		     fuzz_strv(p->exclude);
		n += p->license ? strlen(p->license) : 0;
		n += p->header ? strlen(p->header) : 0;
		n += p->holder ? strlen(p->holder) : 0;
		n += p->holder_pattern ? strlen(p->holder_pattern) : 0;
		for (j = 0; j < p->accept_count; j++) {
			n += p->accept[j].text ? strlen(p->accept[j].text) : 0;
			n +=
			    p->accept[j].regex ? strlen(p->accept[j].regex) : 0;
		}
	}
	return n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	hdrcheck__config *cfg = NULL;
	size_t total = 0;

	if (hdrcheck__config_parse(&cfg, ".hdrcheck.yaml", (const char *)data,
	                           size) == 0) {
		total += fuzz_walk(cfg);
		hdrcheck__config_free(cfg);
		cfg = NULL;
	}
	if (hdrcheck__config_parse_licenserc(&cfg, ".licenserc.yaml",
	                                     (const char *)data, size,
	                                     fuzz_warn, &total) == 0) {
		total += fuzz_walk(cfg);
		hdrcheck__config_free(cfg);
	}
	/* every error leaves a one-line message */
	if (strchr(hdrcheck_error_last(), '\n'))
		__builtin_trap();
	return total == (size_t)-1;
}
