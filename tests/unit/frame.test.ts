/**
 * The site's search as the shapes see it (src/core/shapes/frame.ts): a field or a box named for it,
 * at any depth of the block, found through a selector of the words' stems. And the site's frame
 * (inFrame), whose answers one pass of the live page keeps (inOnePass).
 */
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { holdsSearch, inFrame, inOnePass, SEARCH_STEMS, SEARCH_WORDS } from "../../src/core/shapes/frame.ts";

const block = (inner: string) =>
  new JSDOM(`<!doctype html><body><div id="side"><ul><li><a href="/a">Satu</a></li></ul>${inner}</div></body>`).window.document.getElementById("side")!;

describe("holdsSearch", () => {
  it.each([
    ['<form><input name="q"></form>', true],
    ['<div><div><span class="Header-Search_Icon"></span></div></div>', true],
    ['<div><div><button id="btnCari"></button></div></div>', false], // "btncari" is one word, not "cari"
    ['<div><div><button id="btn-cari"></button></div></div>', true],
    ['<div class="widget"><div class="pencarian-box"></div></div>', true],
    ['<div class="research-notes"><p>Catatan</p></div>', false], // "research" holds the letters, not the word
    ['<div class="terkini"><a href="/b">Dua</a></div>', false],
  ])("%s → %s", (inner, holds) => {
    expect(holdsSearch(block(inner))).toBe(holds);
  });

  it("every search word holds a stem the selector looks for", () => {
    for (const word of SEARCH_WORDS) expect(SEARCH_STEMS.some((s) => word.includes(s))).toBe(true);
  });
});

describe("inFrame within one pass", () => {
  const page = () =>
    new JSDOM(`<!doctype html><body>
      <div class="brand"><div id="h1"><a id="home" href="/">Beranda</a></div></div>
      <div class="main-menu"><ul><li><a id="m1" href="/news">Berita</a></li><li><a id="m2" href="/bola">Bola</a></li></ul></div>
      <div id="content"><div class="box"><p id="p1">Satu</p></div><div class="box"><a id="r1" href="/a">Dua</a></div></div>
      <footer><div><a id="f1" href="/about">Tentang</a></div></footer>
    </body>`).window.document;
  const ids = ["home", "m1", "m2", "p1", "r1", "f1"];

  it("gives every box the answer a climb of its own gives, asked in any order", () => {
    const doc = page();
    const alone = ids.map((id) => inFrame(doc.getElementById(id)!));
    expect(alone).toEqual([false, true, true, false, false, true]);
    for (const order of [ids, [...ids].reverse()]) {
      const inPass = inOnePass(() => order.map((id) => inFrame(doc.getElementById(id)!)));
      expect(Object.fromEntries(order.map((id, i) => [id, inPass[i]]))).toEqual(Object.fromEntries(ids.map((id, i) => [id, alone[i]])));
    }
  });

  it("forgets its answers when the pass ends: a box the page's script moves into the menu is the menu's", () => {
    const doc = page();
    const link = doc.getElementById("r1")!;
    expect(inOnePass(() => [inFrame(link), inFrame(link.parentElement!)])).toEqual([false, false]);
    doc.querySelector(".main-menu ul")!.append(link);
    expect(inOnePass(() => inFrame(link))).toBe(true);
    expect(inFrame(link)).toBe(true);
  });

  it("gives a pass inside a pass the outer pass's answers, and hands back what the pass returns", () => {
    const doc = page();
    expect(inOnePass(() => inOnePass(() => inFrame(doc.getElementById("m1")!)) && !inFrame(doc.getElementById("p1")!))).toBe(true);
  });
});

describe("inFrame: the header and footer words of a class", () => {
  const inside = (outer: string, close: string) =>
    new JSDOM(`<!doctype html><body>${outer}<ul><li><a id="x" href="/a">Satu</a></li></ul>${close}</body>`).window.document.getElementById("x")!;

  it.each([
    ['<div class="site-footer">', "</div>", true],
    ['<div class="footer__wrapper">', "</div>", true],
    ['<div class="page__footer">', "</div>", true], // a part of the page itself
    ['<div class="l-header__bar">', "</div>", true],
    ['<div id="footer-section">', "</div>", true],
    ['<section class="article__footer-single">', "</section>", false], // the article's own foot
    ['<div class="article-detail__footer">', "</div>", false],
    ['<div class="abo-promo abo-promo--footer">', "</div>", false], // a promo put at the foot
    ['<div class="lenta__header">', "</div>", false], // the head of a news feed box
  ])("%s…%s is the site's frame: %s", (open, close, frame) => {
    expect(inFrame(inside(open, close))).toBe(frame);
  });

  it("a wrapper that holds the story is no header, whatever its class says of the header's style", () => {
    const wrapper = (story: string) =>
      new JSDOM(`<!doctype html><body><div class="wrapper-boxed header-style-header-1">
        <header id="masthead"><a href="/">Kabar</a></header>${story}
        <aside id="side"><h3>Berita Terkini</h3><ul><li><a id="x" href="/a">Satu</a></li></ul></aside>
      </div></body>`).window.document;
    for (const story of ["<main><p>Isi</p></main>", '<div itemprop="articleBody"><p>Isi</p></div>', "<article><h1>Judul</h1><p>Isi</p></article>"]) {
      const doc = wrapper(story);
      expect(inFrame(doc.getElementById("x")!)).toBe(false);
      expect(inFrame(doc.querySelector("#masthead a")!)).toBe(true);
    }
    // Teaser cards in the site's header hold <article>s with no page title: the box stays the header.
    expect(inFrame(wrapper('<article><h3>Teaser</h3></article>').getElementById("x")!)).toBe(true);
  });
});
