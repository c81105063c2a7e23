import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { extract } from "../../../src/core/extract.ts";
import { applySitePack, findSitePack, packContent, packSelectorRules } from "../../../src/core/sitepack.ts";
import type { SitePack } from "../../../src/rules/index.ts";

const packs: SitePack[] = [
  { domain: "example.com", content: [".body"], clean: [{ selector: ".promo", category: "promo" }, { selector: "::bad((", category: "related" }] },
  { domain: "news.example.com" },
];

describe("findSitePack", () => {
  it("matches the host and its subdomains, the most specific pack first", () => {
    expect(findSitePack("https://example.com/a", packs)?.domain).toBe("example.com");
    expect(findSitePack("https://www.example.com/a", packs)?.domain).toBe("example.com");
    expect(findSitePack("https://sport.news.example.com/a", packs)?.domain).toBe("news.example.com");
    expect(findSitePack("https://EXAMPLE.COM./a", packs)?.domain).toBe("example.com");
  });

  it("does not match a look-alike host, a bad address or none", () => {
    expect(findSitePack("https://notexample.com/a", packs)).toBeNull();
    expect(findSitePack("https://example.com.evil.net/a", packs)).toBeNull();
    expect(findSitePack("not a url", packs)).toBeNull();
    expect(findSitePack(null, packs)).toBeNull();
  });
});

describe("applySitePack", () => {
  const page = `<body><nav>menu</nav><div class="body"><p>${"Kalimat berita yang panjang. ".repeat(8)}</p>
    <div class="promo">Diskon besar hari ini</div></div><aside class="promo">Iklan samping</aside></body>`;

  it("keeps only the body, removes clean selectors, reports what was inside the body, survives a bad selector", () => {
    const doc = new JSDOM(page).window.document;
    const removed = applySitePack(doc, packs[0]!, new Set(["promo", "related"]));
    expect(doc.body.textContent).toContain("Kalimat berita");
    expect(doc.body.textContent).not.toContain("menu");
    expect(doc.body.textContent).not.toContain("Diskon");
    expect(removed).toEqual([{ category: "promo", rule: "site:example.com:0", text: "Diskon besar hari ini" }]);
  });

  it("leaves a disabled category alone", () => {
    const doc = new JSDOM(page).window.document;
    applySitePack(doc, packs[0]!, new Set(["related"]));
    expect(doc.body.textContent).toContain("Diskon");
  });

  it("ignores a content selector that finds no real text", () => {
    const doc = new JSDOM(`<body><div class="body">x</div><p>${"Isi. ".repeat(60)}</p></body>`).window.document;
    applySitePack(doc, packs[0]!, new Set(["promo"]));
    expect(doc.body.textContent).toContain("Isi.");
  });

  it("names its rules site:<domain>:<n>", () => {
    expect(packSelectorRules(packs[0]!).map((r) => r.id)).toEqual(["site:example.com:0", "site:example.com:1"]);
  });
});

describe("a pack fails safe", () => {
  const story = (s: string) => `<p>${s} ${"Warga kota menyambut kabar itu dengan lega, kata pejabat setempat kepada wartawan. ".repeat(2)}</p>`;
  const page = () => new JSDOM(`<!DOCTYPE html><html lang="id"><head><title>Banjir Surut</title></head><body>
    <div class="main"><article><h1>Banjir Surut</h1><div class="story-text">
      ${story("Air mulai surut sejak pagi.")}${story("Sekolah kembali dibuka.")}${story("Pasar ramai lagi.")}
      <div class="promo">Langganan sekarang, diskon besar hari ini!</div></div></article>
    <aside class="sidebar"><ul><li><a href="/1">Berita satu</a></li><li><a href="/2">Berita dua</a></li></ul></aside></div></body></html>`,
  { url: "https://www.example.com/read/1" }).window.document;
  const read = (pack: SitePack | null) => extract(page(), "https://www.example.com/read/1", { sitePack: pack });

  it("a pack whose selectors match nothing changes nothing", () => {
    const none = read(null);
    const nothing = read({ domain: "example.com", content: [".no-such-body"], clean: [{ selector: ".no-such-box", category: "related" }] });
    expect(nothing.text).toBe(none.text);
    expect(nothing.removed).toEqual(none.removed);
  });

  it("never removes the body a content selector found, nor a box holding it", () => {
    const a = read({ domain: "example.com", content: [".story-text"], clean: [{ selector: ".story-text", category: "promo" }, { selector: ".main", category: "related" }, { selector: ".promo", category: "promo" }] });
    for (const s of ["Air mulai surut", "Sekolah kembali dibuka", "Pasar ramai lagi"]) expect(a.text).toContain(s);
    expect(a.text).not.toContain("Langganan");
  });

  it("without a content match, never removes the box whose paragraphs are the article, nor its ancestors", () => {
    const a = read({ domain: "example.com", content: [".no-such-body"], clean: [{ selector: "article", category: "related" }, { selector: ".main", category: "related" }, { selector: ".story-text", category: "related" }, { selector: ".promo", category: "promo" }] });
    for (const s of ["Air mulai surut", "Sekolah kembali dibuka", "Pasar ramai lagi"]) expect(a.text).toContain(s);
    expect(a.text).not.toContain("Langganan");
  });

  it("never removes the box inside the found body that holds its paragraphs", () => {
    // On the document itself: extract() would hide a lost body by reading the page again without the pack.
    const doc = page();
    applySitePack(doc, { domain: "example.com", content: ["article"], clean: [{ selector: ".story-text", category: "related" }] }, new Set(["related"]));
    expect(doc.body.textContent).toContain("Pasar ramai lagi");
  });

  it("a content selector matching sibling parts gives the box holding them all", () => {
    const doc = new JSDOM(`<body><div id="body"><div class="part">${story("Bagian satu.")}</div><div class="ad">Iklan</div><div class="part">${story("Bagian dua.")}</div></div></body>`).window.document;
    expect(packContent(doc, { domain: "example.com", content: [".part"] })?.id).toBe("body");
  });
});
