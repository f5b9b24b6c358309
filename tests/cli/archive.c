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
 * check --archive end to end: the verdicts on an archive made by `git
 * archive` (tar.gz and zip, with and without a prefix) are those of
 * --rev on the same commit; --against finds an identical archive
 * identical and an added, dropped, changed, mode-changed or relinked
 * file (and exits 1 whatever --fail-on says); each hostile archive of
 * tests/archive/make_archives.py gives its finding or one error line
 * (exit 2), and nothing is written beside it.
 */

#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>
#include <jansson.h>
#include "common.h"
#include "fixture.h"
#include "../golden.h"

#define ARCHIVES HDRCHECK_TEST_TMP "/cli-archive"

static json_t *parse_json(const fixture_result *res)
{
	json_error_t jerr;
	json_t *doc = json_loadb(res->out, res->out_len, 0, &jerr);

	if (!doc)
		fail_msg("invalid JSON report (%s): %s / %s", jerr.text,
		         res->out, res->err);
	return doc;
}

static void sh(const char *fmt, ...)
{
	char cmd[4096];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(cmd, sizeof(cmd), fmt, ap);
	va_end(ap);
	if (system(cmd) != 0)
		fail_msg("failed: %s", cmd);
}

static json_t *find_file(json_t *doc, const char *path)
{
	json_t *f;
	size_t i;

	json_array_foreach(json_object_get(doc, "files"), i, f)
	{
		if (strcmp(json_string_value(json_object_get(f, "path")),
		           path) == 0)
			return f;
	}
	return NULL;
}

/* A repository with a bit of everything a verdict depends on: a
 * configuration, headers good, damaged and missing, another license,
 * an executable script, a symlink, a binary, an excluded directory, a
 * name with a space. */
static fixture *release_repo(void)
{
	fixture *fx = fixture_new_repo();
	char *ok_c = hdrcheck__aprintf("%s\nint ok;\n", fixture_header_c);
	char *ok_sh =
	    hdrcheck__aprintf("#!/bin/sh\n%s\necho hi\n", fixture_header_hash);
	static const unsigned char png[] = {0x89, 'P', 'N', 'G', 0, 0, 1, 2};

	assert_non_null(ok_c);
	assert_non_null(ok_sh);
	fixture_add_file(fx, "LICENSE", "Apache License\nVersion 2.0\n");
	fixture_add_file(fx, "NOTICE", "Example\nCopyright 2026 Example\n");
	fixture_add_file(fx, ".hdrcheck.yaml", "exclude: [\"gen/**\"]\n");
	fixture_add_file(fx, "src/ok.c", ok_c);
	fixture_add_file(fx, "src/missing.c", "int missing;\n");
	fixture_add_file(fx, "src/damaged.c",
	                 "/*\n * Licensed under the Apache License, "
	                 "Version 2.0 (the \"License\");\n * you may not use "
	                 "this file.\n */\nint d;\n");
	fixture_add_file(fx, "src/mit.py",
	                 "# SPDX-License-Identifier: MIT\nx = 1\n");
	fixture_add_file(fx, "gen/out.c", "int gen;\n");
	fixture_add_file(fx, "dir with space/a b.c", ok_c);
	fixture_write_mode(fx, "run.sh", ok_sh, strlen(ok_sh), 0755);
	fixture_add(fx, "run.sh");
	fixture_write_mode(fx, "logo.png", png, sizeof(png), 0644);
	fixture_add(fx, "logo.png");
	fixture_symlink(fx, "link.c", "src/ok.c");
	fixture_add(fx, "link.c");
	fixture_commit(fx, "release");
	free(ok_c);
	free(ok_sh);
	return fx;
}

/* fileName -> checksums of an SPDX document's files, as one object. */
static json_t *spdx_checksums(const fixture_result *res)
{
	json_t *doc = parse_json(res), *out = json_object(), *f;
	size_t i;

	json_array_foreach(json_object_get(doc, "files"), i, f)
	{
		json_object_set(
		    out, json_string_value(json_object_get(f, "fileName")),
		    json_object_get(f, "checksums"));
	}
	json_decref(doc);
	return out;
}

/* The SBOM formats' whole-file checksums, computed as the archive is
 * read, are those of the commit's blobs. */
static void test_cli_archive__spdx_checksums(void **state)
{
	fixture *fx = release_repo();
	char *file = fixture_path(fx, "r.tar.gz");
	fixture_result rev, arc;
	json_t *want, *got;

	(void)state;
	sh("git -C '%s' archive --prefix=r/ -o '%s' HEAD", fx->root, file);
	fixture_run(&rev, fx->root, 0, "--format", "spdx-json", "--rev", "HEAD",
	            (char *)NULL);
	fixture_run(&arc, "/", 0, "--format", "spdx-json", "--archive", file,
	            (char *)NULL);
	want = spdx_checksums(&rev);
	got = spdx_checksums(&arc);
	assert_true(json_object_size(want) >= 8);
	if (!json_equal(want, got))
		fail_msg("checksums differ:\n%s\n%s", rev.out, arc.out);
	json_decref(want);
	json_decref(got);
	fixture_result_dispose(&rev);
	fixture_result_dispose(&arc);
	free(file);
	fixture_free(fx);
}

static void test_cli_archive__verdicts_equal_rev(void **state)
{
	static const char *const kinds[][2] = {{"tar.gz", "--prefix=proj-1.0/"},
	                                       {"tar.gz", ""},
	                                       {"zip", "--prefix=proj-1.0/"},
	                                       {"zip", ""},
	                                       {"tar", "--prefix=proj/"}};
	fixture *fx = release_repo();
	fixture_result rev, arc;
	json_t *want, *got;
	char file[512];
	size_t i;

	(void)state;
	fixture_run(&rev, fx->root, 0, "--format", "json", "--rev", "HEAD",
	            (char *)NULL);
	assert_int_equal(rev.status, 1);
	want = parse_json(&rev);
	/* the repository holds every kind of verdict compared below */
	assert_non_null(find_file(want, "src/damaged.c"));
	assert_string_equal(json_string_value(json_object_get(
	                        find_file(want, "gen/out.c"), "reason")),
	                    "excluded");
	for (i = 0; i < HDRCHECK__ARRAY_SIZE(kinds); i++) {
		snprintf(file, sizeof(file), "%s/release-%zu.%s", fx->root, i,
		         kinds[i][0]);
		sh("git -C '%s' archive --format=%s %s -o '%s' HEAD", fx->root,
		   kinds[i][0], kinds[i][1], file);
		fixture_run(&arc, "/", 0, "--format", "json", "--archive", file,
		            (char *)NULL);
		assert_int_equal(arc.status, 1);
		got = parse_json(&arc);
		if (!json_equal(json_object_get(want, "files"),
		                json_object_get(got, "files")) ||
		    !json_equal(json_object_get(want, "summary"),
		                json_object_get(got, "summary")))
			fail_msg("%s %s: --archive differs from --rev:\n%s\n%s",
			         kinds[i][0], kinds[i][1], rev.out, arc.out);
		assert_string_equal(
		    json_string_value(json_object_get(
		        json_object_get(got, "source"), "kind")),
		    "archive");
		/* no --against: no comparison in the report */
		assert_null(json_object_get(got, "archive"));
		json_decref(got);
		fixture_result_dispose(&arc);
		unlink(file);
	}
	json_decref(want);
	fixture_result_dispose(&rev);
	fixture_free(fx);
}

/* Run --against HEAD on file (in fx's repository) and return the
 * "archive" object (a new reference). */
static json_t *against(fixture *fx, const char *file, int status,
                       const char *fail_on)
{
	fixture_result res;
	json_t *doc, *a;

	fixture_run(&res, fx->root, 0, "--format", "json", "--fail-on", fail_on,
	            "--archive", file, "--against", "HEAD", (char *)NULL);
	if (res.status != status)
		fail_msg("%s: exit %d, not %d: %s", file, res.status, status,
		         res.err);
	doc = parse_json(&res);
	a = json_object_get(doc, "archive");
	assert_non_null(a);
	json_incref(a);
	assert_string_equal(json_string_value(json_object_get(a, "against")),
	                    "HEAD");
	assert_string_equal(json_string_value(json_object_get(a, "commit")),
	                    fx->head);
	json_decref(doc);
	fixture_result_dispose(&res);
	return a;
}

static void assert_list(json_t *a, const char *key, const char *one)
{
	json_t *v = json_object_get(a, key);

	assert_true(json_is_array(v));
	if (!one) {
		if (json_array_size(v))
			fail_msg("%s not empty", key);
		return;
	}
	assert_int_equal(json_array_size(v), 1);
	assert_string_equal(json_string_value(json_array_get(v, 0)), one);
}

static void assert_modified(json_t *a, const char *path, const char *change)
{
	json_t *v = json_object_get(a, "modified"), *m;

	assert_int_equal(json_array_size(v), 1);
	m = json_array_get(v, 0);
	assert_string_equal(json_string_value(json_object_get(m, "path")),
	                    path);
	assert_int_equal(json_array_size(json_object_get(m, "changes")), 1);
	assert_string_equal(
	    json_string_value(json_array_get(json_object_get(m, "changes"), 0)),
	    change);
}

static void test_cli_archive__against(void **state)
{
	fixture *fx = release_repo();
	char *base = fixture_path(fx, "base.tar.gz");
	char *zip = fixture_path(fx, "base.zip");
	char *out = fixture_path(fx, "out.tar.gz");
	json_t *a;
	fixture_result res;

	(void)state;
	sh("git -C '%s' archive --prefix=proj-1.0/ -o '%s' HEAD", fx->root,
	   base);
	sh("git -C '%s' archive -o '%s' HEAD", fx->root, zip);

	/* identical: nothing listed; the verdicts decide the exit */
	a = against(fx, base, 0, "none");
	assert_list(a, "only_in_archive", NULL);
	assert_list(a, "only_in_rev", NULL);
	assert_int_equal(json_array_size(json_object_get(a, "modified")), 0);
	json_decref(a);
	a = against(fx, zip, 0, "none");
	assert_int_equal(json_array_size(json_object_get(a, "modified")), 0);
	json_decref(a);

	/* added */
	sh("python3 '%s/mutate.py' '%s' '%s' add proj-1.0/extra.c 'int e;'",
	   HDRCHECK_TEST_SRC, base, out);
	a = against(fx, out, 1, "none");
	assert_list(a, "only_in_archive", "extra.c");
	assert_list(a, "only_in_rev", NULL);
	json_decref(a);

	/* dropped */
	sh("python3 '%s/mutate.py' '%s' '%s' drop proj-1.0/src/mit.py",
	   HDRCHECK_TEST_SRC, base, out);
	a = against(fx, out, 1, "none");
	assert_list(a, "only_in_archive", NULL);
	assert_list(a, "only_in_rev", "src/mit.py");
	json_decref(a);

	/* changed content */
	sh("python3 '%s/mutate.py' '%s' '%s' change proj-1.0/src/ok.c "
	   "'int evil;'",
	   HDRCHECK_TEST_SRC, base, out);
	a = against(fx, out, 1, "none");
	assert_modified(a, "src/ok.c", "content");
	json_decref(a);

	/* mode */
	sh("python3 '%s/mutate.py' '%s' '%s' chmod proj-1.0/run.sh 644",
	   HDRCHECK_TEST_SRC, base, out);
	a = against(fx, out, 1, "none");
	assert_modified(a, "run.sh", "mode");
	assert_string_equal(
	    json_string_value(json_object_get(
	        json_array_get(json_object_get(a, "modified"), 0),
	        "archive_mode")),
	    "100644");
	json_decref(a);

	/* symlink target */
	sh("python3 '%s/mutate.py' '%s' '%s' relink proj-1.0/link.c "
	   "/etc/passwd",
	   HDRCHECK_TEST_SRC, base, out);
	a = against(fx, out, 1, "none");
	assert_modified(a, "link.c", "symlink");
	json_decref(a);

	/* the text report names the differences; -q keeps them */
	fixture_run(&res, fx->root, 0, "-q", "--archive", out, "--against",
	            "HEAD", (char *)NULL);
	assert_int_equal(res.status, 1);
	assert_non_null(strstr(res.out, "archive differs from HEAD"));
	assert_non_null(strstr(res.out, "link.c: symlink"));
	fixture_result_dispose(&res);

	/* --against without --archive, an unknown revision: usage errors */
	fixture_run(&res, fx->root, 0, "--against", "HEAD", (char *)NULL);
	assert_int_equal(res.status, 2);
	fixture_result_dispose(&res);
	fixture_run(&res, fx->root, 0, "--archive", base, "--against",
	            "no-such-rev", (char *)NULL);
	assert_int_equal(res.status, 2);
	assert_non_null(strstr(res.err, "hdrcheck: --against no-such-rev"));
	fixture_result_dispose(&res);

	free(base);
	free(zip);
	free(out);
	fixture_free(fx);
}

/* The one finding of path in the report of the archive name. */
static void expect(const char *name, const char *path, const char *status,
                   const char *reason_part)
{
	char file[512];
	fixture_result res;
	json_t *doc, *f;
	const char *reason;

	snprintf(file, sizeof(file), "%s/%s", ARCHIVES, name);
	fixture_run(&res, ARCHIVES "/run", 0, "--format", "json", "--archive",
	            file, (char *)NULL);
	if (res.status != 1)
		fail_msg("%s: exit %d: %s", name, res.status, res.err);
	doc = parse_json(&res);
	if (!(f = find_file(doc, path)))
		fail_msg("%s: no finding for %s: %s", name, path, res.out);
	assert_string_equal(json_string_value(json_object_get(f, "status")),
	                    status);
	reason = json_string_value(json_object_get(f, "reason"));
	if (reason_part && (!reason || !strstr(reason, reason_part)))
		fail_msg("%s: %s: reason %s", name, path,
		         reason ? reason : "null");
	json_decref(doc);
	fixture_result_dispose(&res);
}

/* The number of findings of the archive name. */
static void expect_count(const char *name, size_t n)
{
	char file[512];
	fixture_result res;
	json_t *doc;

	snprintf(file, sizeof(file), "%s/%s", ARCHIVES, name);
	fixture_run(&res, ARCHIVES "/run", 0, "--format", "json", "--archive",
	            file, (char *)NULL);
	doc = parse_json(&res);
	if (json_array_size(json_object_get(doc, "files")) != n)
		fail_msg("%s: not %zu findings: %s", name, n, res.out);
	json_decref(doc);
	fixture_result_dispose(&res);
}

static void expect_error(const char *name, const char *part)
{
	char file[512], want[600];
	fixture_result res;

	snprintf(file, sizeof(file), "%s/%s", ARCHIVES, name);
	fixture_run(&res, ARCHIVES "/run", 0, "--archive", file, (char *)NULL);
	if (res.status != 2)
		fail_msg("%s: exit %d, not 2", name, res.status);
	/* one line, naming the file */
	snprintf(want, sizeof(want), "hdrcheck: %s: ", file);
	assert_memory_equal(res.err, want, strlen(want));
	assert_non_null(strstr(res.err, part));
	assert_ptr_equal(strchr(res.err, '\n'), res.err + res.err_len - 1);
	assert_int_equal(res.out_len, 0);
	fixture_result_dispose(&res);
}

static void test_cli_archive__hostile(void **state)
{
	DIR *d;
	struct dirent *de;

	(void)state;
	sh("rm -rf '%s' && python3 '%s/make_archives.py' '%s' --bomb && "
	   "mkdir '%s/run'",
	   ARCHIVES, HDRCHECK_TEST_SRC, ARCHIVES, ARCHIVES);
	/* every format; LICENSE and NOTICE are where they must be */
	expect("plain.tar.zst", "src/b.c", "missing", NULL);
	expect("plain.tar.xz", "LICENSE", "skipped", "excluded");
	expect("plain.tar.bz2", "link", "skipped", "symlink");
	expect("stored.zip", "src/a.c", "ok", NULL);
	/* "./" in front of every name, and the root's own "./" entry */
	expect("dotslash.tar", "src/b.c", "missing", NULL);
	expect_count("dotslash.tar", 6);
	expect("dotdot.tar", "proj/../../etc/evil.c", "error", "\"..\"");
	expect("dotdot.tar", "proj/a/../b.c", "error", "\"..\"");
	expect("dotdot.tar", "ok.c", "missing", NULL);
	expect("absolute.tar", "/etc/evil.c", "error", "absolute");
	expect("symlinks.tar", "passwd", "skipped", "symlink");
	expect("symlinks.tar", "up", "skipped", "symlink");
	expect("duplicate.tar", "a.c", "error", "2 times");
	expect("devices.tar", "null", "skipped", "unsupported_type");
	expect("devices.tar", "fifo", "skipped", "unsupported_type");
	expect("devices.tar", "hard.c", "error", "hard link");
	expect("hostile.zip", "../evil.c", "error", "\"..\"");
	expect("hostile.zip", "ok.c", "error", "2 times");
	/* ASF release policy: LICENSE and NOTICE at the root */
	expect("absolute.tar", "LICENSE", "missing", "no LICENSE file");
	expect("absolute.tar", "NOTICE", "missing", "no NOTICE file");

	expect_error("truncated.tar.gz", "truncated");
	expect_error("corrupt.tar.gz", "");
	expect_error("truncated.tar", "runcated");
	expect_error("notarchive.txt", "Unrecognized archive format");
	expect_error("empty.tar.gz", "");
	expect_error("no-such.tar", "No such file");
	expect_error("bomb.tar.gz", "decompression bomb");

	/* nothing was extracted anywhere near */
	assert_non_null(d = opendir(ARCHIVES "/run"));
	while ((de = readdir(d)) != NULL)
		if (strcmp(de->d_name, ".") && strcmp(de->d_name, ".."))
			fail_msg("written: %s", de->d_name);
	closedir(d);
	assert_int_equal(access(ARCHIVES "/etc", F_OK), -1);
	assert_int_equal(access("/etc/evil.c", F_OK), -1);
	assert_int_equal(access("/abs.c", F_OK), -1);
}

/* The buffer's text as a C string of its own; b disposed. */
static char *detach(hdrcheck_buf *b)
{
	char *s = hdrcheck__strdup(hdrcheck__buf_cstr(b));

	assert_non_null(s);
	hdrcheck__buf_dispose(b);
	return s;
}

/* s with every occurrence of from replaced by to (malloc'd). */
static char *replace_all(const char *s, const char *from, const char *to)
{
	hdrcheck_buf b = HDRCHECK_BUF_INIT;
	const char *p;

	while ((p = strstr(s, from)) != NULL) {
		assert_int_equal(hdrcheck__buf_put(&b, s, (size_t)(p - s)), 0);
		assert_int_equal(hdrcheck__buf_puts(&b, to), 0);
		s = p + strlen(from);
	}
	assert_int_equal(hdrcheck__buf_puts(&b, s), 0);
	return detach(&b);
}

/* The lines of text between the first holding start and the first after
 * it holding end (both included; end NULL: to the end); with start
 * "\n"-free and end NULL and every set, each line holding start. */
static char *cut(const char *text, const char *start, const char *end,
                 int every)
{
	hdrcheck_buf b = HDRCHECK_BUF_INIT;
	const char *line = text, *nl;
	int in = 0;

	for (; *line; line = nl ? nl + 1 : line + strlen(line)) {
		size_t len;

		nl = strchr(line, '\n');
		len = nl ? (size_t)(nl - line) + 1 : strlen(line);
		if (every) {
			char *l = hdrcheck__strndup(line, len);

			if (strstr(l, start))
				assert_int_equal(
				    hdrcheck__buf_put(&b, line, len), 0);
			free(l);
			continue;
		}
		if (!in) {
			char *l = hdrcheck__strndup(line, len);

			in = strstr(l, start) != NULL;
			free(l);
			if (in) {
				assert_int_equal(
				    hdrcheck__buf_put(&b, line, len), 0);
				continue;
			}
		}
		if (in) {
			char *l = hdrcheck__strndup(line, len);
			int last = end && strstr(l, end) != NULL;

			free(l);
			assert_int_equal(hdrcheck__buf_put(&b, line, len), 0);
			if (last)
				break;
		}
	}
	return detach(&b);
}

static void check_golden(const char *name, const char *got)
{
	char *path = hdrcheck__aprintf("%s/reports/archive/%s",
	                               HDRCHECK_TEST_DATA, name);
	char *want = NULL;
	size_t len = 0;
	FILE *f;

	assert_non_null(path);
	if (getenv("HDRCHECK_UPDATE_GOLDEN")) {
		f = fopen(path, "wb");
		assert_non_null(f);
		fputs(got, f);
		fclose(f);
	}
	f = fopen(path, "rb");
	if (!f)
		fail_msg("no golden file %s", path);
	want = malloc(1 << 20);
	assert_non_null(want);
	len = fread(want, 1, (1 << 20) - 1, f);
	fclose(f);
	if (len != strlen(got) || memcmp(want, got, len)) {
		golden_diff(name, want, len, got, strlen(got));
		fail_msg("%s differs from its golden file", name);
	}
	free(want);
	free(path);
}

/*
 * The comparison in every report format, on one archive with each kind of
 * difference: a file added, one dropped, one changed, one whose mode
 * changed. The part of each report that shows it is compared with a
 * golden file (tests/data/reports/archive/), the repository's path and
 * commit replaced by @ROOT@ and @COMMIT@.
 */
static void test_cli_archive__every_format(void **state)
{
	static const struct {
		const char *format, *golden, *start, *end;
		int every;
	} formats[] = {
	    {"markdown", "markdown.md", "### Release archive", "###", 0},
	    {"junit", "junit.xml", "hdrcheck.archive", "</testsuite>", 0},
	    {"sarif", "sarif.json", "archive", NULL, 1},
	    {"html", "html.html", "<section id=\"archive\">", "</section>", 0},
	    {"csv", "csv.csv", NULL, NULL, 0},
	};
	fixture *fx = release_repo();
	char *base = fixture_path(fx, "base.tar.gz");
	char *a = fixture_path(fx, "a.tar.gz");
	char *b = fixture_path(fx, "b.tar.gz");
	fixture_result res;
	size_t i;

	(void)state;
	sh("git -C '%s' archive --prefix=proj-1.0/ -o '%s' HEAD", fx->root,
	   base);
	sh("python3 '%s/mutate.py' '%s' '%s' add proj-1.0/extra.c 'int e;'",
	   HDRCHECK_TEST_SRC, base, a);
	sh("python3 '%s/mutate.py' '%s' '%s' drop proj-1.0/src/mit.py",
	   HDRCHECK_TEST_SRC, a, b);
	sh("python3 '%s/mutate.py' '%s' '%s' chmod proj-1.0/run.sh 644",
	   HDRCHECK_TEST_SRC, b, a);
	sh("python3 '%s/mutate.py' '%s' '%s' change proj-1.0/src/ok.c "
	   "'int evil;'",
	   HDRCHECK_TEST_SRC, a, b);
	setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
	for (i = 0; i < sizeof(formats) / sizeof(formats[0]); i++) {
		char *t1, *t2, *t3, *part;
		char short_commit[13];

		fixture_run(&res, fx->root, 0, "--format", formats[i].format,
		            "--archive", b, "--against", "HEAD", (char *)NULL);
		if (res.status != 1)
			fail_msg("%s: exit %d: %s", formats[i].format,
			         res.status, res.err);
		memcpy(short_commit, fx->head, 12);
		short_commit[12] = '\0';
		t1 = replace_all(res.out, fx->head, "@COMMIT@");
		t2 = replace_all(t1, short_commit, "@COMMIT@");
		t3 = replace_all(t2, fx->root, "@ROOT@");
		part = formats[i].start ? cut(t3, formats[i].start,
		                              formats[i].end, formats[i].every)
		                        : hdrcheck__strdup(t3);
		assert_non_null(part);
		if (!strcmp(formats[i].format, "html")) {
			/* and the verdict line in the header */
			char *verdict = cut(t3, "archive-verdict", NULL, 1);
			char *both = hdrcheck__aprintf("%s%s", verdict, part);

			assert_non_null(both);
			assert_non_null(strstr(verdict, "differs from HEAD"));
			free(verdict);
			free(part);
			part = both;
		}
		/* each difference is there, whatever the format */
		assert_non_null(strstr(part, "extra.c"));
		assert_non_null(strstr(part, "src/mit.py"));
		assert_non_null(strstr(part, "run.sh"));
		assert_non_null(strstr(part, "src/ok.c"));
		check_golden(formats[i].golden, part);
		free(part);
		free(t1);
		free(t2);
		free(t3);
		fixture_result_dispose(&res);
	}
	unsetenv("SOURCE_DATE_EPOCH");

	/* an identical archive: said so, and nothing fails */
	fixture_run(&res, fx->root, 0, "--format", "markdown", "--fail-on",
	            "none", "--archive", base, "--against", "HEAD",
	            (char *)NULL);
	assert_int_equal(res.status, 0);
	assert_non_null(strstr(res.out, "matches `HEAD`"));
	fixture_result_dispose(&res);
	fixture_run(&res, fx->root, 0, "--format", "junit", "--fail-on", "none",
	            "--archive", base, "--against", "HEAD", (char *)NULL);
	assert_int_equal(res.status, 0);
	assert_non_null(strstr(res.out, "name=\"matches HEAD\""));
	fixture_result_dispose(&res);

	free(base);
	free(a);
	free(b);
	fixture_free(fx);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_cli_archive__verdicts_equal_rev),
	    cmocka_unit_test(test_cli_archive__against),
	    cmocka_unit_test(test_cli_archive__every_format),
	    cmocka_unit_test(test_cli_archive__spdx_checksums),
	    cmocka_unit_test(test_cli_archive__hostile),
	};

	return cmocka_run_group_tests_name(
	    "cli_archive", tests, fixture_group_setup, fixture_group_teardown);
}
