#!/usr/bin/env node
// npm run docs:figures: rewrites the figure tables of docs/BENCHMARKS.md from the last runs, so the
// figures are never edited by hand run by run. Each table sits between marker comments:
//   <!-- figures:eval -->  … <!-- /figures:eval -->    from .eval/summary.json   (npm run eval)
//   <!-- figures:bench --> … <!-- /figures:bench -->   from .bench/latest*.json  (npm run bench: parts 1–4)
//   <!-- figures:cost -->  … <!-- /figures:cost -->    from .bench/latest*.json  (part 5, --parts cost)
// Everything outside the markers (the method, what the figures do not say) is hand-written and left
// exactly as it is. A section whose input is missing keeps its old table, and the script says so.
// A run of some parts only writes .bench/latest-<parts>.json: each part is taken from the newest
// file that has it.
//   node scripts/bench-docs.mjs [--doc FILE] [--eval FILE] [--bench DIR] [--check]
// --check: exit 1 when the doc is not what the inputs make (nothing written).
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

/** The project's goals (the issues'), not measured: the column the figures are read against. */
export const EVAL_TARGETS = {
  "indonesian-dev": { body: 0.96, keptAll: true, removed: 0.98 },
  "indonesian-modern-dev": { body: 0.97, keptAll: true, removed: 0.98 },
  "scrapinghub-dev": { body: 0.975 },
  "trafilatura-dev": { snippets: 0.94 },
};
const CLUTTER = ["related", "social", "promo"];

/** .917 for 0.9169…; "–" when there is no figure. */
const f3 = (x) => (typeof x === "number" ? x.toFixed(3).replace(/^0\./, ".") : "–");
const mark = (met) => (met === undefined ? "" : met ? " ✓" : " ✗");
const row = (cells) => `| ${cells.join(" | ")} |`;

/** `with` snippets kept, and related + social + promo snippets removed, of one variant's score. */
function snippetCounts(score) {
  const kept = { n: score.snippets.tp, of: score.snippets.tp + score.snippets.fn };
  let total = 0, left = 0;
  for (const tag of CLUTTER) {
    const t = score.withoutByTag?.[tag];
    if (t) [total, left] = [total + t.total, left + t.kept];
  }
  return { kept, removed: { n: total - left, of: total } };
}

/**
 * The rows of one corpus: its F1 (with the split's halves), and for the annotated ones what was kept
 * and removed. `generic`: whether the table has the column of Jernih without site packs.
 */
function corpusRows(name, s, generic) {
  const target = EVAL_TARGETS[name] ?? {};
  const metric = s.ours.body ? "body" : "snippets";
  const f1 = (v) => s[v]?.[metric]?.f1;
  const halves = s.halves ? `${f3(s.halves.tune?.[metric]?.f1)} / ${f3(s.halves.check?.[metric]?.f1)}` : "–";
  const goal = target[metric];
  const cells = (label, raw, ours, gen, split, goal) => row([label, raw, ours, ...(generic ? [gen] : []), split, goal]);
  const rows = [cells(`${name} · ${metric} F1`, f3(f1("raw")), `**${f3(f1("ours"))}**`, f3(f1("generic")), halves,
    goal === undefined ? "" : `≥ ${f3(goal)}${mark(f1("ours") >= goal)}`)];
  if (metric === "body" && s.ours.snippets && s.ours.withoutByTag) {
    const [ours, raw] = [snippetCounts(s.ours), s.raw ? snippetCounts(s.raw) : null];
    const gen = s.generic ? snippetCounts(s.generic) : null;
    const of = (c) => (c ? `${c.n} of ${c.of}` : "–");
    rows.push(cells(`${name} · \`with\` snippets kept`, of(raw?.kept), `**${of(ours.kept)}**`, of(gen?.kept), "",
      target.keptAll ? `all${mark(ours.kept.n === ours.kept.of)}` : ""));
    rows.push(cells(`${name} · related + social + promo removed`, of(raw?.removed), `**${of(ours.removed)}**`, of(gen?.removed), "",
      target.removed ? `≥ ${Math.round(target.removed * 100)} %${mark(ours.removed.n >= target.removed * ours.removed.of)}` : ""));
  }
  return rows;
}

/** The quality table from .eval/summary.json (scripts/eval.mjs). */
export function evalTable(summary) {
  const names = Object.keys(summary).sort().filter((n) => summary[n].ours);
  const generic = names.some((n) => summary[n].generic);
  const head = ["corpus · metric", "plain Readability", "Jernih", ...(generic ? ["Jernih without site packs"] : []), "Jernih tune / check", "target"];
  const lines = [row(head), row(head.map(() => "---"))];
  for (const name of names) lines.push(...corpusRows(name, summary[name], generic));
  return lines.join("\n");
}

/** The parts of the bench, each from the newest of the runs given that has it (runs: parsed latest*.json). */
export function newestParts(runs) {
  const parts = {};
  const sorted = [...runs].sort((a, b) => String(a.date).localeCompare(String(b.date)));
  for (const run of sorted) {
    for (const key of ["speed", "memory", "contentScript", "browserMemory", "fullCost"]) {
      if (run[key] && !run[key].skipped) parts[key] = { ...run[key], date: run.date, loadAverage: run.loadAverage };
    }
  }
  return parts;
}

const day = (iso) => String(iso ?? "").slice(0, 10);
const ratios = (x) => `median ${x.medianRatio}×, all pages together ${x.totalRatio}×, highest ${x.maxRatio}×`;

function speedRow(s) {
  const what = `CLI speed against plain Readability + jsdom (${s.pages} corpus pages, two passes a side; Readability ${s.plain.msPerPage} ms/page + JSDOM parse ${s.plain.parseMsPerPage}; Jernih ${s.jernih.msPerPage} ms/page + guards ${s.jernih.guardMsPerPage} + parse ${s.jernih.parseMsPerPage})`;
  return row([what, `**${s.ratio}×** (${s.jernih.pagesPerSecond} against ${s.plain.pagesPerSecond} pages/s)`, `≥ 1×${mark(s.ratio >= 1)}`, day(s.date)]);
}

function memoryRow(m) {
  const heap = m.heapMbAfterGc;
  return row([`heap after GC along a ${m.pages}-page CLI batch (${m.distinctPages} distinct pages repeated)`,
    `${m.growth.percent > 0 ? "+" : ""}${m.growth.percent} % from page ${m.growth.from} to ${m.growth.to} (${heap[m.growth.from]} → ${heap[m.growth.to]} MB; peak RSS ${m.peakRssMb} MB)`,
    "flat", day(m.date)]);
}

function contentRows(c) {
  const n = c.rows?.length ?? 0;
  return [
    row([`content-script main-thread time, in thread time, against one cold Readability parse after load (${n} pages, median of ${c.reps} loads)`,
      `**${ratios(c.cpu)}**`, `≤ 1.5× (median and all)${mark(c.cpu.medianRatio <= 1.5 && c.cpu.totalRatio <= 1.5)}`, day(c.date)]),
    row(["the same against the parse at DOMContentLoaded of a load", ratios(c.cpu.atLoad), "", day(c.date)]),
    row(["the same in wall time", `${ratios(c.wall)}; against the parse at DOMContentLoaded ${ratios(c.wall.atLoad)}`, "", day(c.date)]),
  ];
}

function feedRow(bm) {
  const sign = bm.extraGrowthMb > 0 ? "+" : "";
  return row([`content-script memory, endless feed of ${bm.rounds} stories (JS heap after GC)`,
    `${sign}${bm.extraGrowthMb} MB against the page alone (${bm.withExtension.startMb} → ${bm.withExtension.endMb} MB with Jernih, ${bm.without.startMb} → ${bm.without.endMb} without)`,
    "flat", day(bm.date)]);
}

/** Parts 1–4 of the bench: one table, each row dated by the run it comes from. */
export function benchTable(parts) {
  const lines = [row(["measure", "Jernih", "target", "run"]), row(["---", "---", "---", "---"])];
  if (parts.speed) lines.push(speedRow(parts.speed));
  if (parts.memory) lines.push(memoryRow(parts.memory));
  if (parts.contentScript?.cpu) lines.push(...contentRows(parts.contentScript));
  if (parts.browserMemory) lines.push(feedRow(parts.browserMemory));
  return lines.length > 2 ? lines.join("\n") : null;
}

/** Part 5 of the bench: the full main-thread cost, one row for its latest run. */
export function costTable(parts) {
  const f = parts.fullCost;
  if (!f?.totalMs) return null;
  const build = `${day(f.date)}, build of ${f.commit}${f.srcChangedSinceCommit ? " + uncommitted `src/`" : ""}, ${f.rows.length} pages × ${f.rounds} rounds, load ${f.loadAverage?.[0] ?? "?"} at start`;
  return [
    row(["run", "full cost, all pages (Σ cost / Σ parse)", "per page: median (range)", "our JS alone, all / median", "full cost against the parse without profiler, all / median", "target"]),
    row(["---", "---", "---", "---", "---", "---"]),
    row([build, `**${f.totalRatio}×** (${f.totalMs.cost} / ${f.totalMs.readability} ms)`, `${f.medianRatio}× (${f.minRatio}–${f.maxRatio}×)`,
      `${f.ourJs.totalRatio}× / ${f.ourJs.medianRatio}×`, `${f.unprofiled.totalRatio}× / ${f.unprofiled.medianRatio}×`, `≤ 1.5×${mark(f.totalRatio <= 1.5)}`]),
  ].join("\n");
}

/**
 * `doc` with the text between `<!-- figures:NAME -->` and `<!-- /figures:NAME -->` replaced by
 * `body` (a blank line either side); everything else byte for byte. Throws when the markers are
 * missing or out of order: a table with nowhere to go is a mistake to hear about.
 */
export function replaceSection(doc, name, body) {
  const open = `<!-- figures:${name} -->`, close = `<!-- /figures:${name} -->`;
  const a = doc.indexOf(open), b = doc.indexOf(close);
  if (a < 0 || b < a) throw new Error(`docs: no ${open} … ${close} pair`);
  if (doc.indexOf(open, a + 1) >= 0) throw new Error(`docs: ${open} twice`);
  return `${doc.slice(0, a + open.length)}\n${body}\n${doc.slice(b)}`;
}

/** The doc with every section whose input is given rewritten; `notes` says what was kept and why. */
export function renderDoc(doc, { summary, runs }) {
  const notes = [];
  const parts = newestParts(runs ?? []);
  const sections = [
    ["eval", summary ? evalTable(summary) : null, ".eval/summary.json (npm run eval)"],
    ["bench", benchTable(parts), ".bench/latest.json with parts 1–4 (npm run bench)"],
    ["cost", costTable(parts), ".bench/latest*.json with part 5 (npm run bench -- --parts cost)"],
  ];
  let out = doc;
  for (const [name, body, source] of sections) {
    if (body) out = replaceSection(out, name, body);
    else notes.push(`figures:${name} kept as it was: no ${source}`);
  }
  return { doc: out, notes };
}

/** Every .bench/latest*.json of `dir`, parsed. */
export function readRuns(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((n) => /^latest(-[\w-]+)?\.json$/.test(n)).map((n) => JSON.parse(readFileSync(join(dir, n), "utf8")));
}

function cli() {
  const root = resolve(import.meta.dirname, "..");
  const { values: o } = parseArgs({ options: { doc: { type: "string" }, eval: { type: "string" }, bench: { type: "string" }, check: { type: "boolean" } } });
  const docPath = resolve(o.doc ?? join(root, "docs/BENCHMARKS.md"));
  const evalPath = resolve(o.eval ?? join(root, ".eval/summary.json"));
  const summary = existsSync(evalPath) ? JSON.parse(readFileSync(evalPath, "utf8")) : null;
  const before = readFileSync(docPath, "utf8");
  const { doc, notes } = renderDoc(before, { summary, runs: readRuns(resolve(o.bench ?? join(root, ".bench"))) });
  for (const n of notes) console.error(n);
  if (o.check) {
    console.log(doc === before ? `${docPath}: figures up to date` : `${docPath}: figures out of date (npm run docs:figures)`);
    process.exitCode = doc === before ? 0 : 1;
    return;
  }
  if (doc !== before) writeFileSync(docPath, doc);
  console.log(doc === before ? `${docPath}: unchanged` : `${docPath}: figures rewritten`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) cli();
