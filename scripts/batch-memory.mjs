#!/usr/bin/env node
// Measures memory over a long CLI batch: the corpus pages repeated to N files (default 1000), run
// through `jernih extract --jsonl` in process, 100 files at a time, heap measured after a full GC.
//   node --expose-gc scripts/batch-memory.mjs [N]
// Flat memory means jsdom windows are closed and nothing accumulates across pages.
import { readdirSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = process.env.JERNIH_SHARED ?? resolve(root, "../shared");
const n = Number(process.argv[2] ?? 1000);
const pages = ["indonesian-dev", "scrapinghub-dev", "trafilatura-dev"].flatMap((c) => {
  const dir = join(shared, "corpus", c, "pages");
  return readdirSync(dir).filter((f) => f.endsWith(".html")).sort().map((f) => join(dir, f));
});
if (!globalThis.gc) throw new Error("run with node --expose-gc");
const files = Array.from({ length: n }, (_, i) => pages[i % pages.length]);
const sink = { write() {} };
const mb = (x) => (x / 2 ** 20).toFixed(1);
const sample = () => {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage();
};
const first = sample();
console.log(`files  heapUsed MB  rss MB`);
console.log(`${"0".padStart(5)}  ${mb(first.heapUsed).padStart(11)}  ${mb(first.rss).padStart(6)}`);
const rows = [];
for (let i = 0; i < files.length; i += 100) {
  await main(["extract", "--jsonl", ...files.slice(i, i + 100)], sink, sink);
  const m = sample();
  rows.push(m.heapUsed);
  console.log(`${String(Math.min(i + 100, n)).padStart(5)}  ${mb(m.heapUsed).padStart(11)}  ${mb(m.rss).padStart(6)}`);
}
const after1 = rows[0], last = rows[rows.length - 1];
console.log(`heap growth from the first 100 files to the last: ${mb(last - after1)} MB over ${n - 100} files`);
