/**
 * The boilerplate cleaner: runs after Readability on the article DOM, removes what the rules call
 * clutter, and records every removal with its category, rule and text.
 *
 * Three passes, each by shape rather than by word:
 *  0. page counters of in-page parts ("2 dari 3 halaman", "Page 2 of 3"): once the parts are one
 *     article, a counter between them is a leftover of the pager;
 *  1. blocks, innermost first: phrase rules and structural shapes (classify.ts);
 *  2. the head and the tail: before the first real paragraph, link lists are menus and breadcrumbs;
 *     after the last one, they are related/tag lists;
 *  3. repeats: a caption or line printed twice keeps its first copy.
 */
import { classify, linkDensity } from "./classify.ts";
import { headsStory } from "./comment-sections.ts";
import { descendantsByTag, follows } from "./dom.ts";
import { PAGE_COUNTER } from "./parts.ts";
import { hoverCards } from "./hovercards.ts";
import { linkRuns } from "./link-runs.ts";
import { linkHits, outermostHits } from "./shapes/link-blocks.ts";
import { countLinks } from "./shapes/link-counts.ts";
import { appealHits } from "./shapes/appeals.ts";
import { inviteHits } from "./shapes/invites.ts";
import { spared } from "./spare.ts";
import { teaserCards } from "./teasers.ts";
import type { PhraseMatcher } from "./phrases.ts";
import { authorBios } from "./author-bios.ts";
import { isCaption, snippet, squash } from "./text.ts";
import type { Category, Removal } from "./types.ts";

export interface CleanOptions {
  matchers: readonly PhraseMatcher[];
  /** Selector rules to apply, with their category and id. */
  selectors?: readonly { id: string; category: Category; selector: string }[];
  /** Categories enabled for the structural and positional rules; default: all. */
  enabled?: ReadonlySet<Category>;
  /** Rules left out, by name (the rule audit, scripts/audit-rules.mjs); default: none. */
  ruleOff?: (rule: string) => boolean;
  /** The page's address, for where its links lead (the site's own support pages); default: none. */
  address?: string;
  /** The names the site calls itself by (siteLabels: its host's and the page's own), for its channel invitations; default: none. */
  sites?: readonly string[];
}

const CANDIDATES =
  "p, div, li, section, aside, header, footer, h1, h2, h3, h4, h5, h6, ul, ol, dl, dt, dd, table, figure, blockquote, strong, b, span, a, small, em, i, time";
/** A paragraph with this much text outside links is article prose: the tail starts after the last one. */
const PROSE_CHARS = 120;
const LEAF_BLOCKS = "p, li, dd, blockquote, pre, td, h1, h2, h3, h4, h5, h6, figcaption, div";

/**
 * The elements under `root` whose tag is in `tags`, in document order: `querySelectorAll` of a list
 * of tag names, without the selector engine (the cleaner asks this several times a page).
 */
function byTags(root: Element, tags: ReadonlySet<string>): Element[] {
  const out: Element[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (tags.has((n as Element).localName)) out.push(n as Element);
  return out;
}
const tagSet = (list: string) => new Set(list.split(",").map((t) => t.trim()));
const CANDIDATE_TAGS = tagSet(CANDIDATES);
const LEAF_TAGS = tagSet(LEAF_BLOCKS);
const NOT_LEAF_TAGS = tagSet("p, div, li, ul, ol, table, blockquote, h1, h2, h3, h4, h5, h6, figure, section, article");

const selectAll = (root: ParentNode, selector: string): Element[] => {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return []; // a bad rule must not break a page
  }
};

function ownText(el: Element): string {
  return squash(el.textContent ?? "");
}

/** Text outside links. */
function proseLength(el: Element): number {
  const t = ownText(el);
  return t.length - Math.min(t.length, Math.round(linkDensity(el, t) * t.length));
}

/** Inside a caption box (which the article's text leaves out)? */
function inCaption(el: Element, root: Element): boolean {
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) if (isCaption(e)) return true;
  return false;
}

/** A block with no block-level element inside: a paragraph, a list item, a caption. */
function isLeafBlock(el: Element): boolean {
  // Depth first, stopping at the first block inside.
  const walker = el.ownerDocument.createTreeWalker(el, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (NOT_LEAF_TAGS.has((n as Element).localName)) return false;
  return true;
}

export function clean(root: Element, opts: CleanOptions): Removal[] {
  const removed: Removal[] = [];
  const enabled = opts.enabled;
  const on = (c: Category) => !enabled || enabled.has(c);
  const take = (el: Element, category: Category, rule: string) => {
    if (el === root || !root.contains(el) || opts.ruleOff?.(rule) || spared(el, root, rule, opts.ruleOff)) return;
    removed.push({ category, rule, text: snippet(el) });
    el.remove();
  };
  for (const s of opts.selectors ?? []) {
    if (!on(s.category)) continue;
    for (const el of selectAll(root, s.selector)) take(el, s.category, s.id);
  }

  if (on("nav")) for (const el of pageCounters(root)) take(el, "nav", "shape:nav:page-counter");
  if (on("related")) for (const el of teaserCards(root)) take(el, "related", "shape:related:teaser-cards");
  if (on("related")) for (const el of hoverCards(root)) take(el, "related", "shape:related:hover-card");
  if (on("credits")) for (const el of authorBios(root)) take(el, "credits", "shape:credits:author-bio");

  // 1. Blocks, innermost first, so a short line inside a long block goes, not the block.
  for (const el of byTags(root, CANDIDATE_TAGS).reverse()) {
    if (!root.contains(el)) continue;
    const v = classify(el, opts.matchers, { enabled, ruleOff: opts.ruleOff });
    if (!v) continue;
    // "Tanggapan", "Discussion" over the story's own paragraphs: a section of the story.
    if (v.category === "comments" && v.rule.endsWith(":heading") && headsStory(v.target, opts.matchers)) continue;
    for (const extra of v.alsoRemove) take(extra, v.category, v.rule);
    take(v.target, v.category, v.rule);
  }

  if (on("social")) for (const el of socialRows(root)) take(el, "social", "shape:social:share-row");
  // Invitations to the site's channel, the live page's shape: some are longer than a line classify takes.
  if (on("social")) for (const { el, rule } of inviteHits(root, { article: null, marks: [] }, opts.sites ?? [])) take(el, "social", rule);
  // The site's appeals for its readers' money, the live page's shape: longer than a line, all links to its support pages.
  if (on("promo") && opts.address) for (const { el, rule } of appealHits(root, { article: null, marks: [] }, opts.address)) take(el, "promo", rule);

  // 2. The head and the tail.
  if (on("nav")) cleanHead(root, take);
  if (on("related") || on("tags")) cleanTail(root, take, on);
  if (on("related")) for (const el of linkRuns(root)) take(el, "related", "shape:related:link-run");

  // 3. Repeats.
  if (on("duplicate")) {
    // The copy that goes is the later one, unless the first is a caption: then the caption goes and
    // the line stays in the prose (a caption is left out of the article's text).
    const seen = new Map<string, Element>();
    for (const el of byTags(root, LEAF_TAGS)) {
      if (!root.contains(el) || !isLeafBlock(el)) continue;
      const t = ownText(el).toLowerCase();
      if (t.length < 20) continue;
      const first = seen.get(t);
      if (!first) seen.set(t, el);
      else if (inCaption(first, root) && !inCaption(el, root)) {
        take(first, "duplicate", "shape:duplicate:repeat");
        seen.set(t, el);
      } else take(el, "duplicate", "shape:duplicate:repeat");
    }
  }
  return removed;
}

type Take = (el: Element, category: Category, rule: string) => void;

/**
 * Rows of share and follow links in the article ("Temukan kami di <a>TikTok</a> dan <a>YouTube</a>"):
 * the live page's share-row shape (src/core/shapes/share-rows.ts) judged inside the article, so the
 * reader and the live page agree on what such a row is; the words-only test of classify misses
 * rows whose label is longer than the networks' names.
 */
function socialRows(root: Element): Element[] {
  const counts = countLinks(root, root.ownerDocument);
  return outermostHits(linkHits(counts.keys(), counts, { article: root, marks: [root] }, SOCIAL_ONLY)).map((h) => h.el);
}
const SOCIAL_ONLY: ReadonlySet<Category> = new Set(["social"]);

/** Page counters, each as its outermost block holding nothing else ("<div><small>1 dari 5</small></div>"). */
function pageCounters(root: Element): Element[] {
  const out = new Set<Element>();
  for (const el of byTags(root, CANDIDATE_TAGS)) {
    if (el.firstElementChild) continue;
    const text = ownText(el);
    if (text.length > 40 || !PAGE_COUNTER.test(text)) continue;
    let box = el;
    while (box.parentElement && box.parentElement !== root && ownText(box.parentElement) === text) box = box.parentElement;
    out.add(box);
  }
  return [...out];
}

/** The last paragraph of real prose, or null. */
function lastProse(root: Element): Element | null {
  const blocks = byTags(root, LEAF_TAGS).filter(isLeafBlock);
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i]!;
    if (proseLength(b) >= PROSE_CHARS) return b;
  }
  return null;
}

/** The first paragraph of real prose, or null. */
function firstProse(root: Element): Element | null {
  return byTags(root, LEAF_TAGS).find((b) => isLeafBlock(b) && proseLength(b) >= PROSE_CHARS) ?? null;
}

/** Before the first paragraph, a block of several links and little else is a menu or a breadcrumb trail. */
function cleanHead(root: Element, take: Take) {
  const first = firstProse(root);
  if (!first) return;
  const walk = (el: Element) => {
    for (const child of Array.from(el.children)) {
      if (child === first || follows(first, child)) return;
      if (child.contains(first)) {
        walk(child);
        return;
      }
      const text = ownText(child);
      const links = descendantsByTag(child, "a").filter((a) => squash(a.textContent ?? ""));
      if (links.length >= 2 && linkDensity(child, text) >= 0.7) take(child, "nav", "shape:nav:head-links");
      else if (child.children.length > 0 && !isLeafBlock(child)) walk(child);
    }
  };
  walk(root);
}

/** After the last paragraph, a block that is mostly links is a related or tag list. */
function cleanTail(root: Element, take: Take, on: (c: Category) => boolean) {
  const last = lastProse(root);
  if (!last) return;
  const walk = (el: Element) => {
    for (const child of Array.from(el.children)) {
      if (child.contains(last)) {
        walk(child);
        continue;
      }
      if (child === last || !follows(last, child)) continue;
      const text = ownText(child);
      if (!text) continue;
      const links = descendantsByTag(child, "a").filter((a) => squash(a.textContent ?? ""));
      if (links.length >= 2 && linkDensity(child, text) >= 0.6) {
        const tagLike = links.every((a) => {
          const t = squash(a.textContent ?? "");
          return t.length <= 30 && t.split(" ").length <= 4;
        });
        const category = tagLike ? "tags" : "related";
        if (!on(category)) continue;
        // The list only: a short line over it went with it once, and changed no dev page for the better
        // (docs/EXTRACTION.md, rule audit); a heading that names the list is a phrase rule's.
        take(child, category, `shape:${category}:tail-links`);
      } else if (child.children.length > 0 && !isLeafBlock(child)) {
        walk(child);
      }
    }
  };
  walk(root);
}
