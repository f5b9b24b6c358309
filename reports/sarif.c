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
 * SARIF 2.1.0 for GitHub code scanning: the structure the specification
 * requires and the properties GitHub reads, nothing more.
 *
 *   {"$schema", "version": "2.1.0", "runs": [{
 *     "tool": {"driver": {name, version, semanticVersion, rules: [...]}},
 *     "automationDetails": {"id": "hdrcheck/"},
 *     "originalUriBaseIds": {"%SRCROOT%": {"uri": "file:///root/"}},
 *     "results": [{ruleId, ruleIndex, level, message, locations,
 *                  partialFingerprints}, ...]}]}
 *
 * One rule per status that can be a violation (ids are the status names).
 * A result per file whose status fails the run (level "error"), and per
 * file with a status that is a violation by default but not under this
 * --fail-on (level "warning"). As in the JSON report, the envelope is
 * written by hand and each rule and result is one jansson object on one
 * line, streamed.
 *
 * With a baseline, results say "baselineState" ("unchanged": accepted by
 * the baseline, level "note"; "new"); a waived file's result carries an
 * accepted external suppression with the waiver's reason. GitHub takes at
 * most 25,000 results a run: past that, the first ones and one result of
 * the rule "truncated" that says how many were left out.
 */

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "common.h"
#include "reports/json.h"
#include "reports/reports.h"

#define SARIF_SCHEMA "https://json.schemastore.org/sarif-2.1.0.json"
#define SRCROOT      "%SRCROOT%"
/* GitHub code scanning's limit of results per run */
#define SARIF_MAX_RESULTS 25000
#ifndef HDRCHECK_HOMEPAGE_URL
#define HDRCHECK_HOMEPAGE_URL "https://github.com/OWNER/hdrcheck"
#endif

typedef struct {
	hdrcheck_status status;
	const char *name; /* PascalCase, as GitHub lists rules */
	const char *short_text;
	const char *full_text;
	const char *help_text;
	const char *help_markdown;
	const char *severity; /* properties.problem.severity */
} rule;

/* The rules, in ruleIndex order. %s is the policy's license. */
static const rule rules[] = {
    {HDRCHECK_STATUS_MISSING, "MissingLicenseHeader",
     "File has no license header",
     "The file has no license header in its first lines, where the "
     "policy requires the %s header.",
     "Add the %s license header at the top of the file (after a shebang, "
     "an XML declaration or other preamble the language needs), or run "
     "\"hdrcheck fix\" on the file.",
     "Add the **%s** license header at the top of the file (after a "
     "shebang, an XML declaration or other preamble the language needs), "
     "or run `hdrcheck fix PATH`.",
     "error"},
    {HDRCHECK_STATUS_MISMATCH, "LicenseHeaderMismatch",
     "License header differs from the accepted text",
     "The file has a header for the %s license whose wording differs "
     "from every accepted form: a sentence is missing, a word was changed "
     "or the text is truncated.",
     "Replace the damaged header with the exact %s header text; the "
     "result message names the first difference. \"hdrcheck fix\" "
     "replaces it in place.",
     "Replace the damaged header with the exact **%s** header text; the "
     "result message names the first difference. `hdrcheck fix PATH` "
     "replaces it in place.",
     "error"},
    {HDRCHECK_STATUS_OTHER_LICENSE, "OtherLicense",
     "Header names another license",
     "The file's header names a license other than the %s license the "
     "policy requires.",
     "If the file is third-party code under another license, exclude it "
     "or give its path a policy for that license; otherwise relicense it "
     "under %s and replace the header.",
     "If the file is third-party code under another license, exclude it "
     "(`--exclude`, or a policy with `third_party: true` in "
     "`.hdrcheck.yaml`); otherwise relicense it under **%s** and replace "
     "the header.",
     "warning"},
    {HDRCHECK_STATUS_ERROR, "UnreadableFile", "File could not be checked",
     "hdrcheck could not read or classify the file (%s policy); the "
     "result message gives the system's reason.",
     "Check the file's permissions and that it still exists; the message "
     "says what failed.",
     "Check the file's permissions and that it still exists; the message "
     "says what failed.",
     "error"},
    {HDRCHECK_STATUS_SKIPPED, "SkippedFile", "File was not checked",
     "The file was skipped (binary, generated, excluded, unsupported "
     "type, ...) while the run counts skipped files as violations of the "
     "%s policy.",
     "Skipped files fail this run because --fail-on includes \"skipped\"; "
     "add a header where possible or exclude the file.",
     "Skipped files fail this run because `--fail-on` includes "
     "`skipped`; add a header where possible or exclude the file.",
     "warning"},
};

static int rule_index(hdrcheck_status status)
{
	size_t i;

	for (i = 0; i < HDRCHECK__ARRAY_SIZE(rules); i++)
		if (rules[i].status == status)
			return (int)i;
	return -1;
}

/* fmt with each "%s" replaced by arg; malloc'd, NULL when out of memory
 * (the texts are constants, but not literals a printf could check). */
static char *subst(const char *fmt, const char *arg)
{
	hdrcheck_buf b = HDRCHECK_BUF_INIT;
	const char *p;

	while ((p = strstr(fmt, "%s")) != NULL) {
		if (hdrcheck__buf_put(&b, fmt, (size_t)(p - fmt)) < 0 ||
		    hdrcheck__buf_puts(&b, arg) < 0)
			goto fail;
		fmt = p + 2;
	}
	if (hdrcheck__buf_puts(&b, fmt) < 0)
		goto fail;
	return b.ptr;
fail:
	hdrcheck__buf_dispose(&b);
	return NULL;
}

/* {"text": text, "markdown": markdown} with "%s" replaced by arg. */
static int text_object(json_t **out, const char *fmt, const char *arg,
                       const char *markdown)
{
	json_t *obj = NULL;
	char *text = NULL, *md = NULL;
	int error;

	if (!(text = subst(fmt, arg)) ||
	    (markdown && !(md = subst(markdown, arg)))) {
		error = hdrcheck__json_nomem();
		goto done;
	}
	if ((error = hdrcheck__json_object(&obj)) < 0 ||
	    (error = hdrcheck__json_set_string(obj, "text", text)) < 0 ||
	    (md &&
	     (error = hdrcheck__json_set_string(obj, "markdown", md)) < 0))
		goto done;
	*out = obj;
	obj = NULL;

done:
	free(text);
	free(md);
	json_decref(obj);
	return error;
}

static int rule_object(json_t **out, const rule *ru, const char *license)
{
	json_t *obj = NULL, *v = NULL, *props = NULL, *tags = NULL;
	int error;

	if ((error = hdrcheck__json_object(&obj)) < 0 ||
	    (error = hdrcheck__json_set_string(
	         obj, "id", hdrcheck_status_name(ru->status))) < 0 ||
	    (error = hdrcheck__json_set_string(obj, "name", ru->name)) < 0 ||
	    (error = text_object(&v, ru->short_text, license, NULL)) < 0 ||
	    (error = hdrcheck__json_set(obj, "shortDescription", v)) < 0 ||
	    (error = text_object(&v, ru->full_text, license, NULL)) < 0 ||
	    (error = hdrcheck__json_set(obj, "fullDescription", v)) < 0 ||
	    (error = text_object(&v, ru->help_text, license,
	                         ru->help_markdown)) < 0 ||
	    (error = hdrcheck__json_set(obj, "help", v)) < 0 ||
	    (error = hdrcheck__json_object(&v)) < 0 ||
	    (error = hdrcheck__json_set(obj, "defaultConfiguration", v)) < 0 ||
	    (error = hdrcheck__json_set_string(v, "level", ru->severity)) < 0 ||
	    (error = hdrcheck__json_object(&props)) < 0)
		goto done;
	if (!(tags = json_pack("[ss]", "license", "compliance"))) {
		error = hdrcheck__json_nomem();
		goto done;
	}
	if ((error = hdrcheck__json_set(props, "tags", tags)) < 0 ||
	    (error = hdrcheck__json_set_string(props, "precision",
	                                       "very-high")) < 0 ||
	    (error = hdrcheck__json_set_string(props, "problem.severity",
	                                       ru->severity)) < 0)
		goto done;
	error = hdrcheck__json_set(obj, "properties", props);
	props = NULL;
	if (error < 0)
		goto done;
	*out = obj;
	obj = NULL;

done:
	json_decref(props);
	json_decref(obj);
	return error;
}

/* RFC 3986: keep the unreserved characters and '/', encode the rest. */
static int put_uri_path(hdrcheck_buf *b, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	const unsigned char *p = (const unsigned char *)s;
	char esc[3];
	int error = 0;

	for (; *p && !error; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || *p == '-' || *p == '.' ||
		    *p == '_' || *p == '~' || *p == '/') {
			error = hdrcheck__buf_put(b, (const char *)p, 1);
			continue;
		}
		esc[0] = '%';
		esc[1] = hex[*p >> 4];
		esc[2] = hex[*p & 15];
		error = hdrcheck__buf_put(b, esc, 3);
	}
	return error;
}

/*
 * Untrusted text in a message: '[' and ']' would start SARIF embedded
 * links, so they (and '\\') are escaped with a backslash.
 */
static int put_message_text(hdrcheck_buf *b, const char *s)
{
	int error = 0;

	for (; *s && !error; s++) {
		if (*s == '[' || *s == ']' || *s == '\\')
			error = hdrcheck__buf_put(b, "\\", 1);
		if (!error)
			error = hdrcheck__buf_put(b, s, 1);
	}
	return error;
}

static int message(hdrcheck_buf *b, const hdrcheck_finding *f,
                   const char *license, int gating)
{
	int error = 0;

	hdrcheck__buf_clear(b);
	switch (f->status) {
	case HDRCHECK_STATUS_MISSING:
		error = hdrcheck__buf_printf(b,
		                             "No license header: the %s "
		                             "header is required.",
		                             license);
		break;
	case HDRCHECK_STATUS_MISMATCH:
		if (!(error = hdrcheck__buf_printf(b,
		                                   "The %s header differs "
		                                   "from the accepted text",
		                                   license)) &&
		    f->reason && !(error = hdrcheck__buf_puts(b, ": ")))
			error = put_message_text(b, f->reason);
		if (!error)
			error = hdrcheck__buf_puts(b, ".");
		break;
	case HDRCHECK_STATUS_OTHER_LICENSE:
		if (!(error = hdrcheck__buf_puts(b, "The header names ")))
			error = put_message_text(
			    b, f->license ? f->license : "another license");
		if (!error)
			error =
			    hdrcheck__buf_printf(b, " instead of %s.", license);
		break;
	case HDRCHECK_STATUS_SKIPPED:
		if (!(error = hdrcheck__buf_puts(b, "Not checked: ")))
			error = put_message_text(b, f->reason ? f->reason
			                                      : "skipped");
		if (!error)
			error = hdrcheck__buf_puts(b, ".");
		break;
	default:
		if (!(error = hdrcheck__buf_puts(b, "Could not be checked: ")))
			error = put_message_text(b, f->reason ? f->reason
			                                      : "error");
		if (!error)
			error = hdrcheck__buf_puts(b, ".");
		break;
	}
	if (!error && !gating)
		error = hdrcheck__buf_puts(b, " (Not a gate of this run.)");
	return error;
}

/* FNV-1a, 64 bits: a stable identity for (rule, path) across runs. */
static uint64_t fingerprint(const char *rule_id, const char *path)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	const unsigned char *p;

	for (p = (const unsigned char *)rule_id; *p; p++)
		h = (h ^ *p) * 0x100000001b3ULL;
	h = (h ^ 0) * 0x100000001b3ULL;
	for (p = (const unsigned char *)path; *p; p++)
		h = (h ^ *p) * 0x100000001b3ULL;
	return h;
}

/* The rule of the one result that stands for those left out. */
static const rule truncated_rule = {
    HDRCHECK_STATUS__COUNT,
    "ResultsTruncated",
    "More results than code scanning takes",
    "The run has more results than GitHub code scanning accepts in one "
    "upload; the first ones are listed, then this one result.",
    "See the JSON or text report of the same run for every file.",
    "See the JSON or text report of the same run for every file.",
    "note"};

/* The rule of --archive --against: every difference is a result. */
static const rule archive_rule = {
    HDRCHECK_STATUS__COUNT,
    "ArchiveDiffersFromRevision",
    "Release archive differs from its revision",
    "The release archive (--archive) holds a file the revision it is "
    "compared with (--against) does not, lacks one it has, or holds it "
    "with other content, mode or link target.",
    "Rebuild the archive from the tagged revision (git archive), or tag "
    "what the archive holds; the result message says what differs.",
    "Rebuild the archive from the tagged revision (`git archive`), or tag "
    "what the archive holds; the result message says what differs.",
    "error"};

#define ARCHIVE_RULE_ID "archive_differs"

/* The rule of a file that passes with a warning (hdrcheck_finding's
 * warning): another license stated beside the accepted header. */
static const rule warning_rule = {
    HDRCHECK_STATUS__COUNT,
    "ConflictingLicenseStatement",
    "Another license stated beside the header",
    "The file carries the %s header the policy requires, and its comments "
    "also state another license (a stale notice, a former license).",
    "Remove the statement if it is stale; if part of the file is under "
    "that license, say so in the header or give the file a policy.",
    "Remove the statement if it is stale; if part of the file is under "
    "that license, say so in the header or give the file a policy "
    "(`.hdrcheck.yaml`).",
    "warning"};

#define WARNING_RULE_ID "conflicting_license"

static int result_object(json_t **out, hdrcheck_buf *scratch,
                         const hdrcheck_finding *f, int index,
                         const char *license, int gating,
                         const hdrcheck_report *r)
{
	const char *id = hdrcheck_status_name(f->status);
	unsigned int line = f->line ? f->line : 1;
	json_t *obj = NULL, *v = NULL, *text = NULL;
	char print[32];
	int error;

	/* the text holds content-derived strings: made valid UTF-8 */
	if ((error = message(scratch, f, license, gating)) < 0 ||
	    (error = hdrcheck__json_object(&v)) < 0 ||
	    (error = hdrcheck__json_stringn(&text, scratch->ptr,
	                                    scratch->len)) < 0 ||
	    (error = hdrcheck__json_set(v, "text", text)) < 0 ||
	    (error = hdrcheck__json_object(&obj)) < 0 ||
	    (error = hdrcheck__json_set_string(obj, "ruleId", id)) < 0 ||
	    (error = hdrcheck__json_set(obj, "ruleIndex",
	                                json_integer(index))) < 0 ||
	    (error = hdrcheck__json_set_string(
	         obj, "level",
	         gating                                      ? "error"
	         : f->accepted == HDRCHECK_ACCEPTED_BASELINE ? "note"
	                                                     : "warning")) < 0)
		goto done;
	error = hdrcheck__json_set(obj, "message", v);
	v = NULL;
	if (error < 0)
		goto done;
	if (r->has_baseline &&
	    (error = hdrcheck__json_set_string(
	         obj, "baselineState",
	         f->accepted == HDRCHECK_ACCEPTED_BASELINE ? "unchanged"
	                                                   : "new")) < 0)
		goto done;
	if (f->accepted == HDRCHECK_ACCEPTED_WAIVER) {
		if (!(v = json_pack("[{s:s,s:s,s:s?}]", "kind", "external",
		                    "status", "accepted", "justification",
		                    f->waiver))) {
			error = hdrcheck__json_nomem();
			goto done;
		}
		error = hdrcheck__json_set(obj, "suppressions", v);
		v = NULL;
		if (error < 0)
			goto done;
	}

	hdrcheck__buf_clear(scratch);
	if ((error = put_uri_path(scratch, f->path)) < 0)
		goto done;
	if (!(v = json_pack("[{s:{s:{s:s%,s:s},s:{s:i,s:i,s:i,s:i}}}]",
	                    "physicalLocation", "artifactLocation", "uri",
	                    scratch->ptr, scratch->len, "uriBaseId", SRCROOT,
	                    "region", "startLine", (int)line, "startColumn", 1,
	                    "endLine", (int)line, "endColumn", 1))) {
		error = hdrcheck__json_nomem();
		goto done;
	}
	if ((error = hdrcheck__json_set(obj, "locations", v)) < 0)
		goto done;
	snprintf(print, sizeof(print), "%016llx:1",
	         (unsigned long long)fingerprint(id, f->path));
	if (!(v = json_pack("{s:s}", "primaryLocationLineHash", print))) {
		error = hdrcheck__json_nomem();
		goto done;
	}
	if ((error = hdrcheck__json_set(obj, "partialFingerprints", v)) < 0)
		goto done;
	v = NULL;
	*out = obj;
	obj = NULL;

done:
	json_decref(v);
	json_decref(obj);
	return error;
}

static int write_rules(FILE *out, const char *license, int archive,
                       int warnings, int truncated)
{
	const rule *ru;
	json_t *obj = NULL;
	size_t i, n = HDRCHECK__ARRAY_SIZE(rules);
	size_t a = n + (archive != 0), w = a + (warnings != 0);
	int error = 0;

	for (i = 0; i < w + (truncated != 0); i++) {
		ru = i < n   ? &rules[i]
		     : i < a ? &archive_rule
		     : i < w ? &warning_rule
		             : &truncated_rule;
		if ((error = rule_object(&obj, ru, license)) < 0)
			goto done;
		if (ru == &warning_rule &&
		    (error = hdrcheck__json_set_string(obj, "id",
		                                       WARNING_RULE_ID)) < 0)
			goto done;
		/* their ids are no status names */
		if (ru == &truncated_rule && (error = hdrcheck__json_set_string(
		                                  obj, "id", "truncated")) < 0)
			goto done;
		if (ru == &archive_rule &&
		    (error = hdrcheck__json_set_string(obj, "id",
		                                       ARCHIVE_RULE_ID)) < 0)
			goto done;
		fputs(i ? ",\n        " : "\n        ", out);
		if ((error = hdrcheck__json_dump(out, obj)) < 0)
			goto done;
		json_decref(obj);
		obj = NULL;
	}

done:
	json_decref(obj);
	return error;
}

/* Does f get a result? */
static int has_result(const hdrcheck_write_options *opts,
                      const hdrcheck_finding *f)
{
	return rule_index(f->status) >= 0 &&
	       (hdrcheck__report_fails(opts, f->status) ||
	        hdrcheck_status_is_violation(f->status));
}

/* The result that stands for the left-out ones, at the first of them. */
static int truncated_object(json_t **out, hdrcheck_buf *scratch,
                            const char *first, int index, size_t left,
                            size_t max)
{
	json_t *obj = NULL;
	char text[256];

	hdrcheck__buf_clear(scratch);
	if (put_uri_path(scratch, first) < 0)
		return hdrcheck__json_nomem();
	snprintf(text, sizeof(text),
	         "%zu more result%s left out: GitHub code scanning takes at "
	         "most %zu a run. See the JSON or text report for every "
	         "file.",
	         left, left == 1 ? "" : "s", max);
	if (!(obj =
	          json_pack("{s:s,s:i,s:s,s:{s:s},s:[{s:{s:{s:s%,s:s}}}]}",
	                    "ruleId", "truncated", "ruleIndex", index, "level",
	                    "note", "message", "text", text, "locations",
	                    "physicalLocation", "artifactLocation", "uri",
	                    scratch->ptr, scratch->len, "uriBaseId", SRCROOT)))
		return hdrcheck__json_nomem();
	*out = obj;
	return 0;
}

/* A difference of --archive --against: "Only in the release archive, not
 * in REV (commit C).", "Modified in the release archive against REV
 * (commit C): content,mode (...)." */
static int archive_result(json_t **out, hdrcheck_buf *scratch,
                          const hdrcheck_archive_diff *d, size_t i, int index)
{
	const hdrcheck_archive_change *c;
	const char *kind,
	    *path = hdrcheck__report_archive_item(d, i, &kind, &c);
	json_t *obj = NULL, *text = NULL;
	char print[32];
	int error;

	hdrcheck__buf_clear(scratch);
	error = hdrcheck__buf_puts(
	    scratch, c ? "Modified in the release archive against "
	             : !strcmp(kind, "only_in_archive")
	                 ? "Only in the release archive, not in "
	                 : "Missing from the release archive: in ");
	if (!error)
		error = put_message_text(scratch, d->against);
	if (!error)
		error = hdrcheck__buf_printf(scratch, " (commit %.12s)",
		                             d->commit ? d->commit : "");
	if (!error && c)
		error = hdrcheck__buf_printf(
		    scratch, ": %s", hdrcheck_archive_change_name(c->changes));
	if (!error && c &&
	    (c->changes & (HDRCHECK_ARCHIVE_MODE | HDRCHECK_ARCHIVE_TYPE)))
		error = hdrcheck__buf_printf(
		    scratch, " (%s in the archive, %s in the revision)",
		    c->archive_mode, c->rev_mode);
	if (!error)
		error = hdrcheck__buf_puts(scratch, ".");
	if (error < 0 || (error = hdrcheck__json_stringn(&text, scratch->ptr,
	                                                 scratch->len)) < 0)
		goto done;
	hdrcheck__buf_clear(scratch);
	if ((error = put_uri_path(scratch, path)) < 0)
		goto done;
	snprintf(print, sizeof(print), "%016llx:1",
	         (unsigned long long)fingerprint(ARCHIVE_RULE_ID, path));
	if (!(obj = json_pack("{s:s,s:i,s:s,s:{s:o},s:[{s:{s:{s:s%,s:s}}}],"
	                      "s:{s:s},s:{s:s}}",
	                      "ruleId", ARCHIVE_RULE_ID, "ruleIndex", index,
	                      "level", "error", "message", "text", text,
	                      "locations", "physicalLocation",
	                      "artifactLocation", "uri", scratch->ptr,
	                      scratch->len, "uriBaseId", SRCROOT,
	                      "partialFingerprints", "primaryLocationLineHash",
	                      print, "properties", "difference", kind))) {
		text = NULL; /* "o" took it, also on failure */
		error = hdrcheck__json_nomem();
		goto done;
	}
	text = NULL;
	*out = obj;
	obj = NULL;
done:
	json_decref(text);
	json_decref(obj);
	return error;
}

/* A file that passes with a warning: one result of the warning rule. */
static int warning_result(json_t **out, hdrcheck_buf *scratch,
                          const hdrcheck_finding *f, int index)
{
	json_t *obj = NULL, *text = NULL;
	char print[32];
	int error;

	if ((error = hdrcheck__json_stringn(&text, f->warning,
	                                    strlen(f->warning))) < 0)
		return error;
	hdrcheck__buf_clear(scratch);
	if ((error = put_uri_path(scratch, f->path)) < 0)
		goto done;
	snprintf(print, sizeof(print), "%016llx:1",
	         (unsigned long long)fingerprint(WARNING_RULE_ID, f->path));
	if (!(obj = json_pack(
	          "{s:s,s:i,s:s,s:{s:o},s:[{s:{s:{s:s%,s:s},"
	          "s:{s:i}}}],s:{s:s}}",
	          "ruleId", WARNING_RULE_ID, "ruleIndex", index, "level",
	          "warning", "message", "text", text, "locations",
	          "physicalLocation", "artifactLocation", "uri", scratch->ptr,
	          scratch->len, "uriBaseId", SRCROOT, "region", "startLine",
	          f->line ? (int)f->line : 1, "partialFingerprints",
	          "primaryLocationLineHash", print))) {
		text = NULL; /* "o" took it, also on failure */
		error = hdrcheck__json_nomem();
		goto done;
	}
	text = NULL;
	*out = obj;
	obj = NULL;
done:
	json_decref(text);
	json_decref(obj);
	return error;
}

static size_t count_warnings(const hdrcheck_report *r)
{
	size_t i, n = 0;

	for (i = 0; i < r->count; i++)
		n += r->findings[i].warning != NULL;
	return n;
}

static int write_results(FILE *out, const hdrcheck_report *r,
                         const hdrcheck_write_options *opts,
                         const char *license, size_t total, size_t max)
{
	hdrcheck_buf scratch = HDRCHECK_BUF_INIT;
	const hdrcheck_finding *f;
	const hdrcheck_archive_change *c;
	const char *kind;
	json_t *obj = NULL;
	size_t i, n = 0,
	          differences = hdrcheck__report_archive_count(r->archive);
	int error = 0, gating, index;
	int archive_index = (int)HDRCHECK__ARRAY_SIZE(rules);
	int warning_index = archive_index + (r->archive != NULL);
	int truncated_index = warning_index + (count_warnings(r) != 0);

	/* the differences first: each fails the run whatever --fail-on */
	for (i = 0; i < differences && n < max; i++) {
		if (total > max && n == max - 1)
			error =
			    truncated_object(&obj, &scratch,
			                     hdrcheck__report_archive_item(
			                         r->archive, i, &kind, &c),
			                     truncated_index, total - n, max);
		else
			error = archive_result(&obj, &scratch, r->archive, i,
			                       archive_index);
		if (error < 0)
			goto done;
		fputs(n++ ? ",\n        " : "\n        ", out);
		if ((error = hdrcheck__json_dump(out, obj)) < 0)
			goto done;
		json_decref(obj);
		obj = NULL;
	}
	for (i = 0; i < r->count && n < max; i++) {
		f = &r->findings[i];
		if (!has_result(opts, f) && !f->warning)
			continue;
		gating = hdrcheck__report_finding_fails(opts, f);
		index = rule_index(f->status);
		if (total > max && n == max - 1)
			error =
			    truncated_object(&obj, &scratch, f->path,
			                     truncated_index, total - n, max);
		else if (!has_result(opts, f))
			error =
			    warning_result(&obj, &scratch, f, warning_index);
		else
			error = result_object(&obj, &scratch, f, index,
			                      hdrcheck_report_license_for(r, f),
			                      gating, r);
		if (error < 0)
			goto done;
		fputs(n++ ? ",\n        " : "\n        ", out);
		if ((error = hdrcheck__json_dump(out, obj)) < 0)
			goto done;
		json_decref(obj);
		obj = NULL;
		if (ferror(out)) {
			error = hdrcheck__report_write_failed(errno);
			goto done;
		}
		if (n == max)
			break;
	}
	fputs(n ? "\n      ]" : "]", out);

done:
	json_decref(obj);
	hdrcheck__buf_dispose(&scratch);
	return error;
}

/*
 * The run's properties: the accepted violations, counted apart; the
 * comparison of --archive --against, counted (its differences are
 * results: code scanning shows results, not run properties).
 */
static int write_run_properties(FILE *out, const hdrcheck_report *r)
{
	const hdrcheck_archive_diff *d = r->archive;
	json_t *props = NULL, *v = NULL;
	int error = 0;

	if (!r->has_baseline && !r->summary.waived && !d)
		return 0;
	if ((error = hdrcheck__json_object(&props)) < 0)
		goto done;
	if ((r->has_baseline || r->summary.waived) &&
	    ((error = hdrcheck__json_set(
	          props, "baselined",
	          json_integer((json_int_t)r->summary.baselined))) < 0 ||
	     (error = hdrcheck__json_set(
	          props, "waived",
	          json_integer((json_int_t)r->summary.waived))) < 0 ||
	     (error = hdrcheck__json_set(
	          props, "staleBaselineEntries",
	          json_integer((json_int_t)r->summary.stale))) < 0))
		goto done;
	if (d) {
		if ((error = hdrcheck__json_object(&v)) < 0 ||
		    (error = hdrcheck__json_set_string(v, "against",
		                                       d->against)) < 0 ||
		    (error = hdrcheck__json_set_string(
		         v, "commit", d->commit ? d->commit : "")) < 0 ||
		    (error = hdrcheck__json_set(
		         v, "onlyInArchive",
		         json_integer((json_int_t)d->only_in_archive_count))) <
		        0 ||
		    (error = hdrcheck__json_set(
		         v, "onlyInRev",
		         json_integer((json_int_t)d->only_in_rev_count))) < 0 ||
		    (error = hdrcheck__json_set(
		         v, "modified",
		         json_integer((json_int_t)d->modified_count))) < 0)
			goto done;
		error = hdrcheck__json_set(props, "archive", v);
		v = NULL;
		if (error < 0)
			goto done;
	}
	fputs("      \"properties\": ", out);
	if ((error = hdrcheck__json_dump(out, props)) < 0)
		goto done;
	fputs(",\n", out);
done:
	json_decref(v);
	json_decref(props);
	return error;
}

int hdrcheck__report_write_sarif(FILE *out, const hdrcheck_report *r,
                                 const hdrcheck_write_options *opts)
{
	const char *license = hdrcheck_report_policy_license(r);
	hdrcheck_buf root = HDRCHECK_BUF_INIT;
	json_t *v = NULL;
	size_t i, total = 0, max = SARIF_MAX_RESULTS;
	int error;

	if (opts->version >= 3 && opts->max_results)
		max = opts->max_results < 2 ? 2 : opts->max_results;
	for (i = 0; i < r->count; i++)
		total +=
		    has_result(opts, &r->findings[i]) || r->findings[i].warning;
	total += hdrcheck__report_archive_count(r->archive);

	/* the root as a file URI; a directory's URI ends with '/' */
	if ((error = hdrcheck__buf_puts(&root, "file://")) < 0 ||
	    (error = put_uri_path(&root, r->root ? r->root : "/")) < 0 ||
	    (root.ptr[root.len - 1] != '/' &&
	     (error = hdrcheck__buf_puts(&root, "/")) < 0))
		goto done;

	fprintf(out,
	        "{\n"
	        "  \"$schema\": \"%s\",\n"
	        "  \"version\": \"2.1.0\",\n"
	        "  \"runs\": [\n"
	        "    {\n"
	        "      \"tool\": {\n"
	        "        \"driver\": {\"name\": \"hdrcheck\", "
	        "\"version\": \"%s\", \"semanticVersion\": \"%s\", "
	        "\"informationUri\": \"%s\", \"rules\": [",
	        SARIF_SCHEMA, HDRCHECK_VERSION, HDRCHECK_VERSION,
	        HDRCHECK_HOMEPAGE_URL);
	if ((error = write_rules(out, license, r->archive != NULL,
	                         count_warnings(r) != 0, total > max)) < 0)
		goto done;
	fprintf(out,
	        "\n        ], \"properties\": {\"spdxLicenseListVersion\": "
	        "\"%s\"}}\n      },\n",
	        hdrcheck_license_list_version());
	/* the category GitHub keeps apart from other tools' uploads */
	fputs("      \"automationDetails\": {\"id\": \"hdrcheck/\"},\n", out);
	if (!(v = json_pack("{s:{s:s%}}", SRCROOT, "uri", root.ptr,
	                    root.len))) {
		error = hdrcheck__json_nomem();
		goto done;
	}
	fputs("      \"originalUriBaseIds\": ", out);
	if ((error = hdrcheck__json_dump(out, v)) < 0)
		goto done;
	fputs(",\n      \"columnKind\": \"unicodeCodePoints\",\n", out);
	if ((error = write_run_properties(out, r)) < 0)
		goto done;
	fputs("      \"results\": [", out);
	if ((error = write_results(out, r, opts, license, total, max)) < 0)
		goto done;
	fputs("\n    }\n  ]\n}\n", out);

done:
	json_decref(v);
	hdrcheck__buf_dispose(&root);
	return error;
}
