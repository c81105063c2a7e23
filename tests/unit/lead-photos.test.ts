/**
 * The article's pictures where the page's classes read like clutter (tests/fixtures/live/news/
 * lead-photos.html, own words, modelled on a photo-story template and a magazine's hero picture):
 * a gallery photo behind its zoom link stays while the share buttons laid over it go; a picture
 * named for the ad system ("block-image-ads hero-image") stays unless it is a banner in a link.
 */
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import type { Hit } from "../../src/core/types.ts";
import { liveHits } from "./live-hits.ts";

const FIXTURE = readFileSync(new URL("../fixtures/live/news/lead-photos.html", import.meta.url), "utf8");
const URL_ = "https://www.warta-contoh.co.id/galeri/2025/07/06/festival-layang-layang";
const hiddenBy = (hs: Hit[], el: Element) => hs.find((h) => h.el === el || h.el.contains(el));

describe("the pictures of a photo story", () => {
  const doc = new JSDOM(FIXTURE, { url: URL_ }).window.document;
  const hits = liveHits(doc);

  it("hides the share buttons over each photo and under the story as social, the banner as promo", () => {
    const clutter = Array.from(doc.querySelectorAll("[data-clutter]"));
    expect(clutter.length).toBe(4);
    for (const el of clutter) expect(hiddenBy(hits, el)?.category, el.className).toBe(el.getAttribute("data-clutter"));
  });

  it("keeps the hero picture, each gallery photo with its zoom link, the captions, title, byline and the site's frame", () => {
    for (const el of Array.from(doc.querySelectorAll("[data-keep], [data-para], .hero img, .hero source"))) {
      expect(hits.filter((h) => h.el === el || h.el.contains(el)).map((h) => h.rule), el.outerHTML.slice(0, 60)).toEqual([]);
    }
  });

  it("takes a small linked icon for a button's, so a row of them with a '#' link is still a share row", () => {
    const row = doc.querySelector(".sosmed")!;
    expect(hiddenBy(hits, row)?.rule).toBe("shape:social:share-row");
  });
});
