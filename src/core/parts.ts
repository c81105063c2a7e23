/**
 * In-page parts. Many news pages hold the whole article in their HTML but show it one part at a
 * time: the later parts sit hidden (inline `display:none`, a class such as `…-page_hidden`, the
 * `hidden` or `aria-hidden` attribute) until the reader taps "Baca Selanjutnya" / "Lanjutkan
 * Membaca ↓" / "Halaman berikutnya", or sit in sibling boxes between "2 dari 3 halaman" counters.
 * Readability drops hidden nodes, and of sibling boxes it keeps the one that scores best: either way
 * the reader got the first part only.
 *
 * `joinParts` works on the copy extract() owns, before Readability (the live page is never touched):
 *  1. it finds part sets: sibling boxes sharing a class, which the page marks as paged (a member
 *     hidden, page numbers on the members, a page counter or a continue control beside them), and
 *     which hold prose, as the visible first part (a member, or the parent sharing their class) does;
 *  2. it reveals the hidden members that hold prose: only their own markers go, what the site hides
 *     inside them (a "Baca juga" list kept hidden by class) stays hidden;
 *  3. it joins the parts into the first one, unwrapping the wrappers of their paragraphs, so that
 *     Readability sees one article;
 *  4. it takes the pager out: the counters and the continue controls of the parts it joined.
 * A lone hidden box of prose next to a "read more" control (an expander) is revealed too.
 * A hidden box of any other kind (an ad, a modal, a menu, a cookie banner, an "other news" box, a
 * box of links) stays as it is. Structure and a short list of control words only, no site names.
 */
import { INLINE_HIDDEN } from "./dom.ts";
import { isCaption, snippet, squash } from "./text.ts";
import type { Removal } from "./types.ts";

const BOX = new Set(["div", "section", "article"]);

/** Class names that hide an element wherever it is: "hidden", "d-none", BEM modifiers "…_hidden", "…--hide". */
const HIDDEN_CLASS = /^(?:hidden|hide|is-hidden|js-hidden|u-hidden|d-none|dont-display|display-none|no-display)$|(?:_|--)(?:hidden|hide)$/i;
const INLINE_HIDDEN_ALL = new RegExp(INLINE_HIDDEN.source, "gi");

/** A page number on a part: `data-page="2"`, `data-paging_num="3"`, `id="detail_paging_2"`. */
const PAGE_ATTR = /^data-(?:page|paging|part|halaman)(?:[-_]?(?:num|number|no|nr|index))?$/i;
const PAGE_ID = /(?:page|paging|part|halaman)[-_]?\d{1,3}$/i;
/** The article a box belongs to: parts of one article never name two. */
const ARTICLE_ATTR = /^data-(?:id|article-?id|post-?id|news-?id)$/i;

/** Boxes that are never article text, by role or by a word of their class or id. */
const NEVER_ROLE = /^(?:dialog|alertdialog|menu|menubar|navigation|banner|complementary|tooltip|search|contentinfo|tabpanel|tablist)$/;
const NEVER_WORD = new Set([
  "ad", "ads", "adv", "advert", "advertisement", "iklan", "gpt", "dfp", "banner", "sponsor", "sponsored", "promo",
  "modal", "popup", "overlay", "lightbox", "dialog", "cookie", "cookies", "consent", "gdpr", "menu", "nav", "navbar",
  "dropdown", "search", "autocomplete", "login", "signin", "register", "subscribe", "newsletter", "paywall",
  "comment", "comments", "komentar", "related", "terkait", "share", "social", "sticky", "tooltip", "toast", "template", "footer",
  "widget", "sidebar", "carousel", "slider", "slick", "swiper", "tab", "tabs", "tabpanel", "accordion", "another", "other", "lainnya", "recommend",
  "recommendation", "rekomendasi", "popular", "terpopuler", "trending", "terbaru", "latest",
]);
/** Layout class names that boxes of any kind share, and utility classes ("mb-5", "md:flex"). */
const GENERIC = new Set(["row", "col", "column", "clearfix", "container", "wrapper", "wrap", "inner", "box", "clear", "active", "show", "fade", "in", "open", "visible"]);
const isGeneric = (token: string) => GENERIC.has(token.toLowerCase()) || token.includes(":") || /^-?[a-z]{1,4}-\d+$/i.test(token);

/**
 * A page counter between parts: "2 dari 3 halaman", "Page 2 of 3", "1 dari 5". Exported for the
 * cleaner, which takes such a line out of any article.
 */
export const PAGE_COUNTER =
  /^(?:(?:halaman|hal\.?|page|seite|página|pagina|strona)\s*)?\d{1,3}\s*(?:dari|of|von|de|sur|di|van|z)\s*\d{1,3}(?:\s*(?:halaman|hal\.?|pages?|seiten?|páginas?|pagine|pagina's|stron))?$/i;

/** Controls that continue the same article ("Lanjutkan Membaca ↓", "Baca Selanjutnya: …"), lower case. */
const CONTINUE = new Set([
  "lanjutkan membaca", "baca selanjutnya", "baca halaman berikutnya", "halaman berikutnya", "halaman selanjutnya",
  "lanjut membaca", "teruskan membaca", "sambung membaca", "baca seterusnya", "halaman seterusnya",
  "continue reading", "keep reading", "next page", "read the rest", "read the full story", "read full story", "read full article",
  "weiterlesen", "nächste seite", "lire la suite", "continuer la lecture", "page suivante", "seguir leyendo",
  "continuar leyendo", "página siguiente", "continuar lendo", "continue lendo", "próxima página", "continua a leggere",
  "pagina successiva", "verder lezen", "lees verder", "volgende pagina", "czytaj dalej", "następna strona",
]);
/** Controls that open more of what stands above them: count only beside a hidden box. */
const MORE = new Set([
  "read more", "show more", "baca selengkapnya", "selengkapnya", "lihat selengkapnya", "tampilkan selengkapnya",
  "baca lebih lanjut", "mehr lesen", "mehr anzeigen", "en savoir plus", "leer más", "ver más", "leia mais", "ler mais",
  "leggi tutto", "lees meer", "czytaj więcej",
]);
/** A control named by its class: `…__load-more`, `readmore`, `btn-continue`. */
const CONTROL_CLASS = /(?:^|[-_])(?:load-?more|read-?more|show-?more|continue|selanjutnya|lanjut(?:kan)?)(?:$|[-_])/i;

const classTokens = (el: Element) => (el.getAttribute("class") ?? "").split(/\s+/).filter(Boolean);
/** The words of a box's class and id: "AdPlacementMPU another-article" → ad, placement, mpu, another, article. */
const words = (el: Element) =>
  `${el.getAttribute("class") ?? ""} ${el.id}`.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);

/** Hidden by its own markers (not by an ancestor, not by a stylesheet we cannot see). */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute("hidden") || el.getAttribute("aria-hidden") === "true") return true;
  const style = el.getAttribute("style");
  if (style && INLINE_HIDDEN.test(style)) return true;
  // Most classes say nothing of hiding: split only those that may (this runs on every box of the page).
  const cls = el.getAttribute("class");
  return !!cls && /hid|none|display/i.test(cls) && classTokens(el).some((t) => HIDDEN_CLASS.test(t));
}

/** Takes the element's own hiding markers away. */
function unhide(el: Element): void {
  el.removeAttribute("hidden");
  if (el.getAttribute("aria-hidden") === "true") el.removeAttribute("aria-hidden");
  const style = el.getAttribute("style");
  if (style && INLINE_HIDDEN.test(style)) {
    const rest = style.replace(INLINE_HIDDEN_ALL, "").replace(/^\s*;/, "").trim();
    if (rest) el.setAttribute("style", rest);
    else el.removeAttribute("style");
  }
  const tokens = classTokens(el);
  if (tokens.some((t) => HIDDEN_CLASS.test(t))) el.setAttribute("class", tokens.filter((t) => !HIDDEN_CLASS.test(t)).join(" "));
}

function insideHidden(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (isHidden(e)) return true;
  return false;
}

/** Named as something else than article text: a modal, an ad, a menu, a related box… */
function namedOther(el: Element): boolean {
  if (NEVER_ROLE.test(el.getAttribute("role") ?? "") || el.getAttribute("aria-modal") === "true") return true;
  return words(el).some((w) => NEVER_WORD.has(w));
}
/** `el` or a box a few levels above it is named as something else ("footer-popular-articles" around teaser rows). */
function inOtherBox(el: Element): boolean {
  for (let e: Element | null = el, up = 0; e && up < 3 && e.localName !== "body"; e = e.parentElement, up++) if (namedOther(e)) return true;
  return false;
}
/** Never a part: not a box, or named as something else. */
const never = (el: Element) => !BOX.has(el.localName) || namedOther(el);

function pageNumbered(el: Element): boolean {
  if (PAGE_ID.test(el.id)) return true;
  return el.getAttributeNames().some((n) => PAGE_ATTR.test(n) && /^\s*\d{1,3}\s*$/.test(el.getAttribute(n)!));
}

/** The article id the box names, if any. */
function articleId(el: Element): string | null {
  const n = el.getAttributeNames().find((a) => ARTICLE_ATTR.test(a));
  return n ? el.getAttribute(n) : null;
}

interface Prose {
  /** Text outside links, captions, scripts and buttons. */
  chars: number;
  /** Text inside links. */
  links: number;
}
const SILENT = new Set(["script", "style", "noscript", "template", "button", "select", "textarea", "iframe", "svg"]);

/**
 * How much prose a box holds, as the reader would see it once the box shows (what is hidden inside
 * it stays hidden); `skip`: boxes inside it not to count (the parts, when it is their parent).
 */
function prose(el: Element, skip: ReadonlySet<Element> = new Set()): Prose {
  const p: Prose = { chars: 0, links: 0 };
  const walk = (n: Node, inLink: boolean) => {
    if (n.nodeType === 3) {
      const len = squash(n.nodeValue ?? "").length;
      if (inLink) p.links += len;
      else p.chars += len;
      return;
    }
    if (n.nodeType !== 1) return;
    const e = n as Element;
    if (SILENT.has(e.localName) || skip.has(e) || isCaption(e) || (e !== el && isHidden(e))) return;
    for (let c = e.firstChild; c; c = c.nextSibling) walk(c, inLink || e.localName === "a");
  };
  walk(el, false);
  return p;
}
/**
 * A box that opens with a headline link ("<h3><a>Judul berita lain…</a></h3><p>…</p>") is a teaser
 * of another article, not a part of this one (a part opens with its text or its subhead; a linked
 * name at the start of a sentence is shorter).
 */
function opensWithHeadlineLink(box: Element): boolean {
  const walker = box.ownerDocument.createTreeWalker(box, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!squash(n.nodeValue ?? "")) continue;
    let link: Element | null = null;
    let silent = false;
    for (let e = n.parentElement; e && e !== box; e = e.parentElement) {
      if (SILENT.has(e.localName)) silent = true;
      else if (e.localName === "a") link = e;
    }
    if (silent) continue;
    return !!link && squash(link.textContent ?? "").length >= 25;
  }
  return false;
}

/** At least `min` characters outside links, and no more in links than outside them. */
const isProse = (p: Prose, min: number) => p.chars >= min && p.links <= p.chars;

/** A word of a continue control or a page counter: the only texts worth squashing. */
const HINT = /\d\s*(?:dari|of|von|de|sur|di|van|z)\s*\d|lanjut|selanjut|berikut|seterus|sambung|continu|reading|next|rest|full|more|weiter|nächste|suite|suivante|seguir|siguiente|lendo|próxima|leggere|successiva|verder|volgende|dalej|następna|mehr|plus|más|mais|tutto|meer|więcej|selengkap/i;

/**
 * The text of a short block that may be a control or a counter: a leaf, or a block holding one leaf
 * ("Baca Selanjutnya: <a>…</a>"); null for anything else, whose text is never squashed here (this
 * runs on every element of the page).
 */
function shortText(el: Element): string | null {
  const child = el.firstElementChild;
  if (child && (child.nextElementSibling || child.firstElementChild)) return null;
  const raw = el.textContent ?? "";
  if (raw.length > 400 || !HINT.test(raw)) return null;
  const t = squash(raw);
  return t.length <= 120 ? t : null;
}

function isCounter(el: Element): boolean {
  const t = shortText(el);
  return t !== null && t.length <= 40 && PAGE_COUNTER.test(t);
}

/**
 * A page counter ("2 dari 3 halaman") or a continue control ("Lanjutkan Membaca ↓", "Baca
 * Selanjutnya: <a>…</a>"). `more`: beside a hidden box, "read more" and its kind count too, and so
 * does a short control named only by its class.
 */
function isPager(el: Element, more: boolean): boolean {
  const raw = shortText(el);
  if (raw === null) return more && !el.firstElementChild?.firstElementChild && classTokens(el).some((t) => CONTROL_CLASS.test(t));
  if (raw.length <= 40 && PAGE_COUNTER.test(raw)) return true;
  const text = raw.toLowerCase().replace(/[↓↑→←»«›‹>▼▾⌄…]+/g, " ").replace(/\s+/g, " ").trim();
  const known = (t: string) => CONTINUE.has(t) || (more && MORE.has(t));
  if (known(text.replace(/[\s:.!]+$/, ""))) return true;
  const colon = text.indexOf(":");
  return colon > 0 && known(text.slice(0, colon).trim());
}

/**
 * Sibling boxes of `parent` sharing a class name (not a hiding or layout one), each set once; a
 * lone box sharing its class with the parent is a set too (the one part hidden inside the first).
 */
function classSets(parent: Element): Element[][] {
  const own = new Set(classTokens(parent));
  const byToken = new Map<string, Element[]>();
  for (const child of Array.from(parent.children)) {
    if (!BOX.has(child.localName)) continue;
    for (const t of classTokens(child)) {
      if (HIDDEN_CLASS.test(t) || isGeneric(t)) continue;
      const list = byToken.get(t);
      if (list) list.push(child);
      else byToken.set(t, [child]);
    }
  }
  const seen = new Set<string>();
  const out: Element[][] = [];
  for (const [token, list] of byToken) {
    if (list.length < 2 && !own.has(token)) continue;
    const key = list.map((e) => Array.prototype.indexOf.call(parent.children, e)).join(",");
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(list);
  }
  return out;
}

/**
 * The pager of a part set: counters and continue controls among the parent's other children, and
 * counters at the parts' ends ("2 dari 3 halaman"). A "Weiterlesen" inside each box is no pager:
 * that is a list of excerpts, each leading to its own article.
 */
function pagerOf(parent: Element, members: readonly Element[]): Element[] {
  const out: Element[] = [];
  const look = (el: Element, depth: number, counterOnly: boolean) => {
    if (counterOnly ? isCounter(el) : isPager(el, false)) out.push(el);
    else if (depth > 0) for (const c of Array.from(el.children)) look(c, depth - 1, counterOnly);
  };
  for (const child of Array.from(parent.children)) {
    if (!members.includes(child)) look(child, 2, false);
    // A part ends with its counter: its last few blocks, a level or two down.
    else for (const c of Array.from(child.children).slice(-3)) look(c, 2, true);
  }
  return out;
}

/** Continue controls just after the parts' box, its parent's or grandparent's ("Baca Selanjutnya: …" under the body). */
function controlsAfter(parent: Element): Element[] {
  const out: Element[] = [];
  for (let e: Element | null = parent, up = 0; e && up < 3; e = e.parentElement, up++) {
    let sib = e.nextElementSibling;
    for (let i = 0; sib && i < 3; sib = sib.nextElementSibling, i++) if (isPager(sib, false)) out.push(sib);
  }
  return out;
}

/** Moves the children of `from` to the end of `to`. */
function moveChildren(from: Element, to: Element): void {
  while (from.firstChild) to.append(from.firstChild);
}

/** Replaces `el` with its children. */
function unwrap(el: Element): void {
  el.replaceWith(...Array.from(el.childNodes));
}

/** Boxes directly under `root` that wrap paragraphs: unwrapped, so the paragraphs of every part are siblings. */
function flattenWrappers(root: Element): void {
  for (const child of Array.from(root.children)) {
    if (!BOX.has(child.localName) || never(child) || isCaption(child)) continue;
    if (Array.from(child.children).some((c) => c.localName === "p")) unwrap(child);
  }
}

export interface JoinResult {
  /** Part sets joined. */
  sets: number;
  /** Hidden parts revealed. */
  revealed: Element[];
  /** The pager taken out (counters, continue controls). */
  removed: Removal[];
}

interface PartSet {
  /** The first part: a visible member, or the parent itself when the parts sit inside it and share its class. */
  first: Element;
  /** The parts to join to it, in order: members holding prose of their own. */
  joining: Element[];
  /** Counters and continue controls to take out once the parts are one. */
  pager: Element[];
}

/** The parts among one set of sibling boxes of `parent`, or null when the set is not an article's parts. */
function partSet(parent: Element, set: readonly Element[]): PartSet | null {
  const members = set.filter((m) => !never(m));
  if (members.length === 0 || new Set(members.map(articleId).filter((x) => x !== null)).size > 1) return null;
  const hidden = members.filter(isHidden);
  const allHidden = hidden.length === members.length;
  const parentIsFirst = allHidden && classTokens(parent).some((t) => members.some((m) => classTokens(m).includes(t)));
  if (!parentIsFirst && (members.length < 2 || allHidden)) return null;
  // Paged: a part of prose hidden, page numbers on the members, or a counter or a continue control
  // beside them. The cheap signs first: most sets on a page (ad slots, cards) have none.
  const numbered = members.some(pageNumbered);
  let pager = hidden.length || numbered ? null : pagerOf(parent, members);
  if (pager?.length === 0) return null;
  const first = parentIsFirst ? parent : members[0]!;
  const rest = members.filter((m) => m !== first);
  const joining = rest.filter((m) => isProse(prose(m), 80) && !opensWithHeadlineLink(m));
  const revealing = joining.some(isHidden);
  pager ??= pagerOf(parent, members);
  if (joining.length === 0 || (!revealing && !numbered && pager.length === 0)) return null;
  if (!isProse(prose(first, new Set(rest)), 150)) return null;
  return { first, joining, pager: revealing ? [...pager, ...controlsAfter(parent)] : pager };
}

/** Shows a hidden part; what the site hides inside it by class stays hidden (the `hidden` attribute: Readability drops it). */
function reveal(part: Element, out: JoinResult): void {
  if (!isHidden(part)) return;
  unhide(part);
  out.revealed.push(part);
  for (const el of Array.from(part.getElementsByTagName("*"))) {
    if (classTokens(el).some((t) => HIDDEN_CLASS.test(t))) el.setAttribute("hidden", "");
  }
}

/** Makes the parts one box: the first, holding every part's blocks in order; the pager goes. */
function join(set: PartSet, out: JoinResult): void {
  for (const m of set.joining) reveal(m, out);
  if (set.joining[0]!.parentElement === set.first) {
    for (const m of set.joining) unwrap(m);
  } else {
    reveal(set.first, out);
    for (const m of set.joining) {
      moveChildren(m, set.first);
      m.remove();
    }
    flattenWrappers(set.first);
  }
  for (const c of set.pager) {
    if (!c.isConnected) continue;
    out.removed.push({ category: "nav", rule: "shape:nav:part-pager", text: snippet(c) });
    c.remove();
  }
  out.sets++;
}

/** A lone hidden box of prose beside a "read more" control: an expander; revealed, its control removed. */
function revealExpander(box: Element, out: JoinResult, ruleOff?: RuleOff): void {
  if (never(box) || !box.parentElement || insideHidden(box.parentElement)) return;
  if (!isProse(prose(box), 150) || opensWithHeadlineLink(box)) return;
  const near = [box.previousElementSibling, box.nextElementSibling, box.nextElementSibling?.nextElementSibling];
  const control = near.find((e): e is Element => !!e && !isHidden(e) && isPager(e, true));
  if (!control || ruleOff?.("parts:expander")) return;
  reveal(box, out);
  out.removed.push({ category: "nav", rule: "shape:nav:part-pager", text: snippet(control) });
  control.remove();
}

/** Where part sets may sit: the parents of hidden or numbered boxes and of counters and controls (and theirs, a few levels up). */
function candidates(body: Element): { parents: Element[]; hidden: Element[] } {
  const parents = new Set<Element>();
  const hidden: Element[] = [];
  const walker = body.ownerDocument.createTreeWalker(body, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n as Element;
    if (SILENT.has(el.localName)) continue;
    if (BOX.has(el.localName) && el.hasAttributes()) {
      if (isHidden(el)) {
        hidden.push(el);
        if (el.parentElement) parents.add(el.parentElement);
      } else if (pageNumbered(el) && el.parentElement) parents.add(el.parentElement);
    }
    // A pager's text starts in its first text node: no other element's text is read (jsdom's textContent costs).
    const first = el.firstChild;
    if (first?.nodeType === 3 && HINT.test(first.nodeValue ?? "") && isPager(el, false)) {
      for (let up = el.parentElement, i = 0; up && up !== body && i < 4; up = up.parentElement, i++) parents.add(up);
    }
  }
  const order = (a: Element, b: Element) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1);
  return { parents: [...parents].sort(order), hidden };
}

/** Rules left out, by name (the rule audit, scripts/audit-rules.mjs). */
type RuleOff = (rule: string) => boolean;

/** Joins the in-page parts of the article in `doc` (a copy the caller owns). */
export function joinParts(doc: Document, ruleOff?: RuleOff): JoinResult {
  const out: JoinResult = { sets: 0, revealed: [], removed: [] };
  const body = doc.body;
  if (!body) return out;
  const { parents, hidden } = candidates(body);
  for (const parent of parents) {
    if (!parent.isConnected || inOtherBox(parent) || insideHidden(parent)) continue;
    for (const members of classSets(parent)) {
      if (!members.every((m) => m.parentElement === parent)) continue;
      const set = partSet(parent, members);
      if (set && !ruleOff?.("parts:join")) join(set, out);
    }
  }
  for (const box of hidden) if (box.isConnected && isHidden(box)) revealExpander(box, out, ruleOff);
  return out;
}
