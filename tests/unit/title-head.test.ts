/**
 * The lines by an article's title (src/core/title-head.ts) and what the reader reads off them when
 * the page states nothing for machines: the date (dateLine) and the writer (byline.ts writerLine). Pages in my own words, modelled on the heads of Indonesian and
 * European news pages of 2015–2024: a date under the title beside the byline or a view count, a
 * date above the title, a title in an h2 under a section's h1; never the header's "today" nor a
 * list's dates below the story.
 */
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { writerLine } from "../../src/core/byline.ts";
import { dateLine, titleHead } from "../../src/core/title-head.ts";
import { extract } from "../../src/core/extract.ts";

const TITLE = "Nelayan Pesisir Utara Kembali Melaut Setelah Cuaca Membaik";
const STORY = [
  "Ratusan nelayan di pesisir utara kembali melaut pada Senin pagi setelah hampir sepekan tertahan di darat karena gelombang tinggi dan angin kencang.",
  "Petugas pelabuhan perikanan mencatat lebih dari dua ratus perahu berangkat sebelum subuh, dan sebagian besar kembali siang hari dengan hasil tangkapan yang cukup.",
  "Harga ikan di tempat pelelangan pun mulai turun setelah sempat naik hampir dua kali lipat selama nelayan tidak melaut karena cuaca buruk.",
].map((p) => `<p>${p}</p>`).join("");
const LIST = '<div class="lainnya"><h3>Berita Lainnya</h3><ul><li><a href="/a">Harga Cabai Turun di Pasar Induk</a> <span class="date">Minggu, 2 Juni 2019 | 08:10 WIB</span></li></ul></div>';

const doc = (body: string, head = "") => new JSDOM(
  `<!DOCTYPE html><html lang="id"><head><title>${TITLE} - Kabar Pesisir</title>${head}</head><body>${body}</body></html>`,
  { url: "https://www.kabarpesisir.example/read/2019/06/03/nelayan-kembali-melaut" },
).window.document;
const line = (body: string) => {
  const d = doc(body);
  return dateLine(titleHead(d, [d.title]));
};

describe("the date line by the title", () => {
  it("is read under the title, beside a byline and a view count", () => {
    expect(line(`<h1>${TITLE}</h1><div class="info">Rina Kartika | Senin, 3 Juni 2019 15:06 WIB | 998 Views</div>${STORY}`)).toBe("2019-06-03T15:06:00+07:00");
    expect(line(`<h1>${TITLE}</h1><div class="meta"><span>Von Jana Becker</span> <span>03.06.2019, 06:00 Uhr</span></div>${STORY}`)).toBe("2019-06-03T06:00:00");
  });

  it("is read after a standfirst, not after the story's second paragraph", () => {
    expect(line(`<h1>${TITLE}</h1>${STORY.slice(0, STORY.indexOf("</p>") + 4)}<span class="date-post">Senin, 3 Juni 2019 15:06</span>${STORY}`)).toBe("2019-06-03T15:06:00");
    expect(line(`<h1>${TITLE}</h1>${STORY}${LIST}`)).toBeNull();
  });

  it("is read just above the title, and under a title written as an h2 below a section's h1", () => {
    expect(line(`<div class="date-detail">Senin, 3 Juni 2019, 16:15 WIB</div><div class="jdl"><h2>${TITLE}</h2></div>${STORY}`)).toBe("2019-06-03T16:15:00+07:00");
    expect(line(`<h1>Regional</h1><h2>${TITLE}</h2><div class="msmall">Senin, 3 Juni 2019 | 21:04 WIB</div>${STORY}`)).toBe("2019-06-03T21:04:00+07:00");
  });

  it("is never the header's date of today, far above the title", () => {
    const header = '<div class="header-top"><a href="/">Kabar Pesisir</a> <span>Selasa, 4 Juni 2019</span></div><ul class="menu"><li><a href="/nasional">Nasional</a></li><li><a href="/regional">Regional</a></li><li><a href="/bisnis">Bisnis</a></li></ul><div class="crumbs"><a href="/">Home</a> › <a href="/regional">Regional</a></div><div class="kanal">Regional</div>';
    expect(line(`${header}<h1>${TITLE}</h1>${STORY}`)).toBeNull();
  });

  it("needs a title: a page whose headings are none of its title has no date line", () => {
    expect(line(`<h1>Regional</h1><h1>Terpopuler</h1><div>Senin, 3 Juni 2019</div>${STORY}`)).toBeNull();
  });
});

describe("the article's date from its date line", () => {
  const body = `<article><h1>${TITLE}</h1><div class="info">Rina Kartika | Senin, 3 Juni 2019 15:06 WIB</div>${STORY}${STORY}</article>`;

  it("is the reader's date when the page states none for machines", () => {
    expect(extract(doc(body)).publishedTime).toBe("2019-06-03T15:06:00+07:00");
  });

  it("gives way to a date the page states for machines", () => {
    expect(extract(doc(body, '<meta property="article:published_time" content="2019-06-02T23:00:00+07:00">')).publishedTime).toBe("2019-06-02T23:00:00+07:00");
  });
});

describe("the writer on a line by the title", () => {
  const writer = (body: string, sites = ["kabarpesisir"]) => {
    const d = doc(body);
    return writerLine(titleHead(d, [d.title]), sites);
  };

  it("is read after its label, in the forms sites print it", () => {
    expect(writer(`<h1>${TITLE}</h1><div class="byline">Pewarta: Rina Kartika</div>${STORY}`)).toBe("Rina Kartika");
    expect(writer(`<h1>${TITLE}</h1><div class="meta">Senin, 3 Juni 2019 | 13:01 WIB <div class="author">Oleh : Dewi Lestari</div></div>${STORY}`)).toBe("Dewi Lestari");
    expect(writer(`<h1>${TITLE}</h1><p class="by">By Jane Doe</p>${STORY}`)).toBe("Jane Doe");
  });

  it("stops at another role's label, and leaves out the site's name", () => {
    expect(writer(`<h1>${TITLE}</h1><table><tr><td>Penulis: Kontributor Madura, Rina Kartika Editor : Dewi Lestari</td></tr></table>${STORY}`)).toBe("Kontributor Madura, Rina Kartika");
    expect(writer(`<h1>${TITLE}</h1><div>Laporan wartawan KabarPesisir.com, Rina Kartika</div>${STORY}`)).toBe("Rina Kartika");
    expect(writer(`<h1>${TITLE}</h1><div>Oleh KabarPesisir.com</div>${STORY}`)).toBeNull();
  });

  it("is none for an editor alone, a sentence that starts like a label, or a name below the story", () => {
    expect(writer(`<h1>${TITLE}</h1><div>Editor: Dewi Lestari</div>${STORY}`)).toBeNull();
    expect(writer(`<h1>${TITLE}</h1><div>Oleh-oleh khas pesisir laris manis</div>${STORY}`)).toBeNull();
    expect(writer(`<h1>${TITLE}</h1>${STORY}<div>Penulis: Rina Kartika</div>`)).toBeNull();
  });
});

describe("the article's writer from its line", () => {
  it("is the reader's byline when the page names no writer for machines", () => {
    const body = `<article><h1>${TITLE}</h1><div class="info">Pewarta: Rina Kartika | Senin, 3 Juni 2019 15:06 WIB</div>${STORY}${STORY}</article>`;
    const article = extract(doc(body), "https://www.kabarpesisir.example/read/2019/06/03/nelayan-kembali-melaut");
    expect({ byline: article.byline, date: article.publishedTime }).toEqual({ byline: "Rina Kartika", date: "2019-06-03T15:06:00+07:00" });
  });
});
