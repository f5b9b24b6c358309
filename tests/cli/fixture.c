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
 * Fixture trees and the process runner of the command-line tests. The
 * repositories are made with libgit2 at test time, so no .git directory is
 * ever committed and every test starts from a tree it fully describes.
 */

#include <errno.h>
#include <fcntl.h>
#include <dirent.h>
#include <limits.h>
#include <poll.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include <linux/capability.h>
#include <cmocka.h>
#include "fixture.h"
#ifdef HDRCHECK_TEST_ORACLE
#include "../scanner/oracle.h"
#endif

/* The captured output of one run is bounded: a runaway child fails the
 * test instead of eating the machine. */
#define RUN_OUTPUT_CAP (64u * 1024 * 1024)
#define RUN_MAX_ARGS   256

/* An empty HOME for the children and an empty config search path for us:
 * no user or system setting (core.excludesFile, init.templateDir, ...)
 * changes what a fixture means. */
#define HOME_DIR HDRCHECK_TEST_TMP "/home"

extern char **environ;

const char fixture_header_c[] =
    "/*\n"
    " * Copyright 2026 The hdrcheck Authors\n"
    " *\n"
    " * Licensed under the Apache License, Version 2.0 (the \"License\");\n"
    " * you may not use this file except in compliance with the "
    "License.\n"
    " * You may obtain a copy of the License at\n"
    " *\n"
    " *     http://www.apache.org/licenses/LICENSE-2.0\n"
    " *\n"
    " * Unless required by applicable law or agreed to in writing, "
    "software\n"
    " * distributed under the License is distributed on an \"AS IS\" "
    "BASIS,\n"
    " * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or "
    "implied.\n"
    " * See the License for the specific language governing permissions "
    "and\n"
    " * limitations under the License.\n"
    " */\n";

const char fixture_header_hash[] =
    "# Copyright 2026 The hdrcheck Authors\n"
    "#\n"
    "# Licensed under the Apache License, Version 2.0 (the \"License\");\n"
    "# you may not use this file except in compliance with the License.\n"
    "# You may obtain a copy of the License at\n"
    "#\n"
    "#     http://www.apache.org/licenses/LICENSE-2.0\n"
    "#\n"
    "# Unless required by applicable law or agreed to in writing, "
    "software\n"
    "# distributed under the License is distributed on an \"AS IS\" "
    "BASIS,\n"
    "# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or "
    "implied.\n"
    "# See the License for the specific language governing permissions "
    "and\n"
    "# limitations under the License.\n";

/* Fail the current test with libgit2's last error. */
static void git_check(int rc, const char *what)
{
	const git_error *e;

	if (rc >= 0)
		return;
	e = git_error_last();
	fail_msg("%s: libgit2 error %d: %s", what, rc,
	         e && e->message ? e->message : "(no message)");
}

static char *xstrdup(const char *s)
{
	char *p = strdup(s);

	assert_non_null(p);
	return p;
}

static void mkdir_p(const char *path)
{
	char *p = xstrdup(path), *s, c;

	for (s = p + 1;; s++) {
		if (*s != '/' && *s != '\0')
			continue;
		c = *s;
		*s = '\0';
		if (mkdir(p, 0755) < 0 && errno != EEXIST)
			fail_msg("mkdir %s: %s", p, strerror(errno));
		*s = c;
		if (!c)
			break;
	}
	free(p);
}

void fixture_global_init(void)
{
	static const int levels[] = {
	    GIT_CONFIG_LEVEL_PROGRAMDATA, GIT_CONFIG_LEVEL_SYSTEM,
	    GIT_CONFIG_LEVEL_XDG, GIT_CONFIG_LEVEL_GLOBAL};
	size_t i;

	mkdir_p(HOME_DIR);
	if (git_libgit2_init() < 0)
		fail_msg("git_libgit2_init failed");
	for (i = 0; i < sizeof(levels) / sizeof(levels[0]); i++)
		git_check(git_libgit2_opts(GIT_OPT_SET_SEARCH_PATH, levels[i],
		                           HOME_DIR),
		          "git_libgit2_opts");
}

void fixture_global_shutdown(void)
{
	git_libgit2_shutdown();
}

int fixture_group_setup(void **state)
{
	(void)state;
	fixture_global_init();
	return 0;
}

int fixture_group_teardown(void **state)
{
	(void)state;
	fixture_global_shutdown();
	return 0;
}

/* A new unique directory under parent; the fixture owns it. */
static fixture *fixture_in(const char *parent, const char *prefix)
{
	fixture *fx = calloc(1, sizeof(*fx));
	char *tmpl = NULL;
	size_t n;

	assert_non_null(fx);
	mkdir_p(parent);
	n = strlen(parent) + strlen(prefix) + sizeof("/-XXXXXX");
	tmpl = malloc(n);
	assert_non_null(tmpl);
	snprintf(tmpl, n, "%s/%s-XXXXXX", parent, prefix);
	if (!mkdtemp(tmpl))
		fail_msg("mkdtemp %s: %s", tmpl, strerror(errno));
	/* the reports print realpath(root); so must we */
	fx->root = realpath(tmpl, NULL);
	if (!fx->root)
		fail_msg("realpath %s: %s", tmpl, strerror(errno));
	free(tmpl);
	fx->top = xstrdup(fx->root);
	return fx;
}

fixture *fixture_new_repo(void)
{
	fixture *fx = fixture_in(HDRCHECK_TEST_TMP, "repo");

	git_check(git_repository_init(&fx->repo, fx->root, 0),
	          "git_repository_init");
	return fx;
}

fixture *fixture_new_repo_gitfile(void)
{
	git_repository_init_options opts = GIT_REPOSITORY_INIT_OPTIONS_INIT;
	fixture *fx = fixture_in(HDRCHECK_TEST_TMP, "gitfile");
	char *gitdir = fixture_path(fx, "separate.git");
	char *work = fixture_path(fx, "work");
	struct stat st;

	opts.flags = GIT_REPOSITORY_INIT_MKPATH | GIT_REPOSITORY_INIT_MKDIR |
	             GIT_REPOSITORY_INIT_NO_DOTGIT_DIR;
	opts.workdir_path = work;
	git_check(git_repository_init_ext(&fx->repo, gitdir, &opts),
	          "git_repository_init_ext");
	free(fx->root);
	fx->root = xstrdup(work);
	/* the point of the fixture: make sure libgit2 wrote a file */
	if (lstat(work, &st) < 0 || !S_ISDIR(st.st_mode))
		fail_msg("%s: no work tree", work);
	free(work);
	work = fixture_path(fx, ".git");
	if (lstat(work, &st) < 0 || !S_ISREG(st.st_mode))
		fail_msg("%s: not a gitdir file", work);
	free(work);
	free(gitdir);
	return fx;
}

fixture *fixture_new_worktree(fixture *origin, const char *name)
{
	fixture *fx = fixture_in(HDRCHECK_TEST_TMP, "worktree");
	char *path = fixture_path(fx, name);
	git_worktree *wt = NULL;
	git_reference *head = NULL;
	struct stat st;

	git_check(git_worktree_add(&wt, origin->repo, name, path, NULL),
	          "git_worktree_add");
	git_check(git_repository_open_from_worktree(&fx->repo, wt),
	          "git_repository_open_from_worktree");
	git_check(git_repository_head(&head, fx->repo), "git_repository_head");
	git_oid_tostr(fx->head, sizeof(fx->head), git_reference_target(head));
	free(fx->root);
	fx->root = path;
	/* a linked work tree has a .git file, never a directory */
	path = fixture_path(fx, ".git");
	if (lstat(path, &st) < 0 || !S_ISREG(st.st_mode))
		fail_msg("%s: not a gitdir file", path);
	free(path);
	git_reference_free(head);
	git_worktree_free(wt);
	return fx;
}

/* 1 if a repository discovered from dir would claim it. */
static int inside_repository(const char *dir)
{
	git_buf found = {0};
	int rc = git_repository_discover(&found, dir, 0, NULL);

	git_buf_dispose(&found);
	git_error_clear();
	return rc == 0;
}

fixture *fixture_new_dir(void)
{
	const char *candidates[3];
	const char *tmpdir = getenv("TMPDIR");
	size_t i, n = 0;

	candidates[n++] = HDRCHECK_TEST_TMP;
	if (tmpdir && *tmpdir == '/')
		candidates[n++] = tmpdir;
	candidates[n++] = "/tmp";
	for (i = 0; i < n; i++) {
		fixture *fx;

		if (access(candidates[i], W_OK) < 0 ||
		    inside_repository(candidates[i]))
			continue;
		fx = fixture_in(candidates[i], "hdrcheck-dir");
		if (!inside_repository(fx->root))
			return fx;
		fixture_free(fx);
	}
	return NULL;
}

/* Remove path and everything below it; symlinks are removed, never
 * followed. Fixtures are shallow, so plain recursion will do. */
static void remove_tree(const char *path)
{
	struct stat st;
	DIR *dir;
	struct dirent *de;

	if (lstat(path, &st) < 0)
		return;
	if (S_ISDIR(st.st_mode)) {
		/* a test may have taken permissions away */
		chmod(path, 0700);
		if ((dir = opendir(path)) != NULL) {
			while ((de = readdir(dir)) != NULL) {
				size_t n;
				char *sub;

				if (strcmp(de->d_name, ".") == 0 ||
				    strcmp(de->d_name, "..") == 0)
					continue;
				n = strlen(path) + strlen(de->d_name) + 2;
				sub = malloc(n);
				if (!sub)
					break;
				snprintf(sub, n, "%s/%s", path, de->d_name);
				remove_tree(sub);
				free(sub);
			}
			closedir(dir);
		}
		if (rmdir(path) < 0)
			print_error("fixture: cannot remove %s: %s\n", path,
			            strerror(errno));
		return;
	}
	if (unlink(path) < 0)
		print_error("fixture: cannot remove %s: %s\n", path,
		            strerror(errno));
}

void fixture_free(fixture *fx)
{
	if (!fx)
		return;
#ifdef HDRCHECK_TEST_ORACLE
	/* hdrcheck's own git readers against libgit2 and git on every
	 * repository the test built (tests/scanner/oracle.h) */
	if (fx->repo)
		oracle_readers(fx);
#endif
	git_repository_free(fx->repo);
	if (fx->top)
		remove_tree(fx->top);
	free(fx->top);
	free(fx->root);
	free(fx);
}

char *fixture_path(const fixture *fx, const char *rel)
{
	size_t n = strlen(fx->root) + strlen(rel) + 2;
	char *p = malloc(n);

	assert_non_null(p);
	snprintf(p, n, "%s/%s", fx->root, rel);
	return p;
}

void fixture_mkdir(const fixture *fx, const char *rel)
{
	char *p = fixture_path(fx, rel);

	mkdir_p(p);
	free(p);
}

/* Create the parent directories of rel. */
static void make_parents(const fixture *fx, const char *rel)
{
	char *p = fixture_path(fx, rel), *slash = strrchr(p, '/');

	*slash = '\0';
	mkdir_p(p);
	free(p);
}

void fixture_write_mode(const fixture *fx, const char *rel, const void *data,
                        size_t len, mode_t mode)
{
	char *p = fixture_path(fx, rel);
	const char *at = data;
	int fd;

	make_parents(fx, rel);
	fd = open(p, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (fd < 0)
		fail_msg("open %s: %s", p, strerror(errno));
	while (len) {
		ssize_t n = write(fd, at, len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			fail_msg("write %s: %s", p, strerror(errno));
		at += n;
		len -= (size_t)n;
	}
	if (close(fd) < 0)
		fail_msg("close %s: %s", p, strerror(errno));
	/* chmod, not the open mode: the umask must not decide */
	if (chmod(p, mode) < 0)
		fail_msg("chmod %s: %s", p, strerror(errno));
	free(p);
}

void fixture_write(const fixture *fx, const char *rel, const char *text)
{
	fixture_write_mode(fx, rel, text, strlen(text), 0644);
}

void fixture_symlink(const fixture *fx, const char *rel, const char *target)
{
	char *p = fixture_path(fx, rel);

	make_parents(fx, rel);
	if (symlink(target, p) < 0)
		fail_msg("symlink %s: %s", p, strerror(errno));
	free(p);
}

void fixture_gitignore(const fixture *fx, const char *rules)
{
	size_t n = strlen(fixture_header_hash) + strlen(rules) + 2;
	char *text = malloc(n);

	assert_non_null(text);
	snprintf(text, n, "%s\n%s", fixture_header_hash, rules);
	fixture_write(fx, ".gitignore", text);
	free(text);
}

static git_index *open_index(fixture *fx)
{
	git_index *index = NULL;

	assert_non_null(fx->repo);
	git_check(git_repository_index(&index, fx->repo),
	          "git_repository_index");
	return index;
}

void fixture_add(fixture *fx, const char *rel)
{
	git_index *index = open_index(fx);

	git_check(git_index_add_bypath(index, rel), rel);
	git_check(git_index_write(index), "git_index_write");
	git_index_free(index);
}

void fixture_add_file(fixture *fx, const char *rel, const char *text)
{
	fixture_write(fx, rel, text);
	fixture_add(fx, rel);
}

void fixture_add_tree(fixture *fx, const char *dir, const char *rel)
{
	DIR *d = opendir(dir);
	struct dirent *e;

	assert_non_null(d);
	while ((e = readdir(d)) != NULL) {
		char full[4096], sub[4096];
		struct stat st;

		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		snprintf(full, sizeof(full), "%s/%s", dir, e->d_name);
		snprintf(sub, sizeof(sub), "%s%s%s", rel, *rel ? "/" : "",
		         e->d_name);
		assert_int_equal(stat(full, &st), 0);
		if (S_ISDIR(st.st_mode)) {
			fixture_add_tree(fx, full, sub);
		} else {
			size_t len = 0;
			char *data = fixture_slurp(full, &len);

			assert_non_null(data);
			fixture_write_mode(fx, sub, data, len, 0644);
			fixture_add(fx, sub);
			free(data);
		}
	}
	closedir(d);
}

char *fixture_slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t cap = 0, n = 0, got;

	if (!f)
		return NULL;
	for (;;) {
		if (n + 4096 + 1 > cap) {
			cap = (n + 4096 + 1) * 2;
			buf = realloc(buf, cap);
			assert_non_null(buf);
		}
		got = fread(buf + n, 1, cap - n - 1, f);
		n += got;
		if (got == 0)
			break;
	}
	fclose(f);
	buf[n] = '\0';
	if (len)
		*len = n;
	return buf;
}

static int compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

void fixture_each_case(const char *dir, size_t min,
                       void (*run)(const char *name))
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char *names[256];
	size_t n = 0, i;

	assert_non_null(d);
	while ((e = readdir(d)) != NULL && n < 256)
		if (e->d_name[0] != '.' &&
		    strcmp(e->d_name, "README.md") != 0) {
			names[n] = strdup(e->d_name);
			assert_non_null(names[n++]);
		}
	closedir(d);
	assert_true(n >= min);
	qsort(names, n, sizeof(*names), compare_names);
	for (i = 0; i < n; i++) {
		run(names[i]);
		free(names[i]);
	}
}

void fixture_add_gitlink(fixture *fx, const char *rel, const char *hex)
{
	git_index *index = open_index(fx);
	git_index_entry entry;

	memset(&entry, 0, sizeof(entry));
	entry.mode = GIT_FILEMODE_COMMIT;
	entry.path = rel;
	git_check(git_oid_fromstr(&entry.id, hex), "git_oid_fromstr");
	git_check(git_index_add(index, &entry), rel);
	git_check(git_index_write(index), "git_index_write");
	git_index_free(index);
}

void fixture_commit(fixture *fx, const char *message)
{
	git_index *index = open_index(fx);
	git_signature *sig = NULL;
	git_tree *tree = NULL;
	git_commit *parent = NULL;
	git_oid tree_id, parent_id, id;
	const git_commit *parents[1];
	size_t nparents = 0;

	git_check(git_index_write_tree(&tree_id, index),
	          "git_index_write_tree");
	git_check(git_tree_lookup(&tree, fx->repo, &tree_id),
	          "git_tree_lookup");
	/* a fixed time: the fixtures are the same on every run */
	git_check(git_signature_new(&sig, "hdrcheck tests",
	                            "tests@hdrcheck.invalid", 1767225600, 0),
	          "git_signature_new");
	if (git_reference_name_to_id(&parent_id, fx->repo, "HEAD") == 0) {
		git_check(git_commit_lookup(&parent, fx->repo, &parent_id),
		          "git_commit_lookup");
		parents[nparents++] = parent;
	} else {
		git_error_clear(); /* unborn HEAD: a root commit */
	}
	git_check(git_commit_create(&id, fx->repo, "HEAD", sig, sig, NULL,
	                            message, tree, nparents, parents),
	          "git_commit_create");
	git_oid_tostr(fx->head, sizeof(fx->head), &id);
	git_commit_free(parent);
	git_tree_free(tree);
	git_signature_free(sig);
	git_index_free(index);
}

/* --- the runner --- */

static int drop_prefix(const char *var)
{
	static const char *const drop[] = {
	    "HOME=", "XDG_CONFIG_HOME=", "NO_COLOR=", "LC_ALL=", "GIT_"};
	size_t i;

	for (i = 0; i < sizeof(drop) / sizeof(drop[0]); i++)
		if (strncmp(var, drop[i], strlen(drop[i])) == 0)
			return 1;
	return 0;
}

/* The child's environment: ours, minus what could change its behaviour,
 * plus an empty HOME. The strings are borrowed or static. */
static char **child_env(void)
{
	static char home[] = "HOME=" HOME_DIR;
	static char xdg[] = "XDG_CONFIG_HOME=" HOME_DIR "/.config";
	static char lc[] = "LC_ALL=C";
	size_t n = 0, i, k = 0;
	char **env;

	while (environ && environ[n])
		n++;
	env = calloc(n + 4, sizeof(*env));
	assert_non_null(env);
	for (i = 0; i < n; i++)
		if (!drop_prefix(environ[i]))
			env[k++] = environ[i];
	env[k++] = home;
	env[k++] = xdg;
	env[k++] = lc;
	env[k] = NULL;
	return env;
}

/*
 * Root ignores file modes through CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH.
 * Removing them from the bounding, permitted, effective and inheritable
 * sets means the exec'd binary starts without them. Runs in the child
 * between fork and exec: async-signal-safe calls only.
 */
static int drop_dac(void)
{
	struct __user_cap_header_struct hdr;
	struct __user_cap_data_struct data[_LINUX_CAPABILITY_U32S_3];
	const uint32_t mask =
	    (1u << CAP_DAC_OVERRIDE) | (1u << CAP_DAC_READ_SEARCH);
	size_t i;

	if (geteuid() != 0)
		return 0;
	if (prctl(PR_CAPBSET_DROP, CAP_DAC_OVERRIDE, 0, 0, 0) < 0 ||
	    prctl(PR_CAPBSET_DROP, CAP_DAC_READ_SEARCH, 0, 0, 0) < 0)
		return -1;
	memset(&hdr, 0, sizeof(hdr));
	memset(data, 0, sizeof(data));
	hdr.version = _LINUX_CAPABILITY_VERSION_3;
	if (syscall(SYS_capget, &hdr, data) < 0)
		return -1;
	for (i = 0; i < _LINUX_CAPABILITY_U32S_3; i++) {
		uint32_t m = i == 0 ? mask : 0;

		data[i].effective &= ~m;
		data[i].permitted &= ~m;
		data[i].inheritable &= ~m;
	}
	return syscall(SYS_capset, &hdr, data) < 0 ? -1 : 0;
}

static void child(const char *cwd, unsigned int flags, int out_fd, int err_fd,
                  char *const *argv, char *const *env)
{
	int null_fd = open("/dev/null", O_RDONLY);

	if (null_fd < 0 || dup2(null_fd, 0) < 0 || dup2(out_fd, 1) < 0 ||
	    dup2(err_fd, 2) < 0)
		_exit(127);
	if ((flags & FIXTURE_RUN_NO_DAC) && drop_dac() < 0)
		_exit(FIXTURE_RUN_CANNOT_DROP);
	if (cwd && chdir(cwd) < 0)
		_exit(127);
	execve(argv[0], argv, env);
	_exit(127);
}

typedef struct {
	int fd;
	char *buf;
	size_t len, cap;
} capture;

/* Read what is there; 0 at EOF (fd closed), 1 for more to come. */
static int capture_read(capture *c)
{
	ssize_t n;

	if (c->cap - c->len < 4096 + 1) {
		size_t cap = c->cap ? c->cap * 2 : 8192;

		if (cap > RUN_OUTPUT_CAP)
			fail_msg("hdrcheck printed more than %u bytes",
			         RUN_OUTPUT_CAP);
		c->buf = realloc(c->buf, cap);
		assert_non_null(c->buf);
		c->cap = cap;
	}
	n = read(c->fd, c->buf + c->len, c->cap - c->len - 1);
	if (n < 0 && (errno == EINTR || errno == EAGAIN))
		return 1;
	if (n < 0)
		fail_msg("read from the child: %s", strerror(errno));
	if (n == 0) {
		close(c->fd);
		c->fd = -1;
		return 0;
	}
	c->len += (size_t)n;
	return 1;
}

void fixture_runv(fixture_result *res, const char *cwd, unsigned int flags,
                  const char *const *args)
{
	const char *argv[RUN_MAX_ARGS + 2];
	capture cap[2];
	int out_pipe[2], err_pipe[2], wstatus, i;
	char **env;
	size_t n = 0;
	pid_t pid;

	memset(res, 0, sizeof(*res));
	memset(cap, 0, sizeof(cap));
	argv[n++] = HDRCHECK_TEST_BIN;
	for (; args && *args; args++) {
		assert_true(n < RUN_MAX_ARGS);
		argv[n++] = *args;
	}
	argv[n] = NULL;
	env = child_env();
	if (pipe(out_pipe) < 0 || pipe(err_pipe) < 0)
		fail_msg("pipe: %s", strerror(errno));
	/* only the dup2'd copies may reach the child's exec */
	for (i = 0; i < 2; i++) {
		fcntl(out_pipe[i], F_SETFD, FD_CLOEXEC);
		fcntl(err_pipe[i], F_SETFD, FD_CLOEXEC);
	}
	fflush(NULL);
	pid = fork();
	if (pid < 0)
		fail_msg("fork: %s", strerror(errno));
	if (pid == 0)
		child(cwd, flags, out_pipe[1], err_pipe[1], (char *const *)argv,
		      env);
	close(out_pipe[1]);
	close(err_pipe[1]);
	free(env);
	cap[0].fd = out_pipe[0];
	cap[1].fd = err_pipe[0];
	/* both pipes at once: a child blocked on a full stderr pipe while we
	 * wait on stdout would hang the test */
	while (cap[0].fd >= 0 || cap[1].fd >= 0) {
		struct pollfd p[2];
		nfds_t np = 0;

		for (i = 0; i < 2; i++) {
			if (cap[i].fd < 0)
				continue;
			p[np].fd = cap[i].fd;
			p[np].events = POLLIN;
			p[np].revents = 0;
			np++;
		}
		if (poll(p, np, -1) < 0) {
			if (errno == EINTR)
				continue;
			fail_msg("poll: %s", strerror(errno));
		}
		for (i = 0; i < 2; i++) {
			nfds_t k;

			for (k = 0; k < np; k++)
				if (cap[i].fd >= 0 && p[k].fd == cap[i].fd &&
				    p[k].revents)
					capture_read(&cap[i]);
		}
	}
	while (waitpid(pid, &wstatus, 0) < 0)
		if (errno != EINTR)
			fail_msg("waitpid: %s", strerror(errno));
	if (WIFEXITED(wstatus))
		res->status = WEXITSTATUS(wstatus);
	else if (WIFSIGNALED(wstatus))
		res->status = 128 + WTERMSIG(wstatus);
	else
		res->status = -1;
	for (i = 0; i < 2; i++) {
		if (!cap[i].buf) {
			cap[i].buf = calloc(1, 1);
			assert_non_null(cap[i].buf);
		}
		cap[i].buf[cap[i].len] = '\0';
	}
	res->out = cap[0].buf;
	res->out_len = cap[0].len;
	res->err = cap[1].buf;
	res->err_len = cap[1].len;
}

void fixture_run(fixture_result *res, const char *cwd, unsigned int flags, ...)
{
	const char *args[RUN_MAX_ARGS + 1];
	const char *a;
	size_t n = 0;
	va_list ap;

	va_start(ap, flags);
	while ((a = va_arg(ap, const char *)) != NULL) {
		if (n >= RUN_MAX_ARGS) {
			va_end(ap);
			fail_msg("too many arguments");
		}
		args[n++] = a;
	}
	va_end(ap);
	args[n] = NULL;
	fixture_runv(res, cwd, flags, args);
}

void fixture_result_dispose(fixture_result *res)
{
	free(res->out);
	free(res->err);
	memset(res, 0, sizeof(*res));
}
