/**
 * Captions known by their picture (src/core/alt-captions.ts), on pages written for this repository
 * (tests/fixtures/alt-captions/): a line after a picture that repeats its alt and title, and a line
 * in the picture's paragraph that repeats its file's name, are captions: out of the article's text,
 * kept in its HTML. Near misses: a paragraph of the story that opens with the picture's words, and
 * says more, stays; so does a video's title heading over a poster that says the same words.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core/extract.ts";
import { squash } from "../../src/core/text.ts";

const load = (name: string) => new JSDOM(readFileSync(join(import.meta.dirname, "../fixtures/alt-captions", name), "utf8")).window.document;
const read = (name: string, ruleOff?: (rule: string) => boolean) => extract(load(name), null, { ruleOff });

describe("a line that says a picture's own words", () => {
  it("is a caption: out of the article's text, and the story's paragraphs stay", () => {
    const text = squash(read("picture-lines.html").text);
    expect(text).not.toContain("Die neue Fähre beim Anlegen im Inselhafen");
    expect(text).not.toContain("Kapitaenin Jana Holm im Steuerhaus");
    expect(text).toContain("Die neue Fähre zwischen dem Festland und der Insel");
    expect(text).toContain("Der Bürgermeister der Insel sprach");
    expect(text).toContain("Für die Bewohner der Insel bleibt der Fahrpreis gleich");
  });

  it("stays in the article's HTML, beside its picture", () => {
    const a = read("picture-lines.html");
    expect(a.contentHtml).toContain("Die neue Fähre beim Anlegen im Inselhafen");
    expect(a.contentHtml).not.toContain("data-jernih-caption");
  });

  it("is the rule that does it: without it both lines are read as paragraphs", () => {
    const text = squash(read("picture-lines.html", (r) => r === "shape:credits:alt-caption").text);
    expect(text).toContain("Die neue Fähre beim Anlegen im Inselhafen");
    expect(text).toContain("Kapitaenin Jana Holm im Steuerhaus");
  });
});

describe("near misses", () => {
  it("a paragraph that opens with the picture's words and says more is prose, and stays in the text", () => {
    const text = squash(read("picture-near-miss.html").text);
    expect(text).toContain("Der Leuchtturm an der Nordspitze wurde im Jahr 1890 gebaut");
    expect(text).toContain("Die Arbeiten sollen zwei Wochen dauern");
  });

  it("a video's title over its poster, which says the same words, stays: a heading, or a line before the picture", () => {
    const text = squash(read("picture-near-miss.html").text);
    expect(text).toContain("Der Leuchtturm bei Nacht im Sturm");
    expect(text).toContain("Der neue Leuchtturm im ersten Probebetrieb");
  });
});
