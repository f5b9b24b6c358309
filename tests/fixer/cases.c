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
 * Data-driven fix cases: every directory under tests/data/fix holds an
 * input file, the file fix must make of it (byte for byte), and the
 * outcome. Each case runs the whole cycle in a fresh repository: a dry
 * run (nothing written; its diff, applied with `git apply`, gives the
 * expected file), the fix, check on the result, a second fix (a no-op),
 * and a look for stray temporary files. See tests/data/fix/README.md.
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
#include <strings.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>
#include "hdrcheck/hdrcheck.h"
#include "../cli/fixture.h"
#include "../golden.h"

#define CASES_DIR HDRCHECK_TEST_DATA "/fix"
#define YEAR      2026

/* The file of the case whose name is prefix or starts with "prefix.". */
static char *case_file(const char *dir, const char *prefix, char *ext,
                       size_t ext_size)
{
	struct dirent *de;
	DIR *d = opendir(dir);
	char *found = NULL;
	size_t n = strlen(prefix), size;

	assert_non_null(d);
	while ((de = readdir(d)) != NULL) {
		if (strncmp(de->d_name, prefix, n) != 0 ||
		    (de->d_name[n] != '\0' && de->d_name[n] != '.'))
			continue;
		size = strlen(dir) + strlen(de->d_name) + 2;
		found = malloc(size);
		assert_non_null(found);
		snprintf(found, size, "%s/%s", dir, de->d_name);
		if (ext)
			snprintf(ext, ext_size, "%s", de->d_name + n);
		break;
	}
	closedir(d);
	return found;
}

/* "key: value" lines of the outcome file. */
static const char *outcome_get(char *outcome, const char *key, char *out,
                               size_t size)
{
	char *line = outcome;
	size_t n = strlen(key);

	while (line && *line) {
		char *nl = strchr(line, '\n');
		size_t len = nl ? (size_t)(nl - line) : strlen(line);

		if (len > n + 1 && strncmp(line, key, n) == 0 &&
		    line[n] == ':') {
			const char *v = line + n + 1;

			while (*v == ' ')
				v++;
			snprintf(out, size, "%.*s",
			         (int)(len - (size_t)(v - line)), v);
			return out;
		}
		line = nl ? nl + 1 : NULL;
	}
	return NULL;
}

static void run_fix(hdrcheck_fix_result **res, fixture *fx, const char *path,
                    int dry_run)
{
	hdrcheck_check_options copts = HDRCHECK_CHECK_OPTIONS_INIT;
	hdrcheck_fix_options fopts = HDRCHECK_FIX_OPTIONS_INIT;
	const char *paths[1];
	int rc;

	paths[0] = path;
	copts.dir = fx->root;
	copts.paths = paths;
	copts.paths_count = 1;
	copts.jobs = 1;
	copts.no_cache = 1;
	fopts.check = &copts;
	fopts.dry_run = dry_run;
	fopts.year = YEAR;
	rc = hdrcheck_fix(res, &fopts);
	if (rc < 0)
		fail_msg("hdrcheck_fix: %s", hdrcheck_error_last());
}

static void assert_bytes(const char *name, const char *what, const char *got,
                         size_t got_len, const char *want, size_t want_len)
{
	if (got_len == want_len && memcmp(got, want, got_len) == 0)
		return;
	print_error("%s: %s differs (%zu bytes, expected %zu)\n", name, what,
	            got_len, want_len);
	golden_diff(name, want, want_len, got, got_len);
	fail();
}

/* `git apply` of patch in dir; 0 when it applied, -1 without git. */
static int run_git_apply(const char *dir, const char *patch)
{
	pid_t pid;
	int status;

	if (access("/usr/bin/git", X_OK) != 0 &&
	    access("/usr/local/bin/git", X_OK) != 0)
		return -1;
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		if (chdir(dir) < 0)
			_exit(126);
		execlp("git", "git", "apply", "--whitespace=nowarn", patch,
		       (char *)NULL);
		_exit(127);
	}
	assert_int_equal(waitpid(pid, &status, 0), pid);
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
		fail_msg("git apply %s failed in %s", patch, dir);
	return 0;
}

/* Nothing but the case's file, the configuration and .git. */
static void assert_no_strays(const char *name, fixture *fx, const char *path)
{
	char *dir = fixture_path(fx, path), *slash;
	struct dirent *de;
	DIR *d;

	slash = strrchr(dir, '/');
	*slash = '\0';
	assert_non_null(d = opendir(dir));
	while ((de = readdir(d)) != NULL)
		if (strcmp(de->d_name, ".") && strcmp(de->d_name, "..") &&
		    strcmp(de->d_name, ".git") &&
		    strcmp(de->d_name, ".hdrcheck.yaml") &&
		    strcmp(de->d_name, slash + 1))
			fail_msg("%s: stray file %s after fix", name,
			         de->d_name);
	closedir(d);
	free(dir);
}

static void run_case(void **state)
{
	const char *name = *state;
	char dir[1024], tmp[2048], ext[64] = "", path[512], action[64],
	                           status[64], reason[256], patch[1024];
	char *input_path, *expected_path, *input, *expected, *config, *outcome,
	    *got, *p;
	size_t input_len, expected_len, got_len, diff_len, i;
	hdrcheck_fix_result *res = NULL;
	hdrcheck_report *report = NULL;
	hdrcheck_check_options copts = HDRCHECK_CHECK_OPTIONS_INIT;
	const hdrcheck_fix_entry *e = NULL;
	const char *diff, *paths[1];
	fixture *fx;
	FILE *f;

	snprintf(dir, sizeof(dir), "%s/%s", CASES_DIR, name);
	assert_non_null(input_path = case_file(dir, "input", ext, sizeof(ext)));
	assert_non_null(expected_path = case_file(dir, "expected", NULL, 0));
	assert_non_null(input = fixture_slurp(input_path, &input_len));
	assert_non_null(expected = fixture_slurp(expected_path, &expected_len));
	snprintf(tmp, sizeof(tmp), "%s/outcome", dir);
	assert_non_null(outcome = fixture_slurp(tmp, NULL));
	snprintf(tmp, sizeof(tmp), "%s/path", dir);
	if ((p = fixture_slurp(tmp, NULL)) != NULL) {
		p[strcspn(p, "\n")] = '\0';
		snprintf(path, sizeof(path), "%s", p);
		free(p);
	} else {
		snprintf(path, sizeof(path), "file%s", ext);
	}
	snprintf(tmp, sizeof(tmp), "%s/config.yaml", dir);
	if (!(config = fixture_slurp(tmp, NULL)))
		assert_non_null(
		    config = fixture_slurp(CASES_DIR "/config.yaml", NULL));
	assert_non_null(outcome_get(outcome, "action", action, sizeof(action)));

	fx = fixture_new_repo();
	fixture_write(fx, ".hdrcheck.yaml", config);
	fixture_write_mode(fx, path, input, input_len, 0644);

	/* 1. a dry run writes nothing; its diff is kept for git apply */
	run_fix(&res, fx, path, 1);
	assert_non_null(p = fixture_path(fx, path));
	got = fixture_slurp(p, &got_len);
	assert_bytes(name, "the file after --dry-run", got, got_len, input,
	             input_len);
	free(got);
	diff = hdrcheck_fix_result_diff(res, &diff_len);
	snprintf(patch, sizeof(patch), "%s/%s.diff", HDRCHECK_TEST_TMP, name);
	assert_non_null(f = fopen(patch, "wb"));
	assert_int_equal(fwrite(diff, 1, diff_len, f), diff_len);
	fclose(f);
	if (strcmp(action, "none") == 0 || strcmp(action, "not_fixable") == 0)
		assert_int_equal(diff_len, 0);
	else
		assert_true(diff_len > 0);
	hdrcheck_fix_result_free(res);

	/* 2. the fix: byte-exact, with the outcome's action and reason */
	run_fix(&res, fx, path, 0);
	got = fixture_slurp(p, &got_len);
	assert_bytes(name, "the fixed file", got, got_len, expected,
	             expected_len);
	free(got);
	for (i = 0; i < hdrcheck_fix_result_count(res); i++)
		if (!strcmp(hdrcheck_fix_result_get(res, i)->path, path))
			e = hdrcheck_fix_result_get(res, i);
	if (strcmp(action, "none") == 0) {
		if (e)
			fail_msg("%s: fix reported %s (%s)", name,
			         hdrcheck_fix_action_name(e->action),
			         e->reason ? e->reason : "");
	} else {
		if (!e)
			fail_msg("%s: fix reported nothing", name);
		if (strcmp(hdrcheck_fix_action_name(e->action), action) != 0)
			fail_msg("%s: action %s (%s), expected %s", name,
			         hdrcheck_fix_action_name(e->action),
			         e->reason ? e->reason : "", action);
		if (outcome_get(outcome, "reason~", reason, sizeof(reason)) &&
		    (!e->reason || !strstr(e->reason, reason)))
			fail_msg("%s: reason \"%s\" lacks \"%s\"", name,
			         e->reason ? e->reason : "", reason);
	}
	hdrcheck_fix_result_free(res);
	assert_no_strays(name, fx, path);

	/* 3. check on the result */
	if (!outcome_get(outcome, "status", status, sizeof(status)))
		snprintf(status, sizeof(status), "ok");
	paths[0] = path;
	copts.dir = fx->root;
	copts.paths = paths;
	copts.paths_count = 1;
	copts.jobs = 1;
	copts.no_cache = 1;
	assert_int_equal(hdrcheck_check(&report, &copts), 0);
	assert_int_equal(hdrcheck_report_count(report), 1);
	if (strcmp(hdrcheck_status_name(hdrcheck_report_get(report, 0)->status),
	           status) != 0)
		fail_msg("%s: check says %s (%s), expected %s", name,
		         hdrcheck_status_name(
		             hdrcheck_report_get(report, 0)->status),
		         hdrcheck_report_get(report, 0)->reason
		             ? hdrcheck_report_get(report, 0)->reason
		             : "",
		         status);
	hdrcheck_report_free(report);

	/* 4. a second fix changes nothing */
	run_fix(&res, fx, path, 0);
	assert_int_equal(hdrcheck_fix_result_fixed(res), 0);
	got = fixture_slurp(p, &got_len);
	assert_bytes(name, "the file after a second fix", got, got_len,
	             expected, expected_len);
	free(got);
	hdrcheck_fix_result_free(res);

	/* 5. the dry run's diff, applied by git to the input, gives the
	 * same file */
	if (diff_len) {
		fixture_write_mode(fx, path, input, input_len, 0644);
		if (run_git_apply(fx->root, patch) == 0) {
			got = fixture_slurp(p, &got_len);
			assert_bytes(name, "the input patched by git apply",
			             got, got_len, expected, expected_len);
			free(got);
		}
	}
	unlink(patch);

	free(p);
	fixture_free(fx);
	free(input_path);
	free(expected_path);
	free(input);
	free(expected);
	free(config);
	free(outcome);
}

static int compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(void)
{
	struct CMUnitTest *tests = NULL;
	char **names = NULL;
	size_t n = 0, i;
	struct dirent *de;
	DIR *d = opendir(CASES_DIR);
	int rc;

	if (!d) {
		fprintf(stderr, "cannot open %s\n", CASES_DIR);
		return 1;
	}
	fixture_global_init();
	while ((de = readdir(d)) != NULL) {
		char sub[1024];
		struct stat st;

		snprintf(sub, sizeof(sub), "%s/%s", CASES_DIR, de->d_name);
		if (de->d_name[0] == '.' || stat(sub, &st) < 0 ||
		    !S_ISDIR(st.st_mode))
			continue;
		names = realloc(names, (n + 1) * sizeof(*names));
		names[n++] = strdup(de->d_name);
	}
	closedir(d);
	qsort(names, n, sizeof(*names), compare_names);
	tests = calloc(n ? n : 1, sizeof(*tests));
	for (i = 0; i < n; i++) {
		tests[i].name = names[i];
		tests[i].test_func = run_case;
		tests[i].initial_state = names[i];
	}
	rc = _cmocka_run_group_tests("fixer_cases", tests, n, NULL, NULL);
	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
	free(tests);
	fixture_global_shutdown();
	return rc;
}
