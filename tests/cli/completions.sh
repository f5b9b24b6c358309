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
# offers every option of --help, and --help documents every option of
# the table (so that the help text and the table cannot drift apart).
#   tests/cli/completions.sh HDRCHECK-BINARY
set -eu
bin=$1
tmp=$(mktemp -d "${TMPDIR:-/tmp}/hdrcheck-completions.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

fail() {
	echo "completions: $*" >&2
	exit 1
}

for sh in bash zsh fish; do
	"$bin" --completions "$sh" >"$tmp/$sh" || fail "$sh: status $?"
	[ -s "$tmp/$sh" ] || fail "$sh: empty"
done
bash -n "$tmp/bash" || fail "the bash completion does not parse"
if command -v zsh >/dev/null; then
	zsh -n "$tmp/zsh" || fail "the zsh completion does not parse"
fi
if command -v fish >/dev/null; then
	fish -n "$tmp/fish" || fail "the fish completion does not parse"
fi
rc=0
"$bin" --completions tcsh 2>"$tmp/err" >/dev/null || rc=$?
[ "$rc" -eq 2 ] || fail "an unknown shell: status $rc"
grep -q '^hdrcheck: invalid --completions "tcsh"' "$tmp/err" ||
	fail "an unknown shell: $(cat "$tmp/err")"

"$bin" --help >"$tmp/help"
grep -o -- '--[a-z][a-z-]*' "$tmp/help" | sort -u >"$tmp/help.opts"
grep -o -- ' -l [a-z-]*' "$tmp/fish" | sed 's/ -l /--/' | sort -u \
	>"$tmp/table.opts"
if ! cmp -s "$tmp/help.opts" "$tmp/table.opts"; then
	diff "$tmp/help.opts" "$tmp/table.opts" >&2 || true
	fail "--help and the option table name different options"
fi
while read -r o; do
	grep -q -- "$o" "$tmp/bash" || fail "bash does not offer $o"
	grep -q -- "$o" "$tmp/zsh" || fail "zsh does not offer $o"
done <"$tmp/table.opts"
