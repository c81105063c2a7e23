/**
 * A block's words, read cheaply: its text up to a limit, and whether it holds prose (a run of
 * text outside the links longer than a blurb).
 */
import { squash } from "../text.ts";

/** squash(el.textContent) when at most `max` characters long, else null (without squashing a huge container). */
export function textUpTo(el: Element, max: number): string | null {
  return squashedUpTo(el.textContent ?? "", max);
}

/**
 * Whether textUpTo(el, max) is not null, for the questions that need no text: squashing never
 * lengthens a text, so raw text within the limit fits without being squashed (most blocks a shape
 * climbs through, white space between tags and all).
 */
export function fitsIn(el: Element, max: number): boolean {
  const raw = el.textContent ?? "";
  return raw.length <= max || squashedUpTo(raw, max) !== null;
}

function squashedUpTo(raw: string, max: number): string | null {
  // A container far longer than a list: its first part already squashes to more than max.
  if (raw.length > 2 * max + 1000 && squash(raw.slice(0, 2 * max + 1000)).length > max) return null;
  const text = squash(raw);
  return text.length > max ? null : text;
}

/**
 * Prose: a run of text outside every link longer than `max` (a <p>, or bare text between <br>s as
 * some sites write their articles). A teaser's blurb is shorter than a paragraph of the article.
 */
export function holdsProse(el: Element, max: number): boolean {
  // Links and scripts are left out whole, `el` too if it is one: their text is no prose.
  if (NOT_PROSE.has(el.tagName.toUpperCase())) return false;
  let run = 0;
  let last: Element | null = null;
  // A walk of the subtree by hand, so that each element's block (blockOf) and whether it is a link
  // are known on the way down, not found again by climbing from every text node: the block of each
  // element open on the way down from `el`, innermost last.
  const blocks: Element[] = [blockOf(el)];
  let n: Node | null = el.firstChild;
  while (n) {
    if (n.nodeType === 3) {
      const len = squash((n as Text).data).length;
      if (len > 0) {
        // Text nodes of one block add up (a paragraph with <b> and <i> in it is one run).
        const own = blocks[blocks.length - 1]!;
        run = own === last ? run + len + 1 : len;
        last = own;
        if (run > max) return true;
      }
    } else if (n.nodeType === 1 && n.firstChild) {
      const tag = (n as Element).tagName.toUpperCase();
      if (!NOT_PROSE.has(tag)) {
        blocks.push(INLINE.has(tag) ? blocks[blocks.length - 1]! : (n as Element));
        n = n.firstChild;
        continue;
      }
    }
    // On to the next node in document order, out of the elements that are done (never above `el`).
    while (!n.nextSibling) {
      n = n.parentNode;
      blocks.pop();
      if (!n || n === el) return false;
    }
    n = n.nextSibling;
  }
  return false;
}

export const NOT_PROSE = new Set(["A", "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE"]);
/** `el` or an ancestor up to `top` is a link or a script. */
export function inLinkOrScript(el: Element, top: Element): boolean {
  for (let e: Element | null = el; e && e !== top.parentElement; e = e.parentElement) if (NOT_PROSE.has(e.tagName.toUpperCase())) return true;
  return false;
}

const INLINE = new Set(["A", "SPAN", "STRONG", "B", "EM", "I", "U", "SMALL", "FONT", "MARK", "CODE", "ABBR", "TIME", "LABEL", "SUP", "SUB", "BR", "Q", "CITE"]);
function blockOf(el: Element): Element {
  let e = el;
  while (INLINE.has(e.tagName.toUpperCase()) && e.parentElement) e = e.parentElement;
  return e;
}
