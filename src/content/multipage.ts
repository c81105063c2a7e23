/**
 * Multi-page articles in the reader view (src/core/pages.ts does the work).
 *  - `followForReader` runs in the content script, on the article's own page: it fetches the
 *    article's other pages from the page's origin (same origin only, at most 20) or the site's
 *    all-on-one-page address, and hands the reader the joined article: the first page's body as
 *    `article.contentHtml`, the following pages' bodies as `morePages` (src/reader/render.ts sets
 *    them apart), text, word count and reading time of the whole.
 *  The reader page shows the result with `showPagesNote` (src/reader/pages-note.ts), kept apart so
 *  the reader bundle does not carry Readability.
 * No extension API here: the caller passes in what it needs.
 */
import { findNextPage, followPages, type FetchDoc } from "../core/pages.ts";
import type { ReaderPayload } from "../shared/messages.ts";

/** A page that does not answer in this time is left out; the reader shows what it has. */
const FETCH_TIMEOUT_MS = 15_000;

function charsetOf(contentType: string | null): string | null {
  return /charset=["']?([\w-]+)/i.exec(contentType ?? "")?.[1] ?? null;
}

/** fetch + DOMParser, with the page's own address as the base of its relative links. */
export const fetchPageDocument: FetchDoc = async (url) => {
  const signal = typeof AbortSignal.timeout === "function" ? AbortSignal.timeout(FETCH_TIMEOUT_MS) : undefined;
  const res = await fetch(url, { credentials: "same-origin", redirect: "follow", signal });
  if (!res.ok || !/html/i.test(res.headers.get("content-type") ?? "text/html")) return null;
  // A redirect to another origin is not a page of this article.
  if (res.url && new URL(res.url).origin !== new URL(url).origin) return null;
  const bytes = await res.arrayBuffer();
  let html: string;
  try {
    html = new TextDecoder(charsetOf(res.headers.get("content-type")) ?? "utf-8").decode(bytes);
  } catch {
    html = new TextDecoder("utf-8").decode(bytes);
  }
  const doc = new DOMParser().parseFromString(html, "text/html");
  if (!doc.querySelector("base[href]")) {
    const base = doc.createElement("base");
    base.href = url;
    doc.head.prepend(base);
  }
  return doc;
};

/**
 * The reader's payload for a page, with the article's other pages joined when it is split.
 * Never worse than `first`: any failure leaves the one page the reader already had.
 */
export async function followForReader(doc: Document, url: string, first: ReaderPayload, fetchDoc: FetchDoc = fetchPageDocument): Promise<ReaderPayload> {
  if (!first.article) return first;
  try {
    // Most articles are one page: no second extraction for them.
    if (!findNextPage(doc, url)) return first;
    const r = await followPages(doc, url, fetchDoc);
    if (r.pages <= 1) return first;
    const [head = r.article.contentHtml, ...rest] = r.pageHtml;
    return { ...first, article: { ...r.article, contentHtml: head }, morePages: rest, pages: r.pages };
  } catch {
    return first;
  }
}
