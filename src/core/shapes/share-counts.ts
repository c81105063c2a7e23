/**
 * The counts a share bar leaves behind. Story templates put the share buttons in one bar with the
 * story's like and comment counts ("♡ 128 · 💬 23 · Bagikan"), or a comment count beside the share
 * row ("0 komentar" · f t w): the share part goes by its rule, and the counts and their icons would
 * stay on the page as a row of numbers naming nothing; so would a 2013 bar's "Kirim · Cetak" links.
 * A social hit takes the box around it while everything else in the box is a count, a page tool,
 * or a control or icon with no words.
 */
import { squash } from "../text.ts";
import type { Hit } from "../types.ts";
import { fitsIn } from "./block-text.ts";
import { inFrame, NEVER } from "./frame.ts";
import { isPageItself, pageOf, type PageAt } from "./link-kinds.ts";
import { hasWord, isLetterCode } from "./words.ts";

/** How far above the hit the box may be: the button, its bar, the bar's wrapper. */
const MAX_UP = 3;
/** A bar of counts and icons: a few short labels at most beside the hit. */
const MAX_BAR_TEXT = 60;
/** A count with its word ("0 komentar", "1,4K dilihat", "Komentar (23)"), not a line. */
const MAX_COUNT = 24;
/** A count's number: "128", "1,4K", "(23)". ASCII only: a Unicode class compiles slowly on every page start. */
const NUMBER = /^\(?\d[\d.,]*(?:[kKmM]|rb|jt)?\)?$/;
/** Nothing a bar of counts holds: a picture, a player, a field. */
const NOT_IN_BAR = new Set(["IMG", "PICTURE", "VIDEO", "IFRAME", "INPUT", "SELECT", "TEXTAREA", "FORM"]);
/** Where text is no page text. */
const NO_TEXT = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE"]);

/**
 * A page tool beside the share buttons: "Cetak", "Kirim ke teman", "Print", "E-mail" — a link of a
 * word or two to the site's print or send-to-a-friend page (a path segment, or a word of one, here).
 */
const TOOL_WORDS = new Set([
  "print", "printer", "printable", "cetak", "sendfriend", "sendtofriend", "emailfriend", "mailfriend", "kirim", "drucken",
  "imprimer", "imprimir", "stampa", "afdrukken",
]);
const MAX_TOOL = 20;

/**
 * `hits` with each social hit widened to the outermost box (up to MAX_UP levels) whose other
 * children are counts, page tools or wordless controls, with at least one count or tool among
 * them. Not in the site's frame (a header's icon buttons beside its follow row are its search and
 * menu), and never a box the parser is still filling (`open`).
 */
export function withShareCounts(hits: Hit[], open: Node | null = null): Hit[] {
  if (!hits.some((h) => h.category === "social")) return hits;
  const boxes: Element[] = [];
  const out = hits.map((h) => {
    if (h.category !== "social") return h;
    const box = countBox(h.el, open);
    if (box === h.el) return h;
    boxes.push(box);
    return { ...h, el: box };
  });
  if (boxes.length === 0) return hits;
  // Each box once, and none of the hits it took in.
  return out.filter((h, i) => !boxes.some((b) => b !== h.el && b.contains(h.el)) && out.findIndex((o) => o.el === h.el) === i);
}

function countBox(el: Element, open: Node | null): Element {
  let box = el;
  let counted = false;
  // The hit's own words (a share row's network names) are not the bar's.
  const budget = MAX_BAR_TEXT + squash(el.textContent ?? "").length;
  for (let up = 0, e = el.parentElement; up < MAX_UP && e && !NEVER.has(e.tagName.toUpperCase()); up++, e = e.parentElement) {
    if ((open !== null && e.contains(open)) || !fitsIn(e, budget)) break;
    const rest = besides(e, box, pageOf(e.ownerDocument));
    if (rest === null) break;
    counted ||= rest;
    box = e;
  }
  return counted && !inFrame(box) ? box : el;
}

/**
 * What `parent` holds beside `part`: null when anything is more than a count, a page tool, or a
 * control, icon or separator with no words ("·", "|"), else whether a count or a tool is among it.
 */
function besides(parent: Element, part: Element, at: PageAt): boolean | null {
  let count = false;
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n === part) continue;
    if (n.nodeType === 3) {
      const text = squash((n as Text).data);
      const wordy = hasWord(text);
      if (wordy && !isCount(text)) return null;
      count ||= wordy;
    } else if (n.nodeType === 1) {
      const child = n as Element;
      const tag = child.tagName.toUpperCase();
      if (NO_TEXT.has(tag)) continue;
      if (NOT_IN_BAR.has(tag) || child.querySelector("img, picture, video, iframe, input, select, textarea, form")) return null;
      const text = squash(child.textContent ?? "");
      if (isTool(child, text)) {
        count = true;
        continue;
      }
      const wordy = hasWord(text);
      if (leadsAway(child, at) || (wordy && !isCount(text))) return null;
      count ||= wordy;
    }
  }
  return count;
}

/** A count: a number with one word at most before or after it ("23", "0 komentar", "Comments (4)", "2 rb"). */
export function isCount(text: string): boolean {
  if (text.length > MAX_COUNT) return false;
  const parts = text.split(" ");
  const at = parts.findIndex((p) => NUMBER.test(p));
  return at >= 0 && parts.length <= 2 && parts.every((p, i) => i === at || isLetters(p.replace(/:$/, "")));
}

/** A word of letters in any script (no digit, no sign): "komentar", "dilihat", "コメント". */
function isLetters(word: string): boolean {
  if (!word) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.codePointAt(i)!;
    if (!isLetterCode(c)) return false;
    if (c > 0xffff) i++;
  }
  return true;
}

/** A box of one short link to the site's print or send-to-a-friend page, or a script's print button. */
function isTool(el: Element, text: string): boolean {
  if (!text || text.length > MAX_TOOL) return false;
  const links = linksOf(el);
  if (links.length !== 1) return false;
  const href = (links[0]!.getAttribute("href") ?? "").trim().toLowerCase();
  if (href.startsWith("javascript:")) return href.includes("print(");
  const path = href.replace(/^[a-z]+:\/\/[^/]*/, "").split(/[?#]/)[0]!;
  return path.split(/[/._-]+/).some((w) => TOOL_WORDS.has(w));
}

/** A link to another page (a count that links the story's comments, `#komentar`, stays on the page). */
function leadsAway(el: Element, at: PageAt): boolean {
  return linksOf(el).some((a) => {
    const href = (a.getAttribute("href") ?? "").trim();
    return href !== "" && !href.startsWith("#") && !href.startsWith("javascript:") && !isPageItself(href, at);
  });
}

/** The links of a box: itself when it is one. */
function linksOf(el: Element): Element[] {
  return el.tagName.toUpperCase() === "A" ? [el] : Array.from(el.getElementsByTagName("a"));
}
