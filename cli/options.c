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
	    "                [--include-submodules] [--baseline FILE] "
	    "[--write-baseline FILE]\n"
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
	    "      --baseline FILE  check: the violations FILE records "
	    "(same path, status\n"
	    "                     and content) are still reported but do "
	    "not fail the run;\n"
	    "                     its entries that match nothing are listed "
	    "as stale\n"
	    "                     (default: the configuration's "
	    "\"baseline\")\n"
	    "      --write-baseline FILE  check: record the violations in "
	    "FILE (exit 0)\n"
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

enum {
	OPT_DIR,
	OPT_FORMAT,
	OPT_REPORT,
	OPT_FAIL_ON,
	OPT_OUTPUT,
	OPT_JOBS,
	OPT_COLOR,
	OPT_QUIET,
	OPT_EXCLUDE,
	OPT_CONFIG,
	OPT_NO_CONFIG,
	OPT_CHANGED_SINCE,
	OPT_REV,
	OPT_STAGED,
	OPT_INCLUDE_SUBMODULES,
	OPT_NO_CACHE,
	OPT_BASELINE,
	OPT_WRITE_BASELINE,
	OPT_DRY_RUN,
	OPT_YEAR_FROM_GIT,
	OPT_HELP,
	OPT_VERSION,
	OPT_COMPLETIONS,
	OPT_GIT_READERS,
	OPT_END
};

#define FORMATS                                                                \
	"text json sarif junit markdown csv html spdx-json spdx "              \
	"cyclonedx-json"
#define CHECK     CLI_FOR_CHECK
#define FIX       CLI_FOR_FIX
#define CHECK_FIX (CLI_FOR_CHECK | CLI_FOR_FIX)

const cli_option cli_option_table[] = {
    [OPT_DIR] = {NULL, 'C', CLI_ARG_DIR, "DIR", NULL, CLI_FOR_ALL, 0, 0,
                 "run as if started in DIR"},
    [OPT_FORMAT] = {"--format", 'f', CLI_ARG_CHOICE, "FMT", FORMATS, CHECK, 0,
                    0, "report format"},
    [OPT_REPORT] = {"--report", 0, CLI_ARG_CHOICE, "FMT[=FILE]", FORMATS, CHECK,
                    1, 0, "also write a report in FMT to FILE"},
    [OPT_FAIL_ON] = {"--fail-on", 0, CLI_ARG_OTHER, "LIST", NULL, CHECK, 0, 0,
                     "statuses that make the exit status 1"},
    [OPT_OUTPUT] = {"--output", 'o', CLI_ARG_FILE, "FILE", NULL, CHECK, 0, 0,
                    "write the report to FILE"},
    [OPT_JOBS] = {"--jobs", 'j', CLI_ARG_OTHER, "N", NULL, CHECK_FIX, 0, 0,
                  "worker threads"},
    [OPT_COLOR] = {"--color", 0, CLI_ARG_CHOICE, "WHEN", "auto always never",
                   CHECK, 0, 0, "colour the text report"},
    [OPT_QUIET] = {"--quiet", 'q', CLI_ARG_NONE, NULL, NULL, CHECK_FIX, 0, 0,
                   "print only the violations"},
    [OPT_EXCLUDE] = {"--exclude", 0, CLI_ARG_OTHER, "GLOB", NULL, CHECK_FIX, 1,
                     0, "skip matching paths"},
    [OPT_CONFIG] = {"--config", 'c', CLI_ARG_FILE, "FILE", NULL, CLI_FOR_ALL, 0,
                    0, "configuration file"},
    [OPT_NO_CONFIG] = {"--no-config", 0, CLI_ARG_NONE, NULL, NULL, CLI_FOR_ALL,
                       0, 0, "ignore configuration files"},
    [OPT_CHANGED_SINCE] = {"--changed-since", 0, CLI_ARG_OTHER, "REV", NULL,
                           CHECK_FIX, 0, 0, "only the files changed since REV"},
    [OPT_REV] = {"--rev", 0, CLI_ARG_OTHER, "REV", NULL, CHECK, 0, 0,
                 "scan the tree of a commit"},
    [OPT_STAGED] = {"--staged", 0, CLI_ARG_NONE, NULL, NULL, CHECK, 0, 0,
                    "scan the staged content"},
    [OPT_INCLUDE_SUBMODULES] = {"--include-submodules", 0, CLI_ARG_NONE, NULL,
                                NULL, CHECK, 0, 0,
                                "also scan checked-out submodules"},
    [OPT_NO_CACHE] = {"--no-cache", 0, CLI_ARG_NONE, NULL, NULL, CHECK, 0, 0,
                      "do not use the result cache"},
    [OPT_BASELINE] = {"--baseline", 0, CLI_ARG_FILE, "FILE", NULL, CHECK, 0, 0,
                      "known violations that do not fail the run"},
    [OPT_WRITE_BASELINE] = {"--write-baseline", 0, CLI_ARG_FILE, "FILE", NULL,
                            CHECK, 0, 0,
                            "record the current violations in FILE"},
    [OPT_DRY_RUN] = {"--dry-run", 0, CLI_ARG_NONE, NULL, NULL, FIX, 0, 0,
                     "change nothing, print a diff"},
    [OPT_YEAR_FROM_GIT] = {"--year-from-git", 0, CLI_ARG_NONE, NULL, NULL, FIX,
                           0, 0, "the year of the commit that added the file"},
    [OPT_HELP] = {"--help", 'h', CLI_ARG_NONE, NULL, NULL, CLI_FOR_ALL, 0, 0,
                  "show the help"},
    [OPT_VERSION] = {"--version", 'V', CLI_ARG_NONE, NULL, NULL, CLI_FOR_ALL, 0,
                     0, "show the version"},
    [OPT_COMPLETIONS] = {"--completions", 0, CLI_ARG_CHOICE, "SHELL",
                         "bash zsh fish", CLI_FOR_ALL, 0, 1,
                         "print a shell completion script"},
    [OPT_GIT_READERS] = {"--git-readers", 0, CLI_ARG_CHOICE, "WHICH",
                         "own libgit2", CHECK, 0, 1,
                         "libgit2: read git's files through libgit2 only"},
    [OPT_END] = {NULL, 0, CLI_ARG_NONE, NULL, NULL, 0, 0, 0, NULL}};

#undef CHECK
#undef FIX
#undef CHECK_FIX

/* The option ARG names, or -1; *value is the attached value ("--x=v",
 * "-jN"), or NULL. */
static int lookup(const char *arg, const char **value)
{
	int id;

	*value = NULL;
	for (id = 0; id < OPT_END; id++) {
		const cli_option *o = &cli_option_table[id];
		size_t n = o->name ? strlen(o->name) : 0;

		if (o->name && strncmp(arg, o->name, n) == 0) {
			if (arg[n] == '\0')
				return id;
			if (arg[n] == '=' && o->arg != CLI_ARG_NONE) {
				*value = arg + n + 1;
				return id;
			}
		}
		if (o->short_name && arg[0] == '-' && arg[1] == o->short_name) {
			if (arg[2] == '\0')
				return id;
			/* short options take an attached value: -j4, -Cdir */
			if (o->arg != CLI_ARG_NONE) {
				*value = arg + 2;
				return id;
			}
		}
	}
	return -1;
}

static int take_command(cli_options *out, const char *a)
{
	static const struct {
		const char *name;
		cli_command command;
	} commands[] = {{"check", CLI_COMMAND_CHECK},
	                {"languages", CLI_COMMAND_LANGUAGES},
	                {"licenses", CLI_COMMAND_LICENSES},
	                {"explain", CLI_COMMAND_EXPLAIN},
	                {"init", CLI_COMMAND_INIT},
	                {"fix", CLI_COMMAND_FIX}};
	size_t i;

	for (i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		if (strcmp(a, commands[i].name) == 0) {
			out->command = commands[i].command;
			return 1;
		}
	return 0;
}

int cli_options_parse(cli_options *out, int argc, char **argv)
{
	int i, only_paths = 0, first = 1;

	memset(out, 0, sizeof(*out));
	for (i = 1; i < argc; i++) {
		const char *a = argv[i], *v = NULL;
		int id;

		if (only_paths || a[0] != '-' || strcmp(a, "-") == 0) {
			if (first && !only_paths && take_command(out, a)) {
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
		if ((id = lookup(a, &v)) < 0)
			return fail("unknown option \"%s\" (see hdrcheck "
			            "--help)",
			            a);
		if (cli_option_table[id].arg != CLI_ARG_NONE && !v) {
			if (i + 1 >= argc)
				return fail("option %s needs a value", a);
			v = argv[++i];
		}
		switch (id) {
		case OPT_HELP:
			out->command = CLI_COMMAND_HELP;
			return 0;
		case OPT_VERSION:
			out->command = CLI_COMMAND_VERSION;
			return 0;
		case OPT_COMPLETIONS:
			out->command = CLI_COMMAND_COMPLETIONS;
			out->completions = v;
			return 0;
		case OPT_QUIET:
			out->quiet = 1;
			break;
		case OPT_NO_CONFIG:
			out->no_config = 1;
			break;
		case OPT_DRY_RUN:
			out->dry_run = 1;
			break;
		case OPT_YEAR_FROM_GIT:
			out->year_from_git = 1;
			break;
		case OPT_STAGED:
			out->staged = 1;
			break;
		case OPT_INCLUDE_SUBMODULES:
			out->include_submodules = 1;
			break;
		case OPT_NO_CACHE:
			out->no_cache = 1;
			break;
		case OPT_REV:
			if (!*v)
				return fail("%s", "--rev needs a revision");
			out->rev = v;
			break;
		case OPT_CHANGED_SINCE:
			if (!*v)
				return fail("%s",
				            "--changed-since needs a revision");
			out->changed_since = v;
			break;
		case OPT_CONFIG:
			out->config = v;
			break;
		case OPT_DIR:
			out->dir = v;
			break;
		case OPT_FORMAT:
			out->format = v;
			break;
		case OPT_OUTPUT:
			out->output = v;
			break;
		case OPT_JOBS:
			if (parse_jobs(&out->jobs, v) < 0)
				return -1;
			break;
		case OPT_EXCLUDE:
			if (push(&out->excludes, &out->excludes_count, v) < 0)
				return -1;
			if (!*v)
				return fail("%s", "--exclude needs a pattern");
			break;
		case OPT_REPORT:
			if (push(&out->reports, &out->reports_count, v) < 0)
				return -1;
			break;
		case OPT_FAIL_ON:
			out->fail_on = v;
			break;
		case OPT_BASELINE:
		case OPT_WRITE_BASELINE:
			if (!*v)
				return fail("%s needs a file",
				            cli_option_table[id].name);
			if (id == OPT_BASELINE)
				out->baseline = v;
			else
				out->write_baseline = v;
			break;
		case OPT_GIT_READERS:
			if (strcmp(v, "own") == 0)
				out->libgit2_only = 0;
			else if (strcmp(v, "libgit2") == 0)
				out->libgit2_only = 1;
			else
				return fail("invalid --git-readers \"%s\" "
				            "(expected own or libgit2)",
				            v);
			break;
		case OPT_COLOR:
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
			break;
		default:
			break;
		}
	}
	if (out->command == CLI_COMMAND_EXPLAIN && out->paths_count != 1)
		return fail("%s", "explain takes exactly one PATH");
	if (out->command != CLI_COMMAND_FIX &&
	    (out->dry_run || out->year_from_git))
		return fail("%s is an option of fix",
		            out->dry_run ? "--dry-run" : "--year-from-git");
	if (out->command != CLI_COMMAND_CHECK &&
	    (out->rev || out->staged || out->include_submodules ||
	     out->no_cache || out->baseline || out->write_baseline))
		return fail("%s is an option of check",
		            out->rev              ? "--rev"
		            : out->staged         ? "--staged"
		            : out->no_cache       ? "--no-cache"
		            : out->baseline       ? "--baseline"
		            : out->write_baseline ? "--write-baseline"
		                                  : "--include-submodules");
	if (out->rev && out->staged)
		return fail("%s", "--rev and --staged cannot be combined "
		                  "(--staged scans the index)");
	if (out->command == CLI_COMMAND_FIX &&
	    (out->format || out->output || out->reports_count || out->fail_on))
		return fail("%s", "fix writes no report (-f, -o, --report, "
		                  "--fail-on are options of check)");
	return 0;
}

/* ---- shell completions, from the table ---- */

static const char *const command_names[][2] = {
    {"check", "scan (the default)"},
    {"fix", "add missing headers, repair damaged ones"},
    {"explain", "show how one file is classified"},
    {"init", "write a starter .hdrcheck.yaml"},
    {"languages", "list the file types"},
    {"licenses", "list the SPDX License List built in"}};
#define COMMANDS_COUNT (sizeof(command_names) / sizeof(command_names[0]))

static void bash_words(FILE *out, int values)
{
	int id;
	const char *sep = "";

	for (id = 0; id < OPT_END; id++) {
		const cli_option *o = &cli_option_table[id];

		if (o->hidden || (o->arg != CLI_ARG_NONE) != values)
			continue;
		if (o->short_name) {
			fprintf(out, "%s-%c", sep, o->short_name);
			sep = values ? "|" : " ";
		}
		if (o->name) {
			fprintf(out, "%s%s", sep, o->name);
			sep = values ? "|" : " ";
		}
	}
}

static void bash_case(FILE *out, cli_arg kind, const char *action)
{
	int id;
	const char *sep = "\t";
	int any = 0;

	for (id = 0; id < OPT_END; id++) {
		const cli_option *o = &cli_option_table[id];

		if (o->hidden || o->arg != kind)
			continue;
		if (o->short_name) {
			fprintf(out, "%s-%c", sep, o->short_name);
			sep = "|";
		}
		if (o->name) {
			fprintf(out, "%s%s", sep, o->name);
			sep = "|";
		}
		any = 1;
	}
	if (any)
		fprintf(out, ")\n\t\t%s\n\t\treturn\n\t\t;;\n", action);
}

static void print_bash(FILE *out)
{
	int id;
	size_t i;

	fputs("# bash completion for hdrcheck (hdrcheck --completions bash)\n"
	      "_hdrcheck() {\n"
	      "\tlocal cur prev\n"
	      "\tcur=${COMP_WORDS[COMP_CWORD]}\n"
	      "\tprev=${COMP_WORDS[COMP_CWORD-1]}\n"
	      "\tcase $prev in\n",
	      out);
	for (id = 0; id < OPT_END; id++) {
		const cli_option *o = &cli_option_table[id];

		if (o->hidden || o->arg != CLI_ARG_CHOICE)
			continue;
		fputs("\t", out);
		if (o->short_name)
			fprintf(out, "-%c%s", o->short_name,
			        o->name ? "|" : "");
		if (o->name)
			fputs(o->name, out);
		fprintf(out,
		        ")\n\t\tCOMPREPLY=($(compgen -W '%s' -- \"$cur\"))\n"
		        "\t\treturn\n\t\t;;\n",
		        o->choices);
	}
	bash_case(out, CLI_ARG_DIR, "COMPREPLY=($(compgen -d -- \"$cur\"))");
	bash_case(out, CLI_ARG_FILE, "COMPREPLY=($(compgen -f -- \"$cur\"))");
	bash_case(out, CLI_ARG_OTHER, "COMPREPLY=()");
	fputs("\tesac\n"
	      "\tif [[ $cur == -* ]]; then\n"
	      "\t\tCOMPREPLY=($(compgen -W '",
	      out);
	bash_words(out, 0);
	fputs(" ", out);
	for (id = 0; id < OPT_END; id++) {
		const cli_option *o = &cli_option_table[id];

		if (o->hidden || o->arg == CLI_ARG_NONE)
			continue;
		if (o->short_name)
			fprintf(out, "-%c ", o->short_name);
		if (o->name)
			fprintf(out, "%s ", o->name);
	}
	fputs("' -- \"$cur\"))\n"
	      "\t\treturn\n"
	      "\tfi\n"
	      "\tCOMPREPLY=($(compgen -f -- \"$cur\"))\n"
	      "\tif [[ $COMP_CWORD -eq 1 ]]; then\n"
	      "\t\tCOMPREPLY+=($(compgen -W '",
	      out);
	for (i = 0; i < COMMANDS_COUNT; i++)
		fprintf(out, "%s%s", i ? " " : "", command_names[i][0]);
	fputs("' -- \"$cur\"))\n"
	      "\tfi\n"
	      "}\n"
	      "complete -o filenames -F _hdrcheck hdrcheck\n",
	      out);
}

static void print_zsh(FILE *out)
{
	int id;
	size_t i;

	fputs("#compdef hdrcheck\n"
	      "# zsh completion for hdrcheck (hdrcheck --completions zsh)\n"
	      "local -a cmds\n"
	      "cmds=(\n",
	      out);
	for (i = 0; i < COMMANDS_COUNT; i++)
		fprintf(out, "\t'%s:%s'\n", command_names[i][0],
		        command_names[i][1]);
	fputs(")\n"
	      "if (( CURRENT == 2 )) && [[ $words[2] != -* ]]; then\n"
	      "\t_describe -t commands command cmds\n"
	      "fi\n"
	      "_arguments -s -S \\\n",
	      out);
	for (id = 0; id < OPT_END; id++) {
		const cli_option *o = &cli_option_table[id];
		const char *action = "";
		const char *takes = o->arg != CLI_ARG_NONE ? "+" : "";
		const char *ltakes = o->arg != CLI_ARG_NONE ? "=" : "";

		if (o->hidden)
			continue;
		fputs("\t'", out);
		if (o->repeatable)
			fputs("*", out);
		else if (o->short_name && o->name)
			fprintf(out, "(-%c %s)'", o->short_name, o->name);
		if (o->short_name && o->name)
			fprintf(out, "{-%c%s,%s%s}'", o->short_name, takes,
			        o->name, ltakes);
		else if (o->short_name)
			fprintf(out, "-%c%s", o->short_name, takes);
		else
			fprintf(out, "%s%s", o->name, ltakes);
		fprintf(out, "[%s]", o->help);
		switch (o->arg) {
		case CLI_ARG_FILE:
			action = "_files";
			break;
		case CLI_ARG_DIR:
			action = "_files -/";
			break;
		default:
			break;
		}
		if (o->arg != CLI_ARG_NONE) {
			const char *c;

			/* the message may not hold _arguments' brackets */
			fputc(':', out);
			for (c = o->value; *c; c++)
				if (!strchr("[]:=", *c))
					fputc(*c, out);
		}
		if (o->arg == CLI_ARG_CHOICE)
			fprintf(out, ":(%s)", o->choices);
		else if (o->arg != CLI_ARG_NONE)
			fprintf(out, ":%s", action);
		fputs("' \\\n", out);
	}
	fputs("\t'*:path:_files'\n", out);
}

static void print_fish(FILE *out)
{
	int id;
	size_t i;

	fputs("# fish completion for hdrcheck (hdrcheck --completions fish)\n",
	      out);
	for (i = 0; i < COMMANDS_COUNT; i++)
		fprintf(out,
		        "complete -c hdrcheck -n __fish_use_subcommand -f "
		        "-a %s -d '%s'\n",
		        command_names[i][0], command_names[i][1]);
	for (id = 0; id < OPT_END; id++) {
		const cli_option *o = &cli_option_table[id];

		if (o->hidden)
			continue;
		fputs("complete -c hdrcheck", out);
		if (o->short_name)
			fprintf(out, " -s %c", o->short_name);
		if (o->name)
			fprintf(out, " -l %s", o->name + 2);
		switch (o->arg) {
		case CLI_ARG_CHOICE:
			fprintf(out, " -x -a '%s'", o->choices);
			break;
		case CLI_ARG_FILE:
			fputs(" -r -F", out);
			break;
		case CLI_ARG_DIR:
			fputs(" -x -a '(__fish_complete_directories)'", out);
			break;
		case CLI_ARG_OTHER:
			fputs(" -x", out);
			break;
		default:
			break;
		}
		fprintf(out, " -d '%s'\n", o->help);
	}
}

int cli_completions(FILE *out, const char *shell)
{
	if (strcmp(shell, "bash") == 0)
		print_bash(out);
	else if (strcmp(shell, "zsh") == 0)
		print_zsh(out);
	else if (strcmp(shell, "fish") == 0)
		print_fish(out);
	else
		return fail("invalid --completions \"%s\" (expected bash, "
		            "zsh or fish)",
		            shell);
	return 0;
}

void cli_options_dispose(cli_options *opts)
{
	free(opts->paths);
	free(opts->excludes);
	free(opts->reports);
	memset(opts, 0, sizeof(*opts));
}
