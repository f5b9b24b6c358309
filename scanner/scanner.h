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

#ifndef HDRCHECK_SCANNER_SCANNER_H
#define HDRCHECK_SCANNER_SCANNER_H

/*
 * All of the scanner's internal headers, for the tests and the fuzz
 * targets. The scanner's own files include the headers they use:
 *
 *   scanner/sources/source.h    the source interface: entries, the
 *                               source's calls, the vtables
 *   scanner/sources/internal.h  inside the sources (libgit2 state)
 *   scanner/git/ (each .h)      the git formats read by hand (index,
 *                               pack, ignore rules), the merge base, the
 *                               result and directory caches
 *   scanner/attributes.h        .gitattributes
 *   scanner/check.h             what check gives the fixer
 *   scanner/history.h           --year-from-git
 */

#include "scanner/attributes.h"
#include "scanner/check.h"
#include "scanner/git/cache.h"
#include "scanner/git/dircache.h"
#include "scanner/git/ignore.h"
#include "scanner/git/index.h"
#include "scanner/git/oid.h"
#include "scanner/history.h"
#include "scanner/sources/internal.h"
#include "scanner/sources/source.h"

#endif
