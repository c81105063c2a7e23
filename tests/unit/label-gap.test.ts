/**
 * A label and the link after it with no space between them ("<span>Baca Juga</span><a>…"): the
 * page shows them apart, but textContent runs them together ("Baca JugaWarga …") and a lead phrase
 * could not end there (src/core/classify.ts labelGap). On the fixture page
 * tests/fixtures/live/news/label-cards.html (own words, modelled on a React template's generated
 * class names): the read-also cards and the follow line go, a story's line that opens with a single
 * word and its link stays.
 */
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { labelGap } from "../../src/core/classify.ts";
import { squash } from "../../src/core/text.ts";
import { liveHits } from "./live-hits.ts";

const FIXTURE = readFileSync(new URL("../fixtures/live/news/label-cards.html", import.meta.url), "utf8");
const URL_ = "https://www.kabarkota.id/news/pemkot-bangun-jalur-sepeda-baru-sepanjang-12-km-1xYzAbC";

describe("labels beside their links on the fixture page", () => {
  it("hides each read-also card and the follow line, whole, and nothing the page must keep", () => {
    const doc = new JSDOM(FIXTURE, { url: URL_ }).window.document;
    const hits = liveHits(doc);
    expect(hits.map((h) => h.el)).toEqual(Array.from(doc.querySelectorAll("[data-clutter]")));
    expect(hits.map((h) => h.category)).toEqual(["related", "related", "social"]);
    for (const el of Array.from(doc.querySelectorAll("[data-keep], [data-para]"))) {
      expect(hits.filter((h) => h.el.contains(el) || el.contains(h.el)).length, el.textContent ?? "").toBe(0);
    }
  });
});

describe("labelGap", () => {
  const gap = (html: string) => {
    const el = new JSDOM(`<body>${html}</body>`).window.document.body.firstElementChild!;
    return labelGap(el, squash(el.textContent ?? ""));
  };

  it.each([
    ["a label, then a link", '<div><span>Baca Juga</span><a href="/a">Warga Minta Trotoar</a></div>', "Baca Juga Warga Minta Trotoar"],
    ["a label, then a box that opens with a link", '<div><b>Artikel sebelumnya</b><div><a href="/a">Jalan Desa Rusak</a></div></div>', "Artikel sebelumnya Jalan Desa Rusak"],
    ["a label and a link already apart", '<div><span>Baca juga:</span><a href="/a">Warga</a></div>', "Baca juga:Warga"],
    ["a label and a link with a space", '<div><span>Baca juga</span> <a href="/a">Warga</a></div>', "Baca juga Warga"],
    ["a link first", '<div><a href="/a">Baca</a><a href="/b">Warga</a></div>', "BacaWarga"],
    ["a label followed by words, not a link", "<p><b>Kom</b><i>pas</i> sore</p>", "Kompas sore"],
  ])("%s", (_, html, text) => {
    expect(gap(html)).toBe(text);
  });
});
