/**
 * The loads of the full main-thread cost (`npm run bench` part 5, and scripts/bench-ab.mjs, which
 * sets two builds against each other the same way): corpus pages served without their scripts under
 * their real host names, a trace of the whole browser around a batch of loads, each page kept open
 * until load + 1 s. Loaded after tsx is registered (it reads the CLI's decoder).
 */
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse as parseHtml } from "parse5";
import { decodePage } from "../src/cli/decode.ts";

/**
 * The markup without its <script> elements (HTML and SVG ones), cut out of the source text so that
 * nothing else about the page changes. Page scripts make a load's thread time vary by more than the
 * extension costs, so both sides get the page without them.
 */
export function withoutScripts(html) {
  const scripts = (root) => {
    const found = [];
    const walk = (node) => {
      for (const child of node.childNodes ?? []) {
        if (child.nodeName === "script") found.push(child);
        else walk(child.nodeName === "template" ? child.content : child);
      }
    };
    walk(root);
    return found;
  };
  let out = "";
  let at = 0;
  for (const { sourceCodeLocation: loc } of scripts(parseHtml(html, { sourceCodeLocationInfo: true }))) {
    out += html.slice(at, loc.startOffset);
    at = loc.endOffset;
  }
  out += html.slice(at);
  if (scripts(parseHtml(out)).length) throw new Error("a <script> element is left after cutting them out");
  return out;
}

/** The Indonesian corpus pages, read in place, each with its real URL and its markup without scripts. */
export function scriptlessPages(corpus) {
  const pages = [];
  for (const set of ["indonesian-dev", "indonesian-modern-dev"]) {
    const truth = JSON.parse(readFileSync(join(corpus, set, "truth.json"), "utf8"));
    for (const [name, { url }] of Object.entries(truth)) {
      const file = join(corpus, set, "pages", `${name}.html`);
      // The URL as the browser writes it (the trace names the page so).
      if (existsSync(file)) pages.push({ name: `${set}/${name}`, url: new URL(url).href, html: withoutScripts(decodePage(readFileSync(file))) });
    }
  }
  return pages;
}

/** The trace categories of the cost loads: the main thread's tasks, the load's marks, the threads' names. */
export const TASK_CATEGORIES = ["toplevel", "blink.user_timing", "__metadata"];

/**
 * Starts a trace of the whole browser (a CDP session of `holder`, a page kept open) with
 * `categories`; the function returned ends and reads it.
 */
export async function startTrace(ctx, holder, categories = TASK_CATEGORIES) {
  const cdp = await ctx.newCDPSession(holder);
  const complete = new Promise((ok) => cdp.once("Tracing.tracingComplete", ok));
  await cdp.send("Tracing.start", {
    traceConfig: { includedCategories: categories, recordMode: "recordAsMuchAsPossible" },
    transferMode: "ReturnAsStream",
  });
  return async () => {
    await cdp.send("Tracing.end");
    const { stream, dataLossOccurred } = await complete;
    const chunks = [];
    for (let eof = false; !eof;) {
      const r = await cdp.send("IO.read", { handle: stream, size: 1 << 24 });
      chunks.push(r.base64Encoded ? Buffer.from(r.data, "base64").toString() : r.data);
      eof = r.eof;
    }
    await cdp.send("IO.close", { handle: stream });
    await cdp.detach();
    const json = JSON.parse(chunks.join(""));
    return { events: json.traceEvents ?? json, dataLossOccurred };
  };
}

export const AFTER_LOAD_MS = 1000;
/** Pages a trace holds: a trace comes back as one JSON text, some 20 000 events a page (most of them the browser process's). */
export const TRACE_PAGES = 8;
export const chunked = (xs, n) => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

/** Opens `url` in a new tab of `ctx` and keeps it until load + 1 s (and a margin: the load event reaches us late). */
export async function loadPage(ctx, url) {
  const page = await ctx.newPage();
  await page.goto(url, { waitUntil: "load", timeout: 30_000 });
  await page.waitForTimeout(AFTER_LOAD_MS + 100);
  return page;
}

/**
 * A Chromium of its own (a new profile folder, pushed on `temps` for the caller to remove), with the
 * extension in `dist` or none (null). Every host name goes to the local server at `port`, so each
 * page has its own host (site packs, host-based logic); unknown images get a tiny image there, for
 * pages whose image `onerror` retries forever. Returns the context and a page kept open to trace from.
 */
export async function launchCostBrowser(port, dist, temps) {
  const { chromium } = await import("playwright-core");
  const dir = mkdtempSync(join(tmpdir(), "jernih-cost-"));
  temps.push(dir);
  const args = [`--host-resolver-rules=MAP * 127.0.0.1:${port}`, "--ignore-certificate-errors"];
  const ctx = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", headless: true, ignoreHTTPSErrors: true,
    args: dist ? [...args, `--disable-extensions-except=${dist}`, `--load-extension=${dist}`] : args,
  });
  if (dist && !ctx.serviceWorkers().length) await ctx.waitForEvent("serviceworker", { timeout: 15000 });
  return { ctx, holder: ctx.pages()[0] ?? await ctx.newPage() };
}
