/**
 * Property tests (fast-check) of the cleaner and extract on random and mutated article trees.
 *
 * Trees mix: long prose paragraphs (unique, no links, words with no boilerplate phrase in any
 * locale, so they carry no clutter signal); clutter built from the locale phrase lists ("<lead
 * phrase>: <a>…</a>", "<heading phrase>" over a link list, a social/promo line); junk (images,
 * figures, forms, svg, iframes, empty boxes with clutter-like class names); all nested in neutral
 * wrappers. A second generator takes an ordinary article skeleton and applies random mutations
 * (insert clutter or junk, wrap a run of blocks, move a block).
 *
 * Properties:
 *  1. clean() never throws and never removes a long signal-free paragraph.
 *  2. extract() either returns an article or throws ExtractError (never anything else), and every
 *     long paragraph that plain Readability kept (raw mode) is still in the cleaned article.
 *  3. Sanitiser: what the reader would display is stable. sanitize(out) == sanitize(sanitize(out)):
 *     the DOM the sanitiser approved serialises to markup that, parsed again (as the reader does
 *     with innerHTML), is approved unchanged; a difference is the signature of mutation XSS. And
 *     when the page used only markup the sanitiser allows, the cleaner's output passes it unchanged
 *     (apart from the rel/target it adds to links): the cleaner only removes, never introduces.
 */
import fc from "fast-check";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { clean } from "../../src/core/clean.ts";
import { extract, ExtractError, plainReadability } from "../../src/core/extract.ts";
import { compilePhrases } from "../../src/core/phrases.ts";
import { sanitizeArticleHtml } from "../../src/core/sanitize.ts";
import { squash } from "../../src/core/text.ts";
import { CATEGORIES, LOCALES, type LocalePhrases } from "../../src/rules/index.ts";
import { unsafeParts } from "../fixtures/xss/unsafe.ts";

const { window } = new JSDOM("<!doctype html><body><div id=root></div></body>");
const doc = window.document;
const ALL = new Set(CATEGORIES.map((c) => c.id));
const MATCHERS = compilePhrases(ALL);
const sanitize = (html: string) => sanitizeArticleHtml(html, window);
const RUNS = Number(process.env.JERNIH_PROPERTY_RUNS ?? 80);
const HANG = 240_000;
/** Paragraphs at least this long, with no signal, must survive. */
const LONG = 250;

/* ----------------------------------------------------------------------------- vocabulary */

const CANDIDATE_WORDS = (
  "warga desa kota sungai jembatan pasar harga beras petani sawah hujan musim sekolah murid guru " +
  "jalan kendaraan pemerintah daerah rencana anggaran tahun bulan pekan pagi sore malam air bersih " +
  "listrik rumah keluarga anak kebun kopi teh nelayan laut perahu ikan gunung hutan pohon tanah " +
  "river market bridge village farmer rain season school teacher road water family harbour forest"
).split(" ");

/** Every phrase of every locale, lower-cased: a paragraph word must not be (part of) one. */
const PHRASES: { category: string; shape: string; phrase: string }[] = LOCALES.flatMap((loc: LocalePhrases) =>
  Object.entries(loc).flatMap(([category, shapes]) =>
    typeof shapes === "object"
      ? Object.entries(shapes).flatMap(([shape, list]) => (list ?? []).map((phrase) => ({ category, shape, phrase })))
      : []))
  // A phrase with a site slot ("hanya di {domain}") is a clutter signal only on the site it names.
  .filter((p) => !/[{}]/.test(p.phrase));
const WORDS = CANDIDATE_WORDS.filter((w) => !PHRASES.some((p) => p.phrase.split(/\s+/).includes(w)));
const pick = (shape: string, ...cats: string[]) =>
  PHRASES.filter((p) => p.shape === shape && (!cats.length || cats.includes(p.category))).map((p) => p.phrase);
const LEADS = pick("lead", "related");
const HEADINGS = pick("heading", "related");
const LINES = pick("line", "social", "promo");

const word = fc.constantFrom(...WORDS);
const sentence = fc.array(word, { minLength: 8, maxLength: 16 }).map((ws) => `${ws.join(" ")}.`);
const prose = fc.array(sentence, { minLength: 4, maxLength: 8 }).map((s) => s.join(" ")).filter((t) => t.length >= LONG - 40);
const shortWords = fc.array(word, { minLength: 2, maxLength: 6 }).map((ws) => ws.join(" "));
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/* ------------------------------------------------------------------------------- the trees */

type Block =
  | { kind: "para"; text: string }
  | { kind: "clutter"; html: string }
  | { kind: "junk"; html: string; safe: boolean }
  | { kind: "wrap"; tag: string; children: Block[] };

const links = fc.array(shortWords, { minLength: 2, maxLength: 5 }).map((ts) => ts.map((t, i) => `<li><a href="/berita/${i}">${cap(t)}</a></li>`).join(""));
const clutter: fc.Arbitrary<Block> = fc.oneof(
  fc.tuple(fc.constantFrom(...LEADS), shortWords).map(([p, t]) => `<p>${cap(p)}: <a href="/b">${cap(t)}</a></p>`),
  fc.tuple(fc.constantFrom(...HEADINGS), links).map(([p, l]) => `<h3>${cap(p)}</h3><ul>${l}</ul>`),
  fc.tuple(fc.constantFrom(...LINES), shortWords).map(([p, t]) => `<div>${cap(t)} ${p}</div>`),
).map((html) => ({ kind: "clutter", html }));

const SAFE_JUNK = [
  `<img src="https://contoh.id/foto.jpg" alt="foto">`, "<br>", "<hr>", `<figure><img src="/a.png" alt=""><figcaption>Foto pasar</figcaption></figure>`,
  "<span>kata</span>", "<div></div>", "<table><tbody><tr><td>1</td><td>2</td></tr></tbody></table>", "<em>miring</em>",
];
const UNSAFE_JUNK = [
  `<div class="related share ad-slot" id="x"></div>`, `<form action="/cari"><input name="q"><button>Cari</button></form>`,
  `<svg width="4" height="4"><circle r="2"></circle></svg>`, `<iframe src="/iklan.html"></iframe>`, `<script>var x = 1;</script>`,
  `<noscript><img src="/px.gif"></noscript>`, `<p style="color:red" onclick="x()">klik</p>`, `<template><p>t</p></template>`,
  `<a href="javascript:void(0)">menu</a>`, `<select><option>a</option></select>`, `<video src="/v.mp4" autoplay></video>`,
];
const junk = (allowUnsafe: boolean): fc.Arbitrary<Block> =>
  allowUnsafe
    ? fc.oneof(fc.constantFrom(...SAFE_JUNK).map((html) => ({ kind: "junk" as const, html, safe: true })),
      fc.constantFrom(...UNSAFE_JUNK).map((html) => ({ kind: "junk" as const, html, safe: false })))
    : fc.constantFrom(...SAFE_JUNK).map((html) => ({ kind: "junk" as const, html, safe: true }));

const WRAPPERS = ["div", "section", "article", "main", "blockquote"];
const tree = (allowUnsafe: boolean) =>
  fc.letrec<{ block: Block; blocks: Block[] }>((tie) => ({
    block: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      { arbitrary: prose.map((text): Block => ({ kind: "para", text })), weight: 4 },
      { arbitrary: clutter, weight: 2 },
      { arbitrary: junk(allowUnsafe), weight: 2 },
      { arbitrary: fc.tuple(fc.constantFrom(...WRAPPERS), tie("blocks")).map(([tag, children]): Block => ({ kind: "wrap", tag, children: children as Block[] })), weight: 1 },
    ),
    blocks: fc.array(tie("block"), { minLength: 1, maxLength: 6 }) as fc.Arbitrary<Block[]>,
  })).blocks;

/** An ordinary article, then random edits to it. */
const mutated = (allowUnsafe: boolean) =>
  fc.tuple(
    fc.array(prose, { minLength: 3, maxLength: 6 }),
    fc.array(fc.tuple(fc.nat(), fc.oneof(clutter, junk(allowUnsafe)), fc.constantFrom("insert", "wrap", "move")), { maxLength: 8 }),
  ).map(([paras, edits]) => {
    let blocks: Block[] = paras.map((text) => ({ kind: "para", text }));
    blocks.push({ kind: "clutter", html: `<h3>${cap(HEADINGS[0]!)}</h3><ul><li><a href="/1">Satu dua tiga</a></li><li><a href="/2">Empat lima</a></li></ul>` });
    for (const [n, extra, op] of edits) {
      const i = n % (blocks.length + 1);
      if (op === "insert") blocks.splice(i, 0, extra);
      else if (op === "wrap") blocks = [...blocks.slice(0, i), { kind: "wrap", tag: "div", children: blocks.slice(i, i + 2) }, ...blocks.slice(i + 2)];
      else if (blocks.length > 1) {
        const [b] = blocks.splice(i % blocks.length, 1);
        blocks.splice((n >> 3) % (blocks.length + 1), 0, b!);
      }
    }
    return blocks;
  });

/** HTML of the blocks; paragraphs are numbered so no two are alike (a repeat is a clutter signal). */
function render(blocks: Block[]): { html: string; paragraphs: string[]; safe: boolean } {
  const paragraphs: string[] = [];
  let safe = true;
  const out = (b: Block): string => {
    switch (b.kind) {
      case "para": {
        const text = `${cap(b.text)} Catatan ${paragraphs.length + 1} selesai.`;
        paragraphs.push(text);
        return `<p>${text}</p>`;
      }
      case "clutter": return b.html;
      case "junk": safe &&= b.safe; return b.html;
      case "wrap": return `<${b.tag}>${b.children.map(out).join("")}</${b.tag}>`;
    }
  };
  return { html: blocks.map(out).join("\n"), paragraphs, safe };
}

const textOf = (el: Element) => squash(el.textContent ?? "");
const hasSignal = (p: string) => MATCHERS.some((m) => m.test(p.toLowerCase()));

/* ------------------------------------------------------------------------------ properties */

describe("cleaner on random and mutated trees", () => {
  const check = (blocks: Block[]) => {
    const { html, paragraphs } = render(blocks);
    const root = doc.createElement("div");
    root.innerHTML = html;
    clean(root, { matchers: MATCHERS });
    const after = textOf(root);
    for (const p of paragraphs) {
      if (p.length < LONG || hasSignal(p)) continue;
      expect(after, `lost a ${p.length}-character paragraph from:\n${html}`).toContain(squash(p));
    }
  };

  it("never throws and never removes a long paragraph with no clutter signal (random trees)", () => {
    fc.assert(fc.property(tree(true), check), { numRuns: RUNS });
  }, HANG);

  it("… and the same on mutated articles", () => {
    fc.assert(fc.property(mutated(true), check), { numRuns: RUNS });
  }, HANG);

  it("removes the clutter it was given (the property above is not vacuous)", () => {
    const root = doc.createElement("div");
    root.innerHTML = render([{ kind: "para", text: "x ".repeat(200) }, { kind: "clutter", html: `<p>${cap(LEADS[0]!)}: <a href="/b">Judul lain</a></p>` }]).html;
    const removed = clean(root, { matchers: MATCHERS });
    expect(removed.map((r) => r.category)).toContain("related");
  });
});

describe("extract on random and mutated pages", () => {
  const page = (html: string) => {
    const d = doc.implementation.createHTMLDocument("Berita kota");
    d.body.innerHTML = `<header><a href="/">Beranda</a></header><main>${html}</main><footer>Hak cipta</footer>`;
    return d;
  };
  const check = (blocks: Block[]) => {
    const { html, paragraphs } = render(blocks);
    const d = page(html);
    let cleaned: string | null = null;
    let raw: string | null = null;
    try {
      raw = squash(plainReadability(d, null).text);
      cleaned = squash(extract(d, null).text);
    } catch (e) {
      if (!(e instanceof ExtractError)) throw e;
      return;
    }
    for (const p of paragraphs) {
      if (p.length < LONG || hasSignal(p) || !raw.includes(squash(p))) continue;
      expect(cleaned, `the cleaner lost a paragraph Readability kept, from:\n${html}`).toContain(squash(p));
    }
  };

  it("returns an article or an ExtractError, and keeps every long paragraph Readability kept", () => {
    fc.assert(fc.property(fc.oneof(tree(true), mutated(true)), check), { numRuns: Math.ceil(RUNS / 3) });
  }, HANG);
});

describe("the cleaner's output and the sanitiser", () => {
  const cleaned = (blocks: Block[]) => {
    const { html, safe } = render(blocks);
    const root = doc.createElement("div");
    root.innerHTML = html;
    clean(root, { matchers: MATCHERS });
    return { out: root.innerHTML, safe };
  };

  it("sanitising is stable on it (no mutation XSS) and leaves nothing unsafe", () => {
    fc.assert(fc.property(fc.oneof(tree(true), mutated(true)), (blocks) => {
      const { out } = cleaned(blocks);
      const once = sanitize(out);
      expect(sanitize(once)).toBe(once);
      expect(unsafeParts(once)).toEqual([]);
    }), { numRuns: RUNS });
  }, HANG);

  it("passes it unchanged when the page used only allowed markup (the cleaner introduces nothing)", () => {
    const linkAttrs = / target="_blank" rel="noopener noreferrer"/g;
    fc.assert(fc.property(fc.oneof(tree(false), mutated(false)), (blocks) => {
      const { out, safe } = cleaned(blocks);
      fc.pre(safe);
      expect(sanitize(out).replace(linkAttrs, "")).toBe(out);
    }), { numRuns: RUNS });
  }, HANG);
});
