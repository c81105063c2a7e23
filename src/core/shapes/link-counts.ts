/**
 * One pass over the page's links counts, for each ancestor a few levels up, how many headline links
 * and how many social links it holds: what the headline lists and share rows are judged from.
 */
import { squash } from "../text.ts";
import { NEVER } from "./frame.ts";
import { isHeadlineLink, isSocialLink, MAX_DEPTH, pageOf, type PageAt } from "./link-kinds.ts";

export interface Counts {
  headlines: number;
  headlineChars: number;
  social: number;
}

/** Counts of headline and social links for every ancestor (up to MAX_DEPTH) of the links under `root`. */
export function countLinks(root: Element | Document, doc: Document): Map<Element, Counts> {
  const counts = new Map<Element, Counts>();
  const at = pageOf(doc);
  const anchors = root.getElementsByTagName("a");
  for (let i = 0; i < anchors.length; i++) countLink(anchors[i]!, at, counts);
  return counts;
}

/**
 * Where counting a link's ancestors stops: the page and its <main>, and an <article> that is not a
 * teaser card. Templates write each card of a list as its own <article> ("<section><article><h3><a>"
 * ×6); a card sits beside other cards or inside the page's own <article>, and the list is above it.
 */
export function endsClimb(e: Element): boolean {
  const tag = e.tagName.toUpperCase();
  if (tag !== "ARTICLE") return NEVER.has(tag);
  return !isCard(e);
}

export function isCard(article: Element): boolean {
  for (const sib of [article.previousElementSibling, article.nextElementSibling]) if (sib?.tagName.toUpperCase() === "ARTICLE") return true;
  return article.parentElement?.closest("article") != null;
}

/** A link's count that stopped at an <article> not (yet) a card: what it adds, and how far it had climbed. */
export interface Stop {
  social: boolean;
  chars: number;
  up: number;
}

/** Adds one link to the counts of its ancestors; returns the first of them, or null for a link of neither kind. */
export function countLink(a: Element, at: PageAt, counts: Map<Element, Counts>): Element | null {
  const stop = linkStop(a, at);
  if (!stop) return null;
  addUp(a.parentElement, stop, counts);
  return a.parentElement;
}

/** What a link adds to the counts (nothing yet climbed), or null for a link of neither kind. */
export function linkStop(a: Element, at: PageAt): Stop | null {
  const href = a.getAttribute("href") ?? "";
  const text = squash(a.textContent ?? "");
  const social = isSocialLink(a, href, text, at);
  if (social) return { social, chars: text.length, up: 0 };
  const headline = text || overlayTitle(a);
  return headline && isHeadlineLink(href, headline, at) ? { social, chars: headline.length, up: 0 } : null;
}

/**
 * The title of the card an empty link is laid over: Bootstrap's `stretched-link`, an <a> with no
 * text or child that covers its card, the headline beside it in a heading of the card's own
 * ("<div class=card><a href=… class=stretched-link></a><img><h3>Banjir rendam …</h3></div>").
 */
function overlayTitle(a: Element): string {
  if (a.firstElementChild !== null || !a.parentElement) return "";
  const title = a.parentElement.querySelector("h2, h3, h4, h5, h6");
  return title ? squash(title.textContent ?? "") : "";
}

/**
 * Adds a link's count to `from` and the blocks above it, up to MAX_DEPTH levels (`s.up` counts them);
 * returns where it stopped. `blocks`, when given, gets each block counted (to take the count back).
 */
export function addUp(from: Element | null, s: Stop, counts: Map<Element, Counts>, blocks?: Element[]): Element | null {
  let e = from;
  for (; e && s.up < MAX_DEPTH && !endsClimb(e); s.up++, e = e.parentElement) {
    let c = counts.get(e);
    if (!c) counts.set(e, (c = { headlines: 0, headlineChars: 0, social: 0 }));
    if (s.social) c.social++;
    else {
      c.headlines++;
      c.headlineChars += s.chars;
    }
    blocks?.push(e);
  }
  return s.up < MAX_DEPTH ? e : null;
}

/** Takes back what addUp added to `blocks` for a link (it moved, or left the page). */
export function takeBack(blocks: readonly Element[], s: Stop, counts: Map<Element, Counts>): void {
  for (const e of blocks) {
    const c = counts.get(e);
    if (!c) continue;
    if (s.social) c.social--;
    else {
      c.headlines--;
      c.headlineChars -= s.chars;
    }
    if (c.social <= 0 && c.headlines <= 0) counts.delete(e);
  }
}
