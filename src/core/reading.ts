/**
 * Reading time per language. Words-per-minute figures for silent reading of non-fiction, after
 * Brysbaert (2019) "How many words do we read per minute?" and Trauzettel-Klosinski et al. (2012);
 * languages with longer words (German, Finnish, Indonesian with its affixes) read fewer words a minute.
 */
const WPM: Record<string, number> = {
  en: 238, id: 200, ms: 200, de: 179, fr: 195, es: 218, pt: 181, it: 188, nl: 202, pl: 166,
  ru: 184, sv: 199, fi: 161, tr: 166, ar: 138, he: 187, ja: 193, zh: 158, ko: 200,
};
const DEFAULT_WPM = 200;

export function wordsPerMinute(lang: string | null | undefined): number {
  const base = (lang ?? "").toLowerCase().split(/[-_]/)[0] ?? "";
  return WPM[base] ?? DEFAULT_WPM;
}

export function readingMinutes(words: number, lang: string | null | undefined): number {
  if (words <= 0) return 0;
  return Math.max(1, Math.round(words / wordsPerMinute(lang)));
}
