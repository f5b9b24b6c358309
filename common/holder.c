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
 * Copyright holders' names: what policies/copyright.c (reading a notice)
 * and reports/util.c (merging the report's holders) agree on.
 */

#include <string.h>
#include <strings.h>
#include "common.h"

/* The legal forms of a company: "Copyright 2018 Inc." names no holder,
 * and "ARM", "ARM Ltd" and "ARM Limited" are one. */
static const char *const legal_forms[] = {
    "inc",  "ltd", "limited", "llc", "corp", "corporation", "incorporated",
    "gmbh", "ag",  "co",      "plc", "sa",   "sas",         "srl",
    "bv",   "nv",  "ab",      "asa", "oy",   "kk",          "pty",
    "sl",   "spa", "lp",      "llp", "as",   "company"};

int hdrcheck__legal_form(const char *word, size_t len)
{
	size_t k;

	for (k = 0; k < HDRCHECK__ARRAY_SIZE(legal_forms); k++)
		if (strlen(legal_forms[k]) == len &&
		    strncasecmp(word, legal_forms[k], len) == 0)
			return 1;
	return 0;
}
