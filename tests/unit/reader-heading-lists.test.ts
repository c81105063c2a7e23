/**
 * A heading and its list in the reader (classify's headingBox and listAfter, shared with the live
 * page), on a page of our own: a "Baca Juga:" label Readability wraps in a <p> of its own, a heading
 * set as a paragraph over a paragraph that is one link, and a box title over cards of one kind. Each
 * list goes with its heading; the story's paragraphs stay, and a line of tags set with commas loses
 * no more than before (no stray ", , ," left in the text).
 */
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { classify } from "../../src/core/classify.ts";
import { extract } from "../../src/core/extract.ts";
import { compilePhrases } from "../../src/core/phrases.ts";
import { CATEGORIES } from "../../src/rules/index.ts";

const URL_ = "https://www.contoh-warta.co.id/read/2025/11/20/1200/banjir-rob-rendam-pesisir-utara";
const para = (i: number) =>
  `<p>Paragraf ${i}: pemerintah kota menyiapkan pompa tambahan di sejumlah titik rawan banjir menjelang puncak musim hujan, kata kepala dinas sumber daya air kepada wartawan di balai kota pada Senin pagi.</p>`;
const page = (inner: string) => `<!doctype html><html lang="id"><head><title>Banjir rob rendam pesisir utara</title></head><body>
<article><h1>Banjir rob rendam pesisir utara</h1><div class="detail-text">${para(1)}${para(2)}${inner}${para(3)}${para(4)}${para(5)}</div></article></body></html>`;
const readerText = (inner: string) => extract(new JSDOM(page(inner), { url: URL_ }).window.document, URL_).text;

const HEADLINES = ["Pompa Air Disiagakan di Pesisir Utara Jakarta", "Warga Pesisir Diminta Waspada Banjir Rob Susulan"];

describe("a heading and its list, in the reader", () => {
  it("drops a 'Baca Juga:' label in a box with its list (Readability gives the label a paragraph of its own)", () => {
    const text = readerText(`<div class="baca-juga-new"><span>Baca Juga:</span><ul>${HEADLINES.map((h, i) => `<li><a href="/news/${i}">${h}</a></li>`).join("")}</ul></div>`);
    for (const h of HEADLINES) expect(text).not.toContain(h);
    for (let i = 1; i <= 5; i++) expect(text).toContain(`Paragraf ${i}:`);
  });

  it("drops a heading set as a paragraph with the paragraph of one link under it", () => {
    const text = readerText(`<p><strong>Baca juga</strong></p><p><a href="/news/1">${HEADLINES[0]}</a></p>`);
    expect(text).not.toContain(HEADLINES[0]);
    expect(text).toContain("Paragraf 3:");
  });

  it("drops every card of a box under its title", () => {
    const cards = HEADLINES.map((h, i) => `<div class="box-related__item"><a href="/a/${i}"><img src="/${i}.jpg" alt=""><span>${h}</span></a></div>`).join("");
    const text = readerText(`<div class="box-related"><div class="box-related__title">Artikel Terkait</div>${cards}</div>`);
    for (const h of HEADLINES) expect(text).not.toContain(h);
  });
});

describe("classify's heading verdict", () => {
  const matchers = compilePhrases(new Set(CATEGORIES.map((c) => c.id)));
  const doc = (html: string) => new JSDOM(`<body>${html}</body>`).window.document;

  it("climbs from the label to the block that holds nothing else, and takes the list after it", () => {
    const d = doc(`<div><p><strong>Baca juga</strong></p><p><a href="/1">${HEADLINES[0]}</a></p><p>Paragraf berikutnya tanpa tautan sama sekali.</p></div>`);
    const v = classify(d.querySelector("strong")!, matchers)!;
    expect([v.target.tagName, v.alsoRemove.map((e) => e.textContent)]).toEqual(["P", [HEADLINES[0]]]);
  });

  it("takes the cards that repeat the first, and stops at a block of another kind", () => {
    const d = doc(`<div><div class="t">Artikel Terkait</div>${HEADLINES.map((h) => `<div class="i"><a href="/x">${h}</a></div>`).join("")}<div class="i">Bukan tautan: paragraf cerita.</div><div class="other"><a href="/y">Tautan lain</a></div></div>`);
    const v = classify(d.querySelector(".t")!, matchers)!;
    expect(v.alsoRemove.map((e) => e.textContent)).toEqual(HEADLINES);
  });

  it("takes WordPress's post cards, whose classes name each post's own category and tags", () => {
    const cards = [["tag-banjir category-kota", HEADLINES[0]], ["tag-rob category-pesisir", HEADLINES[1]]]
      .map(([c, h]) => `<article class="${c} post-has-image"><h3><a href="/x">${h}</a></h3></article>`).join("");
    const d = doc(`<div><h2 class="t">Related stories</h2>${cards}<article class="other-kind"><a href="/y">Tautan lain</a></article></div>`);
    const v = classify(d.querySelector(".t")!, matchers)!;
    expect(v.alsoRemove.map((e) => e.textContent)).toEqual(HEADLINES);
  });

  it("takes one link of a line whose links are set with commas, as before", () => {
    const d = doc(`<p><strong>Tags:</strong> <a href="/tag/banjir">banjir</a>, <a href="/tag/rob">rob</a>, <a href="/tag/pompa">pompa</a></p>`);
    const v = classify(d.querySelector("strong")!, matchers)!;
    expect([v.target.tagName, v.alsoRemove.map((e) => e.textContent)]).toEqual(["STRONG", ["banjir"]]);
  });
});
