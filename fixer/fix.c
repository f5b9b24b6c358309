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
 * hdrcheck_fix(): check the tree (the scanner and the policies do the
 * enumeration and the verdicts, exactly as for `check`), then, one file at
 * a time, re-read each `missing` or `mismatch` file whole, plan its fix
 * from the same classification, build the new content, classify that
 * again (a fix that check would not accept is never written), and write
 * it (write.c) or describe it (diff.c).
 */

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "fixer/fixer.h"
#include "policies/config.h"
#include "scanner/scanner.h"

struct hdrcheck_fix_result {
	hdrcheck_fix_entry *entries; /* paths and reasons owned */
	size_t count;
	size_t cap;
	size_t fixed;
	size_t not_fixable;
	hdrcheck_buf diff;
};

const char *hdrcheck_fix_action_name(hdrcheck_fix_action a)
{
	switch (a) {
	case HDRCHECK_FIX_INSERTED:
		return "inserted";
	case HDRCHECK_FIX_REPLACED:
		return "replaced";
	case HDRCHECK_FIX_NOT_FIXABLE:
		return "not_fixable";
	}
	return "unknown";
}

void hdrcheck_fix_result_free(hdrcheck_fix_result *r)
{
	size_t i;

	if (!r)
		return;
	for (i = 0; i < r->count; i++) {
		free((char *)r->entries[i].path);
		free((char *)r->entries[i].reason);
	}
	free(r->entries);
	hdrcheck__buf_dispose(&r->diff);
	free(r);
}

size_t hdrcheck_fix_result_count(const hdrcheck_fix_result *r)
{
	return r ? r->count : 0;
}

const hdrcheck_fix_entry *hdrcheck_fix_result_get(const hdrcheck_fix_result *r,
                                                  size_t i)
{
	return r && i < r->count ? &r->entries[i] : NULL;
}

size_t hdrcheck_fix_result_fixed(const hdrcheck_fix_result *r)
{
	return r ? r->fixed : 0;
}

size_t hdrcheck_fix_result_not_fixable(const hdrcheck_fix_result *r)
{
	return r ? r->not_fixable : 0;
}

const char *hdrcheck_fix_result_diff(const hdrcheck_fix_result *r, size_t *len)
{
	if (len)
		*len = r && r->diff.ptr ? r->diff.len : 0;
	return r && r->diff.ptr ? r->diff.ptr : "";
}

/* Add an entry; reason is taken over (freed on failure too). */
static int add_entry(hdrcheck_fix_result *r, const char *path,
                     hdrcheck_fix_action action, hdrcheck_status status,
                     char *reason)
{
	hdrcheck_fix_entry *e;
	char *p = NULL;

	if (r->count == r->cap) {
		size_t cap = r->cap ? r->cap * 2 : 16;

		if (!(e = hdrcheck__realloc(r->entries, cap * sizeof(*e)))) {
			free(reason);
			return HDRCHECK_ENOMEM;
		}
		r->entries = e;
		r->cap = cap;
	}
	if (!(p = hdrcheck__strdup(path))) {
		free(reason);
		return HDRCHECK_ENOMEM;
	}
	e = &r->entries[r->count++];
	e->path = p;
	e->action = action;
	e->status = status;
	e->reason = reason;
	if (action == HDRCHECK_FIX_NOT_FIXABLE)
		r->not_fixable++;
	else
		r->fixed++;
	return 0;
}

/* The file's line ending: that of its first line; LF when it has none. */
static const char *file_eol(const char *buf, size_t len)
{
	const char *nl = memchr(buf, '\n', len);

	return nl && nl > buf && nl[-1] == '\r' ? "\r\n" : "\n";
}

/* Is offset at at the start of a line? A BOM is not a line of its own. */
static int at_line_start(const char *buf, size_t at)
{
	return at == 0 || buf[at - 1] == '\n' ||
	       (at == 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0);
}

/* Does s start with a blank line (only blanks, then a line end or the
 * end)? */
static int starts_blank(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r'))
		i++;
	return i == n || s[i] == '\n';
}

/* A header inserted at the plan's insertion point. */
static int compose_insert(hdrcheck_buf *out, const hdrcheck__fix_plan *p,
                          const hdrcheck__fix_style *style, const char *text,
                          size_t text_len, const char *buf, size_t len,
                          const char **why)
{
	const char *eol = file_eol(buf, len);
	size_t at = p->insert_at;
	int final_eol = at < len || buf[len - 1] == '\n';
	int error;

	if ((error = hdrcheck__buf_put(out, buf, at)) < 0 ||
	    (!at_line_start(buf, at) &&
	     (error = hdrcheck__buf_puts(out, eol)) < 0) ||
	    (p->blank_before && (error = hdrcheck__buf_puts(out, eol)) < 0))
		return error;
	if ((error = hdrcheck__fix_render(out, style, text, text_len, eol,
	                                  final_eol, why)) != 0)
		return error;
	if (at < len && !starts_blank(buf + at, len - at) &&
	    (error = hdrcheck__buf_puts(out, eol)) < 0)
		return error;
	return hdrcheck__buf_put(out, buf + at, len - at);
}

static int put_line_text(hdrcheck_buf *out, const hdrcheck__plan_line *l,
                         const char *buf)
{
	if (l->kind == HDRCHECK__PLAN_BLANK)
		return 0;
	return hdrcheck__buf_put(out, buf + l->off, l->len);
}

/*
 * Append the kept lines idx[0..n) of the block, without blank lines at
 * either end and with runs of blank lines made one. *any: 1 when a line
 * was written; *last: the kind of the last one.
 */
static int put_kept(hdrcheck_buf *out, const hdrcheck__fix_plan *p,
                    const size_t *idx, size_t n, const char *buf, int *any,
                    hdrcheck__plan_line_kind *last)
{
	size_t i, blanks = 0;
	int error = 0;

	*any = 0;
	*last = HDRCHECK__PLAN_BLANK;
	for (i = 0; i < n && error >= 0; i++) {
		const hdrcheck__plan_line *l = &p->lines[idx[i]];

		if (l->kind == HDRCHECK__PLAN_BLANK) {
			blanks += *any;
			continue;
		}
		if (*any)
			error = hdrcheck__buf_puts(out, blanks ? "\n\n" : "\n");
		if (error >= 0)
			error = put_line_text(out, l, buf);
		blanks = 0;
		*any = 1;
		*last = l->kind;
	}
	return error;
}

/*
 * The text of the rewritten block: the lines before the license text
 * (a description, the copyright lines, an SPDX tag: kept, with the
 * copyright and SPDX lines from inside the old text), the new header, and
 * the lines after it (with any other line from inside the old text).
 * Without license text in the block, it splits after the last copyright
 * or SPDX line.
 */
static int compose_block_text(hdrcheck_buf *out, const hdrcheck__fix_plan *p,
                              const char *header, size_t header_len,
                              const char *buf)
{
	size_t n = p->lines_count, first = SIZE_MAX, last = 0, i;
	size_t *pre = NULL, *post = NULL, npre = 0, npost = 0;
	hdrcheck__plan_line_kind kind;
	int error = 0, any_pre = 0, any_post = 0, notices;

	if (!(pre = hdrcheck__calloc(n + 1, sizeof(size_t))) ||
	    !(post = hdrcheck__calloc(n + 1, sizeof(size_t)))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	for (i = 0; i < n; i++)
		if (p->lines[i].kind == HDRCHECK__PLAN_LICENSE) {
			if (first == SIZE_MAX)
				first = i;
			last = i;
		}
	if (first == SIZE_MAX) {
		first = 0;
		for (i = 0; i < n; i++)
			if (p->lines[i].kind == HDRCHECK__PLAN_COPYRIGHT ||
			    p->lines[i].kind == HDRCHECK__PLAN_SPDX)
				first = i + 1;
		last = first ? first - 1 : 0;
		if (!first)
			last = SIZE_MAX; /* nothing in the middle */
	}
	for (i = 0; i < first && i < n; i++)
		pre[npre++] = i;
	for (i = first; last != SIZE_MAX && i <= last && i < n; i++)
		if (p->lines[i].kind == HDRCHECK__PLAN_COPYRIGHT ||
		    p->lines[i].kind == HDRCHECK__PLAN_SPDX)
			pre[npre++] = i;
	for (i = first; last != SIZE_MAX && i <= last && i < n; i++)
		if (p->lines[i].kind == HDRCHECK__PLAN_OTHER)
			post[npost++] = i;
	for (i = last == SIZE_MAX ? 0 : last + 1; i < n; i++)
		post[npost++] = i;

	if ((error = put_kept(out, p, pre, npre, buf, &any_pre, &kind)) < 0)
		goto done;
	/* copyright and SPDX lines stay together: a kept one right above
	 * the policy's own */
	notices =
	    (kind == HDRCHECK__PLAN_COPYRIGHT || kind == HDRCHECK__PLAN_SPDX) &&
	    (strncmp(header, "Copyright ", 10) == 0 ||
	     strncmp(header, "SPDX-License-Identifier:", 24) == 0);
	if ((any_pre &&
	     (error = hdrcheck__buf_puts(out, notices ? "\n" : "\n\n")) < 0) ||
	    (error = hdrcheck__buf_put(out, header, header_len)) < 0)
		goto done;
	{
		hdrcheck_buf tail = HDRCHECK_BUF_INIT;

		error = put_kept(&tail, p, post, npost, buf, &any_post, &kind);
		if (error >= 0 && any_post &&
		    (error = hdrcheck__buf_puts(out, "\n\n")) >= 0)
			error = hdrcheck__buf_put(out, tail.ptr, tail.len);
		hdrcheck__buf_dispose(&tail);
	}
done:
	free(pre);
	free(post);
	return error;
}

/* The plan's block rewritten in its own comment syntax. */
static int compose_block(hdrcheck_buf *out, const hdrcheck__fix_plan *p,
                         const char *header, size_t header_len, const char *buf,
                         size_t len, const char **why)
{
	hdrcheck__fix_style style;
	hdrcheck_buf text = HDRCHECK_BUF_INIT;
	const char *eol = file_eol(buf, len);
	size_t s = p->block_start, e = p->block_end;
	int error;

	style.line = p->block_line;
	style.open = p->block_open;
	style.close = p->block_close;
	if ((error = compose_block_text(&text, p, header, header_len, buf)) <
	        0 ||
	    (error = hdrcheck__buf_put(out, buf, s)) < 0 ||
	    (!at_line_start(buf, s) &&
	     (error = hdrcheck__buf_puts(out, eol)) < 0) ||
	    (error = hdrcheck__fix_render(out, &style, text.ptr ? text.ptr : "",
	                                  text.len, eol,
	                                  e && buf[e - 1] == '\n', why)) != 0)
		goto done;
	/* a header made from a lone copyright line is set off from the
	 * code, as an inserted one is; a replaced one keeps its layout */
	if (p->finding.status == HDRCHECK_STATUS_MISSING && e < len &&
	    !starts_blank(buf + e, len - e) &&
	    (error = hdrcheck__buf_puts(out, eol)) < 0)
		goto done;
	error = hdrcheck__buf_put(out, buf + e, len - e);
done:
	hdrcheck__buf_dispose(&text);
	return error;
}

static int block_has(const hdrcheck__fix_plan *p, hdrcheck__plan_line_kind kind)
{
	size_t i;

	for (i = 0; i < p->lines_count; i++)
		if (p->lines[i].kind == kind)
			return 1;
	return 0;
}

typedef enum { TRY_BLOCK, TRY_INSERT } try_kind;

/* Build one candidate; 0 (out holds it), 1 with *why, or < 0. */
static int candidate(hdrcheck_buf *out, try_kind kind, int with_copyright,
                     const hdrcheck__fix_plan *p, const char *buf, size_t len,
                     int year, const char **why)
{
	hdrcheck_buf header = HDRCHECK_BUF_INIT;
	hdrcheck__fix_style style;
	hdrcheck__fix_facts facts = p->facts;
	int error;

	/* an SPDX tag kept from the block serves for the new text too */
	if (kind == TRY_BLOCK && block_has(p, HDRCHECK__PLAN_SPDX) &&
	    facts.spdx == HDRCHECK__SPDX_REQUIRE)
		facts.spdx = HDRCHECK__SPDX_ACCEPT;
	hdrcheck__buf_clear(out);
	if ((error = hdrcheck__fix_header_text(&header, &facts, year,
	                                       with_copyright, why)) != 0)
		goto done;
	if (kind == TRY_BLOCK) {
		error = compose_block(out, p, header.ptr ? header.ptr : "",
		                      header.len, buf, len, why);
	} else if (hdrcheck__fix_style_for(&style, p->facts.lang)) {
		*why = "the file's type has no comment syntax";
		error = 1;
	} else {
		error =
		    compose_insert(out, p, &style, header.ptr ? header.ptr : "",
		                   header.len, buf, len, why);
	}
done:
	hdrcheck__buf_dispose(&header);
	return error;
}

int hdrcheck__fix_content(hdrcheck_buf *out, hdrcheck_fix_action *action,
                          char **why, hdrcheck__classifier *c, const char *path,
                          const char *policy, const hdrcheck__fix_plan *p,
                          const char *buf, size_t len, int year)
{
	struct {
		try_kind kind;
		int with_copyright;
	} tries[4];
	size_t ntries = 0, i;
	const char *problem = NULL;
	char *verdict = NULL;
	int error = 0, copyright_kept;

	*why = NULL;
	if (p->finding.status == HDRCHECK_STATUS_MISMATCH &&
	    (!p->has_block || p->block_problem)) {
		problem = p->block_problem ? p->block_problem
		                           : "cannot find the damaged header";
		goto unfixable;
	}
	if (!p->has_block && p->block_problem) {
		problem = p->block_problem;
		goto unfixable;
	}
	if (p->notice) {
		/* a statement check did not take for the policy's header:
		 * another license or holder, or a header it could not see */
		int cut = p->notice_len > 72;

		*why = hdrcheck__aprintf("line %u %s: \"%.*s%s\"",
		                         p->notice_line, p->notice,
		                         (int)(cut ? 69 : p->notice_len),
		                         buf + p->notice_off, cut ? "..." : "");
		return *why ? 1 : HDRCHECK_ENOMEM;
	}
	if (p->syntax_problem && p->finding.status == HDRCHECK_STATUS_MISSING) {
		problem = p->syntax_problem;
		goto unfixable;
	}
	/* a copyright line already there stays the only one, unless the
	 * file comes out right only with the policy's */
	copyright_kept =
	    p->copyright_in_run || block_has(p, HDRCHECK__PLAN_COPYRIGHT);
	if (p->has_block && !p->block_problem) {
		tries[ntries].kind = TRY_BLOCK;
		tries[ntries++].with_copyright = !copyright_kept;
		if (copyright_kept) {
			tries[ntries].kind = TRY_BLOCK;
			tries[ntries++].with_copyright = 1;
		}
	}
	if (p->finding.status == HDRCHECK_STATUS_MISSING) {
		tries[ntries].kind = TRY_INSERT;
		tries[ntries++].with_copyright = !copyright_kept;
		if (copyright_kept) {
			tries[ntries].kind = TRY_INSERT;
			tries[ntries++].with_copyright = 1;
		}
	}
	for (i = 0; i < ntries; i++) {
		hdrcheck_finding f = {0};

		if ((error =
		         candidate(out, tries[i].kind, tries[i].with_copyright,
		                   p, buf, len, year, &problem)) < 0)
			goto done;
		if (error == 1)
			continue;
		if ((error = hdrcheck__classify_as(c, path, policy, out->ptr,
		                                   out->len, &f)) < 0) {
			hdrcheck__finding_dispose(&f);
			goto done;
		}
		if (f.status == HDRCHECK_STATUS_OK) {
			hdrcheck__finding_dispose(&f);
			free(verdict);
			*action = p->finding.status == HDRCHECK_STATUS_MISSING
			              ? HDRCHECK_FIX_INSERTED
			              : HDRCHECK_FIX_REPLACED;
			return 0;
		}
		/* remember why the last candidate was refused */
		free(verdict);
		verdict = hdrcheck__aprintf(
		    "a fixed file would still be %s%s%s",
		    hdrcheck_status_name(f.status), f.reason ? ": " : "",
		    f.reason ? f.reason : "");
		hdrcheck__finding_dispose(&f);
		if (!verdict) {
			error = HDRCHECK_ENOMEM;
			goto done;
		}
		problem = NULL;
	}
	if (verdict && !problem) {
		*why = verdict;
		verdict = NULL;
		error = 1;
		goto done;
	}
unfixable:
	*why = hdrcheck__strdup(problem ? problem : "cannot be fixed");
	error = *why ? 1 : HDRCHECK_ENOMEM;
done:
	free(verdict);
	return error;
}

/* The state of one run. */
typedef struct {
	const hdrcheck_fix_options *opts;
	hdrcheck__classifier *c;
	int root_fd;
	hdrcheck_fix_result *result;
	hdrcheck__fix_hook hook;
	void *payload;
} run;

static int fix_one(run *r, const hdrcheck_finding *finding, int year)
{
	hdrcheck__fix_file file = HDRCHECK__FIX_FILE_INIT;
	hdrcheck__fix_plan plan;
	hdrcheck_buf content = HDRCHECK_BUF_INIT;
	hdrcheck_fix_action action = HDRCHECK_FIX_INSERTED;
	hdrcheck_status status = finding->status;
	char *why = NULL;
	int error;

	memset(&plan, 0, sizeof(plan));
	if ((error = hdrcheck__fix_file_open(&file, r->root_fd, finding->path,
	                                     &why)) != 0)
		goto done;
	if ((error =
	         hdrcheck__classify_plan(r->c, finding->path, finding->policy,
	                                 file.data, file.len, &plan)) < 0)
		goto done;
	if (plan.finding.status == HDRCHECK_STATUS_OK)
		goto done; /* fixed since the check: nothing to do */
	if (plan.finding.status != HDRCHECK_STATUS_MISSING &&
	    plan.finding.status != HDRCHECK_STATUS_MISMATCH) {
		why = hdrcheck__aprintf(
		    "changed since the check: now %s",
		    hdrcheck_status_name(plan.finding.status));
		error = why ? 1 : HDRCHECK_ENOMEM;
		goto done;
	}
	status = plan.finding.status;
	if ((error = hdrcheck__fix_content(
	         &content, &action, &why, r->c, finding->path, finding->policy,
	         &plan, file.data, file.len, year)) != 0)
		goto done;
	if (!hdrcheck__fix_file_writable(&file)) {
		error = (why = hdrcheck__strdup("read-only file"))
		            ? 1
		            : HDRCHECK_ENOMEM;
		goto done;
	}
	if (r->opts->dry_run)
		error = hdrcheck__fix_diff(&r->result->diff, finding->path,
		                           file.data, file.len, content.ptr,
		                           content.len);
	else
		error = hdrcheck__fix_file_replace(
		    &file, content.ptr, content.len, r->hook, r->payload, &why);
	if (error == 0)
		error =
		    add_entry(r->result, finding->path, action, status, NULL);
done:
	if (error == 1) {
		error = add_entry(r->result, finding->path,
		                  HDRCHECK_FIX_NOT_FIXABLE, status, why);
		why = NULL;
	}
	free(why);
	hdrcheck__buf_dispose(&content);
	hdrcheck__fix_plan_dispose(&plan);
	hdrcheck__fix_file_close(&file);
	return error;
}

static int current_year(void)
{
	time_t now = time(NULL);
	struct tm tm;

	return localtime_r(&now, &tm) ? tm.tm_year + 1900 : 1970;
}

/* Is path one of the PATH arguments (a file named on its own)? */
static int named(char **paths, size_t count, const char *path)
{
	size_t i;

	for (i = 0; paths && i < count; i++)
		if (strcmp(paths[i], path) == 0)
			return 1;
	return 0;
}

/* Verdicts fix leaves as they are: each one an entry with its reason. */
static int left_alone(hdrcheck_fix_result *res, const hdrcheck_finding *f,
                      char **paths, size_t paths_count)
{
	char *why = NULL;

	switch (f->status) {
	case HDRCHECK_STATUS_OTHER_LICENSE:
		why = hdrcheck__aprintf("another license (%s)",
		                        f->license ? f->license : "unknown");
		break;
	case HDRCHECK_STATUS_ERROR:
		why = hdrcheck__aprintf("%s",
		                        f->reason ? f->reason : "not readable");
		break;
	case HDRCHECK_STATUS_SKIPPED:
		/* asked for by name, but the type cannot hold a comment */
		if (!f->reason ||
		    strcmp(f->reason, HDRCHECK_SKIP_UNSUPPORTED_TYPE) != 0 ||
		    !named(paths, paths_count, f->path))
			return 0;
		why = f->language ? hdrcheck__aprintf("%s files cannot hold a "
		                                      "comment",
		                                      f->language)
		                  : hdrcheck__strdup("unknown file type");
		break;
	default:
		return 0;
	}
	if (!why)
		return HDRCHECK_ENOMEM;
	return add_entry(res, f->path, HDRCHECK_FIX_NOT_FIXABLE, f->status,
	                 why);
}

static int compare_strings(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/*
 * Before writing: remove what a killed fix left (see
 * hdrcheck__fix_sweep) in the directories of the files to fix and of
 * findings named like a leftover, each directory once.
 */
static int sweep(int root_fd, const hdrcheck_report *report, const char **todo,
                 size_t ntodo)
{
	size_t i, k, n = hdrcheck_report_count(report), ndirs = 0;
	char **dirs = NULL;
	int error = 0;

	if (!(dirs = hdrcheck__calloc(ntodo + n + 1, sizeof(*dirs))))
		return HDRCHECK_ENOMEM;
	for (i = 0; i < ntodo + n; i++) {
		const char *path, *slash, *base;
		long pid;

		if (i < ntodo) {
			path = todo[i];
		} else {
			path = hdrcheck_report_get(report, i - ntodo)->path;
			base = strrchr(path, '/');
			if (!hdrcheck__fix_temp_name(base ? base + 1 : path,
			                             &pid))
				continue;
		}
		slash = strrchr(path, '/');
		if (!(dirs[ndirs] = hdrcheck__strndup(
		          path, slash ? (size_t)(slash - path) : 0))) {
			error = HDRCHECK_ENOMEM;
			goto done;
		}
		ndirs++;
	}
	qsort(dirs, ndirs, sizeof(*dirs), compare_strings);
	for (i = 0; i < ndirs && error >= 0; i = k) {
		error = hdrcheck__fix_sweep(root_fd, dirs[i], NULL);
		for (k = i + 1; k < ndirs && !strcmp(dirs[k], dirs[i]); k++)
			;
	}
done:
	for (i = 0; i < ndirs; i++)
		free(dirs[i]);
	free(dirs);
	return error;
}

int hdrcheck__fix_run(hdrcheck_fix_result **out,
                      const hdrcheck_fix_options *opts, hdrcheck__fix_hook hook,
                      void *payload)
{
	hdrcheck_fix_options fdefaults = HDRCHECK_FIX_OPTIONS_INIT;
	hdrcheck_check_options cdefaults = HDRCHECK_CHECK_OPTIONS_INIT;
	hdrcheck_check_options prep = HDRCHECK_CHECK_OPTIONS_INIT;
	const hdrcheck_check_options *copts;
	hdrcheck_report *report = NULL;
	hdrcheck__config *config = NULL;
	hdrcheck__policy *policy = NULL;
	hdrcheck_fix_result *res = NULL;
	char **paths = NULL;
	const char **todo = NULL;
	int *years = NULL;
	size_t i, n, ntodo = 0;
	run r;
	int error = 0, year;

	memset(&r, 0, sizeof(r));
	r.root_fd = -1;
	hdrcheck__error_clear();
	if (!opts)
		opts = &fdefaults;
	if (opts->version == 0 || opts->version > HDRCHECK_FIX_OPTIONS_VERSION)
		return hdrcheck__error_set(HDRCHECK_EINVAL,
		                           "unsupported options version %u",
		                           opts->version);
	copts = opts->check ? opts->check : &cdefaults;
	/* fix writes the work tree, and only its own repository's files */
	if (copts->version >= 4 &&
	    (copts->rev || copts->staged || copts->include_submodules))
		return hdrcheck__error_set(
		    HDRCHECK_EINVAL, "fix works on the work tree: %s",
		    copts->rev      ? "a revision cannot be fixed"
		    : copts->staged ? "it does not fix the index"
		                    : "it does not write into submodules");
	if ((error = hdrcheck_check(&report, copts)) < 0)
		goto done;

	/* the same policy again, for the plans; check already gave the
	 * configuration's warnings */
	prep.dir = copts->dir;
	prep.paths = copts->paths;
	prep.paths_count = copts->paths_count;
	prep.excludes = copts->excludes;
	prep.excludes_count = copts->excludes_count;
	if (copts->version >= 3) {
		prep.config = copts->config;
		prep.no_config = copts->no_config;
	}
	if ((error = hdrcheck__check_prepare(&config, &policy, &paths, &prep)) <
	        0 ||
	    (error = hdrcheck__classifier_new(&r.c, policy)) < 0)
		goto done;
	if (!(res = hdrcheck__calloc(1, sizeof(*res)))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	r.opts = opts;
	r.result = res;
	r.hook = hook;
	r.payload = payload;
	r.root_fd = open(hdrcheck_report_root(report),
	                 O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (r.root_fd < 0) {
		error = hdrcheck__error_set(HDRCHECK_EIO, "%s: cannot open",
		                            hdrcheck_report_root(report));
		goto done;
	}

	n = hdrcheck_report_count(report);
	if (n && !(todo = hdrcheck__calloc(n, sizeof(*todo)))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	for (i = 0; i < n; i++) {
		const hdrcheck_finding *f = hdrcheck_report_get(report, i);

		if (f->status == HDRCHECK_STATUS_MISSING ||
		    f->status == HDRCHECK_STATUS_MISMATCH)
			todo[ntodo++] = f->path;
	}
	if (!opts->dry_run &&
	    (error = sweep(r.root_fd, report, todo, ntodo)) < 0)
		goto done;
	/* one walk of the history for every file to fix */
	if (ntodo && !(years = hdrcheck__calloc(ntodo, sizeof(int)))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	if (ntodo && opts->year_from_git &&
	    (error = hdrcheck__history_years(
	         years, hdrcheck_report_root(report), todo, ntodo)) < 0)
		goto done;

	year = opts->year ? opts->year : current_year();
	for (i = 0, ntodo = 0; i < n; i++) {
		const hdrcheck_finding *f = hdrcheck_report_get(report, i);

		if (f->status == HDRCHECK_STATUS_MISSING ||
		    f->status == HDRCHECK_STATUS_MISMATCH) {
			int y = years[ntodo++];

			error = fix_one(&r, f, y ? y : year);
		} else {
			error = left_alone(res, f, paths, copts->paths_count);
		}
		if (error < 0)
			goto done;
	}
	*out = res;
	res = NULL;
done:
	if (r.root_fd >= 0)
		close(r.root_fd);
	hdrcheck_fix_result_free(res);
	free(years);
	free(todo);
	if (paths)
		for (i = 0; i < copts->paths_count; i++)
			free(paths[i]);
	free(paths);
	hdrcheck__classifier_free(r.c);
	hdrcheck__policy_free(policy);
	hdrcheck__config_free(config);
	hdrcheck_report_free(report);
	return error;
}

int hdrcheck_fix(hdrcheck_fix_result **out, const hdrcheck_fix_options *opts)
{
	return hdrcheck__fix_run(out, opts, NULL, NULL);
}
