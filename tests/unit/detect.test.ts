import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { detectArticle, earlyArticleSignal } from "../../src/core/detect.ts";

const doc = (html: string) => new JSDOM(html).window.document;
const fixture = (p: string) => doc(readFileSync(new URL(`../fixtures/live/${p}`, import.meta.url), "utf8"));
const prose = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraf ${i}: ${"Warga kota berkumpul di alun-alun untuk mendengar pengumuman wali kota tentang anggaran banjir. ".repeat(3)}</p>`).join("");

describe("detectArticle", () => {
  it("takes og:type article from the head", () => {
    expect(detectArticle(doc('<head><meta property="og:type" content="article"></head><body><p>x</p></body>'))).toEqual({ isArticle: true, reason: "og:type" });
  });

  it("finds NewsArticle inside a JSON-LD @graph, and type arrays like ReportageNewsArticle", () => {
    expect(detectArticle(fixture("news/medcom-style.html")).reason).toBe("json-ld");
    const arr = '<script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@type":["ReportageNewsArticle"],"headline":"x"}]</script>';
    expect(detectArticle(doc(`<head>${arr}</head><body></body>`)).reason).toBe("json-ld");
  });

  it("ignores broken JSON-LD and non-article types", () => {
    const broken = '<script type="application/ld+json">{"@type":"NewsArticle",}</script>';
    const org = '<script type="application/ld+json">{"@type":"Organization","name":"x"}</script>';
    expect(detectArticle(doc(`<head>${broken}${org}</head><body><p>short</p></body>`))).toEqual({ isArticle: false, reason: "none" });
  });

  it("falls back to isProbablyReaderable for an article without metadata", () => {
    expect(detectArticle(doc(`<body><article>${prose(6)}</article></body>`)).reason).toBe("readerable");
  });

  it("calls a search-results page no article", () => {
    expect(detectArticle(fixture("search.html")).isArticle).toBe(false);
  });

  it("counts a site pack as an article before looking at the page", () => {
    expect(earlyArticleSignal(doc("<body></body>"), true)).toEqual({ isArticle: true, reason: "site-pack" });
    expect(earlyArticleSignal(doc(`<body>${prose(6)}</body>`)).isArticle).toBe(false); // early signals never parse the body
  });
});
