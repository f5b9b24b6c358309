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

# bench.sh -- compare hdrcheck's wall time with a plain `git grep` baseline.
#
# Usage: bench/bench.sh [-n RUNS] [-b HDRCHECK_BIN] [--jobs N] [--extra 'ARGS'] REPO...
#
# For every REPO (a git work tree) both commands are run once as a warm-up,
# then RUNS rounds are timed. Each round runs both commands back to back and
# the order flips every round (a,b / b,a / ...) so that neither side
# systematically profits from caches the other one has just warmed:
#   (a) hdrcheck check -q -C REPO --format json -o /dev/null [-j N] [ARGS]
#   (b) git -C REPO grep -L -I -F "Apache License" -- .
# Exit codes 0 and 1 count as success for both (1 = findings / no match).
# The median wall time of each command is reported together with the ratio
# hdrcheck/git-grep. Dependencies: bash >= 4, git, awk, sort, wc, date.

set -uo pipefail

prog=${0##*/}
script_dir=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)
root_dir=$(cd -- "$script_dir/.." && pwd -P)

runs=11
bin="$root_dir/build/hdrcheck"
jobs=
extra=

usage() {
	cat <<USAGE
Usage: $prog [-n RUNS] [-b HDRCHECK_BIN] [--jobs N] [--extra 'ARGS'] REPO...

  -n RUNS           timed rounds per repository (default: 11)
  -b HDRCHECK_BIN   hdrcheck binary (default: $root_dir/build/hdrcheck)
  -j, --jobs N      pass "-j N" to hdrcheck
  --extra 'ARGS'    extra arguments for hdrcheck (split on whitespace)
  -h, --help        show this help

Each REPO must be a git work tree (not a bare repository).
USAGE
}

die() {
	printf '%s: %s\n' "$prog" "$*" >&2
	exit 2
}

is_posint() { [[ $1 =~ ^[1-9][0-9]*$ ]]; }

repos=()
while (($#)); do
	case $1 in
	-n | --runs)
		(($# >= 2)) || die "$1 needs an argument"
		runs=$2
		shift 2
		;;
	-b | --bin)
		(($# >= 2)) || die "$1 needs an argument"
		bin=$2
		shift 2
		;;
	-j | --jobs)
		(($# >= 2)) || die "$1 needs an argument"
		jobs=$2
		shift 2
		;;
	--extra)
		(($# >= 2)) || die "$1 needs an argument"
		extra=$2
		shift 2
		;;
	--runs=* | --bin=* | --jobs=* | --extra=*)
		opt=${1%%=*} val=${1#*=}
		shift
		set -- "$opt" "$val" "$@"
		;;
	-h | --help)
		usage
		exit 0
		;;
	--)
		shift
		repos+=("$@")
		break
		;;
	-*)
		usage >&2
		die "unknown option: $1"
		;;
	*)
		repos+=("$1")
		shift
		;;
	esac
done

((${#repos[@]})) || {
	usage >&2
	exit 2
}
is_posint "$runs" || die "RUNS must be a positive integer: $runs"
[[ -z $jobs ]] || is_posint "$jobs" || die "--jobs must be a positive integer: $jobs"
command -v git >/dev/null 2>&1 || die "git not found in PATH"

# Resolve the binary: a bare name is looked up in PATH.
if [[ $bin != */* ]]; then
	bin=$(type -P -- "$bin") || die "hdrcheck binary not found in PATH"
fi
[[ -f $bin && -x $bin ]] ||
	die "hdrcheck binary not found or not executable: $bin (build it first, or pass -b)"

extra_args=()
[[ -z $extra ]] || read -r -a extra_args <<<"$extra"
jobs_args=()
[[ -z $jobs ]] || jobs_args=(-j "$jobs")

for r in "${repos[@]}"; do
	[[ -d $r ]] || die "not a directory: $r"
	[[ $(git -C "$r" rev-parse --is-inside-work-tree 2>/dev/null) == true ]] ||
		die "not a git work tree (bare repositories need a checkout): $r"
done

# Clock in nanoseconds. $EPOCHREALTIME (bash >= 5) avoids forking date(1)
# inside the timed interval; it has microsecond resolution and is scaled to ns.
if [[ -n ${EPOCHREALTIME:-} ]]; then
	now_ns() {
		local t=${EPOCHREALTIME//[!0-9]/}
		REPLY=$((10#$t * 1000))
	}
else
	now_ns() { REPLY=$(date +%s%N); }
fi

errf=$(mktemp "${TMPDIR:-/tmp}/hdrcheck-bench.XXXXXX") || die "mktemp failed"
trap 'rm -f "$errf"' EXIT

# run_timed NAME CMD... -- runs CMD, stores elapsed ns in REPLY; exits on failure.
run_timed() {
	local name=$1 t0 rc
	shift
	now_ns
	t0=$REPLY
	"$@" >/dev/null 2>"$errf"
	rc=$?
	now_ns
	REPLY=$((REPLY - t0))
	if ((rc > 1)); then
		printf '\n%s: %s failed with exit code %d:\n  %s\n' "$prog" "$name" "$rc" "$*" >&2
		sed 's/^/  | /' "$errf" | head -n 20 >&2
		exit 1
	fi
}

# median NS... -> REPLY = median in milliseconds (3 decimals).
median_ms() {
	REPLY=$(printf '%s\n' "$@" | sort -n | awk '
		{ v[NR] = $1 }
		END {
			if (NR == 0) { print "nan"; exit }
			m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
			printf "%.3f", m / 1e6
		}')
}

version=$("$bin" --version 2>/dev/null </dev/null | head -n 1)
[[ -n $version ]] || version="unknown"

printf 'date:      %s\n' "$(date -u '+%Y-%m-%d %H:%M:%S UTC')"
printf 'host:      %s, nproc %s\n' "$(uname -srm)" "$(nproc 2>/dev/null || getconf _NPROCESSORS_ONLN)"
printf 'hdrcheck:  %s (%s)\n' "$version" "$bin"
printf 'git:       %s\n' "$(git --version)"
printf 'runs:      %d per command (after 1 warm-up), order alternating each round\n' "$runs"
printf 'hdrcheck args: check -q -C REPO --format json -o /dev/null%s\n' \
	"$( ((${#jobs_args[@]} + ${#extra_args[@]})) && printf ' %s' "${jobs_args[@]}" "${extra_args[@]}")"
printf 'baseline:  git -C REPO grep -L -I -F "Apache License" -- .\n\n'

rows=()
for r in "${repos[@]}"; do
	files=$(git -C "$r" ls-files | wc -l)
	files=${files//[[:space:]]/}
	hc=("$bin" check -q -C "$r" --format json -o /dev/null "${jobs_args[@]}" "${extra_args[@]}")
	gg=(git -C "$r" grep -L -I -F "Apache License" -- .)

	printf '%s: %s (%s files): warm-up' "$prog" "$r" "$files" >&2
	run_timed hdrcheck "${hc[@]}"
	run_timed "git grep" "${gg[@]}"

	hc_ns=() gg_ns=()
	for ((i = 0; i < runs; i++)); do
		if ((i % 2 == 0)); then
			run_timed hdrcheck "${hc[@]}"
			hc_ns+=("$REPLY")
			run_timed "git grep" "${gg[@]}"
			gg_ns+=("$REPLY")
		else
			run_timed "git grep" "${gg[@]}"
			gg_ns+=("$REPLY")
			run_timed hdrcheck "${hc[@]}"
			hc_ns+=("$REPLY")
		fi
		printf ' %d' "$((i + 1))" >&2
	done
	printf '\n' >&2

	median_ms "${hc_ns[@]}"
	hc_ms=$REPLY
	median_ms "${gg_ns[@]}"
	gg_ms=$REPLY
	rows+=("$r"$'\t'"$files"$'\t'"$hc_ms"$'\t'"$gg_ms")
done

printf '%s\n' "${rows[@]}" | awk -F '\t' '
	{ repo[NR] = $1; files[NR] = $2; hc[NR] = $3; gg[NR] = $4
	  if (length($1) > w) w = length($1) }
	END {
		if (w < 4) w = 4
		fmt = "%-" w "s  %8s  %14s  %14s  %8s\n"
		printf fmt, "repo", "files", "hdrcheck ms", "git grep ms", "ratio"
		for (i = 1; i <= NR; i++) {
			ratio = (gg[i] + 0 > 0) ? sprintf("%.2f", hc[i] / gg[i]) : "n/a"
			printf fmt, repo[i], files[i], sprintf("%.1f", hc[i]), sprintf("%.1f", gg[i]), ratio
		}
		print ""
		print "ms = median wall time; ratio = hdrcheck / git grep (lower is better, < 1.00 means hdrcheck is faster)"
	}'
exit 0
