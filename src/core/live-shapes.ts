/**
 * Clutter the live page finds by its shape alone, with no phrase: lists and grids of headline links
 * to other articles (→ related), rows of share and follow links (→ social), ad and sponsored slots
 * (→ promo). The reader's extraction drops these with everything else outside the article; on the
 * page a person scrolls they have to be named one by one.
 *
 * One pass over the page's links counts, for each ancestor a few levels up, how many headline links
 * and how many social links it holds; a block is then judged from those counts, its text length and
 * what it must never hold (the article, the page's title, a byline, the site's header, navigation
 * and footer). The outermost block that passes is hidden, so a list goes with its heading and its
 * "load more" button. See docs/LIVE-PAGE.md for the thresholds and how they were measured.
 */
import { lastNode } from "./dom.ts";
import { squash } from "./text.ts";
import type { Category, Hit } from "./types.ts";

/** How far above a link its list may be: <section><ul><li><div><h3><a>. */
const MAX_DEPTH = 7;
/** Anchor text of a headline: a few words, not a paragraph. */
const HEADLINE = { minChars: 20, maxChars: 200, minWords: 4 };
/** A list of other articles: at least this many headline links… */
const MIN_HEADLINES = 3;
/**
 * …making up at least this share of the block's text (a heading, dates, captions and blurbs share
 * the rest), with no more text than this for each headline, and no run of text outside the links
 * longer than a blurb. Inside the article a related box is stricter: a list of links and a heading.
 */
const MIN_HEADLINE_SHARE = 0.25;
const MAX_TEXT_PER_HEADLINE = 320;
const MAX_LOOSE = 220;
const MIN_HEADLINE_SHARE_IN_ARTICLE = 0.6;
const MAX_LOOSE_IN_ARTICLE = 80;
/** A share or follow row: at least this many social links, in a block no longer than a label and its buttons. */
const MIN_SOCIAL = 2;
const MAX_SOCIAL_TEXT = 60;
/** An ad slot holds an ad, a label and a close button, never an article's worth of text. */
const MAX_AD_TEXT = 220;

const SOCIAL_HOST = /(?:^|\.)(?:facebook\.com|fb\.com|fb\.me|twitter\.com|x\.com|t\.co|instagram\.com|youtube\.com|youtu\.be|tiktok\.com|t\.me|telegram\.me|telegram\.org|wa\.me|whatsapp\.com|line\.me|linkedin\.com|pinterest\.com|reddit\.com|tumblr\.com|threads\.net|bsky\.app|flipboard\.com|news\.google\.com|vk\.com|xing\.com|plus\.google\.com)$/i;
const SOCIAL_SCHEME = /^(?:whatsapp|tg|fb-messenger|line|sms|viber):/i;
/** Share buttons that are scripts, not links: named by class or id ("copylink", "share-fb", "btn-whatsapp"). */
const SOCIAL_TOKEN = /^(?:share|sharer|sharing|copy-?link|copylink|salin-?link|facebook|fb|twitter|tweet|tw|whatsapp|wa|telegram|tg|line|linkedin|pinterest|instagram|ig|youtube|yt|tiktok|gplus|gp|socmed|sosmed|social|email)$/i;
/** A script's share button: `onclick="fb_share(…)"`. */
const SHARE_SCRIPT = /share|sharer|tweet/i;

/** Class or id words of ad slots: "ads-bottom", "iklan-premium", "div-gpt-ad-…", "adsbygoogle". */
const AD_TOKEN = /^(?:ads?|adv|advert|adverts|advertisement|advertorial|adsbygoogle|adsense|iklan|sponsor|sponsored|dfp|gpt|banner-?ads?|parallax-?ads?)$/i;
/** Breaking-news bars and tickers: one or a few headlines running above or beside the article. */
const TICKER_TOKEN = /^(?:breaking|breakingnews|ticker|newsticker|marquee|runningtext)$/i;
const MAX_TICKER_TEXT = 400;
/** One query finds the candidates of both (the browser's selector engine, not a walk in script). */
const SLOT_CANDIDATES = [
  // "ad" where a class or id word starts ("ads-bottom", "div-gpt-ad", "x_adv"), not inside "header" or "read".
  '[class^="ad" i], [class*=" ad" i], [class*="-ad" i], [class*="_ad" i], [id^="ad" i], [id*="-ad" i], [id*="_ad" i]',
  '[class*="iklan" i], [id*="iklan" i], [class*="sponsor" i], [id*="gpt" i], [class*="dfp" i]',
  '[class*="breaking" i], [id*="breaking" i], [class*="ticker" i], [id*="ticker" i], [class*="marquee" i], [class*="running" i]',
].join(", ");

/** The site's own frame: header, navigation, search and footer are never hidden by shape. */
const FRAME_TAGS = new Set(["HEADER", "NAV", "FOOTER"]);
const FRAME_ROLES = /^(?:banner|navigation|contentinfo|search|menubar|menu)$/i;
const FRAME_TOKEN = /^(?:nav|navbar|navigation|menu|mainmenu|main-menu|breadcrumbs?|topbar|masthead|sitemap)$/i;
/** Words of a header or footer: the site's, unless an <article> holds it (see isFrame). */
const PART_TOKEN = /^(?:header|footer)$/i;
/** A byline or the article's date: never inside a hidden row. */
const BYLINE_TOKEN = /^(?:author|authors|byline|penulis|reporter|editor|writer|date|time|datetime|timestamp|published|pubdate|tanggal)$/i;

const NEVER = new Set(["HTML", "HEAD", "BODY", "MAIN", "ARTICLE"]);

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
    if (/[-_]/.test(word)) for (const part of word.split(/[-_]+/)) if (part) out.push(part);
  }
  return out;
}

/**
 * hasToken's answers by pattern and class-and-id string. The shapes ask it of every link, of the
 * ancestors of every candidate block and of every element of a row, and most elements share their
 * class names with others: splitting them into words and testing each word once per string, not
 * once per question, was a tenth of the content script's time on the corpus pages.
 */
const tokenVerdicts = new Map<RegExp, Map<string, boolean>>();
/** Ids are often unique ("div-gpt-ad-…-3"): a page of endless distinct ones must not grow the memo forever. */
const MAX_KNOWN_TOKENS = 4096;

function hasToken(el: Element, re: RegExp): boolean {
  const raw = classAndId(el);
  if (!raw) return false;
  let known = tokenVerdicts.get(re);
  if (!known) tokenVerdicts.set(re, (known = new Map()));
  let verdict = known.get(raw);
  if (verdict === undefined) {
    if (known.size >= MAX_KNOWN_TOKENS) known.clear();
    known.set(raw, (verdict = tokens(raw).some((t) => re.test(t))));
  }
  return verdict;
}

/** A <header> or <footer> of an article or a section is that part's own, not the site's. */
const SECTIONING = "article, aside, section, nav, main";

function isFrame(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === "NAV") return true;
  if (FRAME_TAGS.has(tag)) return el.parentElement?.closest(SECTIONING) == null;
  const role = el.getAttribute("role");
  if (role && FRAME_ROLES.test(role)) return true;
  if (hasToken(el, FRAME_TOKEN)) return true;
  // As with the tags: a box an <article> holds is the article's own foot or head ("footer-popular"
  // under the story lists other stories), never the site's footer, which no article holds.
  return hasToken(el, PART_TOKEN) && el.parentElement?.closest("article") == null;
}

/** Inside the site's header, navigation or footer (up to the body). */
function inFrame(el: Element): boolean {
  for (let e: Element | null = el; e && !NEVER.has(e.tagName.toUpperCase()); e = e.parentElement) if (isFrame(e)) return true;
  return false;
}

/**
 * An entry of the site's own menus: mostly link text, inside its header, navigation or footer. The
 * text rules leave it alone ("Informasi pemasangan iklan" in the footer is the site's, not an ad).
 */
export function isSiteMenuEntry(el: Element): boolean {
  const text = squash(el.textContent ?? "");
  if (!text) return false;
  let links = el.closest("a") ? text.length : 0;
  if (!links) for (const a of Array.from(el.getElementsByTagName("a"))) links += squash(a.textContent ?? "").length;
  return links >= text.length / 2 && inFrame(el);
}

function urlOf(href: string | null, base: string): URL | null {
  if (!href || href.startsWith("#") || /^javascript:/i.test(href)) return null;
  try {
    return new URL(href, base);
  } catch {
    return null;
  }
}

/** A scheme, or the "//" of a scheme-relative address: the link does not stay on the page's own host. */
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const WEB_HOST = /^(?:https?:)?[/\\]{2}([^/\\?#]*)/i;

/**
 * Whether a link leads to a social network's host, read off the address as written: most links on a
 * page are no headline, and a URL parse of each just to know its host was a good part of the pass.
 * A relative address stays on the page's host (`at.social`).
 */
function toSocialHost(href: string, at: PageAt): boolean {
  if (!HAS_SCHEME.test(href) && !href.startsWith("//") && !href.startsWith("\\\\")) return at.social;
  const host = WEB_HOST.exec(href)?.[1];
  return host !== undefined && SOCIAL_HOST.test(host.replace(/^.*@/, "").replace(/:\d*$/, "").replace(/\.$/, ""));
}

/** `text`: the link's words (squashed), read once for both questions of countLink. */
function isSocialLink(a: Element, href: string, text: string, at: PageAt): boolean {
  if (SOCIAL_SCHEME.test(href)) return true;
  if (/^mailto:\?/i.test(href)) return true; // "share by e-mail": mailto with a subject and no address
  if (toSocialHost(href, at)) return true;
  if (hasToken(a, SOCIAL_TOKEN) || SHARE_SCRIPT.test(a.getAttribute("onclick") ?? "")) return true;
  // An icon-only button: the network is named by the icon inside ("icon-fb", "bg-tw").
  if (a.firstElementChild === null || text.length > 20) return false;
  const inner = a.getElementsByTagName("*");
  if (inner.length > 3) return false;
  for (let i = 0; i < inner.length; i++) if (hasToken(inner[i]!, SOCIAL_TOKEN)) return true;
  return false;
}

function isHeadlineLink(href: string, text: string, at: PageAt): boolean {
  if (text.length < HEADLINE.minChars || text.length > HEADLINE.maxChars) return false;
  if (text.split(" ").length < HEADLINE.minWords) return false;
  const url = urlOf(href, at.base);
  if (!url || !/^https?:$/.test(url.protocol) || SOCIAL_HOST.test(url.hostname)) return false;
  // A link to the page itself (or its comments) is not another article.
  return url.href.split("#")[0] !== at.page && url.pathname !== "/";
}

/** What the page must keep, found once: the article, the title and the byline. */
export interface Keep {
  /** The article container (see findArticleRoot), or null when none was found. */
  article: Element | null;
  /** Elements a hidden block may not contain: the article, its title, bylines and dates. */
  marks: Element[];
  /** The article is not known yet (the page is loading): every block is judged as if it were inside it. */
  strict?: boolean;
  /**
   * While the page loads, the last node the parser has added: a block that holds it is still open
   * (the article may yet arrive inside a wrapper that so far holds only lists), so it is never hidden.
   */
  open?: Node | null;
}

/** The elements no block hidden by shape may contain. */
export function keepMarks(doc: Document, article: Element | null): Keep {
  const marks: Element[] = article ? [article] : [];
  for (const el of Array.from(doc.querySelectorAll('h1, [itemprop="articleBody"], [itemprop="author"], [rel="author"], [itemprop="headline"], [itemprop="datePublished"]'))) {
    marks.push(el);
  }
  return { article, marks };
}

function holdsMark(el: Element, keep: Keep): boolean {
  if (keep.open && el.contains(keep.open)) return true;
  return keep.marks.some((m) => el === m || el.contains(m));
}

/** `el` is in the article or holds it: a box on the article's own line of ancestors, never a box beside it. */
function onArticleLine(el: Element, keep: Keep): boolean {
  return keep.article !== null && (keep.article.contains(el) || el.contains(keep.article));
}

/* -------------------------------------------------------------------------- the article */

const MIN_PARAGRAPH = 40;
const MIN_ARTICLE = 140;

/**
 * The article's container on the live page, without a Readability parse: a site pack's body
 * selector or itemprop=articleBody when it holds real text, otherwise the element whose child
 * paragraphs carry the most text (grandchildren count half), as Readability scores its candidates.
 */
export function findArticleRoot(doc: Document, contentSelectors: readonly string[] = []): Element | null {
  for (const sel of [...contentSelectors, '[itemprop="articleBody"]']) {
    let el: Element | null = null;
    try {
      el = doc.querySelector(sel);
    } catch {
      continue; // a pack selector this browser cannot parse
    }
    if (el && squash(el.textContent ?? "").length >= MIN_ARTICLE) return el;
  }
  const scores = new Map<Element, number>();
  for (const p of Array.from(doc.getElementsByTagName("p"))) {
    const len = squash(p.textContent ?? "").length;
    if (len < MIN_PARAGRAPH) continue;
    const parent = p.parentElement;
    if (!parent || NEVER.has(parent.tagName.toUpperCase()) && parent.tagName !== "ARTICLE") continue;
    scores.set(parent, (scores.get(parent) ?? 0) + len);
    const grand = parent.parentElement;
    if (grand && grand.tagName !== "BODY" && grand.tagName !== "HTML") scores.set(grand, (scores.get(grand) ?? 0) + len / 2);
  }
  let best: Element | null = null;
  let bestScore = MIN_ARTICLE;
  for (const [el, score] of scores) if (score > bestScore) [best, bestScore] = [el, score];
  return best;
}

/* ---------------------------------------------------------------------------- the shapes */

interface Counts {
  headlines: number;
  headlineChars: number;
  social: number;
}

/** Counts of headline and social links for every ancestor (up to MAX_DEPTH) of the links under `root`. */
function countLinks(root: Element | Document, doc: Document): Map<Element, Counts> {
  const counts = new Map<Element, Counts>();
  const at = pageOf(doc);
  const anchors = root.getElementsByTagName("a");
  for (let i = 0; i < anchors.length; i++) countLink(anchors[i]!, at, counts);
  return counts;
}

/** Where links resolve from, the page itself (a link to it is no other article), and whether its own host is a social network's. */
interface PageAt {
  base: string;
  page: string;
  social: boolean;
}
function pageOf(doc: Document): PageAt {
  const base = doc.baseURI || doc.URL;
  const url = urlOf(base, base);
  return { base, page: doc.URL.split("#")[0]!, social: url !== null && /^https?:$/.test(url.protocol) && SOCIAL_HOST.test(url.hostname) };
}

/**
 * Where counting a link's ancestors stops: the page and its <main>, and an <article> that is not a
 * teaser card. Templates write each card of a list as its own <article> ("<section><article><h3><a>"
 * ×6); a card sits beside other cards or inside the page's own <article>, and the list is above it.
 */
function endsClimb(e: Element): boolean {
  const tag = e.tagName.toUpperCase();
  if (tag !== "ARTICLE") return NEVER.has(tag);
  return !isCard(e);
}

function isCard(article: Element): boolean {
  for (const sib of [article.previousElementSibling, article.nextElementSibling]) if (sib?.tagName.toUpperCase() === "ARTICLE") return true;
  return article.parentElement?.closest("article") != null;
}

/** A link's count that stopped at an <article> not (yet) a card: what it adds, and how far it had climbed. */
interface Stop {
  social: boolean;
  chars: number;
  up: number;
}

/**
 * Adds one link to the counts of its ancestors; returns the first of them, or null for a link of
 * neither kind. `stops` (while the page loads) keeps the counts that stopped at an <article>: it
 * may turn out to be a teaser card once the parser adds the next one beside it.
 */
function countLink(a: Element, at: PageAt, counts: Map<Element, Counts>, stops?: Map<Element, Stop[]>): Element | null {
  const href = a.getAttribute("href") ?? "";
  const text = squash(a.textContent ?? "");
  const social = isSocialLink(a, href, text, at);
  if (!social && !isHeadlineLink(href, text, at)) return null;
  const stop = { social, chars: text.length, up: 0 };
  const end = addUp(a.parentElement, stop, counts);
  if (stops && end?.tagName.toUpperCase() === "ARTICLE") {
    const stopped = stops.get(end);
    if (stopped) stopped.push(stop);
    else stops.set(end, [stop]);
  }
  return a.parentElement;
}

/** Adds a link's count to `from` and the blocks above it, up to MAX_DEPTH levels (`s.up` counts them); returns where it stopped. */
function addUp(from: Element | null, s: Stop, counts: Map<Element, Counts>): Element | null {
  let e = from;
  for (; e && s.up < MAX_DEPTH && !endsClimb(e); s.up++, e = e.parentElement) {
    let c = counts.get(e);
    if (!c) counts.set(e, (c = { headlines: 0, headlineChars: 0, social: 0 }));
    if (s.social) c.social++;
    else {
      c.headlines++;
      c.headlineChars += s.chars;
    }
  }
  return s.up < MAX_DEPTH ? e : null;
}

/** squash(el.textContent) when at most `max` characters long, else null (without squashing a huge container). */
function textUpTo(el: Element, max: number): string | null {
  const raw = el.textContent ?? "";
  // A container far longer than a list: its first part already squashes to more than max.
  if (raw.length > 2 * max + 1000 && squash(raw.slice(0, 2 * max + 1000)).length > max) return null;
  const text = squash(raw);
  return text.length > max ? null : text;
}

/** A date or a time in a row's text: the row is the article's byline line, not a share bar. */
const DATE_SHAPE = /\b(?:19|20)\d{2}\b|\b\d{1,2}[:.]\d{2}\b/;

function isHeadlineList(el: Element, c: Counts, keep: Keep): boolean {
  if (c.headlines < MIN_HEADLINES) return false;
  // Inside the article a related box is a plain list of links; outside it, teaser cards carry a
  // picture's caption, a date and a blurb beside each headline.
  const inArticle = keep.strict === true || (keep.article !== null && keep.article.contains(el));
  const share = inArticle ? MIN_HEADLINE_SHARE_IN_ARTICLE : MIN_HEADLINE_SHARE;
  const max = Math.min(c.headlineChars / share, c.headlines * MAX_TEXT_PER_HEADLINE);
  // Cheapest first: the marks are a few contains() calls, the text a read of the block's words.
  return !holdsMark(el, keep) && textUpTo(el, max) !== null && !inFrame(el) && !holdsProse(el, inArticle ? MAX_LOOSE_IN_ARTICLE : MAX_LOOSE);
}

/**
 * Prose: a run of text outside every link longer than `max` (a <p>, or bare text between <br>s as
 * some sites write their articles). A teaser's blurb is shorter than a paragraph of the article.
 */
function holdsProse(el: Element, max: number): boolean {
  // Links and scripts are left out whole, `el` too if it is one: their text is no prose.
  if (NOT_PROSE.has(el.tagName.toUpperCase())) return false;
  let run = 0;
  let last: Element | null = null;
  // A walk of the subtree by hand, so that each element's block (blockOf) and whether it is a link
  // are known on the way down, not found again by climbing from every text node: the block of each
  // element open on the way down from `el`, innermost last.
  const blocks: Element[] = [blockOf(el)];
  let n: Node | null = el.firstChild;
  while (n) {
    if (n.nodeType === 3) {
      const len = squash((n as Text).data).length;
      if (len > 0) {
        // Text nodes of one block add up (a paragraph with <b> and <i> in it is one run).
        const own = blocks[blocks.length - 1]!;
        run = own === last ? run + len + 1 : len;
        last = own;
        if (run > max) return true;
      }
    } else if (n.nodeType === 1 && n.firstChild) {
      const tag = (n as Element).tagName.toUpperCase();
      if (!NOT_PROSE.has(tag)) {
        blocks.push(INLINE.test(tag) ? blocks[blocks.length - 1]! : (n as Element));
        n = n.firstChild;
        continue;
      }
    }
    // On to the next node in document order, out of the elements that are done (never above `el`).
    while (!n.nextSibling) {
      n = n.parentNode;
      blocks.pop();
      if (!n || n === el) return false;
    }
    n = n.nextSibling;
  }
  return false;
}

const NOT_PROSE = new Set(["A", "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE"]);
/** `el` or an ancestor up to `top` is a link or a script. */
function inLinkOrScript(el: Element, top: Element): boolean {
  for (let e: Element | null = el; e && e !== top.parentElement; e = e.parentElement) if (NOT_PROSE.has(e.tagName.toUpperCase())) return true;
  return false;
}

const INLINE = /^(?:A|SPAN|STRONG|B|EM|I|U|SMALL|FONT|MARK|CODE|ABBR|TIME|LABEL|SUP|SUB|BR|Q|CITE)$/;
function blockOf(el: Element): Element {
  let e = el;
  while (INLINE.test(e.tagName.toUpperCase()) && e.parentElement) e = e.parentElement;
  return e;
}

function isSocialRow(el: Element, c: Counts, keep: Keep): boolean {
  // A block that calls itself a share bar needs one button to be one ("copy link" alone).
  if (c.headlines > 0 || c.social < (hasToken(el, SOCIAL_TOKEN) ? 1 : MIN_SOCIAL)) return false;
  if (holdsMark(el, keep)) return false;
  const text = textUpTo(el, MAX_SOCIAL_TEXT);
  return text !== null && !DATE_SHAPE.test(text) && !hasByline(el) && !isEmbeddedPost(el) && !holdsPicture(el);
}

const PICTURES = ["img", "picture", "video", "figure", "iframe"];
/** A picture that is not a button's icon: a photo whose share buttons sit on it goes with the article. */
function holdsPicture(el: Element): boolean {
  for (const tag of PICTURES) {
    for (const p of Array.from(el.getElementsByTagName(tag))) if (!inLinkOrScript(p, el)) return true;
  }
  return false;
}

/** A <time>, or a block named as a byline or a date (asked only of short blocks: a row and its label). */
function hasByline(el: Element): boolean {
  if (el.getElementsByTagName("time")[0] !== undefined || hasToken(el, BYLINE_TOKEN)) return true;
  for (const e of Array.from(el.getElementsByTagName("*"))) if (hasToken(e, BYLINE_TOKEN)) return true;
  return false;
}

/** An embedded tweet or post is the article quoting someone: never a share row. */
function isEmbeddedPost(el: Element): boolean {
  return el.closest("blockquote, .twitter-tweet, .instagram-media, .tiktok-embed, .fb-post") !== null;
}

/**
 * The outermost ancestor of `el` (itself included) that still passes `ok`, climbing at most
 * MAX_DEPTH levels; `ok` is asked only of elements with counts.
 */
function outermost(el: Element, counts: Map<Element, Counts>, ok: Judge): Element {
  let best = el;
  let e = el.parentElement;
  for (let up = 0; e && up < MAX_DEPTH && !endsClimb(e); up++, e = e.parentElement) {
    const c = counts.get(e);
    if (!c || !ok(e, c)) break;
    best = e;
  }
  return best;
}

function isAdSlot(el: Element, keep: Keep): boolean {
  if (NEVER.has(el.tagName.toUpperCase()) || !hasToken(el, AD_TOKEN)) return false;
  const text = textUpTo(el, MAX_AD_TEXT);
  return text !== null && !holdsMark(el, keep) && !holdsProse(el, MAX_LOOSE) && !hasByline(el);
}

/**
 * Blocks under `root` that their shape names as clutter, in the enabled categories. `keep` says what
 * must stay (keepMarks); a block that holds any of it is passed over, and so is everything inside
 * the site's header, navigation and footer, except share rows and ad slots.
 */
export function shapeHits(root: Element | Document, keep: Keep, categories: ReadonlySet<Category>): Hit[] {
  const doc = root.ownerDocument ?? (root as Document);
  const counts = countLinks(root, doc);
  const hits = linkHits(counts.keys(), counts, keep, categories);
  if (categories.has("promo") || categories.has("related")) hits.push(...slotHits(root, keep, categories));
  if (categories.has("related")) hits.push(...relatedLinkHits(root, keep));
  if (categories.has("promo")) hits.push(...ctaBoxHits(root, keep));
  return outermostHits(withTabLabels(root, [...hits, ...listHeadings(root, hits, keep)], keep));
}

/** Ad slots (promo) and breaking-news bars (related), named by their class or id words. */
function slotHits(root: Element | Document, keep: Keep, categories: ReadonlySet<Category>): Hit[] {
  const hits: Hit[] = [];
  const found = Array.from(root.querySelectorAll(SLOT_CANDIDATES));
  if (root.nodeType === 1 && (root as Element).matches(SLOT_CANDIDATES)) found.unshift(root as Element);
  for (const el of found) {
    if (categories.has("promo") && isAdSlot(el, keep)) hits.push({ el, category: "promo", rule: "shape:promo:ad-slot" });
    else if (categories.has("related") && isTicker(el, keep)) hits.push({ el, category: "related", rule: "shape:related:ticker" });
  }
  return hits;
}

function isTicker(el: Element, keep: Keep): boolean {
  if (NEVER.has(el.tagName.toUpperCase()) || !hasToken(el, TICKER_TOKEN)) return false;
  if (el.tagName !== "A" && el.getElementsByTagName("a")[0] === undefined) return false;
  const text = textUpTo(el, MAX_TICKER_TEXT);
  return text !== null && !holdsMark(el, keep) && !holdsProse(el, MAX_LOOSE_IN_ARTICLE) && !hasByline(el);
}

/** Headline lists and share rows among `blocks`, each climbed to the outermost block that still is one. */
function linkHits(blocks: Iterable<Element>, counts: Map<Element, Counts>, keep: Keep, categories: ReadonlySet<Category>): Hit[] {
  const hits: Hit[] = [];
  const lists = categories.has("related");
  const social = categories.has("social");
  const isList = judgedOnce((e, c) => isHeadlineList(e, c, keep));
  const isRow = judgedOnce((e, c) => isSocialRow(e, c, keep));
  for (const el of blocks) {
    const c = counts.get(el);
    if (!c) continue;
    if (lists && c.headlines >= MIN_HEADLINES && isList(el, c)) {
      hits.push({ el: outermost(el, counts, isList), category: "related", rule: "shape:related:headline-list" });
    } else if (social && c.social > 0 && isRow(el, c)) {
      hits.push({ el: outermost(el, counts, isRow), category: "social", rule: "shape:social:share-row" });
    }
  }
  return hits;
}

type Judge = (e: Element, c: Counts) => boolean;

/**
 * `judge`, asked once per block in a pass. The blocks of a pass are every ancestor of its links, and
 * each climb of `outermost` asks again about the blocks above, which the pass judges in their own
 * turn too: a list's container was judged once per link it holds, each time reading its text. The
 * page does not change during a pass, so the first answer stands.
 */
function judgedOnce(judge: Judge): Judge {
  const known = new Map<Element, boolean>();
  return (e, c) => {
    let verdict = known.get(e);
    if (verdict === undefined) known.set(e, (verdict = judge(e, c)));
    return verdict;
  };
}

/* ------------------------------------------------------------------- related links */

const RELATED_LINK = 'a[itemprop~="relatedLink"]';

/**
 * Links the page itself marks as related (schema.org's `relatedLink`): a box of one or two of them
 * is no headline list, yet the markup says what it is. Each goes with the outermost block around
 * it whose every link is one, holding nothing the page must keep and no prose (its heading and its
 * close button go with it).
 */
function relatedLinkHits(root: Element | Document, keep: Keep): Hit[] {
  const hits: Hit[] = [];
  for (const a of Array.from(root.querySelectorAll(RELATED_LINK))) {
    let box: Element | null = null;
    for (let e = a.parentElement, up = 0; e && up < MAX_DEPTH && !NEVER.has(e.tagName.toUpperCase()); up++, e = e.parentElement) {
      const links = e.getElementsByTagName("a");
      if (Array.from(links).some((l) => !l.matches(RELATED_LINK))) break;
      if (holdsMark(e, keep) || inFrame(e) || textUpTo(e, links.length * MAX_TEXT_PER_HEADLINE) === null || holdsProse(e, MAX_LOOSE_IN_ARTICLE)) break;
      box = e;
    }
    if (box) hits.push({ el: box, category: "related", rule: "shape:related:related-link" });
  }
  return hits;
}

/* ------------------------------------------------------------------ call-to-action boxes */

/** A button's class word: "btn", "button2", "cta". */
const BUTTON_TOKEN = /^(?:btn|button\d*|cta)$/i;
const BUTTON_CANDIDATES = 'a[class*="btn" i], a[class*="button" i], a[class*="cta" i]';
const MAX_BUTTON_TEXT = 20;
const MAX_CTA_BOX = 200;
const MIN_INVITATION = 20;

/**
 * A box that invites the reader to do one thing: a line or two of invitation and one button
 * ("Upload", "Daftar", "Subscribe"), outside the article and the site's frame. The box is the
 * outermost block around the button that holds no other link and no more than a short invitation.
 */
function ctaBoxHits(root: Element | Document, keep: Keep): Hit[] {
  const hits: Hit[] = [];
  for (const a of Array.from(root.querySelectorAll(BUTTON_CANDIDATES))) {
    if (!hasToken(a, BUTTON_TOKEN)) continue;
    const label = squash(a.textContent ?? "");
    if (!label || label.length > MAX_BUTTON_TEXT) continue;
    let box: Element | null = null;
    for (let e = a.parentElement, up = 0; e && up < 3 && !NEVER.has(e.tagName.toUpperCase()); up++, e = e.parentElement) {
      if (e.getElementsByTagName("a").length > 1 || holdsMark(e, keep) || inFrame(e)) break;
      if (onArticleLine(e, keep)) break;
      const text = textUpTo(e, MAX_CTA_BOX);
      if (text === null) break;
      if (text.length - label.length >= MIN_INVITATION) box = e;
    }
    if (box && !hasByline(box)) hits.push({ el: box, category: "promo", rule: "shape:promo:call-to-action" });
  }
  return hits;
}

/* --------------------------------------------------------------------- list headings */

/** A box's title: "Video Populer", "Most Read", "Paling Banyak Dibaca" — a few words. */
const MAX_LIST_HEADING = 40;
const HEADING_TAGS = /^H[2-6]$/;
const TITLE = 'h1, [itemprop="headline"]';

/**
 * Titles left beside the lists they name. A list hidden by shape climbs to its heading when they
 * share a box; when the heading is the list's sibling in a bigger container (a column of several
 * boxes: "<h3>Video Populer</h3><div class=popular>…", "<h3>Foto Populer</h3><div…>") it stays,
 * naming nothing. So does the title of a box whose list a script fills, the list still empty.
 */
function listHeadings(root: Element | Document, hits: Hit[], keep: Keep): Hit[] {
  const out: Hit[] = [];
  for (const h of hits) {
    if (h.rule !== "shape:related:headline-list") continue;
    const title = headingBefore(h.el, keep);
    if (title) out.push({ el: title, category: h.category, rule: "shape:related:list-heading" });
  }
  for (const list of Array.from(root.querySelectorAll("ul, ol"))) {
    // Empty, in a small box of its own (a title, the list, a "more" link): not the article's part.
    if (list.childElementCount > 0 || squash(list.textContent ?? "") !== "") continue;
    if (!list.parentElement || textUpTo(list.parentElement, MAX_TAB_ROW) === null) continue;
    out.push(...emptyListBox(list, keep));
  }
  return out;
}

/**
 * A box whose list a script fills, the list still empty: its title (a heading, or in so small a box
 * any short line with no link: "<div class=ti>Berita Lainnya</div>") and the list go; the whole box
 * when all else in it is a "more" link, which would otherwise stay alone under a title that is gone.
 */
function emptyListBox(list: Element, keep: Keep): Hit[] {
  const title = headingBefore(list, keep) ?? lineBefore(list, keep);
  if (!title || inFrame(title)) return [];
  const box = list.parentElement!;
  const rest = Array.from(box.children).filter((c) => c !== title && c !== list && !UNSEEN.has(c.tagName.toUpperCase()));
  const related = (el: Element): Hit => ({ el, category: "related", rule: "shape:related:list-heading" });
  if (rest.length > 0 && rest.every(isMoreLink) && !NEVER.has(box.tagName.toUpperCase()) && !inFrame(box) && !holdsMark(box, keep) && !(keep.article !== null && box.contains(keep.article))) {
    return [related(box)];
  }
  return [related(title), related(list)];
}

const UNSEEN = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE"]);

/** A short line with no link just before `el`, outside the article: a box's title written as a plain block. */
function lineBefore(el: Element, keep: Keep): Element | null {
  let prev = el.previousElementSibling;
  while (prev && NOT_PROSE.has(prev.tagName.toUpperCase())) prev = prev.previousElementSibling;
  if (!prev || prev.getElementsByTagName("a")[0] !== undefined || prev.matches(TITLE) || prev.querySelector(TITLE)) return null;
  const text = textUpTo(prev, MAX_LIST_HEADING);
  if (!text || holdsMark(prev, keep) || onArticleLine(prev, keep)) return null;
  return prev;
}

/** A "more" link: one short link and nothing beside it ("Load more", "Indeks berita"). */
function isMoreLink(el: Element): boolean {
  const links = el.tagName.toUpperCase() === "A" ? [el] : Array.from(el.getElementsByTagName("a"));
  const text = textUpTo(el, MAX_TAB_LABEL);
  return links.length === 1 && text !== null && text !== "" && text === squash(links[0]!.textContent ?? "");
}

/** The heading just before `el` (its previous element, or a wrapper holding only a heading), outside the article. */
function headingBefore(el: Element, keep: Keep): Element | null {
  let prev = el.previousElementSibling;
  while (prev && NOT_PROSE.has(prev.tagName.toUpperCase())) prev = prev.previousElementSibling;
  if (!prev) return null;
  const heading = HEADING_TAGS.test(prev.tagName.toUpperCase()) ? prev : prev.querySelector("h2, h3, h4, h5, h6");
  if (!heading) return null;
  const text = textUpTo(prev, MAX_LIST_HEADING);
  if (!text || text !== squash(heading.textContent ?? "")) return null;
  if (holdsMark(prev, keep) || onArticleLine(prev, keep)) return null;
  // A deck under the page's title is the article's, whatever follows it.
  const before = prev.previousElementSibling;
  return before && (before.matches(TITLE) || before.querySelector(TITLE)) ? null : prev;
}

/* ------------------------------------------------------------------------- tab labels */

/** A tab's label: a word or two ("Rekomendasi", "Terkait", "Related", "Berkaitan"), not a sentence. */
const MAX_TAB_LABEL = 30;
const MAX_TAB_ROW = 80;

/**
 * `hits` and the labels of the tabs whose panels they hide. Templates put a related list in a tab
 * panel (`<a href="#tab-related">` above `<div id="tab-related">`): the panel goes by its shape, and
 * its label, a bare in-page link, would be left on the page naming a box that is gone. A label goes
 * with its row when every tab of the row points at a hidden panel.
 */
function withTabLabels(root: Element | Document, hits: Hit[], keep: Keep): Hit[] {
  const related = hits.filter((h) => h.category === "related").map((h) => h.el);
  if (related.length === 0) return hits;
  const doc = root.ownerDocument ?? (root as Document);
  const hidden = (id: string): boolean => {
    const panel = id ? doc.getElementById(id) : null;
    return panel !== null && related.some((el) => el.contains(panel) || (panel.contains(el) && sameText(panel, el)));
  };
  const labels: Hit[] = [];
  for (const a of Array.from(root.querySelectorAll('a[href^="#"]'))) {
    const text = squash(a.textContent ?? "");
    if (!text || text.length > MAX_TAB_LABEL || !hidden(a.getAttribute("href")!.slice(1))) continue;
    labels.push({ el: tabRow(a, hidden, keep), category: "related", rule: "shape:related:tab-label" });
  }
  return labels.length ? [...hits, ...labels] : hits;
}

/** The panel's words are all the hidden block's: nothing but the list is in it. */
function sameText(panel: Element, el: Element): boolean {
  const text = textUpTo(panel, 20000);
  return text !== null && text === squash(el.textContent ?? "");
}

/** The label, climbed to the row of tabs while each tab in it points at a hidden panel (its <li>, its <ul>). */
function tabRow(a: Element, hidden: (id: string) => boolean, keep: Keep): Element {
  let row = a;
  for (let e = a.parentElement; e && !NEVER.has(e.tagName.toUpperCase()); e = e.parentElement) {
    if (holdsMark(e, keep) || textUpTo(e, MAX_TAB_ROW) === null) break;
    const links = Array.from(e.getElementsByTagName("a"));
    if (!links.every((l) => (l.getAttribute("href") ?? "").startsWith("#") && hidden(l.getAttribute("href")!.slice(1)))) break;
    row = e;
  }
  return row;
}

/** One hit per block: a block found twice counts once, and a block inside another found goes with it. */
function outermostHits(hits: Hit[]): Hit[] {
  const unique = [...new Map(hits.map((h) => [h.el, h])).values()];
  return unique.filter((h) => !unique.some((o) => o !== h && o.el.contains(h.el)));
}

/**
 * While the page loads: the links the parser added since the last call, each counted once, and the
 * blocks they are in judged as if inside the article (its container is not known until the page is
 * parsed), so a plain list of headlines goes before it is painted; teaser grids with blurbs wait for
 * DOMContentLoaded, when shapeHits sees the whole page.
 */
export class LoadingShapes {
  private counts = new Map<Element, Counts>();
  private counted = new WeakSet<Element>();
  private next = 0;
  /** Counts stopped at an <article> that is no card yet (see countLink). */
  private stops = new Map<Element, Stop[]>();

  constructor(private readonly doc: Document, private readonly categories: ReadonlySet<Category>) {}

  /** The blocks of the links added since the last call, judged strictly. */
  more(): Hit[] {
    const touched = this.countNew();
    if (touched.size === 0) return [];
    const keep: Keep = { ...keepMarks(this.doc, null), strict: true, open: this.doc.readyState === "loading" ? lastNode(this.doc) : null };
    return outermostHits(linkHits(touched, this.counts, keep, this.categories));
  }

  /**
   * Once the page is parsed: the whole page judged with the article known, as shapeHits does, on
   * the counts gathered while it loaded (each link is read once, not again at DOMContentLoaded).
   */
  finish(keep: Keep): Hit[] {
    this.countNew();
    const hits = linkHits(this.counts.keys(), this.counts, keep, this.categories);
    if (this.categories.has("promo") || this.categories.has("related")) hits.push(...slotHits(this.doc, keep, this.categories));
    if (this.categories.has("related")) hits.push(...relatedLinkHits(this.doc, keep));
    if (this.categories.has("promo")) hits.push(...ctaBoxHits(this.doc, keep));
    const found = hits.filter((h) => h.el.isConnected);
    return outermostHits(withTabLabels(this.doc, [...found, ...listHeadings(this.doc, found, keep)], keep));
  }

  /** Counts the links not counted yet; returns the blocks whose counts changed. */
  private countNew(): Set<Element> {
    const anchors = this.doc.getElementsByTagName("a");
    const at = pageOf(this.doc);
    const touched = new Set<Element>();
    // While the parser is still at it, the last link may not have all its words yet: it waits.
    const end = this.doc.readyState === "loading" ? anchors.length - 1 : anchors.length;
    for (; this.next < end; this.next++) {
      const a = anchors[this.next]!;
      if (this.counted.has(a)) continue; // a script put links in before it: the index moved back
      this.counted.add(a);
      const first = countLink(a, at, this.counts, this.stops);
      for (let e = first, up = 0; e && up < MAX_DEPTH; up++, e = e.parentElement) touched.add(e);
    }
    this.countCards(touched);
    return touched;
  }

  /**
   * The first card of a list was counted before the parser had added the second beside it, so its
   * links stopped at it: once it is a card, they go on up to the list, as shapeHits would count them.
   */
  private countCards(touched: Set<Element>): void {
    for (const [article, stops] of this.stops) {
      if (!article.isConnected) this.stops.delete(article);
      if (!article.isConnected || !isCard(article)) continue;
      this.stops.delete(article);
      for (const s of stops) {
        addUp(article, s, this.counts);
        for (let e: Element | null = article, up = 0; e && up < MAX_DEPTH; up++, e = e.parentElement) touched.add(e);
      }
    }
  }
}
