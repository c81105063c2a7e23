/**
 * The README's screenshots (docs/screenshots/*.png), from the built extension in Debian's Chromium:
 *  - on a phone (Chromium's mobile emulation: 390×844 CSS pixels, 2× device pixels, touch), on a
 *    fixture article served from 127.0.0.1 (tests/fixtures/reader/phone-article.html): the popup for
 *    that tab as it is, the reader in the light theme, and the reader with its look sheet open in the
 *    system's dark mode;
 *  - on the desktop (1280×800): the reader over the same article,
 *    and a live news page (tests/fixtures/live/news/shapes.html: a sidebar of popular headlines, a
 *    share bar, an ad slot, a teaser grid and a list a script adds after load) as Jernih leaves it,
 *    beside the same page with every hidden block shown again (the popup's "show everything").
 *
 *   npm run build && npx tsx scripts/screenshots.ts [--out DIR]
 *
 * Uses the e2e harness (tests/e2e/harness) and Debian's Chromium, as the tests do; nothing leaves
 * the machine.
 */
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { launchChromium, requireBuild, sendToTab, startServer, type ExtensionBrowser, type TestServer } from "../tests/e2e/harness/index.ts";
import { openPopup, readerFrame, waitInFrame, type FrameLike } from "../tests/e2e/reader-helpers.ts";

const ROOT = resolve(import.meta.dirname, "..");
const outArg = process.argv.indexOf("--out");
const OUT = resolve(outArg > 0 ? process.argv[outArg + 1]! : join(ROOT, "docs/screenshots"));
const ARTICLE = "/phone-article.html";
const DESKTOP = { width: 1280, height: 800 };

/** Two frames, so what the last change asked for is painted. */
const painted = (f: FrameLike) => f.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

async function openReader(b: ExtensionBrowser, server: TestServer, withPopup: boolean): Promise<{ page: Page; frame: FrameLike }> {
  const page = await b.newPage();
  await page.goto(server.url(`${ARTICLE}?shot=${Date.now()}`));
  const tabId = await b.tabIdOf(page);
  if (withPopup) {
    const popup = await openPopup(b, tabId);
    // Touch switched on in the popup's own document (as tests/e2e/popup-phone.test.ts does): set
    // before the navigation to the extension's process, it left the pointer "fine" there, and the
    // picture showed the desktop popup.
    const raw = popup.raw as Page;
    const cdp = await raw.context().newCDPSession(raw);
    await cdp.send("Emulation.setDeviceMetricsOverride", { width: 390, height: 844, deviceScaleFactor: 2, mobile: true });
    await cdp.send("Emulation.setTouchEmulationEnabled", { enabled: true, maxTouchPoints: 5 });
    await popup.waitFor(() => innerWidth === 390 && matchMedia("(hover: none)").matches);
    await painted(popup);
    await (popup.raw as Page).screenshot({ path: join(OUT, "popup-phone.png") });
    await popup.close();
  }
  await sendToTab(b, tabId, { type: "reader-toggle", open: true });
  await page.bringToFront();
  const frame = await readerFrame(b, page);
  await waitInFrame(frame, () => document.getElementById("title")!.textContent !== "");
  await waitInFrame(frame, () => Array.from(document.images).every((i) => i.complete));
  return { page: page.raw as Page, frame };
}

async function shoot(scheme: "light" | "dark", server: TestServer): Promise<void> {
  const b = await launchChromium({ phone: true, colorScheme: scheme });
  try {
    const { page, frame } = await openReader(b, server, scheme === "light");
    if (scheme === "dark") {
      await frame.evaluate(() => document.getElementById("look")!.click());
      await waitInFrame(frame, () => !document.getElementById("look-panel")!.hidden);
      // The focus ring of the panel's first control is for keyboards; a finger's picture has none.
      await frame.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    }
    await painted(frame);
    const file = join(OUT, scheme === "light" ? "reader-phone.png" : "reader-phone-dark.png");
    await page.screenshot({ path: file });
  } finally {
    await b.close();
  }
}

/** The reader view over a desktop article, at 1280×800. */
async function shootDesktopReader(server: TestServer): Promise<void> {
  const b = await launchChromium({ colorScheme: "light" });
  try {
    const page = await b.newPage();
    await (page.raw as Page).setViewportSize(DESKTOP);
    await page.goto(server.url(`${ARTICLE}?desktop=${Date.now()}`));
    await sendToTab(b, await b.tabIdOf(page), { type: "reader-toggle", open: true });
    const frame = await readerFrame(b, page);
    await waitInFrame(frame, () => document.getElementById("title")!.textContent !== "");
    await waitInFrame(frame, () => Array.from(document.images).every((i) => i.complete));
    await painted(frame);
    await (page.raw as Page).screenshot({ path: join(OUT, "reader-desktop.png") });
  } finally {
    await b.close();
  }
}

/**
 * The live page as Jernih leaves it, once every block the fixture marks as clutter (`data-clutter`,
 * the late list included) is out of sight; then the same page with them shown again, for the
 * comparison. Whole pages: the teaser grid is below the fold.
 */
async function shootLivePage(): Promise<void> {
  const server = await startServer(); // tests/fixtures/live
  const b = await launchChromium({ colorScheme: "light" });
  try {
    const page = await b.newPage();
    const raw = page.raw as Page;
    await raw.setViewportSize(DESKTOP);
    await page.goto(server.url("/news/shapes.html"));
    const tabId = await b.tabIdOf(page);
    const clutterGone = () => {
      const blocks = Array.from(document.querySelectorAll("[data-clutter]"));
      return blocks.length === 5 && blocks.every((el) => !el.checkVisibility());
    };
    await page.waitFor(clutterGone, undefined, 15_000);
    await painted(page);
    await raw.screenshot({ path: join(OUT, "page-cleaned-desktop.png"), fullPage: true });
    await sendToTab(b, tabId, { type: "reveal", reveal: true });
    await page.waitFor(() => Array.from(document.querySelectorAll("[data-clutter]")).every((el) => el.checkVisibility()));
    await painted(page);
    await raw.screenshot({ path: join(OUT, "page-original-desktop.png"), fullPage: true });
  } finally {
    await b.close();
    await server.close();
  }
}

async function main(): Promise<void> {
  requireBuild();
  mkdirSync(OUT, { recursive: true });
  const server = await startServer({ root: join(ROOT, "tests/fixtures/reader") });
  try {
    await shoot("light", server);
    await shoot("dark", server);
    await shootDesktopReader(server);
  } finally {
    await server.close();
  }
  await shootLivePage();
  console.log(`screenshots in ${OUT}: popup-phone.png, reader-phone.png, reader-phone-dark.png, reader-desktop.png, page-cleaned-desktop.png, page-original-desktop.png`);
}

await main();
