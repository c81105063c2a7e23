/**
 * Banners that invite to the site's channel (src/core/shapes/invites.ts channelBanner): a picture
 * linked to a WhatsApp, Telegram or LINE channel or to the site's page on Google News, alone in its
 * box, on the fixture page tests/fixtures/live/news/channel-banners.html (own words, modelled on the
 * "Ikuti kami di Google News" and WhatsApp-channel banners under Indonesian articles). The live page
 * hides them and the reader drops them; a story's photo linked to a post, a picture in a quoted post,
 * the story's paragraph citing a channel and the footer's own badge stay.
 */
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core/extract.ts";
import { channelBanner } from "../../src/core/shapes/invites.ts";
import { liveHits } from "./live-hits.ts";

const FIXTURE = readFileSync(new URL("../fixtures/live/news/channel-banners.html", import.meta.url), "utf8");
const URL_ = "https://www.warta-contoh.co.id/daerah/2026/12/04/pasar-apung-dibuka-lagi";
const fixtureDoc = () => new JSDOM(FIXTURE, { url: URL_ }).window.document;

describe("channel banners on the fixture page", () => {
  it("are hidden on the live page, each whole box, and nothing the page must keep", () => {
    const doc = fixtureDoc();
    const hits = liveHits(doc);
    // The banner with words ("Ikuti kami") is also a phrase's line: one block, found twice.
    expect(new Set(hits.map((h) => h.el))).toEqual(new Set(doc.querySelectorAll("[data-clutter]")));
    const banners = hits.filter((h) => h.rule === "shape:social:channel-banner");
    expect(banners.map((h) => h.el)).toEqual(Array.from(doc.querySelectorAll("[data-clutter]")));
    expect(new Set(hits.map((h) => h.category))).toEqual(new Set(["social"]));
  });

  it("are dropped by the reader, which keeps the story's photo, the quoted post and the channel the story cites", () => {
    const article = extract(fixtureDoc(), URL_);
    for (const gone of ["ikuti-google-news.png", "saluran-whatsapp.jpg", "telegram.png"]) expect(article.contentHtml).not.toContain(gone);
    for (const kept of ["pasar-apung.jpg", "perahu-kecil.jpg"]) expect(article.contentHtml).toContain(kept);
    expect(article.text).toContain("t.me/contohpaguyubanpasar");
  });
});

describe("what a channel banner is", () => {
  const linkIn = (html: string) => new JSDOM(`<body><div id="story"><p>Paragraf cerita yang panjang.</p>${html}</div></body>`).window.document.querySelector("#story a")!;

  it.each([
    ["a picture linked to a post, not a channel", `<p><a href="https://www.instagram.com/p/Contoh/"><img src="/a.jpg"></a></p>`],
    ["a channel's link with no picture", `<p><a href="https://whatsapp.com/channel/0029Va">Saluran WhatsApp</a></p>`],
    ["a picture link with a sentence in it", `<p><a href="https://t.me/contoh"><img src="/a.png">Bergabunglah dengan kanal kami untuk kabar pasar setiap pagi</a></p>`],
    ["Google News' story pages", `<p><a href="https://news.google.com/articles/CBMiContoh"><img src="/a.png"></a></p>`],
    ["Telegram's share button", `<p><a href="https://t.me/share/url?url=x"><img src="/tg.png"></a></p>`],
  ])("is not %s", (_what, html) => {
    expect(channelBanner(linkIn(html), null)).toBeNull();
  });

  it("goes no further up than the box that holds the picture alone", () => {
    const doc = new JSDOM(`<body><div id="story"><p>Teks.</p><div id="box"><p><a href="https://news.google.com/s/CBIwContoh"><img src="/gn.png"></a></p></div></div></body>`).window.document;
    expect(channelBanner(doc.querySelector("a")!, doc.getElementById("story"))).toBe(doc.getElementById("box"));
    // A picture without a caption in a <figure> of its own (an editor's image block) is a box like any.
    const block = new JSDOM(`<body><figure id="f"><a href="https://whatsapp.com/channel/0029Va"><img src="/wa.png"></a></figure></body>`).window.document;
    expect(channelBanner(block.querySelector("a")!, null)).toBe(block.getElementById("f"));
  });

  it.each([
    ["among a sentence's words", `<p>Tangkapan layar kanal itu, <a href="https://t.me/contohkanal"><img src="/kanal.png"></a>, beredar sejak Senin.</p>`],
    ["over a caption", `<figure><a href="https://t.me/contohkanal"><img src="/kanal.png"></a><figcaption>Kanal Telegram yang dilaporkan warga.</figcaption></figure>`],
  ])("leaves a story's picture of a channel %s", (_where, html) => {
    expect(channelBanner(linkIn(html), null)).toBeNull();
  });
});
