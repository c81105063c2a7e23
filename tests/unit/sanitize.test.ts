/**
 * The strict sanitiser (src/core/sanitize.ts) against the XSS fixture set, and the CLI's HTML
 * output on a page carrying every vector. "Safe" is checked on the parsed result, not by string
 * search: only allowed tags, no event handlers, no URL that is not http(s), mailto, relative, or a
 * data: image in an image's src.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import { sanitizeArticleElement, sanitizeArticleHtml } from "../../src/core/sanitize.ts";
import { UNSAFE_TAG, unsafeParts } from "../fixtures/xss/unsafe.ts";
import { VECTORS, xssArticlePage } from "../fixtures/xss/vectors.ts";

const { window } = new JSDOM("");
const sanitize = (html: string) => sanitizeArticleHtml(html, window);

describe("the unsafe-markup detector itself", () => {
  it("flags each kind of payload when it is NOT sanitised", () => {
    expect(unsafeParts(`<img src=x onerror="__xss(1)">`)).toContain("img[onerror]");
    expect(unsafeParts(`<a href="javascript:__xss(1)">x</a>`).join()).toMatch(/a\[href=javascript:/);
    expect(unsafeParts(`<svg><script>1</script></svg>`)).toContain("<svg>");
    expect(unsafeParts(`<iframe srcdoc="x"></iframe>`)).toEqual(["<iframe>", "iframe[srcdoc]"]);
  });
});

describe("sanitizeArticleHtml on the XSS fixture set", () => {
  it.each(VECTORS.map((v) => [v.name, v.html]))("%s: nothing unsafe survives", (_name, html) => {
    const out = sanitize(html);
    expect(unsafeParts(out)).toEqual([]);
    expect(out.match(UNSAFE_TAG)).toBeNull();
  });

  it.each(VECTORS.map((v) => [v.name, v.html]))("%s: sanitising twice changes nothing (no mutation XSS)", (_name, html) => {
    const once = sanitize(html);
    expect(sanitize(once)).toBe(once);
  });

  it("keeps the article's own text, links and images", () => {
    const out = sanitize(`<p>Warga <a href="https://contoh.id/a">membaca</a> <img src="https://contoh.id/f.jpg" alt="foto"> berita.</p>`);
    expect(out).toContain("Warga");
    expect(out).toContain(`href="https://contoh.id/a"`);
    expect(out).toContain(`src="https://contoh.id/f.jpg"`);
    expect(out).toContain(`rel="noopener noreferrer"`);
  });

  it("keeps escaped markup as visible text, not as markup", () => {
    const out = sanitize(`<p>&lt;script&gt;x&lt;/script&gt;</p>`);
    expect(out).toBe(`<p>&lt;script&gt;x&lt;/script&gt;</p>`);
  });
});

describe("sanitizeArticleElement (the CLI's article, sanitised where it stands)", () => {
  /** The vector inside an article element of a parsed page, as the CLI has it. */
  const inPlace = (html: string, tag = "div") => {
    const doc = new JSDOM(`<body><${tag} id="root"><p>Isi berita.</p>${html}</${tag}></body>`).window.document;
    return sanitizeArticleElement(doc.getElementById("root")!, window);
  };

  it.each(VECTORS.map((v) => [v.name, v.html]))("%s: nothing unsafe survives, and the string sanitiser changes nothing in it", (_name, html) => {
    const out = inPlace(html);
    expect(unsafeParts(out)).toEqual([]);
    expect(out.match(UNSAFE_TAG)).toBeNull();
    expect(sanitize(out)).toBe(out);
  });

  it("gives what the string sanitiser gives for ordinary article markup", () => {
    const html = `<h2>Sub</h2><p>Warga <a href="https://contoh.id/a" onclick="x()">membaca</a> <img src="https://contoh.id/f.jpg" alt="foto"> berita.</p><ul><li>satu</li></ul>`;
    expect(inPlace(html)).toBe(sanitize(`<p>Isi berita.</p>${html}`));
  });

  it("takes the string way for a root the allow-list does not have", () => {
    const out = inPlace(`<img src=x onerror="__xss(1)">`, "form");
    expect(out).toBe(sanitize(`<p>Isi berita.</p><img src="x">`));
  });
});

describe("CLI --format html/json/markdown on a page carrying every vector", () => {
  const dir = mkdtempSync(join(tmpdir(), "jernih-xss-"));
  const page = join(dir, "xss.html");
  writeFileSync(page, xssArticlePage());
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = async (...args: string[]) => {
    let out = "";
    const code = await main(["extract", ...args, page], { write: (s) => void (out += s) }, { write: () => {} });
    return { code, out };
  };

  it("--format html: the article, and no unsafe markup", async () => {
    const { code, out } = await run("--format", "html");
    expect(code).toBe(0);
    expect(out).toContain("pemerintah kota mengumumkan jadwal perbaikan");
    expect(unsafeParts(out)).toEqual([]);
    expect(out.match(UNSAFE_TAG)).toBeNull();
  }, 60_000);

  it("--format json: its html is stable under the string sanitiser (what a reader would parse again)", async () => {
    const { out } = await run("--format", "json");
    const html = JSON.parse(out).html as string;
    expect(sanitize(html)).toBe(html);
  }, 60_000);

  it("--format json: the html field is the sanitised one", async () => {
    const { out } = await run("--format", "json");
    const html = JSON.parse(out).html as string;
    expect(html).toContain("pemerintah kota mengumumkan jadwal perbaikan");
    expect(unsafeParts(html)).toEqual([]);
  }, 60_000);

  it("--format markdown: no javascript: link survives into Markdown", async () => {
    const { out } = await run("--format", "markdown");
    expect(out).toContain("pemerintah kota mengumumkan jadwal perbaikan");
    expect(out).not.toMatch(/javascript:|vbscript:|data:text/i);
  }, 60_000);
});
