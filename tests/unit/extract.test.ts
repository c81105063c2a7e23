/**
 * extract() on fixture pages written for this repository, modelled on real structures (the medcom.id
 * seed, detik "Baca juga" boxes, kompas "Baca juga:" lines and "Berita Terkait" lists, an article
 * about scholarships that must keep every sentence, English/German/French read-also lines).
 * The cases' exact text and metadata are checked by tests/unit/cases.test.ts; these tests check what
 * the expected files cannot show (the caller's document untouched, why each block went, options).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { extract, ExtractError, plainReadability } from "../../src/core/extract.ts";

const DIR = join(import.meta.dirname, "../fixtures/cases");
const load = (name: string, url?: string) =>
  new JSDOM(readFileSync(join(DIR, name, "source.html"), "utf8"), url ? { url } : {}).window.document;
const count = (hay: string, needle: string) => hay.split(needle).length - 1;

describe("the medcom.id seed page", () => {
  const doc = load("medcom-seed");
  const before = doc.documentElement.outerHTML;
  const a = extract(doc);
  const caption = "Para menteri luar negeri ASEAN berfoto bersama di Sekretariat ASEAN";

  it("leaves the caller's document untouched", () => {
    expect(doc.documentElement.outerHTML).toBe(before);
  });
  it("prints the photo caption once, as the lead image's caption", () => {
    expect(count(a.contentHtml, caption)).toBeLessThanOrEqual(1);
    expect(a.leadImage?.src).toBe("https://cdn.example.id/images/2022/02/menlu-asean.jpg");
    expect(a.leadImage?.alt).toBe("Para menteri luar negeri ASEAN berfoto bersama di Jakarta");
  });
  it("removes every kind of clutter and says why", () => {
    const cats = new Set(a.removed.map((r) => r.category));
    for (const c of ["related", "social", "promo", "credits"]) expect(cats).toContain(c);
    const why = (s: string) => a.removed.find((r) => r.text.includes(s));
    expect(why("Baca:")?.category).toBe("related");
    expect(why("Google News")?.category).toBe("social");
    expect(why("beasiswa full")?.category).toBe("promo");
    expect(why("(SIN)")?.category).toBe("credits");
    for (const r of a.removed) expect(r.text.length).toBeLessThanOrEqual(120);
    expect(a.text).not.toMatch(/Baca:|Google News|beasiswa|FOLLOW US|TERKAIT|BERITA LAINNYA|\(SIN\)/);
  });
  it("fills the article fields", () => {
    expect(a.title).toBe("Menlu ASEAN Sepakati Jalur Diplomasi Baru di Jakarta");
    expect(a.lang).toBe("id");
    expect(a.dir).toBe("ltr");
    expect(a.publishedTime).toBe("2022-02-15T21:24:00+07:00");
    expect(a.url).toBe("https://www.medcom.id/internasional/asean/Kd2xy7Mb-menlu-asean-sepakati-jalur-diplomasi-baru");
    expect(a.wordCount).toBeGreaterThan(100);
    expect(a.readingMinutes).toBe(1);
  });
});

describe("article fields from other sources", () => {
  it("reads the date and author from JSON-LD when no meta has them", () => {
    const a = extract(load("detik-baca-juga"));
    expect(a.publishedTime).toBe("2023-04-03T10:15:00+07:00");
    expect(a.lang).toBe("id-ID");
  });
  it("takes the lead image's caption from its figure, and keeps it out of the text", () => {
    const a = extract(load("kompas-terkait"));
    expect(a.leadImage?.caption).toMatch(/^Pesepeda melintas di jalur khusus sepeda/);
    expect(a.text).not.toContain("Pesepeda melintas");
    expect(a.url).toBe("https://regional.kompas.com/read/2023/05/01/083000278/jalur-sepeda-baru-dibuka-di-surabaya");
  });
  it("uses the url given over the page's own", () => {
    expect(extract(load("kompas-terkait"), "https://example.org/x").url).toBe("https://example.org/x");
  });
  it("drops the headline that repeats the page title, keeps a first heading that does not", () => {
    const body = "<p>Paragraf pertama berita ini cukup panjang untuk dihitung sebagai isi artikel yang sebenarnya oleh Readability.</p>".repeat(5);
    const page = (title: string) => new JSDOM(`<html><head><title>${title}</title></head><body><article><h1>Sungai Meluap di Bandung</h1>${body}</article></body></html>`).window.document;
    expect(extract(page("Sungai Meluap di Bandung - Kabar Kota")).text).not.toContain("Sungai Meluap");
    expect(extract(page("Kabar Kota")).text).toMatch(/^Sungai Meluap di Bandung/);
  });
  it("marks right-to-left languages", () => {
    const doc = new JSDOM(`<html lang="ar"><body><article><h1>عنوان</h1>${"<p>نص المقال الطويل هنا وهناك، وهو نص تجريبي كتب لاختبار الاتجاه من اليمين إلى اليسار.</p>".repeat(6)}</article></body></html>`).window.document;
    const a = extract(doc);
    expect(a.lang).toBe("ar");
    expect(a.dir).toBe("rtl");
  });
});

describe("options and failures", () => {
  it("plainReadability gives Readability's output with the clutter still in it", () => {
    const a = plainReadability(load("medcom-seed"), null);
    expect(a.removed).toEqual([]);
    expect(a.text).toContain("Cek Berita dan Artikel yang lain di Google News");
  });
  it("a category switched off keeps its clutter", () => {
    const a = extract(load("medcom-seed"), null, { categories: ["related", "social", "credits", "duplicate"] });
    expect(a.text).toContain("beasiswa full");
    expect(a.text).not.toContain("Google News");
  });
  it("a page with no article is an ExtractError", () => {
    const doc = new JSDOM("<html><body></body></html>").window.document;
    expect(() => extract(doc)).toThrow(ExtractError);
  });
  it("prefers the publisher's JSON-LD articleBody when Readability finds only a fragment", () => {
    const body = Array.from({ length: 8 }, (_, i) => `Paragraf ${i + 1} dari isi berita yang lengkap, ditulis cukup panjang agar terhitung sebagai teks artikel yang sebenarnya.`).join("\n");
    const doc = new JSDOM(`<html><head><script type="application/ld+json">${JSON.stringify({ "@type": "NewsArticle", articleBody: body })}</script></head>
      <body><div class="lead"><p>Hanya ringkasan pendek dari berita ini, yang terlihat di halaman sebelum tombol baca selengkapnya diklik oleh pembaca.</p></div></body></html>`).window.document;
    const a = extract(doc);
    expect(a.text.split("\n\n")).toHaveLength(8);
    expect(a.text).toContain("Paragraf 8 dari isi berita");
  });
});
