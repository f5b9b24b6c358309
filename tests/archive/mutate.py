#!/usr/bin/env python3
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

"""Copy a tar archive (any compression tarfile reads) with one change.

mutate.py IN OUT.tar.gz OP PATH [ARG]

OP is add (ARG: content), drop, change (ARG: new content), chmod (ARG:
octal mode) or relink (ARG: new symlink target). PATH is the member's
name in the archive (with its prefix). The copy is written gzip'd.
"""

import copy
import io
import sys
import tarfile


def main():
    src, dst, op, path = sys.argv[1:5]
    arg = sys.argv[5] if len(sys.argv) > 5 else ""
    found = False
    with tarfile.open(src) as t, tarfile.open(dst, "w:gz") as out:
        for m in t.getmembers():
            data = t.extractfile(m).read() if m.isfile() else None
            if m.name == path:
                found = True
                if op == "drop":
                    continue
                m = copy.copy(m)
                if op == "change":
                    data = arg.encode()
                    m.size = len(data)
                elif op == "chmod":
                    m.mode = int(arg, 8)
                elif op == "relink":
                    m.linkname = arg
            out.addfile(m, io.BytesIO(data) if data is not None else None)
        if op == "add":
            m = tarfile.TarInfo(path)
            m.size = len(arg.encode())
            m.mode = 0o644
            out.addfile(m, io.BytesIO(arg.encode()))
            found = True
    if not found:
        sys.exit("mutate.py: no member " + path)


if __name__ == "__main__":
    main()
