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

/* "README.asn1", "README.arm": a document about that, not a file of it;
 * only a document format ("README.md") types such a name. */
static int readme_open(const char *base, const hdrcheck_language *lang)
{
	static const char *const docs[] = {
	    "Markdown", "reStructuredText", "AsciiDoc",  "HTML",
	    "Org",      "Plain Text",       "Textile",   "RDoc",
	    "Wikitext", "Creole",           "RMarkdown", "MDX",
	    NULL};
	size_t i;

	if (!lang ||
	    !(has_prefix(base, "README.") || has_prefix(base, "readme.")))
		return 0;
	for (i = 0; docs[i]; i++)
		if (!strcmp(lang->name, docs[i]))
			return 0;
	return 1;
}

/* "local_settings.py.example": the length of the name without a copy
 * suffix that leaves an extension ("py") or a known name, or 0. */
static size_t copy_stem(const char *base, size_t len)
{
	const char *const *c;

	for (c = hdrcheck__languages_copies; *c; c++) {
		size_t n = strlen(*c), i;

		if (len < n + 2 || base[len - n - 1] != '.')
			continue;
		for (i = 0; i < n; i++)
			if (ascii_tolower((unsigned char)base[len - n + i]) !=
			    (*c)[i])
				break;
		if (i == n)
			return len - n - 1;
	}
	return 0;
}

#define COPY_NAME_MAX 255

static const hdrcheck__filetype_weak readme_weak = {
    "", (const hdrcheck_language *const[]){NULL}};

/* "Makefile.dts": base starts with one of the table's variant names. */
static const hdrcheck_language *variant_type(const char *base)
{
	const hdrcheck__filetype_variant *v;

	for (v = hdrcheck__languages_variants; v->prefix; v++)
		if (has_prefix(base, v->prefix) && base[strlen(v->prefix)])
			return v->lang;
	return NULL;
}

/* "a/META-INF/services/x": the directory holding base is one of the
 * table's. */
static const hdrcheck_language *dir_type(const char *path, const char *base)
{
	const hdrcheck__filetype_dir *d;
	size_t n, dlen;

	if (base == path)
		return NULL;
	dlen = (size_t)(base - path) - 1; /* without the '/' */
	for (d = hdrcheck__languages_dirs; d->dir; d++) {
		n = strlen(d->dir);
		if (dlen >= n && memcmp(base - 1 - n, d->dir, n) == 0 &&
		    (dlen == n || base[-2 - (ptrdiff_t)n] == '/'))
			return d->lang;
	}
	return NULL;
}

const hdrcheck_language *hdrcheck__filetype_from_path(const char *path)
{
	const hdrcheck_language *lang = NULL;
	const char *base, *slash, *p;
	size_t len, stem;

	if (path == NULL)
		goto done;

	slash = strrchr(path, '/');
	base = slash ? slash + 1 : path;
	len = strlen(base);
	if (len == 0)
		goto done;

	if ((lang = find_filename(base)) != NULL)
		goto done;
	if (slash && (lang = dir_type(path, base)) != NULL)
		goto done;

	/* "Dockerfile.dev", "Makefile.dts", "Kconfig.debug": the suffix
	 * names a variant, not a format (named ones such as "Makefile.PL"
	 * matched above). "app.Dockerfile" is an ordinary extension. */
	if ((lang = variant_type(base)) != NULL)
		goto done;

	/* Left to right over the dots gives the longest suffix first. A
	 * leading dot counts, so ".env.example" tries "env.example". */
	p = len > FILETYPES_EXT_MAX ? base + (len - FILETYPES_EXT_MAX) - 1
	                            : base;
	while ((p = strchr(p, '.')) != NULL) {
		p++;
		if (*p && (lang = find_extension(p)) != NULL) {
			if (readme_open(base, lang))
				lang = NULL;
			goto done;
		}
	}
	if ((stem = copy_stem(base, len)) != 0 && stem <= COPY_NAME_MAX) {
		char name[COPY_NAME_MAX + 1];

		memcpy(name, base, stem);
		name[stem] = '\0';
		lang = hdrcheck__filetype_from_path(name);
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
	const hdrcheck__filetype_weak *weak; /* the content may change it */
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

/* The weak-extension record of a lower-case extension, or NULL. */
static const hdrcheck__filetype_weak *find_weak(const char *ext)
{
	size_t lo = 0, hi = hdrcheck__languages_weak_count;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(hdrcheck__languages_weak[mid].ext, ext);

		if (c == 0)
			return &hdrcheck__languages_weak[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
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
	for (i = 0; i < ix->exts_count; i++)
		ix->exts[i].weak = find_weak(ix->exts[i].key);
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
static const index_entry *index_find(const index_entry *v, size_t n,
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
	return lo < n && strcmp(v[lo].key, key) == 0 ? &v[lo] : NULL;
}

static const hdrcheck_language *index_name(const hdrcheck__filetype_index *ix,
                                           const char *name)
{
	const index_entry *e = index_find(ix->names, ix->names_count, name);

	return e ? e->lang : NULL;
}

const hdrcheck_language *
hdrcheck__filetype_index_lookup(const hdrcheck__filetype_index *ix,
                                const char *path,
                                const hdrcheck__filetype_weak **weak)
{
	const char *base, *slash, *p;
	char lower[FILETYPES_EXT_MAX + 2];
	const hdrcheck_language *lang;
	const index_entry *e;
	size_t len, i, stem;

	*weak = NULL;
	if (!path)
		return NULL;
	slash = strrchr(path, '/');
	base = slash ? slash + 1 : path;
	len = strlen(base);
	if (len == 0)
		return NULL;
	if ((lang = index_name(ix, base)) != NULL)
		return lang;
	if (slash && (lang = dir_type(path, base)) != NULL)
		return lang;
	if ((lang = variant_type(base)) != NULL)
		return lang;
	p = len > FILETYPES_EXT_MAX ? base + (len - FILETYPES_EXT_MAX) - 1
	                            : base;
	while ((p = strchr(p, '.')) != NULL) {
		p++;
		if (!*p)
			break;
		for (i = 0; p[i] && i < sizeof(lower) - 1; i++)
			lower[i] = (char)ascii_tolower((unsigned char)p[i]);
		lower[i] = '\0';
		if (p[i] != '\0')
			continue;
		if ((e = index_find(ix->exts, ix->exts_count, lower)) != NULL) {
			if (readme_open(base, e->lang)) {
				*weak = &readme_weak;
				return NULL;
			}
			*weak = e->weak;
			return e->lang;
		}
		/* an extension no type claims: the content decides */
		if ((*weak = find_weak(lower)) != NULL)
			return NULL;
	}
	if ((stem = copy_stem(base, len)) != 0 && stem <= COPY_NAME_MAX) {
		char name[COPY_NAME_MAX + 1];

		memcpy(name, base, stem);
		name[stem] = '\0';
		return hdrcheck__filetype_index_lookup(ix, name, weak);
	}
	return NULL;
}

const hdrcheck_language *
hdrcheck__filetype_index_path(const hdrcheck__filetype_index *ix,
                              const char *path)
{
	const hdrcheck__filetype_weak *weak;

	return hdrcheck__filetype_index_lookup(ix, path, &weak);
}

/*
 * Content sniffing: which comment the top of a file shows. It runs only
 * for files whose name leaves the type open (unknown, ambiguous, or weak),
 * on the header window the classifier has read anyway.
 */

#define SNIFF_LINES 64

/* The first line's remaining bytes start with s, followed by the end of
 * the line or a blank when word is set. */
static int line_starts(const char *l, size_t n, const char *s, int word,
                       int nocase)
{
	size_t k = strlen(s), i;

	if (n < k)
		return 0;
	for (i = 0; i < k; i++) {
		int a = (unsigned char)l[i], b = (unsigned char)s[i];

		if (nocase ? ascii_tolower(a) != ascii_tolower(b) : a != b)
			return 0;
	}
	return !word || n == k || l[k] == ' ' || l[k] == '\t' || l[k] == '\r';
}

/* "#include", "# define", C#'s "#region": a preprocessor line, not a "#"
 * comment. */
static int cpp_line(const char *l, size_t n)
{
	static const char *const words[] = {
	    "include",      "define", "undef",       "ifdef",
	    "ifndef",       "if",     "elif",        "else",
	    "endif",        "pragma", "import",      "error",
	    "warning",      "line",   "cmakedefine", "cmakedefine01",
	    "include_next", "region", "endregion",   NULL};
	size_t i = 1, k, w;

	while (i < n && (l[i] == ' ' || l[i] == '\t'))
		i++;
	for (w = 0; words[w]; w++) {
		k = strlen(words[w]);
		if (n - i >= k && memcmp(l + i, words[w], k) == 0 &&
		    (n - i == k || !((l[i + k] >= 'a' && l[i + k] <= 'z') ||
		                     (l[i + k] >= '0' && l[i + k] <= '9') ||
		                     l[i + k] == '_')))
			return 1;
	}
	return 0;
}

/* The comment one line opens, or NONE; *marker as the types spell it. */
static hdrcheck__sniff sniff_line(const char *l, size_t n, const char **marker)
{
	static const struct {
		const char *open;
		hdrcheck__sniff kind;
		int word; /* a blank or the line's end must follow */
	} opens[] = {
	    {"{{/*", HDRCHECK__SNIFF_GOTMPL, 0},
	    {"{{- /*", HDRCHECK__SNIFF_GOTMPL, 0},
	    {"{{!--", HDRCHECK__SNIFF_HANDLEBARS, 0},
	    {"{{!", HDRCHECK__SNIFF_HANDLEBARS, 0},
	    {"{#", HDRCHECK__SNIFF_JINJA, 0},
	    {"<%#", HDRCHECK__SNIFF_ERB, 0},
	    {"<#--", HDRCHECK__SNIFF_FREEMARKER, 0},
	    {"<!--", HDRCHECK__SNIFF_XML, 0},
	    {"(*", HDRCHECK__SNIFF_PAREN, 0},
	    {"/*", HDRCHECK__SNIFF_C, 0},
	    {"//", HDRCHECK__SNIFF_C, 0},
	    {".\\\"", HDRCHECK__SNIFF_ROFF, 0},
	    {"'\\\"", HDRCHECK__SNIFF_ROFF, 0},
	    {"\\\"", HDRCHECK__SNIFF_ROFF, 0},
	    {"..", HDRCHECK__SNIFF_RST, 1},
	    {"::", HDRCHECK__SNIFF_BATCH, 0},
	    {"@REM", HDRCHECK__SNIFF_BATCH, 1},
	    {"@rem", HDRCHECK__SNIFF_BATCH, 1},
	    {"REM", HDRCHECK__SNIFF_BATCH, 1},
	    {"rem", HDRCHECK__SNIFF_BATCH, 1},
	    {"dnl", HDRCHECK__SNIFF_M4, 1},
	    {"~~", HDRCHECK__SNIFF_TILDE, 0},
	    {"#", HDRCHECK__SNIFF_HASH, 0},
	    {";", HDRCHECK__SNIFF_SEMICOLON, 0},
	    {"%", HDRCHECK__SNIFF_PERCENT, 0},
	};
	size_t i;

	if (line_starts(l, n, "--", 0, 0)) {
		/* "-- text", "--- text" and a bare "--" are comments; "---" is
		 * a YAML document or a rule, "-----BEGIN" a PEM block */
		for (i = 0; i < n && l[i] == '-'; i++)
			;
		if (i == n || l[i] == '\r')
			i = i == 2 ? 2 : 0;
		else if (i > 3 || (l[i] != ' ' && l[i] != '\t'))
			i = 0; /* "------ TITLE ------" is a rule */
		if (i == 0)
			return HDRCHECK__SNIFF_NONE;
		*marker = "--";
		return HDRCHECK__SNIFF_DASH;
	}
	if (line_starts(l, n, "%YAML", 0, 0))
		return HDRCHECK__SNIFF_NONE;
	/* "#. Step one": reStructuredText's auto-numbered list item (a
	 * Sphinx page's included ".txt"), not a "#" comment */
	if (line_starts(l, n, "#.", 1, 0) && n > 3) {
		*marker = "#.";
		return HDRCHECK__SNIFF_RST;
	}
	for (i = 0; i < sizeof(opens) / sizeof(opens[0]); i++) {
		if (line_starts(l, n, opens[i].open, opens[i].word, 0)) {
			*marker = opens[i].open;
			return opens[i].kind;
		}
	}
	return HDRCHECK__SNIFF_NONE;
}

/* The line of buf at *off without its leading blanks, in (*l, *n); *off
 * moves past it. 0 for a blank line. */
static int next_line(const char *buf, size_t len, size_t *off, const char **l,
                     size_t *n)
{
	const char *nl = memchr(buf + *off, '\n', len - *off);
	size_t end = nl ? (size_t)(nl - buf) : len;

	*l = buf + *off;
	*n = end - *off;
	*off = end + 1;
	while (*n > 0 && (**l == ' ' || **l == '\t')) {
		(*l)++;
		(*n)--;
	}
	return *n != 0 && !(*n == 1 && **l == '\r');
}

/* After a first line that starts an element ("<project type=...>", up to
 * its closing ">"): does an XML comment come next? That is where the
 * header of a file without an XML declaration sits (docs/matching.md). */
static int markup_comment(const char *buf, size_t off, size_t len, size_t lines,
                          const char *l, size_t n)
{
	int open = !memchr(l, '>', n);

	while (off < len && lines++ < SNIFF_LINES) {
		if (!next_line(buf, len, &off, &l, &n))
			continue;
		if (open) { /* the start tag's attributes */
			open = !memchr(l, '>', n);
			continue;
		}
		return line_starts(l, n, "<!--", 0, 0);
	}
	return 0;
}

static int starts_element(const char *l, size_t n)
{
	return n > 1 && l[0] == '<' &&
	       ((l[1] >= 'a' && l[1] <= 'z') || (l[1] >= 'A' && l[1] <= 'Z'));
}

/* *at: the line the comment's marker opens (NULL for none). */
static hdrcheck__sniff sniff_at(const char *buf, size_t len,
                                const char **marker, const char **at,
                                size_t *at_len)
{
	size_t off = 0, lines = 0;

	*marker = NULL;
	*at = NULL;
	*at_len = 0;
	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		off = 3;
	while (off < len && lines++ < SNIFF_LINES) {
		const char *l;
		size_t n;
		hdrcheck__sniff kind;

		if (!next_line(buf, len, &off, &l, &n))
			continue;
		if (lines == 1 && line_starts(l, n, "#!", 0, 0))
			continue;
		/* lines a header may follow, which tell no comment syntax of
		 * their own ("#include" is no "#" comment) */
		if (line_starts(l, n, "<?xml", 0, 0) ||
		    line_starts(l, n, "<!DOCTYPE", 0, 1) ||
		    line_starts(l, n, "@echo off", 1, 1) ||
		    line_starts(l, n, "setlocal", 1, 1) ||
		    (*l == '#' && cpp_line(l, n)))
			continue;
		/* "--- a/file" over "+++ b/file": a unified diff's file
		 * header, not a "--" comment */
		if (line_starts(l, n, "--- ", 0, 0) && off + 4 <= len &&
		    memcmp(buf + off, "+++ ", 4) == 0)
			break;
		if ((kind = sniff_line(l, n, marker)) != HDRCHECK__SNIFF_NONE) {
			*at = l;
			*at_len = n;
			return kind;
		}
		if (starts_element(l, n) &&
		    markup_comment(buf, off, len, lines, l, n)) {
			*marker = "<!--";
			return HDRCHECK__SNIFF_XML;
		}
		break;
	}
	return HDRCHECK__SNIFF_NONE;
}

static hdrcheck__sniff sniff(const char *buf, size_t len, const char **marker)
{
	const char *at;
	size_t at_len;

	return sniff_at(buf, len, marker, &at, &at_len);
}

hdrcheck__sniff hdrcheck__filetype_sniff(const char *content, size_t len)
{
	const char *marker;

	return content ? sniff(content, len, &marker) : HDRCHECK__SNIFF_NONE;
}

/* Does lang write the comment marker opens? */
static int writes(const hdrcheck_language *lang, const char *marker)
{
	const hdrcheck_block_comment *b;
	const char *const *m;

	if (!lang)
		return 0;
	for (m = lang->line_comments; m && *m; m++)
		if (!strcmp(*m, marker))
			return 1;
	for (b = lang->block_comments; b && b->open; b++)
		if (!strcmp(b->open, marker))
			return 1;
	return 0;
}

/* Does the type write marker, or start with it otherwise: "%{",
 * "%option", "%code" at the top of a Lex/Yacc file are its declarations,
 * not "%" comments. */
static int writes_or_declares(const hdrcheck_language *lang, const char *marker)
{
	if (lang && lang->preambles & HDRCHECK_PRE_LEX && marker &&
	    marker[0] == '%' && !marker[1])
		return 1;
	return writes(lang, marker);
}

/* Is the line, n bytes without its line end, a reStructuredText section
 * adornment: one punctuation character, repeated at least 3 times? */
static int rst_adornment(const char *l, size_t n)
{
	size_t i;

	if (n < 3 || !strchr("=-~^\"'`*+#_:.<>", l[0]))
		return 0;
	for (i = 1; i < n; i++)
		if (l[i] != l[0])
			return 0;
	return 1;
}

/* The line of buf at *off, without its line end and trailing blanks, in
 * (*l, *n); *off moves past it. */
static void raw_line(const char *buf, size_t len, size_t *off, const char **l,
                     size_t *n)
{
	const char *nl = memchr(buf + *off, '\n', len - *off);
	size_t end = nl ? (size_t)(nl - buf) : len;

	*l = buf + *off;
	*n = end - *off;
	*off = end < len ? end + 1 : len;
	while (*n > 0 && ((*l)[*n - 1] == '\r' || (*l)[*n - 1] == ' ' ||
	                  (*l)[*n - 1] == '\t'))
		(*n)--;
}

/*
 * Does the file start with a reStructuredText section title: a title
 * line, not indented, over an adornment line at least as long ("Title" over
 * "-----"), or the same between two equal adornment lines? An include file
 * of a Sphinx document (".inc") often starts with one, and no comment.
 */
static int rst_title_top(const char *buf, size_t len)
{
	const char *l1, *l2, *l3;
	size_t n1 = 0, n2, n3, off = 0;

	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		off = 3;
	while (off < len && n1 == 0)
		raw_line(buf, len, &off, &l1, &n1);
	if (n1 == 0 || off >= len)
		return 0;
	raw_line(buf, len, &off, &l2, &n2);
	if (rst_adornment(l1, n1)) {
		if (off >= len || n2 == 0 || n2 > n1 || *l2 == ' ' ||
		    *l2 == '\t')
			return 0;
		raw_line(buf, len, &off, &l3, &n3);
		return n3 == n1 && memcmp(l1, l3, n1) == 0;
	}
	return *l1 != ' ' && *l1 != '\t' && rst_adornment(l2, n2) && n2 >= n1;
}

const hdrcheck_language *
hdrcheck__filetype_from_content(const char *content, size_t len,
                                const hdrcheck_language *by_name,
                                const hdrcheck__filetype_weak *weak)
{
	const hdrcheck_language *const *c;
	const char *marker = NULL, *at;
	size_t at_len;
	hdrcheck__sniff kind;

	if (!content)
		return by_name;
	kind = sniff_at(content, len, &marker, &at, &at_len);
	/* no comment at the top, but a section title: the candidate of the
	 * extension that writes reStructuredText's comment, if any (a Sphinx
	 * ".inc" is no PHP) */
	if (kind == HDRCHECK__SNIFF_NONE && weak && !writes(by_name, "..") &&
	    rst_title_top(content, len))
		for (c = weak->candidates; c && *c; c++)
			if (writes(*c, ".."))
				return *c;
	if (kind == HDRCHECK__SNIFF_NONE || writes_or_declares(by_name, marker))
		return by_name;
	for (c = weak ? weak->candidates : NULL; c && *c; c++) {
		if (!writes_or_declares(*c, marker))
			continue;
		/* "#,Name,Type" opening a CSV: a column title, no comment;
		 * the file keeps its type by name */
		if ((*c)->word_comments &&
		    !line_starts(at, at_len, marker, 1, 0))
			return by_name;
		return *c;
	}
	return hdrcheck__languages_content[kind]
	           ? hdrcheck__languages_content[kind]
	           : by_name;
}

/* Do the n bytes at a spell b (n = strlen(b)), ignoring ASCII case? */
static int ieq_prefix(const char *a, const char *b)
{
	for (; *b; a++, b++)
		if (ascii_tolower((unsigned char)*a) !=
		    ascii_tolower((unsigned char)*b))
			return 0;
	return 1;
}

/* Does the line hold s, ignoring case? */
static int line_has_ci(const char *l, size_t n, const char *s)
{
	size_t k = strlen(s), i;

	for (i = 0; i + k <= n; i++)
		if (ieq_prefix(l + i, s))
			return 1;
	return 0;
}

const hdrcheck_language *hdrcheck__filetype_readme_title(const char *base,
                                                         const char *content,
                                                         size_t len)
{
	const char *l = content, *nl, *end = content + len;
	size_t n, i, h = 0;

	if (!base || !content || strlen(base) < 6 ||
	    !ieq_prefix(base, "readme") || (base[6] != '\0' && base[6] != '.'))
		return NULL;
	/* the first line that is not blank */
	for (;;) {
		if (l >= end)
			return NULL;
		nl = memchr(l, '\n', (size_t)(end - l));
		n = (size_t)((nl ? nl : end) - l);
		for (i = 0;
		     i < n && (l[i] == ' ' || l[i] == '\t' || l[i] == '\r');
		     i++)
			;
		if (i < n)
			break;
		if (!nl)
			return NULL;
		l = nl + 1;
	}
	/* "# Title" (one to six "#", a blank, text), then a blank line */
	while (h < n && h < 7 && l[h] == '#')
		h++;
	if (h == 0 || h > 6 || h + 1 >= n || l[h] != ' ' || l[h + 1] == ' ' ||
	    l[h + 1] == '\r' || !nl)
		return NULL;
	/* a license or copyright line is a comment's, not a title */
	if (line_has_ci(l, n, "licen") || line_has_ci(l, n, "copyright") ||
	    line_has_ci(l, n, "spdx"))
		return NULL;
	l = nl + 1;
	nl = memchr(l, '\n', (size_t)(end - l));
	n = (size_t)((nl ? nl : end) - l);
	for (i = 0; i < n && (l[i] == ' ' || l[i] == '\t' || l[i] == '\r'); i++)
		;
	if (i < n)
		return NULL;
	for (i = 0; i < hdrcheck__languages_count; i++)
		if (strcmp(hdrcheck__languages[i].name, "Markdown") == 0)
			return &hdrcheck__languages[i];
	return NULL;
}

const hdrcheck_language *
hdrcheck__filetype_template_top(const char *content, size_t len,
                                const hdrcheck_language *by_name)
{
	static const struct {
		const char *open;
		hdrcheck__sniff kind;
	} tops[] = {
	    {"{#", HDRCHECK__SNIFF_JINJA},
	    {"{{/*", HDRCHECK__SNIFF_GOTMPL},
	    {"{{- /*", HDRCHECK__SNIFF_GOTMPL},
	    {"{{!", HDRCHECK__SNIFF_HANDLEBARS},
	    {"<%#", HDRCHECK__SNIFF_ERB},
	    {"<#--", HDRCHECK__SNIFF_FREEMARKER},
	};
	size_t i = 0, k;

	if (!content || !by_name)
		return by_name;
	if (len >= 3 && memcmp(content, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	while (i < len && (content[i] == ' ' || content[i] == '\t' ||
	                   content[i] == '\n' || content[i] == '\r'))
		i++;
	/* most files: neither opener's first byte */
	if (i == len || (content[i] != '{' && content[i] != '<'))
		return by_name;
	for (k = 0; k < sizeof(tops) / sizeof(tops[0]); k++) {
		size_t n = strlen(tops[k].open);

		if (len - i < n || memcmp(content + i, tops[k].open, n) != 0)
			continue;
		if (writes(by_name, tops[k].open) ||
		    !hdrcheck__languages_content[tops[k].kind])
			return by_name;
		return hdrcheck__languages_content[tops[k].kind];
	}
	return by_name;
}

static size_t put_utf8(char *out, size_t cap, size_t o, unsigned long cp)
{
	unsigned char b[4];
	size_t n, i;

	if (cp < 0x80) {
		b[0] = (unsigned char)cp;
		n = 1;
	} else if (cp < 0x800) {
		b[0] = (unsigned char)(0xC0 | (cp >> 6));
		b[1] = (unsigned char)(0x80 | (cp & 0x3F));
		n = 2;
	} else if (cp < 0x10000) {
		b[0] = (unsigned char)(0xE0 | (cp >> 12));
		b[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		b[2] = (unsigned char)(0x80 | (cp & 0x3F));
		n = 3;
	} else {
		b[0] = (unsigned char)(0xF0 | (cp >> 18));
		b[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
		b[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		b[3] = (unsigned char)(0x80 | (cp & 0x3F));
		n = 4;
	}
	if (n > cap - o)
		return o;
	for (i = 0; i < n; i++)
		out[o + i] = (char)b[i];
	return o + n;
}

size_t hdrcheck__filetype_utf16_decode(char *out, size_t cap, const char *in,
                                       size_t len)
{
	const unsigned char *u = (const unsigned char *)in;
	size_t i, o = 0;
	int big;

	if (!in || len < 2 ||
	    !((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF)))
		return 0;
	big = u[0] == 0xFE;
	for (i = 2; i + 1 < len && o < cap;) {
		unsigned long cp = big ? (unsigned long)(u[i] << 8 | u[i + 1])
		                       : (unsigned long)(u[i + 1] << 8 | u[i]);

		i += 2;
		if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < len) {
			unsigned long lo =
			    big ? (unsigned long)(u[i] << 8 | u[i + 1])
			        : (unsigned long)(u[i + 1] << 8 | u[i]);

			if (lo >= 0xDC00 && lo <= 0xDFFF) {
				cp = 0x10000 + ((cp - 0xD800) << 10) +
				     (lo - 0xDC00);
				i += 2;
			} else {
				cp = 0xFFFD;
			}
		} else if (cp >= 0xD800 && cp <= 0xDFFF) {
			cp = 0xFFFD;
		}
		o = put_utf8(out, cap, o, cp);
	}
	return o;
}
