/**
 * The reader view's half in the content script: lays the reader page (an extension page) in a frame
 * over the article's page, and takes it away again. The page underneath is never changed beyond
 * `inert` on its <body> while the reader is open (so focus and screen readers stay in the reader);
 * closing removes the frame, restores `inert` as it was and the scroll position as it was.
 *
 * Answers: reader-toggle (popup, keyboard command, context menu, and the site's "always open the
 * reader view" setting, via the background), reader-article (the reader frame, via the background),
 * article-summary (popup). Part of the content script's second half (src/content/features.ts).
 */
import browser, { type Runtime } from "webextension-polyfill";
import { detectArticle } from "../core/detect.ts";
import { extract, ExtractError } from "../core/extract.ts";
import type { Article } from "../core/types.ts";
import {
  isMessage, type ArticleSummary, type PageArticleInfo, type ReaderPayload, type ReaderToggleResult,
} from "../shared/messages.ts";
import { uiStrings } from "../ui/i18n.ts";
import { followForReader } from "./multipage.ts";

const HOST_TAG = "jernih-reader";

interface OpenReader {
  host: HTMLElement;
  /** Puts back the page's own viewport (phoneViewport), when it had to be changed. */
  restoreViewport: () => void;
  scrollX: number;
  scrollY: number;
  bodyWasInert: boolean;
  focused: Element | null;
  payload: ReaderPayload;
  /** The payload with a split article's other pages joined, once fetched (./multipage.ts). */
  whole: Promise<ReaderPayload>;
}

let open: OpenReader | null = null;

const { t } = uiStrings(browser.i18n);

/**
 * The article the reader shows. The seam for multi-page articles (src/core/pages.ts): follow the
 * next pages here and hand their HTML on with the payload.
 */
export function extractForReader(doc: Document, url: string): ReaderPayload {
  try {
    return { article: extract(doc, url), error: null };
  } catch (e) {
    const error =
      e instanceof ExtractError
        ? t("reader_no_article", "Jernih found no article on this page.")
        : t("reader_failed", "Jernih could not read this page.");
    return { article: null, error };
  }
}

export function summarize(a: Article): ArticleSummary {
  const { title, byline, siteName, publishedTime, lang, dir, excerpt, readingMinutes, wordCount, url } = a;
  return { title, byline, siteName, publishedTime, lang, dir, excerpt, readingMinutes, wordCount, url };
}

/** Sets CSS through the CSSOM (allowed by any page CSP), important so page styles cannot win. */
function css(el: HTMLElement, props: Record<string, string>) {
  for (const [k, v] of Object.entries(props)) el.style.setProperty(k, v, "important");
}

/**
 * On a phone, a page without a device-width viewport (a desktop layout) is laid out some 980 px wide
 * and shown zoomed out; the reader's frame, as wide as that layout, would be shown as small. While
 * the reader is open such a page gets a device-width viewport, and closing puts back what it had.
 * Desktop browsers ignore the viewport tag, and there the layout is never wider than the screen.
 */
function phoneViewport(): () => void {
  const layoutWidth = document.documentElement.clientWidth;
  if (!(screen.width > 0 && layoutWidth > screen.width * 1.1)) return () => {};
  const own = Array.from(document.querySelectorAll<HTMLMetaElement>('meta[name="viewport" i]')).pop();
  const meta = document.createElement("meta");
  meta.name = "viewport";
  meta.content = "width=device-width, initial-scale=1";
  (document.head ?? document.documentElement).append(meta); // the last viewport tag wins
  return () => {
    // Removing a viewport tag does not make Chromium read the others again: ours first takes the
    // page's own value (none: the 980 px layout mobile browsers give such pages), then goes.
    meta.content = own?.content ?? "width=980";
    meta.remove();
  };
}

/** `inFrame`: the frame of the tab this page is in, when not the top one (0: the top frame). */
function openReader(inFrame = 0): ReaderToggleResult {
  if (open) return { open: true };
  const payload = extractForReader(document, location.href);
  const host = document.createElement(HOST_TAG);
  css(host, {
    all: "initial", position: "fixed", inset: "0", width: "100vw", height: "100vh", "z-index": "2147483647",
    display: "block", margin: "0", padding: "0", border: "0", background: "transparent",
  });
  // On a phone, the height the browser's own bars leave (where known): the reader's toolbar sits at
  // the bottom there and must not end up under them. A browser without dvh keeps 100vh.
  css(host, { height: "100dvh" });
  // A closed shadow root: page scripts and styles cannot reach into the frame's element.
  const root = host.attachShadow({ mode: "closed" });
  const frame = document.createElement("iframe");
  // In a frame of the tab (an AMP page in a viewer's frame), the reader asks for its article there.
  frame.src = browser.runtime.getURL("src/reader/index.html") + (inFrame ? `?frame=${inFrame}` : "");
  frame.title = payload.article?.title
    ? `${t("reader_frame_title", "Reader view")}: ${payload.article.title}`
    : t("reader_frame_title", "Reader view");
  frame.setAttribute("allow", "clipboard-write");
  css(frame, { width: "100%", height: "100%", border: "0", display: "block", margin: "0", padding: "0", "color-scheme": "normal" });
  root.append(frame);

  const body = document.body;
  open = {
    host, restoreViewport: phoneViewport(), scrollX: window.scrollX, scrollY: window.scrollY, bodyWasInert: !!body?.inert,
    focused: document.activeElement, payload, whole: followForReader(document, location.href, payload),
  };
  // On <html>, not <body>: the body goes inert, the reader must not.
  document.documentElement.append(host);
  if (body) body.inert = true;
  frame.addEventListener("load", () => frame.focus(), { once: true });
  return { open: true };
}

function closeReader(): ReaderToggleResult {
  const was = open;
  if (!was) return { open: false };
  open = null;
  was.host.remove();
  was.restoreViewport();
  if (document.body) document.body.inert = was.bodyWasInert;
  // Scroll chaining out of the frame may have moved the page: put it back where the reader left it.
  if (window.scrollX !== was.scrollX || window.scrollY !== was.scrollY) window.scrollTo(was.scrollX, was.scrollY);
  if (was.focused instanceof HTMLElement && was.focused !== document.body) was.focused.focus({ preventScroll: true });
  return { open: false };
}

export function isReaderOpen(): boolean {
  return open !== null;
}

export function toggleReader(want?: boolean, inFrame = 0): ReaderToggleResult {
  const target = want ?? !open;
  return target ? openReader(inFrame) : closeReader();
}

/**
 * Opened by the site's "always open the reader view" setting: only over a page that is an article
 * and yields one — never an error screen the reader did not ask for.
 */
function openAutomatically(): ReaderToggleResult {
  if (open) return { open: true };
  if (!detectArticle(document).isArticle || !extractForReader(document, location.href).article) return { open: false };
  return openReader();
}

export function installReaderToggle(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    // Only our own extension talks to us (the polyfill passes our id for the popup and background).
    if (sender.id !== browser.runtime.id || !isMessage(message)) return undefined;
    switch (message.type) {
      case "reader-toggle":
        return Promise.resolve(message.auto === true ? openAutomatically() : toggleReader(message.open, message.frame));
      case "reader-article":
        return open ? open.whole : Promise.resolve(extractForReader(document, location.href));
      case "article-summary": {
        const { article } = open ? open.payload : extractForReader(document, location.href);
        const info: PageArticleInfo = {
          summary: article ? summarize(article) : null,
          isArticle: article !== null && detectArticle(document).isArticle,
          readerOpen: open !== null,
        };
        return Promise.resolve(info);
      }
      default:
        return undefined;
    }
  });
  // Going back/forward through the bfcache must not bring back a dead frame.
  window.addEventListener("pagehide", () => {
    if (open) closeReader();
  });
}
