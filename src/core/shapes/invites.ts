/**
 * An invitation to the site's own messenger channel or group (→ social), set as a paragraph of the
 * article: "Dapatkan update berita … dari Warta.com. Mari bergabung di Grup Telegram …, caranya klik
 * link https://t.me/…, kemudian join. Anda harus install aplikasi Telegram …". Some run to two or
 * three sentences, past the length up to which a block may be a clutter line (classify's MAX_LINE)
 * and which the live page's guard keeps as prose, so no phrase can take them. Three things together
 * say promo, in any language: a link to a messenger's invite address, the site naming itself in the
 * paragraph's own words, and the link printed as the address or a short label ("klik di sini").
 * A story that cites a channel rarely names the site it is published on in the same paragraph.
 */
import { closestTag, hasDescendant } from "../dom.ts";
import { declaredName, siteLabels } from "../site-name.ts";
import { squash } from "../text.ts";
import type { Hit } from "../types.ts";
import { textUpTo } from "./block-text.ts";
import { inFrame, NEVER } from "./frame.ts";
import { holdsMark, type Keep } from "./keep.ts";

/** Longest invitation: two or three sentences (the Indonesian ones this is for run to some 270 characters). */
export const MAX_INVITE = 400;
/** A link's label that is no sentence of a story: "klik di sini", "WhatsApp Channel". */
const MAX_LINK_LABEL = 30;
/** A label that names the channel and the site: "WhatsApp Channel Tribunnews.com". */
const MAX_NAMED_LABEL = 45;
/**
 * The candidates, found by the selector engine: only links that may be an invite are looked at.
 * Case-sensitive: in Chromium the `i` flag made the query four times slower (0.42 against 0.10 ms
 * a corpus page), and sites write these addresses in lower case.
 */
const INVITE_LINKS = 'a[href*="t.me/"], a[href*="telegram.me/"], a[href*="whatsapp.com/"], a[href*="line.me/"], a[href*="news.google.com/"]';
/** Blocks an invitation stands in: the nearest of these around the link. */
const BLOCK_TAGS = new Set(["P", "DIV", "LI", "SECTION", "ASIDE", "DD", "TD", "H2", "H3", "H4", "H5", "H6"]);

/** A web address as the follow shapes read it: host (lower-case, without "www.") and path (lower-case); null for anything else. */
interface WebAddress {
  host: string;
  path: string;
}
function webAddress(href: string): WebAddress | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  return { host: url.hostname.toLowerCase().replace(/^www\./, ""), path: url.pathname.toLowerCase() };
}

/**
 * A messenger's invite: a Telegram channel or group (t.me/…, not t.me/share, the share button), a
 * WhatsApp channel or group, a LINE official account.
 */
export function isInviteAddress(href: string): boolean {
  const address = webAddress(href);
  return address !== null && isInvite(address);
}

function isInvite({ host, path }: WebAddress): boolean {
  if (host === "t.me" || host === "telegram.me") return path.length > 1 && !path.startsWith("/share");
  if (host === "whatsapp.com") return path.startsWith("/channel/");
  if (host === "chat.whatsapp.com") return path.length > 1;
  if (host === "line.me") return /^\/(?:r\/)?ti\/p\//.test(path);
  return false;
}

/**
 * The publisher's page on Google News, where a reader follows the site ("Ikuti kami di Google
 * News"): its publication, a shared link to it, or the front.
 */
function isNewsFollow({ host, path }: WebAddress): boolean {
  return host === "news.google.com" && (path === "/" || path.startsWith("/publications/") || path.startsWith("/s/"));
}

/** The most words a banner's link carries beside its picture ("Ikuti kami"). */
const MAX_BANNER_TEXT = 40;
/** How far above its link a banner's box may be: <div class=banner><p><a><img>. */
const MAX_BANNER_UP = 3;

/**
 * A banner that invites to the site's channel: a link to a channel's address (isInviteAddress, or
 * the site's page on Google News) that holds a picture and at most a few words. The picture says
 * the rest ("Saluran WhatsApp Warta", the network's logo), so there are no words to name the site
 * by; that the whole box is the one picture link to a follow address says it. The outermost box
 * around it that holds nothing else (no other text, link or picture), up to three levels. Null for
 * any other link, and for a picture among words or over a caption: a story may show the channel it
 * reports on ("the channel's page, in a screenshot"), and keeping it costs a reader less.
 */
export function channelBanner(a: Element, top: Element | null): Element | null {
  if (!hasDescendant(a, "img", "picture", "svg")) return null;
  const address = webAddress(a.getAttribute("href") ?? "");
  if (!address || !(isInvite(address) || isNewsFollow(address))) return null;
  const text = squash(a.textContent ?? "");
  if (text.length > MAX_BANNER_TEXT || a.closest("blockquote") !== null || hasCaption(a)) return null;
  const pictures = a.getElementsByTagName("img").length;
  let box = a;
  for (let e = a.parentElement, up = 0; e && e !== top && up < MAX_BANNER_UP && !NEVER.has(e.tagName.toUpperCase()); e = e.parentElement, up++) {
    if (e.getElementsByTagName("a").length !== 1 || e.getElementsByTagName("img").length !== pictures || squash(e.textContent ?? "") !== text) break;
    if (hasDescendant(e, "iframe", "video", "form", "input")) break;
    box = e;
  }
  return box === a ? null : box;
}

/** Inside a <figure> whose caption has words: the story's picture. */
function hasCaption(a: Element): boolean {
  const caption = a.closest("figure")?.getElementsByTagName("figcaption")[0];
  return caption !== undefined && squash(caption.textContent ?? "") !== "";
}

/** Lower-cased, letters and digits only, as site names are compared. */
const lettersOnly = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

/** The block's text outside its links, as it stands ("Ikuti berita terkini Tempo.co di "). */
export function textOutsideLinks(el: Element): string {
  let s = "";
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const link = n.parentElement ? closestTag(n.parentElement, "a") : null;
    if (!link || !el.contains(link)) s += (n as Text).data;
  }
  return s;
}

/** The block's words outside its links, lower-cased, letters and digits only ("Warta.com" → "wartacom"). */
const wordsOutsideLinks = (el: Element): string => lettersOnly(textOutsideLinks(el));

/** A label that is the invite's address printed ("https://t.me/…", "t.me/…"). */
const isPrintedAddress = (label: string) => isInviteAddress(/^https?:\/\//i.test(label) ? label : `https://${label}`);

/**
 * `el` is an invitation to the site's own channel. `sites`: the site's names (siteLabels), by
 * default those of `el`'s page, read only once the cheaper questions have said yes.
 */
export function isInviteBlock(el: Element, sites?: readonly string[]): boolean {
  if (sites?.length === 0 || hasDescendant(el, "p", "div", "li", "section", "blockquote", "article")) return false;
  if (el.closest("blockquote") !== null) return false; // an embedded post quotes someone else's invite
  if (textUpTo(el, MAX_INVITE) === null) return false;
  const invites = Array.from(el.getElementsByTagName("a")).filter((a) => isInviteAddress(a.getAttribute("href") ?? ""));
  const labels = invites.map((a) => squash(a.textContent ?? "")).filter((label) => label.length <= MAX_NAMED_LABEL || isPrintedAddress(label));
  if (labels.length === 0) return false;
  const names = sites ?? siteLabelsOf(el.ownerDocument);
  const outside = wordsOutsideLinks(el);
  if (labels.some((label) => label.length <= MAX_LINK_LABEL || isPrintedAddress(label)) && names.some((name) => outside.includes(name))) return true;
  // The site named in the invite's own label: "Ikuti juga saluran <a>WhatsApp Channel CNN Indonesia</a>".
  // Not in a printed address: another's channel may hold the name's letters ("t.me/contohpedagang").
  const inLabels = labels.filter((label) => !isPrintedAddress(label)).map(lettersOnly);
  return names.some((name) => inLabels.some((label) => label.includes(name)));
}

/** The site's names for the blocks of `doc`'s page: its host's, and the one its head declares. */
export const siteLabelsOf = (doc: Document): string[] => siteLabels(doc.URL, declaredName(doc));

/** Whether a block's text outside its links (textOutsideLinks) names the site of `doc`: "Ikuti berita terkini Tempo.co di". */
export function namesSite(outside: string, doc: Document): boolean {
  const words = lettersOnly(outside);
  return words !== "" && siteLabelsOf(doc).some((name) => words.includes(name));
}

/**
 * Invitations under `root` that the page may lose: none holds the article's marks or sits in the
 * site's frame. `sites`: the site's names (siteLabels), by default those of `root`'s page.
 */
export function inviteHits(root: Element | Document, keep: Keep, sites?: readonly string[]): Hit[] {
  const links = root.querySelectorAll(INVITE_LINKS);
  if (links.length === 0) return [];
  // Read once for all the candidates of a page, not once for each.
  const names = sites ?? siteLabelsOf(root.ownerDocument ?? (root as Document));
  const hits: Hit[] = [];
  const seen = new Set<Element>();
  const top = root.nodeType === 1 ? (root as Element) : null;
  for (const a of Array.from(links)) {
    const banner = channelBanner(a, top);
    if (banner) {
      if (!holdsMark(banner, keep) && !inFrame(banner)) hits.push({ el: banner, category: "social", rule: "shape:social:channel-banner" });
      continue;
    }
    let block = a.parentElement;
    while (block && !BLOCK_TAGS.has(block.tagName.toUpperCase())) block = block.parentElement;
    if (!block || seen.has(block)) continue;
    seen.add(block);
    if (isInviteBlock(block, names) && !holdsMark(block, keep) && !inFrame(block)) {
      hits.push({ el: block, category: "social", rule: "shape:social:invite" });
    }
  }
  return hits;
}
