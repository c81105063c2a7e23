/**
 * Multi-page articles. Many Indonesian sites split one article over pages (`?page=2`, `/2`,
 * "Halaman 2", "Selanjutnya"); some offer the whole article on one page (kompas `?page=all`,
 * detik `?single=1`). `followPages` reads the first page, and when it is split, either loads the
 * all-on-one-page address or walks the next-page links — same origin only, at most 20 pages,
 * stopping at the first address or body it has seen before — and joins the cleaned bodies.
 *
 * Pure: the caller passes `fetchDoc` (fetch + DOMParser in the browser, sibling files in the CLI).
 */
import type { SitePack } from "../rules/index.ts";
import { extract } from "./extract.ts";
import { readingMinutes } from "./reading.ts";
import { findSitePack } from "./sitepack.ts";
import { squash } from "./text.ts";
import type { Article } from "./types.ts";

export const MAX_PAGES = 20;

/** Loads the document at an address; null (or a throw) when it cannot. */
export type FetchDoc = (url: string) => Promise<Document | null>;

export interface JoinedArticle {
  /** The whole article: the pages' cleaned bodies one after the other. */
  article: Article;
  /** How many pages the article was split over and now reads as one (1: not split). */
  pages: number;
  /** Each page's body HTML, first page first (for a reader that sets pages apart). */
  pageHtml: string[];
  /** The addresses read, in order. */
  urls: string[];
  via: "single" | "all-on-one-page" | "next-links";
  /** Why the walk ended early, when it did. */
  stopped: null | "repeat" | "limit" | "fetch-failed" | "no-article";
}

/**
 * Reads one page's article from `doc`, a copy of the page without its pager links (the reader's to
 * change), at `url`; throws when there is none (an ExtractError). Default: extract(doc, url).
 */
export type ReadPage = (doc: Document, url: string) => Article;

export interface FollowOptions {
  maxPages?: number;
  /** How each page is read (the CLI reads each the way it reads a single page); default: extract. */
  read?: ReadPage;
  /** The site pack; default: the pack of the article's host. */
  pack?: SitePack | null;
}

/** Anchor texts that lead to the next page of the same article (lower case, arrows stripped). */
const NEXT_WORDS = new Set([
  "selanjutnya", "berikutnya", "halaman selanjutnya", "halaman berikutnya", "lanjut", "lanjutkan",
  "lanjut ke halaman berikutnya", "next", "next page", "seterusnya", "halaman seterusnya",
  "suivant", "page suivante", "weiter", "nächste seite", "siguiente", "próxima", "›", "»", ">", "→",
]);
const ALL_WORDS = /^(tampilkan|lihat|baca) semua( halaman)?$|^(show|view) (all|as single page|all pages)$|^single page$|^satu halaman$/;
/** Query parameters that number a page (or ask for all of them) rather than name an article. */
// Not "p" or "start": WordPress's `?p=123` names a post, and `start` often pages a list of comments.
const PAGE_PARAMS = /^(page|pg|paged|halaman|hal|showpage|single|all|pagina|seite)$/i;
/** A bare page number ending the path counts only after a slug (`/judul-artikel/2`), never after `/berita/12`. */
const SLUG_THEN_NUMBER = /(\/[^/]*-[^/]*)\/(\d{1,2}|all)$/i;

const linkText = (s: string | null | undefined) => squash(s ?? "").toLowerCase();
/** "Selanjutnya »", "Next ›", a bare "»": the words without their arrows, or the arrow alone. */
const saysNext = (text: string) => NEXT_WORDS.has(text.replace(/[«‹<←»›>→]+/g, " ").replace(/\s+/g, " ").trim() || text);

function parse(href: string | null | undefined, base: string): URL | null {
  if (!href || /^\s*(javascript|mailto|tel):/i.test(href)) return null;
  try {
    const u = new URL(href, base);
    return u.protocol === "http:" || u.protocol === "https:" ? u : null;
  } catch {
    return null;
  }
}

/**
 * The query's name=value pairs, parsed by hand: in Firefox content scripts, iterating a URL's
 * searchParams (an Xray-wrapped iterator) yields nothing.
 */
function queryPairs(u: URL): { name: string; value: string; raw: string }[] {
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s.replace(/\+/g, " "));
    } catch {
      return s;
    }
  };
  return u.search.replace(/^\?/, "").split("&").filter(Boolean).map((raw) => {
    const [name = "", value = ""] = raw.split("=", 2);
    return { name: decode(name), value: decode(value), raw };
  });
}

/** Removes the page-numbering parameters (`page`, `halaman`, `single`…) from an address. */
function dropPageParams(u: URL): void {
  const kept = queryPairs(u).filter((p) => !PAGE_PARAMS.test(p.name)).map((p) => p.raw);
  u.search = kept.length ? `?${kept.join("&")}` : "";
}

/** An address without its fragment: what "seen before" compares. */
export function pageKey(url: string): string {
  try {
    const u = new URL(url);
    u.hash = "";
    return u.href;
  } catch {
    return url;
  }
}

/**
 * The article an address belongs to, page numbers removed: `?page=2`, `/2`, `/page/2`,
 * `/halaman-2`, `/all` all reduce to the same key as page one.
 */
export function articleKey(url: string | URL): string {
  const u = new URL(String(url));
  u.hash = "";
  dropPageParams(u);
  u.pathname = u.pathname
    .replace(/\/+$/, "")
    .replace(/\/(page|halaman|hal)[-/]?\d{1,2}$/i, "")
    .replace(SLUG_THEN_NUMBER, "$1")
    .replace(/[-_](page|halaman|hal)[-_]?\d{1,2}(?=\.html?$|$)/i, "");
  return `${u.origin}${u.pathname.toLowerCase()}${u.search}`;
}

/** The page number an address shows: `?page=3`, `/3`, `/halaman-3`; 1 when none. */
export function pageNumber(url: string | URL): number {
  const u = new URL(String(url));
  for (const { name, value } of queryPairs(u)) if (PAGE_PARAMS.test(name) && /^\d{1,2}$/.test(value)) return Number(value);
  const path = u.pathname.replace(/\/+$/, "");
  const m = /[-_/](?:page|halaman|hal)[-_/]?(\d{1,2})(?:\.html?)?$/i.exec(path) ?? SLUG_THEN_NUMBER.exec(path);
  const n = m ? Number(m[m.length - 1]) : NaN;
  return Number.isFinite(n) ? n : 1;
}

function samePageOfArticle(candidate: URL, current: string): boolean {
  const cur = new URL(current);
  return candidate.origin === cur.origin && pageKey(candidate.href) !== pageKey(current) && articleKey(candidate) === articleKey(cur);
}

/** Links of the document that go to another page of the same article, with their text. */
function pageLinks(doc: Document, url: string): { a: Element; url: URL; text: string }[] {
  const out: { a: Element; url: URL; text: string }[] = [];
  for (const a of Array.from(doc.querySelectorAll("a[href]"))) {
    const u = parse(a.getAttribute("href"), url);
    if (u && samePageOfArticle(u, url)) out.push({ a, url: u, text: linkText(a.textContent || a.getAttribute("aria-label") || a.getAttribute("title")) });
  }
  return out;
}

/**
 * The next page's address, or null: the pack's own selectors, then rel=next, then a link whose text
 * says "next" ("Selanjutnya", "Berikutnya", "Next", "»"), then the numbered link N+1. Only links to
 * another page of the same article on the same origin count ("Berita selanjutnya" leads elsewhere).
 */
export function findNextPage(doc: Document, url: string, pack: SitePack | null = findSitePack(url)): string | null {
  const ok = (href: string | null | undefined) => {
    const u = parse(href, url);
    return u && samePageOfArticle(u, url) ? u.href : null;
  };
  for (const sel of pack?.nextPage ?? []) {
    let els: Element[] = [];
    try {
      els = Array.from(doc.querySelectorAll(sel));
    } catch {
      /* a bad selector in a pack is the pack's bug, not the reader's */
    }
    for (const el of els) {
      const href = ok(el.getAttribute("href") ?? el.querySelector("a[href]")?.getAttribute("href"));
      if (href) return href;
    }
  }
  for (const el of Array.from(doc.querySelectorAll('link[rel~="next" i][href], a[rel~="next" i][href]'))) {
    const href = ok(el.getAttribute("href"));
    if (href) return href;
  }
  const links = pageLinks(doc, url);
  const byWord = links.find((l) => saysNext(l.text));
  if (byWord) return byWord.url.href;
  const n = pageNumber(url) + 1;
  const numbered = links.find((l) => l.text === String(n) || l.text === `halaman ${n}` || l.text === `page ${n}`) ??
    links.find((l) => /^\d{1,2}$/.test(l.text) && pageNumber(l.url) === n);
  return numbered ? numbered.url.href : null;
}

/** How many pages the pagination of this page announces (its highest page number), or null. */
export function announcedPages(doc: Document, url: string): number | null {
  let max = 0;
  for (const l of pageLinks(doc, url)) {
    const m = /^(?:halaman |page )?(\d{1,2})$/.exec(l.text);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return max >= 2 ? Math.min(max, MAX_PAGES) : null;
}

/**
 * The whole article on one page, when the site offers it: the page's own "Tampilkan semua" /
 * "Show all" link, else the pack's `allOnOnePage` parameter set on the article's address.
 */
export function allOnOnePageUrl(doc: Document, url: string, pack: SitePack | null = findSitePack(url)): string | null {
  const link = pageLinks(doc, url).find((l) => ALL_WORDS.test(l.text));
  if (link) return pageKey(link.url.href);
  if (!pack?.allOnOnePage) return null;
  const u = new URL(url);
  u.hash = "";
  dropPageParams(u);
  u.pathname = u.pathname.replace(/\/+$/, "").replace(SLUG_THEN_NUMBER, "$1");
  const { param, value } = pack.allOnOnePage;
  u.search = `${u.search ? `${u.search}&` : "?"}${encodeURIComponent(param)}=${encodeURIComponent(value)}`;
  return u.href;
}

/**
 * A copy of the document without its pagination blocks (the next/numbered links and the small,
 * link-only box around them), so "1 2 3 Selanjutnya" does not end up between joined pages.
 */
export function withoutPager(doc: Document, url: string): Document {
  const copy = doc.cloneNode(true) as Document;
  for (const { a } of pageLinks(copy, url)) {
    if (!a.isConnected) continue;
    let box: Element = a;
    for (let up = a.parentElement; up && up !== copy.body && up.tagName !== "ARTICLE"; up = up.parentElement) {
      const text = squash(up.textContent ?? "");
      const linkText = Array.from(up.querySelectorAll("a")).reduce((n, x) => n + squash(x.textContent ?? "").length, 0);
      if (text.length > 200 || linkText < 0.6 * text.length || up.querySelector("p, h1, h2, img")) break;
      box = up;
    }
    box.remove();
  }
  return copy;
}

function join(first: Article, more: Article[]): Article {
  const all = [first, ...more];
  const text = all.map((a) => a.text).join("\n\n");
  const wordCount = all.reduce((n, a) => n + a.wordCount, 0);
  return {
    ...first,
    contentHtml: all.map((a) => a.contentHtml).join("\n"),
    text,
    wordCount,
    readingMinutes: readingMinutes(wordCount, first.lang),
    removed: all.flatMap((a) => a.removed),
  };
}

const bodyKey = (a: Article) => squash(a.text).slice(0, 2000);

/**
 * The site's own whole-article address, read: one request instead of many, when it really is longer
 * than page one. null: no such address, or nothing better there (then the pages are walked).
 */
async function allOnOnePage(
  firstDoc: Document, url: string, first: Article, pack: SitePack | null, load: FetchDoc, read: ReadPage,
): Promise<JoinedArticle | null> {
  const allUrl = allOnOnePageUrl(firstDoc, url, pack);
  if (!allUrl || pageKey(allUrl) === pageKey(url)) return null;
  const doc = await load(allUrl);
  if (!doc) return null;
  let whole: Article;
  try {
    whole = read(withoutPager(doc, allUrl), allUrl);
  } catch {
    return null; // no article there
  }
  if (whole.wordCount <= first.wordCount * 1.1) return null;
  const pages = announcedPages(firstDoc, url) ?? 2;
  return { article: { ...whole, url: first.url ?? url }, pages, pageHtml: [whole.contentHtml], urls: [allUrl], via: "all-on-one-page", stopped: null };
}

/** Reads the article starting at `firstDoc`, joined with its other pages when it is split. */
export async function followPages(firstDoc: Document, url: string, fetchDoc: FetchDoc, opts: FollowOptions = {}): Promise<JoinedArticle> {
  const max = Math.max(1, Math.min(opts.maxPages ?? MAX_PAGES, MAX_PAGES));
  const pack = opts.pack !== undefined ? opts.pack : findSitePack(url);
  const read: ReadPage = opts.read ?? ((doc, u) => extract(doc, u));
  const first = read(withoutPager(firstDoc, url), url);
  let next = findNextPage(firstDoc, url, pack);
  const single: JoinedArticle = { article: first, pages: 1, pageHtml: [first.contentHtml], urls: [url], via: "single", stopped: null };
  if (!next || max === 1) return single;

  const load = async (u: string) => {
    try {
      return await fetchDoc(u);
    } catch {
      return null;
    }
  };
  const whole = await allOnOnePage(firstDoc, url, first, pack, load, read);
  if (whole) return whole;

  const seen = new Set([pageKey(url)]);
  const bodies = new Set([bodyKey(first)]);
  const more: Article[] = [];
  const urls = [url];
  let stopped: JoinedArticle["stopped"] = null;
  let current = url;
  while (next) {
    if (seen.has(pageKey(next))) {
      stopped = "repeat";
      break;
    }
    if (urls.length >= max) {
      stopped = "limit";
      break;
    }
    // Same origin as the article, never elsewhere (findNextPage already insists; this is the guard).
    if (new URL(next).origin !== new URL(url).origin) break;
    seen.add(pageKey(next));
    const doc = await load(next);
    if (!doc) {
      stopped = "fetch-failed";
      break;
    }
    let page: Article;
    try {
      page = read(withoutPager(doc, next), next);
    } catch {
      stopped = "no-article";
      break;
    }
    // A site that answers every page number with page one: the same body again ends the walk.
    if (bodies.has(bodyKey(page))) {
      stopped = "repeat";
      break;
    }
    bodies.add(bodyKey(page));
    more.push(page);
    urls.push(next);
    current = next;
    next = findNextPage(doc, current, pack);
  }
  if (more.length === 0) return { ...single, stopped };
  return {
    article: join(first, more),
    pages: 1 + more.length,
    pageHtml: [first.contentHtml, ...more.map((a) => a.contentHtml)],
    urls,
    via: "next-links",
    stopped,
  };
}

/** The visible note under a joined article's title. */
export function pagesJoinedNote(pages: number, lang: string | null | undefined): string {
  return /^(id|ms)\b/i.test(lang ?? "") ? `${pages} halaman digabung` : `${pages} pages joined`;
}
