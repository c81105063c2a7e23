/**
 * Print-only boxes. Many sites put a header for the printed page inside the article's box: the
 * page's address, the headline again, "Printed on 11.02.2020", the site's logo. The site's
 * stylesheet shows it on paper only, and Readability, which reads no stylesheet, kept it at the top
 * of the article. Its class says what it is (`print-header`, `print-only`, `visible-print-block`,
 * `show-for-print`): those boxes are taken out of extract's copy before Readability, as the pruning
 * takes out what the page hides by attribute (prune.ts). By class words only, in no language.
 */
import { elementsWhere } from "./dom.ts";
import { squash } from "./text.ts";

/** A class token that shows its box on paper alone (Bootstrap's `visible-print-*`, Foundation's `show-for-print`, the usual hand-made names). */
const PRINT_ONLY = /^(?:[\w-]*[-_])?(?:print-?only|only-?print|print-header|header-print|print-logo|logo-print|print-url)$|^visible-print(?:-(?:block|inline|inline-block))?$|^show-for-print$/i;

/** Most text a print header holds (an address, a headline, a date). */
const MAX_TEXT = 300;

/** Whether a class attribute names a print-only box. */
export function isPrintOnly(el: Element): boolean {
  const cls = el.getAttribute("class");
  // Most classes never mention printing: the cheap test first.
  return !!cls && /print/i.test(cls) && cls.split(/\s+/).some((c) => PRINT_ONLY.test(c));
}

/** Takes print-only boxes out of `doc`'s body (a copy the caller owns); returns how many went. */
export function dropPrintOnly(doc: Document, ruleOff: (rule: string) => boolean = () => false): number {
  const body = doc.body;
  if (!body) return 0;
  // One walk (a live collection of every element is slow to read in jsdom).
  const boxes = elementsWhere(body, isPrintOnly);
  let dropped = 0;
  for (const box of boxes) {
    // Never the article: a box holding an <article> or <main> is the page, whatever its class says.
    // A print header is a few short lines. A box holding more is the page's (a site that marks its
    // whole article "print-only"); a box without text (a logo, metadata) changes nothing a reader sees.
    const text = box.isConnected ? squash(box.textContent ?? "").length : 0;
    if (text === 0 || text > MAX_TEXT) continue;
    if (ruleOff("prune:print-only")) continue;
    box.remove();
    dropped++;
  }
  return dropped;
}
