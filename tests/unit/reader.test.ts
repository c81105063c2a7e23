/**
 * The reader page's pure parts, on its real HTML in jsdom: what an article looks like once rendered
 * (text, lang/dir, lead image once, links), that nothing executable survives, and the look settings.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import type { Article } from "../../src/core/types.ts";
import { imageKey, leadImageToShow, prepareArticleHtml } from "../../src/reader/content.ts";
import { formatDate, hostLabel, httpUrl, isoDate, shorten } from "../../src/ui/format.ts";
import { DEFAULT_PREFS, parsePrefs, stepFontSize } from "../../src/reader/prefs.ts";
import { renderArticle, renderMessage } from "../../src/reader/render.ts";
import { pickVoice, speechChunks } from "../../src/reader/voice.ts";
import type { Translate } from "../../src/ui/i18n.ts";

const READER_HTML = readFileSync(join(import.meta.dirname, "../../src/reader/index.html"), "utf8");
const t: Translate = (_k, fallback, subs) => (subs ?? []).reduce((s, sub, i) => s.replaceAll(`$${i + 1}`, sub), fallback);

function readerDoc() {
  const dom = new JSDOM(READER_HTML, { url: "chrome-extension://abc/src/reader/index.html" });
  return dom.window.document;
}

const article = (over: Partial<Article> = {}): Article => ({
  title: "Petani Garam Panen Lebih Awal",
  byline: "Siti Rahmawati",
  siteName: "Warta Contoh",
  publishedTime: "2026-08-14T09:30:00+07:00",
  lang: "id",
  dir: null,
  excerpt: "Petani garam memulai panen.",
  leadImage: { src: "/img/lead.jpg", alt: "Garam", caption: "Petani menggaruk garam." },
  url: "https://warta.example/ekonomi/garam.html",
  contentHtml: '<p>Paragraf pertama tentang garam.</p><p><a href="/lain.html">Tautan</a> dan <a href="#catatan">catatan</a>.</p>',
  text: "Paragraf pertama tentang garam.\n\nTautan dan catatan.",
  wordCount: 8,
  readingMinutes: 1,
  removed: [],
  ...over,
});

describe("renderArticle", () => {
  it("shows the site, title, byline, date and reading time, in the article's language", () => {
    const doc = readerDoc();
    renderArticle(doc, article(), { t, locale: "en" });
    const box = doc.getElementById("article")!;
    expect(box.getAttribute("lang")).toBe("id");
    expect(box.getAttribute("dir")).toBe("auto");
    expect(box.hasAttribute("aria-busy")).toBe(false);
    expect(doc.getElementById("site")!.textContent).toBe("Warta Contoh");
    expect(doc.getElementById("title")!.textContent).toBe("Petani Garam Panen Lebih Awal");
    expect(doc.getElementById("meta")!.textContent).toBe("Siti Rahmawati · August 14, 2026 · 1 min read");
    expect(doc.querySelector("#meta time")!.getAttribute("datetime")).toBe("2026-08-14T02:30:00.000Z");
    expect(doc.getElementById("content")!.textContent).toContain("Paragraf pertama tentang garam.");
    expect(doc.title).toBe("Petani Garam Panen Lebih Awal — Jernih");
  });

  it("anchors links on the article's address and opens them outside the reader", () => {
    const doc = readerDoc();
    renderArticle(doc, article(), { t, locale: "en" });
    const links = Array.from(doc.querySelectorAll("#content a"));
    expect(links[0]!.getAttribute("href")).toBe("https://warta.example/lain.html");
    expect(links[0]!.getAttribute("target")).toBe("_blank");
    expect(links[0]!.getAttribute("rel")).toBe("noopener noreferrer");
    expect(links[1]!.hasAttribute("href")).toBe(false); // an in-page anchor of the site means nothing here
    const original = doc.getElementById("original") as HTMLAnchorElement;
    expect(original.hidden).toBe(false);
    expect(original.href).toBe("https://warta.example/ekonomi/garam.html");
  });

  it("shows the lead image with its caption once, and not when the body already has that picture", () => {
    const doc = readerDoc();
    renderArticle(doc, article(), { t, locale: "en" });
    expect(doc.getElementById("lead")!.hidden).toBe(false);
    expect((doc.getElementById("lead-img") as HTMLImageElement).src).toBe("https://warta.example/img/lead.jpg");
    expect(doc.getElementById("lead-caption")!.textContent).toBe("Petani menggaruk garam.");

    const doc2 = readerDoc();
    renderArticle(doc2, article({ contentHtml: '<figure><img src="https://cdn.example/img/lead-800x450.jpg"><figcaption>Petani menggaruk garam.</figcaption></figure><p>Teks.</p>' }), { t, locale: "en" });
    expect(doc2.getElementById("lead")!.hidden).toBe(true);
    expect(doc2.querySelectorAll("img")).toHaveLength(2); // the body's picture, and the empty, hidden lead slot
    expect(doc2.body.textContent!.split("Petani menggaruk garam.").length - 1).toBe(1);
  });

  it("reads right-to-left articles right to left", () => {
    const doc = readerDoc();
    renderArticle(doc, article({ lang: "ar", dir: "rtl", title: "مكتبة جديدة" }), { t, locale: "en" });
    expect(doc.getElementById("article")!.getAttribute("dir")).toBe("rtl");
    expect(doc.getElementById("article")!.getAttribute("lang")).toBe("ar");
  });

  it("keeps nothing executable from a hostile article and shows its title as text", () => {
    const doc = readerDoc();
    renderArticle(
      doc,
      article({
        title: "<img src=x onerror=alert(1)>",
        byline: "<script>alert(2)</script>",
        url: "javascript:alert(3)",
        leadImage: { src: "javascript:alert(4)", alt: null, caption: null },
        contentHtml:
          '<p onclick="alert(5)">a<script>alert(6)</script></p><a href="javascript:alert(7)">x</a><iframe srcdoc="<script>alert(8)</script>"></iframe>' +
          '<svg onload="alert(9)"></svg><form action="javascript:alert(10)"><input></form><meta http-equiv="refresh" content="0;url=javascript:alert(11)">' +
          '<img src="/x.png" onerror="alert(12)"><details open ontoggle="alert(13)"><summary>s</summary>d</details><object data="x"></object><embed src="x"><style>*{}</style>',
      }),
      { t, locale: "en" },
    );
    const content = doc.getElementById("content")!;
    expect(content.querySelectorAll("script, iframe, svg, form, input, meta, object, embed, style")).toHaveLength(0);
    for (const el of Array.from(content.querySelectorAll("*"))) {
      for (const a of Array.from(el.attributes)) {
        expect(a.name).not.toMatch(/^on/i);
        expect(a.value).not.toMatch(/javascript:/i);
      }
    }
    expect(doc.getElementById("title")!.textContent).toBe("<img src=x onerror=alert(1)>");
    expect(doc.querySelectorAll("#title img")).toHaveLength(0);
    expect(doc.getElementById("original")!.hidden).toBe(true);
    expect(doc.getElementById("lead")!.hidden).toBe(true);
  });

  it("says why when there is no article", () => {
    const doc = readerDoc();
    renderMessage(doc, "Jernih found no article on this page.");
    expect(doc.getElementById("article")!.hidden).toBe(true);
    expect(doc.getElementById("message")!.hidden).toBe(false);
    expect(doc.getElementById("message")!.textContent).toBe("Jernih found no article on this page.");
  });
});

describe("prepareArticleHtml", () => {
  it("resolves lazy images before sanitising (the sanitiser drops data-src)", () => {
    const win = new JSDOM("").window as unknown as Window & typeof globalThis;
    const html = prepareArticleHtml('<p><img src="/blank.gif" data-src="/foto.jpg" alt="Foto"></p>', "https://warta.example/a/b.html", win);
    expect(html).toContain('src="https://warta.example/foto.jpg"');
    expect(html).not.toContain("data-src");
  });
});

describe("lead image and image identity", () => {
  it("treats sizes and CDN paths of one picture as the same picture", () => {
    expect(imageKey("https://a.example/2026/08/garam-1200x675.jpg")).toBe(imageKey("https://cdn.example/x/garam-300x169.jpg?w=300"));
    expect(imageKey("https://a.example/garam.jpg")).not.toBe(imageKey("https://a.example/gudang.jpg"));
  });

  it("keeps the lead image when the body has other pictures", () => {
    const doc = new JSDOM('<img src="https://a.example/gudang.jpg">').window.document;
    const lead = { src: "https://a.example/garam.jpg", alt: null, caption: null };
    expect(leadImageToShow(lead, doc.body)).toEqual(lead);
    expect(leadImageToShow(null, doc.body)).toBeNull();
  });
});

describe("reader look settings", () => {
  it("repairs bad values field by field and keeps the good ones", () => {
    expect(parsePrefs(undefined)).toEqual(DEFAULT_PREFS);
    expect(parsePrefs("nonsense")).toEqual(DEFAULT_PREFS);
    expect(parsePrefs({ fontSize: 24, font: "comic", width: "wide", theme: "sepia" })).toEqual({
      fontSize: 24, font: DEFAULT_PREFS.font, width: "wide", theme: "sepia",
    });
    expect(parsePrefs({ fontSize: 400 }).fontSize).toBe(DEFAULT_PREFS.fontSize);
  });

  it("steps the font size along its scale and stops at the ends", () => {
    expect(stepFontSize(20, 1)).toBe(22);
    expect(stepFontSize(20, -1)).toBe(18);
    expect(stepFontSize(32, 1)).toBe(32);
    expect(stepFontSize(14, -1)).toBe(14);
    expect(stepFontSize(21, 1)).toBe(22);
  });
});

describe("read aloud", () => {
  const v = (lang: string, name: string, def = false, local = true) => ({ lang, name, default: def, localService: local });

  it("picks a voice for the article's language, preferring the exact region, then the default", () => {
    const voices = [v("en-US", "Ann", true), v("id-ID", "Damayanti", false, false), v("id-ID", "Gadis"), v("ms-MY", "Amira")];
    expect(pickVoice(voices, "id")?.name).toBe("Gadis");
    expect(pickVoice(voices, "id_ID")?.name).toBe("Gadis");
    expect(pickVoice(voices, "en-GB")?.name).toBe("Ann");
    expect(pickVoice([v("en-GB", "B"), v("en-US", "A")], "en-US")?.name).toBe("A");
  });

  it("finds none when no voice speaks the language (the button then stays hidden)", () => {
    expect(pickVoice([v("en-US", "Ann", true)], "ar")).toBeNull();
    expect(pickVoice([v("en-US", "Ann", true)], null)).toBeNull();
    expect(pickVoice([], "id")).toBeNull();
  });

  it("cuts long paragraphs at sentence ends into pieces a speech engine takes", () => {
    const long = "Kalimat pertama cukup panjang untuk diuji. ".repeat(12).trim();
    const chunks = speechChunks(`Judul\n\n${long}\n\nAkhir.`, 120);
    expect(chunks[0]).toBe("Judul");
    expect(chunks.at(-1)).toBe("Akhir.");
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(120);
    expect(chunks.slice(1, -1).every((c) => c.endsWith("."))).toBe(true);
    expect(chunks.join(" ").replace(/\s+/g, " ")).toBe(`Judul ${long} Akhir.`);
  });
});

describe("format helpers", () => {
  it("formats dates in the UI language, reads the forms sites print, and shows other date lines as the site wrote them", () => {
    expect(formatDate("2026-02-16T08:00:00Z", "id")).toBe("16 Februari 2026");
    expect(formatDate("Senin, 16/02/2026 08:00 WIB", "en")).toBe("February 16, 2026");
    expect(formatDate("Kemarin, 10.00 WIB", "en")).toBe("Kemarin, 10.00 WIB");
    expect(formatDate(null, "en")).toBeNull();
    expect(isoDate("kemarin")).toBeNull();
  });

  it("shows an odd machine date read, never raw, on the day the site printed", () => {
    expect(formatDate("2022-12-10T13-19-56Z", "id")).toBe("10 Desember 2022");
    // 23:30 in Jakarta is still the 10th, wherever the reader is.
    expect(formatDate("2022-12-10T23:30:00+07:00", "en")).toBe("December 10, 2022");
    expect(formatDate("2022-13-45T99-99-99Z", "en")).toBeNull();
    expect(isoDate("2022-12-10T13-19-56Z")).toBe("2022-12-10T13:19:56.000Z");
  });

  it("only treats http(s) as links, and names a site by its host", () => {
    expect(httpUrl("javascript:alert(1)")).toBeNull();
    expect(httpUrl("data:text/html,x")).toBeNull();
    expect(httpUrl("https://a.example/x")).toBe("https://a.example/x");
    expect(hostLabel("https://www.kompas.com/read/1")).toBe("kompas.com");
  });

  it("shortens at a word", () => {
    expect(shorten("satu dua tiga empat lima", 14)).toBe("satu dua tiga…");
    expect(shorten("pendek", 14)).toBe("pendek");
  });
});
