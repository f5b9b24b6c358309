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
 * REUSE's files on arbitrary bytes: the input is read as a REUSE.toml
 * (policies/toml.c underneath), as a .reuse/dep5 and as a ".license"
 * sidecar, and what parsed is applied to a few findings. Beyond no crash,
 * no leak and no read past the input: an error is one line that names
 * the file, and a finding keeps a valid status.
 */

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "common.h"
#include "hdrcheck/errors.h"
#include "policies/policy.h"
#include "policies/reuse.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void one_line(const char *prefix)
{
	const char *m = hdrcheck_error_last();

	if (!m || strchr(m, '\n') || strncmp(m, prefix, strlen(prefix)) != 0)
		__builtin_trap();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static hdrcheck__policy *policy;
	static const char *const paths[] = {"a.md", "docs/x/y.py", "src/a.c",
	                                    "sub/REUSE.toml", "x*.svg"};
	hdrcheck__reuse *r = NULL;
	hdrcheck__reuse_info info = {NULL, NULL};
	const char *buf = (const char *)data;
	size_t i;
	int rc;

	if (!policy && hdrcheck__policy_new(&policy, NULL, NULL, 0) < 0)
		return 0;
	if (hdrcheck__reuse_new(&r) < 0)
		return 0;
	rc = hdrcheck__reuse_add_toml(r, "sub/REUSE.toml", buf, size);
	if (rc == HDRCHECK_EINVAL)
		one_line("sub/REUSE.toml:");
	rc = hdrcheck__reuse_add_dep5(r, ".reuse/dep5", buf, size);
	if (rc == HDRCHECK_EINVAL)
		one_line(".reuse/dep5:");
	if (hdrcheck__reuse_sidecar(&info, buf, size) < 0)
		goto done;
	for (i = 0; i < sizeof(paths) / sizeof(paths[0]); i++) {
		hdrcheck_finding f;

		memset(&f, 0, sizeof(f));
		f.path = paths[i];
		f.status = i % 2 ? HDRCHECK_STATUS_MISSING : HDRCHECK_STATUS_OK;
		if (i % 2 == 0 && !(f.license = hdrcheck__strdup("MIT")))
			break;
		rc = hdrcheck__reuse_apply(r, policy, &f, i == 4 ? &info : NULL,
		                           "x*.svg.license");
		if (rc >= 0 && (int)f.status >= HDRCHECK_STATUS__COUNT)
			__builtin_trap();
		free((char *)f.license);
		free((char *)f.reason);
		free((char *)f.holders);
	}
done:
	hdrcheck__reuse_info_dispose(&info);
	hdrcheck__reuse_free(r);
	return 0;
}
