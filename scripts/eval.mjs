#!/usr/bin/env node
// npm run eval: runs the CLI over every corpus in ../shared/corpus (read in place), ours and plain
// Readability (--raw), scores both with ../shared/eval/score.mjs and prints one table.
// Writes .eval/<corpus>.<variant>.jsonl and .eval/summary.json (read by tests/unit/quality.test.ts).
//   node scripts/eval.mjs [--corpus NAME] [--only ours|raw] [--per-page]
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const SHARED = process.env.JERNIH_SHARED ?? resolve(root, "../shared");
const CORPORA = join(SHARED, "corpus");
const SCORE = join(SHARED, "eval/score.mjs");
const OUT = join(root, ".eval");

const args = process.argv.slice(2);
const opt = (n) => (args.includes(n) ? args[args.indexOf(n) + 1] : undefined);

async function extractAll(dir, variant) {
  const pages = readdirSync(join(dir, "pages")).filter((f) => /\.html?$/.test(f)).sort();
  const files = pages.map((f) => join(dir, "pages", f));
  const flags = variant === "raw" ? ["--raw"] : [];
  // The CLI exits 1 when some page gave no article; its JSON lines say which, so that is not fatal.
  const res = await run(process.execPath, [join(root, "bin/jernih.js"), "extract", "--jsonl", ...flags, ...files], {
    maxBuffer: 1 << 30,
  }).catch((e) => (e.code === 1 ? e : Promise.reject(e)));
  const out = join(OUT, `${dir.split("/").pop()}.${variant}.jsonl`);
  writeFileSync(out, res.stdout);
  return out;
}

async function score(dir, pred) {
  const extra = args.includes("--per-page") ? ["--per-page"] : [];
  const { stdout } = await run(process.execPath, [SCORE, "--corpus", dir, "--pred", pred, "--json", ...extra], {
    maxBuffer: 1 << 28,
  });
  return JSON.parse(stdout);
}

const main = async () => {
  if (!existsSync(CORPORA)) {
    console.log(`no corpus at ${CORPORA}: nothing to evaluate`);
    return;
  }
  mkdirSync(OUT, { recursive: true });
  const names = readdirSync(CORPORA).filter((n) => existsSync(join(CORPORA, n, "truth.json")));
  const only = opt("--corpus");
  const variants = opt("--only") ? [opt("--only")] : ["ours", "raw"];
  const summary = {};
  const jobs = [];
  for (const name of names.filter((n) => !only || n === only)) {
    summary[name] = {};
    for (const v of variants) {
      jobs.push(
        extractAll(join(CORPORA, name), v)
          .then((pred) => score(join(CORPORA, name), pred))
          .then((s) => (summary[name][v] = s)),
      );
    }
  }
  await Promise.all(jobs);
  writeFileSync(join(OUT, "summary.json"), JSON.stringify(summary, null, 2));
  const f = (x) => (x === undefined ? "   -  " : x.toFixed(3).padStart(6));
  const rows = [["corpus", "metric", ...variants.map((v) => (v === "raw" ? "Readability" : "Jernih"))]];
  for (const [name, s] of Object.entries(summary)) {
    const any = s[variants[0]];
    if (any.body) rows.push([name, "body F1", ...variants.map((v) => f(s[v].body.f1))]);
    if (any.snippets) rows.push([name, "snippets F1", ...variants.map((v) => f(s[v].snippets.f1))]);
    if (any.snippets && any.withoutByTag) {
      rows.push([name, "`with` kept", ...variants.map((v) => `${s[v].snippets.tp}/${s[v].snippets.tp + s[v].snippets.fn}`.padStart(6))]);
      const tags = ["related", "social", "promo"];
      const removed = (v) => {
        const t = s[v].withoutByTag;
        let total = 0, kept = 0;
        for (const g of tags) if (t[g]) { total += t[g].total; kept += t[g].kept; }
        return `${total - kept}/${total}`.padStart(6);
      };
      rows.push([name, "rel+soc+promo removed", ...variants.map(removed)]);
      for (const tag of Object.keys(any.withoutByTag).sort()) {
        rows.push([name, `  ${tag} removed`, ...variants.map((v) => {
          const t = s[v].withoutByTag[tag];
          return `${t.total - t.kept}/${t.total}`.padStart(6);
        })]);
      }
    }
  }
  const w = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  for (const r of rows) console.log(r.map((c, i) => String(c).padEnd(w[i])).join("  "));
};

await main();
