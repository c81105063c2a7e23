/**
 * A site's plug for its own app (→ promo): "IDN App · Baca berita lebih cepat. <a>Download</a>",
 * "दैनिक भास्कर ऐप पर पढ़ें <a>ऐप खोलें</a>", "<a>NHKニュース・防災アプリ … ダウンロード（無料）</a>",
 * "Read more in the ST app <a>Open app</a>". The app banner shape (share-rows.ts) knows the boxes
 * whose links lead to an app store; these lead to the site's own app page or a short link of its
 * own, so what names them is their words in any language: a link whose words ask to download,
 * install or open, in a small box whose words name an app.
 */
import { squash } from "../text.ts";
import type { Hit } from "../types.ts";
import { holdsProse, textUpTo } from "./block-text.ts";
import { inFrame, NEVER } from "./frame.ts";
import { hasByline, holdsMark, onArticleLine, type Keep } from "./keep.ts";
import { isAppStoreLink, isHeadlineLink, pageOf, urlOf } from "./link-kinds.ts";
import { textWords } from "./words.ts";

/** Words that ask to get an app, as whole words of a link's text. */
const APP_VERBS = new Set([
  "download", "install", "open", "get", "unduh", "instal", "pasang", "buka", "dapatkan", "muat", "डाउनलोड", "खोलें",
  "скачать", "скачайте", "установить", "tải", "descargar", "descarga", "baixar", "baixe", "herunterladen", "laden",
  "télécharger", "téléchargez", "scarica", "scaricare", "ดาวน์โหลด", "다운로드", "indir", "pobierz",
]);
/** Words that name an app, as whole words of the box's text. */
const APP_WORDS = new Set([
  "app", "apps", "aplikasi", "apl", "ऐप", "एप", "приложение", "приложения", "приложении", "ứng", "aplicación", "aplicativo",
  "application", "applicazione", "แอป", "แอปพลิเคชัน", "앱", "uygulama", "aplikacja", "aplikację",
]);
/** The same where words are not spaced (Japanese, Chinese): looked for inside the text. */
const UNSPACED_VERBS = ["ダウンロード", "下载", "下載"];
const UNSPACED_APP = ["アプリ", "应用", "應用", "客户端"];

/** A button's words, or a banner that is one link. */
const MAX_BUTTON = 40;
const MAX_BANNER_LINK = 160;
/** The box: an invitation of a line or two, the app's name, the button. */
const MAX_BOX = 200;
const MAX_RUN = 120;
/** How far above its link the box may be: <div box><div text-and-button><span button><a>. */
const MAX_UP = 3;

export function appPlugHits(root: Element | Document, keep: Keep): Hit[] {
  // Only once the article is known: a story about an app links to it, and stays.
  if (!keep.article) return [];
  const at = pageOf(root.ownerDocument ?? (root as Document));
  const hits: Hit[] = [];
  const links = root.getElementsByTagName("a");
  for (let i = 0; i < links.length; i++) {
    const a = links[i]!;
    const raw = a.textContent ?? "";
    if (raw.length > 4 * MAX_BANNER_LINK || keep.article.contains(a) || hits.some((h) => h.el.contains(a))) continue;
    const text = squash(raw);
    if (!text || text.length > MAX_BANNER_LINK || !asksForApp(text)) continue;
    const href = a.getAttribute("href") ?? "";
    // A story about an app, linked from a list: a headline to a story's address.
    if (text.length > MAX_BUTTON && isHeadlineLink(href, text, at) && isStoryAddress(href, at.base)) continue;
    const box = plugBox(a, text, keep);
    if (box) hits.push({ el: box, category: "promo", rule: "shape:promo:app-plug" });
  }
  return hits;
}

/**
 * An address a story is published at: its last segment a slug of words ("cara-download-aplikasi-
 * pajak"), a number of five digits or more in the path, or an .html page. An app's page is "/app",
 * "/aplikasi", a short code ("/9Lm4nWmBxvb").
 */
function isStoryAddress(href: string, base: string): boolean {
  const path = urlOf(href, base)?.pathname;
  if (path === undefined) return false;
  const last = path.split("/").filter(Boolean).pop() ?? "";
  return last.split(/[-_]+/).length >= 3 || /\d{5}/.test(path) || /\.s?html?$/i.test(last);
}

/** A link's words ask to download, install or open something. */
function asksForApp(text: string): boolean {
  const lower = text.toLowerCase();
  return textWords(lower).some((w) => APP_VERBS.has(w)) || UNSPACED_VERBS.some((v) => lower.includes(v));
}

function namesApp(text: string): boolean {
  const lower = text.toLowerCase();
  return textWords(lower).some((w) => APP_WORDS.has(w)) || UNSPACED_APP.some((w) => lower.includes(w));
}

/**
 * The outermost box around the link (itself included) that holds no other link, no mark, prose or
 * byline, ≤ MAX_BOX characters, outside the article and the site's frame, and that names an app: a
 * button's words alone ("Download") need a box that says which app ("IDN App … Download"); a
 * banner that is one link says it itself.
 */
function plugBox(a: Element, text: string, keep: Keep): Element | null {
  let box = a;
  let boxText = text;
  for (let e = a.parentElement, up = 0; e && up < MAX_UP && !NEVER.has(e.tagName.toUpperCase()); up++, e = e.parentElement) {
    if (holdsMark(e, keep) || onArticleLine(e, keep) || holdsOtherLink(e, a)) break;
    const t = textUpTo(e, MAX_BOX);
    if (t === null || holdsProse(e, MAX_RUN)) break;
    box = e;
    boxText = t;
  }
  if (!namesApp(boxText) && !textsNameApp(box)) return null;
  return hasByline(box) || inFrame(box) ? null : box;
}

/** namesApp read text node by text node: a `<br>` between "IDN App" and "Baca berita…" is no space in textContent. */
function textsNameApp(el: Element): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (namesApp((n as Text).data)) return true;
  return false;
}

/** A link in `e` other than `a` and its twins (a banner's picture and its button often link the same page) or a store's badge. */
function holdsOtherLink(e: Element, a: Element): boolean {
  const href = a.getAttribute("href");
  for (const other of Array.from(e.getElementsByTagName("a"))) {
    if (other !== a && other.getAttribute("href") !== href && !isAppStoreLink(other.getAttribute("href") ?? "")) return true;
  }
  return false;
}
