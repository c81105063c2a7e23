/**
 * "Next article" leads (related lead phrases in nine locales): the line that names the next story
 * and links it ("Artikel Selanjutnya <a>…</a>", a theme's "Next article<a>…</a>") is hidden live, as
 * "Baca juga" is (the reader dropped it before); a sentence that opens with the same words and
 * links nothing is the story's and stays in both. Pages of our own.
 */
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core/extract.ts";
import { liveHits } from "./live-hits.ts";

/** The lead stands between the story's paragraphs (at the story's end the reader's tail cleaning would drop any link line). */
const CASES: [lang: string, lead: string, opener: string][] = [
  ["id", "Artikel Selanjutnya", "Artikel selanjutnya akan membahas dampak kebijakan ini bagi petani di daerah yang jauh dari pelabuhan."],
  ["ms", "Artikel Seterusnya", "Artikel seterusnya akan mengupas kesan dasar ini kepada peniaga kecil di kawasan luar bandar."],
  ["en", "Next article", "Next article in this series will look at how the plan affects farmers far from the ports."],
  ["de", "Nächster Artikel", "Nächster Artikel der Serie: Wie sich der Plan auf die Landwirte im Hinterland auswirkt, lesen Sie morgen."],
  ["fr", "Article suivant", "Article suivant de notre série, demain, sur les effets du plan pour les agriculteurs éloignés des ports."],
];

function page(lang: string, lead: string, opener: string): Document {
  const para = "Paragraf cerita ini cukup panjang untuk dibaca sebagai prosa, dengan beberapa kalimat di dalamnya. ".repeat(2);
  return new JSDOM(`<html lang="${lang}"><body><article><h1>Judul cerita yang cukup panjang</h1><p>${para}</p><p>${para}</p>
    <div id="lead"><strong>${lead}</strong> <a href="/2026/12/05/another-story-with-a-long-title">Another Story With a Long Title About the Harbour</a></div>
    <p id="opener">${opener}</p><p>${para}</p></article></body></html>`, { url: "https://www.example.org/2026/12/05/story" }).window.document;
}

describe.each(CASES)("a next-article lead in %s", (lang, lead, opener) => {
  it("is hidden on the live page, and a sentence opening with its words stays", () => {
    const doc = page(lang, lead, opener);
    const hits = liveHits(doc);
    expect(hits.some((h) => h.el.id === "lead" && h.category === "related")).toBe(true);
    expect(hits.filter((h) => h.el.contains(doc.getElementById("opener")!))).toEqual([]);
  });

  // The reader dropped such a line already (a block of one link between paragraphs); what the new
  // phrases must not do there is take the story's sentence that opens with the same words.
  it("is dropped by the reader, which keeps the sentence opening with its words", () => {
    const text = extract(page(lang, lead, opener)).text ?? "";
    expect(text).not.toContain("Another Story With a Long Title");
    expect(text).toContain(opener.slice(0, 40));
  });
});
