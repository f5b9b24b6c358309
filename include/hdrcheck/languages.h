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

#ifndef HDRCHECK_LANGUAGES_H
#define HDRCHECK_LANGUAGES_H

/**
 * @file hdrcheck/languages.h
 * @brief The built-in table of file types and their comment syntax.
 */

#include "hdrcheck/common.h"

/** A block comment's delimiters. */
typedef struct {
	const char *open;
	const char *close;
} hdrcheck_block_comment;

/** Preambles a type may carry before its header. */
typedef enum {
	HDRCHECK_PRE_SHEBANG = 1u << 0, /**< #! on line 1 */
	HDRCHECK_PRE_MAGIC = 1u << 1,   /**< coding / frozen_string_literal */
	HDRCHECK_PRE_XML = 1u << 2,     /**< <?xml ...?> */
	HDRCHECK_PRE_DOCTYPE = 1u << 3, /**< <!DOCTYPE ...> */
	HDRCHECK_PRE_PHP = 1u << 4,     /**< <?php */
	HDRCHECK_PRE_DOCKER = 1u << 5,  /**< # syntax= / # escape= */
	HDRCHECK_PRE_FRONT_MATTER = 1u << 6, /**< --- ... --- */
	HDRCHECK_PRE_BATCH = 1u << 7,    /**< @echo off, setlocal (any case) */
	HDRCHECK_PRE_STARTUML = 1u << 8, /**< @startuml (PlantUML) */
	/** 'use strict'; "use client" (may precede the header) */
	HDRCHECK_PRE_DIRECTIVE = 1u << 9,
	/** <?pi?>, <!DOCTYPE> and the root element's start tag (HTML: and
	 *  <head>; Vue, Svelte: <template>, <script>, <style>) may precede
	 *  the header */
	HDRCHECK_PRE_ROOT_TAG = 1u << 10,
	/** a module docstring may precede the header (Python) */
	HDRCHECK_PRE_DOCSTRING = 1u << 11,
	/** one "package name" line may precede the header (Java, Go) */
	HDRCHECK_PRE_PACKAGE = 1u << 12,
	/** a title block may precede the header (reStructuredText,
	 *  AsciiDoc, Markdown): a section title, a "# heading", targets,
	 *  attributes, includes */
	HDRCHECK_PRE_TITLE = 1u << 13,
	/** YAML's %YAML/%TAG directives and "---" may precede the header */
	HDRCHECK_PRE_YAML_START = 1u << 14,
	/** Lex/Yacc declarations may precede the header: %{ %}, %option,
	 *  %code {...} */
	HDRCHECK_PRE_LEX = 1u << 15,
	/** C#'s "#region name", "#if X" lines may precede the header */
	HDRCHECK_PRE_REGION = 1u << 16,
	/** Mako's "<%!" (a Python block) may precede a "#" header */
	HDRCHECK_PRE_MAKO = 1u << 17,
	/** C's include guard ("#ifndef X" then "#define X", or "#pragma
	 *  once") may precede the header */
	HDRCHECK_PRE_GUARD = 1u << 18,
	/** the shell's option lines ("set -eu", "set -o pipefail") may
	 *  precede the header */
	HDRCHECK_PRE_SHELL_SET = 1u << 19
} hdrcheck_preamble_flags;

/** One file type. All arrays are NULL-terminated (blocks: open == NULL). */
typedef struct {
	const char *name;              /**< "Python" */
	const char *const *extensions; /**< lower case, no dot: "py", "d.ts" */
	const char *const *filenames;  /**< exact base names: "Makefile" */
	const char *const *interpreters;  /**< shebang programs: "python3" */
	const char *const *line_comments; /**< "#", "//" */
	const hdrcheck_block_comment *block_comments; /**< "/" "*" ... */
	unsigned int preambles; /**< hdrcheck_preamble_flags */
	int no_comments;        /**< 1: cannot hold a comment (JSON) */
	/** Markers that open a comment continued by the indented lines that
	 *  follow it: ".." in reStructuredText (".. name::", ".. _x:",
	 *  ".. [1]" and ".. |x|" are markup, not comments). NULL: none. */
	const char *const *indented_comments;
	/** Markers that open a line comment only in column 1 (Fortran fixed
	 *  form: "C", "c", "*"). NULL: none. */
	const char *const *column1_comments;
	/** What a file of this type must start with, after a shebang, lower
	 *  case, matched ignoring case: a line (Cabal's "cabal-version:",
	 *  dune-project's "(lang dune"), or a block comment when it starts
	 *  with one of block_comments' openers (dub's "/+ dub.sdl:"). It
	 *  stays above the header. NULL: none. */
	const char *const *first_lines;
	/** 1: a line comment marker at the top of a file of a weak
	 *  extension counts only when a blank or the line's end follows it
	 *  ("# text", "#"): "#,Name" or "#id" opening a CSV is a column
	 *  title, and the file keeps its type by name. */
	int word_comments;
} hdrcheck_language;

/** The number of built-in types. */
HDRCHECK_EXTERN(size_t) hdrcheck_languages_count(void);

/** The i-th built-in type (static storage) or NULL when out of range. */
HDRCHECK_EXTERN(const hdrcheck_language *) hdrcheck_languages_get(size_t i);

#endif
