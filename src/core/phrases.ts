/**
 * Compiles the locale phrase lists (and a site pack's own) into matchers per category and shape.
 *
 * Why not one regular expression per shape: an alternation of a few hundred phrases with Unicode
 * word boundaries (`[^\p{L}\p{N}\p{M}]`, flag `u`) costs hundreds of milliseconds to compile and run the
 * first time, and the content script pays that on every page start. Instead a text is cut once into
 * its runs of letters and digits (any script), and a phrase is only tried where a run equals the
 * phrase's own first run (a Map lookup), then compared literally. The semantics are exactly those of
 * the regular expressions `shapeSource` writes (tests/unit/phrases.test.ts compares the two); a
 * phrase that does not start with a letter or digit (a user's "#iklan") keeps its shape's regex.
 */
import { LOCALES, type LocalePhrases, type PhraseShape } from "../rules/index.ts";
import type { SiteNames } from "./site-name.ts";
import type { Category } from "./types.ts";

export interface PhraseMatcher {
  category: Category;
  shape: PhraseShape;
  /** Matches a lower-cased, whitespace-collapsed text. */
  test(text: string): boolean;
  /** Where the first match ends in the text, or -1. */
  end(text: string): number;
  /** Where the match that ends last ends in the text, or -1 (a `line` phrase may match more than once). */
  lastEnd(text: string): number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** The order the alternation tries phrases in: longest (escaped) first, ties as listed. */
const alt = (phrases: readonly string[]) =>
  phrases.map(escape).sort((a, b) => b.length - a.length).join("|");
/** Not a letter, digit or combining mark, in any script (`\W` would count "ä" or "é" as punctuation). */
const P = "[^\\p{L}\\p{N}\\p{M}]";

/** The regular expression for one shape; null when no phrase needs it. The reference semantics. */
export function shapeSource(shape: PhraseShape, phrases: readonly string[]): string | null {
  if (phrases.length === 0) return null;
  const single = phrases.filter((p) => !p.includes(" "));
  const multi = phrases.filter((p) => p.includes(" "));
  const parts: string[] = [];
  switch (shape) {
    case "lead":
      // "Baca juga <a>…": a phrase of several words may be followed by a space; a single word
      // ("baca", "more") only counts with a separator after it ("Baca: <a>…"), so "Baca buku…" is prose.
      if (multi.length) parts.push(`^${P}*(?:${alt(multi)})(?:[\\s:;.\\-–—»›>|：】]|$)`);
      if (single.length) parts.push(`^${P}*(?:${alt(single)})\\s*[:;\\-–—»›>|：】]`);
      break;
    case "heading":
      // The phrase is the whole text, or with a count, in brackets or as a badge ("Komentar (23)",
      // "Comentarios 87"); a phrase of several words may carry up to two more words ("More from UK",
      // "Berita terkait lainnya").
      parts.push(`^${P}*(?:${alt(phrases)})(?:${P}+[0-9]+)?${P}*$`);
      if (multi.length) parts.push(`^${P}*(?:${alt(multi)})(?:${P}+[\\p{L}\\p{N}\\p{M}]+){1,2}${P}*$`);
      break;
    case "line":
      parts.push(`(?:^|${P})(?:${alt(phrases)})(?:${P}|$)`);
      break;
    case "label": {
      // "Editor: Ade", "Foto : Antara", "Photo by Jane Doe".
      const by = phrases.filter((p) => / by$/.test(p));
      parts.push(`^${P}*(?:${alt(phrases)})\\s*[:：|]\\s*[^\\s:：|]`);
      if (by.length) parts.push(`^${P}*(?:${alt(by)})\\s+\\S`);
      break;
    }
  }
  return parts.join("|");
}

// ---- letters and digits ------------------------------------------------------------------------

let wordRe: RegExp | null = null;
const wordCache = new Map<number, boolean>();
/**
 * Whether the code point is a letter, digit or combining mark (`[\p{L}\p{N}\p{M}]`); ASCII without a
 * regex. The marks are inside words: Thai and Devanagari vowel signs ("ปิด", "फॉलो"), Arabic
 * vowels, a Latin accent written apart from its letter.
 */
export function isWordCode(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90);
  // Latin-1, Latin Extended-A/B and General Punctuation by table: the first \p{…} regex of a page
  // costs milliseconds, and European text and typographic punctuation need none.
  if (cp < 0xc0) return cp === 0xaa || cp === 0xb5 || cp === 0xba || cp === 0xb2 || cp === 0xb3 || cp === 0xb9 || (cp >= 0xbc && cp <= 0xbe);
  if (cp <= 0x24f) return cp !== 0xd7 && cp !== 0xf7;
  if (cp >= 0x2000 && cp <= 0x206f) return false;
  let w = wordCache.get(cp);
  if (w === undefined) {
    w = (wordRe ??= /^[\p{L}\p{N}\p{M}]$/u).test(String.fromCodePoint(cp));
    if (wordCache.size > 4096) wordCache.clear();
    wordCache.set(cp, w);
  }
  return w;
}
const isWordAt = (t: string, i: number) => isWordCode(t.codePointAt(i)!);
/** UTF-16 length of the code point at i. */
const cpLen = (t: string, i: number) => (t.codePointAt(i)! > 0xffff ? 2 : 1);

/** The text's runs of letters and digits as [start, end, start, end, …]; the last text's is kept. */
let lastText: string | null = null;
let lastRuns: number[] = [];
/** Anything but printable ASCII and white space. A text without any: its runs are `[a-zA-Z0-9]+`, found by the regex engine. */
const NON_ASCII = /[^ -~\t\n\r\f\v]/;
const ASCII_RUN = /[a-zA-Z0-9]+/g;
function runs(t: string): number[] {
  if (t === lastText) return lastRuns;
  const out: number[] = [];
  if (!NON_ASCII.test(t)) {
    // Most texts of our readers' sites (and every English one): no code point loop at all.
    ASCII_RUN.lastIndex = 0;
    for (let m = ASCII_RUN.exec(t); m; m = ASCII_RUN.exec(t)) out.push(m.index, m.index + m[0].length);
    lastText = t;
    lastRuns = out;
    return out;
  }
  let start = -1;
  for (let i = 0; i < t.length; ) {
    const cp = t.codePointAt(i)!;
    const w = isWordCode(cp);
    if (w && start < 0) start = i;
    else if (!w && start >= 0) {
      out.push(start, i);
      start = -1;
    }
    i += cp > 0xffff ? 2 : 1;
  }
  if (start >= 0) out.push(start, t.length);
  lastText = t;
  lastRuns = out;
  return out;
}

/** The first character that is not an ASCII letter or digit (a native scan: compiling runs on every page start). */
const NOT_ASCII_WORD = /[^a-z0-9A-Z]/;

/** A phrase's first run of letters and digits ("" when it does not start with one). */
function firstRun(p: string): string {
  const m = NOT_ASCII_WORD.exec(p);
  if (!m) return p;
  let i = m.index;
  if (p.charCodeAt(i) < 128) return p.slice(0, i);
  while (i < p.length && isWordAt(p, i)) i += cpLen(p, i);
  return p.slice(0, i);
}

const SPECIAL = /[.*+?^${}()|[\]\\]/g;
/** The phrase's length in the regular expression (escaped), which orders the alternation. */
const escapedLength = (p: string) => p.length + (p.match(SPECIAL)?.length ?? 0);

/** Phrases by their first run, in list order: only phrases with the same first run can match at the same place. */
function index(phrases: readonly string[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const p of phrases) {
    const k = firstRun(p);
    const list = map.get(k);
    if (list) list.push(p);
    else map.set(k, [p]);
  }
  return map;
}

// ---- shapes ------------------------------------------------------------------------------------

/**
 * Where a match ends given that phrase `p` sits at `at` (the text equals p there), or -1 when what
 * follows does not fit the shape.
 */
type After = (t: string, at: number, p: string, rs: number[]) => number;

/** `(?:[\s:;.\-–—»›>|：】]|$)` after a phrase of several words (a full-width colon or a closing 【】 bracket: CJK leads). */
const LEAD_MULTI_SEP = /[\s:;.\-–—»›>|：】]/y;
/** `\s*[:;\-–—»›>|：】]` after a single word. */
const LEAD_SINGLE_SEP = /\s*[:;\-–—»›>|：】]/y;
const LABEL_SEP = /\s*[:：|]\s*[^\s:：|]/uy;
const LABEL_BY = /\s+\S/uy;

function sticky(re: RegExp, t: string, at: number): number {
  re.lastIndex = at;
  return re.test(t) ? re.lastIndex : -1;
}

const afterLeadMulti: After = (t, at) => (at === t.length ? at : sticky(LEAD_MULTI_SEP, t, at));
const afterLeadSingle: After = (t, at) => sticky(LEAD_SINGLE_SEP, t, at);
const afterLabel: After = (t, at) => sticky(LABEL_SEP, t, at);
const afterLabelBy: After = (t, at) => sticky(LABEL_BY, t, at);
const afterLine: After = (t, at) => (at === t.length ? at : isWordAt(t, at) ? -1 : at + cpLen(t, at));

/** Runs of letters and digits that start at or after `at`. */
function runsFrom(rs: number[], at: number): number {
  let n = 0;
  for (let i = rs.length - 2; i >= 0 && rs[i]! >= at; i -= 2) n++;
  return n;
}
/**
 * `(?:P+[0-9]+)?P*$`: nothing but punctuation and spaces after the phrase, or a count, in brackets
 * or not ("(23)" is punctuation, digits, punctuation): one run of ASCII digits after the phrase.
 */
const afterHeading: After = (t, at, _p, rs) => {
  if (at !== t.length && isWordAt(t, at)) return -1;
  const n = runsFrom(rs, at);
  return n === 0 || (n === 1 && isCount(t, rs[rs.length - 2]!, rs[rs.length - 1]!)) ? t.length : -1;
};
/** The run from `s` to `e` is ASCII digits: "23" of "(23)" or of "Comentarios 23". */
function isCount(t: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (t.charCodeAt(i) < 48 || t.charCodeAt(i) > 57) return false;
  return true;
}
/** `(?:P+[\p{L}\p{N}\p{M}]+){1,2}P*$`: one or two more words. */
const afterHeadingMore: After = (t, at, _p, rs) => {
  if (at === t.length || isWordAt(t, at)) return -1;
  const n = runsFrom(rs, at);
  return n >= 1 && n <= 2 ? t.length : -1;
};

/** One alternative of a shape's regex: phrases tried at the text's first run (anchored) or at every run. */
interface Part {
  /** The phrases that start with a run (see indexed and derived); undefined when none does. */
  phrases: (run: string) => readonly string[] | undefined;
  after: After;
}

/**
 * Where the match at `s` ends for one part, or -1. The alternation tries the longest (escaped)
 * phrase first, ties in list order: among the phrases that fit here, that one gives the end. Only
 * `end` needs the choice (`first` stops at any match).
 */
function matchAt(part: Part, t: string, s: number, key: string, rs: number[], first: boolean): number {
  const list = part.phrases(key);
  if (!list) return -1;
  let end = -1, best = -1;
  for (const p of list) {
    if (!t.startsWith(p, s)) continue;
    const e = part.after(t, s + p.length, p, rs);
    if (e < 0) continue;
    if (first) return e;
    const len = escapedLength(p);
    if (len > best) {
      best = len;
      end = e;
    }
  }
  return end;
}

/** The end of the first match of `parts` (tried in order, like `A|B`) at the text's first run. */
function anchoredEnd(parts: readonly Part[], t: string, first: boolean): number {
  const rs = runs(t);
  if (rs.length === 0) return -1;
  const s = rs[0]!;
  const key = t.slice(s, rs[1]);
  for (const part of parts) {
    const e = matchAt(part, t, s, key, rs, first);
    if (e >= 0) return e;
  }
  return -1;
}

/** The end of the leftmost match of a `line` phrase: it may start at any run. */
function anywhereEnd(part: Part, t: string, first: boolean): number {
  const rs = runs(t);
  for (let i = 0; i < rs.length; i += 2) {
    const e = matchAt(part, t, rs[i]!, t.slice(rs[i]!, rs[i + 1]), rs, first);
    if (e >= 0) return e;
  }
  return -1;
}

/** The end of the match that ends last, of a `line` phrase (it may start at any run). */
function lastLineEnd(part: Part, t: string): number {
  const rs = runs(t);
  let last = -1;
  for (let i = 0; i < rs.length; i += 2) last = Math.max(last, matchAt(part, t, rs[i]!, t.slice(rs[i]!, rs[i + 1]), rs, false));
  return last;
}

/** The shapes' "what may follow the phrase" tests, by name: a compiled table is plain data. */
const AFTER = {
  leadMulti: afterLeadMulti, leadSingle: afterLeadSingle, label: afterLabel, labelBy: afterLabelBy,
  line: afterLine, heading: afterHeading, headingMore: afterHeadingMore,
} satisfies Record<string, After>;
type AfterName = keyof typeof AFTER;

/**
 * Parts whose phrases are a subset of the first part's (shapeParts): a page gets them without their
 * index and picks them out of the first part's when it first needs them. The message that carries
 * the plan to every page costs the page's main thread by its length (docs/BENCHMARKS.md, "4
 * December"); these were an eighth of it.
 */
const DERIVED: Partial<Record<AfterName, (phrase: string) => boolean>> = {
  headingMore: (p) => p.includes(" "),
  labelBy: (p) => p.endsWith(" by"),
};

/** An index's phrases by first run (a plain object, as a table arrives in a message: own keys only count). */
function indexed(index: Record<string, string[]>): Part["phrases"] {
  // Own keys only: a run such as "constructor" must not find Object.prototype's.
  return (run) => (Object.hasOwn(index, run) ? index[run] : undefined);
}

/**
 * The phrases of `index` that `keep` picks, by first run as before, in list order: picked for a run
 * when a text first starts with it. A page asks about a few dozen runs; the index has hundreds.
 */
function derived(index: Record<string, string[]>, keep: (phrase: string) => boolean): Part["phrases"] {
  const all = indexed(index);
  const picked = new Map<string, readonly string[] | undefined>();
  return (run) => {
    if (picked.has(run)) return picked.get(run);
    const list = all(run)?.filter(keep);
    const found = list?.length ? list : undefined;
    picked.set(run, found);
    return found;
  };
}

/**
 * One category's phrases of one shape, compiled to plain data (structured-cloneable): the content
 * script gets its tables from the background in a message and only builds the matchers
 * (`matcherOf`), so no page pays for indexing a few thousand phrases on every start.
 */
export interface PhraseTable {
  category: Category;
  shape: PhraseShape;
  /**
   * The regex's alternatives, tried in order: phrases by their first run, and what may follow them.
   * Without `index` (as a page gets it): the phrases of the first part that DERIVED picks.
   */
  parts: { after: AfterName; index?: Record<string, string[]> }[];
  /**
   * How the phrases start (startKey), for phraseFilter. Left out of the tables a page gets (the
   * background sends their filter keys instead, see FilterKeys): a third of the message.
   */
  starts?: string[];
  /** Instead of parts: the regex source, for a list with a phrase that opens with punctuation. */
  source?: string;
}

type IndexedPart = { after: AfterName; index: Record<string, string[]> };

function shapeParts(shape: PhraseShape, phrases: readonly string[]): IndexedPart[] {
  const single = phrases.filter((p) => !p.includes(" "));
  const multi = phrases.filter((p) => p.includes(" "));
  const part = (list: readonly string[], after: AfterName) => (list.length ? [{ after, index: Object.fromEntries(index(list)) }] : []);
  switch (shape) {
    case "lead":
      return [...part(multi, "leadMulti"), ...part(single, "leadSingle")];
    case "heading":
      return [...part(phrases, "heading"), ...part(phrases.filter(DERIVED.headingMore!), "headingMore")];
    case "line":
      return part(phrases, "line");
    case "label":
      return [...part(phrases, "label"), ...part(phrases.filter(DERIVED.labelBy!), "labelBy")];
  }
}

/** One category's phrases of one shape as a table (null when there are none). */
export function phraseTable(category: Category, shape: PhraseShape, phrases: readonly string[]): PhraseTable | null {
  if (phrases.length === 0) return null;
  const parts = shapeParts(shape, phrases);
  // Rare (a user's own phrase that opens with punctuation): keep the regular expression.
  if (parts.some((part) => Object.hasOwn(part.index, ""))) return { category, shape, parts: [], starts: [], source: shapeSource(shape, phrases)! };
  return { category, shape, parts, starts: parts.flatMap((part) => Object.values(part.index).flatMap((list) => list.map(startKey))) };
}

/**
 * The end of the match that ends last, tried at every index (`matchAll` would skip a match that
 * shares its leading separator with the one before: "a b" with phrases "a" and "b").
 */
export function lastRegexEnd(sticky: RegExp, t: string): number {
  let last = -1;
  for (let i = 0; i <= t.length; i++) {
    sticky.lastIndex = i;
    if (sticky.test(t)) last = Math.max(last, sticky.lastIndex);
  }
  return last;
}

/** The matcher of a table. */
export function matcherOf(table: PhraseTable): PhraseMatcher {
  const { category, shape } = table;
  if (table.source !== undefined) {
    const re = new RegExp(table.source, "u");
    const sticky = new RegExp(table.source, "uy");
    return {
      category, shape,
      test: (t) => re.test(t),
      end: (t) => {
        const m = re.exec(t);
        return m ? m.index + m[0].length : -1;
      },
      lastEnd: (t) => lastRegexEnd(sticky, t),
    };
  }
  // The index is used as it came (no Map to build on the page): behind phraseFilter, most matchers
  // of a page are asked about a handful of texts.
  let built: Part[] | null = null;
  const parts = () => (built ??= table.parts.map((part) => ({ phrases: part.index ? indexed(part.index) : derived(table.parts[0]!.index!, DERIVED[part.after]!), after: AFTER[part.after] })));
  const line = shape === "line";
  const matcher: PhraseMatcher = {
    category, shape,
    test: (t) => (line ? anywhereEnd(parts()[0]!, t, true) : anchoredEnd(parts(), t, true)) >= 0,
    end: (t) => (line ? anywhereEnd(parts()[0]!, t, false) : anchoredEnd(parts(), t, false)),
    // An anchored shape matches once, at the text's start.
    lastEnd: (t) => (line ? lastLineEnd(parts()[0]!, t) : anchoredEnd(parts(), t, false)),
  };
  if (table.starts) STARTS.set(matcher, { anywhere: line, keys: table.starts });
  return matcher;
}

/** One category's phrases of one shape as a matcher (null when there are none). */
export function compileShape(category: Category, shape: PhraseShape, phrases: readonly string[]): PhraseMatcher | null {
  const table = phraseTable(category, shape, phrases);
  return table && matcherOf(table);
}

/**
 * How a phrase starts, for phraseFilter: its first run, or its first two runs ("to\u0000your") when it
 * has more than one — a first word alone ("to", "the") would let most prose through. Every run of a
 * phrase is a whole run of a text it matches: the text equals the phrase there, and every shape
 * wants a non-letter after the phrase.
 */
function startKey(p: string): string {
  const rs = runs(p);
  return rs.length >= 4 ? `${p.slice(rs[0], rs[1])}\u0000${p.slice(rs[2], rs[3])}` : p.slice(rs[0], rs[1]);
}

/** How a compiled matcher's phrases start (startKey), and whether they may start at any run (line) or only the first. */
const STARTS = new WeakMap<PhraseMatcher, { anywhere: boolean; keys: readonly string[] }>();

/**
 * The keys phraseFilter tests, as plain data: how the phrases of anchored shapes start (`first`) and
 * how `line` phrases start (`anywhere`), each once. The background works them out with the tables
 * and sends them, so the page only makes Sets of them instead of walking every phrase of every
 * locale on its main thread. Null: a table kept as a regex, so no quick test.
 */
export interface FilterKeys {
  first: string[];
  anywhere: string[];
  /**
   * The first runs of the two-run keys of each (startKey): only after one of these is a pair worth
   * making. Sent too: a few hundred short strings cost the message less than the page's walk over
   * every key to find them, which runs before the engine has compiled anything.
   */
  firstHeads: string[];
  anywhereHeads: string[];
}

/** FilterKeys of the keys as gathered (each once). */
function keysOf(first: Iterable<string>, anywhere: Iterable<string>): FilterKeys {
  const keys = { first: [...new Set(first)], anywhere: [...new Set(anywhere)] };
  return { ...keys, firstHeads: headsOf(keys.first), anywhereHeads: headsOf(keys.anywhere) };
}

const keysMemo = new WeakMap<readonly PhraseTable[], FilterKeys | null>();

/** The filter keys of a list of tables (see FilterKeys). */
export function filterKeys(tables: readonly PhraseTable[]): FilterKeys | null {
  if (keysMemo.has(tables)) return keysMemo.get(tables)!;
  let keys: FilterKeys | null = null;
  if (!tables.some((t) => t.source !== undefined || !t.starts)) {
    const first: string[] = [];
    const anywhere: string[] = [];
    for (const t of tables) (t.shape === "line" ? anywhere : first).push(...t.starts!);
    keys = keysOf(first, anywhere);
  }
  keysMemo.set(tables, keys);
  return keys;
}

/**
 * One quick test for a whole list of matchers: false when none of them can match the text, because
 * no run of it (its first run, for the anchored shapes) is the first run (or first two runs, see
 * startKey) of any of their phrases. The live page asks it of every short block before trying the
 * matchers one by one; most blocks stop here. No keys (a regex table): it answers true.
 */
export function filterOf(keys: FilterKeys | null): (text: string) => boolean {
  if (!keys) return () => true;
  const first = new Set(keys.first);
  const anywhere = new Set(keys.anywhere);
  const firstHeads = new Set(keys.firstHeads);
  const anywhereHeads = new Set(keys.anywhereHeads);
  // Asked of every short block of a page: a pair of runs is only put together (a new string) after
  // a run that starts some two-run key.
  return (t) => {
    const rs = runs(t);
    for (let i = 0; i < rs.length; i += 2) {
      const run = t.slice(rs[i]!, rs[i + 1]);
      const at0 = i === 0;
      if (anywhere.has(run) || (at0 && first.has(run))) return true;
      if (i + 2 < rs.length && (anywhereHeads.has(run) || (at0 && firstHeads.has(run)))) {
        const pair = `${run}\u0000${t.slice(rs[i + 2]!, rs[i + 3])}`;
        if (anywhere.has(pair) || (at0 && first.has(pair))) return true;
      }
    }
    return false;
  };
}

function headsOf(keys: readonly string[]): string[] {
  const heads = new Set<string>();
  for (const k of keys) {
    const cut = k.indexOf("\u0000");
    if (cut >= 0) heads.add(k.slice(0, cut));
  }
  return [...heads];
}

/** filterOf for matchers this module compiled; a matcher it did not (a regex one) makes it answer true. */
export function phraseFilter(matchers: readonly PhraseMatcher[]): (text: string) => boolean {
  const first: string[] = [];
  const anywhere: string[] = [];
  for (const m of matchers) {
    const starts = STARTS.get(m);
    if (!starts) return () => true;
    (starts.anywhere ? anywhere : first).push(...starts.keys);
  }
  return filterOf(keysOf(first, anywhere));
}

/** Order in which shapes are tried: the most specific first. */
const SHAPE_ORDER: Record<PhraseShape, number> = { heading: 0, lead: 1, label: 2, line: 3 };

/** Compiled tables by (enabled categories, extra lists, site names): the CLI and the background ask for the same few. */
const memo = new Map<string, PhraseTable[]>();
const MEMO_MAX = 32;

/**
 * Where a phrase names the site it is shown on: "download the {site} app", "hanya di {domain}". A
 * plug for the site's own app, channel or subscription reads like a how-to's step or a story's
 * sentence when it names another ("Download aplikasi PeduliLindungi"), and like nothing else when it
 * names the site itself. Such a phrase applies only with the page's site names in it (site-name.ts
 * siteNames): `{site}` the name alone or with its domain, `{domain}` only with it ("Kompas.com",
 * "detikcom"), for phrases where a name that is also a word would read as prose.
 */
const SITE_SLOT = "{site}";
const DOMAIN_SLOT = "{domain}";
const hasSlot = (p: string) => p.includes(SITE_SLOT) || p.includes(DOMAIN_SLOT);

/** A phrase with a site slot as the phrases it stands for on the site (none without slot). */
function fillSlots(p: string, site: SiteNames): string[] {
  if (p.includes(DOMAIN_SLOT)) return site.domains.map((n) => p.replaceAll(DOMAIN_SLOT, n));
  if (p.includes(SITE_SLOT)) return [...site.names, ...site.domains].map((n) => p.replaceAll(SITE_SLOT, n));
  return [];
}

/** Every phrase of the enabled categories, by category and shape, as the lists give them. */
function phraseLists(enabled: ReadonlySet<Category>, extra: readonly Pick<LocalePhrases, string>[]): Map<string, string[]> {
  const lists = new Map<string, string[]>();
  for (const loc of [...LOCALES, ...extra]) {
    for (const [category, shapes] of Object.entries(loc)) {
      if (category === "locale" || typeof shapes !== "object" || !enabled.has(category)) continue;
      for (const [shape, phrases] of Object.entries(shapes)) {
        const k = `${category}\u0000${shape}`;
        const list = lists.get(k);
        if (list) list.push(...(phrases ?? []));
        else lists.set(k, [...(phrases ?? [])]);
      }
    }
  }
  return lists;
}

/** The lists' phrases as tables, most specific shape first; `expand` makes each listed phrase the phrases to match. */
function tablesOf(lists: Map<string, string[]>, expand: (p: string) => string[]): PhraseTable[] {
  const out: PhraseTable[] = [];
  for (const [k, phrases] of lists) {
    const [category, shape] = k.split("\u0000") as [Category, PhraseShape];
    const table = phraseTable(category, shape, [...new Set(phrases.flatMap(expand).flatMap(withTypographicApostrophe))]);
    if (table) out.push(table);
  }
  return out.sort((a, b) => SHAPE_ORDER[a.shape] - SHAPE_ORDER[b.shape]);
}

function remember(key: string, tables: PhraseTable[]): PhraseTable[] {
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(key, tables);
  return tables;
}

/**
 * The tables of the enabled categories' phrases, every locale's and the extra lists', most specific
 * shape first. `site`: how the page's site writes its name (site-name.ts siteNames), for the phrases
 * with a site slot; without it those phrases match nothing. The phrases without a slot are compiled once
 * for every site, those with one once per site, as tables of their own after the others.
 */
export function phraseTables(
  enabled: ReadonlySet<Category>,
  extra: readonly Pick<LocalePhrases, string>[] = [],
  site: SiteNames | null = null,
): PhraseTable[] {
  const baseKey = JSON.stringify([[...enabled].sort(), extra]);
  const key = site ? JSON.stringify([baseKey, site]) : baseKey;
  const known = memo.get(key);
  if (known) return known;
  const lists = phraseLists(enabled, extra);
  const base = memo.get(baseKey) ?? remember(baseKey, tablesOf(lists, (p) => (hasSlot(p) ? [] : [p])));
  if (!site) return base;
  return remember(key, [...base, ...tablesOf(lists, (p) => fillSlots(p, site))]);
}

/** The phrases with a site slot of one category and shape, as the lists give them (see slotLists). */
export interface SlotList {
  category: Category;
  shape: PhraseShape;
  phrases: string[];
}

const slotMemo = new Map<string, SlotList[]>();

/**
 * The enabled categories' phrases with a site slot, unfilled. A plan carries them (a few dozen) so
 * that the page can fill them with a name its head declares (site-name.ts declaredSiteNames), which
 * the background, working from the address, cannot know.
 */
export function slotLists(enabled: ReadonlySet<Category>, extra: readonly Pick<LocalePhrases, string>[] = []): SlotList[] {
  const key = JSON.stringify([[...enabled].sort(), extra]);
  let out = slotMemo.get(key);
  if (out) return out;
  out = [];
  for (const [k, phrases] of phraseLists(enabled, extra)) {
    const slotted = phrases.filter(hasSlot);
    const [category, shape] = k.split("\u0000") as [Category, PhraseShape];
    if (slotted.length) out.push({ category, shape, phrases: slotted });
  }
  if (slotMemo.size >= MEMO_MAX) slotMemo.clear();
  slotMemo.set(key, out);
  return out;
}

/** The slot phrases filled with `site`'s names, as tables with their filter keys (phraseFilter reads them). */
export function slotTables(lists: readonly SlotList[], site: SiteNames): PhraseTable[] {
  return tablesOf(new Map(lists.map((l) => [`${l.category}\u0000${l.shape}`, l.phrases])), (p) => fillSlots(p, site));
}

/**
 * A phrase written with "'" also as typeset ("Don’t miss", "l’article continue…", "Editor’s picks"):
 * most sites set the typographic apostrophe, and the lists are written with the plain one.
 */
function withTypographicApostrophe(p: string): string[] {
  return p.includes("'") ? [p, p.replaceAll("'", "\u2019")] : [p];
}

const matcherMemo = new WeakMap<readonly PhraseTable[], PhraseMatcher[]>();

/** Matchers of the enabled categories' phrases (see phraseTables), in a list of the caller's own. */
export function compilePhrases(
  enabled: ReadonlySet<Category>,
  extra: readonly Pick<LocalePhrases, string>[] = [],
  site: SiteNames | null = null,
): PhraseMatcher[] {
  return [...matchersOf(phraseTables(enabled, extra, site))];
}

const sendable = new WeakMap<readonly PhraseTable[], PhraseTable[]>();

/**
 * The tables as a page gets them (made once per list): without their `starts` (the filter keys stand
 * in) and without the index of a part the page derives (DERIVED).
 */
export function tablesToSend(tables: readonly PhraseTable[]): PhraseTable[] {
  let out = sendable.get(tables);
  if (!out) sendable.set(tables, (out = tables.map(toSend)));
  return out;
}

function toSend({ starts: _starts, ...table }: PhraseTable): PhraseTable {
  const parts = table.parts.map((part, i) => (i > 0 && DERIVED[part.after] ? { after: part.after } : part));
  return { ...table, parts };
}

/** The matchers of a list of tables (built once per list). */
export function matchersOf(tables: readonly PhraseTable[]): PhraseMatcher[] {
  let ms = matcherMemo.get(tables);
  if (!ms) matcherMemo.set(tables, (ms = tables.map(matcherOf)));
  return ms;
}
