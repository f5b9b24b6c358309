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
 * The sources' listings, data-driven: the work tree with its untracked
 * files (scanner/repo.c, scanner/untracked.c), --rev (scanner/rev.c),
 * --staged and --changed-since (scanner/changes.c). Each case is a
 * directory of tests/data/scanner/<area>/ (LISTING_AREA) with
 *
 *   repo    the steps that build the repository with libgit2, one a line
 *           (see run_step() below);
 *   expect  sections "[ARGS]" (ARGS: "worktree", "--rev R", "--staged",
 *           "--changed-since R", combined, then "-- PATH..." to narrow),
 *           each followed by the listing, one "KIND PATH" a line (KIND:
 *           file, link, submodule, special; "untracked" or
 *           "untracked-KIND" for the untracked files of the work tree),
 *           or the one line "error".
 *
 * Every section is checked three ways: our listing against the expected
 * one (a diff when they differ), against what git itself lists (ls-files,
 * ls-tree, diff --name-only against the merge base), and again after the
 * objects are packed (the listing of a tree then goes through the pack
 * reader). The readers' oracle (tests/scanner/oracle.c) runs on every
 * repository built.
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
#include <git2.h>
#include "scanner/scanner.h"
#include "../cli/fixture.h"
#include "oracle.h"

#define CASES_DIR HDRCHECK_TEST_DATA "/scanner/" LISTING_AREA

/* --- text helpers --- */

typedef struct {
	char **items;
	size_t count, cap;
} lines;

static void lines_add(lines *l, const char *s)
{
	if (l->count == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 32;
		l->items = realloc(l->items, l->cap * sizeof(*l->items));
		assert_non_null(l->items);
	}
	l->items[l->count] = strdup(s);
	assert_non_null(l->items[l->count]);
	l->count++;
}

static void lines_addf(lines *l, const char *fmt, ...)
{
	char buf[8192];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	lines_add(l, buf);
}

static void lines_dispose(lines *l)
{
	while (l->count)
		free(l->items[--l->count]);
	free(l->items);
	memset(l, 0, sizeof(*l));
}

/* "KIND PATH" lines sort by path. */
static const char *path_of(const char *line)
{
	const char *sp = strchr(line, ' ');

	return sp ? sp + 1 : line;
}

static int compare_lines(const void *a, const void *b)
{
	const char *x = *(char *const *)a, *y = *(char *const *)b;
	int c = strcmp(path_of(x), path_of(y));

	return c ? c : strcmp(x, y);
}

static void lines_sort(lines *l)
{
	if (l->count) /* qsort(NULL, 0, ...) is undefined */
		qsort(l->items, l->count, sizeof(char *), compare_lines);
}

/*
 * 0 when equal; else print, as a diff from want to got, every line only
 * one of them has ('-' expected, '+' listed), and return the count.
 */
static int lines_diff(const char *what, const char *section, const lines *want,
                      const lines *got)
{
	size_t i = 0, k = 0;
	int bad = 0;

	while (i < want->count || k < got->count) {
		int c = i == want->count ? 1
		        : k == got->count
		            ? -1
		            : compare_lines(&want->items[i], &got->items[k]);

		if (c && !bad++)
			fprintf(stderr, "--- %s\n+++ hdrcheck\n@@ [%s] @@\n",
			        what, section);
		if (c < 0)
			fprintf(stderr, "-%s\n", want->items[i]);
		else if (c > 0)
			fprintf(stderr, "+%s\n", got->items[k]);
		i += c <= 0;
		k += c >= 0;
	}
	return bad;
}

static char *read_text(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *buf;
	long n;

	if (!f)
		fail_msg("cannot open %s: %s", path, strerror(errno));
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc((size_t)n + 1);
	assert_non_null(buf);
	assert_int_equal(fread(buf, 1, (size_t)n, f), (size_t)n);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

static void git_ok(int rc, const char *what)
{
	const git_error *e;

	if (rc >= 0)
		return;
	e = git_error_last();
	fail_msg("%s: libgit2 error %d: %s", what, rc,
	         e && e->message ? e->message : "(no message)");
}

/* --- building the repository --- */

/* "\n", "\t", "\s" (a space), "\\" in a step's path or text. */
static char *unescape(const char *s)
{
	char *out = malloc(strlen(s) + 1), *o = out;

	assert_non_null(out);
	for (; *s; s++) {
		if (*s != '\\' || !s[1]) {
			*o++ = *s;
			continue;
		}
		s++;
		*o++ = *s == 'n'   ? '\n'
		       : *s == 't' ? '\t'
		       : *s == 's' ? ' '
		                   : *s;
	}
	*o = '\0';
	return out;
}

static void remove_tree(const char *path)
{
	struct stat st;

	if (lstat(path, &st) != 0)
		return;
	if (S_ISDIR(st.st_mode)) {
		DIR *d = opendir(path);
		struct dirent *de;
		char child[4096];

		while (d && (de = readdir(d)) != NULL) {
			if (!strcmp(de->d_name, ".") ||
			    !strcmp(de->d_name, ".."))
				continue;
			snprintf(child, sizeof(child), "%s/%s", path,
			         de->d_name);
			remove_tree(child);
		}
		if (d)
			closedir(d);
		rmdir(path);
	} else {
		unlink(path);
	}
}

static git_index *repo_index(fixture *fx)
{
	git_index *ix = NULL;

	git_ok(git_repository_index(&ix, fx->repo), "git_repository_index");
	git_ok(git_index_read(ix, 1), "git_index_read");
	return ix;
}

/* Commit the index on HEAD (and other, a merge); each commit a second
 * after the last, so that the history has an order. */
static void commit(fixture *fx, const char *other)
{
	static git_time_t when = 1767225600;
	git_index *ix = repo_index(fx);
	git_signature *sig = NULL;
	git_tree *tree = NULL;
	const git_commit *parents[2];
	git_commit *p0 = NULL, *p1 = NULL;
	git_object *o = NULL;
	git_oid tree_id, head, id;
	size_t n = 0;

	git_ok(git_index_write_tree(&tree_id, ix), "git_index_write_tree");
	git_ok(git_tree_lookup(&tree, fx->repo, &tree_id), "git_tree_lookup");
	git_ok(git_signature_new(&sig, "t", "t@hdrcheck.invalid", when++, 0),
	       "git_signature_new");
	if (git_reference_name_to_id(&head, fx->repo, "HEAD") == 0) {
		git_ok(git_commit_lookup(&p0, fx->repo, &head), "HEAD");
		parents[n++] = p0;
	} else {
		git_error_clear();
	}
	if (other) {
		git_ok(git_revparse_single(&o, fx->repo, other), other);
		git_ok(git_commit_lookup(&p1, fx->repo, git_object_id(o)),
		       other);
		parents[n++] = p1;
	}
	git_ok(git_commit_create(&id, fx->repo, "HEAD", sig, sig, NULL, "c",
	                         tree, n, parents),
	       "git_commit_create");
	git_oid_tostr(fx->head, sizeof(fx->head), &id);
	git_object_free(o);
	git_commit_free(p0);
	git_commit_free(p1);
	git_tree_free(tree);
	git_signature_free(sig);
	git_index_free(ix);
}

static void make_ref(fixture *fx, const char *prefix, const char *name)
{
	git_reference *ref = NULL;
	git_oid head;
	char full[256];

	git_ok(git_reference_name_to_id(&head, fx->repo, "HEAD"), "HEAD");
	snprintf(full, sizeof(full), "%s%s", prefix, name);
	git_ok(git_reference_create(&ref, fx->repo, full, &head, 1, NULL),
	       full);
	git_reference_free(ref);
}

static void switch_to(fixture *fx, const char *name)
{
	git_checkout_options co = GIT_CHECKOUT_OPTIONS_INIT;
	char full[256];

	snprintf(full, sizeof(full), "refs/heads/%s", name);
	git_ok(git_repository_set_head(fx->repo, full), full);
	co.checkout_strategy = GIT_CHECKOUT_FORCE;
	git_ok(git_checkout_head(fx->repo, &co), "git_checkout_head");
}

/*
 * One step:
 *   write PATH [TEXT]   a file (default "x\n"; \n \t \s \\ in PATH
 *                       and TEXT)
 *   exec PATH [TEXT]    the same, mode 0755
 *   link PATH TARGET    a symbolic link
 *   mkdir PATH          a directory
 *   fifo PATH           a named pipe
 *   rm PATH             remove from the work tree (a directory whole)
 *   add PATH... | add -A   stage paths (forced) | all, as git add -A
 *   unstage PATH        remove from the index (git rm --cached)
 *   gitlink PATH [HEX]  a submodule entry in the index (at HEAD, or HEX)
 *   commit | merge REV  commit the index (merge: a second parent)
 *   branch NAME | tag NAME   at HEAD
 *   switch NAME         HEAD to that branch, work tree and index forced
 */
static void run_step(fixture *fx, char *line)
{
	char *cmd = strtok_r(line, " ", &line), *arg, *rest;

	if (!cmd || *cmd == '#')
		return;
	arg = strtok_r(NULL, " ", &line);
	rest = line && *line ? line : NULL;
	if (arg) {
		char *plain = unescape(arg);

		/* never longer than arg */
		memcpy(arg, plain, strlen(plain) + 1);
		free(plain);
	}
	if (!strcmp(cmd, "write") || !strcmp(cmd, "exec")) {
		char *text = unescape(rest ? rest : "x\n");
		char *p = fixture_path(fx, arg);

		remove_tree(p);
		fixture_write_mode(fx, arg, text, strlen(text),
		                   cmd[0] == 'e' ? 0755 : 0644);
		free(p);
		free(text);
	} else if (!strcmp(cmd, "link")) {
		char *p = fixture_path(fx, arg);

		remove_tree(p);
		fixture_symlink(fx, arg, rest);
		free(p);
	} else if (!strcmp(cmd, "mkdir")) {
		fixture_mkdir(fx, arg);
	} else if (!strcmp(cmd, "fifo")) {
		char *p = fixture_path(fx, arg);

		if (mkfifo(p, 0644) < 0)
			fail_msg("mkfifo %s: %s", p, strerror(errno));
		free(p);
	} else if (!strcmp(cmd, "rm")) {
		char *p = fixture_path(fx, arg);

		remove_tree(p);
		free(p);
	} else if (!strcmp(cmd, "add") && !strcmp(arg, "-A")) {
		git_index *ix = repo_index(fx);
		char *all = "*";
		git_strarray spec = {&all, 1};

		git_ok(git_index_add_all(ix, &spec, GIT_INDEX_ADD_DEFAULT, NULL,
		                         NULL),
		       "git_index_add_all");
		git_ok(git_index_update_all(ix, &spec, NULL, NULL),
		       "git_index_update_all");
		git_ok(git_index_write(ix), "git_index_write");
		git_index_free(ix);
	} else if (!strcmp(cmd, "add")) {
		git_index *ix = repo_index(fx);

		for (; arg; arg = strtok_r(NULL, " ", &line))
			git_ok(git_index_add_bypath(ix, arg), arg);
		git_ok(git_index_write(ix), "git_index_write");
		git_index_free(ix);
	} else if (!strcmp(cmd, "unstage")) {
		git_index *ix = repo_index(fx);

		git_ok(git_index_remove_bypath(ix, arg), arg);
		git_ok(git_index_write(ix), "git_index_write");
		git_index_free(ix);
	} else if (!strcmp(cmd, "gitlink")) {
		git_index *ix = repo_index(fx);
		git_index_entry e;

		memset(&e, 0, sizeof(e));
		e.mode = GIT_FILEMODE_COMMIT;
		e.path = arg;
		if (rest)
			git_ok(git_oid_fromstr(&e.id, rest), rest);
		else
			git_ok(
			    git_reference_name_to_id(&e.id, fx->repo, "HEAD"),
			    "HEAD");
		git_ok(git_index_add(ix, &e), arg);
		git_ok(git_index_write(ix), "git_index_write");
		git_index_free(ix);
	} else if (!strcmp(cmd, "commit")) {
		commit(fx, NULL);
	} else if (!strcmp(cmd, "merge")) {
		commit(fx, arg);
	} else if (!strcmp(cmd, "branch")) {
		make_ref(fx, "refs/heads/", arg);
	} else if (!strcmp(cmd, "tag")) {
		make_ref(fx, "refs/tags/", arg);
	} else if (!strcmp(cmd, "switch")) {
		switch_to(fx, arg);
	} else {
		fail_msg("unknown step: %s", cmd);
	}
}

static void build(fixture *fx, const char *dir)
{
	char path[4096], *text, *line, *save = NULL;

	if (snprintf(path, sizeof(path), "%s/repo", dir) >= (int)sizeof(path))
		fail_msg("path too long: %s", dir);
	text = read_text(path);
	for (line = strtok_r(text, "\n", &save); line;
	     line = strtok_r(NULL, "\n", &save))
		run_step(fx, line);
	free(text);
}

/* --- one section --- */

typedef struct {
	const char *rev, *since;
	int staged;
	const char *prefixes[16];
	size_t count;
} section;

static void parse_section(section *s, char *args)
{
	char *save = NULL, *w;
	int paths = 0;

	memset(s, 0, sizeof(*s));
	for (w = strtok_r(args, " ", &save); w; w = strtok_r(NULL, " ", &save))
		if (paths && s->count < 16)
			s->prefixes[s->count++] = w;
		else if (!strcmp(w, "--"))
			paths = 1;
		else if (!strcmp(w, "--rev"))
			s->rev = strtok_r(NULL, " ", &save);
		else if (!strcmp(w, "--changed-since"))
			s->since = strtok_r(NULL, " ", &save);
		else if (!strcmp(w, "--staged"))
			s->staged = 1;
		else if (strcmp(w, "worktree") != 0)
			fail_msg("unknown section argument: %s", w);
}

static const char *kind_name(unsigned int kind)
{
	switch (kind) {
	case HDRCHECK__ENTRY_FILE:
		return "file";
	case HDRCHECK__ENTRY_SYMLINK:
		return "link";
	case HDRCHECK__ENTRY_SUBMODULE:
		return "submodule";
	case HDRCHECK__ENTRY_SPECIAL:
		return "special";
	default:
		return "unreadable";
	}
}

/* What the source lists for the section; libgit2: the own readers that
 * give way to libgit2's (HDRCHECK__LIBGIT2_*). */
static void list_ours(fixture *fx, const section *s, unsigned int libgit2,
                      lines *out)
{
	hdrcheck__source_options so;
	hdrcheck__source *src = NULL;
	hdrcheck__entries tracked = {0}, untracked = {0};
	size_t i;

	memset(&so, 0, sizeof(so));
	so.rev = s->rev;
	so.changed_since = s->since;
	so.staged = s->staged;
	so.no_cache = 1;
	so.jobs = 1;
	so.libgit2 = libgit2;
	if (hdrcheck__source_open(&src, fx->root, &so) < 0 ||
	    hdrcheck__source_list(src, s->prefixes, s->count, &tracked) < 0 ||
	    hdrcheck__source_list_untracked(src, s->prefixes, s->count,
	                                    &untracked) < 0) {
		lines_add(out, "error");
		goto done;
	}
	for (i = 0; i < tracked.count; i++)
		lines_addf(out, "%s %s", kind_name(tracked.items[i].kind),
		           tracked.items[i].path);
	for (i = 0; i < untracked.count; i++)
		if (untracked.items[i].kind == HDRCHECK__ENTRY_FILE)
			lines_addf(out, "untracked %s",
			           untracked.items[i].path);
		else
			lines_addf(out, "untracked-%s %s",
			           kind_name(untracked.items[i].kind),
			           untracked.items[i].path);
done:
	hdrcheck__entries_dispose(&tracked);
	hdrcheck__entries_dispose(&untracked);
	hdrcheck__source_free(src);
	lines_sort(out);
}

/* --- what git lists --- */

static int in_scope(const section *s, const char *path)
{
	size_t i;

	if (!s->count)
		return 1;
	for (i = 0; i < s->count; i++) {
		size_t n = strlen(s->prefixes[i]);

		if (!n || (strncmp(path, s->prefixes[i], n) == 0 &&
		           (path[n] == '\0' || path[n] == '/')))
			return 1;
	}
	return 0;
}

static const char *kind_of_mode(unsigned long mode)
{
	return mode == 0120000   ? "link"
	       : mode == 0160000 ? "submodule"
	                         : "file";
}

/* The NUL-separated output of cmd in the work tree, each record passed
 * to fn. */
static void git_records(fixture *fx, const char *cmd,
                        void (*fn)(void *, const char *), void *payload)
{
	char *text = NULL;
	size_t len = 0, i, start = 0;

	if (oracle_sh(fx->root, cmd, &text, &len) != 0)
		fail_msg("failed in %s: %s", fx->root, cmd);
	for (i = 0; i < len; i++)
		if (!text[i]) {
			if (i > start)
				fn(payload, text + start);
			start = i + 1;
		}
	free(text);
}

typedef struct {
	lines *modes; /* "KIND PATH" */
	lines *paths;
} collect_state;

/* "MODE OID STAGE\tPATH" (ls-files -s) or "MODE TYPE OID\tPATH"
 * (ls-tree). */
static void add_mode_record(void *payload, const char *rec)
{
	collect_state *st = payload;
	const char *tab = strchr(rec, '\t');

	if (tab)
		lines_addf(st->modes, "%s %s",
		           kind_of_mode(strtoul(rec, NULL, 8)), tab + 1);
}

static void add_path_record(void *payload, const char *rec)
{
	collect_state *st = payload;

	lines_add(st->paths, rec);
}

/* The kinds of the paths by a listing with modes. */
static void with_kinds(const section *s, const lines *modes, const lines *paths,
                       lines *out)
{
	size_t i, k;

	for (i = 0; i < paths->count; i++) {
		const char *kind = NULL;

		if (!in_scope(s, paths->items[i]))
			continue;
		for (k = 0; k < modes->count && !kind; k++)
			if (!strcmp(path_of(modes->items[k]), paths->items[i]))
				kind = modes->items[k];
		if (kind)
			lines_add(out, kind);
		else
			lines_addf(out, "file %s", paths->items[i]);
	}
}

static void merge_base(fixture *fx, const char *a, const char *b, char *out)
{
	char cmd[512], *text = NULL;

	snprintf(cmd, sizeof(cmd), "git merge-base '%s' '%s'", a, b);
	if (oracle_sh(fx->root, cmd, &text, NULL) != 0 || strlen(text) < 40)
		fail_msg("git merge-base %s %s failed", a, b);
	memcpy(out, text, 40);
	out[40] = '\0';
	free(text);
}

static void list_git(fixture *fx, const section *s, lines *out)
{
	lines modes = {0}, paths = {0};
	collect_state st = {&modes, &paths};
	char cmd[1024], base[41];
	size_t i;

	if (s->rev && s->since) {
		merge_base(fx, s->since, s->rev, base);
		snprintf(cmd, sizeof(cmd), "git ls-tree -r -z '%s'", s->rev);
		git_records(fx, cmd, add_mode_record, &st);
		snprintf(cmd, sizeof(cmd),
		         "git diff --name-only --no-renames -z "
		         "--diff-filter=d %s '%s'",
		         base, s->rev);
		git_records(fx, cmd, add_path_record, &st);
		with_kinds(s, &modes, &paths, out);
	} else if (s->rev) {
		snprintf(cmd, sizeof(cmd), "git ls-tree -r -z '%s'", s->rev);
		git_records(fx, cmd, add_mode_record, &st);
		for (i = 0; i < modes.count; i++)
			if (in_scope(s, path_of(modes.items[i])))
				lines_add(out, modes.items[i]);
	} else if (s->staged) {
		if (s->since)
			merge_base(fx, s->since, "HEAD", base);
		else
			snprintf(base, sizeof(base), "HEAD");
		git_records(fx, "git ls-files -s -z", add_mode_record, &st);
		snprintf(cmd, sizeof(cmd),
		         "git diff --cached --name-only --no-renames -z "
		         "--diff-filter=d %s",
		         base);
		git_records(fx, cmd, add_path_record, &st);
		with_kinds(s, &modes, &paths, out);
	} else if (s->since) {
		/* the work tree as `git add -A` stages it, in a scratch
		 * index (a copy that keeps the index's time, for git's
		 * racy-clean rule) */
		merge_base(fx, s->since, "HEAD", base);
		git_records(
		    fx,
		    "rm -f .git/oracle-index && "
		    "cp -p .git/index .git/oracle-index && "
		    "GIT_INDEX_FILE=.git/oracle-index git add -A && "
		    "GIT_INDEX_FILE=.git/oracle-index git ls-files -s -z",
		    add_mode_record, &st);
		snprintf(cmd, sizeof(cmd),
		         "GIT_INDEX_FILE=.git/oracle-index git diff --cached "
		         "--name-only --no-renames -z --diff-filter=d %s && "
		         "rm -f .git/oracle-index",
		         base);
		git_records(fx, cmd, add_path_record, &st);
		with_kinds(s, &modes, &paths, out);
	} else {
		git_records(fx, "git ls-files -s -z", add_mode_record, &st);
		for (i = 0; i < modes.count; i++)
			if (in_scope(s, path_of(modes.items[i])))
				lines_add(out, modes.items[i]);
		git_records(fx, "git ls-files -z -o --exclude-standard",
		            add_path_record, &st);
		for (i = 0; i < paths.count; i++) {
			char *full = fixture_path(fx, paths.items[i]);
			struct stat sb;
			size_t n = strlen(paths.items[i]);

			/* "dir/": a nested repository, not entered */
			if (n && paths.items[i][n - 1] != '/' &&
			    in_scope(s, paths.items[i]) &&
			    lstat(full, &sb) == 0)
				lines_addf(
				    out, "%s %s",
				    S_ISLNK(sb.st_mode)   ? "untracked-link"
				    : S_ISREG(sb.st_mode) ? "untracked"
				                          : "untracked-special",
				    paths.items[i]);
			free(full);
		}
	}
	lines_dispose(&modes);
	lines_dispose(&paths);
	lines_sort(out);
}

/* --- the cases --- */

/* git lists no untracked fifo, socket or device; hdrcheck reports them
 * (as an unsupported type): out of the comparison with git. */
static void drop_specials(lines *l)
{
	size_t i, k;

	for (i = 0, k = 0; i < l->count; i++)
		if (strncmp(l->items[i], "untracked-special ", 18) != 0)
			l->items[k++] = l->items[i];
		else
			free(l->items[i]);
	l->count = k;
}

/* How many sections were compared, and with what. */
typedef struct {
	int sections, with_git, with_libgit2;
} tally;

/* One section (header: its arguments) against want, git's listing, and
 * the listing through libgit2's readers; the number of those that
 * differ (each printed as a diff). */
static int check_section(fixture *fx, const char *header, lines *want,
                         const char *when, tally *t)
{
	section s;
	char args[512], what[600];
	lines ours = {0}, other = {0};
	int bad = 0;

	snprintf(args, sizeof(args), "%s", header);
	parse_section(&s, args);
	list_ours(fx, &s, 0, &ours);
	lines_sort(want);
	snprintf(what, sizeof(what), "expect (%s)", when);
	bad += lines_diff(what, header, want, &ours) != 0;
	t->sections++;
	/* the own index and pack readers against libgit2's. Not the ignore
	 * rules: libgit2 1.5's differ from git's (a negation in a deeper
	 * .gitignore does not bring back what a parent's rule excludes, as
	 * in untracked/nested-negation); git is their oracle */
	list_ours(fx, &s, HDRCHECK__LIBGIT2_INDEX | HDRCHECK__LIBGIT2_PACK,
	          &other);
	snprintf(what, sizeof(what), "libgit2's readers (%s)", when);
	bad += lines_diff(what, header, &other, &ours) != 0;
	t->with_libgit2++;
	lines_dispose(&other);
	if (oracle_have_git() &&
	    !(ours.count == 1 && !strcmp(ours.items[0], "error"))) {
		drop_specials(&ours);
		list_git(fx, &s, &other);
		snprintf(what, sizeof(what), "git (%s)", when);
		bad += lines_diff(what, header, &other, &ours) != 0;
		t->with_git++;
	}
	lines_dispose(&ours);
	lines_dispose(&other);
	return bad;
}

/* Every section of expect; the number of comparisons that differ. */
static int check_sections(fixture *fx, const char *dir, const char *when)
{
	char path[4096], *text, *line, *save = NULL;
	char header[512] = "";
	lines want = {0};
	tally t = {0, 0, 0};
	int bad = 0, have = 0;

	if (snprintf(path, sizeof(path), "%s/expect", dir) >= (int)sizeof(path))
		fail_msg("path too long: %s", dir);
	text = read_text(path);
	for (line = strtok_r(text, "\n", &save);;
	     line = strtok_r(NULL, "\n", &save)) {
		if (line && line[0] != '[') {
			if (line[0] != '#')
				lines_add(&want, line);
			continue;
		}
		if (have)
			bad += check_section(fx, header, &want, when, &t);
		lines_dispose(&want);
		if (!line)
			break;
		snprintf(header, sizeof(header), "%.*s",
		         (int)strcspn(line + 1, "]"), line + 1);
		have = 1;
	}
	free(text);
	printf("%s: %d sections, %d against git, %d against libgit2's "
	       "readers\n",
	       when, t.sections, t.with_git, t.with_libgit2);
	return bad;
}

static void run_case(void **state)
{
	const char *name = *state;
	char dir[4096];
	fixture *fx = fixture_new_repo();
	int bad;

	snprintf(dir, sizeof(dir), "%s/%s", CASES_DIR, name);
	build(fx, dir);
	/* loose objects: libgit2 lists the trees */
	bad = check_sections(fx, dir, "loose objects");
	/* the readers against libgit2 and git on this repository; this
	 * packs the objects */
	oracle_readers(fx);
	bad += check_sections(fx, dir, "packed");
	if (bad)
		fail_msg("%s: %d sections differ (diffs above)", name, bad);
	fixture_free(fx);
	if (!oracle_have_git()) {
		print_message("no git: the listings were not compared with "
		              "git's\n");
		skip();
	}
}

static int compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(void)
{
	struct CMUnitTest *tests = NULL;
	char **names = NULL;
	size_t n = 0, i;
	struct dirent *de;
	DIR *d = opendir(CASES_DIR);
	int rc;

	if (!d) {
		fprintf(stderr, "cannot open %s\n", CASES_DIR);
		return 1;
	}
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.' || !strcmp(de->d_name, "README.md"))
			continue;
		names = realloc(names, (n + 1) * sizeof(*names));
		names[n++] = strdup(de->d_name);
	}
	closedir(d);
	if (n)
		qsort(names, n, sizeof(*names), compare_names);
	tests = calloc(n ? n : 1, sizeof(*tests));
	for (i = 0; i < n; i++) {
		tests[i].name = names[i];
		tests[i].test_func = run_case;
		tests[i].initial_state = names[i];
	}
	oracle_env_init();
	fixture_global_init();
	rc = _cmocka_run_group_tests("scanner_" LISTING_AREA, tests, n, NULL,
	                             NULL);
	fixture_global_shutdown();
	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
	free(tests);
	return rc;
}
