/**
 * The person stays in charge of the live page, in the BUILT extension in Chromium and Firefox, on a
 * page served from 127.0.0.1 (tests/fixtures/keep/article.html): the popup shows one category again
 * on the site, and hides it there again; the picker's "Keep this block" keeps a block every rule
 * would hide, after a reload too; the options page lists that keep rule and removes it; and a keep
 * rule the browser cannot parse breaks no hiding rule. Assertions are on what a person sees.
 *
 * The page's blocks: related — "Baca juga" line (#baca, text rule), "Berita Terkait" box (#terkait,
 * built-in selector and text), the sidebar's popular list (#terpopuler, built-in selector .related-posts);
 * social — share row (#share, built-in selector), "Ikuti kami di Google News" (#follow, text rule).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BROWSERS, sendToTab, startServer, type ExtensionBrowser, type HarnessPage, type TestServer } from "./harness/index.ts";
import { click, openOptions, retryNavigationRace, setStoredSettings, storedSettings } from "./options-helpers.ts";
import { launchBuilt, openPopup } from "./reader-helpers.ts";

const ARTICLE = readFileSync(resolve(import.meta.dirname, "../fixtures/keep/article.html"), "utf8");
const RELATED = ["#baca", "#terkait", "#terpopuler"];
const SOCIAL = ["#share", "#follow"];
const ARTICLE_TEXT = "perpustakaan keliling milik pemerintah kabupaten";

interface StoredRule { id: string; kind: string; value: string; category: string; site: string | null }
interface Stored { version: number; categories: Record<string, boolean>; sites: Record<string, { shown?: string[] }>; customRules: StoredRule[] }

interface Mouse { move(x: number, y: number): Promise<void>; click(x: number, y: number): Promise<void> }
interface Keyboard { press(key: string): Promise<void> }
const mouse = (p: HarnessPage) => (p.raw as unknown as { mouse: Mouse }).mouse;
const keyboard = (p: HarnessPage) => (p.raw as unknown as { keyboard: Keyboard }).keyboard;

/** Which of `selectors` a person sees: laid out (not display: none, here or above) and in innerText. */
function seen(page: HarnessPage, selectors: string[]): Promise<Record<string, boolean>> {
  return page.evaluate((sels: string[]) => {
    const text = document.body.innerText;
    return Object.fromEntries(sels.map((s) => {
      const el = document.querySelector<HTMLElement>(s)!;
      const words = (el.innerText || el.textContent || "").trim().split("\n")[0]!.trim();
      return [s, el.getClientRects().length > 0 && text.includes(words)];
    }));
  }, selectors);
}
const all = (selectors: string[], value: boolean) => Object.fromEntries(selectors.map((s) => [s, value]));

/** Waits until each of `selectors` is seen (true) or not (false). */
function waitSeen(page: HarnessPage, selectors: string[], value: boolean): Promise<void> {
  return page.waitFor(({ sels, want }: { sels: string[]; want: boolean }) =>
    sels.every((s) => {
      const el = document.querySelector(s);
      return !!el && (el.getClientRects().length > 0) === want;
    }), { sels: selectors, want: value });
}

async function centre(page: HarnessPage, selector: string): Promise<{ x: number; y: number }> {
  return page.evaluate((s: string) => {
    const el = document.querySelector(s)!;
    el.scrollIntoView({ block: "center" });
    const r = el.getBoundingClientRect();
    return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) };
  }, selector);
}

describe.each(BROWSERS)("keeping control of the live page in %s", (kind) => {
  let server: TestServer;
  let b: ExtensionBrowser;
  let n = 0;
  const url = () => server.url(`/article.html?keep-${kind}-${++n}`);

  beforeAll(async () => {
    server = await startServer({ routes: { "/article.html": ARTICLE } });
    b = await launchBuilt(kind);
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  async function open(address: string): Promise<{ page: HarnessPage; tabId: number }> {
    const page = await b.newPage();
    await page.goto(address);
    await waitSeen(page, [...RELATED, ...SOCIAL], false);
    return { page, tabId: await retryNavigationRace(() => b.tabIdOf(page)) };
  }

  it("the popup shows one category again on this site at once, the others stay hidden; remembered after a reload; 'Hide again' hides it", async () => {
    await setStoredSettings(b, null);
    const address = url();
    const { page, tabId } = await open(address);
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 7)); // survives only without a reload

    const popup = await openPopup(b, tabId);
    const row = (id: string) => popup.evaluate((c: string) => document.querySelector(`#hidden-list button[data-category="${c}"]`)?.closest("li")?.textContent ?? null, id);
    expect(await row("related")).toMatch(/^Related articles\d+Show on this site$/);
    expect(await row("social")).toMatch(/^Social prompts\d+Show on this site$/);
    await click(popup, '#hidden-list button[data-category="related"]');

    await page.bringToFront();
    await waitSeen(page, RELATED, true);
    expect(await seen(page, [...RELATED, ...SOCIAL])).toEqual({ ...all(RELATED, true), ...all(SOCIAL, false) });
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(7);
    // The popup now offers to hide it again, and still offers the other category.
    await popup.waitFor(() => document.querySelector('#hidden-list button[data-category="related"]')?.textContent === "Hide again on this site");
    expect(await row("related")).toBe("Related articlesshownHide again on this site");
    expect(await row("social")).toMatch(/^Social prompts\d+Show on this site$/);
    expect(((await storedSettings(b)) as Stored).sites["127.0.0.1"]).toEqual({ enabled: true, alwaysReader: false, shown: ["related"] });

    // Remembered: the next visit shows them from the start, and still hides the social blocks.
    await page.goto(address);
    await page.waitFor(() => document.readyState === "complete");
    await waitSeen(page, SOCIAL, false);
    expect(await seen(page, [...RELATED, ...SOCIAL])).toEqual({ ...all(RELATED, true), ...all(SOCIAL, false) });
    expect(await page.innerText()).toContain(ARTICLE_TEXT);

    const again = await openPopup(b, tabId);
    await click(again, '#hidden-list button[data-category="related"]');
    await page.bringToFront();
    await waitSeen(page, RELATED, false);
    expect(await seen(page, [...RELATED, ...SOCIAL])).toEqual({ ...all(RELATED, false), ...all(SOCIAL, false) });
    expect(((await storedSettings(b)) as Stored).sites).toEqual({});
    await again.close();
    await popup.close();
    await page.close();
  });

  it("the picker's 'Keep this block' keeps a block the rules hide: at once, after a reload, and against the person's own hiding rule", async () => {
    await setStoredSettings(b, null);
    const address = url();
    const { page, tabId } = await open(address);
    // Hidden blocks cannot be pointed at: "Show hidden blocks" first, as a person would.
    await sendToTab(b, tabId, { type: "reveal", reveal: true });
    await waitSeen(page, ["#terpopuler"], true);
    await retryNavigationRace(() => sendToTab(b, tabId, { type: "start-picker" }));
    await page.bringToFront();
    await page.waitFor(() => document.querySelector("jernih-picker") !== null);
    // Point at the list's heading, widen once to the list, click: the panel focuses "Hide on this site";
    // Tab moves to "Keep this block", Enter presses it.
    const { x, y } = await centre(page, "#terpopuler h3");
    await mouse(page).move(x, y);
    await keyboard(page).press("ArrowUp");
    await mouse(page).click(x, y);
    await keyboard(page).press("Tab");
    await keyboard(page).press("Enter");

    await expect.poll(async () => ((await storedSettings(b)) as Stored | null)?.customRules.length, { timeout: 15_000 }).toBe(1);
    const saved = ((await storedSettings(b)) as Stored).customRules[0]!;
    expect(saved).toMatchObject({ kind: "keep", category: "keep", site: "127.0.0.1" });
    expect(await page.evaluate((s: string) => document.querySelector(s)?.id, saved.value)).toBe("terpopuler");

    // Everything else hidden again; the kept list stays in view, in the site's own layout.
    await sendToTab(b, tabId, { type: "reveal", reveal: false });
    await waitSeen(page, ["#terkait"], false);
    await waitSeen(page, ["#terpopuler"], true);
    expect(await seen(page, [...RELATED, ...SOCIAL])).toEqual({ ...all(RELATED, false), "#terpopuler": true, ...all(SOCIAL, false) });
    expect(await page.evaluate(() => getComputedStyle(document.querySelector("#terpopuler")!).display)).toBe("flex");

    // A rule of the person's own naming the same list: the keep rule still wins, after a reload.
    const withHide = (await storedSettings(b)) as Stored;
    withHide.customRules.push({ id: "mine", kind: "selector", value: "#terpopuler, #kurs", category: "related", site: "127.0.0.1" });
    await setStoredSettings(b, withHide);
    await page.goto(address);
    await page.waitFor(() => document.readyState === "complete");
    await waitSeen(page, ["#terpopuler"], true);
    await waitSeen(page, ["#kurs", "#terkait"], false);
    expect(await seen(page, [...RELATED, ...SOCIAL, "#kurs"])).toEqual({ ...all(RELATED, false), "#terpopuler": true, ...all(SOCIAL, false), "#kurs": false });
    expect(await page.innerText()).toContain("Harga Garam Rakyat Naik Menjelang Musim Hujan");
    expect(await page.innerText()).toContain(ARTICLE_TEXT);
    await page.close();
  });

  it("the options page lists a keep rule with the person's own rules, and removing it lets the rules hide the block again", async () => {
    await setStoredSettings(b, {
      version: 2, categories: {}, sites: {},
      customRules: [{ id: "k1", kind: "keep", value: "#terpopuler", category: "keep", site: "127.0.0.1" }],
    });
    const page = await b.newPage();
    await page.goto(url());
    await waitSeen(page, ["#terkait", "#share"], false);
    await waitSeen(page, ["#terpopuler"], true);

    const options = await openOptions(b);
    const listed = await options.evaluate(() => document.querySelector("#rules [data-rule-id='k1']")?.textContent ?? null);
    expect(listed).toBe("#terpopulerKeep (CSS selector)127.0.0.1Remove");
    expect(await options.evaluate(() => document.querySelector("[data-site='127.0.0.1'] [data-rule-id='k1'] code")?.textContent)).toBe("#terpopuler");
    await click(options, "#rules [data-rule-id='k1'] button");
    await options.waitFor(() => document.querySelector("#rules [data-rule-id='k1']") === null);
    expect(((await storedSettings(b)) as Stored).customRules).toEqual([]);

    // The open tab follows without a reload.
    await page.bringToFront();
    await waitSeen(page, ["#terpopuler"], false);
    expect(await page.innerText()).not.toContain("Harga Garam Rakyat Naik Menjelang Musim Hujan");
    await options.close();
    await page.close();
  });

  it("a keep rule the browser cannot parse breaks no hiding rule; the valid keep rule beside it still keeps", async () => {
    await setStoredSettings(b, {
      version: 2, categories: {}, sites: {},
      customRules: [
        { id: "bad1", kind: "keep", value: "div:nosuch-pseudo", category: "keep", site: "127.0.0.1" },
        { id: "bad2", kind: "keep", value: "a >>> b", category: "keep", site: "127.0.0.1" },
        { id: "bad3", kind: "keep", value: "section:not(.x", category: "keep", site: "127.0.0.1" },
        { id: "good", kind: "keep", value: "#share", category: "keep", site: "127.0.0.1" },
        // The person's own rule lives in the user-origin sheet only: it shows whether that sheet still works.
        { id: "hide", kind: "selector", value: "#kurs", category: "promo", site: "127.0.0.1" },
      ],
    });
    const page = await b.newPage();
    await page.goto(url());
    await page.waitFor(() => document.readyState === "complete");
    await waitSeen(page, ["#kurs", ...RELATED, "#follow"], false);
    await waitSeen(page, ["#share"], true);
    expect(await seen(page, [...RELATED, ...SOCIAL, "#kurs"])).toEqual({ ...all(RELATED, false), "#share": true, "#follow": false, "#kurs": false });
    await page.close();
  });
});
