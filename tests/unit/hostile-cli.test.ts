/**
 * The CLI on hostile input (issue 7): every file gets a clear result, an article or an error that
 * says why, and the process survives to handle the next file. No timed assertions; the generous
 * per-test timeout only turns a hang into a failure.
 */
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import { ARTICLE_SENTENCE, HOSTILE_DIR, writeGenerated } from "../fixtures/hostile/generate.ts";

const HANG = 120_000;

interface Row { file: string; error?: string; text?: string; title?: string; html?: string }

async function run(...files: string[]): Promise<{ code: number; rows: Row[]; stderr: string }> {
  let out = "";
  let err = "";
  const code = await main(
    ["extract", "--jsonl", ...files],
    { write: (s) => void (out += s) },
    { write: (s) => void (err += s) },
  );
  return { code, rows: out.trim().split("\n").filter(Boolean).map((l) => JSON.parse(l) as Row), stderr: err };
}

let gen: Record<string, string>;
beforeAll(() => {
  gen = writeGenerated();
}, HANG);
afterAll(() => rmSync(dirname(gen["empty.html"]!), { recursive: true, force: true }));

const committed = (name: string) => join(HOSTILE_DIR, name);

describe("CLI on bad input: a clear error that says why", () => {
  it.each([
    ["empty.html", /the file is empty/],
    ["garbage.bin", /not an HTML page: .*binary data/],
    ["garbage-no-nul.html", /not an HTML page: .*binary data/],
    ["huge-text.html", /page too large: 2\d\.\d MB .*limit/],
  ])("%s", async (name, why) => {
    const { code, rows } = await run(gen[name]!);
    expect(code).toBe(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.error).toMatch(why);
  }, HANG);

  it("names a known binary format", async () => {
    const { writeFileSync } = await import("node:fs");
    const gz = join(dirname(gen["empty.html"]!), "page.html.gz");
    writeFileSync(gz, new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 1, 2, 3, 4]));
    expect((await run(gz)).rows[0]!.error).toMatch(/gzip-compressed data/);
  });

  it("says a frameset has no text of its own and names its frames", async () => {
    const { rows } = await run(committed("frameset.html"));
    expect(rows[0]!.error).toMatch(/frameset.*frame-menu\.html, frame-article\.html/);
  });

  it("finds no article on a login form", async () => {
    const { rows } = await run(committed("login.html"));
    expect(rows[0]!.error).toMatch(/no article|empty/);
    expect(rows[0]!.text).toBeUndefined();
  });

  it("does not present a search-results list as an article", async () => {
    const { rows } = await run(committed("search.html"));
    const row = rows[0]!;
    // Either a clear "no article" or, at most, the result titles; never a crash or an empty text.
    if (row.error) expect(row.error).toMatch(/no article|empty/);
    else expect(row.text).toMatch(/banjir|Banjir/);
  });
});

describe("CLI on odd but readable pages: the article comes through", () => {
  it("decodes invalid UTF-8 with replacement characters and keeps the text", async () => {
    const { code, rows } = await run(gen["invalid-utf8.html"]!);
    expect(code).toBe(0);
    expect(rows[0]!.text).toContain(ARTICLE_SENTENCE);
    expect(rows[0]!.text).toContain("\uFFFD");
  }, HANG);

  it("reads a 20 MB page whose bulk is inline scripts, styles and data: images", async () => {
    const { code, rows } = await run(gen["huge-inline.html"]!);
    expect(rows[0]!.error).toBeUndefined();
    expect(code).toBe(0);
    expect(rows[0]!.text).toContain(ARTICLE_SENTENCE);
  }, HANG);

  it("reads an article nested 10 000 elements deep, without a stack overflow", async () => {
    const { code, rows } = await run(gen["nested.html"]!);
    expect(rows[0]!.error).toBeUndefined();
    expect(code).toBe(0);
    expect(rows[0]!.text).toContain(ARTICLE_SENTENCE);
  }, HANG);

  it.each(["churn.html", "throws.html"])("ignores the page's own scripts: %s", async (name) => {
    const { code, rows } = await run(committed(name));
    expect(code).toBe(0);
    expect(rows[0]!.text).toMatch(/Pasar pagi di pusat kota|Jembatan gantung yang menghubungkan/);
    expect(rows[0]!.html).not.toMatch(/<script/i);
  }, HANG);
});

describe("CLI batch with hostile files mixed in", () => {
  it("keeps going: one row per file, errors only for the bad ones", async () => {
    const files = [gen["empty.html"]!, committed("throws.html"), gen["garbage.bin"]!, gen["nested.html"]!, committed("churn.html")];
    const { code, rows } = await run(...files);
    expect(code).toBe(1);
    expect(rows.map((r) => r.file)).toEqual(files);
    expect(rows.map((r) => Boolean(r.error))).toEqual([true, false, true, false, false]);
  }, HANG);
});
