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

#ifndef HDRCHECK_TESTS_HOSTILE_HARNESS_H
#define HDRCHECK_TESTS_HOSTILE_HARNESS_H

/*
 * The end-to-end tests on hostile repositories run the hdrcheck binary
 * under a deadline: a hang fails the test (the child is killed), it does
 * not hang the suite. Each run reports its wall time and peak RSS, so
 * "bounded time" and "small memory" are assertions. Repositories come from
 * the command-line fixtures (tests/cli/fixture.h), built at test time.
 */

#include <stddef.h>
#include "../cli/fixture.h"

typedef struct {
	int status;       /* exit status, 128 + signal, or -1 */
	int timed_out;    /* 1: killed at the deadline */
	double seconds;   /* wall time */
	long max_rss_kib; /* peak resident set of the child */
	char *out;        /* stdout, NUL-terminated (may hold NULs) */
	size_t out_len;
	char *err; /* stderr, NUL-terminated */
	size_t err_len;
	/* hostile_run_counted(): the work done, as the shim counted it (-1
	 * when it could not); what the tests bound, never the seconds */
	long long read_bytes; /* read() from regular files */
	long long lookups;    /* path lookups: open*, stat* */
} hostile_result;

/* Extra environment of hostile_run(): NAME=value strings, NULL-ended. */
typedef const char *const *hostile_env;

/*
 * Run hdrcheck with args (NULL-terminated; argv[0] supplied) in cwd, with
 * the fixtures' clean environment plus env (may be NULL), stdin
 * /dev/null, and a deadline of timeout seconds.
 */
void hostile_run(hostile_result *res, const char *cwd, double timeout,
                 hostile_env env, const char *const *args);
/* The same through the shim (LD_PRELOAD), which counts the work done
 * into read_bytes and lookups. */
void hostile_run_counted(hostile_result *res, const char *cwd, double timeout,
                         hostile_env env, const char *const *args);

/* Fail when the counted run read more than max_read bytes or looked up
 * more than max_lookups paths (a negative bound is not checked). */
void hostile_assert_work(const hostile_result *res, long long max_read,
                         long long max_lookups);

/* The same for another program: argv[0] is its path (hostile_which). */
void hostile_run_program(hostile_result *res, const char *cwd, double timeout,
                         hostile_env env, const char *const *argv);

/* The path of program in $PATH (malloc'd), or NULL. */
char *hostile_which(const char *program);

void hostile_result_dispose(hostile_result *res);

/* Fail unless the run ended by itself with status, printing its stderr. */
void hostile_assert_status(const hostile_result *res, int status);

/* The path of the LD_PRELOAD shim (tests/hostile/shim.c). */
const char *hostile_shim_path(void);

/* 1 when the binary under test carries a sanitizer (slower, more RSS). */
int hostile_sanitized(void);

/* Write a file of len bytes, each byte c, at rel (parents created). */
void hostile_fill(const fixture *fx, const char *rel, const char *prefix,
                  char c, size_t len, const char *suffix);

/* Does out[0..len) hold line (a whole line, without its '\n')? */
int hostile_has_line(const char *out, size_t len, const char *line);

#endif
