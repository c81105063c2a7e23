/**
 * The live-page hider on the 21 real Indonesian news pages of ../shared/corpus/indonesian-dev (read in
 * place, never copied), with default settings, in jsdom: it must never hide the article's text, and it
 * should find most of the related / social / promo clutter the ground truth lists. Skipped where the
 * corpus is not checked out next to the repository.
 */
import { existsSync, readFileSync } from "node:fs";
import { JSDOM, VirtualConsole } from "jsdom";
import { describe, expect, it } from "vitest";
import { decodePage } from "../../src/cli/decode.ts";
import { detectArticle } from "../../src/core/detect.ts";
import { findHits, hidePlan, isProtected } from "../../src/core/hide.ts";
import { defaultSettings } from "../../src/shared/settings.ts";

const CORPUS = new URL("../../../shared/corpus/indonesian-dev/", import.meta.url);
const present = existsSync(new URL("truth.json", CORPUS));

interface Truth {
  url: string;
  with: string[];
  without: string[];
  withoutTags: Record<string, string>;
  body: string;
}

const squash = (s: string) => s.replace(/[\s\u00a0\u200b]+/g, " ").trim();

describe.skipIf(!present)("live-page hider on the Indonesian corpus", () => {
  const truth: Record<string, Truth> = present ? JSON.parse(readFileSync(new URL("truth.json", CORPUS), "utf8")) : {};
  const results = Object.entries(truth).map(([id, t]) => {
    const html = decodePage(readFileSync(new URL(`pages/${id}.html`, CORPUS)));
    const doc = new JSDOM(html, { url: t.url, virtualConsole: new VirtualConsole() }).window.document;
    const isArticle = detectArticle(doc).isArticle;
    const plan = hidePlan(defaultSettings(), t.url)!;
    const hidden = findHits(doc, plan).map((h) => h.el).filter((el) => !isProtected(el));
    const hiddenText = hidden.map((el) => squash(el.textContent ?? "")).join("\n");
    return { id, t, isArticle, hiddenText };
  });

  it("detects every page as an article", () => {
    expect(results.filter((r) => !r.isArticle).map((r) => r.id)).toEqual([]);
  });

  it("never hides a paragraph of the article or a snippet that must stay", () => {
    const lost: string[] = [];
    for (const { id, t, hiddenText } of results) {
      const keep = [...t.with, ...t.body.split(/\n\s*\n/).filter((p) => p.length >= 60)].map(squash);
      for (const k of keep) if (hiddenText.includes(k)) lost.push(`${id}: ${k.slice(0, 80)}`);
    }
    expect(lost).toEqual([]);
  });

  it("hides most related, social and promo snippets the ground truth lists", () => {
    let total = 0;
    let found = 0;
    for (const { t, hiddenText } of results) {
      for (const [snippet, tag] of Object.entries(t.withoutTags)) {
        if (!["related", "social", "promo"].includes(tag)) continue;
        total++;
        if (hiddenText.includes(squash(snippet))) found++;
      }
    }
    console.log(`live-page hider: ${found} of ${total} related/social/promo snippets hidden`);
    expect(total).toBeGreaterThan(100);
    expect(found / total).toBeGreaterThanOrEqual(0.6);
  });
});
