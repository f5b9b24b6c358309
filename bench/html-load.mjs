// Copyright 2026 The hdrcheck Authors
//
// Licensed under the Apache License, Version 2.0 (the "License");
// you may not use this file except in compliance with the License.
// You may obtain a copy of the License at
//
//     http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing, software
// distributed under the License is distributed on an "AS IS" BASIS,
// WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
// See the License for the specific language governing permissions and
// limitations under the License.

// How fast an HTML report loads and reacts in headless Chromium, through
// the DevTools protocol; no package needed (Node >= 22, or Node 20 with
// --experimental-websocket):
//
//   node --experimental-websocket bench/html-load.mjs [-n RUNS] REPORT.html...
//
// For each report and each run, a fresh tab loads the file and the
// script measures, from the navigation's start: DOMContentLoaded, the
// load event, the report's own script done (data-ready) and the first
// frame painted after it. Then, on the loaded page, how long the first
// filter box (a key typed, until its count of shown rows is written) and
// a jump to the end of the page take until the next frame. Medians of the
// runs are printed as a Markdown table row per report; the reports are
// loaded in turn, run after run. Set CHROMIUM to use another browser
// binary. (Printing is measured with chromium --print-to-pdf and
// pdftotext: docs/performance.md.)

import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

const args = process.argv.slice(2);
let runs = 3;
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "-n") runs = Number(args[++i]);
  else files.push(resolve(args[i]));
}
if (!files.length || !(runs > 0) || typeof WebSocket === "undefined") {
  console.error("usage: node [--experimental-websocket] " +
    "bench/html-load.mjs [-n RUNS] REPORT.html...");
  process.exit(2);
}

// Chromium sometimes exits at start on a loaded machine: try again.
let profile, browser, port;
for (let attempt = 0; attempt < 3 && !port; attempt++) {
  let exited = false;
  if (profile) rmSync(profile, { recursive: true, force: true });
  profile = mkdtempSync(join(tmpdir(), "hdrcheck-cdp-"));
  browser = spawn(process.env.CHROMIUM || "/usr/bin/chromium", [
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
    "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--remote-debugging-port=0",
    `--user-data-dir=${profile}`, "--window-size=1280,2000", "about:blank",
  ], { stdio: "ignore" });
  browser.on("exit", () => { exited = true; });
  for (let i = 0; i < 600 && !port && !exited; i++) {
    try {
      port = readFileSync(join(profile, "DevToolsActivePort"), "utf8")
        .split("\n")[0];
    } catch {
      // not written yet
    }
    if (!port) await sleep(50);
  }
}
if (!port) throw new Error("chromium did not start");

const version = await (await fetch(`http://127.0.0.1:${port}/json/version`))
  .json();
const ws = new WebSocket(version.webSocketDebuggerUrl);
await new Promise((ok, ko) => { ws.onopen = ok; ws.onerror = ko; });
let nextId = 1;
const pending = new Map(), waiters = [];
ws.onmessage = (m) => {
  const msg = JSON.parse(m.data);
  if (msg.id && pending.has(msg.id)) {
    const { ok, ko } = pending.get(msg.id);
    pending.delete(msg.id);
    msg.error ? ko(new Error(msg.error.message)) : ok(msg.result);
  } else if (msg.method) {
    for (const w of waiters.slice())
      if (w.method === msg.method && w.session === msg.sessionId) {
        waiters.splice(waiters.indexOf(w), 1);
        w.ok(msg.params);
      }
  }
};
const send = (method, params = {}, sessionId) => new Promise((ok, ko) => {
  const id = nextId++;
  pending.set(id, { ok, ko });
  ws.send(JSON.stringify({ id, method, params, sessionId }));
});
const once = (method, session) =>
  new Promise((ok) => waiters.push({ method, session, ok }));

async function evaluate(session, expression) {
  const r = await send("Runtime.evaluate",
    { expression, awaitPromise: true, returnByValue: true }, session);
  if (r.exceptionDetails) throw new Error(r.exceptionDetails.text);
  return r.result.value;
}

// A frame after the work: two animation frames, as a user would see it.
const FRAME = "new Promise(r => requestAnimationFrame(() => " +
  "requestAnimationFrame(() => r(performance.now()))))";

async function measure(file) {
  const { targetId } = await send("Target.createTarget", { url: "about:blank" });
  const { sessionId: s } = await send("Target.attachToTarget",
    { targetId, flatten: true });
  await send("Page.enable", {}, s);
  await send("Page.bringToFront", {}, s);
  await send("Runtime.enable", {}, s);
  const loaded = once("Page.loadEventFired", s);
  const t0 = performance.now();
  await send("Page.navigate", { url: "file://" + file }, s);
  await loaded;
  const wall = performance.now() - t0;
  const m = await evaluate(s, `(async () => {
    while (!document.documentElement.hasAttribute("data-ready"))
      await new Promise(r => setTimeout(r, 5));
    const ready = performance.now();
    const painted = await ${FRAME};
    const nav = performance.getEntriesByType("navigation")[0];
    const fcp = performance.getEntriesByName("first-contentful-paint")[0];
    let filter = null, input = document.querySelector("input.filter");
    if (input) {
      // the count beside the box says the filter is done (a big table's
      // filter waits for a pause in typing: that wait is counted)
      const note = input.nextElementSibling;
      const until = async (done) => {
        while (!done()) await new Promise(r => setTimeout(r, 5));
      };
      const t = performance.now();
      input.value = "a";
      input.dispatchEvent(new Event("input"));
      await until(() => !note || note.textContent !== "");
      filter = (await ${FRAME}) - t;
      input.value = "";
      input.dispatchEvent(new Event("input"));
      await until(() => !note || note.textContent === "");
      await ${FRAME};
    }
    let t = performance.now();
    window.scrollTo(0, document.documentElement.scrollHeight);
    const end = (await ${FRAME}) - t;
    window.scrollTo(0, 0);
    return { dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd,
             fcp: fcp ? fcp.startTime : null, ready, painted, filter, end,
             nodes: document.getElementsByTagName("*").length };
  })()`);
  m.wall = wall;
  await send("Target.closeTarget", { targetId });
  return m;
}

const median = (xs) => {
  const v = xs.filter((x) => x !== null && x !== undefined)
    .sort((a, b) => a - b);
  return v.length ? v[Math.floor((v.length - 1) / 2)] : null;
};
const ms = (x) => (x === null ? "-" : `${Math.round(x)} ms`);

console.log("| report | size | elements | DOMContentLoaded | load | " +
  "script done | first frame | filter | jump to end |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
try {
  // round robin, so that a change in the machine's load hits every
  // report alike
  const all = files.map(() => []);
  for (let i = 0; i < runs; i++)
    for (let f = 0; f < files.length; f++)
      all[f].push(await measure(files[f]));
  for (let f = 0; f < files.length; f++) {
    const file = files[f];
    const med = (k) => median(all[f].map((m) => m[k]));
    const mb = (statSync(file).size / 1e6).toFixed(1);
    console.log(`| ${file.split("/").pop()} | ${mb} MB | ${med("nodes")} | ` +
      `${ms(med("dcl"))} | ${ms(med("load"))} | ${ms(med("ready"))} | ` +
      `${ms(med("painted"))} | ${ms(med("filter"))} | ${ms(med("end"))} |`);
  }
} finally {
  ws.close();
  browser.kill();
  await sleep(200);
  rmSync(profile, { recursive: true, force: true });
}
