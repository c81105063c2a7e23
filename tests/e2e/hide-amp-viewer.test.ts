/**
 * An article opened from a phone's search result in Google's AMP viewer: the viewer's page on
 * www.google.com shows the publisher's AMP page in a frame from the AMP cache
 * (www-kabar-rawa-co-id.cdn.ampproject.org/v/s/www.kabar-rawa.co.id/…). Both are served from
 * 127.0.0.1 under those names (tests/e2e/harness: `mapAllHostsToPort`; Chromium over https as the
 * viewer is, Firefox over http). The frame's clutter is hidden as on the publisher's own page
 * (tests/fixtures/live/news/mobile-amp.html, as in hide-mobile.test.ts), and the publisher's site
 * settings hold in it: switched off for kabar-rawa.co.id, the frame is left as it is (the built-in
 * sheets included), and switched on again, it is cleaned without a reload. The popup speaks for the
 * article in the frame (what was hidden, the switch that shows it again, the publisher's site), and
 * its reader button opens the reader view over the frame's article; the options page opened from
 * that tab proposes a rule for the publisher's site and counts a selector's matches in the frame.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultSettings } from "../../src/shared/settings.ts";
import {
  BROWSERS, FIXTURES_LIVE, launch, requireBuild, setStoredSettings, startServer,
  type BrowserKind, type ExtensionBrowser, type HarnessPage, type TestServer,
} from "./harness/index.ts";
import { expectClean, look } from "./hide-helpers.ts";
import { openOptions, typeInto } from "./options-helpers.ts";
import { openPopup, readerFrame, waitInFrame } from "./reader-helpers.ts";

const ARTICLE_PATH = "/amp/read/2025/11/20/141500/pasar-apung-kembali-ramai";
const PUBLISHER = "www.kabar-rawa.co.id";
const CACHE_HOST = "www-kabar-rawa-co-id.cdn.ampproject.org";
/** The frame's address as the viewer writes it, with the cache's own parameters. */
const framePath = `/v/s/${PUBLISHER}${ARTICLE_PATH}`;
const viewerPath = `/amp/s/${PUBLISHER}${ARTICLE_PATH}`;

function viewer(scheme: string): string {
  const src = `${scheme}://${CACHE_HOST}${framePath}?amp_js_v=0.1&usqp=mq331AQIUAKwASCAAgM%3D`;
  return `<!doctype html><html lang="id"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>Kabar Rawa</title></head>
<body style="margin:0"><header style="height:48px">kabar-rawa.co.id</header>
<iframe src="${src}" title="Kabar Rawa" style="border:0;width:100%;height:3000px"></iframe></body></html>`;
}

/** The viewer's frame of the page, as a HarnessPage for look(). */
async function cacheFrame(kind: BrowserKind, page: HarnessPage): Promise<HarnessPage> {
  type Frame = { url(): string; evaluate(fn: unknown, arg?: unknown): Promise<unknown> };
  const raw = page.raw as { frames(): Frame[] };
  const deadline = Date.now() + 15_000;
  for (;;) {
    const frame = raw.frames().find((f) => f.url().includes(CACHE_HOST));
    // The frame's document is ours once it has the article's title (not the frame's first about:blank).
    if (frame && (await frame.evaluate(() => document.readyState === "complete" && !!document.querySelector("h1")).catch(() => false))) {
      return { ...page, evaluate: (fn, arg) => frame.evaluate(fn, arg) as never } as HarnessPage;
    }
    if (Date.now() > deadline) throw new Error(`no frame from ${CACHE_HOST} in ${kind}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** What the frame shows once Jernih has marked what it will hide there (or `ms` later, when it is to hide nothing). */
async function settled(frame: HarnessPage, marked: boolean, ms = 1500) {
  const deadline = Date.now() + (marked ? 15_000 : ms);
  while (Date.now() < deadline) {
    const n = await frame.evaluate(() => document.querySelectorAll("[data-jernih-hidden]").length);
    if (marked && n > 0) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  await frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return look(frame);
}

describe.each(BROWSERS)("an AMP page in the frame of Google's AMP viewer in %s", (kind) => {
  let server: TestServer;
  let b: ExtensionBrowser;
  const scheme = kind === "chromium" ? "https" : "http";
  const viewerUrl = `${scheme}://www.google.com${viewerPath}`;

  beforeAll(async () => {
    requireBuild();
    const article = readFileSync(join(FIXTURES_LIVE, "news/mobile-amp.html"), "utf8");
    server = await startServer({ routes: { [viewerPath]: viewer(scheme), [framePath]: article } });
    b = await launch(kind, { phone: true, mapAllHostsToPort: server.port });
    await setStoredSettings(b, null);
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it("hides the clutter in the frame and keeps the article and the site's frame", async () => {
    const page = await b.newPage();
    await page.goto(viewerUrl);
    const seen = await settled(await cacheFrame(kind, page), true);
    expect(seen.clutter.map((c) => c.expected)).toEqual(["social", "social", "social", "related", "promo", "related", "promo", "promo"]);
    expectClean(seen);
    expect(seen.text).toContain("Pasar Apung Kembali Ramai Usai Banjir Surut");
    await page.close();
  });

  it("leaves the frame alone where the person switched the publisher's site off, and cleans it once switched on again", async () => {
    await setStoredSettings(b, { ...defaultSettings(), sites: { "kabar-rawa.co.id": { enabled: false, alwaysReader: false } } });
    const page = await b.newPage();
    await page.goto(viewerUrl);
    const frame = await cacheFrame(kind, page);
    const off = await settled(frame, false);
    expect(off.marked).toEqual([]);
    // Nothing hidden by the built-in sheets either: every block still shows (the ad and share buttons by their element names too).
    expect(off.clutter.filter((c) => !c.visible).map((c) => c.text)).toEqual([]);

    await setStoredSettings(b, null);
    const on = await settled(frame, true);
    expectClean(on);
    await page.close();
  });

  it("has the popup speak for the article in the frame, show its hidden blocks again, and open the reader over it", async () => {
    const page = await b.newPage();
    await page.goto(viewerUrl);
    const frame = await cacheFrame(kind, page);
    await settled(frame, true);
    const tabId = await b.tabIdOf(page);
    // The badge counts the frame's hidden blocks (the viewer's own page hides nothing).
    await expect.poll(() => b.badgeText(tabId)).toMatch(/^[1-9]\d*$/);
    const popup = await openPopup(b, tabId);
    const text = await popup.innerText();
    expect(text).toContain("Pasar Apung Kembali Ramai Usai Banjir Surut");
    expect(text).toContain("kabar-rawa.co.id");
    expect(text).not.toContain("does not look like an article");
    const counts = await popup.evaluate(() => Array.from(document.querySelectorAll("#hidden-list li")).map((li) => li.textContent ?? ""));
    expect(counts.join(" ")).toMatch(/Related articles\s*\d+/);

    await popup.evaluate(() => (document.getElementById("reveal") as HTMLInputElement).click());
    await frame.waitFor(() => Array.from(document.querySelectorAll("[data-clutter]")).every((el) => el.checkVisibility()));

    await popup.evaluate(() => (document.getElementById("reader") as HTMLButtonElement).click());
    const reader = await readerFrame(b, page);
    await waitInFrame(reader, () => document.getElementById("article")!.textContent!.includes("Pasar Apung Kembali Ramai Usai Banjir Surut"));
    expect(await reader.evaluate(() => document.getElementById("article")!.textContent!.includes("sepanjang sungai"))).toBe(true);
    await popup.close();
    await page.close();
  });

  it("has the options page opened from the viewer's tab propose the publisher's site and count a selector in the frame", async () => {
    await setStoredSettings(b, null);
    const page = await b.newPage();
    await page.goto(viewerUrl);
    await settled(await cacheFrame(kind, page), true);
    const options = await openOptions(b, await b.tabIdOf(page));
    expect(await options.evaluate(() => (document.querySelector("#rule-site") as HTMLInputElement).value)).toBe("kabar-rawa.co.id");
    await typeInto(options, "#rule-value", "amp-social-share");
    // The frame's three share buttons (the viewer's page has none), on the publisher's site.
    await options.waitFor(() => document.querySelector("#rule-value-msg")!.textContent === "Would hide 3 element(s) on www.kabar-rawa.co.id.");
    await options.close();
    await page.close();
  });
});
