/**
 * The reader's half of multi-page articles (src/content/multipage.ts), in jsdom: the payload the
 * content script hands the reader, and the visible "N pages joined" note.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core/extract.ts";
import type { FetchDoc } from "../../src/core/pages.ts";
import { followForReader } from "../../src/content/multipage.ts";
import { showPagesNote } from "../../src/reader/pages-note.ts";
import type { Translate } from "../../src/ui/i18n.ts";

const JPNN = "https://www.jpnn.com/news/warga-desa-bangun-pembangkit-listrik-tenaga-mikrohidro";
const page = (n: number) => {
  const url = n === 1 ? JPNN : `${JPNN}?page=${n}`;
  const html = readFileSync(fileURLToPath(new URL(`../fixtures/multipage/split/page-${n}.html`, import.meta.url)), "utf8");
  return new JSDOM(html, { url }).window.document;
};
const t: Translate = (_key, fallback, subs) => (subs ?? []).reduce((s, x, i) => s.replaceAll(`$${i + 1}`, x), fallback);

describe("followForReader", { timeout: 60_000 }, () => {
  it("hands the reader page one as the article, the next pages apart, and the count", async () => {
    const fetched: string[] = [];
    const fetchDoc: FetchDoc = async (url) => {
      fetched.push(url);
      return page(Number(new URL(url).searchParams.get("page")));
    };
    const first = { article: extract(page(1), JPNN), error: null };
    const r = await followForReader(page(1), JPNN, first, fetchDoc);
    expect(r.pages).toBe(3);
    expect(r.morePages).toHaveLength(2);
    expect(r.article?.contentHtml).toContain("Warga Desa Cikondang");
    expect(r.article?.contentHtml).not.toContain("20 kilowatt");
    expect(r.morePages?.[0]).toContain("20 kilowatt");
    expect(r.morePages?.[1]).toContain("hutan di hulu");
    // Reading time and read-aloud text cover the whole article.
    expect(r.article?.text).toContain("hutan di hulu");
    expect(r.article!.wordCount).toBeGreaterThan(first.article.wordCount * 2);
  });

  it("gives back the one page it had when nothing more can be read", async () => {
    const first = { article: extract(page(1), JPNN), error: null };
    expect(await followForReader(page(1), JPNN, first, async () => null)).toBe(first);
    expect(await followForReader(page(1), JPNN, first, async () => { throw new Error("offline"); })).toBe(first);
    const last = { article: extract(page(3), `${JPNN}?page=3`), error: null };
    let calls = 0;
    expect(await followForReader(page(3), `${JPNN}?page=3`, last, async () => (calls++, null))).toBe(last);
    expect(calls).toBe(0);
  });
});

describe("showPagesNote", () => {
  const reader = () => new JSDOM('<main><h1 id="title">Judul</h1><p id="meta">Penulis</p><div id="content"></div></main>').window.document;

  it("shows the number of joined pages right after the meta line", () => {
    const doc = reader();
    showPagesNote(doc, 3, t);
    const note = doc.getElementById("pages-note");
    expect(note?.textContent).toBe("3 pages joined");
    expect(note?.previousElementSibling?.id).toBe("meta");
    showPagesNote(doc, 4, t);
    expect(doc.querySelectorAll("#pages-note")).toHaveLength(1);
  });

  it("shows nothing for a one-page article", () => {
    const doc = reader();
    showPagesNote(doc, 3, t);
    showPagesNote(doc, undefined, t);
    expect(doc.getElementById("pages-note")).toBeNull();
  });
});
