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
 * skywalking-eyes' .licenserc.yaml mapped onto the hdrcheck model. Its
 * "header" section is one mapping (config v1) or a list of them (v2); each
 * becomes a policy. skywalking-eyes decodes with yaml.v3 and ignores keys it
 * does not know; here every key that is not mapped is reported through the
 * warning callback with its line and column, never dropped silently. Types
 * are as lenient as yaml.v3 decoding into skywalking-eyes' Go structs (any
 * scalar is a string, null is "not set") and no more.
 */

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "common.h"
#include "policies/config.h"
#include "policies/config_tree.h"
#include "policies/filetypes.h"

#define LRC_QUOTE 96
/* Brace expansion of "{a,b}" in globs (doublestar syntax) is bounded. */
#define LRC_MAX_BRACES     32
#define LRC_MAX_EXPANSIONS 256

static const char *const lrc_top_keys[] = {"header", "dependency", NULL};
static const char *const lrc_header_keys[] = {"license",
                                              "paths",
                                              "paths-ignore",
                                              "comment",
                                              "license-location-threshold",
                                              "language",
                                              NULL};
static const char *const lrc_license_keys[] = {"spdx-id",
                                               "copyright-owner",
                                               "copyright-year",
                                               "software-name",
                                               "content",
                                               "pattern",
                                               NULL};
static const char *const lrc_language_keys[] = {
    "type", "extensions", "filenames", "comment_style_id", NULL};

/* skywalking-eyes' assets/styles.yaml, as hdrcheck comment syntax */
static const struct {
	const char *id;
	const char *line[5];
	const char *block[2];
} lrc_styles[] = {
    {"DoubleSlash", {"//"}, {NULL}},
    {"Hashtag", {"#"}, {NULL}},
    {"PythonStyle", {"#"}, {NULL}},
    {"AngleBracket", {NULL}, {"<!--", "-->"}},
    {"AngleBracketPercentHashtag", {NULL}, {"<%#", "%>"}},
    {"SlashAsterisk", {NULL}, {"/*", "*/"}},
    {"PhpTag", {NULL}, {"/*", "*/"}},
    {"RoundBracketAsterisk", {NULL}, {"(*", "*)"}},
    {"CurlyBracketDash", {NULL}, {"{-", "-}"}},
    {"CurlyBracketHashtag", {NULL}, {"{#", "#}"}},
    {"CurlyBracketAsterisk", {NULL}, {"{*", "*}"}},
    {"PythonDocStringStyle", {NULL}, {"\"\"\"", "\"\"\""}},
    {"DoubleDash", {"--"}, {NULL}},
    {"Quotes", {"\""}, {NULL}},
    {"Semicolon", {";"}, {NULL}},
    {"DoubleDot", {".."}, {NULL}},
    {"Remark", {"REM", "rem", "@REM", "@rem"}, {NULL}},
    {"Percent", {"%"}, {NULL}},
    {"Apostrophe", {"'"}, {NULL}},
    {"Slash", {"/"}, {NULL}},
};

typedef struct {
	const char *source;
	hdrcheck__config *cfg;
	hdrcheck__config_warn warn;
	void *payload;
} lrc_ctx;

static int lrc_warn(lrc_ctx *ctx, const hdrcheck__ynode *at, const char *fmt,
                    ...) HDRCHECK__PRINTF(3, 4);

static int lrc_warn(lrc_ctx *ctx, const hdrcheck__ynode *at, const char *fmt,
                    ...)
{
	char msg[768], *line;
	va_list ap;

	if (!ctx->warn)
		return 0;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (!(line = hdrcheck__ytree_message(ctx->source, at, "%s", msg)))
		return HDRCHECK_ENOMEM;
	ctx->warn(ctx->payload, line);
	free(line);
	return 0;
}

static int lrc_unsupported(lrc_ctx *ctx, const hdrcheck__ynode *key,
                           const char *path)
{
	char q[LRC_QUOTE];

	return lrc_warn(ctx, key, "%s is not supported by hdrcheck; ignored",
	                hdrcheck__ytree_quote(q, sizeof(q), path));
}

static int lrc_unknown(lrc_ctx *ctx, const hdrcheck__ynode *key,
                       const char *prefix, const char *const *known)
{
	const char *near = hdrcheck__config_suggest(key->value, known);
	char q[LRC_QUOTE], qn[LRC_QUOTE], *path = NULL, *hint = NULL;
	int error;

	/* quoted whole, prefix included: a language name may be anything */
	if (!(path = hdrcheck__aprintf("%s%s", prefix, key->value)) ||
	    (near && !(hint = hdrcheck__aprintf("%s%s", prefix, near)))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	hdrcheck__ytree_quote(q, sizeof(q), path);
	if (near)
		error =
		    lrc_warn(ctx, key,
		             "%s is not a skywalking-eyes key; ignored "
		             "(did you mean %s?)",
		             q, hdrcheck__ytree_quote(qn, sizeof(qn), hint));
	else
		error = lrc_warn(ctx, key,
		                 "%s is not a skywalking-eyes key; ignored", q);
done:
	free(path);
	free(hint);
	return error;
}

static int lrc_is_scalar(const hdrcheck__ynode *n)
{
	return n->kind == HDRCHECK__YNODE_SCALAR && !hdrcheck__ytree_is_null(n);
}

/* A string as yaml.v3 decodes one: any scalar; null or "" leaves *out. */
static int lrc_string(lrc_ctx *ctx, const char *path, const hdrcheck__ynode *v,
                      const hdrcheck__ynode **out)
{
	char q[LRC_QUOTE];

	if (hdrcheck__ytree_is_null(v))
		return 0;
	if (v->kind != HDRCHECK__YNODE_SCALAR)
		return hdrcheck__ytree_fail(
		    ctx->source, v, "%s must be a string",
		    hdrcheck__ytree_quote(q, sizeof(q), path));
	if (v->len)
		*out = v;
	return 0;
}

/* The first top-level "{...}" of s: *open and *close, or 0 when none; -1
 * when unterminated. Backslash escapes a character, as in doublestar. */
static int lrc_brace(const char *s, const char **open, const char **close)
{
	const char *p;
	int depth = 0;

	*open = *close = NULL;
	for (p = s; *p; p++) {
		if (*p == '\\' && p[1]) {
			p++;
		} else if (*p == '{') {
			if (!depth++)
				*open = p;
		} else if (*p == '}' && depth) {
			if (!--depth) {
				*close = p;
				return 1;
			}
		}
	}
	return *open ? -1 : 0;
}

/* Replace s's first group by each of its alternatives, pushed on todo in
 * reverse so that popping keeps the written order. */
static int lrc_split(const char *s, const char *open, const char *close,
                     hdrcheck__strv *todo, const char **why)
{
	const char *starts[LRC_MAX_EXPANSIONS], *ends[LRC_MAX_EXPANSIONS], *p;
	size_t n = 0;
	int depth = 0;

	starts[n++] = open + 1;
	for (p = open + 1; p < close; p++) {
		if (*p == '\\' && p + 1 < close) {
			p++;
		} else if (*p == '{') {
			depth++;
		} else if (*p == '}') {
			depth--;
		} else if (*p == ',' && !depth) {
			if (n == LRC_MAX_EXPANSIONS) {
				*why = "too many \"{...}\" alternatives";
				return 0;
			}
			ends[n - 1] = p;
			starts[n++] = p + 1;
		}
	}
	ends[n - 1] = close;
	while (n--) {
		char *item;

		if (todo->len >= LRC_MAX_EXPANSIONS) {
			*why = "too many \"{...}\" alternatives";
			return 0;
		}
		item = hdrcheck__aprintf("%.*s%.*s%s", (int)(open - s), s,
		                         (int)(ends[n] - starts[n]), starts[n],
		                         close + 1);
		if (!item)
			return HDRCHECK_ENOMEM;
		if (hdrcheck__strv_push(todo, item) < 0)
			return HDRCHECK_ENOMEM;
	}
	return 0;
}

/* Expand doublestar's "{a,b}" alternatives into plain globs. */
static int lrc_expand(lrc_ctx *ctx, const hdrcheck__ynode *at, const char *glob,
                      hdrcheck__strv *out)
{
	hdrcheck__strv todo = HDRCHECK__STRV_INIT;
	const char *why = NULL, *open, *close, *p;
	char q[LRC_QUOTE], *s = NULL;
	size_t braces = 0, produced = 0;
	int error = 0, found;

	for (p = glob; *p; p++) {
		if (*p == '\\' && p[1])
			p++;
		else if (*p == '{')
			braces++;
	}
	if (braces > LRC_MAX_BRACES) {
		why = "too many \"{...}\" alternatives";
		goto fail;
	}
	if ((error = hdrcheck__strv_push_copy(&todo, glob)) < 0)
		goto done;
	while (todo.len) {
		s = todo.items[--todo.len];
		todo.items[todo.len] = NULL;
		found = lrc_brace(s, &open, &close);
		if (found < 0) {
			why = "unterminated \"{\"";
			goto fail;
		}
		if (!found) {
			if (++produced > LRC_MAX_EXPANSIONS) {
				why = "too many \"{...}\" alternatives";
				goto fail;
			}
			error = hdrcheck__strv_push(out, s);
			s = NULL;
			if (error < 0)
				goto done;
			continue;
		}
		if ((error = lrc_split(s, open, close, &todo, &why)) < 0)
			goto done;
		if (why)
			goto fail;
		free(s);
		s = NULL;
	}
	goto done;
fail:
	error = hdrcheck__ytree_fail(ctx->source, at, "invalid glob %s: %s",
	                             hdrcheck__ytree_quote(q, sizeof(q), glob),
	                             why);
done:
	free(s);
	hdrcheck__strv_dispose(&todo);
	return error;
}

/* A doublestar glob list as hdrcheck globs: braces expanded, a leading
 * '!' escaped (it negates in hdrcheck, not in skywalking-eyes). */
static int lrc_globs(lrc_ctx *ctx, const char *path, const hdrcheck__ynode *v,
                     hdrcheck__strv *out)
{
	char q[LRC_QUOTE];
	size_t i, j;
	int error;

	if (hdrcheck__ytree_is_null(v))
		return 0;
	if (v->kind != HDRCHECK__YNODE_SEQUENCE)
		return hdrcheck__ytree_fail(
		    ctx->source, v, "%s must be a list of strings",
		    hdrcheck__ytree_quote(q, sizeof(q), path));
	for (i = 0; i < v->count; i++) {
		const hdrcheck__ynode *item = v->items[i];
		hdrcheck__strv globs = HDRCHECK__STRV_INIT;

		if (item->kind != HDRCHECK__YNODE_SCALAR)
			return hdrcheck__ytree_fail(
			    ctx->source, item, "%s must be a list of strings",
			    hdrcheck__ytree_quote(q, sizeof(q), path));
		if (!lrc_is_scalar(item) || !item->len) {
			/* doublestar matches nothing with "" */
			if ((error = lrc_warn(
			         ctx, item, "empty entry in %s; ignored",
			         hdrcheck__ytree_quote(q, sizeof(q), path))) <
			    0)
				return error;
			continue;
		}
		if ((error = lrc_expand(ctx, item, item->value, &globs)) < 0) {
			hdrcheck__strv_dispose(&globs);
			return error;
		}
		for (j = 0; j < globs.len; j++) {
			char *g = globs.items[j];

			error =
			    hdrcheck__config_check_glob(ctx->source, item, g);
			if (error == 0 && g[0] == '!') {
				char *escaped = hdrcheck__aprintf("\\%s", g);

				error = escaped
				            ? hdrcheck__strv_push(out, escaped)
				            : HDRCHECK_ENOMEM;
			} else if (error == 0) {
				error = hdrcheck__strv_push_copy(out, g);
			}
			if (error < 0)
				break;
		}
		hdrcheck__strv_dispose(&globs);
		if (error < 0)
			return error;
	}
	return 0;
}

/* text with skywalking-eyes' [year], [owner], [software-name] written as
 * hdrcheck placeholders (the name is literal); trimmed. */
static int lrc_template(char **out, const char *text, const char *software)
{
	static const struct {
		const char *from, *to;
	} marks[] = {{"[year]", "{year}"},
	             {"[owner]", "{holder}"},
	             {"[software-name]", NULL}};
	hdrcheck_buf buf = HDRCHECK_BUF_INIT;
	const char *p = text, *end = text + strlen(text);
	size_t i;
	int error = 0;

	/* [software-name] may repeat a long name: bounded */
	buf.limit = HDRCHECK__CONFIG_MAX_BYTES * 2;
	while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
		p++;
	while (end > p && (end[-1] == ' ' || end[-1] == '\t' ||
	                   end[-1] == '\n' || end[-1] == '\r'))
		end--;
	while (p < end) {
		for (i = 0; i < HDRCHECK__ARRAY_SIZE(marks); i++) {
			size_t n = strlen(marks[i].from);

			if ((size_t)(end - p) >= n &&
			    strncmp(p, marks[i].from, n) == 0)
				break;
		}
		if (i < HDRCHECK__ARRAY_SIZE(marks)) {
			const char *to = marks[i].to
			                     ? marks[i].to
			                     : (software ? software : "");

			if ((error = hdrcheck__buf_puts(&buf, to)) < 0)
				goto done;
			p += strlen(marks[i].from);
			continue;
		}
		if ((error = hdrcheck__buf_put(&buf, p, 1)) < 0)
			goto done;
		p++;
	}
	if ((error = hdrcheck__buf_put(&buf, "", 0)) < 0)
		goto done;
	*out = buf.ptr;
	buf.ptr = NULL;
done:
	hdrcheck__buf_dispose(&buf);
	return error;
}

/* A skywalking-eyes pattern for hdrcheck: trimmed, and every run of white
 * space that holds a line break becomes \s+, since hdrcheck matches the
 * comment text and the pattern's line breaks need not fall in the same
 * places. */
static char *lrc_pattern(const char *pattern)
{
	hdrcheck_buf buf = HDRCHECK_BUF_INIT;
	const char *p = pattern, *end = pattern + strlen(pattern);

	buf.limit = HDRCHECK__CONFIG_MAX_BYTES * 3;
	while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
		p++;
	while (end > p && (end[-1] == ' ' || end[-1] == '\t' ||
	                   end[-1] == '\n' || end[-1] == '\r'))
		end--;
	while (p < end) {
		const char *q = p;
		int newline = 0;

		if (*p == '\\' && p + 1 < end) {
			if (hdrcheck__buf_put(&buf, p, 2) < 0)
				goto fail;
			p += 2;
			continue;
		}
		while (q < end &&
		       (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r')) {
			newline |= (*q == '\n' || *q == '\r');
			q++;
		}
		if (newline) {
			if (hdrcheck__buf_puts(&buf, "\\s+") < 0)
				goto fail;
			p = q;
			continue;
		}
		if (hdrcheck__buf_put(&buf, p, 1) < 0)
			goto fail;
		p++;
	}
	if (hdrcheck__buf_put(&buf, "", 0) < 0)
		goto fail;
	return buf.ptr;
fail:
	hdrcheck__buf_dispose(&buf);
	return NULL;
}

static int lrc_push_accept(hdrcheck__policy_config *p, char *text, char *regex)
{
	hdrcheck__accept *a;

	a = hdrcheck__realloc(p->accept, (p->accept_count + 1) * sizeof(*a));
	if (!a) {
		free(text);
		free(regex);
		return HDRCHECK_ENOMEM;
	}
	p->accept = a;
	a[p->accept_count].text = text;
	a[p->accept_count].regex = regex;
	p->accept_count++;
	return 0;
}

/*
 * skywalking-eyes' header for Apache-2.0 owned by the Apache Software
 * Foundation: the ASF source header (apache.org/legal/src-headers.html),
 * which names no owner and has no copyright line. Its choice is a
 * case-insensitive search of the owner for "Apache Software Foundation"
 * or "ASF", which this follows.
 */
static const char lrc_asf_header[] =
    "Licensed to the Apache Software Foundation (ASF) under one or more\n"
    "contributor license agreements.  See the NOTICE file distributed with\n"
    "this work for additional information regarding copyright ownership.\n"
    "The ASF licenses this file to You under the Apache License, Version "
    "2.0\n"
    "(the \"License\"); you may not use this file except in compliance "
    "with\n"
    "the License.  You may obtain a copy of the License at\n"
    "\n"
    "    http://www.apache.org/licenses/LICENSE-2.0\n"
    "\n"
    "Unless required by applicable law or agreed to in writing, software\n"
    "distributed under the License is distributed on an \"AS IS\" BASIS,\n"
    "WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or "
    "implied.\n"
    "See the License for the specific language governing permissions and\n"
    "limitations under the License.";

static int lrc_asf_owner(const char *owner)
{
	size_t i, n = strlen(owner);

	for (i = 0; i < n; i++)
		if ((n - i >= 3 && hdrcheck__ascii_ieqn(owner + i, 3, "asf")) ||
		    (n - i >= 26 &&
		     hdrcheck__ascii_ieqn(owner + i, 26,
		                          "apache software foundation")))
			return 1;
	return 0;
}

static int lrc_license(lrc_ctx *ctx, const hdrcheck__ynode *map,
                       hdrcheck__policy_config *p)
{
	const hdrcheck__ynode *spdx = NULL, *owner = NULL, *software = NULL;
	const hdrcheck__ynode *software_key = NULL, *content = NULL;
	const hdrcheck__ynode *pattern = NULL;
	char q[LRC_QUOTE], *text = NULL, *regex = NULL, *why = NULL;
	size_t i;
	int error = 0;

	if (hdrcheck__ytree_is_null(map))
		return 0;
	if (map->kind != HDRCHECK__YNODE_MAPPING)
		return hdrcheck__ytree_fail(ctx->source, map,
		                            "\"license\" must be a mapping");
	for (i = 0; i + 1 < map->count; i += 2) {
		const hdrcheck__ynode *k = map->items[i],
		                      *v = map->items[i + 1];
		const char *key = k->value;

		if (!strcmp(key, "spdx-id")) {
			error = lrc_string(ctx, "license.spdx-id", v, &spdx);
		} else if (!strcmp(key, "copyright-owner")) {
			error = lrc_string(ctx, "license.copyright-owner", v,
			                   &owner);
		} else if (!strcmp(key, "software-name")) {
			software_key = k;
			error = lrc_string(ctx, "license.software-name", v,
			                   &software);
		} else if (!strcmp(key, "content")) {
			error = lrc_string(ctx, "license.content", v, &content);
		} else if (!strcmp(key, "pattern")) {
			error = lrc_string(ctx, "license.pattern", v, &pattern);
		} else if (!strcmp(key, "copyright-year")) {
			/* {year} accepts any year */
			error =
			    lrc_unsupported(ctx, k, "license.copyright-year");
		} else {
			error =
			    lrc_unknown(ctx, k, "license.", lrc_license_keys);
		}
		if (error < 0)
			goto done;
	}
	if (spdx && (error = hdrcheck__config_spdx_normalize(&p->license, &why,
	                                                     spdx->value)) < 0)
		goto done;
	free(why);
	why = NULL;
	if (spdx && error) {
		/* skywalking-eyes only warns when it has no template */
		error =
		    lrc_warn(ctx, spdx,
		             "\"license.spdx-id\" %s is not an SPDX "
		             "license expression; ignored",
		             hdrcheck__ytree_quote(q, sizeof(q), spdx->value));
		if (error < 0)
			goto done;
	}
	if (!content && owner && p->license &&
	    !strcmp(p->license, "Apache-2.0") && lrc_asf_owner(owner->value)) {
		/* the ASF source header: fix writes it, without a copyright
		 * line (the ASF's policy); check accepts any Apache-2.0
		 * header as before */
		if (!(p->header = hdrcheck__strdup(lrc_asf_header))) {
			error = HDRCHECK_ENOMEM;
			goto done;
		}
	} else if (owner && !(p->holder = hdrcheck__strdup(owner->value))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	/* license-eye writes the owner in new headers, and requires it
	 * only where the content says [owner]: an extra copyright line of
	 * someone else above the header passes */
	p->holder_optional = owner != NULL;
	if (software_key && software &&
	    !(content && strstr(content->value, "[software-name]")) &&
	    (error = lrc_unsupported(ctx, software_key,
	                             "license.software-name")) < 0)
		goto done;
	if (content) {
		error = lrc_template(&text, content->value,
		                     software ? software->value : NULL);
		if (error == HDRCHECK_ELIMIT)
			error = hdrcheck__ytree_fail(
			    ctx->source, content,
			    "\"license.content\" is longer than 2 MiB with "
			    "[software-name] replaced");
		if (error < 0)
			goto done;
		if (!(p->header = hdrcheck__strdup(text))) {
			error = HDRCHECK_ENOMEM;
			goto done;
		}
		error = lrc_push_accept(p, text, NULL);
		text = NULL;
		if (error < 0)
			goto done;
	}
	if (pattern) {
		if (!(regex = lrc_pattern(pattern->value))) {
			error = HDRCHECK_ENOMEM;
			goto done;
		}
		/* skywalking-eyes refuses a bad pattern too */
		if ((error = hdrcheck__config_check_regex(ctx->source, pattern,
		                                          regex)) < 0)
			goto done;
		error = lrc_push_accept(p, NULL, regex);
		regex = NULL;
	}
done:
	free(text);
	free(regex);
	return error;
}

static int lrc_style(hdrcheck__language_config *lang, const char *id)
{
	hdrcheck__strv line = HDRCHECK__STRV_INIT, block = HDRCHECK__STRV_INIT;
	size_t i, j;
	int error = 0;

	for (i = 0; i < HDRCHECK__ARRAY_SIZE(lrc_styles); i++)
		if (!strcmp(lrc_styles[i].id, id))
			break;
	if (i == HDRCHECK__ARRAY_SIZE(lrc_styles))
		return 0;
	for (j = 0; j < HDRCHECK__ARRAY_SIZE(lrc_styles[i].line) &&
	            lrc_styles[i].line[j];
	     j++)
		if ((error = hdrcheck__strv_push_copy(
		         &line, lrc_styles[i].line[j])) < 0)
			goto done;
	if (lrc_styles[i].block[0] &&
	    ((error = hdrcheck__strv_push_copy(&block,
	                                       lrc_styles[i].block[0])) < 0 ||
	     (error = hdrcheck__strv_push_copy(&block,
	                                       lrc_styles[i].block[1])) < 0))
		goto done;
	/* an override states the whole syntax: both lists, maybe empty */
	if ((error = hdrcheck__strv_detach(&lang->line_comments, &line)) < 0 ||
	    (error = hdrcheck__strv_detach(&lang->block_comments, &block)) < 0)
		goto done;
	error = 1;
done:
	hdrcheck__strv_dispose(&line);
	hdrcheck__strv_dispose(&block);
	return error;
}

static void lrc_language_dispose(hdrcheck__language_config *l)
{
	free(l->name);
	hdrcheck__strv_free(l->extensions);
	hdrcheck__strv_free(l->filenames);
	hdrcheck__strv_free(l->interpreters);
	hdrcheck__strv_free(l->line_comments);
	hdrcheck__strv_free(l->block_comments);
	memset(l, 0, sizeof(*l));
}

static int lrc_names(lrc_ctx *ctx, const char *path, const hdrcheck__ynode *v,
                     int extensions, char ***out)
{
	hdrcheck__strv names = HDRCHECK__STRV_INIT;
	char q[LRC_QUOTE];
	size_t i;
	int error = 0;

	if (hdrcheck__ytree_is_null(v))
		return 0;
	if (v->kind != HDRCHECK__YNODE_SEQUENCE) {
		error = hdrcheck__ytree_fail(
		    ctx->source, v, "%s must be a list of strings",
		    hdrcheck__ytree_quote(q, sizeof(q), path));
		goto done;
	}
	for (i = 0; i < v->count; i++) {
		const hdrcheck__ynode *item = v->items[i];

		if (item->kind != HDRCHECK__YNODE_SCALAR) {
			error = hdrcheck__ytree_fail(
			    ctx->source, item, "%s must be a list of strings",
			    hdrcheck__ytree_quote(q, sizeof(q), path));
			goto done;
		}
		if (!lrc_is_scalar(item) || !item->len ||
		    (extensions && !strcmp(item->value, "."))) {
			if ((error = lrc_warn(
			         ctx, item, "empty entry in %s; ignored",
			         hdrcheck__ytree_quote(q, sizeof(q), path))) <
			    0)
				goto done;
			continue;
		}
		error =
		    extensions
		        ? hdrcheck__strv_push(
		              &names, hdrcheck__config_extension(item->value))
		        : hdrcheck__strv_push_copy(&names, item->value);
		if (error < 0)
			goto done;
	}
	hdrcheck__strv_free(*out);
	*out = NULL;
	error = hdrcheck__strv_detach(out, &names);
done:
	hdrcheck__strv_dispose(&names);
	return error;
}

/* One entry of "language": name -> {extensions, filenames,
 * comment_style_id}. Sets *keep when it has an effect. */
static int lrc_language(lrc_ctx *ctx, const hdrcheck__ynode *name,
                        const hdrcheck__ynode *map,
                        hdrcheck__language_config *lang, int *keep)
{
	const hdrcheck__ynode *style = NULL, *style_key = NULL;
	const hdrcheck_language *builtin;
	char *prefix = NULL, *path = NULL, q[LRC_QUOTE], lq[LRC_QUOTE];
	size_t i, n;
	int error = 0, known;

	*keep = 0;
	lang->line = name->line;
	lang->column = name->column;
	/* a built-in type keeps its own spelling ("go" overrides "Go") */
	builtin = hdrcheck__filetype_by_name(name->value);
	if (!(lang->name =
	          hdrcheck__strdup(builtin ? builtin->name : name->value)) ||
	    !(prefix = hdrcheck__aprintf("language.%s.", name->value))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	/* "language.<name>" quoted for messages */
	n = strlen(prefix);
	prefix[n - 1] = '\0';
	hdrcheck__ytree_quote(lq, sizeof(lq), prefix);
	prefix[n - 1] = '.';
	if (hdrcheck__ytree_is_null(map))
		goto no_style;
	if (map->kind != HDRCHECK__YNODE_MAPPING) {
		error = hdrcheck__ytree_fail(ctx->source, map,
		                             "\"language\" must map language "
		                             "names to mappings");
		goto done;
	}
	for (i = 0; i + 1 < map->count; i += 2) {
		const hdrcheck__ynode *k = map->items[i],
		                      *v = map->items[i + 1];
		const char *key = k->value;

		free(path);
		if (!(path = hdrcheck__aprintf("%s%s", prefix, key))) {
			error = HDRCHECK_ENOMEM;
			goto done;
		}
		if (!strcmp(key, "extensions")) {
			error = lrc_names(ctx, path, v, 1, &lang->extensions);
		} else if (!strcmp(key, "filenames")) {
			error = lrc_names(ctx, path, v, 0, &lang->filenames);
		} else if (!strcmp(key, "comment_style_id")) {
			style_key = k;
			error = lrc_string(ctx, path, v, &style);
		} else if (!strcmp(key, "type")) {
			error = lrc_unsupported(ctx, k, path);
		} else {
			error = lrc_unknown(ctx, k, prefix, lrc_language_keys);
		}
		if (error < 0)
			goto done;
	}
	if (!style)
		goto no_style;
	if ((error = lrc_style(lang, style->value)) < 0)
		goto done;
	known = error;
	error = 0;
	if (!known) {
		error = lrc_warn(
		    ctx, style,
		    "comment_style_id %s of %s is not a "
		    "skywalking-eyes comment style; ignored",
		    hdrcheck__ytree_quote(q, sizeof(q), style->value), lq);
		goto done;
	}
	/* skywalking-eyes applies a style to the listed names only */
	if (!(lang->extensions && *lang->extensions) &&
	    !(lang->filenames && *lang->filenames)) {
		error = lrc_warn(ctx, name,
		                 "%s lists no extensions or filenames; "
		                 "ignored",
		                 lq);
		goto done;
	}
	*keep = 1;
	goto done;
no_style:
	error = lrc_warn(ctx, style_key ? style_key : name,
	                 "%s has no comment_style_id; ignored", lq);
done:
	free(prefix);
	free(path);
	return error;
}

static int lrc_casecmp(const char *a, const char *b)
{
	for (;; a++, b++) {
		int x = (unsigned char)*a, y = (unsigned char)*b;

		if (x >= 'A' && x <= 'Z')
			x += 'a' - 'A';
		if (y >= 'A' && y <= 'Z')
			y += 'a' - 'A';
		if (x != y || !x)
			return x - y;
	}
}

static int lrc_languages(lrc_ctx *ctx, const hdrcheck__ynode *map)
{
	hdrcheck__config *cfg = ctx->cfg;
	hdrcheck__language_config lang;
	size_t i, j;
	int error = 0, keep;

	memset(&lang, 0, sizeof(lang));
	if (hdrcheck__ytree_is_null(map))
		return 0;
	if (map->kind != HDRCHECK__YNODE_MAPPING)
		return hdrcheck__ytree_fail(ctx->source, map,
		                            "\"language\" must map language "
		                            "names to mappings");
	for (i = 0; i + 1 < map->count; i += 2) {
		const hdrcheck__ynode *name = map->items[i];
		hdrcheck__language_config *grown;

		if ((error = lrc_language(ctx, name, map->items[i + 1], &lang,
		                          &keep)) < 0)
			goto done;
		if (!keep) {
			lrc_language_dispose(&lang);
			continue;
		}
		/* skywalking-eyes keeps one global table: a later entry for
		 * the same language replaces the earlier one */
		for (j = 0; j < cfg->languages_count; j++)
			if (!lrc_casecmp(cfg->languages[j].name, lang.name))
				break;
		if (j < cfg->languages_count) {
			char q[LRC_QUOTE], *path;

			if (!(path = hdrcheck__aprintf("language.%s",
			                               lang.name))) {
				error = HDRCHECK_ENOMEM;
				goto done;
			}
			hdrcheck__ytree_quote(q, sizeof(q), path);
			free(path);
			if ((error = lrc_warn(ctx, name,
			                      "%s replaces the entry at %u:%u",
			                      q, cfg->languages[j].line,
			                      cfg->languages[j].column)) < 0)
				goto done;
			lrc_language_dispose(&cfg->languages[j]);
			cfg->languages[j] = lang;
			memset(&lang, 0, sizeof(lang));
			continue;
		}
		grown = hdrcheck__realloc(cfg->languages,
		                          (cfg->languages_count + 1) *
		                              sizeof(*grown));
		if (!grown) {
			error = HDRCHECK_ENOMEM;
			goto done;
		}
		cfg->languages = grown;
		cfg->languages[cfg->languages_count++] = lang;
		memset(&lang, 0, sizeof(lang));
	}
done:
	lrc_language_dispose(&lang);
	return error;
}

static int lrc_header(lrc_ctx *ctx, const hdrcheck__ynode *map, int single,
                      size_t index, hdrcheck__policy_config *p)
{
	hdrcheck__strv paths = HDRCHECK__STRV_INIT;
	hdrcheck__strv ignore = HDRCHECK__STRV_INIT;
	const hdrcheck__ynode *ignore_at = NULL;
	size_t i;
	int error = 0;

	p->line = map->line;
	p->column = map->column;
	/* skywalking-eyes compares the whole text */
	p->spdx = HDRCHECK__SPDX_REJECT;
	p->name = single ? hdrcheck__strdup("header")
	                 : hdrcheck__aprintf("header-%zu", index + 1);
	if (!p->name) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	for (i = 0; i + 1 < map->count; i += 2) {
		const hdrcheck__ynode *k = map->items[i],
		                      *v = map->items[i + 1];
		const char *key = k->value;

		if (!strcmp(key, "license")) {
			error = lrc_license(ctx, v, p);
		} else if (!strcmp(key, "paths")) {
			error = lrc_globs(ctx, "paths", v, &paths);
		} else if (!strcmp(key, "paths-ignore")) {
			ignore_at = v;
			error = lrc_globs(ctx, "paths-ignore", v, &ignore);
		} else if (!strcmp(key, "language")) {
			error = lrc_languages(ctx, v);
		} else if (!strcmp(key, "comment") ||
		           !strcmp(key, "license-location-threshold")) {
			error = lrc_unsupported(ctx, k, key);
		} else {
			error = lrc_unknown(ctx, k, "", lrc_header_keys);
		}
		if (error < 0)
			goto done;
	}
	/* skywalking-eyes' default */
	if (!paths.len && (error = hdrcheck__strv_push_copy(&paths, "**")) < 0)
		goto done;
	if ((error = hdrcheck__strv_detach(&p->paths, &paths)) < 0)
		goto done;
	if (ignore_at &&
	    (error = hdrcheck__strv_detach(&p->exclude, &ignore)) < 0)
		goto done;
done:
	hdrcheck__strv_dispose(&paths);
	hdrcheck__strv_dispose(&ignore);
	return error;
}

/*
 * The top-level exclusions. skywalking-eyes checks only what some header's
 * "paths" name, while hdrcheck gives every other file its default policy:
 * unless a header takes "**", everything is excluded and each header's
 * paths are let back in ("!"), in order. A single header's "paths-ignore"
 * then holds everywhere (several headers keep theirs to themselves).
 */
static int lrc_top_exclude(lrc_ctx *ctx)
{
	hdrcheck__config *cfg = ctx->cfg;
	hdrcheck__strv top = HDRCHECK__STRV_INIT;
	char **g;
	size_t i;
	int everything = 0, error = 0;

	for (i = 0; i < cfg->policies_count; i++)
		for (g = cfg->policies[i].paths; g && *g; g++)
			everything |= !strcmp(*g, "**");
	if (cfg->policies_count && !everything) {
		if ((error = hdrcheck__strv_push_copy(&top, "**")) < 0)
			goto done;
		for (i = 0; i < cfg->policies_count; i++)
			for (g = cfg->policies[i].paths; g && *g; g++)
				if ((error = hdrcheck__strv_push(
				         &top, hdrcheck__aprintf("!%s", *g))) <
				    0)
					goto done;
	}
	for (g = cfg->policies_count == 1 ? cfg->policies[0].exclude : NULL;
	     g && *g; g++)
		if ((error = hdrcheck__strv_push_copy(&top, *g)) < 0)
			goto done;
	if (top.len)
		error = hdrcheck__strv_detach(&cfg->exclude, &top);
done:
	hdrcheck__strv_dispose(&top);
	return error;
}

static int lrc_headers(lrc_ctx *ctx, const hdrcheck__ynode *v)
{
	hdrcheck__config *cfg = ctx->cfg;
	size_t i, n;
	int error;

	if (hdrcheck__ytree_is_null(v))
		return 0;
	if (v->kind == HDRCHECK__YNODE_MAPPING) {
		if (!(cfg->policies =
		          hdrcheck__calloc(1, sizeof(*cfg->policies))))
			return HDRCHECK_ENOMEM;
		cfg->policies_count = 1;
		return lrc_header(ctx, v, 1, 0, &cfg->policies[0]);
	}
	if (v->kind != HDRCHECK__YNODE_SEQUENCE)
		return hdrcheck__ytree_fail(ctx->source, v,
		                            "\"header\" must be a mapping or a "
		                            "list of mappings");
	n = v->count;
	if (!(cfg->policies =
	          hdrcheck__calloc(n ? n : 1, sizeof(*cfg->policies))))
		return HDRCHECK_ENOMEM;
	cfg->policies_count = n;
	for (i = 0; i < n; i++) {
		if (v->items[i]->kind != HDRCHECK__YNODE_MAPPING)
			return hdrcheck__ytree_fail(ctx->source, v->items[i],
			                            "\"header\" must be a "
			                            "mapping or a list of "
			                            "mappings");
		if ((error = lrc_header(ctx, v->items[i], 0, i,
		                        &cfg->policies[i])) < 0)
			return error;
	}
	return 0;
}

/* Does a line start with the top-level key key (column 0, then ':')? */
static int top_key(const char *s, size_t n, const char *key)
{
	size_t k = strlen(key);

	while (n > k && s[k] == ' ')
		n--, s++; /* "key :" is a key too */
	return n > k && memcmp(s, key, k) == 0 && s[k] == ':';
}

int hdrcheck__config_is_licenserc(const char *buf, size_t len)
{
	size_t at = 0;
	int lrc = 0;

	while (at < len) {
		const char *nl = memchr(buf + at, '\n', len - at);
		size_t e = nl ? (size_t)(nl - buf) : len;

		if (top_key(buf + at, e - at, "version") ||
		    top_key(buf + at, e - at, "policies"))
			return 0;
		if (top_key(buf + at, e - at, "header") ||
		    top_key(buf + at, e - at, "dependency"))
			lrc = 1;
		at = e + 1;
	}
	return lrc;
}

int hdrcheck__config_parse_licenserc(hdrcheck__config **out, const char *source,
                                     const char *buf, size_t len,
                                     hdrcheck__config_warn warn, void *payload)
{
	hdrcheck__ynode *root = NULL;
	hdrcheck__config *cfg = NULL;
	lrc_ctx ctx;
	size_t i;
	int error;

	if (!source)
		source = ".licenserc.yaml";
	if ((error = hdrcheck__ytree_parse(&root, source, buf, len)) < 0)
		goto done;
	if ((error = hdrcheck__config_new(&cfg, source)) < 0)
		goto done;
	ctx.source = source;
	ctx.cfg = cfg;
	ctx.warn = warn;
	ctx.payload = payload;
	if (!root || hdrcheck__ytree_is_null(root))
		goto ok;
	if (root->kind != HDRCHECK__YNODE_MAPPING) {
		error = hdrcheck__ytree_fail(source, root,
		                             "the top level must be a mapping");
		goto done;
	}
	for (i = 0; i + 1 < root->count; i += 2) {
		const hdrcheck__ynode *k = root->items[i];

		if (!strcmp(k->value, "header"))
			error = lrc_headers(&ctx, root->items[i + 1]);
		else if (!strcmp(k->value, "dependency"))
			error = lrc_unsupported(&ctx, k, "dependency");
		else
			error = lrc_unknown(&ctx, k, "", lrc_top_keys);
		if (error < 0)
			goto done;
	}
	if ((error = lrc_top_exclude(&ctx)) < 0)
		goto done;
ok:
	*out = cfg;
	cfg = NULL;
done:
	hdrcheck__ytree_free(root);
	hdrcheck__config_free(cfg);
	return error;
}
