/**
 * Is this page a news article? The live-page hider works only where the answer is yes (or the site
 * has a site pack), so everywhere else Jernih changes nothing.
 *
 * Cheapest signals first, and each one stops the search:
 *  1. a site pack for the host (decided by the caller, no DOM needed);
 *  2. `<meta property="og:type" content="article">` — one selector query;
 *  3. JSON-LD of type NewsArticle / Article / ReportageNewsArticle / … (also inside @graph arrays)
 *     — only the page's ld+json scripts are parsed;
 *  4. Readability's `isProbablyReaderable` — a single pass over paragraphs, far cheaper than a parse.
 * `earlyArticleSignal` runs 1–3 alone: they live in <head>, so they answer while the body still loads.
 */
// The readerable test alone, not the package's index: that one pulls in all of Readability, which
// the live-page content script (on every page) must not load just to ask this question.
import isProbablyReaderable from "@mozilla/readability/Readability-readerable.js";

export type DetectReason = "site-pack" | "og:type" | "json-ld" | "readerable" | "none";

export interface Detection {
  isArticle: boolean;
  /** The signal that decided it. */
  reason: DetectReason;
}

/** schema.org types that are articles: Article, NewsArticle and its subtypes, blog posts. */
const ARTICLE_TYPES = /^(?:https?:\/\/schema\.org\/)?(?:\w*NewsArticle|Article|BlogPosting|LiveBlogPosting|Report)$/;

/** Larger JSON-LD blobs than this are catalogues, not an article's metadata: skipped unparsed. */
const MAX_JSON_LD = 200_000;

function hasArticleType(node: unknown, depth = 0): boolean {
  if (depth > 6 || node === null || typeof node !== "object") return false;
  if (Array.isArray(node)) return node.some((n) => hasArticleType(n, depth + 1));
  const o = node as Record<string, unknown>;
  const type = o["@type"];
  const types = Array.isArray(type) ? type : [type];
  if (types.some((t) => typeof t === "string" && ARTICLE_TYPES.test(t))) return true;
  return hasArticleType(o["@graph"], depth + 1) || hasArticleType(o.mainEntity, depth + 1);
}

export function hasOgArticle(doc: Document): boolean {
  const og = doc.querySelector('meta[property="og:type"], meta[name="og:type"]');
  return /^article\b/i.test(og?.getAttribute("content")?.trim() ?? "");
}

export function hasJsonLdArticle(doc: Document): boolean {
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const text = s.textContent ?? "";
    if (!text.trim() || text.length > MAX_JSON_LD) continue;
    try {
      if (hasArticleType(JSON.parse(text))) return true;
    } catch {
      // Broken JSON-LD is common on news sites (trailing commas, raw newlines): ignore it.
    }
  }
  return false;
}

/** Signals that can be read before the body is parsed: site pack, og:type, JSON-LD. */
export function earlyArticleSignal(doc: Document, hasSitePack = false): Detection {
  if (hasSitePack) return { isArticle: true, reason: "site-pack" };
  if (hasOgArticle(doc)) return { isArticle: true, reason: "og:type" };
  if (hasJsonLdArticle(doc)) return { isArticle: true, reason: "json-ld" };
  return { isArticle: false, reason: "none" };
}

/** The full decision, once the document is parsed (DOMContentLoaded or later). */
export function detectArticle(doc: Document, hasSitePack = false): Detection {
  const early = earlyArticleSignal(doc, hasSitePack);
  if (early.isArticle) return early;
  // One pass over <p>/<pre>/<article> text lengths; no parse, no clone.
  if (isProbablyReaderable(doc)) return { isArticle: true, reason: "readerable" };
  return { isArticle: false, reason: "none" };
}
