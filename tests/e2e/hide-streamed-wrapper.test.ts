/**
 * The article stays when the block that holds it opens with headline lists, or with a "Baca juga"
 * line, and the page arrives slowly: in Chromium and Firefox with the built extension, on
 * tests/fixtures/live/news/streamed-wrapper.html and streamed-lead-box.html, each sent in two parts
 * with a pause after what opens the block. Modelled on republika.co.id's 2015 layout and on a
 * merdeka.com article box, whose article the live page hid in real Chromium now and then
 * (tests/e2e/hide-corpus.test.ts): what the parser has added when a batch runs looks like a whole
 * block, and a box that so far holds nothing but lists, or one line, looks like clutter.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BROWSERS, launch, requireBuild, sendToTab, setStoredSettings, startServer,
  type ExtensionBrowser, type TestServer,
} from "./harness/index.ts";
import { expectClean, look, streamed } from "./hide-helpers.ts";

const FIXTURE = "news/streamed-wrapper.html";
const LEAD_BOX = "news/streamed-lead-box.html";

describe.each(BROWSERS)("a slow page whose wrapper opens with headline lists, in %s", (kind) => {
  let server: TestServer;
  let b: ExtensionBrowser;

  beforeAll(async () => {
    requireBuild();
    server = await startServer({ routes: { [`/${FIXTURE}`]: streamed(FIXTURE, 1500), [`/${LEAD_BOX}`]: streamed(LEAD_BOX, 1500) } });
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

  it("hides a 'Baca juga' line that opens the article's box, and keeps the box whose paragraphs arrive after a pause", async () => {
    const page = await b.newPage();
    await page.goto(server.url(`/${LEAD_BOX}?v=1`));
    const tabId = await b.tabIdOf(page);
    await sendToTab(b, tabId, { type: "get-state" });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const seen = await look(page);
    expect(seen.clutter.map((c) => [c.expected, c.marked])).toEqual([["related", "related"]]);
    expect(seen.kept.length).toBe(7); // header, title, byline, three paragraphs, footer
    expectClean(seen);
    await page.close();
  });
});
