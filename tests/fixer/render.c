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

/* Header rendering: comment styles, header texts (fixer/render.c). */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "fixer/fixer.h"
#include "policies/config.h"
#include "policies/filetypes.h"

static hdrcheck__matcher matcher;

static const hdrcheck_language *lang(const char *name)
{
	const hdrcheck_language *l = hdrcheck__filetype_by_name(name);

	assert_non_null(l);
	return l;
}

static void assert_style(const char *type, const char *line, const char *open)
{
	hdrcheck__fix_style s;

	assert_int_equal(hdrcheck__fix_style_for(&s, lang(type)), 0);
	if (line) {
		assert_non_null(s.line);
		assert_string_equal(s.line, line);
	} else {
		assert_null(s.line);
		assert_string_equal(s.open, open);
	}
}

static void test_fixer_render__canonical_styles(void **state)
{
	hdrcheck__fix_style s;

	(void)state;
	assert_style("C", NULL, "/*");
	assert_style("Java", NULL, "/*");
	assert_style("TypeScript", NULL, "/*");
	assert_style("PHP", NULL, "/*");
	assert_style("CSS", NULL, "/*");
	assert_style("Go", "//", NULL);
	assert_style("Rust", "//", NULL);
	assert_style("Swift", "//", NULL);
	assert_style("Python", "#", NULL);
	assert_style("Shell", "#", NULL);
	assert_style("HCL", "#", NULL);
	assert_style("SQL", "--", NULL);
	assert_style("Lua", "--", NULL);
	assert_style("TeX", "%", NULL);
	assert_style("Batch", "@REM", NULL);
	assert_style("XML", NULL, "<!--");
	assert_style("Markdown", NULL, "<!--");
	assert_style("OCaml", NULL, "(*");
	assert_style("Jinja", NULL, "{#");
	/* JSON cannot hold a comment */
	assert_int_equal(hdrcheck__fix_style_for(&s, lang("JSON")), 1);
	assert_int_equal(hdrcheck__fix_style_for(&s, NULL), 1);
}

static void render(hdrcheck_buf *out, const char *type, const char *text,
                   const char *eol, int final_eol)
{
	hdrcheck__fix_style s;
	const char *why = NULL;

	hdrcheck__buf_clear(out);
	assert_int_equal(hdrcheck__fix_style_for(&s, lang(type)), 0);
	assert_int_equal(hdrcheck__fix_render(out, &s, text, strlen(text), eol,
	                                      final_eol, &why),
	                 0);
	assert_non_null(hdrcheck__buf_cstr(out));
}

static void test_fixer_render__styles(void **state)
{
	hdrcheck_buf out = HDRCHECK_BUF_INIT;
	const char *text = "Copyright 2026 A\n\n    http://x  \nEnd";

	(void)state;
	render(&out, "C", text, "\n", 1);
	assert_string_equal(out.ptr, "/*\n * Copyright 2026 A\n *\n *     "
	                             "http://x\n * End\n */\n");
	render(&out, "Python", text, "\n", 1);
	assert_string_equal(out.ptr,
	                    "# Copyright 2026 A\n#\n#     http://x\n# End\n");
	render(&out, "XML", text, "\n", 1);
	assert_string_equal(out.ptr, "<!--\n  Copyright 2026 A\n\n      "
	                             "http://x\n  End\n-->\n");
	render(&out, "OCaml", "a", "\n", 1);
	assert_string_equal(out.ptr, "(*\n  a\n*)\n");
	/* the file's line endings, and its missing final newline */
	render(&out, "Go", "a\n\nb", "\r\n", 0);
	assert_string_equal(out.ptr, "// a\r\n//\r\n// b");
	render(&out, "C", "a", "\r\n", 0);
	assert_string_equal(out.ptr, "/*\r\n * a\r\n */");
	hdrcheck__buf_dispose(&out);
}

static void test_fixer_render__refuses_comment_delimiters(void **state)
{
	hdrcheck_buf out = HDRCHECK_BUF_INIT;
	hdrcheck__fix_style s;
	const char *why = NULL;

	(void)state;
	assert_int_equal(hdrcheck__fix_style_for(&s, lang("C")), 0);
	assert_int_equal(
	    hdrcheck__fix_render(&out, &s, "a */ b", 6, "\n", 1, &why), 1);
	assert_non_null(why);
	/* nested comments (Scala, Rust) would swallow the close */
	assert_int_equal(
	    hdrcheck__fix_render(&out, &s, "a /* b", 6, "\n", 1, &why), 1);
	assert_int_equal(hdrcheck__fix_style_for(&s, lang("XML")), 0);
	why = NULL;
	assert_int_equal(
	    hdrcheck__fix_render(&out, &s, "Foo -- Bar", 10, "\n", 1, &why), 1);
	assert_non_null(strstr(why, "--"));
	/* line comments take anything */
	assert_int_equal(hdrcheck__fix_style_for(&s, lang("Python")), 0);
	assert_int_equal(
	    hdrcheck__fix_render(&out, &s, "a */ -- b", 9, "\n", 1, &why), 0);
	hdrcheck__buf_dispose(&out);
}

/* The rendered Apache text says exactly what the template says. */
static void test_fixer_render__apache_text_is_the_template(void **state)
{
	hdrcheck__tokens a = {0}, b = {0};
	size_t i;

	(void)state;
	assert_int_equal(
	    hdrcheck__tokens_from_text(&a, hdrcheck__fix_apache_text), 0);
	assert_int_equal(hdrcheck__tokens_from_text(
	                     &b, hdrcheck__template_text(
	                             HDRCHECK__TEMPLATE_APACHE_APPENDIX)),
	                 0);
	assert_int_equal(a.count, b.count);
	for (i = 0; i < a.count; i++) {
		assert_int_equal(a.tokens[i].len, b.tokens[i].len);
		assert_memory_equal(a.tokens[i].word, b.tokens[i].word,
		                    a.tokens[i].len);
	}
	/* and every line fits 80 columns behind " * " */
	for (i = 0; hdrcheck__fix_apache_text[i];) {
		size_t n = strcspn(hdrcheck__fix_apache_text + i, "\n");

		assert_true(n + 3 <= 80);
		i += n + (hdrcheck__fix_apache_text[i + n] == '\n');
	}
	hdrcheck__tokens_dispose(&a);
	hdrcheck__tokens_dispose(&b);
}

static int starts(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

static hdrcheck__fix_facts facts(const char *license, const char *holder)
{
	hdrcheck__fix_facts f;

	memset(&f, 0, sizeof(f));
	f.license = license;
	f.holder = holder;
	f.builtin = hdrcheck__matcher_license(&matcher, license);
	return f;
}

static const char *header_text(hdrcheck_buf *out, const hdrcheck__fix_facts *f,
                               int with_copyright)
{
	const char *why = NULL;

	hdrcheck__buf_clear(out);
	assert_int_equal(
	    hdrcheck__fix_header_text(out, f, 2024, with_copyright, &why), 0);
	return hdrcheck__buf_cstr(out);
}

static void test_fixer_render__header_texts(void **state)
{
	hdrcheck_buf out = HDRCHECK_BUF_INIT;
	hdrcheck__fix_facts f;
	const char *t, *why = NULL;

	(void)state;
	/* Apache-2.0, holder configured */
	f = facts("Apache-2.0", "Foo Inc.");
	t = header_text(&out, &f, 1);
	assert_true(starts(t, "Copyright 2024 Foo Inc.\n\nLicensed under"));
	assert_non_null(strstr(t, "limitations under the License."));
	/* a copyright line already in the file: none added */
	t = header_text(&out, &f, 0);
	assert_true(starts(t, "Licensed under"));
	/* no holder: no copyright line */
	f = facts("Apache-2.0", NULL);
	t = header_text(&out, &f, 1);
	assert_true(starts(t, "Licensed under"));
	/* ... unless the policy requires one: then it cannot be made */
	f.copyright_required = 1;
	assert_int_equal(hdrcheck__fix_header_text(&out, &f, 2024, 1, &why), 1);
	assert_non_null(strstr(why, "copyright.holder"));
	/* spdx: require adds the tag under the copyright line */
	f = facts("Apache-2.0", "Foo");
	f.spdx = HDRCHECK__SPDX_REQUIRE;
	t = header_text(&out, &f, 1);
	assert_true(starts(t, "Copyright 2024 Foo\nSPDX-License-Identifier: "
	                      "Apache-2.0\n\nLicensed under"));
	/* a license without built-in text: the tag alone */
	f = facts("LicenseRef-Foo", "Foo");
	t = header_text(&out, &f, 1);
	assert_string_equal(t, "Copyright 2024 Foo\n"
	                       "SPDX-License-Identifier: LicenseRef-Foo");
	/* ... which spdx: reject does not accept */
	f.spdx = HDRCHECK__SPDX_REJECT;
	f.holder = NULL;
	assert_int_equal(hdrcheck__fix_header_text(&out, &f, 2024, 1, &why), 1);
	/* another built-in license, wrapped */
	f = facts("MIT", "Foo");
	t = header_text(&out, &f, 1);
	assert_true(starts(t, "Copyright 2024 Foo\n\nPermission is hereby"));
	while (*t) {
		size_t n = strcspn(t, "\n");

		assert_true(n <= 72);
		t += n + (t[n] == '\n');
	}
	hdrcheck__buf_dispose(&out);
}

static void test_fixer_render__custom_header(void **state)
{
	hdrcheck_buf out = HDRCHECK_BUF_INIT;
	hdrcheck__fix_facts f = facts("Apache-2.0", "Foo");
	const char *why = NULL;

	(void)state;
	f.header = "\nCopyright {year} {holder}  \n\nLicensed under the "
	           "Apache License, Version 2.0.\n\n\n";
	assert_string_equal(header_text(&out, &f, 1),
	                    "Copyright 2024 Foo\n\nLicensed under the Apache "
	                    "License, Version 2.0.");
	/* without its copyright line when the file keeps its own */
	assert_string_equal(header_text(&out, &f, 0),
	                    "Licensed under the Apache License, Version 2.0.");
	/* spdx: require and no tag in the text: one is added */
	f.spdx = HDRCHECK__SPDX_REQUIRE;
	assert_string_equal(header_text(&out, &f, 0),
	                    "Licensed under the Apache License, Version 2.0."
	                    "\n\nSPDX-License-Identifier: Apache-2.0");
	/* {holder} without a holder */
	f.spdx = 0;
	f.holder = NULL;
	hdrcheck__buf_clear(&out);
	assert_int_equal(hdrcheck__fix_header_text(&out, &f, 2024, 1, &why), 1);
	assert_non_null(strstr(why, "{holder}"));
	hdrcheck__buf_dispose(&out);
}

static int setup(void **state)
{
	(void)state;
	return hdrcheck__matcher_init(&matcher);
}

static int teardown(void **state)
{
	(void)state;
	hdrcheck__matcher_dispose(&matcher);
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_fixer_render__canonical_styles),
	    cmocka_unit_test(test_fixer_render__styles),
	    cmocka_unit_test(test_fixer_render__refuses_comment_delimiters),
	    cmocka_unit_test(test_fixer_render__apache_text_is_the_template),
	    cmocka_unit_test(test_fixer_render__header_texts),
	    cmocka_unit_test(test_fixer_render__custom_header),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
