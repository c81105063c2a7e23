/**
 * The extension API for the content script's first half (src/content/main.ts, hider.ts), which is
 * loaded, compiled and run on every page the reader opens — so without webextension-polyfill, whose
 * module (a quarter of the script) was compiled on every page start only to hand back `browser`.
 *
 * Firefox, and Chromium since 148, have a promise-based `browser` of their own: it is used as it is.
 * Older Chromium (the manifest allows 111) has only `chrome`. What this script needs of it is
 * promise-based there too (runtime.sendMessage without a callback) except one
 * thing: a message listener answers through `sendResponse`, not by returning a promise. The
 * listeners are adapted to that, and nothing else is wrapped.
 */
import type { Runtime } from "webextension-polyfill";

/** A message listener the way this script writes them: a promise of the answer, or undefined to let another listener answer. */
export type MessageListener = (message: unknown) => Promise<unknown> | undefined;

/** What the first half uses of the API. */
export interface ContentApi {
  runtime: { getURL(path: string): string; sendMessage(message: unknown): Promise<unknown>; onMessage: { addListener(fn: MessageListener): void } };
}

type ChromeListener = (message: unknown, sender: unknown, sendResponse: (answer?: unknown) => void) => boolean;
interface ChromeApi {
  runtime: { getURL(path: string): string; sendMessage(message: unknown): Promise<unknown>; onMessage: { addListener(fn: ChromeListener): void } };
}

/** A listener of this script as a `chrome` one: the answer goes to sendResponse (one that failed is logged and answered with nothing). */
function answering(fn: MessageListener): ChromeListener {
  return (message, _sender, sendResponse) => {
    const answer = fn(message);
    if (answer === undefined) return false;
    answer.then(sendResponse, (e: unknown) => {
      console.warn("Jernih:", e);
      sendResponse(undefined);
    });
    return true; // the answer comes later
  };
}

/** `chrome` seen as `browser` (read when called: in Node, where the tests load this module, there is none). */
export function fromChrome(chrome: ChromeApi): ContentApi {
  return {
    runtime: {
      getURL: (path) => chrome.runtime.getURL(path),
      sendMessage: (message) => chrome.runtime.sendMessage(message),
      onMessage: { addListener: (fn) => chrome.runtime.onMessage.addListener(answering(fn)) },
    },
  };
}

/**
 * The browser's own `browser` when it is an extension's API, `chrome` adapted otherwise: an element of
 * the page with id="browser" is a global of that name in every world, the content script's too.
 */
export function contentApi(world: { browser?: unknown; chrome?: unknown }): ContentApi {
  const native = world.browser as { runtime?: Runtime.Static } | undefined;
  return native?.runtime?.id ? (native as unknown as ContentApi) : fromChrome(world.chrome as ChromeApi);
}

// Only `runtime`: Chromium sets up each API of `browser` in the page's world on its first touch (the
// first some 1–1.5 ms, each further one some 0.4 ms), so the first half hears of settings changes
// from the background rather than from storage (background/settings-news.ts).
export const runtime = contentApi(globalThis as { browser?: unknown; chrome?: unknown }).runtime;
