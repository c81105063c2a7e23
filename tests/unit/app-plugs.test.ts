/**
 * A site's plugs for its own app (src/core/shapes/app-plugs.ts), on the fixture page
 * tests/fixtures/live/news/app-plugs.html (own words, modelled on the strips, cards and banners news
 * sites put around their stories): they go as promo though no link of theirs leads to a store; the
 * story about an app, a report's download button, a headline about an app and the footer's entry stay.
 */
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { findArticleRoot, keepMarks } from "../../src/core/live-shapes.ts";
import { appPlugHits } from "../../src/core/shapes/app-plugs.ts";
import { liveHits } from "./live-hits.ts";

const FIXTURE = readFileSync(new URL("../fixtures/live/news/app-plugs.html", import.meta.url), "utf8");
const URL_ = "https://www.wartapesisir.id/kesehatan/2026/12/05/aplikasi-antrean-puskesmas";
const load = (html = FIXTURE) => new JSDOM(html, { url: URL_ }).window.document;

describe("app plugs on the fixture page", () => {
  it("go on the live page, each whole, as promo", () => {
    const doc = load();
    const hits = liveHits(doc);
    for (const el of Array.from(doc.querySelectorAll("[data-clutter]"))) {
      expect(hits.filter((h) => h.el === el).map((h) => `${h.category} ${h.rule}`), el.className).toContain("promo shape:promo:app-plug");
    }
  });

  it("leave the story that links an app, a report's download button and the footer's entry", () => {
    const doc = load();
    const hits = liveHits(doc);
    for (const el of Array.from(doc.querySelectorAll("[data-para], [data-keep]"))) {
      expect(hits.filter((h) => h.el === el || h.el.contains(el) || el.contains(h.el)).map((h) => h.rule), el.className || el.tagName).toEqual([]);
    }
  });

  it("take no headline of a story about an app", () => {
    const doc = load();
    const teaser = doc.querySelector(".next-read")!;
    const plugs = appPlugHits(doc, keepMarks(doc, findArticleRoot(doc)));
    expect(plugs.filter((h) => h.el === teaser || h.el.contains(teaser) || teaser.contains(h.el))).toEqual([]);
  });
});

describe("what an app plug is", () => {
  const plugs = (box: string) => {
    const doc = new JSDOM(`<body><main><article><h1>Judul</h1><p>${"Isi cerita. ".repeat(30)}</p></article>${box}</main></body>`, { url: URL_ }).window.document;
    return appPlugHits(doc, keepMarks(doc, findArticleRoot(doc))).map((h) => h.el.id);
  };

  it.each([
    ["a button's verb and the app's name beside it", '<div id="p"><b>Kabar App</b> <a href="/app">Download</a></div>'],
    ["Hindi: open the app", '<div id="p"><span>दैनिक समाचार ऐप पर पढ़ें</span> <a href="https://news.example.in/x7Yz">ऐप खोलें</a></div>'],
    ["Japanese, unspaced, one link for the whole banner", '<section id="p"><a href="/news/app/"><p>ニュースアプリで最新情報</p><span>ダウンロード（無料）</span></a></section>'],
    ["English, with a close button", '<div id="p"><button>×</button><div>Read more in the Daily app</div><a href="https://daily.onelink.me/x">Open app</a></div>'],
  ])("takes %s", (_, box) => {
    expect(plugs(box)).toEqual(["p"]);
  });

  it.each([
    ["a download with no app named", '<div id="p"><span>Laporan tahunan (PDF)</span> <a href="/laporan.pdf">Download</a></div>'],
    ["an app named with no verb", '<div id="p"><span>Kabar App</span> <a href="/app">Selengkapnya</a></div>'],
    ["a box with another link", '<div id="p"><b>Kabar App</b> <a href="/app">Download</a> <a href="/tentang">Tentang kami</a></div>'],
  ])("leaves %s", (_, box) => {
    expect(plugs(box)).toEqual([]);
  });

  it("leaves a plug in the story itself: a story about an app links it", () => {
    const doc = new JSDOM(`<body><main><article><h1>Judul</h1><p>${"Isi cerita. ".repeat(30)}</p><div id="p"><b>Kabar App</b> <a href="/app">Download</a></div></article></main></body>`, { url: URL_ }).window.document;
    expect(appPlugHits(doc, keepMarks(doc, findArticleRoot(doc)))).toEqual([]);
  });
});
