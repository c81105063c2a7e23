/**
 * Decides whether one block is clutter, by shape: how short it is, how much of it is links, and
 * which phrase opens or fills it. Used by the cleaner (article DOM) and the live-page hider alike,
 * so both agree on what clutter is.
 */
import type { PhraseMatcher } from "./phrases.ts";
import { squash } from "./text.ts";
import type { Category } from "./types.ts";

export interface Verdict {
  category: Category;
  rule: string;
  /** The element to remove: the block itself, or a heading's whole section. */
  target: Element;
  /** Siblings that go with it (the list under a "Related" heading). */
  alsoRemove: Element[];
}

/** Longest text a clutter line may have: longer blocks are article prose. */
export const MAX_LINE = 220;
const HEADING = /^(H[1-6]|STRONG|B|SPAN|DIV|P|DT|SUMMARY|HEADER)$/;

export function linkTextLength(el: Element): number {
  let n = 0;
  for (const a of Array.from(el.querySelectorAll("a"))) n += squash(a.textContent ?? "").length;
  return n;
}

export function classify(el: Element, matchers: readonly PhraseMatcher[]): Verdict | null {
  const text = squash(el.textContent ?? "").toLowerCase();
  if (!text || text.length > MAX_LINE) return null;
  const hasLink = el.querySelector("a") !== null || el.tagName === "A";
  for (const m of matchers) {
    if (!m.test(text)) continue;
    const rule = `phrase:${m.category}:${m.shape}`;
    if (m.shape === "lead") {
      // "Baca juga: <a>…</a>": a lead phrase only counts when a link follows it.
      if (hasLink) return { category: m.category, rule, target: el, alsoRemove: [] };
    } else if (m.shape === "heading") {
      if (!HEADING.test(el.tagName.toUpperCase())) continue;
      const next = el.nextElementSibling;
      const list = next && linkTextLength(next) > 0.5 * squash(next.textContent ?? "").length ? [next] : [];
      return { category: m.category, rule, target: el, alsoRemove: list };
    } else {
      return { category: m.category, rule, target: el, alsoRemove: [] };
    }
  }
  return null;
}
