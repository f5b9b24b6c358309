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
 * Report files (-o, --report FORMAT=FILE) written atomically: a report
 * replaces the old one whole or not at all, keeps its mode bits, never
 * writes through a symlink at its name; a device (/dev/null, /dev/full,
 * /dev/stdout to a pipe) is written in place, never renamed over. Faults
 * from the LD_PRELOAD shim at each step of the writer (the temporary
 * file, sync, link, rename, and a kill) leave the last good report as it
 * was, one error line "hdrcheck: FILE: ..." and exit status 2.
 */

#include <dirent.h>
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>
#include "harness.h"

#define DEADLINE 60.0
#define OLD      "the last good report\n"

static fixture *make_repo(void)
{
	fixture *fx = fixture_new_repo();

	fixture_add_file(fx, "a.c", "int a;\n");
	fixture_add_file(fx, "b.c", "int b;\n");
	fixture_commit(fx, "files without headers");
	return fx;
}

static char *slurp(const char *path, size_t *len)
{
	struct stat st;
	char *data;
	FILE *f;

	assert_int_equal(stat(path, &st), 0);
	*len = (size_t)st.st_size;
	data = malloc(*len + 1);
	assert_non_null(data);
	f = fopen(path, "rb");
	assert_non_null(f);
	assert_int_equal(fread(data, 1, *len, f), *len);
	data[*len] = '\0';
	fclose(f);
	return data;
}

static void put(const char *path, const char *text, mode_t mode)
{
	FILE *f = fopen(path, "wb");

	assert_non_null(f);
	fputs(text, f);
	assert_int_equal(fclose(f), 0);
	assert_int_equal(chmod(path, mode), 0);
}

/* Entries of dir that a writer left: anything but the names given. */
static size_t leftovers(const char *dir, const char *const *names)
{
	struct dirent *de;
	DIR *d = opendir(dir);
	size_t n = 0, i;

	assert_non_null(d);
	while ((de = readdir(d)) != NULL) {
		int known =
		    !strcmp(de->d_name, ".") || !strcmp(de->d_name, "..");

		for (i = 0; names[i] && !known; i++)
			known = !strcmp(de->d_name, names[i]);
		if (!known) {
			print_message("left: %s\n", de->d_name);
			n++;
		}
	}
	closedir(d);
	return n;
}

static void check(hostile_result *res, const fixture *repo, hostile_env env,
                  const char *format, const char *file)
{
	const char *args[] = {"check", "-f", format, "-o", file, NULL};

	hostile_run(res, repo->root, DEADLINE, env, args);
	if (res->timed_out)
		fail_msg("check did not finish: %s", res->err);
}

static void test_hostile_report__replaced_whole(void **state)
{
	fixture *repo = make_repo(), *out = fixture_new_dir();
	char *path = fixture_path(out, "report.json");
	char *link = fixture_path(out, "link.json");
	char *victim = fixture_path(out, "victim.txt");
	const char *const names[] = {"report.json", "link.json", "victim.txt",
	                             NULL};
	hostile_result res, ref;
	struct stat st;
	size_t len;
	char *data;

	(void)state;
	check(&ref, repo, NULL, "json", "-");
	hostile_assert_status(&ref, 1);
	/* an old report, with mode bits of its own: replaced, mode kept */
	put(path, OLD, 0640);
	check(&res, repo, NULL, "json", path);
	hostile_assert_status(&res, 1);
	assert_int_equal(res.out_len, 0);
	assert_int_equal(res.err_len, 0);
	data = slurp(path, &len);
	assert_int_equal(len, ref.out_len);
	assert_memory_equal(data, ref.out, len);
	free(data);
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0640);
	hostile_result_dispose(&res);

	/* a symlink at the name is replaced; what it points to is not
	 * written */
	put(victim, OLD, 0644);
	assert_int_equal(symlink(victim, link), 0);
	check(&res, repo, NULL, "json", link);
	hostile_assert_status(&res, 1);
	assert_int_equal(lstat(link, &st), 0);
	assert_true(S_ISREG(st.st_mode));
	data = slurp(victim, &len);
	assert_string_equal(data, OLD);
	free(data);
	data = slurp(link, &len);
	assert_int_equal(len, ref.out_len);
	free(data);
	hostile_result_dispose(&res);
	assert_int_equal(leftovers(out->root, names), 0);

	/* devices are written in place: /dev/null stays a device, and
	 * /dev/stdout (a link into /proc) reaches the pipe */
	check(&res, repo, NULL, "json", "/dev/null");
	hostile_assert_status(&res, 1);
	assert_int_equal(res.err_len, 0);
	assert_int_equal(stat("/dev/null", &st), 0);
	assert_true(S_ISCHR(st.st_mode));
	hostile_result_dispose(&res);
	check(&res, repo, NULL, "json", "/dev/stdout");
	hostile_assert_status(&res, 1);
	assert_int_equal(res.out_len, ref.out_len);
	assert_memory_equal(res.out, ref.out, ref.out_len);
	hostile_result_dispose(&res);
	{
		/* a FIFO: written into, not renamed over; a child reads
		 * it whole into a file */
		char *fifo = fixture_path(out, "fifo");
		char *copy = fixture_path(out, "copy.json");
		int status;
		pid_t pid;

		assert_int_equal(mkfifo(fifo, 0600), 0);
		pid = fork();
		assert_true(pid >= 0);
		if (pid == 0) {
			FILE *in = fopen(fifo, "rb"), *to = fopen(copy, "wb");
			char buf[4096];
			size_t n;

			if (!in || !to)
				_exit(1);
			while ((n = fread(buf, 1, sizeof(buf), in)) > 0)
				fwrite(buf, 1, n, to);
			_exit(fclose(to) != 0);
		}
		check(&res, repo, NULL, "json", fifo);
		/* the reader never outlives a failure */
		if (lstat(fifo, &st) != 0 || !S_ISFIFO(st.st_mode) ||
		    res.status != 1) {
			kill(pid, SIGKILL);
			waitpid(pid, &status, 0);
			fail_msg("the FIFO: exit %d, %s: %s", res.status,
			         S_ISFIFO(st.st_mode) ? "still one"
			                              : "replaced",
			         res.err);
		}
		assert_int_equal(waitpid(pid, &status, 0), pid);
		assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
		data = slurp(copy, &len);
		assert_int_equal(len, ref.out_len);
		assert_memory_equal(data, ref.out, len);
		free(data);
		hostile_result_dispose(&res);
		free(fifo);
		free(copy);
	}
	/* a device that fails: one line naming it, exit 2 */
	check(&res, repo, NULL, "json", "/dev/full");
	hostile_assert_status(&res, 2);
	assert_true(hostile_has_line(
	    res.err, res.err_len,
	    "hdrcheck: /dev/full: cannot write the report: No space left on "
	    "device"));
	hostile_result_dispose(&res);

	hostile_result_dispose(&ref);
	free(path);
	free(link);
	free(victim);
	fixture_free(out);
	fixture_free(repo);
}

typedef struct {
	const char *fault;
	int named; /* 1: the file system "has no O_TMPFILE" */
} fault_case;

static void test_hostile_report__faults_keep_old(void **state)
{
	static const fault_case cases[] = {
	    {"tmpfile:EIO:1", 0},  {"linkat:EIO:1", 0},
	    {"fsync:EIO:1", 0},    {"fsync:EIO:1", 1},
	    {"fchmod:EPERM:1", 0}, {"renameat:EXDEV:1", 0},
	    {"renameat:EIO:1", 1}, {"fsync:kill:1", 0},
	};
	fixture *repo = make_repo();
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const fault_case *fc = &cases[i];
		fixture *out = fixture_new_dir();
		char *path = fixture_path(out, "report.txt");
		const char *const names[] = {"report.txt", NULL};
		char preload[4200], fault[64], line[4300];
		const char *env[] = {
		    preload, fault,
		    fc->named ? "HOSTILE_SHIM_NO_TMPFILE=1" : NULL, NULL};
		int killed = strstr(fc->fault, ":kill:") != NULL;
		hostile_result res;
		struct stat st;
		size_t len;
		char *data;

		snprintf(preload, sizeof(preload), "LD_PRELOAD=%s",
		         hostile_shim_path());
		snprintf(fault, sizeof(fault), "HOSTILE_SHIM_FAULT=%s",
		         fc->fault);
		put(path, OLD, 0600);
		check(&res, repo, env, "text", path);
		if (killed) {
			if (res.status != 128 + 9)
				fail_msg("%s: not killed: %d", fc->fault,
				         res.status);
		} else {
			if (res.status != 2)
				fail_msg("%s (%s): status %d: %s", fc->fault,
				         fc->named ? "named" : "O_TMPFILE",
				         res.status, res.err);
			/* one line, naming the file */
			snprintf(line, sizeof(line), "hdrcheck: %s: ", path);
			assert_int_equal(strncmp(res.err, line, strlen(line)),
			                 0);
			assert_non_null(memchr(res.err, '\n', res.err_len));
			assert_ptr_equal(memchr(res.err, '\n', res.err_len),
			                 res.err + res.err_len - 1);
		}
		data = slurp(path, &len);
		if (strcmp(data, OLD))
			fail_msg("%s: the old report changed: %s", fc->fault,
			         data);
		free(data);
		assert_int_equal(stat(path, &st), 0);
		assert_int_equal(st.st_mode & 07777, 0600);
		/* nothing left, but a named file after a kill */
		if (!(killed && fc->named))
			assert_int_equal(leftovers(out->root, names), 0);
		hostile_result_dispose(&res);
		free(path);
		fixture_free(out);
	}
	fixture_free(repo);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_hostile_report__replaced_whole),
	    cmocka_unit_test(test_hostile_report__faults_keep_old),
	};

	return cmocka_run_group_tests_name("hostile_report", tests,
	                                   fixture_group_setup,
	                                   fixture_group_teardown);
}
