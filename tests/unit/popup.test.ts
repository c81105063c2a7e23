/**
 * The popup on its real HTML in jsdom, for each situation a reader meets: an article, a page that is
 * not one, a browser page, a page where Jernih is not running yet. Plus: every UI string the popup
 * and the reader use exists in English and Indonesian.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { CATEGORIES } from "../../src/rules/index.ts";
import { pageAccess } from "../../src/popup/access.ts";
import { categoryName, renderPopup, type PopupModel } from "../../src/popup/view.ts";
import type { Translate } from "../../src/ui/i18n.ts";

const ROOT = join(import.meta.dirname, "../..");
const POPUP_HTML = readFileSync(join(ROOT, "src/popup/index.html"), "utf8");
const t: Translate = (_k, fallback, subs) => (subs ?? []).reduce((s, sub, i) => s.replaceAll(`$${i + 1}`, sub), fallback);

const summary = {
  title: "Petani Garam Panen Lebih Awal", byline: "Siti Rahmawati", siteName: "Warta Contoh",
  publishedTime: "2026-08-14T09:30:00+07:00", lang: "id", dir: null, excerpt: "Petani garam di Sumenep memulai panen lebih awal.",
  readingMinutes: 4, wordCount: 800, url: "https://warta.example/a.html",
};

function render(model: Partial<PopupModel>, locale = "en") {
  const doc = new JSDOM(POPUP_HTML).window.document;
  const full: PopupModel = { situation: "ready", info: null, state: null, host: "warta.example", siteEnabled: true, ...model };
  renderPopup(doc, full, { t, locale, categories: CATEGORIES });
  const shown = (id: string) => {
    for (let el: HTMLElement | null = doc.getElementById(id); el; el = el.parentElement) if (el.hidden) return false;
    return true;
  };
  return { doc, shown, text: (id: string) => doc.getElementById(id)!.textContent ?? "" };
}

describe("popup view", () => {
  it("describes an article and offers the reader view", () => {
    const { shown, text } = render({
      info: { summary, isArticle: true, readerOpen: false },
      state: { url: summary.url, isArticle: true, hidden: { related: 3, social: 1, promo: 0 }, revealed: false },
    });
    expect(text("article-title")).toBe(summary.title);
    expect(text("site")).toBe("Warta Contoh");
    expect(text("meta")).toBe("Siti Rahmawati · August 14, 2026 · 4 min read");
    expect(text("excerpt")).toBe(summary.excerpt);
    expect(shown("reader")).toBe(true);
    expect(text("reader")).toBe("Reader view");
    expect(shown("notice")).toBe(false);
    expect(text("hidden-list")).toBe("Related articles3Show on this siteSocial prompts1Show on this site");
    expect(shown("reveal-row")).toBe(true);
    expect(shown("site-box")).toBe(true);
    expect(text("site-host")).toBe("Jernih hides clutter on warta.example.");
  });

  it("offers to close the reader when it is open", () => {
    const { text } = render({ info: { summary, isArticle: true, readerOpen: true } });
    expect(text("reader")).toBe("Close reader view");
  });

  it("offers to close an open reader that found no article (on Android no shortcut or menu can)", () => {
    const { shown, text } = render({ info: { summary: null, isArticle: false, readerOpen: true } });
    expect(shown("reader")).toBe(true);
    expect(text("reader")).toBe("Close reader view");
    // Closed, with nothing to read: no button (the notice says why).
    expect(render({ info: { summary: null, isArticle: false, readerOpen: false } }).shown("reader")).toBe(false);
  });

  it("names categories in the UI language", () => {
    const { text } = render({ info: { summary, isArticle: true, readerOpen: false }, state: { url: "", isArticle: true, hidden: { related: 2 }, revealed: false } }, "id-ID");
    expect(text("hidden-list")).toBe("Berita terkait2Show on this site"); // t here is the English fallback
    expect(categoryName(CATEGORIES, "unknown-category", "id")).toBe("unknown-category");
  });

  it("offers each hidden category 'Show on this site'; a category shown again on the site offers 'Hide again'", () => {
    const { doc, shown, text } = render({
      info: { summary, isArticle: true, readerOpen: false },
      state: { url: summary.url, isArticle: true, hidden: { related: 3, social: 2 }, revealed: false },
      shown: ["promo"],
    });
    const rows = Array.from(doc.querySelectorAll("#hidden-list li")).map((li) => {
      const button = li.querySelector("button")!;
      return [li.querySelector(".name")!.textContent, li.querySelector(".n")!.textContent, button.textContent, button.dataset.category, button.dataset.show];
    });
    expect(rows).toEqual([
      ["Related articles", "3", "Show on this site", "related", "true"],
      ["Social prompts", "2", "Show on this site", "social", "true"],
      ["Promotions", "shown", "Hide again on this site", "promo", "false"],
    ]);
    // Each button is described by its category's name, for a screen reader.
    const button = doc.querySelector<HTMLButtonElement>('button[data-category="promo"]')!;
    expect(doc.getElementById(button.getAttribute("aria-describedby")!)!.textContent).toBe("Promotions");
    expect(text("hidden-title")).toBe("Hidden on this page");
    expect(shown("reveal-row")).toBe(true);
  });

  it("lists a category shown again on the site once, as shown, even while the page still counts it", () => {
    const { doc, shown } = render({
      info: { summary, isArticle: true, readerOpen: false },
      state: { url: summary.url, isArticle: true, hidden: { related: 3 }, revealed: false },
      shown: ["related"],
    });
    const rows = Array.from(doc.querySelectorAll("#hidden-list li")).map((li) => li.textContent);
    expect(rows).toEqual(["Related articlesshownHide again on this site"]);
    expect(shown("hidden-none")).toBe(true);
    expect(shown("reveal-row")).toBe(false);
  });

  it("says so when nothing is hidden, and hides the reveal switch", () => {
    const { shown } = render({ info: { summary, isArticle: true, readerOpen: false }, state: { url: "", isArticle: true, hidden: {}, revealed: false } });
    expect(shown("hidden-none")).toBe(true);
    expect(shown("reveal-row")).toBe(false);
  });

  it("on a page that is not an article: says so, shows no article, keeps the site switch", () => {
    const none = render({ info: { summary: null, isArticle: false, readerOpen: false } });
    expect(none.text("notice")).toBe("This page does not look like an article, so it has no reader view.");
    expect(none.shown("article")).toBe(false);
    expect(none.shown("reader")).toBe(false);
    expect(none.shown("site-box")).toBe(true);
    // Text to read but no article signals: a plainer "try" button.
    const doubtful = render({ info: { summary, isArticle: false, readerOpen: false } });
    expect(doubtful.shown("article")).toBe(false);
    expect(doubtful.text("reader")).toBe("Try the reader view");
    expect(doubtful.doc.getElementById("reader")!.classList.contains("primary")).toBe(false);
  });

  it("on a browser page: says Jernih cannot work there and offers only the settings", () => {
    const { shown, text } = render({ situation: "restricted", host: null });
    expect(text("notice")).toMatch(/^Jernih cannot work on this page/);
    for (const id of ["article", "reader", "hidden-box", "site-box", "reload"]) expect(shown(id), id).toBe(false);
    expect(shown("options")).toBe(true);
  });

  it("where Jernih is not running yet: offers a reload", () => {
    const { shown, text } = render({ situation: "not-running" });
    expect(text("notice")).toMatch(/Reload the page/);
    expect(shown("reload")).toBe(true);
    expect(shown("reader")).toBe(false);
  });

  it("with the site switched off: says so, hides the counts and the picker", () => {
    const { shown, text, doc } = render({ siteEnabled: false, info: { summary, isArticle: true, readerOpen: false }, state: { url: "", isArticle: true, hidden: {}, revealed: false } });
    expect((doc.getElementById("site-enabled") as HTMLInputElement).checked).toBe(false);
    expect(text("site-host")).toBe("Jernih hides nothing on warta.example.");
    expect(shown("hidden-box")).toBe(false);
    expect(shown("picker")).toBe(false);
    expect(shown("reader")).toBe(true);
  });
});

describe("pageAccess", () => {
  it("knows the pages no extension may touch", () => {
    for (const url of [
      "chrome://extensions/", "about:blank", "about:addons", "moz-extension://x/popup.html", "chrome-extension://x/a.html",
      "view-source:https://a.example/", "file:///home/x.html", "https://chromewebstore.google.com/detail/x",
      "https://chrome.google.com/webstore/detail/x", "https://addons.mozilla.org/id/firefox/", "edge://settings",
    ]) expect(pageAccess(url), url).toBe("restricted");
  });

  it("lets ordinary web pages through, and says 'unknown' when the browser hides the URL", () => {
    expect(pageAccess("https://www.kompas.com/read/1")).toBe("web");
    expect(pageAccess("http://127.0.0.1:8080/a.html")).toBe("web");
    expect(pageAccess("https://chrome.google.com/search")).toBe("web");
    expect(pageAccess(undefined)).toBe("unknown");
  });
});

describe("UI strings", () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
  const sources = [...files(join(ROOT, "src/popup")), ...files(join(ROOT, "src/reader")), join(ROOT, "src/content/reader-toggle.ts"), join(ROOT, "src/background/reader.ts")];
  const used = new Set(sources.flatMap((f) => [...readFileSync(f, "utf8").matchAll(/["'](popup_[a-z0-9_]+|reader_[a-z0-9_]+)["']/g)].map((m) => m[1]!)));

  it.each(["en", "id"])("every popup_/reader_ key used exists in _locales/%s", (loc) => {
    const messages = JSON.parse(readFileSync(join(ROOT, `_locales/${loc}/messages.json`), "utf8")) as Record<string, { message: string }>;
    expect(used.size).toBeGreaterThan(30);
    const missing = [...used].filter((k) => !messages[k]?.message);
    expect(missing).toEqual([]);
  });

  it("names the reader view 'Tampilan baca' in Indonesian", () => {
    const id = JSON.parse(readFileSync(join(ROOT, "_locales/id/messages.json"), "utf8")) as Record<string, { message: string }>;
    expect(id.popup_reader!.message).toBe("Tampilan baca");
  });
});
