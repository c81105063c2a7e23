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
