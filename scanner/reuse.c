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
 * REUSE's licensing information outside the files, applied after the
 * scan (scanner/reuse.h). The files are read through the source, so a
 * commit (--rev) or the index (--staged) is judged by its own REUSE.toml.
 * A project without REUSE's files costs one pass over the paths and two
 * look-ups at the root.
 */

#include <stdlib.h>
#include <string.h>
#include "common.h"
#include "policies/identify.h"
#include "policies/reuse.h"
#include "scanner/reuse.h"

/* REUSE.toml, dep5 and sidecars are small; a larger one is read up to
 * this and fails to parse, never blows memory */
#define REUSE_MAX_BYTES ((size_t)1 << 20)

static const char sidecar_ext[] = ".license";
#define SIDECAR_EXT_LEN (sizeof(sidecar_ext) - 1)

/* The finding of path[0..n), or NULL (findings are sorted bytewise). */
static hdrcheck_finding *find(hdrcheck_report *report, const char *path,
                              size_t n)
{
	size_t lo = 0, hi = report->count;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const char *p = report->findings[mid].path;
		size_t pn = strlen(p);
		int c = memcmp(p, path, pn < n ? pn : n);

		if (c == 0)
			c = pn < n ? -1 : pn > n;
		if (c == 0)
			return &report->findings[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* "x.license" beside a finding "x": a sidecar. */
static int is_sidecar(hdrcheck_report *report, const char *path)
{
	size_t n = strlen(path);

	return n > SIDECAR_EXT_LEN &&
	       memcmp(path + n - SIDECAR_EXT_LEN, sidecar_ext,
	              SIDECAR_EXT_LEN) == 0 &&
	       path[n - SIDECAR_EXT_LEN - 1] != '/' &&
	       find(report, path, n - SIDECAR_EXT_LEN) != NULL;
}

/* A file REUSE reads, never a file that needs a header. */
static int set_excluded(hdrcheck_finding *f)
{
	char *reason = hdrcheck__strdup(HDRCHECK_SKIP_EXCLUDED);

	if (!reason)
		return HDRCHECK_ENOMEM;
	free((char *)f->reason);
	free((char *)f->license);
	free((char *)f->holders);
	f->reason = reason;
	f->license = NULL;
	f->holders = NULL;
	f->status = HDRCHECK_STATUS_SKIPPED;
	f->line = 0;
	return 0;
}

/* Does the run exclude path (listed, skipped as excluded)? */
static int excluded(hdrcheck_report *report, const char *path)
{
	hdrcheck_finding *f = find(report, path, strlen(path));

	return f && f->status == HDRCHECK_STATUS_SKIPPED && f->reason &&
	       strcmp(f->reason, HDRCHECK_SKIP_EXCLUDED) == 0;
}

/* A file looked for by its name alone (a partial run): what cannot be
 * read (a name too long, a directory) is not there. */
static int probe_optional(hdrcheck__source *src, const char *path, char **buf,
                          size_t *len)
{
	int error = hdrcheck__source_read(src, path, REUSE_MAX_BYTES, buf, len);

	if (error < 0 && error != HDRCHECK_ENOMEM) {
		hdrcheck__error_clear();
		*buf = NULL;
		return 0;
	}
	return error < 0 ? error : 1;
}

static int read_optional(hdrcheck__source *src, const char *path, char **buf,
                         size_t *len)
{
	int error = hdrcheck__source_read(src, path, REUSE_MAX_BYTES, buf, len);

	if (error == HDRCHECK_ENOTFOUND) {
		hdrcheck__error_clear();
		*buf = NULL;
		return 0;
	}
	return error < 0 ? error : 1;
}

/* Has dir[0..n) been probed? The list is '\n'-separated. */
static int probed(const hdrcheck_buf *list, const char *dir, size_t n)
{
	const char *p = list->ptr, *end = p ? p + list->len : NULL, *nl;

	for (; p && p < end; p = nl + 1) {
		nl = memchr(p, '\n', (size_t)(end - p));
		if ((size_t)(nl - p) == n && memcmp(p, dir, n) == 0)
			return 1;
	}
	return 0;
}

/*
 * A run that lists part of the tree (PATH arguments, --changed-since,
 * --staged) may leave out the REUSE.toml of a directory above a listed
 * file: each directory on the way up is probed once.
 */
static int probe_tomls(hdrcheck__reuse *r, hdrcheck_report *report,
                       hdrcheck__source *src)
{
	hdrcheck_buf seen = HDRCHECK_BUF_INIT;
	char path[4096], *buf = NULL;
	size_t i, len = 0;
	int error = 0, rc;

	for (i = 0; i < report->count; i++) {
		const char *p = report->findings[i].path;
		const char *slash = strrchr(p, '/');
		size_t dir = slash ? (size_t)(slash - p) : 0;

		/* the directories of p, deepest first; the root is read
		 * already */
		while (dir > 0 && dir + sizeof("/REUSE.toml") < sizeof(path)) {
			if (probed(&seen, p, dir))
				break;
			if ((error = hdrcheck__buf_put(&seen, p, dir)) < 0 ||
			    (error = hdrcheck__buf_put(&seen, "\n", 1)) < 0)
				goto done;
			memcpy(path, p, dir);
			memcpy(path + dir, "/REUSE.toml",
			       sizeof("/REUSE.toml"));
			/* a listed one is read from the listing */
			if (!find(report, path, strlen(path))) {
				if ((rc = probe_optional(src, path, &buf,
				                         &len)) < 0) {
					error = rc;
					goto done;
				}
				if (rc && (error = hdrcheck__reuse_add_toml(
				               r, path, buf, len)) < 0)
					goto done;
				free(buf);
				buf = NULL;
			}
			while (dir > 0 && p[dir - 1] != '/')
				dir--;
			if (dir)
				dir--;
		}
	}
done:
	free(buf);
	hdrcheck__buf_dispose(&seen);
	return error;
}

/* Is id[0..n) a line of the '\n'-separated list? */
static int listed(const hdrcheck_buf *list, const char *id, size_t n)
{
	return probed(list, id, n);
}

static int id_list_add(hdrcheck_buf *list, const char *id, size_t n)
{
	int error = hdrcheck__buf_put(list, id, n);

	return error < 0 ? error : hdrcheck__buf_put(list, "\n", 1);
}

/* The licenses and exceptions whose text is in the root's LICENSES/, by
 * file name, from the listing. */
static int licenses_present(hdrcheck_report *report, hdrcheck_buf *present)
{
	size_t i;
	int error = 0, rc;

	for (i = 0; i < report->count; i++) {
		const char *p = report->findings[i].path;
		char *id = NULL;

		if (strncmp(p, "LICENSES/", 9) != 0 || strchr(p + 9, '/'))
			continue;
		if ((rc = hdrcheck__license_file_name_id(p, &id)) < 0)
			return rc;
		if (rc && !listed(present, id, strlen(id)))
			error = id_list_add(present, id, strlen(id));
		free(id);
		if (error < 0)
			return error;
	}
	return 0;
}

/* Add the ids of the (normalised) expression e to list, each once. */
static int add_ids(hdrcheck_buf *list, const char *e)
{
	int error = 0;

	while (*e && error == 0) {
		const char *t;
		size_t n;

		while (*e == ' ' || *e == '(' || *e == ')')
			e++;
		for (t = e; *t && *t != ' ' && *t != '(' && *t != ')'; t++)
			;
		n = (size_t)(t - e);
		if (n && !(n == 3 && memcmp(e, "AND", 3) == 0) &&
		    !(n == 2 && memcmp(e, "OR", 2) == 0) &&
		    !(n == 4 && memcmp(e, "WITH", 4) == 0) &&
		    !listed(list, e, n))
			error = id_list_add(list, e, n);
		e = t;
	}
	return error;
}

/* REUSE's "unused licenses": a text in the root's LICENSES/ that no
 * file's license (checked or skipped) names. A warning, not a finding. */
static int warn_unused(hdrcheck_report *report,
                       void (*warn)(const char *message, void *payload),
                       void *payload)
{
	hdrcheck_buf used = HDRCHECK_BUF_INIT;
	size_t i;
	int error = 0, rc;

	for (i = 0; i < report->count && error == 0; i++) {
		const hdrcheck_finding *f = &report->findings[i];

		if (f->license && !hdrcheck__in_licenses_dir(f->path))
			error = add_ids(&used, f->license);
	}
	for (i = 0; i < report->count && error == 0; i++) {
		const char *p = report->findings[i].path;
		char *id = NULL, *msg;

		if (strncmp(p, "LICENSES/", 9) != 0 || strchr(p + 9, '/'))
			continue;
		if ((rc = hdrcheck__license_file_name_id(p, &id)) < 0) {
			error = rc;
			break;
		}
		if (rc && !listed(&used, id, strlen(id))) {
			if (!(msg = hdrcheck__aprintf(
			          "%s: no file uses %s (REUSE: an unused "
			          "license)",
			          p, id)))
				error = HDRCHECK_ENOMEM;
			else
				warn(msg, payload);
			free(msg);
		}
		free(id);
	}
	hdrcheck__buf_dispose(&used);
	return error;
}

/*
 * REUSE's "missing licenses": a finding that passes with a license (or
 * exception) whose text is not in LICENSES/ is other_license. A partial
 * listing may leave LICENSES/ out: an id not seen is looked for as
 * "LICENSES/<id>.txt" in the source, once.
 */
static int check_missing_texts(hdrcheck_report *report, hdrcheck__source *src,
                               int partial)
{
	hdrcheck_buf present = HDRCHECK_BUF_INIT, absent = HDRCHECK_BUF_INIT;
	hdrcheck_buf missing = HDRCHECK_BUF_INIT, ids = HDRCHECK_BUF_INIT;
	char *buf = NULL, *name = NULL, *reason = NULL;
	size_t i, len = 0;
	int error, rc;

	if ((error = licenses_present(report, &present)) < 0)
		goto done;
	for (i = 0; i < report->count; i++) {
		hdrcheck_finding *f = &report->findings[i];
		const char *e = f->license, *t;

		if (f->status != HDRCHECK_STATUS_OK || !e)
			continue;
		hdrcheck__buf_clear(&missing);
		/* the ids of the (normalised) expression, each once */
		hdrcheck__buf_clear(&ids);
		if ((error = add_ids(&ids, e)) < 0)
			goto done;
		for (e = ids.ptr; e && e < ids.ptr + ids.len; e = t + 1) {
			size_t n;

			t = memchr(e, '\n', (size_t)(ids.ptr + ids.len - e));
			n = (size_t)(t - e);
			if (!listed(&present, e, n) && partial &&
			    !listed(&absent, e, n)) {
				free(name);
				if (!(name = hdrcheck__aprintf(
				          "LICENSES/%.*s.txt", (int)n, e))) {
					error = HDRCHECK_ENOMEM;
					goto done;
				}
				if ((rc = probe_optional(src, name, &buf,
				                         &len)) < 0) {
					error = rc;
					goto done;
				}
				free(buf);
				buf = NULL;
				if ((error = id_list_add(
				         rc ? &present : &absent, e, n)) < 0)
					goto done;
			}
			if (!listed(&present, e, n) &&
			    ((missing.len && (error = hdrcheck__buf_puts(
			                          &missing, ", ")) < 0) ||
			     (error = hdrcheck__buf_put(&missing, e, n)) < 0))
				goto done;
		}
		if (!missing.len)
			continue;
		hdrcheck__buf_cstr(&missing);
		if (!(reason = hdrcheck__aprintf(HDRCHECK_REASON_NO_TEXT ": %s",
		                                 missing.ptr))) {
			error = HDRCHECK_ENOMEM;
			goto done;
		}
		free((char *)f->reason);
		f->reason = reason;
		reason = NULL;
		f->status = HDRCHECK_STATUS_OTHER_LICENSE;
	}
done:
	hdrcheck__buf_dispose(&present);
	hdrcheck__buf_dispose(&absent);
	hdrcheck__buf_dispose(&ids);
	hdrcheck__buf_dispose(&missing);
	free(buf);
	free(name);
	free(reason);
	return error;
}

int hdrcheck__check_reuse(hdrcheck_report *report, hdrcheck__source *src,
                          const hdrcheck__policy *policy, int partial,
                          int licenses_dir,
                          void (*warn)(const char *message, void *payload),
                          void *warn_payload)
{
	hdrcheck__reuse *r = NULL;
	char *buf = NULL, *name = NULL;
	size_t i, len = 0;
	int sidecars = 0, tomls = 0, error = 0, rc;

	for (i = 0; i < report->count; i++) {
		const char *p = report->findings[i].path;
		size_t n = strlen(p);

		if (hdrcheck__reuse_own_file(p))
			tomls = 1;
		else if (n > SIDECAR_EXT_LEN &&
		         memcmp(p + n - SIDECAR_EXT_LEN, sidecar_ext,
		                SIDECAR_EXT_LEN) == 0)
			sidecars = 1;
	}
	if ((error = hdrcheck__reuse_new(&r)) < 0)
		goto done;
	/* the root's REUSE.toml and dep5 even when PATH arguments leave
	 * them out of the listing, the nested ones from the listing; never
	 * one the run excludes (--exclude, a policy's skip) */
	if (excluded(report, "REUSE.toml"))
		rc = 0;
	else if ((rc = read_optional(src, "REUSE.toml", &buf, &len)) < 0) {
		error = rc;
		goto done;
	}
	if (rc &&
	    (error = hdrcheck__reuse_add_toml(r, "REUSE.toml", buf, len)) < 0)
		goto done;
	free(buf);
	buf = NULL;
	if (excluded(report, ".reuse/dep5"))
		rc = 0;
	else if ((rc = read_optional(src, ".reuse/dep5", &buf, &len)) < 0) {
		error = rc;
		goto done;
	}
	if (rc &&
	    (error = hdrcheck__reuse_add_dep5(r, ".reuse/dep5", buf, len)) < 0)
		goto done;
	free(buf);
	buf = NULL;
	for (i = 0; tomls && i < report->count; i++) {
		const char *p = report->findings[i].path;

		if (strcmp(p, "REUSE.toml") == 0 ||
		    strcmp(hdrcheck__path_basename(p), "REUSE.toml") != 0 ||
		    excluded(report, p))
			continue;
		if ((rc = read_optional(src, p, &buf, &len)) < 0) {
			error = rc;
			goto done;
		}
		if (rc &&
		    (error = hdrcheck__reuse_add_toml(r, p, buf, len)) < 0)
			goto done;
		free(buf);
		buf = NULL;
	}
	if (partial && (error = probe_tomls(r, report, src)) < 0)
		goto done;
	if (!sidecars && !hdrcheck__reuse_any(r) && !tomls && !partial)
		goto missing_texts;

	for (i = 0; i < report->count; i++) {
		hdrcheck_finding *f = &report->findings[i];
		hdrcheck__reuse_info info = {NULL, NULL};
		int have = 0;

		if (hdrcheck__reuse_own_file(f->path) ||
		    (sidecars && is_sidecar(report, f->path))) {
			if ((error = set_excluded(f)) < 0)
				goto done;
			continue;
		}
		if (sidecars || partial) {
			hdrcheck_finding *s;

			free(name);
			if (!(name = hdrcheck__aprintf("%s%s", f->path,
			                               sidecar_ext))) {
				error = HDRCHECK_ENOMEM;
				goto done;
			}
			/* a partial listing may leave the sidecar out */
			s = find(report, name, strlen(name));
			if (!s && partial)
				s = f;
			if (s &&
			    (rc = (s == f ? probe_optional : read_optional)(
			         src, name, &buf, &len)) < 0) {
				error = rc;
				goto done;
			}
			if (s && rc && buf) {
				if ((error = hdrcheck__reuse_sidecar(&info, buf,
				                                     len)) < 0)
					goto done;
				have = 1;
			}
			free(buf);
			buf = NULL;
		}
		rc = hdrcheck__reuse_apply(r, policy, f, have ? &info : NULL,
		                           name);
		hdrcheck__reuse_info_dispose(&info);
		if (rc < 0) {
			error = rc;
			goto done;
		}
	}
missing_texts:
	if (licenses_dir &&
	    (error = check_missing_texts(report, src, partial)) == 0 && warn &&
	    !partial)
		error = warn_unused(report, warn, warn_payload);
done:
	free(buf);
	free(name);
	hdrcheck__reuse_free(r);
	return error;
}

/* The license files a notice may name, looked for up the tree. */
static const char *const license_names[] = {
    "LICENSE",     "LICENSE.txt", "LICENSE.md", "LICENCE",
    "LICENCE.txt", "LICENCE.md",  "COPYING",    "COPYING.txt",
    "COPYING.md",  "License.txt", "license.txt"};

/* The identified license of the license file nearest to path among
 * the findings (explain's report); *where gets its path. NULL when
 * none. */
static const char *nearest_license(hdrcheck_report *report, const char *path,
                                   const char **where)
{
	char buf[4096];
	const char *slash = strrchr(path, '/');
	size_t dir = slash ? (size_t)(slash - path) + 1 : 0, k;

	for (;;) {
		for (k = 0; k < HDRCHECK__ARRAY_SIZE(license_names); k++) {
			size_t n = strlen(license_names[k]);
			hdrcheck_finding *f;

			if (dir + n >= sizeof(buf))
				continue;
			memcpy(buf, path, dir);
			memcpy(buf + dir, license_names[k], n);
			f = find(report, buf, dir + n);
			if (f && f->license) {
				*where = f->path;
				return f->license;
			}
		}
		if (!dir)
			return NULL;
		/* the parent directory */
		for (dir--; dir > 0 && path[dir - 1] != '/'; dir--)
			;
	}
}

/* The license files read for the references, each once. */
typedef struct {
	char *path;
	char *license; /* NULL: not identified */
} license_file;

typedef struct {
	hdrcheck__source *src;
	const hdrcheck__policy *policy;
	hdrcheck__classifier *lc;
	license_file *v;
	size_t count, cap;
} license_files;

static void license_files_dispose(license_files *lf)
{
	size_t i;

	for (i = 0; i < lf->count; i++) {
		free(lf->v[i].path);
		free(lf->v[i].license);
	}
	free(lf->v);
	hdrcheck__classifier_free(lf->lc);
}

/* The identified license of the license file path in the source, read
 * and classified as explain classifies it (never taken from the
 * report: a verdict must not depend on which files are in scope, nor
 * on whether the license file itself is excluded); NULL
 * when there is none or it names none. *where gets its path. */
static int license_file_of(const char **out, const char **where,
                           license_files *lf, const char *path)
{
	hdrcheck_finding g;
	license_file *e;
	char *buf = NULL;
	size_t i, len = 0, window = hdrcheck__classify_window();
	int rc;

	*out = NULL;
	for (i = 0; i < lf->count; i++)
		if (strcmp(lf->v[i].path, path) == 0) {
			*out = lf->v[i].license;
			*where = lf->v[i].path;
			return 0;
		}
	if (lf->count == lf->cap) {
		size_t cap = lf->cap ? lf->cap * 2 : 16;
		license_file *v = hdrcheck__realloc(lf->v, cap * sizeof(*v));

		if (!v)
			return HDRCHECK_ENOMEM;
		lf->v = v;
		lf->cap = cap;
	}
	e = &lf->v[lf->count];
	memset(e, 0, sizeof(*e));
	if (!(e->path = hdrcheck__strdup(path)))
		return HDRCHECK_ENOMEM;
	lf->count++;
	if ((rc = probe_optional(lf->src, path, &buf, &len)) <= 0 || !buf)
		return rc < 0 ? rc : 0;
	if (!lf->lc &&
	    (rc = hdrcheck__classifier_new(&lf->lc, lf->policy)) < 0) {
		free(buf);
		return rc;
	}
	/* by its content alone: an excluded license file (exclude:,
	 * --exclude, .gitattributes) still states the project's license */
	memset(&g, 0, sizeof(g));
	rc = hdrcheck__classify_content(lf->lc, path, buf,
	                                len < window ? len : window, &g);
	free(buf);
	if (rc >= 0 && g.license && !(e->license = hdrcheck__strdup(g.license)))
		rc = HDRCHECK_ENOMEM;
	hdrcheck__finding_dispose(&g);
	if (rc < 0)
		return rc;
	*out = e->license;
	*where = e->path;
	return 0;
}

/* The identified license of the license file nearest to path, up the
 * tree, in the source; *where gets its path. *out NULL when none. */
static int nearest_license_file(const char **out, const char **where,
                                license_files *lf, const char *path)
{
	char buf[4096];
	const char *slash = strrchr(path, '/');
	size_t dir = slash ? (size_t)(slash - path) + 1 : 0, k;
	int error;

	*out = NULL;
	for (;;) {
		for (k = 0; k < HDRCHECK__ARRAY_SIZE(license_names); k++) {
			size_t n = strlen(license_names[k]);

			if (dir + n >= sizeof(buf))
				continue;
			memcpy(buf, path, dir);
			memcpy(buf + dir, license_names[k], n);
			buf[dir + n] = '\0';
			if (strcmp(buf, path) == 0)
				continue;
			if ((error = license_file_of(out, where, lf, buf)) < 0)
				return error;
			if (*out)
				return 0;
		}
		if (!dir)
			return 0;
		/* the parent directory */
		for (dir--; dir > 0 && path[dir - 1] != '/'; dir--)
			;
	}
}

/* A "-style" reference takes only a license of its family. */
static int fits(const char *ref, const char *license)
{
	if (strcmp(ref, "LicenseRef-BSD-style") == 0)
		return strncmp(license, "BSD-", 4) == 0 ||
		       strcmp(license, "0BSD") == 0;
	if (strcmp(ref, "LicenseRef-MIT-style") == 0)
		return strncmp(license, "MIT", 3) == 0 ||
		       strcmp(license, "X11") == 0;
	return strncmp(license, "LicenseRef-", 11) != 0;
}

/* Does the license file at path hold several licenses? Asked once per
 * file: memo keeps "path\tN\n" lines. A file that cannot be read holds
 * one, as before. */
static int holds_several(hdrcheck__source *src, const hdrcheck__policy *policy,
                         hdrcheck_buf *memo, const char *path)
{
	size_t n = strlen(path), at = 0, len = 0;
	char *buf = NULL;
	int rc;

	while (memo->ptr && at < memo->len) {
		const char *nl = memchr(memo->ptr + at, '\n', memo->len - at);

		if ((size_t)(nl - memo->ptr) - at == n + 2 &&
		    memcmp(memo->ptr + at, path, n) == 0 &&
		    memo->ptr[at + n] == '\t')
			return memo->ptr[at + n + 1] == '1';
		at = (size_t)(nl - memo->ptr) + 1;
	}
	if (!src || (rc = read_optional(src, path, &buf, &len)) < 0) {
		if (src && rc == HDRCHECK_ENOMEM)
			return rc;
		hdrcheck__error_clear();
		rc = 0;
	} else if (rc == 1) {
		rc = hdrcheck__policy_text_several(policy, buf, len);
	}
	free(buf);
	if (rc < 0)
		return rc;
	if (hdrcheck__buf_put(memo, path, n) < 0 ||
	    hdrcheck__buf_put(memo, rc ? "\t1\n" : "\t0\n", 3) < 0)
		return HDRCHECK_ENOMEM;
	return rc;
}

int hdrcheck__check_license_refs(hdrcheck_report *report, hdrcheck__source *src,
                                 const hdrcheck__policy *policy)
{
	license_files lf;
	hdrcheck_buf memo = HDRCHECK_BUF_INIT;
	size_t i;
	int error = 0, rc;

	memset(&lf, 0, sizeof(lf));
	lf.src = src;
	lf.policy = policy;

	for (i = 0; i < report->count; i++) {
		hdrcheck_finding *f = &report->findings[i];
		const char *lic, *where = NULL;
		char *normal = NULL, *reason;
		hdrcheck_status status;

		if (!f->reason || !f->license ||
		    strcmp(f->reason, HDRCHECK__REASON_LICENSE_FILE) != 0 ||
		    (f->status != HDRCHECK_STATUS_OTHER_LICENSE &&
		     f->status != HDRCHECK_STATUS_OK))
			continue;
		if ((error = nearest_license_file(&lic, &where, &lf, f->path)) <
		    0)
			break;
		if (!lic || !fits(f->license, lic))
			continue;
		/* a license file with bundled components under other
		 * licenses (the ASF's LICENSE): no one license to take */
		if ((rc = holds_several(src, policy, &memo, where)) < 0) {
			error = rc;
			break;
		}
		if (rc) {
			if (!(reason = hdrcheck__aprintf(
			          "refers to the license file %s, which holds "
			          "several licenses",
			          where))) {
				error = HDRCHECK_ENOMEM;
				break;
			}
			free((char *)f->reason);
			f->reason = reason;
			continue;
		}
		if ((error = hdrcheck__policy_judge(policy, f->path, f->policy,
		                                    lic, &status, &normal)) < 0)
			break;
		if (status == HDRCHECK_STATUS_MISMATCH) {
			free(normal);
			continue;
		}
		/* the policy's own license, named by reference: as a short
		 * notice of it, not the header the policy asks for */
		reason = status == HDRCHECK_STATUS_OK &&
		                 f->status == HDRCHECK_STATUS_OTHER_LICENSE
		             ? hdrcheck__aprintf(
		                   "states %s by reference to %s; the policy "
		                   "requires the full %s header or an SPDX tag",
		                   normal, where, normal)
		             : hdrcheck__aprintf("the license of %s", where);
		if (!reason) {
			free(normal);
			error = HDRCHECK_ENOMEM;
			break;
		}
		if (status == HDRCHECK_STATUS_OK &&
		    f->status == HDRCHECK_STATUS_OTHER_LICENSE)
			f->status = HDRCHECK_STATUS_MISMATCH;
		free((char *)f->license);
		free((char *)f->reason);
		f->license = normal;
		f->reason = reason;
	}
	hdrcheck__buf_dispose(&memo);
	license_files_dispose(&lf);
	return error;
}

int hdrcheck__reuse_default_config(hdrcheck__config **out,
                                   hdrcheck__source *src)
{
	hdrcheck__config *c = NULL;
	char *buf = NULL;
	size_t len = 0;
	int rc;

	*out = NULL;
	if ((rc = read_optional(src, "REUSE.toml", &buf, &len)) == 0)
		rc = read_optional(src, ".reuse/dep5", &buf, &len);
	free(buf);
	if (rc <= 0)
		return rc;
	if (!(c = hdrcheck__calloc(1, sizeof(*c))) ||
	    !(c->source = hdrcheck__strdup("REUSE")) ||
	    !(c->exclude = hdrcheck__calloc(1, sizeof(char *))) ||
	    !(c->policies = hdrcheck__calloc(1, sizeof(*c->policies))))
		goto nomem;
	c->version = 1;
	c->builtin_exclusions = 1;
	c->reuse_licenses = 1;
	c->policies_count = 1;
	if (!(c->policies[0].name = hdrcheck__strdup("reuse")) ||
	    !(c->policies[0].paths = hdrcheck__calloc(2, sizeof(char *))) ||
	    !(c->policies[0].paths[0] = hdrcheck__strdup("**")) ||
	    !(c->policies[0].exclude = hdrcheck__calloc(1, sizeof(char *))))
		goto nomem;
	/* REUSE asks that every file state a license, whichever, and
	 * hdrcheck__check_reuse that its text be in LICENSES/ */
	c->policies[0].third_party = 1;
	*out = c;
	return 0;
nomem:
	hdrcheck__config_free(c);
	return HDRCHECK_ENOMEM;
}

void hdrcheck__license_origin_dispose(hdrcheck__license_origin *o)
{
	free(o->path);
	memset(o, 0, sizeof(*o));
}

/* The line of a sidecar's first SPDX-License-Identifier tag, or 0. */
static unsigned int tag_line(const char *buf, size_t len)
{
	static const char tag[] = "SPDX-License-Identifier:";
	unsigned int line = 1;
	size_t i;

	for (i = 0; i + sizeof(tag) - 1 <= len; i++) {
		if (buf[i] == '\n')
			line++;
		else if (memcmp(buf + i, tag, sizeof(tag) - 1) == 0)
			return line;
	}
	return 0;
}

/* explain: the REUSE information that covers path, as trace lines; the
 * line of the first one from the file want (a sidecar's tag, an
 * annotation, a stanza) in *line. */
static int describe_reuse(hdrcheck_buf *trace, hdrcheck__source *src,
                          const char *path, const char *want,
                          unsigned int *line, char **first)
{
	hdrcheck__reuse *r = NULL;
	hdrcheck__reuse_match *m = NULL;
	hdrcheck_report one;
	hdrcheck_finding fake;
	char *buf = NULL, *name = NULL;
	size_t len = 0, n = 0, i;
	int error = 0, rc;

	*line = 0;
	*first = NULL;
	memset(&one, 0, sizeof(one));
	memset(&fake, 0, sizeof(fake));
	fake.path = path;
	one.findings = &fake;
	one.count = 1;
	if ((error = hdrcheck__reuse_new(&r)) < 0)
		goto done;
	/* the root's files, then every REUSE.toml up the tree; one that
	 * does not parse is check's error to report, here it says nothing */
	if ((rc = probe_optional(src, "REUSE.toml", &buf, &len)) < 0) {
		error = rc;
		goto done;
	}
	if (rc && buf &&
	    (rc = hdrcheck__reuse_add_toml(r, "REUSE.toml", buf, len)) < 0 &&
	    rc == HDRCHECK_ENOMEM) {
		error = rc;
		goto done;
	}
	free(buf);
	buf = NULL;
	if ((rc = probe_optional(src, ".reuse/dep5", &buf, &len)) < 0) {
		error = rc;
		goto done;
	}
	if (rc && buf &&
	    (rc = hdrcheck__reuse_add_dep5(r, ".reuse/dep5", buf, len)) < 0 &&
	    rc == HDRCHECK_ENOMEM) {
		error = rc;
		goto done;
	}
	free(buf);
	buf = NULL;
	hdrcheck__error_clear();
	if ((error = probe_tomls(r, &one, src)) < 0 ||
	    (error = hdrcheck__reuse_describe(r, path, &m, &n)) < 0)
		goto done;
	if (!(name = hdrcheck__aprintf("%s%s", path, sidecar_ext))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	if ((rc = probe_optional(src, name, &buf, &len)) < 0) {
		error = rc;
		goto done;
	}
	if (rc && buf) {
		hdrcheck__reuse_info info;
		unsigned int at = tag_line(buf, len);

		if ((error = hdrcheck__reuse_sidecar(&info, buf, len)) < 0)
			goto done;
		if (want ? strcmp(want, name) == 0 : info.license != NULL) {
			*line = at;
			if (!want && !(*first = hdrcheck__strdup(name)))
				error = HDRCHECK_ENOMEM;
		}
		(void)hdrcheck__buf_printf(
		    trace,
		    "reuse:    %s:%u: sidecar, SPDX-License-Identifier %s\n",
		    name, at, info.license ? info.license : "(none)");
		hdrcheck__reuse_info_dispose(&info);
	}
	for (i = 0; i < n; i++) {
		if (want && !*line && strcmp(want, m[i].source) == 0)
			*line = m[i].line;
		(void)hdrcheck__buf_printf(
		    trace,
		    "reuse:    %s:%u: %s%s%s, SPDX-License-Identifier %s\n",
		    m[i].source, m[i].line,
		    m[i].precedence ? "[[annotations]] precedence \""
		                    : "Files stanza",
		    m[i].precedence ? m[i].precedence : "",
		    m[i].precedence ? "\"" : "",
		    m[i].license ? m[i].license : "(none)");
	}
	/* without a sidecar's tag: the deepest REUSE.toml's annotation,
	 * else the dep5 stanza */
	for (i = n; !want && !*first && error == 0 && i-- > 0;)
		if (m[i].license && m[i].precedence)
			break;
	if (!want && !*first && error == 0 && i >= n)
		for (i = 0; i < n && !m[i].license; i++)
			;
	if (!want && !*first && error == 0 && i < n) {
		*line = m[i].line;
		if (!(*first = hdrcheck__strdup(m[i].source)))
			error = HDRCHECK_ENOMEM;
	}
done:
	free(m);
	free(buf);
	free(name);
	hdrcheck__reuse_free(r);
	return error;
}

/* The file a REUSE verdict's reason names ("licensed by X", "X: why"),
 * malloc'd; NULL when the reason is not REUSE's. */
static char *reuse_source_of(const char *reason)
{
	const char *colon;
	size_t n;

	if (!reason)
		return NULL;
	if (strncmp(reason, "licensed by ", 12) == 0)
		return hdrcheck__strdup(reason + 12);
	if (!(colon = strstr(reason, ": ")))
		return NULL;
	n = (size_t)(colon - reason);
	if ((n > SIDECAR_EXT_LEN && memcmp(colon - SIDECAR_EXT_LEN, sidecar_ext,
	                                   SIDECAR_EXT_LEN) == 0) ||
	    (n >= 10 && memcmp(colon - 10, "REUSE.toml", 10) == 0) ||
	    (n == 11 && memcmp(reason, ".reuse/dep5", 11) == 0))
		return hdrcheck__strndup(reason, n);
	return NULL;
}

/* explain: the license files up the tree from v[0]'s directory,
 * classified with lc, added to the report. */
static int add_license_files(hdrcheck_buf *trace, hdrcheck_report *report,
                             hdrcheck__source *src, hdrcheck__classifier *lc)
{
	const char *path = report->findings[0].path;
	const char *slash = strrchr(path, '/');
	size_t dir = slash ? (size_t)(slash - path) + 1 : 0, k, len = 0;
	size_t window = hdrcheck__classify_window();
	char *buf = NULL, *p = NULL;
	int error = 0, rc;

	for (;;) {
		for (k = 0; k < HDRCHECK__ARRAY_SIZE(license_names); k++) {
			hdrcheck_finding g;

			free(p);
			if (!(p = hdrcheck__aprintf("%.*s%s", (int)dir, path,
			                            license_names[k]))) {
				error = HDRCHECK_ENOMEM;
				goto done;
			}
			if (strcmp(p, path) == 0)
				continue;
			free(buf);
			buf = NULL;
			if ((rc = probe_optional(src, p, &buf, &len)) < 0) {
				error = rc;
				goto done;
			}
			if (!rc || !buf)
				continue;
			/* by its content alone, as check reads it */
			memset(&g, 0, sizeof(g));
			rc = hdrcheck__classify_content(
			    lc, p, buf, len < window ? len : window, &g);
			if (rc < 0) {
				hdrcheck__finding_dispose(&g);
				error = rc;
				goto done;
			}
			(void)hdrcheck__buf_printf(
			    trace, "licfile:  %s: %s\n", p,
			    g.license ? g.license : "not identified");
			g.path = p;
			p = NULL;
			report->findings[report->count++] = g;
		}
		if (!dir)
			break;
		for (dir--; dir > 0 && path[dir - 1] != '/'; dir--)
			;
	}
done:
	free(p);
	free(buf);
	return error;
}

int hdrcheck__explain_outside(hdrcheck_buf *trace,
                              hdrcheck__license_origin *origin,
                              hdrcheck_finding *f, hdrcheck__source *src,
                              const hdrcheck__policy *policy,
                              hdrcheck__classifier *lc, int licenses_dir)
{
	hdrcheck_report report;
	hdrcheck_finding *me = NULL;
	char *was_reason = NULL, *from = NULL, *first = NULL;
	const char *path = f->path;
	int had_license = f->license != NULL;
	size_t cap = 1, d, i;
	unsigned int line = 0;
	int error = 0, refers;

	memset(origin, 0, sizeof(*origin));
	memset(&report, 0, sizeof(report));
	refers =
	    f->reason && strcmp(f->reason, HDRCHECK__REASON_LICENSE_FILE) == 0;
	if (f->reason && !(was_reason = hdrcheck__strdup(f->reason)))
		return HDRCHECK_ENOMEM;
	/* room for the license files of every directory up the tree */
	for (d = 0; refers && path[d]; d++)
		cap += path[d] == '/';
	if (refers)
		cap += (cap + 1) * HDRCHECK__ARRAY_SIZE(license_names);
	if (!(report.findings = hdrcheck__calloc(cap, sizeof(*f)))) {
		free(was_reason);
		return HDRCHECK_ENOMEM;
	}
	report.findings[0] = *f;
	report.count = 1;
	memset(f, 0, sizeof(*f));
	if (refers && (error = add_license_files(trace, &report, src, lc)) < 0)
		goto done;
	hdrcheck__report_finish(&report);
	if ((error = hdrcheck__check_license_refs(&report, src, policy)) < 0)
		goto done;
	for (i = 0; i < report.count; i++)
		if (report.findings[i].path == path)
			me = &report.findings[i];
	if (refers && me->reason &&
	    strcmp(me->reason, HDRCHECK__REASON_LICENSE_FILE) != 0 &&
	    strncmp(me->reason, HDRCHECK__REASON_LICENSE_FILE,
	            strlen(HDRCHECK__REASON_LICENSE_FILE)) != 0) {
		/* hdrcheck__check_license_refs took the nearest one */
		const char *where = NULL;

		(void)nearest_license(&report, path, &where);
		origin->kind = "license_file";
		if (where && !(origin->path = hdrcheck__strdup(where))) {
			error = HDRCHECK_ENOMEM;
			goto done;
		}
	}
	/* REUSE first, the missing texts after: their reason would hide
	 * which REUSE file gave the license */
	if ((error = hdrcheck__check_reuse(&report, src, policy, 1, 0, NULL,
	                                   NULL)) < 0)
		goto done;
	if (me->reason && (!was_reason || strcmp(me->reason, was_reason)) &&
	    (from = reuse_source_of(me->reason)) != NULL) {
		size_t n = strlen(from);

		hdrcheck__license_origin_dispose(origin);
		origin->kind =
		    n > SIDECAR_EXT_LEN &&
		            strcmp(from + n - SIDECAR_EXT_LEN, sidecar_ext) == 0
		        ? "reuse_sidecar"
		    : strcmp(hdrcheck__path_basename(from), "REUSE.toml") == 0
		        ? "reuse_toml"
		        : "reuse_dep5";
		origin->path = from;
		from = NULL;
	}
	if ((error = describe_reuse(trace, src, path,
	                            origin->kind ? origin->path : NULL, &line,
	                            &first)) < 0)
		goto done;
	if (origin->kind && strncmp(origin->kind, "reuse", 5) == 0)
		origin->line = line;
	/* a skipped file (binary) whose license REUSE alone gives */
	if (!origin->kind && first && me->license && !had_license) {
		size_t n = strlen(first);

		origin->kind =
		    n > SIDECAR_EXT_LEN && strcmp(first + n - SIDECAR_EXT_LEN,
		                                  sidecar_ext) == 0
		        ? "reuse_sidecar"
		    : strcmp(hdrcheck__path_basename(first), "REUSE.toml") == 0
		        ? "reuse_toml"
		        : "reuse_dep5";
		origin->path = first;
		origin->line = line;
		first = NULL;
	}
	if (licenses_dir)
		error = check_missing_texts(&report, src, 1);
done:
	/* the file's finding back to the caller, the others disposed */
	for (i = 0; i < report.count; i++) {
		if (report.findings[i].path == path)
			*f = report.findings[i];
		else
			hdrcheck__finding_dispose(&report.findings[i]);
	}
	free(report.findings);
	free(from);
	free(first);
	free(was_reason);
	return error;
}
