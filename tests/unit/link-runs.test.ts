/**
 * Runs of link lines (src/core/link-runs.ts), on pages written for this repository
 * (tests/fixtures/link-runs/): three paragraphs that are each one link to another story, below the
 * last paragraph (an empty ad box between two of them); a "More:" box of three headline links
 * between paragraphs; and near misses: one linked line (a timetable) closing an article, and two
 * linked report titles that the article introduces between its paragraphs.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core/extract.ts";
import { squash } from "../../src/core/text.ts";

const load = (name: string) => new JSDOM(readFileSync(join(import.meta.dirname, "../fixtures/link-runs", `${name}.html`), "utf8")).window.document;
const read = (name: string, ruleOff?: (rule: string) => boolean) => squash(extract(load(name), null, { ruleOff }).text);
const teasers = ["Choirs make the best of the sports hall", "Cathedral roof repairs finished at last", "The ten carols our readers love most"];

describe("a run of one-link paragraphs after the article is a related list", () => {
  it("leaves the run out and keeps the article to its last paragraph", () => {
    const text = read("related-run");
    for (const t of teasers) expect(text).not.toContain(t);
    expect(text).toContain("free to anyone who turns up.");
  });

  it("is the rule that does it: without it the links close the article", () => {
    const text = read("related-run", (r) => r === "shape:related:link-run");
    for (const t of teasers) expect(text).toContain(t);
  });
});

describe("one linked line is no list", () => {
  it("keeps a single link closing the article", () => {
    expect(read("single-link")).toContain("Sunday timetable for route 12");
  });
});

describe("between paragraphs, three link lines in a row are a related box; two may be the article's", () => {
  it("leaves out a box of three headline links between two paragraphs", () => {
    const text = read("mid-run");
    expect(text).not.toContain("The new race to the moon, explained");
    expect(text).not.toContain("Landing test passed for next year's Mars mission");
    expect(text).toContain("within three years.");
  });

  it("keeps two linked report titles that the article introduces", () => {
    const text = read("mid-run");
    expect(text).toContain("Lander capabilities review, 2024");
    expect(text).toContain("Lunar science priorities for the next decade");
  });
});
