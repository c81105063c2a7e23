// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import {
  activeCustomRules, blockedCategoryIds, checkRule, defaultSettings, KEEP_CATEGORY, keepSelectors, knownSites, MIGRATIONS,
  parseSettings, readSettingsFile, SETTINGS_VERSION, shownCategories, siteKey, siteSettingsFor, toSettingsFile, withCategory,
  withoutRule, withoutSite, withRule, withShownCategory, withSite, type Settings,
} from "../../src/shared/settings.ts";
import { CATEGORIES } from "../../src/rules/index.ts";

const CATS = [
  { id: "related", default: true },
  { id: "social", default: true },
  { id: "promo", default: false },
];

function rule(over: Partial<Settings["customRules"][number]> = {}): Settings["customRules"][number] {
  return { id: "r1", kind: "selector", value: ".ad", category: "promo", site: null, ...over };
}

describe("defaults", () => {
  it("nothing stored yields the current version's defaults without complaint", () => {
    for (const input of [undefined, null]) {
      const p = parseSettings(input);
      expect(p.settings).toEqual({ version: SETTINGS_VERSION, categories: {}, sites: {}, customRules: [] });
      expect(p.problems).toEqual([]);
    }
  });

  it("a category nobody switched follows its default in categories.json", () => {
    const s = defaultSettings();
    for (const c of CATEGORIES) expect(activeCustomRules(withRule(s, { kind: "selector", value: ".x", category: c.id, site: null }), "a.com", CATEGORIES).length).toBe(c.default ? 1 : 0);
  });

  it("a site without settings is cleaned and not forced into the reader", () => {
    expect(siteSettingsFor(defaultSettings(), "www.detik.com")).toEqual({ enabled: true, alwaysReader: false });
  });
});

describe("validation and repair of stored settings", () => {
  it("keeps a valid current value exactly", () => {
    const s: Settings = { version: SETTINGS_VERSION, categories: { promo: false }, sites: { "detik.com": { enabled: false, alwaysReader: true } }, customRules: [rule()] };
    const p = parseSettings(structuredClone(s));
    expect(p.settings).toEqual(s);
    expect(p.problems).toEqual([]);
  });

  it("drops only the broken parts and names each of them", () => {
    const p = parseSettings({
      version: SETTINGS_VERSION,
      categories: { related: false, social: "yes" },
      sites: { "kompas.com": { enabled: false }, "bad.com": { enabled: 3 } },
      customRules: [rule(), rule({ id: "r2", value: "   " }), "nonsense", rule({ id: "r3", kind: "regex" as never })],
    });
    expect(p.settings.categories).toEqual({ related: false });
    expect(p.settings.sites).toEqual({ "kompas.com": { enabled: false, alwaysReader: false } });
    expect(p.settings.customRules.map((r) => r.id)).toEqual(["r1"]);
    const paths = p.problems.map((x) => x.path);
    expect(paths).toEqual(expect.arrayContaining(["categories.social", "sites.bad.com.enabled", "customRules.1.value", "customRules.2", "customRules.3.kind"]));
    expect(p.problems.every((x) => x.code === "bad-field")).toBe(true);
  });

  it("a value that is not an object at all yields defaults and says so", () => {
    for (const input of ["garbage", 42, [1, 2], true]) {
      const p = parseSettings(input);
      expect(p.settings).toEqual(defaultSettings());
      expect(p.problems.map((x) => x.code)).toEqual(["not-settings"]);
    }
  });

  it("fields of the wrong type are reset, the rest kept", () => {
    const p = parseSettings({ version: SETTINGS_VERSION, categories: "all", sites: [], customRules: { a: 1 } });
    expect(p.settings).toEqual(defaultSettings());
    expect(p.problems.map((x) => x.path)).toEqual(["categories", "sites", "customRules"]);
  });

  it("settings from a newer version are read as far as possible and flagged", () => {
    const p = parseSettings({ version: SETTINGS_VERSION + 5, categories: { related: false }, sites: {}, customRules: [rule()], futureField: 1 });
    expect(p.problems[0]).toMatchObject({ code: "newer-version", version: SETTINGS_VERSION + 5 });
    expect(p.settings.categories).toEqual({ related: false });
    expect(p.settings.customRules).toHaveLength(1);
  });

  it("a version that is not a number is flagged, the fields still read", () => {
    const p = parseSettings({ version: "two", categories: { promo: true }, sites: {}, customRules: [] });
    expect(p.problems.map((x) => x.code)).toEqual(["unknown-version"]);
    expect(p.settings.categories).toEqual({ promo: true });
  });
});

describe("migrations", () => {
  it("there is one step for every version below the current one", () => {
    for (let v = 0; v < SETTINGS_VERSION; v++) expect(typeof MIGRATIONS[v]).toBe("function");
  });

  it("v0 → current: disabled-category array, disabled-site list and id-less rules", () => {
    const p = parseSettings({
      categories: ["social", "promo", 7],
      disabledSites: ["WWW.Detik.com"],
      customRules: [{ kind: "phrase", value: "Baca juga", category: "related", site: null }],
    });
    expect(p.problems).toEqual([]);
    expect(p.migratedFrom).toBe(0);
    expect(p.settings.version).toBe(SETTINGS_VERSION);
    expect(p.settings.categories).toEqual({ social: false, promo: false });
    expect(p.settings.sites).toEqual({ "detik.com": { enabled: false, alwaysReader: false } });
    expect(p.settings.customRules).toEqual([{ id: "migrated-1", kind: "phrase", value: "Baca juga", category: "related", site: null }]);
  });

  it("v1 → v2: site keys normalised, www and bare host merged with the stricter wish, duplicate rules dropped", () => {
    const v1 = {
      version: 1,
      categories: { related: false },
      sites: {
        "www.kompas.com": { enabled: false, alwaysReader: false },
        "kompas.com": { enabled: true, alwaysReader: true },
        "News.Detik.com.": { alwaysReader: true },
      },
      customRules: [
        rule({ id: "a", site: "www.kompas.com" }),
        rule({ id: "b", site: "kompas.com" }),
        rule({ id: "c", site: null, kind: "phrase", value: "Simak juga" }),
      ],
    };
    const p = parseSettings(v1);
    expect(p.problems).toEqual([]);
    expect(p.migratedFrom).toBe(1);
    expect(p.settings.sites).toEqual({
      "kompas.com": { enabled: false, alwaysReader: true },
      "news.detik.com": { enabled: true, alwaysReader: true },
    });
    expect(p.settings.customRules.map((r) => [r.id, r.site])).toEqual([["a", "kompas.com"], ["c", null]]);
    expect(p.settings.categories).toEqual({ related: false });
  });

  it("a migration passes broken parts on for repair instead of throwing", () => {
    const p = parseSettings({ version: 0, categories: "x", disabledSites: "y", customRules: [null] });
    expect(p.settings.version).toBe(SETTINGS_VERSION);
    expect(p.problems.length).toBeGreaterThan(0);
  });
});

describe("import files", () => {
  const current: Settings = { version: SETTINGS_VERSION, categories: { social: false }, sites: { "tempo.co": { enabled: false, alwaysReader: false } }, customRules: [rule()] };

  it("an exported file reads back to the same settings", () => {
    const text = JSON.stringify(toSettingsFile(current));
    expect(readSettingsFile(text)).toEqual({ ok: true, settings: current });
  });

  it("an older file is migrated", () => {
    const r = readSettingsFile(JSON.stringify({ format: "jernih-settings", schemaVersion: 0, settings: { categories: ["related"] } }));
    expect(r.ok && r.settings.categories).toEqual({ related: false });
    expect(r.ok && r.migratedFrom).toBe(0);
  });

  it.each([
    ["not JSON", "{ this is not json", "not-settings"],
    ["a foreign JSON file", JSON.stringify({ name: "some other extension", rules: [] }), "foreign-file"],
    ["a JSON array", "[1,2,3]", "foreign-file"],
    ["no settings inside", JSON.stringify({ format: "jernih-settings", schemaVersion: 2 }), "bad-field"],
    ["one bad rule", JSON.stringify({ format: "jernih-settings", schemaVersion: 2, settings: { ...current, customRules: [rule({ value: "" })] } }), "bad-field"],
    ["a newer version", JSON.stringify({ format: "jernih-settings", schemaVersion: 99, settings: { ...current, version: 99 } }), "newer-version"],
  ])("%s is refused as a whole, with the reason", (_name, text, code) => {
    const r = readSettingsFile(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.code).toBe(code);
  });
});

describe("reading settings for a page", () => {
  it("normalises site keys", () => {
    expect(siteKey("WWW.Detik.COM.")).toBe("detik.com");
    expect(siteKey("news.detik.com")).toBe("news.detik.com");
  });

  it("a site's settings hold on its subdomains, but never through the bare top-level domain", () => {
    const s = withSite(defaultSettings(), "www.detik.com", { enabled: false });
    expect(siteSettingsFor(s, "news.detik.com").enabled).toBe(false);
    expect(siteSettingsFor(s, "detik.com").enabled).toBe(false);
    expect(siteSettingsFor(s, "kompas.com").enabled).toBe(true);
    const com = { ...defaultSettings(), sites: { com: { enabled: false, alwaysReader: false } } };
    expect(siteSettingsFor(com, "kompas.com").enabled).toBe(true);
  });

  it("custom rules: site scope, category switch and site switch decide what applies", () => {
    let s = defaultSettings();
    s = withRule(s, { kind: "selector", value: ".promo-box", category: "promo", site: null });
    s = withRule(s, { kind: "selector", value: ".baca", category: "related", site: "www.detik.com" });
    s = withRule(s, { kind: "phrase", value: "Cek berita", category: "mystery", site: null });
    const values = (settings: Settings, host: string) => activeCustomRules(settings, host, CATS).map((r) => r.value);
    // promo is off by default in CATS; an unknown category applies
    expect(values(s, "detik.com")).toEqual([".baca", "Cek berita"]);
    expect(values(s, "kompas.com")).toEqual(["Cek berita"]);
    expect(values(withCategory(s, "promo", true), "kompas.com")).toEqual([".promo-box", "Cek berita"]);
    expect(values(withCategory(s, "related", false), "detik.com")).toEqual(["Cek berita"]);
    expect(values(withSite(s, "detik.com", { enabled: false }), "news.detik.com")).toEqual([]);
  });

  it("updates: no duplicate rules, removals, site entries back to default disappear", () => {
    let s = withRule(defaultSettings(), { kind: "selector", value: " .x ", category: "promo", site: "WWW.a.com", id: "k" });
    s = withRule(s, { kind: "selector", value: ".x", category: "promo", site: "a.com" });
    expect(s.customRules).toEqual([{ id: "k", kind: "selector", value: ".x", category: "promo", site: "a.com" }]);
    expect(knownSites(s)).toEqual(["a.com"]);
    expect(withoutRule(s, "k").customRules).toEqual([]);
    s = withSite(s, "b.com", { alwaysReader: true });
    expect(knownSites(s)).toEqual(["a.com", "b.com"]);
    expect(withSite(s, "b.com", { alwaysReader: false }).sites).toEqual({});
    const gone = withoutSite(s, "a.com");
    expect(gone.customRules).toEqual([]);
    expect(parseSettings(gone).problems).toEqual([]);
  });
});

describe("checking rules as typed", () => {
  const doc = document;
  it.each([
    ["selector", "", "empty"],
    ["selector", "div[", "invalid-selector"],
    ["selector", "..promo", "invalid-selector"],
    ["selector", "a{} body", "unsafe-selector"],
    ["selector", "div /* x */", "unsafe-selector"],
    // braces are refused even inside an attribute string: simpler and safer than parsing CSS
    ["selector", "[data-x=\"{\"]", "unsafe-selector"],
    ["selector", "body", "whole-page"],
    ["selector", "*", "whole-page"],
    ["selector", ":root", "whole-page"],
    ["phrase", "   ", "empty"],
    ["phrase", "ab", "too-short"],
    ["phrase", "x".repeat(501), "too-long"],
  ] as const)("%s %j is refused (%s)", (kind, value, code) => {
    const r = checkRule(kind, value, doc);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.code).toBe(code);
  });

  it.each([
    ["selector", ".baca-juga", ".baca-juga"],
    ["selector", "  div.box > a[href*='promo'] ", "div.box > a[href*='promo']"],
    ["phrase", "  Baca juga ", "Baca juga"],
  ] as const)("%s %j is accepted, trimmed", (kind, value, trimmed) => {
    expect(checkRule(kind, value, doc)).toEqual({ ok: true, value: trimmed });
  });
});

describe("categories shown again on a site, and keep rules", () => {
  /** Settings as a Jernih from before these fields stored them: no `shown`, no keep rule. */
  const before = {
    version: 2,
    categories: { promo: true },
    sites: { "detik.com": { enabled: true, alwaysReader: true }, "tempo.co": { enabled: false, alwaysReader: false } },
    customRules: [rule({ id: "old", kind: "phrase", value: "Baca juga", category: "related", site: "detik.com" })],
  };

  it("settings stored before the new fields read exactly as they were, with no problem and nothing lost", () => {
    const p = parseSettings(structuredClone(before));
    expect(p.problems).toEqual([]);
    expect(p.migratedFrom).toBeUndefined();
    expect(p.settings).toEqual(before);
    expect(siteSettingsFor(p.settings, "detik.com").shown).toBeUndefined();
    expect(shownCategories(p.settings, "detik.com")).toEqual(new Set());
    expect(keepSelectors(p.settings, "detik.com")).toEqual([]);
    // and an export of them imports again unchanged
    expect(readSettingsFile(JSON.stringify(toSettingsFile(p.settings)))).toEqual({ ok: true, settings: before });
  });

  it("settings with shown categories and keep rules round-trip through storage and export", () => {
    let s = withShownCategory(defaultSettings(), "www.detik.com", "related", true);
    s = withRule(s, { kind: "keep", value: "#terpopuler", category: "ignored", site: "detik.com", id: "k1" });
    expect(s.sites).toEqual({ "detik.com": { enabled: true, alwaysReader: false, shown: ["related"] } });
    expect(s.customRules).toEqual([{ id: "k1", kind: "keep", value: "#terpopuler", category: KEEP_CATEGORY, site: "detik.com" }]);
    expect(parseSettings(structuredClone(s))).toEqual({ settings: s, problems: [] });
    expect(readSettingsFile(JSON.stringify(toSettingsFile(s)))).toEqual({ ok: true, settings: s });
  });

  it("a broken `shown` drops only its site entry, and says where", () => {
    const p = parseSettings({ ...before, sites: { ...before.sites, "kompas.com": { shown: "related" }, "suara.com": { shown: ["promo", ""] } } });
    expect(Object.keys(p.settings.sites).sort()).toEqual(["detik.com", "tempo.co"]);
    expect(p.problems.map((x) => x.path)).toEqual(expect.arrayContaining(["sites.kompas.com.shown", "sites.suara.com.shown.1"]));
    expect(p.settings.customRules).toHaveLength(1);
  });

  it("showing and hiding again: sorted, no duplicates, and a site entry back to default disappears", () => {
    let s = withShownCategory(defaultSettings(), "kompas.com", "social", true);
    s = withShownCategory(s, "kompas.com", "related", true);
    s = withShownCategory(s, "kompas.com", "related", true);
    expect(s.sites["kompas.com"]!.shown).toEqual(["related", "social"]);
    s = withShownCategory(s, "kompas.com", "social", false);
    expect(s.sites["kompas.com"]!.shown).toEqual(["related"]);
    expect(withShownCategory(s, "kompas.com", "related", false).sites).toEqual({});
    // Other choices for the site stay when the last shown category goes.
    const reader = withShownCategory(withSite(s, "kompas.com", { alwaysReader: true }), "kompas.com", "related", false);
    expect(reader.sites).toEqual({ "kompas.com": { enabled: true, alwaysReader: true } });
  });

  it("a category shown again holds on the site and its subdomains only; hiding it again on a subdomain starts from what holds there", () => {
    const s = withShownCategory(defaultSettings(), "detik.com", "related", true);
    expect(blockedCategoryIds(s, CATS, "news.detik.com")).toEqual(new Set(["social"]));
    expect(blockedCategoryIds(s, CATS, "kompas.com")).toEqual(new Set(["related", "social"]));
    expect(blockedCategoryIds(s, CATS)).toEqual(new Set(["related", "social"])); // no host: everywhere's
    const sub = withShownCategory(s, "news.detik.com", "social", true);
    expect(shownCategories(sub, "news.detik.com")).toEqual(new Set(["related", "social"]));
    expect(shownCategories(sub, "detik.com")).toEqual(new Set(["related"]));
  });

  it("the user's hiding rules of a category shown again stay off on that site; keep rules never hide", () => {
    let s = defaultSettings();
    s = withRule(s, { kind: "selector", value: ".box", category: "related", site: null });
    s = withRule(s, { kind: "phrase", value: "Cek berita", category: "mystery", site: null });
    s = withRule(s, { kind: "keep", value: ".box", category: KEEP_CATEGORY, site: "detik.com" });
    const values = (settings: Settings, host: string) => activeCustomRules(settings, host, CATS).map((r) => r.value);
    expect(values(s, "detik.com")).toEqual([".box", "Cek berita"]);
    expect(values(withShownCategory(s, "detik.com", "related", true), "detik.com")).toEqual(["Cek berita"]);
    expect(values(withShownCategory(s, "detik.com", "related", true), "kompas.com")).toEqual([".box", "Cek berita"]);
    // A rule in a category the rules do not know is shown again like any other.
    expect(values(withShownCategory(s, "detik.com", "mystery", true), "detik.com")).toEqual([".box"]);
  });

  it("keep selectors: for their site and its subdomains, none where Jernih is off", () => {
    let s = withRule(defaultSettings(), { kind: "keep", value: "#a", category: KEEP_CATEGORY, site: "detik.com" });
    s = withRule(s, { kind: "keep", value: "#all", category: KEEP_CATEGORY, site: null });
    s = withRule(s, { kind: "selector", value: "#hide", category: "related", site: "detik.com" });
    expect(keepSelectors(s, "news.detik.com")).toEqual(["#a", "#all"]);
    expect(keepSelectors(s, "kompas.com")).toEqual(["#all"]);
    expect(keepSelectors(withSite(s, "detik.com", { enabled: false }), "detik.com")).toEqual([]);
    // The same selector may be kept and hidden: two rules, both listed.
    const both = withRule(s, { kind: "keep", value: "#hide", category: KEEP_CATEGORY, site: "detik.com" });
    expect(both.customRules.map((r) => r.kind)).toEqual(["keep", "keep", "selector", "keep"]);
    expect(withRule(both, { kind: "keep", value: "#hide", category: KEEP_CATEGORY, site: "detik.com" })).toBe(both);
  });

  it("a keep rule is checked like a selector, and may not keep the whole page", () => {
    expect(checkRule("keep", " #terpopuler ", document)).toEqual({ ok: true, value: "#terpopuler" });
    for (const [value, code] of [["div[", "invalid-selector"], ["a{} b", "unsafe-selector"], ["body", "whole-page"], ["", "empty"]] as const) {
      const r = checkRule("keep", value, document);
      expect(r.ok ? "ok" : r.code, value).toBe(code);
    }
  });
});
