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

#define _GNU_SOURCE /* asprintf */

/*
 * The readers' oracle (tests/scanner/oracle.h): libgit2 for the index and
 * the packs, git itself for the ignore rules and the untracked walk.
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
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>
#include <git2.h>
#include "scanner/scanner.h"
#include "scanner/git/pack.h"
#include "../../fuzz/check_ignore.h"
#include "oracle.h"

#define OUTPUT_CAP ((size_t)16 << 20)

static void git_ok(int rc, const char *what)
{
	const git_error *e;

	if (rc >= 0)
		return;
	e = git_error_last();
	fail_msg("%s: libgit2 error %d: %s", what, rc,
	         e && e->message ? e->message : "(no message)");
}

void oracle_env_init(void)
{
	static const char *const drop[] = {"GIT_DIR",
	                                   "GIT_WORK_TREE",
	                                   "GIT_INDEX_FILE",
	                                   "GIT_COMMON_DIR",
	                                   "GIT_OBJECT_DIRECTORY",
	                                   "XDG_CONFIG_HOME",
	                                   "GIT_CEILING_DIRS",
	                                   "GIT_ALTERNATE_OBJECT_DIRECTORIES"};
	size_t i;

	for (i = 0; i < sizeof(drop) / sizeof(drop[0]); i++)
		unsetenv(drop[i]);
	mkdir(HDRCHECK_TEST_TMP, 0755);
	mkdir(HDRCHECK_TEST_TMP "/home", 0755);
	setenv("HOME", HDRCHECK_TEST_TMP "/home", 1);
	setenv("GIT_CONFIG_NOSYSTEM", "1", 1);
	setenv("GIT_CONFIG_GLOBAL", "/dev/null", 1);
	/* commits the oracle makes are the same on every run */
	setenv("GIT_AUTHOR_DATE", "1767225600 +0000", 1);
	setenv("GIT_COMMITTER_DATE", "1767225600 +0000", 1);
}

int oracle_sh(const char *dir, const char *cmd, char **out, size_t *len)
{
	char *full = NULL, *buf = NULL;
	size_t n = 0, cap = 0, got;
	FILE *p;
	int rc;

	/* git without the user's or the system's configuration */
	if (asprintf(&full,
	             "cd '%s' && HOME=/nonexistent GIT_CONFIG_NOSYSTEM=1 "
	             "GIT_CONFIG_GLOBAL=/dev/null && unset XDG_CONFIG_HOME && "
	             "export HOME GIT_CONFIG_NOSYSTEM GIT_CONFIG_GLOBAL && "
	             "(%s) 2>/dev/null",
	             dir, cmd) < 0)
		fail_msg("out of memory");
	p = popen(full, "r");
	free(full);
	if (!p)
		return -1;
	do {
		if (n + 4096 + 1 > cap) {
			cap = cap ? cap * 2 : 8192;
			assert_true(cap <= OUTPUT_CAP);
			buf = realloc(buf, cap);
			assert_non_null(buf);
		}
		got = fread(buf + n, 1, cap - n - 1, p);
		n += got;
	} while (got > 0);
	rc = pclose(p);
	buf[n] = '\0';
	if (out) {
		*out = buf;
		if (len)
			*len = n;
	} else {
		free(buf);
	}
	return rc >= 0 && WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

int oracle_have_git(void)
{
	static int known = -1;

	if (known < 0)
		known = oracle_sh(".", "git --version", NULL, NULL) == 0;
	return known;
}

static char *index_path(fixture *fx)
{
	char *p = NULL;

	if (asprintf(&p, "%sindex", git_repository_path(fx->repo)) < 0)
		fail_msg("out of memory");
	return p;
}

/* --- the index --- */

static void compare_tree_cache(fixture *fx, const hdrcheck__index *ours,
                               git_index *gix)
{
	git_oid root_id;
	git_tree *root = NULL;
	size_t i;

	if (git_index_has_conflicts(gix))
		return;
	git_ok(git_index_write_tree_to(&root_id, gix, fx->repo),
	       "git_index_write_tree_to");
	git_ok(git_tree_lookup(&root, fx->repo, &root_id), "git_tree_lookup");
	for (i = 0; i < ours->trees_count; i++) {
		const hdrcheck__tree_cache *t = &ours->trees[i];
		git_tree_entry *te = NULL;

		if (!t->valid)
			continue;
		if (!*t->path) {
			if (memcmp(t->oid, root_id.id, HDRCHECK__OID_SIZE))
				fail_msg("index: the cache tree's root is not "
				         "the index's tree");
			continue;
		}
		if (git_tree_entry_bypath(&te, root, t->path) < 0)
			fail_msg("index: cache tree %s: no such tree", t->path);
		if (memcmp(t->oid, git_tree_entry_id(te)->id,
		           HDRCHECK__OID_SIZE))
			fail_msg("index: cache tree %s: not the index's tree",
			         t->path);
		git_tree_entry_free(te);
	}
	git_tree_free(root);
}

size_t oracle_index(fixture *fx)
{
	char *path = index_path(fx);
	hdrcheck__index *ours = NULL;
	git_index *gix = NULL;
	struct stat st;
	size_t i, count;

	if (stat(path, &st) != 0) {
		free(path);
		return 0; /* no index yet */
	}
	if (hdrcheck__index_open_file(&ours, path) < 0)
		fail_msg("index: our reader declines %s: %s", path,
		         hdrcheck_error_last());
	git_ok(git_index_open(&gix, path), "git_index_open");
	count = git_index_entrycount(gix);
	if (ours->count != count)
		fail_msg("index: %zu entries, libgit2 reads %zu", ours->count,
		         count);
	for (i = 0; i < count; i++) {
		const git_index_entry *g = git_index_get_byindex(gix, i);
		const hdrcheck__index_entry *e = &ours->entries[i];

		if (strcmp(e->path, g->path) != 0)
			fail_msg("index: entry %zu is %s, libgit2 reads %s", i,
			         e->path, g->path);
		assert_int_equal(e->path_len, strlen(g->path));
		assert_memory_equal(e->oid, g->id.id, HDRCHECK__OID_SIZE);
		assert_int_equal(e->sd.mode, g->mode);
		assert_int_equal(e->sd.ctime_s, (uint32_t)g->ctime.seconds);
		assert_int_equal(e->sd.ctime_ns, g->ctime.nanoseconds);
		assert_int_equal(e->sd.mtime_s, (uint32_t)g->mtime.seconds);
		assert_int_equal(e->sd.mtime_ns, g->mtime.nanoseconds);
		assert_int_equal(e->sd.dev, g->dev);
		assert_int_equal(e->sd.ino, g->ino);
		assert_int_equal(e->sd.uid, g->uid);
		assert_int_equal(e->sd.gid, g->gid);
		assert_int_equal(e->sd.size, g->file_size);
		assert_int_equal(e->stage, (unsigned)git_index_entry_stage(g));
		assert_int_equal(
		    !!(e->flags & HDRCHECK__INDEX_SKIP_WORKTREE),
		    !!(g->flags_extended & GIT_INDEX_ENTRY_SKIP_WORKTREE));
		assert_int_equal(
		    !!(e->flags & HDRCHECK__INDEX_INTENT_TO_ADD),
		    !!(g->flags_extended & GIT_INDEX_ENTRY_INTENT_TO_ADD));
	}
	compare_tree_cache(fx, ours, gix);
	git_index_free(gix);
	hdrcheck__index_free(ours);
	free(path);
	return count;
}

/* --- the packs --- */

static int insert_one(const git_oid *id, void *payload)
{
	return git_packbuilder_insert(payload, id, NULL);
}

static char *objects_dir(fixture *fx)
{
	char *p = NULL;

	if (asprintf(&p, "%sobjects", git_repository_commondir(fx->repo)) < 0)
		fail_msg("out of memory");
	return p;
}

static size_t count_packs(const char *objects)
{
	char dir[4096];
	DIR *d;
	struct dirent *de;
	size_t n = 0;

	snprintf(dir, sizeof(dir), "%s/pack", objects);
	if (!(d = opendir(dir)))
		return 0;
	while ((de = readdir(d)) != NULL) {
		size_t len = strlen(de->d_name);

		n += len > 4 && strcmp(de->d_name + len - 4, ".idx") == 0;
	}
	closedir(d);
	return n;
}

size_t oracle_packs(fixture *fx)
{
	char *objects = objects_dir(fx), pack_dir[4096];
	git_odb *odb = NULL;
	git_packbuilder *pb = NULL;
	hdrcheck__packs *packs = NULL;
	hdrcheck__pack_reader *r = NULL;
	size_t pack, i, compared = 0;
	static char window[100];

	git_ok(git_repository_odb(&odb, fx->repo), "git_repository_odb");
	if (!count_packs(objects)) {
		snprintf(pack_dir, sizeof(pack_dir), "%s/pack", objects);
		git_ok(git_packbuilder_new(&pb, fx->repo), "packbuilder");
		git_ok(git_odb_foreach(odb, insert_one, pb), "insert");
		if (git_packbuilder_object_count(pb) == 0) {
			git_packbuilder_free(pb);
			git_odb_free(odb);
			free(objects);
			return 0; /* an empty repository */
		}
		git_ok(git_packbuilder_write(pb, pack_dir, 0, NULL, NULL),
		       "git_packbuilder_write");
		git_packbuilder_free(pb);
		git_ok(git_odb_refresh(odb), "git_odb_refresh");
	}
	assert_int_equal(hdrcheck__packs_new(&packs), 0);
	assert_int_equal(hdrcheck__packs_load(packs, objects), 0);
	if (hdrcheck__packs_count(packs) != count_packs(objects))
		fail_msg("packs: the reader took %zu of %zu packs",
		         hdrcheck__packs_count(packs), count_packs(objects));
	assert_int_equal(hdrcheck__pack_reader_new(&r, packs), 0);
	for (pack = 0; pack < hdrcheck__packs_count(packs); pack++)
		for (i = 0; i < hdrcheck__packs_objects(packs, pack); i++) {
			unsigned char oid[HDRCHECK__OID_SIZE];
			const unsigned char *data;
			git_odb_object *obj = NULL;
			git_oid id;
			char hex[GIT_OID_HEXSZ + 1];
			uint64_t offset, size;
			size_t len, wlen;
			int type, rc;

			assert_int_equal(
			    hdrcheck__pack_entry(r, pack, i, oid, &offset), 0);
			git_oid_fromraw(&id, oid);
			git_oid_tostr(hex, sizeof(hex), &id);
			git_ok(git_odb_read(&obj, odb, &id), hex);
			if ((rc = hdrcheck__pack_object(r, oid, &data, &len,
			                                &type)) != 0)
				fail_msg("packs: %s: our reader fails (%d)",
				         hex, rc);
			if (type != (int)git_odb_object_type(obj) ||
			    len != git_odb_object_size(obj) ||
			    (len &&
			     memcmp(data, git_odb_object_data(obj), len) != 0))
				fail_msg("packs: %s: not libgit2's object",
				         hex);
			if (type == GIT_OBJECT_BLOB) {
				assert_int_equal(
				    hdrcheck__pack_blob_window(r, oid, window,
				                               sizeof(window),
				                               &wlen, &size),
				    0);
				assert_int_equal(size,
				                 git_odb_object_size(obj));
				assert_int_equal(wlen, size < sizeof(window)
				                           ? size
				                           : sizeof(window));
				if (wlen)
					assert_memory_equal(
					    window, git_odb_object_data(obj),
					    wlen);
			}
			git_odb_object_free(obj);
			compared++;
		}
	hdrcheck__pack_reader_free(r);
	hdrcheck__packs_free(packs);
	git_odb_free(odb);
	free(objects);
	return compared;
}

/* --- the ignore rules --- */

typedef struct {
	char **paths;
	int *is_dir;
	size_t count, cap;
	/* a .gitignore that is neither a file nor a link: git blocks
	 * opening a fifo, so git cannot be asked about this tree */
	const char *odd;
} path_set;

static void set_add(path_set *s, const char *path, int is_dir)
{
	if (s->count == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 64;
		s->paths = realloc(s->paths, s->cap * sizeof(*s->paths));
		s->is_dir = realloc(s->is_dir, s->cap * sizeof(*s->is_dir));
		assert_non_null(s->paths);
		assert_non_null(s->is_dir);
	}
	s->paths[s->count] = strdup(path);
	assert_non_null(s->paths[s->count]);
	s->is_dir[s->count++] = is_dir;
}

static void set_dispose(path_set *s)
{
	while (s->count)
		free(s->paths[--s->count]);
	free(s->paths);
	free(s->is_dir);
}

static int is_nested_repo(const char *full)
{
	char p[4200];
	struct stat st;

	snprintf(p, sizeof(p), "%s/.git", full);
	return lstat(p, &st) == 0;
}

/* Every file and directory under root/rel, nested repositories aside. */
static void collect(const char *root, const char *rel, path_set *s)
{
	char full[4096], child[4096];
	DIR *d;
	struct dirent *de;
	struct stat st;

	snprintf(full, sizeof(full), "%s%s%s", root, *rel ? "/" : "", rel);
	if (!(d = opendir(full)))
		return;
	while ((de = readdir(d)) != NULL) {
		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, "..") ||
		    (!*rel && !strcmp(de->d_name, ".git")))
			continue;
		snprintf(child, sizeof(child), "%s%s%s", rel, *rel ? "/" : "",
		         de->d_name);
		if (snprintf(full, sizeof(full), "%s/%s", root, child) >=
		        (int)sizeof(full) ||
		    lstat(full, &st) != 0)
			continue;
		if (S_ISDIR(st.st_mode)) {
			if (is_nested_repo(full))
				continue;
			set_add(s, child, 1);
			collect(root, child, s);
		} else {
			if (!strcmp(de->d_name, ".gitignore") &&
			    !S_ISREG(st.st_mode) && !S_ISLNK(st.st_mode))
				s->odd = "a .gitignore that is no file";
			set_add(s, child, 0);
		}
	}
	closedir(d);
}

size_t oracle_check_ignore(fixture *fx)
{
	path_set s = {0};
	size_t n;
	int bad;

	if (!oracle_have_git())
		return 0;
	collect(fx->root, "", &s);
	if (!s.count || s.odd) {
		if (s.odd)
			printf("oracle: not asking git: %s\n", s.odd);
		set_dispose(&s);
		return 0;
	}
	bad = ci_compare(fx->root, git_repository_commondir(fx->repo),
	                 (const char *const *)s.paths, s.is_dir, s.count);
	if (bad < 0)
		fail_msg("git check-ignore failed in %s", fx->root);
	if (bad > 0)
		fail_msg(
		    "check-ignore: %d of %zu paths differ from git (above)",
		    bad, s.count);
	n = s.count;
	set_dispose(&s);
	return n;
}

/* --- the untracked walk --- */

static int compare_strings(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

size_t oracle_untracked(fixture *fx)
{
	hdrcheck__index *ix = NULL;
	hdrcheck__entries out = {0};
	char *text = NULL, **git = NULL;
	size_t len = 0, i, n = 0, start = 0, k;
	path_set tree = {0};
	int bad = 0, odd;

	if (!oracle_have_git())
		return 0;
	collect(fx->root, "", &tree);
	odd = tree.odd != NULL;
	set_dispose(&tree);
	if (odd)
		return 0; /* git would block (oracle_check_ignore says) */
	if (hdrcheck__index_open(&ix, fx->repo, NULL) < 0)
		fail_msg("untracked: index: %s", hdrcheck_error_last());
	if (hdrcheck__untracked_list(fx->repo, fx->root, ix, "", NULL, 0,
	                             &out) < 0)
		fail_msg("untracked: %s", hdrcheck_error_last());
	if (oracle_sh(fx->root, "git ls-files -z -o --exclude-standard", &text,
	              &len) != 0)
		fail_msg("git ls-files -o failed in %s", fx->root);
	git = calloc(len + 1, sizeof(*git));
	assert_non_null(git);
	for (i = 0; i < len; i++)
		if (!text[i]) {
			/* "dir/": a nested repository, never entered */
			if (i > start && text[i - 1] != '/')
				git[n++] = text + start;
			start = i + 1;
		}
	qsort(git, n, sizeof(*git), compare_strings);
	/* a fifo, socket or device: hdrcheck lists it (to report it as
	 * unsupported), git never does */
	for (i = 0, k = 0; i < out.count; i++)
		if (out.items[i].kind != HDRCHECK__ENTRY_SPECIAL)
			out.items[k++] = out.items[i];
		else
			free(out.items[i].path);
	out.count = k;
	for (i = 0, k = 0; i < out.count || k < n;) {
		int c = i == out.count ? 1
		        : k == n       ? -1
		                       : strcmp(out.items[i].path, git[k]);

		if (c) {
			fprintf(stderr, "untracked: %s: only %s lists it\n",
			        c < 0 ? out.items[i].path : git[k],
			        c < 0 ? "hdrcheck" : "git");
			bad++;
		}
		i += c <= 0;
		k += c >= 0;
	}
	if (bad)
		fail_msg("untracked: %d paths differ from git ls-files -o "
		         "(above)",
		         bad);
	free(git);
	free(text);
	hdrcheck__entries_dispose(&out);
	hdrcheck__index_free(ix);
	return n;
}

/* The environment hdrcheck's walk reads (core.excludesFile's default),
 * as the oracle's git sees it, while the oracle runs. */
typedef struct {
	char *home, *xdg;
} saved_env;

static void env_save(saved_env *e)
{
	const char *home = getenv("HOME"), *xdg = getenv("XDG_CONFIG_HOME");

	e->home = home ? strdup(home) : NULL;
	e->xdg = xdg ? strdup(xdg) : NULL;
	setenv("HOME", "/nonexistent", 1);
	unsetenv("XDG_CONFIG_HOME");
}

static void env_restore(saved_env *e)
{
	if (e->home)
		setenv("HOME", e->home, 1);
	else
		unsetenv("HOME");
	if (e->xdg)
		setenv("XDG_CONFIG_HOME", e->xdg, 1);
	free(e->home);
	free(e->xdg);
}

void oracle_readers(fixture *fx)
{
	saved_env env;
	size_t ix, ci, ut, pk;

	env_save(&env);
	ix = oracle_index(fx);
	ci = oracle_check_ignore(fx);
	ut = oracle_untracked(fx);
	pk = oracle_packs(fx);
	env_restore(&env);
	printf("oracle: %zu index entries, %zu paths against check-ignore, "
	       "%zu untracked, %zu pack objects agree\n",
	       ix, ci, ut, pk);
}
