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
 * The safety of writing (fixer/write.c, through hdrcheck__fix_run): mode,
 * owner and extended attributes kept, symlinks and paths out of the tree
 * refused, read-only and hard-linked files reported, a file changed during
 * the run left alone, no temporary file left behind, and nothing but the
 * header region changed.
 */

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <unistd.h>
#include <cmocka.h>
#include "fixer/fixer.h"
#include "../cli/fixture.h"

#define CODE "int x;\n"

static void fix(hdrcheck_fix_result **res, fixture *fx, int dry_run,
                hdrcheck__fix_hook hook, void *payload)
{
	hdrcheck_check_options copts = HDRCHECK_CHECK_OPTIONS_INIT;
	hdrcheck_fix_options fopts = HDRCHECK_FIX_OPTIONS_INIT;

	copts.dir = fx->root;
	copts.jobs = 1;
	copts.no_cache = 1;
	fopts.check = &copts;
	fopts.dry_run = dry_run;
	fopts.year = 2026;
	if (hdrcheck__fix_run(res, &fopts, hook, payload) < 0)
		fail_msg("fix: %s", hdrcheck_error_last());
}

static const hdrcheck_fix_entry *entry(const hdrcheck_fix_result *res,
                                       const char *path)
{
	size_t i;

	for (i = 0; i < hdrcheck_fix_result_count(res); i++)
		if (!strcmp(hdrcheck_fix_result_get(res, i)->path, path))
			return hdrcheck_fix_result_get(res, i);
	return NULL;
}

static char *read_all(fixture *fx, const char *rel, size_t *len)
{
	char *p = fixture_path(fx, rel), *buf;
	FILE *f = fopen(p, "rb");
	long n;

	assert_non_null(f);
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc((size_t)n + 1);
	assert_non_null(buf);
	assert_int_equal(fread(buf, 1, (size_t)n, f), (size_t)n);
	buf[n] = '\0';
	fclose(f);
	free(p);
	if (len)
		*len = (size_t)n;
	return buf;
}

static void stat_rel(fixture *fx, const char *rel, struct stat *st)
{
	char *p = fixture_path(fx, rel);

	assert_int_equal(lstat(p, st), 0);
	free(p);
}

static int has_header(fixture *fx, const char *rel)
{
	char *text = read_all(fx, rel, NULL);
	int yes = strstr(text, "Licensed under the Apache License") != NULL;

	free(text);
	return yes;
}

/* No ".name.hdrcheck-XXXXXX" anywhere in dir. */
static void assert_no_temp_files(fixture *fx, const char *dir)
{
	char *p = fixture_path(fx, dir);
	struct dirent *de;
	DIR *d = opendir(p);

	assert_non_null(d);
	while ((de = readdir(d)) != NULL)
		if (strstr(de->d_name, ".hdrcheck-"))
			fail_msg("temporary file %s left in %s", de->d_name,
			         dir);
	closedir(d);
	free(p);
}

static void test_fixer_write__mode_bits_kept(void **state)
{
	static const mode_t modes[] = {0755, 0640, 0600, 02755, 0700};
	fixture *fx = fixture_new_repo();
	hdrcheck_fix_result *res = NULL;
	char name[32];
	struct stat st;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(modes) / sizeof(modes[0]); i++) {
		char *p;

		snprintf(name, sizeof(name), "m%zu.c", i);
		fixture_write_mode(fx, name, CODE, strlen(CODE), 0644);
		/* past the umask */
		p = fixture_path(fx, name);
		assert_int_equal(chmod(p, modes[i]), 0);
		free(p);
	}
	fix(&res, fx, 0, NULL, NULL);
	assert_int_equal(hdrcheck_fix_result_fixed(res), 5);
	for (i = 0; i < sizeof(modes) / sizeof(modes[0]); i++) {
		snprintf(name, sizeof(name), "m%zu.c", i);
		stat_rel(fx, name, &st);
		assert_int_equal(st.st_mode & 07777, modes[i]);
		assert_true(has_header(fx, name));
	}
	assert_no_temp_files(fx, ".");
	hdrcheck_fix_result_free(res);
	fixture_free(fx);
}

static void test_fixer_write__owner_kept(void **state)
{
	fixture *fx;
	hdrcheck_fix_result *res = NULL;
	struct stat st;
	char *p;

	(void)state;
	if (geteuid() != 0)
		skip(); /* only root can give a file away */
	fx = fixture_new_repo();
	fixture_write(fx, "a.c", CODE);
	p = fixture_path(fx, "a.c");
	assert_int_equal(chown(p, 4321, 4322), 0);
	free(p);
	fix(&res, fx, 0, NULL, NULL);
	assert_int_equal(hdrcheck_fix_result_fixed(res), 1);
	stat_rel(fx, "a.c", &st);
	assert_int_equal(st.st_uid, 4321);
	assert_int_equal(st.st_gid, 4322);
	hdrcheck_fix_result_free(res);
	fixture_free(fx);
}

static void test_fixer_write__xattrs_kept(void **state)
{
	fixture *fx = fixture_new_repo();
	hdrcheck_fix_result *res = NULL;
	char *p, value[16];
	ssize_t n;

	(void)state;
	fixture_write(fx, "a.c", CODE);
	p = fixture_path(fx, "a.c");
	if (setxattr(p, "user.hdrcheck", "kept", 4, 0) < 0) {
		free(p);
		fixture_free(fx);
		skip(); /* the file system has no user attributes */
	}
	fix(&res, fx, 0, NULL, NULL);
	assert_int_equal(hdrcheck_fix_result_fixed(res), 1);
	n = getxattr(p, "user.hdrcheck", value, sizeof(value));
	assert_int_equal(n, 4);
	assert_memory_equal(value, "kept", 4);
	free(p);
	hdrcheck_fix_result_free(res);
	fixture_free(fx);
}

static void test_fixer_write__symlinks_left_alone(void **state)
{
	fixture *fx = fixture_new_repo(), *out = fixture_new_repo();
	hdrcheck_fix_result *res = NULL;
	char *target = fixture_path(out, "outside.c"), *text;
	struct stat st;

	(void)state;
	fixture_write(out, "outside.c", CODE);
	fixture_write(out, "dir/inner.c", CODE);
	fixture_symlink(fx, "link.c", target);
	fixture_symlink(fx, "inlink.c", "real.c");
	fixture_write(fx, "real.c", CODE);
	{
		char *d = fixture_path(out, "dir");

		fixture_symlink(fx, "dirlink", d);
		free(d);
	}
	fix(&res, fx, 0, NULL, NULL);
	/* the links are links still, the files outside untouched */
	stat_rel(fx, "link.c", &st);
	assert_true(S_ISLNK(st.st_mode));
	stat_rel(fx, "inlink.c", &st);
	assert_true(S_ISLNK(st.st_mode));
	stat_rel(fx, "dirlink", &st);
	assert_true(S_ISLNK(st.st_mode));
	text = read_all(out, "outside.c", NULL);
	assert_string_equal(text, CODE);
	free(text);
	text = read_all(out, "dir/inner.c", NULL);
	assert_string_equal(text, CODE);
	free(text);
	assert_null(entry(res, "link.c"));
	assert_null(entry(res, "dirlink/inner.c"));
	/* the file inside the tree is fixed */
	assert_non_null(entry(res, "real.c"));
	assert_true(has_header(fx, "real.c"));
	hdrcheck_fix_result_free(res);
	free(target);
	fixture_free(fx);
	fixture_free(out);
}

static void test_fixer_write__open_stays_in_the_tree(void **state)
{
	fixture *fx = fixture_new_repo(), *out = fixture_new_repo();
	hdrcheck__fix_file f = HDRCHECK__FIX_FILE_INIT;
	char *why = NULL, *d;
	int root;

	(void)state;
	fixture_write(out, "dir/inner.c", CODE);
	d = fixture_path(out, "dir");
	fixture_symlink(fx, "dirlink", d);
	free(d);
	fixture_write(fx, "sub/a.c", CODE);
	fixture_symlink(fx, "a-link.c", "sub/a.c");
	assert_true((root = open(fx->root, O_RDONLY | O_DIRECTORY)) >= 0);

	assert_int_equal(
	    hdrcheck__fix_file_open(&f, root, "dirlink/inner.c", &why), 1);
	assert_non_null(strstr(why, "symlink"));
	free(why);
	assert_int_equal(hdrcheck__fix_file_open(&f, root, "a-link.c", &why),
	                 1);
	assert_string_equal(why, "is a symlink");
	free(why);
	assert_int_equal(
	    hdrcheck__fix_file_open(&f, root, "sub/../sub/a.c", &why), 1);
	free(why);
	assert_int_equal(hdrcheck__fix_file_open(&f, root, "../x.c", &why), 1);
	free(why);
	assert_int_equal(hdrcheck__fix_file_open(&f, root, "sub", &why), 1);
	free(why);
	assert_int_equal(hdrcheck__fix_file_open(&f, root, "sub/a.c", &why), 0);
	assert_int_equal(f.len, strlen(CODE));
	assert_memory_equal(f.data, CODE, f.len);
	hdrcheck__fix_file_close(&f);
	close(root);
	fixture_free(fx);
	fixture_free(out);
}

static void test_fixer_write__read_only_reported(void **state)
{
	fixture *fx = fixture_new_repo();
	hdrcheck_fix_result *res = NULL;
	const hdrcheck_fix_entry *e;
	struct stat st;
	char *text, *p;

	(void)state;
	fixture_write(fx, "ro.c", CODE);
	p = fixture_path(fx, "ro.c");
	assert_int_equal(chmod(p, 0444), 0);
	free(p);
	fix(&res, fx, 0, NULL, NULL);
	assert_non_null(e = entry(res, "ro.c"));
	assert_int_equal(e->action, HDRCHECK_FIX_NOT_FIXABLE);
	assert_int_equal(e->status, HDRCHECK_STATUS_MISSING);
	assert_string_equal(e->reason, "read-only file");
	assert_int_equal(hdrcheck_fix_result_fixed(res), 0);
	assert_int_equal(hdrcheck_fix_result_not_fixable(res), 1);
	text = read_all(fx, "ro.c", NULL);
	assert_string_equal(text, CODE);
	free(text);
	stat_rel(fx, "ro.c", &st);
	assert_int_equal(st.st_mode & 07777, 0444);
	hdrcheck_fix_result_free(res);
	/* and a dry run does not offer to change it either */
	fix(&res, fx, 1, NULL, NULL);
	assert_int_equal(hdrcheck_fix_result_not_fixable(res), 1);
	assert_string_equal(hdrcheck_fix_result_diff(res, NULL), "");
	hdrcheck_fix_result_free(res);
	fixture_free(fx);
}

static void test_fixer_write__hard_link_reported(void **state)
{
	fixture *fx = fixture_new_repo();
	hdrcheck_fix_result *res = NULL;
	const hdrcheck_fix_entry *e;
	char *a, *b, *text;

	(void)state;
	fixture_write(fx, "a.c", CODE);
	a = fixture_path(fx, "a.c");
	b = fixture_path(fx, "b.c");
	assert_int_equal(link(a, b), 0);
	fix(&res, fx, 0, NULL, NULL);
	assert_non_null(e = entry(res, "a.c"));
	assert_int_equal(e->action, HDRCHECK_FIX_NOT_FIXABLE);
	assert_non_null(strstr(e->reason, "hard links"));
	text = read_all(fx, "b.c", NULL);
	assert_string_equal(text, CODE);
	free(text);
	hdrcheck_fix_result_free(res);
	free(a);
	free(b);
	fixture_free(fx);
}

typedef struct {
	fixture *fx;
	const char *rel;
	int replace; /* 1: a new file renamed over it; 0: appended to */
	int calls;
} meddler;

/* Someone else writes the file while fix is at work. */
static void meddle(void *payload)
{
	meddler *m = payload;
	char *p = fixture_path(m->fx, m->rel);

	m->calls++;
	if (m->replace) {
		char *tmp = fixture_path(m->fx, "other.tmp");
		FILE *f = fopen(tmp, "wb");

		assert_non_null(f);
		fputs(CODE, f); /* same bytes, another file */
		fclose(f);
		assert_int_equal(rename(tmp, p), 0);
		free(tmp);
	} else {
		FILE *f = fopen(p, "ab");

		assert_non_null(f);
		fputs("int y;\n", f);
		fclose(f);
	}
	free(p);
}

static void test_fixer_write__changed_during_run(void **state)
{
	fixture *fx = fixture_new_repo();
	hdrcheck_fix_result *res = NULL;
	const hdrcheck_fix_entry *e;
	meddler m = {NULL, "sub/a.c", 0, 0};
	char *text;

	(void)state;
	m.fx = fx;
	fixture_write(fx, "sub/a.c", CODE);
	fix(&res, fx, 0, meddle, &m);
	assert_int_equal(m.calls, 1);
	assert_non_null(e = entry(res, "sub/a.c"));
	assert_int_equal(e->action, HDRCHECK_FIX_NOT_FIXABLE);
	assert_non_null(strstr(e->reason, "changed while being fixed"));
	text = read_all(fx, "sub/a.c", NULL);
	assert_string_equal(text, CODE "int y;\n");
	free(text);
	assert_no_temp_files(fx, "sub");
	hdrcheck_fix_result_free(res);

	/* replaced by another file with the same bytes: still not ours */
	fixture_write(fx, "sub/a.c", CODE);
	m.replace = 1;
	fix(&res, fx, 0, meddle, &m);
	assert_non_null(e = entry(res, "sub/a.c"));
	assert_int_equal(e->action, HDRCHECK_FIX_NOT_FIXABLE);
	assert_false(has_header(fx, "sub/a.c"));
	assert_no_temp_files(fx, "sub");
	hdrcheck_fix_result_free(res);

	/* left alone, the next run fixes it */
	fix(&res, fx, 0, NULL, NULL);
	assert_int_equal(entry(res, "sub/a.c")->action, HDRCHECK_FIX_INSERTED);
	assert_true(has_header(fx, "sub/a.c"));
	hdrcheck_fix_result_free(res);
	fixture_free(fx);
}

static void test_fixer_write__only_the_header_changes(void **state)
{
	fixture *fx = fixture_new_repo();
	hdrcheck_fix_result *res = NULL;
	size_t n = 1u << 20, i, len;
	char *body = malloc(n), *text;

	(void)state;
	assert_non_null(body);
	/* a megabyte of every byte but NUL, in CRLF lines */
	for (i = 0; i < n; i++)
		body[i] = (char)(1 + (i * 7919) % 255);
	for (i = 0; i + 1 < n; i += 64) {
		body[i] = '\r';
		body[i + 1] = '\n';
	}
	memcpy(body, "x = 1\r\n", 7);
	fixture_write_mode(fx, "big.py", body, n, 0644);
	fix(&res, fx, 0, NULL, NULL);
	assert_int_equal(entry(res, "big.py")->action, HDRCHECK_FIX_INSERTED);
	text = read_all(fx, "big.py", &len);
	assert_true(len > n);
	assert_memory_equal(text + (len - n), body, n);
	/* the header took the file's CRLF */
	assert_non_null(strstr(text, "Licensed under"));
	for (i = 0; i < len - n; i++)
		if (text[i] == '\n')
			assert_int_equal(text[i - 1], '\r');
	free(text);
	free(body);
	hdrcheck_fix_result_free(res);
	fixture_free(fx);
}

static void test_fixer_write__other_files_untouched(void **state)
{
	static const char *const names[] = {"ok.sh",  "mit.c",   "bin.c",
	                                    "gen.go", "empty.c", "data.json"};
	fixture *fx = fixture_new_repo();
	hdrcheck_fix_result *res = NULL;
	struct stat before[6], after[6];
	const hdrcheck_fix_entry *e;
	size_t i;

	(void)state;
	fixture_write(fx, "ok.sh", fixture_header_hash);
	fixture_write(fx, "mit.c", "// SPDX-License-Identifier: MIT\n" CODE);
	fixture_write_mode(fx, "bin.c", "int\0x;\n", 7, 0644);
	fixture_write(fx, "gen.go",
	              "// Code generated by x. DO NOT EDIT.\n"
	              "package x\n");
	fixture_write(fx, "empty.c", "");
	fixture_write(fx, "data.json", "{}\n");
	for (i = 0; i < 6; i++)
		stat_rel(fx, names[i], &before[i]);
	sleep(1); /* a rewrite would show in the times */
	fix(&res, fx, 0, NULL, NULL);
	for (i = 0; i < 6; i++) {
		stat_rel(fx, names[i], &after[i]);
		assert_int_equal(before[i].st_ino, after[i].st_ino);
		assert_int_equal(before[i].st_mtim.tv_sec,
		                 after[i].st_mtim.tv_sec);
		assert_int_equal(before[i].st_mtim.tv_nsec,
		                 after[i].st_mtim.tv_nsec);
	}
	assert_int_equal(hdrcheck_fix_result_fixed(res), 0);
	/* only the violation is reported, with its reason */
	assert_int_equal(hdrcheck_fix_result_count(res), 1);
	assert_non_null(e = entry(res, "mit.c"));
	assert_int_equal(e->status, HDRCHECK_STATUS_OTHER_LICENSE);
	assert_string_equal(e->reason, "another license (MIT)");
	hdrcheck_fix_result_free(res);
	fixture_free(fx);
}

static void test_fixer_write__dry_run_writes_nothing(void **state)
{
	fixture *fx = fixture_new_repo();
	hdrcheck_fix_result *res = NULL;
	struct stat before, after;
	const char *diff;
	char *text;

	(void)state;
	fixture_write(fx, "a.c", CODE);
	stat_rel(fx, "a.c", &before);
	fix(&res, fx, 1, NULL, NULL);
	assert_int_equal(hdrcheck_fix_result_fixed(res), 1);
	assert_int_equal(entry(res, "a.c")->action, HDRCHECK_FIX_INSERTED);
	diff = hdrcheck_fix_result_diff(res, NULL);
	assert_true(strncmp(diff,
	                    "diff --git a/a.c b/a.c\n--- a/a.c\n"
	                    "+++ b/a.c\n@@ -1,1 +1,",
	                    strlen("diff --git a/a.c b/a.c\n--- a/a.c\n"
	                           "+++ b/a.c\n@@ -1,1 +1,")) == 0);
	assert_non_null(strstr(diff, "\n+/*\n"));
	assert_non_null(strstr(diff, "\n+\n int x;\n"));
	stat_rel(fx, "a.c", &after);
	assert_int_equal(before.st_ino, after.st_ino);
	assert_int_equal(before.st_mtim.tv_nsec, after.st_mtim.tv_nsec);
	text = read_all(fx, "a.c", NULL);
	assert_string_equal(text, CODE);
	free(text);
	assert_no_temp_files(fx, ".");
	hdrcheck_fix_result_free(res);
	fixture_free(fx);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_fixer_write__mode_bits_kept),
	    cmocka_unit_test(test_fixer_write__owner_kept),
	    cmocka_unit_test(test_fixer_write__xattrs_kept),
	    cmocka_unit_test(test_fixer_write__symlinks_left_alone),
	    cmocka_unit_test(test_fixer_write__open_stays_in_the_tree),
	    cmocka_unit_test(test_fixer_write__read_only_reported),
	    cmocka_unit_test(test_fixer_write__hard_link_reported),
	    cmocka_unit_test(test_fixer_write__changed_during_run),
	    cmocka_unit_test(test_fixer_write__only_the_header_changes),
	    cmocka_unit_test(test_fixer_write__other_files_untouched),
	    cmocka_unit_test(test_fixer_write__dry_run_writes_nothing),
	};

	return cmocka_run_group_tests(tests, fixture_group_setup,
	                              fixture_group_teardown);
}
