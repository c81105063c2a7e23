/**
 * Rows of share and follow buttons written as `<button>`s, not links (→ social): a React share kit's
 * ("react-share__ShareButton", `aria-label="facebook"`), a site builder's under generated class
 * names ("Share via LinkedIn"), follow buttons a script opens ("Follow Us on Twitter"). The link
 * pass (link-counts.ts) counts links only, so these rows are looked at here, by their buttons.
 */
import type { Hit } from "../types.ts";
import { squash } from "../text.ts";
import { MIN_SOCIAL, isRowOfButtons } from "./share-rows.ts";
import type { Keep } from "./keep.ts";
import { isSocialLink, pageOf, SOCIAL_TOKEN, type PageAt } from "./link-kinds.ts";
import { hasToken, isWord, textWords, wordsOf } from "./words.ts";

/** Words of a button's name that share in the languages news is read in ("Bagikan ke WhatsApp", "Artikel teilen"). */
const SHARE_WORDS = wordsOf([
  "share", "bagikan", "kongsi", "teilen", "partager", "compartir", "condividi", "partilhar", "compartilhar", "delen",
  "udostępnij", "paylaş", "sdílet", "dela", "jaa", "megosztás", "поделиться", "分享", "シェア", "공유",
]);
/** Names of a "copy link" button, whole (its words alone say little: "copy", "link"). */
const COPY_NAMES = new Set([
  "copy link", "copy url", "salin tautan", "salin link", "salin url", "link kopieren", "copier le lien", "copiar enlace",
  "copiar link", "copia link", "kopiuj link", "link kopyala",
]);
/** A button's name: its `aria-label` or `title`, or its own words when it has no such name. */
const MAX_NAME = 40;
/** How far above a button its row may be: <div><ul><li><button>. */
const MAX_UP = 3;

export function shareButtonHits(root: Element | Document, keep: Keep): Hit[] {
  const doc = root.ownerDocument ?? (root as Document);
  const at = pageOf(doc);
  const hits: Hit[] = [];
  for (const button of Array.from(root.getElementsByTagName("button"))) {
    if (!isShareButton(button) || hits.some((h) => h.el.contains(button))) continue;
    let row: Element | null = null;
    for (let e = button.parentElement, up = 0; e && up < MAX_UP; up++, e = e.parentElement) {
      if (!isButtonRow(e, at, keep)) break;
      row = e;
    }
    // Two share links or more: the link pass's share row already (its name stays in the popup's list).
    if (row && row.getElementsByTagName("a").length < MIN_SOCIAL) hits.push({ el: row, category: "social", rule: "shape:social:share-buttons" });
  }
  return hits;
}

/** A button its class or id names as a share or network button, or whose name says so. */
function isShareButton(button: Element): boolean {
  if (hasToken(button, SOCIAL_TOKEN)) return true;
  const name = button.getAttribute("aria-label") ?? button.getAttribute("title") ?? squash(button.textContent ?? "");
  if (!name || name.length > MAX_NAME) return false;
  const lower = name.toLowerCase();
  if (COPY_NAMES.has(squash(lower))) return true;
  return textWords(lower).some((w) => isWord(w, SHARE_WORDS) || isWord(w, SOCIAL_TOKEN));
}

/**
 * A row of such buttons: every button in it is one, every link a share or follow link, at least
 * two of them (one when the row calls itself a share box), no field, and nothing else a row may
 * not hold.
 */
function isButtonRow(el: Element, at: PageAt, keep: Keep): boolean {
  // A field beside the button ("send to this address") makes it a form, not a row of buttons.
  if (el.querySelector("input, select, textarea") !== null) return false;
  const buttons = Array.from(el.getElementsByTagName("button"));
  if (!buttons.every(isShareButton)) return false;
  const links = Array.from(el.getElementsByTagName("a"));
  if (!links.every((a) => isSocialLink(a, a.getAttribute("href") ?? "", squash(a.textContent ?? ""), at))) return false;
  const min = hasToken(el, SOCIAL_TOKEN) ? 1 : MIN_SOCIAL;
  return buttons.length + links.length >= min && isRowOfButtons(el, keep);
}
