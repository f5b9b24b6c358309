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
	CLI_COMMAND_LICENSES
} cli_command;

typedef enum { CLI_COLOR_AUTO = 0, CLI_COLOR_ALWAYS, CLI_COLOR_NEVER } cli_color;

typedef struct {
	cli_command command;
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
	int dry_run;              /* --dry-run */
	int year_from_git;        /* --year-from-git */
	const char *changed_since; /* --changed-since REV (check and fix) */
	/* check: git modes and the cache */
	const char *rev;        /* --rev REV */
	int staged;             /* --staged */
	int include_submodules; /* --include-submodules */
	int no_cache;           /* --no-cache */
} cli_options;

/* Parse argv; 0, or -1 after printing "hdrcheck: <message>" to stderr. */
int cli_options_parse(cli_options *out, int argc, char **argv);
void cli_options_dispose(cli_options *opts);
void cli_usage(FILE *out);

#endif
