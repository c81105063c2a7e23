/**
 * Makes the images that sites lazy-load show up outside the site: the real URL hides in data-src,
 * data-lazy-src, data-srcset or a <noscript> twin while `src` holds a placeholder that the site's own
 * script would have swapped. The reader runs no site script, so this does the swap, then turns every
 * URL absolute (the reader lives on another origin). Run it before sanitising: the sanitiser drops
 * data-* attributes.
 *
 * Works on any DOM (browser, jsdom, a DOMParser document). Never loads anything.
 */

/** Attributes sites use for the real image URL, most specific first. */
const SRC_ATTRS = [
  "data-src", "data-lazy-src", "data-original", "data-lazy", "data-url", "data-echo", "data-hi-res-src",
  "data-full-src", "data-orig-src", "data-image",
];
const SRCSET_ATTRS = ["data-srcset", "data-lazy-srcset", "data-original-set"];

/** A file name that says "I am not the picture": blank.gif, placeholder.png, lazy-load.svg… */
const PLACEHOLDER_NAME =
  /(?:^|\/)(?:blank|placeholder|spacer|lazy|lazyload|lazy-load|loading|loader|transparent|pixel|1x1|grey|gray|empty|default-image|no-?image)(?:[-_](?:\d+(?:x\d+)?|img|image|bg|placeholder|white|grey|gray|transparent|load|loader|small))*\.(?:gif|png|svg|jpe?g|webp)(?:[?#]|$)/i;

/** Tiny inline images are placeholders (1×1 gifs, empty svgs); real inline images are longer. */
const TINY_DATA_URI = 256;

export function isPlaceholderSrc(src: string | null | undefined): boolean {
  const s = (src ?? "").trim();
  if (!s || s === "#" || s === "about:blank") return true;
  if (/^data:/i.test(s)) return s.length < TINY_DATA_URI;
  return PLACEHOLDER_NAME.test(s);
}

/** Something that could be an image URL: not empty, not a flag like "true" or "lazy", no spaces inside. */
function plausibleUrl(v: string | null): string | null {
  const s = v?.trim();
  if (!s || /\s/.test(s) || /^(?:true|false|lazy|null|undefined|\d+)$/i.test(s)) return null;
  return s;
}

export function absoluteUrl(url: string, base: string | null): string {
  try {
    return base ? new URL(url, base).href : new URL(url).href;
  } catch {
    return url;
  }
}

/** Splits a srcset the way the HTML spec does: a URL is a run of non-space (commas inside are fine). */
export function parseSrcset(srcset: string): { url: string; descriptor: string }[] {
  const out: { url: string; descriptor: string }[] = [];
  let i = 0;
  const s = srcset;
  while (i < s.length) {
    while (i < s.length && /[\s,]/.test(s[i] ?? "")) i++;
    if (i >= s.length) break;
    let j = i;
    while (j < s.length && !/\s/.test(s[j] ?? "")) j++;
    let url = s.slice(i, j);
    i = j;
    let descriptor = "";
    if (/,+$/.test(url)) url = url.replace(/,+$/, "");
    else {
      let depth = 0;
      let k = i;
      while (k < s.length && (depth > 0 || s[k] !== ",")) {
        if (s[k] === "(") depth++;
        else if (s[k] === ")") depth = Math.max(0, depth - 1);
        k++;
      }
      descriptor = s.slice(i, k).trim();
      i = k;
    }
    if (url) out.push({ url, descriptor });
  }
  return out;
}

/** Makes each URL of a srcset absolute; keeps the descriptors. */
export function absoluteSrcset(srcset: string, base: string | null): string {
  return parseSrcset(srcset)
    .map(({ url, descriptor }) => (descriptor ? `${absoluteUrl(url, base)} ${descriptor}` : absoluteUrl(url, base)))
    .join(", ");
}

function firstSrcset(el: Element): string | null {
  for (const n of SRCSET_ATTRS) {
    const v = el.getAttribute(n)?.trim();
    if (v && parseSrcset(v).length) return v;
  }
  return null;
}

function firstAttr(el: Element, names: readonly string[]): string | null {
  for (const n of names) {
    const v = plausibleUrl(el.getAttribute(n));
    if (v) return v;
  }
  return null;
}

/** The <img> inside a <noscript>, whether the parser made it elements (scripting off) or text (scripting on). */
function noscriptImage(noscript: Element): HTMLImageElement | null {
  const direct = noscript.querySelector("img");
  if (direct) return direct as HTMLImageElement;
  const html = noscript.textContent ?? "";
  if (!/<img\b/i.test(html)) return null;
  // DOMParser makes an inert document: nothing in it runs or loads.
  const Parser = noscript.ownerDocument.defaultView?.DOMParser ?? globalThis.DOMParser;
  if (!Parser) return null;
  return new Parser().parseFromString(`<!doctype html><body>${html}`, "text/html").querySelector("img");
}

/** The noscript twin of a lazy image: next to it, or next to its wrapper (a <span>/<a>/<picture>). */
function twinNoscript(img: Element): Element | null {
  for (let el: Element | null = img, depth = 0; el && depth < 3; el = el.parentElement, depth++) {
    let sib = el.nextElementSibling;
    while (sib && sib.tagName === "BR") sib = sib.nextElementSibling;
    if (sib?.tagName === "NOSCRIPT") return sib;
    if (el.parentElement && el.parentElement.children.length > 2) break;
  }
  return null;
}

function fixImage(img: HTMLImageElement, base: string | null): void {
  const src = img.getAttribute("src");
  if (isPlaceholderSrc(src)) {
    const real = firstAttr(img, SRC_ATTRS);
    if (real) img.setAttribute("src", real);
  }
  const lazySet = firstSrcset(img);
  if (lazySet && !img.getAttribute("srcset")?.trim()) img.setAttribute("srcset", lazySet);
  if (isPlaceholderSrc(img.getAttribute("src"))) {
    const noscript = twinNoscript(img);
    const twin = noscript ? noscriptImage(noscript) : null;
    if (twin && !isPlaceholderSrc(twin.getAttribute("src"))) {
      img.setAttribute("src", twin.getAttribute("src") ?? "");
      const set = twin.getAttribute("srcset");
      if (set) img.setAttribute("srcset", set);
      if (!img.getAttribute("alt") && twin.getAttribute("alt")) img.setAttribute("alt", twin.getAttribute("alt") ?? "");
      noscript?.remove();
    }
  }
  // A srcset alone is enough for a browser; without either there is nothing to show.
  if (isPlaceholderSrc(img.getAttribute("src"))) {
    const first = parseSrcset(img.getAttribute("srcset") ?? "")[0]?.url;
    if (first) img.setAttribute("src", first);
    else {
      img.remove();
      return;
    }
  }
  img.setAttribute("src", absoluteUrl(img.getAttribute("src") ?? "", base));
  const set = img.getAttribute("srcset");
  if (set) img.setAttribute("srcset", absoluteSrcset(set, base));
  // The page's lazy loader will not run here; native lazy loading is fine.
  img.setAttribute("loading", "lazy");
}

/**
 * Resolves lazy images in place under `root`: real URLs from data attributes and noscript twins,
 * lone noscript images unwrapped, placeholders without a real image removed, URLs made absolute.
 */
export function resolveLazyImages(root: ParentNode, baseUrl: string | null): void {
  // A <noscript> holding an image with no lazy twin before it: the noscript copy is the only copy.
  for (const ns of Array.from(root.querySelectorAll("noscript"))) {
    const img = noscriptImage(ns);
    const prev = ns.previousElementSibling;
    const hasTwin = prev && (prev.tagName === "IMG" || prev.querySelector?.("img"));
    if (img && !hasTwin) ns.replaceWith(img);
  }
  for (const source of Array.from(root.querySelectorAll("picture source"))) {
    const set = firstSrcset(source);
    if (set && !source.getAttribute("srcset")?.trim()) source.setAttribute("srcset", set);
    const own = source.getAttribute("srcset");
    if (own) source.setAttribute("srcset", absoluteSrcset(own, baseUrl));
  }
  for (const img of Array.from(root.querySelectorAll("img"))) fixImage(img as HTMLImageElement, baseUrl);
  // Noscript twins that stayed (their lazy image was fine) would only repeat the picture.
  for (const ns of Array.from(root.querySelectorAll("noscript"))) ns.remove();
}
