/**
 * The one way Jernih translates a string: through the extension's i18n API (the browser's UI
 * language: English or Indonesian). Every part uses it — popup, reader, options, picker, the content
 * script and the background; no other module calls `getMessage` (tests/unit/i18n-scan.test.ts).
 * The caller passes the API in (`uiStrings(browser.i18n)`): src/ui stays free of extension imports.
 * Each call carries its English text, so a missing or refused key never shows up blank. Each page's
 * HTML carries the English text; `localize` swaps in the translation for elements marked with
 * data-i18n (text), data-i18n-aria-label and data-i18n-title.
 */

/** Looks a UI string up (browser.i18n in the extension); `fallback` is the English text. */
export type Translate = (key: string, fallback: string, subs?: string[]) => string;

/** The parts of `browser.i18n` used here. */
export interface I18nApi {
  getMessage(key: string, subs?: string[]): string;
  getUILanguage(): string;
}

export interface UiStrings {
  t: Translate;
  uiLanguage: () => string;
  localize: (root: Document) => void;
}

/** Swaps translations into the marked elements of `root`; the HTML's own English stays where a key has none. */
export function localizeWith(root: ParentNode, t: Translate): void {
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

export function uiStrings(i18n: I18nApi): UiStrings {
  const t: Translate = (key, fallback, subs) => {
    let msg = "";
    try {
      msg = i18n.getMessage(key, subs);
    } catch {
      /* a key with characters i18n refuses: use the English text */
    }
    if (msg) return msg;
    return (subs ?? []).reduce((s, sub, i) => s.replaceAll(`$${i + 1}`, sub), fallback);
  };

  const uiLanguage = (): string => {
    try {
      return i18n.getUILanguage() || navigator.language || "en";
    } catch {
      return navigator.language || "en";
    }
  };

  const localize = (root: Document): void => {
    root.documentElement.lang = uiLanguage();
    localizeWith(root, t);
  };
  return { t, uiLanguage, localize };
}
