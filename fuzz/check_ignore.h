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
 * The ignore engine (scanner/ignore.c) path by path against
 * `git check-ignore`, shared by fuzz/ignore_fuzzer.c and the oracle of
 * the scanner tests (tests/scanner/oracle.c).
 *
 * Our side stacks the engine's lists as git does for one path: the
 * .gitignore of the path's own directory first, then those of its
 * parents up to the root, then $GIT_DIR/info/exclude; the last rule that
 * matches in the first list with a match decides (a negation
 * re-includes). A path under an excluded directory is excluded whatever
 * its own rules say. git's side is `check-ignore --no-index -v -n`: for
 * each path the rule that decides (empty when none), a '!' first for a
 * negation.
 *
 * Verdicts: 1 excluded, -1 re-included by a negation, 0 no rule.
 */

#ifndef HDRCHECK_FUZZ_CHECK_IGNORE_H
#define HDRCHECK_FUZZ_CHECK_IGNORE_H

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include "scanner/scanner.h"

#define CI_TEXT_MAX (64u * 1024)

/* The rules of the ignore file at dir/rel (base: the directory of its
 * rules, "" or "a/"); NULL when there is none. A symbolic link is no
 * ignore file in the work tree (git does not follow one); info/exclude
 * and core.excludesFile are read through links. */
static inline hdrcheck__ignore_list *ci_read_list(const char *dir,
                                                  const char *rel,
                                                  const char *base,
                                                  int in_worktree)
{
	char full[4096];
	static char text[CI_TEXT_MAX];
	hdrcheck__ignore_list *l = NULL;
	struct stat st;
	ssize_t n;
	int fd;

	if (snprintf(full, sizeof(full), "%s%s%s", dir, *rel ? "/" : "", rel) >=
	    (int)sizeof(full))
		return NULL;
	if ((in_worktree ? lstat(full, &st) : stat(full, &st)) != 0 ||
	    !S_ISREG(st.st_mode))
		return NULL;
	if ((fd = open(full, O_RDONLY)) < 0)
		return NULL;
	n = read(fd, text, sizeof(text));
	close(fd);
	if (n < 0)
		return NULL;
	if (hdrcheck__ignore_list_parse(&l, base, text, (size_t)n) < 0)
		return NULL;
	return l;
}

/* The lists that apply to every path after the directories' own:
 * info/exclude, then core.excludesFile (either may be NULL). */
typedef struct {
	hdrcheck__ignore_list *lists[2];
} ci_globals;

/* The verdict of the lists of path's directories (deepest first) and of
 * the global lists on path itself, parents aside. */
static inline int ci_own_verdict(const char *root, const ci_globals *g,
                                 const char *path, int is_dir)
{
	char dir[4096], rel[4200];
	size_t len = strlen(path), d;
	int r = 0;

	/* the directories of path, from the deepest: "a/b/", "a/", "" */
	for (d = len; !r;) {
		hdrcheck__ignore_list *l;

		while (d > 0 && path[d - 1] != '/')
			d--;
		snprintf(dir, sizeof(dir), "%.*s", (int)d, path);
		snprintf(rel, sizeof(rel), "%s.gitignore", dir);
		if ((l = ci_read_list(root, rel, dir, 1)) != NULL) {
			r = hdrcheck__ignore_list_match(l, path, len, is_dir,
			                                0);
			hdrcheck__ignore_list_free(l);
		}
		if (d == 0)
			break;
		d--; /* past the '/' */
	}
	for (d = 0; !r && d < 2; d++)
		if (g->lists[d])
			r = hdrcheck__ignore_list_match(g->lists[d], path, len,
			                                is_dir, 0);
	return r;
}

/* path's verdict as git's check-ignore gives it: an excluded parent
 * directory excludes it. */
static inline int ci_verdict(const char *root, const ci_globals *g,
                             const char *path, int is_dir)
{
	char parent[4096];
	size_t i, len = strlen(path);

	for (i = 0; i < len && i < sizeof(parent); i++) {
		if (path[i] != '/')
			continue;
		memcpy(parent, path, i);
		parent[i] = '\0';
		if (ci_own_verdict(root, g, parent, 1) > 0)
			return 1;
	}
	return ci_own_verdict(root, g, path, is_dir);
}

/* git as the oracle runs it: no user or system configuration, and a
 * deadline (git blocks on a .gitignore that is a fifo; hdrcheck does
 * not, and the callers leave such trees out). */
#define CI_GIT                                                                 \
	"timeout 120 env HOME=/nonexistent XDG_CONFIG_HOME= "                  \
	"GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null git"

/*
 * git check-ignore's verdicts on the count paths (relative to root, each
 * naming a file or directory that exists) into verdicts[]; 0, or -1 when
 * git could not be run or its answer was not understood. gitdir: the
 * repository's (common) git directory, for a scratch file.
 */
static inline int ci_git_verdicts(const char *root, const char *gitdir,
                                  const char *const *paths, size_t count,
                                  int *verdicts)
{
	char list[4200], cmd[8800];
	static char out[1u << 20];
	size_t len = 0, n, i, k;
	FILE *f, *p;
	int fd, ok = 0;

	if (snprintf(list, sizeof(list), "%s/hdrcheck-check-ignore.XXXXXX",
	             gitdir) >= (int)sizeof(list) ||
	    (fd = mkstemp(list)) < 0)
		return -1;
	if (!(f = fdopen(fd, "w"))) {
		close(fd);
		unlink(list);
		return -1;
	}
	for (i = 0; i < count; i++)
		fwrite(paths[i], 1, strlen(paths[i]) + 1, f);
	fclose(f);
	snprintf(cmd, sizeof(cmd),
	         CI_GIT " -C '%s' check-ignore --no-index -v -n -z --stdin "
	                "<'%s' 2>/dev/null",
	         root, list);
	p = popen(cmd, "r");
	/* past the buffer, drain (git must not block on a full pipe) */
	while (p &&
	       (n = fread(len < sizeof(out) ? out + len : cmd, 1,
	                  len < sizeof(out) ? sizeof(out) - len : sizeof(cmd),
	                  p)) > 0)
		len += len < sizeof(out) ? n : 0;
	/* 0: some path matched, 1: none did (with -n both print all) */
	if (p) {
		int rc = pclose(p);

		ok = (rc == 0 ||
		      (rc >= 0 && WIFEXITED(rc) && WEXITSTATUS(rc) == 1)) &&
		     len < sizeof(out);
	}
	unlink(list);
	if (!ok)
		return -1;
	/* four NUL-ended fields a path: source, line, pattern, path */
	for (i = 0, k = 0; k < count; k++) {
		const char *field[4];
		size_t j;

		for (j = 0; j < 4; j++) {
			const char *end =
			    i < len ? memchr(out + i, '\0', len - i) : NULL;

			if (!end)
				return -1;
			field[j] = out + i;
			i = (size_t)(end - out) + 1;
		}
		if (strcmp(field[3], paths[k]) != 0)
			return -1;
		verdicts[k] = !*field[0] ? 0 : field[2][0] == '!' ? -1 : 1;
	}
	return 0;
}

/* core.excludesFile as git reads it in root (NULL when unset or empty:
 * the default under $XDG_CONFIG_HOME, which the oracle's git has not). */
static inline hdrcheck__ignore_list *ci_excludes_file(const char *root)
{
	char cmd[4400], path[4096] = "";
	FILE *p;
	size_t n;

	snprintf(cmd, sizeof(cmd),
	         CI_GIT " -C '%s' config --path --get core.excludesFile "
	                "2>/dev/null",
	         root);
	if (!(p = popen(cmd, "r")))
		return NULL;
	n = fread(path, 1, sizeof(path) - 1, p);
	pclose(p);
	path[n] = '\0';
	while (n && path[n - 1] == '\n')
		path[--n] = '\0';
	return n ? ci_read_list(path, "", "", 0) : NULL;
}

/*
 * Compare the two on every path: 0 when they agree, else the number of
 * disagreements, each printed to stderr; -1 when git could not answer.
 * is_dir[i] says whether paths[i] is a directory; gitdir is the
 * repository's common git directory (info/exclude).
 */
static inline int ci_compare(const char *root, const char *gitdir,
                             const char *const *paths, const int *is_dir,
                             size_t count)
{
	ci_globals g;
	int *git = calloc(count ? count : 1, sizeof(int));
	size_t i;
	int bad = 0;

	g.lists[0] = ci_read_list(gitdir, "info/exclude", "", 0);
	g.lists[1] = ci_excludes_file(root);
	if (!git || ci_git_verdicts(root, gitdir, paths, count, git) < 0) {
		bad = -1;
		goto done;
	}
	for (i = 0; i < count; i++) {
		int ours = ci_verdict(root, &g, paths[i], is_dir[i]);

		if (ours != git[i]) {
			fprintf(stderr,
			        "check-ignore: %s%s: hdrcheck %d, git %d\n",
			        paths[i], is_dir[i] ? "/" : "", ours, git[i]);
			bad++;
		}
	}
done:
	free(git);
	hdrcheck__ignore_list_free(g.lists[0]);
	hdrcheck__ignore_list_free(g.lists[1]);
	return bad;
}

#endif
