/**
 * Readability's tag queries by the DOM's index by tag (src/cli/tag-query.ts): the same elements, in the same
 * order, as the selector engine gives, for every tag list the installed Readability asks for; and
 * the same article out of the CLI's extraction with and without it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Readability } from "@mozilla/readability";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { extract, plainReadability } from "../../src/core/extract.ts";
import { elementsWithTags, walkTagQueries } from "../../src/cli/tag-query.ts";

const FIXTURES = new URL("../fixtures/", import.meta.url).pathname;
const pages = [
  ...readdirSync(`${FIXTURES}sites`).map((f) => `${FIXTURES}sites/${f}`),
  ...readdirSync(`${FIXTURES}reader`).map((f) => `${FIXTURES}reader/${f}`),
].filter((f) => f.endsWith(".html"));

/** Every tag list the installed Readability passes to _getAllNodesWithTag, read from its source. */
function readabilityTagLists(): string[][] {
  const source = readFileSync(createRequire(import.meta.url).resolve("@mozilla/readability/Readability.js"), "utf8");
  const lists = [...source.matchAll(/_getAllNodesWithTag\(\s*\w+,\s*\[([^\]]*)\]/g)].map((m) =>
    [...m[1]!.matchAll(/"([^"]+)"/g)].map((q) => q[1]!),
  );
  return lists.filter((l) => l.length > 0);
}

describe("elementsWithTags", () => {
  const lists = readabilityTagLists();

  it("replaces a method the installed Readability has, and the lists it asks for are known", () => {
    expect(typeof (Readability.prototype as unknown as Record<string, unknown>)._getAllNodesWithTag).toBe("function");
    expect(lists.length).toBeGreaterThan(10);
    const reader = walkTagQueries(new Readability(new JSDOM("<p>x</p>").window.document));
    expect((reader as unknown as Record<string, unknown>)._getAllNodesWithTag).toBe(elementsWithTags);
  });

  it.each(pages.map((p) => [p.slice(FIXTURES.length)]))("answers as querySelectorAll does on %s (document and elements, every list)", (rel) => {
    const doc = new JSDOM(readFileSync(`${FIXTURES}${rel}`, "utf8")).window.document;
    const roots: (Document | Element)[] = [doc, doc.body, ...Array.from(doc.querySelectorAll("article, main, div")).slice(0, 5)];
    for (const root of roots) {
      for (const tags of [...lists, ["h1", "h2"], ["ul", "ol"], ["p", "pre", "td"]]) {
        expect(Array.from(elementsWithTags(root, tags))).toEqual(Array.from(root.querySelectorAll(tags.join(","))));
      }
    }
  });

  it("is a static list: removing what it found does not change it", () => {
    const doc = new JSDOM("<div><p>a</p><p>b</p><br><p>c</p></div>").window.document;
    const found = elementsWithTags(doc, ["p"]);
    for (const p of Array.from(found)) p.remove();
    expect(found.length).toBe(3);
    expect(Array.from(found, (p) => p.textContent)).toEqual(["a", "b", "c"]);
  });
});

describe("extract and plain Readability on a host that walks tag queries (the CLI's)", () => {
  it.each(pages.map((p) => [p.slice(FIXTURES.length)]))("give the same article on %s", (rel) => {
    const html = readFileSync(`${FIXTURES}${rel}`, "utf8");
    const run = (read: typeof extract, walk: boolean) => {
      try {
        const host = walk ? { prepareReadability: walkTagQueries } : {};
        const a = read(new JSDOM(html, { url: "https://example.com/a" }).window.document, null, { host });
        return { title: a.title, html: a.contentHtml, removed: a.removed };
      } catch (e) {
        return { error: (e as Error).message };
      }
    };
    expect(run(extract, true)).toEqual(run(extract, false));
    expect(run(plainReadability, true)).toEqual(run(plainReadability, false));
  });
});
