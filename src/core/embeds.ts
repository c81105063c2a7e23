/**
 * Embedded posts. A newsroom quotes a tweet, an Instagram or Facebook post, a TikTok by pasting the
 * platform's embed code: a <blockquote> (Facebook: a <div>) with the platform's class, holding the
 * post's words, its author and its date link, and a script that draws the card once the page runs.
 * The article quotes the post: its words are part of the story. Readability loses them when the
 * site wraps the code in a box of its own: named `social-media-embed`, its unlikely-candidate test
 * drops the box ("social"); named `…-widget`, or holding a short post whose date is a link, the box
 * fails its conditional cleaning ("a little linky"). And the cleaner took the date link under the
 * post for a date line of the page.
 *
 * Before Readability, on extract's copy, `freeEmbeds` lets each post take the place of the boxes that
 * hold nothing but it, so the post stands among the article's paragraphs as the quotation it is.
 * After it, `inEmbeddedPost` tells the cleaner (clean.ts) to quote the post as it stands.
 * By the platforms' own class names (language-independent), never by the post's words.
 */
import { elementsWhere } from "./dom.ts";
import { squash } from "./text.ts";

/** The classes the platforms' embed codes give the quoted post (X/Twitter, Instagram, Facebook, TikTok, Threads, Reddit, Bluesky, Mastodon, Tumblr). */
const POST_CLASSES = new Set([
  "twitter-tweet", "twitter-video", "instagram-media", "fb-post", "fb-xfbml-parse-ignore", "tiktok-embed",
  "text-post-media", "reddit-embed-bq", "reddit-card", "bluesky-embed", "mastodon-embed", "tumblr-post",
]);
const POST_TAGS = new Set(["blockquote", "div"]);
/** Boxes a post may be unwrapped from: never the article itself or the page's frame. */
const WRAPPERS = new Set(["div", "figure", "section", "span", "p", "center", "aside"]);
/** How many boxes up the post's wrappers are looked for. */
const MAX_WRAPPERS = 5;

/** Whether `el` is the quoted post of a platform's embed code. */
export function isEmbeddedPost(el: Element): boolean {
  if (!POST_TAGS.has(el.localName)) return false;
  const cls = el.getAttribute("class");
  return !!cls && cls.split(/\s+/).some((c) => POST_CLASSES.has(c.toLowerCase()));
}

/** Whether `el` is an embedded post or lies inside one (below `root`, when given). */
export function inEmbeddedPost(el: Element, root?: Element): boolean {
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) if (isEmbeddedPost(e)) return true;
  return false;
}

/** The outermost box above `post` that holds nothing but it (the same text), or null. */
function soleWrapper(post: Element, text: string): Element | null {
  let box: Element | null = null;
  let up = post.parentElement;
  for (let i = 0; up && i < MAX_WRAPPERS && WRAPPERS.has(up.localName) && up !== up.ownerDocument.body; i++, up = up.parentElement) {
    if (squash(up.textContent ?? "") !== text) break;
    box = up;
  }
  return box;
}

/**
 * Each embedded post with text in `doc` (a copy the caller owns; run after scripts are pruned, as
 * their text would hide that a box holds nothing else) replaces the boxes that wrap it alone.
 * Returns how many posts were freed.
 */
export function freeEmbeds(doc: Document, ruleOff: (rule: string) => boolean = () => false): number {
  const body = doc.body;
  if (!body) return 0;
  const posts = elementsWhere(body, isEmbeddedPost);
  let freed = 0;
  for (const post of posts) {
    // A post inside another (Facebook's blockquote in its div) moves with it.
    if (!post.isConnected || (post.parentElement && inEmbeddedPost(post.parentElement))) continue;
    const text = squash(post.textContent ?? "");
    const box = text ? soleWrapper(post, text) : null;
    if (!box || ruleOff("pick:embed-free")) continue;
    box.replaceWith(post);
    freed++;
  }
  return freed;
}
