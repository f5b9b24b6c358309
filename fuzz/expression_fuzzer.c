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
 * The SPDX expression parser on arbitrary bytes, as an
 * SPDX-License-Identifier tag's text meets it: the input is
 * "<expression>\n<policy license>". Beyond no crash, no leak and no read
 * past the input, its promises are checked: a valid expression's normal
 * form is valid and is its own normal form (idempotent), and it
 * satisfies a policy exactly when the original does; an invalid one has
 * a one-line reason and satisfies nothing.
 */

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "common.h"
#include "policies/expression.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *nl = memchr(data, '\n', size);
	size_t elen = nl ? (size_t)(nl - data) : size;
	char *policy = NULL, *norm = NULL, *again = NULL;
	int rc, rc2;

	if (nl && (policy = malloc(size - elen)) != NULL) {
		memcpy(policy, nl + 1, size - elen - 1);
		policy[size - elen - 1] = '\0';
	}
	rc = hdrcheck__expr_normalize(&norm, (const char *)data, elen);
	if (rc < 0)
		goto done;
	if (rc == HDRCHECK__EXPR_INVALID) {
		/* the input holds no newline, so neither may the reason */
		if (!norm || strchr(norm, '\n'))
			__builtin_trap();
		if (policy && *policy &&
		    hdrcheck__expr_satisfies((const char *)data, elen,
		                             policy) == 1)
			__builtin_trap();
		goto done;
	}
	rc2 = hdrcheck__expr_normalize(&again, norm, strlen(norm));
	if (rc2 == HDRCHECK__EXPR_INVALID || (rc2 == 0 && strcmp(again, norm)))
		__builtin_trap();
	if (policy && *policy && strlen(policy) == size - elen - 1) {
		int a =
		    hdrcheck__expr_satisfies((const char *)data, elen, policy);
		int b = hdrcheck__expr_satisfies(norm, strlen(norm), policy);

		if (a >= 0 && b >= 0 && a != b)
			__builtin_trap();
	}
done:
	free(norm);
	free(again);
	free(policy);
	return 0;
}
