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

# bench.sh -- hdrcheck's wall time against a `git grep` baseline, per mode.
#
# Usage: bench/bench.sh [-n RUNS] [-b BIN] [-B OLD_BIN] [-j N] [-c CONFIG]
#                       [-f FMT] [-m MODES] [--since REV] [--extra 'ARGS']
#                       REPO...
#
# Modes (-m, comma-separated; default full,cached):
#   full     hdrcheck check --no-cache           vs git grep --untracked
#   cached   hdrcheck check, cache already warm  vs git grep --untracked
#   rev      hdrcheck check --rev HEAD --no-cache on REPO.git (a bare
#            clone next to REPO, else REPO itself)  vs git grep (tracked)
#            over the work tree's files (no object to inflate: the
#            strictest baseline)
#   rev-odb  the same hdrcheck command           vs git grep HEAD in the
#            same bare clone (the same objects read from the same packs)
#   changed  hdrcheck check --changed-since REV, caches warm
#                                                vs git status --porcelain
#   changed-nc  the same with --no-cache
#   tracked  hdrcheck check --no-cache           vs git grep (tracked only;
#            the baseline of earlier versions of this script)
# The baselines search the same files: git grep -L -I -F "Apache License"
# over the work tree (--untracked: also the untracked files that are not
# ignored, hdrcheck's default scope). For "changed" the baseline is what it
# costs git to find the changes at all.
#
# For every REPO and mode both commands run once untimed (warm-up; for
# "cached" it also fills the cache), then RUNS rounds, the order flipping
# every round so that neither side always profits from the other. The
# median wall time of each, their ratio, and hdrcheck's peak RSS (one more
# run under /usr/bin/time) are printed. With -B OLD_BIN, another hdrcheck
# (the one before a change) runs in the same rounds, and new/old is printed
# too. A binary with libhdrcheck.so.0 beside it runs with LD_LIBRARY_PATH
# set to its directory, so each loads its own library. Exit codes 0 and 1 count as success.

set -uo pipefail

prog=${0##*/}
script_dir=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)
root_dir=$(cd -- "$script_dir/.." && pwd -P)

runs=11
bin="$root_dir/build/hdrcheck"
old_bin=
jobs=
extra=
config=
format=text
modes=full,cached
since=HEAD~3

usage() {
	cat <<USAGE
Usage: $prog [-n RUNS] [-b BIN] [-B OLD_BIN] [-j N] [-c CONFIG] [-f FMT]
             [-m MODES] [--since REV] [--extra 'ARGS'] REPO...

  -n RUNS           timed rounds per repository and mode (default: 11)
  -b BIN            hdrcheck binary (default: $root_dir/build/hdrcheck)
  -B, --old OLD_BIN another hdrcheck timed in the same rounds (new/old)
  -j, --jobs N      pass "-j N" to hdrcheck
  -c, --config FILE pass "-c FILE" to hdrcheck (e.g. bench/u-boot.hdrcheck.yaml)
  -f, --format FMT  hdrcheck's report format, written to /dev/null
                    (default: text; json adds the JSON writer's cost)
  -m, --modes LIST  full, cached, rev, rev-odb, changed, changed-nc, tracked
                    (default: full,cached)
  --since REV       the revision of the "changed" mode (default: HEAD~3)
  --extra 'ARGS'    extra arguments for hdrcheck (split on whitespace)
  -h, --help        show this help

Each REPO must be a git work tree. For "rev" and "rev-odb", a bare clone REPO.git next
to it is used when present.
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
	-n | --runs | -b | --bin | -B | --old | -j | --jobs | --extra | \
		-c | --config | -f | --format | -m | --modes | --since)
		(($# >= 2)) || die "$1 needs an argument"
		case $1 in
		-n | --runs) runs=$2 ;;
		-b | --bin) bin=$2 ;;
		-B | --old) old_bin=$2 ;;
		-j | --jobs) jobs=$2 ;;
		--extra) extra=$2 ;;
		-c | --config) config=$2 ;;
		-f | --format) format=$2 ;;
		-m | --modes) modes=$2 ;;
		--since) since=$2 ;;
		esac
		shift 2
		;;
	--*=*)
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
if [[ $bin != */* ]]; then
	bin=$(type -P -- "$bin") || die "hdrcheck binary not found in PATH"
fi
[[ -f $bin && -x $bin ]] ||
	die "hdrcheck binary not found or not executable: $bin (build it first, or pass -b)"
if [[ -n $old_bin ]]; then
	[[ $old_bin == */* ]] || old_bin=$(type -P -- "$old_bin") || die "old binary not found"
	[[ -f $old_bin && -x $old_bin ]] || die "old binary not found or not executable: $old_bin"
fi
[[ -z $config || -f $config ]] || die "no such configuration file: $config"
IFS=, read -r -a mode_list <<<"$modes"
for m in "${mode_list[@]}"; do
	case $m in
	full | cached | rev | rev-odb | changed | changed-nc | tracked) ;;
	*) die "unknown mode: $m (expected full, cached, rev, rev-odb, changed, changed-nc, tracked)" ;;
	esac
done
for r in "${repos[@]}"; do
	[[ -d $r ]] || die "not a directory: $r"
	[[ $(git -C "$r" rev-parse --is-inside-work-tree 2>/dev/null) == true ]] ||
		die "not a git work tree: $r"
done

common=(-q --format "$format" -o /dev/null)
[[ -z $jobs ]] || common+=(-j "$jobs")
[[ -z $config ]] || common+=(-c "$(cd -- "$(dirname -- "$config")" && pwd -P)/${config##*/}")
extra_args=()
[[ -z $extra ]] || read -r -a extra_args <<<"$extra"
common+=("${extra_args[@]}")

# Clock in nanoseconds: $EPOCHREALTIME (bash >= 5) forks nothing.
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

# run_timed NAME CMD... -- elapsed ns in REPLY; exits on failure.
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

# peak_rss CMD... -> REPLY = the command's maximum resident set, MiB.
peak_rss() {
	local kb
	if [[ -x /usr/bin/time ]]; then
		kb=$(/usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -n 1)
		[[ $kb =~ ^[0-9]+$ ]] && REPLY=$(awk -v k="$kb" 'BEGIN { printf "%.1f", k / 1024 }') && return
	fi
	REPLY=n/a
}

# with_lib BIN -> REPLY: the command prefix that runs BIN with its own
# library (env LD_LIBRARY_PATH=DIR when libhdrcheck.so.0 is beside it)
with_lib() {
	local d
	d=$(cd -- "$(dirname -- "$1")" && pwd -P)
	if [[ -e $d/libhdrcheck.so.0 ]]; then
		REPLY="env LD_LIBRARY_PATH=$d $d/${1##*/}"
	else
		REPLY="$d/${1##*/}"
	fi
}
with_lib "$bin"
read -r -a run_new <<<"$REPLY"
run_old=()
if [[ -n $old_bin ]]; then
	with_lib "$old_bin"
	read -r -a run_old <<<"$REPLY"
fi

version=$("${run_new[@]}" --version 2>/dev/null </dev/null | head -n 1)
printf 'date:      %s\n' "$(date -u '+%Y-%m-%d %H:%M:%S UTC')"
printf 'host:      %s, nproc %s, load %s\n' "$(uname -srm)" \
	"$(nproc 2>/dev/null || getconf _NPROCESSORS_ONLN)" \
	"$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)"
printf 'hdrcheck:  %s (%s)\n' "${version:-unknown}" "$bin"
[[ -z $old_bin ]] || printf 'old:       %s\n' "$old_bin"
printf 'git:       %s\n' "$(git --version)"
printf 'runs:      %d per command (after 1 warm-up), order alternating each round\n' "$runs"
printf 'hdrcheck:  check %s\n' "${common[*]}"
printf 'baseline:  git grep -L -I -F -e "Apache License" [--untracked] -- .\n\n'

rows=()
for r in "${repos[@]}"; do
	files=$(git -C "$r" ls-files | wc -l)
	files=${files//[[:space:]]/}
	for m in "${mode_list[@]}"; do
		target=$r
		case $m in
		full)
			args=(check -C "$r" --no-cache "${common[@]}")
			gg=(git -C "$r" grep --untracked -L -I -F -e "Apache License" -- .)
			;;
		tracked)
			args=(check -C "$r" --no-cache "${common[@]}")
			gg=(git -C "$r" grep -L -I -F -e "Apache License" -- .)
			;;
		cached)
			args=(check -C "$r" "${common[@]}")
			gg=(git -C "$r" grep --untracked -L -I -F -e "Apache License" -- .)
			;;
		rev)
			[[ -d ${r%/}.git ]] && target=${r%/}.git
			args=(check -C "$target" --rev HEAD --no-cache "${common[@]}")
			gg=(git -C "$r" grep -L -I -F -e "Apache License" -- .)
			;;
		rev-odb)
			[[ -d ${r%/}.git ]] && target=${r%/}.git
			args=(check -C "$target" --rev HEAD --no-cache "${common[@]}")
			gg=(git -C "$target" grep -L -I -F -e "Apache License" HEAD)
			;;
		changed)
			args=(check -C "$r" --changed-since "$since" "${common[@]}")
			gg=(git -C "$r" status --porcelain)
			;;
		changed-nc)
			args=(check -C "$r" --changed-since "$since" --no-cache "${common[@]}")
			gg=(git -C "$r" status --porcelain)
			;;
		esac

		hc=("${run_new[@]}" "${args[@]}")
		old=()
		((${#run_old[@]})) && old=("${run_old[@]}" "${args[@]}")
		printf '%s: %s %s: warm-up' "$prog" "$r" "$m" >&2
		run_timed hdrcheck "${hc[@]}"
		run_timed baseline "${gg[@]}"
		((${#old[@]})) && run_timed old "${old[@]}"

		hc_ns=() gg_ns=() old_ns=()
		for ((i = 0; i < runs; i++)); do
			if ((i % 2 == 0)); then
				run_timed hdrcheck "${hc[@]}"
				hc_ns+=("$REPLY")
				if ((${#old[@]})); then
					run_timed old "${old[@]}"
					old_ns+=("$REPLY")
				fi
				run_timed baseline "${gg[@]}"
				gg_ns+=("$REPLY")
			else
				run_timed baseline "${gg[@]}"
				gg_ns+=("$REPLY")
				if ((${#old[@]})); then
					run_timed old "${old[@]}"
					old_ns+=("$REPLY")
				fi
				run_timed hdrcheck "${hc[@]}"
				hc_ns+=("$REPLY")
			fi
			printf ' %d' "$((i + 1))" >&2
		done
		printf '\n' >&2
		peak_rss "${hc[@]}"
		rss=$REPLY
		scope=$files
		if [[ $m == changed* ]]; then
			scope=$("${run_new[@]}" check -C "$r" --changed-since "$since" --no-cache \
				-q --format csv -o - 2>/dev/null | tail -n +2 | wc -l)
			scope="${scope//[[:space:]]/} changed"
		fi

		median_ms "${hc_ns[@]}"
		hc_ms=$REPLY
		median_ms "${gg_ns[@]}"
		gg_ms=$REPLY
		old_ms=nan
		if ((${#old_ns[@]})); then
			median_ms "${old_ns[@]}"
			old_ms=$REPLY
		fi
		rows+=("${r##*/}"$'\t'"$m"$'\t'"$scope"$'\t'"$hc_ms"$'\t'"$gg_ms"$'\t'"$rss"$'\t'"$old_ms")
	done
done

printf '%s\n' "${rows[@]}" | awk -F '\t' -v with_old="${old_bin:+1}" '
	{ repo[NR] = $1; mode[NR] = $2; files[NR] = $3; hc[NR] = $4; gg[NR] = $5; rss[NR] = $6
	  old[NR] = $7
	  if (length($1) > w) w = length($1) }
	END {
		if (w < 4) w = 4
		fmt = "%-" w "s  %-8s %12s  %12s  %12s  %7s  %9s"
		printf fmt, "repo", "mode", "files", "hdrcheck ms", "baseline ms", "ratio", "RSS MiB"
		if (with_old)
			printf "  %10s  %7s", "old ms", "new/old"
		printf "\n"
		for (i = 1; i <= NR; i++) {
			ratio = (gg[i] + 0 > 0) ? sprintf("%.2f", hc[i] / gg[i]) : "n/a"
			printf fmt, repo[i], mode[i], files[i], sprintf("%.1f", hc[i]),
				sprintf("%.1f", gg[i]), ratio, rss[i]
			if (with_old)
				printf "  %10.1f  %7s", old[i],
					(old[i] + 0 > 0) ? sprintf("%.3f", hc[i] / old[i]) : "n/a"
			printf "\n"
		}
		print ""
		print "ms = median wall time; ratio = hdrcheck / baseline (lower is better);"
		print "RSS = hdrcheck peak resident set (/usr/bin/time %M)"
		if (with_old)
			print "old ms = the -B binary in the same rounds; new/old = hdrcheck / old"
	}'
exit 0
