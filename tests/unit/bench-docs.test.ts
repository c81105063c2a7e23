/**
 * scripts/bench-docs.mjs (npm run docs:figures): the figure tables of docs/BENCHMARKS.md rendered
 * from small eval and bench results written here, and the hand-written text around the markers left
 * exactly as it was.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { benchTable, costTable, evalTable, newestParts, renderDoc, replaceSection } from "../../scripts/bench-docs.mjs";

const score = (f1: number, tp: number, fn: number, related: [number, number], promo: [number, number]) => ({
  body: { f1 }, snippets: { f1: 1, tp, fn }, withoutByTag: { related: { total: related[0], kept: related[1] }, promo: { total: promo[0], kept: promo[1] }, nav: { total: 9, kept: 9 } },
});
const SUMMARY = {
  "indonesian-dev": {
    ours: score(0.9854, 99, 0, [95, 0], [8, 1]),
    raw: score(0.917, 90, 9, [95, 14], [8, 3]),
    halves: { tune: { body: { f1: 0.993 } }, check: { body: { f1: 0.9734 } } },
  },
  "trafilatura-dev": {
    ours: { snippets: { f1: 0.9299 } },
    raw: { snippets: { f1: 0.8964 } },
    halves: { tune: { snippets: { f1: 0.92 } }, check: { snippets: { f1: 0.953 } } },
  },
};
const cells = (table: string, label: string) => table.split("\n").find((l) => l.startsWith(`| ${label} |`))?.split(" | ").slice(1).map((c) => c.replace(/ \|$/, ""));

describe("the quality table", () => {
  const table = evalTable(SUMMARY);
  it("one row per figure: plain Readability, Jernih in bold, the split's halves, the target and whether it is met", () => {
    expect(cells(table, "indonesian-dev · body F1")).toEqual([".917", "**.985**", ".993 / .973", "≥ .960 ✓"]);
    expect(cells(table, "trafilatura-dev · snippets F1")).toEqual([".896", "**.930**", ".920 / .953", "≥ .940 ✗"]);
  });
  it("counts the `with` snippets kept and the related, social and promo snippets removed (other tags left out)", () => {
    expect(cells(table, "indonesian-dev · `with` snippets kept")).toEqual(["90 of 99", "**99 of 99**", "", "all ✓"]);
    // 103 related + promo snippets; Jernih left one promo (102 removed, 99 %), Readability 17.
    expect(cells(table, "indonesian-dev · related + social + promo removed")).toEqual(["86 of 103", "**102 of 103**", "", "≥ 98 % ✓"]);
  });
  it("has the column without site packs only when eval ran that variant", () => {
    expect(table.split("\n")[0]).not.toContain("without site packs");
    const withGeneric = evalTable({ ...SUMMARY, "indonesian-dev": { ...SUMMARY["indonesian-dev"], generic: score(0.97, 99, 0, [95, 2], [8, 1]) } });
    expect(withGeneric.split("\n")[0]).toContain("without site packs");
    expect(cells(withGeneric, "indonesian-dev · body F1")).toEqual([".917", "**.985**", ".970", ".993 / .973", "≥ .960 ✓"]);
    expect(cells(withGeneric, "trafilatura-dev · snippets F1")?.[2]).toBe("–");
  });
});

const RUN = {
  date: "2026-12-02T13:00:00.000Z", loadAverage: [6.1],
  speed: { pages: 80, ratio: 0.93, plain: { pagesPerSecond: 4.2, msPerPage: 112, parseMsPerPage: 124 }, jernih: { pagesPerSecond: 3.9, msPerPage: 150, guardMsPerPage: 2, parseMsPerPage: 90 } },
  memory: { pages: 1000, distinctPages: 21, heapMbAfterGc: { 105: 61, 987: 59 }, peakRssMb: 709, growth: { from: 105, to: 987, percent: -3.3 } },
  contentScript: { skipped: "no build" },
};
const COST_RUN = {
  date: "2026-12-01T08:00:00.000Z", loadAverage: [10.8],
  fullCost: { rows: new Array(46).fill({}), rounds: 3, commit: "b774420", srcChangedSinceCommit: true, totalMs: { cost: 3284.1, readability: 1816.2 }, totalRatio: 1.81,
    medianRatio: 2.02, minRatio: 0.6, maxRatio: 4.4, ourJs: { totalRatio: 1.65, medianRatio: 1.75 }, unprofiled: { totalRatio: 2.34, medianRatio: 2.52 } },
};

describe("the bench tables", () => {
  it("parts 1–4: each measure against its target, dated by its run; a skipped part has no row", () => {
    const table = benchTable(newestParts([RUN]))!;
    expect(table).toContain("| **0.93×** (3.9 against 4.2 pages/s) | ≥ 1× ✗ | 2026-12-02 |");
    expect(table).toContain("| -3.3 % from page 105 to 987 (61 → 59 MB; peak RSS 709 MB) | flat |");
    expect(table).not.toContain("content-script main-thread");
    expect(benchTable(newestParts([]))).toBeNull();
  });
  it("each part from the newest run that has it (a --parts run does not hide the full run's other parts)", () => {
    const older = { ...RUN, date: "2026-11-30T00:00:00.000Z", speed: { ...RUN.speed, ratio: 1.5 } };
    const parts = newestParts([RUN, older, COST_RUN]);
    expect(parts.speed.ratio).toBe(0.93);
    expect(parts.fullCost.date).toBe(COST_RUN.date);
    expect(parts.memory.date).toBe(RUN.date);
  });
  it("part 5: the full cost against its target, with the build it measured", () => {
    const table = costTable(newestParts([COST_RUN]))!;
    expect(table).toContain("| 2026-12-01, build of b774420 + uncommitted `src/`, 46 pages × 3 rounds, load 10.8 at start | **1.81×** (3284.1 / 1816.2 ms) | 2.02× (0.6–4.4×) | 1.65× / 1.75× | 2.34× / 2.52× | ≤ 1.5× ✗ |");
    expect(costTable(newestParts([RUN]))).toBeNull();
  });
});

const DOC = `# Figures

Method: hand-written, with a | pipe | table | of its own.

<!-- figures:eval -->
| old | table |
<!-- /figures:eval -->

Between the sections, more method.
<!-- figures:bench -->
old bench
<!-- /figures:bench -->
<!-- figures:cost -->
old cost
<!-- /figures:cost -->
What the figures do not say.
`;
/** The doc with every generated section emptied: what must not change. */
const outside = (doc: string) => doc.replace(/(<!-- figures:(\w+) -->)[\s\S]*?(<!-- \/figures:\2 -->)/g, "$1$3");

describe("the doc generator", () => {
  it("rewrites the tables between the markers and leaves every byte outside them as it was", () => {
    const { doc, notes } = renderDoc(DOC, { summary: SUMMARY, runs: [RUN, COST_RUN] });
    expect(outside(doc)).toBe(outside(DOC));
    expect(doc).toContain(`<!-- figures:eval -->\n${evalTable(SUMMARY)}\n<!-- /figures:eval -->`);
    expect(doc).not.toMatch(/old (bench|cost)|\| old \| table \|/);
    expect(notes).toEqual([]);
  });
  it("is stable: a second run over its own output changes nothing", () => {
    const once = renderDoc(DOC, { summary: SUMMARY, runs: [RUN, COST_RUN] }).doc;
    expect(renderDoc(once, { summary: SUMMARY, runs: [RUN, COST_RUN] }).doc).toBe(once);
  });
  it("keeps a section whose input is missing, and says so", () => {
    const { doc, notes } = renderDoc(DOC, { summary: null, runs: [COST_RUN] });
    expect(doc).toContain("| old | table |");
    expect(doc).toContain("old bench");
    expect(doc).not.toContain("old cost");
    expect(notes).toHaveLength(2);
    expect(notes.join("\n")).toMatch(/figures:eval kept[\s\S]*figures:bench kept/);
  });
  it("refuses a doc without a section's markers, or with them twice", () => {
    expect(() => replaceSection("no markers", "eval", "x")).toThrow(/figures:eval/);
    expect(() => replaceSection(`${DOC}<!-- figures:eval -->`, "eval", "x")).toThrow(/twice/);
  });
  it("docs/BENCHMARKS.md has the three sections, and only they change", () => {
    const real = readFileSync(new URL("../../docs/BENCHMARKS.md", import.meta.url), "utf8");
    const { doc } = renderDoc(real, { summary: SUMMARY, runs: [RUN, COST_RUN] });
    expect(outside(doc)).toBe(outside(real));
    expect(doc).not.toBe(real);
    for (const name of ["eval", "bench", "cost"]) expect(doc).toContain(`<!-- figures:${name} -->\n|`);
  });
});
