/**
 * Plain text of an article DOM, the way a reader sees it: one paragraph per block, separated by a
 * blank line. Works on any DOM implementation (no layout, no innerText).
 */
const BLOCK = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DETAILS", "DIV", "DL", "DT", "FIELDSET",
  "FIGCAPTION", "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI",
  "MAIN", "NAV", "OL", "P", "PRE", "SECTION", "SUMMARY", "TABLE", "TBODY", "THEAD", "TFOOT", "TR",
  "UL", "CENTER",
]);
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "BUTTON", "SELECT", "TEXTAREA", "IFRAME"]);

export function isBlock(el: Element): boolean {
  return BLOCK.has(el.tagName.toUpperCase());
}

/** Runs of white space squash collapses (shared: a literal in a function body is a new object each call). */
export const SPACE_RUNS = /[\s\u00a0\u200b]+/g;
/** Collapses runs of white space (including no-break and zero-width spaces) to one space and trims. */
export function squash(s: string): string {
  // Most texts the live page asks about are the white space between tags or inside an empty box:
  // trimmed, they are empty, with no regex run. (Trimmed first, a zero-width space at an end is
  // still there for the regex to make a space of, and for the second trim to take.)
  const t = s.trim();
  return t === "" ? t : t.replace(SPACE_RUNS, " ").trim();
}

export interface BlockTextOptions {
  /** Elements to leave out, with everything inside them (e.g. photo captions). */
  skip?: (el: Element) => boolean;
}

/** Figure captions and photo-credit boxes: shown with their picture, not part of the article's prose. */
/** The mark caption-marks.ts leaves on a caption's paragraph, whose box Readability takes away. */
export const CAPTION_MARK = "data-jernih-caption";
const CAPTION_CLASS = /caption|(?:^|[\s_-])(?:credits?|keterangan|photo-?desc|image-?desc|img-?desc|foto-?desc)(?:$|[\s_-])/i;
export function isCaption(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === "FIGCAPTION" || el.hasAttribute(CAPTION_MARK)) return true;
  const cls = el.getAttribute("class");
  return !!cls && CAPTION_CLASS.test(cls) && (el.textContent ?? "").length < 400;
}

export function blockText(root: Node, opts: BlockTextOptions = {}): string {
  const paragraphs: string[] = [];
  let line = "";
  const flush = () => {
    const t = squash(line);
    if (t) paragraphs.push(t);
    line = "";
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      line += node.nodeValue ?? "";
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag) || opts.skip?.(el)) return;
    if (tag === "BR") {
      // Two <br> in a row end a paragraph; one is a line break inside it.
      const next = el.nextSibling;
      if (next && next.nodeType === 1 && (next as Element).tagName.toUpperCase() === "BR") flush();
      else line += "\n";
      return;
    }
    if (tag === "TD" || tag === "TH") line += " ";
    const block = BLOCK.has(tag);
    if (block) flush();
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join("\n\n");
}

/** Visible text of one element, collapsed, cut to `max` characters with an ellipsis. */
export function snippet(el: Node, max = 120): string {
  const t = squash(el.textContent ?? "");
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** Words in a text; for scripts without spaces (CJK, Thai) each character counts as a word-like unit / 2. */
export function countWords(text: string): number {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  const cjk = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu) ?? [];
  return cjk.length > words.length ? Math.round(cjk.length / 2) : words.length;
}
