/**
 * Hover cards inside the prose (src/core/hovercards.ts), on a fixture page written for this
 * repository (tests/fixtures/hovercards/): names whose hover card (the name again, a headline link)
 * was printed inline, and near misses that are the prose's own links.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core/extract.ts";
import { squash } from "../../src/core/text.ts";

const load = () =>
  new JSDOM(readFileSync(join(import.meta.dirname, "../fixtures/hovercards/name-cards.html"), "utf8")).window.document;
const read = (ruleOff?: (rule: string) => boolean) => extract(load(), null, { ruleOff });
const RULE = "shape:related:hover-card";

describe("hover cards of names in the text", () => {
  it("reads the sentence with the name once and without the card's headlines", () => {
    const text = squash(read().text);
    expect(text).toContain("put forward by councillor Mara Lind (Greens), who said the lanes");
    expect(text).toContain("Olav Berg voted against");
    expect(text).not.toContain("Lind asks for a bigger budget");
    expect(text).not.toContain("has sat on the transport committee");
  });

  it("is the rule that does it: without it the cards are printed inline", () => {
    const text = squash(read((r) => r === RULE).text);
    expect(text).toContain("Olav BergOlav Berg has sat on the transport committee");
  });

  it("keeps the prose's own links: two links in a row, a bracket, a footnote", () => {
    const a = read();
    const text = squash(a.text);
    expect(text).toContain("The works follow last year's survey"); // the "(PDF)" link after it is the cleaner's older business
    expect(text).toContain("of more than two thousand residents, and Ines Holm (Labour) called them overdue.");
    expect(a.removed.filter((r) => r.rule === RULE)).toHaveLength(2);
  });
});
