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
 * `hdrcheck fix` end to end: exit statuses, the summary, --dry-run's diff
 * applied by git against the tree fix makes, --year-from-git, and usage
 * errors.
 */

#include <dirent.h>
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>
#include "../cli/fixture.h"

#define HOLDER_CONFIG                                                          \
	"version: 1\n"                                                         \
	"policies:\n"                                                          \
	"  - name: default\n"                                                  \
	"    paths: [\"**\"]\n"                                                \
	"    copyright:\n"                                                     \
	"      holder: \"The hdrcheck Authors\"\n"

#define DAMAGED_PY                                                             \
	"#!/usr/bin/env python3\n"                                             \
	"# Licensed under the Apache License, Version 2.0 (the "               \
	"\"License\");\n"                                                      \
	"# you may not use this file except in compliance with the "           \
	"License.\n"                                                           \
	"\n"                                                                   \
	"print(1)\n"

/* .hdrcheck.yaml with a holder (and its own header). */
static void write_config(fixture *fx)
{
	size_t n = strlen(fixture_header_hash) + sizeof(HOLDER_CONFIG);
	char *text = malloc(n);

	assert_non_null(text);
	snprintf(text, n, "%s%s", fixture_header_hash, HOLDER_CONFIG);
	fixture_write(fx, ".hdrcheck.yaml", text);
	free(text);
}

/* A tree with one file of every kind fix handles, and some it leaves. */
static void populate(fixture *fx)
{
	write_config(fx);
	fixture_write(fx, "src/a.c", "int a;\n");
	fixture_write(fx, "src/b.py", DAMAGED_PY);
	fixture_write(fx, "src/c d.xml", "<?xml version=\"1.0\"?>\n<r/>\n");
	fixture_write(fx, "src/e.java", "class E {}\r\n");
	fixture_write(fx, "src/f.sh", "#!/bin/sh");
	fixture_write_mode(fx, "src/g.sh", "#!/bin/sh\necho g\n", 17, 0755);
	fixture_write(fx, "src/\xC3\xA9t\xC3\xA9.go", "package x\n");
	fixture_write(fx, "ok.sh", fixture_header_hash);
	fixture_write(fx, "data.json", "{}\n");
}

static void run(fixture_result *res, fixture *fx, ...)
{
	const char *args[32];
	size_t n = 0;
	va_list ap;

	va_start(ap, fx);
	while ((args[n] = va_arg(ap, const char *)) != NULL)
		n++;
	va_end(ap);
	fixture_runv(res, fx->root, 0, args);
}

static int contains(const fixture_result *r, const char *s)
{
	return strstr(r->out, s) || strstr(r->err, s);
}

static void test_fixer_cli__fix_then_nothing_to_fix(void **state)
{
	fixture *fx = fixture_new_repo();
	fixture_result r = {0};

	(void)state;
	populate(fx);
	run(&r, fx, "fix", NULL);
	assert_int_equal(r.status, 1);
	assert_true(contains(&r, "src/a.c: inserted the header\n"));
	assert_true(contains(&r, "src/b.py: replaced the damaged header\n"));
	assert_true(contains(&r, "hdrcheck: fixed 7 files, 0 not fixable\n"));
	assert_false(contains(&r, "ok.sh"));
	assert_false(contains(&r, "data.json"));
	fixture_result_dispose(&r);

	/* idempotent: a second fix changes nothing and succeeds */
	run(&r, fx, "fix", NULL);
	assert_int_equal(r.status, 0);
	assert_string_equal(r.out, "hdrcheck: nothing to fix\n");
	fixture_result_dispose(&r);
	run(&r, fx, "fix", "--dry-run", NULL);
	assert_int_equal(r.status, 0);
	assert_string_equal(r.out, "");
	fixture_result_dispose(&r);

	/* and check has nothing to say either */
	run(&r, fx, "check", NULL);
	assert_int_equal(r.status, 0);
	fixture_result_dispose(&r);
	fixture_free(fx);
}

static char *read_path(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf;
	long n;

	assert_non_null(f);
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc((size_t)n + 1);
	assert_non_null(buf);
	assert_int_equal(fread(buf, 1, (size_t)n, f), (size_t)n);
	fclose(f);
	*len = (size_t)n;
	return buf;
}

/* The two trees hold the same files, byte for byte, with the same modes
 * (.git aside). */
static void assert_same_tree(const char *a, const char *b)
{
	struct dirent *de;
	DIR *d = opendir(a);
	size_t na = 0, nb = 0;

	assert_non_null(d);
	while ((de = readdir(d)) != NULL) {
		char pa[4096], pb[4096];
		struct stat sa, sb;

		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, "..") ||
		    !strcmp(de->d_name, ".git"))
			continue;
		na++;
		snprintf(pa, sizeof(pa), "%s/%s", a, de->d_name);
		snprintf(pb, sizeof(pb), "%s/%s", b, de->d_name);
		assert_int_equal(lstat(pa, &sa), 0);
		if (lstat(pb, &sb) < 0)
			fail_msg("%s: missing in the other tree", pb);
		assert_int_equal(sa.st_mode, sb.st_mode);
		if (S_ISDIR(sa.st_mode)) {
			assert_same_tree(pa, pb);
		} else {
			size_t la, lb;
			char *ca = read_path(pa, &la), *cb = read_path(pb, &lb);

			if (la != lb || memcmp(ca, cb, la) != 0)
				fail_msg("%s and %s differ", pa, pb);
			free(ca);
			free(cb);
		}
	}
	closedir(d);
	assert_non_null(d = opendir(b));
	while ((de = readdir(d)) != NULL)
		if (strcmp(de->d_name, ".") && strcmp(de->d_name, "..") &&
		    strcmp(de->d_name, ".git"))
			nb++;
	closedir(d);
	assert_int_equal(na, nb);
}

static void test_fixer_cli__dry_run_applies_as_fix(void **state)
{
	fixture *a = fixture_new_repo(), *b = fixture_new_repo();
	fixture_result r = {0};
	char patch[4096];
	FILE *f;
	pid_t pid;
	int status;

	(void)state;
	populate(a);
	populate(b);
	fixture_add(a, "src/a.c");
	fixture_commit(a, "some history");

	/* the dry run: a diff on stdout, the summary on stderr, no change */
	run(&r, a, "fix", "--dry-run", NULL);
	assert_int_equal(r.status, 1);
	assert_true(strncmp(r.out,
	                    "diff --git a/src/a.c b/src/a.c\n"
	                    "--- a/src/a.c\n+++ b/src/a.c\n",
	                    strlen("diff --git a/src/a.c b/src/a.c\n"
	                           "--- a/src/a.c\n+++ b/src/a.c\n")) == 0);
	assert_non_null(strstr(r.out, "diff --git \"a/src/\\303\\251t"));
	assert_non_null(strstr(r.err, "src/a.c: would insert the header\n"));
	assert_non_null(
	    strstr(r.err, "hdrcheck: would fix 7 files, 0 not fixable\n"));
	snprintf(patch, sizeof(patch), "%s.diff", a->root);
	assert_non_null(f = fopen(patch, "wb"));
	assert_int_equal(fwrite(r.out, 1, r.out_len, f), r.out_len);
	fclose(f);
	fixture_result_dispose(&r);
	run(&r, b, "check", "-q", NULL);
	assert_int_equal(r.status, 1);
	fixture_result_dispose(&r);

	/* git applies it; the tree is then the one fix makes */
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		if (chdir(a->root) < 0)
			_exit(126);
		execlp("git", "git", "apply", "--whitespace=nowarn", patch,
		       (char *)NULL);
		_exit(127);
	}
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	if (WEXITSTATUS(status) == 127) {
		unlink(patch);
		fixture_free(a);
		fixture_free(b);
		skip(); /* no git binary */
	}
	assert_int_equal(WEXITSTATUS(status), 0);
	run(&r, b, "fix", NULL);
	assert_int_equal(r.status, 1);
	fixture_result_dispose(&r);
	assert_same_tree(a->root, b->root);
	unlink(patch);
	fixture_free(a);
	fixture_free(b);
}

static void test_fixer_cli__not_fixable_exit_1(void **state)
{
	fixture *fx = fixture_new_repo();
	fixture_result r = {0};

	(void)state;
	fixture_write(fx, "mit.c", "// SPDX-License-Identifier: MIT\nint x;\n");
	fixture_write(fx, "ok.sh", fixture_header_hash);
	run(&r, fx, "fix", NULL);
	assert_int_equal(r.status, 1);
	assert_string_equal(r.out, "mit.c: not fixable (other_license): "
	                           "another license (MIT)\n"
	                           "hdrcheck: fixed 0 files, 1 not fixable\n");
	fixture_result_dispose(&r);
	/* a file named on its own whose type holds no comment */
	run(&r, fx, "fix", "-q", "ok.sh", "data.json", NULL);
	assert_int_equal(r.status, 2); /* data.json does not exist */
	fixture_result_dispose(&r);
	fixture_write(fx, "data.json", "{}\n");
	run(&r, fx, "fix", "-q", "ok.sh", "data.json", NULL);
	/* listed, but no violation: the hdrcheck-fix hook passes it */
	assert_int_equal(r.status, 0);
	assert_string_equal(r.out, "data.json: left alone (skipped): JSON "
	                           "files cannot hold a comment\n"
	                           "hdrcheck: nothing to fix\n");
	fixture_result_dispose(&r);
	/* in a directory, such files are simply skipped */
	fixture_write(fx, "mit.c", "int x;\n");
	run(&r, fx, "fix", "-q", NULL);
	assert_int_equal(r.status, 1);
	assert_string_equal(r.out, "hdrcheck: fixed 1 file, 0 not fixable\n");
	fixture_result_dispose(&r);
	fixture_free(fx);
}

/*
 * A directory below the root with a license file of its own holds code
 * under other terms (a vendored library, a benchmark suite): fix leaves
 * it alone, unless that file is the policy's license (its text's title
 * or its header).
 */
static void test_fixer_cli__third_party_directory(void **state)
{
	fixture *fx = fixture_new_repo();
	fixture_result r = {0};

	(void)state;
	fixture_mkdir(fx, "bench");
	fixture_mkdir(fx, "bench/suite");
	fixture_write(fx, "bench/suite/LICENSE",
	              "Permission is hereby granted, free of charge, to any "
	              "person obtaining a copy\nof this software.\n");
	fixture_write(fx, "bench/suite/deep.c", "int deep;\n");
	fixture_mkdir(fx, "module");
	fixture_write(fx, "module/LICENSE",
	              "\n                                 Apache License\n"
	              "                           Version 2.0, January 2004\n");
	fixture_write(fx, "module/own.c", "int own;\n");
	fixture_write(fx, "top.c", "int top;\n");
	run(&r, fx, "fix", NULL);
	assert_int_equal(r.status, 1);
	assert_non_null(strstr(r.out, "bench/suite/deep.c: not fixable "
	                              "(missing): bench/suite has its own "
	                              "license file (bench/suite/LICENSE)"));
	assert_non_null(strstr(r.out, "module/own.c: inserted the header"));
	assert_non_null(strstr(r.out, "top.c: inserted the header"));
	assert_non_null(strstr(r.out, "fixed 2 files, 1 not fixable"));
	fixture_result_dispose(&r);
	fixture_free(fx);
}

/* The text of a file of the test data (NUL-terminated; free it). */
static char *read_data(const char *name)
{
	char path[4096], *text;
	FILE *f;
	long n;

	snprintf(path, sizeof(path), "%s/%s", HDRCHECK_TEST_DATA, name);
	assert_non_null(f = fopen(path, "rb"));
	assert_int_equal(fseek(f, 0, SEEK_END), 0);
	assert_true((n = ftell(f)) > 0);
	rewind(f);
	assert_non_null(text = malloc((size_t)n + 1));
	assert_int_equal(fread(text, 1, (size_t)n, f), (size_t)n);
	text[n] = '\0';
	fclose(f);
	return text;
}

/*
 * A notice that states the policy's license by reference to the license
 * file ("distributed under the same license as the X package", a gettext
 * catalogue's) is a mismatch for check; fix leaves it, and says so, not
 * that the file changed since the check.
 */
static void test_fixer_cli__license_by_reference(void **state)
{
	fixture *fx = fixture_new_repo();
	fixture_result r = {0};
	char *license = read_data("reuse/license-file/tree/LICENSE");

	(void)state;
	fixture_write(fx, "LICENSE", license);
	fixture_write(fx, "de.po",
	              "# German translations for the demo package.\n"
	              "# This file is distributed under the same license "
	              "as the demo package.\n"
	              "msgid \"\"\nmsgstr \"\"\n");
	run(&r, fx, "fix", NULL);
	assert_int_equal(r.status, 1);
	assert_non_null(strstr(r.out, "de.po: not fixable (mismatch): the "
	                              "header states the license by reference "
	                              "to the license file"));
	assert_null(strstr(r.out, "changed since the check"));
	fixture_result_dispose(&r);
	fixture_free(fx);
	free(license);
}

/* Commit the index with an author date of t (seconds) in a zone offset
 * minutes east of UTC. */
static void commit_at(fixture *fx, long long t, int offset)
{
	git_index *index = NULL;
	git_signature *sig = NULL;
	git_tree *tree = NULL;
	git_commit *parent = NULL;
	git_oid tree_id, id, parent_id;
	const git_commit *parents[1];
	size_t n = 0;

	assert_int_equal(git_repository_index(&index, fx->repo), 0);
	assert_int_equal(git_index_write_tree(&tree_id, index), 0);
	assert_int_equal(git_tree_lookup(&tree, fx->repo, &tree_id), 0);
	assert_int_equal(git_signature_new(&sig, "t", "t@t.invalid", t, offset),
	                 0);
	if (git_reference_name_to_id(&parent_id, fx->repo, "HEAD") == 0) {
		assert_int_equal(
		    git_commit_lookup(&parent, fx->repo, &parent_id), 0);
		parents[n++] = parent;
	}
	assert_int_equal(git_commit_create(&id, fx->repo, "HEAD", sig, sig,
	                                   NULL, "c", tree, n, parents),
	                 0);
	git_commit_free(parent);
	git_tree_free(tree);
	git_signature_free(sig);
	git_index_free(index);
}

static void test_fixer_cli__year_from_git(void **state)
{
	fixture *fx = fixture_new_repo();
	fixture_result r = {0};
	size_t len;
	char *p, *text;

	(void)state;
	write_config(fx);
	fixture_add_file(fx, "old.c", "int old;\n");
	/* 2018-12-31 23:00 UTC is 2019 where the author was (UTC+2) */
	commit_at(fx, 1546297200LL, 120);
	fixture_add_file(fx, "newer.c", "int newer;\n");
	fixture_add_file(fx, "old.c", "int old, changed;\n");
	commit_at(fx, 1600000000LL, 0); /* 2020 */
	fixture_write(fx, "untracked.c", "int u;\n");
	setenv("SOURCE_DATE_EPOCH", "1700000000", 1); /* 2023 */
	run(&r, fx, "fix", "--year-from-git", NULL);
	unsetenv("SOURCE_DATE_EPOCH");
	assert_int_equal(r.status, 1);
	fixture_result_dispose(&r);
	p = fixture_path(fx, "old.c");
	text = read_path(p, &len);
	assert_non_null(strstr(text, "Copyright 2019 The hdrcheck Authors"));
	free(text);
	free(p);
	p = fixture_path(fx, "newer.c");
	text = read_path(p, &len);
	assert_non_null(strstr(text, "Copyright 2020 The hdrcheck Authors"));
	free(text);
	free(p);
	p = fixture_path(fx, "untracked.c");
	text = read_path(p, &len);
	assert_non_null(strstr(text, "Copyright 2023 The hdrcheck Authors"));
	free(text);
	free(p);
	fixture_free(fx);
}

static void test_fixer_cli__changed_since(void **state)
{
	fixture *fx = fixture_new_repo();
	fixture_result r = {0};

	(void)state;
	fixture_add_file(fx, "a.c", "int a;\n");
	fixture_add_file(fx, "b.c", "int b;\n");
	fixture_commit(fx, "base");
	fixture_write(fx, "b.c", "int b, changed;\n");
	fixture_write(fx, "c.c", "int c;\n");
	run(&r, fx, "fix", "--changed-since", "HEAD", NULL);
	assert_int_equal(r.status, 1);
	/* only the changed files: a.c stays as it was */
	assert_string_equal(r.out, "b.c: inserted the header\n"
	                           "c.c: inserted the header\n"
	                           "hdrcheck: fixed 2 files, 0 not fixable\n");
	fixture_result_dispose(&r);
	run(&r, fx, "check", "-q", NULL);
	assert_int_equal(r.status, 1);
	assert_non_null(strstr(r.out, "a.c"));
	assert_null(strstr(r.out, "b.c"));
	fixture_result_dispose(&r);
	/* a revision or the index cannot be fixed */
	run(&r, fx, "fix", "--rev", "HEAD", NULL);
	assert_int_equal(r.status, 2);
	fixture_result_dispose(&r);
	fixture_free(fx);
}

static void test_fixer_cli__usage_errors(void **state)
{
	fixture *fx = fixture_new_repo();
	fixture_result r = {0};

	(void)state;
	run(&r, fx, "fix", "-f", "json", NULL);
	assert_int_equal(r.status, 2);
	assert_non_null(strstr(r.err, "hdrcheck: fix writes no report"));
	fixture_result_dispose(&r);
	run(&r, fx, "check", "--dry-run", NULL);
	assert_int_equal(r.status, 2);
	assert_string_equal(r.err, "hdrcheck: --dry-run is an option of fix\n");
	fixture_result_dispose(&r);
	run(&r, fx, "fix", "-C", "/nonexistent/dir", NULL);
	assert_int_equal(r.status, 2);
	assert_true(strncmp(r.err, "hdrcheck: ", 10) == 0);
	assert_int_equal(strchr(r.err, '\n') - r.err + 1, (long)r.err_len);
	fixture_result_dispose(&r);
	run(&r, fx, "fix", "/etc/passwd", NULL);
	assert_int_equal(r.status, 2);
	assert_non_null(strstr(r.err, "outside the scanned tree"));
	fixture_result_dispose(&r);
	run(&r, fx, "fix", "--changed-since", NULL);
	assert_int_equal(r.status, 2);
	fixture_result_dispose(&r);
	fixture_free(fx);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_fixer_cli__fix_then_nothing_to_fix),
	    cmocka_unit_test(test_fixer_cli__dry_run_applies_as_fix),
	    cmocka_unit_test(test_fixer_cli__not_fixable_exit_1),
	    cmocka_unit_test(test_fixer_cli__year_from_git),
	    cmocka_unit_test(test_fixer_cli__changed_since),
	    cmocka_unit_test(test_fixer_cli__usage_errors),
	    cmocka_unit_test(test_fixer_cli__third_party_directory),
	    cmocka_unit_test(test_fixer_cli__license_by_reference),
	};

	return cmocka_run_group_tests(tests, fixture_group_setup,
	                              fixture_group_teardown);
}
