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
 * Everything that documents the options, made from the tables of
 * table.c: --help (the overview and one per command), and through the
 * hidden --docs the man page's SYNOPSIS and OPTIONS and the README's usage
 * block, which scripts/gen-cli-docs.sh splices into docs/hdrcheck.1 and
 * README.md (a test fails when they differ).
 */

#include <ctype.h>
#include <assert.h>
#include <stdio.h>
#include <string.h>
#include "cli/options.h"

#define WIDTH      79 /* the last column of --help and the README */
#define HELP_COL   23 /* where an option's description starts */
#define TOKEN_SIZE 128

static int is_command_option(const cli_option *o)
{
	return !o->hidden && o->key != CLI_KEY_HELP &&
	       o->key != CLI_KEY_VERSION;
}

/* 1 when an earlier row has O's name: documented once, under the first. */
static int repeated(const cli_option *o)
{
	const cli_option *p;

	for (p = cli_option_table; p < o; p++)
		if (o->name && p->name && strcmp(p->name, o->name) == 0)
			return 1;
	return 0;
}

static unsigned int name_commands(const cli_option *o)
{
	const cli_option *p;
	unsigned int mask = o->commands;

	for (p = cli_option_table; p->help; p++)
		if (o->name && p->name && strcmp(p->name, o->name) == 0)
			mask |= p->commands;
	return mask;
}

static size_t count_words(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		n += *s == ' ';
	return n + 1;
}

/* The value as a synopsis shows it: the choices when they are few. */
static const char *value_text(char *buf, size_t size, const cli_option *o)
{
	size_t i;

	if (o->arg == CLI_ARG_CHOICE && count_words(o->choices) <= 3) {
		snprintf(buf, size, "%s", o->choices);
		for (i = 0; buf[i]; i++)
			if (buf[i] == ' ')
				buf[i] = '|';
		return buf;
	}
	return o->value;
}

/* One synopsis token of plain text: "[-C DIR]", "[--exclude GLOB]..." */
static void token_text(char *buf, size_t size, const cli_option *o)
{
	char value[TOKEN_SIZE / 2];
	const char *more = o->repeatable ? "..." : "";
	int n;

	if (o->arg == CLI_ARG_NONE && o->short_name)
		n = snprintf(buf, size, "[-%c]%s", o->short_name, more);
	else if (o->arg == CLI_ARG_NONE)
		n = snprintf(buf, size, "[%s]%s", o->name, more);
	else if (o->short_name)
		n = snprintf(buf, size, "[-%c %s]%s", o->short_name,
		             value_text(value, sizeof(value), o), more);
	else
		n = snprintf(buf, size, "[%s %s]%s", o->name,
		             value_text(value, sizeof(value), o), more);
	/* the table's names are short: a cut token is a bug in the table */
	assert(n >= 0 && (size_t)n < size);
	(void)n;
}

/* Words of TEXT from column COL, wrapped at WIDTH to column INDENT;
 * FRESH: no space before the first word. Returns the column reached. */
static size_t put_wrapped(FILE *out, const char *text, size_t col,
                          size_t indent, int fresh)
{
	const char *p = text;

	while (*p == ' ')
		p++;
	while (*p) {
		size_t n = strcspn(p, " ");

		if (!fresh && col + 1 + n > WIDTH) {
			fprintf(out, "\n%*s", (int)indent, "");
			col = indent;
		} else if (!fresh) {
			fputc(' ', out);
			col++;
		}
		fwrite(p, 1, n, out);
		col += n;
		fresh = 0;
		p += n;
		while (*p == ' ')
			p++;
	}
	return col;
}

static void put_paragraph(FILE *out, const char *text)
{
	put_wrapped(out, text, 0, 0, 1);
	fputc('\n', out);
}

/* One unbreakable unit ("[--rev REV]") after a space, or on the next
 * line at INDENT. */
static size_t put_unit(FILE *out, const char *unit, size_t col, size_t indent)
{
	size_t n = strlen(unit);

	if (col + 1 + n > WIDTH) {
		fprintf(out, "\n%*s", (int)indent, "");
		col = indent;
	} else {
		fputc(' ', out);
		col++;
	}
	fputs(unit, out);
	return col + n;
}

/* "hdrcheck fix [--dry-run] ... [PATH...]", wrapped under the command. */
static void put_synopsis(FILE *out, const char *lead, const cli_command_info *c)
{
	const cli_option *o;
	char token[TOKEN_SIZE];
	size_t col, indent;

	fputs(lead, out);
	col = strlen(lead);
	if (c->command == CLI_COMMAND_CHECK) {
		fputs("[check]", out);
		col += 7;
	} else {
		fputs(c->name, out);
		col += strlen(c->name);
	}
	indent = col + 1 > 30 ? 30 : col + 1;
	for (o = cli_option_table; o->help; o++) {
		if (!(o->commands & c->bit) || !is_command_option(o))
			continue;
		token_text(token, sizeof(token), o);
		col = put_unit(out, token, col, indent);
	}
	if (c->operands)
		col = put_unit(out, c->operands, col, indent);
	fputc('\n', out);
}

/* "  -f, --format FMT   report format: ..." */
static void put_option(FILE *out, const cli_option *o, int overview)
{
	char left[TOKEN_SIZE], text[1024];
	unsigned int mask = name_commands(o);
	const cli_command_info *only = NULL, *c;
	size_t n = 0, col;

	for (c = cli_command_table; c->name; c++)
		if (mask & c->bit)
			only = n++ ? NULL : c;
	if (o->short_name && o->name)
		snprintf(left, sizeof(left), "  -%c, %s%s%s", o->short_name,
		         o->name, o->value ? " " : "",
		         o->value ? o->value : "");
	else if (o->short_name)
		snprintf(left, sizeof(left), "  -%c%s%s", o->short_name,
		         o->value ? " " : "", o->value ? o->value : "");
	else
		snprintf(left, sizeof(left), "      %s%s%s", o->name,
		         o->value ? " " : "", o->value ? o->value : "");
	snprintf(
	    text, sizeof(text), "%s%s%s%s", overview && only ? only->name : "",
	    overview && only ? ": " : "", o->help, o->detail ? o->detail : "");
	fputs(left, out);
	col = strlen(left);
	if (col + 1 >= HELP_COL)
		fprintf(out, "\n%*s", HELP_COL, "");
	else
		fprintf(out, "%*s", (int)(HELP_COL - col), "");
	put_wrapped(out, text, HELP_COL, HELP_COL, 1);
	fputc('\n', out);
}

static void usage_overview(FILE *out)
{
	const cli_command_info *c;
	const cli_option *o;

	for (c = cli_command_table; c->name; c++)
		put_synopsis(out,
		             c == cli_command_table ? "usage: hdrcheck "
		                                    : "       hdrcheck ",
		             c);
	fputs("       hdrcheck help [COMMAND]\n"
	      "       hdrcheck --help | --version\n\n",
	      out);
	put_paragraph(out, "Check that every file of a git repository (or "
	                   "directory) carries its license header: "
	                   "Apache-2.0, unless .hdrcheck.yaml says otherwise.");
	fputs("\nCommands:\n", out);
	for (c = cli_command_table; c->name; c++)
		fprintf(out, "  %-11s%s\n", c->name, c->help);
	fputs("\nOptions:\n", out);
	for (o = cli_option_table; o->help; o++)
		if (!o->hidden && !repeated(o))
			put_option(out, o, 1);
	fputs("\n", out);
	put_paragraph(out,
	              "PATH arguments narrow the scan to those files or "
	              "directories. A long option may be shortened to a "
	              "prefix that names no other. \"hdrcheck help COMMAND\" "
	              "or \"hdrcheck COMMAND --help\" shows one command's "
	              "options.");
	fputs("\n", out);
	put_paragraph(out,
	              "Exit status: 0 no violations; 1 a file is missing, "
	              "mismatch, other_license or error (see --fail-on); 2 "
	              "usage or runtime error. fix: 0 nothing left to fix; 1 "
	              "files changed (or, with --dry-run, would be) or still "
	              "violating; 2 error.");
	fputs("\n", out);
	put_paragraph(out, "Reports carry the date of SOURCE_DATE_EPOCH when "
	                   "it is set. A progress line goes to a terminal's "
	                   "stderr when a scan takes over a second. See "
	                   "hdrcheck(1).");
}

void cli_usage(FILE *out, cli_command command)
{
	const cli_command_info *c;
	const cli_option *o;

	for (c = cli_command_table; c->name; c++)
		if (c->command == command)
			break;
	if (!c->name) {
		usage_overview(out);
		return;
	}
	put_synopsis(out, "usage: hdrcheck ", c);
	fputs("\n", out);
	put_paragraph(out, c->doc);
	fputs("\nOptions:\n", out);
	for (o = cli_option_table; o->help; o++)
		if (!o->hidden && (o->commands & c->bit))
			put_option(out, o, 0);
	if (c->exit) {
		fputs("\n", out);
		fputs("Exit status:", out);
		put_wrapped(out, c->exit, 12, 0, 0);
		fputc('\n', out);
	}
}

/* ---- roff ---- */

/* TEXT's characters as roff: a backslash is \e; in a literal, a minus
 * sign is \-. */
static void roff_chars(FILE *out, const char *s, size_t n, int literal)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (s[i] == '\\')
			fputs("\\e", out);
		else if (s[i] == '-' && literal)
			fputs("\\-", out);
		else
			fputc(s[i], out);
	}
}

/* A value name as the man page shows it: "FMT[=FILE]" as italic fmt,
 * roman [=, italic file, roman ]. */
static void roff_value(FILE *out, const char *value)
{
	const char *p = value;

	while (*p) {
		size_t n = strspn(p, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");

		if (n) {
			fputs("\\fI", out);
			for (; n; n--, p++)
				fputc(tolower((unsigned char)*p), out);
			fputs("\\fR", out);
		} else {
			roff_chars(out, p, 1, 1);
			p++;
		}
	}
}

static void roff_option_name(FILE *out, const cli_option *o)
{
	if (o->short_name) {
		fprintf(out, "\\fB\\-%c\\fR", o->short_name);
		if (o->name)
			fputs(", ", out);
	}
	if (o->name) {
		fputs("\\fB", out);
		roff_chars(out, o->name, strlen(o->name), 1);
		fputs("\\fR", out);
	}
}

/* A synopsis token, kept on one output line (unpaddable spaces). */
static void roff_token(FILE *out, const cli_option *o)
{
	fputc('[', out);
	if (o->short_name)
		fprintf(out, "\\fB\\-%c\\fR", o->short_name);
	else {
		fputs("\\fB", out);
		roff_chars(out, o->name, strlen(o->name), 1);
		fputs("\\fR", out);
	}
	if (o->arg == CLI_ARG_CHOICE && count_words(o->choices) <= 3) {
		const char *p = o->choices;

		fputs("\\ ", out);
		while (*p) {
			size_t n = strcspn(p, " ");

			fputs("\\fB", out);
			roff_chars(out, p, n, 1);
			fputs("\\fR", out);
			p += n;
			if (*p == ' ') {
				fputc('|', out);
				p++;
			}
		}
	} else if (o->arg != CLI_ARG_NONE) {
		fputs("\\ ", out);
		roff_value(out, o->value);
	}
	fputs(o->repeatable ? "]...\\&\n" : "]\n", out);
}

/*
 * The markup of a doc text as roff: `x` bold, <x> italic, a blank line a
 * new paragraph; one sentence per source line, and no line that starts
 * with a control character.
 */
static void roff_text(FILE *out, const char *s)
{
	int at_line_start = 1;

	while (*s) {
		if (at_line_start && (*s == '.' || *s == '\''))
			fputs("\\&", out);
		at_line_start = 0;
		if (*s == '`') {
			const char *end = strchr(s + 1, '`');

			if (end) {
				fputs("\\fB", out);
				roff_chars(out, s + 1, (size_t)(end - s - 1),
				           1);
				fputs("\\fR", out);
				s = end + 1;
				continue;
			}
		}
		if (*s == '<') {
			size_t n = strcspn(s + 1, "> ");

			if (n && s[1 + n] == '>') {
				fputs("\\fI", out);
				roff_chars(out, s + 1, n, 0);
				fputs("\\fR", out);
				s += n + 2;
				continue;
			}
		}
		if (s[0] == '\n' && s[1] == '\n') {
			fputs("\n.IP\n", out);
			s += 2;
			at_line_start = 1;
			continue;
		}
		/* a sentence ends the source line */
		if ((s[0] == '.' || s[0] == ';' || s[0] == ':') &&
		    s[1] == ' ' && s[2] &&
		    (isupper((unsigned char)s[2]) || s[2] == '`' ||
		     s[2] == '<' || s[0] != '.')) {
			fputc(s[0], out);
			fputc('\n', out);
			s += 2;
			at_line_start = 1;
			continue;
		}
		roff_chars(out, s, 1, 0);
		s++;
	}
	fputc('\n', out);
}

static void man_synopsis(FILE *out)
{
	const cli_command_info *c;
	const cli_option *o;

	for (c = cli_command_table; c->name; c++) {
		fputs(".SY hdrcheck\n", out);
		if (c->command == CLI_COMMAND_CHECK)
			fputs("[\\fBcheck\\fR]\n", out);
		else
			fprintf(out, "\\fB%s\\fR\n", c->name);
		for (o = cli_option_table; o->help; o++)
			if ((o->commands & c->bit) && is_command_option(o))
				roff_token(out, o);
		if (c->operands && c->operands[0] == '[')
			fputs("[\\fIpath\\fR...]\n", out);
		else if (c->operands)
			fputs("\\fIpath\\fR\n", out);
		fputs(".YS\n", out);
	}
	fputs(".SY hdrcheck\n\\fBhelp\\fR\n[\\fIcommand\\fR]\n.YS\n"
	      ".SY hdrcheck\n\\fB\\-\\-help\\fR | \\fB\\-\\-version\\fR\n"
	      ".YS\n",
	      out);
}

static void man_options(FILE *out)
{
	const cli_option *o;
	const cli_command_info *c;

	for (o = cli_option_table; o->help; o++) {
		unsigned int mask = name_commands(o);
		int first = 1;

		if (o->hidden || repeated(o))
			continue;
		fputs(".TP\n", out);
		roff_option_name(out, o);
		if (o->arg != CLI_ARG_NONE) {
			fputc(' ', out);
			roff_value(out, o->value);
		}
		fputc('\n', out);
		roff_text(out, o->doc ? o->doc : o->help);
		if (mask == CLI_FOR_ALL)
			continue;
		fputs("Commands:", out);
		for (c = cli_command_table; c->name; c++)
			if (mask & c->bit) {
				fprintf(out, "%s\\fB%s\\fR", first ? " " : ", ",
				        c->name);
				first = 0;
			}
		fputs(".\n", out);
	}
}

/* ---- the README ---- */

static void readme_usage(FILE *out)
{
	const cli_command_info *c;
	const cli_option *o;

	fputs("```\n", out);
	for (c = cli_command_table; c->name; c++)
		put_synopsis(out, "hdrcheck ", c);
	fputs("hdrcheck help [COMMAND]\n"
	      "hdrcheck --help | --version\n"
	      "```\n\n"
	      "| Option | Commands | What it does |\n"
	      "| --- | --- | --- |\n",
	      out);
	for (o = cli_option_table; o->help; o++) {
		unsigned int mask = name_commands(o);
		int first = 1;

		if (o->hidden || repeated(o))
			continue;
		fputs("| ", out);
		if (o->short_name)
			fprintf(out, "`-%c`%s", o->short_name,
			        o->name ? ", " : "");
		if (o->name)
			fprintf(out, "`%s`", o->name);
		if (o->value)
			fprintf(out, " `%s`", o->value);
		fputs(" | ", out);
		if (mask == CLI_FOR_ALL)
			fputs("all", out);
		else
			for (c = cli_command_table; c->name; c++)
				if (mask & c->bit) {
					fprintf(out, "%s%s", first ? "" : ", ",
					        c->name);
					first = 0;
				}
		fprintf(out, " | %s%s |\n", o->help,
		        o->detail ? o->detail : "");
	}
}

int cli_docs(FILE *out, const char *what)
{
	if (strcmp(what, "man-synopsis") == 0)
		man_synopsis(out);
	else if (strcmp(what, "man-options") == 0)
		man_options(out);
	else if (strcmp(what, "readme-usage") == 0)
		readme_usage(out);
	else {
		fprintf(stderr,
		        "hdrcheck: invalid --docs \"%s\" (expected "
		        "man-synopsis, man-options or readme-usage)\n",
		        what);
		return -1;
	}
	return 0;
}
