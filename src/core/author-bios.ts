/**
 * Author bios after the article. Blogs and news themes close a post with a box about its writer: the
 * name (a heading or a link), a few sentences about them, "More articles from …". The box is named
 * for what it is in its class or id (`entry-author-bio`, `post-author`, `author-info`, `autor-box`,
 * `auteur`, `penulis`), in the theme's own words, and Readability kept it with the post.
 * The selector rule (selectors.json `author-box`) knows a few themes' exact class names; this rule
 * takes any box whose class or id names an author, when it stands after the article's last
 * paragraph and is as short as a bio. A byline box above the article stays: it is not after it.
 * A box the page marks up as the article's author, a schema.org Person (`itemprop="author"
 * itemtype="…/Person"`), is named as well as one whose class says so.
 */
import { linkTextLength } from "./classify.ts";
import { elementsWhere, follows } from "./dom.ts";
import { squash } from "./text.ts";

/** A class or id token naming an author (English; German, Spanish, Portuguese; French, Dutch; Indonesian), or opening with one (`authorbox`). */
const AUTHOR = /(?:^|[-_])(?:author|autor|auteur|penulis|writer)(?:[-_]|$)|^(?:author|autor|auteur|penulis|writer)/i;
/** A paragraph with this much text outside links is article prose (the cleaner's measure). */
const PROSE_CHARS = 120;
/** Most text a bio box holds: a name, a few sentences, a link or two. */
const MAX_TEXT = 700;
const BOXES = new Set(["div", "section", "aside", "footer", "p"]);
const LEAVES = new Set(["p", "li", "blockquote", "h2", "h3", "h4", "h5", "h6", "div"]);

/**
 * schema.org's own words for the box: the writer marked up as the article's `author`, a `Person`
 * (microdata), as bio plugins do whatever their class names (`saboxplugin-wrap`).
 */
const AUTHOR_PROP = /(?:^|\s)author(?:\s|$)/;
const PERSON_TYPE = /schema\.org\/Person$/;

function names(el: Element): boolean {
  const words = `${el.getAttribute("class") ?? ""} ${el.id}`.split(/\s+/).filter(Boolean);
  if (words.some((w) => AUTHOR.test(w))) return true;
  return AUTHOR_PROP.test(el.getAttribute("itemprop") ?? "") && PERSON_TYPE.test(el.getAttribute("itemtype") ?? "");
}

function prose(el: Element): number {
  const t = squash(el.textContent ?? "").length;
  return t - Math.min(t, linkTextLength(el));
}

/** The last block of prose outside author boxes, or null. */
function lastProse(root: Element, boxes: readonly Element[]): Element | null {
  const leaves = elementsWhere(root, (e) => LEAVES.has(e.localName) && !e.querySelector("p, div, li, blockquote"));
  for (let i = leaves.length - 1; i >= 0; i--) {
    const b = leaves[i]!;
    if (!boxes.some((x) => x.contains(b)) && prose(b) >= PROSE_CHARS) return b;
  }
  return null;
}

/** The author boxes of `root` that follow its last paragraph of prose, outermost only. */
export function authorBios(root: Element): Element[] {
  const boxes = elementsWhere(root, (e) => BOXES.has(e.localName) && names(e));
  if (boxes.length === 0) return [];
  const last = lastProse(root, boxes);
  if (!last) return [];
  const out: Element[] = [];
  for (const box of boxes) {
    if (out.some((o) => o.contains(box)) || box.contains(last) || !follows(last, box)) continue;
    const text = squash(box.textContent ?? "");
    // A bio holds a sentence about the writer, not only a name or a list of their posts.
    if (text.length > MAX_TEXT || prose(box) < 40) continue;
    out.push(box);
  }
  return out;
}
