/**
 * The live-page hider's half in the background:
 *  - `page-plan`: the page's hiding plan from the settings (rules, compiled phrases, sheets): the
 *    page's main thread neither parses settings nor compiles phrase lists. With `insert`, the sheet
 *    goes in at user origin in the same trip when the person has rules of their own for the page
 *    (see sheetAtStart), but the answer does not wait for it (Firefox finishes an insertCSS only
 *    once the page has loaded, and the plan must not wait for that): should it fail, the page is
 *    told ("sheet-failed") and puts the sheet in itself.
 *  - `hide-css`: puts a stylesheet into the sender's own frame at USER origin (see
 *    src/content/hider.ts for why user origin, and why this API); the sheet it replaces goes.
 *  - `hidden-count`: the toolbar badge of the sender's tab shows how many blocks are hidden there
 *    (its top frame's, or an AMP page's in the frame of a search engine's viewer).
 *    Both browsers clear a tab's badge text when the tab navigates to a new page.
 * The tab and frame always come from the browser's `sender`, never from the message.
 */
import browser, { type Runtime, type Scripting } from "webextension-polyfill";
import { publisherUrl, siteHostOf } from "../core/amp-cache.ts";
import { compileStylesheet, customSelectors, pageSheet } from "../core/hide-plan.ts";
import { isMessage, type BackgroundRequest, type ContentRequest, type HideCssReply, type PagePlanReply } from "../shared/messages.ts";
import { planForPage } from "../shared/page-plan.ts";
import { siteSettingsFor } from "../shared/settings.ts";
import { loadSettings } from "../shared/store.ts";
import { sheetsInStep } from "./sheets.ts";

const BADGE_COLOR = "#0f766e";

function targetOf(sender: Runtime.MessageSender): Scripting.InjectionTarget | null {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return null;
  // documentIds (Chrome) pins the sheet to the document that asked, even if the tab has moved on.
  return sender.documentId ? { tabId, documentIds: [sender.documentId] } : { tabId, frameIds: [sender.frameId ?? 0] };
}

async function hideCss(css: string | null, previous: string | null, sender: Runtime.MessageSender): Promise<HideCssReply> {
  const target = targetOf(sender);
  if (!target) return { ok: false, error: "the request came from no tab" };
  if (css === previous) return { ok: true }; // in place already
  try {
    if (previous) await browser.scripting.removeCSS({ target, css: previous, origin: "USER" });
    if (css) await browser.scripting.insertCSS({ target, css, origin: "USER" });
    return { ok: true };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/** Tells the content script that asked for a plan that its sheet did not go in at user origin. */
async function sheetFailed(css: string, sender: Runtime.MessageSender): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return;
  const message: ContentRequest = { type: "sheet-failed", css };
  await browser.tabs.sendMessage(tabId, message, { frameId: sender.frameId ?? 0 }).catch(() => {});
}

/**
 * Whether the page's sheet goes in at its start. The built-in rules are in every page already, as
 * registered content-script CSS (sheets.ts); only the person's own rules for the site need the sheet
 * from the first paint. A user-origin sheet that arrives while the page loads restyles the whole
 * page once more, some 2–4 ms of its main thread on the corpus pages (docs/BENCHMARKS.md): elsewhere
 * the content script asks for it (hide-css) only if the page's own styles beat the built-in sheets.
 */
function sheetAtStart(customRules: number, keepRules: number, fromAmpCache: boolean): boolean {
  // Just after install or a settings change the registered sheets may not be in place yet; they
  // never go into pages from the AMP cache (sheets.ts: their site is not the cache's host).
  return customRules > 0 || keepRules > 0 || fromAmpCache || !sheetsInStep();
}

/** The page's plan and sheets from the settings (see PagePlanReply), and with `insert` its sheet on its way in. */
async function pagePlan(
  url: string, sheet: "full" | "custom", previous: string | null, insert: boolean, sender: Runtime.MessageSender,
): Promise<PagePlanReply> {
  const { settings } = await loadSettings(browser.storage);
  const publisher = publisherUrl(url);
  // The site's setting: the publisher's for a page from the AMP cache; none for what is not a URL ("").
  const alwaysReader = siteSettingsFor(settings, siteHostOf(url)).alwaysReader;
  const plan = planForPage(settings, url);
  if (!plan) {
    // Switched off for the site: its sheet goes now (the content script touches nothing more).
    if (previous) await hideCss(null, previous, sender);
    return { plan: null, css: null, standDownCss: null, alwaysReader, inserted: false, held: false };
  }
  const custom = customSelectors(plan.selectors);
  // Both sheets spare what the site's keep rules name (from the first paint on, before any marking).
  const standDownCss = custom.length ? compileStylesheet(custom, false, { keep: plan.keep }) : null;
  const atStart = insert && sheetAtStart(custom.length, plan.keep.length, publisher !== null);
  // A full sheet held back is neither written nor sent: the page writes it from the plan if it needs
  // it, and the reply costs every page's main thread by its length (docs/BENCHMARKS.md, "4 December").
  const held = insert && sheet === "full" && !atStart;
  const css = held ? null : sheet === "full" ? pageSheet(plan) : standDownCss;
  const inserted = atStart && css !== null;
  if (inserted) {
    void hideCss(css, previous, sender).then(({ ok }) => (ok ? undefined : sheetFailed(css, sender)));
  }
  return { plan, css, standDownCss, alwaysReader, inserted, held };
}

/** The badge counts the top frame's page, or an AMP page in a viewer's frame (the viewer's own page hides nothing). */
async function setBadge(count: number, sender: Runtime.MessageSender): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || ((sender.frameId ?? 0) !== 0 && publisherUrl(sender.url ?? "") === null)) return;
  const text = count > 0 ? String(Math.min(count, 999)) : "";
  await browser.action.setBadgeText({ tabId, text });
  if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
}

export function installHider(): void {
  browser.runtime.onMessage.addListener((msg: unknown, sender: Runtime.MessageSender) => {
    if (!isMessage(msg)) return undefined;
    const m = msg as BackgroundRequest;
    if (m.type === "hide-css") {
      const css = typeof m.css === "string" ? m.css : null;
      const previous = typeof m.previous === "string" ? m.previous : null;
      return hideCss(css, previous, sender);
    }
    if (m.type === "page-plan") {
      // Only a page's own content script asks (a tab and its frame, from the browser's sender).
      if (sender.id !== browser.runtime.id || !sender.tab) return undefined;
      return pagePlan(m.url, m.sheet, m.previous, m.insert, sender);
    }
    if (m.type === "hidden-count") {
      const count = Number.isInteger(m.count) && m.count >= 0 ? m.count : 0;
      return setBadge(count, sender).then(() => ({ ok: true }), () => ({ ok: false }));
    }
    return undefined; // someone else's message
  });
}
