/**
 * The short lines by an article's title: its date line ("Selasa, 23 Februari 2016 15:06 WIB | 998
 * Views") and its writer ("Pewarta: Monalisa", "Oleh : Maya Sofia"), which the reader shows above
 * the story when the page states them nowhere a machine reads. Looked for between the title and
 * the story's paragraphs, then in the short lines just above the title (a kicker's date): a
 * header's "today" stands further up, among menus, and a list's dates and names below the story.
 */
import { readDate } from "./dates.ts";
import { textUpTo } from "./shapes/block-text.ts";
import { squash } from "./text.ts";

/** Elements looked at after the title: its kicker, byline box, share row, photo and caption. */
const MAX_STEPS = 80;
/** A paragraph this long is the story's, or a standfirst's: at the second, the head is over. */
const STORY = 80;
const STORY_PARAGRAPHS = 2;
/** A line with a byline or a count beside the date, and no more. */
const MAX_LINE = 80;
/** Shorter headings are a section's name ("Regional", "News"), never the story's title. */
const MIN_TITLE = 15;
/** Lines above the title: up to three siblings back of the title and of its box. */
const MAX_ABOVE = 3;

/**
 * The lines (squashed texts of 6–80 characters) of the title's head, nearest first in reading
 * order: those after the title, then those just above it; null when no heading is the title.
 */
export function titleHead(doc: Document, titles: readonly (string | null)[]): string[] | null {
  const title = titleElement(doc, titles);
  if (!title) return null;
  const lines: string[] = [];
  let paragraphs = 0;
  let steps = 0;
  for (let el = afterSubtree(title); el && steps < MAX_STEPS; el = el.firstElementChild ?? afterSubtree(el), steps++) {
    if (isStory(el) && ++paragraphs >= STORY_PARAGRAPHS) break;
    const line = lineOf(el);
    if (line) lines.push(line);
  }
  for (const e of [title, title.parentElement]) {
    let s = e?.previousElementSibling ?? null;
    for (let i = 0; s && i < MAX_ABOVE; i++, s = s.previousElementSibling) {
      const line = lineOf(s);
      if (line) lines.push(line);
    }
  }
  return lines;
}

function lineOf(el: Element): string | null {
  const text = textUpTo(el, MAX_LINE);
  return text !== null && text.length >= 6 ? text : null;
}

/**
 * The heading that is the title: the first h1–h3 whose words the page's <title> or og:title holds
 * (an h1 is often the site's logo or the section's name, the headline an h2), else the only h1.
 */
function titleElement(doc: Document, titles: readonly (string | null)[]): Element | null {
  const lower = titles.map((t) => squash(t ?? "").toLowerCase()).filter(Boolean);
  const named = Array.from(doc.querySelectorAll("h1, h2, h3")).find((h) => {
    const text = squash(h.textContent ?? "").toLowerCase();
    return text.length >= MIN_TITLE && lower.some((t) => t.includes(text));
  });
  const h1s = doc.getElementsByTagName("h1");
  return named ?? (h1s.length === 1 ? h1s[0]! : null);
}

/** The next element in document order after `el`'s own subtree. */
function afterSubtree(el: Element): Element | null {
  for (let e: Element | null = el; e; e = e.parentElement) if (e.nextElementSibling) return e.nextElementSibling;
  return null;
}

/** A paragraph of the story, or text written straight into a block between <br>s. */
function isStory(el: Element): boolean {
  if (el.tagName.toUpperCase() === "P") return squash(el.textContent ?? "").length >= STORY;
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && squash((n as Text).data).length >= STORY) return true;
  return false;
}

/** What sets a date apart from the byline or view count on its line. */
const DATE_PARTS = /\s+[|•·]\s+|\s+[-–—]\s+(?=\D)|\s*\|\s*/;

/** The first of the head's lines that is or holds a date, read into ISO 8601 (dates.ts), or null. */
export function dateLine(head: readonly string[] | null): string | null {
  for (const text of head ?? []) {
    const whole = readDate(text);
    if (whole) return whole.iso;
    for (const part of text.split(DATE_PARTS)) {
      const d = readDate(part);
      if (d) return d.iso;
    }
  }
  return null;
}
