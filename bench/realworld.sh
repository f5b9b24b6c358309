#!/usr/bin/env bash
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

# realworld.sh -- hdrcheck's verdicts, and what `fix` does, on real
# repositories, laid out for a reviewer to read.
#
# Usage: bench/realworld.sh [-b BIN] [-s N] [--seed N] [--fix] [-k] [REPO...]
#
#   REPO     git work trees (default: every directory in /work/corpus)
#   -b BIN   the hdrcheck binary (default: build/hdrcheck of this checkout)
#   -s N     paths sampled per repository, status and reason (default 5)
#   --seed N seed of the sample (default 1): the same seed, the same paths
#   --fix    also run `hdrcheck fix` on a clone (or copy) of each repository (in a
#            temporary directory; the repository itself is never written)
#            and check every file it changed:
#              stacked   more Apache license sentences ("Licensed under/to
#                        the Apache") in comments among the first 120 lines
#                        than before, and more than one (a sentence in
#                        prose, a README's "License" section, is no
#                        header and is not counted; form counts the
#                        same way)
#              form      a header in the ASF form is no longer in it
#              hunks     more than one changed region (git diff -U0): an
#                        inserted header in more than one hunk, or hunks
#                        of a repair 40 lines or more apart
#              removed   an inserted header that removed a line (a line
#                        split in two, every byte kept, is no removal)
#              parse     parsed before, does not now (templates are not
#                        parsed; JSON: json.tool; JSON with Comments
#                        (the type check gives the file: .jsonc,
#                        devcontainer.json, a .json that uses //) with
#                        its comments and trailing commas taken out,
#                        before and after;
#                        XML: xml.etree, Python: py_compile, shell:
#                        sh -n / bash -n)
#              check     `check` does not say ok afterwards
#              refix     a second `fix` changes it again
#            and prints the counts and the offending files.
#   -k       keep the clones (their paths are printed)
#
# Exit status: 0, or 1 when --fix found an offending file.

set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
bin="$here/build/hdrcheck"
sample=5
seed=1
do_fix=0
keep=0
repos=()

while [ $# -gt 0 ]; do
	case "$1" in
	-b) bin=$2; shift 2 ;;
	-s) sample=$2; shift 2 ;;
	--seed) seed=$2; shift 2 ;;
	--fix) do_fix=1; shift ;;
	-k) keep=1; shift ;;
	-h|--help) sed -n '/^# realworld.sh/,/^# Exit status/p' "$0"; exit 0 ;;
	-*) echo "realworld.sh: unknown option $1" >&2; exit 2 ;;
	*) repos+=("$1"); shift ;;
	esac
done
if [ ${#repos[@]} -eq 0 ]; then
	for d in /work/corpus/*/; do
		repos+=("${d%/}")
	done
fi
[ -x "$bin" ] || { echo "realworld.sh: no binary at $bin" >&2; exit 2; }
command -v python3 >/dev/null || { echo "realworld.sh: needs python3" >&2; exit 2; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/realworld.XXXXXX")
cleanup() { [ "$keep" = 1 ] || rm -rf "$tmp"; }
trap cleanup EXIT

# Counts per status, then a sample per status and reason.
summarise() { # json repo
	python3 - "$1" "$2" "$sample" "$seed" <<'EOF'
import json, random, sys, collections
path, repo, n, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
files = json.load(open(path))["files"]
by = collections.defaultdict(list)
for f in files:
    by[(f["status"], f.get("reason") or "")].append(f)
status = collections.Counter(f["status"] for f in files)
print("== %s: %d files: %s" % (repo, len(files),
      ", ".join("%s %d" % kv for kv in sorted(status.items()))))
for (st, reason), fs in sorted(by.items()):
    rnd = random.Random("%s/%s/%s/%s" % (seed, repo, st, reason))
    pick = sorted(rnd.sample(fs, min(n, len(fs))), key=lambda f: f["path"])
    print("  %-13s %-40s %6d" % (st, (reason[:40] or "-"), len(fs)))
    for f in pick:
        extra = f.get("license") or f.get("language") or ""
        line = f.get("line")
        print("      %s%s%s" % (f["path"], ":%s" % line if line else "",
                               "  (%s)" % extra if extra else ""))
EOF
}

# Judge every file fix changed in the clone at $1 against the work tree $3
# that check read.
judge() { # clone name repo
	python3 - "$1" "$2" "$bin" "$3" <<'EOF'
import json, os, re, subprocess, sys, tempfile
clone, repo, binary, orig = sys.argv[1:5]
def git(*a, **kw):
    return subprocess.run(["git", "-C", clone] + list(a), check=True,
                          capture_output=True, **kw).stdout
def differing(a, b):
    """Files that differ between trees a and b (.git aside)."""
    out = subprocess.run(["diff", "-rq", "--no-dereference", "--exclude=.git",
                          a, b], capture_output=True).stdout.decode(
        "utf-8", "surrogateescape")
    return sorted(os.path.relpath(m.group(1), a) for m in re.finditer(
        r"^Files (.*) and .* differ$", out, re.M))
# what fix changed: the clone against the work tree check read
changed = differing(orig, clone)
fixlog = open(os.path.join(clone, ".git", "realworld-fix.log"),
              encoding="utf-8", errors="replace").read()
inserted = set(m.group(1) for m in re.finditer(
    r"^(.*): inserted the header$", fixlog, re.M))
nfix = len(re.findall(r": (inserted the header|replaced the damaged header)$",
                      fixlog, re.M))
nnot = len(re.findall(r": not fixable", fixlog, re.M))
# the sentence that opens either Apache form, in the first lines (the
# header window and a header inserted above it); text further down (a
# heredoc, a README's license section) is not a header
HEADER_LINES = 40
apache = re.compile(rb"licensed[\W_]+(?:under|to)[\W_]+the[\W_]+apache", re.I)
# the ASF form's own opening: a repair must not turn it into the other form
asf = re.compile(rb"licensed[\W_]+to[\W_]+the[\W_]+apache", re.I)
# a comment line: one that opens with a comment marker, or one inside a
# block comment (or docstring) opened above it; prose (a README's
# "License" section) is no header
MARKERS = (b"#", b"//", b"/*", b"*", b"<!--", b"--", b";", b"%", b"{#",
           b"{{/*", b"{{- /*", b"<%#", b"<#--", b"..", b"::", b"'", b"!",
           b"(*", b"{-", b"\"", b"dnl ", b"rem ", b"@rem ")
BLOCKS = ((b"/*", b"*/"), (b"<!--", b"-->"), (b"{#", b"#}"), (b"(*", b"*)"),
          (b"{-", b"-}"), (b"<#--", b"-->"), (b'"""', b'"""'),
          (b"'''", b"'''"), (b"{% comment %}", b"{% endcomment %}"))
def head(data):
    out, close = [], None
    for line in data.split(b"\n")[:120]:
        s = line.strip()
        if close is not None:
            out.append(line)
            if close in s:
                close = None
            continue
        comment = s.lower().startswith(MARKERS)
        for o, c in BLOCKS:
            i = s.find(o)
            if i >= 0 and c not in s[i + len(o):]:
                comment, close = True, c
                break
        if comment:
            out.append(line)
    return b"\n".join(out)
def strip_jsonc(data):
    """JSON with Comments as JSON: comments out, trailing commas out."""
    out, i, n = bytearray(), 0, len(data)
    while i < n:
        c = data[i:i + 1]
        if c == b'"':
            j = i + 1
            while j < n and data[j:j + 1] != b'"':
                j += 2 if data[j:j + 1] == b"\\" else 1
            out += data[i:j + 1]
            i = j + 1
        elif data.startswith(b"//", i):
            j = data.find(b"\n", i)
            i = n if j < 0 else j
        elif data.startswith(b"/*", i):
            j = data.find(b"*/", i + 2)
            out += b" "
            i = n if j < 0 else j + 2
        else:
            out += c
            i += 1
    return re.sub(rb",(\s*[}\]])", rb"\1", bytes(out))
def parses(kind, data):
    if kind == "jsonc":
        try:
            json.loads(strip_jsonc(data).decode("utf-8-sig"))
            return True
        except ValueError:
            return False
    with tempfile.NamedTemporaryFile(suffix="." + kind) as t:
        t.write(data); t.flush()
        cmd = {"json": [sys.executable, "-m", "json.tool", t.name],
               "xml": [sys.executable, "-c",
                       "import sys,xml.etree.ElementTree as E;E.parse(sys.argv[1])",
                       t.name],
               "py": [sys.executable, "-c",
                      "import sys;compile(open(sys.argv[1],'rb').read(),sys.argv[1],'exec')",
                      t.name],
               "sh": ["sh", "-n", t.name], "bash": ["bash", "-n", t.name]}[kind]
        return subprocess.run(cmd, capture_output=True).returncode == 0
def kind_of(p, data):
    ext = p.rsplit(".", 1)[-1].lower() if "." in os.path.basename(p) else ""
    if languages.get(p) == "JSON with Comments":
        return "jsonc"
    head = data.lstrip()[:1]
    # a template is not its output's language until rendered: its own
    # comments ({# #}, {{/* */}}) are right in it
    if ext in ("j2", "jinja", "jinja2", "tpl", "tmpl", "gotmpl", "erb"):
        return None
    if ext in ("json",) or (head in (b"{", b"[") and parses("json", data)):
        return "json"
    if data.startswith(b"<?xml") and parses("xml", data):
        return "xml"
    if ext in ("xml", "xsl", "xslt", "xsd", "rdf", "pom", "svg", "wsdl",
               "xhtml", "fxml", "jelly", "launch", "plist"): return "xml"
    if ext in ("py",): return "py"
    if ext in ("sh", "bash") or data.startswith(b"#!/bin/sh") or \
       data.startswith(b"#!/usr/bin/env sh"):
        return "bash" if ext == "bash" or b"bash" in data[:40] else "sh"
    if data.startswith(b"#!/bin/bash") or data.startswith(b"#!/usr/bin/env bash"):
        return "bash"
    return None
bad = {k: [] for k in ("stacked", "form", "hunks", "removed", "parse", "check",
                       "refix")}
# check on the fixed tree: its verdicts, and the type it gives each file
out = subprocess.run([binary, "check", "-C", clone, "--no-cache", "-f", "json",
                      "--fail-on", "none"] + ["--"] + changed if changed else
                     ["true"], capture_output=True)
verdicts = json.loads(out.stdout)["files"] if changed else []
languages = {f["path"]: f.get("language") for f in verdicts}
for f in verdicts:
    if f["status"] != "ok":
        bad["check"].append("%s (%s%s)" % (f["path"], f["status"],
                            ": " + f["reason"] if f.get("reason") else ""))
for p in changed:
    new = open(os.path.join(clone, p), "rb").read()
    old = open(os.path.join(orig, p), "rb").read()
    a, b = len(apache.findall(head(old))), len(apache.findall(head(new)))
    if b > 1 and b > a:
        bad["stacked"].append("%s (%d -> %d)" % (p, a, b))
    if len(asf.findall(head(new))) < len(asf.findall(head(old))):
        bad["form"].append(p)
    diff = subprocess.run(["git", "diff", "--no-index", "-U0", "--",
                           os.path.join(orig, p), os.path.join(clone, p)],
                          capture_output=True).stdout.decode("utf-8", "replace")
    # one region: an inserted header is one hunk; a repaired one may
    # change a few words on several lines of its block, never further
    # apart than a header is long
    spans = [(int(m.group(1)), int(m.group(2) or 1)) for m in re.finditer(
        r"^@@ -(\d+)(?:,(\d+))? ", diff, re.M)]
    first = min(a for a, n in spans) if spans else 0
    last = max(a + max(n, 1) - 1 for a, n in spans) if spans else 0
    if len(spans) > 1 and (p in inserted or last - first >= HEADER_LINES):
        bad["hunks"].append("%s (%d hunks, old lines %d-%d)" %
                            (p, len(spans), first, last))
    removed = [l[1:] for l in diff.splitlines()
               if l.startswith("-") and not l.startswith("---")]
    added = "".join(l[1:] for l in diff.splitlines()
                    if l.startswith("+") and not l.startswith("+++"))
    # a line split in two (a declaration sharing its line with the root
    # element) loses no byte: every removed byte must still be there, in
    # order, among the added ones
    rest = iter(added)
    if p in inserted and not all(ch in rest for ch in "".join(removed)):
        bad["removed"].append("%s (%d lines)" % (p, len(removed)))
    k = kind_of(p, old)
    if k and parses(k, old) and not parses(k, new):
        bad["parse"].append("%s (%s)" % (p, k))
# a second fix changes nothing
first = clone + ".first"
subprocess.run(["cp", "-a", clone, first], check=True)
subprocess.run([binary, "fix", "-q", "-C", clone], capture_output=True)
bad["refix"] = differing(first, clone)
subprocess.run(["rm", "-rf", first], check=True)
print("-- fix %s: %d files changed (%d fixed, %d not fixable); offending: %s" %
      (repo, len(changed), nfix, nnot,
       ", ".join("%s %d" % (k, len(v)) for k, v in bad.items())))
for k, v in bad.items():
    for p in v:
        print("   %-8s %s" % (k, p))
sys.exit(1 if any(bad.values()) else 0)
EOF
}

status=0
for repo in "${repos[@]}"; do
	name=$(basename "$(cd "$repo" && pwd)")
	json="$tmp/$name.json"
	"$bin" check -C "$repo" --no-cache -f json --fail-on none >"$json" ||
		{ echo "== $name: hdrcheck check failed" >&2; status=1; continue; }
	summarise "$json" "$name"
	if [ "$do_fix" = 1 ]; then
		clone="$tmp/$name"
		# a clone has the committed files; a corpus whose objects are
		# not all there (a partial clone) is copied as it is instead
		if ! git clone -q --no-hardlinks "$repo" "$clone" 2>/dev/null; then
			rm -rf "$clone"
			cp -a "$repo" "$clone"
		fi
		"$bin" fix -C "$clone" >"$clone/.git/realworld-fix.log" 2>&1 || true
		judge "$clone" "$name" "$repo" || status=1
		[ "$keep" = 1 ] && echo "   (clone kept: $clone)"
	fi
done
exit $status
