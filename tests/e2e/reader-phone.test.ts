/**
 * The reader view on a phone: the built extension in Chromium's mobile emulation (390×844, isMobile,
 * hasTouch) and in Firefox's desktop build at 390×844 with touch input. The reader fits the screen
 * (nothing scrolls sideways, a picture wider than the screen fits), its toolbar sits at the bottom
 * with controls a finger can hit, slides away while reading down and comes back going up; the theme
 * follows the system's dark mode until the reader picks one. Waits are for states, never for time.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BROWSERS, PHONE, sendToTab, startServer, type ExtensionBrowser, type HarnessPage, type TestServer } from "./harness/index.ts";
import { centreOf, shortControls, tap, wheel } from "./phone-helpers.ts";
import { axeViolations, launchBuilt, poll, readerFrame, waitInFrame, type FrameLike } from "./reader-helpers.ts";

const FIXTURES = join(import.meta.dirname, "../fixtures/reader");
const FIRST = "Ratusan warga di bantaran Kali Cikeas bergotong royong menumpuk karung pasir";
const LAST = "segera melapor ke posko bila melihat air naik dengan cepat";

/** Where the toolbar is on the reader's screen: "shown" (wholly inside, touching the bottom) or "away" (wholly below). */
function toolbarPlace(frame: FrameLike): Promise<string> {
  return frame.evaluate(() => {
    const r = document.querySelector(".toolbar")!.getBoundingClientRect();
    if (r.top >= innerHeight) return "away";
    if (r.top >= 0 && Math.abs(r.bottom - innerHeight) <= 1) return "shown";
    return `between (top ${Math.round(r.top)}, bottom ${Math.round(r.bottom)} of ${innerHeight})`;
  });
}

async function waitForToolbar(frame: FrameLike, place: "shown" | "away"): Promise<void> {
  const end = Date.now() + 10_000;
  let last = "";
  while (Date.now() < end) {
    last = await toolbarPlace(frame);
    if (last === place) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`the toolbar stayed ${last}, not ${place}`);
}

const readerScrollY = (frame: FrameLike) => frame.evaluate(() => Math.round(scrollY));

describe.each(BROWSERS)("reader on a phone (390×844) in %s", (kind) => {
  let server: TestServer;
  let b: ExtensionBrowser;
  let n = 0;

  beforeAll(async () => {
    server = await startServer({ root: FIXTURES });
    b = await launchBuilt(kind, { phone: true, colorScheme: "light" });
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  /** Opens `path` and its reader (the toggle the popup's button and the shortcut send); waits for the article. */
  async function openReader(path: string): Promise<{ page: HarnessPage; frame: FrameLike }> {
    const page = await b.newPage();
    await page.goto(server.url(`${path}?phone=${++n}`));
    const tabId = await b.tabIdOf(page);
    await sendToTab(b, tabId, { type: "reader-toggle", open: true });
    await page.bringToFront();
    const frame = await readerFrame(b, page);
    await waitInFrame(frame, () => document.getElementById("title")!.textContent !== "" && document.querySelector("#content p") !== null);
    return { page, frame };
  }

  it("fits the screen: phone-sized text, nothing wider than the screen, no sideways scrolling, the toolbar at the bottom", async () => {
    const { page, frame } = await openReader("/phone-article.html");
    const text = await frame.evaluate(() => document.body.innerText);
    expect(text).toContain(FIRST);
    expect(text).toContain(LAST);
    expect(text).not.toContain("Berita Terkait");

    // The screen's width is innerWidth; what the page can lay out in is clientWidth (Firefox's desktop
    // build keeps a classic scrollbar of some 12 px).
    const fit = await frame.evaluate(() => ({
      width: innerWidth,
      layout: document.documentElement.clientWidth,
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      fontSize: parseFloat(getComputedStyle(document.getElementById("article")!).fontSize),
      paragraph: document.querySelector("#content p")!.getBoundingClientRect().width,
      // Every block of the article inside the screen's width (a wide table scrolls inside its own box).
      outside: Array.from(document.querySelectorAll("#article :is(h1, p, figure, img, table, pre, figcaption)"))
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && (r.left < -0.5 || r.right > document.documentElement.clientWidth + 0.5))
        .map(({ el, r }) => `${el.localName} ${Math.round(r.left)}…${Math.round(r.right)}`),
      pictures: Array.from(document.querySelectorAll<HTMLImageElement>("#content img")).map((i) => ({
        natural: i.naturalWidth, shown: Math.round(i.getBoundingClientRect().width), complete: i.complete,
      })),
    }));
    expect(fit.width).toBe(PHONE.width);
    expect(fit.overflow).toBe(0);
    expect(fit.outside).toEqual([]);
    // A phone's text size (not the desktop's 20 px), and lines that use the width: margins of about 16 px.
    expect(fit.fontSize).toBeGreaterThanOrEqual(16);
    expect(fit.fontSize).toBeLessThanOrEqual(19);
    expect(fit.paragraph).toBeGreaterThanOrEqual(fit.layout - 2 * 20);
    // The chart is 1600 px wide and the photo says width=1600: both shown, at most as wide as the text.
    expect(fit.pictures).toHaveLength(2);
    await waitInFrame(frame, () => Array.from(document.querySelectorAll<HTMLImageElement>("#content img")).every((i) => i.complete));
    const chart = await frame.evaluate(() => {
      const img = document.querySelector<HTMLImageElement>('#content img[src*="peta-banjir"]')!;
      return { natural: img.naturalWidth, shown: img.getBoundingClientRect().width };
    });
    expect(chart.natural).toBe(1600);
    expect(chart.shown).toBeGreaterThan(300);
    expect(chart.shown).toBeLessThanOrEqual(fit.paragraph + 0.5);

    // The toolbar is at the bottom of the screen, in reach of a thumb; every control at least 44 px tall.
    expect(await toolbarPlace(frame)).toBe("shown");
    expect(await shortControls(frame, ".toolbar")).toEqual([]);
    await page.close();
  });

  it("the look panel opens by a tap as a sheet above the toolbar, its controls 44 px tall; A+ by a tap makes the text larger", async () => {
    const { page, frame } = await openReader("/phone-article.html");
    await tap(page, (await centreOf(frame, "#look"))!);
    await waitInFrame(frame, () => !document.getElementById("look-panel")!.hidden);
    expect(await shortControls(frame, "#look-panel")).toEqual([]);
    const sheet = await frame.evaluate(() => {
      const p = document.getElementById("look-panel")!.getBoundingClientRect();
      const bar = document.querySelector(".toolbar")!.getBoundingClientRect();
      const html = document.documentElement;
      return { left: p.left, right: p.right - html.clientWidth, bottom: p.bottom, barTop: bar.top, overflow: html.scrollWidth - html.clientWidth };
    });
    expect(sheet).toMatchObject({ left: 0, right: 0, overflow: 0 }); // from edge to edge
    expect(Math.abs(sheet.bottom - sheet.barTop)).toBeLessThanOrEqual(1);

    const size = () => frame.evaluate(() => parseFloat(getComputedStyle(document.getElementById("article")!).fontSize));
    const before = await size();
    await tap(page, (await centreOf(frame, "#larger"))!);
    await waitInFrame(frame, () => document.getElementById("size-value")!.textContent !== "18px");
    expect(await size()).toBeGreaterThan(before);
    await tap(page, (await centreOf(frame, "#smaller"))!);
    await waitInFrame(frame, () => document.getElementById("size-value")!.textContent === "18px");
    // The toolbar's "Aa" closes the sheet again.
    await tap(page, (await centreOf(frame, "#look"))!);
    await waitInFrame(frame, () => document.getElementById("look-panel")!.hidden);
    await page.close();
  });

  it("the toolbar slides away while reading down, comes back going up, and stays at the top and while it has focus", async () => {
    const { page, frame } = await openReader("/phone-article.html");
    const middle = { x: PHONE.width / 2, y: PHONE.height / 3 };
    expect(await toolbarPlace(frame)).toBe("shown");

    await wheel(page, middle, 600);
    await waitInFrame(frame, () => scrollY > 400);
    await waitForToolbar(frame, "away");
    await wheel(page, middle, -200);
    await waitForToolbar(frame, "shown");
    expect(await readerScrollY(frame)).toBeGreaterThan(200); // back up a little: mid-article, not the top

    // Focus in the toolbar (a keyboard's Tab, a screen reader) keeps it there while the article scrolls.
    await frame.evaluate(() => document.getElementById("copy")!.focus());
    const y0 = await readerScrollY(frame);
    await wheel(page, middle, 500);
    await poll("the article to scroll on", () => frame.evaluate((y: number) => scrollY > y + 300, y0));
    expect(await toolbarPlace(frame)).toBe("shown");
    // Focus back on the article: the next scroll down sends it away; a tap on the text brings it back.
    await frame.evaluate(() => document.getElementById("main")!.focus());
    await wheel(page, middle, 300);
    await waitForToolbar(frame, "away");
    await tap(page, middle); // on the article's text (it has no links there)
    await waitForToolbar(frame, "shown");
    await wheel(page, middle, 300);
    await waitForToolbar(frame, "away");

    // All the way back to the top: there it shows, whatever the direction before.
    await wheel(page, middle, -20_000);
    await waitInFrame(frame, () => scrollY === 0);
    await waitForToolbar(frame, "shown");
    await page.close();
  });

  it("opens at the phone's width over a desktop layout (a page without a viewport tag), and closes back to it", async () => {
    const page = await b.newPage();
    await page.goto(server.url(`/article.html?phone=${++n}`));
    // Chromium lays such a page out 980 px wide and shows it zoomed out; Firefox's desktop build at the screen's width.
    const layoutBefore = await page.evaluate(() => document.documentElement.clientWidth);
    if (kind === "chromium") expect(layoutBefore).toBe(980);
    await sendToTab(b, await b.tabIdOf(page), { type: "reader-toggle", open: true });
    await page.bringToFront();
    const frame = await readerFrame(b, page);
    await waitInFrame(frame, () => document.getElementById("title")!.textContent !== "");
    expect(await frame.evaluate(() => innerWidth)).toBe(PHONE.width);
    expect(await frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    expect(await frame.evaluate(() => parseFloat(getComputedStyle(document.getElementById("article")!).fontSize))).toBeLessThanOrEqual(19);
    expect(await toolbarPlace(frame)).toBe("shown");
    // Close by a tap: the page is back with the layout it had, its own markup untouched.
    await tap(page, (await centreOf(frame, "#close"))!);
    await page.waitFor(() => !document.querySelector("jernih-reader"));
    expect(await page.evaluate(() => document.querySelectorAll('meta[name="viewport"]').length)).toBe(0);
    expect(await page.evaluate(() => document.documentElement.clientWidth)).toBe(layoutBefore);
    await page.close();
  });

  it("has no serious accessibility violations (axe-core) at 390 px, with the look sheet closed and open", async () => {
    const { page, frame } = await openReader("/phone-article.html");
    expect(await axeViolations(frame)).toEqual([]);
    await frame.evaluate(() => document.getElementById("look")!.click());
    await waitInFrame(frame, () => !document.getElementById("look-panel")!.hidden);
    expect(await axeViolations(frame)).toEqual([]);
    await page.close();
  });

  it("follows a light system with the light theme", async () => {
    const { page, frame } = await openReader("/phone-article.html");
    expect(await frame.evaluate(() => document.documentElement.dataset.theme)).toBe("system");
    expect(await frame.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe("rgb(255, 255, 255)");
    await page.close();
  });
});

describe.each(BROWSERS)("reader on a phone in dark mode in %s", (kind) => {
  let server: TestServer;
  let b: ExtensionBrowser;

  beforeAll(async () => {
    server = await startServer({ root: FIXTURES });
    b = await launchBuilt(kind, { phone: true, colorScheme: "dark" });
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it("is dark when the system is and the reader chose no theme; a theme chosen wins over the system", async () => {
    const page = await b.newPage();
    await page.goto(server.url(`/phone-article.html?dark-${kind}`));
    await sendToTab(b, await b.tabIdOf(page), { type: "reader-toggle", open: true });
    await page.bringToFront();
    const frame = await readerFrame(b, page);
    await waitInFrame(frame, () => document.getElementById("title")!.textContent !== "");
    expect(await frame.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(true);
    const colours = () => frame.evaluate(() => ({
      theme: document.documentElement.dataset.theme,
      background: getComputedStyle(document.documentElement).backgroundColor,
      text: getComputedStyle(document.getElementById("content")!).color,
      bar: getComputedStyle(document.querySelector(".toolbar")!).backgroundColor,
    }));
    expect(await colours()).toEqual({ theme: "system", background: "rgb(28, 27, 34)", text: "rgb(238, 238, 240)", bar: "rgb(28, 27, 34)" });
    expect(await axeViolations(frame)).toEqual([]); // contrast holds in the dark too

    await frame.evaluate(() => {
      document.getElementById("look")!.click();
      (document.querySelector('input[name="theme"][value="light"]') as HTMLInputElement).click();
    });
    await waitInFrame(frame, () => getComputedStyle(document.documentElement).backgroundColor === "rgb(255, 255, 255)");
    // Back to following the system (the stored look is shared by the next tests of this browser).
    await frame.evaluate(() => (document.querySelector('input[name="theme"][value="system"]') as HTMLInputElement).click());
    await waitInFrame(frame, () => getComputedStyle(document.documentElement).backgroundColor === "rgb(28, 27, 34)");
    await page.close();
  });
});
