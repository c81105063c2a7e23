/**
 * Content script, at document_start on every http(s) page (top frame only: clutter inside ad
 * iframes is the iframe's business), and in every frame from the AMP cache (an article in a search
 * engine's AMP viewer: src/core/amp-cache.ts). It starts the live-page hider and answers the popup about it.
 * Firefox runs it as the content script; in Chromium, loader.ts imports it as a module a moment
 * later, so that it is compiled off the page's main thread.
 *
 * Kept small on purpose: it is loaded, parsed and run on every page the reader opens. The reader
 * view and the element picker (Readability and all) are the second half, src/content/features.ts,
 * which an extension page puts into the tab when first asked for one of them
 * (src/shared/page-features.ts). The one thing that asks for it from here: a site set to
 * "always open the reader view".
 */
// Not webextension-polyfill: the browser's own API, `chrome` adapted where there is no `browser` (browser-api.ts).
import { runtime } from "./browser-api.ts";
import { detectArticle } from "../core/detect.ts";
import { isMessage, type ContentRequest } from "../shared/messages.ts";
import { ANSWER_KEY, PAGE_FLAG, PLAN_KEY } from "../shared/page-features.ts";
import { runsInTurn } from "../shared/runs-in-turn.ts";
import { Hider } from "./hider.ts";

const world = globalThis as Record<string, unknown>;
// For the loader of the second half: this page has Jernih's first half.
world[PAGE_FLAG] = true;
// Chromium's loader asked for the page's plan already (see PLAN_KEY); Firefox asks here.
const sent = world[PLAN_KEY] as Promise<unknown> | undefined;
delete world[PLAN_KEY];

const hider = new Hider();
const started = hider.start(sent).catch((e: unknown) => {
  // A broken hider must never break the page: say why in the console and do nothing.
  console.warn("Jernih: the hider did not start:", e);
  return null;
});
// Not part of `started`: the popup's questions must not wait for the page to finish parsing.
void started.then((decisions) => (decisions ? openReaderIfAlways(decisions) : undefined));

/**
 * A settings change comes as a message from the background (every tab) and from the popup (its own
 * tab), often both at once: messages that come before a reload starts share it, and one that comes
 * while a reload runs gets a reload after it (a second change made quickly, which the running reload
 * may have asked too early to see). Not storage.onChanged: see background/settings-news.ts.
 */
const reload = runsInTurn(() => started.then(() => hider.reload()));

/** The first half's answer to a message; undefined: not its own (the second half's, or someone else's). */
function answer(msg: unknown): Promise<unknown> | undefined {
  if (!isMessage(msg)) return undefined;
  const m = msg as ContentRequest;
  switch (m.type) {
    case "get-state":
      return started.then(() => hider.settledState());
    case "reveal":
      return started.then(() => hider.reveal(m.reveal === true));
    case "settings-changed":
      return reload();
    case "sheet-failed":
      return hider.sheetFailed(m.css);
    default:
      return undefined; // the second half's message (or someone else's): let its listener answer
  }
}
world[ANSWER_KEY] = answer;
// Chromium's loader (it sent the plan's request) listens for us and passes messages on; Firefox runs this script itself.
if (!sent) runtime.onMessage.addListener(answer);

/**
 * Sites set to "always open the reader view" (options page): once the page is parsed and looks like
 * an article, the background loads the second half and opens the reader — which stays closed if
 * no article can be extracted after all.
 */
async function openReaderIfAlways({ alwaysReader }: { alwaysReader: boolean }): Promise<void> {
  if (!alwaysReader) return;
  if (document.readyState === "loading") {
    await new Promise((ok) => document.addEventListener("DOMContentLoaded", ok, { once: true }));
  }
  if (!hider.isArticle && !detectArticle(document).isArticle) return;
  await runtime.sendMessage({ type: "reader-auto-open" }).catch(() => {});
}
