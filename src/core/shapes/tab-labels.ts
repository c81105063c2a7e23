import { squash } from "../text.ts";
import type { Hit } from "../types.ts";
import { fitsIn, textUpTo } from "./block-text.ts";
import { NEVER } from "./frame.ts";
import { holdsMark, type Keep } from "./keep.ts";

/** A tab's label: a word or two ("Rekomendasi", "Terkait", "Related", "Berkaitan"), not a sentence. */
export const MAX_TAB_LABEL = 30;
export const MAX_TAB_ROW = 80;

/**
 * `hits` and the labels of the tabs whose panels they hide. Templates put a related list in a tab
 * panel (`<a href="#tab-related">` above `<div id="tab-related">`): the panel goes by its shape, and
 * its label, a bare in-page link, would be left on the page naming a box that is gone. A label goes
 * with its row when every tab of the row points at a hidden panel.
 */
export function withTabLabels(root: Element | Document, hits: Hit[], keep: Keep): Hit[] {
  const related = hits.filter((h) => h.category === "related").map((h) => h.el);
  if (related.length === 0) return hits;
  const doc = root.ownerDocument ?? (root as Document);
  const hidden = (id: string): boolean => {
    const panel = id ? doc.getElementById(id) : null;
    return panel !== null && related.some((el) => el.contains(panel) || (panel.contains(el) && sameText(panel, el)));
  };
  const labels: Hit[] = [];
  for (const a of Array.from(root.querySelectorAll('a[href^="#"]'))) {
    const text = squash(a.textContent ?? "");
    if (!text || text.length > MAX_TAB_LABEL || !hidden(a.getAttribute("href")!.slice(1))) continue;
    labels.push({ el: tabRow(a, hidden, keep), category: "related", rule: "shape:related:tab-label" });
  }
  return labels.length ? [...hits, ...labels] : hits;
}

/** The panel's words are all the hidden block's: nothing but the list is in it. */
function sameText(panel: Element, el: Element): boolean {
  const text = textUpTo(panel, 20000);
  return text !== null && text === squash(el.textContent ?? "");
}

/** The label, climbed to the row of tabs while each tab in it points at a hidden panel (its <li>, its <ul>). */
function tabRow(a: Element, hidden: (id: string) => boolean, keep: Keep): Element {
  let row = a;
  for (let e = a.parentElement; e && !NEVER.has(e.tagName.toUpperCase()); e = e.parentElement) {
    if (holdsMark(e, keep) || !fitsIn(e, MAX_TAB_ROW)) break;
    const links = Array.from(e.getElementsByTagName("a"));
    if (!links.every((l) => (l.getAttribute("href") ?? "").startsWith("#") && hidden(l.getAttribute("href")!.slice(1)))) break;
    row = e;
  }
  return row;
}
