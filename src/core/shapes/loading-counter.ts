import { lastNode } from "../dom.ts";
import type { Category, Hit } from "../types.ts";
import { ctaBoxHits } from "./call-to-action.ts";
import { keepMarks, type Keep } from "./keep.ts";
import { linkHits, outermostHits } from "./link-blocks.ts";
import { addUp, countLink, isCard, type Counts, type Stop } from "./link-counts.ts";
import { MAX_DEPTH, pageOf } from "./link-kinds.ts";
import { listHeadings } from "./list-headings.ts";
import { relatedLinkHits } from "./related-links.ts";
import { slotHits } from "./slots.ts";
import { withTabLabels } from "./tab-labels.ts";

/**
 * While the page loads: the links the parser added since the last call, each counted once, and the
 * blocks they are in judged as if inside the article (its container is not known until the page is
 * parsed), so a plain list of headlines goes before it is painted; teaser grids with blurbs wait for
 * DOMContentLoaded, when shapeHits sees the whole page.
 */
export class LoadingShapes {
  private counts = new Map<Element, Counts>();
  private counted = new WeakSet<Element>();
  private next = 0;
  /** Counts stopped at an <article> that is no card yet (see countLink). */
  private stops = new Map<Element, Stop[]>();

  constructor(private readonly doc: Document, private readonly categories: ReadonlySet<Category>) {}

  /** The blocks of the links added since the last call, judged strictly. */
  more(): Hit[] {
    const touched = this.countNew();
    if (touched.size === 0) return [];
    const keep: Keep = { ...keepMarks(this.doc, null), strict: true, open: this.doc.readyState === "loading" ? lastNode(this.doc) : null };
    return outermostHits(linkHits(touched, this.counts, keep, this.categories));
  }

  /**
   * Once the page is parsed: the whole page judged with the article known, as shapeHits does, on
   * the counts gathered while it loaded (each link is read once, not again at DOMContentLoaded).
   */
  finish(keep: Keep): Hit[] {
    this.countNew();
    const hits = linkHits(this.counts.keys(), this.counts, keep, this.categories);
    if (this.categories.has("promo") || this.categories.has("related")) hits.push(...slotHits(this.doc, keep, this.categories));
    if (this.categories.has("related")) hits.push(...relatedLinkHits(this.doc, keep));
    if (this.categories.has("promo")) hits.push(...ctaBoxHits(this.doc, keep));
    const found = hits.filter((h) => h.el.isConnected);
    return outermostHits(withTabLabels(this.doc, [...found, ...listHeadings(this.doc, found, keep)], keep));
  }

  /** Counts the links not counted yet; returns the blocks whose counts changed. */
  private countNew(): Set<Element> {
    const anchors = this.doc.getElementsByTagName("a");
    const at = pageOf(this.doc);
    const touched = new Set<Element>();
    // While the parser is still at it, the last link may not have all its words yet: it waits.
    const end = this.doc.readyState === "loading" ? anchors.length - 1 : anchors.length;
    for (; this.next < end; this.next++) {
      const a = anchors[this.next]!;
      if (this.counted.has(a)) continue; // a script put links in before it: the index moved back
      this.counted.add(a);
      const first = countLink(a, at, this.counts, this.stops);
      for (let e = first, up = 0; e && up < MAX_DEPTH; up++, e = e.parentElement) touched.add(e);
    }
    this.countCards(touched);
    return touched;
  }

  /**
   * The first card of a list was counted before the parser had added the second beside it, so its
   * links stopped at it: once it is a card, they go on up to the list, as shapeHits would count them.
   */
  private countCards(touched: Set<Element>): void {
    for (const [article, stops] of this.stops) {
      if (!article.isConnected) this.stops.delete(article);
      if (!article.isConnected || !isCard(article)) continue;
      this.stops.delete(article);
      for (const s of stops) {
        addUp(article, s, this.counts);
        for (let e: Element | null = article, up = 0; e && up < MAX_DEPTH; up++, e = e.parentElement) touched.add(e);
      }
    }
  }
}
