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
#include <unistd.h>
#include "hdrcheck/hdrcheck.h"
#include "cli/options.h"

enum { EXIT_OK = 0, EXIT_VIOLATIONS = 1, EXIT_TROUBLE = 2 };

static int die(const char *what, int code)
{
	const char *detail = hdrcheck_error_last();

	fprintf(stderr, "hdrcheck: %s\n",
		detail && *detail ? detail : what ? what
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
	if (color == CLI_COLOR_NEVER || getenv("NO_COLOR"))
		return 0;
	return isatty(fileno(out)) && !(term && strcmp(term, "dumb") == 0);
}

static int run_check(const cli_options *o)
{
	hdrcheck_check_options copts = HDRCHECK_CHECK_OPTIONS_INIT;
	hdrcheck_write_options wopts = HDRCHECK_WRITE_OPTIONS_INIT;
	hdrcheck_format format = HDRCHECK_FORMAT_TEXT;
	hdrcheck_report *report = NULL;
	FILE *out = stdout;
	int error, rc = EXIT_TROUBLE;

	if (o->format && hdrcheck_format_parse(&format, o->format) < 0)
		return die(NULL, HDRCHECK_EINVAL);
	copts.dir = o->dir;
	copts.paths = o->paths;
	copts.paths_count = o->paths_count;
	copts.jobs = o->jobs;
	copts.excludes = o->excludes;
	copts.excludes_count = o->excludes_count;
	if ((error = hdrcheck_check(&report, &copts)) < 0)
		return die(NULL, error);

	if (o->output && !(out = fopen(o->output, "w"))) {
		fprintf(stderr, "hdrcheck: %s: cannot write: %s\n", o->output,
			strerror(errno));
		goto done;
	}
	wopts.color = want_color(o->color, out);
	wopts.quiet = o->quiet;
	if ((error = hdrcheck_report_write(out, report, format, &wopts)) < 0) {
		rc = die(NULL, error);
		goto done;
	}
	rc = hdrcheck_report_has_violations(report) ? EXIT_VIOLATIONS : EXIT_OK;
done:
	if (out && out != stdout && fclose(out) != 0 && rc != EXIT_TROUBLE) {
		fprintf(stderr, "hdrcheck: %s: cannot write: %s\n", o->output,
			strerror(errno));
		rc = EXIT_TROUBLE;
	}
	hdrcheck_report_free(report);
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
		cli_usage(stdout);
		rc = EXIT_OK;
		break;
	case CLI_COMMAND_VERSION:
		printf("hdrcheck %s\n", hdrcheck_version());
		rc = EXIT_OK;
		break;
	case CLI_COMMAND_LANGUAGES:
		rc = print_languages();
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
