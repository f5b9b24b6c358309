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
 * Unit tests of the SPDX catalogue and expressions: the cases are on disk
 * (tests/data/expressions, see the README there).
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
#include "hdrcheck/licenses.h"
#include "policies/catalogue.h"
#include "policies/expression.h"

#define CASES_DIR HDRCHECK_TEST_DATA "/expressions"

/* Each case line of a .tsv split at TABs into at most 3 fields; calls
 * fn(fields, count, line number) and returns the number of cases. */
static int each_case(const char *name,
                     void (*fn)(char **f, int n, const char *where))
{
	char path[512], line[2048], where[600];
	FILE *in;
	int cases = 0, no = 0;

	snprintf(path, sizeof(path), "%s/%s", CASES_DIR, name);
	assert_non_null(in = fopen(path, "r"));
	while (fgets(line, sizeof(line), in)) {
		char *f[3], *p = line;
		int n = 0;

		no++;
		line[strcspn(line, "\n")] = '\0';
		if (!line[0] || line[0] == '#')
			continue;
		while (n < 3) {
			f[n++] = p;
			if (!(p = strchr(p, '\t')))
				break;
			*p++ = '\0';
		}
		snprintf(where, sizeof(where), "%s:%d", name, no);
		fn(f, n, where);
		cases++;
	}
	fclose(in);
	return cases;
}

static int failures;

static void normalize_case(char **f, int n, const char *where)
{
	char *out = NULL;
	int rc;

	assert_int_equal(n, 2);
	rc = hdrcheck__expr_normalize(&out, f[0], strlen(f[0]));
	assert_true(rc >= 0);
	if (f[1][0] == '!'
	        ? rc != HDRCHECK__EXPR_INVALID || strcmp(out, f[1] + 1) != 0
	        : rc != 0 || strcmp(out, f[1]) != 0) {
		print_error("%s: '%s' gave %s '%s', want '%s'\n", where, f[0],
		            rc ? "reason" : "normal form", out, f[1]);
		failures++;
	}
	/* the normal form is a fixed point */
	if (rc == 0) {
		char *again = NULL;

		assert_int_equal(
		    hdrcheck__expr_normalize(&again, out, strlen(out)), 0);
		assert_string_equal(again, out);
		free(again);
	}
	free(out);
}

static void test_policies_expression__normalize(void **state)
{
	(void)state;
	failures = 0;
	assert_true(each_case("normalize.tsv", normalize_case) > 40);
	assert_int_equal(failures, 0);
}

static void satisfies_case(char **f, int n, const char *where)
{
	int rc;

	assert_int_equal(n, 3);
	rc = hdrcheck__expr_satisfies(f[0], strlen(f[0]), f[1]);
	if (rc != atoi(f[2])) {
		print_error("%s: '%s' under policy '%s' gave %d\n", where, f[0],
		            f[1], rc);
		failures++;
	}
}

static void test_policies_expression__satisfies(void **state)
{
	(void)state;
	failures = 0;
	assert_true(each_case("satisfies.tsv", satisfies_case) > 30);
	assert_int_equal(failures, 0);
}

/* The generated catalogue: sorted, unique in any case, and complete
 * enough to be the list (the license ids and exceptions of 3.x). */
static void test_policies_expression__catalogue(void **state)
{
	size_t i, n = hdrcheck__catalogue_count(), licenses = 0, texts = 0,
	          exceptions = 0;
	hdrcheck_license_info info;

	(void)state;
	assert_true(n > 700);
	for (i = 0; i < n; i++) {
		const hdrcheck__spdx_entry *e = hdrcheck__catalogue_get(i);
		const int exc = (e->flags & HDRCHECK__SPDX_EXCEPTION) != 0;

		if (i)
			assert_true(
			    strcasecmp(hdrcheck__catalogue_get(i - 1)->id,
			               e->id) < 0);
		assert_ptr_equal(
		    hdrcheck__catalogue_lookup(e->id, strlen(e->id), exc), e);
		assert_null(
		    hdrcheck__catalogue_lookup(e->id, strlen(e->id), !exc));
		assert_int_equal(hdrcheck__catalogue_index(e), i);
		if (exc) {
			exceptions++;
			continue;
		}
		licenses++;
		if (e->text) {
			texts++;
			assert_int_equal(strlen(e->text), e->text_len);
		}
		/* every replacement is a current expression */
		if (e->replacement) {
			char *out = NULL;

			assert_true(e->flags & HDRCHECK__SPDX_DEPRECATED);
			assert_int_equal(
			    hdrcheck__expr_normalize(&out, e->replacement,
			                             strlen(e->replacement)),
			    0);
			assert_string_equal(out, e->replacement);
			free(out);
		}
	}
	assert_true(licenses > 650);
	assert_true(exceptions > 50);
	assert_true(texts > 650);
	assert_null(hdrcheck__catalogue_get(n));
	assert_int_equal(hdrcheck_licenses_count(), n);
	assert_int_equal(hdrcheck_licenses_get(&info, n), -1);
	assert_non_null(hdrcheck__catalogue_lookup("mit", 3, 0));
	assert_string_equal(hdrcheck__catalogue_lookup("mit", 3, 0)->name,
	                    "MIT License");
	assert_true(hdrcheck__catalogue_lookup("MIT", 3, 0)->flags &
	            HDRCHECK__SPDX_OSI);
	assert_non_null(strstr(hdrcheck__catalogue_lookup("MIT", 3, 0)->text,
	                       "Permission is hereby granted"));
	assert_string_equal(hdrcheck_license_list_version(),
	                    hdrcheck__spdx_list_version);
	assert_true(strchr(hdrcheck_license_list_version(), '.') != NULL);
}

/* Hostile input: long, deep, many terms; never a crash, always a reason. */
static void test_policies_expression__limits(void **state)
{
	hdrcheck_buf b = HDRCHECK_BUF_INIT;
	char *out = NULL;
	int i;

	(void)state;
	for (i = 0; i < 40; i++)
		assert_int_equal(hdrcheck__buf_puts(&b, "("), 0);
	assert_int_equal(hdrcheck__buf_puts(&b, "MIT"), 0);
	for (i = 0; i < 40; i++)
		assert_int_equal(hdrcheck__buf_puts(&b, ")"), 0);
	assert_int_equal(hdrcheck__expr_normalize(&out, b.ptr, b.len),
	                 HDRCHECK__EXPR_INVALID);
	assert_non_null(strstr(out, "nested too deep"));
	free(out);
	hdrcheck__buf_clear(&b);
	for (i = 0; i < 200; i++)
		assert_int_equal(hdrcheck__buf_puts(&b, i ? " OR MIT" : "MIT"),
		                 0);
	assert_int_equal(hdrcheck__expr_normalize(&out, b.ptr, b.len),
	                 HDRCHECK__EXPR_INVALID);
	assert_non_null(strstr(out, "1024 bytes"));
	free(out);
	hdrcheck__buf_clear(&b);
	for (i = 0; i < 130; i++)
		assert_int_equal(hdrcheck__buf_puts(&b, i ? " OR MIT" : "MIT"),
		                 0);
	assert_int_equal(hdrcheck__expr_normalize(&out, b.ptr, b.len),
	                 HDRCHECK__EXPR_INVALID);
	assert_non_null(strstr(out, "too many terms"));
	free(out);
	hdrcheck__buf_dispose(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_policies_expression__normalize),
	    cmocka_unit_test(test_policies_expression__satisfies),
	    cmocka_unit_test(test_policies_expression__catalogue),
	    cmocka_unit_test(test_policies_expression__limits),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
