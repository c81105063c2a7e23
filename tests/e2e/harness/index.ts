/**
 * Browser-test harness: the BUILT extension (dist/, from `npm run build`) in real Chromium and Firefox,
 * test pages from a loopback server. Import everything from here.
 *
 *   import { afterAll, beforeAll, describe, expect, it } from "vitest";
 *   import { BROWSERS, launch, requireBuild, startServer, type ExtensionBrowser, type TestServer } from "./harness/index.ts";
 *
 *   describe.each(BROWSERS)("popup in %s", (kind) => {
 *     let server: TestServer;
 *     let b: ExtensionBrowser;
 *     beforeAll(async () => {                       // launch ONCE per file and browser: launches cost 1–4 s
 *       requireBuild();
 *       server = await startServer({ routes: { "/a.html": "<html>…</html>" } });   // or files in tests/fixtures/live
 *       b = await launch(kind);                     // launchChromium() / launchFirefox()
 *     });
 *     afterAll(async () => { await b?.close(); await server?.close(); });   // always close
 *
 *     it("shows the page title", async () => {
 *       const page = await b.newPage();
 *       await page.goto(server.url("/a.html?n=1"));          // unique URLs: tabIdOf finds tabs by URL
 *       const tabId = await b.tabIdOf(page);
 *       const popup = await b.openExtensionPage("src/popup/index.html", tabId);   // …/index.html?tab=<id>
 *       expect(await popup.innerText()).toContain("…");
 *       await popup.close(); await page.close();
 *     });
 *   });
 *
 * What is where
 * - startServer(): HTTP + HTTPS (self-signed, made with openssl at start) on one random port of
 *   127.0.0.1; routes first, then files under tests/fixtures/live; unknown images → a 1×1 PNG.
 * - launchChromium({ mapAllHostsToPort: server.port }): every host name goes to the server, so
 *   `https://www.kompas.com/read/x.html` loads the fixture /read/x.html under its real name
 *   (site packs and host logic run for real). Firefox cannot map ports: use 127.0.0.1 URLs there.
 * - ExtensionBrowser.extensionEval(fn): runs fn with the extension API (Chromium: the service worker;
 *   Firefox: a reader page the harness keeps open — Firefox has no extension service worker).
 * - sendToTab(b, tabId, message): a message to the page's content script, with its answer;
 *   setStoredSettings(b, settings | null): settings as the extension stores them (null: defaults).
 * - badgeText(tabId), tabIdOf(page), openExtensionPage(path, tabId), page.innerText() (what a person
 *   sees), page.waitFor(fn) (poll in the page, never a fixed sleep).
 * - Firefox quirk handled inside: moz-extension:// pages send no load event, so goto waits on
 *   location.href + readyState instead.
 * - BROWSERS: ["chromium", "firefox"], narrowed with JERNIH_E2E_BROWSERS=chromium (or firefox).
 * Run one file: `npm run build && npx vitest run --project e2e tests/e2e/<file>.test.ts`.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { DIST, type BrowserKind } from "./browsers.ts";

export * from "./browsers.ts";
export * from "./server.ts";

export const BROWSERS: BrowserKind[] = (process.env.JERNIH_E2E_BROWSERS ?? "chromium,firefox")
  .split(",")
  .map((s) => s.trim())
  .filter((s): s is BrowserKind => s === "chromium" || s === "firefox");

/** Fails early with what to do when dist/ has not been built. */
export function requireBuild(): void {
  for (const b of ["chrome", "firefox"]) {
    if (!existsSync(join(DIST, b, "manifest.json"))) {
      throw new Error(`dist/${b}/manifest.json is missing: run \`npm run build\` before the e2e tests`);
    }
  }
}
