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
	atomic_size_t next;
	atomic_int error;
} job;

typedef struct {
	job *job;
	pthread_t thread;
	int started;
	int error;
} worker;

static int classify_one(job *j, hdrcheck__classifier *c, char *buf,
			size_t cap, size_t i)
{
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
	if ((rc = hdrcheck__classify_path(c, e->path, NULL, f)) != 0)
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
	size_t cap = hdrcheck__classify_window();
	char *buf = NULL;

	if ((w->error = hdrcheck__classifier_new(&c, j->policy)) < 0)
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
		if ((w->error = classify_one(j, c, buf, cap, i)) < 0) {
			atomic_store(&j->error, w->error);
			break;
		}
	}
done:
	free(buf);
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

int hdrcheck_check(hdrcheck_report **out, const hdrcheck_check_options *opts)
{
	hdrcheck_check_options defaults = HDRCHECK_CHECK_OPTIONS_INIT;
	hdrcheck__source *src = NULL;
	hdrcheck__policy *policy = NULL;
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
	    (error = hdrcheck__policy_new(&policy, NULL, opts->excludes,
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
	j.findings = report->findings;
	atomic_init(&j.next, 0);
	atomic_init(&j.error, 0);
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
	report->policy_license = hdrcheck__policy_license(policy);
	if (!(report->root = hdrcheck__strdup(hdrcheck__source_root(src))) ||
	    (hdrcheck__source_commit(src) &&
	     !(report->commit = hdrcheck__strdup(
		       hdrcheck__source_commit(src))))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	hdrcheck__report_finish(report);
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
	hdrcheck__source_free(src);
	git_libgit2_shutdown();
	return error;
}
