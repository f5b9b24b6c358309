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
# The install tree as a user gets it: cmake --install to a temporary
# prefix, moved elsewhere afterwards (nothing may depend on the prefix);
# the binary run from there with no environment at all; a small program
# built against the installed library with pkg-config and with
# find_package(hdrcheck).
#   tests/install/install.sh BUILD-DIR
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "$1" && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/hdrcheck-install.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

fail() {
	echo "install test: $*" >&2
	exit 1
}

cmake --install "$build" --prefix "$tmp/prefix" >/dev/null
mv "$tmp/prefix" "$tmp/moved"
p=$tmp/moved
pc=$(find "$p" -name hdrcheck.pc)
[ -n "$pc" ] || fail "no hdrcheck.pc installed"
libdir=$(dirname "$(dirname "$pc")")

# a repository with one file lacking a header, one ignored
repo=$tmp/repo
mkdir "$repo"
printf 'int x;\n' >"$repo/a.c"
printf 'int y;\n' >"$repo/ignored.c"
printf 'ignored.c\n' >"$repo/.gitignore"
git -C "$repo" init -q
git -C "$repo" add a.c .gitignore
git -C "$repo" -c user.name=t -c user.email=t@invalid commit -qm init

env -i "$p/bin/hdrcheck" --version >"$tmp/out" ||
	fail "the installed binary does not start"
rc=0
env -i "$p/bin/hdrcheck" check -C "$repo" --no-cache --format json \
	>"$tmp/out" || rc=$?
[ "$rc" -eq 1 ] || fail "hdrcheck on the test repository: status $rc"
grep -q '"path": "a.c"' "$tmp/out" || fail "a.c not reported"
! grep -q 'ignored.c' "$tmp/out" || fail "the ignored file was checked"

[ -f "$p/share/man/man1/hdrcheck.1" ] || fail "no man page"
for f in share/bash-completion/completions/hdrcheck \
	share/zsh/site-functions/_hdrcheck \
	share/fish/vendor_completions.d/hdrcheck.fish; do
	[ -s "$p/$f" ] || fail "no $f"
done
bash -n "$p/share/bash-completion/completions/hdrcheck" ||
	fail "the bash completion does not parse"

# pkg-config: the .pc file finds the moved prefix by itself
# shellcheck disable=SC2046
cc -o "$tmp/pc-consumer" "$here/consumer.c" \
	$(PKG_CONFIG_PATH="$libdir/pkgconfig" pkg-config --cflags --libs \
		hdrcheck) -Wl,-rpath,"$libdir" ||
	fail "cannot build against the library with pkg-config"
env -i "$tmp/pc-consumer" "$repo" | grep -q '2 files, 2 missing' ||
	fail "the pkg-config consumer gives another count"

# find_package(hdrcheck) -> hdrcheck::hdrcheck
cmake -S "$here" -B "$tmp/cm" -DCMAKE_PREFIX_PATH="$p" \
	-DCMAKE_BUILD_RPATH="$libdir" >/dev/null ||
	fail "find_package(hdrcheck) fails"
cmake --build "$tmp/cm" >/dev/null || fail "the find_package consumer"
env -i "$tmp/cm/consumer" "$repo" | grep -q '2 files, 2 missing' ||
	fail "the find_package consumer gives another count"
echo "install test: passed" >&2
