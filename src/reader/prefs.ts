/**
 * The reader's look, remembered in storage.local under "readerPrefs": font size, typeface, line
 * width and theme. Parsed field by field, so one bad value (an old version, a hand edit) falls back
 * to its default without losing the others.
 */
import * as v from "valibot";

export const PREFS_KEY = "readerPrefs";

export const FONT_SIZES = [14, 16, 18, 20, 22, 24, 28, 32] as const;
export const FONTS = ["serif", "sans"] as const;
export const WIDTHS = ["narrow", "medium", "wide"] as const;
export const THEMES = ["system", "light", "sepia", "dark"] as const;

export type Font = (typeof FONTS)[number];
export type Width = (typeof WIDTHS)[number];
export type Theme = (typeof THEMES)[number];

export interface ReaderPrefs {
  fontSize: number;
  font: Font;
  width: Width;
  theme: Theme;
}

export const DEFAULT_PREFS: Readonly<ReaderPrefs> = Object.freeze({ fontSize: 20, font: "serif", width: "medium", theme: "system" });

const PrefsSchema = v.object({
  fontSize: v.fallback(v.pipe(v.number(), v.integer(), v.minValue(FONT_SIZES[0]), v.maxValue(32)), DEFAULT_PREFS.fontSize),
  font: v.fallback(v.picklist(FONTS), DEFAULT_PREFS.font),
  width: v.fallback(v.picklist(WIDTHS), DEFAULT_PREFS.width),
  theme: v.fallback(v.picklist(THEMES), DEFAULT_PREFS.theme),
});

/**
 * The text size a phone starts with: 20 px leaves some 32 characters a line at 360 px, 18 px about
 * 38 (the scale's steps are the same everywhere). Only until the reader picks a size of their own.
 */
export const PHONE_FONT_SIZE = 18;

/** The look to start with: what was stored, or the defaults (a smaller text size on a phone). */
export function startingPrefs(stored: unknown, phone: boolean): ReaderPrefs {
  if (stored === undefined && phone) return { ...DEFAULT_PREFS, fontSize: PHONE_FONT_SIZE };
  return parsePrefs(stored);
}

export function parsePrefs(input: unknown): ReaderPrefs {
  const obj = typeof input === "object" && input !== null && !Array.isArray(input) ? input : {};
  return v.parse(PrefsSchema, obj);
}

/** The next font size up (+1) or down (−1) the scale; stays at the ends. */
export function stepFontSize(current: number, direction: 1 | -1): number {
  const sizes: readonly number[] = FONT_SIZES;
  if (direction > 0) return sizes.find((s) => s > current) ?? sizes[sizes.length - 1]!;
  return [...sizes].reverse().find((s) => s < current) ?? sizes[0]!;
}
