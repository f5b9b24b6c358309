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
 * .gitattributes through libgit2's attribute API: linguist-generated,
 * linguist-vendored, hdrcheck=skip and hdrcheck-policy=NAME. Each worker
 * thread asks through its own git_repository.
 */

#include <git2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "scanner/scanner.h"

#define ATTR_POLICY_MAX 256

struct hdrcheck__attrs {
	git_repository *repo;
	char policy[ATTR_POLICY_MAX];
};

static const char *const attr_names[] = {
	"linguist-generated", "linguist-vendored", "hdrcheck",
	"hdrcheck-policy"};

int hdrcheck__attrs_new(hdrcheck__attrs **out, const char *root)
{
	hdrcheck__attrs *a = NULL;
	int error = 0;

	if (!(a = hdrcheck__calloc(1, sizeof(*a))))
		return HDRCHECK_ENOMEM;
	if (git_repository_open_ext(&a->repo, root,
				    GIT_REPOSITORY_OPEN_NO_SEARCH, NULL) < 0) {
		const git_error *e = git_error_last();

		error = hdrcheck__error_set(HDRCHECK_EREPO, "%s: %s", root,
					    e ? e->message : "cannot open");
		goto done;
	}
	*out = a;
	a = NULL;
done:
	hdrcheck__attrs_free(a);
	return error;
}

void hdrcheck__attrs_free(hdrcheck__attrs *a)
{
	if (!a)
		return;
	git_repository_free(a->repo);
	free(a);
}

/* linguist-* take true, "true", "1"; false, unset and "false" are off. */
static int truthy(const char *v)
{
	switch (git_attr_value(v)) {
	case GIT_ATTR_VALUE_TRUE:
		return 1;
	case GIT_ATTR_VALUE_STRING:
		return strcmp(v, "true") == 0 || strcmp(v, "1") == 0;
	default:
		return 0;
	}
}

int hdrcheck__attrs_get(hdrcheck__attrs *a, const char *path,
			hdrcheck__file_attrs *out)
{
	const char *values[HDRCHECK__ARRAY_SIZE(attr_names)];
	git_attr_options opts = GIT_ATTR_OPTIONS_INIT;

	memset(out, 0, sizeof(*out));
	opts.flags = GIT_ATTR_CHECK_FILE_THEN_INDEX;
	if (git_attr_get_many_ext(values, a->repo, &opts, path,
				  HDRCHECK__ARRAY_SIZE(attr_names),
				  (const char **)attr_names) < 0) {
		/* an unreadable attributes file: treat as no attributes */
		git_error_clear();
		return 0;
	}
	out->generated = truthy(values[0]);
	out->vendored = truthy(values[1]);
	out->skip = git_attr_value(values[2]) == GIT_ATTR_VALUE_STRING &&
		    strcmp(values[2], "skip") == 0;
	if (git_attr_value(values[3]) == GIT_ATTR_VALUE_STRING &&
	    strlen(values[3]) < sizeof(a->policy)) {
		/* the value is libgit2's: copy it before the next lookup */
		memcpy(a->policy, values[3], strlen(values[3]) + 1);
		out->policy = a->policy;
	}
	return 0;
}
