#!/usr/bin/env node
/**
 * Where the extension's thread time goes: the same page loads as `bench-ab` (the Indonesian corpus
 * pages without their scripts, under their real host names, one browser per build, each page in all
 * of them at the same time), traced with Blink's and V8's own events, and per build the *self*
 * thread time of each event name on the page's main thread from navigation until load + 1 s (an
 * event's thread time less that of the events inside it), summed over the pages, mean of rounds.
 *
 *   node scripts/bench-events.mjs <dist|none> [<dist|none> …] [--rounds 2] [--top 40]
 *
 * `bench-ab` says how much a change costs or saves in all; this says where: `v8.compile` (the
 * content script's compile), `FunctionCall` and `RunMicrotasks` (its code running),
 * `Document::recalcStyle` (style, the sheets' rules included), layout and paint (less of them where
 * blocks are hidden). Rows are sorted by how much the first and the last build differ. A page's own
 * work moves from load to load by more than most rows: read the rows of the change, not the total.
 * Not part of `npm test`; a developer's tool (docs/BENCHMARKS.md, "Comparing two builds").
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { register } from "tsx/esm/api";

register();
const { AFTER_LOAD_MS, TASK_CATEGORIES, chunked, launchCostBrowser, loadPage, scriptlessPages, startTrace } = await import("./cost-loads.mjs");
const { pageLoad } = await import("./profile-time.ts");
const { startServer } = await import("../tests/e2e/harness/server.ts");

const ROOT = resolve(import.meta.dirname, "..");
const { values: opt, positionals: dists } = parseArgs({
  allowPositionals: true, options: { rounds: { type: "string" }, top: { type: "string" } },
});
if (dists.length === 0) {
  console.error("usage: node scripts/bench-events.mjs <dist|none> [<dist|none> …] [--rounds 2] [--top 40]");
  process.exit(2);
}
const ROUNDS = Number(opt.rounds ?? 2);
const TOP = Number(opt.top ?? 40);
/** Blink's and V8's events besides the tasks: these traces are large, so a few pages each. */
const CATEGORIES = [...TASK_CATEGORIES, "devtools.timeline", "v8", "v8.execute", "blink", "loading"];
const PAGES_A_TRACE = 4;

/** Self thread time (ms) by event name inside the page's main-thread tasks of one load, or null. */
function selfTimes(events, url) {
  const load = pageLoad(events, url);
  if (!load) return null;
  const end = load.loadEventEnd + AFTER_LOAD_MS * 1000;
  const thread = (e) => `${e.pid}:${e.tid}`;
  const mine = events
    .filter((e) => e.ph === "X" && e.tdur !== undefined && thread(e) === load.thread && e.ts >= load.navigationStart && e.ts < end)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const out = new Map();
  const add = (name, ms) => out.set(name, (out.get(name) ?? 0) + ms);
  const stack = [];
  for (const e of mine) {
    while (stack.length && e.ts >= stack.at(-1).ts + stack.at(-1).dur) stack.pop();
    const parent = stack.at(-1);
    // Only what runs in a task: the same window bench-ab and part 5 count.
    if (!parent && !String(e.cat).split(",").includes("toplevel")) continue;
    add(e.name, e.tdur / 1000);
    if (parent) add(parent.name, -e.tdur / 1000);
    stack.push(e);
  }
  return out;
}

const temps = [mkdtempSync(join(tmpdir(), "jernih-events-"))];
const pages = scriptlessPages(resolve(ROOT, "../shared/corpus"));
const server = await startServer({ root: temps[0], routes: Object.fromEntries(pages.map((p) => [new URL(p.url).pathname, p.html])) });
const browsers = [];
const totals = dists.map(() => new Map());
try {
  for (const d of dists) browsers.push(await launchCostBrowser(server.port, d === "none" ? null : resolve(d), temps));
  console.log(`${pages.length} pages × ${ROUNDS} rounds; ${dists.join(", ")}`);
  for (let r = 0; r < ROUNDS; r++) {
    for (const some of chunked(pages, PAGES_A_TRACE)) {
      const ends = await Promise.all(browsers.map((b) => startTrace(b.ctx, b.holder, CATEGORIES)));
      for (const p of some) {
        const tabs = await Promise.allSettled(browsers.map((b) => loadPage(b.ctx, p.url)));
        for (const t of tabs) if (t.status === "fulfilled") await t.value.close();
      }
      const traces = await Promise.all(ends.map((end) => end()));
      traces.forEach(({ events }, i) => {
        for (const p of some) for (const [name, ms] of selfTimes(events, p.url) ?? []) totals[i].set(name, (totals[i].get(name) ?? 0) + ms / ROUNDS);
      });
    }
  }
} finally {
  for (const b of browsers) await b.ctx.close().catch(() => {});
  await server.close();
  for (const d of temps) rmSync(d, { recursive: true, force: true });
}

const names = [...new Set(totals.flatMap((t) => [...t.keys()]))];
const at = (i, name) => totals[i].get(name) ?? 0;
const last = dists.length - 1;
names.sort((a, b) => Math.abs(at(last, b) - at(0, b)) - Math.abs(at(last, a) - at(0, a)));
const cell = (v) => v.toFixed(1).padStart(10);
console.log(`\n${"event (self thread time, ms over the pages)".padEnd(52)}${dists.map((_, i) => `     ${String.fromCharCode(65 + i)}`.padStart(10)).join("")}`);
for (const name of names.slice(0, TOP)) console.log(`${name.slice(0, 51).padEnd(52)}${dists.map((_, i) => cell(at(i, name))).join("")}`);
console.log(`${"all".padEnd(52)}${totals.map((t) => cell([...t.values()].reduce((a, b) => a + b, 0))).join("")}`);
