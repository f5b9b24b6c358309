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

#ifndef HDRCHECK_INIT_H
#define HDRCHECK_INIT_H

/**
 * @file hdrcheck/init.h
 * @brief Write a starter configuration.
 */

#include "hdrcheck/common.h"

/**
 * Write a commented starter .hdrcheck.yaml at the root of the repository
 * (or directory) found from dir (NULL = "."), its license taken from the
 * LICENSE (or COPYING) file when recognised, else Apache-2.0. Never
 * overwrites: HDRCHECK_EEXISTS when the file exists.
 *
 * @param written the path written (free with hdrcheck_free()); may be NULL
 * @param license the SPDX id recognised in the LICENSE file, or NULL when
 *        none was (static storage); may be NULL
 * @return 0 or a negative HDRCHECK_E* code
 */
HDRCHECK_EXTERN(int)
hdrcheck_init(char **written, const char **license, const char *dir);

#endif
