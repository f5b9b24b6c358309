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

"""The SBOM reports end to end.

sbom_check.py HDRCHECK SBOM_REPO DATA_DIR WORK_DIR

Builds the test repository (SBOM_REPO, with libgit2), writes the SPDX
JSON, SPDX tag-value and CycloneDX reports of its work tree twice and of
its commit (--rev HEAD) once, and checks: identical bytes from the two
runs; the checksums against sha1sum and sha256sum; the licenses,
copyright texts, LicenseRef definitions and the package verification
code; the tag-value document carrying the same files, checksums and
licenses as the JSON one; the CycloneDX components the same files; and
both JSON documents against the official schemas (jsonschema), looked for
in $HDRCHECK_SCHEMA_DIR or ~/.cache/hdrcheck-schemas, where
scripts/bootstrap.sh test puts them. Exits 77 (a CTest skip) when the
validator or a schema is missing, after every other check has passed.
"""

import hashlib
import json
import os
import shutil
import subprocess
import sys
import warnings

SKIP = 77


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


def check(cond, msg):
    if not cond:
        fail(msg)


def display(name):
    """The display form of a file name, as hdrcheck writes it."""
    out = []
    i = 0
    while i < len(name):
        for n in (4, 3, 2, 1):
            try:
                ch = name[i:i + n].decode("utf-8")
            except UnicodeDecodeError:
                continue
            if len(ch) == 1:
                break
        else:
            out.append("\\%03o" % name[i])
            i += 1
            continue
        if ch == "\\":
            out.append("\\\\")
        else:
            out.append(ch)
        i += len(ch.encode("utf-8"))
    return "".join(out)


def run(hdrcheck, repo, out_dir, extra=()):
    os.makedirs(out_dir, exist_ok=True)
    paths = {f: os.path.join(out_dir, f)
             for f in ("spdx.json", "doc.spdx", "cdx.json")}
    env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000")
    rc = subprocess.run(
        [hdrcheck, "check", "-C", repo, "--no-cache", "--fail-on", "none",
         "--report", "spdx-json=" + paths["spdx.json"],
         "--report", "spdx=" + paths["doc.spdx"],
         "--report", "cyclonedx-json=" + paths["cdx.json"], *extra],
        env=env).returncode
    check(rc == 0, "hdrcheck exited with %d" % rc)
    return {k: open(p, "rb").read() for k, p in paths.items()}


def parse_tag_value(text):
    files, cur = [], None
    for line in text.splitlines():
        if line.startswith("FileName: "):
            cur = {"name": line[len("FileName: "):], "sums": {},
                   "infos": []}
            files.append(cur)
        elif cur is not None and line.startswith("FileChecksum: "):
            alg, value = line[len("FileChecksum: "):].split(": ")
            cur["sums"][alg] = value
        elif cur is not None and line.startswith("LicenseInfoInFile: "):
            cur["infos"].append(line[len("LicenseInfoInFile: "):])
        elif line.startswith("LicenseID: "):
            cur = None
    return files


def sums(path):
    out = {}
    for tool, alg in (("sha1sum", "SHA1"), ("sha256sum", "SHA256")):
        res = subprocess.run([tool, "--", path], stdout=subprocess.PIPE,
                             check=True)
        out[alg] = res.stdout.split()[0].decode()
    return out


def load_validators(schema_dir):
    """{"spdx": fn, "cdx": fn} for the schemas found, and why others are
    missing."""
    try:
        import jsonschema
    except ImportError:
        return {}, ["python3-jsonschema is not installed"]
    cdx_dir = os.path.join(schema_dir, "package", "res", "schema")
    paths = {"cdx": os.path.join(cdx_dir, "bom-1.6.SNAPSHOT.schema.json"),
             "spdx": os.path.join(schema_dir, "spdx-schema.json")}
    found, missing = {}, []
    for kind, path in paths.items():
        if not os.path.exists(path):
            missing.append("%s schema not found: %s" % (kind, path))
            continue
        schema = json.load(open(path))
        store = {}
        if kind == "cdx":
            for name in os.listdir(cdx_dir):
                if name.endswith(".schema.json"):
                    doc = json.load(open(os.path.join(cdx_dir, name)))
                    store[doc.get("$id", name)] = doc
                    store["http://cyclonedx.org/schema/" + name] = doc

        def validate(doc, kind=kind, schema=schema, store=store):
            cls = jsonschema.validators.validator_for(schema)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                resolver = jsonschema.RefResolver.from_schema(
                    schema, store=store)
                v = cls(schema, resolver=resolver,
                        format_checker=cls.FORMAT_CHECKER)
                errors = sorted(v.iter_errors(doc),
                                key=lambda e: list(e.path))
            for e in errors[:5]:
                print("schema %s: %s at %s" % (kind, e.message,
                                                list(e.path)))
            check(not errors, "%s document does not validate" % kind)
        found[kind] = validate
    return found, missing


def main():
    hdrcheck, builder, data, work = sys.argv[1:5]
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    repo = os.path.join(work, "repo")
    res = subprocess.run([builder, repo, os.path.join(data, "repo")])
    check(res.returncode == 0, "cannot build the test repository")

    first = run(hdrcheck, repo, os.path.join(work, "a"))
    second = run(hdrcheck, repo, os.path.join(work, "b"))
    for k in first:
        check(first[k] == second[k], "%s differs between two runs" % k)
    rev = run(hdrcheck, repo, os.path.join(work, "rev"), ["--rev", "HEAD"])

    doc = json.loads(first["spdx.json"])
    check(doc["spdxVersion"] == "SPDX-2.3", "spdxVersion")
    check(doc["creationInfo"]["created"] == "2023-11-14T22:13:20Z",
          "SOURCE_DATE_EPOCH is not the creation date")
    check(doc["creationInfo"]["creators"][0].startswith("Tool: hdrcheck-"),
          "creator")
    files = {f["fileName"]: f for f in doc["files"]}

    # every committed file is there, with the checksums of its bytes
    names = sorted(n for n in os.listdir(os.fsencode(repo)) if n != b".git")
    check(sorted(files) == sorted("./" + display(n) for n in names),
          "files: %s" % sorted(files))
    for n in names:
        f = files["./" + display(n)]
        got = {c["algorithm"]: c["checksumValue"] for c in f["checksums"]}
        check(got == sums(os.path.join(os.fsencode(repo), n).decode(
            "utf-8", "surrogateescape")), "checksums of %r" % n)
    # the package verification code (SPDX 2.3, 7.9)
    code = hashlib.sha1("".join(sorted(
        next(c["checksumValue"] for c in f["checksums"]
             if c["algorithm"] == "SHA1") for f in doc["files"])).encode())
    check(doc["packages"][0]["packageVerificationCode"]
          ["packageVerificationCodeValue"] == code.hexdigest(),
          "package verification code")

    want = {
        "./mit.c": ["MIT"],
        "./ref.sh": ["LicenseRef-Acme-Proprietary"],
        "./both.py": ["Apache-2.0", "LicenseRef-Foo"],
        "./with.c": ["GPL-2.0-or-later WITH Classpath-exception-2.0"],
        "./big.c": ["BSD-3-Clause"],
        "./none.c": ["NONE"],
        "./image.png": ["NOASSERTION"],
    }
    for name, infos in want.items():
        check(files[name]["licenseInfoInFiles"] == infos,
              "%s: licenseInfoInFiles %s" % (
                  name, files[name]["licenseInfoInFiles"]))
        check(files[name]["licenseConcluded"] == "NOASSERTION",
              name + ": licenseConcluded")
    check(files["./mit.c"]["copyrightText"] == "ACME Corp.", "copyright")
    check(files["./none.c"]["copyrightText"] == "NONE", "no copyright")
    check(files["./image.png"]["copyrightText"] == "NOASSERTION",
          "binary copyright")
    refs = {x["licenseId"]: x for x in doc["hasExtractedLicensingInfos"]}
    check(sorted(refs) == ["LicenseRef-Acme-Proprietary", "LicenseRef-Foo"],
          "LicenseRef definitions: %s" % sorted(refs))
    check(all(x["extractedText"] for x in refs.values()), "extractedText")

    # the commit's blobs: the same files and checksums
    rdoc = json.loads(rev["spdx.json"])
    check([(f["fileName"], f["checksums"]) for f in rdoc["files"]] ==
          [(f["fileName"], f["checksums"]) for f in doc["files"]],
          "--rev HEAD gives other files or checksums")

    # tag-value: the same files, checksums and licenses
    tv = parse_tag_value(first["doc.spdx"].decode("utf-8"))
    check([(t["name"], t["sums"], t["infos"]) for t in tv] ==
          [(f["fileName"],
            {c["algorithm"]: c["checksumValue"] for c in f["checksums"]},
            f["licenseInfoInFiles"]) for f in doc["files"]],
          "tag-value and JSON differ")
    for ref in refs:
        check(("LicenseID: %s\n" % ref).encode() in first["doc.spdx"],
              "tag-value lacks " + ref)

    # CycloneDX: the same files and hashes; a single id as license.id
    cdx = json.loads(first["cdx.json"])
    comps = {c["name"]: c for c in cdx["components"]}
    check(sorted("./" + n for n in comps) == sorted(files), "cdx files")
    for c in cdx["components"]:
        f = files["./" + c["name"]]
        check({h["alg"].replace("-", ""): h["content"] for h in c["hashes"]}
              == {x["algorithm"]: x["checksumValue"] for x in f["checksums"]},
              "cdx hashes of " + c["name"])
    check(comps["mit.c"]["licenses"] == [{"license": {"id": "MIT"}}],
          "cdx license id")
    check(comps["ref.sh"]["licenses"] ==
          [{"license": {"name": "LicenseRef-Acme-Proprietary"}}],
          "cdx license name")
    check(comps["both.py"]["licenses"] ==
          [{"expression": "Apache-2.0 OR LicenseRef-Foo"}],
          "cdx expression")
    check(comps["mit.c"]["copyright"] == "ACME Corp.", "cdx copyright")

    schema_dir = os.environ.get("HDRCHECK_SCHEMA_DIR") or os.path.join(
        os.path.expanduser("~"), ".cache", "hdrcheck-schemas")
    validators, missing = load_validators(schema_dir)
    docs = {"spdx": "spdx.json", "cdx": "cdx.json"}
    for kind, validate in sorted(validators.items()):
        for d in (first, rev):
            validate(json.loads(d[docs[kind]]))
        print("ok: the %s documents validate" % kind)
    if missing:
        # every other check has passed; what could not run is a skip
        print("SKIP: schema validation not run: " + "; ".join(missing))
        sys.exit(SKIP)

if __name__ == "__main__":
    main()
