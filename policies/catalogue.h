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
 * The catalogue: the SPDX License List (licenses and exceptions), compiled
 * in from policies/spdx_data.c, which scripts/gen-licenses.py generates.
 * Everything here is static, read-only data: no start-up cost, and a text's
 * pages are only touched when a caller reads that text.
 */

#ifndef HDRCHECK_POLICIES_CATALOGUE_H
#define HDRCHECK_POLICIES_CATALOGUE_H

#include <stddef.h>

typedef enum {
	HDRCHECK__SPDX_OSI = 1u << 0,        /* OSI approved */
	HDRCHECK__SPDX_DEPRECATED = 1u << 1, /* a deprecated id */
	HDRCHECK__SPDX_EXCEPTION = 1u << 2   /* a WITH exception, no license */
} hdrcheck__spdx_flags;

typedef struct {
	const char *id;          /* canonical spelling: "GPL-2.0-only" */
	const char *name;        /* "MIT License"; NULL for exceptions (the
	                          * pinned data names none) */
	const char *replacement; /* a deprecated id's current expression
	                          * ("GPL-2.0-only"), or NULL */
	unsigned int flags;      /* hdrcheck__spdx_flags */
	const char *text;        /* the full license text as published
	                          * (plain text, "\n" line ends, NUL-
	                          * terminated), or NULL when the data has
	                          * none (exceptions, a few new ids) */
	size_t text_len;
} hdrcheck__spdx_entry;

/* A license's standard header: the notice its text asks licensees to put
 * in their files (the GNU licenses' "How to Apply These Terms", the Apache
 * License's appendix, a Mozilla-style "Exhibit A"), taken from the text by
 * scripts/gen-licenses.py. Placeholders are the variable word "name". */
typedef struct {
	const char *id;   /* the license's SPDX id */
	const char *text; /* the notice; paragraphs separated by "\n\n" */
	size_t required;  /* bytes of text a header must hold: the statement;
	                   * the paragraphs after it may be left out at the
	                   * end */
} hdrcheck__spdx_header;

/* The generated data (policies/spdx_data.c). */
extern const char hdrcheck__spdx_list_version[]; /* "3.28.0" */
extern const char hdrcheck__spdx_sources[];      /* the npm packages */
extern const hdrcheck__spdx_entry hdrcheck__spdx_entries[];
extern const size_t hdrcheck__spdx_entries_count;
/* index + 1 of the entries by FNV-1a of the lower-case id (0: empty) */
extern const unsigned short hdrcheck__spdx_index[];
extern const size_t hdrcheck__spdx_index_size; /* a power of 2 */
/* the standard headers, in id order */
extern const hdrcheck__spdx_header hdrcheck__spdx_headers[];
extern const size_t hdrcheck__spdx_headers_count;

/* Entries in id order (ASCII lower case); NULL when i is out of range. */
size_t hdrcheck__catalogue_count(void);
const hdrcheck__spdx_entry *hdrcheck__catalogue_get(size_t i);

/* The standard header of a license, or NULL when its text has none. */
const hdrcheck__spdx_header *
hdrcheck__catalogue_header(const hdrcheck__spdx_entry *e);

/* The index of an entry, for tables parallel to the catalogue. */
size_t hdrcheck__catalogue_index(const hdrcheck__spdx_entry *e);

/*
 * An id (len bytes, any letter case) looked up as a license
 * (exception == 0) or as an exception (exception == 1); NULL if the list
 * has no such id of that kind.
 */
const hdrcheck__spdx_entry *
hdrcheck__catalogue_lookup(const char *id, size_t len, int exception);

/*
 * "Did you mean": the id of the kind asked for that is nearest to an
 * unknown one (edit distance ignoring case and the punctuation ". - _"
 * and blanks, with "+" read as "-or-later"), or NULL when nothing is
 * close. Deprecated ids are never suggested: their replacement is.
 */
const char *hdrcheck__catalogue_suggest(const char *id, size_t len,
                                        int exception);

#endif
