/**
 * Teaser cards after the article (issue 16). Sites close an article with cards of other stories:
 * the same box repeated, each a headline link and a blurb. A blurb can be as long as a paragraph
 * of prose, so the cleaner's tail (which starts after the last paragraph of 120+ characters of
 * prose) began after the cards and kept them, and a card is not dense enough in links to be a
 * link list.
 *
 * A card set is found by structure only, no words: sibling boxes of one kind (tag and class words,
 * numbers left out), at least two, each a short box that opens with its title (a link, or a
 * heading beside a link to another page) and holds a blurb in a block of its own. The set goes when
 * it stands after the article's last paragraph of prose outside card sets, and the article keeps
 * more prose than the set holds (or the cards' class names them teasers). A list item of one sentence with a link in it ("<a>Tool</a>, a
 * tool for …") is not a card: its title and its text are one block.
 */
import { linkDensity } from "./classify.ts";
import { descendantsByTag, follows } from "./dom.ts";
import { squash } from "./text.ts";

/** Longest text of one card: a title, a blurb, a date or a button. Longer boxes are sections. */
const MAX_CARD = 600;
/** Least text outside links in a card: its blurb. Shorter cards are link lists (the cleaner's tail). */
const MIN_BLURB = 40;
/** A paragraph with this much text outside links is article prose (as the cleaner's tail counts). */
const PROSE_CHARS = 120;
const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
const BLOCKS = new Set(["p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "figure", "header", "footer", "ul", "ol", "dl", "dd", "dt", "blockquote", "table"]);

const text = (el: Element) => squash(el.textContent ?? "");
/** A class word naming a teaser ("teaser", "teaser_6601026", "article-teaser"): the cards say what they are. */
const TEASER_CLASS = /(?:^|[\s_-])teasers?(?:$|[\s_-])/i;

/** The kind of a box: its tag and class words, without the words that carry numbers (ids). */
function kind(el: Element): string {
  const words = (el.getAttribute("class") ?? "").split(/\s+/).filter((w) => w && !/\d/.test(w));
  return `${el.localName}.${words.sort().join(".")}`;
}

/** A link to another page (not an anchor on this one, not a script). */
function outLink(a: Element): boolean {
  const href = (a.getAttribute("href") ?? "").trim();
  return href !== "" && !href.startsWith("#") && !/^javascript:/i.test(href);
}

/** Longest text before a card's title: a kicker or a section label ("'A NATIONAL TRAGEDY'"). */
const MAX_KICKER = 60;

/**
 * The card's title: its first heading, else its first link to another page with text; null when
 * more than a kicker's text comes before it (a paragraph that merely holds a link is no card).
 */
function titleOf(card: Element): { title: Element; before: number } | null {
  let before = 0;
  const walker = card.ownerDocument.createTreeWalker(card, 1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === 3) {
      before += squash(n.nodeValue ?? "").length;
      if (before > MAX_KICKER) return null;
      continue;
    }
    const el = n as Element;
    if ((HEADINGS.has(el.localName) || (el.localName === "a" && outLink(el))) && text(el)) return { title: el, before };
  }
  return null;
}

/** Whether `el` is a card: short, opens with its title, links elsewhere, and holds a blurb in a block of its own. */
function isCard(el: Element): boolean {
  const t = text(el);
  if (t.length > MAX_CARD || t.length < MIN_BLURB) return false;
  if (!descendantsByTag(el, "a").some(outLink)) return false;
  const found = titleOf(el);
  if (!found) return false;
  // The title's block (the heading, or the link's nearest block) and a blurb outside it and the kicker.
  const title = HEADINGS.has(found.title.localName) ? found.title : blockOf(found.title, el);
  if (title === el) return false;
  const blurb = t.length - text(title).length - found.before - linkTextOutside(el, title);
  return blurb >= MIN_BLURB;
}

/** The nearest block around `node` inside `card` (the card itself when there is none). */
function blockOf(node: Element, card: Element): Element {
  for (let e: Element | null = node; e && e !== card; e = e.parentElement) if (BLOCKS.has(e.localName)) return e;
  return card;
}

/** Length of the link text in `card` outside `title`. */
function linkTextOutside(card: Element, title: Element): number {
  let n = 0;
  for (const a of descendantsByTag(card, "a")) if (!title.contains(a)) n += text(a).length;
  return n;
}

/** The card sets under `root`: sibling cards of one kind, at least two, nearly all of their kind being cards. */
function cardSets(root: Element): Element[][] {
  const sets: Element[][] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  const parents: Element[] = [root];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Element).childElementCount >= 2) parents.push(n as Element);
  for (const parent of parents) {
    const kinds = new Map<string, Element[]>();
    // Sibling by sibling: indexing a live HTMLCollection of thousands of children is slow in jsdom.
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      const k = kind(child);
      const same = kinds.get(k);
      if (same) same.push(child);
      else kinds.set(k, [child]);
    }
    for (const members of kinds.values()) {
      if (members.length < 2) continue;
      const cards = members.filter(isCard);
      if (cards.length >= 2 && cards.length >= 0.8 * members.length) sets.push(cards);
    }
  }
  // A card set inside another's card is that card's content: the outer set decides.
  return sets.filter((s) => !sets.some((o) => o !== s && o.some((c) => c.contains(s[0]!))));
}

/** The last leaf paragraph of prose outside the card sets, and the prose outside them in all. */
function proseOutside(root: Element, inSet: (el: Element) => boolean): { last: Element | null; chars: number } {
  let last: Element | null = null;
  let chars = 0;
  for (const p of [...descendantsByTag(root, "p"), ...descendantsByTag(root, "li")]) {
    if (inSet(p)) continue;
    const t = text(p);
    const prose = t.length - Math.round(linkDensity(p, t) * t.length);
    if (prose < PROSE_CHARS) continue;
    chars += prose;
    if (!last || follows(last, p)) last = p;
  }
  return { last, chars };
}

/**
 * The teaser cards to take out of a cleaned article: every card of each set after the article's
 * last paragraph of prose, when the article outside the sets holds more prose than they do.
 */
export function teaserCards(root: Element): Element[] {
  const sets = cardSets(root);
  if (sets.length === 0) return [];
  const cards = sets.flat();
  const inSet = (el: Element) => cards.some((c) => c.contains(el));
  const { last, chars } = proseOutside(root, inSet);
  if (!last) return [];
  const after = sets.filter((s) => follows(last, s[0]!) && !s[0]!.contains(last));
  // The article outside the sets must hold more prose than the cards (a page of cards is a list of
  // stories, not an article that ends with them), unless the cards are named teasers by their class.
  return after.filter((s) => TEASER_CLASS.test(s[0]!.getAttribute("class") ?? "") || chars > held(s)).flat();
}

const held = (cards: Element[]) => cards.reduce((n, c) => n + text(c).length, 0);
