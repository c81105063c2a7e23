/**
 * One helper for every site-pack test (tests/unit/sites/<domain>.test.ts): reads the site's fixture
 * page (tests/fixtures/sites/<domain>.html, written after the site's real markup) through `extract`
 * under the site's real address, and checks what a reader would notice:
 *  - the article starts with its first words (the pack found the body);
 *  - every block the pack cleans is present in the fixture and gone from the article, and those
 *    that sat inside the article are listed as removed by the site's rule (`site:<domain>:<n>`);
 *  - the clutter lines its phrases target are present in the fixture and gone from the article.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { extract } from "../../../src/core/extract.ts";
import { findSitePack } from "../../../src/core/sitepack.ts";
import { squash } from "../../../src/core/text.ts";
import { SITE_PACKS } from "../../../src/rules/index.ts";

export interface SiteCase {
  /** An article address on the site (a subdomain is fine): the pack is found by host. */
  url: string;
  /** The article's first words, as the reader view shows them. */
  firstWords: string;
  /** Clutter lines of the fixture that the pack's phrases (or the generic rules) must remove. */
  absent?: string[];
  /** Sentences from the end of the article that must survive. */
  kept?: string[];
}

export function fixturePath(domain: string): string {
  return fileURLToPath(new URL(`../../fixtures/sites/${domain}.html`, import.meta.url));
}

export function loadFixture(domain: string, url: string): Document {
  return new JSDOM(readFileSync(fixturePath(domain), "utf8"), { url }).window.document;
}

export function describeSitePack(domain: string, c: SiteCase): void {
  describe(`site pack ${domain}`, () => {
    const pack = SITE_PACKS.find((p) => p.domain === domain);
    const doc = loadFixture(domain, c.url);
    const article = extract(doc, c.url);
    const text = squash(article.text);

    it("is the pack of the article's address", () => {
      expect(pack).toBeDefined();
      expect(findSitePack(c.url)).toBe(pack);
    });

    it("reads the article from its first words", () => {
      expect(text.startsWith(squash(c.firstWords))).toBe(true);
      for (const k of c.kept ?? []) expect(text).toContain(squash(k));
      const body = (pack?.content ?? []).map((s) => doc.querySelector(s)).find((el) => el);
      expect(body, "no content selector of the pack matches the fixture").toBeTruthy();
      expect(squash(body?.textContent ?? "")).toContain(squash(c.firstWords));
    });

    it("removes every block the pack cleans", () => {
      for (const [n, rule] of (pack?.clean ?? []).entries()) {
        const found = Array.from(doc.querySelectorAll(rule.selector));
        expect(found.length, `clean selector ${rule.selector} matches nothing in the fixture`).toBeGreaterThan(0);
        for (const el of found) {
          const block = squash(el.textContent ?? "");
          if (block) expect(text, `${rule.selector} (site:${domain}:${n}) left its text`).not.toContain(block);
        }
      }
    });

    it("credits what it removed inside the article to the site's rules", () => {
      const body = (pack?.content ?? []).map((s) => doc.querySelector(s)).find((el) => el);
      const inside = (pack?.clean ?? []).flatMap((rule, n) =>
        Array.from(doc.querySelectorAll(rule.selector)).some((el) => body?.contains(el) && squash(el.textContent ?? "")) ? [`site:${domain}:${n}`] : []);
      const credited = new Set(article.removed.map((r) => r.rule));
      for (const id of inside) expect(credited, `${id} not in the removal list`).toContain(id);
    });

    it("removes the clutter lines", () => {
      const page = squash(doc.body.textContent ?? "");
      for (const line of c.absent ?? []) {
        expect(page, `fixture lacks "${line}"`).toContain(squash(line));
        expect(text).not.toContain(squash(line));
      }
    });
  });
}
