/**
 * A selector list taken apart at its top-level commas, for the hiding sheets (hide-plan.ts).
 *
 * Why the sheets want the parts: a browser files each style rule under a class, id, attribute or
 * tag of its rightmost compound selector and tries the rule only on elements that have it. A rule
 * whose rightmost compound is `:is(.a, .b, …)` is filed under nothing and tried on every element
 * of the page at every style update, on every page the sheets go into. Written one compound per
 * rule instead, `.a` and `.b` are each tried only where they can match (docs/BENCHMARKS.md has what
 * it saved a page). Free of imports: keep-rules.ts and hide-plan.ts read selectors with it.
 */

export interface SelectorPart {
  text: string;
  /** One compound selector (no combinator): it can be written as it is after the sheet's scope. */
  compound: boolean;
}

const OPEN: Record<string, string> = { "(": ")", "[": "]" };
/** A combinator outside brackets: white space, >, + or ~. */
const COMBINATOR = /[\s>+~]/;
/** A compound the scope `:root … X` could not reach as it stands: the root element itself. */
const ROOT_COMPOUND = /^(?:html|:root)(?![\w-])/i;

/**
 * Reads a selector's brackets, quotes and escapes, calling `top(c, i)` for each other character
 * outside brackets and quotes. False when they do not balance, a quoted string holds a line break or
 * an escape is left hanging at the end: such a selector could reach past the rule or the `:is(` it
 * is put in.
 */
export function scanSelector(s: string, top: (c: string, i: number) => void = () => {}): boolean {
  const stack: string[] = [];
  let quote: string | null = null;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === "\\") {
      if (i === s.length - 1) return false;
      i++; // an escaped character is never a bracket, a quote or a separator
    } else if (quote) {
      if (c === quote) quote = null;
      else if (c === "\n") return false;
    } else if (c === '"' || c === "'") quote = c;
    else if (OPEN[c]) stack.push(OPEN[c]);
    else if (c === ")" || c === "]") {
      if (stack.pop() !== c) return false;
    } else if (stack.length === 0) top(c, i);
  }
  return quote === null && stack.length === 0;
}

/**
 * The parts of `list` in order, trimmed, empty ones left out; null when scanSelector finds it
 * unbalanced (the caller keeps the list whole in `:is(…)`, which the browser judges).
 */
export function selectorParts(list: string): SelectorPart[] | null {
  const parts: SelectorPart[] = [];
  let start = 0;
  /** Where the current part has a character that may be a combinator, outside brackets and quotes. */
  const combinators: number[] = [];
  const end = (i: number) => {
    const raw = list.slice(start, i);
    const text = raw.trim();
    const from = start + raw.indexOf(text);
    // White space at the ends of a part is no combinator: only inside what is left.
    const combined = combinators.some((k) => k >= from && k < from + text.length);
    if (text) parts.push({ text, compound: !combined && !ROOT_COMPOUND.test(text) });
    start = i + 1;
    combinators.length = 0;
  };
  const balanced = scanSelector(list, (c, i) => {
    if (c === ",") end(i);
    else if (COMBINATOR.test(c)) combinators.push(i);
  });
  if (!balanced) return null;
  end(list.length);
  return parts;
}
