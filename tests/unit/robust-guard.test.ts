/**
 * The input guards on their own (src/core/guard.ts, src/cli/deep-markup.ts): what they keep, what
 * they refuse and why, and that pathological markup cannot make them backtrack (a quadratic scan
 * of these multi-megabyte inputs would run for minutes and trip the timeout; no timing is asserted).
 */
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { capDepth, estimateDepth } from "../../src/cli/deep-markup.ts";
import { checkArticleText, checkBytes, guardDocument, LIMITS, slimMarkup } from "../../src/core/guard.ts";

const HANG = 60_000;
const bytes = (s: string) => new TextEncoder().encode(s);

describe("checkBytes", () => {
  it("lets pages through: UTF-8, Latin-1, and UTF-16 with its NUL bytes", () => {
    expect(() => checkBytes(bytes("<p>halo</p>"))).not.toThrow();
    expect(() => checkBytes(new Uint8Array([0x3c, 0x70, 0x3e, 0xe9, 0x3c]))).not.toThrow();
    expect(() => checkBytes(new Uint8Array([0xff, 0xfe, 0x3c, 0x00, 0x70, 0x00]))).not.toThrow();
  });
  it("names what it refuses", () => {
    expect(() => checkBytes(new Uint8Array())).toThrow(/empty/);
    expect(() => checkBytes(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]))).toThrow(/PDF/);
    expect(() => checkBytes(bytes("<p>a\u0000b</p>"))).toThrow(/NUL/);
  });
});

describe("slimMarkup", () => {
  const article = "<article><p>Teks artikel yang harus tetap ada.</p></article>";
  it("leaves ordinary pages untouched", () => {
    const page = `<script>var a = "<p>";</script>${article}`;
    expect(slimMarkup(page)).toBe(page);
  });
  it("drops script, style and comment bodies and data: blobs of a large page, keeping the article", () => {
    const page = `<script>${"x".repeat(LIMITS.slimAbove)}</script><style>${"y".repeat(1000)}</style><!-- ${"z".repeat(1000)} -->${article}<img src="data:image/png;base64,${"A".repeat(5000)}">`;
    const slim = slimMarkup(page);
    expect(slim).toContain(article);
    expect(slim.length).toBeLessThan(300);
    expect(slim).toContain(`<img src="data:,">`);
  });
  it("keeps a large page's JSON-LD scripts whole (metadata and articleBody), dropping every other script body", () => {
    const ld = `{"@type":"NewsArticle","headline":"Judul","articleBody":"Isi artikel."}`;
    const page = `<script type="application/ld+json">${ld}</script><script TYPE='Application/LD+JSON' id=b>${ld}</script><script>${"x".repeat(LIMITS.slimAbove)}</script><script type="application/json">{"state":"${"s".repeat(1000)}"}</script>${article}`;
    const slim = slimMarkup(page);
    expect(slim).toBe(`<script type="application/ld+json">${ld}</script><script TYPE='Application/LD+JSON' id=b>${ld}</script><script></script><script type="application/json"></script>${article}`);
  });
  it("stays linear on a million unclosed openers", () => {
    expect(slimMarkup(`${article}${"<script".repeat(400_000)}`)).toContain(article);
    expect(slimMarkup(`${article}${"<!--".repeat(400_000)}`)).toBe(article);
    expect(slimMarkup(`${article}${"<style>".repeat(200_000)}`)).toBe(`${article}<style>`);
  }, HANG);
  it("refuses what is still too large, saying how large", () => {
    expect(() => slimMarkup(`<p>${"kata ".repeat(LIMITS.maxMarkup / 4)}</p>`)).toThrow(/page too large: \d+\.\d MB .*limit 6\.0 MB/);
  }, HANG);
});

describe("capDepth", () => {
  it("leaves a page of ordinary depth alone", () => {
    const page = `<div><div><p>Teks</p></div></div>`;
    expect(capDepth(page)).toBe(page);
  });
  it("keeps the text of a 100 000-deep page as paragraphs, within the depth limit", () => {
    const page = `<body>${"<div>".repeat(100_000)}<p>Paragraf pertama di dasar.</p><p>Paragraf kedua.</p>${"</div>".repeat(100_000)}</body>`;
    const capped = capDepth(page);
    expect(estimateDepth(capped)).toBeLessThanOrEqual(LIMITS.maxDepth + 2);
    const doc = new JSDOM(capped).window.document;
    expect(Array.from(doc.querySelectorAll("p"), (p) => p.textContent)).toEqual(["Paragraf pertama di dasar.", "Paragraf kedua."]);
  }, HANG);
  it("is not fooled by stray end tags", () => {
    expect(estimateDepth(`${"<div></span>".repeat(1000)}`)).toBe(1000);
  });
});

describe("guardDocument and checkArticleText", () => {
  it("names a frameset and its frames", () => {
    const doc = new JSDOM(`<frameset><frame src="a.html"><frame src="b.html"></frameset>`).window.document;
    expect(() => guardDocument(doc)).toThrow(/frameset.*a\.html, b\.html/);
  });
  it("refuses a DOM nested far deeper than any parser makes (built by script)", () => {
    const doc = new JSDOM("<body></body>").window.document;
    let el: Element = doc.body;
    for (let i = 0; i < 2 * LIMITS.maxDepth + 10; i++) el = el.appendChild(doc.createElement("div"));
    expect(() => guardDocument(doc)).toThrow(/page too deep/);
  });
  it("takes an article with one real paragraph, refuses short lines only", () => {
    expect(() => checkArticleText("Judul\n\nWarga desa membangun jembatan baru dari bambu dan kayu selama tiga bulan terakhir ini.")).not.toThrow();
    expect(() => checkArticleText("Email\n\nKata sandi\n\nMasuk")).toThrow(/no article found.*short lines/);
    // Scripts without spaces count by characters.
    expect(() => checkArticleText("先日、不正に改造したiPhoneを販売したとして、商標法違反の疑いで男性が逮捕されました。")).not.toThrow();
  });
});
