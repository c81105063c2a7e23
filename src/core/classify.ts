/**
 * Decides whether one block is clutter, by shape: how short it is, how much of it is links, which
 * phrase opens or fills it, and a few structural shapes (copyright lines, date lines, editor
 * initials, share-button rows). Used by the cleaner (article DOM) and the live-page hider alike, so
 * both agree on what clutter is. Decisions that need the block's position in the article (the tail
 * after the last paragraph, repeated captions) are the cleaner's (clean.ts).
 */
import { descendantsByTag, hasDescendant } from "./dom.ts";
import { isWordCode, type PhraseMatcher } from "./phrases.ts";
import { holdsProse, textUpTo } from "./shapes/block-text.ts";
import { holdsFrame, inFrame } from "./shapes/frame.ts";
import { isHeadlineLink, pageOf } from "./shapes/link-kinds.ts";
import { namedAdSlot } from "./shapes/slots.ts";
import { blockText, squash } from "./text.ts";
import type { Category } from "./types.ts";
import { WEEKDAY_NAMES } from "./weekdays.ts";

export interface Verdict {
  category: Category;
  rule: string;
  /** The element to remove: the block itself, or a heading's whole section. */
  target: Element;
  /** Siblings that go with it (the list under a "Related" heading). */
  alsoRemove: Element[];
}

/** Longest text a clutter line may have: longer blocks are article prose. */
export const MAX_LINE = 220;
/** A block this short that holds a clutter phrase is clutter wherever the phrase stands in it. */
const SHORT_LINE = 100;
/** In a longer block the phrase must end this close to the block's end. */
const CTA_TAIL = 60;
/** Longest text of a label line ("Editor: …", "Foto: …") or a date line. */
export const MAX_LABEL = 100;
const HEADING = new Set(["H1", "H2", "H3", "H4", "H5", "H6", "STRONG", "B", "SPAN", "DIV", "P", "DT", "SUMMARY", "HEADER", "LEGEND", "LABEL", "SECTION", "ASIDE"]);

export function linkTextLength(el: Element): number {
  let n = 0;
  for (const a of descendantsByTag(el, "a")) n += squash(a.textContent ?? "").length;
  return n;
}

/** Share of the block's text that is link text (0 for an empty block). */
export function linkDensity(el: Element, text = squash(el.textContent ?? "")): number {
  if (!text) return 0;
  const inner = el.tagName === "A" ? text.length : linkTextLength(el);
  return Math.min(1, inner / text.length);
}

// ---- a heading and the list under it -----------------------------------------------------------

/** Elements whose text is no block's words (a list never is one of them). */
export const NO_TEXT_TAGS = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "TEXTAREA", "TITLE"]);
/** The page and its main container: never a heading's box (nor, on the live page, anything hidden). */
export const PAGE_TAGS = new Set(["HTML", "HEAD", "BODY", "MAIN"]);

function hasOwnText(el: Element): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && /\S/.test((n as Text).data)) return true;
  return false;
}

/**
 * A heading's block: the heading climbed through wrappers that hold nothing else, so that its list
 * is the block's next sibling ("<p><strong>Baca juga</strong></p><p><a>…"; a "Baca Juga:" span that
 * Readability put in a <p> of its own). `mayClimb`: the live page stops at a block still being parsed.
 */
export function headingBox(heading: Element, mayClimb: (parent: Element) => boolean = () => true): Element {
  let h = heading;
  for (let p = h.parentElement; p && p.childElementCount === 1 && !PAGE_TAGS.has(p.tagName.toUpperCase()) && !hasOwnText(p) && mayClimb(p); p = p.parentElement) h = p;
  return h;
}

/** Nothing but white space between two siblings (no ", " between the links of a line). */
function adjacent(a: Element, b: Element): boolean {
  for (let n = a.nextSibling; n && n !== b; n = n.nextSibling) if (n.nodeType === 3 && /\S/.test((n as Text).data)) return false;
  return true;
}

/**
 * The list under a heading's block: its next sibling when mostly links, and the siblings right after
 * that which repeat it (same tag and class, nothing but white space between: the cards of one box,
 * "Artikel Terkait" over two <div>s). Links set in a line with commas are a line, not cards.
 */
export function listAfter(box: Element): Element[] {
  const first = box.nextElementSibling;
  if (!first || NO_TEXT_TAGS.has(first.tagName.toUpperCase()) || linkDensity(first) <= 0.5) return [];
  const list = [first];
  for (let e = first.nextElementSibling; e && sameKind(e, first) && adjacent(list[list.length - 1]!, e) && linkDensity(e) > 0.5; e = e.nextElementSibling) list.push(e);
  return list;
}

/** A player: an embedded frame, a video, AMP's players. */
const PLAYERS = "iframe, video, amp-iframe, amp-video, amp-youtube, amp-brightcove, amp-jwplayer, amp-dailymotion, amp-vimeo, amp-video-iframe, amp-ima-video";
/** Links in a video teaser: the teaser's own, a "more videos" link beside its title. */
const MAX_TEASER_LINKS = 3;

/**
 * A related heading that titles a player ("Video Pilihan", "Video Terkait" over an embedded video and
 * its caption, between the story's paragraphs): the box of the heading, the player and a short
 * caption is one teaser, and goes whole — the caption under the player is no list, and would stay
 * alone. Null unless the heading opens a box that holds a player and no more than a line besides.
 */
export function playerTeaser(box: Element): Element | null {
  const parent = box.parentElement;
  if (!parent || PAGE_TAGS.has(parent.tagName.toUpperCase()) || parent.tagName.toUpperCase() === "ARTICLE") return null;
  for (let e = parent.firstElementChild; e && e !== box; e = e.nextElementSibling) if (squash(e.textContent ?? "") !== "") return null;
  const player = parent.querySelector(PLAYERS);
  // A box its class calls an ad slot ("ADVERTISEMENT" over the ad's frame) is the ad-slot shape's.
  if (!player || box.contains(player) || descendantsByTag(parent, "a").length > MAX_TEASER_LINKS || namedAdSlot(parent)) return null;
  return squash(blockText(parent)).length <= MAX_LINE ? parent : null;
}

/** A box a clutter heading opens and names whole: its title, a line or two and its buttons or form. */
const MAX_TITLED_BOX = 300;
/** What such a box never holds: the article's title, body, byline or date, the site's frame. */
const KEPT_PARTS = 'h1, article, main, [itemprop="articleBody"], [itemprop="headline"], [itemprop="author"], time';
/** The categories whose heading names a box of its own (a comments heading has its section: comment-sections.ts). */
export const TITLED = new Set<Category>(["related", "social", "promo"]);
const MAX_TITLED_UP = 3;
/** Headlines a related title's box holds besides its title's own: a ranking, cards. */
const MIN_TITLED_LINKS = 2;
/** Inline elements: a link or a run of words is no box (a label inside a sentence's link is the sentence's). */
const INLINE_BOX = new Set(["A", "SPAN", "B", "STRONG", "EM", "I", "U", "SMALL", "LABEL", "FONT"]);

/**
 * The box a heading opens when no list follows it: "Ikuti Harian Metro di saluran WhatsApp" over a
 * line and three buttons, "Newsletter" over a blurb and its sign-up link, "Support local journalism"
 * over a donation form. Climbed while the heading's block is the first words of its parent and the
 * parent stays that small: at most a few lines besides, no paragraph of prose, nothing the article
 * keeps, none of the site's frame. Null when the heading opens nothing smaller than its page.
 */
export function titledBox(box: Element, category: Category): Element | null {
  let found: Element | null = null;
  const title = squash(box.textContent ?? "");
  for (let b = box, up = 0; up < MAX_TITLED_UP; up++) {
    const p = b.parentElement;
    if (!p || PAGE_TAGS.has(p.tagName.toUpperCase()) || p.tagName.toUpperCase() === "ARTICLE" || INLINE_BOX.has(p.tagName.toUpperCase())) break;
    const text = textUpTo(p, MAX_TITLED_BOX);
    if (text === null || !text.startsWith(title) || holdsProse(p, MAX_LINE) || p.querySelector(KEPT_PARTS) || holdsFrame(p) || inFrame(p)) break;
    found = b = p;
  }
  // A box its class calls an ad slot is the ad-slot shape's, which names it so (as slotBox leaves it).
  if (!found || namedAdSlot(found)) return null;
  // A related title's box holds headlines (a ranking, cards), not a row of topic names (the site's
  // own navigation); a plug's, what it asks the reader to do (a link, a button, a form). An ad's
  // label over its empty slot is slotBox's (hide-match.ts); words alone may be the story's.
  if (category === "related") return headlineLinks(found) - headlineLinks(box) >= MIN_TITLED_LINKS ? found : null;
  const controls = (el: Element) => descendantsByTag(el, "a").length + descendantsByTag(el, "button").length + descendantsByTag(el, "form").length;
  return controls(found) > controls(box) ? found : null;
}

function headlineLinks(el: Element): number {
  const at = pageOf(el.ownerDocument);
  return descendantsByTag(el, "a").filter((a) => isHeadlineLink(a.getAttribute("href") ?? "", squash(a.textContent ?? ""), at)).length;
}

/**
 * Two cards of one list: the same tag, and the same class or a class word in common — WordPress
 * writes each post's own category and tags into its class ("post-12 category-housing tag-x").
 */
function sameKind(a: Element, b: Element): boolean {
  if (a.tagName !== b.tagName) return false;
  const ca = a.getAttribute("class") ?? "", cb = b.getAttribute("class") ?? "";
  if (ca === cb) return true;
  const words = new Set(cb.split(/\s+/).filter(Boolean));
  return ca.split(/\s+/).some((w) => w && words.has(w));
}

/**
 * The link a read-also label opens, when the label and the headline are one link: a WordPress
 * plugin's card "<a><span>Baca Juga</span> <span>Harga tahu naik …</span></a>". The card is the
 * block, not the label alone (the headline would stay). Null when `el` is no label inside a link.
 */
function cardLinkOf(el: Element, text: string): Element | null {
  if (el.tagName === "A") return null;
  const link = el.parentElement?.closest("a");
  // A link among a sentence's words ("Silakan <a><b>baca juga</b> panduannya</a> di …") is the sentence's.
  if (!link || !link.parentElement || hasOwnText(link.parentElement)) return null;
  // A label and a headline; a teaser with its blurb is more than a line (the label goes alone, as
  // before). Read as a reader sees it: such a card carries its own <style>.
  const whole = squash(blockText(link)).toLowerCase();
  return whole.length > text.length && whole.length <= MAX_LINE && whole.startsWith(text) ? link : null;
}


// ---- structural shapes (no phrase list) --------------------------------------------------------

/** "© 2016 Antara", "Copyright © ANTARA 2015", "(c) 2020 …". */
const COPYRIGHT = /©|\(c\)\s*\d{4}|^copyright\b|\bcopyright\s*(?:©|\(c\)|\d{4})/iu;
/** Editor or agency initials closing an article: "(WIL)", "(kpl/sry)", "(Cas/Isk)", "aja/PAP". */
const INITIALS = /^(?:\(\s*[\p{L}]{2,6}(?:\s*[/,]\s*[\p{L}\p{N}]{2,6}){0,4}\s*\)|\*?[\p{L}]{2,6}(?:\s*\/\s*[\p{L}]{2,6}){1,4})$/u;
const MONTHS = [
  // en, id/ms, de, fr, es, pt, it, nl, pl (full names and the usual abbreviations)
  "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
  "januari", "februari", "maret", "mei", "juni", "juli", "agustus", "oktober", "desember", "agu", "okt", "des",
  "januar", "februar", "märz", "dezember", "mai",
  "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
  "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
  "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro", "dezembro",
  "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre",
  "maart", "augustus",
  "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia",
];
/** Words a date line carries besides the date: "Published", "Updated", "WIB", "views"… */
const DATE_WORDS = [
  "published", "updated", "posted", "last", "on", "at", "am", "pm", "est", "edt", "cst", "cet", "cest", "gmt", "utc", "bst",
  "wib", "wita", "wit", "diperbarui", "dipublikasikan", "diterbitkan", "pukul", "jam", "views", "view", "kali", "dibaca",
  "veröffentlicht", "aktualisiert", "am", "um", "uhr", "stand", "publié", "le", "à", "mis", "jour", "publicado", "actualizado",
  "atualizado", "em", "el", "de", "del", "pubblicato", "aggiornato", "il", "alle", "opublikowano", "aktualizacja",
  "views", "viewed", "reads", "kali", "dilihat", "aufrufe", "vues", "visitas", "visualizações", "visite", "weergaven", "wyświetleń",
  "hours", "hour", "ago", "minutes", "min", "days", "day", "yang", "lalu", "jam", "menit", "hari", "read", "time", "|", "-", "•",
];
const DATE_WORD_SET = new Set([...MONTHS, ...WEEKDAY_NAMES, ...DATE_WORDS]);
const HAS_DATE = new RegExp(
  `\\d[\\d.,]*\\s*(?:views|kali|dilihat|aufrufe|vues|visitas|visualizações|weergaven)\\b|\\b\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4}\\b|\\b\\d{1,2}[:.]\\d{2}\\b|(?:^|[^\\p{L}])(?:${MONTHS.join("|")})\\.?(?:[^\\p{L}]|$)`,
  "iu",
);

/** The label of a date line, left alone once its date (a <time> of its own) has gone: "PUBLISHED: | UPDATED:". */
const DATE_LABELS = new Set([
  "published", "updated", "posted", "diperbarui", "dipublikasikan", "diterbitkan", "veröffentlicht", "aktualisiert",
  "publié", "publicado", "actualizado", "atualizado", "pubblicato", "aggiornato", "opublikowano", "aktualizacja",
]);

/** "Selasa, 23/02/2016 15:32 WIB", "PUBLISHED: 10:48, Tue, Nov 19, 2019", "Updated 11:21 pm CST". */
export function isDateLine(text: string): boolean {
  if (text.length > MAX_LABEL) return false;
  const words = text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  const other = words.filter((w) => !DATE_WORD_SET.has(w));
  if (!HAS_DATE.test(text)) return other.length === 0 && words.some((w) => DATE_LABELS.has(w)) && text.length <= 40;
  return other.length <= 1;
}

const SHARE_WORDS = new Set([
  "facebook", "twitter", "whatsapp", "pinterest", "pint", "pin", "linkedin", "email", "e-mail", "mail", "telegram", "line",
  "reddit", "tumblr", "print", "share", "copy", "link", "messenger", "flipboard", "x", "drucken", "teilen", "imprimir",
  "compartir", "compartilhar", "baixar", "partager", "imprimer", "condividi", "stampa", "delen", "bagikan", "tweet",
  "instagram", "youtube", "tiktok", "threads", "bluesky", "mastodon", "xing", "sms", "kopieren", "salin", "tautan",
  "comments", "comment", "save", "gmail", "wechat", "weibo", "vk", "google", "news", "shares",
]);
/** A row of share buttons: "Whatsapp Facebook Pint Baixar", "Facebook Twitter Email". */
export function isShareRow(text: string): boolean {
  if (text.length > 120) return false;
  const words = text.toLowerCase().match(/[\p{L}\p{N}-]+/gu) ?? [];
  if (words.length < 2) return false;
  const hits = words.filter((w) => SHARE_WORDS.has(w) || /^\d+$/.test(w)).length;
  return hits >= 2 && hits / words.length >= 0.75 && words.some((w) => /facebook|twitter|whatsapp|pinterest|linkedin|telegram/.test(w));
}

/** "By Jane Doe", "Oleh Ade Marboen": a byline line inside the body (the header shows the byline). */
const BYLINE = /^(?:[Bb]y|BY|[Oo]leh|OLEH|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|und|dan|y|e|et|&|,|-|–|\||and)){0,6}(?:\s*[-–|,]\s*.*)?$/u;
/**
 * The reporter line that opens Indonesian network articles, the site's own byline in its words:
 * "Laporan Wartawan Tribunnews.com, Rina Wati". The outlet written as a domain and a name after the
 * comma make it: a story's sentence that opens with "Laporan wartawan …" has neither.
 */
const REPORTER_LEAD = /^(?:laporan|liputan)\s+(?:wartawan|reporter|kontributor|jurnalis)\s+/i;
/** The outlet and the name (a capital first: with the `i` flag \p{Lu} would take any letter). */
const REPORTER_REST = /^[\p{L}\p{N}-]+(?:\.[\p{L}]{2,})+\s*,\s*\p{Lu}[\p{L}.'’ -]*$/u;
function isReporterLine(text: string): boolean {
  const lead = REPORTER_LEAD.exec(text);
  return lead !== null && REPORTER_REST.test(text.slice(lead[0].length));
}

export function isByline(original: string): boolean {
  if (original.length <= 90 && isReporterLine(original)) return true;
  if (original.length > 90 || !BYLINE.test(original)) return false;
  const rest = original.replace(BYLINE, "");
  return rest === "" && !/[.!?]$/.test(original.replace(/\b\p{Lu}\.$/u, ""));
}

/** A gallery or page counter: "6", "Image 1 of 9", "Foto 2 dari 8", "12 Foto". */
const COUNTER = /^(?:\d{1,3}|(?:image|photo|foto|bild|gambar|slide)\s*\d+\s*(?:of|dari|von|de|di|\/)\s*\d*|\d{1,3}\s*(?:foto|photos|fotos|bilder|images))$/iu;

/**
 * A teaser link in capitals standing alone as a paragraph ("DANCING WITH THE STARS: … ELIMINATED"):
 * newsrooms set links to other stories this way between paragraphs; the article's prose is never
 * a single link in capitals.
 */
function isCapsLink(el: Element, original: string): boolean {
  if (original.length < 12 || original.split(" ").length < 3) return false;
  const links = descendantsByTag(el, "a");
  if (el.tagName !== "A" && (links.length !== 1 || squash(links[0]!.textContent ?? "").length < original.length - 2)) return false;
  const letters = original.match(/\p{L}/gu) ?? [];
  const upper = original.match(/\p{Lu}/gu) ?? [];
  return letters.length >= 10 && upper.length / letters.length >= 0.8;
}

function structural(el: Element, text: string, original: string): Verdict | null {
  const v = (category: Category, shape: string): Verdict => ({ category, rule: `shape:${category}:${shape}`, target: el, alsoRemove: [] });
  if (text.length <= 20 && COUNTER.test(text)) return v("credits", "counter");
  if (/^(P|H[2-6]|DIV|LI|STRONG|B)$/.test(el.tagName.toUpperCase()) && isCapsLink(el, original)) return v("related", "caps-link");
  if (text.length <= 160 && COPYRIGHT.test(text)) return v("credits", "copyright");
  if (text.length <= 40 && INITIALS.test(original)) return v("credits", "initials");
  if (isDateLine(text)) return v("credits", "dateline");
  if (isShareRow(text)) return v("social", "share-row");
  if (isByline(original)) return v("credits", "byline");
  return null;
}

/**
 * A comment section's rules ("Komentar adalah tanggapan pribadi…", "Your email address will not be
 * published…") run longer than a clutter line; a comment phrase of three words or more is specific
 * enough to take a whole paragraph of them.
 */
const MAX_COMMENT_RULES = 700;
function commentRules(el: Element, text: string, matchers: readonly PhraseMatcher[]): Verdict | null {
  if (text.length > MAX_COMMENT_RULES || hasDescendant(el, "p", "div", "li")) return null;
  const m = matchers.find((x) => x.category === "comments" && x.shape === "line" && x.test(text));
  return m ? { category: "comments", rule: "phrase:comments:line", target: el, alsoRemove: [] } : null;
}

// ---- verdict -----------------------------------------------------------------------------------

export interface ClassifyOptions {
  /** Also apply the structural shapes (copyright, date lines, initials, share rows, bylines). Default true. */
  shapes?: boolean;
  /** Categories the structural shapes may report; default: all. */
  enabled?: ReadonlySet<Category>;
  /** Rules left out, by name (the rule audit, scripts/audit-rules.mjs); default: none. */
  ruleOff?: (rule: string) => boolean;
}

/** A label before a link ("<span>Baca Juga</span><a>…"), at most this long. */
const MAX_LABEL_GAP = 40;

/**
 * The block's text with a space after a label that its link follows with none between them:
 * "<span>Baca Juga</span><a>Warga …</a>" reads "Baca JugaWarga …" in textContent, where the page
 * shows two lines (or a label beside a card). The phrase then ends where the page shows it end.
 * Only a first child that is no link, and whose next element is a link or opens with one.
 */
export function labelGap(el: Element, text: string): string {
  const label = el.firstElementChild;
  if (!label || label.tagName.toUpperCase() === "A") return text;
  const next = label.nextElementSibling;
  if (!next || (next.tagName.toUpperCase() !== "A" && next.firstElementChild?.tagName.toUpperCase() !== "A")) return text;
  const words = squash(label.textContent ?? "");
  if (!words || words.length > MAX_LABEL_GAP || !text.startsWith(words) || text.length === words.length) return text;
  const after = text.codePointAt(words.length)!;
  return isWordCode(after) && isWordCode(words.codePointAt(words.length - 1)!) ? `${words} ${text.slice(words.length)}` : text;
}

/** Words that may stand between a lead phrase and its link: "Simak juga Video: <a>", "Mehr dazu lesen Sie hier: <a>". */
const LINK_GAP_WORDS = 3;

/** Start and end of each of the next `count` words of `text` from `at`. */
function nextWords(text: string, at: number, count: number): [number, number][] {
  const words: [number, number][] = [];
  while (words.length < count && at < text.length) {
    while (at < text.length && !isWordCode(text.codePointAt(at)!)) at++;
    const start = at;
    while (at < text.length && isWordCode(text.codePointAt(at)!)) at++;
    if (at > start) words.push([start, at]);
  }
  return words;
}

/**
 * Whether a link starts within three words after a lead phrase that ends at `end`: "Baca juga: <a>…",
 * "<a>Read more: …</a>", "tayang di <a>…". "<a>TRENDING</a> | 17 Juni 2021 08:55 ·
 * Reporter: <a>…</a>" is a section label and a date line: its link is the phrase itself, and the
 * next one comes many words later.
 */
function linkFollows(el: Element, text: string, end: number): boolean {
  const words = nextWords(text, end, LINK_GAP_WORDS + 1);
  const firstWord = words[0]?.[0];
  if (firstWord === undefined) return false;
  const latest = words[words.length - 1]![0];
  let from = 0;
  for (const a of el.tagName === "A" ? [el] : descendantsByTag(el, "a")) {
    const t = squash(a.textContent ?? "").toLowerCase();
    const at = t ? text.indexOf(t, from) : -1;
    if (at < 0) continue;
    if (at > latest) return false;
    from = at + t.length;
    if (from > firstWord) return true;
  }
  return false;
}

export function classify(el: Element, matchers: readonly PhraseMatcher[], opts: ClassifyOptions = {}): Verdict | null {
  const original = labelGap(el, squash(el.textContent ?? ""));
  const text = original.toLowerCase();
  if (!text) return null;
  if (text.length > MAX_LINE) return commentRules(el, text, matchers);
  const hasLink = el.tagName === "A" || hasDescendant(el, "a");
  for (const m of matchers) {
    if (!m.test(text)) continue;
    const rule = `phrase:${m.category}:${m.shape}`;
    if (opts.ruleOff?.(rule)) continue;
    // A read-also label that opens the link it labels is that link's lead: the card goes whole.
    const card = m.category === "related" && m.shape !== "line" ? cardLinkOf(el, text) : null;
    if (card && !opts.ruleOff?.("phrase:related:lead")) return { category: m.category, rule: "phrase:related:lead", target: headingBox(card), alsoRemove: [] };
    if (m.shape === "lead") {
      // "Baca juga: <a>…</a>": a lead phrase only counts when a link follows it; a read-also lead's link
      // comes right after it, a call to action's where the action is ("Ikuti survei …, isi <a>di sini</a>").
      const follows = m.category === "related" ? linkFollows(el, text, m.end(text)) : hasLink;
      if (hasLink && follows) return { category: m.category, rule, target: el, alsoRemove: [] };
    } else if (m.shape === "heading") {
      if (!HEADING.has(el.tagName.toUpperCase())) continue;
      const box = headingBox(el);
      const list = listAfter(box);
      const whole = list.length > 0 ? null : playerTeaser(box) ?? (TITLED.has(m.category) ? titledBox(box, m.category) : null);
      return { category: m.category, rule, target: whole ?? box, alsoRemove: whole ? [] : list };
    } else if (m.shape === "label") {
      if (text.length <= MAX_LABEL) return { category: m.category, rule, target: el, alsoRemove: [] };
    } else if (text.length <= SHORT_LINE || text.length - m.lastEnd(text) <= CTA_TAIL) {
      // A call to action is the whole of a short block or closes it ("… Ikuti kami di Google News",
      // also after one that opened it: "Ikuti kami di Google News … Gabung juga di WhatsApp Channel
      // X."); a sentence that merely opens with the words and goes on is the article's own prose.
      // A call that titles a small box takes the box: its line of detail and buttons or form.
      const box = m.category !== "related" && TITLED.has(m.category) ? titledBox(el, m.category) : null;
      return { category: m.category, rule, target: box ?? el, alsoRemove: [] };
    }
  }
  if (opts.shapes === false) return null;
  const verdict = structural(el, text, original);
  if (verdict && opts.enabled && !opts.enabled.has(verdict.category)) return null;
  return verdict && opts.ruleOff?.(verdict.rule) ? null : verdict;
}
