/**
 * Links to the site's previous and next story (src/core/shapes/adjacent-posts.ts) on the fixture
 * page tests/fixtures/live/news/adjacent-posts.html (own words, modelled on WordPress's post
 * navigation and a theme's "Artikel sebelumnya / Artikel berikutnya" box): both boxes go on the
 * live page as related; the story's own page links, a list's older pages, a gallery's arrow and a
 * header link the markup calls "next" stay.
 */
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { findArticleRoot, keepMarks } from "../../src/core/live-shapes.ts";
import { adjacentPostHits } from "../../src/core/shapes/adjacent-posts.ts";
import { liveHits } from "./live-hits.ts";

const FIXTURE = readFileSync(new URL("../fixtures/live/news/adjacent-posts.html", import.meta.url), "utf8");
const URL_ = "https://www.wartalereng.co.id/daerah/2026/12/petani-kopi-kembali-menanam-setelah-longsor/";
const load = (html = FIXTURE, url = URL_) => new JSDOM(html, { url }).window.document;

describe("previous and next stories on the fixture page", () => {
  it("are hidden on the live page as related, each box whole, and nothing else", () => {
    const doc = load();
    const hits = liveHits(doc);
    expect(hits.map((h) => h.el)).toEqual(Array.from(doc.querySelectorAll("[data-clutter]")));
    expect(hits.map((h) => `${h.category} ${h.rule}`)).toEqual(Array(2).fill("related shape:related:adjacent-post"));
  });

  it("leave the story's page links, the list's older pages, the gallery's arrow and the header alone", () => {
    const doc = load();
    const hits = liveHits(doc);
    for (const el of Array.from(doc.querySelectorAll("[data-keep], [data-para]"))) {
      expect(hits.filter((h) => h.el.contains(el) || el.contains(h.el)).map((h) => h.rule), el.className || el.tagName).toEqual([]);
    }
  });
});

describe("what counts as a link to the previous or next story", () => {
  /** The shape's hits on a story page with `box` after its paragraphs, as text of the hit blocks. */
  function boxes(box: string, url = "https://www.contoh.co.id/berita/2026/12/01/pasar-buka-lagi") {
    const doc = load(`<body><article><h1>Pasar buka lagi</h1><p>Paragraf cerita yang cukup panjang untuk menjadi isi artikel ini.</p></article>${box}</body>`, url);
    return adjacentPostHits(doc, keepMarks(doc, findArticleRoot(doc))).map((h) => h.el.classList[0]);
  }
  const story = (path: string, text = "Harga cabai naik jelang akhir tahun") => `<a href="${path}">${text}</a>`;

  it.each([
    ["rel=prev with only a label for text", '<div class="pn"><a href="/berita/2026/11/30/banjir-surut" rel="prev">« Sebelumnya</a></div>'],
    ["rel=next to another host's name for the same site", '<div class="pn"><a href="https://contoh.co.id/berita/2026/12/02/sekolah-libur" rel="next">Berikutnya »</a></div>'],
    ["a headline under a box the theme calls prev/next", `<div class="pn post-prev-next"><span>Artikel sebelumnya</span>${story("/berita/2026/11/30/cabai")}</div>`],
    ["a headline whose own class names both ways", `<div class="pn"><a class="navipreviousnext-next" href="/berita/2026/12/02/cabai">Harga cabai naik jelang akhir tahun</a></div>`],
  ])("takes %s", (_, box) => {
    expect(boxes(box)).toEqual(["pn"]);
  });

  it.each([
    ["the story's next page by query", '<div class="pn"><a href="/berita/2026/12/01/pasar-buka-lagi?page=2" rel="next">Halaman berikutnya</a></div>'],
    ["the story's next page by path", '<div class="pn"><a href="/berita/2026/12/01/pasar-buka-lagi/2" rel="next">2</a></div>'],
    ["a thread's next page, its address another only by the number", '<div class="pn"><a href="/berita/2026/12/01/pasar-buka-lagi-3.html" rel="next">›</a></div>', "https://www.contoh.co.id/berita/2026/12/01/pasar-buka-lagi-2.html"],
    ["a list's older page", '<div class="pn"><a href="/berita/page/2/" rel="next">Berita sebelumnya</a></div>'],
    ["another site's story", '<div class="pn"><a href="https://www.lain.co.id/berita/2026/12/02/cabai" rel="next">Berita lain berikutnya</a></div>'],
    ["a short link under a class that says next (a carousel's arrow)", '<div class="pn slider-next"><a href="/galeri/2">›</a></div>'],
    ["a headline whose button is called next only (a link to the news index)", `<div class="pn"><a class="btn-next" href="/indeks-berita/">Indeks berita hari ini lengkap</a></div>`],
    ["a headline with no word for prev/next", `<div class="pn">${story("/berita/2026/12/02/cabai")}</div>`],
    ["a box that holds other links beside it", `<div class="pn"><a href="/berita/2026/11/30/banjir-surut" rel="prev">Sebelumnya</a> ${story("/a/1")} ${story("/a/2")}</div>`],
    ["a box with a paragraph of prose", `<div class="pn"><a href="/berita/2026/11/30/banjir-surut" rel="prev">Sebelumnya</a><p>${"Kalimat panjang yang bukan label melainkan isi. ".repeat(3)}</p></div>`],
  ])("leaves %s", (_, box, url?: string) => {
    expect(boxes(box, url)).toEqual([]);
  });
});
