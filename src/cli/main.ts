/** `jernih extract`: the core on saved pages, for batch use and for the quality benchmark. */
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import TurndownService from "turndown";
import { extract, ExtractError } from "../core/extract.ts";
import { checkArticleText, checkBytes, guardDocument, slimMarkup } from "../core/guard.ts";
import { sanitizeArticleElement } from "../core/sanitize.ts";
import type { Article } from "../core/types.ts";
import { decodePage } from "./decode.ts";
import { followPagesCommand } from "./follow-pages.ts";
import { capDepth } from "./deep-markup.ts";
import { parsePage, type Page } from "./parse-page.ts";

const USAGE = `usage: jernih extract [options] FILE...

  --format text|markdown|html|json   output for a single file (default: text)
  --jsonl                            one JSON object per line and file
  --url URL                          the page's address (default: canonical / og:url)
  --raw                              plain Readability output, no cleaning
  --follow-pages                     the FILEs (or a directory of them) are the pages of one split
                                     article: read them as one, as the reader view does
  --no-site-packs                    generic rules only, no per-site pack (for comparison)
  --explain                          print what was removed and why (to stderr)
  -h, --help                         this text

Exit status: 0 every file gave an article, 1 some did not, 2 usage error.`;

const FORMATS = ["text", "markdown", "html", "json"] as const;
type Format = (typeof FORMATS)[number];

interface Out {
  write(s: string): void;
}

/** The markup each loaded page was parsed from, for a fresh copy when extract needs the page as it was. */
const markupOf = new WeakMap<Page, string>();

/**
 * A new document of the same page (as it was parsed, whatever was done to it since), beside the
 * page's own window: it lives and goes with the page.
 */
export function reparse(page: Page): Document {
  const markup = markupOf.get(page);
  if (markup === undefined) return page.document.cloneNode(true) as Document;
  // The window carries the page's address: the copy resolves links as the page does.
  const doc = new page.window.DOMParser().parseFromString(markup, "text/html") as unknown as Document;
  guardDocument(doc); // passed once already; it also groups a flat container's children again
  return doc;
}

export async function loadDocument(file: string, url?: string): Promise<Page> {
  const bytes = await readFile(file);
  // Hostile input (issue 7, src/core/guard.ts): empty/binary files, huge or absurdly deep pages and
  // framesets get a clear ExtractError instead of a hang or a stack overflow.
  checkBytes(bytes);
  const markup = capDepth(slimMarkup(decodePage(bytes)));
  const page = parsePage(markup, url);
  markupOf.set(page, markup);
  try {
    guardDocument(page.document);
  } catch (e) {
    page.close();
    throw e;
  }
  return page;
}

function asJson(file: string, a: Article) {
  return {
    file, url: a.url, title: a.title, byline: a.byline, siteName: a.siteName, lang: a.lang,
    publishedTime: a.publishedTime, excerpt: a.excerpt, readingMinutes: a.readingMinutes,
    text: a.text, html: a.contentHtml, removed: a.removed,
  };
}

function render(a: Article, format: Format, file: string): string {
  switch (format) {
    case "text": return `${a.text}\n`;
    case "html": return `${a.contentHtml}\n`;
    case "markdown": return `${new TurndownService({ headingStyle: "atx", codeBlockStyle: "fenced" }).turndown(a.contentHtml)}\n`;
    case "json": return `${JSON.stringify(asJson(file, a), null, 2)}\n`;
  }
}

export async function main(argv: string[], out: Out = process.stdout, err: Out = process.stderr): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "-h" || command === "--help") {
    out.write(`${USAGE}\n`);
    return 0;
  }
  if (command !== "extract") {
    err.write(`${command ? `unknown command: ${command}\n` : ""}${USAGE}\n`);
    return 2;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: rest, allowPositionals: true,
      options: {
        format: { type: "string", default: "text" }, jsonl: { type: "boolean" }, url: { type: "string" },
        raw: { type: "boolean" }, "no-site-packs": { type: "boolean" }, explain: { type: "boolean" }, "follow-pages": { type: "boolean" }, help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    err.write(`${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values: o, positionals: files } = parsed;
  if (o.help) {
    out.write(`${USAGE}\n`);
    return 0;
  }
  const format = o.format as Format;
  if (!FORMATS.includes(format)) {
    err.write(`unknown format: ${o.format} (one of ${FORMATS.join(", ")})\n`);
    return 2;
  }
  if (files.length === 0) {
    err.write(`no FILE given\n${USAGE}\n`);
    return 2;
  }
  if (o["follow-pages"]) {
    const opts = { url: o.url, explain: o.explain, extract: { raw: o.raw, slowSelectors: true } };
    return followPagesCommand(files, opts, loadDocument, (a, r) => {
      const info = { pages: r.pages, pageUrls: r.urls, via: r.via };
      out.write(o.jsonl ? `${JSON.stringify({ ...asJson(files[0]!, a), ...info })}\n`
        : format === "json" ? `${JSON.stringify({ ...asJson(files[0]!, a), ...info }, null, 2)}\n` : render(a, format, files[0]!));
    }, err);
  }
  if (files.length > 1 && !o.jsonl) {
    err.write("several files need --jsonl\n");
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    let page: Page | undefined;
    try {
      const loaded = (page = await loadDocument(file, o.url));
      // The page was parsed for this call alone: extract works on it without copying it first.
      const article = extract(loaded.document, o.url ?? null, {
        raw: o.raw,
        handOver: () => reparse(loaded),
        slowSelectors: true, // jsdom
        // Every HTML we print (html, json, jsonl, and the markdown made from it) passes the same strict
        // sanitiser as the reader view: no script, handler or javascript: URL leaves the CLI (issue 7).
        serialize: (root) => sanitizeArticleElement(root, loaded.window),
        ...(o["no-site-packs"] ? { sitePack: null } : {}),
      });
      checkArticleText(article.text); // a login form or a list of links is not an article (issue 7)
      if (o.explain) {
        for (const r of article.removed) err.write(`removed ${r.category.padEnd(8)} ${r.rule.padEnd(28)} ${r.text}\n`);
      }
      out.write(o.jsonl ? `${JSON.stringify(asJson(file, article))}\n` : render(article, format, file));
    } catch (e) {
      failed++;
      const why = e instanceof ExtractError ? e.message : `cannot read page: ${(e as Error).message}`;
      if (o.jsonl) out.write(`${JSON.stringify({ file, error: why })}\n`);
      else err.write(`${file}: ${why}\n`);
    } finally {
      page?.close();
    }
  }
  return failed ? 1 : 0;
}
