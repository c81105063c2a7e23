/**
 * Captions whose box Readability collapses (src/core/caption-marks.ts), on pages written for this
 * repository (tests/fixtures/captions/): a caption box holding one paragraph, and one holding only
 * inline text, each turned into a bare paragraph by Readability. The near miss: a long paragraph in
 * a box whose class merely mentions captions is prose, and stays.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core/extract.ts";
import { squash } from "../../src/core/text.ts";

const load = (name: string) => new JSDOM(readFileSync(join(import.meta.dirname, "../fixtures/captions", name), "utf8")).window.document;
const read = (name: string, ruleOff?: (rule: string) => boolean) => extract(load(name), null, { ruleOff });

describe("a caption whose box Readability collapses into a paragraph", () => {
  it("is left out of the article's text, and the article's paragraphs stay", () => {
    const text = squash(read("collapsed-captions.html").text);
    expect(text).not.toContain("The ferry at the mainland dock on Friday evening");
    expect(text).not.toContain("Photo: Harbour Post");
    expect(text).not.toContain("Passengers on the upper deck");
    expect(text).toContain("The night ferry to the island ran again on Friday");
    expect(text).toContain("Islanders who work late on the mainland");
    expect(text).toContain("A second night crossing on Saturdays");
  });

  it("stays in the article's HTML, beside its picture", () => {
    const a = read("collapsed-captions.html");
    expect(a.contentHtml).toContain("The ferry at the mainland dock on Friday evening");
    expect(a.contentHtml).not.toContain("data-jernih-caption");
  });

  it("is the rule that does it: without it both captions are read as paragraphs", () => {
    const text = squash(read("collapsed-captions.html", (r) => r === "pick:caption-marks").text);
    expect(text).toContain("The ferry at the mainland dock on Friday evening");
    expect(text).toContain("Passengers on the upper deck");
  });
});

describe("near miss: a long paragraph in a box whose class mentions captions", () => {
  it("is prose, and stays in the text", () => {
    const text = squash(read("caption-near-miss.html").text);
    expect(text).toContain("The keeper's first entry of the year reads like a short letter");
    expect(text).toContain("Every morning at six the keeper");
  });
});
