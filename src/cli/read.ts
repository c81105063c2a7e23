/**
 * The CLI's one way from a saved page to the article it prints, for a single file and for each page
 * of --follow-pages alike: guard (loadDocument, ./load.ts) → extract, or plain Readability for --raw,
 * on jsdom's terms (./jsdom-host.ts) → check (a login form or a list of links is not an article) →
 * sanitise (the host makes the article's HTML with the reader view's sanitiser).
 */
import { extract, plainReadability } from "../core/extract.ts";
import { checkArticleText } from "../core/guard.ts";
import type { Article } from "../core/types.ts";
import { jsdomHost } from "./jsdom-host.ts";
import { loadDocument } from "./load.ts";
import type { Page } from "./parse-page.ts";

export interface ReadOptions {
  /** Plain Readability, no cleaning (--raw). */
  raw?: boolean;
  /** false: the generic rules alone, no site pack (--no-site-packs). */
  sitePacks?: boolean;
}

/**
 * Extract → check → sanitise on `doc`: the page's own document (parsed for this one read, so it is
 * handed over and left changed) or a copy made from it (--follow-pages: a page without its pager).
 */
export function readArticle(page: Page, url: string | null, o: ReadOptions, doc: Document = page.document): Article {
  const host = jsdomHost(page, { handOver: doc === page.document });
  const article = o.raw ? plainReadability(doc, url, { host })
    : extract(doc, url, o.sitePacks === false ? { host, sitePack: null } : { host });
  checkArticleText(article.text);
  return article;
}

/** One saved file, guarded, read and freed. */
export async function readFile(file: string, url: string | undefined, o: ReadOptions): Promise<Article> {
  const page = await loadDocument(file, url);
  try {
    return readArticle(page, url ?? null, o);
  } finally {
    page.close();
  }
}

interface Out {
  write(s: string): void;
}

/** --explain: what the cleaner removed and why. */
export function explainRemovals(a: Article, err: Out): void {
  for (const r of a.removed) err.write(`removed ${r.category.padEnd(8)} ${r.rule.padEnd(28)} ${r.text}\n`);
}
