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

#ifndef HDRCHECK_COMMON_H
#define HDRCHECK_COMMON_H

/**
 * @file hdrcheck/common.h
 * @brief Export macros and version.
 */

#include <stddef.h>

#if defined(__GNUC__) && !defined(HDRCHECK_STATIC)
#define HDRCHECK_EXTERN(type) extern __attribute__((visibility("default"))) type
#else
#define HDRCHECK_EXTERN(type) extern type
#endif

#define HDRCHECK_VERSION       "0.1.0"
#define HDRCHECK_VERSION_MAJOR 0
#define HDRCHECK_VERSION_MINOR 1
#define HDRCHECK_VERSION_PATCH 0

/** The library's version string, "0.1.0". */
HDRCHECK_EXTERN(const char *) hdrcheck_version(void);

#endif
