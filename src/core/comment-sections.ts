/**
 * A comments heading's section on the live page. "Komentar" stands over what a reader comments
 * with: the form, the site's rules for it, a login prompt, the box a script fills with Facebook's or
 * Disqus's widget. Hiding the heading alone leaves the rest ("Para comentar debes estar registrado"
 * and its button, "Komentar adalah tanggapan pribadi…"), so the heading's box takes the siblings
 * after it that are such parts, and climbs while that is all its parent holds (as far as a
 * site's `<form>` around the heading and the field).
 *
 * A section needs an anchor: a field, a button, a block whose class or id names comments,
 * or a reply control. Without one, nothing but the heading goes. And a heading with prose right
 * under it is no comments heading but a section of the story ("Komentarz" in a Polish analysis,
 * "Discussion" in a paper): it stays.
 */
import { headingBox, MAX_LINE, NO_TEXT_TAGS, PAGE_TAGS } from "./classify.ts";
import type { PhraseMatcher } from "./phrases.ts";
import { holdsProse, textUpTo } from "./shapes/block-text.ts";
import { hasOwnWords, hasToken, hasWord, wordsOf } from "./shapes/words.ts";

/** What the section asks of the page's phrase lists and parse. */
export interface SectionContext {
  /** A comments phrase fills or opens the (lower-cased, squashed) text: a reply control, a rules line. */
  isCommentText(text: string): boolean;
  /** The parser is done with `el` (while the page loads, a block still open may grow). */
  isClosed(el: Element): boolean;
}

/** The context from the page's phrase matchers (their comments phrases) and the parser's progress. */
export function sectionContext(matchers: readonly PhraseMatcher[], isClosed: (el: Element) => boolean): SectionContext {
  const comments = matchers.filter((m) => m.category === "comments");
  return { isCommentText: (text) => comments.some((m) => m.test(text)), isClosed };
}

/**
 * The reader's question, on an article that is all there: a comments heading over the story's own
 * prose ("Komentarz" over an analysis's conclusions) is the story's, and stays in the reader too.
 */
export function headsStory(heading: Element, matchers: readonly PhraseMatcher[]): boolean {
  return headsProse(headingBox(heading), sectionContext(matchers, () => true)) === true;
}

/** Class and id words of a comments widget or its box, or of the reaction buttons under a story. */
const COMMENT_WORDS = wordsOf([
  "comment", "comments", "commentlist", "komentar", "kommentar", "kommentare", "comentarios", "comentario",
  "commenti", "commentaires", "disqus", "respond", "vuukle", "discussion", "reaction", "reactions", "reaksi",
], ["comment", "komentar"]);
/**
 * A comment form's controls. Not a frame: a story's video is one too, and a comments widget's
 * frame sits in a box its class names (`.fb-comments`, `#disqus_thread`).
 */
const CONTROLS = "textarea, button, select, input:not([type=hidden]), [role=button]";
const REPLY_CONTROLS = "a, button, [role=button]";
/** A rules text may run past a line ("Komentar adalah tanggapan pribadi, … tanggung jawab pengirim."). */
const MAX_RULES = 3 * MAX_LINE;
/** Elements of a block looked at for a comments class (a widget's box, not a thread of hundreds). */
const MAX_LOOK = 60;
/** How many wrappers the section climbs through. */
const MAX_CLIMB = 4;
const HEADINGS = new Set(["H1", "H2", "H3", "H4", "H5", "H6"]);
/** A story's shortest paragraph, in characters outside links: one sentence. */
const MIN_SENTENCE = 80;
/** How many blocks after a comments heading's prose are looked at for the comment form's button. */
const MAX_RULES_GAP = 3;
const LISTS = new Set(["UL", "OL"]);
const FRAME = new Set(["HEADER", "NAV", "FOOTER"]);
const FRAME_SELECTOR = "header, nav, footer, [role=navigation], [role=banner], [role=contentinfo]";


/** `el` or one of its first elements has a comments class or id. */
function namedComments(el: Element): boolean {
  if (hasToken(el, COMMENT_WORDS)) return true;
  const all = el.getElementsByTagName("*");
  for (let i = 0; i < all.length && i < MAX_LOOK; i++) if (hasToken(all[i]!, COMMENT_WORDS)) return true;
  return false;
}

/** A link or button whose words are a comments phrase ("Reply", "Antworten", "Balas"). */
function hasReplyControl(el: Element, ctx: SectionContext): boolean {
  const isReply = (control: Element) => {
    const text = textUpTo(control, 40);
    return text !== null && text !== "" && ctx.isCommentText(text.toLowerCase());
  };
  // The control itself may be the sibling: "<div>Komentar</div> … <a href=#komentar>Tulis Komentar</a>".
  if (el.matches(REPLY_CONTROLS) && isReply(el)) return true;
  const controls = el.querySelectorAll(REPLY_CONTROLS);
  for (let i = 0; i < controls.length && i < MAX_LOOK; i++) if (isReply(controls[i]!)) return true;
  return false;
}

type Part = "anchor" | "aside";

/** A field or button, a box whose class or id names comments, a reply control: a comment section's anchor (or one holds it). */
export function isSectionAnchor(el: Element, ctx: SectionContext): boolean {
  return el.matches(CONTROLS) || el.querySelector(CONTROLS) !== null || namedComments(el) || hasReplyControl(el, ctx);
}

/**
 * What a sibling after the heading is to the section: its anchor (a field or button, a
 * comments-named box, a reply control), an aside (no words: a slot a script fills; a short line
 * with at most two links and no heading; the rules), or nothing of it (null), which ends it.
 * Prose is never part of it: a thread of long comments stays, as the guard would keep it anyway.
 */
function partOf(el: Element, ctx: SectionContext): Part | null {
  const tag = el.tagName.toUpperCase();
  if (NO_TEXT_TAGS.has(tag) && tag !== "TEXTAREA") return "aside";
  // The site's own frame ends it: a menu's toggle button is no comment form.
  if (FRAME.has(tag) || el.matches(FRAME_SELECTOR) || el.querySelector(FRAME_SELECTOR)) return null;
  const text = textUpTo(el, MAX_RULES);
  if (text === null) return null;
  const rules = ctx.isCommentText(text.toLowerCase());
  if (holdsProse(el, MAX_LINE) && !rules) return null;
  if (isSectionAnchor(el, ctx)) return "anchor";
  if (rules || !hasWord(text)) return "aside";
  const line = text.length <= MAX_LINE && !HEADINGS.has(tag) && !el.querySelector("h1, h2, h3, h4, h5, h6");
  return line && el.getElementsByTagName("a").length <= 2 ? "aside" : null;
}

const MEDIA = "img, picture, video, iframe, object, embed";
/** No words and nothing to see: a jump target, a script. */
function isBlank(el: Element): boolean {
  if (NO_TEXT_TAGS.has(el.tagName.toUpperCase())) return el.tagName.toUpperCase() !== "TEXTAREA";
  return !hasWord(el.textContent ?? "") && !el.matches(MEDIA) && !el.querySelector(MEDIA);
}

/**
 * The heading's box and what follows it of its comments section, climbed to the outermost box
 * that holds nothing else; null when no anchor was found (the heading goes alone). A box climbs
 * only when all its parent holds is the section's; otherwise what trails the last anchor (an ad
 * slot, a video's empty box after the comments) is not the section's, and stays.
 */
export function commentSection(box: Element, ctx: SectionContext): Element[] | null {
  let parts = [box];
  let anchored = false;
  for (let up = 0; up <= MAX_CLIMB; up++) {
    const level = parts.slice();
    let lastAnchor: number = anchored ? parts.length - 1 : -1;
    let open = false;
    for (let s = parts[parts.length - 1]!.nextElementSibling; s; s = s.nextElementSibling) {
      // A block the parser is still in is judged by a later look (hide-match's headingHits).
      if (!ctx.isClosed(s)) {
        open = true;
        break;
      }
      const part = partOf(s, ctx);
      if (!part) break;
      level.push(s);
      if (part === "anchor") lastAnchor = level.length - 1;
    }
    anchored = lastAnchor >= 0;
    // Words after the last anchor are another block's (a date line, a caption); only blank blocks
    // (a widget's root and script) go with it. Before any anchor, words may be its rules.
    if (anchored) {
      const words = level.findIndex((e, i) => i > lastAnchor && !isBlank(e));
      if (words > 0) level.length = words;
    }
    const whole = open || up === MAX_CLIMB ? null : wholeParent(level, ctx);
    if (whole) {
      parts = [whole];
      continue;
    }
    return withNamed(box, anchored ? level.slice(0, lastAnchor + 1).filter((e) => !NO_TEXT_TAGS.has(e.tagName.toUpperCase())) : null, ctx);
  }
  return withNamed(box, null, ctx);
}

/** The section the heading opens by name (namedSection), unless the climb found one reaching past it. */
function withNamed(box: Element, found: Element[] | null, ctx: SectionContext): Element[] | null {
  const named = namedSection(box, ctx);
  return named && (!found || found.every((e) => named.contains(e))) ? [named] : found;
}

/**
 * The box that opens with the heading and whose own class or id names comments (`#comments_container`,
 * `section#kommentare`): the section whole, whatever it holds under the heading — a thread shown
 * read-only ("Los comentarios están reservados a suscriptores", "Diskussion geschlossen") has no
 * field or reply control to anchor it. Climbed through boxes the heading opens, up to MAX_CLIMB,
 * none of which may hold prose.
 */
function namedSection(box: Element, ctx: SectionContext): Element | null {
  let e = box;
  for (let up = 0; up < MAX_CLIMB; up++) {
    const parent = e.parentElement;
    if (!parent || PAGE_TAGS.has(parent.tagName.toUpperCase()) || FRAME.has(parent.tagName.toUpperCase()) || !ctx.isClosed(parent)) return null;
    for (let p = e.previousElementSibling; p; p = p.previousElementSibling) if (!isBlank(p)) return null;
    // Prose is never the section's (a thread of long comments stays, as the guard would keep it):
    // then the heading goes as it would without the box's name.
    if (hasOwnWords(parent) || holdsProse(parent, MAX_LINE)) return null;
    if (hasToken(parent, COMMENT_WORDS)) return parent;
    e = parent;
  }
  return null;
}

/** The parent of `level` when that and wordless blocks before it (a jump target, a script) are all it holds. */
function wholeParent(level: Element[], ctx: SectionContext): Element | null {
  const parent = level[0]!.parentElement;
  if (!parent || PAGE_TAGS.has(parent.tagName.toUpperCase()) || !ctx.isClosed(parent) || hasOwnWords(parent)) return null;
  if (parent.lastElementChild !== level[level.length - 1]) return null;
  for (let p = level[0]!.previousElementSibling; p; p = p.previousElementSibling) if (!isBlank(p)) return null;
  return parent;
}

/**
 * A heading with prose right under it heads a section of the story, whatever its words: the next
 * block holds a sentence of prose (a story's paragraph, however short; "Belum ada komentar" is
 * none), and no field, comments box or reply control, nor do the few blocks after it before the
 * next heading. Null while the parser has not got that far.
 */
export function headsProse(box: Element, ctx: SectionContext): boolean | null {
  const next = box.nextElementSibling;
  if (!next) return ctx.isClosed(box.parentElement ?? box) ? false : null;
  if (!ctx.isClosed(next) && !holdsProse(next, MIN_SENTENCE)) return null;
  // A comment form's notes and consent line, a thread of comments, a list of the latest ones (a
  // story's list has items longer than a line): prose, but the comments'.
  if (!holdsProse(next, MIN_SENTENCE) || isSectionAnchor(next, ctx)) return false;
  if (LISTS.has(next.tagName.toUpperCase()) && !holdsProse(next, MAX_LINE)) return false;
  // The site's rules for comments ("Komentar adalah tanggapan pribadi, …").
  const rules = textUpTo(next, MAX_RULES);
  if (rules !== null && ctx.isCommentText(rules.toLowerCase())) return false;
  // Rules in words no list holds: a sign-in button or a field comes under them before the next heading.
  let s = next.nextElementSibling;
  for (let i = 0; s && i < MAX_RULES_GAP && !HEADINGS.has(s.tagName.toUpperCase()); i++, s = s.nextElementSibling) {
    if (!ctx.isClosed(s)) return null;
    if (isSectionAnchor(s, ctx)) return false;
  }
  return s || ctx.isClosed(next.parentElement ?? next) ? true : null;
}
