/**
 * The counts a share bar leaves behind (src/core/shapes/share-counts.ts), on the fixture page
 * tests/fixtures/live/news/share-counts.html (own words, modelled on an app-like action bar and a
 * WordPress theme's share box, a 2013 bar with print and send links): each bar goes whole with its
 * like and comment counts, page tools and icons; the
 * byline row's counts, a poll's buttons and a byline beside a share row stay.
 */
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { isCount, withShareCounts } from "../../src/core/shapes/share-counts.ts";
import type { Hit } from "../../src/core/types.ts";
import { liveHits } from "./live-hits.ts";

const FIXTURE = readFileSync(new URL("../fixtures/live/news/share-counts.html", import.meta.url), "utf8");
const URL_ = "https://www.wartapesisir.id/daerah/jembatan-apung";
const load = (html = FIXTURE) => new JSDOM(html, { url: URL_ }).window.document;

describe("share bars with counts on the fixture page", () => {
  it("go whole, as social: no count or icon of theirs is left", () => {
    const doc = load();
    const hits = liveHits(doc);
    for (const el of Array.from(doc.querySelectorAll("[data-clutter]"))) {
      expect(hits.find((h) => h.el === el)?.category, el.className).toBe("social");
    }
  });

  it("leave the story, the byline row with its counts, the poll's buttons and a byline beside a share row", () => {
    const doc = load();
    const hits = liveHits(doc);
    for (const el of Array.from(doc.querySelectorAll("[data-para], [data-keep]"))) {
      expect(hits.filter((h) => h.el === el || h.el.contains(el) || el.contains(h.el)).map((h) => h.rule), el.className || el.tagName).toEqual([]);
    }
  });
});

describe("withShareCounts", () => {
  const widened = (html: string, url = URL_) => {
    const doc = new JSDOM(`<body><div class="content"><p>${"Isi cerita yang panjang. ".repeat(12)}</p>${html}</div></body>`, { url }).window.document;
    const hit: Hit = { el: doc.getElementById("hit")!, category: "social", rule: "test" };
    return withShareCounts([hit]).map((h) => h.el.id || h.el.className);
  };
  const share = '<div id="hit"><a href="https://www.facebook.com/sharer/sharer.php">f</a></div>';

  it.each([
    ["a like count and an icon button", `<div id="bar">${share}<button>128</button><button><svg></svg></button></div>`, "bar"],
    ["a comment count that links the story's comments", `<div id="bar"><a href="${URL_}#komentar">3 komentar</a>${share}</div>`, "bar"],
    ["a count in brackets after its word", `<div id="bar"><span>Comments (4)</span>${share}</div>`, "bar"],
    ["page tools: a print and a send-to-a-friend link", `<div id="bar">${share}<a href="/print/2026/12/05/x">Cetak</a> <a href="/sendfriend/123">Kirim</a></div>`, "bar"],
    ["page tools between separators", `<div id="bar">${share} | <a href="/print/2026/12/05/x">Cetak</a> · <a href="/sendfriend/123">Kirim</a></div>`, "bar"],
    ["a script's print button", `<div id="bar">${share}<a href="javascript:window.print()">Print</a></div>`, "bar"],
    ["two levels: the count beside the bar's wrapper", `<div id="box"><span>12</span><div class="w">${share}<span>5</span></div></div>`, "box"],
  ])("takes the box: %s", (_, html, box) => {
    expect(widened(html)).toEqual([box]);
  });

  it.each([
    ["only icons beside it: nothing left that names a number", `<div id="bar">${share}<button><svg></svg></button></div>`],
    ["a byline beside it", `<div id="bar"><span>Oleh Dewi Lestari</span>${share}<span>12</span></div>`],
    ["a date beside it", `<div id="bar"><time>5 Desember 2026</time>${share}<span>12</span></div>`],
    ["a long link to a print page: a story's headline", `<div id="bar">${share}<a href="/print/edisi-cetak-hari-ini">Edisi cetak hari ini: banjir di pesisir</a></div>`],
    ["a count that links another page", `<div id="bar"><a href="/terpopuler">12 berita</a>${share}</div>`],
    ["a picture beside it", `<div id="bar"><img src="/logo.png" alt="">${share}<span>12</span></div>`],
    ["a field beside it", `<div id="bar"><input type="email"><span>12</span>${share}</div>`],
    ["in the site's header", `<header><div id="bar">${share}<span>12</span></div></header>`],
  ])("keeps to the hit: %s", (_, html) => {
    expect(widened(html)).toEqual(["hit"]);
  });

  it("leaves other categories' hits alone, and drops a hit the widened box took in", () => {
    const doc = new JSDOM(`<body><div id="bar"><div id="hit"><a href="https://twitter.com/intent/tweet">t</a></div><span id="c">7</span></div><aside id="ad"></aside></body>`, { url: URL_ }).window.document;
    const hits: Hit[] = [
      { el: doc.getElementById("hit")!, category: "social", rule: "a" },
      { el: doc.getElementById("c")!, category: "comments", rule: "b" },
      { el: doc.getElementById("ad")!, category: "promo", rule: "c" },
    ];
    expect(withShareCounts(hits).map((h) => `${h.el.id} ${h.rule}`)).toEqual(["bar a", "ad c"]);
  });
});

describe("isCount", () => {
  it.each(["128", "1,4K", "2 rb", "0 komentar", "1 comment", "Komentar (23)", "12 Facebook", "1.204 dilihat"])("%s is a count", (t) => {
    expect(isCount(t)).toBe(true);
  });
  it.each(["Bagikan", "Oleh Dewi", "5 Desember 2026", "Baca juga 3 berita", "Pemilu 2024 di Jawa Barat", "https://t.me/1"])("%s is no count", (t) => {
    expect(isCount(t)).toBe(false);
  });
});
