/**
 * A pick beside the article. On some pages Readability keeps a box of boilerplate — a cookie
 * notice, an advertiser disclosure, an author's bio — while the article's own paragraphs sit
 * elsewhere: they are many short ones (a dialogue, a recipe's steps) that score less than one long
 * paragraph of the boilerplate.
 *
 * Before Readability, `proseCentre` finds the box whose own paragraphs hold the most text (as site
 * packs find the body), marks it and keeps a copy of it (Readability changes the page, and on a
 * retry reads it afresh). After it, `missedProse` answers that copy when the pick does not hold
 * the box and the box holds at least twice the pick's text (and 500 characters). Extract then reads
 * that box alone. Structure only, no words. A short article beside a longer bio or cookie notice
 * is not caught: nothing but words would tell them apart.
 */
import { linkDensity } from "./classify.ts";
import { squash } from "./text.ts";

const MARK = "data-jernih-prose";
/** Least paragraph text of a prose centre worth marking. */
const MIN_PROSE = 200;
/** How much more text than the pick the prose centre must hold, and how much at least. */
const RATIO = 2;
const MIN_OVER_PICK = 500;
export interface ProseCentre {
  box: Element;
  copy: Element;
}

/** The box whose own paragraphs hold the most text in `doc` (a copy the caller owns), marked, with a copy of it. */
export function proseCentre(doc: Document): ProseCentre | null {
  const body = doc.body;
  if (!body) return null;
  const sums = new Map<Element, number>();
  let best: Element | null = null;
  for (const p of Array.from(body.getElementsByTagName("p"))) {
    const parent = p.parentElement;
    if (!parent || parent === body) continue;
    const n = (sums.get(parent) ?? 0) + squash(p.textContent ?? "").length;
    sums.set(parent, n);
    if (!best || n > sums.get(best)!) best = parent;
  }
  if (!best || sums.get(best)! < MIN_PROSE) return null;
  best.setAttribute(MARK, "");
  return { box: best, copy: best.cloneNode(true) as Element };
}

/** The prose centre's copy when Readability's pick (`content`) left the box out and it holds more text; the marks go. */
export function missedProse(doc: Document, centre: ProseCentre | null, content: Element | null): Element | null {
  if (!centre) return null;
  centre.box.removeAttribute(MARK);
  centre.copy.removeAttribute(MARK);
  const held = content?.querySelector(`[${MARK}]`);
  held?.removeAttribute(MARK);
  if (held || !content) return null;
  const text = squash(centre.copy.textContent ?? "");
  const picked = squash(content.textContent ?? "").length;
  return text.length >= Math.max(RATIO * picked, MIN_OVER_PICK) && linkDensity(centre.copy, text) < 0.3 ? doc.importNode(centre.copy, true) : null;
}
