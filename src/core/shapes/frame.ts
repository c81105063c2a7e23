/**
 * The site's own frame (header, navigation, search, footer) and the tags no shape ever hides: a
 * headline list or a menu entry there is the site's, not clutter.
 */
import { squash } from "../text.ts";
import { isHomeLink, pageOf } from "./link-kinds.ts";
import { hasBlockToken, hasToken, wordsOf } from "./words.ts";

/** The site's own frame: header, navigation, search and footer are never hidden by shape. */
const FRAME_TAGS = new Set(["HEADER", "NAV", "FOOTER"]);
const FRAME_ROLES = new Set(["banner", "navigation", "contentinfo", "search", "menubar", "menu"]);
const FRAME_TOKEN = wordsOf(["nav", "navbar", "navigation", "menu", "mainmenu", "main-menu", "breadcrumb", "breadcrumbs", "topbar", "masthead", "sitemap"]);
/** Words of a header or footer: the site's, unless an <article> holds it (see isFrame). */
const PART_TOKEN = wordsOf(["header", "footer"]);

export const NEVER = new Set(["HTML", "HEAD", "BODY", "MAIN", "ARTICLE"]);

/** A <header> or <footer> of an article or a section is that part's own, not the site's. */
const SECTIONING = "article, aside, section, nav, main";

function isFrame(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === "NAV") return true;
  if (FRAME_TAGS.has(tag)) return el.parentElement?.closest(SECTIONING) == null;
  const role = el.getAttribute("role");
  if (role && FRAME_ROLES.has(role.toLowerCase())) return true;
  if (hasToken(el, FRAME_TOKEN)) return true;
  // As with the tags: a box an <article> holds is the article's own foot or head ("footer-popular"
  // under the story lists other stories), never the site's footer, which no article holds; nor is
  // a box that holds the story (a page wrapper whose class names its header's style).
  return hasBlockToken(el, PART_TOKEN) && el.parentElement?.closest("article") == null && el.querySelector(STORY) === null;
}

/** What only the page's body holds, never its header or footer: the story's container, or an article with its title. */
const STORY = 'main, [role="main"], [itemprop~="articleBody"], article h1';

const FRAME_SELECTOR = 'header, nav, footer, [role="banner"], [role="navigation"], [role="contentinfo"]';

/**
 * Whether the block holds the site's header, navigation or footer: a short page wrapper around a
 * header whose last words are a plug ("Support the Guardian · Fund independent journalism") is
 * not the plug's block; the header stays, whatever a rule says of its words.
 */
export function holdsFrame(el: Element): boolean {
  for (const f of Array.from(el.querySelectorAll(FRAME_SELECTOR))) if (isFrame(f)) return true;
  return false;
}

/** inFrame's answers while a pass runs (see inOnePass), else null. */
let frameAnswers: Map<Element, boolean> | null = null;

/**
 * Runs one pass of the live page's rules with inFrame's answers kept for its length. A pass asks it
 * of the text walk's labels, of every shape's candidates and of their ancestors, the same boxes
 * again and again up to the body; nothing a pass does changes a tag, a role, a class or an id, or
 * moves an element. Not kept past the pass: the page's scripts may change them between two.
 */
export function inOnePass<T>(pass: () => T): T {
  if (frameAnswers) return pass();
  frameAnswers = new Map();
  try {
    return pass();
  } finally {
    frameAnswers = null;
  }
}

/** Inside the site's header, navigation or footer (up to the body). */
export function inFrame(el: Element): boolean {
  // Within a pass, the climb's boxes get its answer: each is inside the frame if the climb found one above or at it.
  const climbed: Element[] = [];
  let answer = false;
  for (let e: Element | null = el; e && !NEVER.has(e.tagName.toUpperCase()); e = e.parentElement) {
    const known = frameAnswers?.get(e);
    if (known !== undefined) {
      answer = known;
      break;
    }
    climbed.push(e);
    if (isFrame(e)) {
      answer = true;
      break;
    }
  }
  if (frameAnswers) for (const e of climbed) frameAnswers.set(e, answer);
  return answer;
}

/**
 * The site's search: a search field (by its type, or a form's field by the names search engines
 * give it), or a box or button named for it ("sg-search", "search-icon").
 */
const SEARCH = ["search", "q", "s", "query", "keyword", "keywords"].reduce(
  (sel, name) => `${sel}, form input[name="${name}"]`,
  'input[type="search"], [role="search"]',
);
export const SEARCH_WORDS = ["search", "searchbox", "searchform", "cari", "pencarian"];
const SEARCH_TOKEN = wordsOf(SEARCH_WORDS);
/** Where a search word can stand in a class or id: every word of SEARCH_WORDS holds one of these. */
export const SEARCH_STEMS = ["search", "cari"];
const SEARCH_NAMED = SEARCH_STEMS.map((s) => `[class*="${s}" i], [id*="${s}" i]`).join(", ");

/**
 * Whether the block holds the site's search, which is the site's frame wherever it stands: a
 * header bar's or a sidebar's. No shape hides it with the follow icons or the lists beside it.
 */
export function holdsSearch(el: Element): boolean {
  if (el.querySelector(SEARCH) !== null || hasToken(el, SEARCH_TOKEN)) return true;
  // The engine's selector finds the few boxes whose class or id may name a search; the words decide.
  // (A walk asking every element's words was a good part of the shapes' time on big sidebars.)
  for (const named of Array.from(el.querySelectorAll(SEARCH_NAMED))) if (hasToken(named, SEARCH_TOKEN)) return true;
  return false;
}

/**
 * An entry of the site's own menus: mostly link text, inside its header, navigation or footer. The
 * text rules leave it alone ("Informasi pemasangan iklan" in the footer is the site's, not an ad);
 * so is the site's bar itself there, which holds its logo's link home (a header whose last words
 * are a plug: the plug's own block goes, not the bar).
 */
export function isSiteMenuEntry(el: Element): boolean {
  const text = squash(el.textContent ?? "");
  if (!text || !inFrame(el)) return false;
  let links = el.closest("a") ? text.length : 0;
  if (!links) for (const a of Array.from(el.getElementsByTagName("a"))) links += squash(a.textContent ?? "").length;
  return links >= text.length / 2 || holdsHomeLink(el);
}

function holdsHomeLink(el: Element): boolean {
  const at = pageOf(el.ownerDocument);
  for (const a of Array.from(el.getElementsByTagName("a"))) if (isHomeLink(a.getAttribute("href") ?? "", at)) return true;
  return false;
}
