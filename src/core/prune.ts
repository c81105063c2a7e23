/**
 * Before Readability: takes out of the document the subtrees that can never be article content, so
 * that Readability (which walks, scores and serialises the whole body, and re-parses it for each of
 * up to three retries when its first pick is short) has less to chew. Planned during one walk over
 * the elements (extract's survey, or `pruneForReadability`'s own), no selector engine.
 *
 * What goes, inside <body>:
 *  - what Readability itself drops on every attempt, whatever its flags: elements it judges
 *    invisible (`hidden`, `aria-hidden="true"`, inline display:none / visibility:hidden: the test of
 *    its `_isProbablyVisible`) and open modal dialogs;
 *  - what no article is made of: scripts (not JSON-LD), styles, templates, inline SVG drawings,
 *    buttons, selects and text areas;
 *  - page chrome outside any <article> or <main>: navigation, sidebars (<aside>) and page footers.
 *
 * What stays, because Readability or extract reads it from the whole page before picking the
 * article: <meta>, <title>, JSON-LD scripts, <article>/<main>, the <h1>/<h2> headings when the
 * page's title may be taken from one, and a picture that a following <noscript> fallback replaces.
 * An element holding any of these stays (what else inside it can go still goes).
 */

const ALWAYS = new Set(["script", "style", "template", "svg", "button", "select", "textarea"]);
/** Page chrome, when it is not inside the article (or the page's main content). */
const CHROME = new Set(["nav", "aside", "footer"]);
const CONTENT = new Set(["article", "main"]);
const HTML = "http://www.w3.org/1999/xhtml";
const VISIBILITY_ATTRS = new Set(["hidden", "aria-hidden", "style", "aria-modal"]);

/** JSON-LD, however its type is spelt (Readability and jsonld.ts each read it their own way). */
const isJsonLd = (el: Element) => (el.getAttribute("type") ?? "").trim().toLowerCase() === "application/ld+json";

/** Readability's `_isProbablyVisible`, negated; the style is read only when it can say "none" or "hidden". */
function invisible(el: Element): boolean {
  if (el.hasAttribute("hidden")) return true;
  if (el.getAttribute("aria-hidden") === "true" && !(el.getAttribute("class") ?? "").includes("fallback-image")) return true;
  const style = el.getAttribute("style");
  if (style && /none|hidden/i.test(style)) {
    const s = (el as HTMLElement).style;
    if (s && (s.display === "none" || s.visibility === "hidden")) return true;
  }
  return el.getAttribute("aria-modal") === "true" && el.getAttribute("role") === "dialog";
}

/**
 * Whether Readability may take the page's title from an <h1>/<h2> (its `_getArticleTitle` looks at
 * them for a title with ": ", or one shorter than 15 or longer than 150 characters).
 */
function titleFromHeadings(doc: Document): boolean {
  const t = (doc.title ?? "").trim();
  return t.includes(": ") || t.length < 15 || t.length > 150;
}

function insideContent(el: Element): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) if (CONTENT.has(p.localName)) return true;
  return false;
}

/** What to prune, gathered element by element in document order; `apply` prunes it. */
export class PrunePlan {
  private readonly kept = new Set<Element>();
  private readonly candidates: Element[] = [];
  private readonly keepHeadings: boolean;

  constructor(doc: Document) {
    this.keepHeadings = titleFromHeadings(doc);
  }

  /** An element inside <body> (not <body> itself), with its attribute names. */
  visit(el: Element, attrs: readonly string[]): void {
    const tag = el.localName;
    if (tag === "script" && isJsonLd(el)) this.keep(el);
    else if (ALWAYS.has(tag) || CHROME.has(tag)) this.candidates.push(el);
    else {
      if (tag === "meta" || (tag === "title" && el.namespaceURI === HTML) || CONTENT.has(tag) || (this.keepHeadings && (tag === "h1" || tag === "h2"))) this.keep(el);
      if (attrs.some((a) => VISIBILITY_ATTRS.has(a)) && invisible(el)) this.candidates.push(el);
    }
  }

  /** Marks the element's ancestors as staying. */
  private keep(el: Element) {
    for (let p = el.parentElement; p && !this.kept.has(p); p = p.parentElement) this.kept.add(p);
  }

  /** Prunes what was planned (skipping what has left the document since, and chrome `ruleOff` names); returns how many subtrees went. */
  apply(ruleOff?: (rule: string) => boolean): number {
    let pruned = 0;
    for (const el of this.candidates) {
      if (this.kept.has(el) || !el.isConnected) continue;
      if (CHROME.has(el.localName) && insideContent(el) && !invisible(el)) continue;
      // The rule audit (scripts/audit-rules.mjs) may leave page chrome in; the rest Readability drops anyway.
      if (CHROME.has(el.localName) && !invisible(el) && ruleOff?.("prune:chrome")) continue;
      // Readability swaps a picture for the <noscript> fallback that follows it.
      if (el.nextElementSibling?.localName === "noscript") continue;
      el.remove();
      pruned++;
    }
    return pruned;
  }
}

const NO_ATTRS: readonly string[] = [];

/** Prunes `doc` (a document the caller owns: a copy, or one handed over) in one walk of its body. */
export function pruneForReadability(doc: Document): number {
  const body = doc.body;
  if (!body) return 0;
  const plan = new PrunePlan(doc);
  const walker = doc.createTreeWalker(body, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n as Element;
    plan.visit(el, el.hasAttributes() ? el.getAttributeNames() : NO_ATTRS);
  }
  return plan.apply();
}
