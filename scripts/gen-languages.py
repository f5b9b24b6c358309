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

"""Generate policies/languages_table.c.

Which names belong to which language (extensions, file names, interpreters)
comes from GitHub Linguist's languages.json; which comment syntax each
language has comes from hdrcheck's own data file, data/languages.conf (its
format is described at its top). Only the languages that data file lists
are in the table.

    scripts/gen-languages.py                 regenerate the table
    scripts/gen-languages.py --check         exit 1 if the committed table
                                             is stale, 77 if Linguist's
                                             data is not installed

Linguist's data is looked for in --linguist FILE, then $HDRCHECK_LINGUIST,
then where Debian's ruby-github-linguist installs it. Python 3 standard
library only.
"""

import argparse
import glob
import json
import os
import re
import shlex
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "data", "languages.conf")
OUT = os.path.join(ROOT, "policies", "languages_table.c")
PINNED = "7.22.1"
SKIP = 77

CANDIDATES = [
    "/usr/share/ruby-github-linguist/languages.json",
] + sorted(glob.glob("/usr/lib/*/rubygems-integration/*/gems/"
                     "github-linguist-*/lib/linguist/languages.json"))

PREAMBLES = {
    "shebang": "HDRCHECK_PRE_SHEBANG",
    "magic": "HDRCHECK_PRE_MAGIC",
    "xml": "HDRCHECK_PRE_XML",
    "doctype": "HDRCHECK_PRE_DOCTYPE",
    "php": "HDRCHECK_PRE_PHP",
    "docker": "HDRCHECK_PRE_DOCKER",
    "front_matter": "HDRCHECK_PRE_FRONT_MATTER",
    "batch": "HDRCHECK_PRE_BATCH",
    "startuml": "HDRCHECK_PRE_STARTUML",
    "directive": "HDRCHECK_PRE_DIRECTIVE",
    "root_tag": "HDRCHECK_PRE_ROOT_TAG",
    "docstring": "HDRCHECK_PRE_DOCSTRING",
    "package": "HDRCHECK_PRE_PACKAGE",
    "title": "HDRCHECK_PRE_TITLE",
    "yaml_start": "HDRCHECK_PRE_YAML_START",
    "lex": "HDRCHECK_PRE_LEX",
    "region": "HDRCHECK_PRE_REGION",
    "mako": "HDRCHECK_PRE_MAKO",
    "guard": "HDRCHECK_PRE_GUARD",
    "shell_set": "HDRCHECK_PRE_SHELL_SET",
}

KEYS = {"as:", "line:", "block:", "indent:", "col1:", "pre:", "comments:",
        "claim:", "own:",
        "ext+:", "ext-:", "names+:", "names-:", "interp+:", "interp-:",
        "ambiguous:", "content:", "weak:", "also:", "dir:", "first:",
        "copies:", "variants:", "word:"}

# What the top of a file may show (policies/filetypes.c finds them): the
# data's "content:" names the type a file unknown by name becomes.
CONTENT = ["hash", "c", "semicolon", "dash", "percent", "rst", "xml",
           "jinja", "erb", "gotmpl", "handlebars", "roff", "batch", "m4",
           "tilde", "paren", "freemarker"]


class DataError(Exception):
    pass


def fail(msg):
    sys.stderr.write("gen-languages: %s\n" % msg)
    sys.exit(1)


def find_linguist(explicit):
    for path in [explicit, os.environ.get("HDRCHECK_LINGUIST")] + CANDIDATES:
        if path and os.path.isfile(path):
            return path
    return None


def linguist_version(path):
    """The gem's VERSION file next to languages.json, else the gem
    directory's name, else the npm package.json's version."""
    real = os.path.realpath(path)
    here = os.path.dirname(real)
    version = os.path.join(here, "VERSION")
    if os.path.isfile(version):
        with open(version, encoding="utf-8") as f:
            return f.read().strip()
    m = re.search(r"github-linguist-([0-9][0-9.]*)", real)
    if m:
        return m.group(1)
    for up in (here, os.path.dirname(here)):
        pkg = os.path.join(up, "package.json")
        if os.path.isfile(pkg):
            with open(pkg, encoding="utf-8") as f:
                return json.load(f).get("version", "unknown")
    return "unknown"


def parse_data(path):
    """One entry per line: a Linguist name (or, with own:, a name of
    hdrcheck's), then keyed fields. Returns (entries, ambiguous, copies)."""
    entries = []
    ambiguous = set()
    copies = set()
    with open(path, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            text = raw.strip()
            if not text or text.startswith("#"):
                continue
            try:
                words = shlex.split(text, posix=True)
            except ValueError as e:
                raise DataError("%s:%d: %s" % (path, lineno, e))
            where = "%s:%d" % (path, lineno)
            if words[0] == "ambiguous:":
                ambiguous.update(w.lower() for w in words[1:])
                continue
            if words[0] == "copies:":
                copies.update(w.lower() for w in words[1:])
                continue
            entry = {"linguist": words[0], "where": where, "line": [],
                     "block": [], "indent": [], "col1": [], "pre": [],
                     "first": [], "claim": [], "own": False,
                     "none": False, "as": None, "content": [],
                     "weak": [], "also": [], "dir": [], "variants": [],
                     "word": False}
            for k in ("ext+:", "ext-:", "names+:", "names-:", "interp+:",
                      "interp-:"):
                entry[k] = []
            key = None
            for w in words[1:]:
                if w in KEYS:
                    key = w
                    if key == "own:":
                        entry["own"] = True
                    if key == "word:":
                        entry["word"] = True
                    continue
                if key is None:
                    raise DataError("%s: %r before any key" % (where, w))
                if key == "as:":
                    entry["as"] = w
                elif key == "comments:":
                    if w != "none":
                        raise DataError("%s: comments: none only" % where)
                    entry["none"] = True
                elif key == "pre:":
                    if w not in PREAMBLES:
                        raise DataError("%s: unknown preamble %r" %
                                        (where, w))
                    entry["pre"].append(w)
                elif key in ("own:", "word:"):
                    raise DataError("%s: %s takes no value" % (where, key))
                elif key == "content:":
                    if w not in CONTENT:
                        raise DataError("%s: unknown content %r" %
                                        (where, w))
                    entry["content"].append(w)
                elif key == "dir:":
                    entry["dir"].append(w.strip("/"))
                elif key == "variants:":
                    entry["variants"].append(w)
                elif key in ("weak:", "also:"):
                    entry[key[:-1]].append(w.lower())
                elif key in ("line:", "block:", "indent:", "col1:",
                             "claim:", "first:"):
                    entry[key[:-1]].append(w)
                else:
                    entry[key].append(w)
            if len(entry["block"]) % 2:
                raise DataError("%s: block: needs open/close pairs" % where)
            if entry["none"] == bool(entry["line"] or entry["block"]):
                raise DataError("%s: comment syntax or comments: none, "
                                "one of them" % where)
            entries.append(entry)
    return entries, ambiguous, copies


def remove(items, drop):
    if "*" in drop:
        return []
    return [x for x in items if x not in drop]


def build(linguist, entries, ambiguous):
    """The hdrcheck types in data-file order, each name claimed once."""
    types = []
    by_name = {}
    for e in entries:
        if e["own"]:
            if e["linguist"] in linguist and not e["as"]:
                raise DataError("%s: %s is a Linguist language; drop own:"
                                % (e["where"], e["linguist"]))
            src = {}
        else:
            if e["linguist"] not in linguist:
                raise DataError("%s: %r is not a Linguist %s language" %
                                (e["where"], e["linguist"], "language"))
            src = linguist[e["linguist"]]
        name = e["as"] or e["linguist"]
        syntax = (tuple(e["line"]), tuple(e["block"]), tuple(e["pre"]),
                  e["none"], tuple(e["indent"]), tuple(e["col1"]),
                  tuple(e["first"]))
        exts = [x[1:].lower() if x.startswith(".") else x.lower()
                for x in src.get("extensions", [])]
        exts = remove(exts, e["ext-:"]) + [x.lower() for x in e["ext+:"]]
        names = remove(src.get("filenames", []), e["names-:"]) + e["names+:"]
        interps = (remove(src.get("interpreters", []), e["interp-:"]) +
                   e["interp+:"])
        t = by_name.get(name)
        if t is None:
            t = {"name": name, "syntax": syntax, "ext": [], "names": [],
                 "interp": [], "claim": set(), "where": e["where"],
                 "sources": [], "content": [], "weak": set(),
                 "also": set(), "dir": [], "variants": [], "word": False}
            by_name[name] = t
            types.append(t)
        elif t["syntax"] != syntax:
            raise DataError("%s: %s merges into %s with another comment "
                            "syntax (%s)" % (e["where"], e["linguist"],
                                             name, t["where"]))
        t["sources"].append(e["linguist"])
        for kind, items in (("ext", exts), ("names", names),
                            ("interp", interps)):
            for x in items:
                if x not in t[kind]:
                    t[kind].append(x)
        t["claim"].update(e["claim"])
        t["content"] += e["content"]
        t["weak"].update(e["weak"])
        t["also"].update(e["also"])
        t["word"] = t["word"] or e["word"]
        t["dir"] += e["dir"]
        t["variants"] += e["variants"]

    # Each extension, file name and interpreter goes to one type. Before
    # that, the extensions' claimants: where their comment syntax differs,
    # or the data calls the name weak, the content of a file may pick
    # another of them (or a type by its comment alone).
    claimants = {}
    for t in types:
        for x in t["ext"]:
            claimants.setdefault(x.lower(), []).append(t)
    errors = []
    for kind, fold in (("ext", str.lower), ("names", str),
                       ("interp", str)):
        owners = {}
        for t in types:
            for x in t[kind]:
                owners.setdefault(fold(x), []).append(t)
        for key, ts in sorted(owners.items()):
            if len(ts) == 1 and key not in ambiguous:
                continue
            win = None
            claimed = [t for t in ts if key in t["claim"]]
            if len(claimed) > 1:
                errors.append("%s claimed by %s" %
                              (key, ", ".join(t["name"] for t in claimed)))
                continue
            if claimed:
                win = claimed[0]
            elif kind == "ext" and key in ambiguous:
                win = None
            else:
                commented = [t for t in ts if not t["syntax"][3]]
                if len(commented) == 1 or not commented:
                    win = (commented or ts)[0]
                elif len(set(t["syntax"] for t in commented)) == 1:
                    win = commented[0]
                else:
                    errors.append("%s %s: %s" % (
                        kind, key, ", ".join(
                            "%s %s" % (t["name"], "/".join(
                                t["syntax"][0] + t["syntax"][1]))
                            for t in ts)))
                    continue
            for t in ts:
                if t is not win:
                    t[kind] = [x for x in t[kind] if fold(x) != key]
    if errors:
        raise DataError("unresolved names (add claim: or ambiguous:):\n  " +
                        "\n  ".join(errors))
    # A language whose every name went to others is left out: its files
    # are the others' (or, for an ambiguous name, the content's), unless
    # the content alone may choose it.
    contested = set(k for k, ts in claimants.items() if k in ambiguous)
    kept = [t for t in types if t["ext"] or t["names"] or t["interp"] or
            t["content"] or t["also"] or t["dir"] or t["variants"] or
            any(t in claimants[k] for k in contested)]
    dropped = [t["name"] for t in types if t not in kept]

    weak = {}
    for t in kept:
        for x in t["also"]:
            claimants.setdefault(x, []).append(t)
    for key, ts in claimants.items():
        ts = [t for t in ts if t in kept]
        owner = [t for t in ts if key in [y.lower() for y in t["ext"]]]
        syntaxes = set(t["syntax"][:2] for t in ts)
        if not (key in ambiguous or len(syntaxes) > 1 or
                any(key in t["weak"] or key in t["also"] for t in ts)):
            continue
        order = owner + [t for t in ts if t not in owner]
        seen = []
        for t in order:
            if t not in seen:
                seen.append(t)
        weak[key] = seen
    content = {}
    for t in kept:
        for k in t["content"]:
            if k in content:
                raise DataError("%s: content %s is %s's already" %
                                (t["where"], k, content[k]["name"]))
            content[k] = t
    return kept, dropped, weak, content


def c_string(s):
    out = []
    for ch in s:
        if ch in "\\\"":
            out.append("\\" + ch)
        elif 0x20 <= ord(ch) < 0x7f:
            out.append(ch)
        else:
            out.extend("\\x%02X" % b for b in ch.encode("utf-8"))
            out.append("\"\"")
    text = "".join(out)
    if text.endswith("\"\""):
        text = text[:-2]
    return "\"%s\"" % text


def c_list(items, field):
    """'        .field = HDRCHECK__STRS("a", "b"),' wrapped at 80
    columns, continuation lines indented by 12 spaces."""
    words = [c_string(x) for x in items]
    head = "        .%s = HDRCHECK__STRS(" % field
    lines, cur = [], head
    for i, w in enumerate(words):
        piece = w + (", " if i + 1 < len(words) else "),")
        if len(cur) + len(piece.rstrip()) > 80 and cur.strip() and \
                cur != head:
            lines.append(cur.rstrip())
            cur = " " * 12
        cur += piece
    lines.append(cur.rstrip())
    return "\n".join(lines) + "\n"


HEADER = """\
/*
 * Copyright 2026 The hdrcheck Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

/*
 * The built-in file types, written by scripts/gen-languages.py from
 * GitHub Linguist %(version)s (languages.json: extensions, file names,
 * interpreters) and data/languages.conf (comment syntax, preambles, and
 * which type an ambiguous name belongs to). Change those and run the
 * script; a hand edit here is lost at the next run, and the test
 * languages_table_fresh fails while the two disagree.
 *
 * Every extension, file name and interpreter is listed once (the script
 * resolves the names several languages share, and the data file says
 * why), so the order below is the data file's, not a tie-break.
 * Extensions are lower case, without the leading dot, and may span dots
 * ("d.ts"); file names are exact.
 */

#include "policies/filetypes.h"

/* clang-format off */

#define HDRCHECK__STRS(...) ((const char *const[]){__VA_ARGS__, NULL})
#define HDRCHECK__BLOCKS(...)                                                  \\
	((const hdrcheck_block_comment[]){__VA_ARGS__, {NULL, NULL}})
#define HDRCHECK__LANGS(...)                                                   \\
	((const hdrcheck_language *const[]){__VA_ARGS__, NULL})

/* Linguist's version the table was generated from. */
const char hdrcheck__languages_source[] = "github-linguist %(version)s";

/* Laid out by the script; clang-format leaves it so (a reformat would
 * make the table stale). */
const hdrcheck_language hdrcheck__languages[] = {
"""

FOOTER = """\
};

const size_t hdrcheck__languages_count =
    sizeof(hdrcheck__languages) / sizeof(hdrcheck__languages[0]);

/* Extensions that more than one language uses with different comment
 * syntax: no type claims them by name, the content decides. */
const char *const hdrcheck__languages_ambiguous[] = {
%(ambiguous)s    NULL,
};

/* Extensions whose type the content may change: the type by name first
 * (none for the ambiguous ones), then the other languages that use the
 * extension; sorted for binary search. */
const hdrcheck__filetype_weak hdrcheck__languages_weak[] = {
%(weak)s};

const size_t hdrcheck__languages_weak_count =
    sizeof(hdrcheck__languages_weak) / sizeof(hdrcheck__languages_weak[0]);

/* Suffixes of a copy to fill in ("settings.py.example"): when the name's
 * extensions name no type, the type is the name's without the suffix. */
const char *const hdrcheck__languages_copies[] = {
%(copies)s    NULL,
};

/* Directories whose every file is of one type, whatever its name
 * ("META-INF/services": Java service provider lists). */
const hdrcheck__filetype_dir hdrcheck__languages_dirs[] = {
%(dirs)s    {NULL, NULL},
};

/* File names whose variants "<name>.<anything>" are of one type, whatever
 * the suffix ("Makefile.dts", "Dockerfile.dev", "Kconfig.debug"): the
 * suffix names what the file is for, not its format. */
const hdrcheck__filetype_variant hdrcheck__languages_variants[] = {
%(variants)s    {NULL, NULL},
};

/* The type a file unknown by name takes from its first comment. */
const hdrcheck_language *const
    hdrcheck__languages_content[HDRCHECK__SNIFF_COUNT] = {
%(content)s};

#undef HDRCHECK__STRS
#undef HDRCHECK__BLOCKS
#undef HDRCHECK__LANGS
"""


def render(types, ambiguous, copies, weak, content, version):
    out = [HEADER % {"version": version}]
    for t in types:
        line, block, pre, none, indent, col1, first = t["syntax"]
        out.append("    {\n")
        out.append("        .name = %s,\n" % c_string(t["name"]))
        if t["ext"]:
            out.append(c_list(t["ext"], "extensions"))
        if t["names"]:
            out.append(c_list(t["names"], "filenames"))
        if t["interp"]:
            out.append(c_list(t["interp"], "interpreters"))
        if line:
            out.append(c_list(line, "line_comments"))
        if block:
            pairs = ", ".join("{%s, %s}" % (c_string(block[i]),
                                            c_string(block[i + 1]))
                              for i in range(0, len(block), 2))
            text = "        .block_comments = HDRCHECK__BLOCKS(%s)," % pairs
            if len(text) > 80:
                text = ("        .block_comments =\n            "
                        "HDRCHECK__BLOCKS(%s)," % pairs)
            out.append(text + "\n")
        flags = list(pre)
        if t["interp"] and "shebang" not in flags:
            flags.insert(0, "shebang")
        if flags:
            names = [PREAMBLES[f] for f in sorted(
                flags, key=lambda f: list(PREAMBLES).index(f))]
            text = "        .preambles = %s," % " | ".join(names)
            if len(text) > 80:
                text = "        .preambles =\n            %s," % \
                    " |\n            ".join(names)
            out.append(text + "\n")
        if none:
            out.append("        .no_comments = 1,\n")
        if indent:
            out.append(c_list(indent, "indented_comments"))
        if col1:
            out.append(c_list(col1, "column1_comments"))
        if first:
            out.append(c_list(first, "first_lines"))
        if t["word"]:
            out.append("        .word_comments = 1,\n")
        out.append("    },\n")
    amb = "".join("    %s,\n" % c_string(x) for x in sorted(ambiguous))
    index = {id(t): i for i, t in enumerate(types)}
    wk = []
    for key in sorted(weak):
        refs = ["&hdrcheck__languages[%d]" % index[id(t)]
                for t in weak[key]] or ["NULL"]
        names = ", ".join(t["name"] for t in weak[key]) or "none"
        wk.append("    /* %s */\n" % names if len(names) < 70 else
                  "    /* %s\n     */\n" % names.replace(", ", ",\n     * ")
                  .replace("\n     * ", " ", 0))
        line = "    {%s, HDRCHECK__LANGS(%s)}," % (c_string(key),
                                                  ", ".join(refs))
        if len(line) > 80:
            line = "    {%s,\n     HDRCHECK__LANGS(%s)}," % (
                c_string(key), ",\n                     ".join(refs))
        wk.append(line + "\n")
    ct = "".join("    /* %s */\n    [HDRCHECK__SNIFF_%s] = "
                 "&hdrcheck__languages[%d],\n" % (
                     content[k]["name"], k.upper(), index[id(content[k])])
                 for k in CONTENT if k in content)
    dirs = "".join("    /* %s */\n    {%s, &hdrcheck__languages[%d]},\n" % (
        t["name"], c_string(d), index[id(t)])
        for t in types for d in t["dir"])
    cp = "".join("    %s,\n" % c_string(x) for x in sorted(copies))
    variants = "".join(
        "    /* %s */\n    {%s, &hdrcheck__languages[%d]},\n" % (
            t["name"], c_string(v + "."), index[id(t)])
        for t in types for v in t["variants"])
    out.append(FOOTER % {"ambiguous": amb, "weak": "".join(wk),
                         "copies": cp,
                         "content": ct, "dirs": dirs,
                         "variants": variants})
    out.append("\n/* clang-format on */\n")
    return "".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--linguist", help="Linguist's languages.json")
    ap.add_argument("--check", action="store_true",
                    help="compare with the committed table, write nothing")
    ap.add_argument("--data", default=DATA)
    ap.add_argument("--output", default=OUT)
    args = ap.parse_args()

    src = find_linguist(args.linguist)
    if src is None:
        msg = "Linguist's languages.json not found (install " \
              "ruby-github-linguist or pass --linguist)"
        if args.check:
            print("SKIP: " + msg)
            sys.exit(SKIP)
        fail(msg)
    version = linguist_version(src)
    if args.check and version != PINNED:
        print("SKIP: installed Linguist %s, the table is pinned to %s"
              % (version, PINNED))
        sys.exit(SKIP)
    with open(src, encoding="utf-8") as f:
        linguist = json.load(f)
    try:
        entries, ambiguous, copies = parse_data(args.data)
        types, dropped, weak, content = build(linguist, entries,
                                              ambiguous)
    except DataError as e:
        fail(str(e))
    text = render(types, ambiguous, copies, weak, content, version)

    if args.check:
        try:
            with open(args.output, encoding="utf-8") as f:
                old = f.read()
        except OSError as e:
            fail(str(e))
        if old != text:
            fail("%s is stale: run scripts/gen-languages.py" %
                 os.path.relpath(args.output, ROOT))
        print("%s is up to date (%d types, Linguist %s)" % (
            os.path.relpath(args.output, ROOT), len(types), version))
        return
    if version != PINNED:
        sys.stderr.write("gen-languages: note: Linguist %s, pinned %s: "
                         "update PINNED in this script\n" %
                         (version, PINNED))
    tmp = args.output + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, args.output)
    print("wrote %s: %d types from Linguist %s" % (
        os.path.relpath(args.output, ROOT), len(types), version))
    if dropped:
        print("left out (every name of theirs went to another type): " +
              ", ".join(dropped))


if __name__ == "__main__":
    main()
