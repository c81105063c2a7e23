/**
 * The one-walk matcher for the built-in selector rules finds exactly what jsdom's querySelectorAll
 * finds: on markup written to hit every selector form (and near misses), and on the corpus pages
 * (read in place when they are there).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { JSDOM, VirtualConsole } from "jsdom";
import { describe, expect, it } from "vitest";
import { selectAllOf, simpleSelector } from "../../src/core/simple-selector.ts";
import { SELECTOR_RULES, SITE_PACKS } from "../../src/rules/index.ts";

/** The built-in rules and every site pack's content and clean selectors. */
const SELECTORS = [
  ...SELECTOR_RULES.map((r) => r.selector),
  ...SITE_PACKS.flatMap((p) => [...(p.content ?? []), ...(p.clean ?? []).map((c) => c.selector)]),
];
const engine = (root: Element, sels: readonly string[]) => sels.map((s) => Array.from(root.querySelectorAll(s)));
/** Same elements (by identity), same order. */
const same = (a: Element[][], b: Element[][]) => a.length === b.length && a.every((l, i) => l.length === b[i]!.length && l.every((x, j) => x === b[i]![j]));

const MARKUP = `<!doctype html><body>
<div id="comments"><form class="comment-form x">a</form><div class="comment-form">not a form</div></div>
<div id="Comments">case differs</div><div class="Comment-list">case differs</div>
<section id="disqus_thread"></section><div id="disqusx"></div><div id="xdisqus"></div>
<ins class=" adsbygoogle  big "></ins><div data-ad-slot=""></div><div data-ad-slots="1"></div>
<div id="div-gpt-ad-123"><div class="ad-slot"><span class="advertisement">ad</span></div></div>
<a class="twitter-timeline" href="#">t</a><span class="twitter-timeline">no</span>
<svg><a class="twitter-timeline"></a><g class="share-bar"></g></svg>
<ul class="related-posts related_posts"><li class="relatedposts">x</li></ul>
<div class="tags-links\tpost-tags"></div><div class="tagcloud-x"></div>
<amp-ad type="doubleclick"></amp-ad><amp-ads>near miss</amp-ads><amp-social-share type="x"></amp-social-share>
<iframe src="https://www.facebook.com/plugins/like.php?href=x"></iframe><iframe src="https://www.facebook.com/plugins/post.php?href=x"></iframe><iframe src=""></iframe>
<div data-qa-id="story-content">x</div><div data-qa-id="story-contents">x</div><div data-qa-id="Story-content">x</div>
</body>`;

describe("simple selector rules in one walk", () => {
  it("every built-in rule is understood (none falls back to the engine)", () => {
    expect(SELECTORS.filter((s) => !simpleSelector(s))).toEqual([]);
  });

  it("refuses what it does not understand", () => {
    for (const s of ["div > p", "a:not(.x)", "[data-x$=\"1\"]", "[data-x=\"1\" i]", "*", "div p", ".a:hover"]) expect(simpleSelector(s)).toBeNull();
  });

  it("matches what querySelectorAll matches, in the same order", () => {
    const doc = new JSDOM(MARKUP).window.document;
    const ours = selectAllOf(doc.body, SELECTORS);
    expect(same(ours, engine(doc.body, SELECTORS))).toBe(true);
    expect(ours.flat().length).toBeGreaterThan(10);
    const extra = ["div > p", "bad[[selector", "#comments, .ad-slot"];
    expect(same(selectAllOf(doc.body, extra), [[], [], engine(doc.body, ["#comments, .ad-slot"])[0]!])).toBe(true);
  });

  it("on a quirks-mode page, matches what the engine matches (classes without case)", () => {
    const doc = new JSDOM(MARKUP.replace("<!doctype html>", "")).window.document;
    expect(doc.compatMode).toBe("BackCompat");
    const ours = selectAllOf(doc.body, SELECTORS);
    expect(same(ours, engine(doc.body, SELECTORS))).toBe(true);
    // jsdom folds the case of classes there (a browser folds ids too): the walk must not miss them.
    expect(ours.flat().map((e) => e.getAttribute("class"))).toContain("Comment-list");
  });

  const corpus = "/work/shared/corpus";
  const pages = existsSync(corpus)
    ? readdirSync(corpus).filter((d) => existsSync(`${corpus}/${d}/pages`)).flatMap((d) =>
      readdirSync(`${corpus}/${d}/pages`).filter((f) => f.endsWith(".html")).slice(0, 4).map((f) => `${corpus}/${d}/pages/${f}`))
    : [];
  it.runIf(pages.length > 0)("matches what querySelectorAll matches on corpus pages", () => {
    const vc = new VirtualConsole();
    let total = 0;
    for (const file of pages) {
      const doc = new JSDOM(readFileSync(file), { virtualConsole: vc }).window.document;
      if (!doc.body) continue;
      const ours = selectAllOf(doc.body, SELECTORS);
      expect([file, same(ours, engine(doc.body, SELECTORS))]).toEqual([file, true]);
      total += ours.flat().length;
    }
    expect(total).toBeGreaterThan(0);
  }, 120_000);
});
