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

#include <git2.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "hdrcheck/check.h"
#include "policies/config.h"
#include "policies/policy.h"
#include "scanner/scanner.h"

#define MAX_JOBS 64

/* Shared, read-only during the parallel phase but for the atomic cursor
 * and each worker's own slots in findings/drop. */
typedef struct {
	const hdrcheck__entries *entries;
	const hdrcheck__policy *policy;
	hdrcheck_finding *findings;
	unsigned char *drop; /* 1: the file vanished, not in scope */
	int root_fd;
	const char *root;
	int attrs; /* 1: look up .gitattributes for each file */
	atomic_size_t next;
	atomic_int error;
	/* progress: files done, and who reports (one thread at a time) */
	hdrcheck_progress_cb progress;
	void *progress_payload;
	atomic_size_t done;
	atomic_flag reporting;
} job;

/* Report progress when this file crosses a percent of the total; a thread
 * that finds another one reporting skips its turn. */
static void progress(job *j)
{
	size_t total = j->entries->count;
	size_t d = atomic_fetch_add(&j->done, 1) + 1;

	if (!j->progress || d * 100 / total == (d - 1) * 100 / total)
		return;
	if (atomic_flag_test_and_set(&j->reporting))
		return;
	/* re-read under the flag: the counts reported never go back */
	j->progress(atomic_load(&j->done), total, j->progress_payload);
	atomic_flag_clear(&j->reporting);
}

typedef struct {
	job *job;
	pthread_t thread;
	int started;
	int error;
} worker;

static int classify_one(job *j, hdrcheck__classifier *c,
			hdrcheck__attrs *attrs, char *buf, size_t cap,
			size_t i)
{
	hdrcheck__file_attrs fa;
	const hdrcheck__entry *e = &j->entries->items[i];
	hdrcheck_finding *f = &j->findings[i];
	const char *reason = NULL;
	size_t len = 0;
	int err = 0, rc;

	switch (e->kind) {
	case HDRCHECK__ENTRY_SYMLINK:
		reason = HDRCHECK_SKIP_SYMLINK;
		break;
	case HDRCHECK__ENTRY_SUBMODULE:
		reason = HDRCHECK_SKIP_SUBMODULE;
		break;
	case HDRCHECK__ENTRY_SPECIAL:
		reason = HDRCHECK_SKIP_UNSUPPORTED_TYPE;
		break;
	default:
		break;
	}
	if (reason)
		goto skipped;
	if (attrs && (rc = hdrcheck__attrs_get(attrs, e->path, &fa)) < 0)
		return rc;
	if ((rc = hdrcheck__classify_path(c, e->path, attrs ? &fa : NULL,
					  f)) != 0)
		return rc < 0 ? rc : 0;
	switch (hdrcheck__read_window(j->root_fd, e->path, buf, cap, &len,
				      &err)) {
	case HDRCHECK__READ_OK:
		return hdrcheck__classify_content(c, e->path, buf, len, f);
	case HDRCHECK__READ_GONE:
		j->drop[i] = 1;
		return 0;
	case HDRCHECK__READ_SYMLINK:
		reason = HDRCHECK_SKIP_SYMLINK;
		goto skipped;
	case HDRCHECK__READ_SPECIAL:
		reason = HDRCHECK_SKIP_UNSUPPORTED_TYPE;
		goto skipped;
	case HDRCHECK__READ_FAILED:
	default:
		f->status = HDRCHECK_STATUS_ERROR;
		f->reason = hdrcheck__strdup(strerror(err));
		return f->reason ? 0 : HDRCHECK_ENOMEM;
	}
skipped:
	f->status = HDRCHECK_STATUS_SKIPPED;
	f->reason = hdrcheck__strdup(reason);
	return f->reason ? 0 : HDRCHECK_ENOMEM;
}

static void *work(void *arg)
{
	worker *w = arg;
	job *j = w->job;
	hdrcheck__classifier *c = NULL;
	hdrcheck__attrs *attrs = NULL;
	size_t cap = hdrcheck__classify_window();
	char *buf = NULL;

	if ((w->error = hdrcheck__classifier_new(&c, j->policy)) < 0 ||
	    (j->attrs && (w->error = hdrcheck__attrs_new(&attrs, j->root)) < 0))
		goto done;
	if (!(buf = hdrcheck__malloc(cap))) {
		w->error = HDRCHECK_ENOMEM;
		goto done;
	}
	/* no lock on the hot path: each worker claims the next index */
	for (;;) {
		size_t i = atomic_fetch_add(&j->next, 1);

		if (i >= j->entries->count || atomic_load(&j->error))
			break;
		if ((w->error = classify_one(j, c, attrs, buf, cap, i)) < 0) {
			atomic_store(&j->error, w->error);
			break;
		}
		progress(j);
	}
done:
	free(buf);
	hdrcheck__attrs_free(attrs);
	hdrcheck__classifier_free(c);
	return NULL;
}

static unsigned int default_jobs(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	return n > 0 ? (unsigned int)n : 1;
}

static int run_workers(job *j, unsigned int jobs)
{
	worker workers[MAX_JOBS];
	unsigned int i, n;
	int error = 0;

	if (jobs == 0)
		jobs = default_jobs();
	if (jobs > MAX_JOBS)
		jobs = MAX_JOBS;
	if (jobs > j->entries->count)
		jobs = j->entries->count ? (unsigned int)j->entries->count : 1;
	memset(workers, 0, sizeof(workers));
	n = jobs;
	if (n == 1) {
		workers[0].job = j;
		work(&workers[0]);
		return workers[0].error;
	}
	for (i = 0; i < n; i++) {
		workers[i].job = j;
		if (pthread_create(&workers[i].thread, NULL, work,
				   &workers[i]) != 0) {
			error = hdrcheck__error_set(HDRCHECK_ETHREAD,
						    "cannot start a thread");
			atomic_store(&j->error, error);
			break;
		}
		workers[i].started = 1;
	}
	for (i = 0; i < n; i++) {
		if (!workers[i].started)
			continue;
		pthread_join(workers[i].thread, NULL);
		if (workers[i].error < 0 && !error)
			error = workers[i].error;
	}
	return error;
}

/* Turn PATH arguments (relative to base) into repository-relative prefixes. */
static int resolve_paths(char ***out, const hdrcheck__source *src,
			 const char *dir, const char *const *paths,
			 size_t count)
{
	const char *root = hdrcheck__source_root(src);
	size_t rootlen = strlen(root), i;
	char **rel = NULL, *base = NULL, *abs = NULL;
	int error = 0;

	if (!(rel = hdrcheck__calloc(count, sizeof(char *))) ||
	    !(base = realpath(dir ? dir : ".", NULL))) {
		error = rel ? hdrcheck__error_set(HDRCHECK_ENOTFOUND, "%s: %s",
						  dir ? dir : ".",
						  strerror(errno))
			    : HDRCHECK_ENOMEM;
		goto done;
	}
	for (i = 0; i < count; i++) {
		struct stat st;
		const char *r;

		free(abs);
		abs = paths[i][0] == '/' ? hdrcheck__strdup(paths[i])
					 : hdrcheck__path_join(base, paths[i]);
		if (!abs) {
			error = HDRCHECK_ENOMEM;
			goto done;
		}
		hdrcheck__path_normalize(abs);
		/* resolve the directories (not the last component, which may
		 * be a symlink to report): a PATH through a symlinked
		 * directory must not lead out of the tree */
		{
			char *slash = strrchr(abs, '/'), *dir_real, *joined;

			if (slash && slash != abs) {
				*slash = '\0';
				dir_real = realpath(abs, NULL);
				*slash = '/';
				if (dir_real) {
					joined = hdrcheck__path_join(dir_real,
								     slash + 1);
					free(dir_real);
					if (!joined) {
						error = HDRCHECK_ENOMEM;
						goto done;
					}
					free(abs);
					abs = joined;
				}
			}
		}
		if (strncmp(abs, root, rootlen) != 0 ||
		    (abs[rootlen] != '\0' && abs[rootlen] != '/' &&
		     strcmp(root, "/") != 0)) {
			error = hdrcheck__error_set(
				HDRCHECK_EUSAGE,
				"%s: outside the scanned tree (%s)", paths[i],
				root);
			goto done;
		}
		if (lstat(abs, &st) < 0) {
			error = hdrcheck__error_set(HDRCHECK_ENOTFOUND,
						    "%s: %s", paths[i],
						    strerror(errno));
			goto done;
		}
		r = abs + rootlen;
		while (*r == '/')
			r++;
		if (!(rel[i] = hdrcheck__strdup(r))) {
			error = HDRCHECK_ENOMEM;
			goto done;
		}
	}
	*out = rel;
	rel = NULL;
done:
	if (rel)
		for (i = 0; i < count; i++)
			free(rel[i]);
	free(rel);
	free(base);
	free(abs);
	return error;
}

#define CONFIG_MAX_BYTES (1u << 20)

static int read_path(const char *path, char **out, size_t *len)
{
	FILE *f = fopen(path, "rb");
	hdrcheck_buf buf = HDRCHECK_BUF_INIT;
	char chunk[8192];
	size_t n;
	int error = 0;

	if (!f)
		return hdrcheck__error_set(HDRCHECK_ENOTFOUND, "%s: %s", path,
					   strerror(errno));
	buf.limit = CONFIG_MAX_BYTES;
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		if ((error = hdrcheck__buf_put(&buf, chunk, n)) < 0) {
			error = hdrcheck__error_set(error, "%s: larger than "
							   "%u bytes",
						    path, CONFIG_MAX_BYTES);
			break;
		}
	if (!error && ferror(f))
		error = hdrcheck__error_set(HDRCHECK_EIO, "%s: read error",
					    path);
	fclose(f);
	if (error < 0) {
		hdrcheck__buf_dispose(&buf);
		return error;
	}
	*out = buf.ptr ? buf.ptr : hdrcheck__strdup("");
	*len = buf.len;
	return *out ? 0 : HDRCHECK_ENOMEM;
}

static void free_config(void *config)
{
	hdrcheck__config_free(config);
}

typedef struct {
	void (*warn)(const char *message, void *payload);
	void *payload;
} warn_relay;

static void relay_warning(void *payload, const char *message)
{
	const warn_relay *r = payload;

	if (r->warn)
		r->warn(message, r->payload);
}

/* The configuration: -c FILE, else .hdrcheck.yaml, else a skywalking-eyes
 * .licenserc.yaml, at the root of the scanned tree; NULL = the default. */
static int load_config(hdrcheck__config **out, hdrcheck__source *src,
		       const hdrcheck_check_options *opts)
{
	static const char native[] = ".hdrcheck.yaml", sw[] = ".licenserc.yaml";
	char *buf = NULL;
	size_t len = 0;
	int error;

	*out = NULL;
	if (opts->version >= 3 && opts->no_config)
		return 0;
	if (opts->version >= 3 && opts->config) {
		if ((error = read_path(opts->config, &buf, &len)) < 0)
			goto done;
		/* a skywalking-eyes file is known by its name */
		if (strcmp(hdrcheck__path_basename(opts->config), sw) == 0) {
			warn_relay relay = {opts->warn, opts->warn_payload};

			error = hdrcheck__config_parse_licenserc(
				out, opts->config, buf, len, relay_warning,
				&relay);
		} else {
			error = hdrcheck__config_parse(out, opts->config, buf,
						       len);
		}
		goto done;
	}
	error = hdrcheck__source_read(src, native, CONFIG_MAX_BYTES, &buf,
				      &len);
	if (error == 0) {
		error = hdrcheck__config_parse(out, native, buf, len);
		goto done;
	}
	if (error != HDRCHECK_ENOTFOUND)
		goto done;
	error = hdrcheck__source_read(src, sw, CONFIG_MAX_BYTES, &buf, &len);
	if (error == 0) {
		warn_relay relay = {NULL, NULL};

		if (opts->version >= 3) {
			relay.warn = opts->warn;
			relay.payload = opts->warn_payload;
		}
		error = hdrcheck__config_parse_licenserc(out, sw, buf, len,
							 relay_warning, &relay);
	}
	else if (error == HDRCHECK_ENOTFOUND)
		error = 0;
done:
	free(buf);
	return error;
}

int hdrcheck_check(hdrcheck_report **out, const hdrcheck_check_options *opts)
{
	hdrcheck_check_options defaults = HDRCHECK_CHECK_OPTIONS_INIT;
	hdrcheck__source *src = NULL;
	hdrcheck__policy *policy = NULL;
	hdrcheck__config *config = NULL;
	hdrcheck__entries entries = {0};
	hdrcheck_report *report = NULL;
	char **prefixes = NULL;
	job j;
	size_t i, k;
	int error = 0;

	memset(&j, 0, sizeof(j));
	j.root_fd = -1;
	hdrcheck__error_clear();
	if (!opts)
		opts = &defaults;
	if (opts->version == 0 || opts->version > HDRCHECK_CHECK_OPTIONS_VERSION)
		return hdrcheck__error_set(HDRCHECK_EINVAL,
					   "unsupported options version %u",
					   opts->version);
	git_libgit2_init();

	if ((error = hdrcheck__source_open(&src, opts->dir)) < 0 ||
	    (error = load_config(&config, src, opts)) < 0 ||
	    (error = hdrcheck__policy_new(&policy, config, opts->excludes,
					  opts->excludes_count)) < 0)
		goto done;
	if (opts->paths_count &&
	    (error = resolve_paths(&prefixes, src, opts->dir, opts->paths,
				   opts->paths_count)) < 0)
		goto done;
	if ((error = hdrcheck__source_list(src, (const char *const *)prefixes,
					   opts->paths_count, &entries)) < 0)
		goto done;

	if (!(report = hdrcheck__calloc(1, sizeof(*report))) ||
	    !(report->findings = hdrcheck__calloc(entries.count,
						  sizeof(hdrcheck_finding))) ||
	    !(j.drop = hdrcheck__calloc(entries.count, 1))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	j.root_fd = open(hdrcheck__source_root(src),
			 O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (j.root_fd < 0) {
		error = hdrcheck__error_set(HDRCHECK_EIO, "%s: %s",
					    hdrcheck__source_root(src),
					    strerror(errno));
		goto done;
	}
	j.entries = &entries;
	j.policy = policy;
	j.root = hdrcheck__source_root(src);
	j.attrs = hdrcheck__source_attrs_relevant(src, &entries);
	j.findings = report->findings;
	atomic_init(&j.next, 0);
	atomic_init(&j.error, 0);
	atomic_init(&j.done, 0);
	atomic_flag_clear(&j.reporting);
	if (opts->version >= 2) {
		j.progress = opts->progress;
		j.progress_payload = opts->progress_payload;
	}
	if ((error = run_workers(&j, opts->jobs)) < 0)
		goto done;

	/* findings take the paths over; vanished files leave the scope */
	for (i = 0, k = 0; i < entries.count; i++) {
		if (j.drop[i]) {
			hdrcheck__finding_dispose(&report->findings[i]);
			continue;
		}
		report->findings[k] = report->findings[i];
		report->findings[k].path = entries.items[i].path;
		entries.items[i].path = NULL;
		k++;
	}
	report->count = k;
	report->kind = hdrcheck__source_is_git(src) ? HDRCHECK_SOURCE_WORKTREE
						    : HDRCHECK_SOURCE_DIRECTORY;
	if (!(report->policy_license =
	      hdrcheck__strdup(hdrcheck__policy_license(policy))) ||
	    !(report->root = hdrcheck__strdup(hdrcheck__source_root(src))) ||
	    (hdrcheck__source_commit(src) &&
	     !(report->commit = hdrcheck__strdup(
		       hdrcheck__source_commit(src))))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	hdrcheck__report_finish(report);
	/* configured file types name findings' language: the report keeps
	 * the configuration alive */
	report->keep = config;
	report->keep_free = free_config;
	config = NULL;
	*out = report;
	report = NULL;
done:
	if (report && report->findings && !report->count)
		for (i = 0; i < entries.count; i++)
			hdrcheck__finding_dispose(&report->findings[i]);
	hdrcheck_report_free(report);
	if (j.root_fd >= 0)
		close(j.root_fd);
	free(j.drop);
	if (prefixes)
		for (i = 0; i < opts->paths_count; i++)
			free(prefixes[i]);
	free(prefixes);
	hdrcheck__entries_dispose(&entries);
	hdrcheck__policy_free(policy);
	hdrcheck__config_free(config); /* after the policy: it borrows */
	hdrcheck__source_free(src);
	git_libgit2_shutdown();
	return error;
}

int hdrcheck_explain(char **out, const hdrcheck_check_options *opts,
		     const char *path)
{
	hdrcheck_check_options defaults = HDRCHECK_CHECK_OPTIONS_INIT;
	hdrcheck__source *src = NULL;
	hdrcheck__config *config = NULL;
	hdrcheck__policy *policy = NULL;
	hdrcheck__classifier *c = NULL;
	hdrcheck__attrs *attrs = NULL;
	hdrcheck__file_attrs fa;
	hdrcheck_finding f = {0};
	hdrcheck_buf trace = HDRCHECK_BUF_INIT;
	char **rel = NULL, *buf = NULL;
	size_t cap = hdrcheck__classify_window(), len = 0;
	int error = 0, rc, err = 0, root_fd = -1;

	hdrcheck__error_clear();
	if (!opts)
		opts = &defaults;
	git_libgit2_init();
	if ((error = hdrcheck__source_open(&src, opts->dir)) < 0 ||
	    (error = load_config(&config, src, opts)) < 0 ||
	    (error = hdrcheck__policy_new(&policy, config, opts->excludes,
					  opts->excludes_count)) < 0 ||
	    (error = resolve_paths(&rel, src, opts->dir, &path, 1)) < 0 ||
	    (error = hdrcheck__classifier_new(&c, policy)) < 0)
		goto done;
	if (!(buf = hdrcheck__malloc(cap))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	hdrcheck__classifier_trace(c, &trace);
	hdrcheck__buf_printf(&trace, "file:     %s\n", rel[0]);
	hdrcheck__buf_printf(&trace, "config:   %s\n",
			     config ? "from the repository (or -c)"
				    : "none, the built-in default");
	if (hdrcheck__source_is_git(src) &&
	    (error = hdrcheck__attrs_new(&attrs, hdrcheck__source_root(src))) <
		    0)
		goto done;
	if (attrs && (error = hdrcheck__attrs_get(attrs, rel[0], &fa)) < 0)
		goto done;
	if ((rc = hdrcheck__classify_path(c, rel[0], attrs ? &fa : NULL, &f)) <
	    0) {
		error = rc;
		goto done;
	}
	if (rc == 1)
		goto verdict;
	root_fd = open(hdrcheck__source_root(src),
		       O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	switch (hdrcheck__read_window(root_fd, rel[0], buf, cap, &len, &err)) {
	case HDRCHECK__READ_OK:
		if ((error = hdrcheck__classify_content(c, rel[0], buf, len,
							&f)) < 0)
			goto done;
		break;
	case HDRCHECK__READ_SYMLINK:
		f.status = HDRCHECK_STATUS_SKIPPED;
		f.reason = hdrcheck__strdup(HDRCHECK_SKIP_SYMLINK);
		goto verdict;
	case HDRCHECK__READ_SPECIAL:
	case HDRCHECK__READ_GONE:
		f.status = HDRCHECK_STATUS_SKIPPED;
		f.reason = hdrcheck__strdup(HDRCHECK_SKIP_UNSUPPORTED_TYPE);
		goto verdict;
	default:
		f.status = HDRCHECK_STATUS_ERROR;
		f.reason = hdrcheck__strdup(strerror(err));
		goto verdict;
	}
	goto finish;
verdict:
	hdrcheck__buf_printf(&trace, "verdict:  %s%s%s\n",
			     hdrcheck_status_name(f.status),
			     f.reason ? ": " : "", f.reason ? f.reason : "");
finish:
	if (!trace.ptr) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	*out = trace.ptr;
	trace.ptr = NULL;
done:
	if (root_fd >= 0)
		close(root_fd);
	hdrcheck__buf_dispose(&trace);
	hdrcheck__finding_dispose(&f);
	free(buf);
	if (rel) {
		free(rel[0]);
		free(rel);
	}
	hdrcheck__attrs_free(attrs);
	hdrcheck__classifier_free(c);
	hdrcheck__policy_free(policy);
	hdrcheck__config_free(config);
	hdrcheck__source_free(src);
	git_libgit2_shutdown();
	return error;
}

void hdrcheck_free(void *p)
{
	free(p);
}

int hdrcheck__check_prepare(hdrcheck__config **config,
			    hdrcheck__policy **policy, char ***paths,
			    const hdrcheck_check_options *opts)
{
	hdrcheck__source *src = NULL;
	int error;

	*config = NULL;
	*policy = NULL;
	*paths = NULL;
	git_libgit2_init();
	if ((error = hdrcheck__source_open(&src, opts->dir)) < 0 ||
	    (error = load_config(config, src, opts)) < 0 ||
	    (error = hdrcheck__policy_new(policy, *config, opts->excludes,
					  opts->excludes_count)) < 0 ||
	    (opts->paths_count &&
	     (error = resolve_paths(paths, src, opts->dir, opts->paths,
				    opts->paths_count)) < 0)) {
		hdrcheck__policy_free(*policy);
		hdrcheck__config_free(*config);
		*policy = NULL;
		*config = NULL;
	}
	hdrcheck__source_free(src);
	git_libgit2_shutdown();
	return error;
}
