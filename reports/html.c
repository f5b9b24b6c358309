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
 * The HTML audit report: one self-contained page for legal review. No
 * network: the style and a little script are inline, the chart is inline
 * SVG, and a Content-Security-Policy allows nothing but that style and
 * script (by their SHA-256), so even a failure of escaping could not run
 * anything. Every path and every string from file content is escaped
 * (display form, then HTML).
 *
 * The page is written for a legal reviewer, in the order of the review:
 * what was scanned (repository, commit, date, tool, policy, declared
 * license), the status summary with a chart, a glossary of the statuses,
 * the violations, the files under other licenses with their copyright
 * holders (third-party code), the declared license (the LICENSE files),
 * an attribution draft for a NOTICE file, the license inventory (license
 * -> files), the copyright holders, compliance per directory, the skipped
 * files by reason, and last the long listing of every file. Printed, the
 * summary and the violations come first and the long lists of the
 * inventory stay folded (the listing at the end has every file). The
 * tables sort and filter with the script; the page reads the same
 * without it. Sections far below the screen are not laid out until
 * scrolled to (content-visibility), so 40,000 files load quickly.
 */

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "common.h"
#include "digest/digest.h"
#include "reports/reports.h"

/* At most this many files listed under one license, holder or reason. */
#define MAX_LISTED 10000
/* Printed, a list of more files than this stays folded: the listing of
 * every file at the end has them. */
#define PRINT_LISTED 200
/* The rows of one part of a long table (next_row()). */
#define CHUNK_ROWS 500
/* The attribution draft names at most this many files per holder. */
#define NOTICE_PATHS 3

static const char report_css[] =
    ":root {\n"
    "  --ok: #1a7f37; --missing: #cf222e; --mismatch: #bc4c00;\n"
    "  --other_license: #8250df; --skipped: #6e7781; --error: #24292f;\n"
    "  --line: #d0d7de; --muted: #57606a; --head: #f6f8fa;\n"
    "}\n"
    "* { box-sizing: border-box; }\n"
    "body {\n"
    "  font: 14px/1.45 system-ui, -apple-system, \"Segoe UI\", Roboto, "
    "\"Helvetica Neue\", Arial, sans-serif;\n"
    "  color: #1f2328; margin: 0 auto; max-width: 1120px; padding: 24px;\n"
    "}\n"
    "h1 { font-size: 24px; margin: 0 0 12px; }\n"
    "h2 { font-size: 18px; margin: 32px 0 8px; padding-bottom: 4px; "
    "border-bottom: 1px solid var(--line); }\n"
    "a { color: #0969da; }\n"
    "table { border-collapse: collapse; width: 100%; }\n"
    "th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid "
    "var(--line); vertical-align: top; }\n"
    "th { background: var(--head); font-weight: 600; }\n"
    "table.sortable th { cursor: pointer; user-select: none; }\n"
    "th[aria-sort=ascending]::after { content: \" \\25B2\"; }\n"
    "th[aria-sort=descending]::after { content: \" \\25BC\"; }\n"
    ".num { text-align: right; font-variant-numeric: tabular-nums; }\n"
    "table.meta { width: auto; }\n"
    "table.meta th { background: none; width: 8em; }\n"
    "code, .path { font-family: ui-monospace, SFMono-Regular, Menlo, "
    "Consolas, monospace; font-size: 13px; overflow-wrap: anywhere; }\n"
    ".verdict { font-size: 16px; font-weight: 600; padding: 8px 12px; "
    "border-radius: 6px; display: inline-block; margin: 8px 0; }\n"
    ".verdict.pass { background: #dafbe1; color: #116329; }\n"
    ".verdict.fail { background: #ffebe9; color: #a40e26; }\n"
    ".tag { display: inline-block; padding: 0 7px; border-radius: 10px; "
    "color: #fff; font-size: 12px; white-space: nowrap; }\n"
    ".tag.ok { background: var(--ok); }\n"
    ".tag.missing { background: var(--missing); }\n"
    ".tag.mismatch { background: var(--mismatch); }\n"
    ".tag.other_license { background: var(--other_license); }\n"
    ".tag.skipped { background: var(--skipped); }\n"
    ".tag.error { background: var(--error); }\n"
    "td.st { font-size: 12px; font-weight: 600; white-space: nowrap; }\n"
    "td.st.ok { color: var(--ok); }\n"
    "td.st.missing { color: var(--missing); }\n"
    "td.st.mismatch { color: var(--mismatch); }\n"
    "td.st.other_license { color: var(--other_license); }\n"
    "td.st.skipped { color: var(--skipped); }\n"
    "td.st.error { color: var(--error); }\n"
    "ul.paths li { font-family: ui-monospace, SFMono-Regular, Menlo, "
    "Consolas, monospace; font-size: 13px; overflow-wrap: anywhere; }\n"
    ".summary { display: flex; gap: 32px; flex-wrap: wrap; align-items: "
    "flex-start; }\n"
    ".summary table { width: auto; min-width: 300px; }\n"
    ".summary svg { max-width: 100%; height: auto; }\n"
    ".bar { display: inline-block; height: 8px; background: var(--ok); "
    "vertical-align: middle; }\n"
    ".tools { margin: 6px 0; }\n"
    ".filter { padding: 4px 8px; width: 300px; max-width: 100%; border: 1px "
    "solid var(--line); border-radius: 6px; font: inherit; }\n"
    ".shown { margin-left: 8px; color: var(--muted); }\n"
    ".muted { color: var(--muted); }\n"
    "details ul { margin: 4px 0 4px 18px; padding: 0; }\n"
    "summary { cursor: pointer; }\n"
    "nav { margin: 12px 0; }\n"
    "nav a { margin-right: 14px; }\n"
    "footer { margin-top: 40px; color: var(--muted); font-size: 12px; }\n"
    "h3 { font-size: 15px; margin: 16px 0 6px; }\n"
    "dl.glossary { display: grid; grid-template-columns: max-content 1fr; "
    "gap: 4px 14px; margin: 8px 0; }\n"
    "dl.glossary dt { font-weight: 600; }\n"
    "dl.glossary dd { margin: 0; }\n"
    "ul.facts { margin: 8px 0; padding-left: 18px; }\n"
    "pre.notice { white-space: pre-wrap; overflow-wrap: anywhere; "
    "background: var(--head); border: 1px solid var(--line); "
    "border-radius: 6px; padding: 12px; font-size: 13px; }\n"
    ".print-only { display: none; }\n"
    /* fixed layout: the columns need not wait for 40,000 rows */
    "table.fixed { table-layout: fixed; }\n"
    /* a part of a long table is laid out only when near the screen */
    "div.chunk { content-visibility: auto; "
    "contain-intrinsic-size: auto 12000px; }\n"
    ".violation-table :is(th, td):nth-child(1) { width: 44%; }\n"
    ".violation-table :is(th, td):nth-child(2) { width: 13%; }\n"
    ".violation-table :is(th, td):nth-child(3) { width: 6%; }\n"
    ".third-party-table :is(th, td):nth-child(1) { width: 18%; }\n"
    ".third-party-table :is(th, td):nth-child(2) { width: 42%; }\n"
    ".third-party-table :is(th, td):nth-child(3) { width: 13%; }\n"
    ".file-table :is(th, td):nth-child(1) { width: 46%; }\n"
    ".file-table :is(th, td):nth-child(2) { width: 12%; }\n"
    ".file-table :is(th, td):nth-child(3) { width: 15%; }\n"
    ".file-table :is(th, td):nth-child(4) { width: 15%; }\n"
    ".warn { color: #a40e26; }\n"
    "@media screen {\n"
    "  section.long { content-visibility: auto; "
    "contain-intrinsic-size: auto 1200px; }\n"
    "}\n"
    "@media print {\n"
    "  @page { margin: 1.5cm; }\n"
    "  body { max-width: none; padding: 0; font-size: 11px; }\n"
    "  nav, .tools { display: none; }\n"
    "  .print-only { display: inline; }\n"
    "  #files { break-before: page; }\n"
    "  #files td, #files th { padding: 1px 4px; font-size: 9px; }\n"
    "  #files .path, #files .tag { font-size: 9px; }\n"
    "  h2, h3 { break-after: avoid; }\n"
    "  tr { break-inside: avoid; }\n"
    "  a { color: inherit; text-decoration: none; }\n"
    "  .verdict, .tag, .bar, svg, th { -webkit-print-color-adjust: exact; "
    "print-color-adjust: exact; }\n"
    "}\n";

static const char report_js[] =
    "(function () {\n"
    "  \"use strict\";\n"
    "  var each = function (list, fn) { Array.prototype.forEach.call(list, "
    "fn); };\n"
    "  var text = function (el) { return (el.textContent || \"\").trim(); "
    "};\n"
    "  var value = function (row, i) {\n"
    "    var cell = row.cells[i], v = cell ? cell.getAttribute(\"data-sort\")"
    " : \"\";\n"
    "    return v !== null ? v : text(cell);\n"
    "  };\n"
    /* a long table comes in parts of CHUNK_ROWS rows, each its own
     * table after the first (data-part-of): sorted and filtered as one */
    "  var parts = function (table) {\n"
    "    var list = [table];\n"
    "    each(document.querySelectorAll(\"table[data-part-of]\"), "
    "function (t) {\n"
    "      if (t.getAttribute(\"data-part-of\") === table.id) "
    "list.push(t);\n"
    "    });\n"
    "    return list;\n"
    "  };\n"
    "  var rowsOf = function (list) {\n"
    "    var rows = [];\n"
    "    list.forEach(function (t) { each(t.tBodies[0].rows, function (r) "
    "{ rows.push(r); }); });\n"
    "    return rows;\n"
    "  };\n"
    "  var sortBy = function (table, i, th) {\n"
    "    var list = parts(table), at = 0;\n"
    "    var numeric = th.classList.contains(\"num\");\n"
    "    var asc = th.getAttribute(\"aria-sort\") !== \"ascending\";\n"
    "    var sizes = list.map(function (t) { return t.tBodies[0].rows.length; "
    "});\n"
    /* each row's key read once: 40,000 rows sort in a blink */
    "    var keyed = rowsOf(list).map(function (r) {\n"
    "      var v = value(r, i);\n"
    "      return { row: r, key: numeric ? parseFloat(v) || 0 : v };\n"
    "    });\n"
    "    keyed.sort(function (a, b) {\n"
    "      var r = a.key < b.key ? -1 : a.key > b.key ? 1 : 0;\n"
    "      return asc ? r : -r;\n"
    "    });\n"
    "    each(th.parentNode.cells, function (h) { "
    "h.removeAttribute(\"aria-sort\"); });\n"
    "    th.setAttribute(\"aria-sort\", asc ? \"ascending\" : "
    "\"descending\");\n"
    "    list.forEach(function (t, j) {\n"
    "      var frag = document.createDocumentFragment(), m;\n"
    "      for (m = 0; m < sizes[j]; m++) frag.appendChild(keyed[at++].row);\n"
    "      t.tBodies[0].appendChild(frag);\n"
    "    });\n"
    "  };\n"
    "  var filter = function (table, input, note) {\n"
    "    var q = input.value.toLowerCase(), rows = rowsOf(parts(table));\n"
    "    var shown = 0, k, hit;\n"
    "    for (k = 0; k < rows.length; k++) {\n"
    "      hit = text(rows[k]).toLowerCase().indexOf(q) >= 0;\n"
    "      rows[k].hidden = !hit;\n"
    "      shown += hit ? 1 : 0;\n"
    "    }\n"
    "    note.textContent = q ? shown + \" of \" + rows.length + \" shown\" "
    ": \"\";\n"
    "  };\n"
    "  each(document.querySelectorAll(\"table.sortable\"), function (table) "
    "{\n"
    "    var bar = document.createElement(\"div\");\n"
    "    var input = document.createElement(\"input\");\n"
    "    var note = document.createElement(\"span\");\n"
    "    each(table.tHead.rows[0].cells, function (th, i) {\n"
    "      th.tabIndex = 0;\n"
    "      th.title = \"Sort\";\n"
    "      th.addEventListener(\"click\", function () { sortBy(table, i, "
    "th); });\n"
    "      th.addEventListener(\"keydown\", function (e) {\n"
    "        if (e.key === \"Enter\" || e.key === \" \") {\n"
    "          e.preventDefault();\n"
    "          sortBy(table, i, th);\n"
    "        }\n"
    "      });\n"
    "    });\n"
    "    input.type = \"search\";\n"
    "    input.className = \"filter\";\n"
    "    input.placeholder = \"Filter\\u2026\";\n"
    "    input.setAttribute(\"aria-label\", \"Filter: \" + "
    "(table.getAttribute(\"aria-label\") || \"table\"));\n"
    "    note.className = \"shown\";\n"
    "    bar.className = \"tools\";\n"
    "    bar.appendChild(input);\n"
    "    bar.appendChild(note);\n"
    "    table.parentNode.insertBefore(bar, table);\n"
    "    var timer = null, big = rowsOf(parts(table)).length > 2000;\n"
    "    input.addEventListener(\"input\", function () {\n"
    "      if (!big) return filter(table, input, note);\n"
    "      clearTimeout(timer);\n"
    "      timer = setTimeout(function () { filter(table, input, note); }, "
    "200);\n"
    "    });\n"
    "  });\n"
    "  var opened = [];\n"
    "  window.addEventListener(\"beforeprint\", function () {\n"
    "    each(document.querySelectorAll(\"details:not([open])\"), function "
    "(d) {\n"
    "      if (d.hasAttribute(\"data-print-folded\")) return;\n"
    "      d.open = true;\n"
    "      opened.push(d);\n"
    "    });\n"
    "  });\n"
    "  window.addEventListener(\"afterprint\", function () {\n"
    "    opened.forEach(function (d) { d.open = false; });\n"
    "    opened = [];\n"
    "  });\n"
    "  each(document.querySelectorAll(\"[data-count-rows]\"), function (el) "
    "{\n"
    "    var sel = el.getAttribute(\"data-count-rows\");\n"
    "    el.textContent = String(document.querySelectorAll(sel).length);\n"
    "  });\n"
    "  document.documentElement.setAttribute(\"data-ready\", \"1\");\n"
    "}());\n";

static const char *const status_colors[HDRCHECK_STATUS__COUNT] = {
    "#1a7f37", "#cf222e", "#bc4c00", "#8250df", "#6e7781", "#24292f"};

/* One finding under a key (a license, a directory, a holder, ...). */
typedef struct {
	const char *key; /* key_len bytes, not NUL-terminated */
	size_t key_len;
	size_t idx; /* of the finding */
} item;

typedef struct {
	size_t start, end; /* a run of items with the same key */
	const char *key;   /* that key, for sorting the groups */
	size_t key_len;
} group;

typedef struct {
	item *items;
	size_t count, cap;
	group *groups;
	size_t groups_count;
} grouping;

typedef struct {
	FILE *out;
	const hdrcheck_report *r;
	const hdrcheck_write_options *opts;
	hdrcheck_buf scratch;
	int error;      /* sticky: once set, the writers below do nothing */
	grouping third; /* the files under other licenses, by license */
} html;

static void put(html *h, const char *s)
{
	if (!h->error)
		fputs(s, h->out);
}

static void text_n(html *h, const char *s, size_t len)
{
	if (!h->error)
		h->error =
		    hdrcheck__report_put_markupn(h->out, &h->scratch, s, len);
}

static void text(html *h, const char *s)
{
	text_n(h, s, strlen(s));
}

static int add_item(grouping *g, const char *key, size_t len, size_t idx)
{
	if (g->count == g->cap) {
		size_t cap = g->cap ? g->cap * 2 : 64;
		item *p = hdrcheck__realloc(g->items, cap * sizeof(*p));

		if (!p)
			return HDRCHECK_ENOMEM;
		g->items = p;
		g->cap = cap;
	}
	g->items[g->count].key = key;
	g->items[g->count].key_len = len;
	g->items[g->count].idx = idx;
	g->count++;
	return 0;
}

static int compare_keys(const char *a, size_t an, const char *b, size_t bn)
{
	int c = memcmp(a, b, an < bn ? an : bn);

	if (c)
		return c;
	return an == bn ? 0 : an < bn ? -1 : 1;
}

static int compare_items(const void *a, const void *b)
{
	const item *x = a, *y = b;
	int c = compare_keys(x->key, x->key_len, y->key, y->key_len);

	if (c)
		return c;
	return x->idx < y->idx ? -1 : x->idx > y->idx;
}

static int compare_groups_by_size(const void *a, const void *b)
{
	const group *x = a, *y = b;
	size_t nx = x->end - x->start, ny = y->end - y->start;

	if (nx != ny)
		return nx > ny ? -1 : 1;
	return compare_keys(x->key, x->key_len, y->key, y->key_len);
}

static int finish_grouping(grouping *g, int by_size)
{
	size_t i, j;

	if (!g->count)
		return 0;
	qsort(g->items, g->count, sizeof(*g->items), compare_items);
	if (!(g->groups = hdrcheck__calloc(g->count, sizeof(*g->groups))))
		return HDRCHECK_ENOMEM;
	for (i = 0; i < g->count; i = j) {
		for (j = i + 1;
		     j < g->count &&
		     !compare_keys(g->items[i].key, g->items[i].key_len,
		                   g->items[j].key, g->items[j].key_len);
		     j++)
			;
		g->groups[g->groups_count].start = i;
		g->groups[g->groups_count].end = j;
		g->groups[g->groups_count].key = g->items[i].key;
		g->groups[g->groups_count].key_len = g->items[i].key_len;
		g->groups_count++;
	}
	if (by_size)
		qsort(g->groups, g->groups_count, sizeof(*g->groups),
		      compare_groups_by_size);
	return 0;
}

static void grouping_dispose(grouping *g)
{
	free(g->items);
	free(g->groups);
	memset(g, 0, sizeof(*g));
}

static void tag(html *h, hdrcheck_status s)
{
	if (h->error)
		return;
	fprintf(h->out, "<span class=\"tag %s\">%s</span>",
	        hdrcheck_status_name(s), hdrcheck_status_name(s));
}

/*
 * Before row n (0-based) of a long table whose first part has this id
 * (and class): past every CHUNK_ROWS rows, end the part and begin the
 * next, a table of its own in a div that is laid out only when scrolled
 * to. 33,000 rows in one table take seconds to lay out while the page is
 * parsed; in parts, only the ones on screen are.
 */
static void next_row(html *h, size_t n, const char *id)
{
	if (h->error || !n || n % CHUNK_ROWS)
		return;
	fprintf(h->out,
	        "</tbody>\n</table>%s\n<div class=\"chunk\"><table "
	        "class=\"fixed %s\" data-part-of=\"%s\"><tbody>\n",
	        n > CHUNK_ROWS ? "</div>" : "", id, id);
}

/* After the last of n rows. */
static void end_rows(html *h, size_t n)
{
	put(h, n > CHUNK_ROWS ? "</tbody>\n</table></div>\n"
	                      : "</tbody>\n</table>\n");
}

/* The status as a table cell: in the long tables, one element less per
 * row than a tag (40,000 rows parse faster). */
static void status_cell(html *h, hdrcheck_status s)
{
	if (h->error)
		return;
	fprintf(h->out, "<td class=\"st %s\">%s</td>", hdrcheck_status_name(s),
	        hdrcheck_status_name(s));
}

static void percent(html *h, size_t part, size_t whole)
{
	if (h->error)
		return;
	if (!whole)
		fputs("\xE2\x80\x94", h->out);
	else
		fprintf(h->out, "%.1f%%", 100.0 * (double)part / (double)whole);
}

/* A base64 "sha256-..." source of a CSP for the inline text s. */
static int csp_hash(char out[64], const char *s)
{
	unsigned char d[32];
	int error;

	if ((error = hdrcheck__sha256(d, s, strlen(s))) < 0)
		return error;
	memcpy(out, "sha256-", 7);
	hdrcheck__base64(out + 7, d, sizeof(d));
	return 0;
}

static size_t count_failing(const html *h)
{
	size_t i, n = 0;

	/* accepted violations (baseline, waivers) are counted apart */
	for (i = 0; i < h->r->count; i++)
		n += hdrcheck__report_finding_fails(h->opts,
		                                    &h->r->findings[i]) != 0;
	return n;
}

/* Does the start of name (a base name) spell stem, in any case? */
static int has_stem(const char *name, const char *stem)
{
	size_t i;

	for (i = 0; stem[i]; i++) {
		char c = name[i];

		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (c != stem[i])
			return 0;
	}
	return 1;
}

/*
 * Is base a notice file of this stem, by the classifier's rule: the stem
 * in any case, bare or with a documentation extension (license.md), or in
 * upper case with any suffix (LICENSE-MIT, COPYING.LIB)? A file a
 * configuration excluded ("license_tool.py") is not one.
 */
static int notice_name(const char *base, const char *stem)
{
	static const char *const exts[] = {"txt",  "md",   "markdown", "rst",
	                                   "html", "adoc", "asciidoc", "org"};
	size_t i, n = strlen(stem);

	if (!has_stem(base, stem))
		return 0;
	if (!base[n])
		return 1;
	for (i = 0; base[n] == '.' && i < HDRCHECK__ARRAY_SIZE(exts); i++)
		if (has_stem(base + n + 1, exts[i]) &&
		    !base[n + 1 + strlen(exts[i])])
			return 1;
	if (base[n] != '.' && base[n] != '-' && base[n] != '_')
		return 0;
	for (i = 0; i < n; i++)
		if (base[i] < 'A' || base[i] > 'Z')
			return 0;
	return 1;
}

/*
 * A license or notice file, as the classifier skips them (reason
 * "excluded"; it names the license of a license file's whole text; or
 * "symlink"): LICENSE_FILE for LICENSE, LICENCE, COPYING, COPYRIGHT and
 * the files of a LICENSES folder, NOTICE_FILE for NOTICE; 0 for anything
 * else.
 */
enum { LICENSE_FILE = 1, NOTICE_FILE };

static int notice_kind(const hdrcheck_finding *f)
{
	const char *base = hdrcheck__path_basename(f->path);
	size_t dir = (size_t)(base - f->path);

	/* a symbolic link (u-boot's COPYING) is named, not followed */
	if (f->status != HDRCHECK_STATUS_SKIPPED || !f->reason ||
	    (strcmp(f->reason, HDRCHECK_SKIP_EXCLUDED) &&
	     strcmp(f->reason, HDRCHECK_SKIP_SYMLINK)))
		return 0;
	if (notice_name(base, "notice"))
		return NOTICE_FILE;
	if (notice_name(base, "license") || notice_name(base, "licence") ||
	    notice_name(base, "copying") || notice_name(base, "copyright") ||
	    (dir >= 9 && !memcmp(base - 9, "LICENSES/", 9) &&
	     (dir == 9 || base[-10] == '/')))
		return LICENSE_FILE;
	return 0;
}

/* At the top of the tree (or in its LICENSES folder): the project's. */
static int at_top(const hdrcheck_finding *f)
{
	size_t dir = hdrcheck__report_dirlen(f->path);

	return !dir || (dir == 8 && !memcmp(f->path, "LICENSES", 8));
}

/*
 * A file under another license: checked, and its header names a license
 * other than the one its policy requires (third-party code, typically;
 * the status says whether the policy accepts it).
 */
static int is_third_party(const html *h, const hdrcheck_finding *f)
{
	return f->license && f->status != HDRCHECK_STATUS_SKIPPED &&
	       f->status != HDRCHECK_STATUS_ERROR &&
	       strcmp(f->license, hdrcheck_report_license_for(h->r, f)) != 0;
}

/* Group the files under other licenses by license (bytewise). */
static int group_third_party(grouping *g, const html *h)
{
	size_t i;
	int error = 0;

	for (i = 0; i < h->r->count && !error; i++)
		if (is_third_party(h, &h->r->findings[i]))
			error = add_item(g, h->r->findings[i].license,
			                 strlen(h->r->findings[i].license), i);
	return error ? error : finish_grouping(g, 0);
}

/* The holders of f, '\n'-separated in the report, one per line here. */
static void write_holder_lines(html *h, const hdrcheck_finding *f)
{
	const char *p = f->holders, *nl;

	while (p && *p && !h->error) {
		nl = strchr(p, '\n');
		text_n(h, p, nl ? (size_t)(nl - p) : strlen(p));
		if (nl)
			put(h, "<br>");
		p = nl ? nl + 1 : NULL;
	}
}

static void write_head(html *h)
{
	const char *root = h->r->root ? h->r->root : "";
	const char *name = hdrcheck__path_basename(root);
	char style_hash[64], script_hash[64];

	if (!h->error)
		h->error = csp_hash(style_hash, report_css);
	if (!h->error)
		h->error = csp_hash(script_hash, report_js);
	put(h, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
	       "<meta charset=\"utf-8\">\n"
	       "<meta name=\"viewport\" content=\"width=device-width, "
	       "initial-scale=1\">\n");
	if (!h->error)
		fprintf(h->out,
		        "<meta http-equiv=\"Content-Security-Policy\" "
		        "content=\"default-src 'none'; style-src '%s'; "
		        "script-src '%s'; img-src data:\">\n"
		        "<meta name=\"generator\" content=\"hdrcheck %s\">\n",
		        style_hash, script_hash, HDRCHECK_VERSION);
	put(h, "<title>License header audit: ");
	text(h, *name ? name : root);
	put(h, "</title>\n<style>");
	put(h, report_css);
	put(h, "</style>\n</head>\n<body>\n");
}

static void write_policy(html *h)
{
	grouping g = {0};
	size_t i, k = 0;
	int first = 1;

	put(h, "Required license: <b>");
	text(h, hdrcheck_report_policy_license(h->r));
	put(h, "</b>. Statuses that are violations: ");
	for (i = 0; i < HDRCHECK_STATUS__COUNT; i++)
		if (hdrcheck__report_fails(h->opts, (hdrcheck_status)i)) {
			put(h, first ? "" : ", ");
			put(h, hdrcheck_status_name((hdrcheck_status)i));
			first = 0;
		}
	put(h, first ? "none." : ".");
	if (h->opts->policy_detail) {
		put(h, "<br>");
		text(h, h->opts->policy_detail);
	}
	/* the per-path policies that decided the files, when named */
	for (i = 0; i < h->r->count && !h->error; i++)
		if (h->r->findings[i].policy)
			h->error =
			    add_item(&g, h->r->findings[i].policy,
			             strlen(h->r->findings[i].policy), i);
	if (!h->error)
		h->error = finish_grouping(&g, 1);
	if (g.groups_count)
		put(h, "<br>Policies applied: ");
	for (k = 0; k < g.groups_count && !h->error; k++) {
		const item *it = &g.items[g.groups[k].start];

		put(h, k ? ", " : "");
		text_n(h, it->key, it->key_len);
		fprintf(h->out, " (%zu)", g.groups[k].end - g.groups[k].start);
	}
	grouping_dispose(&g);
}

/* The project's declared license: the license of each license file at
 * the top of the tree, as its whole text was identified. */
static size_t write_declared_short(html *h)
{
	size_t i, n = 0;

	for (i = 0; i < h->r->count && !h->error; i++) {
		const hdrcheck_finding *f = &h->r->findings[i];

		if (notice_kind(f) != LICENSE_FILE || !at_top(f))
			continue;
		put(h, n++ ? "; " : "");
		if (f->license) {
			put(h, "<b>");
			text(h, f->license);
			put(h, "</b>");
		} else if (!strcmp(f->reason, HDRCHECK_SKIP_SYMLINK)) {
			put(h, "<span class=\"warn\">a symbolic link, not "
			       "followed</span>");
		} else {
			put(h, "<span class=\"warn\">not recognised</span>");
		}
		put(h, " (<code>");
		text(h, f->path);
		put(h, "</code>)");
	}
	if (!n)
		put(h, "<span class=\"warn\">none: no LICENSE or COPYING file "
		       "at the top of the tree</span>");
	return n;
}

static void write_header(html *h)
{
	const hdrcheck_report *r = h->r;
	const char *root = r->root ? r->root : "";
	const char *name = hdrcheck__path_basename(root);
	size_t failing = count_failing(h);
	char date[48];

	hdrcheck__report_date(date, sizeof(date), h->opts, 0);
	put(h, "<header>\n<h1>License header audit: ");
	text(h, *name ? name : root);
	put(h, "</h1>\n<table class=\"meta\">\n<tr><th>Repository</th>"
	       "<td><code id=\"meta-root\">");
	text(h, root);
	put(h, "</code> (");
	put(h, hdrcheck_source_kind_name(r->kind));
	put(h, ")</td></tr>\n<tr><th>Commit</th><td><code id=\"meta-commit\">");
	text(h, r->commit ? r->commit : "none");
	put(h, "</code></td></tr>\n<tr><th>Date</th><td id=\"meta-date\">");
	put(h, date);
	put(h, "</td></tr>\n<tr><th>Tool</th><td>hdrcheck " HDRCHECK_VERSION
	       ", SPDX License List ");
	put(h, hdrcheck_license_list_version());
	put(h, "</td></tr>\n<tr><th>Policy</th><td>");
	write_policy(h);
	put(h, "</td></tr>\n<tr><th>Declared license</th>"
	       "<td id=\"meta-declared\">");
	write_declared_short(h);
	put(h, "</td></tr>\n</table>\n");
	if (!h->error)
		fprintf(
		    h->out,
		    "<p class=\"verdict %s\" id=\"verdict\">%s%zu violation%s "
		    "in %zu file%s</p>\n",
		    failing ? "fail" : "pass",
		    failing ? "" : "Compliant: ", failing,
		    failing == 1 ? "" : "s", r->count,
		    r->count == 1 ? "" : "s");
	if (r->archive && !h->error) {
		size_t n = hdrcheck__report_archive_count(r->archive);

		fprintf(h->out,
		        "<p class=\"verdict %s\" id=\"archive-verdict\">",
		        n ? "fail" : "pass");
		put(h,
		    n ? "The archive differs from " : "The archive matches ");
		text(h, r->archive->against);
		if (n && !h->error)
			fprintf(h->out, " in %zu file%s", n, n == 1 ? "" : "s");
		put(h, "</p>\n");
	}
	put(h, "<nav><a href=\"#summary\">Summary</a>");
	if (r->archive)
		put(h, "<a href=\"#archive\">Archive</a>");
	put(h, "<a href=\"#glossary\">Glossary</a>"
	       "<a href=\"#violations\">Violations</a>"
	       "<a href=\"#third-party\">Other licenses</a>"
	       "<a href=\"#declared\">Declared license</a>"
	       "<a href=\"#attribution\">Attribution</a>"
	       "<a href=\"#licenses\">Licenses</a>"
	       "<a href=\"#holders\">Copyright holders</a>"
	       "<a href=\"#directories\">Directories</a>"
	       "<a href=\"#skipped\">Skipped</a>"
	       "<a href=\"#files\">All files</a></nav>\n"
	       "</header>\n");
}

static void write_chart(html *h)
{
	const hdrcheck_summary *s = &h->r->summary;
	size_t i, max = 0;
	unsigned int width;

	for (i = 0; i < HDRCHECK_STATUS__COUNT; i++)
		if (s->by_status[i] > max)
			max = s->by_status[i];
	if (h->error)
		return;
	fprintf(h->out,
	        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"440\" "
	        "height=\"%d\" viewBox=\"0 0 440 %d\" role=\"img\" "
	        "aria-labelledby=\"chart-title\" id=\"chart\">"
	        "<title id=\"chart-title\">Files by status</title>\n",
	        8 + 28 * HDRCHECK_STATUS__COUNT,
	        8 + 28 * HDRCHECK_STATUS__COUNT);
	for (i = 0; i < HDRCHECK_STATUS__COUNT; i++) {
		int y = 4 + 28 * (int)i;

		width = max ? (unsigned int)(260.0 * (double)s->by_status[i] /
		                             (double)max)
		            : 0;
		if (s->by_status[i] && !width)
			width = 1;
		fprintf(
		    h->out,
		    "<text x=\"0\" y=\"%d\" font-size=\"13\" "
		    "font-family=\"system-ui, sans-serif\" fill=\"#1f2328\">"
		    "%s</text><rect x=\"110\" y=\"%d\" width=\"%u\" "
		    "height=\"20\" rx=\"3\" fill=\"%s\"/><text x=\"%u\" "
		    "y=\"%d\" font-size=\"13\" font-family=\"system-ui, "
		    "sans-serif\" fill=\"#1f2328\">%zu</text>\n",
		    y + 15, hdrcheck_status_name((hdrcheck_status)i), y, width,
		    status_colors[i], 116 + width, y + 15, s->by_status[i]);
	}
	fputs("</svg>\n", h->out);
}

static void write_summary(html *h)
{
	const hdrcheck_summary *s = &h->r->summary;
	size_t i, checked = s->files - s->by_status[HDRCHECK_STATUS_SKIPPED];
	size_t failing_checked = 0;

	for (i = 0; i < HDRCHECK_STATUS__COUNT; i++)
		if (i != HDRCHECK_STATUS_SKIPPED &&
		    hdrcheck__report_fails(h->opts, (hdrcheck_status)i))
			failing_checked += s->by_status[i];
	put(h, "<section id=\"summary\">\n<h2>Status summary</h2>\n"
	       "<div class=\"summary\">\n");
	write_chart(h);
	put(h, "<table id=\"status-table\" aria-label=\"files by status\">"
	       "<thead><tr><th>Status</th><th class=\"num\">Files</th>"
	       "<th class=\"num\">Share</th></tr></thead>\n<tbody>\n");
	for (i = 0; i < HDRCHECK_STATUS__COUNT && !h->error; i++) {
		put(h, "<tr><td>");
		tag(h, (hdrcheck_status)i);
		fprintf(h->out,
		        "</td><td class=\"num\" id=\"count-%s\">%zu"
		        "</td><td class=\"num\">",
		        hdrcheck_status_name((hdrcheck_status)i),
		        s->by_status[i]);
		percent(h, s->by_status[i], s->files);
		put(h, "</td></tr>\n");
	}
	if (!h->error)
		fprintf(
		    h->out,
		    "</tbody>\n<tfoot><tr><th>files</th><th class=\"num\" "
		    "id=\"count-files\">%zu</th><th></th></tr></tfoot>\n"
		    "</table>\n</div>\n<p>Compliance: <b id=\"compliance\">",
		    s->files);
	percent(h, checked - failing_checked, checked);
	if (!h->error)
		fprintf(h->out,
		        "</b> of the %zu checked files (skipped files "
		        "excluded) have no violation.</p>\n",
		        checked);
	put(h, "<ul class=\"facts\"><li>Declared license: ");
	write_declared_short(h);
	if (!h->error)
		fprintf(h->out,
		        "</li><li>Violations: <b>%zu</b>, listed below.</li>"
		        "<li>Files under other licenses: <b>%zu</b>, in %zu "
		        "license%s, listed with their copyright holders after "
		        "the violations.</li></ul>\n",
		        count_failing(h), h->third.count, h->third.groups_count,
		        h->third.groups_count == 1 ? "" : "s");
	if (!h->error && (h->r->has_baseline || s->waived))
		fprintf(h->out,
		        "<p id=\"accepted\">Accepted violations, which do not "
		        "fail the run (counted above too): <b>%zu</b> "
		        "baselined, <b>%zu</b> waived; <b>%zu</b> stale "
		        "baseline entries.</p>\n",
		        s->baselined, s->waived, s->stale);
	put(h, "</section>\n");
}

/* A list of the files of one group, capped, each with its status when it
 * is not ok. */
static void write_file_list(html *h, const grouping *g, const group *gr)
{
	size_t k, n = gr->end - gr->start;

	put(h, "<ul class=\"paths\">");
	for (k = gr->start;
	     k < gr->end && k - gr->start < MAX_LISTED && !h->error; k++) {
		const hdrcheck_finding *f = &h->r->findings[g->items[k].idx];

		put(h, "<li>");
		text(h, f->path);
		if (f->status != HDRCHECK_STATUS_OK) {
			put(h, " ");
			tag(h, f->status);
		}
		put(h, "</li>");
	}
	if (n > MAX_LISTED && !h->error)
		fprintf(
		    h->out,
		    "<li class=\"muted\">\xE2\x80\xA6 and %zu more (see the "
		    "JSON report)</li>",
		    n - MAX_LISTED);
	put(h, "</ul>");
}

/* A table of groups: name (expandable to its files) and file count. */
static void write_groups(html *h, const grouping *g, const char *id,
                         const char *label, const char *key_head,
                         const char *empty_key)
{
	size_t k;

	if (!h->error)
		fprintf(h->out,
		        "<table class=\"sortable\" id=\"%s\" aria-label=\"%s\">"
		        "<thead><tr><th>%s</th><th class=\"num\">Files</th>"
		        "</tr></thead>\n<tbody>\n",
		        id, label, key_head);
	for (k = 0; k < g->groups_count && !h->error; k++) {
		const group *gr = &g->groups[k];
		const item *it = &g->items[gr->start];

		put(h, "<tr><td data-sort=\"");
		text_n(h, it->key, it->key_len);
		/* printed, a long list stays folded: "All files" has them */
		put(h, gr->end - gr->start > PRINT_LISTED
		           ? "\"><details data-print-folded><summary>"
		           : "\"><details><summary>");
		if (it->key_len)
			text_n(h, it->key, it->key_len);
		else
			put(h, empty_key);
		if (gr->end - gr->start > PRINT_LISTED)
			put(h, "<span class=\"print-only muted\"> (listed "
			       "under All files)</span>");
		put(h, "</summary>");
		write_file_list(h, g, gr);
		if (!h->error)
			fprintf(h->out,
			        "</details></td><td class=\"num\" "
			        "data-files=\"%zu\">%zu</td></tr>\n",
			        gr->end - gr->start, gr->end - gr->start);
	}
	put(h, "</tbody>\n</table>\n");
}

static void write_licenses(html *h)
{
	grouping g = {0};
	size_t i;

	/* every checked file, by the license its header names */
	for (i = 0; i < h->r->count && !h->error; i++) {
		const hdrcheck_finding *f = &h->r->findings[i];

		if (f->status == HDRCHECK_STATUS_SKIPPED)
			continue;
		h->error = add_item(&g, f->license ? f->license : "",
		                    f->license ? strlen(f->license) : 0, i);
	}
	if (!h->error)
		h->error = finish_grouping(&g, 1);
	put(h, "<section id=\"licenses\" class=\"long\">\n<h2>License "
	       "inventory</h2>\n"
	       "<p class=\"muted\">Every checked file, by the license its "
	       "header names. Expand a license to see its files.</p>\n");
	write_groups(h, &g, "license-table", "licenses", "License",
	             "<i>no license found</i>");
	put(h, "</section>\n");
	grouping_dispose(&g);
}

static void write_directories(html *h)
{
	grouping g = {0};
	size_t i, k;

	for (i = 0; i < h->r->count && !h->error; i++)
		h->error = add_item(
		    &g, h->r->findings[i].path,
		    hdrcheck__report_dirlen(h->r->findings[i].path), i);
	if (!h->error)
		h->error = finish_grouping(&g, 0);
	put(h, "<section id=\"directories\" class=\"long\">\n<h2>Compliance by "
	       "directory</h2>\n"
	       "<table class=\"sortable\" id=\"directory-table\" "
	       "aria-label=\"directories\"><thead><tr><th>Directory</th>"
	       "<th class=\"num\">Files</th><th class=\"num\">OK</th>"
	       "<th class=\"num\">Violations</th><th class=\"num\">Skipped</th>"
	       "<th class=\"num\">Compliance</th></tr></thead>\n<tbody>\n");
	for (k = 0; k < g.groups_count && !h->error; k++) {
		const group *gr = &g.groups[k];
		const item *it = &g.items[gr->start];
		size_t j, ok = 0, bad = 0, skipped = 0, bad_checked = 0;

		for (j = gr->start; j < gr->end; j++) {
			hdrcheck_status s =
			    h->r->findings[g.items[j].idx].status;
			int fails = hdrcheck__report_fails(h->opts, s);

			ok += s == HDRCHECK_STATUS_OK;
			skipped += s == HDRCHECK_STATUS_SKIPPED;
			bad += fails;
			bad_checked += fails && s != HDRCHECK_STATUS_SKIPPED;
		}
		put(h, "<tr><td class=\"path\">");
		if (it->key_len)
			text_n(h, it->key, it->key_len);
		else
			put(h, "<i>(top level)</i>");
		if (!h->error)
			fprintf(
			    h->out,
			    "</td><td class=\"num\">%zu</td><td class=\"num\">"
			    "%zu</td><td class=\"num\">%zu</td><td "
			    "class=\"num\">%zu</td><td class=\"num\">",
			    gr->end - gr->start, ok, bad, skipped);
		percent(h, gr->end - gr->start - skipped - bad_checked,
		        gr->end - gr->start - skipped);
		put(h, "</td></tr>\n");
	}
	put(h, "</tbody>\n</table>\n</section>\n");
	grouping_dispose(&g);
}

static void write_details(html *h, const hdrcheck_finding *f)
{
	const char *policy = hdrcheck_report_license_for(h->r, f);

	switch (f->status) {
	case HDRCHECK_STATUS_MISSING:
		put(h, "no license header (");
		text(h, policy);
		put(h, " required)");
		break;
	case HDRCHECK_STATUS_MISMATCH:
		text(h, policy);
		put(h, " header differs");
		if (f->reason) {
			put(h, ": ");
			text(h, f->reason);
		}
		break;
	case HDRCHECK_STATUS_OTHER_LICENSE:
		text(h, f->license ? f->license : "another license");
		put(h, " instead of ");
		text(h, policy);
		break;
	case HDRCHECK_STATUS_SKIPPED:
		put(h, "not checked: ");
		text(h, f->reason ? f->reason : "skipped");
		break;
	default:
		text(h, f->reason ? f->reason : "error");
		break;
	}
}

/* --archive --against, right after the summary: every difference fails
 * the run whatever --fail-on says. */
static void write_archive(html *h)
{
	const hdrcheck_archive_diff *d = h->r->archive;
	size_t i, n = hdrcheck__report_archive_count(d);

	if (!d || h->error)
		return;
	fprintf(h->out,
	        "<section id=\"archive\">\n<h2>Release archive "
	        "(<span id=\"archive-count\">%zu</span> "
	        "difference%s)</h2>\n<p>Compared with <code>",
	        n, n == 1 ? "" : "s");
	text(h, d->against);
	put(h, "</code> (commit <code>");
	text(h, d->commit ? d->commit : "");
	put(h, "</code>) by content, mode and link target: ");
	if (!n) {
		put(h, "the archive holds exactly the revision's "
		       "files.</p>\n</section>\n");
		return;
	}
	put(h, "each difference fails the run.</p>\n"
	       "<table class=\"sortable fixed archive-table\" "
	       "id=\"archive-table\" aria-label=\"archive differences\">"
	       "<thead><tr><th>File</th><th>Difference</th></tr></thead>\n"
	       "<tbody>\n");
	for (i = 0; i < n && !h->error; i++) {
		const hdrcheck_archive_change *c;
		const char *kind;
		const char *path =
		    hdrcheck__report_archive_item(d, i, &kind, &c);

		next_row(h, i, "archive-table");
		fprintf(h->out,
		        "<tr data-difference=\"%s\"><td class=\"path\">", kind);
		text(h, path);
		put(h, "</td><td>");
		hdrcheck__buf_clear(&h->scratch);
		if (!h->error && (h->error = hdrcheck__report_archive_describe(
		                      &h->scratch, d, i)) < 0)
			break;
		/* ASCII, but the scratch buffer is text()'s too */
		{
			char *words = hdrcheck__strdup(h->scratch.ptr);

			if (!words) {
				h->error = HDRCHECK_ENOMEM;
				break;
			}
			text(h, words);
			free(words);
		}
		put(h, "</td></tr>\n");
		if (!h->error && ferror(h->out))
			h->error = hdrcheck__report_write_failed(errno);
	}
	end_rows(h, n);
	put(h, "</section>\n");
}

static void write_violations(html *h)
{
	size_t i, rows = 0, failing = count_failing(h);

	if (!h->error)
		fprintf(h->out,
		        "<section id=\"violations\">\n<h2>Violations "
		        "(<span id=\"violations-count\">%zu</span>)</h2>\n",
		        failing);
	if (!failing) {
		put(h, "<p>No file violates the policy.</p>\n</section>\n");
		return;
	}
	put(h, "<p class=\"muted\">Shown: <span id=\"violations-rendered\" "
	       "data-count-rows=\"#violations tbody tr\"></span></p>\n"
	       "<table class=\"sortable fixed violation-table\" "
	       "id=\"violation-table\" "
	       "aria-label=\"violations\"><thead><tr><th>File</th>"
	       "<th>Status</th><th class=\"num\">Line</th><th>Details</th>"
	       "</tr></thead>\n<tbody>\n");
	for (i = 0; i < h->r->count && !h->error; i++) {
		const hdrcheck_finding *f = &h->r->findings[i];

		if (!hdrcheck__report_fails(h->opts, f->status))
			continue;
		next_row(h, rows++, "violation-table");
		fprintf(h->out, "<tr data-status=\"%s\"><td class=\"path\">",
		        hdrcheck_status_name(f->status));
		text(h, f->path);
		put(h, "</td>");
		status_cell(h, f->status);
		put(h, "<td class=\"num\">");
		if (f->line && !h->error)
			fprintf(h->out, "%u", f->line);
		put(h, "</td><td>");
		write_details(h, f);
		if (f->accepted == HDRCHECK_ACCEPTED_BASELINE)
			put(h, " (baselined)");
		else if (f->accepted == HDRCHECK_ACCEPTED_WAIVER) {
			put(h, " (waived: ");
			text(h, f->waiver);
			put(h, ")");
		}
		put(h, "</td></tr>\n");
		if (!h->error && ferror(h->out))
			h->error = hdrcheck__report_write_failed(errno);
	}
	end_rows(h, rows);
	put(h, "</section>\n");
}

static void write_skipped(html *h)
{
	grouping g = {0};
	size_t i;

	for (i = 0; i < h->r->count && !h->error; i++) {
		const hdrcheck_finding *f = &h->r->findings[i];
		const char *reason = f->reason ? f->reason : "unknown";

		if (f->status == HDRCHECK_STATUS_SKIPPED)
			h->error = add_item(&g, reason, strlen(reason), i);
	}
	if (!h->error)
		h->error = finish_grouping(&g, 1);
	if (!h->error)
		fprintf(h->out,
		        "<section id=\"skipped\" class=\"long\">\n<h2>Skipped "
		        "files "
		        "(<span id=\"skipped-count\">%zu</span>)</h2>\n",
		        g.count);
	if (g.count)
		write_groups(h, &g, "skipped-table", "skipped files", "Reason",
		             "");
	else
		put(h, "<p>No file was skipped.</p>\n");
	put(h, "</section>\n");
	grouping_dispose(&g);
}

static void write_holders(html *h)
{
	grouping g = {0};
	size_t i;

	for (i = 0; i < h->r->count && !h->error; i++) {
		const char *p = h->r->findings[i].holders, *nl;

		while (p && *p && !h->error) {
			nl = strchr(p, '\n');
			h->error = add_item(
			    &g, p, nl ? (size_t)(nl - p) : strlen(p), i);
			p = nl ? nl + 1 : NULL;
		}
	}
	if (!h->error)
		h->error = finish_grouping(&g, 1);
	if (!h->error)
		fprintf(h->out,
		        "<section id=\"holders\" "
		        "class=\"long\">\n<h2>Copyright holders "
		        "(<span id=\"holders-count\">%zu</span>)</h2>\n",
		        g.groups_count);
	if (g.groups_count) {
		put(h, "<p class=\"muted\">Names on the copyright lines of "
		       "the headers, years removed.</p>\n");
		write_groups(h, &g, "holder-table", "copyright holders",
		             "Holder", "");
	} else {
		put(h, "<p>No copyright line was found.</p>\n");
	}
	put(h, "</section>\n");
	grouping_dispose(&g);
}

/* The statuses in the words of docs/report-schema.md, for a reader who
 * is not an engineer; a new status must be explained here. */
_Static_assert(HDRCHECK_STATUS__COUNT == 6, "explain every status");
static const char *const status_meaning[HDRCHECK_STATUS__COUNT] = {
    "The file carries a license header that the policy accepts.",
    "No license header was found at the top of the file.",
    "The file has a header for the required license, but its wording "
    "differs from the accepted forms (a sentence missing or changed), or "
    "it states the license only in short or with an invalid identifier; "
    "the details say what differs.",
    "The header names a license other than the one the policy requires: "
    "typically third-party code. The license found is named.",
    "The file was not checked, for the reason given: binary, empty, "
    "symbolic link, submodule, Git LFS pointer, generated, excluded "
    "(license and notice files, configured exclusions), unsupported type "
    "(a format that cannot hold a comment) or vendored (third-party "
    "directories).",
    "The file could not be read, so it has no verdict."};

static void write_glossary(html *h)
{
	size_t i;

	put(h, "<section id=\"glossary\">\n<h2>Glossary</h2>\n"
	       "<dl class=\"glossary\">\n");
	for (i = 0; i < HDRCHECK_STATUS__COUNT && !h->error; i++) {
		fprintf(h->out, "<dt id=\"status-%s\">",
		        hdrcheck_status_name((hdrcheck_status)i));
		tag(h, (hdrcheck_status)i);
		put(h, "</dt><dd>");
		put(h, status_meaning[i]);
		put(h, hdrcheck__report_fails(h->opts, (hdrcheck_status)i)
		           ? " <b>A violation in this run.</b>"
		           : "");
		put(h, "</dd>\n");
	}
	put(h, "<dt>violation</dt><dd>A status that fails the run (the "
	       "policy's <code>--fail-on</code> set). A violation accepted "
	       "by a baseline or a waiver is still listed, marked "
	       "<i>baselined</i> or <i>waived</i>.</dd>\n"
	       "<dt>declared license</dt><dd>The license of the project's "
	       "LICENSE or COPYING file, recognised by its whole text.</dd>\n"
	       "<dt>other license</dt><dd>A checked file whose header names a "
	       "license other than the one its policy requires, whether or "
	       "not the policy accepts it.</dd>\n"
	       "<dt>copyright holder</dt><dd>A name on a copyright line of the "
	       "file's header, years removed.</dd>\n</dl>\n</section>\n");
}

/* The files under other licenses, by license, with their holders. */
static void write_third_party(html *h)
{
	const grouping *g = &h->third;
	size_t k, i, rows = 0, vendored = 0;

	for (i = 0; i < h->r->count; i++)
		vendored +=
		    h->r->findings[i].status == HDRCHECK_STATUS_SKIPPED &&
		    h->r->findings[i].reason &&
		    !strcmp(h->r->findings[i].reason, HDRCHECK_SKIP_VENDORED);
	if (!h->error)
		fprintf(
		    h->out,
		    "<section id=\"third-party\">\n<h2>Files under other "
		    "licenses (<span id=\"third-party-count\">%zu</span>)"
		    "</h2>\n<p class=\"muted\">Checked files whose header "
		    "names a license other than the one their policy "
		    "requires: third-party code, typically. The status says "
		    "whether the policy accepts the file.</p>\n",
		    g->count);
	if (!g->count)
		put(h, "<p>No checked file names another license.</p>\n");
	else
		put(h, "<table class=\"sortable fixed third-party-table\" "
		       "id=\"third-party-table\" aria-label=\"files under "
		       "other licenses\"><thead><tr>"
		       "<th>License</th><th>File</th><th>Status</th>"
		       "<th>Copyright holders</th></tr></thead>\n<tbody>\n");
	for (k = 0; k < g->groups_count && !h->error; k++)
		for (i = g->groups[k].start; i < g->groups[k].end && !h->error;
		     i++) {
			const hdrcheck_finding *f =
			    &h->r->findings[g->items[i].idx];

			next_row(h, rows++, "third-party-table");
			put(h, "<tr><td>");
			text(h, f->license);
			put(h, "</td><td class=\"path\">");
			text(h, f->path);
			put(h, "</td>");
			status_cell(h, f->status);
			put(h, "<td>");
			if (f->holders)
				write_holder_lines(h, f);
			else
				put(h, "<i class=\"muted\">none found</i>");
			put(h, "</td></tr>\n");
		}
	if (g->count)
		end_rows(h, rows);
	if (vendored && !h->error)
		fprintf(h->out,
		        "<p>Not checked: <b>%zu</b> file%s skipped as "
		        "<i>vendored</i> (third-party directories); see "
		        "<a href=\"#skipped\">Skipped files</a>.</p>\n",
		        vendored, vendored == 1 ? "" : "s");
	put(h, "</section>\n");
}

/* The license files: the project's (at the top), then the others. */
static void write_declared(html *h)
{
	size_t i, notices = 0, others = 0;

	put(h, "<section id=\"declared\">\n<h2>Declared license</h2>\n"
	       "<p id=\"declared-license\">The project's license files: ");
	put(h, write_declared_short(h)
	           ? ". A license is recognised by the file's whole text "
	             "against the SPDX License List."
	           : ".");
	put(h, " The policy requires <b>");
	text(h, hdrcheck_report_policy_license(h->r));
	put(h, "</b>.</p>\n<p>NOTICE files at the top: ");
	for (i = 0; i < h->r->count && !h->error; i++) {
		const hdrcheck_finding *f = &h->r->findings[i];

		if (notice_kind(f) == NOTICE_FILE && at_top(f)) {
			put(h, notices++ ? ", <code>" : "<code>");
			text(h, f->path);
			put(h, "</code>");
		}
		others += notice_kind(f) == LICENSE_FILE && !at_top(f);
	}
	put(h, notices ? ".</p>\n" : "none.</p>\n");
	if (!h->error)
		fprintf(h->out,
		        "<h3>License files elsewhere in the tree (<span "
		        "id=\"license-files-count\">%zu</span>)</h3>\n",
		        others);
	if (!others) {
		put(h, "<p>None.</p>\n</section>\n");
		return;
	}
	put(h, "<p class=\"muted\">Often the license of a bundled "
	       "component.</p>\n<table class=\"sortable\" "
	       "id=\"license-file-table\" aria-label=\"license files\">"
	       "<thead><tr><th>File</th><th>License</th></tr></thead>\n"
	       "<tbody>\n");
	for (i = 0; i < h->r->count && !h->error; i++) {
		const hdrcheck_finding *f = &h->r->findings[i];

		if (notice_kind(f) != LICENSE_FILE || at_top(f))
			continue;
		put(h, "<tr><td class=\"path\">");
		text(h, f->path);
		put(h, "</td><td>");
		if (f->license)
			text(h, f->license);
		else
			put(h, "<i class=\"muted\">not recognised</i>");
		put(h, "</td></tr>\n");
	}
	put(h, "</tbody>\n</table>\n</section>\n");
}

/* The paths of a run of items, at most NOTICE_PATHS of them. */
static void write_notice_paths(html *h, const grouping *g, size_t start,
                               size_t end)
{
	size_t k;

	put(h, "  (");
	for (k = start; k < end && k - start < NOTICE_PATHS && !h->error; k++) {
		put(h, k > start ? ", " : "");
		text(h, h->r->findings[g->items[k].idx].path);
	}
	if (end - start > NOTICE_PATHS && !h->error)
		fprintf(h->out, ", and %zu more", end - start - NOTICE_PATHS);
	put(h, ")\n");
}

/*
 * A draft for a NOTICE file: for each other license, its holders (each
 * once, with the files that name it), then the license files of bundled
 * components. Plain text in a <pre>, to be copied.
 */
static void write_attribution(html *h)
{
	const grouping *g = &h->third;
	size_t i, k, others = 0;

	put(h, "<section id=\"attribution\">\n<h2>Attribution</h2>\n"
	       "<p class=\"muted\">A draft for the NOTICE file: the copyright "
	       "holders of the files under other licenses, grouped by "
	       "license, and the license files of bundled components. Review "
	       "it before use: hdrcheck reads headers, not the components' "
	       "own notices.</p>\n<pre class=\"notice\" id=\"notice-draft\">");
	if (!g->count)
		put(h, "No file under another license was found.\n");
	else
		put(h, "This product includes files under other licenses:\n");
	for (k = 0; k < g->groups_count && !h->error; k++) {
		const group *gr = &g->groups[k];
		grouping by_holder = {0};
		size_t j, n = gr->end - gr->start;

		put(h, "\n");
		text_n(h, gr->key, gr->key_len);
		if (!h->error)
			fprintf(h->out, " (%zu file%s)\n", n,
			        n == 1 ? "" : "s");
		for (i = gr->start; i < gr->end && !h->error; i++) {
			const hdrcheck_finding *f =
			    &h->r->findings[g->items[i].idx];
			const char *p = f->holders, *nl;

			if (!p || !*p)
				h->error = add_item(&by_holder, "", 0,
				                    g->items[i].idx);
			while (p && *p && !h->error) {
				nl = strchr(p, '\n');
				h->error =
				    add_item(&by_holder, p,
				             nl ? (size_t)(nl - p) : strlen(p),
				             g->items[i].idx);
				p = nl ? nl + 1 : NULL;
			}
		}
		if (!h->error)
			h->error = finish_grouping(&by_holder, 0);
		for (j = 0; j < by_holder.groups_count && !h->error; j++) {
			const group *hg = &by_holder.groups[j];

			if (hg->key_len) {
				put(h, "    Copyright ");
				text_n(h, hg->key, hg->key_len);
			} else {
				put(h, "    (no copyright line found)");
			}
			write_notice_paths(h, &by_holder, hg->start, hg->end);
		}
		grouping_dispose(&by_holder);
	}
	for (i = 0; i < h->r->count && !h->error; i++) {
		const hdrcheck_finding *f = &h->r->findings[i];

		if (notice_kind(f) != LICENSE_FILE || at_top(f))
			continue;
		if (!others++)
			put(h, "\nThis product bundles components with their "
			       "own license files:\n");
		put(h, "    ");
		text(h, f->path);
		put(h, ": ");
		text(h, f->license ? f->license : "license not recognised");
		put(h, "\n");
	}
	put(h, "</pre>\n</section>\n");
}

/* Every file, last: the long listing a review may need to search. */
static void write_files(html *h)
{
	size_t i;

	if (!h->error)
		fprintf(h->out,
		        "<section id=\"files\" class=\"long\">\n<h2>All files "
		        "(<span id=\"files-count\">%zu</span>)</h2>\n"
		        "<table class=\"sortable fixed file-table\" "
		        "id=\"file-table\" "
		        "aria-label=\"all files\"><thead><tr><th>File</th>"
		        "<th>Status</th><th>License</th><th>Copyright holders"
		        "</th><th>Reason</th></tr></thead>\n<tbody>\n",
		        h->r->count);
	for (i = 0; i < h->r->count && !h->error; i++) {
		const hdrcheck_finding *f = &h->r->findings[i];

		next_row(h, i, "file-table");
		put(h, "<tr><td class=\"path\">");
		text(h, f->path);
		put(h, "</td>");
		status_cell(h, f->status);
		put(h, "<td>");
		if (f->license)
			text(h, f->license);
		put(h, "</td><td>");
		write_holder_lines(h, f);
		put(h, "</td><td>");
		if (f->reason)
			text(h, f->reason);
		put(h, "</td></tr>\n");
		if (!h->error && ferror(h->out))
			h->error = hdrcheck__report_write_failed(errno);
	}
	end_rows(h, h->r->count);
	put(h, "</section>\n");
}

int hdrcheck__report_write_html(FILE *out, const hdrcheck_report *r,
                                const hdrcheck_write_options *opts)
{
	html h = {out, r, opts, HDRCHECK_BUF_INIT, 0, {0}};
	char date[48];

	h.error = group_third_party(&h.third, &h);
	write_head(&h);
	write_header(&h);
	put(&h, "<main>\n");
	/* first what a reviewer acts on, last the long lists */
	write_summary(&h);
	write_archive(&h);
	write_glossary(&h);
	write_violations(&h);
	write_third_party(&h);
	write_declared(&h);
	write_attribution(&h);
	write_licenses(&h);
	write_holders(&h);
	write_directories(&h);
	write_skipped(&h);
	write_files(&h);
	hdrcheck__report_date(date, sizeof(date), opts, 0);
	put(&h,
	    "</main>\n<footer>Generated by hdrcheck " HDRCHECK_VERSION " on ");
	put(&h, date);
	put(&h, ". The JSON report (<code>--format json</code>) holds the "
	        "same findings for programs.</footer>\n<script>");
	put(&h, report_js);
	put(&h, "</script>\n</body>\n</html>\n");
	if (!h.error && ferror(out))
		h.error = hdrcheck__report_write_failed(errno);
	hdrcheck__buf_dispose(&h.scratch);
	grouping_dispose(&h.third);
	return h.error;
}
