/**
 * The element picker by touch on a desktop-layout page (no viewport tag) on a phone: the browser lays
 * the page out about 980 px wide and shows it zoomed out to the screen, and the picker's sheet must
 * still be a finger's size on the screen and inside what the screen shows. Chromium only: its mobile
 * emulation (390×844, isMobile) zooms such a page out (innerWidth 980, visualViewport.scale about
 * 0.4); Firefox's desktop build at 390×844 lays it out at the screen's width, unzoomed, so there is
 * nothing to compensate (picker-touch.test.ts covers the picker there).
 * Sizes and places are measured in screen pixels: CSS pixels of the layout viewport times
 * visualViewport.scale, from the visual viewport's corner. Taps are given in the page's CSS pixels
 * (the driver's touch coordinates; a tap at screen pixels lands 2.5 times nearer the corner).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BROWSERS, sendToTab, startServer, type ExtensionBrowser, type HarnessPage, type TestServer } from "./harness/index.ts";
import { retryNavigationRace, setStoredSettings, storedSettings } from "./options-helpers.ts";
import { inClosedShadow, tap, type Point } from "./phone-helpers.ts";
import { launchBuilt, poll } from "./reader-helpers.ts";

const DESKTOP_PAGE = readFileSync(resolve(import.meta.dirname, "../fixtures/options/desktop-article.html"), "utf8");

interface Box { left: number; top: number; right: number; bottom: number }
interface ScreenSheet {
  selector: string | null;
  /** The screen's size, in screen pixels. */
  screen: { width: number; height: number };
  panel: Box;
  buttons: (Box & { text: string; height: number; at: Point })[];
}

/** The picker's panel and buttons in screen pixels (the closed shadow root, read as the eye does). */
function screenSheet(page: HarnessPage): Promise<ScreenSheet> {
  return inClosedShadow(page, "jernih-picker", (root: ShadowRoot) => {
    const vv = visualViewport!;
    const s = vv.scale;
    const onScreen = (el: Element) => {
      const r = el.getBoundingClientRect();
      const x = (v: number) => (v - vv.offsetLeft) * s;
      const y = (v: number) => (v - vv.offsetTop) * s;
      return { left: x(r.left), top: y(r.top), right: x(r.right), bottom: y(r.bottom) };
    };
    return {
      selector: root.querySelector<HTMLInputElement>("#jernih-picker-selector")?.value ?? null,
      screen: { width: vv.width * s, height: vv.height * s },
      panel: onScreen(root.querySelector(".panel")!),
      buttons: Array.from(root.querySelectorAll("button")).map((b) => {
        const box = onScreen(b);
        const r = b.getBoundingClientRect();
        return { ...box, text: b.textContent ?? "", height: box.bottom - box.top, at: { x: r.left + r.width / 2, y: r.top + r.height / 2 } };
      }),
    };
  }, null);
}

/** Buttons shorter than a finger (to the rounding of 1 / scale × scale), or reaching outside the screen, as readable lines. */
function misfits(s: ScreenSheet): string[] {
  const out = (b: Box) => b.left < -0.5 || b.top < -0.5 || b.right > s.screen.width + 0.5 || b.bottom > s.screen.height + 0.5;
  return s.buttons.filter((b) => Math.round(b.height) < 44 || out(b)).map((b) => `${b.text}: ${Math.round(b.height)}px tall at ${Math.round(b.left)},${Math.round(b.top)}–${Math.round(b.right)},${Math.round(b.bottom)}`);
}

/** The middle of an element of the page (the fixture's short page shows it without scrolling). */
function centre(page: HarnessPage, selector: string): Promise<Point> {
  return page.evaluate((sel: string) => {
    const r = document.querySelector(sel)!.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, selector);
}

const selects = (page: HarnessPage, selector: string, expected: string) =>
  page.evaluate(([s, e]: string[]) => document.querySelectorAll(s!).length === 1 && document.querySelector(s!) === document.querySelector(e!), [selector, expected]);

describe.skipIf(!BROWSERS.includes("chromium"))("element picker on a zoomed-out desktop layout on a phone (390×844) in chromium", () => {
  let server: TestServer;
  let b: ExtensionBrowser;

  beforeAll(async () => {
    server = await startServer({ routes: { "/desktop.html": DESKTOP_PAGE } });
    b = await launchBuilt("chromium", { phone: true });
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it("draws its hint and sheet at a finger's size inside the screen, and Wider still widens by a tap", async () => {
    await setStoredSettings(b, null);
    const page = await b.newPage();
    await page.goto(server.url("/desktop.html"));
    // The premise: a desktop layout, shown zoomed out to the phone's width.
    const zoom = await page.evaluate(() => ({ layout: innerWidth, scale: visualViewport!.scale }));
    expect(zoom.layout).toBe(980);
    expect(zoom.scale).toBeLessThan(0.5);

    const tabId = await retryNavigationRace(() => b.tabIdOf(page));
    await retryNavigationRace(() => sendToTab(b, tabId, { type: "start-picker" }));
    await page.bringToFront();
    await page.waitFor(() => document.querySelector("jernih-picker") !== null);
    const hint = await screenSheet(page);
    expect(hint.buttons.map((x) => x.text)).toEqual(["Cancel"]);
    expect(misfits(hint)).toEqual([]);

    await tap(page, await centre(page, "#poll .question"));
    let s = await poll("the sheet's proposal", async () => ((await screenSheet(page)).selector ? screenSheet(page) : null));
    expect(await selects(page, s.selector!, "#poll .question")).toBe(true);
    expect(s.buttons.map((x) => x.text)).toEqual(["Hide on this site", "Keep this block", "Wider", "Narrower", "Pick again", "Cancel"]);
    expect(misfits(s)).toEqual([]);
    // A sheet across the bottom of the screen, as on a mobile page.
    expect(s.panel.left).toBeCloseTo(0, 0);
    expect(s.panel.right).toBeCloseTo(s.screen.width, 0);
    expect(s.panel.bottom).toBeCloseTo(s.screen.height, 0);

    const before = s.selector;
    await tap(page, s.buttons.find((x) => x.text === "Wider")!.at);
    s = await poll("a wider proposal", async () => {
      const now = await screenSheet(page);
      return now.selector && now.selector !== before ? now : null;
    });
    expect(await selects(page, s.selector!, "#poll")).toBe(true);

    await tap(page, s.buttons.find((x) => x.text === "Cancel")!.at);
    await page.waitFor(() => document.querySelector("jernih-picker") === null);
    expect(await storedSettings(b)).toBeNull();
    await page.close();
  });
});
