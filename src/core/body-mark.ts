/**
 * The body the page marks as its article. Content systems mark the box that holds an entry's text:
 * schema.org microdata (`itemprop="articleBody"`), WordPress and hAtom themes (`entry-content`),
 * Drupal's body field (`field--name-body`), and the common `post-content` / `article-body` names.
 * Readability scores paragraphs, not marks: on a short article (a few lines of a blog post) it may
 * keep a longer box beside it (the author's bio under the post), or one box of a body that a page
 * builder split into text boxes of its own.
 *
 * Before Readability, `markBody` marks one box and keeps a copy of it: the one box marked as a body
 * (none when the page marks several: a list of entries); else the least box holding a page builder's
 * text boxes of prose; else the one entry the page marks (hAtom's `hentry`, schema.org's Article
 * types). After it, `missedBody` answers that copy when Readability's pick does not hold it and the
 * copy is a body worth reading instead: prose (200+ characters, links under half of it), at least
 * half the pick's text when the pick lies elsewhere, and 1.2 to 4 times the pick's text when the
 * pick is a part of it (then the boxes wrapping its paragraphs are unwrapped, or Readability would
 * keep one of them again). Extract then reads that box alone. A site's marks, no words.
 */
import { linkDensity } from "./classify.ts";
import { elementsWhere } from "./dom.ts";
import { squash } from "./text.ts";

const MARK = "data-jernih-body";
/** Class names that mark an entry's body, across content systems and themes. */
const BODY_CLASSES = new Set([
  "entry-content",
  "post-content",
  "post-body",
  "article-body",
  "article__body",
  "articlebody",
  "story-body",
  "field--name-body",
  "field-name-body",
]);
/** A paragraph at least this long is prose (Readability's own least paragraph). */
const PROSE_LINE = 25;
/** A marked box with more link text than this is a list, not a body. */
const MAX_LINKS = 0.5;
/** Least text of a marked body worth reading instead of the pick. */
const MIN_TEXT = 200;
/** When the pick lies outside the body: the body holds at least this share of the pick's text. */
const BESIDE_SHARE = 0.5;
/** When the pick is a part of the body: the body holds this much more text than it. */
const PART_GAIN = 1.2;
/** ... and at most this many times its text: a pick that is a small part of the marked box says the mark wraps more than the article. */
const PART_MAX = 4;

export interface MarkedBody {
  box: Element;
  copy: Element;
}

/** An element's class words, lower case (the attribute read as text: jsdom's classList is slow to build). */
const classWords = (el: Element): string[] => el.getAttribute("class")?.toLowerCase().split(/\s+/) ?? [];

const isBodyMark = (el: Element): boolean =>
  /\barticleBody\b/.test(el.getAttribute("itemprop") ?? "") || classWords(el).some((c) => BODY_CLASSES.has(c));
/** The whole entry (title, body, its footer): hAtom's `hentry`, schema.org's Article types. Asked when no body is marked. */
const isEntryMark = (el: Element): boolean =>
  classWords(el).includes("hentry") || /schema\.org\/(?:\w*Article|BlogPosting)$/.test(el.getAttribute("itemtype") ?? "");

/**
 * Page builders' text blocks: Drupal's Paragraphs (`paragraph`), Elementor, WPBakery, Divi,
 * Squarespace and AEM text widgets. An article built of them is split into boxes of its own, and
 * Readability keeps the best-scoring one.
 */
const BLOCK_CLASSES = new Set(["paragraph", "elementor-widget-text-editor", "wpb_text_column", "et_pb_text", "sqs-block-html", "cmp-text"]);
/** Least text of a text block that counts as prose, and the share of its holder's text the blocks hold. */
const BLOCK_TEXT = 80;
const BLOCKS_SHARE = 0.6;

/** A box of a page builder's text (a `<p class="paragraph">` is one paragraph, no box of them). */
const isTextBlock = (el: Element | null): boolean =>
  !!el && BOXES.has(el.tagName) && classWords(el).some((c) => BLOCK_CLASSES.has(c));
const BOXES = new Set(["DIV", "SECTION", "ARTICLE"]);

/** The least box holding every text block of prose, when there are two or more and they hold most of its text. */
function blocksHolder(found: Element[]): Element | null {
  const blocks = found.filter((el) => isTextBlock(el) && !isTextBlock(el.parentElement));
  const prose = blocks.filter((el) => {
    const text = squash(el.textContent ?? "");
    return text.length >= BLOCK_TEXT && linkDensity(el, text) < 0.3;
  });
  if (prose.length < 2) return null;
  let holder: Element | null = prose[0]!.parentElement;
  while (holder && !prose.every((el) => holder!.contains(el))) holder = holder.parentElement;
  if (!holder || holder.tagName === "BODY" || holder.tagName === "HTML") return null;
  const held = prose.reduce((n, el) => n + squash(el.textContent ?? "").length, 0);
  return held >= BLOCKS_SHARE * squash(holder.textContent ?? "").length ? holder : null;
}

/** The one innermost element of `found` that `is` marks, or null when none or several are marked. */
function onlyMarked(found: Element[], is: (el: Element) => boolean): Element | null {
  // Innermost marks only: a theme may mark the body twice, the whole column and the text in it.
  const marks = found.filter(is);
  const inner = marks.filter((el) => !marks.some((m) => m !== el && el.contains(m)));
  return inner.length === 1 ? inner[0]! : null;
}

/** The one box of `doc` (a copy the caller owns) marked as the article's body, marked again by us, with a copy of it. */
export function markBody(doc: Document): MarkedBody | null {
  const body = doc.body;
  if (!body) return null;
  // One walk for the three kinds of mark (jsdom indexes a live collection of every element slowly).
  const found = elementsWhere(body, (el) => isBodyMark(el) || isTextBlock(el) || isEntryMark(el));
  const box = found.some(isBodyMark) ? onlyMarked(found, isBodyMark) : (blocksHolder(found) ?? onlyMarked(found, isEntryMark));
  if (!box) return null;
  box.setAttribute(MARK, "");
  return { box, copy: box.cloneNode(true) as Element };
}

/** Whether most of five stretches of `text`, spread over it, are found in `other`. */
function mostlyIn(text: string, other: string): boolean {
  if (!text || !other) return false;
  const probe = Math.min(40, text.length);
  const found = [0.1, 0.3, 0.5, 0.7, 0.9].filter((at) => {
    const from = Math.min(Math.floor(at * text.length), text.length - probe);
    return other.includes(text.slice(from, from + probe));
  });
  return found.length >= 3;
}

/** The marked body's copy when Readability's pick (`content`) left the box out and it reads better; the marks go. */
export function missedBody(doc: Document, marked: MarkedBody | null, content: Element | null): Element | null {
  if (!marked) return null;
  marked.box.removeAttribute(MARK);
  marked.copy.removeAttribute(MARK);
  const held = content?.querySelector(`[${MARK}]`) ?? (content?.hasAttribute(MARK) ? content : null);
  held?.removeAttribute(MARK);
  if (held || !content) return null;
  const text = squash(marked.copy.textContent ?? "");
  const picked = squash(content.textContent ?? "");
  // The text tells when the marks cannot (Readability's retry reads a fresh copy of the page, and
  // its cleaning may replace the marked box): most of the body's text is in the pick.
  if (mostlyIn(text, picked)) return null;
  if (text.length < MIN_TEXT || linkDensity(marked.copy, text) >= MAX_LINKS) return null;
  const part = mostlyIn(picked, text);
  const enough = part
    ? text.length >= PART_GAIN * picked.length && text.length <= PART_MAX * picked.length
    : text.length >= BESIDE_SHARE * picked.length;
  if (!enough) return null;
  const box = doc.importNode(marked.copy, true) as Element;
  if (part) flattenProse(box);
  return box;
}

/**
 * The boxes inside `box` that wrap its paragraphs of prose, unwrapped, so that the paragraphs are
 * siblings: read again, Readability would keep one box of a body split into boxes, as it did the
 * first time. Boxes without prose (a share bar, a gallery) stay as they are.
 */
function flattenProse(box: Element): void {
  const wrappers = Array.from(box.querySelectorAll("div, section, article")).filter((el) =>
    Array.from(el.getElementsByTagName("p")).some((p) => squash(p.textContent ?? "").length >= PROSE_LINE),
  );
  for (const el of wrappers) el.replaceWith(...Array.from(el.childNodes));
}
