/**
 * The content script's door to the picker: src/content/main.ts calls `installPicker()`, whose own
 * message listener answers the two messages the picker owns:
 *  - start-picker (the popup's "Hide an element…"): starts the picker on this page;
 *  - selector-count (the options page opened from this tab): how many elements a selector matches.
 */
import browser from "webextension-polyfill";
import { CATEGORIES } from "../../rules/index.ts";
import { isProtected } from "../../core/hide-match.ts";
import { siteHostOf } from "../../core/amp-cache.ts";
import type { SelectorCountReply } from "../../shared/messages.ts";
import { ANSWER_KEY } from "../../shared/page-features.ts";
import { checkRule } from "../../shared/settings.ts";
import { uiStrings } from "../../ui/i18n.ts";
import { countMatches } from "./selector.ts";
import { startPicker } from "./picker.ts";

export type PickerMessage = { type: "start-picker" } | { type: "selector-count"; selector: string };

/** The category names' language: the rules name categories in Indonesian and English. */
function categoryLanguage(uiLanguage: string): string {
  return uiLanguage.toLowerCase().startsWith("id") ? "id" : "en";
}

export function selectorCount(selector: unknown, doc: Document = document): SelectorCountReply {
  // An AMP page in a viewer's frame is its publisher's (src/core/amp-cache.ts).
  const host = siteHostOf(doc.location?.href ?? "");
  const check = checkRule("selector", typeof selector === "string" ? selector : "", doc);
  if (!check.ok) return { ok: false, error: check.message, host };
  const count = countMatches(doc, check.value);
  return count === null ? { ok: false, error: "Not a valid CSS selector.", host } : { ok: true, count, host };
}

export function handlePickerMessage(message: PickerMessage): Promise<unknown> {
  if (message.type === "selector-count") return Promise.resolve(selectorCount(message.selector));
  const { t, uiLanguage } = uiStrings(browser.i18n);
  startPicker({
    storage: browser.storage,
    t,
    lang: categoryLanguage(uiLanguage()),
    categories: CATEGORIES,
    isProtected,
    settingsSaved: tellHider,
  });
  return Promise.resolve({ ok: true });
}

/** The first half's hider, in this same isolated world, reloads its settings as on the background's news. */
function tellHider(): void {
  const answer = (globalThis as Record<string, unknown>)[ANSWER_KEY];
  if (typeof answer === "function") void Promise.resolve(answer({ type: "settings-changed" })).catch(() => {});
}

/** Answers the picker's messages with a listener of its own (main.ts's handler leaves them to us). */
export function installPicker(): void {
  browser.runtime.onMessage.addListener((msg: unknown) => {
    const type = typeof msg === "object" && msg !== null ? (msg as { type?: unknown }).type : undefined;
    if (type !== "start-picker" && type !== "selector-count") return undefined;
    return handlePickerMessage(msg as PickerMessage);
  });
}
