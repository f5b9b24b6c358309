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
 * skywalking-eyes' .licenserc.yaml mapped onto hdrcheck's model, end to
 * end: parse arbitrary bytes, and when they load, compile the policy the
 * mapping gives (globs, licenses, content headers, patterns) and classify
 * a few files under it. Warnings and errors are one line each; a mapping
 * that loads must compile, unless it names a regex pcre2 refuses (an
 * error with a message, never a crash).
 */

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "common.h"
#include "policies/config.h"
#include "policies/policy.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const struct {
	const char *path;
	const char *content;
} files[] = {
    {"src/main.c", "/*\n * Copyright 2024 Example Corp\n *\n"
                   " * Licensed under the Apache License, Version 2.0\n"
                   " */\nint main(void) { return 0; }\n"},
    {"server/app.py", "#!/usr/bin/env python3\n"
                      "# SPDX-License-Identifier: MIT\nprint(1)\n"},
    {"docs/index.md", "<!-- Copyright Example Corp -->\n# Title\n"},
    {"sdk/x.go", "// Copyright 2020 Example Corp\npackage x\n"},
};

static void warn(void *payload, const char *message)
{
	(void)payload;
	if (!*message || strchr(message, '\n'))
		__builtin_trap();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	hdrcheck__config *cfg = NULL;
	hdrcheck__policy *policy = NULL;
	hdrcheck__classifier *c = NULL;
	size_t i;

	if (hdrcheck__config_parse_licenserc(&cfg, ".licenserc.yaml",
	                                     (const char *)data, size, warn,
	                                     NULL) < 0) {
		if (strchr(hdrcheck_error_last(), '\n'))
			__builtin_trap();
		return 0;
	}
	if (hdrcheck__policy_new(&policy, cfg, NULL, 0) < 0) {
		if (!*hdrcheck_error_last() ||
		    strchr(hdrcheck_error_last(), '\n'))
			__builtin_trap();
		goto done;
	}
	if (!*hdrcheck__policy_license(policy) ||
	    hdrcheck__classifier_new(&c, policy) < 0)
		goto done;
	for (i = 0; i < HDRCHECK__ARRAY_SIZE(files); i++) {
		hdrcheck_finding f = {0};
		int rc = hdrcheck__classify_path(c, files[i].path, NULL, &f);

		if (rc == 0)
			rc = hdrcheck__classify_content(
			    c, files[i].path, files[i].content,
			    strlen(files[i].content), &f);
		if (rc < 0 || !f.policy ||
		    (unsigned)f.status >= HDRCHECK_STATUS__COUNT)
			__builtin_trap();
		hdrcheck__finding_dispose(&f);
	}
done:
	hdrcheck__classifier_free(c);
	hdrcheck__policy_free(policy);
	hdrcheck__config_free(cfg); /* after the policy: it borrows */
	return 0;
}
