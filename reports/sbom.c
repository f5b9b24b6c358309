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
#include "reports/json.h"
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

/* --- SPDX JSON --- */

/* Indented, keys in the order written, a final newline; dumped into
 * memory first (jansson's stream dump costs a call per token). */
static int dump(FILE *out, const json_t *doc)
{
	char *text = json_dumps(doc, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	size_t len;
	int error = 0;

	if (!text)
		return hdrcheck__json_nomem();
	len = strlen(text);
	if (fwrite(text, 1, len, out) != len || fputc('\n', out) == EOF)
		error = hdrcheck__report_write_failed(errno);
	free(text);
	return error;
}

static int add(json_t *obj, const char *key, json_t *v)
{
	return hdrcheck__json_set(obj, key, v);
}

static json_t *str(const char *s)
{
	json_t *v = NULL;

	return hdrcheck__json_string(&v, s) < 0 ? NULL : v;
}

static int push(json_t *array, json_t *v)
{
	if (!v || json_array_append_new(array, v) < 0)
		return hdrcheck__json_nomem();
	return 0;
}

static json_t *checksum(const char *alg, const char *key_alg,
                        const char *key_value, const char *value)
{
	json_t *o = json_object();

	if (!o || add(o, key_alg, str(alg)) < 0 ||
	    add(o, key_value, str(value)) < 0) {
		json_decref(o);
		return NULL;
	}
	return o;
}

static int write_spdx_json(FILE *out, const hdrcheck_report *r, const sbom *m)
{
	json_t *doc = json_object(), *ci = NULL, *pkg = NULL, *a = NULL,
	       *files = NULL, *rels = NULL, *o = NULL;
	char *ns = spdx_namespace(m, r), *tool = NULL, *id = NULL;
	size_t i, k;
	int error = HDRCHECK_ENOMEM;

	if (!doc || !ns ||
	    !(tool =
	          hdrcheck__aprintf("Tool: hdrcheck-%s", hdrcheck_version())))
		goto done;
	if (add(doc, "spdxVersion", str("SPDX-2.3")) < 0 ||
	    add(doc, "dataLicense", str("CC0-1.0")) < 0 ||
	    add(doc, "SPDXID", str("SPDXRef-DOCUMENT")) < 0 ||
	    add(doc, "name", str(m->name)) < 0 ||
	    add(doc, "documentNamespace", str(ns)) < 0)
		goto done;
	if (!(ci = json_object()) || add(ci, "created", str(m->date)) < 0 ||
	    !(a = json_array()) || push(a, str(tool)) < 0 ||
	    add(ci, "creators", a) < 0 ||
	    add(ci, "licenseListVersion", str(m->list_version)) < 0 ||
	    add(doc, "creationInfo", ci) < 0)
		goto done;
	a = NULL;
	ci = NULL;
	if (!(pkg = json_object()) ||
	    add(pkg, "SPDXID", str("SPDXRef-Package")) < 0 ||
	    add(pkg, "name", str(m->name)) < 0 ||
	    (m->version && add(pkg, "versionInfo", str(m->version)) < 0) ||
	    add(pkg, "downloadLocation", str("NOASSERTION")) < 0 ||
	    add(pkg, "filesAnalyzed", json_true()) < 0)
		goto done;
	if (!(o = json_object()) ||
	    add(o, "packageVerificationCodeValue", str(m->verification)) < 0 ||
	    add(pkg, "packageVerificationCode", o) < 0)
		goto done;
	o = NULL;
	if (add(pkg, "licenseConcluded", str("NOASSERTION")) < 0 ||
	    add(pkg, "licenseDeclared", str("NOASSERTION")) < 0 ||
	    !(a = json_array()))
		goto done;
	for (i = 0; i < m->all.len; i++)
		if (push(a, str(m->all.items[i])) < 0)
			goto done;
	if (!m->all.len && push(a, str("NONE")) < 0)
		goto done;
	if (add(pkg, "licenseInfoFromFiles", a) < 0)
		goto done;
	a = NULL;
	if (add(pkg, "copyrightText", str("NOASSERTION")) < 0 ||
	    !(a = json_array()) || push(a, pkg) < 0)
		goto done;
	pkg = NULL;
	if (add(doc, "packages", a) < 0)
		goto done;
	a = NULL;
	if (!(files = json_array()) || !(rels = json_array()))
		goto done;
	if (!(o = json_object()) ||
	    add(o, "spdxElementId", str("SPDXRef-DOCUMENT")) < 0 ||
	    add(o, "relationshipType", str("DESCRIBES")) < 0 ||
	    add(o, "relatedSpdxElement", str("SPDXRef-Package")) < 0 ||
	    push(rels, o) < 0)
		goto done;
	o = NULL;
	for (i = 0; i < m->count; i++) {
		const sbom_file *file = &m->files[i];
		char *name = hdrcheck__aprintf("./%s", file->name);
		json_t *f = json_object(), *sums = json_array(),
		       *infos = json_array();

		free(id);
		id = hdrcheck__aprintf("SPDXRef-File-%zu", i + 1);
		if (!name || !f || !sums || !infos || !id ||
		    push(files, f) < 0) {
			free(name);
			json_decref(sums);
			json_decref(infos);
			goto done;
		}
		if (add(f, "SPDXID", str(id)) < 0 ||
		    add(f, "fileName", str(name)) < 0 ||
		    push(sums, checksum("SHA1", "algorithm", "checksumValue",
		                        file->f->sha1)) < 0 ||
		    push(sums, checksum("SHA256", "algorithm", "checksumValue",
		                        file->f->sha256)) < 0 ||
		    add(f, "checksums", sums) < 0) {
			free(name);
			json_decref(infos);
			goto done;
		}
		free(name);
		for (k = 0; k < file->infos.len; k++)
			if (push(infos, str(file->infos.items[k])) < 0) {
				json_decref(infos);
				goto done;
			}
		if ((!file->infos.len &&
		     push(infos, str(file_no_info(file))) < 0) ||
		    add(f, "licenseConcluded", str("NOASSERTION")) < 0 ||
		    add(f, "licenseInfoInFiles", infos) < 0 ||
		    add(f, "copyrightText",
		        str(file->copyright ? file->copyright
		                            : file_no_copyright(file))) < 0)
			goto done;
		if (!(o = json_object()) ||
		    add(o, "spdxElementId", str("SPDXRef-Package")) < 0 ||
		    add(o, "relationshipType", str("CONTAINS")) < 0 ||
		    add(o, "relatedSpdxElement", str(id)) < 0 ||
		    push(rels, o) < 0)
			goto done;
		o = NULL;
	}
	if (add(doc, "files", files) < 0)
		goto done;
	files = NULL;
	if (m->refs.len) {
		if (!(a = json_array()))
			goto done;
		for (i = 0; i < m->refs.len; i++) {
			json_t *x = json_object();

			if (push(a, x) < 0 ||
			    add(x, "licenseId", str(m->refs.items[i])) < 0 ||
			    add(x, "name", str(m->refs.items[i] + 11)) < 0 ||
			    add(x, "extractedText", str(ref_text)) < 0)
				goto done;
		}
		if (add(doc, "hasExtractedLicensingInfos", a) < 0)
			goto done;
		a = NULL;
	}
	if (add(doc, "relationships", rels) < 0)
		goto done;
	rels = NULL;
	error = dump(out, doc);
done:
	json_decref(doc);
	json_decref(ci);
	json_decref(pkg);
	json_decref(a);
	json_decref(files);
	json_decref(rels);
	json_decref(o);
	free(ns);
	free(tool);
	free(id);
	return error == HDRCHECK_ENOMEM ? hdrcheck__json_nomem() : error;
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

/* A licenses array: one id or name, or the whole expression. */
static json_t *cdx_licenses(const sbom_file *file)
{
	json_t *a = json_array(), *o = json_object(), *l = NULL;
	const char *e = file->license;

	if (!a || !o || push(a, o) < 0) {
		json_decref(a);
		json_decref(o);
		return NULL;
	}
	if (file->infos.len == 1 && !strcmp(file->infos.items[0], e) &&
	    !strstr(e, " WITH ")) {
		int ref = !strncmp(e, "LicenseRef-", 11);

		if (!(l = json_object()) || add(o, "license", l) < 0 ||
		    add(l, ref ? "name" : "id", str(e)) < 0) {
			json_decref(a);
			return NULL;
		}
	} else if (add(o, "expression", str(e)) < 0) {
		json_decref(a);
		return NULL;
	}
	return a;
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
	json_t *doc = json_object(), *meta = NULL, *a = NULL, *o = NULL,
	       *comps = NULL;
	char *ns = spdx_namespace(m, r), serial[46];
	size_t i;
	int error = HDRCHECK_ENOMEM;

	if (!doc || !ns)
		goto done;
	if ((error = cdx_serial(serial, ns)) < 0)
		goto done;
	error = HDRCHECK_ENOMEM;
	if (add(doc, "bomFormat", str("CycloneDX")) < 0 ||
	    add(doc, "specVersion", str("1.6")) < 0 ||
	    add(doc, "serialNumber", str(serial)) < 0 ||
	    add(doc, "version", json_integer(1)) < 0)
		goto done;
	if (!(meta = json_object()) ||
	    add(meta, "timestamp", str(m->date)) < 0 || !(o = json_object()) ||
	    !(a = json_array()) || add(o, "components", a) < 0)
		goto done;
	{
		json_t *tool = json_object();

		if (push(a, tool) < 0 ||
		    add(tool, "type", str("application")) < 0 ||
		    add(tool, "name", str("hdrcheck")) < 0 ||
		    add(tool, "version", str(hdrcheck_version())) < 0)
			goto done;
	}
	a = NULL;
	if (add(meta, "tools", o) < 0)
		goto done;
	if (!(o = json_object()) || add(o, "type", str("application")) < 0 ||
	    add(o, "bom-ref", str("package")) < 0 ||
	    add(o, "name", str(m->name)) < 0 ||
	    (m->version && add(o, "version", str(m->version)) < 0) ||
	    add(meta, "component", o) < 0)
		goto done;
	if (!(a = json_array()) || !(o = json_object()) || push(a, o) < 0 ||
	    add(o, "name", str("hdrcheck:spdxLicenseListVersion")) < 0 ||
	    add(o, "value", str(hdrcheck__spdx_list_version)) < 0 ||
	    !(o = json_object()) || push(a, o) < 0 ||
	    add(o, "name", str("hdrcheck:packageVerificationCode")) < 0 ||
	    add(o, "value", str(m->verification)) < 0 ||
	    add(meta, "properties", a) < 0)
		goto done;
	a = NULL;
	if (add(doc, "metadata", meta) < 0)
		goto done;
	meta = NULL;
	if (!(comps = json_array()))
		goto done;
	for (i = 0; i < m->count; i++) {
		const sbom_file *file = &m->files[i];
		json_t *c = json_object(), *h = json_array(), *ev = NULL,
		       *occ = NULL, *where = NULL;
		char *ref = hdrcheck__aprintf("file-%zu", i + 1);

		if (!c || !h || !ref || push(comps, c) < 0) {
			json_decref(h);
			free(ref);
			goto done;
		}
		if (add(c, "type", str("file")) < 0 ||
		    add(c, "bom-ref", str(ref)) < 0 ||
		    add(c, "name", str(file->name)) < 0) {
			json_decref(h);
			free(ref);
			goto done;
		}
		free(ref);
		if (push(h, checksum("SHA-1", "alg", "content",
		                     file->f->sha1)) < 0 ||
		    push(h, checksum("SHA-256", "alg", "content",
		                     file->f->sha256)) < 0 ||
		    add(c, "hashes", h) < 0)
			goto done;
		if (file->license && add(c, "licenses", cdx_licenses(file)) < 0)
			goto done;
		if (file->copyright &&
		    add(c, "copyright", str(file->copyright)) < 0)
			goto done;
		if (!file->license && !file->copyright)
			continue;
		/* evidence: what was found, and where (the header's line) */
		if (!(ev = json_object()) || add(c, "evidence", ev) < 0)
			goto done;
		if (file->license &&
		    add(ev, "licenses", cdx_licenses(file)) < 0)
			goto done;
		if (file->copyright) {
			const char *p = file->copyright, *nl;

			if (!(a = json_array()))
				goto done;
			for (;; p = nl + 1) {
				json_t *t = json_object(), *s;

				nl = strchr(p, '\n');
				s = json_stringn(p, nl ? (size_t)(nl - p)
				                       : strlen(p));
				if (push(a, t) < 0 || add(t, "text", s) < 0)
					goto done;
				if (!nl)
					break;
			}
			if (add(ev, "copyright", a) < 0) {
				a = NULL;
				goto done;
			}
			a = NULL;
		}
		if (file->f->line) {
			if (!(occ = json_array()) ||
			    add(ev, "occurrences", occ) < 0 ||
			    !(where = json_object()) || push(occ, where) < 0 ||
			    add(where, "location", str(file->name)) < 0 ||
			    add(where, "line",
			        json_integer((json_int_t)file->f->line)) < 0)
				goto done;
		}
	}
	if (add(doc, "components", comps) < 0)
		goto done;
	comps = NULL;
	error = dump(out, doc);
done:
	json_decref(doc);
	json_decref(meta);
	json_decref(a);
	json_decref(comps);
	free(ns);
	return error == HDRCHECK_ENOMEM ? hdrcheck__json_nomem() : error;
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
