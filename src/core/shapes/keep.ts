/**
 * What no shape may hide: the article, its title, byline and date (keepMarks), and the tests a
 * candidate block is put to against them.
 */
import { hasToken, wordsOf } from "./words.ts";

/** A byline or the article's date: never inside a hidden row. */
const BYLINE_TOKEN = wordsOf(["author", "authors", "byline", "penulis", "reporter", "editor", "writer", "date", "time", "datetime", "timestamp", "published", "pubdate", "tanggal"]);

/** What the page must keep, found once: the article, the title and the byline. */
export interface Keep {
  /** The article container (see findArticleRoot), or null when none was found. */
  article: Element | null;
  /** Elements a hidden block may not contain: the article, its title, bylines and dates. */
  marks: Element[];
  /** The article is not known yet (the page is loading): every block is judged as if it were inside it. */
  strict?: boolean;
  /**
   * While the page loads, the last node the parser has added: a block that holds it is still open
   * (the article may yet arrive inside a wrapper that so far holds only lists), so it is never hidden.
   */
  open?: Node | null;
}

/** The elements no block hidden by shape may contain. */
export function keepMarks(doc: Document, article: Element | null): Keep {
  const marks: Element[] = article ? [article] : [];
  for (const el of Array.from(doc.querySelectorAll('h1, [itemprop="articleBody"], [itemprop="author"], [rel="author"], [itemprop="headline"], [itemprop="datePublished"]'))) {
    marks.push(el);
  }
  return { article, marks };
}

export function holdsMark(el: Element, keep: Keep): boolean {
  if (keep.open && el.contains(keep.open)) return true;
  return keep.marks.some((m) => el === m || el.contains(m));
}

/** `el` is in the article or holds it: a box on the article's own line of ancestors, never a box beside it. */
export function onArticleLine(el: Element, keep: Keep): boolean {
  return keep.article !== null && (keep.article.contains(el) || el.contains(keep.article));
}

/** A <time>, or a block named as a byline or a date (asked only of short blocks: a row and its label). */
export function hasByline(el: Element): boolean {
  if (el.getElementsByTagName("time")[0] !== undefined || hasToken(el, BYLINE_TOKEN)) return true;
  for (const e of Array.from(el.getElementsByTagName("*"))) if (hasToken(e, BYLINE_TOKEN)) return true;
  return false;
}
