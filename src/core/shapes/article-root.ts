/**
 * The article's container on the live page, found without a Readability parse.
 */
import { inHiddenBox } from "../dom.ts";
import { squash } from "../text.ts";
import { NEVER } from "./frame.ts";

const MIN_PARAGRAPH = 40;
const MIN_ARTICLE = 140;

/**
 * The article's container on the live page, without a Readability parse: a site pack's body
 * selector or itemprop=articleBody when it holds real text, otherwise the element whose child
 * paragraphs carry the most text (grandchildren count half), as Readability scores its candidates.
 * A box the markup hides is never the article: pages keep a copy of it for search engines
 * (microdata in a `display:none` box), and protecting the copy would leave the real one unprotected.
 */
export function findArticleRoot(doc: Document, contentSelectors: readonly string[] = []): Element | null {
  for (const sel of [...contentSelectors, '[itemprop="articleBody"]']) {
    let found: Element[] = [];
    try {
      found = Array.from(doc.querySelectorAll(sel));
    } catch {
      continue; // a pack selector this browser cannot parse
    }
    const el = found.find((e) => squash(e.textContent ?? "").length >= MIN_ARTICLE && !inHiddenBox(e));
    if (el) return el;
  }
  const scores = new Map<Element, number>();
  for (const p of Array.from(doc.getElementsByTagName("p"))) {
    const len = squash(p.textContent ?? "").length;
    if (len < MIN_PARAGRAPH) continue;
    const parent = p.parentElement;
    if (!parent || NEVER.has(parent.tagName.toUpperCase()) && parent.tagName !== "ARTICLE") continue;
    scores.set(parent, (scores.get(parent) ?? 0) + len);
    const grand = parent.parentElement;
    if (grand && grand.tagName !== "BODY" && grand.tagName !== "HTML") scores.set(grand, (scores.get(grand) ?? 0) + len / 2);
  }
  const ranked = [...scores].filter(([, score]) => score > MIN_ARTICLE).sort((a, b) => b[1] - a[1]);
  return ranked.find(([el]) => !inHiddenBox(el))?.[0] ?? null;
}
