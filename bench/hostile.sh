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
#        bench/hostile.sh --scale [-b BIN] [-B BASELINE] [-d WORKDIR]
#                         [--timeout SECONDS] [--only WORD] [--keep]
#
# --scale runs the scale cases of issue 17 instead, each once per build
# with its time and peak RSS (a run past --timeout, default 300 s, is
# stopped and shown as such): a criss-cross history (2 merge-base
# candidates) and 4 candidates, each at the tip of 100,000 commits
# (--changed-since); a 1 MB pack whose delta copies from the end of a
# 1 GiB base (--rev); trees 20,000 and 60,000 levels deep (--staged,
# --changed-since, --rev, --rev with --changed-since); a 4 GiB sparse file outside the tree, behind a
# tracked directory replaced by a symlink, and one inside, untracked
# (--changed-since); --only runs the cases whose name contains WORD.
# Generation takes a minute or two (git fast-import;
# git index-pack needs about 1 GiB of memory for the crafted delta) and
# about 10 MiB of disk. The limits checked: every run of HDRCHECK_BIN
# ends by itself within the timeout with status 0 or 1, under 256 MiB.
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
scale=0
timeout_s=300
only=

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
	--scale)
		scale=1
		shift
		;;
	--timeout)
		(($# >= 2)) || die "$1 needs an argument"
		timeout_s=$2
		shift 2
		;;
	--only)
		(($# >= 2)) || die "$1 needs an argument"
		only=$2
		shift 2
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

# --- the scale cases (--scale) ---

# history DIR COMMITS CANDIDATES: COMMITS commits in a line, then
# CANDIDATES branches from its tip, merged in two orders into x and y
# (checked out): merge-base(x, y) has CANDIDATES best candidates.
history() {
	local dir=$1
	rm -rf -- "$dir" && git init -q "$dir" || return 1
	perl - "$2" "$3" <<'PERL' | git -C "$dir" fast-import --quiet || return 1
my ($n, $k) = @ARGV;
my $t = 1700000000;
print "blob\nmark :1\ndata 10\nint main;\n\n";
for my $i (0 .. $n - 1) {
  printf "commit refs/heads/main\nmark :%d\ncommitter b <b\@invalid> %d +0000\ndata 2\nc\n", $i + 2, $t + $i;
  print "M 644 :1 a.c\n" if $i == 0;
  print "\n";
}
my @tips;
for my $b (0 .. $k - 1) {
  my $m = $n + 2 + $b;
  printf "commit refs/heads/b%d\nmark :%d\ncommitter b <b\@invalid> %d +0000\ndata 2\nb\nfrom :%d\nM 644 inline b%d.c\ndata 5\nb%d;\n\n\n", $b, $m, $t + $n + $b, $n + 1, $b, $b;
  push @tips, $m;
}
for my $x (0, 1) {
  printf "commit refs/heads/%s\ncommitter b <b\@invalid> %d +0000\ndata 2\nm\nfrom :%d\n", $x ? "y" : "x", $t + $n + $k + $x, $tips[0];
  my @o = @tips[1 .. $#tips];
  @o = reverse @o if $x;
  print "merge :$_\n" for @o;
  printf "M 644 inline b%d.c\ndata 5\nb%d;\n\n", $_, $_ for 0 .. $k - 1;
  print "\n";
}
PERL
	git -C "$dir" checkout -q y
}

# deep DIR LEVELS: a tree LEVELS directories deep with one file at the
# bottom, committed on main over a commit without it (master); the index
# holds master's files and the deep one (git cannot check it out: the
# path is longer than PATH_MAX).
deep() {
	local dir=$1 n=$2
	rm -rf -- "$dir" && git init -q "$dir" || return 1
	perl -e '
my $n = shift; my $p = "d/" x $n . "f.c";
print "commit refs/heads/main\ncommitter b <b\@invalid> 1700000000 +0000\ndata 2\nc\nM 644 inline top.c\ndata 7\nint f;\n\n";
print "commit refs/heads/main\ncommitter b <b\@invalid> 1700000001 +0000\ndata 2\nd\nM 644 inline $p\ndata 7\nint f;\n\n";
' "$n" | git -C "$dir" fast-import --quiet || return 1
	git -C "$dir" update-ref refs/heads/master main~1 &&
		git -C "$dir" symbolic-ref HEAD refs/heads/master &&
		git -C "$dir" read-tree master || return 1
	perl -e 'print "100644 $ARGV[0]\t" . "d/" x $ARGV[1] . "f.c\n"' \
		"$(git -C "$dir" rev-parse master:top.c)" "$n" |
		git -C "$dir" update-index --add --index-info
}

# crafted DIR: a pack of a 1 GiB blob of zeros and a 100-byte blob stored
# as a delta that copies the base's last 100 bytes; HEAD's tree holds the
# small blob only.
crafted() {
	local dir=$1 pack id tree commit
	rm -rf -- "$dir" && git init -q "$dir" || return 1
	pack="$dir/crafted.pack"
	perl - "$pack" <<'PERL' || return 1
use strict;
use Compress::Zlib;
use Digest::SHA;
my ($out) = @ARGV;
my $big = 1 << 30;
sub hdr {    # type and size
  my ($type, $size) = @_;
  my $c = ($type << 4) | ($size & 15);
  $size >>= 4;
  my $s = "";
  while ($size) { $s .= chr($c | 0x80); $c = $size & 0x7f; $size >>= 7; }
  return $s . chr($c);
}
sub varint {
  my ($v) = @_;
  my $s = "";
  while ($v >= 0x80) { $s .= chr(($v & 0x7f) | 0x80); $v >>= 7; }
  return $s . chr($v);
}
my $data = "PACK" . pack("NN", 2, 2);
my $base_at = length $data;
$data .= hdr(3, $big);
my ($d) = deflateInit(-Level => 9);
my $chunk = "\0" x (1 << 20);
for (1 .. $big >> 20) { my ($o) = $d->deflate($chunk); $data .= $o; }
my ($o) = $d->flush();
$data .= $o;
my $off = $big - 100;
my $delta = varint($big) . varint(100) .
  chr(0x80 | 0x0f | 0x10) . pack("V", $off) . chr(100);
my $delta_at = length $data;
$data .= hdr(6, length $delta);
my $rel = $delta_at - $base_at;
my @b = (chr($rel & 0x7f));
while ($rel >>= 7) { $rel--; unshift @b, chr(0x80 | ($rel & 0x7f)); }
$data .= join("", @b) . compress($delta, 9);
$data .= Digest::SHA::sha1($data);
open(my $f, '>', $out) or die "$out: $!";
binmode $f;
print $f $data;
close $f;
PERL
	git -C "$dir" index-pack --stdin <"$pack" >/dev/null || return 1
	rm -f -- "$pack"
	id=$(head -c 100 /dev/zero | git -C "$dir" hash-object --stdin) &&
		tree=$(printf '100644 blob %s\tcrafted.c\n' "$id" |
			git -C "$dir" mktree) &&
		commit=$(git -C "$dir" -c user.name=b -c user.email=b@invalid \
			commit-tree -m crafted "$tree") &&
		git -C "$dir" update-ref HEAD "$commit"
}

# sparse DIR WHERE: a committed sub/a.c and b.c, then a 4 GiB sparse file:
# WHERE=outside: sub is replaced by a symlink to a directory beside the
# tree holding a.c of 4 GiB; WHERE=inside: big.c, untracked, in the tree.
sparse() {
	local dir=$1
	rm -rf -- "$dir" "$dir-outside" && git init -q "$dir" || return 1
	mkdir -p -- "$dir/sub" && printf 'int a;\n' >"$dir/sub/a.c" &&
		printf 'int b;\n' >"$dir/b.c" && git -C "$dir" add -A &&
		git -C "$dir" -c user.name=b -c user.email=b@invalid commit -qm s ||
		return 1
	if [[ $2 == outside ]]; then
		mkdir -p -- "$dir-outside" &&
			truncate -s 4G "$dir-outside/a.c" &&
			rm -rf -- "$dir/sub" && ln -s "$dir-outside" "$dir/sub"
	else
		truncate -s 4G "$dir/big.c"
	fi
}

# scale_run BIN DIR ARGS...: "seconds rss status", the time "-" when the
# run was stopped at the timeout (then the peak RSS is the one reached)
scale_run() {
	local exe=$1 dir=$2 out t rss st
	shift 2
	out=$(cd -- "$dir" && /usr/bin/time -f '%e %M' -o /dev/fd/3 \
		timeout -s KILL "$timeout_s" "$exe" check --no-cache -q \
		--format json -o /dev/null "$@" 3>&1 >/dev/null 2>/dev/null
		echo "status=$?")
	read -r t rss <<<"$(printf '%s\n' "$out" | grep -E '^[0-9.]+ [0-9]+$')"
	st=$(printf '%s\n' "$out" | sed -n 's/^status=//p')
	# timeout(1) -s KILL: 137 when it stopped the run (124 for TERM);
	# the peak RSS of a killed run is not known
	[[ $st == 124 || $st == 137 || -z $t ]] && t=- rss=-
	printf '%s %s %s\n' "$t" "$rss" "$st"
}

scale_cases() {
	local fail=0 c dir args name
	local -a cases=(
		"criss-cross|history:100000:2|--changed-since x"
		"4-candidates|history:100000:4|--changed-since x"
		"crafted-delta|crafted|--rev HEAD"
		"deep-20k --staged|deep:20000|--staged"
		"deep-20k --changed-since|deep:20000|--changed-since HEAD"
		"deep-20k --rev|deep:20000|--rev main"
		"deep-20k --rev --changed-since|deep:20000|--rev main --changed-since master"
		"deep-60k --staged|deep:60000|--staged"
		"deep-60k --changed-since|deep:60000|--changed-since HEAD"
		"deep-60k --rev|deep:60000|--rev main"
		"deep-60k --rev --changed-since|deep:60000|--rev main --changed-since master"
		"sparse-4G-outside|sparse:outside|--changed-since HEAD"
		"sparse-4G-inside|sparse:inside|--changed-since HEAD"
	)
	printf '%-32s %-5s %9s %12s %5s %s\n' case build seconds "peak RSS" \
		exit "${baseline:+vs base (time, RSS)}"
	for c in "${cases[@]}"; do
		IFS='|' read -r name gen args <<<"$c"
		[[ -n $only && $name != *"$only"* ]] && continue
		IFS=: read -r g a1 a2 <<<"$gen"
		dir="$work/$g-$a1-$a2"
		if [[ ! -d $dir ]]; then
			printf '%s: generating %s...\n' "$prog" "$gen" >&2
			"$g" "$dir" $a1 $a2 || die "cannot generate $gen"
		fi
		local bt= brss=
		for which in ${baseline:+base} new; do
			exe=$bin
			[[ $which == base ]] && exe=$baseline
			# shellcheck disable=SC2086
			read -r t rss st <<<"$(scale_run "$exe" "$dir" $args)"
			ratio=
			if [[ $which == base ]]; then
				bt=$t brss=$rss
			elif [[ -n $baseline && $t != - && $bt != - && $brss != - ]]; then
				ratio=$(awk -v t="$t" -v bt="$bt" -v r="$rss" -v br="$brss" \
					'BEGIN { printf "%.3fx %.2fx", (bt > 0 ? t / bt : 0), (br > 0 ? r / br : 0) }')
			elif [[ -n $baseline && $bt == - ]]; then
				ratio="(base stopped at ${timeout_s} s)"
			fi
			[[ $t == - ]] && t=">$timeout_s"
			printf '%-32s %-5s %9s %8s KiB %5s %s\n' "$name" "$which" "$t" \
				"$rss" "$st" "$ratio"
			[[ $which == base ]] && continue
			if [[ $st != 0 && $st != 1 ]] || [[ $rss == - ]] ||
				((rss > 256 * 1024)); then
				printf '%s: %s: exit %s, peak RSS %d KiB\n' "$prog" \
					"$name" "$st" "$rss" >&2
				fail=1
			fi
		done
	done
	((keep)) || rm -rf -- "$work"/sparse-*-outside
	if ((fail)); then
		printf '%s: FAILED\n' "$prog" >&2
		exit 1
	fi
	printf '%s: every scale case ended in time, under 256 MiB\n' "$prog" >&2
	exit 0
}

if ((scale)); then
	scale_cases
fi

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
