/**
 * Follow lines, subscription plugs and a comments box of the kinds 2020s Indonesian stories close with,
 * on the fixture tests/fixtures/live/news/follow-lines.html (own words): a line of two invitations
 * whose second closes it, a WhatsApp line that names the site only in the channel's link, the site's
 * profiles under a line that names it (and a story's paragraph citing two profiles, which stays), an
 * ad-free subscription plug and its button, a comments box whose reply link is its last part, and
 * the site's Facebook box in the sidebar under a title that names it ("Kabar Pesisir di Facebook").
 * Served as www.kpesisir.co.id, whose host shortens the name the page declares ("Kabar Pesisir").
 */
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/core/extract.ts";
import { squash } from "../../src/core/text.ts";
import { liveHits } from "./live-hits.ts";

const FIXTURE = readFileSync(new URL("../fixtures/live/news/follow-lines.html", import.meta.url), "utf8");
const OWN = "https://www.kpesisir.co.id/daerah/2026/12/05/lelang-ikan-pagi-kembali-ramai";
const OTHER = "https://www.contoh-warta.co.id/daerah/2026/12/05/lelang-ikan-pagi-kembali-ramai";
const docAt = (url: string) => new JSDOM(FIXTURE, { url }).window.document;

/** The annotated blocks the live page leaves visible (neither hidden nor inside a hidden block). */
function leftVisible(doc: Document): string[] {
  const hidden = liveHits(doc).map((h) => h.el);
  const isHidden = (el: Element) => hidden.some((h) => h === el || h.contains(el));
  return Array.from(doc.querySelectorAll("[data-clutter]")).filter((el) => !isHidden(el)).map((el) => squash(el.textContent ?? ""));
}

describe("the follow lines of the fixture page", () => {
  it("are hidden on the site's own host, with the comments box; every paragraph stays", () => {
    const doc = docAt(OWN);
    expect(leftVisible(doc)).toEqual([]);
    const hidden = liveHits(doc).map((h) => h.el);
    for (const p of Array.from(doc.querySelectorAll("[data-para], [data-keep]"))) {
      expect(hidden.some((h) => h === p || h.contains(p) || p.contains(h)), squash(p.textContent ?? "").slice(0, 60)).toBe(false);
    }
  });

  it("leave the lines that name the site on another host: the profiles' invitation, and the channel named only in its link", () => {
    expect(leftVisible(docAt(OTHER))).toEqual([
      "Ikuti berita terkini Kabar Pesisir di Twitter @kabarpesisir Facebook Kabar Pesisir",
      "Ikuti juga saluran WhatsApp Channel Kabar Pesisir untuk kabar terkini.",
      "Kabar Pesisir di Facebook",
    ]);
  });

  it("are dropped by the reader, which keeps the paragraph citing the fishermen's channel", () => {
    const text = extract(docAt(OWN), OWN).text;
    for (const gone of ["Baca berita tanpa iklan", "Langganan Sekarang", "Ikuti kami di Google News", "Ikuti juga saluran", "Ikuti berita terkini"]) expect(text).not.toContain(gone);
    expect(text).toContain("WhatsApp Channel Paguyuban Nelayan");
    expect(text).toContain("akun Twitter dan Instagram miliknya");
  });
});
