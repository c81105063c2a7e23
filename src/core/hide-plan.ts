/**
 * The live-page hider's plan, compiled away from the page (background, build): what to hide on a
 * page as plain data, and the stylesheets. Matching a plan against a page is hide-match.ts.
 *
 *  - `planData(url, choices)`: the blocked categories' selector rules (src/rules SELECTOR_RULES),
 *    the site pack's `clean` selectors, the user's custom rules, and the phrase tables of the same
 *    categories — as plain data the background sends the content script, which makes it a
 *    `HidePlan` with `planFrom`. `choices` are the settings already resolved for the page
 *    (src/shared/page-plan.ts): the core never reads the settings object (imports point down).
 *    Categories the person showed again on the site are not in `choices.blocked`; the site's keep
 *    rules (the picker's "Keep this block") travel with the plan as `keep`.
 *  - `compileStylesheet(plan.selectors, …, { keep })`: ONE stylesheet for all of it, put in at the
 *    page's start. Every rule is scoped by attributes on <html>, so the content script can pause
 *    (reveal, not an article) and resume the whole sheet by flipping one attribute; every rule spares
 *    what a keep selector names, holds or is held in (keep-rules.ts).
 *  - `staticSheets()`: the built-in rules as files registered as content-script CSS (build time).
 */
import { CATEGORIES, SELECTOR_RULES, SITE_PACKS, type LocalePhrases, type SelectorRule } from "../rules/index.ts";
import { balancedSelector, keepMatcher, keepSheetExclusions } from "./keep-rules.ts";
import {
  filterKeys, filterOf, matchersOf, phraseFilter, phraseTables, slotLists, slotTables, tablesToSend,
  type FilterKeys, type PhraseMatcher, type PhraseTable, type SlotList,
} from "./phrases.ts";
import { selectorParts } from "./selector-parts.ts";
import { declaredName, declaredSiteNames, siteNames } from "./site-name.ts";
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
 * On <html>: the categories not blocked on the page, space-separated. The built-in sheets a page got
 * at its start stay in it when the settings change; each of their rules stands down for its category here.
 */
export const SHOWN_ATTR = "data-jernih-shown";

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
  /**
   * The phrases with a site slot, unfilled, for a name the page's head declares (withDeclaredNames);
   * empty once the page's names are in `matchers`.
   */
  slotted: readonly SlotList[];
  /** A site pack covers this host: the page counts as an article before detection. */
  hasSitePack: boolean;
  /** The site pack's selectors of the article body, tried first when the live page looks for it. */
  content: readonly string[];
  /** The person's keep selectors for this site: what they name, hold or hold in is never hidden. */
  keep: readonly string[];
  /** Whether an element is kept (see keepMatcher). */
  isKept: (el: Element) => boolean;
  /** Known categories not blocked on this page (switched off, or shown again on this site). */
  unblocked: readonly Category[];
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

/** A keep selector may go into every hiding rule's `:not(…)` (see keep-rules.ts). */
export function isKeepSelector(selector: string): boolean {
  return isSafeSelector(selector) && balancedSelector(selector.trim());
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
  /** The phrases with a site slot, unfilled (see HidePlan.slotted). */
  slotted: SlotList[];
  hasSitePack: boolean;
  content: string[];
  keep: string[];
  unblocked: Category[];
}

/** A user's own hiding rule, as the settings hold it: kind "selector" (value a CSS selector) or "phrase". */
export interface UserRule {
  id: string;
  kind: string;
  value: string;
  category: Category;
}

/** What the person chose for one page, resolved from the settings by the caller (src/shared/page-plan.ts). */
export interface PageChoices {
  /** The categories blocked on the page (those shown again on its site left out). */
  blocked: ReadonlySet<Category>;
  /** The user's hiding rules on the page (its site's and every site's, of blocked categories); keep rules come as `keep`. */
  custom: readonly UserRule[];
  /** The user's keep selectors for the page's site. */
  keep: readonly string[];
}

/** The plan a content script works with, from the data the background sent. */
export function planFrom(data: PlanData): HidePlan {
  const { host, categories, selectors, phrases, filter, slotted, hasSitePack, content, keep, unblocked } = data;
  return {
    host, categories: new Set(categories), selectors, matchers: matchersOf(phrases), mayMatch: filterOf(filter), slotted, hasSitePack,
    content, keep, isKept: keepMatcher(keep), unblocked,
  };
}

/**
 * The plan with the phrases that name the site filled in also with the name `doc`'s head declares
 * (declaredSiteNames: "TribunJakarta.com" on jakarta.tribunnews.com), once its head is parsed. The
 * same plan when the head declares no name beyond its host's (most pages) or this was done already.
 */
export function withDeclaredNames(plan: HidePlan, doc: Document): HidePlan {
  if (plan.slotted.length === 0) return plan;
  const names = declaredSiteNames(doc.URL, declaredName(doc));
  if (!names) return { ...plan, slotted: [] };
  const more = matchersOf(slotTables(plan.slotted, names));
  const mayMatchMore = phraseFilter(more);
  const { mayMatch } = plan;
  return { ...plan, slotted: [], matchers: [...plan.matchers, ...more], mayMatch: (t) => mayMatch(t) || mayMatchMore(t) };
}

/**
 * A rule as one rule per selector of its list, with its id and category: the page queries each alone
 * (hide-match.ts selectorHits) and the sheet writes each as a rule of its own (compileStylesheet).
 */
function eachSelector(rule: SelectorRule): SelectorRule[] {
  const parts = selectorParts(rule.selector);
  return parts && parts.length > 1 ? parts.map((p) => ({ ...rule, selector: p.text })) : [rule];
}

/** What to hide on the page at `url` (see HidePlan) given the person's choices there, as plain data; null when the URL has no host. */
export function planData(url: string, choices: PageChoices): PlanData | null {
  const host = hostOf(url);
  if (!host) return null;
  // Categories shown again on this site are not in `blocked`: no selector, phrase or shape of theirs.
  const { blocked: categories, custom } = choices;
  const pack = findSitePack(url);
  // A custom rule in a category the rules do not know still applies (shared/settings.ts activeCustomRules says so).
  const enabled = new Set(categories);
  for (const r of custom) enabled.add(r.category);

  const selectors: SelectorRule[] = [
    ...SELECTOR_RULES.filter((r) => categories.has(r.category)),
    ...(pack ? packSelectorRules(pack).filter((r) => categories.has(r.category)) : []),
    ...custom.filter((r) => r.kind === "selector").map((r) => ({ id: `${CUSTOM_PREFIX}${r.id}`, category: r.category, selector: r.value })),
  ].filter((r) => isSafeSelector(r.selector)).flatMap(eachSelector);

  const userPhrases: Record<string, { line: string[] }> = {};
  for (const r of custom) {
    if (r.kind !== "phrase") continue;
    (userPhrases[r.category] ??= { line: [] }).line.push(squash(r.value).toLowerCase());
  }
  const extra: Pick<LocalePhrases, string>[] = [...(pack ? packPhrases(pack) : []), { locale: "custom", ...userPhrases }];
  const textCategories = new Set([...enabled].filter((c) => !READER_ONLY_TEXT.has(c)));
  const phrases = phraseTables(textCategories, extra, siteNames(url));
  return { host, categories: [...enabled], selectors, phrases: tablesToSend(phrases), filter: filterKeys(phrases),
    slotted: slotLists(textCategories, extra), hasSitePack: pack !== null,
    content: pack?.content ?? [],
    keep: choices.keep.filter(isKeepSelector),
    unblocked: CATEGORIES.map((c) => c.id).filter((id) => !enabled.has(id)),
  };
}

/** Comment text cannot end the comment early. */
const commentSafe = (s: string) => s.replace(/\*\//g, "* /");

/**
 * The built-in rules as static sheets, one per category and one per (site pack, category), written at
 * build time and registered by the background as content-script CSS (see src/background/sheets.ts):
 * the browser puts those in before the page's first byte is parsed, so a block a built-in selector
 * names is never painted, whatever the timing of the user-origin sheet. Keys are file names.
 * They outlive a settings change in a page that has them: each rule stands down while <html> lists
 * its category in SHOWN_ATTR, and for a block the content script marked with KEEP_ATTR.
 * One more sheet, `hide/marks.css` (category null: every category), hides the blocks the content
 * script marks: the user-origin sheet, which also has that rule, is put in only once the page is
 * parsed (both browsers insert it at document_idle), and the marks made while it loads must hide
 * their blocks before they are painted.
 */
export function staticSheets(): Map<string, { category: Category | null; domain: string | null; css: string }> {
  const out = new Map<string, { category: Category | null; domain: string | null; css: string }>();
  out.set("hide/marks.css", { category: null, domain: null, css: marksSheet() });
  const add = (domain: string | null, rules: readonly SelectorRule[]) => {
    for (const category of new Set(rules.map((r) => r.category))) {
      const mine = rules.filter((r) => r.category === category && isSafeSelector(r.selector));
      if (mine.length === 0) continue;
      const file = `hide/${domain ? `site-${domain}-` : ""}${category}.css`.replace(/[^\w./-]/g, "_");
      out.set(file, { category, domain, css: compileStylesheet(mine, false, { byCategory: true }) });
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

export interface SheetOptions {
  /** The page's keep selectors (PlanData.keep): every rule spares what they name, hold or hold in. */
  keep?: readonly string[];
  /** Each rule stands down while <html> lists its category in SHOWN_ATTR (the static sheets). */
  byCategory?: boolean;
}

/** A category id that can go into an attribute selector as it is (the rules' ids all can). */
const PLAIN_ID = /^[\w-]+$/;

export function compileStylesheet(selectors: readonly SelectorRule[], withMarks = true, opts: SheetOptions = {}): string {
  const scope = `:root:not([${PAUSE_ATTR}])`;
  // A rule the user made with the picker on a front page must hold there too, so their own rules
  // pause only when the user asks to see everything, not when the page is no article.
  const userScope = `:root:not([${PAUSE_ATTR}="revealed"])`;
  const spare = [`[${KEEP_ATTR}]`, "body", ...keepSheetExclusions((opts.keep ?? []).filter(isKeepSelector))].join(", ");
  const hide = "{ display: none !important; }";
  const lines = [`/* Jernih: hides clutter blocks; ${selectors.length} selector rules. */`];
  let lastId: string | null = null;
  for (const r of selectors) {
    const root = r.id.startsWith(CUSTOM_PREFIX) ? userScope : scope;
    const shown = opts.byCategory && PLAIN_ID.test(r.category) ? `:not([${SHOWN_ATTR}~="${r.category}"])` : "";
    // One CSS rule per selector of the rule's list: an invalid one then drops only its own rule. A
    // compound selector goes as it is, not in `:is(…)`: see selector-parts.ts for why.
    if (r.id !== lastId) lines.push(`/* ${commentSafe(r.id)} (${commentSafe(r.category)}) */`);
    lastId = r.id;
    for (const part of selectorParts(r.selector) ?? [{ text: r.selector, compound: false }]) {
      lines.push(`${root}${shown} ${part.compound ? part.text : `:is(${part.text})`}:not(${spare}) ${hide}`);
    }
  }
  if (withMarks) lines.push(marksRule(spare));
  return `${lines.join("\n")}\n`;
}

/**
 * The sheet of a page that is an article (or still loading): every selector rule of its plan and the
 * marks' rule, sparing its keep selectors. The background writes it to put it in at the page's start;
 * a page whose sheet was held back writes it itself when it needs it (src/content/hider.ts).
 */
export function pageSheet(plan: { selectors: readonly SelectorRule[]; keep: readonly string[] }): string {
  return compileStylesheet(plan.selectors, true, { keep: plan.keep });
}

/** The rule that hides what the content script marked (text and shape rules), paused with the rest. */
function marksRule(spare: string): string {
  return `/* blocks found by text and shape rules, marked by the content script */\n:root:not([${PAUSE_ATTR}]) [${HIDDEN_ATTR}]:not(${spare}) { display: none !important; }`;
}

function marksSheet(): string {
  return `/* Jernih: hides the blocks the content script marks, from the page's first byte. */\n${marksRule(`[${KEEP_ATTR}], body`)}\n`;
}
