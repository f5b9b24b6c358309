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
 * The glob engine from its tables on disk: tests/data/glob/wildmatch.txt
 * (git's wildmatch, with and without WM_PATHNAME) and globs.txt (the
 * configuration's gitignore-style reading on top of it). A new case is a
 * new line.
 */

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"

/* The lines of a table, split at blanks into at most max fields; calls
 * check for each. Returns how many cases it read. */
static size_t each_case(const char *name, size_t fields,
                        void (*check)(char **f, const char *where))
{
	char path[1024], line[8192], where[1100], *f[4], *save = NULL;
	size_t n = 0, lineno = 0, k;
	FILE *in;

	snprintf(path, sizeof(path), "%s/glob/%s", HDRCHECK_TEST_DATA, name);
	in = fopen(path, "r");
	if (!in)
		fail_msg("cannot open %s", path);
	while (fgets(line, sizeof(line), in)) {
		lineno++;
		line[strcspn(line, "\n")] = '\0';
		if (!line[0] || line[0] == '#')
			continue;
		for (k = 0; k < fields; k++) {
			f[k] = strtok_r(k ? NULL : line, " \t", &save);
			if (!f[k])
				fail_msg("%s:%zu: %zu fields expected", name,
				         lineno, fields);
		}
		if (strtok_r(NULL, " \t", &save))
			fail_msg("%s:%zu: more than %zu fields", name, lineno,
			         fields);
		snprintf(where, sizeof(where), "%s:%zu", name, lineno);
		check(f, where);
		n++;
	}
	fclose(in);
	return n;
}

static int failures;

static void check_wildmatch(char **f, const char *where)
{
	int path = hdrcheck__wildmatch(f[2], f[3], HDRCHECK__WILD_PATHNAME);
	int plain = hdrcheck__wildmatch(f[2], f[3], 0);

	if (path != atoi(f[0]) || plain != atoi(f[1])) {
		print_error("%s: wildmatch(\"%s\", \"%s\"): %d %d, expected "
		            "%s %s\n",
		            where, f[2], f[3], path, plain, f[0], f[1]);
		failures++;
	}
}

static void check_glob(char **f, const char *where)
{
	int got = hdrcheck__glob_match(f[1], f[2]);

	if (got != atoi(f[0])) {
		print_error("%s: glob_match(\"%s\", \"%s\"): %d, expected %s\n",
		            where, f[1], f[2], got, f[0]);
		failures++;
	}
}

static void test_common_glob__wildmatch_table(void **state)
{
	(void)state;
	failures = 0;
	assert_true(each_case("wildmatch.txt", 4, check_wildmatch) > 50);
	assert_int_equal(failures, 0);
}

static void test_common_glob__globs_table(void **state)
{
	(void)state;
	failures = 0;
	assert_true(each_case("globs.txt", 3, check_glob) > 40);
	assert_int_equal(failures, 0);
}

/* The configuration's check reads a class where the matcher does. */
static void test_common_glob__class_end(void **state)
{
	(void)state;
	assert_string_equal(hdrcheck__glob_class_end("[ab]x"), "x");
	assert_string_equal(hdrcheck__glob_class_end("[]]x"), "x");
	assert_string_equal(hdrcheck__glob_class_end("[!]]x"), "x");
	assert_string_equal(hdrcheck__glob_class_end("[\\]]x"), "x");
	assert_string_equal(hdrcheck__glob_class_end("[[:alpha:]]x"), "x");
	assert_null(hdrcheck__glob_class_end("[ab"));
	assert_null(hdrcheck__glob_class_end("[a\\]"));
	assert_null(hdrcheck__glob_class_end("[[:alpha:]"));
	assert_null(hdrcheck__glob_class_end("["));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_common_glob__wildmatch_table),
	    cmocka_unit_test(test_common_glob__globs_table),
	    cmocka_unit_test(test_common_glob__class_end),
	};

	return cmocka_run_group_tests_name("common_glob", tests, NULL, NULL);
}
