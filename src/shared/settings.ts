/**
 * The settings schema: one shape, its defaults, validation and migrations. Every part reads settings
 * through `parseSettings` (stored values: repaired field by field) or `readSettingsFile` (imports:
 * all or nothing), so a corrupt or foreign value is never trusted and never blanks a page.
 * Free of extension APIs: storage is passed in (see src/shared/store.ts).
 *
 * History of the stored shape (each step has a migration below, and a test):
 *  v0  early drafts, no `version`: `categories` was an ARRAY of the disabled category ids,
 *      `disabledSites` a list of host names, custom rules had no id.
 *  v1  `categories` a record id → blocked, `sites` a record host → { enabled, alwaysReader }.
 *  v2  site keys are normalised (`siteKey`: lower case, no "www.", no trailing dot) so a rule made on
 *      www.detik.com also holds on detik.com and news.detik.com; duplicate entries are merged.
 *      Later additions within v2, both optional so every stored v2 value still reads unchanged (no
 *      migration step): a site entry may list `shown`, the categories shown again on that site, and
 *      a custom rule may be of kind "keep" (a selector whose blocks Jernih never hides there).
 */
import * as v from "valibot";

export const SETTINGS_VERSION = 2;

// ---------------------------------------------------------------------------------------------
// Schema

export const RULE_KINDS = ["selector", "phrase", "keep"] as const;

/**
 * The `category` of a "keep" rule. The field is required of every rule, but a keep rule belongs to
 * no category: it holds whatever is switched on, so it is never off with a category either.
 */
export const KEEP_CATEGORY = "keep";

export const CustomRuleSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  /**
   * "selector" hides elements matching a CSS selector; "phrase" hides short blocks containing the
   * text; "keep" protects the elements a selector matches (and what is inside them) from every rule.
   */
  kind: v.picklist(RULE_KINDS),
  value: v.pipe(v.string(), v.trim(), v.minLength(1)),
  /** A category id of src/rules/categories.json: the rule is off while its category is off. */
  category: v.pipe(v.string(), v.minLength(1)),
  /** Site key (see `siteKey`, e.g. "detik.com") the rule applies to, or null for every site. */
  site: v.nullable(v.pipe(v.string(), v.minLength(1))),
});
export type CustomRule = v.InferOutput<typeof CustomRuleSchema>;

export const SiteSettingsSchema = v.object({
  /** false: Jernih hides nothing on this site. */
  enabled: v.optional(v.boolean(), true),
  /** Open the reader view automatically on article pages of this site. */
  alwaysReader: v.optional(v.boolean(), false),
  /**
   * Category ids shown again on this site (the popup's "Show on this site"): blocked everywhere
   * else, hidden nowhere here. Absent when there are none, so older entries read unchanged.
   */
  shown: v.optional(v.array(v.pipe(v.string(), v.minLength(1)))),
});
export type SiteSettings = v.InferOutput<typeof SiteSettingsSchema>;

export const SettingsSchema = v.object({
  version: v.literal(SETTINGS_VERSION),
  /** Category id → blocked? Categories missing here take their default from src/rules/categories.json. */
  categories: v.record(v.string(), v.boolean()),
  /** Site key → settings of that site (and its subdomains). */
  sites: v.record(v.string(), SiteSettingsSchema),
  customRules: v.array(CustomRuleSchema),
});
export type Settings = v.InferOutput<typeof SettingsSchema>;

export function defaultSettings(): Settings {
  return { version: SETTINGS_VERSION, categories: {}, sites: {}, customRules: [] };
}

export const DEFAULT_SITE: Readonly<SiteSettings> = Object.freeze({ enabled: true, alwaysReader: false });

// ---------------------------------------------------------------------------------------------
// Problems: codes the options page translates; `message` is the English fallback for logs and the CLI.

export type ProblemCode =
  /** The stored or imported value is not an object at all (or the file is not JSON). */
  | "not-settings"
  /** A JSON file, but not one Jernih wrote. */
  | "foreign-file"
  /** Written by a newer Jernih than this one. */
  | "newer-version"
  /** `version` is neither a known number nor absent. */
  | "unknown-version"
  /** One field had the wrong type or value; `path` names it. */
  | "bad-field";

export interface Problem {
  code: ProblemCode;
  /** Dotted path of the field, e.g. "customRules.2.value", when the problem is about one field. */
  path?: string;
  /** For "newer-version": the version the input was written in. */
  version?: number;
  message: string;
}

export interface ParsedSettings {
  settings: Settings;
  /** What was wrong with the input; empty when it was valid. Anything wrong was repaired or dropped. */
  problems: Problem[];
  /** Version the input was written in, when it was migrated from an older one. */
  migratedFrom?: number;
}

// ---------------------------------------------------------------------------------------------
// Migrations: each takes the whole object of version N (already an object) and returns version N+1.
// They are forgiving about field types: whatever they cannot understand is passed on for the final
// validation to repair or report, so a migration never throws.

type Raw = Record<string, unknown>;
const isObject = (x: unknown): x is Raw => typeof x === "object" && x !== null && !Array.isArray(x);

export const MIGRATIONS: Record<number, (old: Raw) => Raw> = {
  0: (old) => {
    const categories: Record<string, unknown> = {};
    if (Array.isArray(old.categories)) {
      for (const id of old.categories) if (typeof id === "string") categories[id] = false;
    } else if (isObject(old.categories)) {
      Object.assign(categories, old.categories);
    }
    const sites: Record<string, unknown> = isObject(old.sites) ? { ...old.sites } : {};
    if (Array.isArray(old.disabledSites)) {
      for (const host of old.disabledSites) {
        if (typeof host !== "string") continue;
        const prev = sites[host];
        sites[host] = { ...(isObject(prev) ? prev : {}), enabled: false };
      }
    }
    const customRules = Array.isArray(old.customRules)
      ? old.customRules.map((r, i) => (isObject(r) && r.id === undefined ? { ...r, id: `migrated-${i + 1}` } : r))
      : old.customRules;
    return { version: 1, categories, sites, customRules };
  },
  1: (old) => {
    const sites: Record<string, unknown> = {};
    if (isObject(old.sites)) {
      for (const [host, site] of Object.entries(old.sites)) {
        const key = siteKey(host);
        if (!key) continue;
        const prev = sites[key];
        // Two hosts of one site (www.x.com and x.com): the stricter wish wins, nothing is silently undone.
        sites[key] = isObject(prev) && isObject(site)
          ? {
              enabled: prev.enabled !== false && site.enabled !== false,
              alwaysReader: prev.alwaysReader === true || site.alwaysReader === true,
            }
          : site;
      }
    }
    let customRules = old.customRules;
    if (Array.isArray(customRules)) {
      const seen = new Set<string>();
      customRules = customRules.flatMap((r) => {
        if (!isObject(r)) return [r];
        const site = typeof r.site === "string" ? siteKey(r.site) || null : r.site;
        const same = `${String(r.kind)}\u0000${String(r.value)}\u0000${String(site)}`;
        if (seen.has(same)) return [];
        seen.add(same);
        return [{ ...r, site }];
      });
    }
    return { ...old, version: 2, sites: isObject(old.sites) ? sites : old.sites, customRules };
  },
};

/** Runs the migrations from the input's version up to SETTINGS_VERSION; reports a version it cannot read. */
function migrate(input: Raw): { value: Raw; from: number; problem?: Problem } {
  let version: number;
  if (input.version === undefined) version = 0;
  else if (typeof input.version === "number" && Number.isInteger(input.version) && input.version >= 0) version = input.version;
  else {
    return {
      value: { ...input, version: SETTINGS_VERSION },
      from: SETTINGS_VERSION,
      problem: { code: "unknown-version", path: "version", message: `Unknown settings version ${JSON.stringify(input.version)}.` },
    };
  }
  if (version > SETTINGS_VERSION) {
    return {
      value: { ...input, version: SETTINGS_VERSION },
      from: version,
      problem: {
        code: "newer-version",
        path: "version",
        version,
        message: `These settings were written by a newer Jernih (version ${version}); this one reads version ${SETTINGS_VERSION}.`,
      },
    };
  }
  const from = version;
  let value = input;
  while (version < SETTINGS_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) throw new Error(`no migration from settings version ${version}`); // a bug, caught by the tests
    value = step(value);
    version += 1;
  }
  return { value, from };
}

// ---------------------------------------------------------------------------------------------
// Parsing

function issuesToProblems(issues: readonly v.BaseIssue<unknown>[], prefix: string): Problem[] {
  return issues.map((i) => {
    const inner = v.getDotPath(i);
    const path = inner ? `${prefix}.${inner}` : prefix;
    return { code: "bad-field" as const, path, message: `${path}: ${i.message}` };
  });
}

/**
 * Validates, migrates and repairs a stored value. Never throws, never loses a valid part: a bad
 * category switch, site entry or custom rule is dropped on its own and reported; only a value that
 * is not an object at all yields the defaults.
 */
export function parseSettings(input: unknown): ParsedSettings {
  if (input === undefined || input === null) return { settings: defaultSettings(), problems: [] };
  if (!isObject(input)) {
    return {
      settings: defaultSettings(),
      problems: [{ code: "not-settings", message: `Settings are not an object (${Array.isArray(input) ? "array" : typeof input}); defaults used.` }],
    };
  }
  const { value, from, problem } = migrate(input);
  const problems: Problem[] = problem ? [problem] : [];
  const whole = v.safeParse(SettingsSchema, value);
  const migratedFrom = from < SETTINGS_VERSION ? from : undefined;
  if (whole.success) return { settings: whole.output, problems, ...(migratedFrom !== undefined && { migratedFrom }) };

  // Repair field by field, keeping every valid part.
  const settings = defaultSettings();
  settings.categories = repairRecord(value.categories, v.boolean(), "categories", problems);
  settings.sites = repairRecord(value.sites, SiteSettingsSchema, "sites", problems);
  if (Array.isArray(value.customRules)) {
    value.customRules.forEach((rule, i) => {
      const r = v.safeParse(CustomRuleSchema, rule);
      if (r.success) settings.customRules.push(r.output);
      else problems.push(...issuesToProblems(r.issues, `customRules.${i}`));
    });
  } else if (value.customRules !== undefined) {
    problems.push({ code: "bad-field", path: "customRules", message: "customRules: not a list; emptied." });
  }
  return { settings, problems, ...(migratedFrom !== undefined && { migratedFrom }) };
}

function repairRecord<S extends v.GenericSchema>(
  input: unknown,
  schema: S,
  path: string,
  problems: Problem[],
): Record<string, v.InferOutput<S>> {
  const out: Record<string, v.InferOutput<S>> = {};
  if (input === undefined) return out;
  if (!isObject(input)) {
    problems.push({ code: "bad-field", path, message: `${path}: not an object; reset.` });
    return out;
  }
  for (const [key, item] of Object.entries(input)) {
    const r = v.safeParse(schema, item);
    if (r.success) out[key] = r.output;
    else problems.push(...issuesToProblems(r.issues, `${path}.${key}`));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Export / import files

export const FILE_FORMAT = "jernih-settings";

export interface SettingsFile {
  format: typeof FILE_FORMAT;
  /** Version of the `settings` inside, the same numbering as Settings.version. */
  schemaVersion: number;
  exportedAt: string;
  settings: Settings;
}

export function toSettingsFile(settings: Settings, now = new Date()): SettingsFile {
  return { format: FILE_FORMAT, schemaVersion: settings.version, exportedAt: now.toISOString(), settings };
}

export type ImportResult =
  | { ok: true; settings: Settings; migratedFrom?: number }
  | { ok: false; problems: Problem[] };

/**
 * Reads an exported file. All or nothing: any problem rejects the whole file, so an import never
 * half-applies and the current settings stay exactly as they were.
 */
export function readSettingsFile(text: string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [{ code: "not-settings", message: `Not a JSON file: ${(e as Error).message}` }] };
  }
  if (!isObject(json) || json.format !== FILE_FORMAT) {
    return { ok: false, problems: [{ code: "foreign-file", message: "This file was not exported by Jernih (no \"format\": \"jernih-settings\")." }] };
  }
  if (!isObject(json.settings)) {
    return { ok: false, problems: [{ code: "bad-field", path: "settings", message: "settings: missing or not an object." }] };
  }
  const parsed = parseSettings(json.settings);
  if (parsed.problems.length > 0) return { ok: false, problems: parsed.problems };
  return { ok: true, settings: parsed.settings, ...(parsed.migratedFrom !== undefined && { migratedFrom: parsed.migratedFrom }) };
}

// ---------------------------------------------------------------------------------------------
// Reading settings for one page: every part uses these, never the raw records.

/** The key a site's settings are stored under: "WWW.Detik.com." → "detik.com". Empty for no host. */
export function siteKey(hostname: string): string {
  return hostname.trim().toLowerCase().replace(/\.+$/, "").replace(/^www\./, "");
}

/** Keys that may hold settings for a host, most specific first: news.detik.com → [news.detik.com, detik.com]. */
function candidateKeys(hostname: string): string[] {
  const key = siteKey(hostname);
  if (!key) return [];
  if (/^[\d.]+$/.test(key) || key.includes(":")) return [key]; // an IP address has no parent domain
  const labels = key.split(".");
  const keys = [key];
  // Stop before the bare top-level domain: a rule for "com" would be everyone's.
  for (let i = 1; i < labels.length - 1; i++) keys.push(labels.slice(i).join("."));
  return keys;
}

/** The settings of the site a page is on (its own entry, or its parent domain's), or the defaults. */
export function siteSettingsFor(settings: Settings, hostname: string): SiteSettings {
  for (const key of candidateKeys(hostname)) {
    const site = settings.sites[key];
    if (site) return site;
  }
  return { ...DEFAULT_SITE };
}

/** Whether a custom rule's site covers this host (a rule for detik.com holds on news.detik.com). */
export function ruleAppliesTo(rule: CustomRule, hostname: string): boolean {
  return rule.site === null || candidateKeys(hostname).includes(rule.site);
}

/** Whether a category is blocked: the user's switch, or the category's default. */
export function isCategoryBlocked(settings: Settings, category: { id: string; default: boolean }): boolean {
  return settings.categories[category.id] ?? category.default;
}

/** The categories shown again on the site of `hostname` (its own entry, or its parent domain's). */
export function shownCategories(settings: Settings, hostname: string): Set<string> {
  return new Set(siteSettingsFor(settings, hostname).shown ?? []);
}

/**
 * Ids of the blocked categories, given the category list of src/rules; with a host name, less those
 * shown again on that site.
 */
export function blockedCategoryIds(
  settings: Settings,
  categories: readonly { id: string; default: boolean }[],
  hostname?: string,
): Set<string> {
  const shown = hostname === undefined ? new Set<string>() : shownCategories(settings, hostname);
  return new Set(categories.filter((c) => isCategoryBlocked(settings, c) && !shown.has(c.id)).map((c) => c.id));
}

/**
 * The custom rules that hide on a host: none when the site is switched off; otherwise the selector
 * and phrase rules for every site and for this one whose category is blocked and not shown again
 * here (a rule in an unknown category applies unless shown again). Keep rules: `keepSelectors`.
 */
export function activeCustomRules(
  settings: Settings,
  hostname: string,
  categories: readonly { id: string; default: boolean }[],
): CustomRule[] {
  if (!siteSettingsFor(settings, hostname).enabled) return [];
  const known = new Map(categories.map((c) => [c.id, c]));
  const shown = shownCategories(settings, hostname);
  return settings.customRules.filter((r) => {
    if (r.kind === "keep" || !ruleAppliesTo(r, hostname) || shown.has(r.category)) return false;
    const cat = known.get(r.category);
    return cat ? isCategoryBlocked(settings, cat) : true;
  });
}

/** The selectors of the keep rules on a host, in the order they were made; none when the site is switched off. */
export function keepSelectors(settings: Settings, hostname: string): string[] {
  if (!siteSettingsFor(settings, hostname).enabled) return [];
  return settings.customRules.filter((r) => r.kind === "keep" && ruleAppliesTo(r, hostname)).map((r) => r.value);
}

// ---------------------------------------------------------------------------------------------
// Updates: pure functions returning new settings, so the options page and the picker share them.

export function withCategory(settings: Settings, id: string, blocked: boolean): Settings {
  return { ...settings, categories: { ...settings.categories, [id]: blocked } };
}

export function withSite(settings: Settings, hostname: string, patch: Partial<SiteSettings>): Settings {
  const key = siteKey(hostname);
  if (!key) return settings;
  const next: SiteSettings = { ...DEFAULT_SITE, ...settings.sites[key], ...patch };
  if (next.shown?.length === 0) delete next.shown;
  const sites = { ...settings.sites };
  // An entry equal to the defaults says nothing: drop it so the list only shows real choices.
  if (next.enabled && !next.alwaysReader && !next.shown) delete sites[key];
  else sites[key] = next;
  return { ...settings, sites };
}

/**
 * Shows a category again on a site (`shown` true) or hides it there again. The list is kept on the
 * host's own entry: showing on news.detik.com leaves detik.com as it was.
 */
export function withShownCategory(settings: Settings, hostname: string, id: string, shown: boolean): Settings {
  const key = siteKey(hostname);
  if (!key) return settings;
  // From what holds on the host now (an entry of its parent domain included), as the popup shows it.
  const now = shownCategories(settings, key);
  if (shown) now.add(id);
  else now.delete(id);
  return withSite(settings, key, { shown: [...now].sort() });
}

export function withoutSite(settings: Settings, key: string): Settings {
  const sites = { ...settings.sites };
  delete sites[key];
  return { ...settings, sites, customRules: settings.customRules.filter((r) => r.site !== key) };
}

export function newRuleId(): string {
  const rand = globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return `r-${rand}`;
}

/**
 * Adds a rule (site normalised; a keep rule's category is KEEP_CATEGORY); a rule already present
 * (same kind, value and site) is not added twice.
 */
export function withRule(settings: Settings, rule: Omit<CustomRule, "id"> & { id?: string }): Settings {
  const site = rule.site === null ? null : siteKey(rule.site) || null;
  const value = rule.value.trim();
  if (settings.customRules.some((r) => r.kind === rule.kind && r.value === value && r.site === site)) return settings;
  const category = rule.kind === "keep" ? KEEP_CATEGORY : rule.category;
  const added: CustomRule = { id: rule.id ?? newRuleId(), kind: rule.kind, value, category, site };
  return { ...settings, customRules: [...settings.customRules, added] };
}

export function withoutRule(settings: Settings, id: string): Settings {
  return { ...settings, customRules: settings.customRules.filter((r) => r.id !== id) };
}

/** Every site key the user has a choice or a rule for, sorted. */
export function knownSites(settings: Settings): string[] {
  const keys = new Set(Object.keys(settings.sites));
  for (const r of settings.customRules) if (r.site) keys.add(r.site);
  return [...keys].sort();
}

// ---------------------------------------------------------------------------------------------
// Checking a rule as it is typed (options page) or proposed (picker).

export type RuleCheckCode = "empty" | "too-short" | "too-long" | "invalid-selector" | "unsafe-selector" | "whole-page";
export type RuleCheck = { ok: true; value: string } | { ok: false; code: RuleCheckCode; message: string };

export const PHRASE_MIN = 3;
export const RULE_MAX = 500;

/**
 * Whether a rule value may be saved. `doc` is any document to try the selector on (the options
 * page's own): an invalid selector throws there, and one matching <html> or <body> would blank every
 * page (a keep rule is a selector too, checked the same way: keeping <body> would switch Jernih off).
 */
export function checkRule(kind: CustomRule["kind"], raw: string, doc: Document): RuleCheck {
  const value = raw.trim();
  if (!value) return { ok: false, code: "empty", message: kind === "phrase" ? "Type a phrase." : "Type a CSS selector." };
  if (value.length > RULE_MAX) return { ok: false, code: "too-long", message: `At most ${RULE_MAX} characters.` };
  if (kind === "phrase") {
    if (value.length < PHRASE_MIN) return { ok: false, code: "too-short", message: `A phrase needs at least ${PHRASE_MIN} characters.` };
    return { ok: true, value };
  }
  // Braces, semicolons and comments could close the hiding stylesheet's rule and start another.
  if (/[{};]|\/\*/.test(value)) return { ok: false, code: "unsafe-selector", message: "A selector cannot contain { } ; or /*." };
  try {
    doc.createDocumentFragment().querySelector(value);
  } catch {
    return { ok: false, code: "invalid-selector", message: "Not a valid CSS selector." };
  }
  if (doc.documentElement?.matches(value) || doc.body?.matches(value) || /^\s*(\*|:root|html|body)\s*$/i.test(value)) {
    return { ok: false, code: "whole-page", message: kind === "keep" ? "This selector would keep the whole page." : "This selector would hide the whole page." };
  }
  return { ok: true, value };
}
