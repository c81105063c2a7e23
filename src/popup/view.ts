/**
 * Fills the popup (src/popup/index.html) from what is known about the tab. No extension APIs here:
 * jsdom tests render every situation (article, not an article, browser page, no content script).
 */
import type { PageArticleInfo, PageState } from "../shared/messages.ts";
import { formatDate, shorten } from "../ui/format.ts";
import type { Translate } from "../ui/i18n.ts";

export type PopupSituation =
  /** Our content script answered. */
  | "ready"
  /** A browser page, another extension's page, an add-on store: no extension may act here. */
  | "restricted"
  /** An http(s) page whose content script does not answer (opened before Jernih was installed). */
  | "not-running";

export interface PopupModel {
  situation: PopupSituation;
  info: PageArticleInfo | null;
  /** From the content script's get-state; null when it gave none. */
  state: PageState | null;
  /** The page's host name, for the site switch. */
  host: string | null;
  siteEnabled: boolean;
  /** Categories shown again on this site (settings): listed with "Hide again on this site". */
  shown?: readonly string[];
}

export interface CategoryName {
  id: string;
  name: Record<string, string>;
}

export interface PopupViewOptions {
  t: Translate;
  locale: string;
  categories: readonly CategoryName[];
}

const $ = (doc: Document, id: string) => {
  const el = doc.getElementById(id);
  if (!el) throw new Error(`popup lacks #${id}`);
  return el;
};

/** A category's name in the UI language (its base: "id-ID" → "id"), else English, else its id. */
export function categoryName(categories: readonly CategoryName[], id: string, locale: string): string {
  const cat = categories.find((c) => c.id === id);
  const lang = locale.toLowerCase().split(/[-_]/)[0] ?? "en";
  return cat?.name[lang] ?? cat?.name.en ?? id;
}

function showNotice(doc: Document, text: string | null) {
  const n = $(doc, "notice");
  n.textContent = text ?? "";
  n.hidden = !text;
}

/**
 * One category of the hidden list: its name, how many blocks it hid (null: shown again on this
 * site), and the button that shows it on this site or hides it there again (main.ts acts on
 * `data-category` and `data-show`).
 */
function categoryRow(doc: Document, id: string, n: number | null, opts: PopupViewOptions): HTMLLIElement {
  const { t } = opts;
  const li = doc.createElement("li");
  const name = doc.createElement("span");
  name.className = "name";
  name.id = `hidden-cat-${id.replace(/[^\w-]/g, "_")}`;
  name.textContent = categoryName(opts.categories, id, opts.locale);
  const num = doc.createElement("span");
  num.className = n === null ? "n muted" : "n";
  num.textContent = n === null ? t("popup_shown_here", "shown") : String(n);
  const button = doc.createElement("button");
  button.type = "button";
  button.className = "small";
  button.dataset.category = id;
  button.dataset.show = String(n !== null);
  button.setAttribute("aria-describedby", name.id);
  button.textContent = n === null ? t("popup_hide_on_site", "Hide again on this site") : t("popup_show_on_site", "Show on this site");
  li.append(name, num, button);
  return li;
}

export function renderPopup(doc: Document, model: PopupModel, opts: PopupViewOptions): void {
  const { t, locale } = opts;
  const summary = model.info?.summary ?? null;
  const ready = model.situation === "ready";
  const isArticle = !!summary && model.info?.isArticle !== false;

  // The article, when there is one.
  $(doc, "article").hidden = !isArticle;
  if (summary && isArticle) {
    $(doc, "site").textContent = summary.siteName ?? model.host ?? "";
    const title = $(doc, "article-title");
    title.textContent = summary.title;
    if (summary.lang) title.setAttribute("lang", summary.lang);
    title.setAttribute("dir", summary.dir ?? "auto");
    $(doc, "meta").textContent = [
      summary.byline,
      formatDate(summary.publishedTime, locale),
      summary.readingMinutes > 0 ? t("popup_minutes", `${summary.readingMinutes} min read`, [String(summary.readingMinutes)]) : null,
    ]
      .filter((x) => x && x.trim())
      .join(" · ");
    const excerpt = $(doc, "excerpt");
    excerpt.textContent = shorten(summary.excerpt, 160);
    if (summary.lang) excerpt.setAttribute("lang", summary.lang);
    excerpt.setAttribute("dir", summary.dir ?? "auto");
  }

  // What to say when there is no article, or nothing Jernih can do.
  if (model.situation === "restricted") {
    showNotice(doc, t("popup_restricted", "Jernih cannot work on this page: browsers keep extensions away from their own pages and from the add-on stores."));
  } else if (model.situation === "not-running") {
    showNotice(doc, t("popup_not_running", "Jernih is not running on this page yet. Reload the page to use it."));
  } else if (!summary) {
    showNotice(doc, t("popup_not_article", "This page does not look like an article, so it has no reader view."));
  } else if (!isArticle) {
    showNotice(doc, t("popup_maybe_article", "This page does not look like an article. The reader view may still help."));
  } else showNotice(doc, null);

  // The reader view wherever there is something to read; a plainer button where it is a guess.
  // An open reader can always be closed from here, article or not: on Android the popup is the
  // only way besides the reader's own button (no keyboard shortcut, no context menu there).
  const reader = $(doc, "reader");
  reader.hidden = !ready || (!summary && !model.info?.readerOpen);
  reader.classList.toggle("primary", isArticle || !!model.info?.readerOpen);
  reader.textContent = model.info?.readerOpen
    ? t("popup_reader_close", "Close reader view")
    : isArticle
      ? t("popup_reader", "Reader view")
      : t("popup_reader_try", "Try the reader view");
  $(doc, "reload").hidden = model.situation !== "not-running";

  // Hidden blocks, by category, each with its own "show on this site"; the switch shows them all for now.
  const hiddenBox = $(doc, "hidden-box");
  hiddenBox.hidden = !ready || !model.state || !model.siteEnabled;
  const shown = new Set(model.shown ?? []);
  const counts = Object.entries(model.state?.hidden ?? {}).filter(([id, n]) => n > 0 && !shown.has(id));
  const rows = [...counts, ...[...shown].map((id): [string, number | null] => [id, null])];
  $(doc, "hidden-list").replaceChildren(...rows.map(([id, n]) => categoryRow(doc, id, n, opts)));
  $(doc, "hidden-none").hidden = counts.length > 0;
  $(doc, "reveal-row").hidden = counts.length === 0;
  ($(doc, "reveal") as HTMLInputElement).checked = !!model.state?.revealed;

  // The site switch and the picker make sense on any page our content script runs on.
  $(doc, "site-box").hidden = !ready || !model.host;
  ($(doc, "site-enabled") as HTMLInputElement).checked = model.siteEnabled;
  $(doc, "site-host").textContent = model.host
    ? model.siteEnabled
      ? t("popup_site_on", `Jernih hides clutter on ${model.host}.`, [model.host])
      : t("popup_site_off", `Jernih hides nothing on ${model.host}.`, [model.host])
    : "";
  $(doc, "picker").hidden = !model.siteEnabled;

  $(doc, "app").removeAttribute("aria-busy");
}
