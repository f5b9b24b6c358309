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

/* The TOML subset of REUSE.toml (policies/toml.c): what it reads. Its
 * errors are cases on disk (tests/data/reuse/error-*). */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
#include "common.h"
#include "hdrcheck/errors.h"
#include "policies/toml.h"

static hdrcheck__toml *parse_ok(const char *text)
{
	hdrcheck__toml *doc = NULL;
	int rc = hdrcheck__toml_parse(&doc, "t.toml", text, strlen(text));

	if (rc < 0)
		fail_msg("%s", hdrcheck_error_last());
	return doc;
}

static const char *parse_err(const char *text)
{
	hdrcheck__toml *doc = NULL;

	assert_int_equal(
	    hdrcheck__toml_parse(&doc, "t.toml", text, strlen(text)),
	    HDRCHECK_EINVAL);
	assert_null(doc);
	return hdrcheck_error_last();
}

static void test_policies_toml__values(void **state)
{
	hdrcheck__toml *doc =
	    parse_ok("\xEF\xBB\xBF# c\r\n"
	             "version = 1\r\n"
	             "neg = -1_000\n"
	             "t = true\n"
	             "\"quoted key\" = 'C:\\path'\n"
	             "esc = \"tab\\tq\\\"\\u00e9\\U0001F600\"\n"
	             "ml = \"\"\"\n  a \\\n    b\n\"\"\"\n"
	             "lit = '''\nx''y'''\n"
	             "two = \"\"\"q\"\"\"\"\"\n"
	             "arr = [ \"a\", # comment\n  'b',\n  [1, 2], ]\n"
	             "[[annotations]]\n"
	             "path = \"x\"\n"
	             "[[annotations]]\n"
	             "path = []\n");
	const hdrcheck__toml_table *root;
	const hdrcheck__toml_pair *kv;

	(void)state;
	assert_int_equal(doc->count, 3);
	root = &doc->tables[0];
	assert_null(root->name);
	assert_int_equal(hdrcheck__toml_get(root, "version")->value.integer, 1);
	assert_int_equal(hdrcheck__toml_get(root, "neg")->value.integer, -1000);
	assert_true(hdrcheck__toml_get(root, "t")->value.boolean);
	assert_string_equal(hdrcheck__toml_get(root, "quoted key")->value.str,
	                    "C:\\path");
	assert_string_equal(hdrcheck__toml_get(root, "esc")->value.str,
	                    "tab\tq\"\xC3\xA9\xF0\x9F\x98\x80");
	assert_string_equal(hdrcheck__toml_get(root, "ml")->value.str,
	                    "  a b\n");
	assert_string_equal(hdrcheck__toml_get(root, "lit")->value.str, "x''y");
	assert_string_equal(hdrcheck__toml_get(root, "two")->value.str,
	                    "q\"\"");
	kv = hdrcheck__toml_get(root, "arr");
	assert_int_equal(kv->value.kind, HDRCHECK__TOML_ARRAY);
	assert_int_equal(kv->value.count, 3);
	assert_string_equal(kv->value.items[1].str, "b");
	assert_int_equal(kv->value.items[2].items[1].integer, 2);
	assert_int_equal(kv->line, 14);
	assert_string_equal(doc->tables[1].name, "annotations");
	assert_true(doc->tables[1].array && doc->tables[2].array);
	assert_int_equal(doc->tables[2].line, 19);
	hdrcheck__toml_free(doc);
}

static void test_policies_toml__errors(void **state)
{
	(void)state;
	assert_string_equal(parse_err("a = 1\nb = 1.5\n"),
	                    "t.toml:2:5: floats are not supported in "
	                    "REUSE.toml");
	assert_string_equal(parse_err("a = 1979-05-27\n"),
	                    "t.toml:1:5: dates and times are not supported "
	                    "in REUSE.toml");
	assert_string_equal(parse_err("a = 012\n"),
	                    "t.toml:1:5: leading zeros are not allowed in an "
	                    "integer");
	assert_string_equal(parse_err("a = \"x\" b\n"),
	                    "t.toml:1:9: expected the end of the line, found "
	                    "'b'");
	assert_string_equal(parse_err("a = \"\\u0000\"\n"),
	                    "t.toml:1:6: a NUL character is not allowed in a "
	                    "string");
	assert_string_equal(parse_err("a = \"\\uD800\"\n"),
	                    "t.toml:1:6: \\u escape is not a Unicode scalar "
	                    "value");
	assert_string_equal(parse_err("a = \"x\xff\"\n"),
	                    "t.toml:1:7: invalid UTF-8");
	assert_string_equal(parse_err("[t]\n[t]\n"),
	                    "t.toml:2:1: table \"t\" is defined twice");
	assert_string_equal(parse_err("[[t]]\n[t]\n"),
	                    "t.toml:2:1: \"t\" is both a table and an array of "
	                    "tables");
	assert_string_equal(parse_err("t = 1\n[t]\n"),
	                    "t.toml:2:1: \"t\" is already defined as a key");
	assert_string_equal(parse_err("a = [1, 2\n"),
	                    "t.toml:2:1: unterminated array");
	assert_string_equal(parse_err("a = 9223372036854775808\n"),
	                    "t.toml:1:5: integer out of range");
	assert_string_equal(parse_err("\"a\nb\" = 1\n"),
	                    "t.toml:1:1: unterminated string");
	assert_string_equal(parse_err("a = \"\"\"x\"\"\"\"\"\"\n"),
	                    "t.toml:1:14: too many quotes at the end of a "
	                    "multi-line string");
	assert_string_equal(parse_err("a = 1 # \x01\n"),
	                    "t.toml:1:9: control character 0x01 in a comment");
	assert_string_equal(parse_err("a =\n"), "t.toml:1:4: expected a value");
	assert_string_equal(parse_err("a = yes\n"),
	                    "t.toml:1:5: invalid value (strings are quoted)");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_policies_toml__values),
	    cmocka_unit_test(test_policies_toml__errors),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
