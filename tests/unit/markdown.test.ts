import { describe, expect, it } from "vitest";
import { articleToMarkdown, escapeMarkdown } from "../../src/core/markdown.ts";

const header = {
  title: "Rusia tarik *sebagian* pasukan [analisis]",
  byline: "Budi Santoso",
  siteName: "Contoh News",
  publishedTime: "2026-02-16T08:00:00+07:00",
  url: "https://news.example/read/123",
  leadImage: { src: "https://img.example/lead.jpg", alt: "Tank", caption: "Tank di perbatasan" },
};

describe("articleToMarkdown", () => {
  it("writes a heading, a meta line, the source and the body", () => {
    const md = articleToMarkdown(header, "<p>Paragraf <strong>pertama</strong>.</p><h2>Sub</h2><p>Kedua.</p>");
    expect(md).toBe(
      "# Rusia tarik \\*sebagian\\* pasukan \\[analisis\\]\n\n" +
        "Budi Santoso · Contoh News · 2026-02-16T08:00:00+07:00\n\n" +
        "Source: <https://news.example/read/123>\n\n" +
        "Paragraf **pertama**.\n\n## Sub\n\nKedua.\n",
    );
  });

  it("keeps http links and images, drops links a reader cannot follow", () => {
    const md = articleToMarkdown(
      header,
      '<p><a href="https://a.example/x">ok</a> <a href="javascript:alert(1)">bad</a></p>' +
        '<figure><img src="https://img.example/b.jpg" alt="B"><figcaption>Foto B</figcaption></figure>',
    );
    expect(md).toContain("[ok](https://a.example/x)");
    expect(md).toContain("bad");
    expect(md).not.toContain("javascript:");
    expect(md).toContain("![B](https://img.example/b.jpg)");
    expect(md).toContain("*Foto B*");
  });

  it("adds the lead image with its caption only when asked", () => {
    expect(articleToMarkdown(header, "<p>x</p>")).not.toContain("lead.jpg");
    const md = articleToMarkdown(header, "<p>x</p>", { leadImage: true });
    expect(md).toContain("![Tank](<https://img.example/lead.jpg>)");
    expect(md).toContain("*Tank di perbatasan*");
  });

  it("leaves out a non-http source and empty meta, formats dates when given a formatter", () => {
    const md = articleToMarkdown(
      { ...header, byline: null, siteName: " ", url: "javascript:alert(1)" },
      "<p>x</p>",
      { formatDate: () => "16 Februari 2026" },
    );
    expect(md).toBe("# Rusia tarik \\*sebagian\\* pasukan \\[analisis\\]\n\n16 Februari 2026\n\nx\n");
  });

  it("escapes markdown in plain text", () => {
    expect(escapeMarkdown("# _a_  b")).toBe("\\# \\_a\\_ b");
    expect(escapeMarkdown("1. item")).toBe("1\\. item");
  });
});
