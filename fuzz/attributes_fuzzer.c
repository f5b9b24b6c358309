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
 * The .gitattributes filter (scanner/attributes.c) on arbitrary bytes:
 * the first byte picks the directory the file is in (the root or "sub"),
 * the rest is the file. The filter decides which files need an attribute
 * lookup, and it may only err one way: a file it lets go must have none of
 * our attributes. libgit2 is the oracle: the same bytes are written as
 * that .gitattributes of a scratch repository, and every path the input
 * suggests (its lines' patterns, at the top and deeper, and a few fixed
 * ones) that libgit2 gives linguist-generated, linguist-vendored,
 * hdrcheck or hdrcheck-policy (set, unset or a value) must be one the
 * filter sends to the lookup. Also: bytes that never name one of our
 * attributes make an empty filter, and two parses agree.
 */

#define _GNU_SOURCE /* nftw's FTW_DEPTH, FTW_PHYS */
#include <ftw.h>
#include <git2.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "scanner/scanner.h"

#define MAX_CANDIDATES 64
#define MAX_PATH_LEN   200

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const names[] = {"linguist-generated", "linguist-vendored",
                                    "hdrcheck", "hdrcheck-policy"};

static char root[64];
static git_repository *repo;

static int remove_one(const char *path, const struct stat *st, int flag,
                      struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	(void)remove(path);
	return 0;
}

static void cleanup(void)
{
	if (!repo)
		return;
	git_repository_free(repo);
	repo = NULL;
	git_libgit2_shutdown();
	nftw(root, remove_one, 16, FTW_DEPTH | FTW_PHYS);
}

/* A scratch repository, once: no global or system configuration, so
 * only the file under test gives attributes. */
static int setup(void)
{
	char sub[96];

	if (repo)
		return 0;
	git_libgit2_init();
	git_libgit2_opts(GIT_OPT_SET_SEARCH_PATH, GIT_CONFIG_LEVEL_SYSTEM,
	                 "/nonexistent");
	git_libgit2_opts(GIT_OPT_SET_SEARCH_PATH, GIT_CONFIG_LEVEL_GLOBAL,
	                 "/nonexistent");
	git_libgit2_opts(GIT_OPT_SET_SEARCH_PATH, GIT_CONFIG_LEVEL_XDG,
	                 "/nonexistent");
	snprintf(root, sizeof(root), "/tmp/hdrcheck-attr-fuzz-%ld",
	         (long)getpid());
	if (git_repository_init(&repo, root, 0) < 0)
		return -1;
	snprintf(sub, sizeof(sub), "%s/sub", root);
	(void)mkdir(sub, 0700);
	atexit(cleanup);
	return 0;
}

static int write_file(const char *rel, const uint8_t *data, size_t size)
{
	char path[128];
	FILE *f;
	int ok;

	snprintf(path, sizeof(path), "%s/%s", root, rel);
	if (!(f = fopen(path, "wb")))
		return -1;
	ok = fwrite(data, 1, size, f) == size;
	return fclose(f) == 0 && ok ? 0 : -1;
}

/* A pattern usable as a path by both: plain bytes, relative, no empty,
 * "." or ".." component. */
static int usable(const char *p, size_t n)
{
	size_t i, start = 0;

	if (!n || n > MAX_PATH_LEN)
		return 0;
	for (i = 0; i <= n; i++) {
		if (i < n && p[i] != '/') {
			if ((unsigned char)p[i] <= ' ' ||
			    (unsigned char)p[i] >= 0x7f || p[i] == '\\' ||
			    p[i] == '"')
				return 0;
			continue;
		}
		if (i == start || (i - start == 1 && p[start] == '.') ||
		    (i - start == 2 && p[start] == '.' && p[start + 1] == '.'))
			return 0;
		start = i + 1;
	}
	return 1;
}

static void add(char **c, size_t *n, const char *dir, const char *mid,
                const char *p, size_t len)
{
	if (*n >= MAX_CANDIDATES || !usable(p, len))
		return;
	if ((c[*n] = hdrcheck__aprintf("%s%s%s%.*s", dir, *dir ? "/" : "", mid,
	                               (int)len, p)) != NULL)
		(*n)++;
}

/* Paths worth asking about: each line's first token as a path (leading
 * '/' and trailing '/' dropped), at dir and one level deeper, and a few
 * fixed ones. */
static size_t candidates(char **c, const char *dir, const char *text,
                         size_t len)
{
	static const char *const fixed[] = {"a.c", "x/y.js", "vendor/v.go",
	                                    "gen/out.pb.go", "sub/z.c"};
	const char *p = text, *end = text + len;
	size_t n = 0, i;

	for (i = 0; i < sizeof(fixed) / sizeof(fixed[0]); i++)
		add(c, &n, dir, "", fixed[i], strlen(fixed[i]));
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *line_end = nl ? nl : end, *tok;

		while (p < line_end && (*p == ' ' || *p == '\t'))
			p++;
		tok = p;
		while (p < line_end && *p != ' ' && *p != '\t' && *p != '\r')
			p++;
		{
			const char *a = tok, *b = p;

			while (a < b && *a == '/')
				a++;
			while (b > a && b[-1] == '/')
				b--;
			add(c, &n, dir, "", a, (size_t)(b - a));
			add(c, &n, dir, "deep/", a, (size_t)(b - a));
		}
		p = nl ? nl + 1 : end;
	}
	return n;
}

/* A failed property: the scratch repository goes first (a trap skips
 * atexit). */
static void fail(void)
{
	cleanup();
	__builtin_trap();
}

static int names_ours(const uint8_t *data, size_t size)
{
	return memmem(data, size, "linguist-", 9) ||
	       memmem(data, size, "hdrcheck", 8);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	hdrcheck__attr_filter *f = NULL, *g = NULL;
	char *cand[MAX_CANDIDATES];
	const char *dir;
	const char *text;
	size_t len, n = 0, i;

	if (size < 1 || setup() < 0)
		return 0;
	dir = (data[0] & 1) ? "sub" : "";
	text = (const char *)data + 1;
	len = size - 1;
	if (hdrcheck__attr_filter_parse(&f, dir, text, len) < 0 ||
	    hdrcheck__attr_filter_parse(&g, dir, text, len) < 0)
		goto done;
	if (!names_ours(data + 1, len) && hdrcheck__attr_filter_any(f))
		fail();
	n = candidates(cand, dir, text, len);
	for (i = 0; i < n; i++)
		if (hdrcheck__attr_filter_maybe(f, cand[i]) !=
		        hdrcheck__attr_filter_maybe(g, cand[i]) ||
		    hdrcheck__attr_filter_digest(f, cand[i]) !=
		        hdrcheck__attr_filter_digest(g, cand[i]))
			fail();

	/* the oracle: the file in place, libgit2's cache emptied */
	(void)write_file(*dir ? "sub/.gitattributes" : ".gitattributes",
	                 (const uint8_t *)text, len);
	{
		char other[128];

		snprintf(other, sizeof(other), "%s/%s", root,
		         *dir ? ".gitattributes" : "sub/.gitattributes");
		(void)unlink(other);
	}
	git_attr_cache_flush(repo);
	for (i = 0; i < n; i++) {
		const char *values[4];
		size_t k;

		if (git_attr_get_many(values, repo, GIT_ATTR_CHECK_NO_SYSTEM,
		                      cand[i], 4, (const char **)names) < 0)
			continue;
		for (k = 0; k < 4; k++)
			if (git_attr_value(values[k]) !=
			        GIT_ATTR_VALUE_UNSPECIFIED &&
			    !hdrcheck__attr_filter_maybe(f, cand[i])) {
				fprintf(stderr,
				        "attributes: libgit2 gives %s to "
				        "\"%s\", the filter lets it go\n",
				        names[k], cand[i]);
				fail();
			}
	}
done:
	for (i = 0; i < n; i++)
		free(cand[i]);
	hdrcheck__attr_filter_free(f);
	hdrcheck__attr_filter_free(g);
	return 0;
}
