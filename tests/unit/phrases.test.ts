/**
 * The phrase matchers (token lookup, src/core/phrases.ts) agree exactly with the reference regular
 * expressions of `shapeSource` — which texts match and where the match ends — for every category and
 * shape of every locale and site pack, on texts built around each phrase and on random texts.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compilePhrases, compileShape, filterKeys, filterOf, lastRegexEnd, matcherOf, matchersOf, phraseFilter, phraseTable, phraseTables, shapeSource,
  tablesToSend,
} from "../../src/core/phrases.ts";
import { CATEGORIES, LOCALES, SITE_PACKS, type PhraseShape } from "../../src/rules/index.ts";

type Lists = Map<string, string[]>;
function collect(): Lists {
  const lists: Lists = new Map();
  const add = (loc: object) => {
    for (const [category, shapes] of Object.entries(loc)) {
      if (category === "locale" || typeof shapes !== "object" || !shapes) continue;
      for (const [shape, phrases] of Object.entries(shapes as Record<string, string[]>)) {
        const k = `${category}\u0000${shape}`;
        lists.set(k, [...new Set([...(lists.get(k) ?? []), ...phrases])]);
      }
    }
  };
  for (const loc of LOCALES) add(loc);
  for (const pack of SITE_PACKS) if (pack.phrases) add(pack.phrases);
  return lists;
}

function reference(shape: PhraseShape, phrases: readonly string[]) {
  const re = new RegExp(shapeSource(shape, phrases)!, "u");
  return (t: string) => {
    const m = re.exec(t);
    return m ? m.index + m[0].length : -1;
  };
}

/** The reference for `lastEnd`: the regex tried at every index, the latest end. */
function referenceLast(shape: PhraseShape, phrases: readonly string[]) {
  const re = new RegExp(shapeSource(shape, phrases)!, "uy");
  return (t: string) => lastRegexEnd(re, t);
}

const BEFORE = ["", "» ", "— ", "x ", "baca ", "12. ", "ärger ", "\u{1F4F0} ", "«"];
const AFTER = ["", " (23)", "(5)", " [12]", " (2x)", " (٣)", " 23", " 23)", " (23", " · 23", " 23 lagi", " ٢٣", " (23) lagi", ":", " :", " : ade", ": x", "：y", " | z", "|", " by", " by jane", "-", " - lagi", ".", "s", "an", " lainnya",
  " dari uk", " a b", " a b c", " a, b!", " é", "é", " \u{1F4F0}", "\u{1F4F0}", " 5", "5", " ›", "»", " ", "  :  x", ": ", "; ok", "— ok"];

function texts(phrases: readonly string[]): string[] {
  const out = new Set<string>(["", " ", ":", "abc"]);
  for (const p of phrases) for (const b of BEFORE) for (const a of AFTER) out.add(b + p + a);
  return [...out];
}

const LISTS = collect();

describe("phrase matchers agree with the reference regular expressions", () => {
  for (const [key, phrases] of LISTS) {
    const [category, shape] = key.split("\u0000") as [string, PhraseShape];
    it(`${category} / ${shape} (${phrases.length} phrases)`, () => {
      const fast = compileShape(category, shape, phrases)!;
      const slow = reference(shape, phrases);
      const all = texts(phrases);
      const wrong = all.filter((t) => fast.end(t) !== slow(t) || fast.test(t) !== slow(t) >= 0);
      expect(wrong.map((t) => [t, fast.end(t), slow(t)])).toEqual([]);
      // Where the last match ends: two phrases in one text, the second one's end.
      const last = referenceLast(shape, phrases);
      const twice = phrases.slice(0, 40).flatMap((p, i) => [`${p} x ${phrases[(i + 1) % phrases.length]}`, `${p} ${p}.`, `${p}: ade`]);
      const wrongLast = [...all, ...twice].filter((t) => fast.lastEnd(t) !== last(t));
      expect(wrongLast.map((t) => [t, fast.lastEnd(t), last(t)])).toEqual([]);
      expect(all.filter((t) => fast.test(t)).length).toBeGreaterThan(phrases.length); // the texts do match
      // Every phrase of every locale, each in several texts, against a regex per text: seconds on a busy machine.
    }, 60_000);
  }

  it("on random texts made of phrase pieces, punctuation and other scripts", () => {
    const all = [...LISTS.values()].flat();
    const words = [...new Set(all.flatMap((p) => p.split(/(\s+|[^\p{L}\p{N}\p{M}\s])/u)).filter(Boolean))];
    const piece = fc.oneof(fc.constantFrom(...words), fc.constantFrom(...all), fc.constantFrom(" ", ":", " : ", "|", "-", ".", "»", "é", "ß", "日本", "\u{1F4F0}", "1"));
    const text = fc.array(piece, { maxLength: 12 }).map((xs) => xs.join(""));
    const pairs = [...LISTS].map(([key, phrases]) => {
      const [category, shape] = key.split("\u0000") as [string, PhraseShape];
      return [compileShape(category, shape, phrases)!, reference(shape, phrases)] as const;
    });
    const lasts = [...LISTS].map(([key, phrases]) => referenceLast(key.split("\u0000")[1] as PhraseShape, phrases));
    fc.assert(fc.property(text, (t) => {
      const wrong = pairs.filter(([fast, slow], i) => fast.end(t) !== slow(t) || fast.lastEnd(t) !== lasts[i]!(t));
      expect(wrong.map(([fast, slow]) => [fast.category, fast.shape, t, fast.end(t), slow(t), fast.lastEnd(t)])).toEqual([]);
    }), { numRuns: Number(process.env.JERNIH_PROPERTY_RUNS ?? 300) });
  }, 60_000);

  it("every character up to U+2FFF is a word boundary or not exactly as \\p{L}\\p{N}\\p{M} says", () => {
    const fast = compileShape("promo", "line", ["ab"])!;
    const slow = reference("line", ["ab"]);
    const wrong: string[] = [];
    for (let cp = 0x20; cp < 0x3000; cp++) {
      const t = `ab${String.fromCodePoint(cp)}`;
      if (fast.end(t) !== slow(t)) wrong.push(cp.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it("a heading may carry a count, in brackets or as a badge beside it, and nothing else of digits", () => {
    const m = compileShape("comments", "heading", ["comentarios", "ý kiến"])!;
    for (const t of ["comentarios", "comentarios (87)", "comentarios 87", "comentarios · 87", "ý kiến (86)", "ý kiến 86"]) expect(m.test(t), t).toBe(true);
    for (const t of ["comentarios87", "comentarios 87 más", "comentarios 8a", "comentarios ٨٧"]) expect(m.test(t), t).toBe(false);
  });

  it("a vowel sign is inside its word: Thai and Devanagari phrases match whole words only", () => {
    const m = compileShape("social", "line", ["फॉलो करें", "ปิด"])!;
    expect(m.test("भास्कर को फॉलो करें")).toBe(true);
    expect(m.test("ปิด")).toBe(true);
    const part = compileShape("social", "line", ["कर"])!;
    expect(part.test("फॉलो करें")).toBe(false);
  });

  it("a phrase that opens with punctuation (a user's own) still matches on word boundaries", () => {
    const m = compileShape("promo", "line", ["#iklan", "promo hari ini"])!;
    expect(m.test("ini #iklan ya")).toBe(true);
    expect(m.test("ini#iklanya")).toBe(false);
    expect(m.test("promo hari ini!")).toBe(true);
  });
});

describe("compilePhrases", () => {
  const all = new Set(CATEGORIES.map((c) => c.id));
  it("gives the same matchers for the same settings, and others for other settings", () => {
    const a = compilePhrases(all);
    const b = compilePhrases(new Set([...all].reverse()));
    expect(b).toEqual(a);
    expect(b.map((m) => m.category)).toEqual(a.map((m) => m.category));
    const custom = compilePhrases(all, [{ locale: "custom", promo: { line: ["diskon kilat"] } }]);
    expect(custom.some((m) => m.test("diskon kilat"))).toBe(true);
    expect(a.some((m) => m.test("diskon kilat"))).toBe(false);
    const only = compilePhrases(new Set(["social"]));
    expect(only.every((m) => m.category === "social")).toBe(true);
  });
});

describe("phraseFilter", () => {
  const all = new Set(CATEGORIES.map((c) => c.id));
  const matchers = compilePhrases(all, SITE_PACKS.flatMap((p) => (p.phrases ? [{ locale: p.domain, ...p.phrases }] : [])));
  const mayMatch = phraseFilter(matchers);
  const any = (t: string) => matchers.some((m) => m.test(t));

  it("never says no where a matcher says yes (texts around every phrase, and random texts)", () => {
    const phrases = [...LISTS.values()].flat();
    const missed = texts(phrases).filter((t) => any(t) && !mayMatch(t));
    expect(missed).toEqual([]);
    const words = [...new Set(phrases.flatMap((p) => p.split(/(\s+|[^\p{L}\p{N}\p{M}\s])/u)).filter(Boolean))];
    const piece = fc.oneof(fc.constantFrom(...words), fc.constantFrom(...phrases), fc.constantFrom(" ", ":", "|", "-", "é", "日本", "1"));
    fc.assert(fc.property(fc.array(piece, { maxLength: 10 }).map((xs) => xs.join("")), (t) => {
      expect(any(t) && !mayMatch(t)).toBe(false);
    }), { numRuns: Number(process.env.JERNIH_PROPERTY_RUNS ?? 300) });
    // Every phrase of every locale, each tried in several texts: seconds on a busy machine.
  }, 60_000);

  it("says no to ordinary prose, which is what makes it worth asking", () => {
    expect(mayMatch("the council voted on tuesday to extend the night bus service")).toBe(false);
    expect(mayMatch("pemerintah kota memperpanjang layanan bus malam")).toBe(false);
    expect(mayMatch("baca juga: harga tiket naik")).toBe(true);
  });

  it("answers yes for a list holding a matcher it did not compile", () => {
    const own = { category: "promo", shape: "line" as const, test: () => false, end: () => -1, lastEnd: () => -1 };
    expect(phraseFilter([...matchers, own])("anything at all")).toBe(true);
  });
  it("gives the same answers from the keys the background sends as from the matchers", () => {
    const tables = phraseTables(all, SITE_PACKS.flatMap((p) => (p.phrases ? [{ locale: p.domain, ...p.phrases }] : [])));
    const sent = structuredClone(filterKeys(tables));
    const fromKeys = filterOf(sent);
    const fromMatchers = phraseFilter(matchersOf(tables));
    const phrases = [...LISTS.values()].flat();
    const samples = [...texts(phrases), "the council voted on tuesday", "pemerintah kota memperpanjang layanan bus malam"];
    expect(samples.filter((t) => fromKeys(t) !== fromMatchers(t))).toEqual([]);
    expect(samples.some((t) => !fromKeys(t))).toBe(true);
    // Each key once: the page makes its Sets from these lists.
    expect(new Set(sent!.first).size).toBe(sent!.first.length);
    expect(new Set(sent!.anywhere).size).toBe(sent!.anywhere.length);
  }, 60_000);

  it("matches alike from the tables as sent (derived parts without their phrases) and from the full tables", () => {
    const tables = phraseTables(all, SITE_PACKS.flatMap((p) => (p.phrases ? [{ locale: p.domain, ...p.phrases }] : [])));
    const sent = structuredClone(tablesToSend(tables));
    expect(JSON.stringify(sent).length).toBeLessThan(0.85 * JSON.stringify(tables.map(({ starts: _s, ...t }) => t)).length);
    const samples = texts([...LISTS.values()].flat());
    // The tables with a derived part (the others arrive as they are): heading and label tables.
    tables.forEach((table, i) => {
      if (!sent[i]!.parts.some((p) => p.index === undefined)) return;
      const [full, page] = [matcherOf(table), matcherOf(sent[i]!)];
      expect(samples.filter((t) => full.end(t) !== page.end(t))).toEqual([]);
    });
    // The derived parts (heading + one or two words, "… by" labels) are among what the samples reach.
    expect(sent.some((t) => t.parts.some((p) => p.after === "headingMore" && p.index === undefined))).toBe(true);
    expect(sent.some((t) => t.parts.some((p) => p.after === "labelBy" && p.index === undefined))).toBe(true);
  }, 60_000);

  it("finds phrases by their own first run only: a word that names an Object.prototype member finds nothing, through a message too", () => {
    const plain = matcherOf(JSON.parse(JSON.stringify(phraseTable("promo", "line", ["langganan sekarang"]))));
    expect(plain.test("constructor of the bridge")).toBe(false);
    expect(plain.test("yuk langganan sekarang")).toBe(true);
    const own = matcherOf(JSON.parse(JSON.stringify(phraseTable("promo", "line", ["constructor kit"]))));
    expect(own.test("the constructor kit")).toBe(true);
    expect(own.test("constructor")).toBe(false);
  });

  it("has no keys for a list with a phrase kept as a regex, and then answers yes", () => {
    const regexTable = phraseTable("promo", "line", ["#iklan"])!;
    expect(regexTable.source).toBeDefined();
    expect(filterKeys([regexTable])).toBeNull();
    expect(filterOf(null)("anything at all")).toBe(true);
  });
});
