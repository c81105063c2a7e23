/**
 * "A pack never weakens the generic rules": for every page of the Indonesian corpora whose site has a pack, the
 * body F1 with the pack is at least the F1 without it. The corpus (../shared/corpus, third-party
 * pages) is read in place; where it is absent the test is skipped with the reason. The F1 is the
 * body metric of ../shared/eval/score.mjs (multisets of 4-token shingles), reimplemented here.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadDocument } from "../../../src/cli/load.ts";
import { extract } from "../../../src/core/extract.ts";
import { findSitePack } from "../../../src/core/sitepack.ts";

const corpusDir = (name: string) => fileURLToPath(new URL(`../../../../shared/corpus/${name}/`, import.meta.url));

const tokens = (s: string) => s.match(/[\p{L}\p{N}_]+/gu) ?? [];
function shingles(s: string): Map<string, number> {
  const t = tokens(s);
  const m = new Map<string, number>();
  for (let i = 0; i < Math.max(1, t.length - 3); i++) {
    const k = t.slice(i, i + 4).join("\u0001");
    if (k) m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}
export function bodyF1(truth: string, pred: string): number {
  const a = shingles(truth), b = shingles(pred);
  let tp = 0, fp = 0, fn = 0;
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(k) ?? 0, y = b.get(k) ?? 0;
    tp += Math.min(x, y); fp += Math.max(0, y - x); fn += Math.max(0, x - y);
  }
  if (fp === 0 && fn === 0) return 1;
  const p = tp + fp ? tp / (tp + fp) : 0, r = tp + fn ? tp / (tp + fn) : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

// Both Indonesian corpora: 2015-2017 pages, and 2020-2026 pages (desktop, mobile, lite; in-page parts).
for (const name of ["indonesian-dev", "indonesian-modern-dev"]) {
const corpus = corpusDir(name);
const present = existsSync(`${corpus}truth.json`);
const title = present ? `site packs on ${name}` : `site packs on ${name} (skipped: ../shared/corpus/${name} is not here)`;

describe.skipIf(!present)(title, () => {
  const truth = present ? (JSON.parse(readFileSync(`${corpus}truth.json`, "utf8")) as Record<string, { url: string; body?: string }>) : {};
  const pages = present ? readdirSync(`${corpus}pages`).filter((f) => f.endsWith(".html")).sort() : [];
  const packed = pages.filter((f) => findSitePack(truth[f.replace(/\.html$/, "")]?.url));

  it("finds pages of packed sites", () => {
    expect(packed.length).toBeGreaterThan(0);
  });

  for (const file of packed) {
    const id = file.replace(/\.html$/, "");
    it(`${id}: body F1 with the pack ≥ without it`, async () => {
      const t = truth[id]!;
      const page = await loadDocument(`${corpus}pages/${file}`, t.url);
      const run = (sitePack?: null) => {
        try {
          return extract(page.document, t.url, sitePack === null ? { sitePack } : {}).text;
        } catch {
          return "";
        }
      };
      const without = bodyF1(t.body ?? "", run(null));
      const withPack = bodyF1(t.body ?? "", run());
      page.close();
      expect(withPack).toBeGreaterThanOrEqual(without);
    }, 60_000);
  }
});
}
