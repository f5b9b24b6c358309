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

#define CASES HDRCHECK_TEST_DATA "/reuse"

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

static void test_scanner_reuse__cases(void **state)
{
	(void)state;
	fixture_each_case(CASES, 10, run_case);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_scanner_reuse__cases),
	};

	return cmocka_run_group_tests(tests, fixture_group_setup,
	                              fixture_group_teardown);
}
