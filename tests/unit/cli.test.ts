import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import { sniffCharset } from "../../src/cli/decode.ts";

const capture = () => {
  let s = "";
  return { write: (x: string) => void (s += x), get text() { return s; } };
};

describe("jernih CLI", () => {
  it("exits 2 with usage on an unknown command", async () => {
    const err = capture();
    expect(await main(["frobnicate"], capture(), err)).toBe(2);
    expect(err.text).toContain("usage: jernih extract");
  });

  it("exits 2 on an unknown format", async () => {
    const err = capture();
    expect(await main(["extract", "--format", "pdf", "x.html"], capture(), err)).toBe(2);
    expect(err.text).toContain("unknown format");
  });

  it("reports a missing file as an error line and exits 1", async () => {
    const out = capture();
    expect(await main(["extract", "--jsonl", "/nonexistent/page.html"], out, capture())).toBe(1);
    const row = JSON.parse(out.text);
    expect(row.file).toBe("/nonexistent/page.html");
    expect(row.error).toMatch(/cannot read page/);
  });
});

describe("charset sniffing", () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  it("prefers a BOM over the meta", () => {
    expect(sniffCharset(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('<meta charset="iso-8859-1">')]))).toBe("utf-8");
  });
  it("reads <meta charset> and the http-equiv form", () => {
    expect(sniffCharset(bytes('<meta charset="ISO-8859-1">'))).toBe("windows-1252");
    expect(sniffCharset(bytes('<meta http-equiv="Content-Type" content="text/html; charset=windows-1250">'))).toBe("windows-1250");
  });
  it("defaults to UTF-8", () => {
    expect(sniffCharset(bytes("<p>hello</p>"))).toBe("utf-8");
  });
});
