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

/* What the fixer learns from a classification (policies/fixplan.c). */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
#include "policies/policy.h"

static hdrcheck__policy *policy;
static hdrcheck__classifier *classifier;

static void plan(hdrcheck__fix_plan *p, const char *path, const char *text)
{
	assert_int_equal(hdrcheck__classify_plan(classifier, path, NULL, text,
	                                         strlen(text), p),
	                 0);
}

#define DAMAGED                                                                \
	" * Licensed under the Apache License, Version 2.0 (the "              \
	"\"License\");\n"                                                      \
	" * you may not use this file except in compliance with the "          \
	"License.\n"

static void test_policies_fixplan__mismatch_block(void **state)
{
	const char *text = "/*\n * Copyright 2020 Foo\n *\n" DAMAGED
	                   " *\n * foo.c: the foo.\n */\nint x;\n";
	hdrcheck__fix_plan p;

	(void)state;
	plan(&p, "foo.c", text);
	assert_int_equal(p.finding.status, HDRCHECK_STATUS_MISMATCH);
	assert_true(p.has_block);
	assert_null(p.block_problem);
	assert_int_equal(p.block_start, 0);
	assert_int_equal(p.block_end, strstr(text, "int x;") - text);
	assert_string_equal(p.block_open, "/*");
	assert_string_equal(p.block_close, "*/");
	assert_null(p.block_line);
	assert_int_equal(p.lines_count, 8);
	assert_int_equal(p.lines[0].kind, HDRCHECK__PLAN_BLANK);
	assert_int_equal(p.lines[1].kind, HDRCHECK__PLAN_COPYRIGHT);
	assert_int_equal(p.lines[3].kind, HDRCHECK__PLAN_LICENSE);
	assert_int_equal(p.lines[4].kind, HDRCHECK__PLAN_LICENSE);
	assert_int_equal(p.lines[6].kind, HDRCHECK__PLAN_OTHER);
	assert_memory_equal(text + p.lines[6].off, "foo.c: the foo.", 15);
	assert_string_equal(p.facts.license, "Apache-2.0");
	assert_string_equal(p.facts.lang->name, "C");
	hdrcheck__fix_plan_dispose(&p);
}

static void test_policies_fixplan__same_verdict_as_check(void **state)
{
	const char *text = "#!/bin/sh\necho hi\n";
	hdrcheck_finding f = {0};
	hdrcheck__fix_plan p;

	(void)state;
	assert_int_equal(hdrcheck__classify_path(classifier, "a.sh", NULL, &f),
	                 0);
	assert_int_equal(hdrcheck__classify_content(classifier, "a.sh", text,
	                                            strlen(text), &f),
	                 0);
	plan(&p, "a.sh", text);
	assert_int_equal(p.finding.status, f.status);
	assert_int_equal(p.finding.status, HDRCHECK_STATUS_MISSING);
	/* after the shebang */
	assert_int_equal(p.insert_at, 10);
	assert_false(p.has_block);
	hdrcheck__fix_plan_dispose(&p);
	hdrcheck__finding_dispose(&f);
}

static void test_policies_fixplan__php_before_declare(void **state)
{
	const char *text = "<?php\ndeclare(strict_types=1);\n\necho 1;\n";
	hdrcheck__fix_plan p;

	(void)state;
	plan(&p, "a.php", text);
	assert_int_equal(p.insert_at, 6);
	assert_true(p.blank_before);
	hdrcheck__fix_plan_dispose(&p);
	plan(&p, "b.php", "<p>hi</p>\n");
	assert_false(p.has_block);
	assert_non_null(p.block_problem);
	hdrcheck__fix_plan_dispose(&p);
}

static void test_policies_fixplan__copyright_block_extended(void **state)
{
	const char *text = "// Copyright 2020 Foo\npackage foo\n";
	hdrcheck__fix_plan p;

	(void)state;
	plan(&p, "a.go", text);
	assert_int_equal(p.finding.status, HDRCHECK_STATUS_MISSING);
	assert_true(p.has_block);
	assert_null(p.block_problem);
	assert_string_equal(p.block_line, "//");
	assert_int_equal(p.block_end, strlen("// Copyright 2020 Foo\n"));
	assert_int_equal(p.lines[0].kind, HDRCHECK__PLAN_COPYRIGHT);
	hdrcheck__fix_plan_dispose(&p);
}

static void test_policies_fixplan__shared_lines_refused(void **state)
{
	hdrcheck__fix_plan p;

	(void)state;
	plan(&p, "a.c", "/*\n" DAMAGED " */ int x;\n");
	assert_int_equal(p.finding.status, HDRCHECK_STATUS_MISMATCH);
	assert_non_null(p.block_problem);
	assert_non_null(strstr(p.block_problem, "code follows"));
	hdrcheck__fix_plan_dispose(&p);
	plan(&p, "b.c", "/* a */ /*\n" DAMAGED " */\n");
	assert_int_equal(p.finding.status, HDRCHECK_STATUS_MISMATCH);
	assert_non_null(p.block_problem);
	hdrcheck__fix_plan_dispose(&p);
}

static void test_policies_fixplan__crlf_block(void **state)
{
	const char *text = "# Licensed under the Apache License, Version 2.0 "
	                   "(the \"License\");\r\n# you may not use this file."
	                   "\r\n\r\nx = 1\r\n";
	hdrcheck__fix_plan p;

	(void)state;
	plan(&p, "a.py", text);
	assert_int_equal(p.finding.status, HDRCHECK_STATUS_MISMATCH);
	assert_null(p.block_problem);
	assert_string_equal(p.block_line, "#");
	assert_int_equal(p.block_end, strstr(text, "\r\n\r\n") - text + 2);
	hdrcheck__fix_plan_dispose(&p);
}

static int setup(void **state)
{
	(void)state;
	if (hdrcheck__policy_new(&policy, NULL, NULL, 0) < 0)
		return -1;
	return hdrcheck__classifier_new(&classifier, policy);
}

static int teardown(void **state)
{
	(void)state;
	hdrcheck__classifier_free(classifier);
	hdrcheck__policy_free(policy);
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_policies_fixplan__mismatch_block),
	    cmocka_unit_test(test_policies_fixplan__same_verdict_as_check),
	    cmocka_unit_test(test_policies_fixplan__php_before_declare),
	    cmocka_unit_test(test_policies_fixplan__copyright_block_extended),
	    cmocka_unit_test(test_policies_fixplan__shared_lines_refused),
	    cmocka_unit_test(test_policies_fixplan__crlf_block),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
