/**
 * Class and id words: the parts of an element's class and id split at "-" and "_", so a rule asks
 * for "ads" or "share" and never reads "header" or "shadow" as one. Memoised per string.
 *
 * A rule's words are a set, not a regular expression: every page start compiles each regex it runs
 * (the case-insensitive alternations cost most), and these are asked on every page.
 */
import { isWordCode } from "../phrases.ts";

/** A rule's words, lower case; `numbered`: words that may carry a number after them ("button2"). */
export interface Words {
  readonly words: ReadonlySet<string>;
  readonly numbered: ReadonlySet<string>;
}

export function wordsOf(words: readonly string[], numbered: readonly string[] = []): Words {
  return { words: new Set(words), numbered: new Set(numbered) };
}

/** An element's class and id in one string (empty for neither): what its words are read from. */
function classAndId(el: Element): string {
  const cls = typeof el.className === "string" ? el.className : "";
  const id = el.id;
  return id ? `${cls} ${id}` : cls;
}

/** The words of a class-and-id string: "kcm-social-share" → kcm, social, share (and the whole). */
function tokens(raw: string): string[] {
  const out: string[] = [];
  for (const word of raw.split(/\s+/)) {
    if (!word) continue;
    out.push(word);
    if (word.includes("-") || word.includes("_")) for (const part of word.split(/[-_]+/)) if (part) out.push(part);
  }
  return out;
}

/** Whether one word (any case) is among `w`'s. */
export function isWord(word: string, w: Words): boolean {
  const lower = word.toLowerCase();
  if (w.words.has(lower)) return true;
  if (w.numbered.size === 0) return false;
  let end = lower.length;
  while (end > 0 && lower.charCodeAt(end - 1) >= 48 && lower.charCodeAt(end - 1) <= 57) end--;
  return end < lower.length && w.numbered.has(lower.slice(0, end));
}

/**
 * hasToken's answers by rule and class-and-id string. The shapes ask it of every link, of the
 * ancestors of every candidate block and of every element of a row, and most elements share their
 * class names with others: splitting them into words and testing each word once per string, not
 * once per question, was a tenth of the content script's time on the corpus pages.
 */
const tokenVerdicts = new Map<Words, Map<string, boolean>>();
/** Ids are often unique ("div-gpt-ad-…-3"): a page of endless distinct ones must not grow the memo forever. */
const MAX_KNOWN_TOKENS = 4096;

export function hasToken(el: Element, w: Words): boolean {
  return verdictOf(el, w, tokenVerdicts, tokens);
}

const blockVerdicts = new Map<Words, Map<string, boolean>>();

/**
 * hasToken for what a box is, not where it sits: a BEM class word's element or modifier names a part
 * or a place of another block ("article__footer" is the article's foot, "promo--footer" a promo put
 * at the foot), and counts only under a block that is the page itself ("page__footer", "l-header__bar").
 */
export function hasBlockToken(el: Element, w: Words): boolean {
  return verdictOf(el, w, blockVerdicts, blockTokens);
}

/** Page-wide BEM blocks, whose parts are the site's own. */
const PAGE_BLOCKS = new Set(["site", "page", "layout", "global", "app", "l"]);

function blockTokens(raw: string): string[] {
  const out: string[] = [];
  for (const word of raw.split(/\s+/)) {
    const parts = word.split(/__|--/);
    const pageWide = parts.length > 1 && PAGE_BLOCKS.has(parts[0]!.toLowerCase());
    out.push(...tokens(pageWide ? parts.join("-") : parts[0]!));
  }
  return out;
}

function verdictOf(el: Element, w: Words, memo: Map<Words, Map<string, boolean>>, split: (raw: string) => string[]): boolean {
  const raw = classAndId(el);
  if (!raw) return false;
  let known = memo.get(w);
  if (!known) memo.set(w, (known = new Map()));
  let verdict = known.get(raw);
  if (verdict === undefined) {
    if (known.size >= MAX_KNOWN_TOKENS) known.clear();
    known.set(raw, (verdict = split(raw).some((t) => isWord(t, w))));
  }
  return verdict;
}

/** The words of a text (a button's name, a prompt's line), split at anything not a letter or digit in any script. */
export function textWords(text: string): string[] {
  const words: string[] = [];
  let word = "";
  for (const ch of text) {
    if (isWordCode(ch.codePointAt(0)!)) {
      word += ch;
    } else if (word) {
      words.push(word);
      word = "";
    }
  }
  if (word) words.push(word);
  return words;
}

/** A letter in any script, not a digit: a word's letters, as isWordCode reads them. */
export const isLetterCode = (code: number): boolean => isWordCode(code) && (code < 48 || code > 57);

/** A letter or digit in `s`, in any script. */
export function hasWord(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isWordCode(s.codePointAt(i)!)) return true;
  return false;
}

/** Whether `el` has a text node of its own (not only its children's) with a letter or digit in it. */
export function hasOwnWords(el: Element): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && hasWord((n as Text).data)) return true;
  return false;
}
