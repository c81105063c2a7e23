/**
 * The site packs are data: every file of src/rules/sites parses with the pack schema, is loaded by
 * src/rules/sites/index.ts, is named after its domain, uses valid selectors and existing
 * categories, and is written in the canonical form `npm run new-site` writes.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { JSDOM } from "jsdom";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { CATEGORIES, SITE_PACKS } from "../../../src/rules/index.ts";
import { CLEAN_KEYS, PACK_KEYS, SitePackSchema } from "../../../src/rules/sites/schema.ts";

const dir = fileURLToPath(new URL("../../../src/rules/sites/", import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
const categories = new Set(CATEGORIES.map((c) => c.id));
const doc = new JSDOM("<!DOCTYPE html><p>x</p>").window.document;

/** The canonical text of a pack: keys in schema order, two-space JSON, one trailing newline. */
function canonical(pack: Record<string, unknown>): string {
  const ordered: Record<string, unknown> = {};
  for (const k of PACK_KEYS) if (k in pack) ordered[k] = pack[k];
  if (Array.isArray(ordered.clean)) {
    ordered.clean = ordered.clean.map((c: Record<string, unknown>) => Object.fromEntries(CLEAN_KEYS.map((k) => [k, c[k]])));
  }
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

const validSelector = (s: string) => {
  try {
    doc.querySelectorAll(s);
    return true;
  } catch {
    return false;
  }
};

describe("site packs", () => {
  it("covers the sites our first readers open every day", () => {
    const domains = SITE_PACKS.map((p) => p.domain);
    for (const d of ["detik.com", "kompas.com", "tribunnews.com", "liputan6.com", "medcom.id", "cnnindonesia.com",
      "okezone.com", "suara.com", "kumparan.com", "tempo.co", "antaranews.com", "republika.co.id", "viva.co.id",
      "merdeka.com", "sindonews.com", "idntimes.com", "jpnn.com", "pikiran-rakyat.com", "beritasatu.com", "kapanlagi.com"]) {
      expect(domains).toContain(d);
    }
  });

  it("loads every pack file exactly once", () => {
    expect(SITE_PACKS.map((p) => `${p.domain}.json`).sort()).toEqual(files);
  });

  for (const file of files) {
    describe(file, () => {
      const text = readFileSync(dir + file, "utf8");
      const raw = JSON.parse(text) as Record<string, unknown>;

      it("parses with the pack schema and is named after its domain", () => {
        const r = v.safeParse(SitePackSchema, raw);
        expect(r.issues?.map((i) => `${v.getDotPath(i)}: ${i.message}`) ?? []).toEqual([]);
        expect(file).toBe(`${raw.domain}.json`);
      });

      it("is written in canonical form", () => {
        expect(text).toBe(canonical(raw));
      });

      it("uses valid selectors and existing categories", () => {
        const pack = v.parse(SitePackSchema, raw);
        for (const s of [...(pack.content ?? []), ...(pack.nextPage ?? []), ...(pack.clean ?? []).map((c) => c.selector)]) {
          expect(validSelector(s), `invalid selector ${s}`).toBe(true);
        }
        for (const c of pack.clean ?? []) expect(categories, `unknown category ${c.category}`).toContain(c.category);
        for (const [category, shapes] of Object.entries(pack.phrases ?? {})) {
          expect(categories, `unknown category ${category}`).toContain(category);
          for (const list of Object.values(shapes)) {
            for (const p of list ?? []) expect(p, "phrases are lower case, whitespace collapsed").toBe(p.toLowerCase().replace(/\s+/g, " ").trim());
          }
        }
      });

      it("says which markup it was written from", () => {
        // A pack checked against no saved page of its site is a guess: the note says how far to trust it.
        expect(typeof raw.source, "add a `source` note (src/rules/sites/schema.ts)").toBe("string");
      });

      it("has its fixture and its test", () => {
        const tests = fileURLToPath(new URL(`./${raw.domain}.test.ts`, import.meta.url));
        const fixture = fileURLToPath(new URL(`../../fixtures/sites/${raw.domain}.html`, import.meta.url));
        expect(readFileSync(tests, "utf8")).toContain(`describeSitePack("${raw.domain}"`);
        expect(readFileSync(fixture, "utf8").length).toBeGreaterThan(500);
      });
    });
  }
});
