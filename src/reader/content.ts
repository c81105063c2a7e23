/**
 * From the core's article HTML to what the reader may put on its page: lazy images resolved, then
 * DOMPurify (src/core/sanitize.ts). Parsing happens in an inert document (DOMParser runs no script
 * and loads nothing), and only the sanitiser's output ever reaches the live page.
 */
import { absoluteUrl, resolveLazyImages } from "../core/images.ts";
import { sanitizeArticleHtml } from "../core/sanitize.ts";
import type { Article } from "../core/types.ts";

type Win = Window & typeof globalThis;

export function prepareArticleHtml(html: string, baseUrl: string | null, win: Win): string {
  const doc = new win.DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, "text/html");
  resolveLazyImages(doc.body, baseUrl);
  // Relative links would point into the extension: anchor them on the article's own address.
  for (const a of Array.from(doc.body.querySelectorAll("a[href]"))) {
    const href = a.getAttribute("href") ?? "";
    if (href.startsWith("#")) a.removeAttribute("href");
    else a.setAttribute("href", absoluteUrl(href, baseUrl));
  }
  return sanitizeArticleHtml(doc.body.innerHTML, win);
}

/**
 * Puts sanitised HTML into an element without an innerHTML write: parsed in an inert document,
 * its nodes moved in (the add-on store's linter cannot prove an innerHTML write safe).
 */
export function setSanitizedHtml(el: Element, safeHtml: string, win: Win): void {
  const parsed = new win.DOMParser().parseFromString(`<!doctype html><html><body>${safeHtml}</body></html>`, "text/html");
  const doc = el.ownerDocument;
  el.replaceChildren(...Array.from(parsed.body.childNodes, (n) => doc.importNode(n, true)));
}

/** What identifies one picture across sizes and CDNs: the file name without size suffixes. */
export function imageKey(src: string): string {
  let path = src;
  try {
    path = new URL(src, "https://x.invalid/").pathname;
  } catch {
    /* keep the raw value */
  }
  const name = decodeURIComponent(path.split("/").filter(Boolean).pop() ?? "").toLowerCase();
  return name
    .replace(/\.(?:jpe?g|png|webp|gif|avif)$/, "")
    .replace(/(?:[-_](?:\d{2,4}x\d{2,4}|w\d{2,4}|\d{2,4}w|scaled|thumb|large|medium|small)|@\dx)+$/g, "");
}

/**
 * The lead image to show above the body, or null when it would repeat a picture the body already
 * shows (sites often put the same photo in og:image and at the top of the article).
 */
export function leadImageToShow(lead: Article["leadImage"], body: ParentNode): Article["leadImage"] {
  if (!lead?.src) return null;
  const key = imageKey(lead.src);
  if (!key) return lead;
  for (const img of Array.from(body.querySelectorAll("img"))) {
    const srcs = [img.getAttribute("src") ?? "", ...(img.getAttribute("srcset") ?? "").split(",").map((s) => s.trim().split(/\s+/)[0] ?? "")];
    if (srcs.some((s) => s && imageKey(s) === key)) return null;
  }
  return lead;
}
