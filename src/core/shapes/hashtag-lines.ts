/**
 * A line of campaign hashtags and nothing else (→ promo): "#Changemaker" set as a paragraph under a
 * story or its video, "#AyoVaksin #DiRumahAja". No sentence of an article is hashtags alone. Hashtags
 * that link to the site's tag pages are its topic row (navigation): a line with a link is left.
 */
import { squash } from "../text.ts";
import type { Hit } from "../types.ts";
import { inFrame } from "./frame.ts";
import { holdsMark, type Keep } from "./keep.ts";

/** One to six hashtags, each a word that starts with a letter ("#1" is a rank, not a tag). */
const HASHTAGS = /^(?:#\p{L}[\p{L}\p{N}_]*[\s,]*){1,6}$/u;
const MAX_LINE = 120;
/** Lines a hashtag stands alone in: a paragraph or a heading. */
const LINE_TAGS = ["p", "h2", "h3", "h4", "h5", "h6"];

function isHashtagLine(el: Element, keep: Keep): boolean {
  const raw = el.textContent ?? "";
  if (raw.length > 4 * MAX_LINE || !raw.trimStart().startsWith("#")) return false;
  const text = squash(raw);
  if (text.length > MAX_LINE || !HASHTAGS.test(text)) return false;
  // An embedded post (a tweet's hashtags) is someone's words quoted, not the site's campaign.
  if (el.getElementsByTagName("a").length > 0 || el.closest("blockquote") !== null) return false;
  return !holdsMark(el, keep) && !inFrame(el);
}

export function hashtagLineHits(root: Element | Document, keep: Keep): Hit[] {
  const hits: Hit[] = [];
  for (const tag of LINE_TAGS) {
    const found = Array.from(root.getElementsByTagName(tag));
    if (root.nodeType === 1 && (root as Element).tagName.toLowerCase() === tag) found.unshift(root as Element);
    for (const el of found) if (isHashtagLine(el, keep)) hits.push({ el, category: "promo", rule: "shape:promo:hashtag-line" });
  }
  return hits;
}
