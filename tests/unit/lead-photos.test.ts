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

describe("a photo behind a link that opens it larger", () => {
  const story = `<main><p>${"Paragraf cerita tentang festival layang-layang di pantai selatan, cukup panjang. ".repeat(4)}</p></main>`;
  const item = (href: string, size = 'width="800"') => new JSDOM(`<!doctype html><body>${story}
    <figure class="photo"><div class="photo__box"><a href="${href}" class="zoom"><img src="/img/foto-1.jpg" alt="Foto" ${size}></a>
    <div class="photo__share"><a href="https://www.facebook.com/sharer/sharer.php?u=x" class="share-fb"></a><a href="https://twitter.com/intent/tweet?url=x" class="share-tw"></a></div></div></figure></body>`, { url: URL_ }).window.document;
  const photoHidden = (doc: Document) => liveHits(doc).some((h) => h.el.contains(doc.querySelector(".zoom img")!));
  const sharesHidden = (doc: Document) => liveHits(doc).some((h) => h.el.contains(doc.querySelector(".photo__share a")!));

  it.each([
    ["the image's own file", "https://cdn.warta-contoh.co.id/foto/festival-layang-1-besar.jpg"],
    ["the page itself with a query", "/galeri/2025/07/06/festival-layang-layang?foto=1"],
    ["a script's handle", "javascript:void(0)"],
  ])("keeps it when the link is %s, and hides the share buttons over it", (_what, href) => {
    const doc = item(href);
    expect(photoHidden(doc)).toBe(false);
    expect(sharesHidden(doc)).toBe(true);
  });

  it("takes a small image behind such a link for a button's icon: the row goes whole", () => {
    const doc = item("#", 'width="24" height="24"');
    expect(photoHidden(doc)).toBe(true);
  });
});
