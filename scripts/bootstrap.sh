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
# The whole set-up on a fresh Debian 12 machine, as root (or with sudo):
#   scripts/bootstrap.sh run [HDRCHECK-ARGS...]  deps, build, run hdrcheck
#   scripts/bootstrap.sh test                    deps, build, every test
# "test" checks the C sources' format (scripts/check-format.sh: a C file
# that differs from .clang-format fails the run), builds twice (warnings as errors; then ASan+UBSan) and runs the
# whole CTest suite in both; runs the end-to-end tests, which start the
# binary with several workers, under ThreadSanitizer; runs the binary over
# a fixture repository under valgrind's memcheck; installs the build to a
# temporary prefix and uses it from there; builds the Debian packages,
# checks them with lintian and uses them from an empty root; builds the
# libFuzzer targets with clang and runs each for FUZZ_SECONDS (default
# 20); and runs
# the fresh hdrcheck on this checkout.
set -eu

cd "$(dirname "$0")/.."

# What "run" needs: a compiler, CMake and the libraries.
PACKAGES="build-essential cmake pkg-config
libgit2-dev libpcre2-dev libjansson-dev libyaml-dev
zlib1g-dev libdeflate-dev libssl-dev libarchive-dev"
# What "test" needs on top: cmocka, the sanitizers, valgrind, the
# browser that renders the HTML report, the Debian packaging tools, and
# Linguist's data with python3 (the file-type table's freshness test),
# the SBOM schema validator. npm, which fetches the CycloneDX schemas
# (see test_schemas), comes from Debian only where no npm is installed:
# Debian's npm conflicts with NodeSource's nodejs, which brings its own.
TEST_PACKAGES="git ca-certificates libcmocka-dev
chromium clang libclang-rt-14-dev clang-format valgrind
debhelper lintian
python3 ruby-github-linguist python3-jsonschema zstd"

install_deps() { # install_deps PACKAGE...
	missing=""
	for p in "$@"; do
		dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
	done
	[ -z "$missing" ] && return 0
	sudo=""
	[ "$(id -u)" -eq 0 ] || sudo="sudo"
	echo "bootstrap: installing$missing" >&2
	$sudo apt-get update -qq >&2
	# shellcheck disable=SC2086
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq \
		--no-install-recommends $missing >&2
}

jobs=$(nproc 2>/dev/null || echo 2)

# The official schemas the SBOM test validates against, into
# $HDRCHECK_SCHEMA_DIR: CycloneDX 1.6 from the npm package
# @cyclonedx/cyclonedx-library (res/schema/). The SPDX 2.3 schema
# (spdx/spdx-spec, schemas/spdx-schema.json, branch support/2.3) is in no
# npm or Debian package: put it there as spdx-schema.json by hand, or the
# test skips its validation (visibly, as a CTest skip).
CDX_LIBRARY=@cyclonedx/cyclonedx-library@10.3.0
HDRCHECK_SCHEMA_DIR=${HDRCHECK_SCHEMA_DIR:-${HOME}/.cache/hdrcheck-schemas}
export HDRCHECK_SCHEMA_DIR
test_schemas() {
	[ -f "$HDRCHECK_SCHEMA_DIR/package/res/schema/bom-1.6.SNAPSHOT.schema.json" ] &&
		return 0
	mkdir -p "$HDRCHECK_SCHEMA_DIR"
	(cd "$HDRCHECK_SCHEMA_DIR" && tgz=$(npm pack -q "$CDX_LIBRARY") &&
		tar -xzf "$tgz" package/res/schema) ||
		echo "bootstrap: cannot fetch $CDX_LIBRARY (SBOM schema" \
			"validation will be skipped)" >&2
}

# Each kind of build has its own directory and says every option it
# depends on, so that "run" and "test" may follow each other in any order
# (a cached -Werror or test switch from the other never leaks in). The
# build's output goes to stderr: stdout is hdrcheck's alone.
build() { # build DIR [CMAKE-ARGS...]
	dir=$1
	shift
	cmake -S . -B "$dir" "$@" >&2
	cmake --build "$dir" -j "$jobs" >&2
}

# The end-to-end tests: they run the binary, with several worker threads.
E2E_TESTS='^test_(cli|reports_e2e|hostile_|fixer_cli|scanner_pack)'

# memcheck: full CLI runs over a fixture repository made of the policy test
# inputs (every status, skip reason and file type there is), under
# valgrind; an error or a definite or indirect leak fails.
memcheck() {
	fx=$(mktemp -d "${TMPDIR:-/tmp}/hdrcheck-memcheck.XXXXXX")
	cp -R tests/data/policies/. "$fx"
	git -C "$fx" init -q
	git -C "$fx" add -A
	git -C "$fx" -c user.name=bootstrap -c user.email=bootstrap@invalid \
		commit -q -m fixture
	# packed, so that --rev goes through the pack reader and the
	# two-thread listing
	git -C "$fx" repack -adq
	for args in "check -j 2" "check -j 1 --no-cache --format json" \
		"check --rev HEAD -j 2 --no-cache" \
		"check --format sarif" "check --format html" \
		"explain asf-java/input.java" "fix --dry-run"; do
		rc=0
		# shellcheck disable=SC2086
		(cd "$fx" && valgrind -q --log-file="$fx.log" --error-exitcode=99 \
			--leak-check=full --show-leak-kinds=definite,indirect \
			--errors-for-leak-kinds=definite,indirect \
			"$OLDPWD/build/hdrcheck" $args >/dev/null 2>&1) || rc=$?
		if [ "$rc" -gt 1 ]; then
			# valgrind 3.19 does not know openat2: not an error
			grep -v -e 'syscall: 437' -e 'your own handler' \
				-e README_MISSING -e 'consider this a bug' \
				-e bug_reports "$fx.log" >&2 || true
			echo "bootstrap: memcheck: hdrcheck $args: status $rc" >&2
			exit 1
		fi
	done
	rm -rf "$fx" "$fx.log"
}

# fuzz_run TARGET: a bounded libFuzzer run from the seed corpus (new
# inputs go to a scratch corpus, not into the checkout).
fuzz_run() {
	out=build-fuzz/corpus-$1
	rm -rf "$out"
	mkdir -p "$out"
	# a fixed seed makes a run repeatable: CI explores a prefix of the
	# mutation sequence the longer runs before landing explored
	"./build-fuzz/$1_fuzzer" -max_total_time="${FUZZ_SECONDS:-20}" \
		-seed="${FUZZ_SEED:-1}" \
		-timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
		-artifact_prefix="build-fuzz/$1-" "$out" "fuzz/corpus/$1" \
		>"build-fuzz/$1.log" 2>&1
}

fuzz_done() { # fuzz_done TARGET STATUS
	if [ "$2" -ne 0 ]; then
		tail -n 40 "build-fuzz/$1.log" >&2
		echo "bootstrap: fuzz: $1 failed (build-fuzz/$1-*)" >&2
		exit 1
	fi
	echo "bootstrap: fuzz: $1: $(grep -E '^#[0-9]+[[:space:]]+DONE' \
		"build-fuzz/$1.log" | tail -n 1)" >&2
}

cmd=${1:-}
[ $# -gt 0 ] && shift
case "$cmd" in
run)
	# shellcheck disable=SC2086 # the lists are words
	install_deps $PACKAGES
	# only the binary and its library: no tests, no cmocka
	cmake -S . -B build-run -DCMAKE_BUILD_TYPE=Release \
		-DHDRCHECK_WERROR=OFF -DHDRCHECK_BUILD_TESTS=OFF >&2
	cmake --build build-run -j "$jobs" --target hdrcheck_cli >&2
	exec ./build-run/hdrcheck "$@"
	;;
test)
	# shellcheck disable=SC2086
	install_deps $PACKAGES $TEST_PACKAGES
	command -v npm >/dev/null 2>&1 || install_deps npm
	# the C sources against .clang-format
	sh scripts/check-format.sh --fatal
	build build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHDRCHECK_WERROR=ON \
		-DHDRCHECK_BUILD_TESTS=ON
	test_schemas
	ctest --test-dir build --output-on-failure -j "$jobs"
	# the install tree: moved prefix, no environment, pkg-config and
	# find_package consumers
	sh tests/install/install.sh build
	# the Debian packages: built, lintian-clean, used from an empty root
	sh tests/install/debian.sh
	build build-asan -DCMAKE_BUILD_TYPE=Debug -DHDRCHECK_WERROR=ON \
		-DHDRCHECK_SANITIZE=ON -DHDRCHECK_BUILD_TESTS=ON
	ctest --test-dir build-asan --output-on-failure -j "$jobs"
	# data races: the end-to-end tests (and the pack reader's) under
	# ThreadSanitizer, and this checkout with more workers than cores
	build build-tsan -DCMAKE_BUILD_TYPE=RelWithDebInfo \
		-DCMAKE_C_FLAGS="-fsanitize=thread -fno-omit-frame-pointer" \
		-DCMAKE_EXE_LINKER_FLAGS=-fsanitize=thread \
		-DCMAKE_SHARED_LINKER_FLAGS=-fsanitize=thread \
		-DCMAKE_MODULE_LINKER_FLAGS=-fsanitize=thread
	ctest --test-dir build-tsan --output-on-failure -j "$jobs" \
		-R "$E2E_TESTS"
	./build-tsan/hdrcheck check -j 8 --no-cache -q --exclude 'tests/data/**'
	# the same from the object database: the packs of the clone, the
	# tree listed by two walkers
	./build-tsan/hdrcheck check --rev HEAD -j 8 --no-cache -q \
		--exclude 'tests/data/**'
	memcheck
	# fuzzing: every target for a short, bounded time, two at a time
	CC=clang cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo \
		-DHDRCHECK_BUILD_FUZZERS=ON -DHDRCHECK_BUILD_TESTS=OFF >/dev/null
	cmake --build build-fuzz -j "$jobs"
	set --
	for f in build-fuzz/*_fuzzer; do
		f=${f#build-fuzz/}
		set -- "$@" "${f%_fuzzer}"
	done
	while [ $# -gt 0 ]; do
		fuzz_run "$1" &
		p1=$!
		p2=
		if [ $# -gt 1 ]; then
			fuzz_run "$2" &
			p2=$!
		fi
		rc=0
		wait "$p1" || rc=$?
		fuzz_done "$1" "$rc"
		if [ -n "$p2" ]; then
			rc=0
			wait "$p2" || rc=$?
			fuzz_done "$2" "$rc"
			shift
		fi
		shift
	done
	# dogfooding: every file of this checkout carries the header (the
	# policy test inputs lack one on purpose)
	./build/hdrcheck check --exclude 'tests/data/**'
	echo "bootstrap: all tests passed" >&2
	;;
*)
	echo "usage: scripts/bootstrap.sh run [HDRCHECK-ARGS...] | test" >&2
	exit 2
	;;
esac
