/**
 * Links to the site's previous and next story under an article (→ related): WordPress's post
 * navigation and its themes' ("Artikel sebelumnya <a>…</a> · Artikel berikutnya <a>…</a>",
 * "« Previous Post · Next Post »"). One or two links are no headline list, and the box is often a
 * `<nav>`, which the other shapes leave as the site's; the links say what they are.
 */
import { squash } from "../text.ts";
import type { Hit } from "../types.ts";
import { fitsIn, holdsProse } from "./block-text.ts";
import { inFrame, NEVER } from "./frame.ts";
import { MAX_LOOSE_IN_ARTICLE, MAX_TEXT_PER_HEADLINE } from "./headline-lists.ts";
import { holdsMark, type Keep } from "./keep.ts";
import { isHeadlineLink, isSitePageLink, MAX_DEPTH, pageOf, type PageAt } from "./link-kinds.ts";
import { hasToken, wordsOf } from "./words.ts";

/** The markup's own word for the link: `rel="prev"` / `rel="next"` (WordPress adds it). */
const BY_REL = 'a[rel~="prev"], a[rel~="next"]';
/**
 * Class words of a theme's box for the two links, for themes that write no `rel` (tagDiv's
 * "td-post-next-prev"): a word for both ways, or words for each in one class. One way alone names
 * a button's look as often ("btn-next" on a link to the news index).
 */
const BOTH_WAYS = wordsOf(["nextprev", "prevnext", "previousnext", "navipreviousnext"]);
const PREV = wordsOf(["prev", "previous"]);
const NEXT = wordsOf(["next"]);
/** How far above a link the theme's class word may stand: <div class=td-post-next-prev><div><div><a>. */
const TOKEN_DEPTH = 3;
/** The two links, each with its picture and a label's link at most. */
const MAX_LINKS = 6;

/**
 * Only links the markup may call so are looked at (by `rel`, or under a class that holds one of the
 * words): most links of a page are neither, and each of these is read as an address.
 */
const CANDIDATES = `${BY_REL}, [class*="prev"] a, [class*="next"] a, a[class*="prev"], a[class*="next"]`;

export function adjacentPostHits(root: Element | Document, keep: Keep): Hit[] {
  const doc = root.ownerDocument ?? (root as Document);
  const at = pageOf(doc);
  const own = pathOf(new URL(at.page));
  const known = new Map<Element, boolean>();
  const adjacent = (a: Element) => {
    let yes = known.get(a);
    if (yes === undefined) known.set(a, (yes = isAdjacentLink(a, at, own)));
    return yes;
  };
  const hits: Hit[] = [];
  for (const a of Array.from(root.querySelectorAll(CANDIDATES))) {
    if (!adjacent(a)) continue;
    const box = boxOf(a, adjacent, keep);
    if (box && !hits.some((h) => h.el === box)) hits.push({ el: box, category: "related", rule: "shape:related:adjacent-post" });
  }
  return hits;
}

/**
 * A link to another story of the site that the markup calls the previous or next one: by `rel`, or
 * a headline link under a box a class word calls so (a carousel's "next" arrow has no headline).
 */
function isAdjacentLink(a: Element, at: PageAt, own: string): boolean {
  const href = a.getAttribute("href");
  if (!href || !isSitePageLink(href, at) || isPageOfSame(href, at, own)) return false;
  if (a.matches(BY_REL)) return true;
  if (!isHeadlineLink(href, squash(a.textContent ?? ""), at)) return false;
  for (let e: Element | null = a, up = 0; e && up <= TOKEN_DEPTH; e = e.parentElement, up++) {
    if (hasToken(e, BOTH_WAYS) || (hasToken(e, PREV) && hasToken(e, NEXT))) return true;
  }
  return false;
}

/**
 * A page of the same story or list, not another story: the same path with another query
 * ("?page=2"), the path with a page number after it ("/story/2/"), a path that differs from the
 * page's only in a number ("thread-title-34.html" → "-35.html"), or one of a list's pages
 * ("/page/3/"). A story in parts keeps its links to its own pages.
 */
function isPageOfSame(href: string, at: PageAt, own: string): boolean {
  const url = new URL(href, at.base);
  const path = pathOf(url);
  if (path === own || path.startsWith(`${own}/`) || own.startsWith(`${path}/`) || differsInNumberOnly(path, own)) return true;
  return /\/page\/\d+$/.test(path) || url.searchParams.has("page") || url.searchParams.has("paged");
}

/** A page's path without its closing slashes ("/story/" and "/story" are one page). */
const pathOf = (url: URL) => url.pathname.replace(/\/+$/, "");

/** Whether two paths are the same but for one run of digits ("-34.html", "-35.html"). */
function differsInNumberOnly(a: string, b: string): boolean {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const digits = (s: string) => /^\d*$/.test(s);
  return digits(a.slice(start, a.length - end)) && digits(b.slice(start, b.length - end));
}

/**
 * The outermost block around the link, up to MAX_DEPTH levels, whose every link is such a link (or
 * leads where one does: a picture and a title): no mark, no prose, a headline's text a link at
 * most. A `<nav>` of these links alone is theirs, not the site's navigation; a box inside the
 * site's header or footer is never taken.
 */
function boxOf(a: Element, adjacent: (a: Element) => boolean, keep: Keep): Element | null {
  let box: Element | null = null;
  for (let e = a.parentElement, up = 0; e && up < MAX_DEPTH && !NEVER.has(e.tagName.toUpperCase()); up++, e = e.parentElement) {
    const links = Array.from(e.getElementsByTagName("a"));
    // Cheapest first: the marks, then the text up to its bound, and the links last.
    if (links.length > MAX_LINKS || holdsMark(e, keep) || !fitsIn(e, links.length * MAX_TEXT_PER_HEADLINE) || holdsProse(e, MAX_LOOSE_IN_ARTICLE)) break;
    if (!onlyAdjacentLinks(links, adjacent)) break;
    box = e;
  }
  return box && !inFrame(box.parentElement ?? box) ? box : null;
}

function onlyAdjacentLinks(links: Element[], adjacent: (a: Element) => boolean): boolean {
  const targets = new Set(links.filter(adjacent).map((l) => l.getAttribute("href")));
  return links.every((l) => targets.has(l.getAttribute("href")));
}
