/**
 * Lists written as bare lines: headline links one under another (`<a>…</a><br><a>…</a><br>…`), with
 * no box of their own, in the running text of the article's container ("Jangan Lewatkan" and five
 * links under it). No block holds them alone, so each link goes; the heading is the phrase rules'.
 */
import { squash } from "../text.ts";
import type { Hit } from "../types.ts";
import { inFrame } from "./frame.ts";
import { MIN_HEADLINES } from "./headline-lists.ts";
import type { Counts } from "./link-counts.ts";
import { isHeadlineLink, type PageAt } from "./link-kinds.ts";

/**
 * Runs of at least MIN_HEADLINES headline links that are children of one block, each on a line of
 * its own: between two links a <br> and nothing else but blanks. Only blocks the link count holds
 * three headlines for are looked into (their own children, not their subtrees).
 */
export function bareRunHits(counts: Map<Element, Counts>, at: PageAt): Hit[] {
  const hits: Hit[] = [];
  for (const [el, c] of counts) {
    if (c.headlines < MIN_HEADLINES) continue;
    const runs = runsIn(el, at);
    if (runs.length === 0 || inFrame(el)) continue;
    for (const run of runs) for (const a of run) hits.push({ el: a, category: "related", rule: "shape:related:bare-link-run" });
  }
  return hits;
}

function runsIn(el: Element, at: PageAt): Element[][] {
  const runs: Element[][] = [];
  let run: Element[] = [];
  let broken = true; // a <br> (or the block's start) since the last link
  const close = () => {
    if (run.length >= MIN_HEADLINES) runs.push(run);
    run = [];
  };
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3 && squash((n as Text).data) === "") continue;
    if (n.nodeName === "BR") {
      broken = true;
      continue;
    }
    const headline = n.nodeName === "A" && isHeadlineLink((n as Element).getAttribute("href") ?? "", squash(n.textContent ?? ""), at);
    if (!headline || !broken) close();
    if (headline) run.push(n as Element);
    broken = false;
  }
  close();
  return runs;
}
