import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { applySitePack, findSitePack, packSelectorRules } from "../../../src/core/sitepack.ts";
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
