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
 * The HTML report as a legal reviewer reads it, end to end: a git
 * repository built at test time with libgit2 (a LICENSE file and a
 * symbolic link to it, a NOTICE, a bundled component with its own license
 * file, third-party files whose names and copyright holders are hostile:
 * markup, quotes, a right-to-left override, control characters), scanned
 * by the hdrcheck binary. The sections must come in the reviewer's order, the
 * violations before the listing of every file, the glossary must explain every
 * status, the declared license and the attribution draft must be right,
 * and no hostile string may reach the page as markup or as a raw control
 * or bidirectional character.
 */

#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>
#include <git2.h>
#include "hdrcheck/hdrcheck.h"

#define PROJECT_LICENSE HDRCHECK_TEST_DATA "/../../LICENSE"
#define RLO             "\xe2\x80\xae" /* U+202E RIGHT-TO-LEFT OVERRIDE */

static const char apache_tail[] =
    "Licensed under the Apache License, Version 2.0 (the \"License\");\n"
    "you may not use this file except in compliance with the License.\n"
    "You may obtain a copy of the License at\n"
    "\n"
    "    http://www.apache.org/licenses/LICENSE-2.0\n"
    "\n"
    "Unless required by applicable law or agreed to in writing, software\n"
    "distributed under the License is distributed on an \"AS IS\" BASIS,\n"
    "WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or "
    "implied.\n"
    "See the License for the specific language governing permissions and\n"
    "limitations under the License.\n";

static const char mit_text[] =
    "MIT License\n\nCopyright (c) 2019 Component Authors\n\n"
    "Permission is hereby granted, free of charge, to any person obtaining "
    "a copy\nof this software and associated documentation files (the "
    "\"Software\"), to deal\nin the Software without restriction, "
    "including without limitation the rights\nto use, copy, modify, "
    "merge, publish, distribute, sublicense, and/or sell\ncopies of the "
    "Software, and to permit persons to whom the Software is\nfurnished "
    "to do so, subject to the following conditions:\n\nThe above "
    "copyright notice and this permission notice shall be included in "
    "all\ncopies or substantial portions of the Software.\n\nTHE SOFTWARE "
    "IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR\n"
    "IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF "
    "MERCHANTABILITY,\nFITNESS FOR A PARTICULAR PURPOSE AND "
    "NONINFRINGEMENT. IN NO EVENT SHALL THE\nAUTHORS OR COPYRIGHT HOLDERS "
    "BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER\nLIABILITY, WHETHER IN AN "
    "ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,\nOUT OF OR IN "
    "CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE\n"
    "SOFTWARE.\n";

/* The sections, in the order a reviewer reads them. */
static const char *const sections[] = {"summary",     "glossary", "violations",
                                       "third-party", "declared", "attribution",
                                       "licenses",    "holders",  "directories",
                                       "skipped",     "files"};

static char root[4096];
static char html_path[4200];
static char *page; /* the report, read once */

static void write_file(const char *rel, const char *data, size_t len)
{
	char path[8192], *slash;
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", root, rel);
	for (slash = strchr(path + strlen(root) + 1, '/'); slash;
	     slash = strchr(slash + 1, '/')) {
		*slash = '\0';
		if (mkdir(path, 0755) < 0 && errno != EEXIST)
			fail_msg("mkdir %s: %s", path, strerror(errno));
		*slash = '/';
	}
	f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(data, 1, len, f), len);
	assert_int_equal(fclose(f), 0);
}

static void write_text(const char *rel, const char *text)
{
	write_file(rel, text, strlen(text));
}

/* The Apache header in "//" comments after a copyright line. */
static void write_apache(const char *rel, const char *holder)
{
	char text[4096];
	const char *p = apache_tail, *nl;
	size_t n;

	n = (size_t)snprintf(text, sizeof(text), "// Copyright 2024 %s\n//\n",
	                     holder);
	for (; *p; p = nl + 1) {
		nl = strchr(p, '\n');
		n += (size_t)snprintf(text + n, sizeof(text) - n, "//%s%.*s\n",
		                      nl == p ? "" : " ", (int)(nl - p), p);
	}
	n += (size_t)snprintf(text + n, sizeof(text) - n, "int x;\n");
	write_file(rel, text, n);
}

static char *slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *data;
	long n;

	if (!f)
		fail_msg("%s: %s", path, strerror(errno));
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	data = malloc((size_t)n + 1);
	assert_non_null(data);
	assert_int_equal(fread(data, 1, (size_t)n, f), (size_t)n);
	data[n] = '\0';
	fclose(f);
	return data;
}

static void check_git(int rc, const char *what)
{
	if (rc < 0) {
		const git_error *e = git_error_last();

		fail_msg("%s: %s", what, e ? e->message : "?");
	}
}

static void commit_all(void)
{
	git_repository *repo = NULL;
	git_index *index = NULL;
	git_signature *sig = NULL;
	git_tree *tree = NULL;
	git_oid tree_id, commit_id;

	check_git(git_repository_init(&repo, root, 0), "init");
	check_git(git_repository_index(&index, repo), "index");
	check_git(git_index_add_all(index, NULL, 0, NULL, NULL), "add");
	check_git(git_index_write(index), "write index");
	check_git(git_index_write_tree(&tree_id, index), "write tree");
	check_git(git_tree_lookup(&tree, repo, &tree_id), "tree");
	check_git(
	    git_signature_new(&sig, "Test", "test@example.org", 1700000000, 0),
	    "signature");
	check_git(git_commit_create_v(&commit_id, repo, "HEAD", sig, sig, NULL,
	                              "fixture", tree, 0),
	          "commit");
	git_signature_free(sig);
	git_tree_free(tree);
	git_index_free(index);
	git_repository_free(repo);
}

/* hdrcheck check --report html=FILE in the fixture; its exit status. */
static int run_hdrcheck(void)
{
	char arg[4300];
	pid_t pid;
	int status;

	snprintf(arg, sizeof(arg), "html=%s", html_path);
	fflush(NULL);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		int null = open("/dev/null", O_WRONLY);

		if (null < 0 || dup2(null, 1) < 0 || chdir(root) < 0)
			_exit(126);
		setenv("SOURCE_DATE_EPOCH", "1714979289", 1);
		execl(HDRCHECK_TEST_BIN, HDRCHECK_TEST_BIN, "check",
		      "--exclude", "tools/license_tool.py", "--report", arg,
		      (char *)NULL);
		_exit(127);
	}
	assert_int_equal(waitpid(pid, &status, 0), pid);
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

static int setup(void **state)
{
	char tmpl[2048], *license;

	(void)state;
	mkdir(HDRCHECK_TEST_TMP, 0755);
	snprintf(tmpl, sizeof(tmpl), "%s/html-legal-XXXXXX", HDRCHECK_TEST_TMP);
	if (!mkdtemp(tmpl))
		return -1;
	snprintf(root, sizeof(root), "%s/repo", tmpl);
	snprintf(html_path, sizeof(html_path), "%s/report.html", tmpl);
	if (mkdir(root, 0755) < 0)
		return -1;
	git_libgit2_init();
	/* the project: Apache-2.0, declared by its own LICENSE file */
	license = slurp(PROJECT_LICENSE);
	write_text("LICENSE", license);
	free(license);
	/* a link to it: named as a license file, not followed */
	{
		char link[4200];

		snprintf(link, sizeof(link), "%s/COPYING", root);
		if (symlink("LICENSE", link) < 0)
			return -1;
	}
	write_text("NOTICE", "Example\nCopyright 2024 The Example Authors\n");
	write_apache("src/main.c", "The Example Authors");
	write_text("src/missing.c", "int missing;\n");
	/* third-party files, hostile holders and names */
	write_text("lib/evil.js",
	           "// Copyright (c) 2020 \"><script>alert(1)</script> & "
	           "'Q'\n// SPDX-License-Identifier: MIT\nvar v;\n");
	write_text("lib/rtl" RLO "sj.txt.js",
	           "// Copyright 2021 Evil" RLO "Corp\n"
	           "// SPDX-License-Identifier: BSD-3-Clause\nvar w;\n");
	write_text("<script>alert(2)</script>.py", "print(1)\n");
	write_text("ctl\x1b[31m\x01.c", "int c;\n");
	write_text("q\"uote'.c", "int q;\n");
	/* excluded by the command line, but no license file */
	write_text("tools/license_tool.py", "print('tool')\n");
	/* a bundled component with its own license file */
	write_text("third/comp/LICENSE", mit_text);
	commit_all();
	if (run_hdrcheck() != 1)
		return -1;
	page = slurp(html_path);
	return 0;
}

static int teardown(void **state)
{
	char cmd[8400];

	(void)state;
	free(page);
	git_libgit2_shutdown();
	snprintf(cmd, sizeof(cmd), "rm -rf '%.*s'",
	         (int)(strrchr(root, '/') - root), root);
	return system(cmd) == 0 ? 0 : -1;
}

/* Where <section id="ID" starts in the page; fails when absent. */
static const char *section(const char *id)
{
	char needle[128];
	const char *p;

	snprintf(needle, sizeof(needle), "<section id=\"%s\"", id);
	if (!(p = strstr(page, needle)))
		fail_msg("no section #%s in the report", id);
	assert_null(strstr(p + 1, needle)); /* exactly one */
	return p;
}

/* The text of section id, up to the next section (a copy; free it). */
static char *section_text(const char *id)
{
	const char *p = section(id), *end = strstr(p + 1, "<section ");
	size_t n = end ? (size_t)(end - p) : strlen(p);
	char *s = malloc(n + 1);

	assert_non_null(s);
	memcpy(s, p, n);
	s[n] = '\0';
	return s;
}

static size_t count_of(const char *hay, const char *needle)
{
	size_t n = 0;

	while ((hay = strstr(hay, needle)) != NULL) {
		n++;
		hay += strlen(needle);
	}
	return n;
}

static void test_reports_html_legal__sections_in_order(void **state)
{
	size_t i;

	(void)state;
	for (i = 1; i < sizeof(sections) / sizeof(*sections); i++)
		if (section(sections[i - 1]) >= section(sections[i]))
			fail_msg("section #%s is not before #%s",
			         sections[i - 1], sections[i]);
}

static void test_reports_html_legal__violations_first(void **state)
{
	const char *row;

	(void)state;
	/* the violation's row, before the listing of every file */
	row = strstr(page, "<tr data-status=\"missing\"><td class=\"path\">"
	                   "src/missing.c</td>");
	assert_non_null(row);
	assert_true(row > section("violations"));
	assert_true(row < section("third-party"));
	assert_true(row < section("files"));
	/* and the listing has it too, and every file */
	assert_non_null(
	    strstr(section("files"), "<td class=\"path\">src/missing.c</td>"));
	assert_non_null(strstr(page, "id=\"files-count\">12<"));
}

static void test_reports_html_legal__glossary_every_status(void **state)
{
	char *glossary = section_text("glossary"), want[96];
	int s;

	(void)state;
	for (s = 0; s < HDRCHECK_STATUS__COUNT; s++) {
		const char *name = hdrcheck_status_name((hdrcheck_status)s);

		snprintf(want, sizeof(want),
		         "<dt id=\"status-%s\"><span class=\"tag %s\">%s</span>"
		         "</dt><dd>",
		         name, name, name);
		if (!strstr(glossary, want))
			fail_msg("the glossary does not explain \"%s\"", name);
	}
	free(glossary);
}

static void test_reports_html_legal__declared_and_attribution(void **state)
{
	char *declared = section_text("declared");
	char *third = section_text("third-party");
	char *attribution = section_text("attribution");

	(void)state;
	/* the declared license, at the top of the page and in its section */
	assert_non_null(strstr(page, "<td id=\"meta-declared\"><span "
	                             "class=\"warn\">a symbolic link, not "
	                             "followed</span> (<code>COPYING</code>); "
	                             "<b>Apache-2.0</b> (<code>LICENSE</code>)"
	                             "</td>"));
	assert_non_null(strstr(declared, "<b>Apache-2.0</b> (<code>LICENSE"
	                                 "</code>)"));
	assert_non_null(strstr(declared, "<code>NOTICE</code>"));
	assert_non_null(strstr(declared, "id=\"license-files-count\">1<"));
	assert_non_null(strstr(declared, "<td class=\"path\">third/comp/"
	                                 "LICENSE</td><td>MIT</td>"));
	/* the files under other licenses, with their holders */
	assert_non_null(strstr(third, "id=\"third-party-count\">2<"));
	assert_non_null(strstr(third, "<tr><td>MIT</td><td class=\"path\">"
	                              "lib/evil.js</td>"));
	assert_non_null(strstr(third, "<tr><td>BSD-3-Clause</td>"));
	/* the NOTICE draft: by license, each holder with its files */
	assert_non_null(strstr(attribution, "\nBSD-3-Clause (1 file)\n"));
	assert_non_null(strstr(attribution, "\nMIT (1 file)\n    Copyright "
	                                    "&quot;&gt;&lt;script&gt;"));
	assert_non_null(strstr(attribution, "(lib/evil.js)\n"));
	assert_non_null(strstr(attribution, "third/comp/LICENSE: MIT\n"));
	free(declared);
	free(third);
	free(attribution);
}

static void test_reports_html_legal__hostile_strings(void **state)
{
	(void)state;
	/* one script, ours; the names and holders are text */
	assert_int_equal(count_of(page, "<script"), 1);
	assert_null(strstr(page, "<script>alert"));
	assert_non_null(strstr(page, "&lt;script&gt;alert(2)&lt;/script&gt;"
	                             ".py"));
	assert_non_null(strstr(page, "&quot;&gt;&lt;script&gt;alert(1)&lt;"
	                             "/script&gt; &amp; &#39;Q&#39;"));
	assert_non_null(strstr(page, "q&quot;uote&#39;.c"));
	assert_null(strstr(page, "q\"uote"));
	/* no raw control or bidirectional character reaches the page */
	assert_null(strstr(page, "\x1b"));
	assert_null(strstr(page, "\x01"));
	assert_null(strstr(page, RLO));
	assert_non_null(strstr(page, "ctl\\033[31m\\001.c"));
	assert_non_null(strstr(page, "lib/rtl\\342\\200\\256sj.txt.js"));
	assert_non_null(strstr(page, "Evil\\342\\200\\256Corp"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_reports_html_legal__sections_in_order),
	    cmocka_unit_test(test_reports_html_legal__violations_first),
	    cmocka_unit_test(test_reports_html_legal__glossary_every_status),
	    cmocka_unit_test(test_reports_html_legal__declared_and_attribution),
	    cmocka_unit_test(test_reports_html_legal__hostile_strings),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
