/**
 * The built extension in real browsers, behind one small interface so a test reads the same in
 * Chromium (playwright-core) and Firefox (puppeteer-core over WebDriver BiDi).
 * Recipes and quirks: ../shared/BROWSER-TESTING.md (outside the repo) and the comments below.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { randomUUID } from "node:crypto";
import { chromium, type BrowserContext, type Page as PwPage, type Worker } from "playwright-core";
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from "puppeteer-core";
import type Browser from "webextension-polyfill";
import { FEATURE_MESSAGES, FEATURES_FILE } from "../../../src/shared/page-features.ts";

/** The built extensions (dist/chrome, dist/firefox); JERNIH_DIST points elsewhere (a copy, so a rebuild cannot change a running test). */
export const DIST = process.env.JERNIH_DIST ?? resolve(import.meta.dirname, "../../../dist");
export const GECKO_ID = "jernih@jernih.app";

export type BrowserKind = "chromium" | "firefox";

/** A page (tab) in either browser. Functions passed to evaluate/waitFor run IN the page. */
export interface HarnessPage {
  /** Navigates and waits for the load event (extension pages in Firefox: see gotoExtensionPage). */
  goto(url: string): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Polls `fn` in the page until it returns something truthy. */
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  /** `document.body.innerText`: the text a person sees (hidden blocks are left out). */
  innerText(): Promise<string>;
  url(): string;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
  /** The underlying playwright or puppeteer page, for anything the interface does not cover. */
  raw: PwPage | PpPage;
}

export interface ExtensionBrowser {
  kind: BrowserKind;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>` (no trailing slash). */
  origin: string;
  /** Absolute URL of a file of the built extension, e.g. extensionUrl("src/popup/index.html?tab=3"). */
  extensionUrl(path: string): string;
  newPage(): Promise<HarnessPage>;
  /**
   * Runs `fn` where the extension API is available (Chromium: the service worker; Firefox: an
   * extension page the harness keeps open). Inside, use `globalThis.browser ?? globalThis.chrome`;
   * both return promises in MV3.
   */
  extensionEval<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** The WebExtension tab id of a page (found by its URL: give pages unique URLs). */
  tabIdOf(page: HarnessPage): Promise<number>;
  /** The toolbar badge text for one tab ("" when none). */
  badgeText(tabId: number): Promise<string>;
  /** Opens an extension page for a tab in a new page, e.g. openExtensionPage("src/popup/index.html", tabId). */
  openExtensionPage(path: string, tabId?: number): Promise<HarnessPage>;
  /** Closes the browser and removes its temporary profile. Always call it (afterAll). */
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The built extension folder; default dist/chrome or dist/firefox. */
  extensionDir?: string;
  /**
   * Send every host name to 127.0.0.1:PORT (a harness server's port), so pages load under real names.
   * Chromium: by its host resolver, http and https (https://www.kompas.com/read/…; certificate errors
   * are ignored). Firefox: http only, the server taking every request as a proxy (it answers no
   * CONNECT, so no https page loads; nor does a host name get upgraded to https).
   */
  mapAllHostsToPort?: number;
  headless?: boolean;
  /**
   * A phone: a 390×844 viewport with touch (Chromium: mobile emulation, `isMobile` and `hasTouch`;
   * Firefox: the desktop build at that size with touch input, as the issue asks).
   */
  phone?: boolean;
  /** What `prefers-color-scheme` answers in every page (Chromium: emulated; Firefox: a pref). */
  colorScheme?: "light" | "dark";
}

/** The phone the tests emulate (an iPhone 12–15 / a Pixel 7 in CSS pixels). */
export const PHONE = { width: 390, height: 844 } as const;

/** The extension API as seen inside extensionEval: `browser` (Firefox) or `chrome` (Chromium), promise-based in MV3. */
export type ExtensionApi = typeof Browser;
/**
 * Inside a function passed to extensionEval (serialised, so it cannot close over imports) write
 * `const ext = (globalThis as unknown as ExtensionGlobals); const api = ext.browser ?? ext.chrome!;`.
 */
export interface ExtensionGlobals {
  browser?: ExtensionApi;
  chrome?: ExtensionApi;
}

/* ------------------------------------------------------------------ Chromium (playwright-core) */

function wrapPlaywright(page: PwPage): HarnessPage {
  return {
    raw: page,
    goto: async (url) => {
      await page.goto(url, { waitUntil: "load" });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeoutMs = 15_000) => {
      await page.waitForFunction(fn as never, arg, { timeout: timeoutMs, polling: 50 });
    },
    innerText: () => page.evaluate(() => document.body.innerText),
    url: () => page.url(),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

export async function launchChromium(opts: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const dir = opts.extensionDir ?? join(DIST, "chrome");
  const profile = mkdtempSync(join(tmpdir(), "jernih-chromium-"));
  const args = [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`];
  if (opts.mapAllHostsToPort) {
    args.push(`--host-resolver-rules=MAP * 127.0.0.1:${opts.mapAllHostsToPort}`, "--ignore-certificate-errors");
  }
  let context: BrowserContext | null = null;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
      headless: opts.headless ?? true,
      args,
      ignoreHTTPSErrors: Boolean(opts.mapAllHostsToPort),
      ...(opts.phone ? { viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
      ...(opts.colorScheme ? { colorScheme: opts.colorScheme } : {}),
    });
    const ctx = context;
    const sw: Worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent("serviceworker", { timeout: 15_000 }));
    const origin = `chrome-extension://${new URL(sw.url()).host}`;
    // The worker can be stopped when idle and a new one started; always ask for the current one.
    const worker = (): Worker => ctx.serviceWorkers().find((w) => w.url().startsWith(origin)) ?? sw;
    const extensionEval = <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> =>
      worker().evaluate(fn as never, arg) as Promise<R>;
    const self: ExtensionBrowser = {
      kind: "chromium",
      origin,
      extensionUrl: (path) => `${origin}/${path.replace(/^\//, "")}`,
      newPage: async () => wrapPlaywright(await ctx.newPage()),
      extensionEval,
      tabIdOf: (page) => tabIdByUrl(self, page.url()),
      badgeText: (tabId) => extensionEval((id: number) => (globalThis as unknown as ExtensionGlobals).chrome!.action.getBadgeText({ tabId: id }), tabId),
      openExtensionPage: async (path, tabId) => {
        const p = wrapPlaywright(await ctx.newPage());
        await p.goto(withTab(self.extensionUrl(path), tabId));
        return p;
      },
      close: async () => {
        await ctx.close().catch(() => {});
        rmSync(profile, { recursive: true, force: true });
      },
    };
    return self;
  } catch (e) {
    await context?.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
    throw e;
  }
}

/* ------------------------------------------------------- Firefox (puppeteer-core over BiDi) */

function wrapPuppeteer(page: PpPage, extensionOrigin: string): HarnessPage {
  const self: HarnessPage = {
    raw: page,
    goto: async (url) => {
      if (url.startsWith(extensionOrigin)) return gotoExtensionPage(page, url);
      await page.goto(url, { waitUntil: "load" });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeoutMs = 15_000) => {
      await page.waitForFunction(fn as never, { timeout: timeoutMs, polling: 50 }, arg);
    },
    innerText: () => page.evaluate(() => document.body.innerText),
    url: () => page.url(),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
  return self;
}

/**
 * Firefox sends no load event for moz-extension:// pages, so `page.goto` would hang: start the
 * navigation without awaiting it and wait until the document is the one asked for and complete.
 */
async function gotoExtensionPage(page: PpPage, url: string): Promise<void> {
  page.goto(url).catch(() => {});
  // Polled by hand: while the page is still being replaced, an evaluation can fail with a protocol
  // error ("right-hand side of 'in' should be an object") that waitForFunction does not retry.
  const deadline = Date.now() + 15_000;
  let last: unknown = null;
  while (Date.now() < deadline) {
    try {
      if (await page.evaluate((u: string) => location.href === u && document.readyState === "complete", url)) return;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`extension page ${url} did not finish loading${last ? `: ${String(last)}` : ""}`);
}

export async function launchFirefox(opts: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const dir = opts.extensionDir ?? join(DIST, "firefox");
  // A fixed uuid for our add-on id gives stable moz-extension://<uuid>/… URLs.
  const uuid = randomUUID();
  let browser: PpBrowser | null = null;
  try {
    browser = await puppeteer.launch({
      browser: "firefox",
      executablePath: process.env.FIREFOX ?? "/usr/bin/firefox-esr",
      headless: opts.headless ?? true,
      protocol: "webDriverBiDi",
      args: ["--remote-allow-system-access"],
      extraPrefsFirefox: { "extensions.webextensions.uuids": JSON.stringify({ [GECKO_ID]: uuid }), ...firefoxPrefs(opts) },
      ...(opts.phone ? { defaultViewport: { ...PHONE, hasTouch: true } } : {}),
    });
    const b = browser;
    await b.installExtension(dir);
    const origin = `moz-extension://${uuid}`;
    // Firefox has no extension service worker: API calls run in an extension page kept open for that.
    let apiPage: PpPage | null = null;
    const extensionEval = async <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> => {
      if (!apiPage || apiPage.isClosed()) {
        apiPage = await b.newPage();
        // Any page of the extension has the API; the reader page does nothing until asked.
        await gotoExtensionPage(apiPage, `${origin}/src/reader/index.html`);
      }
      return apiPage.evaluate(fn as never, arg) as Promise<R>;
    };
    const self: ExtensionBrowser = {
      kind: "firefox",
      origin,
      extensionUrl: (path) => `${origin}/${path.replace(/^\//, "")}`,
      newPage: async () => wrapPuppeteer(await b.newPage(), origin),
      extensionEval,
      tabIdOf: (page) => tabIdByUrl(self, page.url()),
      badgeText: (tabId) =>
        extensionEval((id: number) => (globalThis as unknown as ExtensionGlobals).browser!.action.getBadgeText({ tabId: id }), tabId),
      openExtensionPage: async (path, tabId) => {
        const p = wrapPuppeteer(await b.newPage(), origin);
        await p.goto(withTab(self.extensionUrl(path), tabId));
        return p;
      },
      close: async () => {
        await b.close().catch(() => {});
      },
    };
    return self;
  } catch (e) {
    await browser?.close().catch(() => {});
    throw e;
  }
}

/** Prefs for LaunchOptions.colorScheme (0 dark, 1 light: what pages see, whatever the OS says). */
function firefoxPrefs(opts: LaunchOptions): Record<string, unknown> {
  const prefs: Record<string, unknown> = {};
  if (opts.colorScheme) prefs["layout.css.prefers-color-scheme.content-override"] = opts.colorScheme === "dark" ? 0 : 1;
  if (opts.mapAllHostsToPort) Object.assign(prefs, proxyPrefs(opts.mapAllHostsToPort));
  return prefs;
}

/**
 * Firefox with no way out: every request goes to the loopback server as to a proxy (which answers no
 * CONNECT, so https is refused there), no host name is looked up ahead, none is upgraded to https.
 */
export function proxyPrefs(port: number): Record<string, unknown> {
  return {
    "network.proxy.type": 1,
    "network.proxy.http": "127.0.0.1",
    "network.proxy.http_port": port,
    "network.proxy.ssl": "127.0.0.1",
    "network.proxy.ssl_port": port,
    "network.dns.disablePrefetch": true,
    "network.predictor.enabled": false,
    "network.http.speculative-parallel-limit": 0,
    "network.trr.mode": 5,
    "network.stricttransportsecurity.preloadlist": false,
    "dom.security.https_first": false,
    "dom.security.https_first_schemeless": false,
    "network.captive-portal-service.enabled": false,
    "network.connectivity-service.enabled": false,
  };
}

export function launch(kind: BrowserKind, opts: LaunchOptions = {}): Promise<ExtensionBrowser> {
  return kind === "chromium" ? launchChromium(opts) : launchFirefox(opts);
}

/* ---------------------------------------------------------------------------------- helpers */

function withTab(url: string, tabId?: number): string {
  if (tabId === undefined) return url;
  return `${url}${url.includes("?") ? "&" : "?"}tab=${tabId}`;
}

/** `tabs.query({ url })` with a 127.0.0.1 pattern matched nothing in Firefox: query all and filter. */
async function tabIdByUrl(b: ExtensionBrowser, url: string): Promise<number> {
  const id = await b.extensionEval(async (u: string) => {
    const g = globalThis as unknown as ExtensionGlobals;
    const ext = g.browser ?? g.chrome!;
    const tabs = await ext.tabs.query({});
    const hits = tabs.filter((t) => t.url === u);
    return hits.length ? hits[hits.length - 1]!.id ?? -1 : -1;
  }, url);
  if (id < 0) throw new Error(`no tab has the URL ${url}`);
  return id;
}

/* ------------------------------------------------------------- extension-side conveniences */

/**
 * Sends a message to the content script of a tab's top frame and returns its answer. Messages for
 * the content script's second half (reader, picker) load it first, the way the extension's own
 * pages do (src/shared/page-features.ts).
 */
export function sendToTab<R = unknown>(b: ExtensionBrowser, tabId: number, message: unknown): Promise<R> {
  return b.extensionEval(
    async (a: { tabId: number; message: unknown; features: string[]; file: string }) => {
      const g = globalThis as unknown as ExtensionGlobals;
      const ext = g.browser ?? g.chrome!;
      const type = (a.message as { type?: string }).type ?? "";
      if (a.features.includes(type)) {
        await ext.scripting.executeScript({ target: { tabId: a.tabId, frameIds: [0] }, files: [a.file] });
      }
      return ext.tabs.sendMessage(a.tabId, a.message, { frameId: 0 });
    },
    { tabId, message, features: [...FEATURE_MESSAGES], file: FEATURES_FILE },
  ) as Promise<R>;
}

/**
 * Stores settings the way the extension does (storage.sync "settings"); null removes them from both
 * areas so every part falls back to the defaults. Content scripts see the change via storage.onChanged.
 */
export async function setStoredSettings(b: ExtensionBrowser, settings: unknown | null): Promise<void> {
  await b.extensionEval(async (s: unknown) => {
    const g = globalThis as unknown as ExtensionGlobals;
    const api = g.browser ?? g.chrome!;
    await api.storage.local.remove(["settings", "settingsFallback"]);
    if (s === null) await api.storage.sync.remove("settings");
    else await api.storage.sync.set({ settings: s });
  }, settings);
}
