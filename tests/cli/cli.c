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
 * End-to-end tests of the hdrcheck command: each builds a repository (or a
 * plain directory) with libgit2, runs the real binary on it and checks the
 * exit status, the JSON report field by field, and spot checks of the text
 * report. These pin the contract of the command, not the internals.
 */

#include <errno.h>
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
#include "fixture.h"
#include "hdrcheck/licenses.h"

#define SUBMODULE_ID "0123456789abcdef0123456789abcdef01234567"

#define LFS_POINTER                                                            \
	"version https://git-lfs.github.com/spec/v1\n"                         \
	"oid sha256:"                                                          \
	"4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\n"   \
	"size 12345\n"

/* --- helpers --- */

static char *concat(const char *a, const char *b)
{
	size_t n = strlen(a) + strlen(b) + 1;
	char *s = malloc(n);

	assert_non_null(s);
	snprintf(s, n, "%s%s", a, b);
	return s;
}

/* A C file with the Apache header, then code. */
static void write_ok_c(fixture *fx, const char *rel)
{
	char *text = concat(fixture_header_c, "\nint x;\n");

	fixture_write(fx, rel, text);
	free(text);
}

static void add_ok_c(fixture *fx, const char *rel)
{
	write_ok_c(fx, rel);
	fixture_add(fx, rel);
}

/* A Python file with the Apache header in '#' comments. */
static void write_ok_py(fixture *fx, const char *rel)
{
	char *text = concat(fixture_header_hash, "\nprint(1)\n");

	fixture_write(fx, rel, text);
	free(text);
}

/* A C file whose header was damaged: a version number changed. */
static void write_mismatch_c(fixture *fx, const char *rel)
{
	char *text = concat(fixture_header_c, "\nint x;\n");
	char *v = strstr(text, "Version 2.0");

	assert_non_null(v);
	v[8] = '3';
	fixture_write(fx, rel, text);
	free(text);
}

static json_t *parse_json(const fixture_result *res)
{
	json_error_t jerr;
	json_t *doc;

	/* a report is exit 0 or 1 with a silent stderr: a sanitizer report
	 * or a warning from the child fails the test here */
	if ((res->status != 0 && res->status != 1) || res->err_len)
		fail_msg("exit status %d, stderr: %s", res->status, res->err);
	doc = json_loadb(res->out, res->out_len, 0, &jerr);
	if (!doc)
		fail_msg("invalid JSON report (%s at line %d), exit status "
		         "%d:\n%s\nstderr: %s",
		         jerr.text, jerr.line, res->status, res->out, res->err);
	return doc;
}

/* Run with --format json in cwd (extra arguments after it) and parse. */
#define RUN_JSON(res, cwd, ...)                                                \
	(fixture_run((res), (cwd), 0, "--format", "json", __VA_ARGS__),        \
	 parse_json(res))

static json_t *files_of(json_t *doc)
{
	json_t *files = json_object_get(doc, "files");

	assert_true(json_is_array(files));
	return files;
}

static json_t *find_file(json_t *doc, const char *path)
{
	json_t *files = files_of(doc), *f;
	size_t i;

	json_array_foreach(files, i, f)
	{
		const char *p = json_string_value(json_object_get(f, "path"));

		assert_non_null(p);
		if (strcmp(p, path) == 0)
			return f;
	}
	return NULL;
}

static const char *str_field(json_t *obj, const char *key)
{
	return json_string_value(json_object_get(obj, key));
}

/* status must match; reason is checked when not NULL ("" = JSON null). */
static void expect_file(json_t *doc, const char *path, const char *status,
                        const char *reason)
{
	json_t *f = find_file(doc, path);
	const char *got;
	json_t *r;

	if (!f)
		fail_msg("\"%s\" is not in the report", path);
	got = str_field(f, "status");
	if (!got || strcmp(got, status) != 0)
		fail_msg("\"%s\": status %s, expected %s", path,
		         got ? got : "(none)", status);
	if (!reason)
		return;
	r = json_object_get(f, "reason");
	if (!*reason) {
		assert_true(json_is_null(r));
		return;
	}
	if (!json_is_string(r) || strcmp(json_string_value(r), reason) != 0)
		fail_msg("\"%s\": reason %s, expected %s", path,
		         json_is_string(r) ? json_string_value(r) : "null",
		         reason);
}

static void expect_absent(json_t *doc, const char *path)
{
	if (find_file(doc, path))
		fail_msg("\"%s\" should not be in the report", path);
}

/* No path in the report starts with prefix. */
static void expect_none_under(json_t *doc, const char *prefix)
{
	json_t *f;
	size_t i, n = strlen(prefix);

	json_array_foreach(files_of(doc), i, f)
	{
		const char *p = str_field(f, "path");

		assert_non_null(p);
		if (strncmp(p, prefix, n) == 0)
			fail_msg("\"%s\" should not be in the report", p);
	}
}

static json_int_t summary_of(json_t *doc, const char *key)
{
	json_t *v = json_object_get(json_object_get(doc, "summary"), key);

	assert_true(json_is_integer(v));
	return json_integer_value(v);
}

static json_int_t line_of(json_t *doc, const char *path)
{
	json_t *v = json_object_get(find_file(doc, path), "line");
	if (json_is_null(v))
		return 0;
	/* "line" is null or a 1-based number, never 0 */
	assert_true(json_is_integer(v));
	assert_true(json_integer_value(v) > 0);
	return json_integer_value(v);
}

/* A usage or runtime error: status 2, nothing on stdout, and exactly one
 * line "hdrcheck: ..." on stderr. */
static void expect_trouble(const fixture_result *res)
{
	if (res->status != 2)
		fail_msg("exit status %d, expected 2; stderr: %s", res->status,
		         res->err);
	assert_int_equal(res->out_len, 0);
	assert_true(res->err_len > strlen("hdrcheck: "));
	assert_memory_equal(res->err, "hdrcheck: ", strlen("hdrcheck: "));
	assert_int_equal(res->err[res->err_len - 1], '\n');
	assert_null(memchr(res->err, '\n', res->err_len - 1));
}

/* Does text hold exactly this line? */
static int has_line(const char *text, const char *line)
{
	size_t n = strlen(line);
	const char *p = text;

	while ((p = strstr(p, line)) != NULL) {
		if ((p == text || p[-1] == '\n') &&
		    (p[n] == '\n' || p[n] == '\0'))
			return 1;
		p++;
	}
	return 0;
}

static void expect_line(const fixture_result *res, const char *line)
{
	if (!has_line(res->out, line))
		fail_msg("no line \"%s\" in:\n%s\n(exit status %d, stderr: %s)",
		         line, res->out, res->status, res->err);
}

static size_t count_lines(const char *text)
{
	size_t n = 0;

	for (; *text; text++)
		n += *text == '\n';
	return n;
}

/* --- setup --- */

/* The state of a test: its repository, and the other trees it made, all
 * removed by the teardown even when the test fails half-way. */
#define MORE_FIXTURES 4

typedef struct {
	fixture *repo;
	fixture *more[MORE_FIXTURES];
} cli_state;

static int setup_test(void **state)
{
	cli_state *st = calloc(1, sizeof(*st));

	assert_non_null(st);
	*state = st;
	st->repo = fixture_new_repo();
	return 0;
}

/* Newest first: a linked work tree goes before its repository. */
static int teardown_test(void **state)
{
	cli_state *st = *state;
	size_t i;

	for (i = MORE_FIXTURES; i-- > 0;)
		fixture_free(st->more[i]);
	fixture_free(st->repo);
	free(st);
	*state = NULL;
	return 0;
}

static fixture *repo_of(void **state)
{
	return ((cli_state *)*state)->repo;
}

/* Hand fx to the teardown; NULL passes through. */
static fixture *keep(void **state, fixture *fx)
{
	cli_state *st = *state;
	size_t i;

	for (i = 0; i < MORE_FIXTURES && st->more[i]; i++)
		;
	if (i == MORE_FIXTURES) {
		fixture_free(fx);
		fail_msg("more than %d extra fixtures", MORE_FIXTURES);
	}
	st->more[i] = fx;
	return fx;
}

static int setup_group(void **state)
{
	fixture_global_init();
	return 0;
}

static int teardown_group(void **state)
{
	fixture_global_shutdown();
	return 0;
}

/* --- statuses of tracked files --- */

static void test_cli__tracked_statuses(void **state)
{
	fixture *fx = repo_of(state);
	fixture_result res;
	json_t *doc, *f, *source;
	char *py;

	add_ok_c(fx, "src/ok.c");
	fixture_add_file(fx, "src/missing.py", "print(1)\n");
	write_mismatch_c(fx, "src/mismatch.c");
	fixture_add(fx, "src/mismatch.c");
	fixture_add_file(fx, "src/mit.js",
	                 "// SPDX-License-Identifier: MIT\nvar x = 1;\n");
	py = concat("#!/usr/bin/env python3\n", fixture_header_hash);
	fixture_add_file(fx, "tool", py);
	free(py);
	fixture_commit(fx, "initial");

	doc = RUN_JSON(&res, fx->root, NULL);
	assert_int_equal(res.status, 1);
	assert_int_equal(res.err_len, 0);

	assert_int_equal(
	    json_integer_value(json_object_get(doc, "schema_version")), 1);
	assert_string_equal(str_field(json_object_get(doc, "tool"), "name"),
	                    "hdrcheck");
	assert_string_equal(str_field(json_object_get(doc, "tool"), "version"),
	                    "0.1.0");
	source = json_object_get(doc, "source");
	assert_string_equal(str_field(source, "kind"), "worktree");
	assert_string_equal(str_field(source, "root"), fx->root);
	assert_string_equal(str_field(source, "commit"), fx->head);
	assert_string_equal(
	    str_field(json_object_get(doc, "policy"), "license"), "Apache-2.0");

	expect_file(doc, "src/ok.c", "ok", "");
	f = find_file(doc, "src/ok.c");
	assert_string_equal(str_field(f, "license"), "Apache-2.0");
	assert_string_equal(str_field(f, "language"), "C");
	assert_int_equal(line_of(doc, "src/ok.c"), 1);

	expect_file(doc, "src/missing.py", "missing", "");
	f = find_file(doc, "src/missing.py");
	assert_true(json_is_null(json_object_get(f, "license")));
	assert_true(json_is_null(json_object_get(f, "line")));
	assert_string_equal(str_field(f, "language"), "Python");

	expect_file(doc, "src/mismatch.c", "mismatch", NULL);
	f = find_file(doc, "src/mismatch.c");
	assert_non_null(str_field(f, "reason"));
	assert_int_equal(line_of(doc, "src/mismatch.c"), 1);

	expect_file(doc, "src/mit.js", "other_license", NULL);
	f = find_file(doc, "src/mit.js");
	assert_string_equal(str_field(f, "license"), "MIT");
	assert_string_equal(str_field(f, "language"), "JavaScript");
	assert_int_equal(line_of(doc, "src/mit.js"), 1);

	/* a shebang stays on line 1; the header starts on line 2 */
	expect_file(doc, "tool", "ok", "");
	assert_string_equal(str_field(find_file(doc, "tool"), "language"),
	                    "Python");
	assert_int_equal(line_of(doc, "tool"), 2);

	assert_int_equal(summary_of(doc, "files"), 5);
	assert_int_equal(summary_of(doc, "ok"), 2);
	assert_int_equal(summary_of(doc, "missing"), 1);
	assert_int_equal(summary_of(doc, "mismatch"), 1);
	assert_int_equal(summary_of(doc, "other_license"), 1);
	assert_int_equal(summary_of(doc, "skipped"), 0);
	assert_int_equal(summary_of(doc, "error"), 0);
	assert_int_equal(json_array_size(files_of(doc)), 5);
	json_decref(doc);
	fixture_result_dispose(&res);
}

static void test_cli__files_sorted_bytewise(void **state)
{
	static const char *const names[] = {
	    "b.c",   "B.c",        "a/b.c",          "a.c", "a-b.c",
	    "a_b.c", "\xc3\xa9.c", "z/\xc3\xa9/a.c", "Z.c", "a/B.c"};
	fixture *fx = repo_of(state);
	fixture_result res;
	json_t *doc, *f;
	const char *prev = NULL;
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		add_ok_c(fx, names[i]);
	fixture_commit(fx, "names");
	doc = RUN_JSON(&res, fx->root, NULL);
	assert_int_equal(res.status, 0);
	assert_int_equal(json_array_size(files_of(doc)),
	                 sizeof(names) / sizeof(names[0]));
	json_array_foreach(files_of(doc), i, f)
	{
		const char *p = str_field(f, "path");

		if (prev && strcmp(prev, p) >= 0)
			fail_msg("\"%s\" listed before \"%s\"", prev, p);
		prev = p;
	}
	json_decref(doc);
	fixture_result_dispose(&res);
}

static void test_cli__unborn_head(void **state)
{
	fixture *fx = repo_of(state);
	fixture_result res;
	json_t *doc, *source;

	add_ok_c(fx, "a.c"); /* in the index, never committed */
	doc = RUN_JSON(&res, fx->root, NULL);
	assert_int_equal(res.status, 0);
	source = json_object_get(doc, "source");
	assert_string_equal(str_field(source, "kind"), "worktree");
	assert_true(json_is_null(json_object_get(source, "commit")));
	expect_file(doc, "a.c", "ok", "");
	json_decref(doc);
	fixture_result_dispose(&res);
}

/* --- scope: tracked, untracked, ignored --- */

static void test_cli__untracked_file_scanned(void **state)
{
	fixture *fx = repo_of(state);
	fixture_result res;
	json_t *doc;

	add_ok_c(fx, "tracked.c");
	fixture_commit(fx, "initial");
	fixture_write(fx, "new.py", "print(1)\n");
	write_ok_c(fx, "deep/er/new.c");

	doc = RUN_JSON(&res, fx->root, NULL);
	assert_int_equal(res.status, 1);
	expect_file(doc, "tracked.c", "ok", "");
	expect_file(doc, "new.py", "missing", "");
	expect_file(doc, "deep/er/new.c", "ok", "");
	assert_int_equal(summary_of(doc, "files"), 3);
	json_decref(doc);
	fixture_result_dispose(&res);
}

static void test_cli__ignored_file_not_scanned(void **state)
{
	fixture *fx = repo_of(state);
	fixture_result res;
	json_t *doc;

	fixture_gitignore(fx, "*.gen.c\nsecret.py\n");
	fixture_add(fx, ".gitignore");
	add_ok_c(fx, "a.c");
	fixture_commit(fx, "initial");
	fixture_write(fx, "parser.gen.c", "int generated;\n");
	fixture_write(fx, "sub/lexer.gen.c", "int generated;\n");
	fixture_write(fx, "secret.py", "print(1)\n");
	/* the repository's own exclude file counts too */
	fixture_write(fx, ".git/info/exclude", "local.py\n");
	fixture_write(fx, "local.py", "print(1)\n");

	doc = RUN_JSON(&res, fx->root, NULL);
	assert_int_equal(res.status, 0);
	expect_file(doc, ".gitignore", "ok", "");
	expect_file(doc, "a.c", "ok", "");
	expect_absent(doc, "parser.gen.c");
	expect_absent(doc, "sub/lexer.gen.c");
	expect_absent(doc, "secret.py");
	expect_absent(doc, "local.py");
	assert_int_equal(summary_of(doc, "files"), 2);
	json_decref(doc);
	fixture_result_dispose(&res);
}

static void test_cli__ignored_dir_not_listed(void **state)
{
	fixture *fx = repo_of(state);
	fixture_result res;
	json_t *doc;

	fixture_gitignore(fx, "build/\nnode_modules\n");
	fixture_add(fx, ".gitignore");
	fixture_commit(fx, "initial");
	fixture_write(fx, "build/out.c", "int x;\n");
	fixture_write(fx, "build/deep/er/out.py", "print(1)\n");
	fixture_write(fx, "node_modules/pkg/index.js", "var x;\n");
	fixture_write(fx, "src/node_modules/pkg/index.js", "var x;\n");

	doc = RUN_JSON(&res, fx->root, NULL);
	assert_int_equal(res.status, 0);
	expect_none_under(doc, "build/");
	expect_none_under(doc, "node_modules/");
	expect_none_under(doc, "src/");
	assert_int_equal(summary_of(doc, "files"), 1);
	json_decref(doc);
	fixture_result_dispose(&res);
}

/* Whitelist-style rules: the same files as `git status -uall` lists. */
static void test_cli__ignore_negation_matches_git(void **state)
{
	fixture *fx = repo_of(state);
	fixture_result res;
	json_t *doc;

	fixture_gitignore(fx, "/*\n!/src/\n!/.gitignore\n**/build/*\n"
	                      "!**/build/keep.c\nsrc/**/*.py\n!src/keep.py\n");
	write_ok_c(fx, "top.c");
	write_ok_c(fx, "src/a.c");
	write_ok_c(fx, "src/deep/b.c");
	write_ok_py(fx, "src/deep/c.py");
	write_ok_py(fx, "src/keep.py");
	write_ok_c(fx, "src/build/keep.c");
	write_ok_c(fx, "src/build/drop.c");

	doc = RUN_JSON(&res, fx->root, NULL);
	assert_int_equal(res.status, 0);
	expect_file(doc, ".gitignore", "ok", "");
	expect_absent(doc, "top.c");
	expect_file(doc, "src/a.c", "ok", "");
	expect_file(doc, "src/deep/b.c", "ok", "");
	expect_absent(doc, "src/deep/c.py");
	expect_file(doc, "src/keep.py", "ok", "");
	expect_file(doc, "src/build/keep.c", "ok", "");
	expect_absent(doc, "src/build/drop.c");
	assert_int_equal(summary_of(doc, "files"), 5);
	json_decref(doc);
	fixture_result_dispose(&res);
}

static void test_cli__tracked_file_in_ignored_dir_listed(void **state)
{
	fixture *fx = repo_of(state);
	fixture_result res;
	json_t *doc;

	fixture_gitignore(fx, "build/\nlegacy.py\n");
	fixture_add(fx, ".gitignore");
	/* added before or after the rule: git add -f */
	fixture_add_file(fx, "build/keep.py", "print(1)\n");
	fixture_add_file(fx, "legacy.py", "print(1)\n");
	fixture_commit(fx, "initial");
	fixture_write(fx, "build/untracked.py", "print(1)\n");

	doc = RUN_JSON(&res, fx->root, NULL);
	assert_int_equal(res.status, 1);
	expect_file(doc, "build/keep.py", "missing", "");
	expect_file(doc, "legacy.py", "missing", "");
	expect_absent(doc, "build/untracked.py");
	assert_int_equal(summary_of(doc, "files"), 3);
	json_decref(doc);
	fixture_result_dispose(&res);
}

static void test_cli__deleted_tracked_file_left_out(void **state)
{
	fixture *fx = repo_of(state);
	fixture_result res;
	json_t *doc;
	char *p;

	add_ok_c(fx, "keep.c");
	fixture_add_file(fx, "gone.py", "print(1)\n");
	fixture_commit(fx, "initial");
	p = fixture_path(fx, "gone.py");
	assert_int_equal(unlink(p), 0);
	free(p);

	doc = RUN_JSON(&res, fx->root, NULL);
	assert_int_equal(res.status, 0);
	expect_file(doc, "keep.c", "ok", "");
	expect_absent(doc, "gone.py");
	assert_int_equal(summary_of(doc, "files"), 1);
	json_decref(doc);
	fixture_result_dispose(&res);
}

static void test_cli__nested_repository_not_descended(void **state)
{
	fixture *fx = repo_of(state);
	fixture_result res;
	git_repository *inner = NULL;
	json_t *doc;
	char *p;

	add_ok_c(fx, "a.c");
	fixture_commit(fx, "initial");
	p = fixture_path(fx, "third/nested");
	assert_int_equal(git_repository_init(&inner, p, 0), 0);
	git_repository_free(inner);
	free(p);
	fixture_write(fx, "third/nested/inner.py", "print(1)\n");
	fixture_write(fx, "third/nested/sub/inner.c", "int x;\n");

	doc = RUN_JSON(&res, fx->root, NULL);
	assert_int_equal(res.status, 0);
	expect_file(doc, "a.c", "ok", "");
	expect_none_under(doc, "third/");
	json_decref(doc);
	fixture_result_dispose(&res);
}

static void test_cli__gitdir_file_worktree(void **state)
{
	fixture *fx = keep(state, fixture_new_repo_gitfile());
	fixture_result res;
	json_t *doc, *source;

	add_ok_c(fx, "src/a.c");
	fixture_add_file(fx, "src/b.py", "print(1)\n");
	fixture_commit(fx, "initial");
	fixture_write(fx, "untracked.py", "print(1)\n");

	doc = RUN_JSON(&res, fx->root, NULL);
	assert_int_equal(res.status, 1);
	source = json_object_get(doc, "source");
	assert_string_equal(str_field(source, "kind"), "worktree");
	assert_string_equal(str_field(source, "root"), fx->root);
	assert_string_equal(str_field(source, "commit"), fx->head);
	expect_file(doc, "src/a.c", "ok", "");
	expect_file(doc, "src/b.py", "missing", "");
	expect_file(doc, "untracked.py", "missing", "");
	/* the .git file is the repository's, not a file of the project */
	expect_absent(doc, ".git");
	assert_int_equal(summary_of(doc, "files"), 3);
	json_decref(doc);
	fixture_result_dispose(&res);

	/* from a subdirectory of the work tree too */
	fixture_mkdir(fx, "src/x");
	{
		char *sub = fixture_path(fx, "src/x");

		doc = RUN_JSON(&res, sub, NULL);
		free(sub);
	}
	assert_string_equal(str_field(json_object_get(doc, "source"), "root"),
	                    fx->root);
	assert_int_equal(summary_of(doc, "files"), 3);
	json_decref(doc);
	fixture_result_dispose(&res);
}

static void test_cli__linked_worktree(void **state)
{
	fixture *fx = repo_of(state), *wt;
	fixture_result res;
	json_t *doc, *source;

	add_ok_c(fx, "a.c");
	fixture_add_file(fx, "b.py", "print(1)\n");
	fixture_commit(fx, "initial");
	wt = keep(state, fixture_new_worktree(fx, "feature"));
	fixture_write(wt, "c.py", "print(1)\n");

	doc = RUN_JSON(&res, wt->root, NULL);
	assert_int_equal(res.status, 1);
	source = json_object_get(doc, "source");
	assert_string_equal(str_field(source, "kind"), "worktree");
	assert_string_equal(str_field(source, "root"), wt->root);
	assert_string_equal(str_field(source, "commit"), fx->head);
	expect_file(doc, "a.c", "ok", "");
	expect_file(doc, "b.py", "missing", "");
	expect_file(doc, "c.py", "missing", "");
	expect_absent(doc, ".git");
	assert_int_equal(summary_of(doc, "files"), 3);
	json_decref(doc);
	fixture_result_dispose(&res);

	/* and the main work tree does not see the linked one's files */
	doc = RUN_JSON(&res, fx->root, NULL);
	expect_absent(doc, "c.py");
	assert_int_equal(summary_of(doc, "files"), 2);
	json_decref(doc);
	fixture_result_dispose(&res);
}

static void test_cli__bare_repository_fails(void **state)
{
	fixture *fx = repo_of(state);
	fixture_result res;
	git_repository *bare = NULL;
	char *p = fixture_path(fx, "bare.git");

	assert_int_equal(git_repository_init(&bare, p, 1), 0);
	git_repository_free(bare);
	/* nothing to scan: a runtime error, not an empty report */
	fixture_run(&res, "/", 0, "-C", p, NULL);
	expect_trouble(&res);
	fixture_result_dispose(&res);
	fixture_run(&res, p, 0, NULL);
	expect_trouble(&res);
	fixture_result_dispose(&res);
	free(p);
}

/* --- files that need no header --- */

static void test_cli__submodule_skipped(void **state)
{
	fixture *fx = repo_of(state);
	fixture_result res;
	json_t *doc;

	add_ok_c(fx, "a.c");
	fixture_add_gitlink(fx, "vendor/lib", SUBMODULE_ID);
	fixture_add_gitlink(fx, "vendor/uninit", SUBMODULE_ID);
	fixture_commit(fx, "submodules");
	/* a checked-out submodule: its .git is a file, its files are its own */
	fixture_write(fx, "vendor/lib/.git",
	              "gitdir: ../../.git/modules/lib\n");
	fixture_write(fx, "vendor/lib/inner.py", "print(1)\n");
	fixture_mkdir(fx, "vendor/uninit");

	doc = RUN_JSON(&res, fx->root, NULL);
	assert_int_equal(res.status, 0);
	expect_file(doc, "vendor/lib", "skipped", "submodule");
	assert_true(json_is_null(
	    json_object_get(find_file(doc, "vendor/lib"), "language")));
	expect_file(doc, "vendor/uninit", "skipped", "submodule");
	expect_absent(doc, "vendor/lib/inner.py");
	expect_absent(doc, "vendor/lib/.git");
	assert_int_equal(summary_of(doc, "skipped"), 2);
	assert_int_equal(summary_of(doc, "files"), 3);
	json_decref(doc);
	fixture_result_dispose(&res);
}

static void test_cli__symlink_skipped(void **state)
{
	fixture *fx = repo_of(state);
	fixture_result res;
	json_t *doc;

	fixture_add_file(fx, "target.py", "print(1)\n");
	fixture_symlink(fx, "tracked-link.py", "target.py");
	fixture_add(fx, "tracked-link.py");
	fixture_commit(fx, "links");
	fixture_symlink(fx, "untracked-link.c", "target.py");
	fixture_symlink(fx, "dangling.c", "does/not/exist");
	fixture_symlink(fx, "outside.c", "/etc/passwd");
	fixture_symlink(fx, "loop.c", "loop.c");
	/* a link to a directory is not followed into */
	fixture_add_file(fx, "real/x.py", "print(1)\n");
	fixture_symlink(fx, "linkdir", "real");
	doc = RUN_JSON(&res, fx->root, NULL);
	assert_int_equal(res.status, 1);
	expect_file(doc, "target.py", "missing", "");
	expect_file(doc, "tracked-link.py", "skipped", "symlink");
	expect_file(doc, "untracked-link.c", "skipped", "symlink");
	/* classified without looking at the name */
	assert_true(json_is_null(
	    json_object_get(find_file(doc, "untracked-link.c"), "language")));
	expect_file(doc, "dangling.c", "skipped", "symlink");
	expect_file(doc, "outside.c", "skipped", "symlink");
	expect_file(doc, "loop.c", "skipped", "symlink");
	expect_file(doc, "linkdir", "skipped", "symlink");
	expect_file(doc, "real/x.py", "missing", "");
	expect_none_under(doc, "linkdir/");
	assert_int_equal(summary_of(doc, "skipped"), 6);
	json_decref(doc);
	fixture_result_dispose(&res);
}

static void test_cli__lfs_pointer_skipped(void **state)
{
	fixture *fx = repo_of(state);
	fixture_result res;
	json_t *doc;

	fixture_add_file(fx, "models/weights.py", LFS_POINTER);
	fixture_add_file(fx, "assets/big.bin", LFS_POINTER);
	fixture_commit(fx, "lfs");

	doc = RUN_JSON(&res, fx->root, NULL);
	assert_int_equal(res.status, 0);
	expect_file(doc, "models/weights.py", "skipped", "lfs_pointer");
	expect_file(doc, "assets/big.bin", "skipped", "lfs_pointer");
	json_decref(doc);
	fixture_result_dispose(&res);
}

/* Replace every "\n" of s by "\r\n"; malloc'd. */
static char *to_crlf(const char *s)
{
	size_t n = strlen(s), i, k = 0;
	char *out = malloc(2 * n + 1);

	assert_non_null(out);
	for (i = 0; i < n; i++) {
		if (s[i] == '\n')
			out[k++] = '\r';
		out[k++] = s[i];
	}
	out[k] = '\0';
	return out;
}

static void test_cli__crlf_and_bom_headers_ok(void **state)
{
	fixture *fx = repo_of(state);
	fixture_result res;
	json_t *doc;
	char *lf, *crlf, *bom;

	lf = concat(fixture_header_c, "\nint x;\n");
	crlf = to_crlf(lf);
	fixture_add_file(fx, "crlf.c", crlf);
	bom = concat("\xef\xbb\xbf", lf);
	fixture_add_file(fx, "bom.c", bom);
	free(bom);
	bom = concat("\xef\xbb\xbf", crlf);
	fixture_add_file(fx, "bom-crlf.c", bom);
	free(bom);
	free(crlf);
	free(lf);
	lf = concat(fixture_header_hash, "\nprint(1)\n");
	crlf = to_crlf(lf);
	fixture_add_file(fx, "crlf.py", crlf);
	bom = concat("\xef\xbb\xbf", lf);
	fixture_add_file(fx, "bom.py", bom);
	free(bom);
	free(crlf);
	free(lf);
	fixture_commit(fx, "line endings");

	doc = RUN_JSON(&res, fx->root, NULL);
	assert_int_equal(res.status, 0);
	expect_file(doc, "crlf.c", "ok", "");
	expect_file(doc, "bom.c", "ok", "");
	expect_file(doc, "bom-crlf.c", "ok", "");
	expect_file(doc, "crlf.py", "ok", "");
	expect_file(doc, "bom.py", "ok", "");
	assert_int_equal(line_of(doc, "crlf.c"), 1);
	assert_int_equal(line_of(doc, "bom.c"), 1);
	assert_int_equal(line_of(doc, "bom.py"), 1);
	assert_int_equal(summary_of(doc, "ok"), 5);
	json_decref(doc);
	fixture_result_dispose(&res);
}

static void test_cli__empty_file_skipped(void **state)
{
	fixture *fx = repo_of(state);
	fixture_result res;
	json_t *doc;

	fixture_add_file(fx, "empty.c", "");
	fixture_add_file(fx, "pkg/__init__.py", "");
	fixture_commit(fx, "empty");

	doc = RUN_JSON(&res, fx->root, NULL);
	assert_int_equal(res.status, 0);
	expect_file(doc, "empty.c", "skipped", "empty");
	expect_file(doc, "pkg/__init__.py", "skipped", "empty");
	json_decref(doc);
	fixture_result_dispose(&res);
}

static void test_cli__binary_file_skipped(void **state)
{
	static const unsigned char png[] = {0x89, 'P',  'N', 'G', '\r', '\n',
	                                    0x1a, '\n', 0,   0,   0,    13,
	                                    'I',  'H',  'D', 'R', 0,    0};
	static const char nul_c[] = "int x;\n\0\0\0binary\n";
	fixture *fx = repo_of(state);
	fixture_result res;
	json_t *doc;

	fixture_write_mode(fx, "logo.png", png, sizeof(png), 0644);
	fixture_add(fx, "logo.png");
	fixture_write_mode(fx, "blob.c", nul_c, sizeof(nul_c) - 1, 0644);
	fixture_add(fx, "blob.c");
	fixture_commit(fx, "binary");

	doc = RUN_JSON(&res, fx->root, NULL);
	assert_int_equal(res.status, 0);
	expect_file(doc, "logo.png", "skipped", "binary");
	expect_file(doc, "blob.c", "skipped", "binary");
	json_decref(doc);
	fixture_result_dispose(&res);
}

static void test_cli__license_file_excluded(void **state)
{
	fixture *fx = repo_of(state);
	fixture_result res;
	json_t *doc;

	fixture_add_file(fx, "LICENSE", "Apache License\nVersion 2.0\n");
	fixture_add_file(fx, "NOTICE", "hdrcheck\nCopyright 2026\n");
	fixture_add_file(fx, "sub/COPYING", "GPL\n");
	fixture_commit(fx, "notices");

	doc = RUN_JSON(&res, fx->root, NULL);
	assert_int_equal(res.status, 0);
	expect_file(doc, "LICENSE", "skipped", "excluded");
	expect_file(doc, "NOTICE", "skipped", "excluded");
	expect_file(doc, "sub/COPYING", "skipped", "excluded");
	json_decref(doc);
	fixture_result_dispose(&res);
}

static void test_cli__exclude_option(void **state)
{
	fixture *fx = repo_of(state);
	fixture_result res;
	json_t *doc;

	add_ok_c(fx, "src/a.c");
	fixture_add_file(fx, "vendor/x.c", "int x;\n");
	fixture_add_file(fx, "vendor/deep/y.py", "print(1)\n");
	fixture_add_file(fx, "gen/z.py", "print(1)\n");
	fixture_commit(fx, "vendored");

	doc = RUN_JSON(&res, fx->root, "--exclude", "vendor/**", "--exclude",
	               "gen/*.py", NULL);
	assert_int_equal(res.status, 0);
	expect_file(doc, "src/a.c", "ok", "");
	expect_file(doc, "vendor/x.c", "skipped", "excluded");
	expect_file(doc, "vendor/deep/y.py", "skipped", "excluded");
	expect_file(doc, "gen/z.py", "skipped", "excluded");
	json_decref(doc);
	fixture_result_dispose(&res);

	/* without the option the same files are violations */
	fixture_run(&res, fx->root, 0, NULL);
	assert_int_equal(res.status, 1);
	fixture_result_dispose(&res);
}

static void test_cli__fifo_skipped(void **state)
{
	fixture *fx = repo_of(state);
	fixture_result res;
	json_t *doc;
	char *p;

	add_ok_c(fx, "a.c");
	fixture_commit(fx, "initial");
	p = fixture_path(fx, "pipe.c");
	if (mkfifo(p, 0644) < 0)
		fail_msg("mkfifo %s: %s", p, strerror(errno));
	free(p);

	doc = RUN_JSON(&res, fx->root, NULL);
	assert_int_equal(res.status, 0);
	expect_file(doc, "pipe.c", "skipped", "unsupported_type");
	assert_true(json_is_null(
	    json_object_get(find_file(doc, "pipe.c"), "language")));
	json_decref(doc);
	fixture_result_dispose(&res);
}

static void test_cli__unreadable_file_error(void **state)
{
	fixture *fx = repo_of(state);
	fixture_result res;
	json_t *doc;
	json_error_t jerr;

	add_ok_c(fx, "a.c");
	fixture_add_file(fx, "secret.c", "int x;\n");
	fixture_commit(fx, "initial");
	fixture_write_mode(fx, "secret.c", "int x;\n", 7, 0000);

	/* root reads a mode 000 file: without CAP_DAC_* it cannot */
	fixture_run(&res, fx->root, FIXTURE_RUN_NO_DAC, "--format", "json",
	            NULL);
	if (res.status == FIXTURE_RUN_CANNOT_DROP) {
		fixture_result_dispose(&res);
		print_message("running as root and cannot drop CAP_DAC_*: "
		              "a mode 000 file is readable; skipped\n");
		skip();
	}
	doc = json_loadb(res.out, res.out_len, 0, &jerr);
	if (!doc)
		fail_msg("invalid JSON (status %d): %s%s", res.status, res.out,
		         res.err);
	assert_int_equal(res.status, 1);
	expect_file(doc, "a.c", "ok", "");
	expect_file(doc, "secret.c", "error", "Permission denied");
	assert_int_equal(summary_of(doc, "error"), 1);
	json_decref(doc);
	fixture_result_dispose(&res);

	fixture_run(&res, fx->root, FIXTURE_RUN_NO_DAC, NULL);
	assert_int_equal(res.status, 1);
	expect_line(&res, "error (1):");
	expect_line(&res, "  secret.c: Permission denied");
	fixture_result_dispose(&res);
}

/* --- names a hostile tree could hold --- */

static void test_cli__escaped_names(void **state)
{
	static const char *const names[] = {"new\nline.py", "esc\033[2J.py",
	                                    "tab\tname.py", "quote\"d.py",
	                                    "del\x7f.py",   "bad\xff.py"};
	fixture *fx = repo_of(state);
	fixture_result res;
	json_t *doc;
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		fixture_write(fx, names[i], "print(1)\n");
	fixture_add(fx, names[0]); /* one tracked, the others untracked */
	fixture_commit(fx, "names");

	fixture_run(&res, fx->root, 0, NULL);
	assert_int_equal(res.status, 1);
	for (i = 0; i < res.out_len; i++) {
		unsigned char c = (unsigned char)res.out[i];

		if ((c < 0x20 && c != '\n') || c == 0x7f)
			fail_msg(
			    "raw control byte 0x%02x at offset %zu of:\n%s", c,
			    i, res.out);
	}
	expect_line(&res, "  \"new\\nline.py\": no license header");
	expect_line(&res, "  \"esc\\033[2J.py\": no license header");
	expect_line(&res, "  \"tab\\tname.py\": no license header");
	expect_line(&res, "  \"quote\\\"d.py\": no license header");
	expect_line(&res, "  \"del\\177.py\": no license header");
	expect_line(&res, "  \"bad\\377.py\": no license header");
	fixture_result_dispose(
	    &res); /* valid JSON even for a name that is not UTF-8; how that one
	            * is spelled is the writer's choice */
	doc = RUN_JSON(&res, fx->root, NULL);
	for (i = 0; i < sizeof(names) / sizeof(names[0]) - 1; i++)
		expect_file(doc, names[i], "missing", "");
	assert_int_equal(summary_of(doc, "files"),
	                 sizeof(names) / sizeof(names[0]));
	assert_int_equal(summary_of(doc, "missing"),
	                 sizeof(names) / sizeof(names[0]));
	/* docs/report-schema.md: an invalid byte becomes U+FFFD */
	expect_file(doc, "bad\xef\xbf\xbd.py", "missing", "");
	json_decref(doc);
	fixture_result_dispose(&res);
}

/* --- outside git --- */

static void test_cli__plain_directory(void **state)
{
	fixture *fx = keep(state, fixture_new_dir());
	fixture_result res;
	json_t *doc, *source;
	char *parent;

	if (!fx) {
		print_message("no scratch directory outside a git work tree; "
		              "skipped\n");
		skip();
	}
	write_ok_c(fx, "src/a.c");
	fixture_write(fx, "src/b.py", "print(1)\n");
	fixture_write(fx, "LICENSE", "Apache License\n");
	fixture_write(fx, ".hg/store/data.py", "print(1)\n");
	fixture_write(fx, ".svn/entries.py", "print(1)\n");
	fixture_write(fx, "sub/.svn/pristine.py", "print(1)\n");
	fixture_symlink(fx, "link.c", "src/a.c");
	fixture_symlink(fx, "escape", "/etc");
	fixture_write(fx, "vendor/.git/HEAD", "ref: refs/heads/main\n");
	fixture_write(fx, "vendor/.git/hooks/pre-commit.py", "print(1)\n");
	doc = RUN_JSON(&res, fx->root, NULL);
	assert_int_equal(res.status, 1);
	source = json_object_get(doc, "source");
	assert_string_equal(str_field(source, "kind"), "directory");
	assert_string_equal(str_field(source, "root"), fx->root);
	assert_true(json_is_null(json_object_get(source, "commit")));
	expect_file(doc, "src/a.c", "ok", "");
	expect_file(doc, "src/b.py", "missing", "");
	expect_file(doc, "LICENSE", "skipped", "excluded");
	expect_file(doc, "link.c", "skipped", "symlink");
	expect_file(doc, "escape", "skipped", "symlink");
	expect_none_under(doc, ".hg/");
	expect_none_under(doc, ".svn/");
	expect_none_under(doc, "sub/");
	expect_none_under(doc, "escape/");
	expect_none_under(doc, "vendor/.git/");
	assert_int_equal(summary_of(doc, "files"), 5);
	json_decref(doc);
	fixture_result_dispose(&res);

	/* -C from elsewhere, and a PATH argument */
	parent = fixture_path(fx, "..");
	doc = RUN_JSON(&res, parent, "-C", fx->root, "src", NULL);
	assert_int_equal(res.status, 1);
	assert_string_equal(str_field(json_object_get(doc, "source"), "kind"),
	                    "directory");
	expect_file(doc, "src/a.c", "ok", "");
	expect_file(doc, "src/b.py", "missing", "");
	assert_int_equal(summary_of(doc, "files"), 2);
	json_decref(doc);
	fixture_result_dispose(&res);
	free(parent);
}

/* --- PATH arguments and -C --- */

/* A small project: src/{a.c ok, b.py missing}, docs/c.py missing, top.c. */
static void make_project(fixture *fx)
{
	add_ok_c(fx, "src/a.c");
	fixture_add_file(fx, "src/b.py", "print(1)\n");
	fixture_add_file(fx, "src/lib/d.c", "int d;\n");
	fixture_add_file(fx, "docs/c.py", "print(1)\n");
	add_ok_c(fx, "top.c");
	fixture_commit(fx, "project");
	write_ok_py(fx, "src/untracked.py");
}

/* PATH arguments name files or directories, relative to the cwd. */
static void test_cli__path_file(void **state)
{
	fixture *fx = repo_of(state);
	fixture_result res;
	json_t *doc;

	make_project(fx);
	doc = RUN_JSON(&res, fx->root, "src/a.c", NULL);
	assert_int_equal(res.status, 0);
	assert_int_equal(summary_of(doc, "files"), 1);
	expect_file(doc, "src/a.c", "ok", "");
	json_decref(doc);
	fixture_result_dispose(&res);

	doc = RUN_JSON(&res, fx->root, "src/b.py", "top.c", "src/untracked.py",
	               NULL);
	assert_int_equal(res.status, 1);
	assert_int_equal(summary_of(doc, "files"), 3);
	expect_file(doc, "src/b.py", "missing", "");
	expect_file(doc, "top.c", "ok", "");
	expect_file(doc, "src/untracked.py", "ok", "");
	json_decref(doc);
	fixture_result_dispose(&res);

	/* after "--" a name that looks like an option is a PATH */
	fixture_add_file(fx, "-dash.py", "print(1)\n");
	doc = RUN_JSON(&res, fx->root, "--", "-dash.py", NULL);
	assert_int_equal(res.status, 1);
	assert_int_equal(summary_of(doc, "files"), 1);
	expect_file(doc, "-dash.py", "missing", "");
	json_decref(doc);
	fixture_result_dispose(&res);
}

static void test_cli__path_directory(void **state)
{
	fixture *fx = repo_of(state);
	fixture_result res;
	json_t *doc;

	make_project(fx);
	doc = RUN_JSON(&res, fx->root, "src", NULL);
	assert_int_equal(res.status, 1);
	expect_file(doc, "src/a.c", "ok", "");
	expect_file(doc, "src/b.py", "missing", "");
	expect_file(doc, "src/lib/d.c", "missing", "");
	expect_file(doc, "src/untracked.py", "ok", "");
	assert_int_equal(summary_of(doc, "files"), 4);
	json_decref(doc);
	fixture_result_dispose(&res);

	/* trailing slash, "./" and the root itself */
	doc = RUN_JSON(&res, fx->root, "./src/lib/", NULL);
	assert_int_equal(summary_of(doc, "files"), 1);
	expect_file(doc, "src/lib/d.c", "missing", "");
	json_decref(doc);
	fixture_result_dispose(&res);

	doc = RUN_JSON(&res, fx->root, ".", NULL);
	assert_int_equal(summary_of(doc, "files"), 6);
	json_decref(doc);
	fixture_result_dispose(&res);
}

static void test_cli__path_relative_from_subdir(void **state)
{
	fixture *fx = repo_of(state);
	fixture_result res;
	json_t *doc;
	char *docs = fixture_path(fx, "docs");

	make_project(fx);
	doc = RUN_JSON(&res, docs, "../src", NULL);
	assert_int_equal(res.status, 1);
	assert_string_equal(str_field(json_object_get(doc, "source"), "root"),
	                    fx->root);
	expect_file(doc, "src/a.c", "ok", "");
	expect_file(doc, "src/b.py", "missing", "");
	expect_absent(doc, "docs/c.py");
	assert_int_equal(summary_of(doc, "files"), 4);
	json_decref(doc);
	fixture_result_dispose(&res);

	doc = RUN_JSON(&res, docs, "c.py", "../top.c", NULL);
	assert_int_equal(summary_of(doc, "files"), 2);
	expect_file(doc, "docs/c.py", "missing", "");
	expect_file(doc, "top.c", "ok", "");
	json_decref(doc);
	fixture_result_dispose(&res);
	free(docs);
}

static void test_cli__path_outside_fails(void **state)
{
	fixture *fx = repo_of(state);
	fixture_result res;
	char *parent = fixture_path(fx, "..");

	make_project(fx);
	fixture_run(&res, fx->root, 0, "..", NULL);
	expect_trouble(&res);
	fixture_result_dispose(&res);

	fixture_run(&res, fx->root, 0, "/", NULL);
	expect_trouble(&res);
	fixture_result_dispose(&res);

	fixture_run(&res, fx->root, 0, "src/../../", NULL);
	expect_trouble(&res);
	fixture_result_dispose(&res);

	fixture_run(&res, fx->root, 0, parent, NULL);
	expect_trouble(&res);
	fixture_result_dispose(&res);
	free(parent);
}

static void test_cli__path_nonexistent_fails(void **state)
{
	fixture *fx = repo_of(state);
	fixture_result res;

	make_project(fx);
	fixture_run(&res, fx->root, 0, "no/such/file.c", NULL);
	expect_trouble(&res);
	assert_non_null(strstr(res.err, "no/such/file.c"));
	fixture_result_dispose(&res);

	fixture_run(&res, fx->root, 0, "src/a.c", "missing.c", NULL);
	expect_trouble(&res);
	fixture_result_dispose(&res);
}

/* Outside git a PATH naming a file (or a symlink) is that one entry. */
static void test_cli__path_file_in_plain_directory(void **state)
{
	fixture *fx = keep(state, fixture_new_dir());
	fixture_result res;
	json_t *doc;

	if (!fx) {
		print_message("no scratch directory outside a git work tree; "
		              "skipped\n");
		skip();
	}
	write_ok_c(fx, "src/a.c");
	fixture_write(fx, "src/b.py", "print(1)\n");
	fixture_symlink(fx, "link.c", "src/a.c");

	doc = RUN_JSON(&res, fx->root, "src/b.py", "link.c", NULL);
	assert_int_equal(res.status, 1);
	expect_file(doc, "src/b.py", "missing", "");
	expect_file(doc, "link.c", "skipped", "symlink");
	assert_int_equal(summary_of(doc, "files"), 2);
	json_decref(doc);
	fixture_result_dispose(&res);
}

/* BUG: a PATH that goes through a symlinked directory is read through the
 * link: "ext/x.py" with ext -> a directory outside the work tree is
 * reported as a file of the tree (missing), i.e. hdrcheck reads outside the
 * tree. resolve_paths() only normalizes the path textually; the reader's
 * O_NOFOLLOW guards the last component only. Either exit 2 (the path is
 * outside the tree once resolved) or no finding under "ext/" is fine. */
static void test_cli__path_through_symlink_stays_inside(void **state)
{
	fixture *fx = repo_of(state);
	fixture *outside = keep(state, fixture_new_repo());
	fixture_result res;
	json_t *doc;

	add_ok_c(fx, "a.c");
	fixture_commit(fx, "initial");
	fixture_write(outside, "x.py", "print(1)\n");
	fixture_symlink(fx, "ext", outside->root);

	fixture_run(&res, fx->root, 0, "--format", "json", "ext/x.py", NULL);
	if (res.status == 2) {
		expect_trouble(&res);
	} else {
		doc = parse_json(&res);
		expect_none_under(doc, "ext/");
		json_decref(doc);
	}
	fixture_result_dispose(&res);

	/* the link itself is a symlink finding, never a directory to walk */
	doc = RUN_JSON(&res, fx->root, "ext", NULL);
	expect_file(doc, "ext", "skipped", "symlink");
	assert_int_equal(summary_of(doc, "files"), 1);
	json_decref(doc);
	fixture_result_dispose(&res);
}

/* A PATH naming a nested repository or a submodule's checkout does not
 * walk into it, just as a full scan does not. */
static void test_cli__path_nested_repository_not_descended(void **state)
{
	fixture *fx = repo_of(state);
	fixture_result res;
	git_repository *inner = NULL;
	json_t *doc;
	char *p;

	add_ok_c(fx, "a.c");
	fixture_add_gitlink(fx, "vendor/lib", SUBMODULE_ID);
	fixture_commit(fx, "initial");
	fixture_write(fx, "vendor/lib/.git",
	              "gitdir: ../../.git/modules/lib\n");
	fixture_write(fx, "vendor/lib/inner.py", "print(1)\n");
	p = fixture_path(fx, "third/nested");
	assert_int_equal(git_repository_init(&inner, p, 0), 0);
	git_repository_free(inner);
	free(p);
	fixture_write(fx, "third/nested/inner.py", "print(1)\n");

	doc = RUN_JSON(&res, fx->root, "third", NULL);
	assert_int_equal(summary_of(doc, "files"), 0);
	json_decref(doc);
	fixture_result_dispose(&res);

	doc = RUN_JSON(&res, fx->root, "third/nested", NULL);
	expect_none_under(doc, "third/");
	json_decref(doc);
	fixture_result_dispose(&res);

	doc = RUN_JSON(&res, fx->root, "vendor/lib", NULL);
	expect_file(doc, "vendor/lib", "skipped", "submodule");
	expect_none_under(doc, "vendor/lib/");
	assert_int_equal(summary_of(doc, "files"), 1);
	json_decref(doc);
	fixture_result_dispose(&res);
}

static void test_cli__chdir_option(void **state)
{
	fixture *fx = repo_of(state);
	fixture_result res, base;
	json_t *doc;
	char *src = fixture_path(fx, "src");

	make_project(fx);
	fixture_run(&base, fx->root, 0, "--format", "json", NULL);
	assert_int_equal(base.status, 1);

	/* -C DIR from anywhere is the same as running in DIR */
	fixture_run(&res, "/", 0, "-C", fx->root, "--format", "json", NULL);
	assert_int_equal(res.status, 1);
	assert_int_equal(res.out_len, base.out_len);
	assert_memory_equal(res.out, base.out, base.out_len);
	fixture_result_dispose(&res);

	/* attached form, and a PATH relative to DIR, not to the cwd */
	{
		char *attached = concat("-C", fx->root);

		doc = RUN_JSON(&res, "/", attached, "docs", NULL);
		free(attached);
	}
	assert_int_equal(summary_of(doc, "files"), 1);
	expect_file(doc, "docs/c.py", "missing", "");
	json_decref(doc);
	fixture_result_dispose(&res);

	doc = RUN_JSON(&res, "/", "-C", src, "lib", NULL);
	assert_string_equal(str_field(json_object_get(doc, "source"), "root"),
	                    fx->root);
	assert_int_equal(summary_of(doc, "files"), 1);
	expect_file(doc, "src/lib/d.c", "missing", "");
	json_decref(doc);
	fixture_result_dispose(&res);

	/* a relative -C is relative to the cwd */
	{
		char *parent = fixture_path(fx, "..");
		const char *base_name = strrchr(fx->root, '/') + 1;

		doc = RUN_JSON(&res, parent, "-C", base_name, "top.c", NULL);
		free(parent);
	}
	assert_int_equal(res.status, 0);
	assert_int_equal(summary_of(doc, "files"), 1);
	json_decref(doc);
	fixture_result_dispose(&res);
	fixture_result_dispose(&base);
	free(src);
}

/* BUG: -C naming a regular file is accepted: libgit2 discovers the
 * repository from the file's directory and the whole repository is
 * scanned (exit 1 here). "-C DIR: run as if started in DIR" cannot start in
 * a file; like -C /nonexistent it should be exit 2. */
static void test_cli__chdir_to_file_fails(void **state)
{
	fixture *fx = repo_of(state);
	fixture_result res;
	char *file;

	fixture_add_file(fx, "a.py", "print(1)\n");
	fixture_commit(fx, "initial");
	file = fixture_path(fx, "a.py");
	fixture_run(&res, "/", 0, "-C", file, NULL);
	expect_trouble(&res);
	fixture_result_dispose(&res);
	free(file);
}

/* --- determinism --- */

static void test_cli__jobs_output_identical(void **state)
{
	static const char *const formats[] = {"text", "json"};
	fixture *fx = repo_of(state);
	fixture_result one, many;
	char rel[64];
	size_t i, f;

	for (i = 0; i < 60; i++) {
		snprintf(rel, sizeof(rel), "dir%zu/file%02zu.%s", i % 7, i,
		         i % 3 ? "c" : "py");
		switch (i % 6) {
		case 0:
			write_ok_py(fx, rel);
			break;
		case 1:
		case 4:
			write_ok_c(fx, rel);
			break;
		case 2:
			write_mismatch_c(fx, rel);
			break;
		case 3:
			fixture_write(fx, rel,
			              "// SPDX-License-Identifier: "
			              "MIT\nint x;\n");
			break;
		default:
			fixture_write(fx, rel, i % 12 == 5 ? "" : "int x;\n");
			break;
		}
		if (i % 4)
			fixture_add(fx, rel);
	}
	fixture_commit(fx, "sixty");

	for (f = 0; f < 2; f++) {
		fixture_run(&one, fx->root, 0, "-j", "1", "--format",
		            formats[f], NULL);
		fixture_run(&many, fx->root, 0, "-j", "8", "--format",
		            formats[f], NULL);
		assert_int_equal(one.status, 1);
		assert_int_equal(many.status, 1);
		assert_true(one.out_len > 0);
		assert_int_equal(one.out_len, many.out_len);
		assert_memory_equal(one.out, many.out, one.out_len);
		fixture_result_dispose(&many);
		fixture_run(&many, fx->root, 0, "--jobs=64", "--format",
		            formats[f], NULL);
		assert_int_equal(one.out_len, many.out_len);
		assert_memory_equal(one.out, many.out, one.out_len);
		fixture_result_dispose(&many);
		fixture_result_dispose(&one);
	}
	{
		json_t *doc = RUN_JSON(&one, fx->root, "-j8", NULL);

		assert_int_equal(summary_of(doc, "files"), 60);
		json_decref(doc);
		fixture_result_dispose(&one);
	}
}

/* --- exit codes and errors --- */

/* BUG (sanitizer builds): a report with no copyright holder at all (here
 * the empty repository) makes hdrcheck__report_holders() call
 * qsort(NULL, 0, ...) at reports/util.c:194; UBSan aborts the run with exit
 * 1 instead of 0. Every test whose tree has no holder fails the same way
 * under HDRCHECK_SANITIZE. */
static void test_cli__exit_ok(void **state)
{
	fixture *fx = repo_of(state);
	fixture_result res;

	add_ok_c(fx, "a.c");
	fixture_add_file(fx, "empty.py", "");
	fixture_add_file(fx, "LICENSE", "license\n");
	fixture_commit(fx, "clean");
	fixture_run(&res, fx->root, 0, NULL);
	assert_int_equal(res.status, 0);
	assert_int_equal(res.err_len, 0);
	assert_null(strstr(res.out, "missing ("));
	expect_line(&res, "skipped: 1 empty, 1 excluded");
	expect_line(&res, "3 files: 1 ok, 0 missing, 0 mismatch, "
	                  "0 other_license, 2 skipped, 0 error");
	fixture_result_dispose(&res);

	/* an empty repository is compliant too */
	fx = keep(state, fixture_new_repo());
	fixture_run(&res, fx->root, 0, NULL);
	assert_int_equal(res.status, 0);
	expect_line(&res, "0 files: 0 ok, 0 missing, 0 mismatch, "
	                  "0 other_license, 0 skipped, 0 error");
	fixture_result_dispose(&res);
}

static void test_cli__exit_violations(void **state)
{
	fixture *fx = repo_of(state);
	fixture_result res;
	char *p;
	size_t i;

	add_ok_c(fx, "a.c");
	fixture_commit(fx, "clean");
	/* each kind of violation alone is enough */
	for (i = 0; i < 3; i++) {
		if (i == 0)
			fixture_write(fx, "bad.py", "print(1)\n");
		else if (i == 1)
			fixture_write(fx, "bad.py",
			              "# SPDX-License-Identifier: MIT\n");
		else
			write_mismatch_c(fx, "bad.c");
		fixture_run(&res, fx->root, 0, NULL);
		if (res.status != 1)
			fail_msg("case %zu: exit status %d, expected 1", i,
			         res.status);
		assert_int_equal(res.err_len, 0);
		fixture_result_dispose(&res);
		p = fixture_path(fx, i < 2 ? "bad.py" : "bad.c");
		assert_int_equal(unlink(p), 0);
		free(p);
	}
	fixture_run(&res, fx->root, 0, NULL);
	assert_int_equal(res.status, 0);
	fixture_result_dispose(&res);
}

static void test_cli__exit_usage_errors(void **state)
{
	static const char *const cases[][4] = {
	    {"--bogus", NULL},
	    {"-x", NULL},
	    {"--format", "xml", NULL},
	    {"--format=yaml", NULL},
	    {"--format", NULL},
	    {"-j", "0", NULL},
	    {"-j", "-3", NULL},
	    {"-j", "many", NULL},
	    {"--jobs=", NULL},
	    {"-C", "/nonexistent", NULL},
	    {"-C", NULL},
	    {"-o", "/nonexistent-dir/x", NULL},
	    {"-o", ".", NULL},
	    {"-o", "/dev/full", NULL},
	    {"--color", "rainbow", NULL},
	    {"--exclude=", NULL},
	    {"languages", "extra", NULL},
	    {"--quiet=1", NULL},
	    {"--no-c", NULL},
	    {"-qz", NULL},
	    {"help", "bogus", NULL},
	    {"help", "-q", NULL},
	    {"licenses", "-q", NULL},
	    {"init", "--exclude", "x"},
	    {"fix", "--rev", "HEAD"},
	    {"check", "--year-from-git", NULL},
	};
	fixture *fx = repo_of(state);
	fixture_result res;
	size_t i;

	add_ok_c(fx, "a.c");
	fixture_commit(fx, "clean");
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		fixture_runv(&res, fx->root, 0, cases[i]);
		if (res.status != 2)
			print_error("case %zu: %s %s\n", i, cases[i][0],
			            cases[i][1] ? cases[i][1] : "");
		expect_trouble(&res);
		fixture_result_dispose(&res);
	}
}

static void test_cli__output_file(void **state)
{
	fixture *fx = repo_of(state);
	fixture_result res, ref;
	char *out = fixture_path(fx, "report.json");
	char buf[65536];
	FILE *f;
	size_t n;

	make_project(fx);
	fixture_run(&ref, fx->root, 0, "--format", "json", NULL);
	fixture_run(&res, fx->root, 0, "--format", "json", "-o", out, NULL);
	assert_int_equal(res.status, 1);
	assert_int_equal(res.out_len, 0);
	assert_int_equal(res.err_len, 0);
	f = fopen(out, "rb");
	assert_non_null(f);
	n = fread(buf, 1, sizeof(buf), f);
	fclose(f);
	assert_int_equal(n, ref.out_len);
	assert_memory_equal(buf, ref.out, n);
	fixture_result_dispose(&res);
	fixture_result_dispose(&ref);

	/* a relative -o is relative to the cwd; text works the same */
	fixture_run(&ref, fx->root, 0, NULL);
	fixture_run(&res, fx->root, 0, "--output=report.txt", NULL);
	assert_int_equal(res.status, 1);
	assert_int_equal(res.out_len, 0);
	free(out);
	out = fixture_path(fx, "report.txt");
	f = fopen(out, "rb");
	assert_non_null(f);
	n = fread(buf, 1, sizeof(buf), f);
	fclose(f);
	assert_int_equal(n, ref.out_len);
	assert_memory_equal(buf, ref.out, n);
	fixture_result_dispose(&res);
	fixture_result_dispose(&ref);
	free(out);
}

/* --- the text report --- */

static void make_mixed(fixture *fx)
{
	add_ok_c(fx, "ok.c");
	fixture_add_file(fx, "a/missing.py", "print(1)\n");
	fixture_add_file(fx, "b.py", "x = 1\n");
	write_mismatch_c(fx, "mismatch.c");
	fixture_add(fx, "mismatch.c");
	fixture_add_file(fx, "mit.js",
	                 "// SPDX-License-Identifier: MIT\nvar x = 1;\n");
	fixture_add_file(fx, "empty.c", "");
	fixture_add_file(fx, "LICENSE", "license\n");
	fixture_add_file(fx, "NOTICE", "notice\n");
	fixture_commit(fx, "mixed");
}

/* Every line of a text report is a group heading, a "  path..." entry,
 * "skipped: ...", "copyright holders: ...", "licenses (SPDX License List
 * X): ..." or the final "N files: ..." (docs/report-schema.md). */
static void expect_text_shape(const fixture_result *res)
{
	static const char *const headings[] = {"missing (", "mismatch (",
	                                       "other_license (", "error ("};
	const char *line = res->out, *end;
	size_t i;
	int known;

	for (; *line; line = end + 1) {
		end = strchr(line, '\n');
		assert_non_null(end);
		known =
		    strncmp(line, "  ", 2) == 0 ||
		    strncmp(line, "skipped: ", 9) == 0 ||
		    strncmp(line, "copyright holders: ", 19) == 0 ||
		    strncmp(line, "licenses (SPDX License List ", 28) == 0 ||
		    (end[1] == '\0' && strstr(line, " files: ") != NULL &&
		     strstr(line, " files: ") < end);
		for (i = 0; i < sizeof(headings) / sizeof(headings[0]); i++)
			if (strncmp(line, headings[i], strlen(headings[i])) ==
			        0 &&
			    end[-1] == ':')
				known = 1;
		if (!known)
			fail_msg(
			    "unexpected line in the text report: \"%.*s\"\n"
			    "in:\n%s",
			    (int)(end - line), line, res->out);
	}
}

static void test_cli__text_format(void **state)
{
	fixture *fx = repo_of(state);
	fixture_result res;
	const char *missing, *mismatch, *other, *skipped, *summary;

	make_mixed(fx);
	fixture_run(&res, fx->root, 0, "check", NULL);
	assert_int_equal(res.status, 1);
	assert_int_equal(res.err_len, 0);
	expect_line(&res, "missing (2):");
	expect_line(&res, "  a/missing.py: no license header");
	expect_line(&res, "  b.py: no license header");
	expect_line(&res, "mismatch (1):");
	expect_line(&res, "other_license (1):");
	expect_line(&res, "  mit.js:1: MIT instead of Apache-2.0");
	expect_line(&res, "skipped: 1 empty, 2 excluded");
	expect_line(&res, "8 files: 1 ok, 2 missing, 1 mismatch, "
	                  "1 other_license, 3 skipped, 0 error");
	/* "path:line: message" for the mismatch */
	assert_non_null(
	    strstr(res.out, "\n  mismatch.c:1: Apache-2.0 header differs"));
	/* the groups in order, the summary last */
	missing = strstr(res.out, "missing (2):");
	mismatch = strstr(res.out, "mismatch (1):");
	other = strstr(res.out, "other_license (1):");
	skipped = strstr(res.out, "skipped: ");
	summary = strstr(res.out, "8 files: ");
	assert_true(missing == res.out);
	assert_true(missing < mismatch && mismatch < other && other < skipped &&
	            skipped < summary);
	assert_string_equal(summary + strcspn(summary, "\n"), "\n");
	/* paths within a group sorted */
	assert_true(strstr(res.out, "a/missing.py") < strstr(res.out, "b.py"));
	/* ok files are not listed */
	assert_null(strstr(res.out, "ok.c"));
	/* no colour into a pipe */ assert_null(
	    memchr(res.out, '\033', res.out_len));
	/* the documented shape, nothing else: the groups, then the
	 * summary lines "skipped: ...", "copyright holders: ...",
	 * "licenses (...): ..." and "N files: ..." */
	expect_text_shape(&res);
	assert_non_null(strstr(res.out, "\ncopyright holders: "));
	assert_non_null(strstr(res.out, "): 1 Apache-2.0; 1 MIT\n8 files: "));
	assert_int_equal(count_lines(res.out), 11);
	fixture_result_dispose(&res);
}

static void test_cli__quiet(void **state)
{
	fixture *fx = repo_of(state);
	fixture_result res, full;

	make_mixed(fx);
	fixture_run(&full, fx->root, 0, NULL);
	fixture_run(&res, fx->root, 0, "-q", NULL);
	assert_int_equal(res.status, 1);
	assert_null(strstr(res.out, "skipped"));
	assert_null(strstr(res.out, "files:"));
	expect_line(&res, "missing (2):");
	expect_line(&res, "  b.py: no license header");
	expect_line(&res, "  mit.js:1: MIT instead of Apache-2.0");
	assert_int_equal(count_lines(res.out), 7);
	/* the violations part of the full report, byte for byte */
	assert_true(full.out_len > res.out_len);
	assert_memory_equal(full.out, res.out, res.out_len);
	fixture_result_dispose(&res);

	/* quiet and compliant: nothing at all */
	fixture_run(&res, fx->root, 0, "--quiet", "ok.c", "LICENSE", NULL);
	assert_int_equal(res.status, 0);
	assert_int_equal(res.out_len, 0);
	fixture_result_dispose(&res);
	fixture_result_dispose(&full);
}

static void test_cli__color(void **state)
{
	fixture *fx = repo_of(state);
	fixture_result res;

	make_mixed(fx);
	fixture_run(&res, fx->root, 0, "--color", "always", NULL);
	assert_int_equal(res.status, 1);
	assert_non_null(memchr(res.out, '\033', res.out_len));
	fixture_result_dispose(&res);
	fixture_run(&res, fx->root, 0, "--color=never", NULL);
	assert_null(memchr(res.out, '\033', res.out_len));
	fixture_result_dispose(&res);
	/* JSON is never coloured */
	fixture_run(&res, fx->root, 0, "--color", "always", "--format", "json",
	            NULL);
	assert_null(memchr(res.out, '\033', res.out_len));
	fixture_result_dispose(&res);
}

/* --- the other commands --- */

static void test_cli__version(void **state)
{
	fixture_result res;

	(void)state;
	char want[128];

	(void)state;
	snprintf(want, sizeof(want), "hdrcheck 0.1.0\nSPDX License List %s\n",
	         hdrcheck_license_list_version());
	fixture_run(&res, "/", 0, "--version", NULL);
	assert_int_equal(res.status, 0);
	assert_string_equal(res.out, want);
	assert_int_equal(res.err_len, 0);
	fixture_result_dispose(&res);
	fixture_run(&res, "/", 0, "-V", NULL);
	assert_string_equal(res.out, want);
	fixture_result_dispose(&res);
}

/* hdrcheck licenses: the whole catalogue, as a table or as JSON. */
static void test_cli__licenses(void **state)
{
	fixture_result res;
	json_error_t jerr;
	json_t *doc, *list, *e;
	size_t i;
	int saw_mit = 0, saw_gpl2 = 0;

	(void)state;
	fixture_run(&res, "/", 0, "licenses", NULL);
	assert_int_equal(res.status, 0);
	assert_int_equal(res.err_len, 0);
	assert_int_equal(count_lines(res.out), hdrcheck_licenses_count() + 2);
	assert_non_null(strstr(res.out, "\nMIT "));
	assert_non_null(strstr(res.out, " MIT License\n"));
	assert_non_null(strstr(res.out, "(deprecated; use GPL-2.0-only)\n"));
	assert_non_null(strstr(res.out, "\nLLVM-exception "));
	assert_non_null(
	    strstr(res.out, " osi,hdr   Mozilla Public License 2.0\n"));
	fixture_result_dispose(&res);

	fixture_run(&res, "/", 0, "licenses", "--format", "json", NULL);
	assert_int_equal(res.status, 0);
	assert_non_null(doc = json_loads(res.out, 0, &jerr));
	assert_string_equal(
	    json_string_value(json_object_get(doc, "license_list_version")),
	    hdrcheck_license_list_version());
	list = json_object_get(doc, "licenses");
	assert_int_equal(json_array_size(list), hdrcheck_licenses_count());
	json_array_foreach(list, i, e)
	{
		const char *id = json_string_value(json_object_get(e, "id"));

		if (!strcmp(id, "MIT")) {
			saw_mit = 1;
			assert_true(
			    json_is_true(json_object_get(e, "osi_approved")));
			assert_true(json_is_true(json_object_get(e, "text")));
			assert_true(json_is_false(
			    json_object_get(e, "standard_header")));
		}
		if (!strcmp(id, "GPL-2.0-or-later"))
			assert_true(json_is_true(
			    json_object_get(e, "standard_header")));
		if (!strcmp(id, "GPL-2.0")) {
			saw_gpl2 = 1;
			assert_true(
			    json_is_true(json_object_get(e, "deprecated")));
			assert_string_equal(json_string_value(json_object_get(
			                        e, "replacement")),
			                    "GPL-2.0-only");
		}
	}
	assert_true(saw_mit && saw_gpl2);
	json_decref(doc);
	fixture_result_dispose(&res);

	fixture_run(&res, "/", 0, "licenses", "--format", "csv", NULL);
	assert_int_equal(res.status, 2);
	assert_string_equal(
	    res.err, "hdrcheck: licenses: --format must be text or json\n");
	fixture_result_dispose(&res);
	fixture_run(&res, "/", 0, "licenses", "MIT", NULL);
	assert_int_equal(res.status, 2);
	fixture_result_dispose(&res);
}

static void test_cli__languages(void **state)
{
	fixture_result res;

	(void)state;
	fixture_run(&res, "/", 0, "languages", NULL);
	assert_int_equal(res.status, 0);
	assert_int_equal(res.err_len, 0);
	assert_true(count_lines(res.out) >= 100);
	assert_non_null(strstr(res.out, "\nPython "));
	assert_non_null(strstr(res.out, "*.py"));
	assert_non_null(strstr(res.out, "\nC "));
	fixture_result_dispose(&res);
}

static void test_cli__help(void **state)
{
	static const char *const options[] = {
	    "-C DIR",    "--format", "-f,",        "--output",  "-o,",
	    "--jobs",    "-j,",      "--color",    "--quiet",   "-q,",
	    "--exclude", "--help",   "-h,",        "--version", "-V,",
	    "languages", "PATH",     "Exit status"};
	fixture_result res;
	size_t i;

	(void)state;
	fixture_run(&res, "/", 0, "--help", NULL);
	assert_int_equal(res.status, 0);
	assert_int_equal(res.err_len, 0);
	for (i = 0; i < sizeof(options) / sizeof(options[0]); i++)
		if (!strstr(res.out, options[i]))
			fail_msg("--help does not mention %s", options[i]);
	fixture_result_dispose(&res);
	fixture_run(&res, "/", 0, "-h", NULL);
	assert_int_equal(res.status, 0);
	assert_non_null(strstr(res.out, "usage: hdrcheck"));
	fixture_result_dispose(&res);
}

/* Each command's --help is its own, and "help CMD" prints the same. */
static void test_cli__help_per_command(void **state)
{
	static const struct {
		const char *command, *has, *lacks;
	} cases[] = {
	    {"check", "--write-baseline FILE", "--dry-run"},
	    {"fix", "--year-from-git", "--rev"},
	    {"explain", "usage: hdrcheck explain", "--jobs"},
	    {"init", "usage: hdrcheck init [-C DIR]\n", "--config"},
	    {"languages", "usage: hdrcheck languages\n", "--format"},
	    {"licenses", "text (default) or json", "sarif"},
	};
	fixture_result res, via_help;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		fixture_run(&res, "/", 0, cases[i].command, "--help", NULL);
		assert_int_equal(res.status, 0);
		assert_int_equal(res.err_len, 0);
		if (!strstr(res.out, cases[i].has) ||
		    strstr(res.out, cases[i].lacks))
			fail_msg("%s --help:\n%s", cases[i].command, res.out);
		fixture_run(&via_help, "/", 0, "help", cases[i].command, NULL);
		assert_int_equal(via_help.status, 0);
		assert_string_equal(via_help.out, res.out);
		fixture_result_dispose(&via_help);
		fixture_result_dispose(&res);
	}
	fixture_run(&res, "/", 0, "help", "bogus", NULL);
	assert_int_equal(res.status, 2);
	assert_string_equal(res.err, "hdrcheck: unknown command \"bogus\" "
	                             "(see hdrcheck --help)\n");
	fixture_result_dispose(&res);
}

#define CLI_TEST(name)                                                         \
	cmocka_unit_test_setup_teardown(name, setup_test, teardown_test)

int main(void)
{
	const struct CMUnitTest tests[] = {
	    CLI_TEST(test_cli__tracked_statuses),
	    CLI_TEST(test_cli__files_sorted_bytewise),
	    CLI_TEST(test_cli__unborn_head),
	    CLI_TEST(test_cli__untracked_file_scanned),
	    CLI_TEST(test_cli__ignored_file_not_scanned),
	    CLI_TEST(test_cli__ignored_dir_not_listed),
	    CLI_TEST(test_cli__ignore_negation_matches_git),
	    CLI_TEST(test_cli__tracked_file_in_ignored_dir_listed),
	    CLI_TEST(test_cli__deleted_tracked_file_left_out),
	    CLI_TEST(test_cli__nested_repository_not_descended),
	    CLI_TEST(test_cli__gitdir_file_worktree),
	    CLI_TEST(test_cli__linked_worktree),
	    CLI_TEST(test_cli__bare_repository_fails),
	    CLI_TEST(test_cli__submodule_skipped),
	    CLI_TEST(test_cli__symlink_skipped),
	    CLI_TEST(test_cli__lfs_pointer_skipped),
	    CLI_TEST(test_cli__crlf_and_bom_headers_ok),
	    CLI_TEST(test_cli__empty_file_skipped),
	    CLI_TEST(test_cli__binary_file_skipped),
	    CLI_TEST(test_cli__license_file_excluded),
	    CLI_TEST(test_cli__exclude_option),
	    CLI_TEST(test_cli__fifo_skipped),
	    CLI_TEST(test_cli__unreadable_file_error),
	    CLI_TEST(test_cli__escaped_names),
	    CLI_TEST(test_cli__plain_directory),
	    CLI_TEST(test_cli__path_file),
	    CLI_TEST(test_cli__path_directory),
	    CLI_TEST(test_cli__path_relative_from_subdir),
	    CLI_TEST(test_cli__path_outside_fails),
	    CLI_TEST(test_cli__path_nonexistent_fails),
	    CLI_TEST(test_cli__path_file_in_plain_directory),
	    CLI_TEST(test_cli__path_through_symlink_stays_inside),
	    CLI_TEST(test_cli__path_nested_repository_not_descended),
	    CLI_TEST(test_cli__chdir_option),
	    CLI_TEST(test_cli__chdir_to_file_fails),
	    CLI_TEST(test_cli__jobs_output_identical),
	    CLI_TEST(test_cli__exit_ok),
	    CLI_TEST(test_cli__exit_violations),
	    CLI_TEST(test_cli__exit_usage_errors),
	    CLI_TEST(test_cli__output_file),
	    CLI_TEST(test_cli__text_format),
	    CLI_TEST(test_cli__quiet),
	    CLI_TEST(test_cli__color),
	    CLI_TEST(test_cli__version),
	    CLI_TEST(test_cli__licenses),
	    CLI_TEST(test_cli__languages),
	    CLI_TEST(test_cli__help),
	    CLI_TEST(test_cli__help_per_command),
	};

	return cmocka_run_group_tests_name("cli", tests, setup_group,
	                                   teardown_group);
}
