/** Small pure helpers for what the reader and the popup print about an article. */

import { httpUrl } from "../core/url.ts";

export { httpUrl };

/** "www.kompas.com" → "kompas.com": a site's name when the page gives none. */
export function hostLabel(url: string | null | undefined): string | null {
  const u = httpUrl(url);
  return u ? new URL(u).hostname.replace(/^www\./, "") : null;
}

/**
 * A publication date in the reader's language ("16 Februari 2026"); a value that is no date
 * ("Senin, 16/02/2026 08:00 WIB" as some sites print it) is shown as the site wrote it, shortened.
 */
export function formatDate(value: string | null | undefined, locale: string): string | null {
  const raw = value?.replace(/\s+/g, " ").trim();
  if (!raw) return null;
  const t = Date.parse(raw);
  if (Number.isNaN(t)) return raw.length > 60 ? `${raw.slice(0, 59)}…` : raw;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: "long" }).format(new Date(t));
  } catch {
    return new Intl.DateTimeFormat("en", { dateStyle: "long" }).format(new Date(t));
  }
}

/** An ISO date for <time datetime>, or null when the value is no date. */
export function isoDate(value: string | null | undefined): string | null {
  const t = value ? Date.parse(value) : NaN;
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
