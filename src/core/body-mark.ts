/**
 * The body the page marks as its article. Content systems mark the box that holds an entry's text:
 * schema.org microdata (`itemprop="articleBody"`), WordPress and hAtom themes (`entry-content`),
 * Drupal's body field (`field--name-body`), and the common `post-content` / `article-body` names.
 * Readability scores paragraphs, not marks: on a short article (a dialogue, a few lines of a blog
 * post) it may keep a longer box beside it (a cookie notice, the author's bio under the post), or one
 * part of the marked body when the body is split into boxes of its own.
 *
 * Before Readability, `markBody` marks the one box the page marks as its body (none when the page
 * marks several: a list of entries), or else the one entry the page marks (hAtom's `hentry`,
 * schema.org's Article types) and keeps a copy of it. After it, `missedBody` answers that copy
 * when Readability's pick does not hold it and the copy is a body worth reading instead: prose
 * (200+ characters, links under half of it), at least half the pick's text when the pick lies elsewhere,
 * and more than the pick when the pick is a part of it. Extract then reads that box alone. A site's
 * marks, no words.
 */
import { linkDensity } from "./classify.ts";
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
/** A marked box with more link text than this is a list, not a body. */
const MAX_LINKS = 0.5;
/** Least text of a marked body worth reading instead of the pick. */
const MIN_TEXT = 200;
/** When the pick lies outside the body: the body holds at least this share of the pick's text. */
const BESIDE_SHARE = 0.5;
/** When the pick is a part of the body: the body holds this much more text than it. */
const PART_GAIN = 1.2;

export interface MarkedBody {
  box: Element;
  copy: Element;
}

const isBodyMark = (el: Element): boolean =>
  /\barticleBody\b/.test(el.getAttribute("itemprop") ?? "") || Array.from(el.classList).some((c) => BODY_CLASSES.has(c.toLowerCase()));
/** The whole entry (title, body, its footer): hAtom's `hentry`, schema.org's Article types. Asked when no body is marked. */
const isEntryMark = (el: Element): boolean =>
  el.classList.contains("hentry") || /schema\.org\/(?:\w*Article|BlogPosting)$/.test(el.getAttribute("itemtype") ?? "");

/** The one outermost element of `all` that `is` marks, or null when none or several are marked. */
function onlyMarked(all: Element[], is: (el: Element) => boolean): Element | null {
  // Outermost marks only: a theme may mark the body twice, one box inside the other.
  const marks = all.filter(is);
  const outer = marks.filter((el) => !marks.some((m) => m !== el && m.contains(el)));
  return outer.length === 1 ? outer[0]! : null;
}

/** The one box of `doc` (a copy the caller owns) marked as the article's body, marked again by us, with a copy of it. */
export function markBody(doc: Document): MarkedBody | null {
  const body = doc.body;
  if (!body) return null;
  const all = Array.from(body.getElementsByTagName("*"));
  const box = onlyMarked(all, isBodyMark) ?? (all.some(isBodyMark) ? null : onlyMarked(all, isEntryMark));
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
  const enough = part ? text.length >= PART_GAIN * picked.length : text.length >= BESIDE_SHARE * picked.length;
  return enough ? doc.importNode(marked.copy, true) : null;
}
