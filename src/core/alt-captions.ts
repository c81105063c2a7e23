/**
 * Captions known by their picture. Many pages print a picture's caption in a plain block — a `<p>`
 * with a `<small>` or `<span>` in it, a line after the picture inside the same `<p>` — with no class
 * that says caption, so text.ts's `isCaption` cannot see it and the caption is read as prose. But
 * content systems write the caption into the picture's own `alt` or `title`, or name the file after
 * it: the line right after the picture that says the same words as the picture is its caption.
 *
 * After Readability, on the article, `markAltCaptions` marks such a line as a caption
 * (`data-jernih-caption`): it stays in the article's HTML beside its picture and leaves its text,
 * as any caption. Only a short line (at most 200 characters, three words or more, no heading) that
 * is exactly the picture's words: a paragraph that merely mentions what the picture shows stays, and
 * so does a video's title heading over its poster.
 */
import { CAPTION_MARK, isBlock, squash } from "./text.ts";

const MAX_CAPTION = 200;
const MIN_WORDS = 3;
const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** The words a picture says of itself: its alt, its title, its file's name (sizes and numbers left out). */
function pictureWords(img: Element): string[][] {
  const file = (img.getAttribute("src") ?? "").split(/[?#]/)[0]!.split("/").pop() ?? "";
  const stem = file.replace(/\.[a-z0-9]{2,5}$/i, "").split(/[-_.\s]+|%20/).filter((w) => !/^\d+(?:x\d+)?$/i.test(w));
  return [words(img.getAttribute("alt") ?? ""), words(img.getAttribute("title") ?? ""), words(stem.join(" "))].filter(
    (w) => w.length >= MIN_WORDS,
  );
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((w, i) => w === b[i]);

/** The picture's box: the highest box around it (below `root`) that holds no text of its own. */
function pictureBox(img: Element, root: Element): Element {
  let box = img;
  while (box.parentElement && box.parentElement !== root && !squash(box.parentElement.textContent ?? "")) box = box.parentElement;
  return box;
}

/**
 * A heading inside the line is a title (a video's, over its poster), no caption; in the box that
 * holds the picture, the line is its inline text: a block of text beside the picture is no caption.
 */
const titleOrBlock = (el: Element, inline: boolean) =>
  HEADINGS.has(el.localName) || (inline && isBlock(el) && !!squash(el.textContent ?? ""));

/** Whether `holder` has text before `box`: a caption follows its picture, a title over a poster comes first. */
function textBefore(holder: Element, box: Element): boolean {
  const walker = holder.ownerDocument.createTreeWalker(holder, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!(box.compareDocumentPosition(n) & 2 /* PRECEDING */)) return false;
    if (n.nodeValue?.trim()) return true;
  }
  return false;
}

/** The line that captions `img`: the block right after its box, or the block holding the box and the line. */
function captionOf(img: Element, root: Element): Element | null {
  const said = pictureWords(img);
  if (said.length === 0) return null;
  const box = pictureBox(img, root);
  const says = (el: Element | null, inline: boolean): el is Element => {
    if (!el || el === root || HEADINGS.has(el.localName) || Array.from(el.getElementsByTagName("*")).some((c) => titleOrBlock(c, inline))) return false;
    const text = squash(el.textContent ?? "");
    if (!text || text.length > MAX_CAPTION) return false;
    const w = words(text);
    return said.some((s) => same(s, w));
  };
  const next = box.nextElementSibling;
  if (says(next, false)) return next;
  const holder = box.parentElement;
  return says(holder, true) && !textBefore(holder, box) ? holder : null;
}

/** Marks the lines of `root` (the article) that caption a picture by repeating its words; returns how many. */
export function markAltCaptions(root: Element, ruleOff: (rule: string) => boolean = () => false): number {
  if (ruleOff("shape:credits:alt-caption")) return 0;
  const lines = new Set<Element>();
  for (const img of Array.from(root.getElementsByTagName("img"))) {
    const line = captionOf(img, root);
    if (line && !line.hasAttribute(CAPTION_MARK)) lines.add(line);
  }
  for (const line of lines) line.setAttribute(CAPTION_MARK, "");
  return lines.size;
}
