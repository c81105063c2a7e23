/**
 * Links a page's script puts in or moves while the page is still loading, in Chromium and Firefox
 * with the built extension, on tests/fixtures/live/news/script-moved-links.html (sent in parts with
 * pauses): a box above the article filled with headlines after the hider has counted the links
 * below it, and a list a slider script moves into a box of its own. The loading counter goes on
 * from the last link it counted: links put in before it were never counted, and moved links kept
 * their counts on the list they had left, so neither box went (src/core/shapes/loading-counter.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BROWSERS, launch, requireBuild, sendToTab, setStoredSettings, startServer,
  type ExtensionBrowser, type TestServer,
} from "./harness/index.ts";
import { expectClean, look, streamed } from "./hide-helpers.ts";

const FIXTURE = "news/script-moved-links.html";

describe.each(BROWSERS)("links a script puts in or moves while the page loads, in %s", (kind) => {
  let server: TestServer;
  let b: ExtensionBrowser;

  beforeAll(async () => {
    requireBuild();
    server = await startServer({ routes: { [`/${FIXTURE}`]: streamed(FIXTURE, 1500) } });
    b = await launch(kind);
    await setStoredSettings(b, null);
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it("hides the box filled before counted links and the box the moved list went to, before the page is parsed", async () => {
    const page = await b.newPage();
    await page.goto(server.url(`/${FIXTURE}?v=1`));
    await page.waitFor(() => document.body.dataset.pindahWhileLoading !== undefined, undefined, 20_000);
    await sendToTab(b, await b.tabIdOf(page), { type: "get-state" });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await page.evaluate(() => document.body.dataset.sisipWhileLoading)).toBe("hidden");
    expect(await page.evaluate(() => document.body.dataset.pindahWhileLoading)).toBe("hidden");
    const seen = await look(page);
    expect(seen.clutter.map((c) => c.expected)).toEqual(["related", "related"]);
    expect(seen.kept.length).toBe(6); // header, title, two paragraphs, the editor's note, footer
    expectClean(seen);
    await page.close();
  });
});
