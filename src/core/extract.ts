/**
 * extract(document, url) → Article: Readability on a clone of the document, then the boilerplate
 * cleaner on the article DOM. The caller's document is never touched.
 */
import { Readability } from "@mozilla/readability";
import { CATEGORIES, type SitePack } from "../rules/index.ts";
import { clean } from "./clean.ts";
import { compilePhrases } from "./phrases.ts";
import { readingMinutes } from "./reading.ts";
import { applySitePack, findSitePack, packPhrases } from "./sitepack.ts";
import { blockText, countWords, squash } from "./text.ts";
import type { Article, Category } from "./types.ts";

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

export function extract(doc: Document, url?: string | null, opts: ExtractOptions = {}): Article {
  const clone = doc.cloneNode(true) as Document;
  const enabled = new Set(opts.categories ?? CATEGORIES.map((c) => c.id));
  const pack = opts.raw ? null : opts.sitePack !== undefined ? opts.sitePack : findSitePack(pageUrl(doc, url));
  const packRemoved = pack ? applySitePack(clone, pack, enabled) : [];
  const parsed = new Readability<Element>(clone, { serializer: (el) => el as Element }).parse();
  const root = parsed?.content;
  if (!parsed || !root) throw new ExtractError("no article found on this page");

  const matchers = compilePhrases(enabled, pack ? packPhrases(pack) : []);
  const removed = opts.raw ? [] : [...packRemoved, ...clean(root, { matchers })];

  const text = blockText(root);
  if (!text) throw new ExtractError("the article is empty after cleaning");
  const lang = parsed.lang || doc.documentElement.getAttribute("lang") || null;
  const words = countWords(text);
  const image = meta(doc, "og:image", "twitter:image");
  const dir = parsed.dir === "rtl" || parsed.dir === "ltr" ? parsed.dir : null;
  return {
    title: squash(parsed.title ?? "") || squash(doc.title),
    byline: parsed.byline ? squash(parsed.byline) : null,
    siteName: parsed.siteName ? squash(parsed.siteName) : null,
    publishedTime: parsed.publishedTime || meta(doc, "article:published_time", "datePublished") || null,
    lang,
    dir,
    excerpt: parsed.excerpt ? squash(parsed.excerpt) : null,
    leadImage: image ? { src: image, alt: null, caption: null } : null,
    url: pageUrl(doc, url),
    contentHtml: root.innerHTML,
    text,
    wordCount: words,
    readingMinutes: readingMinutes(words, lang),
    removed,
  };
}
