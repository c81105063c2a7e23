/**
 * Reaction buttons (→ comments): the row of faces under a story that asks how it made the reader
 * feel ("Suka 0% · Lucu 0% · Sedih 0% · Marah 0%"), a one-tap comment. Templates name the box for
 * what it is (`reactions`, `reactions__list`, `reaksi`), and a script often fills it after load, so
 * the box goes by its name while it is still empty, as an ad slot does. A heading that asks for a
 * reaction ("Apa reaksimu?") is a comments heading phrase: hide-match takes it with the buttons under
 * it (comment-sections.ts), named or not.
 */
import type { Hit } from "../types.ts";
import { holdsProse, textUpTo } from "./block-text.ts";
import { inFrame, NEVER } from "./frame.ts";
import { hasByline, holdsMark, type Keep } from "./keep.ts";
import { hasToken, wordsOf } from "./words.ts";

const REACTION_WORDS = wordsOf(["reaction", "reactions", "reaksi"]);
const CANDIDATES = '[class*="reacti" i], [id*="reacti" i], [class*="reaksi" i], [id*="reaksi" i]';
/** A question and a few faces with their counts: never a paragraph. */
const MAX_TEXT = 200;
const MAX_RUN = 80;
/** A face's words: "Terinspirasi 12%". */
const MAX_CHOICE = 30;

export function reactionHits(root: Element | Document, keep: Keep): Hit[] {
  const found = Array.from(root.querySelectorAll(CANDIDATES));
  if (root.nodeType === 1 && (root as Element).matches(CANDIDATES)) found.unshift(root as Element);
  const hits: Hit[] = [];
  // In document order an ancestor comes first: the outermost box that is one goes, once.
  for (const el of found) {
    if (hits.some((h) => h.el.contains(el)) || !isReactionBox(el, keep)) continue;
    hits.push({ el, category: "comments", rule: "shape:comments:reactions" });
  }
  return hits;
}

function isReactionBox(el: Element, keep: Keep): boolean {
  if (NEVER.has(el.tagName.toUpperCase()) || !hasToken(el, REACTION_WORDS)) return false;
  // An embedded post quotes its own counts; a form with a field is a comment form (comment-sections.ts).
  if (el.closest("blockquote") !== null || el.querySelector("textarea, input:not([type=hidden]), blockquote") !== null) return false;
  if (textUpTo(el, MAX_TEXT) === null || holdsProse(el, MAX_RUN) || holdsMark(el, keep) || hasByline(el)) return false;
  if (keep.article !== null && el.contains(keep.article)) return false;
  // A face's link is a word and a count; a headline's is a story's title.
  return !Array.from(el.getElementsByTagName("a")).some((a) => textUpTo(a, MAX_CHOICE) === null) && !inFrame(el);
}
