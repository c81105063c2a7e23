/**
 * Content script, at document_start on every http(s) page (top frame only: clutter inside ad
 * iframes is the iframe's business). It starts the live-page hider and answers the popup.
 * Other features of the content script (reader overlay, element picker) add their own modules here.
 */
import browser from "webextension-polyfill";
import { isMessage, type ContentRequest } from "../shared/messages.ts";
import { isSettingsChange } from "../shared/store.ts";
import { Hider } from "./hider.ts";
import { installPicker } from "./picker/index.ts";
import { installReaderToggle } from "./reader-toggle.ts";

const hider = new Hider();
const started = hider.start().catch((e: unknown) => {
  // A broken hider must never break the page: say why in the console and do nothing.
  console.warn("Jernih: the hider did not start:", e);
});

let reloading: Promise<unknown> | null = null;
/** Settings changes arrive twice (the message and storage.onChanged): one reload serves both. */
function reload() {
  reloading ??= started.then(() => hider.reload()).finally(() => (reloading = null));
  return reloading;
}

browser.runtime.onMessage.addListener((msg: unknown) => {
  if (!isMessage(msg)) return undefined;
  const m = msg as ContentRequest;
  switch (m.type) {
    case "get-state":
      return started.then(() => hider.state());
    case "reveal":
      return started.then(() => hider.reveal(m.reveal === true));
    case "settings-changed":
      return reload();
    default:
      return undefined; // someone else's message: let their listener answer
  }
});

browser.storage.onChanged.addListener((changes) => {
  if (isSettingsChange(changes)) void reload();
});

installPicker(); // the element picker ("Hide an element…") and the options page's selector count
installReaderToggle(); // the reader view overlay: toggle, its article, the popup's summary
