/**
 * The site's search as the shapes see it (src/core/shapes/frame.ts): a field or a box named for it,
 * at any depth of the block, found through a selector of the words' stems.
 */
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { holdsSearch, SEARCH_STEMS, SEARCH_WORDS } from "../../src/core/shapes/frame.ts";

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
