/**
 * Invitations to the site's own messenger channel (src/core/shapes/invites.ts), on the fixture page
 * tests/fixtures/live/read/channel-invites.html (own words, modelled on the two-sentence Telegram and
 * WhatsApp paragraphs under Indonesian news articles): the live page hides them though they run past
 * a clutter line, the reader drops them, and a story's paragraph that cites a channel stays in both.
 */
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core/extract.ts";
import { MAX_LINE } from "../../src/core/classify.ts";
import { isInviteAddress, isInviteBlock, MAX_INVITE } from "../../src/core/shapes/invites.ts";
import { siteLabel, siteLabels } from "../../src/core/site-name.ts";
import { squash } from "../../src/core/text.ts";
import { liveHits } from "./live-hits.ts";

const FIXTURE = readFileSync(new URL("../fixtures/live/read/channel-invites.html", import.meta.url), "utf8");
const URL_ = "https://www.kompas.com/read/2026/11/26/07150001/pedagang-umumkan-harga-lewat-ponsel";

function hiddenOn(html: string, url = URL_): Element[] {
  return liveHits(new JSDOM(html, { url }).window.document).map((h) => h.el);
}
const texts = (els: Element[]) => els.map((el) => squash(el.textContent ?? ""));
const fixtureDoc = () => new JSDOM(FIXTURE, { url: URL_ }).window.document;
/** The fixture's paragraphs with the one to judge in a page of the same site. */
function pageWith(paragraph: string): string {
  return FIXTURE.replace(/<p data-clutter[\s\S]*<\/p>/, paragraph);
}

describe("the invitations of the fixture page", () => {
  it("are longer than a clutter line and shorter than the limit (the family the shape is for)", () => {
    for (const el of Array.from(fixtureDoc().querySelectorAll("[data-clutter]"))) {
      const n = squash(el.textContent ?? "").length;
      expect(n).toBeGreaterThan(MAX_LINE);
      expect(n).toBeLessThanOrEqual(MAX_INVITE);
    }
  });

  it("are hidden on the live page, as social, and every paragraph of the story stays", () => {
    const doc = fixtureDoc();
    const hits = liveHits(doc);
    const clutter = Array.from(doc.querySelectorAll("[data-clutter]"));
    expect(hits.map((h) => h.el)).toEqual(clutter);
    expect(hits.map((h) => `${h.category} ${h.rule}`)).toEqual(["social shape:social:invite", "social shape:social:invite"]);
  });

  it("are dropped by the reader, which keeps the paragraph that cites the traders' channel", () => {
    const article = extract(fixtureDoc(), URL_);
    expect(article.text).not.toContain("Kabar Pagi");
    expect(article.text).not.toContain("lonceng notifikasi");
    expect(article.text).toContain("t.me/contohpedaganginduk");
    expect(article.removed.filter((r) => r.rule === "shape:social:invite")).toHaveLength(2);
  });

  it("stay on the page of another site, which they do not name", () => {
    expect(texts(hiddenOn(FIXTURE, "https://www.contoh-warta.co.id/read/2026/11/26/pedagang"))).toEqual([]);
    const article = extract(new JSDOM(FIXTURE, { url: "https://www.contoh-warta.co.id/read/x" }).window.document, "https://www.contoh-warta.co.id/read/x");
    expect(article.text).toContain("Kabar Pagi");
  });
});

describe("what the shape leaves alone", () => {
  const keeps: [string, string][] = [
    ["a label that is a sentence of the story", `<p>Redaksi Kompas.com menelusuri <a href="https://t.me/contohkanal">kanal yang menyebarkan kabar bohong tentang harga beras itu sejak Senin pagi</a> dan menemukan bahwa pengelolanya berganti nama tiga kali dalam sebulan, kata pengelola pasar kepada wartawan di kantor pengelola pada Selasa siang.</p>`],
    ["Telegram's share button", `<p>Kompas.com mengajak pembaca membagikan kabar ini kepada keluarga dan tetangga yang berbelanja di pasar induk, agar harga yang turun ikut dirasakan pembeli di pasar kecil: <a href="https://t.me/share/url?url=https://www.kompas.com/read/x">Telegram</a>, dan selanjutnya tunggu kabar berikutnya dari meja redaksi.</p>`],
    ["a quoted post", `<blockquote><p>Gabung kanal kami di Kompas.com untuk kabar harian dari pasar induk, harga grosir, dan jadwal bongkar muat truk setiap pagi sebelum subuh, supaya pembeli tidak perlu antre lama di gerbang pasar: <a href="https://t.me/contohkanal">https://t.me/contohkanal</a></p></blockquote>`],
    ["a block of several paragraphs", `<div><p>Kompas.com: kabar pagi.</p><p>Gabung di <a href="https://t.me/kompascomkabarpagi">Telegram</a>.</p></div>`],
  ];
  for (const [what, html] of keeps) {
    it(`keeps ${what}`, () => {
      const doc = new JSDOM(`<body>${html}</body>`, { url: URL_ }).window.document;
      const block = doc.querySelector("blockquote p, div, p")!;
      expect(isInviteBlock(block, ["kompas"])).toBe(false);
    });
  }

  it("keeps a story's paragraph past the limit that names the site and links a channel", () => {
    const long = `<p data-clutter>${"Pedagang menyebut harga harian kini diumumkan lebih awal. ".repeat(6)}Kepada Kompas.com mereka menyebut kanal <a href="https://t.me/contohpedaganginduk">https://t.me/contohpedaganginduk</a>.</p>`;
    expect(squash(new JSDOM(long).window.document.body.textContent!).length).toBeGreaterThan(MAX_INVITE);
    expect(texts(hiddenOn(pageWith(long)))).toEqual([]);
  });

  it("hides a short invitation with a label link, and keeps the same words on a site whose name they do not hold", () => {
    const short = `<p data-clutter>Berita pilihan Kompas.com kini hadir di LINE: <a href="https://line.me/R/ti/p/@kompascom">tambahkan teman</a></p>`;
    expect(texts(hiddenOn(pageWith(short)))).toHaveLength(1);
    expect(texts(hiddenOn(pageWith(short), "https://news.contoh.co.id/read/1"))).toEqual([]);
  });
});

describe("the site named in the invite's own label", () => {
  // Own words, in the shape of the lines under 2020s Indonesian and Malaysian stories: the channel's
  // link carries the site's name, the words around it only the verb.
  it("hides a line whose link names the site, and keeps it on a site the label does not name", () => {
    const line = `<div data-clutter>Ikuti juga saluran <a href="https://whatsapp.com/channel/0029VaContohKompas">WhatsApp Channel Kompas.com</a> untuk kabar terkini.</div>`;
    expect(texts(hiddenOn(pageWith(line)))).toEqual(["Ikuti juga saluran WhatsApp Channel Kompas.com untuk kabar terkini."]);
    expect(texts(hiddenOn(pageWith(line), "https://news.contoh.co.id/read/1"))).toEqual([]);
  });

  it("reads a label up to 45 characters when it names the site, and no further", () => {
    const doc = new JSDOM("<body></body>", { url: URL_ }).window.document;
    const block = (label: string) => {
      doc.body.innerHTML = `<p>Gabung juga di <a href="https://whatsapp.com/channel/0029VaContoh">${label}</a>.</p>`;
      return doc.querySelector("p")!;
    };
    expect(isInviteBlock(block("WhatsApp Channel Resmi Kompas.com"), ["kompas"])).toBe(true);
    expect(isInviteBlock(block("saluran WhatsApp resmi milik redaksi Kompas.com di Jakarta"), ["kompas"])).toBe(false);
    expect(isInviteBlock(block("WhatsApp Channel Resmi Pemkot Bandung"), ["kompas"])).toBe(false);
  });

  it("takes a site whose host shortens the name it declares (Berita Harian on bharian.com.my)", () => {
    const url = "https://www.bharian.com.my/berita/wilayah/2026/06/1/taman-rekreasi";
    const page = (declared: string) => `<html><head><meta property="og:site_name" content="${declared}"></head><body><article>` +
      `<p>Majlis bandaraya menaik taraf dua belas taman rekreasi dengan peruntukan baharu tahun ini, kata datuk bandar kepada pemberita di dewan majlis pada pagi Selasa.</p>` +
      `<p data-clutter>Ikuti saluran Telegram dan WhatsApp Channel Berita Harian untuk berita terkini: <a href="https://t.me/contohbh">t.me/contohbh</a> | <a href="https://whatsapp.com/channel/0029VaContohBH">WhatsApp BH</a></p>` +
      `</article></body></html>`;
    expect(siteLabels(url, "Berita Harian")).toEqual(["bharian", "beritaharian"]);
    expect(texts(hiddenOn(page("Berita Harian"), url))).toHaveLength(1);
    // A declared name the host does not shorten is no name of the site's: the line stays.
    expect(siteLabels(url, "Berita Hangat")).toEqual(["bharian"]);
    expect(texts(hiddenOn(page("Berita Hangat"), url))).toEqual([]);
  });
});

describe("invite addresses and site names", () => {
  it("knows a messenger's invite from its share buttons and other pages", () => {
    for (const yes of ["https://t.me/kompascomupdate", "https://telegram.me/joinchat/AbC", "https://www.whatsapp.com/channel/0029Va", "https://chat.whatsapp.com/AbCdEf", "https://line.me/R/ti/p/@site", "http://line.me/ti/p/~site"]) {
      expect(isInviteAddress(yes), yes).toBe(true);
    }
    for (const no of ["https://t.me/share/url?url=x", "https://t.me/", "https://wa.me/?text=x", "https://www.whatsapp.com/", "https://faq.whatsapp.com/channel/x", "https://line.me/en/", "/t.me/x", "tg://resolve?domain=x", "https://example.com/t.me/x"]) {
      expect(isInviteAddress(no), no).toBe(false);
    }
  });

  it("reads the name a site calls itself by off its host, the publisher's for a page from the AMP cache", () => {
    expect(siteLabel("https://www.kompas.com/read/1")).toBe("kompas");
    expect(siteLabel("https://news.detik.com/berita/d-1")).toBe("detik");
    expect(siteLabel("https://www.warta.co.id/x")).toBe("warta");
    expect(siteLabel("https://m.bbc.co.uk/news/1")).toBe("bbc");
    expect(siteLabel("https://www.idntimes.com/news/1")).toBe("idntimes");
    expect(siteLabel("https://www-kompas-com.cdn.ampproject.org/v/s/www.kompas.com/amp/read/1")).toBe("kompas");
    for (const none of ["http://127.0.0.1:8080/x", "https://x.co.id/", "about:blank", "not a url"]) expect(siteLabel(none), none).toBeNull();
  });
});
