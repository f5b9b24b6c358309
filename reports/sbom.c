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
 * SBOM formats, all from one model of the report: SPDX 2.3 as JSON and as
 * tag-value, CycloneDX 1.6 JSON. docs/reports.md describes the mapping.
 *
 * The model: every finding with digests is a file (symbolic links,
 * submodules and files that could not be read have none, and no place in
 * a document that requires checksums); its strings in display form (as
 * the text report shows them: valid UTF-8, no control character), so that
 * the three formats carry the same names; the license expression split
 * into the licenses SPDX's licenseInfoInFiles lists.
 */

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "common.h"
#include "digest/digest.h"
#include "hdrcheck/check.h"
#include "policies/catalogue.h"
#include "reports/reports.h"

typedef struct {
	const hdrcheck_finding *f;
	char *name;      /* display form of the path */
	char *copyright; /* holders, display form, '\n'-separated; or NULL */
	char *license;   /* display form of the expression; or NULL */
	hdrcheck_vector infos; /* licenseInfoInFiles: malloc'd strings */
} sbom_file;

typedef struct {
	sbom_file *files;
	size_t count;
	hdrcheck_vector refs; /* LicenseRef- ids found, sorted, unique */
	hdrcheck_vector all;  /* every license id found, sorted, unique */
	char *name;           /* the package: the root's base name */
	char *version;        /* --rev as given, or the commit, or NULL */
	char verification[HDRCHECK__SHA1_HEX];
	char *uri_name; /* name, percent-encoded */
	char date[32];
	char list_version[16]; /* "3.28" (SPDX wants major.minor) */
} sbom;

static char *display(const char *s)
{
	hdrcheck_buf b = HDRCHECK_BUF_INIT;

	if (hdrcheck__report_display(&b, s, strlen(s)) < 0) {
		hdrcheck__buf_dispose(&b);
		return NULL;
	}
	if (!b.ptr)
		return hdrcheck__strdup("");
	hdrcheck__buf_cstr(&b);
	return b.ptr;
}

static int compare_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Add a copy of s to a sorted set kept as a vector (sorted at the end). */
static int set_add(hdrcheck_vector *v, const char *s, size_t len)
{
	char *copy = hdrcheck__malloc(len + 1);

	if (!copy)
		return HDRCHECK_ENOMEM;
	memcpy(copy, s, len);
	copy[len] = '\0';
	if (hdrcheck__vector_push(v, copy) < 0) {
		free(copy);
		return HDRCHECK_ENOMEM;
	}
	return 0;
}

static void set_finish(hdrcheck_vector *v)
{
	size_t i, k = 0;

	if (!v->len)
		return;
	qsort(v->items, v->len, sizeof(*v->items), compare_str);
	for (i = 0; i < v->len; i++) {
		if (k && !strcmp(v->items[k - 1], v->items[i])) {
			free(v->items[i]);
			continue;
		}
		v->items[k++] = v->items[i];
	}
	v->len = k;
}

static void set_dispose(hdrcheck_vector *v)
{
	size_t i;

	for (i = 0; i < v->len; i++)
		free(v->items[i]);
	hdrcheck__vector_dispose(v);
}

static int is_space(char c)
{
	return c == ' ' || c == '\t';
}

/*
 * The licenses of an expression in normal form: its operands, "A WITH B"
 * kept whole, AND, OR and parentheses left out.
 */
static int split_expression(sbom *m, sbom_file *file, const char *e)
{
	const char *p = e, *start = NULL, *end = NULL;
	int error, with = 0;

	for (;;) {
		const char *t;
		size_t n;

		while (*p && (is_space(*p) || *p == '(' || *p == ')'))
			p++;
		t = p;
		while (*p && !is_space(*p) && *p != '(' && *p != ')')
			p++;
		n = (size_t)(p - t);
		if (n == 3 && !memcmp(t, "AND", 3))
			n = 0;
		else if (n == 2 && !memcmp(t, "OR", 2))
			n = 0;
		else if (n == 4 && !memcmp(t, "WITH", 4)) {
			with = 1;
			continue;
		}
		if (n && with) { /* the exception of the operand before */
			end = p;
			with = 0;
			continue;
		}
		if (start) {
			if ((error = set_add(&file->infos, start,
			                     (size_t)(end - start))) < 0 ||
			    (error = set_add(&m->all, start,
			                     (size_t)(end - start))) < 0)
				return error;
			start = NULL;
		}
		if (!n) {
			if (!*p)
				break;
			continue;
		}
		if (n > 11 && !memcmp(t, "LicenseRef-", 11) &&
		    (error = set_add(&m->refs, t, n)) < 0)
			return error;
		start = t;
		end = p;
	}
	set_finish(&file->infos);
	return 0;
}

static void sbom_dispose(sbom *m)
{
	size_t i;

	for (i = 0; i < m->count; i++) {
		free(m->files[i].name);
		free(m->files[i].copyright);
		free(m->files[i].license);
		set_dispose(&m->files[i].infos);
	}
	free(m->files);
	set_dispose(&m->refs);
	set_dispose(&m->all);
	free(m->name);
	free(m->version);
	free(m->uri_name);
}

static int verification_code(sbom *m)
{
	hdrcheck__digest *d = NULL;
	const char **sums = NULL;
	char sha256[HDRCHECK__SHA256_HEX];
	size_t i;
	int error;

	if (!(sums = hdrcheck__calloc(m->count ? m->count : 1, sizeof(*sums))))
		return HDRCHECK_ENOMEM;
	for (i = 0; i < m->count; i++)
		sums[i] = m->files[i].f->sha1;
	qsort(sums, m->count, sizeof(*sums), compare_str);
	if ((error = hdrcheck__digest_new(&d)) < 0 ||
	    (error = hdrcheck__digest_begin(d)) < 0)
		goto done;
	for (i = 0; i < m->count; i++)
		if ((error = hdrcheck__digest_update(d, sums[i], 40)) < 0)
			goto done;
	error = hdrcheck__digest_end(d, m->verification, sha256);
done:
	hdrcheck__digest_free(d);
	free(sums);
	return error;
}

static char *percent_encode(const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	hdrcheck_buf b = HDRCHECK_BUF_INIT;
	const unsigned char *p;

	for (p = (const unsigned char *)s; *p; p++) {
		char esc[3] = {'%', hex[*p >> 4], hex[*p & 15]};
		int ok = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		         (*p >= '0' && *p <= '9') || *p == '-' || *p == '.' ||
		         *p == '_';

		if (hdrcheck__buf_put(&b, ok ? (const char *)p : esc,
		                      ok ? 1 : 3) < 0) {
			hdrcheck__buf_dispose(&b);
			return NULL;
		}
	}
	if (!b.ptr)
		return hdrcheck__strdup("package");
	hdrcheck__buf_cstr(&b);
	return b.ptr;
}

static int sbom_build(sbom *m, const hdrcheck_report *r,
                      const hdrcheck_write_options *opts)
{
	size_t i, n = hdrcheck_report_count(r), pending = 0;
	const char *root = hdrcheck_report_root(r), *slash, *dot;
	const char *ver = hdrcheck_report_rev(r);
	int error;

	memset(m, 0, sizeof(*m));
	if (!(m->files = hdrcheck__calloc(n ? n : 1, sizeof(*m->files))))
		return HDRCHECK_ENOMEM;
	for (i = 0; i < n; i++) {
		const hdrcheck_finding *f = hdrcheck_report_get(r, i);
		sbom_file *file = &m->files[m->count];

		if (!f->sha1 || !f->sha256) {
			/* a file in scope the check gave no digests */
			if (f->status != HDRCHECK_STATUS_ERROR &&
			    !(f->reason &&
			      (!strcmp(f->reason, HDRCHECK_SKIP_SYMLINK) ||
			       !strcmp(f->reason, HDRCHECK_SKIP_SUBMODULE) ||
			       !strcmp(f->reason,
			               HDRCHECK_SKIP_UNSUPPORTED_TYPE))))
				pending++;
			continue;
		}
		file->f = f;
		m->count++;
		if (!(file->name = display(f->path)) ||
		    (f->holders && !(file->copyright = display(f->holders))) ||
		    (f->license && !(file->license = display(f->license))))
			return HDRCHECK_ENOMEM;
		if (file->license &&
		    (error = split_expression(m, file, file->license)) < 0)
			return error;
	}
	if (pending && !m->count)
		return hdrcheck__error_set(
		    HDRCHECK_EINVAL,
		    "the SPDX and CycloneDX reports need the files' digests: "
		    "run the check with the digests option");
	set_finish(&m->refs);
	set_finish(&m->all);
	slash = root ? strrchr(root, '/') : NULL;
	if (!(m->name = display(slash && slash[1]
	                            ? slash + 1
	                            : (root && *root ? root : "package"))))
		return HDRCHECK_ENOMEM;
	if (!ver)
		ver = hdrcheck_report_commit(r);
	if (ver && !(m->version = display(ver)))
		return HDRCHECK_ENOMEM;
	if (!(m->uri_name = percent_encode(m->name)))
		return HDRCHECK_ENOMEM;
	if ((error = verification_code(m)) < 0)
		return error;
	hdrcheck__report_date(m->date, sizeof(m->date), opts, 1);
	/* major.minor of "3.28.0" */
	dot = strchr(hdrcheck__spdx_list_version, '.');
	dot = dot ? strchr(dot + 1, '.') : NULL;
	n = dot ? (size_t)(dot - hdrcheck__spdx_list_version)
	        : strlen(hdrcheck__spdx_list_version);
	if (n >= sizeof(m->list_version))
		n = sizeof(m->list_version) - 1;
	memcpy(m->list_version, hdrcheck__spdx_list_version, n);
	m->list_version[n] = '\0';
	return 0;
}

/* The document's namespace: the same for the same repository, commit and
 * content, whatever the run. */
static char *spdx_namespace(const sbom *m, const hdrcheck_report *r)
{
	const char *commit = hdrcheck_report_commit(r);

	return hdrcheck__aprintf(
	    "https://hdrcheck.invalid/spdx/%s-%s-%s-%s", m->uri_name,
	    commit ? commit : "nocommit",
	    hdrcheck_source_kind_name(hdrcheck_report_source_kind(r)),
	    m->verification);
}

/* licenseInfoInFiles: the licenses found; NONE when the header was read
 * and names none (missing); NOASSERTION when it was not looked at or the
 * license is not known (skipped, a damaged header). */
static const char *file_no_info(const sbom_file *file)
{
	return file->f->status == HDRCHECK_STATUS_MISSING ? "NONE"
	                                                  : "NOASSERTION";
}

/* copyrightText: the holders found; NONE when a header was read and
 * names no holder; NOASSERTION when the file was not looked at. */
static const char *file_no_copyright(const sbom_file *file)
{
	return file->f->status == HDRCHECK_STATUS_SKIPPED ? "NOASSERTION"
	                                                  : "NONE";
}

static const char ref_text[] =
    "A license named by this identifier in the SPDX-License-Identifier "
    "tags of the files that list it; it is not on the SPDX License List, "
    "and its text is in those files or the documents they refer to.";

/* --- JSON, written by hand --- */

/*
 * The JSON documents are written straight into a buffer flushed in large
 * writes: a jansson tree of 40,000 files cost a third of the run in
 * allocations. Every string is in display form already (valid UTF-8, no
 * control character), so escaping is '"' and '\\' only.
 */
typedef struct {
	hdrcheck_buf b;
	FILE *out;
	int error;
} jw;

#define JW_FLUSH (1u << 20)

static void jw_flush(jw *w)
{
	if (w->error || !w->b.len)
		return;
	if (fwrite(w->b.ptr, 1, w->b.len, w->out) != w->b.len)
		w->error = hdrcheck__report_write_failed(errno);
	w->b.len = 0;
}

static void jw_raw(jw *w, const char *s)
{
	if (!w->error && hdrcheck__buf_puts(&w->b, s) < 0)
		w->error = HDRCHECK_ENOMEM;
}

/* "prefix" and s, escaped (prefix needs no escaping) */
static void jw_str2(jw *w, const char *prefix, const char *s)
{
	const char *p;

	jw_raw(w, "\"");
	jw_raw(w, prefix);
	for (p = s; *p && !w->error; p++) {
		const char *run = p;

		while (*p && *p != '"' && *p != '\\')
			p++;
		if (p > run &&
		    hdrcheck__buf_put(&w->b, run, (size_t)(p - run)) < 0)
			w->error = HDRCHECK_ENOMEM;
		if (!*p)
			break;
		jw_raw(w, *p == '"' ? "\\\"" : "\\\\");
	}
	jw_raw(w, "\"");
	if (w->b.len >= JW_FLUSH)
		jw_flush(w);
}

static void jw_str(jw *w, const char *s)
{
	jw_str2(w, "", s);
}

/* indent "key": "value" and a comma unless last */
static void jw_kv(jw *w, const char *indent, const char *key, const char *value,
                  int last)
{
	jw_raw(w, indent);
	jw_str(w, key);
	jw_raw(w, ": ");
	jw_str(w, value);
	jw_raw(w, last ? "\n" : ",\n");
}

/* indent "key": [ "a", "b" ] on lines, and a comma unless last */
static void jw_list(jw *w, const char *indent, const char *key,
                    const hdrcheck_vector *v, const char *none, int last)
{
	size_t i;

	jw_raw(w, indent);
	jw_str(w, key);
	jw_raw(w, ": [\n");
	for (i = 0; i < v->len || (!v->len && i == 0); i++) {
		jw_raw(w, indent);
		jw_raw(w, "  ");
		jw_str(w, v->len ? (const char *)v->items[i] : none);
		jw_raw(w, i + 1 < v->len ? ",\n" : "\n");
	}
	jw_raw(w, indent);
	jw_raw(w, last ? "]\n" : "],\n");
}

static int jw_end(jw *w)
{
	jw_flush(w);
	hdrcheck__buf_dispose(&w->b);
	return w->error;
}

/* --- SPDX JSON --- */

static int write_spdx_json(FILE *out, const hdrcheck_report *r, const sbom *m)
{
	jw w = {HDRCHECK_BUF_INIT, out, 0};
	char *ns = spdx_namespace(m, r), *tool, num[48];
	size_t i;

	if (!ns)
		return HDRCHECK_ENOMEM;
	if (!(tool =
	          hdrcheck__aprintf("Tool: hdrcheck-%s", hdrcheck_version()))) {
		free(ns);
		return HDRCHECK_ENOMEM;
	}
	jw_raw(&w, "{\n");
	jw_kv(&w, "  ", "spdxVersion", "SPDX-2.3", 0);
	jw_kv(&w, "  ", "dataLicense", "CC0-1.0", 0);
	jw_kv(&w, "  ", "SPDXID", "SPDXRef-DOCUMENT", 0);
	jw_kv(&w, "  ", "name", m->name, 0);
	jw_kv(&w, "  ", "documentNamespace", ns, 0);
	jw_raw(&w, "  \"creationInfo\": {\n");
	jw_kv(&w, "    ", "created", m->date, 0);
	jw_raw(&w, "    \"creators\": [\n      ");
	jw_str(&w, tool);
	jw_raw(&w, "\n    ],\n");
	jw_kv(&w, "    ", "licenseListVersion", m->list_version, 1);
	jw_raw(&w, "  },\n  \"packages\": [\n    {\n");
	jw_kv(&w, "      ", "SPDXID", "SPDXRef-Package", 0);
	jw_kv(&w, "      ", "name", m->name, 0);
	if (m->version)
		jw_kv(&w, "      ", "versionInfo", m->version, 0);
	jw_kv(&w, "      ", "downloadLocation", "NOASSERTION", 0);
	jw_raw(&w, "      \"filesAnalyzed\": true,\n"
	           "      \"packageVerificationCode\": {\n");
	jw_kv(&w, "        ", "packageVerificationCodeValue", m->verification,
	      1);
	jw_raw(&w, "      },\n");
	jw_kv(&w, "      ", "licenseConcluded", "NOASSERTION", 0);
	jw_kv(&w, "      ", "licenseDeclared", "NOASSERTION", 0);
	jw_list(&w, "      ", "licenseInfoFromFiles", &m->all, "NONE", 0);
	jw_kv(&w, "      ", "copyrightText", "NOASSERTION", 1);
	jw_raw(&w, "    }\n  ],\n  \"files\": [");
	for (i = 0; i < m->count; i++) {
		const sbom_file *file = &m->files[i];

		snprintf(num, sizeof(num), "SPDXRef-File-%zu", i + 1);
		jw_raw(&w, i ? ",\n    {\n" : "\n    {\n");
		jw_kv(&w, "      ", "SPDXID", num, 0);
		jw_raw(&w, "      \"fileName\": ");
		jw_str2(&w, "./", file->name);
		jw_raw(&w, ",\n      \"checksums\": [\n        {\n");
		jw_kv(&w, "          ", "algorithm", "SHA1", 0);
		jw_kv(&w, "          ", "checksumValue", file->f->sha1, 1);
		jw_raw(&w, "        },\n        {\n");
		jw_kv(&w, "          ", "algorithm", "SHA256", 0);
		jw_kv(&w, "          ", "checksumValue", file->f->sha256, 1);
		jw_raw(&w, "        }\n      ],\n");
		jw_kv(&w, "      ", "licenseConcluded", "NOASSERTION", 0);
		jw_list(&w, "      ", "licenseInfoInFiles", &file->infos,
		        file_no_info(file), 0);
		jw_kv(&w, "      ", "copyrightText",
		      file->copyright ? file->copyright
		                      : file_no_copyright(file),
		      1);
		jw_raw(&w, "    }");
	}
	jw_raw(&w, m->count ? "\n  ],\n" : "],\n");
	if (m->refs.len) {
		jw_raw(&w, "  \"hasExtractedLicensingInfos\": [");
		for (i = 0; i < m->refs.len; i++) {
			const char *ref = m->refs.items[i];

			jw_raw(&w, i ? ",\n    {\n" : "\n    {\n");
			jw_kv(&w, "      ", "licenseId", ref, 0);
			jw_kv(&w, "      ", "name", ref + 11, 0);
			jw_kv(&w, "      ", "extractedText", ref_text, 1);
			jw_raw(&w, "    }");
		}
		jw_raw(&w, "\n  ],\n");
	}
	jw_raw(&w, "  \"relationships\": [\n    {\n");
	jw_kv(&w, "      ", "spdxElementId", "SPDXRef-DOCUMENT", 0);
	jw_kv(&w, "      ", "relationshipType", "DESCRIBES", 0);
	jw_kv(&w, "      ", "relatedSpdxElement", "SPDXRef-Package", 1);
	jw_raw(&w, "    }");
	for (i = 0; i < m->count; i++) {
		snprintf(num, sizeof(num), "SPDXRef-File-%zu", i + 1);
		jw_raw(&w, ",\n    {\n");
		jw_kv(&w, "      ", "spdxElementId", "SPDXRef-Package", 0);
		jw_kv(&w, "      ", "relationshipType", "CONTAINS", 0);
		jw_kv(&w, "      ", "relatedSpdxElement", num, 1);
		jw_raw(&w, "    }");
	}
	jw_raw(&w, "\n  ]\n}\n");
	free(ns);
	free(tool);
	return jw_end(&w);
}

/* --- SPDX tag-value --- */

/* Multi-line text: <text>...</text>, with a "</text>" inside broken up. */
static void put_text(FILE *out, const char *tag, const char *s)
{
	const char *p;

	fprintf(out, "%s: <text>", tag);
	for (p = s; *p; p++) {
		if (!strncmp(p, "</text>", 7)) {
			fputs("&lt;/text>", out);
			p += 6;
			continue;
		}
		fputc(*p, out);
	}
	fputs("</text>\n", out);
}

static int write_spdx_tag(FILE *out, const hdrcheck_report *r, const sbom *m)
{
	char *ns = spdx_namespace(m, r);
	size_t i, k;

	if (!ns)
		return HDRCHECK_ENOMEM;
	fprintf(out,
	        "SPDXVersion: SPDX-2.3\nDataLicense: CC0-1.0\n"
	        "SPDXID: SPDXRef-DOCUMENT\nDocumentName: %s\n"
	        "DocumentNamespace: %s\nCreator: Tool: hdrcheck-%s\n"
	        "Created: %s\nLicenseListVersion: %s\n",
	        m->name, ns, hdrcheck_version(), m->date, m->list_version);
	free(ns);
	fputs("Relationship: SPDXRef-DOCUMENT DESCRIBES SPDXRef-Package\n\n",
	      out);
	fprintf(out, "PackageName: %s\nSPDXID: SPDXRef-Package\n", m->name);
	if (m->version)
		fprintf(out, "PackageVersion: %s\n", m->version);
	fprintf(out,
	        "PackageDownloadLocation: NOASSERTION\nFilesAnalyzed: true\n"
	        "PackageVerificationCode: %s\n"
	        "PackageLicenseConcluded: NOASSERTION\n"
	        "PackageLicenseDeclared: NOASSERTION\n",
	        m->verification);
	for (i = 0; i < m->all.len; i++)
		fprintf(out, "PackageLicenseInfoFromFiles: %s\n",
		        (const char *)m->all.items[i]);
	if (!m->all.len)
		fputs("PackageLicenseInfoFromFiles: NONE\n", out);
	fputs("PackageCopyrightText: NOASSERTION\n", out);
	for (i = 0; i < m->count; i++) {
		const sbom_file *file = &m->files[i];

		fprintf(out,
		        "\nFileName: ./%s\nSPDXID: SPDXRef-File-%zu\n"
		        "FileChecksum: SHA1: %s\nFileChecksum: SHA256: %s\n"
		        "LicenseConcluded: NOASSERTION\n",
		        file->name, i + 1, file->f->sha1, file->f->sha256);
		for (k = 0; k < file->infos.len; k++)
			fprintf(out, "LicenseInfoInFile: %s\n",
			        (const char *)file->infos.items[k]);
		if (!file->infos.len)
			fprintf(out, "LicenseInfoInFile: %s\n",
			        file_no_info(file));
		if (file->copyright)
			put_text(out, "FileCopyrightText", file->copyright);
		else
			fprintf(out, "FileCopyrightText: %s\n",
			        file_no_copyright(file));
		fprintf(out,
		        "Relationship: SPDXRef-Package CONTAINS "
		        "SPDXRef-File-%zu\n",
		        i + 1);
	}
	for (i = 0; i < m->refs.len; i++) {
		const char *ref = m->refs.items[i];

		fprintf(out, "\nLicenseID: %s\n", ref);
		put_text(out, "ExtractedText", ref_text);
		fprintf(out, "LicenseName: %s\n", ref + 11);
	}
	return ferror(out) ? hdrcheck__report_write_failed(0) : 0;
}

/* --- CycloneDX 1.6 JSON --- */

/* "licenses": one id or name, or the whole expression. */
static void cdx_licenses(jw *w, const char *indent, const char *key,
                         const sbom_file *file)
{
	const char *e = file->license;

	jw_raw(w, indent);
	jw_str(w, key);
	jw_raw(w, ": [\n");
	jw_raw(w, indent);
	if (file->infos.len == 1 && !strcmp(file->infos.items[0], e) &&
	    !strstr(e, " WITH ")) {
		jw_raw(w, "  {\n");
		jw_raw(w, indent);
		jw_raw(w, "    \"license\": {\n");
		jw_raw(w, indent);
		jw_raw(w, "      ");
		jw_str(w, strncmp(e, "LicenseRef-", 11) ? "id" : "name");
		jw_raw(w, ": ");
		jw_str(w, e);
		jw_raw(w, "\n");
		jw_raw(w, indent);
		jw_raw(w, "    }\n");
	} else {
		jw_raw(w, "  {\n");
		jw_raw(w, indent);
		jw_raw(w, "    \"expression\": ");
		jw_str(w, e);
		jw_raw(w, "\n");
	}
	jw_raw(w, indent);
	jw_raw(w, "  }\n");
	jw_raw(w, indent);
	jw_raw(w, "]");
}

/* A UUID (version 4 layout, RFC 4122 variant) made of the SHA-256 of the
 * document's namespace: the same document, the same serial number. */
static int cdx_serial(char out[46], const char *ns)
{
	hdrcheck__digest *d = NULL;
	char sha1[HDRCHECK__SHA1_HEX], h[HDRCHECK__SHA256_HEX];
	int error;

	if ((error = hdrcheck__digest_new(&d)) < 0 ||
	    (error = hdrcheck__digest_begin(d)) < 0 ||
	    (error = hdrcheck__digest_update(d, ns, strlen(ns))) < 0 ||
	    (error = hdrcheck__digest_end(d, sha1, h)) < 0)
		goto done;
	h[12] = '4';
	h[16] = "89ab"[(h[16] >= 'a' ? h[16] - 'a' + 10 : h[16] - '0') & 3];
	snprintf(out, 46, "urn:uuid:%.8s-%.4s-%.4s-%.4s-%.12s", h, h + 8,
	         h + 12, h + 16, h + 20);
done:
	hdrcheck__digest_free(d);
	return error;
}

static int write_cyclonedx(FILE *out, const hdrcheck_report *r, const sbom *m)
{
	jw w = {HDRCHECK_BUF_INIT, out, 0};
	char *ns = spdx_namespace(m, r), serial[46], num[48];
	size_t i;
	int error;

	if (!ns)
		return HDRCHECK_ENOMEM;
	error = cdx_serial(serial, ns);
	free(ns);
	if (error < 0)
		return error;
	jw_raw(&w, "{\n");
	jw_kv(&w, "  ", "bomFormat", "CycloneDX", 0);
	jw_kv(&w, "  ", "specVersion", "1.6", 0);
	jw_kv(&w, "  ", "serialNumber", serial, 0);
	jw_raw(&w, "  \"version\": 1,\n  \"metadata\": {\n");
	jw_kv(&w, "    ", "timestamp", m->date, 0);
	jw_raw(&w, "    \"tools\": {\n      \"components\": [\n        {\n");
	jw_kv(&w, "          ", "type", "application", 0);
	jw_kv(&w, "          ", "name", "hdrcheck", 0);
	jw_kv(&w, "          ", "version", hdrcheck_version(), 1);
	jw_raw(&w, "        }\n      ]\n    },\n    \"component\": {\n");
	jw_kv(&w, "      ", "type", "application", 0);
	jw_kv(&w, "      ", "bom-ref", "package", 0);
	jw_kv(&w, "      ", "name", m->name, !m->version);
	if (m->version)
		jw_kv(&w, "      ", "version", m->version, 1);
	jw_raw(&w, "    },\n    \"properties\": [\n      {\n");
	jw_kv(&w, "        ", "name", "hdrcheck:spdxLicenseListVersion", 0);
	jw_kv(&w, "        ", "value", hdrcheck__spdx_list_version, 1);
	jw_raw(&w, "      },\n      {\n");
	jw_kv(&w, "        ", "name", "hdrcheck:packageVerificationCode", 0);
	jw_kv(&w, "        ", "value", m->verification, 1);
	jw_raw(&w, "      }\n    ]\n  },\n  \"components\": [");
	for (i = 0; i < m->count; i++) {
		const sbom_file *file = &m->files[i];

		snprintf(num, sizeof(num), "file-%zu", i + 1);
		jw_raw(&w, i ? ",\n    {\n" : "\n    {\n");
		jw_kv(&w, "      ", "type", "file", 0);
		jw_kv(&w, "      ", "bom-ref", num, 0);
		jw_kv(&w, "      ", "name", file->name, 0);
		jw_raw(&w, "      \"hashes\": [\n        {\n");
		jw_kv(&w, "          ", "alg", "SHA-1", 0);
		jw_kv(&w, "          ", "content", file->f->sha1, 1);
		jw_raw(&w, "        },\n        {\n");
		jw_kv(&w, "          ", "alg", "SHA-256", 0);
		jw_kv(&w, "          ", "content", file->f->sha256, 1);
		jw_raw(&w, "        }\n      ]");
		if (file->license) {
			jw_raw(&w, ",\n");
			cdx_licenses(&w, "      ", "licenses", file);
		}
		if (file->copyright) {
			jw_raw(&w, ",\n      \"copyright\": ");
			jw_str(&w, file->copyright);
		}
		if (file->license || file->copyright) {
			/* evidence: what was found, and where */
			const char *sep = "\n";

			jw_raw(&w, ",\n      \"evidence\": {");
			if (file->license) {
				jw_raw(&w, sep);
				cdx_licenses(&w, "        ", "licenses", file);
				sep = ",\n";
			}
			if (file->copyright) {
				const char *p = file->copyright, *nl;

				jw_raw(&w, sep);
				jw_raw(&w, "        \"copyright\": [");
				for (;; p = nl + 1) {
					char *line;

					nl = strchr(p, '\n');
					line = hdrcheck__strndup(
					    p,
					    nl ? (size_t)(nl - p) : strlen(p));
					if (!line) {
						w.error = HDRCHECK_ENOMEM;
						break;
					}
					jw_raw(&w, p == file->copyright
					               ? "\n          {\n"
					               : ",\n          {\n");
					jw_kv(&w, "            ", "text", line,
					      1);
					jw_raw(&w, "          }");
					free(line);
					if (!nl)
						break;
				}
				jw_raw(&w, "\n        ]");
				sep = ",\n";
			}
			if (file->f->line) {
				snprintf(num, sizeof(num), "%u", file->f->line);
				jw_raw(&w, sep);
				jw_raw(&w, "        \"occurrences\": [\n"
				           "          {\n");
				jw_raw(&w, "            \"location\": ");
				jw_str(&w, file->name);
				jw_raw(&w, ",\n            \"line\": ");
				jw_raw(&w, num);
				jw_raw(&w, "\n          }\n        ]");
			}
			jw_raw(&w, "\n      }");
		}
		jw_raw(&w, "\n    }");
	}
	jw_raw(&w, m->count ? "\n  ]\n}\n" : "]\n}\n");
	return jw_end(&w);
}

int hdrcheck__report_write_sbom(FILE *out, const hdrcheck_report *r,
                                hdrcheck_format format,
                                const hdrcheck_write_options *opts)
{
	sbom m;
	int error;

	if ((error = sbom_build(&m, r, opts)) < 0)
		goto done;
	if (format == HDRCHECK_FORMAT_SPDX_JSON)
		error = write_spdx_json(out, r, &m);
	else if (format == HDRCHECK_FORMAT_SPDX)
		error = write_spdx_tag(out, r, &m);
	else
		error = write_cyclonedx(out, r, &m);
done:
	sbom_dispose(&m);
	return error;
}
