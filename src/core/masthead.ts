/**
 * The masthead inside the pick. On pages whose <article> or main box wraps the site's header as well
 * as the story (or whose markup is broken enough that Readability's box starts above the headline),
 * the pick opens with what stands above the headline: a section label ("Entertainment"), a "Sign In"
 * button's text, a breaking-news label, a stray line of the site's stylesheet. The headline marks
 * where the article starts: when a block before the first paragraph of prose is the page's headline
 * (its words are the page's title), what the pick holds above it goes, and the headline with it
 * (the title is a field of its own, as dropHeadline in extract.ts has it). Pictures above the
 * headline stay: the lead image is the article's. Structure and the page's own title only.
 */
import { squash } from "./text.ts";

/** A paragraph with this much text is prose: the headline is looked for before it. */
const PROSE_CHARS = 120;
const MAX_HEADLINE = 250;
const HEADLINE_TAGS = new Set(["h1", "h2", "h3", "p", "div", "span", "strong", "b"]);
const MEDIA = ["img", "picture", "figure", "video"];
const PROSE_TAGS = new Set(["p", "li", "blockquote", "dd", "pre", "td"]);
/** Most text a masthead holds: more is the article's, whatever stands below it. */
const MAX_ABOVE = 400;

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
/** Whether a line is the page's title, give or take the site's name around it (both ways). */
export function isTitle(text: string, titles: readonly string[]): boolean {
  const h = words(text);
  if (h.length < 3) return false;
  return titles.some((t) => {
    const tw = new Set(words(t));
    return h.filter((w) => tw.has(w)).length / h.length >= 0.8 && h.length >= 0.6 * tw.size;
  });
}

/** The headline: the first leaf block before the first paragraph of prose whose text is the title; null when prose comes first. */
function findHeadline(root: Element, titles: readonly string[]): Element | null {
  const walker = root.ownerDocument.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  // A masthead is short: once more text than it and a headline hold has gone by, there is none.
  let seen = 0;
  for (let n = walker.nextNode() as Element | null; n && seen <= MAX_ABOVE + MAX_HEADLINE; n = walker.nextNode() as Element | null) {
    const text = squash(n.textContent ?? "");
    if (!text) continue;
    if (n.children.length === 0) seen += text.length;
    // The innermost such block: a box around the headline and a label is no headline.
    if (text.length <= MAX_HEADLINE && HEADLINE_TAGS.has(n.localName) && !hasBlockChild(n) && isTitle(text, titles)) return n;
    if (text.length >= PROSE_CHARS && (PROSE_TAGS.has(n.localName) || n.children.length === 0)) return null;
  }
  return null;
}

const BLOCKS = new Set(["div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "section", "header", "table", "figure"]);
const hasBlockChild = (el: Element) => Array.from(el.children).some((c) => BLOCKS.has(c.localName));
const hasMedia = (el: Element) => MEDIA.includes(el.localName) || MEDIA.some((t) => el.getElementsByTagName(t).length > 0);

/**
 * Takes out of `root` what stands above the page's headline (pictures aside) and the headline
 * itself; returns the headline's text, or null when the article does not open with one.
 */
export function dropMasthead(root: Element, titles: readonly string[], ruleOff: (rule: string) => boolean = () => false): string | null {
  const headline = findHeadline(root, titles);
  if (!headline) return null;
  const above: Node[] = [];
  for (let n: Element | null = headline; n && n !== root; n = n.parentElement) {
    for (let s = n.previousSibling; s; s = s.previousSibling) {
      if (s.nodeType === 3 ? squash(s.nodeValue ?? "") : s.nodeType === 1 && !hasMedia(s as Element) && squash(s.textContent ?? "")) above.push(s);
    }
  }
  const aboveText = above.reduce((n, a) => n + squash(a.textContent ?? "").length, 0);
  if (above.length === 0 || aboveText > MAX_ABOVE || ruleOff("shape:nav:masthead")) return null;
  for (const n of above) n.parentNode?.removeChild(n);
  const text = squash(headline.textContent ?? "");
  headline.remove();
  return text;
}
