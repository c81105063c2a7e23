/**
 * Teaser cards after the article (src/core/teasers.ts), on fixture pages written for this repository
 * (tests/fixtures/teasers/): an article closing with cards of other stories, each a headline link
 * and a blurb as long as a paragraph; and near misses that are the article's own (a list of links
 * with a sentence each, boxes of the article's sections, a closing paragraph).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core/extract.ts";
import { squash } from "../../src/core/text.ts";

const load = (name: string) =>
  new JSDOM(readFileSync(join(import.meta.dirname, "../fixtures/teasers", `${name}.html`), "utf8")).window.document;
const read = (name: string, ruleOff?: (rule: string) => boolean) => extract(load(name), null, { ruleOff });
const RULE = "shape:related:teaser-cards";

describe("teaser cards after the article", () => {
  const cards = ["Lighthouse opens its doors", "climb the hundred and twelve steps", "Fish market moves", "Sailing school counts"];

  it("leaves the cards out and keeps the article to its last paragraph", () => {
    const a = read("cards-after-article");
    const text = squash(a.text);
    expect(text).toContain("The island ferry will leave the harbour every ninety minutes");
    expect(text).toContain("when the second boat comes back from its repairs in the dry dock on the mainland.");
    for (const c of cards) expect(text).not.toContain(c);
    expect(a.removed.filter((r) => r.rule === RULE)).toHaveLength(3);
  });

  it("is the rule that does it: without it the reader gets the cards", () => {
    const text = squash(read("cards-after-article", (r) => r === RULE).text);
    for (const c of cards) expect(text).toContain(c);
  });
});

describe("the article's own links and boxes stay", () => {
  it("keeps a closing list of links with a sentence each, the section boxes and the closing paragraph", () => {
    const a = read("article-own-links");
    const text = squash(a.text);
    expect(text).toContain("answers questions about bills on weekday mornings");
    expect(text).toContain("sends volunteers to check windows and doors");
    expect(text).toContain("keeps a list of neighbours who will collect prescriptions");
    expect(text).toContain("Bring your last two bills");
    expect(text).toContain("If you know of other help that we have missed");
    expect(a.removed.filter((r) => r.rule === RULE)).toEqual([]);
  });
});
