// @vitest-environment jsdom
/**
 * src/ui/i18n.ts: the popup's and the reader's strings, with the extension's i18n API passed in
 * (src/ui imports no extension API). Here the API is a stand-in reading _locales/id.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { uiStrings, type I18nApi } from "../../src/ui/i18n.ts";

const root = resolve(import.meta.dirname, "../..");
const indonesian: Record<string, { message: string }> = JSON.parse(readFileSync(resolve(root, "_locales/id/messages.json"), "utf8"));

/** browser.i18n in an Indonesian browser: "" for a key it does not know, as the real one answers. */
const idApi: I18nApi = {
  getMessage: (key, subs = []) => (indonesian[key]?.message ?? "").replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? ""),
  getUILanguage: () => "id",
};

describe("uiStrings", () => {
  it("translates the popup's own page into the browser's language, and says which language it is in", () => {
    document.documentElement.innerHTML = readFileSync(resolve(root, "src/popup/index.html"), "utf8");
    uiStrings(idApi).localize(document);
    expect(document.documentElement.lang).toBe("id");
    const reader = document.querySelector<HTMLElement>('[data-i18n="popup_reader"]')!;
    expect(reader.textContent).toBe(indonesian.popup_reader!.message);
    expect(reader.textContent).not.toBe("Reader view");
  });

  it("keeps the English text where a key has no translation or the API refuses it, with $1 filled in", () => {
    const { t } = uiStrings(idApi);
    expect(t("reader_page_n", "Page $1", ["2"])).toBe("Halaman 2");
    expect(t("no_such_key", "Page $1 of $2", ["2", "3"])).toBe("Page 2 of 3");
    const refusing = uiStrings({ getMessage: () => { throw new Error("bad key"); }, getUILanguage: () => { throw new Error("gone"); } });
    expect(refusing.t("popup_reader", "Reader view")).toBe("Reader view");
    expect(refusing.uiLanguage()).toBe(navigator.language || "en");
  });
});
