/**
 * The reader view's half in the background: the keyboard command and the page's context menu
 * toggle the reader in their tab, and the reader frame's requests (its article, "close me") are
 * relayed to the content script of the frame's own tab — the tab the browser says sent them.
 *
 * Firefox for Android has neither context menus nor keyboard commands (the namespaces are absent):
 * there both are skipped on purpose, and the popup's reader button, which toggles the same way, is
 * the way to the reader.
 */
import browser, { type Commands, type Menus, type Runtime, type Tabs } from "webextension-polyfill";
import { isMessage, type ReaderPayload } from "../shared/messages.ts";
import { publisherUrl } from "../core/amp-cache.ts";
import { articleFrame, sendToPage, type PageApi } from "../shared/page-features.ts";
import { uiStrings } from "../ui/i18n.ts";

export const READER_COMMAND = "toggle-reader";
export const READER_MENU_ID = "jernih-reader-toggle";

const { t } = uiStrings(browser.i18n);
const pageApi = browser as unknown as PageApi;

/**
 * Toggles the reader in a tab (over the page of its frame `frame`, else of its top frame); false when
 * no content script answers (a browser page, the store, a frame Jernih does not run in).
 */
export async function toggleReaderIn(tabId: number, open?: boolean, frame = 0): Promise<boolean> {
  try {
    await sendToPage(pageApi, tabId, { type: "reader-toggle", ...(open === undefined ? {} : { open }), ...(frame ? { frame } : {}) }, frame);
    return true;
  } catch {
    return false;
  }
}

async function activeTab(): Promise<Tabs.Tab | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** The browser's context menus and keyboard commands, or undefined where it has none (Android). */
const contextMenus = (): Menus.Static | undefined => (browser as { contextMenus?: Menus.Static }).contextMenus;
const commands = (): Commands.Static | undefined => (browser as { commands?: Commands.Static }).commands;

function createMenu() {
  const menus = contextMenus();
  if (!menus) return;
  // Recreated on every start: removeAll first, so a second create cannot fail on a duplicate id.
  void menus
    .removeAll()
    .then(() =>
      menus.create({
        id: READER_MENU_ID,
        title: t("reader_menu", "Reader view"),
        contexts: ["page"],
        documentUrlPatterns: ["http://*/*", "https://*/*"],
      }),
    )
    .catch(() => {});
}

/**
 * Our reader page (sender.id has said the sender is this extension). By path: in Chrome the framed
 * page has a dynamic origin (manifest `use_dynamic_url`, so pages cannot probe for Jernih by its
 * fixed id), which is not the origin `runtime.getURL` gives here.
 */
function isReaderPage(url: string | undefined): boolean {
  try {
    const u = new URL(url ?? "");
    return (u.protocol === "chrome-extension:" || u.protocol === "moz-extension:") && u.pathname === "/src/reader/index.html";
  } catch {
    return false;
  }
}

function relay(message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  if (sender.id !== browser.runtime.id || !isMessage(message)) return undefined;
  if (message.type === "reader-auto-open") return autoOpen(sender);
  if (message.type !== "reader-load" && message.type !== "reader-close") return undefined;
  // Only the reader page itself, framed in a tab, asks this.
  const tabId = sender.tab?.id;
  if (!isReaderPage(sender.url) || tabId === undefined) return undefined;
  // The reader is framed over the page of the tab's frame `frame` (its top frame when absent).
  const frame = message.frame ?? 0;
  if (message.type === "reader-close") return toggleReaderIn(tabId, false, frame);
  return sendToPage<ReaderPayload>(pageApi, tabId, { type: "reader-article" }, frame)
    .catch((): ReaderPayload => ({ article: null, error: t("reader_no_answer", "The page did not answer. Reload it and open the reader view again.") }));
}

/** A page of a site set to "always open the reader view" asks for it: its own top frame only. */
function autoOpen(sender: Runtime.MessageSender): Promise<unknown> | undefined {
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.frameId !== 0 || !/^https?:/.test(sender.url ?? "")) return undefined;
  return sendToPage(pageApi, tabId, { type: "reader-toggle", open: true, auto: true }).catch(() => ({ open: false }));
}

export function installReader(): void {
  browser.runtime.onMessage.addListener(relay);
  commands()?.onCommand.addListener((command: string, tab?: Tabs.Tab) => {
    if (command !== READER_COMMAND) return;
    void (async () => {
      const id = tab?.id ?? (await activeTab())?.id;
      if (id !== undefined) await toggleReaderIn(id, undefined, await articleFrame(pageApi, id));
    })();
  });
  contextMenus()?.onClicked.addListener((info: Menus.OnClickData, tab?: Tabs.Tab) => {
    if (info.menuItemId !== READER_MENU_ID || tab?.id === undefined) return;
    // Opened in an AMP page in a viewer's frame: the reader goes over that page; in any other frame (an ad's), over the tab's page.
    const frame = info.frameId && publisherUrl(info.frameUrl ?? "") !== null ? info.frameId : 0;
    void toggleReaderIn(tab.id, undefined, frame);
  });
  browser.runtime.onInstalled.addListener(createMenu);
  browser.runtime.onStartup?.addListener(createMenu);
}
