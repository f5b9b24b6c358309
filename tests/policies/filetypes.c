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

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "policies/filetypes.h"

static const char *path_type(const char *path)
{
	const hdrcheck_language *lang = hdrcheck__filetype_from_path(path);

	return lang ? lang->name : NULL;
}

/* Copied to a buffer of exactly len bytes, so that a sanitizer catches any
 * read past the end. */
static const char *shebang_type_n(const char *content, size_t len)
{
	const hdrcheck_language *lang;
	char *copy = NULL;

	if (content != NULL) {
		copy = malloc(len ? len : 1);
		assert_non_null(copy);
		memcpy(copy, content, len);
	}
	lang = hdrcheck__filetype_from_shebang(copy, len);
	free(copy);
	return lang ? lang->name : NULL;
}

static const char *shebang_type(const char *content)
{
	return shebang_type_n(content, strlen(content));
}

#define assert_type(expected, actual)                                          \
	do {                                                                   \
		const char *a_ = (actual);                                     \
		assert_non_null(a_);                                           \
		assert_string_equal((expected), a_);                           \
	} while (0)

static int ascii_eq_nocase(const char *a, const char *b)
{
	for (; *a && *b; a++, b++) {
		int ca = (*a >= 'A' && *a <= 'Z') ? *a + 32 : *a;
		int cb = (*b >= 'A' && *b <= 'Z') ? *b + 32 : *b;

		if (ca != cb)
			return 0;
	}
	return *a == *b;
}

static size_t list_len(const char *const *list)
{
	size_t n = 0;

	while (list && list[n])
		n++;
	return n;
}

/* A type no name leads to: a file's first comment, its directory or an
 * ambiguous extension's candidates must. */
static int by_content_only(const hdrcheck_language *l)
{
	const hdrcheck_language *const *c;
	size_t i;

	for (i = 0; i < HDRCHECK__SNIFF_COUNT; i++)
		if (hdrcheck__languages_content[i] == l)
			return 1;
	for (i = 0; hdrcheck__languages_dirs[i].dir; i++)
		if (hdrcheck__languages_dirs[i].lang == l)
			return 1;
	for (i = 0; i < hdrcheck__languages_weak_count; i++)
		for (c = hdrcheck__languages_weak[i].candidates; *c; c++)
			if (*c == l)
				return 1;
	return 0;
}

static const char *content_type(const char *path, const char *content)
{
	const hdrcheck__filetype_weak *weak;
	hdrcheck__filetype_index *ix = NULL;
	const hdrcheck_language *by_name, *lang;
	char *copy = malloc(strlen(content) + 1);

	assert_non_null(copy);
	memcpy(copy, content, strlen(content)); /* no NUL: bounds checked */
	assert_int_equal(hdrcheck__filetype_index_new(&ix), 0);
	by_name = hdrcheck__filetype_index_lookup(ix, path, &weak);
	/* as the classifier does: only where the name leaves it open */
	lang = by_name && !weak ? by_name
	                        : hdrcheck__filetype_from_content(
	                              copy, strlen(content), by_name, weak);
	hdrcheck__filetype_index_free(ix);
	free(copy);
	return lang ? lang->name : NULL;
}

static hdrcheck__sniff sniff_of(const char *content)
{
	return hdrcheck__filetype_sniff(content, strlen(content));
}

/* What the top of a file shows: the first comment, past the lines a
 * header may follow, and nothing that only looks like one. */
static void test_policies_filetypes__sniff(void **state)
{
	(void)state;
	assert_int_equal(HDRCHECK__SNIFF_HASH, sniff_of("# x\n"));
	assert_int_equal(HDRCHECK__SNIFF_HASH, sniff_of("#!/opt/frob\n# x\n"));
	assert_int_equal(HDRCHECK__SNIFF_C,
	                 sniff_of("\xEF\xBB\xBF\n\n/* x */"));
	assert_int_equal(HDRCHECK__SNIFF_C,
	                 sniff_of("#include <a.h>\n# define X 1\n// x\n"));
	assert_int_equal(HDRCHECK__SNIFF_NONE,
	                 sniff_of("#include <a.h>\nX=1\n"));
	assert_int_equal(HDRCHECK__SNIFF_SEMICOLON, sniff_of("  ; x\r\n"));
	assert_int_equal(HDRCHECK__SNIFF_DASH, sniff_of("-- x\n"));
	assert_int_equal(HDRCHECK__SNIFF_DASH, sniff_of("--\n-- x\n"));
	assert_int_equal(HDRCHECK__SNIFF_DASH, sniff_of("--- x\n"));
	assert_int_equal(HDRCHECK__SNIFF_NONE, sniff_of("---\nkey: v\n"));
	assert_int_equal(HDRCHECK__SNIFF_NONE, sniff_of("-----BEGIN X-----\n"));
	assert_int_equal(HDRCHECK__SNIFF_NONE, sniff_of("--flag\n"));
	assert_int_equal(HDRCHECK__SNIFF_NONE,
	                 sniff_of("------ INFO ------\n"));
	assert_int_equal(HDRCHECK__SNIFF_TILDE, sniff_of("~~~~~~\n~~ x\n"));
	assert_int_equal(HDRCHECK__SNIFF_PERCENT, sniff_of("%% x\n"));
	assert_int_equal(HDRCHECK__SNIFF_NONE, sniff_of("%YAML 1.2\n"));
	assert_int_equal(HDRCHECK__SNIFF_RST, sniff_of(".. x\n"));
	assert_int_equal(HDRCHECK__SNIFF_RST, sniff_of("..\n   x\n"));
	assert_int_equal(HDRCHECK__SNIFF_NONE, sniff_of("... x\n"));
	assert_int_equal(HDRCHECK__SNIFF_XML,
	                 sniff_of("<?xml version=\"1.0\"?>\n<!-- x -->\n"));
	assert_int_equal(HDRCHECK__SNIFF_NONE,
	                 sniff_of("<?xml version=\"1.0\"?>\n<root/>\n"));
	assert_int_equal(HDRCHECK__SNIFF_JINJA, sniff_of("{# x #}\n"));
	assert_int_equal(HDRCHECK__SNIFF_ERB, sniff_of("<%# x %>\n"));
	assert_int_equal(HDRCHECK__SNIFF_GOTMPL, sniff_of("{{/* x */}}\n"));
	assert_int_equal(HDRCHECK__SNIFF_GOTMPL, sniff_of("{{- /* x */}}\n"));
	assert_int_equal(HDRCHECK__SNIFF_HANDLEBARS,
	                 sniff_of("{{!-- x --}}\n"));
	assert_int_equal(HDRCHECK__SNIFF_ROFF, sniff_of(".\\\" x\n"));
	assert_int_equal(HDRCHECK__SNIFF_BATCH,
	                 sniff_of("@echo off\r\nrem x\r\n"));
	assert_int_equal(HDRCHECK__SNIFF_BATCH, sniff_of(":: x\n"));
	assert_int_equal(HDRCHECK__SNIFF_NONE, sniff_of("remark\n"));
	assert_int_equal(HDRCHECK__SNIFF_M4, sniff_of("dnl x\n"));
	assert_int_equal(HDRCHECK__SNIFF_NONE, sniff_of("x = 1\n# x\n"));
	assert_int_equal(HDRCHECK__SNIFF_NONE, sniff_of(""));
	assert_int_equal(HDRCHECK__SNIFF_NONE,
	                 hdrcheck__filetype_sniff(NULL, 4));
	assert_int_equal(HDRCHECK__SNIFF_HASH, sniff_of("#"));
	assert_int_equal(HDRCHECK__SNIFF_HASH, sniff_of("\n\n#"));
}

/* The name's type unless its first comment is another's. */
static void test_policies_filetypes__content_decides(void **state)
{
	(void)state;
	/* a weak name keeps its type when the comment fits it */
	assert_type("INI", content_type("setup.cfg", "# x\n[a]\n"));
	assert_type("INI", content_type("setup.cfg", "[a]\nb = 1\n"));
	assert_type("Text (C comments)", content_type("b.cfg", "/* x */\n"));
	assert_type("reStructuredText", content_type("p.inc", ".. x\n"));
	assert_type("PHP", content_type("p.inc", "<?php\n// x\n"));
	assert_type("Text (C comments)",
	            content_type("init.h.cmake.in", "/* x */\n"));
	assert_type("Text (# comments)", content_type("a.py.j2", "# x\n"));
	assert_type("Jinja", content_type("a.py.j2", "{# x #}\n"));
	assert_type("JSON with Comments", content_type("m.json", "// x\n{}"));
	assert_type("JSON", content_type("m.json", "{\"a\": 1}\n"));
	assert_type("MATLAB", content_type("s.m", "% x\n"));
	assert_type("Objective-C", content_type("a.m", "#import <a.h>\n"));
	assert_type("Prolog", content_type("a.pl", "% x\n"));
	assert_type("Perl", content_type("a.pl", "# x\n"));
	/* an ambiguous extension: its candidates, then the comment alone */
	assert_type("Roff", content_type("man/a.8", ".\\\" x\n.TH A 8\n"));
	assert_null(content_type("GPL-1.1", "GNU LICENSE\n"));
	assert_type("Erlang", content_type("t.es", "%% x\n"));
	assert_type("JavaScript", content_type("t.es", "// x\n"));
	assert_null(content_type("key.asc", "-----BEGIN PGP-----\n"));
	/* a certain name is never changed */
	assert_type("Python", content_type("a.py", "// x\n"));
	/* unknown names */
	assert_type("Text (; comments)", content_type("hosts", "; x\n"));
	assert_null(content_type("hosts", "a b c\n"));
	assert_null(content_type("x.unknown", NULL ? "" : ""));
}

/* UTF-16 with a BOM decodes to UTF-8; anything else is not UTF-16. */
static void test_policies_filetypes__utf16(void **state)
{
	char out[64];
	size_t n;

	(void)state;
	/* "#é" little endian, then U+1F30D as a surrogate pair */
	n = hdrcheck__filetype_utf16_decode(
	    out, sizeof(out), "\xFF\xFE#\0\xE9\0\x3C\xD8\x0D\xDF", 10);
	assert_int_equal(n, 7);
	assert_memory_equal(out, "#\xC3\xA9\xF0\x9F\x8C\x8D", 7);
	/* big endian, a lone low surrogate, an odd last byte */
	n = hdrcheck__filetype_utf16_decode(out, sizeof(out),
	                                    "\xFE\xFF\0#\xDC\0\0", 7);
	assert_int_equal(n, 4);
	assert_memory_equal(out, "#\xEF\xBF\xBD", 4);
	/* a high surrogate at the end */
	n = hdrcheck__filetype_utf16_decode(out, sizeof(out),
	                                    "\xFF\xFE\x3C\xD8", 4);
	assert_int_equal(n, 3);
	assert_int_equal(
	    hdrcheck__filetype_utf16_decode(out, sizeof(out), "#\0a\0", 4), 0);
	assert_int_equal(
	    hdrcheck__filetype_utf16_decode(out, sizeof(out), "\xFF", 1), 0);
	assert_int_equal(hdrcheck__filetype_utf16_decode(out, 2,
	                                                 "\xFF\xFEx\0y"
	                                                 "\0z\0",
	                                                 8),
	                 2);
}

/* Files directly in META-INF/services are service provider lists. */
static void test_policies_filetypes__dir_rule(void **state)
{
	(void)state;
	assert_type(
	    "Java Service Provider",
	    path_type("src/main/resources/META-INF/services/a.b.Plugin"));
	assert_type("Java Service Provider",
	            path_type("META-INF/services/org.example.Plugin"));
	assert_null(path_type("XMETA-INF/services/a.b.Plugin"));
	assert_null(path_type("META-INF/services/sub/a.b.Plugin"));
	assert_type("Python", path_type("META-INF/services/x/a.py"));
	/* "README.<x>" is a document about x: only a document format types
	 * it by name, else its first comment does */
	assert_null(path_type("doc/README.asn1"));
	assert_type("Markdown", path_type("README.md"));
	assert_type("Text (# comments)",
	            content_type("doc/README.gpt", "# SPDX-License-Identifier: "
	                                           "GPL-2.0+\n"));
	assert_null(content_type("doc/README.asn1", "ASN1\n====\n"));
	/* an exact file name still wins */
	assert_type("Makefile", path_type("META-INF/services/Makefile"));
}

static void test_policies_filetypes__table_size(void **state)
{
	(void)state;
	assert_true(hdrcheck__languages_count >= 130);
}

static void test_policies_filetypes__entries_well_formed(void **state)
{
	size_t i, j;

	(void)state;
	for (i = 0; i < hdrcheck__languages_count; i++) {
		const hdrcheck_language *l = &hdrcheck__languages[i];
		int has_syntax =
		    list_len(l->line_comments) > 0 ||
		    (l->block_comments && l->block_comments[0].open);

		assert_non_null(l->name);
		assert_true(l->name[0] != '\0');
		/* Comment syntax or no_comments, never both or neither. */
		if ((l->no_comments != 0) == has_syntax)
			fail_msg("%s: no_comments=%d, syntax=%d", l->name,
			         l->no_comments, has_syntax);
		/* Reachable by path, by shebang or by content. */
		if (list_len(l->extensions) + list_len(l->filenames) +
		        list_len(l->interpreters) ==
		    0)
			assert_true(by_content_only(l));

		for (j = 0; j < list_len(l->line_comments); j++)
			assert_true(l->line_comments[j][0] != '\0');
		for (j = 0; l->block_comments && l->block_comments[j].open;
		     j++) {
			assert_true(l->block_comments[j].open[0] != '\0');
			assert_non_null(l->block_comments[j].close);
			assert_true(l->block_comments[j].close[0] != '\0');
		}
		for (j = 0; j < list_len(l->extensions); j++) {
			const char *e = l->extensions[j], *c;

			assert_true(e[0] != '\0' && e[0] != '.');
			assert_true(strlen(e) < 32);
			for (c = e; *c; c++) {
				if (*c >= 'A' && *c <= 'Z')
					fail_msg("%s: upper-case extension %s",
					         l->name, e);
				assert_true(*c != '/');
			}
		}
		for (j = 0; j < list_len(l->filenames); j++) {
			assert_true(l->filenames[j][0] != '\0');
			assert_null(strchr(l->filenames[j], '/'));
		}
		for (j = 0; j < list_len(l->interpreters); j++) {
			assert_true(l->interpreters[j][0] != '\0');
			assert_null(strchr(l->interpreters[j], '/'));
		}
	}
}

static void test_policies_filetypes__names_unique(void **state)
{
	size_t i, j;

	(void)state;
	for (i = 0; i < hdrcheck__languages_count; i++) {
		for (j = i + 1; j < hdrcheck__languages_count; j++) {
			if (ascii_eq_nocase(hdrcheck__languages[i].name,
			                    hdrcheck__languages[j].name))
				fail_msg("duplicate name %s",
				         hdrcheck__languages[i].name);
		}
	}
}

typedef const char *const *(*list_of)(const hdrcheck_language *l);

static const char *const *extensions_of(const hdrcheck_language *l)
{
	return l->extensions;
}

static const char *const *filenames_of(const hdrcheck_language *l)
{
	return l->filenames;
}

static const char *const *interpreters_of(const hdrcheck_language *l)
{
	return l->interpreters;
}

/* No string is claimed twice, within an entry or across entries. */
static void check_no_duplicates(const char *what, list_of get, int nocase)
{
	size_t i, j, a, b;

	for (i = 0; i < hdrcheck__languages_count; i++) {
		const hdrcheck_language *li = &hdrcheck__languages[i];

		for (a = 0; a < list_len(get(li)); a++) {
			const char *s = get(li)[a];

			for (j = i; j < hdrcheck__languages_count; j++) {
				const hdrcheck_language *lj =
				    &hdrcheck__languages[j];
				const char *const *other = get(lj);

				for (b = (j == i) ? a + 1 : 0;
				     b < list_len(other); b++) {
					if (nocase
					        ? ascii_eq_nocase(s, other[b])
					        : !strcmp(s, other[b]))
						fail_msg("%s %s: %s and %s",
						         what, s, li->name,
						         lj->name);
				}
			}
		}
	}
}

static void test_policies_filetypes__no_duplicate_claims(void **state)
{
	(void)state;
	check_no_duplicates("extension", extensions_of, 1);
	check_no_duplicates("file name", filenames_of, 0);
	check_no_duplicates("interpreter", interpreters_of, 0);
}

/* Every listed extension, name and interpreter detects its own entry. */
static void test_policies_filetypes__every_entry_reachable(void **state)
{
	char buf[512];
	size_t i, j;

	(void)state;
	for (i = 0; i < hdrcheck__languages_count; i++) {
		const hdrcheck_language *l = &hdrcheck__languages[i];

		for (j = 0; j < list_len(l->extensions); j++) {
			snprintf(buf, sizeof(buf), "dir/file.%s",
			         l->extensions[j]);
			if (hdrcheck__filetype_from_path(buf) != l)
				fail_msg("%s: %s -> %s", l->name, buf,
				         path_type(buf) ? path_type(buf)
				                        : "NULL");
		}
		for (j = 0; j < list_len(l->filenames); j++) {
			snprintf(buf, sizeof(buf), "a/b/%s", l->filenames[j]);
			if (hdrcheck__filetype_from_path(buf) != l)
				fail_msg("%s: %s", l->name, buf);
			assert_ptr_equal(
			    hdrcheck__filetype_from_path(l->filenames[j]), l);
		}
		for (j = 0; j < list_len(l->interpreters); j++) {
			snprintf(buf, sizeof(buf), "#!/usr/bin/%s\n",
			         l->interpreters[j]);
			if (hdrcheck__filetype_from_shebang(buf, strlen(buf)) !=
			    l)
				fail_msg("%s: %s", l->name, buf);
			snprintf(buf, sizeof(buf), "#!/usr/bin/env %s -x\n",
			         l->interpreters[j]);
			assert_ptr_equal(
			    hdrcheck__filetype_from_shebang(buf, strlen(buf)),
			    l);
		}
	}
}

static void test_policies_filetypes__ambiguous_extensions(void **state)
{
	(void)state;
	assert_type("C", path_type("src/foo.h"));
	assert_type("Objective-C", path_type("src/foo.m"));
	assert_type("Objective-C", path_type("src/foo.mm"));
	assert_type("Perl", path_type("lib/Foo.pm"));
	assert_type("Perl", path_type("script.pl"));
	assert_type("Perl", path_type("t/basic.t"));
	assert_type("Puppet", path_type("manifests/init.pp"));
	assert_type("TeX", path_type("paper.cls"));
	assert_type("PHP", path_type("header.inc"));
	assert_type("Verilog", path_type("rtl/top.v"));
	assert_type("C++", path_type("foo.hpp"));
	/* MATLAB keeps Linguist's ".matlab" but not ".m" */
	assert_type("MATLAB", path_type("x.matlab"));
	assert_type("Objective-C", path_type("x.M"));
}

/* Types the Linguist-generated table added to the hand-typed one. */
static void test_policies_filetypes__from_linguist(void **state)
{
	(void)state;
	assert_type("Device Tree", path_type("arch/arm/dts/overlay.dtso"));
	assert_type("ASL", path_type("acpi/dsdt.asl"));
	assert_type("ANTLR", path_type("grammar/Expr.g4"));
	assert_type("Roff", path_type("doc/Foo::Bar.3pm"));
	/* ".1" also ends "GPL-1.1": the content decides */
	assert_null(path_type("man/foo.8"));
	assert_type("Roff", path_type("foo.man"));
	assert_type("Lex", path_type("scripts/dtc/dtc-lexer.l"));
	assert_type("Yacc", path_type("parser.y"));
	assert_type("SWIG", path_type("bindings.i"));
	assert_type("Soong", path_type("a/Android.bp"));
	assert_type("Shell", path_type("gradlew"));
	assert_ptr_equal(
	    hdrcheck__filetype_by_name("Roff")->line_comments[0][0], '.');
	assert_string_equal(hdrcheck__languages_source,
	                    "github-linguist 7.22.1");
}

/* Names several languages use with different comment syntax belong to
 * no type: the content decides. */
static void test_policies_filetypes__ambiguous_left_to_content(void **state)
{
	const char *const *a;
	char buf[64];

	(void)state;
	for (a = hdrcheck__languages_ambiguous; *a; a++) {
		snprintf(buf, sizeof(buf), "x.%s", *a);
		if (hdrcheck__filetype_from_path(buf) != NULL)
			fail_msg("%s is ambiguous but typed %s", buf,
			         path_type(buf));
	}
	assert_null(path_type("index.cgi"));
	assert_null(path_type("key.asc"));
}

static void test_policies_filetypes__deterministic(void **state)
{
	static const char *paths[] = {"a.h",      "a.m",        "a.d.ts",
	                              "Makefile", "x.html.erb", ".env.example",
	                              "a.pp"};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(paths) / sizeof(paths[0]); i++) {
		const hdrcheck_language *a =
		    hdrcheck__filetype_from_path(paths[i]);

		assert_non_null(a);
		assert_ptr_equal(a, hdrcheck__filetype_from_path(paths[i]));
	}
}

static void test_policies_filetypes__double_extension(void **state)
{
	(void)state;
	assert_type("TypeScript", path_type("a.d.ts"));
	assert_type("TypeScript", path_type("types/index.d.ts"));
	assert_type("TypeScript", path_type("a.ts"));
	assert_type("HTML+ERB", path_type("app/views/x.html.erb"));
	assert_type("ERB", path_type("x.erb"));
	assert_type("Env File", path_type(".env.example"));
	assert_type("Env File", path_type("config/x.env.example"));
	assert_type("Env File", path_type(".env"));
	assert_type("Gradle Kotlin DSL", path_type("build.gradle.kts"));
	assert_type("Kotlin", path_type("script.main.kts"));
	assert_type("C", path_type("config.h.in"));
	assert_type("CMake", path_type("Config.cmake.in"));
	assert_type("JavaScript", path_type("jquery.min.js"));
	assert_type("Python", path_type("v1.2.3/setup.py"));
	assert_null(path_type("archive.tar.gz"));
}

static void test_policies_filetypes__exact_names(void **state)
{
	(void)state;
	assert_type("Makefile", path_type("Makefile"));
	assert_type("Makefile", path_type("sub/dir/GNUmakefile"));
	assert_type("Dockerfile", path_type("Dockerfile"));
	assert_type("Groovy", path_type("ci/Jenkinsfile"));
	assert_type("CMake", path_type("CMakeLists.txt"));
	assert_type("Starlark", path_type("pkg/BUILD.bazel"));
	assert_type("Starlark", path_type("BUILD"));
	assert_type("Meson", path_type("meson.build"));
	assert_type("Go Module", path_type("go.mod"));
	assert_type("Ruby", path_type("Gemfile"));
	assert_type("Pip Requirements", path_type("requirements.txt"));
	assert_type("Plain Text", path_type("notes.txt"));
	assert_type("Ignore List", path_type(".gitignore"));
	assert_type("Ignore List", path_type("a/.gitattributes"));
	/* EditorConfig has ";" comments too: not an ignore list */
	assert_type("EditorConfig", path_type(".editorconfig"));
	assert_type("Shell", path_type("home/.bashrc"));
	assert_type("Vim Script", path_type(".vimrc"));
	assert_type("INI", path_type(".npmrc"));
}

static void test_policies_filetypes__exact_names_case_sensitive(void **state)
{
	(void)state;
	assert_null(path_type("MAKEFILE"));
	assert_null(path_type("jenkinsfile"));
	/* Falls back to the ".txt" extension. */
	assert_type("Plain Text", path_type("cmakelists.txt"));
}

static void test_policies_filetypes__dockerfile_variants(void **state)
{
	(void)state;
	assert_type("Dockerfile", path_type("Dockerfile.dev"));
	assert_type("Dockerfile", path_type("docker/Dockerfile.prod.arm64"));
	assert_type("Dockerfile", path_type("app.Dockerfile"));
	assert_type("Dockerfile", path_type("app.dockerfile"));
	assert_type("Dockerfile", path_type("Containerfile"));
	assert_type("Dockerfile", path_type("Containerfile.ci"));
	assert_null(path_type("Dockerfiles"));
	assert_null(path_type("MyDockerfile"));
	/* makefile fragments named after what they build */
	assert_type("Makefile", path_type("arch/arm/dts/Makefile.dts"));
	assert_type("Makefile", path_type("scripts/Makefile.xpl"));
	assert_type("Makefile", path_type("Makefile.in"));
	assert_type("Automake", path_type("Makefile.am"));
	assert_type("Perl", path_type("Makefile.PL"));
	assert_int_equal(HDRCHECK_PRE_DOCKER,
	                 hdrcheck__filetype_by_name("Dockerfile")->preambles);
}

static void test_policies_filetypes__case_insensitive_extension(void **state)
{
	(void)state;
	assert_type("Python", path_type("FOO.PY"));
	assert_type("Java", path_type("src/Main.JAVA"));
	assert_type("TypeScript", path_type("X.D.TS"));
	assert_type("Assembly", path_type("start.S"));
	assert_type("R", path_type("analysis.R"));
	assert_type("Env File", path_type(".ENV.Example"));
}

static void test_policies_filetypes__unknown(void **state)
{
	(void)state;
	assert_null(path_type("foo.zzz"));
	assert_null(path_type("README"));
	assert_null(path_type("docs/LICENSE"));
	assert_null(path_type(""));
	assert_null(path_type("dir/"));
	assert_null(path_type("foo."));
	assert_null(path_type("."));
	assert_null(path_type(NULL));
	/* A dot in a directory name is not an extension. */
	assert_null(path_type("src.py/README"));
}

static void test_policies_filetypes__long_names(void **state)
{
	char buf[4096];

	(void)state;
	memset(buf, '.', sizeof(buf) - 1);
	buf[sizeof(buf) - 1] = '\0';
	assert_null(path_type(buf));

	memset(buf, 'a', sizeof(buf));
	memcpy(buf + 3000, ".env.example", sizeof(".env.example"));
	assert_type("Env File", path_type(buf));
	memcpy(buf + 3000, ".d.ts", sizeof(".d.ts"));
	assert_type("TypeScript", path_type(buf));
	memcpy(buf + 3000, "...............................d.ts",
	       sizeof("...............................d.ts"));
	assert_type("TypeScript", path_type(buf));
}

static void test_policies_filetypes__shebang_env(void **state)
{
	(void)state;
	assert_type("Python", shebang_type("#!/usr/bin/env python3\n"));
	assert_type("Python", shebang_type("#!/usr/bin/env python3.12\n"));
	assert_type("JavaScript",
	            shebang_type("#!/usr/bin/env -S node --harmony\nx"));
	assert_type("JavaScript", shebang_type("#!/usr/bin/env -Snode\n"));
	assert_type("JavaScript",
	            shebang_type("#!/usr/bin/env --split-string=deno run\n"));
	assert_type("Perl", shebang_type("#!/usr/bin/env LC_ALL=C perl -w\n"));
	assert_type("Ruby", shebang_type("#!/usr/bin/env -u HOME -i ruby\n"));
	assert_type("Ruby", shebang_type("#!/usr/bin/env -- ruby\n"));
	assert_type("Shell", shebang_type("#!/usr/bin/env /bin/bash\n"));
	assert_null(shebang_type("#!/usr/bin/env\n"));
	assert_null(shebang_type("#!/usr/bin/env -i\n"));
	assert_null(shebang_type("#!/usr/bin/env -u\n"));
	assert_null(shebang_type("#!/usr/bin/env FOO=1\n"));
	assert_null(shebang_type("#!/usr/bin/env --split-string=\n"));
	assert_null(shebang_type_n("#!/usr/bin/env --split-string=",
	                           strlen("#!/usr/bin/env --split-string=")));
	assert_null(shebang_type_n("#!/usr/bin/env -S", 17));
}

static void test_policies_filetypes__shebang_direct(void **state)
{
	(void)state;
	assert_type("Shell", shebang_type("#!/bin/bash -e\r\n"));
	assert_type("Shell", shebang_type("#!/bin/sh\r\necho"));
	assert_type("Shell", shebang_type("#! /bin/sh\n"));
	assert_type("Shell", shebang_type("#!\t/bin/dash\n"));
	assert_type("Python", shebang_type("#!/usr/bin/python3.11\n"));
	assert_type("Python", shebang_type("#!/usr/local/bin/pypy3 -O\n"));
	assert_type("Perl", shebang_type("#!/usr/bin/perl5.36\n"));
	assert_type("Tcl", shebang_type("#!/usr/bin/tclsh8.6\n"));
	assert_type("PowerShell", shebang_type("#!/usr/bin/pwsh\n"));
	assert_type("Makefile", shebang_type("#!/usr/bin/make -f\n"));
	/* Only the first line counts. */
	assert_type("Shell", shebang_type("#!/bin/sh\n#!/usr/bin/python\n"));
	assert_null(shebang_type("\n#!/bin/sh\n"));
	assert_null(shebang_type(" #!/bin/sh\n"));
}

static void test_policies_filetypes__shebang_versioned_only_digits(void **state)
{
	(void)state;
	assert_null(shebang_type("#!/usr/bin/python3-config\n"));
	assert_null(shebang_type("#!/usr/bin/pythonista\n"));
	assert_null(shebang_type("#!/usr/bin/python3.11a\n"));
	assert_null(shebang_type("#!/usr/bin/bashful\n"));
	assert_null(shebang_type("#!/usr/bin/foo\n"));
}

static void test_policies_filetypes__shebang_not_a_shebang(void **state)
{
	(void)state;
	assert_null(shebang_type("#![deny(x)]\nfn main() {}\n"));
	assert_null(shebang_type("#![allow(dead_code)]"));
	assert_null(shebang_type("#!"));
	assert_null(shebang_type("#!\n/bin/sh\n"));
	assert_null(shebang_type("#!   \n"));
	assert_null(shebang_type("#"));
	assert_null(shebang_type(""));
	assert_null(shebang_type_n(NULL, 0));
	assert_null(shebang_type("// #!/bin/sh\n"));
}

static void test_policies_filetypes__shebang_bom(void **state)
{
	(void)state;
	assert_type("Python",
	            shebang_type("\xEF\xBB\xBF#!/usr/bin/env python3\n"));
	assert_null(shebang_type("\xEF\xBB\xBF#![x]\n"));
	assert_null(shebang_type("\xEF\xBB\xBF"));
	assert_null(shebang_type("\xEF\xBB#!/bin/sh\n"));
}

static void test_policies_filetypes__shebang_no_newline(void **state)
{
	(void)state;
	assert_type("Shell", shebang_type("#!/bin/sh"));
	assert_type("Python", shebang_type("#!/usr/bin/env python3"));
	/* len is honoured: no NUL terminator needed, nothing read past. */
	assert_null(shebang_type_n("#!/bin/bash", 5));
	assert_type("Shell", shebang_type_n("#!/bin/shXXXX", 9));
}

static void test_policies_filetypes__shebang_overlong(void **state)
{
	char buf[1024];
	size_t n;

	(void)state;
	/* The interpreter fits the 256-byte window; its arguments run on. */
	n = (size_t)snprintf(buf, sizeof(buf), "#!/usr/bin/env python3 ");
	memset(buf + n, 'x', sizeof(buf) - n - 1);
	buf[sizeof(buf) - 1] = '\0';
	assert_type("Python", shebang_type(buf));

	/* The interpreter lies beyond the window: unknown. */
	n = (size_t)snprintf(buf, sizeof(buf), "#!/");
	memset(buf + n, 'a', 300);
	memcpy(buf + n + 300, "/bash\n", sizeof("/bash\n"));
	assert_null(shebang_type(buf));

	/* "/pythonista" cut after "python" by the 256-byte window (bytes
	 * 0..255): the detector must not guess Python. */
	n = (size_t)snprintf(buf, sizeof(buf), "#!/");
	memset(buf + n, 'a', 249 - n);
	memcpy(buf + 249, "/python", 7); /* bytes 249..255 */
	memcpy(buf + 256, "ista\n", sizeof("ista\n"));
	assert_null(shebang_type(buf));
	assert_null(shebang_type_n(buf, 256 + 8));
	/* The same bytes ending right after "python": not truncated. */
	assert_type("Python", shebang_type_n(buf, 256));

	/* The same interpreter path, entirely within the window. */
	n = (size_t)snprintf(buf, sizeof(buf), "#!/");
	memset(buf + n, 'a', 200 - n);
	memcpy(buf + 200, "/python3\n", 10);
	assert_type("Python", shebang_type(buf));
}

static void test_policies_filetypes__no_comments(void **state)
{
	const hdrcheck_language *json;

	(void)state;
	json = hdrcheck__filetype_from_path("package.json");
	assert_non_null(json);
	assert_string_equal("JSON", json->name);
	assert_int_equal(1, json->no_comments);
	assert_null(json->line_comments);
	assert_null(json->block_comments);
	assert_int_equal(
	    1, hdrcheck__filetype_from_path("tsconfig.json")->no_comments);
	assert_int_equal(
	    1, hdrcheck__filetype_from_path("a/.babelrc")->no_comments);
	assert_int_equal(1,
	                 hdrcheck__filetype_from_path("x.ipynb")->no_comments);
	assert_int_equal(
	    1, hdrcheck__filetype_from_path("Cargo.lock")->no_comments);
	assert_int_equal(
	    1, hdrcheck__filetype_from_path("pnpm-lock.yaml")->no_comments);
	assert_int_equal(1,
	                 hdrcheck__filetype_from_path("go.sum")->no_comments);
	assert_int_equal(1, hdrcheck__filetype_from_path("a.txt")->no_comments);
	assert_int_equal(1, hdrcheck__filetype_from_path("a.csv")->no_comments);
	assert_int_equal(1,
	                 hdrcheck__filetype_from_path("a.patch")->no_comments);
	assert_int_equal(0,
	                 hdrcheck__filetype_from_path("a.json5")->no_comments);
	assert_int_equal(0,
	                 hdrcheck__filetype_from_path("a.yaml")->no_comments);
}

static void test_policies_filetypes__preambles(void **state)
{
	size_t i;

	(void)state;
	assert_int_equal(HDRCHECK_PRE_SHEBANG | HDRCHECK_PRE_MAGIC |
	                     HDRCHECK_PRE_DOCSTRING,
	                 hdrcheck__filetype_by_name("Python")->preambles);
	assert_int_equal(HDRCHECK_PRE_SHEBANG | HDRCHECK_PRE_MAGIC,
	                 hdrcheck__filetype_by_name("Ruby")->preambles);
	assert_int_equal(HDRCHECK_PRE_DOCTYPE | HDRCHECK_PRE_FRONT_MATTER |
	                     HDRCHECK_PRE_ROOT_TAG,
	                 hdrcheck__filetype_by_name("HTML")->preambles);
	assert_int_equal(HDRCHECK_PRE_XML | HDRCHECK_PRE_DOCTYPE |
	                     HDRCHECK_PRE_ROOT_TAG,
	                 hdrcheck__filetype_from_path("a.svg")->preambles);
	assert_true(hdrcheck__filetype_by_name("PHP")->preambles &
	            HDRCHECK_PRE_PHP);
	assert_int_equal(HDRCHECK_PRE_FRONT_MATTER | HDRCHECK_PRE_TITLE,
	                 hdrcheck__filetype_by_name("Markdown")->preambles);
	assert_true(hdrcheck__filetype_from_path("a.mdx")->preambles &
	            HDRCHECK_PRE_FRONT_MATTER);
	/* A type with interpreters can carry a shebang. */
	for (i = 0; i < hdrcheck__languages_count; i++) {
		const hdrcheck_language *l = &hdrcheck__languages[i];

		if (l->interpreters && !(l->preambles & HDRCHECK_PRE_SHEBANG))
			fail_msg("%s has interpreters but no shebang", l->name);
		if ((l->preambles & HDRCHECK_PRE_MAGIC) &&
		    strcmp(l->name, "Python") && strcmp(l->name, "Ruby"))
			fail_msg("%s has PRE_MAGIC", l->name);
	}
}

static void test_policies_filetypes__by_name(void **state)
{
	(void)state;
	assert_ptr_equal(hdrcheck__filetype_by_name("Python"),
	                 hdrcheck__filetype_from_path("a.py"));
	assert_ptr_equal(hdrcheck__filetype_by_name("python"),
	                 hdrcheck__filetype_from_path("a.py"));
	assert_ptr_equal(hdrcheck__filetype_by_name("C++"),
	                 hdrcheck__filetype_from_path("a.cpp"));
	assert_null(hdrcheck__filetype_by_name("Nope"));
	assert_null(hdrcheck__filetype_by_name(""));
	assert_null(hdrcheck__filetype_by_name(NULL));
}

static void test_policies_filetypes__public_getters(void **state)
{
	size_t n;

	(void)state;
	n = hdrcheck_languages_count();
	assert_int_equal(hdrcheck__languages_count, n);
	assert_ptr_equal(&hdrcheck__languages[0], hdrcheck_languages_get(0));
	assert_ptr_equal(&hdrcheck__languages[n - 1],
	                 hdrcheck_languages_get(n - 1));
	assert_null(hdrcheck_languages_get(n));
	assert_null(hdrcheck_languages_get(SIZE_MAX));
}

/* The index gives the linear scan's answer for every name and extension
 * of the table, in several spellings, and for odd paths. */
static void test_policies_filetypes__index_agrees(void **state)
{
	static const char *const odd[] = {"",
	                                  "a",
	                                  ".",
	                                  "..",
	                                  "x.",
	                                  "a/b/c.D.TS",
	                                  "Dockerfile.x",
	                                  "y.Dockerfile",
	                                  "dir/.env.example",
	                                  "CMakeLists.txt",
	                                  "notes.TXT",
	                                  "a.b.c.d.e.f.g.h.i.j.k.l.m.n.py",
	                                  "z.unknownext",
	                                  "weird.tar.gz"};
	hdrcheck__filetype_index *ix = NULL;
	char path[256];
	size_t i, j;

	(void)state;
	assert_int_equal(hdrcheck__filetype_index_new(&ix), 0);
	for (i = 0; i < hdrcheck__languages_count; i++) {
		const hdrcheck_language *l = &hdrcheck__languages[i];

		for (j = 0; l->filenames && l->filenames[j]; j++) {
			snprintf(path, sizeof(path), "d/%s", l->filenames[j]);
			assert_ptr_equal(
			    hdrcheck__filetype_index_path(ix, path),
			    hdrcheck__filetype_from_path(path));
		}
		for (j = 0; l->extensions && l->extensions[j]; j++) {
			size_t k;

			snprintf(path, sizeof(path), "d/file.%s",
			         l->extensions[j]);
			assert_ptr_equal(
			    hdrcheck__filetype_index_path(ix, path),
			    hdrcheck__filetype_from_path(path));
			for (k = 7; path[k]; k++)
				if (path[k] >= 'a' && path[k] <= 'z')
					path[k] = (char)(path[k] - 'a' + 'A');
			assert_ptr_equal(
			    hdrcheck__filetype_index_path(ix, path),
			    hdrcheck__filetype_from_path(path));
		}
	}
	for (i = 0; i < sizeof(odd) / sizeof(odd[0]); i++)
		assert_ptr_equal(hdrcheck__filetype_index_path(ix, odd[i]),
		                 hdrcheck__filetype_from_path(odd[i]));
	hdrcheck__filetype_index_free(ix);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_policies_filetypes__index_agrees),
	    cmocka_unit_test(test_policies_filetypes__table_size),
	    cmocka_unit_test(test_policies_filetypes__entries_well_formed),
	    cmocka_unit_test(test_policies_filetypes__names_unique),
	    cmocka_unit_test(test_policies_filetypes__no_duplicate_claims),
	    cmocka_unit_test(test_policies_filetypes__every_entry_reachable),
	    cmocka_unit_test(test_policies_filetypes__ambiguous_extensions),
	    cmocka_unit_test(test_policies_filetypes__from_linguist),
	    cmocka_unit_test(test_policies_filetypes__sniff),
	    cmocka_unit_test(test_policies_filetypes__content_decides),
	    cmocka_unit_test(test_policies_filetypes__dir_rule),
	    cmocka_unit_test(test_policies_filetypes__utf16),
	    cmocka_unit_test(
	        test_policies_filetypes__ambiguous_left_to_content),
	    cmocka_unit_test(test_policies_filetypes__deterministic),
	    cmocka_unit_test(test_policies_filetypes__double_extension),
	    cmocka_unit_test(test_policies_filetypes__exact_names),
	    cmocka_unit_test(
	        test_policies_filetypes__exact_names_case_sensitive),
	    cmocka_unit_test(test_policies_filetypes__dockerfile_variants),
	    cmocka_unit_test(
	        test_policies_filetypes__case_insensitive_extension),
	    cmocka_unit_test(test_policies_filetypes__unknown),
	    cmocka_unit_test(test_policies_filetypes__long_names),
	    cmocka_unit_test(test_policies_filetypes__shebang_env),
	    cmocka_unit_test(test_policies_filetypes__shebang_direct),
	    cmocka_unit_test(
	        test_policies_filetypes__shebang_versioned_only_digits),
	    cmocka_unit_test(test_policies_filetypes__shebang_not_a_shebang),
	    cmocka_unit_test(test_policies_filetypes__shebang_bom),
	    cmocka_unit_test(test_policies_filetypes__shebang_no_newline),
	    cmocka_unit_test(test_policies_filetypes__shebang_overlong),
	    cmocka_unit_test(test_policies_filetypes__no_comments),
	    cmocka_unit_test(test_policies_filetypes__preambles),
	    cmocka_unit_test(test_policies_filetypes__by_name),
	    cmocka_unit_test(test_policies_filetypes__public_getters),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
