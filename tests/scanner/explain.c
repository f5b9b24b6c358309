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
 * explain (docs/explain.md), end to end and data-driven: each directory of
 * tests/data/explain/ is one case. Its tree/ is committed into a
 * repository built here with libgit2, and the binary runs
 * `hdrcheck explain PATH` and `hdrcheck explain --format json PATH` there
 * (PATH: the first line of the file path). Then:
 *   text    (optional) lines the text explanation must hold, each a whole
 *           line; a line ending in "..." is a prefix
 *   json    lines "KEY VALUE": the JSON value at KEY ("winner.license",
 *           "candidates.0.exact", "source.line") is VALUE (a string's
 *           text, a number, true, false or null); "KEY ~WORDS": a string
 *           that holds WORDS; "KEY !": no such key or null
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

#define CASES HDRCHECK_TEST_DATA "/explain"

/* The value at a dotted key; numbers index arrays. */
static json_t *at_key(json_t *v, const char *key)
{
	char buf[256], *part, *save = NULL;

	snprintf(buf, sizeof(buf), "%s", key);
	for (part = strtok_r(buf, ".", &save); v && part;
	     part = strtok_r(NULL, ".", &save)) {
		if (json_is_array(v))
			v = json_array_get(v, (size_t)strtoul(part, NULL, 10));
		else
			v = json_object_get(v, part);
	}
	return v;
}

static char *render(json_t *v)
{
	if (!v || json_is_null(v))
		return strdup("null");
	if (json_is_string(v))
		return strdup(json_string_value(v));
	return json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT);
}

static void check_text(const char *name, const char *dir, const char *out)
{
	char path[4096], *want, *line, *save = NULL;

	snprintf(path, sizeof(path), "%s/text", dir);
	if (!(want = fixture_slurp(path, NULL)))
		return;
	for (line = strtok_r(want, "\n", &save); line;
	     line = strtok_r(NULL, "\n", &save)) {
		size_t n = strlen(line);
		int prefix = n > 3 && strcmp(line + n - 3, "...") == 0;
		const char *p = out;
		int found = 0;

		if (prefix)
			n -= 3;
		while (p && *p && !found) {
			const char *nl = strchr(p, '\n');
			size_t m = nl ? (size_t)(nl - p) : strlen(p);

			found = prefix ? m >= n && memcmp(p, line, n) == 0
			               : m == n && memcmp(p, line, n) == 0;
			p = nl ? nl + 1 : NULL;
		}
		if (!found)
			fail_msg("%s: no line \"%s\" in:\n%s", name, line, out);
	}
	free(want);
}

static void check_json(const char *name, const char *dir, json_t *doc,
                       const char *out)
{
	char path[4096], *want, *line, *save = NULL;

	snprintf(path, sizeof(path), "%s/json", dir);
	want = fixture_slurp(path, NULL);
	assert_non_null(want);
	for (line = strtok_r(want, "\n", &save); line;
	     line = strtok_r(NULL, "\n", &save)) {
		char *sp = strchr(line, ' '), *got;
		json_t *v;
		int ok;

		if (line[0] == '#')
			continue;
		assert_non_null(sp);
		*sp++ = '\0';
		v = at_key(doc, line);
		got = render(v);
		if (strcmp(sp, "!") == 0)
			ok = !v || json_is_null(v);
		else if (sp[0] == '~')
			ok = v && json_is_string(v) && strstr(got, sp + 1);
		else
			ok = v && strcmp(got, sp) == 0;
		if (!ok)
			fail_msg("%s: %s: expected %s, got %s in:\n%s", name,
			         line, sp, v ? got : "(no such key)", out);
		free(got);
	}
	free(want);
}

static void run_case(const char *name)
{
	char dir[2048], path[4096], *target, *nl;
	fixture *fx = fixture_new_repo();
	fixture_result res, jres;
	json_t *doc;
	json_error_t jerr;

	print_message("case %s\n", name);
	snprintf(dir, sizeof(dir), "%s/%s", CASES, name);
	snprintf(path, sizeof(path), "%s/tree", dir);
	fixture_add_tree(fx, path, "");
	fixture_commit(fx, "case");
	snprintf(path, sizeof(path), "%s/path", dir);
	target = fixture_slurp(path, NULL);
	assert_non_null(target);
	if ((nl = strchr(target, '\n')) != NULL)
		*nl = '\0';
	{
		const char *argv[] = {"explain", target, NULL};
		const char *jargv[] = {"explain", "--format", "json", target,
		                       NULL};

		fixture_runv(&res, fx->root, 0, argv);
		fixture_runv(&jres, fx->root, 0, jargv);
	}
	if (res.status != 0 || jres.status != 0)
		fail_msg("%s: exit %d/%d: %s%s", name, res.status, jres.status,
		         res.err ? res.err : "", jres.err ? jres.err : "");
	check_text(name, dir, res.out);
	doc = json_loadb(jres.out, jres.out_len, 0, &jerr);
	if (!doc)
		fail_msg("%s: not JSON (%s): %s", name, jerr.text, jres.out);
	/* the two forms say the same: every text line is a step */
	{
		size_t lines = 0;
		const char *p;

		for (p = res.out; *p; p++)
			lines += *p == '\n';
		assert_int_equal(json_array_size(json_object_get(doc, "steps")),
		                 lines);
	}
	check_json(name, dir, doc, jres.out);
	json_decref(doc);
	free(target);
	fixture_result_dispose(&res);
	fixture_result_dispose(&jres);
	fixture_free(fx);
}

static void test_scanner_explain__cases(void **state)
{
	(void)state;
	fixture_each_case(CASES, 8, run_case);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_scanner_explain__cases),
	};

	return cmocka_run_group_tests(tests, fixture_group_setup,
	                              fixture_group_teardown);
}
