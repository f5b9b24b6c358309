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

#ifndef HDRCHECK_TESTS_SCANNER_ORACLE_H
#define HDRCHECK_TESTS_SCANNER_ORACLE_H

/*
 * hdrcheck's own git readers against libgit2 and git, on a fixture
 * repository (tests/cli/fixture.h): the index reader (scanner/index.c),
 * the pack reader (scanner/pack.c), the ignore engine (scanner/ignore.c)
 * path by path, and the untracked walk (scanner/untracked.c). Each
 * helper asserts (cmocka); each returns how many things it compared, so
 * that a test can tell a comparison that ran from one that had nothing
 * to look at.
 */

#include <stddef.h>
#include "../cli/fixture.h"

/* Once per process, before any git is run: no user or system
 * configuration for git's children or for libgit2. */
void oracle_env_init(void);

/* Run the shell command cmd in dir; *out (may be NULL) gets all of its
 * stdout, NUL-terminated, malloc'd. The exit status (-1: not run). */
int oracle_sh(const char *dir, const char *cmd, char **out, size_t *len);

/* 1 when git can be run. */
int oracle_have_git(void);

/* Our index reader on $GIT_DIR/index against libgit2's: every entry's
 * path, stage, mode, blob id, flags and stat data, and every valid node
 * of the cache tree against the tree libgit2 builds. Entries compared. */
size_t oracle_index(fixture *fx);

/* Pack every object of the repository (libgit2's pack builder, with
 * deltas) when it has no pack yet, then read each object of each pack
 * with our reader and with libgit2. Objects compared. */
size_t oracle_packs(fixture *fx);

/* Every file and directory of the work tree (nested repositories
 * aside): the ignore engine's verdict against `git check-ignore`. Paths
 * compared (0 without git). */
size_t oracle_check_ignore(fixture *fx);

/* The untracked walk against `git ls-files -o --exclude-standard`. Paths
 * compared (0 without git). */
size_t oracle_untracked(fixture *fx);

/* All of the above; prints the counts. */
void oracle_readers(fixture *fx);

#endif
