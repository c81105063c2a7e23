/** Small pure helpers for what the reader and the popup print about an article. */

import { isDateWords, readDate } from "../core/dates.ts";
import { httpUrl } from "../core/url.ts";

export { httpUrl };

/** "www.kompas.com" → "kompas.com": a site's name when the page gives none. */
export function hostLabel(url: string | null | undefined): string | null {
  const u = httpUrl(url);
  return u ? new URL(u).hostname.replace(/^www\./, "") : null;
}

/**
 * A publication date in the reader's language ("16 Februari 2026"), on the calendar day the site
 * printed (wherever the reader is: 23:30 WIB stays that day). The forms sites print are read too
 * (core/dates.ts: "Senin, 16/02/2026 08:00 WIB", `2022-12-10T13-19-56Z`); a date line in words that
 * is no date ("Kemarin, 10.00") is shown as the site wrote it; a broken machine value, never.
 */
export function formatDate(value: string | null | undefined, locale: string): string | null {
  const raw = value?.replace(/\s+/g, " ").trim();
  if (!raw) return null;
  const d = readDate(raw);
  if (!d) return isDateWords(raw) ? raw : null;
  const day = new Date(Date.UTC(d.year, d.month - 1, d.day, 12));
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(day);
  } catch {
    return new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "UTC" }).format(day);
  }
}

/** An ISO date for <time datetime>, or null when the value is no date. */
export function isoDate(value: string | null | undefined): string | null {
  const d = readDate(value);
  const t = d ? Date.parse(d.iso) : NaN;
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/** The first `max` characters of a text, cut at a word, with an ellipsis when cut. */
export function shorten(text: string | null | undefined, max: number): string {
  const s = (text ?? "").replace(/\s+/g, " ").trim();
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–—-]+$/, "")}…`;
}
