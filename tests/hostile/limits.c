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
 * Resource limits, end to end: a descriptor limit (ulimit -n) with many
 * workers asked for (-j 64, the default on a 64-CPU runner), and an
 * address-space limit (ulimit -v) with -j 16. The run adapts and gives
 * the verdicts of an unlimited run, or stops with exit status 2 and one
 * line; running out of descriptors is never a finding about a file
 * (it was: "error: Too many open files" on each, and exit 0 with
 * --fail-on missing).
 */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include "harness.h"

#define DEADLINE 120.0
#define FILES    600

/* FILES committed files in 60 directories, every seventh without a
 * header, and a few untracked ones. */
static fixture *many_files(void)
{
	fixture *fx = fixture_new_repo();
	size_t i;

	for (i = 0; i < FILES; i++) {
		char rel[64];

		char dir[16];

		snprintf(dir, sizeof(dir), "d%zu", i % 60);
		snprintf(rel, sizeof(rel), "d%zu/f%zu.c", i % 60, i);
		fixture_mkdir(fx, dir);
		fixture_add_file(fx, rel,
		                 i % 7 == 3 ? "int x;\n" : fixture_header_c);
	}
	fixture_commit(fx, "many files");
	fixture_write(fx, "d1/untracked.c", "int untracked;\n");
	fixture_write(fx, "d2/untracked.c", fixture_header_c);
	return fx;
}

/* hdrcheck under a shell's ulimit ("-n 32", "-v 262144"), with -j jobs
 * and the NULL-terminated args. */
static void run_limited(hostile_result *res, const fixture *fx,
                        const char *limit, const char *jobs,
                        const char *const *args)
{
	char script[128];
	const char *argv[16];
	size_t n = 0;

	snprintf(script, sizeof(script), "ulimit %s && exec \"$0\" \"$@\"",
	         limit);
	argv[n++] = "/bin/sh";
	argv[n++] = "-c";
	argv[n++] = script;
	argv[n++] = HDRCHECK_TEST_BIN;
	argv[n++] = "check";
	argv[n++] = "--format";
	argv[n++] = "json";
	argv[n++] = "-j";
	argv[n++] = jobs;
	for (; args && *args && n < 15; args++)
		argv[n++] = *args;
	argv[n] = NULL;
	hostile_run_program(res, fx->root, DEADLINE, NULL, argv);
}

static void run_plain(hostile_result *res, const fixture *fx, const char *a1,
                      const char *a2)
{
	const char *args[] = {"check", "--format", "json", "--no-cache", "-j",
	                      "1",     a1,         a2,     NULL};

	hostile_run(res, fx->root, DEADLINE, NULL, args);
}

/* The same report as the unlimited run, or exit 2 with one line saying
 * what ran out. */
static void assert_same_or_tool_error(const hostile_result *res,
                                      const hostile_result *ref, int strict)
{
	if (res->timed_out)
		fail_msg("did not finish");
	assert_null(strstr(res->out, "Too many open files"));
	assert_null(strstr(res->out, "Cannot allocate memory"));
	if (!strict && res->status == 2) {
		assert_true(strncmp(res->err, "hdrcheck: ", 10) == 0);
		assert_ptr_equal(strchr(res->err, '\n'),
		                 res->err + res->err_len - 1);
		return;
	}
	if (res->status != ref->status)
		fail_msg("exit %d, unlimited %d; stderr: %s", res->status,
		         ref->status, res->err);
	assert_string_equal(res->out, ref->out);
}

static void test_hostile_limits__descriptors(void **state)
{
	static const char *const modes[][4] = {
	    {"--no-cache", NULL},
	    {"--no-cache", "--rev", "HEAD", NULL},
	    {"--no-cache", "--staged", NULL},
	};
	static const char *const cached[] = {NULL};
	fixture *fx = many_files();
	size_t m;

	(void)state;
	for (m = 0; m < sizeof(modes) / sizeof(modes[0]); m++) {
		hostile_result ref, res;

		run_plain(&ref, fx, modes[m][1], modes[m][2]);
		assert_true(ref.status == 0 || ref.status == 1);
		/* room for a few workers, not for 64 */
		run_limited(&res, fx, "-n 32", "64", modes[m]);
		assert_same_or_tool_error(&res, &ref, 1);
		hostile_result_dispose(&res);
		if (m == 0) {
			int k;

			/* the result cache, filled then read */
			for (k = 0; k < 2; k++) {
				run_limited(&res, fx, "-n 32", "64", cached);
				assert_same_or_tool_error(&res, &ref, 1);
				hostile_result_dispose(&res);
			}
			/* hardly any descriptor: right, or exit 2 */
			run_limited(&res, fx, "-n 6", "64", modes[m]);
			assert_same_or_tool_error(&res, &ref, 0);
			hostile_result_dispose(&res);
		}
		hostile_result_dispose(&ref);
	}
	fixture_free(fx);
}

/*
 * Out of descriptors at one file, one tracked directory, one untracked
 * directory (the shim fails their open with EMFILE): exit 2 with one
 * line, in every mode that reads the work tree, also with --fail-on
 * missing (which let a header-less file pass when the error was a
 * finding).
 */
static void test_hostile_limits__emfile_is_an_error(void **state)
{
	static const char *const names[] = {"f13.c", "d7", "new"};
	fixture *fx = many_files();
	char shim[1024], deny[64];
	size_t i, m;

	(void)state;
	fixture_mkdir(fx, "new");
	fixture_write(fx, "new/untracked.c", "int untracked;\n");
	snprintf(shim, sizeof(shim), "LD_PRELOAD=%s", hostile_shim_path());
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		for (m = 0; m < 2; m++) {
			const char *env[] = {shim, deny, NULL};
			const char *args[] = {
			    "check", "--no-cache",  "--fail-on", "missing",
			    "-j",    m ? "4" : "1", NULL};
			hostile_result res;

			snprintf(deny, sizeof(deny), "HOSTILE_SHIM_EMFILE=%s",
			         names[i]);
			hostile_run(&res, fx->root, DEADLINE, env, args);
			if (res.status != 2)
				fail_msg("%s: exit %d: %s%s", names[i],
				         res.status, res.out, res.err);
			if (!strstr(res.err, "Too many open files"))
				fail_msg("%s -j%s: %s", names[i], m ? "4" : "1",
				         res.err);
			assert_ptr_equal(strchr(res.err, '\n'),
			                 res.err + res.err_len - 1);
			hostile_result_dispose(&res);
		}
	}
	fixture_free(fx);
}

/* Under an address-space limit, -j 16 runs with the threads that fit
 * (it gave up: "cannot start a thread"). */
static void test_hostile_limits__address_space(void **state)
{
	fixture *fx;
	hostile_result ref, res;

	(void)state;
	if (hostile_sanitized())
		skip(); /* the sanitizers reserve terabytes of addresses */
	fx = many_files();
	run_plain(&ref, fx, NULL, NULL);
	{
		static const char *const args[] = {"--no-cache", NULL};

		run_limited(&res, fx, "-v 262144", "16", args);
		assert_same_or_tool_error(&res, &ref, 1);
		hostile_result_dispose(&res);
	}
	hostile_result_dispose(&ref);
	fixture_free(fx);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_hostile_limits__descriptors),
	    cmocka_unit_test(test_hostile_limits__emfile_is_an_error),
	    cmocka_unit_test(test_hostile_limits__address_space),
	};

	return cmocka_run_group_tests_name("hostile_limits", tests,
	                                   fixture_group_setup,
	                                   fixture_group_teardown);
}
