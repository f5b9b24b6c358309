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
 * PATH arguments in another repository run as if -C named its root (its
 * configuration and ignore rules apply, as "git -C" users expect), and
 * --staged warns when the staged configuration differs from the work
 * tree's (issue 16). Repositories built with libgit2 at test time.
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
#include "fixture.h"

static char *with_header(const char *header, const char *body)
{
	size_t n = strlen(header) + strlen(body) + 1;
	char *s = malloc(n);

	assert_non_null(s);
	snprintf(s, n, "%s%s", header, body);
	return s;
}

/* A repository with its own rules: ignored.c is ignored, skip.c excluded
 * by its configuration, a.c and sub/b.c lack a header. */
static fixture *other_repo(void)
{
	fixture *fx = fixture_new_repo();
	char *yaml = with_header(fixture_header_hash, "exclude:\n  - skip.c\n");

	fixture_gitignore(fx, "ignored.c");
	fixture_add(fx, ".gitignore");
	fixture_add_file(fx, ".hdrcheck.yaml", yaml);
	fixture_add_file(fx, "a.c", "int a;\n");
	fixture_add_file(fx, "skip.c", "int s;\n");
	fixture_add_file(fx, "sub/b.c", "int b;\n");
	fixture_write(fx, "ignored.c", "int i;\n");
	fixture_commit(fx, "other");
	free(yaml);
	return fx;
}

static json_t *json_of(const fixture_result *res, int want)
{
	json_error_t jerr;
	json_t *doc;

	if (res->status != want || res->err_len)
		fail_msg("status %d (want %d), stderr: %s", res->status, want,
		         res->err);
	if (!(doc = json_loadb(res->out, res->out_len, 0, &jerr)))
		fail_msg("invalid JSON: %s", jerr.text);
	return doc;
}

static const char *status_of(json_t *doc, const char *path)
{
	json_t *f;
	size_t i;

	json_array_foreach(json_object_get(doc, "files"), i, f)
	{
		if (!strcmp(json_string_value(json_object_get(f, "path")),
		            path))
			return json_string_value(json_object_get(f, "status"));
	}
	return NULL;
}

static void assert_other_rules(json_t *doc, const fixture *other)
{
	assert_string_equal(json_string_value(json_object_get(
	                        json_object_get(doc, "source"), "root")),
	                    other->root);
	assert_string_equal(status_of(doc, "a.c"), "missing");
	assert_string_equal(status_of(doc, "skip.c"), "skipped");
	assert_null(status_of(doc, "ignored.c"));
}

static void test_cli_paths__other_repository_from_a_repository(void **state)
{
	fixture *here = fixture_new_repo(), *other = other_repo();
	fixture_result res = {0};
	char *sub = fixture_path(other, "sub");
	char *sub_file = fixture_path(other, "sub/b.c");
	char *skip_file = fixture_path(other, "skip.c");
	json_t *doc;

	(void)state;
	fixture_add_file(here, "here.c", "int h;\n");
	fixture_commit(here, "here");
	fixture_run(&res, here->root, 0, "--no-cache", "--format", "json",
	            other->root, NULL);
	doc = json_of(&res, 1);
	assert_other_rules(doc, other);
	assert_null(status_of(doc, "here.c"));
	json_decref(doc);
	fixture_result_dispose(&res);

	/* a directory inside it: that repository, narrowed */
	fixture_run(&res, here->root, 0, "--no-cache", "--format", "json", sub,
	            NULL);
	doc = json_of(&res, 1);
	assert_string_equal(status_of(doc, "sub/b.c"), "missing");
	assert_null(status_of(doc, "a.c"));
	json_decref(doc);
	fixture_result_dispose(&res);

	/* explain: that repository's configuration decides */
	fixture_run(&res, here->root, 0, "explain", sub_file, NULL);
	assert_int_equal(res.status, 0);
	assert_non_null(strstr(res.out, "file:     sub/b.c"));
	fixture_result_dispose(&res);
	fixture_run(&res, here->root, 0, "explain", skip_file, NULL);
	assert_int_equal(res.status, 0);
	assert_non_null(strstr(res.out, "excluded"));
	fixture_result_dispose(&res);

	/* two repositories at once: one tree per run, an error */
	fixture_run(&res, here->root, 0, "--no-cache", other->root, "here.c",
	            NULL);
	assert_int_equal(res.status, 2);
	assert_non_null(strstr(res.err, "hdrcheck: "));
	fixture_result_dispose(&res);
	free(sub);
	free(sub_file);
	free(skip_file);
	fixture_free(here);
	fixture_free(other);
}

/* The relative path from directory "from" to "to" (both absolute). */
static char *relative(const char *from, const char *to)
{
	size_t common = 0, i, ups = 0, n;
	char *out;

	for (i = 0; from[i] && from[i] == to[i]; i++)
		if (from[i] == '/')
			common = i;
	if ((!from[i] || from[i] == '/') && (!to[i] || to[i] == '/'))
		common = i;
	for (i = common; from[i]; i++)
		ups += from[i] == '/';
	n = ups * 3 + strlen(to + common) + 2;
	assert_non_null(out = calloc(1, n));
	for (i = 0; i < ups; i++)
		memcpy(out + 3 * i, "../", 3);
	snprintf(out + 3 * ups, n - 3 * ups, "%s",
	         to[common] == '/' ? to + common + 1 : to + common);
	return out;
}

static void test_cli_paths__other_repository_relative(void **state)
{
	fixture *here = fixture_new_repo(), *other = other_repo();
	fixture_result res = {0};
	char *rel = relative(here->root, other->root);
	json_t *doc;

	(void)state;
	/* from a sibling repository, by a relative name */
	fixture_run(&res, here->root, 0, "--no-cache", "--format", "json", rel,
	            NULL);
	doc = json_of(&res, 1);
	assert_other_rules(doc, other);
	json_decref(doc);
	fixture_result_dispose(&res);
	free(rel);
	fixture_free(here);
	fixture_free(other);
}

static void test_cli_paths__other_repository_from_a_plain_dir(void **state)
{
	fixture *dir = fixture_new_dir(), *other;
	fixture_result res = {0};
	json_t *doc;

	(void)state;
	if (!dir)
		skip();
	other = other_repo();
	fixture_run(&res, dir->root, 0, "--no-cache", "--format", "json",
	            other->root, NULL);
	doc = json_of(&res, 1);
	assert_other_rules(doc, other);
	json_decref(doc);
	fixture_result_dispose(&res);
	fixture_free(other);
	fixture_free(dir);
}

static void test_cli_paths__staged_config_differs(void **state)
{
	fixture *fx = other_repo();
	fixture_result res = {0};
	char *yaml = with_header(fixture_header_hash, "exclude:\n  - a.c\n");

	(void)state;
	/* the same configuration staged and on disk: no word */
	fixture_add_file(fx, "new.c", "int n;\n");
	fixture_run(&res, fx->root, 0, "--no-cache", "--staged", NULL);
	assert_int_equal(res.status, 1);
	assert_int_equal(res.err_len, 0);
	fixture_result_dispose(&res);
	/* the work tree's differs: one warning line, the staged one
	 * applies */
	fixture_write(fx, ".hdrcheck.yaml", yaml);
	fixture_run(&res, fx->root, 0, "--no-cache", "--staged", NULL);
	assert_int_equal(res.status, 1);
	assert_string_equal(res.err,
	                    "hdrcheck: warning: --staged: the staged "
	                    ".hdrcheck.yaml differs from the work tree's; the "
	                    "staged one applies\n");
	fixture_result_dispose(&res);
	/* staged too: silent again */
	fixture_add(fx, ".hdrcheck.yaml");
	fixture_run(&res, fx->root, 0, "--no-cache", "--staged", NULL);
	assert_int_equal(res.err_len, 0);
	fixture_result_dispose(&res);
	free(yaml);
	fixture_free(fx);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(
	        test_cli_paths__other_repository_from_a_repository),
	    cmocka_unit_test(test_cli_paths__other_repository_relative),
	    cmocka_unit_test(test_cli_paths__other_repository_from_a_plain_dir),
	    cmocka_unit_test(test_cli_paths__staged_config_differs),
	};

	return cmocka_run_group_tests_name(
	    "cli_paths", tests, fixture_group_setup, fixture_group_teardown);
}
