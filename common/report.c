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
#include "common.h"

static const char *const status_names[HDRCHECK_STATUS__COUNT] = {
    "ok", "missing", "mismatch", "other_license", "skipped", "error"};

const char *hdrcheck_status_name(hdrcheck_status status)
{
	if ((unsigned)status >= HDRCHECK_STATUS__COUNT)
		return "unknown";
	return status_names[status];
}

int hdrcheck_status_parse(hdrcheck_status *out, const char *name)
{
	size_t i;

	if (!out || !name)
		return hdrcheck__error_set(HDRCHECK_EINVAL, "no status given");
	for (i = 0; i < HDRCHECK_STATUS__COUNT; i++)
		if (!strcmp(name, hdrcheck_status_name((hdrcheck_status)i))) {
			*out = (hdrcheck_status)i;
			return 0;
		}
	return hdrcheck__error_set(HDRCHECK_EINVAL,
	                           "unknown status \"%s\" (expected missing, "
	                           "mismatch, other_license, skipped or error)",
	                           name);
}

int hdrcheck_status_is_violation(hdrcheck_status status)
{
	return status == HDRCHECK_STATUS_MISSING ||
	       status == HDRCHECK_STATUS_MISMATCH ||
	       status == HDRCHECK_STATUS_OTHER_LICENSE ||
	       status == HDRCHECK_STATUS_ERROR;
}

const char *hdrcheck_source_kind_name(hdrcheck_source_kind kind)
{
	switch (kind) {
	case HDRCHECK_SOURCE_DIRECTORY:
		return "directory";
	case HDRCHECK_SOURCE_REV:
		return "rev";
	case HDRCHECK_SOURCE_INDEX:
		return "index";
	case HDRCHECK_SOURCE_ARCHIVE:
		return "archive";
	default:
		return "worktree";
	}
}

void hdrcheck__finding_dispose(hdrcheck_finding *f)
{
	free((char *)f->path);
	free((char *)f->reason);
	free((char *)f->license);
	free((char *)f->policy);
	free((char *)f->holders);
	free((char *)f->blob);
	free((char *)f->sha1);
	free((char *)f->sha256);
	free((char *)f->warning);
	memset(f, 0, sizeof(*f));
}

static int compare_findings(const void *a, const void *b)
{
	const hdrcheck_finding *fa = a, *fb = b;

	/* strcmp compares as unsigned char: bytewise, like git */
	return strcmp(fa->path, fb->path);
}

void hdrcheck__report_finish(hdrcheck_report *report)
{
	size_t i;

	/* the scanner hands them over sorted: then checking is enough */
	for (i = 1; i < report->count; i++)
		if (compare_findings(&report->findings[i - 1],
		                     &report->findings[i]) > 0)
			break;
	if (i < report->count)
		qsort(report->findings, report->count,
		      sizeof(*report->findings), compare_findings);
	memset(&report->summary, 0, sizeof(report->summary));
	report->summary.files = report->count;
	for (i = 0; i < report->count; i++) {
		const hdrcheck_finding *f = &report->findings[i];

		report->summary.by_status[f->status]++;
		report->summary.baselined +=
		    f->accepted == HDRCHECK_ACCEPTED_BASELINE;
		report->summary.waived +=
		    f->accepted == HDRCHECK_ACCEPTED_WAIVER;
	}
	report->summary.stale = report->stale_count;
}

void hdrcheck_report_free(hdrcheck_report *report)
{
	size_t i;

	if (!report)
		return;
	for (i = 0; i < report->count; i++)
		hdrcheck__finding_dispose(&report->findings[i]);
	free(report->findings);
	for (i = 0; i < report->stale_count; i++) {
		free((char *)report->stale[i].path);
		free((char *)report->stale[i].blob);
		free((char *)report->stale[i].reason);
	}
	free(report->stale);
	free(report->root);
	free(report->commit);
	free(report->policy_license);
	for (i = 0; i < report->policies_count; i++) {
		free(report->policy_names[i]);
		free(report->policy_licenses[i]);
	}
	free(report->policy_names);
	free(report->policy_licenses);
	free(report->rev);
	free(report->changed_since);
	free(report->base);
	hdrcheck__archive_diff_free(report->archive);
	if (report->keep_free)
		report->keep_free(report->keep);
	free(report);
}

void hdrcheck__archive_diff_free(hdrcheck_archive_diff *d)
{
	size_t i;

	if (!d)
		return;
	for (i = 0; i < d->only_in_archive_count; i++)
		free((char *)d->only_in_archive[i]);
	for (i = 0; i < d->only_in_rev_count; i++)
		free((char *)d->only_in_rev[i]);
	for (i = 0; i < d->modified_count; i++)
		free((char *)d->modified[i].path);
	free(d->only_in_archive);
	free(d->only_in_rev);
	free(d->modified);
	free((char *)d->against);
	free((char *)d->commit);
	free(d);
}

const hdrcheck_archive_diff *
hdrcheck_report_archive_diff(const hdrcheck_report *report)
{
	return report ? report->archive : NULL;
}

const char *hdrcheck_archive_change_name(unsigned int changes)
{
	/* a type change, a duplicate or an entry too large to compare
	 * stands alone; content, mode and link target combine */
	static const char *const names[] = {"",
	                                    "content",
	                                    "mode",
	                                    "content,mode",
	                                    "symlink",
	                                    "content,symlink",
	                                    "mode,symlink",
	                                    "content,mode,symlink"};

	if (changes & HDRCHECK_ARCHIVE_DUPLICATE)
		return "duplicate";
	if (changes & HDRCHECK_ARCHIVE_UNVERIFIED)
		return "unverified";
	if (changes & HDRCHECK_ARCHIVE_TYPE)
		return "type";
	return names[changes & 7u];
}

size_t hdrcheck_report_count(const hdrcheck_report *report)
{
	return report ? report->count : 0;
}

const hdrcheck_finding *hdrcheck_report_get(const hdrcheck_report *report,
                                            size_t i)
{
	return (report && i < report->count) ? &report->findings[i] : NULL;
}

const hdrcheck_summary *hdrcheck_report_summary(const hdrcheck_report *report)
{
	return &report->summary;
}

hdrcheck_source_kind hdrcheck_report_source_kind(const hdrcheck_report *report)
{
	return report->kind;
}

const char *hdrcheck_report_root(const hdrcheck_report *report)
{
	return report->root;
}

const char *hdrcheck_report_commit(const hdrcheck_report *report)
{
	return report->commit;
}

const char *hdrcheck_report_rev(const hdrcheck_report *report)
{
	return report->rev;
}

const char *hdrcheck_report_changed_since(const hdrcheck_report *report)
{
	return report->changed_since;
}

const char *hdrcheck_report_base(const hdrcheck_report *report)
{
	return report->base;
}

const char *hdrcheck_report_license_for(const hdrcheck_report *report,
                                        const hdrcheck_finding *f)
{
	size_t i;

	for (i = 0; report && f && f->policy && i < report->policies_count; i++)
		if (strcmp(report->policy_names[i], f->policy) == 0)
			return report->policy_licenses[i];
	return hdrcheck_report_policy_license(report);
}

const char *hdrcheck_report_policy_license(const hdrcheck_report *report)
{
	return report->policy_license ? report->policy_license : "Apache-2.0";
}

int hdrcheck_report_has_violations(const hdrcheck_report *report)
{
	size_t i;

	for (i = 0; i < HDRCHECK_STATUS__COUNT; i++)
		if (hdrcheck_status_is_violation((hdrcheck_status)i) &&
		    report->summary.by_status[i])
			return 1;
	return 0;
}
