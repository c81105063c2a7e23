#!/usr/bin/env node
// The rule audit (issue 16): for every rule family, what the dev pages lose or gain when it is off.
//   node scripts/audit-rules.mjs [--corpus NAME] [--out DIR] [--markdown]
// Each page is extracted as shipped, with extract's `ruleOff` hook recording every rule that was
// about to act on it; then once more for each of those rules with that rule off (a rule that never
// acted on a page cannot change it). Pages are scored with ../shared/eval/score.mjs, per page.
// A row counts, per corpus, the pages the rule makes better (+) and worse (−), and the corpus figure
// with the rule against without it on the tune and check halves (scripts/split.mjs).
// Writes OUT/audit.json and prints the table (--markdown: as docs/EXTRACTION.md holds it).
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { half } from "./split.mjs";

const run = promisify(execFile);
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SHARED = process.env.JERNIH_SHARED ?? resolve(root, "../shared");
const args = process.argv.slice(2);
const opt = (n) => (args.includes(n) ? args[args.indexOf(n) + 1] : undefined);

/** Rules that act before Readability: switching one off means extracting the page again. */
const BEFORE = /^(parts|pack|prune|selector|pick):/;

/** Child mode: one corpus, in process; writes one JSON line per page: {id, base, off: {rule: text}}. */
async function child(dir, outFile) {
  const { register } = await import("tsx/esm/api");
  register();
  const { extract, pickArticle, finishArticle, ExtractError } = await import("../src/core/extract.ts");
  const { corpusPages } = await import("../src/cli/evaluate.ts");
  const { jsdomHost } = await import("../src/cli/jsdom-host.ts");
  const { loadDocument } = await import("../src/cli/load.ts");
  const lines = [];
  for (const file of corpusPages(dir)) {
    const id = basename(file).replace(/\.html?$/, "");
    let page;
    try {
      page = await loadDocument(file);
    } catch {
      continue; // a page that does not load is the same with every rule
    }
    const host = jsdomHost(page);
    const safe = (f) => {
      try {
        return f().text;
      } catch (e) {
        if (e instanceof ExtractError) return ""; // no article: scored as an empty extraction, as eval does
        throw e;
      }
    };
    const fired = new Set();
    const record = (r) => {
      fired.add(r);
      return false;
    };
    const pick = pickArticle(page.document, null, { host, ruleOff: record });
    const content = pick.parsed?.content ?? null;
    const pristine = content?.cloneNode(true) ?? null;
    const base = safe(() => finishArticle(pick, content, record));
    const off = {};
    for (const rule of [...fired].sort()) {
      const ruleOff = (r) => r === rule;
      // A rule of the cleaner acts on Readability's pick: only the finish runs again, on a copy of it.
      off[rule] = BEFORE.test(rule)
        ? safe(() => extract(page.document, null, { host, ruleOff }))
        : safe(() => finishArticle(pick, pristine?.cloneNode(true) ?? null, ruleOff));
    }
    page.close();
    lines.push(JSON.stringify({ id, base, off }));
  }
  writeFileSync(outFile, `${lines.join("\n")}\n`);
}

/** Scores every (page, variant) text at once: score.mjs on a truth of "<id>|<variant>" keys. */
async function scorePages(corpusDir, rows, work) {
  const truth = JSON.parse(readFileSync(join(corpusDir, "truth.json"), "utf8"));
  const sub = {}, pred = [];
  for (const row of rows) {
    for (const [variant, text] of [["", row.base], ...Object.entries(row.off)]) {
      sub[`${row.id}|${variant}`] = truth[row.id];
      pred.push(JSON.stringify({ id: `${row.id}|${variant}`, text }));
    }
  }
  mkdirSync(work, { recursive: true });
  writeFileSync(join(work, "truth.json"), JSON.stringify(sub));
  writeFileSync(join(work, "pred.jsonl"), `${pred.join("\n")}\n`);
  const { stdout } = await run(process.execPath, [join(SHARED, "eval/score.mjs"), "--corpus", work, "--pred", join(work, "pred.jsonl"), "--json", "--per-page"], { maxBuffer: 1 << 28 });
  const per = new Map(JSON.parse(stdout).perPage.map((p) => [p.id, p]));
  return { truth, per };
}

/** One page's counts: body {p, r} (the corpus figure when the truth has a body) and snippets {tp, fn, fp}. */
function counts(t, p) {
  const lost = p.snippets?.lost.length ?? 0, kept = p.snippets?.kept.length ?? 0;
  const snippets = { tp: (t.with ?? []).length - lost, fn: lost, fp: kept };
  return typeof t.body === "string" ? { p: p.body.p, r: p.body.r, snippets } : snippets;
}
const f1 = (c) => (c.p + c.r > 0 ? (2 * c.p * c.r) / (c.p + c.r) : 0);
/** Which of two versions of a page is better: by body F1, then by snippet errors (>0: `a`). */
function comparePage(a, b) {
  if ("p" in a && Math.abs(f1(a) - f1(b)) > 1e-9) return f1(a) - f1(b);
  const sa = a.snippets ?? a, sb = b.snippets ?? b;
  return sb.fn + sb.fp - (sa.fn + sa.fp);
}
/** The corpus figure from pages' counts, as score.mjs computes it. */
function corpusF1(list) {
  if (list.length === 0) return NaN;
  if ("p" in list[0]) {
    const p = list.reduce((a, c) => a + c.p, 0) / list.length, r = list.reduce((a, c) => a + c.r, 0) / list.length;
    return (2 * p * r) / (p + r);
  }
  const s = list.reduce((a, c) => ({ tp: a.tp + c.tp, fn: a.fn + c.fn, fp: a.fp + c.fp }), { tp: 0, fn: 0, fp: 0 });
  return (2 * s.tp) / (2 * s.tp + s.fp + s.fn);
}

/** Per rule: pages better / worse with it, and the corpus figure on each half with and without it. */
function auditCorpus(rows, truth, per) {
  const rules = [...new Set(rows.flatMap((r) => Object.keys(r.off)))].sort();
  const out = {};
  for (const rule of rules) {
    let better = 0, worse = 0;
    const on = { tune: [], check: [] }, off = { tune: [], check: [] };
    const changed = [];
    for (const row of rows) {
      const t = truth[row.id];
      const b = counts(t, per.get(`${row.id}|`));
      const o = rule in row.off ? counts(t, per.get(`${row.id}|${rule}`)) : b;
      const d = comparePage(b, o);
      if (d > 1e-9) {
        better++;
        changed.push(`+${row.id}`);
      } else if (d < -1e-9) {
        worse++;
        changed.push(`-${row.id}`);
      }
      on[half(row.id)].push(b);
      off[half(row.id)].push(o);
    }
    const delta = (h) => corpusF1(on[h]) - corpusF1(off[h]);
    out[rule] = { better, worse, fired: rows.filter((r) => rule in r.off).length, tune: delta("tune"), check: delta("check"), changed };
  }
  return out;
}

/** Which family of pages each rule stands for (the table's second column). */
const FAMILY = JSON.parse(readFileSync(join(root, "scripts/audit-families.json"), "utf8"));
const familyOf = (rule) => FAMILY[rule] ?? (rule.startsWith("pack:") ? `pages of ${rule.slice(5)} (site pack)` : "—");

function table(result, markdown) {
  const corpora = Object.keys(result);
  const rules = [...new Set(corpora.flatMap((c) => Object.keys(result[c])))].sort();
  const f = (x) => (Number.isNaN(x) ? "" : `${x >= 0 ? "+" : "−"}${Math.abs(x).toFixed(3)}`);
  const head = ["rule", "family of pages", ...corpora.map((c) => `${c} +/− (Δ tune / check)`), "flag"];
  const lines = [head];
  for (const rule of rules) {
    const cells = corpora.map((c) => {
      const r = result[c][rule];
      if (!r || r.better + r.worse === 0) return "·";
      return `+${r.better} −${r.worse} (${f(r.tune)} / ${f(r.check)})`;
    });
    // A rule that helps two pages or fewer of one corpus and none elsewhere fits pages, not a family.
    const helped = corpora.filter((c) => (result[c][rule]?.better ?? 0) > 0);
    const small = helped.length === 1 && result[helped[0]][rule].better <= 2;
    const hurts = corpora.some((c) => (result[c][rule]?.worse ?? 0) > (result[c][rule]?.better ?? 0));
    const flag = [small ? "≤ 2 pages" : "", hurts ? "hurts more than helps" : "", helped.length === 0 ? "helps none" : ""].filter(Boolean).join(", ");
    lines.push([`\`${rule}\``, familyOf(rule), ...cells, flag]);
  }
  if (markdown) return lines.map((l, i) => `| ${l.join(" | ")} |${i === 0 ? `\n|${l.map(() => " --- |").join("")}` : ""}`).join("\n");
  const w = head.map((_, i) => Math.max(...lines.map((l) => String(l[i]).length)));
  return lines.map((l) => l.map((c, i) => String(c).padEnd(w[i])).join("  ")).join("\n");
}

async function main() {
  if (args[0] === "--child") return child(args[1], args[2]);
  const corpora = join(SHARED, "corpus");
  const out = resolve(opt("--out") ?? join(root, ".eval/audit"));
  mkdirSync(out, { recursive: true });
  const names = readdirSync(corpora).filter((n) => existsSync(join(corpora, n, "truth.json")) && (!opt("--corpus") || n === opt("--corpus")));
  const result = {};
  // Two corpora at a time (the machine has 2 cores), the biggest first.
  const queue = names.reverse();
  await Promise.all([0, 1].map(async () => {
    for (let name = queue.shift(); name; name = queue.shift()) {
      const dir = join(corpora, name), file = join(out, `${name}.jsonl`);
      if (!args.includes("--reuse") || !existsSync(file)) await run(process.execPath, [fileURLToPath(import.meta.url), "--child", dir, file], { maxBuffer: 1 << 26 });
      const rows = readFileSync(file, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
      const { truth, per } = await scorePages(dir, rows, join(out, `score-${name}`));
      result[name] = auditCorpus(rows, truth, per);
    }
  }));
  const sorted = Object.fromEntries(Object.keys(result).sort().map((k) => [k, result[k]]));
  writeFileSync(join(out, "audit.json"), JSON.stringify(sorted, null, 2));
  console.log(table(sorted, args.includes("--markdown")));
}

await main();
