/**
 * The reader page. Normally it lives in a frame the content script lays over the article's page
 * (src/content/reader-toggle.ts); it asks the background for the article, which asks the content
 * script of this frame's own tab — so a web page cannot hand the reader an article of its choosing.
 * `reader.html?tab=<id>` (tests, debugging) asks that tab's content script directly.
 */
import browser from "webextension-polyfill";
import { articleToMarkdown } from "../core/markdown.ts";
import type { Article } from "../core/types.ts";
import type { ReaderPayload } from "../shared/messages.ts";
import { sendToPage, type PageApi } from "../shared/page-features.ts";
import { formatDate } from "../ui/format.ts";
import { uiStrings } from "../ui/i18n.ts";
import { DEFAULT_PREFS, parsePrefs, PREFS_KEY, startingPrefs, stepFontSize, type ReaderPrefs } from "./prefs.ts";
import { showPagesNote } from "./pages-note.ts";
import { renderArticle, renderMessage } from "./render.ts";
import { installToolbar, PHONE_QUERY } from "./toolbar.ts";
import { pickVoice, speechChunks } from "./voice.ts";

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const params = new URLSearchParams(location.search);
const tabParam = params.get("tab");
const standaloneTab = tabParam && /^\d+$/.test(tabParam) ? Number(tabParam) : null;
/** Framed over a page in a frame of its tab (an AMP page in a viewer's frame), not the top one: the background asks that frame. */
const frameParam = params.get("frame");
// Firefox numbers frames past 2^32 (17179869185): any safe integer.
const pageFrame = frameParam && /^\d+$/.test(frameParam) && Number.isSafeInteger(Number(frameParam)) ? { frame: Number(frameParam) } : {};
const { localize, t, uiLanguage } = uiStrings(browser.i18n);

let prefs: ReaderPrefs = { ...DEFAULT_PREFS };
/** Our own writes still to come back through storage.onChanged: applying them late would undo newer clicks. */
const pendingWrites: string[] = [];
let article: Article | null = null;

function announce(text: string) {
  const status = $("status");
  status.textContent = "";
  // A fresh node text each time so screen readers repeat the same message.
  requestAnimationFrame(() => (status.textContent = text));
}

// ---- look: font size, typeface, width, theme (remembered in storage.local)

function applyPrefs() {
  const root = document.documentElement;
  root.dataset.theme = prefs.theme;
  root.dataset.font = prefs.font;
  root.dataset.width = prefs.width;
  root.style.setProperty("--size", `${prefs.fontSize}px`);
  $("size-value").textContent = `${prefs.fontSize}px`;
  for (const name of ["font", "width", "theme"] as const) {
    for (const input of Array.from(document.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`))) {
      input.checked = input.value === prefs[name];
    }
  }
}

async function savePrefs(next: ReaderPrefs) {
  prefs = next;
  applyPrefs();
  const json = JSON.stringify(prefs);
  pendingWrites.push(json);
  try {
    await browser.storage.local.set({ [PREFS_KEY]: prefs });
  } catch {
    pendingWrites.splice(pendingWrites.indexOf(json), 1);
    /* the look still applies for this article; it just is not remembered */
  }
}

async function loadPrefs() {
  try {
    prefs = startingPrefs((await browser.storage.local.get(PREFS_KEY))[PREFS_KEY], matchMedia(PHONE_QUERY).matches);
  } catch {
    prefs = { ...DEFAULT_PREFS };
  }
  applyPrefs();
}

function setupLook() {
  const button = $("look");
  const panel = $("look-panel");
  const setOpen = (open: boolean, focusBack = false) => {
    panel.hidden = !open;
    button.setAttribute("aria-expanded", String(open));
    if (open) panel.querySelector<HTMLElement>("button, input:checked")?.focus();
    else if (focusBack) button.focus();
  };
  button.addEventListener("click", () => setOpen(panel.hidden));
  panel.addEventListener("keydown", (e) => {
    if (e.key === "Escape") {
      e.stopPropagation();
      setOpen(false, true);
    }
  });
  $("smaller").addEventListener("click", () => void savePrefs({ ...prefs, fontSize: stepFontSize(prefs.fontSize, -1) }));
  $("larger").addEventListener("click", () => void savePrefs({ ...prefs, fontSize: stepFontSize(prefs.fontSize, 1) }));
  panel.addEventListener("change", (e) => {
    const input = e.target as HTMLInputElement;
    if (input.type !== "radio") return;
    void savePrefs(parsePrefs({ ...prefs, [input.name]: input.value }));
  });
  // Another reader tab changed the look: follow it.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== "local" || !(PREFS_KEY in changes)) return;
    const next = parsePrefs(changes[PREFS_KEY]?.newValue);
    const mine = pendingWrites.indexOf(JSON.stringify(next));
    if (mine >= 0) {
      pendingWrites.splice(0, mine + 1); // this write and any older ones of ours have landed
      return;
    }
    prefs = next;
    applyPrefs();
  });
}

// ---- actions

function closeReader() {
  window.speechSynthesis?.cancel();
  if (standaloneTab !== null) return;
  void browser.runtime.sendMessage({ type: "reader-close", ...pageFrame }).catch(() => {});
}

async function copyMarkdown() {
  if (!article) return;
  const md = articleToMarkdown(article, $("content").innerHTML, {
    formatDate: (d) => formatDate(d, uiLanguage()) ?? d,
    leadImage: !$("lead").hidden,
  });
  try {
    await navigator.clipboard.writeText(md);
  } catch {
    // Clipboard API refused (an old browser, a frame policy): the classic copy of a selected textarea.
    const area = document.createElement("textarea");
    area.value = md;
    area.setAttribute("readonly", "");
    area.className = "visually-hidden";
    document.body.append(area);
    area.select();
    const ok = document.execCommand("copy");
    area.remove();
    if (!ok) {
      announce(t("reader_copy_failed", "Could not copy: your browser refused access to the clipboard."));
      return;
    }
  }
  announce(t("reader_copied", "Copied as Markdown."));
}

function setupSpeech() {
  const button = $("speak");
  const synth = window.speechSynthesis;
  if (!synth || typeof SpeechSynthesisUtterance === "undefined" || !article) return;
  const lang = article.lang || uiLanguage();
  let voice: SpeechSynthesisVoice | null = null;
  const update = () => {
    voice = pickVoice(synth.getVoices(), lang);
    button.hidden = !voice;
  };
  update();
  synth.addEventListener?.("voiceschanged", update);
  const stop = () => {
    synth.cancel();
    button.setAttribute("aria-pressed", "false");
  };
  button.addEventListener("click", () => {
    if (button.getAttribute("aria-pressed") === "true") return stop();
    if (!voice || !article) return;
    synth.cancel();
    const chunks = speechChunks(`${article.title}\n\n${article.text}`);
    chunks.forEach((chunk, i) => {
      const u = new SpeechSynthesisUtterance(chunk);
      u.voice = voice;
      u.lang = voice!.lang;
      if (i === chunks.length - 1) u.addEventListener("end", () => button.setAttribute("aria-pressed", "false"));
      synth.speak(u);
    });
    button.setAttribute("aria-pressed", "true");
  });
  window.addEventListener("pagehide", () => synth.cancel());
}

function setupActions() {
  const close = $("close");
  if (standaloneTab !== null) close.hidden = true;
  close.addEventListener("click", closeReader);
  $("copy").addEventListener("click", () => void copyMarkdown());
  $("print").addEventListener("click", () => window.print());
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && !e.defaultPrevented && $("look-panel").hidden) closeReader();
  });
}

// ---- the article

async function loadPayload(): Promise<ReaderPayload> {
  if (standaloneTab === null && window.top === window) {
    // Opened on its own (a bookmark, a test harness): there is no page to read.
    return { article: null, error: t("reader_open_from_page", "Open the reader view from an article's page: the toolbar button, the page's menu or the keyboard shortcut.") };
  }
  const ask: Promise<unknown> =
    standaloneTab !== null
      ? sendToPage(browser as unknown as PageApi, standaloneTab, { type: "reader-article" })
      : browser.runtime.sendMessage({ type: "reader-load", ...pageFrame });
  const answer = (await ask.catch(() => null)) as ReaderPayload | null | undefined;
  if (answer && (answer.article || answer.error)) return answer;
  return { article: null, error: t("reader_no_answer", "The page did not answer. Reload it and open the reader view again.") };
}

async function start() {
  localize(document);
  setupActions();
  setupLook();
  installToolbar(document);
  await loadPrefs();
  const payload = await loadPayload();
  if (!payload.article) {
    renderMessage(document, payload.error ?? t("reader_no_article", "Jernih found no article on this page."));
    $("copy").hidden = true;
    $("print").hidden = true;
    $("close").focus();
    return;
  }
  article = payload.article;
  renderArticle(document, article, { t, locale: uiLanguage() }, payload.morePages ?? []);
  showPagesNote(document, payload.pages, t);
  setupSpeech();
  // Keyboard users land on the article, ready to scroll with the arrow keys.
  window.focus();
  $("main").focus();
}

void start();
