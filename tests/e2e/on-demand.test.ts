/**
 * The content script's two halves (src/shared/page-features.ts): a page gets the hider only, and the
 * reader view's half (Readability and all) arrives the first time something asks for it — here the
 * popup's question, "what article is this?". Checked in the page's own extension world: the flag
 * the second half sets when it installs.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FEATURES_FLAG } from "../../src/shared/page-features.ts";
import {
  BROWSERS, launch, requireBuild, sendToTab, startServer, type ExtensionBrowser, type ExtensionGlobals, type TestServer,
} from "./harness/index.ts";

const PARAGRAPH =
  "The council voted on Tuesday to extend the night bus service to the outer districts, after a year of " +
  "complaints from shift workers who had no way home after the last train. The trial starts next month.";

const ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Night buses extended</title>
<meta property="og:type" content="article"></head><body>
<article><h1>Night buses extended to the outer districts</h1>
${Array.from({ length: 6 }, () => `<p>${PARAGRAPH}</p>`).join("\n")}
<div class="related-box"><h3>Related articles</h3><ul><li><a href="/a">Train fares rise</a></li><li><a href="/b">New bike lanes</a></li></ul></div>
</article></body></html>`;

async function secondHalfLoaded(b: ExtensionBrowser, tabId: number): Promise<boolean> {
  return b.extensionEval(
    async (a: { tabId: number; flag: string }) => {
      const g = globalThis as unknown as ExtensionGlobals;
      const [r] = await (g.browser ?? g.chrome!).scripting.executeScript({
        target: { tabId: a.tabId, frameIds: [0] },
        args: [a.flag],
        func: (flag: string) => (globalThis as Record<string, unknown>)[flag] === true,
      });
      return r?.result === true;
    },
    { tabId, flag: FEATURES_FLAG },
  ) as Promise<boolean>;
}

describe.each(BROWSERS)("content script halves in %s", (kind) => {
  let server: TestServer;
  let b: ExtensionBrowser;

  beforeAll(async () => {
    requireBuild();
    server = await startServer({ routes: { "/news/night-buses.html": ARTICLE } });
    b = await launch(kind);
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it("hides clutter with the first half alone, and loads the reader's half only when asked", async () => {
    const page = await b.newPage();
    await page.goto(server.url("/news/night-buses.html"));
    await page.waitFor(() => document.querySelector("[data-jernih-hidden]") !== null);
    // The live page is clean: the related box is hidden, the article's text is there.
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).toContain("night bus service");
    expect(text).not.toContain("Train fares rise");
    const tabId = await b.tabIdOf(page);
    expect(await secondHalfLoaded(b, tabId)).toBe(false);

    // The popup's question brings the second half in and gets its answer.
    const info = await sendToTab<{ summary: { title: string } | null; isArticle: boolean }>(b, tabId, { type: "article-summary" });
    expect(info.isArticle).toBe(true);
    expect(info.summary?.title).toContain("Night buses");
    expect(await secondHalfLoaded(b, tabId)).toBe(true);
    // Asked again (a second popup): still one reader overlay, opened and closed as asked.
    await sendToTab(b, tabId, { type: "reader-toggle", open: true });
    await page.waitFor(() => document.querySelectorAll("jernih-reader").length === 1);
    await sendToTab(b, tabId, { type: "reader-toggle", open: false });
    await page.waitFor(() => document.querySelector("jernih-reader") === null);
    await page.close();
  });
});
