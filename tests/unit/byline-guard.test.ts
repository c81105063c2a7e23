/**
 * The article's byline is never hidden, even where a built-in credits rule names its box as an
 * author box (`.author-info` is a byline in one template and a bio in another): the guard
 * (src/core/hide-match.ts isGuarded) spares a credits box of a line that stands before the
 * article's first paragraph. Fixture tests/fixtures/live/news/author-byline.html (own words): the
 * byline above the story stays, the bio under it goes.
 */
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { liveHits } from "./live-hits.ts";

const FIXTURE = readFileSync(new URL("../fixtures/live/news/author-byline.html", import.meta.url), "utf8");
const URL_ = "https://www.wartapantura.co.id/pendidikan/2026/12/06/sekolah-pesisir-gedung-baru";
const load = (html = FIXTURE) => new JSDOM(html, { url: URL_ }).window.document;

describe("an author box by its class, above and below the story", () => {
  it("keeps the byline above the story and hides the bio below it", () => {
    const doc = load();
    const boxes = Array.from(doc.querySelectorAll(".author-info"));
    expect(liveHits(doc).filter((h) => h.category === "credits").map((h) => h.el)).toEqual([boxes[1]]);
  });

  it("hides a bio of more than a line even above the story", () => {
    const bio = "Siti Aminah menulis tentang pendidikan dan kehidupan warga pesisir utara sejak 2015, setelah lima tahun mengajar.";
    const doc = load(FIXTURE.replace(/(<div class="author-info" data-keep>)[^]*?(<\/div>)/, `$1<p>${bio}</p>$2`));
    const hidden = liveHits(doc).filter((h) => h.category === "credits").map((h) => h.el);
    expect(hidden).toEqual(Array.from(doc.querySelectorAll(".author-info")));
  });
});
