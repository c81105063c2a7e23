/**
 * The content script comes in two halves, so that a page pays only for what it uses:
 *  - src/content/main.ts, on every page at document_start: the live-page hider and nothing else;
 *  - src/content/features.ts (built as its own classic script, FEATURES_FILE): the reader view (with
 *    Readability), the article summary and the element picker — put into a tab only when someone
 *    asks for one of them (the popup, the keyboard command, the context menu, the options page).
 * Every extension page that talks to a tab sends through `sendToPage`, which puts the second half
 * in first when the message is one of its own. Injecting with `scripting.executeScript` (the
 * permission the hider already holds) keeps the file off the web-accessible list, so pages cannot
 * probe for it, and it runs in the same isolated world as the first half.
 *
 * The browser API comes in as a parameter: src/shared stays free of extension imports.
 */
import { AMP_CACHE_SUFFIX, publisherUrl } from "../core/amp-cache.ts";
import type { ContentRequest, PageState } from "./messages.ts";

/**
 * Path of the built second half inside the extension (vite.config.ts builds it from
 * src/content/features.ts). From the root: Firefox resolves a relative path against the calling
 * page (the popup's src/popup/), Chrome against the root; a leading slash means the root to both.
 */
export const FEATURES_FILE = "/src/content/features.js";
/** Set on the isolated world's global object by the second half once installed. */
export const FEATURES_FLAG = "__jernihFeatures";
/** Set there by the first half: the second half goes only where the first one runs (http(s) top frames, and frames from the AMP cache). */
export const PAGE_FLAG = "__jernihPage";
/**
 * Set there by the first half: its answer to a message (the same its own listener gives). Chromium's
 * loader (src/content/loader.ts) answers through it the messages that come before the first half is in.
 */
export const ANSWER_KEY = "__jernihAnswer";
/**
 * Set there by Chromium's loader: its request for the page's plan, sent at document_start before it
 * imports the first half, which takes this reply instead of asking again: the sheet of the person's
 * own rules is on its way in without waiting for the module.
 */
export const PLAN_KEY = "__jernihPlan";

/** Message types only the second half answers. */
export const FEATURE_MESSAGES: readonly string[] = ["reader-toggle", "reader-article", "article-summary", "start-picker", "selector-count"];
const FEATURE_TYPES: ReadonlySet<string> = new Set(FEATURE_MESSAGES);

export function needsFeatures(message: { type: string }): boolean {
  return FEATURE_TYPES.has(message.type);
}

interface Injection {
  target: { tabId: number; frameIds?: number[]; allFrames?: boolean };
  files?: string[];
  func?: (...args: never[]) => unknown;
  args?: unknown[];
}

/** The parts of the `browser` object this module uses (both browsers' `scripting` and `tabs`). */
export interface PageApi {
  scripting: { executeScript(injection: Injection): Promise<{ result?: unknown; frameId?: number }[]> };
  tabs: { sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown> };
}

/**
 * Puts the second half into a frame of the tab (its top frame unless said) unless it is there
 * already. Two callers at once (the popup asks two things as it opens) may both inject: the script's
 * own flag makes the second run a no-op. Where the first half is not running (a blank tab, a page
 * loaded before Jernih was installed) nothing is put in, and the caller hears so, as it would from
 * an unanswered message.
 */
export async function loadPageFeatures(api: PageApi, tabId: number, frameId = 0): Promise<void> {
  const target = { tabId, frameIds: [frameId] };
  // Runs in the page's isolated world, serialised: it may use nothing from this module's scope.
  const [probe] = await api.scripting.executeScript({
    target,
    func: () => {
      const world = globalThis as Record<string, unknown>;
      return (world["__jernihPage"] === true ? 1 : 0) + (world["__jernihFeatures"] === true ? 2 : 0);
    },
  });
  const found = typeof probe?.result === "number" ? probe.result : 0;
  if ((found & 1) === 0) throw new Error("Jernih is not running on this page");
  if ((found & 2) === 0) await api.scripting.executeScript({ target, files: [FEATURES_FILE] });
}

/**
 * Sends a message to the content script of a frame of the tab (its top frame unless said), loading
 * the second half first when it is the one to answer.
 */
export async function sendToPage<T = unknown>(api: PageApi, tabId: number, message: ContentRequest, frameId = 0): Promise<T> {
  if (needsFeatures(message)) await loadPageFeatures(api, tabId, frameId);
  return (await api.tabs.sendMessage(tabId, message, { frameId })) as T;
}

/**
 * The frame of the tab whose page the popup, the reader and the keyboard command are about: the top
 * frame, unless its page is no article and a frame shows one from the AMP cache (a search engine's
 * AMP viewer: src/core/amp-cache.ts). 0 (the top frame) when the tab does not answer at all.
 * `known`: the top frame's state when the caller has it already (null: it did not answer).
 */
export async function articleFrame(api: PageApi, tabId: number, known?: PageState | null): Promise<number> {
  const top = known !== undefined ? known : await sendToPage<PageState | undefined>(api, tabId, { type: "get-state" }).catch(() => undefined);
  if (top?.isArticle) return 0;
  return (await ampCacheFrame(api, tabId, top?.url ?? "")) ?? 0;
}

/**
 * The frame of the tab that shows a page from the AMP cache with Jernih's first half in it, or null;
 * every frame runs the probe. A viewer may hold several (the next results, loaded ahead for a swipe):
 * the one the viewer's own address names (google.com/amp/s/<the publisher's address>) is the one shown.
 */
async function ampCacheFrame(api: PageApi, tabId: number, topUrl: string): Promise<number | null> {
  const results = await api.scripting.executeScript({
    target: { tabId, allFrames: true },
    // Runs in each frame's isolated world, serialised: it may use nothing from this module's scope.
    func: (suffix: string) => ((globalThis as Record<string, unknown>)["__jernihPage"] === true && location.hostname.endsWith(suffix) ? location.href : null),
    args: [AMP_CACHE_SUFFIX],
  }).catch(() => []);
  const frames: { frameId: number; href: string }[] = [];
  for (const { frameId, result } of results) if (frameId && typeof result === "string") frames.push({ frameId, href: result });
  const shown = frames.find(({ href }) => {
    const page = publisherUrl(href);
    return page !== null && topUrl.includes(page.replace(/^https?:\/\//, "").split(/[?#]/)[0]!);
  });
  return (shown ?? frames[0])?.frameId ?? null;
}
