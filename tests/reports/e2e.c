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
 * End to end: a git repository built at test time with libgit2 (a
 * hostile file name included), scanned by the hdrcheck binary with every
 * report format at once; --fail-on, --report errors, SOURCE_DATE_EPOCH,
 * the holders from the classifier, the progress callback of the library,
 * and the HTML report rendered by headless Chromium, whose counts must
 * equal the JSON report's (skipped, saying why, without /usr/bin/chromium).
 */

#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdatomic.h>
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
#include <jansson.h>
#include "hdrcheck/hdrcheck.h"

#define CHROMIUM "/usr/bin/chromium"
#define EPOCH    "1714979289"

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

static char root[4096];    /* the fixture repository */
static char out_dir[4096]; /* reports written by the tests */

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

/* The Apache header in prefix-per-line comments, after a copyright line. */
static void write_header_file(const char *rel, const char *prefix,
                              const char *copyright, const char *body,
                              int drop_line)
{
	char text[8192];
	const char *p = apache_tail, *nl;
	size_t n = 0;
	int line = 0;

	n += (size_t)snprintf(text + n, sizeof(text) - n, "%s %s\n%s\n", prefix,
	                      copyright, prefix);
	for (; *p; p = nl + 1, line++) {
		nl = strchr(p, '\n');
		if (line == drop_line)
			continue;
		n += (size_t)snprintf(text + n, sizeof(text) - n, "%s%s%.*s\n",
		                      prefix, nl == p ? "" : " ", (int)(nl - p),
		                      p);
	}
	n += (size_t)snprintf(text + n, sizeof(text) - n, "%s", body);
	write_file(rel, text, n);
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

static int setup_repo(void **state)
{
	static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
	char tmpl[2048];

	(void)state;
	mkdir(HDRCHECK_TEST_TMP, 0755);
	snprintf(tmpl, sizeof(tmpl), "%s/reports-e2e-XXXXXX",
	         HDRCHECK_TEST_TMP);
	if (!mkdtemp(tmpl))
		return -1;
	snprintf(root, sizeof(root), "%s/repo", tmpl);
	snprintf(out_dir, sizeof(out_dir), "%s/out", tmpl);
	if (mkdir(root, 0755) < 0 || mkdir(out_dir, 0755) < 0)
		return -1;
	git_libgit2_init();
	write_header_file("src/main.c", "//",
	                  "Copyright 2024 The Example Authors",
	                  "int main(void) { return 0; }\n", -1);
	write_header_file("src/lib.py", "#",
	                  "Copyright (c) 2019-2023 Example Corp. All rights "
	                  "reserved.",
	                  "x = 1\n", -1);
	write_header_file("src/other.py", "#",
	                  "Copyright 2020, 2021 The Example Authors", "y = 2\n",
	                  -1);
	/* one sentence dropped: a damaged Apache-2.0 header */
	write_header_file("src/damaged.c", "//",
	                  "Copyright 2022 The Example Authors",
	                  "int damaged;\n", 1);
	write_file("src/missing.py", "print('no header')\n", 19);
	write_file("lib/mit.js",
	           "// Copyright (c) 2020 Vendor Inc.\n"
	           "// SPDX-License-Identifier: MIT\nvar v;\n",
	           71);
	write_file("docs/logo.png", png, sizeof(png) - 1);
	write_file("NOTICE", "Example\n", 8);
	write_file("<script>alert(1)</script>.py", "print(1)\n", 9);
	commit_all();
	return 0;
}

static int teardown_repo(void **state)
{
	char cmd[8400];

	(void)state;
	git_libgit2_shutdown();
	/* the directory above root and out_dir */
	snprintf(cmd, sizeof(cmd), "rm -rf '%.*s'",
	         (int)(strrchr(root, '/') - root), root);
	return system(cmd) == 0 ? 0 : -1;
}

/* Run argv with stdout and stderr to files; extra "K=V" environment. */
static int run(const char *const *argv, const char *const *env,
               const char *out_path, const char *err_path)
{
	pid_t pid;
	int status;

	fflush(NULL);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		int out = open(out_path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		int err = open(err_path, O_WRONLY | O_CREAT | O_TRUNC, 0644);

		if (out < 0 || err < 0 || dup2(out, 1) < 0 ||
		    dup2(err, 2) < 0 || chdir(root) < 0)
			_exit(126);
		unsetenv("SOURCE_DATE_EPOCH");
		for (; env && *env; env++)
			putenv((char *)*env);
		execv(argv[0], (char *const *)argv);
		_exit(127);
	}
	assert_int_equal(waitpid(pid, &status, 0), pid);
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
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

static const char *out_path(const char *name)
{
	static char paths[8][8192];
	static int next;
	char *p = paths[next++ % 8];

	snprintf(p, sizeof(paths[0]), "%s/%s", out_dir, name);
	return p;
}

/* hdrcheck check ARGS... in the fixture; stdout and stderr kept. */
static int hdrcheck(char **out, char **err, const char *const *env, ...)
{
	const char *argv[32];
	va_list ap;
	size_t n = 0;
	int rc;

	argv[n++] = HDRCHECK_TEST_BIN;
	argv[n++] = "check";
	va_start(ap, env);
	while ((argv[n] = va_arg(ap, const char *)) != NULL && n < 30)
		n++;
	va_end(ap);
	argv[n] = NULL;
	rc = run(argv, env, out_path("stdout"), out_path("stderr"));
	if (out)
		*out = slurp(out_path("stdout"));
	if (err)
		*err = slurp(out_path("stderr"));
	return rc;
}

static json_t *load_json(const char *path)
{
	json_error_t jerr;
	json_t *doc = json_load_file(path, 0, &jerr);

	if (!doc)
		fail_msg("%s: %s", path, jerr.text);
	return doc;
}

static json_int_t summary_count(json_t *doc, const char *key)
{
	return json_integer_value(
	    json_object_get(json_object_get(doc, "summary"), key));
}

static json_t *file_entry(json_t *doc, const char *path)
{
	json_t *f;
	size_t i;

	json_array_foreach(
	    json_object_get(doc, "files"), i,
	    f) if (!strcmp(json_string_value(json_object_get(f, "path")),
	                   path)) return f;
	fail_msg("%s not in the report", path);
	return NULL;
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

static json_int_t violations(json_t *doc)
{
	return summary_count(doc, "missing") + summary_count(doc, "mismatch") +
	       summary_count(doc, "other_license") +
	       summary_count(doc, "error");
}

static const char *const epoch_env[] = {"SOURCE_DATE_EPOCH=" EPOCH, NULL};

static void write_all_reports(void)
{
	char *err = NULL;
	char j[9000], s[9000], x[9000], m[9000], c[9000], h[9000];

	snprintf(j, sizeof(j), "json=%s", out_path("r.json"));
	snprintf(s, sizeof(s), "sarif=%s", out_path("r.sarif"));
	snprintf(x, sizeof(x), "junit=%s", out_path("r.xml"));
	snprintf(m, sizeof(m), "markdown=%s", out_path("r.md"));
	snprintf(c, sizeof(c), "csv=%s", out_path("r.csv"));
	snprintf(h, sizeof(h), "html=%s", out_path("r.html"));
	assert_int_equal(hdrcheck(NULL, &err, epoch_env, "--report", j,
	                          "--report", s, "--report", x, "--report", m,
	                          "--report", c, "--report", h, NULL),
	                 1);
	assert_string_equal(err, "");
	free(err);
}

static void test_reports_e2e__all_formats(void **state)
{
	json_t *doc, *sarif, *f, *holders;
	char *text, want[64];
	json_int_t files;

	(void)state;
	write_all_reports();
	doc = load_json(out_path("r.json"));
	files = summary_count(doc, "files");
	assert_int_equal(files, 9);
	assert_int_equal(summary_count(doc, "ok"), 3);
	assert_int_equal(summary_count(doc, "missing"), 2);
	assert_int_equal(summary_count(doc, "mismatch"), 1);
	assert_int_equal(summary_count(doc, "other_license"), 1);
	assert_int_equal(summary_count(doc, "skipped"), 2);

	/* holders come from the classifier, per file and in the summary */
	f = file_entry(doc, "src/lib.py");
	assert_string_equal(
	    json_string_value(json_array_get(json_object_get(f, "holders"), 0)),
	    "Example Corp.");
	f = file_entry(doc, "lib/mit.js");
	assert_string_equal(
	    json_string_value(json_array_get(json_object_get(f, "holders"), 0)),
	    "Vendor Inc.");
	f = file_entry(doc, "src/missing.py");
	assert_int_equal(json_array_size(json_object_get(f, "holders")), 0);
	holders = json_object_get(json_object_get(doc, "summary"), "holders");
	assert_int_equal(
	    json_integer_value(json_object_get(holders, "The Example Authors")),
	    3);

	/* SARIF: one result per violation */
	sarif = load_json(out_path("r.sarif"));
	assert_int_equal(
	    json_array_size(json_object_get(
	        json_array_get(json_object_get(sarif, "runs"), 0), "results")),
	    (size_t)violations(doc));
	json_decref(sarif);

	/* JUnit: a testcase per file */
	text = slurp(out_path("r.xml"));
	assert_int_equal(count_of(text, "<testcase "), (size_t)files);
	assert_int_equal(count_of(text, "<failure "), (size_t)violations(doc));
	free(text);

	/* CSV: a header and a row per file */
	text = slurp(out_path("r.csv"));
	assert_int_equal(count_of(text, "\r\n"), (size_t)files + 1);
	free(text);

	/* Markdown */
	text = slurp(out_path("r.md"));
	snprintf(want, sizeof(want),
	         "## hdrcheck: %d license header violations",
	         (int)violations(doc));
	assert_non_null(strstr(text, want));
	free(text);

	/* HTML: the date of SOURCE_DATE_EPOCH, the counts of the JSON */
	text = slurp(out_path("r.html"));
	assert_non_null(strstr(text, "2024-05-06 07:08:09 UTC"));
	snprintf(want, sizeof(want), "id=\"count-files\">%d<", (int)files);
	assert_non_null(strstr(text, want));
	assert_null(strstr(text, "<script>alert"));
	free(text);
	json_decref(doc);
}

static void test_reports_e2e__reproducible(void **state)
{
	char *a, *b, *err = NULL;
	char h[9000];

	(void)state;
	write_all_reports();
	a = slurp(out_path("r.html"));
	snprintf(h, sizeof(h), "html=%s", out_path("r2.html"));
	assert_int_equal(
	    hdrcheck(NULL, NULL, epoch_env, "-j", "1", "--report", h, NULL), 1);
	b = slurp(out_path("r2.html"));
	/* same bytes on another run, with another thread count */
	assert_string_equal(a, b);
	free(a);
	free(b);

	{
		static const char *const bad[] = {"SOURCE_DATE_EPOCH=soon",
		                                  NULL};

		assert_int_equal(hdrcheck(NULL, &err, bad, NULL), 2);
		assert_non_null(strstr(err, "SOURCE_DATE_EPOCH"));
		free(err);
	}
}

static void test_reports_e2e__fail_on(void **state)
{
	char *err = NULL;

	(void)state;
	assert_int_equal(hdrcheck(NULL, NULL, NULL, "--fail-on", "none", NULL),
	                 0);
	assert_int_equal(
	    hdrcheck(NULL, NULL, NULL, "--fail-on", "other_license", NULL), 1);
	assert_int_equal(hdrcheck(NULL, NULL, NULL, "--fail-on=error", NULL),
	                 0);
	assert_int_equal(hdrcheck(NULL, NULL, NULL, "--fail-on", "skipped",
	                          "--", "src", NULL),
	                 0);
	assert_int_equal(hdrcheck(NULL, NULL, NULL, "--fail-on", "missing",
	                          "src/main.c", NULL),
	                 0);
	assert_int_equal(hdrcheck(NULL, &err, NULL, "--fail-on", "ok", NULL),
	                 2);
	assert_string_equal(err, "hdrcheck: \"ok\" cannot fail a run\n");
	free(err);
	assert_int_equal(hdrcheck(NULL, &err, NULL, "--fail-on", "bogus", NULL),
	                 2);
	assert_non_null(strstr(err, "unknown status \"bogus\""));
	free(err);
}

static void test_reports_e2e__report_arguments(void **state)
{
	char *out = NULL, *err = NULL;
	json_t *doc;
	json_error_t jerr;

	(void)state;
	/* one report on stdout replaces the text report */
	assert_int_equal(hdrcheck(&out, &err, NULL, "--report", "sarif", NULL),
	                 1);
	doc = json_loads(out, 0, &jerr);
	assert_non_null(doc);
	json_decref(doc);
	free(out);
	free(err);

	/* -f and --report together: text to stdout, json to a file */
	assert_int_equal(hdrcheck(&out, NULL, NULL, "-f", "text", "--report",
	                          "json=-", NULL),
	                 2);
	free(out);
	assert_int_equal(hdrcheck(NULL, &err, NULL, "--report", "xml", NULL),
	                 2);
	assert_non_null(strstr(err, "unknown format \"xml\""));
	free(err);
	assert_int_equal(hdrcheck(NULL, &err, NULL, "--report", "json",
	                          "--report", "csv", NULL),
	                 2);
	assert_non_null(strstr(err, "only one report"));
	free(err);
	assert_int_equal(hdrcheck(NULL, &err, NULL, "--report", "json=", NULL),
	                 2);
	free(err);
	assert_int_equal(hdrcheck(NULL, &err, NULL, "--report",
	                          "json=/nonexistent/dir/r.json", NULL),
	                 2);
	/* one line naming the file, and why */
	assert_non_null(strstr(err, "hdrcheck: /nonexistent/dir/r.json: "));
	assert_non_null(strstr(err, "No such file or directory\n"));
	assert_ptr_equal(strchr(err, '\n'), err + strlen(err) - 1);
	free(err);
}

static void test_reports_e2e__text_holders(void **state)
{
	char *out = NULL, *err = NULL;

	(void)state;
	assert_int_equal(hdrcheck(&out, &err, NULL, NULL), 1);
	assert_non_null(strstr(out, "\ncopyright holders: 3 The Example "
	                            "Authors; 1 Example Corp.; 1 Vendor "
	                            "Inc.\n"));
	/* not a terminal: no progress line */
	assert_string_equal(err, "");
	free(out);
	free(err);
	assert_int_equal(hdrcheck(&out, NULL, NULL, "-q", NULL), 1);
	assert_null(strstr(out, "copyright holders"));
	free(out);
}

/* The progress callback: one call at a time, counts never go back. */
typedef struct {
	atomic_int inside;
	int overlap;
	size_t calls, last, total;
} progress_log;

static void on_progress(size_t done, size_t total, void *payload)
{
	progress_log *p = payload;

	if (atomic_fetch_add(&p->inside, 1) != 0)
		p->overlap = 1;
	if (done < p->last || done > total)
		p->overlap = 1;
	p->last = done;
	p->total = total;
	p->calls++;
	atomic_fetch_sub(&p->inside, 1);
}

static void test_reports_e2e__progress_callback(void **state)
{
	hdrcheck_check_options opts = HDRCHECK_CHECK_OPTIONS_INIT;
	hdrcheck_report *report = NULL;
	progress_log log;
	unsigned int jobs;

	(void)state;
	for (jobs = 1; jobs <= 4; jobs *= 2) {
		memset(&log, 0, sizeof(log));
		atomic_init(&log.inside, 0);
		opts.dir = root;
		opts.jobs = jobs;
		opts.progress = on_progress;
		opts.progress_payload = &log;
		assert_int_equal(hdrcheck_check(&report, &opts), 0);
		assert_false(log.overlap);
		assert_true(log.calls >= 1);
		assert_int_equal(log.total, 9);
		assert_true(log.last <= log.total);
		hdrcheck_report_free(report);
		report = NULL;
	}
	/* version 1 of the options has no callback: none is read */
	opts.version = 1;
	memset(&log, 0, sizeof(log));
	assert_int_equal(hdrcheck_check(&report, &opts), 0);
	assert_int_equal(log.calls, 0);
	hdrcheck_report_free(report);
}

/* The text of the element with this id in the dumped DOM ("" if none). */
static const char *element_text(const char *dom, const char *id, char *buf,
                                size_t size)
{
	char needle[128];
	const char *p;
	size_t n;

	snprintf(needle, sizeof(needle), "id=\"%s\"", id);
	buf[0] = '\0';
	if (!(p = strstr(dom, needle)) || !(p = strchr(p, '>')))
		return buf;
	p++;
	n = strcspn(p, "<");
	if (n >= size)
		n = size - 1;
	memcpy(buf, p, n);
	buf[n] = '\0';
	return buf;
}

static long element_count(const char *dom, const char *id)
{
	char buf[64];

	element_text(dom, id, buf, sizeof(buf));
	if (!buf[0])
		fail_msg("no element #%s in the rendered page", id);
	return strtol(buf, NULL, 10);
}

static void test_reports_e2e__html_chromium(void **state)
{
	static const char *const statuses[] = {
	    "ok", "missing", "mismatch", "other_license", "skipped", "error"};
	char profile[8192], url[8300], *dom;
	const char *argv[20];
	json_t *doc;
	size_t i, n = 0;
	int rc;

	(void)state;
	if (access(CHROMIUM, X_OK) != 0) {
		print_message("SKIP: " CHROMIUM " is not installed (Debian "
		              "package chromium; scripts/bootstrap.sh installs "
		              "it): the HTML report is not rendered\n");
		skip();
	}
	write_all_reports();
	doc = load_json(out_path("r.json"));
	snprintf(profile, sizeof(profile), "%s/chromium-XXXXXX", out_dir);
	assert_non_null(mkdtemp(profile));
	snprintf(url, sizeof(url), "--user-data-dir=%s", profile);
	argv[n++] = "/usr/bin/timeout";
	argv[n++] = "120";
	argv[n++] = CHROMIUM;
	argv[n++] = "--headless";
	argv[n++] = "--no-sandbox";
	argv[n++] = "--disable-gpu";
	argv[n++] = "--disable-background-networking";
	argv[n++] = "--disable-component-update";
	argv[n++] = "--disable-sync";
	argv[n++] = "--no-first-run";
	argv[n++] = strdup(url);
	argv[n++] = "--dump-dom";
	snprintf(url, sizeof(url), "file://%s", out_path("r.html"));
	argv[n++] = url;
	argv[n] = NULL;
	rc = run(argv, NULL, out_path("dom.html"), out_path("chromium.log"));
	free((char *)argv[10]);
	if (rc != 0)
		fail_msg("chromium exited with %d; see %s", rc,
		         out_path("chromium.log"));
	dom = slurp(out_path("dom.html"));

	/* the script ran under the page's Content-Security-Policy */
	assert_non_null(strstr(dom, "data-ready=\"1\""));
	/* the rendered counts are the JSON report's */
	for (i = 0; i < 6; i++) {
		char id[32];

		snprintf(id, sizeof(id), "count-%s", statuses[i]);
		assert_int_equal(element_count(dom, id),
		                 summary_count(doc, statuses[i]));
	}
	assert_int_equal(element_count(dom, "count-files"),
	                 summary_count(doc, "files"));
	assert_int_equal(element_count(dom, "violations-count"),
	                 violations(doc));
	/* counted by the script from the rows the browser built */
	assert_int_equal(element_count(dom, "violations-rendered"),
	                 violations(doc));
	assert_int_equal(count_of(dom, "<tr data-status="),
	                 (size_t)violations(doc));
	assert_int_equal(element_count(dom, "holders-count"),
	                 json_object_size(json_object_get(
	                     json_object_get(doc, "summary"), "holders")));
	assert_int_equal(element_count(dom, "skipped-count"),
	                 summary_count(doc, "skipped"));
	/* the hostile name is text: the page still holds one script */
	assert_int_equal(count_of(dom, "<script"), 1);
	assert_non_null(
	    strstr(dom, "&lt;script&gt;alert(1)&lt;/script&gt;.py"));
	free(dom);
	json_decref(doc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_reports_e2e__all_formats),
	    cmocka_unit_test(test_reports_e2e__reproducible),
	    cmocka_unit_test(test_reports_e2e__fail_on),
	    cmocka_unit_test(test_reports_e2e__report_arguments),
	    cmocka_unit_test(test_reports_e2e__text_holders),
	    cmocka_unit_test(test_reports_e2e__progress_callback),
	    cmocka_unit_test(test_reports_e2e__html_chromium),
	};

	return cmocka_run_group_tests(tests, setup_repo, teardown_repo);
}
