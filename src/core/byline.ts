/**
 * The writer's name as the reader shows it. A page's byline is sometimes its publisher — a meta
 * author tag the whole site shares ("Kompas Cyber Media", "PT. VIVA MEDIA BARU - VIVA.co.id",
 * "brilio.net") — or carries the date beside the name ("Ulyaeni Maulida | 20 September 2020
 * 11:10"), which the reader already shows on its own. Parts between separators that name the site
 * or read as a date are left out; when nothing is left, there is no byline. Where the page names
 * no writer for machines, the writer is read off a labelled line by the title ("Pewarta: Monalisa",
 * "Oleh : Maya Sofia", "By Jane Doe"; the lines from title-head.ts).
 */
import { isMonthName, readDate } from "./dates.ts";
import { squash } from "./text.ts";
import { WEEKDAY_NAMES } from "./weekdays.ts";

/**
 * Between a name and what stands beside it: a bar, a middle dot, a dash with spaces (a name's own
 * hyphen stays); within a part, a comma ("Jane Doe, Cleveland.com"; a date's own comma, "Senin, 3
 * Juni 2019", is read with the date first). Kept in the result as the page wrote them.
 */
const PARTS = /(\s*[|•·／]\s*|\s+[-–—/]\s+)/;
const COMMA = /(\s*,\s*)/;

/** `byline` without its parts that name the site (`sites`: siteLabels) or a date; null when none is left. */
export function writerOf(byline: string | null | undefined, sites: readonly string[]): string | null {
  const text = beforeDate(squash(byline ?? ""));
  if (!text) return null;
  const names = new Set(sites);
  const keepName = (p: string) => (isDate(p) || namesSite(p, names) ? null : p);
  return keptParts(text, PARTS, (part) => (isDate(part) ? null : keptParts(part, COMMA, keepName)));
}

/**
 * `text` cut at `separators` (a capturing group), each part given to `keep` (its text, or null to
 * leave it out), joined again with the separator that stood before it; null when none is kept.
 */
function keptParts(text: string, separators: RegExp, keep: (part: string) => string | null): string | null {
  // split() with a capturing group: parts at even places, the separator before each at odd ones.
  const pieces = text.split(separators);
  let out = "";
  for (let i = 0; i < pieces.length; i += 2) {
    const part = pieces[i] ? keep(pieces[i]!) : null;
    if (part) out += (out ? pieces[i - 1] : "") + part;
  }
  return out || null;
}

/** A time of day alone, the rest of a date line ("17 April 2012 • 2:54pm"). */
const TIME = /^\d{1,2}[:.]\d{2}\s*(?:am|pm|[a-z]{3})?$/i;
const isDate = (part: string) => readDate(part) !== null || TIME.test(part);

/** Words that join a name to the date after it: "Jane Doe on 14 November 2019", "am 20.09.2020". */
const BEFORE_DATE = new Set(["on", "le", "am", "el", "il", "op", "em", "pada", "at", "|", "-", "–", "—", "·", ",", "/"]);
/** How many words a date may take: "Jumat, 10 Juli 2020 | 15:37 WIB". */
const DATE_WORDS = 7;
const WEEKDAYS = new Set(WEEKDAY_NAMES);

/** A word a date may open with: a number, a day of the week, a month ("November 14, 2019"); never a name. */
function opensDate(word: string): boolean {
  const w = word.toLowerCase().replace(/[.,]+$/, "");
  return /^\d/.test(w) || WEEKDAYS.has(w) || isMonthName(w);
}

/**
 * `text` up to the first run of its words that reads as a date ("Rachael Link on November 14, 2019",
 * "Alexander Rosenkranz 09.03.2022 Seite teilen:"), without the word that joins them.
 */
function beforeDate(text: string): string {
  const words = text.split(" ");
  for (let i = 1; i < words.length; i++) {
    if (!opensDate(words[i]!)) continue;
    for (let j = i + 1; j <= Math.min(words.length, i + DATE_WORDS); j++) {
      if (!readDate(words.slice(i, j).join(" ").replace(/[,:;|]+$/, ""))) continue;
      let end = i;
      while (end > 0 && BEFORE_DATE.has(words[end - 1]!.toLowerCase())) end--;
      // "Datum: 19.11.2021 Autor: …": the date is a label's, and what comes before it no name.
      if (words[end - 1]?.endsWith(":")) break;
      return words.slice(0, end).join(" ").replace(/[\s,;:|·–—-]+$/, "");
    }
  }
  return text;
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

/** Labels a writer's name follows on a line by the title, in the languages news is read in. */
const WRITER_LABEL = /^(?:penulis|pewarta|reporter|wartawan|oleh|laporan|kontributor|written by|words by|by|author|autor|autorin|von|por|par|door|yazar|автор)\s*[:：]?\s+/iu;
/** Where the writer's part ends: another role's label ("Editor : Ervan Hardoko"). */
const OTHER_ROLE = /\s(?:editor|redaktur|penyunting|foto|photo|sumber|source|ilustrasi)\s*[:：].*$/iu;
/** A name, or two or three: a few words, never a sentence. */
const MAX_WORDS = 8;
/** Words a name may hold in lower case: the particles of names and the "and" between two. */
const PARTICLES = new Set(["and", "dan", "und", "y", "e", "et", "en", "de", "del", "der", "den", "van", "von", "da", "di", "do", "dos", "le", "la", "bin", "binti", "al", "el", "&"]);

/** Names: a few words, each capitalised or a particle ("Ana de la Cruz"); a sentence has words in lower case. */
function looksLikeNames(text: string): boolean {
  const words = text.split(" ");
  return words.length <= MAX_WORDS && /\p{L}/u.test(text) && words.every((w) => !/^\p{Ll}/u.test(w) || PARTICLES.has(w.toLowerCase()));
}

/** The writer a labelled line of the title's head names, without the site or a date beside it; or null. */
export function writerLine(head: readonly string[] | null, sites: readonly string[]): string | null {
  for (const line of head ?? []) {
    const label = WRITER_LABEL.exec(line);
    if (!label) continue;
    const writer = writerOf(line.slice(label[0].length).replace(OTHER_ROLE, ""), sites);
    if (writer && looksLikeNames(writer)) return writer;
  }
  return null;
}
