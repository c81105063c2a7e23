/**
 * The live page on a phone: the built extension in Chromium's mobile emulation and in Firefox, both
 * at 390×844 with touch (tests/e2e/harness: `phone`), on a mobile / AMP article template written for
 * the test (tests/fixtures/live/news/mobile-amp.html, served from 127.0.0.1). Every annotated block
 * is out of sight with its category; the article, its byline and photo, the header's row of section
 * links and the footer are all there; nothing scrolls sideways. tests/unit/hide-mobile.test.ts asks
 * the same of the decisions in jsdom, block by block.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BROWSERS, launch, requireBuild, sendToTab, setStoredSettings, startServer,
  type ExtensionBrowser, type TestServer,
} from "./harness/index.ts";
import { expectClean, look } from "./hide-helpers.ts";

describe.each(BROWSERS)("hiding on a phone's article template in %s", (kind) => {
  let server: TestServer;
  let b: ExtensionBrowser;

  beforeAll(async () => {
    requireBuild();
    server = await startServer();
    b = await launch(kind, { phone: true });
    await setStoredSettings(b, null);
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it("hides AMP share buttons and ads, a 'Baca juga' line, a list of headline cards, a recommendation widget and an app banner; keeps the article and the site's frame", async () => {
    const page = await b.newPage();
    await page.goto(server.url("/news/mobile-amp.html?v=1"));
    const tabId = await b.tabIdOf(page);
    await sendToTab(b, tabId, { type: "get-state" });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await page.evaluate(() => innerWidth)).toBe(390);
    const seen = await look(page);
    expect(seen.clutter.map((c) => c.expected)).toEqual(["social", "social", "social", "related", "promo", "related", "promo", "promo"]);
    expectClean(seen);
    for (const s of ["Pasar Apung Kembali Ramai Usai Banjir Surut", "Gaya Hidup", "Otomotif", "Pedoman Media Siber", "sepanjang sungai."]) {
      expect(seen.text).toContain(s);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    await page.close();
  });
});
