/**
 * The live-page hider on the Indonesian dev corpora in jsdom (read in place, never copied): for each
 * page, the text the hider hides, and the share of related / social / promo snippets in it. Shared by
 * tests/unit/hide-corpus.test.ts and `npm run eval` (which prints both halves of the fixed split).
 */
import { existsSync, readFileSync } from "node:fs";
import { JSDOM, VirtualConsole } from "jsdom";
import { decodePage } from "../src/cli/decode.ts";
import { detectArticle } from "../src/core/detect.ts";
import { inHiddenBox } from "../src/core/dom.ts";
import { findHits, isGuarded } from "../src/core/hide-match.ts";
import { squash as squashText } from "../src/core/text.ts";
import { findArticleRoot, inOnePass, keepMarks } from "../src/core/live-shapes.ts";
import { hidePlanForPage } from "../src/shared/page-plan.ts";
import { defaultSettings } from "../src/shared/settings.ts";

export interface Truth {
  url: string;
  with: string[];
  without: string[];
  withoutTags: Record<string, string>;
  body: string;
}

/** Whitespace collapsed as the scorer collapses it: the core's own squash. */
export { squashText };

export { half } from "./split.mjs";

export interface PageResult {
  id: string;
  truth: Truth;
  isArticle: boolean;
  hidden: Element[];
  hiddenText: string;
  doc: Document;
}

export function corpusDir(shared: URL, name: string): URL {
  return new URL(`corpus/${name}/`, shared);
}

export function loadTruth(dir: URL): Record<string, Truth> {
  const file = new URL("truth.json", dir);
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
}

export function hidePage(dir: URL, id: string, truth: Truth): PageResult {
  const html = decodePage(readFileSync(new URL(`pages/${id}.html`, dir)));
  const doc = new JSDOM(html, { url: truth.url, virtualConsole: new VirtualConsole() }).window.document;
  const isArticle = detectArticle(doc).isArticle;
  const plan = hidePlanForPage(defaultSettings(), truth.url)!;
  const keep = keepMarks(doc, findArticleRoot(doc, plan.content));
  const hidden = inOnePass(() => findHits(doc, plan, keep)).filter((h) => !isGuarded(h, () => keep)).map((h) => h.el);
  const hiddenText = hidden.map((el) => squashText(el.textContent ?? "")).join("\n");
  return { id, truth, isArticle, hidden, hiddenText, doc };
}

export const CLUTTER = ["related", "social", "promo"];

/**
 * The lines of `lines` the live page shows no more: each is found (its first 60 characters) in the
 * page's text but in none of what stays visible. A line the page also shows elsewhere (a story's
 * title in a listing and in a hidden sidebar) is not lost.
 */
export function lostLines(r: PageResult, lines: readonly string[]): string[] {
  const all = squashText(r.doc.body?.textContent ?? "");
  const shown = visibleText(r);
  return lines.map((l) => squashText(l).slice(0, 60)).filter((l) => l && all.includes(l) && !shown.includes(l));
}

/**
 * The page's text outside the blocks the live page hides, and outside what the page itself keeps
 * from view (scripts, styles, a box its markup hides: a search engine's copy of the article).
 */
function visibleText(r: PageResult): string {
  const hidden = new Set(r.hidden);
  const out: string[] = [];
  const walker = r.doc.createTreeWalker(r.doc.body ?? r.doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    let shown = true;
    for (let e = n.parentElement; e && shown; e = e.parentElement) if (hidden.has(e) || e.tagName === "SCRIPT" || e.tagName === "STYLE") shown = false;
    if (shown && n.parentElement && !inHiddenBox(n.parentElement)) out.push(n.nodeValue ?? "");
  }
  return squashText(out.join(""));
}

/** Snippets the article needs: every `with` and every body paragraph of 60+ characters. */
export function keepSnippets(t: Truth): string[] {
  return [...t.with, ...t.body.split(/\n\s*\n/).filter((p) => p.length >= 60)].map(squashText);
}

export interface Score {
  found: number;
  total: number;
  lost: string[];
  nav: { hidden: number; total: number };
}

export function score(results: readonly PageResult[]): Score {
  const s: Score = { found: 0, total: 0, lost: [], nav: { hidden: 0, total: 0 } };
  for (const { id, truth, hiddenText } of results) {
    for (const k of keepSnippets(truth)) if (hiddenText.includes(k)) s.lost.push(`${id}: ${k.slice(0, 80)}`);
    for (const [snippet, tag] of Object.entries(truth.withoutTags)) {
      const hit = hiddenText.includes(squashText(snippet));
      if (tag === "nav") {
        s.nav.total++;
        if (hit) s.nav.hidden++;
      }
      if (!CLUTTER.includes(tag)) continue;
      s.total++;
      if (hit) s.found++;
    }
  }
  return s;
}
