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

# hostile.sh -- the scale test of issue 7: hdrcheck on generated work trees
# of 50,000, 100,000 and 200,000 files. Reports the wall time and the peak
# resident memory of each run, and checks that memory stays within
# 128 MiB and that the time per file does not grow with the file count
# (at most 1.5 times the smallest tree's, by default).
#
# Usage: bench/hostile.sh [-b HDRCHECK_BIN] [-B BASELINE_BIN] [-d WORKDIR]
#                         [-j N] [-n RUNS] [--sizes "50000 100000 200000"]
#                         [--keep]
#
# Each tree is a fresh git repository: files of a few lines in directories
# of 100, nine in ten with the Apache-2.0 header, one in ten without, all
# committed. Per size, three kinds of run: `check --no-cache` (every file
# read and classified), then `check` twice (the first fills the result
# cache, the second answers from it). The no-cache and cached runs are
# repeated (-n, default 3): the median time and the highest peak RSS count.
# With -B, another build (say, of the base branch) runs the same cases on
# the same trees first, and each line of HDRCHECK_BIN gets its ratios to
# the baseline's (time, peak RSS); only HDRCHECK_BIN is held to the
# limits. Trees are generated under WORKDIR (default: a
# temporary directory, removed at the end unless --keep) and need about
# 1 GiB of disk for 200,000 files. Not part of the default test run: it
# takes a few minutes. Dependencies: bash, git, perl, GNU time
# (/usr/bin/time, Debian package "time").

set -uo pipefail

prog=${0##*/}
script_dir=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)
root_dir=$(cd -- "$script_dir/.." && pwd -P)

bin="$root_dir/build/hdrcheck"
baseline=
work=
keep=0
jobs=
runs=3
sizes="50000 100000 200000"
rss_limit_kib=$((128 * 1024))
slope_limit=1.5

die() {
	printf '%s: %s\n' "$prog" "$*" >&2
	exit 2
}

while (($#)); do
	case $1 in
	-b | --bin)
		(($# >= 2)) || die "$1 needs an argument"
		bin=$2
		shift 2
		;;
	-B | --baseline)
		(($# >= 2)) || die "$1 needs an argument"
		baseline=$2
		shift 2
		;;
	-d | --dir)
		(($# >= 2)) || die "$1 needs an argument"
		work=$2
		shift 2
		;;
	-j | --jobs)
		(($# >= 2)) || die "$1 needs an argument"
		jobs=$2
		shift 2
		;;
	-n | --runs)
		(($# >= 2)) || die "$1 needs an argument"
		runs=$2
		shift 2
		;;
	--sizes)
		(($# >= 2)) || die "$1 needs an argument"
		sizes=$2
		shift 2
		;;
	--keep)
		keep=1
		shift
		;;
	-h | --help)
		sed -n '/^# hostile.sh/,/^$/p' "$0" | sed 's/^# \{0,1\}//'
		exit 0
		;;
	*) die "unknown argument: $1 (see --help)" ;;
	esac
done

[[ -x $bin ]] || die "no hdrcheck binary at $bin (build it, or use -b)"
[[ -z $baseline || -x $baseline ]] || die "no baseline binary at $baseline"
[[ -x /usr/bin/time ]] || die "needs GNU time (apt-get install time)"
command -v git >/dev/null || die "needs git"
command -v perl >/dev/null || die "needs perl"

if [[ -z $work ]]; then
	work=$(mktemp -d "${TMPDIR:-/tmp}/hdrcheck-hostile.XXXXXX") ||
		die "cannot make a temporary directory"
	((keep)) || trap 'rm -rf -- "$work"' EXIT
fi
mkdir -p -- "$work" || die "cannot create $work"

# generate DIR COUNT: a committed work tree of COUNT files
generate() {
	local dir=$1 count=$2
	rm -rf -- "$dir"
	mkdir -p -- "$dir" || return 1
	git -C "$dir" init -q || return 1
	perl - "$dir" "$count" <<'PERL' || return 1
use strict;
my ($dir, $count) = @ARGV;
my $header = join "", map { "$_\n" } (
  "/*", " * Copyright 2026 The Example Authors", " *",
  " * Licensed under the Apache License, Version 2.0 (the \"License\");",
  " * you may not use this file except in compliance with the License.",
  " * You may obtain a copy of the License at", " *",
  " *     http://www.apache.org/licenses/LICENSE-2.0", " *",
  " * Unless required by applicable law or agreed to in writing, software",
  " * distributed under the License is distributed on an \"AS IS\" BASIS,",
  " * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.",
  " * See the License for the specific language governing permissions and",
  " * limitations under the License.", " */");
for my $i (0 .. $count - 1) {
  my $d = sprintf("%s/m%02d/d%04d", $dir, $i % 50, int($i / 100));
  mkdir "$dir/" . sprintf("m%02d", $i % 50);
  mkdir $d;
  open(my $f, '>', sprintf("%s/f%06d.c", $d, $i)) or die "$d: $!";
  print $f ($i % 10 ? $header : "") , "int f$i(void) { return $i; }\n";
  close $f;
}
PERL
	git -C "$dir" -c gc.auto=0 add -A || return 1
	git -C "$dir" -c gc.auto=0 -c user.name=bench -c user.email=bench@invalid \
		commit -q -m "$count files" || return 1
}

# measure BIN DIR ARGS...: prints "seconds max_rss_kib status"
measure() {
	local exe=$1 dir=$2 out
	shift 2
	out=$(cd -- "$dir" && /usr/bin/time -f '%e %M' -o /dev/fd/3 \
		"$exe" check -q --format json -o /dev/null ${jobs:+-j "$jobs"} "$@" \
		3>&1 >/dev/null 2>/dev/null; echo "status=$?")
	local t rss st
	read -r t rss <<<"$(printf '%s\n' "$out" | grep -E '^[0-9.]+ [0-9]+$')"
	st=$(printf '%s\n' "$out" | sed -n 's/^status=//p')
	printf '%s %s %s\n' "$t" "$rss" "$st"
}

printf '%-8s %-10s %-5s %9s %12s %14s %6s %s\n' files run build seconds \
	"peak RSS" "us per file" exit "${baseline:+vs base (time, RSS)}"
fail=0
first_slope=
for n in $sizes; do
	dir="$work/tree-$n"
	printf '%s: generating %s files...\n' "$prog" "$n" >&2
	generate "$dir" "$n" || die "cannot generate $dir"
	declare -A base_t=() base_rss=()
	for which in ${baseline:+base} new; do
		exe=$bin
		[[ $which == base ]] && exe=$baseline
		for run in no-cache fill-cache cached; do
			args=()
			[[ $run == no-cache ]] && args=(--no-cache)
			n_runs=$runs
			# each build fills its own cache from nothing
			[[ $run == fill-cache ]] && n_runs=1 &&
				rm -rf -- "$dir/.git/hdrcheck"
			times=()
			rss=0
			for ((r = 0; r < n_runs; r++)); do
				read -r t1 rss1 st <<<"$(measure "$exe" "$dir" "${args[@]}")"
				times+=("$t1")
				((rss1 > rss)) && rss=$rss1
				[[ $st != 1 ]] && break
			done
			t=$(printf '%s\n' "${times[@]}" | sort -n |
				awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
			us=$(awk -v t="$t" -v n="$n" 'BEGIN { printf "%.1f", t * 1e6 / n }')
			ratio=
			if [[ $which == base ]]; then
				base_t[$run]=$t
				base_rss[$run]=$rss
			elif [[ -n $baseline ]]; then
				ratio=$(awk -v t="$t" -v bt="${base_t[$run]}" \
					-v r="$rss" -v br="${base_rss[$run]}" \
					'BEGIN { printf "%.2fx %.2fx", (bt > 0 ? t / bt : 0), (br > 0 ? r / br : 0) }')
			fi
			printf '%-8s %-10s %-5s %9s %9d KiB %14s %6s %s\n' "$n" "$run" \
				"$which" "$t" "$rss" "$us" "$st" "$ratio"
			# 1: one file in ten lacks the header
			if [[ $st != 1 ]]; then
				printf '%s: unexpected exit status %s\n' "$prog" "$st" >&2
				fail=1
			fi
			[[ $which == base ]] && continue
			if ((rss > rss_limit_kib)); then
				printf '%s: peak RSS %d KiB is over %d KiB\n' "$prog" \
					"$rss" "$rss_limit_kib" >&2
				fail=1
			fi
			if [[ $run == no-cache ]]; then
				if [[ -z $first_slope ]]; then
					first_slope=$us
				elif awk -v a="$us" -v b="$first_slope" -v l="$slope_limit" \
					'BEGIN { exit !(a > b * l) }'; then
					printf '%s: %s us per file at %s files, over %s x %s\n' \
						"$prog" "$us" "$n" "$slope_limit" "$first_slope" >&2
					fail=1
				fi
			fi
		done
	done
	unset base_t base_rss
	((keep)) || rm -rf -- "$dir"
done
if ((fail)); then
	printf '%s: FAILED\n' "$prog" >&2
	exit 1
fi
printf '%s: peak RSS within %d MiB, time linear in the file count\n' \
	"$prog" $((rss_limit_kib / 1024)) >&2
