/**
 * The person's "keep" rules (the picker's "Keep this block"): selectors whose blocks no rule hides.
 *
 *  - `keepSheetExclusions(keep)`: what every hiding rule of the user-origin sheet adds to its
 *    `:not(…)`, so a kept block is never hidden by it, from the first paint on.
 *  - `keepMatcher(keep)`: for the content script, whether a block the text and shape rules found
 *    is, is inside, or holds a kept block (it is then left visible, and marked so the built-in
 *    sheets, compiled at build time, let it show too).
 *
 * A keep selector is the person's text and goes into the `:not(…)` of EVERY hiding rule, where an
 * invalid one could drop them all. Two defences: the plan takes only selectors that cannot reach
 * past their own place (hide-plan.ts `isKeepSelector`: no braces or comments, and `balancedSelector`
 * here), and they sit in `:is(…)`, whose list is forgiving — a selector the browser cannot parse
 * matches nothing and drops nothing else (checked in Chromium and Firefox by tests/e2e/keep.test.ts).
 * It imports only selector-parts.ts (no imports of its own), so hide-plan.ts can use it.
 */
import { scanSelector } from "./selector-parts.ts";

/** Brackets and quotes balanced, no escape left hanging: the selector cannot close the `:is(` it is put in. */
export function balancedSelector(s: string): boolean {
  return scanSelector(s);
}

/**
 * The `:not(…)` entries that spare kept blocks (selectors the caller has checked): the block itself,
 * what is inside it, and what holds it (hiding a box would hide the kept block in it). Empty when
 * there is nothing to keep.
 */
export function keepSheetExclusions(keep: readonly string[]): string[] {
  if (keep.length === 0) return [];
  const list = `:is(${keep.join(", ")})`;
  return [list, `${list} *`, `:has(${list})`];
}

/**
 * Whether an element is kept: it, an ancestor or a descendant matches a keep selector (the plan's,
 * already checked). Selectors this browser cannot parse are left out, tried once each on the first
 * element asked about (a bad one must not make every check throw, nor the hider stop).
 */
export function keepMatcher(keep: readonly string[]): (el: Element) => boolean {
  if (keep.length === 0) return () => false;
  let joined: string | null | undefined;
  return (el) => {
    if (joined === undefined) joined = keep.filter((s) => parses(el, s)).join(",") || null;
    return joined !== null && (el.closest(joined) !== null || el.querySelector(joined) !== null);
  };
}

function parses(el: Element, selector: string): boolean {
  try {
    el.closest(selector);
    return true;
  } catch {
    return false;
  }
}
