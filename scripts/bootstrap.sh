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
# "test" builds twice (warnings as errors; then ASan+UBSan), runs the
# whole CTest suite in both, and runs the fresh hdrcheck on this checkout.
set -eu

cd "$(dirname "$0")/.."

PACKAGES="build-essential cmake pkg-config git ca-certificates
libgit2-dev libpcre2-dev libjansson-dev libcmocka-dev libyaml-dev
chromium"

install_deps() {
	missing=""
	for p in $PACKAGES; do
		dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
	done
	[ -z "$missing" ] && return 0
	sudo=""
	[ "$(id -u)" -eq 0 ] || sudo="sudo"
	echo "bootstrap: installing$missing" >&2
	$sudo apt-get update -qq
	# shellcheck disable=SC2086
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq \
		--no-install-recommends $missing >/dev/null
}

jobs=$(nproc 2>/dev/null || echo 2)

build() { # build DIR [CMAKE-ARGS...]
	dir=$1
	shift
	cmake -S . -B "$dir" "$@" >/dev/null
	cmake --build "$dir" -j "$jobs"
}

cmd=${1:-}
[ $# -gt 0 ] && shift
case "$cmd" in
run)
	install_deps
	build build -DCMAKE_BUILD_TYPE=Release
	exec ./build/hdrcheck "$@"
	;;
test)
	install_deps
	build build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHDRCHECK_WERROR=ON
	ctest --test-dir build --output-on-failure -j "$jobs"
	build build-asan -DCMAKE_BUILD_TYPE=Debug -DHDRCHECK_WERROR=ON \
		-DHDRCHECK_SANITIZE=ON
	ctest --test-dir build-asan --output-on-failure -j "$jobs"
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
