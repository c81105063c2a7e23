/**
 * Can Jernih work on this page? Browsers keep extensions out of their own pages (chrome://, about:),
 * other extensions' pages and the add-on stores, and our content script only runs on http(s).
 */
export type PageAccess =
  /** An http(s) page where our content script should be running. */
  | "web"
  /** A page no extension may touch, or one our content script does not cover. */
  | "restricted"
  /** No URL (the browser did not tell us): decide by whether the content script answers. */
  | "unknown";

/** Hosts where browsers forbid content scripts: the add-on stores and Mozilla's account pages. */
const PROTECTED_HOSTS = [
  "chromewebstore.google.com", "addons.mozilla.org", "microsoftedge.microsoft.com", "accounts.firefox.com",
  "accounts-static.cdn.mozilla.net", "addons.cdn.mozilla.net", "api.accounts.firefox.com", "content.cdn.mozilla.net",
  "discovery.addons.mozilla.org", "install.mozilla.org", "oauth.accounts.firefox.com", "profile.accounts.firefox.com",
  "support.mozilla.org", "sync.services.mozilla.com",
];

export function pageAccess(url: string | null | undefined): PageAccess {
  if (!url) return "unknown";
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return "unknown";
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") return "restricted";
  const host = u.hostname.toLowerCase();
  if (PROTECTED_HOSTS.includes(host)) return "restricted";
  if (host === "chrome.google.com" && u.pathname.startsWith("/webstore")) return "restricted";
  return "web";
}
