/**
 * Boxes whose class names a header or footer but which are no part of the site's frame
 * (src/core/shapes/frame.ts), on tests/fixtures/live/news/theme-wrappers.html (own words, modelled
 * on a WordPress magazine theme): a page wrapper named for its header's style, the single post's
 * foot in BEM, a block's variant placed at the foot. What they hold goes; the site's own header and
 * footer, whose links name clutter headings, stay.
 */
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { liveHits } from "./live-hits.ts";

const FIXTURE = readFileSync(new URL("../fixtures/live/news/theme-wrappers.html", import.meta.url), "utf8");
const URL_ = "https://www.kabarteluk.com/2026/12/05/nelayan-tunda-melaut/";
const load = (html = FIXTURE) => new JSDOM(html, { url: URL_ }).window.document;

describe("a theme's wrappers named for the header and footer", () => {
  it("let the sidebar's lists, the related list and the picks under the story go, as related", () => {
    const doc = load();
    const hits = liveHits(doc);
    for (const el of Array.from(doc.querySelectorAll("[data-clutter]"))) {
      expect(hits.find((h) => h.el === el || h.el.contains(el))?.category, el.className).toBe("related");
    }
  });

  it("keep the story, the site's header and its footer (whose columns name Terpopuler and Berita Terkini)", () => {
    const doc = load();
    const hits = liveHits(doc);
    for (const el of Array.from(doc.querySelectorAll("[data-para], [data-keep]"))) {
      expect(hits.filter((h) => h.el === el || h.el.contains(el) || el.contains(h.el)).map((h) => h.rule), el.className || el.tagName).toEqual([]);
    }
  });

  it("stay the site's frame when the wrapper holds no story: its lists are the site's own", () => {
    const doc = load(FIXTURE.replace(/<article [\s\S]*<\/article>/, "<p>Halaman tanpa artikel.</p>"));
    const side = doc.getElementById("sidebar")!;
    expect(liveHits(doc).filter((h) => h.el === side || h.el.contains(side) || side.contains(h.el))).toEqual([]);
  });
});
