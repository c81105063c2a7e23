/**
 * The settings schema: one shape, its defaults, validation and migrations. Every part reads settings
 * through `parseSettings`, so a corrupt or foreign value is repaired, never trusted.
 * Free of extension APIs: storage is passed in (see src/shared/store.ts).
 */
import * as v from "valibot";

export const SETTINGS_VERSION = 1;

export const CustomRuleSchema = v.object({
  id: v.string(),
  /** "selector" hides elements matching a CSS selector; "phrase" hides short blocks containing the text. */
  kind: v.picklist(["selector", "phrase"]),
  value: v.pipe(v.string(), v.trim(), v.minLength(1)),
  category: v.string(),
  /** Host name the rule applies to (e.g. "www.detik.com"), or null for every site. */
  site: v.nullable(v.string()),
});
export type CustomRule = v.InferOutput<typeof CustomRuleSchema>;

export const SiteSettingsSchema = v.object({
  /** false: Jernih hides nothing on this site. */
  enabled: v.optional(v.boolean(), true),
  /** Open the reader view automatically on article pages of this site. */
  alwaysReader: v.optional(v.boolean(), false),
});
export type SiteSettings = v.InferOutput<typeof SiteSettingsSchema>;

export const SettingsSchema = v.object({
  version: v.literal(SETTINGS_VERSION),
  /** Category id → blocked? Categories missing here take their default from src/rules/categories.json. */
  categories: v.record(v.string(), v.boolean()),
  sites: v.record(v.string(), SiteSettingsSchema),
  customRules: v.array(CustomRuleSchema),
});
export type Settings = v.InferOutput<typeof SettingsSchema>;

export function defaultSettings(): Settings {
  return { version: SETTINGS_VERSION, categories: {}, sites: {}, customRules: [] };
}

export interface ParsedSettings {
  settings: Settings;
  /** What was wrong with the input, in words a user can read; empty when it was valid. */
  problems: string[];
}

/** Validates (and migrates) any stored value; invalid input yields the defaults and says why. */
export function parseSettings(input: unknown): ParsedSettings {
  if (input === undefined || input === null) return { settings: defaultSettings(), problems: [] };
  const r = v.safeParse(SettingsSchema, input);
  if (r.success) return { settings: r.output, problems: [] };
  return {
    settings: defaultSettings(),
    problems: r.issues.map((i) => `${v.getDotPath(i) ?? "settings"}: ${i.message}`),
  };
}
