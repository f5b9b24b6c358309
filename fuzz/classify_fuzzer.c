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
 * The whole classifier on an arbitrary file: the input is
 * "<path>\n<content>". Each file is classified under the built-in policy
 * and under a configured one (custom types, a templated header with a
 * holder, an accept regex, SPDX modes, third-party and skipped trees),
 * twice and once more with the explain trace on: the three verdicts must
 * be identical, complete (a skip has a reason, ok a license) and point at
 * a line of the file.
 */

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "common.h"
#include "policies/config.h"
#include "policies/header.h"
#include "policies/policy.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char config_yaml[] =
    "version: 1\n"
    "exclude: [\"ex/**\"]\n"
    "languages:\n"
    "  - name: Foo\n"
    "    extensions: [foo]\n"
    "    filenames: [Foofile]\n"
    "    interpreters: [foo]\n"
    "    line_comments: [\"#\", \"//\", \"REM\"]\n"
    "    block_comments: [[\"/*\", \"*/\"], [\"{-\", \"-}\"]]\n"
    "  - name: Python\n"
    "    line_comments: [\"#\"]\n"
    "policies:\n"
    "  - name: default\n"
    "    paths: [\"**\"]\n"
    "    license: Apache-2.0\n"
    "    header: |\n"
    "      Copyright {year} {holder}\n"
    "      Licensed under the Foo License.\n"
    "    copyright:\n"
    "      holder: \"The Foo Authors\"\n"
    "      required: true\n"
    "    accept:\n"
    "      - \"Licensed under the Foo Public License\"\n"
    "      - regex: \"Copyright \\\\d+ Old (Corp|Inc)\"\n"
    "  - name: mit\n"
    "    paths: [\"mit/**\"]\n"
    "    license: MIT\n"
    "    spdx: require\n"
    "    copyright:\n"
    "      holder_pattern: \"Example (Inc|LLC)\"\n"
    "  - name: rejecting\n"
    "    paths: [\"rj/**\"]\n"
    "    license: Apache-2.0 OR MIT\n"
    "    spdx: reject\n"
    "  - name: third-party\n"
    "    paths: [\"tp/**\", \"!tp/ours/**\"]\n"
    "    license: BSD-3-Clause\n"
    "    third_party: true\n"
    "  - name: generated\n"
    "    paths: [\"gen/**\"]\n"
    "    skip: true\n";

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

static int same_str(const char *a, const char *b)
{
	return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

static int same_finding(const hdrcheck_finding *a, const hdrcheck_finding *b)
{
	return a->status == b->status && a->line == b->line &&
	       same_str(a->reason, b->reason) &&
	       same_str(a->license, b->license) &&
	       same_str(a->language, b->language) &&
	       same_str(a->policy, b->policy) &&
	       same_str(a->holders, b->holders);
}

static void check_finding(const hdrcheck_finding *f, const char *buf,
                          size_t len)
{
	size_t lines = 1, i,
	       n = len < HDRCHECK__WINDOW_BYTES ? len : HDRCHECK__WINDOW_BYTES;

	for (i = 0; i < n; i++)
		lines += buf[i] == '\n';
	if ((unsigned)f->status >= HDRCHECK_STATUS__COUNT || !f->policy)
		__builtin_trap();
	switch (f->status) {
	case HDRCHECK_STATUS_SKIPPED:
		if (!f->reason || f->line)
			__builtin_trap();
		break;
	case HDRCHECK_STATUS_ERROR:
		if (!f->reason)
			__builtin_trap();
		break;
	case HDRCHECK_STATUS_OK:
	case HDRCHECK_STATUS_OTHER_LICENSE:
		if (!f->license || !*f->license || !f->line)
			__builtin_trap();
		break;
	case HDRCHECK_STATUS_MISMATCH:
		if (!f->reason || !f->line)
			__builtin_trap();
		break;
	default:
		break;
	}
	if (f->line > lines || f->line > HDRCHECK__WINDOW_LINES)
		__builtin_trap();
	/* reasons are one line; holders one per line, none empty */
	if (f->reason && strchr(f->reason, '\n'))
		__builtin_trap();
	if (f->holders && (!*f->holders || strstr(f->holders, "\n\n") ||
	                   f->holders[strlen(f->holders) - 1] == '\n'))
		__builtin_trap();
}

/* classify_path, then classify_content when the path alone does not
 * decide: what the scanner does. */
static int classify(hdrcheck__classifier *c, const char *path, const char *buf,
                    size_t len, hdrcheck_finding *f)
{
	int rc;

	memset(f, 0, sizeof(*f));
	if ((rc = hdrcheck__classify_path(c, path, NULL, f)) != 0)
		return rc < 0 ? rc : 0;
	return hdrcheck__classify_content(c, path, buf, len, f);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	setup *s = setups();
	const uint8_t *nl = memchr(data, '\n', size);
	size_t path_len, len, i;
	char *path = NULL, *buf = NULL;

	if (!nl)
		return 0;
	path_len = (size_t)(nl - data);
	len = size - path_len - 1;
	if (!(path = malloc(path_len + 1)) || !(buf = malloc(len ? len : 1)))
		goto done;
	memcpy(path, data, path_len);
	path[path_len] = '\0';
	memcpy(buf, nl + 1, len);

	for (i = 0; i < 2; i++) {
		hdrcheck_finding a, b, e;
		hdrcheck_buf trace = HDRCHECK_BUF_INIT;
		int ra, rb, re;

		ra = classify(s[i].c, path, buf, len, &a);
		rb = classify(s[i].c, path, buf, len, &b);
		hdrcheck__classifier_trace(s[i].c, &trace);
		re = classify(s[i].c, path, buf, len, &e);
		hdrcheck__classifier_trace(s[i].c, NULL);
		if (ra < 0 || rb < 0 || re < 0)
			__builtin_trap(); /* only out of memory may fail */
		check_finding(&a, buf, len);
		if (!same_finding(&a, &b) || !same_finding(&a, &e))
			__builtin_trap();
		/* the content alone (the path's verdict not memoised) */
		hdrcheck__finding_dispose(&b);
		memset(&b, 0, sizeof(b));
		if (hdrcheck__classify_content(s[i].c, path, buf, len, &b) < 0)
			__builtin_trap();
		hdrcheck__finding_dispose(&a);
		hdrcheck__finding_dispose(&b);
		hdrcheck__finding_dispose(&e);
		hdrcheck__buf_dispose(&trace);
	}
done:
	free(path);
	free(buf);
	return 0;
}
