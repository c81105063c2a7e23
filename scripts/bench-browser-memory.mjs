/**
 * Part of `npm run bench` (scripts/bench.mjs): does the content script keep memory as a page lives
 * on? tests/fixtures/live/news/endless-feed.html appends a story with a "Baca juga" line and a
 * related box every tick and drops the oldest (virtualised infinite scroll); the hider checks and
 * hides every one. The renderer's JS heap (every world of the page: the page's and the content
 * script's) after a forced GC is read once the page has loaded and again after the feed's rounds,
 * with and without the extension, in the same run. Flat = the extension's growth ≈ the page's own.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const mb = (b) => Math.round((b / 1048576) * 10) / 10;

async function heapAfterGc(cdp) {
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.collectGarbage");
  return (await cdp.send("Runtime.getHeapUsage")).usedSize;
}

/**
 * @param {{ chromium: import("playwright-core").BrowserType, dist: string, url: string, rounds: number, args: string[] }} o
 */
export async function benchBrowserMemory({ chromium, dist, url, rounds, args }) {
  const out = {};
  for (const withExt of [false, true]) {
    const dir = mkdtempSync(join(tmpdir(), "jernih-bench-mem-"));
    const ctx = await chromium.launchPersistentContext(dir, {
      executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", headless: true,
      args: withExt ? [...args, `--disable-extensions-except=${dist}`, `--load-extension=${dist}`] : args,
    });
    try {
      if (withExt && !ctx.serviceWorkers().length) await ctx.waitForEvent("serviceworker", { timeout: 15000 });
      const page = await ctx.newPage();
      const cdp = await ctx.newCDPSession(page);
      await cdp.send("HeapProfiler.enable");
      // A few rounds first, so both sides start with their code compiled and the feed in steady state.
      await page.goto(`${url}?rounds=${rounds}`, { waitUntil: "load" });
      await page.waitForFunction(() => document.querySelectorAll(".feed-story").length >= 20, null, { timeout: 60000 });
      const start = await heapAfterGc(cdp);
      await page.waitForFunction((n) => document.body.dataset.feedDone === String(n), rounds, { timeout: 300000, polling: 200 });
      await page.waitForTimeout(300); // the last batch and the badge count
      const end = await heapAfterGc(cdp);
      const hiddenNow = await page.evaluate(() => document.querySelectorAll("#feed [data-jernih-hidden]").length);
      out[withExt ? "withExtension" : "without"] = { startMb: mb(start), endMb: mb(end), growthMb: mb(end - start), hiddenInFeed: hiddenNow };
      await cdp.detach();
    } finally {
      await ctx.close().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    }
  }
  out.rounds = rounds;
  out.extraGrowthMb = Math.round((out.withExtension.growthMb - out.without.growthMb) * 10) / 10;
  return out;
}
