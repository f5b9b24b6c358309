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
 * Hostile work trees, end to end: deep nesting, special files, symlinks
 * in every shape, a file that vanishes between listing and reading, and
 * file names made to break reports or terminals.
 */

#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <unistd.h>
#include <cmocka.h>
#include <jansson.h>
#include "harness.h"
#include "reports/json.h"

#define DEADLINE 60.0

static void run(hostile_result *res, const fixture *fx, hostile_env env,
                const char *const *args)
{
	hostile_run(res, fx->root, DEADLINE, env, args);
}

/* Both kinds of tree: a git work tree (untracked files), and a plain
 * directory (NULL when none can be made: the caller skips). */
static fixture *tree(int git)
{
	return git ? fixture_new_repo() : fixture_new_dir();
}

/*
 * 1,000 nested directories, the file at the bottom found and reported
 * under its full path: in a plain directory, in a work tree where it is
 * tracked (what a clone gives), and in one where the whole tree is
 * untracked (the ignore rules are evaluated as the walk descends: with
 * libgit2's lookups this took seconds, cubic in the depth).
 */
static void test_hostile_tree__nested_1000_deep(void **state)
{
	const char *args[] = {"check", "-q", NULL};
	int kind;

	(void)state;
	for (kind = 0; kind < 3; kind++) {
		size_t depth = 1000, i;
		fixture *fx = tree(kind > 0);
		char *rel = malloc(depth * 2 + 8), line[2100];
		hostile_result res;

		if (!fx) {
			free(rel);
			continue;
		}
		assert_non_null(rel);
		for (i = 0; i < depth; i++)
			memcpy(rel + 2 * i, "d/", 2);
		memcpy(rel + 2 * depth, "deep.c", 7);
		fixture_write(fx, rel, "int deep;\n");
		if (kind == 1) {
			fixture_add(fx, rel);
			fixture_commit(fx, "deep");
		}
		hostile_run_counted(&res, fx->root, DEADLINE, NULL, args);
		hostile_assert_status(&res, 1);
		/* linear in the depth: a few lookups a directory (libgit2's
		 * ignore lookups made it quadratic: 500,000 and more) */
		print_message("depth %zu, kind %d: %lld lookups\n", depth, kind,
		              res.lookups);
		hostile_assert_work(&res, -1, 10 * (long long)depth);
		snprintf(line, sizeof(line), "  %s: no license header", rel);
		assert_true(hostile_has_line(res.out, res.out_len, line));
		hostile_result_dispose(&res);
		free(rel);
		fixture_free(fx);
	}
}

/* A fifo, a socket and a device node: listed as unsupported, never
 * opened for reading (a fifo open would block without a writer). */
static int make_specials(const fixture *fx)
{
	struct sockaddr_un sa;
	char *p;
	int s, rc, dev = 1;

	p = fixture_path(fx, "pipe.c");
	assert_int_equal(mkfifo(p, 0644), 0);
	free(p);
	p = fixture_path(fx, "sock.c");
	memset(&sa, 0, sizeof(sa));
	sa.sun_family = AF_UNIX;
	if (strlen(p) < sizeof(sa.sun_path)) {
		memcpy(sa.sun_path, p, strlen(p) + 1);
		s = socket(AF_UNIX, SOCK_STREAM, 0);
		assert_true(s >= 0);
		assert_int_equal(bind(s, (struct sockaddr *)&sa, sizeof(sa)),
		                 0);
		close(s);
	} else {
		assert_int_equal(mkfifo(p, 0644), 0); /* path too long */
	}
	free(p);
	p = fixture_path(fx, "null.c");
	rc = mknod(p, S_IFCHR | 0644, makedev(1, 3));
	if (rc < 0 && (errno == EPERM || errno == EACCES)) {
		print_message("[ SKIPPED  ] device node: mknod: %s (needs "
		              "CAP_MKNOD); a fifo stands in\n",
		              strerror(errno));
		assert_int_equal(mkfifo(p, 0644), 0);
		dev = 0;
	} else {
		assert_int_equal(rc, 0);
	}
	free(p);
	return dev;
}

static void test_hostile_tree__special_files(void **state)
{
	const char *args[] = {"check", NULL};
	int git;

	(void)state;
	for (git = 0; git < 2; git++) {
		fixture *fx = tree(git);
		hostile_result res;

		if (!fx)
			continue;
		fixture_write(fx, "ok.c", fixture_header_c);
		make_specials(fx);
		run(&res, fx, NULL, args);
		/* a fifo opened for reading would block: the deadline */
		hostile_assert_status(&res, 0);
		assert_true(hostile_has_line(res.out, res.out_len,
		                             "skipped: 3 unsupported_type"));
		hostile_result_dispose(&res);
		fixture_free(fx);
	}
}

/* A tracked file replaced by a fifo (or a device) after it was added:
 * the index says regular file, the reader must still not block. */
static void test_hostile_tree__tracked_file_became_special(void **state)
{
	const char *args[] = {"check", NULL};
	fixture *fx = fixture_new_repo();
	hostile_result res;
	char *p;

	(void)state;
	fixture_add_file(fx, "ok.c", fixture_header_c);
	fixture_add_file(fx, "pipe.c", fixture_header_c);
	fixture_add_file(fx, "null.c", fixture_header_c);
	fixture_commit(fx, "files");
	p = fixture_path(fx, "pipe.c");
	assert_int_equal(unlink(p), 0);
	assert_int_equal(mkfifo(p, 0644), 0);
	free(p);
	p = fixture_path(fx, "null.c");
	assert_int_equal(unlink(p), 0);
	if (mknod(p, S_IFCHR | 0644, makedev(1, 3)) < 0)
		assert_int_equal(mkfifo(p, 0644), 0);
	free(p);
	run(&res, fx, NULL, args);
	/* a fifo opened for reading would block: the deadline */
	hostile_assert_status(&res, 0);
	assert_true(hostile_has_line(res.out, res.out_len,
	                             "skipped: 2 unsupported_type"));
	hostile_result_dispose(&res);
	fixture_free(fx);
}

/*
 * Symlinks: a loop, a dangling link, a link to a file outside the tree
 * (which lacks a header: followed, it would be `missing`) and a link to a
 * directory outside the tree (walked, its file would be listed). All are
 * skipped as symlinks; nothing outside is read or listed. Tracked links
 * too.
 */
static void test_hostile_tree__symlinks(void **state)
{
	const char *args[] = {"check", "--format", "json", NULL};
	int git;

	(void)state;
	for (git = 0; git < 2; git++) {
		fixture *fx = tree(git), *out = fixture_new_dir();
		hostile_result res;
		char *outside_file, *outside_dir;

		if (!fx || !out) {
			fixture_free(fx);
			fixture_free(out);
			continue;
		}
		fixture_write(out, "secret.c", "int secret;\n");
		fixture_write(out, "dir/inner.c", "int inner;\n");
		outside_file = fixture_path(out, "secret.c");
		outside_dir = fixture_path(out, "dir");
		fixture_write(fx, "ok.c", fixture_header_c);
		fixture_symlink(fx, "loop-a.c", "loop-b.c");
		fixture_symlink(fx, "loop-b.c", "loop-a.c");
		fixture_symlink(fx, "self.c", "self.c");
		fixture_symlink(fx, "dangling.c", "no/such/file.c");
		fixture_symlink(fx, "outside.c", outside_file);
		fixture_symlink(fx, "relative-out.c",
		                "../../../../../etc/passwd");
		fixture_symlink(fx, "outdir", outside_dir);
		fixture_symlink(fx, "root", "/");
		if (git) {
			fixture_add(fx, "loop-a.c");
			fixture_add(fx, "outside.c");
			fixture_add(fx, "outdir");
			fixture_commit(fx, "links");
		}
		run(&res, fx, NULL, args);
		hostile_assert_status(&res, 0);
		assert_null(strstr(res.out, "secret"));
		assert_null(strstr(res.out, "inner"));
		assert_null(strstr(res.out, "passwd"));
		assert_non_null(strstr(res.out, "\"path\": \"outdir\""));
		hostile_result_dispose(&res);
		{
			const char *text[] = {"check", NULL};

			run(&res, fx, NULL, text);
			hostile_assert_status(&res, 0);
			assert_true(hostile_has_line(res.out, res.out_len,
			                             "skipped: 8 symlink"));
			hostile_result_dispose(&res);
		}
		/* a PATH through the outside link is refused */
		{
			const char *through[] = {"check", "outdir/inner.c",
			                         NULL};

			run(&res, fx, NULL, through);
			hostile_assert_status(&res, 2);
			assert_non_null(strstr(res.err, "outside the scanned "
			                                "tree"));
			hostile_result_dispose(&res);
		}
		/* and so is the link named as the directory it leads to:
		 * "outdir/" (it exited 0: "outdir" was a skipped symlink) */
		{
			const char *through[] = {"check", "outdir/", NULL};

			run(&res, fx, NULL, through);
			hostile_assert_status(&res, 2);
			assert_non_null(strstr(res.err, "outside the scanned "
			                                "tree"));
			hostile_result_dispose(&res);
		}
		free(outside_file);
		free(outside_dir);
		fixture_free(fx);
		fixture_free(out);
	}
}

/* The configuration as a symlink to a file outside: not read through;
 * a clear error, not the outside file's content. */
static void test_hostile_tree__config_symlink(void **state)
{
	const char *args[] = {"check", NULL};
	fixture *fx = fixture_new_repo(), *out = fixture_new_dir();
	hostile_result res;
	char *target;

	(void)state;
	if (!out) {
		fixture_free(fx);
		skip();
	}
	fixture_write(out, "evil.yaml", "version: 1\nexclude: [\"**\"]\n");
	target = fixture_path(out, "evil.yaml");
	fixture_symlink(fx, ".hdrcheck.yaml", target);
	fixture_write(fx, "a.c", "int a;\n");
	run(&res, fx, NULL, args);
	hostile_assert_status(&res, 2);
	/* one line, "hdrcheck: <message>" */
	assert_true(res.err_len > 0 && !strncmp(res.err, "hdrcheck: ", 10) &&
	            memchr(res.err, '\n', res.err_len) ==
	                res.err + res.err_len - 1);
	hostile_result_dispose(&res);
	free(target);
	fixture_free(fx);
	fixture_free(out);
}

/* A file removed between listing and reading (the LD_PRELOAD shim
 * unlinks it as hdrcheck opens it): it leaves the report, the run goes
 * on. Tracked or not, work tree or directory. */
static void test_hostile_tree__file_vanishes(void **state)
{
	const char *args[] = {"check", NULL};
	char preload[4200];
	const char *env[] = {preload, "HOSTILE_SHIM_VANISH=gone.c", NULL};
	int git;

	(void)state;
	snprintf(preload, sizeof(preload), "LD_PRELOAD=%s",
	         hostile_shim_path());
	for (git = 0; git < 3; git++) {
		fixture *fx = tree(git > 0);
		hostile_result res;
		char *p;
		struct stat st;

		if (!fx)
			continue;
		fixture_write(fx, "ok.c", fixture_header_c);
		fixture_write(fx, "gone.c", "int gone;\n");
		if (git == 2) {
			fixture_add(fx, "ok.c");
			fixture_add(fx, "gone.c");
			fixture_commit(fx, "both");
		}
		run(&res, fx, env, args);
		hostile_assert_status(&res, 0);
		assert_true(hostile_has_line(res.out, res.out_len,
		                             "1 files: 1 ok, 0 missing, 0 "
		                             "mismatch, 0 other_license, 0 "
		                             "skipped, 0 error"));
		/* the shim did remove it */
		p = fixture_path(fx, "gone.c");
		assert_int_equal(lstat(p, &st), -1);
		free(p);
		hostile_result_dispose(&res);
		fixture_free(fx);
	}
}

/*
 * A directory the walk of a plain directory cannot open is an error
 * finding under its path, and the run fails, as for an unreadable file:
 * its files never leave the scope silently. The shim refuses to open it
 * with EACCES (so the test runs as root too, which reads a mode-000
 * directory); not as root, a real mode-000 directory as well. A vendored
 * directory that cannot be read is left out, as its files would be.
 */
static void test_hostile_tree__unreadable_directory(void **state)
{
	const char *check[] = {"check", NULL};
	const char *json[] = {"check", "--format", "json", NULL};
	const char *named[] = {"check", "secret", NULL};
	char preload[4200];
	const char *deny_secret[] = {preload, "HOSTILE_SHIM_EACCES=secret",
	                             NULL};
	const char *deny_vendor[] = {preload,
	                             "HOSTILE_SHIM_EACCES=node_modules", NULL};
	const char *summary = "3 files: 1 ok, 0 missing, 0 mismatch, 0 "
	                      "other_license, 1 skipped, 1 error";
	fixture *fx = fixture_new_dir();
	hostile_result res;
	int as_root = geteuid() == 0, real;

	(void)state;
	if (!fx)
		skip();
	snprintf(preload, sizeof(preload), "LD_PRELOAD=%s",
	         hostile_shim_path());
	fixture_write(fx, "ok.c", fixture_header_c);
	fixture_write(fx, "secret/hidden.c", "int hidden;\n");
	fixture_write(fx, "secret/deeper/x.c", "int x;\n");
	fixture_write(fx, "node_modules/lib/y.js", "var y;\n");

	/* without the fault: all there (the vendored file skipped) */
	run(&res, fx, NULL, check);
	hostile_assert_status(&res, 1);
	hostile_result_dispose(&res);

	for (real = 0; real < 2; real++) {
		char *dir = fixture_path(fx, "secret");

		if (real) {
			if (as_root) {
				free(dir);
				break; /* root reads it anyway */
			}
			assert_int_equal(chmod(dir, 0), 0);
		}
		run(&res, fx, real ? NULL : deny_secret, check);
		hostile_assert_status(&res, 1);
		if (!hostile_has_line(res.out, res.out_len, summary) ||
		    !hostile_has_line(res.out, res.out_len,
		                      "  secret: cannot read the directory: "
		                      "Permission denied"))
			fail_msg("%s: no error for the directory:\n%s",
			         real ? "mode 000" : "EACCES", res.out);
		hostile_result_dispose(&res);

		run(&res, fx, real ? NULL : deny_secret, json);
		hostile_assert_status(&res, 1);
		if (!strstr(res.out, "\"path\": \"secret\"") ||
		    !strstr(res.out, "\"status\": \"error\""))
			fail_msg("no JSON error finding:\n%s", res.out);
		hostile_result_dispose(&res);

		/* named on the command line, the same */
		run(&res, fx, real ? NULL : deny_secret, named);
		hostile_assert_status(&res, 1);
		assert_true(hostile_has_line(res.out, res.out_len,
		                             "  secret: cannot read the "
		                             "directory: Permission denied"));
		hostile_result_dispose(&res);
		if (real)
			assert_int_equal(chmod(dir, 0755), 0);
		free(dir);
	}

	/* a vendored tree nobody checks: no finding, no failure from it */
	fixture_write(fx, "ok2.c", fixture_header_c);
	run(&res, fx, deny_vendor, check);
	hostile_assert_status(&res, 1); /* secret/ still lacks headers */
	assert_null(strstr(res.out, "node_modules"));
	assert_true(hostile_has_line(res.out, res.out_len,
	                             "4 files: 2 ok, 2 missing, 0 mismatch, 0 "
	                             "other_license, 0 skipped, 0 error"));
	hostile_result_dispose(&res);
	fixture_free(fx);
}

/*
 * The same in a git work tree: an untracked directory the walk cannot
 * open is an error finding under its path (its untracked files would
 * otherwise leave the scope without a word); an ignored one is never
 * opened, so it does not matter.
 */
static void test_hostile_tree__unreadable_untracked_directory(void **state)
{
	const char *check[] = {"check", "--no-cache", NULL};
	const char *json[] = {"check", "--no-cache", "--format", "json", NULL};
	char preload[4200];
	const char *deny_secret[] = {preload, "HOSTILE_SHIM_EACCES=secret",
	                             NULL};
	const char *deny_built[] = {preload, "HOSTILE_SHIM_EACCES=built", NULL};
	fixture *fx = fixture_new_repo();
	hostile_result res;

	(void)state;
	snprintf(preload, sizeof(preload), "LD_PRELOAD=%s",
	         hostile_shim_path());
	fixture_add_file(fx, "ok.c", fixture_header_c);
	fixture_commit(fx, "tracked");
	fixture_write(fx, ".git/info/exclude", "built/\n");
	fixture_write(fx, "secret/hidden.c", "int hidden;\n");
	fixture_write(fx, "built/out.c", "int out;\n");

	/* without the fault: the untracked file is missing its header */
	run(&res, fx, NULL, check);
	hostile_assert_status(&res, 1);
	assert_true(hostile_has_line(res.out, res.out_len,
	                             "  secret/hidden.c: no license header"));
	hostile_result_dispose(&res);

	run(&res, fx, deny_secret, check);
	hostile_assert_status(&res, 1);
	if (!hostile_has_line(res.out, res.out_len,
	                      "  secret: cannot read the directory: "
	                      "Permission denied"))
		fail_msg("no error for the directory:\n%s", res.out);
	hostile_result_dispose(&res);

	run(&res, fx, deny_secret, json);
	hostile_assert_status(&res, 1);
	if (!strstr(res.out, "\"path\": \"secret\"") ||
	    !strstr(res.out, "\"status\": \"error\""))
		fail_msg("no JSON error finding:\n%s", res.out);
	hostile_result_dispose(&res);

	/* an ignored directory is not opened: nothing to report */
	fixture_write(fx, "secret/hidden.c", fixture_header_c);
	run(&res, fx, deny_built, check);
	hostile_assert_status(&res, 0);
	assert_null(strstr(res.out, "built"));
	hostile_result_dispose(&res);
	fixture_free(fx);
}

/* The hostile names: a line break, quotes, a backslash, a tab, bytes
 * that are not UTF-8, an ANSI escape, a C1 CSI (U+009B), a bidi override
 * (U+202E), a carriage return, DEL. */
static const char *const names[] = {
    "new\nline.c",
    "dq\"uote.c",
    "sq'uote.c",
    "back\\slash.c",
    "tab\there.c",
    "bad\xff\xfe.c",
    "esc\x1b[31mred.c",
    "c1\xc2\x9b"
    "31mred.c",
    "bidi\xe2\x80\xae"
    "c.exe.c",
    "cr\rhere.c",
    "del\x7f.c",
    "lt<gt>amp&.c",
    ",comma.c",
    "=cmd.c",
    "[link](x).c",
};

/* A raw control character: C0 but tab, LF and CR where the format allows
 * them (allow_space), DEL, C1 (as UTF-8), or a bidi override. */
static const char *raw_control(const char *s, size_t len, int allow_space)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i;

	for (i = 0; i < len; i++) {
		if (p[i] == '\n' ||
		    (allow_space && (p[i] == '\t' || p[i] == '\r')))
			continue;
		if (p[i] < 0x20 || p[i] == 0x7F)
			return s + i;
		if (i + 1 < len && p[i] == 0xC2 && p[i + 1] >= 0x80 &&
		    p[i + 1] < 0xA0)
			return s + i;
		if (i + 2 < len && p[i] == 0xE2 && p[i + 1] == 0x80 &&
		    p[i + 2] >= 0xAA && p[i + 2] <= 0xAE)
			return s + i;
	}
	return NULL;
}

static fixture *names_tree(void)
{
	fixture *fx = fixture_new_repo();
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		fixture_write(fx, names[i], "int x;\n");
	return fx;
}

static void run_format(hostile_result *res, const fixture *fx,
                       const char *format)
{
	const char *args[] = {"check", "--format", format, NULL};

	run(res, fx, NULL, args);
	hostile_assert_status(res, 1);
}

/* text: git-style quoting with C escapes, and no raw control byte */
static void test_hostile_tree__names_text(void **state)
{
	fixture *fx = names_tree();
	hostile_result res;
	const char *bad;
	const char *args[] = {"check", "--color", "always", NULL};

	(void)state;
	run_format(&res, fx, "text");
	if ((bad = raw_control(res.out, res.out_len, 0)) != NULL)
		fail_msg("raw control byte 0x%02x at %zu", (unsigned char)*bad,
		         (size_t)(bad - res.out));
	assert_true(hostile_has_line(res.out, res.out_len,
	                             "  \"new\\nline.c\": no license header"));
	assert_true(hostile_has_line(res.out, res.out_len,
	                             "  \"esc\\033[31mred.c\": no license "
	                             "header"));
	assert_true(hostile_has_line(res.out, res.out_len,
	                             "  \"c1\\302\\23331mred.c\": no license "
	                             "header"));
	assert_true(hostile_has_line(res.out, res.out_len,
	                             "  \"bidi\\342\\200\\256c.exe.c\": no "
	                             "license header"));
	assert_true(hostile_has_line(res.out, res.out_len,
	                             "  \"bad\\377\\376.c\": no license "
	                             "header"));
	assert_true(hostile_has_line(res.out, res.out_len,
	                             "  \"dq\\\"uote.c\": no license header"));
	assert_true(hostile_has_line(res.out, res.out_len,
	                             "  \"del\\177.c\": no license header"));
	hostile_result_dispose(&res);
	/* in colour, only hdrcheck's own SGR sequences appear */
	run(&res, fx, NULL, args);
	hostile_assert_status(&res, 1);
	{
		const char *p = res.out;

		while ((p = memchr(p, '\x1b',
		                   res.out_len - (size_t)(p - res.out))) !=
		       NULL) {
			if (strncmp(p, "\x1b[31m", 5) &&
			    strncmp(p, "\x1b[32m", 5) &&
			    strncmp(p, "\x1b[33m", 5) &&
			    strncmp(p, "\x1b[0m", 4))
				fail_msg("a foreign escape sequence: %.12s", p);
			p++;
		}
	}
	hostile_result_dispose(&res);
	fixture_free(fx);
}

static void check_json_paths(const char *out, size_t len, const char *key,
                             int sarif)
{
	json_error_t jerr;
	json_t *doc = json_loadb(out, len, 0, &jerr);
	size_t i;

	/* no raw DEL, C1 control (U+009B is CSI) or bidi control: a
	 * terminal or an editor showing the report would obey them */
	for (i = 0; i < len; i++) {
		const unsigned char *u = (const unsigned char *)out + i;

		if (u[0] == 0x7f ||
		    (i + 1 < len && u[0] == 0xc2 && u[1] >= 0x80 &&
		     u[1] <= 0x9f) ||
		    (i + 2 < len && u[0] == 0xe2 &&
		     ((u[1] == 0x80 && u[2] >= 0xaa && u[2] <= 0xae) ||
		      (u[1] == 0x81 && u[2] >= 0xa6 && u[2] <= 0xa9))))
			fail_msg("%s: a raw control at byte %zu: %.20s", key, i,
			         out + i);
	}

	if (!doc)
		fail_msg("invalid JSON (%s)", jerr.text);
	/* every name made it, as valid UTF-8 (bytes that are not UTF-8
	 * repaired) */
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		const char *n = names[i];
		json_t *value;
		char *dumped;

		if (strchr(n, '\xff') || sarif)
			continue;
		value = json_string(n);
		dumped = json_dumps(value, JSON_ENCODE_ANY);
		json_decref(value);
		assert_non_null(dumped);
		{
			/* DEL, C1 and bidi controls: \u escapes */
			char *escaped;
			size_t elen;

			assert_int_equal(
			    hdrcheck__json_escape_controls(
			        &escaped, &elen, dumped, strlen(dumped)),
			    0);
			free(dumped);
			dumped = escaped;
		}
		if (!strstr(out, dumped))
			fail_msg("%s: %s missing", key, dumped);
		free(dumped);
	}
	json_decref(doc);
}

/* JSON and SARIF: parse, every name present and escaped, no raw control
 * byte outside what JSON allows (none at all in a string) */
static void test_hostile_tree__names_json_sarif(void **state)
{
	fixture *fx = names_tree();
	hostile_result res;
	const char *bad;

	(void)state;
	run_format(&res, fx, "json");
	if ((bad = raw_control(res.out, res.out_len, 0)) != NULL &&
	    (unsigned char)*bad < 0x80)
		fail_msg("json: raw control byte 0x%02x", (unsigned char)*bad);
	check_json_paths(res.out, res.out_len, "json", 0);
	assert_non_null(
	    strstr(res.out, "\"path\": \"bad\xef\xbf\xbd\xef\xbf\xbd.c\""));
	hostile_result_dispose(&res);
	run_format(&res, fx, "sarif");
	if ((bad = raw_control(res.out, res.out_len, 0)) != NULL &&
	    (unsigned char)*bad < 0x80)
		fail_msg("sarif: raw control byte 0x%02x", (unsigned char)*bad);
	check_json_paths(res.out, res.out_len, "sarif", 1);
	/* artifact URIs percent-encode what a URI cannot hold */
	assert_non_null(strstr(res.out, "new%0Aline.c"));
	assert_non_null(strstr(res.out, "esc%1B%5B31mred.c"));
	hostile_result_dispose(&res);
	fixture_free(fx);
}

/* JUnit and HTML: no raw control character (XML 1.0 forbids C0 but tab,
 * LF, CR), markup characters as entities */
static void test_hostile_tree__names_junit_html_markdown(void **state)
{
	static const char *const formats[] = {"junit", "html", "markdown"};
	fixture *fx = names_tree();
	hostile_result res;
	const char *bad;
	size_t i;

	(void)state;
	for (i = 0; i < 3; i++) {
		run_format(&res, fx, formats[i]);
		if ((bad = raw_control(res.out, res.out_len, 1)) != NULL)
			fail_msg("%s: raw control byte 0x%02x at %zu: %.40s",
			         formats[i], (unsigned char)*bad,
			         (size_t)(bad - res.out), bad);
		if (i < 2) {
			assert_null(strstr(res.out, "lt<gt>"));
			assert_non_null(
			    strstr(res.out, "lt&lt;gt&gt;amp&amp;.c"));
		} else {
			/* markdown: literal inside a code span */
			assert_non_null(strstr(res.out, "`lt<gt>amp&.c`"));
		}
		assert_non_null(strstr(res.out, "new\\nline.c"));
		hostile_result_dispose(&res);
	}
	fixture_free(fx);
}

/* One RFC 4180 field at *p; advances *p past it and its separator. */
static char *csv_field(const char **p, const char *end, int *eol)
{
	char *f = malloc((size_t)(end - *p) + 1);
	size_t n = 0;
	const char *s = *p;

	assert_non_null(f);
	*eol = 0;
	if (s < end && *s == '"') {
		for (s++; s < end; s++) {
			if (*s == '"' && s + 1 < end && s[1] == '"')
				f[n++] = *s++;
			else if (*s == '"')
				break;
			else
				f[n++] = *s;
		}
		assert_true(s < end);
		s++;
	} else {
		while (s < end && *s != ',' && *s != '\r')
			f[n++] = *s++;
	}
	if (s < end && *s == ',') {
		s++;
	} else {
		assert_true(end - s >= 2 && s[0] == '\r' && s[1] == '\n');
		s += 2;
		*eol = 1;
	}
	f[n] = '\0';
	*p = s;
	return f;
}

/* CSV: every path comes back byte for byte from an RFC 4180 parser; the
 * formula-looking one is neutralised with a leading quote */
static void test_hostile_tree__names_csv(void **state)
{
	fixture *fx = names_tree();
	hostile_result res;
	const char *p, *end;
	size_t found = 0, i, row = 0;
	int eol;

	(void)state;
	run_format(&res, fx, "csv");
	p = res.out;
	end = res.out + res.out_len;
	while (p < end) {
		char *first = csv_field(&p, end, &eol);

		if (row++ > 0) {
			for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
				if (!strcmp(first, names[i]) ||
				    (names[i][0] == '=' && first[0] == '\'' &&
				     !strcmp(first + 1, names[i])))
					found++;
		}
		free(first);
		while (!eol)
			free(csv_field(&p, end, &eol));
	}
	assert_int_equal(found, sizeof(names) / sizeof(names[0]));
	hostile_result_dispose(&res);
	fixture_free(fx);
}

/*
 * A tracked file deleted from the work tree leaves the report, also when
 * its path alone decides its verdict (a lock file, an image: it stayed as
 * "skipped"), with and without the result cache; a deleted tracked
 * symlink too.
 */
static void test_hostile_tree__deleted_path_decided(void **state)
{
	static const char *const gone[] = {"package-lock.json", "logo.png",
	                                   "dir/yarn.lock"};
	fixture *fx = fixture_new_repo();
	const char *args[] = {"check", "--format", "json", NULL};
	size_t i;
	int round;

	(void)state;
	fixture_add_file(fx, "ok.c", fixture_header_c);
	fixture_mkdir(fx, "dir");
	for (i = 0; i < sizeof(gone) / sizeof(gone[0]); i++)
		fixture_add_file(fx, gone[i], "x\n");
	fixture_symlink(fx, "link", "ok.c");
	fixture_add(fx, "link");
	fixture_commit(fx, "files");
	for (round = 0; round < 3; round++) {
		hostile_result res;

		hostile_run(&res, fx->root, DEADLINE, NULL, args);
		hostile_assert_status(&res, 0);
		if (round == 0) {
			/* the cache learns the path verdicts first */
			assert_non_null(strstr(res.out, "package-lock.json"));
			for (i = 0; i < sizeof(gone) / sizeof(gone[0]); i++) {
				char *p = fixture_path(fx, gone[i]);

				assert_int_equal(unlink(p), 0);
				free(p);
			}
			{
				char *p = fixture_path(fx, "link");

				assert_int_equal(unlink(p), 0);
				free(p);
			}
		} else {
			for (i = 0; i < sizeof(gone) / sizeof(gone[0]); i++)
				if (strstr(res.out, gone[i]))
					fail_msg("%s is still reported",
					         gone[i]);
			assert_null(strstr(res.out, "\"link\""));
			assert_non_null(strstr(res.out, "\"ok.c\""));
		}
		hostile_result_dispose(&res);
	}
	fixture_free(fx);
}

/*
 * core.ignoreCase: an untracked file differing from a tracked one only in
 * case is that file to git (`git ls-files -o` does not list it): not
 * listed as an untracked file either.
 */
static void test_hostile_tree__ignore_case(void **state)
{
	fixture *fx = fixture_new_repo();
	const char *args[] = {"check", "--no-cache", "--format", "json", NULL};
	git_config *cfg = NULL;
	hostile_result res;
	char *from, *to;

	(void)state;
	assert_int_equal(git_repository_config(&cfg, fx->repo), 0);
	assert_int_equal(git_config_set_bool(cfg, "core.ignorecase", 1), 0);
	git_config_free(cfg);
	fixture_mkdir(fx, "sub");
	fixture_add_file(fx, "Readme.c", "int tracked;\n");
	fixture_add_file(fx, "sub/Upper.c", "int tracked;\n");
	fixture_commit(fx, "files");
	from = fixture_path(fx, "sub/Upper.c");
	to = fixture_path(fx, "sub/upper.c");
	assert_int_equal(rename(from, to), 0);
	fixture_write(fx, "README.C", "int other_case;\n");
	fixture_write(fx, "new.c", "int untracked;\n");
	hostile_run(&res, fx->root, DEADLINE, NULL, args);
	hostile_assert_status(&res, 1);
	assert_null(strstr(res.out, "\"README.C\""));
	assert_null(strstr(res.out, "\"sub/upper.c\""));
	assert_non_null(strstr(res.out, "\"new.c\""));
	assert_non_null(strstr(res.out, "\"Readme.c\""));
	hostile_result_dispose(&res);
	free(from);
	free(to);
	fixture_free(fx);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_hostile_tree__nested_1000_deep),
	    cmocka_unit_test(test_hostile_tree__special_files),
	    cmocka_unit_test(test_hostile_tree__tracked_file_became_special),
	    cmocka_unit_test(test_hostile_tree__symlinks),
	    cmocka_unit_test(test_hostile_tree__config_symlink),
	    cmocka_unit_test(test_hostile_tree__file_vanishes),
	    cmocka_unit_test(test_hostile_tree__names_text),
	    cmocka_unit_test(test_hostile_tree__names_json_sarif),
	    cmocka_unit_test(test_hostile_tree__names_junit_html_markdown),
	    cmocka_unit_test(test_hostile_tree__names_csv),
	    cmocka_unit_test(test_hostile_tree__unreadable_directory),
	    cmocka_unit_test(test_hostile_tree__unreadable_untracked_directory),
	    cmocka_unit_test(test_hostile_tree__deleted_path_decided),
	    cmocka_unit_test(test_hostile_tree__ignore_case),
	};

	return cmocka_run_group_tests_name(
	    "hostile_tree", tests, fixture_group_setup, fixture_group_teardown);
}
