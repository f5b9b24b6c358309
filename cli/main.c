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
 * The hdrcheck command: argv -> options -> library -> exit code. Nothing
 * else lives here; every decision about files is the library's.
 */

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "hdrcheck/hdrcheck.h"
#include "cli/options.h"

enum { EXIT_OK = 0, EXIT_VIOLATIONS = 1, EXIT_TROUBLE = 2 };

static int die(const char *what, int code)
{
	const char *detail = hdrcheck_error_last();

	fprintf(stderr, "hdrcheck: %s\n",
	        detail && *detail ? detail
	        : what            ? what
	                          : hdrcheck_error_name(code));
	return EXIT_TROUBLE;
}

static void put_list(FILE *out, const char *prefix, const char *const *items,
                     const char *suffix, int *first)
{
	for (; items && *items; items++) {
		fprintf(out, "%s%s%s%s", *first ? "" : " ", prefix, *items,
		        suffix);
		*first = 0;
	}
}

/* A catalogue string as a JSON string (the data is ASCII, but escape
 * whatever needs it). */
static void put_json_string(const char *s)
{
	putchar('"');
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '"' || c == '\\')
			printf("\\%c", c);
		else if (c < 0x20)
			printf("\\u%04x", c);
		else
			putchar(c);
	}
	putchar('"');
}

/* hdrcheck licenses: the catalogue, as a table or as JSON. */
static int print_licenses(const cli_options *o)
{
	size_t i, n = hdrcheck_licenses_count(), licenses = 0;
	hdrcheck_license_info l;
	int json = 0;

	if (o->format && strcmp(o->format, "json") == 0)
		json = 1;
	else if (o->format && strcmp(o->format, "text") != 0) {
		fprintf(stderr,
		        "hdrcheck: licenses: --format must be text or json\n");
		return EXIT_TROUBLE;
	}
	for (i = 0; i < n; i++)
		if (hdrcheck_licenses_get(&l, i) == 0 && !l.exception)
			licenses++;
	if (json) {
		printf("{\n  \"license_list_version\": ");
		put_json_string(hdrcheck_license_list_version());
		printf(",\n  \"licenses\": [");
	} else {
		printf("SPDX License List %s: %zu licenses, %zu exceptions\n",
		       hdrcheck_license_list_version(), licenses, n - licenses);
		printf("%-40s %-9s %s\n", "ID", "FLAGS", "NAME");
	}
	for (i = 0; i < n; i++) {
		if (hdrcheck_licenses_get(&l, i) < 0)
			return EXIT_TROUBLE;
		if (json) {
			printf("%s\n    {\"id\": ", i ? "," : "");
			put_json_string(l.id);
			printf(", \"name\": ");
			if (l.name)
				put_json_string(l.name);
			else
				printf("null");
			printf(", \"exception\": %s, \"osi_approved\": %s, "
			       "\"deprecated\": %s, \"replacement\": ",
			       l.exception ? "true" : "false",
			       l.osi ? "true" : "false",
			       l.deprecated ? "true" : "false");
			if (l.replacement)
				put_json_string(l.replacement);
			else
				printf("null");
			printf(", \"text\": %s, \"standard_header\": %s}",
			       l.has_text ? "true" : "false",
			       l.has_header ? "true" : "false");
			continue;
		}
		/* "hdr": its standard header is recognised too */
		printf("%-40s %s%s%s", l.id,
		       l.exception             ? "exception"
		       : l.osi && l.has_header ? "osi,hdr  "
		       : l.osi                 ? "osi      "
		       : l.has_header          ? "hdr      "
		                               : "-        ",
		       l.name ? " " : "", l.name ? l.name : "");
		if (l.deprecated)
			printf("%s(deprecated%s%s)", l.name ? " " : "",
			       l.replacement ? "; use " : "",
			       l.replacement ? l.replacement : "");
		putchar('\n');
	}
	if (json)
		printf("\n  ]\n}\n");
	return EXIT_OK;
}

static int print_languages(void)
{
	size_t i, n = hdrcheck_languages_count();

	printf("%-22s %-44s %s\n", "TYPE", "MATCHES", "COMMENTS");
	for (i = 0; i < n; i++) {
		const hdrcheck_language *l = hdrcheck_languages_get(i);
		const hdrcheck_block_comment *b;
		char matches[4096];
		FILE *m = fmemopen(matches, sizeof(matches), "w");
		int first = 1;

		if (!m)
			return EXIT_TROUBLE;
		put_list(m, "", l->filenames, "", &first);
		put_list(m, "*.", l->extensions, "", &first);
		put_list(m, "#!", l->interpreters, "", &first);
		fputc('\0', m);
		fclose(m);
		matches[sizeof(matches) - 1] = '\0';
		printf("%-22s %-44s ", l->name, matches);
		if (l->no_comments) {
			printf("(none)\n");
			continue;
		}
		first = 1;
		put_list(stdout, "", l->line_comments, "", &first);
		for (b = l->block_comments; b && b->open; b++) {
			printf("%s%s %s", first ? "" : " ", b->open, b->close);
			first = 0;
		}
		printf("\n");
	}
	return fflush(stdout) == 0 ? EXIT_OK : EXIT_TROUBLE;
}

static int want_color(cli_color color, FILE *out)
{
	const char *term = getenv("TERM");

	if (color == CLI_COLOR_ALWAYS)
		return 1;
	/* no-color.org: only a non-empty NO_COLOR counts */
	if (color == CLI_COLOR_NEVER ||
	    (getenv("NO_COLOR") && *getenv("NO_COLOR")))
		return 0;
	return isatty(fileno(out)) && !(term && strcmp(term, "dumb") == 0);
}

static void print_warning(const char *message, void *payload)
{
	(void)payload;
	fprintf(stderr, "hdrcheck: warning: %s\n", message);
}

static int run_explain(const cli_options *o)
{
	hdrcheck_check_options copts = HDRCHECK_CHECK_OPTIONS_INIT;
	char *text = NULL;
	int error;

	copts.dir = o->dir;
	copts.config = o->config;
	copts.no_config = o->no_config;
	copts.excludes = o->excludes;
	copts.excludes_count = o->excludes_count;
	copts.warn = print_warning;
	if (o->format && strcmp(o->format, "json") != 0 &&
	    strcmp(o->format, "text") != 0) {
		fprintf(stderr,
		        "hdrcheck: explain: --format must be text or json\n");
		return EXIT_TROUBLE;
	}
	if ((error = o->format && strcmp(o->format, "json") == 0
	                 ? hdrcheck_explain_json(&text, &copts, o->paths[0])
	                 : hdrcheck_explain(&text, &copts, o->paths[0])) < 0)
		return die(NULL, error);
	fputs(text, stdout);
	hdrcheck_free(text);
	return EXIT_OK;
}

static int run_init(const cli_options *o)
{
	char *written = NULL;
	const char *license = NULL;
	int error;

	if ((error = hdrcheck_init(&written, &license, o->dir)) < 0)
		return die(NULL, error);
	printf("hdrcheck: wrote %s (license: %s)\n", written,
	       license ? license : "Apache-2.0, assumed");
	hdrcheck_free(written);
	return EXIT_OK;
}

/* One report to write: a format, to a file or (path NULL) to stdout. */
typedef struct {
	hdrcheck_format format;
	const char *path;
} cli_report;

/*
 * The reports of this run: -f/-o (or the default text report on stdout,
 * unless --report is given), then each --report FORMAT[=FILE]. At most one
 * may go to stdout.
 */
static int plan_reports(cli_report *out, size_t *count, const cli_options *o)
{
	size_t i, n = 0, to_stdout = 0;
	char name[32];

	if (o->format || o->output || !o->reports_count) {
		out[n].format = HDRCHECK_FORMAT_TEXT;
		if (o->format &&
		    hdrcheck_format_parse(&out[n].format, o->format) < 0)
			return die(NULL, HDRCHECK_EINVAL);
		out[n++].path = o->output;
	}
	for (i = 0; i < o->reports_count; i++, n++) {
		const char *spec = o->reports[i], *eq = strchr(spec, '=');
		size_t len = eq ? (size_t)(eq - spec) : strlen(spec);

		if (len >= sizeof(name) || (eq && !eq[1])) {
			fprintf(stderr,
			        "hdrcheck: invalid --report \"%s\" "
			        "(expected FORMAT or FORMAT=FILE)\n",
			        spec);
			return EXIT_TROUBLE;
		}
		memcpy(name, spec, len);
		name[len] = '\0';
		if (hdrcheck_format_parse(&out[n].format, name) < 0)
			return die(NULL, HDRCHECK_EINVAL);
		out[n].path = eq ? eq + 1 : NULL;
	}
	for (i = 0; i < n; i++)
		to_stdout += !out[i].path || !strcmp(out[i].path, "-");
	if (to_stdout > 1) {
		fputs("hdrcheck: only one report can go to standard output "
		      "(name a FILE: --report FORMAT=FILE)\n",
		      stderr);
		return EXIT_TROUBLE;
	}
	*count = n;
	return EXIT_OK;
}

/* SOURCE_DATE_EPOCH (reproducible builds): the reports' date. */
static int report_date(long long *out)
{
	const char *s = getenv("SOURCE_DATE_EPOCH");
	char *end = NULL;
	long long v;

	*out = 0;
	if (!s || !*s)
		return EXIT_OK;
	errno = 0;
	v = strtoll(s, &end, 10);
	if (errno || *end || v <= 0) {
		fprintf(stderr,
		        "hdrcheck: invalid SOURCE_DATE_EPOCH \"%s\" (expected "
		        "seconds since 1970)\n",
		        s);
		return EXIT_TROUBLE;
	}
	*out = v;
	return EXIT_OK;
}

/* "Configuration: FILE. Command-line exclusions: a, b." for HTML. */
static char *policy_detail(const cli_options *o)
{
	char *text = NULL;
	size_t size = 0, i;
	FILE *m = open_memstream(&text, &size);

	if (!m)
		return NULL;
	if (o->config)
		fprintf(m, "Configuration: %s.", o->config);
	else if (o->no_config)
		fputs("Configuration files ignored (--no-config).", m);
	for (i = 0; i < o->excludes_count; i++)
		fprintf(m, "%s%s",
		        i          ? ", "
		        : ftell(m) ? " Command-line exclusions: "
		                   : "Command-line exclusions: ",
		        o->excludes[i]);
	if (o->excludes_count)
		fputc('.', m);
	if (fclose(m) != 0 || !size) {
		free(text);
		return NULL;
	}
	return text;
}

/* The progress line: on a terminal's stderr, once a scan passed 1 s. */
typedef struct {
	struct timespec start;
	int shown; /* written by a worker; read after hdrcheck_check() */
} cli_progress;

static void on_progress(size_t done, size_t total, void *payload)
{
	cli_progress *p = payload;
	struct timespec now;
	double elapsed;

	clock_gettime(CLOCK_MONOTONIC, &now);
	elapsed = (double)(now.tv_sec - p->start.tv_sec) +
	          (double)(now.tv_nsec - p->start.tv_nsec) / 1e9;
	if (elapsed < 1.0 || !total)
		return;
	fprintf(stderr, "\rhdrcheck: checked %zu of %zu files (%zu%%)", done,
	        total, done * 100 / total);
	p->shown = 1;
}

static int want_progress(const cli_options *o)
{
	const char *term = getenv("TERM");

	return !o->quiet && isatty(STDERR_FILENO) &&
	       !(term && strcmp(term, "dumb") == 0);
}

/* Like PATH arguments, a relative file is relative to -C DIR ("run as if
 * started in DIR", as git -C). *out NULL: use path as it is. */
static int under_dir(char **out, const cli_options *o, const char *path)
{
	size_t n;

	*out = NULL;
	if (!o->dir || path[0] == '/')
		return EXIT_OK;
	n = strlen(o->dir) + strlen(path) + 2;
	if (!(*out = malloc(n))) {
		fputs("hdrcheck: out of memory\n", stderr);
		return EXIT_TROUBLE;
	}
	snprintf(*out, n, "%s/%s", o->dir, path);
	return EXIT_OK;
}

/* --write-baseline FILE: written whole to a temporary file beside it,
 * then renamed over it, so that a failed run leaves the old one. */
static int write_baseline(const cli_options *o, const hdrcheck_report *report,
                          unsigned int fail_on)
{
	char *path = NULL;
	int rc = EXIT_TROUBLE;

	if (under_dir(&path, o, o->write_baseline) != EXIT_OK)
		return EXIT_TROUBLE;
	if (hdrcheck_baseline_save(path ? path : o->write_baseline, report,
	                           fail_on) < 0) {
		fprintf(stderr, "hdrcheck: %s: %s\n", o->write_baseline,
		        hdrcheck_error_last());
		goto done;
	}
	rc = EXIT_OK;
done:
	free(path);
	return rc;
}

/* A report to a file goes through hdrcheck_output: a regular file is
 * replaced atomically (a failed run leaves the last good report), a
 * device or FIFO written in place. */
static int write_report(const cli_report *rep, const hdrcheck_report *report,
                        const cli_options *o, hdrcheck_write_options *wopts)
{
	int use_stdout = !rep->path || !strcmp(rep->path, "-");
	hdrcheck_output *output = NULL;
	char *path = NULL;
	FILE *out = stdout;
	int error = 0, rc = EXIT_OK;

	if (use_stdout) {
		wopts->color = want_color(o->color, out);
		if ((error = hdrcheck_report_write(out, report, rep->format,
		                                   wopts)) < 0)
			rc = die(NULL, error);
		return rc;
	}
	if (under_dir(&path, o, rep->path) != EXIT_OK)
		return EXIT_TROUBLE;
	if ((error = hdrcheck_output_open(&output, path ? path : rep->path)) <
	    0)
		goto done;
	out = hdrcheck_output_stream(output);
	wopts->color = want_color(o->color, out);
	if ((error = hdrcheck_report_write(out, report, rep->format, wopts)) <
	    0)
		goto done;
	error = hdrcheck_output_commit(output);
	output = NULL;
done:
	if (error < 0) {
		fprintf(stderr, "hdrcheck: %s: %s\n", rep->path,
		        hdrcheck_error_last() && *hdrcheck_error_last()
		            ? hdrcheck_error_last()
		            : hdrcheck_error_name(error));
		rc = EXIT_TROUBLE;
	}
	hdrcheck_output_free(output);
	free(path);
	return rc;
}

static int run_check(const cli_options *o)
{
	hdrcheck_check_options copts = HDRCHECK_CHECK_OPTIONS_INIT;
	hdrcheck_write_options wopts = HDRCHECK_WRITE_OPTIONS_INIT;
	hdrcheck_report *report = NULL;
	cli_report *reports = NULL;
	cli_progress progress = {{0, 0}, 0};
	char *detail = NULL, *baseline = NULL, *baseline_target = NULL;
	unsigned int fail_on = 0;
	size_t i, count = 0;
	int error, rc = EXIT_TROUBLE;

	if (!(reports = calloc(o->reports_count + 1, sizeof(*reports)))) {
		fputs("hdrcheck: out of memory\n", stderr);
		goto done;
	}
	if (plan_reports(reports, &count, o) != EXIT_OK ||
	    report_date(&wopts.date) != EXIT_OK)
		goto done;
	if (o->fail_on && hdrcheck_fail_on_parse(&fail_on, o->fail_on) < 0) {
		rc = die(NULL, HDRCHECK_EINVAL);
		goto done;
	}
	copts.dir = o->dir;
	copts.paths = o->paths;
	copts.paths_count = o->paths_count;
	copts.jobs = o->jobs;
	copts.excludes = o->excludes;
	copts.excludes_count = o->excludes_count;
	copts.config = o->config;
	copts.no_config = o->no_config;
	copts.warn = print_warning;
	copts.changed_since = o->changed_since;
	copts.rev = o->rev;
	copts.archive = o->archive;
	copts.against = o->against;
	copts.staged = o->staged;
	copts.include_submodules = o->include_submodules;
	copts.no_cache = o->no_cache;
	copts.libgit2_only = o->libgit2_only;
	if (o->baseline && under_dir(&baseline, o, o->baseline) != EXIT_OK)
		goto done;
	copts.baseline = baseline ? baseline : o->baseline;
	copts.blob_ids = o->write_baseline != NULL;
	if (o->write_baseline &&
	    under_dir(&baseline_target, o, o->write_baseline) != EXIT_OK)
		goto done;
	copts.baseline_target =
	    baseline_target ? baseline_target : o->write_baseline;
	for (i = 0; i < count; i++)
		if (hdrcheck_format_needs_digests(reports[i].format))
			copts.digests = 1;
	if (want_progress(o)) {
		clock_gettime(CLOCK_MONOTONIC, &progress.start);
		copts.progress = on_progress;
		copts.progress_payload = &progress;
	}
	error = hdrcheck_check(&report, &copts);
	if (progress.shown)
		fputs("\r\033[K", stderr);
	if (error < 0) {
		rc = die(NULL, error);
		goto done;
	}

	detail = policy_detail(o);
	wopts.quiet = o->quiet;
	wopts.fail_on = fail_on;
	wopts.policy_detail = detail;
	for (i = 0; i < count; i++)
		if (write_report(&reports[i], report, o, &wopts) != EXIT_OK)
			goto done;
	rc = hdrcheck_report_fails(report, fail_on) ? EXIT_VIOLATIONS : EXIT_OK;
	/* a baseline just written accepts every violation of the run */
	if (o->write_baseline)
		rc = write_baseline(o, report, fail_on);
done:
	free(baseline);
	free(baseline_target);
	free(detail);
	free(reports);
	hdrcheck_report_free(report);
	return rc;
}

/* One line per file fix changed or left violating, then the summary. */
static void print_fix(FILE *out, const hdrcheck_fix_result *res, int dry_run,
                      int quiet)
{
	size_t i, n = hdrcheck_fix_result_count(res);
	size_t fixed = hdrcheck_fix_result_fixed(res);
	size_t left = hdrcheck_fix_result_not_fixable(res);

	for (i = 0; i < n; i++) {
		const hdrcheck_fix_entry *e = hdrcheck_fix_result_get(res, i);

		if (e->action == HDRCHECK_FIX_NOT_FIXABLE &&
		    e->status == HDRCHECK_STATUS_SKIPPED)
			fprintf(out, "%s: left alone (skipped): %s\n", e->path,
			        e->reason);
		else if (e->action == HDRCHECK_FIX_NOT_FIXABLE)
			fprintf(out, "%s: not fixable (%s): %s\n", e->path,
			        hdrcheck_status_name(e->status), e->reason);
		else if (!quiet)
			fprintf(out, "%s: %s\n", e->path,
			        e->action == HDRCHECK_FIX_INSERTED
			            ? (dry_run ? "would insert the header"
			                       : "inserted the header")
			            : (dry_run
			                   ? "would replace the damaged header"
			                   : "replaced the damaged header"));
	}
	if (!fixed && !left)
		fprintf(out, "hdrcheck: nothing to fix\n");
	else
		fprintf(out, "hdrcheck: %s %zu file%s, %zu not fixable\n",
		        dry_run ? "would fix" : "fixed", fixed,
		        fixed == 1 ? "" : "s", left);
}

static int run_fix(const cli_options *o)
{
	hdrcheck_check_options copts = HDRCHECK_CHECK_OPTIONS_INIT;
	hdrcheck_fix_options fopts = HDRCHECK_FIX_OPTIONS_INIT;
	hdrcheck_fix_result *res = NULL;
	cli_progress progress = {{0, 0}, 0};
	long long date = 0;
	size_t len = 0;
	const char *diff;
	int error, rc;

	if (report_date(&date) != EXIT_OK)
		return EXIT_TROUBLE;
	copts.dir = o->dir;
	copts.paths = o->paths;
	copts.paths_count = o->paths_count;
	copts.jobs = o->jobs;
	copts.excludes = o->excludes;
	copts.excludes_count = o->excludes_count;
	copts.config = o->config;
	copts.no_config = o->no_config;
	copts.warn = print_warning;
	copts.changed_since = o->changed_since;
	if (want_progress(o)) {
		clock_gettime(CLOCK_MONOTONIC, &progress.start);
		copts.progress = on_progress;
		copts.progress_payload = &progress;
	}
	fopts.check = &copts;
	fopts.dry_run = o->dry_run;
	fopts.year_from_git = o->year_from_git;
	if (date) {
		/* reproducible runs: new copyright lines carry the year of
		 * SOURCE_DATE_EPOCH, as reports carry its date */
		time_t t = (time_t)date;
		struct tm tm;

		if (gmtime_r(&t, &tm))
			fopts.year = tm.tm_year + 1900;
	}
	error = hdrcheck_fix(&res, &fopts);
	if (progress.shown)
		fputs("\r\033[K", stderr);
	if (error < 0)
		return die(NULL, error);
	/* a dry run's standard output is the diff alone, for git apply */
	diff = hdrcheck_fix_result_diff(res, &len);
	if (o->dry_run && len)
		fwrite(diff, 1, len, stdout);
	print_fix(o->dry_run ? stderr : stdout, res, o->dry_run, o->quiet);
	rc = hdrcheck_fix_result_fixed(res) ||
	             hdrcheck_fix_result_not_fixable(res)
	         ? EXIT_VIOLATIONS
	         : EXIT_OK;
	hdrcheck_fix_result_free(res);
	return rc;
}

int main(int argc, char **argv)
{
	cli_options o;
	int rc;

	if (cli_options_parse(&o, argc, argv) < 0) {
		cli_options_dispose(&o);
		return EXIT_TROUBLE;
	}
	switch (o.command) {
	case CLI_COMMAND_HELP:
		cli_usage(stdout, o.help_for);
		rc = EXIT_OK;
		break;
	case CLI_COMMAND_DOCS:
		rc = cli_docs(stdout, o.docs) < 0 ? EXIT_TROUBLE : EXIT_OK;
		break;
	case CLI_COMMAND_COMPLETIONS:
		rc = cli_completions(stdout, o.completions) < 0 ? EXIT_TROUBLE
		                                                : EXIT_OK;
		break;
	case CLI_COMMAND_VERSION:
		printf("hdrcheck %s\nSPDX License List %s\n",
		       hdrcheck_version(), hdrcheck_license_list_version());
		rc = EXIT_OK;
		break;
	case CLI_COMMAND_LANGUAGES:
		rc = print_languages();
		break;
	case CLI_COMMAND_LICENSES:
		rc = print_licenses(&o);
		break;
	case CLI_COMMAND_EXPLAIN:
		rc = run_explain(&o);
		break;
	case CLI_COMMAND_INIT:
		rc = run_init(&o);
		break;
	case CLI_COMMAND_FIX:
		rc = run_fix(&o);
		break;
	default:
		rc = run_check(&o);
		break;
	}
	cli_options_dispose(&o);
	if (fflush(stdout) != 0 && rc != EXIT_TROUBLE) {
		fputs("hdrcheck: cannot write to standard output\n", stderr);
		rc = EXIT_TROUBLE;
	}
	return rc;
}
