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
 * git's environment, end to end: the variables git sets for its hooks
 * (GIT_INDEX_FILE above all, for `git commit -a` and `git commit PATH`)
 * and those a user sets (GIT_DIR, GIT_WORK_TREE, GIT_OBJECT_DIRECTORY,
 * GIT_COMMON_DIR) name the repository hdrcheck checks. The hook tests run
 * the real git.
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
#include "harness.h"

#define DEADLINE 60.0

/* Two committed files with their header. */
static fixture *repo(void)
{
	fixture *fx = fixture_new_repo();

	fixture_add_file(fx, "ok.c", fixture_header_c);
	fixture_add_file(fx, "victim.c", fixture_header_c);
	fixture_commit(fx, "two files");
	return fx;
}

static void git(hostile_result *res, const char *git_path, const char *cwd,
                const char *a1, const char *a2, const char *a3, const char *a4)
{
	const char *argv[] = {git_path,
	                      "-c",
	                      "user.name=t",
	                      "-c",
	                      "user.email=t@example.com",
	                      "-c",
	                      "core.hooksPath=.git/hooks",
	                      a1,
	                      a2,
	                      a3,
	                      a4,
	                      NULL};

	hostile_run_program(res, cwd, DEADLINE, NULL, argv);
}

/* HEAD's commit id as git sees it. */
static char *head(const char *git_path, const char *cwd)
{
	hostile_result res;
	char *id;

	git(&res, git_path, cwd, "rev-parse", "HEAD", NULL, NULL);
	hostile_assert_status(&res, 0);
	id = strdup(res.out);
	assert_non_null(id);
	hostile_result_dispose(&res);
	return id;
}

static void write_hook(const fixture *fx)
{
	char *hook = fixture_path(fx, ".git/hooks/pre-commit"), *text;
	size_t n = strlen(HDRCHECK_TEST_BIN) + 64;

	fixture_mkdir(fx, ".git/hooks");
	text = malloc(n);
	assert_non_null(text);
	/* the README's hook */
	snprintf(text, n, "#!/bin/sh\nexec '%s' --staged -q\n",
	         HDRCHECK_TEST_BIN);
	fixture_write(fx, ".git/hooks/pre-commit", text);
	assert_int_equal(chmod(hook, 0755), 0);
	free(text);
	free(hook);
}

/*
 * `git commit -a` and `git commit PATH` run the pre-commit hook with a
 * temporary index in GIT_INDEX_FILE: the hook must see what is about to
 * be committed, not .git/index. A commit that drops a header fails; one
 * that keeps them passes (the hook is not failing everything).
 */
static void test_hostile_env__pre_commit_hook(void **state)
{
	char *git_path = hostile_which("git"), *before, *after;
	static const char *const modes[] = {"-a", "PATH"};
	size_t m;

	(void)state;
	if (!git_path)
		skip(); /* git is installed in CI */
	for (m = 0; m < 2; m++) {
		fixture *fx = repo();
		hostile_result res;
		int with_path = strcmp(modes[m], "PATH") == 0;

		write_hook(fx);
		/* a change that keeps the header: the hook passes */
		{
			char *t = malloc(strlen(fixture_header_c) + 16);

			assert_non_null(t);
			snprintf(t, strlen(fixture_header_c) + 16,
			         "%sint ok;\n", fixture_header_c);
			fixture_write(fx, "ok.c", t);
			free(t);
		}
		git(&res, git_path, fx->root, "commit", "-qm", "keeps",
		    with_path ? "ok.c" : "-a");
		if (res.status != 0)
			fail_msg("%s: a commit keeping the headers failed: "
			         "%s%s",
			         modes[m], res.out, res.err);
		hostile_result_dispose(&res);
		/* drop victim.c's header in the work tree only: the index
		 * git keeps in .git/index still has it */
		before = head(git_path, fx->root);
		fixture_write(fx, "victim.c", "int victim;\n");
		git(&res, git_path, fx->root, "commit", "-qm", "drops",
		    with_path ? "victim.c" : "-a");
		if (res.status == 0)
			fail_msg("%s: the hook let a commit drop a header",
			         modes[m]);
		/* git sends the hook's stdout to stderr */
		assert_true(strstr(res.out, "victim.c: no license header") ||
		            strstr(res.err, "victim.c: no license header"));
		hostile_result_dispose(&res);
		after = head(git_path, fx->root);
		assert_string_equal(before, after);
		free(before);
		free(after);
		fixture_free(fx);
	}
	free(git_path);
}

/* Run hdrcheck in cwd with env. */
static void run_env(hostile_result *res, const char *cwd, hostile_env env,
                    const char *a1, const char *a2)
{
	const char *args[] = {"check", "--no-cache", a1, a2, NULL};

	hostile_run(res, cwd, DEADLINE, env, args);
}

/* GIT_DIR and GIT_WORK_TREE name a repository hdrcheck does not start
 * in; GIT_DIR alone makes the current directory the work tree. */
static void test_hostile_env__git_dir_and_work_tree(void **state)
{
	fixture *fx = repo(), *elsewhere = fixture_new_dir();
	char *gitdir = fixture_path(fx, ".git"), *e1, *e2;
	hostile_result res;

	(void)state;
	fixture_write(fx, "victim.c", "int victim;\n");
	e1 = malloc(strlen(gitdir) + 16);
	e2 = malloc(strlen(fx->root) + 16);
	assert_non_null(e1);
	assert_non_null(e2);
	snprintf(e1, strlen(gitdir) + 16, "GIT_DIR=%s", gitdir);
	snprintf(e2, strlen(fx->root) + 16, "GIT_WORK_TREE=%s", fx->root);
	{
		const char *env[] = {e1, e2, NULL};

		run_env(&res, elsewhere->root, env, NULL, NULL);
		hostile_assert_status(&res, 1);
		assert_true(hostile_has_line(res.out, res.out_len,
		                             "  victim.c: no license header"));
		hostile_result_dispose(&res);
		run_env(&res, elsewhere->root, env, "--staged", NULL);
		hostile_assert_status(&res, 0); /* victim.c is not staged */
		hostile_result_dispose(&res);
	}
	{
		/* GIT_DIR alone, from the top of the work tree */
		const char *env[] = {e1, NULL};

		run_env(&res, fx->root, env, NULL, NULL);
		hostile_assert_status(&res, 1);
		assert_true(hostile_has_line(res.out, res.out_len,
		                             "  victim.c: no license header"));
		hostile_result_dispose(&res);
	}
	{
		const char *env[] = {"GIT_DIR=/nonexistent/repo.git", NULL};

		run_env(&res, fx->root, env, NULL, NULL);
		hostile_assert_status(&res, 2);
		assert_non_null(strstr(res.err, "GIT_DIR"));
		hostile_result_dispose(&res);
	}
	free(e1);
	free(e2);
	free(gitdir);
	fixture_free(elsewhere);
	fixture_free(fx);
}

/* GIT_INDEX_FILE, relative to the current directory as git has it. */
static void test_hostile_env__index_file(void **state)
{
	fixture *fx = repo();
	char *git_path = hostile_which("git");
	hostile_result res;

	(void)state;
	if (!git_path)
		skip();
	fixture_write(fx, "victim.c", "int victim;\n");
	{
		/* stage the header-less file in another index only */
		const char *argv[] = {
		    "/bin/sh", "-c",
		    "cp .git/index .git/other && "
		    "GIT_INDEX_FILE=.git/other git add victim.c",
		    NULL};

		hostile_run_program(&res, fx->root, DEADLINE, NULL, argv);
		hostile_assert_status(&res, 0);
		hostile_result_dispose(&res);
	}
	{
		const char *env[] = {"GIT_INDEX_FILE=.git/other", NULL};

		run_env(&res, fx->root, NULL, "--staged", NULL);
		hostile_assert_status(&res, 0);
		hostile_result_dispose(&res);
		run_env(&res, fx->root, env, "--staged", NULL);
		hostile_assert_status(&res, 1);
		assert_true(hostile_has_line(res.out, res.out_len,
		                             "  victim.c: no license header"));
		hostile_result_dispose(&res);
	}
	free(git_path);
	fixture_free(fx);
}

/* GIT_OBJECT_DIRECTORY: the objects moved out of .git are found, by
 * libgit2 and by the pack reader. A GIT_COMMON_DIR that is not the git
 * directory's cannot be honoured: exit 2, one line. */
static void test_hostile_env__object_and_common_dir(void **state)
{
	fixture *fx = repo(), *store = fixture_new_dir();
	char *git_path = hostile_which("git"), *objects, *env1;
	hostile_result res;

	(void)state;
	if (!git_path)
		skip();
	{
		/* packed, then moved */
		const char *argv[] = {git_path, "repack", "-adq", NULL};

		hostile_run_program(&res, fx->root, DEADLINE, NULL, argv);
		hostile_assert_status(&res, 0);
		hostile_result_dispose(&res);
	}
	objects = fixture_path(store, "objects");
	{
		char *from = fixture_path(fx, ".git/objects");

		assert_int_equal(rename(from, objects), 0);
		assert_int_equal(mkdir(from, 0777), 0);
		free(from);
	}
	env1 = malloc(strlen(objects) + 32);
	assert_non_null(env1);
	snprintf(env1, strlen(objects) + 32, "GIT_OBJECT_DIRECTORY=%s",
	         objects);
	{
		const char *env[] = {env1, NULL};

		run_env(&res, fx->root, env, "--rev", "HEAD");
		hostile_assert_status(&res, 0);
		assert_true(hostile_has_line(res.out, res.out_len,
		                             "2 files: 2 ok, 0 missing, 0 "
		                             "mismatch, 0 other_license, 0 "
		                             "skipped, 0 error"));
		hostile_result_dispose(&res);
	}
	{
		const char *env[] = {"GIT_COMMON_DIR=/tmp", NULL};

		run_env(&res, fx->root, env, NULL, NULL);
		hostile_assert_status(&res, 2);
		assert_non_null(strstr(res.err, "GIT_COMMON_DIR"));
		assert_ptr_equal(strchr(res.err, '\n'),
		                 res.err + res.err_len - 1);
		hostile_result_dispose(&res);
	}
	free(env1);
	free(objects);
	free(git_path);
	fixture_free(store);
	fixture_free(fx);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_hostile_env__pre_commit_hook),
	    cmocka_unit_test(test_hostile_env__git_dir_and_work_tree),
	    cmocka_unit_test(test_hostile_env__index_file),
	    cmocka_unit_test(test_hostile_env__object_and_common_dir),
	};

	return cmocka_run_group_tests_name(
	    "hostile_env", tests, fixture_group_setup, fixture_group_teardown);
}
