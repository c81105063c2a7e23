/**
 * Lists and grids of headline links to other articles (→ related), judged from a block's counts,
 * its text and what it must never hold.
 */
import { fitsIn, holdsProse } from "./block-text.ts";
import { holdsSearch, inFrame } from "./frame.ts";
import { holdsMark, type Keep } from "./keep.ts";
import type { Counts } from "./link-counts.ts";

/** A list of other articles: at least this many headline links… */
export const MIN_HEADLINES = 3;
/**
 * …making up at least this share of the block's text (a heading, dates, captions and blurbs share
 * the rest), with no more text than this for each headline, and no run of text outside the links
 * longer than a blurb. Inside the article a related box is stricter: a list of links and a heading.
 */
const MIN_HEADLINE_SHARE = 0.25;
export const MAX_TEXT_PER_HEADLINE = 320;
export const MAX_LOOSE = 220;
const MIN_HEADLINE_SHARE_IN_ARTICLE = 0.6;
export const MAX_LOOSE_IN_ARTICLE = 80;

export function isHeadlineList(el: Element, c: Counts, keep: Keep): boolean {
  if (c.headlines < MIN_HEADLINES) return false;
  // Inside the article a related box is a plain list of links; outside it, teaser cards carry a
  // picture's caption, a date and a blurb beside each headline.
  const inArticle = keep.strict === true || (keep.article !== null && keep.article.contains(el));
  const share = inArticle ? MIN_HEADLINE_SHARE_IN_ARTICLE : MIN_HEADLINE_SHARE;
  const max = Math.min(c.headlineChars / share, c.headlines * MAX_TEXT_PER_HEADLINE);
  // Cheapest first: the marks are a few contains() calls, the text a read of the block's words.
  // Last, as the rarest no: a sidebar whose lists stand beside the site's search is climbed no
  // higher than the lists (the search is the site's frame, wherever it stands).
  return !holdsMark(el, keep) && fitsIn(el, max) && !inFrame(el) && !holdsProse(el, inArticle ? MAX_LOOSE_IN_ARTICLE : MAX_LOOSE) && !holdsSearch(el);
}
