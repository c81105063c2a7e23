/**
 * The live-page hider's core, free of extension APIs (the content script drives it):
 *
 *  - `planData(settings, url)`: what to hide on this page — the enabled categories' selector rules
 *    (src/rules SELECTOR_RULES), the site pack's `clean` selectors, the user's custom rules, and the
 *    phrase tables of the same categories — as plain data the background sends the content script,
 *    which makes it a `HidePlan` with `planFrom` (`hidePlan` does both, for Node). null when the
 *    user switched Jernih off for the site.
 *  - `compileStylesheet(plan.selectors)`: ONE stylesheet for all of it. The background puts it in at
 *    the page's start (see src/content/hider.ts), so a block a selector names is never seen. Every rule is
 *    scoped by attributes on <html>, so the content script can pause (reveal, not an article) and
 *    resume the whole sheet by flipping one attribute, without a round trip to re-insert CSS.
 *  - `findHits(root, plan)`: blocks to hide that only text or structure identifies ("Baca juga: <a>",
 *    a "Berita Terkait" heading and its list, "Ikuti kami di Google News"). It asks the cleaner's own
 *    `classify` (src/core/classify.ts), so the live page and the reader view agree on what clutter is.
 *
 * A guard (`isProtected`) keeps the article safe: nothing that is or holds <html>, <body>, <main>,
 * the article body (itemprop=articleBody, role=main), or a long paragraph of prose is ever hidden.
 */
import { CATEGORIES, SELECTOR_RULES, SITE_PACKS, type LocalePhrases, type SelectorRule } from "../rules/index.ts";
import { activeCustomRules, blockedCategoryIds, siteSettingsFor, type Settings } from "../shared/settings.ts";
import { classify, MAX_LINE } from "./classify.ts";
import {
  filterKeys, filterOf, matchersOf, phraseFilter, phraseTables, tablesToSend, type FilterKeys, type PhraseMatcher, type PhraseTable,
} from "./phrases.ts";
import { shapeHits, type Keep } from "./live-shapes.ts";
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
}

/** The plan a content script works with, from the data the background sent. */
export function planFrom(data: PlanData): HidePlan {
  const { host, categories, selectors, phrases, filter, hasSitePack } = data;
  return { host, categories: new Set(categories), selectors, matchers: matchersOf(phrases), mayMatch: filterOf(filter), hasSitePack };
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
  return { host, categories: [...enabled], selectors, phrases: tablesToSend(phrases), filter: filterKeys(phrases), hasSitePack: pack !== null };
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

/* --------------------------------------------------------------------- finding blocks to hide */

export interface Hit {
  el: Element;
  category: Category;
  /** Rule id: a selector rule's id or `phrase:<category>:<shape>`. */
  rule: string;
}

const NEVER = new Set(["HTML", "HEAD", "BODY", "MAIN"]);
const ARTICLE_BODY = '[itemprop="articleBody"], [role="main"]';
const SKIP_TEXT = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "TEXTAREA", "TITLE"]);
/** How far up from a matching text node a block may be: "Baca juga:" sits in <strong> in <p> in a box. */
const MAX_UP = 5;

/** Share of an element's text that is link text (0 for no text). */
function linkShare(el: Element, text = squash(el.textContent ?? "")): number {
  if (!text) return 0;
  if (el.tagName === "A") return 1;
  let links = 0;
  for (const a of Array.from(el.querySelectorAll("a"))) links += squash(a.textContent ?? "").length;
  return links / text.length;
}

/** A paragraph of prose: long, and mostly not link text. */
function isProse(el: Element): boolean {
  const text = squash(el.textContent ?? "");
  return text.length > MAX_LINE && linkShare(el, text) < 0.5;
}

/** Own text of an element (its direct text nodes), for pages that write prose as <div>text<br>text</div>. */
function ownText(el: Element): string {
  let s = "";
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3) s += (n as Text).data;
  return squash(s);
}

/** The guard: never hide the page, its main container, the article body, or prose. */
export function isProtected(el: Element): boolean {
  if (NEVER.has(el.tagName.toUpperCase())) return true;
  if (el.matches(ARTICLE_BODY) || el.querySelector(`main, ${ARTICLE_BODY}`)) return true;
  // All its text is one short line (most hits): no paragraph of prose can be inside.
  if (shortText(el, MAX_LINE) !== null) return false;
  if (ownText(el).length > MAX_LINE) return true;
  if (el.tagName === "P" ? isProse(el) : Array.from(el.getElementsByTagName("p")).some(isProse)) return true;
  return false;
}

/** The tag name in upper case: HTML elements have it so already (no new string per call); SVG and XML ones do not. */
function upperTag(el: Element): string {
  const t = el.tagName;
  return t.charCodeAt(0) <= 90 ? t : t.toUpperCase();
}

/** Node-safe (no DOM globals in Node): an element, not a document. */
const isElement = (n: Node): n is Element => n.nodeType === 1;

/**
 * Selector rules matching `root` or inside it (invalid selectors match nothing). One query for all
 * rules — the selector engine walks the page once, not once per rule — and then, for each element
 * found, the first rule (in plan order) that names it. A rule the browser cannot parse would make
 * the joined query throw, so each is checked alone first, against an empty fragment (no walk).
 */
export function selectorHits(root: Element | Document, selectors: readonly SelectorRule[]): Hit[] {
  const doc = root.ownerDocument ?? (root as Document);
  const valid = validSelectors(doc, selectors);
  if (valid.length === 0) return [];
  const joined = valid.map((r) => r.selector).join(",");
  const found = isElement(root) && root.matches(joined) ? [root] : [];
  for (const el of Array.from(root.querySelectorAll(joined))) found.push(el);
  const hits: Hit[] = [];
  for (const el of found) {
    const r = valid.find((rule) => el.matches(rule.selector));
    if (r) hits.push({ el, category: r.category, rule: r.id });
  }
  return hits;
}

const checked = new WeakMap<readonly SelectorRule[], SelectorRule[]>();
function validSelectors(doc: Document, selectors: readonly SelectorRule[]): SelectorRule[] {
  let valid = checked.get(selectors);
  if (valid) return valid;
  const empty = doc.createDocumentFragment();
  valid = selectors.filter((r) => {
    try {
      empty.querySelector(r.selector);
      return true;
    } catch {
      return false; // a user rule, or a site pack's, that this browser cannot parse
    }
  });
  checked.set(selectors, valid);
  return valid;
}

const WHITESPACE = /[\s\u00a0\u200b]+/g;
const FEW_CHILDREN = 12;

/**
 * `squash(el.textContent)` when that is at most `max` characters, else null — without reading more
 * of a big container than it takes to know it is too long. The live page asks this of every block
 * that holds a text node, page containers included, so it must not cost the whole page's text each
 * time.
 */
export function shortText(el: Node, max: number): string | null {
  // A block of a few elements (nearly every one): the browser's own textContent is far cheaper than
  // a walk in script, and its length is bounded by what so few children hold.
  if ((el as Element).childElementCount <= FEW_CHILDREN) {
    const raw = el.textContent ?? "";
    // A paragraph of prose: its first 2·max characters already squash to more than max (squashing a
    // prefix never gives more than squashing the whole), so the rest need not be squashed.
    if (raw.length > 2 * max && squash(raw.slice(0, 2 * max)).length > max) return null;
    const text = squash(raw);
    return text.length > max ? null : text;
  }
  const doc = el.ownerDocument ?? (el as Document);
  const walker = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let out = "";
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    out += (n as Text).data.replace(WHITESPACE, " ");
    // Runs are collapsed within each node: only node boundaries can still hold a double space.
    if (out.length > max && squash(out).length > max) return null;
  }
  return squash(out);
}

/** Inline elements: a phrase can span several of them ("Cek berita di <a>Google News</a>"). */
const INLINE = new Set(["A", "SPAN", "STRONG", "B", "EM", "I", "U", "SMALL", "FONT", "MARK", "CODE", "ABBR", "TIME", "LABEL", "SUP", "SUB", "BR"]);

/**
 * A clutter line found on an inline element ("<span>Dukung kami</span> <a>di sini</a>") goes with
 * the short block it sits in, so no stray link or separator is left behind.
 */
function liftInline(el: Element): Element {
  let block = el;
  while (INLINE.has(block.tagName.toUpperCase()) && block.parentElement && !NEVER.has(block.parentElement.tagName.toUpperCase())) {
    if (shortText(block.parentElement, MAX_LINE) === null) break;
    block = block.parentElement;
  }
  return block;
}

/**
 * A heading is often wrapped ("<div class=title><strong>Berita Terkait</strong></div><ul>…"), so its
 * list is the next sibling of the wrapper, not of the heading: climb single-child wrappers first.
 */
function headingAndList(heading: Element): Element[] {
  let h = heading;
  while (h.parentElement && h.parentElement.childElementCount === 1 && !NEVER.has(h.parentElement.tagName.toUpperCase()) && !ownText(h.parentElement)) {
    h = h.parentElement;
  }
  const next = h.nextElementSibling;
  return next && !SKIP_TEXT.has(next.tagName.toUpperCase()) && linkShare(next) > 0.5 ? [h, next] : [h];
}

/**
 * The box around a verdict's blocks, when they are all it holds: "Berita Terkait" and its list in
 * their <section>, a "Baca juga" link in its one-cell table. Hiding the box rather than its contents
 * leaves no empty frame on the page and counts as one block.
 */
function wholeBox(targets: Element[]): Element[] {
  let box = targets;
  for (let up = 0; up < 4; up++) {
    const parent = box[0]?.parentElement;
    if (!parent || NEVER.has(parent.tagName.toUpperCase()) || ownText(parent)) break;
    const children = Array.from(parent.children).filter((c) => !SKIP_TEXT.has(c.tagName.toUpperCase()));
    if (children.length !== box.length || !children.every((c) => box.includes(c))) break;
    box = [parent];
  }
  return box;
}

const filters = new WeakMap<readonly PhraseMatcher[], (text: string) => boolean>();
function filterFor(matchers: readonly PhraseMatcher[]): (text: string) => boolean {
  let f = filters.get(matchers);
  if (!f) filters.set(matchers, (f = phraseFilter(matchers)));
  return f;
}

/**
 * Blocks under `root` that the text rules call clutter. A search starts only where the text of a
 * short block (the nearest non-inline ancestor of a text node, tested once) matches a phrase, so a
 * page without clutter phrases costs one walk over its text nodes and a regex test per short block.
 * From there, `classify` is asked innermost first, up to MAX_UP ancestors, like the cleaner does.
 */
export function textHits(root: Node, matchers: readonly PhraseMatcher[], mayMatch = filterFor(matchers)): Hit[] {
  if (matchers.length === 0) return [];
  // A text node as the root is checked alone (a batch of the live page); otherwise every text node under it.
  if (root.nodeType === 3) return walkHits(null, root, matchers, mayMatch);
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  return walkHits(walker, walker.nextNode(), matchers, mayMatch);
}

const NOT_BLANK = /\S/;

/** Text nodes the live page has looked at (see walkHits): each one looked at is added; `skip`: those already in are passed over. */
export interface SeenText {
  set: WeakSet<Node>;
  skip: boolean;
}

/**
 * textHits over `first` and the text nodes a walker yields after it. The live page keeps one
 * walker over the document while it loads: the parser adds nodes in document order, so each batch
 * goes on from where the last one stopped instead of being told every added node.
 */
export function walkHits(
  walker: TreeWalker | null, first: Node | null, matchers: readonly PhraseMatcher[],
  mayMatch: (text: string) => boolean, seen?: SeenText,
): Hit[] {
  const hits: Hit[] = [];
  if (matchers.length === 0) return hits;
  const tested = new Set<Element>();
  const classified = new Set<Element>();
  const seenSet = seen?.set ?? null;
  const skipSeen = seen?.skip === true;
  let lastParent: Element | null = null;
  // The page's every text node passes here, most of them the white space between tags, and the
  // first walk runs before the engine has compiled any of it: as little as possible per node.
  for (let n = first; n; n = walker ? walker.nextNode() : null) {
    // Seen before (the sweep at DOMContentLoaded passes over most of the page): not even its text is read.
    if (skipSeen && seenSet!.has(n)) continue;
    // White space between tags changes no block's words (and is not worth remembering as seen).
    if (!NOT_BLANK.test((n as Text).data)) continue;
    seenSet?.add(n);
    const parent = n.parentElement;
    // Text nodes of one element come one after another (text, <br>, text…): its block is known.
    if (!parent || parent === lastParent || SKIP_TEXT.has(upperTag(parent))) continue;
    lastParent = parent;
    let block = parent;
    for (let up = 0; up < 4 && INLINE.has(upperTag(block)) && block.parentElement; up++) block = block.parentElement;
    if (tested.has(block)) continue;
    tested.add(block);
    const text = shortText(block, MAX_LINE)?.toLowerCase();
    if (!text || !mayMatch(text) || !matchers.some((m) => m.test(text))) continue;
    let el: Element | null = parent;
    for (let up = 0; el && up < MAX_UP && !NEVER.has(el.tagName.toUpperCase()); up++, el = el.parentElement) {
      if (classified.has(el)) break;
      classified.add(el);
      const v = classify(el, matchers, { shapes: false });
      // Structural verdicts (dates, bylines…) belong to the reader view; the live page hides by phrase
      // only, so it does not ask for them (their Unicode regexes cost milliseconds the first time).
      if (v && v.rule.startsWith("phrase:")) {
        const targets = v.alsoRemove.length ? [v.target, ...v.alsoRemove]
          : v.rule.endsWith(":heading") ? headingAndList(v.target)
          : [liftInline(v.target)];
        for (const target of wholeBox(targets)) hits.push({ el: target, category: v.category, rule: v.rule });
        break;
      }
      if (shortText(el, MAX_LINE) === null) break;
    }
  }
  return hits;
}

/**
 * Everything to hide under `root`: selector rules first, then text rules, then (given what the page
 * must keep) the shapes of live-shapes.ts. The guard is the caller's.
 */
export function findHits(root: Element | Document | Text, plan: HidePlan, keep?: Keep): Hit[] {
  if (isText(root)) return textHits(root, plan.matchers, plan.mayMatch); // one added text node: its block
  const scope = isElement(root) ? root : root.body ?? root.documentElement;
  if (!scope) return [];
  const text = textHits(scope, plan.matchers, plan.mayMatch);
  const shapes = keep ? shapeHits(root, keep, plan.categories) : [];
  return [...selectorHits(root, plan.selectors), ...text, ...shapes];
}

const isText = (n: Node): n is Text => n.nodeType === 3;

/**
 * A block hidden by a heading rule, looked at again once more of the page is there: its list may
 * have arrived in a later batch than the heading ("Berita Terkait", then the <ul> a moment later).
 */
export function headingHits(hidden: Element, category: Category, rule: string): Hit[] {
  return wholeBox(headingAndList(hidden)).map((el) => ({ el, category, rule }));
}
