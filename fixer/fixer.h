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

#ifndef HDRCHECK_FIXER_FIXER_H
#define HDRCHECK_FIXER_FIXER_H

/*
 * The fixer rewrites files: it renders a header for a type and a policy
 * (render.c), works out the new content of a file from the policies'
 * plan (fix.c), writes it atomically and safely (write.c), or describes
 * it as a unified diff (diff.c). It is the only module that writes to the
 * scanned tree. No third-party header here.
 */

#include <stddef.h>
#include <sys/stat.h>
#include "common.h"
#include "common/atomic.h"
#include "hdrcheck/fix.h"
#include "policies/policy.h"

/* --- render.c --- */

/* A comment style to write a header in: line comments with a marker, or
 * one block comment, or one block comment per line (line and close: a
 * Django template's "{# text #}", which cannot span lines). */
typedef struct {
	const char *line;  /* "#", "//", "--", "{#" ...; or NULL */
	const char *open;  /* block delimiters when line is NULL */
	const char *close; /* with line: the closer that ends every line */
} hdrcheck__fix_style;

/* The canonical style of a type: the C family gets slash-star blocks
 * with " * " lines, Go, Rust, Swift and Dart their "//" lines, types
 * with line comments their first marker, the rest their first block.
 * Returns 0, or 1 when the type has no comment syntax. */
int hdrcheck__fix_style_for(hdrcheck__fix_style *out,
                            const hdrcheck_language *lang);

/* The style for a header inserted into buf: hdrcheck__fix_style_for's,
 * except that where it picks one of several line markers and the file's
 * own line comments use another of the type's (an INI file written with
 * ";", which some readers take alone), that one. A marker counts when a
 * blank, the line's end or the same character follows it ("#include" is
 * none). */
int hdrcheck__fix_style_of_file(hdrcheck__fix_style *out,
                                const hdrcheck_language *lang, const char *buf,
                                size_t len);

/*
 * Append text (undecorated lines separated by '\n') as one comment in
 * style s, each line ended by eol, the last one only when final_eol.
 * Returns 0, 1 with *why (static) when a line would end the comment early
 * (or, in XML, hold "--"), or a negative error. A style with a line
 * marker and a closer writes "marker text closer" per line, "marker
 * closer" for an empty one.
 */
int hdrcheck__fix_render(hdrcheck_buf *out, const hdrcheck__fix_style *s,
                         const char *text, size_t len, const char *eol,
                         int final_eol, const char **why);

/*
 * The header text of a rule, undecorated, lines separated by '\n' (no
 * final newline): the policy's header with {year} and {holder} filled in;
 * or "Copyright <year> <holder>" (when with_copyright and a holder is
 * configured), an SPDX tag (when the policy requires one, or the license
 * has no built-in text), and the license's text. Returns 0, 1 with *why
 * (static) when no header can be made, or a negative error.
 */
int hdrcheck__fix_header_text(hdrcheck_buf *out, const hdrcheck__fix_facts *f,
                              int year, int with_copyright, const char **why);

/* The Apache-2.0 appendix notice with its usual line breaks. */
extern const char hdrcheck__fix_apache_text[];

/* --- diff.c --- */

/*
 * Append a unified diff of a -> b for path (with "diff --git", "--- a/",
 * "+++ b/" lines, paths quoted as git quotes them) that `git apply`
 * accepts. Nothing when a and b are equal.
 */
int hdrcheck__fix_diff(hdrcheck_buf *out, const char *path, const char *a,
                       size_t alen, const char *b, size_t blen);

/* --- write.c --- */

/* The largest file fix rewrites. */
#define HDRCHECK__FIX_MAX_BYTES (64u * 1024 * 1024)

/* A file opened for fixing, beneath the root, no symlink followed. */
typedef struct {
	int dir_fd; /* its directory */
	int fd;     /* the file, read-only */
	char *name; /* its name in dir_fd */
	struct stat st;
	char *data; /* the whole content */
	size_t len;
} hdrcheck__fix_file;

#define HDRCHECK__FIX_FILE_INIT                                                \
	{                                                                      \
		-1, -1, NULL                                                   \
	}

/*
 * Open root-relative path (every directory on the way opened with
 * O_NOFOLLOW from root_fd, so no symlink leads out of the tree) and read
 * it whole. Returns 0; 1 with *why (malloc'd) when the file cannot be
 * fixed (a symlink, not a regular file, too large, unreadable, gone,
 * hard-linked); or a negative error.
 */
int hdrcheck__fix_file_open(hdrcheck__fix_file *f, int root_fd,
                            const char *path, char **why);

/* 1 when the file may be written: some write bit set, and writable by
 * us. */
int hdrcheck__fix_file_writable(const hdrcheck__fix_file *f);

/* Called after the new content is on disk and before the final checks
 * and the rename (tests use it to change the file meanwhile). */
typedef void (*hdrcheck__fix_hook)(void *payload);

/* 1 and *pid when name is one of the atomic writer's temporary names
 * ("." NAME HDRCHECK__ATOMIC_TMP_INFIX PID "." RANDOM, common/atomic.h). */
int hdrcheck__fix_temp_name(const char *name, long *pid);

/*
 * Remove from root-relative directory dir ("" = the root) the temporary
 * files a fix killed before its rename left: names of the pattern above
 * whose process is gone, regular files of ours with one link. Never
 * follows a symlink, never leaves the tree. *removed (may be NULL) gets
 * how many. A directory that cannot be opened is no error.
 */
int hdrcheck__fix_sweep(int root_fd, const char *dir, size_t *removed);

/*
 * Replace the file with data through the atomic writer (common/atomic.h):
 * an unnamed file in the same directory (O_TMPFILE; a named one created
 * O_CREAT|O_EXCL where the file system lacks it), written, given the
 * owner, mode bits and extended attributes of the old one, fsync'd, then
 * renamed over it, unless the
 * old file changed since it was read (identity, size, times, content).
 * The temporary file never survives a failure; only a SIGKILL or a crash
 * between link and rename (without O_TMPFILE: any time) leaves it, for
 * hdrcheck__fix_sweep(). Returns 0, 1 with *why (malloc'd)
 * when the file was left alone, or a negative error.
 */
int hdrcheck__fix_file_replace(hdrcheck__fix_file *f, const char *data,
                               size_t len, hdrcheck__fix_hook hook,
                               void *payload, char **why);

void hdrcheck__fix_file_close(hdrcheck__fix_file *f);

/* --- fix.c --- */

/*
 * The new content of a file from its plan: a header inserted after the
 * preamble, or the plan's block rewritten. year: of a new copyright line.
 * Each candidate is classified again and must come out `ok`; the first
 * that does is taken. Returns 0 with *action set (out holds the
 * content), 1 with *why (malloc'd) when the file cannot be fixed, or a
 * negative error.
 */
int hdrcheck__fix_content(hdrcheck_buf *out, hdrcheck_fix_action *action,
                          char **why, hdrcheck__classifier *c, const char *path,
                          const char *policy, const hdrcheck__fix_plan *plan,
                          const char *buf, size_t len, int year);

/* hdrcheck_fix() with a hook (see hdrcheck__fix_hook) for the tests. */
int hdrcheck__fix_run(hdrcheck_fix_result **out,
                      const hdrcheck_fix_options *opts, hdrcheck__fix_hook hook,
                      void *payload);

#endif
