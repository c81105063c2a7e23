/**
 * The two kinds of link the shapes count: a headline (another article) and a social link (a share
 * or follow button), judged off the address as written and the anchor's words.
 */
import { hasToken } from "./words.ts";

/** How far above a link its list may be: <section><ul><li><div><h3><a>. */
export const MAX_DEPTH = 7;
/** Anchor text of a headline: a few words, not a paragraph. */
const HEADLINE = { minChars: 20, maxChars: 200, minWords: 4 };

const SOCIAL_HOST = /(?:^|\.)(?:facebook\.com|fb\.com|fb\.me|twitter\.com|x\.com|t\.co|instagram\.com|youtube\.com|youtu\.be|tiktok\.com|t\.me|telegram\.me|telegram\.org|wa\.me|whatsapp\.com|line\.me|linkedin\.com|pinterest\.com|reddit\.com|tumblr\.com|threads\.net|bsky\.app|flipboard\.com|news\.google\.com|vk\.com|xing\.com|plus\.google\.com)$/i;
/**
 * App stores: a "get our app" badge is a button of the same kind as a follow button (a link off the
 * site to the publisher's own page elsewhere), so it counts with them; a row of badges alone is promo
 * (isAppBadgeRow).
 */
const APP_STORE_HOST = /^(?:play\.google\.com|apps\.apple\.com|itunes\.apple\.com|appgallery\.huawei\.com)$/i;
const SOCIAL_SCHEME = /^(?:whatsapp|tg|fb-messenger|line|sms|viber):/i;
/** Share buttons that are scripts, not links: named by class or id ("copylink", "share-fb", "btn-whatsapp"). */
export const SOCIAL_TOKEN = /^(?:share|sharer|sharing|copy-?link|copylink|salin-?link|facebook|fb|twitter|tweet|tw|whatsapp|wa|telegram|tg|line|linkedin|pinterest|instagram|ig|youtube|yt|tiktok|gplus|gp|socmed|sosmed|social|email)$/i;
/** A script's share button: `onclick="fb_share(…)"`. */
const SHARE_SCRIPT = /share|sharer|tweet/i;

function urlOf(href: string | null, base: string): URL | null {
  if (!href || href.startsWith("#") || /^javascript:/i.test(href)) return null;
  try {
    return new URL(href, base);
  } catch {
    return null;
  }
}

/** A scheme, or the "//" of a scheme-relative address: the link does not stay on the page's own host. */
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const WEB_HOST = /^(?:https?:)?[/\\]{2}([^/\\?#]*)/i;

/**
 * Whether a link leads to a social network's host, read off the address as written: most links on a
 * page are no headline, and a URL parse of each just to know its host was a good part of the pass.
 * A relative address stays on the page's host (`at.social`).
 */
function toSocialHost(href: string, at: PageAt): boolean {
  if (!HAS_SCHEME.test(href) && !href.startsWith("//") && !href.startsWith("\\\\")) return at.social;
  const host = hostOf(href);
  return host !== null && (SOCIAL_HOST.test(host) || APP_STORE_HOST.test(host));
}

/** The host of an absolute or scheme-relative address as written (no user, port or final dot), or null. */
function hostOf(href: string): string | null {
  const host = WEB_HOST.exec(href)?.[1];
  return host === undefined ? null : host.replace(/^.*@/, "").replace(/:\d*$/, "").replace(/\.$/, "");
}

/** A link to an app store's page. */
export function isAppStoreLink(href: string): boolean {
  const host = hostOf(href);
  return host !== null && APP_STORE_HOST.test(host);
}

/** `text`: the link's words (squashed), read once for both questions of countLink. */
export function isSocialLink(a: Element, href: string, text: string, at: PageAt): boolean {
  if (SOCIAL_SCHEME.test(href)) return true;
  if (/^mailto:\?/i.test(href)) return true; // "share by e-mail": mailto with a subject and no address
  if (toSocialHost(href, at)) return true;
  if (hasToken(a, SOCIAL_TOKEN) || SHARE_SCRIPT.test(a.getAttribute("onclick") ?? "")) return true;
  // An icon-only button: the network is named by the icon inside ("icon-fb", "bg-tw").
  if (a.firstElementChild === null || text.length > 20) return false;
  const inner = a.getElementsByTagName("*");
  if (inner.length > 3) return false;
  for (let i = 0; i < inner.length; i++) if (hasToken(inner[i]!, SOCIAL_TOKEN)) return true;
  return false;
}

export function isHeadlineLink(href: string, text: string, at: PageAt): boolean {
  if (text.length < HEADLINE.minChars || text.length > HEADLINE.maxChars) return false;
  if (text.split(" ").length < HEADLINE.minWords) return false;
  const url = urlOf(href, at.base);
  if (!url || !/^https?:$/.test(url.protocol) || SOCIAL_HOST.test(url.hostname)) return false;
  // A link to the page itself (or its comments) is not another article.
  return url.href.split("#")[0] !== at.page && url.pathname !== "/";
}

/** Where links resolve from, the page itself (a link to it is no other article), and whether its own host is a social network's. */
export interface PageAt {
  base: string;
  page: string;
  social: boolean;
}
export function pageOf(doc: Document): PageAt {
  const base = doc.baseURI || doc.URL;
  const url = urlOf(base, base);
  return { base, page: doc.URL.split("#")[0]!, social: url !== null && /^https?:$/.test(url.protocol) && SOCIAL_HOST.test(url.hostname) };
}
