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

#ifndef HDRCHECK_POLICIES_CONFIG_H
#define HDRCHECK_POLICIES_CONFIG_H

/*
 * The configuration model: what .hdrcheck.yaml (or a mapped .licenserc.yaml)
 * says, validated and plain. The loaders take a buffer, not a path, so the
 * configuration can come from a work tree, a commit or a test. libyaml is
 * confined to policies/config.c.
 */

#include <stddef.h>

typedef enum {
	HDRCHECK__SPDX_ACCEPT = 0, /* an SPDX tag alone satisfies the policy */
	HDRCHECK__SPDX_REQUIRE,    /* the tag must be there (text optional) */
	HDRCHECK__SPDX_REJECT      /* the full text is required */
} hdrcheck__spdx_mode;

/* One additional accepted header: literal text (compared as words, like
 * the templates) or a regex (pcre2, caseless, against the comment text). */
typedef struct {
	char *text;  /* or NULL */
	char *regex; /* or NULL */
} hdrcheck__accept;

typedef struct {
	char *name;     /* "default", "third-party", ...; never NULL */
	char **paths;   /* gitignore globs, "!" negates; NULL-terminated */
	char **exclude; /* globs skipped with reason "excluded" */
	char *license;  /* SPDX id required here; NULL = "Apache-2.0" */
	char *header;   /* custom header text, {holder} and {year}
	                 * placeholders; NULL = the license template */
	char *holder;   /* copyright holder (literal) or NULL */
	char *holder_pattern; /* copyright holder (regex) or NULL */
	int copyright_required;
	hdrcheck__spdx_mode spdx;
	hdrcheck__accept *accept;
	size_t accept_count;
	int third_party; /* any recognised license passes */
	int skip;        /* files here are skipped, reason "excluded" */
	unsigned int line, column; /* where the policy starts in the file */
	/* 1: holder is what fix writes in a new copyright line, not a
	 * holder every copyright line must name (.licenserc.yaml's
	 * copyright-owner) */
	int holder_optional;
} hdrcheck__policy_config;

/* A file type added or overridden by the configuration. */
typedef struct {
	char *name;        /* a new type, or an existing one to override */
	char **extensions; /* NULL-terminated; lower case, no dot */
	char **filenames;
	char **interpreters;
	char **line_comments;
	char **block_comments; /* pairs: open, close, open, close, ..., NULL */
	unsigned int line, column;
} hdrcheck__language_config;

typedef struct {
	char *path;    /* a glob (gitignore-style, no "!") */
	char *reason;  /* why the files are accepted; required */
	char *expires; /* YYYY-MM-DD, or NULL: never */
	unsigned int line, column;
} hdrcheck__waiver_config;

typedef struct hdrcheck__config {
	char *source;           /* name for messages: ".hdrcheck.yaml" */
	unsigned int version;   /* 1 */
	char **exclude;         /* top-level exclusions, NULL-terminated */
	int builtin_exclusions; /* 1 (default): LICENSE*, NOTICE*, COPYING* */
	hdrcheck__language_config *languages;
	size_t languages_count;
	hdrcheck__policy_config *policies; /* in file order */
	size_t policies_count;
	char *baseline; /* "baseline": a file relative to the root, or NULL */
	hdrcheck__waiver_config *waivers; /* in file order */
	size_t waivers_count;
	/* 1: REUSE's default (no configuration file): a license passes
	 * only when its text is in the root's LICENSES/ */
	int reuse_licenses;
} hdrcheck__config;

/* Called for keys of a foreign format that hdrcheck does not support. */
typedef void (*hdrcheck__config_warn)(void *payload, const char *message);

/*
 * Parse .hdrcheck.yaml from buf. On error returns HDRCHECK_EINVAL (or
 * HDRCHECK_ENOMEM) with hdrcheck_error_last() set to one line
 * "<source>:<line>:<column>: <message>", e.g.
 * ".hdrcheck.yaml:12:5: unknown key \"licence\" (did you mean \"license\"?)".
 */
int hdrcheck__config_parse(hdrcheck__config **out, const char *source,
                           const char *buf, size_t len);

/* Map a skywalking-eyes .licenserc.yaml (its "header" section) onto the
 * same model; unsupported keys are reported through warn, never dropped
 * silently. */
int hdrcheck__config_parse_licenserc(hdrcheck__config **out, const char *source,
                                     const char *buf, size_t len,
                                     hdrcheck__config_warn warn, void *payload);

/* 1 when buf reads as a skywalking-eyes configuration whatever its name
 * (a top-level "header" or "dependency" key, no "version" or "policies"
 * of hdrcheck's own format). */
int hdrcheck__config_is_licenserc(const char *buf, size_t len);

void hdrcheck__config_free(hdrcheck__config *config);

#endif
