/** Types shared by every part of the core. Pure data: no DOM classes beyond the standard ones. */

import type { Category } from "../rules/types.ts";

/** A kind of clutter. Defined with the rules (imports point down); the core's modules take it from here. */
export type { Category };

/** One element the cleaner took out of the article (or the hider hid on the live page), and why. */
export interface Removal {
  category: Category;
  /** Id of the rule that matched, e.g. `phrase:related:lead` or `site:detik.com:clean:0`. */
  rule: string;
  /** The element's visible text, whitespace collapsed, cut to about 120 characters. */
  text: string;
}

export interface Article {
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: "ltr" | "rtl" | null;
  excerpt: string | null;
  leadImage: { src: string; alt: string | null; caption: string | null } | null;
  url: string | null;
  /** Clean article HTML, without the title. Not sanitised for display: sanitise before showing it. */
  contentHtml: string;
  /** Plain text: paragraphs separated by one blank line. */
  text: string;
  wordCount: number;
  readingMinutes: number;
  removed: Removal[];
}

/** A block the live page hides, and why. */
export interface Hit {
  el: Element;
  category: Category;
  /** Rule id: a selector rule's id, `phrase:<category>:<shape>` or `shape:<category>:<shape>`. */
  rule: string;
}
