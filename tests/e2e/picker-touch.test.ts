/**
 * The element picker by touch alone, on a phone: the built extension in Chromium's mobile emulation
 * (390×844, isMobile, hasTouch) and in Firefox's desktop build at 390×844 with touch input, on a
 * mobile page (a viewport tag) served from 127.0.0.1. Started the way the popup starts it, then
 * driven only by taps (`touchscreen.tap`): a tap picks the block under the finger, the sheet's Wider
 * and Narrower buttons move the pick to the parent and back, the sheet says how many elements the
 * selector matches, Hide on this site hides and saves, Cancel leaves the page as it was. The overlay
 * sits in a closed shadow root: the test reads it the way the eye does (tests/e2e/phone-helpers.ts).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BROWSERS, sendToTab, startServer, type ExtensionBrowser, type HarnessPage, type TestServer } from "./harness/index.ts";
import { retryNavigationRace, setStoredSettings, storedSettings } from "./options-helpers.ts";
import { inClosedShadow, tap, type Point } from "./phone-helpers.ts";
import { launchBuilt, poll } from "./reader-helpers.ts";

/** The picker's fixture article as a mobile page: the same markup with a device-width viewport. */
const ARTICLE = readFileSync(resolve(import.meta.dirname, "../fixtures/options/article.html"), "utf8")
  .replace("<head>", '<head>\n<meta name="viewport" content="width=device-width, initial-scale=1">');

interface Sheet {
  hint: string | null;
  selector: string | null;
  count: string | null;
  buttons: { text: string; at: Point; height: number; disabled: boolean }[];
  panel: { left: number; right: number; bottom: number };
}

/** What the picker's panel shows: its hint or its proposal, and where each of its buttons is. */
function sheet(page: HarnessPage): Promise<Sheet> {
  return inClosedShadow(page, "jernih-picker", (root: ShadowRoot) => {
    const box = (el: Element) => el.getBoundingClientRect();
    const p = box(root.querySelector(".panel")!);
    return {
      hint: root.querySelector(".hint")?.textContent ?? null,
      selector: root.querySelector<HTMLInputElement>("#jernih-picker-selector")?.value ?? null,
      count: root.querySelector("#jernih-picker-count")?.textContent ?? null,
      buttons: Array.from(root.querySelectorAll("button")).map((b) => ({
        text: b.textContent ?? "",
        at: { x: box(b).left + box(b).width / 2, y: box(b).top + box(b).height / 2 },
        height: box(b).height,
        disabled: b.disabled,
      })),
      panel: { left: p.left, right: p.right - document.documentElement.clientWidth, bottom: p.bottom - innerHeight },
    };
  }, null);
}

/** Waits until the sheet satisfies `test`, and returns it. */
function sheetWhen(page: HarnessPage, what: string, test: (s: Sheet) => boolean): Promise<Sheet> {
  return poll(what, async () => {
    const s = await sheet(page);
    return test(s) ? s : null;
  });
}

async function tapButton(page: HarnessPage, text: string): Promise<void> {
  const button = (await sheet(page)).buttons.find((b) => b.text === text);
  if (!button) throw new Error(`the sheet has no "${text}" button`);
  await tap(page, button.at);
}

/**
 * A point on an element of the page (the middle of its first line box: the middle of an inline
 * element broken over two lines is on its parent), scrolled to the middle of the screen (above the sheet).
 */
function centre(page: HarnessPage, selector: string): Promise<Point> {
  return page.evaluate((s: string) => {
    const el = document.querySelector(s)!;
    el.scrollIntoView({ block: "center" });
    const r = el.getClientRects()[0]!;
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, selector);
}

/** Is the element `selector` names exactly the first element `expected` names? */
const selects = (page: HarnessPage, selector: string, expected: string) =>
  page.evaluate(([s, e]: string[]) => document.querySelectorAll(s!).length === 1 && document.querySelector(s!) === document.querySelector(e!), [selector, expected]);

describe.each(BROWSERS)("element picker by touch on a phone (390×844) in %s", (kind) => {
  let server: TestServer;
  let b: ExtensionBrowser;
  let n = 0;

  beforeAll(async () => {
    server = await startServer({ routes: { "/article.html": ARTICLE } });
    b = await launchBuilt(kind, { phone: true });
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  async function openWithPicker(): Promise<HarnessPage> {
    await setStoredSettings(b, null);
    const page = await b.newPage();
    await page.goto(server.url(`/article.html?touch-${kind}-${++n}`));
    const tabId = await retryNavigationRace(() => b.tabIdOf(page));
    await retryNavigationRace(() => sendToTab(b, tabId, { type: "start-picker" }));
    await page.bringToFront();
    await page.waitFor(() => document.querySelector("jernih-picker") !== null);
    return page;
  }

  it("a tap picks the block under the finger, Wider its parent, the sheet counts the matches; Hide on this site hides it", async () => {
    const page = await openWithPicker();
    const url = page.url();
    const hint = await sheet(page);
    expect(hint.hint).toMatch(/^Tap the block to hide/);
    expect(hint.buttons.map((x) => x.text)).toEqual(["Cancel"]);

    await tap(page, await centre(page, "#weather .temp"));
    let s = await sheetWhen(page, "the sheet's proposal", (x) => x.selector !== null);
    expect(await selects(page, s.selector!, "#weather .temp")).toBe(true);
    expect(s.count).toBe("Matches 1 element(s) on this page.");
    // A sheet across the bottom of the screen; every button a finger's height.
    expect(s.panel).toEqual({ left: 0, right: 0, bottom: 0 });
    expect(s.buttons.filter((x) => x.height < 44).map((x) => `${x.text} ${x.height}px`)).toEqual([]);
    expect(s.buttons.map((x) => x.text)).toEqual(["Hide on this site", "Keep this block", "Wider", "Narrower", "Pick again", "Cancel"]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);

    // Wider: the pick moves to the parent (the whole widget); Narrower back; Wider again.
    await tapButton(page, "Wider");
    s = await sheetWhen(page, "a wider proposal", (x) => !!x.selector && x.selector !== s.selector);
    expect(await selects(page, s.selector!, "#weather")).toBe(true);
    expect(s.count).toBe("Matches 1 element(s) on this page.");
    await tapButton(page, "Narrower");
    await poll("the narrower proposal", async () => selects(page, (await sheet(page)).selector!, "#weather .temp"));
    await tapButton(page, "Wider");
    await poll("the wider proposal again", async () => selects(page, (await sheet(page)).selector!, "#weather"));

    await tapButton(page, "Hide on this site");
    await page.waitFor(() => !document.body.innerText.includes("Cerah berawan hari ini"));
    const text = await page.innerText();
    expect(text).not.toContain("27°C");
    expect(text).toContain("Jembatan itu dibangun secara gotong royong"); // the article stays
    expect(page.url()).toBe(url);
    const saved = (await storedSettings(b)) as { customRules: { kind: string; value: string; site: string }[] };
    expect(saved.customRules).toEqual([expect.objectContaining({ kind: "selector", value: "#weather", site: "127.0.0.1" })]);
    await page.close();
  });

  it("a tap on a link picks it without following it; a second tap picks another block; Cancel leaves the page untouched", async () => {
    const page = await openWithPicker();
    const url = page.url();
    const before = await page.evaluate(() => ({ text: document.body.innerText, html: document.body.innerHTML, y: Math.round(scrollY) }));

    await tap(page, await centre(page, 'header a[href="/daerah"]'));
    let s = await sheetWhen(page, "the link's proposal", (x) => x.selector !== null);
    expect(await selects(page, s.selector!, 'header a[href="/daerah"]')).toBe(true);
    expect(page.url()).toBe(url);

    await tap(page, await centre(page, "#weather .sky"));
    s = await sheetWhen(page, "the second tap's proposal", (x) => !!x.selector && x.selector !== s.selector);
    expect(await selects(page, s.selector!, "#weather .sky")).toBe(true);

    await tapButton(page, "Cancel");
    await page.waitFor(() => document.querySelector("jernih-picker") === null);
    expect(await storedSettings(b)).toBeNull();
    const after = await page.evaluate(() => ({ text: document.body.innerText, html: document.body.innerHTML }));
    expect(after.text).toBe(before.text);
    expect(after.html).toBe(before.html);
    expect(page.url()).toBe(url);
    // With the picker gone, a tap is the page's again: the link is followed. The tap is not awaited:
    // the driver waits for the renderer to acknowledge the touch's end, which a page that navigates
    // away may never send (once in a loaded CI run this step hung the test past its timeout).
    const followed = tap(page, await centre(page, 'header a[href="/daerah"]')).catch(() => {});
    await poll("the link to be followed", async () => page.url().endsWith("/daerah"));
    void followed;
    // Closing the tab right after that navigation now and then did not return for a minute (twice in
    // some 30 runs of this file; cause not found: the next test's pages opened and worked meanwhile).
    // The test is done with the page, and the browser closes it after the file: a few seconds' wait.
    await Promise.race([page.close().catch(() => {}), new Promise((ok) => setTimeout(ok, 5_000))]);
  });

  it("refuses the article body, says to narrow, and Narrower brings back the block", async () => {
    const page = await openWithPicker();
    await tap(page, await centre(page, "#weather .sky"));
    let s = await sheetWhen(page, "the proposal", (x) => x.selector !== null);
    await tapButton(page, "Wider");
    s = await sheetWhen(page, "the widget", (x) => !!x.selector && x.selector !== s.selector);
    expect(await selects(page, s.selector!, "#weather")).toBe(true);
    await tapButton(page, "Wider"); // the article body around the widget: the hider's guard refuses it
    s = await sheetWhen(page, "the refusal", (x) => x.count !== s.count);
    expect(s.count).toContain("Narrower");
    expect(s.buttons.find((x) => x.text === "Hide on this site")?.disabled).toBe(true);
    await tapButton(page, "Narrower");
    s = await sheetWhen(page, "the widget again", (x) => x.count === "Matches 1 element(s) on this page.");
    expect(await selects(page, s.selector!, "#weather")).toBe(true);
    await tapButton(page, "Cancel");
    await page.waitFor(() => document.querySelector("jernih-picker") === null);
    expect(await storedSettings(b)).toBeNull();
    await page.close();
  });
});
