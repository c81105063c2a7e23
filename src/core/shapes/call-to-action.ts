import { squash } from "../text.ts";
import type { Hit } from "../types.ts";
import { textUpTo } from "./block-text.ts";
import { inFrame, NEVER } from "./frame.ts";
import { hasByline, holdsMark, onArticleLine, type Keep } from "./keep.ts";
import { hasToken, hasWord, wordsOf } from "./words.ts";

/** A button's class word: "btn", "button2", "cta". */
const BUTTON_TOKEN = wordsOf(["btn", "button", "cta"], ["button"]);
const BUTTON_CANDIDATES = 'a[class*="btn" i], a[class*="button" i], a[class*="cta" i]';
const MAX_BUTTON_TEXT = 20;
const MAX_CTA_BOX = 200;
const MIN_INVITATION = 20;

/**
 * A box that invites the reader to do one thing: a line or two of invitation and one button
 * ("Upload", "Daftar", "Subscribe"), outside the article and the site's frame. The box is the
 * outermost block around the button that holds no other link (but the button's twin: a magazine's
 * cover, a picture linking the same page) and no more than a short invitation.
 */
export function ctaBoxHits(root: Element | Document, keep: Keep): Hit[] {
  const hits: Hit[] = [];
  for (const a of Array.from(root.querySelectorAll(BUTTON_CANDIDATES))) {
    if (!hasToken(a, BUTTON_TOKEN)) continue;
    const label = squash(a.textContent ?? "");
    if (!label || label.length > MAX_BUTTON_TEXT) continue;
    let box: Element | null = null;
    for (let e = a.parentElement, up = 0; e && up < 3 && !NEVER.has(e.tagName.toUpperCase()); up++, e = e.parentElement) {
      if (holdsOtherLink(e, a) || holdsMark(e, keep) || inFrame(e)) break;
      if (onArticleLine(e, keep)) break;
      const text = textUpTo(e, MAX_CTA_BOX);
      if (text === null) break;
      if (text.length - label.length >= MIN_INVITATION) box = e;
    }
    if (box && !hasByline(box)) hits.push({ el: box, category: "promo", rule: "shape:promo:call-to-action" });
  }
  return hits;
}

/**
 * A link in `e` other than the button and its twin: a picture with no words that links the same
 * page (a magazine's cover beside its "Berlangganan" button: one offer). Links to no page (none,
 * "#", a script's) have no twin.
 */
function holdsOtherLink(e: Element, button: Element): boolean {
  const href = (button.getAttribute("href") ?? "").trim();
  const page = href !== "" && !href.startsWith("#") && !href.toLowerCase().startsWith("javascript:");
  const links = e.getElementsByTagName("a");
  for (let i = 0; i < links.length; i++) {
    const a = links[i]!;
    if (a === button) continue;
    const twin = page && (a.getAttribute("href") ?? "").trim() === href && a.querySelector("img, picture") !== null && !hasWord(a.textContent ?? "");
    if (!twin) return true;
  }
  return false;
}
