/** Every rule file of this folder, loaded once. Bundlers inline the JSON; Node reads it via the import. */
import categories from "./categories.json" with { type: "json" };
import id from "./locales/id.json" with { type: "json" };
import type { CategoryDef, LocalePhrases, SelectorRule } from "./types.ts";

export const CATEGORIES: readonly CategoryDef[] = categories;
export const LOCALES: readonly LocalePhrases[] = [id as LocalePhrases];
export const SELECTOR_RULES: readonly SelectorRule[] = [];
export { SITE_PACKS } from "./sites/index.ts";

export type { CategoryDef, LocalePhrases, SelectorRule, SitePack, PhraseShape } from "./types.ts";
