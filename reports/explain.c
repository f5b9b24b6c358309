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
 * explain --format json: one object, keys in a fixed order
 * (docs/explain.md). The steps are the text's lines, so the two forms
 * cannot say different things; the candidates and the verdict are data.
 */

#include <stdlib.h>
#include <string.h>
#include <jansson.h>
#include "reports/explain.h"

/* A string that may not be UTF-8 (a path, a header's words). */
static json_t *str(const char *s, size_t n)
{
	json_t *j = json_stringn(s, n);
	char *fixed;
	size_t i;

	if (j)
		return j;
	if (!(fixed = hdrcheck__malloc(n + 1)))
		return NULL;
	for (i = 0; i < n; i++)
		fixed[i] = (unsigned char)s[i] < 0x80 ? s[i] : '?';
	fixed[n] = '\0';
	j = json_stringn(fixed, n);
	free(fixed);
	return j;
}

static json_t *str0(const char *s)
{
	return s ? str(s, strlen(s)) : json_null();
}

static int set(json_t *o, const char *key, json_t *v)
{
	return v && json_object_set_new(o, key, v) == 0 ? 0 : HDRCHECK_ENOMEM;
}

static int push(json_t *a, json_t *v)
{
	return v && json_array_append_new(a, v) == 0 ? 0 : HDRCHECK_ENOMEM;
}

/* "key:   detail" lines. */
static json_t *steps(const char *t, size_t len)
{
	json_t *a = json_array();
	const char *end = t + len;

	while (a && t < end) {
		const char *nl = memchr(t, '\n', (size_t)(end - t));
		const char *e = nl ? nl : end, *colon = memchr(t, ':', e - t);
		const char *d;
		json_t *o = json_object();

		if (!o || push(a, o) < 0 ||
		    set(o, "step", str(t, colon ? (size_t)(colon - t) : 0)) <
		        0) {
			json_decref(a);
			return NULL;
		}
		d = colon ? colon + 1 : t;
		while (d < e && *d == ' ')
			d++;
		if (set(o, "detail", str(d, (size_t)(e - d))) < 0) {
			json_decref(a);
			return NULL;
		}
		t = nl ? nl + 1 : end;
	}
	return a;
}

static json_t *candidates(const hdrcheck__ident *r)
{
	json_t *a = json_array();
	size_t i;

	for (i = 0; a && r && i < r->ncands; i++) {
		const hdrcheck__ident_candidate *c = &r->cands[i];
		json_t *o = json_object();

		if (!o || push(a, o) < 0 ||
		    set(o, "license", str0(c->id)) < 0 ||
		    set(o, "vote", json_real(c->vote / 1000.0)) < 0 ||
		    set(o, "words", json_integer((json_int_t)c->words)) < 0 ||
		    set(o, "matched", json_integer((json_int_t)c->matched)) <
		        0 ||
		    set(o, "differ", json_integer((json_int_t)c->differ)) < 0 ||
		    set(o, "exact", json_boolean(c->exact)) < 0 ||
		    set(o, "text", json_integer(c->round + 1)) < 0 ||
		    set(o, "difference",
		        c->exact ? json_null() : str0(c->why)) < 0) {
			json_decref(a);
			return NULL;
		}
	}
	return a;
}

static json_t *named(const hdrcheck__ident *r)
{
	json_t *a = json_array();
	size_t i;

	for (i = 0; a && r && i < r->nnamed; i++) {
		json_t *o;

		if (hdrcheck__ident_named_text(r, i))
			continue;
		if (!(o = json_object()) || push(a, o) < 0 ||
		    set(o, "license", str0(r->named[i].id)) < 0 ||
		    set(o, "words", str0(r->named[i].words)) < 0) {
			json_decref(a);
			return NULL;
		}
	}
	return a;
}

static json_t *pair(const char *license, const char *key, const char *why)
{
	json_t *o;

	if (!license)
		return json_null();
	if (!(o = json_object()) || set(o, "license", str0(license)) < 0 ||
	    set(o, key, str0(why)) < 0) {
		json_decref(o);
		return NULL;
	}
	return o;
}

/* The winner: the license the file's words state, or what outside
 * them gave the verdict's license. */
static json_t *winner(const hdrcheck__ident_why *why,
                      const hdrcheck__license_origin *origin,
                      const hdrcheck_finding *verdict)
{
	const char *kind = origin ? origin->kind : NULL;
	char *text;
	json_t *o;

	if (!kind || !verdict->license || strcmp(kind, "header") == 0)
		return pair(why->winner, "why", why->won);
	if (strcmp(kind, "spdx_tag") == 0)
		text = hdrcheck__strdup("the SPDX-License-Identifier tag "
		                        "states it");
	else if (strcmp(kind, "license_file") == 0)
		text = hdrcheck__aprintf("the header refers to the license "
		                         "file, %s",
		                         origin->path ? origin->path : "");
	else
		text = hdrcheck__aprintf("REUSE: %s:%u states it",
		                         origin->path ? origin->path : "",
		                         origin->line);
	if (!text)
		return NULL;
	o = pair(verdict->license, "why", text);
	free(text);
	return o;
}

int hdrcheck__explain_write_json(char **out, const char *trace, size_t len,
                                 const hdrcheck__ident *ident,
                                 const hdrcheck__license_origin *origin,
                                 const hdrcheck_finding *verdict)
{
	hdrcheck__ident_why why;
	json_t *root = json_object(), *o = NULL;
	char *text = NULL;
	int error = 0;

	memset(&why, 0, sizeof(why));
	if (!root ||
	    (ident && (error = hdrcheck__ident_explain(&why, ident)) < 0))
		goto done;
	if ((error = set(root, "explain_version", json_integer(1))) < 0 ||
	    (error = set(root, "file", str0(verdict->path))) < 0 ||
	    (error = set(root, "steps", steps(trace, len))) < 0 ||
	    (error = set(root, "candidates", candidates(ident))) < 0 ||
	    (error = set(root, "named", named(ident))) < 0 ||
	    (error = set(root, "alternatives",
	                 json_boolean(ident && ident->dual))) < 0 ||
	    (error = set(root, "winner", winner(&why, origin, verdict))) < 0 ||
	    (error = set(root, "runner_up",
	                 pair(why.runner_up, "why_lost", why.lost))) < 0)
		goto done;
	if (origin && origin->kind) {
		if (!(o = json_object()) ||
		    (error = set(o, "kind", str0(origin->kind))) < 0 ||
		    (error = set(o, "path", str0(origin->path))) < 0 ||
		    (error = set(o, "line",
		                 origin->line ? json_integer(origin->line)
		                              : json_null())) < 0) {
			json_decref(o);
			error = HDRCHECK_ENOMEM;
			goto done;
		}
	} else {
		o = json_null();
	}
	if ((error = set(root, "source", o)) < 0 || !(o = json_object()) ||
	    (error = set(root, "verdict", o)) < 0 ||
	    (error = set(o, "status",
	                 str0(hdrcheck_status_name(verdict->status)))) < 0 ||
	    (error = set(o, "line",
	                 verdict->line ? json_integer(verdict->line)
	                               : json_null())) < 0 ||
	    (error = set(o, "license", str0(verdict->license))) < 0 ||
	    (error = set(o, "reason", str0(verdict->reason))) < 0)
		goto done;
	if (!(text = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER |
	                                  JSON_REAL_PRECISION(3)))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	if (!(*out = hdrcheck__aprintf("%s\n", text)))
		error = HDRCHECK_ENOMEM;
done:
	if (!root)
		error = HDRCHECK_ENOMEM;
	free(text);
	hdrcheck__ident_why_dispose(&why);
	json_decref(root);
	return error;
}
