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
 * Differential test against git itself: random repositories (trees,
 * .gitignore rules at several levels, untracked files, renames, deletions,
 * staged changes, names differing only in case), built with libgit2 at
 * test time from a seeded generator; in each mode the set of paths
 * hdrcheck reports must be the set git names:
 *
 *   work tree          git ls-files (less the deleted) and
 *                      git ls-files -o --exclude-standard
 *   --rev HEAD         git ls-tree -r --name-only HEAD
 *   --staged           git diff --cached --name-only --diff-filter=d
 *   --changed-since    git diff --name-only --diff-filter=d HEAD~1, and
 *                      the untracked files
 *
 * and a run filling the result cache and one reading it must print what
 * --no-cache prints. Bounded: DIFF_ROUNDS repositories (a few seconds);
 * HDRCHECK_DIFF_SEED and HDRCHECK_DIFF_ROUNDS replay or widen a run.
 */

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
#include <jansson.h>
#include "harness.h"

#define DEADLINE    60.0
#define DIFF_ROUNDS 10
#define DIFF_SEED   20261207u

typedef struct {
	uint64_t s;
} rng;

static unsigned int next(rng *r, unsigned int n)
{
	r->s = r->s * 6364136223846793005ull + 1442695040888963407ull;
	return (unsigned int)((r->s >> 33) % n);
}

/* Names with case twins, ignore-rule bait and a vendored-looking one
 * left out (the default policy's exclusions are not git's). */
static const char *const dirs[] = {"src", "Src",  "lib", "build",
                                   "gen", "docs", "a b", "sub1"};
static const char *const files[] = {
    "main.c",    "Main.c", "util.h", "run.log", "keep.log",  "notes.txt",
    "NOTES.TXT", "top.c",  "gen",    "x.py",    "data.json", "README.md"};
static const char *const rules[] = {
    "*.log\n", "!keep.log\n",  "build/\n",  "/top.c\n", "**/gen\n", "sub*/\n",
    "*.txt\n", "!NOTES.TXT\n", "src/*.h\n", "docs/\n",  "a b/\n"};

/* A sorted, de-duplicated list of lines. */
typedef struct {
	char **v;
	size_t n, cap;
} list;

static void list_add(list *l, const char *s, size_t len)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 64;
		l->v = realloc(l->v, l->cap * sizeof(*l->v));
		assert_non_null(l->v);
	}
	l->v[l->n] = malloc(len + 1);
	assert_non_null(l->v[l->n]);
	memcpy(l->v[l->n], s, len);
	l->v[l->n][len] = '\0';
	l->n++;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void list_sort(list *l)
{
	size_t i, k = 0;

	if (l->n)
		qsort(l->v, l->n, sizeof(*l->v), cmp_str);
	for (i = 0; i < l->n; i++) {
		if (k && strcmp(l->v[k - 1], l->v[i]) == 0) {
			free(l->v[i]);
			continue;
		}
		l->v[k++] = l->v[i];
	}
	l->n = k;
}

static void list_free(list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	memset(l, 0, sizeof(*l));
}

static int list_has(const list *l, const char *s)
{
	return l->n && bsearch(&s, l->v, l->n, sizeof(*l->v), cmp_str);
}

/* git's output, one path a line, into l. */
static void git_lines(list *l, const char *git_path, const fixture *fx,
                      const char *const *args)
{
	const char *argv[16];
	hostile_result res;
	const char *p, *end;
	size_t n = 0;

	argv[n++] = git_path;
	argv[n++] = "-c";
	argv[n++] = "core.quotePath=false";
	for (; *args; args++)
		argv[n++] = *args;
	argv[n] = NULL;
	hostile_run_program(&res, fx->root, DEADLINE, NULL, argv);
	if (res.status != 0)
		fail_msg("git %s: %s", argv[3], res.err);
	for (p = res.out, end = res.out + res.out_len; p < end;) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t len = nl ? (size_t)(nl - p) : (size_t)(end - p);

		if (len)
			list_add(l, p, len);
		p += len + 1;
	}
	hostile_result_dispose(&res);
}

/* The paths of hdrcheck's JSON report; the whole output in *raw. */
static void hdrcheck_paths(list *l, char **raw, const fixture *fx,
                           const char *const *args)
{
	const char *argv[12];
	hostile_result res;
	json_error_t jerr;
	json_t *doc, *arr;
	size_t n = 0, i;

	argv[n++] = "check";
	argv[n++] = "--format";
	argv[n++] = "json";
	for (; *args; args++)
		argv[n++] = *args;
	argv[n] = NULL;
	hostile_run(&res, fx->root, DEADLINE, NULL, argv);
	if (res.status != 0 && res.status != 1)
		fail_msg("hdrcheck %s: exit %d: %s", n > 3 ? argv[3] : "",
		         res.status, res.err);
	doc = json_loadb(res.out, res.out_len, 0, &jerr);
	if (!doc)
		fail_msg("invalid JSON: %s", jerr.text);
	arr = json_object_get(doc, "files");
	for (i = 0; i < json_array_size(arr); i++) {
		const char *p = json_string_value(
		    json_object_get(json_array_get(arr, i), "path"));

		assert_non_null(p);
		list_add(l, p, strlen(p));
	}
	json_decref(doc);
	if (raw) {
		*raw = res.out;
		res.out = NULL;
	}
	hostile_result_dispose(&res);
}

static void assert_same(const list *want, const list *got, const char *mode,
                        uint64_t seed)
{
	size_t i;

	for (i = 0; i < want->n; i++)
		if (!list_has(got, want->v[i]))
			fail_msg("seed %llu, %s: git names %s, hdrcheck does "
			         "not",
			         (unsigned long long)seed, mode, want->v[i]);
	for (i = 0; i < got->n; i++)
		if (!list_has(want, got->v[i]))
			fail_msg("seed %llu, %s: hdrcheck reports %s, git "
			         "does not",
			         (unsigned long long)seed, mode, got->v[i]);
}

static void put_file(fixture *fx, rng *r, const char *rel)
{
	fixture_write(fx, rel, next(r, 3) ? fixture_header_c : "int x;\n");
}

/* A random path of a file: a directory or two, then a name. */
static void random_path(rng *r, char *out, size_t size)
{
	unsigned int depth = next(r, 3);

	if (depth == 0)
		snprintf(out, size, "%s", files[next(r, 12)]);
	else if (depth == 1)
		snprintf(out, size, "%s/%s", dirs[next(r, 8)],
		         files[next(r, 12)]);
	else
		snprintf(out, size, "%s/%s/%s", dirs[next(r, 8)],
		         dirs[next(r, 8)], files[next(r, 12)]);
}

static void ensure_dirs(fixture *fx, const char *rel)
{
	char buf[256];
	char *slash;

	snprintf(buf, sizeof(buf), "%s", rel);
	for (slash = strchr(buf, '/'); slash; slash = strchr(slash + 1, '/')) {
		*slash = '\0';
		fixture_mkdir(fx, buf);
		*slash = '/';
	}
}

/* Is rel free to become a file (no directory of that name, no file
 * where one of its directories would go)? */
static int free_for_file(const fixture *fx, const char *rel)
{
	char buf[256], *slash, *p;
	struct stat st;
	int ok = 1;

	snprintf(buf, sizeof(buf), "%s", rel);
	for (slash = strchr(buf, '/'); ok && slash;
	     slash = strchr(slash + 1, '/')) {
		*slash = '\0';
		p = fixture_path(fx, buf);
		ok = lstat(p, &st) != 0 || S_ISDIR(st.st_mode);
		free(p);
		*slash = '/';
	}
	p = fixture_path(fx, rel);
	if (ok && lstat(p, &st) == 0 && S_ISDIR(st.st_mode))
		ok = 0;
	free(p);
	return ok;
}

static void index_remove(fixture *fx, const char *rel)
{
	git_index *index = NULL;

	assert_int_equal(git_repository_index(&index, fx->repo), 0);
	assert_int_equal(git_index_read(index, 1), 0);
	git_index_remove_bypath(index, rel);
	assert_int_equal(git_index_write(index), 0);
	git_index_free(index);
}

static void one_round(const char *git_path, uint64_t seed)
{
	rng r = {seed * 2654435761u + 1};
	fixture *fx = fixture_new_repo();
	list tracked = {0};
	char rel[256];
	unsigned int i, n;

	/* ignore rules at the root and in a few directories */
	{
		char text[512] = "";

		for (i = 0, n = 1 + next(&r, 4); i < n; i++)
			strncat(text, rules[next(&r, 11)],
			        sizeof(text) - strlen(text) - 1);
		fixture_write(fx, ".gitignore", text);
		fixture_add(fx, ".gitignore");
	}
	for (i = 0, n = next(&r, 3); i < n; i++) {
		const char *d = dirs[next(&r, 8)];
		char text[256] = "";

		snprintf(rel, sizeof(rel), "%s/.gitignore", d);
		if (!free_for_file(fx, rel))
			continue;
		fixture_mkdir(fx, d);
		strncat(text, rules[next(&r, 11)], sizeof(text) - 1);
		fixture_write(fx, rel, text);
		if (next(&r, 2))
			fixture_add(fx, rel);
	}
	/* the first commit; then a second with changes */
	for (i = 0, n = 10 + next(&r, 20); i < n; i++) {
		random_path(&r, rel, sizeof(rel));
		if (!free_for_file(fx, rel))
			continue;
		ensure_dirs(fx, rel);
		put_file(fx, &r, rel);
		/* force-added now and then, ignored or not */
		fixture_add(fx, rel);
		list_add(&tracked, rel, strlen(rel));
	}
	fixture_commit(fx, "first");
	list_sort(&tracked);
	for (i = 0, n = 2 + next(&r, 6); i < n; i++) {
		random_path(&r, rel, sizeof(rel));
		if (!free_for_file(fx, rel))
			continue;
		ensure_dirs(fx, rel);
		put_file(fx, &r, rel);
		fixture_add(fx, rel);
	}
	if (tracked.n) {
		/* a rename, committed */
		const char *from = tracked.v[next(&r, (unsigned)tracked.n)];
		char *a = fixture_path(fx, from), *b;

		snprintf(rel, sizeof(rel), "%s.renamed", from);
		b = fixture_path(fx, rel);
		if (rename(a, b) == 0) {
			index_remove(fx, from);
			fixture_add(fx, rel);
		}
		free(a);
		free(b);
	}
	fixture_commit(fx, "second");
	/* then the work tree and the index move on: staged, modified,
	 * deleted (from disk, or from the index too), untracked */
	for (i = 0, n = next(&r, 8); i < n; i++) {
		unsigned int what = next(&r, 5);

		random_path(&r, rel, sizeof(rel));
		if (what < 2 && free_for_file(fx, rel)) {
			ensure_dirs(fx, rel);
			put_file(fx, &r, rel); /* untracked, or modified */
			if (what == 1)
				fixture_add(fx, rel);
		} else if (tracked.n) {
			const char *t =
			    tracked.v[next(&r, (unsigned)tracked.n)];
			char *p = fixture_path(fx, t);

			if (unlink(p) == 0 && what == 3)
				index_remove(fx, t);
			free(p);
		}
	}
	{
		static const char *const ls[] = {"ls-files", NULL};
		static const char *const del[] = {"ls-files", "--deleted",
		                                  NULL};
		static const char *const other[] = {"ls-files", "-o",
		                                    "--exclude-standard", NULL};
		static const char *const tree[] = {"ls-tree", "-r",
		                                   "--name-only", "HEAD", NULL};
		static const char *const cached[] = {
		    "diff",         "--cached",        "--name-only",
		    "--no-renames", "--diff-filter=d", NULL};
		static const char *const since[] = {
		    "diff",   "--name-only", "--no-renames", "--diff-filter=d",
		    "HEAD~1", NULL};
		static const char *const a_work[] = {"--no-cache", NULL};
		static const char *const a_rev[] = {"--no-cache", "--rev",
		                                    "HEAD", NULL};
		static const char *const a_staged[] = {"--no-cache", "--staged",
		                                       NULL};
		static const char *const a_since[] = {
		    "--no-cache", "--changed-since", "HEAD~1", NULL};
		static const char *const a_cache[] = {NULL};
		list want = {0}, got = {0}, gone = {0}, untracked = {0};
		char *nocache = NULL, *fill = NULL, *read = NULL;
		size_t k;

		/* the work tree */
		git_lines(&want, git_path, fx, ls);
		git_lines(&gone, git_path, fx, del);
		git_lines(&untracked, git_path, fx, other);
		list_sort(&gone);
		for (k = 0; k < want.n; k++)
			if (list_has(&gone, want.v[k]))
				want.v[k][0] = '\0';
		for (k = 0; k < untracked.n; k++)
			list_add(&want, untracked.v[k], strlen(untracked.v[k]));
		list_sort(&want);
		if (want.n && !*want.v[0]) {
			free(want.v[0]);
			memmove(want.v, want.v + 1,
			        (want.n - 1) * sizeof(*want.v));
			want.n--;
		}
		hdrcheck_paths(&got, &nocache, fx, a_work);
		list_sort(&got);
		assert_same(&want, &got, "work tree", seed);
		list_free(&want);
		list_free(&got);
		/* the cache, filled and read, says what --no-cache says */
		hdrcheck_paths(&got, &fill, fx, a_cache);
		list_free(&got);
		hdrcheck_paths(&got, &read, fx, a_cache);
		list_free(&got);
		if (strcmp(nocache, fill) != 0 || strcmp(nocache, read) != 0)
			fail_msg("seed %llu: cached runs differ from "
			         "--no-cache:\n%s\n---\n%s\n---\n%s",
			         (unsigned long long)seed, nocache, fill, read);
		/* --rev */
		git_lines(&want, git_path, fx, tree);
		list_sort(&want);
		hdrcheck_paths(&got, NULL, fx, a_rev);
		list_sort(&got);
		assert_same(&want, &got, "--rev HEAD", seed);
		list_free(&want);
		list_free(&got);
		/* --staged */
		git_lines(&want, git_path, fx, cached);
		list_sort(&want);
		hdrcheck_paths(&got, NULL, fx, a_staged);
		list_sort(&got);
		assert_same(&want, &got, "--staged", seed);
		list_free(&want);
		list_free(&got);
		/* --changed-since: changed since the merge base (HEAD~1),
		 * and the untracked files */
		git_lines(&want, git_path, fx, since);
		for (k = 0; k < untracked.n; k++)
			list_add(&want, untracked.v[k], strlen(untracked.v[k]));
		list_sort(&want);
		hdrcheck_paths(&got, NULL, fx, a_since);
		list_sort(&got);
		assert_same(&want, &got, "--changed-since HEAD~1", seed);
		list_free(&want);
		list_free(&got);
		list_free(&gone);
		list_free(&untracked);
		free(nocache);
		free(fill);
		free(read);
	}
	list_free(&tracked);
	fixture_free(fx);
}

static void test_hostile_differential__git_agrees(void **state)
{
	char *git_path = hostile_which("git");
	const char *env_seed = getenv("HDRCHECK_DIFF_SEED");
	const char *env_rounds = getenv("HDRCHECK_DIFF_ROUNDS");
	uint64_t seed = env_seed ? strtoull(env_seed, NULL, 10) : DIFF_SEED;
	unsigned long rounds =
	    env_rounds ? strtoul(env_rounds, NULL, 10) : DIFF_ROUNDS;
	unsigned long i;

	(void)state;
	if (!git_path)
		skip(); /* git is installed in CI */
	for (i = 0; i < rounds; i++)
		one_round(git_path, seed + i);
	free(git_path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_hostile_differential__git_agrees),
	};

	return cmocka_run_group_tests_name("hostile_differential", tests,
	                                   fixture_group_setup,
	                                   fixture_group_teardown);
}
