/**
 * Comment threads shown read-only (src/core/comment-sections.ts namedSection), on the fixture page
 * tests/fixtures/live/news/comment-threads.html (own words, modelled on the comment columns under
 * news stories that show the latest comments with no field or reply button: "only for
 * subscribers", "discussion closed"): the box whose class or id names comments and that opens with
 * the comments heading goes whole, its count badge beside the heading ("Komentar 12") included.
 * Inside it nothing names comments (utility classes), so no other part anchors the section.
 */
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { squash } from "../../src/core/text.ts";
import { liveHits } from "./live-hits.ts";

const FIXTURE = readFileSync(new URL("../fixtures/live/news/comment-threads.html", import.meta.url), "utf8");
const URL_ = "https://www.contoh-warta.co.id/lingkungan/2026/12/06/warga-tanam-mangrove";
const load = (html = FIXTURE) => new JSDOM(html, { url: URL_ }).window.document;

describe("a read-only comment thread", () => {
  it("goes whole, as comments, and the story, its title, byline, header and footer stay", () => {
    const doc = load();
    const hits = liveHits(doc);
    const thread = doc.getElementById("komentar")!;
    expect(hits.filter((h) => h.el === thread).map((h) => h.category)).toEqual(["comments"]);
    for (const el of Array.from(doc.querySelectorAll("[data-para], [data-keep]"))) {
      expect(hits.filter((h) => h.el === el || h.el.contains(el)).map((h) => h.rule), squash(el.textContent ?? "").slice(0, 40)).toEqual([]);
    }
  });

  it("goes whole with its count in brackets too, and with no count", () => {
    for (const heading of ["Komentar (12)", "Komentar"]) {
      const doc = load(FIXTURE.replace('Komentar <span class="badge">12</span>', heading));
      expect(liveHits(doc).some((h) => h.el === doc.getElementById("komentar")), heading).toBe(true);
    }
  });

  it("keeps its comments when its box names no comments: only the heading goes, as before", () => {
    const doc = load(FIXTURE.replace('id="komentar" class=', 'id="pembaca" class='));
    const hidden = liveHits(doc).map((h) => h.el);
    expect(hidden.filter((el) => el.closest("#pembaca")).map((el) => el.tagName)).toEqual(["H3"]);
  });

  it("takes the heading alone when a comment in the box runs to prose, which the guard would keep", () => {
    const long = "Bagus, kepiting sudah mulai banyak lagi di muara. ".repeat(6);
    const doc = load(FIXTURE.replace("Bagus, kepiting sudah mulai banyak lagi di muara.", long));
    const hidden = liveHits(doc).map((h) => h.el);
    expect(hidden.filter((el) => el.closest("#komentar")).map((el) => el.tagName)).toEqual(["H3"]);
  });

  it("keeps the box when the heading does not open it: words of the story come first", () => {
    const doc = load(FIXTURE.replace('<div class="pt-3">', '<div class="pt-3"><p>Catatan redaksi: jumlah bibit semula tertulis lima ratus.</p>'));
    expect(liveHits(doc).some((h) => h.el === doc.getElementById("komentar") || h.el.contains(doc.getElementById("komentar")!))).toBe(false);
  });

  it("leaves the heading's words alone where they are no heading of comments: a count of other words", () => {
    const doc = load(FIXTURE.replace('Komentar <span class="badge">12</span>', "Komentar 12 pelanggan lama"));
    expect(liveHits(doc).some((h) => h.el === doc.getElementById("komentar"))).toBe(false);
  });
});
