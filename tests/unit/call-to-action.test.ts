/**
 * A box that invites the reader to do one thing (src/core/shapes/call-to-action.ts): a line or two
 * of invitation and one button, outside the article and the site's frame; a magazine's cover beside
 * its button, linking the same offer, is part of the one thing.
 */
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { findArticleRoot, keepMarks } from "../../src/core/live-shapes.ts";
import { ctaBoxHits } from "../../src/core/shapes/call-to-action.ts";

const boxes = (box: string) => {
  const doc = new JSDOM(`<body><main><article><h1>Judul berita</h1><div class="isi"><p>${"Isi cerita yang panjang. ".repeat(20)}</p></div></article>${box}</main></body>`, {
    url: "https://www.contoh-warta.co.id/read/2026/12/06/judul-berita",
  }).window.document;
  return ctaBoxHits(doc, keepMarks(doc, findArticleRoot(doc))).map((h) => h.el.id);
};

describe("call to action", () => {
  it.each([
    ["an invitation and one button", '<div id="b"><p>Kirim foto banjir di sekitar Anda ke redaksi kami.</p><a class="btn" href="/kirim">Upload</a></div>'],
    [
      "a magazine's cover beside its button, both linking the offer",
      '<div id="b"><a href="https://store.contoh.co.id/majalah/"><img src="/cover.jpg" alt=""></a><div><h4>Majalah Edisi Terbaru</h4><p>Baca laporan utama dalam versi digital.</p><a class="btn-langganan" href="https://store.contoh.co.id/majalah/">Berlangganan</a></div></div>',
    ],
  ])("takes %s", (_, box) => {
    expect(boxes(box)).toEqual(["b"]);
  });

  it.each([
    ["a second link to another page", '<div id="b"><p>Kirim foto banjir di sekitar Anda ke redaksi kami.</p><a class="btn" href="/kirim">Upload</a> <a href="/syarat">Syarat</a></div>'],
    [
      "a picture linking another page",
      '<div id="b"><a href="/galeri"><img src="/foto.jpg" alt=""></a><p>Kirim foto banjir di sekitar Anda ke redaksi kami.</p><a class="btn" href="/kirim">Upload</a></div>',
    ],
    [
      "the same page linked again with words: a widget's buttons, not one offer",
      '<div id="b"><p>Beri nilai artikel ini untuk redaksi kami.</p><a class="btn" href="/masuk">Suka (0)</a> <a href="/masuk">Tidak suka (0)</a></div>',
    ],
    ["buttons that link no page", '<div id="b"><p>Beri nilai artikel ini untuk redaksi kami.</p><a class="btn"><img src="/up.png" alt=""></a><a class="btn">Suka</a></div>'],
  ])("leaves %s", (_, box) => {
    expect(boxes(box)).toEqual([]);
  });
});
