/** `jernih extract --follow-pages`: a split article's saved pages (files or a directory) read as one. */
import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
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

  it("reads each page as a single file is read: a page of short lines is no article", async () => {
    // Page two is a list of links (as a site's error or index page would be): the article check
    // that turns such a file away on its own ends the walk there, and page one stands alone.
    const tmp = mkdtempSync(join(tmpdir(), "jernih-pages-"));
    copyFileSync(`${dir("split")}/page-1.html`, join(tmp, "page-1.html"));
    const items = Array.from({ length: 40 }, (_, i) => `<li><a href="https://www.jpnn.com/news/${i}">Berita daerah nomor ${i} hari ini</a></li>`).join("");
    writeFileSync(join(tmp, "page-2.html"), `<html lang="id"><head><title>Indeks berita</title>
      <link rel="canonical" href="https://www.jpnn.com/news/warga-desa-bangun-pembangkit-listrik-tenaga-mikrohidro?page=2"></head>
      <body><div class="content-detail"><ul>${items}</ul></div></body></html>`);
    const out = capture(), err = capture();
    expect(await main(["extract", "--follow-pages", "--jsonl", tmp], out, err)).toBe(0);
    expect(JSON.parse(out.text).pages).toBe(1);
    expect(err.text).toContain("stopped: no-article");
    expect(out.text).not.toContain("Berita daerah nomor");
    // The same page first: no article, as with a single file.
    const first = capture();
    expect(await main(["extract", "--follow-pages", join(tmp, "page-2.html")], capture(), first)).toBe(1);
    expect(first.text).toContain("only short lines");
  });

  it("--no-site-packs holds for every page, as for a single file", async () => {
    const read = async (...flags: string[]) => {
      const out = capture();
      expect(await main(["extract", "--follow-pages", "--jsonl", ...flags, dir("split")], out, capture())).toBe(0);
      return JSON.parse(out.text) as { pages: number; removed: { rule: string }[] };
    };
    const packed = await read();
    expect(packed.removed.some((r) => r.rule.startsWith("site:jpnn.com"))).toBe(true);
    const generic = await read("--no-site-packs");
    expect(generic.removed.filter((r) => r.rule.startsWith("site:"))).toEqual([]);
    expect(generic.pages).toBe(3);
  });

  it("says so when a directory has no pages", async () => {
    const err = capture();
    const empty = mkdtempSync(join(tmpdir(), "jernih-empty-"));
    expect(await main(["extract", "--follow-pages", empty], capture(), err)).toBe(1);
    expect(err.text).toContain("no .html pages");
  });
});
