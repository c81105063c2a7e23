/**
 * The body the page marks as its article (src/core/body-mark.ts), on fixture pages written for this
 * repository (tests/fixtures/body-mark/): a short podcast post in a theme's marked body beside a
 * longer author bio that Readability alone scores higher; a body built of a page builder's text boxes,
 * of which Readability alone keeps one; near misses where the marks must not win.
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

describe("a body split into a page builder's text boxes is read whole", () => {
  const first = "Ab dem Frühjahr fährt eine neue Fähre";
  const second = "Das Schiff bietet Platz für zweihundert Fahrgäste";

  it("reads both boxes of prose, in the page's order, and not the page's footer", () => {
    const text = read("paragraph-blocks");
    expect(text).toContain(first);
    expect(text).toContain("schwimmendes Museum im Binnenhafen");
    expect(text).toContain(second);
    expect(text.indexOf(first)).toBeLessThan(text.indexOf(second));
    expect(text).not.toContain("Kreisblatt, die Zeitung");
  });

  it("is the rule that does it: without it the reader gets one box", () => {
    const text = read("paragraph-blocks", (r) => r === RULE);
    expect(text).toContain(second);
    expect(text).not.toContain(first);
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

  it("takes text widgets around an unmarked article for no split body", () => {
    const text = read("text-widgets-beside");
    expect(text).toContain("The market hall on the river front opens again");
    expect(text).toContain("the brass band of the fire brigade");
    expect(text).not.toContain("We are a small team of volunteers");
    expect(text).not.toContain("Once a week we send a short letter");
    // The box holding both widgets holds the article too: it marks no body.
    expect(markBody(load("text-widgets-beside"))).toBeNull();
  });
});
