#!/bin/sh
# Copyright 2026 The hdrcheck Authors
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#     http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.
# The shell completions come from the option table: each parses, each
# --help per command, "hdrcheck help CMD", the option parser's edges
# (getopt_long: abbreviations, grouped flags, one-line errors), and the
# man page and README blocks made from the option table.
#   sh tests/cli/help.sh BIN SOURCE_DIR
set -eu
bin=$1
src=$2
tmp=$(mktemp -d "${TMPDIR:-/tmp}/hdrcheck-help.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

fail() {
	echo "help: $*" >&2
	exit 1
}

# run EXPECTED-STATUS ARGS...: stdout in $tmp/out, stderr in $tmp/err
run() {
	want=$1
	shift
	rc=0
	"$bin" "$@" >"$tmp/out" 2>"$tmp/err" || rc=$?
	[ "$rc" -eq "$want" ] ||
		fail "hdrcheck $*: status $rc, not $want: $(cat "$tmp/err")"
}

# a usage error: status 2 and exactly one line "hdrcheck: MESSAGE"
usage_error() {
	msg=$1
	shift
	run 2 "$@"
	[ ! -s "$tmp/out" ] || fail "hdrcheck $*: wrote to stdout"
	[ "$(wc -l <"$tmp/err")" -eq 1 ] ||
		fail "hdrcheck $*: not one line: $(cat "$tmp/err")"
	[ "$(cat "$tmp/err")" = "hdrcheck: $msg" ] ||
		fail "hdrcheck $*: \"$(cat "$tmp/err")\", not \"hdrcheck: $msg\""
}

run 0 --help
cp "$tmp/out" "$tmp/overview"
grep -q '^usage: hdrcheck \[check\]' "$tmp/overview" || fail "--help: no usage"
for cmd in check fix explain init languages licenses; do
	grep -q "^       hdrcheck $cmd\\b" "$tmp/overview" ||
		[ "$cmd" = check ] || fail "--help has no usage line for $cmd"
	run 0 "$cmd" --help
	cp "$tmp/out" "$tmp/$cmd.help"
	pattern="^usage: hdrcheck $cmd\\b"
	[ "$cmd" = check ] && pattern='^usage: hdrcheck \[check\]'
	grep -q "$pattern" "$tmp/$cmd.help" ||
		fail "$cmd --help: $(head -1 "$tmp/$cmd.help")"
	cmp -s "$tmp/$cmd.help" "$tmp/overview" &&
		fail "$cmd --help prints the overview"
	run 0 help "$cmd"
	cmp -s "$tmp/out" "$tmp/$cmd.help" ||
		fail "help $cmd differs from $cmd --help"
	run 0 "$cmd" -h
	cmp -s "$tmp/out" "$tmp/$cmd.help" ||
		fail "$cmd -h differs from $cmd --help"
	awk 'length($0) > 79 { exit 1 }' "$tmp/$cmd.help" ||
		fail "$cmd --help has a line over 79 columns"
done
awk 'length($0) > 79 { exit 1 }' "$tmp/overview" ||
	fail "--help has a line over 79 columns"
run 0 help
cmp -s "$tmp/out" "$tmp/overview" || fail "help differs from --help"

# each command's help names its own options and no other command's
grep -q -- '--dry-run' "$tmp/fix.help" || fail "fix --help: no --dry-run"
grep -q -- '--year-from-git' "$tmp/fix.help" || fail "fix --help: no --year-from-git"
grep -q -- '--rev' "$tmp/fix.help" && fail "fix --help offers --rev"
grep -q -- '--dry-run' "$tmp/check.help" && fail "check --help offers --dry-run"
grep -q -- '--baseline FILE' "$tmp/check.help" || fail "check --help: no --baseline"
grep -q -- '--exclude' "$tmp/init.help" && fail "init --help offers --exclude"
grep -q -- '-f, --format FMT *list format: text (default) or json' \
	"$tmp/licenses.help" || fail "licenses --help: $(cat "$tmp/licenses.help")"
grep -q -- 'sarif' "$tmp/licenses.help" && fail "licenses --help offers sarif"
grep -q 'Exit status: 0 nothing left to fix' "$tmp/fix.help" ||
	fail "fix --help: no exit status"

# usage errors: one line, status 2
usage_error 'unknown command "bogus" (see hdrcheck --help)' help bogus
usage_error 'help takes one command: init' help fix init
usage_error 'unknown option "--bogus" (see hdrcheck --help)' --bogus
usage_error 'unknown option "--zap" (see hdrcheck fix --help)' fix --zap
usage_error 'unknown option "-x" (see hdrcheck --help)' -x
usage_error 'option --format needs a value' --format
usage_error 'option -j needs a value' -j
usage_error 'option --quiet takes no value' --quiet=1
usage_error 'ambiguous option "--no-c" (--no-config, --no-cache; see hdrcheck --help)' --no-c
usage_error '--rev is an option of check' fix --rev HEAD
usage_error '--dry-run is an option of fix' check --dry-run
usage_error '-q is an option of check and fix' explain -q a.c
usage_error '--exclude is an option of check, fix and explain' init --exclude x
usage_error 'licenses takes no argument: MIT' licenses MIT
usage_error 'invalid --docs "roff" (expected man-synopsis, man-options or readme-usage)' --docs roff

# abbreviations and grouped short flags reach the same options
mkdir "$tmp/tree"
printf 'x = 1\n' >"$tmp/tree/a.py"
run 1 -C "$tmp/tree" --no-config --form json
grep -q '"status": "missing"' "$tmp/out" || fail "--form json: $(head -3 "$tmp/out")"
run 1 -C "$tmp/tree" --no-config -qj2
grep -q '^  a.py: no license header' "$tmp/out" || fail "-qj2: $(cat "$tmp/out")"
grep -q '^1 files' "$tmp/out" && fail "-qj2 is not quiet: $(cat "$tmp/out")"
# options after operands, and "--" ends the options
run 1 -C "$tmp/tree" --no-config a.py --format=json
grep -q '"path": "a.py"' "$tmp/out" || fail "PATH before an option"
printf 'x = 1\n' >"$tmp/tree/-q.py"
run 1 -C "$tmp/tree" --no-config --format json -- -q.py
grep -q '"path": "-q.py"' "$tmp/out" || fail "-- -q.py: not a PATH: $(cat "$tmp/out")"

# the committed man page and README agree with the table, and the check
# fails (with a diff) when they do not
sh "$src/scripts/gen-cli-docs.sh" --check "$bin" "$src" ||
	fail "docs/hdrcheck.1 or README.md differ from the option table (diff above)"
mkdir -p "$tmp/copy/docs"
cp "$src/README.md" "$tmp/copy/"
sed 's/^| `--rev` `REV` | check | .*/| `--rev` `REV` | check | stale |/' \
	"$src/README.md" >"$tmp/copy/README.md"
sed 's/^Neither read nor write the result cache\.$/Stale./' \
	"$src/docs/hdrcheck.1" >"$tmp/copy/docs/hdrcheck.1"
cmp -s "$src/README.md" "$tmp/copy/README.md" && fail "the README edit missed"
cmp -s "$src/docs/hdrcheck.1" "$tmp/copy/docs/hdrcheck.1" &&
	fail "the man page edit missed"
rc=0
sh "$src/scripts/gen-cli-docs.sh" --check "$bin" "$tmp/copy" 2>"$tmp/err" || rc=$?
[ "$rc" -eq 1 ] || fail "a stale README and man page pass the check ($rc)"
grep -q '^-| `--rev` `REV` | check | stale |' "$tmp/err" ||
	fail "no diff for the README: $(cat "$tmp/err")"
grep -q '^-Stale\.' "$tmp/err" || fail "no diff for the man page"
echo "help: ok"
