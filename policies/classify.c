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

#include <ctype.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "policies/catalogue.h"
#include "policies/config.h"
#include "policies/expression.h"
#include "policies/filetypes.h"
#include "policies/generated.h"
#include "policies/header.h"
#include "policies/identify.h"
#include "policies/policy.h"
#include "policies/regex.h"

static const char spdx_pattern[] =
    "SPDX-License-Identifier:[ \\t]*([^\\r\\n]*)";

/* A copyright line: one that starts (after decoration) with "Copyright",
 * "(c)", the sign or an SPDX-FileCopyrightText tag; license prose such as
 * "the above copyright notice" is not one. */
static const char copyright_pattern[] =
    "\\G[\\s*#/;!%-]*(?:copyright\\b|\\(c\\)|\\x{00A9}|"
    "SPDX-FileCopyrightText:)";

/* A comment run of fewer words that names the required license states it
 * in short (the Apache-2.0 header has 75 words): the reason says so
 * rather than listing the header's missing words. */
#define SHORT_NOTICE_WORDS 40
/* a text holding three quarters of a form's words in order is that form,
 * damaged; a notice that names the license holds a few of them */
#define DAMAGED_FORM_SHARE 3 / 4

/* One compiled policy of the configuration. */
typedef struct {
	char *name;
	char **paths;
	char **exclude;
	char *license;
	const hdrcheck__license_tokens *builtin; /* NULL: SPDX/accept only */
	hdrcheck__tokens *forms; /* custom header + accepted texts */
	size_t forms_count;
	hdrcheck__regex **accept_re;
	size_t accept_re_count;
	hdrcheck__tokens holder;
	hdrcheck__regex *holder_re;
	int copyright_required;
	int holder_optional; /* holder: written by fix, not required */
	hdrcheck__spdx_mode spdx;
	int third_party;
	int skip;
	/* for the fixer: borrowed from the configuration, or NULL */
	const char *header_text;
	const char *holder_text;
} rule;

struct hdrcheck__policy {
	/* generated-file banners, one regex per hint (generated.h) */
	hdrcheck__regex *generated[HDRCHECK__GENERATED_GROUPS_MAX];
	hdrcheck__regex *spdx;
	hdrcheck__regex *copyright;
	hdrcheck__matcher matcher;
	hdrcheck__identifier *ident;
	char **excludes; /* top level and --exclude */
	size_t excludes_count;
	int builtin_exclusions;
	rule *rules; /* rules[0] is the default */
	size_t rules_count;
	hdrcheck_language *languages; /* configured types, tried first */
	size_t languages_count;
	hdrcheck__filetype_index *types; /* the built-in table, indexed */
};

static char **strv_dup(char *const *v)
{
	size_t n = 0, i;
	char **out;

	while (v && v[n])
		n++;
	if (!(out = hdrcheck__calloc(n + 1, sizeof(char *))))
		return NULL;
	for (i = 0; i < n; i++)
		if (!(out[i] = hdrcheck__strdup(v[i]))) {
			while (i-- > 0)
				free(out[i]);
			free(out);
			return NULL;
		}
	return out;
}

static void strv_free(char **v)
{
	size_t i;

	for (i = 0; v && v[i]; i++)
		free(v[i]);
	free(v);
}

struct hdrcheck__classifier {
	const hdrcheck__policy *policy;
	hdrcheck__regex_ctx *re;
	hdrcheck__comments comments;
	hdrcheck__tokens tokens;
	hdrcheck__ident_scratch *ident;
	/* the comments beside an accepted header, and their words */
	hdrcheck__comments aside;
	hdrcheck__tokens aside_tokens;
	/* a document's leading prose (prose_header), and its words; swapped
	 * with comments and tokens when it holds the header */
	hdrcheck__comments prose;
	hdrcheck__tokens prose_tokens;
	int prose_header; /* 1: the last verdict read the prose */
	/* the type and policy found by classify_path for this path, reused
	 * by classify_content for the same path */
	const char *memo_path;
	const hdrcheck_language *memo_lang;
	const hdrcheck__filetype_weak *memo_weak;
	const void *memo_rule;
	/* explain: when set, each stage says what it found */
	hdrcheck_buf *trace;
	/* fix: when set, what classify_content used (policies/fixplan.c) */
	hdrcheck__fix_facts *facts;
	/* UTF-16 content decoded to UTF-8 (check and explain only) */
	char *utf16;
	/* explain: the candidate licenses of the last file, and whether its
	 * license came from an SPDX tag */
	hdrcheck__ident explained;
	int explained_done;
	int from_tag;
	/* the license came from a Perl file's POD LICENSE section */
	int from_pod;
};

#define TRACE(c, ...)                                                          \
	do {                                                                   \
		if ((c)->trace)                                                \
			(void)hdrcheck__buf_printf((c)->trace, __VA_ARGS__);   \
	} while (0)

void hdrcheck__classifier_trace(hdrcheck__classifier *c, hdrcheck_buf *trace)
{
	c->trace = trace;
}

void hdrcheck__classifier_facts(hdrcheck__classifier *c,
                                hdrcheck__fix_facts *facts)
{
	c->facts = facts;
}

static void record_facts(hdrcheck__classifier *c, const hdrcheck_language *lang,
                         const rule *r)
{
	hdrcheck__fix_facts *f = c->facts;

	f->lang = lang;
	f->license = r->license;
	f->header = r->header_text;
	f->holder = r->holder_text;
	f->holder_pattern = r->holder_re != NULL;
	f->copyright_required = r->copyright_required;
	f->spdx = (int)r->spdx;
	f->forms = r->forms;
	f->forms_count = r->forms_count;
	f->builtin = r->builtin;
	f->comments = &c->comments;
	f->prose = c->prose_header;
}

static void rule_dispose(rule *r)
{
	size_t i;

	free(r->name);
	free(r->license);
	strv_free(r->paths);
	strv_free(r->exclude);
	for (i = 0; i < r->forms_count; i++)
		hdrcheck__tokens_dispose(&r->forms[i]);
	free(r->forms);
	for (i = 0; i < r->accept_re_count; i++)
		hdrcheck__regex_free(r->accept_re[i]);
	free(r->accept_re);
	hdrcheck__tokens_dispose(&r->holder);
	hdrcheck__regex_free(r->holder_re);
}

static int regex_or_fail(hdrcheck__regex **out, const char *pattern,
                         const char *what)
{
	int error = hdrcheck__regex_new(out, pattern, HDRCHECK__RE_CASELESS);

	if (error < 0)
		return hdrcheck__error_set(error, "invalid %s regex \"%s\": %s",
		                           what, pattern,
		                           hdrcheck_error_last());
	return 0;
}

static int rule_init(rule *r, const hdrcheck__policy *p,
                     const hdrcheck__policy_config *pc)
{
	static char *const everything[] = {"**", NULL};
	size_t i, n = 0;
	int error = 0;

	if (!(r->name =
	          hdrcheck__strdup(pc && pc->name ? pc->name : "default")) ||
	    !(r->license = hdrcheck__strdup(
	          pc && pc->license ? pc->license : "Apache-2.0")) ||
	    !(r->paths = strv_dup(pc && pc->paths ? pc->paths : everything)) ||
	    !(r->exclude = strv_dup(pc ? pc->exclude : NULL)))
		return HDRCHECK_ENOMEM;
	r->builtin = hdrcheck__matcher_license(&p->matcher, r->license);
	if (!pc)
		return 0;
	r->copyright_required = pc->copyright_required;
	r->holder_optional = pc->holder_optional;
	r->spdx = pc->spdx;
	r->third_party = pc->third_party;
	r->skip = pc->skip;
	r->header_text = pc->header;
	r->holder_text = pc->holder;

	for (i = 0; i < pc->accept_count; i++)
		n += pc->accept[i].text != NULL;
	n += pc->header != NULL;
	if (n && !(r->forms = hdrcheck__calloc(n, sizeof(hdrcheck__tokens))))
		return HDRCHECK_ENOMEM;
	if (pc->header && (error = hdrcheck__tokens_from_template(
	                       &r->forms[r->forms_count++], pc->header)) < 0)
		return error;
	if (pc->accept_count &&
	    !(r->accept_re = hdrcheck__calloc(pc->accept_count,
	                                      sizeof(hdrcheck__regex *))))
		return HDRCHECK_ENOMEM;
	for (i = 0; i < pc->accept_count; i++) {
		if (pc->accept[i].text &&
		    (error = hdrcheck__tokens_from_template(
		         &r->forms[r->forms_count++], pc->accept[i].text)) < 0)
			return error;
		if (pc->accept[i].regex &&
		    (error = regex_or_fail(&r->accept_re[r->accept_re_count++],
		                           pc->accept[i].regex, "accept")) < 0)
			return error;
	}
	if (pc->holder &&
	    (error = hdrcheck__tokens_from_text(&r->holder, pc->holder)) < 0)
		return error;
	if (pc->holder_pattern &&
	    (error = regex_or_fail(&r->holder_re, pc->holder_pattern,
	                           "holder_pattern")) < 0)
		return error;
	return 0;
}

/* A configured type: a new one, or a built-in one with fields replaced. */
static int language_init(hdrcheck_language *out,
                         const hdrcheck__language_config *lc)
{
	const hdrcheck_language *base = hdrcheck__filetype_by_name(lc->name);
	hdrcheck_block_comment *blocks = NULL;
	size_t n = 0, i;

	if (base)
		*out = *base;
	else
		memset(out, 0, sizeof(*out));
	out->name = lc->name;
	if (lc->extensions)
		out->extensions = (const char *const *)lc->extensions;
	if (lc->filenames)
		out->filenames = (const char *const *)lc->filenames;
	if (lc->interpreters)
		out->interpreters = (const char *const *)lc->interpreters;
	if (lc->line_comments)
		out->line_comments = (const char *const *)lc->line_comments;
	if (lc->block_comments) {
		while (lc->block_comments[n] && lc->block_comments[n + 1])
			n += 2;
		if (!(blocks = hdrcheck__calloc(n / 2 + 1, sizeof(*blocks))))
			return HDRCHECK_ENOMEM;
		for (i = 0; i < n / 2; i++) {
			blocks[i].open = lc->block_comments[2 * i];
			blocks[i].close = lc->block_comments[2 * i + 1];
		}
		out->block_comments = blocks;
	} else if (!base) {
		out->block_comments = NULL;
	}
	if (lc->line_comments || lc->block_comments)
		out->no_comments = 0;
	return 0;
}

int hdrcheck__policy_new(hdrcheck__policy **out, const hdrcheck__config *config,
                         const char *const *excludes, size_t excludes_count)
{
	hdrcheck__policy *p = NULL;
	size_t i, n, cfg_excludes = 0, default_at = SIZE_MAX;
	int error = 0;

	if (!(p = hdrcheck__calloc(1, sizeof(*p))))
		return HDRCHECK_ENOMEM;
	p->builtin_exclusions = config ? config->builtin_exclusions : 1;
	if (hdrcheck__filetype_index_new(&p->types) < 0) {
		error = hdrcheck__error_set(HDRCHECK_ENOMEM, "out of memory");
		goto done;
	}
	for (i = 0; i < hdrcheck__generated_groups_count; i++)
		if ((error = hdrcheck__regex_new(&p->generated[i],
		                                 hdrcheck__generated_groups[i],
		                                 HDRCHECK__RE_CASELESS)) < 0)
			goto done;
	if ((error = hdrcheck__regex_new(&p->spdx, spdx_pattern,
	                                 HDRCHECK__RE_CASELESS)) < 0 ||
	    (error = hdrcheck__regex_new(&p->copyright, copyright_pattern,
	                                 HDRCHECK__RE_CASELESS)) < 0 ||
	    (error = hdrcheck__matcher_init(&p->matcher)) < 0 ||
	    (error = hdrcheck__identifier_new(&p->ident)) < 0)
		goto done;

	while (config && config->exclude && config->exclude[cfg_excludes])
		cfg_excludes++;
	n = cfg_excludes + excludes_count;
	if (n && !(p->excludes = hdrcheck__calloc(n, sizeof(char *)))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	for (i = 0; i < n; i++) {
		const char *e = i < cfg_excludes ? config->exclude[i]
		                                 : excludes[i - cfg_excludes];

		if (!(p->excludes[i] = hdrcheck__strdup(e))) {
			error = HDRCHECK_ENOMEM;
			goto done;
		}
		p->excludes_count++;
	}

	/* rules[0] is the default: the configuration's policy named
	 * "default" when there is one, else Apache-2.0 everywhere */
	n = config ? config->policies_count : 0;
	for (i = 0; i < n; i++)
		if (strcmp(config->policies[i].name, "default") == 0)
			default_at = i;
	if (!(p->rules = hdrcheck__calloc(n + 1, sizeof(rule)))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	p->rules_count = 1;
	if ((error = rule_init(&p->rules[0], p,
	                       default_at != SIZE_MAX
	                           ? &config->policies[default_at]
	                           : NULL)) < 0)
		goto done;
	for (i = 0; i < n; i++) {
		if (i == default_at)
			continue;
		if ((error = rule_init(&p->rules[p->rules_count++], p,
		                       &config->policies[i])) < 0)
			goto done;
	}

	n = config ? config->languages_count : 0;
	if (n && !(p->languages = hdrcheck__calloc(n, sizeof(*p->languages)))) {
		error = HDRCHECK_ENOMEM;
		goto done;
	}
	for (i = 0; i < n; i++) {
		if ((error = language_init(&p->languages[i],
		                           &config->languages[i])) < 0)
			goto done;
		p->languages_count++;
	}
	/* the configured types point into the config: keep it alive */
	*out = p;
	p = NULL;
done:
	hdrcheck__policy_free(p);
	return error;
}

void hdrcheck__policy_free(hdrcheck__policy *p)
{
	size_t i;

	if (!p)
		return;
	hdrcheck__filetype_index_free(p->types);
	for (i = 0; i < hdrcheck__generated_groups_count; i++)
		hdrcheck__regex_free(p->generated[i]);
	hdrcheck__regex_free(p->spdx);
	hdrcheck__regex_free(p->copyright);
	hdrcheck__matcher_dispose(&p->matcher);
	hdrcheck__identifier_free(p->ident);
	for (i = 0; i < p->excludes_count; i++)
		free(p->excludes[i]);
	free(p->excludes);
	for (i = 0; i < p->rules_count; i++)
		rule_dispose(&p->rules[i]);
	free(p->rules);
	for (i = 0; i < p->languages_count; i++) {
		const hdrcheck_language *base =
		    hdrcheck__filetype_by_name(p->languages[i].name);

		if (!base ||
		    p->languages[i].block_comments != base->block_comments)
			free((void *)p->languages[i].block_comments);
	}
	free(p->languages);
	free(p);
}

const char *hdrcheck__policy_license(const hdrcheck__policy *policy)
{
	return policy->rules[0].license;
}

size_t hdrcheck__policy_rules(const hdrcheck__policy *policy, const char **name,
                              const char **license, size_t i)
{
	if (i < policy->rules_count) {
		*name = policy->rules[i].name;
		*license = policy->rules[i].license;
	}
	return policy->rules_count;
}

size_t hdrcheck__classify_window(void)
{
	return HDRCHECK__WINDOW_BYTES;
}

int hdrcheck__classifier_new(hdrcheck__classifier **out,
                             const hdrcheck__policy *policy)
{
	hdrcheck__classifier *c = NULL;
	int error = 0;

	if (!(c = hdrcheck__calloc(1, sizeof(*c))))
		return HDRCHECK_ENOMEM;
	c->policy = policy;
	if ((error = hdrcheck__regex_ctx_new(&c->re)) < 0 ||
	    (error = hdrcheck__ident_scratch_new(&c->ident)) < 0)
		goto done;
	*out = c;
	c = NULL;
done:
	hdrcheck__classifier_free(c);
	return error;
}

void hdrcheck__classifier_free(hdrcheck__classifier *c)
{
	if (!c)
		return;
	hdrcheck__regex_ctx_free(c->re);
	hdrcheck__ident_scratch_free(c->ident);
	hdrcheck__ident_dispose(&c->explained);
	hdrcheck__comments_dispose(&c->comments);
	hdrcheck__tokens_dispose(&c->tokens);
	hdrcheck__comments_dispose(&c->aside);
	hdrcheck__tokens_dispose(&c->aside_tokens);
	hdrcheck__comments_dispose(&c->prose);
	hdrcheck__tokens_dispose(&c->prose_tokens);
	free(c->utf16);
	free(c);
}

static int set_reason(hdrcheck_finding *out, hdrcheck_status status,
                      const char *reason)
{
	out->status = status;
	if (reason && !(out->reason = hdrcheck__strdup(reason)))
		return HDRCHECK_ENOMEM;
	return 0;
}

/*
 * Notice files: LICENSE, LICENCE, NOTICE, COPYING, COPYRIGHT in any case,
 * bare or with a documentation extension (LICENSE.txt, license.md), or in
 * upper case with any suffix (LICENSE-MIT, COPYING.LIB, NOTICE_APACHE).
 * "license_check.py" is code, not a notice; so is an upper-case name whose
 * extension makes it a type that holds comments, other than a document
 * ("NOTICE-year-check.yml", a workflow; "LICENSE-MIT.md" stays a notice).
 * lang is the type by the path, or NULL.
 */
static int is_notice_file(const char *base, const hdrcheck_language *lang)
{
	static const char *const stems[] = {"license", "licence", "notice",
	                                    "copying", "copyright"};
	static const char *const exts[] = {"txt",  "md",   "markdown", "rst",
	                                   "html", "adoc", "asciidoc", "org"};
	static const char *const doc_exts[] = {"htm", "xhtml", "text"};
	const char *dot;
	size_t i, j, n;
	int code = 0;
	char c0 = (char)(base[0] | 0x20);

	/* every stem starts with l, n or c: most names stop here */
	if (c0 != 'l' && c0 != 'n' && c0 != 'c')
		return 0;
	dot = strrchr(base, '.');
	if (lang && !lang->no_comments && dot) {
		code = 1;
		for (j = 0; j < HDRCHECK__ARRAY_SIZE(exts); j++)
			if (hdrcheck__ascii_ieqn(dot + 1, strlen(dot + 1),
			                         exts[j]))
				code = 0;
		for (j = 0; j < HDRCHECK__ARRAY_SIZE(doc_exts); j++)
			if (hdrcheck__ascii_ieqn(dot + 1, strlen(dot + 1),
			                         doc_exts[j]))
				code = 0;
	}
	for (i = 0; i < HDRCHECK__ARRAY_SIZE(stems); i++) {
		n = strlen(stems[i]);
		if (strlen(base) < n ||
		    !hdrcheck__ascii_ieqn(base, n, stems[i]))
			continue;
		if (base[n] == '\0')
			return 1;
		if (base[n] == '.')
			for (j = 0; j < HDRCHECK__ARRAY_SIZE(exts); j++)
				if (hdrcheck__ascii_ieqn(base + n + 1,
				                         strlen(base + n + 1),
				                         exts[j]))
					return 1;
		if (!code &&
		    (base[n] == '.' || base[n] == '-' || base[n] == '_')) {
			size_t k;
			int upper = 1;

			for (k = 0; k < n; k++)
				if (base[k] < 'A' || base[k] > 'Z')
					upper = 0;
			if (upper)
				return 1;
		}
	}
	return 0;
}

/* A notice file (above), or a license text in a REUSE LICENSES/ folder. */
static int is_notice_path(const char *path, const hdrcheck_language *lang)
{
	return is_notice_file(hdrcheck__path_basename(path), lang) ||
	       hdrcheck__in_licenses_dir(path);
}

/* gitignore-style list: in order, the last pattern that matches decides,
 * a "!" pattern un-matching. */
static int globs_match(char *const *globs, size_t count, const char *path)
{
	size_t i;
	int matched = 0;

	for (i = 0; globs && i < count && globs[i]; i++) {
		if (globs[i][0] == '!') {
			if (matched && hdrcheck__glob_match(globs[i] + 1, path))
				matched = 0;
		} else if (!matched && hdrcheck__glob_match(globs[i], path)) {
			matched = 1;
		}
	}
	return matched;
}

/* The last policy whose paths match wins, as in .gitattributes; *explicit
 * tells whether a configured policy (not the fallback) matched. */
static const rule *select_rule(const hdrcheck__policy *p, const char *path,
                               int *explicit)
{
	size_t i;

	*explicit = 0;
	for (i = p->rules_count; i-- > 0;)
		if (globs_match(p->rules[i].paths, SIZE_MAX, path)) {
			*explicit = i > 0;
			return &p->rules[i];
		}
	return &p->rules[0];
}

static const rule *rule_by_name(const hdrcheck__policy *p, const char *name)
{
	size_t i;

	for (i = 0; i < p->rules_count; i++)
		if (strcmp(p->rules[i].name, name) == 0)
			return &p->rules[i];
	return NULL;
}

static int has_suffix_ci(const char *name, size_t n, const char *ext)
{
	size_t e = strlen(ext);

	return n > e && name[n - e - 1] == '.' &&
	       hdrcheck__ascii_ieqn(name + n - e, e, ext);
}

/* A built-in type, or the configured type of that name that overrides
 * it. */
static const hdrcheck_language *configured(const hdrcheck__policy *p,
                                           const hdrcheck_language *builtin)
{
	size_t i;

	for (i = 0; builtin && i < p->languages_count; i++)
		if (strcmp(p->languages[i].name, builtin->name) == 0)
			return &p->languages[i];
	return builtin;
}

/* The type of a path: configured types first (they add or override),
 * then the built-in table, whose entry a configured one may override.
 * *weak: the name leaves the type to the content (a configured type is
 * certain). */
static const hdrcheck_language *
detect_path(const hdrcheck__policy *p, const char *path,
            const hdrcheck__filetype_weak **weak)
{
	const char *base = hdrcheck__path_basename(path);
	const hdrcheck_language *best = NULL, *builtin;
	size_t i, j, n = strlen(base), best_len = 0;

	*weak = NULL;

	for (i = 0; i < p->languages_count; i++) {
		const hdrcheck_language *l = &p->languages[i];

		for (j = 0; l->filenames && l->filenames[j]; j++)
			if (strcmp(l->filenames[j], base) == 0)
				return l;
		for (j = 0; l->extensions && l->extensions[j]; j++) {
			size_t e = strlen(l->extensions[j]);

			if (e > best_len &&
			    has_suffix_ci(base, n, l->extensions[j])) {
				best = l;
				best_len = e;
			}
		}
	}
	if (best)
		return best;
	builtin = hdrcheck__filetype_index_lookup(p->types, path, weak);
	return configured(p, builtin);
}

/* Does the shebang at the start of buf run prog ("#!/usr/bin/prog ..." or
 * "#!/usr/bin/env [-S] prog ...")? */
static int shebang_names(const char *buf, size_t len, const char *prog)
{
	size_t i = 0, n = strlen(prog), end;
	int is_env = 0;

	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	if (len - i < 2 || buf[i] != '#' || buf[i + 1] != '!' ||
	    (len - i > 2 && buf[i + 2] == '['))
		return 0;
	i += 2;
	for (;;) {
		size_t start, base;

		while (i < len && (buf[i] == ' ' || buf[i] == '\t'))
			i++;
		start = base = i;
		while (i < len && buf[i] != ' ' && buf[i] != '\t' &&
		       buf[i] != '\n' && buf[i] != '\r') {
			if (buf[i] == '/')
				base = i + 1;
			i++;
		}
		end = i;
		if (end == start)
			return 0;
		if (is_env && buf[start] == '-')
			continue; /* env's options: -S, -i */
		if (!is_env && end - base == 3 &&
		    memcmp(buf + base, "env", 3) == 0) {
			is_env = 1;
			continue;
		}
		return end - base == n && memcmp(buf + base, prog, n) == 0;
	}
}

static const hdrcheck_language *detect_shebang(const hdrcheck__policy *p,
                                               const char *buf, size_t len)
{
	size_t i, j;

	/* configured interpreters first: compare the shebang's program
	 * through a built-in-free parse of "#!/path/prog" or "env prog" */
	for (i = 0; i < p->languages_count; i++) {
		const hdrcheck_language *l = &p->languages[i];

		for (j = 0; l->interpreters && l->interpreters[j]; j++)
			if (shebang_names(buf, len, l->interpreters[j]))
				return l;
	}
	return configured(p, hdrcheck__filetype_from_shebang(buf, len));
}

static void trace_list(hdrcheck_buf *t, const char *const *items)
{
	for (; items && *items; items++)
		(void)hdrcheck__buf_printf(t, " %s", *items);
}

static void trace_type(hdrcheck__classifier *c, const hdrcheck_language *lang,
                       const char *path, const hdrcheck__filetype_weak *weak)
{
	const char *base = hdrcheck__path_basename(path);
	const hdrcheck_block_comment *b;
	const hdrcheck__filetype_variant *v;
	const char *const *n;
	const char *why = "extension";

	if (!lang) {
		TRACE(c,
		      "type:     unknown from the name%s; the shebang or "
		      "the first comment decides\n",
		      weak ? " (an ambiguous extension)" : "");
		return;
	}
	for (n = lang->filenames; n && *n; n++)
		if (strcmp(*n, base) == 0)
			why = "file name";
	for (v = hdrcheck__languages_variants; v->prefix && *why == 'e'; v++)
		if (v->lang == lang &&
		    strncmp(base, v->prefix, strlen(v->prefix)) == 0)
			why = "a variant of its file name";
	TRACE(c, "type:     %s (%s%s)\n", lang->name, why,
	      weak ? "; the first comment may change it" : "");
	if (lang->no_comments) {
		TRACE(c, "comments: none: this type cannot hold a comment\n");
		return;
	}
	TRACE(c, "comments:");
	trace_list(c->trace, lang->line_comments);
	for (b = lang->block_comments; b && b->open; b++)
		TRACE(c, " %s...%s", b->open, b->close);
	TRACE(c, "\n");
}

/* Does a "!" pattern of an exclusion list name the path? Re-including a
 * path there claims it as explicitly as a policy's paths do. */
static int negated_match(char *const *globs, size_t count, const char *path)
{
	size_t i;

	for (i = 0; globs && i < count && globs[i]; i++)
		if (globs[i][0] == '!' &&
		    hdrcheck__glob_match(globs[i] + 1, path))
			return 1;
	return 0;
}

/* Directory names that hold vendored third-party code by convention
 * (GitHub linguist's defaults, Go, PHP, JS): "vendor/", "third_party/". */
static int in_vendor_dir(const char *path)
{
	static const char *const dirs[] = {"vendor",       "third_party",
	                                   "third-party",  "thirdparty",
	                                   "node_modules", "bower_components"};
	const char *p = path, *slash;
	size_t i;

	while ((slash = strchr(p, '/')) != NULL) {
		for (i = 0; i < HDRCHECK__ARRAY_SIZE(dirs); i++)
			if (strlen(dirs[i]) == (size_t)(slash - p) &&
			    memcmp(p, dirs[i], (size_t)(slash - p)) == 0)
				return 1;
		p = slash + 1;
	}
	return 0;
}

static int skipped(hdrcheck_finding *out, const char *reason)
{
	return set_reason(out, HDRCHECK_STATUS_SKIPPED, reason) < 0
	           ? HDRCHECK_ENOMEM
	           : 1;
}

/* A base name only generators write ("x_pb2.pyi": protoc's Python stubs
 * carry no banner), data/generated.conf's name conventions. */
static int generated_name(hdrcheck__classifier *c, const char *path)
{
	const char *base = hdrcheck__path_basename(path);
	size_t n = strlen(base), i;

	for (i = 0; i < hdrcheck__generated_names_count; i++) {
		const hdrcheck__generated_name *g =
		    &hdrcheck__generated_names[i];

		if (n > g->len &&
		    strncasecmp(base + n - g->len, g->end, g->len) == 0) {
			TRACE(c,
			      "generated: the name ends with \"%s\", "
			      "a generator's convention\n",
			      g->end);
			return 1;
		}
	}
	return 0;
}

int hdrcheck__classify_path(hdrcheck__classifier *c, const char *path,
                            const hdrcheck__file_attrs *attrs,
                            hdrcheck_finding *out)
{
	const hdrcheck__policy *p = c->policy;
	const hdrcheck_language *lang;
	const hdrcheck__filetype_weak *weak;
	const rule *r;
	int explicit = 0;

	c->memo_path = NULL;
	lang = detect_path(p, path, &weak);
	out->language = lang ? lang->name : NULL;
	if (c->trace)
		trace_type(c, lang, path, weak);
	if (attrs && attrs->policy) {
		if (!(r = rule_by_name(p, attrs->policy))) {
			out->status = HDRCHECK_STATUS_ERROR;
			out->reason = hdrcheck__aprintf(
			    "hdrcheck-policy names an unknown policy "
			    "\"%s\"",
			    attrs->policy);
			return out->reason ? 1 : HDRCHECK_ENOMEM;
		}
		explicit = 1;
	} else {
		r = select_rule(p, path, &explicit);
	}
	TRACE(c, "policy:   %s (%s), requires %s%s\n", r->name,
	      attrs && attrs->policy ? ".gitattributes hdrcheck-policy"
	      : explicit             ? "its paths match"
	      : p->rules_count > 1   ? "no other policy's paths match"
	                             : "the built-in default",
	      r->license,
	      r->spdx == HDRCHECK__SPDX_REQUIRE  ? ", SPDX tag required"
	      : r->spdx == HDRCHECK__SPDX_REJECT ? ", full text required"
	                                         : "");
	if (!(out->policy = hdrcheck__strdup(r->name)))
		return HDRCHECK_ENOMEM;

	if (globs_match(p->excludes, p->excludes_count, path) ||
	    globs_match(r->exclude, SIZE_MAX, path) || r->skip ||
	    (attrs && attrs->skip))
		return skipped(out, HDRCHECK_SKIP_EXCLUDED);
	if (p->builtin_exclusions && is_notice_path(path, lang)) {
		/* skipped, but read: a license text names the license the
		 * directory declares (docs/report-schema.md) */
		c->memo_path = path;
		c->memo_lang = lang;
		c->memo_rule = r;
		return 0;
	}
	if ((attrs && attrs->generated) || generated_name(c, path))
		return skipped(out, HDRCHECK_SKIP_GENERATED);
	/* vendored code is skipped unless a policy claims it explicitly */
	if (attrs && attrs->vendored && !explicit)
		return skipped(out, HDRCHECK_SKIP_VENDORED);
	if (p->builtin_exclusions && !explicit && in_vendor_dir(path) &&
	    !negated_match(p->excludes, p->excludes_count, path)) {
		TRACE(c, "vendored: a directory of the path is a vendored "
		         "tree (builtin_exclusions)\n");
		return skipped(out, HDRCHECK_SKIP_VENDORED);
	}
	/* a type that cannot hold a comment skips the file, unless the name
	 * is weak (".json": a file may use "//" comments) */
	if (lang && lang->no_comments && !weak)
		return skipped(out, HDRCHECK_SKIP_UNSUPPORTED_TYPE);
	/* the content is needed: remember the type for that call */
	c->memo_path = path;
	c->memo_lang = lang;
	c->memo_weak = weak;
	c->memo_rule = r;
	return 0;
}

/* How many comment lines a generated-file banner spans at most on either
 * side of its hint word. */
#define GENERATED_SPAN 3

/* The bit of the banner group whose hint starts the word, or 0
 * (data/generated.conf). */
static uint64_t generated_hint(const hdrcheck__token *k)
{
	/* words are lower-case letters and digits: a digit wraps around */
	unsigned int d0 = (unsigned char)k->word[0] - (unsigned int)'a',
	             d1 = (unsigned char)k->word[1] - (unsigned int)'a';
	size_t i;

	/* most words have no hint's first two letters */
	if (k->len < 4 || d0 >= 26 || d1 >= 26 ||
	    !(i = hdrcheck__generated_hint_pair[d0 * 26 + d1]))
		return 0;
	for (i--; i < hdrcheck__generated_hints_count &&
	          hdrcheck__generated_hints[i].word[0] == k->word[0] &&
	          hdrcheck__generated_hints[i].word[1] == k->word[1];
	     i++) {
		const hdrcheck__generated_hint *h =
		    &hdrcheck__generated_hints[i];

		if (k->len >= h->len && memcmp(k->word, h->word, h->len) == 0)
			return (uint64_t)1 << h->group;
	}
	return 0;
}

/* Cheap word-level hints that decide whether the regexes need to run:
 * every generated-file banner holds its group's hint (a word prefix such
 * as "generat"), so only the groups in *generated run; every SPDX tag
 * holds the word "spdx". */
static void scan_hints(const hdrcheck__tokens *t, uint64_t *generated,
                       size_t hint_lines[2], int *maybe_spdx)
{
	size_t i;
	uint64_t bit;

	*generated = 0;
	*maybe_spdx = 0;
	hint_lines[0] = SIZE_MAX;
	hint_lines[1] = 0;
	for (i = 0; i < t->count; i++) {
		const hdrcheck__token *k = &t->tokens[i];

		if ((bit = generated_hint(k)) != 0) {
			*generated |= bit;
			if (k->cline < hint_lines[0])
				hint_lines[0] = k->cline;
			if (k->cline > hint_lines[1])
				hint_lines[1] = k->cline;
		}
		if (k->len == 4 && memcmp(k->word, "spdx", 4) == 0)
			*maybe_spdx = 1;
	}
}

static int starts_with(const char *buf, size_t len, const char *prefix)
{
	size_t n = strlen(prefix);

	return len >= n && memcmp(buf, prefix, n) == 0;
}

/* The 1-based line where the comment block holding cline starts. */
static unsigned int block_start_line(const hdrcheck__comments *cm, size_t cline)
{
	unsigned int block = cm->lines[cline].block;

	while (cline > 0 && cm->lines[cline - 1].block == block)
		cline--;
	return cm->lines[cline].line;
}

/* The comment line that holds buf offset off. */
static size_t cline_at(const hdrcheck__comments *cm, const char *buf,
                       size_t off)
{
	size_t i;

	for (i = cm->count; i-- > 0;)
		if ((size_t)(cm->lines[i].text - buf) <= off)
			return i;
	return 0;
}

/* The text of an SPDX tag without trailing comment closers and blanks
 * (the expression itself is policies/expression.c's). */
static size_t trim_tag(const char *e, size_t n)
{
	static const char *const closers[] = {"*/",   "-->", "*)", "-}", "#>",
	                                      "--%>", "%>",  "*@", "#}", "|#"};
	int again = 1;

	while (again) {
		size_t i;

		again = 0;
		while (n && (e[n - 1] == ' ' || e[n - 1] == '\t'))
			n--;
		for (i = 0; i < HDRCHECK__ARRAY_SIZE(closers); i++) {
			size_t k = strlen(closers[i]);

			if (n >= k && memcmp(e + n - k, closers[i], k) == 0) {
				n -= k;
				again = 1;
			}
		}
	}
	return n;
}

/* Copyright requirements of the rule, checked on an accepted header:
 * returns NULL when met, else a static reason. */
static const char *check_copyright(hdrcheck__classifier *c, const rule *r,
                                   const char *buf, int *limit)
{
	const hdrcheck__comments *cm = &c->comments;
	size_t i, ovec[2];
	int any = 0, holder_ok = 0, rc;
	int want_holder =
	    (r->holder.count && !r->holder_optional) || r->holder_re;

	*limit = 0;
	if (!r->copyright_required && !want_holder)
		return NULL;
	for (i = 0; i < cm->count; i++) {
		const char *t = cm->lines[i].text;
		size_t off = (size_t)(t - buf);

		rc =
		    hdrcheck__regex_match(c->re, c->policy->copyright, buf,
		                          off + cm->lines[i].len, off, ovec, 1);
		if (rc == HDRCHECK_ELIMIT) {
			*limit = 1;
			return NULL;
		}
		if (rc != 1)
			continue;
		any = 1;
		if (r->holder_re) {
			rc = hdrcheck__regex_match(c->re, r->holder_re, buf,
			                           off + cm->lines[i].len, off,
			                           ovec, 1);
			if (rc == HDRCHECK_ELIMIT) {
				*limit = 1;
				return NULL;
			}
			holder_ok |= rc == 1;
		}
		if (r->holder.count && !r->holder_optional) {
			size_t k;

			/* the holder's words on this copyright line */
			for (k = 0; k < c->tokens.count; k++)
				if (c->tokens.tokens[k].cline == i &&
				    hdrcheck__tokens_match_at(&c->tokens, k,
				                              &r->holder)) {
					holder_ok = 1;
					break;
				}
		}
	}
	/* the holder constrains the copyright lines there are; whether one
	 * must be there is "required" alone */
	if (!any)
		return r->copyright_required ? "no copyright line" : NULL;
	if (want_holder && !holder_ok)
		return "the copyright line does not name the required holder";
	return NULL;
}

static int accept_regex_match(hdrcheck__classifier *c, const rule *r,
                              const char *buf, size_t start, size_t end,
                              size_t *at, int *limit)
{
	size_t i, ovec[2];

	*limit = 0;
	for (i = 0; i < r->accept_re_count; i++) {
		int rc = hdrcheck__regex_match(c->re, r->accept_re[i], buf, end,
		                               start, ovec, 1);

		if (rc == HDRCHECK_ELIMIT) {
			*limit = 1;
			return 0;
		}
		if (rc == 1) {
			*at = ovec[0];
			return 1;
		}
	}
	return 0;
}

/* What hdrcheck__classify_content works on, from one step to the next. */
typedef struct {
	const char *path;
	const char *buf; /* the file's window, or its UTF-8 decoding */
	size_t len;
	const hdrcheck_language *lang;
	const hdrcheck__filetype_weak *weak;
	const rule *r;
	/* the comment run, one stretch of buf */
	size_t start, region_end;
	uint64_t maybe_generated;
	size_t hint_lines[2];
	int maybe_spdx;
	/* SPDX expressions in normal form, and the first invalid tag */
	char *tag, *other_tag, *bad_tag;
	size_t tag_cline, other_tag_cline, bad_tag_cline;
	/* the full text of the required license */
	hdrcheck__match match;
	int text_ok;
	size_t text_cline;
	size_t text_end_cline; /* its last line; SIZE_MAX: not known */
	/* the license the words state, and whether it meets the policy */
	hdrcheck__ident ident;
	const char *other;
	int other_satisfies;
	/* a template's banner: its line (the verdict holds when a header
	 * starts above it), else 0 */
	unsigned int banner_line;
} verdict;

/* What a step returns, besides a negative error: go on, or stop with the
 * finding written, or stop at a regex or header match limit. */
#define STEP_NEXT       0
#define STEP_DECIDED    1
#define STEP_LIMIT      2
#define STEP_FORM_LIMIT 3

static int decided(int error)
{
	return error < 0 ? error : STEP_DECIDED;
}

/* The type and rule classify_path found for this path, or found now. */
static int resolve_type(hdrcheck__classifier *c, verdict *v,
                        hdrcheck_finding *out)
{
	const hdrcheck__policy *p = c->policy;
	int explicit;

	if (c->memo_path == v->path) {
		v->lang = c->memo_lang;
		v->weak = c->memo_weak;
		v->r = (const rule *)c->memo_rule;
	} else {
		v->lang = detect_path(p, v->path, &v->weak);
		v->r = select_rule(p, v->path, &explicit);
		if (!out->policy &&
		    !(out->policy = hdrcheck__strdup(v->r->name)))
			return HDRCHECK_ENOMEM;
	}
	c->memo_path = NULL;
	out->language = v->lang ? v->lang->name : NULL;
	return STEP_NEXT;
}

/* LICENSE, COPYING, a file in LICENSES: skipped, with the license its
 * text is (the whole text, the appendix optional), else none. */
static int classify_notice_file(hdrcheck__classifier *c, verdict *v,
                                hdrcheck_finding *out)
{
	const hdrcheck__policy *p = c->policy;
	size_t nb =
	    v->len < HDRCHECK__BINARY_BYTES ? v->len : HDRCHECK__BINARY_BYTES;
	int error;

	if (!p->builtin_exclusions || !is_notice_path(v->path, v->lang))
		return STEP_NEXT;
	if (hdrcheck__in_licenses_dir(v->path)) {
		/* REUSE: "LICENSES/MIT.txt" is MIT by its name; an
		 * exception's text names no license */
		char *id = NULL;

		if ((error = hdrcheck__license_file_name_id(v->path, &id)) < 0)
			return error;
		if (error == 1) {
			TRACE(c, "identify: %s (the file name in LICENSES/)\n",
			      id);
			out->license = id;
			return decided(set_reason(out, HDRCHECK_STATUS_SKIPPED,
			                          HDRCHECK_SKIP_EXCLUDED));
		}
		free(id);
		if (error == 2)
			return decided(set_reason(out, HDRCHECK_STATUS_SKIPPED,
			                          HDRCHECK_SKIP_EXCLUDED));
	}
	if (v->len && !memchr(v->buf, '\0', nb)) {
		if ((error = hdrcheck__identify_text(
		         &v->ident, p->ident, c->ident, v->buf, v->len)) < 0)
			return error;
		if (v->ident.kind == HDRCHECK__IDENT_TEXT) {
			TRACE(c, "identify: %s (the whole text)\n",
			      v->ident.expression);
			if (!(out->license =
			          hdrcheck__strdup(v->ident.expression)))
				return HDRCHECK_ENOMEM;
		}
	}
	return decided(
	    set_reason(out, HDRCHECK_STATUS_SKIPPED, HDRCHECK_SKIP_EXCLUDED));
}

/* A NUL byte after text: a source file whose name makes its type certain
 * and whose top, before the first NUL, is at least
 * HDRCHECK__TEXT_BEFORE_NUL_BYTES bytes and lines of valid UTF-8 without
 * other control characters (a test's string literal holding NUL bytes,
 * below its header). Such a file is checked on that text. */
#define HDRCHECK__TEXT_BEFORE_NUL_BYTES 512
#define HDRCHECK__TEXT_BEFORE_NUL_LINES 10

static int text_before_nul(const verdict *v, const char *buf, size_t n)
{
	size_t i, lines = 0;

	if (!v->lang || v->weak || v->lang->no_comments ||
	    n < HDRCHECK__TEXT_BEFORE_NUL_BYTES ||
	    !hdrcheck__utf8_is_valid(buf, n))
		return 0;
	for (i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)buf[i];

		if (ch == '\n')
			lines++;
		else if ((ch < 0x20 && ch != '\t' && ch != '\r' &&
		          ch != '\f') ||
		         ch == 0x7F)
			return 0;
	}
	return lines >= HDRCHECK__TEXT_BEFORE_NUL_LINES;
}

/* Empty, an LFS pointer, binary; UTF-16 with a BOM is text, classified
 * decoded. Not for fix, whose offsets must be the file's bytes: there it
 * stays binary, and fix leaves the file alone. */
static int screen_bytes(hdrcheck__classifier *c, verdict *v,
                        hdrcheck_finding *out)
{
	const char *buf = v->buf, *nul;
	size_t len = v->len, bin_len;

	if (len == 0)
		return decided(set_reason(out, HDRCHECK_STATUS_SKIPPED,
		                          HDRCHECK_SKIP_EMPTY));
	if (starts_with(buf, len, "version https://git-lfs.github.com/spec/"))
		return decided(set_reason(out, HDRCHECK_STATUS_SKIPPED,
		                          HDRCHECK_SKIP_LFS_POINTER));
	if (!c->facts && len >= 2 &&
	    (((unsigned char)buf[0] == 0xFF && (unsigned char)buf[1] == 0xFE) ||
	     ((unsigned char)buf[0] == 0xFE &&
	      (unsigned char)buf[1] == 0xFF))) {
		size_t cap = (len / 2) * 3 + 4, n;

		if (!c->utf16 && !(c->utf16 = hdrcheck__malloc(
		                       (HDRCHECK__WINDOW_BYTES / 2) * 3 + 4)))
			return HDRCHECK_ENOMEM;
		n = hdrcheck__filetype_utf16_decode(c->utf16, cap, buf, len);
		TRACE(c,
		      "encoding: UTF-16 (%s), decoded to %zu bytes of "
		      "UTF-8\n",
		      (unsigned char)buf[0] == 0xFF ? "little endian"
		                                    : "big endian",
		      n);
		v->buf = buf = c->utf16;
		v->len = len = n;
		if (len == 0)
			return decided(set_reason(out, HDRCHECK_STATUS_SKIPPED,
			                          HDRCHECK_SKIP_EMPTY));
	}
	bin_len = len < HDRCHECK__BINARY_BYTES ? len : HDRCHECK__BINARY_BYTES;
	if ((nul = memchr(buf, '\0', bin_len))) {
		if (c->facts || !text_before_nul(v, buf, (size_t)(nul - buf)))
			return decided(set_reason(out, HDRCHECK_STATUS_SKIPPED,
			                          HDRCHECK_SKIP_BINARY));
		TRACE(c,
		      "encoding: a NUL byte at offset %zu, after text: "
		      "the text before it is checked\n",
		      (size_t)(nul - buf));
		v->len = (size_t)(nul - buf);
	}
	return STEP_NEXT;
}

/* A header written as a document's text (below). */
static int prose_header(hdrcheck__classifier *c, verdict *v,
                        hdrcheck_finding *out);

/* The type from the content where the name gave none or left it open:
 * the shebang, then the first comment (none of this runs for a type the
 * name makes certain). */
static int type_from_content(hdrcheck__classifier *c, verdict *v,
                             hdrcheck_finding *out)
{
	const hdrcheck__policy *p = c->policy;
	const hdrcheck_language *by_content;

	if (!v->lang && (v->lang = detect_shebang(p, v->buf, v->len))) {
		out->language = v->lang->name;
		v->weak = NULL;
		TRACE(c, "type:     %s (shebang)\n", v->lang->name);
	}
	if ((!v->lang || v->weak) &&
	    (by_content = configured(
	         p, hdrcheck__filetype_from_content(v->buf, v->len, v->lang,
	                                            v->weak))) != v->lang) {
		const hdrcheck_language *title;

		/* a README's "# Title" is Markdown's heading */
		if (by_content ==
		        hdrcheck__languages_content[HDRCHECK__SNIFF_HASH] &&
		    (title = hdrcheck__filetype_readme_title(
		         hdrcheck__path_basename(v->path), v->buf, v->len)))
			by_content = configured(p, title);
		else
			title = NULL;
		v->lang = by_content;
		out->language = v->lang->name;
		TRACE(c, "type:     %s (%s at the top)\n", v->lang->name,
		      title ? "a README's \"# Title\"" : "the comment");
	} else if (v->lang && !v->weak &&
	           (by_content = configured(p, hdrcheck__filetype_template_top(
	                                           v->buf, v->len, v->lang))) !=
	               v->lang) {
		v->lang = by_content;
		out->language = v->lang->name;
		TRACE(c, "type:     %s (a template comment at the top)\n",
		      v->lang->name);
	}
	if (!v->lang)
		return decided(set_reason(out, HDRCHECK_STATUS_SKIPPED,
		                          HDRCHECK_SKIP_UNSUPPORTED_TYPE));
	if (v->lang->no_comments) {
		/* plain text: only a header written as its leading prose */
		if (v->lang->preambles & HDRCHECK_PRE_TITLE)
			return prose_header(c, v, out);
		return decided(set_reason(out, HDRCHECK_STATUS_SKIPPED,
		                          HDRCHECK_SKIP_UNSUPPORTED_TYPE));
	}
	return STEP_NEXT;
}

/* The preamble, the leading comment run after it, and its words. */
static int collect_comments(hdrcheck__classifier *c, verdict *v,
                            hdrcheck_finding *out)
{
	hdrcheck__comments *cm = &c->comments;
	const char *buf = v->buf;
	unsigned int first_line;
	size_t start;
	int error;

	start = hdrcheck__preamble_end(v->lang, buf, v->len, &first_line);
	if (first_line > 1 || start > 0)
		TRACE(c, "preamble: %zu bytes, header window from line %u\n",
		      start, first_line);
	else
		TRACE(c, "preamble: none\n");
	if ((error = hdrcheck__comments_extract(cm, v->lang, buf, v->len, start,
	                                        first_line)) < 0)
		return error;
	if (cm->count)
		TRACE(c,
		      "window:   lines %u-%u, %u comment block(s), ended by "
		      "%s\n",
		      cm->lines[0].line, cm->lines[cm->count - 1].line,
		      cm->blocks,
		      cm->ended_by_code ? "code" : "the window's end");
	else
		TRACE(c, "window:   no leading comment\n");
	if (cm->count == 0)
		return prose_header(c, v, out);
	/* the comment run is one stretch of the buffer: search it whole */
	v->region_end = (size_t)(cm->lines[cm->count - 1].text - buf) +
	                cm->lines[cm->count - 1].len;
	v->start = (size_t)(cm->lines[0].text - buf);
	if ((error = hdrcheck__tokens_from_comments(&c->tokens, cm)) < 0)
		return error;
	scan_hints(&c->tokens, &v->maybe_generated, v->hint_lines,
	           &v->maybe_spdx);
	if (c->trace) {
		size_t k;

		TRACE(c, "text:     ");
		for (k = 0; k < c->tokens.count; k++)
			TRACE(c, "%s%.*s", k ? " " : "",
			      (int)c->tokens.tokens[k].len,
			      c->tokens.tokens[k].word);
		TRACE(c, "\n");
	}
	return STEP_NEXT;
}

/* Is the path a template (data/generated.conf's "templates:")? */
static int is_template(const char *path)
{
	const char *base = hdrcheck__path_basename(path);
	const char *dot = strrchr(base, '.');
	const char *const *t;

	if (!dot || dot == base)
		return 0;
	for (t = hdrcheck__generated_templates; *t; t++)
		if (strcasecmp(dot + 1, *t) == 0)
			return 1;
	return 0;
}

/* A generator's banner in the comment run, before all code (a package
 * clause), near one of its hint words. */
static int check_generated(hdrcheck__classifier *c, verdict *v,
                           hdrcheck_finding *out)
{
	const hdrcheck__policy *p = c->policy;
	const hdrcheck__comments *cm = &c->comments;
	const char *buf = v->buf;
	size_t gen_start, gen_end, g, ovec[2];
	int rc;

	gen_end = v->region_end;
	if (cm->before_code < cm->count)
		gen_end =
		    cm->before_code
		        ? (size_t)(cm->lines[cm->before_code - 1].text - buf) +
		              cm->lines[cm->before_code - 1].len
		        : v->start;
	/* a banner holds its hint and spans a few lines at most: search
	 * the lines around the hints only (GENERATED_SPAN) */
	gen_start = v->start;
	if (v->maybe_generated) {
		size_t lo = v->hint_lines[0],
		       hi = v->hint_lines[1] + GENERATED_SPAN;

		lo = lo > GENERATED_SPAN ? lo - GENERATED_SPAN : 0;
		gen_start = (size_t)(cm->lines[lo].text - buf);
		if (hi < cm->count &&
		    (size_t)(cm->lines[hi].text - buf) + cm->lines[hi].len <
		        gen_end)
			gen_end = (size_t)(cm->lines[hi].text - buf) +
			          cm->lines[hi].len;
	}
	for (rc = 0, g = 0; rc == 0 && gen_end > gen_start &&
	                    g < hdrcheck__generated_groups_count;
	     g++)
		if (v->maybe_generated & ((uint64_t)1 << g))
			rc = hdrcheck__regex_match(c->re, p->generated[g], buf,
			                           gen_end, gen_start, ovec, 1);
	if (rc == HDRCHECK_ELIMIT)
		return STEP_LIMIT;
	if (rc == 1 && is_template(v->path)) {
		/* it may speak of the file the template renders: decided
		 * when the verdict is known (template_banner) */
		const char *k;

		v->banner_line = 1;
		for (k = buf;
		     (k = memchr(k, '\n', ovec[0] - (size_t)(k - buf))); k++)
			v->banner_line++;
		TRACE(c, "banner:   line %u, in a template\n", v->banner_line);
		return STEP_NEXT;
	}
	if (rc == 1)
		return decided(set_reason(out, HDRCHECK_STATUS_SKIPPED,
		                          HDRCHECK_SKIP_GENERATED));
	return STEP_NEXT;
}

/*
 * A template's banner ("This file is generated from x.in - do not edit")
 * speaks of the file it renders when the template's own header comes
 * first: then the verdict stands. A banner above any header, or no header
 * at all, makes the template generated (automake's Makefile.in).
 */
static int template_banner(hdrcheck__classifier *c, verdict *v,
                           hdrcheck_finding *out)
{
	if ((out->status == HDRCHECK_STATUS_OK ||
	     out->status == HDRCHECK_STATUS_MISMATCH ||
	     out->status == HDRCHECK_STATUS_OTHER_LICENSE) &&
	    out->line && out->line < v->banner_line) {
		TRACE(c, "banner:   below the header: of the rendered file\n");
		return 0;
	}
	free((char *)out->reason);
	free((char *)out->license);
	out->reason = NULL;
	out->license = NULL;
	out->line = 0;
	return set_reason(out, HDRCHECK_STATUS_SKIPPED,
	                  HDRCHECK_SKIP_GENERATED);
}

/* SPDX tags: the first naming the required license, the first naming
 * another, the first that is not valid. An unknown id or a malformed tag
 * is a defect whatever else the header holds (docs/matching.md, "SPDX
 * expressions"). */
static int scan_spdx_tags(hdrcheck__classifier *c, verdict *v,
                          hdrcheck_finding *out)
{
	const hdrcheck__policy *p = c->policy;
	const hdrcheck__comments *cm = &c->comments;
	const char *buf = v->buf;
	char *norm = NULL;
	size_t at, ovec[4];
	int rc, sat = 0;

	for (at = v->start; v->maybe_spdx;) {
		size_t n;
		const char *e;

		rc = hdrcheck__regex_match(c->re, p->spdx, buf, v->region_end,
		                           at, ovec, 2);
		if (rc == HDRCHECK_ELIMIT)
			return STEP_LIMIT;
		if (rc != 1)
			break;
		e = buf + ovec[2];
		n = trim_tag(e, ovec[3] - ovec[2]);
		at = ovec[1] > at ? ovec[1] : at + 1;
		if (!n)
			continue;
		if ((rc = hdrcheck__expr_check(&norm, &sat, e, n,
		                               v->r->license)) < 0)
			return rc;
		TRACE(c, "spdx:     %.*s -> %s%s\n", (int)n, e,
		      rc ? "invalid: " : "", norm);
		if (rc == HDRCHECK__EXPR_INVALID) {
			if (!v->bad_tag) {
				v->bad_tag = norm;
				norm = NULL;
				v->bad_tag_cline = cline_at(cm, buf, ovec[0]);
			}
		} else if (!v->tag && sat) {
			v->tag = norm;
			norm = NULL;
			v->tag_cline = cline_at(cm, buf, ovec[0]);
		} else if (!v->other_tag) {
			v->other_tag = norm;
			norm = NULL;
			v->other_tag_cline = cline_at(cm, buf, ovec[0]);
		}
		free(norm);
		norm = NULL;
	}
	if (v->bad_tag) {
		out->status = HDRCHECK_STATUS_MISMATCH;
		out->line = block_start_line(cm, v->bad_tag_cline);
		out->reason = v->bad_tag;
		v->bad_tag = NULL;
		return STEP_DECIDED;
	}
	return STEP_NEXT;
}

/* The required license's full text: the rule's own header and accepted
 * texts, then the license's built-in forms, then accepted regexes. */
static int match_full_text(hdrcheck__classifier *c, verdict *v,
                           hdrcheck_finding *out)
{
	const rule *r = v->r;
	hdrcheck__match *match = &v->match;
	int error, limit;

	(void)out;
	if (r->forms_count) {
		if ((error = hdrcheck__matcher_forms(
		         match, r->forms, r->forms_count, NULL, 0, &r->holder,
		         &c->tokens)) < 0)
			return error;
		if (match->limit)
			return STEP_FORM_LIMIT;
		if (match->matched) {
			v->text_ok = 1;
			v->text_cline = c->tokens.tokens[match->at].cline;
			v->text_end_cline =
			    c->tokens.tokens[match->end - 1].cline;
		}
		free(match->reason);
		memset(match, 0, sizeof(*match));
	}
	/* most headers name no word of the license's anchors: its forms
	 * need not be tried (a few scans instead of one per form) */
	if (!v->text_ok && r->builtin &&
	    hdrcheck__matcher_may_match(r->builtin, &c->tokens)) {
		hdrcheck_buf diff = HDRCHECK_BUF_INIT;

		error = hdrcheck__matcher_forms_diff(
		    match, r->builtin->forms, r->builtin->forms_count,
		    r->builtin->anchors, r->builtin->anchors_count, NULL,
		    &c->tokens, c->trace ? &diff : NULL);
		if (!error && diff.len)
			TRACE(c, "diff:     %s\n", diff.ptr);
		hdrcheck__buf_dispose(&diff);
		if (error < 0)
			return error;
		if (match->limit)
			return STEP_FORM_LIMIT;
		if (match->matched) {
			v->text_ok = 1;
			v->text_cline = c->tokens.tokens[match->at].cline;
			v->text_end_cline =
			    c->tokens.tokens[match->end - 1].cline;
		}
	}
	if (!v->text_ok && r->accept_re_count) {
		size_t off = 0;

		if (accept_regex_match(c, r, v->buf, v->start, v->region_end,
		                       &off, &limit)) {
			v->text_ok = 1;
			v->text_cline = cline_at(&c->comments, v->buf, off);
			v->text_end_cline = SIZE_MAX;
		} else if (limit) {
			return STEP_LIMIT;
		}
	}
	return STEP_NEXT;
}

/* One of the license's forms with a word changed or a sentence dropped
 * (DAMAGED_FORM_SHARE of its words there in order), not a short notice
 * that merely names the license. */
static int damaged_form(const hdrcheck__match *m)
{
	return m->apache_like && !m->matched && m->reason && m->words &&
	       m->score >= m->words * DAMAGED_FORM_SHARE;
}

/* The required license found, as a tag or as text: ok when the rule's
 * SPDX and copyright requirements are met, else a mismatch saying
 * which. A damaged form of the license beside its tag is a mismatch
 * too: the tag does not make the broken text right (docs/matching.md). */
static int verdict_required(hdrcheck__classifier *c, verdict *v,
                            hdrcheck_finding *out)
{
	const rule *r = v->r;
	const hdrcheck__comments *cm = &c->comments;
	const char *why;
	int limit, tag_counts = v->tag && r->spdx != HDRCHECK__SPDX_REJECT;

	if (tag_counts && !v->text_ok && damaged_form(&v->match)) {
		out->status = HDRCHECK_STATUS_MISMATCH;
		out->line =
		    block_start_line(cm, c->tokens.tokens[v->match.at].cline);
		out->reason = v->match.reason;
		v->match.reason = NULL;
		return STEP_DECIDED;
	}
	if (tag_counts ||
	    (v->text_ok && (r->spdx != HDRCHECK__SPDX_REQUIRE || v->tag))) {
		out->line = block_start_line(cm, tag_counts ? v->tag_cline
		                                            : v->text_cline);
		if ((why = check_copyright(c, r, v->buf, &limit)) != NULL) {
			out->status = HDRCHECK_STATUS_MISMATCH;
			return (out->reason = hdrcheck__strdup(why))
			           ? STEP_DECIDED
			           : HDRCHECK_ENOMEM;
		}
		if (limit)
			return STEP_LIMIT;
		out->status = HDRCHECK_STATUS_OK;
		if (tag_counts) {
			c->from_tag = 1;
			out->license = v->tag;
			v->tag = NULL;
		} else if (!(out->license = hdrcheck__strdup(r->license))) {
			return HDRCHECK_ENOMEM;
		}
		return STEP_DECIDED;
	}
	if (v->text_ok) { /* spdx: require, and no tag */
		out->status = HDRCHECK_STATUS_MISMATCH;
		out->line = block_start_line(cm, v->text_cline);
		out->reason = hdrcheck__aprintf(
		    "an SPDX-License-Identifier tag for %s is required",
		    r->license);
		return out->reason ? STEP_DECIDED : HDRCHECK_ENOMEM;
	}
	if (v->tag) { /* spdx: reject */
		out->status = HDRCHECK_STATUS_MISMATCH;
		out->line = block_start_line(cm, v->tag_cline);
		out->reason = hdrcheck__aprintf(
		    "the full %s text is required; an SPDX tag alone is "
		    "not accepted here",
		    r->license);
		return out->reason ? STEP_DECIDED : HDRCHECK_ENOMEM;
	}
	return STEP_NEXT;
}

/* Is every line of the first paragraph of cm that has a word a
 * copyright line ("Copyright 2024 X", "(c) X", "© X")? */
static int copyright_paragraph(const hdrcheck__comments *cm)
{
	size_t i, k;
	int any = 0;

	for (i = 0; i < cm->count && cm->lines[i].block == 0; i++) {
		const char *t = cm->lines[i].text;
		size_t n = cm->lines[i].len;

		for (k = 0; k < n && !isalnum((unsigned char)t[k]); k++)
			;
		if (k == n)
			continue; /* decoration */
		if (!(n >= 9 && strncasecmp(t, "copyright", 9) == 0) &&
		    !(n >= 3 && strncasecmp(t, "(c)", 3) == 0) &&
		    !(n >= 2 && memcmp(t, "\xc2\xa9", 2) == 0))
			return 0;
		any = 1;
	}
	return any;
}

/* May a header start at comment line cline of a document's prose? In its
 * first paragraph, or in the second below a copyright paragraph (the
 * appendix form's "Copyright [yyyy] [name]"). */
static int prose_lead(const hdrcheck__comments *cm, size_t cline)
{
	unsigned int b = cm->lines[cline].block;

	return b == 0 || (b == 1 && copyright_paragraph(cm));
}

static void swap_prose(hdrcheck__classifier *c)
{
	hdrcheck__comments cm = c->comments;
	hdrcheck__tokens t = c->tokens;

	c->comments = c->prose;
	c->prose = cm;
	c->tokens = c->prose_tokens;
	c->prose_tokens = t;
}

/*
 * No header in a comment: in a document (Markdown, reStructuredText,
 * AsciiDoc), the header may be written as the text itself, a paragraph a
 * reader sees (RAT and license-eye read it so). Its leading prose is read
 * as the comment run: the policy's header there, starting in its first
 * paragraph (prose_lead), is the header (ok, or a mismatch
 * when its copyright or SPDX requirement is not met); a damaged form of
 * it is a mismatch. Anything else leaves the file missing, and the
 * comment run as it was (fix reads it).
 */
static int prose_none(const verdict *v, hdrcheck_finding *out)
{
	/* a file without comments has no place for a header: fix leaves it */
	if (v->lang && v->lang->no_comments)
		return decided(set_reason(out, HDRCHECK_STATUS_SKIPPED,
		                          HDRCHECK_SKIP_UNSUPPORTED_TYPE));
	return decided(set_reason(out, HDRCHECK_STATUS_MISSING, NULL));
}

static int prose_header(hdrcheck__classifier *c, verdict *v,
                        hdrcheck_finding *out)
{
	const hdrcheck__comments *cm;
	unsigned int first_line;
	size_t start;
	int rc;

	if (!v->r || !v->lang || !(v->lang->preambles & HDRCHECK_PRE_TITLE))
		return prose_none(v, out);
	start = hdrcheck__preamble_end(v->lang, v->buf, v->len, &first_line);
	if ((rc = hdrcheck__comments_prose(&c->prose, v->lang, v->buf, v->len,
	                                   start, first_line)) < 0)
		return rc;
	if (!c->prose.count)
		return prose_none(v, out);
	swap_prose(c);
	cm = &c->comments;
	TRACE(c, "prose:    lines %u-%u, %u paragraph(s)\n", cm->lines[0].line,
	      cm->lines[cm->count - 1].line, cm->blocks);
	if ((rc = hdrcheck__tokens_from_comments(&c->tokens, cm)) < 0)
		return rc;
	v->start = (size_t)(cm->lines[0].text - v->buf);
	v->region_end = (size_t)(cm->lines[cm->count - 1].text - v->buf) +
	                cm->lines[cm->count - 1].len;
	free(v->match.reason);
	memset(&v->match, 0, sizeof(v->match));
	v->text_ok = 0;
	if ((rc = match_full_text(c, v, out)) != STEP_NEXT)
		return rc;
	if (v->text_ok && prose_lead(cm, v->text_cline)) {
		c->prose_header = 1;
		TRACE(c, "prose:    the header, at line %u\n",
		      cm->lines[v->text_cline].line);
		if ((rc = verdict_required(c, v, out)) != STEP_NEXT)
			return rc;
	} else if (!v->text_ok && damaged_form(&v->match) &&
	           prose_lead(cm, c->tokens.tokens[v->match.at].cline)) {
		c->prose_header = 1;
		out->status = HDRCHECK_STATUS_MISMATCH;
		out->line =
		    block_start_line(cm, c->tokens.tokens[v->match.at].cline);
		out->reason = v->match.reason;
		v->match.reason = NULL;
		return STEP_DECIDED;
	}
	/* not a header: the comment run is the file's again */
	v->text_ok = 0;
	swap_prose(c);
	return prose_none(v, out);
}

/* r's expression in normal form, as the inventory lists it */
static int normalize_ident(hdrcheck__ident *r)
{
	char *normal = NULL;
	int rc;

	if (!r->expression)
		return 0;
	rc = hdrcheck__expr_normalize(&normal, r->expression,
	                              strlen(r->expression));
	if (rc < 0)
		return rc;
	if (rc == 0) {
		free(r->expression);
		r->expression = normal;
	} else {
		free(normal);
	}
	return 0;
}

/* The license the words state: a full text, a notice, or a statement
 * nobody could name (docs/matching.md), in normal form, as the inventory
 * lists it. */
static int identify_other(hdrcheck__classifier *c, verdict *v,
                          hdrcheck_finding *out)
{
	const hdrcheck__policy *p = c->policy;
	hdrcheck__ident *ident = &v->ident;
	int error;

	(void)out;
	if (!v->other_tag && hdrcheck__identify_hint(&c->tokens)) {
		/* the verdict as check reaches it, also under explain, whose
		 * near-miss search and word diff go to the trace alone */
		if ((error = hdrcheck__identify(ident, p->ident, c->ident,
		                                &c->comments, 0)) < 0)
			return error;
		if (c->trace) {
			hdrcheck__ident near;

			memset(&near, 0, sizeof(near));
			if ((error =
			         hdrcheck__identify(&near, p->ident, c->ident,
			                            &c->comments, 1)) < 0)
				return error;
			if (near.nearest)
				TRACE(c, "nearest:  %s: %s\n", near.nearest,
				      near.reason ? near.reason : "");
			if (near.diff)
				TRACE(c, "diff:     %s\n", near.diff);
			/* the candidates, shown before the verdict */
			hdrcheck__ident_dispose(&c->explained);
			c->explained = near;
			c->explained_done = 1;
		}
		if ((error = normalize_ident(ident)) < 0)
			return error;
		v->other = ident->expression;
		if (v->other)
			TRACE(c, "identify: %s (%s)\n", v->other,
			      ident->kind == HDRCHECK__IDENT_TEXT
			          ? "license text or standard header"
			      : ident->kind == HDRCHECK__IDENT_NOTICE
			          ? "notice"
			          : "a license statement not identified");
	}
	return STEP_NEXT;
}

/* Another license found: ok under a third-party policy, else another
 * license; an SPDX tag first. */
static int verdict_other(hdrcheck__classifier *c, verdict *v,
                         hdrcheck_finding *out)
{
	const hdrcheck__comments *cm = &c->comments;

	if (v->r->third_party && (v->other_tag || v->other)) {
		/* any recognised license passes; the finding names it */
		out->status = HDRCHECK_STATUS_OK;
		out->line = block_start_line(
		    cm, v->other_tag ? v->other_tag_cline : v->ident.cline);
		if (v->other_tag) {
			c->from_tag = 1;
			out->license = v->other_tag;
			v->other_tag = NULL;
		} else if (!(out->license = hdrcheck__strdup(v->other)) ||
		           (v->ident.refers_file &&
		            !(out->reason = hdrcheck__strdup(
		                  HDRCHECK__REASON_LICENSE_FILE)))) {
			return HDRCHECK_ENOMEM;
		}
		return STEP_DECIDED;
	}
	if (v->other_tag) {
		c->from_tag = 1;
		out->status = HDRCHECK_STATUS_OTHER_LICENSE;
		out->line = block_start_line(cm, v->other_tag_cline);
		out->license = v->other_tag;
		v->other_tag = NULL;
		return STEP_DECIDED;
	}
	return STEP_NEXT;
}

/* The Creative Commons license a markup file's RDF metadata names
 * (<cc:license rdf:resource="http://creativecommons.org/licenses/by/4.0/"
 * />, as drawing editors write it): its SPDX id in id, the offset of the
 * element in *at; 0 when there is none. */
static int metadata_cc_license(const char *buf, size_t len, char *id,
                               size_t cap, size_t *at)
{
	static const char el[] = "cc:license", res[] = "rdf:resource=",
	                  host[] = "creativecommons.org/";
	size_t i, k, e, n;

	for (i = 0; i + sizeof(el) < len; i++) {
		const char *p = buf + i, *end;

		if (memcmp(p, el, sizeof(el) - 1) != 0 || i == 0 ||
		    buf[i - 1] != '<' ||
		    !(p[sizeof(el) - 1] == ' ' || p[sizeof(el) - 1] == '\t' ||
		      p[sizeof(el) - 1] == '\n' || p[sizeof(el) - 1] == '\r'))
			continue;
		end = memchr(p, '>', len - i);
		if (!end)
			return 0;
		for (k = i; k + sizeof(res) < (size_t)(end - buf); k++)
			if (memcmp(buf + k, res, sizeof(res) - 1) == 0)
				break;
		if (k + sizeof(res) >= (size_t)(end - buf))
			continue;
		for (k += sizeof(res); k < (size_t)(end - buf) &&
		                       (buf[k] == '"' || buf[k] == '\'');
		     k++)
			;
		for (e = k;
		     e < (size_t)(end - buf) && buf[e] != '"' && buf[e] != '\'';
		     e++)
			;
		/* "http(s)://creativecommons.org/licenses/by-sa/4.0/" ->
		 * "CC-BY-SA-4.0"; ".../publicdomain/zero/1.0/" -> "CC0-1.0" */
		for (; k < e && buf[k] != '/'; k++)
			;
		while (k < e && buf[k] == '/')
			k++;
		if (e - k < sizeof(host) - 1 ||
		    memcmp(buf + k, host, sizeof(host) - 1) != 0)
			continue;
		k += sizeof(host) - 1;
		n = 0;
		if (e - k > 9 && memcmp(buf + k, "licenses/", 9) == 0) {
			k += 9;
			memcpy(id, "CC-", 3);
			n = 3;
		} else if (e - k > 18 &&
		           memcmp(buf + k, "publicdomain/zero/", 18) == 0) {
			k += 18;
			memcpy(id, "CC0-", 4);
			n = 4;
		} else {
			continue;
		}
		for (; k < e && n + 1 < cap; k++) {
			char ch = buf[k];

			if (ch == '/') {
				if (k + 1 == e || buf[k + 1] == '/')
					break;
				ch = '-';
			}
			id[n++] = ch >= 'a' && ch <= 'z'
			              ? (char)(ch - 'a' + 'A')
			              : ch;
		}
		id[n] = '\0';
		if (!hdrcheck__catalogue_lookup(id, n, 0))
			continue;
		*at = i;
		return 1;
	}
	return 0;
}

/* A markup file with no license in its comments may state one in its
 * metadata: another license (or the required one), never missing, so fix
 * does not stack an Apache header on a CC-BY drawing. */
static int metadata_license(hdrcheck__classifier *c, verdict *v,
                            hdrcheck_finding *out)
{
	char id[64];
	size_t at, i;
	unsigned int line = 1;
	int sat;

	(void)c;
	if (v->other || v->other_tag || v->match.apache_like || !v->lang ||
	    !(v->lang->preambles & HDRCHECK_PRE_XML) ||
	    !metadata_cc_license(v->buf, v->len, id, sizeof(id), &at))
		return STEP_NEXT;
	if ((sat = hdrcheck__expr_satisfies(id, strlen(id), v->r->license)) < 0)
		return sat;
	for (i = 0; i < at; i++)
		line += v->buf[i] == '\n';
	out->status = sat || v->r->third_party ? HDRCHECK_STATUS_OK
	                                       : HDRCHECK_STATUS_OTHER_LICENSE;
	out->line = line;
	return (out->license = hdrcheck__strdup(id)) ? STEP_DECIDED
	                                             : HDRCHECK_ENOMEM;
}

/* The required license stated in short, where the policy wants the
 * header (or an SPDX tag). */
static int stated_in_short(verdict *v, hdrcheck_finding *out, unsigned int line)
{
	out->status = HDRCHECK_STATUS_MISMATCH;
	out->line = line;
	out->license = hdrcheck__strdup(v->other);
	out->reason = hdrcheck__aprintf("states %s in short; the policy "
	                                "requires the full %s header or an "
	                                "SPDX tag",
	                                v->other, v->r->license);
	return out->reason && out->license ? STEP_DECIDED : HDRCHECK_ENOMEM;
}

/* The rest: a damaged header of the required license (a mismatch, even
 * though its words are a license statement), another license, the
 * required one in short, or nothing: missing. */
static int verdict_last(hdrcheck__classifier *c, verdict *v,
                        hdrcheck_finding *out)
{
	const hdrcheck__comments *cm = &c->comments;
	const hdrcheck__tokens *t = &c->tokens;
	int is_ref = v->ident.kind == HDRCHECK__IDENT_REF;

	/* an Apache anchor in a docstring's prose ("checks that each file
	 * starts with the Apache License header") is a mention, not a
	 * damaged header: a damaged one states a license too (v->other) */
	if (v->match.apache_like && !v->other &&
	    cm->docstring_block != UINT_MAX &&
	    cm->lines[t->tokens[v->match.at].cline].block ==
	        cm->docstring_block)
		v->match.apache_like = 0;
	if (v->other && !is_ref &&
	    (v->other_satisfies = hdrcheck__expr_satisfies(
	         v->other, strlen(v->other), v->r->license)) < 0)
		return v->other_satisfies;

	if (v->match.apache_like &&
	    (!v->other || is_ref || v->other_satisfies)) {
		unsigned int line =
		    block_start_line(cm, t->tokens[v->match.at].cline);

		/* "Licensed under the Apache 2.0 License.", in a comment of
		 * its own or beside other remarks ("Forked from X.
		 * Distributed under the Apache License, Version 2.0."): no
		 * form of the header is there, damaged */
		if (v->other && v->ident.kind == HDRCHECK__IDENT_NOTICE &&
		    (t->count < SHORT_NOTICE_WORDS || !damaged_form(&v->match)))
			return stated_in_short(v, out, line);
		out->status = HDRCHECK_STATUS_MISMATCH;
		out->line = line;
		out->reason = v->match.reason;
		v->match.reason = NULL;
		return STEP_DECIDED;
	}
	if (v->other && !v->other_satisfies) {
		out->status = HDRCHECK_STATUS_OTHER_LICENSE;
		out->line = block_start_line(cm, v->ident.cline);
		if (!(out->license = hdrcheck__strdup(v->other)))
			return HDRCHECK_ENOMEM;
		if (v->ident.refers_file && !v->ident.nearest &&
		    !(out->reason =
		          hdrcheck__strdup(HDRCHECK__REASON_LICENSE_FILE)))
			return HDRCHECK_ENOMEM;
		if (v->ident.nearest &&
		    !(out->reason = hdrcheck__aprintf(
		          "not exactly %s: %s", v->ident.nearest,
		          v->ident.reason ? v->ident.reason
		                          : "the text differs")))
			return HDRCHECK_ENOMEM;
		return STEP_DECIDED;
	}
	if (v->other)
		return stated_in_short(v, out,
		                       block_start_line(cm, v->ident.cline));
	if (v->match.apache_like) {
		out->status = HDRCHECK_STATUS_MISMATCH;
		out->line = block_start_line(cm, t->tokens[v->match.at].cline);
		out->reason = v->match.reason;
		v->match.reason = NULL;
		return STEP_DECIDED;
	}
	return prose_header(c, v, out);
}

typedef int (*classify_step)(hdrcheck__classifier *c, verdict *v,
                             hdrcheck_finding *out);

/* The decision sequence of docs/matching.md: the first step that decides
 * wins. */
static const classify_step classify_steps[] = {
    resolve_type,     classify_notice_file, screen_bytes,   type_from_content,
    collect_comments, check_generated,      scan_spdx_tags, match_full_text,
    verdict_required, identify_other,       verdict_other,  metadata_license,
    verdict_last,
};

/* explain: the full texts the index proposed, how each aligned, and
 * why the winner won; also when the verdict needed no identification
 * (the required license, an SPDX tag) */
static int trace_candidates(hdrcheck__classifier *c, hdrcheck_finding *out)
{
	const hdrcheck__ident *r = &c->explained;
	hdrcheck__ident_why why;
	size_t i;
	int error;

	if (!c->explained_done && out->status != HDRCHECK_STATUS_SKIPPED &&
	    out->status != HDRCHECK_STATUS_ERROR && c->comments.count) {
		if ((error = hdrcheck__identify(&c->explained, c->policy->ident,
		                                c->ident, &c->comments, 1)) < 0)
			return error;
		c->explained_done = 1;
	}
	if ((error = normalize_ident(&c->explained)) < 0)
		return error;
	for (i = 0; i < r->ncands; i++) {
		const hdrcheck__ident_candidate *k = &r->cands[i];

		TRACE(c,
		      "candidate: %s: %u.%u%% of its rare word pairs, %zu of "
		      "%zu words in order, %zu differ%s%s%s\n",
		      k->id, k->vote / 10, k->vote % 10, k->matched, k->words,
		      k->differ, k->exact ? " (exact)" : "",
		      k->why && !k->exact ? ": " : "",
		      k->why && !k->exact ? k->why : "");
	}
	for (i = 0; i < r->nnamed; i++)
		if (!hdrcheck__ident_named_text(r, i))
			TRACE(c, "named:    %s%s%s\n", r->named[i].id,
			      r->named[i].words ? ": " : "",
			      r->named[i].words ? r->named[i].words : "");
	if ((error = hdrcheck__ident_explain(&why, r)) < 0)
		return error;
	if (why.winner)
		TRACE(c, "won:      %s: %s\n", why.winner, why.won);
	if (why.runner_up)
		TRACE(c, "lost:     %s: %s\n", why.runner_up, why.lost);
	if (c->from_tag && out->license) {
		if (!why.winner)
			TRACE(c,
			      "won:      %s: the SPDX-License-Identifier "
			      "tag states it\n",
			      out->license);
		TRACE(c, "source:   the SPDX-License-Identifier tag\n");
	} else if (c->from_pod && out->license) {
		TRACE(c, "source:   the POD's LICENSE section\n");
	} else if (out->license)
		TRACE(c, "source:   the header's words\n");
	hdrcheck__ident_why_dispose(&why);
	return 0;
}

const hdrcheck__ident *
hdrcheck__classifier_explained(const hdrcheck__classifier *c, int *from_tag)
{
	*from_tag = c->from_tag;
	return &c->explained;
}

/* Holders for the reports, the facts for fix, the trace; and what the
 * steps left behind. */
static int classify_finish(hdrcheck__classifier *c, verdict *v,
                           hdrcheck_finding *out, int error)
{
	/* every verdict but skipped and error comes after the comments of
	 * this very file were extracted */
	if (!error && out->status != HDRCHECK_STATUS_SKIPPED &&
	    out->status != HDRCHECK_STATUS_ERROR && !out->holders)
		error = hdrcheck__copyright_holders((char **)&out->holders,
		                                    &c->comments);
	if (c->facts && !error)
		record_facts(c, v->lang, v->r);
	free(v->match.reason);
	hdrcheck__ident_dispose(&v->ident);
	free(v->tag);
	free(v->other_tag);
	free(v->bad_tag);
	if (c->trace && error >= 0)
		error = trace_candidates(c, out);
	if (c->trace && error >= 0) {
		TRACE(c, "verdict:  %s", hdrcheck_status_name(out->status));
		if (out->line)
			TRACE(c, " at line %u", out->line);
		if (out->license)
			TRACE(c, ", license %s", out->license);
		if (out->reason)
			TRACE(c, ": %s", out->reason);
		TRACE(c, "\n");
	}
	return error;
}

/* Append a line to the comments aside (c->aside). */
static int aside_push(hdrcheck__comments *a, const hdrcheck__comment_line *l)
{
	if (a->count == a->cap) {
		size_t cap = a->cap ? a->cap * 2 : 32;
		hdrcheck__comment_line *p =
		    hdrcheck__realloc(a->lines, cap * sizeof(*p));

		if (!p)
			return HDRCHECK_ENOMEM;
		a->lines = p;
		a->cap = cap;
	}
	a->lines[a->count++] = *l;
	return 0;
}

/*
 * The license the comments aside (c->aside) state, if their words can
 * state one: *expr is its expression (normalised where valid; NULL: none)
 * and *sat whether it satisfies license. *id and *normal are the caller's
 * to dispose, whatever the result.
 */
static int aside_license(hdrcheck__classifier *c, const char *license,
                         hdrcheck__ident *id, char **normal, const char **expr,
                         int *sat)
{
	int error;

	memset(id, 0, sizeof(*id));
	*normal = NULL;
	*expr = NULL;
	*sat = 0;
	if ((error = hdrcheck__tokens_from_comments(&c->aside_tokens,
	                                            &c->aside)) < 0)
		return error;
	if (!hdrcheck__identify_hint(&c->aside_tokens))
		return 0;
	if ((error = hdrcheck__identify(id, c->policy->ident, c->ident,
	                                &c->aside, 0)) < 0 ||
	    !id->expression)
		return error;
	if ((error = hdrcheck__expr_normalize(normal, id->expression,
	                                      strlen(id->expression))) < 0)
		return error;
	if (error > 0) { /* not valid: as identify wrote it */
		free(*normal);
		*normal = NULL;
	}
	*expr = *normal ? *normal : id->expression;
	if ((error = hdrcheck__expr_satisfies(*expr, strlen(*expr), license)) <
	    0)
		return error;
	*sat = error;
	return 0;
}

/*
 * Another license stated in the comments above an accepted full header
 * (a stale "governed by a BSD-style license" line above the ASF header):
 * the file passes, with a warning a reader should resolve. Only the
 * comment blocks before the header's are read (a note below it, "content
 * before commit X was under BSD-3-Clause", records history), and only
 * when their words can state a license at all.
 */
static int conflicting_statement(hdrcheck__classifier *c, verdict *v,
                                 hdrcheck_finding *out)
{
	const hdrcheck__comments *cm = &c->comments;
	hdrcheck__comments *a = &c->aside;
	hdrcheck__ident id;
	char *normal = NULL;
	unsigned int b0;
	size_t i;
	const char *expr;
	int error = 0, sat;

	if (!v->text_ok || v->text_end_cline == SIZE_MAX ||
	    v->text_end_cline >= cm->count)
		return 0;
	b0 = cm->lines[v->text_cline].block;
	a->count = 0;
	for (i = 0; i < cm->count && cm->lines[i].block < b0; i++)
		if ((error = aside_push(a, &cm->lines[i])) < 0)
			return error;
	if (!a->count)
		return 0;
	a->blocks = cm->blocks;
	a->ended_by_code = cm->ended_by_code;
	a->before_code = a->count;
	a->docstring_block = cm->docstring_block;
	if ((error = aside_license(c, v->r->license, &id, &normal, &expr,
	                           &sat)) < 0 ||
	    !expr)
		goto done;
	if (!sat) {
		out->warning = hdrcheck__aprintf(
		    "line %u also states %s, another license than the "
		    "header's %s",
		    a->lines[id.cline].line, expr, v->r->license);
		if (!out->warning)
			error = HDRCHECK_ENOMEM;
		else
			TRACE(c, "warning:  %s\n", out->warning);
	}
done:
	free(normal);
	hdrcheck__ident_dispose(&id);
	return error;
}

/* Does the type's POD (Perl's documentation blocks) exist: "=head1" opens
 * one of its block comments? */
static int has_pod(const hdrcheck_language *lang)
{
	const hdrcheck_block_comment *b;

	for (b = lang ? lang->block_comments : NULL; b && b->open; b++)
		if (strcmp(b->open, "=head1") == 0)
			return 1;
	return 0;
}

/* A POD heading that opens the license statement: "=head1 LICENSE",
 * "COPYRIGHT AND LICENSE", "LICENCE", "LICENSING", "LEGAL" (the sections
 * CPAN's tools read the license from). */
static int pod_license_heading(const char *p, size_t n)
{
	static const char *const words[] = {"licen", "copyright", "legal"};
	size_t i, k;

	if (n < 7 || p[0] != '=' || memcmp(p + 1, "head", 4) != 0 ||
	    p[5] < '1' || p[5] > '4')
		return 0;
	for (i = 6; i < n; i++)
		for (k = 0; k < HDRCHECK__ARRAY_SIZE(words); k++)
			if (n - i >= strlen(words[k]) &&
			    strncasecmp(p + i, words[k], strlen(words[k])) == 0)
				return 1;
	return 0;
}

/* POD lines at most read as a license statement */
#define POD_LINES 200

/*
 * A Perl file with no license header may state its license where Perl's
 * convention puts it: the POD's LICENSE (or COPYRIGHT) section, usually
 * after the code ("__END__", then the documentation). CPAN's tools read
 * the license from there, as Debian's licensecheck does from a file's
 * end; RAT reads only the top. Within the window read, such a section
 * that states another license makes the file other_license (so fix
 * leaves third-party modules alone); the policy's own license stated
 * there is still no header (the file stays missing).
 */
static int pod_license(hdrcheck__classifier *c, verdict *v,
                       hdrcheck_finding *out)
{
	hdrcheck__comments *a = &c->aside;
	hdrcheck__ident id;
	char *normal = NULL, *holders = NULL;
	const char *expr;
	size_t i = 0, head_line = 0;
	unsigned int line = 1;
	int in = 0, error = 0, sat;

	if (!has_pod(v->lang) || out->license)
		return 0;
	a->count = 0;
	while (i < v->len && a->count < POD_LINES) {
		const char *p = v->buf + i;
		const char *nl = memchr(p, '\n', v->len - i);
		size_t n = nl ? (size_t)(nl - p) : v->len - i;

		if (n && p[n - 1] == '\r')
			n--;
		if (n && p[0] == '=') {
			/* a command paragraph: a heading starts or ends a
			 * section; =over, =item ... are not text */
			if (pod_license_heading(p, n)) {
				in = 1;
				if (!head_line)
					head_line = line;
			} else if (n >= 4 && (memcmp(p, "=cut", 4) == 0 ||
			                      memcmp(p, "=hea", 4) == 0)) {
				in = 0;
			}
		} else if (in) {
			hdrcheck__comment_line l;

			memset(&l, 0, sizeof(l));
			l.text = p;
			l.len = n;
			l.line = line;
			if ((error = aside_push(a, &l)) < 0)
				return error;
		}
		if (!nl)
			break;
		i = (size_t)(nl - v->buf) + 1;
		line++;
	}
	if (!a->count)
		return 0;
	a->blocks = 1;
	a->ended_by_code = 1;
	a->before_code = a->count;
	a->docstring_block = UINT_MAX;
	if ((error = aside_license(c, v->r->license, &id, &normal, &expr,
	                           &sat)) < 0 ||
	    !expr)
		goto done;
	TRACE(c, "pod:      line %zu, its LICENSE section states %s\n",
	      head_line, expr);
	if (sat && !v->r->third_party)
		goto done;
	if ((error = hdrcheck__copyright_holders(&holders, a)) < 0)
		goto done;
	free((char *)out->reason);
	out->reason = NULL;
	free((char *)out->holders);
	out->status = sat || v->r->third_party ? HDRCHECK_STATUS_OK
	                                       : HDRCHECK_STATUS_OTHER_LICENSE;
	out->line = (unsigned int)head_line;
	out->holders = holders;
	c->from_pod = 1;
	if (!(out->license = hdrcheck__strdup(expr)))
		error = HDRCHECK_ENOMEM;
done:
	free(normal);
	hdrcheck__ident_dispose(&id);
	return error;
}

int hdrcheck__classify_content(hdrcheck__classifier *c, const char *path,
                               const char *buf, size_t len,
                               hdrcheck_finding *out)
{
	verdict v;
	size_t i;
	int rc = STEP_NEXT, error;

	memset(&v, 0, sizeof(v));
	c->from_tag = 0;
	c->from_pod = 0;
	c->prose_header = 0;
	if (c->explained_done) {
		hdrcheck__ident_dispose(&c->explained);
		c->explained_done = 0;
	}
	v.path = path;
	v.buf = buf;
	v.len = len > HDRCHECK__WINDOW_BYTES ? HDRCHECK__WINDOW_BYTES : len;
	for (i = 0; rc == STEP_NEXT && i < HDRCHECK__ARRAY_SIZE(classify_steps);
	     i++)
		rc = classify_steps[i](c, &v, out);
	if (rc == STEP_DECIDED && v.banner_line)
		rc = template_banner(c, &v, out) < 0 ? HDRCHECK_ENOMEM : rc;
	if (rc == STEP_DECIDED && out->status == HDRCHECK_STATUS_OK &&
	    v.text_ok && (error = conflicting_statement(c, &v, out)) < 0)
		rc = error;
	if (rc == STEP_DECIDED && out->status == HDRCHECK_STATUS_MISSING &&
	    (error = pod_license(c, &v, out)) < 0)
		rc = error;
	if (rc == STEP_LIMIT)
		rc = set_reason(out, HDRCHECK_STATUS_ERROR,
		                "regex match limit exceeded");
	else if (rc == STEP_FORM_LIMIT)
		rc = set_reason(out, HDRCHECK_STATUS_ERROR,
		                "header match limit exceeded");
	return classify_finish(c, &v, out, rc < 0 ? rc : 0);
}

int hdrcheck__policy_text_several(const hdrcheck__policy *p, const char *text,
                                  size_t len)
{
	hdrcheck__ident_scratch *s = NULL;
	hdrcheck__ident r;
	int error;

	memset(&r, 0, sizeof(r));
	if ((error = hdrcheck__ident_scratch_new(&s)) < 0)
		return error;
	if ((error = hdrcheck__identify_text(&r, p->ident, s, text, len)) == 0)
		error = r.kind == HDRCHECK__IDENT_TEXT && r.several;
	hdrcheck__ident_dispose(&r);
	hdrcheck__ident_scratch_free(s);
	return error;
}

int hdrcheck__policy_judge(const hdrcheck__policy *p, const char *path,
                           const char *policy_name, const char *expr,
                           hdrcheck_status *status, char **out)
{
	const rule *r = policy_name ? rule_by_name(p, policy_name) : NULL;
	int explicit, sat = 0, rc;

	if (!r)
		r = select_rule(p, path, &explicit);
	rc = hdrcheck__expr_check(out, &sat, expr, strlen(expr), r->license);
	if (rc < 0)
		return rc;
	if (rc == HDRCHECK__EXPR_INVALID)
		*status = HDRCHECK_STATUS_MISMATCH;
	else if (r->third_party || (sat && r->spdx != HDRCHECK__SPDX_REJECT))
		*status = HDRCHECK_STATUS_OK;
	else if (!sat)
		*status = HDRCHECK_STATUS_OTHER_LICENSE;
	else {
		/* spdx: reject asks for the text in the file itself */
		free(*out);
		*out = hdrcheck__aprintf("the full %s text is required; "
		                         "REUSE information alone is not "
		                         "accepted here",
		                         r->license);
		if (!*out)
			return HDRCHECK_ENOMEM;
		*status = HDRCHECK_STATUS_MISMATCH;
	}
	return 0;
}
