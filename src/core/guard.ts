/**
 * Limits that keep extraction safe on hostile input: a saved "page" that is empty, binary, huge or
 * absurdly deep gets a clear error (or is trimmed to what a browser would show) instead of a hang,
 * a stack overflow or a gigabyte of heap. Pure DOM + strings: runs in Node (CLI) and the browser.
 *
 * Used in this order: checkBytes(bytes) → slimMarkup(html) → parse → guardDocument(doc) → extract
 * → checkArticleText(article.text).
 */
import { ExtractError } from "./errors.ts";
import { countWords } from "./text.ts";

export const LIMITS = {
  /**
   * Markup left after slimming (characters). The largest real article page we have seen is ~1.6 MB;
   * parsing in jsdom costs about 1 s per MB, so 6 MB keeps the worst case within seconds.
   */
  maxMarkup: 6_000_000,
  /** Above this size the page is slimmed first (script/style bodies, comments, inline data: blobs). */
  slimAbove: 1_000_000,
  /**
   * Nesting depth kept as is; deeper content is kept as text. The deepest of our 441 corpus pages
   * nests 51 levels; Chromium's parser itself stops nesting at 512.
   */
  maxDepth: 128,
  /** Elements in the parsed page; Readability walks them several times. */
  maxElements: 300_000,
  /**
   * Element children of one element kept as they are; more are grouped into <div>s of
   * `flatGroup`. jsdom finds a child's index by counting its siblings after every change, so
   * Readability's per-child edits (div → p, moves, removals) are quadratic in a flat container:
   * 10 000 sibling <div>s took 90 s. The most of our 441 corpus pages has 1 125 (a list).
   */
  maxChildren: 2_000,
  flatGroup: 50,
} as const;

const MAGIC: [number[], string][] = [
  [[0x1f, 0x8b], "gzip-compressed data (decompress it first)"],
  [[0x50, 0x4b, 0x03, 0x04], "a ZIP archive"],
  [[0x25, 0x50, 0x44, 0x46], "a PDF document"],
  [[0x89, 0x50, 0x4e, 0x47], "a PNG image"],
  [[0xff, 0xd8, 0xff], "a JPEG image"],
  [[0x47, 0x49, 0x46, 0x38], "a GIF image"],
  [[0x7f, 0x45, 0x4c, 0x46], "an executable"],
];

const mb = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`;

/**
 * Rejects bytes that are not a page at all. UTF-16 pages (BOM) legitimately contain NUL bytes, so
 * they pass; anything else with NULs or mostly control characters in its first 8 KB is binary.
 */
export function checkBytes(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new ExtractError("the file is empty");
  for (const [magic, what] of MAGIC) {
    if (magic.every((b, i) => bytes[i] === b)) throw new ExtractError(`not an HTML page: the file is ${what}`);
  }
  const utf16 = (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe);
  if (utf16) return;
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) throw new ExtractError("not an HTML page: the file holds binary data (NUL bytes)");
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  if (control > head.length * 0.05) throw new ExtractError("not an HTML page: the file holds binary data");
}

/** Inline images and fonts as data: URLs longer than 1 KB; the article keeps the element, not the blob. */
const DATA_BLOBS = /data:[\w.+-]+\/[\w.+-]+(?:;[\w=.+-]+)*,[^"'\s)]{1024,}/gi;
const INERT_OPEN = /<!--|<(script|style|template)\b/gi;
/** Literal searches (no backtracking); case-insensitive without lower-casing, which can shift indices. */
const CLOSERS = { script: /<\/script/gi, style: /<\/style/gi, template: /<\/template/gi };

/** A script's open tag that declares JSON-LD (the page's own article metadata, and sometimes its body). */
const JSON_LD_OPEN = /\stype\s*=\s*["']?\s*application\/ld\+json/i;

/**
 * Drops comments and the bodies of script, style and template elements: a huge page is mostly these
 * (inline JSON state, bundles, CSS) and they never hold article text. JSON-LD scripts stay whole:
 * Readability reads the page's metadata from them and extract its articleBody. Scans with indexOf,
 * never with a backtracking pattern, so an unclosed `<script` or `<!--` repeated a million times
 * stays linear; an unclosed one swallows the rest of the page, as it does in a browser.
 */
function dropInert(html: string): string {
  const parts: string[] = [];
  let from = 0;
  INERT_OPEN.lastIndex = 0;
  for (let m = INERT_OPEN.exec(html); m; m = INERT_OPEN.exec(html)) {
    const at = m.index;
    if (m[0] === "<!--") {
      const end = html.indexOf("-->", at + 4);
      parts.push(html.slice(from, at));
      from = end < 0 ? html.length : end + 3;
    } else {
      const tag = m[1]!.toLowerCase();
      const openEnd = html.indexOf(">", at);
      if (openEnd < 0) break;
      const closer = CLOSERS[tag as keyof typeof CLOSERS];
      closer.lastIndex = openEnd;
      const close = closer.exec(html)?.index ?? -1;
      const keep = tag === "script" && JSON_LD_OPEN.test(html.slice(at, openEnd));
      const end = close < 0 ? html.length : close;
      parts.push(html.slice(from, keep ? end : openEnd + 1));
      from = end;
    }
    if (from >= html.length) break;
    INERT_OPEN.lastIndex = from;
  }
  parts.push(html.slice(from));
  return parts.join("");
}

/**
 * For a large page, drops what cannot be article text before parsing, then enforces the size limit
 * with an error that says why. Small pages are returned untouched.
 */
export function slimMarkup(html: string): string {
  if (html.length <= LIMITS.slimAbove) return html;
  const slim = dropInert(html).replace(DATA_BLOBS, "data:,");
  if (slim.length > LIMITS.maxMarkup) {
    throw new ExtractError(
      `page too large: ${mb(slim.length)} of markup without scripts and styles (limit ${mb(LIMITS.maxMarkup)})`,
    );
  }
  return slim;
}

/**
 * Checks a parsed page before extraction: a frameset has no article of its own (its frames do); too
 * many elements, or nesting far deeper than any parser produces (a DOM built by script), is an error
 * rather than a stack overflow in the recursive DOM code that follows. Iterative throughout.
 * (The CLI caps depth in the markup before parsing: src/cli/deep-markup.ts.)
 */
export function guardDocument(doc: Document): void {
  // A frameset page's body *is* its <frameset> (its <noframes> text is only a fallback message).
  // By tag name, not by selector: jsdom's selector engine walks the whole page for each query.
  if (doc.body?.localName === "frameset" || (doc.getElementsByTagName("frameset").length > 0 && doc.getElementsByTagName("body").length === 0)) {
    const frames = Array.from(doc.querySelectorAll("frame[src]"), (f) => f.getAttribute("src")).filter(Boolean);
    throw new ExtractError(
      `this page is a frameset: its text lives in the framed pages${frames.length ? ` (${frames.slice(0, 5).join(", ")})` : ""}`,
    );
  }
  const root = doc.documentElement;
  if (!root) return;
  // A tree walker moved by hand, so that it knows the depth and counts siblings: the cheapest walk in jsdom.
  const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  let elements = 1;
  let depth = 1;
  const siblings: number[] = [1];
  const flat: [Element, number][] = [];
  for (;;) {
    if (walker.firstChild()) siblings[++depth] = 1;
    else {
      while (!walker.nextSibling()) {
        if (!walker.parentNode()) {
          // Innermost first: grouping a container copies it, and what it holds with it.
          for (const [el] of flat.sort((a, b) => b[1] - a[1])) groupChildren(el);
          return;
        }
        depth--;
      }
      if (++siblings[depth]! === LIMITS.maxChildren + 1) flat.push([walker.currentNode.parentNode as Element, depth]);
    }
    if (++elements > LIMITS.maxElements) {
      throw new ExtractError(`page too complex: more than ${LIMITS.maxElements.toLocaleString("en")} elements`);
    }
    if (depth > 2 * LIMITS.maxDepth) {
      throw new ExtractError(`page too deep: elements nested more than ${2 * LIMITS.maxDepth} levels`);
    }
  }
}

/** Containers whose children are grouped as they are (a table's rows, a select's options). */
const KEEP_FLAT = new Set(["table", "thead", "tbody", "tfoot", "tr", "colgroup", "select", "optgroup", "datalist"]);

/**
 * Groups a flat container's children into <div>s of LIMITS.flatGroup element children. The
 * container is rebuilt from copies and swapped in at once: taking 10 000 children out one by one is
 * itself quadratic in jsdom.
 */
function groupChildren(el: Element): void {
  const parent = el.parentNode;
  if (!parent || KEEP_FLAT.has(el.localName)) return;
  const doc = el.ownerDocument;
  const copy = el.cloneNode(false) as Element;
  let group: Element | null = null;
  let inGroup = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (!group || (c.nodeType === 1 && inGroup === LIMITS.flatGroup)) {
      group = doc.createElement("div");
      copy.append(group);
      inGroup = 0;
    }
    if (c.nodeType === 1) inGroup++;
    group.append(c.cloneNode(true));
  }
  parent.replaceChild(copy, el);
}

/** A paragraph of at least this many words makes a text an article; forms and result lists have none. */
export const MIN_PARAGRAPH_WORDS = 12;

/**
 * Rejects an "article" that is only short lines: what Readability returns for a login form, a
 * search-results list or a navigation page. Takes the article's plain text (paragraphs separated by
 * blank lines).
 */
export function checkArticleText(text: string): void {
  // countWords counts scripts without spaces (Japanese, Chinese, Thai) by characters.
  const longest = Math.max(0, ...text.split(/\n\s*\n/).map(countWords));
  if (longest < MIN_PARAGRAPH_WORDS) {
    throw new ExtractError(
      `no article found on this page: only short lines (longest ${longest} words), like a form, a menu or a list of links`,
    );
  }
}
