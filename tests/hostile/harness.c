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
 * The runner of the hostile tests: fork, exec, capture both streams,
 * kill at the deadline, and read the child's rusage with wait4().
 */

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>
#include "harness.h"

#define RUN_OUTPUT_CAP (64u * 1024 * 1024)
#define RUN_MAX_ARGS   64
#define RUN_MAX_ENV    512
#define HOME_DIR       HDRCHECK_TEST_TMP "/home"
/* Under ASan: the shim is not the first library, which it must not
 * mind; and full stacks through libraries built without frame pointers,
 * so that lsan.supp can name the library function that leaks. */
#define ASAN_EXTRA "verify_asan_link_order=0:fast_unwind_on_malloc=0"

extern char **environ;

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define HOSTILE_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define HOSTILE_SANITIZED 1
#endif
#endif
#ifndef HOSTILE_SANITIZED
#define HOSTILE_SANITIZED 0
#endif

int hostile_sanitized(void)
{
	/* valgrind (the memcheck run of bootstrap.sh) is as slow */
	return HOSTILE_SANITIZED || getenv("HDRCHECK_TEST_SLOW") != NULL;
}

const char *hostile_shim_path(void)
{
	return HDRCHECK_TEST_SHIM;
}

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int dropped(const char *var)
{
	static const char *const drop[] = {
	    "HOME=", "XDG_CONFIG_HOME=", "NO_COLOR=",     "LC_ALL=",
	    "GIT_",  "LD_PRELOAD=",      "HOSTILE_SHIM_", "LSAN_OPTIONS="};
	size_t i;

	for (i = 0; i < sizeof(drop) / sizeof(drop[0]); i++)
		if (strncmp(var, drop[i], strlen(drop[i])) == 0)
			return 1;
	return 0;
}

/* The child's environment; strings are borrowed, static or leaked into
 * the child (freed with the vector by the parent). */
static char **child_env(hostile_env extra, char **asan)
{
	static char home[] = "HOME=" HOME_DIR;
	static char xdg[] = "XDG_CONFIG_HOME=" HOME_DIR "/.config";
	static char lc[] = "LC_ALL=C";
	static char lsan[] = "LSAN_OPTIONS=print_suppressions=0:"
	                     "suppressions=" HDRCHECK_TEST_LSAN;
	char **env = calloc(RUN_MAX_ENV + 1, sizeof(*env));
	size_t n = 0, i;

	assert_non_null(env);
	*asan = NULL;
	for (i = 0; environ[i] && n < RUN_MAX_ENV - 8; i++) {
		if (dropped(environ[i]))
			continue;
		if (strncmp(environ[i], "ASAN_OPTIONS=", 13) == 0) {
			size_t len = strlen(environ[i]) + 80;

			*asan = malloc(len);
			assert_non_null(*asan);
			snprintf(*asan, len, "%s:%s", environ[i], ASAN_EXTRA);
			env[n++] = *asan;
			continue;
		}
		env[n++] = environ[i];
	}
	if (!*asan) {
		*asan = strdup("ASAN_OPTIONS=" ASAN_EXTRA);
		assert_non_null(*asan);
		env[n++] = *asan;
	}
	env[n++] = home;
	env[n++] = xdg;
	env[n++] = lc;
	env[n++] = lsan;
	for (i = 0; extra && extra[i] && n < RUN_MAX_ENV; i++)
		env[n++] = (char *)extra[i];
	env[n] = NULL;
	return env;
}

typedef struct {
	int fd;
	char *buf;
	size_t len, cap;
} capture;

static void capture_read(capture *c)
{
	ssize_t n;

	if (c->cap - c->len < 4096 + 1) {
		size_t cap = c->cap ? c->cap * 2 : 8192;

		if (cap > RUN_OUTPUT_CAP)
			fail_msg("hdrcheck printed more than %u bytes",
			         RUN_OUTPUT_CAP);
		c->buf = realloc(c->buf, cap);
		assert_non_null(c->buf);
		c->cap = cap;
	}
	n = read(c->fd, c->buf + c->len, c->cap - c->len - 1);
	if (n < 0 && (errno == EINTR || errno == EAGAIN))
		return;
	if (n <= 0) {
		close(c->fd);
		c->fd = -1;
		return;
	}
	c->len += (size_t)n;
}

static void run_argv(hostile_result *res, const char *cwd, double timeout,
                     hostile_env env, const char *const *argv);

void hostile_run(hostile_result *res, const char *cwd, double timeout,
                 hostile_env env, const char *const *args)
{
	const char *argv[RUN_MAX_ARGS + 2];
	size_t n = 0;

	argv[n++] = HDRCHECK_TEST_BIN;
	for (; args && *args; args++) {
		assert_true(n < RUN_MAX_ARGS);
		argv[n++] = *args;
	}
	argv[n] = NULL;
	run_argv(res, cwd, timeout, env, argv);
}

void hostile_run_program(hostile_result *res, const char *cwd, double timeout,
                         hostile_env env, const char *const *argv)
{
	run_argv(res, cwd, timeout, env, argv);
}

char *hostile_which(const char *program)
{
	const char *path = getenv("PATH"), *p, *end;

	for (p = path ? path : "/usr/bin:/bin"; *p; p = *end ? end + 1 : end) {
		char buf[4096];

		end = strchr(p, ':');
		if (!end)
			end = p + strlen(p);
		if (end > p &&
		    (size_t)snprintf(buf, sizeof(buf), "%.*s/%s",
		                     (int)(end - p), p,
		                     program) < sizeof(buf) &&
		    access(buf, X_OK) == 0)
			return strdup(buf);
	}
	return NULL;
}

static void run_argv(hostile_result *res, const char *cwd, double timeout,
                     hostile_env env, const char *const *argv)
{
	capture cap[2];
	struct rusage ru;
	int out_pipe[2], err_pipe[2], wstatus = 0, i, null_fd;
	char **envp, *asan = NULL;
	double start, deadline;
	pid_t pid;

	memset(res, 0, sizeof(*res));
	memset(cap, 0, sizeof(cap));
	envp = child_env(env, &asan);
	if (pipe(out_pipe) < 0 || pipe(err_pipe) < 0)
		fail_msg("pipe: %s", strerror(errno));
	/* only the dup2'd copies may reach the child's exec */
	for (i = 0; i < 2; i++) {
		fcntl(out_pipe[i], F_SETFD, FD_CLOEXEC);
		fcntl(err_pipe[i], F_SETFD, FD_CLOEXEC);
	}
	fflush(NULL);
	start = now();
	pid = fork();
	if (pid < 0)
		fail_msg("fork: %s", strerror(errno));
	if (pid == 0) {
		null_fd = open("/dev/null", O_RDONLY);
		if (null_fd < 0 || dup2(null_fd, 0) < 0 ||
		    dup2(out_pipe[1], 1) < 0 || dup2(err_pipe[1], 2) < 0 ||
		    (cwd && chdir(cwd) < 0))
			_exit(127);
		execve(argv[0], (char *const *)argv, envp);
		_exit(127);
	}
	close(out_pipe[1]);
	close(err_pipe[1]);
	free(envp);
	free(asan);
	cap[0].fd = out_pipe[0];
	cap[1].fd = err_pipe[0];
	deadline = start + timeout;
	while (cap[0].fd >= 0 || cap[1].fd >= 0) {
		struct pollfd p[2];
		nfds_t np = 0, k;
		double left = deadline - now();
		int rc;

		if (left <= 0 && !res->timed_out) {
			/* a hang: kill it, then drain what it wrote */
			kill(pid, SIGKILL);
			res->timed_out = 1;
		}
		for (i = 0; i < 2; i++)
			if (cap[i].fd >= 0) {
				p[np].fd = cap[i].fd;
				p[np].events = POLLIN;
				p[np].revents = 0;
				np++;
			}
		rc =
		    poll(p, np, res->timed_out ? 1000 : (int)(left * 1000) + 1);
		if (rc < 0 && errno != EINTR)
			fail_msg("poll: %s", strerror(errno));
		for (k = 0; rc > 0 && k < np; k++)
			for (i = 0; i < 2; i++)
				if (cap[i].fd >= 0 && p[k].fd == cap[i].fd &&
				    p[k].revents)
					capture_read(&cap[i]);
	}
	while (wait4(pid, &wstatus, 0, &ru) < 0)
		if (errno != EINTR)
			fail_msg("wait4: %s", strerror(errno));
	res->seconds = now() - start;
	res->max_rss_kib = ru.ru_maxrss;
	if (WIFEXITED(wstatus))
		res->status = WEXITSTATUS(wstatus);
	else if (WIFSIGNALED(wstatus))
		res->status = 128 + WTERMSIG(wstatus);
	else
		res->status = -1;
	for (i = 0; i < 2; i++) {
		if (!cap[i].buf) {
			cap[i].buf = calloc(1, 1);
			assert_non_null(cap[i].buf);
		}
		cap[i].buf[cap[i].len] = '\0';
	}
	res->out = cap[0].buf;
	res->out_len = cap[0].len;
	res->err = cap[1].buf;
	res->err_len = cap[1].len;
}

/* The number in the shim's log file, or -1. */
static long long read_count(const char *path)
{
	char line[64] = "";
	FILE *f = fopen(path, "r");
	long long n = -1;

	if (f && fgets(line, sizeof(line), f))
		n = strtoll(line, NULL, 10);
	if (f)
		fclose(f);
	unlink(path);
	return n;
}

void hostile_run_counted(hostile_result *res, const char *cwd, double timeout,
                         hostile_env env, const char *const *args)
{
	char preload[4200], reads[4200], looks[4200],
	    dir[] = HDRCHECK_TEST_TMP "/counted-XXXXXX";
	const char *envv[64];
	size_t n = 0;

	if (!mkdtemp(dir))
		fail_msg("mkdtemp: %s", strerror(errno));
	snprintf(preload, sizeof(preload), "LD_PRELOAD=%s",
	         hostile_shim_path());
	snprintf(reads, sizeof(reads), "HOSTILE_SHIM_READ_LOG=%s/read", dir);
	snprintf(looks, sizeof(looks), "HOSTILE_SHIM_LOOKUP_LOG=%s/lookups",
	         dir);
	for (; env && *env; env++) {
		assert_true(n < 60);
		if (strncmp(*env, "LD_PRELOAD=", 11) != 0)
			envv[n++] = *env;
	}
	envv[n++] = preload;
	envv[n++] = reads;
	envv[n++] = looks;
	envv[n] = NULL;
	hostile_run(res, cwd, timeout, envv, args);
	res->read_bytes = read_count(strchr(reads, '=') + 1);
	res->lookups = read_count(strchr(looks, '=') + 1);
	rmdir(dir);
}

void hostile_assert_work(const hostile_result *res, long long max_read,
                         long long max_lookups)
{
	if (res->read_bytes < 0 || res->lookups < 0)
		fail_msg("the shim counted nothing (not preloaded?)");
	if (max_read >= 0 && res->read_bytes > max_read)
		fail_msg("read %lld bytes, more than the %lld allowed",
		         res->read_bytes, max_read);
	if (max_lookups >= 0 && res->lookups > max_lookups)
		fail_msg("%lld path lookups, more than the %lld allowed",
		         res->lookups, max_lookups);
}

void hostile_result_dispose(hostile_result *res)
{
	free(res->out);
	free(res->err);
	memset(res, 0, sizeof(*res));
}

void hostile_assert_status(const hostile_result *res, int status)
{
	if (res->timed_out)
		fail_msg(
		    "hdrcheck did not finish in time (%.1f s); stderr:\n%s",
		    res->seconds, res->err);
	if (res->status != status)
		fail_msg("hdrcheck exited %d, expected %d; stderr:\n%s\n"
		         "stdout:\n%.2000s",
		         res->status, status, res->err, res->out);
}

void hostile_fill(const fixture *fx, const char *rel, const char *prefix,
                  char c, size_t len, const char *suffix)
{
	size_t p = strlen(prefix), s = strlen(suffix);
	char *data = malloc(p + len + s);

	assert_non_null(data);
	memcpy(data, prefix, p);
	memset(data + p, c, len);
	memcpy(data + p + len, suffix, s);
	fixture_write_mode(fx, rel, data, p + len + s, 0644);
	free(data);
}

int hostile_has_line(const char *out, size_t len, const char *line)
{
	size_t n = strlen(line);
	const char *p = out, *end = out + len;

	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *le = nl ? nl : end;

		if ((size_t)(le - p) == n && memcmp(p, line, n) == 0)
			return 1;
		if (!nl)
			break;
		p = nl + 1;
	}
	return 0;
}
