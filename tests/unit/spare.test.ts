/**
 * What the cleaner leaves in the article although a line rule would take it (src/core/spare.ts),
 * on a page written for this repository (tests/fixtures/spare/): a health article whose references
 * are numbered links inside its sentences and which gives a date inside a sentence; the page's
 * own date line and a gallery counter standing alone still go.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core/extract.ts";
import { squash } from "../../src/core/text.ts";

const load = (name: string) => new JSDOM(readFileSync(join(import.meta.dirname, "../fixtures/spare", `${name}.html`), "utf8")).window.document;
const read = (name: string, ruleOff?: (rule: string) => boolean) => squash(extract(load(name), null, { ruleOff }).text);

describe("a number or a date inside a sentence is part of it", () => {
  it("keeps the numbered references and the date of a sentence", () => {
    const text = read("references");
    expect(text).toContain("to fall asleep (1).");
    expect(text).toContain("in the afternoon (2, 3).");
    expect(text).toContain("no coffee after lunch (4).");
    expect(text).toContain("first published on November 19, 2023, and its authors");
  });

  it("is the rule that does it: without it the references go as gallery counters, the date as a date line", () => {
    const text = read("references", (r) => r === "spare:in-sentence");
    expect(text).toContain("to fall asleep ().");
    expect(text).toContain("first published on , and its authors");
  });

  it("still takes the page's date line and a counter standing alone", () => {
    const text = read("references");
    expect(text).not.toContain("June 3, 2024");
    expect(text).not.toContain("at all. 3 Caffeine");
    expect(text).toContain("at all. Caffeine late in the day");
  });
});
