/**
 * The person in charge of the live page: categories shown again on one site, and keep rules (the
 * picker's "Keep this block"), from the settings to the plan, the sheets and the registered static
 * sheets. Real browsers (the forgiving `:is()` a bad keep selector relies on, the content script's
 * marks) are tests/e2e/keep.test.ts.
 */
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findHits, isProtected } from "../../src/core/hide-match.ts";
import {
  compileStylesheet, isKeepSelector, planFrom, staticSheets, HIDDEN_ATTR, KEEP_ATTR, PAUSE_ATTR, SHOWN_ATTR,
} from "../../src/core/hide-plan.ts";
import { balancedSelector, keepMatcher } from "../../src/core/keep-rules.ts";
import { CATEGORIES } from "../../src/rules/index.ts";
import type { PagePlanReply } from "../../src/shared/messages.ts";
import { hidePlanForPage, planForPage } from "../../src/shared/page-plan.ts";
import { defaultSettings, KEEP_CATEGORY, withRule, withShownCategory, withSite, type Settings } from "../../src/shared/settings.ts";

const URL_ = "https://www.example.co.id/berita/1";
const fixture = (p: string) => new JSDOM(readFileSync(new URL(`../fixtures/live/${p}`, import.meta.url), "utf8")).window.document;
const keep = (s: Settings, value: string, site: string | null = "example.co.id") => withRule(s, { kind: "keep", value, category: KEEP_CATEGORY, site });
const relatedShown = () => withShownCategory(defaultSettings(), "example.co.id", "related", true);

/** The categories of what the content script would hide on a page (the guard applied). */
function hiddenCategories(doc: Document, s: Settings, url = URL_): string[] {
  const plan = hidePlanForPage(s, url)!;
  return [...new Set(findHits(doc, plan).filter((h) => !isProtected(h.el)).map((h) => h.category))].sort();
}

describe("a category shown again on a site, in the plan", () => {
  it("has no selector, phrase or shape of that category there, and the others stay", () => {
    const data = planForPage(relatedShown(), URL_)!;
    expect(data.categories).not.toContain("related");
    expect(data.categories).toContain("social");
    expect(data.selectors.some((r) => r.category === "related")).toBe(false);
    expect(data.phrases.some((t) => t.category === "related")).toBe(false);
    expect(data.unblocked).toContain("related");
    expect(data.unblocked).not.toContain("social");
    // Shapes follow plan.categories: a plan without "related" finds no headline list either.
    expect(hidePlanForPage(relatedShown(), URL_)!.categories.has("related")).toBe(false);
  });

  it("on the fixtures: related blocks are no longer found there, social ones still are; other sites unchanged", () => {
    for (const p of ["news/detik-style.html", "news/medcom-style.html"]) {
      expect(hiddenCategories(fixture(p), defaultSettings())).toContain("related");
      const shown = hiddenCategories(fixture(p), relatedShown());
      expect(shown).not.toContain("related");
      expect(shown).toContain("social");
      expect(hiddenCategories(fixture(p), relatedShown(), "https://other.example/berita/1")).toContain("related");
    }
  });

  it("the user's own rule of that category stays off there", () => {
    const s = withRule(relatedShown(), { kind: "selector", value: ".mine", category: "related", site: null });
    expect(planForPage(s, URL_)!.selectors.some((r) => r.selector === ".mine")).toBe(false);
    expect(planForPage(s, "https://other.example/a")!.selectors.some((r) => r.selector === ".mine")).toBe(true);
  });

  it("lists every known category not blocked on the page, for the static sheets to stand down", () => {
    const s = withShownCategory({ ...defaultSettings(), categories: { social: false } }, "example.co.id", "related", true);
    const blocked = new Set(planForPage(s, URL_)!.categories);
    expect(planForPage(s, URL_)!.unblocked.sort()).toEqual(CATEGORIES.map((c) => c.id).filter((id) => !blocked.has(id)).sort());
    expect(planForPage(s, URL_)!.unblocked).toEqual(expect.arrayContaining(["related", "social"]));
  });
});

describe("keep rules in the plan", () => {
  it("travel as plain data for their site only, unsafe and unbalanced ones left out", () => {
    let s = keep(defaultSettings(), "#terpopuler");
    s = keep(s, ".all-sites", null);
    s = keep(s, ".elsewhere", "other.example");
    s = keep(s, "x} body { display: block");
    s = keep(s, "div[title=\"a\"");
    s = keep(s, "a:not(.b");
    const data = planForPage(s, URL_)!;
    expect(data.keep).toEqual(["#terpopuler", ".all-sites"]);
    expect(structuredClone(data)).toEqual(data);
    expect(planForPage(withSite(s, "example.co.id", { enabled: false }), URL_)).toBeNull();
  });

  it("a keep rule hides nothing itself", () => {
    const s = keep(defaultSettings(), ".box");
    expect(planForPage(s, URL_)!.selectors.some((r) => r.selector === ".box")).toBe(false);
    expect(planForPage(s, URL_)!.categories).not.toContain(KEEP_CATEGORY);
  });
});

describe("balancedSelector / isKeepSelector", () => {
  it.each([
    [".a", true], ["div > .b[data-x='1']", true], ["a:not(.b, .c)", true], ['[title="a)"]', true], ["a\\)", true],
    ["a:not(.b", false], ["a)", false], ["div[", false], ['[title="a]', false], ["a\\", false], ["(]", false],
  ])("%j → %s", (selector, ok) => {
    expect(balancedSelector(selector)).toBe(ok);
  });

  it("refuses what the hiding sheet refuses too", () => {
    expect(["#a", "a{}", ".a /* x */", "@import", ""].map(isKeepSelector)).toEqual([true, false, false, false, false]);
  });
});

describe("keepMatcher (the content script's check before it hides a block)", () => {
  const doc = new JSDOM(`<body><aside id="side"><div id="box" class="kept"><ul id="list"><li id="li">x</li></ul></div><div id="other">y</div></aside><p id="far">z</p></body>`).window.document;
  const $ = (id: string) => doc.getElementById(id)!;

  it("is true for the kept block, what is inside it and what holds it; false for the rest", () => {
    const kept = keepMatcher([".kept"]);
    expect(["box", "list", "li", "side", "other", "far"].map((id) => kept($(id)))).toEqual([true, true, true, true, false, false]);
  });

  it("passes over a selector this browser cannot parse, and is false with no keep rule", () => {
    expect(keepMatcher(["div:nosuch(", ".kept"])($("li"))).toBe(true);
    expect(keepMatcher(["div:nosuch"])($("li"))).toBe(false);
    expect(keepMatcher([])($("li"))).toBe(false);
    // planFrom builds it from the data the background sent
    expect(planFrom(planForPage(keep(defaultSettings(), ".kept"), URL_)!).isKept($("li"))).toBe(true);
  });
});

describe("the sheet with keep selectors", () => {
  const css = compileStylesheet([{ id: "custom:r", category: "related", selector: ".box, .inner" }], true, { keep: ["#kept", ".holds-kept-inside", "a:not(.b"] });

  it("spares the kept block, what is inside it and what holds it; everything else is hidden as before", () => {
    const dom = new JSDOM(`<head><style>${css}</style></head><body>
      <div class="box" id="hidden1">a</div>
      <div class="box" id="kept">b<div class="inner" id="inside">c</div></div>
      <div class="box" id="holder"><span class="holds-kept-inside">d</span></div>
      <p id="marked" ${HIDDEN_ATTR}="related">e</p>
      <div id="kept-mark-parent"><p id="marked-in-kept" class="holds-kept-inside" ${HIDDEN_ATTR}="related">f</p></div>
    </body>`);
    const { document: d, getComputedStyle: cs } = dom.window;
    const visible = (id: string) => cs(d.getElementById(id)!).display !== "none";
    expect(["hidden1", "kept", "inside", "holder", "marked", "marked-in-kept"].map(visible)).toEqual([false, true, true, true, false, true]);
  });

  it("leaves an unbalanced keep selector out, so it cannot reach past its place", () => {
    expect(css).not.toContain("a:not(.b");
    expect(css).toContain(":is(#kept, .holds-kept-inside)");
  });

  it("is the sheet of before when there is nothing to keep", () => {
    const rules = [{ id: "r", category: "promo", selector: ".ad" }];
    expect(compileStylesheet(rules, true, { keep: [] })).toBe(compileStylesheet(rules));
    expect(compileStylesheet(rules)).toContain(` .ad:not([${KEEP_ATTR}], body) {`);
  });
});

describe("static sheets stand down for a category no longer blocked on the page", () => {
  it("each rule is scoped by its category in SHOWN_ATTR on <html>", () => {
    const related = staticSheets().get("hide/related.css")!;
    expect(related.css).toContain(`:not([${SHOWN_ATTR}~="related"])`);
    const dom = new JSDOM(`<head><style>${related.css}</style></head><body><div class="berita-terkait" id="r">x</div></body>`);
    const { document: d, getComputedStyle: cs } = dom.window;
    const shown = () => cs(d.getElementById("r")!).display !== "none";
    expect(shown()).toBe(false);
    d.documentElement.setAttribute(SHOWN_ATTR, "social promo");
    expect(shown()).toBe(false);
    d.documentElement.setAttribute(SHOWN_ATTR, "social related");
    expect(shown()).toBe(true);
    d.documentElement.removeAttribute(SHOWN_ATTR);
    d.documentElement.setAttribute(PAUSE_ATTR, "revealed");
    expect(shown()).toBe(true);
  });
});

// ---- the background: registered sheets and the page's sheet (a stand-in for the browser's API)

let stored: unknown = undefined;
type Listener = (msg: unknown, sender: unknown) => Promise<unknown> | undefined;
let listener: Listener | null = null;
const api = {
  runtime: { id: "jernih-test", onMessage: { addListener: (l: Listener) => void (listener = l) } },
  storage: {
    local: { get: async () => ({}), set: async () => {} },
    sync: { get: async () => ({ settings: stored }), set: async () => {} },
  },
  scripting: { insertCSS: async () => {}, removeCSS: async () => {} },
  tabs: { sendMessage: async () => {} },
  action: { setBadgeText: async () => {}, setBadgeBackgroundColor: async () => {} },
};
let wantedScripts: typeof import("../../src/background/sheets.ts").wantedScripts;

beforeAll(async () => {
  Object.assign(globalThis, { chrome: { runtime: { id: "jernih-test" } }, browser: api });
  ({ wantedScripts } = await import("../../src/background/sheets.ts"));
  (await import("../../src/background/hider.ts")).installHider();
});
afterAll(() => {
  delete (globalThis as Record<string, unknown>).browser;
  delete (globalThis as Record<string, unknown>).chrome;
});

const AMP_CACHE = "*://*.cdn.ampproject.org/*";

describe("the background", () => {
  it("registers a category's static sheets everywhere but on the sites that show it again (and those switched off)", () => {
    let s = withShownCategory(defaultSettings(), "detik.com", "related", true);
    s = withSite(s, "tempo.co", { enabled: false });
    const scripts = wantedScripts(s);
    const related = scripts.find((x) => x.id === "jernih-hide-hide_related_css")!;
    const social = scripts.find((x) => x.id === "jernih-hide-hide_social_css")!;
    // Nor on the AMP cache, whose pages get their sheet from the plan (background-hider.test.ts).
    expect(related.excludeMatches).toEqual(["*://detik.com/*", "*://*.detik.com/*", "*://tempo.co/*", "*://*.tempo.co/*", AMP_CACHE]);
    expect(social.excludeMatches).toEqual(["*://tempo.co/*", "*://*.tempo.co/*", AMP_CACHE]);
    // The same sheets are registered as without the choice: only where they go changes.
    expect(scripts.map((x) => x.id)).toEqual(wantedScripts(defaultSettings()).map((x) => x.id));
  });

  it("registers the marks' sheet on every site but those switched off, whichever categories they show again", () => {
    let s = withShownCategory(defaultSettings(), "detik.com", "related", true);
    s = withSite(s, "tempo.co", { enabled: false });
    const marks = wantedScripts(s).find((x) => x.id === "jernih-hide-hide_marks_css")!;
    expect(marks.runAt).toBe("document_start");
    expect(marks.excludeMatches).toEqual(["*://tempo.co/*", "*://*.tempo.co/*", AMP_CACHE]);
    // Nothing blocked at all: no sheet, not even the marks'.
    const none = { ...defaultSettings(), categories: Object.fromEntries(CATEGORIES.map((c) => [c.id, false])) };
    expect(wantedScripts(none)).toEqual([]);
  });

  it("writes the page's sheet and its stand-down sheet with the site's keep selectors", async () => {
    let s = keep(defaultSettings(), "#terpopuler");
    s = withRule(s, { kind: "selector", value: ".mine", category: "promo", site: "example.co.id" });
    stored = s;
    const sender = { id: "jernih-test", tab: { id: 3 }, frameId: 0 };
    const reply = (await listener!({ type: "page-plan", url: URL_, sheet: "full", previous: null, insert: false }, sender)) as PagePlanReply;
    expect(reply.plan!.keep).toEqual(["#terpopuler"]);
    const spare = ":is(#terpopuler), :is(#terpopuler) *, :has(:is(#terpopuler))";
    for (const css of [reply.css!, reply.standDownCss!]) {
      const rules = css.split("\n").filter((l) => l.includes("display: none"));
      expect(rules.length).toBeGreaterThan(0);
      for (const r of rules) expect(r).toContain(spare);
    }
    stored = undefined;
  });
});
