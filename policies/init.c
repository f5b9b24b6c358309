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
 * `hdrcheck init`: a commented starter .hdrcheck.yaml, its license taken
 * from the repository's LICENSE file when the text is recognised.
 */

#include <stdlib.h>
#include <string.h>
#include "policies/catalogue.h"
#include "policies/header.h"
#include "policies/identify.h"
#include "policies/policy.h"

static const char starter[] =
    "# SPDX-License-Identifier: %s\n"
    "#\n"
    "# hdrcheck configuration; every key is described in hdrcheck's\n"
    "# docs/config.md.\n"
    "# Written by `hdrcheck init`%s.\n"
    "version: 1\n"
    "\n"
    "# Paths never checked (gitignore-style globs; \"!\" re-includes).\n"
    "# LICENSE*, NOTICE* and COPYING* are skipped already\n"
    "# (builtin_exclusions: false turns that off).\n"
    "exclude: []\n"
    "#  - \"docs/**/*.svg\"\n"
    "\n"
    "# Policies, in order: for each file the LAST one whose paths match\n"
    "# wins, as in .gitattributes.\n"
    "policies:\n"
    "  - name: default\n"
    "    paths: [\"**\"]\n"
    "    license: %s\n"
    "    # spdx: accept       # accept | require | reject the SPDX tag alone\n"
    "    # copyright:\n"
    "    #   holder: \"The Example Authors\"\n"
    "    #   required: false\n"
    "\n"
    "  # Third-party code keeps its own license: any recognised one "
    "passes.\n"
    "  # - name: third-party\n"
    "  #   paths: [\"vendor/**\", \"third_party/**\"]\n"
    "  #   third_party: true\n"
    "\n"
    "  # Generated or fixture files that carry no header.\n"
    "  # - name: fixtures\n"
    "  #   paths: [\"**/testdata/**\"]\n"
    "  #   skip: true\n";

int hdrcheck__init_render(hdrcheck_buf *out, const char *license_text,
                          size_t len, const char **detected)
{
	hdrcheck__identifier *id = NULL;
	hdrcheck__ident_scratch *s = NULL;
	hdrcheck__ident r = {0};
	const char *spdx = NULL, *why;
	int error = 0;

	*detected = NULL;
	if (license_text) {
		/* the whole LICENSE file against every text of the SPDX
		 * License List (nova's, Apache-2.0 without its appendix,
		 * is Apache-2.0) */
		if ((error = hdrcheck__identifier_new(&id)) < 0 ||
		    (error = hdrcheck__ident_scratch_new(&s)) < 0 ||
		    (error = hdrcheck__identify_text(&r, id, s, license_text,
		                                     len)) < 0)
			goto done;
		if (r.kind == HDRCHECK__IDENT_TEXT && r.expression) {
			const hdrcheck__spdx_entry *e =
			    hdrcheck__catalogue_lookup(r.expression,
			                               strlen(r.expression), 0);

			/* one license: the catalogue's id (static) */
			spdx = e ? e->id : NULL;
		}
	}
	*detected = spdx;
	why = spdx ? " (license recognised in the LICENSE file)"
	      : license_text
	          ? " (the LICENSE file was not recognised: Apache-2.0 assumed)"
	          : " (no LICENSE file: Apache-2.0 assumed)";
	error = hdrcheck__buf_printf(out, starter, spdx ? spdx : "Apache-2.0",
	                             why, spdx ? spdx : "Apache-2.0");
done:
	hdrcheck__ident_dispose(&r);
	hdrcheck__ident_scratch_free(s);
	hdrcheck__identifier_free(id);
	return error;
}
