/**
 * The live-page hider's plan, compiled away from the page (background, build): what to hide on a
 * page as plain data, and the stylesheets. Matching a plan against a page is hide-match.ts.
 *
 *  - `planData(settings, url)`: the enabled categories' selector rules (src/rules SELECTOR_RULES),
 *    the site pack's `clean` selectors, the user's custom rules, and the phrase tables of the same
 *    categories — as plain data the background sends the content script, which makes it a
 *    `HidePlan` with `planFrom` (`hidePlan` does both, for Node). null when the user switched
 *    Jernih off for the site.
 *  - `compileStylesheet(plan.selectors)`: ONE stylesheet for all of it, put in at the page's start.
 *    Every rule is scoped by attributes on <html>, so the content script can pause (reveal, not an
 *    article) and resume the whole sheet by flipping one attribute.
 *  - `staticSheets()`: the built-in rules as files registered as content-script CSS (build time).
 */
import { CATEGORIES, SELECTOR_RULES, SITE_PACKS, type LocalePhrases, type SelectorRule } from "../rules/index.ts";
import { activeCustomRules, blockedCategoryIds, siteSettingsFor, type Settings } from "../shared/settings.ts";
import { filterKeys, filterOf, matchersOf, phraseTables, tablesToSend, type FilterKeys, type PhraseMatcher, type PhraseTable } from "./phrases.ts";
import { findSitePack, packPhrases, packSelectorRules } from "./sitepack.ts";
import { squash } from "./text.ts";
import type { Category } from "./types.ts";

/** On a hidden element: the category that hid it, e.g. data-jernih-hidden="related". */
export const HIDDEN_ATTR = "data-jernih-hidden";
/** On a selector match the guard refused: the stylesheet leaves it visible. */
export const KEEP_ATTR = "data-jernih-keep";
/** On <html> while the page is revealed or is not an article: the stylesheet hides nothing. */
export const PAUSE_ATTR = "data-jernih-pause";

/**
 * Categories whose text rules stay off on the live page: a byline or date line "credit" and a repeated
 * caption are clutter inside the reader view (which shows author and date in its header), but on the
 * site itself they are the only place a reader finds them. Their selector rules still apply.
 */
const READER_ONLY_TEXT = new Set<Category>(["credits", "duplicate"]);

export interface HidePlan {
  host: string;
  /** Blocked categories on this page. */
  categories: ReadonlySet<Category>;
  /** Selector rules to hide by: core rules, the site pack's, the user's. Unsafe selectors are left out. */
  selectors: readonly SelectorRule[];
  /** Phrase matchers of the blocked categories (locale lists + site pack + user phrase rules). */
  matchers: readonly PhraseMatcher[];
  /** The matchers' quick test (phraseFilter): false when none of them can match a text. */
  mayMatch: (text: string) => boolean;
  /** A site pack covers this host: the page counts as an article before detection. */
  hasSitePack: boolean;
  /** The site pack's selectors of the article body, tried first when the live page looks for it. */
  content: readonly string[];
}

/**
 * A selector goes inside a CSS rule, so it must not be able to close that rule and open another:
 * no braces, no comments, no at-rules, within a sane length. Anything else the browser's parser
 * judges (an invalid selector drops only its own rule).
 */
export function isSafeSelector(selector: string): boolean {
  const s = selector.trim();
  return s.length > 0 && s.length <= 2000 && !/[{}]|\/\*|\*\/|@|<\/?style/i.test(s);
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return "";
  }
}

/**
 * A plan as plain data, the way the background sends it to the content script with the page's sheet
 * (src/background/hider.ts): the settings are read, the phrases compiled and the sheet written
 * there, once per page, so none of it runs on the page's main thread.
 */
export interface PlanData {
  host: string;
  categories: Category[];
  selectors: SelectorRule[];
  phrases: PhraseTable[];
  /** The keys of the phrases' quick test (filterKeys), so the page does not gather them. */
  filter: FilterKeys | null;
  hasSitePack: boolean;
  content: string[];
}

/** The plan a content script works with, from the data the background sent. */
export function planFrom(data: PlanData): HidePlan {
  const { host, categories, selectors, phrases, filter, hasSitePack, content } = data;
  return { host, categories: new Set(categories), selectors, matchers: matchersOf(phrases), mayMatch: filterOf(filter), hasSitePack, content };
}

export function hidePlan(settings: Settings, url: string): HidePlan | null {
  const data = planData(settings, url);
  return data && planFrom(data);
}

/** What to hide on the page at `url` (see HidePlan), as plain data; null when the user switched Jernih off for the site. */
export function planData(settings: Settings, url: string): PlanData | null {
  const host = hostOf(url);
  if (!host || !siteSettingsFor(settings, host).enabled) return null;
  const categories = blockedCategoryIds(settings, CATEGORIES);
  const pack = findSitePack(url);
  const custom = activeCustomRules(settings, host, CATEGORIES);
  // A custom rule in a category the rules do not know still applies (activeCustomRules says so).
  const enabled = new Set(categories);
  for (const r of custom) enabled.add(r.category);

  const selectors: SelectorRule[] = [
    ...SELECTOR_RULES.filter((r) => categories.has(r.category)),
    ...(pack ? packSelectorRules(pack).filter((r) => categories.has(r.category)) : []),
    ...custom.filter((r) => r.kind === "selector").map((r) => ({ id: `${CUSTOM_PREFIX}${r.id}`, category: r.category, selector: r.value })),
  ].filter((r) => isSafeSelector(r.selector));

  const userPhrases: Record<string, { line: string[] }> = {};
  for (const r of custom) {
    if (r.kind !== "phrase") continue;
    (userPhrases[r.category] ??= { line: [] }).line.push(squash(r.value).toLowerCase());
  }
  const extra: Pick<LocalePhrases, string>[] = [...(pack ? packPhrases(pack) : []), { locale: "custom", ...userPhrases }];
  const textCategories = new Set([...enabled].filter((c) => !READER_ONLY_TEXT.has(c)));
  const phrases = phraseTables(textCategories, extra);
  return { host, categories: [...enabled], selectors, phrases: tablesToSend(phrases), filter: filterKeys(phrases), hasSitePack: pack !== null,
    content: pack?.content ?? [],
  };
}

/** Comment text cannot end the comment early. */
const commentSafe = (s: string) => s.replace(/\*\//g, "* /");

/**
 * The built-in rules as static sheets, one per category and one per (site pack, category), written at
 * build time and registered by the background as content-script CSS (see src/background/sheets.ts):
 * the browser puts those in before the page's first byte is parsed, so a block a built-in selector
 * names is never painted, whatever the timing of the user-origin sheet. Keys are file names.
 */
export function staticSheets(): Map<string, { category: Category; domain: string | null; css: string }> {
  const out = new Map<string, { category: Category; domain: string | null; css: string }>();
  const add = (domain: string | null, rules: readonly SelectorRule[]) => {
    for (const category of new Set(rules.map((r) => r.category))) {
      const mine = rules.filter((r) => r.category === category && isSafeSelector(r.selector));
      if (mine.length === 0) continue;
      const file = `hide/${domain ? `site-${domain}-` : ""}${category}.css`.replace(/[^\w./-]/g, "_");
      out.set(file, { category, domain, css: compileStylesheet(mine, false) });
    }
  };
  add(null, SELECTOR_RULES);
  for (const pack of SITE_PACKS) add(pack.domain.toLowerCase(), packSelectorRules(pack));
  return out;
}

/** Id prefix of the user's own selector rules in a plan. */
export const CUSTOM_PREFIX = "custom:";

/** The user's own selector rules of a plan: they hold on every page of their site, article or not. */
export function customSelectors(selectors: readonly SelectorRule[]): SelectorRule[] {
  return selectors.filter((r) => r.id.startsWith(CUSTOM_PREFIX));
}

export function compileStylesheet(selectors: readonly SelectorRule[], withMarks = true): string {
  const scope = `:root:not([${PAUSE_ATTR}])`;
  // A rule the user made with the picker on a front page must hold there too, so their own rules
  // pause only when the user asks to see everything, not when the page is no article.
  const userScope = `:root:not([${PAUSE_ATTR}="revealed"])`;
  const hide = "{ display: none !important; }";
  const lines = [`/* Jernih: hides clutter blocks; ${selectors.length} selector rules. */`];
  for (const r of selectors) {
    // One CSS rule per selector rule: an invalid selector then drops only its own rule.
    lines.push(`/* ${commentSafe(r.id)} (${commentSafe(r.category)}) */`);
    lines.push(`${r.id.startsWith(CUSTOM_PREFIX) ? userScope : scope} :is(${r.selector}):not([${KEEP_ATTR}], body) ${hide}`);
  }
  if (withMarks) {
    lines.push(`/* blocks found by text rules, marked by the content script */`);
    lines.push(`${scope} [${HIDDEN_ATTR}]:not([${KEEP_ATTR}], body) ${hide}`);
  }
  return `${lines.join("\n")}\n`;
}
