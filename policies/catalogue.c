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

/* The catalogue's look-ups, and the public listing of it. */

#include <stdint.h>
#include <string.h>
#include "hdrcheck/licenses.h"
#include "policies/catalogue.h"

static int lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* Compare s[0..n) with the NUL-terminated id, ASCII case folded. */
static int icmp(const char *s, size_t n, const char *id)
{
	size_t i;

	for (i = 0; i < n && id[i]; i++) {
		int a = lower((unsigned char)s[i]),
		    b = lower((unsigned char)id[i]);

		if (a != b)
			return a < b ? -1 : 1;
	}
	if (i < n)
		return 1;
	return id[i] ? -1 : 0;
}

size_t hdrcheck__catalogue_count(void)
{
	return hdrcheck__spdx_entries_count;
}

const hdrcheck__spdx_entry *hdrcheck__catalogue_get(size_t i)
{
	return i < hdrcheck__spdx_entries_count ? &hdrcheck__spdx_entries[i]
	                                        : NULL;
}

const hdrcheck__spdx_header *
hdrcheck__catalogue_header(const hdrcheck__spdx_entry *e)
{
	size_t i;

	/* a few dozen, and only `hdrcheck licenses` asks */
	for (i = 0; e && i < hdrcheck__spdx_headers_count; i++)
		if (strcmp(hdrcheck__spdx_headers[i].id, e->id) == 0)
			return &hdrcheck__spdx_headers[i];
	return NULL;
}

size_t hdrcheck__catalogue_index(const hdrcheck__spdx_entry *e)
{
	return (size_t)(e - hdrcheck__spdx_entries);
}

const hdrcheck__spdx_entry *
hdrcheck__catalogue_lookup(const char *id, size_t len, int exception)
{
	size_t i, mask = hdrcheck__spdx_index_size - 1, h;
	uint32_t hash = 2166136261u;

	for (i = 0; i < len; i++)
		hash =
		    (hash ^ (uint32_t)lower((unsigned char)id[i])) * 16777619u;
	/* the generator placed every id by this hash (linear probing); an
	 * empty slot ends the probe */
	for (h = hash & mask; hdrcheck__spdx_index[h]; h = (h + 1) & mask) {
		const hdrcheck__spdx_entry *e =
		    &hdrcheck__spdx_entries[hdrcheck__spdx_index[h] - 1];

		if (icmp(id, len, e->id) == 0) {
			int is_exc = (e->flags & HDRCHECK__SPDX_EXCEPTION) != 0;

			return is_exc == (exception != 0) ? e : NULL;
		}
	}
	return NULL;
}

#define KEY_MAX 64

/* The comparison key of an id or name: lower case, without blanks and
 * ". - _", "+" spelt "orlater"; 0 when it does not fit. */
static size_t key_of(char *out, const char *s, size_t n)
{
	size_t i, k = 0;

	for (i = 0; i < n; i++) {
		int c = lower((unsigned char)s[i]);

		if (c == ' ' || c == '\t' || c == '.' || c == '-' || c == '_')
			continue;
		if (c == '+') {
			if (k + 7 > KEY_MAX)
				return 0;
			memcpy(out + k, "orlater", 7);
			k += 7;
			continue;
		}
		if (k == KEY_MAX)
			return 0;
		out[k++] = (char)c;
	}
	return k;
}

/* Levenshtein distance of two keys of at most KEY_MAX bytes. */
static size_t distance(const char *a, size_t an, const char *b, size_t bn)
{
	size_t row[KEY_MAX + 1], i, j;

	for (j = 0; j <= bn; j++)
		row[j] = j;
	for (i = 1; i <= an; i++) {
		size_t diag = row[0];

		row[0] = i;
		for (j = 1; j <= bn; j++) {
			size_t up = row[j],
			       best = diag + (a[i - 1] != b[j - 1]);

			if (up + 1 < best)
				best = up + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			diag = up;
			row[j] = best;
		}
	}
	return row[bn];
}

const char *hdrcheck__catalogue_suggest(const char *id, size_t len,
                                        int exception)
{
	char want[KEY_MAX], key[KEY_MAX];
	const char *best = NULL;
	size_t wn, kn, i, d, idlen, best_d = (size_t)-1;

	if (!(wn = key_of(want, id, len)))
		return NULL;
	for (i = 0; i < hdrcheck__spdx_entries_count; i++) {
		const hdrcheck__spdx_entry *e = &hdrcheck__spdx_entries[i];
		const char *name = e->replacement ? e->replacement : e->id;

		if (((e->flags & HDRCHECK__SPDX_EXCEPTION) != 0) !=
		    (exception != 0))
			continue;
		/* a deprecated id suggests its replacement; one without a
		 * replacement is not suggested */
		if ((e->flags & HDRCHECK__SPDX_DEPRECATED) && !e->replacement)
			continue;
		/* the full name spelt as an id ("MIT License"); a name that
		 * starts with another letter cannot be it */
		if (e->name && lower((unsigned char)e->name[0]) == want[0] &&
		    (kn = key_of(key, e->name, strlen(e->name))) && kn == wn &&
		    memcmp(key, want, wn) == 0)
			return name;
		/* an id's key is at most its length, and loses at most a
		 * few separators */
		idlen = strlen(e->id);
		if (idlen + 3 < wn || idlen > wn + 3 + 8)
			continue;
		if (!(kn = key_of(key, e->id, idlen)))
			continue;
		/* the distance is at least the difference in length, and
		 * only a distance of 3 or less is close */
		if ((kn > wn ? kn - wn : wn - kn) > 3)
			continue;
		if ((d = distance(want, wn, key, kn)) < best_d) {
			best_d = d;
			best = name;
		}
	}
	/* close: a few edits, and not most of a short id */
	if (best && best_d <= 3 && best_d * 6 < wn)
		return best;
	return NULL;
}

size_t hdrcheck_licenses_count(void)
{
	return hdrcheck__spdx_entries_count;
}

int hdrcheck_licenses_get(hdrcheck_license_info *out, size_t i)
{
	const hdrcheck__spdx_entry *e = hdrcheck__catalogue_get(i);

	if (!e || !out)
		return -1;
	memset(out, 0, sizeof(*out));
	out->id = e->id;
	out->name = e->name;
	out->replacement = e->replacement;
	out->osi = (e->flags & HDRCHECK__SPDX_OSI) != 0;
	out->deprecated = (e->flags & HDRCHECK__SPDX_DEPRECATED) != 0;
	out->exception = (e->flags & HDRCHECK__SPDX_EXCEPTION) != 0;
	out->has_text = e->text != NULL;
	out->has_header = hdrcheck__catalogue_header(e) != NULL;
	return 0;
}

const char *hdrcheck_license_list_version(void)
{
	return hdrcheck__spdx_list_version;
}
