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
 * Copyright holders for the reports: "Copyright 2019-2024 Foo Inc." names
 * "Foo Inc.". Only lines that START with a copyright marker count, so the
 * license texts that merely mention copyright ("regarding copyright
 * ownership", a wrapped "copyright notice, this list of conditions") are
 * not mistaken for notices. Plain byte scanning, no regex: this runs on
 * every checked file.
 */

#include <stdlib.h>
#include <string.h>
#include "policies/header.h"

/* Per file: hostile input must not make the list grow without bound. */
#define MAX_HOLDERS      16
#define MAX_HOLDER_BYTES 200

static int lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static int is_alpha(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static int is_blank(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

/* Case-insensitive: does s[i..n) start with the lower-case word w? */
static size_t ci_prefix(const char *s, size_t i, size_t n, const char *w)
{
	size_t k, len = strlen(w);

	if (n - i < len)
		return 0;
	for (k = 0; k < len; k++)
		if (lower((unsigned char)s[i + k]) != w[k])
			return 0;
	return len;
}

/* ci_prefix, and the word ends there (no letter or digit follows). */
static size_t ci_word(const char *s, size_t i, size_t n, const char *w)
{
	size_t len = ci_prefix(s, i, n, w);

	if (len && i + len < n &&
	    (is_alpha((unsigned char)s[i + len]) ||
	     is_digit((unsigned char)s[i + len])))
		return 0;
	return len;
}

static size_t skip_blanks(const char *s, size_t i, size_t n)
{
	while (i < n && is_blank((unsigned char)s[i]))
		i++;
	return i;
}

/* "(c)" or "©": the length of the symbol at s[i], or 0. The sign in
 * Latin-1 (or Windows-1252) is the byte A9 alone, outside any UTF-8
 * sequence; U+FFFD stands where a conversion lost it. */
static size_t symbol_at(const char *s, size_t i, size_t n)
{
	if (ci_prefix(s, i, n, "(c)"))
		return 3;
	if (n - i >= 2 && (unsigned char)s[i] == 0xC2 &&
	    (unsigned char)s[i + 1] == 0xA9)
		return 2;
	/* "Copyright () 2001": a (c) that lost its letter */
	if (ci_prefix(s, i, n, "()")) {
		size_t k = skip_blanks(s, i + 2, n);

		/* only before a year: "()  Grouping" is no notice */
		return k < n && is_digit((unsigned char)s[k]) ? 2 : 0;
	}
	/* U+FFFD where a conversion lost the sign ("Copyright \uFFFD
	 * 1998") */
	if (n - i >= 3 && (unsigned char)s[i] == 0xEF &&
	    (unsigned char)s[i + 1] == 0xBF && (unsigned char)s[i + 2] == 0xBD)
		return 3;
	/* the Latin-1 sign, not a byte of a UTF-8 sequence */
	if (i < n && (unsigned char)s[i] == 0xA9 &&
	    (i == 0 || (unsigned char)s[i - 1] < 0x80) &&
	    (i + 1 == n || ((unsigned char)s[i + 1] & 0xC0) != 0x80))
		return 1;
	return 0;
}

/* A dash between years: '-', en dash or em dash. */
static size_t dash_at(const char *s, size_t i, size_t n)
{
	if (n - i >= 2 && s[i] == '-' && s[i + 1] == '-')
		return 2;
	/* "2016~2018" */
	if (i < n && (s[i] == '-' || s[i] == '~'))
		return 1;
	if (n - i >= 3 && (unsigned char)s[i] == 0xE2 &&
	    (unsigned char)s[i + 1] == 0x80 &&
	    ((unsigned char)s[i + 2] == 0x93 ||
	     (unsigned char)s[i + 2] == 0x94))
		return 3;
	return 0;
}

/* A year: four digits not followed by a letter or digit. */
static size_t year_at(const char *s, size_t i, size_t n)
{
	size_t k = i;

	while (k < n && is_digit((unsigned char)s[k]))
		k++;
	if (k - i != 4 || (k < n && is_alpha((unsigned char)s[k])))
		return 0;
	return 4;
}

/* Two digits ending a range ("2019-20"), not followed by a letter or
 * digit. */
static int short_year_at(const char *s, size_t i, size_t n)
{
	return n - i >= 2 && is_digit((unsigned char)s[i]) &&
	       is_digit((unsigned char)s[i + 1]) &&
	       (n - i == 2 || (!is_digit((unsigned char)s[i + 2]) &&
	                       !is_alpha((unsigned char)s[i + 2])));
}

/*
 * Skip years: "2019", "2019-2024", "2019 - present", "2019, 2021": returns
 * the offset after them (and the separators), and whether any was seen.
 */
static size_t skip_years(const char *s, size_t i, size_t n, int *seen)
{
	size_t k, d;

	*seen = 0;
	for (;;) {
		k = i;
		while (k < n && (is_blank((unsigned char)s[k]) || s[k] == ',' ||
		                 s[k] == '<' || s[k] == '[' || s[k] == '>' ||
		                 s[k] == ']'))
			k++;
		/* "95, 96, 2000, 01 Foo": two digits in a list of years */
		if (!year_at(s, k, n) && short_year_at(s, k, n) &&
		    (*seen || (k + 2 < n &&
		               (s[k + 2] == ',' || dash_at(s, k + 2, n))))) {
			*seen = 1;
			i = k + 2;
			continue;
		}
		if (!year_at(s, k, n))
			break;
		k += 4;
		*seen = 1;
		i = k;
		k = skip_blanks(s, k, n);
		if ((d = dash_at(s, k, n)) != 0) {
			k = skip_blanks(s, k + d, n);
			if (year_at(s, k, n))
				i = k + 4;
			else if (ci_word(s, k, n, "present"))
				i = k + 7;
			else if (short_year_at(s, k, n))
				i = k + 2; /* "2019-20" */
		}
		/* "<1995-2014>," */
		while (i < n && (s[i] == '>' || s[i] == ']'))
			i++;
	}
	return i;
}

/* Words that follow "copyright" in license prose, never a holder. */
static int prose_word(const char *s, size_t i, size_t n)
{
	static const char *const words[] = {
	    "notice",   "notices",     "holder",     "holders", "owner",
	    "owners",   "ownership",   "and",        "or",      "law",
	    "laws",     "statement",   "statements", "license", "licence",
	    "licensed", "protection",  "claim",      "claims",  "is",
	    "of",       "in",          "to",         "for",     "on",
	    "under",    "information", "disclaimer", "text",    "line",
	    "lines",    "header",      "headers",    "year",    "years",
	    "act",      "infringement"};
	size_t k;

	for (k = 0; k < HDRCHECK__ARRAY_SIZE(words); k++)
		if (ci_word(s, i, n, words[k]))
			return 1;
	return 0;
}

/* Company and name suffixes whose final period belongs to the holder. */
static int keeps_period(const char *w, size_t len)
{
	static const char *const abbrevs[] = {
	    "inc", "ltd", "co", "corp", "llc", "plc", "lp", "llp", "pty", "jr",
	    "sr",  "bv",  "nv", "sa",   "ag",  "ab",  "as", "oy",  "kk",  "st"};
	char word[8];
	size_t k, m = 0;

	/* "s.r.o.", "B.V.": letters with periods inside */
	for (k = 0; k < len && (is_alpha((unsigned char)w[k]) || w[k] == '.');
	     k++)
		if (w[k] == '.' && k > 0 && k + 1 < len)
			m = 1;
	if (k == len && m)
		return 1;
	m = 0;
	for (k = 0; k < len; k++) {
		if (w[k] == '.')
			continue;
		if (m + 1 >= sizeof(word))
			return 0;
		word[m++] = (char)lower((unsigned char)w[k]);
	}
	word[m] = '\0';
	for (k = 0; k < HDRCHECK__ARRAY_SIZE(abbrevs); k++)
		if (!strcmp(word, abbrevs[k]))
			return 1;
	return 0;
}

/* Find "all rights reserved" in s[i..n) (case-insensitive). */
static size_t find_rights(const char *s, size_t i, size_t n)
{
	for (; i < n; i++)
		if (ci_prefix(s, i, n, "all rights reserved"))
			return i;
	return n;
}

/* Trim blanks, separators and a sentence's final period from s[i..e). */
static size_t trim_end(const char *s, size_t i, size_t e)
{
	size_t w;

	for (;;) {
		while (e > i &&
		       (is_blank((unsigned char)s[e - 1]) || s[e - 1] == ',' ||
		        s[e - 1] == ';' || s[e - 1] == ':'))
			e--;
		if (e == i || s[e - 1] != '.')
			break;
		for (w = e - 1; w > i && !is_blank((unsigned char)s[w - 1]);
		     w--)
			;
		if (keeps_period(s + w, e - 1 - w))
			break;
		e--;
	}
	return e;
}

/* Comment decoration and separators around a holder: "- ", " -", "*",
 * "---", "|", "=". */
static int is_decoration(unsigned char c)
{
	return is_blank(c) || c == '-' || c == '*' || c == '=' || c == '#' ||
	       c == '/' || c == '|' || c == '~' || c == '_' || c == ':' ||
	       c == ',' || c == ';';
}

/*
 * What a holder's text ends with that is not the holder: decoration, a
 * trailing year ("STMicroelectronics 2019 -"), a " - https://..." link, a
 * dangling "and" where the notice wraps onto the next line, and a
 * following sentence ("<a@b.org>.  You may use this under the").
 */
static size_t trim_holder(const char *s, size_t i, size_t e)
{
	size_t k, w, before;

	/* "Google Inc.; contributed by ...", "Bryan Braun; Licensed MIT";
	 * "Foo, Inc. Used with permission." */
	for (k = i + 1; k < e; k++)
		if (s[k] == ';' ||
		    (is_blank((unsigned char)s[k]) &&
		     ci_prefix(s, k + 1, e, "used with permission"))) {
			e = k;
			break;
		}
	/* "Foo Inc.  This file is licensed": two blanks after a period
	 * end a sentence, abbreviation or not */
	for (k = i + 1; k + 3 < e; k++)
		if (s[k] == '.' && is_blank((unsigned char)s[k + 1]) &&
		    is_blank((unsigned char)s[k + 2]) &&
		    is_alpha((unsigned char)s[skip_blanks(s, k + 1, e)])) {
			e = k + 1;
			break;
		}
	/* "Deti Fliegl 1999 (new USB architecture)": a year and a remark
	 * after the name */
	for (k = i + 1; k + 6 < e; k++)
		if (is_blank((unsigned char)s[k]) && year_at(s, k + 1, e) &&
		    s[k + 5] == ' ' && s[k + 6] == '(') {
			e = k;
			break;
		}

	/* a following sentence: ".  X" after a word that is no
	 * abbreviation or initial */
	for (k = i + 1; k + 2 < e; k++) {
		if (s[k] != '.' || !is_blank((unsigned char)s[k + 1]))
			continue;
		w = skip_blanks(s, k + 1, e);
		if (w >= e || s[w] < 'A' || s[w] > 'Z')
			continue;
		for (before = k;
		     before > i && !is_blank((unsigned char)s[before - 1]);
		     before--)
			;
		if (k - before <= 1 || keeps_period(s + before, k - before))
			continue;
		e = k;
		break;
	}
	/* a link after the name: "Toradex - https://www.toradex.com/",
	 * "CZ.NIC (http://www.nic.cz/)"; one in "<...>" is kept, as an
	 * e-mail address is; so is ", Author: ..." cut */
	for (k = i + 1; k + 1 < e; k++) {
		if (s[k] == ',' &&
		    ci_prefix(s, skip_blanks(s, k + 1, e), e, "author")) {
			e = k;
			break;
		}
		if (!is_blank((unsigned char)s[k]))
			continue;
		w = k;
		while (w < e && (is_blank((unsigned char)s[w]) || s[w] == '-' ||
		                 s[w] == ',' || s[w] == '('))
			w++;
		if (ci_prefix(s, w, e, "http://") ||
		    ci_prefix(s, w, e, "https://") ||
		    ci_prefix(s, w, e, "www.")) {
			e = k;
			break;
		}
	}
	for (;;) {
		size_t was = e;
		int seen;

		while (e > i && is_decoration((unsigned char)s[e - 1]))
			e--;
		/* "Joel Schopp (the ugly bit)", "Tyan (written by ...)": a
		 * remark after the name */
		if (e - i > 4 && s[e - 1] == ')') {
			for (w = e - 1; w > i && s[w - 1] != '('; w--)
				;
			if (w > i + 1 && s[w] >= 'a' && s[w] <= 'z' &&
			    !memchr(s + w, '@', e - w))
				e = w - 1;
		}
		/* "Altera Corporation (C)": a sign after the name, in any
		 * of its spellings ("(C)", "©", Latin-1, U+FFFD) */
		for (w = 1; w <= 3 && e - i > w + 1; w++)
			if (symbol_at(s, e - w, e) == w &&
			    is_blank((unsigned char)s[e - w - 1])) {
				e -= w;
				break;
			}
		/* "Alexander Graf et al" */
		if (e - i > 6 &&
		    (ci_prefix(s, e - 6, e, " et al") ||
		     ci_prefix(s, e - 7 > i ? e - 7 : i, e, " et al.")))
			e -= s[e - 1] == '.' ? 7 : 6;
		/* "Imagination Technologies Limited and/or its" (the line
		 * wraps; affiliates follow) */
		if (e - i > 11 && ci_prefix(s, e - 11, e, " and/or its"))
			e -= 11;
		else if (e - i > 8 && (ci_prefix(s, e - 8, e, " and its") ||
		                       ci_prefix(s, e - 7, e, " or its")))
			e -= ci_prefix(s, e - 8, e, " and its") ? 8 : 7;
		/* a trailing year or range */
		for (w = e; w > i && (is_digit((unsigned char)s[w - 1]) ||
		                      s[w - 1] == '-' ||
		                      is_blank((unsigned char)s[w - 1]));
		     w--)
			;
		w = skip_blanks(s, w, e);
		if (w > i && w < e && is_blank((unsigned char)s[w - 1]) &&
		    skip_years(s, w, e, &seen) == e && seen)
			e = w;
		/* "Cirrus Logic, Inc. and" */
		for (w = e; w > i && !is_blank((unsigned char)s[w - 1]); w--)
			;
		if (w > i && (ci_word(s, w, e, "and") == e - w ||
		              ci_word(s, w, e, "or") == e - w ||
		              (e - w == 1 && s[w] == '&')))
			e = w;
		e = trim_end(s, i, e);
		if (e == was)
			break;
	}
	return e;
}

/*
 * A template's placeholder, not a holder: "ORGANIZATION", "<year> <name
 * of author>", "NAME HERE <EMAIL ADDRESS>", "[name of copyright owner]".
 * Every word is a placeholder word, and the text is bracketed or all in
 * capitals.
 */
static int placeholder(const char *s, size_t n)
{
	static const char *const words[] = {
	    "year",         "yyyy",     "name",      "names",    "of",
	    "the",          "author",   "authors",   "owner",    "owners",
	    "holder",       "holders",  "copyright", "here",     "email",
	    "address",      "your",     "company",   "fullname", "organization",
	    "organisation", "date",     "project",   "and",      "or",
	    "contributors", "licensor", "x"};
	size_t i = 0, k, w;
	int bracket = 0, lower_seen = 0;

	for (k = 0; k < n; k++) {
		if (s[k] == '<' || s[k] == '[' || s[k] == '{')
			bracket = 1;
		if (s[k] >= 'a' && s[k] <= 'z')
			lower_seen = 1;
	}
	if (!bracket && lower_seen)
		return 0;
	while (i < n) {
		int known = 0;

		while (i < n && !is_alpha((unsigned char)s[i])) {
			if (is_digit((unsigned char)s[i]) ||
			    (unsigned char)s[i] >= 0x80 || s[i] == '@')
				return 0;
			i++;
		}
		if (i == n)
			break;
		for (w = i;
		     w < n && (is_alpha((unsigned char)s[w]) || s[w] == '_');
		     w++)
			;
		for (k = 0; k < HDRCHECK__ARRAY_SIZE(words) && !known; k++)
			if (ci_word(s, i, w, words[k]) == w - i)
				known = 1;
		if (!known)
			return 0;
		i = w;
	}
	return 1;
}

/* Is s[0..n) legal forms of a company alone ("Inc.", "Co., Ltd."): no
 * holder ("Copyright 2018 Inc.")? */
static int legal_form(const char *s, size_t n)
{
	size_t i = 0, w;
	int any = 0;

	while (i < n) {
		while (i < n && !is_alpha((unsigned char)s[i])) {
			if (is_digit((unsigned char)s[i]) ||
			    (unsigned char)s[i] >= 0x80)
				return 0;
			i++;
		}
		if (i == n)
			break;
		for (w = i; w < n && is_alpha((unsigned char)s[w]); w++)
			;
		if (!hdrcheck__legal_form(s + i, w - i))
			return 0;
		any = 1;
		i = w;
	}
	return any;
}

/* "key: " at s[i] (a word of letters, digits, '-' and '_', then ':' and
 * a blank): the offset past it, or 0. */
static size_t key_before(const char *s, size_t i, size_t n)
{
	size_t k = i;

	/* no ':' in reach: no key (most lines, cheaply) */
	if (i >= n || !memchr(s + i, ':', n - i < 33 ? n - i : 33))
		return 0;
	while (k < n && k - i < 32 &&
	       (is_alpha((unsigned char)s[k]) ||
	        is_digit((unsigned char)s[k]) || s[k] == '-' || s[k] == '_'))
		k++;
	if (k == i || k + 1 >= n || s[k] != ':' ||
	    !is_blank((unsigned char)s[k + 1]))
		return 0;
	return skip_blanks(s, k + 1, n);
}

size_t hdrcheck__copyright_holder(const char *line, size_t len,
                                  const char **holder)
{
	const char *s = line;
	size_t i, m, e, n = len;
	int strong = 0, years, letter = 0, word = 1;

	i = skip_blanks(s, 0, n);
	/* every marker starts with s (SPDX-), c (Copyright), p (Portions),
	 * '(' or a byte of a sign (U+00A9, Latin-1 A9, U+FFFD): any other
	 * line is a notice only after a key ("c: Copyright ...") */
	if (i < n &&
	    !((unsigned char)s[i] >= 0x80 || s[i] == '(' ||
	      memchr("sScCpP", s[i], 6)) &&
	    !key_before(s, i, n))
		return 0;
	/* a key of front matter or a field list before the statement:
	 * "c: Copyright (C) Foo" (curl's Markdown pages) */
	if (!ci_prefix(s, i, n, "spdx-filecopyrighttext:") &&
	    (m = key_before(s, i, n)) != 0 &&
	    (ci_word(s, m, n, "copyright") || symbol_at(s, m, n)))
		i = m;
	/* "Portions Copyright (c) 1996-2010, Foo": the holder of a part of
	 * the file (PostgreSQL's derived code, Mozilla's, Apple's) */
	if ((m = ci_word(s, i, n, "portions")) != 0 &&
	    (ci_word(s, skip_blanks(s, i + m, n), n, "copyright") ||
	     symbol_at(s, skip_blanks(s, i + m, n), n)))
		i = skip_blanks(s, i + m, n);
	if ((m = ci_prefix(s, i, n, "spdx-filecopyrighttext:")) != 0) {
		strong = 1;
	} else if ((m = ci_word(s, i, n, "copyright")) != 0) {
		/* prose like "copyright notice" is rejected below */
	} else if ((m = symbol_at(s, i, n)) != 0) {
		strong = 1;
		word = 0;
	} else {
		return 0;
	}
	i += m;
	/* more markers: "Copyright (c)", "Copyright: ©", "(C) Copyright" */
	for (;;) {
		i = skip_blanks(s, i, n);
		if (i < n && s[i] == ':') {
			i++;
			strong = 1;
		} else if (i < n && s[i] == ',' &&
		           symbol_at(s, skip_blanks(s, i + 1, n), n)) {
			i++; /* "Copyright, (C) 2015 Foo" */
		} else if ((m = symbol_at(s, i, n)) != 0) {
			i += m;
			strong = 1;
		} else if ((m = ci_word(s, i, n, "copyright")) != 0) {
			i += m;
			word = 1;
		} else {
			break;
		}
	}
	i = skip_blanks(s, skip_years(s, i, n, &years), n);
	/* markers after the years: "Copyright 2015 (C) Foo" */
	while ((m = symbol_at(s, i, n)) != 0 ||
	       (m = ci_word(s, i, n, "copyright")) != 0) {
		int more;

		strong |= m != 9;
		i = skip_blanks(s, skip_years(s, i + m, n, &more), n);
		years |= more;
	}
	/* separators and decoration before the holder: "2013 - Foo" */
	while (i < n && (s[i] == ',' || s[i] == '.' || s[i] == ':' ||
	                 s[i] == '-' || is_blank((unsigned char)s[i])))
		i++;
	/* a no-break space (U+00A0) before the name */
	while (n - i >= 2 && (unsigned char)s[i] == 0xC2 &&
	       (unsigned char)s[i + 1] == 0xA0)
		i = skip_blanks(s, i + 2, n);
	if ((m = ci_word(s, i, n, "by")) != 0 ||
	    (m = ci_word(s, i, n, "for")) != 0)
		i = skip_blanks(s, i + m, n);
	if (!strong && !years &&
	    (i == n || (s[i] >= 'a' && s[i] <= 'z') || prose_word(s, i, n)))
		return 0;
	/* "(C) aplay -D ..." is an item "(C)" of a list, not a notice: a
	 * bare sign needs a name, or a year */
	if (!years && !word && i < n && s[i] >= 'a' && s[i] <= 'z')
		return 0;
	/* the rest of a notice cut across two lines ("... Corporation or",
	 * "or affiliates and other contributors") */
	if (ci_word(s, i, n, "or") || ci_word(s, i, n, "and") ||
	    ci_word(s, i, n, "of"))
		return 0;

	e = trim_holder(s, i, find_rights(s, i, n));
	if (e - i > MAX_HOLDER_BYTES) {
		e = i + MAX_HOLDER_BYTES;
		/* never cut a UTF-8 sequence */
		while (e > i && ((unsigned char)s[e] & 0xC0) == 0x80)
			e--;
		e = trim_holder(s, i, e);
	}
	/* "(Juan Flores)": the name in parentheses */
	if (e - i > 2 && s[i] == '(' && s[e - 1] == ')' &&
	    !memchr(s + i + 1, ')', e - i - 2)) {
		/* "(440 port)": a remark, not a name */
		for (m = i; m < e; m++)
			if (is_digit((unsigned char)s[m]))
				return 0;
		i++;
		e--;
	}
	for (m = i; m < e; m++)
		if (is_alpha((unsigned char)s[m]) ||
		    (unsigned char)s[m] >= 0x80)
			letter = 1;
	if (!letter || placeholder(s + i, e - i) || legal_form(s + i, e - i))
		return 0;
	*holder = s + i;
	return e - i;
}

/* The next letter, digit or non-ASCII byte of s[*i..n) in lower case,
 * skipping other ASCII (blanks, punctuation); -1 at the end. */
static int key_byte(const char *s, size_t *i, size_t n)
{
	while (*i < n && (unsigned char)s[*i] < 0x80 &&
	       !is_alpha((unsigned char)s[*i]) &&
	       !is_digit((unsigned char)s[*i]))
		(*i)++;
	if (*i == n)
		return -1;
	return lower((unsigned char)s[(*i)++]);
}

/* Do a[0..an) and b[0..bn) spell the same holder ("ARM Ltd" and "Arm
 * Ltd.")? Case and punctuation aside, the same letters and digits in the
 * same words (reports/util.c merges the report's holders by the same
 * rule). */
static int same_holder(const char *a, size_t an, const char *b, size_t bn)
{
	size_t i = 0, j = 0;

	/* "The Regents of ..." and "Regents of ...": a leading article
	 * aside */
	if (an > 4 && ci_word(a, 0, an, "the") && is_blank((unsigned char)a[3]))
		i = 4;
	if (bn > 4 && ci_word(b, 0, bn, "the") && is_blank((unsigned char)b[3]))
		j = 4;

	for (;;) {
		size_t pi = i, pj = j;
		int x = key_byte(a, &i, an), y = key_byte(b, &j, bn);
		/* something skipped between two words: a word break, which
		 * must be on both sides */
		int bx = pi > 0 && i - 1 > pi, by = pj > 0 && j - 1 > pj;

		if (x != y || (x >= 0 && bx != by))
			return 0;
		if (x < 0)
			return 1;
	}
}

/* Is h[0..n) already one of the '\n'-separated entries of list? */
static int listed(const hdrcheck_buf *list, const char *h, size_t n)
{
	const char *p = list->ptr, *end, *nl;

	if (!p) /* empty: no arithmetic on a NULL pointer */
		return 0;
	end = p + list->len;
	while (p < end) {
		nl = memchr(p, '\n', (size_t)(end - p));
		if (!nl)
			nl = end;
		if (same_holder(p, (size_t)(nl - p), h, n))
			return 1;
		p = nl + 1;
	}
	return 0;
}

/* Does s[0..n) start with a copyright marker? */
static int marked(const char *s, size_t n)
{
	size_t i = skip_blanks(s, 0, n);

	return ci_prefix(s, i, n, "spdx-filecopyrighttext") ||
	       ci_word(s, i, n, "copyright") || symbol_at(s, i, n);
}

/* Does the notice on s[0..n) wrap onto the next line ("... of the
 * University of", "Limited and/or its")? Its last word is one that
 * cannot end a name. */
static int wraps(const char *s, size_t n)
{
	static const char *const words[] = {"of",  "the",    "and", "or",
	                                    "its", "and/or", "for", "&"};
	size_t e = n, w, k;

	while (e > 0 && is_blank((unsigned char)s[e - 1]))
		e--;
	for (w = e; w > 0 && !is_blank((unsigned char)s[w - 1]); w--)
		;
	for (k = 0; k < HDRCHECK__ARRAY_SIZE(words); k++)
		if (e - w == strlen(words[k]) &&
		    ci_prefix(s, w, e, words[k]) == e - w)
			return 1;
	return 0;
}

/* Put holder h[0..n) at list's end as clean UTF-8 on one line: valid
 * sequences kept, any other byte read as Latin-1 ("Jos\xE9" is "José"), C1
 * controls as U+FFFD, line ends as blanks (the list is '\n'-separated). */
static int put_holder(hdrcheck_buf *list, const char *h, size_t n)
{
	const unsigned char *p = (const unsigned char *)h;
	size_t i = 0, k, from = list->len;
	int error = 0;

	if (hdrcheck__utf8_is_valid(h, n)) {
		error = hdrcheck__buf_put(list, h, n);
		i = n;
	}
	while (i < n && error == 0) {
		char two[2];

		if ((k = hdrcheck__utf8_valid_len(p + i, n - i)) != 0) {
			error = hdrcheck__buf_put(list, h + i, k);
			i += k;
			continue;
		}
		if (p[i] < 0xA0) {
			error = hdrcheck__buf_put(list, "\xEF\xBF\xBD", 3);
		} else {
			two[0] = (char)(0xC0 | (p[i] >> 6));
			two[1] = (char)(0x80 | (p[i] & 0x3F));
			error = hdrcheck__buf_put(list, two, 2);
		}
		i++;
	}
	for (k = from; error == 0 && k < list->len; k++)
		if (list->ptr[k] == '\n' || list->ptr[k] == '\r')
			list->ptr[k] = ' ';
	return error;
}

/* Add h[0..n) to list (put_holder) unless a spelling of it is there. */
static int add_holder(hdrcheck_buf *list, size_t *count, const char *h,
                      size_t n)
{
	hdrcheck_buf before;
	size_t start = list->len, k;
	int error;

	if (!n || *count >= MAX_HOLDERS)
		return 0;
	if (*count && (error = hdrcheck__buf_put(list, "\n", 1)) < 0)
		return error;
	k = list->len;
	if ((error = put_holder(list, h, n)) < 0)
		return error;
	/* compared as written, in UTF-8: "Lled\xf3" twice is one holder */
	before = *list;
	before.len = start;
	if (*count && listed(&before, list->ptr + k, list->len - k)) {
		list->len = start;
		list->ptr[start] = '\0';
		return 0;
	}
	(*count)++;
	return 0;
}

/* One notice's holders: "Linaro Limited, 2015 ARM Ltd" names two, each
 * after its years. */
static int add_holders(hdrcheck_buf *list, size_t *count, const char *h,
                       size_t n)
{
	size_t k, y, e;
	int seen, error;

	for (k = 1; k + 5 < n; k++) {
		if (h[k] != ',')
			continue;
		y = skip_years(h, k + 1, n, &seen);
		for (e = y;
		     e < n && (is_blank((unsigned char)h[e]) || h[e] == ',');
		     e++)
			;
		if (!seen || e == y || e >= n || !is_alpha((unsigned char)h[e]))
			continue;
		if ((error = add_holder(list, count, h, trim_holder(h, 0, k))) <
		    0)
			return error;
		h += e;
		n -= e;
		k = 0;
	}
	return add_holder(list, count, h, trim_holder(h, 0, n));
}

int hdrcheck__copyright_holders(char **out, const hdrcheck__comments *cm)
{
	hdrcheck_buf list = HDRCHECK_BUF_INIT, joined = HDRCHECK_BUF_INIT;
	const char *h = NULL;
	size_t i, n, count = 0;
	int error = 0;

	for (i = 0; i < cm->count && count < MAX_HOLDERS; i++) {
		const char *t = cm->lines[i].text;
		size_t len = cm->lines[i].len;

		/* a notice cut at the line's end goes on on the next line,
		 * unless that is a notice of its own */
		if (i + 1 < cm->count && wraps(t, len) &&
		    hdrcheck__copyright_holder(t, len, &h) &&
		    !marked(cm->lines[i + 1].text, cm->lines[i + 1].len) &&
		    cm->lines[i + 1].len < MAX_HOLDER_BYTES) {
			hdrcheck__buf_clear(&joined);
			if ((error = hdrcheck__buf_put(&joined, t, len)) < 0 ||
			    (error = hdrcheck__buf_put(&joined, " ", 1)) < 0 ||
			    (error = hdrcheck__buf_put(
			         &joined, cm->lines[i + 1].text,
			         cm->lines[i + 1].len)) < 0)
				goto done;
			t = joined.ptr;
			len = joined.len;
		}
		n = hdrcheck__copyright_holder(t, len, &h);
		if (n && (error = add_holders(&list, &count, h, n)) < 0)
			goto done;
	}
	*out = count ? list.ptr : NULL;
	if (count)
		list.ptr = NULL;
done:
	hdrcheck__buf_dispose(&list);
	hdrcheck__buf_dispose(&joined);
	return error;
}
