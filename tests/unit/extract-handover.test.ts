/**
 * The CLI's host (src/cli/jsdom-host.ts) hands its freshly parsed page to extract (no copy is made,
 * the page is left changed): the article must be exactly the one extract makes from a copy, field
 * by field, on the core fixtures, the live-page fixtures and (read in place, when present) a sample
 * of corpus pages. And the rare retry, which needs the page as it was, gets it parsed again.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { jsdomHost } from "../../src/cli/jsdom-host.ts";
import { parsePage } from "../../src/cli/parse-page.ts";
import { extract, ExtractError, plainReadability } from "../../src/core/extract.ts";

function both(html: string, url: string, read: typeof extract = extract) {
  const run = (handOver: boolean) => {
    const page = parsePage(html, url);
    try {
      return read(page.document, null, { host: jsdomHost(page, { handOver }) });
    } catch (e) {
      if (e instanceof ExtractError) return { error: e.message };
      throw e;
    } finally {
      page.close();
    }
  };
  return { copied: run(false), handed: run(true) };
}

const FIXTURES = join(import.meta.dirname, "../fixtures");
const files = (dir: string, pick: (f: string) => boolean) =>
  existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String).filter(pick).map((f) => join(dir, f)) : [];

describe("extract on a handed-over document", () => {
  const local = [...files(join(FIXTURES, "cases"), (f) => f.endsWith("source.html")), ...files(join(FIXTURES, "live"), (f) => f.endsWith(".html"))];
  it("gives the same article as on a copy (fixtures), and so does plain Readability", () => {
    expect(local.length).toBeGreaterThan(3);
    let articles = 0;
    for (const f of local) {
      const html = readFileSync(f, "utf8");
      const { copied, handed } = both(html, "https://news.example/a/1");
      expect([f, handed]).toEqual([f, copied]);
      if (!("error" in copied)) articles++;
      const raw = both(html, "https://news.example/a/1", plainReadability);
      expect([f, raw.handed]).toEqual([f, raw.copied]);
    }
    expect(articles).toBeGreaterThan(3);
  }, 60_000);

  it("leaves a copy-made call's document untouched, and changes a handed-over one", () => {
    const page = parsePage(readFileSync(local[0]!, "utf8"), "https://news.example/a/1");
    const before = page.document.documentElement.outerHTML;
    extract(page.document, null, { host: jsdomHost(page) });
    extract(page.document, null);
    expect(page.document.documentElement.outerHTML).toBe(before);
    extract(page.document, null, { host: jsdomHost(page, { handOver: true }) });
    expect(page.document.documentElement.outerHTML).not.toBe(before);
    page.close();
  });

  it("retries on the page parsed again when the cleaned page leaves Readability nothing", () => {
    // The whole story sits in a box the selector rules take out before Readability (a share bar
    // by class): the first attempt finds nothing; the retry reads the page as it was.
    const story = "Warga desa membangun kincir air sendiri untuk menerangi rumah mereka setiap malam. ".repeat(8);
    const html = `<html><head><title>Kincir air</title></head><body><div class="share-buttons"><p>${story}</p><p>${story}</p></div></body></html>`;
    const page = parsePage(html, "https://news.example/a/1");
    const host = jsdomHost(page, { handOver: true });
    const asked: boolean[] = [];
    const article = extract(page.document, null, { host: { ...host, workingCopy: (doc, retry) => (asked.push(retry), host.workingCopy!(doc, retry)) } });
    expect(asked).toEqual([false, true]);
    expect(article.text).toContain("kincir air sendiri");
    expect(article).toEqual(both(html, "https://news.example/a/1").copied);
    page.close();
  });

  const corpus = "/work/shared/corpus";
  const sample = existsSync(corpus)
    ? readdirSync(corpus).filter((d) => existsSync(`${corpus}/${d}/pages`)).flatMap((d) =>
      readdirSync(`${corpus}/${d}/pages`).filter((f) => f.endsWith(".html")).slice(0, 3).map((f) => `${corpus}/${d}/pages/${f}`))
    : [];
  it.runIf(sample.length > 0)("gives the same article as on a copy (corpus sample)", () => {
    for (const f of sample) {
      const { copied, handed } = both(readFileSync(f, "utf8"), "https://example.com/");
      expect([f, handed]).toEqual([f, copied]);
    }
  }, 180_000);
});
