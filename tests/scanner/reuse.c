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
 * REUSE (docs/matching.md, "REUSE"), end to end and data-driven: each
 * directory of tests/data/reuse/ is one case. Its tree/ is committed into
 * a repository built here with libgit2, the binary runs
 * `hdrcheck check --format json --no-cache` (plus the lines of args, if
 * any) there, and:
 *   expected   lines "PATH STATUS LICENSE" ("-": no license): those
 *              findings, exactly; exit status 0 or 1 by the statuses
 *   reasons    (optional) lines "PATH REASON": those findings' reasons
 *   warnings   (optional) what the run prints on stderr, exactly (an
 *              exit status 0 or 1 run prints nothing there otherwise)
 *   stderr     (instead) the one line hdrcheck prints, exit status 2
 */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <jansson.h>
#include "../cli/fixture.h"

#define CASES                   HDRCHECK_TEST_DATA "/reuse"
#define HDRCHECK__TEST_COUNT(a) (sizeof(a) / sizeof((a)[0]))

static const char *status_of(json_t *files, const char *path,
                             const char **license)
{
	size_t i;
	json_t *f;

	json_array_foreach(files, i, f)
	{
		if (strcmp(json_string_value(json_object_get(f, "path")),
		           path) == 0) {
			*license =
			    json_string_value(json_object_get(f, "license"));
			return json_string_value(json_object_get(f, "status"));
		}
	}
	return NULL;
}

static const char *reason_of(json_t *files, const char *path)
{
	size_t i;
	json_t *f;

	json_array_foreach(files, i, f)
	{
		if (strcmp(json_string_value(json_object_get(f, "path")),
		           path) == 0)
			return json_string_value(json_object_get(f, "reason"));
	}
	return NULL;
}

/* The optional file "reasons": "PATH REASON" per line. */
static void check_reasons(const char *name, const char *dir, json_t *files)
{
	char path[4096], *text, *line, *save = NULL;

	snprintf(path, sizeof(path), "%s/reasons", dir);
	if (!(text = fixture_slurp(path, NULL)))
		return;
	for (line = strtok_r(text, "\n", &save); line;
	     line = strtok_r(NULL, "\n", &save)) {
		char *sp = strchr(line, ' ');
		const char *got;

		if (line[0] == '#')
			continue;
		assert_non_null(sp);
		*sp = '\0';
		got = reason_of(files, line);
		if (!got || strcmp(got, sp + 1) != 0)
			fail_msg("%s: %s: expected reason \"%s\", got \"%s\"",
			         name, line, sp + 1, got ? got : "(null)");
	}
	free(text);
}

static void run_case(const char *name)
{
	char dir[2048], path[4096];
	const char *argv[16];
	char *args = NULL, *expected, *want_err, *line, *save = NULL;
	size_t argc = 0;
	fixture *fx = fixture_new_repo();
	fixture_result res;
	json_t *doc, *files;
	json_error_t jerr;
	int violations = 0;

	print_message("case %s\n", name);
	snprintf(dir, sizeof(dir), "%s/%s", CASES, name);
	snprintf(path, sizeof(path), "%s/tree", dir);
	fixture_add_tree(fx, path, "");
	fixture_commit(fx, "case");

	argv[argc++] = "check";
	argv[argc++] = "--format";
	argv[argc++] = "json";
	argv[argc++] = "--no-cache";
	snprintf(path, sizeof(path), "%s/args", dir);
	if ((args = fixture_slurp(path, NULL)) != NULL)
		for (line = strtok_r(args, "\n", &save); line && argc < 15;
		     line = strtok_r(NULL, "\n", &save))
			argv[argc++] = line;
	argv[argc] = NULL;
	fixture_runv(&res, fx->root, 0, argv);

	snprintf(path, sizeof(path), "%s/stderr", dir);
	if ((want_err = fixture_slurp(path, NULL)) != NULL) {
		assert_int_equal(res.status, 2);
		assert_non_null(res.err);
		assert_string_equal(res.err, want_err);
		free(want_err);
		goto done;
	}
	if (res.status == 2)
		print_error("%s\n", res.err ? res.err : "");
	assert_true(res.status == 0 || res.status == 1);
	doc = json_loadb(res.out, res.out_len, 0, &jerr);
	assert_non_null(doc);
	files = json_object_get(doc, "files");
	snprintf(path, sizeof(path), "%s/expected", dir);
	expected = fixture_slurp(path, NULL);
	assert_non_null(expected);
	save = NULL;
	for (line = strtok_r(expected, "\n", &save); line;
	     line = strtok_r(NULL, "\n", &save)) {
		char p[1024], st[64], lic[512];
		const char *got, *got_lic = NULL;

		if (line[0] == '#')
			continue;
		assert_int_equal(
		    sscanf(line, "%1023s %63s %511[^\n]", p, st, lic), 3);
		got = status_of(files, p, &got_lic);
		if (!got || strcmp(got, st) != 0 ||
		    strcmp(got_lic ? got_lic : "-", lic) != 0)
			fail_msg("%s: %s: expected %s %s, got %s %s", name, p,
			         st, lic, got ? got : "(no finding)",
			         got_lic ? got_lic : "-");
	}
	{
		size_t i;
		json_t *f;

		json_array_foreach(files, i, f)
		{
			const char *s =
			    json_string_value(json_object_get(f, "status"));

			if (strcmp(s, "missing") == 0 ||
			    strcmp(s, "mismatch") == 0 ||
			    strcmp(s, "other_license") == 0 ||
			    strcmp(s, "error") == 0)
				violations = 1;
		}
	}
	assert_int_equal(res.status, violations);
	check_reasons(name, dir, files);
	snprintf(path, sizeof(path), "%s/warnings", dir);
	{
		char *want = fixture_slurp(path, NULL);

		if (strcmp(want ? want : "", res.err ? res.err : "") != 0)
			fail_msg("%s: expected stderr \"%s\", got \"%s\"", name,
			         want ? want : "", res.err ? res.err : "");
		free(want);
	}
	free(expected);
	json_decref(doc);
done:
	free(args);
	fixture_result_dispose(&res);
	fixture_free(fx);
}

/* The verdict of path in a run's JSON output, as "STATUS LICENSE REASON";
 * malloc'd, NULL when the run has no finding for it. */
static char *verdict_of(const fixture_result *res, const char *path)
{
	json_error_t jerr;
	json_t *doc = json_loadb(res->out, res->out_len, 0, &jerr), *files;
	const char *st, *lic = NULL, *why;
	char *out = NULL;

	assert_non_null(doc);
	files = json_object_get(doc, "files");
	if ((st = status_of(files, path, &lic)) != NULL) {
		why = reason_of(files, path);
		out = malloc(strlen(st) + (lic ? strlen(lic) : 1) +
		             (why ? strlen(why) : 1) + 3);
		assert_non_null(out);
		sprintf(out, "%s %s %s", st, lic ? lic : "-", why ? why : "-");
	}
	json_decref(doc);
	return out;
}

/*
 * A notice that names its license by the license file ("the same license
 * as the PROJECT project", "See LICENSE") gets the same verdict whatever
 * the scope: the whole tree, the file named, another revision, the files
 * changed, the license files excluded. The license file is read from the
 * repository, in scope or not.
 */
static void test_scanner_reuse__license_file_any_scope(void **state)
{
	static const char *const files[] = {"e.po",          "mit/c.po",
	                                    "mit/b.go",      "mit/regs.h",
	                                    "bsd/deep/a.go", "bsd/d.py"};
	fixture *fx = fixture_new_repo();
	fixture_result full, res;
	char *path, *text;
	size_t i, k;

	(void)state;
	fixture_add_tree(fx, CASES "/license-file/tree", "");
	fixture_commit(fx, "tree");
	fixture_run(&full, fx->root, 0, "check", "--format", "json",
	            "--no-cache", NULL);
	assert_int_equal(full.status, 1);
	/* every file changed in the work tree, for --changed-since */
	for (i = 0; i < HDRCHECK__TEST_COUNT(files); i++) {
		path = fixture_path(fx, files[i]);
		text = fixture_slurp(path, NULL);
		assert_non_null(text);
		text = realloc(text, strlen(text) + 2);
		assert_non_null(text);
		strcat(text, "\n");
		fixture_write(fx, files[i], text);
		free(text);
		free(path);
	}
	for (k = 0; k < 4 + HDRCHECK__TEST_COUNT(files); k++) {
		const char *argv[8] = {"check", "--format", "json",
		                       "--no-cache"};
		size_t argc = 4;
		const char *scope = k == 0   ? "--rev=HEAD"
		                    : k == 1 ? "--changed-since=HEAD"
		                    : k == 2 ? "--exclude=LICENSE"
		                    : k == 3 ? "--exclude=**/COPYING"
		                             : files[k - 4];

		if (k == 2)
			argv[argc++] = "--exclude=**/LICENSE";
		if (k >= 4)
			argv[argc++] = "--";
		argv[argc++] = scope;
		argv[argc] = NULL;
		fixture_runv(&res, fx->root, 0, argv);
		assert_int_equal(res.status, 1);
		for (i = 0; i < HDRCHECK__TEST_COUNT(files); i++) {
			char *want = verdict_of(&full, files[i]);
			char *got = verdict_of(&res, files[i]);

			assert_non_null(want);
			if (k >= 4 && k - 4 != i) {
				assert_null(got);
				free(want);
				continue;
			}
			if (!got || strcmp(want, got) != 0)
				fail_msg("%s with %s: expected \"%s\", got "
				         "\"%s\"",
				         files[i], scope, want,
				         got ? got : "(no finding)");
			free(want);
			free(got);
		}
		fixture_result_dispose(&res);
	}
	/* the policy's own license by reference, in every scope */
	text = verdict_of(&full, "e.po");
	assert_non_null(strstr(text, "mismatch Apache-2.0 states Apache-2.0 "
	                             "by reference to LICENSE"));
	free(text);
	fixture_result_dispose(&full);
	fixture_free(fx);
}

static void test_scanner_reuse__cases(void **state)
{
	(void)state;
	fixture_each_case(CASES, 10, run_case);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_scanner_reuse__cases),
	    cmocka_unit_test(test_scanner_reuse__license_file_any_scope),
	};

	return cmocka_run_group_tests(tests, fixture_group_setup,
	                              fixture_group_teardown);
}
