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

#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "hdrcheck/licenses.h"
#include "tests/golden.h"
#include "tests/reports/fixture.h"

hdrcheck_report *report_new(const char *root, const char *commit)
{
	hdrcheck_report *r = calloc(1, sizeof(*r));

	assert_non_null(r);
	r->kind = HDRCHECK_SOURCE_WORKTREE;
	r->root = root ? strdup(root) : NULL;
	r->commit = commit ? strdup(commit) : NULL;
	return r;
}

void report_add(hdrcheck_report *r, const char *path, hdrcheck_status status,
                const char *reason, const char *license, const char *language,
                unsigned int line, const char *holders)
{
	hdrcheck_finding *f;

	r->findings = realloc(r->findings, (r->count + 1) * sizeof(*f));
	assert_non_null(r->findings);
	f = &r->findings[r->count++];
	memset(f, 0, sizeof(*f));
	f->path = strdup(path);
	f->status = status;
	f->reason = reason ? strdup(reason) : NULL;
	f->license = license ? strdup(license) : NULL;
	f->language = language;
	f->line = line;
	f->holders = holders ? strdup(holders) : NULL;
}

/* Added out of order on purpose: the writers rely on the sorted report. */
hdrcheck_report *basic_report(void)
{
	hdrcheck_report *r = report_new("/src/project", COMMIT_ID);

	report_add(r, "src/main.c", HDRCHECK_STATUS_OK, NULL, "Apache-2.0", "C",
	           1, "The Example Authors");
	report_add(r, "src/util.py", HDRCHECK_STATUS_MISSING, NULL, NULL,
	           "Python", 0, NULL);
	report_add(r, "docs/logo.png", HDRCHECK_STATUS_SKIPPED,
	           HDRCHECK_SKIP_BINARY, NULL, NULL, 0, NULL);
	report_add(r, "src/old.c", HDRCHECK_STATUS_MISMATCH,
	           "line 5: expected \"Version 2.0\"", "Apache-2.0", "C", 2,
	           "The Example Authors\nACME Corp.");
	report_add(r, "vendor/lib.js", HDRCHECK_STATUS_OTHER_LICENSE, NULL,
	           "MIT", "JavaScript", 1, "Vendor, Inc.");
	report_add(r, "src/broken.h", HDRCHECK_STATUS_ERROR,
	           "Permission denied", NULL, "C", 0, NULL);
	report_add(r, "third_party/x.c", HDRCHECK_STATUS_SKIPPED,
	           HDRCHECK_SKIP_EXCLUDED, NULL, "C", 0, NULL);
	report_add(r, "assets/font.ttf", HDRCHECK_STATUS_SKIPPED,
	           HDRCHECK_SKIP_BINARY, NULL, NULL, 0, NULL);
	report_add(r, "Makefile", HDRCHECK_STATUS_OK, NULL, "Apache-2.0",
	           "Makefile", 1, "The Example Authors");
	report_add(r, "tools/a.xyz", HDRCHECK_STATUS_SKIPPED,
	           HDRCHECK_SKIP_UNSUPPORTED_TYPE, NULL, NULL, 0, NULL);
	report_add(r, "src/a.c", HDRCHECK_STATUS_MISSING, NULL, NULL, "C", 0,
	           NULL);
	hdrcheck__report_finish(r);
	return r;
}

/* Names and strings a hostile tree could contain. */
hdrcheck_report *escapes_report(void)
{
	hdrcheck_report *r = report_new("/src/\xff"
	                                "dir",
	                                NULL);

	report_add(r, "tab\there.c", HDRCHECK_STATUS_MISSING, NULL, NULL, "C",
	           0, NULL);
	report_add(r, "new\nline.py", HDRCHECK_STATUS_MISSING, NULL, NULL,
	           "Python", 0, NULL);
	report_add(r, "quote\"d.c", HDRCHECK_STATUS_MISSING, NULL, NULL, "C", 0,
	           NULL);
	report_add(r, "back\\slash.c", HDRCHECK_STATUS_MISSING, NULL, NULL, "C",
	           0, NULL);
	report_add(r, "caf\xc3\xa9.c", HDRCHECK_STATUS_MISSING, NULL, NULL, "C",
	           0, NULL);
	report_add(r, "bad\xff\xfe.c", HDRCHECK_STATUS_MISSING, NULL, NULL, "C",
	           0, NULL);
	report_add(r, "over\xc0\xaflong.c", HDRCHECK_STATUS_MISSING, NULL, NULL,
	           "C", 0, NULL);
	report_add(r, "trunc\xc3", HDRCHECK_STATUS_MISSING, NULL, NULL, NULL, 0,
	           NULL);
	report_add(r, "ctl\x01\x7f.c", HDRCHECK_STATUS_ERROR,
	           "read failed:\x1b[31m evil", NULL, "C", 0, NULL);
	report_add(r, "cr\r.c", HDRCHECK_STATUS_MISMATCH,
	           "line 1: found \"C:\\x\"\r\n\xe2\x82\xac\xff", "Apache-2.0",
	           "C", 1, NULL);
	report_add(r, "ok\xe2\x82\xac.c", HDRCHECK_STATUS_OK, NULL,
	           "Apache-2.0", "C", 1,
	           "Caf\xc3\xa9 <b>&</b> \"Co\"\nBad\xff");
	report_add(r, "lic.c", HDRCHECK_STATUS_OTHER_LICENSE, NULL, "GPL\n-2.0",
	           "C", 3, "=cmd|' /C calc'!A0");
	report_add(r, "skip.bin", HDRCHECK_STATUS_SKIPPED, "weird\x1b", NULL,
	           NULL, 0, NULL);
	report_add(r, "skip2.bin", HDRCHECK_STATUS_SKIPPED, NULL, NULL, NULL, 0,
	           NULL);
	report_add(r, "<script>alert(1)</script>.py", HDRCHECK_STATUS_MISSING,
	           NULL, NULL, "Python", 0, NULL);
	report_add(r, "a|b`c`@user [x](1) *y*.md", HDRCHECK_STATUS_MISSING,
	           NULL, NULL, "Markdown", 0, NULL);
	report_add(r, "=HYPERLINK(\"http://x\"),1.csv", HDRCHECK_STATUS_MISSING,
	           NULL, NULL, NULL, 0, NULL);
	hdrcheck__report_finish(r);
	return r;
}

char *render(const hdrcheck_report *r, hdrcheck_format format,
             const hdrcheck_write_options *opts, size_t *len)
{
	char *data = NULL;
	size_t size = 0;
	FILE *out = open_memstream(&data, &size);
	int error;

	assert_non_null(out);
	error = hdrcheck_report_write(out, r, format, opts);
	if (error < 0)
		fail_msg("hdrcheck_report_write: %d %s", error,
		         hdrcheck_error_last());
	assert_int_equal(fclose(out), 0);
	*len = size;
	return data;
}

char *read_file(const char *path, size_t *len)
{
	FILE *in = fopen(path, "rb");
	char *data = NULL;
	size_t size = 0, n;
	char chunk[4096];
	FILE *mem = open_memstream(&data, &size);

	if (!in)
		fail_msg("cannot open %s: %s", path, strerror(errno));
	assert_non_null(mem);
	while ((n = fread(chunk, 1, sizeof(chunk), in)) > 0)
		assert_int_equal(fwrite(chunk, 1, n, mem), n);
	assert_int_equal(ferror(in), 0);
	fclose(in);
	assert_int_equal(fclose(mem), 0);
	*len = size;
	return data;
}

static char *find(char *p, char *end, const char *s, size_t n)
{
	for (; (size_t)(end - p) >= n; p++)
		if (!memcmp(p, s, n))
			return p;
	return NULL;
}

/* Replace every from by to in text[0..*len); frees text. */
static char *replace_all(char *text, size_t *len, const char *from,
                         const char *to)
{
	char *out = NULL, *p = text, *hit, *end = text + *len;
	size_t size = 0, n = strlen(from);
	FILE *mem = open_memstream(&out, &size);

	assert_non_null(mem);
	while ((hit = find(p, end, from, n)) != NULL) {
		fwrite(p, 1, (size_t)(hit - p), mem);
		fputs(to, mem);
		p = hit + n;
	}
	fwrite(p, 1, (size_t)(end - p), mem);
	assert_int_equal(fclose(mem), 0);
	free(text);
	*len = size;
	return out;
}

void assert_golden(const char *name, const char *got, size_t got_len)
{
	char path[1024];
	char *want;
	size_t want_len;
	const char *update = getenv("HDRCHECK_UPDATE_GOLDEN");

	snprintf(path, sizeof(path), "%s%s", GOLDEN_DIR, name);
	if (update && !strcmp(update, "1")) {
		FILE *f = fopen(path, "wb");
		char *copy = malloc(got_len + 1);
		size_t n = got_len;

		assert_non_null(f);
		assert_non_null(copy);
		memcpy(copy, got, got_len);
		copy = replace_all(copy, &n, HDRCHECK_VERSION, "@VERSION@");
		copy = replace_all(copy, &n, hdrcheck_license_list_version(),
		                   "@LICENSE_LIST@");
		assert_int_equal(fwrite(copy, 1, n, f), n);
		assert_int_equal(fclose(f), 0);
		free(copy);
		return;
	}
	want = read_file(path, &want_len);
	want = replace_all(want, &want_len, "@VERSION@", HDRCHECK_VERSION);
	want = replace_all(want, &want_len, "@LICENSE_LIST@",
	                   hdrcheck_license_list_version());
	if (want_len != got_len || memcmp(want, got, got_len) != 0) {
		golden_diff(name, want, want_len, got, got_len);
		free(want);
		fail_msg("output differs from %s", name);
	}
	free(want);
}

void check_golden(const hdrcheck_report *r, hdrcheck_format format,
                  const hdrcheck_write_options *opts, const char *name)
{
	size_t len;
	char *got = render(r, format, opts, &len);

	assert_golden(name, got, len);
	free(got);
}
