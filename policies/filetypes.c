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

#include <stdlib.h>
#include <string.h>

#include "policies/filetypes.h"

/*
 * Everything here runs once per scanned file, on many threads at once: it
 * reads the static table and the caller's bytes and nothing else, so it
 * needs no lock and allocates nothing. The linear scans below are the
 * reference; the classifier looks names up in the sorted index at the end
 * of the file, and uses the shebang scan only for files unknown by name.
 */

/* No extension in the table is this long; longer suffixes are skipped so
 * that a hostile name made of dots costs O(length), not O(length^2). */
#define FILETYPES_EXT_MAX 32

/* The kernel reads at most this much of a "#!" line (BINPRM_BUF_SIZE). */
#define FILETYPES_SHEBANG_MAX 256

static int ascii_tolower(int c)
{
	return (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c;
}

static int ascii_strcaseeq(const char *a, const char *b)
{
	while (*a && ascii_tolower((unsigned char)*a) ==
	                 ascii_tolower((unsigned char)*b)) {
		a++;
		b++;
	}
	return *a == '\0' && *b == '\0';
}

static int list_has(const char *const *list, const char *s, int nocase)
{
	if (list == NULL)
		return 0;

	for (; *list; list++) {
		if (nocase ? ascii_strcaseeq(*list, s) : !strcmp(*list, s))
			return 1;
	}
	return 0;
}

static const hdrcheck_language *find_filename(const char *name)
{
	size_t i;

	for (i = 0; i < hdrcheck__languages_count; i++) {
		if (list_has(hdrcheck__languages[i].filenames, name, 0))
			return &hdrcheck__languages[i];
	}
	return NULL;
}

static const hdrcheck_language *find_extension(const char *ext)
{
	size_t i;

	for (i = 0; i < hdrcheck__languages_count; i++) {
		if (list_has(hdrcheck__languages[i].extensions, ext, 1))
			return &hdrcheck__languages[i];
	}
	return NULL;
}

static int has_prefix(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

const hdrcheck_language *hdrcheck__filetype_from_path(const char *path)
{
	const hdrcheck_language *lang = NULL;
	const char *base, *slash, *p;
	size_t len;

	if (path == NULL)
		goto done;

	slash = strrchr(path, '/');
	base = slash ? slash + 1 : path;
	len = strlen(base);
	if (len == 0)
		goto done;

	if ((lang = find_filename(base)) != NULL)
		goto done;

	/* "Dockerfile.dev", "Dockerfile.prod": the suffix names a variant,
	 * not a format. "app.Dockerfile" is an ordinary extension. */
	if (has_prefix(base, "Dockerfile.")) {
		lang = find_filename("Dockerfile");
		goto done;
	}
	if (has_prefix(base, "Containerfile.")) {
		lang = find_filename("Containerfile");
		goto done;
	}
	/* "Makefile.dts", "Makefile.xpl": a makefile for those, not one of
	 * them (named ones such as "Makefile.PL" matched above). */
	if (has_prefix(base, "Makefile.")) {
		lang = find_filename("Makefile");
		goto done;
	}

	/* Left to right over the dots gives the longest suffix first. A
	 * leading dot counts, so ".env.example" tries "env.example". */
	p = len > FILETYPES_EXT_MAX ? base + (len - FILETYPES_EXT_MAX) - 1
	                            : base;
	while ((p = strchr(p, '.')) != NULL) {
		p++;
		if (*p && (lang = find_extension(p)) != NULL)
			goto done;
	}

done:
	return lang;
}

const hdrcheck_language *hdrcheck__filetype_by_name(const char *name)
{
	const hdrcheck_language *lang = NULL;
	size_t i;

	if (name == NULL)
		goto done;

	for (i = 0; i < hdrcheck__languages_count; i++) {
		if (ascii_strcaseeq(hdrcheck__languages[i].name, name)) {
			lang = &hdrcheck__languages[i];
			break;
		}
	}

done:
	return lang;
}

/* Shebang parsing: words of the first line, without copying. */

typedef struct {
	const char *p;   /* next unread byte */
	const char *end; /* end of the first line (or of the scan window) */
} shebang_cursor;

static int is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

/* The next blank-separated word; 0 at the end of the line. */
static int next_word(shebang_cursor *cur, const char **word, size_t *len)
{
	const char *start;

	while (cur->p < cur->end && is_blank(*cur->p))
		cur->p++;
	if (cur->p == cur->end)
		return 0;

	start = cur->p;
	while (cur->p < cur->end && !is_blank(*cur->p))
		cur->p++;

	*word = start;
	*len = (size_t)(cur->p - start);
	return 1;
}

static int word_eq(const char *word, size_t len, const char *s)
{
	return strlen(s) == len && memcmp(word, s, len) == 0;
}

static int word_has_prefix(const char *word, size_t len, const char *prefix)
{
	size_t n = strlen(prefix);

	return len >= n && memcmp(word, prefix, n) == 0;
}

/* Strip a directory: "/usr/bin/python3" -> "python3". */
static void word_basename(const char **word, size_t *len)
{
	size_t i;

	for (i = *len; i > 0; i--) {
		if ((*word)[i - 1] == '/') {
			*word += i;
			*len -= i;
			break;
		}
	}
}

/*
 * GNU and BSD env options that consume the following word when their
 * value is not attached ("-u NAME", "--chdir DIR").
 */
static int env_option_takes_arg(const char *word, size_t len)
{
	return word_eq(word, len, "-u") || word_eq(word, len, "-C") ||
	       word_eq(word, len, "-P") || word_eq(word, len, "--unset") ||
	       word_eq(word, len, "--chdir");
}

/*
 * After "env": skip options and NAME=value assignments and return the
 * program it runs. "-S" (split string) needs no special care: the words
 * after it are parsed the same way, and an attached value ("-Snode",
 * "--split-string=node") is itself the next word.
 */
static int env_program(shebang_cursor *cur, const char **word, size_t *len)
{
	const char *w;
	size_t n;

	while (next_word(cur, &w, &n)) {
		if (word_has_prefix(w, n, "--split-string=")) {
			w += strlen("--split-string=");
			n -= strlen("--split-string=");
		} else if (n > 2 && word_has_prefix(w, n, "-S")) {
			w += 2;
			n -= 2;
		} else if (word_eq(w, n, "--")) {
			return next_word(cur, word, len);
		} else if (env_option_takes_arg(w, n)) {
			const char *skip;
			size_t skip_len;

			if (!next_word(cur, &skip, &skip_len))
				return 0;
			continue;
		}

		if (n == 0 || w[0] == '-' || memchr(w, '=', n) != NULL)
			continue;

		*word = w;
		*len = n;
		return 1;
	}

	return 0;
}

/* "python3.11" against "python": the rest is only digits and dots. */
static int interpreter_matches(const char *interp, const char *word, size_t len,
                               int versioned)
{
	size_t n = strlen(interp), i;

	if (!versioned)
		return n == len && memcmp(interp, word, n) == 0;

	if (n >= len || memcmp(interp, word, n) != 0)
		return 0;
	for (i = n; i < len; i++) {
		if (!((word[i] >= '0' && word[i] <= '9') || word[i] == '.'))
			return 0;
	}
	return 1;
}

static const hdrcheck_language *find_interpreter(const char *word, size_t len)
{
	const char *const *interp;
	int versioned;
	size_t i;

	/* Exact names first, so "pypy3" never loses to "pypy" + "3". */
	for (versioned = 0; versioned < 2; versioned++) {
		for (i = 0; i < hdrcheck__languages_count; i++) {
			interp = hdrcheck__languages[i].interpreters;
			for (; interp && *interp; interp++) {
				if (interpreter_matches(*interp, word, len,
				                        versioned))
					return &hdrcheck__languages[i];
			}
		}
	}
	return NULL;
}

const hdrcheck_language *hdrcheck__filetype_from_shebang(const char *content,
                                                         size_t len)
{
	const hdrcheck_language *lang = NULL;
	shebang_cursor cur;
	const char *word, *newline;
	size_t word_len;
	int truncated = 0;

	if (content == NULL)
		goto done;

	if (len >= 3 && memcmp(content, "\xEF\xBB\xBF", 3) == 0) {
		content += 3;
		len -= 3;
	}
	if (len < 2 || content[0] != '#' || content[1] != '!' ||
	    (len > 2 && content[2] == '['))
		goto done;

	if (len > FILETYPES_SHEBANG_MAX) {
		len = FILETYPES_SHEBANG_MAX;
		truncated = 1;
	}
	newline = memchr(content, '\n', len);
	if (newline != NULL)
		truncated = 0;

	cur.p = content + 2;
	cur.end = newline ? newline : content + len;

	if (!next_word(&cur, &word, &word_len))
		goto done;
	word_basename(&word, &word_len);

	if (word_eq(word, word_len, "env") &&
	    !env_program(&cur, &word, &word_len))
		goto done;
	word_basename(&word, &word_len);

	/* A word cut by the scan window might name another program. */
	if (truncated && word + word_len == cur.end)
		goto done;

	lang = find_interpreter(word, word_len);

done:
	return lang;
}

size_t hdrcheck_languages_count(void)
{
	return hdrcheck__languages_count;
}

const hdrcheck_language *hdrcheck_languages_get(size_t i)
{
	return i < hdrcheck__languages_count ? &hdrcheck__languages[i] : NULL;
}

/*
 * The index: the table's file names and extensions sorted for binary
 * search. Detection by path runs once per file on every worker; the linear
 * scan above is the reference the index must agree with (a test compares
 * them), the index is what the classifier uses.
 */
typedef struct {
	const char *key; /* file name, or extension in lower case */
	const hdrcheck_language *lang;
	size_t order; /* table position: the first entry wins a tie */
} index_entry;

struct hdrcheck__filetype_index {
	index_entry *names;
	size_t names_count;
	index_entry *exts;
	size_t exts_count;
	char *lowered; /* storage of the lower-cased extensions */
};

static int compare_entries(const void *a, const void *b)
{
	const index_entry *x = a, *y = b;
	int c = strcmp(x->key, y->key);

	if (c)
		return c;
	return x->order < y->order ? -1 : x->order > y->order;
}

int hdrcheck__filetype_index_new(hdrcheck__filetype_index **out)
{
	hdrcheck__filetype_index *ix = calloc(1, sizeof(*ix));
	size_t i, j, names = 0, exts = 0, bytes = 0;
	char *w;

	if (!ix)
		return -1;
	for (i = 0; i < hdrcheck__languages_count; i++) {
		const hdrcheck_language *l = &hdrcheck__languages[i];

		for (j = 0; l->filenames && l->filenames[j]; j++)
			names++;
		for (j = 0; l->extensions && l->extensions[j]; j++) {
			exts++;
			bytes += strlen(l->extensions[j]) + 1;
		}
	}
	ix->names = calloc(names ? names : 1, sizeof(*ix->names));
	ix->exts = calloc(exts ? exts : 1, sizeof(*ix->exts));
	ix->lowered = malloc(bytes ? bytes : 1);
	if (!ix->names || !ix->exts || !ix->lowered) {
		hdrcheck__filetype_index_free(ix);
		return -1;
	}
	w = ix->lowered;
	for (i = 0; i < hdrcheck__languages_count; i++) {
		const hdrcheck_language *l = &hdrcheck__languages[i];

		for (j = 0; l->filenames && l->filenames[j]; j++) {
			index_entry *e = &ix->names[ix->names_count++];

			e->key = l->filenames[j];
			e->lang = l;
			e->order = i;
		}
		for (j = 0; l->extensions && l->extensions[j]; j++) {
			index_entry *e = &ix->exts[ix->exts_count++];
			const char *s = l->extensions[j];

			e->key = w;
			while (*s)
				*w++ = (char)ascii_tolower((unsigned char)*s++);
			*w++ = '\0';
			e->lang = l;
			e->order = i;
		}
	}
	qsort(ix->names, ix->names_count, sizeof(*ix->names), compare_entries);
	qsort(ix->exts, ix->exts_count, sizeof(*ix->exts), compare_entries);
	*out = ix;
	return 0;
}

void hdrcheck__filetype_index_free(hdrcheck__filetype_index *ix)
{
	if (!ix)
		return;
	free(ix->names);
	free(ix->exts);
	free(ix->lowered);
	free(ix);
}

/* The first (lowest table position) entry whose key equals key. */
static const hdrcheck_language *index_find(const index_entry *v, size_t n,
                                           const char *key)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (strcmp(v[mid].key, key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && strcmp(v[lo].key, key) == 0 ? v[lo].lang : NULL;
}

const hdrcheck_language *
hdrcheck__filetype_index_path(const hdrcheck__filetype_index *ix,
                              const char *path)
{
	const char *base, *slash, *p;
	char lower[FILETYPES_EXT_MAX + 2];
	const hdrcheck_language *lang;
	size_t len, i;

	if (!path)
		return NULL;
	slash = strrchr(path, '/');
	base = slash ? slash + 1 : path;
	len = strlen(base);
	if (len == 0)
		return NULL;
	if ((lang = index_find(ix->names, ix->names_count, base)) != NULL)
		return lang;
	if (has_prefix(base, "Dockerfile."))
		return index_find(ix->names, ix->names_count, "Dockerfile");
	if (has_prefix(base, "Containerfile."))
		return index_find(ix->names, ix->names_count, "Containerfile");
	if (has_prefix(base, "Makefile."))
		return index_find(ix->names, ix->names_count, "Makefile");
	p = len > FILETYPES_EXT_MAX ? base + (len - FILETYPES_EXT_MAX) - 1
	                            : base;
	while ((p = strchr(p, '.')) != NULL) {
		p++;
		if (!*p)
			break;
		for (i = 0; p[i] && i < sizeof(lower) - 1; i++)
			lower[i] = (char)ascii_tolower((unsigned char)p[i]);
		lower[i] = '\0';
		if (p[i] == '\0' && (lang = index_find(ix->exts, ix->exts_count,
		                                       lower)) != NULL)
			return lang;
	}
	return NULL;
}
