/**
 * The pruning before Readability (src/core/prune.ts): what can never be article content leaves the
 * page; what Readability or the fields read from the whole page stays; the article is the same.
 */
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core/extract.ts";
import { pruneForReadability } from "../../src/core/prune.ts";

const parse = (html: string) => new JSDOM(html, { url: "https://news.example/a/1" }).window.document;

const PROSE = "Warga desa mulai menanam padi lagi setelah banjir surut pekan lalu, dan para petani berharap panen tetap datang tepat waktu. ";

const PAGE = `<!doctype html><html><head><title>Banjir surut, petani kembali menanam padi di sawah</title></head><body>
<nav id="menu"><a href="/">Beranda</a><a href="/news">Berita</a></nav>
<div id="wrap">
  <aside id="side"><h3>Terpopuler</h3><a href="/x">Lain</a></aside>
  <article id="story">
    <h1>Banjir surut, petani kembali menanam padi di sawah</h1>
    <nav id="in-article-nav"><a href="#p2">Ke bagian dua</a></nav>
    <p>${PROSE.repeat(3)}</p>
    <div hidden id="hidden-attr">Tersembunyi</div>
    <div aria-hidden="true" id="aria">Ikon</div>
    <div aria-hidden="true" class="fallback-image" id="fallback">Rumus</div>
    <p style="display: none" id="display-none">Tidak tampil</p>
    <p style="color: red" id="styled">${PROSE}</p>
    <img src="lazy.gif" aria-hidden="true" id="lazy"><noscript><img src="real.jpg"></noscript>
    <button id="btn">Bagikan</button>
    <svg id="icon"><title>Facebook</title></svg>
    <script>track()</script>
    <p>${PROSE.repeat(2)}</p>
    <footer id="article-foot">Editor: Ani</footer>
  </article>
  <div style="visibility:hidden" id="invisible"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Banjir surut"}</script><span>x</span></div>
  <div role="dialog" aria-modal="true" id="modal">Langganan sekarang</div>
</div>
<footer id="site-foot"><p>Hak cipta</p></footer>
</body></html>`;

const ids = (doc: Document) => Array.from(doc.querySelectorAll("[id]"), (e) => e.id);

describe("pruning before Readability", () => {
  it("takes out invisible elements, scripts, controls, drawings and the chrome outside the article", () => {
    const doc = parse(PAGE);
    expect(pruneForReadability(doc)).toBeGreaterThan(5);
    const left = ids(doc);
    for (const gone of ["menu", "side", "hidden-attr", "aria", "display-none", "btn", "icon", "modal", "site-foot"]) expect(left).not.toContain(gone);
    expect(doc.querySelector("script:not([type])")).toBeNull();
  });

  it("keeps what Readability reads from the whole page, and the chrome inside the article", () => {
    const doc = parse(PAGE);
    pruneForReadability(doc);
    const left = ids(doc);
    // Readability's own exceptions: a fallback image, and a picture its <noscript> replaces.
    expect(left).toEqual(expect.arrayContaining(["story", "styled", "fallback", "lazy", "in-article-nav", "article-foot"]));
    // An invisible box that holds the page's JSON-LD stays (Readability reads the metadata from it)…
    expect(left).toContain("invisible");
    expect(doc.querySelector('script[type="application/ld+json"]')).not.toBeNull();
    // …and so does a heading Readability may take the title from (the title has ": " here).
    const titled = parse(PAGE.replace("<title>Banjir surut, petani", "<title>Berita: Banjir surut, petani").replace('<aside id="side"><h3>', '<aside id="side"><h2>').replace("</h3>", "</h2>"));
    pruneForReadability(titled);
    expect(ids(titled)).toContain("side");
  });

  it("leaves the article's text as it was", () => {
    const article = extract(parse(PAGE), null);
    expect(article.text).toContain(PROSE.trim());
    expect(article.text).not.toMatch(/Terpopuler|Langganan|Hak cipta|Tersembunyi/);
    // The document itself as the working copy (a host that hands it over, as the CLI's does).
    const handed = extract(parse(PAGE), null, { host: { workingCopy: (doc, retry) => (retry ? parse(PAGE) : doc) } });
    expect(handed.text).toBe(article.text);
  });
});
