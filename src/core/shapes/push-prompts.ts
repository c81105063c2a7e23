/**
 * A prompt to turn on the site's push notifications (→ promo): a small box that asks, in the page's
 * language, to send notifications, with its buttons ("Izinkan" / "Nanti saja", "Allow" / "No
 * thanks"). Push services and sites' own scripts add it once the page is up, often sliding down
 * over the story on a phone. What names it is a notification word together with buttons and
 * nothing else: a how-to story on turning notifications on has no buttons in its paragraphs, a
 * settings page has fields, a header's bell is the site's frame.
 */
import type { Hit } from "../types.ts";
import { holdsProse, textUpTo } from "./block-text.ts";
import { inFrame, NEVER } from "./frame.ts";
import { hasByline, holdsMark, type Keep } from "./keep.ts";
import { textWords } from "./words.ts";

/** "Notifications" in the languages news is read in (whole words, lower case). */
const NOTIFY_WORDS = new Set([
  "notification", "notifications", "notify", "notifikasi", "pemberitahuan", "benachrichtigung", "benachrichtigungen",
  "notificación", "notificaciones", "notificacion", "notificação", "notificações", "notificacoes", "notifica", "notifiche",
  "melding", "meldingen", "notificaties", "powiadomienia", "powiadomień", "bildirim", "bildirimler", "bildirimleri",
  "уведомления", "уведомлений", "уведомление",
]);
/** Scripts written without spaces between words: the word is found inside the run. */
const NOTIFY_INSIDE = ["通知", "알림"];

/** The box: a line or two of invitation and its buttons; never a paragraph of the story. */
const MAX_TEXT = 250;
const MAX_RUN = 200;
/** Allow and decline, and at most a "settings" button. */
const MAX_BUTTONS = 3;
/** A privacy or help link at most (a link written as a button is a button). */
const MAX_LINKS = 1;
const LINKS = 'a[href]:not([role="button"])';
/** From a button: its row, the box of text and row, and a wrapper. */
const MAX_UP = 4;
/** Only a box of choices may hold inputs: a category's checkbox. */
const FIELDS = 'input:not([type="checkbox"]):not([type="hidden"]), select, textarea';

export function pushPromptHits(root: Element | Document, keep: Keep): Hit[] {
  const hits: Hit[] = [];
  for (const button of buttonsIn(root)) {
    if (hits.some((h) => h.el.contains(button))) continue;
    const box = promptBox(button, keep);
    if (box && !inFrame(box)) hits.push({ el: box, category: "promo", rule: "shape:promo:push-prompt" });
  }
  return hits;
}

function buttonsIn(root: Element | Document): Element[] {
  const buttons = Array.from(root.getElementsByTagName("button"));
  return root.querySelector('[role="button"]') === null ? buttons : [...buttons, ...Array.from(root.querySelectorAll('[role="button"]'))];
}

/**
 * The outermost block above `button` (up to MAX_UP) that is still a prompt, when one of them names
 * notifications. The blocks' words are read first: most buttons on a page (menus, players, "load
 * more") have none of these words around them, and are done with before any query of isPromptBox.
 */
function promptBox(button: Element, keep: Keep): Element | null {
  const levels: Element[] = [];
  let named = -1;
  for (let e = button.parentElement; e && levels.length < MAX_UP && !NEVER.has(e.tagName.toUpperCase()); e = e.parentElement) {
    const text = textUpTo(e, MAX_TEXT);
    if (text === null) break;
    if (named < 0 && namesNotifications(text.toLowerCase())) named = levels.length;
    levels.push(e);
  }
  if (named < 0) return null;
  let box = -1;
  while (box + 1 < levels.length && isPromptBox(levels[box + 1]!, keep)) box++;
  return box >= named ? levels[box]! : null;
}

function isPromptBox(el: Element, keep: Keep): boolean {
  if (holdsMark(el, keep) || (keep.article !== null && el.contains(keep.article))) return false;
  if (el.querySelector(FIELDS) !== null || el.querySelectorAll(LINKS).length > MAX_LINKS) return false;
  if (buttonsIn(el).length > MAX_BUTTONS) return false;
  return !holdsProse(el, MAX_RUN) && !hasByline(el);
}

function namesNotifications(text: string): boolean {
  return NOTIFY_INSIDE.some((w) => text.includes(w)) || textWords(text).some((w) => NOTIFY_WORDS.has(w));
}
