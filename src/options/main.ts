/**
 * Options page entry: builds the browser-facing dependencies of app.ts. Opened from a tab
 * (`index.html?tab=<id>`, or a tab the browser names as its opener), it counts what a selector
 * would hide on that tab and proposes that tab's site for new rules.
 */
import browser from "webextension-polyfill";
import { CATEGORIES } from "../rules/index.ts";
import { siteHostOf } from "../core/amp-cache.ts";
import type { PageState, SelectorCountReply } from "../shared/messages.ts";
import { articleFrame, sendToPage, type PageApi } from "../shared/page-features.ts";
import { isSettingsChange } from "../shared/store.ts";
import { uiStrings } from "../ui/i18n.ts";
import { mountOptions, type OptionsDeps } from "./app.ts";

const strings = uiStrings(browser.i18n);
const pageApi = browser as unknown as PageApi;

/** The categories' own texts exist in en and id; any other browser language reads English. */
function categoryLanguage(): string {
  const lang = strings.uiLanguage().toLowerCase().split(/[-_]/)[0] ?? "en";
  return lang === "id" ? "id" : "en";
}

/** `?tab=<id>`, or else the tab this one was opened from (runtime.openOptionsPage may record it). */
async function openerTabId(): Promise<number | null> {
  const params = new URLSearchParams(location.search);
  if (params.has("tab")) {
    const id = Number(params.get("tab"));
    return Number.isInteger(id) && id >= 0 ? id : null;
  }
  try {
    return (await browser.tabs.getCurrent())?.openerTabId ?? null;
  } catch {
    return null;
  }
}

async function openerTab(): Promise<OptionsDeps["tab"]> {
  const id = await openerTabId();
  if (id === null) return null;
  let host = "";
  try {
    const tab = await browser.tabs.get(id);
    const url = new URL(tab.url ?? "");
    if (url.protocol !== "http:" && url.protocol !== "https:") return null; // no content script there
    host = url.hostname; // settings are per host name, whatever the port
  } catch {
    return null; // the tab is gone, or its URL is not ours to see
  }
  // An article in a frame of Google's AMP viewer: counted there, proposed for its publisher's site.
  const frame = await articleFrame(pageApi, id);
  if (frame !== 0) {
    const state = await sendToPage<PageState | undefined>(pageApi, id, { type: "get-state" }, frame).catch(() => undefined);
    if (state?.url) host = siteHostOf(state.url) || host;
  }
  return {
    host,
    async count(selector) {
      try {
        const reply = await sendToPage<SelectorCountReply | undefined>(pageApi, id, { type: "selector-count", selector }, frame);
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
    t: strings.t,
    lang: categoryLanguage(),
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
