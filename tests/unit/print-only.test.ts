/**
 * Print-only boxes (src/core/print-only.ts) on a page written for this repository
 * (tests/fixtures/print/): a header for the printed page (the page's address, a "printed from"
 * line) inside the article's box; the article's own box carries a class that merely says it prints
 * well, and stays.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core/extract.ts";
import { isPrintOnly } from "../../src/core/print-only.ts";
import { squash } from "../../src/core/text.ts";

const load = () => new JSDOM(readFileSync(join(import.meta.dirname, "../fixtures/print/print-only.html"), "utf8")).window.document;
const read = (ruleOff?: (rule: string) => boolean) => squash(extract(load(), null, { ruleOff }).text);

describe("a header for the printed page is no part of the article", () => {
  it("leaves out the page's address and the printed-from line, and keeps the article", () => {
    const text = read();
    expect(text).not.toContain("https://gazette.example/news/article/");
    expect(text).not.toContain("Printed from");
    expect(text).toContain("A crane the height of a twelve-storey building");
    expect(text).toContain("a second slipway");
  });

  it("is the rule that does it: without it the address and the printed-from line open the article", () => {
    const text = read((r) => r === "prune:print-only");
    expect(text).toContain("https://gazette.example/news/article/");
    expect(text).toContain("Printed from");
  });
});

describe("isPrintOnly", () => {
  const doc = new JSDOM("<div></div>").window.document;
  const withClass = (cls: string) => {
    const el = doc.createElement("div");
    el.setAttribute("class", cls);
    return el;
  };

  it("knows the print-only class names, and not the classes that merely mention print", () => {
    for (const cls of ["print-header", "mosi-print-header --print-only", "visible-print-block", "show-for-print", "cms-print-only", "logo-print"]) {
      expect(isPrintOnly(withClass(cls)), cls).toBe(true);
    }
    for (const cls of ["article-body printable", "print-edition", "btn-print", "print", "hidden-print"]) {
      expect(isPrintOnly(withClass(cls)), cls).toBe(false);
    }
  });
});
