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
 * The fixer on an arbitrary file: the input is "<path>\n<content>". Under
 * the built-in policy and a configured one (a holder, a custom header, an
 * SPDX tag required, another license), every `missing` or `mismatch` file
 * the fixer takes on must come out `ok`, a second fix must find nothing to
 * do, the bytes outside the header region must be the old ones, and the
 * diff of the change must be well formed.
 */

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "common.h"
#include "fixer/fixer.h"
#include "policies/config.h"
#include "policies/policy.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char config_yaml[] =
    "version: 1\n"
    "languages:\n"
    "  - name: Foo\n"
    "    extensions: [foo]\n"
    "    line_comments: [\"REM\", \"#\"]\n"
    "    block_comments: [[\"{-\", \"-}\"]]\n"
    "policies:\n"
    "  - name: default\n"
    "    paths: [\"**\"]\n"
    "    copyright:\n"
    "      holder: \"The Foo Authors\"\n"
    "      required: true\n"
    "  - name: custom\n"
    "    paths: [\"custom/**\"]\n"
    "    header: |\n"
    "      Copyright {year} {holder}\n\n"
    "      Licensed under the Apache License, Version 2.0 (the \"License\");\n"
    "      you may not use this file except in compliance with the License.\n"
    "    copyright:\n"
    "      holder: \"Example Inc.\"\n"
    "  - name: tagged\n"
    "    paths: [\"tag/**\"]\n"
    "    spdx: require\n"
    "  - name: mit\n"
    "    paths: [\"mit/**\"]\n"
    "    license: MIT\n";

typedef struct {
	hdrcheck__config *config;
	hdrcheck__policy *policy;
	hdrcheck__classifier *c;
} setup;

static setup *setups(void)
{
	static setup s[2];
	static int ready;

	if (!ready) {
		if (hdrcheck__config_parse(&s[1].config, ".hdrcheck.yaml",
		                           config_yaml,
		                           sizeof(config_yaml) - 1) < 0 ||
		    hdrcheck__policy_new(&s[0].policy, NULL, NULL, 0) < 0 ||
		    hdrcheck__policy_new(&s[1].policy, s[1].config, NULL, 0) <
		        0 ||
		    hdrcheck__classifier_new(&s[0].c, s[0].policy) < 0 ||
		    hdrcheck__classifier_new(&s[1].c, s[1].policy) < 0)
			__builtin_trap();
		ready = 1;
	}
	return s;
}

static size_t common_prefix(const char *a, size_t na, const char *b, size_t nb)
{
	size_t i = 0;

	while (i < na && i < nb && a[i] == b[i])
		i++;
	return i;
}

static size_t common_suffix(const char *a, size_t na, const char *b, size_t nb)
{
	size_t i = 0;

	while (i < na && i < nb && a[na - 1 - i] == b[nb - 1 - i])
		i++;
	return i;
}

static void fix_one(hdrcheck__classifier *c, const char *path, const char *buf,
                    size_t len)
{
	hdrcheck__fix_plan plan, again;
	hdrcheck_buf out = HDRCHECK_BUF_INIT, diff = HDRCHECK_BUF_INIT;
	hdrcheck_fix_action action;
	char *why = NULL;
	size_t pre, suf, keep_pre, keep_suf;
	int rc;

	if (hdrcheck__classify_plan(c, path, NULL, buf, len, &plan) < 0)
		__builtin_trap();
	if (plan.finding.status != HDRCHECK_STATUS_MISSING &&
	    plan.finding.status != HDRCHECK_STATUS_MISMATCH)
		goto done;
	rc = hdrcheck__fix_content(&out, &action, &why, c, path, NULL, &plan,
	                           buf, len, 2026);
	if (rc < 0)
		__builtin_trap();
	if (rc == 1) {
		if (!why || !*why)
			__builtin_trap(); /* every refusal says why */
		goto done;
	}
	/* what was fixed passes, and a second fix has nothing to do */
	if (hdrcheck__classify_plan(c, path, NULL, out.ptr, out.len, &again) <
	        0 ||
	    again.finding.status != HDRCHECK_STATUS_OK)
		__builtin_trap();
	hdrcheck__fix_plan_dispose(&again);
	/* only the header region changed: before it, the old bytes (up to
	 * a line break fix adds), and after it, all of them */
	pre = common_prefix(buf, len, out.ptr, out.len);
	suf = common_suffix(buf, len, out.ptr, out.len);
	if (!plan.has_block || plan.block_problem) {
		keep_pre = plan.insert_at;
		keep_suf = len - plan.insert_at;
	} else {
		/* a missing header may still be inserted before the block */
		keep_pre = plan.finding.status == HDRCHECK_STATUS_MISSING &&
		                   plan.insert_at < plan.block_start
		               ? plan.insert_at
		               : plan.block_start;
		keep_suf = len - plan.block_end;
	}
	if (pre < keep_pre || suf < keep_suf)
		__builtin_trap();
	if (hdrcheck__fix_diff(&diff, path, buf, len, out.ptr, out.len) < 0 ||
	    diff.len == 0 || memcmp(diff.ptr, "diff --git ", 11) != 0)
		__builtin_trap();
done:
	free(why);
	hdrcheck__buf_dispose(&out);
	hdrcheck__buf_dispose(&diff);
	hdrcheck__fix_plan_dispose(&plan);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *nl = memchr(data, '\n', size);
	setup *s = setups();
	char *path;
	size_t plen, i;

	if (!nl || (size_t)(nl - (const char *)data) > 200)
		return 0;
	plen = (size_t)(nl - (const char *)data);
	if (!(path = hdrcheck__strndup((const char *)data, plen)))
		return 0;
	for (i = 0; i < 2; i++)
		fix_one(s[i].c, path, nl + 1, size - plen - 1);
	free(path);
	return 0;
}
