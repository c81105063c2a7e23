#!/usr/bin/env node
/**
 * Two builds of the extension set against each other the way `npm run bench` part 5 measures one:
 * the Indonesian corpus pages without their scripts, under their real host names, each loaded in a
 * browser per build at the same time (both loads see the same machine), the thread time of the
 * page's renderer main thread from navigation until load + 1 s, median of rounds. A change to the
 * content script is judged by B − A in one run, not by two bench runs hours apart: part 5 moves by
 * more than most changes between runs on a machine that is not quiet.
 *
 *   node scripts/bench-ab.mjs <dist A> <dist B> [--rounds 3] [--every 1] [--offset 0] [--plain]
 *
 * A dist is a built extension folder (dist/chrome of a worktree) or "none" (no extension).
 * --every K --offset O: every K-th page from O (a quick sample). --plain: a third browser without the
 * extension, so that each build's own cost (build − plain) and their ratio are printed too.
 * Not part of `npm test`; a developer's tool (docs/BENCHMARKS.md, "Comparing two builds").
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { register } from "tsx/esm/api";

register();
const { AFTER_LOAD_MS, TRACE_PAGES, chunked, launchCostBrowser, loadPage, scriptlessPages, startTrace } = await import("./cost-loads.mjs");
const { loadThreadTime } = await import("./profile-time.ts");
const { startServer } = await import("../tests/e2e/harness/server.ts");

const ROOT = resolve(import.meta.dirname, "..");
const { values: opt, positionals } = parseArgs({
  allowPositionals: true,
  options: { rounds: { type: "string" }, every: { type: "string" }, offset: { type: "string" }, plain: { type: "boolean" } },
});
if (positionals.length !== 2) {
  console.error("usage: node scripts/bench-ab.mjs <dist A|none> <dist B|none> [--rounds N] [--every K] [--offset O] [--plain]");
  process.exit(2);
}
const ROUNDS = Number(opt.rounds ?? 3);
const EVERY = Number(opt.every ?? 1);
const OFFSET = Number(opt.offset ?? 0);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (n) => (Number.isFinite(n) ? n.toFixed(1) : "–");

/** A copy of each build, so that a rebuild during the run does not change what is measured. */
function snapshot(dist, temps) {
  if (dist === "none") return null;
  if (!existsSync(join(dist, "manifest.json"))) throw new Error(`${dist}: no manifest.json (build it first)`);
  const dir = mkdtempSync(join(tmpdir(), "jernih-ab-ext-"));
  temps.push(dir);
  cpSync(dist, dir, { recursive: true });
  return dir;
}

/** One batch of pages, every browser tracing: per page, each side's thread time (ms) or undefined. */
async function batch(browsers, pages) {
  const ends = await Promise.all(browsers.map((b) => startTrace(b.ctx, b.holder)));
  for (const p of pages) {
    const tabs = await Promise.allSettled(browsers.map((b) => loadPage(b.ctx, p.url)));
    for (const t of tabs) if (t.status === "fulfilled") await t.value.close();
    const failed = tabs.find((t) => t.status === "rejected");
    if (failed) console.warn(`  ! ${p.name}: ${failed.reason?.message.split("\n")[0]}`);
  }
  const traces = await Promise.all(ends.map((end) => end()));
  return pages.map((p) => ({ url: p.url, ms: traces.map((t) => loadThreadTime(t.events, p.url, AFTER_LOAD_MS)?.ms) }));
}

const temps = [mkdtempSync(join(tmpdir(), "jernih-ab-root-"))];
const pages = scriptlessPages(resolve(ROOT, "../shared/corpus")).filter((_, i) => i % EVERY === OFFSET % EVERY);
const server = await startServer({ root: temps[0], routes: Object.fromEntries(pages.map((p) => [new URL(p.url).pathname, p.html])) });
const sides = [positionals[0], positionals[1], ...(opt.plain ? ["none"] : [])];
const browsers = [];
const runs = [];
try {
  for (const d of sides) browsers.push(await launchCostBrowser(server.port, snapshot(d, temps), temps));
  console.log(`${pages.length} pages × ${ROUNDS} rounds; A = ${sides[0]}, B = ${sides[1]}${opt.plain ? ", and no extension" : ""}`);
  for (let r = 0; r < ROUNDS; r++) for (const some of chunked(pages, TRACE_PAGES)) runs.push(...await batch(browsers, some));
} finally {
  for (const b of browsers) await b.ctx.close().catch(() => {});
  await server.close();
  for (const d of temps) rmSync(d, { recursive: true, force: true });
}

const rows = pages.map((p) => {
  const mine = runs.filter((x) => x.url === p.url);
  const side = (i) => median(mine.map((x) => x.ms[i]).filter((v) => v !== undefined));
  return { page: p.name, ms: sides.map((_, i) => side(i)) };
}).filter((r) => r.ms.every(Number.isFinite));
const total = (i) => rows.reduce((n, r) => n + r.ms[i], 0);
rows.sort((x, y) => (y.ms[1] - y.ms[0]) - (x.ms[1] - x.ms[0]));
console.log(`\npage${" ".repeat(40)}A ms     B ms    B − A${opt.plain ? "   plain" : ""}`);
for (const r of rows) console.log(`${r.page.padEnd(42)} ${fmt(r.ms[0]).padStart(7)} ${fmt(r.ms[1]).padStart(8)} ${fmt(r.ms[1] - r.ms[0]).padStart(8)}${opt.plain ? fmt(r.ms[2]).padStart(8) : ""}`);
console.log(`\n${rows.length} pages: A ${fmt(total(0))} ms, B ${fmt(total(1))} ms, B − A ${fmt(total(1) - total(0))} ms (${fmt((total(1) - total(0)) / rows.length)} a page)`);
if (opt.plain) {
  const [a, b] = [total(0) - total(2), total(1) - total(2)];
  console.log(`cost over no extension: A ${fmt(a)} ms, B ${fmt(b)} ms; B / A = ${(b / a).toFixed(2)}`);
}
