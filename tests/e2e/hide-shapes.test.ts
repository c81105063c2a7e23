/**
 * The live-page hider's structural shapes (src/core/live-shapes.ts) in real Chromium and Firefox,
 * with the built extension, on fixture pages served from 127.0.0.1 (tests/fixtures/live/news/shapes*.html):
 * a headline list in the sidebar, a teaser grid, a share bar, an ad slot and a list a script adds
 * late must go, each with its category; the article, its title, byline, photo and the site's header
 * and footer must stay. And rows of share buttons written as `<button>`s (share-buttons.html): they
 * go, a photo viewer's toolbar and the text-size buttons stay. And share bars that hold the story's
 * like and comment counts (share-counts.html): they go whole, counts and icons with them. And a
 * site's plugs for its own app (app-plugs.html): they go; a story about an app and a report's
 * download button stay. Annotations: `data-clutter` (must go), `data-para` / `data-keep` (must stay);
 * see tests/fixtures/live/README.md. Assertions are on what a person sees (checkVisibility,
 * innerText, the toolbar badge, the popup's counts).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { PageState } from "../../src/shared/messages.ts";
import { defaultSettings } from "../../src/shared/settings.ts";
import {
  BROWSERS, launch, requireBuild, sendToTab, setStoredSettings, startServer,
  type ExtensionBrowser, type HarnessPage, type TestServer,
} from "./harness/index.ts";
import { countsOf, expectClean, look } from "./hide-helpers.ts";

describe.each(BROWSERS)("hiding by shape in %s", (kind) => {
  let server: TestServer;
  let b: ExtensionBrowser;
  let n = 0;

  async function open(path: string, query = ""): Promise<{ page: HarnessPage; tabId: number }> {
    const page = await b.newPage();
    await page.goto(server.url(`${path}?v=${++n}${query}`));
    const tabId = await b.tabIdOf(page);
    // get-state answers once the hider has started; a second animation frame lets its batch finish.
    await sendToTab(b, tabId, { type: "get-state" });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    return { page, tabId };
  }

  beforeAll(async () => {
    requireBuild();
    server = await startServer();
    b = await launch(kind);
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });
  beforeEach(async () => {
    await setStoredSettings(b, null);
  });

  it("hides a sidebar 'Terpopuler' list, a teaser grid, a share bar and an ad slot, keeping the article, its byline and photo, and the site's header and footer", async () => {
    // Without the list the page's script adds later (the next test has it).
    const { page, tabId } = await open("/news/shapes.html", "&late=off");
    const seen = await look(page);
    expect(seen.clutter.map((c) => c.expected).sort()).toEqual(["promo", "related", "related", "social"]);
    expectClean(seen);
    // A reader still sees the whole article and every link of the site's header and footer.
    for (const s of ["Harga Cabai Rawit Melonjak Jelang Ramadan", "Dewi Lestari Putri, Kamis, 12 Maret 2026 | 09:30 WIB", "Rabu (11/3/2026) pagi.",
      "Pemilu dan Pilkada Serentak 2029", "Energi, Tambang dan Sumber Daya Mineral", "Pedoman Pemberitaan Media Siber", "Wisata dan Kuliner Nusantara Contoh"]) {
      expect(seen.text).toContain(s);
    }
    const counts = countsOf(seen);
    expect(counts).toEqual({ related: 2, social: 1, promo: 1 });
    await expect.poll(() => b.badgeText(tabId)).toBe("4");
    const state = await sendToTab<PageState>(b, tabId, { type: "get-state" });
    expect(state.hidden).toEqual(counts);
    // The popup's list names the shapes: the share bar, the grid and the sidebar's box, the ad slot.
    expect(state.removed?.map((r) => `${r.category} ${r.rule}`)).toEqual(expect.arrayContaining([
      "social shape:social:share-row", "related shape:related:headline-list", "promo shape:promo:ad-slot",
    ]));
    await page.close();
  });

  it("hides the related list a script appends two seconds after load before any frame with it is painted", async () => {
    const { page, tabId } = await open("/news/shapes.html");
    await page.waitFor(() => document.body.dataset.lateInserted === "1", undefined, 20_000);
    // Two frames later: had the list been laid out with a size in any frame, the page's
    // ResizeObserver (run after the frame's animation callbacks, before it is painted) would have said so.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await page.evaluate(() => document.body.dataset.lateLaidOut ?? "never")).toBe("never");
    const seen = await look(page);
    expect(seen.clutter.map((c) => c.expected).sort()).toEqual(["promo", "related", "related", "related", "social"]);
    expectClean(seen);
    expect(seen.text).not.toContain("Sebelum Anda Pergi");
    expect(countsOf(seen)).toEqual({ related: 3, social: 1, promo: 1 });
    await expect.poll(() => b.badgeText(tabId)).toBe("5");
    const state = await sendToTab<PageState>(b, tabId, { type: "get-state" });
    expect(state.removed?.find((r) => r.text.includes("Sebelum Anda Pergi"))?.rule).toBe("shape:related:headline-list");
    await page.close();
  });

  it("shows the late list where the user switched the site off (the page sees it laid out: the check above can fail)", async () => {
    await setStoredSettings(b, { ...defaultSettings(), sites: { "127.0.0.1": { enabled: false, alwaysReader: false } } });
    const { page, tabId } = await open("/news/shapes.html");
    await page.waitFor(() => document.body.dataset.lateInserted === "1", undefined, 20_000);
    await page.waitFor(() => Number(document.body.dataset.lateLaidOut ?? 0) > 0);
    const seen = await look(page);
    expect(seen.marked).toEqual([]);
    for (const c of seen.clutter) expect({ text: c.text, visible: c.visible }).toEqual({ text: c.text, visible: true });
    expect(seen.text).toContain("Sebelum Anda Pergi");
    expect(await b.badgeText(tabId)).toBe("");
    await page.close();
  });

  it("hides rows of share buttons written as <button>s, and keeps a photo viewer's toolbar, the text-size buttons and an e-mail form", async () => {
    const { page, tabId } = await open("/news/share-buttons.html");
    const seen = await look(page);
    expect(seen.clutter.map((c) => c.expected)).toEqual(["social", "social"]);
    expectClean(seen);
    const shown = await page.evaluate(() => ["Layar penuh", "Perbesar teks", "Salin tautan"].map((name) => document.querySelector(`[aria-label="${name}"]`)!.checkVisibility()));
    expect(shown).toEqual([true, true, false]);
    await expect.poll(() => b.badgeText(tabId)).toBe("2");
    await page.close();
  });

  it("hides share bars whole with the like and comment counts and the print and send links beside their buttons, and keeps the byline row's counts and a poll's buttons", async () => {
    const { page, tabId } = await open("/news/share-counts.html");
    const seen = await look(page);
    expect(seen.clutter.map((c) => c.expected)).toEqual(["social", "social", "social", "social"]);
    expectClean(seen);
    for (const s of ["0 komentar 1,4K dilihat", "Setuju 128", "Penulis: Dewi Lestari"]) expect(seen.text).toContain(s);
    expect(seen.text).not.toMatch(/\b128\s+23\b/);
    expect(seen.text).not.toContain("Cetak");
    await expect.poll(() => b.badgeText(tabId)).toBe("4");
    await page.close();
  });

  it("hides a site's plugs for its own app (a strip, a card, a one-link banner), and keeps a story about an app, a report's download button and the footer's entry", async () => {
    const { page, tabId } = await open("/news/app-plugs.html");
    const seen = await look(page);
    expect(seen.clutter.map((c) => c.expected)).toEqual(["promo", "promo", "promo"]);
    expectClean(seen);
    for (const s of ["Download aplikasinya di Google Play.", "Laporan kinerja puskesmas 2026 (PDF, 2 MB) Download", "Download Aplikasi Warta Pesisir"]) expect(seen.text).toContain(s);
    await expect.poll(() => b.badgeText(tabId)).toBe("3");
    await page.close();
  });

  it("hides OneSignal's bell and the 'allow notifications?' prompt a script adds after load, keeping a story about notifications and the header's bell", async () => {
    const { page, tabId } = await open("/news/push-prompt.html");
    await page.waitFor(() => document.body.dataset.lateInserted === "1", undefined, 20_000);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await page.evaluate(() => document.body.dataset.lateLaidOut ?? "never")).toBe("never");
    const seen = await look(page);
    expect(seen.clutter.map((c) => c.expected)).toEqual(["promo", "promo"]);
    expectClean(seen);
    expect(seen.text).toContain("notifikasi darurat yang berbunyi keras");
    expect(seen.text).not.toContain("Dapatkan notifikasi berita terbaru");
    expect(await page.evaluate(() => document.querySelector('[aria-label="Notifikasi"]')!.checkVisibility())).toBe(true);
    await expect.poll(() => b.badgeText(tabId)).toBe("2");
    const state = await sendToTab<PageState>(b, tabId, { type: "get-state" });
    expect(state.removed?.map((r) => r.rule).sort()).toEqual(["push-prompts", "shape:promo:push-prompt"]);
    await page.close();
  });
});
