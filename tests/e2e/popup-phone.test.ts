/**
 * The popup as a phone sheet (Firefox for Android opens it as a full-width panel), in real browsers:
 * the built extension's popup page for an article tab, at 390×844 and 360×780 with touch — Chromium
 * through its mobile emulation (device metrics with `mobile`, touch emulation, taps as touch events),
 * Firefox (the desktop build: Android cannot run here) with a touch override and WebDriver BiDi touch
 * taps. Every control is a 44 px target, nothing scrolls sideways, the reader button comes first, and
 * everything works by tap alone. The desktop popup (a mouse) keeps its sizes.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page as PwPage } from "playwright-core";
import type { Page as PpPage } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BROWSERS, startServer, type ExtensionBrowser, type ExtensionGlobals, type HarnessPage, type TestServer } from "./harness/index.ts";
import { axeViolations, launchBuilt, openPopup, poll } from "./reader-helpers.ts";

const FIXTURES = join(import.meta.dirname, "../fixtures/reader");
const PHONE_HEIGHT = 844;
const TITLE = "Petani Garam Madura Panen Lebih Awal Berkat Kemarau Panjang";
/** The article fixture with a title word wider than a phone (a pasted address, a hashtag). */
const LONG_WORD_PAGE = readFileSync(join(FIXTURES, "article.html"), "utf8").replaceAll(
  TITLE, `${TITLE}: #PetaniGaramMaduraPanenLebihAwalBerkatKemarauPanjangTahunIni`,
);

interface PhonePopup {
  page: HarnessPage;
  /** A finger's tap on the element `selector` names (scrolled into view first). */
  tap(selector: string): Promise<void>;
}

interface Control {
  name: string;
  width: number;
  height: number;
  top: number;
  bottom: number;
}

/**
 * The popup's visible controls in document order, each measured by what a finger hits: a checkbox
 * by the label around it (the label toggles it), anything else by its own box.
 */
function controls(popup: HarnessPage): Promise<Control[]> {
  return popup.evaluate(() => {
    const shows = (el: HTMLElement) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
    return Array.from(document.querySelectorAll<HTMLElement>("button, a[href], input, select, textarea"))
      .filter(shows)
      .map((el) => {
        const r = (el.closest("label") ?? el).getBoundingClientRect();
        const name = `${el.localName}#${el.id || el.dataset.category || ""} "${(el.closest("label") ?? el).textContent!.trim().slice(0, 30)}"`;
        return { name, width: r.width, height: r.height, top: r.top + scrollY, bottom: r.bottom + scrollY };
      });
  });
}

/** Visible text smaller than `min` px, as "tag: text (size)". */
function smallText(popup: HarnessPage, min: number): Promise<string[]> {
  return popup.evaluate((px: number) => {
    const small: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement!;
      if (!n.textContent!.trim() || el.getClientRects().length === 0) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < px) small.push(`${el.localName}: ${n.textContent!.trim().slice(0, 30)} (${size}px)`);
    }
    return small;
  }, min);
}

describe.each(BROWSERS)("popup as a phone sheet in %s", (kind) => {
  let server: TestServer;
  let b: ExtensionBrowser;
  let n = 0;

  beforeAll(async () => {
    server = await startServer({ root: FIXTURES, routes: { "/long-word.html": LONG_WORD_PAGE } });
    b = await launchBuilt(kind);
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  async function openArticle(path = "/article.html"): Promise<{ page: HarnessPage; tabId: number }> {
    const page = await b.newPage();
    await page.goto(server.url(`${path}?phone=${++n}`));
    await page.waitFor(() => !document.body.innerText.includes("Berita Terkait"));
    return { page, tabId: await b.tabIdOf(page) };
  }

  /** The popup for a tab on a phone screen `width` px wide, with touch, rendered. */
  async function phonePopup(tabId: number, width: number): Promise<PhonePopup> {
    let tapAt: (x: number, y: number) => Promise<void>;
    let page: HarnessPage;
    if (kind === "chromium") {
      page = await openPopup(b, tabId);
      const raw = page.raw as PwPage;
      const cdp = await raw.context().newCDPSession(raw);
      await cdp.send("Emulation.setDeviceMetricsOverride", { width, height: PHONE_HEIGHT, deviceScaleFactor: 3, mobile: true });
      // Switched on in the popup's own document: set before a navigation to the extension's
      // process, it brought touch events but left the pointer "fine".
      await cdp.send("Emulation.setTouchEmulationEnabled", { enabled: true, maxTouchPoints: 5 });
      tapAt = async (x, y) => {
        await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x, y }] });
        await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
      };
    } else {
      page = await b.newPage();
      const raw = page.raw as PpPage;
      // On the blank tab: the touch override reloads the page, and Firefox sends no load event for ours.
      await raw.setViewport({ width, height: PHONE_HEIGHT, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
      await page.goto(b.extensionUrl(`src/popup/index.html?tab=${tabId}`));
      await page.waitFor(() => !document.getElementById("app")!.hasAttribute("aria-busy"));
      tapAt = (x, y) => raw.touchscreen.tap(x, y);
    }
    await page.waitFor((w: number) => innerWidth === w && matchMedia("(hover: none)").matches, width);
    const tap = async (selector: string) => {
      const at = await page.evaluate((s: string) => {
        const el = document.querySelector(s)!;
        el.scrollIntoView({ block: "center" });
        const r = el.getBoundingClientRect();
        return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) };
      }, selector);
      await tapAt(at.x, at.y);
    };
    return { page, tap };
  }

  for (const width of [390, 360]) {
    it(`at ${width} px: full width, every control at least 44 × 44 px, nothing scrolls sideways, the reader button first; axe finds nothing serious`, async () => {
      const { page, tabId } = await openArticle();
      const { page: popup } = await phonePopup(tabId, width);
      const sheet = await popup.evaluate(() => ({
        body: document.body.getBoundingClientRect().width,
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(sheet.body).toBe(width);
      expect(sheet.scrollWidth).toBeLessThanOrEqual(sheet.clientWidth);

      const all = await controls(popup);
      // Every kind of control is measured: the reader, a category's button, both switches, the picker, the settings.
      for (const id of ["button#reader", "button#related", "input#reveal", "input#site-enabled", "button#picker", "a#options"]) {
        expect(all.some((c) => c.name.startsWith(id)), id).toBe(true);
      }
      expect(all.filter((c) => c.height < 44 || c.width < 44).map((c) => `${c.name} ${c.width}×${c.height}`)).toEqual([]);
      // The reader button: first in order, highest on the sheet, on the first screen.
      expect(all[0]!.name).toContain("button#reader");
      expect(Math.min(...all.map((c) => c.top))).toBe(all[0]!.top);
      expect(all[0]!.bottom).toBeLessThanOrEqual(PHONE_HEIGHT);
      expect(await smallText(popup, 14)).toEqual([]);
      expect(await axeViolations(popup)).toEqual([]);
      await popup.close();
      await page.close();
    });
  }

  it("a title word wider than the screen wraps instead of scrolling the sheet sideways", async () => {
    const { page, tabId } = await openArticle("/long-word.html");
    const { page: popup } = await phonePopup(tabId, 360);
    expect(await popup.evaluate(() => document.getElementById("article-title")!.textContent)).toContain("#PetaniGaram");
    const widths = await popup.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
    await popup.close();
    await page.close();
  });

  it("by touch alone: a tap shows the hidden blocks again and hides them again; a tap opens the reader view and closes it", async () => {
    const { page, tabId } = await openArticle();
    const { page: popup, tap } = await phonePopup(tabId, 390);
    await tap("#reveal-row");
    await page.waitFor(() => document.body.innerText.includes("Berita Terkait"));
    await popup.waitFor(() => (document.getElementById("reveal") as HTMLInputElement).checked);
    await tap("#reveal-row");
    await page.waitFor(() => !document.body.innerText.includes("Berita Terkait"));

    await tap("#reader");
    await page.waitFor(() => document.querySelector("jernih-reader") !== null);
    await popup.waitFor(() => document.getElementById("reader")!.textContent === "Close reader view");
    await tap("#reader");
    await page.waitFor(() => document.querySelector("jernih-reader") === null);
    await popup.close();
    await page.close();
  });

  it("by touch alone: a tap on Settings opens the settings for this tab", async () => {
    const { page, tabId } = await openArticle();
    const { page: popup, tap } = await phonePopup(tabId, 390);
    await tap("#options");
    const url = b.extensionUrl(`src/options/index.html?tab=${tabId}`);
    const find = (u: string) => b.extensionEval(async (want: string) => {
      const g = globalThis as unknown as ExtensionGlobals;
      const tabs = await (g.browser ?? g.chrome!).tabs.query({});
      return tabs.find((t) => t.url === want)?.id ?? -1;
    }, u);
    const { id } = await poll("the settings tab", async () => {
      const found = await find(url);
      return found >= 0 ? { id: found } : null;
    });
    await b.extensionEval(async (tab: number) => {
      const g = globalThis as unknown as ExtensionGlobals;
      await (g.browser ?? g.chrome!).tabs.remove(tab);
    }, id);
    await popup.close();
    await page.close();
  });
});

describe.runIf(BROWSERS.includes("chromium"))("the desktop popup in chromium (a mouse)", () => {
  let server: TestServer;
  let b: ExtensionBrowser;

  beforeAll(async () => {
    server = await startServer({ root: FIXTURES });
    b = await launchBuilt("chromium");
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it("keeps its 340 px body and its sizes at a popup's width: the phone sheet is for touch only", async () => {
    const page = await b.newPage();
    await page.goto(server.url("/article.html?desktop=1"));
    await page.waitFor(() => !document.body.innerText.includes("Berita Terkait"));
    const popup = await openPopup(b, await b.tabIdOf(page));
    await (popup.raw as PwPage).setViewportSize({ width: 340, height: 600 });
    await popup.waitFor(() => innerWidth === 340);
    expect(await popup.evaluate(() => matchMedia("(pointer: fine)").matches)).toBe(true);
    const sizes = await popup.evaluate(() => ({
      body: document.body.getBoundingClientRect().width,
      font: getComputedStyle(document.body).fontSize,
      reader: document.getElementById("reader")!.getBoundingClientRect().height,
      small: document.querySelector<HTMLElement>("#hidden-list button")!.getBoundingClientRect().height,
    }));
    // The desktop popup's own sizes, from before the phone sheet: its body, text, reader and category buttons.
    expect(sizes).toEqual({ body: 340, font: "14px", reader: 36, small: 28 });
    await popup.close();
    await page.close();
  });
});
