/**
 * The rule data (src/rules) is validated here: shapes (valibot), phrases lower-case and collapsed,
 * no duplicates, canonical sorted order, every category referenced exists, every selector parses.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { CATEGORIES, LOCALES, SELECTOR_RULES } from "../../src/rules/index.ts";

const RULES = join(import.meta.dirname, "../../src/rules");
const readJson = (p: string): unknown => JSON.parse(readFileSync(join(RULES, p), "utf8"));
const SHAPES = ["heading", "label", "lead", "line"] as const;

const Text = v.pipe(v.string(), v.minLength(1));
const Localised = v.pipe(
  v.record(v.string(), Text),
  v.check((r) => "en" in r && "id" in r, "needs an English and an Indonesian text"),
);
const CategoryFile = v.array(
  v.strictObject({
    id: v.pipe(v.string(), v.regex(/^[a-z][a-z-]*$/)),
    default: v.boolean(),
    name: Localised,
    description: Localised,
    example: Localised,
  }),
);
const PhraseList = v.pipe(v.array(Text), v.minLength(1));
const LocaleFile = v.objectWithRest(
  { locale: v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/)) },
  v.strictObject({
    heading: v.optional(PhraseList),
    label: v.optional(PhraseList),
    lead: v.optional(PhraseList),
    line: v.optional(PhraseList),
  }),
);
const SelectorFile = v.array(
  v.strictObject({ id: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/)), category: Text, selector: Text }),
);

const localeFiles = readdirSync(join(RULES, "locales")).filter((f) => f.endsWith(".json")).sort();
const categoryIds = new Set(CATEGORIES.map((c) => c.id));
const sorted = (xs: readonly string[]) => [...xs].sort();

describe("categories.json", () => {
  it("has the documented shape, with English and Indonesian texts", () => {
    expect(() => v.parse(CategoryFile, readJson("categories.json"))).not.toThrow();
  });
  it("has unique ids, including the ones the cleaner reports", () => {
    const ids = CATEGORIES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ["related", "social", "promo", "comments", "tags", "credits", "duplicate", "nav"]) expect(ids).toContain(id);
  });
});

describe("locale phrase lists", () => {
  it("cover the corpora's languages and the big news languages beyond them, Indonesian and Malay first", () => {
    expect(localeFiles.map((f) => f.replace(".json", ""))).toEqual(sorted(["id", "ms", "en", "de", "fr", "es", "pt", "it", "nl", "pl", "fi", "ru", "tr", "ar", "hi", "vi", "th", "tl", "zh", "ja", "ko"]));
    expect(LOCALES.slice(0, 2).map((l) => l.locale)).toEqual(["id", "ms"]);
    expect(LOCALES.length).toBe(localeFiles.length);
  });

  for (const file of localeFiles) {
    describe(file, () => {
      const data = readJson(`locales/${file}`) as Record<string, unknown>;
      it("has the documented shape and its locale matches the file name", () => {
        expect(() => v.parse(LocaleFile, data)).not.toThrow();
        expect(data.locale).toBe(file.replace(".json", ""));
      });
      it("references only existing categories, in sorted order", () => {
        const cats = Object.keys(data).filter((k) => k !== "locale");
        for (const c of cats) expect(categoryIds, `${file}: unknown category ${c}`).toContain(c);
        expect(cats).toEqual(sorted(cats));
      });
      it("keeps every list lower-case, collapsed, sorted and free of duplicates", () => {
        for (const [cat, shapes] of Object.entries(data)) {
          if (cat === "locale") continue;
          const s = shapes as Record<string, string[]>;
          expect(Object.keys(s)).toEqual(sorted(Object.keys(s)));
          for (const [shape, list] of Object.entries(s)) {
            const where = `${file} ${cat}.${shape}`;
            expect(SHAPES as readonly string[], where).toContain(shape);
            for (const p of list) {
              expect(p, where).toBe(p.toLowerCase());
              expect(p, where).toBe(p.replace(/\s+/g, " ").trim());
            }
            expect(new Set(list).size, `${where} has duplicates`).toBe(list.length);
            expect(list, `${where} is not in canonical order`).toEqual(sorted(list));
          }
        }
      });
      it("writes a site slot only as {site} or {domain}, once, in a line or heading phrase with words of its own", () => {
        for (const [cat, shapes] of Object.entries(data)) {
          if (cat === "locale") continue;
          for (const [shape, list] of Object.entries(shapes as Record<string, string[]>)) {
            for (const p of list.filter((x) => /[{}]/.test(x))) {
              const where = `${file} ${cat}.${shape}: ${p}`;
              // A heading: the site's own section over a list or a player ("Okezone Video").
              expect(["line", "heading"], where).toContain(shape);
              expect(p.match(/\{(?:site|domain)\}/g)?.length, where).toBe(1);
              expect(p.replace(/\{(?:site|domain)\}/, ""), where).not.toMatch(/[{}]/);
              // The slot alone would hide every line that names the site ("kata X kepada Kompas.com").
              expect(p.replace(/\{(?:site|domain)\}/, "").replace(/[^\p{L}]/gu, "").length, where).toBeGreaterThanOrEqual(4);
            }
          }
        }
      });
    });
  }

  it("has a read-also family in every language", () => {
    const lead = (loc: string) => (LOCALES.find((l) => l.locale === loc)?.related as { lead: string[] }).lead;
    expect(lead("id")).toContain("baca juga");
    expect(lead("ms")).toContain("baca juga");
    expect(lead("en")).toContain("read more");
    expect(lead("de")).toContain("lesen sie auch");
    expect(lead("fr")).toContain("à lire aussi");
    expect(lead("es")).toContain("lee también");
    expect(lead("pt")).toContain("leia também");
    expect(lead("it")).toContain("leggi anche");
    expect(lead("nl")).toContain("lees ook");
    expect(lead("pl")).toContain("czytaj też");
    expect(lead("fi")).toContain("lue myös");
    expect(lead("ru")).toContain("читайте также");
    expect(lead("tr")).toContain("ilgili haber");
    expect(lead("ar")).toContain("اقرأ أيضا");
    expect(lead("hi")).toContain("यह भी पढ़ें");
    expect(lead("vi")).toContain("xem thêm");
    expect(lead("th")).toContain("อ่านเพิ่มเติม");
    expect(lead("tl")).toContain("basahin din");
    expect(lead("zh")).toContain("延伸阅读");
    expect(lead("ja")).toContain("関連記事");
    expect(lead("ko")).toContain("관련기사");
  });
});

describe("selectors.json", () => {
  const { document } = new JSDOM("<!doctype html><body><p>x</p></body>").window;
  it("has the documented shape, unique ids, sorted by category then id", () => {
    expect(() => v.parse(SelectorFile, readJson("selectors.json"))).not.toThrow();
    const ids = SELECTOR_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const keys = SELECTOR_RULES.map((r) => `${r.category}\u0000${r.id}`);
    expect(keys).toEqual(sorted(keys));
  });
  it("references only existing categories", () => {
    for (const r of SELECTOR_RULES) expect(categoryIds, r.id).toContain(r.category);
  });
  it("has selectors that parse, each list sorted and free of duplicates", () => {
    for (const r of SELECTOR_RULES) {
      expect(() => document.querySelectorAll(r.selector), r.id).not.toThrow();
      const parts = r.selector.split(/,\s*/);
      expect(parts, r.id).toEqual(sorted(parts));
      expect(new Set(parts).size, r.id).toBe(parts.length);
    }
  });
  it("never matches an article's own structure", () => {
    // The live-page hider compiles these rules into a stylesheet: the article, its paragraphs,
    // headings, figures and captions must stay.
    const page = new JSDOM(`<!doctype html><body><main><article class="post entry-content article-body">
      <h1 class="entry-title">Title</h1><p class="lead">Lead</p><figure class="wp-caption"><img src="a.jpg">
      <figcaption class="wp-caption-text">Caption</figcaption></figure><p>Body text</p>
      <blockquote class="twitter-tweet"><p>Quote</p></blockquote><p class="share-price">Shares rose.</p>
      <div class="fb-post" data-href="https://www.facebook.com/x/posts/1"></div>
      <iframe src="https://www.facebook.com/plugins/video.php?href=x"></iframe><iframe src="https://www.facebook.com/plugins/post.php?href=x"></iframe>
      </article></main></body>`).window.document;
    for (const r of SELECTOR_RULES) expect(page.querySelectorAll(r.selector).length, r.id).toBe(0);
  });
});
