/**
 * Chromium's content script: it only loads the first half (main.ts) as a module from the extension.
 *
 * Why: a content script listed in the manifest is compiled on the page's main thread on every page
 * (10–15 ms for ours), with no code cache. A module imported from the extension's own address is
 * compiled on a background thread while it streams in (or taken from V8's code cache): some 6 ms a
 * page less of the page's main thread, docs/BENCHMARKS.md ("3 December, night"). The page's parsing
 * goes on meanwhile; nothing is lost, since the hider waits for its plan from the background anyway.
 * Firefox runs main.ts itself (its manifest says so).
 *
 * Until the first half is in, this answers the popup's messages for it: they wait for it, then get
 * its answer (a popup opened the moment a small page has loaded must not find nobody there).
 */
import { ANSWER_KEY, PAGE_FLAG } from "../shared/page-features.ts";

type Answer = (msg: unknown) => Promise<unknown> | undefined;
interface Chrome {
  runtime: {
    getURL(path: string): string;
    onMessage: { addListener(fn: (msg: unknown, sender: unknown, reply: (answer?: unknown) => void) => boolean): void };
  };
}
const world = globalThis as unknown as Record<string, unknown> & { chrome: Chrome };
// The first half runs here: the reader's second half may be put in (see page-features.ts).
world[PAGE_FLAG] = true;

let loaded = false;
const firstHalf = import(world.chrome.runtime.getURL("src/content/main.js")).then(
  () => void (loaded = true),
  (e: unknown) => console.warn("Jernih: the content script did not load:", e),
);

world.chrome.runtime.onMessage.addListener((msg, _sender, reply) => {
  if (loaded) return false; // the first half's own listener answers
  void firstHalf
    .then(() => (world[ANSWER_KEY] as Answer | undefined)?.(msg))
    .then(reply, () => reply(undefined));
  return true;
});
