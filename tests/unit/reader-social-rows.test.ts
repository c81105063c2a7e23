/**
 * Rows of follow and share links inside the article, in the reader view: judged by the live page's
 * share-row shape (src/core/shapes/share-rows.ts, through clean.ts), so the reader drops what the
 * live page hides. Written for this test: a follow line whose label is longer than the networks'
 * names (the words-only test of classify let it through), and what must stay beside it.
 */
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core/extract.ts";

const URL_ = "https://www.contoh-warta.co.id/read/2025/11/20/1200/pasar-apung-kembali-ramai";
const para = (n: number) => `<p>Paragraf ${n}: pedagang di pasar apung kembali berjualan setelah air surut, dan pembeli berdatangan dari kampung sekitar sejak subuh untuk mencari sayur dan ikan segar.</p>`;

function read(inner: string): string {
  const html = `<!doctype html><html lang="id"><head><title>Pasar apung kembali ramai</title><meta property="og:type" content="article"></head>
<body><article><h1>Pasar apung kembali ramai</h1><div class="isi">${para(1)}${para(2)}${inner}${para(3)}${para(4)}${para(5)}</div></article></body></html>`;
  return extract(new JSDOM(html, { url: URL_ }).window.document, URL_).text;
}

describe("follow and share rows in the reader", () => {
  it("drops a follow line that links two networks, whatever its words", () => {
    const text = read('<p>Temukan juga kami di <a href="https://www.tiktok.com/@contohwarta">TikTok</a> dan <a href="https://www.youtube.com/@contohwarta">YouTube</a>.</p>');
    expect(text).not.toContain("Temukan juga kami");
    expect(text).toContain("Paragraf 3");
  });

  it("keeps the story's own sentence that links one account, and a longer one that names two", () => {
    const one = '<p>Video pasar itu diunggah di akun <a href="https://www.instagram.com/wargapasar">Instagram</a> warga.</p>';
    expect(read(one)).toContain("Video pasar itu diunggah");
    const long = '<p>Menurut pengelola, video keramaian pasar yang diunggah ke <a href="https://www.tiktok.com/@pasar">TikTok</a> dan <a href="https://www.youtube.com/@pasar">YouTube</a> sejak pekan lalu membuat pengunjung dari luar kota berdatangan.</p>';
    expect(read(long)).toContain("membuat pengunjung dari luar kota berdatangan");
  });
});
