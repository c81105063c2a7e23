import type { Hit } from "../types.ts";
import { fitsIn, holdsProse } from "./block-text.ts";
import { inFrame, NEVER } from "./frame.ts";
import { MAX_LOOSE_IN_ARTICLE, MAX_TEXT_PER_HEADLINE } from "./headline-lists.ts";
import { holdsMark, type Keep } from "./keep.ts";
import { MAX_DEPTH } from "./link-kinds.ts";

const RELATED_LINK = 'a[itemprop~="relatedLink"]';

/**
 * Links the page itself marks as related (schema.org's `relatedLink`): a box of one or two of them
 * is no headline list, yet the markup says what it is. Each goes with the outermost block around
 * it whose every link is one, holding nothing the page must keep and no prose (its heading and its
 * close button go with it).
 */
export function relatedLinkHits(root: Element | Document, keep: Keep): Hit[] {
  const hits: Hit[] = [];
  for (const a of Array.from(root.querySelectorAll(RELATED_LINK))) {
    let box: Element | null = null;
    for (let e = a.parentElement, up = 0; e && up < MAX_DEPTH && !NEVER.has(e.tagName.toUpperCase()); up++, e = e.parentElement) {
      const links = e.getElementsByTagName("a");
      if (Array.from(links).some((l) => !l.matches(RELATED_LINK))) break;
      if (holdsMark(e, keep) || inFrame(e) || !fitsIn(e, links.length * MAX_TEXT_PER_HEADLINE) || holdsProse(e, MAX_LOOSE_IN_ARTICLE)) break;
      box = e;
    }
    if (box) hits.push({ el: box, category: "related", rule: "shape:related:related-link" });
  }
  return hits;
}
