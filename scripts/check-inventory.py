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

"""Check a JSON report's license inventory: one row per license.

Every key of summary.licenses must be a valid SPDX expression in hdrcheck's
normal form (docs/matching.md, "SPDX expressions"): ids of the SPDX License
List in their canonical case and not deprecated when the list names a
replacement, "+" only where the list has no "-or-later" id, upper-case
operators, operands of AND and OR sorted and distinct, and parentheses only
around an OR inside an AND. The checker is independent of the C parser: it
reads the ids from policies/spdx_data.c.

Usage: scripts/check-inventory.py REPORT.json [BEFORE.json]
       (BEFORE: a report of another build, to print both inventories'
       sizes and how many of its rows fail the check). Exit 1 if REPORT
       has a row that fails.
"""

import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def catalogue():
    with open(os.path.join(ROOT, "policies", "spdx_data.c"),
              encoding="utf-8") as f:
        text = f.read()
    entries = {}
    for m in re.finditer(r'^\t\{"([^"]+)", (?:"(?:[^"\\]|\\.)*"|NULL), '
                         r'("(?:[^"\\]|\\.)*"|NULL), ([^,]+),', text, re.M):
        entries[m.group(1)] = (m.group(2) != "NULL",
                               "EXCEPTION" in m.group(3))
    if len(entries) < 700:
        sys.exit("check-inventory: cannot read the catalogue")
    return entries


TOKEN = re.compile(r"\(|\)|[^\s()]+")


def check(expr, cat):
    """None if expr is in normal form, else why not."""
    toks = TOKEN.findall(expr)
    if " ".join(toks).replace("( ", "(").replace(" )", ")") != expr:
        return "spacing"
    pos = 0

    def term():
        nonlocal pos
        if pos < len(toks) and toks[pos] == "(":
            pos += 1
            node = disj()
            if pos >= len(toks) or toks[pos] != ")":
                raise ValueError("unbalanced parentheses")
            pos += 1
            if node[0] != "OR":
                raise ValueError("redundant parentheses")
            return ("P", node)
        if pos >= len(toks):
            raise ValueError("ends early")
        tok = toks[pos]
        pos += 1
        if tok in ("AND", "OR", "WITH"):
            raise ValueError("operator where an id belongs")
        if not re.fullmatch(r"(DocumentRef-[A-Za-z0-9.-]+:)?"
                            r"LicenseRef-[A-Za-z0-9.-]+", tok):
            ident = tok[:-1] if tok.endswith("+") else tok
            if ident not in cat or cat[ident][1]:
                raise ValueError("unknown or non-canonical id " + tok)
            if cat[ident][0]:
                raise ValueError("deprecated id " + tok)
            if tok.endswith("+") and (
                    re.sub(r"-only$", "", ident) + "-or-later" in cat):
                raise ValueError("'+' where an -or-later id exists")
        text = tok
        if pos < len(toks) and toks[pos] == "WITH":
            exc = toks[pos + 1] if pos + 1 < len(toks) else ""
            if exc not in cat or not cat[exc][1]:
                if not exc.startswith("AdditionRef-"):
                    raise ValueError("unknown exception " + exc)
            pos += 2
            text += " WITH " + exc
        return ("ID", text)

    def render(node):
        if node[0] == "ID":
            return node[1]
        if node[0] == "P":
            return "(" + render(node[1]) + ")"
        return (" %s " % node[0]).join(render(c) for c in node[1])

    def series(op, sub):
        nonlocal pos
        parts = [sub()]
        while pos < len(toks) and toks[pos] == op:
            pos += 1
            parts.append(sub())
        if len(parts) == 1:
            return parts[0]
        keys = [render(p) for p in parts]
        if keys != sorted(keys, key=lambda k: (k.lower(), k)):
            raise ValueError("operands of %s not sorted" % op)
        if len(set(keys)) != len(keys):
            raise ValueError("operand of %s repeated" % op)
        return (op, parts)

    def conj():
        return series("AND", term)

    def disj():
        return series("OR", conj)

    try:
        disj()
        if pos != len(toks):
            return "trailing " + " ".join(toks[pos:])
    except (ValueError, IndexError) as e:
        return str(e)
    return None


def inventory(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)["summary"]["licenses"]


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    cat = catalogue()
    bad = 0
    inv = inventory(sys.argv[1])
    for key, files in sorted(inv.items()):
        why = check(key, cat)
        if why:
            bad += 1
            print("  bad row %r (%d files): %s" % (key, files, why))
    line = "%s: %d rows, %d not valid normal form" % (sys.argv[1], len(inv),
                                                      bad)
    if len(sys.argv) == 3:
        before = inventory(sys.argv[2])
        old_bad = sum(1 for k in before if check(k, cat))
        line += "; before (%s): %d rows, %d not" % (sys.argv[2], len(before),
                                                    old_bad)
    print(line)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
