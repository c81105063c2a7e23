/**
 * Rows of share buttons written as `<button>`s (src/core/shapes/share-buttons.ts), on the fixture
 * page tests/fixtures/live/news/share-buttons.html (own words, modelled on a React share kit and a
 * site builder's generated class names): both rows go on the live page as social; a photo viewer's
 * toolbar, the text-size buttons, a "send to my e-mail" form and a "load comments" button stay.
 */
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { findArticleRoot, keepMarks } from "../../src/core/live-shapes.ts";
import { shareButtonHits } from "../../src/core/shapes/share-buttons.ts";
import { liveHits } from "./live-hits.ts";

const FIXTURE = readFileSync(new URL("../fixtures/live/news/share-buttons.html", import.meta.url), "utf8");
const URL_ = "https://www.kabarpesisir.id/wisata/festival-layang-layang-ramaikan-pantai-selatan";

describe("share buttons on the fixture page", () => {
  const doc = new JSDOM(FIXTURE, { url: URL_ }).window.document;
  const hits = liveHits(doc);
  // The second row's label ("Bagikan") is a phrase's heading too, and takes the row it titles: the
  // same block found twice.
  const outer = [...new Set(hits.map((h) => h.el))].filter((el) => !hits.some((o) => o.el !== el && o.el.contains(el)));

  it("are hidden on the live page, each row whole, as social", () => {
    const marked = Array.from(doc.querySelectorAll("[data-clutter]"));
    expect(outer.length).toBe(marked.length);
    for (const el of marked) expect(outer).toContain(el);
    for (const el of outer) {
      expect(hits.filter((h) => h.el === el).map((h) => h.category)).not.toContain("promo");
      expect(hits.some((h) => h.el === el && h.rule === "shape:social:share-buttons")).toBe(true);
    }
  });

  it("leave the photo viewer's toolbar, the text-size buttons, the e-mail form and the comments button", () => {
    for (const el of Array.from(doc.querySelectorAll("[data-keep], [data-para]"))) {
      expect(hits.filter((h) => h.el.contains(el) || el.contains(h.el)).length, el.className).toBe(0);
    }
  });
});

describe("what a row of share buttons is", () => {
  const rows = (html: string) => {
    const doc = new JSDOM(`<body><article><h1>Judul</h1><p>Paragraf cerita.</p></article>${html}</body>`, { url: URL_ }).window.document;
    return shareButtonHits(doc, keepMarks(doc, findArticleRoot(doc))).map((h) => h.el.id);
  };
  const b = (name: string) => `<button aria-label="${name}"><svg></svg></button>`;

  it.each([
    ["buttons named for networks", `<div id="r">${b("Share on Facebook")}${b("Share on LinkedIn")}</div>`],
    ["a share verb in another language and a copy-link button", `<div id="r">${b("Artikel teilen")}${b("Link kopieren")}</div>`],
    ["buttons by their class words, with a share link beside them", '<div id="r"><button class="js-facebook-share">f</button><a href="https://wa.me/?text=x">WA</a></div>'],
    ["one button in a box that calls itself a share box", `<div id="r" class="share-box">${b("Bagikan")}</div>`],
  ])("takes %s", (_, html) => {
    expect(rows(html)).toEqual(["r"]);
  });

  it.each([
    ["a toolbar with a share button beside others", `<div id="r">${b("Close")}${b("Share")}${b("Zoom")}</div>`],
    ["one share button alone", `<div id="r">${b("Bagikan")}</div>`],
    ["buttons beside a link to the site's own page", `<div id="r">${b("facebook")}${b("twitter")}<a href="/indeks">Indeks berita</a></div>`],
    ["buttons beside an e-mail field", `<div id="r">${b("email")}${b("facebook")}<input type="email"></div>`],
    ["buttons beside a byline's date", `<div id="r">${b("facebook")}${b("twitter")}<span>6 Desember 2026</span></div>`],
  ])("leaves %s", (_, html) => {
    expect(rows(html)).toEqual([]);
  });
});
