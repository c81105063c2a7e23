/**
 * Clutter the live page finds by its shape alone, with no phrase: lists and grids of headline links
 * to other articles (→ related), rows of share and follow links (→ social), ad and sponsored slots
 * (→ promo). The reader's extraction drops these with everything else outside the article; on the
 * page a person scrolls they have to be named one by one.
 *
 * One pass over the page's links counts, for each ancestor a few levels up, how many headline links
 * and how many social links it holds; a block is then judged from those counts, its text length and
 * what it must never hold (the article, the page's title, a byline, the site's header, navigation
 * and footer). The outermost block that passes is hidden, so a list goes with its heading and its
 * "load more" button. See docs/LIVE-PAGE.md for the thresholds and how they were measured.
 *
 * The shapes live in src/core/shapes/, one module for each thing they find (headline-lists,
 * share-rows, list-headings, tab-labels, bare-link-runs; slots, related-links, adjacent-posts,
 * call-to-action, player-boxes, hashtag-lines, signup-forms, push-prompts, invites, appeals,
 * app-plugs and share-buttons, run together by named-blocks; share-counts widens the social hits;
 * link-counts and loading-counter count the links);
 * this module keeps the public API and runs them all on a page.
 */
import type { Category, Hit } from "./types.ts";
import { bareRunHits } from "./shapes/bare-link-runs.ts";
import type { Keep } from "./shapes/keep.ts";
import { linkHits, outermostHits } from "./shapes/link-blocks.ts";
import { countLinks } from "./shapes/link-counts.ts";
import { pageOf } from "./shapes/link-kinds.ts";
import { listHeadings } from "./shapes/list-headings.ts";
import { namedBlockHits } from "./shapes/named-blocks.ts";
import { withShareCounts } from "./shapes/share-counts.ts";
import { withTabLabels } from "./shapes/tab-labels.ts";

export { findArticleRoot } from "./shapes/article-root.ts";
export { inOnePass, isSiteMenuEntry } from "./shapes/frame.ts";
export { keepMarks, type Keep } from "./shapes/keep.ts";
export { LoadingShapes } from "./shapes/loading-counter.ts";
export { namedAdSlot } from "./shapes/slots.ts";
export { withShareCounts } from "./shapes/share-counts.ts";

/**
 * Blocks under `root` that their shape names as clutter, in the enabled categories. `keep` says what
 * must stay (keepMarks); a block that holds any of it is passed over, and so is everything inside
 * the site's header, navigation and footer, except share rows and ad slots.
 */
export function shapeHits(root: Element | Document, keep: Keep, categories: ReadonlySet<Category>): Hit[] {
  const doc = root.ownerDocument ?? (root as Document);
  const counts = countLinks(root, doc);
  const hits = linkHits(counts.keys(), counts, keep, categories);
  hits.push(...namedBlockHits(root, keep, categories));
  if (categories.has("related")) hits.push(...bareRunHits(counts, pageOf(doc)));
  return outermostHits(withShareCounts(withTabLabels(root, [...hits, ...listHeadings(root, hits, keep)], keep)));
}
