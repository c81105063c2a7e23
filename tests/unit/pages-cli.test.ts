/** `jernih extract --follow-pages`: a split article's saved pages (files or a directory) read as one. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import { squash } from "../../src/core/text.ts";

const dir = (name: string) => fileURLToPath(new URL(`../fixtures/multipage/${name}`, import.meta.url));
const capture = () => {
  let s = "";
  return { write: (x: string) => void (s += x), get text() { return s; } };
};

describe("jernih extract --follow-pages", { timeout: 60_000 }, () => {
  it("reads a directory of three pages as one article, in order", async () => {
    const out = capture(), err = capture();
    expect(await main(["extract", "--follow-pages", dir("split")], out, err)).toBe(0);
    const text = squash(out.text);
    const at = ["Warga Desa Cikondang di Kabupaten Garut", "menghasilkan listrik sekitar 20 kilowatt", "hutan di hulu adalah sumber air"].map((s) => text.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(text).not.toMatch(/BACA JUGA|Berikutnya/);
    expect(err.text).toContain("3 pages joined");
  });

  it("takes the pages as files too, in any order, and says how many were joined in JSON", async () => {
    const out = capture(), err = capture();
    const files = ["page-1.html", "page-3.html", "page-2.html"].map((f) => `${dir("split")}/${f}`);
    expect(await main(["extract", "--follow-pages", "--format", "json", ...files], out, err)).toBe(0);
    const row = JSON.parse(out.text);
    expect(row.pages).toBe(3);
    expect(row.pageUrls.map((u: string) => new URL(u).search)).toEqual(["", "?page=2", "?page=3"]);
    expect(squash(row.text).indexOf("20 kilowatt")).toBeLessThan(squash(row.text).indexOf("hutan di hulu"));
  });

  it("stops at a loop of next links", async () => {
    const out = capture(), err = capture();
    expect(await main(["extract", "--follow-pages", "--jsonl", dir("loop")], out, err)).toBe(0);
    expect(JSON.parse(out.text).pages).toBe(3);
    expect(err.text).toContain("stopped: repeat");
  });

  it("uses the saved all-on-one-page copy", async () => {
    const out = capture(), err = capture();
    expect(await main(["extract", "--follow-pages", "--jsonl", dir("all")], out, err)).toBe(0);
    const row = JSON.parse(out.text);
    expect(row.via).toBe("all-on-one-page");
    expect(row.text).toContain("stasiun pengisian di tiga dermaga lain");
  });

  it("says so when a directory has no pages", async () => {
    const err = capture();
    const empty = mkdtempSync(join(tmpdir(), "jernih-empty-"));
    expect(await main(["extract", "--follow-pages", empty], capture(), err)).toBe(1);
    expect(err.text).toContain("no .html pages");
  });
});
