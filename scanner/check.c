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
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#include "hdrcheck/check.h"
#include "hdrcheck/languages.h"
#include "policies/config.h"
#include "policies/policy.h"
#include "scanner/baseline.h"
#include "reports/explain.h"
#include "scanner/reuse.h"
#include "scanner/retarget.h"
#include "scanner/attributes.h"
#include "scanner/check.h"
#include "scanner/git/cache.h"
#include "scanner/git/readers.h"
#include "scanner/sources/source.h"
#include "common/pool.h"
#include "digest/digest.h"

#define MAX_JOBS 64

/* Entries handed out at a time: a worker's run of neighbours mostly
 * shares a directory, whose descriptor its reader keeps. */
#define CLAIM 8
/* Reads of whole files for their digests (SBOM formats). */
#define DIGEST_BUF (256u * 1024u)

/* The entries are cut into one contiguous range per worker, each with its
 * own cursor: a worker claims from its range, then from the others' (the
 * next ones after its own), so that the pool stays busy to the end. A
 * worker that reads neighbours profits from its caches: the directory
 * descriptor in the work tree; in the packs, the delta bases that similar
 * files share (on apache/kafka, 9% fewer bytes inflated than two
 * workers taking turns). */
typedef struct {
	atomic_size_t next;
	size_t end;
} range;

/* Shared, read-only during the parallel phase but for the atomic cursor
 * and each worker's own slots in findings/drop. */
typedef struct {
	const hdrcheck__entries *entries;
	const hdrcheck__policy *policy;
	hdrcheck_finding *findings;
	unsigned char *drop; /* 1: the file vanished, not in scope */
	hdrcheck__source *src;
	int root_fd;
	const hdrcheck__attr_filter *filter; /* who needs an attribute lookup */
	hdrcheck__cache *cache;              /* NULL: --no-cache, or no git */
	char content_kind; /* cache keys: 'w' work tree, 'b' blob */
	range ranges[MAX_JOBS];
	unsigned int nranges;
	atomic_int error;
	/* progress: files done, and who reports (one thread at a time) */
	hdrcheck_progress_cb progress;
	void *progress_payload;
	size_t progress_base; /* files done in earlier phases */
	size_t progress_total;
	atomic_size_t done;
	atomic_flag reporting;
	atomic_size_t hits; /* verdicts from the cache */
	int digests;        /* compute the whole content's digests */
	/* cached type names -> the policy's, for findings' lifetime */
	hdrcheck__cache_language resolve_language;
	void *languages;
} job;

/* Report progress when this file crosses a percent of the total; a thread
 * that finds another one reporting skips its turn. */
static void progress(job *j)
{
	size_t total = j->progress_total;
	size_t d = j->progress_base + atomic_fetch_add(&j->done, 1) + 1;

	if (!j->progress || !total || d * 100 / total == (d - 1) * 100 / total)
		return;
	if (atomic_flag_test_and_set(&j->reporting))
		return;
	/* re-read under the flag: the counts reported never go back */
	j->progress(j->progress_base + atomic_load(&j->done), total,
	            j->progress_payload);
	atomic_flag_clear(&j->reporting);
}

typedef struct {
	job *job;
	unsigned int index; /* its range */
	int error;
	/* the detail of error: a worker's thread-local message dies with
	 * its thread, so the calling thread sets it again */
	char message[512];
	/* the worker's own state, reused from one file to the next */
	hdrcheck__classifier *classifier;
	hdrcheck__reader *reader;
	hdrcheck__attrs *attrs; /* opened at the first lookup */
	char *buf;
	hdrcheck__cache_batch batch; /* verdicts new to the cache */
	hdrcheck__digest *digest;    /* with j->digests */
	char *dbuf;
} worker;

static const char *read_error_reason(int err)
{
	/* err < 0: the object database, not the OS, failed us */
	if (err == HDRCHECK__READ_ERR_TOO_LARGE)
		return "object too large to read";
	return err < 0 ? "object missing or unreadable in the repository"
	               : strerror(err);
}

/* A cache hit: counted, for the tests. */
static int cache_lookup(job *j, const hdrcheck__cache_key *k,
                        hdrcheck_finding *f)
{
	int rc = hdrcheck__cache_get(j->cache, k, f, j->resolve_language,
	                             j->languages);

	if (rc > 0)
		atomic_fetch_add_explicit(&j->hits, 1, memory_order_relaxed);
	return rc;
}

/*
 * A directory the walk could not open: an error finding, as an unreadable
 * file is, unless the policy leaves out what it holds (excluded or
 * vendored, judged as for a file right in it: a name no pattern of
 * types names). Never cached: the next run must try again.
 */
static int unreadable_directory(job *j, worker *w, size_t i)
{
	const hdrcheck__entry *e = &j->entries->items[i];
	hdrcheck_finding *f = &j->findings[i];
	char *probe;
	int rc;

	if (hdrcheck__errno_is_resource((int)e->sub))
		return hdrcheck__error_resource((int)e->sub, e->path);
	if (!(probe = hdrcheck__aprintf("%s/*", e->path)))
		return HDRCHECK_ENOMEM;
	rc = hdrcheck__classify_path(w->classifier, probe, NULL, f);
	free(probe);
	if (rc < 0)
		return rc;
	if (rc > 0 && f->status == HDRCHECK_STATUS_SKIPPED && f->reason &&
	    (strcmp(f->reason, HDRCHECK_SKIP_EXCLUDED) == 0 ||
	     strcmp(f->reason, HDRCHECK_SKIP_VENDORED) == 0)) {
		j->drop[i] = 1;
		return 0;
	}
	free((char *)f->reason);
	free((char *)f->license);
	free((char *)f->holders);
	f->reason = f->license = f->holders = NULL;
	f->language = NULL;
	f->line = 0;
	f->status = HDRCHECK_STATUS_ERROR;
	f->reason = hdrcheck__aprintf("cannot read the directory: %s",
	                              strerror((int)e->sub));
	return f->reason ? 0 : HDRCHECK_ENOMEM;
}

static int classify_one(job *j, worker *w, size_t i)
{
	hdrcheck__file_attrs fa;
	const hdrcheck__entry *e = &j->entries->items[i];
	hdrcheck_finding *f = &j->findings[i];
	hdrcheck__cache_key by_path, by_blob;
	size_t cap = hdrcheck__classify_window();
	const char *reason = NULL;
	uint64_t digest = 0;
	size_t len = 0;
	int err = 0, rc, keyed = 0, clean = 0, attrs = 0;

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
	case HDRCHECK__ENTRY_UNREADABLE:
		return unreadable_directory(j, w, i);
	case HDRCHECK__ENTRY_VERDICT: {
		char *why = NULL;

		if ((rc = hdrcheck__archive_source_verdict(
		         j->src, e->path, &f->status, &why)) < 0)
			return rc;
		f->reason = why;
		return 0;
	}
	default:
		break;
	}
	if (reason) {
		/* a tracked symlink deleted from the work tree is gone */
		if (e->kind == HDRCHECK__ENTRY_SYMLINK &&
		    hdrcheck__reader_gone(w->reader, e)) {
			j->drop[i] = 1;
			return 0;
		}
		goto skipped;
	}
	/*
	 * The cache first: the verdict the path alone gave last time (no
	 * stat, no read), then the verdict on the blob whose id stands for
	 * the content (the index's stat data, or a tree says so). A hit skips
	 * the attribute lookup and the classifier altogether.
	 */
	if (j->cache) {
		digest = hdrcheck__attr_filter_digest(j->filter, e->path);
		hdrcheck__cache_key_init(&by_path, NULL, 'p', digest, e->path);
		if ((rc = cache_lookup(j, &by_path, f)) != 0) {
			if (rc > 0 && hdrcheck__reader_gone(w->reader, e)) {
				hdrcheck__finding_dispose(f);
				memset(f, 0, sizeof(*f));
				j->drop[i] = 1;
			}
			return rc < 0 ? rc : 0;
		}
		if (hdrcheck__reader_clean(w->reader, e)) {
			hdrcheck__cache_key_init(
			    &by_blob, e->oid, j->content_kind, digest, e->path);
			keyed = 1;
			if ((rc = cache_lookup(j, &by_blob, f)) != 0)
				return rc < 0 ? rc : 0;
		}
	}
	if (hdrcheck__attr_filter_maybe(j->filter, e->path)) {
		if (!w->attrs &&
		    (rc = hdrcheck__attrs_new(&w->attrs, j->src)) < 0)
			return rc;
		if ((rc = hdrcheck__attrs_get(w->attrs, e, &fa)) < 0)
			return rc;
		attrs = 1;
	}
	if ((rc = hdrcheck__classify_path(w->classifier, e->path,
	                                  attrs ? &fa : NULL, f)) != 0) {
		if (rc < 0)
			return rc;
		/* decided by the path alone: a deleted file leaves the
		 * report, as one found gone on reading does */
		if (hdrcheck__reader_gone(w->reader, e)) {
			hdrcheck__finding_dispose(f);
			memset(f, 0, sizeof(*f));
			j->drop[i] = 1;
			return 0;
		}
		return j->cache
		           ? hdrcheck__cache_batch_put(&w->batch, &by_path, f)
		           : 0;
	}
	switch (hdrcheck__reader_read(w->reader, e, w->buf, cap, &len, &err,
	                              keyed ? &clean : NULL)) {
	case HDRCHECK__READ_OK:
		if ((rc = hdrcheck__classify_content(w->classifier, e->path,
		                                     w->buf, len, f)) < 0)
			return rc;
		if (keyed && clean)
			return hdrcheck__cache_batch_put(&w->batch, &by_blob,
			                                 f);
		return 0;
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
		/* out of descriptors or memory: the run's problem, not the
		 * file's (exit 2, never a finding that lets a gate pass) */
		if (err > 0 && hdrcheck__errno_is_resource(err))
			return hdrcheck__error_resource(err, e->path);
		f->status = HDRCHECK_STATUS_ERROR;
		f->reason = hdrcheck__strdup(read_error_reason(err));
		return f->reason ? 0 : HDRCHECK_ENOMEM;
	}
skipped:
	f->status = HDRCHECK_STATUS_SKIPPED;
	f->reason = hdrcheck__strdup(reason);
	return f->reason ? 0 : HDRCHECK_ENOMEM;
}

/* The digests of a file in scope whose content could be read (the
 * classifier's verdict stands; a file that cannot be read now is an
 * error finding). */
static int digest_one(job *j, worker *w, size_t i)
{
	const hdrcheck__entry *e = &j->entries->items[i];
	hdrcheck_finding *f = &j->findings[i];
	char sha1[HDRCHECK__SHA1_HEX], sha256[HDRCHECK__SHA256_HEX];
	hdrcheck__read_result result;
	int err = 0, rc = 0;

	if (j->drop[i] || e->kind != HDRCHECK__ENTRY_FILE ||
	    f->status == HDRCHECK_STATUS_ERROR ||
	    (f->reason && strcmp(f->reason, HDRCHECK_SKIP_SYMLINK) == 0))
		return 0;
	if (!w->digest && ((rc = hdrcheck__digest_new(&w->digest)) < 0 ||
	                   !(w->dbuf = hdrcheck__malloc(DIGEST_BUF))))
		return rc < 0 ? rc : HDRCHECK_ENOMEM;
	if ((rc = hdrcheck__reader_digest(w->reader, e, w->digest, w->dbuf,
	                                  DIGEST_BUF, sha1, sha256, &result,
	                                  &err)) < 0)
		return rc;
	if (result == HDRCHECK__READ_OK) {
		if (!(f->sha1 = hdrcheck__strdup(sha1)) ||
		    !(f->sha256 = hdrcheck__strdup(sha256)))
			return HDRCHECK_ENOMEM;
		return 0;
	}
	if (result == HDRCHECK__READ_GONE) {
		j->drop[i] = 1;
		return 0;
	}
	free((char *)f->reason);
	f->status = HDRCHECK_STATUS_ERROR;
	f->reason = hdrcheck__strdup(result == HDRCHECK__READ_FAILED
	                                 ? read_error_reason(err)
	                                 : "changed while read");
	return f->reason ? 0 : HDRCHECK_ENOMEM;
}

static int worker_init(worker *w)
{
	job *j = w->job;
	int error;

	if (w->classifier)
		return 0; /* a later phase reuses it */
	if ((error = hdrcheck__classifier_new(&w->classifier, j->policy)) < 0 ||
	    (error = hdrcheck__reader_new(&w->reader, j->src, j->root_fd)) < 0)
		return error;
	if (!(w->buf = hdrcheck__malloc(hdrcheck__classify_window())))
		return HDRCHECK_ENOMEM;
	return 0;
}

/* All but the batch: what classifying needed. */
static void worker_release(worker *w)
{
	free(w->buf);
	hdrcheck__attrs_free(w->attrs);
	hdrcheck__reader_free(w->reader);
	hdrcheck__classifier_free(w->classifier);
	hdrcheck__digest_free(w->digest);
	free(w->dbuf);
	w->digest = NULL;
	w->dbuf = NULL;
	w->buf = NULL;
	w->attrs = NULL;
	w->reader = NULL;
	w->classifier = NULL;
}

static void worker_dispose(worker *w)
{
	free(w->buf);
	hdrcheck__attrs_free(w->attrs);
	hdrcheck__reader_free(w->reader);
	hdrcheck__classifier_free(w->classifier);
	hdrcheck__cache_batch_dispose(&w->batch);
	hdrcheck__digest_free(w->digest);
	free(w->dbuf);
	w->digest = NULL;
	w->dbuf = NULL;
	w->buf = NULL;
	w->attrs = NULL;
	w->reader = NULL;
	w->classifier = NULL;
}

static void keep_message(worker *w)
{
	const char *m = hdrcheck_error_last();

	snprintf(w->message, sizeof(w->message), "%s", m ? m : "");
}

static void *work(void *arg)
{
	worker *w = arg;
	job *j = w->job;
	unsigned int k;

	if ((w->error = worker_init(w)) < 0) {
		/* a helper that cannot set up under a memory limit leaves
		 * its range to the others, as one never started does */
		if (w->index > 0 && w->error == HDRCHECK_ENOMEM) {
			w->error = 0;
			return NULL;
		}
		keep_message(w);
		atomic_store(&j->error, w->error);
		return NULL;
	}
	/* no lock on the hot path: each worker claims the next entries of
	 * its range, then of the others' */
	for (k = 0; k < j->nranges; k++) {
		range *r = &j->ranges[(w->index + k) % j->nranges];

		for (;;) {
			size_t i = atomic_fetch_add(&r->next, CLAIM), end;

			if (i >= r->end || atomic_load(&j->error))
				break;
			end = i + CLAIM < r->end ? i + CLAIM : r->end;
			for (; i < end; i++) {
				if ((w->error = classify_one(j, w, i)) < 0 ||
				    (j->digests &&
				     (w->error = digest_one(j, w, i)) < 0)) {
					keep_message(w);
					atomic_store(&j->error, w->error);
					return NULL;
				}
				progress(j);
			}
		}
	}
	return NULL;
}

static unsigned int default_jobs(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	return n > 0 ? (unsigned int)n : 1;
}

/* The pool: workers[0] is the calling thread, which may first do other
 * work (the untracked walk) between pool_start() and pool_finish(). */
typedef struct {
	worker workers[MAX_JOBS];
	unsigned int n;
	hdrcheck__pool threads; /* workers[1..n) */
} pool;

/* Descriptors a worker may hold at once: a directory, a file, and in the
 * object database modes its repository's (packs, index, attributes). */
#define FDS_PER_WORKER_DISK 4
#define FDS_PER_WORKER_GIT  12
/* kept for everything else: libgit2's shared packs and index, the cache
 * files, the untracked walk, the report */
#define FDS_RESERVED 24

/* How many descriptors are open now (/proc/self/fd), or a guess. */
static unsigned long fds_open(void)
{
	DIR *d = opendir("/proc/self/fd");
	struct dirent *de;
	unsigned long n = 0;

	if (!d)
		return 16;
	while ((de = readdir(d)) != NULL)
		if (de->d_name[0] != '.')
			n++;
	closedir(d);
	return n ? n - 1 : 0; /* not the directory's own */
}

/*
 * As many workers as the descriptor limit (RLIMIT_NOFILE) allows: a run
 * under `ulimit -n 64` with -j 64 (the default on a 64-CPU runner) must
 * not run out of descriptors halfway and call files unreadable.
 */
static unsigned int fd_jobs(unsigned int jobs, int git_modes)
{
	struct rlimit rl;
	unsigned long per =
	    git_modes ? FDS_PER_WORKER_GIT : FDS_PER_WORKER_DISK;
	unsigned long used, room;

	if (getrlimit(RLIMIT_NOFILE, &rl) < 0 || rl.rlim_cur == RLIM_INFINITY ||
	    rl.rlim_cur >= (rlim_t)((FDS_RESERVED + MAX_JOBS * per) * 2))
		return jobs;
	used = fds_open() + FDS_RESERVED;
	room = (unsigned long)rl.rlim_cur > used
	           ? ((unsigned long)rl.rlim_cur - used) / per
	           : 0;
	if (room < 1)
		room = 1;
	return jobs > room ? (unsigned int)room : jobs;
}

/* libgit2's defaults (src/libgit2/mwindow.c) */
#define MWINDOW_DEFAULT_SIZE                                                   \
	(sizeof(void *) >= 8 ? (size_t)1 << 30 : (size_t)32 << 20)
#define MWINDOW_DEFAULT_LIMIT                                                  \
	(sizeof(void *) >= 8 ? (size_t)8 << 30 : (size_t)256 << 20)

/* Address space a worker thread takes: its stack, and the malloc arena
 * glibc reserves for a thread (64 MiB on 64-bit), and some slack. */
#define THREAD_ARENA ((unsigned long long)64 << 20)
#define THREAD_SLACK ((unsigned long long)8 << 20)
/* kept for the calling thread's own work (the index, the report) */
#define MAIN_RESERVE ((unsigned long long)96 << 20)

/*
 * As many workers as an address-space limit (RLIMIT_AS, ulimit -v)
 * leaves room for: a thread that starts but cannot allocate would end
 * the run with "out of memory" where fewer threads finish it.
 */
static unsigned int as_jobs(unsigned int jobs)
{
	struct rlimit as, stack;
	unsigned long long size = 0, per, room;
	FILE *f;

	if (getrlimit(RLIMIT_AS, &as) < 0 || as.rlim_cur == RLIM_INFINITY)
		return jobs;
	if ((f = fopen("/proc/self/statm", "r"))) {
		if (fscanf(f, "%llu", &size) != 1)
			size = 0;
		fclose(f);
	}
	size *= (unsigned long long)sysconf(_SC_PAGESIZE);
	per = THREAD_ARENA + THREAD_SLACK +
	      (getrlimit(RLIMIT_STACK, &stack) == 0 &&
	               stack.rlim_cur != RLIM_INFINITY
	           ? (unsigned long long)stack.rlim_cur
	           : (unsigned long long)8 << 20);
	room =
	    (unsigned long long)as.rlim_cur > size + MAIN_RESERVE
	        ? ((unsigned long long)as.rlim_cur - size - MAIN_RESERVE) / per
	        : 0;
	/* the calling thread is worker 0: room counts the others */
	return jobs > room + 1 ? (unsigned int)room + 1 : jobs;
}

/*
 * libgit2 maps packs in windows of up to 1 GiB, 8 GiB mapped in all (on
 * 64-bit): under an address-space limit (ulimit -v) a pack that cannot be
 * mapped fails the run. The settings are process-wide and libgit2 has no
 * other: they are lowered only when such a limit is set and only from
 * libgit2's own defaults (an application that chose its own keeps them),
 * to a sixteenth and a quarter of the limit.
 */
static void fit_mwindow(void)
{
	struct rlimit as;
	size_t window = 0, mapped = 0, want;

	if (getrlimit(RLIMIT_AS, &as) < 0 || as.rlim_cur == RLIM_INFINITY ||
	    git_libgit2_opts(GIT_OPT_GET_MWINDOW_SIZE, &window) < 0 ||
	    git_libgit2_opts(GIT_OPT_GET_MWINDOW_MAPPED_LIMIT, &mapped) < 0)
		return;
	/* windows are placed at multiples of their size: a power of two,
	 * so that every one starts on a page */
	for (want = (size_t)1 << 20; want * 2 <= as.rlim_cur / 16;)
		want *= 2;
	if (window == MWINDOW_DEFAULT_SIZE && want < window)
		git_libgit2_opts(GIT_OPT_SET_MWINDOW_SIZE, want);
	want = (size_t)(as.rlim_cur / 4);
	if (mapped == MWINDOW_DEFAULT_LIMIT && want < mapped)
		git_libgit2_opts(GIT_OPT_SET_MWINDOW_MAPPED_LIMIT,
		                 want > ((size_t)4 << 20) ? want
		                                          : (size_t)4 << 20);
	git_error_clear();
}

static unsigned int clamp_jobs(unsigned int jobs, size_t count, int git_modes)
{
	if (jobs == 0)
		jobs = default_jobs();
	if (jobs > MAX_JOBS)
		jobs = MAX_JOBS;
	jobs = fd_jobs(jobs, git_modes);
	jobs = as_jobs(jobs);
	if (jobs > count)
		jobs = count ? (unsigned int)count : 1;
	return jobs;
}

/* Worker k on a helper thread; its error stays in the worker. */
static int work_task(void *payload, unsigned int k)
{
	pool *p = payload;

	work(&p->workers[k]);
	return 0;
}

static int pool_start(pool *p, job *j, unsigned int jobs)
{
	unsigned int i;

	atomic_store(&j->done, 0);
	p->n = jobs;
	j->nranges = jobs;
	for (i = 0; i < p->n; i++) {
		size_t n = j->entries->count;

		atomic_store(&j->ranges[i].next, n * i / jobs);
		j->ranges[i].end = n * (i + 1) / jobs;
		p->workers[i].job = j;
		p->workers[i].index = i;
		p->workers[i].error = 0;
		p->workers[i].message[0] = '\0';
	}
	/* under a thread or memory limit, the threads we got (the others'
	 * ranges are taken by those that run) */
	hdrcheck__pool_start(&p->threads, p->n - 1, work_task, p);
	return 0;
}

static int pool_finish(pool *p, job *j)
{
	unsigned int i;
	int error = atomic_load(&j->error);

	if (!error)
		work(&p->workers[0]);
	/* the workers keep their errors and messages themselves */
	(void)hdrcheck__pool_join(&p->threads);
	for (i = 0; i < p->n; i++)
		if (p->workers[i].error < 0 && !error)
			error = p->workers[i].error;
	if (!error)
		error = atomic_load(&j->error);
	/* the message of the worker whose error is returned */
	for (i = 0; error < 0 && i < p->n; i++)
		if (p->workers[i].error == error && p->workers[i].message[0]) {
			hdrcheck__error_set(error, "%s", p->workers[i].message);
			break;
		}
	return error;
}

static void pool_dispose(pool *p)
{
	unsigned int i;

	for (i = 0; i < MAX_JOBS; i++)
		worker_dispose(&p->workers[i]);
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
		error =
		    rel ? hdrcheck__error_set(HDRCHECK_ENOTFOUND, "%s: %s",
		                              dir ? dir : ".", strerror(errno))
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
			error =
			    hdrcheck__error_set(HDRCHECK_ENOTFOUND, "%s: %s",
			                        paths[i], strerror(errno));
			goto done;
		}
		/* "link/" names the directory a symlink leads to, which is
		 * not the tree's (git: "beyond a symbolic link") */
		if (S_ISLNK(st.st_mode) && *paths[i] &&
		    paths[i][strlen(paths[i]) - 1] == '/') {
			char *target = realpath(abs, NULL);
			int out_of_tree =
			    !target || strncmp(target, root, rootlen) != 0 ||
			    (target[rootlen] != '\0' &&
			     target[rootlen] != '/' && strcmp(root, "/"));

			free(target);
			error =
			    out_of_tree
			        ? hdrcheck__error_set(HDRCHECK_EUSAGE,
			                              "%s: outside the scanned "
			                              "tree (%s), through a "
			                              "symbolic link",
			                              paths[i], root)
			        : hdrcheck__error_set(
			              HDRCHECK_EUSAGE,
			              "%s: beyond a symbolic link", paths[i]);
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
			error = hdrcheck__error_set(error,
			                            "%s: larger than "
			                            "%u bytes",
			                            path, CONFIG_MAX_BYTES);
			break;
		}
	if (!error && ferror(f))
		error =
		    hdrcheck__error_set(HDRCHECK_EIO, "%s: read error", path);
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

/* The configuration as read: its name and raw bytes feed the policy
 * fingerprint of the cache. */
typedef struct {
	const char *name; /* NULL: none, the built-in default */
	char *bytes;
	size_t len;
} config_bytes;

/* The configuration: -c FILE, else .hdrcheck.yaml, else a skywalking-eyes
 * .licenserc.yaml, at the root of the scanned tree (with --rev, in the
 * commit; with --staged, in the index); NULL = the default. */
static int load_config(hdrcheck__config **out, hdrcheck__source *src,
                       const hdrcheck_check_options *opts, config_bytes *raw)
{
	static const char native[] = ".hdrcheck.yaml", sw[] = ".licenserc.yaml";
	const char *name = NULL;
	char *buf = NULL;
	size_t len = 0;
	int error;

	*out = NULL;
	if (opts->version >= 3 && opts->no_config)
		return 0;
	if (opts->version >= 3 && opts->config) {
		name = opts->config;
		if ((error = read_path(opts->config, &buf, &len)) < 0)
			goto done;
		/* a skywalking-eyes file is known by its name or its
		 * content */
		if (strcmp(hdrcheck__path_basename(opts->config), sw) == 0 ||
		    hdrcheck__config_is_licenserc(buf, len)) {
			warn_relay relay = {opts->warn, opts->warn_payload};

			error = hdrcheck__config_parse_licenserc(
			    out, opts->config, buf, len, relay_warning, &relay);
		} else {
			error =
			    hdrcheck__config_parse(out, opts->config, buf, len);
		}
		goto done;
	}
	error =
	    hdrcheck__source_read(src, native, CONFIG_MAX_BYTES, &buf, &len);
	if (error == 0) {
		name = native;
		error = hdrcheck__config_parse(out, native, buf, len);
		goto done;
	}
	if (error != HDRCHECK_ENOTFOUND)
		goto done;
	error = hdrcheck__source_read(src, sw, CONFIG_MAX_BYTES, &buf, &len);
	if (error == 0) {
		warn_relay relay = {NULL, NULL};

		name = sw;
		if (opts->version >= 3) {
			relay.warn = opts->warn;
			relay.payload = opts->warn_payload;
		}
		error = hdrcheck__config_parse_licenserc(out, sw, buf, len,
		                                         relay_warning, &relay);
	} else if (error == HDRCHECK_ENOTFOUND) {
		/* a REUSE project: every file states a license */
		static const char reuse_key[] = "REUSE project default 2";

		hdrcheck__error_clear();
		error = hdrcheck__reuse_default_config(out, src);
		if (error == 0 && *out) {
			name = "REUSE";
			if (!(buf = hdrcheck__strdup(reuse_key)))
				error = HDRCHECK_ENOMEM;
			len = sizeof(reuse_key) - 1;
		}
	}
done:
	if (error == 0 && raw) {
		raw->name = name;
		raw->bytes = buf;
		raw->len = len;
		buf = NULL;
	}
	free(buf);
	return error;
}

/*
 * PATH arguments of the git modes (--rev, --staged): paths in the tree,
 * not on disk. Relative to the current directory's place in the work tree
 * when there is one, else to the top of the tree; nothing is stat'ed, the
 * file may exist only in the commit.
 */
static int resolve_tree_paths(char ***out, const hdrcheck__source *src,
                              const char *dir, const char *const *paths,
                              size_t count)
{
	const char *root = hdrcheck__source_root(src);
	size_t rootlen = strlen(root), i;
	char **rel = NULL, *base = NULL, *joined = NULL;
	const char *here = NULL;
	int error = 0;

	if (!(rel = hdrcheck__calloc(count, sizeof(char *)))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	base = realpath(dir ? dir : ".", NULL);
	if (base && strncmp(base, root, rootlen) == 0 &&
	    (base[rootlen] == '/' || base[rootlen] == '\0'))
		for (here = base + rootlen; *here == '/'; here++)
			;
	for (i = 0; i < count; i++) {
		const char *p = paths[i];
		size_t n;

		free(joined);
		joined = NULL;
		if (p[0] == '/') {
			if (strncmp(p, root, rootlen) != 0 ||
			    (p[rootlen] != '/' && p[rootlen] != '\0')) {
				error = hdrcheck__error_set(
				    HDRCHECK_EUSAGE,
				    "%s: outside the scanned tree (%s)", p,
				    root);
				goto done;
			}
			joined = hdrcheck__strdup(p + rootlen);
		} else if (here && *here) {
			joined = hdrcheck__aprintf("%s/%s", here, p);
		} else {
			joined = hdrcheck__strdup(p);
		}
		if (!joined) {
			error = HDRCHECK_ENOMEM;
			goto done;
		}
		{
			char *q = joined;

			while (*q == '/')
				q++;
			memmove(joined, q, strlen(q) + 1);
		}
		if (hdrcheck__path_normalize(joined) < 0) {
			error = hdrcheck__error_set(
			    HDRCHECK_EUSAGE,
			    "%s: outside the scanned tree (%s)", p, root);
			goto done;
		}
		n = strlen(joined);
		while (n && joined[n - 1] == '/')
			joined[--n] = '\0';
		if (strcmp(joined, ".") == 0)
			joined[0] = '\0';
		rel[i] = joined;
		joined = NULL;
	}
	*out = rel;
	rel = NULL;
done:
	if (rel)
		for (i = 0; i < count; i++)
			free(rel[i]);
	free(rel);
	free(base);
	free(joined);
	return error;
}

/*
 * The findings of two sorted lists, tracked then untracked, merged by
 * path into the report; vanished files leave the scope. The findings take
 * the paths over, and the report takes found[0] over (grown to hold the
 * untracked ones, merged from the back): no second array of findings.
 */
static int merge_findings(hdrcheck_report *report, hdrcheck__entries *lists,
                          hdrcheck_finding **found, unsigned char **drop)
{
	size_t n[2] = {0, 0}, from, i, k, total, a, b, w;
	hdrcheck_finding *all;

	/* each list compacted in place: the dropped go, the rest take their
	 * paths; a slot moved from is zeroed, so the caller's clean-up
	 * stays right whatever fails later */
	for (from = 0; from < 2; from++) {
		for (i = 0, k = 0; found[from] && i < lists[from].count; i++) {
			if (drop[from][i]) {
				hdrcheck__finding_dispose(&found[from][i]);
				continue;
			}
			found[from][i].path = lists[from].items[i].path;
			lists[from].items[i].path = NULL;
			if (k != i) {
				found[from][k] = found[from][i];
				memset(&found[from][i], 0,
				       sizeof(found[from][i]));
			}
			k++;
		}
		n[from] = k;
	}
	total = n[0] + n[1];
	if (!found[0] || n[1]) {
		if (!(all = hdrcheck__realloc(found[0], (total ? total : 1) *
		                                            sizeof(*all))))
			return HDRCHECK_ENOMEM;
		found[0] = all;
	}
	all = found[0];
	/* from the back: the slots above n[0] are free, and a slot is read
	 * before the merge writes over it */
	for (a = n[0], b = n[1], w = total; b > 0;) {
		int c = a ? strcmp(all[a - 1].path, found[1][b - 1].path) : -1;

		if (c > 0) {
			all[--w] = all[--a];
		} else if (c == 0) {
			/* a path in both lists (it cannot be, but one
			 * finding per path is the contract): the tracked
			 * one stays */
			hdrcheck__finding_dispose(&found[1][--b]);
		} else {
			all[--w] = found[1][--b];
			memset(&found[1][b], 0, sizeof(found[1][b]));
		}
	}
	if (w > a) { /* duplicates left a gap */
		memmove(&all[a], &all[w], (total - w) * sizeof(*all));
		total -= w - a;
	}
	report->findings = all;
	report->count = total;
	found[0] = NULL; /* the report's now */
	return 0;
}

static int check_usage(const hdrcheck_check_options *opts)
{
	if (opts->version < 4)
		return 0;
	if (opts->version >= 8 && opts->against && !opts->archive)
		return hdrcheck__error_set(HDRCHECK_EUSAGE,
		                           "--against needs --archive");
	if (opts->version >= 8 && opts->archive &&
	    (opts->rev || opts->staged || opts->changed_since ||
	     opts->include_submodules))
		return hdrcheck__error_set(HDRCHECK_EUSAGE,
		                           "--archive cannot be combined with "
		                           "--rev, --staged, --changed-since "
		                           "or --include-submodules");
	if (opts->staged && opts->rev)
		return hdrcheck__error_set(HDRCHECK_EUSAGE,
		                           "--staged and --rev cannot be "
		                           "combined (--staged scans the "
		                           "index)");
	if (opts->include_submodules &&
	    (opts->rev || opts->staged || opts->changed_since))
		return hdrcheck__error_set(HDRCHECK_EUSAGE,
		                           "--include-submodules works on "
		                           "work-tree scans only (not with "
		                           "--rev, --staged or "
		                           "--changed-since)");
	return 0;
}

/* The names of the file types a finding may carry: the built-in ones
 * (static) and the configured ones (the configuration outlives the
 * report's findings, see report->keep), sorted for the cache's lookups. */
typedef struct {
	const char **names;
	size_t count;
} type_names;

static int compare_names(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int type_names_init(type_names *t, const hdrcheck__config *config)
{
	size_t i, n = hdrcheck_languages_count();

	t->count = 0;
	if (!(t->names = hdrcheck__calloc(
	          n + (config ? config->languages_count : 0) + 1,
	          sizeof(char *))))
		return HDRCHECK_ENOMEM;
	for (i = 0; i < n; i++)
		t->names[t->count++] = hdrcheck_languages_get(i)->name;
	for (i = 0; config && i < config->languages_count; i++)
		t->names[t->count++] = config->languages[i].name;
	qsort(t->names, t->count, sizeof(char *), compare_names);
	return 0;
}

static const char *type_name(void *payload, const char *name)
{
	const type_names *t = payload;
	const char **hit =
	    bsearch(&name, t->names, t->count, sizeof(char *), compare_names);

	return hit ? *hit : NULL;
}

/* The result cache of this policy, or NULL (--no-cache, no git). */
static int open_cache(hdrcheck__cache **out, hdrcheck__source *src,
                      const hdrcheck__policy *policy, const config_bytes *raw,
                      const hdrcheck_check_options *opts)
{
	unsigned char fp[32];
	const char *warning = NULL;
	int fd = hdrcheck__source_cache_fd(src, &warning);
	int error;

	*out = NULL;
	/* said once, as the run goes on without it */
	if (warning && opts->warn)
		opts->warn(warning, opts->warn_payload);
	if (fd < 0 || (opts->version >= 4 && opts->no_cache))
		return 0;
	if ((error = hdrcheck__policy_fingerprint(
	         policy, raw->name, raw->bytes, raw->len, opts->excludes,
	         opts->excludes_count, fp)) < 0)
		return error;
	return hdrcheck__cache_open_at(out, fd, fp);
}

/* The license each policy requires, for the reports' messages. */
static int report_policies(hdrcheck_report *report,
                           const hdrcheck__policy *policy)
{
	const char *name = NULL, *license = NULL;
	size_t i, n = hdrcheck__policy_rules(policy, &name, &license, 0);

	if (!(report->policy_names = hdrcheck__calloc(n + 1, sizeof(char *))) ||
	    !(report->policy_licenses =
	          hdrcheck__calloc(n + 1, sizeof(char *))))
		return HDRCHECK_ENOMEM;
	for (i = 0; i < n; i++) {
		hdrcheck__policy_rules(policy, &name, &license, i);
		if (!(report->policy_names[i] = hdrcheck__strdup(name)) ||
		    !(report->policy_licenses[i] = hdrcheck__strdup(license))) {
			free(report->policy_names[i]);
			report->policy_names[i] = NULL;
			return HDRCHECK_ENOMEM;
		}
		report->policies_count = i + 1;
	}
	return 0;
}

/* PATH arguments with --archive: paths inside the archive (after its
 * top-level directory), normalised; none may climb out. */
static int archive_paths(char ***out, const char *const *paths, size_t n)
{
	char **v = hdrcheck__calloc(n ? n : 1, sizeof(*v));
	size_t i;
	int error = 0;

	if (!v)
		return HDRCHECK_ENOMEM;
	for (i = 0; i < n; i++) {
		if (!(v[i] = hdrcheck__strdup(paths[i]))) {
			error = HDRCHECK_ENOMEM;
			break;
		}
		if (v[i][0] == '/' || hdrcheck__path_normalize(v[i]) < 0) {
			error = hdrcheck__error_set(HDRCHECK_EUSAGE,
			                            "%s: not a path inside the "
			                            "archive",
			                            paths[i]);
			break;
		}
		if (strcmp(v[i], ".") == 0)
			v[i][0] = '\0';
	}
	if (error < 0) {
		for (i = 0; i < n; i++)
			free(v[i]);
		free(v);
		return error;
	}
	*out = v;
	return 0;
}

static int report_strings(hdrcheck_report *report, hdrcheck__source *src,
                          const hdrcheck__policy *policy,
                          const hdrcheck_check_options *opts)
{
	const char *since = opts->version >= 4 ? opts->changed_since : NULL;

	report->kind = hdrcheck__source_kind(src);
	report->archive = hdrcheck__archive_source_take_diff(src);
	if (report->kind == HDRCHECK_SOURCE_REV &&
	    !(report->rev = hdrcheck__strdup(opts->rev)))
		return HDRCHECK_ENOMEM;
	if (report_policies(report, policy) < 0)
		return HDRCHECK_ENOMEM;
	if (!(report->policy_license =
	          hdrcheck__strdup(hdrcheck__policy_license(policy))) ||
	    !(report->root = hdrcheck__strdup(hdrcheck__source_root(src))) ||
	    (hdrcheck__source_commit(src) &&
	     !(report->commit =
	           hdrcheck__strdup(hdrcheck__source_commit(src)))) ||
	    (since &&
	     (!(report->changed_since = hdrcheck__strdup(since)) ||
	      !(report->base = hdrcheck__strdup(hdrcheck__source_base(src))))))
		return HDRCHECK_ENOMEM;
	return 0;
}

/*
 * The walk found attribute files no index holds (rare: an untracked or
 * ignored .gitattributes). The listed files were classified without them:
 * do those under their directories again, on this thread, without the
 * cache, and keep nothing new from this run.
 */
static int untracked_attributes(job *j, pool *p, hdrcheck__attr_filter *filter,
                                int *keep_cache)
{
	const hdrcheck_vector *paths =
	    hdrcheck__source_untracked_attributes(j->src);
	size_t i, k;
	int changed = 0, error;

	if (!paths->len)
		return 0;
	if ((error = hdrcheck__attr_filter_add_files(filter, j->src, paths,
	                                             &changed)) < 0 ||
	    !changed)
		return error;
	*keep_cache = 0;
	j->cache = NULL;
	j->filter = filter;
	if ((error = worker_init(&p->workers[0])) < 0)
		return error;
	for (i = 0; i < j->entries->count; i++) {
		const char *path = j->entries->items[i].path;
		int under = 0;

		for (k = 0; k < paths->len && !under; k++) {
			const char *a = paths->items[k];
			const char *slash = strrchr(a, '/');
			size_t n = slash ? (size_t)(slash - a) : 0;

			under =
			    !n || (strncmp(path, a, n) == 0 && path[n] == '/');
		}
		if (!under)
			continue;
		hdrcheck__finding_dispose(&j->findings[i]);
		j->drop[i] = 0;
		if ((error = classify_one(j, &p->workers[0], i)) < 0)
			return error;
	}
	return 0;
}

static int check_run(hdrcheck_report **out, hdrcheck__check_session *session,
                     const hdrcheck_check_options *opts);

/* PATH arguments inside another repository: as if -C named its root. */
int hdrcheck_check(hdrcheck_report **out, const hdrcheck_check_options *opts)
{
	return hdrcheck__check_keep(out, NULL, opts);
}

int hdrcheck__check_keep(hdrcheck_report **out,
                         hdrcheck__check_session *session,
                         const hdrcheck_check_options *opts)
{
	hdrcheck_check_options moved;
	hdrcheck__retarget rt;
	int error;

	/* where each version's struct ends */
	static const size_t ends[] = {
	    0,
	    offsetof(hdrcheck_check_options, progress),
	    offsetof(hdrcheck_check_options, config),
	    offsetof(hdrcheck_check_options, rev),
	    offsetof(hdrcheck_check_options, baseline),
	    offsetof(hdrcheck_check_options, digests),
	    offsetof(hdrcheck_check_options, libgit2_only),
	    offsetof(hdrcheck_check_options, archive),
	    sizeof(hdrcheck_check_options)};
	_Static_assert(sizeof(ends) / sizeof(ends[0]) ==
	                   HDRCHECK_CHECK_OPTIONS_VERSION + 1,
	               "one end per options version");

	hdrcheck__error_clear();
	if (!opts || opts->version < 1 ||
	    opts->version > HDRCHECK_CHECK_OPTIONS_VERSION)
		return check_run(out, session, opts);
	if ((error = hdrcheck__retarget_paths(&rt, opts)) < 0)
		return error;
	if (rt.dir) {
		memset(&moved, 0, sizeof(moved));
		memcpy(&moved, opts, ends[opts->version]);
		moved.dir = rt.dir;
		moved.paths = (const char *const *)rt.paths;
		error = check_run(out, session, &moved);
		hdrcheck__retarget_dispose(&rt);
		return error;
	}
	return check_run(out, session, opts);
}

/* One check run: what its steps build, in the order they build it. */
typedef struct {
	const hdrcheck_check_options *opts;
	hdrcheck__source_options so;
	hdrcheck__source *src;
	unsigned int flags; /* the source's HDRCHECK__SOURCE_* */
	hdrcheck__config *config;
	config_bytes raw;
	hdrcheck__policy *policy;
	char **prefixes; /* the PATHs, repository-relative */
	/* the listed entries, then the second round (untracked files), with
	 * a finding and a "vanished" mark per entry */
	hdrcheck__entries lists[2];
	hdrcheck_finding *found[2];
	unsigned char *drop[2];
	hdrcheck__cache *cache;
	hdrcheck__attr_filter *filter;
	type_names types;
	pool *workers;
	job j;
	int keep_cache; /* 0: verdicts of this run are not kept */
	hdrcheck_report *report;
} check_state;

/* Step 1: the options checked and turned into the source's. */
static int run_init(check_state *r, const hdrcheck_check_options *opts)
{
	const hdrcheck_check_options *o = opts;
	int error;

	memset(r, 0, sizeof(*r));
	r->j.root_fd = -1;
	r->keep_cache = 1;
	r->opts = opts;
	if (o->version == 0 || o->version > HDRCHECK_CHECK_OPTIONS_VERSION)
		return hdrcheck__error_set(HDRCHECK_EINVAL,
		                           "unsupported options version %u",
		                           o->version);
	if ((error = check_usage(o)) < 0)
		return error;
	if (o->version >= 4) {
		r->so.rev = o->rev;
		r->so.changed_since = o->changed_since;
		r->so.staged = o->staged;
		r->so.include_submodules = o->include_submodules;
		r->so.no_cache = o->no_cache;
	}
	if (o->version >= 6)
		r->j.digests = o->digests;
	if (o->version >= 7 && o->libgit2_only)
		r->so.libgit2 = HDRCHECK__LIBGIT2_ALL;
	if (o->version >= 8 && o->archive) {
		r->so.archive = o->archive;
		r->so.against = o->against;
		r->so.archive_window = hdrcheck__classify_window();
		r->so.archive_digests = r->j.digests;
	}
	r->so.jobs = o->jobs;
	return 0;
}

/* Step 2: the source the options pick, its configuration and policy, and
 * the PATHs as the source names its entries. */
static int open_source(check_state *r)
{
	const hdrcheck_check_options *o = r->opts;
	int error;

	if ((error = hdrcheck__source_open(&r->src, o->dir, &r->so)) < 0)
		return error;
	r->flags = hdrcheck__source_flags(r->src);
	hdrcheck__staged_config_warn(r->src, o);
	if ((error = load_config(&r->config, r->src, o, &r->raw)) < 0 ||
	    (error = hdrcheck__policy_new(&r->policy, r->config, o->excludes,
	                                  o->excludes_count)) < 0)
		return error;
	if (!o->paths_count)
		return 0;
	if (hdrcheck__source_kind(r->src) == HDRCHECK_SOURCE_ARCHIVE)
		return archive_paths(&r->prefixes, o->paths, o->paths_count);
	/* a source of objects names tree entries, the others files */
	return (r->flags & HDRCHECK__SOURCE_OBJECTS)
	           ? resolve_tree_paths(&r->prefixes, r->src, o->dir, o->paths,
	                                o->paths_count)
	           : resolve_paths(&r->prefixes, r->src, o->dir, o->paths,
	                           o->paths_count);
}

/* Step 3: the entries in scope, the result cache, the attribute filter,
 * and the root the workers read files under. */
static int list_entries(check_state *r)
{
	int error;

	if ((error = hdrcheck__source_list(
	         r->src, (const char *const *)r->prefixes, r->opts->paths_count,
	         &r->lists[0])) < 0 ||
	    (error = open_cache(&r->cache, r->src, r->policy, &r->raw,
	                        r->opts)) < 0 ||
	    (error = hdrcheck__attr_filter_new(&r->filter, r->src,
	                                       &r->lists[0])) < 0)
		return error;
	if (!(r->flags & HDRCHECK__SOURCE_FILES))
		return 0;
	r->j.root_fd = open(hdrcheck__source_root(r->src),
	                    O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (r->j.root_fd < 0)
		return hdrcheck__error_set(HDRCHECK_EIO, "%s: %s",
		                           hdrcheck__source_root(r->src),
		                           strerror(errno));
	return 0;
}

/* Step 4: the job the workers share, and the pool. */
static int prepare_job(check_state *r)
{
	job *j = &r->j;
	int error;

	if (!(r->workers = hdrcheck__calloc(1, sizeof(*r->workers))))
		return HDRCHECK_ENOMEM;
	j->policy = r->policy;
	j->src = r->src;
	j->filter = hdrcheck__attr_filter_any(r->filter) ? r->filter : NULL;
	j->cache = r->cache;
	j->content_kind = hdrcheck__source_cache_kind(r->src);
	if (r->cache && (error = type_names_init(&r->types, r->config)) < 0)
		return error;
	j->resolve_language = type_name;
	j->languages = &r->types;
	atomic_init(&j->error, 0);
	atomic_init(&j->done, 0);
	atomic_init(&j->hits, 0);
	atomic_flag_clear(&j->reporting);
	if (r->opts->version >= 2) {
		j->progress = r->opts->progress;
		j->progress_payload = r->opts->progress_payload;
	}
	return 0;
}

/* Step 5, twice: phase 0 classifies the listed entries while this thread
 * lists the second round (the untracked files); phase 1 classifies
 * those. */
static int classify_phase(check_state *r, int phase)
{
	job *j = &r->j;
	size_t n = r->lists[phase].count;
	int error;

	if (phase == 1) {
		if (!n)
			return 0;
		/* the filter is read-only while workers run */
		if ((error = hdrcheck__attr_filter_add(r->filter, r->src,
		                                       &r->lists[1])) < 0)
			return error;
		j->filter =
		    hdrcheck__attr_filter_any(r->filter) ? r->filter : NULL;
		j->progress_base = r->lists[0].count;
	}
	j->progress_total = r->lists[0].count + r->lists[1].count;
	if (!(r->found[phase] =
	          hdrcheck__calloc(n ? n : 1, sizeof(hdrcheck_finding))) ||
	    !(r->drop[phase] = hdrcheck__calloc(n ? n : 1, 1)))
		return HDRCHECK_ENOMEM;
	j->entries = &r->lists[phase];
	j->findings = r->found[phase];
	j->drop = r->drop[phase];
	if ((error = pool_start(
	         r->workers, j,
	         clamp_jobs(r->opts->jobs, n,
	                    (r->flags & HDRCHECK__SOURCE_OBJECTS) != 0))) < 0) {
		pool_finish(r->workers, j);
		return error;
	}
	if (phase == 0 && (error = hdrcheck__source_list_untracked(
	                       r->src, (const char *const *)r->prefixes,
	                       r->opts->paths_count, &r->lists[1])) < 0)
		atomic_store(&j->error, error);
	if ((error = pool_finish(r->workers, j)) < 0)
		return error;
	if (phase == 0)
		return untracked_attributes(j, r->workers, r->filter,
		                            &r->keep_cache);
	return 0;
}

/* Step 6: the findings in one sorted report, with what it says of the
 * source and the policy, and the baseline applied. */
static int build_report(check_state *r)
{
	int phase, error = 0;

	if (!(r->report = hdrcheck__calloc(1, sizeof(*r->report))) ||
	    (error = merge_findings(r->report, r->lists, r->found, r->drop)) <
	        0 ||
	    (error = hdrcheck__check_license_refs(r->report, r->src,
	                                          r->policy)) < 0 ||
	    (error = hdrcheck__check_reuse(
	         r->report, r->src, r->policy,
	         r->opts->paths_count || r->so.changed_since || r->so.staged,
	         r->config && r->config->reuse_licenses,
	         r->opts->version >= 3 ? r->opts->warn : NULL,
	         r->opts->warn_payload)) < 0 ||
	    (error = report_strings(r->report, r->src, r->policy, r->opts)) <
	        0 ||
	    (error = hdrcheck__check_baseline(r->report, r->src, r->config,
	                                      r->opts)) < 0)
		return error ? error : HDRCHECK_ENOMEM;
	/* the lists are spent (the findings took their paths): give their
	 * memory back before the cache is written */
	for (phase = 0; phase < 2; phase++) {
		free(r->found[phase]); /* every slot moved or disposed */
		r->found[phase] = NULL;
		free(r->drop[phase]);
		r->drop[phase] = NULL;
		hdrcheck__entries_dispose(&r->lists[phase]);
	}
	r->report->cache_hits = atomic_load(&r->j.hits);
	return 0;
}

/* Step 7: this run's new verdicts into the result cache. */
static void save_cache(check_state *r)
{
	hdrcheck__cache_batch batches[MAX_JOBS];
	size_t i;

	if (!r->cache || !r->keep_cache)
		return;
	/* what classifying needed (the index above all) goes before the
	 * cache is written, the peak of a first run */
	for (i = 0; i < MAX_JOBS; i++)
		worker_release(&r->workers->workers[i]);
	hdrcheck__attr_filter_free(r->filter);
	r->filter = NULL;
	hdrcheck__source_free(r->src);
	r->src = NULL;
	for (i = 0; i < MAX_JOBS; i++)
		batches[i] = r->workers->workers[i].batch;
	/* a cache that cannot be written only costs the next run */
	if (hdrcheck__cache_save(r->cache, batches, MAX_JOBS,
	                         r->report->count) < 0)
		hdrcheck__error_clear();
}

/* Step 8: the report counted and handed over; it keeps the configuration
 * alive (configured file types name findings' language). */
static void hand_over(check_state *r, hdrcheck__check_session *session,
                      hdrcheck_report **out)
{
	hdrcheck__report_finish(r->report);
	r->report->keep = r->config;
	r->report->keep_free = free_config;
	r->config = NULL;
	if (session) {
		/* for the fixer: the same policy and PATH arguments */
		session->policy = r->policy;
		session->paths = r->prefixes;
		session->paths_count = r->opts->paths_count;
		r->policy = NULL;
		r->prefixes = NULL;
	}
	*out = r->report;
	r->report = NULL;
}

static void run_dispose(check_state *r)
{
	size_t i, k;
	int phase;

	for (phase = 0; phase < 2; phase++) {
		if (r->found[phase])
			for (k = 0; k < r->lists[phase].count; k++)
				hdrcheck__finding_dispose(&r->found[phase][k]);
		free(r->found[phase]);
		free(r->drop[phase]);
		hdrcheck__entries_dispose(&r->lists[phase]);
	}
	hdrcheck_report_free(r->report);
	if (r->workers)
		pool_dispose(r->workers);
	free(r->workers);
	if (r->j.root_fd >= 0)
		close(r->j.root_fd);
	if (r->prefixes)
		for (i = 0; i < r->opts->paths_count; i++)
			free(r->prefixes[i]);
	free(r->prefixes);
	free(r->raw.bytes);
	free(r->types.names);
	hdrcheck__cache_free(r->cache);
	hdrcheck__attr_filter_free(r->filter);
	hdrcheck__policy_free(r->policy);
	hdrcheck__config_free(r->config); /* after the policy: it borrows */
	hdrcheck__source_free(r->src);
}

static int check_run(hdrcheck_report **out, hdrcheck__check_session *session,
                     const hdrcheck_check_options *opts)
{
	hdrcheck_check_options defaults = HDRCHECK_CHECK_OPTIONS_INIT;
	check_state r;
	int phase, error;

	hdrcheck__error_clear();
	if ((error = run_init(&r, opts ? opts : &defaults)) < 0)
		return error;
	git_libgit2_init();
	fit_mwindow();
	if ((error = open_source(&r)) < 0 || (error = list_entries(&r)) < 0 ||
	    (error = prepare_job(&r)) < 0)
		goto done;
	for (phase = 0; phase < 2; phase++)
		if ((error = classify_phase(&r, phase)) < 0)
			goto done;
	if ((error = build_report(&r)) < 0)
		goto done;
	save_cache(&r);
	hand_over(&r, session, out);
done:
	run_dispose(&r);
	git_libgit2_shutdown();
	return error;
}

static int explain_run(char **out, const hdrcheck_check_options *opts,
                       const char *path, int json);

static int explain_as(char **out, const hdrcheck_check_options *opts,
                      const char *path, int json);

int hdrcheck_explain(char **out, const hdrcheck_check_options *opts,
                     const char *path)
{
	return explain_as(out, opts, path, 0);
}

int hdrcheck_explain_json(char **out, const hdrcheck_check_options *opts,
                          const char *path)
{
	return explain_as(out, opts, path, 1);
}

/* Like check: a PATH inside another repository is explained there. */
static int explain_as(char **out, const hdrcheck_check_options *opts,
                      const char *path, int json)
{
	hdrcheck_check_options moved = HDRCHECK_CHECK_OPTIONS_INIT;
	hdrcheck__retarget rt;
	int error;

	hdrcheck__error_clear();
	if (path && opts && opts->version >= 3 &&
	    opts->version <= HDRCHECK_CHECK_OPTIONS_VERSION) {
		moved.dir = opts->dir;
		moved.paths = &path;
		moved.paths_count = 1;
		if ((error = hdrcheck__retarget_paths(&rt, &moved)) < 0)
			return error;
		if (rt.dir) {
			/* what explain reads of the options (version 3) */
			moved.jobs = opts->jobs;
			moved.excludes = opts->excludes;
			moved.excludes_count = opts->excludes_count;
			moved.config = opts->config;
			moved.no_config = opts->no_config;
			moved.warn = opts->warn;
			moved.warn_payload = opts->warn_payload;
			moved.paths = NULL;
			moved.paths_count = 0;
			moved.dir = rt.dir;
			error = explain_run(out, &moved, rt.paths[0], json);
			hdrcheck__retarget_dispose(&rt);
			return error;
		}
	}
	return explain_run(out, opts, path, json);
}

/* explain: the findings' last steps, outside the file (REUSE, the
 * license file a notice names), shown and applied. */
static int explain_outside(hdrcheck_buf *trace,
                           hdrcheck__license_origin *origin,
                           hdrcheck_finding *f, hdrcheck__source *src,
                           const hdrcheck__policy *policy,
                           const hdrcheck__config *config, const char *path)
{
	hdrcheck__classifier *lc = NULL;
	hdrcheck_status was = f->status;
	char *was_license = NULL, *was_reason = NULL;
	int error;

	if (!f->path && !(f->path = hdrcheck__strdup(path)))
		return HDRCHECK_ENOMEM;
	if ((f->license && !(was_license = hdrcheck__strdup(f->license))) ||
	    (f->reason && !(was_reason = hdrcheck__strdup(f->reason)))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	if ((error = hdrcheck__classifier_new(&lc, policy)) < 0 ||
	    (error = hdrcheck__explain_outside(
	         trace, origin, f, src, policy, lc,
	         config && config->reuse_licenses)) < 0)
		goto done;
	if (origin->kind) {
		if (origin->line)
			hdrcheck__buf_printf(trace, "source:   %s, %s:%u\n",
			                     origin->kind, origin->path,
			                     origin->line);
		else
			hdrcheck__buf_printf(trace, "source:   %s, %s\n",
			                     origin->kind,
			                     origin->path ? origin->path : "");
	}
	if (f->status != was ||
	    (f->license ? !was_license || strcmp(f->license, was_license)
	                : was_license != NULL) ||
	    (f->reason ? !was_reason || strcmp(f->reason, was_reason)
	               : was_reason != NULL))
		hdrcheck__buf_printf(trace, "verdict:  %s%s%s%s%s (applied)\n",
		                     hdrcheck_status_name(f->status),
		                     f->license ? ", license " : "",
		                     f->license ? f->license : "",
		                     f->reason ? ": " : "",
		                     f->reason ? f->reason : "");
done:
	hdrcheck__classifier_free(lc);
	free(was_license);
	free(was_reason);
	return error;
}

static int explain_run(char **out, const hdrcheck_check_options *opts,
                       const char *path, int json)
{
	hdrcheck_check_options defaults = HDRCHECK_CHECK_OPTIONS_INIT;
	hdrcheck__source *src = NULL;
	hdrcheck__config *config = NULL;
	hdrcheck__policy *policy = NULL;
	hdrcheck__classifier *c = NULL;
	hdrcheck__attrs *attrs = NULL;
	hdrcheck__file_attrs fa;
	hdrcheck_finding f = {0};
	hdrcheck__license_origin origin = {0};
	const hdrcheck__ident *ident = NULL;
	int from_tag = 0;
	hdrcheck_buf trace = HDRCHECK_BUF_INIT;
	char **rel = NULL, *buf = NULL;
	size_t cap = hdrcheck__classify_window(), len = 0;
	int error = 0, rc, err = 0, root_fd = -1;

	hdrcheck__error_clear();
	if (!opts)
		opts = &defaults;
	git_libgit2_init();
	/* explain reads the work tree; the git modes are check's */
	if ((error = hdrcheck__source_open(&src, opts->dir, NULL)) < 0 ||
	    (error = load_config(&config, src, opts, NULL)) < 0 ||
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
	    (error = hdrcheck__attrs_new(&attrs, src)) < 0)
		goto done;
	if (attrs && (error = hdrcheck__attrs_get_path(attrs, rel[0], &fa)) < 0)
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
		ident = hdrcheck__classifier_explained(c, &from_tag);
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
		if (hdrcheck__errno_is_resource(err)) {
			error = hdrcheck__error_resource(err, rel[0]);
			goto done;
		}
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
	if ((error = explain_outside(&trace, &origin, &f, src, policy, config,
	                             rel[0])) < 0)
		goto done;
	if (!trace.ptr) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	if (json) {
		if (!origin.kind && f.license)
			origin.kind = from_tag ? "spdx_tag" : "header";
		if (!origin.line && !origin.path && f.license)
			origin.line = f.line;
		error = hdrcheck__explain_write_json(out, trace.ptr, trace.len,
		                                     ident, &origin, &f);
		goto done;
	}
	*out = trace.ptr;
	trace.ptr = NULL;
done:
	hdrcheck__license_origin_dispose(&origin);
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

void hdrcheck__check_session_dispose(hdrcheck__check_session *s)
{
	size_t i;

	if (!s)
		return;
	if (s->paths)
		for (i = 0; i < s->paths_count; i++)
			free(s->paths[i]);
	free(s->paths);
	hdrcheck__policy_free(s->policy);
	s->paths = NULL;
	s->paths_count = 0;
	s->policy = NULL;
}
