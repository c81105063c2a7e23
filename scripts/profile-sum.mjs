#!/usr/bin/env node
/**
 * Where our JS spends a page's thread time, by function, summed over the pages of a bench run
 * saved with `npm run bench -- --parts cost --functions DIR` (one <page>.json each, see
 * functionTimes in scripts/profile-time.ts); with a second run's folder, each function's change.
 *
 *   node scripts/profile-sum.mjs <DIR> [<DIR B>] [--top 40] [--self]
 *
 * Sorted by total time (--self: by self time); with two folders, by how much B adds. A function's
 * total holds what it calls, so the rows overlap: read a rise from the innermost row that shows it.
 * Not part of `npm test`; a developer's tool (docs/BENCHMARKS.md, "Comparing two builds").
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";

const { values: opt, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: "string" }, self: { type: "boolean" } } });
if (positionals.length < 1 || positionals.length > 2) {
  console.error("usage: node scripts/profile-sum.mjs <DIR> [<DIR B>] [--top N] [--self]");
  process.exit(2);
}
const field = opt.self ? "self" : "total";

/** Each function's time summed over the pages of a folder, and the number of pages. */
function summed(dir) {
  const files = readdirSync(dir).filter((f) => f.endsWith(".json"));
  const sum = new Map();
  for (const f of files) {
    for (const [name, t] of Object.entries(JSON.parse(readFileSync(join(dir, f), "utf8")))) {
      const s = sum.get(name) ?? { self: 0, total: 0 };
      sum.set(name, { self: s.self + t.self, total: s.total + t.total });
    }
  }
  return { pages: files.length, sum };
}

const runs = positionals.map(summed);
const [a, b] = runs;
const value = (run, name) => run.sum.get(name)?.[field] ?? 0;
const names = [...new Set(runs.flatMap((r) => [...r.sum.keys()]))];
const order = b ? (n) => value(b, n) - value(a, n) : (n) => value(a, n);
names.sort((x, y) => order(y) - order(x));
const ms = (x) => x.toFixed(1).padStart(9);
console.log(`${field} ms over ${runs.map((r) => `${r.pages} pages`).join(" / ")}${b ? "   A, B, B − A" : ""}`);
for (const n of names.slice(0, Number(opt.top ?? 40))) {
  console.log(b ? `${ms(value(a, n))}${ms(value(b, n))}${ms(value(b, n) - value(a, n))}  ${n}` : `${ms(value(a, n))}  ${n}`);
}
