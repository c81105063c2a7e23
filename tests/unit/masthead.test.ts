/**
 * The masthead inside the pick (src/core/masthead.ts), on pages written for this repository
 * (tests/fixtures/masthead/): an older CMS's page whose box opens with a stray line of stylesheet,
 * a sign-in button's text and a section label above the headline (a paragraph, not a heading);
 * and an essay that opens with prose and later repeats its title as a heading, which is no masthead.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core/extract.ts";
import { squash } from "../../src/core/text.ts";

const load = (name: string) => new JSDOM(readFileSync(join(import.meta.dirname, "../fixtures/masthead", `${name}.html`), "utf8")).window.document;
const read = (name: string, ruleOff?: (rule: string) => boolean) => squash(extract(load(name), null, { ruleOff }).text);

describe("what the pick holds above the headline is the site's masthead", () => {
  it("starts the article at its first paragraph", () => {
    const text = read("above-headline");
    expect(text.startsWith("A feira do livro volta à praça central em setembro, depois")).toBe(true);
    expect(text).toContain("no site da prefeitura.");
  });

  it("is the rule that does it: without it the masthead and the headline open the text", () => {
    const text = read("above-headline", (r) => r === "shape:nav:masthead");
    expect(text).toContain("Entrar");
    expect(text).toContain("Feira do livro volta à praça central em setembro A feira");
  });
});

describe("a title repeated below the first paragraph is no masthead", () => {
  it("keeps the essay whole", () => {
    const text = read("title-below-prose");
    expect(text).toContain("Every town has a building");
    expect(text).toContain("It was saved from demolition twice");
    expect(text).toContain("It matters because it is the last place");
  });
});
