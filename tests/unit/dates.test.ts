/** Publication dates (src/core/dates.ts) and the date extract() gives an article from a page's sources. */
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { bestDate, readDate } from "../../src/core/dates.ts";
import { extract } from "../../src/core/extract.ts";

describe("readDate", () => {
  it("reads ISO dates and their odd machine forms, keeping the page's offset", () => {
    expect(readDate("2022-12-10T20:55:32+07:00")?.iso).toBe("2022-12-10T20:55:32+07:00");
    expect(readDate("2022-12-10T13-19-56Z")?.iso).toBe("2022-12-10T13:19:56Z");
    expect(readDate("2020-03-30T12:07:05+0700")?.iso).toBe("2020-03-30T12:07:05+07:00");
    expect(readDate("2022-12-10 20:55:32")?.iso).toBe("2022-12-10T20:55:32");
    expect(readDate("2020/06/02 14:00 WIB")?.iso).toBe("2020-06-02T14:00:00+07:00");
    expect(readDate("2021-01-05T08:00:00.000Z")?.iso).toBe("2021-01-05T08:00:00Z");
    expect(readDate("2019-07-04")?.iso).toBe("2019-07-04");
    expect(readDate("2016.12.01")?.iso).toBe("2016-12-01");
  });

  it("reads the date lines sites print, day first", () => {
    expect(readDate("Senin, 16/02/2026 08:00 WIB")?.iso).toBe("2026-02-16T08:00:00+07:00");
    expect(readDate("27 March 2022, 18:59 WIB")?.iso).toBe("2022-03-27T18:59:00+07:00");
    expect(readDate("Kamis, 3 Agustus 2023 pukul 10.15 WITA")?.iso).toBe("2023-08-03T10:15:00+08:00");
    expect(readDate("March 27, 2022")?.iso).toBe("2022-03-27");
    // "Uhr" says o'clock, not where.
    expect(readDate("03.11.2024, 06:00 Uhr")?.iso).toBe("2024-11-03T06:00:00");
  });

  it("is null for what is no date: impossible numbers, unknown zones, words", () => {
    for (const v of ["2022-02-30T10:00:00Z", "2022-12-10T25:00:00Z", "2022-12-10T10:00:00+0700x", "2022-12-10T10:00 XYZW", "kemarin", "", null, "16/13/2026"]) {
      expect(readDate(v), String(v)).toBeNull();
    }
  });
});

describe("bestDate", () => {
  it("prefers a date stated in ISO 8601 to an odd form it had to read, whatever their order", () => {
    expect(bestDate(["2022-12-10T13-19-56Z", "2022-12-10T20:55:32+07:00"])).toBe("2022-12-10T20:55:32+07:00");
    expect(bestDate(["Senin, 16/02/2026 08:00 WIB", null, "2026-02-16T08:00:00+07:00"])).toBe("2026-02-16T08:00:00+07:00");
  });
  it("skips a source it cannot read for the next one that it can", () => {
    expect(bestDate(["2022-12-10T13:19:56 bogus", "2022-12-10T20:55:32+07:00"])).toBe("2022-12-10T20:55:32+07:00");
    expect(bestDate([null, "", "2022-12-10T13-19-56Z"])).toBe("2022-12-10T13:19:56Z");
  });
  it("falls back to a date line in words, never to a broken machine value", () => {
    expect(bestDate(["20221210-1319", "Kemarin, 10.00 WIB"])).toBe("Kemarin, 10.00 WIB");
    expect(bestDate(["20221210-1319"])).toBeNull();
  });
});

describe("the article's publication date", () => {
  const page = (meta: string, ld: string | null) => new JSDOM(`<!DOCTYPE html><html lang="id"><head><title>Banjir Surut di Tepi Kota</title>
    <meta property="article:published_time" content="${meta}">
    ${ld ? `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Banjir Surut di Tepi Kota","datePublished":"${ld}"}</script>` : ""}
    </head><body><article><h1>Banjir Surut di Tepi Kota</h1>
    ${"<p>Air yang merendam permukiman di tepi kota mulai surut sejak Minggu pagi, dan warga kembali membersihkan rumah mereka dari lumpur.</p>".repeat(4)}
    </article></body></html>`, { url: "https://www.kabarkota.example/read/1" }).window.document;

  it("comes from the JSON-LD when the meta tag states it in an odd form", () => {
    expect(extract(page("2022-12-10T13-19-56Z", "2022-12-10T20:55:32+07:00")).publishedTime).toBe("2022-12-10T20:55:32+07:00");
  });
  it("is the odd form read into ISO when it is the only source", () => {
    expect(extract(page("2022-12-10T13-19-56Z", null)).publishedTime).toBe("2022-12-10T13:19:56Z");
  });
  it("keeps the first source when it reads", () => {
    expect(extract(page("2022-12-10T13:19:56Z", "2022-12-10T20:55:32+07:00")).publishedTime).toBe("2022-12-10T13:19:56Z");
  });
});
