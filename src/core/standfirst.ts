/**
 * The standfirst Readability leaves out. Many pages set the article's lead apart above the story,
 * in the header's box beside the headline (`<p class="lead">`, `<h2 class="subtitle">`, a French
 * `chapo`, a Spanish `bajada`, schema.org's `itemprop="description"`), and Readability keeps the
 * story's box without it: the reader lost the article's first sentence.
 *
 * Before Readability, on extract's copy, `findStandfirsts` notes each block that the page names as a
 * lead (class, id or itemprop words, in the languages below) and that reads as one: 160 to 600
 * characters, links under 30 %, not a list item, a link, a caption, a card or a cookie text, and
 * the only block of its tag and class (a page has one lead; several are the teasers of a list). A
 * one-line subtitle and a block marked `alternativeHeadline` are second titles, not leads. With
 * each it notes the text that follows it on the page (the next 1500 characters). After Readability,
 * `addStandfirst` puts the nearest such lead at the top of the pick when the pick leaves it out and
 * the pick's first paragraph is in the text right after it: the lead stands just above this
 * article, not above a teaser in a list, a cookie notice or the next story. Names and position, no
 * phrases.
 *
 * Class words are read in camelCase parts too (`atc-IntroText`), and a class with a digit in it
 * (`caption-s5-fx`, `mb-5`) is a design system's style, which cannot make a lead a caption. A
 * block the page does not name is a lead too when it is the next sibling of the headline (the
 * `<h1>` that says the page's title) and reads as one: many templates set the standfirst as a bare
 * `<h2>` under the `<h1>`. A named box that also holds the date line or the writers' names beside
 * its one paragraph (100 characters at most) gives that paragraph as the lead.
 */
import { linkDensity } from "./classify.ts";
import { elementsWhere } from "./dom.ts";
import { isTitle } from "./masthead.ts";
import { isBlock, squash } from "./text.ts";

/** Class or id words (BEM parts too: `article__lead`, `c-head__subtitle`) that name a lead. */
const LEAD_WORDS = new Set([
  "lead", "lede", "standfirst", "dek", "deck", "strapline", "subtitle", "subheadline", "subline", "intro", "teaser",
  "summary", "abstract", "excerpt", "chapo", "chapeau", "bajada", "entradilla", "sumario", "sottotitolo", "catenaccio",
  "vorspann",
]);
/** schema.org properties of a lead; a block the page marks as its `alternativeHeadline` is a second title, no lead. */
const LEAD_PROPS = /\b(?:description|abstract)\b/;
const TITLE_PROP = /\balternativeHeadline\b/;
/** Words that say the block is something else: a card of a list, a picture's text, a notice, a bio. */
const NOT_LEAD = new Set([
  "card", "item", "list", "slider", "image", "img", "picture", "photo", "media", "caption", "cookie", "cookies", "consent",
  "author", "newsletter", "related", "help", "social", "share",
]);
/** Boxes a lead never sits in. */
const NOT_INSIDE = new Set(["a", "li", "nav", "aside", "footer", "form", "figure", "figcaption", "blockquote", "button", "label"]);
const TAGS = new Set(["p", "div", "h2", "h3", "h4", "section", "span", "header"]);
/** What a lead the page does not name may be: a heading or a paragraph after the headline. */
const UNNAMED_TAGS = new Set(["p", "h2", "h3"]);
/**
 * A lead paragraph: two sentences or so. A one-line subtitle or dek is a second headline, which the
 * reader shows no more than the headline (scrapinghub's truth leaves such lines out; trafilatura's
 * keeps the lead paragraphs).
 */
const MIN_TEXT = 160;
const MAX_TEXT = 600;
/** How much of the page's text after a lead the article's first paragraph must start in. */
const FOLLOW = 1500;
/** Length of the stretch of the pick's first paragraph looked for in that text. */
const PROBE = 50;

export interface Standfirst {
  /** The lead, as a copy (Readability changes the page). */
  copy: Element;
  text: string;
  /** The page's text after it. */
  after: string;
}

/** Class and id words of an element, lower case, BEM parts split. */
const words = (el: Element, names = `${el.getAttribute("class") ?? ""} ${el.id}`): string[] =>
  // camelCase parts too: a class names its lead `atc-IntroText` or `ArticleHero__teaser` as often as `article__lead`.
  names.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase().split(/[\s_-]+/).filter(Boolean);
/**
 * The class and id tokens that name what a block is. A token with a digit in it (`caption-s5-fx`,
 * `mb-5`, `lg:text-18`) is a utility class of a design system, a type scale or a spacing, which
 * names a style, not the block: its words do not make a lead a caption.
 */
const namingTokens = (el: Element): string =>
  `${el.getAttribute("class") ?? ""} ${el.id}`.split(/\s+/).filter((t) => !/\d/.test(t)).join(" ");

function namedLead(el: Element): boolean {
  if (!TAGS.has(el.localName)) return false;
  const w = words(el);
  const prop = el.getAttribute("itemprop") ?? "";
  if (words(el, namingTokens(el)).some((x) => NOT_LEAD.has(x)) || TITLE_PROP.test(prop)) return false;
  return LEAD_PROPS.test(prop) || w.some((x) => LEAD_WORDS.has(x));
}

/**
 * A lead the page does not name: the block right after the page's headline (its next sibling, in
 * the header's box), a heading or a paragraph, when it reads as a lead (the same limits as a named
 * one). Many templates set the standfirst as a bare `<h2>` under the `<h1>`.
 */
function unnamedLead(body: Element): Element | null {
  const title = body.ownerDocument.title;
  // The headline: the first <h1> that says the page's title (a page may hold more, over its related lists).
  const headline = Array.from(body.getElementsByTagName("h1")).find((h) => isTitle(squash(h.textContent ?? ""), [title]));
  const next = headline?.nextElementSibling;
  if (!next || !UNNAMED_TAGS.has(next.localName)) return null;
  return words(next, namingTokens(next)).some((x) => NOT_LEAD.has(x)) ? null : next;
}

function insideNone(el: Element): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) if (NOT_INSIDE.has(p.localName)) return false;
  return true;
}

/** At most one block inside: a lead is a paragraph, not a section of the page. */
function fewBlocks(el: Element): boolean {
  let n = 0;
  for (const c of Array.from(el.getElementsByTagName("*"))) if (isBlock(c) && ++n > 1) return false;
  return true;
}

/** Most text a lead box may hold beside its one paragraph: a date, a name or two. */
const MAX_BESIDE = 100;

/** The one `<p>` of a named box that holds little else (a date line, the writers' names), or null. */
function onlyParagraph(box: Element): Element | null {
  const ps = box.getElementsByTagName("p");
  if (ps.length !== 1) return null;
  const p = ps[0]!;
  const beside = squash(box.textContent ?? "").length - squash(p.textContent ?? "").length;
  return beside <= MAX_BESIDE && fewBlocks(p) ? p : null;
}

/** The text after `el` (its subtree skipped), squashed, up to `FOLLOW` characters. */
function textAfter(el: Element): string {
  const doc = el.ownerDocument;
  let start: Node | null = el;
  while (start && !start.nextSibling) start = start.parentNode;
  start = start?.nextSibling ?? null;
  if (!start || !doc.body) return "";
  let out = "";
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  walker.currentNode = start;
  const first = start.nodeType === 3 ? start : walker.nextNode();
  for (let n: Node | null = first; n && out.length < FOLLOW; n = walker.nextNode()) out += ` ${n.nodeValue ?? ""}`;
  return squash(out).slice(0, FOLLOW);
}

/** The blocks of `doc` (a copy the caller owns) that the page names as the article's lead, innermost, with the text after each. */
export function findStandfirsts(doc: Document): Standfirst[] {
  const body = doc.body;
  if (!body) return [];
  const all = elementsWhere(body, namedLead);
  // A page has one lead: blocks that share their tag and class with another are the teasers of a list.
  const kind = (el: Element) => `${el.localName}.${el.getAttribute("class") ?? ""}`;
  const counts = new Map<string, number>();
  for (const el of all) counts.set(kind(el), (counts.get(kind(el)) ?? 0) + 1);
  const unnamed = unnamedLead(body);
  if (unnamed && !all.includes(unnamed)) {
    // In document order: the nearest lead above the article is the last one that precedes it.
    const at = all.findIndex((el) => (unnamed.compareDocumentPosition(el) & 4) /* FOLLOWING */ !== 0);
    all.splice(at < 0 ? all.length : at, 0, unnamed);
  }
  const named: Element[] = [];
  for (const box of all) {
    if (box !== unnamed && counts.get(kind(box))! > 1) continue;
    // A lead box that also holds the date line or the names beside its paragraph: the paragraph is the lead.
    const el = fewBlocks(box) ? box : onlyParagraph(box);
    if (!el) continue;
    const text = squash(el.textContent ?? "");
    if (text.length >= MIN_TEXT && text.length <= MAX_TEXT && linkDensity(el, text) < 0.3 && insideNone(el)) named.push(el);
  }
  const inner = named.filter((el) => !named.some((o) => o !== el && el.contains(o)));
  return inner.map((el) => ({ copy: el.cloneNode(true) as Element, text: squash(el.textContent ?? ""), after: textAfter(el) }));
}

/** The first paragraph of the pick with prose enough to be looked for. */
function firstParagraph(content: Element): string | null {
  for (const p of Array.from(content.getElementsByTagName("p"))) {
    const t = squash(p.textContent ?? "");
    if (t.length >= PROBE + 10) return t.slice(0, PROBE);
  }
  return null;
}

/**
 * Puts the lead that stands just above the pick's first paragraph at the top of the pick, when the
 * pick does not hold it. Returns the lead's text, or null when none was added.
 */
export function addStandfirst(content: Element | null, leads: readonly Standfirst[], ruleOff: (rule: string) => boolean = () => false): string | null {
  if (!content || leads.length === 0) return null;
  const start = firstParagraph(content);
  if (!start) return null;
  // The nearest lead above the article: the last one whose following text holds the article's start.
  // Compared without white space: the page's text nodes are joined with a space, and a drop cap
  // (`<span>E</span>inen`) or a link splits a word that the paragraph's text holds whole.
  const compact = (s: string) => s.replace(/\s+/g, "");
  const lead = leads.filter((l) => compact(l.after).includes(compact(start))).pop();
  if (!lead) return null;
  const picked = squash(content.textContent ?? "");
  if (picked.includes(lead.text.slice(0, PROBE)) || ruleOff("pick:standfirst")) return null;
  const doc = content.ownerDocument;
  const p = doc.createElement("p");
  // Its inline content (emphasis, a link) as the page set it; a lead wrapping a paragraph gives its text.
  const copy = doc.importNode(lead.copy, true) as Element;
  if (Array.from(copy.getElementsByTagName("*")).some(isBlock)) p.textContent = lead.text;
  else p.append(...Array.from(copy.childNodes));
  content.prepend(p);
  return lead.text;
}
