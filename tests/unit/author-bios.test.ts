/**
 * Author bios after the article (src/core/author-bios.ts), on a page written for this repository
 * (tests/fixtures/author-bios/): a blog post closed by a box about its writer, named for an author in
 * its class. The near miss: the writer's own note between the post's paragraphs, in a box whose
 * class also names the author, is part of the post and stays.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { authorBios } from "../../src/core/author-bios.ts";
import { extract } from "../../src/core/extract.ts";
import { squash } from "../../src/core/text.ts";

const html = readFileSync(join(import.meta.dirname, "../fixtures/author-bios/closing-bio.html"), "utf8");
const load = () => new JSDOM(html).window.document;
const read = (ruleOff?: (rule: string) => boolean) => squash(extract(load(), null, { ruleOff }).text);

describe("an author's bio after the article", () => {
  it("is left out, and the post stays whole", () => {
    const text = read();
    expect(text).not.toContain("Mira gardens on a city balcony");
    expect(text).not.toContain("More posts by Mira Okonkwo");
    expect(text).toContain("Most advice about tomatoes starts with a warning");
    expect(text).toContain("Painting mine took an afternoon");
  });

  it("is the rule that does it: without it the bio closes the article", () => {
    const text = read((r) => r === "shape:credits:author-bio");
    expect(text).toContain("Mira gardens on a city balcony");
  });
});

describe("near miss: the writer's note inside the post", () => {
  it("stays in the text, and the rule does not offer it", () => {
    expect(read()).toContain("I wrote this after three summers of trying");
    const doc = load();
    const found = authorBios(doc.body).map((el) => el.getAttribute("class"));
    expect(found).toEqual(["entry-author-bio"]);
  });

  it("takes nothing from a page whose author box stands above the article", () => {
    const doc = new JSDOM(`<div><div class="post-author"><a href="/a">Mira Okonkwo</a> writes about small gardens.</div>
      <p>${"A paragraph of the post that is long enough to count as its prose, about pots and light. ".repeat(2)}</p></div>`).window.document;
    expect(authorBios(doc.body)).toEqual([]);
  });
});

/*
 * A bio box that only schema.org names (a plugin's class, `itemprop="author"` on a `Person`), on a
 * page written for this repository: it goes after the article; the same mark on a byline above
 * the article is not after it, and stays.
 */
describe("a bio box marked up as the article's author (schema.org Person)", () => {
  const page = readFileSync(join(import.meta.dirname, "../fixtures/author-bios/schema-person-bio.html"), "utf8");
  const readPage = (ruleOff?: (rule: string) => boolean) => squash(extract(new JSDOM(page).window.document, null, { ruleOff }).text);
  it("is left out after the article, and the post stays whole", () => {
    const text = readPage();
    expect(text).not.toContain("Mira gardens on a city balcony");
    expect(text).toContain("Most advice about tomatoes starts with a warning");
    expect(text).toContain("Painting mine took an afternoon");
  });
  it("is the rule that does it", () => {
    expect(readPage((r) => r === "shape:credits:author-bio")).toContain("Mira gardens on a city balcony");
  });
  it("the same mark on a byline above the article stays", () => {
    expect(readPage()).toContain("who has grown vegetables on three different balconies");
  });
});
