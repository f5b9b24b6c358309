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

#ifndef HDRCHECK_POLICIES_IDENTIFY_H
#define HDRCHECK_POLICIES_IDENTIFY_H

/*
 * Naming the license a header states (docs/matching.md, "Other
 * licenses"): full license texts matched the way the SPDX License List
 * Matching Guidelines say, the GNU family's notices with their version and
 * "or later", and short notices ("Licensed under MIT", "@license MIT",
 * "dual licensed under ... or ..."). The result is an SPDX expression, or
 * a LicenseRef- for a license statement nobody could name.
 */

#include <stddef.h>
#include "policies/header.h"

/* One full license text the matcher knows (a license may have several). */
typedef struct {
	const char *id;   /* SPDX id */
	const char *text; /* the text; lines separated by '\n' */
	/* a standard header's statement: bytes of text a header must hold;
	 * the rest may be left out at its end (0: all of it) */
	size_t required;
} hdrcheck__license_text;

/* The built-in texts (policies/templates.c), used until a catalogue is
 * given: the licenses that ship whole as headers. */
extern const hdrcheck__license_text hdrcheck__builtin_texts[];
extern const size_t hdrcheck__builtin_texts_count;

/* Names a short notice may use for a license ("new bsd", "mit license"),
 * in normalised words, and the id they stand for. */
typedef struct {
	const char *words;
	const char *id;
	/* 1: a license offered beside another one (the Eclipse Distribution
	 * License, the alternative to the EPL): a notice naming it and
	 * another license is dual, "EPL-1.0 OR BSD-3-Clause" */
	int offered;
} hdrcheck__license_alias;
extern const hdrcheck__license_alias hdrcheck__license_aliases[];
extern const size_t hdrcheck__license_aliases_count;

/* Read-only once built: the texts and their rare-bigram index. */
typedef struct hdrcheck__identifier hdrcheck__identifier;
/* Per-thread scratch of the identification. */
typedef struct hdrcheck__ident_scratch hdrcheck__ident_scratch;

/* The identifier of the catalogue's texts (policies/catalogue.h) and the
 * built-in wordings. */
int hdrcheck__identifier_new(hdrcheck__identifier **out);
/* One of the given texts only (tests). */
int hdrcheck__identifier_from(hdrcheck__identifier **out,
                              const hdrcheck__license_text *texts, size_t n);
void hdrcheck__identifier_free(hdrcheck__identifier *id);
int hdrcheck__ident_scratch_new(hdrcheck__ident_scratch **out);
void hdrcheck__ident_scratch_free(hdrcheck__ident_scratch *s);

typedef enum {
	HDRCHECK__IDENT_NONE = 0,
	HDRCHECK__IDENT_TEXT,   /* a full license text, exactly */
	HDRCHECK__IDENT_NOTICE, /* a notice naming the license(s) */
	HDRCHECK__IDENT_REF     /* a license statement, not identified */
} hdrcheck__ident_kind;

/* A full text the index proposed for a header, and how it aligned
 * (explain only: hdrcheck__identify with want_diff). */
typedef struct {
	const char *id; /* the catalogue's id (static storage) */
	unsigned vote;  /* per mille of the text's rare word pairs present */
	size_t words;   /* the text's words (copyright and title left out) */
	size_t matched; /* of them, found in the header in order */
	size_t differ;  /* words that differ and are not variable */
	int exact;      /* a match: no difference, no additional text */
	int round;      /* 0: the first text of the header, 1: a second */
	int header;     /* the license's standard header, not its text */
	char *why;      /* the first difference, or NULL */
} hdrcheck__ident_candidate;

/* A license a notice names, and the words that name it (explain). */
typedef struct {
	char id[64];
	char *words; /* the sentence, normalised words */
} hdrcheck__ident_named;

typedef struct hdrcheck__ident_s {
	hdrcheck__ident_kind kind;
	char *expression; /* malloc'd SPDX expression or LicenseRef-... */
	size_t cline;     /* comment line where the statement starts */
	/* a near miss of a full text: the nearest license, and how it
	 * differs (first hunk); diff is a word diff when asked for */
	const char *nearest;
	char *reason;
	char *diff;
	/* the license is the one of the project's license file, which the
	 * words name only as "the LICENSE file", "COPYING", "the same
	 * license as the project" (expression: a LicenseRef-) */
	int refers_file;
	/* hdrcheck__identify_text: after the full text identified, the
	 * file names another license ("This product bundles X, which is
	 * available under the 3-clause BSD license", "Redistribution and
	 * use ... " of a second text): the file holds several licenses */
	int several;
	/* explain only (want_diff): the full texts aligned, in the order
	 * tried, and the licenses the notices name */
	hdrcheck__ident_candidate *cands;
	size_t ncands;
	hdrcheck__ident_named *named;
	size_t nnamed;
	int dual; /* the names are alternatives ("or", "dual licensed") */
} hdrcheck__ident;

/* Where a file's license came from (explain). */
typedef struct {
	const char *kind;  /* "header", "spdx_tag", "reuse_sidecar",
	                      "reuse_toml", "reuse_dep5", "license_file";
	                      NULL: no license */
	char *path;        /* the file outside it (malloc'd), or NULL */
	unsigned int line; /* the annotation's, tag's or header's line */
} hdrcheck__license_origin;

/* The reason of a finding whose license is its project's license file's
 * (hdrcheck__ident.refers_file): the scanner puts that file's license in
 * its place when it identified it (scanner/reuse.c). */
#define HDRCHECK__REASON_LICENSE_FILE "refers to the license file"

/*
 * Identify the license(s) stated in the comment lines cm. want_diff asks
 * for a word diff of a near miss. 0, or HDRCHECK_ENOMEM; out is always
 * initialised (dispose it).
 */
int hdrcheck__identify(hdrcheck__ident *out, const hdrcheck__identifier *id,
                       hdrcheck__ident_scratch *s, const hdrcheck__comments *cm,
                       int want_diff);
/* The same for a whole text (a LICENSE file): lines split at '\n'. The
 * texts too long for a header are tried too, and a file may leave out
 * the end of a text (the Apache License's appendix). */
int hdrcheck__identify_text(hdrcheck__ident *out,
                            const hdrcheck__identifier *id,
                            hdrcheck__ident_scratch *s, const char *text,
                            size_t len);
void hdrcheck__ident_dispose(hdrcheck__ident *r);

/*
 * explain: of r's candidates (hdrcheck__identify with want_diff), the
 * winner and why it won, and the runner-up and why it lost ("3 words
 * differ: expected ... but found ..."; "matches too, but its 160 words
 * are part of the winner's 212"). A notice's winner is the names it
 * states. The strings are malloc'd (NULL when there is nothing to say);
 * winner and runner_up are static or borrowed from r.
 */
typedef struct {
	const char *winner;
	char *won;
	const char *runner_up;
	char *lost;
} hdrcheck__ident_why;

int hdrcheck__ident_explain(hdrcheck__ident_why *out, const hdrcheck__ident *r);
/* Is r->named[i] the license of a full text that matched (not a
 * notice)? */
int hdrcheck__ident_named_text(const hdrcheck__ident *r, size_t i);
void hdrcheck__ident_why_dispose(hdrcheck__ident_why *w);
/* Could the comment words t state a license at all? A cheap test on the
 * words the classifier has already, so most comments never reach
 * hdrcheck__identify. */
int hdrcheck__identify_hint(const hdrcheck__tokens *t);

/* Version of the identification rules, for the result cache's key
 * (3: a LICENSES/ file is the license its name is; 4: an "Alternatively"
 * sentence inside a full text is a notice of its own; 5: standard headers,
 * whose end may be left out; 6: unless the sentence is the text's own, and
 * a paragraph left out; 7: a Perl file's POD LICENSE section after its
 * code, statements in other languages, no "+" from a copyright line). */
#define HDRCHECK__IDENTIFY_VERSION "identify-7"

/* Is path a file of a directory named LICENSES, at any depth? */
int hdrcheck__in_licenses_dir(const char *path);

/*
 * The license a file of a LICENSES/ directory is by its name (REUSE:
 * "LICENSES/<SPDX id>.<ext>", the file name is the id): the stem, or the
 * whole name, read as an SPDX license id of the catalogue or a
 * "LicenseRef-". Returns 1 with *out the malloc'd id in normal form
 * ("GPL-2.0+" is "GPL-2.0-or-later"), 2 with *out an exception's id
 * ("LLVM-exception"), 0 when the name is no id (*out NULL), or a negative
 * error.
 */
int hdrcheck__license_file_name_id(const char *path, char **out);

#endif
