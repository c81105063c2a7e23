/**
 * The schema of a site pack file (src/rules/sites/<domain>.json). The unit test
 * tests/unit/sites/packs.test.ts parses every pack with it; `npm run new-site` writes packs in
 * this key order (the canonical order the test checks).
 */
import * as v from "valibot";

const selectorList = v.pipe(v.array(v.pipe(v.string(), v.trim(), v.minLength(1))), v.minLength(1));
const phraseList = v.pipe(v.array(v.pipe(v.string(), v.minLength(1))), v.minLength(1));

export const SitePackSchema = v.strictObject({
  /** Registrable domain, lower case, no "www.": the pack also holds on every subdomain. */
  domain: v.pipe(v.string(), v.regex(/^(?!www\.)[a-z0-9-]+(\.[a-z0-9-]+)+$/, "a lower-case domain without www.")),
  /**
   * Which markup the selectors were written from, and what checked them: a saved page of the site
   * (which layout, which year), or only the hand-written fixture. One short sentence; not read by
   * the code, it tells the next maintainer how far to trust the pack.
   */
  source: v.optional(v.pipe(v.string(), v.trim(), v.minLength(10), v.maxLength(400))),
  content: v.optional(selectorList),
  clean: v.optional(v.pipe(v.array(v.strictObject({
    selector: v.pipe(v.string(), v.trim(), v.minLength(1)),
    category: v.pipe(v.string(), v.minLength(1)),
  })), v.minLength(1))),
  phrases: v.optional(v.record(v.string(), v.strictObject({
    lead: v.optional(phraseList),
    heading: v.optional(phraseList),
    line: v.optional(phraseList),
  }))),
  nextPage: v.optional(selectorList),
  allOnOnePage: v.optional(v.strictObject({
    param: v.pipe(v.string(), v.minLength(1)),
    value: v.string(),
  })),
});

/** Key order of a pack file, top level then clean entries. */
export const PACK_KEYS = ["domain", "source", "content", "clean", "phrases", "nextPage", "allOnOnePage"] as const;
export const CLEAN_KEYS = ["selector", "category"] as const;
