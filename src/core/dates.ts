/**
 * Publication dates as pages state them. A page may give its date in several places (a meta tag,
 * the JSON-LD, a <time>), and not always in a form a date parser reads: `2022-12-10T13-19-56Z`
 * (dashes in the time), `2020-03-30T12:07:05+0700`, `2022-12-10 20:55:32`, or the date line's own
 * "Senin, 16/02/2026 08:00 WIB" and "27 March 2022, 18:59 WIB". `readDate` reads these into one
 * ISO 8601 form, keeping the page's own offset (the date a reader sees is the date the site
 * printed, wherever the reader is); `bestDate` picks the best of a page's dates: the first stated
 * in ISO 8601 as it stands, else the first that reads at all.
 */

/** ISO 8601 as a machine writes it: a value in this form needs no reading and is trusted first. */
const EXACT = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

export interface PageDate {
  /** ISO 8601: `2022-12-10`, `2022-12-10T20:55:32` (no zone given), `2022-12-10T20:55:32+07:00`. */
  iso: string;
  year: number;
  month: number;
  day: number;
  /** The value was ISO 8601 as it stood (not an odd form read into it). */
  exact: boolean;
}

/** Indonesian time zones as date lines name them, and the names a machine date may carry. */
const ZONES: Record<string, string> = { wib: "+07:00", wita: "+08:00", wit: "+09:00", utc: "Z", gmt: "Z", z: "Z" };

const MONTHS: Record<string, number> = {};
const monthNames: [number, string[]][] = [
  [1, ["january", "jan", "januari", "januar", "janvier", "enero", "janeiro", "gennaio", "januarie"]],
  [2, ["february", "feb", "februari", "februar", "février", "febrero", "fevereiro", "febbraio", "pebruari"]],
  [3, ["march", "mar", "maret", "märz", "mars", "marzo", "março", "maart"]],
  [4, ["april", "apr", "avril", "abril", "aprile"]],
  [5, ["may", "mei", "mai", "mayo", "maio", "maggio"]],
  [6, ["june", "jun", "juni", "juin", "junio", "junho", "giugno"]],
  [7, ["july", "jul", "juli", "juillet", "julio", "julho", "luglio"]],
  [8, ["august", "aug", "agustus", "agu", "agt", "août", "agosto", "augustus"]],
  [9, ["september", "sep", "sept", "septembre", "septiembre", "setembro", "settembre"]],
  [10, ["october", "oct", "oktober", "okt", "octobre", "octubre", "outubro", "ottobre"]],
  [11, ["november", "nov", "nopember", "novembre", "noviembre", "novembro"]],
  [12, ["december", "dec", "desember", "des", "dezember", "décembre", "diciembre", "dezembro", "dicembre"]],
];
for (const [n, names] of monthNames) for (const name of names) MONTHS[name] = n;

/** A month's name or its abbreviation, in the languages the dates are read in ("Juli", "août", "Nov"). */
export const isMonthName = (word: string) => MONTHS[word.toLowerCase()] !== undefined;

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** Words after a time that say "o'clock", not where: "06:00 Uhr", "14.30 h", "10:15 hrs". */
const OCLOCK = new Set(["uhr", "h", "hrs"]);

/** "+0700", "+07:00", "+07", "Z", "WIB" → "+07:00" / "Z"; "" or "Uhr" → ""; null when it is no zone. */
function zone(raw: string | undefined): string | null {
  const z = (raw ?? "").trim().toLowerCase();
  if (!z || OCLOCK.has(z)) return "";
  if (ZONES[z]) return ZONES[z]!;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(z);
  if (!m || Number(m[2]) > 14 || Number(m[3] ?? 0) > 59) return null;
  return `${m[1]}${m[2]}:${m[3] ?? "00"}`;
}

/** The date, when the numbers are one (no 31 February, no hour 25). */
function build(y: number, mo: number, d: number, time: number[] | null, tz: string | null): Omit<PageDate, "exact"> | null {
  if (tz === null || y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1) return null;
  if (d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return null;
  let iso = `${y}-${pad(mo)}-${pad(d)}`;
  if (time) {
    const [h = 0, mi = 0, s = 0] = time;
    if (h > 23 || mi > 59 || s > 59) return null;
    iso += `T${pad(h)}:${pad(mi)}:${pad(s)}${tz}`;
  }
  return { iso, year: y, month: mo, day: d };
}

const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
const timeOf = (h?: string, mi?: string, s?: string) => (h === undefined ? null : [Number(h), num(mi) ?? 0, num(s) ?? 0]);

/** 2022-12-10T20:55:32+07:00 and its odd forms: 2022-12-10T13-19-56Z, 2022-12-10 20:55, 2020/06/02 14:00, 2016.12.01, +0700. */
const MACHINE = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[T\s]+(\d{1,2})[:.-](\d{2})(?:[:.-](\d{2})(?:[.,]\d+)?)?)?\s*([zZ]|[+-]\d{2}(?::?\d{2})?|[a-zA-Z]{1,4})?$/;
/** "Senin, 16/02/2026 08:00 WIB", "16.02.2026": day first, as Indonesian (and most) sites print it. */
const DAY_FIRST = /^(?:[\p{L}]+,?\s+)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[,\s|-]+(?:pukul\s+|jam\s+|um\s+|at\s+)?(\d{1,2})[:.](\d{2})(?::(\d{2}))?)?\s*([a-zA-Z]{1,4}|[+-]\d{2}:?\d{2})?$/u;
/** "27 March 2022, 18:59 WIB", "Senin, 16 Februari 2026 08:00", "March 27, 2022". */
const WORDY = /^(?:[\p{L}]+,?\s+)?(?:(\d{1,2})\.?\s+([\p{L}]+)\.?|([\p{L}]+)\.?\s+(\d{1,2}),?)\s+(\d{4})(?:[,\s|-]+(?:pukul\s+|jam\s+|um\s+|at\s+)?(\d{1,2})[:.](\d{2})(?::(\d{2}))?)?\s*([a-zA-Z]{1,4}|[+-]\d{2}:?\d{2})?$/u;

/** A page's date read into ISO 8601, or null when the value is no date we can read. */
export function readDate(value: string | null | undefined): PageDate | null {
  const v = (value ?? "").replace(/\s+/g, " ").trim();
  const d = v.length <= 80 ? readForms(v) : null;
  return d && { ...d, exact: EXACT.test(v) };
}

function readForms(v: string): Omit<PageDate, "exact"> | null {
  if (!v) return null;
  let m = MACHINE.exec(v);
  if (m) return build(Number(m[1]), Number(m[3]), Number(m[4]), timeOf(m[5], m[6], m[7]), zone(m[8]));
  m = DAY_FIRST.exec(v);
  if (m) return build(Number(m[3]), Number(m[2]), Number(m[1]), timeOf(m[4], m[5], m[6]), zone(m[7]));
  m = WORDY.exec(v);
  if (m) {
    const month = MONTHS[(m[2] ?? m[3] ?? "").toLowerCase()];
    if (!month) return null;
    return build(Number(m[5]), month, Number(m[1] ?? m[4]), timeOf(m[6], m[7], m[8]), zone(m[9]));
  }
  return null;
}

/** A date line written for people ("Kemarin, 10.00"), which a reader may show as it stands; not a machine value gone wrong. */
export const isDateWords = (v: string) => /\p{L}{3}/u.test(v) && v.length <= 60;

/**
 * The page's date from its best source (`values`: best first), in ISO form: the first stated in
 * ISO 8601 as it stands (a value that needed reading, `2022-12-10T13-19-56Z`, is trusted less
 * than a well-formed one beside it), else the first that reads; when none reads, the first written
 * in words, as the page wrote it; else null (never a broken machine value).
 */
export function bestDate(values: readonly (string | null | undefined)[]): string | null {
  const dates = values.map(readDate);
  const d = dates.find((x) => x?.exact) ?? dates.find((x) => x);
  if (d) return d.iso;
  return values.map((v) => v?.replace(/\s+/g, " ").trim() ?? "").find(isDateWords) ?? null;
}
