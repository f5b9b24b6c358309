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

#ifndef HDRCHECK_TESTS_CLI_FIXTURE_H
#define HDRCHECK_TESTS_CLI_FIXTURE_H

/*
 * Fixtures of the command-line tests: git repositories and plain
 * directories built at test time (never a committed .git), and a runner
 * for the hdrcheck binary.
 *
 * As in libgit2's clar helpers, every helper asserts: a failure fails the
 * current cmocka test with a message, so the tests read as a list of steps.
 * Call them from a test, a setup or a teardown only.
 */

#include <stddef.h>
#include <sys/types.h>
#include <git2.h>

/* The Apache-2.0 appendix notice, in the two comment styles the tests use.
 * Each ends with a newline. */
extern const char fixture_header_c[];    /* C block comment */
extern const char fixture_header_hash[]; /* '#' line comments */

/* A scratch tree: a git work tree, or a plain directory. */
typedef struct {
	char *root;           /* absolute, symlinks resolved; no trailing / */
	git_repository *repo; /* NULL for a plain directory */
	char head[GIT_OID_HEXSZ + 1]; /* last commit made, or "" */
	char *top; /* the directory fixture_free() removes: root or above */
} fixture;

/* Flags of fixture_run(). */
#define FIXTURE_RUN_NO_DAC 0x1 /* run without CAP_DAC_* (see below) */

/* The exit status fixture_run() reports when FIXTURE_RUN_NO_DAC could not
 * drop the capabilities: the test should skip, not fail. */
#define FIXTURE_RUN_CANNOT_DROP 125

/* What a run of the binary produced. */
typedef struct {
	int status; /* exit status, or 128 + signal number */
	char *out;  /* all of stdout, NUL-terminated (may hold NULs) */
	size_t out_len;
	char *err; /* all of stderr, NUL-terminated */
	size_t err_len;
} fixture_result;

/* Once per process: isolate libgit2 from the user's and system's config. */
void fixture_global_init(void);
void fixture_global_shutdown(void);
/* The same, as cmocka group setup and teardown functions. */
int fixture_group_setup(void **state);
int fixture_group_teardown(void **state);

/* A fresh empty repository in a unique directory under HDRCHECK_TEST_TMP. */
fixture *fixture_new_repo(void);

/* A fresh repository whose work tree holds a .git FILE ("gitdir: ...")
 * naming a git directory outside of it, as `git init --separate-git-dir`
 * and `git worktree add` make. */
fixture *fixture_new_repo_gitfile(void);

/* A linked work tree of origin (git worktree add) named name, checked out
 * at its HEAD, in its own directory under HDRCHECK_TEST_TMP. Free it
 * before origin. */
fixture *fixture_new_worktree(fixture *origin, const char *name);

/* A fresh directory that no enclosing git repository claims. The build
 * tree may itself sit in a work tree; then $TMPDIR (or /tmp) is used. NULL
 * if no such directory can be found (the test should skip). */
fixture *fixture_new_dir(void);

/* Remove the whole tree and free. NULL is a no-op. */
void fixture_free(fixture *fx);

/* The absolute path of rel inside the fixture; malloc'd. */
char *fixture_path(const fixture *fx, const char *rel);

/* Create directory rel and its parents. */
void fixture_mkdir(const fixture *fx, const char *rel);

/* Write len bytes to rel (parents created) with the given mode. */
void fixture_write_mode(const fixture *fx, const char *rel, const void *data,
                        size_t len, mode_t mode);

/* Write a NUL-terminated string to rel, mode 0644. */
void fixture_write(const fixture *fx, const char *rel, const char *text);

/* A symbolic link rel -> target. */
void fixture_symlink(const fixture *fx, const char *rel, const char *target);

/* Write .gitignore (with the license header in '#' comments) holding the
 * given rules, one per line. */
void fixture_gitignore(const fixture *fx, const char *rules);

/* Add the work-tree file rel to the index and write the index. Ignore
 * rules do not apply (like git add -f). */
void fixture_add(fixture *fx, const char *rel);

/* Write and add in one step. */
void fixture_add_file(fixture *fx, const char *rel, const char *text);

/* Write and add every file under the directory dir (on disk) at rel in
 * the fixture ("" for its root), mode 0644. */
void fixture_add_tree(fixture *fx, const char *dir, const char *rel);

/* All of the file at path, NUL-terminated (not counted in *len, which may
 * be NULL); malloc'd. NULL when it cannot be opened: an optional file of a
 * data-driven case. */
char *fixture_slurp(const char *path, size_t *len);

/* Run run(name) for every case directory of dir (all entries but dot
 * files and README.md), in bytewise order so that a failure names the
 * same case every run; there must be at least min. */
void fixture_each_case(const char *dir, size_t min,
                       void (*run)(const char *name));

/* Add a gitlink (submodule) entry at rel pointing at commit hex, and
 * write the index. Nothing is created in the work tree. */
void fixture_add_gitlink(fixture *fx, const char *rel, const char *hex);

/* Commit the index (parent: HEAD if any); fx->head gets the new id. */
void fixture_commit(fixture *fx, const char *message);

/*
 * Run the hdrcheck binary with the NULL-terminated argument list (argv[0]
 * is supplied) in directory cwd, with HOME pointing at an empty directory.
 * stdin is /dev/null; stdout and stderr are captured whole. With
 * FIXTURE_RUN_NO_DAC the child drops CAP_DAC_OVERRIDE and
 * CAP_DAC_READ_SEARCH from its bounding set first, so that even root gets
 * EACCES from a mode 000 file.
 */
void fixture_run(fixture_result *res, const char *cwd, unsigned int flags, ...);

/* The same with an argument vector (argv[0] supplied, NULL-terminated). */
void fixture_runv(fixture_result *res, const char *cwd, unsigned int flags,
                  const char *const *args);

/* Free the buffers of a result; safe on a zeroed one. */
void fixture_result_dispose(fixture_result *res);

#endif
