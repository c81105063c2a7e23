/**
 * Runs of link lines. Sites list other stories as a run of blocks that are each one link: below
 * the last paragraph ("<p><a>Fans want the band in the Hall of Fame</a></p>" three or four times),
 * or between two paragraphs (a "More:" box of headline links, each in a list of its own). The
 * cleaner's tail rule (clean.ts) takes a block holding several links; blocks holding one link each
 * passed it one by one. Consecutive link lines (no other text between them) are a related list:
 * two or more after the last paragraph of prose, three or more between paragraphs, where a pair of
 * linked lines may be the article's own (a linked title, a linked source).
 * Structure only: no words.
 */
import { linkTextLength } from "./classify.ts";
import { descendantsByTag, elementsWhere, hasDescendant } from "./dom.ts";
import { squash } from "./text.ts";

/** A paragraph with this much text outside links is article prose (the cleaner's measure). */
const PROSE_CHARS = 120;
const LINE_TAGS = new Set(["p", "li", "div", "dd", "h2", "h3", "h4", "h5", "h6"]);
const NOT_LEAF = new Set(["p", "div", "li", "ul", "ol", "table", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "section", "article"]);
/** Longest link line: a headline, not a paragraph that happens to be linked. */
const MAX_LINE = 160;
const TAIL_RUN = 2;
const MID_RUN = 3;

const NOT_LEAF_LIST = [...NOT_LEAF];
/** A block with a block inside it (tag lookups, no walk: this is asked of every block of the article). */
const hasBlockInside = (el: Element) => el.firstElementChild !== null && hasDescendant(el, ...NOT_LEAF_LIST);

interface Line {
  el: Element;
  link: boolean;
  prose: boolean;
}

/** The leaf blocks of `root` that hold text, in document order: each a link line, a paragraph of prose, or neither. */
function lines(root: Element): Line[] {
  const out: Line[] = [];
  for (const el of elementsWhere(root, (e) => LINE_TAGS.has(e.localName) && !hasBlockInside(e))) {
    const text = squash(el.textContent ?? "");
    if (!text) continue;
    const links = el.firstElementChild ? descendantsByTag(el, "a").filter((a) => squash(a.textContent ?? "")) : [];
    const inLinks = Math.min(text.length, linkTextLength(el));
    // A link line: one link and nothing else, headline-long (not a paragraph that happens to be linked).
    const link = links.length === 1 && text.length <= MAX_LINE && inLinks >= 0.9 * text.length;
    out.push({ el, link, prose: text.length - inLinks >= PROSE_CHARS });
  }
  return out;
}

/** The blocks of `root` that stand in runs of link lines: two or more after its last paragraph of prose, three or more before it. */
export function linkRuns(root: Element): Element[] {
  const all = lines(root);
  let last = -1;
  all.forEach((l, i) => {
    if (l.prose) last = i;
  });
  if (last < 0) return [];
  const out: Element[] = [];
  let run: number[] = [];
  const close = () => {
    const tail = run.length > 0 && run[0]! > last;
    if (run.length >= (tail ? TAIL_RUN : MID_RUN)) out.push(...run.map((i) => all[i]!.el));
    run = [];
  };
  all.forEach((l, i) => {
    if (l.link) run.push(i);
    else close();
  });
  close();
  return out;
}
