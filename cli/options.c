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
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/options.h"

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

static const cli_command_info *command_named(const char *name)
{
	const cli_command_info *c;

	for (c = cli_command_table; c->name; c++)
		if (strcmp(c->name, name) == 0)
			return c;
	return NULL;
}

static const cli_command_info *command_info(cli_command command)
{
	const cli_command_info *c;

	for (c = cli_command_table; c->name; c++)
		if (c->command == command)
			return c;
	return cli_command_table;
}

/* The commands every row of KEY's option belongs to. */
static unsigned int key_commands(cli_key key)
{
	const cli_option *o;
	unsigned int mask = 0;

	for (o = cli_option_table; o->help; o++)
		if (o->key == key)
			mask |= o->commands;
	return mask;
}

/* "check", "check and fix", "check, fix and explain" */
static void command_list(char *buf, size_t size, unsigned int mask)
{
	const cli_command_info *c;
	size_t n = 0, i = 0, len = 0;

	for (c = cli_command_table; c->name; c++)
		n += (mask & c->bit) != 0;
	buf[0] = '\0';
	for (c = cli_command_table; c->name && len < size; c++) {
		if (!(mask & c->bit))
			continue;
		len += (size_t)snprintf(buf + len, size - len, "%s%s",
		                        i == 0       ? ""
		                        : i + 1 == n ? " and "
		                                     : ", ",
		                        c->name);
		i++;
	}
}

/* The option as the user named it, for messages: "--format", "-j". */
static void option_label(char *buf, size_t size, const cli_option *o,
                         int as_short)
{
	if (as_short || !o->name)
		snprintf(buf, size, "-%c", o->short_name);
	else
		snprintf(buf, size, "%s", o->name);
}

/*
 * getopt_long's view of the table: the long options (each name once; val
 * is 256 + the index of its first row) and the short ones. A leading "-"
 * hands over operands in order (also under POSIXLY_CORRECT: options and
 * paths may be mixed), a ":" tells a missing value from an unknown option.
 */
#define LONG_VAL    256
#define MAX_OPTIONS 64

static void getopt_view(struct option *longs, char *shorts, size_t size)
{
	const cli_option *o;
	size_t n = 0, k = 0;

	shorts[k++] = '-';
	shorts[k++] = ':';
	shorts[k] = '\0';
	for (o = cli_option_table; o->help; o++) {
		size_t i;
		int seen = 0;

		if (o->name) {
			for (i = 0; i < n; i++)
				seen |= strcmp(longs[i].name, o->name + 2) == 0;
			if (!seen && n + 1 < MAX_OPTIONS) {
				longs[n].name = o->name + 2;
				longs[n].has_arg = o->arg == CLI_ARG_NONE
				                       ? no_argument
				                       : required_argument;
				longs[n].flag = NULL;
				longs[n].val =
				    LONG_VAL + (int)(o - cli_option_table);
				n++;
			}
		}
		if (o->short_name && !strchr(shorts, o->short_name) &&
		    k + 3 < size) {
			shorts[k++] = o->short_name;
			if (o->arg != CLI_ARG_NONE)
				shorts[k++] = ':';
		}
		shorts[k] = '\0';
	}
	memset(&longs[n], 0, sizeof(longs[n]));
	shorts[k] = '\0';
}

static const cli_option *short_option(int c)
{
	const cli_option *o;

	for (o = cli_option_table; o->help; o++)
		if (o->short_name == c)
			return o;
	return NULL;
}

/* The long options ARG ("--no-c", "--no-c=x") is a prefix of, for the
 * message about an ambiguous abbreviation; 0 when it is not ambiguous. */
static int ambiguous(char *buf, size_t size, const char *arg)
{
	const cli_option *o, *first = NULL;
	size_t n = strcspn(arg, "="), len = 0;
	int count = 0;

	buf[0] = '\0';
	for (o = cli_option_table; o->help; o++) {
		if (!o->name || strncmp(o->name, arg, n) != 0 ||
		    (first && strcmp(first->name, o->name) == 0))
			continue;
		if (!first)
			first = o;
		if (len < size)
			len += (size_t)snprintf(buf + len, size - len, "%s%s",
			                        count ? ", " : "", o->name);
		count++;
	}
	return count > 1;
}

static int unknown_option(const cli_options *out, int c, const char *arg)
{
	char more[256], see[64] = "hdrcheck --help";

	if (out->command != CLI_COMMAND_CHECK &&
	    out->command != CLI_COMMAND_HELP)
		snprintf(see, sizeof(see), "hdrcheck %s --help",
		         command_info(out->command)->name);
	if (c >= LONG_VAL) {
		/* a flag given a value: "--quiet=1" */
		return fail("option %s takes no value",
		            cli_option_table[c - LONG_VAL].name);
	}
	if (c > 0)
		return fail("unknown option \"-%c\" (see %s)", c, see);
	if (arg && strncmp(arg, "--", 2) == 0 &&
	    ambiguous(more, sizeof(more), arg))
		return fail("ambiguous option \"%s\" (%s; see %s)", arg, more,
		            see);
	return fail("unknown option \"%s\" (see %s)", arg ? arg : "?", see);
}

static int take_operand(cli_options *out, const char *a)
{
	const cli_command_info *c = command_info(out->command);

	if (out->command == CLI_COMMAND_HELP) {
		const cli_command_info *about = command_named(a);

		if (out->help_for != CLI_COMMAND_HELP)
			return fail("help takes one command: %s", a);
		if (!about)
			return fail("unknown command \"%s\" (see hdrcheck "
			            "--help)",
			            a);
		out->help_for = about->command;
		return 0;
	}
	if (!c->operands)
		return fail("%s takes no argument: %s", c->name, a);
	return push(&out->paths, &out->paths_count, a);
}

/* Apply one option; 1 when the parse is over (--help, --version, ...). */
static int take_option(cli_options *out, const cli_option *o, const char *v)
{
	switch (o->key) {
	case CLI_KEY_HELP: /* cli_options_parse() */
		return 1;
	case CLI_KEY_VERSION:
		out->command = CLI_COMMAND_VERSION;
		return 1;
	case CLI_KEY_COMPLETIONS:
		out->command = CLI_COMMAND_COMPLETIONS;
		out->completions = v;
		return 1;
	case CLI_KEY_DOCS:
		out->command = CLI_COMMAND_DOCS;
		out->docs = v;
		return 1;
	case CLI_KEY_QUIET:
		out->quiet = 1;
		break;
	case CLI_KEY_NO_CONFIG:
		out->no_config = 1;
		break;
	case CLI_KEY_DRY_RUN:
		out->dry_run = 1;
		break;
	case CLI_KEY_YEAR_FROM_GIT:
		out->year_from_git = 1;
		break;
	case CLI_KEY_STAGED:
		out->staged = 1;
		break;
	case CLI_KEY_INCLUDE_SUBMODULES:
		out->include_submodules = 1;
		break;
	case CLI_KEY_NO_CACHE:
		out->no_cache = 1;
		break;
	case CLI_KEY_ARCHIVE:
		if (!*v)
			return fail("%s", "--archive needs a file");
		out->archive = v;
		break;
	case CLI_KEY_AGAINST:
		if (!*v)
			return fail("%s", "--against needs a revision");
		out->against = v;
		break;
	case CLI_KEY_REV:
		if (!*v)
			return fail("%s", "--rev needs a revision");
		out->rev = v;
		break;
	case CLI_KEY_CHANGED_SINCE:
		if (!*v)
			return fail("%s", "--changed-since needs a revision");
		out->changed_since = v;
		break;
	case CLI_KEY_CONFIG:
		out->config = v;
		break;
	case CLI_KEY_DIR:
		out->dir = v;
		break;
	case CLI_KEY_FORMAT:
		out->format = v;
		break;
	case CLI_KEY_OUTPUT:
		out->output = v;
		break;
	case CLI_KEY_JOBS:
		return parse_jobs(&out->jobs, v);
	case CLI_KEY_EXCLUDE:
		if (!*v)
			return fail("%s", "--exclude needs a pattern");
		return push(&out->excludes, &out->excludes_count, v);
	case CLI_KEY_REPORT:
		return push(&out->reports, &out->reports_count, v);
	case CLI_KEY_FAIL_ON:
		out->fail_on = v;
		break;
	case CLI_KEY_BASELINE:
	case CLI_KEY_WRITE_BASELINE:
		if (!*v)
			return fail("%s needs a file", o->name);
		if (o->key == CLI_KEY_BASELINE)
			out->baseline = v;
		else
			out->write_baseline = v;
		break;
	case CLI_KEY_GIT_READERS:
		if (strcmp(v, "own") == 0)
			out->libgit2_only = 0;
		else if (strcmp(v, "libgit2") == 0)
			out->libgit2_only = 1;
		else
			return fail("invalid --git-readers \"%s\" (expected "
			            "own or libgit2)",
			            v);
		break;
	case CLI_KEY_COLOR:
		if (strcmp(v, "auto") == 0)
			out->color = CLI_COLOR_AUTO;
		else if (strcmp(v, "always") == 0)
			out->color = CLI_COLOR_ALWAYS;
		else if (strcmp(v, "never") == 0)
			out->color = CLI_COLOR_NEVER;
		else
			return fail("invalid --color \"%s\" (expected auto, "
			            "always or never)",
			            v);
		break;
	}
	return 0;
}

/* An option the command has no use for is an error, named as typed. */
static int check_belongs(const cli_options *out, const cli_option *o,
                         int as_short)
{
	const cli_command_info *c = command_info(out->command);
	unsigned int mask = key_commands(o->key);
	char label[64], list[128];

	if (mask & c->bit)
		return 0;
	option_label(label, sizeof(label), o, as_short);
	if (out->command == CLI_COMMAND_FIX &&
	    (o->key == CLI_KEY_FORMAT || o->key == CLI_KEY_OUTPUT ||
	     o->key == CLI_KEY_REPORT || o->key == CLI_KEY_FAIL_ON))
		return fail("%s", "fix writes no report (-f, -o, --report, "
		                  "--fail-on are options of check)");
	command_list(list, sizeof(list), mask);
	return fail("%s is an option of %s", label, list);
}

int cli_options_parse(cli_options *out, int argc, char **argv)
{
	struct option longs[MAX_OPTIONS];
	char shorts[2 * MAX_OPTIONS + 3];
	const cli_command_info *named;
	int c, start = 1;

	memset(out, 0, sizeof(*out));
	out->help_for = CLI_COMMAND_HELP;
	/* the command, if any, is the first argument */
	if (argc > 1 && (named = command_named(argv[1])) != NULL) {
		out->command = named->command;
		start = 2;
	} else if (argc > 1 && strcmp(argv[1], "help") == 0) {
		out->command = CLI_COMMAND_HELP;
		start = 2;
	}
	getopt_view(longs, shorts, sizeof(shorts));
	opterr = 0;
	optind = 0; /* glibc: start afresh (a new argv) */
	/* getopt_long starts at argv[1]: hide what was taken */
	argv += start - 1;
	argc -= start - 1;
	while ((c = getopt_long(argc, argv, shorts, longs, NULL)) != -1) {
		const cli_option *o = NULL;
		int as_short = 0, rc;

		if (c == 1) {
			if (take_operand(out, optarg) < 0)
				return -1;
			continue;
		}
		if (c == '?')
			return unknown_option(out, optopt,
			                      optopt ? NULL : argv[optind - 1]);
		if (c == ':') {
			o = optopt >= LONG_VAL
			        ? &cli_option_table[optopt - LONG_VAL]
			        : short_option(optopt);
			if (!o)
				return fail("%s", "an option needs a value");
			if (optopt >= LONG_VAL)
				return fail("option %s needs a value", o->name);
			return fail("option -%c needs a value", optopt);
		}
		if (c >= LONG_VAL) {
			o = &cli_option_table[c - LONG_VAL];
		} else {
			o = short_option(c);
			as_short = 1;
		}
		if (!o)
			return unknown_option(out, c, NULL);
		if (o->key == CLI_KEY_HELP) {
			if (out->command != CLI_COMMAND_HELP)
				out->help_for =
				    start > 1 ? out->command : CLI_COMMAND_HELP;
			out->command = CLI_COMMAND_HELP;
			return 0;
		}
		if (out->command == CLI_COMMAND_HELP)
			return fail("%s", "help takes a command, no option "
			                  "(see hdrcheck --help)");
		if (out->command != CLI_COMMAND_HELP && !o->hidden &&
		    check_belongs(out, o, as_short) < 0)
			return -1;
		if ((rc = take_option(out, o, optarg)) < 0)
			return -1;
		if (rc > 0)
			return 0;
	}
	/* after "--": operands only */
	for (; optind < argc; optind++)
		if (take_operand(out, argv[optind]) < 0)
			return -1;
	if (out->command == CLI_COMMAND_EXPLAIN && out->paths_count != 1)
		return fail("%s", "explain takes exactly one PATH");
	if (out->rev && out->staged)
		return fail("%s", "--rev and --staged cannot be combined "
		                  "(--staged scans the index)");
	if (out->against && !out->archive)
		return fail("%s", "--against needs --archive");
	if (out->archive && (out->rev || out->staged || out->changed_since ||
	                     out->include_submodules))
		return fail("%s", "--archive cannot be combined with --rev, "
		                  "--staged, --changed-since or "
		                  "--include-submodules");
	return 0;
}

/* ---- shell completions, from the table ---- */

/* 1 when an earlier row has O's name (an option narrowed for one
 * command): completion offers each name once. */
static int repeated(const cli_option *o)
{
	const cli_option *p;

	for (p = cli_option_table; p < o; p++)
		if (o->name && p->name && strcmp(p->name, o->name) == 0)
			return 1;
	return 0;
}

static void bash_words(FILE *out, int values)
{
	const cli_option *o;
	const char *sep = "";

	for (o = cli_option_table; o->help; o++) {
		if (o->hidden || repeated(o) ||
		    (o->arg != CLI_ARG_NONE) != values)
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
	const cli_option *o;
	const char *sep = "\t";
	int any = 0;

	for (o = cli_option_table; o->help; o++) {
		if (o->hidden || repeated(o) || o->arg != kind)
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
	const cli_option *o;
	const cli_command_info *c;

	fputs("# bash completion for hdrcheck (hdrcheck --completions bash)\n"
	      "_hdrcheck() {\n"
	      "\tlocal cur prev\n"
	      "\tcur=${COMP_WORDS[COMP_CWORD]}\n"
	      "\tprev=${COMP_WORDS[COMP_CWORD-1]}\n"
	      "\tcase $prev in\n",
	      out);
	for (o = cli_option_table; o->help; o++) {
		if (o->hidden || repeated(o) || o->arg != CLI_ARG_CHOICE)
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
	for (o = cli_option_table; o->help; o++) {
		if (o->hidden || repeated(o) || o->arg == CLI_ARG_NONE)
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
	for (c = cli_command_table; c->name; c++)
		fprintf(out, "%s%s", c == cli_command_table ? "" : " ",
		        c->name);
	fputs("' -- \"$cur\"))\n"
	      "\tfi\n"
	      "}\n"
	      "complete -o filenames -F _hdrcheck hdrcheck\n",
	      out);
}

static void print_zsh(FILE *out)
{
	const cli_option *o;
	const cli_command_info *c;

	fputs("#compdef hdrcheck\n"
	      "# zsh completion for hdrcheck (hdrcheck --completions zsh)\n"
	      "local -a cmds\n"
	      "cmds=(\n",
	      out);
	for (c = cli_command_table; c->name; c++)
		fprintf(out, "\t'%s:%s'\n", c->name, c->help);
	fputs(")\n"
	      "if (( CURRENT == 2 )) && [[ $words[2] != -* ]]; then\n"
	      "\t_describe -t commands command cmds\n"
	      "fi\n"
	      "_arguments -s -S \\\n",
	      out);
	for (o = cli_option_table; o->help; o++) {
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
			const char *v;

			/* the message may not hold _arguments' brackets */
			fputc(':', out);
			for (v = o->value; *v; v++)
				if (!strchr("[]:=", *v))
					fputc(*v, out);
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
	const cli_option *o;
	const cli_command_info *c;

	fputs("# fish completion for hdrcheck (hdrcheck --completions fish)\n",
	      out);
	for (c = cli_command_table; c->name; c++)
		fprintf(out,
		        "complete -c hdrcheck -n __fish_use_subcommand -f "
		        "-a %s -d '%s'\n",
		        c->name, c->help);
	for (o = cli_option_table; o->help; o++) {
		if (o->hidden || repeated(o))
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
