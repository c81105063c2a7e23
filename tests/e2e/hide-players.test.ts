/**
 * Players that start on their own, muted, below the story, and a line of campaign hashtags, in
 * Chromium and Firefox with the built extension, on tests/fixtures/live/news/players-hashtags.html
 * (own words, modelled on modern Indonesian templates). Two boxes are in the page as it loads and a
 * page script appends a third after load, as a video network's script does: each is judged with the
 * article known, at DOMContentLoaded or when it is added. The lead video above the story, a video in
 * it that waits for a click, a social post's hashtag and the topic row's linked hashtags stay.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BROWSERS, launch, requireBuild, sendToTab, setStoredSettings, startServer,
  type ExtensionBrowser, type TestServer,
} from "./harness/index.ts";
import { expectClean, look } from "./hide-helpers.ts";

const FIXTURE = "/news/players-hashtags.html";

describe.each(BROWSERS)("autoplaying players below the story and hashtag lines, in %s", (kind) => {
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

  it("hides the boxes in the page and the one a script adds after load, and the hashtag line; keeps the article, its videos and the frame", async () => {
    const page = await b.newPage();
    await page.goto(server.url(FIXTURE));
    await sendToTab(b, await b.tabIdOf(page), { type: "get-state" });
    await page.waitFor(() => document.body.dataset.added === "1");
    // The hider's batch for the added box runs in the next animation frame.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const seen = await look(page);
    expect(seen.clutter.map((c) => c.expected)).toEqual(["promo", "promo", "promo", "promo"]);
    expect(seen.kept.length).toBe(11); // header, title, byline, lead video, three paragraphs, embedded video, social post, topic row, footer
    expectClean(seen);
    expect(seen.text).not.toContain("Video festival lampion");
    await page.close();
  });
});
