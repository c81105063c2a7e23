/**
 * The article stays when the block that holds it opens with headline lists and the page arrives
 * slowly, in Chromium and Firefox with the built extension (tests/fixtures/live/news/streamed-wrapper.html,
 * sent in two parts with a pause after the lists). Modelled on republika.co.id's 2015 layout, whose
 * article the live page hid in real Chromium now and then (tests/e2e/hide-corpus.test.ts): what the
 * parser has added when a batch runs is judged as a whole block, and a wrapper that so far holds
 * nothing but lists looks like one.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BROWSERS, launch, requireBuild, sendToTab, setStoredSettings, startServer,
  type ExtensionBrowser, type TestServer,
} from "./harness/index.ts";
import { expectClean, look, streamed } from "./hide-helpers.ts";

const FIXTURE = "news/streamed-wrapper.html";

describe.each(BROWSERS)("a slow page whose wrapper opens with headline lists, in %s", (kind) => {
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

  it("shows the article that arrives inside the wrapper, and hides only the lists", async () => {
    const page = await b.newPage();
    await page.goto(server.url(`/${FIXTURE}?v=1`));
    const tabId = await b.tabIdOf(page);
    await sendToTab(b, tabId, { type: "get-state" });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const seen = await look(page);
    expect(seen.clutter.map((c) => c.expected)).toEqual(["related"]);
    expect(seen.kept.length).toBe(7); // header, title, date, three paragraphs, footer
    expectClean(seen);
    await page.close();
  });
});
