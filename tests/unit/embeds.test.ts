/**
 * Embedded posts (src/core/embeds.ts) on fixture pages written for this repository
 * (tests/fixtures/embeds/): tweets quoted in an article, one in a box named "social-media-embed"
 * (which Readability's unlikely-candidate test drops) and a short one in a "widget" box (which its
 * conditional cleaning drops); a tweet in the page's sidebar; and a plain quotation in a "social"
 * box, which is no platform's embed code and stays out.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { inEmbeddedPost, isEmbeddedPost } from "../../src/core/embeds.ts";
import { extract } from "../../src/core/extract.ts";
import { squash } from "../../src/core/text.ts";

const load = (name: string) => new JSDOM(readFileSync(join(import.meta.dirname, "../fixtures/embeds", `${name}.html`), "utf8")).window.document;
const read = (name: string, ruleOff?: (rule: string) => boolean) => squash(extract(load(name), null, { ruleOff }).text);

const firstPost = "Nine votes to four. The ferry stays.";
const shortPost = "OUR STATEMENT ON THE FERRY VOTE";

describe("posts the article quotes are article text", () => {
  it("keeps a tweet in a box Readability drops, and a short one in a widget box, in their place", () => {
    const text = read("quoted-posts");
    const order = ["celebrated the result online", firstPost, "— East Bank Residents (@eastbankers)", "ferry's operator said", shortPost, "finance committee"];
    let at = -1;
    for (const p of order) {
      const i = text.indexOf(p);
      expect(i, `"${p}" missing or out of order`).toBeGreaterThan(at);
      at = i;
    }
  });

  it("leaves the post's date line out, as any date line: the corpora disagree on it, and ours leave it out", () => {
    const text = read("quoted-posts");
    expect(text).toContain("(@eastbankers)");
    expect(text).not.toContain("May 14, 2024");
  });

  it("is the rule that does it: without it both posts are lost", () => {
    const text = read("quoted-posts", (r) => r === "pick:embed-free");
    expect(text).not.toContain(firstPost);
    expect(text).not.toContain(shortPost);
    expect(text).toContain("celebrated the result online");
  });

  it("without the cleaner's part, a post that is one link in capitals goes as a teaser link", () => {
    const text = read("quoted-posts", (r) => r === "spare:embed-quoted");
    expect(text).toContain(firstPost);
    expect(text).not.toContain(shortPost);
  });
});

describe("what stays out", () => {
  it("leaves the sidebar's tweet in the sidebar", () => {
    expect(read("quoted-posts")).not.toContain("weekend guide to the valley's markets");
  });

  it("does not free a plain quotation from a box named social: it is no platform's embed", () => {
    const text = read("boxed-quote");
    expect(text).toContain("The room will open on weekday afternoons");
    expect(text).not.toContain("waiting for a train that never has to come");
  });
});

describe("isEmbeddedPost", () => {
  const doc = new JSDOM(
    '<blockquote class="instagram-media" id="ig"><p id="cap">A walk by the lake</p></blockquote><blockquote class="tweet-like" id="no"></blockquote><div class="fb-post" id="fb"></div><p class="twitter-tweet" id="p"></p>',
  ).window.document;
  const el = (id: string) => doc.getElementById(id)!;

  it("knows the platforms' embed classes on a blockquote or div, and nothing else", () => {
    expect(isEmbeddedPost(el("ig"))).toBe(true);
    expect(isEmbeddedPost(el("fb"))).toBe(true);
    expect(isEmbeddedPost(el("no"))).toBe(false);
    expect(isEmbeddedPost(el("p"))).toBe(false);
    expect(inEmbeddedPost(el("cap"))).toBe(true);
  });
});
