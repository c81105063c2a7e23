/**
 * UI strings through browser.i18n (the browser's UI language: English or Indonesian). Each page's
 * HTML carries the English text; `localize` swaps in the translation for elements marked with
 * data-i18n (text), data-i18n-aria-label and data-i18n-title. Used by the reader and the popup.
 */
import browser from "webextension-polyfill";
import type { Translate } from "../reader/render.ts";

export const t: Translate = (key, fallback, subs) => {
  let msg = "";
  try {
    msg = browser.i18n.getMessage(key, subs);
  } catch {
    /* a key with characters i18n refuses: use the English text */
  }
  if (msg) return msg;
  return (subs ?? []).reduce((s, sub, i) => s.replaceAll(`$${i + 1}`, sub), fallback);
};

export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || navigator.language || "en";
  } catch {
    return navigator.language || "en";
  }
}

export function localize(root: Document): void {
  root.documentElement.lang = uiLanguage();
  for (const el of Array.from(root.querySelectorAll<HTMLElement>("[data-i18n]"))) {
    el.textContent = t(el.dataset.i18n ?? "", el.textContent ?? "");
  }
  for (const el of Array.from(root.querySelectorAll<HTMLElement>("[data-i18n-aria-label]"))) {
    el.setAttribute("aria-label", t(el.dataset.i18nAriaLabel ?? "", el.getAttribute("aria-label") ?? ""));
  }
  for (const el of Array.from(root.querySelectorAll<HTMLElement>("[data-i18n-title]"))) {
    el.title = t(el.dataset.i18nTitle ?? "", el.title);
  }
}
