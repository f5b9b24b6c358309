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
# The C sources against the repository's .clang-format: every .c and .h
# file git tracks, but the test inputs under tests/data (files as the
# world writes them, not ours). Lists each file that clang-format would
# change, with the count.
#   scripts/check-format.sh          report only (exit 0)
#   scripts/check-format.sh --fatal  exit 1 when any file differs
# CLANG_FORMAT names the program (default clang-format: Debian 12's is
# version 14, which the checked-in files are formatted with).
set -eu

cd "$(dirname "$0")/.."
fatal=0
case "${1:-}" in
--fatal) fatal=1 ;;
"") ;;
*)
	echo "usage: scripts/check-format.sh [--fatal]" >&2
	exit 2
	;;
esac
cf=${CLANG_FORMAT:-clang-format}
if ! command -v "$cf" >/dev/null 2>&1; then
	echo "check-format: $cf not found (apt-get install clang-format)" >&2
	[ "$fatal" -eq 1 ] && exit 1
	exit 0
fi

list=$(mktemp "${TMPDIR:-/tmp}/check-format.XXXXXX")
trap 'rm -f "$list"' EXIT
if git rev-parse --git-dir >/dev/null 2>&1; then
	git ls-files -z -- '*.c' '*.h' ':!:tests/data/**'
else
	find . -path ./tests/data -prune -o -path './build*' -prune -o \
		-type f \( -name '*.c' -o -name '*.h' \) -print0
fi | xargs -0 -r -n 32 sh -c '
	for f in "$@"; do
		"$0" --dry-run --Werror "$f" >/dev/null 2>&1 || echo "$f"
	done' "$cf" >"$list"

total=$(git ls-files -- '*.c' '*.h' ':!:tests/data/**' 2>/dev/null | wc -l)
n=$(wc -l <"$list")
if [ "$n" -eq 0 ]; then
	echo "check-format: all $total C files match .clang-format" >&2
	exit 0
fi
sed 's/^/  /' "$list" >&2
echo "check-format: $n of $total C files differ from .clang-format" \
	"(clang-format -i FILE...)" >&2
[ "$fatal" -eq 1 ] && exit 1
exit 0
