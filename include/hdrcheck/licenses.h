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

#ifndef HDRCHECK_LICENSES_H
#define HDRCHECK_LICENSES_H

/**
 * @file hdrcheck/licenses.h
 * @brief The built-in catalogue: the SPDX License List.
 */

#include "hdrcheck/common.h"

/** One license or exception of the SPDX License List. */
typedef struct {
	const char *id;          /**< "GPL-2.0-only" (static storage) */
	const char *name;        /**< "MIT License"; NULL for exceptions */
	const char *replacement; /**< a deprecated id's current expression */
	int osi;                 /**< 1: OSI approved */
	int deprecated;          /**< 1: a deprecated id */
	int exception;           /**< 1: a WITH exception, not a license */
	int has_text;            /**< 1: the full text is built in */
	int has_header;          /**< 1: its standard header is built in */
} hdrcheck_license_info;

/** The number of catalogue entries (licenses and exceptions). */
HDRCHECK_EXTERN(size_t) hdrcheck_licenses_count(void);

/**
 * The i-th entry, in id order (ASCII case folded), into *out.
 * @return 0, or -1 when i is out of range or out is NULL.
 */
HDRCHECK_EXTERN(int)
hdrcheck_licenses_get(hdrcheck_license_info *out, size_t i);

/** The SPDX License List version built in, "3.28.0" (static storage). */
HDRCHECK_EXTERN(const char *) hdrcheck_license_list_version(void);

#endif
