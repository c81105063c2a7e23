/**
 * The blocks of the counted links judged as headline lists or share rows, each climbed to the
 * outermost block that still is one; and the rule that one hit stands for each block.
 */
import type { Category, Hit } from "../types.ts";
import { isHeadlineList, MIN_HEADLINES } from "./headline-lists.ts";
import type { Keep } from "./keep.ts";
import { endsClimb, type Counts } from "./link-counts.ts";
import { MAX_DEPTH } from "./link-kinds.ts";
import { isAppBanner, isSocialRow } from "./share-rows.ts";

/**
 * The outermost ancestor of `el` (itself included) that still passes `ok`, climbing at most
 * MAX_DEPTH levels; `ok` is asked only of elements with counts.
 */
function outermost(el: Element, counts: Map<Element, Counts>, ok: Judge): Element {
  let best = el;
  let e = el.parentElement;
  for (let up = 0; e && up < MAX_DEPTH && !endsClimb(e); up++, e = e.parentElement) {
    const c = counts.get(e);
    if (!c || !ok(e, c)) break;
    best = e;
  }
  return best;
}

/** Headline lists and share rows among `blocks`, each climbed to the outermost block that still is one. */
export function linkHits(blocks: Iterable<Element>, counts: Map<Element, Counts>, keep: Keep, categories: ReadonlySet<Category>): Hit[] {
  const hits: Hit[] = [];
  const lists = categories.has("related");
  const social = categories.has("social");
  const isList = judgedOnce((e, c) => isHeadlineList(e, c, keep));
  const isRow = judgedOnce((e, c) => isSocialRow(e, c, keep));
  const promo = categories.has("promo");
  const isApp = judgedOnce((e, c) => isAppBanner(e, c, keep));
  for (const el of blocks) {
    const c = counts.get(el);
    if (!c) continue;
    if (lists && c.headlines >= MIN_HEADLINES && isList(el, c)) {
      hits.push({ el: outermost(el, counts, isList), category: "related", rule: "shape:related:headline-list" });
    } else if (social && c.social > 0 && isRow(el, c)) {
      hits.push({ el: outermost(el, counts, isRow), category: "social", rule: "shape:social:share-row" });
    } else if (promo && c.social > 0 && isApp(el, c)) {
      hits.push({ el: outermost(el, counts, isApp), category: "promo", rule: "shape:promo:app-banner" });
    }
  }
  return hits;
}

type Judge = (e: Element, c: Counts) => boolean;

/**
 * `judge`, asked once per block in a pass. The blocks of a pass are every ancestor of its links, and
 * each climb of `outermost` asks again about the blocks above, which the pass judges in their own
 * turn too: a list's container was judged once per link it holds, each time reading its text. The
 * page does not change during a pass, so the first answer stands.
 */
function judgedOnce(judge: Judge): Judge {
  const known = new Map<Element, boolean>();
  return (e, c) => {
    let verdict = known.get(e);
    if (verdict === undefined) known.set(e, (verdict = judge(e, c)));
    return verdict;
  };
}

/** One hit per block: a block found twice counts once, and a block inside another found goes with it. */
export function outermostHits(hits: Hit[]): Hit[] {
  const unique = [...new Map(hits.map((h) => [h.el, h])).values()];
  return unique.filter((h) => !unique.some((o) => o !== h && o.el.contains(h.el)));
}
