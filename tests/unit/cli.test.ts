/** `jernih extract`: formats, batch lines, exit codes and decoding, on fixture pages written for this repo. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodePage, sniffCharset } from "../../src/cli/decode.ts";
import { main } from "../../src/cli/main.ts";

const capture = () => {
  let s = "";
  return { write: (x: string) => void (s += x), get text() { return s; } };
};
const FIX = join(import.meta.dirname, "../fixtures/cases");
const SEED = join(FIX, "medcom-seed/source.html");
const KOMPAS = join(FIX, "kompas-terkait/source.html");
const run = async (...args: string[]) => {
  const out = capture(), err = capture();
  const code = await main(["extract", ...args], out, err);
  return { code, out: out.text, err: err.text };
};

describe("usage errors exit 2", () => {
  it("an unknown command", async () => {
    const err = capture();
    expect(await main(["frobnicate"], capture(), err)).toBe(2);
    expect(err.text).toContain("usage: jernih extract");
  });
  it("an unknown format", async () => {
    const r = await run("--format", "pdf", SEED);
    expect(r.code).toBe(2);
    expect(r.err).toContain("unknown format");
  });
  it("an unknown option, no file, or several files without --jsonl", async () => {
    expect((await run("--frobnicate", SEED)).code).toBe(2);
    expect((await run()).code).toBe(2);
    const r = await run(SEED, KOMPAS);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--jsonl");
  });
});

describe("formats", () => {
  it("text (default): the article's paragraphs", async () => {
    const r = await run(SEED);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Jakarta: Para menteri luar negeri/);
    expect(r.out).not.toContain("Google News");
  });
  it("html: clean article HTML, no script", async () => {
    const r = await run("--format", "html", SEED);
    expect(r.out).toContain("<p>");
    expect(r.out).not.toMatch(/<script|beasiswa full/);
  });
  it("markdown", async () => {
    const r = await run("--format", "markdown", KOMPAS);
    expect(r.out).toContain("**SURABAYA, KOMPAS.com**");
    expect(r.out).not.toContain("<p>");
  });
  it("json: the documented fields", async () => {
    const a = JSON.parse((await run("--format", "json", SEED)).out);
    for (const k of ["file", "url", "title", "byline", "siteName", "lang", "publishedTime", "excerpt", "readingMinutes", "text", "html", "removed"]) {
      expect(a, k).toHaveProperty(k);
    }
    expect(a.lang).toBe("id");
    expect(a.removed.length).toBeGreaterThan(3);
  });
  it("--url sets the page's address", async () => {
    const a = JSON.parse((await run("--format", "json", "--url", "https://example.org/a", SEED)).out);
    expect(a.url).toBe("https://example.org/a");
  });
  it("--raw keeps the clutter, --explain says what went and why", async () => {
    expect((await run("--raw", SEED)).out).toContain("Google News");
    const r = await run("--explain", SEED);
    expect(r.err).toMatch(/removed social\s+phrase:social:line\s+Cek Berita/);
    expect(r.err).toMatch(/removed promo\s+phrase:promo:line\s+Viral!/);
  });
});

describe("batches (--jsonl) and exit 1", () => {
  it("one line per file; a failing file says why and makes the exit status 1", async () => {
    const dir = mkdtempSync(join(tmpdir(), "jernih-cli-"));
    const empty = join(dir, "empty.html");
    writeFileSync(empty, "<html><body></body></html>");
    const r = await run("--jsonl", SEED, "/nonexistent/page.html", empty, KOMPAS);
    expect(r.code).toBe(1);
    const rows = r.out.trim().split("\n").map((l) => JSON.parse(l));
    expect(rows.map((x) => x.file)).toEqual([SEED, "/nonexistent/page.html", empty, KOMPAS]);
    expect(rows[0].text).toMatch(/^Jakarta:/);
    expect(rows[1].error).toMatch(/cannot read page/);
    expect(rows[2].error).toBeTruthy();
    expect(rows[3].title).toBe("Jalur Sepeda Baru Dibuka di Surabaya");
  });
  it("exit 0 when every file gave an article", async () => {
    expect((await run("--jsonl", SEED, KOMPAS)).code).toBe(0);
  });
});

describe("decoding saved pages as a browser would", () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  it("prefers a BOM over the meta", () => {
    expect(sniffCharset(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('<meta charset="iso-8859-1">')]))).toBe("utf-8");
    expect(sniffCharset(new Uint8Array([0xff, 0xfe, 0x3c, 0x00]))).toBe("utf-16le");
  });
  it("reads <meta charset> and the http-equiv form", () => {
    expect(sniffCharset(bytes('<meta charset="ISO-8859-1">'))).toBe("windows-1252");
    expect(sniffCharset(bytes('<meta http-equiv="Content-Type" content="text/html; charset=windows-1250">'))).toBe("windows-1250");
  });
  it("defaults to UTF-8", () => {
    expect(sniffCharset(bytes("<p>hello</p>"))).toBe("utf-8");
  });
  it("decodes a windows-1252 page by its meta", () => {
    const page = new Uint8Array([...bytes('<meta charset="windows-1252"><p>caf'), 0xe9, ...bytes("</p>")]);
    expect(decodePage(page)).toContain("<p>café</p>");
  });
  it("a page whose meta says Latin-1 but whose bytes are UTF-8 reads as UTF-8", () => {
    // Saved pages often carry the server's old meta while the file itself was saved as UTF-8
    // (the HTTP header, which browsers obey first, said so).
    const page = bytes('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>KapanLagi.com® — café</p>');
    expect(decodePage(page)).toContain("KapanLagi.com® — café");
  });
});
