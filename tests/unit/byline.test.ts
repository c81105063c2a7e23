/**
 * The writer's name the reader shows (src/core/byline.ts): a byline that is the publisher (a meta
 * author tag the whole site shares) is none, and the site's name or the date beside a writer's
 * name is left out. Bylines in the forms sites write them; names made up.
 */
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { writerOf } from "../../src/core/byline.ts";
import { extract } from "../../src/core/extract.ts";

describe("the writer in a byline", () => {
  it("is none when the byline is the site itself", () => {
    expect(writerOf("Kabar Cyber Media", ["kabar"])).toBeNull();
    expect(writerOf("PT. WARTA MEDIA NUSA - WARTA.co.id", ["warta"])).toBeNull();
    expect(writerOf("wartakota.net", ["wartakota"])).toBeNull();
  });

  it("keeps the writer and leaves out the site's name and the date beside it, with the page's own separators", () => {
    expect(writerOf("Rina Kartika, Kabar.com", ["kabar"])).toBe("Rina Kartika");
    expect(writerOf("Analysis by Dewi Lestari, Kabar Editor-at-large", ["kabar"])).toBe("Analysis by Dewi Lestari");
    expect(writerOf("Rina Kartika | 20 September 2020 11:10", ["kabar"])).toBe("Rina Kartika");
    expect(writerOf("von Jana Becker · 31. Oktober 2023", ["stadtanzeiger"])).toBe("von Jana Becker");
    expect(writerOf("17 April 2012 • 2:54pm", ["kabar"])).toBeNull();
    expect(writerOf("Rina Kartika, Dewi Lestari - Kabar", ["kabar"])).toBe("Rina Kartika, Dewi Lestari");
  });

  it("ends where a date begins, with the word that joins them", () => {
    expect(writerOf("Jane Doe, MS, RD on November 14, 2019", [])).toBe("Jane Doe, MS, RD");
    expect(writerOf("Jana Becker 09.03.2022 Seite teilen:", [])).toBe("Jana Becker");
    expect(writerOf("Marianne1 am 20.09.2020 Tipp drucken", [])).toBe("Marianne1");
    expect(writerOf("Rina Kartika Jumat, 10 Juli 2020", [])).toBe("Rina Kartika");
    // A name before the date is no weekday: "Redaktion, 24. Januar 2022" is not one date.
    expect(writerOf("von Redaktion, 24. Januar 2022", [])).toBe("von Redaktion");
    // A label's date: what stands before it is no name.
    expect(writerOf("Datum: 19.11.2021 Autor: Jana Becker", [])).toBe("Datum: 19.11.2021 Autor: Jana Becker");
  });

  it("keeps a writer whose name only looks like the site's, and a hyphenated name", () => {
    expect(writerOf("Kabarina Putri", ["kabar"])).toBe("Kabarina Putri");
    expect(writerOf("Anna-Lena Schmidt", ["anna"])).toBe("Anna-Lena Schmidt");
  });
});

describe("the article's byline", () => {
  const URL_ = "https://www.kabarkota.example/read/1";
  const page = (author: string, ld: string | null) => new JSDOM(`<!DOCTYPE html><html lang="id"><head><title>Banjir Surut di Tepi Kota</title>
    <meta name="author" content="${author}">
    ${ld ? `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Banjir Surut di Tepi Kota","author":{"@type":"Person","name":"${ld}"}}</script>` : ""}
    </head><body><article><h1>Banjir Surut di Tepi Kota</h1>
    ${"<p>Air yang merendam permukiman di tepi kota mulai surut sejak Minggu pagi, dan warga kembali membersihkan rumah mereka dari lumpur.</p>".repeat(4)}
    </article></body></html>`, { url: URL_ }).window.document;

  it("is the JSON-LD's author when the meta tag names the publisher", () => {
    expect(extract(page("KabarKota Cyber Media", "Siti Rahmawati"), URL_).byline).toBe("Siti Rahmawati");
  });
  it("is none when only the publisher is named", () => {
    expect(extract(page("KabarKota Cyber Media", null), URL_).byline).toBeNull();
  });
});
