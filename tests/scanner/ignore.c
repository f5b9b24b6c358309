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
 * git's ignore rules (scanner/ignore.c): wildmatch against cases of git's
 * t3070-wildmatch (with and without WM_PATHNAME), and one file's list.
 * The walk's use of the lists (which wins, excluded directories) is
 * checked end to end in tests/cli/modes.c.
 */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "scanner/scanner.h"

/* The cases of git's t/t3070-wildmatch.sh (the results of its test-tool
 * wildmatch: with WM_PATHNAME, and without; each case-sensitive and
 * with WM_CASEFOLD). */
typedef struct {
	const char *pattern, *text;
	int pathname, ipathname, plain, iplain;
} wild_case;

static const wild_case wild_cases[] = {
    {"foo", "foo", 1, 1, 1, 1},
    {"bar", "foo", 0, 0, 0, 0},
    {"", "", 1, 1, 1, 1},
    {"???", "foo", 1, 1, 1, 1},
    {"??", "foo", 0, 0, 0, 0},
    {"*", "foo", 1, 1, 1, 1},
    {"f*", "foo", 1, 1, 1, 1},
    {"*f", "foo", 0, 0, 0, 0},
    {"*foo*", "foo", 1, 1, 1, 1},
    {"*ob*a*r*", "foobar", 1, 1, 1, 1},
    {"*ab", "aaaaaaabababab", 1, 1, 1, 1},
    {"foo\\*", "foo*", 1, 1, 1, 1},
    {"foo\\*bar", "foobar", 0, 0, 0, 0},
    {"f\\\\oo", "f\\oo", 1, 1, 1, 1},
    {"*[al]?", "ball", 1, 1, 1, 1},
    {"[ten]", "ten", 0, 0, 0, 0},
    {"**[!te]", "ten", 1, 1, 1, 1},
    {"**[!ten]", "ten", 0, 0, 0, 0},
    {"t[a-g]n", "ten", 1, 1, 1, 1},
    {"t[!a-g]n", "ten", 0, 0, 0, 0},
    {"t[!a-g]n", "ton", 1, 1, 1, 1},
    {"t[^a-g]n", "ton", 1, 1, 1, 1},
    {"a[]]b", "a]b", 1, 1, 1, 1},
    {"a[]-]b", "a-b", 1, 1, 1, 1},
    {"a[]-]b", "a]b", 1, 1, 1, 1},
    {"a[]-]b", "aab", 0, 0, 0, 0},
    {"a[]a-]b", "aab", 1, 1, 1, 1},
    {"]", "]", 1, 1, 1, 1},
    {"foo*bar", "foo/baz/bar", 0, 0, 1, 1},
    {"foo**bar", "foo/baz/bar", 0, 0, 1, 1},
    {"foo**bar", "foobazbar", 1, 1, 1, 1},
    {"foo/**/bar", "foo/baz/bar", 1, 1, 1, 1},
    {"foo/**/**/bar", "foo/baz/bar", 1, 1, 0, 0},
    {"foo/**/bar", "foo/b/a/z/bar", 1, 1, 1, 1},
    {"foo/**/**/bar", "foo/b/a/z/bar", 1, 1, 1, 1},
    {"foo/**/bar", "foo/bar", 1, 1, 0, 0},
    {"foo/**/**/bar", "foo/bar", 1, 1, 0, 0},
    {"foo?bar", "foo/bar", 0, 0, 1, 1},
    {"foo[/]bar", "foo/bar", 0, 0, 1, 1},
    {"foo[^a-z]bar", "foo/bar", 0, 0, 1, 1},
    {"f[^eiu][^eiu][^eiu][^eiu][^eiu]r", "foo/bar", 0, 0, 1, 1},
    {"f[^eiu][^eiu][^eiu][^eiu][^eiu]r", "foo-bar", 1, 1, 1, 1},
    {"**/foo", "foo", 1, 1, 0, 0},
    {"**/foo", "XXX/foo", 1, 1, 1, 1},
    {"**/foo", "bar/baz/foo", 1, 1, 1, 1},
    {"*/foo", "bar/baz/foo", 0, 0, 1, 1},
    {"**/bar*", "foo/bar/baz", 0, 0, 1, 1},
    {"**/bar/*", "deep/foo/bar/baz", 1, 1, 1, 1},
    {"**/bar/*", "deep/foo/bar/baz/", 0, 0, 1, 1},
    {"**/bar/**", "deep/foo/bar/baz/", 1, 1, 1, 1},
    {"**/bar/*", "deep/foo/bar", 0, 0, 0, 0},
    {"**/bar/**", "deep/foo/bar/", 1, 1, 1, 1},
    {"**/bar**", "foo/bar/baz", 0, 0, 1, 1},
    {"*/bar/**", "foo/bar/baz/x", 1, 1, 1, 1},
    {"*/bar/**", "deep/foo/bar/baz/x", 0, 0, 1, 1},
    {"**/bar/*/*", "deep/foo/bar/baz/x", 1, 1, 1, 1},
    {"a[c-c]st", "acrt", 0, 0, 0, 0},
    {"a[c-c]rt", "acrt", 1, 1, 1, 1},
    {"[!]-]", "]", 0, 0, 0, 0},
    {"[!]-]", "a", 1, 1, 1, 1},
    {"\\", "", 0, 0, 0, 0},
    {"\\", "\\", 0, 0, 0, 0},
    {"*/\\", "XXX/\\", 0, 0, 0, 0},
    {"*/\\\\", "XXX/\\", 1, 1, 1, 1},
    {"foo", "foo", 1, 1, 1, 1},
    {"@foo", "@foo", 1, 1, 1, 1},
    {"@foo", "foo", 0, 0, 0, 0},
    {"\\[ab]", "[ab]", 1, 1, 1, 1},
    {"[[]ab]", "[ab]", 1, 1, 1, 1},
    {"[[:]ab]", "[ab]", 1, 1, 1, 1},
    {"[[::]ab]", "[ab]", 0, 0, 0, 0},
    {"[[:digit]ab]", "[ab]", 1, 1, 1, 1},
    {"[\\[:]ab]", "[ab]", 1, 1, 1, 1},
    {"\\??\\?b", "?a?b", 1, 1, 1, 1},
    {"\\a\\b\\c", "abc", 1, 1, 1, 1},
    {"", "foo", 0, 0, 0, 0},
    {"**/t[o]", "foo/bar/baz/to", 1, 1, 1, 1},
    {"[[:alpha:]][[:digit:]][[:upper:]]", "a1B", 1, 1, 1, 1},
    {"[[:digit:][:upper:][:space:]]", "a", 0, 1, 0, 1},
    {"[[:digit:][:upper:][:space:]]", "A", 1, 1, 1, 1},
    {"[[:digit:][:upper:][:space:]]", "1", 1, 1, 1, 1},
    {"[[:digit:][:upper:][:spaci:]]", "1", 0, 0, 0, 0},
    {"[[:digit:][:upper:][:space:]]", " ", 1, 1, 1, 1},
    {"[[:digit:][:upper:][:space:]]", ".", 0, 0, 0, 0},
    {"[[:digit:][:punct:][:space:]]", ".", 1, 1, 1, 1},
    {"[[:xdigit:]]", "5", 1, 1, 1, 1},
    {"[[:xdigit:]]", "f", 1, 1, 1, 1},
    {"[[:xdigit:]]", "D", 1, 1, 1, 1},
    {"[[:alnum:][:alpha:][:blank:][:cntrl:][:digit:][:graph:][:lower:][:print:]"
     "[:punct:][:space:][:upper:][:xdigit:]]",
     "_", 1, 1, 1, 1},
    {"[^[:alnum:][:alpha:][:blank:][:cntrl:][:digit:][:lower:][:space:][:upper:"
     "][:xdigit:]]",
     ".", 1, 1, 1, 1},
    {"[a-c[:digit:]x-z]", "5", 1, 1, 1, 1},
    {"[a-c[:digit:]x-z]", "b", 1, 1, 1, 1},
    {"[a-c[:digit:]x-z]", "y", 1, 1, 1, 1},
    {"[a-c[:digit:]x-z]", "q", 0, 0, 0, 0},
    {"[\\\\-^]", "]", 1, 1, 1, 1},
    {"[\\\\-^]", "[", 0, 0, 0, 0},
    {"[\\-_]", "-", 1, 1, 1, 1},
    {"[\\]]", "]", 1, 1, 1, 1},
    {"[\\]]", "\\]", 0, 0, 0, 0},
    {"[\\]]", "\\", 0, 0, 0, 0},
    {"a[]b", "ab", 0, 0, 0, 0},
    {"a[]b", "a[]b", 0, 0, 0, 0},
    {"ab[", "ab[", 0, 0, 0, 0},
    {"[!", "ab", 0, 0, 0, 0},
    {"[-", "ab", 0, 0, 0, 0},
    {"[-]", "-", 1, 1, 1, 1},
    {"[a-", "-", 0, 0, 0, 0},
    {"[!a-", "-", 0, 0, 0, 0},
    {"[--A]", "-", 1, 1, 1, 1},
    {"[--A]", "5", 1, 1, 1, 1},
    {"[ --]", " ", 1, 1, 1, 1},
    {"[ --]", "$", 1, 1, 1, 1},
    {"[ --]", "-", 1, 1, 1, 1},
    {"[ --]", "0", 0, 0, 0, 0},
    {"[---]", "-", 1, 1, 1, 1},
    {"[------]", "-", 1, 1, 1, 1},
    {"[a-e-n]", "j", 0, 0, 0, 0},
    {"[a-e-n]", "-", 1, 1, 1, 1},
    {"[!------]", "a", 1, 1, 1, 1},
    {"[]-a]", "[", 0, 0, 0, 0},
    {"[]-a]", "^", 1, 1, 1, 1},
    {"[!]-a]", "^", 0, 0, 0, 0},
    {"[!]-a]", "[", 1, 1, 1, 1},
    {"[a^bc]", "^", 1, 1, 1, 1},
    {"[a-]b]", "-b]", 1, 1, 1, 1},
    {"[\\]", "\\", 0, 0, 0, 0},
    {"[\\\\]", "\\", 1, 1, 1, 1},
    {"[!\\\\]", "\\", 0, 0, 0, 0},
    {"[A-\\\\]", "G", 1, 1, 1, 1},
    {"b*a", "aaabbb", 0, 0, 0, 0},
    {"*ba*", "aabcaa", 0, 0, 0, 0},
    {"[,]", ",", 1, 1, 1, 1},
    {"[\\\\,]", ",", 1, 1, 1, 1},
    {"[\\\\,]", "\\", 1, 1, 1, 1},
    {"[,-.]", "-", 1, 1, 1, 1},
    {"[,-.]", "+", 0, 0, 0, 0},
    {"[,-.]", "-.]", 0, 0, 0, 0},
    {"[\\1-\\3]", "2", 1, 1, 1, 1},
    {"[\\1-\\3]", "3", 1, 1, 1, 1},
    {"[\\1-\\3]", "4", 0, 0, 0, 0},
    {"[[-\\]]", "\\", 1, 1, 1, 1},
    {"[[-\\]]", "[", 1, 1, 1, 1},
    {"[[-\\]]", "]", 1, 1, 1, 1},
    {"[[-\\]]", "-", 0, 0, 0, 0},
    {"-*-*-*-*-*-*-12-*-*-*-m-*-*-*",
     "-adobe-courier-bold-o-normal--12-120-75-75-m-70-iso8859-1", 1, 1, 1, 1},
    {"-*-*-*-*-*-*-12-*-*-*-m-*-*-*",
     "-adobe-courier-bold-o-normal--12-120-75-75-X-70-iso8859-1", 0, 0, 0, 0},
    {"-*-*-*-*-*-*-12-*-*-*-m-*-*-*",
     "-adobe-courier-bold-o-normal--12-120-75-75-/-70-iso8859-1", 0, 0, 0, 0},
    {"XXX/*/*/*/*/*/*/12/*/*/*/m/*/*/*",
     "XXX/adobe/courier/bold/o/normal//12/120/75/75/m/70/iso8859/1", 1, 1, 1,
     1},
    {"XXX/*/*/*/*/*/*/12/*/*/*/m/*/*/*",
     "XXX/adobe/courier/bold/o/normal//12/120/75/75/X/70/iso8859/1", 0, 0, 0,
     0},
    {"**/*a*b*g*n*t", "abcd/abcdefg/abcdefghijk/abcdefghijklmnop.txt", 1, 1, 1,
     1},
    {"**/*a*b*g*n*t", "abcd/abcdefg/abcdefghijk/abcdefghijklmnop.txtz", 0, 0, 0,
     0},
    {"*/*/*", "foo", 0, 0, 0, 0},
    {"*/*/*", "foo/bar", 0, 0, 0, 0},
    {"*/*/*", "foo/bba/arr", 1, 1, 1, 1},
    {"*/*/*", "foo/bb/aa/rr", 0, 0, 1, 1},
    {"**/**/**", "foo/bb/aa/rr", 1, 1, 1, 1},
    {"*X*i", "abcXdefXghi", 1, 1, 1, 1},
    {"*X*i", "ab/cXd/efXg/hi", 0, 0, 1, 1},
    {"*/*X*/*/*i", "ab/cXd/efXg/hi", 1, 1, 1, 1},
    {"**/*X*/**/*i", "ab/cXd/efXg/hi", 1, 1, 1, 1},
    {"fo", "foo", 0, 0, 0, 0},
    {"foo/bar", "foo/bar", 1, 1, 1, 1},
    {"foo/*", "foo/bar", 1, 1, 1, 1},
    {"foo/*", "foo/bba/arr", 0, 0, 1, 1},
    {"foo/**", "foo/bba/arr", 1, 1, 1, 1},
    {"foo*", "foo/bba/arr", 0, 0, 1, 1},
    {"foo**", "foo/bba/arr", 0, 0, 1, 1},
    {"foo/*arr", "foo/bba/arr", 0, 0, 1, 1},
    {"foo/**arr", "foo/bba/arr", 0, 0, 1, 1},
    {"foo/*z", "foo/bba/arr", 0, 0, 0, 0},
    {"foo/**z", "foo/bba/arr", 0, 0, 0, 0},
    {"foo?bar", "foo/bar", 0, 0, 1, 1},
    {"foo[/]bar", "foo/bar", 0, 0, 1, 1},
    {"foo[^a-z]bar", "foo/bar", 0, 0, 1, 1},
    {"*Xg*i", "ab/cXd/efXg/hi", 0, 0, 1, 1},
    {"[A-Z]", "a", 0, 1, 0, 1},
    {"[A-Z]", "A", 1, 1, 1, 1},
    {"[a-z]", "A", 0, 1, 0, 1},
    {"[a-z]", "a", 1, 1, 1, 1},
    {"[[:upper:]]", "a", 0, 1, 0, 1},
    {"[[:upper:]]", "A", 1, 1, 1, 1},
    {"[[:lower:]]", "A", 0, 1, 0, 1},
    {"[[:lower:]]", "a", 1, 1, 1, 1},
    {"[B-Za]", "A", 0, 1, 0, 1},
    {"[B-Za]", "a", 1, 1, 1, 1},
    {"[B-a]", "A", 0, 1, 0, 1},
    {"[B-a]", "a", 1, 1, 1, 1},
    {"[Z-y]", "z", 0, 1, 0, 1},
    {"[Z-y]", "Z", 1, 1, 1, 1},
};

static void test_scanner_ignore__wildmatch(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(wild_cases) / sizeof(wild_cases[0]); i++) {
		const wild_case *c = &wild_cases[i];
		int got[4], k;
		const int want[4] = {c->pathname, c->ipathname, c->plain,
		                     c->iplain};
		static const unsigned int flags[4] = {
		    HDRCHECK__WILD_PATHNAME,
		    HDRCHECK__WILD_PATHNAME | HDRCHECK__WILD_CASEFOLD, 0,
		    HDRCHECK__WILD_CASEFOLD};

		for (k = 0; k < 4; k++) {
			got[k] =
			    hdrcheck__wildmatch(c->pattern, c->text, flags[k]);
			if (got[k] != want[k])
				fail_msg("\"%s\" vs \"%s\", flags %u: %d, "
				         "expected %d",
				         c->pattern, c->text, flags[k], got[k],
				         want[k]);
		}
	}
}

static void test_scanner_ignore__casefold(void **state)
{
	(void)state;
	assert_false(hdrcheck__wildmatch("*.C", "a.c", 0));
	assert_true(hdrcheck__wildmatch("*.C", "a.c", HDRCHECK__WILD_CASEFOLD));
	assert_true(
	    hdrcheck__wildmatch("[A-Z]x", "qx", HDRCHECK__WILD_CASEFOLD));
	assert_true(
	    hdrcheck__wildmatch("[[:upper:]]", "q", HDRCHECK__WILD_CASEFOLD));
}

/* A path's verdict: 1 excluded, -1 re-included, 0 no rule. */
static int verdict(const hdrcheck__ignore_list *l, const char *path, int is_dir)
{
	return hdrcheck__ignore_list_match(l, path, strlen(path), is_dir, 0);
}

static void test_scanner_ignore__list(void **state)
{
	static const char text[] = "\xef\xbb\xbf"
	                           "*.o\n"
	                           "# a comment\n"
	                           "\n"
	                           "!keep.o\n"
	                           "build/\n"
	                           "/top.txt\n"
	                           "docs/*.html\n"
	                           "space\\ \n"
	                           "spaces   \n"
	                           "\\#hash\n"
	                           "\\!bang\n"
	                           "crlf\r\n"
	                           "!\n"
	                           "/\n"
	                           "last";
	hdrcheck__ignore_list *l = NULL;

	(void)state;
	assert_int_equal(
	    hdrcheck__ignore_list_parse(&l, "sub/", text, sizeof(text) - 1), 0);
	/* a name anywhere below */
	assert_int_equal(verdict(l, "sub/a.o", 0), 1);
	assert_int_equal(verdict(l, "sub/x/y/a.o", 0), 1);
	assert_int_equal(verdict(l, "sub/x/keep.o", 0), -1);
	assert_int_equal(verdict(l, "sub/a.c", 0), 0);
	/* directories only */
	assert_int_equal(verdict(l, "sub/build", 1), 1);
	assert_int_equal(verdict(l, "sub/build", 0), 0);
	assert_int_equal(verdict(l, "sub/x/build", 1), 1);
	/* anchored at the file's directory */
	assert_int_equal(verdict(l, "sub/top.txt", 0), 1);
	assert_int_equal(verdict(l, "sub/x/top.txt", 0), 0);
	assert_int_equal(verdict(l, "sub/docs/a.html", 0), 1);
	assert_int_equal(verdict(l, "sub/docs/x/a.html", 0), 0);
	assert_int_equal(verdict(l, "sub/x/docs/a.html", 0), 0);
	/* escapes and trailing spaces */
	assert_int_equal(verdict(l, "sub/space ", 0), 1);
	assert_int_equal(verdict(l, "sub/space", 0), 0);
	assert_int_equal(verdict(l, "sub/spaces", 0), 1);
	assert_int_equal(verdict(l, "sub/#hash", 0), 1);
	assert_int_equal(verdict(l, "sub/!bang", 0), 1);
	assert_int_equal(verdict(l, "sub/crlf", 0), 1);
	assert_int_equal(verdict(l, "sub/last", 0), 1);
	/* the BOM is not part of the first rule */
	assert_int_equal(verdict(l, "sub/x.o", 0), 1);
	hdrcheck__ignore_list_free(l);

	/* the last matching rule decides */
	assert_int_equal(
	    hdrcheck__ignore_list_parse(&l, "", "!a\na\n*\n!b*\n", 12), 0);
	assert_int_equal(verdict(l, "a", 0), 1);
	assert_int_equal(verdict(l, "b1", 0), -1);
	assert_int_equal(verdict(l, "x/b1", 1), -1);
	hdrcheck__ignore_list_free(l);

	/* case: core.ignoreCase */
	assert_int_equal(
	    hdrcheck__ignore_list_parse(&l, "Dir/", "/Name\n*.TXT\n", 12), 0);
	assert_int_equal(verdict(l, "dir/name", 0), 0);
	assert_int_equal(hdrcheck__ignore_list_match(l, "dir/name", 8, 0, 1),
	                 1);
	assert_int_equal(hdrcheck__ignore_list_match(l, "dir/a.txt", 9, 0, 1),
	                 1);
	hdrcheck__ignore_list_free(l);
	hdrcheck__ignore_list_free(NULL);
}

/* A pattern that would take exponential time without git's aborts. */
static void test_scanner_ignore__no_blowup(void **state)
{
	char text[201];

	(void)state;
	memset(text, 'a', 200);
	text[200] = '\0';
	assert_false(hdrcheck__wildmatch("*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b",
	                                 text, HDRCHECK__WILD_PATHNAME));
	assert_false(
	    hdrcheck__wildmatch("**/*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b", text, 0));
}

/* Many "**\/" under the depth limit against a deep path: each "**" may
 * take any number of directories, so a naive matcher tries every split. */
static void test_scanner_ignore__many_starstar(void **state)
{
	size_t n = 2000, depth = 60, i;
	char *pattern = malloc(3 * n + 2), *path = malloc(2 * depth + 2);

	(void)state;
	assert_non_null(pattern);
	assert_non_null(path);
	for (i = 0; i < n; i++)
		memcpy(pattern + 3 * i, "**/", 3);
	memcpy(pattern + 3 * n, "x", 2);
	for (i = 0; i < depth; i++)
		memcpy(path + 2 * i, "a/", 2);
	memcpy(path + 2 * depth, "y", 2);
	assert_false(
	    hdrcheck__wildmatch(pattern, path, HDRCHECK__WILD_PATHNAME));
	path[2 * depth] = 'x';
	assert_true(
	    hdrcheck__wildmatch(pattern, path, HDRCHECK__WILD_PATHNAME));
	free(pattern);
	free(path);
}

/* "**\/a/" repeated, which cannot be folded, against "a/" repeated: the
 * step budget ends it (no match) in bounded time; short ones still match. */
static void test_scanner_ignore__starstar_budget(void **state)
{
	size_t n = 40, depth = 80, i;
	char pattern[6 * 40 + 2], path[2 * 80 + 2];

	(void)state;
	for (i = 0; i < n; i++)
		memcpy(pattern + 5 * i, "**/a/", 5);
	memcpy(pattern + 5 * n, "x", 2);
	for (i = 0; i < depth; i++)
		memcpy(path + 2 * i, "a/", 2);
	memcpy(path + 2 * depth, "y", 2);
	assert_false(
	    hdrcheck__wildmatch(pattern, path, HDRCHECK__WILD_PATHNAME));
	assert_true(hdrcheck__wildmatch("**/a/**/a/x", "b/a/c/d/a/x",
	                                HDRCHECK__WILD_PATHNAME));
	assert_false(hdrcheck__wildmatch("**/a/**/a/x", "b/a/c/d/b/x",
	                                 HDRCHECK__WILD_PATHNAME));
}

/* "**\/" repeated past any sane depth: no match, and no stack overflow
 * (git's recursion has no bound). */
static void test_scanner_ignore__deep_recursion(void **state)
{
	size_t n = 200000, i;
	char *pattern = malloc(3 * n + 2);
	hdrcheck__ignore_list *l = NULL;

	(void)state;
	assert_non_null(pattern);
	for (i = 0; i < n; i++)
		memcpy(pattern + 3 * i, "**/", 3);
	memcpy(pattern + 3 * n, "x", 2);
	assert_false(
	    hdrcheck__wildmatch(pattern, "a/b/y", HDRCHECK__WILD_PATHNAME));
	/* a shallow one still works */
	assert_true(hdrcheck__wildmatch(pattern + 3 * (n - 3), "a/b/x",
	                                HDRCHECK__WILD_PATHNAME));
	assert_int_equal(
	    hdrcheck__ignore_list_parse(&l, "", pattern, 3 * n + 1), 0);
	assert_int_equal(hdrcheck__ignore_list_match(l, "a/b/y", 5, 0, 0), 0);
	hdrcheck__ignore_list_free(l);
	free(pattern);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_scanner_ignore__wildmatch),
	    cmocka_unit_test(test_scanner_ignore__casefold),
	    cmocka_unit_test(test_scanner_ignore__list),
	    cmocka_unit_test(test_scanner_ignore__no_blowup),
	    cmocka_unit_test(test_scanner_ignore__many_starstar),
	    cmocka_unit_test(test_scanner_ignore__starstar_budget),
	    cmocka_unit_test(test_scanner_ignore__deep_recursion),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
