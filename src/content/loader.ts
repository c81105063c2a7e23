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
 * It asks the background for the page's plan at once, as the first half would: the sheet of the
 * person's own rules (a block they picked) goes in while the module is still on its way.
 *
 * Its listener answers the popup's messages for the first half: until the first half is in they wait
 * for it, then get its answer (a popup opened the moment a small page has loaded must not find
 * nobody there).
 */
import { pagePlanRequest } from "../shared/messages.ts";
import { ANSWER_KEY, PAGE_FLAG, PLAN_KEY } from "../shared/page-features.ts";
import { runtime, type MessageListener } from "./browser-api.ts";

const world = globalThis as Record<string, unknown>;
// The first half runs here: the reader's second half may be put in (see page-features.ts).
world[PAGE_FLAG] = true;
// The first half takes this reply (its hider reports a failure); handled here so that it is not "uncaught" meanwhile.
const plan = runtime.sendMessage(pagePlanRequest(location.href, "full", null, true));
plan.catch(() => {});
world[PLAN_KEY] = plan;

let loaded = false;
const firstHalf = import(runtime.getURL("src/content/main.js")).then(
  () => void (loaded = true),
  (e: unknown) => console.warn("Jernih: the content script did not load:", e),
);

// The first half's only message listener in Chromium (main.ts adds none here: each listener is set up
// in the page's world and called on every message). Before the first half is in, a message waits for it.
const answer = (msg: unknown) => (world[ANSWER_KEY] as MessageListener | undefined)?.(msg);
runtime.onMessage.addListener((msg) => (loaded ? answer(msg) : firstHalf.then(() => answer(msg))));
