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

# identical.sh -- two hdrcheck binaries must write the same reports.
#
# Usage: bench/identical.sh [-w WORKDIR] [-k] OLD_BIN NEW_BIN [REPO...]
#
# For each REPO (a git work tree; default: the benchmark corpora nova,
# kafka, istio and u-boot under /work/corpus), both binaries check it in
# every mode, each writing a JSON report and a text report, and the
# reports and exit statuses are compared byte for byte; a mismatch prints
# the diff. Exit status: 0 all identical, 1 any differ, 2 usage error.
#
# Modes: the work tree (--no-cache; with the result cache, cold then warm,
# on a scratch clone), -j1, a PATH argument with --exclude, --rev HEAD,
# --staged, --changed-since (work tree, --staged and --rev) on a scratch
# clone that has two local commits and work-tree edits (modified, staged,
# deleted and untracked files), a plain directory (git archive of HEAD),
# and --include-submodules on a superproject with a checked-out submodule.
# REPO itself is only read; the scratch copies live under WORKDIR
# (default: a new temporary directory, removed at the end unless -k).
#
# A binary with libhdrcheck.so.0 beside it (a build tree, an unpacked
# copy) runs with LD_LIBRARY_PATH set to its directory, so that each binary
# loads its own library.
# The JSON and text reports of hdrcheck carry no timing fields, so nothing
# is normalised; the root directory differs only where the tree does, and
# both binaries scan the same trees.

set -uo pipefail

prog=${0##*/}
workdir=
keep=0

usage() {
	sed -n '18,19p' "$0" | sed 's/^# //'
}

die() {
	printf '%s: %s\n' "$prog" "$*" >&2
	exit 2
}

while (($#)); do
	case $1 in
	-w)
		(($# >= 2)) || die "-w needs a directory"
		workdir=$2
		shift 2
		;;
	-k)
		keep=1
		shift
		;;
	-h | --help)
		usage
		exit 0
		;;
	-*) die "unknown option: $1" ;;
	*) break ;;
	esac
done
(($# >= 2)) || {
	usage >&2
	exit 2
}
old=$1 new=$2
shift 2
repos=("$@")
((${#repos[@]})) || repos=(/work/corpus/nova /work/corpus/kafka
	/work/corpus/istio /work/corpus/u-boot)
for b in "$old" "$new"; do
	[[ -x $b ]] || die "not an executable: $b"
done
old=$(cd -- "$(dirname -- "$old")" && pwd -P)/${old##*/}
new=$(cd -- "$(dirname -- "$new")" && pwd -P)/${new##*/}
command -v git >/dev/null || die "git not found in PATH"

if [[ -z $workdir ]]; then
	workdir=$(mktemp -d "${TMPDIR:-/tmp}/hdrcheck-identical.XXXXXX") ||
		die "cannot make a temporary directory"
	((keep)) || trap 'rm -rf "$workdir"' EXIT
fi
mkdir -p "$workdir" || die "cannot make $workdir"

export GIT_CONFIG_NOSYSTEM=1 GIT_AUTHOR_NAME=identical \
	GIT_AUTHOR_EMAIL=identical@example.invalid GIT_COMMITTER_NAME=identical \
	GIT_COMMITTER_EMAIL=identical@example.invalid \
	GIT_AUTHOR_DATE='2026-01-01T00:00:00Z' \
	GIT_COMMITTER_DATE='2026-01-01T00:00:00Z'
g() { git -c protocol.file.allow=always -c core.hooksPath=/dev/null "$@"; }

# A scratch clone of repo with two local commits and work-tree edits.
scratch() {
	local repo=$1 dir=$2 f
	[[ -d $dir/.git ]] && return 0
	# a clone of HEAD; a repository git will not serve (an object
	# missing outside HEAD) is copied whole instead
	if ! g clone -q --depth 1 "file://$repo" "$dir" 2>/dev/null; then
		rm -rf "$dir"
		cp -a "$repo" "$dir" && rm -rf "$dir/.git/hdrcheck" || return 1
	fi
	# the first files of a few kinds, edited in turn
	mapfile -t files < <(g -C "$dir" ls-files | grep -E '\.(java|py|go|c|h|scala|sh)$' | head -n 8)
	((${#files[@]} >= 8)) || return 1
	printf '// local change 1\n' >>"$dir/${files[0]}"
	printf 'no header here\n' >"$dir/new-in-commit-1.txt"
	g -C "$dir" add -A && g -C "$dir" commit -q -m one || return 1
	printf '// local change 2\n' >>"$dir/${files[1]}"
	g -C "$dir" rm -q "${files[2]}" && g -C "$dir" commit -qam two || return 1
	# staged, then edited again; edited only; deleted; untracked
	printf '/* staged */\n' >>"$dir/${files[3]}"
	g -C "$dir" add "${files[3]}" || return 1
	printf '/* and after */\n' >>"$dir/${files[3]}"
	printf '/* unstaged */\n' >>"$dir/${files[4]}"
	rm -f "$dir/${files[5]}"
	printf 'untracked, no header\n' >"$dir/untracked-file.c"
	sed -i '1,3d' "$dir/${files[6]}"
	for f in "${files[7]}"; do
		printf '#!/bin/sh\n' | cat - "$dir/$f" >"$dir/$f.tmp" &&
			mv "$dir/$f.tmp" "$dir/$f"
	done
	g -C "$dir" add "${files[7]}"
}

# A superproject holding a copy of a subtree of repo as a submodule.
superproject() {
	local repo=$1 dir=$2 sub=$workdir/sub-origin sd
	[[ -d $dir/.git ]] && return 0
	sd=$(g -C "$repo" ls-tree -d --name-only HEAD | head -n 1)
	rm -rf "$sub" && mkdir -p "$sub" || return 1
	g -C "$repo" archive HEAD "$sd" | tar -x -C "$sub" || return 1
	printf 'int sub_untracked;\n' >"$sub/untracked.c"
	g -C "$sub" init -q && g -C "$sub" add -A && g -C "$sub" commit -qm sub ||
		return 1
	mkdir -p "$dir" && g -C "$dir" init -q || return 1
	printf 'top level, no header\n' >"$dir/top.c"
	g -C "$dir" add top.c && g -C "$dir" submodule add -q "file://$sub" mod &&
		g -C "$dir" commit -qm super || return 1
	printf 'untracked in the submodule\n' >"$dir/mod/new-file.c"
}

# Export LD_LIBRARY_PATH for binary $1 when its library is beside it.
libdir() {
	local d
	d=$(cd -- "$(dirname -- "$1")" && pwd -P)
	if [[ -e $d/libhdrcheck.so.0 ]]; then
		export LD_LIBRARY_PATH=$d${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}
	fi
	return 0
}

fails=0 runs=0
# run NAME DIR ARGS...: both binaries, json and text reports compared
run() {
	local name=$1 dir=$2 b side rc
	shift 2
	for side in old new; do
		[[ $side == old ]] && b=$old || b=$new
		(cd "$dir" && libdir "$b" && "$b" check --color never "$@" --format json \
			-o "$workdir/$side.json" --report "text=$workdir/$side.txt" \
			>"$workdir/$side.out" 2>"$workdir/$side.err")
		rc=$?
		echo "$rc" >"$workdir/$side.rc"
	done
	runs=$((runs + 1))
	local bad=0 k
	for k in rc json txt out err; do
		if ! cmp -s "$workdir/old.$k" "$workdir/new.$k"; then
			((bad)) || printf 'DIFFER %s\n' "$name"
			bad=1
			diff -u "$workdir/old.$k" "$workdir/new.$k" | head -n 40
		fi
	done
	if ((bad)); then
		fails=$((fails + 1))
	else
		printf 'same   %-44s exit %s, %s files\n' "$name" \
			"$(cat "$workdir/new.rc")" \
			"$(grep -o '"files": [0-9]*' "$workdir/new.json" | head -n 1 | cut -d' ' -f2)"
	fi
}

for repo in "${repos[@]}"; do
	[[ -d $repo/.git || -f $repo/.git ]] || die "not a git work tree: $repo"
	r=${repo%/}
	r=${r##*/}
	s=$workdir/$r-scratch p=$workdir/$r-plain
	scratch "$repo" "$s" || die "$r: cannot make the scratch clone"
	if [[ ! -d $p ]]; then
		# HEAD's files; from a repository that lacks one of HEAD's
		# blobs, the work tree's files instead
		mkdir -p "$p" || die "$r: cannot make $p"
		if ! g -C "$repo" archive HEAD 2>/dev/null | tar -x -C "$p" 2>/dev/null; then
			rm -rf "$p" && mkdir -p "$p" &&
				tar -C "$repo" --exclude=./.git -cf - . | tar -x -C "$p" ||
				die "$r: cannot unpack the plain directory"
		fi
	fi
	sub=$(g -C "$repo" ls-tree -d --name-only HEAD | head -n 1)
	run "$r worktree --no-cache" "$repo" --no-cache
	run "$r worktree -j1 --no-cache" "$repo" --no-cache -j1
	run "$r PATH --exclude" "$repo" --no-cache --exclude '*.md' "$sub"
	run "$r --rev HEAD" "$repo" --rev HEAD
	run "$r --rev HEAD -j1 PATH" "$repo" --rev HEAD -j1 "$sub"
	run "$r --staged (clean)" "$repo" --staged
	run "$r plain directory" "$p" --no-cache
	run "$r plain directory -j1" "$p" -j1
	# the result cache: the old binary fills it, the new one reads it
	rm -rf "$s/.git/hdrcheck"
	run "$r scratch worktree (cache cold/warm)" "$s"
	run "$r scratch worktree (cache warm)" "$s"
	run "$r scratch worktree --no-cache" "$s" --no-cache
	run "$r scratch --staged" "$s" --staged
	run "$r scratch --changed-since HEAD~2" "$s" --changed-since HEAD~2
	run "$r scratch --changed-since HEAD~2 -j1" "$s" --changed-since HEAD~2 -j1 --no-cache
	run "$r scratch --changed-since --staged" "$s" --changed-since HEAD~2 --staged
	run "$r scratch --changed-since --rev HEAD" "$s" --changed-since HEAD~2 --rev HEAD
	run "$r scratch --rev HEAD~1" "$s" --rev HEAD~1
done
sp=$workdir/super
superproject "${repos[0]}" "$sp" || die "cannot build the superproject"
run "superproject --include-submodules" "$sp" --include-submodules
run "superproject --include-submodules -j1" "$sp" --include-submodules -j1 --no-cache
run "superproject --include-submodules PATH" "$sp" --include-submodules mod
run "superproject without submodules" "$sp"

printf '%d runs, %d differ\n' "$runs" "$fails"
((fails == 0))
