/**
 * Multi-page articles (src/core/pages.ts): a three-page split article reads as one, the site's
 * all-on-one-page address is used when it has one, a loop of "next" links stops, and the walk
 * never leaves the article's origin or goes past 20 pages.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import {
  allOnOnePageUrl, articleKey, findNextPage, followPages, MAX_PAGES, pageNumber, pagesJoinedNote, type FetchDoc,
} from "../../src/core/pages.ts";
import { squash } from "../../src/core/text.ts";

const JPNN = "https://www.jpnn.com/news/warga-desa-bangun-pembangkit-listrik-tenaga-mikrohidro";
const KOMPAS = "https://money.kompas.com/read/2024/10/21/081500226/nelayan-pantura-beralih-ke-mesin-perahu-listrik";
const fixture = (p: string) => readFileSync(fileURLToPath(new URL(`../fixtures/multipage/${p}`, import.meta.url)), "utf8");
const docOf = (html: string, url: string) => new JSDOM(html, { url }).window.document;

/** A fake web: address → fixture file; records what was fetched. */
function site(pages: Record<string, string>) {
  const fetched: string[] = [];
  const fetchDoc: FetchDoc = async (url) => {
    fetched.push(url);
    const file = pages[url];
    return file ? docOf(fixture(file), url) : null;
  };
  return { fetched, fetchDoc };
}

const order = (text: string, ...parts: string[]) => parts.map((p) => squash(text).indexOf(p));

// Each page is a full extract (Readability on jsdom): seconds on a busy 2-core machine, not a speed bar.
describe("followPages", { timeout: 60_000 }, () => {
  it("reads a three-page article as one, in order, without the pager or the per-page clutter", async () => {
    const web = site({ [`${JPNN}?page=2`]: "split/page-2.html", [`${JPNN}?page=3`]: "split/page-3.html" });
    const r = await followPages(docOf(fixture("split/page-1.html"), JPNN), JPNN, web.fetchDoc);
    expect(r.pages).toBe(3);
    expect(r.via).toBe("next-links");
    expect(r.stopped).toBeNull();
    const at = order(r.article.text, "jpnn.com, GARUT - Warga Desa Cikondang", "Kini pembangkit tersebut menghasilkan listrik", "hutan di hulu adalah sumber air");
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(r.article.text).not.toMatch(/BACA JUGA|Berikutnya|Harga Turbin Mikrohidro/);
    expect(r.pageHtml).toHaveLength(3);
    expect(web.fetched).toEqual([`${JPNN}?page=2`, `${JPNN}?page=3`]);
    expect(r.article.wordCount).toBeGreaterThan(r.article.text.split(/\s+/).length * 0.9);
  });

  it("stops at a loop of next links", async () => {
    const web = site({ [`${JPNN}?page=2`]: "loop/page-2.html", [`${JPNN}?page=3`]: "loop/page-3.html" });
    const r = await followPages(docOf(fixture("loop/page-1.html"), JPNN), JPNN, web.fetchDoc);
    expect(r.pages).toBe(3);
    expect(r.stopped).toBe("repeat");
    expect(web.fetched).toEqual([`${JPNN}?page=2`, `${JPNN}?page=3`]);
  });

  it("stops when a site answers every page number with the same body", async () => {
    const fetchDoc: FetchDoc = async (url) => docOf(fixture("split/page-2.html"), url);
    const r = await followPages(docOf(fixture("split/page-1.html"), JPNN), JPNN, fetchDoc);
    expect(r.stopped).toBe("repeat");
    expect(r.pages).toBe(2);
  });

  it("uses the site's all-on-one-page address when it has one", async () => {
    const web = site({ [`${KOMPAS}?page=all`]: "all/page-all.html" });
    const r = await followPages(docOf(fixture("all/page-1.html"), KOMPAS), KOMPAS, web.fetchDoc);
    expect(r.via).toBe("all-on-one-page");
    expect(r.pages).toBe(2);
    expect(web.fetched).toEqual([`${KOMPAS}?page=all`]);
    expect(squash(r.article.text)).toContain("stasiun pengisian di tiga dermaga lain");
    expect(r.article.text).not.toMatch(/Tampilkan Semua|Selanjutnya|Baca juga/);
  });

  it("falls back to the next pages when the all-on-one-page address fails", async () => {
    const web = site({ [`${KOMPAS}?page=2`]: "all/page-all.html" });
    const r = await followPages(docOf(fixture("all/page-1.html"), KOMPAS), KOMPAS, web.fetchDoc);
    expect(web.fetched).toEqual([`${KOMPAS}?page=all`, `${KOMPAS}?page=2`]);
    expect(r.via).toBe("next-links");
  });

  it("leaves a one-page article alone and fetches nothing", async () => {
    const web = site({});
    const r = await followPages(docOf(fixture("split/page-3.html"), `${JPNN}?page=3`), `${JPNN}?page=3`, web.fetchDoc);
    expect(r.pages).toBe(1);
    expect(r.via).toBe("single");
    expect(web.fetched).toEqual([]);
  });

  it("keeps what it has when a page cannot be fetched", async () => {
    const web = site({ [`${JPNN}?page=2`]: "split/page-2.html" });
    const r = await followPages(docOf(fixture("split/page-1.html"), JPNN), JPNN, web.fetchDoc);
    expect(r.pages).toBe(2);
    expect(r.stopped).toBe("fetch-failed");
  });

  it("reads at most 20 pages of an endless article", async () => {
    const endless = (n: number) => `<html lang="id"><body><article><h1>Judul</h1>
      <p>${`Paragraf halaman ${n} berisi kalimat berita yang cukup panjang untuk dibaca. `.repeat(6)}</p>
      <p><a href="?page=${n + 1}">Selanjutnya</a></p></article></body></html>`;
    let calls = 0;
    const fetchDoc: FetchDoc = async (url) => {
      calls++;
      return docOf(endless(pageNumber(url)), url);
    };
    const url = "https://berita.example/artikel/judul";
    const r = await followPages(docOf(endless(1), url), url, fetchDoc);
    expect(r.pages).toBe(MAX_PAGES);
    expect(r.stopped).toBe("limit");
    expect(calls).toBe(MAX_PAGES - 1);
  });
});

describe("findNextPage", () => {
  const page = (links: string, url = "https://site.example/berita/judul") => docOf(`<body><p>isi</p>${links}</body>`, url);

  it("follows rel=next, next words and the numbered link, on the same article only", () => {
    expect(findNextPage(page('<a rel="next" href="/berita/judul?page=2">2</a>'), "https://site.example/berita/judul", null)).toBe("https://site.example/berita/judul?page=2");
    expect(findNextPage(page('<a href="/berita/judul-artikel/2">Selanjutnya »</a>'), "https://site.example/berita/judul-artikel", null)).toBe("https://site.example/berita/judul-artikel/2");
    expect(findNextPage(page('<a href="?page=1">1</a><a href="?page=2">2</a><a href="?page=3">3</a>'), "https://site.example/berita/judul", null)).toBe("https://site.example/berita/judul?page=2");
    expect(findNextPage(page('<a href="/berita/judul?halaman=3">Halaman 3</a>', "https://site.example/berita/judul?halaman=2"), "https://site.example/berita/judul?halaman=2", null)).toBe("https://site.example/berita/judul?halaman=3");
  });

  it("ignores the next article, another origin and scripts", () => {
    const url = "https://site.example/berita/judul";
    expect(findNextPage(page('<a href="/berita/lain">Selanjutnya</a>'), url, null)).toBeNull();
    expect(findNextPage(page('<a href="https://evil.example/berita/judul?page=2">Selanjutnya</a>'), url, null)).toBeNull();
    expect(findNextPage(page('<a href="javascript:next()">Selanjutnya</a>'), url, null)).toBeNull();
    expect(findNextPage(page('<a href="?page=1">« Sebelumnya</a>', `${url}?page=2`), `${url}?page=2`, null)).toBeNull();
  });

  it("uses a pack's own next-page selector", () => {
    const url = "https://site.example/berita/judul";
    const doc = page('<span class="nx"><a href="/berita/judul?hal=2">→ lanjut baca</a></span>');
    expect(findNextPage(doc, url, null)).toBeNull();
    expect(findNextPage(doc, url, { domain: "site.example", nextPage: [".nx a"] })).toBe(`${url}?hal=2`);
  });
});

describe("addresses", () => {
  it("reduces every page of an article to one key", () => {
    const k = articleKey("https://a.example/read/2024/01/02/123/judul-berita");
    for (const u of ["?page=2", "?page=all", "/2", "/page/3", "?single=1", "#x"]) {
      expect(articleKey(`https://a.example/read/2024/01/02/123/judul-berita${u}`)).toBe(k);
    }
    expect(articleKey("https://a.example/read/2024/01/02/124/lain")).not.toBe(k);
  });

  it("does not take another article or post for a page of this one", () => {
    expect(articleKey("https://blog.example/?p=123")).not.toBe(articleKey("https://blog.example/?p=124"));
    expect(articleKey("https://site.example/berita/12")).not.toBe(articleKey("https://site.example/berita/13"));
    expect(findNextPage(docOf('<p>x</p><a href="/berita/13">Selanjutnya</a>', "https://site.example/berita/12"), "https://site.example/berita/12", null)).toBeNull();
    expect(pageNumber("https://site.example/berita/12")).toBe(1);
    expect(pageNumber("https://news.detik.com/berita/d-1/judul-artikel/3")).toBe(3);
    expect(pageNumber("https://site.example/judul-artikel/halaman-4")).toBe(4);
  });

  it("builds the all-on-one-page address from the pack", () => {
    const d = docOf("<p>x</p>", "https://news.detik.com/berita/d-1/judul-artikel/2");
    expect(allOnOnePageUrl(d, "https://news.detik.com/berita/d-1/judul-artikel/2")).toBe("https://news.detik.com/berita/d-1/judul-artikel?single=1");
    expect(allOnOnePageUrl(d, "https://a.example/x", null)).toBeNull();
  });

  it("writes the note in the article's language", () => {
    expect(pagesJoinedNote(3, "id")).toBe("3 halaman digabung");
    expect(pagesJoinedNote(3, "en-US")).toBe("3 pages joined");
  });
});
