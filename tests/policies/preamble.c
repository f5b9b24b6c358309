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
 * Unit tests of hdrcheck__preamble_end: where a header may start, and on
 * which line. Every input is copied to a buffer of exactly its length so
 * that a sanitizer catches a read past the end.
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
#include "policies/header.h"

static const hdrcheck_language *lang_named(const char *name)
{
	const hdrcheck_language *lang = hdrcheck__filetype_by_name(name);

	if (!lang)
		fail_msg("no built-in type named %s", name);
	return lang;
}

static size_t preamble_n(const char *lang, const char *text, size_t len,
                         unsigned int *line)
{
	const hdrcheck_language *l = lang ? lang_named(lang) : NULL;
	char *copy = malloc(len ? len : 1);
	size_t off;

	assert_non_null(copy);
	memcpy(copy, text, len);
	*line = 0;
	off = hdrcheck__preamble_end(l, copy, len, line);
	free(copy);
	assert_true(off <= len);
	assert_true(*line >= 1);
	return off;
}

static size_t preamble(const char *lang, const char *text, unsigned int *line)
{
	return preamble_n(lang, text, strlen(text), line);
}

/* The header starts at the first occurrence of marker in text, on line. */
#define assert_header_at(lang, text, marker, expected_line)                    \
	do {                                                                   \
		const char *t_ = (text);                                       \
		const char *m_ = strstr(t_, (marker));                         \
		unsigned int l_;                                               \
		size_t o_ = preamble((lang), t_, &l_);                         \
		assert_non_null(m_);                                           \
		assert_int_equal(o_, (size_t)(m_ - t_));                       \
		assert_int_equal(l_, (expected_line));                         \
	} while (0)

/* Nothing is skipped. */
#define assert_no_preamble(lang, text)                                         \
	do {                                                                   \
		unsigned int l_;                                               \
		assert_int_equal(preamble((lang), (text), &l_), 0);            \
		assert_int_equal(l_, 1);                                       \
	} while (0)

/* ------------------------------------------------------------------ */

static void test_policies_preamble__plain(void **state)
{
	(void)state;
	assert_no_preamble("C", "/* header */\nint x;\n");
	assert_no_preamble("Python", "# header\nimport os\n");
	assert_no_preamble("C", "");
	assert_no_preamble(NULL, "anything\n");
}

static void test_policies_preamble__bom(void **state)
{
	unsigned int line;

	(void)state;
	assert_header_at("C", "\xEF\xBB\xBF/* header */\n", "/*", 1);
	assert_header_at(NULL, "\xEF\xBB\xBFtext", "text", 1);
	/* a BOM alone */
	assert_int_equal(preamble_n("C", "\xEF\xBB\xBF", 3, &line), 3);
	assert_int_equal(line, 1);
	/* part of a BOM is not one */
	assert_int_equal(preamble_n("C", "\xEF\xBB", 2, &line), 0);
	assert_int_equal(preamble_n("C", "\xEF", 1, &line), 0);
	assert_no_preamble("C", "\xEF\xBB\xBE/* x */");
}

static void test_policies_preamble__shebang(void **state)
{
	(void)state;
	assert_header_at("Shell", "#!/bin/sh\n# header\necho\n", "# header", 2);
	assert_header_at("Python", "#!/usr/bin/env python3\n\n# header\n",
	                 "\n# header", 2);
	assert_header_at("JavaScript", "#!/usr/bin/env node\n// header\n",
	                 "// header", 2);
	/* a BOM and then a shebang */
	assert_header_at("Shell", "\xEF\xBB\xBF#!/bin/sh\n# header\n",
	                 "# header", 2);
	/* CRLF line end */
	assert_header_at("Shell", "#!/bin/sh\r\n# header\r\n", "# header", 2);
	/* "#!" is only a shebang at the very start */
	assert_no_preamble("Shell", " #!/bin/sh\n# header\n");
	assert_no_preamble("Shell", "# header\n#!/bin/sh\n");
}

static void test_policies_preamble__shebang_without_newline(void **state)
{
	unsigned int line;
	const char *t = "#!/bin/sh";

	(void)state;
	assert_int_equal(preamble("Shell", t, &line), strlen(t));
}

static void test_policies_preamble__rust_inner_attribute(void **state)
{
	(void)state;
	/* "#![" is a Rust inner attribute, never a shebang */
	assert_no_preamble("Rust", "#![allow(dead_code)]\n// header\n");
	assert_no_preamble("Rust", "#![no_std]");
	assert_no_preamble("Shell", "#![weird]\n# header\n");
}

static void test_policies_preamble__python_magic_line1(void **state)
{
	(void)state;
	assert_header_at("Python", "# -*- coding: utf-8 -*-\n# header\n",
	                 "# header", 2);
	assert_header_at("Python", "# coding=latin-1\n# header\n", "# header",
	                 2);
	assert_header_at("Python", "# vim: set fileencoding=utf-8 :\n# h\n",
	                 "# h\n", 2);
}

static void test_policies_preamble__python_magic_lines_1_2(void **state)
{
	(void)state;
	assert_header_at("Python",
	                 "# -*- coding: utf-8 -*-\n"
	                 "# vim: set ts=4 :\n"
	                 "# header\n",
	                 "# header", 3);
	/* a third magic line is not a preamble any more */
	assert_header_at("Python",
	                 "# -*- coding: utf-8 -*-\n"
	                 "# vim: set ts=4 :\n"
	                 "# -*- mode: python -*-\n"
	                 "# header\n",
	                 "# -*- mode", 3);
}

static void test_policies_preamble__python_shebang_and_magic(void **state)
{
	(void)state;
	assert_header_at("Python",
	                 "#!/usr/bin/env python\n"
	                 "# -*- coding: utf-8 -*-\n"
	                 "# header\n",
	                 "# header", 3);
	/* with a shebang only line 2 can be magic */
	assert_header_at("Python",
	                 "#!/usr/bin/env python\n"
	                 "# -*- coding: utf-8 -*-\n"
	                 "# vim: set ts=4 :\n"
	                 "# header\n",
	                 "# vim", 3);
}

static void test_policies_preamble__python_magic_not_first(void **state)
{
	(void)state;
	/* a magic comment after an ordinary comment is part of the run */
	assert_no_preamble("Python", "# header\n# -*- coding: utf-8 -*-\n");
	assert_no_preamble("Python", "import os\n# coding: utf-8\n");
}

static void test_policies_preamble__ruby_magic(void **state)
{
	(void)state;
	assert_header_at("Ruby", "# frozen_string_literal: true\n# header\n",
	                 "# header", 2);
	assert_header_at("Ruby",
	                 "#!/usr/bin/env ruby\n"
	                 "# frozen_string_literal: true\n"
	                 "# header\n",
	                 "# header", 3);
}

static void test_policies_preamble__c_has_no_magic(void **state)
{
	(void)state;
	assert_no_preamble("C", "# -*- coding: utf-8 -*-\n/* header */\n");
	assert_no_preamble("C", "// -*- mode: c -*-\n/* header */\n");
	/* a type with shebangs but without magic comments */
	assert_header_at("Shell",
	                 "#!/bin/sh\n# -*- coding: utf-8 -*-\n# header\n",
	                 "# -*-", 2);
}

static void test_policies_preamble__xml_declaration(void **state)
{
	(void)state;
	assert_header_at("XML",
	                 "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	                 "<!-- header -->\n<root/>\n",
	                 "<!--", 2);
	/* a declaration over two lines */
	assert_header_at("XML",
	                 "<?xml version=\"1.0\"\n"
	                 "      encoding=\"UTF-8\"?>\n"
	                 "<!-- header -->\n",
	                 "<!--", 3);
	/* blank lines before the declaration */
	assert_header_at("XML", "\n<?xml version=\"1.0\"?>\n<!-- h -->\n",
	                 "<!--", 3);
	assert_header_at("XML",
	                 "\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<!-- h -->\n",
	                 "<!--", 2);
}

static void test_policies_preamble__xml_comment_same_line(void **state)
{
	(void)state;
	/* a comment on the declaration's line (common in SVG files): the
	 * header starts there, as it does after "<?php" */
	assert_header_at("XML", "<?xml version=\"1.0\"?><!-- h -->\n", "<!--",
	                 1);
	assert_header_at("XHTML", "<!DOCTYPE html><!-- h -->\n<html>", "<!--",
	                 1);
}

static void test_policies_preamble__xml_and_doctype(void **state)
{
	(void)state;
	assert_header_at("XML",
	                 "<?xml version=\"1.0\"?>\n"
	                 "<!DOCTYPE note SYSTEM \"note.dtd\">\n"
	                 "<!-- header -->\n",
	                 "<!--", 3);
	assert_header_at("XML",
	                 "<?xml version=\"1.0\"?>\n\n"
	                 "<!DOCTYPE note>\n\n"
	                 "<!-- header -->\n",
	                 "\n<!--", 4);
}

static void test_policies_preamble__doctype_internal_subset(void **state)
{
	(void)state;
	assert_header_at("XML",
	                 "<?xml version=\"1.0\"?>\n"
	                 "<!DOCTYPE note [\n"
	                 "  <!ELEMENT note (#PCDATA)>\n"
	                 "  <!ENTITY writer \"Someone\">\n"
	                 "]>\n"
	                 "<!-- header -->\n",
	                 "<!--", 6);
	assert_header_at(
	    "XML", "<!DOCTYPE a [ <!ENTITY b \"c\"> ]>\n<!-- header -->\n",
	    "<!--", 2);
}

static void test_policies_preamble__html_doctype(void **state)
{
	(void)state;
	assert_header_at("HTML", "<!DOCTYPE html>\n<!-- header -->\n<html>",
	                 "<!--", 2);
	assert_header_at("HTML", "<!doctype html>\n<!-- header -->\n", "<!--",
	                 2);
	/* HTML has no XML declaration preamble */
	assert_no_preamble("HTML", "<?xml version=\"1.0\"?>\n<!-- h -->\n");
	/* a type without the flag keeps its DOCTYPE */
	assert_no_preamble("Markdown", "<!DOCTYPE html>\n<!-- header -->\n");
}

static void test_policies_preamble__unterminated_xml(void **state)
{
	(void)state;
	assert_no_preamble("XML", "<?xml version=\"1.0\"\n<!-- h -->\n");
	assert_no_preamble("XML", "<?xml");
	assert_no_preamble("HTML", "<!DOCTYPE html\n");
	assert_no_preamble("XML", "<!DOCTYPE a [ <!ENTITY b \"c\">\n");
	assert_no_preamble("XML", "<!DOCTYPE");
}

static void test_policies_preamble__php_alone(void **state)
{
	(void)state;
	assert_header_at("PHP", "<?php\n/*\n * header\n */\n", "/*", 2);
	assert_header_at("PHP", "<?php   \r\n// header\n", "// header", 2);
	assert_header_at("PHP", "<?PHP\n// header\n", "// header", 2);
	assert_header_at("PHP", "<?php\n\n/* header */\n", "\n/*", 2);
}

static void test_policies_preamble__php_same_line(void **state)
{
	(void)state;
	/* the header may start on the "<?php" line */
	assert_header_at("PHP", "<?php /* header */\n", " /* header", 1);
}

static void test_policies_preamble__php_declare(void **state)
{
	(void)state;
	assert_header_at("PHP",
	                 "<?php\n"
	                 "declare(strict_types=1);\n"
	                 "\n"
	                 "/* header */\n",
	                 "\n/* header", 3);
	assert_header_at("PHP",
	                 "<?php\n\ndeclare(strict_types=1);\n/* header */\n",
	                 "/* header", 4);
	/* a shebang, then <?php */
	assert_header_at("PHP", "#!/usr/bin/env php\n<?php\n// header\n",
	                 "// header", 3);
}

static void test_policies_preamble__php_declare_same_line(void **state)
{
	(void)state;
	/* "<?php declare(strict_types=1);" on one line (PSR-12 allows it
	 * for files with markup; common everywhere): the header follows */
	assert_header_at("PHP",
	                 "<?php declare(strict_types=1);\n"
	                 "/* header */\n",
	                 "/* header", 2);
}

static void test_policies_preamble__php_only_for_php(void **state)
{
	(void)state;
	assert_no_preamble("C", "<?php\n/* header */\n");
}

static void test_policies_preamble__dockerfile(void **state)
{
	(void)state;
	assert_header_at("Dockerfile",
	                 "# syntax=docker/dockerfile:1\n# header\nFROM x\n",
	                 "# header", 2);
	assert_header_at("Dockerfile",
	                 "# syntax=docker/dockerfile:1\n"
	                 "# escape=`\n"
	                 "# header\n",
	                 "# header", 3);
	assert_header_at("Dockerfile", "# escape=\\\n# header\n", "# header",
	                 2);
	assert_header_at("Dockerfile", "#syntax = docker/dockerfile:1\n# h\n",
	                 "# h\n", 2);
	assert_header_at("Dockerfile", "# SYNTAX=docker/dockerfile:1\n# h\n",
	                 "# h\n", 2);
	assert_header_at("Dockerfile", "# check=skip=all\n# h\n", "# h\n", 2);
}

static void test_policies_preamble__dockerfile_not_directive(void **state)
{
	(void)state;
	assert_no_preamble("Dockerfile", "# header\nFROM x\n");
	/* only before any other line */
	assert_no_preamble("Dockerfile", "# header\n# syntax=x\n");
	/* a word that merely starts like a directive */
	assert_no_preamble("Dockerfile", "# syntaxes are fun\n");
	assert_no_preamble("Dockerfile", "# escape the = sign\n");
	/* not for other types */
	assert_no_preamble("Shell", "# syntax=docker/dockerfile:1\n# h\n");
}

static void test_policies_preamble__front_matter(void **state)
{
	(void)state;
	assert_header_at("Markdown",
	                 "---\ntitle: x\ntags: [a]\n---\n<!-- header -->\n",
	                 "<!--", 5);
	assert_header_at("Markdown", "+++\ntitle = 'x'\n+++\n<!-- h -->\n",
	                 "<!--", 4);
	assert_header_at("Markdown", "---\na: b\n...\n<!-- h -->\n", "<!--", 4);
	assert_header_at("Markdown", "---\r\ntitle: x\r\n---\r\n<!-- h -->\r\n",
	                 "<!--", 4);
	assert_header_at("Markdown", "---\ntitle: x\n---  \n<!-- h -->\n",
	                 "<!--", 4);
	assert_header_at("Markdown",
	                 "\xEF\xBB\xBF---\ntitle: x\n---\n<!-- h -->\n", "<!--",
	                 4);
	assert_header_at("MDX", "---\ntitle: x\n---\n{/* h */}\n", "{/*", 4);
	/* Jekyll and Eleventy pages and layouts */
	assert_header_at("HTML", "---\nlayout: x\n---\n<!-- h -->\n", "<!--",
	                 4);
}

static void test_policies_preamble__front_matter_only_with_flag(void **state)
{
	(void)state;
	assert_no_preamble("YAML", "---\na: b\n---\n# header\n");
	assert_no_preamble("XML", "---\ntitle: x\n---\n<!-- h -->\n");
	assert_no_preamble("C", "---\ntitle: x\n---\n/* h */\n");
}

static void test_policies_preamble__front_matter_unterminated(void **state)
{
	(void)state;
	assert_no_preamble("Markdown", "---\ntitle: x\n<!-- h -->\n");
	assert_no_preamble("Markdown", "---\n");
	assert_no_preamble("Markdown", "---");
	/* a "---" that is not the first line is a rule, not front matter */
	assert_no_preamble("Markdown", "text\n---\na\n---\n");
	/* "---x" is not a fence */
	assert_no_preamble("Markdown", "---x\na\n---\n");
}

/* Every prefix of every sample: no read past the end, sane results. */
static void test_policies_preamble__truncated_inputs(void **state)
{
	static const struct {
		const char *lang;
		const char *text;
	} samples[] = {
	    {"Python", "\xEF\xBB\xBF#!/usr/bin/env python\n"
	               "# -*- coding: utf-8 -*-\n# header\n"},
	    {"Ruby", "# frozen_string_literal: true\n# vim: x\n"},
	    {"XML", "\xEF\xBB\xBF\n<?xml version=\"1.0\"?>\n\n"
	            "<!DOCTYPE note [\n <!ENTITY a \"b\">\n]>\n<!-- h -->"},
	    {"XHTML", "<?xml version=\"1.0\"?><!DOCTYPE html><!-- -->"},
	    {"HTML", "<!DOCTYPE html>\n<!-- h -->"},
	    {"PHP", "#!/usr/bin/php\n\n<?php  \n\ndeclare(strict_types=1);"
	            "\n/* h */"},
	    {"PHP", "<?php declare(strict_types=1);\n"},
	    {"Dockerfile", "# syntax=docker/dockerfile:1\n#escape = `\n"
	                   "# check=skip\n# h"},
	    {"Markdown", "---\r\ntitle: x\r\n...\r\n<!-- h -->"},
	    {"Markdown", "+++\nx = 1\n+++\n"},
	    {"Rust", "#![no_std]\n"},
	    {"C", "\xEF\xBB\xBF#!/x\n/* */"},
	};
	size_t i, n;

	(void)state;
	for (i = 0; i < HDRCHECK__ARRAY_SIZE(samples); i++) {
		size_t len = strlen(samples[i].text);

		for (n = 0; n <= len; n++) {
			unsigned int line;
			size_t off = preamble_n(samples[i].lang,
			                        samples[i].text, n, &line);
			size_t k, nl = 0;

			/* the line number agrees with the newlines skipped */
			for (k = 0; k < off; k++)
				nl += samples[i].text[k] == '\n';
			if (off < n || (n && samples[i].text[n - 1] == '\n'))
				assert_int_equal(line, nl + 1);
		}
	}
}

/* A batch file's "@echo off" and "setlocal" come before the header, in
 * any case, with blank lines between them; fix inserts after them. */
static void test_policies_preamble__batch_echo_off(void **state)
{
	(void)state;
	assert_header_at("Batch", "@echo off\nrem header\n", "rem", 2);
	assert_header_at("Batch", "@ECHO OFF\r\nSETLOCAL\r\n@REM header\r\n",
	                 "@REM", 3);
	assert_header_at("Batch",
	                 "echo off\n\nsetlocal enabledelayedexpansion\n:: h\n",
	                 ":: h", 4);
	assert_header_at("Batch", "  @Echo Off\nREM h\n", "REM", 2);
	/* only at the top, and only these commands */
	assert_no_preamble("Batch", "rem header\n@echo off\n");
	assert_no_preamble("Batch", "@echo on\nrem header\n");
	assert_no_preamble("Batch", "@echo offline\nrem header\n");
	assert_no_preamble("Batch", "setlocalx\nrem header\n");
	/* other types do not know it */
	assert_no_preamble("Shell", "@echo off\n# header\n");
}

static void test_policies_preamble__batch_alone(void **state)
{
	unsigned int line;

	(void)state;
	assert_int_equal(preamble("Batch", "@echo off", &line), 9);
	assert_int_equal(line, 1);
	assert_int_equal(preamble("Batch", "@echo off\n", &line), 10);
	assert_int_equal(line, 2);
}

/* PlantUML: a header inside the diagram follows @startuml. */
static void test_policies_preamble__startuml(void **state)
{
	(void)state;
	assert_header_at("PlantUML", "@startuml\n' header\nA -> B\n", "'", 2);
	assert_header_at("PlantUML", "@startuml name\r\n/' h '/\r\n", "/'", 2);
	assert_header_at("PlantUML", "@StartUML\n' h\n", "'", 2);
	/* a header above @startuml stays where it is */
	assert_no_preamble("PlantUML", "' header\n@startuml\nA -> B\n");
	assert_no_preamble("C", "@startuml\n/* h */\n");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_policies_preamble__plain),
	    cmocka_unit_test(test_policies_preamble__bom),
	    cmocka_unit_test(test_policies_preamble__shebang),
	    cmocka_unit_test(test_policies_preamble__shebang_without_newline),
	    cmocka_unit_test(test_policies_preamble__rust_inner_attribute),
	    cmocka_unit_test(test_policies_preamble__python_magic_line1),
	    cmocka_unit_test(test_policies_preamble__python_magic_lines_1_2),
	    cmocka_unit_test(test_policies_preamble__python_shebang_and_magic),
	    cmocka_unit_test(test_policies_preamble__python_magic_not_first),
	    cmocka_unit_test(test_policies_preamble__ruby_magic),
	    cmocka_unit_test(test_policies_preamble__c_has_no_magic),
	    cmocka_unit_test(test_policies_preamble__xml_declaration),
	    cmocka_unit_test(test_policies_preamble__xml_comment_same_line),
	    cmocka_unit_test(test_policies_preamble__xml_and_doctype),
	    cmocka_unit_test(test_policies_preamble__doctype_internal_subset),
	    cmocka_unit_test(test_policies_preamble__html_doctype),
	    cmocka_unit_test(test_policies_preamble__unterminated_xml),
	    cmocka_unit_test(test_policies_preamble__php_alone),
	    cmocka_unit_test(test_policies_preamble__php_same_line),
	    cmocka_unit_test(test_policies_preamble__php_declare),
	    cmocka_unit_test(test_policies_preamble__php_declare_same_line),
	    cmocka_unit_test(test_policies_preamble__php_only_for_php),
	    cmocka_unit_test(test_policies_preamble__dockerfile),
	    cmocka_unit_test(test_policies_preamble__dockerfile_not_directive),
	    cmocka_unit_test(test_policies_preamble__front_matter),
	    cmocka_unit_test(
	        test_policies_preamble__front_matter_only_with_flag),
	    cmocka_unit_test(test_policies_preamble__front_matter_unterminated),
	    cmocka_unit_test(test_policies_preamble__truncated_inputs),
	    cmocka_unit_test(test_policies_preamble__batch_echo_off),
	    cmocka_unit_test(test_policies_preamble__batch_alone),
	    cmocka_unit_test(test_policies_preamble__startuml),
	};

	return cmocka_run_group_tests_name("policies_preamble", tests, NULL,
	                                   NULL);
}
