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
# The Debian packages: built with dpkg-buildpackage from a copy of the
# checkout, checked with lintian (no errors), unpacked into an empty root
# and used from there: the tool on a test repository, a program built
# against libhdrcheck-dev with pkg-config.
#   tests/install/debian.sh [OUT-DIR]   (the .deb files are left there)
set -eu
src=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/hdrcheck-deb.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

fail() {
	echo "debian test: $*" >&2
	exit 1
}

# the tracked and untracked (not ignored) files: no build directories
mkdir "$tmp/src"
git -C "$src" ls-files -z -co --exclude-standard |
	(cd "$src" && tar --null -T - -cf -) | tar -C "$tmp/src" -xf -
(cd "$tmp/src" && dpkg-buildpackage -b -us -uc -j"$(nproc)") \
	>"$tmp/build.log" 2>&1 || {
	tail -n 40 "$tmp/build.log" >&2
	fail "dpkg-buildpackage failed"
}
lintian --fail-on error "$tmp"/hdrcheck_*.changes >&2 ||
	fail "lintian reports errors"
dpkg-deb -f "$tmp"/hdrcheck_*.deb Depends | grep -q libgit2 ||
	fail "hdrcheck does not depend on libgit2"

root=$tmp/root
mkdir "$root"
for deb in "$tmp"/hdrcheck_*.deb "$tmp"/libhdrcheck-dev_*.deb; do
	dpkg -x "$deb" "$root"
done
lib=$(dirname "$(find "$root/usr/lib" -name 'libhdrcheck.so.0')")

repo=$tmp/repo
mkdir "$repo"
printf 'int x;\n' >"$repo/a.c"
git -C "$repo" init -q
git -C "$repo" add a.c
rc=0
env -i LD_LIBRARY_PATH="$lib" "$root/usr/bin/hdrcheck" check -C "$repo" \
	--no-cache --format json >"$tmp/out" || rc=$?
[ "$rc" -eq 1 ] || fail "the packaged hdrcheck: status $rc"
grep -q '"path": "a.c", "status": "missing"' "$tmp/out" ||
	fail "the packaged hdrcheck did not report a.c"
[ -s "$root/usr/share/man/man1/hdrcheck.1.gz" ] || fail "no man page"
bash -n "$root/usr/share/bash-completion/completions/hdrcheck" ||
	fail "the bash completion does not parse"

# shellcheck disable=SC2046
cc -o "$tmp/consumer" "$src/tests/install/consumer.c" \
	$(PKG_CONFIG_PATH="$lib/pkgconfig" pkg-config --cflags --libs \
		hdrcheck) ||
	fail "cannot build against libhdrcheck-dev with pkg-config"
env -i LD_LIBRARY_PATH="$lib" "$tmp/consumer" "$repo" |
	grep -q '1 files, 1 missing' || fail "the consumer gives another count"
if [ $# -gt 0 ]; then
	mkdir -p "$1"
	cp "$tmp"/*.deb "$1"/
fi
echo "debian test: passed" >&2
