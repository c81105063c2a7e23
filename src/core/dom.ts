/**
 * Tag-name lookups without a selector engine. In jsdom every `querySelector("a")` runs the whole
 * selector machinery (~50 µs a call even on a small block) and the cleaner asks such questions of
 * every block; `getElementsByTagName` answers the same in about a microsecond. Same answers: tag
 * names match HTML elements without case and others exactly, in document order, as selectors do.
 */

/** Whether `el` has a descendant with one of these tag names (`el.querySelector("a, img") !== null`). */
export function hasDescendant(el: Element, ...tags: string[]): boolean {
  return tags.some((t) => el.getElementsByTagName(t)[0] !== undefined);
}

/** The descendants of `el` with this tag name, in document order (`el.querySelectorAll(tag)`). */
export function descendantsByTag(el: Element, tag: string): Element[] {
  return Array.from(el.getElementsByTagName(tag));
}

/** The first descendant with this tag name, or null (`el.querySelector(tag)`). */
export function firstDescendant(el: Element, tag: string): Element | null {
  return el.getElementsByTagName(tag)[0] ?? null;
}

/** `el` or its nearest ancestor with this (lower-case) tag name, or null (`el.closest(tag)`). */
export function closestTag(el: Element, tag: string): Element | null {
  for (let e: Element | null = el; e; e = e.parentElement) if (e.localName === tag) return e;
  return null;
}

/** The elements under `root` (not `root` itself) that pass `keep`, in document order; one tree walk. */
export function elementsWhere(root: Element, keep: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (keep(n as Element)) out.push(n as Element);
  return out;
}

/** The deepest last node of the document: where the parser is adding while the page loads. */
export function lastNode(doc: Document): Node | null {
  let n: Node | null = doc.documentElement;
  while (n?.lastChild) n = n.lastChild;
  return n;
}

/** Whether `b` comes after `a` in document order. */
export const follows = (a: Node, b: Node): boolean => (a.compareDocumentPosition(b) & 4) !== 0;

/** An inline style that hides its box: `display: none` or `visibility: hidden` (with or without !important). */
export const INLINE_HIDDEN = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?=;|$)/i;

/**
 * Whether `el` sits in a box the markup itself keeps from view (a `hidden` attribute or an inline
 * style that hides it), itself included: the copies of an article that pages keep for search engines
 * and feeds (schema.org microdata in a `display:none` box). Stylesheets are not read.
 */
export function inHiddenBox(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e.hasAttribute("hidden")) return true;
    const style = e.getAttribute("style");
    if (style && INLINE_HIDDEN.test(style)) return true;
  }
  return false;
}
