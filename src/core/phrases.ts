/** Compiles the locale phrase lists (and a site pack's own) into matchers per shape. */
import { LOCALES, type LocalePhrases, type PhraseShape } from "../rules/index.ts";
import type { Category } from "./types.ts";

export interface PhraseMatcher {
  category: Category;
  shape: PhraseShape;
  /** Matches a lower-cased, whitespace-collapsed text. */
  test(text: string): boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function compile(category: Category, shape: PhraseShape, phrases: string[]): PhraseMatcher {
  const alt = phrases.map(escape).sort((a, b) => b.length - a.length).join("|");
  // lead: the phrase opens the block, followed by punctuation, a space, or the end.
  // heading: the phrase is the whole text, give or take punctuation.
  // line: the phrase appears as whole words anywhere.
  const src =
    shape === "lead" ? `^[\\W_]*(?:${alt})(?:[\\s:;.\\-–—»›>|]|$)`
    : shape === "heading" ? `^[\\W_]*(?:${alt})[\\W_]*$`
    : `(?:^|[^\\p{L}\\p{N}])(?:${alt})(?:[^\\p{L}\\p{N}]|$)`;
  const re = new RegExp(src, "u");
  return { category, shape, test: (t) => re.test(t) };
}

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
  return [...lists].map(([key, phrases]) => {
    const [category, shape] = key.split("\u0000") as [Category, PhraseShape];
    return compile(category, shape, phrases);
  });
}
