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
 * Preamble detection: the first input byte picks a built-in type, the
 * rest is the file. The header window must start inside the buffer, and
 * the line number reported for it must be the line that offset is on (or
 * one past the last line, for a file that ends inside its preamble).
 */

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "policies/filetypes.h"
#include "policies/header.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check(const hdrcheck_language *lang, const char *buf, size_t len)
{
	unsigned int line = 0;
	size_t off = hdrcheck__preamble_end(lang, buf, len, &line), i, nl = 0;

	if (off > len || line < 1)
		__builtin_trap();
	for (i = 0; i < off; i++)
		nl += buf[i] == '\n';
	/* a preamble line without a final '\n' counts as a whole line */
	if (line != nl + 1 && !(off == len && line == nl + 2))
		__builtin_trap();
	/* deterministic, and the BOM only ever shifts the start */
	if (hdrcheck__preamble_end(lang, buf, len, &line) != off)
		__builtin_trap();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const hdrcheck_language *lang;
	char *buf;
	size_t len;

	if (size < 1)
		return 0;
	lang = &hdrcheck__languages[data[0] % hdrcheck__languages_count];
	len = size - 1;
	/* an exact-size heap copy, so ASan sees reads past the end */
	if (!(buf = malloc(len ? len : 1)))
		return 0;
	memcpy(buf, data + 1, len);
	check(lang, buf, len);
	check(NULL, buf, len);
	free(buf);
	return 0;
}
