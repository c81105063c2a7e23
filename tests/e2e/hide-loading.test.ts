/**
 * The live page while a slow page is still arriving, in Chromium and Firefox with the built
 * extension: a list of headlines the parser has added is hidden before the rest of the page comes
 * (no reader sees it, even above the article), and a block the person kept is shown though a
 * built-in sheet names it. The fixture is sent in parts with pauses (tests/fixtures/live/news/streamed-shapes.html);
 * a script in its second part records what the page showed of the first.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultSettings } from "../../src/shared/settings.ts";
import {
  BROWSERS, launch, requireBuild, setStoredSettings, startServer, type ExtensionBrowser, type TestServer,
} from "./harness/index.ts";
import { streamed } from "./hide-helpers.ts";

const FIXTURE = "news/streamed-shapes.html";

describe.each(BROWSERS)("live page while loading in %s", (kind) => {
  let server: TestServer;
  let b: ExtensionBrowser;
  let n = 0;

  beforeAll(async () => {
    requireBuild();
    server = await startServer({ routes: { [`/${FIXTURE}`]: streamed(FIXTURE, 1500) } });
    b = await launch(kind);
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  async function load() {
    const page = await b.newPage();
    await page.goto(server.url(`/${FIXTURE}?v=${++n}`));
    await page.waitFor(() => document.body.dataset.keptWhileLoading !== undefined, undefined, 20_000);
    return page;
  }

  it("hides a list of headlines above the article before the rest of the page has arrived", async () => {
    await setStoredSettings(b, null);
    const page = await load();
    expect(await page.evaluate(() => document.body.dataset.terkiniWhileLoading)).toBe("hidden");
    // Once parsed: still hidden, marked as related, the article and the site's navigation shown.
    const seen = await page.evaluate(() => ({
      marked: document.getElementById("terkini")!.closest("[data-jernih-hidden]")?.getAttribute("data-jernih-hidden"),
      text: document.body.innerText,
    }));
    expect(seen.marked).toBe("related");
    expect(seen.text).not.toContain("Sekolah diliburkan");
    expect(seen.text).toContain("Banjir rob kembali merendam");
    expect(seen.text).toContain("Wali kota meminta");
    expect(seen.text).toContain("Ekonomi");
    await page.close();
  });

  it("shows a kept block while the page loads, though a built-in sheet names it", async () => {
    await setStoredSettings(b, null);
    const plain = await load();
    // Control: without a keep rule the built-in sheet hides the box from the first paint on.
    expect(await plain.evaluate(() => document.body.dataset.keptWhileLoading)).toBe("hidden");
    await plain.close();
    await setStoredSettings(b, {
      ...defaultSettings(),
      customRules: [{ id: "k1", kind: "keep", value: "#kept", category: "keep", site: "127.0.0.1" }],
    });
    const page = await load();
    expect(await page.evaluate(() => document.body.dataset.keptWhileLoading)).toBe("visible");
    expect(await page.evaluate(() => document.body.innerText)).toContain("Peta rawan banjir rob");
    await page.close();
  });
});
