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
# Run a cmocka program as CTest sees it: its output passed on whole, its
# exit status kept, but 77 (the tests' SKIP_RETURN_CODE) when it passed
# while skipping some of its tests, so that CTest reports a skip and not
# a pass. A failure stays a failure, whatever else was skipped.
# usage: cmocka-skip.sh PROGRAM [ARGS...]
out=$(mktemp "${TMPDIR:-/tmp}/cmocka-skip.XXXXXX") || exit 1
rc=0
"$@" >"$out" 2>&1 || rc=$?
cat "$out"
if [ "$rc" -eq 0 ] && grep -q '^\[  SKIPPED \] [0-9]* test(s), listed below' "$out"; then
	echo "cmocka-skip: some tests were skipped (above): reporting a skip"
	rc=77
fi
rm -f "$out"
exit "$rc"
