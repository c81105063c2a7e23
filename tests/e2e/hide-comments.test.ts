/**
 * A comments section goes as one block, and a story's section whose heading is a comments word
 * stays, on a page that arrives slowly: in Chromium and Firefox with the built extension, on
 * tests/fixtures/live/news/comment-sections.html, sent in parts with a pause after each heading
 * (the hider meets "Tanggapan" before the story's paragraphs under it, and "Komentar" before the
 * rules, login prompt and widget box under it); and the box of reaction buttons a script fills
 * after load goes too. Assertions are on what a person sees.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BROWSERS, launch, requireBuild, sendToTab, setStoredSettings, startServer,
  type ExtensionBrowser, type TestServer,
} from "./harness/index.ts";
import { countsOf, expectClean, look, streamed } from "./hide-helpers.ts";

const FIXTURE = "news/comment-sections.html";
/** A read-only thread under "Komentar 12", in a box only its id names (the pause is after the heading). */
const THREADS = "news/comment-threads.html";

describe.each(BROWSERS)("comments sections on a slow page, in %s", (kind) => {
  let server: TestServer;
  let b: ExtensionBrowser;

  beforeAll(async () => {
    requireBuild();
    server = await startServer({ routes: { [`/${FIXTURE}`]: streamed(FIXTURE, 1200), [`/${THREADS}`]: streamed(THREADS, 1200) } });
    b = await launch(kind);
    await setStoredSettings(b, null);
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it("hides the comments section whole and the reaction buttons a script adds, and keeps the story's section headed 'Tanggapan'", async () => {
    const page = await b.newPage();
    await page.goto(server.url(`/${FIXTURE}?v=1`));
    const tabId = await b.tabIdOf(page);
    await sendToTab(b, tabId, { type: "get-state" });
    // The reaction buttons come into their box after load.
    await page.waitFor(() => document.body.dataset.reactionsFilled === "1", undefined, 20_000);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const seen = await look(page);
    expect(seen.clutter.map((c) => [c.expected, c.marked])).toEqual([["comments", "comments"], ["comments", "comments"], ["related", "related"]]);
    expectClean(seen);
    expect(seen.text).toContain("Tanggapan");
    for (const s of ["Redaksi berhak mengubah", "Masuk dulu untuk ikut berdiskusi", "Komentar", "Bagaimana reaksi Anda", "Terhibur"]) expect(seen.text).not.toContain(s);
    expect(countsOf(seen)).toEqual({ comments: 2, related: 1 });
    await page.close();
  });

  it("hides a read-only comment thread whole, its box named by its id only, under a heading with a count badge", async () => {
    const page = await b.newPage();
    await page.goto(server.url(`/${THREADS}?v=1`));
    await sendToTab(b, await b.tabIdOf(page), { type: "get-state" });
    await page.waitFor(() => document.readyState === "complete");
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const seen = await look(page);
    expect(seen.clutter.map((c) => [c.expected, c.marked])).toEqual([["comments", "comments"]]);
    expectClean(seen);
    for (const s of ["Komentar 12", "Rudi_Pesisir", "Tampilkan 12 komentar"]) expect(seen.text).not.toContain(s);
    expect(seen.text).toContain("Kolom Komentar"); // the header's link
    await page.close();
  });
});
