#!/usr/bin/env node
// One corpus, in process (a child of scripts/eval.mjs): node scripts/eval-corpus.mjs CORPUS_DIR OUT_DIR VARIANT[,VARIANT…]
// Writes OUT_DIR/<corpus>.<variant>.jsonl.
import { writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { register } from "tsx/esm/api";

register();
const { extractCorpus } = await import("../src/cli/evaluate.ts");
const [dir, out, variants] = process.argv.slice(2);
const rows = await extractCorpus(dir, variants.split(","));
for (const [v, jsonl] of Object.entries(rows)) writeFileSync(join(out, `${basename(dir)}.${v}.jsonl`), jsonl);
