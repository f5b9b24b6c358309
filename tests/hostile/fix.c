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
 * Crash-safe fix: faults injected into `hdrcheck fix` by the LD_PRELOAD
 * shim (tests/hostile/shim.c) at the system calls that write a file: a
 * full disk (ENOSPC, after half the bytes) and EIO on write, EIO on fsync,
 * a refused chmod, a rename that fails (EXDEV, EIO), and the process
 * killed by SIGKILL at each of those points, on the first file and on a
 * later one; and the unnamed file's own steps (open with O_TMPFILE, link).
 * Each runs with O_TMPFILE and, through the shim, on a "file system"
 * without it (a named temporary file). After every fault, each file is
 * byte for byte either what it was or what a fault-free fix makes of it,
 * never truncated or mixed; no temporary file is left but after a kill
 * between link and rename (or, named, any kill); and a second, fault-free
 * fix completes the job and leaves no temporary file at all.
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
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>
#include "harness.h"

#define DEADLINE 60.0

/* The files to fix: every one lacks a header; sizes from a line to far
 * more than one write() of a buffered stream. */
static const struct {
	const char *path;
	const char *text;
	size_t repeat; /* the text this many times */
} files[] = {
    {"a.c", "int a;\n", 1},
    {"src/b.py", "#!/usr/bin/env python3\nprint('b')\n", 1},
    {"src/deep/c.go", "package c\n\nvar c = 1\n", 20000},
    {"d.sh", "#!/bin/sh\necho d\n", 3},
    {"e.rs", "fn main() {}\n", 1},
};
#define NFILES (sizeof(files) / sizeof(files[0]))

static fixture *make_tree(void)
{
	fixture *fx = fixture_new_repo();
	size_t i, k;

	for (i = 0; i < NFILES; i++) {
		size_t n = strlen(files[i].text);
		char *data = malloc(n * files[i].repeat);

		assert_non_null(data);
		for (k = 0; k < files[i].repeat; k++)
			memcpy(data + k * n, files[i].text, n);
		fixture_write_mode(fx, files[i].path, data, n * files[i].repeat,
		                   0644);
		fixture_add(fx, files[i].path);
		free(data);
	}
	fixture_commit(fx, "files without headers");
	return fx;
}

static char *slurp(const fixture *fx, const char *rel, size_t *len)
{
	char *p = fixture_path(fx, rel), *data;
	struct stat st;
	FILE *f;

	assert_int_equal(stat(p, &st), 0);
	*len = (size_t)st.st_size;
	data = malloc(*len + 1);
	assert_non_null(data);
	f = fopen(p, "rb");
	assert_non_null(f);
	assert_int_equal(fread(data, 1, *len, f), *len);
	fclose(f);
	free(p);
	return data;
}

typedef struct {
	char *data[NFILES];
	size_t len[NFILES];
} contents;

static void snapshot(contents *c, const fixture *fx)
{
	size_t i;

	for (i = 0; i < NFILES; i++)
		c->data[i] = slurp(fx, files[i].path, &c->len[i]);
}

static void contents_free(contents *c)
{
	size_t i;

	for (i = 0; i < NFILES; i++)
		free(c->data[i]);
}

static int fix(const fixture *fx, hostile_env env, hostile_result *res)
{
	const char *args[] = {"fix", "-j", "1", NULL};

	hostile_run(res, fx->root, DEADLINE, env, args);
	if (res->timed_out)
		fail_msg("fix did not finish: %s", res->err);
	return res->status;
}

/* The temporary files fix's writer left (".<name>.hdrcheck-XXXXXX"),
 * anywhere in the tree; with fatal, the first fails the test. */
static size_t temporaries(const fixture *fx, const char *rel, const char *fault,
                          int fatal)
{
	char *dir = fixture_path(fx, rel);
	DIR *d = opendir(dir);
	struct dirent *de;
	size_t n = 0;

	assert_non_null(d);
	while ((de = readdir(d)) != NULL) {
		char sub[512];

		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, "..") ||
		    !strcmp(de->d_name, ".git"))
			continue;
		snprintf(sub, sizeof(sub), "%s/%s", rel, de->d_name);
		if (strstr(de->d_name, ".hdrcheck-")) {
			if (fatal)
				fail_msg("%s: a temporary file was left: %s",
				         fault, sub);
			n++;
		}
		if (de->d_type == DT_DIR)
			n += temporaries(fx, sub, fault, fatal);
	}
	closedir(d);
	free(dir);
	return n;
}

/* Each file is its old bytes or its new bytes; returns how many are new. */
static size_t assert_old_or_new(const fixture *fx, const contents *old,
                                const contents *new, const char *fault)
{
	size_t i, changed = 0;

	for (i = 0; i < NFILES; i++) {
		size_t len;
		char *now = slurp(fx, files[i].path, &len);

		if (len == new->len[i] && !memcmp(now, new->data[i], len))
			changed++;
		else if (len != old->len[i] || memcmp(now, old->data[i], len))
			fail_msg(
			    "%s: %s is neither its old bytes (%zu) nor its "
			    "new ones (%zu): %zu bytes",
			    fault, files[i].path, old->len[i], new->len[i],
			    len);
		free(now);
	}
	return changed;
}

/* A fault, and whether it may leave a temporary file right after it. */
typedef struct {
	const char *fault;
	int named;  /* 1: the file system "has no O_TMPFILE" */
	int spared; /* 1: some file must still be unfixed */
} fault_case;

static void run_fault(const fault_case *fc, const contents *old,
                      const contents *new)
{
	fixture *fx = make_tree();
	char preload[4200], fault[64], what[96];
	const char *env[] = {preload, fault, "HOSTILE_SHIM_NO_TMPFILE=1", NULL};
	hostile_result res;
	size_t done, left;
	int status, killed = strstr(fc->fault, ":kill:") != NULL;
	/* a name exists only between link and rename, unless the file was
	 * named from the start */
	int may_leave =
	    killed && (fc->named || !strncmp(fc->fault, "renameat:", 9));

	if (!fc->named)
		env[2] = NULL;
	snprintf(what, sizeof(what), "%s (%s)", fc->fault,
	         fc->named ? "named" : "O_TMPFILE");
	snprintf(preload, sizeof(preload), "LD_PRELOAD=%s",
	         hostile_shim_path());
	snprintf(fault, sizeof(fault), "HOSTILE_SHIM_FAULT=%s", fc->fault);
	status = fix(fx, env, &res);
	if (killed) {
		if (status != 128 + 9)
			fail_msg("%s: status %d, not killed: %s", what, status,
			         res.err);
	} else if (status != 1 && status != 2) {
		fail_msg("%s: status %d: %s", what, status, res.err);
	}
	hostile_result_dispose(&res);
	done = assert_old_or_new(fx, old, new, what);
	/* the fault cost at least the file it hit */
	if (fc->spared && done == NFILES)
		fail_msg("%s: no file was spared", what);
	left = temporaries(fx, ".", what, !may_leave);
	if (left)
		print_message("[ WINDOW   ] %s: %zu temporary file(s) "
		              "until the next run\n",
		              what, left);
	/* a run without faults finishes the job and removes what a kill
	 * left */
	assert_int_equal(fix(fx, NULL, &res), done == NFILES ? 0 : 1);
	hostile_result_dispose(&res);
	assert_int_equal(assert_old_or_new(fx, old, new, "refix"), NFILES);
	snprintf(what, sizeof(what), "%s (%s), then a fix", fc->fault,
	         fc->named ? "named" : "O_TMPFILE");
	temporaries(fx, ".", what, 1);
	fixture_free(fx);
}

static void test_hostile_fix__faults(void **state)
{
	/* every step of the writer, each where it has a second call on a
	 * later file too */
	static const char *const faults[] = {
	    "write:ENOSPC:1",   "write:ENOSPC:3",  "write:EIO:1",
	    "fsync:EIO:1",      "fsync:EIO:2",     "fchmod:EPERM:1",
	    "renameat:EXDEV:1", "renameat:EIO:4",  "write:kill:1",
	    "write:kill:3",     "fsync:kill:1",    "fchmod:kill:2",
	    "renameat:kill:1",  "renameat:kill:3",
	};
	/* the unnamed file's own steps */
	static const fault_case unnamed_only[] = {
	    {"tmpfile:EIO:1", 0, 1},        {"tmpfile:kill:1", 0, 1},
	    {"tmpfile:kill:3", 0, 1},       {"linkat:EIO:2", 0, 1},
	    {"linkat:kill:1", 0, 1},        {"linkat:kill:4", 0, 1},
	    {"tmpfile:EOPNOTSUPP:2", 0, 0}, /* that file falls back */
	};
	fixture *ref = make_tree();
	contents old, new;
	hostile_result res;
	size_t i;
	int named;

	(void)state;
	/* what a fix without faults makes of the files */
	snapshot(&old, ref);
	assert_int_equal(fix(ref, NULL, &res), 1);
	hostile_result_dispose(&res);
	snapshot(&new, ref);
	for (i = 0; i < NFILES; i++)
		assert_true(new.len[i] > old.len[i]);
	/* no temporary file, not even for a moment, is left after a run */
	temporaries(ref, ".", "a fault-free fix", 1);
	fixture_free(ref);
	{
		/* linked through /proc/self/fd, as a user without
		 * CAP_DAC_READ_SEARCH must (CI runs as root) */
		fixture *fx = make_tree();
		char preload[4200];
		const char *env[] = {preload, "HOSTILE_SHIM_NO_EMPTY_PATH=1",
		                     NULL};

		snprintf(preload, sizeof(preload), "LD_PRELOAD=%s",
		         hostile_shim_path());
		assert_int_equal(fix(fx, env, &res), 1);
		hostile_result_dispose(&res);
		assert_int_equal(
		    assert_old_or_new(fx, &old, &new, "/proc link"), NFILES);
		temporaries(fx, ".", "/proc link", 1);
		fixture_free(fx);
	}

	for (named = 0; named < 2; named++)
		for (i = 0; i < sizeof(faults) / sizeof(faults[0]); i++) {
			fault_case fc = {faults[i], named, 1};

			run_fault(&fc, &old, &new);
		}
	for (i = 0; i < sizeof(unnamed_only) / sizeof(unnamed_only[0]); i++)
		run_fault(&unnamed_only[i], &old, &new);
	contents_free(&old);
	contents_free(&new);
}

/*
 * The sweep of a fix run removes only leftovers: a file named like one
 * whose process is alive, a symlink so named, a directory so named, the
 * old pattern without a pid, and a leftover in a directory the fix does
 * not touch all stay.
 */
static void test_hostile_fix__sweep_spares(void **state)
{
	fixture *fx = fixture_new_repo();
	hostile_result res;
	char alive[128], dead[128], deadlink[128], deaddir[128], *p;
	struct stat st;
	size_t i;
	/* pid 2^22 + 1 is above Linux's pid_max limit: never alive */
	const long gone = (1L << 22) + 1;

	(void)state;
	snprintf(alive, sizeof(alive), ".a.c.hdrcheck-tmp.%ld.abc123",
	         (long)getpid());
	snprintf(dead, sizeof(dead), ".a.c.hdrcheck-tmp.%ld.abc123", gone);
	snprintf(deadlink, sizeof(deadlink), ".a.c.hdrcheck-tmp.%ld.zzz999",
	         gone);
	snprintf(deaddir, sizeof(deaddir), ".a.c.hdrcheck-tmp.%ld.dir000",
	         gone);
	fixture_add_file(fx, "a.c", "int a;\n");
	fixture_add_file(fx, "ok/b.c",
	                 "// SPDX-License-Identifier: Apache-2.0\nint b;\n");
	fixture_commit(fx, "files");
	fixture_write(fx, alive, "alive\n");
	fixture_write(fx, dead, "dead\n");
	fixture_write(fx, ".a.c.hdrcheck-q1w2e3", "old pattern\n");
	fixture_write(fx, "ok/.b.c.hdrcheck-tmp.4194305.abc123", "untouched\n");
	fixture_symlink(fx, deadlink, "a.c");
	p = fixture_path(fx, deaddir);
	assert_int_equal(mkdir(p, 0755), 0);
	free(p);
	assert_int_equal(fix(fx, NULL, &res), 1);
	hostile_result_dispose(&res);
	p = fixture_path(fx, dead);
	assert_int_not_equal(lstat(p, &st), 0);
	free(p);
	{
		const char *stay[] = {alive, deadlink, deaddir,
		                      ".a.c.hdrcheck-q1w2e3"};

		for (i = 0; i < sizeof(stay) / sizeof(stay[0]); i++) {
			p = fixture_path(fx, stay[i]);
			if (lstat(p, &st) != 0)
				fail_msg("%s was removed", stay[i]);
			free(p);
		}
	}
	/* ok/ had nothing to fix: the fix did not go there (a named
	 * finding would not count either: it is in a file's directory
	 * only when check lists it) */
	fixture_free(fx);
}

/*
 * fix never writes through a symlink or outside the tree: links to a file
 * and to a directory outside, a link inside pointing at a tracked file,
 * and a tracked path whose parent directory is a link. Everything outside
 * keeps its bytes; the links stay links.
 */
static void test_hostile_fix__never_outside(void **state)
{
	fixture *fx = fixture_new_repo(), *out = fixture_new_dir();
	hostile_result res;
	char *target, *dir;
	size_t len;
	char *after;
	struct stat st;
	const char *const links[] = {"outside.c", "outdir", "inside.c", "sub"};
	size_t i;

	(void)state;
	if (!out) {
		fixture_free(fx);
		skip();
	}
	fixture_write(out, "victim.c", "int victim;\n");
	fixture_write(out, "dir/inner.c", "int inner;\n");
	target = fixture_path(out, "victim.c");
	dir = fixture_path(out, "dir");
	fixture_add_file(fx, "real.c", "int real;\n");
	fixture_symlink(fx, "outside.c", target);
	fixture_symlink(fx, "outdir", dir);
	fixture_symlink(fx, "inside.c", "real.c");
	fixture_add(fx, "outside.c");
	fixture_add(fx, "outdir");
	fixture_add(fx, "inside.c");
	fixture_symlink(fx, "sub", dir);
	fixture_commit(fx, "links");
	assert_int_equal(fix(fx, NULL, &res), 1);
	hostile_result_dispose(&res);
	after = slurp(out, "victim.c", &len);
	assert_int_equal(len, 12);
	assert_memory_equal(after, "int victim;\n", 12);
	free(after);
	after = slurp(out, "dir/inner.c", &len);
	assert_int_equal(len, 11);
	assert_memory_equal(after, "int inner;\n", 11);
	free(after);
	for (i = 0; i < sizeof(links) / sizeof(links[0]); i++) {
		char *p = fixture_path(fx, links[i]);

		assert_int_equal(lstat(p, &st), 0);
		assert_true(S_ISLNK(st.st_mode));
		free(p);
	}
	/* the real file was fixed, once, under its own name */
	after = slurp(fx, "real.c", &len);
	assert_true(len > 11);
	free(after);
	free(target);
	free(dir);
	fixture_free(fx);
	fixture_free(out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_hostile_fix__faults),
	    cmocka_unit_test(test_hostile_fix__never_outside),
	    cmocka_unit_test(test_hostile_fix__sweep_spares),
	};

	return cmocka_run_group_tests_name(
	    "hostile_fix", tests, fixture_group_setup, fixture_group_teardown);
}
