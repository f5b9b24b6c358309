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
 * Data-driven classification cases: every directory under
 * tests/data/policies holds an input file and its expected verdict, so a new
 * case needs no new C. See tests/data/policies/README.md.
 */

#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <cmocka.h>
#include "common.h"
#include "policies/policy.h"

#define CASES_DIR HDRCHECK_TEST_DATA "/policies"

static hdrcheck__policy *policy;

static char *read_file(const char *path, size_t cap, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf = malloc(cap + 1);

	assert_non_null(f);
	assert_non_null(buf);
	*len = fread(buf, 1, cap, f);
	buf[*len] = '\0';
	fclose(f);
	return buf;
}

static int contains_ci(const char *hay, const char *needle)
{
	size_t n = strlen(needle);

	for (; *hay; hay++)
		if (strncasecmp(hay, needle, n) == 0)
			return 1;
	return n == 0;
}

static void check_key(const char *name, const char *key, const char *want,
                      const hdrcheck_finding *f)
{
	char got[512];
	const char *have = NULL;

	if (strcmp(key, "status") == 0) {
		have = hdrcheck_status_name(f->status);
	} else if (strcmp(key, "line") == 0) {
		if (f->line)
			snprintf(got, sizeof(got), "%u", f->line);
		else
			snprintf(got, sizeof(got), "none");
		have = got;
	} else if (strcmp(key, "license") == 0) {
		have = f->license ? f->license : "(null)";
	} else if (strcmp(key, "language") == 0) {
		have = f->language ? f->language : "(null)";
	} else if (strcmp(key, "holders") == 0) {
		/* the list, its entries joined by " | " */
		const char *h = f->holders ? f->holders : "";
		size_t n = 0;

		for (; *h && n + 4 < sizeof(got); h++) {
			if (*h == '\n') {
				memcpy(got + n, " | ", 3);
				n += 3;
			} else {
				got[n++] = *h;
			}
		}
		got[n] = '\0';
		have = got;
	} else if (strcmp(key, "warning") == 0) {
		have = f->warning ? f->warning : "(null)";
	} else if (strcmp(key, "reason") == 0) {
		have = f->reason ? f->reason : "(null)";
	} else if (strcmp(key, "reason~") == 0) {
		have = f->reason ? f->reason : "";
		if (!contains_ci(have, want)) {
			print_error("%s: reason \"%s\" lacks \"%s\"\n", name,
			            have, want);
			fail();
		}
		return;
	} else {
		print_error("%s: unknown key \"%s\" in expected\n", name, key);
		fail();
	}
	if (strcmp(have, want) != 0) {
		print_error("%s: %s is \"%s\", expected \"%s\" (status %s, "
		            "reason %s)\n",
		            name, key, have, want,
		            hdrcheck_status_name(f->status),
		            f->reason ? f->reason : "null");
		fail();
	}
}

static void run_case(void **state)
{
	const char *name = *state;
	char dirpath[1024], path[2048], input[256] = "";
	hdrcheck__classifier *c = NULL;
	hdrcheck_finding f = {0};
	struct dirent *de;
	char *expected, *line, *save = NULL, *buf;
	size_t len;
	DIR *d;
	int rc;

	snprintf(dirpath, sizeof(dirpath), "%s/%s", CASES_DIR, name);
	assert_non_null(d = opendir(dirpath));
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.' &&
		    (!de->d_name[1] || !strcmp(de->d_name, "..")))
			continue;
		if (strcmp(de->d_name, "expected") != 0)
			snprintf(input, sizeof(input), "%s", de->d_name);
	}
	closedir(d);
	assert_true(input[0]);

	assert_int_equal(hdrcheck__classifier_new(&c, policy), 0);
	rc = hdrcheck__classify_path(c, input, NULL, &f);
	assert_true(rc >= 0);
	if (rc == 0) {
		snprintf(path, sizeof(path), "%s/%s", dirpath, input);
		buf = read_file(path, hdrcheck__classify_window(), &len);
		assert_int_equal(
		    hdrcheck__classify_content(c, input, buf, len, &f), 0);
		free(buf);
	}

	snprintf(path, sizeof(path), "%s/expected", dirpath);
	expected = read_file(path, 65536, &len);
	for (line = strtok_r(expected, "\n", &save); line;
	     line = strtok_r(NULL, "\n", &save)) {
		char *colon = strchr(line, ':'), *v;

		if (!colon)
			continue;
		*colon = '\0';
		v = colon + 1;
		while (*v == ' ')
			v++;
		check_key(name, line, v, &f);
	}
	free(expected);
	hdrcheck__finding_dispose(&f);
	hdrcheck__classifier_free(c);
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

	if (!d || hdrcheck__policy_new(&policy, NULL, NULL, 0) < 0) {
		fprintf(stderr, "cannot set up: %s\n", CASES_DIR);
		return 1;
	}
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.' ||
		    strcmp(de->d_name, "README.md") == 0)
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
	rc = _cmocka_run_group_tests("policies_cases", tests, n, NULL, NULL);
	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
	free(tests);
	hdrcheck__policy_free(policy);
	return rc;
}
