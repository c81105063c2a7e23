/**
 * The name a site declares in its head (og:site_name) beside the one its host shows
 * (src/core/site-name.ts declaredSiteNames): a network's regional site ("WartaBekasi.com" on
 * bekasi.wartanusa.com) and a name of two words ("Kabar Raya" on kabarraya.com) write it so in
 * their own plugs. Fixture tests/fixtures/live/news/declared-name.html (own words): the live page
 * hides the app plug and the WhatsApp invitation that name the site so, the reader drops them, and
 * the story's paragraph that cites a community's channel stays in both.
 */
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core/extract.ts";
import { withDeclaredNames } from "../../src/core/hide-plan.ts";
import { declaredSiteNames, siteLabels } from "../../src/core/site-name.ts";
import { hidePlanForPage } from "../../src/shared/page-plan.ts";
import { defaultSettings } from "../../src/shared/settings.ts";
import { liveHits } from "./live-hits.ts";

const FIXTURE = readFileSync(new URL("../fixtures/live/news/declared-name.html", import.meta.url), "utf8");
const REGIONAL = "https://bekasi.wartanusa.com/read/2026/12/03/jalur-sepeda-baru-tersambung";
const OTHER = "https://www.contoh-warta.co.id/read/2026/12/03/jalur-sepeda-baru-tersambung";
const withHead = (name: string | null) =>
  FIXTURE.replace(/<meta property="og:site_name"[^>]*>/, name === null ? "" : `<meta property="og:site_name" content="${name}">`);

describe("the names a site declares", () => {
  it.each([
    // [address, og:site_name, names, domains]
    [REGIONAL, "WartaBekasi.com", ["wartabekasi"], ["wartabekasi.com", "wartabekasicom"]],
    ["https://metro.jurnalnusa.co.id/x", "MetroLive.id", ["metrolive"], ["metrolive.id"]],
    ["https://www.kabarraya.com/x", "Kabar Raya", ["kabar raya"], []],
    ["https://www.kabarraya.com/x", "Kabar Raya - Berita Terkini dan Terpercaya", ["kabar raya"], []],
  ])("on %s, %s adds %j and %j", (url, declared, names, domains) => {
    expect(declaredSiteNames(url, declared)).toEqual({ names, domains });
  });

  it.each([
    [REGIONAL, null, "no name"],
    ["https://www.kabarraya.com/x", "KabarRaya.com", "the host's own name again"],
    ["https://www.kabarraya.com/x", "Berita Terkini", "a name the host has nothing of"],
    [OTHER, "WartaBekasi.com", "another site's name"],
    ["https://gaya.kabarraya.com/x", "gaya.kabarraya.com", "its own host, written out"],
    ["https://www.kabarraya.com/x", "Kabar Raya, portal berita terpercaya untuk warga kota", "a slogan"],
    ["http://127.0.0.1:8080/x", "Kabar Raya", "an address with no name"],
  ])("on %s, %s adds nothing (%s)", (url, declared, _why) => {
    expect(declaredSiteNames(url, declared)).toBeNull();
  });

  it("are compared as letters by the invitation shape, beside the host's", () => {
    expect(siteLabels(REGIONAL, "WartaBekasi.com")).toEqual(["wartanusa", "wartabekasi"]);
    expect(siteLabels("https://www.kabarraya.com/x", "Kabar Raya")).toEqual(["kabarraya"]);
  });
});

describe("plugs that name the site as its head declares", () => {
  const clutter = (doc: Document) => Array.from(doc.querySelectorAll("[data-clutter]"));

  it("are hidden on the live page of the regional site, and every paragraph of the story stays", () => {
    const doc = new JSDOM(FIXTURE, { url: REGIONAL }).window.document;
    const hits = liveHits(doc);
    expect(hits.map((h) => h.el)).toEqual(clutter(doc));
    expect(hits.map((h) => h.rule)).toEqual(["phrase:promo:line", "shape:social:invite"]);
  });

  it("stay where the head declares no name, or one that is not the site's", () => {
    expect(liveHits(new JSDOM(withHead(null), { url: REGIONAL }).window.document)).toEqual([]);
    expect(liveHits(new JSDOM(withHead("Berita Terkini"), { url: REGIONAL }).window.document)).toEqual([]);
    expect(liveHits(new JSDOM(FIXTURE, { url: OTHER }).window.document)).toEqual([]);
  });

  it("are dropped by the reader, which keeps the paragraph citing the community's channel", () => {
    const article = extract(new JSDOM(FIXTURE, { url: REGIONAL }).window.document, REGIONAL);
    expect(article.removed.map((r) => r.rule)).toEqual(["phrase:promo:line", "shape:social:invite"]);
    expect(article.text).toContain("t.me/contohgowesbekasi");
    expect(article.text).not.toContain("Download aplikasi");
    const elsewhere = extract(new JSDOM(withHead(null), { url: REGIONAL }).window.document, REGIONAL);
    expect(elsewhere.text).toContain("Download aplikasi WartaBekasi.com");
  });

  it("go into the plan once, and a plan with nothing to fill is the same plan", () => {
    const doc = new JSDOM(FIXTURE, { url: REGIONAL }).window.document;
    const plan = hidePlanForPage(defaultSettings(), REGIONAL)!;
    expect(plan.slotted.length).toBeGreaterThan(0);
    const named = withDeclaredNames(plan, doc);
    expect(named.matchers.length).toBeGreaterThan(plan.matchers.length);
    expect(named.slotted).toEqual([]);
    expect(withDeclaredNames(named, doc)).toBe(named);
    const bare = withDeclaredNames(plan, new JSDOM(withHead(null), { url: REGIONAL }).window.document);
    expect(bare.matchers).toBe(plan.matchers);
  });
});
