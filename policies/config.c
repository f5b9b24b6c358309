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
 * .hdrcheck.yaml: libyaml's event parser builds a small bounded tree (also
 * used by policies/licenserc.c), then a strict schema walk fills the model.
 * Every error names a line and a column; nothing is ignored silently.
 */

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>
#include "common.h"
#include "policies/config.h"
#include "policies/config_tree.h"
#include "policies/expression.h"
#include "policies/filetypes.h"
#include "policies/regex.h"

/* The longest glob hdrcheck__glob_match accepts (its buffers are 4 KiB). */
#define CONFIG_MAX_GLOB 4095
/* Values quoted in messages are cut to about this many bytes. */
#define CONFIG_QUOTE 96
/* Keys longer than this get no "did you mean" (the distance table). */
#define CONFIG_MAX_KEY 64

/* ---- the tree ---------------------------------------------------------- */

typedef struct {
	const char *source;
	const char *buf;
	size_t len;
	hdrcheck__ynode *stack[HDRCHECK__CONFIG_MAX_DEPTH];
	size_t depth;
	size_t nodes;
	hdrcheck__ynode *root;
} ytree_builder;

static int ytree_vfail(const char *source, unsigned int line,
                       unsigned int column, const char *fmt, va_list ap)
    HDRCHECK__PRINTF(4, 0);

static int ytree_vfail(const char *source, unsigned int line,
                       unsigned int column, const char *fmt, va_list ap)
{
	char msg[768];

	vsnprintf(msg, sizeof(msg), fmt, ap);
	return hdrcheck__error_set(HDRCHECK_EINVAL, "%s:%u:%u: %s", source,
	                           line, column, msg);
}

static int ytree_fail_at(const char *source, unsigned int line,
                         unsigned int column, const char *fmt, ...)
    HDRCHECK__PRINTF(4, 5);

static int ytree_fail_at(const char *source, unsigned int line,
                         unsigned int column, const char *fmt, ...)
{
	va_list ap;
	int error;

	va_start(ap, fmt);
	error = ytree_vfail(source, line, column, fmt, ap);
	va_end(ap);
	return error;
}

int hdrcheck__ytree_fail(const char *source, const hdrcheck__ynode *at,
                         const char *fmt, ...)
{
	va_list ap;
	int error;

	va_start(ap, fmt);
	error = ytree_vfail(source, at ? at->line : 1, at ? at->column : 1, fmt,
	                    ap);
	va_end(ap);
	return error;
}

char *hdrcheck__ytree_message(const char *source, const hdrcheck__ynode *at,
                              const char *fmt, ...)
{
	char msg[768];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	return hdrcheck__aprintf("%s:%u:%u: %s", source, at ? at->line : 1,
	                         at ? at->column : 1, msg);
}

const char *hdrcheck__ytree_quote(char *out, size_t size, const char *s)
{
	static const char hex[] = "0123456789abcdef";
	size_t o = 0, limit;

	if (size < 8) {
		if (size)
			out[0] = '\0';
		return out;
	}
	/* room for the closing quote, "..." and the NUL */
	limit = size - 5;
	out[o++] = '"';
	while (*s) {
		unsigned char c = (unsigned char)*s;
		char esc[5];
		size_t n = 0, i;

		if (c == '"' || c == '\\') {
			esc[n++] = '\\';
			esc[n++] = (char)c;
		} else if (c == '\n') {
			esc[n++] = '\\';
			esc[n++] = 'n';
		} else if (c == '\t') {
			esc[n++] = '\\';
			esc[n++] = 't';
		} else if (c < 0x20 || c == 0x7f ||
		           (c >= 0x80 &&
		            !hdrcheck__utf8_valid_len((const unsigned char *)s,
		                                      strnlen(s, 4)))) {
			esc[n++] = '\\';
			esc[n++] = 'x';
			esc[n++] = hex[c >> 4];
			esc[n++] = hex[c & 15];
		} else {
			/* a whole UTF-8 sequence or nothing */
			n = hdrcheck__utf8_valid_len((const unsigned char *)s,
			                             strnlen(s, 4));
			if (o + n > limit)
				break;
			memcpy(out + o, s, n);
			o += n;
			s += n;
			continue;
		}
		if (o + n > limit)
			break;
		for (i = 0; i < n; i++)
			out[o++] = esc[i];
		s++;
	}
	out[o++] = '"';
	if (*s) {
		memcpy(out + o, "...", 3);
		o += 3;
	}
	out[o] = '\0';
	return out;
}

void hdrcheck__ytree_free(hdrcheck__ynode *node)
{
	size_t i;

	if (!node)
		return;
	/* depth is bounded by HDRCHECK__CONFIG_MAX_DEPTH */
	for (i = 0; i < node->count; i++)
		hdrcheck__ytree_free(node->items[i]);
	free(node->items);
	free(node->value);
	free(node);
}

int hdrcheck__ytree_is_null(const hdrcheck__ynode *node)
{
	static const char *const nulls[] = {"", "~", "null", "Null", "NULL"};
	size_t i;

	if (!node || node->kind != HDRCHECK__YNODE_SCALAR || !node->plain)
		return 0;
	for (i = 0; i < HDRCHECK__ARRAY_SIZE(nulls); i++)
		if (strcmp(node->value, nulls[i]) == 0)
			return 1;
	return 0;
}

int hdrcheck__ytree_bool(const hdrcheck__ynode *node, int *out)
{
	static const char *const trues[] = {"true", "True", "TRUE"};
	static const char *const falses[] = {"false", "False", "FALSE"};
	size_t i;

	if (!node || node->kind != HDRCHECK__YNODE_SCALAR || !node->plain)
		return 0;
	for (i = 0; i < HDRCHECK__ARRAY_SIZE(trues); i++) {
		if (strcmp(node->value, trues[i]) == 0) {
			*out = 1;
			return 1;
		}
		if (strcmp(node->value, falses[i]) == 0) {
			*out = 0;
			return 1;
		}
	}
	return 0;
}

/* Line and column of a byte offset, for reader errors (no mark there). */
static void ytree_offset_position(const char *buf, size_t len, size_t offset,
                                  unsigned int *line, unsigned int *column)
{
	size_t i;

	*line = 1;
	*column = 1;
	if (offset > len)
		offset = len;
	for (i = 0; i < offset; i++) {
		if (buf[i] == '\n') {
			(*line)++;
			*column = 1;
		} else if (((unsigned char)buf[i] & 0xC0) != 0x80) {
			(*column)++;
		}
	}
}

static int ytree_parser_error(ytree_builder *b, const yaml_parser_t *parser)
{
	unsigned int line, column;

	if (parser->error == YAML_MEMORY_ERROR)
		return hdrcheck__error_set(HDRCHECK_ENOMEM, "out of memory");
	if (parser->error == YAML_READER_ERROR) {
		ytree_offset_position(b->buf, b->len, parser->problem_offset,
		                      &line, &column);
		return ytree_fail_at(b->source, line, column, "%s",
		                     parser->problem ? parser->problem
		                                     : "invalid input");
	}
	line = (unsigned int)parser->problem_mark.line + 1;
	column = (unsigned int)parser->problem_mark.column + 1;
	if (parser->context)
		return ytree_fail_at(
		    b->source, line, column, "%s (%s at %u:%u)",
		    parser->problem ? parser->problem : "syntax error",
		    parser->context,
		    (unsigned int)parser->context_mark.line + 1,
		    (unsigned int)parser->context_mark.column + 1);
	return ytree_fail_at(b->source, line, column, "%s",
	                     parser->problem ? parser->problem
	                                     : "syntax error");
}

/* Explicit tags: only the standard ones and "!" (plain string). */
static int ytree_check_tag(ytree_builder *b, const yaml_char_t *tag,
                           const char *standard, const yaml_mark_t *mark)
{
	char q[CONFIG_QUOTE];

	if (!tag || strcmp((const char *)tag, "!") == 0 ||
	    strcmp((const char *)tag, standard) == 0)
		return 0;
	return ytree_fail_at(
	    b->source, (unsigned int)mark->line + 1,
	    (unsigned int)mark->column + 1, "tag %s is not supported",
	    hdrcheck__ytree_quote(q, sizeof(q), (const char *)tag));
}

static int ytree_node_new(hdrcheck__ynode **out, ytree_builder *b,
                          hdrcheck__ynode_kind kind, const yaml_mark_t *mark)
{
	hdrcheck__ynode *node;

	if (b->nodes >= HDRCHECK__CONFIG_MAX_NODES)
		return ytree_fail_at(b->source, (unsigned int)mark->line + 1,
		                     (unsigned int)mark->column + 1,
		                     "more than %d nodes",
		                     HDRCHECK__CONFIG_MAX_NODES);
	if (!(node = hdrcheck__calloc(1, sizeof(*node))))
		return HDRCHECK_ENOMEM;
	b->nodes++;
	node->kind = kind;
	node->line = (unsigned int)mark->line + 1;
	node->column = (unsigned int)mark->column + 1;
	*out = node;
	return 0;
}

/* Attach node to the open collection (or as the root); takes ownership. */
static int ytree_attach(ytree_builder *b, hdrcheck__ynode *node)
{
	hdrcheck__ynode *parent;
	int error = 0;

	if (!b->depth) {
		b->root = node;
		return 0;
	}
	parent = b->stack[b->depth - 1];
	if (parent->kind == HDRCHECK__YNODE_MAPPING && parent->count % 2 == 0 &&
	    node->kind != HDRCHECK__YNODE_SCALAR) {
		error = hdrcheck__ytree_fail(b->source, node,
		                             "mapping keys must be scalars");
		goto done;
	}
	/* capacity: 4, then powers of two (node count is bounded) */
	if (parent->count == 0 ||
	    (parent->count >= 4 &&
	     (parent->count & (parent->count - 1)) == 0)) {
		size_t cap = parent->count ? parent->count * 2 : 4;
		hdrcheck__ynode **items;

		items = hdrcheck__realloc(parent->items, cap * sizeof(*items));
		if (!items) {
			error = HDRCHECK_ENOMEM;
			goto done;
		}
		parent->items = items;
	}
	parent->items[parent->count++] = node;
	node = NULL;
done:
	hdrcheck__ytree_free(node);
	return error;
}

static int ytree_key_cmp(const void *a, const void *b)
{
	const hdrcheck__ynode *const *x = a, *const *y = b;
	int c = strcmp((*x)->value, (*y)->value);

	if (c)
		return c;
	/* file order among equal keys */
	if ((*x)->line != (*y)->line)
		return (*x)->line < (*y)->line ? -1 : 1;
	return ((*x)->column > (*y)->column) - ((*x)->column < (*y)->column);
}

/* The first key (in file order) that repeats an earlier one. */
static int ytree_check_duplicates(ytree_builder *b, hdrcheck__ynode *map)
{
	hdrcheck__ynode **keys = NULL, *dup = NULL;
	size_t n = map->count / 2, i;
	char q[CONFIG_QUOTE];
	int error = 0;

	if (n < 2)
		return 0;
	if (!(keys = hdrcheck__calloc(n, sizeof(*keys))))
		return HDRCHECK_ENOMEM;
	for (i = 0; i < n; i++)
		keys[i] = map->items[2 * i];
	qsort(keys, n, sizeof(*keys), ytree_key_cmp);
	for (i = 1; i < n; i++) {
		if (strcmp(keys[i - 1]->value, keys[i]->value) != 0)
			continue;
		if (!dup || keys[i]->line < dup->line ||
		    (keys[i]->line == dup->line &&
		     keys[i]->column < dup->column))
			dup = keys[i];
	}
	if (dup)
		error = hdrcheck__ytree_fail(
		    b->source, dup, "duplicate key %s",
		    hdrcheck__ytree_quote(q, sizeof(q), dup->value));
	free(keys);
	return error;
}

static int ytree_scalar(ytree_builder *b, const yaml_event_t *ev)
{
	hdrcheck__ynode *node = NULL;
	const char *value = (const char *)ev->data.scalar.value;
	size_t len = ev->data.scalar.length;
	int error;

	if ((error = ytree_check_tag(b, ev->data.scalar.tag, YAML_STR_TAG,
	                             &ev->start_mark)) < 0)
		goto done;
	if ((error = ytree_node_new(&node, b, HDRCHECK__YNODE_SCALAR,
	                            &ev->start_mark)) < 0)
		goto done;
	/* "\0" is a valid YAML escape; C strings cannot hold it */
	if (memchr(value, '\0', len)) {
		error = hdrcheck__ytree_fail(b->source, node,
		                             "NUL characters are not allowed");
		goto done;
	}
	/* libyaml checks its input; escapes are checked here, because
	 * patterns go to pcre2 without a UTF check */
	if (!hdrcheck__utf8_is_valid(value, len)) {
		error = hdrcheck__ytree_fail(b->source, node, "invalid UTF-8");
		goto done;
	}
	if (!(node->value = hdrcheck__strndup(value, len))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	node->len = len;
	node->plain = ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE &&
	              !ev->data.scalar.tag;
	error = ytree_attach(b, node);
	node = NULL;
done:
	hdrcheck__ytree_free(node);
	return error;
}

static int ytree_open(ytree_builder *b, const yaml_event_t *ev,
                      hdrcheck__ynode_kind kind)
{
	hdrcheck__ynode *node = NULL;
	const yaml_char_t *tag = kind == HDRCHECK__YNODE_MAPPING
	                             ? ev->data.mapping_start.tag
	                             : ev->data.sequence_start.tag;
	int error;

	if ((error = ytree_check_tag(
	         b, tag,
	         kind == HDRCHECK__YNODE_MAPPING ? YAML_MAP_TAG : YAML_SEQ_TAG,
	         &ev->start_mark)) < 0)
		goto done;
	if (b->depth == HDRCHECK__CONFIG_MAX_DEPTH) {
		error = ytree_fail_at(b->source,
		                      (unsigned int)ev->start_mark.line + 1,
		                      (unsigned int)ev->start_mark.column + 1,
		                      "nesting deeper than %d levels",
		                      HDRCHECK__CONFIG_MAX_DEPTH);
		goto done;
	}
	if ((error = ytree_node_new(&node, b, kind, &ev->start_mark)) < 0)
		goto done;
	b->stack[b->depth] = node;
	error = ytree_attach(b, node);
	node = NULL;
	if (error == 0)
		b->depth++;
done:
	hdrcheck__ytree_free(node);
	return error;
}

static int ytree_close(ytree_builder *b)
{
	hdrcheck__ynode *node;

	if (!b->depth) /* libyaml balances its events */
		return hdrcheck__error_set(HDRCHECK_ERROR,
		                           "unbalanced YAML events");
	node = b->stack[--b->depth];
	if (node->kind == HDRCHECK__YNODE_MAPPING)
		return ytree_check_duplicates(b, node);
	return 0;
}

int hdrcheck__ytree_parse(hdrcheck__ynode **out, const char *source,
                          const char *buf, size_t len)
{
	ytree_builder b = {0};
	yaml_parser_t parser;
	yaml_event_t ev;
	int parser_ready = 0, have_event = 0, finished = 0, documents = 0;
	int error = 0;

	b.source = source;
	b.buf = buf;
	b.len = len;
	if (len > HDRCHECK__CONFIG_MAX_BYTES) {
		error = ytree_fail_at(source, 1, 1,
		                      "larger than 1 MiB (%zu bytes)", len);
		goto done;
	}
	if (!yaml_parser_initialize(&parser)) {
		error = hdrcheck__error_set(HDRCHECK_ENOMEM, "out of memory");
		goto done;
	}
	parser_ready = 1;
	yaml_parser_set_input_string(&parser, (const unsigned char *)buf, len);
	while (!finished) {
		if (!yaml_parser_parse(&parser, &ev)) {
			error = ytree_parser_error(&b, &parser);
			goto done;
		}
		have_event = 1;
		switch (ev.type) {
		case YAML_STREAM_END_EVENT:
			finished = 1;
			break;
		case YAML_DOCUMENT_START_EVENT:
			if (documents++) {
				error = ytree_fail_at(
				    source,
				    (unsigned int)ev.start_mark.line + 1,
				    (unsigned int)ev.start_mark.column + 1,
				    "multiple documents are not supported");
				goto done;
			}
			break;
		case YAML_ALIAS_EVENT:
			error = ytree_fail_at(
			    source, (unsigned int)ev.start_mark.line + 1,
			    (unsigned int)ev.start_mark.column + 1,
			    "aliases are not supported");
			goto done;
		case YAML_SCALAR_EVENT:
			if ((error = ytree_scalar(&b, &ev)) < 0)
				goto done;
			break;
		case YAML_SEQUENCE_START_EVENT:
			if ((error = ytree_open(&b, &ev,
			                        HDRCHECK__YNODE_SEQUENCE)) < 0)
				goto done;
			break;
		case YAML_MAPPING_START_EVENT:
			if ((error = ytree_open(&b, &ev,
			                        HDRCHECK__YNODE_MAPPING)) < 0)
				goto done;
			break;
		case YAML_SEQUENCE_END_EVENT:
		case YAML_MAPPING_END_EVENT:
			if ((error = ytree_close(&b)) < 0)
				goto done;
			break;
		default: /* stream start, document end, no event */
			break;
		}
		yaml_event_delete(&ev);
		have_event = 0;
	}
	*out = b.root;
	b.root = NULL;
done:
	if (have_event)
		yaml_event_delete(&ev);
	if (parser_ready)
		yaml_parser_delete(&parser);
	hdrcheck__ytree_free(b.root);
	return error;
}

/* ---- shared checks ----------------------------------------------------- */

static size_t config_distance(const char *a, const char *b)
{
	size_t row[CONFIG_MAX_KEY + 1], la = strlen(a), lb = strlen(b), i, j;

	for (j = 0; j <= lb; j++)
		row[j] = j;
	for (i = 1; i <= la; i++) {
		size_t diag = row[0];

		row[0] = i;
		for (j = 1; j <= lb; j++) {
			size_t up = row[j], best;

			best = diag + (a[i - 1] != b[j - 1]);
			if (up + 1 < best)
				best = up + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			diag = up;
			row[j] = best;
		}
	}
	return row[lb];
}

const char *hdrcheck__config_suggest(const char *key, const char *const *known)
{
	const char *best = NULL;
	size_t best_d = 3, d;

	if (strlen(key) > CONFIG_MAX_KEY)
		return NULL;
	for (; *known; known++) {
		if (strlen(*known) > CONFIG_MAX_KEY)
			continue;
		d = config_distance(key, *known);
		if (d < best_d) {
			best_d = d;
			best = *known;
		}
	}
	return best;
}

int hdrcheck__config_check_glob(const char *source, const hdrcheck__ynode *at,
                                const char *glob)
{
	const char *p = glob, *why = NULL;
	char q[CONFIG_QUOTE];

	if (*p == '!')
		p++;
	if (!*p)
		why = "empty pattern";
	else if (strlen(glob) > CONFIG_MAX_GLOB)
		why = "longer than 4095 bytes";
	/* the same reading of "[...]" as hdrcheck__glob_match */
	while (!why && *p) {
		if (*p == '\\' && p[1])
			p += 2;
		else if (*p != '[')
			p++;
		else if (!(p = hdrcheck__glob_class_end(p)))
			why = "unterminated character class";
	}
	if (!why)
		return 0;
	return hdrcheck__ytree_fail(source, at, "invalid glob %s: %s",
	                            hdrcheck__ytree_quote(q, sizeof(q), glob),
	                            why);
}

int hdrcheck__config_check_regex(const char *source, const hdrcheck__ynode *at,
                                 const char *regex)
{
	hdrcheck__regex *re = NULL;
	char why[256], q[CONFIG_QUOTE];
	const char *msg;
	int error;

	if ((error = hdrcheck__regex_new(&re, regex, HDRCHECK__RE_CASELESS)) ==
	    0) {
		hdrcheck__regex_free(re);
		return 0;
	}
	if (error != HDRCHECK_EREGEX)
		return error;
	/* "invalid regex at offset N: <pcre2 message>"; copied, as the
	 * next error overwrites it */
	msg = hdrcheck_error_last();
	if (strstr(msg, ": "))
		msg = strstr(msg, ": ") + 2;
	snprintf(why, sizeof(why), "%s", msg);
	return hdrcheck__ytree_fail(source, at, "invalid regex %s: %s",
	                            hdrcheck__ytree_quote(q, sizeof(q), regex),
	                            why);
}

int hdrcheck__config_spdx_normalize(char **out, char **why, const char *s)
{
	char *r = NULL;
	int rc;

	*why = NULL;
	rc = hdrcheck__expr_normalize(&r, s, strlen(s));
	if (rc == HDRCHECK__EXPR_INVALID)
		*why = r;
	else if (rc == 0)
		*out = r;
	return rc;
}

int hdrcheck__config_spdx_valid(const char *s)
{
	char *out = NULL, *why = NULL;
	int rc = hdrcheck__config_spdx_normalize(&out, &why, s);

	free(out);
	free(why);
	return rc == 0;
}

char *hdrcheck__config_extension(const char *s)
{
	char *out, *p;

	if (*s == '.')
		s++;
	if (!(out = hdrcheck__strdup(s)))
		return NULL;
	for (p = out; *p; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p = (char)(*p - 'A' + 'a');
	return out;
}

/* ---- the model --------------------------------------------------------- */

int hdrcheck__strv_push(hdrcheck__strv *v, char *s)
{
	if (!s) /* a failed allocation of the caller's */
		return hdrcheck__error_set(HDRCHECK_ENOMEM, "out of memory");
	if (v->len + 1 >= v->cap) {
		size_t cap = v->cap ? v->cap * 2 : 8;
		char **items =
		    hdrcheck__realloc(v->items, cap * sizeof(*items));

		if (!items) {
			free(s);
			return HDRCHECK_ENOMEM;
		}
		v->items = items;
		v->cap = cap;
	}
	v->items[v->len++] = s;
	v->items[v->len] = NULL;
	return 0;
}

int hdrcheck__strv_push_copy(hdrcheck__strv *v, const char *s)
{
	char *copy = hdrcheck__strdup(s);

	if (!copy)
		return HDRCHECK_ENOMEM;
	return hdrcheck__strv_push(v, copy);
}

int hdrcheck__strv_detach(char ***out, hdrcheck__strv *v)
{
	if (!v->items && !(v->items = hdrcheck__calloc(1, sizeof(char *))))
		return HDRCHECK_ENOMEM;
	*out = v->items;
	v->items = NULL;
	v->len = v->cap = 0;
	return 0;
}

void hdrcheck__strv_free(char **v)
{
	char **p;

	if (!v)
		return;
	for (p = v; *p; p++)
		free(*p);
	free(v);
}

void hdrcheck__strv_dispose(hdrcheck__strv *v)
{
	hdrcheck__strv_free(v->items);
	v->items = NULL;
	v->len = v->cap = 0;
}

int hdrcheck__config_new(hdrcheck__config **out, const char *source)
{
	hdrcheck__config *cfg;

	if (!(cfg = hdrcheck__calloc(1, sizeof(*cfg))))
		return HDRCHECK_ENOMEM;
	if (!(cfg->source = hdrcheck__strdup(source))) {
		free(cfg);
		return HDRCHECK_ENOMEM;
	}
	cfg->version = 1;
	cfg->builtin_exclusions = 1;
	*out = cfg;
	return 0;
}

static void config_policy_dispose(hdrcheck__policy_config *p)
{
	size_t i;

	free(p->name);
	hdrcheck__strv_free(p->paths);
	hdrcheck__strv_free(p->exclude);
	free(p->license);
	free(p->header);
	free(p->holder);
	free(p->holder_pattern);
	for (i = 0; i < p->accept_count; i++) {
		free(p->accept[i].text);
		free(p->accept[i].regex);
	}
	free(p->accept);
}

static void config_language_dispose(hdrcheck__language_config *l)
{
	free(l->name);
	hdrcheck__strv_free(l->extensions);
	hdrcheck__strv_free(l->filenames);
	hdrcheck__strv_free(l->interpreters);
	hdrcheck__strv_free(l->line_comments);
	hdrcheck__strv_free(l->block_comments);
}

void hdrcheck__config_free(hdrcheck__config *config)
{
	size_t i;

	if (!config)
		return;
	free(config->source);
	hdrcheck__strv_free(config->exclude);
	for (i = 0; i < config->languages_count; i++)
		config_language_dispose(&config->languages[i]);
	free(config->languages);
	for (i = 0; i < config->policies_count; i++)
		config_policy_dispose(&config->policies[i]);
	free(config->policies);
	for (i = 0; i < config->waivers_count; i++) {
		free(config->waivers[i].path);
		free(config->waivers[i].reason);
		free(config->waivers[i].expires);
	}
	free(config->waivers);
	free(config->baseline);
	free(config);
}

/* ---- .hdrcheck.yaml ---------------------------------------------------- */

static const char *const top_keys[] = {
    "version",  "builtin_exclusions", "exclude", "languages",
    "policies", "baseline",           "waivers", NULL};
static const char *const waiver_keys[] = {"path", "reason", "expires", NULL};
static const char *const language_keys[] = {
    "name",          "extensions",     "filenames", "interpreters",
    "line_comments", "block_comments", NULL};
static const char *const policy_keys[] = {
    "name",   "paths",       "license", "header",  "copyright", "spdx",
    "accept", "third_party", "skip",    "exclude", NULL};
static const char *const copyright_keys[] = {"holder", "holder_pattern",
                                             "required", NULL};
static const char *const accept_keys[] = {"regex", NULL};

typedef struct {
	const char *source;
	hdrcheck__config *cfg;
} config_ctx;

static int is_scalar(const hdrcheck__ynode *n)
{
	return n->kind == HDRCHECK__YNODE_SCALAR && !hdrcheck__ytree_is_null(n);
}

static int unknown_key(const config_ctx *ctx, const hdrcheck__ynode *key,
                       const char *const *known)
{
	const char *near = hdrcheck__config_suggest(key->value, known);
	char q[CONFIG_QUOTE];

	hdrcheck__ytree_quote(q, sizeof(q), key->value);
	if (near)
		return hdrcheck__ytree_fail(ctx->source, key,
		                            "unknown key %s (did you mean "
		                            "\"%s\"?)",
		                            q, near);
	return hdrcheck__ytree_fail(ctx->source, key, "unknown key %s", q);
}

static int want_bool(const config_ctx *ctx, const char *key,
                     const hdrcheck__ynode *val, int *out)
{
	if (!hdrcheck__ytree_bool(val, out))
		return hdrcheck__ytree_fail(
		    ctx->source, val, "\"%s\" must be true or false", key);
	return 0;
}

/* A non-empty string (any scalar but null). */
static int want_string(const config_ctx *ctx, const char *key,
                       const hdrcheck__ynode *val, char **out)
{
	char *s;

	if (!is_scalar(val))
		return hdrcheck__ytree_fail(ctx->source, val,
		                            "\"%s\" must be a string", key);
	if (!val->len)
		return hdrcheck__ytree_fail(ctx->source, val,
		                            "\"%s\" must not be empty", key);
	if (!(s = hdrcheck__strdup(val->value)))
		return HDRCHECK_ENOMEM;
	free(*out);
	*out = s;
	return 0;
}

/* The policy's license in normal form ("GPL-2.0+" -> "GPL-2.0-or-later"),
 * or an error that says what is wrong with it. */
static int normalize_license(const config_ctx *ctx, const hdrcheck__ynode *v,
                             char **license)
{
	char q[CONFIG_QUOTE], *norm = NULL, *why = NULL;
	const char *detail;
	int rc;

	rc = hdrcheck__config_spdx_normalize(&norm, &why, *license);
	if (rc < 0)
		return rc;
	if (rc == 0) {
		free(*license);
		*license = norm;
		return 0;
	}
	/* "malformed SPDX expression '...': " repeats the value */
	detail = why;
	if (!strncmp(why, "malformed SPDX expression '", 27) &&
	    strstr(why, "': "))
		detail = strstr(why, "': ") + 3;
	rc = hdrcheck__ytree_fail(
	    ctx->source, v, "invalid SPDX license expression %s: %s",
	    hdrcheck__ytree_quote(q, sizeof(q), *license), detail);
	free(why);
	return rc;
}

typedef enum {
	ENTRY_TEXT = 0, /* any non-empty string */
	ENTRY_GLOB,     /* hdrcheck__config_check_glob */
	ENTRY_NAME,     /* no '/' (file names, interpreters) */
	ENTRY_EXTENSION /* no '/', "." stripped, lower case */
} entry_kind;

static int want_strings(const config_ctx *ctx, const char *key,
                        const hdrcheck__ynode *val, entry_kind kind,
                        int non_empty, char ***out)
{
	hdrcheck__strv v = HDRCHECK__STRV_INIT;
	size_t i;
	int error = 0;

	if (val->kind != HDRCHECK__YNODE_SEQUENCE) {
		error = hdrcheck__ytree_fail(
		    ctx->source, val, "\"%s\" must be a list of strings", key);
		goto done;
	}
	if (non_empty && !val->count) {
		error = hdrcheck__ytree_fail(ctx->source, val,
		                             "\"%s\" must not be empty", key);
		goto done;
	}
	for (i = 0; i < val->count; i++) {
		const hdrcheck__ynode *item = val->items[i];

		if (!is_scalar(item)) {
			error = hdrcheck__ytree_fail(
			    ctx->source, item,
			    "\"%s\" must be a list of strings", key);
			goto done;
		}
		if (kind == ENTRY_GLOB) {
			if ((error = hdrcheck__config_check_glob(
			         ctx->source, item, item->value)) < 0)
				goto done;
		} else if (!item->len || (kind == ENTRY_EXTENSION &&
		                          !strcmp(item->value, "."))) {
			error = hdrcheck__ytree_fail(
			    ctx->source, item,
			    "\"%s\" entries must not be empty", key);
			goto done;
		} else if ((kind == ENTRY_NAME || kind == ENTRY_EXTENSION) &&
		           strchr(item->value, '/')) {
			error = hdrcheck__ytree_fail(
			    ctx->source, item,
			    "\"%s\" entries must not contain '/'", key);
			goto done;
		}
		if (kind == ENTRY_EXTENSION)
			error = hdrcheck__strv_push(
			    &v, hdrcheck__config_extension(item->value));
		else
			error = hdrcheck__strv_push_copy(&v, item->value);
		if (error < 0)
			goto done;
	}
	hdrcheck__strv_free(*out);
	*out = NULL;
	error = hdrcheck__strv_detach(out, &v);
done:
	hdrcheck__strv_dispose(&v);
	return error;
}

static int want_block_comments(const config_ctx *ctx,
                               const hdrcheck__ynode *val, char ***out)
{
	hdrcheck__strv v = HDRCHECK__STRV_INIT;
	size_t i, j;
	int error = 0;

	if (val->kind != HDRCHECK__YNODE_SEQUENCE)
		goto bad;
	for (i = 0; i < val->count; i++) {
		const hdrcheck__ynode *pair = val->items[i];

		if (pair->kind != HDRCHECK__YNODE_SEQUENCE ||
		    pair->count != 2) {
			val = pair;
			goto bad;
		}
		for (j = 0; j < 2; j++) {
			if (!is_scalar(pair->items[j])) {
				val = pair->items[j];
				goto bad;
			}
			if (!pair->items[j]->len) {
				error = hdrcheck__ytree_fail(
				    ctx->source, pair->items[j],
				    "\"block_comments\" entries must not "
				    "be empty");
				goto done;
			}
			if ((error = hdrcheck__strv_push_copy(
			         &v, pair->items[j]->value)) < 0)
				goto done;
		}
	}
	hdrcheck__strv_free(*out);
	*out = NULL;
	error = hdrcheck__strv_detach(out, &v);
	goto done;
bad:
	error = hdrcheck__ytree_fail(ctx->source, val,
	                             "\"block_comments\" must be a list of "
	                             "[open, close] pairs");
done:
	hdrcheck__strv_dispose(&v);
	return error;
}

static int parse_language(config_ctx *ctx, const hdrcheck__ynode *map,
                          hdrcheck__language_config *lang,
                          const hdrcheck__ynode **name_at)
{
	const hdrcheck__ynode *name = NULL;
	const hdrcheck_language *builtin;
	char q[CONFIG_QUOTE];
	size_t i;
	int error = 0;

	lang->line = map->line;
	lang->column = map->column;
	for (i = 0; i + 1 < map->count; i += 2) {
		const hdrcheck__ynode *k = map->items[i],
		                      *v = map->items[i + 1];
		const char *key = k->value;

		if (!strcmp(key, "name")) {
			name = v;
			error = want_string(ctx, key, v, &lang->name);
		} else if (!strcmp(key, "extensions")) {
			error = want_strings(ctx, key, v, ENTRY_EXTENSION, 0,
			                     &lang->extensions);
		} else if (!strcmp(key, "filenames")) {
			error = want_strings(ctx, key, v, ENTRY_NAME, 0,
			                     &lang->filenames);
		} else if (!strcmp(key, "interpreters")) {
			error = want_strings(ctx, key, v, ENTRY_NAME, 0,
			                     &lang->interpreters);
		} else if (!strcmp(key, "line_comments")) {
			error = want_strings(ctx, key, v, ENTRY_TEXT, 0,
			                     &lang->line_comments);
		} else if (!strcmp(key, "block_comments")) {
			error =
			    want_block_comments(ctx, v, &lang->block_comments);
		} else {
			error = unknown_key(ctx, k, language_keys);
		}
		if (error < 0)
			return error;
	}
	if (!lang->name)
		return hdrcheck__ytree_fail(ctx->source, map,
		                            "missing required key \"name\"");
	*name_at = name;
	/* an override may change anything, and takes the built-in
	 * spelling of the name; a new type must be reachable and able to
	 * hold a header */
	if ((builtin = hdrcheck__filetype_by_name(lang->name)) != NULL) {
		if (strcmp(builtin->name, lang->name) == 0)
			return 0;
		free(lang->name);
		lang->name = hdrcheck__strdup(builtin->name);
		return lang->name ? 0 : HDRCHECK_ENOMEM;
	}
	hdrcheck__ytree_quote(q, sizeof(q), lang->name);
	if (!(lang->extensions && *lang->extensions) &&
	    !(lang->filenames && *lang->filenames) &&
	    !(lang->interpreters && *lang->interpreters))
		return hdrcheck__ytree_fail(ctx->source, name,
		                            "language %s is not built in and "
		                            "needs \"extensions\", "
		                            "\"filenames\" or \"interpreters\"",
		                            q);
	if (!(lang->line_comments && *lang->line_comments) &&
	    !(lang->block_comments && *lang->block_comments))
		return hdrcheck__ytree_fail(ctx->source, name,
		                            "language %s is not built in and "
		                            "needs \"line_comments\" or "
		                            "\"block_comments\"",
		                            q);
	return 0;
}

static int ascii_casecmp(const char *a, const char *b)
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

/* Names in file order, to find the first that repeats an earlier one in
 * O(n log n): a configuration may hold thousands of entries. */
typedef struct {
	const char *name;
	size_t index;
} name_ref;

static int name_ref_cmp(const void *a, const void *b)
{
	const name_ref *x = a, *y = b;
	int c = strcmp(x->name, y->name);

	if (c)
		return c;
	return (x->index > y->index) - (x->index < y->index);
}

static int name_ref_casecmp(const void *a, const void *b)
{
	const name_ref *x = a, *y = b;
	int c = ascii_casecmp(x->name, y->name);

	if (c)
		return c;
	return (x->index > y->index) - (x->index < y->index);
}

/* 1 with *dup (the first repetition in file order) and *first (the
 * entry it repeats), 0 when the names are unique. */
static int find_duplicate(name_ref *refs, size_t n, int caseless, size_t *dup,
                          size_t *first)
{
	size_t i, group = 0;
	int found = 0;

	qsort(refs, n, sizeof(*refs),
	      caseless ? name_ref_casecmp : name_ref_cmp);
	for (i = 1; i < n; i++) {
		const char *a = refs[i - 1].name, *b = refs[i].name;

		if (caseless ? ascii_casecmp(a, b) : strcmp(a, b)) {
			group = i;
			continue;
		}
		if (!found || refs[i].index < *dup) {
			*dup = refs[i].index;
			*first = refs[group].index;
			found = 1;
		}
	}
	return found;
}

static int parse_languages(config_ctx *ctx, const hdrcheck__ynode *seq)
{
	hdrcheck__config *cfg = ctx->cfg;
	const hdrcheck__ynode **name_at = NULL;
	name_ref *refs = NULL;
	char q[CONFIG_QUOTE];
	size_t i, dup = 0, first = 0, n = seq->count;
	int error = 0;

	if (seq->kind != HDRCHECK__YNODE_SEQUENCE)
		return hdrcheck__ytree_fail(ctx->source, seq,
		                            "\"languages\" must be a list of "
		                            "mappings");
	if (!(cfg->languages =
	          hdrcheck__calloc(n ? n : 1, sizeof(*cfg->languages))) ||
	    !(name_at = hdrcheck__calloc(n ? n : 1, sizeof(*name_at))) ||
	    !(refs = hdrcheck__calloc(n ? n : 1, sizeof(*refs)))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	cfg->languages_count = n;
	for (i = 0; i < n; i++) {
		const hdrcheck__ynode *map = seq->items[i];

		if (map->kind != HDRCHECK__YNODE_MAPPING) {
			error = hdrcheck__ytree_fail(ctx->source, map,
			                             "\"languages\" must be a "
			                             "list of mappings");
			goto done;
		}
		if ((error = parse_language(ctx, map, &cfg->languages[i],
		                            &name_at[i])) < 0)
			goto done;
		refs[i].name = cfg->languages[i].name;
		refs[i].index = i;
	}
	/* type names compare like hdrcheck__filetype_by_name */
	if (find_duplicate(refs, n, 1, &dup, &first))
		error = hdrcheck__ytree_fail(
		    ctx->source, name_at[dup],
		    "duplicate language %s (first at %u:%u)",
		    hdrcheck__ytree_quote(q, sizeof(q),
		                          cfg->languages[dup].name),
		    cfg->languages[first].line, cfg->languages[first].column);
done:
	free(name_at);
	free(refs);
	return error;
}

static int parse_copyright(config_ctx *ctx, const hdrcheck__ynode *map,
                           hdrcheck__policy_config *p)
{
	size_t i;
	int error = 0;

	if (map->kind != HDRCHECK__YNODE_MAPPING)
		return hdrcheck__ytree_fail(ctx->source, map,
		                            "\"copyright\" must be a mapping");
	for (i = 0; i + 1 < map->count; i += 2) {
		const hdrcheck__ynode *k = map->items[i],
		                      *v = map->items[i + 1];
		const char *key = k->value;

		if (!strcmp(key, "holder")) {
			error = want_string(ctx, key, v, &p->holder);
		} else if (!strcmp(key, "holder_pattern")) {
			if ((error = want_string(ctx, key, v,
			                         &p->holder_pattern)) == 0)
				error = hdrcheck__config_check_regex(
				    ctx->source, v, p->holder_pattern);
		} else if (!strcmp(key, "required")) {
			error = want_bool(ctx, key, v, &p->copyright_required);
		} else {
			error = unknown_key(ctx, k, copyright_keys);
		}
		if (error < 0)
			return error;
	}
	return 0;
}

static int parse_accept_entry(config_ctx *ctx, const hdrcheck__ynode *item,
                              hdrcheck__accept *a)
{
	const hdrcheck__ynode *regex = NULL;
	size_t i;
	int error;

	if (is_scalar(item)) {
		if (!item->len)
			return hdrcheck__ytree_fail(ctx->source, item,
			                            "\"accept\" entries must "
			                            "not be empty");
		return (a->text = hdrcheck__strdup(item->value))
		           ? 0
		           : HDRCHECK_ENOMEM;
	}
	if (item->kind != HDRCHECK__YNODE_MAPPING)
		return hdrcheck__ytree_fail(ctx->source, item,
		                            "\"accept\" entries must be "
		                            "strings or mappings with "
		                            "\"regex\"");
	for (i = 0; i + 1 < item->count; i += 2) {
		if (strcmp(item->items[i]->value, "regex") != 0)
			return unknown_key(ctx, item->items[i], accept_keys);
		regex = item->items[i + 1];
	}
	if (!regex)
		return hdrcheck__ytree_fail(ctx->source, item,
		                            "missing required key \"regex\"");
	if ((error = want_string(ctx, "regex", regex, &a->regex)) < 0)
		return error;
	return hdrcheck__config_check_regex(ctx->source, regex, a->regex);
}

static int parse_accept(config_ctx *ctx, const hdrcheck__ynode *seq,
                        hdrcheck__policy_config *p)
{
	size_t i;
	int error;

	if (seq->kind != HDRCHECK__YNODE_SEQUENCE)
		return hdrcheck__ytree_fail(ctx->source, seq,
		                            "\"accept\" must be a list");
	if (!(p->accept = hdrcheck__calloc(seq->count ? seq->count : 1,
	                                   sizeof(*p->accept))))
		return HDRCHECK_ENOMEM;
	p->accept_count = seq->count;
	for (i = 0; i < seq->count; i++)
		if ((error = parse_accept_entry(ctx, seq->items[i],
		                                &p->accept[i])) < 0)
			return error;
	return 0;
}

static int parse_spdx(config_ctx *ctx, const hdrcheck__ynode *v,
                      hdrcheck__spdx_mode *out)
{
	if (is_scalar(v) && !strcmp(v->value, "accept"))
		*out = HDRCHECK__SPDX_ACCEPT;
	else if (is_scalar(v) && !strcmp(v->value, "require"))
		*out = HDRCHECK__SPDX_REQUIRE;
	else if (is_scalar(v) && !strcmp(v->value, "reject"))
		*out = HDRCHECK__SPDX_REJECT;
	else
		return hdrcheck__ytree_fail(ctx->source, v,
		                            "\"spdx\" must be accept, require "
		                            "or reject");
	return 0;
}

static int parse_policy(config_ctx *ctx, const hdrcheck__ynode *map,
                        size_t index, hdrcheck__policy_config *p,
                        const hdrcheck__ynode **name_at)
{
	size_t i;
	int error = 0;

	p->line = map->line;
	p->column = map->column;
	*name_at = map;
	for (i = 0; i + 1 < map->count; i += 2) {
		const hdrcheck__ynode *k = map->items[i],
		                      *v = map->items[i + 1];
		const char *key = k->value;

		if (!strcmp(key, "name")) {
			*name_at = v;
			error = want_string(ctx, key, v, &p->name);
		} else if (!strcmp(key, "paths")) {
			error =
			    want_strings(ctx, key, v, ENTRY_GLOB, 1, &p->paths);
		} else if (!strcmp(key, "exclude")) {
			error = want_strings(ctx, key, v, ENTRY_GLOB, 0,
			                     &p->exclude);
		} else if (!strcmp(key, "license")) {
			if ((error = want_string(ctx, key, v, &p->license)) ==
			    0)
				error = normalize_license(ctx, v, &p->license);
		} else if (!strcmp(key, "header")) {
			error = want_string(ctx, key, v, &p->header);
		} else if (!strcmp(key, "copyright")) {
			error = parse_copyright(ctx, v, p);
		} else if (!strcmp(key, "spdx")) {
			error = parse_spdx(ctx, v, &p->spdx);
		} else if (!strcmp(key, "accept")) {
			error = parse_accept(ctx, v, p);
		} else if (!strcmp(key, "third_party")) {
			error = want_bool(ctx, key, v, &p->third_party);
		} else if (!strcmp(key, "skip")) {
			error = want_bool(ctx, key, v, &p->skip);
		} else {
			error = unknown_key(ctx, k, policy_keys);
		}
		if (error < 0)
			return error;
	}
	if (!p->paths)
		return hdrcheck__ytree_fail(ctx->source, map,
		                            "missing required key \"paths\"");
	if (!p->name && !(p->name = hdrcheck__aprintf("policy-%zu", index + 1)))
		return HDRCHECK_ENOMEM;
	return 0;
}

static int parse_policies(config_ctx *ctx, const hdrcheck__ynode *seq)
{
	hdrcheck__config *cfg = ctx->cfg;
	const hdrcheck__ynode **name_at = NULL;
	name_ref *refs = NULL;
	char q[CONFIG_QUOTE];
	size_t i, dup = 0, first = 0, n = seq->count;
	int error = 0;

	if (seq->kind != HDRCHECK__YNODE_SEQUENCE)
		return hdrcheck__ytree_fail(ctx->source, seq,
		                            "\"policies\" must be a list of "
		                            "mappings");
	if (!(cfg->policies =
	          hdrcheck__calloc(n ? n : 1, sizeof(*cfg->policies))) ||
	    !(name_at = hdrcheck__calloc(n ? n : 1, sizeof(*name_at))) ||
	    !(refs = hdrcheck__calloc(n ? n : 1, sizeof(*refs)))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	cfg->policies_count = n;
	for (i = 0; i < n; i++) {
		const hdrcheck__ynode *map = seq->items[i];

		if (map->kind != HDRCHECK__YNODE_MAPPING) {
			error = hdrcheck__ytree_fail(ctx->source, map,
			                             "\"policies\" must be a "
			                             "list of mappings");
			goto done;
		}
		if ((error = parse_policy(ctx, map, i, &cfg->policies[i],
		                          &name_at[i])) < 0)
			goto done;
		refs[i].name = cfg->policies[i].name;
		refs[i].index = i;
	}
	if (find_duplicate(refs, n, 0, &dup, &first))
		error = hdrcheck__ytree_fail(
		    ctx->source, name_at[dup],
		    "duplicate policy name %s (first at %u:%u)",
		    hdrcheck__ytree_quote(q, sizeof(q),
		                          cfg->policies[dup].name),
		    cfg->policies[first].line, cfg->policies[first].column);
done:
	free(name_at);
	free(refs);
	return error;
}

/* A calendar date, YYYY-MM-DD. */
static int valid_date(const char *s)
{
	static const int days[] = {31, 29, 31, 30, 31, 30,
	                           31, 31, 30, 31, 30, 31};
	int y, m, d, i;

	for (i = 0; i < 10; i++)
		if (i == 4 || i == 7 ? s[i] != '-'
		                     : !(s[i] >= '0' && s[i] <= '9'))
			return 0;
	if (s[10])
		return 0;
	y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 +
	    (s[3] - '0');
	m = (s[5] - '0') * 10 + (s[6] - '0');
	d = (s[8] - '0') * 10 + (s[9] - '0');
	if (m < 1 || m > 12 || d < 1 || d > days[m - 1])
		return 0;
	/* 29 February only in a leap year */
	return !(m == 2 && d == 29 &&
	         !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0));
}

static int parse_waiver(config_ctx *ctx, const hdrcheck__ynode *map,
                        hdrcheck__waiver_config *w)
{
	size_t i;
	int error = 0;

	if (map->kind != HDRCHECK__YNODE_MAPPING)
		return hdrcheck__ytree_fail(ctx->source, map,
		                            "\"waivers\" must be a list of "
		                            "mappings");
	w->line = map->line;
	w->column = map->column;
	for (i = 0; i + 1 < map->count; i += 2) {
		const hdrcheck__ynode *k = map->items[i],
		                      *v = map->items[i + 1];
		const char *key = k->value;

		if (!strcmp(key, "path")) {
			if ((error = want_string(ctx, key, v, &w->path)) == 0 &&
			    w->path[0] == '!')
				error = hdrcheck__ytree_fail(
				    ctx->source, v,
				    "a waiver's \"path\" cannot be negated");
			if (error == 0)
				error = hdrcheck__config_check_glob(ctx->source,
				                                    v, w->path);
		} else if (!strcmp(key, "reason")) {
			error = want_string(ctx, key, v, &w->reason);
		} else if (!strcmp(key, "expires")) {
			if ((error = want_string(ctx, key, v, &w->expires)) ==
			        0 &&
			    !valid_date(w->expires))
				error = hdrcheck__ytree_fail(
				    ctx->source, v,
				    "\"expires\" must be a date, YYYY-MM-DD");
		} else {
			error = unknown_key(ctx, k, waiver_keys);
		}
		if (error < 0)
			return error;
	}
	if (!w->path || !w->reason)
		return hdrcheck__ytree_fail(ctx->source, map,
		                            "missing required key \"%s\"",
		                            !w->path ? "path" : "reason");
	return 0;
}

static int parse_waivers(config_ctx *ctx, const hdrcheck__ynode *seq)
{
	hdrcheck__config *cfg = ctx->cfg;
	size_t i;
	int error;

	if (seq->kind != HDRCHECK__YNODE_SEQUENCE)
		return hdrcheck__ytree_fail(ctx->source, seq,
		                            "\"waivers\" must be a list of "
		                            "mappings");
	if (!(cfg->waivers = hdrcheck__calloc(seq->count ? seq->count : 1,
	                                      sizeof(*cfg->waivers))))
		return HDRCHECK_ENOMEM;
	for (i = 0; i < seq->count; i++) {
		cfg->waivers_count = i + 1;
		if ((error = parse_waiver(ctx, seq->items[i],
		                          &cfg->waivers[i])) < 0)
			return error;
	}
	return 0;
}

static int parse_top(config_ctx *ctx, const hdrcheck__ynode *map)
{
	hdrcheck__config *cfg = ctx->cfg;
	size_t i;
	int error = 0;

	if (map->kind != HDRCHECK__YNODE_MAPPING)
		return hdrcheck__ytree_fail(ctx->source, map,
		                            "the top level must be a mapping");
	for (i = 0; i + 1 < map->count; i += 2) {
		const hdrcheck__ynode *k = map->items[i],
		                      *v = map->items[i + 1];
		const char *key = k->value;

		if (!strcmp(key, "version")) {
			if (!v->plain || strcmp(v->value, "1") != 0)
				error = hdrcheck__ytree_fail(
				    ctx->source, v, "\"version\" must be 1");
		} else if (!strcmp(key, "builtin_exclusions")) {
			error =
			    want_bool(ctx, key, v, &cfg->builtin_exclusions);
		} else if (!strcmp(key, "exclude")) {
			error = want_strings(ctx, key, v, ENTRY_GLOB, 0,
			                     &cfg->exclude);
		} else if (!strcmp(key, "languages")) {
			error = parse_languages(ctx, v);
		} else if (!strcmp(key, "policies")) {
			error = parse_policies(ctx, v);
		} else if (!strcmp(key, "baseline")) {
			error = want_string(ctx, key, v, &cfg->baseline);
		} else if (!strcmp(key, "waivers")) {
			error = parse_waivers(ctx, v);
		} else {
			error = unknown_key(ctx, k, top_keys);
		}
		if (error < 0)
			return error;
	}
	return 0;
}

int hdrcheck__config_parse(hdrcheck__config **out, const char *source,
                           const char *buf, size_t len)
{
	hdrcheck__ynode *root = NULL;
	hdrcheck__config *cfg = NULL;
	config_ctx ctx;
	int error;

	if (!source)
		source = ".hdrcheck.yaml";
	if ((error = hdrcheck__ytree_parse(&root, source, buf, len)) < 0)
		goto done;
	if ((error = hdrcheck__config_new(&cfg, source)) < 0)
		goto done;
	ctx.source = source;
	ctx.cfg = cfg;
	/* an empty file, or one holding only "~", is the default config */
	if (root && !hdrcheck__ytree_is_null(root) &&
	    (error = parse_top(&ctx, root)) < 0)
		goto done;
	*out = cfg;
	cfg = NULL;
done:
	hdrcheck__ytree_free(root);
	hdrcheck__config_free(cfg);
	return error;
}
