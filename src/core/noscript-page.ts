/**
 * A page held in its <noscript> fallback. Some sites (older content systems, page builders that
 * draw the page with a script) send the whole page a second time inside a `<noscript>`, for
 * browsers without scripts, and outside it little more than the script's empty boxes. Readability
 * removes every `<noscript>` before it reads a page, so on such a page it found no article at all.
 *
 * Where the host parses `<noscript>` as markup (scripts off: the CLI's jsdom), a `<noscript>`
 * that holds most of the page's text, in paragraphs of prose, takes its place in extract's copy
 * (its children stay, the element goes). Where scripts run (a browser) the element holds one text
 * node, the page the script drew is in the document, and nothing is done. A `<noscript>` of a
 * tracking pixel, a lazy picture's fallback or a "please turn on JavaScript" line holds no such
 * share of the text and stays, as Readability handles those itself. Structure only, no words.
 */
import { elementsWhere } from "./dom.ts";
import { squash } from "./text.ts";

/** Share of the body's text the fallback holds: more than the page drawn outside it (a page sent twice, once in each, holds half). */
const MIN_SHARE = 0.6;
/** Least text of the fallback's paragraphs: an article, not a notice. */
const MIN_PROSE = 500;

/** The text of `el`'s paragraphs (`<p>`), squashed, summed. */
function proseLength(el: Element): number {
  let n = 0;
  for (const p of Array.from(el.getElementsByTagName("p"))) n += squash(p.textContent ?? "").length;
  return n;
}

/** Unwraps the `<noscript>` elements of `doc` (a copy the caller owns) that hold the page; returns how many. */
export function unwrapNoscriptPage(doc: Document, ruleOff: (rule: string) => boolean = () => false): number {
  const body = doc.body;
  if (!body) return 0;
  const boxes = elementsWhere(body, (el) => el.localName === "noscript" && el.childElementCount > 0);
  if (boxes.length === 0) return 0;
  const total = squash(body.textContent ?? "").length;
  let unwrapped = 0;
  for (const box of boxes) {
    if (!box.isConnected) continue;
    const own = squash(box.textContent ?? "").length;
    if (own < MIN_SHARE * total || proseLength(box) < MIN_PROSE || ruleOff("pick:noscript-page")) continue;
    box.replaceWith(...Array.from(box.childNodes));
    unwrapped++;
  }
  return unwrapped;
}
