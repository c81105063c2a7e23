/**
 * The options page of the BUILT extension in Chromium and Firefox, against a page served from
 * 127.0.0.1: switches reach open tabs without a reload, bad input is refused with a message, and a
 * broken import leaves the settings exactly as they were.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BROWSERS, launch, requireBuild, startServer, type ExtensionBrowser, type ExtensionGlobals, type TestServer } from "./harness/index.ts";
import { click, openOptions, retryNavigationRace, setStoredSettings, storedSettings, typeInto } from "./options-helpers.ts";

const AXE_SOURCE = readFileSync(resolve(import.meta.dirname, "../../node_modules/axe-core/axe.min.js"), "utf8");
/** Extension pages forbid inline and eval'd scripts by CSP; a Function made in the test's evaluate is not eval'd by the page. */
const AXE_SOURCE_RUNNER = (src: string) => {
  (0, eval)(src);
};
const ARTICLE = readFileSync(resolve(import.meta.dirname, "../fixtures/options/article.html"), "utf8");
describe.each(BROWSERS)("options page in %s", (kind) => {
  let server: TestServer;
  let b: ExtensionBrowser;
  let n = 0;
  const articleUrl = () => server.url(`/article.html?options-${kind}-${++n}`);

  beforeAll(async () => {
    requireBuild();
    server = await startServer({ routes: { "/article.html": ARTICLE } });
    b = await launch(kind);
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it("turning a category off brings its blocks back on an open tab, without a reload; on again hides them", async () => {
    await setStoredSettings(b, null);
    const page = await b.newPage();
    await page.goto(articleUrl());
    // "related" is on by default: the "Baca juga" line and the "Berita Terkait" box are hidden.
    await page.waitFor(() => !document.body.innerText.includes("Berita Terkait"));
    expect(await page.innerText()).toContain("Jembatan itu dibangun secara gotong royong");
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42)); // survives only without a reload

    const options = await openOptions(b);
    expect(await options.evaluate(() => (document.querySelector("#cat-related") as HTMLInputElement).checked)).toBe(true);
    await click(options, "#cat-related");
    await options.waitFor(() => document.querySelector("#status")!.textContent !== "");

    await page.bringToFront();
    await page.waitFor(() => document.body.innerText.includes("Berita Terkait") && document.body.innerText.includes("Baca juga"));
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    // Other categories stay hidden.
    expect(await page.innerText()).not.toContain("Ikuti kami di Google News");

    await options.bringToFront();
    await click(options, "#cat-related");
    await page.bringToFront();
    await page.waitFor(() => !document.body.innerText.includes("Berita Terkait"));
    await options.close();
    await page.close();
  });

  it("turning cleaning off for a site shows everything there again; on again hides it", async () => {
    await setStoredSettings(b, null);
    const page = await b.newPage();
    const url = articleUrl();
    await page.goto(url);
    await page.waitFor(() => !document.body.innerText.includes("Berita Terkait"));
    const tabId = await retryNavigationRace(() => b.tabIdOf(page));
    const options = await openOptions(b, tabId);
    // Opened from the tab, the page lists the tab's site with its switches.
    await click(options, "[data-site-enabled='127.0.0.1']");
    await options.waitFor(() => document.querySelector("#status")!.textContent !== "");
    expect(await storedSettings(b)).toMatchObject({ sites: { "127.0.0.1": { enabled: false, alwaysReader: false } } });
    await page.bringToFront();
    await page.waitFor(() => document.body.innerText.includes("Berita Terkait") && document.body.innerText.includes("Ikuti kami di Google News"));
    await options.bringToFront();
    await click(options, "[data-site-enabled='127.0.0.1']");
    await page.bringToFront();
    await page.waitFor(() => !document.body.innerText.includes("Berita Terkait"));
    await options.close();
    await page.close();
  });

  it.skipIf(kind === "firefox")("exports a JSON file with the format and schema version", async () => {
    await setStoredSettings(b, { version: 2, categories: { social: false }, sites: {}, customRules: [] });
    const options = await openOptions(b);
    const raw = options.raw as unknown as { waitForEvent(e: "download"): Promise<{ suggestedFilename(): string; path(): Promise<string> }> };
    const [download] = await Promise.all([raw.waitForEvent("download"), click(options, "#export")]);
    expect(download.suggestedFilename()).toMatch(/^jernih-settings-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(readFileSync(await download.path(), "utf8"));
    expect(file).toMatchObject({ format: "jernih-settings", schemaVersion: 2, settings: { version: 2, categories: { social: false } } });
    await options.close();
  });

  it("an invalid selector shows a message next to it and is not saved; a valid one counts its matches on the opener tab", async () => {
    await setStoredSettings(b, null);
    const page = await b.newPage();
    const url = articleUrl();
    await page.goto(url);
    const tabId = await retryNavigationRace(() => b.tabIdOf(page));
    const options = await openOptions(b, tabId);

    await typeInto(options, "#rule-value", "div.promo-box[");
    await options.waitFor(() => document.querySelector("#rule-value-msg")!.textContent!.length > 0);
    expect(await options.evaluate(() => document.querySelector("#rule-value-msg")!.textContent)).toBe("Not a valid CSS selector.");
    expect(await options.evaluate(() => document.querySelector("#rule-value")!.getAttribute("aria-invalid"))).toBe("true");
    await click(options, "#rule-add");
    expect(await options.evaluate(() => document.querySelectorAll("#rules [data-rule-id]").length)).toBe(0);
    expect(await storedSettings(b)).toBeNull();

    await typeInto(options, "#rule-value", ".weather-widget");
    const host = new URL(url).hostname;
    await options.waitFor((h: string) => document.querySelector("#rule-value-msg")!.textContent === `Would hide 1 element(s) on ${h}.`, host);
    expect(await options.evaluate(() => (document.querySelector("#rule-site") as HTMLInputElement).value)).toBe("127.0.0.1");

    // Saving it hides the block on the open tab at once.
    expect(await page.innerText()).toContain("Cerah berawan hari ini");
    await click(options, "#rule-add");
    await options.waitFor(() => document.querySelectorAll("#rules [data-rule-id]").length === 1);
    await page.bringToFront();
    await page.waitFor(() => !document.body.innerText.includes("Cerah berawan hari ini"));
    expect(await page.innerText()).toContain("Jembatan itu dibangun secara gotong royong");
    await options.close();
    await page.close();
  });

  // Chromium records the tab that called runtime.openOptionsPage (the popup's "Settings") as the
  // opener; Firefox does not, so there the popup must pass ?tab=<id>.
  it.skipIf(kind === "firefox")("opened by runtime.openOptionsPage, as the popup does, it counts on the tab it came from", async () => {
    await setStoredSettings(b, null);
    const page = await b.newPage();
    const url = articleUrl();
    await page.goto(url);
    await page.bringToFront();
    await b.extensionEval(async () => {
      const g = globalThis as unknown as ExtensionGlobals;
      await (g.browser ?? g.chrome!).runtime.openOptionsPage();
    });
    const raw = page.raw as unknown as { context(): { pages(): { url(): string; evaluate<R>(fn: () => R): Promise<R>; waitForFunction(fn: () => unknown): Promise<unknown>; close(): Promise<void> }[] } };
    let options = raw.context().pages().find((p) => p.url().includes("src/options/index.html"));
    for (let i = 0; !options && i < 100; i++) {
      await new Promise((r) => setTimeout(r, 50));
      options = raw.context().pages().find((p) => p.url().includes("src/options/index.html"));
    }
    expect(options).toBeDefined();
    await options!.waitForFunction(() => document.body.dataset.ready === "true");
    expect(await options!.evaluate(() => (document.querySelector("#rule-site") as HTMLInputElement).value)).toBe("127.0.0.1");
    await options!.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>("#rule-value")!;
      input.value = ".detail-body p";
      input.dispatchEvent(new Event("input", { bubbles: true }));
    });
    await options!.waitForFunction(() => document.querySelector("#rule-value-msg")!.textContent === "Would hide 6 element(s) on 127.0.0.1.");
    await options!.close();
    await page.close();
  });

  it("importing a broken or foreign file shows what is wrong and leaves the settings exactly as they were", async () => {
    await setStoredSettings(b, null);
    const options = await openOptions(b);
    await click(options, "#cat-social");
    await typeInto(options, "#rule-value", ".sidebar-box");
    await click(options, "#rule-add");
    await options.waitFor(() => document.querySelectorAll("#rules [data-rule-id]").length === 1);
    const before = await storedSettings(b);
    expect(before).toMatchObject({ categories: { social: false }, customRules: [{ value: ".sidebar-box" }] });

    const attempts: [string, string][] = [
      ['{ "format": "jernih-settings", "settings": { "categ', "not Jernih settings (or not a JSON file)"],
      [JSON.stringify({ theme: "dark", blockedDomains: ["x.com"] }), "this file was not exported by Jernih"],
      [JSON.stringify({ format: "jernih-settings", schemaVersion: 2, settings: { version: 2, categories: { related: "off" }, sites: {}, customRules: [] } }), "invalid value at categories.related"],
    ];
    for (const [text, why] of attempts) {
      // What a person does with the file chooser: the input receives a file and fires "change".
      await options.evaluate((t: string) => {
        const input = document.querySelector<HTMLInputElement>("#import-file")!;
        const dt = new DataTransfer();
        dt.items.add(new File([t], "settings.json", { type: "application/json" }));
        input.files = dt.files;
        input.dispatchEvent(new Event("change", { bubbles: true }));
      }, text);
      await options.waitFor((w: string) => document.querySelector("#import-error")?.textContent?.includes(w), why);
      expect(await storedSettings(b)).toEqual(before);
      expect(await options.evaluate(() => (document.querySelector("#cat-social") as HTMLInputElement).checked)).toBe(false);
      expect(await options.evaluate(() => document.querySelectorAll("#rules [data-rule-id]").length)).toBe(1);
    }
    await options.close();
  });

  it("reset asks in a dialog first; cancel keeps everything", async () => {
    await setStoredSettings(b, null);
    const options = await openOptions(b);
    await click(options, "#cat-promo");
    await options.waitFor(() => document.querySelector("#status")!.textContent !== "");
    const before = await storedSettings(b);
    await click(options, "#reset");
    expect(await options.evaluate(() => (document.querySelector("#reset-dialog") as HTMLDialogElement).open)).toBe(true);
    await click(options, "#reset-cancel");
    expect(await options.evaluate(() => (document.querySelector("#reset-dialog") as HTMLDialogElement).open)).toBe(false);
    expect(await storedSettings(b)).toEqual(before);
    await click(options, "#reset");
    await click(options, "#reset-confirm");
    await options.waitFor(() => (document.querySelector("#cat-promo") as HTMLInputElement).checked);
    expect(await storedSettings(b)).toMatchObject({ categories: {}, sites: {}, customRules: [] });
    await options.close();
  });

  it("settings larger than the sync quota are kept on this device, the page says so, and tabs still use them", async () => {
    await setStoredSettings(b, null);
    // 150 site rules: about 20 KB, over storage.sync's 8 KB per item in both browsers.
    const customRules = Array.from({ length: 150 }, (_, i) => ({
      id: `big-${i}`, kind: "selector", value: `.a-rather-long-class-name-for-quota-${i} > .inner`, category: "promo", site: `site-${i}.example.com`,
    }));
    customRules.push({ id: "weather", kind: "selector", value: "#weather", category: "promo", site: "127.0.0.1" });
    const file = JSON.stringify({ format: "jernih-settings", schemaVersion: 2, settings: { version: 2, categories: {}, sites: {}, customRules } });
    const options = await openOptions(b);
    await options.evaluate((t: string) => {
      const input = document.querySelector<HTMLInputElement>("#import-file")!;
      const dt = new DataTransfer();
      dt.items.add(new File([t], "big.json", { type: "application/json" }));
      input.files = dt.files;
      input.dispatchEvent(new Event("change", { bubbles: true }));
    }, file);
    await options.waitFor(() => document.querySelector("#storage-notice") !== null);
    expect(await options.evaluate(() => document.querySelector("#storage-notice")!.textContent)).toContain("saved on this device only");
    const where = await retryNavigationRace(() =>
      b.extensionEval(async () => {
        const g = globalThis as unknown as ExtensionGlobals;
        const api = g.browser ?? g.chrome!;
        const local = (await api.storage.local.get(["settings", "settingsFallback"])) as { settings?: { customRules: unknown[] }; settingsFallback?: { reason: string } };
        return { local: local.settings?.customRules.length ?? 0, reason: local.settingsFallback?.reason ?? "", sync: (await api.storage.sync.get("settings")).settings === undefined ? 0 : 1 };
      }),
    );
    expect(where).toEqual({ local: 151, reason: "quota", sync: 0 });

    // Reloading the options page shows the notice again; a page on 127.0.0.1 gets the rule.
    await options.close();
    const again = await openOptions(b);
    expect(await again.evaluate(() => document.querySelector("#storage-notice")?.textContent ?? "")).toContain("saved on this device only");
    expect(await again.evaluate(() => document.querySelectorAll("#rules [data-rule-id]").length)).toBe(151);
    const page = await b.newPage();
    await page.goto(articleUrl());
    await page.waitFor(() => document.querySelector("#weather") !== null && !document.body.innerText.includes("Cerah berawan hari ini"));
    await page.close();
    await again.close();
  });

  it("has no serious accessibility violations (axe-core)", async () => {
    await setStoredSettings(b, { version: 2, categories: {}, sites: { "detik.com": { enabled: false, alwaysReader: true } }, customRules: [{ id: "x", kind: "phrase", value: "Baca juga", category: "related", site: "detik.com" }] });
    const options = await openOptions(b);
    await options.evaluate(AXE_SOURCE_RUNNER, AXE_SOURCE);
    const violations = await options.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(c: Document, o: unknown): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
      const r = await axe.run(document, { resultTypes: ["violations"] });
      return r.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
    await options.close();
  });

  it("corrupt stored settings still give a working page that says what was repaired", async () => {
    await setStoredSettings(b, { version: 2, categories: { related: false, social: "maybe" }, sites: 7, customRules: [] });
    const options = await openOptions(b);
    const notice = await options.evaluate(() => document.querySelector("#repair-notice")?.textContent ?? "");
    expect(notice).toContain("invalid value at categories.social");
    expect(await options.evaluate(() => (document.querySelector("#cat-related") as HTMLInputElement).checked)).toBe(false);
    expect(await options.evaluate(() => document.querySelectorAll("#categories input[role=switch]").length)).toBeGreaterThanOrEqual(3);
    await options.close();
  });
});
