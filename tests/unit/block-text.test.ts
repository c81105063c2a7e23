/**
 * A block's words read cheaply (src/core/shapes/block-text.ts): `fitsIn` answers what
 * `textUpTo(…) !== null` answers, without squashing text whose raw length already tells.
 */
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { fitsIn, textUpTo } from "../../src/core/shapes/block-text.ts";

const doc = (body: string) => new JSDOM(`<!doctype html><body>${body}</body>`).window.document;

/** A list as templates write it: every line indented, so its raw text is far longer than its words. */
function indentedList(items: number): string {
  const li = (i: number) => `\n\t\t\t\t<li>\n\t\t\t\t\t<a href="/berita/${i}">\n\t\t\t\t\t\tJudul berita nomor ${i} hari ini\n\t\t\t\t\t</a>\n\t\t\t\t</li>`;
  return `<ul id="list">${Array.from({ length: items }, (_, i) => li(i)).join("")}\n\t\t\t</ul>`;
}

describe("fitsIn", () => {
  it("agrees with textUpTo on either side of the limit, white space between tags and all", () => {
    const el = doc(indentedList(5)).getElementById("list")!;
    const words = textUpTo(el, 10_000)!.length;
    expect(el.textContent!.length).toBeGreaterThan(words * 1.5); // the raw text is mostly indentation
    for (const max of [words - 1, words, words + 1, el.textContent!.length, el.textContent!.length - 1, 10]) {
      expect(fitsIn(el, max), `max ${max}`).toBe(textUpTo(el, max) !== null);
    }
    expect(fitsIn(el, words)).toBe(true);
    expect(fitsIn(el, words - 1)).toBe(false);
  });

  it("says no to a container far longer than the limit, as textUpTo does", () => {
    const long = "Paragraf panjang tentang peristiwa hari ini. ".repeat(200);
    const el = doc(`<div id="box"><p>${long}</p>${indentedList(3)}</div>`).getElementById("box")!;
    expect(fitsIn(el, 300)).toBe(false);
    expect(textUpTo(el, 300)).toBeNull();
    expect(fitsIn(el, 20_000)).toBe(true);
  });

  it("counts no-break and zero-width spaces the way squash does", () => {
    const el = doc(`<p id="p">\u00a0\u00a0Baca\u200b\u200bjuga\u00a0</p>`).getElementById("p")!;
    expect(textUpTo(el, 100)).toBe("Baca juga");
    expect(fitsIn(el, 9)).toBe(true);
    expect(fitsIn(el, 8)).toBe(false);
  });
});
