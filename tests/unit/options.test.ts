// @vitest-environment jsdom
/**
 * The options page's behaviour on jsdom: its own HTML, app.ts, a fake storage and English
 * strings from _locales. The built page in real browsers is tested in tests/e2e/options.test.ts.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { mountOptions, parseSiteInput, type OptionsDeps } from "../../src/options/app.ts";
import { CATEGORIES } from "../../src/rules/index.ts";
import { SETTINGS_KEY, type StorageAreaLike } from "../../src/shared/store.ts";
import { defaultSettings, SETTINGS_VERSION, type Settings } from "../../src/shared/settings.ts";

const root = resolve(import.meta.dirname, "../..");
const html = readFileSync(resolve(root, "src/options/index.html"), "utf8");
const messages: Record<string, { message: string; placeholders?: Record<string, { content: string }> }> =
  JSON.parse(readFileSync(resolve(root, "_locales/en/messages.json"), "utf8"));

/** browser.i18n.getMessage's substitution rules, enough for our strings. */
const t: OptionsDeps["t"] = (key, _fallback, subs = []) => {
  const m = messages[key];
  if (!m) return "";
  return m.message.replace(/\$([A-Z_]+)\$/g, (_, name: string) => {
    const content = m.placeholders?.[name.toLowerCase()]?.content ?? "";
    return content.replace(/\$(\d)/, (_x, n: string) => String(subs[Number(n) - 1] ?? ""));
  });
};

class FakeArea implements StorageAreaLike {
  data: Record<string, unknown> = {};
  constructor(private limit = Infinity) {}
  async get(key?: string | string[] | null) {
    const keys = key == null ? Object.keys(this.data) : Array.isArray(key) ? key : [key];
    return Object.fromEntries(keys.filter((k) => k in this.data).map((k) => [k, structuredClone(this.data[k])]));
  }
  async set(items: Record<string, unknown>) {
    if (JSON.stringify(items).length > this.limit) throw new Error("QUOTA_BYTES_PER_ITEM quota exceeded");
    Object.assign(this.data, structuredClone(items));
  }
  async remove(keys: string | string[]) {
    for (const k of Array.isArray(keys) ? keys : [keys]) delete this.data[k];
  }
}

let sync: FakeArea;
let local: FakeArea;
let downloads: { name: string; text: string }[];

async function mount(over: Partial<OptionsDeps> = {}) {
  document.documentElement.innerHTML = html.replace(/^<!doctype html>/i, "");
  const ctl = await mountOptions(document, {
    storage: { sync, local }, t, lang: "en", categories: CATEGORIES, tab: null,
    download: (name, text) => downloads.push({ name, text }), onSettingsChanged: () => {}, ...over,
  });
  return ctl;
}

const flush = () => new Promise((r) => setTimeout(r, 0));
const $ = <T extends HTMLElement>(sel: string) => document.querySelector(sel) as T;
function type(input: HTMLInputElement, text: string) {
  input.value = text;
  input.dispatchEvent(new Event("input", { bubbles: true }));
}
function submit(id: string) {
  $(`#${id}`).dispatchEvent(new Event("submit", { cancelable: true, bubbles: true }));
}
function stored(): Settings {
  return (local.data[SETTINGS_KEY] ?? sync.data[SETTINGS_KEY]) as Settings;
}
async function importText(text: string) {
  const input = $<HTMLInputElement>("#import-file");
  Object.defineProperty(input, "files", { configurable: true, value: [new File([text], "s.json", { type: "application/json" })] });
  input.dispatchEvent(new Event("change"));
  for (let i = 0; i < 5; i++) await flush();
}

beforeEach(() => {
  sync = new FakeArea();
  local = new FakeArea();
  downloads = [];
});

describe("options page", () => {
  it("shows one switch per category of categories.json, in the UI language, with description and example", async () => {
    await mount();
    const switches = [...document.querySelectorAll<HTMLInputElement>("#categories input[role=switch]")];
    expect(switches.map((s) => s.dataset.category)).toEqual(CATEGORIES.map((c) => c.id));
    for (const c of CATEGORIES) {
      const box = $<HTMLInputElement>(`#cat-${c.id}`);
      expect(box.checked).toBe(c.default);
      expect(document.querySelector(`label[for=cat-${c.id}]`)!.textContent).toBe(c.name.en);
      expect(box.closest("li")!.textContent).toContain(c.example.en);
    }
    expect(document.querySelector("h1")!.textContent).toBe(messages.options_heading!.message);
  });

  it("Indonesian UI shows the Indonesian category texts", async () => {
    await mount({ lang: "id" });
    const c = CATEGORIES[0]!;
    expect(document.querySelector(`label[for=cat-${c.id}]`)!.textContent).toBe(c.name.id);
    expect(document.documentElement.lang).toBe("id");
  });

  it("a switch saves at once to sync", async () => {
    await mount();
    const c = CATEGORIES[0]!;
    const box = $<HTMLInputElement>(`#cat-${c.id}`);
    box.click();
    await flush();
    expect(stored().categories[c.id]).toBe(!c.default);
    expect($("#status").textContent).toBe("Saved.");
  });

  it("an invalid selector shows a message next to it and is not saved", async () => {
    await mount();
    const value = $<HTMLInputElement>("#rule-value");
    type(value, "div[");
    expect($("#rule-value-msg").textContent).toBe("Not a valid CSS selector.");
    expect(value.getAttribute("aria-invalid")).toBe("true");
    submit("rule-form");
    await flush();
    expect(sync.data[SETTINGS_KEY]).toBeUndefined();
    type(value, ".baca-juga");
    expect($("#rule-value-msg").textContent).toBe("");
    expect(value.hasAttribute("aria-invalid")).toBe(false);
  });

  it("an empty phrase gets a message; a valid phrase for one site is saved and listed under that site", async () => {
    await mount();
    $<HTMLSelectElement>("#rule-kind").value = "phrase";
    submit("rule-form");
    await flush();
    expect($("#rule-value-msg").textContent).toBe(messages.options_checkEmptyPhrase!.message);
    type($<HTMLInputElement>("#rule-value"), "Simak juga");
    type($<HTMLInputElement>("#rule-site"), "https://www.Detik.com/berita/1");
    $<HTMLSelectElement>("#rule-category").value = "related";
    submit("rule-form");
    await flush();
    expect(stored().customRules).toEqual([expect.objectContaining({ kind: "phrase", value: "Simak juga", site: "detik.com", category: "related" })]);
    expect($("[data-site='detik.com'] [data-rule-id] code").textContent).toBe("Simak juga");
    expect($<HTMLInputElement>("#rule-value").value).toBe("");
  });

  it("a bad site name is refused", async () => {
    await mount();
    type($<HTMLInputElement>("#rule-value"), ".x");
    type($<HTMLInputElement>("#rule-site"), "not a site!");
    expect($("#rule-site-msg").textContent).toBe(messages.options_checkBadSite!.message);
    submit("rule-form");
    await flush();
    expect(sync.data[SETTINGS_KEY]).toBeUndefined();
  });

  it("opened from a tab: counts what a valid selector would hide there, and proposes that site", async () => {
    const asked: string[] = [];
    const ctl = await mount({
      tab: { host: "www.kompas.com", count: async (sel) => (asked.push(sel), { ok: true, count: 3, host: "www.kompas.com" }) },
    });
    expect($<HTMLInputElement>("#rule-site").value).toBe("kompas.com");
    type($<HTMLInputElement>("#rule-value"), ".promo");
    await ctl.idle();
    expect(asked).toEqual([".promo"]);
    expect($("#rule-value-msg").textContent).toBe("Would hide 3 element(s) on www.kompas.com.");
    type($<HTMLInputElement>("#rule-value"), "div[");
    await ctl.idle();
    expect(asked).toEqual([".promo"]); // invalid selectors never reach the page
  });

  it("per-site switches, removing a rule and forgetting a site", async () => {
    sync.data[SETTINGS_KEY] = {
      ...defaultSettings(),
      customRules: [
        { id: "a", kind: "selector", value: ".ad", category: "promo", site: "tempo.co" },
        { id: "b", kind: "selector", value: ".share", category: "social", site: null },
      ],
    };
    await mount();
    $<HTMLInputElement>("[data-site-enabled='tempo.co']").click();
    await flush();
    expect(stored().sites["tempo.co"]).toEqual({ enabled: false, alwaysReader: false });
    $<HTMLInputElement>("[data-site-reader='tempo.co']").click();
    await flush();
    expect(stored().sites["tempo.co"]).toEqual({ enabled: false, alwaysReader: true });
    $<HTMLButtonElement>("#rules [data-rule-id='b'] button").click();
    await flush();
    expect(stored().customRules.map((r) => r.id)).toEqual(["a"]);
    $<HTMLButtonElement>("[data-site='tempo.co'] button.danger").click();
    await flush();
    expect(stored()).toEqual(defaultSettings());
    expect($("#sites").textContent).toBe(messages.options_noSites!.message);
  });

  it("exports a versioned file that imports back", async () => {
    sync.data[SETTINGS_KEY] = { ...defaultSettings(), categories: { social: false } };
    await mount();
    $<HTMLButtonElement>("#export").click();
    expect(downloads).toHaveLength(1);
    const file = JSON.parse(downloads[0]!.text);
    expect(file).toMatchObject({ format: "jernih-settings", schemaVersion: SETTINGS_VERSION, settings: { categories: { social: false } } });
    sync.data = {};
    await importText(downloads[0]!.text);
    expect(stored().categories).toEqual({ social: false });
    expect($("#import-ok")).not.toBeNull();
  });

  it.each([
    ["broken JSON", "{ \"format\": \"jernih-settings\", ", "not Jernih settings (or not a JSON file)"],
    ["a foreign file", JSON.stringify({ some: "thing" }), "this file was not exported by Jernih"],
    ["a file from a newer Jernih", JSON.stringify({ format: "jernih-settings", schemaVersion: 99, settings: { version: 99, categories: {}, sites: {}, customRules: [] } }), "written by a newer version of Jernih (version 99)"],
    ["a bad field", JSON.stringify({ format: "jernih-settings", schemaVersion: 2, settings: { version: 2, categories: { related: "no" }, sites: {}, customRules: [] } }), "invalid value at categories.related"],
  ])("importing %s shows what is wrong and changes nothing", async (_n, text, why) => {
    const before = { ...defaultSettings(), categories: { promo: false }, customRules: [{ id: "z", kind: "selector" as const, value: ".z", category: "promo", site: null }] };
    sync.data[SETTINGS_KEY] = structuredClone(before);
    await mount();
    await importText(text);
    expect($("#import-error").textContent).toContain(why);
    expect(sync.data[SETTINGS_KEY]).toEqual(before);
    expect(local.data[SETTINGS_KEY]).toBeUndefined();
    expect($<HTMLInputElement>("#cat-promo").checked).toBe(false);
  });

  it("reset asks first in a dialog; cancel keeps everything, confirm restores defaults", async () => {
    sync.data[SETTINGS_KEY] = { ...defaultSettings(), categories: { related: false } };
    await mount();
    const dialog = $<HTMLDialogElement>("#reset-dialog");
    $<HTMLButtonElement>("#reset").click();
    expect(dialog.open).toBe(true);
    $<HTMLButtonElement>("#reset-cancel").click();
    await flush();
    expect(dialog.open).toBe(false);
    expect(stored().categories).toEqual({ related: false });
    $<HTMLButtonElement>("#reset").click();
    $<HTMLButtonElement>("#reset-confirm").click();
    await flush();
    expect(dialog.open).toBe(false);
    expect(stored()).toEqual(defaultSettings());
    expect($<HTMLInputElement>("#cat-related").checked).toBe(true);
  });

  it("corrupt stored settings: the page still renders and says what was repaired", async () => {
    sync.data[SETTINGS_KEY] = { version: SETTINGS_VERSION, categories: { related: false, social: 5 }, sites: "x", customRules: [] };
    await mount();
    expect($("#repair-notice").textContent).toContain("invalid value at categories.social");
    expect($("#repair-notice").textContent).toContain("invalid value at sites");
    expect($<HTMLInputElement>("#cat-related").checked).toBe(false);
    expect(document.querySelectorAll("#categories input").length).toBe(CATEGORIES.length);
  });

  it("settings too large for sync: saved locally, and the page says so", async () => {
    sync = new FakeArea(300);
    await mount();
    for (let i = 0; i < 8; i++) {
      type($<HTMLInputElement>("#rule-value"), `.rule-number-${i} .with-a-longer-name`);
      submit("rule-form");
      await flush();
    }
    expect(stored().customRules).toHaveLength(8);
    expect(local.data[SETTINGS_KEY]).toBeDefined();
    expect($("#storage-notice").textContent).toBe(messages.options_fallbackQuota!.message);
  });

  it("follows changes made elsewhere (the picker, another options tab) without losing what is being typed", async () => {
    let changed = () => {};
    await mount({ onSettingsChanged: (fn) => (changed = fn) });
    type($<HTMLInputElement>("#rule-value"), ".half-typed");
    sync.data[SETTINGS_KEY] = { ...defaultSettings(), customRules: [{ id: "p", kind: "selector", value: "#weather", category: "promo", site: "kompas.com" }] };
    changed();
    for (let i = 0; i < 5; i++) await flush();
    expect($("[data-site='kompas.com'] [data-rule-id='p'] code").textContent).toBe("#weather");
    expect($<HTMLInputElement>("#rule-value").value).toBe(".half-typed");
  });

  it("keeps focus on a switch after it re-renders", async () => {
    await mount();
    const box = $<HTMLInputElement>("#cat-related");
    box.focus();
    box.click();
    await flush();
    expect((document.activeElement as HTMLElement).id).toBe("cat-related");
  });
});

describe("site input", () => {
  it.each([
    ["detik.com", "detik.com"],
    ["  WWW.Kompas.com ", "kompas.com"],
    ["https://news.detik.com/berita/x?y=1", "news.detik.com"],
    ["127.0.0.1:8080", "127.0.0.1"],
    ["", ""],
    ["not a site", null],
    ["-bad-.com", null],
  ])("%j → %j", (input, out) => expect(parseSiteInput(input)).toBe(out));
});

describe("keep rules and categories shown again on a site", () => {
  it("a keep rule is listed with the other own rules as a keep rule, under its site too, and can be removed", async () => {
    sync.data[SETTINGS_KEY] = {
      ...defaultSettings(),
      customRules: [
        { id: "h", kind: "selector", value: ".ad", category: "promo", site: "tempo.co" },
        { id: "k", kind: "keep", value: "#terpopuler", category: "keep", site: "tempo.co" },
      ],
    };
    await mount();
    const row = $("#rules [data-rule-id='k']");
    expect(row.textContent).toBe(`#terpopuler${messages.options_kindKeep!.message}tempo.co${messages.options_remove!.message}`);
    expect($("[data-site='tempo.co'] [data-rule-id='k'] code").textContent).toBe("#terpopuler");
    row.querySelector("button")!.click();
    await flush();
    expect(stored().customRules.map((r) => r.id)).toEqual(["h"]);
    expect(document.querySelector("[data-rule-id='k']")).toBeNull();
  });

  it("the form adds a keep rule for a site, counted as what it would keep, with no category", async () => {
    const ctl = await mount({ tab: { host: "www.kompas.com", count: async () => ({ ok: true, count: 1, host: "www.kompas.com" }) } });
    $<HTMLSelectElement>("#rule-kind").value = "keep";
    $("#rule-kind").dispatchEvent(new Event("change"));
    expect($<HTMLSelectElement>("#rule-category").disabled).toBe(true);
    type($<HTMLInputElement>("#rule-value"), "body");
    expect($("#rule-value-msg").textContent).toBe(messages.options_checkWholePageKeep!.message);
    type($<HTMLInputElement>("#rule-value"), "#terpopuler");
    await ctl.idle();
    expect($("#rule-value-msg").textContent).toBe("Would keep 1 element(s) on www.kompas.com.");
    submit("rule-form");
    await flush();
    expect(stored().customRules).toEqual([expect.objectContaining({ kind: "keep", value: "#terpopuler", category: "keep", site: "kompas.com" })]);
  });

  it("a site's card lists the categories shown again there; 'Hide again' takes one off", async () => {
    sync.data[SETTINGS_KEY] = { ...defaultSettings(), sites: { "detik.com": { enabled: true, alwaysReader: false, shown: ["related", "social"] } } };
    await mount();
    const card = $("[data-site='detik.com']");
    expect(card.textContent).toContain(messages.options_siteShown!.message);
    const names = [...card.querySelectorAll("[data-shown] span")].map((s) => s.textContent);
    expect(names).toEqual(["related", "social"].map((id) => CATEGORIES.find((c) => c.id === id)!.name.en));
    card.querySelector<HTMLButtonElement>("[data-hide-again='related']")!.click();
    await flush();
    expect(stored().sites["detik.com"]).toEqual({ enabled: true, alwaysReader: false, shown: ["social"] });
    $<HTMLButtonElement>("[data-site='detik.com'] [data-hide-again='social']").click();
    await flush();
    expect(stored().sites).toEqual({});
  });
});
