#!/usr/bin/env node
// (Re)generates a generic extraction case (tests/fixtures/cases/<name>/, see scripts/cases.ts):
//   node scripts/new-case.mjs <name> <source.html> [--url URL]   a new case, or a case's new source
//   node scripts/new-case.mjs <name> [--url URL]                  the expected files again, from its source
//   node scripts/new-case.mjs --all                               every case again
// writes source.html (copied), case.json (when --url), expected.txt and expected-metadata.json from
// the current extractor, and prints a unified diff of every expected file that changed: read it
// before you commit — the expected files say what the reader SHOULD show, not whatever it shows now.
// Only pages we write ourselves, after real structures; never a page of the corpus or of a site.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { register } from "tsx/esm/api";

register();
const { CASES_DIR, caseNames, expectedFiles, readCase, readInput } = await import("./cases.ts");

function fail(message) {
  console.error(`new-case: ${message}`);
  process.exit(2);
}

const args = process.argv.slice(2);
const urlAt = args.indexOf("--url");
const url = urlAt >= 0 ? args[urlAt + 1] : undefined;
if (urlAt >= 0 && !url) fail("--url needs an address");
const [name, source] = args.filter((a, i) => !a.startsWith("--") && (urlAt < 0 || i !== urlAt + 1));

/** A unified diff of two texts (diff(1)), labelled with the file; "" when equal. */
function diff(label, before, after) {
  if (before === after) return "";
  const dir = mkdtempSync(join(tmpdir(), "new-case-"));
  writeFileSync(join(dir, "a"), before);
  writeFileSync(join(dir, "b"), after);
  const r = spawnSync("diff", ["-u", "--label", `a/${label}`, "--label", `b/${label}`, join(dir, "a"), join(dir, "b")], { encoding: "utf8" });
  return r.stdout || `${label} changed\n`;
}

/** A field case.json lists as "wrong" keeps its stored (right) expected value, not today's output. */
function keepKnownWrong(dir, input, out) {
  const path = join(dir, "expected-metadata.json");
  if (!input.wrong || !existsSync(path)) return;
  const stored = JSON.parse(readFileSync(path, "utf8"));
  for (const field of Object.keys(input.wrong)) if (field in stored) out.metadata[field] = stored[field];
}

/** Writes one case's files; returns true when an expected file changed. */
function generate(caseName, sourcePath, caseUrl) {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(caseName)) fail(`"${caseName}": a case name is lower-case words joined by dashes`);
  const dir = join(CASES_DIR, caseName);
  mkdirSync(dir, { recursive: true });
  if (sourcePath) writeFileSync(join(dir, "source.html"), readFileSync(resolve(sourcePath)));
  if (!existsSync(join(dir, "source.html"))) fail(`${dir}/source.html missing: give the page as the second argument`);
  if (caseUrl) writeFileSync(join(dir, "case.json"), `${JSON.stringify({ ...readInput(dir), url: caseUrl }, null, 2)}\n`);
  const input = readInput(dir);
  const out = readCase(readFileSync(join(dir, "source.html"), "utf8"), input.url);
  keepKnownWrong(dir, input, out);
  const files = expectedFiles(out);
  let changed = false;
  for (const [file, text] of Object.entries(files)) {
    const path = join(dir, file);
    const before = existsSync(path) ? readFileSync(path, "utf8") : "";
    const d = diff(`${caseName}/${file}`, before, text);
    if (!d) continue;
    changed = true;
    process.stdout.write(d);
    writeFileSync(path, text);
  }
  console.error(`${caseName}: ${changed ? "expected files written" : "unchanged"}`);
  return changed;
}

if (args.includes("--all")) {
  for (const n of caseNames()) generate(n, undefined, undefined);
} else {
  if (!name) fail("usage: node scripts/new-case.mjs <name> [<source.html>] [--url URL] | --all");
  generate(name, source, url);
}
