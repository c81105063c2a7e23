/**
 * The toolbar popup, for the active tab — or for `popup.html?tab=<id>` (tests): what the page is,
 * what Jernih hid there, and the reader view, the site switch, the picker and the settings.
 */
import browser from "webextension-polyfill";
import { CATEGORIES } from "../rules/index.ts";
import type { ContentRequest, PageArticleInfo, PageState } from "../shared/messages.ts";
import { siteHostOf } from "../core/amp-cache.ts";
import { articleFrame, sendToPage, type PageApi } from "../shared/page-features.ts";
import { shownCategories, siteSettingsFor, withShownCategory, withSite, type Settings } from "../shared/settings.ts";
import { loadSettings, updateSettings, type StorageLike } from "../shared/store.ts";
import { uiStrings } from "../ui/i18n.ts";
import { pageAccess } from "./access.ts";
import { renderPopup, type PopupModel } from "./view.ts";

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const tabParam = new URLSearchParams(location.search).get("tab");
/** Opened as a page for tests: stay open after acting. */
const testMode = tabParam !== null && /^\d+$/.test(tabParam);
const storage = browser.storage as unknown as StorageLike;
const { localize, t, uiLanguage } = uiStrings(browser.i18n);

let tabId: number | null = null;
/** The frame of the tab whose page the popup is about: the top one, or an AMP page in a viewer's frame (articleFrame). */
let frame = 0;
let model: PopupModel = { situation: "not-running", info: null, state: null, host: null, siteEnabled: true };

function send<T>(message: ContentRequest, at = frame): Promise<T | null> {
  if (tabId === null) return Promise.resolve(null);
  return sendToPage(browser as unknown as PageApi, tabId, message, at).then(
    (r) => (r ?? null) as T | null,
    () => null,
  );
}

function render() {
  renderPopup(document, model, { t, locale: uiLanguage(), categories: CATEGORIES });
}

function done() {
  if (!testMode) window.close();
}

async function findTab(): Promise<{ id: number | null; url: string | undefined }> {
  if (testMode) {
    const id = Number(tabParam);
    const tab = await browser.tabs.get(id).catch(() => null);
    return { id: tab ? id : null, url: tab?.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { id: tab?.id ?? null, url: tab?.url };
}

async function refresh() {
  const { id, url } = await findTab();
  tabId = id;
  let host: string | null = null;
  try {
    host = url ? new URL(url).hostname || null : null;
  } catch {
    host = null;
  }
  if (pageAccess(url) === "restricted" || id === null) {
    model = { situation: "restricted", info: null, state: null, host: null, siteEnabled: true };
    return render();
  }
  const ask = (at: number) => Promise.all([send<PageArticleInfo>({ type: "article-summary" }, at), send<PageState>({ type: "get-state" }, at)]);
  const settings = loadSettings(storage).catch(() => null);
  let [info, state] = await ask(0);
  // No article on the tab's page (Google's AMP viewer): the popup is about the article in its frame, if any.
  const at = state?.isArticle ? 0 : await articleFrame(browser as unknown as PageApi, id, state);
  if (at !== 0) {
    [info, state] = await ask(at);
    // An AMP page in a viewer's frame is its publisher's: the site switches act on the publisher's site.
    if (state?.url) host = siteHostOf(state.url) || null;
  }
  frame = at;
  const loaded = await settings;
  if (!host && state?.url) host = new URL(state.url).hostname;
  const running = info !== null || state !== null;
  // An unknown URL (no permission to see it) with no content script answering: a page we cannot touch.
  const situation = running ? "ready" : pageAccess(url) === "unknown" ? "restricted" : "not-running";
  const siteEnabled = loaded && host ? siteSettingsFor(loaded.settings, host).enabled : true;
  const shown = loaded && host ? [...shownCategories(loaded.settings, host)] : [];
  model = { situation, info: running ? info : null, state, host, siteEnabled, shown };
  render();
}

/** Saves a change of this site's settings, tells the page at once (other tabs follow storage), and shows the outcome. */
function changeSite(change: (s: Settings) => Settings): Promise<void> {
  return updateSettings(storage, change)
    .then(() => send({ type: "settings-changed" }))
    .catch(() => {
      $("notice").textContent = t("popup_save_failed", "Jernih could not save this change.");
      $("notice").hidden = false;
    })
    .then(refresh);
}

function wire() {
  $("reader").addEventListener("click", () => {
    void send({ type: "reader-toggle", ...(frame ? { frame } : {}) }).then(() => (testMode ? refresh() : done()));
  });
  $("reload").addEventListener("click", () => {
    if (tabId !== null) void browser.tabs.reload(tabId).then(done);
  });
  $("reveal").addEventListener("change", () => {
    const reveal = $<HTMLInputElement>("reveal").checked;
    void send({ type: "reveal", reveal }).then(refresh);
  });
  $("site-enabled").addEventListener("change", () => {
    const host = model.host;
    if (!host) return;
    const enabled = $<HTMLInputElement>("site-enabled").checked;
    void changeSite((s) => withSite(s, host, { enabled }));
  });
  // "Show on this site" / "Hide again on this site", one per category of the hidden list.
  $("hidden-list").addEventListener("click", (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>("button[data-category]");
    const host = model.host;
    if (!button || !host) return;
    const id = button.dataset.category!;
    const show = button.dataset.show === "true";
    button.disabled = true;
    // The list is drawn again: keep the keyboard on the same category's button.
    void changeSite((s) => withShownCategory(s, host, id, show)).then(() => {
      Array.from(document.querySelectorAll<HTMLButtonElement>("#hidden-list button[data-category]")).find((b) => b.dataset.category === id)?.focus();
    });
  });
  $("picker").addEventListener("click", () => {
    void send({ type: "start-picker" }).then(done);
  });
  $("options").addEventListener("click", (e) => {
    e.preventDefault();
    // With the tab in the address the options page counts a selector's matches on it and proposes
    // its site; Firefox records no opener tab for runtime.openOptionsPage, so say it explicitly.
    const open = tabId !== null && model.situation === "ready"
      ? browser.tabs.create({ url: browser.runtime.getURL(`src/options/index.html?tab=${tabId}`) })
      : browser.runtime.openOptionsPage();
    void open.then(done);
  });
}

localize(document);
wire();
void refresh();
