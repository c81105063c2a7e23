// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from "vitest";
import { countMatches, looksGenerated, proposeSelector } from "../../src/content/picker/selector.ts";
import { isProtected } from "../../src/core/hide-match.ts";

const PROSE = "Brussels: Rusia memperlihatkan kesiapan untuk berunding, kata para diplomat yang mengikuti pertemuan itu sejak pagi hari, sementara pasukan ditarik dari perbatasan.";

beforeEach(() => {
  document.body.innerHTML = `
    <header id="site-header"><nav class="menu"><a href="/">Home</a></nav></header>
    <main class="container">
      <article class="detail">
        <h1>Judul</h1>
        <div class="detail__body css-1q2w3e4">
          <p>${PROSE}</p>
          <div class="baca-juga is-active"><strong>Baca juga:</strong> <a href="/x">Berita lain</a></div>
          <p>${PROSE}</p>
          <div class="baca-juga"><strong>Baca juga:</strong> <a href="/y">Berita lain lagi</a></div>
          <div id="div-gpt-ad-1700000000-0"><span>Iklan</span></div>
          <div><div><span>no names at all</span></div></div>
          <div><div><span>no names either</span></div></div>
          <div class="Box_share__x7Kd2"><a href="#">Share</a></div>
        </div>
      </article>
      <aside id="sidebar"><ul><li>Terpopuler 1</li><li>Terpopuler 2</li></ul></aside>
    </main>`;
});

const q = (sel: string, i = 0) => document.querySelectorAll(sel)[i]!;

describe("looksGenerated", () => {
  it.each(["css-1q2w3e4", "div-gpt-ad-1700000000-0", "Box_share__x7Kd2", "a1B2c3", "post-123456", "sc-4f8a2b9c", "x3f"])("%s is generated", (t) =>
    expect(looksGenerated(t)).toBe(true));
  it.each(["baca-juga", "detail__body", "related-news", "sidebar", "share-buttons", "ads-300x250", "col-md-8"])("%s is a real name", (t) =>
    expect(looksGenerated(t)).toBe(false));
});

describe("proposeSelector", () => {
  it("a class shared by look-alike boxes names all of them; state classes are ignored", () => {
    const sel = proposeSelector(q(".baca-juga"), { isProtected });
    expect(sel).toBe(".baca-juga");
    expect(countMatches(document, sel)).toBe(2);
  });

  it("a stable id is enough", () => {
    expect(proposeSelector(q("#sidebar"), { isProtected })).toBe("#sidebar");
  });

  it("a generated id or class is never used; the path goes through stable names instead", () => {
    const ad = q("[id^=div-gpt]");
    const sel = proposeSelector(ad, { isProtected });
    expect(sel).not.toMatch(/gpt|1700000000|css-1q2w3e4/);
    expect(document.querySelectorAll(sel)).toHaveLength(1);
    expect(document.querySelector(sel)).toBe(ad);
    const share = q(".Box_share__x7Kd2");
    expect(proposeSelector(share, { isProtected })).not.toContain("x7Kd2");
    expect(document.querySelector(proposeSelector(share, { isProtected }))).toBe(share);
  });

  it("an element without names gets a unique positional path", () => {
    const el = q("span", 2); // "no names either" (spans: Iklan, no names at all, no names either)
    expect(el.textContent).toBe("no names either");
    const sel = proposeSelector(el, { isProtected });
    expect(sel).toContain(":nth-of-type(");
    expect(Array.from(document.querySelectorAll(sel))).toEqual([el]);
  });

  it("never proposes a selector that also matches the article or a block around the pick", () => {
    // The <p> children of the body carry prose: a bare "p" would hide the article.
    const p = q("article p");
    const sel = proposeSelector(p, { isProtected });
    expect(Array.from(document.querySelectorAll(sel))).toEqual([p]);
    for (const el of Array.from(document.querySelectorAll("*"))) {
      const s = proposeSelector(el, { isProtected });
      const hits = Array.from(document.querySelectorAll(s));
      expect(hits, `${s} for <${el.localName}>`).toContain(el);
      expect(hits.some((m) => m !== el && m.contains(el)), s).toBe(false);
    }
  });

  it("the proposal still matches the same block after a reload with other article text", () => {
    const sel = proposeSelector(q(".baca-juga"), { isProtected });
    document.querySelector("h1")!.textContent = "Another article";
    for (const p of Array.from(document.querySelectorAll("article p"))) p.textContent = `${PROSE} (another)`;
    expect(document.querySelectorAll(sel)).toHaveLength(2);
  });
});
