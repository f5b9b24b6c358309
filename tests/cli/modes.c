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
 * The git-native modes end to end, on repositories built at test time:
 * --rev (bare clones, tags, the commit's configuration and attributes),
 * --changed-since (adds, edits, renames, deletes, staged, unstaged and
 * untracked changes; a shallow clone without the merge base), --staged,
 * --include-submodules, the errors (missing and ambiguous revisions, a
 * repository owned by someone else), and the result cache (hits, misses,
 * invalidation, a corrupted file, concurrent runs, and the same verdicts
 * with and without it on every classification case of tests/data).
 */

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>
#include <jansson.h>
#include "common.h"
#include "hdrcheck/hdrcheck.h"
#include "scanner/sources/internal.h"
#include "fixture.h"

#define CASES_DIR HDRCHECK_TEST_DATA "/policies"

/* --- helpers --- */

static void git_ok(int rc, const char *what)
{
	const git_error *e = git_error_last();

	if (rc < 0)
		fail_msg("%s: libgit2 error %d: %s", what, rc,
		         e && e->message ? e->message : "(no message)");
}

static char *concat(const char *a, const char *b)
{
	char *s = hdrcheck__aprintf("%s%s", a, b);

	assert_non_null(s);
	return s;
}

static void write_ok_c(fixture *fx, const char *rel)
{
	char *text = concat(fixture_header_c, "\nint x;\n");

	fixture_write(fx, rel, text);
	free(text);
}

static void add_ok_c(fixture *fx, const char *rel)
{
	write_ok_c(fx, rel);
	fixture_add(fx, rel);
}

static void add_missing_c(fixture *fx, const char *rel)
{
	fixture_add_file(fx, rel, "int missing;\n");
}

static json_t *parse_json(const fixture_result *res)
{
	json_error_t jerr;
	json_t *doc;

	if ((res->status != 0 && res->status != 1) || res->err_len)
		fail_msg("exit status %d, stderr: %s", res->status, res->err);
	doc = json_loadb(res->out, res->out_len, 0, &jerr);
	if (!doc)
		fail_msg("invalid JSON report (%s): %s", jerr.text, res->out);
	return doc;
}

/* Run with --format json and the given arguments, and parse. */
#define RUN_JSON(res, cwd, ...)                                                \
	(fixture_run((res), (cwd), 0, "--format", "json", __VA_ARGS__,         \
	             (char *)NULL),                                            \
	 parse_json(res))
#define RUN_JSON0(res, cwd)                                                    \
	(fixture_run((res), (cwd), 0, "--format", "json", (char *)NULL),       \
	 parse_json(res))

static json_t *find_file(json_t *doc, const char *path)
{
	json_t *f;
	size_t i;

	json_array_foreach(json_object_get(doc, "files"), i, f)
	{
		const char *p = json_string_value(json_object_get(f, "path"));

		if (p && strcmp(p, path) == 0)
			return f;
	}
	return NULL;
}

static void expect_file(json_t *doc, const char *path, const char *status)
{
	json_t *f = find_file(doc, path);
	const char *got;

	if (!f)
		fail_msg("\"%s\" is not in the report", path);
	got = json_string_value(json_object_get(f, "status"));
	if (!got || strcmp(got, status) != 0)
		fail_msg("\"%s\": status %s, expected %s", path,
		         got ? got : "(none)", status);
}

/* The report lists exactly these paths (NULL-terminated, sorted). */
static void expect_paths(json_t *doc, const char *const *paths)
{
	json_t *files = json_object_get(doc, "files"), *f;
	size_t i, n = 0;

	while (paths[n])
		n++;
	json_array_foreach(files, i, f)
	{
		const char *p = json_string_value(json_object_get(f, "path"));

		if (i >= n || strcmp(p, paths[i]) != 0)
			fail_msg("file %zu is \"%s\", expected \"%s\"", i, p,
			         i < n ? paths[i] : "(end)");
	}
	if (json_array_size(files) != n)
		fail_msg("%zu files, expected %zu (first missing: %s)",
		         json_array_size(files), n,
		         paths[json_array_size(files)]);
}

static const char *source_field(json_t *doc, const char *key)
{
	return json_string_value(
	    json_object_get(json_object_get(doc, "source"), key));
}

/* Status 2, nothing on stdout, one line on stderr that holds needle. */
static void expect_trouble(const fixture_result *res, const char *needle)
{
	if (res->status != 2)
		fail_msg("exit status %d, expected 2; stderr: %s", res->status,
		         res->err);
	assert_int_equal(res->out_len, 0);
	assert_memory_equal(res->err, "hdrcheck: ", strlen("hdrcheck: "));
	assert_int_equal(res->err[res->err_len - 1], '\n');
	assert_null(memchr(res->err, '\n', res->err_len - 1));
	if (!strstr(res->err, needle))
		fail_msg("\"%s\" not in: %s", needle, res->err);
}

/* A branch at the current HEAD. */
static void branch_here(fixture *fx, const char *name)
{
	git_reference *ref = NULL;
	git_commit *head = NULL;
	git_oid id;

	git_ok(git_reference_name_to_id(&id, fx->repo, "HEAD"), "HEAD");
	git_ok(git_commit_lookup(&head, fx->repo, &id), "commit");
	git_ok(git_branch_create(&ref, fx->repo, name, head, 0), name);
	git_reference_free(ref);
	git_commit_free(head);
}

/* A commit on branch name (not checked out) adding one top-level file. */
static void commit_to_branch(fixture *fx, const char *branch, const char *path,
                             const char *text)
{
	git_reference *ref = NULL;
	git_commit *parent = NULL;
	git_tree *tree = NULL;
	git_treebuilder *tb = NULL;
	git_signature *sig = NULL;
	git_oid blob, tree_id, id;
	char refname[256];
	const git_commit *parents[1];

	snprintf(refname, sizeof(refname), "refs/heads/%s", branch);
	git_ok(git_reference_lookup(&ref, fx->repo, refname), refname);
	git_ok(git_commit_lookup(&parent, fx->repo, git_reference_target(ref)),
	       "parent");
	git_ok(git_commit_tree(&tree, parent), "tree");
	git_ok(git_blob_create_from_buffer(&blob, fx->repo, text, strlen(text)),
	       "blob");
	git_ok(git_treebuilder_new(&tb, fx->repo, tree), "treebuilder");
	git_ok(git_treebuilder_insert(NULL, tb, path, &blob, GIT_FILEMODE_BLOB),
	       path);
	git_ok(git_treebuilder_write(&tree_id, tb), "write tree");
	git_tree_free(tree);
	git_ok(git_tree_lookup(&tree, fx->repo, &tree_id), "tree");
	git_ok(
	    git_signature_new(&sig, "t", "t@hdrcheck.invalid", 1767225600, 0),
	    "sig");
	parents[0] = parent;
	git_ok(git_commit_create(&id, fx->repo, refname, sig, sig, NULL,
	                         "on a branch", tree, 1, parents),
	       "commit");
	git_signature_free(sig);
	git_treebuilder_free(tb);
	git_tree_free(tree);
	git_commit_free(parent);
	git_reference_free(ref);
}

/*
 * The kernel stamps files with a coarse clock: a file written in the same
 * tick as the index is "racily clean", and neither git nor the cache
 * trusts its stat data. Let the clock move, then write the index again.
 */
static void settle(fixture *fx)
{
	git_index *ix = NULL;

	usleep(30 * 1000);
	git_ok(git_repository_index(&ix, fx->repo), "index");
	git_ok(git_index_read(ix, 1), "read");
	git_ok(git_index_write(ix), "write");
	git_index_free(ix);
}

static void tag_head(fixture *fx, const char *name, int annotated)
{
	git_object *head = NULL;
	git_signature *sig = NULL;
	git_oid id;

	git_ok(git_revparse_single(&head, fx->repo, "HEAD"), "HEAD");
	if (annotated) {
		git_ok(git_signature_new(&sig, "t", "t@hdrcheck.invalid",
		                         1767225600, 0),
		       "sig");
		git_ok(
		    git_tag_create(&id, fx->repo, name, head, sig, "a tag", 0),
		    name);
	} else {
		git_ok(git_tag_create_lightweight(&id, fx->repo, name, head, 0),
		       name);
	}
	git_signature_free(sig);
	git_object_free(head);
}

static void remove_from_index(fixture *fx, const char *rel)
{
	git_index *ix = NULL;

	git_ok(git_repository_index(&ix, fx->repo), "index");
	git_ok(git_index_remove_bypath(ix, rel), rel);
	git_ok(git_index_write(ix), "write");
	git_index_free(ix);
}

/* A bare copy of fx next to it (its git directory, core.bare set: what a
 * bare clone holds; git_clone leaks in libgit2 1.5); the caller frees the
 * path. */
static char *bare_clone(fixture *fx, const char *name)
{
	git_repository *bare = NULL;
	git_config *cfg = NULL;
	char *path = hdrcheck__aprintf("%s-%s.git", fx->root, name);
	char *cmd;

	assert_non_null(path);
	cmd = hdrcheck__aprintf("cp -a '%s/.git' '%s'", fx->root, path);
	assert_non_null(cmd);
	assert_int_equal(system(cmd), 0);
	free(cmd);
	git_ok(git_repository_open_bare(&bare, path), "open bare");
	git_ok(git_repository_config(&cfg, bare), "config");
	git_ok(git_config_set_bool(cfg, "core.bare", 1), "core.bare");
	git_config_free(cfg);
	git_repository_free(bare);
	return path;
}

static void remove_tree(const char *path)
{
	char *cmd = hdrcheck__aprintf("rm -rf '%s'", path);

	assert_non_null(cmd);
	assert_int_equal(system(cmd), 0);
	free(cmd);
}

/* A work-tree file rewritten with its own bytes: stat data moves, the
 * content does not. */
static void touch_same(fixture *fx, const char *rel)
{
	char *path = fixture_path(fx, rel);
	struct timespec times[2] = {{0, UTIME_NOW}, {1, 0}};
	FILE *f = fopen(path, "rb+");
	int c;

	assert_non_null(f);
	c = fgetc(f);
	rewind(f);
	fputc(c, f);
	fclose(f);
	assert_int_equal(utimensat(AT_FDCWD, path, times, 0), 0);
	free(path);
}

/* --- setup --- */

#define MORE 4

typedef struct {
	fixture *repo;
	char *more[MORE]; /* directories to remove */
} modes_state;

static int setup_test(void **state)
{
	modes_state *st = calloc(1, sizeof(*st));

	assert_non_null(st);
	*state = st;
	st->repo = fixture_new_repo();
	return 0;
}

static int teardown_test(void **state)
{
	modes_state *st = *state;
	size_t i;

	for (i = 0; i < MORE; i++)
		if (st->more[i]) {
			remove_tree(st->more[i]);
			free(st->more[i]);
		}
	fixture_free(st->repo);
	free(st);
	return 0;
}

static char *keep_path(void **state, char *path)
{
	modes_state *st = *state;
	size_t i;

	for (i = 0; i < MORE; i++)
		if (!st->more[i]) {
			st->more[i] = path;
			return path;
		}
	fail_msg("too many extra trees");
	return NULL;
}

static fixture *repo_of(void **state)
{
	return ((modes_state *)*state)->repo;
}

/* --- --rev --- */

static void test_cli_modes__rev_bare_clone_and_tag(void **state)
{
	fixture *fx = repo_of(state);
	fixture_result res;
	json_t *doc;
	char *bare, *v1;
	static const char *const at_v1[] = {".gitattributes", ".hdrcheck.yaml",
	                                    "gen/skip.c",     "legacy.c",
	                                    "src/ok.c",       NULL};

	/* v1: a configuration that excludes legacy.c, an attribute that
	 * skips gen/, a file with no header */
	fixture_add_file(fx, ".hdrcheck.yaml",
	                 "# Copyright 2026 The hdrcheck Authors\n"
	                 "# SPDX-License-Identifier: Apache-2.0\n"
	                 "version: 1\nexclude: [legacy.c]\n");
	fixture_add_file(fx, ".gitattributes",
	                 "# SPDX-License-Identifier: Apache-2.0\n"
	                 "gen/** hdrcheck=skip\n");
	add_ok_c(fx, "src/ok.c");
	add_missing_c(fx, "legacy.c");
	add_missing_c(fx, "gen/skip.c");
	fixture_commit(fx, "v1");
	v1 = strdup(fx->head);
	assert_non_null(v1);
	tag_head(fx, "v1", 1);
	/* then: no configuration, no attributes, a new file */
	remove_from_index(fx, ".hdrcheck.yaml");
	remove_from_index(fx, ".gitattributes");
	add_missing_c(fx, "later.c");
	fixture_commit(fx, "v2");
	/* and an uncommitted change that --rev must not see */
	fixture_write(fx, "src/ok.c", "int changed;\n");

	bare = keep_path(state, bare_clone(fx, "bare"));
	doc = RUN_JSON(&res, "/", "--rev", "v1", "-C", bare);
	assert_int_equal(res.status, 0); /* legacy.c excluded, gen skipped */
	assert_string_equal(source_field(doc, "kind"), "rev");
	assert_string_equal(source_field(doc, "rev"), "v1");
	assert_string_equal(source_field(doc, "commit"), v1);
	expect_paths(doc, at_v1);
	expect_file(doc, "legacy.c", "skipped");
	expect_file(doc, "gen/skip.c", "skipped");
	expect_file(doc, "src/ok.c", "ok");
	json_decref(doc);
	fixture_result_dispose(&res);

	/* HEAD of the bare clone: no configuration any more */
	doc = RUN_JSON(&res, "/", "--rev", "HEAD", "-C", bare);
	assert_int_equal(res.status, 1);
	expect_file(doc, "legacy.c", "missing");
	expect_file(doc, "gen/skip.c", "missing");
	expect_file(doc, "later.c", "missing");
	json_decref(doc);
	fixture_result_dispose(&res);

	/* in the work tree, --rev reads the commit, not the changed file */
	doc = RUN_JSON(&res, fx->root, "--rev", "HEAD");
	expect_file(doc, "src/ok.c", "ok");
	assert_string_equal(source_field(doc, "root"), fx->root);
	json_decref(doc);
	fixture_result_dispose(&res);
	doc = RUN_JSON0(&res, fx->root);
	expect_file(doc, "src/ok.c", "missing");
	assert_string_equal(source_field(doc, "kind"), "worktree");
	assert_null(json_object_get(json_object_get(doc, "source"), "rev"));
	json_decref(doc);
	fixture_result_dispose(&res);

	/* PATH arguments name paths of the tree */
	doc = RUN_JSON(&res, "/", "--rev", "v1", "-C", bare, "src");
	{
		static const char *const only[] = {"src/ok.c", NULL};

		expect_paths(doc, only);
	}
	json_decref(doc);
	fixture_result_dispose(&res);
	fixture_run(&res, "/", 0, "--rev", "v1", "-C", bare, "nope", NULL);
	expect_trouble(&res, "nope: not in v1");
	fixture_result_dispose(&res);
	free(v1);
}

static void test_cli_modes__rev_errors(void **state)
{
	fixture *fx = repo_of(state);
	fixture_result res;
	git_reference *ref = NULL;
	git_commit *head = NULL;
	git_oid id;
	char *bare;

	add_ok_c(fx, "a.c");
	fixture_commit(fx, "one");
	fixture_run(&res, fx->root, 0, "--rev", "nosuch", NULL);
	expect_trouble(&res, "--rev nosuch: unknown revision");
	fixture_result_dispose(&res);
	fixture_run(&res, fx->root, 0, "--changed-since", "nosuch", NULL);
	expect_trouble(&res, "--changed-since nosuch: unknown revision");
	fixture_result_dispose(&res);
	/* a tag and a branch called "x" */
	tag_head(fx, "x", 0);
	git_ok(git_reference_name_to_id(&id, fx->repo, "HEAD"), "HEAD");
	git_ok(git_commit_lookup(&head, fx->repo, &id), "commit");
	git_ok(git_branch_create(&ref, fx->repo, "x", head, 0), "x");
	fixture_run(&res, fx->root, 0, "--rev", "x", NULL);
	expect_trouble(&res, "--rev x: ambiguous revision");
	fixture_result_dispose(&res);
	fixture_run(&res, fx->root, 0, "--rev", "refs/tags/x", NULL);
	assert_int_equal(res.status, 0);
	fixture_result_dispose(&res);
	/* a tree is not a commit */
	fixture_run(&res, fx->root, 0, "--rev", "HEAD^{tree}", NULL);
	expect_trouble(&res, "not a commit");
	fixture_result_dispose(&res);
	/* --staged with --rev, and the submodule flag outside work trees */
	fixture_run(&res, fx->root, 0, "--rev", "HEAD", "--staged", NULL);
	expect_trouble(&res, "cannot be combined");
	fixture_result_dispose(&res);
	fixture_run(&res, fx->root, 0, "--rev", "HEAD", "--include-submodules",
	            NULL);
	expect_trouble(&res, "work-tree scans only");
	fixture_result_dispose(&res);
	/* a bare repository needs --rev; a plain directory has no commits */
	bare = keep_path(state, bare_clone(fx, "bare"));
	fixture_run(&res, "/", 0, "-C", bare, NULL);
	expect_trouble(&res, "use --rev");
	fixture_result_dispose(&res);
	fixture_run(&res, "/", 0, "-C", bare, "--staged", NULL);
	expect_trouble(&res, "use --rev");
	fixture_result_dispose(&res);
	git_reference_free(ref);
	git_commit_free(head);
}

/* A repository owned by another user: one line naming safe.directory. */
static void test_cli_modes__owned_by_another_user(void **state)
{
	fixture *fx = repo_of(state);
	fixture_result res;
	char *cmd;

	if (geteuid() != 0)
		skip(); /* only root can give a tree away */
	add_ok_c(fx, "a.c");
	fixture_commit(fx, "one");
	cmd = hdrcheck__aprintf("chown -R 4242:4242 '%s'", fx->root);
	assert_non_null(cmd);
	assert_int_equal(system(cmd), 0);
	free(cmd);
	fixture_run(&res, fx->root, 0, NULL);
	expect_trouble(&res, "safe.directory");
	fixture_result_dispose(&res);
	fixture_run(&res, fx->root, 0, "--rev", "HEAD", NULL);
	expect_trouble(&res, "safe.directory");
	fixture_result_dispose(&res);
	cmd = hdrcheck__aprintf("chown -R 0:0 '%s'", fx->root);
	assert_non_null(cmd);
	assert_int_equal(system(cmd), 0);
	free(cmd);
}

/* --- --changed-since and --staged --- */

/*
 * trunk: A (base), then C (trunk-only.c). HEAD: A, then B: adds new.c,
 * breaks edit.c, renames old.c to renamed.c, deletes gone.c. In the work
 * tree: staged.c changed and staged, unstaged.c changed, touched.c
 * rewritten unchanged, untracked.c new, ignored.log ignored.
 */
static char *pr_repo(fixture *fx)
{
	char *base;

	fixture_gitignore(fx, "*.log");
	fixture_add(fx, ".gitignore");
	add_missing_c(fx, "legacy.c");
	add_ok_c(fx, "edit.c");
	add_ok_c(fx, "old.c");
	add_ok_c(fx, "gone.c");
	add_ok_c(fx, "touched.c");
	add_ok_c(fx, "staged.c");
	add_ok_c(fx, "unstaged.c");
	add_ok_c(fx, "dir/deep.c");
	fixture_commit(fx, "A");
	base = strdup(fx->head);
	assert_non_null(base);
	branch_here(fx, "trunk");
	commit_to_branch(fx, "trunk", "trunk-only.c", "int t;\n");

	add_ok_c(fx, "new.c");
	fixture_add_file(fx, "edit.c", "int broken;\n");
	{
		char *from = fixture_path(fx, "old.c");
		char *to = fixture_path(fx, "renamed.c");

		assert_int_equal(rename(from, to), 0);
		free(from);
		free(to);
	}
	remove_from_index(fx, "old.c");
	fixture_add(fx, "renamed.c");
	remove_from_index(fx, "gone.c");
	{
		char *p = fixture_path(fx, "gone.c");

		assert_int_equal(unlink(p), 0);
		free(p);
	}
	fixture_commit(fx, "B");

	fixture_add_file(fx, "staged.c", "int staged_change;\n");
	fixture_write(fx, "unstaged.c", "int unstaged_change;\n");
	touch_same(fx, "touched.c");
	fixture_write(fx, "untracked.c", "int untracked;\n");
	fixture_write(fx, "ignored.log", "noise\n");
	return base;
}

static void test_cli_modes__changed_since(void **state)
{
	fixture *fx = repo_of(state);
	fixture_result res;
	json_t *doc;
	char *base = pr_repo(fx);
	static const char *const changed[] = {
	    "edit.c",     "new.c",       "renamed.c", "staged.c",
	    "unstaged.c", "untracked.c", NULL};

	doc = RUN_JSON(&res, fx->root, "--changed-since", "trunk");
	assert_int_equal(res.status, 1);
	expect_paths(doc, changed);
	expect_file(doc, "new.c", "ok");
	expect_file(doc, "renamed.c", "ok");
	expect_file(doc, "edit.c", "missing");
	assert_string_equal(source_field(doc, "kind"), "worktree");
	assert_string_equal(source_field(doc, "changed_since"), "trunk");
	assert_string_equal(source_field(doc, "base"), base);
	json_decref(doc);
	fixture_result_dispose(&res);

	/* -j1 gives the same bytes */
	{
		fixture_result one;

		fixture_run(&res, fx->root, 0, "--changed-since", "trunk",
		            "--format", "json", "-j", "4", NULL);
		fixture_run(&one, fx->root, 0, "--changed-since", "trunk",
		            "--format", "json", "-j", "1", NULL);
		assert_int_equal(res.out_len, one.out_len);
		assert_memory_equal(res.out, one.out, res.out_len);
		fixture_result_dispose(&one);
		fixture_result_dispose(&res);
	}

	/* PATH arguments narrow it further */
	doc = RUN_JSON(&res, fx->root, "--changed-since", "trunk", "new.c",
	               "legacy.c");
	{
		static const char *const only[] = {"new.c", NULL};

		expect_paths(doc, only);
	}
	json_decref(doc);
	fixture_result_dispose(&res);

	/* the staged side only: no unstaged or untracked change */
	doc = RUN_JSON(&res, fx->root, "--changed-since", "trunk", "--staged");
	{
		static const char *const staged[] = {
		    "edit.c", "new.c", "renamed.c", "staged.c", NULL};

		expect_paths(doc, staged);
	}
	expect_file(doc, "staged.c", "missing"); /* the staged content */
	assert_string_equal(source_field(doc, "kind"), "index");
	json_decref(doc);
	fixture_result_dispose(&res);

	/* the commits only, from the object database */
	doc = RUN_JSON(&res, fx->root, "--rev", "HEAD", "--changed-since",
	               "trunk");
	{
		static const char *const committed[] = {"edit.c", "new.c",
		                                        "renamed.c", NULL};

		expect_paths(doc, committed);
	}
	assert_string_equal(source_field(doc, "kind"), "rev");
	assert_string_equal(source_field(doc, "base"), base);
	json_decref(doc);
	fixture_result_dispose(&res);

	/* against HEAD itself: the work-tree changes */
	doc = RUN_JSON(&res, fx->root, "--changed-since", "HEAD");
	{
		static const char *const local[] = {"staged.c", "unstaged.c",
		                                    "untracked.c", NULL};

		expect_paths(doc, local);
	}
	json_decref(doc);
	fixture_result_dispose(&res);
	free(base);
}

/* A change reverted in the work tree is no change. */
static void test_cli_modes__changed_since_reverted(void **state)
{
	fixture *fx = repo_of(state);
	fixture_result res;
	json_t *doc;
	static const char *const none[] = {NULL};

	add_ok_c(fx, "a.c");
	fixture_commit(fx, "A");
	branch_here(fx, "trunk");
	fixture_add_file(fx, "a.c", "int changed;\n");
	fixture_commit(fx, "B");
	write_ok_c(fx, "a.c"); /* back to A's content, not staged */
	doc = RUN_JSON(&res, fx->root, "--changed-since", "trunk");
	expect_paths(doc, none);
	assert_int_equal(res.status, 0);
	json_decref(doc);
	fixture_result_dispose(&res);
}

/* Tracked symbolic links: one untouched, one pointing elsewhere (a
 * target of the same length), one made again with its old target (stat
 * data moved, content did not), one committed after the base. */
static void test_cli_modes__changed_since_symlinks(void **state)
{
	fixture *fx = repo_of(state);
	fixture_result res;
	json_t *doc;
	static const char *const changed[] = {"new-link.c", "retarget.c", NULL};

	add_ok_c(fx, "a.c");
	add_ok_c(fx, "b.c");
	fixture_symlink(fx, "same.c", "a.c");
	fixture_symlink(fx, "retarget.c", "a.c");
	fixture_symlink(fx, "again.c", "a.c");
	fixture_add(fx, "same.c");
	fixture_add(fx, "retarget.c");
	fixture_add(fx, "again.c");
	fixture_commit(fx, "A");
	branch_here(fx, "trunk");
	fixture_symlink(fx, "new-link.c", "b.c");
	fixture_add(fx, "new-link.c");
	fixture_commit(fx, "B");
	{
		char *p = fixture_path(fx, "retarget.c");

		assert_int_equal(unlink(p), 0);
		free(p);
		p = fixture_path(fx, "again.c");
		assert_int_equal(unlink(p), 0);
		free(p);
	}
	fixture_symlink(fx, "retarget.c", "b.c");
	fixture_symlink(fx, "again.c", "a.c");
	doc = RUN_JSON(&res, fx->root, "--changed-since", "trunk");
	expect_paths(doc, changed);
	json_decref(doc);
	fixture_result_dispose(&res);

	/* staged, the retargeted link is the index's again */
	fixture_add(fx, "retarget.c");
	fixture_add(fx, "again.c");
	doc = RUN_JSON(&res, fx->root, "--changed-since", "trunk");
	expect_paths(doc, changed);
	json_decref(doc);
	fixture_result_dispose(&res);
}

/* --- the untracked files and git's ignore rules --- */

static void set_config(fixture *fx, const char *key, const char *value)
{
	git_config *cfg = NULL;

	git_ok(git_repository_config(&cfg, fx->repo), "config");
	if (value)
		git_ok(git_config_set_string(cfg, key, value), key);
	else
		git_ok(git_config_delete_entry(cfg, key), key);
	git_config_free(cfg);
}

static void write_files(fixture *fx, const char *const *rels)
{
	for (; *rels; rels++)
		fixture_write(fx, *rels, "x\n");
}

/*
 * .gitignore files at three levels, info/exclude and core.excludesFile,
 * against the untracked files git ls-files -o --exclude-standard lists
 * (git 2.39; the expected lists are its output): negations, anchors,
 * "**", directory-only rules, escapes, trailing spaces, a CRLF line, and
 * files under an excluded directory that holds tracked files, which no
 * negation re-includes.
 */
static void test_cli_modes__untracked_ignore_rules(void **state)
{
	fixture *fx = repo_of(state);
	fixture_result res;
	json_t *doc;
	char *excludes = fixture_path(fx, ".git/my-excludes");
	static const char *const untracked[] = {"a.log",
	                                        "keep.log",
	                                        "sub/x.log",
	                                        "build/a.c",
	                                        "build/sub/z.c",
	                                        "x/build/y.c",
	                                        "root-only.txt",
	                                        "sub/root-only.txt",
	                                        "docs/gen/f.c",
	                                        "docs/a/b/gen/f.c",
	                                        "docs/genx.c",
	                                        "tmp/f.c",
	                                        "x/y/tmp/f.c",
	                                        "tmpx/f.c",
	                                        "a/z.txt",
	                                        "a/b/c/z.txt",
	                                        "a/z.txtx",
	                                        "foo/x.c",
	                                        "foo/bar/y.c",
	                                        "foo/baz/y.c",
	                                        "trailing-space.txt ",
	                                        "trailing-space.txt",
	                                        "trailing2.txt",
	                                        "#hash.txt",
	                                        "!bang.txt",
	                                        "x.o",
	                                        "x.a",
	                                        "x.b",
	                                        "1x.c",
	                                        "ax.c",
	                                        "dir-only/f.c",
	                                        "sub2/dir-only",
	                                        "name-either",
	                                        "name-either2/f.c",
	                                        "sub3/name-either/f.c",
	                                        "CRLF.txt",
	                                        "ign-dir/reinc.c",
	                                        "ign-dir/other.c",
	                                        "ign-dir/deeper/u.c",
	                                        "sub/anchored.c",
	                                        "sub/z/anchored.c",
	                                        "sub/important.c",
	                                        "sub/inner/x.c",
	                                        "sub/inner/deep/y.c",
	                                        "sub/deep/f.txt",
	                                        "sub/q.txt",
	                                        "excluded-by-info.txt",
	                                        "global.txt",
	                                        "xay.txt",
	                                        "x/a/y.txt",
	                                        "sub2/a.tmp",
	                                        "q/sub2/a.tmp",
	                                        "dneg.md",
	                                        "aneg.md",
	                                        NULL};
	static const char *const expected[] = {".gitignore",
	                                       "a/z.txtx",
	                                       "aneg.md",
	                                       "ax.c",
	                                       "build/.gitignore",
	                                       "build/tracked.c",
	                                       "docs/genx.c",
	                                       "foo/bar/y.c",
	                                       "ign-dir/deeper/.gitignore",
	                                       "ign-dir/deeper/t2.c",
	                                       "ign-dir/t.c",
	                                       "keep.log",
	                                       "name-either2/f.c",
	                                       "q/sub2/a.tmp",
	                                       "sub/.gitignore",
	                                       "sub/important.c",
	                                       "sub/inner/.gitignore",
	                                       "sub/inner/x.c",
	                                       "sub/q.txt",
	                                       "sub/root-only.txt",
	                                       "sub2/dir-only",
	                                       "tmpx/f.c",
	                                       "trailing-space.txt",
	                                       "x.b",
	                                       "x/a/y.txt",
	                                       NULL};

	fixture_write(fx, ".gitignore",
	              "# comment\n*.log\n!keep.log\nbuild/\n/root-only.txt\n"
	              "docs/**/gen\n**/tmp\na/**/z.txt\nfoo/*\n!foo/bar/\n"
	              "trailing-space.txt\\ \ntrailing2.txt   \n\\#hash.txt\n"
	              "\\!bang.txt\n*.[oa]\n[[:digit:]]x.c\ndir-only/\n"
	              "name-either\nign-dir/\n!ign-dir/reinc.c\nx**y.txt\n"
	              "sub2/*.tmp\n[!abc]neg.md\nCRLF.txt\r\n");
	fixture_write(fx, "sub/.gitignore",
	              "/anchored.c\n*.c\n!important.c\ndeep/\n");
	fixture_write(fx, "sub/inner/.gitignore", "!*.c\n");
	fixture_add(fx, ".gitignore");
	fixture_add(fx, "sub/.gitignore");
	fixture_add(fx, "sub/inner/.gitignore");
	/* tracked files in excluded directories (git add -f) */
	fixture_add_file(fx, "ign-dir/t.c", "t\n");
	fixture_add_file(fx, "build/tracked.c", "t\n");
	/* the rules of an excluded directory are not read */
	fixture_add_file(fx, "build/.gitignore", "!a.c\n!*.c\n");
	fixture_add_file(fx, "ign-dir/deeper/t2.c", "t\n");
	fixture_add_file(fx, "ign-dir/deeper/.gitignore", "!*\n");
	fixture_commit(fx, "A");
	fixture_write(fx, ".git/info/exclude", "excluded-by-info.txt\n");
	fixture_write(fx, ".git/my-excludes", "global.txt\n");
	set_config(fx, "core.excludesFile", excludes);
	write_files(fx, untracked);

	doc = RUN_JSON(&res, fx->root, "--no-cache");
	expect_paths(doc, expected);
	json_decref(doc);
	fixture_result_dispose(&res);
	/* the walk's directory cache gives the same */
	doc = RUN_JSON0(&res, fx->root);
	json_decref(doc);
	fixture_result_dispose(&res);
	doc = RUN_JSON0(&res, fx->root);
	expect_paths(doc, expected);
	json_decref(doc);
	fixture_result_dispose(&res);

	/* --changed-since: the same untracked files (its walk runs on two
	 * threads), with the directory cache and without */
	{
		static const char *const changed[] = {"a/z.txtx",
		                                      "aneg.md",
		                                      "ax.c",
		                                      "docs/genx.c",
		                                      "foo/bar/y.c",
		                                      "keep.log",
		                                      "name-either2/f.c",
		                                      "q/sub2/a.tmp",
		                                      "sub/important.c",
		                                      "sub/inner/x.c",
		                                      "sub/q.txt",
		                                      "sub/root-only.txt",
		                                      "sub2/dir-only",
		                                      "tmpx/f.c",
		                                      "trailing-space.txt",
		                                      "x.b",
		                                      "x/a/y.txt",
		                                      NULL};

		doc = RUN_JSON(&res, fx->root, "--changed-since", "HEAD",
		               "--no-cache");
		expect_paths(doc, changed);
		json_decref(doc);
		fixture_result_dispose(&res);
		doc = RUN_JSON(&res, fx->root, "--changed-since", "HEAD");
		json_decref(doc);
		fixture_result_dispose(&res);
		doc = RUN_JSON(&res, fx->root, "--changed-since", "HEAD");
		expect_paths(doc, changed);
		json_decref(doc);
		fixture_result_dispose(&res);
	}

	/* PATH arguments see the rules of the directories above them */
	doc = RUN_JSON(&res, fx->root, "--no-cache", "sub/inner", "foo",
	               "ign-dir/reinc.c", "sub/q.txt", "build/a.c");
	{
		static const char *const some[] = {
		    "foo/bar/y.c", "sub/inner/.gitignore", "sub/inner/x.c",
		    "sub/q.txt", NULL};

		expect_paths(doc, some);
	}
	json_decref(doc);
	fixture_result_dispose(&res);

	/* without core.excludesFile: git's default, under XDG_CONFIG_HOME
	 * (the fixture's HOME/.config, shared by the test binaries: a run
	 * killed below may have left the file) */
	set_config(fx, "core.excludesFile", NULL);
	(void)unlink(HDRCHECK_TEST_TMP "/home/.config/git/ignore");
	doc = RUN_JSON(&res, fx->root, "--no-cache", "global.txt");
	{
		static const char *const global[] = {"global.txt", NULL};

		expect_paths(doc, global);
	}
	json_decref(doc);
	fixture_result_dispose(&res);
	{
		static const char xdg[] = HDRCHECK_TEST_TMP "/home/.config/git";
		static const char *const none[] = {NULL};
		char *cmd = hdrcheck__aprintf(
		    "mkdir -p '%s' && echo global.txt > '%s/ignore'", xdg, xdg);

		assert_non_null(cmd);
		assert_int_equal(system(cmd), 0);
		free(cmd);
		doc = RUN_JSON(&res, fx->root, "--no-cache", "global.txt");
		expect_paths(doc, none);
		json_decref(doc);
		fixture_result_dispose(&res);
		/* core.excludesFile set to "": no file at all, not the
		 * default (git 2.39 lists global.txt then) */
		set_config(fx, "core.excludesFile", "");
		doc = RUN_JSON(&res, fx->root, "--no-cache", "global.txt");
		{
			static const char *const global[] = {"global.txt",
			                                     NULL};

			expect_paths(doc, global);
		}
		json_decref(doc);
		fixture_result_dispose(&res);
		set_config(fx, "core.excludesFile", NULL);
		assert_int_equal(
		    unlink(HDRCHECK_TEST_TMP "/home/.config/git/ignore"), 0);
	}
	free(excludes);
}

/* A directory is a nested repository when its ".git" makes one, as git
 * decides: beside a ".git" that is an empty directory or a file that
 * names no repository, the untracked files are listed (git 2.39's
 * ls-files -o lists them too); a real nested repository's are not. */
static void test_cli_modes__untracked_not_a_repository(void **state)
{
	fixture *fx = repo_of(state);
	fixture_result res;
	json_t *doc;
	git_repository *nested = NULL;
	char *p;
	static const char *const expected[] = {
	    "a.c", "emptydir/b.c", "garbage/c.c", "gitdir-nowhere/d.c", "mod",
	    NULL};

	add_ok_c(fx, "a.c");
	/* a submodule whose .git names no repository (not cloned where
	 * it says): a gitlink is never entered */
	fixture_add_gitlink(fx, "mod",
	                    "0123456789abcdef0123456789abcdef01234567");
	fixture_commit(fx, "A");
	fixture_write(fx, "mod/.git", "gitdir: ../.git/modules/mod\n");
	fixture_write(fx, "mod/e.c", "x\n");
	fixture_write(fx, "emptydir/b.c", "x\n");
	p = fixture_path(fx, "emptydir/.git");
	assert_int_equal(mkdir(p, 0755), 0);
	free(p);
	fixture_write(fx, "garbage/c.c", "x\n");
	fixture_write(fx, "garbage/.git", "not a repository\n");
	fixture_write(fx, "gitdir-nowhere/d.c", "x\n");
	fixture_write(fx, "gitdir-nowhere/.git", "gitdir: ../nowhere\n");
	p = fixture_path(fx, "real");
	git_ok(git_repository_init(&nested, p, 0), "nested");
	git_repository_free(nested);
	free(p);
	fixture_write(fx, "real/inner.c", "x\n");
	doc = RUN_JSON(&res, fx->root, "--no-cache");
	expect_paths(doc, expected);
	json_decref(doc);
	fixture_result_dispose(&res);
}

/* An in-tree .gitignore that is a symbolic link is not read (git 2.32
 * and later do not follow it); one that is a FIFO neither, and does not
 * hang the walk. */
static void test_cli_modes__untracked_ignore_symlink(void **state)
{
	fixture *fx = repo_of(state);
	fixture_result res;
	json_t *doc;
	static const char *const expected[] = {"a.c",
	                                       "fifo/.gitignore",
	                                       "fifo/a.txt",
	                                       "lnk/.gitignore",
	                                       "lnk/viasymlink.txt",
	                                       "target-ignore",
	                                       NULL};

	add_ok_c(fx, "a.c");
	fixture_commit(fx, "A");
	fixture_write(fx, "target-ignore", "viasymlink.txt\n");
	fixture_symlink(fx, "lnk/.gitignore", "../target-ignore");
	fixture_write(fx, "lnk/viasymlink.txt", "x\n");
	fixture_write(fx, "fifo/a.txt", "x\n");
	{
		char *p = fixture_path(fx, "fifo/.gitignore");

		assert_int_equal(mkfifo(p, 0644), 0);
		free(p);
	}
	doc = RUN_JSON(&res, fx->root, "--no-cache");
	expect_paths(doc, expected);
	json_decref(doc);
	fixture_result_dispose(&res);
}

static void test_cli_modes__staged(void **state)
{
	fixture *fx = repo_of(state);
	fixture_result res;
	json_t *doc;
	static const char *const staged[] = {"fixed.c", "new.c", "staged.c",
	                                     NULL};

	add_ok_c(fx, "same.c");
	add_missing_c(fx, "fixed.c");
	add_ok_c(fx, "staged.c");
	fixture_commit(fx, "A");
	/* staged: a header-less version; in the work tree: a good one */
	fixture_add_file(fx, "staged.c", "int staged;\n");
	write_ok_c(fx, "staged.c");
	/* staged: the fix; in the work tree: broken again */
	add_ok_c(fx, "fixed.c");
	fixture_write(fx, "fixed.c", "int again;\n");
	add_ok_c(fx, "new.c");
	fixture_write(fx, "unstaged.c", "int x;\n");

	doc = RUN_JSON(&res, fx->root, "--staged");
	assert_int_equal(res.status, 1);
	expect_paths(doc, staged);
	expect_file(doc, "staged.c", "missing");
	expect_file(doc, "fixed.c", "ok");
	expect_file(doc, "new.c", "ok");
	assert_string_equal(source_field(doc, "kind"), "index");
	assert_string_equal(source_field(doc, "commit"), fx->head);
	json_decref(doc);
	fixture_result_dispose(&res);

	/* the work tree says the opposite */
	doc = RUN_JSON(&res, fx->root, "staged.c", "fixed.c");
	expect_file(doc, "staged.c", "ok");
	expect_file(doc, "fixed.c", "missing");
	json_decref(doc);
	fixture_result_dispose(&res);
}

static void test_cli_modes__staged_unborn_head(void **state)
{
	fixture *fx = repo_of(state);
	fixture_result res;
	json_t *doc;
	static const char *const all[] = {"a.c", "b.c", NULL};

	add_ok_c(fx, "a.c");
	add_missing_c(fx, "b.c");
	doc = RUN_JSON(&res, fx->root, "--staged");
	expect_paths(doc, all);
	expect_file(doc, "b.c", "missing");
	json_decref(doc);
	fixture_result_dispose(&res);
	fixture_run(&res, fx->root, 0, "--changed-since", "HEAD", NULL);
	expect_trouble(&res, "HEAD has no commit yet");
	fixture_result_dispose(&res);
}

/* A shallow clone whose history stops before the merge base. */
static void test_cli_modes__shallow_without_merge_base(void **state)
{
	fixture *fx = repo_of(state);
	fixture_result res;
	git_oid id;
	char hex[GIT_OID_HEXSZ + 1], *shallow, *object, *tip;
	FILE *f;

	add_ok_c(fx, "a.c");
	fixture_commit(fx, "A");
	git_ok(git_oid_fromstr(&id, fx->head), "oid");
	git_oid_tostr(hex, sizeof(hex), &id);
	branch_here(fx, "trunk");
	commit_to_branch(fx, "trunk", "t.c", "int t;\n");
	add_ok_c(fx, "b.c");
	fixture_commit(fx, "B");
	/* deepen 1: HEAD and trunk's tip are the shallow roots; A is gone */
	tip = NULL;
	{
		git_oid t;

		git_ok(
		    git_reference_name_to_id(&t, fx->repo, "refs/heads/trunk"),
		    "trunk");
		tip = malloc(GIT_OID_HEXSZ + 1);
		assert_non_null(tip);
		git_oid_tostr(tip, GIT_OID_HEXSZ + 1, &t);
	}
	shallow = fixture_path(fx, ".git/shallow");
	/* first, deep enough: A is there (a shallow root itself) */
	f = fopen(shallow, "w");
	assert_non_null(f);
	fprintf(f, "%s\n", hex);
	fclose(f);
	{
		json_t *doc =
		    RUN_JSON(&res, fx->root, "--changed-since", "trunk");

		assert_string_equal(source_field(doc, "base"), hex);
		expect_file(doc, "b.c", "ok");
		json_decref(doc);
		fixture_result_dispose(&res);
	}
	f = fopen(shallow, "w");
	assert_non_null(f);
	fprintf(f, "%s\n%s\n", fx->head, tip);
	fclose(f);
	object = hdrcheck__aprintf("%s/.git/objects/%.2s/%s", fx->root, hex,
	                           hex + 2);
	assert_non_null(object);
	assert_int_equal(unlink(object), 0);

	fixture_run(&res, fx->root, 0, "--changed-since", "trunk", NULL);
	expect_trouble(&res, "shallow clone");
	fixture_result_dispose(&res);
	free(object);
	free(shallow);
	free(tip);
}

/* The merge base, which we compute to read .git/shallow as git does,
 * agrees with libgit2's on a history with merges and a criss-cross. */
static void merge_commit(fixture *fx, const char *msg, const char *other)
{
	git_index *ix = NULL;
	git_signature *sig = NULL;
	git_tree *tree = NULL;
	git_commit *parents[2] = {NULL, NULL};
	git_oid tree_id, id, p0, p1;

	git_ok(git_reference_name_to_id(&p0, fx->repo, "HEAD"), "HEAD");
	git_ok(git_reference_name_to_id(&p1, fx->repo, other), other);
	git_ok(git_commit_lookup(&parents[0], fx->repo, &p0), "p0");
	git_ok(git_commit_lookup(&parents[1], fx->repo, &p1), "p1");
	git_ok(git_repository_index(&ix, fx->repo), "index");
	git_ok(git_index_write_tree(&tree_id, ix), "tree");
	git_ok(git_tree_lookup(&tree, fx->repo, &tree_id), "tree");
	git_ok(git_signature_new(&sig, "t", "t@hdrcheck.invalid",
	                         1767225600 + 60, 0),
	       "sig");
	git_ok(git_commit_create(&id, fx->repo, "HEAD", sig, sig, NULL, msg,
	                         tree, 2, (const git_commit **)parents),
	       "merge");
	git_oid_tostr(fx->head, sizeof(fx->head), &id);
	git_signature_free(sig);
	git_tree_free(tree);
	git_index_free(ix);
	git_commit_free(parents[0]);
	git_commit_free(parents[1]);
}

static void test_cli_modes__merge_base_matches_libgit2(void **state)
{
	fixture *fx = repo_of(state);
	static const char *const pairs[][2] = {
	    {"HEAD", "refs/heads/side"},
	    {"HEAD", "refs/heads/other"},
	    {"refs/heads/side", "refs/heads/other"},
	    {"HEAD", "HEAD"},
	    {"refs/heads/side", "HEAD"}};
	size_t i;

	add_ok_c(fx, "a.c");
	fixture_commit(fx, "root");
	branch_here(fx, "side");
	commit_to_branch(fx, "side", "s1.c", "1");
	add_ok_c(fx, "m1.c");
	fixture_commit(fx, "main 1");
	branch_here(fx, "other");
	merge_commit(fx, "merge side", "refs/heads/side");
	commit_to_branch(fx, "side", "s2.c", "2");
	commit_to_branch(fx, "other", "o1.c", "3");
	add_ok_c(fx, "m2.c");
	fixture_commit(fx, "main 2");
	merge_commit(fx, "merge other", "refs/heads/other");
	for (i = 0; i < sizeof(pairs) / sizeof(pairs[0]); i++) {
		git_oid a, b, ours, theirs;

		git_ok(git_reference_name_to_id(&a, fx->repo, pairs[i][0]),
		       pairs[i][0]);
		git_ok(git_reference_name_to_id(&b, fx->repo, pairs[i][1]),
		       pairs[i][1]);
		git_ok(git_merge_base(&theirs, fx->repo, &a, &b), "libgit2");
		assert_int_equal(hdrcheck__merge_base(&ours, fx->repo, &a, &b),
		                 0);
		if (!git_oid_equal(&ours, &theirs)) {
			char x[GIT_OID_HEXSZ + 1], y[GIT_OID_HEXSZ + 1];

			fail_msg("%s %s: %s, libgit2 says %s", pairs[i][0],
			         pairs[i][1],
			         git_oid_tostr(x, sizeof(x), &ours),
			         git_oid_tostr(y, sizeof(y), &theirs));
		}
	}
}

/* A commit written straight to the object database (the history tests
 * need tens of thousands of them, fast): tree, parents, a time. */
static void raw_commit(git_oid *out, git_odb *odb, const git_oid *tree,
                       const git_oid *parents, size_t np, long when)
{
	char buf[1024], hex[GIT_OID_HEXSZ + 1];
	size_t len, i;

	len = (size_t)snprintf(buf, sizeof(buf), "tree %s\n",
	                       git_oid_tostr(hex, sizeof(hex), tree));
	for (i = 0; i < np; i++)
		len += (size_t)snprintf(
		    buf + len, sizeof(buf) - len, "parent %s\n",
		    git_oid_tostr(hex, sizeof(hex), &parents[i]));
	len += (size_t)snprintf(buf + len, sizeof(buf) - len,
	                        "author t <t@hdrcheck.invalid> %ld +0000\n"
	                        "committer t <t@hdrcheck.invalid> %ld +0000\n"
	                        "\nc\n",
	                        when, when);
	git_ok(git_odb_write(out, odb, buf, len, GIT_OBJECT_COMMIT), "commit");
}

/*
 * Several merge-base candidates at the tip of a long history (tips of
 * branches merged twice, in two orders): each candidate must be checked
 * against the others without walking the history once per pair with a
 * list of what was seen (quadratic: 4 candidates on 100,000 commits took
 * minutes). 20,000 commits, 4 candidates: git's answer, and a walk
 * that stays at the tip.
 */
static void test_cli_modes__merge_base_many_candidates(void **state)
{
	fixture *fx = repo_of(state);
	git_odb *odb = NULL;
	git_treebuilder *tb = NULL;
	git_oid tree, prev, tips[4], x, y, ours, theirs;
	long when = 1767225600;
	size_t i, steps = 0;

	git_ok(git_repository_odb(&odb, fx->repo), "odb");
	git_ok(git_treebuilder_new(&tb, fx->repo, NULL), "treebuilder");
	git_ok(git_treebuilder_write(&tree, tb), "tree");
	raw_commit(&prev, odb, &tree, NULL, 0, when);
	for (i = 1; i < 20000; i++)
		raw_commit(&prev, odb, &tree, &prev, 1, when + (long)i);
	for (i = 0; i < 4; i++)
		raw_commit(&tips[i], odb, &tree, &prev, 1,
		           when + 20000 + (long)i);
	raw_commit(&x, odb, &tree, tips, 4, when + 30000);
	{
		git_oid rev[4] = {tips[3], tips[2], tips[1], tips[0]};

		raw_commit(&y, odb, &tree, rev, 4, when + 30001);
	}
	assert_int_equal(
	    hdrcheck__merge_base_steps(&ours, fx->repo, &x, &y, &steps), 0);
	/* git merge-base: the newest of the four, none being redundant */
	git_ok(git_merge_base(&theirs, fx->repo, &x, &y), "libgit2");
	assert_true(git_oid_equal(&ours, &tips[3]));
	assert_true(git_oid_equal(&ours, &theirs));
	/* the work, not the wall clock: the candidates sit at the tip, and
	 * no walk may go down the 20,000 commits below them (once per
	 * candidate pair was the quadratic cost) */
	if (steps > 1000)
		fail_msg("merge base walked %zu commits", steps);
	git_treebuilder_free(tb);
	git_odb_free(odb);
}

/* --- submodules --- */

static void test_cli_modes__include_submodules(void **state)
{
	fixture *fx = repo_of(state);
	fixture_result res;
	git_repository *sub = NULL;
	git_index *ix = NULL;
	git_signature *sig = NULL;
	git_tree *tree = NULL;
	git_oid tree_id, id;
	char *subdir, hex[GIT_OID_HEXSZ + 1];
	json_t *doc;
	static const char *const with[] = {".gitmodules",
	                                   "lib/sub/.gitignore",
	                                   "lib/sub/bad.c",
	                                   "lib/sub/good.c",
	                                   "lib/sub/new.c",
	                                   "top.c",
	                                   NULL};

	add_ok_c(fx, "top.c");
	/* the submodule: its own repository, checked out at lib/sub */
	subdir = fixture_path(fx, "lib/sub");
	git_ok(git_repository_init(&sub, subdir, 0), "init sub");
	write_ok_c(fx, "lib/sub/good.c");
	fixture_write(fx, "lib/sub/bad.c", "int bad;\n");
	fixture_write(fx, "lib/sub/.gitignore",
	              "# SPDX-License-Identifier: Apache-2.0\n*.o\n");
	git_ok(git_repository_index(&ix, sub), "sub index");
	git_ok(git_index_add_bypath(ix, "good.c"), "good.c");
	git_ok(git_index_add_bypath(ix, "bad.c"), "bad.c");
	git_ok(git_index_add_bypath(ix, ".gitignore"), ".gitignore");
	git_ok(git_index_write(ix), "write");
	git_ok(git_index_write_tree(&tree_id, ix), "tree");
	git_ok(git_tree_lookup(&tree, sub, &tree_id), "tree");
	git_ok(
	    git_signature_new(&sig, "t", "t@hdrcheck.invalid", 1767225600, 0),
	    "sig");
	git_ok(git_commit_create(&id, sub, "HEAD", sig, sig, NULL, "sub", tree,
	                         0, NULL),
	       "commit");
	git_oid_tostr(hex, sizeof(hex), &id);
	/* untracked in the submodule: one new file, one ignored */
	fixture_write(fx, "lib/sub/new.c", "int n;\n");
	fixture_write(fx, "lib/sub/obj.o", "junk\n");
	fixture_add_file(fx, ".gitmodules",
	                 "# SPDX-License-Identifier: Apache-2.0\n"
	                 "[submodule \"sub\"]\n\tpath = lib/sub\n"
	                 "\turl = ./sub\n");
	fixture_add_gitlink(fx, "lib/sub", hex);
	fixture_commit(fx, "with a submodule");

	doc = RUN_JSON0(&res, fx->root);
	expect_file(doc, "lib/sub", "skipped");
	assert_null(find_file(doc, "lib/sub/good.c"));
	json_decref(doc);
	fixture_result_dispose(&res);

	doc = RUN_JSON(&res, fx->root, "--include-submodules");
	expect_paths(doc, with);
	expect_file(doc, "lib/sub/good.c", "ok");
	expect_file(doc, "lib/sub/bad.c", "missing");
	expect_file(doc, "lib/sub/new.c", "missing");
	json_decref(doc);
	fixture_result_dispose(&res);

	/* PATHs reach into it */
	doc = RUN_JSON(&res, fx->root, "--include-submodules", "lib/sub/bad.c");
	{
		static const char *const only[] = {"lib/sub/bad.c", NULL};

		expect_paths(doc, only);
	}
	json_decref(doc);
	fixture_result_dispose(&res);

	/* not checked out: the gitlink stays a skipped submodule */
	remove_tree(subdir);
	doc = RUN_JSON(&res, fx->root, "--include-submodules");
	expect_file(doc, "lib/sub", "skipped");
	json_decref(doc);
	fixture_result_dispose(&res);

	git_signature_free(sig);
	git_tree_free(tree);
	git_index_free(ix);
	git_repository_free(sub);
	free(subdir);
}

/* --- the walk's directory cache --- */

/* Every directory of the fixture, dated ten seconds back: old enough for
 * the directory cache (a directory changed in the last clock ticks is
 * not kept). */
static void age_dirs(fixture *fx)
{
	char *cmd = hdrcheck__aprintf(
	    "find '%s' -path '*/.git' -prune -o -type d -exec touch -h "
	    "-d '-10 seconds' {} +",
	    fx->root);

	assert_non_null(cmd);
	assert_int_equal(system(cmd), 0);
	free(cmd);
}

/* The report now, with the caches and without: the same bytes. */
static void same_with_and_without(fixture *fx, const char *const *expect)
{
	fixture_result res, plain;
	json_t *doc;

	fixture_run(&plain, fx->root, 0, "--no-cache", "--format", "json",
	            NULL);
	doc = RUN_JSON0(&res, fx->root);
	if (expect)
		expect_paths(doc, expect);
	assert_string_equal(res.out, plain.out);
	json_decref(doc);
	fixture_result_dispose(&res);
	fixture_result_dispose(&plain);
}

/* The walk reuses directory listings while their stat data and the index
 * stay; every change below must still be seen. */
static void test_cli_modes__untracked_walk_cache(void **state)
{
	fixture *fx = repo_of(state);
	char *untracked_cache, *p;
	struct stat st;
	static const char *const first[] = {".gitignore",    "a/one.c",
	                                    "a/sub/two.c",   "b/three.c",
	                                    "b/untracked.c", NULL};
	static const char *const added[] = {
	    ".gitignore", "a/new.c",       "a/one.c",    "a/sub/two.c",
	    "b/three.c",  "b/untracked.c", "c/d/deep.c", NULL};
	static const char *const removed[] = {
	    ".gitignore", "a/new.c",    "a/one.c", "a/sub/two.c",
	    "b/three.c",  "c/d/deep.c", NULL};
	static const char *const unstaged[] = {
	    ".gitignore", "a/new.c",    "a/one.c", "a/sub/two.c",
	    "b/three.c",  "c/d/deep.c", NULL};
	static const char *const ignored[] = {".gitignore",  "a/one.c",
	                                      "a/sub/two.c", "b/three.c",
	                                      "c/d/deep.c",  NULL};

	fixture_gitignore(fx, "*.o");
	fixture_add(fx, ".gitignore");
	add_ok_c(fx, "a/one.c");
	add_ok_c(fx, "a/sub/two.c");
	add_ok_c(fx, "b/three.c");
	fixture_commit(fx, "A");
	fixture_write(fx, "b/untracked.c", "int u;\n");
	fixture_write(fx, "b/junk.o", "junk\n");
	age_dirs(fx);
	settle(fx);
	same_with_and_without(fx, first);
	untracked_cache = fixture_path(fx, ".git/hdrcheck/untracked-v1");
	assert_int_equal(stat(untracked_cache, &st), 0);
	same_with_and_without(fx, first); /* from the cache */

	/* new files: in a known directory, and in new ones */
	fixture_write(fx, "a/new.c", "int n;\n");
	fixture_write(fx, "c/d/deep.c", "int d;\n");
	same_with_and_without(fx, added);
	age_dirs(fx);
	same_with_and_without(fx, added);

	/* one gone */
	p = fixture_path(fx, "b/untracked.c");
	assert_int_equal(unlink(p), 0);
	free(p);
	same_with_and_without(fx, removed);
	age_dirs(fx);
	same_with_and_without(fx, removed);

	/* a file leaves the index (git rm --cached): the directory does
	 * not change, the index does */
	remove_from_index(fx, "a/sub/two.c");
	same_with_and_without(fx, unstaged);
	settle(fx);
	same_with_and_without(fx, unstaged);

	/* an ignore rule changes, the directories do not */
	fixture_gitignore(fx, "*.o\nnew.c\n");
	fixture_add(fx, "a/sub/two.c");
	age_dirs(fx);
	settle(fx);
	same_with_and_without(fx, ignored);

	/* a nested repository appears in a known directory */
	{
		git_repository *nested = NULL;
		char *dir = fixture_path(fx, "c/d/nest");

		git_ok(git_repository_init(&nested, dir, 0), "nested");
		git_repository_free(nested);
		fixture_write(fx, "c/d/nest/inner.c", "int i;\n");
		free(dir);
	}
	same_with_and_without(fx, ignored);
	age_dirs(fx);
	same_with_and_without(fx, ignored);

	/* a damaged cache file is rebuilt */
	{
		FILE *f = fopen(untracked_cache, "r+b");

		assert_non_null(f);
		assert_int_equal(fseek(f, 80, SEEK_SET), 0);
		fputs("damage", f);
		fclose(f);
	}
	same_with_and_without(fx, ignored);
	same_with_and_without(fx, ignored);
	free(untracked_cache);
}

/* --- attributes --- */

/* Attribute files the index does not hold still apply, as libgit2 reads
 * them: an untracked one, and an ignored one. */
static void test_cli_modes__untracked_attribute_files(void **state)
{
	fixture *fx = repo_of(state);
	fixture_result res, plain;
	json_t *doc;
	int round;

	fixture_gitignore(fx, "lib/.gitattributes");
	fixture_add(fx, ".gitignore");
	add_missing_c(fx, "gen/x.c");
	add_missing_c(fx, "lib/y.c");
	add_missing_c(fx, "src/z.c");
	fixture_commit(fx, "A");
	/* a first run knows none of them, and fills the cache */
	fixture_run(&res, fx->root, 0, NULL);
	assert_int_equal(res.status, 1);
	fixture_result_dispose(&res);
	fixture_write(fx, "gen/.gitattributes",
	              "# SPDX-License-Identifier: Apache-2.0\n"
	              "*.c linguist-generated\n");
	fixture_write(fx, "lib/.gitattributes",
	              "# SPDX-License-Identifier: Apache-2.0\n"
	              "*.c hdrcheck=skip\n");
	fixture_run(&plain, fx->root, 0, "--no-cache", "--format", "json",
	            NULL);
	for (round = 0; round < 2; round++) {
		doc = RUN_JSON0(&res, fx->root);
		expect_file(doc, "gen/x.c", "skipped");
		expect_file(doc, "lib/y.c", "skipped");
		expect_file(doc, "src/z.c", "missing");
		expect_file(doc, "gen/.gitattributes", "ok");
		assert_null(find_file(doc, "lib/.gitattributes"));
		assert_string_equal(res.out, plain.out);
		json_decref(doc);
		fixture_result_dispose(&res);
	}
	fixture_result_dispose(&plain);
}

/* --- the result cache --- */

/* Check dir through the library: the report, and its cache hits. */
static hdrcheck_report *check_api(const char *dir, const char *rev,
                                  int no_cache, unsigned int jobs)
{
	hdrcheck_check_options opts = HDRCHECK_CHECK_OPTIONS_INIT;
	hdrcheck_report *report = NULL;

	opts.dir = dir;
	opts.rev = rev;
	opts.no_cache = no_cache;
	opts.jobs = jobs;
	if (hdrcheck_check(&report, &opts) < 0)
		fail_msg("hdrcheck_check: %s", hdrcheck_error_last());
	return report;
}

/* Through a temporary file, not open_memstream(): gcc 12 cannot tell
 * that the buffer a memstream hands back is not the pointer variable
 * whose address it was given, and reports a dangling pointer at -O3. */
static char *report_json(const hdrcheck_report *report)
{
	FILE *m = tmpfile();
	char *text;
	long len;

	assert_non_null(m);
	assert_int_equal(
	    hdrcheck_report_write(m, report, HDRCHECK_FORMAT_JSON, NULL), 0);
	len = ftell(m);
	assert_true(len >= 0);
	rewind(m);
	text = malloc((size_t)len + 1);
	assert_non_null(text);
	assert_int_equal(fread(text, 1, (size_t)len, m), (size_t)len);
	text[len] = '\0';
	assert_int_equal(fclose(m), 0);
	return text;
}

/* The files part of a JSON report: the same whatever the source. */
static char *files_part(const char *json)
{
	const char *p = strstr(json, "\"files\"");
	char *s;

	assert_non_null(p);
	s = strdup(p);
	assert_non_null(s);
	return s;
}

/* Symlinks and submodules are never looked up: their kind decides. */
static size_t links(const hdrcheck_report *r)
{
	size_t i, n = 0;

	for (i = 0; i < hdrcheck_report_count(r); i++) {
		const hdrcheck_finding *f = hdrcheck_report_get(r, i);

		n += f->status == HDRCHECK_STATUS_SKIPPED &&
		     (strcmp(f->reason, HDRCHECK_SKIP_SYMLINK) == 0 ||
		      strcmp(f->reason, HDRCHECK_SKIP_SUBMODULE) == 0);
	}
	return n;
}

static size_t content_classified(const hdrcheck_report *r)
{
	size_t i, n = 0;

	for (i = 0; i < hdrcheck_report_count(r); i++) {
		const hdrcheck_finding *f = hdrcheck_report_get(r, i);

		/* what the content decided (the path decides skips such as
		 * excluded or unsupported_type without reading) */
		n += f->status != HDRCHECK_STATUS_SKIPPED ||
		     strcmp(f->reason, HDRCHECK_SKIP_BINARY) == 0 ||
		     strcmp(f->reason, HDRCHECK_SKIP_EMPTY) == 0 ||
		     strcmp(f->reason, HDRCHECK_SKIP_GENERATED) == 0 ||
		     strcmp(f->reason, HDRCHECK_SKIP_LFS_POINTER) == 0;
	}
	return n;
}

/*
 * Every classification case of tests/data/policies in one repository:
 * the verdicts without the cache, filling it, from it, and from blobs
 * (--rev) filling and using their own, are the same bytes.
 */
static void test_cli_modes__cache_same_verdicts_on_every_case(void **state)
{
	fixture *fx = repo_of(state);
	DIR *d = opendir(CASES_DIR);
	struct dirent *de;
	hdrcheck_report *r;
	char *plain, *cold, *warm, *rev_cold, *rev_warm, *a, *b;
	size_t cases = 0;

	assert_non_null(d);
	while ((de = readdir(d)) != NULL) {
		char *dir, *src, *dst, *data;
		DIR *cd;
		struct dirent *ce;

		if (de->d_name[0] == '.')
			continue;
		dir = hdrcheck__aprintf("%s/%s", CASES_DIR, de->d_name);
		assert_non_null(dir);
		if (!(cd = opendir(dir))) {
			free(dir);
			continue;
		}
		while ((ce = readdir(cd)) != NULL) {
			struct stat st;
			FILE *f;
			size_t len;

			if (ce->d_name[0] == '.' ||
			    strcmp(ce->d_name, "expected") == 0)
				continue;
			src = hdrcheck__aprintf("%s/%s", dir, ce->d_name);
			dst =
			    hdrcheck__aprintf("%s/%s", de->d_name, ce->d_name);
			assert_non_null(src);
			assert_non_null(dst);
			assert_int_equal(stat(src, &st), 0);
			data = malloc((size_t)st.st_size + 1);
			assert_non_null(data);
			f = fopen(src, "rb");
			assert_non_null(f);
			len = fread(data, 1, (size_t)st.st_size, f);
			fclose(f);
			fixture_write_mode(fx, dst, data, len, 0644);
			fixture_add(fx, dst);
			free(data);
			free(src);
			free(dst);
		}
		closedir(cd);
		free(dir);
		cases++;
	}
	closedir(d);
	assert_true(cases > 50);
	fixture_commit(fx, "every case");
	settle(fx);

	r = check_api(fx->root, NULL, 1, 0);
	plain = report_json(r);
	assert_int_equal(r->cache_hits, 0);
	hdrcheck_report_free(r);

	r = check_api(fx->root, NULL, 0, 3);
	cold = report_json(r);
	assert_int_equal(r->cache_hits, 0);
	hdrcheck_report_free(r);

	r = check_api(fx->root, NULL, 0, 1);
	warm = report_json(r);
	/* every verdict came from the cache (shebang-typed files too) */
	assert_int_equal(r->cache_hits, hdrcheck_report_count(r) - links(r));
	hdrcheck_report_free(r);

	assert_string_equal(cold, plain);
	assert_string_equal(warm, plain);

	r = check_api(fx->root, "HEAD", 0, 2);
	rev_cold = report_json(r);
	/* blobs key apart from work-tree files: only the verdicts of the
	 * path alone are shared */
	assert_true(r->cache_hits + content_classified(r) <=
	            hdrcheck_report_count(r));
	hdrcheck_report_free(r);
	r = check_api(fx->root, "HEAD", 0, 2);
	rev_warm = report_json(r);
	assert_true(r->cache_hits > 0);
	hdrcheck_report_free(r);
	assert_string_equal(rev_warm, rev_cold);
	a = files_part(plain);
	b = files_part(rev_cold);
	assert_string_equal(a, b);

	free(a);
	free(b);
	free(plain);
	free(cold);
	free(warm);
	free(rev_cold);
	free(rev_warm);
}

static void write_config(fixture *fx, const char *extra)
{
	char *text = concat("# Copyright 2026 The hdrcheck Authors\n"
	                    "# SPDX-License-Identifier: Apache-2.0\n"
	                    "version: 1\n",
	                    extra);

	fixture_write(fx, ".hdrcheck.yaml", text);
	free(text);
}

/* Hits, misses, and what invalidates: the file, the configuration. */
static void test_cli_modes__cache_invalidation(void **state)
{
	fixture *fx = repo_of(state);
	hdrcheck_report *r;
	const hdrcheck_finding *f;
	char *text;
	size_t i;

	write_config(fx, "");
	fixture_add(fx, ".hdrcheck.yaml");
	add_ok_c(fx, "a.c");
	add_ok_c(fx, "b.c");
	add_missing_c(fx, "c.c");
	fixture_commit(fx, "A");
	settle(fx);

	r = check_api(fx->root, NULL, 0, 2);
	assert_int_equal(r->cache_hits, 0);
	hdrcheck_report_free(r);
	r = check_api(fx->root, NULL, 0, 2);
	assert_int_equal(r->cache_hits, 4); /* the configuration too */
	hdrcheck_report_free(r);

	/* a.c loses its header, at the same length: a miss, a new verdict */
	text = concat(fixture_header_c, "\nint x;\n");
	assert_non_null(strstr(text, "Version 2.0"));
	strstr(text, "Version 2.0")[8] = '3'; /* a damaged header */
	fixture_write(fx, "a.c", text);
	free(text);
	fixture_add(fx, "a.c"); /* staged: clean again, a new blob */
	settle(fx);
	r = check_api(fx->root, NULL, 0, 2);
	assert_int_equal(r->cache_hits, 3);
	for (i = 0; i < hdrcheck_report_count(r); i++) {
		f = hdrcheck_report_get(r, i);
		if (strcmp(f->path, "a.c") == 0)
			assert_int_not_equal(f->status, HDRCHECK_STATUS_OK);
	}
	hdrcheck_report_free(r);

	/* the configuration changes: nothing is reused, and c.c flips */
	write_config(fx, "policies:\n  - name: lax\n    paths: [\"c.c\"]\n"
	                 "    skip: true\n");
	fixture_add(fx, ".hdrcheck.yaml");
	settle(fx);
	r = check_api(fx->root, NULL, 0, 2);
	assert_int_equal(r->cache_hits, 0);
	for (i = 0; i < hdrcheck_report_count(r); i++) {
		f = hdrcheck_report_get(r, i);
		if (strcmp(f->path, "c.c") == 0)
			assert_int_equal(f->status, HDRCHECK_STATUS_SKIPPED);
	}
	hdrcheck_report_free(r);
	/* every file again; c.c's verdict is its path's (no stat, no read) */
	r = check_api(fx->root, NULL, 0, 2);
	assert_int_equal(r->cache_hits, 4);
	hdrcheck_report_free(r);
	/* --no-cache neither reads nor writes */
	r = check_api(fx->root, NULL, 1, 2);
	assert_int_equal(r->cache_hits, 0);
	hdrcheck_report_free(r);
}

/* Damage the cache file every way: the verdicts never change. */
static void test_cli_modes__cache_corrupted_file(void **state)
{
	fixture *fx = repo_of(state);
	fixture_result res, clean;
	char *cachedir, *path = NULL;
	DIR *d;
	struct dirent *de;
	FILE *f;

	add_ok_c(fx, "a.c");
	add_missing_c(fx, "b.c");
	fixture_commit(fx, "A");
	/* files written in the index's clock tick are racily clean: their
	 * verdicts are not cached, and there would be no cache file */
	settle(fx);
	fixture_run(&clean, fx->root, 0, "--no-cache", "--format", "json",
	            NULL);
	fixture_run(&res, fx->root, 0, "--format", "json", NULL);
	assert_string_equal(res.out, clean.out);
	fixture_result_dispose(&res);

	cachedir = fixture_path(fx, ".git/hdrcheck");
	assert_non_null(d = opendir(cachedir));
	while ((de = readdir(d)) != NULL)
		if (strncmp(de->d_name, "v1-", 3) == 0)
			path = hdrcheck__aprintf("%s/%s", cachedir, de->d_name);
	closedir(d);
	assert_non_null(path);

	/* garbage of the right size, then a truncated file, then a
	 * directory in its place */
	f = fopen(path, "r+b");
	assert_non_null(f);
	assert_int_equal(fseek(f, 100, SEEK_SET), 0);
	fputs("garbage garbage garbage", f);
	fclose(f);
	fixture_run(&res, fx->root, 0, "--format", "json", NULL);
	assert_string_equal(res.out, clean.out);
	fixture_result_dispose(&res);
	assert_int_equal(truncate(path, 90), 0);
	fixture_run(&res, fx->root, 0, "--format", "json", NULL);
	assert_string_equal(res.out, clean.out);
	fixture_result_dispose(&res);
	assert_int_equal(unlink(path), 0);
	assert_int_equal(mkdir(path, 0755), 0);
	fixture_run(&res, fx->root, 0, "--format", "json", NULL);
	assert_int_equal(res.status, clean.status);
	assert_string_equal(res.out, clean.out);
	fixture_result_dispose(&res);
	assert_int_equal(rmdir(path), 0);
	/* a read-only cache directory: no cache, no error */
	assert_int_equal(chmod(cachedir, 0555), 0);
	fixture_run(&res, fx->root, 0, "--format", "json", NULL);
	assert_string_equal(res.out, clean.out);
	assert_int_equal(res.err_len, 0);
	fixture_result_dispose(&res);
	assert_int_equal(chmod(cachedir, 0755), 0);

	fixture_result_dispose(&clean);
	free(path);
	free(cachedir);
}

/* Two runs at once on a cold cache, then a third: the same reports. */
static void test_cli_modes__cache_concurrent_runs(void **state)
{
	fixture *fx = repo_of(state);
	fixture_result clean, res;
	pid_t pids[2];
	char *outs[2];
	size_t i;

	for (i = 0; i < 40; i++) {
		char name[32];

		snprintf(name, sizeof(name), "f%02zu.c", i);
		if (i % 3)
			add_ok_c(fx, name);
		else
			add_missing_c(fx, name);
	}
	fixture_commit(fx, "many");
	fixture_run(&clean, fx->root, 0, "--no-cache", "--format", "json",
	            NULL);
	for (i = 0; i < 2; i++) {
		outs[i] = hdrcheck__aprintf("%s/../out-%zu.json", fx->root, i);
		assert_non_null(outs[i]);
		pids[i] = fork();
		assert_true(pids[i] >= 0);
		if (pids[i] == 0) {
			execl(HDRCHECK_TEST_BIN, "hdrcheck", "check", "-C",
			      fx->root, "--format", "json", "-o", outs[i],
			      (char *)NULL);
			_exit(127);
		}
	}
	for (i = 0; i < 2; i++) {
		int status;
		FILE *f;
		char *text;
		size_t len;

		assert_int_equal(waitpid(pids[i], &status, 0), pids[i]);
		assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 1);
		f = fopen(outs[i], "rb");
		assert_non_null(f);
		text = calloc(1, clean.out_len + 2);
		assert_non_null(text);
		len = fread(text, 1, clean.out_len + 1, f);
		fclose(f);
		assert_int_equal(len, clean.out_len);
		assert_memory_equal(text, clean.out, len);
		free(text);
		unlink(outs[i]);
		free(outs[i]);
	}
	fixture_run(&res, fx->root, 0, "--format", "json", NULL);
	assert_string_equal(res.out, clean.out);
	fixture_result_dispose(&res);
	fixture_result_dispose(&clean);
}

#define MODES_TEST(name)                                                       \
	cmocka_unit_test_setup_teardown(name, setup_test, teardown_test)

int main(void)
{
	const struct CMUnitTest tests[] = {
	    MODES_TEST(test_cli_modes__rev_bare_clone_and_tag),
	    MODES_TEST(test_cli_modes__rev_errors),
	    MODES_TEST(test_cli_modes__owned_by_another_user),
	    MODES_TEST(test_cli_modes__changed_since),
	    MODES_TEST(test_cli_modes__changed_since_reverted),
	    MODES_TEST(test_cli_modes__changed_since_symlinks),
	    MODES_TEST(test_cli_modes__untracked_ignore_rules),
	    MODES_TEST(test_cli_modes__untracked_ignore_symlink),
	    MODES_TEST(test_cli_modes__untracked_not_a_repository),
	    MODES_TEST(test_cli_modes__staged),
	    MODES_TEST(test_cli_modes__staged_unborn_head),
	    MODES_TEST(test_cli_modes__shallow_without_merge_base),
	    MODES_TEST(test_cli_modes__merge_base_matches_libgit2),
	    MODES_TEST(test_cli_modes__merge_base_many_candidates),
	    MODES_TEST(test_cli_modes__include_submodules),
	    MODES_TEST(test_cli_modes__untracked_attribute_files),
	    MODES_TEST(test_cli_modes__untracked_walk_cache),
	    MODES_TEST(test_cli_modes__cache_same_verdicts_on_every_case),
	    MODES_TEST(test_cli_modes__cache_invalidation),
	    MODES_TEST(test_cli_modes__cache_corrupted_file),
	    MODES_TEST(test_cli_modes__cache_concurrent_runs),
	};

	return cmocka_run_group_tests_name(
	    "cli_modes", tests, fixture_group_setup, fixture_group_teardown);
}
