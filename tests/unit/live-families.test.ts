/**
 * Two families of related boxes the live page's shapes (src/core/live-shapes.ts) used to miss, on a
 * page written for this test (tests/fixtures/live/news/card-tabs.html, modelled on modern news
 * templates, own words): teaser cards written as <article> elements, and the label of a tab whose
 * panel is a hidden related list. Each with what must stay beside it: the article, its title,
 * byline and table of contents, a tab whose panel is not hidden, the site's header and footer.
 */
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { findArticleRoot, keepMarks, LoadingShapes, shapeHits } from "../../src/core/live-shapes.ts";
import type { Hit } from "../../src/core/types.ts";

const ALL = new Set(["related", "social", "promo"]);
const FIXTURE = readFileSync(new URL("../fixtures/live/news/card-tabs.html", import.meta.url), "utf8");
const URL_ = "https://www.contoh-warta.co.id/read/2025/11/20/1200/banjir-rob-rendam-pesisir-utara";

function load(html = FIXTURE): Document {
  return new JSDOM(html, { url: URL_ }).window.document;
}
function hits(doc: Document): Hit[] {
  return shapeHits(doc, keepMarks(doc, findArticleRoot(doc)), ALL);
}
const hiddenBy = (hs: Hit[], el: Element) => hs.find((h) => h.el === el || h.el.contains(el));

describe("the card and tab families on the fixture page", () => {
  const doc = load();
  const found = hits(doc);

  it("hides every block marked as clutter, as related", () => {
    const clutter = Array.from(doc.querySelectorAll("[data-clutter]"));
    expect(clutter.length).toBe(3);
    for (const el of clutter) expect(hiddenBy(found, el)?.category, el.className).toBe("related");
  });

  it("keeps every paragraph, the title, the byline, the table of contents, the comments tab and the site's frame", () => {
    for (const el of Array.from(doc.querySelectorAll("[data-para], [data-keep]"))) {
      expect(found.filter((h) => h.el === el || h.el.contains(el) || el.contains(h.el)).map((h) => h.rule), el.className || el.tagName).toEqual([]);
    }
  });

  it("finds the same at DOMContentLoaded from the counts gathered while the page loaded", () => {
    const loaded = load();
    const scan = new LoadingShapes(loaded, ALL);
    scan.more();
    const names = (hs: Hit[]) => hs.map((h) => `${h.el.className}:${h.rule}`).sort();
    expect(names(scan.finish(keepMarks(loaded, findArticleRoot(loaded))))).toEqual(names(hits(loaded)));
  });
});

describe("teaser cards written as <article>", () => {
  it("takes a list of <article> cards, beside one another or inside the page's own <article>", () => {
    const doc = load();
    const rules = hits(doc).filter((h) => h.el.matches(".populer, .lainnya")).map((h) => `${h.el.className}:${h.rule}`);
    expect(rules.sort()).toEqual(["lainnya:shape:related:headline-list", "populer:shape:related:headline-list"]);
  });

  it("keeps a second full story loaded below the first (an endless page), links in its paragraphs and all", () => {
    const story = (n: number) => `<article class="cerita-${n}"><h${n === 1 ? 1 : 2}>Cerita ${n}: pasar ikan dibuka kembali setelah banjir surut</h${n === 1 ? 1 : 2}>
      ${[1, 2, 3].map((p) => `<p data-para>Paragraf ${p} cerita ${n}: pedagang kembali berjualan dan <a href="/read/2025/11/0${p}/40${n}${p}/pedagang-ikan-kembali-berjualan-di-pasar-lama">pedagang ikan kembali berjualan di pasar lama</a> setelah air surut, meski lantai pasar masih berlumpur dan beberapa kios rusak parah.</p>`).join("")}</article>`;
    const doc = load(`<!doctype html><html><body><main>${story(1)}${story(2)}</main></body></html>`);
    expect(hits(doc)).toEqual([]);
  });
});

describe("the label of a tab whose panel is a hidden related list", () => {
  it("goes with its panel, as its whole row when every tab in it points at a hidden panel", () => {
    const doc = load();
    const label = hits(doc).find((h) => h.rule === "shape:related:tab-label");
    expect(label?.el.className).toBe("tab-judul");
  });

  it("leaves in-page links alone when what they point at stays: a table of contents, 'skip to content', 'back to top'", () => {
    const doc = load();
    const labels = hits(doc).filter((h) => h.rule === "shape:related:tab-label").map((h) => h.el);
    expect(labels.length).toBe(1);
    for (const a of Array.from(doc.querySelectorAll('a[href^="#"]'))) {
      if (a.getAttribute("href") !== "#tab-terkait") expect(labels.some((el) => el.contains(a)), a.getAttribute("href")!).toBe(false);
    }
  });

  it("keeps a label whose row also holds a tab with a panel that stays", () => {
    const doc = load();
    doc.querySelector(".tab-judul")!.insertAdjacentHTML("beforeend", '<li><a href="#tab-kredit">Kredit</a></li>');
    doc.querySelector(".tab-kotak")!.insertAdjacentHTML("afterend", '<div id="tab-kredit"><span class="author">Penulis: Dimas Prasetyo</span></div>');
    const label = hits(doc).find((h) => h.rule === "shape:related:tab-label");
    expect(label?.el.tagName).toBe("LI");
    expect(label?.el.textContent).toBe("Rekomendasi");
  });
});

describe("the title left beside a hidden list, or over a list a script has not filled", () => {
  const cards = (topic: string) => [1, 2, 3].map((n) => `<div class="kartu"><a href="/${topic}/2025/11/1${n}/50${n}/${topic}-banjir-rob-hari-ke-${n}-di-pesisir-utara">${topic.toUpperCase()}: Banjir rob hari ke-${n} di pesisir utara</a></div>`).join("");
  const story = `<h1>Banjir rob rendam pesisir utara, warga mengungsi</h1><div class="isi">${[1, 2, 3].map((n) => `<p data-para>Paragraf ${n}: air laut masuk ke permukiman sejak subuh dan warga memindahkan barang ke tempat yang lebih tinggi sambil menunggu bantuan datang.</p>`).join("")}</div>`;
  const titles = (doc: Document) => hits(doc).filter((h) => h.rule === "shape:related:list-heading").map((h) => squashed(h.el)).sort();
  const squashed = (el: Element) => (el.textContent ?? "").replace(/\s+/g, " ").trim();

  it("takes a box's title that is its list's sibling in a column of boxes (the column itself holds the article)", () => {
    const doc = load(`<!doctype html><html><body><article class="utama">${story}
      <header class="judul-kotak"><h3>Video Terpopuler</h3></header><div class="populer">${cards("video")}</div>
      <h3>Foto Terpopuler</h3><div class="populer">${cards("foto")}</div></article></body></html>`);
    expect(titles(doc)).toEqual(["Foto Terpopuler", "Video Terpopuler"]);
  });

  it("takes the whole box a script fills, its title, the empty list and its one 'more' link, which would stay alone", () => {
    const doc = load(`<!doctype html><html><body><main><article>${story}</article>
      <div class="kotak-baca"><h2 class="judul">Baca Lainnya</h2><ul class="daftar-baca"> </ul><a href="/indeks">Indeks berita hari ini</a></div></main></body></html>`);
    const found = hits(doc).filter((h) => h.rule === "shape:related:list-heading").map((h) => h.el.className);
    expect(found).toEqual(["kotak-baca"]);
  });

  it("takes such a box whose title is a plain line, its button in a wrapper; only title and list when the box holds more", () => {
    // Seen in Chromium on a tuning page: the title went by phrase, the "load more" button stayed.
    const box = (cls: string, extra: string) => `<section class="${cls}"><div class="ti">Kabar Lain</div><ul class="daftar"> </ul><div class="tengah"><a class="bt" href="/indeks">MUAT LAGI</a></div>${extra}</section>`;
    const doc = load(`<!doctype html><html><body><main><article>${story}</article>
      ${box("kotak-satu", "<script>muat()</script>")}${box("kotak-dua", "<p>Kirim tulisan Anda</p>")}</main></body></html>`);
    const found = hits(doc).filter((h) => h.rule === "shape:related:list-heading").map((h) => h.el.className).sort();
    expect(found).toEqual(["daftar", "kotak-satu", "ti"]);
  });

  it("keeps a deck under the page's title, a subheading in the article, a menu's heading and a heading over a list that stays", () => {
    const doc = load(`<!doctype html><html><body>
      <nav><h2>Kanal</h2><ul class="menu-kanal"></ul></nav>
      <div class="kepala"><h1>Banjir rob rendam pesisir utara</h1></div><h2 class="deck">Warga mengungsi ke balai desa</h2><div class="populer">${cards("berita")}</div>
      <article><div class="isi">${story.replace(/<h1>.*?<\/h1>/, "")}<h2>Bantuan yang dibutuhkan</h2><ul class="bantuan"></ul></div></article>
      <aside><h3>Dua tautan saja</h3><div><a href="/read/1/satu-tautan-ke-berita-lain-hari-ini">Satu tautan ke berita lain hari ini</a><a href="/read/2/dua-tautan-ke-berita-lain-hari-ini">Dua tautan ke berita lain hari ini</a></div></aside>
    </body></html>`);
    expect(hits(doc).map((h) => h.el.className)).toEqual(["populer"]);
  });
});

describe("links the page marks as related (schema.org relatedLink)", () => {
  const rel = (n: number) => `<div class="item" itemscope itemtype="http://schema.org/WebPage"><img src="/t/${n}.jpg" alt=""><h2 itemprop="name"><a itemprop="relatedLink" href="/berita/60${n}/pompa-air-tambahan-tiba-di-kecamatan-${n}">Pompa air tiba di kecamatan ${n}</a></h2></div>`;
  const story = `<article><h1>Banjir rob rendam pesisir utara</h1><div class="isi">${[1, 2, 3].map((n) => `<p data-para>Paragraf ${n}: warga memindahkan barang ke tempat yang lebih tinggi sejak subuh, sementara petugas menyiapkan perahu karet untuk evakuasi.</p>`).join("")}
    <p data-para>Menurut petugas, <a itemprop="relatedLink" href="/berita/700/tanggul-jebol-pekan-lalu">tanggul yang jebol pekan lalu</a> belum diperbaiki karena material bangunan belum tiba dari kota kabupaten terdekat.</p></div></article>`;

  it("hides a floating box of two of them with its title and its close and minimise buttons", () => {
    const doc = load(`<!doctype html><html><body><main>${story}<div id="kotak-melayang"><div class="tutup" title="Tutup"></div><div class="kecil" title="Kecilkan"></div><div class="judul">Lihat juga</div>${rel(1)}${rel(2)}</div></main></body></html>`);
    expect(hits(doc).map((h) => `${h.el.id}:${h.rule}`)).toEqual(["kotak-melayang:shape:related:related-link"]);
  });

  it("keeps a paragraph of the article that links a related story in its running text, and a menu's marked link", () => {
    const doc = load(`<!doctype html><html><body><nav class="menu"><a itemprop="relatedLink" href="/topik/banjir-rob">Topik: banjir rob</a></nav><main>${story}</main></body></html>`);
    expect(hits(doc)).toEqual([]);
  });
});

describe("a box that invites the reader to do one thing (promo)", () => {
  const story = `<article><h1>Banjir rob rendam pesisir utara</h1><div class="penulis"><span class="author">Dimas Prasetyo</span> <a class="btn-ikuti" href="/penulis/dimas">Ikuti</a></div>
    <div class="isi">${[1, 2, 3].map((n) => `<p data-para>Paragraf ${n}: warga memindahkan barang ke tempat yang lebih tinggi sejak subuh, sementara petugas menyiapkan perahu karet untuk evakuasi.</p>`).join("")}
    <div class="halaman"><span>Halaman 1 dari 2</span> <a class="btn btn-lanjut" href="?page=2">Selanjutnya</a></div></div></article>`;

  it("hides an invitation and its one button, beside the article", () => {
    const doc = load(`<!doctype html><html><body><main>${story}<aside class="sisi"><div class="ajak"><p>Punya cerita tentang tetangga yang menginspirasi? Tulis dan kirimkan kepada redaksi kami.</p><a class="ajak-btn" href="https://kirim.contoh-warta.co.id/cerita">Kirim cerita</a></div></aside></main></body></html>`);
    expect(hits(doc).map((h) => `${h.el.className}:${h.category}`)).toEqual(["sisi:promo"]) // the box, with the sidebar that holds nothing else;
  });

  it("keeps the article's next-page button, the byline's follow button and the header's sign-in button", () => {
    const doc = load(`<!doctype html><html><body><header class="kepala-situs"><span>Sudah punya akun? Masuk untuk menyimpan berita</span> <a class="btn-masuk" href="/masuk">Masuk</a></header><main>${story}</main></body></html>`);
    expect(hits(doc)).toEqual([]);
  });
});

describe("players that start on their own, muted, below the story, and lines of campaign hashtags (promo)", () => {
  // tests/fixtures/live/news/players-hashtags.html: the lead video and an embedded interview stay,
  // and so do a social post's hashtag and the topic row's linked hashtags.
  const PLAYERS = readFileSync(new URL("../fixtures/live/news/players-hashtags.html", import.meta.url), "utf8");

  it("hides the live stream's box and the video box after the story, whole, and the hashtag line", () => {
    const doc = load(PLAYERS);
    const found = hits(doc);
    expect(found.map((h) => `${h.el.className || h.el.tagName.toLowerCase()}:${h.rule}`).sort()).toEqual([
      "kotak-video:shape:promo:player-box",
      "p:shape:promo:hashtag-line",
      "siaran-langsung:shape:promo:player-box",
    ]);
    for (const el of Array.from(doc.querySelectorAll("[data-clutter]"))) expect(hiddenBy(found, el)?.category, el.className).toBe("promo");
  });

  it("keeps the lead video above the story, a video in it that waits for a click, a social post's hashtag, the topic row and the site's frame", () => {
    const doc = load(PLAYERS);
    const found = hits(doc);
    for (const el of Array.from(doc.querySelectorAll("[data-para], [data-keep]"))) {
      expect(found.filter((h) => h.el === el || h.el.contains(el) || el.contains(h.el)).map((h) => h.rule), el.className || el.tagName).toEqual([]);
    }
  });

  it("leaves a player below the story that waits for a click, and one whose box holds more than one link", () => {
    const story = `<article><h1>Pasar malam dibuka</h1><div class="isi">${[1, 2, 3].map((n) => `<p>Paragraf ${n}: pedagang kembali menggelar lapak di tepi sungai setelah dua tahun berhenti karena perbaikan tanggul.</p>`).join("")}</div></article>`;
    const clickToPlay = `<div class="video-lain"><iframe src="/embed/tayang/9?autoplay=false&mute=true"></iframe><h6>Video lain dari kota</h6></div>`;
    const twoLinks = `<div class="video-lain"><iframe src="/embed/tayang/9?autoplay=1&mute=1"></iframe><a href="/video/9">Tonton di halaman video</a> <a href="/video">Semua video</a></div>`;
    for (const box of [clickToPlay, twoLinks]) {
      const doc = load(`<!doctype html><html><body><main>${story}${box}</main></body></html>`);
      expect(hits(doc).filter((h) => h.rule === "shape:promo:player-box")).toEqual([]);
    }
  });

  it("hides a list of cards whose link is an empty one laid over each card (Bootstrap's stretched link), and keeps the story", () => {
    const card = (n: number) => `<div class="item"><a href="/read/2025/11/1${n}/1200/banjir-rendam-desa-${n}-di-pesisir" class="stretched-link"></a><img src="/f${n}.jpg" alt=""><div><h3>Banjir rendam desa ${n} di pesisir utara kabupaten</h3><span>1${n} Nov 2025</span></div></div>`;
    const doc = load(`<!doctype html><html><body><main><article><h1>Pasar malam dibuka</h1><div class="isi">${[1, 2, 3].map((n) => `<p>Paragraf ${n}: pedagang kembali menggelar lapak di tepi sungai setelah dua tahun berhenti karena perbaikan tanggul.</p>`).join("")}</div></article>
      <section class="terkait"><h2>Berita Terkait</h2><div class="list">${[1, 2, 3, 4].map(card).join("")}</div></section></main></body></html>`);
    const found = hits(doc);
    expect(hiddenBy(found, doc.querySelector(".list")!)?.category).toBe("related");
    for (const p of Array.from(doc.querySelectorAll(".isi p, h1"))) expect(hiddenBy(found, p)).toBeUndefined();
  });

  it("leaves a rank or a number after '#', and a hashtag inside a sentence", () => {
    const doc = load(`<!doctype html><html><body><main><article><h1>Daftar film</h1><div class="isi">
      <p>Paragraf pertama: daftar film yang paling banyak ditonton pekan ini menurut data penjualan tiket bioskop.</p>
      <h3>#1</h3><p>#2 #3</p><p>Warga ramai menulis #PasarMalam di media sosial.</p></div></article></main></body></html>`);
    expect(hits(doc).filter((h) => h.rule === "shape:promo:hashtag-line")).toEqual([]);
  });

  it("finds the same at DOMContentLoaded from the counts gathered while the page loaded", () => {
    const loaded = load(PLAYERS);
    const scan = new LoadingShapes(loaded, ALL);
    scan.more();
    const names = (hs: Hit[]) => hs.map((h) => `${h.el.className}:${h.rule}`).sort();
    expect(names(scan.finish(keepMarks(loaded, findArticleRoot(loaded))))).toEqual(names(hits(load(PLAYERS))));
  });
});
