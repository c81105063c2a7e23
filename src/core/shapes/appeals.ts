/**
 * A site's appeal for its own readers' money (→ promo): "Can you help us keep reporting? Our
 * journalism is funded by readers. <a>Support us</a>", "Le Monde s'engage… Soutenez une rédaction…
 * <a>S'abonner</a>", "Dukung jurnalisme kami. <a>Berlangganan</a>". Some run to three paragraphs,
 * longer than a clutter line, so no phrase can take them and the guard would keep them as prose.
 * What says appeal in any language is where the box leads: every link (or form) in it goes to the
 * site's own subscription, membership or donation page — a host or a path segment with one of the
 * words sites name those pages by (`abo.lemonde.fr`, `support.theguardian.com/contribute`,
 * `/langganan`) on the page's own site — and it holds a pitch of a few lines beside the button.
 * A story cites another organisation's donation page, or its own subscription page amid other
 * links; a box of the article's own paragraphs holds the article's marks, and is never taken.
 */
import { siteLabel } from "../site-name.ts";
import { squash } from "../text.ts";
import type { Hit } from "../types.ts";
import { textUpTo } from "./block-text.ts";
import { inFrame, NEVER } from "./frame.ts";
import { holdsMark, type Keep } from "./keep.ts";
import { hasOwnWords } from "./words.ts";

/** The rule of this shape's hits: the guard lets their paragraphs through (hide-match.ts isGuarded). */
export const APPEAL_RULE = "shape:promo:appeal";

/**
 * The words a subscription, membership or donation page is named by in its address, a whole word of
 * a host label or a path segment ("abonnements", "berlangganan"), or a whole segment ("support-us"):
 * English and the languages whose sites write their own words there. Not "support" alone: on most
 * sites that is the help desk ("/support/cookies").
 */
const SUPPORT_WORDS = new Set([
  "supportus", "support-us", "support-our-journalism", "supporter", "supporters", "donate", "donation", "donations", "contribute", "contribution", "contributions", "subscribe", "subscription",
  "subscriptions", "membership", "memberships", "abo", "abos", "abonnement", "abonnements", "abonnieren", "abonnez", "abonner",
  "suscripcion", "suscripciones", "suscribete", "suscribirse", "assine", "assinatura", "assinaturas", "abbonamento",
  "abbonamenti", "abbonati", "abonament", "prenumerata", "prenumeration", "tilaa", "tilaus", "abonnee", "abonneren",
  "berlangganan", "langganan", "donasi", "dukung", "podpiska",
]);
/** An account's pages beside the button: "Already a subscriber? <a>Log in</a>". */
const ACCOUNT_WORDS = new Set(["login", "log-in", "signin", "sign-in", "anmelden", "connexion", "masuk", "account", "konto", "compte"]);
/**
 * Candidates, found by the selector engine (case-sensitive: the `i` flag makes the query several
 * times slower, and addresses are written in lower case); each is then read word by word.
 */
const CANDIDATES = ["support-us", "support-our", "supportus", "supporter", "donat", "contribut", "subscri", "member", "abo", "abbonam", "suscri", "assin", "langganan", "donasi", "dukung", "prenumer", "tilaa", "podpiska"]
  .map((w) => `a[href*="${w}"]`).concat("form[action]").join(", ");

/** The longest appeal: a heading and two or three short paragraphs. */
const MAX_APPEAL = 900;
/** The pitch beside the button, at least: a sentence. */
const MIN_PITCH = 40;
/** The most links an appeal holds: its button, another offer, a log-in link. */
const MAX_LINKS = 3;
/** How far above its button an appeal's box may be: <div popup><div wrapper><div box><div group><div buttons><div button><a>. */
const MAX_UP = 6;

/**
 * Tags of a story's own blocks: a paragraph, a list item or a heading that ends with a link to the
 * site's subscription page is the story's text, however short. An appeal is a box of blocks.
 */
const PROSE_TAGS = new Set(["P", "LI", "DD", "DT", "TD", "BLOCKQUOTE", "FIGCAPTION", "H1", "H2", "H3", "H4", "H5", "H6", "A", "SPAN", "STRONG", "B", "EM", "I", "SMALL"]);

/** The address's host labels and path segments, each cut into its words at "-", "_" and ".". */
function addressWords(url: URL): string[] {
  const parts = [...url.hostname.split("."), ...url.pathname.toLowerCase().split("/")];
  return parts.flatMap((p) => [p, ...p.split(/[-_.]/)]);
}

/** The address's kind on the page's site: its support page, an account page, or anything else (null). */
function kindOf(href: string | null, page: string, site: string): "support" | "account" | null {
  if (!href || href.startsWith("#") || /^javascript:/i.test(href)) return null;
  let url: URL;
  try {
    url = new URL(href, page);
  } catch {
    return null;
  }
  if ((url.protocol !== "https:" && url.protocol !== "http:") || siteLabel(url.href) !== site) return null;
  const words = addressWords(url);
  if (words.some((w) => SUPPORT_WORDS.has(w))) return "support";
  return words.some((w) => ACCOUNT_WORDS.has(w)) ? "account" : null;
}

/** Whether every link and form of `box` goes to the site's support or account pages, one at least to support. */
function leadsOnlyToSupport(box: Element, page: string, site: string): boolean {
  const links = Array.from(box.querySelectorAll("a[href], form[action]"));
  if (links.length === 0 || links.length > MAX_LINKS) return false;
  const kinds = links.map((l) => kindOf(l.getAttribute(l.tagName === "FORM" ? "action" : "href"), page, site));
  return kinds.includes("support") && kinds.every((k) => k !== null);
}

/** Words of `box` outside its links and buttons: the pitch. */
function pitchLength(box: Element, text: string): number {
  let controls = 0;
  for (const c of Array.from(box.querySelectorAll("a, button"))) controls += squash(c.textContent ?? "").length;
  return text.length - controls;
}

/**
 * A box of blocks with a pitch beside its links and buttons (`text`: its squashed text): no words of
 * its own (a <div> of bare prose between <br>s is the story's), no <article> in it.
 */
function isPitchBox(el: Element, text: string): boolean {
  if (PROSE_TAGS.has(el.tagName.toUpperCase()) || hasOwnWords(el) || el.getElementsByTagName("article")[0] !== undefined) return false;
  return pitchLength(el, text) >= MIN_PITCH;
}

/** Whether `el` on its own is a site's appeal for its readers' money (see above), as appealHits judges a box. */
export function isAppealBox(el: Element, page = el.ownerDocument.URL): boolean {
  const site = siteLabel(page);
  if (!site || el.closest("blockquote") !== null) return false;
  const text = textUpTo(el, MAX_APPEAL);
  return text !== null && leadsOnlyToSupport(el, page, site) && isPitchBox(el, text);
}

/**
 * Appeals under `root`: from each link or form to a support page, the outermost box up to MAX_UP
 * levels whose links all lead to support pages and that holds a pitch (isPitchBox) and none of the
 * article's marks; outside the site's frame (its menu's "Subscribe" is the site's own navigation).
 * `page`: the page's address (the reader's extract is a copy, whose document may have none).
 */
export function appealHits(root: Element | Document, keep: Keep, page = (root.ownerDocument ?? (root as Document)).URL): Hit[] {
  const site = siteLabel(page);
  if (!site) return [];
  const hits: Hit[] = [];
  for (const start of Array.from(root.querySelectorAll(CANDIDATES))) {
    if (hits.some((h) => h.el.contains(start))) continue;
    if (kindOf(start.getAttribute(start.tagName === "FORM" ? "action" : "href"), page, site) !== "support") continue;
    const box = appealAround(start, root, keep, page, site);
    if (box && !inFrame(box) && !isMostOf(box, root, keep)) hits.push({ el: box, category: "promo", rule: APPEAL_RULE });
  }
  return hits;
}

/** The outermost appeal box around `start`, up to MAX_UP levels, holding none of the article's marks; null for none. */
function appealAround(start: Element, root: Element | Document, keep: Keep, page: string, site: string): Element | null {
  // An embedded post quotes someone else's appeal.
  if (start.closest("blockquote") !== null) return null;
  let box: Element | null = null;
  for (let e = start.parentElement, up = 0; e && up < MAX_UP && e !== root && !NEVER.has(e.tagName.toUpperCase()); e = e.parentElement, up++) {
    if (holdsMark(e, keep)) break;
    const text = textUpTo(e, MAX_APPEAL);
    // A box with more text or other links than an appeal: every box around it has them too.
    if (text === null || !leadsOnlyToSupport(e, page, site)) break;
    if (isPitchBox(e, text)) box = e;
  }
  return box;
}

/**
 * With no article known (the reader's extract, a page where none was found), a box with half the
 * text of the whole is the story itself, however it ends: a brief whose only link is the site's
 * subscription page.
 */
function isMostOf(box: Element, root: Element | Document, keep: Keep): boolean {
  if (keep.article) return false;
  const all = squash((isDocument(root) ? root.body : root)?.textContent ?? "");
  return 2 * squash(box.textContent ?? "").length > all.length;
}

const isDocument = (n: Node): n is Document => n.nodeType === 9;
