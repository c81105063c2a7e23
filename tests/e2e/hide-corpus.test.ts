/**
 * The live-page hider on the real Indonesian news pages of ../shared/corpus (indonesian-dev and
 * indonesian-modern-dev; read and served in place, never copied) in real browsers: the real-browser
 * counterpart of tests/unit/hide-corpus.test.ts, which decides the same pages in jsdom.
 *
 * Each page is served whole (decoded as a browser would, sent as UTF-8, nothing stripped) and
 * loaded twice, in a browser without the extension and in one with it. Everything else a page asks
 * for — scripts, styles, images, frames of any host — gets an empty answer (a 1×1 image for
 * images) from the same loopback server: no request leaves the machine. What a person sees is
 * `document.body.innerText`. A related / social / promo snippet of the ground truth that is visible
 * without the extension and gone with it counts as hidden; no snippet the article needs (every
 * `with` snippet, every body paragraph of 60+ characters) that is visible without it may be gone
 * with it.
 *
 * Chromium loads every page under its real URL (all host names mapped to the loopback server, so
 * site packs and host logic run). Firefox cannot map host names: six pages are served at 127.0.0.1
 * under their real path, every other request goes to the same server as to an HTTP proxy (HTTPS
 * ones are refused there), and no site pack applies.
 *
 * Skipped where the corpus is not checked out next to the repository.
 */
import { existsSync, readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join } from "node:path";
import { chromium, type Browser as PwBrowser, type BrowserContext, type Page as PwPage } from "playwright-core";
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLUTTER, corpusDir, half, keepSnippets, loadTruth, squashText, type Truth } from "../../scripts/live-corpus.ts";
import { decodePage } from "../../src/cli/decode.ts";
import {
  BROWSERS, DIST, launch, proxyPrefs, requireBuild, sendToTab, setStoredSettings, startServer,
  type ExtensionBrowser, type Route, type TestServer,
} from "./harness/index.ts";

const SHARED = new URL("../../../shared/", import.meta.url);
/**
 * Floors: the share of the related / social / promo snippets visible without the extension that it
 * hides, as reached in Chromium, rounded down below the spread between runs (a page's own scripts
 * and timing move it by a snippet or three): 0.982 on indonesian-dev in the last runs, and 0.975
 * (197 / 202) on indonesian-modern-dev with the promo pass (0.941–0.950 before it); each floor
 * leaves room for three or four snippets. Firefox's pages at 127.0.0.1 get no site pack (38 / 40, floor
 * 35 / 40).
 */
const FLOORS: Record<string, number> = { "indonesian-dev": 0.95, "indonesian-modern-dev": 0.955 };
const FIREFOX_FLOOR = 0.875;
/**
 * The pages render: this share of the article's snippets at least is on screen without the
 * extension (the rest sit in a page's own hidden second and third pages, as on merdeka.com).
 */
const MIN_ARTICLE_SHOWN = 0.8;
/** Pages loaded at the same time (each in both browsers); the machine has two cores. */
const PARALLEL = 3;
/** After the load event: time for the page's own timers, and for the hider's last batches. */
const SETTLE_MS = 500;

interface CorpusPage {
  corpus: string;
  id: string;
  truth: Truth;
  url: URL;
  html: Buffer;
}

const pages: CorpusPage[] = Object.keys(FLOORS).flatMap((corpus) => {
  const dir = corpusDir(SHARED, corpus);
  return Object.entries(loadTruth(dir)).map(([id, truth]) => ({
    corpus, id, truth, url: new URL(truth.url),
    html: Buffer.from(decodePage(readFileSync(new URL(`pages/${id}.html`, dir))), "utf8"),
  }));
});
/**
 * Part of every run (about three minutes). It was opt-in while a merdeka page lost its article box in
 * about one Chromium run in four (a date line judged while the box held nothing else:
 * tests/e2e/hide-streamed-wrapper.test.ts now has that shape); JERNIH_E2E_CORPUS=0 leaves it out.
 */
const haveCorpus = process.env.JERNIH_E2E_CORPUS !== "0" && existsSync(new URL("corpus/", SHARED)) && pages.length > 0;

/* ------------------------------------------------------------------------------ the server */

const TINY_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);
const TYPES: [RegExp, string][] = [
  [/\.m?js$/i, "text/javascript"], [/\.css$/i, "text/css"], [/\.json$/i, "application/json"], [/\.html?$/i, "text/html"],
];
const bare = (host: string) => host.toLowerCase().replace(/^www\./, "");

/**
 * A corpus page under its real host and path (Chromium), or under its path at 127.0.0.1 (Firefox);
 * everything else gets nothing: an empty body, or a 1×1 image where an image is asked for (a
 * failed image can send a page's onerror fallback round in circles and hold back `load`).
 */
function corpusHandler(req: IncomingMessage, res: ServerResponse): void {
  // Through a proxy the request line holds the whole URL; otherwise the Host header names the site.
  const url = new URL(req.url ?? "/", `http://${req.headers.host ?? "127.0.0.1"}`);
  const host = bare(url.hostname);
  const page = pages.find((p) => p.url.pathname + p.url.search === url.pathname + url.search && (host === "127.0.0.1" || bare(p.url.hostname) === host));
  if (page) {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
    res.end(page.html);
    return;
  }
  if (/\.(png|jpe?g|gif|webp|svg|ico|avif|bmp)$/i.test(url.pathname) || /^image\//.test(req.headers.accept ?? "")) {
    res.writeHead(200, { "content-type": "image/png", "cache-control": "no-store" });
    res.end(TINY_PNG);
    return;
  }
  const type = TYPES.find(([re]) => re.test(url.pathname))?.[1] ?? "text/plain";
  res.writeHead(200, { "content-type": `${type}; charset=utf-8`, "cache-control": "no-store" });
  res.end();
}

/** Routes that send every path to one handler (the harness server looks a route up by its path). */
function everyPath(handler: Route): Record<string, Route> {
  return new Proxy({}, { get: () => handler });
}

/* ---------------------------------------------------------------------------- measuring */

const norm = (s: string) => squashText(s).toLowerCase();

interface Seen {
  /** Where the page ended up (a script may move it). */
  url: string;
  /** `document.body.innerText`, white space collapsed, lower case (CSS may capitalise a heading). */
  text: string;
  /** The outermost blocks the hider marked, their text written as `text` is: what hid a snippet. */
  hidden: { rule: string; category: string; element: string; text: string }[];
}

/**
 * What the page shows once loaded and settled: SETTLE_MS after `load`, then until the number of
 * blocks the hider marked is the same three looks in a row.
 */
async function settleAndRead(evaluate: <R>(fn: () => R) => Promise<R>, url: () => string): Promise<Seen> {
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  let last = -1;
  let same = 0;
  for (let i = 0; i < 30 && same < 2; i++) {
    const count = await evaluate(() => document.querySelectorAll("[data-jernih-hidden]").length);
    same = count === last ? same + 1 : 0;
    last = count;
    await new Promise((r) => setTimeout(r, 150));
  }
  const seen = await evaluate(() => ({
    text: document.body?.innerText ?? "",
    hidden: Array.from(document.querySelectorAll("[data-jernih-hidden]"))
      .filter((el) => !el.parentElement?.closest("[data-jernih-hidden]"))
      .map((el) => ({
        rule: el.getAttribute("data-jernih-rule") ?? "",
        category: el.getAttribute("data-jernih-hidden") ?? "",
        element: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${typeof el.className === "string" && el.className.trim() ? `.${el.className.trim().split(/\s+/).join(".")}` : ""}`,
        text: (el.textContent ?? "").slice(0, 50_000),
      })),
  }));
  return { url: url(), text: norm(seen.text), hidden: seen.hidden.map((h) => ({ ...h, text: norm(h.text) })) };
}

interface Lost {
  snippet: string;
  /** The block the hider marked that holds it, or null: the page itself showed it the one time and not the other. */
  by: string | null;
}

interface PageFigures {
  page: CorpusPage;
  /** Clutter snippets visible without the extension, and those of them still visible with it. */
  clutterShown: string[];
  clutterLeft: string[];
  /** The article's snippets, those visible without the extension, and those of them gone with it. */
  keepTotal: number;
  keepShown: number;
  lost: Lost[];
  urls: string[];
}

function figures(page: CorpusPage, without: Seen, withExt: Seen): PageFigures {
  const clutterShown: string[] = [];
  const clutterLeft: string[] = [];
  for (const [snippet, tag] of Object.entries(page.truth.withoutTags)) {
    if (!CLUTTER.includes(tag) || !without.text.includes(norm(snippet))) continue;
    clutterShown.push(snippet);
    if (withExt.text.includes(norm(snippet))) clutterLeft.push(snippet);
  }
  const keep = keepSnippets(page.truth);
  const shown = keep.filter((k) => without.text.includes(norm(k)));
  const lost = shown.filter((k) => !withExt.text.includes(norm(k))).map((snippet) => {
    const h = withExt.hidden.find((b) => b.text.includes(norm(snippet)));
    return { snippet, by: h ? `${h.element}, hidden as ${h.category} by ${h.rule}` : null };
  });
  return { page, clutterShown, clutterLeft, keepTotal: keep.length, keepShown: shown.length, lost, urls: [without.url, withExt.url] };
}

/**
 * Measures a page; once more when article text was gone with the extension but in no block it
 * hid — a page's own scripts do not always show the same thing (what the hider hides, it hides
 * every time, so a loss it caused is never measured away).
 */
async function measureTwiceIfUnclear(p: CorpusPage, measure: (p: CorpusPage) => Promise<PageFigures>): Promise<PageFigures> {
  const r = await measure(p);
  if (r.lost.length === 0 || r.lost.some((l) => l.by !== null)) return r;
  console.log(`${p.corpus}/${p.id}: ${r.lost.length} article snippet(s) gone with the extension, in no block it hid: measured again`);
  return measure(p);
}

function lostLines(results: readonly PageFigures[]): string[] {
  return results.flatMap((r) => r.lost.map((l) => `${r.page.corpus}/${r.page.id}: ${l.snippet.slice(0, 80)} — ${l.by ?? "in no block the hider marked"}`));
}

interface Totals {
  shown: number;
  hidden: number;
  keepShown: number;
  keepTotal: number;
}

function report(label: string, results: readonly PageFigures[]): Totals {
  const t: Totals = { shown: 0, hidden: 0, keepShown: 0, keepTotal: 0 };
  for (const r of results) {
    t.shown += r.clutterShown.length;
    t.hidden += r.clutterShown.length - r.clutterLeft.length;
    t.keepShown += r.keepShown;
    t.keepTotal += r.keepTotal;
  }
  // Only the tuning half's leftovers are listed (scripts/split.mjs): the check half is for checking, not tuning.
  const left = results.filter((r) => half(r.page.id) === "tune").flatMap((r) => r.clutterLeft.map((s) => `    ${r.page.id}: ${s.slice(0, 90)}`));
  // Per half of the fixed split, as the jsdom figures are given.
  const halves = (["tune", "check"] as const).map((h) => {
    const mine = results.filter((r) => half(r.page.id) === h);
    const shown = mine.reduce((s, r) => s + r.clutterShown.length, 0);
    return `${h} ${shown - mine.reduce((s, r) => s + r.clutterLeft.length, 0)}/${shown}`;
  });
  console.log(
    `${label}: hides ${t.hidden} of ${t.shown} related/social/promo snippets visible without the extension (${(t.hidden / Math.max(t.shown, 1)).toFixed(3)}; ${halves.join(", ")}); ` +
    `article snippets visible without it ${t.keepShown} of ${t.keepTotal}, gone with it ${lostLines(results).length}` +
    (left.length ? `\n  still visible with it:\n${left.join("\n")}` : ""),
  );
  return t;
}

/** Runs `fn` over `items`, `n` at a time. */
async function pool<T, R>(items: readonly T[], n: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  }));
  return out;
}

/** Every page loaded at its own address, and showing its article: the figures are about real pages. */
function expectRealPages(results: readonly PageFigures[], at: (p: CorpusPage) => string): void {
  for (const r of results) {
    for (const u of r.urls) {
      const got = new URL(u);
      // Chromium may take an http:// page over https (the same loopback server answers both).
      expect(`${r.page.id}: ${got.host}${got.pathname}${got.search}`).toBe(`${r.page.id}: ${at(r.page)}`);
    }
    expect(r.keepShown, `${r.page.corpus}/${r.page.id} shows none of its article`).toBeGreaterThan(0);
  }
  const shown = results.reduce((s, r) => s + r.keepShown, 0);
  const all = results.reduce((s, r) => s + r.keepTotal, 0);
  expect(shown / all).toBeGreaterThanOrEqual(MIN_ARTICLE_SHOWN);
}

/* --------------------------------------------------------------------------------- Chromium */

describe.skipIf(!haveCorpus || !BROWSERS.includes("chromium"))("the live-page hider on the Indonesian corpora, under their real URLs (chromium)", () => {
  let server: TestServer;
  let plain: PwBrowser;
  let b: ExtensionBrowser;
  const results: PageFigures[] = [];

  async function loadWithout(ctx: BrowserContext, url: string): Promise<Seen> {
    const page = await ctx.newPage();
    try {
      await page.goto(url, { waitUntil: "load", timeout: 30_000 });
      return await settleAndRead((fn) => page.evaluate(fn), () => page.url());
    } finally {
      await page.close();
    }
  }

  async function loadWith(url: string): Promise<Seen> {
    const page = await b.newPage();
    const pw = page.raw as PwPage;
    try {
      await pw.goto(url, { waitUntil: "load", timeout: 30_000 });
      // The content script answers once the hider has started.
      await sendToTab(b, await b.tabIdOf(page), { type: "get-state" });
      return await settleAndRead((fn) => pw.evaluate(fn), () => pw.url());
    } finally {
      await page.close();
    }
  }

  beforeAll(async () => {
    requireBuild();
    server = await startServer({ routes: everyPath(corpusHandler) });
    [plain, b] = await Promise.all([
      chromium.launch({
        executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", headless: true,
        args: [`--host-resolver-rules=MAP * 127.0.0.1:${server.port}`, "--ignore-certificate-errors"],
      }),
      launch("chromium", { mapAllHostsToPort: server.port }),
    ]);
    await setStoredSettings(b, null);
    const ctx = await plain.newContext({ ignoreHTTPSErrors: true });
    const measure = async (p: CorpusPage) => {
      const [without, withExt] = await Promise.all([loadWithout(ctx, p.truth.url), loadWith(p.truth.url)]);
      return figures(p, without, withExt);
    };
    const started = Date.now();
    results.push(...await pool(pages, PARALLEL, (p) => measureTwiceIfUnclear(p, measure)));
    console.log(`chromium: ${pages.length} pages loaded with and without the extension in ${Math.round((Date.now() - started) / 1000)} s`);
  }, 420_000);
  afterAll(async () => {
    await b?.close();
    await plain?.close();
    await server?.close();
  });

  it("loads every page at its own URL, with its article on screen", () => {
    expectRealPages(results, (p) => `${p.url.host}${p.url.pathname}${p.url.search}`);
  });

  for (const [corpus, floor] of Object.entries(FLOORS)) {
    it(`${corpus}: keeps every snippet of the article a person saw, and hides at least ${floor} of the related/social/promo snippets`, () => {
      const mine = results.filter((r) => r.page.corpus === corpus);
      expect(mine.length).toBe(pages.filter((p) => p.corpus === corpus).length);
      const t = report(`chromium, ${corpus} (${mine.length} pages)`, mine);
      expect(lostLines(mine)).toEqual([]);
      expect(t.shown).toBeGreaterThan(80);
      expect(t.hidden / t.shown).toBeGreaterThanOrEqual(floor);
    });
  }
});

/* ---------------------------------------------------------------------------------- Firefox */

/** Six pages of six sites, three of each corpus. */
const FIREFOX_PAGES = ["indonesian-dev/antaranews-1", "indonesian-dev/detik-1", "indonesian-dev/kompas-2",
  "indonesian-modern-dev/fimela-1", "indonesian-modern-dev/mediaindonesia-1", "indonesian-modern-dev/merdeka-1"];

/** Firefox offline (harness proxyPrefs): every request goes to the loopback server. */
async function launchFirefoxOffline(port: number, withExtension: boolean): Promise<PpBrowser> {
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: process.env.FIREFOX ?? "/usr/bin/firefox-esr",
    headless: true,
    protocol: "webDriverBiDi",
    args: ["--remote-allow-system-access"],
    extraPrefsFirefox: proxyPrefs(port),
  });
  try {
    if (withExtension) await browser.installExtension(join(DIST, "firefox"));
    return browser;
  } catch (e) {
    await browser.close();
    throw e;
  }
}

/**
 * Loads a page in Firefox. The navigation is not awaited: a frame of the page that fails (an
 * HTTPS one, refused) can end it early with "Address rejected"; the page's own state says when it
 * has loaded (polled by hand: an evaluation while the document is replaced can fail once).
 */
async function loadInFirefox(browser: PpBrowser, url: string): Promise<Seen> {
  // A new tab now and then fails while the last one is discarded ("BrowsingContext does no longer exist"): once more.
  const page: PpPage = await browser.newPage().catch(() => new Promise<PpPage>((r) => setTimeout(r, 500)).then(() => browser.newPage()));
  page.on("dialog", (d) => void d.dismiss().catch(() => {}));
  try {
    page.goto(url, { waitUntil: "load", timeout: 30_000 }).catch(() => {});
    const deadline = Date.now() + 30_000;
    for (;;) {
      const done = await page.evaluate((u: string) => location.href === u && document.readyState === "complete", url).catch(() => false);
      if (done) break;
      if (Date.now() > deadline) throw new Error(`${url} did not load in Firefox`);
      await new Promise((r) => setTimeout(r, 100));
    }
    return await settleAndRead((fn) => page.evaluate(fn), () => page.url());
  } finally {
    await page.close().catch(() => {});
  }
}

describe.skipIf(!haveCorpus || !BROWSERS.includes("firefox"))("the live-page hider on six corpus pages at 127.0.0.1 (firefox)", () => {
  let server: TestServer;
  let plain: PpBrowser;
  let withExt: PpBrowser;
  const results: PageFigures[] = [];

  beforeAll(async () => {
    requireBuild();
    server = await startServer({ routes: everyPath(corpusHandler) });
    [plain, withExt] = await Promise.all([launchFirefoxOffline(server.port, false), launchFirefoxOffline(server.port, true)]);
    const chosen = FIREFOX_PAGES.map((key) => {
      const p = pages.find((q) => `${q.corpus}/${q.id}` === key);
      if (!p) throw new Error(`no corpus page ${key}`);
      return p;
    });
    const measure = async (p: CorpusPage) => {
      const url = server.url(p.url.pathname + p.url.search);
      const [a, w] = await Promise.all([loadInFirefox(plain, url), loadInFirefox(withExt, url)]);
      return figures(p, a, w);
    };
    results.push(...await pool(chosen, 2, (p) => measureTwiceIfUnclear(p, measure)));
  }, 240_000);
  afterAll(async () => {
    await withExt?.close();
    await plain?.close();
    await server?.close();
  });

  it(`keeps every snippet of the article a person saw, and hides at least ${FIREFOX_FLOOR} of the related/social/promo snippets`, () => {
    expectRealPages(results, (p) => `127.0.0.1:${server.port}${p.url.pathname}${p.url.search}`);
    const t = report(`firefox, ${results.length} pages at 127.0.0.1`, results);
    expect(lostLines(results)).toEqual([]);
    expect(t.shown).toBeGreaterThan(20);
    expect(t.hidden / t.shown).toBeGreaterThanOrEqual(FIREFOX_FLOOR);
  });
});
