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
 * The configuration loaders: .hdrcheck.yaml into the model, every error
 * message with its exact position, and skywalking-eyes' .licenserc.yaml
 * mapped onto the same model. Error and warning cases also live on disk:
 * each directory of tests/data/config is one test (see its README.md).
 */

#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "common.h"
#include "policies/config.h"
#include "policies/config_tree.h"

#define CASES_DIR HDRCHECK_TEST_DATA "/config"

/* ---- helpers ------------------------------------------------------------ */

typedef struct {
	char *lines[64];
	size_t count;
} warnings;

static void collect(void *payload, const char *message)
{
	warnings *w = payload;

	assert_true(w->count < HDRCHECK__ARRAY_SIZE(w->lines));
	assert_null(strchr(message, '\n'));
	assert_non_null(w->lines[w->count++] = strdup(message));
}

static void warnings_clear(warnings *w)
{
	size_t i;

	for (i = 0; i < w->count; i++)
		free(w->lines[i]);
	w->count = 0;
}

static char *read_all(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf;
	long size;

	if (!f)
		return NULL;
	assert_int_equal(fseek(f, 0, SEEK_END), 0);
	assert_true((size = ftell(f)) >= 0);
	assert_int_equal(fseek(f, 0, SEEK_SET), 0);
	assert_non_null(buf = malloc((size_t)size + 1));
	*len = fread(buf, 1, (size_t)size, f);
	assert_int_equal(*len, (size_t)size);
	buf[*len] = '\0';
	fclose(f);
	return buf;
}

static hdrcheck__config *parse_ok(const char *text)
{
	hdrcheck__config *cfg = NULL;
	int rc =
	    hdrcheck__config_parse(&cfg, ".hdrcheck.yaml", text, strlen(text));

	if (rc != 0)
		print_error("unexpected error: %s\n", hdrcheck_error_last());
	assert_int_equal(rc, 0);
	assert_non_null(cfg);
	return cfg;
}

static void parse_fails(const char *text, const char *message)
{
	hdrcheck__config *cfg = NULL;

	assert_int_equal(
	    hdrcheck__config_parse(&cfg, ".hdrcheck.yaml", text, strlen(text)),
	    HDRCHECK_EINVAL);
	assert_null(cfg);
	assert_string_equal(hdrcheck_error_last(), message);
}

static hdrcheck__config *licenserc_case(const char *name, warnings *w)
{
	hdrcheck__config *cfg = NULL;
	char path[1024], *buf;
	size_t len;
	int rc;

	snprintf(path, sizeof(path), "%s/%s/.licenserc.yaml", CASES_DIR, name);
	assert_non_null(buf = read_all(path, &len));
	rc = hdrcheck__config_parse_licenserc(&cfg, ".licenserc.yaml", buf, len,
	                                      collect, w);
	if (rc != 0)
		print_error("unexpected error: %s\n", hdrcheck_error_last());
	assert_int_equal(rc, 0);
	free(buf);
	return cfg;
}

static hdrcheck__config *licenserc_ok(const char *text, warnings *w)
{
	hdrcheck__config *cfg = NULL;
	int rc = hdrcheck__config_parse_licenserc(&cfg, ".licenserc.yaml", text,
	                                          strlen(text), collect, w);

	if (rc != 0)
		print_error("unexpected error: %s\n", hdrcheck_error_last());
	assert_int_equal(rc, 0);
	return cfg;
}

/* v is NULL-terminated and holds exactly the n strings that follow */
static void assert_strv(char **v, size_t n, ...)
{
	va_list ap;
	size_t i;

	assert_non_null(v);
	va_start(ap, n);
	for (i = 0; i < n; i++) {
		assert_non_null(v[i]);
		assert_string_equal(v[i], va_arg(ap, const char *));
	}
	va_end(ap);
	assert_null(v[n]);
}

/* ---- .hdrcheck.yaml ------------------------------------------------------ */

static const char full_example[] =
    "version: 1\n"
    "builtin_exclusions: false\n"
    "exclude: [\"vendor/**\", \"!vendor/ours/**\"]\n"
    "languages:\n"
    "  - name: Foo\n"
    "    extensions: [foo, \"Foo.In\", .fooz]\n"
    "    filenames: [Foofile]\n"
    "    interpreters: [foo]\n"
    "    line_comments: [\"#\", \"//\"]\n"
    "    block_comments: [[\"/*\", \"*/\"], [\"{-\", \"-}\"]]\n"
    "  - name: Python\n"
    "    line_comments: [\"#\"]\n"
    "policies:\n"
    "  - name: default\n"
    "    paths: [\"**\"]\n"
    "    license: Apache-2.0\n"
    "    header: |\n"
    "      Copyright {year} {holder}\n"
    "      Licensed under the Foo License.\n"
    "    copyright:\n"
    "      holder: \"The Foo Authors\"\n"
    "      holder_pattern: \"Foo (Inc|LLC)\"\n"
    "      required: true\n"
    "    spdx: require\n"
    "    accept:\n"
    "      - \"Licensed under the Foo Public License\"\n"
    "      - regex: \"Copyright \\\\d+ Old Corp\"\n"
    "    third_party: false\n"
    "    skip: false\n"
    "    exclude: [\"**/testdata/**\"]\n"
    "  - name: third-party\n"
    "    paths: [\"third_party/**\", \"!third_party/ours/**\"]\n"
    "    license: MIT OR (Apache-2.0 WITH LLVM-exception)\n"
    "    spdx: reject\n"
    "    third_party: true\n"
    "  - paths: [\"gen/**\"]\n"
    "    skip: true\n"
    "    spdx: accept\n";

static void test_policies_config__full_example(void **state)
{
	hdrcheck__config *cfg = parse_ok(full_example);
	const hdrcheck__language_config *l;
	const hdrcheck__policy_config *p;

	(void)state;
	assert_string_equal(cfg->source, ".hdrcheck.yaml");
	assert_int_equal(cfg->version, 1);
	assert_int_equal(cfg->builtin_exclusions, 0);
	assert_strv(cfg->exclude, 2, "vendor/**", "!vendor/ours/**");

	assert_int_equal(cfg->languages_count, 2);
	l = &cfg->languages[0];
	assert_string_equal(l->name, "Foo");
	assert_strv(l->extensions, 3, "foo", "foo.in", "fooz");
	assert_strv(l->filenames, 1, "Foofile");
	assert_strv(l->interpreters, 1, "foo");
	assert_strv(l->line_comments, 2, "#", "//");
	assert_strv(l->block_comments, 4, "/*", "*/", "{-", "-}");
	assert_int_equal(l->line, 5);
	assert_int_equal(l->column, 5);
	l = &cfg->languages[1];
	assert_string_equal(l->name, "Python");
	assert_null(l->extensions);
	assert_null(l->filenames);
	assert_null(l->interpreters);
	assert_strv(l->line_comments, 1, "#");
	assert_null(l->block_comments);
	assert_int_equal(l->line, 11);

	assert_int_equal(cfg->policies_count, 3);
	p = &cfg->policies[0];
	assert_string_equal(p->name, "default");
	assert_strv(p->paths, 1, "**");
	assert_strv(p->exclude, 1, "**/testdata/**");
	assert_string_equal(p->license, "Apache-2.0");
	assert_string_equal(p->header, "Copyright {year} {holder}\n"
	                               "Licensed under the Foo License.\n");
	assert_string_equal(p->holder, "The Foo Authors");
	assert_string_equal(p->holder_pattern, "Foo (Inc|LLC)");
	assert_int_equal(p->copyright_required, 1);
	assert_int_equal(p->spdx, HDRCHECK__SPDX_REQUIRE);
	assert_int_equal(p->accept_count, 2);
	assert_string_equal(p->accept[0].text,
	                    "Licensed under the Foo Public License");
	assert_null(p->accept[0].regex);
	assert_null(p->accept[1].text);
	assert_string_equal(p->accept[1].regex, "Copyright \\d+ Old Corp");
	assert_int_equal(p->third_party, 0);
	assert_int_equal(p->skip, 0);
	assert_int_equal(p->line, 14);
	assert_int_equal(p->column, 5);

	p = &cfg->policies[1];
	assert_string_equal(p->name, "third-party");
	assert_strv(p->paths, 2, "third_party/**", "!third_party/ours/**");
	assert_null(p->exclude);
	/* in normal form */
	assert_string_equal(p->license,
	                    "Apache-2.0 WITH LLVM-exception OR MIT");
	assert_null(p->header);
	assert_null(p->holder);
	assert_null(p->holder_pattern);
	assert_int_equal(p->copyright_required, 0);
	assert_int_equal(p->spdx, HDRCHECK__SPDX_REJECT);
	assert_null(p->accept);
	assert_int_equal(p->accept_count, 0);
	assert_int_equal(p->third_party, 1);
	assert_int_equal(p->skip, 0);
	assert_int_equal(p->line, 31);

	p = &cfg->policies[2];
	assert_string_equal(p->name, "policy-3");
	assert_strv(p->paths, 1, "gen/**");
	assert_int_equal(p->skip, 1);
	assert_int_equal(p->spdx, HDRCHECK__SPDX_ACCEPT);
	assert_int_equal(p->line, 36);
	assert_int_equal(p->column, 5);
	hdrcheck__config_free(cfg);
}

static void test_policies_config__empty_is_default(void **state)
{
	static const char *const empties[] = {"",
	                                      "\n",
	                                      "# nothing configured yet\n",
	                                      "~\n",
	                                      "---\n",
	                                      "---\n...\n",
	                                      "null\n",
	                                      "\xef\xbb\xbf# with a BOM\n"};
	size_t i;

	(void)state;
	for (i = 0; i < HDRCHECK__ARRAY_SIZE(empties); i++) {
		hdrcheck__config *cfg = parse_ok(empties[i]);

		assert_string_equal(cfg->source, ".hdrcheck.yaml");
		assert_int_equal(cfg->version, 1);
		assert_int_equal(cfg->builtin_exclusions, 1);
		assert_null(cfg->exclude);
		assert_int_equal(cfg->languages_count, 0);
		assert_int_equal(cfg->policies_count, 0);
		hdrcheck__config_free(cfg);
	}
}

static void test_policies_config__policy_defaults(void **state)
{
	hdrcheck__config *cfg = parse_ok("policies:\n"
	                                 "  - paths: [src/**]\n"
	                                 "  - name: docs\n"
	                                 "    paths: [docs/**]\n"
	                                 "  - paths: [\"**\"]\n"
	                                 "    accept: []\n");
	const hdrcheck__policy_config *p = &cfg->policies[0];

	(void)state;
	assert_int_equal(cfg->policies_count, 3);
	assert_string_equal(p->name, "policy-1");
	assert_null(p->license);
	assert_null(p->header);
	assert_null(p->holder);
	assert_null(p->holder_pattern);
	assert_int_equal(p->copyright_required, 0);
	assert_int_equal(p->spdx, HDRCHECK__SPDX_ACCEPT);
	assert_int_equal(p->accept_count, 0);
	assert_int_equal(p->third_party, 0);
	assert_int_equal(p->skip, 0);
	assert_null(p->exclude);
	assert_int_equal(p->line, 2);
	assert_int_equal(p->column, 5);
	assert_string_equal(cfg->policies[1].name, "docs");
	/* the index counts every policy, named or not */
	assert_string_equal(cfg->policies[2].name, "policy-3");
	assert_int_equal(cfg->policies[2].accept_count, 0);
	hdrcheck__config_free(cfg);
}

static void test_policies_config__booleans(void **state)
{
	hdrcheck__config *cfg = parse_ok("builtin_exclusions: False\n"
	                                 "policies:\n"
	                                 "  - paths: [a]\n"
	                                 "    skip: TRUE\n"
	                                 "    third_party: True\n");

	(void)state;
	assert_int_equal(cfg->builtin_exclusions, 0);
	assert_int_equal(cfg->policies[0].skip, 1);
	assert_int_equal(cfg->policies[0].third_party, 1);
	hdrcheck__config_free(cfg);
	/* YAML 1.1 spellings are refused: "no" is a famous surprise */
	parse_fails("builtin_exclusions: no\n",
	            ".hdrcheck.yaml:1:21: \"builtin_exclusions\" must be true "
	            "or false");
	parse_fails("builtin_exclusions: 0\n",
	            ".hdrcheck.yaml:1:21: \"builtin_exclusions\" must be true "
	            "or false");
}

static void test_policies_config__extensions_normalised(void **state)
{
	hdrcheck__config *cfg =
	    parse_ok("languages:\n"
	             "  - name: Foo\n"
	             "    extensions: [.FOO, Foo.In, 1]\n"
	             "    block_comments: [[\"(*\", \"*)\"]]\n");

	(void)state;
	assert_strv(cfg->languages[0].extensions, 3, "foo", "foo.in", "1");
	assert_null(cfg->languages[0].line_comments);
	assert_strv(cfg->languages[0].block_comments, 2, "(*", "*)");
	hdrcheck__config_free(cfg);
}

static void test_policies_config__override_builtin(void **state)
{
	/* a built-in type (any case) needs nothing more than what changes */
	hdrcheck__config *cfg = parse_ok("languages:\n"
	                                 "  - name: python\n"
	                                 "    interpreters: [mypython]\n"
	                                 "  - name: Markdown\n");

	(void)state;
	assert_int_equal(cfg->languages_count, 2);
	/* the built-in spelling, so that the override finds its type */
	assert_string_equal(cfg->languages[0].name, "Python");
	assert_strv(cfg->languages[0].interpreters, 1, "mypython");
	assert_string_equal(cfg->languages[1].name, "Markdown");
	hdrcheck__config_free(cfg);
}

static void test_policies_config__strings_any_scalar(void **state)
{
	/* numbers are strings where a string is wanted; quoting works too */
	hdrcheck__config *cfg =
	    parse_ok("policies:\n"
	             "  - name: 2024\n"
	             "    paths: ['*.c', \"*.h\", !!str 7]\n"
	             "    license: '0BSD'\n");

	(void)state;
	assert_string_equal(cfg->policies[0].name, "2024");
	assert_strv(cfg->policies[0].paths, 3, "*.c", "*.h", "7");
	assert_string_equal(cfg->policies[0].license, "0BSD");
	hdrcheck__config_free(cfg);
}

static void test_policies_config__explicit_length(void **state)
{
	static const char text[] = "version: 1\npolicies: [garbage";
	hdrcheck__config *cfg = NULL;

	(void)state;
	/* only the first 11 bytes are the file; no NUL needed after them */
	assert_int_equal(hdrcheck__config_parse(&cfg, "x.yaml", text, 11), 0);
	assert_int_equal(cfg->policies_count, 0);
	hdrcheck__config_free(cfg);
}

static void test_policies_config__source_name(void **state)
{
	hdrcheck__config *cfg = NULL;

	(void)state;
	assert_int_equal(
	    hdrcheck__config_parse(&cfg, "conf/hdr.yaml", "colour: 1\n", 10),
	    HDRCHECK_EINVAL);
	assert_string_equal(hdrcheck_error_last(),
	                    "conf/hdr.yaml:1:1: unknown key \"colour\"");
	assert_int_equal(hdrcheck__config_parse(&cfg, NULL, "colour: 1\n", 10),
	                 HDRCHECK_EINVAL);
	assert_string_equal(hdrcheck_error_last(),
	                    ".hdrcheck.yaml:1:1: unknown key \"colour\"");
	assert_int_equal(hdrcheck__config_parse(&cfg, "conf/hdr.yaml", "", 0),
	                 0);
	assert_string_equal(cfg->source, "conf/hdr.yaml");
	hdrcheck__config_free(cfg);
}

static void test_policies_config__crlf_positions(void **state)
{
	(void)state;
	parse_fails("policies:\r\n  - paths: [\"**\"]\r\n    licence: MIT\r\n",
	            ".hdrcheck.yaml:3:5: unknown key \"licence\" (did you mean "
	            "\"license\"?)");
}

static void test_policies_config__too_large(void **state)
{
	size_t len = HDRCHECK__CONFIG_MAX_BYTES + 1;
	hdrcheck__config *cfg = NULL;
	char *buf = malloc(len);

	(void)state;
	assert_non_null(buf);
	memset(buf, '#', len);
	assert_int_equal(
	    hdrcheck__config_parse(&cfg, ".hdrcheck.yaml", buf, len),
	    HDRCHECK_EINVAL);
	assert_string_equal(hdrcheck_error_last(),
	                    ".hdrcheck.yaml:1:1: larger than 1 MiB "
	                    "(1048577 bytes)");
	assert_int_equal(hdrcheck__config_parse_licenserc(
	                     &cfg, ".licenserc.yaml", buf, len, NULL, NULL),
	                 HDRCHECK_EINVAL);
	assert_string_equal(hdrcheck_error_last(),
	                    ".licenserc.yaml:1:1: larger than 1 MiB "
	                    "(1048577 bytes)");
	/* exactly 1 MiB is fine: one comment line */
	assert_int_equal(
	    hdrcheck__config_parse(&cfg, ".hdrcheck.yaml", buf, len - 1), 0);
	hdrcheck__config_free(cfg);
	free(buf);
}

static void test_policies_config__too_many_nodes(void **state)
{
	size_t n = HDRCHECK__CONFIG_MAX_NODES, i, len = 0;
	char *buf = malloc(16 + 2 * n), want[128];
	hdrcheck__config *cfg = NULL;

	(void)state;
	assert_non_null(buf);
	/* a mapping, a key and a sequence: the entry with index n - 3 is
	 * node n + 1 */
	memcpy(buf, "exclude: [", 10);
	len = 10;
	for (i = 0; i < n; i++) {
		buf[len++] = 'a';
		buf[len++] = ',';
	}
	buf[len - 1] = ']';
	assert_int_equal(
	    hdrcheck__config_parse(&cfg, ".hdrcheck.yaml", buf, len),
	    HDRCHECK_EINVAL);
	snprintf(want, sizeof(want),
	         ".hdrcheck.yaml:1:%zu: more than 100000 nodes",
	         (size_t)11 + 2 * (n - 3));
	assert_string_equal(hdrcheck_error_last(), want);
	free(buf);
}

static void test_policies_config__depth_limit(void **state)
{
	char buf[256];
	hdrcheck__config *cfg = NULL;
	size_t i, len = 0;

	(void)state;
	/* 63 nested lists under the top mapping: 64 levels, allowed (and
	 * then refused by the schema, not by the limit) */
	len += (size_t)snprintf(buf, sizeof(buf), "exclude: ");
	for (i = 0; i < 63; i++)
		buf[len++] = '[';
	for (i = 0; i < 63; i++)
		buf[len++] = ']';
	assert_int_equal(
	    hdrcheck__config_parse(&cfg, ".hdrcheck.yaml", buf, len),
	    HDRCHECK_EINVAL);
	assert_string_equal(
	    hdrcheck_error_last(),
	    ".hdrcheck.yaml:1:11: \"exclude\" must be a list of "
	    "strings");
}

static void test_policies_config__glob_escapes(void **state)
{
	/* "\[" is a literal bracket, "[]a]" a class holding ']' */
	hdrcheck__config *cfg = parse_ok("exclude: ['a\\[b', '[]a]x', "
	                                 "'[!a]*', '**/x[0-9]/']\n");

	(void)state;
	assert_strv(cfg->exclude, 4, "a\\[b", "[]a]x", "[!a]*", "**/x[0-9]/");
	hdrcheck__config_free(cfg);
	parse_fails("exclude: ['[]']\n",
	            ".hdrcheck.yaml:1:11: invalid glob \"[]\": unterminated "
	            "character class");
}

static void test_policies_config__spdx_expressions(void **state)
{
	static const char *const good[] = {
	    "MIT",
	    "Apache-2.0",
	    "GPL-2.0+",
	    "GPL-2.0-or-later",
	    "LicenseRef-Foo.1",
	    "DocumentRef-x:LicenseRef-y",
	    "MIT OR Apache-2.0",
	    "mit or apache-2.0",
	    "(MIT AND BSD-3-Clause) OR Apache-2.0",
	    "Apache-2.0 WITH LLVM-exception",
	    "((MIT))",
	    " MIT ",
	    "0BSD"};
	static const char *const bad[] = {
	    "",          "Apache 2.0", "MIT OR",          "OR MIT",
	    "(MIT",      "MIT)",       "MIT AND AND BSD", "MIT WITH",
	    "GPL-2.0 +", "-MIT",       "Apache/2.0",      "MIT Or BSD",
	    "WITH",      "()",         "MIT,BSD"};
	size_t i;

	(void)state;
	for (i = 0; i < HDRCHECK__ARRAY_SIZE(good); i++) {
		if (!hdrcheck__config_spdx_valid(good[i]))
			print_error("refused: \"%s\"\n", good[i]);
		assert_true(hdrcheck__config_spdx_valid(good[i]));
	}
	for (i = 0; i < HDRCHECK__ARRAY_SIZE(bad); i++) {
		if (hdrcheck__config_spdx_valid(bad[i]))
			print_error("accepted: \"%s\"\n", bad[i]);
		assert_false(hdrcheck__config_spdx_valid(bad[i]));
	}
}

static void test_policies_config__suggest(void **state)
{
	static const char *const keys[] = {"paths", "path_list", "license",
	                                   "exclude", NULL};

	(void)state;
	assert_string_equal(hdrcheck__config_suggest("licence", keys),
	                    "license");
	assert_string_equal(hdrcheck__config_suggest("pathes", keys), "paths");
	/* a tie goes to the first in table order */
	assert_string_equal(hdrcheck__config_suggest("path", keys), "paths");
	assert_string_equal(hdrcheck__config_suggest("exlcude", keys),
	                    "exclude");
	assert_null(hdrcheck__config_suggest("colour", keys));
	assert_null(hdrcheck__config_suggest("", keys));
	assert_null(hdrcheck__config_suggest(
	    "a-key-that-is-much-longer-than-any-known-key-of-the-schema-"
	    "at-all",
	    keys));
}

static void test_policies_config__quote(void **state)
{
	char out[32];

	(void)state;
	assert_string_equal(hdrcheck__ytree_quote(out, sizeof(out), "a\"b\\c"),
	                    "\"a\\\"b\\\\c\"");
	assert_string_equal(
	    hdrcheck__ytree_quote(out, sizeof(out), "l1\nl2\t\x01"),
	    "\"l1\\nl2\\t\\x01\"");
	assert_string_equal(
	    hdrcheck__ytree_quote(out, sizeof(out),
	                          "abcdefghijklmnopqrstuvwxyz0123456789"),
	    "\"abcdefghijklmnopqrstuvwxyz\"...");
	/* never half a UTF-8 sequence */
	assert_string_equal(
	    hdrcheck__ytree_quote(out, sizeof(out),
	                          "abcdefghijklmnopqrstuvwxy\xc3\xa9z"),
	    "\"abcdefghijklmnopqrstuvwxy\"...");
	assert_string_equal(
	    hdrcheck__ytree_quote(out, sizeof(out),
	                          "abcdefghijklmnopqrstuvwx\xc3\xa9z"),
	    "\"abcdefghijklmnopqrstuvwx\xc3\xa9\"...");
	assert_string_equal(hdrcheck__ytree_quote(out, sizeof(out), ""),
	                    "\"\"");
	/* bytes that are not UTF-8 are escaped too */
	assert_string_equal(
	    hdrcheck__ytree_quote(out, sizeof(out), "a\xff\xc3"),
	    "\"a\\xff\\xc3\"");
}

static void test_policies_config__unknown_key_escaped(void **state)
{
	(void)state;
	parse_fails("\"a\\nb\": 1\n",
	            ".hdrcheck.yaml:1:1: unknown key \"a\\nb\"");
}

static void test_policies_config__free_null(void **state)
{
	(void)state;
	hdrcheck__config_free(NULL);
	hdrcheck__ytree_free(NULL);
	hdrcheck__strv_free(NULL);
}

/* ---- .licenserc.yaml ---------------------------------------------------- */

static void test_policies_config__licenserc_asf_single(void **state)
{
	warnings w = {{0}, 0};
	hdrcheck__config *cfg = licenserc_case("licenserc-asf-single", &w);
	const hdrcheck__policy_config *p;

	(void)state;
	assert_string_equal(cfg->source, ".licenserc.yaml");
	assert_int_equal(cfg->policies_count, 1);
	p = &cfg->policies[0];
	assert_string_equal(p->name, "header");
	assert_string_equal(p->license, "Apache-2.0");
	/* license-eye's header for the ASF: its source header, which
	 * fix writes without a copyright line */
	assert_null(p->holder);
	assert_null(p->holder_pattern);
	assert_non_null(p->header);
	assert_true(strncmp(p->header,
	                    "Licensed to the Apache Software Foundation (ASF) "
	                    "under one or more\n",
	                    67) == 0);
	assert_int_equal(p->accept_count, 0);
	assert_int_equal(p->spdx, HDRCHECK__SPDX_REJECT);
	assert_strv(p->paths, 1, "**");
	/* "{json,svg}" expanded: hdrcheck globs have no braces */
	assert_strv(p->exclude, 8, "dist", "licenses", "**/*.md",
	            "**/testdata/**", "LICENSE", "NOTICE", "**/*.json",
	            "**/*.svg");
	/* a single header's exclusions hold everywhere */
	assert_strv(cfg->exclude, 8, "dist", "licenses", "**/*.md",
	            "**/testdata/**", "LICENSE", "NOTICE", "**/*.json",
	            "**/*.svg");
	assert_int_equal(p->line, 3);
	assert_int_equal(p->column, 3);
	assert_int_equal(w.count, 1);
	assert_string_equal(w.lines[0], ".licenserc.yaml:16:3: \"comment\" is "
	                                "not supported by hdrcheck; ignored");
	warnings_clear(&w);
	hdrcheck__config_free(cfg);
}

static void test_policies_config__licenserc_content(void **state)
{
	warnings w = {{0}, 0};
	hdrcheck__config *cfg = licenserc_case("licenserc-content", &w);
	const hdrcheck__policy_config *p = &cfg->policies[0];
	const char *text =
	    "Copyright {year} {holder}\n"
	    "\n"
	    "This file is part of gizmo, licensed under the Apache\n"
	    "License, Version 2.0 (the \"License\"); you may not use this "
	    "file\n"
	    "except in compliance with the License.";

	(void)state;
	assert_int_equal(w.count, 0);
	assert_int_equal(cfg->policies_count, 1);
	assert_string_equal(p->license, "Apache-2.0");
	assert_string_equal(p->holder, "Example Corp");
	/* the content is both what is wanted and an accepted text */
	assert_string_equal(p->header, text);
	assert_int_equal(p->accept_count, 1);
	assert_string_equal(p->accept[0].text, text);
	assert_null(p->accept[0].regex);
	assert_strv(p->paths, 2, "src/**", "cmd/**");
	assert_strv(p->exclude, 1, "src/generated/**");
	/* license-eye looks at "paths" only: the rest is excluded */
	assert_strv(cfg->exclude, 4, "**", "!src/**", "!cmd/**",
	            "src/generated/**");
	hdrcheck__config_free(cfg);
}

static void test_policies_config__licenserc_paths_only(void **state)
{
	warnings w = {{0}, 0};
	hdrcheck__config *cfg = licenserc_ok("header:\n"
	                                     "  - paths: ['**/*.rs']\n"
	                                     "    paths-ignore: ['target/**']\n"
	                                     "  - paths: ['**/*.py', '!x']\n",
	                                     &w);

	(void)state;
	assert_int_equal(w.count, 0);
	assert_int_equal(cfg->policies_count, 2);
	/* several headers: their paths-ignore stay with them */
	assert_strv(cfg->exclude, 4, "**", "!**/*.rs", "!**/*.py", "!\\!x");
	assert_strv(cfg->policies[0].exclude, 1, "target/**");
	assert_strv(cfg->policies[1].paths, 2, "**/*.py", "\\!x");
	hdrcheck__config_free(cfg);
}

static void test_policies_config__licenserc_multi(void **state)
{
	warnings w = {{0}, 0};
	hdrcheck__config *cfg = licenserc_case("licenserc-multi", &w);
	const hdrcheck__policy_config *p;

	(void)state;
	assert_int_equal(cfg->policies_count, 3);
	/* with several headers, exclusions stay with their header */
	assert_null(cfg->exclude);
	p = &cfg->policies[0];
	assert_string_equal(p->name, "header-1");
	assert_strv(p->paths, 1, "server/**");
	assert_strv(p->exclude, 1, "server/testdata/**");
	assert_string_equal(p->license, "Apache-2.0");
	assert_string_equal(p->holder, "Example Corp");
	assert_int_equal(p->line, 3);
	assert_int_equal(p->column, 5);
	p = &cfg->policies[1];
	assert_string_equal(p->name, "header-2");
	assert_strv(p->paths, 2, "sdk/**", "plugins/*/sdk/**");
	assert_null(p->exclude);
	assert_string_equal(p->license, "MIT");
	p = &cfg->policies[2];
	assert_string_equal(p->name, "header-3");
	/* "path" is not a key of skywalking-eyes: its default applies */
	assert_strv(p->paths, 1, "**");
	assert_string_equal(p->license, "CC-BY-4.0");
	assert_null(p->holder);
	assert_int_equal(w.count, 2);
	assert_string_equal(w.lines[0], ".licenserc.yaml:17:5: \"comment\" is "
	                                "not supported by hdrcheck; ignored");
	assert_string_equal(w.lines[1],
	                    ".licenserc.yaml:19:5: \"path\" is not a "
	                    "skywalking-eyes key; ignored (did you mean "
	                    "\"paths\"?)");
	warnings_clear(&w);
	hdrcheck__config_free(cfg);
}

static void test_policies_config__licenserc_pattern(void **state)
{
	warnings w = {{0}, 0};
	hdrcheck__config *cfg = licenserc_case("licenserc-pattern", &w);
	const hdrcheck__policy_config *p = &cfg->policies[0];

	(void)state;
	assert_int_equal(w.count, 0);
	/* the owner is the ASF: fix writes the ASF source header */
	assert_non_null(p->header);
	assert_non_null(strstr(p->header, "The ASF licenses this file"));
	assert_int_equal(p->accept_count, 1);
	assert_null(p->accept[0].text);
	/* line breaks of the pattern match any white space */
	assert_string_equal(p->accept[0].regex,
	                    "Licensed to the Apache Software Foundation "
	                    "\\(ASF\\) under one\\s+or more contributor "
	                    "license agreements\\.");
	assert_strv(p->exclude, 1, "**/*.md");
	hdrcheck__config_free(cfg);
}

static void test_policies_config__licenserc_language(void **state)
{
	warnings w = {{0}, 0};
	hdrcheck__config *cfg = licenserc_case("licenserc-language", &w);
	const hdrcheck__language_config *l;

	(void)state;
	assert_int_equal(cfg->languages_count, 3);
	l = &cfg->languages[0];
	assert_string_equal(l->name, "Go");
	assert_strv(l->extensions, 1, "go");
	assert_null(l->filenames);
	assert_null(l->interpreters);
	/* the style replaces the whole syntax: no line comments left */
	assert_strv(l->line_comments, 0);
	assert_strv(l->block_comments, 2, "/*", "*/");
	assert_int_equal(l->line, 7);
	assert_int_equal(l->column, 5);
	l = &cfg->languages[1];
	assert_string_equal(l->name, "Shell");
	assert_strv(l->extensions, 2, "sh", "bash");
	assert_strv(l->filenames, 1, "gradlew");
	assert_strv(l->line_comments, 1, "#");
	assert_strv(l->block_comments, 0);
	l = &cfg->languages[2];
	assert_string_equal(l->name, "Smarty");
	assert_strv(l->extensions, 1, "tpl");
	assert_strv(l->block_comments, 2, "{*", "*}");
	assert_int_equal(w.count, 3);
	assert_string_equal(w.lines[0],
	                    ".licenserc.yaml:12:7: \"language.Shell.type\" is "
	                    "not supported by hdrcheck; ignored");
	assert_string_equal(w.lines[1],
	                    ".licenserc.yaml:21:25: comment_style_id "
	                    "\"PHPStyle\" of \"language.Weird\" is not a "
	                    "skywalking-eyes comment style; ignored");
	assert_string_equal(w.lines[2],
	                    ".licenserc.yaml:22:5: \"language.NoStyle\" has no "
	                    "comment_style_id; ignored");
	warnings_clear(&w);
	hdrcheck__config_free(cfg);
}

static void test_policies_config__licenserc_unsupported(void **state)
{
	warnings w = {{0}, 0};
	hdrcheck__config *cfg = licenserc_case("licenserc-unsupported", &w);
	static const char *const want[] = {
	    ".licenserc.yaml:5:5: \"license.copyright-year\" is not "
	    "supported by hdrcheck; ignored",
	    ".licenserc.yaml:6:5: \"license.paths-ignore\" is not a "
	    "skywalking-eyes key; ignored",
	    ".licenserc.yaml:12:3: \"license-location-threshold\" is not "
	    "supported by hdrcheck; ignored",
	    ".licenserc.yaml:13:3: \"comment\" is not supported by "
	    "hdrcheck; ignored",
	    ".licenserc.yaml:15:1: \"dependency\" is not supported by "
	    "hdrcheck; ignored"};
	size_t i;

	(void)state;
	assert_int_equal(w.count, HDRCHECK__ARRAY_SIZE(want));
	for (i = 0; i < w.count; i++)
		assert_string_equal(w.lines[i], want[i]);
	assert_strv(cfg->policies[0].exclude, 1, "LICENSE");
	warnings_clear(&w);
	hdrcheck__config_free(cfg);
}

static void test_policies_config__licenserc_bad_spdx_warns(void **state)
{
	warnings w = {{0}, 0};
	hdrcheck__config *cfg = licenserc_case("licenserc-bad-spdx", &w);

	(void)state;
	assert_null(cfg->policies[0].license);
	assert_string_equal(cfg->policies[0].holder, "Example Corp");
	assert_int_equal(w.count, 1);
	assert_string_equal(w.lines[0],
	                    ".licenserc.yaml:3:14: \"license.spdx-id\" "
	                    "\"Apache 2\" is not an SPDX license expression; "
	                    "ignored");
	warnings_clear(&w);
	hdrcheck__config_free(cfg);
}

static void test_policies_config__licenserc_lenient_types(void **state)
{
	warnings w = {{0}, 0};
	/* yaml.v3 turns any scalar into a string and null into "unset" */
	hdrcheck__config *cfg = licenserc_ok("header:\n"
	                                     "  license:\n"
	                                     "    spdx-id: 0BSD\n"
	                                     "    copyright-owner: 1999\n"
	                                     "    content:\n"
	                                     "  paths:\n"
	                                     "  paths-ignore: [42]\n"
	                                     "  language:\n",
	                                     &w);
	const hdrcheck__policy_config *p = &cfg->policies[0];

	(void)state;
	assert_int_equal(w.count, 0);
	assert_string_equal(p->license, "0BSD");
	assert_string_equal(p->holder, "1999");
	assert_null(p->header);
	assert_strv(p->paths, 1, "**");
	assert_strv(p->exclude, 1, "42");
	hdrcheck__config_free(cfg);
}

static void test_policies_config__licenserc_empty_entries(void **state)
{
	warnings w = {{0}, 0};
	hdrcheck__config *cfg = licenserc_ok("header:\n"
	                                     "  paths-ignore:\n"
	                                     "    - ''\n"
	                                     "    -\n"
	                                     "    - dist\n",
	                                     &w);

	(void)state;
	assert_strv(cfg->policies[0].exclude, 1, "dist");
	assert_int_equal(w.count, 2);
	assert_string_equal(w.lines[0], ".licenserc.yaml:3:7: empty entry in "
	                                "\"paths-ignore\"; ignored");
	assert_string_equal(w.lines[1], ".licenserc.yaml:4:6: empty entry in "
	                                "\"paths-ignore\"; ignored");
	warnings_clear(&w);
	hdrcheck__config_free(cfg);
}

static void test_policies_config__licenserc_globs(void **state)
{
	warnings w = {{0}, 0};
	hdrcheck__config *cfg = licenserc_ok(
	    "header:\n"
	    "  paths: ['src/{a,b{c,d}}/*.{go,,h}', '\\{x,y}', '{x}']\n"
	    "  paths-ignore: ['!keep', 'a\\!b']\n",
	    &w);

	(void)state;
	assert_int_equal(w.count, 0);
	assert_strv(cfg->policies[0].paths, 11, "src/a/*.go", "src/a/*.",
	            "src/a/*.h", "src/bc/*.go", "src/bc/*.", "src/bc/*.h",
	            "src/bd/*.go", "src/bd/*.", "src/bd/*.h", "\\{x,y}", "x");
	/* "!" negates in hdrcheck only: escaped to stay literal */
	assert_strv(cfg->policies[0].exclude, 2, "\\!keep", "a\\!b");
	hdrcheck__config_free(cfg);
}

static void test_policies_config__licenserc_every_style(void **state)
{
	static const struct {
		const char *id, *line, *open;
	} styles[] = {
	    {"DoubleSlash", "//", NULL},
	    {"Hashtag", "#", NULL},
	    {"PythonStyle", "#", NULL},
	    {"AngleBracket", NULL, "<!--"},
	    {"AngleBracketPercentHashtag", NULL, "<%#"},
	    {"SlashAsterisk", NULL, "/*"},
	    {"PhpTag", NULL, "/*"},
	    {"RoundBracketAsterisk", NULL, "(*"},
	    {"CurlyBracketDash", NULL, "{-"},
	    {"CurlyBracketHashtag", NULL, "{#"},
	    {"CurlyBracketAsterisk", NULL, "{*"},
	    {"PythonDocStringStyle", NULL, "\"\"\""},
	    {"DoubleDash", "--", NULL},
	    {"Quotes", "\"", NULL},
	    {"Semicolon", ";", NULL},
	    {"DoubleDot", "..", NULL},
	    {"Remark", "REM", NULL},
	    {"Percent", "%", NULL},
	    {"Apostrophe", "'", NULL},
	    {"Slash", "/", NULL},
	};
	size_t i;

	(void)state;
	for (i = 0; i < HDRCHECK__ARRAY_SIZE(styles); i++) {
		warnings w = {{0}, 0};
		hdrcheck__config *cfg;
		char text[256];
		const hdrcheck__language_config *l;

		snprintf(text, sizeof(text),
		         "header:\n  language:\n    L:\n      extensions: [x]\n"
		         "      comment_style_id: %s\n",
		         styles[i].id);
		cfg = licenserc_ok(text, &w);
		assert_int_equal(w.count, 0);
		assert_int_equal(cfg->languages_count, 1);
		l = &cfg->languages[0];
		assert_non_null(l->line_comments);
		assert_non_null(l->block_comments);
		if (styles[i].line) {
			assert_string_equal(l->line_comments[0],
			                    styles[i].line);
			assert_null(l->block_comments[0]);
		} else {
			assert_null(l->line_comments[0]);
			assert_string_equal(l->block_comments[0],
			                    styles[i].open);
			assert_non_null(l->block_comments[1]);
			assert_null(l->block_comments[2]);
		}
		hdrcheck__config_free(cfg);
	}
}

static void test_policies_config__licenserc_language_replaced(void **state)
{
	warnings w = {{0}, 0};
	hdrcheck__config *cfg = licenserc_ok(
	    "header:\n"
	    "  - paths: ['a/**']\n"
	    "    language:\n"
	    "      Go: {extensions: [.go], comment_style_id: DoubleSlash}\n"
	    "  - paths: ['b/**']\n"
	    "    language:\n"
	    "      go: {extensions: [.go], comment_style_id: "
	    "SlashAsterisk}\n",
	    &w);

	(void)state;
	/* the same built-in type, whatever the spelling */
	assert_int_equal(cfg->languages_count, 1);
	assert_string_equal(cfg->languages[0].name, "Go");
	assert_strv(cfg->languages[0].block_comments, 2, "/*", "*/");
	assert_int_equal(cfg->languages[0].line, 7);
	assert_int_equal(w.count, 1);
	assert_string_equal(w.lines[0], ".licenserc.yaml:7:7: \"language.Go\" "
	                                "replaces the entry at 4:7");
	warnings_clear(&w);
	hdrcheck__config_free(cfg);
}

static void test_policies_config__licenserc_language_unlisted(void **state)
{
	warnings w = {{0}, 0};
	hdrcheck__config *cfg =
	    licenserc_ok("header:\n"
	                 "  language:\n"
	                 "    Go:\n"
	                 "      comment_style_id: DoubleSlash\n"
	                 "      colour: blue\n"
	                 "    Rust:\n",
	                 &w);

	(void)state;
	assert_int_equal(cfg->languages_count, 0);
	assert_int_equal(w.count, 3);
	assert_string_equal(w.lines[0], ".licenserc.yaml:5:7: "
	                                "\"language.Go.colour\" is not a "
	                                "skywalking-eyes key; ignored");
	assert_string_equal(w.lines[1], ".licenserc.yaml:3:5: \"language.Go\" "
	                                "lists no extensions or filenames; "
	                                "ignored");
	assert_string_equal(w.lines[2], ".licenserc.yaml:6:5: "
	                                "\"language.Rust\" has no "
	                                "comment_style_id; ignored");
	warnings_clear(&w);
	hdrcheck__config_free(cfg);
}

static void test_policies_config__licenserc_names_escaped(void **state)
{
	warnings w = {{0}, 0};
	hdrcheck__config *cfg = licenserc_ok("header:\n"
	                                     "  language:\n"
	                                     "    \"a\\nb\":\n"
	                                     "      extension: [x]\n",
	                                     &w);

	(void)state;
	/* every warning stays on one line, whatever the names hold */
	assert_int_equal(w.count, 2);
	assert_string_equal(w.lines[0],
	                    ".licenserc.yaml:4:7: \"language.a\\nb.extension\" "
	                    "is not a skywalking-eyes key; ignored (did you "
	                    "mean \"language.a\\nb.extensions\"?)");
	assert_string_equal(w.lines[1], ".licenserc.yaml:3:5: "
	                                "\"language.a\\nb\" has no "
	                                "comment_style_id; ignored");
	warnings_clear(&w);
	hdrcheck__config_free(cfg);
}

static void test_policies_config__licenserc_content_limit(void **state)
{
	size_t name_len = 100 * 1024, i;
	hdrcheck_buf text = HDRCHECK_BUF_INIT;
	hdrcheck__config *cfg = NULL;

	(void)state;
	/* 21 times a 100 KiB name: more than 2 MiB once replaced */
	assert_int_equal(
	    hdrcheck__buf_puts(&text, "header:\n  license:\n    content: \""),
	    0);
	for (i = 0; i < 21; i++)
		assert_int_equal(hdrcheck__buf_puts(&text, "[software-name] "),
		                 0);
	assert_int_equal(hdrcheck__buf_puts(&text, "\"\n    software-name: "),
	                 0);
	for (i = 0; i < name_len; i++)
		assert_int_equal(hdrcheck__buf_put(&text, "x", 1), 0);
	assert_int_equal(hdrcheck__buf_puts(&text, "\n"), 0);
	assert_int_equal(
	    hdrcheck__config_parse_licenserc(&cfg, ".licenserc.yaml", text.ptr,
	                                     text.len, NULL, NULL),
	    HDRCHECK_EINVAL);
	assert_null(cfg);
	assert_string_equal(hdrcheck_error_last(),
	                    ".licenserc.yaml:3:14: \"license.content\" is "
	                    "longer than 2 MiB with [software-name] replaced");
	hdrcheck__buf_dispose(&text);
}

static void test_policies_config__licenserc_no_callback(void **state)
{
	hdrcheck__config *cfg = NULL;
	static const char text[] = "header:\n  comment: on-failure\n"
	                           "dependency:\n  files: [go.mod]\n";

	(void)state;
	/* without a callback the caller chose not to hear warnings */
	assert_int_equal(hdrcheck__config_parse_licenserc(
	                     &cfg, NULL, text, strlen(text), NULL, NULL),
	                 0);
	assert_string_equal(cfg->source, ".licenserc.yaml");
	assert_int_equal(cfg->policies_count, 1);
	hdrcheck__config_free(cfg);
}

static void test_policies_config__licenserc_empty(void **state)
{
	warnings w = {{0}, 0};
	hdrcheck__config *cfg = licenserc_case("licenserc-empty", &w);

	(void)state;
	assert_int_equal(w.count, 0);
	assert_int_equal(cfg->policies_count, 0);
	hdrcheck__config_free(cfg);
	cfg = licenserc_ok("header:\n", &w);
	assert_int_equal(cfg->policies_count, 0);
	hdrcheck__config_free(cfg);
	cfg = licenserc_ok("header: []\n", &w);
	assert_int_equal(cfg->policies_count, 0);
	assert_int_equal(w.count, 0);
	hdrcheck__config_free(cfg);
}

/* ---- data-driven cases: tests/data/config/<case>/ ------------------------ */

/* The lines of a file, without their '\n'; NULL-terminated. */
static char **read_lines(const char *path, size_t *count)
{
	char *buf, *p, **lines = NULL;
	size_t len, n = 0;

	*count = 0;
	if (!(buf = read_all(path, &len)))
		return NULL;
	assert_non_null(lines = calloc(len + 2, sizeof(*lines)));
	for (p = buf; *p;) {
		char *nl = strchr(p, '\n');

		if (nl)
			*nl = '\0';
		assert_non_null(lines[n++] = strdup(p));
		if (!nl)
			break;
		p = nl + 1;
	}
	free(buf);
	*count = n;
	return lines;
}

static void run_case(void **state)
{
	const char *name = *state;
	char path[1024], **expected, **want;
	hdrcheck__config *cfg = NULL;
	warnings w = {{0}, 0};
	size_t len, n_expected, n_want, i;
	int licenserc = 0, rc;
	char *buf;

	snprintf(path, sizeof(path), "%s/%s/input.yaml", CASES_DIR, name);
	if (!(buf = read_all(path, &len))) {
		snprintf(path, sizeof(path), "%s/%s/.licenserc.yaml", CASES_DIR,
		         name);
		assert_non_null(buf = read_all(path, &len));
		licenserc = 1;
	}
	if (licenserc)
		rc = hdrcheck__config_parse_licenserc(&cfg, ".licenserc.yaml",
		                                      buf, len, collect, &w);
	else
		rc = hdrcheck__config_parse(&cfg, ".hdrcheck.yaml", buf, len);
	free(buf);

	snprintf(path, sizeof(path), "%s/%s/expected", CASES_DIR, name);
	expected = read_lines(path, &n_expected);
	if (expected) {
		assert_int_equal(n_expected, 1);
		if (rc == 0)
			print_error("%s: parsed, expected \"%s\"\n", name,
			            expected[0]);
		assert_int_equal(rc, HDRCHECK_EINVAL);
		assert_null(cfg);
		assert_string_equal(hdrcheck_error_last(), expected[0]);
	} else {
		if (rc != 0)
			print_error("%s: %s\n", name, hdrcheck_error_last());
		assert_int_equal(rc, 0);
	}

	snprintf(path, sizeof(path), "%s/%s/warnings", CASES_DIR, name);
	want = read_lines(path, &n_want);
	for (i = 0; i < w.count || i < n_want; i++) {
		if (i < w.count && i < n_want &&
		    strcmp(w.lines[i], want[i]) == 0)
			continue;
		print_error("%s: warning %zu is \"%s\", expected \"%s\"\n",
		            name, i + 1, i < w.count ? w.lines[i] : "(none)",
		            i < n_want ? want[i] : "(none)");
		fail();
	}
	for (i = 0; expected && i < n_expected; i++)
		free(expected[i]);
	free(expected);
	for (i = 0; want && i < n_want; i++)
		free(want[i]);
	free(want);
	warnings_clear(&w);
	hdrcheck__config_free(cfg);
}

static int compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int run_cases(void)
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
	while ((de = readdir(d)) != NULL) {
		char **grown;

		if (de->d_name[0] == '.' ||
		    strcmp(de->d_name, "README.md") == 0)
			continue;
		if (!(grown = realloc(names, (n + 1) * sizeof(*names))))
			abort();
		names = grown;
		if (!(names[n++] = strdup(de->d_name)))
			abort();
	}
	closedir(d);
	qsort(names, n, sizeof(*names), compare_names);
	if (!(tests = calloc(n ? n : 1, sizeof(*tests))))
		abort();
	for (i = 0; i < n; i++) {
		char *test_name = malloc(strlen(names[i]) + 32);

		if (!test_name)
			abort();
		snprintf(test_name, strlen(names[i]) + 32,
		         "test_policies_config__case_%s", names[i]);
		tests[i].name = test_name;
		tests[i].test_func = run_case;
		tests[i].initial_state = names[i];
	}
	rc = _cmocka_run_group_tests("policies_config_cases", tests, n, NULL,
	                             NULL);
	for (i = 0; i < n; i++) {
		free((char *)tests[i].name);
		free(names[i]);
	}
	free(names);
	free(tests);
	return rc;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_policies_config__full_example),
	    cmocka_unit_test(test_policies_config__empty_is_default),
	    cmocka_unit_test(test_policies_config__policy_defaults),
	    cmocka_unit_test(test_policies_config__booleans),
	    cmocka_unit_test(test_policies_config__extensions_normalised),
	    cmocka_unit_test(test_policies_config__override_builtin),
	    cmocka_unit_test(test_policies_config__strings_any_scalar),
	    cmocka_unit_test(test_policies_config__explicit_length),
	    cmocka_unit_test(test_policies_config__source_name),
	    cmocka_unit_test(test_policies_config__crlf_positions),
	    cmocka_unit_test(test_policies_config__too_large),
	    cmocka_unit_test(test_policies_config__too_many_nodes),
	    cmocka_unit_test(test_policies_config__depth_limit),
	    cmocka_unit_test(test_policies_config__glob_escapes),
	    cmocka_unit_test(test_policies_config__spdx_expressions),
	    cmocka_unit_test(test_policies_config__suggest),
	    cmocka_unit_test(test_policies_config__quote),
	    cmocka_unit_test(test_policies_config__unknown_key_escaped),
	    cmocka_unit_test(test_policies_config__free_null),
	    cmocka_unit_test(test_policies_config__licenserc_asf_single),
	    cmocka_unit_test(test_policies_config__licenserc_content),
	    cmocka_unit_test(test_policies_config__licenserc_multi),
	    cmocka_unit_test(test_policies_config__licenserc_paths_only),
	    cmocka_unit_test(test_policies_config__licenserc_pattern),
	    cmocka_unit_test(test_policies_config__licenserc_language),
	    cmocka_unit_test(test_policies_config__licenserc_unsupported),
	    cmocka_unit_test(test_policies_config__licenserc_bad_spdx_warns),
	    cmocka_unit_test(test_policies_config__licenserc_lenient_types),
	    cmocka_unit_test(test_policies_config__licenserc_empty_entries),
	    cmocka_unit_test(test_policies_config__licenserc_globs),
	    cmocka_unit_test(test_policies_config__licenserc_every_style),
	    cmocka_unit_test(test_policies_config__licenserc_language_replaced),
	    cmocka_unit_test(test_policies_config__licenserc_language_unlisted),
	    cmocka_unit_test(test_policies_config__licenserc_names_escaped),
	    cmocka_unit_test(test_policies_config__licenserc_content_limit),
	    cmocka_unit_test(test_policies_config__licenserc_no_callback),
	    cmocka_unit_test(test_policies_config__licenserc_empty),
	};
	int rc =
	    cmocka_run_group_tests_name("policies_config", tests, NULL, NULL);

	return rc + run_cases();
}
