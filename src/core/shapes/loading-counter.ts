import { lastNode } from "../dom.ts";
import type { Category, Hit } from "../types.ts";
import { bareRunHits } from "./bare-link-runs.ts";
import { keepMarks, type Keep } from "./keep.ts";
import { linkHits, outermostHits } from "./link-blocks.ts";
import { addUp, isCard, linkStop, takeBack, type Counts, type Stop } from "./link-counts.ts";
import { MAX_DEPTH, pageOf, type PageAt } from "./link-kinds.ts";
import { listHeadings } from "./list-headings.ts";
import { namedBlockHits } from "./named-blocks.ts";
import { withShareCounts } from "./share-counts.ts";
import { withTabLabels } from "./tab-labels.ts";

/**
 * While the page loads: the links the parser added since the last call, each counted once, and the
 * blocks they are in judged as if inside the article (its container is not known until the page is
 * parsed), so a plain list of headlines goes before it is painted; teaser grids with blurbs wait for
 * DOMContentLoaded, when shapeHits sees the whole page.
 */
export class LoadingShapes {
  private counts = new Map<Element, Counts>();
  /** Each link looked at, with what it added to the counts (null: a link of neither kind). */
  private seen = new WeakMap<Element, Counted | null>();
  /** The links that added to the counts. */
  private links: Counted[] = [];
  private next = 0;
  /** The link just before `next` when the last call ended (see countNew). */
  private last: Element | null = null;
  /** Counts stopped at an <article> that is no card yet (see countCards). */
  private stops = new Map<Element, Counted[]>();

  constructor(private readonly doc: Document, private readonly categories: ReadonlySet<Category>) {}

  /** The blocks of the links added since the last call, judged strictly. */
  more(): Hit[] {
    const touched = this.countNew(false);
    if (touched.size === 0) return [];
    const keep: Keep = { ...keepMarks(this.doc, null), strict: true, open: this.doc.readyState === "loading" ? lastNode(this.doc) : null };
    return outermostHits(linkHits(touched, this.counts, keep, this.categories));
  }

  /**
   * Once the page is parsed: the whole page judged with the article known, as shapeHits does, on
   * the counts gathered while it loaded (each link is read once, not again at DOMContentLoaded;
   * only where each counted link now stands is looked at, in case a script moved it).
   */
  finish(keep: Keep): Hit[] {
    this.countNew(true);
    const hits = linkHits(this.counts.keys(), this.counts, keep, this.categories);
    hits.push(...namedBlockHits(this.doc, keep, this.categories));
    if (this.categories.has("related")) hits.push(...bareRunHits(this.counts, pageOf(this.doc)));
    const found = hits.filter((h) => h.el.isConnected);
    return outermostHits(withShareCounts(withTabLabels(this.doc, [...found, ...listHeadings(this.doc, found, keep)], keep)));
  }

  /**
   * Counts the links not counted yet; returns the blocks whose counts changed. The parser only adds
   * links after the last one counted, and the count goes on from there. A script may put links in
   * anywhere, or move or remove them; then another link stands where the last counted one stood,
   * or a counted one turns up past it (a look at each, no page-wide work): every counted link is
   * checked in place and the page's links gone over again for new ones. `all`: check whatever the
   * signs (once parsed: what a script put in before that point and took out after it shows neither).
   */
  private countNew(all: boolean): Set<Element> {
    const anchors = this.doc.getElementsByTagName("a");
    const at = pageOf(this.doc);
    const touched = new Set<Element>();
    // While the parser is still at it, the last link may not have all its words yet: it waits.
    const end = this.doc.readyState === "loading" ? anchors.length - 1 : anchors.length;
    if (all || (this.next > 0 && (anchors[this.next - 1] ?? null) !== this.last) || this.countUpTo(anchors, end, at, touched)) {
      this.takeBackMoved();
      this.next = 0;
      this.countUpTo(anchors, end, at, touched);
    }
    this.last = this.next > 0 ? (anchors[this.next - 1] ?? null) : null;
    this.countCards(touched);
    return touched;
  }

  /** Counts the links from `next` up to `end`; true when one of them had been counted before (a script moved links). */
  private countUpTo(anchors: HTMLCollectionOf<Element>, end: number, at: PageAt, touched: Set<Element>): boolean {
    let counted = false;
    for (; this.next < end; this.next++) {
      const a = anchors[this.next]!;
      if (this.seen.has(a)) counted = true;
      else this.count(a, at, touched);
    }
    return counted;
  }

  private count(a: Element, at: PageAt, touched: Set<Element>): void {
    const stop = linkStop(a, at);
    if (!stop) {
      this.seen.set(a, null);
      return;
    }
    const c: Counted = { link: a, stop, blocks: [], above: null, waits: null };
    const end = addUp(a.parentElement, stop, this.counts, c.blocks);
    c.above = topOf(c);
    // Stopped at an <article>: it may turn out to be a teaser card once the parser adds the next one beside it.
    if (end?.tagName.toUpperCase() === "ARTICLE") {
      c.waits = end;
      const stopped = this.stops.get(end);
      if (stopped) stopped.push(c);
      else this.stops.set(end, [c]);
    }
    this.seen.set(a, c);
    this.links.push(c);
    for (let e = a.parentElement, up = 0; e && up < MAX_DEPTH; up++, e = e.parentElement) touched.add(e);
  }

  /** Takes back the counts of the links a script moved or took out since they were counted: the moved ones are counted again where they are. */
  private takeBackMoved(): void {
    const stay: Counted[] = [];
    for (const c of this.links) {
      if (c.link.isConnected && inPlace(c)) {
        stay.push(c);
        continue;
      }
      takeBack(c.blocks, c.stop, this.counts);
      this.seen.delete(c.link);
      const waiting = c.waits ? this.stops.get(c.waits) : undefined;
      if (waiting) waiting.splice(waiting.indexOf(c), 1);
    }
    this.links = stay;
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
      for (const c of stops) {
        addUp(article, c.stop, this.counts, c.blocks);
        c.above = topOf(c);
        c.waits = null;
        for (let e: Element | null = article, up = 0; e && up < MAX_DEPTH; up++, e = e.parentElement) touched.add(e);
      }
    }
  }
}

/** A link counted while the page loads: what it added, and where, to take it back if it moves. */
interface Counted {
  link: Element;
  stop: Stop;
  /** The blocks its count went to, from its parent up. */
  blocks: Element[];
  /** The element above the last of them, where the climb stopped. */
  above: Element | null;
  /** The <article> (no card yet) its count waits at, if any. */
  waits: Element | null;
}

function topOf(c: Counted): Element | null {
  return c.blocks.length ? c.blocks[c.blocks.length - 1]!.parentElement : c.link.parentElement;
}

/** The link still has the blocks it was counted in above it, and its climb would still stop where it did. */
function inPlace(c: Counted): boolean {
  let e = c.link.parentElement;
  for (const b of c.blocks) {
    if (e !== b) return false;
    e = e.parentElement;
  }
  return e === c.above;
}
