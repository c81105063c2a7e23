/**
 * A site's appeals for its readers' money (src/core/shapes/appeals.ts), on the fixture page
 * tests/fixtures/live/news/support-appeals.html (own words, modelled on the boxes news sites put in
 * and under their stories: a contribution box between the paragraphs, a three-paragraph appeal in a
 * slot under the story, a digital-subscription offer with a log-in link): the live page and the
 * reader take them though their paragraphs run past a clutter line; a story's paragraph that links
 * the site's subscription page, a charity's donation box and the site's header and footer stay.
 */
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { MAX_LINE } from "../../src/core/classify.ts";
import { extract } from "../../src/core/extract.ts";
import { appealHits, isAppealBox } from "../../src/core/shapes/appeals.ts";
import { squash } from "../../src/core/text.ts";
import { liveHits } from "./live-hits.ts";

const FIXTURE = readFileSync(new URL("../fixtures/live/news/support-appeals.html", import.meta.url), "utf8");
const URL_ = "https://www.kompas.com/read/2026/12/06/08000001/perpustakaan-keliling-kembali";
const OTHER_SITE = "https://www.contoh-warta.co.id/read/2026/12/06/perpustakaan-keliling";

const load = (html = FIXTURE, url = URL_) => new JSDOM(html, { url }).window.document;
const text = (el: Element) => squash(el.textContent ?? "");
const NO_ARTICLE = { article: null, marks: [] };

describe("the appeals of the fixture page", () => {
  it("hold a paragraph longer than a clutter line, which no phrase takes (the family the shape is for)", () => {
    const doc = load();
    for (const el of Array.from(doc.querySelectorAll("[data-clutter]")).slice(0, 2)) {
      expect(Math.max(...Array.from(el.querySelectorAll("p")).map((p) => text(p).length))).toBeGreaterThan(MAX_LINE);
    }
  });

  it("are hidden on the live page, each whole and as promo, and every paragraph, the title, byline, header and footer stay", () => {
    const doc = load();
    const hits = liveHits(doc);
    const clutter = Array.from(doc.querySelectorAll("[data-clutter]"));
    for (const el of clutter) {
      const hit = hits.find((h) => h.el === el);
      expect(`${hit?.category} ${hit?.rule}`, el.className || el.id).toBe("promo shape:promo:appeal");
    }
    for (const el of Array.from(doc.querySelectorAll("[data-para], [data-keep]"))) {
      expect(hits.filter((h) => h.el === el || h.el.contains(el) || el.contains(h.el)).map((h) => h.rule), el.className || el.tagName).toEqual([]);
    }
  });

  it("are dropped by the reader, which keeps the paragraph that links the archive and the charity's box", () => {
    const article = extract(load(), URL_);
    expect(article.text).not.toContain("dibiayai pembaca");
    expect(article.text).toContain("arsip berlangganan");
    expect(article.text).toContain("Komunitas relawan perpustakaan");
    expect(article.removed.filter((r) => r.rule === "shape:promo:appeal")).toHaveLength(1);
  });

  it("stay on the page of another site: their links lead to someone else's support page", () => {
    const doc = load(FIXTURE.replaceAll('href="/dukung/', 'href="https://www.kompas.com/dukung/'), OTHER_SITE);
    expect(liveHits(doc).filter((h) => h.rule === "shape:promo:appeal")).toEqual([]);
  });
});

describe("what the shape leaves alone", () => {
  const box = (inner: string) => `<div class="kotak"><h3>Liputan seperti ini dibiayai pembaca</h3><p>Kontribusi Anda membuat liputan lapangan tetap bisa dibaca siapa saja tanpa dinding bayar.</p>${inner}</div>`;
  const judged = (html: string) => {
    const doc = load(`<body><main><div class="isi">${html}</div></main></body>`);
    return isAppealBox(doc.querySelector(".isi > *")!);
  };

  it("takes a box whose every link goes to the site's support, subscription or account pages", () => {
    for (const href of ["/dukung/", "https://support.kompas.com/contribute", "/support-us/", "/support-our-journalism", "https://langganan.kompas.com/", "/subscribe/digital", "/membership", "https://www.kompas.com/donate?x=1"]) {
      expect(judged(box(`<a href="${href}">Beri kontribusi</a>`)), href).toBe(true);
    }
    expect(judged(box(`<a href="/langganan/">Berlangganan</a> <p>Sudah punya akun? <a href="/login/">Masuk</a></p>`))).toBe(true);
  });

  const keeps: [string, string][] = [
    ["a box that links another site's donation page", box(`<a href="https://donasi.contohpeduli.org/donate">Donasi</a>`)],
    ["a box with a link to a story beside the button", box(`<a href="/dukung/">Dukung</a> <a href="/read/2026/12/05/banjir-surut">Banjir surut di pesisir</a>`)],
    ["a box whose only link is no support page", box(`<a href="/tentang-kami">Tentang kami</a>`)],
    ["a box that links the site's help desk", box(`<a href="https://support.kompas.com/help/cookies">Pusat bantuan</a>`)],
    ["a paragraph of the story that links the subscription page", `<p>Arsip liputan sejak 2015 bisa dibaca pelanggan lewat halaman <a href="/langganan/arsip">arsip berlangganan</a>, termasuk kisah relawan pertama.</p>`],
    ["a box of bare prose that links the subscription page", `<div>Arsip liputan sejak 2015 bisa dibaca pelanggan lewat halaman <a href="/langganan/arsip">arsip berlangganan</a>, termasuk kisah relawan pertama.</div>`],
    ["a box with a button and no pitch", `<div class="tombol"><span>Dukung</span> <a href="/dukung/">Beri kontribusi</a></div>`],
    ["a quoted post's appeal", `<blockquote>${box(`<a href="/dukung/">Dukung</a>`)}</blockquote>`],
    ["a box longer than an appeal", box(`<p>${"Tim kami menempuh perjalanan berjam-jam ke desa-desa yang jarang diliput. ".repeat(12)}</p><a href="/dukung/">Dukung</a>`)],
  ];
  for (const [what, html] of keeps) {
    it(`keeps ${what}`, () => {
      const doc = load(`<body><main><div class="isi">${html}</div></main></body>`);
      expect(appealHits(doc, NO_ARTICLE).map((h) => text(h.el))).toEqual([]);
    });
  }

  it("keeps a brief of the reader's extract whose only link is the subscription page: half the text or more is the story", () => {
    const doc = load(`<body><div id="isi"><div class="berita"><p>Jembatan gantung desa selesai diperbaiki dan dibuka lagi untuk pejalan kaki sejak Sabtu.</p><p>Baca liputan lengkapnya di edisi digital kami: <a href="/langganan/">berlangganan</a>.</p></div></div></body>`);
    expect(appealHits(doc.getElementById("isi")!, NO_ARTICLE, URL_)).toEqual([]);
  });

  it("keeps the site's menu and footer entries", () => {
    const doc = load();
    const hits = liveHits(doc).map((h) => h.el);
    for (const sel of ["header", "footer"]) expect(hits.some((el) => doc.querySelector(sel)!.contains(el)), sel).toBe(false);
  });

  it("finds nothing on a page served from an address, which names no site", () => {
    expect(appealHits(load(FIXTURE, "http://127.0.0.1:8080/news/support-appeals.html"), NO_ARTICLE)).toEqual([]);
  });
});
