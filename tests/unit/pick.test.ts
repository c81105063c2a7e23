/**
 * A pick beside the article (src/core/pick.ts), on fixture pages written for this repository
 * (tests/fixtures/pick/): a blog post of short paragraphs under an advertiser disclosure whose
 * comma-heavy paragraphs Readability alone scores higher; and pages where Readability's pick is the
 * article and must stay so.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core/extract.ts";
import { squash } from "../../src/core/text.ts";

const load = (dir: string, name: string) =>
  new JSDOM(readFileSync(join(import.meta.dirname, "../fixtures", dir, `${name}.html`), "utf8")).window.document;
const read = (dir: string, name: string, ruleOff?: (rule: string) => boolean) => squash(extract(load(dir, name), null, { ruleOff }).text);

describe("the article, not the box Readability kept beside it", () => {
  const post = ["The airline now joins the alliance on the last day of March.", "We will update this post when the charts are out."];

  it("reads the post's paragraphs, first to last, and leaves the disclosure out", () => {
    const text = read("pick", "disclosure-beside-post");
    for (const line of post) expect(text).toContain(line);
    expect(text).not.toContain("Advertiser disclosure");
  });

  it("is the rule that does it: without it the reader gets the disclosure alone", () => {
    const text = read("pick", "disclosure-beside-post", (r) => r === "pick:prose-centre");
    expect(text).toContain("Advertiser disclosure");
    expect(text).not.toContain(post[0]);
  });
});

describe("a pick that is the article stays", () => {
  it("keeps Readability's reading when the page's longest prose box is in it", () => {
    const text = read("pick", "article-with-teasers");
    expect(text).toContain("The night market is back at the old bus station");
    expect(text).not.toContain("The central library will stay open");
  });
});
