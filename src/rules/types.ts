/** Shapes of the rule data files in this folder. Validated by tests/unit/rules.test.ts. */

/** A kind of clutter. The list of categories, with their names and descriptions, lives in ./categories.json. */
export type Category = string;

export interface CategoryDef {
  id: Category;
  /** Whether the category is blocked for a new user. */
  default: boolean;
  name: Record<string, string>;
  description: Record<string, string>;
  example: Record<string, string>;
}

/**
 * Phrases of one locale, per category, per shape:
 *  - lead: a short block that starts with the phrase (then ":" or a link), e.g. "Baca juga: <a>…</a>";
 *  - heading: a heading or label whose whole text is the phrase (or it and a count: "Komentar (23)",
 *    "Komentar 23"); it and the list it heads go;
 *  - line: a short block that contains the phrase anywhere, e.g. "Ikuti kami di Google News";
 *  - label: a short block that opens with the phrase and a colon, e.g. "Editor: Ade", "Tags: …"
 *    (a phrase ending in "by" needs no colon: "Photo by …").
 * All phrases lower-case, whitespace collapsed, sorted, no duplicates.
 * A line phrase may hold one site slot, for a plug that names the site it is shown on: `{site}` (the
 * site's name alone or with its domain: "download the {site} app") or `{domain}` (only with it:
 * "hanya di {domain}", where the name alone may be a word). It matches on that site only
 * (src/core/phrases.ts SITE_SLOT). So may a heading phrase, for the site's own section over its
 * videos ("{site} video": "Okezone Video" over a player and its title, on okezone.com only).
 */
export type PhraseShape = "lead" | "heading" | "line" | "label";
export interface LocalePhrases {
  locale: string;
  [category: string]: string | Partial<Record<PhraseShape, string[]>>;
}

/**
 * A container that is clutter wherever it appears, found by class, id, role or tag (selectors.json).
 * Applied to the page before Readability and compiled into the live page's stylesheet, so a rule must
 * never match an article's own paragraphs.
 */
export interface SelectorRule {
  id: string;
  category: Category;
  selector: string;
}

/** A site pack, in the postlight/parser shape. */
export interface SitePack {
  domain: string;
  /** Selectors of the article body, tried in order before Readability's own guess. */
  content?: string[];
  /** Selectors of clutter on this site, with their category. */
  clean?: { selector: string; category: Category }[];
  /** Extra phrases for this site only, same shape as a locale file. */
  phrases?: Record<string, Partial<Record<PhraseShape, string[]>>>;
  /** Links to the next page of a split article, tried before the generic detection (src/core/pages.ts). */
  nextPage?: string[];
  /**
   * The site's "whole article on one page" address, as a query parameter to set on the article's URL,
   * e.g. kompas `{"param":"page","value":"all"}`, detik `{"param":"single","value":"1"}`.
   */
  allOnOnePage?: { param: string; value: string };
}
