/**
 * The CLI hands its freshly parsed page to extract (no copy is made, the page is left changed):
 * the article must be exactly the one extract makes from a copy, field by field, on the core
 * fixtures, the live-page fixtures and (read in place, when present) a sample of corpus pages.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM, VirtualConsole } from "jsdom";
import { describe, expect, it } from "vitest";
import { extract, ExtractError } from "../../src/core/extract.ts";

const parse = (html: string, url: string) => new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;

function both(html: string, url: string) {
  const run = (handOver: boolean) => {
    try {
      return extract(parse(html, url), null, handOver ? { handOver: () => parse(html, url) } : {});
    } catch (e) {
      if (e instanceof ExtractError) return { error: e.message };
      throw e;
    }
  };
  return { copied: run(false), handed: run(true) };
}

const FIXTURES = join(import.meta.dirname, "../fixtures");
const files = (dir: string, pick: (f: string) => boolean) =>
  existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String).filter(pick).map((f) => join(dir, f)) : [];

describe("extract on a handed-over document", () => {
  const local = [...files(join(FIXTURES, "core"), (f) => f.endsWith("source.html")), ...files(join(FIXTURES, "live"), (f) => f.endsWith(".html"))];
  it("gives the same article as on a copy (fixtures)", () => {
    expect(local.length).toBeGreaterThan(3);
    let articles = 0;
    for (const f of local) {
      const { copied, handed } = both(readFileSync(f, "utf8"), "https://news.example/a/1");
      expect([f, handed]).toEqual([f, copied]);
      if (!("error" in copied)) articles++;
    }
    expect(articles).toBeGreaterThan(3);
  }, 60_000);

  it("leaves a copy-made call's document untouched, and changes a handed-over one", () => {
    const html = readFileSync(local[0]!, "utf8");
    const doc = parse(html, "https://news.example/a/1");
    const before = doc.documentElement.outerHTML;
    extract(doc, null);
    expect(doc.documentElement.outerHTML).toBe(before);
    extract(doc, null, { handOver: () => parse(html, "https://news.example/a/1") });
    expect(doc.documentElement.outerHTML).not.toBe(before);
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
