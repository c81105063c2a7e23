/**
 * Runs of single-link blocks after the article (src/core/link-runs.ts), on a fixture page written
 * for this repository (tests/fixtures/link-runs/): teasers set as one link per paragraph after the
 * last paragraph, and near misses (one-link lines between paragraphs, a single closing link line).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core/extract.ts";
import { squash } from "../../src/core/text.ts";

const load = () =>
  new JSDOM(readFileSync(join(import.meta.dirname, "../fixtures/link-runs/read-on-lines.html"), "utf8")).window.document;
const read = (ruleOff?: (rule: string) => boolean) => extract(load(), null, { ruleOff });
const RULE = "shape:related:link-run";
const teasers = ["Cider festival returns", "Beekeepers move their hives", "New farm shop opens"];

describe("a run of one-link paragraphs after the article", () => {
  it("leaves the run out, across an empty embed frame", () => {
    const a = read();
    const text = squash(a.text);
    for (const t of teasers) expect(text).not.toContain(t);
    expect(a.removed.filter((r) => r.rule === RULE)).toHaveLength(3);
  });

  it("is the rule that does it: without it the run stays", () => {
    const text = squash(read((r) => r === RULE).text);
    for (const t of teasers) expect(text).toContain(t);
  });

  it("keeps one-link lines between the paragraphs and a single closing link line", () => {
    const text = squash(read().text);
    expect(text).toContain("The growers' harvest calendar for this year");
    expect(text).toContain("The pickers' rates agreed in June");
    expect(text).toContain("Read the growers' full report");
    expect(text).toContain("Growers say the crop is smaller but sweeter");
  });
});
