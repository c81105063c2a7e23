/**
 * extract(document, url) → Article: Readability on a clone of the document, then the boilerplate
 * cleaner on the article DOM. The caller's document is never touched, unless the caller hands it
 * over (`handOver`, the CLI): then no clone is made, and the document is left changed.
 *
 * Steps (each one measured on the three corpora, see scripts/eval.mjs):
 *  0. in-page parts that the page holds but shows one at a time are revealed and joined (parts.ts);
 *  1. a site pack, when the page's host has one (src/core/sitepack.ts);
 *  2. generic clutter containers (src/rules/selectors.json: comment sections, share bars, related
 *     boxes…) are taken out of the clone before Readability, so they cannot win or join the article;
 *  3. Readability picks the article (with its classes kept, for the caption rules);
 *  4. when the page's JSON-LD articleBody is much longer than Readability's pick, it is the article;
 *  5. the cleaner (clean.ts) removes what is left of the clutter, by shape and phrase;
 *  6. the fields: lead image with its caption, language, direction, date, reading time.
 */
import { Readability } from "@mozilla/readability";
import { CATEGORIES, SELECTOR_RULES, SITE_PACKS, type SitePack } from "../rules/index.ts";
import { clean } from "./clean.ts";
import { ExtractError } from "./errors.ts";
import { bestDate } from "./dates.ts";
import { closestTag, elementsWhere, firstDescendant } from "./dom.ts";
import { jsonLdArticle } from "./jsonld.ts";
import { joinParts } from "./parts.ts";
import { compilePhrases } from "./phrases.ts";
import { readingMinutes } from "./reading.ts";
import { applySitePack, findSitePack, packPhrases, packSelectors } from "./sitepack.ts";
import { surveyPage, type Survey } from "./survey.ts";
import { walkTagQueries } from "./tag-query.ts";
import { blockText, countWords, isCaption, snippet, squash } from "./text.ts";
import type { Article, Category, Removal } from "./types.ts";

export interface ExtractOptions {
  /** Categories to clean; default: every category. */
  categories?: readonly Category[];
  /** Skip the cleaner: plain Readability output (for comparison). */
  raw?: boolean;
  /** The site pack to apply; default: the pack of the page's host (src/core/sitepack.ts); null: none. */
  sitePack?: SitePack | null;
  /**
   * The caller hands the document over (the CLI parsed it for this one call): Readability works on
   * it directly instead of on a copy, and the document is left changed. The function makes a fresh
   * document of the same page, for the rare retry that needs the page as it was.
   */
  handOver?: () => Document;
  /** The DOM is jsdom, whose selector engine is slow for one tag: Readability finds elements by tag from its index (tag-query.ts). */
  slowSelectors?: boolean;
  /** Makes contentHtml from the finished article element (the CLI sanitises it in place); default: its inner HTML. */
  serialize?: (root: Element) => string;
}

export { ExtractError };

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
function preClean(doc: Document, rules: ReturnType<typeof selectorRules>, found: Element[][]): Removal[] {
  const pending: Removal[] = [];
  rules.forEach((rule, i) => {
    for (const el of found[i]!) {
      if (!el.isConnected || el.localName === "article" || el.getElementsByTagName("article").length > 0) continue;
      pending.push({ category: rule.category, rule: `selector:${rule.category}:${rule.id}`, text: snippet(el) });
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

function readability(doc: Document, slowSelectors = false): Parsed | null {
  const reader = new Readability<Element>(doc, { serializer: (el) => el as Element, keepClasses: true });
  return (slowSelectors ? walkTagQueries(reader) : reader).parse();
}

/** Readability keeps classes here only for the cleaner's caption rules; the output carries none. */
function stripClasses(root: Element) {
  for (const el of elementsWhere(root, (e) => e.hasAttribute("class"))) el.removeAttribute("class");
  root.removeAttribute("class");
}

/**
 * What the fields need from the page itself, read before Readability runs (it changes the document
 * it works on: the page's own when the caller handed it over). Each is what the page says; the
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
  title: string;
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
    title: doc.title,
  };
}

/** The page's publication date from its best source that holds one a reader can be shown (dates.ts). */
function publishedTime(page: PageFacts, parsed: Parsed | null, ld: ReturnType<typeof jsonLdArticle>): string | null {
  return bestDate([page.metaTime, ld?.datePublished, parsed?.publishedTime, page.timeEl]);
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
function dropHeadline(root: Element, titles: readonly string[]): string | null {
  const walker = root.ownerDocument.createTreeWalker(root, 1 /* SHOW_ELEMENT */);
  for (let n = walker.nextNode() as Element | null; n; n = walker.nextNode() as Element | null) {
    const text = squash(n.textContent ?? "");
    if (!text) continue;
    if (/^H[12]$/.test(n.tagName.toUpperCase()) && text.length <= 250) {
      if (!titles.some((t) => sameTitle(text, t))) return null;
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

export function extract(doc: Document, url?: string | null, opts: ExtractOptions = {}): Article {
  const enabled = new Set(opts.categories ?? CATEGORIES.map((c) => c.id));
  const fresh = () => (opts.handOver ? opts.handOver() : (doc.cloneNode(true) as Document));
  // The page's facts are read from the copy before anything changes it: the same as the original's.
  let clone = opts.handOver ? doc : fresh();
  // Before anything reads the body: the survey plans to prune what is hidden, and hidden parts are article.
  let parts = opts.raw ? null : joinParts(clone);
  const rules = opts.raw ? [] : selectorRules(enabled);
  const packSelectorList = opts.raw ? [] : sitePackSelectors(opts.sitePack);
  const survey = surveyPage(clone, { selectors: [...rules.map((r) => r.selector), ...packSelectorList], prune: !opts.raw });
  const address = pageUrl(clone, url, survey.tags);
  const pack = opts.raw ? null : opts.sitePack !== undefined ? opts.sitePack : findSitePack(address);

  const page = pageFacts(clone, survey.tags, survey.images);
  const ld = jsonLdArticle(survey.jsonLd);
  const packFound = new Map(packSelectorList.map((sel, i) => [sel, survey.matches[rules.length + i]!]));
  const packRemoved = pack ? applySitePack(clone, pack, enabled, packFound) : [];
  survey.prune?.apply();
  const pending = opts.raw ? [] : preClean(clone, rules, survey.matches);
  let parsed = opts.raw ? new Readability<Element>(clone, { serializer: (el) => el as Element }).parse() : readability(clone, opts.slowSelectors);
  if (!parsed?.content && !opts.raw) {
    // The pre-cleaning can leave too little for Readability on a tiny page: try the page as it is.
    clone = fresh();
    parts = joinParts(clone);
    parsed = readability(clone, opts.slowSelectors);
    pending.length = 0;
  }
  let root = parsed?.content ?? null;
  if (!opts.raw && ld?.articleBody) {
    // Readability sometimes settles on a fragment (a lead box, one of several body containers):
    // the publisher's own articleBody, when it is much longer, is the better article.
    const ours = root ? squash(root.textContent ?? "").length : 0;
    const theirs = squash(ld.articleBody).length;
    if (theirs >= 500 && theirs > 1.6 * ours) root = fromParagraphs(clone, ld.articleBody);
  }
  if (!root) throw new ExtractError("no article found on this page");

  const matchers = compilePhrases(enabled, pack ? packPhrases(pack) : []);
  const removed = opts.raw ? [] : [...(parts?.removed ?? []), ...packRemoved, ...reportPreCleaned(root, pending), ...clean(root, { matchers, enabled })];
  const lead = leadImage(page, root, address);
  const titles = [parsed?.title, ld?.headline, page.ogTitle, page.title].filter((t): t is string => !!t);
  const headline = opts.raw ? null : dropHeadline(root, titles);
  const captions = new Set(opts.raw ? [] : elementsWhere(root, isCaption));
  if (!opts.raw) stripClasses(root);

  // The text is the article's prose: captions stay in the HTML, beside their picture. On a photo
  // page the captions are the story, and the text keeps them.
  const full = blockText(root);
  const prose = opts.raw ? full : blockText(root, { skip: (el) => captions.has(el) });
  const text = prose.length >= 0.5 * full.length ? prose : full;
  if (!text) throw new ExtractError("the article is empty after cleaning");
  const lang = pageLang(page, parsed);
  const words = countWords(text);
  return {
    title: squash(parsed?.title ?? "") || squash(ld?.headline ?? "") || headline || squash(page.title),
    byline: parsed?.byline ? squash(parsed.byline) : ld?.author ?? null,
    siteName: parsed?.siteName ? squash(parsed.siteName) : null,
    publishedTime: publishedTime(page, parsed, ld),
    lang,
    dir: pageDir(page, parsed, lang),
    excerpt: parsed?.excerpt ? squash(parsed.excerpt) : null,
    leadImage: lead,
    url: address,
    contentHtml: opts.serialize ? opts.serialize(root) : root.innerHTML,
    text,
    wordCount: words,
    readingMinutes: readingMinutes(words, lang),
    removed,
  };
}
