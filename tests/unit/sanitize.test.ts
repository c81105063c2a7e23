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
import { sanitizeArticleHtml } from "../../src/core/sanitize.ts";
import { VECTORS, xssArticlePage } from "../fixtures/xss/vectors.ts";

const { window } = new JSDOM("");
const sanitize = (html: string) => sanitizeArticleHtml(html, window);

const ALLOWED = new Set([
  "a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd",
  "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5",
  "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "picture", "pre", "q", "rp", "rt", "ruby",
  "s", "samp", "section", "small", "source", "span", "strong", "sub", "summary", "sup", "table", "tbody",
  "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "video", "audio", "wbr", "article", "aside",
  "header", "footer", "main",
]);
const URL_ATTRS = new Set(["href", "src", "srcset", "poster", "cite", "action", "formaction", "xlink:href", "background"]);
const SAFE_URL = /^(?:https?:|mailto:|[/?#.]|[^:]*$)/i;

/** The same as a string search over tags (text may mention "onerror=" or "srcdoc" harmlessly). */
const UNSAFE_TAG =
  /<(?:script|iframe|frame|svg|math|form|meta|base|link|style|object|embed|template|noscript)\b[^>]*>?|<[^>]*\s(?:on\w+|srcdoc|formaction|style)\s*=[^>]*>|<[^>]*=\s*["']?\s*(?:javascript:|vbscript:|data:text)[^>]*>/gi;

/** Every reason `html` would be unsafe to show, as readable strings (empty: safe). */
export function unsafeParts(html: string): string[] {
  const doc = new JSDOM(`<body>${html}</body>`).window.document;
  const bad: string[] = [];
  for (const el of Array.from(doc.body.querySelectorAll("*"))) {
    const tag = el.localName;
    if (!ALLOWED.has(tag)) bad.push(`<${tag}>`);
    for (const a of Array.from(el.attributes)) {
      const v = a.value.trim();
      if (/^on/i.test(a.name)) bad.push(`${tag}[${a.name}]`);
      if (a.name === "style" || a.name === "srcdoc" || a.name === "id" || a.name === "name") bad.push(`${tag}[${a.name}]`);
      if (URL_ATTRS.has(a.name) && !SAFE_URL.test(v) && !(a.name === "src" && /^data:image\//i.test(v) && tag !== "a")) {
        bad.push(`${tag}[${a.name}=${v.slice(0, 30)}]`);
      }
    }
  }
  return bad;
}

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
