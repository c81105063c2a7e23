/**
 * The live-page hider's matching, run by the content script against the page (the plan comes from
 * hide-plan.ts, compiled away from the page):
 *
 *  - `selectorHits`: the plan's selector rules (for the badge count and the guard; the sheet
 *    already hides them).
 *  - `textHits` / `walkHits`: blocks only text identifies ("Baca juga: <a>", a "Berita Terkait"
 *    heading and its list), asking the cleaner's own `classify` (src/core/classify.ts), so the live
 *    page and the reader view agree on what clutter is.
 *  - with what the page must keep, the shapes of live-shapes.ts (headline lists, share rows, ad slots).
 *
 * A guard (`isProtected`) keeps the article safe: nothing that is or holds <html>, <body>, <main>,
 * the article body (itemprop=articleBody, role=main), or a long paragraph of prose is ever hidden
 * (an invitation to the site's own messenger channel is no prose, however long: shapes/invites.ts).
 */
import type { SelectorRule } from "../rules/index.ts";
import { classify, headingBox, labelGap, listAfter, MAX_LINE, NO_TEXT_TAGS, PAGE_TAGS, playerTeaser, TITLED, titledBox } from "./classify.ts";
import { commentSection, headsProse, isSectionAnchor, sectionContext } from "./comment-sections.ts";
import { HIDDEN_ATTR, withDeclaredNames, type HidePlan } from "./hide-plan.ts";
import { isSiteMenuEntry, namedAdSlot, shapeHits, type Keep } from "./live-shapes.ts";
import { isCloseControl } from "./shapes/close-controls.ts";
import { holdsFrame, inFrame } from "./shapes/frame.ts";
import { APPEAL_RULE } from "./shapes/appeals.ts";
import { isInviteBlock } from "./shapes/invites.ts";
import { withShareCounts } from "./shapes/share-counts.ts";
import { hasOwnWords, hasWord } from "./shapes/words.ts";
import { phraseFilter, type PhraseMatcher } from "./phrases.ts";
import { SPACE_RUNS, squash } from "./text.ts";
import type { Category, Hit } from "./types.ts";

export type { Hit } from "./types.ts";

const NEVER = PAGE_TAGS;
const ARTICLE_BODY = '[itemprop="articleBody"], [role="main"]';
const SKIP_TEXT = NO_TEXT_TAGS;
/** How far up from a matching text node a block may be: "Baca juga:" sits in <strong> in <p> in a box. */
const MAX_UP = 5;

/** Share of an element's text that is link text (0 for no text). */
function linkShare(el: Element, text = squash(el.textContent ?? "")): number {
  if (!text) return 0;
  if (el.tagName === "A") return 1;
  let links = 0;
  for (const a of Array.from(el.querySelectorAll("a"))) links += squash(a.textContent ?? "").length;
  return links / text.length;
}

/** A paragraph of prose: long, and mostly not link text. */
function isProse(el: Element): boolean {
  const text = squash(el.textContent ?? "");
  return text.length > MAX_LINE && linkShare(el, text) < 0.5;
}

/** Own text of an element (its direct text nodes), for pages that write prose as <div>text<br>text</div>. */
function ownText(el: Element): string {
  let s = "";
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3) s += (n as Text).data;
  return squash(s);
}


/** The guard: never hide the page, its main container, the article body, or prose. */
export function isProtected(el: Element): boolean {
  return guards(el, false);
}

/**
 * isProtected, and for a block the appeal shape found (`appeal`, shapes/appeals.ts: every link to the
 * site's own support pages, a pitch of a few paragraphs), whose paragraphs are no prose of the story;
 * a block another rule found keeps the guard's word.
 */
function guards(el: Element, appeal: boolean): boolean {
  if (NEVER.has(el.tagName.toUpperCase())) return true;
  if (el.matches(ARTICLE_BODY) || el.querySelector(`main, ${ARTICLE_BODY}`)) return true;
  // All its text is one short line (most hits): no paragraph of prose can be inside.
  if (shortText(el, MAX_LINE) !== null) return false;
  // An invitation to the site's own channel, or its appeal for its readers' money, may run past a line
  // and is still no prose (shapes/invites.ts, shapes/appeals.ts).
  if (appeal || isInviteBlock(el)) return false;
  if (ownText(el).length > MAX_LINE) return true;
  if (el.tagName === "P" ? isProse(el) : Array.from(el.getElementsByTagName("p")).some(isProse)) return true;
  return false;
}

/** A byline's length at most: the writers' names and the date. */
const BYLINE_MAX = 100;
/** `Node.DOCUMENT_POSITION_FOLLOWING`, without DOM globals (Node has none). */
const FOLLOWING = 4;

/**
 * What the guard spares of a hit, knowing the page's article: a block with prose or the article in
 * it (isProtected), and the article's byline where a credits rule names it as an author box
 * (`.author-info` is a byline in one template and a bio in another): a credits box of a line
 * (names and a date) that stands before the article's first paragraph, above the story, is its
 * byline. A bio is longer, and mostly after the story.
 */
export function isGuarded(hit: Hit, pageKeep: () => Keep | null): boolean {
  if (guards(hit.el, hit.rule === APPEAL_RULE)) return true;
  if (hit.category !== "credits" || shortText(hit.el, BYLINE_MAX) === null) return false;
  // Only now the article is looked for (the hider's is found once): most hits are no credits box.
  const keep = pageKeep();
  if (!keep?.article) return false;
  const start = keep.article.getElementsByTagName("p")[0] ?? keep.article;
  return hit.el !== start && (hit.el.compareDocumentPosition(start) & FOLLOWING) !== 0;
}

/** The tag name in upper case: HTML elements have it so already (no new string per call); SVG and XML ones do not. */
function upperTag(el: Element): string {
  const t = el.tagName;
  return t.charCodeAt(0) <= 90 ? t : t.toUpperCase();
}

/** Node-safe (no DOM globals in Node): an element, not a document. */
const isElement = (n: Node): n is Element => n.nodeType === 1;

/**
 * Selector rules matching `root` or inside it (invalid selectors match nothing), each element with
 * the first rule (in plan order) that names it, in document order.
 *
 * The whole document: one query per rule (the plan has one selector per rule, see hide-plan.ts
 * eachSelector). A query of one class, id or tag takes the selector engine's fast path; a list of a
 * hundred is matched selector by selector at every element of the page — 2.2 against 0.6 ms in
 * Chromium on corpus pages (docs/BENCHMARKS.md). A smaller root (what a script added): one query
 * for all rules, whose walk is short; a rule the browser cannot parse would make it throw, so each
 * is checked alone first, against an empty fragment (no walk).
 */
export function selectorHits(root: Element | Document, selectors: readonly SelectorRule[]): Hit[] {
  if (!isElement(root)) return matchEach(root, selectors);
  const doc = root.ownerDocument;
  try {
    return matchAll(root, validSelectors(doc, selectors, false));
  } catch {
    // Rules that are broken alone can make a list that parses ("a:is(b" + "c)"): then each on its own.
    return matchAll(root, validSelectors(doc, selectors, true));
  }
}

function matchAll(root: Element | Document, { valid, joined }: ValidSelectors): Hit[] {
  if (valid.length === 0) return [];
  const found = isElement(root) && root.matches(joined) ? [root] : [];
  for (const el of Array.from(root.querySelectorAll(joined))) found.push(el);
  const hits: Hit[] = [];
  for (const el of found) {
    const r = valid.length === 1 ? valid[0] : valid.find((rule) => el.matches(rule.selector));
    if (r) hits.push({ el, category: r.category, rule: r.id });
  }
  return hits;
}

function matchEach(doc: Document, selectors: readonly SelectorRule[]): Hit[] {
  const ruleOf = new Map<Element, SelectorRule>();
  for (const rule of selectors) {
    let found: NodeListOf<Element>;
    try {
      found = doc.querySelectorAll(rule.selector);
    } catch {
      continue; // a selector this browser cannot parse matches nothing
    }
    for (let i = 0; i < found.length; i++) if (!ruleOf.has(found[i]!)) ruleOf.set(found[i]!, rule);
  }
  const hits = [...ruleOf].map(([el, rule]) => ({ el, category: rule.category, rule: rule.id }));
  // DOCUMENT_POSITION_FOLLOWING (4): b comes after a.
  if (hits.length > 1) hits.sort((a, b) => (a.el.compareDocumentPosition(b.el) & 4 ? -1 : 1));
  return hits;
}

interface ValidSelectors {
  valid: readonly SelectorRule[];
  /** The valid rules' selectors as one list. */
  joined: string;
}

const checked = new WeakMap<readonly SelectorRule[], ValidSelectors>();
/**
 * The rules this browser can parse. Nearly always all of them: the list is parsed once as a whole,
 * and each rule alone only when that fails or `oneByOne` asks (a user's rule or a site pack's this
 * browser does not know), so that one bad rule does not take the others with it.
 */
function validSelectors(doc: Document, selectors: readonly SelectorRule[], oneByOne: boolean): ValidSelectors {
  const known = checked.get(selectors);
  if (known && !oneByOne) return known;
  const empty = doc.createDocumentFragment();
  const parses = (selector: string): boolean => {
    try {
      empty.querySelector(selector);
      return true;
    } catch {
      return false;
    }
  };
  const all = selectors.map((r) => r.selector).join(",");
  const valid = !oneByOne && parses(all) ? selectors : selectors.filter((r) => parses(r.selector));
  const out = { valid, joined: valid === selectors ? all : valid.map((r) => r.selector).join(",") };
  checked.set(selectors, out);
  return out;
}

const FEW_CHILDREN = 12;

/**
 * `squash(el.textContent)` when that is at most `max` characters, else null — without reading more
 * of a big container than it takes to know it is too long. The live page asks this of every block
 * that holds a text node, page containers included, so it must not cost the whole page's text each
 * time.
 */
export function shortText(el: Node, max: number): string | null {
  // A block of a few elements (nearly every one): the browser's own textContent is far cheaper than
  // a walk in script, and its length is bounded by what so few children hold.
  if ((el as Element).childElementCount <= FEW_CHILDREN) {
    const raw = el.textContent ?? "";
    // A paragraph of prose: its first 2·max characters already squash to more than max (squashing a
    // prefix never gives more than squashing the whole), so the rest need not be squashed.
    if (raw.length > 2 * max && squash(raw.slice(0, 2 * max)).length > max) return null;
    const text = squash(raw);
    return text.length > max ? null : text;
  }
  const doc = el.ownerDocument ?? (el as Document);
  const walker = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let out = "";
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    out += (n as Text).data.replace(SPACE_RUNS, " ");
    // Runs are collapsed within each node: only node boundaries can still hold a double space.
    if (out.length > max && squash(out).length > max) return null;
  }
  return squash(out);
}

/**
 * While the page loads, a block that holds the parser's last node is still open: what it holds so
 * far says nothing of what it will hold (a wrapper whose only child so far is a date line may be the
 * article's body a moment later). No decision lifts into it, and none hides it yet.
 */
function isOpen(el: Element, open: Node | null): boolean {
  return open !== null && el.contains(open);
}

/** Inline elements: a phrase can span several of them ("Cek berita di <a>Google News</a>"). */
const INLINE = new Set(["A", "SPAN", "STRONG", "B", "EM", "I", "U", "SMALL", "FONT", "MARK", "CODE", "ABBR", "TIME", "LABEL", "SUP", "SUB", "BR"]);

/**
 * A clutter line found on an inline element ("<span>Dukung kami</span> <a>di sini</a>") goes with
 * the short block it sits in, so no stray link or separator is left behind.
 */
function liftInline(el: Element, open: Node | null): Element {
  let block = el;
  while (INLINE.has(block.tagName.toUpperCase()) && block.parentElement && !NEVER.has(block.parentElement.tagName.toUpperCase())) {
    if (isOpen(block.parentElement, open) || shortText(block.parentElement, MAX_LINE) === null) break;
    block = block.parentElement;
  }
  return block;
}

/**
 * A heading is often wrapped ("<div class=title><strong>Berita Terkait</strong></div><ul>…"), so its
 * list is the next sibling of the wrapper, not of the heading: climb single-child wrappers first.
 */
function headingAndList(heading: Element, open: Node | null, category: Category): Element[] {
  const h = headingBox(heading, (p) => !isOpen(p, open));
  const list = listAfter(h);
  const whole = list.length > 0 ? null : playerTeaser(h) ?? (TITLED.has(category) ? titledBox(h, category) : null);
  return whole && !isOpen(whole, open) ? [whole] : [h, ...list];
}

/**
 * The box around a verdict's blocks, when they are all it holds: "Berita Terkait" and its list in
 * their <section>, a "Baca juga" link in its one-cell table. Hiding the box rather than its contents
 * leaves no empty frame on the page and counts as one block.
 */
function wholeBox(targets: Element[], open: Node | null): Element[] {
  let box = targets;
  for (let up = 0; up < 4; up++) {
    const parent = box[0]?.parentElement;
    // Text of its own that is only punctuation ("<strong>BACA JUGA</strong>: <a>…") is no word of anything else.
    if (!parent || NEVER.has(parent.tagName.toUpperCase()) || hasWord(ownText(parent)) || isOpen(parent, open)) break;
    const children = Array.from(parent.children).filter((c) => !SKIP_TEXT.has(c.tagName.toUpperCase()));
    if (children.length !== box.length || !children.every((c) => box.includes(c))) break;
    box = [parent];
  }
  return box;
}

/** The site's header, navigation and footer: a logo and an ad label side by side are no ad's box. */
const SLOT_STOP = new Set(["HEADER", "NAV", "FOOTER"]);

/**
 * An ad's label goes with the slot it labels: "ADVERTISEMENT" over an empty <div> a script fills with
 * the ad (and "SCROLL TO CONTINUE WITH CONTENT" under it), "Iklan" beside a banner image, "Sponsored
 * links" over a recommendation widget's frame. From the label, the box is climbed to (up to three
 * levels) while everything else in it has no words at all (the slot, an iframe, an image) or is a
 * label too (`isLabel`); a block with a word of anything else stops the climb, so a label among the
 * story's paragraphs goes alone, and a box whose class names it an ad is the ad-slot shape's. Only
 * promo labels: a related heading's box holds its list.
 */
function slotBox(label: Element, isLabel: (el: Element) => boolean, open: Node | null): Element {
  let box = label;
  let slot = false;
  for (let up = 0; up < 3; up++) {
    const parent: Element | null = box.parentElement;
    if (!parent || NEVER.has(upperTag(parent)) || SLOT_STOP.has(upperTag(parent)) || ownText(parent) || isOpen(parent, open)) break;
    let wordless = false;
    let others = false;
    for (let c = parent.firstElementChild; c && !others; c = c.nextElementSibling) {
      if (c === box || SKIP_TEXT.has(upperTag(c))) continue;
      if (!NOT_BLANK.test(c.textContent ?? "")) wordless = true;
      else if (!isLabel(c) && !isCloseControl(c)) others = true;
    }
    // A box its class calls an ad slot is the ad-slot shape's (live-shapes.ts), which names it so.
    if (others || namedAdSlot(parent)) break;
    box = parent;
    slot ||= wordless;
  }
  return slot ? box : label;
}

/** The boxes of the promo labels (heading phrases) among `hits` (see slotBox); a hit inside another's box is left out. */
function withSlotBoxes(hits: Hit[], open: Node | null): Hit[] {
  const promo = hits.filter((h) => h.category === "promo" && h.rule.startsWith("phrase:"));
  if (!promo.some((h) => h.rule.endsWith(":heading"))) return hits;
  const isLabel = (el: Element) => {
    const text = squash(el.textContent ?? "");
    return promo.some((h) => el.contains(h.el) && squash(h.el.textContent ?? "") === text);
  };
  const boxes: Element[] = [];
  const out = hits.map((h) => {
    // A label is the whole of its block ("Advertisement", "Iklan"): a line ("Simak video berikut")
    // may introduce the story's own video, which stays.
    if (!promo.includes(h) || !h.rule.endsWith(":heading")) return h;
    const el = slotBox(h.el, isLabel, open);
    if (el === h.el) return h;
    boxes.push(el);
    return { ...h, el };
  });
  if (boxes.length === 0) return hits;
  // Each box once, and none of the labels it took in.
  return out.filter((h, i) => !boxes.some((b) => b !== h.el && b.contains(h.el)) && out.findIndex((o) => o.el === h.el) === i);
}

const filters = new WeakMap<readonly PhraseMatcher[], (text: string) => boolean>();
function filterFor(matchers: readonly PhraseMatcher[]): (text: string) => boolean {
  let f = filters.get(matchers);
  if (!f) filters.set(matchers, (f = phraseFilter(matchers)));
  return f;
}

/**
 * What a comments heading hides (comment-sections.ts): its section, or the heading alone when it
 * has no field, widget or reply under it; nothing (an empty list) when prose follows it, a section
 * of the story; undefined for the usual heading's box; null while the parser has not got far
 * enough to tell.
 */
function commentTargets(el: Element, matchers: readonly PhraseMatcher[], open: Node | null): Element[] | null | undefined {
  const ctx = sectionContext(matchers, (e) => !isOpen(e, open));
  const box = headingBox(el, (p) => !isOpen(p, open));
  const prose = headsProse(box, ctx);
  if (prose === null) return null;
  if (prose) return [];
  return commentSection(box, ctx) ?? undefined;
}

/**
 * Blocks under `root` that the text rules call clutter. A search starts only where the text of a
 * short block (the nearest non-inline ancestor of a text node, tested once) matches a phrase, so a
 * page without clutter phrases costs one walk over its text nodes and a regex test per short block.
 * From there, `classify` is asked innermost first, up to MAX_UP ancestors, like the cleaner does.
 */
export function textHits(root: Node, matchers: readonly PhraseMatcher[], mayMatch = filterFor(matchers)): Hit[] {
  if (matchers.length === 0) return [];
  // A text node as the root is checked alone (a batch of the live page); otherwise every text node under it.
  if (root.nodeType === 3) return walkHits(null, root, matchers, mayMatch);
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  return walkHits(walker, walker.nextNode(), matchers, mayMatch);
}

const NOT_BLANK = /\S/;

/** Text nodes the live page has looked at (see walkHits): each one looked at is added; `skip`: those already in are passed over. */
export interface SeenText {
  set: WeakSet<Node>;
  skip: boolean;
}

/** Whether a block's short text may be clutter: a phrase of the page's may be in it. */
function mayHit(block: Element, matchers: readonly PhraseMatcher[], mayMatch: (text: string) => boolean): boolean {
  const short = shortText(block, MAX_LINE);
  const text = short && labelGap(block, short).toLowerCase();
  return !!text && mayMatch(text) && matchers.some((m) => m.test(text));
}

/** Whether `el` has no words of its own (only its children's); asked once per element. */
function isWordless(el: Element, known: Map<Element, boolean>): boolean {
  let w = known.get(el);
  if (w === undefined) known.set(el, (w = !hasOwnWords(el)));
  return w;
}

/** The child of `box` that holds `inner` (or is it). */
function labelIn(box: Element, inner: Element): Element {
  let e = inner;
  while (e.parentElement && e.parentElement !== box) e = e.parentElement;
  return e;
}

/**
 * textHits over `first` and the text nodes a walker yields after it. The live page keeps one
 * walker over the document while it loads: the parser adds nodes in document order, so each batch
 * goes on from where the last one stopped instead of being told every added node.
 */
export function walkHits(
  walker: TreeWalker | null, first: Node | null, matchers: readonly PhraseMatcher[],
  mayMatch: (text: string) => boolean, seen?: SeenText, open: Node | null = null,
): Hit[] {
  const hits: Hit[] = [];
  if (matchers.length === 0) return hits;
  const tested = new Set<Element>();
  const wordless = new Map<Element, boolean>();
  const classified = new Set<Element>();
  const seenSet = seen?.set ?? null;
  const skipSeen = seen?.skip === true;
  let lastParent: Element | null = null;
  // The page's every text node passes here, most of them the white space between tags, and the
  // first walk runs before the engine has compiled any of it: as little as possible per node.
  for (let n = first; n; n = walker ? walker.nextNode() : null) {
    // Seen before (the sweep at DOMContentLoaded passes over most of the page): not even its text is read.
    if (skipSeen && seenSet!.has(n)) continue;
    // White space between tags changes no block's words (and is not worth remembering as seen).
    if (!NOT_BLANK.test((n as Text).data)) continue;
    seenSet?.add(n);
    const parent = n.parentElement;
    // Text nodes of one element come one after another (text, <br>, text…): its block is known.
    if (!parent || parent === lastParent || SKIP_TEXT.has(upperTag(parent))) continue;
    lastParent = parent;
    let block = parent;
    for (let up = 0; up < 4 && INLINE.has(upperTag(block)) && block.parentElement; up++) block = block.parentElement;
    let found = false;
    if (!tested.has(block)) {
      tested.add(block);
      found = mayHit(block, matchers, mayMatch);
    }
    if (!found && block !== parent) {
      // A box of elements with no words of its own: an inline child of it stands as a block of its
      // own ("<div><span>Komentar (23)</span><div>…form…</div><div>…</div></div>"), links aside,
      // and not in the site's header, menu or footer (a "Newsletter" button's label there is the site's).
      // Cheapest first: most such texts are a link's.
      const label = labelIn(block, parent);
      if (upperTag(label) !== "A" && !tested.has(label) && isWordless(block, wordless) && !inFrame(label)) {
        tested.add(label);
        found = mayHit(label, matchers, mayMatch);
      }
    }
    if (!found) continue;
    let el: Element | null = parent;
    for (let up = 0; el && up < MAX_UP && !NEVER.has(el.tagName.toUpperCase()); up++, el = el.parentElement) {
      if (classified.has(el)) break;
      classified.add(el);
      const v = classify(el, matchers, { shapes: false });
      // Structural verdicts (dates, bylines…) belong to the reader view; the live page hides by phrase
      // only, so it does not ask for them (their Unicode regexes cost milliseconds the first time).
      if (v && v.rule.startsWith("phrase:")) {
        const heading = v.rule.endsWith(":heading");
        const comments = heading && v.category === "comments" ? commentTargets(el, matchers, open) : undefined;
        if (comments === null) {
          // Not known yet whether prose follows: the sweep at DOMContentLoaded reads the heading again.
          seenSet?.delete(n);
          break;
        }
        let target = v.target;
        if (target !== el && isOpen(target, open)) {
          // A box the line titles that the parser is still filling: the line now, and the box from the
          // sweep at DOMContentLoaded, which reads the line again.
          seenSet?.delete(n);
          target = el;
        }
        // A heading's block and list again, as far as the parser has got (classify climbs as if it were done).
        const targets = comments ?? (heading ? headingAndList(el, open, v.category)
          : v.alsoRemove.length ? [v.target, ...v.alsoRemove]
          : [liftInline(target, open)]);
        for (const target of wholeBox(targets, open)) {
          // "Pasang iklan", "Download aplikasi" in the footer's menu: the site's own navigation stays.
          // A block still open is judged again by the next batch, which starts from the parser's last text.
          if (!isSiteMenuEntry(target) && !isOpen(target, open) && !holdsFrame(target)) hits.push({ el: target, category: v.category, rule: v.rule });
        }
        break;
      }
      if (shortText(el, MAX_LINE) === null) break;
    }
  }
  return withSlotBoxes(withShareCounts(hits, open), open);
}

/**
 * Everything to hide under `root`: selector rules first, then text rules, then (given what the page
 * must keep) the shapes of live-shapes.ts. The guard is the caller's.
 */
export function findHits(root: Element | Document | Text, givenPlan: HidePlan, keep?: Keep): Hit[] {
  const plan = declared(givenPlan, root.ownerDocument ?? (root as Document));
  if (isText(root)) return textHits(root, plan.matchers, plan.mayMatch); // one added text node: its block
  const scope = isElement(root) ? root : root.body ?? root.documentElement;
  if (!scope) return [];
  const text = textHits(scope, plan.matchers, plan.mayMatch);
  const shapes = keep ? shapeHits(root, keep, plan.categories) : [];
  return [...withShareCounts(selectorHits(root, plan.selectors)), ...text, ...bannerHits(scope, plan.matchers, plan.mayMatch), ...shapes];
}

/** A banner's words, when its picture's alt text holds them: a line ("Berlangganan e-Paper Warta"). */
const MAX_BANNER_ALT = 100;

/**
 * Banners that are a picture link whose only words are the picture's alt text: "Berlangganan e-Paper
 * Pikiran Rakyat" over a subscription page, "Advertisement" on an ad's image. The alt text is read
 * as a block's text is, by the promo and social phrases (a line, or a heading's whole words); the
 * link goes with the wrappers that hold nothing else. Not in the site's header, menu or footer (its
 * follow icons there are the site's own), and never a picture with a caption or words beside it.
 */
function bannerHits(scope: Element, matchers: readonly PhraseMatcher[], mayMatch: (text: string) => boolean): Hit[] {
  const hits: Hit[] = [];
  for (const img of Array.from(scope.querySelectorAll("a img[alt]"))) {
    const a = img.closest("a")!;
    if (a.getElementsByTagName("img").length !== 1 || NOT_BLANK.test(a.textContent ?? "")) continue;
    const alt = squash(img.getAttribute("alt") ?? "").toLowerCase();
    if (!alt || alt.length > MAX_BANNER_ALT || !mayMatch(alt)) continue;
    const m = matchers.find((x) => (x.category === "promo" || x.category === "social") && (x.shape === "line" || x.shape === "heading") && x.test(alt));
    if (!m || inFrame(a)) continue;
    const [box] = wholeBox([a], null);
    hits.push({ el: box!, category: m.category, rule: `phrase:${m.category}:banner` });
  }
  return hits;
}

const isText = (n: Node): n is Text => n.nodeType === 3;

const namedPlans = new WeakMap<HidePlan, WeakMap<Document, HidePlan>>();
/** The plan with the site's declared name in its phrases (withDeclaredNames), made once per plan and page. */
function declared(plan: HidePlan, doc: Document): HidePlan {
  if (plan.slotted.length === 0) return plan;
  let byDoc = namedPlans.get(plan);
  if (!byDoc) namedPlans.set(plan, (byDoc = new WeakMap()));
  let named = byDoc.get(doc);
  if (!named) byDoc.set(doc, (named = withDeclaredNames(plan, doc)));
  return named;
}

/** The block is a comments heading, its words one of the heading phrases (not a section or form hidden under one). */
function isCommentsHeading(el: Element, matchers: readonly PhraseMatcher[]): boolean {
  const short = shortText(el, MAX_LINE);
  const text = short && labelGap(el, short).toLowerCase();
  if (!text || !matchers.some((m) => m.category === "comments" && m.shape === "heading" && m.test(text))) return false;
  // A section whose widget box is still empty reads as its heading alone.
  return !isSectionAnchor(el, sectionContext(matchers, () => true));
}

/**
 * A block hidden by a heading rule, looked at again once more of the page is there: its list may
 * have arrived in a later batch than the heading ("Berita Terkait", then the <ul> a moment later).
 */
export function headingHits(hidden: Element, category: Category, rule: string, matchers: readonly PhraseMatcher[] = []): Hit[] {
  // A comments heading's section, now that the page is all there; a block hidden as its section (or
  // a part of one) holds no more of it, and the list after it is not its own.
  const section = category !== "comments" ? undefined : isCommentsHeading(hidden, matchers) ? commentTargets(hidden, matchers, null) : [];
  const box = section ?? wholeBox(headingAndList(hidden, null, category), null);
  if (category === "promo" && box.length === 1 && box[0] === hidden) {
    // An ad's label with no list under it: its slot may have come after it (see slotBox); the other labels are hidden already.
    const isLabel = (el: Element) => el.getAttribute(HIDDEN_ATTR) === "promo" || (el.firstElementChild !== null && el.firstElementChild === el.lastElementChild && el.firstElementChild.getAttribute(HIDDEN_ATTR) === "promo" && !ownText(el));
    return [{ el: slotBox(hidden, isLabel, null), category, rule }];
  }
  return box.map((el) => ({ el, category, rule }));
}
