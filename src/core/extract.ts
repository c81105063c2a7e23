/**
 * extract(document, url) → Article: Readability on a working copy of the document, then the
 * boilerplate cleaner on the article DOM. The caller's document is never touched, unless the host
 * (./host.ts: the CLI's) gives the document itself as the working copy.
 *
 * Steps (each one measured on the three corpora, see scripts/eval.mjs):
 *  0. in-page parts that the page holds but shows one at a time are revealed and joined (parts.ts),
 *     and a page sent whole in its <noscript> fallback is read from it (noscript-page.ts);
 *  1. a site pack, when the page's host has one (src/core/sitepack.ts);
 *  2. generic clutter containers (src/rules/selectors.json: comment sections, share bars, related
 *     boxes…) are taken out of the copy before Readability, so they cannot win or join the article;
 *  3. Readability picks the article (with its classes kept, for the caption rules); when its pick
 *     leaves out the page's prose centre, which holds far more text, that box is read instead (pick.ts),
 *     and a lead paragraph it left above the story comes back at its top (standfirst.ts);
 *  4. when the page's JSON-LD articleBody is much longer than Readability's pick, it is the article;
 *  5. the cleaner (clean.ts) removes what is left of the clutter, by shape and phrase, once the lines
 *     that say a picture's own words are marked as its captions (alt-captions.ts);
 *  6. the fields: lead image with its caption, language, direction, date, reading time.
 * plainReadability(document, url) is step 3 alone, as Readability ships, with the same fields.
 */
import { Readability } from "@mozilla/readability";
import { CATEGORIES, SELECTOR_RULES, SITE_PACKS, type SitePack } from "../rules/index.ts";
import { clean } from "./clean.ts";
import { freeEmbeds } from "./embeds.ts";
import { ExtractError } from "./errors.ts";
import { writerLine, writerOf } from "./byline.ts";
import { bestDate } from "./dates.ts";
import { closestTag, elementsWhere, firstDescendant } from "./dom.ts";
import { hostOrDefaults, type ExtractHost } from "./host.ts";
import { jsonLdArticle } from "./jsonld.ts";
import { dropMasthead } from "./masthead.ts";
import { joinParts } from "./parts.ts";
import { markBody, missedBody, type MarkedBody } from "./body-mark.ts";
import { missedProse, proseCentre, type ProseCentre } from "./pick.ts";
import { compilePhrases } from "./phrases.ts";
import { unwrapNoscriptPage } from "./noscript-page.ts";
import { dropPrintOnly } from "./print-only.ts";
import { markCaptions } from "./caption-marks.ts";
import { markAltCaptions } from "./alt-captions.ts";
import { addStandfirst, findStandfirsts } from "./standfirst.ts";
import { readingMinutes } from "./reading.ts";
import { applySitePack, findSitePack, packPhrases, packSelectors } from "./sitepack.ts";
import { declaredSiteNames, siteLabels, siteNames, withNames } from "./site-name.ts";
import { surveyPage, type Survey } from "./survey.ts";
import { dateLine, titleHead } from "./title-head.ts";
import { blockText, CAPTION_MARK, countWords, isCaption, snippet, squash } from "./text.ts";
import type { Article, Category, Removal } from "./types.ts";

export interface ExtractOptions {
  /** Categories to clean; default: every category. */
  categories?: readonly Category[];
  /** The site pack to apply; default: the pack of the page's host (src/core/sitepack.ts); null: none. */
  sitePack?: SitePack | null;
  /** Where the extraction runs, when that is not a browser (./host.ts: the CLI's jsdom); default: the browser's way. */
  host?: ExtractHost;
  /**
   * Rules to leave out, by the name a removal reports ("phrase:related:lead", "selector:social:share-bar",
   * "pack:kompas.com", "parts:join"…): asked each time a rule is about to act. Only the rule audit
   * (scripts/audit-rules.mjs) passes it, to count what each rule family changes.
   */
  ruleOff?: (rule: string) => boolean;
}

export { ExtractError, type ExtractHost };

/** The page's <meta>, <link> and <time> elements, in document order: one walk for every field. */
type Tags = Survey["tags"];
const pageTags = (doc: Document): Tags => surveyPage(doc, { selectors: [], prune: false }).tags;

/**
 * The first element of `tag` matching `selector` (a selector of that tag), in document order: what
 * `doc.querySelector(selector)` answers, but the selector engine walked the whole page for every
 * name asked (one per meta name: a quarter of the CLI's time on large pages).
 */
function firstOf(
  doc: Document, tag: string, selector: string, tags: Tags = pageTags(doc), test: (el: Element) => boolean | null = () => null,
): Element | null {
  // `test` answers cheaply when it can (true: matches, false: cannot match); null leaves it to the
  // selector engine (~50 µs a call in jsdom).
  return tags.get(tag)?.find((el) => test(el) ?? el.matches(selector)) ?? null;
}
/** true when the attribute is exactly `value` (the selector surely matches), false when not even without case, else null. */
const attrIs = (el: Element, name: string, value: string): boolean | null => {
  const v = el.getAttribute(name);
  return v === value ? true : v?.toLowerCase() === value ? null : false;
};
/** The attribute's value without case (null when absent), for the cheap pre-tests. */
const lowAttr = (el: Element, name: string) => el.getAttribute(name)?.toLowerCase() ?? null;

const NAMES = ["property", "name", "itemprop"];
/** The page's metas by the name each gives (property, name or itemprop; lower case), in document order. */
const metaIndexes = new WeakMap<Element[], Map<string, Element[]>>();
function metaIndex(metas: Element[]): Map<string, Element[]> {
  let index = metaIndexes.get(metas);
  if (index) return index;
  index = new Map();
  for (const m of metas) {
    for (const a of NAMES) {
      const v = lowAttr(m, a);
      if (v === null) continue;
      const list = index.get(v);
      if (!list) index.set(v, [m]);
      else if (list[list.length - 1] !== m) list.push(m);
    }
  }
  metaIndexes.set(metas, index);
  return index;
}
const metaIn = (doc: Document, tags: Tags, ...names: string[]): string | null => {
  const index = metaIndex(tags.get("meta") ?? []);
  for (const n of names) {
    // Only a meta naming n (in any case) can match; the selector engine has the last word.
    const sel = `meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`;
    // Exactly the name: matched for sure; the same name in another case: the engine decides.
    const el = index.get(n.toLowerCase())?.find((m) => NAMES.some((a) => m.getAttribute(a) === n) || m.matches(sel));
    const v = el?.getAttribute("content")?.trim();
    if (v) return v;
  }
  return null;
};

export function pageUrl(doc: Document, url?: string | null, tags?: Tags): string | null {
  if (url) return url;
  const t = tags ?? pageTags(doc);
  const canonical = firstOf(doc, "link", 'link[rel="canonical"]', t, (l) => attrIs(l, "rel", "canonical"))?.getAttribute("href");
  return canonical || metaIn(doc, t, "og:url") || null;
}

const MARK = "jernih-removed:";
type RuleOff = (rule: string) => boolean;
const NONE_OFF: RuleOff = () => false;

/**
 * The selectors a site pack may ask for: the given pack's, or (the pack is known only once the
 * page's address is read) every pack's. Matched in the same walk as the rules, at no extra cost.
 */
let allPackSelectors: string[] | null = null;
function sitePackSelectors(pack: SitePack | null | undefined): string[] {
  if (pack !== undefined) return pack ? packSelectors(pack) : [];
  return (allPackSelectors ??= [...new Set(SITE_PACKS.flatMap(packSelectors))]);
}

/** The built-in selector rules of the enabled categories. */
const selectorRules = (enabled: ReadonlySet<Category>) => SELECTOR_RULES.filter((r) => enabled.has(r.category));

/**
 * Takes the generic clutter containers out of the clone. Each one leaves a comment marker, so that
 * after Readability the removals that sat inside the article can be reported (and the rest, the
 * page's sidebars, are not: they never reached the reader). `found`: each rule's matches in the
 * body, from the survey (all rules in one walk). An element that has left the document since (a
 * site pack's removal, the pruning, an earlier rule's container) is skipped.
 */
function preClean(doc: Document, rules: ReturnType<typeof selectorRules>, found: Element[][], ruleOff: RuleOff): Removal[] {
  const pending: Removal[] = [];
  rules.forEach((rule, i) => {
    const name = `selector:${rule.category}:${rule.id}`;
    for (const el of found[i]!) {
      if (!el.isConnected || el.localName === "article" || el.getElementsByTagName("article").length > 0 || ruleOff(name)) continue;
      pending.push({ category: rule.category, rule: name, text: snippet(el) });
      el.replaceWith(doc.createComment(`${MARK}${pending.length - 1}`));
    }
  });
  return pending;
}

/** The pre-removals whose marker ended up inside the article; the markers go. */
function reportPreCleaned(root: Element, pending: Removal[]): Removal[] {
  const out: Removal[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 128 /* NodeFilter.SHOW_COMMENT */);
  const markers: Comment[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) markers.push(n as Comment);
  for (const c of markers) {
    if (!c.data.startsWith(MARK)) continue;
    const r = pending[Number(c.data.slice(MARK.length))];
    if (r && r.text) out.push(r);
    c.remove();
  }
  return out;
}

type Parsed = NonNullable<ReturnType<Readability<Element>["parse"]>>;

/** Readability's article, as an element of `doc` (which it changes); `keepClasses` for the cleaner's caption rules. */
function readability(doc: Document, host: Required<ExtractHost>, keepClasses: boolean): Parsed | null {
  return host.prepareReadability(new Readability<Element>(doc, { serializer: (el) => el as Element, keepClasses })).parse();
}

/** Readability keeps classes here only for the cleaner's caption rules; the output carries none. */
function stripClasses(root: Element) {
  for (const el of elementsWhere(root, (e) => e.hasAttribute("class"))) el.removeAttribute("class");
  for (const el of elementsWhere(root, (e) => e.hasAttribute(CAPTION_MARK))) el.removeAttribute(CAPTION_MARK);
  root.removeAttribute("class");
}

/**
 * What the fields need from the page itself, read before Readability runs (it changes the document
 * it works on: the page's own when the host hands it over). Each is what the page says; the
 * article's own values (Readability's, the JSON-LD's) are weighed against them below.
 */
interface PageFacts {
  metaTime: string | null;
  timeEl: string | null;
  langAttr: string | null;
  langMeta: string | null;
  dirAttr: string | null;
  ogImage: string | null;
  /** The page's picture of og:image (alt, caption), for when the article holds none. */
  ogPicture: LeadPicture | null;
  ogImageAlt: string | null;
  ogTitle: string | null;
  /** The name the site gives itself (og:site_name): its plugs may name it so rather than as its host does. */
  siteName: string | null;
  title: string;
  /** The short lines by the title (title-head.ts): where the date and writer stand when no machine reads them. */
  head: string[] | null;
}

function pageFacts(doc: Document, tags: Tags, images: readonly Element[]): PageFacts {
  const html = doc.documentElement;
  const meta = (...names: string[]) => metaIn(doc, tags, ...names);
  const ogImage = meta("og:image", "og:image:url", "twitter:image", "twitter:image:src");
  return {
    metaTime: meta("article:published_time", "datePublished", "og:published_time", "pubdate", "publishdate", "date", "dc.date", "DC.date.issued", "parsely-pub-date"),
    timeEl: firstOf(doc, "time", "time[datetime]", tags, (t) => t.hasAttribute("datetime"))?.getAttribute("datetime")?.trim() || null,
    langAttr: html.getAttribute("lang") || html.getAttribute("xml:lang") || null,
    langMeta: meta("og:locale", "language", "content-language", "dc.language") ||
      firstOf(doc, "meta", 'meta[http-equiv="content-language" i]', tags, (m) => lowAttr(m, "http-equiv") === "content-language")?.getAttribute("content") || null,
    dirAttr: html.getAttribute("dir") || doc.body?.getAttribute("dir") || null,
    ogImage,
    ogPicture: ogImage ? picture(findImage(images, ogImage)) : null,
    ogImageAlt: meta("og:image:alt", "twitter:image:alt"),
    ogTitle: meta("og:title", "twitter:title"),
    siteName: meta("og:site_name"),
    title: doc.title,
    head: titleHead(doc, [doc.title, meta("og:title", "twitter:title")]),
  };
}

/** The page's publication date from its best source that holds one a reader can be shown (dates.ts). */
function publishedTime(page: PageFacts, parsed: Parsed | null, ld: ReturnType<typeof jsonLdArticle>): string | null {
  return bestDate([page.metaTime, ld?.datePublished, parsed?.publishedTime, page.timeEl, dateLine(page.head)]);
}

/**
 * Readability's byline, else the JSON-LD's author, each without the site's name or a date beside it,
 * else the writer a line by the title names (byline.ts). Without the site's names (plainReadability):
 * Readability's byline as it ships.
 */
function byline(page: PageFacts, parsed: Parsed | null, ld: ReturnType<typeof jsonLdArticle>, sites: readonly string[] | null): string | null {
  if (!sites) return parsed?.byline ? squash(parsed.byline) : ld?.author ?? null;
  return writerOf(parsed?.byline, sites) ?? writerOf(ld?.author, sites) ?? writerLine(page.head, sites);
}

function pageLang(page: PageFacts, parsed: Parsed | null): string | null {
  const l = page.langAttr || page.langMeta || parsed?.lang || null;
  return l ? l.trim().replace(/_/g, "-") || null : null;
}

const RTL = /^(ar|he|fa|ur|ps|sd|ug|yi|dv|ku-arab|ckb)(-|$)/i;

function pageDir(page: PageFacts, parsed: Parsed | null, lang: string | null): "ltr" | "rtl" | null {
  const d = (parsed?.dir || page.dirAttr || "").toLowerCase();
  if (d === "rtl" || d === "ltr") return d;
  return lang ? (RTL.test(lang) ? "rtl" : "ltr") : null;
}

function absolute(src: string, base: string | null): string {
  try {
    return new URL(src, base ?? undefined).href;
  } catch {
    return src;
  }
}

const file = (s: string) => s.split(/[?#]/)[0]!.split("/").pop() ?? "";
/** <img> elements with a src under `scope`, in document order. */
const withSrc = (scope: Element) => {
  const out: Element[] = [];
  const walker = scope.ownerDocument.createTreeWalker(scope, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Element).localName === "img" && (n as Element).getAttribute("src")) out.push(n as Element);
  return out;
};
/** The picture of `og` (by file name) among `images`, else (no og) the first one. */
function findImage(images: readonly Element[], og: string | null): Element | undefined {
  if (!og) return images[0];
  const name = file(og);
  return images.find((i) => file(i.getAttribute("src")!) === name);
}

interface LeadPicture {
  src: string | null;
  alt: string | null;
  captionText: string | null;
}

/** A picture's src, alt and caption, from where the page shows it. */
function picture(img: Element | undefined): LeadPicture | null {
  if (!img) return null;
  const figure = closestTag(img, "figure");
  const cap =
    (figure ? firstDescendant(figure, "figcaption") : null) ??
    (img.parentElement ? Array.from(img.parentElement.children).find(isCaption) : undefined) ??
    (img.parentElement?.nextElementSibling && isCaption(img.parentElement.nextElementSibling) ? img.parentElement.nextElementSibling : undefined) ??
    null;
  return { src: img.getAttribute("src"), alt: img.getAttribute("alt")?.trim() || null, captionText: cap ? squash(cap.textContent ?? "") || null : null };
}

/** og:image, else the article's first picture; its alt and caption, from where the page shows it. */
function leadImage(page: PageFacts, root: Element, base: string | null): Article["leadImage"] {
  const og = page.ogImage;
  const pic = picture(findImage(withSrc(root), og)) ?? page.ogPicture;
  const src = og ?? pic?.src;
  if (!src) return null;
  const alt = pic?.alt || page.ogImageAlt;
  return { src: absolute(src, base), alt: alt ? squash(alt) : null, caption: pic?.captionText ?? null };
}

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
/** A heading that is the page's title, give or take the site's name around it. */
function sameTitle(heading: string, title: string): boolean {
  const h = words(heading);
  const t = new Set(words(title));
  if (h.length === 0 || t.size === 0) return false;
  return h.filter((w) => t.has(w)).length / h.length >= 0.8;
}

/**
 * The article's own headline, when Readability left it as the first block and it repeats the page's
 * title: the title is a field of its own (Article.title), so it goes from the body. Returns its text.
 */
function dropHeadline(root: Element, titles: readonly string[], ruleOff: RuleOff): string | null {
  const walker = root.ownerDocument.createTreeWalker(root, 1 /* SHOW_ELEMENT */);
  for (let n = walker.nextNode() as Element | null; n; n = walker.nextNode() as Element | null) {
    const text = squash(n.textContent ?? "");
    if (!text) continue;
    if (/^H[12]$/.test(n.tagName.toUpperCase()) && text.length <= 250) {
      if (!titles.some((t) => sameTitle(text, t)) || ruleOff("shape:title:headline")) return null;
      n.remove();
      return text;
    }
    // The first element with text decides: anything but a headline means there is none to drop.
    if (n.children.length === 0 || /^(P|LI|BLOCKQUOTE|FIGURE|TABLE|PRE)$/.test(n.tagName.toUpperCase())) return null;
  }
  return null;
}

function fromParagraphs(doc: Document, text: string): Element {
  const div = doc.createElement("div");
  for (const para of text.split(/\n\s*\n|\n/)) {
    const t = para.trim();
    if (!t) continue;
    const p = doc.createElement("p");
    p.textContent = t;
    div.append(p);
  }
  return div;
}

/** The page as read before anything changes it: the survey's walk, the address and what the fields need. */
interface PageRead {
  survey: Survey;
  address: string | null;
  page: PageFacts;
  ld: ReturnType<typeof jsonLdArticle>;
}

function readPage(doc: Document, url: string | null | undefined, selectors: readonly string[], prune: boolean): PageRead {
  const survey = surveyPage(doc, { selectors, prune });
  const address = pageUrl(doc, url, survey.tags);
  return { survey, address, page: pageFacts(doc, survey.tags, survey.images), ld: jsonLdArticle(survey.jsonLd) };
}

/** Readability's pick, or the page's JSON-LD articleBody when that is much longer. */
function articleRoot(root: Element | null, ld: PageRead["ld"], doc: Document, ruleOff: RuleOff): Element | null {
  if (!ld?.articleBody) return root;
  // Readability sometimes settles on a fragment (a lead box, one of several body containers):
  // the publisher's own articleBody, when it is much longer, is the better article.
  const ours = root ? squash(root.textContent ?? "").length : 0;
  const theirs = squash(ld.articleBody).length;
  return theirs >= 500 && theirs > 1.6 * ours && !ruleOff("jsonld:body") ? fromParagraphs(doc, ld.articleBody) : root;
}

/**
 * The text of a cleaned article: its prose, for captions stay in the HTML, beside their picture. On
 * a photo page the captions are the story, and the text keeps them. The classes Readability kept for
 * the caption rules go here, once the captions are known.
 */
function articleText(root: Element, ruleOff: RuleOff = NONE_OFF): string {
  const captions = new Set(elementsWhere(root, isCaption));
  if (captions.size > 0 && ruleOff("shape:credits:caption-text")) captions.clear();
  stripClasses(root);
  const full = blockText(root);
  const prose = blockText(root, { skip: (el) => captions.has(el) });
  return prose.length >= 0.5 * full.length ? prose : full;
}

/** The finished article element, and what was found on the way to it. */
interface Finished {
  parsed: Parsed | null;
  root: Element;
  lead: Article["leadImage"];
  /** The headline taken out of the body (dropHeadline), a title of last resort. */
  headline: string | null;
  text: string;
  removed: Removal[];
  /** The site's names (siteLabels), which the byline leaves out; null: Readability's byline as it ships. */
  sites: readonly string[] | null;
}

function toArticle(read: PageRead, f: Finished, host: Required<ExtractHost>): Article {
  if (!f.text) throw new ExtractError("the article is empty after cleaning");
  const { page, ld, address } = read;
  const { parsed } = f;
  const lang = pageLang(page, parsed);
  const words = countWords(f.text);
  return {
    title: squash(parsed?.title ?? "") || squash(ld?.headline ?? "") || f.headline || squash(page.title),
    byline: byline(page, parsed, ld, f.sites),
    siteName: parsed?.siteName ? squash(parsed.siteName) : null,
    publishedTime: publishedTime(page, parsed, ld),
    lang,
    dir: pageDir(page, parsed, lang),
    excerpt: parsed?.excerpt ? squash(parsed.excerpt) : null,
    leadImage: f.lead,
    url: address,
    contentHtml: host.serialize(f.root),
    text: f.text,
    wordCount: words,
    readingMinutes: readingMinutes(words, lang),
    removed: f.removed,
  };
}

/**
 * Readability's pick, before the cleaner: what `finishArticle` turns into the article. Two steps so
 * that the rule audit (scripts/audit-rules.mjs) can finish one pick again with a rule left out.
 */
export interface ArticlePick {
  read: PageRead;
  parsed: Parsed | null;
  /** The working copy Readability read (the JSON-LD body's paragraphs are made in it). */
  copy: Document;
  pack: SitePack | null;
  enabled: ReadonlySet<Category>;
  host: Required<ExtractHost>;
  /** Removals made before Readability (pager, pack), and the pre-cleaning's, reported once inside the article. */
  before: Removal[];
  pending: Removal[];
}

/** The box to read instead of Readability's pick: the page's prose centre (pick.ts), else its marked body (body-mark.ts). */
function boxInstead(copy: Document, content: Element | null, ruleOff: RuleOff, centre: ProseCentre | null, marked: MarkedBody | null): Element | null {
  const prose = missedProse(copy, centre, content);
  const body = missedBody(copy, marked, content);
  if (prose && !ruleOff("pick:prose-centre")) return prose;
  return body && !ruleOff("pick:body-mark") ? body : null;
}

/** Readability's pick, or its reading of a box it left out that is the article (boxInstead). */
function proseInstead(copy: Document, parsed: Parsed | null, host: Required<ExtractHost>, ruleOff: RuleOff, marks: [ProseCentre | null, MarkedBody | null]): Parsed | null {
  const box = boxInstead(copy, parsed?.content ?? null, ruleOff, ...marks);
  if (!box || !copy.body) return parsed;
  copy.body.replaceChildren(box);
  const again = readability(copy, host, true);
  // The page's fields (title, byline) stay the first reading's: only the article's box changes.
  return again?.content && parsed ? { ...parsed, content: again.content, textContent: again.textContent, length: again.length } : (again ?? parsed);
}

export function extract(doc: Document, url?: string | null, opts: ExtractOptions = {}): Article {
  const pick = pickArticle(doc, url, opts);
  return finishArticle(pick, pick.parsed?.content ?? null, opts.ruleOff);
}

/** Steps 0–3: parts, site pack, pruning, pre-cleaning and Readability on a working copy. */
export function pickArticle(doc: Document, url?: string | null, opts: ExtractOptions = {}): ArticlePick {
  const host = hostOrDefaults(opts.host);
  const enabled = new Set(opts.categories ?? CATEGORIES.map((c) => c.id));
  const ruleOff = opts.ruleOff ?? NONE_OFF;
  let copy = host.workingCopy(doc, false);
  // Before anything reads the body: the survey plans to prune what is hidden, and hidden parts are article.
  let parts = joinParts(copy, ruleOff);
  // A page sent whole in its <noscript> fallback (a host that parses it: scripts off), before Readability drops it.
  unwrapNoscriptPage(copy, ruleOff);
  const rules = selectorRules(enabled);
  const packSelectorList = sitePackSelectors(opts.sitePack);
  // The page's facts are read from the copy before anything changes it: the same as the original's.
  const read = readPage(copy, url, [...rules.map((r) => r.selector), ...packSelectorList], true);
  let pack = opts.sitePack !== undefined ? opts.sitePack : findSitePack(read.address);
  if (pack && ruleOff(`pack:${pack.domain}`)) pack = null;
  const { matches } = read.survey;
  const packFound = new Map(packSelectorList.map((sel, i) => [sel, matches[rules.length + i]!]));
  const packRemoved = pack ? applySitePack(copy, pack, enabled, packFound) : [];
  read.survey.prune?.apply(ruleOff);
  dropPrintOnly(copy, ruleOff);
  let pending = preClean(copy, rules, matches, ruleOff);
  freeEmbeds(copy, ruleOff);
  markCaptions(copy, ruleOff);
  const centre = proseCentre(copy);
  const marked = markBody(copy);
  const leads = findStandfirsts(copy);
  let parsed = readability(copy, host, true);
  if (!parsed?.content) {
    // The pre-cleaning can leave too little for Readability on a tiny page: try the page as it is.
    copy = host.workingCopy(doc, true);
    parts = joinParts(copy, ruleOff);
    unwrapNoscriptPage(copy, ruleOff);
    parsed = readability(copy, host, true);
    pending = [];
  }
  parsed = proseInstead(copy, parsed, host, ruleOff, [centre, marked]);
  addStandfirst(parsed?.content ?? null, leads, ruleOff);
  return { read, parsed, copy, pack, enabled, host, before: [...parts.removed, ...packRemoved], pending };
}

/** Steps 4–6 on `content` (Readability's pick, or a copy of it): the JSON-LD body, the cleaner, the fields. */
export function finishArticle(pick: ArticlePick, content: Element | null, ruleOff: RuleOff = NONE_OFF): Article {
  const { read, parsed, enabled, pack } = pick;
  const root = articleRoot(content, read.ld, pick.copy, ruleOff);
  if (!root) throw new ExtractError("no article found on this page");
  markAltCaptions(root, ruleOff);
  const address = read.address ?? "";
  const site = withNames(siteNames(address), declaredSiteNames(address, read.page.siteName));
  const matchers = compilePhrases(enabled, pack ? packPhrases(pack) : [], site);
  const sites = siteLabels(address, read.page.siteName);
  const removed = [...pick.before, ...reportPreCleaned(root, pick.pending), ...clean(root, { matchers, enabled, ruleOff, sites, address })];
  const lead = leadImage(read.page, root, read.address);
  const titles = [parsed?.title, read.ld?.headline, read.page.ogTitle, read.page.title].filter((t): t is string => !!t);
  const headline = dropMasthead(root, titles, ruleOff) ?? dropHeadline(root, titles, ruleOff);
  return toArticle(read, { parsed, root, lead, headline, removed, text: articleText(root, ruleOff), sites }, pick.host);
}

/**
 * Readability alone, as it ships: no parts, site pack, pruning or cleaner, the page's classes left
 * on. The same fields as extract's, for comparison (the CLI's --raw, the benchmark's Readability).
 */
export function plainReadability(doc: Document, url?: string | null, opts: Pick<ExtractOptions, "host"> = {}): Article {
  const host = hostOrDefaults(opts.host);
  const copy = host.workingCopy(doc, false);
  const read = readPage(copy, url, [], false);
  const parsed = readability(copy, host, false);
  const root = parsed?.content;
  if (!root) throw new ExtractError("no article found on this page");
  const lead = leadImage(read.page, root, read.address);
  return toArticle(read, { parsed, root, lead, headline: null, removed: [], text: blockText(root), sites: null }, host);
}
