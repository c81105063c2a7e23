/**
 * A page that keeps a copy of its article for search engines (schema.org microdata in a box the
 * markup hides) and a header bar that holds the logo, the search and the follow icons in one row
 * (tests/fixtures/live/news/seo-copy.html, own words, modelled on a magazine template): the live
 * page protects the article people see, never the hidden copy; a share row never grows into the
 * header's logo, section name and search, nor takes a bar of the site's own links that holds two
 * follow icons; a sidebar's list goes without the search widget above it.
 */
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { findArticleRoot } from "../../src/core/live-shapes.ts";
import type { Hit } from "../../src/core/types.ts";
import { liveHits } from "./live-hits.ts";

const FIXTURE = readFileSync(new URL("../fixtures/live/news/seo-copy.html", import.meta.url), "utf8");
const URL_ = "https://www.example-tribune.com/science/2025/11/five-things-in-science-2025-11";
const load = (html = FIXTURE) => new JSDOM(html, { url: URL_ }).window.document;
const hiddenBy = (hs: Hit[], el: Element) => hs.find((h) => h.el === el || h.el.contains(el));

describe("a page with a hidden copy of its article and a one-bar header", () => {
  const doc = load();
  const hits = liveHits(doc);

  it("hides the header's follow icons and the share row under the story as social, the sidebar's most-read list as related", () => {
    const clutter = Array.from(doc.querySelectorAll("[data-clutter]"));
    expect(clutter.map((el) => el.getAttribute("data-clutter"))).toEqual(["social", "social", "related"]);
    for (const el of clutter) expect(hiddenBy(hits, el)?.category, el.className).toBe(el.getAttribute("data-clutter"));
  });

  it("keeps every paragraph and headline of the list article, its title and byline, the logo, the section, the search, the menu bar, the sidebar's search and the footer", () => {
    for (const el of Array.from(doc.querySelectorAll("[data-para], [data-keep], .story-text h2"))) {
      expect(hits.filter((h) => h.el === el || h.el.contains(el)).map((h) => h.rule), el.textContent!.trim().slice(0, 40)).toEqual([]);
    }
  });

  it("takes the visible article as the article, not the copy the markup hides", () => {
    expect(findArticleRoot(doc)?.className).toBe("story-text");
  });

  it("skips a body mark inside a hidden box, whether an inline style or the hidden attribute hides it", () => {
    const body = (attrs: string) => `<div ${attrs}><div itemprop="articleBody">${"Hidden copy of the story for feeds. ".repeat(8)}</div></div>`;
    const visible = `<div class="shown"><p>${"The story as people read it, one long paragraph of prose. ".repeat(4)}</p><p>${"Another paragraph of the same story, long enough to count. ".repeat(3)}</p></div>`;
    for (const attrs of ['style="display: none !important"', 'style="color: red; visibility:hidden"', "hidden"]) {
      const page = load(`<!doctype html><body>${body(attrs)}${visible}</body>`);
      expect(findArticleRoot(page)?.className, attrs).toBe("shown");
    }
    const shown = load(`<!doctype html><body>${body('style="display: block"')}${visible}</body>`);
    expect(findArticleRoot(shown)?.getAttribute("itemprop")).toBe("articleBody");
  });
});

describe("follow icons among the site's own links", () => {
  const page = (bar: string) => load(`<!doctype html><body><div class="bar">${bar}</div>
    <main><p>${"The story as people read it, one long paragraph of prose. ".repeat(5)}</p></main></body>`);
  const hitOn = (doc: Document) => liveHits(doc).find((h) => h.el.contains(doc.querySelector(".bar a")!));
  const icons = '<a href="https://www.facebook.com/ExampleTribune">Facebook</a> <a href="https://twitter.com/ExampleTribune">Twitter</a>';

  it("hides a follow row that holds the site's own channels beside the networks: its feed, podcast and newsletter", () => {
    const doc = page(`${icons} <a href="/feeds/all.xml">RSS</a> <a href="/programmes/podcasts.html">Podcast</a> <a href="https://www.example-tribune.com/newsletter">Newsletter</a>`);
    expect(hitOn(doc)?.category).toBe("social");
  });

  it("hides a follow row with one other link of the site (letters to the editor)", () => {
    expect(hitOn(page(`${icons} <a href="/letters">Letters</a>`))?.category).toBe("social");
  });

  it("keeps a bar whose links to the site's pages make it a menu: register and sign in, contact and imprint", () => {
    expect(hitOn(page(`${icons} | <a href="https://www.example-tribune.com/user/register">Register</a> | <a href="/user/login">Sign in</a>`))).toBeUndefined();
    expect(hitOn(page(`<a href="/contact">Contact</a> <a href="/imprint">Imprint</a> ${icons}`))).toBeUndefined();
  });
});

describe("a sidebar's search beside its lists", () => {
  const list = (n: number) => `<ul>${[1, 2, 3, 4].map((i) => `<li><a href="/science/2025/11/story-${n}-${i}">A headline of story ${n}.${i} that runs several words</a></li>`).join("")}</ul>`;
  const doc = load(`<!doctype html><body><main><p>${"The story as people read it, one long paragraph of prose. ".repeat(5)}</p></main>
    <aside class="sidebar"><div class="search-box"><h3>Search</h3><form><input name="q"><button>Go</button></form></div>
    <div class="box"><h3>Latest</h3>${list(1)}</div></aside>
    <aside class="rail"><section id="s1"><h2>Find</h2><form><input type="search"></form></section><h2 class="lt">Most shared</h2>${list(2)}</aside></body>`);
  const hits = liveHits(doc);
  const hidden = (el: Element) => hits.some((h) => h.el === el || h.el.contains(el));

  it("hides the lists, each with its title", () => {
    expect(hidden(doc.querySelector(".box")!)).toBe(true);
    expect(hidden(doc.querySelector(".rail ul")!)).toBe(true);
    expect(hidden(doc.querySelector(".lt")!)).toBe(true);
  });

  it("keeps the search: the list's climb stops below it, and a search widget just before a list is no list's title", () => {
    for (const sel of [".search-box", ".search-box h3", "#s1", "#s1 h2"]) expect(hidden(doc.querySelector(sel)!), sel).toBe(false);
  });
});
