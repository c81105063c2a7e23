/**
 * src/core/selector-parts.ts: a selector list taken apart at its top-level commas, each part said to
 * be one compound selector or not (the hiding sheets write compounds as they are, the rest in :is()).
 */
import { describe, expect, it } from "vitest";
import { selectorParts } from "../../src/core/selector-parts.ts";

const compounds = (list: string) => selectorParts(list)?.map((p) => `${p.text}${p.compound ? "" : " (complex)"}`);

describe("selectorParts", () => {
  it("splits at top-level commas only: not inside brackets, quotes or escapes", () => {
    expect(compounds(".a, #b ,[data-x='1,2'], div:not(.c, .d), .md\\,x")).toEqual([".a", "#b", "[data-x='1,2']", "div:not(.c, .d)", ".md\\,x"]);
  });

  it("says which parts have a combinator; white space, > + ~ inside brackets are none", () => {
    expect(compounds(".share > a, .x .y, h2 + ul, h2~ul, li:nth-child(2n+1), [class~=\"ad\"], a[title=\"a b\"], .sp\\ ace")).toEqual([
      ".share > a (complex)", ".x .y (complex)", "h2 + ul (complex)", "h2~ul (complex)", "li:nth-child(2n+1)", '[class~="ad"]', 'a[title="a b"]', ".sp\\ ace",
    ]);
  });

  it("keeps a compound that names the root element in :is() (the sheet's `:root …` scope could not reach it)", () => {
    expect(compounds("html.amp, :root, .html-box, htmlx")).toEqual(["html.amp (complex)", ":root (complex)", ".html-box", "htmlx"]);
  });

  it("leaves out empty parts, and answers null when brackets or quotes do not balance", () => {
    expect(compounds(" .a ,, .b ")).toEqual([".a", ".b"]);
    for (const bad of ["a:not(.b", ".a]", "[x='1]", ".a)"]) expect(selectorParts(bad)).toBeNull();
  });
});
