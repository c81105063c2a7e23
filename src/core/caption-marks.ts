/**
 * Captions whose box Readability collapses. A caption is known by its box's class (text.ts
 * `isCaption`), and the article's text leaves captions out. But Readability turns a `<div>` that
 * holds one paragraph, or only inline text, into that paragraph: `<div class="caption"><p>…</p></div>`
 * and `<div class="image-caption">A photo…</div>` both come out as a bare `<p>`, the class gone, and
 * the caption read as prose. Before Readability, on extract's copy, the paragraph that will stand in
 * for such a box is marked (`data-jernih-caption`), so that the caption is still known after it.
 * By class words only (text.ts), in no language.
 */
import { elementsWhere } from "./dom.ts";
import { CAPTION_MARK, isCaption, isBlock } from "./text.ts";

/** The boxes Readability replaces by the paragraph inside them (its "DIV to P" step: divs only). */
const COLLAPSED = new Set(["div"]);

/** Whether `el` holds no block element: Readability wraps its inline content in a new `<p>`. */
function inlineOnly(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (isBlock(c)) return false;
  return true;
}

/** The one paragraph a box holds and nothing else (Readability puts it in the box's place), or null. */
function soleParagraph(box: Element): Element | null {
  const p = box.firstElementChild;
  if (!p || p.localName !== "p" || p.nextElementSibling) return null;
  for (let c = box.firstChild; c; c = c.nextSibling) if (c.nodeType === 3 && c.nodeValue?.trim()) return null;
  return p;
}

/** Whether Readability will put a new, unmarked paragraph in the box's place: inline content only. */
const wrapped = (box: Element) => inlineOnly(box) && !!box.textContent?.trim();

/**
 * Marks the paragraph that will stand in for one caption box: its one paragraph, or its inline
 * content wrapped in a marked `<p>` as Readability would wrap it unmarked. A box of several blocks
 * (a video's title and summary) keeps its place and its class: it is not asked for.
 */
function markBox(box: Element): void {
  const sole = soleParagraph(box);
  if (sole) {
    sole.setAttribute(CAPTION_MARK, "");
    return;
  }
  const p = box.ownerDocument.createElement("p");
  p.setAttribute(CAPTION_MARK, "");
  p.append(...Array.from(box.childNodes));
  box.append(p);
}

/** Marks the caption `<div>`s of `doc`'s body (a copy the caller owns) that Readability would strip of their class; returns how many. */
export function markCaptions(doc: Document, ruleOff: (rule: string) => boolean = () => false): number {
  const body = doc.body;
  if (!body) return 0;
  const boxes = elementsWhere(body, (e) => COLLAPSED.has(e.localName) && isCaption(e) && (!!soleParagraph(e) || wrapped(e)));
  if (boxes.length === 0 || ruleOff("pick:caption-marks")) return 0;
  for (const box of boxes) markBox(box);
  return boxes.length;
}
