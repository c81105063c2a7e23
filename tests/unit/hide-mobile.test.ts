/**
 * The live page on a phone's template (tests/fixtures/live/news/mobile-amp.html: a mobile / AMP
 * article page): each shape the desktop pages have, in its mobile form, is hidden as one block with
 * its category — AMP share buttons (no links), an AMP ad slot in its box, a "Baca juga" line, a list
 * of headline cards whose heading is no phrase, a recommendation widget, an app banner fixed to the
 * bottom — and the header's sideways row of section links, the title, byline, photo, paragraphs and
 * footer stay. The same decisions the content script makes (findHits with what the page must keep).
 */
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { findHits, isProtected } from "../../src/core/hide-match.ts";
import { HIDDEN_ATTR } from "../../src/core/hide-plan.ts";
import { findArticleRoot, keepMarks } from "../../src/core/live-shapes.ts";
import { hidePlanForPage } from "../../src/shared/page-plan.ts";
import { defaultSettings } from "../../src/shared/settings.ts";

const URL_ = "https://m.kabarrawa.example/regional/2026/03/16/pasar-apung-kembali-ramai";

const RULE = "data-rule";

function hideMobilePage(): Document {
  const html = readFileSync(new URL("../fixtures/live/news/mobile-amp.html", import.meta.url), "utf8");
  const doc = new JSDOM(html, { url: URL_ }).window.document;
  const plan = hidePlanForPage(defaultSettings(), URL_)!;
  const keep = keepMarks(doc, findArticleRoot(doc, plan.content));
  for (const h of findHits(doc, plan, keep)) {
    if (isProtected(h.el)) continue;
    h.el.setAttribute(HIDDEN_ATTR, h.category);
    h.el.setAttribute(RULE, `${h.el.getAttribute(RULE) ?? ""} ${h.rule}`.trim());
  }
  return doc;
}

describe("the live page on a mobile / AMP template", () => {
  const doc = hideMobilePage();
  const hidden = Array.from(doc.querySelectorAll(`[${HIDDEN_ATTR}]`)).filter((el) => !el.parentElement?.closest(`[${HIDDEN_ATTR}]`));
  const expected = Array.from(doc.querySelectorAll("[data-clutter]"));

  it("hides exactly the annotated blocks, each as one block with its category", () => {
    const label = (el: Element) => `${el.tagName.toLowerCase()}.${el.className} ${el.getAttribute(HIDDEN_ATTR) ?? el.getAttribute("data-clutter")}`;
    expect(hidden.map(label)).toEqual(expected.map(label));
    expect(expected.map((el) => el.getAttribute("data-clutter"))).toEqual(["social", "social", "social", "related", "promo", "related", "promo", "promo"]);
  });

  it("names the card list by its shape alone, and the AMP widgets by their elements", () => {
    expect(doc.querySelector("section.m-terkini")!.getAttribute(RULE)).toBe("shape:related:headline-list");
    expect(doc.querySelectorAll(`amp-social-share[${HIDDEN_ATTR}="social"]`).length).toBe(3);
    expect(doc.querySelector("amp-embed")!.getAttribute(HIDDEN_ATTR)).toBe("promo");
  });

  it("keeps the header's row of section links, the title, byline, photo, every paragraph and the footer", () => {
    for (const el of Array.from(doc.querySelectorAll("[data-keep], [data-para]"))) {
      expect(el.closest(`[${HIDDEN_ATTR}]`), el.textContent!.trim().slice(0, 40)).toBeNull();
      expect(el.querySelector(`[${HIDDEN_ATTR}]`), el.textContent!.trim().slice(0, 40)).toBeNull();
    }
  });
});
