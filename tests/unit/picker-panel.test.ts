// @vitest-environment jsdom
/**
 * The picker's proposal panel (src/content/picker/panel.ts) on a page of our own
 * (tests/fixtures/picker/page.html): what it says and offers before a pick, for a block that can be
 * hidden and for one the hider's guard refuses, and what "Hide on this site" and "Keep this block"
 * store. Strings come through src/ui/i18n.ts as in the extension: English by default, Indonesian from
 * _locales/id. The real browsers, mouse and finger are tests/e2e/picker*.test.ts.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { JSDOM } from "jsdom";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { ProposalPanel, type PanelActions } from "../../src/content/picker/panel.ts";
import { isProtected } from "../../src/core/hide-match.ts";
import { CATEGORIES } from "../../src/rules/index.ts";
import { KEEP_CATEGORY } from "../../src/shared/settings.ts";
import { loadSettings, type StorageAreaLike, type StorageLike } from "../../src/shared/store.ts";
import { uiStrings, type I18nApi } from "../../src/ui/i18n.ts";

const root = resolve(import.meta.dirname, "../..");
const PAGE = readFileSync(resolve(root, "tests/fixtures/picker/page.html"), "utf8");
const indonesian: Record<string, { message: string }> = JSON.parse(readFileSync(resolve(root, "_locales/id/messages.json"), "utf8"));

/** browser.i18n without messages (English: the fallbacks), or reading _locales/id as Indonesian Chrome does. */
const english: I18nApi = { getMessage: () => "", getUILanguage: () => "en" };
const idApi: I18nApi = {
  getMessage: (key, subs = []) => (indonesian[key]?.message ?? "").replace(/\$([A-Z]+)\$/g, () => subs[0] ?? ""),
  getUILanguage: () => "id",
};

function area(): StorageAreaLike & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async () => ({ ...data }),
    set: async (items) => void Object.assign(data, items),
    remove: async (keys) => {
      for (const k of [keys].flat()) delete data[k];
    },
  };
}

const q = (s: string) => document.querySelector(s)!;
let storage: StorageLike;
let actions: { [K in keyof PanelActions]: ReturnType<typeof vi.fn> };
/** The panel's word to this page's hider; records the rules that were stored at the moment it came. */
let settingsSaved: ReturnType<typeof vi.fn<() => void>>;
let storedWhenTold: unknown[][];

beforeEach(() => {
  document.documentElement.innerHTML = new DOMParser().parseFromString(PAGE, "text/html").documentElement.innerHTML;
  const sync = area();
  const local = area();
  storage = { sync, local };
  actions = { wider: vi.fn(), narrower: vi.fn(), again: vi.fn(), cancel: vi.fn(), saved: vi.fn() };
  storedWhenTold = [];
  settingsSaved = vi.fn<() => void>(() => {
    // A copy of storage taken now, read later: what the hider would find if it asked at this moment.
    const copy = { sync: area(), local: area() };
    Object.assign(copy.sync.data, structuredClone(sync.data));
    Object.assign(copy.local.data, structuredClone(local.data));
    void loadSettings(copy).then(({ settings }) => storedWhenTold.push(settings.customRules));
  });
});

/** A panel on the page, in a shadow root as in the picker; `touch` for a phone. */
function open(i18n: I18nApi = english, touch = false): ProposalPanel {
  const lang = i18n.getUILanguage();
  const panel = new ProposalPanel({ doc: document, storage, t: uiStrings(i18n).t, lang, categories: CATEGORIES, isProtected, settingsSaved }, actions as unknown as PanelActions, () => touch);
  const host = document.createElement("jernih-picker");
  host.attachShadow({ mode: "open" }).append(panel.element);
  document.documentElement.append(host);
  return panel;
}

/** What a person sees in the panel. */
function seen(panel: ProposalPanel) {
  const el = panel.element;
  const buttons = Array.from(el.querySelectorAll("button"));
  return {
    title: el.querySelector("h2")?.textContent,
    hint: el.querySelector(".hint")?.textContent ?? null,
    selector: el.querySelector("input")?.value ?? null,
    count: el.querySelector(".msg")?.textContent ?? null,
    buttons: buttons.map((b) => b.textContent),
    enabled: buttons.filter((b) => !b.disabled).map((b) => b.textContent),
  };
}
const press = (panel: ProposalPanel, text: string) => Array.from(panel.element.querySelectorAll("button")).find((b) => b.textContent === text)!.click();
const stored = async () => (await loadSettings(storage)).settings.customRules;

describe("before a pick", () => {
  it("says how to pick, with a mouse or with a finger, and offers only Cancel", () => {
    const mouse = seen(open());
    expect(mouse).toMatchObject({ title: "Hide an element", selector: null, buttons: ["Cancel"] });
    expect(mouse.hint).toMatch(/^Point at the block to hide and click it/);
    const finger = open(english, true);
    expect(seen(finger).hint).toMatch(/^Tap the block to hide/);
    press(finger, "Cancel");
    expect(actions.cancel).toHaveBeenCalledTimes(1);
  });
});

describe("the proposal", () => {
  it("for a \"Baca juga\" box: a selector matching both boxes of the page, the count, and every button enabled", () => {
    const panel = open();
    panel.propose(q(".baca-juga"));
    const s = seen(panel);
    expect(Array.from(document.querySelectorAll(s.selector!))).toEqual(Array.from(document.querySelectorAll(".baca-juga")));
    expect(s.count).toBe("Matches 2 element(s) on this page.");
    expect(s.buttons).toEqual(["Hide on this site", "Keep this block", "Wider", "Narrower", "Pick again", "Cancel"]);
    expect(s.enabled).toEqual(s.buttons);
  });

  it("follows the block as it is widened: the count of the new selector", () => {
    const panel = open();
    panel.propose(q("#weather .temp"));
    expect(document.querySelector(seen(panel).selector!)).toBe(q("#weather .temp"));
    panel.propose(q("#weather"));
    const s = seen(panel);
    expect(document.querySelector(s.selector!)).toBe(q("#weather"));
    expect(s.count).toBe("Matches 1 element(s) on this page.");
  });

  it("for the article body: says it is never hidden, and neither Hide nor Keep can be pressed; Narrower can", () => {
    const panel = open();
    panel.propose(q(".detail-body"));
    const s = seen(panel);
    expect(s.count).toMatch(/holds the article itself.*Narrower/);
    expect(s.enabled).toEqual(["Wider", "Narrower", "Pick again", "Cancel"]);
    panel.confirm(); // Enter on the page
    press(panel, "Narrower");
    expect(actions.narrower).toHaveBeenCalledTimes(1);
    expect(actions.saved).not.toHaveBeenCalled();
  });

  it("checks an edited selector as it is typed: an invalid one is refused, a good one counted again", () => {
    const panel = open();
    panel.propose(q(".baca-juga"));
    const input = panel.element.querySelector("input")!;
    input.value = "aside[";
    input.dispatchEvent(new Event("input"));
    expect(seen(panel)).toMatchObject({ count: "Not a valid CSS selector.", enabled: ["Wider", "Narrower", "Pick again", "Cancel"] });
    expect(input.getAttribute("aria-invalid")).toBe("true");
    input.value = ".share-bar a";
    input.dispatchEvent(new Event("input"));
    expect(seen(panel).count).toBe("Matches 2 element(s) on this page.");
    expect(input.hasAttribute("aria-invalid")).toBe(false);
  });

  it("Pick again goes back to the hint", () => {
    const panel = open();
    panel.propose(q("#weather"));
    press(panel, "Pick again");
    expect(seen(panel)).toMatchObject({ selector: null, buttons: ["Cancel"] });
    expect(actions.again).toHaveBeenCalledTimes(1);
  });

  it("in Indonesian: the words of _locales/id, the count filled in", () => {
    const panel = open(idApi);
    expect(seen(panel).title).toBe(indonesian.picker_title!.message);
    panel.propose(q(".baca-juga"));
    const s = seen(panel);
    expect(s.count).toBe("Cocok dengan 2 elemen di halaman ini.");
    expect(s.buttons).toEqual(["picker_hide", "picker_keep", "picker_wider", "picker_narrower", "picker_back", "picker_cancel"].map((k) => indonesian[k]!.message));
    expect(Array.from(panel.element.querySelectorAll("option")).map((o) => o.textContent)).toContain(CATEGORIES.find((c) => c.id === "promo")!.name.id);
  });
});

describe("saving", () => {
  it("Hide on this site stores a rule hiding the selector on this site, in the chosen category", async () => {
    const panel = open();
    panel.propose(q(".baca-juga"));
    const category = panel.element.querySelector("select")!;
    category.value = "related";
    press(panel, "Hide on this site");
    await vi.waitFor(() => expect(actions.saved).toHaveBeenCalledWith("selector"));
    const rules = await stored();
    expect(rules).toEqual([expect.objectContaining({ kind: "selector", category: "related", site: location.hostname })]);
    expect(Array.from(document.querySelectorAll(rules[0]!.value))).toEqual(Array.from(document.querySelectorAll(".baca-juga")));
  });

  it("on an AMP page in the frame of Google's AMP viewer, stores the rule for the publisher's site, not the cache's", async () => {
    const url = "https://www-kabar-rawa-co-id.cdn.ampproject.org/v/s/www.kabar-rawa.co.id/amp/read/1";
    const doc = new JSDOM(PAGE, { url }).window.document;
    const panel = new ProposalPanel({ doc, storage, t: uiStrings(english).t, lang: "en", categories: CATEGORIES, isProtected, settingsSaved }, actions as unknown as PanelActions, () => false);
    doc.documentElement.append(panel.element);
    panel.propose(doc.querySelector(".baca-juga")!);
    press(panel, "Hide on this site");
    await vi.waitFor(() => expect(actions.saved).toHaveBeenCalledWith("selector"));
    expect(await stored()).toEqual([expect.objectContaining({ kind: "selector", site: "kabar-rawa.co.id" })]);
  });

  it("Keep this block stores a keep rule for the selector instead", async () => {
    const panel = open();
    panel.propose(q(".share-bar"));
    press(panel, "Keep this block");
    await vi.waitFor(() => expect(actions.saved).toHaveBeenCalledWith("keep"));
    const rules = await stored();
    expect(rules).toEqual([expect.objectContaining({ kind: "keep", category: KEEP_CATEGORY, site: location.hostname })]);
    expect(document.querySelector(rules[0]!.value)).toBe(q(".share-bar"));
    // This page's hider is told once, with the rule already stored: it keeps the block at once.
    expect(settingsSaved).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(storedWhenTold).toEqual([rules]));
  });

  it("Enter on the page saves what Hide on this site would", async () => {
    const panel = open();
    panel.propose(q("#weather"));
    panel.confirm();
    await vi.waitFor(() => expect(actions.saved).toHaveBeenCalledWith("selector"));
    expect(await stored()).toEqual([expect.objectContaining({ kind: "selector", value: "#weather", category: "promo" })]);
  });

  it("a save that fails says why and lets the person try again", async () => {
    const panel = open();
    panel.propose(q("#weather"));
    const refusing: StorageAreaLike = { ...area(), set: async () => Promise.reject(new Error("disk full")) };
    storage.sync = refusing;
    storage.local = refusing;
    press(panel, "Hide on this site");
    await vi.waitFor(() => expect(seen(panel).count).toBe("Could not save the rule: disk full"));
    expect(seen(panel).enabled).toContain("Hide on this site");
    expect(actions.saved).not.toHaveBeenCalled();
    expect(settingsSaved).not.toHaveBeenCalled();
  });
});

describe("typing", () => {
  it("is true while the selector field or the category list has the focus, so the arrows stay theirs", () => {
    const panel = open();
    panel.propose(q("#weather"));
    expect(panel.typing()).toBe(false); // the Hide button has the focus
    panel.element.querySelector("input")!.focus();
    expect(panel.typing()).toBe(true);
    panel.element.querySelector("select")!.focus();
    expect(panel.typing()).toBe(true);
  });
});
