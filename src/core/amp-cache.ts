/**
 * Pages served from Google's AMP cache. A phone's search result often opens an article in Google's
 * AMP viewer (google.com/amp/s/…), which shows the publisher's AMP page in a frame from the cache:
 * `https://www-kompas-com.cdn.ampproject.org/v/s/www.kompas.com/amp/read/…`. The frame's own address
 * names the cache, not the site: the site's settings and site pack are found from the publisher's
 * address, which the cache writes in its path (`/c/` a page, `/v/` a page for the viewer, `/s/` for
 * https).
 */

/** The cache's host names end so (one sub-domain per publisher's host). */
export const AMP_CACHE_SUFFIX = ".cdn.ampproject.org";
/** The AMP cache as a match pattern, for the manifest and the registered sheets. */
export const AMP_CACHE_PATTERN = "*://*.cdn.ampproject.org/*";

/** `/c/s/www.kompas.com/amp/read/…`: the page's kind, https or not, the publisher's host, its path. */
const CACHE_PATH = /^\/(?:c|v)\/(s\/)?([^/?#]+)(\/[^?#]*)?$/;
/** Query parameters the cache and the viewer add (`amp_js_v=0.1`, `usqp=mq331AQ…`): not the publisher's. */
const isCacheParam = (name: string) => name.startsWith("amp_") || name === "usqp";

/** The publisher's address of a page served from the AMP cache; null for any other address. */
export function publisherUrl(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (!u.hostname.endsWith(AMP_CACHE_SUFFIX)) return null;
  const m = CACHE_PATH.exec(u.pathname);
  if (!m || !m[2]!.includes(".")) return null;
  for (const name of [...u.searchParams.keys()]) if (isCacheParam(name)) u.searchParams.delete(name);
  try {
    return new URL(`${m[1] ? "https" : "http"}://${m[2]}${m[3] ?? "/"}${u.search}${u.hash}`).href;
  } catch {
    return null; // the path names no host a URL can have
  }
}

/** The host name whose settings hold for the page at `url`: the publisher's for a page from the AMP cache; "" for no URL. */
export function siteHostOf(url: string): string {
  if (url === lastSite.url) return lastSite.host;
  let host = "";
  try {
    host = new URL(publisherUrl(url) ?? url).hostname;
  } catch {
    // no host: ""
  }
  lastSite = { url, host };
  return host;
}

/** A page asks for its own site's host several times as it starts (its names, the plug phrases'): parsed once. */
let lastSite = { url: "", host: "" };
