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
 * The option and command tables: the one source of hdrcheck's options.
 * The parser (options.c), --help, the man page's SYNOPSIS and OPTIONS,
 * the README's usage block (help.c, through the hidden --docs) and the
 * shell completions are all made from them; tests/cli/docs.sh fails when
 * the committed man page or README disagree.
 */

#include <stddef.h>
#include "cli/options.h"

#define FORMATS                                                                \
	"text json sarif junit markdown csv html spdx-json spdx "              \
	"cyclonedx-json"
#define CHECK     CLI_FOR_CHECK
#define FIX       CLI_FOR_FIX
#define CHECK_FIX (CLI_FOR_CHECK | CLI_FOR_FIX)
#define SCANS     (CLI_FOR_CHECK | CLI_FOR_FIX | CLI_FOR_EXPLAIN)
#define IN_TREE   (SCANS | CLI_FOR_INIT)

const cli_option cli_option_table[] = {
    {NULL, 'C', CLI_ARG_DIR, "DIR", NULL, IN_TREE, 0, 0,
     "run as if started in DIR", NULL,
     "Run as if started in <dir>, as `git -C` does: the repository is "
     "discovered from there, and <path> arguments and the files of `-o`, "
     "`--report`, `--baseline` and `--write-baseline` are relative to it (a "
     "`-c` file is relative to the current directory).",
     CLI_KEY_DIR},
    {"--format", 'f', CLI_ARG_CHOICE, "FMT", FORMATS, CHECK, 0, 0,
     "report format",
     ": text (default), json, sarif, junit, markdown, csv, html, spdx-json, "
     "spdx (SPDX 2.3 tag-value) or cyclonedx-json (CycloneDX 1.6)",
     "Report format: `text` (the default), `json`, `sarif` (SARIF 2.1.0, "
     "for GitHub code scanning), `junit` (JUnit XML), `markdown` (for a CI "
     "job summary or a pull-request comment), `csv` (RFC 4180), `html` (a "
     "self-contained audit report), `spdx-json` (SPDX 2.3 JSON), `spdx` "
     "(SPDX 2.3 tag-value) or `cyclonedx-json` (CycloneDX 1.6 JSON). The "
     "last three list every file with the SHA-1 and SHA-256 of its whole "
     "content, so they read every file to its end. The JSON report is "
     "described in <docs/report-schema.md>, every format in "
     "<docs/reports.md>. For `licenses` and `explain`: `text` (the default) "
     "or `json` (explain's is described in <docs/explain.md>).",
     CLI_KEY_FORMAT},
    {"--format", 'f', CLI_ARG_CHOICE, "FMT", "text json", CLI_FOR_LICENSES, 0,
     0, "list format", ": text (default) or json", NULL, CLI_KEY_FORMAT},
    {"--format", 'f', CLI_ARG_CHOICE, "FMT", "text json", CLI_FOR_EXPLAIN, 0, 0,
     "explanation format",
     ": text (default) or json (described in docs/explain.md)", NULL,
     CLI_KEY_FORMAT},
    {"--output", 'o', CLI_ARG_FILE, "FILE", NULL, CHECK, 0, 0,
     "write the report to FILE", " instead of stdout",
     "Write the report to <file> instead of standard output. The file is "
     "written after the scan has succeeded, atomically: a temporary file "
     "beside it is renamed over it once complete, so that a failed run "
     "leaves the old report whole; it keeps its mode bits, and a symlink "
     "at <file> is replaced, not written through. A device, FIFO or "
     "`/dev/stdout` is written in place. The same holds for `--report`.",
     CLI_KEY_OUTPUT},
    {"--report", 0, CLI_ARG_CHOICE, "FMT[=FILE]", FORMATS, CHECK, 1, 0,
     "also write a report in FMT to FILE",
     " (stdout when no FILE; repeatable; without -f/-o, replaces the default "
     "text report)",
     "Also write a report in <fmt> (as for `--format`) to <file>, or to "
     "standard output when no <file> is named (or it is `-`). The option can "
     "be repeated, to write several reports from one scan; at most one "
     "report may go to standard output. When it is given, the default text "
     "report is not written unless `-f` or `-o` asks for it.",
     CLI_KEY_REPORT},
    {"--fail-on", 0, CLI_ARG_OTHER, "LIST", NULL, CHECK, 0, 0,
     "statuses that make the exit status 1",
     " (default: missing,mismatch,other_license,error; or none)",
     "The statuses that make the exit status 1: a comma-separated list of "
     "`missing`, `mismatch`, `other_license`, `skipped` and `error`, or "
     "`none` to never fail. The default is "
     "`missing,mismatch,other_license,error`. The SARIF, JUnit, Markdown and "
     "HTML reports call these statuses violations.",
     CLI_KEY_FAIL_ON},
    {"--jobs", 'j', CLI_ARG_OTHER, "N", NULL, CHECK_FIX, 0, 0, "worker threads",
     " (1-1024; default: online CPUs)",
     "Classify files on <n> worker threads, from 1 to 1024. The default is "
     "the number of online CPUs. At most 64 threads are started, never more "
     "than there are files, and no more than the limits on file descriptors "
     "and address space allow. With `--rev`, the commit's tree is listed "
     "from the pack files by two threads (one with `-j 1`). The report is "
     "byte-identical for any <n>.",
     CLI_KEY_JOBS},
    {"--color", 0, CLI_ARG_CHOICE, "WHEN", "auto always never", CHECK, 0, 0,
     "colour the text report", ": auto (default), always, never",
     "Colour the text report: `auto` (the default) colours it only when the "
     "report goes to a terminal, `NO_COLOR` is not set to a non-empty value "
     "and `TERM` is not `dumb`; `always` and `never` do what they say. The "
     "other formats are never coloured.",
     CLI_KEY_COLOR},
    {"--quiet", 'q', CLI_ARG_NONE, NULL, NULL, CHECK_FIX, 0, 0,
     "print only the violations",
     " (text report; fix: only the files not fixable, and the summary)",
     "Text report: print only the violations, without the skipped, "
     "copyright holders, licenses and summary lines. The JSON report always "
     "lists every file. `fix`: print only the files it cannot fix, and "
     "the summary. On a terminal, a scan that lasts more than a second shows a "
     "progress line on standard error, unless `-q` is given.",
     CLI_KEY_QUIET},
    {"--exclude", 0, CLI_ARG_OTHER, "GLOB", NULL, SCANS, 1, 0,
     "skip matching paths", " (gitignore-style; repeatable)",
     "Skip the files whose repository-relative path matches <glob>. They "
     "stay in the report as skipped with reason `excluded`. The option can "
     "be repeated. The pattern syntax is the one of gitignore(5): `*` and "
     "`?` do not match `/`, `**` matches any number of directories, `[...]` "
     "is a character class, and `\\` quotes the next character. A pattern "
     "without a `/` (other than a trailing one) matches any path component, "
     "so `*.pb.go` matches at any depth. A pattern that contains a `/` is "
     "anchored at the root, as in `tests/data/**`. A trailing `/` matches "
     "directories only. Negation (`!`) is not supported.",
     CLI_KEY_EXCLUDE},
    {"--config", 'c', CLI_ARG_FILE, "FILE", NULL, SCANS, 0, 0,
     "configuration file",
     " (default: .hdrcheck.yaml, else .licenserc.yaml, at the root)",
     "Read the configuration from <file> (relative to the current "
     "directory) instead of `.hdrcheck.yaml` (or, when absent, a "
     "skywalking-eyes `.licenserc.yaml`) at the root of the scanned tree. A "
     "configuration error is one line <file>:<line>:<column>: <message> and "
     "exit status 2; nothing is scanned. See <docs/config.md>.",
     CLI_KEY_CONFIG},
    {"--no-config", 0, CLI_ARG_NONE, NULL, NULL, SCANS, 0, 0,
     "ignore configuration files", NULL,
     "Ignore configuration files: Apache-2.0 is required everywhere.",
     CLI_KEY_NO_CONFIG},
    {"--changed-since", 0, CLI_ARG_OTHER, "REV", NULL, CHECK_FIX, 0, 0,
     "only the files changed since REV",
     " (since the merge base of REV and HEAD: committed, staged, "
     "unstaged, untracked)",
     "Only the files added, modified or renamed (under the new path) between "
     "the merge base of <rev> and `HEAD` and the current state: committed, "
     "staged, unstaged and untracked changes that are not ignored. Deleted "
     "files are not listed; a file changed and changed back is not a change. "
     "With `--rev` <r2>, the changes from the merge base of <rev> and <r2> "
     "to <r2>; with `--staged`, those of the index. The JSON `source` adds "
     "`changed_since` and the merge `base`. A shallow clone that lacks the "
     "merge base is an error (fetch more history). For `fix`, the files to "
     "fix.",
     CLI_KEY_CHANGED_SINCE},
    {"--rev", 0, CLI_ARG_OTHER, "REV", NULL, CHECK, 0, 0,
     "scan the tree of a commit",
     ", tag or branch, from the object database (no checkout; bare "
     "repositories too)",
     "Scan the tree of <rev> (a commit, tag or branch, as `git rev-parse` "
     "takes it) straight from the object database: no checkout is needed, "
     "and bare repositories work. The configuration and `.gitattributes` "
     "come from that commit. <path> arguments name paths of the tree "
     "(relative to the current directory's place in the work tree, if any). "
     "The JSON `source` has `kind` `rev`, the `rev` as given and the "
     "resolved `commit`.",
     CLI_KEY_REV},
    {"--staged", 0, CLI_ARG_NONE, NULL, NULL, CHECK, 0, 0,
     "scan the staged content",
     " of the files that differ from HEAD (for a pre-commit hook)",
     "Scan the staged content (the index's blobs) of the files that differ "
     "from `HEAD`, as a pre-commit hook needs; the configuration and "
     "attributes come from the index. When the staged configuration file "
     "differs from the work tree's, a warning line says so. Not with "
     "`--rev`. The JSON `source` has `kind` `index`.",
     CLI_KEY_STAGED},
    {"--include-submodules", 0, CLI_ARG_NONE, NULL, NULL, CHECK, 0, 0,
     "also scan checked-out submodules", NULL,
     "Also scan checked-out submodules; their files are reported under the "
     "submodule's path. Work-tree scans only.",
     CLI_KEY_INCLUDE_SUBMODULES},
    {"--no-cache", 0, CLI_ARG_NONE, NULL, NULL, CHECK, 0, 0,
     "do not use the result cache", " in $GIT_DIR/hdrcheck",
     "Neither read nor write the result cache. In a repository, hdrcheck "
     "keeps its verdicts under <$GIT_DIR/hdrcheck/> and reuses one when the "
     "file's blob id (for a work-tree file, from the index when git's stat "
     "check says the file is unmodified), its path, the attribute files "
     "that apply to it, the configuration, `--exclude` and the hdrcheck "
     "build are the same. The verdicts are the same with and without it; a "
     "damaged cache file is ignored; removing the directory is always safe. "
     "A `hdrcheck` directory that is a symbolic link, not a directory, or "
     "another user's is not used: the run goes on without the cache and "
     "says why in one warning line on standard error.",
     CLI_KEY_NO_CACHE},
    {"--baseline", 0, CLI_ARG_FILE, "FILE", NULL, CHECK, 0, 0,
     "known violations that do not fail the run",
     " (same path, status and content; its entries that match nothing are "
     "listed as stale; default: the configuration's \"baseline\")",
     "Read a baseline (written by `--write-baseline`; relative to <dir> "
     "with `-C`). A violation it records with the same status and the same "
     "content (git blob id) is still reported, marked `baselined` (JSON "
     "`\"baselined\": true`), and counted apart in every format, but it does "
     "not make the exit status 1. A recorded file whose content changed is "
     "judged afresh. Entries that match no violation (the file is clean, "
     "gone or changed) are listed as stale; rewrite the baseline to drop "
     "them. Default: the configuration's `baseline`, if any.",
     CLI_KEY_BASELINE},
    {"--write-baseline", 0, CLI_ARG_FILE, "FILE", NULL, CHECK, 0, 0,
     "record the current violations in FILE", " (exit 0)",
     "Record the violations of the run (those of `--fail-on`, but for the "
     "files a waiver accepts) in <file>, written whole and renamed into "
     "place: one line per file, sorted by path, tab-separated path, status, "
     "blob id and reason. The same findings give the same bytes. The "
     "reports are written as usual; the exit status is 0 unless something "
     "fails (2). The baseline file, read or written, is skipped as "
     "`excluded` when it lies in the scanned tree.",
     CLI_KEY_WRITE_BASELINE},
    {"--archive", 0, CLI_ARG_FILE, "FILE", NULL, CHECK, 0, 0,
     "audit a release archive in memory",
     " (tar, .tar.gz/bz2/xz/zst, zip; never extracted; its top-level "
     "directory stripped; LICENSE and NOTICE must be at its root)",
     "Audit a release archive instead of a directory: tar (plain, or "
     "compressed with gzip, bzip2, xz or zstd) or zip, recognised from its "
     "content (<file> is relative to the current directory, as `-c` is). "
     "It is read once in memory and never extracted. A single "
     "top-level directory holding every entry (as `git archive --prefix` "
     "makes it) is stripped from the paths, and the configuration comes "
     "from the archive's root (or `-c`); <path> arguments name paths inside "
     "the archive. A name with a `..` component or an absolute name, a name "
     "listed twice, and a hard link are `error` findings (not audited); a "
     "symbolic link is skipped (`symlink`) and never followed; a device "
     "file or FIFO is skipped (`unsupported_type`). A `LICENSE` or `NOTICE` "
     "file missing at the root (ASF release policy) is a `missing` finding "
     "of that name. A truncated or corrupt archive, a file that is no "
     "archive, and a decompression bomb (more than 100 times as many bytes "
     "out as in, past 64 MiB) are errors (exit 2). `.gitattributes` files "
     "in the archive are not applied. The JSON `source` has `kind` "
     "`archive` and the archive's absolute path as `root`. See "
     "<docs/archive.md>. Not with `--rev`, `--staged`, `--changed-since` or "
     "`--include-submodules`.",
     CLI_KEY_ARCHIVE},
    {"--against", 0, CLI_ARG_OTHER, "REV", NULL, CHECK, 0, 0,
     "compare the archive with the tree of REV",
     " (content, mode, links; any difference exits 1)",
     "With `--archive`: compare every entry with the tree of <rev> "
     "(resolved in the repository found from `-C` or the current directory) "
     "by git blob id and executable bit, symbolic links by target. The "
     "report lists the paths only in the archive, only in <rev>, and "
     "modified (with the changes `content`, `mode`, `symlink`, `type`, "
     "`duplicate`, `unverified`); in JSON as the top-level object `archive` "
     "with the keys `against`, `commit`, `only_in_archive`, `only_in_rev` "
     "and `modified`. Any difference makes the exit status 1, whatever "
     "`--fail-on` says.",
     CLI_KEY_AGAINST},
    {"--dry-run", 0, CLI_ARG_NONE, NULL, NULL, FIX, 0, 0,
     "change nothing, print a diff", " (a unified diff that git apply takes)",
     "Change nothing; write to standard output a unified diff of the "
     "changes (`diff --git`, `--- a/`<path>, `+++ b/`<path>) that `git "
     "apply` accepts, and the per-file lines and the summary to standard "
     "error.",
     CLI_KEY_DRY_RUN},
    {"--year-from-git", 0, CLI_ARG_NONE, NULL, NULL, FIX, 0, 0,
     "the year of the commit that added the file",
     " (for a new copyright line)",
     "The year of a new copyright line is the year of the oldest commit "
     "that added the file (one walk of the history for the whole run); "
     "files no commit added get the current year, or that of "
     "`SOURCE_DATE_EPOCH`.",
     CLI_KEY_YEAR_FROM_GIT},
    {"--help", 'h', CLI_ARG_NONE, NULL, NULL, CLI_FOR_ALL, 0, 0,
     "show the help", " (after a command: that command's)",
     "Print the usage and exit with status 0: after a command (`hdrcheck "
     "fix --help`, or `hdrcheck help fix`), that command's usage and "
     "options.",
     CLI_KEY_HELP},
    {"--version", 'V', CLI_ARG_NONE, NULL, NULL, CLI_FOR_ALL, 0, 0,
     "show the version", NULL,
     "Print `hdrcheck` and the version, then on a second line the version "
     "of the SPDX License List built in (`SPDX License List 3.28.0`), and "
     "exit with status 0.",
     CLI_KEY_VERSION},
    {"--completions", 0, CLI_ARG_CHOICE, "SHELL", "bash zsh fish", CLI_FOR_ALL,
     0, 1, "print a shell completion script", NULL, NULL, CLI_KEY_COMPLETIONS},
    {"--docs", 0, CLI_ARG_CHOICE, "WHAT",
     "man-synopsis man-options readme-usage", CLI_FOR_ALL, 0, 1,
     "print a part of the documentation", NULL, NULL, CLI_KEY_DOCS},
    {"--git-readers", 0, CLI_ARG_CHOICE, "WHICH", "own libgit2", CHECK, 0, 1,
     "libgit2: read git's index, packs and ignore rules through libgit2 "
     "only",
     NULL, NULL, CLI_KEY_GIT_READERS},
    {NULL, 0, CLI_ARG_NONE, NULL, NULL, 0, 0, 0, NULL, NULL, NULL, 0}};

const cli_command_info cli_command_table[] = {
    {"check", CLI_COMMAND_CHECK, CLI_FOR_CHECK, "[PATH...]",
     "scan (the default)",
     "Check that every file in scope carries its license header "
     "(Apache-2.0, unless .hdrcheck.yaml says otherwise) and write a "
     "report. This is the default command. PATH arguments narrow the scan "
     "to those files or directories. Reports carry the date of "
     "SOURCE_DATE_EPOCH when it is set. A progress line goes to a "
     "terminal's stderr when a scan takes over a second.",
     "0 no violations; 1 a file is missing, mismatch, other_license or "
     "error (see --fail-on) and no baseline or waiver accepts it; 2 usage "
     "or runtime error."},
    {"fix", CLI_COMMAND_FIX, CLI_FOR_FIX, "[PATH...]",
     "add missing headers, repair damaged ones",
     "Scan as check does, then add the policy's header to every missing "
     "file and repair the damaged header of every mismatch file, with the "
     "smallest change. Files are written atomically; files under another "
     "license or copyright, third-party code and files whose content "
     "contradicts their type are listed as not fixable. See docs/fix.md.",
     "0 nothing left to fix; 1 files changed (or, with --dry-run, would be) "
     "or still violating; 2 error."},
    {"explain", CLI_COMMAND_EXPLAIN, CLI_FOR_EXPLAIN, "PATH",
     "show how one file is classified",
     "Show how one file is classified: its type and why, the comment "
     "syntax, the preamble, the header window, the policy, the normalised "
     "header text, SPDX tags, the verdict, and a word diff of a damaged "
     "header.",
     "0 explained; 2 error."},
    {"init", CLI_COMMAND_INIT, CLI_FOR_INIT, NULL,
     "write a starter .hdrcheck.yaml",
     "Write a commented starter .hdrcheck.yaml at the root of the "
     "repository, its license recognised from the LICENSE (or COPYING) "
     "file. An existing file is never overwritten.",
     "0 written; 2 error (also when .hdrcheck.yaml exists)."},
    {"languages", CLI_COMMAND_LANGUAGES, CLI_FOR_LANGUAGES, NULL,
     "list the file types",
     "List the built-in file types: the names, extensions and shebang "
     "interpreters that select each, and its comment syntax.",
     NULL},
    {"licenses", CLI_COMMAND_LICENSES, CLI_FOR_LICENSES, NULL,
     "list the SPDX License List built in",
     "List the SPDX License List built in: ids, names, OSI approval, "
     "the licenses whose standard header is recognised too (hdr), "
     "deprecated ids and their replacements.",
     NULL},
    {NULL, CLI_COMMAND_CHECK, 0, NULL, NULL, NULL, NULL}};
