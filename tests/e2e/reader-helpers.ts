/**
 * Helpers for the popup and reader tests: the reader frame inside a page (an extension frame in a
 * closed shadow root, reached through the driver's frame tree), polling in it, and axe-core.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { launch, requireBuild, type BrowserKind, type ExtensionBrowser, type HarnessPage, type LaunchOptions } from "./harness/index.ts";

/**
 * Launches the built extension; JERNIH_DIST=<dir> uses a copy of dist/ instead (on a shared
 * machine, another build can empty dist/ in the middle of a run).
 */
export function launchBuilt(kind: BrowserKind, opts: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const dist = process.env.JERNIH_DIST;
  if (!dist) {
    requireBuild();
    return launch(kind, opts);
  }
  const dir = resolve(dist, kind === "chromium" ? "chrome" : "firefox");
  if (!existsSync(join(dir, "manifest.json"))) throw new Error(`JERNIH_DIST: no manifest.json in ${dir}`);
  return launch(kind, { ...opts, extensionDir: dir });
}

/** What both playwright's and puppeteer's Frame offer. */
export interface FrameLike {
  url(): string;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
}

interface FrameTree {
  frames(): FrameLike[];
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `test` until it returns something truthy; the error names what was waited for. */
export async function poll<T>(what: string, test: () => Promise<T | null | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown = null;
  while (Date.now() < end) {
    try {
      const v = await test();
      if (v) return v;
    } catch (e) {
      last = e; // a frame still navigating: try again
    }
    await pause(50);
  }
  throw new Error(`timed out waiting for ${what}${last ? ` (last error: ${String(last)})` : ""}`);
}

/** The reader frame laid over `page`, once its document has loaded. */
export async function readerFrame(b: ExtensionBrowser, page: HarnessPage): Promise<FrameLike> {
  // Any extension origin: Chrome frames the reader under a dynamic one (manifest use_dynamic_url).
  const isReader = (url: string) => /^(?:chrome|moz)-extension:\/\/[^/]+\/src\/reader\//.test(url);
  const frame = await poll("the reader frame", async () => {
    const frames = (page.raw as unknown as FrameTree).frames();
    const named = frames.find((f) => isReader(f.url()));
    if (named) return named;
    // Puppeteer over BiDi reports an extension frame's url() as about:blank: ask those frames where
    // they are, briefly (a page's own about: frames can leave an evaluate hanging).
    for (const f of frames.filter((x) => x.url() === "about:blank")) {
      const href = await Promise.race([f.evaluate(() => location.href).catch(() => ""), pause(1000).then(() => "")]);
      if (isReader(href)) return f;
    }
    return null;
  });
  await waitInFrame(frame, () => document.readyState === "complete" && !!document.getElementById("article"));
  return frame;
}

export async function waitInFrame(frame: FrameLike, fn: () => unknown, timeoutMs = 15_000): Promise<void> {
  await poll(`${fn.toString().slice(0, 80)} in the reader`, () => frame.evaluate(fn) as Promise<unknown>, timeoutMs);
}

/** The popup for one tab, as a page (`…/popup/index.html?tab=<id>`), once it has rendered. */
export async function openPopup(b: ExtensionBrowser, tabId: number): Promise<HarnessPage> {
  const popup = await b.openExtensionPage("src/popup/index.html", tabId);
  await popup.waitFor(() => !document.getElementById("app")!.hasAttribute("aria-busy"));
  return popup;
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** axe-core's serious and critical violations in a page or frame, as "rule: target" lines. */
export async function axeViolations(target: FrameLike | HarnessPage): Promise<string[]> {
  // As a script string: what the driver evaluates itself is exempt from the extension's CSP (eval is not).
  if (!(await target.evaluate(() => !!(globalThis as { axe?: unknown }).axe))) {
    await (target as unknown as { evaluate(src: string): Promise<unknown> }).evaluate(AXE_SOURCE);
  }
  return target.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ["violations"] });
    return r.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
  });
}
