/**
 * Rows of share and follow buttons (→ social), judged from a block's counts and its few words.
 */
import { squash } from "../text.ts";
import { holdsProse, inLinkOrScript, textUpTo } from "./block-text.ts";
import { holdsSearch, inFrame } from "./frame.ts";
import { hasByline, holdsMark, onArticleLine, type Keep } from "./keep.ts";
import type { Counts } from "./link-counts.ts";
import { isAppStoreLink, isHomeLink, isPageItself, isSitePageLink, pageOf, SOCIAL_TOKEN, type PageAt } from "./link-kinds.ts";
import { namesSite, textOutsideLinks } from "./invites.ts";
import { hasToken, isLetterCode } from "./words.ts";

/** A share or follow row: at least this many social links, in a block no longer than a label and its buttons. */
export const MIN_SOCIAL = 2;
const MAX_SOCIAL_TEXT = 60;

/** A date or a time in a row's text: the row is the article's byline line, not a share bar. */
const DATE_SHAPE = /\b(?:19|20)\d{2}\b|\b\d{1,2}[:.]\d{2}\b/;

export function isSocialRow(el: Element, c: Counts, keep: Keep): boolean {
  // A block that calls itself a share bar needs one button to be one ("copy link" alone).
  const min = hasToken(el, SOCIAL_TOKEN) ? 1 : MIN_SOCIAL;
  if (c.headlines > 0 || c.social < min || !(isRowOfButtons(el, keep) || isFollowLine(el, c, keep))) return false;
  // App-store badges count with the social links (see isAppBanner), but are no share or follow button.
  return c.social - appStoreLinks(el).stores >= min;
}

/**
 * What a share or follow row holds beside its buttons, whatever they are (links, or `<button>`s:
 * share-buttons.ts): a label and a count at most, no date, byline, embedded post, photo, mark,
 * site's menu or search.
 */
export function isRowOfButtons(el: Element, keep: Keep): boolean {
  if (holdsMark(el, keep)) return false;
  const text = textUpTo(el, MAX_SOCIAL_TEXT);
  if (text === null || DATE_SHAPE.test(text) || hasByline(el) || isEmbeddedPost(el) || holdsPicture(el)) return false;
  return !isSiteBar(el) && !holdsSearch(el) && !holdsLabelledValue(el);
}

/**
 * A label and its value in words outside the buttons: "Penulis: Dewi Lestari · Editor: Yusuf" beside
 * two share links is the story's credits line, not a row's label. A row's own label ends at its
 * colon ("Bagikan:", "Share:"), its buttons after it.
 */
function holdsLabelledValue(el: Element): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let s = "";
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (parent && !parent.closest("a, button, script, style, noscript")) s += (n as Text).data;
  }
  for (let i = s.indexOf(":"); i > 0; i = s.indexOf(":", i + 1)) {
    // A name after the colon, not a number ("Reading time: 3 min" is the row's own), nor the next
    // label ("Artikel drucken: Beitrag teilen:" are two labels of buttons).
    const next = s.indexOf(":", i + 1);
    const value = s.slice(i + 1, next < 0 ? s.length : next).trim();
    if (isLetterCode(s.charCodeAt(i - 1)) && value !== "" && isLetterCode(value.codePointAt(0)!) && (next < 0 || /[·|,;]/.test(value))) return true;
  }
  return false;
}

/** A follow line's words: the site's invitation and its networks' names ("Ikuti berita terkini Tempo.co di Twitter @tempodotco Facebook TempoMedia"). */
const MAX_FOLLOW_TEXT = 160;
/** The invitation outside the links: a line, not a paragraph. */
const MAX_FOLLOW_LINE = 80;
/** A phone number, a postcode, an e-mail address: the site's contact block, not an invitation ("@tempodotco" is a profile). */
const CONTACT = /\d{3}|[\w.-]@[\w-]+\./;

/**
 * A row of the site's profiles under a line that names the site in its own words: "Ikuti berita
 * terkini Tempo.co di <a>Twitter</a> <a>Facebook</a>", "Dapatkan berita terbaru Pikiran Rakyat melalui
 * media sosial: …", "Suivez Le Monde sur …" — in any language, as the channel invitations are read
 * (invites.ts). Longer than a label over buttons, so held to more: every link a profile, a line of
 * words outside them, no contact details, outside the site's frame (its footer's "about us" box
 * names the site beside its profiles too). A story that cites two profiles rarely names the site
 * it is published on in the same line.
 */
function isFollowLine(el: Element, c: Counts, keep: Keep): boolean {
  if (c.social < MIN_SOCIAL || el.getElementsByTagName("a").length !== c.social || holdsMark(el, keep)) return false;
  const text = textUpTo(el, MAX_FOLLOW_TEXT);
  if (text === null || DATE_SHAPE.test(text) || CONTACT.test(text) || hasByline(el) || isEmbeddedPost(el) || holdsPicture(el)) return false;
  if (inFrame(el) || isSiteBar(el) || holdsSearch(el)) return false;
  const line = textOutsideLinks(el);
  return squash(line).length <= MAX_FOLLOW_LINE && namesSite(line, el.ownerDocument);
}

/** An app banner's words: an invitation of a line or two ("Baca berita lebih cepat di aplikasi kami"). */
const MAX_APP_TEXT = 160;
const MAX_APP_RUN = 120;

/**
 * An app's banner (→ promo): every link in it leads to an app store ("Get it on Google Play",
 * "Download on the App Store"), with at most a line or two of invitation and the app's icon, outside
 * the article container (a story about an app may link to its page) and the site's frame (the
 * footer's badges are the site's own); not while the page loads, before the article container is known.
 */
export function isAppBanner(el: Element, c: Counts, keep: Keep): boolean {
  if (keep.strict || c.headlines > 0 || c.social === 0 || holdsMark(el, keep) || onArticleLine(el, keep)) return false;
  const text = textUpTo(el, MAX_APP_TEXT);
  if (text === null) return false;
  const { links, stores } = appStoreLinks(el);
  return stores > 0 && stores === links && !holdsProse(el, MAX_APP_RUN) && !hasByline(el) && !inFrame(el);
}

/** How many links the block holds, and how many of them lead to an app store. */
function appStoreLinks(el: Element): { links: number; stores: number } {
  const links = el.tagName.toUpperCase() === "A" ? [el] : Array.from(el.getElementsByTagName("a"));
  let stores = 0;
  for (const a of links) if (isAppStoreLink(a.getAttribute("href") ?? "")) stores++;
  return { links: links.length, stores };
}

/**
 * A block that holds a link to the site's home page (its logo), or more than one link to the site's
 * own pages other than its channels, is the site's header or footer bar or a menu: its follow icons
 * may be a row of their own, its logo, menu and login are not. A follow row may hold one such link
 * ("Leserbriefe") and the site's channels beside the networks' icons (feed, podcast, newsletter,
 * app); more ("Abo · Magazin · Login", "Twitter | Facebook | Register | Sign in", "Kontakt ·
 * Impressum") make it a menu.
 */
const MAX_SITE_PAGES = 1;
const CHANNEL_PATH = /(?:^|[/._-])(?:rss|feeds?|atom|xml|podcasts?|newsletters?|apps?)(?:$|[/._-])/i;

function isSiteBar(el: Element): boolean {
  const links = el.getElementsByTagName("a");
  if (links.length === 0) return false;
  const at = pageOf(el.ownerDocument);
  let pages = 0;
  for (let i = 0; i < links.length; i++) {
    const a = links[i]!;
    const href = a.getAttribute("href") ?? "";
    if (isHomeLink(href, at)) return true;
    if (isMenuLink(a, href, at) && ++pages > MAX_SITE_PAGES) return true;
  }
  return false;
}

/** A link to another page of the site that is neither a share button nor one of its channels. */
const isMenuLink = (a: Element, href: string, at: PageAt): boolean =>
  isSitePageLink(href, at) && !hasToken(a, SOCIAL_TOKEN) && !CHANNEL_PATH.test(href.split(/[?#]/)[0]!);

const PICTURES = ["img", "picture", "video", "figure", "iframe"];
/** A linked image at least this wide or high (its attributes, or a lazy loader's `data-` ones) is a photo. */
const MIN_PHOTO_SIDE = 100;

/**
 * A picture that is not a button's icon: a photo whose share buttons sit on it goes with the article,
 * and so does a gallery's photo behind its zoom link (a link that stays on the page or opens the
 * image's file). A linked image anywhere else is a button's icon, however large its file; so is
 * a script's or a template's.
 */
function holdsPicture(el: Element): boolean {
  for (const tag of PICTURES) {
    for (const p of Array.from(el.getElementsByTagName(tag))) {
      if (!inLinkOrScript(p, el)) return true;
      const a = p.closest("a");
      if (a && el.contains(a) && (tag !== "img" || isPhoto(p)) && isZoomLink(a)) return true;
    }
  }
  return false;
}

function isPhoto(img: Element): boolean {
  const side = (name: string) => Number.parseInt(img.getAttribute(name) ?? img.getAttribute(`data-${name}`) ?? "", 10) >= MIN_PHOTO_SIDE;
  return side("width") || side("height");
}

const IMAGE_FILE = /\.(?:jpe?g|png|webp|gif|avif)$/i;

/** A link that opens its picture larger: to the page itself, a script's handle ("#", "story.html#"), or the image's file. */
function isZoomLink(a: Element): boolean {
  const href = (a.getAttribute("href") ?? "").trim();
  if (!href || href.startsWith("#") || href.endsWith("#") || /^javascript:/i.test(href)) return true;
  return IMAGE_FILE.test(href.split(/[?#]/)[0]!) || isPageItself(href, pageOf(a.ownerDocument));
}

/** An embedded tweet or post is the article quoting someone: never a share row. */
function isEmbeddedPost(el: Element): boolean {
  return el.closest("blockquote, .twitter-tweet, .instagram-media, .tiktok-embed, .fb-post") !== null;
}
