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

#ifndef HDRCHECK_CLI_OPTIONS_H
#define HDRCHECK_CLI_OPTIONS_H

#include <stddef.h>
#include <stdio.h>

typedef enum {
	CLI_COMMAND_CHECK = 0,
	CLI_COMMAND_LANGUAGES,
	CLI_COMMAND_EXPLAIN,
	CLI_COMMAND_INIT,
	CLI_COMMAND_FIX,
	CLI_COMMAND_HELP,
	CLI_COMMAND_VERSION,
	CLI_COMMAND_LICENSES,
	CLI_COMMAND_COMPLETIONS,
	CLI_COMMAND_DOCS
} cli_command;

typedef enum {
	CLI_COLOR_AUTO = 0,
	CLI_COLOR_ALWAYS,
	CLI_COLOR_NEVER
} cli_color;

typedef struct {
	cli_command command;
	/* CLI_COMMAND_HELP: the command whose help to print; CLI_COMMAND_HELP
	 * for the overview */
	cli_command help_for;
	const char *dir;
	const char *format;
	const char *output;
	unsigned int jobs;
	cli_color color;
	int quiet;
	const char **paths; /* points into argv; owned array */
	size_t paths_count;
	const char **excludes;
	size_t excludes_count;
	const char *config; /* -c FILE */
	int no_config;
	const char **reports; /* --report FORMAT[=FILE]; into argv, owned */
	size_t reports_count;
	const char *fail_on; /* --fail-on LIST */
	/* fix */
	int dry_run;               /* --dry-run */
	int year_from_git;         /* --year-from-git */
	const char *changed_since; /* --changed-since REV (check and fix) */
	/* check: git modes and the cache */
	const char *rev;        /* --rev REV */
	int staged;             /* --staged */
	int include_submodules; /* --include-submodules */
	int no_cache;           /* --no-cache */
	int libgit2_only;       /* the hidden --git-readers=libgit2 */
	/* check: adopting the gate on a repository with a history */
	const char *baseline;       /* --baseline FILE */
	const char *write_baseline; /* --write-baseline FILE */
	/* check: a release archive */
	const char *archive; /* --archive FILE */
	const char *against; /* --against REV */
	/* the hidden --completions SHELL and --docs WHAT */
	const char *completions;
	const char *docs;
} cli_options;

/* What an option's value is, for the parser and for shell completion. */
typedef enum {
	CLI_ARG_NONE = 0, /* a flag */
	CLI_ARG_FILE,
	CLI_ARG_DIR,
	CLI_ARG_CHOICE, /* one of cli_option.choices */
	CLI_ARG_OTHER   /* a number, revision, glob or list */
} cli_arg;

/* Commands an option belongs to (for help, completion and the "is an
 * option of" errors). */
#define CLI_FOR_CHECK     0x01u
#define CLI_FOR_FIX       0x02u
#define CLI_FOR_EXPLAIN   0x04u
#define CLI_FOR_INIT      0x08u
#define CLI_FOR_LANGUAGES 0x10u
#define CLI_FOR_LICENSES  0x20u
#define CLI_FOR_ALL       0x3fu

/* What the parser does with an option (several rows may share one, when
 * an option means something narrower for one command). */
typedef enum {
	CLI_KEY_DIR,
	CLI_KEY_FORMAT,
	CLI_KEY_REPORT,
	CLI_KEY_FAIL_ON,
	CLI_KEY_OUTPUT,
	CLI_KEY_JOBS,
	CLI_KEY_COLOR,
	CLI_KEY_QUIET,
	CLI_KEY_EXCLUDE,
	CLI_KEY_CONFIG,
	CLI_KEY_NO_CONFIG,
	CLI_KEY_CHANGED_SINCE,
	CLI_KEY_REV,
	CLI_KEY_STAGED,
	CLI_KEY_INCLUDE_SUBMODULES,
	CLI_KEY_NO_CACHE,
	CLI_KEY_BASELINE,
	CLI_KEY_WRITE_BASELINE,
	CLI_KEY_ARCHIVE,
	CLI_KEY_AGAINST,
	CLI_KEY_DRY_RUN,
	CLI_KEY_YEAR_FROM_GIT,
	CLI_KEY_HELP,
	CLI_KEY_VERSION,
	CLI_KEY_COMPLETIONS,
	CLI_KEY_DOCS,
	CLI_KEY_GIT_READERS
} cli_key;

/*
 * One option of the table: the single source of the option names, of
 * whether they take a value, of the parser's option list, of --help, of
 * the man page's SYNOPSIS and OPTIONS, of the README's usage block and of
 * the shell completions.
 *
 * The texts use a small markup: `x` is literal (bold in the man page),
 * <x> a placeholder (italic in the man page, X in --help), and a blank
 * line ("\n\n") starts a new paragraph.
 */
typedef struct {
	const char *name;    /* "--format", or NULL for a short-only option */
	char short_name;     /* 'f', or 0 */
	cli_arg arg;         /* CLI_ARG_NONE: a flag */
	const char *value;   /* the value's name in help text: "FMT" */
	const char *choices; /* space-separated, for CLI_ARG_CHOICE */
	unsigned int commands;
	int repeatable;
	int hidden;         /* in no help, page or completion */
	const char *help;   /* one line, no markup: completions, README */
	const char *detail; /* the rest of the --help text, or NULL */
	const char *doc;    /* the man page's paragraphs */
	cli_key key;
} cli_option;

/* The option table, ended by an entry whose help is NULL. */
extern const cli_option cli_option_table[];

/* One command: its name, operands and texts (same markup). */
typedef struct {
	const char *name; /* "check" */
	cli_command command;
	unsigned int bit;     /* CLI_FOR_* */
	const char *operands; /* "[PATH...]", "PATH", or NULL for none */
	const char *help;     /* one line, no markup */
	const char *doc;      /* what --help says about it */
	const char *exit;     /* its exit status, or NULL */
} cli_command_info;

/* The commands, ended by an entry whose name is NULL. */
extern const cli_command_info cli_command_table[];

/* Print the completion script for SHELL ("bash", "zsh" or "fish") from
 * the option table; 0, or -1 after printing the error. */
int cli_completions(FILE *out, const char *shell);

/* Parse argv; 0, or -1 after printing "hdrcheck: <message>" to stderr. */
int cli_options_parse(cli_options *out, int argc, char **argv);
void cli_options_dispose(cli_options *opts);

/* --help: the overview (CLI_COMMAND_HELP) or one command's help. */
void cli_usage(FILE *out, cli_command command);

/* The hidden --docs WHAT: "man-synopsis", "man-options" or
 * "readme-usage", generated from the tables; 0, or -1 after printing the
 * error. */
int cli_docs(FILE *out, const char *what);

#endif
