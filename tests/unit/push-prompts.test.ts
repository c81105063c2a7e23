/**
 * Prompts to turn on a site's push notifications (src/core/shapes/push-prompts.ts and the built-in
 * `push-prompts` selectors), on the fixture page tests/fixtures/live/news/push-prompt.html (own
 * words): OneSignal's bell and a site's own "allow notifications?" prompt go as promo; a story
 * about notifications, its buttons and the header's notification bell stay.
 */
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { findArticleRoot, keepMarks } from "../../src/core/live-shapes.ts";
import { pushPromptHits } from "../../src/core/shapes/push-prompts.ts";
import { liveHits } from "./live-hits.ts";

const FIXTURE = readFileSync(new URL("../fixtures/live/news/push-prompt.html", import.meta.url), "utf8");
const URL_ = "https://www.kabarpesisir.id/nasional/peringatan-dini-gempa-lewat-notifikasi-ponsel";

describe("push prompts on the fixture page", () => {
  const doc = new JSDOM(FIXTURE, { url: URL_ }).window.document;
  // The prompt the page's script adds a second after load, written into the page as it would be then.
  const late = doc.createElement("div");
  late.innerHTML = '<div class="pQ7s"><img src="/img/ikon.png" alt=""><p>Dapatkan notifikasi berita terbaru dari Kabar Pesisir?</p></div><div class="r8Tw"><button>Nanti saja</button><button>Izinkan</button></div>';
  late.setAttribute("data-clutter", "promo");
  doc.body.append(late);
  const hits = liveHits(doc);

  it("are hidden, the bell by its id and the site's own prompt by its shape", () => {
    const clutter = Array.from(doc.querySelectorAll("[data-clutter]"));
    expect(clutter.map((el) => hits.find((h) => h.el === el)?.rule)).toEqual(["push-prompts", "shape:promo:push-prompt"]);
    expect(clutter.map((el) => hits.find((h) => h.el === el)?.category)).toEqual(["promo", "promo"]);
  });

  it("leave the story about notifications, its buttons and the header's bell", () => {
    for (const el of Array.from(doc.querySelectorAll("[data-keep], [data-para]"))) {
      expect(hits.filter((h) => h.el.contains(el) || el.contains(h.el)).length, el.textContent ?? "").toBe(0);
    }
  });
});

describe("what a push prompt is", () => {
  const prompts = (html: string) => {
    const doc = new JSDOM(`<body><article><h1>Judul</h1><p>Paragraf cerita.</p></article>${html}</body>`, { url: URL_ }).window.document;
    return pushPromptHits(doc, keepMarks(doc, findArticleRoot(doc))).map((h) => h.el.id);
  };
  const buttons = (...names: string[]) => `<div>${names.map((n) => `<button>${n}</button>`).join("")}</div>`;

  it.each([
    ["an English prompt", `<div id="p"><p>We'd like to show you notifications for the latest news and updates.</p>${buttons("Cancel", "Allow")}</div>`],
    ["a German one with role=button links", '<div id="p"><p>Push-Benachrichtigungen aktivieren?</p><a role="button">Nein</a><a role="button">Ja</a></div>'],
    ["a Japanese one (no spaces between words)", `<div id="p"><p>最新ニュースの通知を受け取りますか？</p>${buttons("後で", "許可")}</div>`],
    ["one with category checkboxes", `<div id="p"><p>Pilih notifikasi yang Anda inginkan</p><label><input type="checkbox"> Bola</label><label><input type="checkbox"> Ekonomi</label>${buttons("Batal", "Simpan")}</div>`],
  ])("takes %s", (_, html) => {
    expect(prompts(html)).toEqual(["p"]);
  });

  it.each([
    ["a paragraph about notifications without buttons", '<div id="p"><p>Aktifkan notifikasi di pengaturan ponsel Anda.</p></div>'],
    ["a prompt without a notification word", `<div id="p"><p>Baca berita ini di aplikasi?</p>${buttons("Nanti", "Buka")}</div>`],
    ["the header's notification menu", `<header id="h"><div id="p"><span>Notifikasi</span>${buttons("Tandai sudah dibaca")}</div></header>`],
    ["a form with a field", `<div id="p"><p>Kirim notifikasi ke e-mail saya</p><input type="email">${buttons("Kirim")}</div>`],
    ["a toolbar of many buttons", `<div id="p"><span>Notifikasi</span>${buttons("A", "B", "C", "D")}</div>`],
    ["a box with a paragraph of prose", `<div id="p"><p>${"Warga diminta mengaktifkan notifikasi darurat di ponsel mereka karena peringatan gempa kini dikirim langsung. ".repeat(2)}</p>${buttons("Dengarkan")}</div>`],
  ])("leaves %s", (_, html) => {
    expect(prompts(html)).toEqual([]);
  });

  it("leaves a box that holds the article", () => {
    const doc = new JSDOM(`<body><div id="p"><p>Notifikasi</p><button>Tutup</button><article><h1>Judul</h1><p>Paragraf cerita.</p></article></div></body>`, { url: URL_ }).window.document;
    expect(pushPromptHits(doc, keepMarks(doc, findArticleRoot(doc)))).toEqual([]);
  });
});
