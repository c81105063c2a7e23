import { squash } from "../text.ts";
import type { Hit } from "../types.ts";
import { textUpTo } from "./block-text.ts";
import { inFrame, NEVER } from "./frame.ts";
import { hasByline, holdsMark, onArticleLine, type Keep } from "./keep.ts";
import { hasToken, wordsOf } from "./words.ts";

/** A button's class word: "btn", "button2", "cta". */
const BUTTON_TOKEN = wordsOf(["btn", "button", "cta"], ["button"]);
const BUTTON_CANDIDATES = 'a[class*="btn" i], a[class*="button" i], a[class*="cta" i]';
const MAX_BUTTON_TEXT = 20;
const MAX_CTA_BOX = 200;
const MIN_INVITATION = 20;

/**
 * A box that invites the reader to do one thing: a line or two of invitation and one button
 * ("Upload", "Daftar", "Subscribe"), outside the article and the site's frame. The box is the
 * outermost block around the button that holds no other link and no more than a short invitation.
 */
export function ctaBoxHits(root: Element | Document, keep: Keep): Hit[] {
  const hits: Hit[] = [];
  for (const a of Array.from(root.querySelectorAll(BUTTON_CANDIDATES))) {
    if (!hasToken(a, BUTTON_TOKEN)) continue;
    const label = squash(a.textContent ?? "");
    if (!label || label.length > MAX_BUTTON_TEXT) continue;
    let box: Element | null = null;
    for (let e = a.parentElement, up = 0; e && up < 3 && !NEVER.has(e.tagName.toUpperCase()); up++, e = e.parentElement) {
      if (e.getElementsByTagName("a").length > 1 || holdsMark(e, keep) || inFrame(e)) break;
      if (onArticleLine(e, keep)) break;
      const text = textUpTo(e, MAX_CTA_BOX);
      if (text === null) break;
      if (text.length - label.length >= MIN_INVITATION) box = e;
    }
    if (box && !hasByline(box)) hits.push({ el: box, category: "promo", rule: "shape:promo:call-to-action" });
  }
  return hits;
}
