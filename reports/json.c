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
 * The JSON report, schema version 1 (a public contract: keys, their order
 * and the layout below must not change without a new schema version):
 *
 *   {
 *     "schema_version": 1,
 *     "tool": {"name": "hdrcheck", "version": "0.1.0"},
 *     "source": {"kind": "worktree", "root": "/abs", "commit": "<hex>"},
 *     "policy": {"license": "Apache-2.0"},
 *     "summary": {"files": 1, "ok": 1, ...},
 *     "files": [
 *       {"path": "a.c", "status": "ok", ...}
 *     ]
 *   }
 *
 * The envelope is written by hand; each inner object is dumped by jansson
 * on one line. The files are streamed: one jansson object is built, dumped
 * and freed per finding, so a report of hundreds of thousands of files
 * never exists as one jansson tree. This is the only file that includes
 * <jansson.h>.
 */

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <jansson.h>
#include "common.h"
#include "reports/reports.h"

#define REPORT_SCHEMA_VERSION 1

/* Inner objects on one line, keys in insertion order. */
#define DUMP_FLAGS JSON_PRESERVE_ORDER

static int out_of_memory(void)
{
	return hdrcheck__error_set(HDRCHECK_ENOMEM,
	                           "out of memory building the JSON report");
}

/*
 * JSON strings must be UTF-8, but paths (and content-derived strings) can
 * be any bytes, and json_string() returns NULL for invalid UTF-8. So a
 * string that is not valid UTF-8 is converted first: each byte that does
 * not start a valid sequence (stray continuation bytes, truncated, overlong
 * or surrogate sequences, bytes past U+10FFFF) is replaced by U+FFFD, the
 * replacement character, and valid sequences are kept. The conversion is
 * lossy: consumers that need the exact bytes must use the text report's
 * octal escapes. Control characters need no care here: jansson escapes
 * them when dumping.
 */
static int sanitized_string(json_t **out, const char *s, size_t len)
{
	static const char replacement[] = "\xEF\xBF\xBD";
	const unsigned char *p = (const unsigned char *)s;
	char *fixed = NULL;
	size_t n, fixed_len = 0;
	json_t *value = NULL;
	int error = 0;

	if (len > SIZE_MAX / 3) {
		error = out_of_memory();
		goto done;
	}
	if (!(fixed = hdrcheck__malloc(len * 3))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	while (len) {
		n = hdrcheck__utf8_valid_len(p, len);
		if (n) {
			memcpy(fixed + fixed_len, p, n);
			fixed_len += n;
		} else {
			memcpy(fixed + fixed_len, replacement, 3);
			fixed_len += 3;
			n = 1;
		}
		p += n;
		len -= n;
	}
	if (!(value = json_stringn(fixed, fixed_len))) {
		error = out_of_memory();
		goto done;
	}
	*out = value;

done:
	free(fixed);
	return error;
}

/* A string value, or null for NULL. */
static int string_value(json_t **out, const char *s)
{
	json_t *value = NULL;
	size_t len = s ? strlen(s) : 0;
	int error = 0;

	if (!s)
		value = json_null();
	else if (hdrcheck__utf8_is_valid(s, len))
		value = json_stringn(s, len);
	else if ((error = sanitized_string(&value, s, len)) < 0)
		goto done;
	if (!value) {
		error = out_of_memory();
		goto done;
	}
	*out = value;

done:
	return error;
}

/* json_object_set_new() steals value even when it fails, and fails on a
 * NULL value (a failed json_integer()), so nothing leaks either way. */
static int set_value(json_t *obj, const char *key, json_t *value)
{
	return json_object_set_new(obj, key, value) < 0 ? out_of_memory() : 0;
}

static int set_string(json_t *obj, const char *key, const char *s)
{
	json_t *value = NULL;
	int error;

	if ((error = string_value(&value, s)) < 0)
		goto done;
	error = set_value(obj, key, value);

done:
	return error;
}

static int set_count(json_t *obj, const char *key, size_t n)
{
	return set_value(obj, key, json_integer((json_int_t)n));
}

static int new_object(json_t **out)
{
	json_t *obj = json_object();
	int error = 0;

	if (!obj)
		error = out_of_memory();
	else
		*out = obj;
	return error;
}

static int dump(FILE *out, const json_t *value)
{
	/* the values are valid UTF-8 by construction, so a failure is the
	 * stream's (or an allocation in jansson, reported the same way) */
	return json_dumpf(value, out, DUMP_FLAGS) < 0
	           ? hdrcheck__report_write_failed(errno)
	           : 0;
}

/* Write ",\n  \"<key>\": " and then value on one line. */
static int write_member(FILE *out, const char *key, const json_t *value)
{
	fprintf(out, ",\n  \"%s\": ", key);
	return dump(out, value);
}

static int tool_object(json_t **out)
{
	json_t *obj = NULL;
	int error;

	if ((error = new_object(&obj)) < 0 ||
	    (error = set_string(obj, "name", "hdrcheck")) < 0 ||
	    (error = set_string(obj, "version", HDRCHECK_VERSION)) < 0)
		goto done;
	*out = obj;
	obj = NULL;

done:
	json_decref(obj);
	return error;
}

static int source_object(json_t **out, const hdrcheck_report *r)
{
	json_t *obj = NULL;
	int error;

	if ((error = new_object(&obj)) < 0 ||
	    (error = set_string(obj, "kind",
	                        hdrcheck_source_kind_name(r->kind))) < 0 ||
	    (error = set_string(obj, "root", r->root)) < 0 ||
	    (error = set_string(obj, "commit", r->commit)) < 0)
		goto done;
	*out = obj;
	obj = NULL;

done:
	json_decref(obj);
	return error;
}

static int policy_object(json_t **out, const hdrcheck_report *r)
{
	json_t *obj = NULL;
	int error;

	if ((error = new_object(&obj)) < 0 ||
	    (error = set_string(obj, "license",
	                        hdrcheck_report_policy_license(r))) < 0)
		goto done;
	*out = obj;
	obj = NULL;

done:
	json_decref(obj);
	return error;
}

/* "files" first, then one count per status in the enum's order, which is
 * the schema's order: ok, missing, mismatch, other_license, skipped, error */
static int summary_object(json_t **out, const hdrcheck_report *r)
{
	json_t *obj = NULL;
	size_t i;
	int error;

	if ((error = new_object(&obj)) < 0 ||
	    (error = set_count(obj, "files", r->summary.files)) < 0)
		goto done;
	for (i = 0; i < HDRCHECK_STATUS__COUNT; i++)
		if ((error = set_count(obj,
		                       hdrcheck_status_name((hdrcheck_status)i),
		                       r->summary.by_status[i])) < 0)
			goto done;
	*out = obj;
	obj = NULL;

done:
	json_decref(obj);
	return error;
}

static int file_object(json_t **out, const hdrcheck_finding *f)
{
	json_t *obj = NULL;
	int error;

	if ((error = new_object(&obj)) < 0 ||
	    (error = set_string(obj, "path", f->path)) < 0 ||
	    (error = set_string(obj, "status",
	                        hdrcheck_status_name(f->status))) < 0 ||
	    (error = set_string(obj, "reason", f->reason)) < 0 ||
	    (error = set_string(obj, "license", f->license)) < 0 ||
	    (error = set_string(obj, "language", f->language)) < 0 ||
	    (error = set_value(obj, "line",
	                       f->line ? json_integer((json_int_t)f->line)
	                               : json_null())) < 0)
		goto done;
	*out = obj;
	obj = NULL;

done:
	json_decref(obj);
	return error;
}

static int write_files(FILE *out, const hdrcheck_report *r)
{
	json_t *obj = NULL;
	size_t i;
	int error = 0;

	fputs(",\n  \"files\": [", out);
	for (i = 0; i < r->count; i++) {
		if ((error = file_object(&obj, &r->findings[i])) < 0)
			goto done;
		fputs(i ? ",\n    " : "\n    ", out);
		if ((error = dump(out, obj)) < 0)
			goto done;
		json_decref(obj);
		obj = NULL;
		/* stop early on a dead stream (e.g. a full disk) */
		if (ferror(out)) {
			error = hdrcheck__report_write_failed(errno);
			goto done;
		}
	}
	fputs(r->count ? "\n  ]" : "]", out);

done:
	json_decref(obj);
	return error;
}

int hdrcheck__report_write_json(FILE *out, const hdrcheck_report *r,
                                const hdrcheck_write_options *opts)
{
	json_t *tool = NULL, *source = NULL, *policy = NULL, *summary = NULL;
	int error;

	(void)opts; /* colour and quiet are text options */

	/* build everything that can fail for lack of memory before the first
	 * byte, so such a failure leaves no half-written envelope */
	if ((error = tool_object(&tool)) < 0 ||
	    (error = source_object(&source, r)) < 0 ||
	    (error = policy_object(&policy, r)) < 0 ||
	    (error = summary_object(&summary, r)) < 0)
		goto done;

	fprintf(out, "{\n  \"schema_version\": %d", REPORT_SCHEMA_VERSION);
	if ((error = write_member(out, "tool", tool)) < 0 ||
	    (error = write_member(out, "source", source)) < 0 ||
	    (error = write_member(out, "policy", policy)) < 0 ||
	    (error = write_member(out, "summary", summary)) < 0 ||
	    (error = write_files(out, r)) < 0)
		goto done;
	fputs("\n}\n", out);

done:
	json_decref(tool);
	json_decref(source);
	json_decref(policy);
	json_decref(summary);
	return error;
}
