/**
 * The generic extraction cases (tests/fixtures/cases/<name>/, the layout of Readability's test-pages):
 *   source.html             a page we wrote after a real structure (never a copied page)
 *   expected.txt            the reader's text of it: Article.text, exactly
 *   expected-metadata.json  the fields the reader shows above the text, as extract() returns them
 *   case.json               optional: { "url": "…" } when the case is read at an address, and
 *                           { "wrong": { field: "why" } } for a metadata field the extractor gets wrong
 *                           today (expected-metadata.json then holds the right value)
 * tests/unit/cases.test.ts runs them all; scripts/new-case.mjs writes the expected files.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { JSDOM } from "jsdom";
import { extract } from "../src/core/extract.ts";

export const CASES_DIR = resolve(import.meta.dirname, "../tests/fixtures/cases");

/** The fields of expected-metadata.json, in this order. */
export interface CaseMetadata {
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  publishedTime: string | null;
}

export interface CaseOutput {
  text: string;
  metadata: CaseMetadata;
}

/**
 * extract() as the reader runs it (the browser's way, here on jsdom's DOM), reduced to what a case
 * compares. The url, when given, is the document's address, as a saved page opened at that address.
 */
export function readCase(html: string, url?: string | null): CaseOutput {
  const doc = new JSDOM(html, url ? { url } : {}).window.document;
  const a = extract(doc);
  const { title, byline, siteName, lang, publishedTime } = a;
  return { text: a.text, metadata: { title, byline, siteName, lang, publishedTime } };
}

/** The case names: every folder of `dir` that holds a source.html, sorted. */
export function caseNames(dir = CASES_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, "source.html")))
    .map((e) => e.name)
    .sort();
}

export interface CaseInput {
  url?: string;
  wrong?: Partial<Record<keyof CaseMetadata, string>>;
}

/** A case folder's case.json ({} when it has none). */
export function readInput(caseDir: string): CaseInput {
  const path = join(caseDir, "case.json");
  return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as CaseInput) : {};
}

/** A case's inputs and expected files as stored. */
export function loadCase(name: string, dir = CASES_DIR) {
  const at = (f: string) => join(dir, name, f);
  const input = readInput(join(dir, name));
  return {
    html: readFileSync(at("source.html"), "utf8"),
    url: input.url ?? null,
    wrong: input.wrong ?? {},
    text: readFileSync(at("expected.txt"), "utf8"),
    metadata: JSON.parse(readFileSync(at("expected-metadata.json"), "utf8")) as CaseMetadata,
  };
}

/** The expected files' contents for an output: text with one final newline, metadata as indented JSON. */
export function expectedFiles(out: CaseOutput): { "expected.txt": string; "expected-metadata.json": string } {
  return { "expected.txt": `${out.text}\n`, "expected-metadata.json": `${JSON.stringify(out.metadata, null, 2)}\n` };
}
