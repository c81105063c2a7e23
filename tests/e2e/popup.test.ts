/**
 * The toolbar popup for a tab (`popup/index.html?tab=<id>`), in real browsers: what it says about
 * an article, a page that is not one, and a page no extension may touch; its switches act on the page.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BROWSERS, startServer, type ExtensionBrowser, type ExtensionGlobals, type HarnessPage, type TestServer } from "./harness/index.ts";
import { axeViolations, launchBuilt, openPopup } from "./reader-helpers.ts";

const FIXTURES = join(import.meta.dirname, "../fixtures/reader");

describe.each(BROWSERS)("popup in %s", (kind) => {
  let server: TestServer;
  let b: ExtensionBrowser;
  let n = 0;

  beforeAll(async () => {
    server = await startServer({ root: FIXTURES });
    b = await launchBuilt(kind);
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  async function open(path: string): Promise<{ page: HarnessPage; tabId: number }> {
    const page = await b.newPage();
    await page.goto(server.url(`${path}?n=${++n}`));
    return { page, tabId: await b.tabIdOf(page) };
  }

  const visible = (id: string) => (popup: HarnessPage) => popup.evaluate((i: string) => !document.getElementById(i)!.hidden, id);

  it("describes an article: title, site, byline, date, reading time, excerpt, and offers the reader view", async () => {
    const { page, tabId } = await open("/article.html");
    const popup = await openPopup(b, tabId);
    const text = await popup.innerText();
    expect(text).toContain("Petani Garam Madura Panen Lebih Awal Berkat Kemarau Panjang");
    expect(text).toContain("Warta Contoh");
    expect(text).toContain("Siti Rahmawati");
    expect(text).toMatch(/\b1 min read\b/);
    expect(text).toContain("2026"); // the publication date, in the UI's language
    expect(text).toContain("Petani garam di Sumenep memulai panen");
    expect(await visible("reader")(popup)).toBe(true);
    expect(text).toContain("Reader view");
    expect(text).toContain("Clean this site");
    expect(text).not.toContain("does not look like an article");
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it("counts what was hidden by category, and its switch shows the blocks again", async () => {
    const { page, tabId } = await open("/article.html");
    await page.waitFor(() => !document.body.innerText.includes("Berita Terkait"));
    const popup = await openPopup(b, tabId);
    const counts = await popup.evaluate(() =>
      Array.from(document.querySelectorAll("#hidden-list li")).map((li) => li.textContent ?? ""),
    );
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.join(" ")).toMatch(/Related articles\s*\d+/);
    await popup.evaluate(() => (document.getElementById("reveal") as HTMLInputElement).click());
    await page.waitFor(() => document.body.innerText.includes("Berita Terkait"));
    await popup.waitFor(() => (document.getElementById("reveal") as HTMLInputElement).checked);
    await popup.evaluate(() => (document.getElementById("reveal") as HTMLInputElement).click());
    await page.waitFor(() => !document.body.innerText.includes("Berita Terkait"));
    await popup.close();
    await page.close();
  });

  it("'Clean this site' off stops hiding on the site and is remembered; on again hides again", async () => {
    const { page, tabId } = await open("/article.html");
    await page.waitFor(() => !document.body.innerText.includes("Berita Terkait"));
    const popup = await openPopup(b, tabId);
    expect(await popup.evaluate(() => (document.getElementById("site-enabled") as HTMLInputElement).checked)).toBe(true);
    await popup.evaluate(() => (document.getElementById("site-enabled") as HTMLInputElement).click());
    await page.waitFor(() => document.body.innerText.includes("Berita Terkait"));
    await popup.waitFor(() => document.getElementById("site-host")!.textContent!.includes("hides nothing on 127.0.0.1"));
    const stored = await b.extensionEval(async () => {
      const g = globalThis as unknown as ExtensionGlobals;
      const api = g.browser ?? g.chrome!;
      const local = (await api.storage.local.get("settings")).settings as { sites?: Record<string, { enabled: boolean }> } | undefined;
      const sync = (await api.storage.sync.get("settings").catch(() => ({}) as Record<string, unknown>)).settings as typeof local;
      return (local ?? sync)?.sites?.["127.0.0.1"]?.enabled;
    });
    expect(stored).toBe(false);
    // A new popup reads the stored choice.
    const again = await openPopup(b, tabId);
    expect(await again.evaluate(() => (document.getElementById("site-enabled") as HTMLInputElement).checked)).toBe(false);
    await again.evaluate(() => (document.getElementById("site-enabled") as HTMLInputElement).click());
    await page.waitFor(() => !document.body.innerText.includes("Berita Terkait"));
    await again.close();
    await popup.close();
    await page.close();
  });

  it("says plainly when a page is not an article, and still offers the site switch", async () => {
    const { page, tabId } = await open("/not-article.html");
    const popup = await openPopup(b, tabId);
    const text = await popup.innerText();
    expect(text).toContain("does not look like an article");
    expect(text).not.toContain("Warta Contoh — Beranda"); // no article box for a front page
    expect(await visible("article")(popup)).toBe(false);
    expect(await visible("site-box")(popup)).toBe(true);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it("says plainly when the browser keeps extensions off a page, and offers what still makes sense", async () => {
    // A blank tab (the browser tells us no URL) and one of our own extension pages (a URL we may not touch).
    const tabs = await b.extensionEval(async (optionsUrl: string) => {
      const g = globalThis as unknown as ExtensionGlobals;
      const api = g.browser ?? g.chrome!;
      const blank = await api.tabs.create({ url: "about:blank", active: false });
      const own = await api.tabs.create({ url: optionsUrl, active: false });
      return [blank.id ?? -1, own.id ?? -1];
    }, b.extensionUrl("src/options/index.html"));
    for (const tabId of tabs) {
      expect(tabId).toBeGreaterThanOrEqual(0);
      const popup = await openPopup(b, tabId);
      const text = await popup.innerText();
      expect(text).toContain("Jernih cannot work on this page");
      expect(await visible("reader")(popup)).toBe(false);
      expect(await visible("site-box")(popup)).toBe(false);
      expect(await visible("options")(popup)).toBe(true); // the settings still make sense
      expect(await axeViolations(popup)).toEqual([]);
      await popup.close();
    }
    await b.extensionEval(async (ids: number[]) => {
      const g = globalThis as unknown as ExtensionGlobals;
      await (g.browser ?? g.chrome!).tabs.remove(ids);
    }, tabs);
  });
});
