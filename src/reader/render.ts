/**
 * Puts an article into the reader page (src/reader/index.html). No extension APIs here, so jsdom
 * tests can run it. Every string from the page goes in as text; the body goes in only after
 * prepareArticleHtml (lazy images + DOMPurify).
 */
import { absoluteUrl } from "../core/images.ts";
import type { Article } from "../core/types.ts";
import { leadImageToShow, prepareArticleHtml, setSanitizedHtml } from "./content.ts";
import { formatDate, hostLabel, httpUrl, isoDate } from "../ui/format.ts";
import type { Translate } from "../ui/i18n.ts";

export interface RenderOptions {
  t: Translate;
  /** The UI language, for dates. */
  locale: string;
}

type Win = Window & typeof globalThis;

const byId = <T extends HTMLElement = HTMLElement>(doc: Document, id: string) => {
  const el = doc.getElementById(id);
  if (!el) throw new Error(`reader page lacks #${id}`);
  return el as T;
};

const setText = (el: HTMLElement, text: string | null) => {
  el.textContent = text ?? "";
};

/**
 * The article's body, sanitised. H5's multi-page articles: pass the following pages' HTML as
 * `morePages`; each is prepared the same way and set apart by a labelled rule.
 */
export function articleBodyHtml(article: Article, win: Win, t: Translate, morePages: readonly string[] = []): string {
  const base = httpUrl(article.url);
  const parts = [prepareArticleHtml(article.contentHtml, base, win)];
  morePages.forEach((html, i) => {
    const label = t("reader_page_n", `Page ${i + 2}`, [String(i + 2)]).replace(/[<>&"]/g, "");
    parts.push(`<hr class="page-break" aria-label="${label}">`, prepareArticleHtml(html, base, win));
  });
  return parts.join("\n");
}

export function renderArticle(doc: Document, article: Article, opts: RenderOptions, morePages: readonly string[] = []): void {
  const win = doc.defaultView as Win | null;
  if (!win) throw new Error("reader document has no window");
  const { t, locale } = opts;

  const box = byId(doc, "article");
  // The article's own language and direction; the toolbar keeps the UI's.
  if (article.lang) box.setAttribute("lang", article.lang);
  else box.removeAttribute("lang");
  box.setAttribute("dir", article.dir ?? "auto");

  setText(byId(doc, "site"), article.siteName || hostLabel(article.url));
  setText(byId(doc, "title"), article.title);
  // Who · when · how long, with real separators (copied text and screen readers get them too).
  const meta = byId(doc, "meta");
  meta.replaceChildren();
  const items: Node[] = [];
  if (article.byline) {
    const by = doc.createElement("span");
    by.className = "byline";
    by.textContent = article.byline;
    items.push(by);
  }
  const dateText = formatDate(article.publishedTime, locale);
  if (dateText) {
    const time = doc.createElement("time");
    time.textContent = dateText;
    const iso = isoDate(article.publishedTime);
    if (iso) time.dateTime = iso;
    items.push(time);
  }
  if (article.readingMinutes > 0) {
    const rt = doc.createElement("span");
    rt.className = "reading-time";
    rt.textContent = t("reader_minutes", `${article.readingMinutes} min read`, [String(article.readingMinutes)]);
    items.push(rt);
  }
  items.forEach((node, i) => {
    if (i > 0) meta.append(" · ");
    meta.append(node);
  });

  const content = byId(doc, "content");
  setSanitizedHtml(content, articleBodyHtml(article, win, t, morePages), win);
  // A table wider than the screen (a phone) scrolls in its own box: reachable by keyboard too.
  for (const table of Array.from(content.querySelectorAll("table"))) table.tabIndex = 0;

  // og:image may be relative to the article's address.
  const leadAbs = article.leadImage?.src ? { ...article.leadImage, src: absoluteUrl(article.leadImage.src, httpUrl(article.url)) } : null;
  const lead = leadImageToShow(leadAbs, content);
  const leadSrc = httpUrl(lead?.src);
  const figure = byId(doc, "lead");
  const img = byId<HTMLImageElement>(doc, "lead-img");
  if (lead && leadSrc) {
    img.src = leadSrc;
    img.alt = lead.alt ?? "";
    // The caption once: not when the body already carries the same words.
    const caption = lead.caption?.trim() ?? "";
    const repeated = caption && (content.textContent ?? "").includes(caption);
    setText(byId(doc, "lead-caption"), repeated ? null : caption);
    byId(doc, "lead-caption").hidden = !caption || !!repeated;
    figure.hidden = false;
  } else {
    img.removeAttribute("src");
    figure.hidden = true;
  }

  const original = byId<HTMLAnchorElement>(doc, "original");
  const url = httpUrl(article.url);
  if (url) original.href = url;
  original.hidden = !url;

  doc.title = article.title ? `${article.title} — Jernih` : "Jernih";
  box.removeAttribute("aria-busy");
  byId(doc, "message").hidden = true;
  box.hidden = false;
}

/** No article: the reason in plain words, the article box hidden. */
export function renderMessage(doc: Document, text: string): void {
  const box = byId(doc, "article");
  box.hidden = true;
  box.removeAttribute("aria-busy");
  const msg = byId(doc, "message");
  msg.textContent = text;
  msg.hidden = false;
}
