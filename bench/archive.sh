#!/usr/bin/env bash
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

# archive.sh -- `hdrcheck check --archive` of a release tarball against
# what auditing it costs without: `tar -xzf` into a tmpfs directory plus a
# full check of that directory, in the same run.
#
# Usage: bench/archive.sh [-n RUNS] [-b BIN] [-j N] [--against] [REPO]
#
# The tarball is made from REPO (default /work/corpus/kafka) with
# `git archive --prefix=<name>-src/ HEAD` into $TMPDIR. Each round times
#   archive:  hdrcheck check --archive T.tar.gz (report to /dev/null)
#   extract:  rm -rf D; mkdir D; tar -xzf T.tar.gz -C D;
#             hdrcheck check --no-cache -C D/<name>-src (report to /dev/null)
# with D under /dev/shm, the order flipping every round; after one untimed
# warm-up of each, the median wall times and their ratio are printed.
# --against adds "--against HEAD" (run in REPO) to the archive side: the
# comparison hashes every entry as a git blob.

set -uo pipefail

prog=${0##*/}
script_dir=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)
root_dir=$(cd -- "$script_dir/.." && pwd -P)

runs=7
bin="$root_dir/build/hdrcheck"
jobs=
against=
repo=/work/corpus/kafka

die() {
	printf '%s: %s\n' "$prog" "$*" >&2
	exit 2
}

while (($#)); do
	case $1 in
	-n) runs=$2; shift 2 ;;
	-b) bin=$2; shift 2 ;;
	-j) jobs=$2; shift 2 ;;
	--against) against=1; shift ;;
	-h | --help)
		sed -n '16,31p' "$0"
		exit 0
		;;
	-*) die "unknown option $1" ;;
	*) repo=$1; shift ;;
	esac
done
[[ -x $bin ]] || die "no binary $bin (build first)"
git -C "$repo" rev-parse HEAD >/dev/null 2>&1 || die "$repo: not a git work tree"
[[ -d /dev/shm ]] || die "/dev/shm: no tmpfs"

name=$(basename "$repo")
work=$(mktemp -d "${TMPDIR:-/tmp}/hdrcheck-archive-bench.XXXXXX")
shm=$(mktemp -d /dev/shm/hdrcheck-archive-bench.XXXXXX)
trap 'rm -rf "$work" "$shm"' EXIT
tarball=$work/$name.tar.gz
git -C "$repo" archive --prefix="$name-src/" -o "$tarball" HEAD ||
	die "git archive failed"

jargs=()
[[ -n $jobs ]] && jargs=(-j "$jobs")
aargs=()
[[ -n $against ]] && aargs=(--against HEAD)

now() { date +%s.%N; }

run_archive() {
	(cd "$repo" && "$bin" check "${jargs[@]}" --fail-on none \
		--archive "$tarball" "${aargs[@]}" >/dev/null)
}

run_extract() {
	rm -rf "$shm/x" && mkdir "$shm/x" &&
		tar -xzf "$tarball" -C "$shm/x" &&
		"$bin" check "${jargs[@]}" --no-cache --fail-on none \
			-C "$shm/x/$name-src" >/dev/null
}

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

run_archive || die "hdrcheck --archive failed"
run_extract || die "extract + check failed"
ta=() tx=()
for ((i = 0; i < runs; i++)); do
	if ((i % 2)); then
		s=$(now); run_extract; e=$(now); tx+=("$(echo "$e - $s" | bc)")
		s=$(now); run_archive; e=$(now); ta+=("$(echo "$e - $s" | bc)")
	else
		s=$(now); run_archive; e=$(now); ta+=("$(echo "$e - $s" | bc)")
		s=$(now); run_extract; e=$(now); tx+=("$(echo "$e - $s" | bc)")
	fi
done
ma=$(printf '%s\n' "${ta[@]}" | median)
mx=$(printf '%s\n' "${tx[@]}" | median)
files=$(tar -tzf "$tarball" | grep -vc '/$')
printf '%s: %s (%s bytes, %s files), %d rounds, %s\n' "$name" \
	"$(git -C "$repo" rev-parse --short HEAD)" "$(stat -c %s "$tarball")" \
	"$files" "$runs" "${jobs:+-j $jobs}${against:+ --against HEAD}"
printf '  --archive            %8.3f s\n' "$ma"
printf '  tar -xzf + check     %8.3f s\n' "$mx"
printf '  ratio                %8.2f\n' "$(echo "$ma / $mx" | bc -l)"
