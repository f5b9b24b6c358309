#!/usr/bin/env python3
#
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

"""How many of the SPDX License List's texts hdrcheck names exactly.

Usage: bench/licenses.py [-b BIN] [-k] [-v]

The test set is generated from the catalogue itself (policies/spdx_data.c):
every license whose text is short enough to be a file's header (8 KiB, as
policies/identify.c takes them) is written as the header of a file in three
comment styles (C block, "#", "//"), after a copyright line, and checked
with `hdrcheck check --format json`. A file is named right when its finding
says other_license with exactly the license's id (Apache-2.0's texts are
"ok"). Licenses whose texts are identical in words to another's cannot be
told apart by any matcher (the SPDX matching guidelines make the copyright
line, where OFL's "Reserved Font Name" would be, variable): they are
counted separately, and named right when named as any license of their
group; the groups are printed. -k keeps the directory, -v lists the
licenses named wrong.

The licenses' standard headers (the notices scripts/gen-licenses.py takes
from the texts' appendices and exhibits) are written the same way, wrapped
at 72 columns as files carry them, twice: whole, and their statement alone
(the first paragraph(s), which a header must hold; the rest may be left
out). Their share named right is printed on lines of its own.
"""

import argparse
import collections
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAX_TEXT = 8192

STYLES = {
    # a "*/" in a text (MPEG-SSG's first line) would end the comment: a
    # block comment cannot hold it, so the C style leaves it out
    "c": ("input.c", lambda lines: ["/*"] + [
        (" * " + l.replace("*/", "")).rstrip() for l in lines]
          + [" */", "int x;"]),
    "py": ("input.py", lambda lines: [("# " + l).rstrip() for l in lines]
           + ["x = 1"]),
    "go": ("input.go", lambda lines: [("// " + l).rstrip() for l in lines]
           + ["package x"]),
}


def c_unescape(s):
    out = bytearray()
    i = 0
    simple = {"n": 10, "t": 9, "r": 13, "\"": 34, "\\": 92, "'": 39,
              "?": 63, "a": 7, "b": 8, "f": 12, "v": 11}
    while i < len(s):
        c = s[i]
        if c != "\\":
            out += c.encode("utf-8")
            i += 1
            continue
        e = s[i + 1]
        if e in simple:
            out.append(simple[e])
            i += 2
        elif e == "x":
            m = re.match(r"[0-9a-fA-F]+", s[i + 2:])
            out.append(int(m.group(0), 16) & 0xff)
            i += 2 + len(m.group(0))
        else:
            m = re.match(r"[0-7]{1,3}", s[i + 1:])
            out.append(int(m.group(0), 8) & 0xff)
            i += 1 + len(m.group(0))
    return out.decode("utf-8", "replace")


def spdx_data():
    """policies/spdx_data.c, the catalogue the generator wrote."""
    return open(os.path.join(ROOT, "policies", "spdx_data.c"),
                encoding="utf-8").read()


def c_strings(src, prefix):
    """{name: text} of the strings `static const char <prefix>_N[] = ...`."""
    texts = {}
    for m in re.finditer(r"static const char (%s_\d+)\[\] =\n((?:\t ?\"(?:[^\"\\]|\\.)*\";?\n)+)" % prefix, src):
        parts = re.findall(r"\"((?:[^\"\\]|\\.)*)\"", m.group(2))
        texts[m.group(1)] = c_unescape("".join(parts))
    return texts


def catalogue():
    src = spdx_data()
    texts = c_strings(src, "text")
    entries = []
    for m in re.finditer(r"\t\{\"([^\"]+)\", (?:\"(?:[^\"\\]|\\.)*\"|NULL), "
                         r"(NULL|\"[^\"]*\"), ([^,]+), (text_\d+|NULL), (\d+)\}",
                         src):
        lid, repl, flags, text = m.group(1), m.group(2), m.group(3), m.group(4)
        if text == "NULL" or "DEPRECATED" in flags or "EXCEPTION" in flags:
            continue
        entries.append((lid, texts[text]))
    return entries


def standard_headers():
    """[(id, notice, required bytes)] from the catalogue."""
    src = spdx_data()
    texts = c_strings(src, "header")
    out = []
    for m in re.finditer(r"\t\{\"([^\"]+)\", (header_\d+), (\d+)\}", src):
        text = texts[m.group(2)]
        req = text.encode("utf-8")[:int(m.group(3))].decode("utf-8")
        out.append((m.group(1), text, req))
    return out


def wrapped(text):
    """A notice's paragraphs wrapped at 72 columns, as files carry them."""
    lines = []
    for para in text.split("\n\n"):
        if lines:
            lines.append("")
        for line in para.split("\n"):
            lines += textwrap.wrap(line, 72, break_long_words=False,
                                   break_on_hyphens=False) or [""]
    return lines


def words(text):
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-b", "--bin", default=os.path.join(ROOT, "build", "hdrcheck"))
    ap.add_argument("-k", "--keep", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()

    entries = [(i, t) for i, t in catalogue() if len(t.encode()) <= MAX_TEXT]
    same = collections.defaultdict(list)
    for lid, text in entries:
        same[words(text)].append(lid)
    groups = [ids for ids in same.values() if len(ids) > 1]
    group = {lid: ids for ids in groups for lid in ids}

    headers = standard_headers()
    tmp = tempfile.mkdtemp(prefix="hdrcheck-licenses-")
    try:
        def write(top, lid, lines):
            for style, (name, render) in STYLES.items():
                d = os.path.join(tmp, top, lid, style) if top else \
                    os.path.join(tmp, lid, style)
                os.makedirs(d)
                with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                    f.write("\n".join(render(lines)) + "\n")

        for lid, text in entries:
            write(None, lid, ["Copyright (c) 2024 Example Author", ""] +
                  text.replace("\r", "").split("\n"))
        for lid, text, req in headers:
            for kind, body in (("header", text), ("statement", req)):
                write(".std-" + kind, lid,
                      ["example.c - an example", "Copyright (C) 2024 "
                       "Example Author", ""] + wrapped(body))
        # an empty configuration: the default policy, no exclusions
        with open(os.path.join(tmp, ".hdrcheck.yaml"), "w") as f:
            f.write("version: 1\n")
        out = subprocess.run([args.bin, "check", "--no-cache", "--format",
                              "json"], capture_output=True, text=True,
                             cwd=tmp)
        if out.returncode not in (0, 1):
            sys.exit("licenses.py: hdrcheck failed: " + out.stderr.strip())
        found = collections.defaultdict(dict)
        std = collections.defaultdict(dict)
        for f in json.loads(out.stdout)["files"]:
            parts = f["path"].split("/")
            if len(parts) == 4 and parts[0].startswith(".std-"):
                std[(parts[0][5:], parts[1])][parts[2]] = f
                continue
            if len(parts) != 3:
                continue
            lid, style = parts[0:2]
            found[lid][style] = f
        right = collections.Counter()
        wrong = []
        for lid, _ in entries:
            for style in STYLES:
                f = found[lid].get(style, {})
                ok = f.get("license") in group.get(lid, [lid]) and \
                    f.get("status") in ("other_license", "ok")
                key = ("dup" if lid in group else "unique", ok)
                right[key] += 1
                if not ok:
                    wrong.append((lid, style, f.get("status"),
                                  f.get("license"), f.get("reason")))
        n_unique = right[("unique", True)] + right[("unique", False)]
        n_dup = right[("dup", True)] + right[("dup", False)]
        print("licenses with a header-size text: %d (%d files in %d styles)"
              % (len(entries), len(entries) * len(STYLES), len(STYLES)))
        print("texts unique in words: named right %d of %d files (%.1f%%)"
              % (right[("unique", True)], n_unique,
                 100.0 * right[("unique", True)] / max(n_unique, 1)))
        print("texts identical to another's: named as one of their group "
              "%d of %d files; groups: %s"
              % (right[("dup", True)], n_dup,
                 "; ".join(" = ".join(ids) for ids in groups)))
        for kind in ("header", "statement"):
            ok = total = 0
            for lid, _, _ in headers:
                for style in STYLES:
                    f = std[(kind, lid)].get(style, {})
                    total += 1
                    if f.get("license") == lid and f.get("status") in (
                            "other_license", "ok"):
                        ok += 1
                    else:
                        wrong.append((lid, "%s %s" % (kind, style),
                                      f.get("status"), f.get("license"),
                                      f.get("reason")))
            print("standard headers (%s): named right %d of %d files "
                  "(%.1f%%), %d licenses" % (
                      "whole" if kind == "header" else "statement alone",
                      ok, total, 100.0 * ok / max(total, 1), len(headers)))
        if args.verbose:
            for w in wrong:
                print("wrong: %s (%s): %s %s %s" % w)
    finally:
        if args.keep:
            print("kept " + tmp)
        else:
            shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
