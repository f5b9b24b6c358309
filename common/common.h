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

#ifndef HDRCHECK_COMMON_INTERNAL_H
#define HDRCHECK_COMMON_INTERNAL_H

/*
 * Shared private helpers. No third-party includes here: this directory is
 * used by every module.
 */

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include "hdrcheck/errors.h"
#include "hdrcheck/report.h"

#define HDRCHECK__ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

#if defined(__GNUC__)
#define HDRCHECK__PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define HDRCHECK__PRINTF(a, b)
#endif

/* Record the detail of an error on this thread; returns code. */
int hdrcheck__error_set(int code, const char *fmt, ...) HDRCHECK__PRINTF(2, 3);
void hdrcheck__error_clear(void);
/* EMFILE, ENFILE and ENOMEM: the tool's resources ran out, which is an
 * error of the run (exit 2), never a finding about a file. */
int hdrcheck__errno_is_resource(int err);
/* The error for such an errno, about what was being done. */
int hdrcheck__error_resource(int err, const char *what);

/* NULL-safe allocation helpers that set HDRCHECK_ENOMEM detail. */
void *hdrcheck__malloc(size_t n);
void *hdrcheck__calloc(size_t n, size_t size);
void *hdrcheck__realloc(void *p, size_t n);
char *hdrcheck__strdup(const char *s);
char *hdrcheck__strndup(const char *s, size_t n);
/* malloc'd printf; NULL on failure. */
char *hdrcheck__aprintf(const char *fmt, ...) HDRCHECK__PRINTF(1, 2);

/* A growable byte buffer with a hard cap (hostile input cannot blow it). */
typedef struct {
	char *ptr;
	size_t len;
	size_t cap;
	size_t limit; /* 0 = 1 GiB */
} hdrcheck_buf;

#define HDRCHECK_BUF_INIT                                                      \
	{                                                                      \
		NULL, 0, 0, 0                                                  \
	}

int hdrcheck__buf_grow(hdrcheck_buf *buf, size_t extra);
int hdrcheck__buf_put(hdrcheck_buf *buf, const char *data, size_t len);
int hdrcheck__buf_puts(hdrcheck_buf *buf, const char *s);
int hdrcheck__buf_printf(hdrcheck_buf *buf, const char *fmt, ...)
    HDRCHECK__PRINTF(2, 3);
/* NUL-terminate (not counted in len) and return ptr. */
const char *hdrcheck__buf_cstr(hdrcheck_buf *buf);
void hdrcheck__buf_clear(hdrcheck_buf *buf);
void hdrcheck__buf_dispose(hdrcheck_buf *buf);

/* A growable vector of pointers. */
typedef struct {
	void **items;
	size_t len;
	size_t cap;
} hdrcheck_vector;

#define HDRCHECK_VECTOR_INIT                                                   \
	{                                                                      \
		NULL, 0, 0                                                     \
	}

int hdrcheck__vector_push(hdrcheck_vector *v, void *item);
void hdrcheck__vector_dispose(hdrcheck_vector *v);

/* write(2) all of data[0..len), retrying on EINTR; 0, or -1 with errno
 * set (EIO when the descriptor takes no more bytes). */
int hdrcheck__write_all(int fd, const void *data, size_t len);

/* UTF-8: length of the valid sequence at s (1-4) or 0 if invalid. */
size_t hdrcheck__utf8_valid_len(const unsigned char *s, size_t len);
int hdrcheck__utf8_is_valid(const char *s, size_t len);
/* The value of the hexadecimal digit c (either case), or -1. */
int hdrcheck__hex_digit(int c);
/* Do the n bytes at a spell the string b, ASCII letters in any case? */
int hdrcheck__ascii_ieqn(const char *a, size_t n, const char *b);

/* Paths. */
/* Lexically normalise an absolute or relative '/' path in place
 * ("a/./b/../c" -> "a/c"); returns 0 or HDRCHECK_EINVAL when ".." climbs
 * above a relative start. */
int hdrcheck__path_normalize(char *path);
/* Join a and b with one '/'; malloc'd. */
char *hdrcheck__path_join(const char *a, const char *b);
/* The base name of a '/' path (pointer into path). */
const char *hdrcheck__path_basename(const char *path);
/* 1 if path equals prefix or lies under the directory prefix. */
int hdrcheck__path_under(const char *path, const char *prefix);

/*
 * gitignore-style glob on git's wildmatch (common/glob.c): '*' and '?'
 * never match '/', '**' matches any run of directories, "[...]" classes.
 * A pattern without '/' (other than a trailing one) matches the base name
 * of any path component; one with a '/' is anchored at the root; either
 * matches what lies under a matching directory. Returns 1 on match.
 */
int hdrcheck__glob_match(const char *pattern, const char *path);
/* Past the "[...]" class that starts at p (p[0] == '['), as wildmatch
 * reads it, or NULL when it is unterminated. */
const char *hdrcheck__glob_class_end(const char *p);

/* git's wildmatch (common/wildmatch.c): 1 when pattern matches all of
 * text. PATHNAME: nothing but a whole-component "**" matches a '/'. */
#define HDRCHECK__WILD_CASEFOLD 0x1
#define HDRCHECK__WILD_PATHNAME 0x2
int hdrcheck__wildmatch(const char *pattern, const char *text,
                        unsigned int flags);

/* A fast 64-bit hash: checksums and hash tables, not security. */
uint64_t hdrcheck__hash64(uint64_t seed, const void *data, size_t len);

/* Is word[0..len) a company's legal form ("Inc", "GmbH", "ltd"; any case,
 * no punctuation)? (common/holder.c) */
int hdrcheck__legal_form(const char *word, size_t len);

/* Report construction (the container is plain data, common to all). */
struct hdrcheck_report {
	hdrcheck_finding
	    *findings; /* strings owned, see hdrcheck__finding_dispose */
	size_t count;
	hdrcheck_summary summary;
	hdrcheck_source_kind kind;
	char *root;
	char *commit;
	char *policy_license;
	char *rev;           /* --rev as given, or NULL */
	char *changed_since; /* --changed-since as given, or NULL */
	char *base;          /* its merge base (hex), or NULL */
	/* what findings borrow from besides static storage (the
	 * configuration, which names configured file types); freed last */
	void *keep;
	void (*keep_free)(void *keep);
	/* verdicts taken from the result cache (tests look at it) */
	size_t cache_hits;
	/* the license each policy requires, by name (parallel arrays) */
	char **policy_names;
	char **policy_licenses;
	size_t policies_count;
	/* the baseline's entries that matched no violation (strings owned),
	 * sorted by path; has_baseline: one was read */
	hdrcheck_stale_entry *stale;
	size_t stale_count;
	int has_baseline;
	/* --archive --against: the comparison (strings owned), or NULL */
	hdrcheck_archive_diff *archive;
};

/* Free a comparison and every string it holds; NULL is a no-op. */
void hdrcheck__archive_diff_free(hdrcheck_archive_diff *d);

void hdrcheck__finding_dispose(hdrcheck_finding *f);

/* Baselines (common/baseline.c): known violations that do not fail a
 * run. One entry a line, tab-separated, escaped. */
typedef struct {
	char *path;
	hdrcheck_status status;
	char *blob;   /* 40 hex digits, or NULL when unknown */
	char *reason; /* or NULL */
	size_t line;  /* in the file */
} hdrcheck__baseline_entry;

typedef struct {
	hdrcheck__baseline_entry *items; /* sorted by path */
	size_t count;
} hdrcheck__baseline;

/* Parse a baseline file's bytes (source names it in messages:
 * "FILE:LINE: ..."); HDRCHECK_EINVAL on a malformed line or a path
 * listed twice. */
int hdrcheck__baseline_parse(hdrcheck__baseline *out, const char *source,
                             const char *buf, size_t len);
void hdrcheck__baseline_dispose(hdrcheck__baseline *b);
/* Mark the violations b records with the same status and blob id as
 * accepted, and move b's other entries into report->stale. */
int hdrcheck__baseline_apply(hdrcheck_report *report, hdrcheck__baseline *b);

/* A waiver of the configuration: violations under glob are accepted,
 * until expires (YYYY-MM-DD, inclusive; NULL = never). */
typedef struct {
	const char *glob;
	const char *reason;
	const char *expires;
} hdrcheck__waiver;

/* Apply the waivers (the first that matches a path) to the violations;
 * today is YYYY-MM-DD. The findings borrow the waivers' strings. */
void hdrcheck__waivers_apply(hdrcheck_report *report,
                             const hdrcheck__waiver *waivers, size_t count,
                             const char *today);
/* Sort findings bytewise by path and compute the summary. */
void hdrcheck__report_finish(hdrcheck_report *report);

#endif
