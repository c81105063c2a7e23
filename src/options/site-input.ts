/** Reading a site name typed (or pasted) into the options page's rule and site forms. */
import { siteKey } from "../shared/settings.ts";

/** Accepts "detik.com", "WWW.Detik.com" or a pasted URL; "" for an empty field, null when it is not a host name. */
export function parseSiteInput(raw: string): string | null {
  let text = raw.trim();
  if (!text) return "";
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    try {
      text = new URL(text).hostname;
    } catch {
      return null;
    }
  }
  // Settings are per host name: a port ("127.0.0.1:8080") does not make another site.
  const key = siteKey(text.replace(/:\d{1,5}$/, ""));
  return /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(key) ? key : null;
}
