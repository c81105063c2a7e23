/**
 * The date line under an article's title ("Selasa, 23 Februari 2016 15:06 WIB | 998 Views",
 * "Ulyaeni Maulida | 20 September 2020 11:10", "30-03-2020 12:00"): the reader's date when the
 * page states none for machines (no meta tag, JSON-LD or `<time datetime>`), as about half of the
 * Indonesian pages of 2015–2020 do. Looked for between the title and the story's paragraphs, then
 * in the short lines just above the title (a kicker's date): a header's "today" stands further up,
 * in a block of menus, and a list's dates below the story.
 */
import { readDate } from "./dates.ts";
import { squash } from "./text.ts";

/** Elements looked at after the title: its kicker, byline box, share row, photo and caption. */
const MAX_STEPS = 80;
/** A paragraph this long is the story's, or a standfirst's: at the second, the head is over. */
const STORY = 80;
const STORY_PARAGRAPHS = 2;
/** A date line with a byline or a count beside it, and no more. */
const MAX_LINE = 80;
/** Shorter headings are a section's name ("Regional", "News"), never the story's title. */
const MIN_TITLE = 15;
/** What sets a date apart from the byline or view count on its line. */
const PARTS = /\s+[|•·]\s+|\s+[-–—]\s+(?=\D)|\s*\|\s*/;

/** The date the line under the title states, read into ISO 8601 (dates.ts), or null. */
export function dateLine(doc: Document, titles: readonly (string | null)[]): string | null {
  const title = titleElement(doc, titles);
  if (!title) return null;
  let steps = 0;
  let paragraphs = 0;
  for (let el = afterSubtree(title); el && steps < MAX_STEPS; el = el.firstElementChild ?? afterSubtree(el), steps++) {
    if (isStory(el) && ++paragraphs >= STORY_PARAGRAPHS) break;
    const text = squash(el.textContent ?? "");
    if (text.length < 6 || text.length > MAX_LINE) continue;
    const iso = dateIn(text);
    if (iso) return iso;
  }
  return dateAbove(title);
}

/** A short line just before the title, or before the title's box: up to three siblings back, each whole. */
const MAX_ABOVE = 3;
function dateAbove(title: Element): string | null {
  for (const e of [title, title.parentElement]) {
    let s = e?.previousElementSibling ?? null;
    for (let i = 0; s && i < MAX_ABOVE; i++, s = s.previousElementSibling) {
      const text = squash(s.textContent ?? "");
      const iso = text.length <= MAX_LINE ? dateIn(text) : null;
      if (iso) return iso;
    }
  }
  return null;
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

function dateIn(text: string): string | null {
  const whole = readDate(text);
  if (whole) return whole.iso;
  for (const part of text.split(PARTS)) {
    const d = readDate(part);
    if (d) return d.iso;
  }
  return null;
}
