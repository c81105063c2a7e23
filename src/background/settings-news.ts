/**
 * Tells every tab's content script when the settings change, so that the content script need not
 * listen to `storage` itself: its first touch of `storage` sets up that API in the page's isolated
 * world, some 0.4–0.9 ms of the main thread of every page opened (docs/BENCHMARKS.md, "4 December,
 * morning"), for an event that comes once in a long while. The popup also tells its own tab at once.
 */
import browser from "webextension-polyfill";
import type { ContentRequest } from "../shared/messages.ts";
import { isSettingsChange } from "../shared/store.ts";

/**
 * "settings-changed" to every tab, each frame with our content script (the top frame, and an AMP
 * page in the frame of a search engine's viewer); a tab without it (a browser page) is passed over.
 */
async function tellTabs(): Promise<void> {
  const message: ContentRequest = { type: "settings-changed" };
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map((t) => (t.id === undefined ? null : browser.tabs.sendMessage(t.id, message).catch(() => {}))));
}

export function installSettingsNews(): void {
  browser.storage.onChanged.addListener((changes) => {
    if (isSettingsChange(changes)) void tellTabs().catch((e: unknown) => console.warn("Jernih: could not tell the tabs of new settings:", e));
  });
}
