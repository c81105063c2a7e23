/** Plain text and reading time, as a reader would count them. */
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { readingMinutes, wordsPerMinute } from "../../src/core/reading.ts";
import { blockText, countWords, isCaption, snippet, SPACE_RUNS, squash } from "../../src/core/text.ts";

const el = (html: string) => new JSDOM(`<body><div id="r">${html}</div></body>`).window.document.getElementById("r")!;

describe("blockText", () => {
  it("one paragraph per block, separated by a blank line; two <br> end a paragraph", () => {
    expect(blockText(el("<p>One  two</p><div>Three<br><br>Four<br>five</div><ul><li>a</li><li>b</li></ul>"))).toBe(
      "One two\n\nThree\n\nFour five\n\na\n\nb",
    );
  });
  it("leaves out scripts, buttons and what the caller skips (captions)", () => {
    const root = el('<figure><img src="a.jpg"><figcaption>Caption</figcaption></figure><p>Prose.</p><script>x()</script><button>Share</button>');
    expect(blockText(root, { skip: isCaption })).toBe("Prose.");
  });
  it("recognises caption boxes by class", () => {
    expect(isCaption(el('<span class="newsCaption">x</span>').firstElementChild!)).toBe(true);
    expect(isCaption(el('<div class="photo-credit">x</div>').firstElementChild!)).toBe(true);
    expect(isCaption(el('<p class="lead">x</p>').firstElementChild!)).toBe(false);
  });
  it("snippet cuts to 120 characters with an ellipsis", () => {
    const s = snippet(el(`<p>${"kata ".repeat(60)}</p>`));
    expect(s.length).toBe(120);
    expect(s.endsWith("…")).toBe(true);
  });
});

describe("squash", () => {
  it.each([
    ["", ""], ["\n\t\t  ", ""], ["\u00a0", ""], ["Baca juga", "Baca juga"], ["  Baca \n\t juga:  ", "Baca juga:"],
    ["\u200b", ""], ["\u200bBerita\u200b", "Berita"], ["\u200b \nBerita", "Berita"], ["Berita \u200b\u00a0 Utama", "Berita Utama"],
    ["a\u2003b\u3000c\ufeff", "a b c"],
  ])("%j → %j", (raw, out) => {
    expect(squash(raw)).toBe(out);
  });
  it("gives what one collapse of every run and a trim give, for any mix of spaces and letters", () => {
    // Every string of up to four of these pieces.
    const parts = [" ", "\n", "\t", "\u00a0", "\u200b", "\u3000", "a", "Bc"];
    let strings = [""];
    for (let n = 0; n < 4; n++) strings = [...strings, ...strings.flatMap((s) => parts.map((p) => s + p))];
    const differ = [...new Set(strings)].filter((s) => squash(s) !== s.replace(SPACE_RUNS, " ").trim());
    expect(differ).toEqual([]);
  });
});

describe("reading time", () => {
  it("counts words in any script, CJK by characters", () => {
    expect(countWords("Harga cabai naik lagi, kata pedagang.")).toBe(6);
    expect(countWords("これは日本語の文章です")).toBe(6);
  });
  it("reads Indonesian and German slower than English", () => {
    expect(wordsPerMinute("id")).toBeLessThan(wordsPerMinute("en"));
    expect(wordsPerMinute("de-DE")).toBeLessThan(wordsPerMinute("en-US"));
    expect(readingMinutes(1000, "id")).toBe(5);
    expect(readingMinutes(1000, "en")).toBe(4);
    expect(readingMinutes(10, "id")).toBe(1);
    expect(readingMinutes(0, "id")).toBe(0);
  });
});
