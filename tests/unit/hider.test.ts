/**
 * The live-page hider's decisions a reader notices (src/content/hider.ts), through its public face:
 * the real content script and background (fake-extension.ts: each in its own jsdom window, wired as
 * the browser wires them), the settings in storage, the popup's messages (get-state, reveal), and
 * the sheet the background puts in — applied to the page here as the browser would, so "hidden"
 * means what jsdom's cascade computes: display none on the block or a box around it.
 * The plan's contents (which selectors and phrases a setting yields) are tests/unit/keep-rules.test.ts
 * and hide.test.ts; the same decisions in Chromium and Firefox are tests/e2e/hide*.test.ts, keep.test.ts.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { PageState } from "../../src/shared/messages.ts";
import { defaultSettings, KEEP_CATEGORY, withCategory, withRule, withShownCategory, type Settings } from "../../src/shared/settings.ts";
import { bundle, FakeExtension, type Namespace, type Part } from "./fake-extension.ts";

const PAGE = readFileSync(new URL("../fixtures/live/news/medcom-style.html", import.meta.url), "utf8");
const SHAPES = readFileSync(new URL("../fixtures/live/news/shapes.html", import.meta.url), "utf8");
const URL_ = "https://www.contoh.example/internasional/nato-rusia";
const SITE = "contoh.example";
const TAB = 5;

// The entry modules bundled once, before the first test's clock starts.
beforeAll(() => Promise.all([bundle("src/background/main.ts"), bundle("src/content/main.ts")]), 60_000);

/** Polls until `test` holds (a condition, never a fixed wait); fails naming what was waited for. */
async function until(what: string, test: () => unknown, ms = 10_000): Promise<void> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 10))) if (test()) return;
  throw new Error(`timed out waiting for ${what}`);
}

interface Open {
  ext: FakeExtension;
  bg: Part;
  tab: Part;
  doc: Document;
}

/** The extension with `settings` stored, and the page open in a tab, its hider settled on the first sheet. */
async function open(settings: Settings | null, html = PAGE, namespace: Namespace = "browser"): Promise<Open> {
  const ext = new FakeExtension("desktop", namespace);
  const bg = await ext.startBackground();
  if (settings) await browserOf(bg).storage.sync.set({ settings });
  const tab = await ext.openTab(TAB, URL_, html);
  const o = { ext, bg, tab, doc: tab.window.document };
  await until("the hider's decision", async () => (await state(o)).isArticle || tab.window.document.readyState === "complete");
  // This fake puts no registered built-in sheets into its pages, so on an article page the hider
  // finds the blocks it marked still shown once the page has loaded, and asks for its own sheet.
  if ((await state(o)).isArticle) await until("the page's sheet", () => sheetCss(o) !== null);
  return o;
}

type Api = { storage: { sync: { set(x: object): Promise<void> } }; tabs: { sendMessage(id: number, m: object): Promise<unknown> } };
const browserOf = (p: Part) => (p.window as unknown as { browser: Api }).browser;
/** What the popup asks the tab (the background's window sends it as any extension page does). */
const state = (o: Open) => browserOf(o.bg).tabs.sendMessage(TAB, { type: "get-state" }) as Promise<PageState>;
const reveal = (o: Open, on: boolean) => browserOf(o.bg).tabs.sendMessage(TAB, { type: "reveal", reveal: on }) as Promise<PageState>;
/** Settings saved by the options page or the popup: the background hears the storage change and tells every tab. */
const save = (o: Open, settings: Settings) => browserOf(o.bg).storage.sync.set({ settings });

/** The last sheet the background put into the tab at user origin (each replaces the one before). */
const sheetCss = (o: Open) => o.ext.insertedCss.filter((s) => s.tabId === TAB).at(-1)?.css ?? null;

/** Whether a person sees the element: the page's current sheet applied, nothing on the way up is display: none. */
function visible(o: Open, el: Element | null): boolean {
  if (!el) throw new Error("no such element");
  let style = o.doc.getElementById("user-origin-sheet");
  if (!style) {
    style = o.doc.createElement("style");
    style.id = "user-origin-sheet";
    o.doc.head.append(style);
  }
  style.textContent = sheetCss(o) ?? "";
  for (let e: Element | null = el; e; e = e.parentElement) if (o.tab.window.getComputedStyle(e).display === "none") return false;
  return true;
}

const $ = (o: Open, selector: string) => o.doc.querySelector(selector);
const clutter = (o: Open, category?: string) =>
  Array.from(o.doc.querySelectorAll(category ? `[data-clutter="${category}"]` : "[data-clutter]"));
/** The article and what frames it: title, byline line, lead photo, every paragraph, the site's header. */
const articleParts = (o: Open) => [...Array.from(o.doc.querySelectorAll("[data-para]")), $(o, "h1"), $(o, ".info"), $(o, ".lead-photo"), $(o, ".top")];

describe("what the hider hides on a news page", () => {
  it("every clutter block, by its category, counted on the badge and in the popup; the article and the site's header stay", async () => {
    const o = await open(null);
    await until("the badge count", () => o.ext.badges.get(TAB) === "7");
    for (const el of clutter(o)) {
      expect(visible(o, el), el.outerHTML.slice(0, 60)).toBe(false);
      expect(el.getAttribute("data-jernih-hidden") ?? el.closest("[data-jernih-hidden]")?.getAttribute("data-jernih-hidden")).toBe(el.getAttribute("data-clutter"));
    }
    for (const el of articleParts(o)) expect(visible(o, el), el!.outerHTML.slice(0, 60)).toBe(true);
    const s = await state(o);
    expect(s.isArticle).toBe(true);
    expect(s.hidden).toEqual({ related: 3, social: 3, promo: 1 });
    expect((s.removed ?? []).map((r) => r.text)).toContain("Cek Berita dan Artikel yang lain di Google News");
    expect(o.ext.problems).toEqual([]);
  });

  it("the same in Chromium before 148, whose content scripts have only `chrome` (the popup's questions answered through sendResponse)", async () => {
    const o = await open(null, PAGE, "chrome");
    expect((o.tab.window as unknown as { browser?: unknown }).browser).toBeUndefined();
    // The loader asked for the page's plan; the first half took its reply rather than asking again.
    const asked = o.ext.sent.filter((s) => s.from === "content" && (s.message as { type: string }).type === "page-plan");
    expect(asked.map((s) => s.message)).toEqual([{ type: "page-plan", url: URL_, sheet: "full", previous: null, insert: true }]);
    await until("the badge count", () => o.ext.badges.get(TAB) === "7");
    for (const el of clutter(o)) expect(visible(o, el), el.outerHTML.slice(0, 60)).toBe(false);
    for (const el of articleParts(o)) expect(visible(o, el), el!.outerHTML.slice(0, 60)).toBe(true);
    expect((await state(o)).hidden).toEqual({ related: 3, social: 3, promo: 1 });
    expect((await reveal(o, true)).revealed).toBe(true);
    for (const el of clutter(o)) expect(visible(o, el), el.outerHTML.slice(0, 60)).toBe(true);
    expect(o.ext.problems).toEqual([]);
  });

  it("by shape too: a share bar, an ad slot and lists of headlines no rule names, and nothing of the article", async () => {
    const o = await open(null, SHAPES);
    await until("the blocks found", async () => Object.keys((await state(o)).hidden).length >= 3);
    for (const el of clutter(o)) expect(visible(o, el), el.outerHTML.slice(0, 60)).toBe(false);
    for (const el of Array.from(o.doc.querySelectorAll("[data-para], [data-keep]"))) expect(visible(o, el), el.outerHTML.slice(0, 60)).toBe(true);
    expect(Object.keys((await state(o)).hidden).sort()).toEqual(["promo", "related", "social"]);
  });

  it("a page that is no article: nothing hidden, no count (the same blocks on an article page go)", async () => {
    const page = (head: string) => `<!doctype html><html lang="id"><head><title>Contoh — Beranda</title>${head}</head><body>
      <h2>Berita Terkait</h2><ul><li><a href="/a">Satu berita</a></li><li><a href="/b">Dua berita</a></li><li><a href="/c">Tiga berita</a></li></ul>
      <p>Baca juga: <a href="/d">Empat berita</a></p></body></html>`;
    const o = await open(null, page(""));
    const s = await state(o);
    expect(s.isArticle).toBe(false);
    expect(s.hidden).toEqual({});
    expect(visible(o, $(o, "ul"))).toBe(true);
    expect(visible(o, $(o, "p"))).toBe(true);
    expect(o.ext.badges.get(TAB) ?? "").toBe("");

    const article = await open(null, page(`<meta property="og:type" content="article">`));
    expect((await state(article)).isArticle).toBe(true);
    await until("the same blocks hidden on an article page", () => !visible(article, $(article, "ul")) && !visible(article, $(article, "p")));
  });
});

describe("a block added after the page loaded", () => {
  it("is judged when a script adds it: a read-also line and a related box go, a new paragraph stays", async () => {
    const o = await open(null);
    await until("the first count", () => o.ext.badges.get(TAB) === "7");
    const body = $(o, "#articleBody")!;
    body.insertAdjacentHTML("beforeend", `<p id="late-para">Pembicaraan akan dilanjutkan pekan depan di Jenewa, kata juru bicara aliansi itu kepada wartawan yang menunggu di luar gedung pertemuan.</p>
      <p id="late-line">Baca juga: <a href="/internasional/jenewa">Jenewa Bersiap Jadi Tuan Rumah Pembicaraan</a></p>`);
    $(o, ".content-right")!.insertAdjacentHTML("beforeend", `<div id="late-box"><h3>Berita Terkait</h3><ul>
      <li><a href="/a">Menlu Bertemu di Jenewa</a></li><li><a href="/b">Harga Gas Eropa Turun</a></li><li><a href="/c">Latihan Militer Ditunda</a></li></ul></div>`);
    await until("the late blocks judged", () => o.ext.badges.get(TAB) === "9");
    expect(visible(o, $(o, "#late-line"))).toBe(false);
    expect(visible(o, $(o, "#late-box"))).toBe(false);
    expect(visible(o, $(o, "#late-para"))).toBe(true);
    expect((await state(o)).hidden.related).toBe(5);
  });
});

describe("the article is never hidden", () => {
  it("not even by the user's own rules naming its body, its box or the page's container; the rest of such a rule still hides", async () => {
    let s = defaultSettings();
    for (const value of ["#articleBody", ".content-left", ".container", ".content-right"]) {
      s = withRule(s, { kind: "selector", value, category: "promo", site: SITE });
    }
    const o = await open(s);
    await until("the hider's count", () => Number(o.ext.badges.get(TAB)) > 0);
    for (const el of articleParts(o)) expect(visible(o, el), el!.outerHTML.slice(0, 60)).toBe(true);
    expect(visible(o, $(o, ".content-right"))).toBe(false);
  });
});

describe("the user has the last word", () => {
  it("a keep rule: the kept block shows, the same kind of block beside it is still hidden", async () => {
    const o = await open(withRule(defaultSettings(), { kind: "keep", value: ".follow-box", category: KEEP_CATEGORY, site: SITE }));
    await until("the hider's count", () => Number(o.ext.badges.get(TAB)) > 0);
    expect(visible(o, $(o, ".follow-box"))).toBe(true);
    expect(visible(o, $(o, ".follow-cta"))).toBe(false);
    expect((await state(o)).hidden.social).toBe(2);
  });

  it("a keep rule of another site keeps nothing here", async () => {
    const o = await open(withRule(defaultSettings(), { kind: "keep", value: ".follow-box", category: KEEP_CATEGORY, site: "lain.example" }));
    await until("the hider's count", () => o.ext.badges.get(TAB) === "7");
    expect(visible(o, $(o, ".follow-box"))).toBe(false);
  });

  it("a category shown again on this site: its blocks show, the other categories stay hidden", async () => {
    const o = await open(withShownCategory(defaultSettings(), SITE, "related", true));
    await until("the hider's count", () => o.ext.badges.get(TAB) === "4");
    for (const el of clutter(o, "related")) expect(visible(o, el), el.outerHTML.slice(0, 60)).toBe(true);
    for (const el of [...clutter(o, "social"), ...clutter(o, "promo")]) expect(visible(o, el), el.outerHTML.slice(0, 60)).toBe(false);
    expect((await state(o)).hidden).toEqual({ social: 3, promo: 1 });
  });
});

describe("changing one's mind on an open page", () => {
  it("a category switched off shows its blocks again at once, the others stay hidden; switched on, they go again", async () => {
    const o = await open(null);
    await until("the first count", () => o.ext.badges.get(TAB) === "7");
    await save(o, withCategory(defaultSettings(), "social", false));
    await until("the social blocks back", () => clutter(o, "social").every((el) => visible(o, el)));
    // The tab heard it from the background: its content script does not listen to storage (settings-news.ts).
    expect(o.tab.listeners.storage ?? []).toHaveLength(0);
    for (const el of [...clutter(o, "related"), ...clutter(o, "promo")]) expect(visible(o, el), el.outerHTML.slice(0, 60)).toBe(false);
    expect((await state(o)).hidden).toEqual({ related: 3, promo: 1 });
    await until("the badge follows", () => o.ext.badges.get(TAB) === "4");

    await save(o, defaultSettings());
    await until("the social blocks hidden again", () => clutter(o, "social").every((el) => !visible(o, el)));
    expect((await state(o)).hidden).toEqual({ related: 3, social: 3, promo: 1 });
  });

  it("'show everything' (the popup's reveal) shows every block, and hiding again hides the same blocks", async () => {
    const o = await open(null);
    await until("the first count", () => o.ext.badges.get(TAB) === "7");
    expect((await reveal(o, true)).revealed).toBe(true);
    for (const el of clutter(o)) expect(visible(o, el), el.outerHTML.slice(0, 60)).toBe(true);
    expect((await reveal(o, false)).revealed).toBe(false);
    for (const el of clutter(o)) expect(visible(o, el), el.outerHTML.slice(0, 60)).toBe(false);
    for (const el of articleParts(o)) expect(visible(o, el)).toBe(true);
  });
});
