/**
 * Ad slots (→ promo) and breaking-news bars (→ related), named by their class or id words.
 */
import { squash } from "../text.ts";
import type { Category, Hit } from "../types.ts";
import { holdsProse, textUpTo } from "./block-text.ts";
import { inFrame, NEVER } from "./frame.ts";
import { MAX_LOOSE, MAX_LOOSE_IN_ARTICLE } from "./headline-lists.ts";
import { hasByline, holdsMark, type Keep } from "./keep.ts";
import { isHeadlineLink, pageOf } from "./link-kinds.ts";
import { isCloseControl } from "./close-controls.ts";
import { hasOwnWords, hasToken, wordsOf } from "./words.ts";

/** An ad slot holds an ad, a label and a close button, never an article's worth of text. */
const MAX_AD_TEXT = 220;

/** Class or id words of ad slots: "ads-bottom", "iklan-premium", "div-gpt-ad-…", "adsbygoogle". */
const AD_TOKEN = wordsOf([
  "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertorial", "adsbygoogle", "adsense", "iklan", "sponsor", "sponsored", "dfp", "gpt",
  "banner-ad", "banner-ads", "bannerad", "bannerads", "parallax-ad", "parallax-ads", "parallaxad", "parallaxads",
  // The word in the site's own language: pt, es, fr, it, de, nl, pl, tr, vi.
  "publicidade", "publicidad", "publicite", "pubblicita", "werbung", "advertentie", "reklama", "reklam", "quangcao",
]);
/** Breaking-news bars and tickers: one or a few headlines running above or beside the article. */
const TICKER_TOKEN = wordsOf(["breaking", "breakingnews", "ticker", "newsticker", "marquee", "runningtext"]);
const MAX_TICKER_TEXT = 400;
/** One query finds the candidates of both (the browser's selector engine, not a walk in script). */
const SLOT_CANDIDATES = [
  // "ad" anywhere, "header" and "read" too: the class and id words decide (isAdSlot). Seven selectors
  // for where a word starts cost the engine 1.2 ms a page (Chromium, corpus pages, warm), these two 0.7.
  '[class*="ad" i], [id*="ad" i]',
  '[class*="iklan" i], [id*="iklan" i], [class*="sponsor" i], [id*="gpt" i], [class*="dfp" i]',
  '[class*="publici" i], [class*="pubblicita" i], [class*="werbung" i], [class*="reklam" i], [class*="quangcao" i]',
  '[class*="breaking" i], [id*="breaking" i], [class*="ticker" i], [id*="ticker" i], [class*="marquee" i], [class*="running" i]',
].join(", ");

/** A class or id word names the element an ad slot ("ads-bottom", "iklan-inarticle"): the ad-slot shape's to judge. */
export function namedAdSlot(el: Element): boolean {
  return hasToken(el, AD_TOKEN);
}

/** A picture itself: an ad's when it leads somewhere (a banner), the article's when it does not ("block-image-ads hero-image"). */
const PICTURE_TAGS = new Set(["IMG", "PICTURE", "SOURCE"]);

function isAdSlot(el: Element, keep: Keep): boolean {
  const tag = el.tagName.toUpperCase();
  if (NEVER.has(tag) || !hasToken(el, AD_TOKEN)) return false;
  if (PICTURE_TAGS.has(tag) && el.closest("a") === null) return false;
  const text = textUpTo(el, MAX_AD_TEXT);
  return text !== null && !holdsMark(el, keep) && !holdsProse(el, MAX_LOOSE) && !hasByline(el);
}

/** Ad slots (promo) and breaking-news bars (related), named by their class or id words. */
export function slotHits(root: Element | Document, keep: Keep, categories: ReadonlySet<Category>): Hit[] {
  const hits: Hit[] = [];
  const found = Array.from(root.querySelectorAll(SLOT_CANDIDATES));
  if (root.nodeType === 1 && (root as Element).matches(SLOT_CANDIDATES)) found.unshift(root as Element);
  for (const el of found) {
    if (categories.has("promo") && isAdSlot(el, keep)) hits.push({ el: withCloseBox(el, keep), category: "promo", rule: "shape:promo:ad-slot" });
    else if (categories.has("related") && isTicker(el, keep)) hits.push({ el, category: "related", rule: "shape:related:ticker" });
  }
  return hits;
}

/** Levels a slot climbs to the box that floats it with its close button: the box, a wrapper of it. */
const MAX_CLOSE_UP = 2;

/**
 * A floating ad's box: the slot and a close button ("×", "Tutup") and nothing else with words. The
 * slot alone hidden would leave the cross on the page, over nothing (see close-controls.ts).
 */
function withCloseBox(slot: Element, keep: Keep): Element {
  let box = slot;
  let closes = false;
  for (let up = 0; up < MAX_CLOSE_UP; up++) {
    const parent = box.parentElement;
    if (!parent || NEVER.has(parent.tagName.toUpperCase())) break;
    let others = false;
    let close = false;
    for (let c = parent.firstElementChild; c && !others; c = c.nextElementSibling) {
      if (c === box || !hasText(c)) continue;
      if (isCloseControl(c)) close = true;
      else others = true;
    }
    // The siblings first: most slots stand among the story's paragraphs or a sidebar's widgets.
    if (others || hasOwnWords(parent) || holdsMark(parent, keep) || inFrame(parent)) break;
    closes ||= close;
    box = parent;
  }
  return closes ? box : slot;
}

/** Whether any text of `el` shows a character (squash would leave it non-empty), read no further than the first. */
function hasText(el: Element): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (VISIBLE_CHAR.test((n as Text).data)) return true;
  return false;
}
const VISIBLE_CHAR = /[^\s\u00a0\u200b]/;

function isTicker(el: Element, keep: Keep): boolean {
  if (NEVER.has(el.tagName.toUpperCase()) || !hasToken(el, TICKER_TOKEN)) return false;
  const links = el.tagName === "A" ? [el] : Array.from(el.getElementsByTagName("a"));
  if (links.length === 0) return false;
  const text = textUpTo(el, MAX_TICKER_TEXT);
  if (text === null || holdsMark(el, keep) || holdsProse(el, MAX_LOOSE_IN_ARTICLE) || hasByline(el)) return false;
  // In the site's header or menu it must run a headline: a bar of topic names there ("HOT ISSUE
  // Pilkada · Harga Pangan") is the site's menu of hot topics.
  if (!inFrame(el)) return true;
  const at = pageOf(el.ownerDocument);
  return links.some((a) => isHeadlineLink(a.getAttribute("href") ?? "", squash(a.textContent ?? ""), at));
}
