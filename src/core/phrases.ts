/** Compiles the locale phrase lists (and a site pack's own) into matchers per category and shape. */
import { LOCALES, type LocalePhrases, type PhraseShape } from "../rules/index.ts";
import type { Category } from "./types.ts";

export interface PhraseMatcher {
  category: Category;
  shape: PhraseShape;
  /** Matches a lower-cased, whitespace-collapsed text. */
  test(text: string): boolean;
  /** Where the first match ends in the text, or -1. */
  end(text: string): number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alt = (phrases: readonly string[]) =>
  phrases.map(escape).sort((a, b) => b.length - a.length).join("|");
/** Not a letter or digit, in any script (`\W` would count "ä" or "é" as punctuation). */
const P = "[^\\p{L}\\p{N}]";

/** The regular expression for one shape; null when no phrase needs it. */
export function shapeSource(shape: PhraseShape, phrases: readonly string[]): string | null {
  if (phrases.length === 0) return null;
  const single = phrases.filter((p) => !p.includes(" "));
  const multi = phrases.filter((p) => p.includes(" "));
  const parts: string[] = [];
  switch (shape) {
    case "lead":
      // "Baca juga <a>…": a phrase of several words may be followed by a space; a single word
      // ("baca", "more") only counts with a separator after it ("Baca: <a>…"), so "Baca buku…" is prose.
      if (multi.length) parts.push(`^${P}*(?:${alt(multi)})(?:[\\s:;.\\-–—»›>|]|$)`);
      if (single.length) parts.push(`^${P}*(?:${alt(single)})\\s*[:;\\-–—»›>|]`);
      break;
    case "heading":
      // The phrase is the whole text; a phrase of several words may carry up to two more words
      // ("More from UK", "Berita terkait lainnya").
      parts.push(`^${P}*(?:${alt(phrases)})${P}*$`);
      if (multi.length) parts.push(`^${P}*(?:${alt(multi)})(?:${P}+[\\p{L}\\p{N}]+){1,2}${P}*$`);
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

function compile(category: Category, shape: PhraseShape, phrases: string[]): PhraseMatcher | null {
  const src = shapeSource(shape, phrases);
  if (!src) return null;
  const re = new RegExp(src, "u");
  return {
    category, shape,
    test: (t) => re.test(t),
    end: (t) => {
      const m = re.exec(t);
      return m ? m.index + m[0].length : -1;
    },
  };
}

/** Order in which shapes are tried: the most specific first. */
const SHAPE_ORDER: Record<PhraseShape, number> = { heading: 0, lead: 1, label: 2, line: 3 };

export function compilePhrases(
  enabled: ReadonlySet<Category>,
  extra: readonly Pick<LocalePhrases, string>[] = [],
): PhraseMatcher[] {
  const lists = new Map<string, string[]>();
  for (const loc of [...LOCALES, ...extra]) {
    for (const [category, shapes] of Object.entries(loc)) {
      if (category === "locale" || typeof shapes !== "object" || !enabled.has(category)) continue;
      for (const [shape, phrases] of Object.entries(shapes)) {
        const key = `${category}\u0000${shape}`;
        lists.set(key, [...(lists.get(key) ?? []), ...(phrases ?? [])]);
      }
    }
  }
  const out: PhraseMatcher[] = [];
  for (const [key, phrases] of lists) {
    const [category, shape] = key.split("\u0000") as [Category, PhraseShape];
    const m = compile(category, shape, [...new Set(phrases)]);
    if (m) out.push(m);
  }
  return out.sort((a, b) => SHAPE_ORDER[a.shape] - SHAPE_ORDER[b.shape]);
}
