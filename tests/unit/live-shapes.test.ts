/**
 * The live page's structural shapes (src/core/live-shapes.ts) on pages written for this test,
 * modelled on the layouts of Indonesian news sites: what a person would not want to scroll past goes
 * (headline lists, teaser grids, share rows, ad slots), what they came for stays (the article, its
 * title, byline and date, the site's header, navigation and footer, embedded posts).
 */
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { findArticleRoot, keepMarks, shapeHits, LoadingShapes } from "../../src/core/live-shapes.ts";
import type { Hit } from "../../src/core/types.ts";

const ALL = new Set(["related", "social", "promo"]);
const URL_ = "https://www.contoh-berita.co.id/read/2024/03/05/101500/harga-beras-naik-lagi";

const headline = (n: number, topic = "Pemerintah") => `${topic} umumkan kebijakan baru soal harga pangan nomor ${n}`;
const link = (n: number, topic?: string) => `<a href="/read/2024/03/0${n % 9}/1${n}0000/kebijakan-baru-nomor-${n}">${headline(n, topic)}</a>`;
const paragraph = (n: number) =>
  `<p data-para>Paragraf ${n}: harga beras di pasar induk kembali naik pekan ini, dan para pedagang mengatakan pasokan dari daerah sentra produksi berkurang karena musim hujan yang datang lebih awal dari perkiraan.</p>`;
const article = (extra = "") => `
  <article>
    <h1>Harga beras naik lagi di pasar induk</h1>
    <div class="byline"><span class="author">Oleh Rina Wulandari</span> <time datetime="2024-03-05">5 Maret 2024, 10:15 WIB</time>
      <a href="https://twitter.com/rinawulan">@rinawulan</a> <a href="https://facebook.com/rinawulan">fb</a></div>
    <figure><img src="/foto/beras.jpg" alt=""><figcaption>Pedagang beras di pasar induk, Selasa.</figcaption></figure>
    <div class="isi-berita">${[1, 2, 3, 4, 5].map(paragraph).join("")}${extra}</div>
  </article>`;

function page(body: string, url = URL_): Document {
  return new JSDOM(`<!doctype html><html lang="id"><head><title>t</title></head><body>${body}</body></html>`, { url }).window.document;
}

function hits(doc: Document, categories: ReadonlySet<string> = ALL): Hit[] {
  return shapeHits(doc, keepMarks(doc, findArticleRoot(doc)), categories);
}

const ids = (hs: Hit[]) => hs.map((h) => `${h.el.id || h.el.className || h.el.tagName}:${h.category}`).sort();

const header = `
  <header id="site-header"><a href="/"><img alt="Contoh Berita"></a>
    <nav>${["Nasional", "Ekonomi", "Olahraga", "Teknologi", "Hiburan", "Gaya Hidup", "Otomotif", "Internasional"].map((s) => `<a href="/${s.toLowerCase().replace(/ /g, "-")}">${s}</a>`).join("")}
      <a href="/topik/pemilihan-presiden-2024-dan-semua-beritanya">Pemilihan Presiden 2024 dan semua beritanya</a>
      <a href="/topik/piala-dunia-2026-jadwal-dan-hasil-lengkap">Piala Dunia 2026 jadwal dan hasil lengkap</a>
      <a href="/topik/harga-pangan-terbaru-hari-ini-di-indonesia">Harga pangan terbaru hari ini di Indonesia</a></nav>
    <form role="search"><input type="search" name="q"></form>
  </header>`;
const footer = `
  <footer><div class="kolom"><a href="/tentang-kami">Tentang Kami</a><a href="/pedoman-media-siber">Pedoman Pemberitaan Media Siber</a>
    <a href="/kebijakan-privasi-dan-penggunaan-data-pembaca">Kebijakan privasi dan penggunaan data pembaca</a>
    <a href="/karier-di-contoh-berita-untuk-jurnalis-muda">Karier di Contoh Berita untuk jurnalis muda</a></div>
    <p>© 2024 Contoh Berita. Hak cipta dilindungi.</p></footer>`;

describe("headline lists (related)", () => {
  it("hides a sidebar list of most-read headlines with its heading, as one block", () => {
    const doc = page(`${header}<main>${article()}<aside id="terpopuler"><h3>Terpopuler</h3><ol>${[1, 2, 3, 4, 5].map((n) => `<li><span>${n}</span>${link(n)}</li>`).join("")}</ol></aside></main>${footer}`);
    expect(ids(hits(doc))).toEqual(["terpopuler:related"]);
  });

  it("hides a teaser grid of cards with pictures, blurbs and dates under the article", () => {
    const card = (n: number) => `<div class="card"><img src="/t/${n}.jpg" alt=""><h3>${link(n, "Menteri")}</h3>
      <p>Ringkasan singkat berita ini untuk pembaca yang ingin tahu lebih dulu sebelum membuka tautannya.</p><span>2 jam lalu</span></div>`;
    const doc = page(`${header}${article()}<section id="berita-lainnya"><h2>Berita Lainnya</h2><div class="grid">${[1, 2, 3, 4, 5, 6].map(card).join("")}</div><a href="/indeks">Muat lebih banyak</a></section>${footer}`);
    expect(ids(hits(doc))).toEqual(["berita-lainnya:related"]);
  });

  it("hides a box of plain links to other articles inside the article body", () => {
    const box = `<div id="pilihan"><strong>Artikel Pilihan</strong><ul>${[1, 2, 3].map((n) => `<li>${link(n)}</li>`).join("")}</ul></div>`;
    const doc = page(`${header}${article(box)}${footer}`);
    expect(ids(hits(doc))).toEqual(["pilihan:related"]);
  });

  it("keeps the article when its paragraphs link to other articles in the running text", () => {
    const linked = [1, 2, 3, 4].map((n) => `<p data-para>Sebelumnya, ${link(n)}, dan kebijakan itu disambut beragam oleh pelaku pasar yang menilai langkah tersebut terlambat.</p>`).join("");
    const doc = page(`${header}${article(linked)}${footer}`);
    expect(hits(doc)).toEqual([]);
  });

  it("inside the article, takes a plain list of links but not one whose items carry sentences", () => {
    const item = (n: number) => `<li>${link(n)}<p>Warga mengeluhkan harga yang terus naik sejak awal bulan, kata ketua RT setempat kepada wartawan.</p></li>`;
    const inside = page(`${header}${article(`<ul id="dengan-kalimat">${[1, 2, 3].map(item).join("")}</ul>`)}${footer}`);
    expect(hits(inside)).toEqual([]);
    const outside = page(`${header}${article()}<ul id="dengan-kalimat">${[1, 2, 3].map(item).join("")}</ul>${footer}`);
    expect(ids(hits(outside))).toEqual(["dengan-kalimat:related"]);
  });

  it("keeps an article written as bare lines between <br>s, links and all", () => {
    const lines = [1, 2, 3, 4].map((n) => `Warga di kecamatan itu mengeluhkan harga yang terus naik sejak awal bulan, kata ketua RT setempat ${n}. ${link(n)}<br><br>`).join("");
    const doc = page(`${header}<div class="content"><h1>Judul</h1><div class="body">${lines}</div></div>${footer}`);
    expect(hits(doc)).toEqual([]);
  });

  it("takes a list written as bare lines in the article's text, link by link, and leaves its paragraphs", () => {
    // Older templates write "see also" lists straight into the story's container: a heading, then
    // links one under another with <br>s, no box around them.
    const run = `<h2>Lainnya</h2>${[1, 2, 3, 4].map((n) => `${link(n)}<br />`).join("")}`;
    const doc = page(`${header}<div class="isi">${[1, 2, 3].map(paragraph).join("")}${run}<p></p><b>(red)</b></div>${footer}`);
    const found = hits(doc);
    expect(found.map((h) => h.rule)).toEqual(Array(4).fill("shape:related:bare-link-run"));
    expect(found.map((h) => h.el.textContent)).toEqual([1, 2, 3, 4].map((n) => headline(n)));
  });

  it("leaves two bare links, and links with words between them, in the article's text", () => {
    const two = `${link(1)}<br>${link(2)}<br>`;
    const worded = [3, 4, 5].map((n) => `${link(n)} kata pejabat dinas.<br>`).join("");
    const inline = `${link(6)} ${link(7)} ${link(8)}`; // no line of their own: the text links on
    for (const bare of [two, worded, inline]) {
      const doc = page(`${header}<div class="isi">${[1, 2, 3].map(paragraph).join("")}${bare}</div>${footer}`);
      expect(hits(doc)).toEqual([]);
    }
  });

  it("leaves the site's header, navigation, search and footer alone, however many links they hold", () => {
    const doc = page(`${header}${article()}${footer}`);
    expect(hits(doc)).toEqual([]);
  });

  it("takes a list the page's <article> holds at its foot though its id says 'footer'; the site's footer box stays", () => {
    // Seen in Chromium on a tuning page: the story's "popular" cards sat in a box named "footer-…"
    // inside the page's <article>, and the same headline showed there after its other box was hidden.
    const card = (n: number) => `<div class="kartu"><span class="kanal">Tekno</span>${link(n)}<p>Ringkasan pendek berita ini untuk pembaca yang sedang menggulir.</p></div>`;
    const siteFooter = `<div id="footer" class="site-footer"><ul>${[6, 7, 8, 9].map((n) => `<li>${link(n, "Redaksi")}</li>`).join("")}</ul></div>`;
    const doc = page(`${header}<article class="baca">${article()}<section id="footer-populer"><h3>Populer</h3>${[1, 2, 3, 4].map(card).join("")}</section></article>${siteFooter}`);
    expect(ids(hits(doc))).toEqual(["footer-populer:related"]);
  });

  it("does not take a block holding the page's title", () => {
    const doc = page(`<div id="top"><h1>Harga beras naik lagi</h1><ul>${[1, 2, 3, 4].map((n) => `<li>${link(n)}</li>`).join("")}</ul></div>${article()}`);
    const found = hits(doc).map((h) => h.el);
    expect(found.some((el) => el.querySelector("h1"))).toBe(false);
    expect(found.map((el) => el.tagName)).toEqual(["UL"]);
  });

  it("needs three headlines: two links are not a list", () => {
    const doc = page(`${article()}<div id="dua">${link(1)} ${link(2)}</div>`);
    expect(hits(doc)).toEqual([]);
  });
});

describe("share and follow rows (social)", () => {
  const shareBar = `<div id="bagikan"><span>Bagikan:</span>
    <a href="https://www.facebook.com/sharer/sharer.php?u=x"><i class="icon-fb"></i></a>
    <a href="https://twitter.com/intent/tweet?url=x"><i class="icon-tw"></i></a>
    <a href="whatsapp://send?text=x"><i class="icon-wa"></i></a>
    <a href="#" class="copylink"><span>copy link</span></a><span class="count">17 Shares</span></div>`;

  it("hides a row of share buttons with its label and count", () => {
    const doc = page(`${header}${article(shareBar)}${footer}`);
    expect(ids(hits(doc))).toEqual(["bagikan:social"]);
  });

  it("takes the share buttons on a photo, not the photo", () => {
    const photo = `<div id="foto"><img src="/foto/banjir.jpg" alt=""><div id="tombol">
      <a href="https://www.facebook.com/sharer/sharer.php?u=x"><img src="/i/fb.svg" alt="fb"></a><a href="https://twitter.com/intent/tweet?url=x"><img src="/i/x.svg" alt="x"></a></div></div>`;
    const doc = page(`<div class="read-page--content">${photo}</div>`);
    expect(ids(hits(doc))).toEqual(["tombol:social"]);
  });

  it("hides script-driven share buttons named by their icons", () => {
    const bar = `<ul id="share-js">${["fb", "tw", "wa"].map((n) => `<li><a href="javascript:void(0)" onclick="${n}_share(this)"><span class="ico icon-${n}"></span></a></li>`).join("")}</ul>`;
    const doc = page(`${article(bar)}`);
    expect(ids(hits(doc))).toEqual(["share-js:social"]);
  });

  it("knows a network by the host of its address however it is written, and not by words in a path", () => {
    const icon = (href: string) => `<li><a href="${href}"><span class="ico"></span></a></li>`;
    const networks = `<ul id="jaringan">${icon("//WWW.Facebook.com/sharer.php?u=x")}${icon("https://user@t.me:443/share/url?url=x")}</ul>`;
    const onSite = `<ul id="topik">${icon("/tag/facebook.com")}${icon("/tag/x.com")}</ul>`;
    const doc = page(`${article(networks + onSite)}`);
    expect(ids(hits(doc))).toEqual(["jaringan:social"]);
  });

  it("keeps the byline, whose author links to their own accounts beside the date", () => {
    const doc = page(`${header}${article()}${footer}`);
    const byline = doc.querySelector(".byline")!;
    expect(hits(doc).some((h) => h.el.contains(byline) || byline.contains(h.el))).toBe(false);
  });

  it("takes a share row beside the story's credits line, not the line: 'Penulis: … · Editor: …' is a label's value", () => {
    const credits = `<div id="kredit"><p>Penulis: Dewi Lestari · Editor: Yusuf Ramli</p><div id="tombol">
      <a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a> <a href="https://twitter.com/intent/tweet?url=x">Twitter</a></div></div>`;
    const doc = page(`${header}${article(credits)}${footer}`);
    expect(ids(hits(doc))).toEqual(["tombol:social"]);
    // Two labels of buttons, and a reading time, are the row's own words.
    const labels = `<div id="alat"><span>Artikel drucken:</span> <a href="javascript:window.print()">🖨</a> <span>Beitrag teilen:</span>
      <a href="https://www.facebook.com/sharer/sharer.php?u=x">f</a> <a href="https://twitter.com/intent/tweet?url=x">t</a> <span>Reading time: 3 min</span></div>`;
    expect(ids(hits(page(`${header}${article(labels)}${footer}`)))).toEqual(["alat:social"]);
  });

  it("keeps an embedded post the article quotes", () => {
    const tweet = `<blockquote class="twitter-tweet"><p>Harga beras hari ini</p><a href="https://twitter.com/x/status/1">March 5, 2024</a> <a href="https://twitter.com/x">@x</a></blockquote>`;
    const doc = page(article(tweet));
    expect(hits(doc)).toEqual([]);
  });
});

describe("breaking-news bars (related)", () => {
  it("hides a breaking-news bar of one headline above the article", () => {
    const bar = `<div class="breaking-news"><a href="/read/2024/03/05/9/banjir-rob"><span class="breaking-news__label">HEADLINE HARI INI</span><span>${headline(9)}</span></a></div>`;
    const doc = page(`${header}${bar}${article()}${footer}`);
    expect(ids(hits(doc))).toEqual(["breaking-news:related"]);
  });

  it("keeps a bar of topic names named 'breaking' in the site's header: its menu of hot topics, no headline in it", () => {
    const bar = '<div class="container site-breaking"><span class="label">HOT ISSUE</span> <a href="/tag/pilkada">Pilkada DKI</a> · <a href="/tag/harga-pangan">Harga Pangan</a></div>';
    expect(hits(page(`${header.replace("</header>", `${bar}</header>`)}${article()}${footer}`))).toEqual([]);
    // A headline in it is a breaking-news bar, in the header too.
    const news = `<div class="site-breaking"><span>BREAKING</span> <a href="/read/2024/03/05/9/banjir-rob">${headline(9)}</a></div>`;
    expect(ids(hits(page(`${header.replace("</header>", `${news}</header>`)}${article()}${footer}`)))).toEqual(["site-breaking:related"]);
  });

  it("keeps a block named 'breaking' that holds the article's title", () => {
    const doc = page(`<div class="breaking-story"><h1>Banjir rob di pesisir utara</h1><a href="/live/banjir-rob">Ikuti laporan langsung</a></div>${[1, 2, 3].map(paragraph).join("")}`);
    expect(hits(doc)).toEqual([]);
  });
});

describe("ad slots (promo)", () => {
  it("hides an ad slot with its label and a sponsored box, by their class words", () => {
    const doc = page(`${article('<div class="ads-inline"><span>ADVERTISEMENT</span><iframe src="about:blank"></iframe></div>')}<div id="iklan-kanan"><a href="https://sponsor.example/">Produced by Mitra Kami</a></div>`);
    expect(ids(hits(doc))).toEqual(["ads-inline:promo", "iklan-kanan:promo"]);
  });

  it("hides an ad slot whose class words a template set on several lines, in capitals", () => {
    const doc = page(`${article()}<div class="col-4\n\tADS-Sidebar"><span>Advertisement</span><iframe src="about:blank"></iframe></div>`);
    expect(ids(hits(doc))).toEqual(["col-4\n\tADS-Sidebar:promo"]);
  });

  it("does not read 'ad' inside other words (header, download, shadow)", () => {
    const doc = page(`${article('<div class="shadow-box download-area"><p>Unduh laporan</p></div><div class="leader"><p>x</p></div>')}`);
    expect(hits(doc)).toEqual([]);
  });

  it("never hides the article even when its container carries an ad word", () => {
    const doc = page(`<div class="ads-free-article">${article()}</div>`);
    expect(hits(doc)).toEqual([]);
  });
});

describe("the person's choice of categories", () => {
  it("hides only the categories that are switched on", () => {
    const doc = page(`${article('<div class="ads-inline">ADVERTISEMENT</div>')}<aside id="terpopuler"><ol>${[1, 2, 3].map((n) => `<li>${link(n)}</li>`).join("")}</ol></aside>`);
    expect(ids(hits(doc, new Set(["promo"])))).toEqual(["ads-inline:promo"]);
    expect(ids(hits(doc, new Set(["related"])))).toEqual(["terpopuler:related"]);
    expect(hits(doc, new Set())).toEqual([]);
  });
});

describe("findArticleRoot", () => {
  it("prefers itemprop=articleBody and a site pack's selector, when they hold text", () => {
    const doc = page(`<div class="pack-body">${[1, 2].map(paragraph).join("")}</div><div itemprop="articleBody">${[3, 4].map(paragraph).join("")}</div>`);
    expect(findArticleRoot(doc)!.getAttribute("itemprop")).toBe("articleBody");
    expect(findArticleRoot(doc, [".pack-body"])!.className).toBe("pack-body");
    expect(findArticleRoot(doc, [".missing", "::bad("])!.getAttribute("itemprop")).toBe("articleBody");
  });

  it("otherwise finds the block whose paragraphs carry the most text", () => {
    const doc = page(`${header}${article()}<aside><p>Iklan baris singkat yang tidak terlalu panjang untuk dibaca orang.</p></aside>`);
    expect(findArticleRoot(doc)!.className).toBe("isi-berita");
  });

  it("finds nothing on a page without paragraphs", () => {
    expect(findArticleRoot(page(`${header}${footer}`))).toBeNull();
  });
});

describe("LoadingShapes: while the parser adds the page", () => {
  it("hides a plain list once its third headline has arrived, counting each link once", () => {
    const doc = page(`${article()}<aside id="terkini"><h3>Terkini</h3><ul id="list"></ul></aside>`);
    const scan = new LoadingShapes(doc, ALL);
    expect(scan.more()).toEqual([]);
    const list = doc.getElementById("list")!;
    list.insertAdjacentHTML("beforeend", `<li>${link(1)}</li><li>${link(2)}</li>`);
    expect(scan.more()).toEqual([]);
    list.insertAdjacentHTML("beforeend", `<li>${link(3)}</li>`);
    // The page is still loading: the parser may not have given the last link all its words yet.
    expect(doc.readyState).toBe("loading");
    expect(scan.more()).toEqual([]);
    doc.body.insertAdjacentHTML("beforeend", `<footer><a href="/">Beranda</a></footer>`);
    expect(ids(scan.more())).toEqual(["terkini:related"]);
    expect(scan.more()).toEqual([]);
  });

  it("judges the whole page once it is parsed, from the counts gathered while it loaded", () => {
    const card = (n: number) => `<div class="card">${link(n)}<p>Ringkasan berita yang cukup panjang agar kartu ini lebih banyak teks biasa daripada tautan.</p></div>`;
    const doc = page(`${header}${article('<div class="ads-inline">ADVERTISEMENT</div>')}<section id="grid">${[1, 2, 3, 4].map(card).join("")}</section>${footer}`);
    const scan = new LoadingShapes(doc, ALL);
    scan.more();
    const keep = keepMarks(doc, findArticleRoot(doc));
    expect(ids(scan.finish(keep))).toEqual(ids(shapeHits(doc, keep, ALL)));
    expect(ids(scan.finish(keep))).toEqual(["ads-inline:promo", "grid:related"]);
  });

  it("never hides a block the parser is still adding to: the article may yet arrive inside it", () => {
    // So far the wrapper holds only a column of lists; the parser is inside it, past the lists.
    const doc = page(`<div id="wrapper"><div class="kolom-kiri"><h3>Terkini</h3><ul id="terkini">${[1, 2, 3].map((n) => `<li>${link(n)}</li>`).join("")}</ul>
      <h3>Terpopuler</h3><ul id="terpopuler">${[4, 5, 6].map((n) => `<li>${link(n)}</li>`).join("")}</ul></div><div class="kolom-tengah"><a href="/">Beranda</a> `);
    expect(doc.readyState).toBe("loading");
    const found = new LoadingShapes(doc, ALL).more().map((h) => h.el);
    expect(found.some((el) => el.contains(doc.querySelector(".kolom-tengah")))).toBe(false);
    expect(found.map((el) => el.className)).toEqual(["kolom-kiri"]);
  });

  it("counts a link once when a script puts another link in before it", () => {
    const doc = page(`${article()}<aside id="terkini"><ul id="list"><li>${link(1)}</li><li>${link(2)}</li></ul></aside>`);
    const scan = new LoadingShapes(doc, ALL);
    expect(scan.more()).toEqual([]);
    doc.body.insertAdjacentHTML("afterbegin", `<a href="/">Beranda</a>`);
    expect(scan.more()).toEqual([]);
  });

  it("counts the links a script puts in before links already counted, in the next frame", () => {
    // The counter goes on from where it stopped in the page's links; a script's links that land
    // before that point (a box above the footer filled while the page loads) were left behind.
    const doc = page(`${header}${article()}<aside id="slot"></aside><div id="sisa"><a href="/indeks">Indeks</a> <a href="/kontak">Kontak</a></div>`);
    const scan = new LoadingShapes(doc, ALL);
    expect(scan.more()).toEqual([]);
    doc.getElementById("slot")!.innerHTML = `<h3>Pilihan</h3><ul>${[1, 2, 3].map((n) => `<li>${link(n)}</li>`).join("")}</ul>`;
    expect(ids(scan.more())).toEqual(["slot:related"]);
    const keep = keepMarks(doc, findArticleRoot(doc));
    expect(ids(scan.finish(keep))).toEqual(ids(shapeHits(doc, keep, ALL)));
  });

  it("sees links put in before the counted ones when as many counted ones move past them", () => {
    // Three links in at the top and three moved to the bottom: the link where the count stopped
    // stands where it stood, and only the moved links, met again past it, tell of the change.
    const doc = page(`${header}<div id="atas"></div>${article()}<ul id="asal">${[1, 2, 3].map((n) => `<li>${link(n)}</li>`).join("")}</ul><div id="sisa"><a href="/indeks">Indeks</a> <a href="/kontak">Kontak</a></div>`);
    const scan = new LoadingShapes(doc, ALL);
    scan.more();
    doc.getElementById("atas")!.innerHTML = `<ul>${[4, 5, 6].map((n) => `<li>${link(n)}</li>`).join("")}</ul>`;
    const bawah = doc.createElement("div");
    bawah.id = "bawah";
    bawah.append(...Array.from(doc.querySelectorAll("#asal > li")));
    doc.body.append(bawah, doc.createElement("footer"));
    doc.querySelector("footer")!.innerHTML = `<a href="/">Beranda</a>`;
    expect(ids(scan.more())).toEqual(["atas:related", "bawah:related"]);
  });

  it("moves the counts of links a script moves to their new box, by the time the page is parsed", () => {
    // A slider script takes the items of a list and puts them in a box of its own elsewhere: the old
    // list is empty, the new box holds the headlines and must be judged as holding them.
    const doc = page(`${header}${article()}<section id="pilihan"><ul id="asal">${[1, 2, 3].map((n) => `<li>${link(n)}</li>`).join("")}</ul></section>
      <div id="tengah"><p>Catatan redaksi: tulisan ini diperbarui pada Selasa sore setelah dinas perdagangan merilis data harga terbaru dari empat pasar induk, termasuk angka pasokan harian yang menurut para pedagang turun hampir sepertiga dibanding bulan lalu.</p></div><div id="sisa"><a href="/indeks">Indeks</a></div>`);
    const scan = new LoadingShapes(doc, ALL);
    scan.more();
    const slider = doc.createElement("div");
    slider.id = "geser";
    slider.append(...Array.from(doc.querySelectorAll("#asal > li")));
    doc.getElementById("tengah")!.append(slider);
    doc.getElementById("pilihan")!.remove();
    scan.more();
    const keep = keepMarks(doc, findArticleRoot(doc));
    expect(ids(shapeHits(doc, keep, ALL))).toEqual(["geser:related"]);
    expect(ids(scan.finish(keep))).toEqual(["geser:related"]);
  });

  it("counts the first <article> card of a list with the list once the next card has come beside it", () => {
    // While the page loads, the first card's link is counted before the parser adds the second card:
    // it had no card beside it yet, so its count stopped at it, and the list held one headline too few.
    const card = (n: number) => `<article class="kartu">${link(n)}<span>3 jam lalu</span></article>`;
    const doc = page(`${header}${article()}<section id="lainnya"><h2>Lainnya</h2>${card(1)}</section><div id="sisa"><a href="/">Beranda</a></div>`);
    const scan = new LoadingShapes(doc, ALL);
    scan.more();
    doc.getElementById("lainnya")!.insertAdjacentHTML("beforeend", card(2) + card(3));
    scan.more();
    const keep = keepMarks(doc, findArticleRoot(doc));
    expect(ids(shapeHits(doc, keep, ALL))).toEqual(["lainnya:related"]);
    expect(ids(scan.finish(keep))).toEqual(["lainnya:related"]);
  });

  it("leaves teaser cards with blurbs for the whole-page pass, the article not being known yet", () => {
    const card = (n: number) => `<div class="card">${link(n)}<p>Ringkasan berita yang cukup panjang agar kartu ini lebih banyak teks biasa daripada tautan.</p></div>`;
    const doc = page(`${article()}<section id="grid">${[1, 2, 3, 4].map(card).join("")}</section>`);
    expect(new LoadingShapes(doc, ALL).more()).toEqual([]);
    expect(ids(hits(doc))).toEqual(["grid:related"]);
  });
});
