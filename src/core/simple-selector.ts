/**
 * Built-in selector rules (src/rules/selectors.json) are lists of simple compounds — `tag`, `#id`,
 * `.class`, `[attr]`, `[attr^="v"]` — and jsdom's selector engine takes ~100 ms a page to run the
 * nine of them. This matches such lists in one walk over the elements, with the same answer as
 * `querySelectorAll`; any selector it does not understand (or a quirks-mode page, where ids and
 * classes match without case) goes to the engine.
 */

type Test = (el: Element, classes: readonly string[]) => boolean;

const COMPOUND = /^([a-z][a-z0-9]*)?((?:#[\w-]+|\.[\w-]+|\[[\w-]+(?:\^="[^"\\]*")?\])*)$/;
const PART = /#([\w-]+)|\.([\w-]+)|\[([\w-]+)(?:\^="([^"\\]*)")?\]/g;

/** A test for one selector list, or null when it is not made of simple compounds only. */
export function simpleSelector(selector: string): Test | null {
  const tests: Test[] = [];
  for (const raw of selector.split(",")) {
    const m = COMPOUND.exec(raw.trim());
    if (!m || (!m[1] && !m[2])) return null;
    const tag = m[1];
    const ids: string[] = [], classes: string[] = [], attrs: [string, string | undefined][] = [];
    for (const p of m[2]!.matchAll(PART)) {
      if (p[1] !== undefined) ids.push(p[1]);
      else if (p[2] !== undefined) classes.push(p[2]);
      else attrs.push([p[3]!, p[4]]);
    }
    tests.push((el, cls) =>
      (!tag || el.localName === tag) &&
      ids.every((id) => el.getAttribute("id") === id) &&
      classes.every((c) => cls.includes(c)) &&
      attrs.every(([name, prefix]) => {
        const v = el.getAttribute(name);
        return v !== null && (prefix === undefined || (prefix !== "" && v.startsWith(prefix)));
      }));
  }
  return (el, cls) => tests.some((t) => t(el, cls));
}

const ASCII_SPACE = /[\t\n\f\r ]+/;

/**
 * For each selector list, the elements under `root` it matches, in document order (what
 * `root.querySelectorAll(selector)` returns; an invalid selector matches nothing).
 */
export function selectAllOf(root: Element, selectors: readonly string[]): Element[][] {
  const doc = root.ownerDocument;
  const tests = selectors.map(simpleSelector);
  const out: Element[][] = selectors.map(() => []);
  const fast: number[] = [];
  tests.forEach((t, i) => {
    if (t && doc.compatMode !== "BackCompat") fast.push(i);
    else {
      try {
        out[i] = Array.from(root.querySelectorAll(selectors[i]!));
      } catch {
        // an invalid selector matches nothing
      }
    }
  });
  if (fast.length === 0) return out;
  // A tree walker: jsdom's getElementsByTagName("*") costs seconds on a large page.
  const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n as Element;
    const attr = el.getAttribute("class");
    const cls = attr ? attr.split(ASCII_SPACE) : [];
    for (const i of fast) if (tests[i]!(el, cls)) out[i]!.push(el);
  }
  return out;
}
