/**
 * The quality regression test: where the corpora are present (../shared beside the repository, or
 * $JERNIH_SHARED; CI has them) it runs the benchmark (scripts/eval.mjs: the same core, in two
 * child processes) and fails when a score drops below the figures in tests/quality-baseline.json.
 * Raise those figures as the scores improve. Elsewhere it is skipped, and says why.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { sharedDir } from "../../src/cli/evaluate.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const CORPORA = join(sharedDir(ROOT), "corpus");
const present = existsSync(CORPORA) && existsSync(join(sharedDir(ROOT), "eval/score.mjs"));
if (!present) console.log(`quality test skipped: no corpus at ${CORPORA} (set JERNIH_SHARED to the folder holding corpus/ and eval/)`);

interface Baseline {
  [corpus: string]: { bodyF1?: number; snippetsF1?: number; withKept?: number; relatedSocialPromoRemoved?: number };
}
const baseline = JSON.parse(readFileSync(join(ROOT, "tests/quality-baseline.json"), "utf8")) as Baseline;

interface Score {
  body?: { f1: number };
  snippets?: { f1: number; tp: number; fn: number };
  withoutByTag?: Record<string, { total: number; kept: number }>;
}

describe.skipIf(!present)("extraction quality on the corpora", () => {
  const out = mkdtempSync(join(tmpdir(), "jernih-quality-"));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  let summary: Record<string, { ours: Score }>;

  it("runs the benchmark", { timeout: 900_000 }, async () => {
    await promisify(execFile)(process.execPath, [join(ROOT, "scripts/eval.mjs"), "--only", "ours", "--out", out], { maxBuffer: 1 << 26 });
    summary = JSON.parse(readFileSync(join(out, "summary.json"), "utf8"));
    expect(Object.keys(summary).sort()).toEqual(Object.keys(baseline).sort());
  });

  for (const [corpus, floor] of Object.entries(baseline)) {
    it(`${corpus} holds its recorded scores`, () => {
      const s = summary?.[corpus]?.ours;
      expect(s, "the benchmark did not run").toBeDefined();
      if (floor.bodyF1 !== undefined) expect(s!.body!.f1).toBeGreaterThanOrEqual(floor.bodyF1);
      if (floor.snippetsF1 !== undefined) expect(s!.snippets!.f1).toBeGreaterThanOrEqual(floor.snippetsF1);
      if (floor.withKept !== undefined) expect(s!.snippets!.tp).toBeGreaterThanOrEqual(floor.withKept);
      if (floor.relatedSocialPromoRemoved !== undefined) {
        const t = s!.withoutByTag!;
        const removed = ["related", "social", "promo"].reduce((n, g) => n + (t[g] ? t[g].total - t[g].kept : 0), 0);
        expect(removed).toBeGreaterThanOrEqual(floor.relatedSocialPromoRemoved);
      }
    });
  }
});
