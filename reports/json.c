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
 *     "tool": {"name": "hdrcheck", "version": "0.1.0",
 *              "license_list_version": "3.28.0"},
 *     "source": {"kind": "worktree", "root": "/abs", "commit": "<hex>"},
 *     "policy": {"license": "Apache-2.0"},
 *     "summary": {"files": 1, "ok": 1, ..., "holders": {"Foo": 1}},
 *     "files": [
 *       {"path": "a.c", "status": "ok", ..., "holders": ["Foo"]}
 *     ]
 *   }
 *
 * Fields are only ever added to version 1, at the end of their object
 * ("holders" came after "error" and "line").
 *
 * The envelope is written by hand; each inner object is dumped by jansson
 * on one line. The files are streamed: each record is written by hand into
 * a buffer flushed in large writes (see hdrcheck__json_put_file(); its
 * strings that need escaping or repair still go through jansson), so a
 * report of hundreds of thousands of files never exists as one jansson
 * tree nor costs a jansson object per file. Only reports/ includes
 * <jansson.h> (here and, through reports/json.h, the SARIF writer).
 */

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <jansson.h>
#include "common.h"
#include "reports/reports.h"
#include "reports/json.h"

#define REPORT_SCHEMA_VERSION 1

/* Inner objects on one line, keys in insertion order. */
#define DUMP_FLAGS JSON_PRESERVE_ORDER

int hdrcheck__json_nomem(void)
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
int hdrcheck__json_fix_utf8(char **out, size_t *out_len, const char *s,
                            size_t len)
{
	static const char replacement[] = "\xEF\xBF\xBD";
	const unsigned char *p = (const unsigned char *)s;
	char *fixed = NULL;
	size_t n, fixed_len = 0;
	int error = 0;

	if (len > (SIZE_MAX - 1) / 3) {
		error = hdrcheck__json_nomem();
		goto done;
	}
	if (!(fixed = hdrcheck__malloc(len * 3 + 1))) {
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
	fixed[fixed_len] = '\0';
	*out = fixed;
	*out_len = fixed_len;
	fixed = NULL;

done:
	free(fixed);
	return error;
}

int hdrcheck__json_stringn(json_t **out, const char *s, size_t len)
{
	json_t *value = NULL;
	char *fixed = NULL;
	size_t fixed_len;
	int error = 0;

	if (hdrcheck__utf8_is_valid(s, len))
		value = json_stringn(s, len);
	else if ((error = hdrcheck__json_fix_utf8(&fixed, &fixed_len, s, len)) <
	         0)
		goto done;
	else
		value = json_stringn(fixed, fixed_len);
	if (!value) {
		error = hdrcheck__json_nomem();
		goto done;
	}
	*out = value;

done:
	free(fixed);
	return error;
}

/* A string value, or null for NULL. */
int hdrcheck__json_string(json_t **out, const char *s)
{
	json_t *value;

	if (s)
		return hdrcheck__json_stringn(out, s, strlen(s));
	if (!(value = json_null()))
		return hdrcheck__json_nomem();
	*out = value;
	return 0;
}

/* json_object_set_new() steals value even when it fails, and fails on a
 * NULL value (a failed json_integer()), so nothing leaks either way. */
int hdrcheck__json_set(json_t *obj, const char *key, json_t *value)
{
	return json_object_set_new(obj, key, value) < 0 ? hdrcheck__json_nomem()
	                                                : 0;
}

int hdrcheck__json_set_string(json_t *obj, const char *key, const char *s)
{
	json_t *value = NULL;
	int error;

	if ((error = hdrcheck__json_string(&value, s)) < 0)
		goto done;
	error = hdrcheck__json_set(obj, key, value);

done:
	return error;
}

int hdrcheck__json_set_count(json_t *obj, const char *key, size_t n)
{
	return hdrcheck__json_set(obj, key, json_integer((json_int_t)n));
}

int hdrcheck__json_object(json_t **out)
{
	json_t *obj = json_object();
	int error = 0;

	if (!obj)
		error = hdrcheck__json_nomem();
	else
		*out = obj;
	return error;
}

/*
 * jansson escapes the C0 controls only: DEL, the C1 controls (U+0080 to
 * U+009F, U+009B being a terminal's CSI) and the bidirectional controls
 * (U+202A to U+202E, U+2066 to U+2069) from a file name would reach a
 * terminal or an editor raw, as they do from `cat report.json`. Its
 * output is filtered: those characters can only occur inside strings, and
 * become \u escapes (the same characters to a JSON parser). A sequence
 * may be split between two pieces: up to two bytes wait.
 */
static int reserve(hdrcheck_buf *b, size_t len);
static int put(hdrcheck_buf *b, const char *s, size_t len);
static int emit_buf(const char *s, size_t len, void *ctx);

typedef struct {
	unsigned char wait[2];
	size_t n;
	int (*emit)(const char *s, size_t len, void *ctx);
	void *ctx;
} ctl_filter;

static int ctl_escape(ctl_filter *f, unsigned int cp)
{
	char esc[7];

	snprintf(esc, sizeof(esc), "\\u%04x", cp);
	return f->emit(esc, 6, f->ctx);
}

static int ctl_put(ctl_filter *f, const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i, from = 0;
	int error;

	for (i = 0; i < len; i++) {
		unsigned char c = p[i];

		if (!f->n) {
			if (c != 0x7f && c != 0xc2 && c != 0xe2)
				continue;
			if (i > from &&
			    (error = f->emit(s + from, i - from, f->ctx)) < 0)
				return error;
			from = i + 1;
			if (c == 0x7f) {
				if ((error = ctl_escape(f, 0x7f)) < 0)
					return error;
				continue;
			}
			f->wait[f->n++] = c;
			continue;
		}
		from = i + 1;
		if (f->wait[0] == 0xc2 && c >= 0x80 && c <= 0x9f) {
			f->n = 0;
			if ((error = ctl_escape(f, c)) < 0)
				return error;
			continue;
		}
		if (f->wait[0] == 0xe2 && f->n == 1 &&
		    (c == 0x80 || c == 0x81)) {
			f->wait[f->n++] = c;
			continue;
		}
		if (f->n == 2 &&
		    ((f->wait[1] == 0x80 && c >= 0xaa && c <= 0xae) ||
		     (f->wait[1] == 0x81 && c >= 0xa6 && c <= 0xa9))) {
			f->n = 0;
			if ((error = ctl_escape(
			         f, (f->wait[1] == 0x80 ? 0x2000u : 0x2040u) +
			                (c - 0x80u))) < 0)
				return error;
			continue;
		}
		/* not one of them: the waiting bytes as they were, and this
		 * one looked at afresh */
		if ((error = f->emit((const char *)f->wait, f->n, f->ctx)) < 0)
			return error;
		f->n = 0;
		from = i;
		i--;
	}
	if (len > from && !f->n)
		return f->emit(s + from, len - from, f->ctx);
	return 0;
}

static int ctl_flush(ctl_filter *f)
{
	int error = f->n ? f->emit((const char *)f->wait, f->n, f->ctx) : 0;

	f->n = 0;
	return error;
}

static int emit_file(const char *s, size_t len, void *ctx)
{
	return fwrite(s, 1, len, (FILE *)ctx) == len ? 0 : -1;
}

static int dump_filtered(const char *buffer, size_t size, void *data)
{
	return ctl_put(data, buffer, size);
}

int hdrcheck__json_escape_controls(char **out, size_t *out_len, const char *s,
                                   size_t len)
{
	hdrcheck_buf b = HDRCHECK_BUF_INIT;
	ctl_filter f = {{0, 0}, 0, emit_buf, NULL};
	int error;

	f.ctx = &b;
	if ((error = ctl_put(&f, s, len)) < 0 || (error = ctl_flush(&f)) < 0 ||
	    (error = reserve(&b, 1)) < 0) {
		hdrcheck__buf_dispose(&b);
		return error;
	}
	b.ptr[b.len] = '\0';
	*out = b.ptr;
	*out_len = b.len;
	return 0;
}

int hdrcheck__json_dump(FILE *out, const json_t *value)
{
	ctl_filter f = {{0, 0}, 0, emit_file, NULL};

	f.ctx = out;
	/* the values are valid UTF-8 by construction, so a failure is the
	 * stream's (or an allocation in jansson, reported the same way) */
	return json_dump_callback(value, dump_filtered, &f, DUMP_FLAGS) < 0 ||
	               ctl_flush(&f) < 0
	           ? hdrcheck__report_write_failed(errno)
	           : 0;
}

/* Write ",\n  \"<key>\": " and then value on one line. */
static int write_member(FILE *out, const char *key, const json_t *value)
{
	fprintf(out, ",\n  \"%s\": ", key);
	return hdrcheck__json_dump(out, value);
}

static int tool_object(json_t **out)
{
	json_t *obj = NULL;
	int error;

	if ((error = hdrcheck__json_object(&obj)) < 0 ||
	    (error = hdrcheck__json_set_string(obj, "name", "hdrcheck")) < 0 ||
	    (error = hdrcheck__json_set_string(obj, "version",
	                                       HDRCHECK_VERSION)) < 0 ||
	    (error = hdrcheck__json_set_string(
	         obj, "license_list_version",
	         hdrcheck_license_list_version())) < 0)
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

	if ((error = hdrcheck__json_object(&obj)) < 0 ||
	    (error = hdrcheck__json_set_string(
	         obj, "kind", hdrcheck_source_kind_name(r->kind))) < 0 ||
	    (error = hdrcheck__json_set_string(obj, "root", r->root)) < 0 ||
	    (error = hdrcheck__json_set_string(obj, "commit", r->commit)) < 0)
		goto done;
	/* added keys, present only for these scans: "rev" for --rev,
	 * "changed_since" and its merge "base" for --changed-since */
	if ((r->rev &&
	     (error = hdrcheck__json_set_string(obj, "rev", r->rev)) < 0) ||
	    (r->changed_since &&
	     ((error = hdrcheck__json_set_string(obj, "changed_since",
	                                         r->changed_since)) < 0 ||
	      (error = hdrcheck__json_set_string(obj, "base", r->base)) < 0)))
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

	if ((error = hdrcheck__json_object(&obj)) < 0 ||
	    (error = hdrcheck__json_set_string(
	         obj, "license", hdrcheck_report_policy_license(r))) < 0)
		goto done;
	*out = obj;
	obj = NULL;

done:
	json_decref(obj);
	return error;
}

/* "files" first, then one count per status in the enum's order, which is
 * the schema's order: ok, missing, mismatch, other_license, skipped, error */
/*
 * {"holder": files, ...} by name. Names that are not valid UTF-8 are
 * repaired first, so two of them can become one key: their counts add up.
 */
static int holders_summary(json_t **out, const hdrcheck_report *r)
{
	hdrcheck__holders h = {0};
	json_t *obj = NULL, *prev;
	char *key = NULL;
	size_t i, len, n;
	int error;

	if ((error = hdrcheck__report_holders(&h, r, 0)) < 0 ||
	    (error = hdrcheck__json_object(&obj)) < 0)
		goto done;
	for (i = 0; i < h.count; i++) {
		free(key);
		key = NULL;
		if ((error =
		         hdrcheck__json_fix_utf8(&key, &len, h.items[i].name,
		                                 strlen(h.items[i].name))) < 0)
			goto done;
		n = h.items[i].files;
		if ((prev = json_object_get(obj, key)) != NULL)
			n += (size_t)json_integer_value(prev);
		if ((error = hdrcheck__json_set_count(obj, key, n)) < 0)
			goto done;
	}
	*out = obj;
	obj = NULL;

done:
	free(key);
	json_decref(obj);
	hdrcheck__holders_dispose(&h);
	return error;
}

/* {"SPDX id or expression": files, ...}, sorted by key: the license
 * inventory of the scan (every finding that names a license). */
static int licenses_summary(json_t **out, const hdrcheck_report *r)
{
	hdrcheck__holder_count *ids = NULL;
	const char **all = NULL;
	json_t *obj = NULL, *prev;
	char *key = NULL;
	size_t i, n = 0, m = 0, len;
	int error;

	if ((error = hdrcheck__json_object(&obj)) < 0)
		goto done;
	if (r->count && !(all = calloc(r->count, sizeof(*all)))) {
		error = hdrcheck__json_nomem();
		goto done;
	}
	for (i = 0; i < r->count; i++)
		if (r->findings[i].license)
			all[n++] = r->findings[i].license;
	/* the distinct ids, sorted, with their counts */
	if ((error = hdrcheck__report_count_names(&ids, &m, all, n)) < 0)
		goto done;
	for (i = 0; i < m; i++) {
		free(key);
		key = NULL;
		if ((error = hdrcheck__json_fix_utf8(&key, &len, ids[i].name,
		                                     strlen(ids[i].name))) < 0)
			goto done;
		/* repaired keys may collide: their counts add up */
		if ((prev = json_object_get(obj, key)) != NULL)
			error = hdrcheck__json_set_count(
			    obj, key,
			    (size_t)json_integer_value(prev) + ids[i].files);
		else
			error =
			    hdrcheck__json_set_count(obj, key, ids[i].files);
		if (error < 0)
			goto done;
	}
	*out = obj;
	obj = NULL;
done:
	free(key);
	free(ids);
	free(all);
	json_decref(obj);
	return error;
}

/* {"no_comment_syntax": {"JSON": 3, ...}, "no_comment_found": 2}: the
 * text files left unchecked (unsupported_type), and why. */
static int unchecked_summary(json_t **out, const hdrcheck_report *r)
{
	hdrcheck__holder_count *types = NULL;
	json_t *obj = NULL, *by_type = NULL;
	size_t i, count = 0, none = 0;
	int error;

	if ((error = hdrcheck__report_unchecked(&types, &count, &none, r)) <
	    0) {
		error = hdrcheck__json_nomem();
		goto done;
	}
	if ((error = hdrcheck__json_object(&obj)) < 0 ||
	    (error = hdrcheck__json_object(&by_type)) < 0)
		goto done;
	for (i = 0; i < count; i++)
		if ((error = hdrcheck__json_set_count(by_type, types[i].name,
		                                      types[i].files)) < 0)
			goto done;
	error = hdrcheck__json_set(obj, "no_comment_syntax", by_type);
	by_type = NULL;
	if (error < 0 || (error = hdrcheck__json_set_count(
	                      obj, "no_comment_found", none)) < 0)
		goto done;
	*out = obj;
	obj = NULL;

done:
	free(types);
	json_decref(by_type);
	json_decref(obj);
	return error;
}

static int summary_object(json_t **out, const hdrcheck_report *r)
{
	json_t *obj = NULL, *holders = NULL, *licenses = NULL,
	       *unchecked = NULL;
	size_t i;
	int error;

	if ((error = hdrcheck__json_object(&obj)) < 0 ||
	    (error = hdrcheck__json_set_count(obj, "files", r->summary.files)) <
	        0)
		goto done;
	for (i = 0; i < HDRCHECK_STATUS__COUNT; i++)
		if ((error = hdrcheck__json_set_count(
		         obj, hdrcheck_status_name((hdrcheck_status)i),
		         r->summary.by_status[i])) < 0)
			goto done;
	/* added keys, present only with a baseline or waivers: the
	 * accepted violations (counted above too) and the stale entries */
	if ((r->has_baseline || r->summary.waived) &&
	    ((error = hdrcheck__json_set_count(obj, "baselined",
	                                       r->summary.baselined)) < 0 ||
	     (error = hdrcheck__json_set_count(obj, "waived",
	                                       r->summary.waived)) < 0))
		goto done;
	if (r->has_baseline && (error = hdrcheck__json_set_count(
	                            obj, "stale", r->summary.stale)) < 0)
		goto done;
	if ((error = holders_summary(&holders, r)) < 0 ||
	    (error = hdrcheck__json_set(obj, "holders", holders)) < 0 ||
	    (error = licenses_summary(&licenses, r)) < 0 ||
	    (error = hdrcheck__json_set(obj, "licenses", licenses)) < 0 ||
	    (error = unchecked_summary(&unchecked, r)) < 0 ||
	    (error = hdrcheck__json_set(obj, "unchecked", unchecked)) < 0)
		goto done;
	*out = obj;
	obj = NULL;

done:
	json_decref(obj);
	return error;
}

/*
 * The files array. Its records have a fixed shape, so they are written by
 * hand into one buffer, flushed in large writes: building, dumping and
 * freeing a jansson object per file cost about 37,000 instructions a file,
 * more than checking the file. The bytes are the ones jansson wrote for
 * such an object (JSON_PRESERVE_ORDER on one line: ", " and ": " between
 * members): a string whose JSON form is its bytes between quotes is copied;
 * any other string (a quote, a backslash, a control or non-ASCII byte) is
 * still repaired (U+FFFD) and escaped by jansson. tests/reports/json.c
 * compares the records with jansson-built objects over hostile strings.
 */

/* Records are flushed once the buffer holds this much. */
#define FILES_FLUSH_AT 65536

/* Room for len more bytes (and the NUL hdrcheck_buf keeps room for). */
static int reserve(hdrcheck_buf *b, size_t len)
{
	if (len < b->cap - b->len)
		return 0;
	return hdrcheck__buf_grow(b, len) < 0 ? hdrcheck__json_nomem() : 0;
}

static int put(hdrcheck_buf *b, const char *s, size_t len)
{
	int error;

	if ((error = reserve(b, len)) < 0)
		return error;
	memcpy(b->ptr + b->len, s, len);
	b->len += len;
	return 0;
}

#define PUT_LITERAL(b, s) put((b), (s), sizeof(s) - 1)

/*
 * 1 for the bytes jansson writes as they are, whatever the flags: the
 * printable ASCII characters but '"' and '\\' (DEL too, but it is left to
 * jansson). NUL is 0, which ends the scan of a C string.
 */
/* clang-format off */
static const unsigned char plain[256] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0,
	/* 0x80-0xFF: 0 */
};
/* clang-format on */

static int emit_buf(const char *s, size_t len, void *ctx)
{
	return put(ctx, s, len);
}

/* A string that needs escaping or repair: jansson writes it, and the
 * controls it leaves are escaped (ctl_put). */
static int put_escaped(hdrcheck_buf *b, const char *s, size_t len)
{
	json_t *value = NULL;
	char *raw = NULL;
	size_t n;
	int error;

	if ((error = hdrcheck__json_stringn(&value, s, len)) < 0)
		goto done;
	/* the size, then the bytes straight into the buffer */
	if (!(n = json_dumpb(value, NULL, 0, JSON_ENCODE_ANY | DUMP_FLAGS))) {
		error = hdrcheck__json_nomem();
		goto done;
	}
	if (!(raw = hdrcheck__malloc(n))) {
		error = hdrcheck__json_nomem();
		goto done;
	}
	if (json_dumpb(value, raw, n, JSON_ENCODE_ANY | DUMP_FLAGS) != n) {
		error = hdrcheck__json_nomem();
		goto done;
	}
	{
		ctl_filter f = {{0, 0}, 0, emit_buf, NULL};

		f.ctx = b;
		if ((error = ctl_put(&f, raw, n)) < 0 ||
		    (error = ctl_flush(&f)) < 0)
			goto done;
	}

done:
	free(raw);
	json_decref(value);
	return error;
}

/* "s": a string of plain bytes only. */
static int put_plain(hdrcheck_buf *b, const char *s, size_t len)
{
	int error;

	if ((error = reserve(b, len + 2)) < 0)
		return error;
	b->ptr[b->len++] = '"';
	memcpy(b->ptr + b->len, s, len);
	b->len += len;
	b->ptr[b->len++] = '"';
	return 0;
}

/* The JSON string of s[0..len). */
static int put_stringn(hdrcheck_buf *b, const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i;

	for (i = 0; i < len && plain[p[i]]; i++)
		;
	return i < len ? put_escaped(b, s, len) : put_plain(b, s, len);
}

/* The JSON string of s, or null for NULL. */
static int put_string(hdrcheck_buf *b, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i;

	if (!s)
		return PUT_LITERAL(b, "null");
	/* one pass: the NUL or the first byte that is not plain */
	for (i = 0; plain[p[i]]; i++)
		;
	return p[i] ? put_escaped(b, s, i + strlen(s + i)) : put_plain(b, s, i);
}

/* A line number as jansson writes the json_integer() of it; 0 is null. */
static int put_line(hdrcheck_buf *b, unsigned int line)
{
	char digits[3 * sizeof(line)], *p = digits + sizeof(digits);

	if (!line)
		return PUT_LITERAL(b, "null");
	do
		*--p = (char)('0' + line % 10);
	while ((line /= 10) != 0);
	return put(b, p, (size_t)(digits + sizeof(digits) - p));
}

/* ["holder", ...] from the '\n'-separated list (NULL: empty array). */
static int put_holders(hdrcheck_buf *b, const char *list)
{
	const char *p = list, *nl;
	size_t n;
	int error;

	if ((error = PUT_LITERAL(b, "[")) < 0)
		return error;
	while (p && *p) {
		nl = strchr(p, '\n');
		n = nl ? (size_t)(nl - p) : strlen(p);
		if ((p != list && (error = PUT_LITERAL(b, ", ")) < 0) ||
		    (error = put_stringn(b, p, n)) < 0)
			return error;
		p = nl ? nl + 1 : NULL;
	}
	return PUT_LITERAL(b, "]");
}

int hdrcheck__json_put_file(hdrcheck_buf *b, const hdrcheck_finding *f)
{
	int error;

	if ((error = PUT_LITERAL(b, "{\"path\": ")) < 0 ||
	    (error = put_string(b, f->path)) < 0 ||
	    (error = PUT_LITERAL(b, ", \"status\": ")) < 0 ||
	    (error = put_string(b, hdrcheck_status_name(f->status))) < 0 ||
	    (error = PUT_LITERAL(b, ", \"reason\": ")) < 0 ||
	    (error = put_string(b, f->reason)) < 0 ||
	    (error = PUT_LITERAL(b, ", \"license\": ")) < 0 ||
	    (error = put_string(b, f->license)) < 0 ||
	    (error = PUT_LITERAL(b, ", \"language\": ")) < 0 ||
	    (error = put_string(b, f->language)) < 0 ||
	    (error = PUT_LITERAL(b, ", \"line\": ")) < 0 ||
	    (error = put_line(b, f->line)) < 0 ||
	    (error = PUT_LITERAL(b, ", \"holders\": ")) < 0 ||
	    (error = put_holders(b, f->holders)) < 0 ||
	    (error = PUT_LITERAL(b, ", \"policy\": ")) < 0 ||
	    (error = put_string(b, f->policy)) < 0)
		return error;
	/* added keys, present only with a baseline or waivers: the blob id
	 * of a violation, "baselined", the waiver that covers the file */
	if (f->blob && ((error = PUT_LITERAL(b, ", \"blob\": ")) < 0 ||
	                (error = put_string(b, f->blob)) < 0))
		return error;
	if (f->accepted == HDRCHECK_ACCEPTED_BASELINE &&
	    (error = PUT_LITERAL(b, ", \"baselined\": true")) < 0)
		return error;
	if (f->waiver &&
	    ((error = PUT_LITERAL(b, ", \"waiver\": {\"reason\": ")) < 0 ||
	     (error = put_string(b, f->waiver)) < 0 ||
	     (error = PUT_LITERAL(b, ", \"expires\": ")) < 0 ||
	     (error = put_string(b, f->waiver_expires)) < 0 ||
	     (error = f->accepted == HDRCHECK_ACCEPTED_WAIVER
	                  ? PUT_LITERAL(b, ", \"expired\": false}")
	                  : PUT_LITERAL(b, ", \"expired\": true}")) < 0))
		return error;
	/* present only on a file with a warning */
	if (f->warning && ((error = PUT_LITERAL(b, ", \"warning\": ")) < 0 ||
	                   (error = put_string(b, f->warning)) < 0))
		return error;
	return PUT_LITERAL(b, "}");
}

/* Write b to out and empty it; stop early on a dead stream (e.g. a full
 * disk). */
static int flush_files(FILE *out, hdrcheck_buf *b)
{
	if (b->len && fwrite(b->ptr, 1, b->len, out) != b->len)
		return hdrcheck__report_write_failed(errno);
	b->len = 0;
	return ferror(out) ? hdrcheck__report_write_failed(errno) : 0;
}

static int write_files(FILE *out, const hdrcheck_report *r)
{
	hdrcheck_buf b = HDRCHECK_BUF_INIT;
	size_t i;
	int error = 0;

	if ((error = PUT_LITERAL(&b, ",\n  \"files\": [")) < 0)
		goto done;
	for (i = 0; i < r->count; i++) {
		if ((error = i ? PUT_LITERAL(&b, ",\n    ")
		               : PUT_LITERAL(&b, "\n    ")) < 0 ||
		    (error = hdrcheck__json_put_file(&b, &r->findings[i])) <
		        0 ||
		    (b.len >= FILES_FLUSH_AT &&
		     (error = flush_files(out, &b)) < 0))
			goto done;
	}
	if ((error = r->count ? PUT_LITERAL(&b, "\n  ]")
	                      : PUT_LITERAL(&b, "]")) < 0 ||
	    (error = flush_files(out, &b)) < 0)
		goto done;

done:
	hdrcheck__buf_dispose(&b);
	return error;
}

/* "stale_baseline": the baseline's entries that matched no violation. */
static int stale_array(json_t **out, const hdrcheck_report *r)
{
	json_t *arr = json_array(), *obj = NULL;
	size_t i;
	int error = 0;

	if (!arr)
		return hdrcheck__json_nomem();
	for (i = 0; i < r->stale_count; i++) {
		const hdrcheck_stale_entry *e = &r->stale[i];

		if ((error = hdrcheck__json_object(&obj)) < 0 ||
		    (error = hdrcheck__json_set_string(obj, "path", e->path)) <
		        0 ||
		    (error = hdrcheck__json_set_string(
		         obj, "status", hdrcheck_status_name(e->status))) < 0 ||
		    (error = hdrcheck__json_set_string(obj, "blob", e->blob)) <
		        0 ||
		    (error = hdrcheck__json_set_string(obj, "reason",
		                                       e->reason)) < 0 ||
		    (error = hdrcheck__json_set_string(obj, "why", e->why)) < 0)
			goto done;
		if (json_array_append_new(arr, obj) != 0) {
			obj = NULL;
			error = hdrcheck__json_nomem();
			goto done;
		}
		obj = NULL;
	}
	*out = arr;
	arr = NULL;
done:
	json_decref(obj);
	json_decref(arr);
	return error;
}

static int string_array(json_t **out, const char *const *v, size_t n)
{
	json_t *arr = json_array(), *s = NULL;
	size_t i;
	int error = 0;

	if (!arr)
		return hdrcheck__json_nomem();
	for (i = 0; i < n; i++) {
		if ((error = hdrcheck__json_string(&s, v[i])) < 0)
			goto done;
		if (json_array_append_new(arr, s) != 0) {
			error = hdrcheck__json_nomem();
			goto done;
		}
	}
	*out = arr;
	arr = NULL;
done:
	json_decref(arr);
	return error;
}

/* "archive": {"against", "commit", "only_in_archive", "only_in_rev",
 * "modified"} (--archive with --against): a public contract. */
static int archive_object(json_t **out, const hdrcheck_archive_diff *d)
{
	json_t *obj = NULL, *arr = NULL, *m = NULL, *changes = NULL;
	size_t i;
	int error;

	/* hdrcheck__json_set() takes the value, even when it fails */
	if ((error = hdrcheck__json_object(&obj)) < 0 ||
	    (error = hdrcheck__json_set_string(obj, "against", d->against)) <
	        0 ||
	    (error = hdrcheck__json_set_string(obj, "commit", d->commit)) < 0 ||
	    (error = string_array(&arr, d->only_in_archive,
	                          d->only_in_archive_count)) < 0)
		goto done;
	error = hdrcheck__json_set(obj, "only_in_archive", arr);
	arr = NULL;
	if (error < 0 || (error = string_array(&arr, d->only_in_rev,
	                                       d->only_in_rev_count)) < 0)
		goto done;
	error = hdrcheck__json_set(obj, "only_in_rev", arr);
	arr = NULL;
	if (error < 0)
		goto done;
	if (!(arr = json_array())) {
		error = hdrcheck__json_nomem();
		goto done;
	}
	for (i = 0; i < d->modified_count; i++) {
		const hdrcheck_archive_change *c = &d->modified[i];
		const char *names = hdrcheck_archive_change_name(c->changes);
		const char *p = names;

		if (!(changes = json_array())) {
			error = hdrcheck__json_nomem();
			goto done;
		}
		/* "content,mode" -> ["content", "mode"] */
		while (*p) {
			const char *comma = strchr(p, ',');
			size_t len = comma ? (size_t)(comma - p) : strlen(p);
			json_t *s = NULL;

			if ((error = hdrcheck__json_stringn(&s, p, len)) < 0)
				goto done;
			if (json_array_append_new(changes, s) != 0) {
				error = hdrcheck__json_nomem();
				goto done;
			}
			p += len + (comma != NULL);
		}
		if ((error = hdrcheck__json_object(&m)) < 0 ||
		    (error = hdrcheck__json_set_string(m, "path", c->path)) < 0)
			goto done;
		error = hdrcheck__json_set(m, "changes", changes);
		changes = NULL;
		if (error < 0 ||
		    (error = hdrcheck__json_set_string(m, "archive_mode",
		                                       c->archive_mode)) < 0 ||
		    (error = hdrcheck__json_set_string(m, "rev_mode",
		                                       c->rev_mode)) < 0)
			goto done;
		if (json_array_append_new(arr, m) != 0) {
			m = NULL;
			error = hdrcheck__json_nomem();
			goto done;
		}
		m = NULL;
	}
	error = hdrcheck__json_set(obj, "modified", arr);
	arr = NULL;
	if (error < 0)
		goto done;
	*out = obj;
	obj = NULL;
done:
	json_decref(changes);
	json_decref(m);
	json_decref(arr);
	json_decref(obj);
	return error;
}

int hdrcheck__report_write_json(FILE *out, const hdrcheck_report *r,
                                const hdrcheck_write_options *opts)
{
	json_t *tool = NULL, *source = NULL, *policy = NULL, *summary = NULL;
	json_t *stale = NULL, *archive = NULL;
	int error;

	(void)opts; /* colour and quiet are text options */

	/* build everything that can fail for lack of memory before the first
	 * byte, so such a failure leaves no half-written envelope */
	if ((error = tool_object(&tool)) < 0 ||
	    (error = source_object(&source, r)) < 0 ||
	    (error = policy_object(&policy, r)) < 0 ||
	    (error = summary_object(&summary, r)) < 0 ||
	    (r->has_baseline && (error = stale_array(&stale, r)) < 0) ||
	    (r->archive && (error = archive_object(&archive, r->archive)) < 0))
		goto done;

	fprintf(out, "{\n  \"schema_version\": %d", REPORT_SCHEMA_VERSION);
	if ((error = write_member(out, "tool", tool)) < 0 ||
	    (error = write_member(out, "source", source)) < 0 ||
	    (error = write_member(out, "policy", policy)) < 0 ||
	    (error = write_member(out, "summary", summary)) < 0 ||
	    (error = write_files(out, r)) < 0 ||
	    (stale &&
	     (error = write_member(out, "stale_baseline", stale)) < 0) ||
	    (archive && (error = write_member(out, "archive", archive)) < 0))
		goto done;
	fputs("\n}\n", out);

done:
	json_decref(archive);
	json_decref(stale);
	json_decref(tool);
	json_decref(source);
	json_decref(policy);
	json_decref(summary);
	return error;
}
