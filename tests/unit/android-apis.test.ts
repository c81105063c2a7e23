/**
 * Firefox for Android has no context menus and no keyboard commands (nor windows). The background,
 * the content script and the popup — their real entry modules, each in its own window (see
 * fake-extension.ts) — start there without an exception, an error or an unhandled rejection, and
 * do their work: the page is cleaned and counted on the badge, the popup describes it, the reader
 * view that the shortcut and the context menu toggle on desktop opens and closes from the popup
 * alone, and the settings page (opened from the popup: Android records no opener tab) counts a
 * selector on the page. The desktop run of the same start shows the menu is still made there.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeExtension, type Part } from "./fake-extension.ts";

const ARTICLE = readFileSync(new URL("../fixtures/reader/article.html", import.meta.url), "utf8");
const URL_ = "https://warta.example/ekonomi/petani-garam.html";
const TAB = 7;

/** Polls until `test` holds (a condition, never a fixed wait); fails naming what was waited for. */
async function until(what: string, test: () => unknown, ms = 10_000): Promise<void> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 10))) if (test()) return;
  throw new Error(`timed out waiting for ${what}`);
}

const doc = (p: Part) => p.window.document;
const el = (p: Part, id: string) => doc(p).getElementById(id) as HTMLElement;
/** Shown when neither the element nor an ancestor is hidden. */
const shown = (p: Part, id: string) => {
  for (let e: HTMLElement | null = el(p, id); e; e = e.parentElement) if (e.hidden) return false;
  return true;
};
const rendered = (p: Part) => !el(p, "app").hasAttribute("aria-busy");
const readerOpen = (tab: Part) => doc(tab).querySelector("jernih-reader") !== null;

/** Unhandled rejections of any window (they all run in this process) while the suite runs. */
const rejections: string[] = [];
const onRejection = (reason: unknown) => void rejections.push(String(reason));
beforeAll(() => void process.on("unhandledRejection", onRejection));
afterAll(() => void process.off("unhandledRejection", onRejection));

describe("on Firefox for Android (no contextMenus, commands or windows)", () => {
  const ext = new FakeExtension("android");
  let tab: Part;

  beforeAll(async () => {
    await ext.startBackground();
    tab = await ext.openTab(TAB, URL_, ARTICLE);
  }, 30_000);

  it("the background starts without touching the missing APIs, and registers the hiding sheets", async () => {
    await until("the sheets registered on install", () => ext.sheets.size > 0);
    expect(ext.problems).toEqual([]);
    expect(ext.menus).toEqual([]);
  });

  it("the background starts as well when the browser starts", async () => {
    const started = new FakeExtension("android");
    await started.startBackground("startup");
    await until("the sheets registered at start", () => started.sheets.size > 0);
    expect(started.problems).toEqual([]);
  });

  it("the content script starts: the page's clutter is hidden and counted on the badge", async () => {
    await until("a badge count", () => Number(ext.badges.get(TAB)) > 0);
    const heading = Array.from(doc(tab).querySelectorAll("h3")).find((h) => h.textContent === "Berita Terkait");
    expect(heading?.closest("[data-jernih-hidden]")?.getAttribute("data-jernih-hidden")).toBe("related");
    expect(doc(tab).querySelector("article h1")?.closest("[data-jernih-hidden]")).toBeNull();
    expect(ext.insertedCss.some((s) => s.tabId === TAB && s.css.includes("display: none"))).toBe(true);
    expect(ext.problems).toEqual([]);
  });

  it("the popup starts, describes the article and offers its controls", async () => {
    const popup = await ext.openPage("src/popup/index.html", "src/popup/main.ts");
    await until("the popup rendered", () => rendered(popup));
    expect(el(popup, "article-title").textContent).toBe("Petani Garam Madura Panen Lebih Awal Berkat Kemarau Panjang");
    expect(shown(popup, "reader") && el(popup, "reader").textContent).toBe("Reader view");
    expect(el(popup, "hidden-list").textContent).toMatch(/Related articles\s*\d+/);
    for (const id of ["site-enabled", "picker", "options", "reveal"]) expect(shown(popup, id), id).toBe(true);
    expect(ext.problems).toEqual([]);
  });

  it("the reader view, the shortcut's and the context menu's job on desktop, opens and closes from the popup", async () => {
    const popup = await ext.openPage("src/popup/index.html", "src/popup/main.ts");
    await until("the popup rendered", () => rendered(popup));
    el(popup, "reader").click();
    await until("the reader over the page", () => readerOpen(tab));
    await until("the popup closed after acting", () => popup.closed);

    const again = await ext.openPage("src/popup/index.html", "src/popup/main.ts");
    await until("the popup rendered", () => rendered(again));
    expect(el(again, "reader").textContent).toBe("Close reader view");
    el(again, "reader").click();
    await until("the reader gone", () => !readerOpen(tab));
    expect(ext.problems).toEqual([]);
  });

  it("the settings open from the popup", async () => {
    const popup = await ext.openPage("src/popup/index.html", "src/popup/main.ts");
    await until("the popup rendered", () => rendered(popup));
    el(popup, "options").click();
    await until("the options page opened", () => ext.opened.length > 0);
    expect(ext.opened.at(-1)).toBe(`${ext.base}/src/options/index.html?tab=${TAB}`);
    expect(ext.problems).toEqual([]);
  });

  it("the settings page starts without an opener tab (Android has none) and counts on the tab it names", async () => {
    const options = await ext.openPage(`src/options/index.html?tab=${TAB}`, "src/options/main.ts");
    await until("the categories listed", () => doc(options).querySelectorAll("#categories li").length > 0);
    expect((el(options, "rule-site") as HTMLInputElement).value).toBe("warta.example");
    const value = el(options, "rule-value") as HTMLInputElement;
    value.value = "article h1";
    value.dispatchEvent(new options.window.Event("input", { bubbles: true }));
    await until("the selector counted on the tab", () => el(options, "rule-value-msg").textContent !== "");
    expect(el(options, "rule-value-msg").textContent).toBe("Would hide 1 element(s) on warta.example.");
    expect(ext.problems).toEqual([]);
  });

  it("nothing was rejected unhandled on the way", () => {
    expect(rejections).toEqual([]);
  });
});

describe("on desktop (the same start, with the APIs there)", () => {
  for (const event of ["installed", "startup"] as const) {
    it(`the background makes the page's 'Reader view' menu entry (${event})`, async () => {
      const ext = new FakeExtension("desktop");
      await ext.startBackground(event);
      await until("the menu entry", () => ext.menus.length > 0);
      expect(ext.menus).toEqual([expect.objectContaining({ id: "jernih-reader-toggle", contexts: ["page"] })]);
      expect(ext.problems).toEqual([]);
    });
  }
});
