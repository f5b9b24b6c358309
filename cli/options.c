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

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/options.h"

void cli_usage(FILE *out)
{
	fputs(
	    "usage: hdrcheck [check] [-C DIR] [--format FMT] [-o FILE] "
	    "[-j N]\n"
	    "                [--report FMT[=FILE]]... [--fail-on LIST]\n"
	    "                [--color auto|always|never] [-q] "
	    "[--exclude GLOB]... [PATH...]\n"
	    "                [--rev REV | --staged] [--changed-since REV] "
	    "[--no-cache]\n"
	    "                [--include-submodules]\n"
	    "       hdrcheck fix [--dry-run] [-C DIR] [--changed-since REV] "
	    "[--year-from-git]\n"
	    "                [-q] [--exclude GLOB]... [PATH...]\n"
	    "       hdrcheck explain [-C DIR] [-c FILE] PATH\n"
	    "       hdrcheck init [-C DIR]\n"
	    "       hdrcheck languages\n"
	    "       hdrcheck licenses [--format text|json]\n"
	    "       hdrcheck --help | --version\n"
	    "\n"
	    "Check that every file of a git repository (or directory) "
	    "carries its\n"
	    "license header: Apache-2.0, unless .hdrcheck.yaml says "
	    "otherwise.\n"
	    "\n"
	    "Options:\n"
	    "  -C DIR             run as if started in DIR\n"
	    "  -f, --format FMT   report format: text (default), json, sarif, "
	    "junit,\n"
	    "                     markdown, csv, html, spdx-json, spdx (SPDX "
	    "2.3\n"
	    "                     tag-value) or cyclonedx-json (CycloneDX "
	    "1.6)\n"
	    "      --report FMT[=FILE]  also write a report in FMT to FILE "
	    "(stdout\n"
	    "                     when no FILE; repeatable; without -f/-o, "
	    "replaces\n"
	    "                     the default text report)\n"
	    "      --fail-on LIST statuses that make the exit status 1 "
	    "(default:\n"
	    "                     missing,mismatch,other_license,error; or "
	    "none)\n"
	    "  -o, --output FILE  write the report to FILE instead of "
	    "stdout\n"
	    "  -j, --jobs N       worker threads (default: online CPUs)\n"
	    "      --color WHEN   colour the text report: auto (default), "
	    "always, never\n"
	    "  -q, --quiet        text report: print only the violations\n"
	    "      --exclude GLOB skip matching paths (gitignore-style; "
	    "repeatable)\n"
	    "  -c, --config FILE  configuration file (default: "
	    ".hdrcheck.yaml, else\n"
	    "                     .licenserc.yaml, at the root)\n"
	    "      --no-config    ignore configuration files\n"
	    "      --changed-since REV  only the files changed since the "
	    "merge base\n"
	    "                     of REV and HEAD (committed, staged, "
	    "unstaged, untracked)\n"
	    "      --rev REV      check: scan the tree of a commit, tag or "
	    "branch from the\n"
	    "                     object database (no checkout; bare "
	    "repositories too)\n"
	    "      --staged       check: scan the staged content, the files "
	    "that differ\n"
	    "                     from HEAD (for a pre-commit hook)\n"
	    "      --include-submodules  check: also scan checked-out "
	    "submodules\n"
	    "      --no-cache     check: do not use the result cache in "
	    "$GIT_DIR/hdrcheck\n"
	    "      --dry-run      fix: change nothing, print a unified diff "
	    "(git apply\n"
	    "                     takes it)\n"
	    "      --year-from-git  fix: the year of a new copyright line is "
	    "that of the\n"
	    "                     commit that added the file\n"
	    "  -h, --help         show this help\n"
	    "  -V, --version      show the version\n"
	    "\n"
	    "Commands: check (the default) scans; fix adds missing headers and "
	    "repairs\n"
	    "damaged ones; explain shows how one file is classified; init "
	    "writes a\n"
	    "starter .hdrcheck.yaml; languages lists the file types; "
	    "licenses lists\n"
	    "the SPDX License List built in (ids, names, OSI approval, "
	    "deprecated ids).\n"
	    "\n"
	    "PATH arguments narrow the scan to those files or directories.\n"
	    "\n"
	    "Exit status: 0 no violations; 1 a file is missing, mismatch, "
	    "other_license\n"
	    "or error (see --fail-on); 2 usage or runtime error. fix: 0 "
	    "nothing left to\n"
	    "fix; 1 files changed (or, with --dry-run, would be) or still "
	    "violating;\n"
	    "2 error.\n"
	    "\n"
	    "Reports carry the date of SOURCE_DATE_EPOCH when it is set. A "
	    "progress\n"
	    "line goes to a terminal's stderr when a scan takes over a "
	    "second.\n",
	    out);
}

#if defined(__GNUC__)
__attribute__((format(printf, 1, 2)))
#endif
static int
fail(const char *fmt, ...);
static int fail(const char *fmt, ...)
{
	va_list ap;

	fputs("hdrcheck: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputs("\n", stderr);
	return -1;
}

static int push(const char ***arr, size_t *n, const char *s)
{
	const char **p = realloc(*arr, (*n + 1) * sizeof(*p));

	if (!p)
		return fail("%s", "out of memory");
	p[(*n)++] = s;
	*arr = p;
	return 0;
}

static int parse_jobs(unsigned int *out, const char *s)
{
	char *end = NULL;
	unsigned long v;

	errno = 0;
	v = strtoul(s, &end, 10);
	if (errno || !*s || *end || v == 0 || v > 1024 || s[0] == '-')
		return fail("invalid job count \"%s\" (expected 1-1024)", s);
	*out = (unsigned int)v;
	return 0;
}

/* "--name=value" or "--name value": *value set, *i advanced. */
static int take_value(int argc, char **argv, int *i, const char *arg,
                      const char *name, const char **value)
{
	size_t n = strlen(name);

	if (strncmp(arg, name, n) != 0)
		return 0;
	if (arg[n] == '=') {
		*value = arg + n + 1;
		return 1;
	}
	if (arg[n] != '\0') {
		/* short options take an attached value: -j4, -Cdir */
		if (n == 2 && name[1] != '-') {
			*value = arg + n;
			return 1;
		}
		return 0;
	}
	if (*i + 1 >= argc) {
		fail("option %s needs a value", name);
		return -1;
	}
	*value = argv[++*i];
	return 1;
}

int cli_options_parse(cli_options *out, int argc, char **argv)
{
	int i, rc, only_paths = 0, first = 1;

	memset(out, 0, sizeof(*out));
	for (i = 1; i < argc; i++) {
		const char *a = argv[i], *v = NULL;

		if (only_paths || a[0] != '-' || strcmp(a, "-") == 0) {
			if (first && !only_paths && strcmp(a, "check") == 0) {
				first = 0;
				continue;
			}
			if (first && !only_paths &&
			    strcmp(a, "languages") == 0) {
				out->command = CLI_COMMAND_LANGUAGES;
				first = 0;
				continue;
			}
			if (first && !only_paths &&
			    strcmp(a, "licenses") == 0) {
				out->command = CLI_COMMAND_LICENSES;
				first = 0;
				continue;
			}
			if (first && !only_paths && strcmp(a, "explain") == 0) {
				out->command = CLI_COMMAND_EXPLAIN;
				first = 0;
				continue;
			}
			if (first && !only_paths && strcmp(a, "init") == 0) {
				out->command = CLI_COMMAND_INIT;
				first = 0;
				continue;
			}
			if (first && !only_paths && strcmp(a, "fix") == 0) {
				out->command = CLI_COMMAND_FIX;
				first = 0;
				continue;
			}
			first = 0;
			if (out->command == CLI_COMMAND_LANGUAGES ||
			    out->command == CLI_COMMAND_INIT ||
			    out->command == CLI_COMMAND_LICENSES)
				return fail(
				    "%s takes no argument: %s",
				    out->command == CLI_COMMAND_INIT ? "init"
				    : out->command == CLI_COMMAND_LICENSES
				        ? "licenses"
				        : "languages",
				    a);
			if (push(&out->paths, &out->paths_count, a) < 0)
				return -1;
			continue;
		}
		first = 0;
		if (strcmp(a, "--") == 0) {
			only_paths = 1;
			continue;
		}
		if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
			out->command = CLI_COMMAND_HELP;
			return 0;
		}
		if (strcmp(a, "-V") == 0 || strcmp(a, "--version") == 0) {
			out->command = CLI_COMMAND_VERSION;
			return 0;
		}
		if (strcmp(a, "-q") == 0 || strcmp(a, "--quiet") == 0) {
			out->quiet = 1;
			continue;
		}
		if (strcmp(a, "--no-config") == 0) {
			out->no_config = 1;
			continue;
		}
		if (strcmp(a, "--dry-run") == 0) {
			out->dry_run = 1;
			continue;
		}
		if (strcmp(a, "--year-from-git") == 0) {
			out->year_from_git = 1;
			continue;
		}
		if (strcmp(a, "--staged") == 0) {
			out->staged = 1;
			continue;
		}
		if (strcmp(a, "--include-submodules") == 0) {
			out->include_submodules = 1;
			continue;
		}
		if (strcmp(a, "--no-cache") == 0) {
			out->no_cache = 1;
			continue;
		}
		if ((rc = take_value(argc, argv, &i, a, "--rev", &v)) != 0) {
			if (rc < 0)
				return -1;
			if (!*v)
				return fail("%s", "--rev needs a revision");
			out->rev = v;
			continue;
		}
		if ((rc = take_value(argc, argv, &i, a, "--changed-since",
				     &v)) != 0) {
			if (rc < 0)
				return -1;
			if (!*v)
				return fail("%s",
					    "--changed-since needs a revision");
			out->changed_since = v;
			continue;
		}
		if ((rc = take_value(argc, argv, &i, a, "--config", &v)) != 0 ||
		    (rc = take_value(argc, argv, &i, a, "-c", &v)) != 0) {
			if (rc < 0)
				return -1;
			out->config = v;
			continue;
		}
		if ((rc = take_value(argc, argv, &i, a, "-C", &v)) != 0) {
			if (rc < 0)
				return -1;
			out->dir = v;
			continue;
		}
		if ((rc = take_value(argc, argv, &i, a, "--format", &v)) != 0 ||
		    (rc = take_value(argc, argv, &i, a, "-f", &v)) != 0) {
			if (rc < 0)
				return -1;
			out->format = v;
			continue;
		}
		if ((rc = take_value(argc, argv, &i, a, "--output", &v)) != 0 ||
		    (rc = take_value(argc, argv, &i, a, "-o", &v)) != 0) {
			if (rc < 0)
				return -1;
			out->output = v;
			continue;
		}
		if ((rc = take_value(argc, argv, &i, a, "--jobs", &v)) != 0 ||
		    (rc = take_value(argc, argv, &i, a, "-j", &v)) != 0) {
			if (rc < 0 || parse_jobs(&out->jobs, v) < 0)
				return -1;
			continue;
		}
		if ((rc = take_value(argc, argv, &i, a, "--exclude", &v)) !=
		    0) {
			if (rc < 0 ||
			    push(&out->excludes, &out->excludes_count, v) < 0)
				return -1;
			if (!*v)
				return fail("%s", "--exclude needs a pattern");
			continue;
		}
		if ((rc = take_value(argc, argv, &i, a, "--report", &v)) != 0) {
			if (rc < 0 ||
			    push(&out->reports, &out->reports_count, v) < 0)
				return -1;
			continue;
		}
		if ((rc = take_value(argc, argv, &i, a, "--fail-on", &v)) !=
		    0) {
			if (rc < 0)
				return -1;
			out->fail_on = v;
			continue;
		}
		if ((rc = take_value(argc, argv, &i, a, "--color", &v)) != 0) {
			if (rc < 0)
				return -1;
			if (strcmp(v, "auto") == 0)
				out->color = CLI_COLOR_AUTO;
			else if (strcmp(v, "always") == 0)
				out->color = CLI_COLOR_ALWAYS;
			else if (strcmp(v, "never") == 0)
				out->color = CLI_COLOR_NEVER;
			else
				return fail("invalid --color \"%s\" (expected "
				            "auto, always or never)",
				            v);
			continue;
		}
		return fail("unknown option \"%s\" (see hdrcheck --help)", a);
	}
	if (out->command == CLI_COMMAND_EXPLAIN && out->paths_count != 1)
		return fail("%s", "explain takes exactly one PATH");
	if (out->command != CLI_COMMAND_FIX &&
	    (out->dry_run || out->year_from_git))
		return fail("%s is an option of fix",
			    out->dry_run ? "--dry-run" : "--year-from-git");
	if (out->command != CLI_COMMAND_CHECK &&
	    (out->rev || out->staged || out->include_submodules ||
	     out->no_cache))
		return fail("%s is an option of check",
			    out->rev	   ? "--rev"
			    : out->staged ? "--staged"
			    : out->no_cache ? "--no-cache"
					    : "--include-submodules");
	if (out->rev && out->staged)
		return fail("%s", "--rev and --staged cannot be combined "
				  "(--staged scans the index)");
	if (out->command == CLI_COMMAND_FIX &&
	    (out->format || out->output || out->reports_count ||
	     out->fail_on))
		return fail("%s", "fix writes no report (-f, -o, --report, "
				  "--fail-on are options of check)");
	return 0;
}

void cli_options_dispose(cli_options *opts)
{
	free(opts->paths);
	free(opts->excludes);
	free(opts->reports);
	memset(opts, 0, sizeof(*opts));
}
