/**
 * The name a site calls itself by, as its host shows it: "kompas" for www.kompas.com, "detik" for
 * news.detik.com, "warta" for warta.co.id. Its own plugs name it ("Dapatkan berita … dari
 * Kompas.com", "hanya di Warta.com", "Download aplikasi detikcom"): the channel-invite shape
 * (shapes/invites.ts) and the phrases with a site slot (phrases.ts) look for it.
 */
import { siteHostOf } from "./amp-cache.ts";

/** Second-level labels that only say what kind of host it is: "co" of co.id, "com" of com.my. */
const SECOND_LEVEL = new Set(["co", "com", "net", "org", "or", "go", "ac", "sch", "web", "my", "biz", "gov", "edu", "ne", "gr"]);

interface HostName {
  /** The site's label, letters and digits only: "pikiranrakyat". */
  name: string;
  /** The same label as the host writes it: "pikiran-rakyat". */
  label: string;
  /** The labels after it: ["com"], ["co", "id"]. */
  suffix: string[];
}

/** Where the site's name stands in its host; null when there is none worth looking for. */
function hostName(url: string): HostName | null {
  const host = siteHostOf(url).toLowerCase();
  if (!host || /^[\d.]+$/.test(host) || host.includes(":")) return null;
  const labels = host.split(".");
  let i = labels.length - 2; // the top-level domain says nothing
  while (i > 0 && SECOND_LEVEL.has(labels[i]!)) i--;
  const label = labels[i] ?? "";
  const name = label.replace(/[^a-z0-9]/g, "");
  return i >= 0 && name.length >= 3 ? { name, label, suffix: labels.slice(i + 1) } : null;
}

/**
 * The site's name as its host shows it, letters and digits only (a page from the AMP cache: its
 * publisher's). Null when there is none worth looking for (an address, a name under three letters).
 */
export function siteLabel(url: string): string | null {
  return hostName(url)?.name ?? null;
}

/** How a site writes its own name in a plug, lower-case (see siteNames). */
export interface SiteNames {
  /** The name alone: "kompas", "warta" (siteLabel's, first; then as the host writes it, when that differs: "pikiran-rakyat"). */
  names: string[];
  /** The name with its domain ("kompas.com", "warta.co.id") and, for a .com, run together with it ("detikcom"). */
  domains: string[];
}

/**
 * How the site of `url` writes its own name; null when it has none worth looking for. A name alone
 * can be a word of the language ("detik" is a second, "bisnis" business): the domain forms are for
 * phrases where a word would read as prose ("tidak hanya di bisnis properti").
 */
export function siteNames(url: string): SiteNames | null {
  const host = hostName(url);
  if (!host) return null;
  const { name, label, suffix } = host;
  const domains = [[label, ...suffix].join(".")];
  if (suffix.length === 1 && suffix[0] === "com") domains.push(`${label}com`);
  return { names: label === name ? [name] : [name, label], domains };
}

/*
 * What follows runs on every page that declares a name: no regular expression with the `u` flag,
 * whose first use compiles the Unicode tables it names.
 */
/** Without spaces and ASCII punctuation, lower-case: how a name is compared ("IDN Times" → "idntimes"). */
const lettersOf = (s: string) => s.toLowerCase().replace(/[\s!-/:-@[-`{-~]+/g, "");
/** Labels of a host that name nothing ("www", "m", "amp") or too little to compare (under four letters). */
const BARE_LABELS = new Set(["www", "m", "amp", "mobile"]);
/** A name written as a host: "TribunJakarta.com", "Suara.com", "lifestyle.okezone.com". */
const HOST_FORM = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/;
/** Where a declared name stops and its slogan starts: "Kabar Raya - Berita Terkini", "Warta | Portal Berita". */
const SLOGAN = /\s[-|–—:]\s|\s*[|•]\s*/;
/** Longest name a site gives itself; longer, it is a slogan ("Kompas.com - Berita Terkini Hari Ini"). */
const MAX_DECLARED = 30;

/**
 * Whether a host's name shortens the declared name: the initials of its first words and the rest
 * written out ("bharian" for Berita Harian, "nytimes" for The New York Times), or all initials
 * ("smh" for The Sydney Morning Herald). Words are split on spaces and ASCII punctuation only.
 */
function abbreviates(hostName: string, name: string): boolean {
  let words = name.toLowerCase().split(/[\s!-/:-@[-`{-~]+/).filter(Boolean);
  if (words[0] === "the" && words.length > 2) words = words.slice(1);
  if (words.length < 2) return false;
  for (let k = 1; k <= words.length; k++) {
    const form = words.slice(0, k).map((w) => w[0]).join("") + words.slice(k).join("");
    if (form === hostName) return true;
  }
  return false;
}

/**
 * Whether a declared name is plainly the site of `url`'s own: it holds a label of the host
 * ("TribunJakarta" on jakarta.tribunnews.com, "Wartakotalive" on wartakota.tribunnews.com) or starts
 * as the host's name does ("IDN Times" on idntimes.com). A generic name ("News", "Berita Terkini")
 * does neither, and would make a plug of a sentence that says the word.
 */
function isOwnName(name: string, url: string, host: HostName): boolean {
  const letters = lettersOf(name);
  if (letters.slice(0, 4) === host.name.slice(0, 4) || abbreviates(host.name, name)) return true;
  const labels = siteHostOf(url).toLowerCase().split(".").slice(0, -host.suffix.length - 1);
  return labels.some((l) => l.length >= 4 && !BARE_LABELS.has(l) && letters.includes(lettersOf(l)));
}

/**
 * The names a site gives itself beside the ones its host shows (siteNames): the page's
 * `og:site_name` ("TribunJakarta.com" on jakarta.tribunnews.com, "IDN Times" on idntimes.com), as
 * new names only; null when it adds none. A network's regional sites and names of two words are
 * written so in their own plugs ("Baca berita TribunJakarta.com lainnya", "hanya di IDN Times").
 */
export function declaredSiteNames(url: string, declared: string | null): SiteNames | null {
  const host = hostName(url);
  const known = siteNames(url);
  // Most sites declare the name their host shows ("KOMPAS.com", "detikcom"): nothing more to read.
  const plain = (declared ?? "").trim().toLowerCase();
  if (!host || !known || !plain || known.names.includes(plain) || known.domains.includes(plain)) return null;
  const name = plain.split(SLOGAN)[0]!.replace(/\s+/g, " ").trim();
  if (name.length < 3 || name.length > MAX_DECLARED || !isOwnName(name, url, host)) return null;
  // A name written as a host is read as one: "lifestyle.okezone.com" is okezone's, "TribunJakarta.com" a name of its own.
  const declaredHost = HOST_FORM.test(name) ? siteNames(`https://${name}/`) : null;
  const found = declaredHost ?? { names: [name, lettersOf(name)], domains: [] };
  const had = new Set([...known.names, ...known.domains]);
  const fresh = (list: string[]) => [...new Set(list)].filter((n) => n.length >= 3 && !had.has(n));
  const out = { names: fresh(found.names), domains: fresh(found.domains) };
  return out.names.length || out.domains.length ? out : null;
}

/** Two sets of names as one (either may be null). */
export function withNames(a: SiteNames | null, b: SiteNames | null): SiteNames | null {
  if (!a || !b) return a ?? b;
  return { names: [...new Set([...a.names, ...b.names])], domains: [...new Set([...a.domains, ...b.domains])] };
}

/** The name a page's `og:site_name` gives (see declaredSiteNames), or null. */
export function declaredName(doc: Document): string | null {
  return doc.querySelector('meta[property="og:site_name"]')?.getAttribute("content") ?? null;
}

/**
 * The site's names as the invitation shape compares them (letters and digits only): its host's
 * (siteLabel) and the ones the page declares.
 */
export function siteLabels(url: string, declared: string | null): string[] {
  const own = siteLabel(url);
  const more = declaredSiteNames(url, declared)?.names.map(lettersOf) ?? [];
  return [...new Set([...(own ? [own] : []), ...more])].filter((n) => n.length >= 3);
}
