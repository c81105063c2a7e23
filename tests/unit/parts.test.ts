/**
 * In-page parts (src/core/parts.ts) on fixture pages written for this repository
 * (tests/fixtures/parts/, modelled on the shapes news sites use: parts hidden inline inside the
 * first part, BEM "…_hidden" sibling parts, visible sibling parts between "N dari M halaman"
 * counters, numbered "lite" parts with bare text, an expander behind "Continue reading"), and the
 * hidden boxes that are no part of the article (an ad, a modal, a menu, a cookie banner, a promo
 * sharing the parts' class, the next article of an endless page, page 2 of a teaser list).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import { clean } from "../../src/core/clean.ts";
import { extract } from "../../src/core/extract.ts";
import { isHidden, joinParts } from "../../src/core/parts.ts";
import { compilePhrases } from "../../src/core/phrases.ts";
import { squash } from "../../src/core/text.ts";

const DIR = join(import.meta.dirname, "../fixtures/parts");
const file = (name: string) => join(DIR, `${name}.html`);
const html = (name: string) => readFileSync(file(name), "utf8");
const urlOf = (name: string) => /rel="canonical" href="([^"]+)"/.exec(html(name))![1]!;
const load = (name: string) => new JSDOM(html(name), { url: urlOf(name) }).window.document;
const read = (name: string) => squash(extract(load(name), urlOf(name)).text);

/** Every phrase is in the text, in this order. */
function inOrder(text: string, phrases: string[]) {
  let at = -1;
  for (const p of phrases) {
    const i = text.indexOf(p);
    expect(i, `"${p}" missing or out of order`).toBeGreaterThan(at);
    at = i;
  }
}

describe("hidden parts are article text", () => {
  it("parts hidden inline inside the first part, behind \"Baca Selanjutnya\"", () => {
    const text = read("nested-inline");
    inOrder(text, [
      "Kabar Kota - Pemerintah kota meresmikan taman baca",
      "Koleksi Buku Anak",
      "Sebagian besar koleksi taman baca adalah buku anak bergambar.",
      "Dibuka Setiap Hari",
      "mengurangi waktu anak di depan layar ponsel.",
    ]);
    expect(text).not.toContain("Baca Selanjutnya");
  });

  it("sibling parts hidden by a BEM class, with their page counters gone; a part of video only stays out", () => {
    const text = read("class-hidden");
    inOrder(text, ["Klub Kota meresmikan lapangan", "Dipakai Tim Muda", "menjelang pertandingan."]);
    expect(text).not.toMatch(/dari 3 halaman|Cuplikan gol|Video/);
  });

  it("visible sibling parts under \"Lanjutkan Membaca\": one article, subheads kept, pager gone", () => {
    const text = read("visible-parts");
    inOrder(text, ["Musim hujan membuat sepeda", "Keringkan Rantai Setelah Dipakai", "Jangan menyemprot rantai", "Simpan di Tempat Kering", "semalaman."]);
    expect(text).not.toMatch(/Lanjutkan Membaca|halaman/);
  });

  it("numbered lite parts with bare text between ad slots", () => {
    const text = read("lite-numbered");
    inOrder(text, ["Penyanyi muda Laras bercerita", "Dibantu Teman Satu Band", "Teman satu bandnya memberi isyarat", "Ingin Tur Keliling Kota", "bersama bandnya tahun depan."]);
  });

  it("a box hidden behind \"Continue reading\", the control gone", () => {
    const text = read("expander");
    inOrder(text, ["The harbour ferry made its first crossing", "Tickets cost the same as a bus fare", "a crossing every forty minutes."]);
    expect(text).not.toContain("Continue reading");
  });
});

describe("hidden clutter stays hidden", () => {
  it("a \"Baca juga\" list the site hides by class inside a revealed part stays out, and is marked hidden", () => {
    const doc = load("nested-inline");
    joinParts(doc);
    const list = doc.querySelector("p.dont-display")!;
    expect(list.hasAttribute("hidden")).toBe(true);
    expect(read("nested-inline")).not.toMatch(/Baca juga|Perpustakaan Keliling|Lomba Mendongeng/);
  });

  it("never reveals a menu, an ad, a promo sharing the parts' class, a modal, a template or a cookie banner", () => {
    const doc = load("nested-inline");
    joinParts(doc);
    for (const sel of [".site-menu", ".promo-box", ".modal", "#cookie-banner"]) expect(isHidden(doc.querySelector(sel)!), sel).toBe(true);
    const text = read("nested-inline");
    expect(text).not.toMatch(/Beranda|Berlangganan|buletin|templat|cookie/);
  });

  it("keeps the \"other news\" box of a lite page hidden", () => {
    const doc = load("lite-numbered");
    joinParts(doc);
    expect(isHidden(doc.getElementById("another-article")!)).toBe(true);
    expect(read("lite-numbered")).not.toMatch(/Berita Lainnya|Aktor Senior/);
  });

  it("keeps a hidden box with no control beside it, and a newsletter box beside \"Read more\", hidden", () => {
    const doc = load("expander");
    joinParts(doc);
    expect(isHidden(doc.querySelector(".print-note")!)).toBe(true);
    expect(isHidden(doc.querySelector(".newsletter-teaser")!)).toBe(true);
    expect(read("expander")).not.toMatch(/printed from|inbox/);
  });

  it("does not join the next article of an endless page, nor page 2 of a teaser list", () => {
    const doc = load("next-article");
    const r = joinParts(doc);
    expect(r.sets).toBe(0);
    expect(r.revealed).toEqual([]);
    expect(isHidden(doc.querySelector('[data-article-id="4005"]')!)).toBe(true);
    expect(isHidden(doc.querySelector('.news-list__page[data-page="2"]')!)).toBe(true);
    expect(read("next-article")).not.toMatch(/Jalan Lingkar|Pasar Tradisional Direnovasi/);
  });
});

describe("only paged sets are joined", () => {
  const prose = (s: string) => `<p>${s} ${"Kalimat berita yang cukup panjang untuk dihitung sebagai prosa artikel. ".repeat(3)}</p>`;
  // A hidden ad slot beside them: their parent is looked at, the boxes themselves say nothing of pages.
  const page = (extra: string) => new JSDOM(`<body><div class="wrap">
    <div class="panel">${prose("Artikel")}${prose("Lanjutan")}</div>
    <div class="ad-slot" style="display:none"></div>
    <div class="panel"${extra}>${prose("Tentang penulis")}</div></div></body>`).window.document;

  it("leaves sibling boxes that share a class alone when nothing says they are pages", () => {
    const doc = page("");
    expect(joinParts(doc).sets).toBe(0);
    expect(doc.querySelectorAll(".panel").length).toBe(2);
  });

  it("leaves tabs alone: a hidden tab panel is another view, not the next part", () => {
    const doc = new JSDOM(`<body><div class="tabs"><div class="tab-pane">${prose("Laporan langsung")}</div>
      <div class="tab-pane" style="display:none">${prose("Susunan pemain")}</div></div></body>`).window.document;
    expect(joinParts(doc).sets).toBe(0);
    expect(isHidden(doc.querySelectorAll(".tab-pane")[1]!)).toBe(true);
  });

  it("leaves a list of excerpts alone, each with its own \"Weiterlesen\"", () => {
    const post = (s: string) => `<div class="post">${prose(s)}<p><a href="/${s.length}">Weiterlesen &rarr;</a></p></div>`;
    const doc = new JSDOM(`<body><div class="posts">${post("Erster Beitrag")}${post("Zweiter Beitrag")}${post("Dritter")}</div></body>`).window.document;
    expect(joinParts(doc).sets).toBe(0);
    expect(doc.querySelectorAll(".post").length).toBe(3);
  });

  it("does not group boxes by utility classes (\"mb-5\", \"md:flex\")", () => {
    const doc = new JSDOM(`<body><div class="article-body"><div class="para mb-5 md:flex">${prose("Satu")}</div>
      <div class="note mb-5 md:flex" hidden>${prose("Catatan redaksi")}</div><div class="para mb-5 md:flex">${prose("Dua")}</div></div></body>`).window.document;
    expect(joinParts(doc).sets).toBe(0);
    expect(isHidden(doc.querySelector(".note")!)).toBe(true);
  });

  it("knows an ad by a word of its class, camel case too (\"AdPlacement\")", () => {
    const doc = new JSDOM(`<body><div class="article-body"><div class="para">${prose("Satu")}</div>
      <div class="para AdPlacement hidden">${prose("Iklan")}</div><div class="para">${prose("Dua")}</div></div></body>`).window.document;
    expect(joinParts(doc).sets).toBe(0);
    expect(isHidden(doc.querySelector(".AdPlacement")!)).toBe(true);
  });

  it("leaves hidden rows of teasers alone inside a box named as a popular list", () => {
    const row = (n: number, extra = "") => `<div class="articles--list articles--list_rows${extra}"><div class="item"><a href="/tekno">Tekno</a>
      <time>15 Feb 10:0${n}</time><h4><a href="/read/${n}">Judul berita lain nomor ${n} yang ramai dibaca</a></h4>${prose("Ringkasan berita")}</div></div>`;
    const doc = new JSDOM(`<body><section class="box" id="footer-popular-articles"><div class="articles">
      ${row(1)}${row(2, " articles--list_hidden")}${row(3, " articles--list_hidden")}</div></section></body>`).window.document;
    expect(joinParts(doc).sets).toBe(0);
    expect(doc.querySelectorAll(".articles--list_hidden").length).toBe(2);
  });

  it("joins the same boxes once they carry page numbers", () => {
    const doc = page(' data-page="2"');
    expect(joinParts(doc).sets).toBe(1);
    expect(doc.querySelectorAll(".panel").length).toBe(1);
  });
});

describe("where it runs", () => {
  it("works on extract's copy: the live page is left as the site made it", () => {
    const doc = load("nested-inline");
    const before = doc.documentElement.outerHTML;
    extract(doc, urlOf("nested-inline"));
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it("the CLI (which hands its document over) reads the hidden parts too", async () => {
    let out = "";
    const code = await main(["extract", "--url", urlOf("class-hidden"), file("class-hidden")], { write: (s: string) => void (out += s) }, { write: () => {} });
    expect(code).toBe(0);
    inOrder(squash(out), ["Klub Kota meresmikan lapangan", "Dipakai Tim Muda", "menjelang pertandingan."]);
  });
});

describe("isHidden", () => {
  const el = (markup: string) => new JSDOM(`<body>${markup}</body>`).window.document.body.firstElementChild!;
  it("reads the element's own markers: inline style, hidden, aria-hidden, hiding classes", () => {
    for (const m of ['<div style="color:red; display: none !important"></div>', '<div style="visibility:hidden"></div>', "<div hidden></div>",
      '<div aria-hidden="true"></div>', '<div class="hidden"></div>', '<div class="d-none"></div>', '<div class="page page_hidden"></div>',
      '<div class="share--hidden"></div>']) {
      expect(isHidden(el(m)), m).toBe(true);
    }
  });
  it("not layout classes that only sound like it, nor hidden-on-small-screens", () => {
    for (const m of ['<div class="overflow-hidden"></div>', '<div class="hidden-xs"></div>', '<div class="visually-hidden-focusable"></div>',
      '<div style="display:block"></div>', '<div aria-hidden="false"></div>']) {
      expect(isHidden(el(m)), m).toBe(false);
    }
  });
});

describe("page counters in any article", () => {
  it("the cleaner takes out a counter line, with the box that holds only it, and keeps a sentence with the same words", () => {
    const doc = new JSDOM(`<body><div id="a">
      <p>Tim tuan rumah memenangi 2 dari 3 laga terakhirnya di kandang sendiri musim ini.</p>
      <div class="break"><small> 1 dari 5</small></div>
      <p id="c"><span>2 dari 2 Halaman</span></p>
      <div>Page 2 of 3</div>
      <p>Pelatih berharap timnya menjaga catatan itu sampai akhir musim.</p></div></body>`).window.document;
    const root = doc.getElementById("a")!;
    const removed = clean(root, { matchers: compilePhrases(new Set(["nav"])) });
    expect(removed.filter((r) => r.rule === "shape:nav:page-counter").map((r) => r.text)).toEqual(["1 dari 5", "2 dari 2 Halaman", "Page 2 of 3"]);
    expect(root.querySelector(".break")).toBeNull();
    expect(doc.getElementById("c")).toBeNull();
    expect(squash(root.textContent ?? "")).toContain("memenangi 2 dari 3 laga terakhirnya");
  });
});
