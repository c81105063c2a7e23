/**
 * The one sanitiser for article HTML that anyone will display (reader view, CLI --format html).
 * Readability's output is not sanitised; DOMPurify with a strict allow-list is. Needs a window:
 * the browser's own, or a jsdom window in Node.
 */
import createDOMPurify, { type WindowLike } from "dompurify";

/** Tags an article may keep: text structure, media, tables. No forms, frames, scripts, styles or meta. */
const ALLOWED_TAGS = [
  "a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd",
  "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5",
  "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "picture", "pre", "q", "rp", "rt", "ruby",
  "s", "samp", "section", "small", "source", "span", "strong", "sub", "summary", "sup", "table", "tbody",
  "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "video", "audio", "wbr", "article", "aside",
  "header", "footer", "main",
];
const ALLOWED_ATTR = [
  "href", "src", "srcset", "sizes", "alt", "title", "width", "height", "colspan", "rowspan", "scope",
  "datetime", "cite", "lang", "dir", "controls", "poster", "type", "media", "start", "reversed", "open",
];

const MEDIA_URL_ATTRS = new Set(["src", "srcset", "poster"]);
const RASTER_DATA = /^\s*data:image\/(?:png|jpe?g|gif|webp|avif);/i;

const cache = new WeakMap<object, ReturnType<typeof createDOMPurify>>();

function purifier(win: WindowLike) {
  let p = cache.get(win);
  if (!p) {
    p = createDOMPurify(win);
    // DOMPurify lets data: URLs through on media; keep only raster images. An SVG (or any other
    // type) as data: cannot script inside <img>, but it is a payload in other contexts and a
    // tracking-free article never needs it.
    p.addHook("uponSanitizeAttribute", (_node, data) => {
      if (MEDIA_URL_ATTRS.has(data.attrName) && /^\s*data:/i.test(data.attrValue) && !RASTER_DATA.test(data.attrValue)) {
        data.keepAttr = false;
      }
    });
    // Links open outside the reader and tell the target nothing about us.
    p.addHook("afterSanitizeAttributes", (node) => {
      if (node.tagName === "A" && node.hasAttribute("href")) {
        node.setAttribute("target", "_blank");
        node.setAttribute("rel", "noopener noreferrer");
      }
    });
    cache.set(win, p);
  }
  return p;
}

/** Strict: only http(s), mailto and relative URLs; no data: except images; no javascript:. */
const SAFE_URI = /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

const CONFIG = {
  // "body" is the root DOMPurify parses the HTML into and walks from, never in the output (that is
  // the body's inner HTML): a root that is not allowed gets its whole content deep-copied out
  // before removal, for nothing.
  ALLOWED_TAGS: [...ALLOWED_TAGS, "body"],
  ALLOWED_ATTR: [...ALLOWED_ATTR, "target", "rel"],
  ALLOWED_URI_REGEXP: SAFE_URI,
  ALLOW_DATA_ATTR: false,
  FORBID_TAGS: ["style", "form", "iframe", "frame", "object", "embed", "meta", "base", "link", "svg", "math"],
};

export function sanitizeArticleHtml(html: string, win: WindowLike): string {
  return purifier(win).sanitize(html, CONFIG) as string;
}

/**
 * The same sanitiser on an article element where it stands (DOMPurify's IN_PLACE), and its inner
 * HTML: the CLI's article is already a DOM, and parsing its HTML again is a second jsdom parse of
 * the article. Safe to hand on as HTML because nothing the allow-list keeps can read differently
 * when parsed again (no raw-text element, no SVG or MathML); tests/unit/sanitize.test.ts checks that
 * the string sanitiser leaves the result unchanged. A root tag the list does not allow: the string way.
 */
export function sanitizeArticleElement(root: Element, win: WindowLike): string {
  if (!ALLOWED_TAGS.includes(root.localName)) return sanitizeArticleHtml(root.innerHTML, win);
  purifier(win).sanitize(root, { ...CONFIG, IN_PLACE: true });
  return root.innerHTML;
}
