/**
 * Boxes a page's own script fills after load, in Chromium and Firefox with the built extension, on
 * tests/fixtures/live/news/script-filled.html: one box whose items are written into it in one go
 * (innerHTML), one whose list gets an item at a time. Each item arrives as a node of its own, and
 * alone no item is a list of headlines: the box they go into is what must be judged. Modelled on the
 * "Berita Lainnya" box of a modern Indonesian site (an empty list, a script to fill it); a paragraph
 * the script adds to the article stays.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BROWSERS, launch, requireBuild, sendToTab, setStoredSettings, startServer,
  type ExtensionBrowser, type TestServer,
} from "./harness/index.ts";
import { expectClean, look } from "./hide-helpers.ts";

const FIXTURE = "/news/script-filled.html";

describe.each(BROWSERS)("boxes a page script fills after load, in %s", (kind) => {
  let server: TestServer;
  let b: ExtensionBrowser;

  beforeAll(async () => {
    requireBuild();
    server = await startServer();
    b = await launch(kind);
    await setStoredSettings(b, null);
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it("hides each box once its items are in, whether written in one go or one at a time, and keeps the article", async () => {
    const page = await b.newPage();
    await page.goto(server.url(`${FIXTURE}?v=1`));
    await sendToTab(b, await b.tabIdOf(page), { type: "get-state" });
    await page.waitFor(() => document.body.dataset.filled === "1");
    // The hider's batch for the last item runs in the next animation frame.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const seen = await look(page);
    expect(seen.clutter.map((c) => c.expected)).toEqual(["related", "related"]);
    expect(seen.kept.length).toBe(6); // header, title, three paragraphs (one added by the script), footer
    expectClean(seen);
    expect(seen.text).not.toContain("Harga solar untuk nelayan");
    await page.close();
  });
});
