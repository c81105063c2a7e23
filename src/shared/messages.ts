/**
 * Every message between the parts, as one discriminated union per direction. Receivers validate
 * with `isMessage` before acting: a web page cannot post into these channels, but a malformed
 * message from a stale content script must not crash the receiver either.
 */
import type { PlanData } from "../core/hide-plan.ts";
import type { Article, Removal } from "../core/types.ts";

/** Sent to the content script of one tab (popup → content, background → content). */
export type ContentRequest =
  | { type: "get-state" }
  | { type: "reveal"; reveal: boolean }
  | { type: "settings-changed" }
  /**
   * Background → content: the sheet the page-plan trip was putting in at user origin did not go in
   * (`css`, as the plan's reply had it); the content script puts it in the page itself.
   */
  | { type: "sheet-failed"; css: string }
  | ReaderContentRequest
  | PickerContentRequest;

/**
 * Handled by src/content/picker (the "start-picker" above too): how many elements of this tab a
 * selector matches, for the options page opened with ?tab=<id>. Answers SelectorCountReply.
 */
export type PickerContentRequest = { type: "selector-count"; selector: string };

export type SelectorCountReply =
  | { ok: true; count: number; host: string }
  | { ok: false; error: string; host: string };

/** What the content script knows about its page. */
export interface PageState {
  url: string;
  isArticle: boolean;
  /** Hidden elements on the live page, by category. */
  hidden: Record<string, number>;
  revealed: boolean;
  removed?: Removal[];
}

/** Sent to the background (content → background). */
export type BackgroundRequest = { type: "hidden-count"; count: number } | ReaderBackgroundRequest | HiderBackgroundRequest;

// ---- Live-page hider (src/content/hider.ts, src/background/hider.ts)

/**
 * Content script → background: put the page's hiding stylesheet into the sender's frame at user
 * origin, replacing `previous` (the sheet it put there before), or only take `previous` out when
 * `css` is null. Answers HideCssReply; `ok: false` means the content script must fall back to an
 * in-page <style>.
 */
export type HiderBackgroundRequest =
  | { type: "hide-css"; css: string | null; previous: string | null }
  /**
   * Content script → background, as the page starts and when settings change: the page's plan
   * (settings read, phrases compiled — work kept off the page's main thread). `sheet`: "full" for
   * an article (or a page still loading), "custom" for a page that stood down (the user's own rules
   * only). `insert`: the background also starts putting that sheet in at user origin in place of
   * `previous`, and answers without waiting for it (Firefox finishes an insertCSS only once the page
   * has loaded); should it fail, it sends "sheet-failed". Otherwise the content script puts the
   * sheet in with "hide-css". `previous` also goes when Jernih is switched off for the site.
   * Answers PagePlanReply.
   */
  | { type: "page-plan"; url: string; sheet: "full" | "custom"; previous: string | null; insert: boolean };

/** The "page-plan" request (see above): the hider's, and Chromium's loader's at document_start. */
export function pagePlanRequest(url: string, sheet: "full" | "custom", previous: string | null, insert: boolean): HiderBackgroundRequest {
  return { type: "page-plan", url, sheet, previous, insert };
}

export interface PagePlanReply {
  /** null: Jernih is switched off for this site (or the URL is not a web page's). */
  plan: PlanData | null;
  /**
   * The sheet asked for (null: no sheet, or `held`), and the sheet of a page that is no article
   * (null: the user has no rules here).
   */
  css: string | null;
  standDownCss: string | null;
  /** The site is set to "always open the reader view". */
  alwaysReader: boolean;
  /**
   * `css` is on its way in at user origin. Only when asked to (`insert`) and the person has rules of
   * their own for the page (custom selectors, keep rules): the built-in rules are in the page already
   * as registered sheets, and the page asks for `css` itself should its own styles beat them.
   */
  inserted: boolean;
  /**
   * Asked to insert the full sheet, the background held it back (see `inserted`) and did not send it:
   * the page writes it from the plan (pageSheet) should its own styles beat the built-in sheets.
   */
  held: boolean;
}

export interface HideCssReply {
  ok: boolean;
  error?: string;
}

// ---- Reader view and popup (src/content/reader-toggle.ts, src/background/reader.ts, src/reader, src/popup)

/** Sent to the content script of one tab by the popup or the background. */
export type ReaderContentRequest =
  /**
   * Opens or closes the reader overlay; without `open` it toggles. `auto`: opened by the site's
   * "always open the reader view" setting, so it stays closed when no article can be extracted
   * (no error screen over a page the reader did not ask about). `frame`: the frame of the tab it is
   * sent to when not the top one (an AMP page in a viewer's frame): the reader frame asks for its
   * article there. Answers ReaderToggleResult.
   */
  | { type: "reader-toggle"; open?: boolean; auto?: boolean; frame?: number }
  /** The article the overlay shows (asked for by the reader frame through the background). Answers ReaderPayload. */
  | { type: "reader-article" }
  /** What the popup shows about the page. Answers PageArticleInfo. */
  | { type: "article-summary" }
  /** Starts the element picker (H4's picker lives in the content script). */
  | { type: "start-picker" };

/** Sent to the background by the reader frame; the background relays to the frame's own tab (to its frame `frame`, else the top one). */
export type ReaderBackgroundRequest =
  | { type: "reader-load"; frame?: number }
  | { type: "reader-close"; frame?: number }
  /** Content script → background: this site always opens the reader; load the second half and open it. */
  | { type: "reader-auto-open" };

export interface ReaderToggleResult {
  open: boolean;
}

/** The reader frame's content: the article, or why there is none, in words a reader understands. */
export interface ReaderPayload {
  article: Article | null;
  error: string | null;
  /** A split article's following pages, cleaned (src/content/multipage.ts); the reader sets them apart. */
  morePages?: string[];
  /** How many pages were joined into this article, when more than one. */
  pages?: number;
}

/** The popup's view of the page's article, and whether the reader is open over it. */
export interface PageArticleInfo {
  /** What the reader view would show; null when nothing could be extracted. */
  summary: ArticleSummary | null;
  /** Whether the page looks like an article (og:type, JSON-LD, Readability's readerable test). */
  isArticle: boolean;
  readerOpen: boolean;
}

export type ArticleSummary = Pick<
  Article,
  "title" | "byline" | "siteName" | "publishedTime" | "lang" | "dir" | "excerpt" | "readingMinutes" | "wordCount" | "url"
>;

const TYPES = new Set([
  "get-state", "reveal", "settings-changed", "sheet-failed", "hidden-count",
  "reader-toggle", "reader-article", "article-summary", "start-picker", "reader-load", "reader-close", "reader-auto-open",
  "selector-count",
  "hide-css", "page-plan",
]);

/** Longest CSS or selector a message may carry: far above any real sheet, far below a memory problem. */
const MAX_TEXT = 1_000_000;
const isBool = (v: unknown) => typeof v === "boolean";
const isText = (v: unknown) => typeof v === "string" && v.length <= MAX_TEXT;
const isTextOrNull = (v: unknown) => v === null || isText(v);
/** A frame of a tab, by the browser's number (0: the top frame); absent: the top frame. */
const isFrameOrNone = (v: unknown) => v === undefined || (Number.isSafeInteger(v) && (v as number) >= 0);

/**
 * The fields each type must carry, checked before anyone acts on them: a message of a known type
 * but the wrong shape (a stale content script, a page's forged object) is rejected, not half-read.
 */
const FIELDS: Record<string, (m: Record<string, unknown>) => boolean> = {
  reveal: (m) => isBool(m.reveal),
  "hidden-count": (m) => Number.isSafeInteger(m.count) && (m.count as number) >= 0,
  "reader-toggle": (m) => (m.open === undefined || isBool(m.open)) && (m.auto === undefined || isBool(m.auto)) && isFrameOrNone(m.frame),
  "reader-load": (m) => isFrameOrNone(m.frame),
  "reader-close": (m) => isFrameOrNone(m.frame),
  "selector-count": (m) => isText(m.selector),
  "hide-css": (m) => isTextOrNull(m.css) && isTextOrNull(m.previous),
  "page-plan": (m) => isText(m.url) && (m.sheet === "full" || m.sheet === "custom") && isTextOrNull(m.previous) && isBool(m.insert),
  "sheet-failed": (m) => isText(m.css),
};

export function isMessage(m: unknown): m is ContentRequest | BackgroundRequest {
  if (typeof m !== "object" || m === null || Array.isArray(m)) return false;
  const type = (m as { type?: unknown }).type;
  if (typeof type !== "string" || !TYPES.has(type)) return false;
  return FIELDS[type]?.(m as Record<string, unknown>) ?? true;
}
