/** Every rule file of this folder, loaded once. Bundlers inline the JSON; Node reads it via the import. */
import categories from "./categories.json" with { type: "json" };
import ar from "./locales/ar.json" with { type: "json" };
import de from "./locales/de.json" with { type: "json" };
import en from "./locales/en.json" with { type: "json" };
import es from "./locales/es.json" with { type: "json" };
import fi from "./locales/fi.json" with { type: "json" };
import fr from "./locales/fr.json" with { type: "json" };
import hi from "./locales/hi.json" with { type: "json" };
import id from "./locales/id.json" with { type: "json" };
import it from "./locales/it.json" with { type: "json" };
import ja from "./locales/ja.json" with { type: "json" };
import ko from "./locales/ko.json" with { type: "json" };
import ms from "./locales/ms.json" with { type: "json" };
import nl from "./locales/nl.json" with { type: "json" };
import pl from "./locales/pl.json" with { type: "json" };
import pt from "./locales/pt.json" with { type: "json" };
import ru from "./locales/ru.json" with { type: "json" };
import th from "./locales/th.json" with { type: "json" };
import tl from "./locales/tl.json" with { type: "json" };
import tr from "./locales/tr.json" with { type: "json" };
import vi from "./locales/vi.json" with { type: "json" };
import zh from "./locales/zh.json" with { type: "json" };
import selectors from "./selectors.json" with { type: "json" };
import { SITE_PACKS as SITES } from "./sites/index.ts";
import type { CategoryDef, LocalePhrases, SelectorRule, SitePack } from "./types.ts";

export const CATEGORIES: readonly CategoryDef[] = categories;
/** Indonesian and Malay first: they are our first readers' languages. */
export const LOCALES: readonly LocalePhrases[] = [id, ms, en, de, fr, es, pt, it, nl, pl, fi, ru, tr, ar, hi, vi, th, tl, zh, ja, ko] as LocalePhrases[];
export const SELECTOR_RULES: readonly SelectorRule[] = selectors;
export const SITE_PACKS: readonly SitePack[] = SITES;

export type { CategoryDef, LocalePhrases, SelectorRule, SitePack, PhraseShape } from "./types.ts";
