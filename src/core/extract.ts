/**
 * extract(document, url) → Article: Readability on a clone of the document, then the boilerplate
 * cleaner on the article DOM. The caller's document is never touched.
 *
 * Steps (each one measured on the three corpora, see scripts/eval.mjs):
 *  1. a site pack, when the page's host has one (src/core/sitepack.ts);
 *  2. generic clutter containers (src/rules/selectors.json: comment sections, share bars, related
 *     boxes…) are taken out of the clone before Readability, so they cannot win or join the article;
 *  3. Readability picks the article (with its classes kept, for the caption rules);
 *  4. when the page's JSON-LD articleBody is much longer than Readability's pick, it is the article;
 *  5. the cleaner (clean.ts) removes what is left of the clutter, by shape and phrase;
 *  6. the fields: lead image with its caption, language, direction, date, reading time.
 */
import { Readability } from "@mozilla/readability";
import { CATEGORIES, SELECTOR_RULES, type SitePack } from "../rules/index.ts";
import { clean } from "./clean.ts";
import { jsonLdArticle } from "./jsonld.ts";
import { compilePhrases } from "./phrases.ts";
import { readingMinutes } from "./reading.ts";
import { applySitePack, findSitePack, packPhrases } from "./sitepack.ts";
import { blockText, countWords, isCaption, snippet, squash } from "./text.ts";
import type { Article, Category, Removal } from "./types.ts";

export interface ExtractOptions {
  /** Categories to clean; default: every category. */
  categories?: readonly Category[];
  /** Skip the cleaner: plain Readability output (for comparison). */
  raw?: boolean;
  /** The site pack to apply; default: the pack of the page's host (src/core/sitepack.ts); null: none. */
  sitePack?: SitePack | null;
}

export class ExtractError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ExtractError";
  }
}

const meta = (doc: Document, ...names: string[]): string | null => {
  for (const n of names) {
    const el = doc.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
    const v = el?.getAttribute("content")?.trim();
    if (v) return v;
  }
  return null;
};

export function pageUrl(doc: Document, url?: string | null): string | null {
  if (url) return url;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute("href");
  return canonical || meta(doc, "og:url") || null;
}

const MARK = "jernih-removed:";

/**
 * Takes the generic clutter containers out of the clone. Each one leaves a comment marker, so that
 * after Readability the removals that sat inside the article can be reported (and the rest, the
 * page's sidebars, are not: they never reached the reader).
 */
function preClean(doc: Document, enabled: ReadonlySet<Category>): Removal[] {
  const pending: Removal[] = [];
  const body = doc.body;
  if (!body) return pending;
  for (const rule of SELECTOR_RULES) {
    if (!enabled.has(rule.category)) continue;
    let found: Element[];
    try {
      found = Array.from(body.querySelectorAll(rule.selector));
    } catch {
      continue;
    }
    for (const el of found) {
      if (!el.isConnected || el.querySelector("article") || el.closest("article") === el) continue;
      pending.push({ category: rule.category, rule: `selector:${rule.category}:${rule.id}`, text: snippet(el) });
      el.replaceWith(doc.createComment(`${MARK}${pending.length - 1}`));
    }
  }
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

function readability(doc: Document): Parsed | null {
  return new Readability<Element>(doc, { serializer: (el) => el as Element, keepClasses: true }).parse();
}

/** Readability keeps classes here only for the cleaner's caption rules; the output carries none. */
function stripClasses(root: Element) {
  for (const el of Array.from(root.querySelectorAll("[class]"))) el.removeAttribute("class");
  root.removeAttribute("class");
}

function publishedTime(doc: Document, parsed: Parsed | null, ld: ReturnType<typeof jsonLdArticle>): string | null {
  return (
    meta(doc, "article:published_time", "datePublished", "og:published_time", "pubdate", "publishdate", "date", "dc.date", "DC.date.issued", "parsely-pub-date") ||
    ld?.datePublished ||
    parsed?.publishedTime ||
    doc.querySelector("time[datetime]")?.getAttribute("datetime")?.trim() ||
    null
  );
}

function pageLang(doc: Document, parsed: Parsed | null): string | null {
  const html = doc.documentElement.getAttribute("lang") || doc.documentElement.getAttribute("xml:lang");
  const l = html || meta(doc, "og:locale", "language", "content-language", "dc.language") ||
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute("content") || parsed?.lang || null;
  return l ? l.trim().replace(/_/g, "-") || null : null;
}

const RTL = /^(ar|he|fa|ur|ps|sd|ug|yi|dv|ku-arab|ckb)(-|$)/i;

function pageDir(doc: Document, parsed: Parsed | null, lang: string | null): "ltr" | "rtl" | null {
  const d = (parsed?.dir || doc.documentElement.getAttribute("dir") || doc.body?.getAttribute("dir") || "").toLowerCase();
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

/** og:image, else the article's first picture; its alt and caption, from where the page shows it. */
function leadImage(doc: Document, root: Element, base: string | null): Article["leadImage"] {
  const og = meta(doc, "og:image", "og:image:url", "twitter:image", "twitter:image:src");
  const file = (s: string) => s.split(/[?#]/)[0]!.split("/").pop() ?? "";
  const withSrc = (scope: ParentNode) => Array.from(scope.querySelectorAll("img")).filter((i) => i.getAttribute("src"));
  const find = (scope: ParentNode) => (og ? withSrc(scope).find((i) => file(i.getAttribute("src")!) === file(og)) : withSrc(scope)[0]);
  const img = find(root) ?? (og ? find(doc) : undefined);
  const src = og ?? img?.getAttribute("src");
  if (!src) return null;
  const figure = img?.closest("figure");
  const cap =
    figure?.querySelector("figcaption") ??
    (img?.parentElement ? Array.from(img.parentElement.children).find(isCaption) : undefined) ??
    (img?.parentElement?.nextElementSibling && isCaption(img.parentElement.nextElementSibling) ? img.parentElement.nextElementSibling : undefined);
  const alt = img?.getAttribute("alt")?.trim() || meta(doc, "og:image:alt", "twitter:image:alt");
  return { src: absolute(src, base), alt: alt ? squash(alt) : null, caption: cap ? squash(cap.textContent ?? "") || null : null };
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
  const address = pageUrl(doc, url);
  const pack = opts.raw ? null : opts.sitePack !== undefined ? opts.sitePack : findSitePack(address);

  let clone = doc.cloneNode(true) as Document;
  const packRemoved = pack ? applySitePack(clone, pack, enabled) : [];
  const pending = opts.raw ? [] : preClean(clone, enabled);
  let parsed = opts.raw ? new Readability<Element>(clone, { serializer: (el) => el as Element }).parse() : readability(clone);
  if (!parsed?.content && !opts.raw) {
    // The pre-cleaning can leave too little for Readability on a tiny page: try the page as it is.
    clone = doc.cloneNode(true) as Document;
    parsed = readability(clone);
    pending.length = 0;
  }
  let root = parsed?.content ?? null;
  const ld = jsonLdArticle(doc);
  if (!opts.raw && ld?.articleBody) {
    // Readability sometimes settles on a fragment (a lead box, one of several body containers):
    // the publisher's own articleBody, when it is much longer, is the better article.
    const ours = root ? squash(root.textContent ?? "").length : 0;
    const theirs = squash(ld.articleBody).length;
    if (theirs >= 500 && theirs > 1.6 * ours) root = fromParagraphs(clone, ld.articleBody);
  }
  if (!root) throw new ExtractError("no article found on this page");

  const matchers = compilePhrases(enabled, pack ? packPhrases(pack) : []);
  const removed = opts.raw ? [] : [...packRemoved, ...reportPreCleaned(root, pending), ...clean(root, { matchers, enabled })];
  const lead = leadImage(doc, root, address);
  const titles = [parsed?.title, ld?.headline, meta(doc, "og:title", "twitter:title"), doc.title].filter((t): t is string => !!t);
  const headline = opts.raw ? null : dropHeadline(root, titles);
  const captions = new Set(opts.raw ? [] : Array.from(root.querySelectorAll("*")).filter(isCaption));
  if (!opts.raw) stripClasses(root);

  // The text is the article's prose: captions stay in the HTML, beside their picture. On a photo
  // page the captions are the story, and the text keeps them.
  const full = blockText(root);
  const prose = opts.raw ? full : blockText(root, { skip: (el) => captions.has(el) });
  const text = prose.length >= 0.5 * full.length ? prose : full;
  if (!text) throw new ExtractError("the article is empty after cleaning");
  const lang = pageLang(doc, parsed);
  const words = countWords(text);
  return {
    title: squash(parsed?.title ?? "") || squash(ld?.headline ?? "") || headline || squash(doc.title),
    byline: parsed?.byline ? squash(parsed.byline) : ld?.author ?? null,
    siteName: parsed?.siteName ? squash(parsed.siteName) : null,
    publishedTime: publishedTime(doc, parsed, ld),
    lang,
    dir: pageDir(doc, parsed, lang),
    excerpt: parsed?.excerpt ? squash(parsed.excerpt) : null,
    leadImage: lead,
    url: address,
    contentHtml: root.innerHTML,
    text,
    wordCount: words,
    readingMinutes: readingMinutes(words, lang),
    removed,
  };
}
