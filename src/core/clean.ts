/**
 * The boilerplate cleaner: runs after Readability on the article DOM, removes what the rules call
 * clutter, and records every removal with its category, rule and text.
 */
import { classify } from "./classify.ts";
import type { PhraseMatcher } from "./phrases.ts";
import { snippet } from "./text.ts";
import type { Category, Removal } from "./types.ts";

export interface CleanOptions {
  matchers: readonly PhraseMatcher[];
  /** Selector rules to apply, with their category and id. */
  selectors?: readonly { id: string; category: Category; selector: string }[];
}

const CANDIDATES = "p, div, li, section, aside, h1, h2, h3, h4, h5, h6, ul, ol, dl, table, figure, blockquote, strong, b, span";

export function clean(root: Element, opts: CleanOptions): Removal[] {
  const removed: Removal[] = [];
  const take = (el: Element, category: Category, rule: string) => {
    if (!el.isConnected && el !== root && !root.contains(el)) return;
    removed.push({ category, rule, text: snippet(el) });
    el.remove();
  };
  for (const s of opts.selectors ?? []) {
    for (const el of Array.from(root.querySelectorAll(s.selector))) if (root.contains(el)) take(el, s.category, s.id);
  }
  // Innermost first, so a short line inside a long block goes, not the block.
  const blocks = Array.from(root.querySelectorAll(CANDIDATES)).reverse();
  for (const el of blocks) {
    if (!root.contains(el)) continue;
    const v = classify(el, opts.matchers);
    if (!v) continue;
    for (const extra of v.alsoRemove) take(extra, v.category, v.rule);
    take(v.target, v.category, v.rule);
  }
  return removed;
}
