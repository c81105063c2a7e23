/**
 * The two kinds of link the shapes count: a headline (another article) and a social link (a share
 * or follow button), judged off the address as written and the anchor's words.
 */
import { hasToken, wordsOf } from "./words.ts";

/** How far above a link its list may be: <section><ul><li><div><h3><a>. */
export const MAX_DEPTH = 7;
/** Anchor text of a headline: a few words, not a paragraph. */
const HEADLINE = { minChars: 20, maxChars: 200, minWords: 4 };

/**
 * Social networks' and share services' hosts (a subdomain counts: "m.facebook.com"), from every
 * region a news site may serve: a share bar lists the reader's networks (Weibo, Kakao, Hatena, VK),
 * a "save for later" service (Pocket, Buffer) or a news reader (Feedly, Apple News).
 */
const SOCIAL_HOSTS = new Set([
  "facebook.com", "fb.com", "fb.me", "twitter.com", "x.com", "t.co", "instagram.com", "youtube.com", "youtu.be", "tiktok.com", "t.me",
  "telegram.me", "telegram.org", "wa.me", "whatsapp.com", "line.me", "linkedin.com", "pinterest.com", "reddit.com", "tumblr.com",
  "threads.net", "threads.com", "bsky.app", "mastodon.social", "flipboard.com", "news.google.com", "vk.com", "ok.ru", "xing.com",
  "plus.google.com", "snapchat.com", "discord.gg", "discord.com", "flickr.com", "soundcloud.com", "weibo.com", "kakao.com",
  "band.us", "b.hatena.ne.jp", "digg.com", "getpocket.com", "buffer.com", "bufferapp.com", "stumbleupon.com", "mix.com",
  "feedly.com", "apple.news", "bloglovin.com", "share.diasporafoundation.org", "mail.google.com",
]);
/**
 * Networks that answer under a country's domain too ("pinterest.de", "pinterest.co.uk",
 * "youtube.de"): the name left of the domain's ending is enough for these.
 */
const SOCIAL_NAMES = new Set(["facebook", "instagram", "youtube", "pinterest", "linkedin", "tiktok", "twitter", "flickr", "tumblr"]);
/** The second-level labels under which a country sells names ("co.uk", "com.au", "ne.jp"). */
const COUNTRY_SECOND = new Set(["co", "com", "org", "net", "ne", "or"]);
/**
 * App stores: a "get our app" badge is a button of the same kind as a follow button (a link off the
 * site to the publisher's own page elsewhere), so it counts with them; a row of badges alone is promo
 * (isAppBanner).
 */
const APP_STORE_HOSTS = new Set(["play.google.com", "apps.apple.com", "itunes.apple.com", "appgallery.huawei.com", "app.adjust.com"]);
/**
 * The app-download services' link domains, one sub-domain per app ("kumparan.onelink.me",
 * "example.app.link", "example.page.link"): a link there opens the app or its store page, nothing else.
 */
const APP_LINK_DOMAINS = [".onelink.me", ".app.link", ".page.link"];

/** An app store's host, or an app-download link's (host lower-cased). */
function isAppHost(host: string): boolean {
  return APP_STORE_HOSTS.has(host) || APP_LINK_DOMAINS.some((d) => host.endsWith(d));
}
const SOCIAL_SCHEMES = new Set(["whatsapp", "tg", "fb-messenger", "line", "sms", "viber"]);
/** Share buttons that are scripts, not links: named by class or id ("copylink", "share-fb", "btn-whatsapp"). */
export const SOCIAL_TOKEN = wordsOf([
  "share", "sharer", "sharing", "copy-link", "copylink", "salin-link", "salinlink", "facebook", "fb", "twitter", "tweet", "tw", "whatsapp", "wa",
  "telegram", "tg", "line", "linkedin", "pinterest", "instagram", "ig", "youtube", "yt", "tiktok", "gplus", "gp", "socmed", "sosmed", "social", "email",
]);

/*
 * The addresses below are read with string methods and sets, not regular expressions: every page
 * start compiles each regex it runs, and these run on every link of every page.
 */

/** Whether `host` (any case) or a domain it is under is a social network's. */
export function isSocialHost(host: string): boolean {
  return socialHostVerdict(host);
}

/**
 * Answers by key, each read once; all forgotten once `max` are kept (a long-lived page meets new
 * addresses without end).
 */
function answersBy<T>(max: number, read: (key: string) => T): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    let answer = known.get(key);
    if (answer === undefined) {
      if (known.size >= max) known.clear();
      known.set(key, (answer = read(key)));
    }
    return answer;
  };
}

/** A page links to a few dozen hosts, each many times (its own above all): each is read once. */
const socialHostVerdict = answersBy(4096, (host) => readSocialHost(host.toLowerCase()));

function readSocialHost(h: string): boolean {
  for (let at = 0; at !== -1; at = h.indexOf(".", at) + 1 || -1) {
    if (SOCIAL_HOSTS.has(at === 0 ? h : h.slice(at))) return true;
  }
  return SOCIAL_NAMES.has(nameOf(h.split(".")));
}

/** The name a host is registered under, read as "<name>.com" or "<name>.<country>" ("<name>.co.uk"); "" for other endings. */
function nameOf(labels: string[]): string {
  const n = labels.length;
  if (n < 2) return "";
  const end = labels[n - 1]!;
  if (end === "com") return labels[n - 2]!;
  if (end.length !== 2) return "";
  return n >= 3 && COUNTRY_SECOND.has(labels[n - 2]!) ? labels[n - 3]! : labels[n - 2]!;
}

const startsWithAnyCase = (s: string, prefix: string) => s.length >= prefix.length && s.slice(0, prefix.length).toLowerCase() === prefix;

/** An address resolved against `base`; null for none, an in-page anchor, a script, or one that does not parse. */
export function urlOf(href: string | null, base: string): URL | null {
  if (!href || href.startsWith("#") || startsWithAnyCase(href, "javascript:")) return null;
  try {
    return new URL(href, base);
  } catch {
    return null;
  }
}

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** The length of the address's scheme (`[a-z][a-z0-9+.-]*` before a ":"), or -1 for none. */
function schemeLength(href: string): number {
  if (!isAsciiLetter(href.charCodeAt(0))) return -1;
  for (let i = 1; i < href.length; i++) {
    const c = href.charCodeAt(i);
    if (c === 58) return i; // ":"
    if (!(isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 43 || c === 46 || c === 45)) return -1;
  }
  return -1;
}

const isSlash = (c: string | undefined) => c === "/" || c === "\\";
/** The host part of an address that names one ("https://host/…", "//host/…"), as written; null otherwise. */
function writtenHost(href: string): string | null {
  let i = 0;
  if (startsWithAnyCase(href, "https:")) i = 6;
  else if (startsWithAnyCase(href, "http:")) i = 5;
  if (!isSlash(href[i]) || !isSlash(href[i + 1])) return null;
  let end = i + 2;
  while (end < href.length && !"/\\?#".includes(href[end]!)) end++;
  let host = href.slice(i + 2, end);
  host = host.slice(host.lastIndexOf("@") + 1); // user info
  let port = host.length;
  while (port > 0 && host.charCodeAt(port - 1) >= 48 && host.charCodeAt(port - 1) <= 57) port--;
  if (host[port - 1] === ":") host = host.slice(0, port - 1);
  return host.endsWith(".") ? host.slice(0, -1) : host;
}

/**
 * Whether a link leads to a social network's host, read off the address as written: most links on a
 * page are no headline, and a URL parse of each just to know its host was a good part of the pass.
 * A relative address stays on the page's host (`at.social`).
 */
function toSocialHost(href: string, at: PageAt): boolean {
  if (schemeLength(href) < 0 && !href.startsWith("//") && !href.startsWith("\\\\")) return at.social;
  const host = writtenHost(href);
  return host !== null && (isSocialHost(host) || isAppHost(host.toLowerCase()));
}

/** A link to an app store's page, or an app-download link that leads there. */
export function isAppStoreLink(href: string): boolean {
  const host = writtenHost(href);
  return host !== null && isAppHost(host.toLowerCase());
}

/**
 * A link to the site's home page ("/", or the page's own host, with or without "www.", and no path):
 * the logo of a header or a footer. Only an address that names a host is parsed.
 */
export function isHomeLink(href: string, at: PageAt): boolean {
  const h = href.trim();
  if (h === "/" || h === "./") return true;
  if (writtenHost(h) === null) return false;
  return remembered(at).home(h);
}

function readHomeLink(h: string, at: PageAt): boolean {
  const url = urlOf(h, at.base);
  return !!url && at.baseHost !== null && bareHost(url.hostname) === at.baseHost && url.pathname === "/";
}

const bareHost = (host: string) => (host.startsWith("www.") ? host.slice(4) : host);

/**
 * A link to another page of the site itself: a relative address, or one on the page's host (with
 * or without "www."), whose path is not the page's own (a "#comments" jump, a "copy link" button,
 * a share button that goes through the page: "?share=twitter").
 */
export function isSitePageLink(href: string, at: PageAt): boolean {
  const h = href.trim();
  // "www.twitter.com/…" without a scheme is a relative address only to the browser: its author meant the host.
  if (!h || h.startsWith("#") || startsWithAnyCase(h, "www.")) return false;
  const scheme = schemeLength(h);
  if (scheme > 0 && !startsWithAnyCase(h, "http")) return false; // mailto:, javascript:, whatsapp:
  return onSite(h, at) === "other page";
}

/** Whether a link leads to the page itself: its host (with or without "www.") and path, any query. */
export const isPageItself = (href: string, at: PageAt): boolean => onSite(href.trim(), at) === "page";

/** Where a web address leads on the page's own site: the page itself, another page, or off the site (null). */
function onSite(href: string, at: PageAt): "page" | "other page" | null {
  return remembered(at).site(href);
}

function readOnSite(href: string, at: PageAt): "page" | "other page" | null {
  const url = urlOf(href, at.base);
  if (!url || !at.self || !isWeb(url) || bareHost(url.hostname) !== at.self.host) return null;
  return url.pathname === at.self.path ? "page" : "other page";
}

/** `text`: the link's words (squashed), read once for both questions of countLink. */
export function isSocialLink(a: Element, href: string, text: string, at: PageAt): boolean {
  const scheme = schemeLength(href);
  if (scheme > 0 && SOCIAL_SCHEMES.has(href.slice(0, scheme).toLowerCase())) return true;
  if (startsWithAnyCase(href, "mailto:?")) return true; // "share by e-mail": mailto with a subject and no address
  if (toSocialHost(href, at)) return true;
  if (hasToken(a, SOCIAL_TOKEN) || isShareScript(a.getAttribute("onclick"))) return true;
  // An icon-only button: the network is named by the icon inside ("icon-fb", "bg-tw").
  if (a.firstElementChild === null || text.length > 20) return false;
  const inner = a.getElementsByTagName("*");
  if (inner.length > 3) return false;
  for (let i = 0; i < inner.length; i++) if (hasToken(inner[i]!, SOCIAL_TOKEN)) return true;
  return false;
}

const isWeb = (url: URL) => url.protocol === "http:" || url.protocol === "https:";

/** A script's share button: `onclick="fb_share(…)"` ("share", "sharer", "tweet"). */
function isShareScript(onclick: string | null): boolean {
  const s = onclick?.toLowerCase();
  return !!s && (s.includes("share") || s.includes("tweet"));
}

export function isHeadlineLink(href: string, text: string, at: PageAt): boolean {
  if (text.length < HEADLINE.minChars || text.length > HEADLINE.maxChars) return false;
  if (text.split(" ").length < HEADLINE.minWords) return false;
  const url = urlOf(href, at.base);
  if (!url || !isWeb(url) || isSocialHost(url.hostname)) return false;
  // A link to the page itself (or its comments) is not another article.
  return url.href.split("#")[0] !== at.page && url.pathname !== "/";
}

/** Where links resolve from, the page itself (a link to it is no other article), and whether its own host is a social network's. */
export interface PageAt {
  readonly base: string;
  readonly page: string;
  readonly social: boolean;
  /** The base's host without "www." (null: it has none), for the home-link test. */
  readonly baseHost: string | null;
  /** The page's own host without "www." and its path (null: none), for where a link leads on the site. */
  readonly self: { host: string; path: string } | null;
}
export function pageOf(doc: Document): PageAt {
  const base = doc.baseURI || doc.URL;
  const known = pages.get(doc);
  if (known && known.base === base && known.url === doc.URL) return known.at;
  const url = urlOf(base, base);
  const page = doc.URL.split("#")[0]!;
  const own = urlOf(page, base);
  const at = {
    base, page, social: url !== null && isWeb(url) && isSocialHost(url.hostname),
    baseHost: url && bareHost(url.hostname), self: own && { host: bareHost(own.hostname), path: own.pathname },
  };
  pages.set(doc, { base, url: doc.URL, at });
  return at;
}

/**
 * Answers about a page's addresses, kept while the page's address stays (pageOf gives one PageAt for
 * it): a block's links are asked about again for every block above them that a shape judges, and
 * each answer parses one or two URLs.
 */
interface Remembered {
  home: (href: string) => boolean;
  site: (href: string) => "page" | "other page" | null;
}
const answers = new WeakMap<PageAt, Remembered>();
const MAX_KNOWN_ADDRESSES = 8192;

function remembered(at: PageAt): Remembered {
  let r = answers.get(at);
  if (!r) {
    r = { home: answersBy(MAX_KNOWN_ADDRESSES, (h) => readHomeLink(h, at)), site: answersBy(MAX_KNOWN_ADDRESSES, (h) => readOnSite(h, at)) };
    answers.set(at, r);
  }
  return r;
}

/** Each shape asks for its page's address, many times a pass: it is parsed once while it stays the same. */
const pages = new WeakMap<Document, { base: string; url: string; at: PageAt }>();
