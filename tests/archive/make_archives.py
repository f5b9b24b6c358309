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

"""Write the test archives, well-formed and hostile, into OUTDIR.

make_archives.py OUTDIR [--bomb]

Everything is made here, at test time, with tarfile and zipfile (and the
zstd program for .tar.zst, when installed); nothing is committed. --bomb
adds bomb.tar.gz: 200 MiB of zeros in one entry (about 200 KiB on disk).
"""

import gzip
import io
import os
import shutil
import stat
import subprocess
import sys
import tarfile
import warnings
import zipfile

HEADER = """/*
 * Licensed to the Apache Software Foundation (ASF) under one
 * or more contributor license agreements.  See the NOTICE file
 * distributed with this work for additional information
 * regarding copyright ownership.  The ASF licenses this file
 * to you under the Apache License, Version 2.0 (the
 * "License"); you may not use this file except in compliance
 * with the License.  You may obtain a copy of the License at
 *
 *   http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing,
 * software distributed under the License is distributed on an
 * "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY
 * KIND, either express or implied.  See the License for the
 * specific language governing permissions and limitations
 * under the License.
 */
"""

# path -> (content, mode) ; a str content starting with "->" is a symlink
TREE = {
    "LICENSE": ("Apache License\nVersion 2.0, January 2004\n", 0o644),
    "NOTICE": ("Example\nCopyright 2026 Example\n", 0o644),
    "src/a.c": (HEADER + "int a;\n", 0o644),
    "src/b.c": ("int b;\n", 0o644),
    "run.sh": ("#!/bin/sh\n" + HEADER.replace("/*", "#").replace(" *", "#")
               .replace("#/", "#") + "echo hi\n", 0o755),
    "link": ("->src/a.c", 0o777),
}


def add_tar(t, name, data=b"", mode=0o644, kind=tarfile.REGTYPE,
            link=""):
    ti = tarfile.TarInfo(name)
    ti.type = kind
    ti.mode = mode
    ti.mtime = 1700000000
    ti.linkname = link
    if kind == tarfile.REGTYPE:
        ti.size = len(data)
        t.addfile(ti, io.BytesIO(data))
    else:
        t.addfile(ti)


def tar_bytes(tree, prefix, dirs=True):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as t:
        if prefix and dirs:
            add_tar(t, prefix, mode=0o755, kind=tarfile.DIRTYPE)
        seen = set()
        for path in sorted(tree):
            content, mode = tree[path]
            d = os.path.dirname(path)
            if d and dirs and d not in seen:
                seen.add(d)
                add_tar(t, prefix + d + "/", mode=0o755,
                        kind=tarfile.DIRTYPE)
            if content.startswith("->"):
                add_tar(t, prefix + path, mode=mode, kind=tarfile.SYMTYPE,
                        link=content[2:])
            else:
                add_tar(t, prefix + path, content.encode(), mode)
    return buf.getvalue()


def write(out, name, data):
    with open(os.path.join(out, name), "wb") as f:
        f.write(data)


def zip_bytes(tree, prefix, method=zipfile.ZIP_DEFLATED):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as z:
        for path in sorted(tree):
            content, mode = tree[path]
            zi = zipfile.ZipInfo(prefix + path, (2023, 11, 14, 22, 13, 20))
            zi.compress_type = method
            if content.startswith("->"):
                zi.external_attr = (stat.S_IFLNK | 0o777) << 16
                z.writestr(zi, content[2:])
            else:
                zi.external_attr = (stat.S_IFREG | mode) << 16
                z.writestr(zi, content)
    return buf.getvalue()


def hostile_tar(out, name, entries):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.GNU_FORMAT) as t:
        for e in entries:
            add_tar(t, *e)
    write(out, name, buf.getvalue())


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    plain = tar_bytes(TREE, "proj-1.0/")
    write(out, "plain.tar", plain)
    write(out, "plain.tar.gz", gzip.compress(plain, mtime=0))
    import bz2
    import lzma
    write(out, "plain.tar.bz2", bz2.compress(plain))
    write(out, "plain.tar.xz", lzma.compress(plain))
    if shutil.which("zstd"):
        write(out, "plain.tar.zst", subprocess.run(
            ["zstd", "-q", "-c"], input=plain, check=True,
            stdout=subprocess.PIPE).stdout)
    write(out, "plain.zip", zip_bytes(TREE, "proj-1.0/"))
    write(out, "stored.zip", zip_bytes(TREE, "proj-1.0/",
                                       zipfile.ZIP_STORED))
    write(out, "noprefix.tar.gz",
          gzip.compress(tar_bytes(TREE, ""), mtime=0))
    # prefix without directory entries, and "./" in front of every name
    write(out, "nodirs.tar", tar_bytes(TREE, "proj-1.0/", dirs=False))
    write(out, "dotslash.tar", tar_bytes(TREE, "./"))
    # one top-level file beside the directory: no prefix
    t = {"proj/" + k: v for k, v in TREE.items()}
    t["README"] = ("read me\n", 0o644)
    write(out, "twotop.tar", tar_bytes(t, ""))

    hostile_tar(out, "dotdot.tar", [
        ("proj/ok.c", b"int ok;\n"),
        ("proj/../../etc/evil.c", b"int evil;\n"),
        ("proj/a/../b.c", b"int b;\n"),
    ])
    hostile_tar(out, "absolute.tar", [
        ("/etc/evil.c", b"int evil;\n"),
        ("proj/ok.c", b"int ok;\n"),
    ])
    hostile_tar(out, "symlinks.tar", [
        ("proj/ok.c", b"int ok;\n"),
        ("proj/passwd", b"", 0o777, tarfile.SYMTYPE, "/etc/passwd"),
        ("proj/up", b"", 0o777, tarfile.SYMTYPE, "../../../x"),
        ("proj/self", b"", 0o777, tarfile.SYMTYPE, "self"),
    ])
    hostile_tar(out, "duplicate.tar", [
        ("proj/a.c", HEADER.encode() + b"int a;\n"),
        ("proj/a.c", b"int evil;\n"),
        ("proj/b.c", HEADER.encode() + b"int b;\n"),
    ])
    hostile_tar(out, "devices.tar", [
        ("proj/ok.c", b"int ok;\n"),
        ("proj/null", b"", 0o666, tarfile.CHRTYPE),
        ("proj/disk", b"", 0o666, tarfile.BLKTYPE),
        ("proj/fifo", b"", 0o644, tarfile.FIFOTYPE),
        ("proj/hard.c", b"", 0o644, tarfile.LNKTYPE, "proj/ok.c"),
    ])
    gz = gzip.compress(plain, mtime=0)
    write(out, "truncated.tar.gz", gz[:len(gz) // 2])
    bad = bytearray(gz)
    for i in range(len(bad) // 3, len(bad) // 3 + 64):
        bad[i] ^= 0x5a
    write(out, "corrupt.tar.gz", bytes(bad))
    write(out, "truncated.tar", plain[:len(plain) // 3])
    write(out, "notarchive.txt", b"this is not an archive\n" * 10)
    write(out, "empty.tar.gz", b"")
    # 8 MiB of zeros in one entry, for the limits with small options
    zeros = tar_bytes({"zero.c": ("\0" * (8 << 20), 0o644)}, "p/")
    write(out, "zeros.tar.gz", gzip.compress(zeros, 9, mtime=0))
    warnings.simplefilter("ignore")  # the duplicate name is meant
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("../evil.c", "int evil;\n")
        z.writestr("/abs.c", "int abs;\n")
        z.writestr("ok.c", "int ok;\n")
        z.writestr("ok.c", "int evil;\n")
    write(out, "hostile.zip", buf.getvalue())
    if "--bomb" in sys.argv:
        # 200 MiB of zeros, streamed through gzip (about 200 KiB)
        with gzip.GzipFile(os.path.join(out, "bomb.tar.gz"), "wb", 9,
                           mtime=0) as g:
            with tarfile.open(fileobj=g, mode="w|") as t:
                ti = tarfile.TarInfo("bomb/zero.c")
                ti.size = 200 << 20

                class Zeros:
                    def __init__(self, n):
                        self.n = n

                    def read(self, size=-1):
                        k = self.n if size < 0 else min(size, self.n)
                        self.n -= k
                        return bytes(k)
                t.addfile(ti, Zeros(ti.size))


if __name__ == "__main__":
    main()
