/** `jernih extract`: the core on saved pages, for batch use and for the quality benchmark. */
import { parseArgs } from "node:util";
import TurndownService from "turndown";
import { ExtractError } from "../core/errors.ts";
import type { Article } from "../core/types.ts";
import { followPagesCommand } from "./follow-pages.ts";
import { loadDocument } from "./load.ts";
import { explainRemovals, readFile, type ReadOptions } from "./read.ts";

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

type Parsed = { o: { format: Format; jsonl?: boolean; url?: string; explain?: boolean; followPages?: boolean }; read: ReadOptions; files: string[] };

/** The command line, or the exit status when it asks for help or is wrong. */
function parseCommand(argv: string[], out: Out, err: Out): Parsed | number {
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
  if (files.length > 1 && !o.jsonl && !o["follow-pages"]) {
    err.write("several files need --jsonl\n");
    return 2;
  }
  const read: ReadOptions = { raw: o.raw, sitePacks: !o["no-site-packs"] };
  return { o: { format, jsonl: o.jsonl, url: o.url, explain: o.explain, followPages: o["follow-pages"] }, read, files };
}

/** Each file read on its own: its article printed, or why there is none. Returns how many failed. */
async function extractFiles({ o, read, files }: Parsed, out: Out, err: Out): Promise<number> {
  let failed = 0;
  for (const file of files) {
    try {
      const article = await readFile(file, o.url, read);
      if (o.explain) explainRemovals(article, err);
      out.write(o.jsonl ? `${JSON.stringify(asJson(file, article))}\n` : render(article, o.format, file));
    } catch (e) {
      failed++;
      const why = e instanceof ExtractError ? e.message : `cannot read page: ${(e as Error).message}`;
      if (o.jsonl) out.write(`${JSON.stringify({ file, error: why })}\n`);
      else err.write(`${file}: ${why}\n`);
    }
  }
  return failed;
}

export async function main(argv: string[], out: Out = process.stdout, err: Out = process.stderr): Promise<number> {
  const parsed = parseCommand(argv, out, err);
  if (typeof parsed === "number") return parsed;
  const { o, files } = parsed;
  if (o.followPages) {
    return followPagesCommand(files, { url: o.url, explain: o.explain, read: parsed.read }, loadDocument, (a, r) => {
      const info = { pages: r.pages, pageUrls: r.urls, via: r.via };
      out.write(o.jsonl ? `${JSON.stringify({ ...asJson(files[0]!, a), ...info })}\n`
        : o.format === "json" ? `${JSON.stringify({ ...asJson(files[0]!, a), ...info }, null, 2)}\n` : render(a, o.format, files[0]!));
    }, err);
  }
  return (await extractFiles(parsed, out, err)) ? 1 : 0;
}
