/**
 * One walk over a page's elements for everything extract reads from the whole page before
 * Readability runs: the <meta>, <link> and <time> elements (fields), the JSON-LD scripts, the
 * pictures (the og:image's caption), the built-in selector rules' matches in <body>, and the pruning
 * plan (prune.ts). Each of these used to walk or query the page on its own; on a large page in jsdom
 * each walk costs milliseconds and each selector query more.
 */
import { PrunePlan } from "./prune.ts";
import { SelectorWalk } from "./simple-selector.ts";

export interface Survey {
  /** <meta>, <link> and <time> elements by tag, in document order. */
  tags: Map<string, Element[]>;
  /** `script[type="application/ld+json"]`, in document order. */
  jsonLd: Element[];
  /** <img> elements with a src, in document order. */
  images: Element[];
  /** For each selector list asked, its matches under <body> (what body.querySelectorAll answers). */
  matches: Element[][];
  /** The pruning plan for the body, when asked for. */
  prune: PrunePlan | null;
}

const NO_ATTRS: readonly string[] = [];
/** `[type="application/ld+json"]`: HTML matches a type attribute's value without ASCII case. */
const isJsonLdType = (t: string | null) => t !== null && t.length === 19 && t.toLowerCase() === "application/ld+json";

export function surveyPage(doc: Document, opts: { selectors: readonly string[]; prune: boolean }): Survey {
  const tags = new Map<string, Element[]>([["meta", []], ["link", []], ["time", []]]);
  const jsonLd: Element[] = [];
  const images: Element[] = [];
  const body = doc.body;
  const rules = new SelectorWalk(doc, opts.selectors);
  const prune = opts.prune && body ? new PrunePlan(doc) : null;
  const root = doc.documentElement;
  if (!root) return { tags, jsonLd, images, matches: body ? rules.results(body) : opts.selectors.map(() => []), prune };
  // The first element after the body's subtree, in document order: there the body ends.
  let bodyEnd: Element | null = null;
  for (let e: Element | null = body; e && !bodyEnd; e = e.parentElement) bodyEnd = e.nextElementSibling;
  let inBody = false;
  const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n as Element;
    if (el === body) {
      inBody = true;
      continue;
    }
    if (el === bodyEnd) inBody = false;
    const tag = el.localName;
    const attrs = el.hasAttributes() ? el.getAttributeNames() : NO_ATTRS;
    tags.get(tag)?.push(el);
    if (tag === "script" && isJsonLdType(el.getAttribute("type"))) jsonLd.push(el);
    else if (tag === "img" && attrs.includes("src") && el.getAttribute("src")) images.push(el);
    if (!inBody) continue;
    if (rules.active) {
      const cls = attrs.includes("class") ? el.getAttribute("class") : null;
      const id = attrs.includes("id") ? el.getAttribute("id") : null;
      rules.visit(el, cls, id, attrs);
    }
    prune?.visit(el, attrs);
  }
  return { tags, jsonLd, images, matches: body ? rules.results(body) : opts.selectors.map(() => []), prune };
}
