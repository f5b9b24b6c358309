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

#ifndef HDRCHECK_TESTS_GOLDEN_H
#define HDRCHECK_TESTS_GOLDEN_H

/*
 * What a golden-file test prints when the output differs from the file:
 * a unified diff from the expected bytes to the ones produced (diff -u),
 * so that a CI log shows the lines that changed and not two whole
 * documents. Without diff, both are printed whole.
 */

#include <stddef.h>

/* Print the diff of want (the golden file's bytes) to got on stderr;
 * name labels it. */
void golden_diff(const char *name, const char *want, size_t want_len,
                 const char *got, size_t got_len);

#endif
