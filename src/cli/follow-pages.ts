/**
 * `jernih extract --follow-pages FILE... | DIR`: the saved pages of one split article, read as one
 * (src/core/pages.ts). The first file (a directory's files in natural order) is page one; when the
 * walk asks for an address, the file saved from that address (its canonical / og:url) answers,
 * else the next file not read yet — so pages saved as page-1.html, page-2.html… just work.
 */
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { followPages, pageKey, type JoinedArticle, type ReadPage } from "../core/pages.ts";
import type { Article } from "../core/types.ts";
import type { Page } from "./parse-page.ts";
import { explainRemovals, readArticle, type ReadOptions } from "./read.ts";

export interface FollowCliOptions {
  url?: string;
  /** How each page is read: as a single page is (./read.ts). */
  read?: ReadOptions;
  explain?: boolean;
}

interface Out {
  write(s: string): void;
}

type Load = (file: string, url?: string) => Promise<Page>;

const natural = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

/** The files to read: each FILE as given, a DIR's .html/.htm files in natural order. */
export async function pageFiles(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    if ((await stat(p)).isDirectory()) {
      const names = (await readdir(p)).filter((n) => /\.html?$/i.test(n)).sort(natural.compare);
      out.push(...names.map((n) => join(p, n)));
    } else out.push(p);
  }
  return out;
}

function declaredUrl(doc: Document): string | null {
  const href = doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute("content");
  try {
    return href ? new URL(href).href : null;
  } catch {
    return null;
  }
}

/**
 * Each page read with the CLI's own pipeline (./read.ts), on the copy followPages makes of it. The
 * copy is the loaded page's by realm: a jsdom document belongs to the window it was made in, and its
 * article is sanitised with that window.
 */
function readWith(pages: readonly Page[], o: ReadOptions): ReadPage {
  return (doc, url) => {
    const page = pages.find((p) => doc instanceof p.window.Document);
    if (!page) throw new Error("a page that was not loaded here");
    return readArticle(page, url, o, doc);
  };
}

export async function followPagesCommand(
  paths: readonly string[], o: FollowCliOptions, load: Load, print: (a: Article, r: JoinedArticle) => void, err: Out,
): Promise<number> {
  let files: string[];
  try {
    files = await pageFiles(paths);
  } catch (e) {
    err.write(`cannot read pages: ${(e as Error).message}\n`);
    return 1;
  }
  if (files.length === 0) {
    err.write(`no .html pages in ${paths.join(", ")}\n`);
    return 1;
  }
  const pages: Page[] = [];
  try {
    // Each file's own address, to answer the walk's requests by address first.
    const declared: (string | null)[] = [];
    for (const f of files) {
      const page = await load(f);
      pages.push(page);
      declared.push(declaredUrl(page.document));
    }
    const firstUrl = o.url ?? declared[0] ?? pathToFileURL(files[0]!).href;
    const first = await load(files[0]!, firstUrl);
    pages.push(first);
    const used = new Set([0]);
    const fetchDoc = async (url: string) => {
      let i = declared.findIndex((d, n) => !used.has(n) && d !== null && pageKey(d) === pageKey(url));
      if (i < 0) i = files.findIndex((_, n) => !used.has(n));
      if (i < 0) return null;
      used.add(i);
      const page = await load(files[i]!, url);
      pages.push(page);
      return page.document;
    };
    const read = o.read ?? {};
    const r = await followPages(first.document, firstUrl, fetchDoc, { read: readWith(pages, read), ...(read.sitePacks === false ? { pack: null } : {}) });
    if (o.explain) explainRemovals(r.article, err);
    const why = r.stopped ? ` (stopped: ${r.stopped})` : "";
    err.write(r.pages > 1 ? `${r.pages} pages joined${r.via === "all-on-one-page" ? " (the site's all-on-one-page address)" : ""}${why}\n` : `1 page, nothing to join${why}\n`);
    print(r.article, r);
    return 0;
  } catch (e) {
    err.write(`${files[0]}: ${(e as Error).message}\n`);
    return 1;
  } finally {
    for (const p of pages) p.close();
  }
}
