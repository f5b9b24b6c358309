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

#ifndef HDRCHECK_SCANNER_GIT_READERS_H
#define HDRCHECK_SCANNER_GIT_READERS_H

/*
 * The seam between hdrcheck's own readers of git's formats and libgit2's:
 * each bit hands one of them over to libgit2 for a run (an option of the
 * run, never the environment). The reports are the same either way; the
 * tests compare the two, and `check --git-readers=libgit2` sets them all
 * for diagnosis.
 */

/* the index: git_repository_index() instead of scanner/git/index.c */
#define HDRCHECK__LIBGIT2_INDEX 0x1u
/* blobs and trees: libgit2's object database instead of
 * scanner/git/pack.c */
#define HDRCHECK__LIBGIT2_PACK 0x2u
/* the untracked walk's ignore rules: git_ignore_path_is_ignored() instead
 * of scanner/git/ignore.c */
#define HDRCHECK__LIBGIT2_IGNORE 0x4u
#define HDRCHECK__LIBGIT2_ALL                                                  \
	(HDRCHECK__LIBGIT2_INDEX | HDRCHECK__LIBGIT2_PACK |                    \
	 HDRCHECK__LIBGIT2_IGNORE)

#endif
