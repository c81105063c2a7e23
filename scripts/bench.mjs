#!/usr/bin/env node
/**
 * npm run bench: speed and memory of Jernih against plain Readability, in one run (issue 7).
 *
 *   1. CLI speed: corpus pages (read in place from ../shared/corpus/<set>/pages), the same markup
 *      parsed by each side: plain Readability on `new JSDOM(markup)` (how Readability is run in
 *      Node) vs Jernih's CLI pipeline as its main() runs it (input guards; the page parsed into a
 *      window-less document, src/cli/parse-page.ts: the same tree, no stylesheets parsed; extract =
 *      Readability + cleaner on the handed-over document; text check; sanitiser). Pages per second
 *      include each side's parse, so "plain" is Readability + jsdom. (Both change the document they
 *      work on, hence one parse each.) Two whole passes a side, in the order Jernih, plain, plain,
 *      Jernih.
 *   2. Memory: the real CLI `main()` over a batch of 1 000 pages (corpus pages repeated), heap after
 *      a forced GC at checkpoints, and peak RSS. Flat = heap after page 1 000 ≈ heap after page 100.
 *   3. Content-script cost in Chromium: fixture and corpus pages loaded with the built extension
 *      (dist/chrome) under CDP's sampling profiler; samples whose stack holds a chrome-extension://
 *      frame are the time the extension adds (../shared/BROWSER-TESTING.md). Against one cold plain
 *      Readability parse of the same page in the same browser, attributed the same way: after the
 *      page has loaded (the target's measure), and also at DOMContentLoaded of a fresh load (the
 *      moment the content script works in). Counted in the main thread's own running time: a trace
 *      of its tasks, recorded with the profile, gives each task's thread time against its wall
 *      time, and each sample counts for its share (scripts/profile-time.ts). On a busy machine the
 *      page's thread is kept waiting while other processes run during a load, and the first sample
 *      after the wait stands for all of it in wall time; the same Readability parse measures the
 *      same in thread time after load and at DOMContentLoaded, but up to 2.5× more in wall time
 *      during the load. Wall-time figures are printed beside.
 *   4. Content-script memory in Chromium: an endless feed page with and without the extension
 *      (scripts/bench-browser-memory.mjs).
 *   5. Full main-thread cost in Chromium (docs/BENCHMARKS.md): what part 3 cannot see (style, layout,
 *      the isolated world's set-up). Every page of the two Indonesian corpora, served without its
 *      <script> elements under its real host name, loads with the extension and in a browser without
 *      it; a trace gives the thread time of the page's renderer main thread from navigation until
 *      load + 1 s (outermost "toplevel" tasks, scripts/profile-time.ts). With minus without (median
 *      of rounds each) against one cold Readability parse measured as in part 3; our JS alone (part
 *      3's attribution, a profiled load of its own) printed beside.
 *
 * Options: --pages N (part 1 sample, default 80; 0 = every page), --batch N (default 1000),
 * --reps N (browser loads per page and mode, default 2), --rounds N (part 5's loads per page and
 * side, default 3), --js-rounds N (part 5's profiled loads for our JS alone, default 1),
 * --no-browser, --quick (small everything), --parts memory,speed,content,feed,cost (only those
 * parts; default all), --functions DIR (part 5: each page's time by function of our JS, as
 * <page>.json in DIR, for scripts/profile-sum.mjs).
 * Prints a table; writes .bench/latest.json (.bench/latest-<parts>.json for --parts). Not part of `npm test`.
 */
import { cpSync, readdirSync, readFileSync, mkdirSync, writeFileSync, existsSync, statSync, mkdtempSync, rmSync } from "node:fs";
import { execFileSync } from "node:child_process";
import http from "node:http";
import { tmpdir } from "node:os";
import { extname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { register } from "tsx/esm/api";

register();
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc");

const ROOT = resolve(import.meta.dirname, "..");
const CORPUS = resolve(ROOT, "../shared/corpus");
const { values: opt } = parseArgs({
  options: {
    pages: { type: "string" }, batch: { type: "string" }, reps: { type: "string" },
    "no-browser": { type: "boolean" }, quick: { type: "boolean" }, parts: { type: "string" },
    rounds: { type: "string" }, "js-rounds": { type: "string" }, functions: { type: "string" },
  },
});
const PAGES = Number(opt.pages ?? (opt.quick ? 20 : 80));
const BATCH = Number(opt.batch ?? (opt.quick ? 100 : 1000));
const REPS = Number(opt.reps ?? (opt.quick ? 1 : 2));
const ROUNDS = Number(opt.rounds ?? (opt.quick ? 1 : 3));
const JS_ROUNDS = Number(opt["js-rounds"] ?? 1);
const PARTS = new Set((opt.parts ?? "memory,speed,content,feed,cost").split(",").map((p) => p.trim()));
const part = (name) => PARTS.has(name) && (name === "memory" || name === "speed" || !opt["no-browser"]);

const { JSDOM, VirtualConsole } = await import("jsdom");
const { Readability } = await import("@mozilla/readability");
const { ExtractError } = await import("../src/core/extract.ts");
const { checkBytes, guardDocument, slimMarkup } = await import("../src/core/guard.ts");
const { attributed, functionTimes, loadThreadTime, mainThreadTasks, markedTaskThreadTime } = await import("./profile-time.ts");
const { decodePage } = await import("../src/cli/decode.ts");
const { capDepth } = await import("../src/cli/deep-markup.ts");
const { main } = await import("../src/cli/main.ts");
const { parsePage } = await import("../src/cli/parse-page.ts");
const { readArticle } = await import("../src/cli/read.ts");
const { benchBrowserMemory } = await import("./bench-browser-memory.mjs");
const { AFTER_LOAD_MS, TRACE_PAGES, chunked, launchCostBrowser, loadPage, scriptlessPages, startTrace } = await import("./cost-loads.mjs");

const now = () => performance.now();
const round = (n, d = 1) => Math.round(n * 10 ** d) / 10 ** d;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const mb = (b) => round(b / 1048576, 1);

function corpusFiles() {
  if (!existsSync(CORPUS)) return [];
  const files = [];
  for (const set of readdirSync(CORPUS).sort()) {
    const dir = join(CORPUS, set, "pages");
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) if (f.endsWith(".html")) files.push(join(dir, f));
  }
  return files;
}

/** Every k-th file, so a sample spans all sets and sizes. */
function spread(files, n) {
  if (!n || n >= files.length) return files;
  const step = files.length / n;
  return Array.from({ length: n }, (_, i) => files[Math.floor(i * step)]);
}

/* ------------------------------------------------------------------ 1. CLI speed vs Readability */

async function benchSpeed(files) {
  const quiet = () => new VirtualConsole();
  let parseMs = 0, plainParseMs = 0, plainMs = 0, jernihMs = 0, guardMs = 0, plainOk = 0, jernihOk = 0;
  const pages = files.map((f) => {
    const bytes = readFileSync(f);
    return { bytes, html: decodePage(bytes) };
  });
  // The CLI's own input guards run on the markup before parsing (timed on Jernih's side); plain
  // Readability has none, and parses the same guarded markup: the same DOM on both sides.
  const guard = (page) => {
    const t = now();
    checkBytes(page.bytes);
    const guarded = capDepth(slimMarkup(page.html));
    return [guarded, now() - t];
  };
  // Plain Readability as it is run in Node: a JSDOM of the page.
  const parse = (markup) => {
    const t0 = now();
    const dom = new JSDOM(markup, { virtualConsole: quiet() });
    return [dom, now() - t0];
  };
  // Each side parses its own document, as each would on its own: Readability and the CLI both
  // change the document they are given (the CLI hands its freshly parsed page to extract, which
  // then makes no copy), so neither may run on the other's leftovers or pay for a copy.
  const plain = (page) => {
    const [guarded] = guard(page);
    const [dom, p] = parse(guarded);
    const t0 = now();
    let ok = false;
    try {
      ok = Boolean(new Readability(dom.window.document).parse());
    } catch { /* counted as no article */ }
    const ms = now() - t0;
    dom.window.close();
    return { ms, ok, parse: p, guard: 0 };
  };
  const jernih = (page) => {
    const [guarded, g] = guard(page);
    const t = now();
    const parsed = parsePage(guarded);
    const p = now() - t;
    const doc = parsed.document;
    const t0 = now();
    let ok = false;
    try {
      guardDocument(doc);
      // The CLI's own pipeline (src/cli/read.ts): extract on jsdom's terms (the page handed over,
      // jsdom's tag index for Readability, the article sanitised in place), then the article check.
      readArticle(parsed, null, {});
      ok = true;
    } catch (e) {
      if (!(e instanceof ExtractError)) throw e;
    }
    const ms = now() - t0;
    parsed.close();
    return { ms, ok, parse: p, guard: g };
  };
  // Whole passes over the pages, in the order Jernih, plain, plain, Jernih: each side's garbage is
  // collected in its own passes (interleaving page by page billed one side's GC to the other), and
  // a machine that slows down or speeds up during the run weighs on both alike.
  // jsdom lets go of a closed window only once the event loop turns (as it does between the CLI's
  // pages): without this turn a pass kept every page it parsed, the heap grew by ~4 MB a page, and
  // later passes paid for collecting an ever larger heap.
  const turn = () => new Promise((done) => setImmediate(done));
  for (const page of pages.slice(0, 3)) {
    jernih(page);
    plain(page);
    await turn();
  }
  for (const side of ["jernih", "plain", "plain", "jernih"]) {
    await turn();
    gc();
    for (const page of pages) {
      await turn();
      if (side === "plain") {
        const r = plain(page);
        plainParseMs += r.parse;
        plainMs += r.ms;
        plainOk += r.ok ? 1 : 0;
      } else {
        const r = jernih(page);
        parseMs += r.parse;
        guardMs += r.guard;
        jernihMs += r.ms;
        jernihOk += r.ok ? 1 : 0;
      }
    }
  }
  // Two passes a side: per page, and articles per pass.
  parseMs /= 2; plainParseMs /= 2; plainMs /= 2; jernihMs /= 2; guardMs /= 2; plainOk /= 2; jernihOk /= 2;
  const n = files.length;
  return {
    pages: n,
    plain: { pagesPerSecond: round((1000 * n) / (plainParseMs + plainMs), 2), msPerPage: round(plainMs / n), parseMsPerPage: round(plainParseMs / n), articles: plainOk },
    jernih: {
      pagesPerSecond: round((1000 * n) / (parseMs + guardMs + jernihMs), 2), parseMsPerPage: round(parseMs / n),
      msPerPage: round(jernihMs / n), guardMsPerPage: round(guardMs / n), articles: jernihOk,
    },
    ratio: round((plainParseMs + plainMs) / (parseMs + guardMs + jernihMs), 2),
  };
}

/* ---------------------------------------------------------------------------- 2. memory batch */

async function benchMemory(files, size) {
  const list = Array.from({ length: size }, (_, i) => files[i % files.length]);
  // Checkpoints at whole cycles, so each measures the heap after the same page (the DOM being
  // written out is still alive at that moment, and pages differ a lot in size).
  const cycle = files.length;
  const checkpoints = new Set([1, 2, 3, 5, 10, 25, 50].map((k) => k * cycle).filter((n) => n <= size));
  checkpoints.add(size - (size % cycle) || size);
  const heap = {};
  let done = 0, peakRss = 0, peakHeap = 0, errors = 0;
  gc();
  const before = process.memoryUsage();
  const t = now();
  await main(["extract", "--jsonl", ...list], {
    write(s) {
      done++;
      if (s.includes('"error"')) errors++;
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
      if (checkpoints.has(done)) {
        gc();
        heap[done] = mb(process.memoryUsage().heapUsed);
      }
    },
  }, { write() {} });
  const secs = (now() - t) / 1000;
  const marks = Object.keys(heap).map(Number).sort((a, b) => a - b);
  const base = marks.find((k) => k >= 100) ?? marks[0];
  const last = marks[marks.length - 1];
  return {
    pages: size, distinctPages: files.length, errors, seconds: round(secs), pagesPerSecond: round(size / secs, 2),
    heapMbAfterGc: heap, heapMbBefore: mb(before.heapUsed), peakRssMb: mb(peakRss), peakHeapMb: mb(peakHeap),
    growth: { from: base, to: last, percent: round(((heap[last] - heap[base]) / heap[base]) * 100, 1) },
  };
}

/* ---------------------------------------------------------------- 3. content script in Chromium */

const TYPES = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript" };

function serve(mounts) {
  const server = http.createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (!path.startsWith(prefix)) continue;
      const file = resolve(dir, `.${path.slice(prefix.length - 1)}`);
      if (file.startsWith(dir) && existsSync(file) && statSync(file).isFile()) {
        res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
        return res.end(readFileSync(file));
      }
    }
    res.writeHead(404);
    res.end();
  });
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => ok(server)));
}

const READABILITY_JS = () => readFileSync(join(ROOT, "node_modules/@mozilla/readability/Readability.js"), "utf8");

/** Readability for a page: `window.__benchParse()` makes one parse of a copy of the document. */
const readabilityScript = () => `${READABILITY_JS()}
window.__benchParse = () => new Readability(document.cloneNode(true)).parse();
//# sourceURL=bench-readability.js`;

/** CDP's sampling profiler over `run`, with a trace of the tasks each thread runs (scripts/profile-time.ts). */
async function profiled(ctx, page, run) {
  const cdp = await ctx.newCDPSession(page);
  const events = [];
  cdp.on("Tracing.dataCollected", (e) => events.push(...e.value));
  const traced = new Promise((ok) => cdp.once("Tracing.tracingComplete", ok));
  await cdp.send("Tracing.start", { categories: "toplevel,__metadata", transferMode: "ReportEvents" });
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
  await cdp.send("Profiler.start");
  await run();
  const { profile } = await cdp.send("Profiler.stop");
  await cdp.send("Tracing.end");
  await traced;
  await cdp.detach();
  return { profile, tasks: mainThreadTasks(events, profile) };
}

async function benchContentScript(pages) {
  const dist = join(ROOT, "dist/chrome");
  if (!existsSync(join(dist, "manifest.json"))) return { skipped: "dist/chrome missing: run npm run build first" };
  const { chromium } = await import("playwright-core");
  const READABILITY = readabilityScript();
  // The same parse while the page loads, at DOMContentLoaded, where a reader mode would make it: the
  // moment of the page's life the content script works in, with the same machine around it.
  const READABILITY_AT_LOAD = `(() => { ${READABILITY_JS()}
document.addEventListener("DOMContentLoaded", () => void new Readability(document.cloneNode(true)).parse(), { once: true });
})();
//# sourceURL=bench-readability-at-load.js`;
  const server = await serve({
    "/fixtures/": join(ROOT, "tests/fixtures"),
    "/corpus/": CORPUS,
  });
  const port = server.address().port;
  // No network here: every other host fails at once instead of waiting on DNS.
  const args = [`--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`];
  const profiles = [];
  const launchCtx = async (withExt) => {
    const dir = mkdtempSync(join(tmpdir(), "jernih-bench-"));
    profiles.push(dir);
    const ctx = await chromium.launchPersistentContext(dir, {
      executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", headless: true,
      args: withExt ? [...args, `--disable-extensions-except=${dist}`, `--load-extension=${dist}`] : args,
    });
    if (withExt && !ctx.serviceWorkers().length) await ctx.waitForEvent("serviceworker", { timeout: 15000 });
    return ctx;
  };
  const withExt = await launchCtx(true);
  const plain = await launchCtx(false);
  const rows = [];
  // Profiles whose trace held no task of the page's main thread: their samples count in wall time.
  let profilesTotal = 0, profilesUntraced = 0;
  const count = (prof) => {
    profilesTotal++;
    if (prof.tasks.length === 0) profilesUntraced++;
    return prof;
  };
  try {
    for (const p of pages) {
      const url = `http://127.0.0.1:${port}${p}`;
      const ext = [], parse = [], parseAtLoad = [], busyWith = [], busyWithout = [];
      for (let r = 0; r < REPS; r++) {
        // With the extension: what its content script costs on load and just after (observers, idle work).
        let page = await withExt.newPage();
        let prof = count(await profiled(withExt, page, async () => {
          await page.goto(`${url}?r=${r}`, { waitUntil: "load" });
          await page.waitForTimeout(400);
        }));
        ext.push(attributed(prof.profile, prof.tasks, (u) => u.startsWith("chrome-extension://")));
        busyWith.push(attributed(prof.profile, prof.tasks, (u) => u !== ""));
        await page.close();
        // Without: the same load, then one cold Readability parse of the same page.
        page = await plain.newPage();
        prof = count(await profiled(plain, page, async () => {
          await page.goto(`${url}?r=${r}`, { waitUntil: "load" });
          await page.waitForTimeout(400);
        }));
        busyWithout.push(attributed(prof.profile, prof.tasks, (u) => u !== ""));
        await page.addScriptTag({ content: READABILITY });
        prof = count(await profiled(plain, page, () => page.evaluate(() => void window.__benchParse())));
        parse.push(attributed(prof.profile, prof.tasks, (u) => u.endsWith("bench-readability.js")));
        await page.close();
        page = await plain.newPage();
        await page.addInitScript({ content: READABILITY_AT_LOAD });
        prof = count(await profiled(plain, page, async () => {
          await page.goto(`${url}?r=${r}&at-load`, { waitUntil: "load" });
          await page.waitForTimeout(400);
        }));
        parseAtLoad.push(attributed(prof.profile, prof.tasks, (u) => u.endsWith("bench-readability-at-load.js")));
        await page.close();
      }
      // Thread time (scripts/profile-time.ts) is the measure; wall-time figures are kept beside it.
      const of = (list, k) => median(list.map((m) => m[k]));
      const row = { page: p };
      for (const k of ["cpu", "wall"]) {
        const e = of(ext, k), q = of(parse, k), ql = of(parseAtLoad, k);
        row[k] = { extensionMs: round(e, 2), readabilityMs: round(q, 2), ratio: round(e / q, 2),
          readabilityAtLoadMs: round(ql, 2), ratioAtLoad: round(e / ql, 2) };
      }
      row.pageScriptMsWith = round(of(busyWith, "wall"), 1);
      row.pageScriptMsWithout = round(of(busyWithout, "wall"), 1);
      rows.push(row);
    }
  } finally {
    await withExt.close().catch(() => {});
    await plain.close().catch(() => {});
    server.close();
    for (const d of profiles) rmSync(d, { recursive: true, force: true });
  }
  const summary = (k) => {
    const ratios = (r) => rows.map((row) => row[k][r]);
    const total = (f) => rows.reduce((n, row) => n + row[k][f], 0);
    return {
      medianRatio: round(median(ratios("ratio")), 2),
      totalRatio: round(total("extensionMs") / total("readabilityMs"), 2),
      maxRatio: round(Math.max(...ratios("ratio")), 2),
      atLoad: {
        medianRatio: round(median(ratios("ratioAtLoad")), 2),
        totalRatio: round(total("extensionMs") / total("readabilityAtLoadMs"), 2),
        maxRatio: round(Math.max(...ratios("ratioAtLoad")), 2),
      },
    };
  };
  return { reps: REPS, rows, cpu: summary("cpu"), wall: summary("wall"), profilesTotal, profilesUntraced };
}

/* ---------------------------------------------------- 5. full main-thread cost in Chromium */

/** CDP's sampling profiler alone over `run`: the trace recording around it gives the tasks. */
async function sampled(ctx, page, run) {
  const cdp = await ctx.newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
  await cdp.send("Profiler.start");
  await run();
  const { profile } = await cdp.send("Profiler.stop");
  await cdp.detach();
  return profile;
}

/**
 * One round of the cost loads for some pages, in one trace per browser: each page loads in both
 * browsers at once (each pair sees the same machine), then one cold Readability parse in the tab
 * without the extension, alone. Returns per page the two loads' thread time and the parse's.
 */
async function costRound(b, pages, readability) {
  const ends = await Promise.all([startTrace(b.withExt, b.holders[0]), startTrace(b.plain, b.holders[1])]);
  const parses = new Map();
  for (const p of pages) {
    const tabs = await Promise.allSettled([loadPage(b.withExt, p.url), loadPage(b.plain, p.url)]);
    const [tabWith, tabWithout] = tabs.map((t) => t.value);
    await tabWith?.close();
    if (tabWith && tabWithout) {
      await tabWithout.addScriptTag({ content: readability });
      parses.set(p.url, await sampled(b.plain, tabWithout, () => tabWithout.evaluate(() => void window.__benchParse())));
    } else console.warn(`  ! ${p.name}: ${tabs.find((t) => t.reason)?.reason?.message.split("\n")[0]}`);
    await tabWithout?.close();
  }
  const [tWith, tWithout] = await Promise.all(ends.map((end) => end()));
  if (tWith.dataLossOccurred || tWithout.dataLossOccurred) console.warn("  ! the trace lost data");
  return pages.filter((p) => parses.has(p.url)).map((p) => {
    const profile = parses.get(p.url);
    return {
      url: p.url, with: loadThreadTime(tWith.events, p.url, AFTER_LOAD_MS), without: loadThreadTime(tWithout.events, p.url, AFTER_LOAD_MS),
      parseMs: attributed(profile, mainThreadTasks(tWithout.events, profile), (u) => u.endsWith("bench-readability.js")).cpu,
    };
  });
}

/**
 * Two figures beside the cost, in a round of their own (profiling the cost loads would add the
 * profiler's own work to them): our JavaScript alone, the content part's way (profiler samples with
 * a chrome-extension:// frame, in thread time, over load + 1 s); and, in the other browser at the
 * same time, a cold parse without the profiler, timed by its task's thread time in the trace. The
 * profiler costs the parse's thread time itself (its samples and code logging), so the parse the
 * content part's way reads higher than the parse does without it.
 */
async function besideRound(b, pages, readability) {
  const ends = await Promise.all([startTrace(b.withExt, b.holders[0]), startTrace(b.plain, b.holders[1])]);
  const profiles = new Map();
  for (const [i, p] of pages.entries()) {
    const tab = await b.withExt.newPage();
    const [profiled, loaded] = await Promise.allSettled([
      sampled(b.withExt, tab, async () => {
        await tab.goto(p.url, { waitUntil: "load", timeout: 30_000 });
        await tab.waitForTimeout(AFTER_LOAD_MS + 100);
      }),
      loadPage(b.plain, p.url),
    ]);
    await tab.close();
    if (loaded.value && profiled.value) {
      await loaded.value.addScriptTag({ content: readability });
      await loaded.value.evaluate((mark) => {
        performance.mark(mark);
        void window.__benchParse();
      }, `bench-parse-${i}`);
      profiles.set(p.url, profiled.value);
    } else console.warn(`  ! ${p.name}: ${(profiled.reason ?? loaded.reason)?.message.split("\n")[0]}`);
    await loaded.value?.close();
  }
  const [tWith, tWithout] = await Promise.all(ends.map((end) => end()));
  return [...pages.entries()].filter(([, p]) => profiles.has(p.url)).map(([i, p]) => {
    const profile = profiles.get(p.url);
    const tasks = mainThreadTasks(tWith.events, profile);
    const ours = (u) => u.startsWith("chrome-extension://");
    if (opt.functions) saveFunctionTimes(p.name, functionTimes(profile, tasks, ours));
    return {
      url: p.url, ourJsMs: attributed(profile, tasks, ours).cpu,
      parseUnprofiledMs: markedTaskThreadTime(tWithout.events, `bench-parse-${i}`),
    };
  });
}

/** One page's time by function of our JS (--functions DIR), beside the other pages' of the run. */
function saveFunctionTimes(name, times) {
  mkdirSync(opt.functions, { recursive: true });
  writeFileSync(join(opt.functions, `${name.replace(/[^\w.-]+/g, "_")}.json`), `${JSON.stringify(times)}\n`);
}

/**
 * A copy of dist/chrome, so that a build by someone else during the run does not change what is
 * measured; taken under the build lock where there is one (`flock /tmp/jernih-build.lock npm run
 * build`). With what it was built from: dist/ is built from the working tree, which changes often.
 */
function extensionSnapshot(dist) {
  const dir = mkdtempSync(join(tmpdir(), "jernih-cost-ext-"));
  try {
    execFileSync("flock", ["-s", "/tmp/jernih-build.lock", "cp", "-rp", `${dist}/.`, dir]);
  } catch {
    cpSync(dist, dir, { recursive: true, preserveTimestamps: true });
  }
  const git = (...a) => execFileSync("git", a, { cwd: ROOT, encoding: "utf8" }).trim();
  return { dir, build: { built: statSync(join(dir, "manifest.json")).mtime.toISOString(), commit: git("rev-parse", "--short", "HEAD"),
    srcChangedSinceCommit: git("status", "--porcelain", "--", "src") !== "" } };
}

/** The two browsers of the cost part, pages under their real host names from one local server. */
async function costBrowsers(port, dist, profiles) {
  const withExt = await launchCostBrowser(port, dist, profiles);
  const plain = await launchCostBrowser(port, null, profiles);
  return { withExt: withExt.ctx, plain: plain.ctx, holders: [withExt.holder, plain.holder] };
}

async function benchFullCost(pages, rounds, jsRounds) {
  const dist = join(ROOT, "dist/chrome");
  if (!existsSync(join(dist, "manifest.json"))) return { skipped: "dist/chrome missing: run npm run build first" };
  const { startServer } = await import("../tests/e2e/harness/server.ts");
  // An empty folder as the server's root: a page's own stylesheets and images are not there.
  const profiles = [mkdtempSync(join(tmpdir(), "jernih-cost-root-"))];
  const server = await startServer({ root: profiles[0], routes: Object.fromEntries(pages.map((p) => [new URL(p.url).pathname, p.html])) });
  const runs = { cost: [], beside: [] };
  let b = null, build = null;
  try {
    const ext = extensionSnapshot(dist);
    profiles.push(ext.dir);
    build = ext.build;
    b = await costBrowsers(server.port, ext.dir, profiles);
    const readability = readabilityScript();
    for (let r = 0; r < rounds; r++) for (const some of chunked(pages, TRACE_PAGES)) runs.cost.push(...await costRound(b, some, readability));
    for (let r = 0; r < jsRounds; r++) for (const some of chunked(pages, TRACE_PAGES)) runs.beside.push(...await besideRound(b, some, readability));
  } finally {
    await b?.withExt.close().catch(() => {});
    await b?.plain.close().catch(() => {});
    await server.close();
    for (const d of profiles) rmSync(d, { recursive: true, force: true });
  }
  return { rounds, jsRounds, afterLoadMs: AFTER_LOAD_MS, ...build, ...costSummary(pages, runs) };
}

/** One page's row: the median of each side over the rounds and their difference, against the parse; null without a load on each side. */
function costRow(p, runs) {
  const mine = runs.cost.filter((x) => x.url === p.url);
  const ms = (side) => mine.map((x) => x[side]?.ms).filter((v) => v !== undefined);
  const [w, wo] = [ms("with"), ms("without")];
  if (!w.length || !wo.length) return null;
  const costMs = median(w) - median(wo), readabilityMs = median(mine.map((x) => x.parseMs));
  const beside = runs.beside.filter((x) => x.url === p.url);
  const ourJsMs = median(beside.map((x) => x.ourJsMs));
  const unprofiledMs = median(beside.map((x) => x.parseUnprofiledMs).filter((v) => v !== null));
  const spread = (xs) => round(Math.max(...xs) - Math.min(...xs));
  return {
    page: p.name, withMs: round(median(w)), withoutMs: round(median(wo)), costMs: round(costMs), readabilityMs: round(readabilityMs),
    ratio: round(costMs / readabilityMs, 2), ourJsMs: round(ourJsMs), ourJsRatio: round(ourJsMs / readabilityMs, 2),
    readabilityUnprofiledMs: round(unprofiledMs), ratioUnprofiled: round(costMs / unprofiledMs, 2),
    spreadMs: { with: spread(w), without: spread(wo) }, loadMs: round(median(mine.map((x) => x.without?.loadMs).filter(Boolean))),
  };
}

/** The rows, and the whole set's ratios: the sum of the costs over the sum of the parses, and the per-page median and range. */
function costSummary(pages, runs) {
  const rows = pages.map((p) => costRow(p, runs)).filter(Boolean);
  const missing = runs.cost.filter((x) => !x.with || !x.without).map((x) => `${pages.find((p) => p.url === x.url).name} (${x.with ? "without" : "with"})`);
  const untimed = runs.cost.reduce((n, x) => n + (x.with?.untimed ?? 0) + (x.without?.untimed ?? 0), 0);
  const total = (k) => rows.reduce((n, r) => n + r[k], 0);
  const ratios = rows.map((r) => r.ratio);
  return {
    rows, untimedTasks: untimed, loadsNotFound: missing,
    totalMs: { cost: round(total("costMs")), readability: round(total("readabilityMs")), ourJs: round(total("ourJsMs")),
      readabilityUnprofiled: round(total("readabilityUnprofiledMs")) },
    totalRatio: round(total("costMs") / total("readabilityMs"), 2), medianRatio: round(median(ratios), 2),
    minRatio: round(Math.min(...ratios), 2), maxRatio: round(Math.max(...ratios), 2),
    ourJs: { totalRatio: round(total("ourJsMs") / total("readabilityMs"), 2), medianRatio: round(median(rows.map((r) => r.ourJsRatio)), 2) },
    unprofiled: { totalRatio: round(total("costMs") / total("readabilityUnprofiledMs"), 2), medianRatio: round(median(rows.map((r) => r.ratioUnprofiled)), 2) },
    medianSpreadMs: { with: round(median(rows.map((r) => r.spreadMs.with))), without: round(median(rows.map((r) => r.spreadMs.without))) },
  };
}

/* ------------------------------------------------------------------------------------- run */

const started = now();
const all = corpusFiles();
if (!all.length) {
  console.error(`no corpus pages under ${CORPUS}`);
  process.exit(1);
}
const os = await import("node:os");
const result = { date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, loadAverage: os.loadavg().map((n) => round(n, 1)) };

// Our readers' sites (the Indonesian set), cycled: realistic sizes, and a batch that ends in minutes.
const indonesian = all.filter((f) => f.includes("/indonesian-dev/"));
const memoryPages = indonesian.length ? indonesian : spread(all, 20);
let t0 = now();
if (part("memory")) {
  console.log(`1/5 memory: ${BATCH} pages (${memoryPages.length} distinct) through the CLI…`);
  // Memory first, in a fresh heap, so its peak RSS is the batch's own.
  result.memory = await benchMemory(memoryPages, BATCH);
  result.memory.seconds = round((now() - t0) / 1000);
}

if (part("speed")) {
  console.log(`2/5 CLI speed: ${PAGES || all.length} of ${all.length} corpus pages…`);
  t0 = now();
  result.speed = await benchSpeed(spread(all, PAGES));
  result.speed.seconds = round((now() - t0) / 1000);
}

if (part("content")) {
  const fixtures = ["/fixtures/live/news/detik-style.html", "/fixtures/live/news/medcom-style.html",
    "/fixtures/live/read/kompas-style.html", "/fixtures/live/news/late-related.html", "/fixtures/reader/article.html"]
    .filter((p) => existsSync(join(ROOT, "tests", p)));
  const corpusPages = spread(indonesian, opt.quick ? 2 : 8).map((f) => `/corpus/${f.slice(CORPUS.length + 1)}`);
  console.log(`3/5 content script in Chromium: ${fixtures.length + corpusPages.length} pages × ${REPS}…`);
  t0 = now();
  result.contentScript = await benchContentScript([...fixtures, ...corpusPages]);
  result.contentScript.seconds = round((now() - t0) / 1000);
}
if (part("feed") && existsSync(join(ROOT, "dist/chrome/manifest.json"))) {
  const rounds = opt.quick ? 300 : 2000;
  console.log(`4/5 content-script memory in Chromium: an endless feed, ${rounds} rounds…`);
  t0 = now();
  const server = await serve({ "/fixtures/": join(ROOT, "tests/fixtures") });
  const { chromium } = await import("playwright-core");
  try {
    result.browserMemory = await benchBrowserMemory({
      chromium, dist: join(ROOT, "dist/chrome"), rounds, args: [`--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`],
      url: `http://127.0.0.1:${server.address().port}/fixtures/live/news/endless-feed.html`,
    });
  } finally {
    server.close();
  }
  result.browserMemory.seconds = round((now() - t0) / 1000);
}
if (part("cost")) {
  const pages = opt.quick ? spread(scriptlessPages(CORPUS), 6) : scriptlessPages(CORPUS);
  console.log(`5/5 full main-thread cost in Chromium: ${pages.length} pages without their scripts × ${ROUNDS} rounds (our JS alone × ${JS_ROUNDS})…`);
  t0 = now();
  result.fullCost = await benchFullCost(pages, ROUNDS, JS_ROUNDS);
  result.fullCost.seconds = round((now() - t0) / 1000);
}
result.seconds = round((now() - started) / 1000);

/* ---------------------------------------------------------------------------------- report */

const s = result.speed, m = result.memory, c = result.contentScript;
const line = (k, v, target = "") => console.log(`  ${k.padEnd(44)} ${String(v).padEnd(22)} ${target}`);
console.log(`\nJernih bench — ${result.date}, Node ${result.node}, ${result.cpus} CPUs (load ${result.loadAverage[0]} at start), ${result.seconds} s\n`);
if (s) {
  console.log(`CLI speed (${s.pages} corpus pages, the same markup parsed by each side)`);
  line("plain Readability + jsdom", `${s.plain.pagesPerSecond} pages/s`, `(${s.plain.msPerPage} ms/page + parse ${s.plain.parseMsPerPage}, ${s.plain.articles} articles)`);
  line("Jernih CLI (guards + extract + sanitise)", `${s.jernih.pagesPerSecond} pages/s`, `(${s.jernih.msPerPage} + ${s.jernih.guardMsPerPage} ms/page + parse ${s.jernih.parseMsPerPage}, ${s.jernih.articles} articles)`);
  line("Jernih / plain speed", `${s.ratio}×`, "target ≥ 1.0×");
}
if (m) {
  console.log(`\nMemory (${m.pages} pages through the CLI, ${m.distinctPages} distinct, ${m.pagesPerSecond} pages/s)`);
  line("heap after GC, MB at page", Object.entries(m.heapMbAfterGc).map(([k, v]) => `${k}:${v}`).join(" "));
  line(`heap growth page ${m.growth.from} → ${m.growth.to}`, `${m.growth.percent}%`, "target: flat");
  line("peak RSS / peak heap", `${m.peakRssMb} / ${m.peakHeapMb} MB`);
}
if (c?.rows) {
  console.log(`\nContent script in Chromium (median of ${c.reps} loads; ms of profiler samples, in thread time and in wall time)`);
  console.log(`  ${"page".padEnd(40)} ${"ext ms".padStart(7)} ${"parse".padStart(6)} ${"ratio".padStart(6)} ${"at DCL".padStart(7)} ${"ratio".padStart(6)} │ ${"wall: ext".padStart(9)} ${"parse".padStart(6)} ${"ratio".padStart(6)}`);
  for (const r of c.rows) {
    const t = r.cpu, w = r.wall;
    console.log(`  ${r.page.slice(-40).padEnd(40)} ${String(t.extensionMs).padStart(7)} ${String(t.readabilityMs).padStart(6)} ${String(t.ratio).padStart(6)} ${String(t.readabilityAtLoadMs).padStart(7)} ${String(t.ratioAtLoad).padStart(6)} │ ${String(w.extensionMs).padStart(9)} ${String(w.readabilityMs).padStart(6)} ${String(w.ratio).padStart(6)}`);
  }
  const ratios = (x) => `${x.medianRatio}× (${x.maxRatio}×) / ${x.totalRatio}×`;
  line("thread time: median ratio (max) / total ratio", ratios(c.cpu), "target ≤ 1.5× a plain parse");
  line("  against the parse at DOMContentLoaded", ratios(c.cpu.atLoad));
  line("wall time: median ratio (max) / total ratio", ratios(c.wall));
  line("  against the parse at DOMContentLoaded", ratios(c.wall.atLoad));
  if (c.profilesUntraced) console.log(`  ! ${c.profilesUntraced} of ${c.profilesTotal} profiles had no trace of the page's tasks: their samples count in wall time`);
} else if (c) {
  console.log(`\nContent script: skipped (${c.skipped})`);
}
const bm = result.browserMemory;
if (bm) {
  console.log(`\nContent-script memory in Chromium (endless feed, ${bm.rounds} stories added and dropped; JS heap after GC)`);
  line("page alone: start → end", `${bm.without.startMb} → ${bm.without.endMb} MB`, `(${bm.without.growthMb} MB)`);
  line("with Jernih: start → end", `${bm.withExtension.startMb} → ${bm.withExtension.endMb} MB`, `(${bm.withExtension.growthMb} MB, ${bm.withExtension.hiddenInFeed} blocks hidden in the feed now)`);
  line("growth Jernih adds", `${bm.extraGrowthMb} MB`, "target: flat (≈ 0)");
}
const f = result.fullCost;
if (f?.rows) {
  console.log(`\nFull main-thread cost in Chromium (${f.rows.length} pages without their scripts; renderer main-thread thread time from navigation until load + ${f.afterLoadMs / 1000} s, median of ${f.rounds} rounds; extension built ${f.built} from ${f.commit}${f.srcChangedSinceCommit ? " + uncommitted src/" : ""})`);
  const cols = (...xs) => xs.map(([v, w]) => String(v).padStart(w)).join(" ");
  console.log(`  ${"page".padEnd(34)} ${cols(["with", 6], ["without", 7], ["cost", 6], ["parse", 6], ["ratio", 6])} │ ${cols(["our JS", 6], ["ratio", 6])} │ ${cols(["unprof.", 7], ["ratio", 6])} │ spread with/without`);
  for (const r of f.rows) {
    console.log(`  ${r.page.slice(-34).padEnd(34)} ${cols([r.withMs, 6], [r.withoutMs, 7], [r.costMs, 6], [r.readabilityMs, 6], [r.ratio, 6])} │ ${cols([r.ourJsMs, 6], [r.ourJsRatio, 6])} │ ${cols([r.readabilityUnprofiledMs, 7], [r.ratioUnprofiled, 6])} │ ${r.spreadMs.with} / ${r.spreadMs.without}`);
  }
  line("full cost, all pages together (Σ cost / Σ parse)", `${f.totalRatio}×`, `target ≤ 1.5× (${f.totalMs.cost} / ${f.totalMs.readability} ms)`);
  line("  per page: median (range)", `${f.medianRatio}× (${f.minRatio}–${f.maxRatio}×)`);
  line("our JS alone (content part's attribution), all / median", `${f.ourJs.totalRatio}× / ${f.ourJs.medianRatio}×`, `(${f.totalMs.ourJs} ms)`);
  line("full cost against the parse without profiler, all / median", `${f.unprofiled.totalRatio}× / ${f.unprofiled.medianRatio}×`, `(parse ${f.totalMs.readabilityUnprofiled} ms)`);
  line("median spread of a page's rounds, with / without", `${f.medianSpreadMs.with} / ${f.medianSpreadMs.without} ms`);
  if (f.loadsNotFound.length) console.log(`  ! loads not found in their trace (that round left out): ${f.loadsNotFound.join(", ")}`);
  if (f.untimedTasks) console.log(`  ! ${f.untimedTasks} tasks without a thread time`);
} else if (f) {
  console.log(`\nFull main-thread cost: skipped (${f.skipped})`);
}
mkdirSync(join(ROOT, ".bench"), { recursive: true });
// A run of some parts only does not replace the last full run's figures.
const out = opt.parts ? `.bench/latest-${[...PARTS].sort().join("-")}.json` : ".bench/latest.json";
writeFileSync(join(ROOT, out), `${JSON.stringify(result, null, 2)}\n`);
console.log(`\nwrote ${out}`);
