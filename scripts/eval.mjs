#!/usr/bin/env node
// npm run eval: extracts every corpus in ../shared/corpus (read in place) with the same core the CLI
// uses (src/cli/evaluate.ts, one child process per corpus, two at a time), ours and plain Readability
// (--raw), scores both with ../shared/eval/score.mjs and prints one table.
// Writes .eval/<corpus>.<variant>.jsonl and .eval/summary.json (read by tests/unit/quality.test.ts).
//   node scripts/eval.mjs [--corpus NAME] [--only ours,raw,generic] [--per-page] [--out DIR]
// Variants: ours (Jernih as shipped), raw (plain Readability, --raw), generic (Jernih without the
// per-site packs, --no-site-packs: what the generic rules alone achieve).
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { half } from "./split.mjs";

const run = promisify(execFile);
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const SHARED = process.env.JERNIH_SHARED ?? resolve(root, "../shared");
const CORPORA = join(SHARED, "corpus");
const SCORE = join(SHARED, "eval/score.mjs");
const args0 = process.argv.slice(2);
// --out DIR: where the jsonl files and summary.json go (default .eval; the quality test uses a temp dir).
const OUT = args0.includes("--out") ? resolve(args0[args0.indexOf("--out") + 1]) : join(root, ".eval");

const args = process.argv.slice(2);
const opt = (n) => (args.includes(n) ? args[args.indexOf(n) + 1] : undefined);

/** Extracts one corpus in a child process (pages parsed once for every variant); returns jsonl paths. */
async function extractAll(dir, variants) {
  await run(process.execPath, [join(root, "scripts/eval-corpus.mjs"), dir, OUT, variants.join(",")], { maxBuffer: 1 << 26 });
  return Object.fromEntries(variants.map((v) => [v, join(OUT, `${dir.split("/").pop()}.${v}.jsonl`)]));
}

/** Runs jobs with at most `n` at a time (the machine has 2 cores). */
async function pool(jobs, n) {
  const results = [];
  let next = 0;
  await Promise.all(Array.from({ length: n }, async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]();
    }
  }));
  return results;
}

async function score(dir, pred) {
  const extra = args.includes("--per-page") ? ["--per-page"] : [];
  const { stdout } = await run(process.execPath, [SCORE, "--corpus", dir, "--pred", pred, "--json", ...extra], {
    maxBuffer: 1 << 28,
  });
  return JSON.parse(stdout);
}

/**
 * The scores of each half of the fixed split (scripts/split.mjs): the scorer on a truth.json of that
 * half's pages alone (written under OUT; the pages stay where they are), and its predictions alone.
 */
async function scoreHalves(dir, pred, variant = "") {
  const truth = JSON.parse(readFileSync(join(dir, "truth.json"), "utf8"));
  const lines = readFileSync(pred, "utf8").split("\n").filter(Boolean);
  const out = {};
  for (const h of ["tune", "check"]) {
    const sub = join(OUT, "halves", `${dir.split("/").pop()}-${variant ? `${variant}-` : ""}${h}`);
    mkdirSync(sub, { recursive: true });
    const ids = Object.keys(truth).filter((id) => half(id) === h);
    writeFileSync(join(sub, "truth.json"), JSON.stringify(Object.fromEntries(ids.map((id) => [id, truth[id]]))));
    const keep = new Set(ids);
    const mine = lines.filter((l) => keep.has(JSON.parse(l).file?.split("/").pop()?.replace(/\.html$/, "")));
    writeFileSync(join(sub, "pred.jsonl"), `${mine.join("\n")}\n`);
    out[h] = await score(sub, join(sub, "pred.jsonl"));
  }
  return out;
}

const main = async () => {
  if (!existsSync(CORPORA)) {
    console.log(`no corpus at ${CORPORA}: nothing to evaluate`);
    return;
  }
  mkdirSync(OUT, { recursive: true });
  const names = readdirSync(CORPORA).filter((n) => existsSync(join(CORPORA, n, "truth.json")));
  const only = opt("--corpus");
  const variants = opt("--only") ? opt("--only").split(",") : ["ours", "raw"];
  const summary = {};
  const jobs = [];
  for (const name of names.filter((n) => !only || n === only)) {
    summary[name] = {};
    const dir = join(CORPORA, name);
    jobs.push(async () => {
      const preds = await extractAll(dir, variants);
      for (const v of variants) summary[name][v] = await score(dir, preds[v]);
      summary[name].halves = await scoreHalves(dir, preds[variants[0]]);
      // Plain Readability on the same halves: how far apart the halves are before any rule of ours.
      if (variants[0] !== "raw" && preds.raw) summary[name].rawHalves = await scoreHalves(dir, preds.raw, "raw");
    });
  }
  // Biggest corpus first, so the two workers finish together.
  jobs.reverse();
  await pool(jobs, Number(process.env.JERNIH_EVAL_JOBS ?? 2));
  writeFileSync(join(OUT, "summary.json"), JSON.stringify(summary, null, 2));
  const f = (x) => (x === undefined ? "   -  " : x.toFixed(3).padStart(6));
  const label = { raw: "Readability", ours: "Jernih", generic: "no packs" };
  const rows = [["corpus", "metric", ...variants.map((v) => label[v] ?? v)]];
  for (const [name, s] of Object.entries(summary)) {
    const any = s[variants[0]];
    if (any.body) rows.push([name, "body F1", ...variants.map((v) => f(s[v].body.f1))]);
    if (any.snippets) rows.push([name, "snippets F1", ...variants.map((v) => f(s[v].snippets.f1))]);
    // The first variant's figure on each half of the split: a change that helps only the tuning half is fitted to it.
    const [t, c] = [s.halves.tune, s.halves.check];
    const metric = (x) => (x.body ? x.body.f1 : x.snippets.f1);
    const pair = (h) => `${f(metric(h.tune)).trim()} / ${f(metric(h.check)).trim()}`;
    const raw = s.rawHalves;
    rows.push([name, `  ${any.body ? "body" : "snippets"} F1 tune / check`, ...variants.map((v, i) => (i === 0 ? pair(s.halves) : v === "raw" && raw ? pair(raw) : ""))]);
    // What the rules add on each half: the halves differ in difficulty before any rule runs (see docs/BENCHMARKS.md).
    if (raw) rows.push([name, "    gain over Readability tune / check", `${f(metric(t) - metric(raw.tune)).trim()} / ${f(metric(c) - metric(raw.check)).trim()}`]);
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
