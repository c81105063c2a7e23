import { squash } from "../text.ts";
import type { Hit } from "../types.ts";
import { fitsIn, NOT_PROSE, textUpTo } from "./block-text.ts";
import { inFrame, NEVER } from "./frame.ts";
import { holdsMark, onArticleLine, type Keep } from "./keep.ts";
import { MAX_TAB_LABEL, MAX_TAB_ROW } from "./tab-labels.ts";

/** A box's title: "Video Populer", "Most Read", "Paling Banyak Dibaca" — a few words. */
const MAX_LIST_HEADING = 40;
const HEADING_TAGS = new Set(["H2", "H3", "H4", "H5", "H6"]);
const TITLE = 'h1, [itemprop="headline"]';

/**
 * Titles left beside the lists they name. A list hidden by shape climbs to its heading when they
 * share a box; when the heading is the list's sibling in a bigger container (a column of several
 * boxes: "<h3>Video Populer</h3><div class=popular>…", "<h3>Foto Populer</h3><div…>") it stays,
 * naming nothing. So does the title of a box whose list a script fills, the list still empty.
 */
export function listHeadings(root: Element | Document, hits: Hit[], keep: Keep): Hit[] {
  const out: Hit[] = [];
  for (const h of hits) {
    if (h.rule !== "shape:related:headline-list") continue;
    const title = headingBefore(h.el, keep);
    if (title) out.push({ el: title, category: h.category, rule: "shape:related:list-heading" });
  }
  for (const list of Array.from(root.querySelectorAll("ul, ol"))) {
    // Empty, in a small box of its own (a title, the list, a "more" link): not the article's part.
    if (list.childElementCount > 0 || squash(list.textContent ?? "") !== "") continue;
    if (!list.parentElement || !fitsIn(list.parentElement, MAX_TAB_ROW)) continue;
    out.push(...emptyListBox(list, keep));
  }
  return out;
}

/**
 * A box whose list a script fills, the list still empty: its title (a heading, or in so small a box
 * any short line with no link: "<div class=ti>Berita Lainnya</div>") and the list go; the whole box
 * when all else in it is a "more" link, which would otherwise stay alone under a title that is gone.
 */
function emptyListBox(list: Element, keep: Keep): Hit[] {
  const title = headingBefore(list, keep) ?? lineBefore(list, keep);
  if (!title || inFrame(title)) return [];
  const box = list.parentElement!;
  const rest = Array.from(box.children).filter((c) => c !== title && c !== list && !UNSEEN.has(c.tagName.toUpperCase()));
  const related = (el: Element): Hit => ({ el, category: "related", rule: "shape:related:list-heading" });
  if (rest.length > 0 && rest.every(isMoreLink) && !NEVER.has(box.tagName.toUpperCase()) && !inFrame(box) && !holdsMark(box, keep) && !(keep.article !== null && box.contains(keep.article))) {
    return [related(box)];
  }
  return [related(title), related(list)];
}

const WIDGET_PARTS = "input, select, textarea, button, iframe";

const UNSEEN = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE"]);

/** A short line with no link just before `el`, outside the article: a box's title written as a plain block. */
function lineBefore(el: Element, keep: Keep): Element | null {
  let prev = el.previousElementSibling;
  while (prev && NOT_PROSE.has(prev.tagName.toUpperCase())) prev = prev.previousElementSibling;
  if (!prev || prev.getElementsByTagName("a")[0] !== undefined || prev.matches(TITLE) || prev.querySelector(TITLE)) return null;
  const text = textUpTo(prev, MAX_LIST_HEADING);
  if (!text || holdsMark(prev, keep) || onArticleLine(prev, keep)) return null;
  return prev;
}

/** A "more" link: one short link and nothing beside it ("Load more", "Indeks berita"). */
function isMoreLink(el: Element): boolean {
  const links = el.tagName.toUpperCase() === "A" ? [el] : Array.from(el.getElementsByTagName("a"));
  const text = textUpTo(el, MAX_TAB_LABEL);
  return links.length === 1 && text !== null && text !== "" && text === squash(links[0]!.textContent ?? "");
}

/** The heading just before `el` (its previous element, or a wrapper holding only a heading), outside the article. */
function headingBefore(el: Element, keep: Keep): Element | null {
  let prev = el.previousElementSibling;
  while (prev && NOT_PROSE.has(prev.tagName.toUpperCase())) prev = prev.previousElementSibling;
  if (!prev) return null;
  const heading = HEADING_TAGS.has(prev.tagName.toUpperCase()) ? prev : prev.querySelector("h2, h3, h4, h5, h6");
  if (!heading) return null;
  // A wrapper holds only its heading: one with a field or a frame beside it is a widget of its own
  // (a sidebar's search under "Suche", a sign-up under its title), whatever list comes after it.
  if (heading !== prev && prev.querySelector(WIDGET_PARTS)) return null;
  const text = textUpTo(prev, MAX_LIST_HEADING);
  if (!text || text !== squash(heading.textContent ?? "")) return null;
  if (holdsMark(prev, keep) || onArticleLine(prev, keep)) return null;
  // A deck under the page's title is the article's, whatever follows it.
  const before = prev.previousElementSibling;
  return before && (before.matches(TITLE) || before.querySelector(TITLE)) ? null : prev;
}
