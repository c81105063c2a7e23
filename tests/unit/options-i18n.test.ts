// @vitest-environment jsdom
/**
 * The options page through the one i18n module (src/ui/i18n.ts), as main.ts wires it: in an
 * Indonesian browser every text, built in code or in the HTML, is the Indonesian one (placeholders
 * filled); where the browser has no message for a key, the English text shows, never a blank.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { mountOptions } from "../../src/options/app.ts";
import { CATEGORIES } from "../../src/rules/index.ts";
import type { StorageAreaLike } from "../../src/shared/store.ts";
import { uiStrings, type I18nApi } from "../../src/ui/i18n.ts";

const root = resolve(import.meta.dirname, "../..");
const html = readFileSync(resolve(root, "src/options/index.html"), "utf8");
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const id: Messages = JSON.parse(readFileSync(resolve(root, "_locales/id/messages.json"), "utf8"));

/** browser.i18n.getMessage in an Indonesian browser: named placeholders, then $1…$9; "" for an unknown key. */
const idApi: I18nApi = {
  getMessage(key, subs = []) {
    const m = id[key];
    if (!m) return "";
    const named = m.message.replace(/\$(\w+)\$/g, (_, name: string) => m.placeholders?.[name.toLowerCase()]?.content ?? "");
    return named.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? "");
  },
  getUILanguage: () => "id",
};
/** A browser that has no message for any key. */
const blankApi: I18nApi = { getMessage: () => "", getUILanguage: () => "en" };

class MemoryArea implements StorageAreaLike {
  data: Record<string, unknown> = {};
  async get(key?: string | string[] | null) {
    const keys = key == null ? Object.keys(this.data) : Array.isArray(key) ? key : [key];
    return Object.fromEntries(keys.filter((k) => k in this.data).map((k) => [k, structuredClone(this.data[k])]));
  }
  async set(items: Record<string, unknown>) {
    Object.assign(this.data, structuredClone(items));
  }
  async remove(keys: string | string[]) {
    for (const k of Array.isArray(keys) ? keys : [keys]) delete this.data[k];
  }
}

const $ = <T extends HTMLElement>(sel: string) => document.querySelector(sel) as T;
const flush = () => new Promise((r) => setTimeout(r, 0));

async function mount(api: I18nApi, lang: string) {
  document.documentElement.innerHTML = html.replace(/^<!doctype html>/i, "");
  await mountOptions(document, {
    storage: { sync: new MemoryArea(), local: new MemoryArea() }, t: uiStrings(api).t, lang, categories: CATEGORIES,
    tab: null, download: () => {}, onSettingsChanged: () => {},
  });
}

/** Types into a field as a user does. */
function type(sel: string, text: string) {
  const input = $<HTMLInputElement>(sel);
  input.value = text;
  input.dispatchEvent(new Event("input", { bubbles: true }));
}

/** Adds a site through the "Add site" form; its card appears. */
function addSite(name: string) {
  type("#site-name", name);
  $("#site-form").dispatchEvent(new Event("submit", { cancelable: true, bubbles: true }));
}

describe("the options page's strings", () => {
  beforeEach(() => {
    document.documentElement.innerHTML = "";
  });

  it("are Indonesian in an Indonesian browser, in the HTML and in what the page builds", async () => {
    await mount(idApi, "id");
    expect($("h1").textContent).toBe(id.options_heading!.message);
    expect($('#rule-kind option[value="phrase"]').textContent).toBe(id.options_kindPhrase!.message);
    expect($("#rules").textContent).toBe(id.options_noRules!.message);
    type("#rule-value", "div[");
    expect($("#rule-value-msg").textContent).toBe(id.options_checkInvalidSelector!.message);
    addSite("detik.com");
    const card = $('[data-site="detik.com"]');
    expect(card.textContent).toContain(id.options_siteEnabled!.message);
    // A placeholder filled through the real path ($SITE$ → $1 → the site).
    const forget = card.querySelector<HTMLElement>('[data-key="forget-detik.com"]')!;
    expect(forget.getAttribute("aria-label")).toContain("detik.com");
    expect(forget.getAttribute("aria-label")).toBe(idApi.getMessage("options_forgetSiteLabel", ["detik.com"]));
    $<HTMLInputElement>(`#cat-${CATEGORIES[0]!.id}`).click();
    await flush();
    expect($("#status").textContent).toBe(id.options_saved!.message);
  });

  it("are English where the browser has no message, never blank", async () => {
    await mount(blankApi, "en");
    expect($("h1").textContent).toBe("Jernih settings");
    expect($("#rules").textContent).toBe("No rules yet.");
    const c = CATEGORIES[0]!;
    expect($(`#cat-${c.id}-ex`).textContent).toBe(`Example: ${c.example.en}`);
    type("#rule-value", "div[");
    expect($("#rule-value-msg").textContent).toBe("Not a valid CSS selector.");
    addSite("detik.com");
    expect($('[data-key="forget-detik.com"]').getAttribute("aria-label")).toBe("Forget this site: detik.com (its choices and rules)");
    $<HTMLInputElement>(`#cat-${c.id}`).click();
    await flush();
    expect($("#status").textContent).toBe("Saved.");
  });
});
