/**
 * The writer's name as the reader shows it. A page's byline is sometimes its publisher — a meta
 * author tag the whole site shares ("Kompas Cyber Media", "PT. VIVA MEDIA BARU - VIVA.co.id",
 * "brilio.net") — or carries the date beside the name ("Ulyaeni Maulida | 20 September 2020
 * 11:10"), which the reader already shows on its own. Parts between separators that name the site
 * or read as a date are left out; when nothing is left, there is no byline.
 */
import { readDate } from "./dates.ts";
import { squash } from "./text.ts";

/**
 * Between a name and what stands beside it: a bar, a middle dot, a comma ("Jane Doe, Cleveland.com"),
 * a dash with spaces (a name's own hyphen stays). Kept in the result as the page wrote it.
 */
const PARTS = /(\s*[|•·,]\s*|\s+[-–—]\s+)/;

/** A time of day alone, the rest of a date line ("17 April 2012 • 2:54pm"). */
const TIME = /^\d{1,2}[:.]\d{2}\s*(?:am|pm|[a-z]{3})?$/i;

/** `byline` without its parts that name the site (`sites`: siteLabels) or a date; null when none is left. */
export function writerOf(byline: string | null | undefined, sites: readonly string[]): string | null {
  const text = squash(byline ?? "");
  if (!text) return null;
  const names = new Set(sites);
  // split() with a capturing group: parts at even places, the separator before each at odd ones.
  const pieces = text.split(PARTS);
  let out = "";
  for (let i = 0; i < pieces.length; i += 2) {
    const part = pieces[i]!;
    if (!part || readDate(part) || TIME.test(part) || namesSite(part, names)) continue;
    out += (out ? pieces[i - 1] : "") + part;
  }
  return out || null;
}

/**
 * A word of the part is the site's name: "Kabar" of "Kabar Cyber Media", "VIVA.co.id", "www.haufe.de".
 * Words are cut at spaces only, so "Anna-Lena" is no "anna".
 */
function namesSite(part: string, names: ReadonlySet<string>): boolean {
  return part.toLowerCase().split(" ").some((w) => {
    const host = w.replace(/^www\./, "");
    return names.has(host.replace(/[^\p{L}\p{N}]/gu, "")) || (host.includes(".") && names.has(host.slice(0, host.indexOf("."))));
  });
}
