/**
 * A page that keeps a copy of its article for search engines (schema.org microdata in a box the
 * markup hides) and a header bar that holds the logo, the search and the follow icons in one row
 * (tests/fixtures/live/news/seo-copy.html, own words, modelled on a magazine template): the live
 * page protects the article people see, never the hidden copy, and a share row never grows into
 * the header's logo, section name and search.
 */
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { findArticleRoot } from "../../src/core/live-shapes.ts";
import type { Hit } from "../../src/core/types.ts";
import { liveHits } from "./live-hits.ts";

const FIXTURE = readFileSync(new URL("../fixtures/live/news/seo-copy.html", import.meta.url), "utf8");
const URL_ = "https://www.example-tribune.com/science/2025/11/five-things-in-science-2025-11";
const load = (html = FIXTURE) => new JSDOM(html, { url: URL_ }).window.document;
const hiddenBy = (hs: Hit[], el: Element) => hs.find((h) => h.el === el || h.el.contains(el));

describe("a page with a hidden copy of its article and a one-bar header", () => {
  const doc = load();
  const hits = liveHits(doc);

  it("hides the header's follow icons and the share row under the story, as social", () => {
    const clutter = Array.from(doc.querySelectorAll("[data-clutter]"));
    expect(clutter.length).toBe(2);
    for (const el of clutter) expect(hiddenBy(hits, el)?.category, el.className).toBe("social");
  });

  it("keeps every paragraph and headline of the list article, its title and byline, the logo, the section, the search and the footer", () => {
    for (const el of Array.from(doc.querySelectorAll("[data-para], [data-keep], .story-text h2"))) {
      expect(hits.filter((h) => h.el === el || h.el.contains(el)).map((h) => h.rule), el.textContent!.trim().slice(0, 40)).toEqual([]);
    }
  });

  it("takes the visible article as the article, not the copy the markup hides", () => {
    expect(findArticleRoot(doc)?.className).toBe("story-text");
  });

  it("skips a body mark inside a hidden box, whether an inline style or the hidden attribute hides it", () => {
    const body = (attrs: string) => `<div ${attrs}><div itemprop="articleBody">${"Hidden copy of the story for feeds. ".repeat(8)}</div></div>`;
    const visible = `<div class="shown"><p>${"The story as people read it, one long paragraph of prose. ".repeat(4)}</p><p>${"Another paragraph of the same story, long enough to count. ".repeat(3)}</p></div>`;
    for (const attrs of ['style="display: none !important"', 'style="color: red; visibility:hidden"', "hidden"]) {
      const page = load(`<!doctype html><body>${body(attrs)}${visible}</body>`);
      expect(findArticleRoot(page)?.className, attrs).toBe("shown");
    }
    const shown = load(`<!doctype html><body>${body('style="display: block"')}${visible}</body>`);
    expect(findArticleRoot(shown)?.getAttribute("itemprop")).toBe("articleBody");
  });
});
