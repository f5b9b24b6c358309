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
 * The run's side of baselines and waivers: the blob id of each violation
 * (only when a baseline is read or written: the hot path never pays for
 * it), the baseline file read, the configuration's waivers applied.
 */

#include <git2.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include "hdrcheck/check.h"
#include "policies/config.h"
#include "scanner/sources/internal.h"
#include "scanner/baseline.h"

/* A baseline file is text, one short line per violation. */
#define BASELINE_MAX_BYTES (256u << 20)
/* Files larger than this get no blob id (a baseline then matches them by
 * path and status only). */
#define BLOB_MAX_BYTES (64u << 20)

/* The blob id of one file as git would store it: the tree's entry
 * (--rev), the staged bytes (--staged), or the work-tree file through
 * the repository's filters (CRLF), so that a baseline written from a
 * commit matches its checkout. *out NULL when it cannot be had. */
static int blob_id(char **out, hdrcheck__source *src, const char *path,
                   int autocrlf)
{
	char hex[GIT_OID_HEXSZ + 1];
	git_tree_entry *entry = NULL;
	git_oid oid;
	char *buf = NULL, *abs = NULL;
	struct stat st;
	size_t len = 0, pos = 0;
	int ok = 0, tracked;

	if (src->ops->flags & HDRCHECK__SOURCE_TREE) {
		if (git_tree_entry_bypath(&entry, src->tree, path) == 0 &&
		    git_tree_entry_type(entry) == GIT_OBJECT_BLOB) {
			git_oid_cpy(&oid, git_tree_entry_id(entry));
			ok = 1;
		}
		git_tree_entry_free(entry);
	} else if (src->ops->flags & HDRCHECK__SOURCE_WORKTREE) {
		if (!(abs = hdrcheck__path_join(src->root, path)))
			return HDRCHECK_ENOMEM;
		/* a tracked file that git's stat check finds unmodified has
		 * the index's blob id; other files their bytes' id, through
		 * the repository's filters only when core.autocrlf may
		 * convert them (a filtered hash costs a millisecond a file:
		 * 30 s on u-boot's 32,000 violations) */
		tracked = src->ix && hdrcheck__index_find(src->ix, path, &pos);
		if (tracked && lstat(abs, &st) == 0 && S_ISREG(st.st_mode) &&
		    hdrcheck__index_entry_clean(src->ix, &src->ix->entries[pos],
		                                &st)) {
			git_oid_fromraw(&oid, src->ix->entries[pos].oid);
			ok = 1;
		} else if (src->repo && autocrlf) {
			ok =
			    git_repository_hashfile(&oid, src->repo, abs,
			                            GIT_OBJECT_BLOB, path) == 0;
		} else if (hdrcheck__source_read(src, path, BLOB_MAX_BYTES,
		                                 &buf, &len) == 0) {
			ok = git_odb_hash(&oid, buf, len, GIT_OBJECT_BLOB) == 0;
		}
		free(buf);
		free(abs);
	} else { /* the index, a plain directory: the bytes as they are */
		if (hdrcheck__source_read(src, path, BLOB_MAX_BYTES, &buf,
		                          &len) == 0)
			ok = git_odb_hash(&oid, buf, len, GIT_OBJECT_BLOB) == 0;
		free(buf);
	}
	/* a file that cannot be hashed is no error of the run */
	hdrcheck__error_clear();
	git_error_clear();
	*out = NULL;
	if (!ok)
		return 0;
	git_oid_tostr(hex, sizeof(hex), &oid);
	return (*out = hdrcheck__strdup(hex)) ? 0 : HDRCHECK_ENOMEM;
}

/* Does core.autocrlf (true or input) convert work-tree files? */
static int converts_crlf(git_repository *repo)
{
	git_config *cfg = NULL;
	git_buf value = GIT_BUF_INIT;
	int bool_value = 0, converts = 0;

	if (git_repository_config_snapshot(&cfg, repo) < 0)
		goto done;
	if (git_config_get_string_buf(&value, cfg, "core.autocrlf") == 0)
		converts =
		    strcasecmp(value.ptr, "input") == 0 ||
		    (git_config_parse_bool(&bool_value, value.ptr) == 0 &&
		     bool_value);
done:
	git_buf_dispose(&value);
	git_config_free(cfg);
	git_error_clear();
	return converts;
}

static int read_file(const char *path, char **out, size_t *len)
{
	FILE *f = fopen(path, "rb");
	hdrcheck_buf buf = HDRCHECK_BUF_INIT;
	char chunk[8192];
	size_t n;
	int error = 0;

	if (!f)
		return hdrcheck__error_set(errno == ENOENT ? HDRCHECK_ENOTFOUND
		                                           : HDRCHECK_EIO,
		                           "%s: %s", path, strerror(errno));
	buf.limit = BASELINE_MAX_BYTES;
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		if ((error = hdrcheck__buf_put(&buf, chunk, n)) < 0) {
			error = hdrcheck__error_set(error,
			                            "%s: larger than %u bytes",
			                            path, BASELINE_MAX_BYTES);
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
	*out = buf.ptr;
	*len = buf.len;
	return 0;
}

static void today(char out[16])
{
	time_t now = time(NULL);
	struct tm tm;

	if (!gmtime_r(&now, &tm) || strftime(out, 16, "%Y-%m-%d", &tm) != 10)
		memcpy(out, "1970-01-01", 11);
}

/* The baseline file is hdrcheck's own data, not a file that needs a
 * header: when it lies in the scanned tree, its finding says "excluded".
 * rel is repository-relative; a path outside the tree matches nothing. */
static int exclude_own(hdrcheck_report *report, const char *rel)
{
	size_t i;

	for (i = 0; i < report->count; i++) {
		hdrcheck_finding *f = &report->findings[i];
		char *reason;

		if (strcmp(f->path, rel) != 0)
			continue;
		if (!(reason = hdrcheck__strdup(HDRCHECK_SKIP_EXCLUDED)))
			return HDRCHECK_ENOMEM;
		free((char *)f->reason);
		free((char *)f->license);
		free((char *)f->holders);
		free((char *)f->blob);
		f->reason = reason;
		f->license = NULL;
		f->holders = NULL;
		f->blob = NULL;
		f->line = 0;
		f->status = HDRCHECK_STATUS_SKIPPED;
	}
	return 0;
}

/* A file named relative to the current directory, as a path relative to
 * root when it lies under it; NULL otherwise (or when it does not exist). */
static char *tree_relative(const char *file, const char *root)
{
	char *abs = realpath(file, NULL), *rel = NULL;
	size_t n = root ? strlen(root) : 0;

	if (abs && n && strncmp(abs, root, n) == 0 && abs[n] == '/')
		rel = hdrcheck__strdup(abs + n + 1);
	free(abs);
	return rel;
}

int hdrcheck__check_baseline(hdrcheck_report *report, hdrcheck__source *src,
                             const hdrcheck__config *config,
                             const hdrcheck_check_options *opts)
{
	const char *file = NULL, *name = NULL;
	hdrcheck__waiver *waivers = NULL;
	hdrcheck__baseline b = {NULL, 0};
	char *buf = NULL, date[16];
	size_t i, len = 0;
	int blobs = 0, error = 0, autocrlf = 0;

	if (opts->version >= 5) {
		file = opts->baseline;
		blobs = opts->blob_ids;
	}
	name = file;
	if (!file && config && config->baseline)
		name = config->baseline;
	if (name) {
		/* the option: relative to the current directory; the
		 * configuration's: a file of the scanned tree */
		error = file ? read_file(file, &buf, &len)
		             : hdrcheck__source_read(
		                   src, name, BASELINE_MAX_BYTES, &buf, &len);
		if (error == HDRCHECK_ENOTFOUND && !file && blobs) {
			/* writing the first baseline that the configuration
			 * names */
			hdrcheck__error_clear();
			error = 0;
			name = NULL;
		} else if (error == HDRCHECK_ENOTFOUND && !file) {
			error = hdrcheck__error_set(
			    HDRCHECK_ENOTFOUND,
			    "%s: no such baseline (the configuration's "
			    "\"baseline\"; write it with --write-baseline)",
			    name);
			goto done;
		} else if (error < 0) {
			goto done;
		}
	}
	if (name && (error = hdrcheck__baseline_parse(&b, name, buf ? buf : "",
	                                              len)) < 0)
		goto done;
	if (name) {
		char *rel =
		    file ? tree_relative(file, hdrcheck__source_root(src))
		         : NULL;

		error = exclude_own(report, file ? (rel ? rel : "") : name);
		free(rel);
		if (error < 0)
			goto done;
	}
	if (opts->version >= 5 && opts->baseline_target) {
		char *rel = tree_relative(opts->baseline_target,
		                          hdrcheck__source_root(src));

		error = rel ? exclude_own(report, rel) : 0;
		free(rel);
		if (error < 0)
			goto done;
	}
	if ((name || blobs) && src->repo &&
	    (hdrcheck__source_flags(src) & HDRCHECK__SOURCE_WORKTREE))
		autocrlf = converts_crlf(src->repo);
	if (name || blobs)
		for (i = 0; i < report->count; i++) {
			hdrcheck_finding *f = &report->findings[i];

			if (!hdrcheck_status_is_violation(f->status) ||
			    f->status == HDRCHECK_STATUS_ERROR)
				continue;
			if ((error = blob_id((char **)&f->blob, src, f->path,
			                     autocrlf)) < 0)
				goto done;
		}
	if (config && config->waivers_count) {
		if (!(waivers = hdrcheck__calloc(config->waivers_count,
		                                 sizeof(*waivers)))) {
			error = HDRCHECK_ENOMEM;
			goto done;
		}
		for (i = 0; i < config->waivers_count; i++) {
			waivers[i].glob = config->waivers[i].path;
			waivers[i].reason = config->waivers[i].reason;
			waivers[i].expires = config->waivers[i].expires;
		}
		today(date);
		hdrcheck__waivers_apply(report, waivers, config->waivers_count,
		                        date);
	}
	if (name) {
		/* sorted by path, as the baseline is matched against them */
		hdrcheck__report_finish(report);
		error = hdrcheck__baseline_apply(report, &b);
	}
done:
	free(waivers);
	free(buf);
	hdrcheck__baseline_dispose(&b);
	return error;
}
