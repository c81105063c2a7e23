/**
 * Phrases with a site slot (src/core/phrases.ts, `{site}` and `{domain}` in the locale lists): the
 * site's plugs for its own app, channels and news ("… hanya di detikcom", "Download Apps detikcom",
 * "Jetzt die Warta-App herunterladen") are hidden live and dropped by the reader on that site only,
 * and the story's sentences that name the site or use its name as a word stay. Page:
 * tests/fixtures/live/read/site-plugs.html (own words, modelled on a detik-network article).
 */
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { CATEGORIES } from "../../src/rules/index.ts";
import { classify } from "../../src/core/classify.ts";
import { extract } from "../../src/core/extract.ts";
import { compilePhrases, phraseTables } from "../../src/core/phrases.ts";
import { siteNames } from "../../src/core/site-name.ts";
import { squash } from "../../src/core/text.ts";
import { liveHits } from "./live-hits.ts";

const FIXTURE = readFileSync(new URL("../fixtures/live/read/site-plugs.html", import.meta.url), "utf8");
const DETIK = "https://news.detik.com/berita/d-7000001/tim-sar-perluas-pencarian-korban-longsor";
const OTHER = "https://www.contoh-warta.co.id/read/2026/12/03/tim-sar-perluas-pencarian";
const ALL = new Set(CATEGORIES.map((c) => c.id));

function hiddenOn(url: string): Element[] {
  return liveHits(new JSDOM(FIXTURE, { url }).window.document).map((h) => h.el);
}
const textOf = (el: Element) => squash(el.textContent ?? "");

describe("site names", () => {
  it("are the host's name alone and with its domain", () => {
    expect(siteNames("https://news.detik.com/berita/d-1")).toEqual({ names: ["detik"], domains: ["detik.com", "detikcom"] });
    expect(siteNames("https://www.warta.co.id/read/1")).toEqual({ names: ["warta"], domains: ["warta.co.id"] });
    expect(siteNames("https://www.contoh-rakyat.com/news/1")).toEqual({ names: ["contohrakyat", "contoh-rakyat"], domains: ["contoh-rakyat.com", "contoh-rakyatcom"] });
    expect(siteNames("https://www-kompas-com.cdn.ampproject.org/v/s/www.kompas.com/amp/read/1")).toEqual({ names: ["kompas"], domains: ["kompas.com", "kompascom"] });
    for (const none of ["http://127.0.0.1:8080/x", "https://x.co.id/", "not a url"]) expect(siteNames(none), none).toBeNull();
  });
});

describe("the site's plugs on the fixture page", () => {
  it("are hidden on the live page of the site they name, and the story's paragraphs stay", () => {
    const doc = new JSDOM(FIXTURE, { url: DETIK }).window.document;
    const hidden = hiddenOn(DETIK);
    expect(hidden.map(textOf)).toEqual(Array.from(doc.querySelectorAll("[data-clutter]")).map(textOf));
    for (const p of Array.from(doc.querySelectorAll("[data-para]"))) expect(hidden.some((el) => textOf(el).includes(textOf(p).slice(0, 40)))).toBe(false);
  });

  it("are dropped by the reader of that site, which keeps the sentences that name it or use its name as a word", () => {
    const article = extract(new JSDOM(FIXTURE, { url: DETIK }).window.document, DETIK);
    expect(article.text).not.toContain("Ikuti terus perkembangan");
    expect(article.text).not.toContain("Download Apps");
    expect(article.text).not.toContain("Instagram dan TikTok");
    expect(article.text).toContain("hanya di detik-detik terakhir");
    expect(article.text).toContain("kepada detikcom");
    expect(article.text).toContain("aplikasi InaRISK");
  });

  it("stay on the page of another site, which they do not name", () => {
    expect(hiddenOn(OTHER).map(textOf)).toEqual([]);
    const article = extract(new JSDOM(FIXTURE, { url: OTHER }).window.document, OTHER);
    expect(article.text).toContain("hanya di detikcom");
    expect(article.text).toContain("Download Apps");
  });
});

describe("phrases with a site slot", () => {
  const on = (url: string) => compilePhrases(ALL, [], siteNames(url));
  const verdict = (html: string, url: string) => classify(new JSDOM(`<body>${html}</body>`).window.document.body.firstElementChild!, on(url));

  const plugs: [string, string][] = [
    ["https://www.warta.co.id/read/1", "<p>Pantau terus kabar banjir rob hanya di Warta.co.id.</p>"],
    ["https://www.warta.co.id/read/1", "<p>Yuk berlangganan Warta Premium dan nikmati artikel eksklusif tanpa batas.</p>"],
    ["https://www.warta.co.id/read/1", "<p>Download Apps Warta sekarang, gratis di Android dan iOS.</p>"],
    ["https://www.warta.com.my/berita/1", "<p>Ikuti perkembangan terkini hanya di Warta.com.my.</p>"],
    ["https://www.dailyexample.com/news/1", "<p>Download the Dailyexample app for breaking news alerts.</p>"],
    ["https://www.warta.de/politik/1", "<p>Jetzt die Warta-App herunterladen und nichts verpassen.</p>"],
    ["https://www.warta.fr/politique/1", "<p>Téléchargez l’application Warta pour suivre l’actualité.</p>"],
    ["https://www.warta.es/politica/1", "<p>Descarga la app de Warta y recibe las últimas noticias.</p>"],
    ["https://www.warta.com.br/politica/1", "<p>Baixe o aplicativo da Warta e leia as notícias onde estiver.</p>"],
    ["https://www.warta.it/politica/1", "<p>Scarica l'app di Warta per restare aggiornato.</p>"],
  ];
  for (const [url, html] of plugs) {
    it(`takes "${squash(new JSDOM(html).window.document.body.textContent!)}" on its own site only`, () => {
      expect(verdict(html, url)?.rule).toMatch(/^phrase:(?:promo|social):line$/);
      expect(verdict(html, "https://www.contoh.example/x/1")).toBeNull();
    });
  }

  const prose: [string, string][] = [
    // "bisnis" is a word: the domain-only slot keeps "not only in the property business".
    ["https://www.bisnis.com/read/1", "<p>Tidak hanya di bisnis properti, penurunan juga terasa di ritel.</p>"],
    ["https://news.detik.com/berita/d-1", "<p>Gol itu lahir hanya di detik terakhir laga.</p>"],
    ["https://www.warta.co.id/read/1", "<p>Hal itu disampaikan Menteri kepada Warta.co.id di Jakarta, Senin.</p>"],
    ["https://www.warta.co.id/read/1", "<p>Warga diminta mengunduh aplikasi InaRISK untuk peringatan dini.</p>"],
    // Readers and forum posts speak of the site's app and subscription: only the plug's verbs take them.
    ["https://www.warta.co.id/read/1", "<p>Saya berlangganan Warta sejak 1998 dan tidak pernah kecewa.</p>"],
    ["https://www.warta.de/forum/1", "<p>Seit dem Update stürzt die Warta-App bei mir ständig ab.</p>"],
    ["https://www.warta.it/lettere/1", "<p>Gli abbonati a Warta possono leggere l'archivio completo.</p>"],
    ["https://www.dailyexample.com/news/1", "<p>A bug in the Dailyexample app was fixed on Monday.</p>"],
    ["https://www.warta.fr/forum/1", "<p>L'application Warta plante depuis la mise à jour.</p>"],
  ];
  for (const [url, html] of prose) {
    it(`keeps the story's "${squash(new JSDOM(html).window.document.body.textContent!)}"`, () => {
      expect(verdict(html, url)).toBeNull();
    });
  }

  it("match nothing on a page without a site name, and cost a site one small table of its own", () => {
    const none = phraseTables(ALL, [], null);
    const json = JSON.stringify(none);
    expect(json).not.toContain("{site}");
    expect(json).not.toContain("{domain}");
    const warta = phraseTables(ALL, [], siteNames("https://www.warta.co.id/read/1"));
    expect(warta.slice(0, none.length)).toEqual(none);
    expect(warta.length).toBeGreaterThan(none.length);
    expect(JSON.stringify(warta.slice(none.length))).toContain("hanya di warta.co.id");
  });
});

describe("plugs a site pack names (a site's own wording, on that site only)", () => {
  // Own words around the line Okezone's 2020s stories close with; the pack holds its closing words.
  const story = (url: string) => new JSDOM(`<html><body><article><h1>Gudang plastik terbakar</h1>
    <p>Api diduga berasal dari korsleting listrik di bagian belakang gudang, kata kepala pos pemadam kepada wartawan di lokasi pada Kamis malam.</p>
    <p id="orion">Dapatkan berita terkini dari Okezone hanya dengan satu akun di ORION, daftar sekarang dengan <a href="/daftar">klik disini</a> dan nantikan kejutan menarik lainnya</p>
    <p>Petugas memadamkan api dalam dua jam. Tidak ada korban jiwa, tetapi kerugian ditaksir mencapai ratusan juta rupiah menurut pemilik gudang.</p>
    </article></body></html>`, { url }).window.document;
  const hiddenIds = (url: string) => liveHits(story(url)).map((h) => h.el.id);

  it("hides Okezone's account plug on okezone.com and leaves the same words on another site", () => {
    expect(hiddenIds("https://news.okezone.com/read/2026/12/05/338/1/gudang-plastik-terbakar")).toEqual(["orion"]);
    expect(hiddenIds("https://www.contoh-warta.co.id/read/2026/12/05/gudang-plastik-terbakar")).toEqual([]);
  });
});

describe("the site's own video section: a heading with a site slot", () => {
  // Own words, in the shapes of 2020s Indonesian stories: the site's video label over a player and
  // another story's title, or over a link that holds both.
  const story = (url: string) => new JSDOM(`<html><body><article><h1>Gudang plastik terbakar</h1>
    <p>Api diduga berasal dari korsleting listrik di bagian belakang gudang, kata kepala pos pemadam kepada wartawan di lokasi pada Kamis malam.</p>
    <div id="player-box"><div class="label">Okezone Video</div><div class="player"><iframe src="https://video.okezone.com/embed/1" title="Banjir di Bekasi"></iframe></div>
      <a href="https://video.okezone.com/play/2026/12/05/banjir-rob-rendam-permukiman-warga-bekasi">Banjir rob rendam permukiman warga di pesisir Bekasi</a></div>
    <p>Petugas memadamkan api dalam dua jam. Tidak ada korban jiwa, tetapi kerugian ditaksir mencapai ratusan juta rupiah menurut pemilik gudang.</p>
    <div id="link-box"><div class="head">Video Okezone</div><a href="https://video.okezone.com/play/2026/12/04/tes-jarak-tempuh-mobil-listrik"><div class="thumb"></div><div class="title">Tes jarak tempuh mobil listrik dari Jakarta ke Bandung</div></a></div>
    <div id="own-video"><div class="label">Video</div><div class="player"><iframe src="https://video.okezone.com/embed/2" title="Gudang terbakar"></iframe></div><p>Detik-detik api melalap gudang plastik.</p></div>
    <p>Polisi masih menyelidiki penyebab kebakaran bersama tim laboratorium forensik yang tiba di lokasi pada Jumat pagi.</p>
    </article></body></html>`, { url }).window.document;
  const hiddenIds = (url: string) => {
    const doc = story(url);
    return liveHits(doc).map((h) => h.el.closest("[id]")?.id ?? h.el.tagName);
  };

  it("hides the box the site's video label heads, and keeps the story's own video under a plain label", () => {
    expect(hiddenIds("https://news.okezone.com/read/2026/12/05/338/1/gudang-plastik-terbakar")).toEqual(["player-box", "link-box"]);
  });

  it("leaves the same boxes on another site, which they do not name", () => {
    expect(hiddenIds("https://www.contoh-warta.co.id/read/2026/12/05/gudang-plastik-terbakar")).toEqual([]);
  });
});
