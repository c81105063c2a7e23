/**
 * The body the page marks as its article (src/core/body-mark.ts), on fixture pages written for this
 * repository (tests/fixtures/body-mark/): a short podcast post in a theme's marked body beside a
 * longer author bio that Readability alone scores higher; near misses where the marks must not win.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { markBody } from "../../src/core/body-mark.ts";
import { extract } from "../../src/core/extract.ts";
import { squash } from "../../src/core/text.ts";

const load = (name: string) =>
  new JSDOM(readFileSync(join(import.meta.dirname, "../fixtures/body-mark", `${name}.html`), "utf8")).window.document;
const read = (name: string, ruleOff?: (rule: string) => boolean) => squash(extract(load(name), null, { ruleOff }).text);
const RULE = "pick:body-mark";

describe("the marked body, not the bio Readability kept beside it", () => {
  const post = ["Recorded on the pier at the harbour fair", "They talk about oak, tar and patience"];

  it("reads the post's lines and leaves the host's bio out", () => {
    const text = read("short-post-long-bio");
    for (const line of post) expect(text).toContain(line);
    expect(text).not.toContain("Radio maker, sailor");
  });

  it("is the rule that does it: without it the reader gets the bio alone", () => {
    const text = read("short-post-long-bio", (r) => r === RULE);
    expect(text).toContain("Radio maker, sailor");
    expect(text).not.toContain(post[0]);
  });
});

describe("near misses: the marks do not win", () => {
  it("keeps the unmarked article when the only marked box is a list of headline links", () => {
    const asked: string[] = [];
    const text = read("marked-link-list", (r) => (asked.push(r), false));
    expect(text).toContain("The night ferry between the harbour and the outer islands runs again");
    expect(text).toContain("decide in October whether the late sailing stays");
    expect(text).not.toContain("Harbour crane to be lifted out");
    expect(asked).not.toContain(RULE);
  });

  it("marks no body on an archive page of two marked posts", () => {
    const asked: string[] = [];
    const text = read("archive-two-posts", (r) => (asked.push(r), false));
    expect(text).toContain("Recorded on the pier at the harbour fair");
    expect(text).toContain("Recorded in the tower at Grey Point");
    expect(asked).not.toContain(RULE);
    expect(markBody(load("archive-two-posts"))).toBeNull();
    expect(markBody(load("short-post-long-bio"))?.box.className).toBe("entry-content");
  });
});
