/**
 * Rows of share and follow buttons (→ social), judged from a block's counts and its few words.
 */
import { inLinkOrScript, textUpTo } from "./block-text.ts";
import { hasByline, holdsMark, type Keep } from "./keep.ts";
import type { Counts } from "./link-counts.ts";
import { SOCIAL_TOKEN } from "./link-kinds.ts";
import { hasToken } from "./words.ts";

/** A share or follow row: at least this many social links, in a block no longer than a label and its buttons. */
const MIN_SOCIAL = 2;
const MAX_SOCIAL_TEXT = 60;

/** A date or a time in a row's text: the row is the article's byline line, not a share bar. */
const DATE_SHAPE = /\b(?:19|20)\d{2}\b|\b\d{1,2}[:.]\d{2}\b/;

export function isSocialRow(el: Element, c: Counts, keep: Keep): boolean {
  // A block that calls itself a share bar needs one button to be one ("copy link" alone).
  if (c.headlines > 0 || c.social < (hasToken(el, SOCIAL_TOKEN) ? 1 : MIN_SOCIAL)) return false;
  if (holdsMark(el, keep)) return false;
  const text = textUpTo(el, MAX_SOCIAL_TEXT);
  return text !== null && !DATE_SHAPE.test(text) && !hasByline(el) && !isEmbeddedPost(el) && !holdsPicture(el);
}

const PICTURES = ["img", "picture", "video", "figure", "iframe"];
/** A picture that is not a button's icon: a photo whose share buttons sit on it goes with the article. */
function holdsPicture(el: Element): boolean {
  for (const tag of PICTURES) {
    for (const p of Array.from(el.getElementsByTagName(tag))) if (!inLinkOrScript(p, el)) return true;
  }
  return false;
}

/** An embedded tweet or post is the article quoting someone: never a share row. */
function isEmbeddedPost(el: Element): boolean {
  return el.closest("blockquote, .twitter-tweet, .instagram-media, .tiktok-embed, .fb-post") !== null;
}
