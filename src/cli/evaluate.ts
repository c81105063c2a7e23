/**
 * The quality benchmark's extraction step, in process: each corpus page is parsed once and extracted
 * in every variant asked for (ours, plain Readability, ours without site packs), one JSON line per
 * page as `jernih extract --jsonl` prints it. Scoring stays with ../shared/eval/score.mjs.
 * Used by scripts/eval.mjs (one child process per corpus) and tests/unit/quality.test.ts.
 */
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { extract, ExtractError, plainReadability, type ExtractHost } from "../core/extract.ts";
import type { Article } from "../core/types.ts";
import { jsdomHost } from "./jsdom-host.ts";
import { loadDocument } from "./load.ts";

/** Each variant on the page's document, on jsdom's terms as the CLI's (without handing the page over: every variant reads it). */
export const VARIANTS = {
  ours: (doc, host) => extract(doc, null, { host }),
  raw: (doc, host) => plainReadability(doc, null, { host }),
  generic: (doc, host) => extract(doc, null, { host, sitePack: null }),
} satisfies Record<string, (doc: Document, host: ExtractHost) => Article>;
export type Variant = keyof typeof VARIANTS;

/** ../shared beside the repository, or $JERNIH_SHARED. */
export function sharedDir(repoRoot: string): string {
  return process.env.JERNIH_SHARED ?? resolve(repoRoot, "../shared");
}

export function corpusPages(corpusDir: string): string[] {
  return readdirSync(join(corpusDir, "pages"))
    .filter((f) => /\.html?$/.test(f))
    .sort()
    .map((f) => join(corpusDir, "pages", f));
}

/** JSON lines per variant for every page of the corpus. */
export async function extractCorpus(corpusDir: string, variants: readonly Variant[]): Promise<Record<string, string>> {
  const out: Record<string, string[]> = Object.fromEntries(variants.map((v) => [v, []]));
  for (const file of corpusPages(corpusDir)) {
    let page;
    try {
      page = await loadDocument(file);
    } catch (e) {
      for (const v of variants) out[v]!.push(JSON.stringify({ file, error: (e as Error).message }));
      continue;
    }
    try {
      const host = jsdomHost(page);
      for (const v of variants) {
        try {
          const a = VARIANTS[v](page.document, host);
          out[v]!.push(JSON.stringify({ file, url: a.url, text: a.text, removed: a.removed }));
        } catch (e) {
          if (!(e instanceof ExtractError)) throw e;
          out[v]!.push(JSON.stringify({ file, error: e.message }));
        }
      }
    } finally {
      page.close();
    }
  }
  return Object.fromEntries(Object.entries(out).map(([v, rows]) => [v, `${rows.join("\n")}\n`]));
}
