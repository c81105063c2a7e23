/**
 * Options page entry: builds the browser-facing dependencies of app.ts. Opened from a tab
 * (`index.html?tab=<id>`, as the popup does), it counts what a selector would hide on that tab.
 */
import browser from "webextension-polyfill";
import { CATEGORIES } from "../rules/index.ts";
import type { SelectorCountReply } from "../shared/messages.ts";
import { isSettingsChange } from "../shared/store.ts";
import { mountOptions, type OptionsDeps } from "./app.ts";

const t: OptionsDeps["t"] = (key, subs) => browser.i18n.getMessage(key, subs?.map(String));

/** The categories' own texts exist in en and id; any other browser language reads English. */
function uiLanguage(): string {
  const lang = browser.i18n.getUILanguage().toLowerCase().split(/[-_]/)[0] ?? "en";
  return lang === "id" ? "id" : "en";
}

async function openerTab(): Promise<OptionsDeps["tab"]> {
  const id = Number(new URLSearchParams(location.search).get("tab"));
  if (!Number.isInteger(id) || id < 0 || !new URLSearchParams(location.search).has("tab")) return null;
  let host = "";
  try {
    const tab = await browser.tabs.get(id);
    host = tab.url ? new URL(tab.url).hostname : ""; // settings are per host name, whatever the port
  } catch {
    return null; // the tab is gone
  }
  return {
    host,
    async count(selector) {
      try {
        const reply = (await browser.tabs.sendMessage(id, { type: "selector-count", selector })) as SelectorCountReply | undefined;
        return reply && typeof reply === "object" && "ok" in reply ? reply : null;
      } catch {
        return null; // no content script there (a browser page, or the tab was closed)
      }
    },
  };
}

function download(fileName: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

void (async () => {
  await mountOptions(document, {
    storage: browser.storage,
    t,
    lang: uiLanguage(),
    categories: CATEGORIES,
    tab: await openerTab(),
    download,
    onSettingsChanged(listener) {
      browser.storage.onChanged.addListener((changes) => {
        if (isSettingsChange(changes)) listener();
      });
    },
  });
})();
