/**
 * The close button of a floating ad ("×", "Tutup", "Close ad", a button named "fechar publicidade"):
 * once the slot beside it is hidden, it would stay alone on the page, a cross over nothing. It is
 * no word of the box's: a box of a slot, its label and its close button is the ad's.
 */
import { squash } from "../text.ts";
import { textWords } from "./words.ts";

/** "Close" in the languages of the locales (and "x", the cross written as a letter). */
const CLOSE = new Set([
  "close", "x", "tutup", "fechar", "schließen", "schliessen", "fermer", "cerrar", "chiudi", "sluiten", "zamknij",
  "закрыть", "kapat", "đóng", "ปิด", "إغلاق", "اغلاق", "閉じる", "关闭", "關閉", "닫기", "बंद", "sulje", "isara",
]);
/** What a close button names besides: "Close ad", "Tutup iklan", "Werbung schließen", "विज्ञापन बंद करें". */
const ALSO = new Set([
  "ad", "ads", "advertisement", "banner", "iklan", "publicidade", "anúncio", "werbung", "anzeige", "publicité",
  "publicidad", "anuncio", "pubblicità", "advertentie", "reklama", "reklamę", "реклама", "reklam", "reklamı", "quảng",
  "cáo", "โฆษณา", "إعلان", "广告", "廣告", "광고", "करें", "विज्ञापन", "mainos", "patalastas",
]);
/** A close button's text, at most: "×", "Tutup", "Close ad ✕". */
const MAX_CLOSE_TEXT = 24;
/** A cross with no word: "×", "✕", "[x]". */
const MAX_CROSS = 3;
const CONTROL_TAGS = new Set(["BUTTON", "A", "SPAN", "DIV", "I"]);

function closeWords(text: string): boolean {
  const words = textWords(text.toLowerCase());
  if (words.length === 0) return text.length <= MAX_CROSS;
  return words.some((w) => CLOSE.has(w)) && words.every((w) => CLOSE.has(w) || ALSO.has(w));
}

/** Whether `el` is a close control: a button or link of a cross or "close" words (one with no text is wordless anyway). */
export function isCloseControl(el: Element): boolean {
  if (!CONTROL_TAGS.has(el.tagName.toUpperCase()) || el.childElementCount > 1) return false;
  const text = squash(el.textContent ?? "");
  return text !== "" && text.length <= MAX_CLOSE_TEXT && closeWords(text);
}
