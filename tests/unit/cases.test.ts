/**
 * Every generic extraction case (tests/fixtures/cases/<name>/: pages written for this repository,
 * modelled on real structures; layout in scripts/cases.ts): the reader's text is expected.txt exactly,
 * and title, byline, site name, language and date are expected-metadata.json. A field the extractor
 * gets wrong today is listed in the case's case.json under "wrong" (with why); its expected value is
 * the right one and its test is marked as failing, so it turns red the day the extractor gets it right.
 * After a deliberate change: `node scripts/new-case.mjs --all`, and read the diff it prints.
 */
import { describe, expect, it } from "vitest";
import { caseNames, expectedFiles, loadCase, readCase, type CaseMetadata } from "../../scripts/cases.ts";

const names = caseNames();

it("there are cases to run", () => {
  expect(names.length).toBeGreaterThanOrEqual(5);
});

describe.each(names)("case %s", (name) => {
  const c = loadCase(name);
  const out = readCase(c.html, c.url);
  it("text is expected.txt", () => {
    expect(expectedFiles(out)["expected.txt"]).toBe(c.text);
  });
  for (const field of Object.keys(c.metadata) as (keyof CaseMetadata)[]) {
    const why = c.wrong[field];
    const test = why ? it.fails : it;
    test(`${field}${why ? ` (known wrong: ${why})` : ""}`, () => {
      expect(out.metadata[field]).toEqual(c.metadata[field]);
    });
  }
  it("metadata has exactly the fields the extractor gives", () => {
    expect(Object.keys(c.metadata)).toEqual(Object.keys(out.metadata));
  });
});
