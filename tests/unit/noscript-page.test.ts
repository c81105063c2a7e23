/**
 * A page sent whole in its <noscript> fallback (src/core/noscript-page.ts), on pages written for
 * this repository (tests/fixtures/noscript/): where the host parses <noscript> as markup (jsdom,
 * scripts off), the fallback that holds the page is read; Readability alone drops it and finds no
 * article. Near misses: a tracking pixel's <noscript> and a "turn on JavaScript" note beside an
 * article stay out.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core/extract.ts";
import { unwrapNoscriptPage } from "../../src/core/noscript-page.ts";
import { squash } from "../../src/core/text.ts";

const load = (name: string) => new JSDOM(readFileSync(join(import.meta.dirname, "../fixtures/noscript", name), "utf8")).window.document;
const read = (name: string, ruleOff?: (rule: string) => boolean) => extract(load(name), null, { ruleOff });

describe("a page held in its <noscript> fallback", () => {
  it("is read from the fallback", () => {
    const text = squash(read("page-in-noscript.html").text);
    expect(text).toContain("Seven pairs of ospreys raised chicks on the reserve this summer");
    expect(text).toContain("when they are old enough to breed");
    expect(text).not.toContain("Privacy");
  });

  it("is the rule that does it: without it there is no article", () => {
    expect(() => read("page-in-noscript.html", (r) => r === "pick:noscript-page")).toThrow();
  });
});

describe("near misses", () => {
  it("a tracking pixel's <noscript> and a note asking for JavaScript beside the article stay out", () => {
    const doc = load("noscript-near-misses.html");
    expect(unwrapNoscriptPage(doc)).toBe(0);
    const text = squash(read("noscript-near-misses.html").text);
    expect(text).not.toContain("needs JavaScript");
    expect(text).toContain("Seven pairs of ospreys raised chicks");
  });

  it("where scripts run, the <noscript> holds its markup as text, and nothing is done", () => {
    const doc = load("page-in-noscript.html");
    // A browser with scripts on parses a <noscript>'s content as one text node.
    const box = doc.querySelector("noscript")!;
    box.textContent = box.innerHTML;
    expect(unwrapNoscriptPage(doc)).toBe(0);
  });
});
