/**
 * Built-in selector rules (src/rules/selectors.json) are lists of simple compounds — `tag`, `#id`,
 * `.class`, `[attr]`, `[attr^="v"]` — and jsdom's selector engine takes ~100 ms a page to run the
 * nine of them. This matches such lists in one walk over the elements, with the same answer as
 * `querySelectorAll`; any selector it does not understand (or a quirks-mode page, where ids and
 * classes match without case) goes to the engine.
 */

type Test = (el: Element, classes: readonly string[]) => boolean;

interface Compound {
  tag?: string;
  ids: string[];
  classes: string[];
  attrs: [string, string | undefined][];
}

const COMPOUND = /^([a-z][a-z0-9]*)?((?:#[\w-]+|\.[\w-]+|\[[\w-]+(?:\^="[^"\\]*")?\])*)$/;
const PART = /#([\w-]+)|\.([\w-]+)|\[([\w-]+)(?:\^="([^"\\]*)")?\]/g;

/** The compounds of a selector list, or null when it is not made of simple compounds only. */
function compounds(selector: string): Compound[] | null {
  const out: Compound[] = [];
  for (const raw of selector.split(",")) {
    const m = COMPOUND.exec(raw.trim());
    if (!m || (!m[1] && !m[2])) return null;
    const c: Compound = { ids: [], classes: [], attrs: [] };
    if (m[1]) c.tag = m[1];
    for (const p of m[2]!.matchAll(PART)) {
      if (p[1] !== undefined) c.ids.push(p[1]);
      else if (p[2] !== undefined) c.classes.push(p[2]);
      else c.attrs.push([p[3]!, p[4]]);
    }
    out.push(c);
  }
  return out;
}

function matchesCompound(c: Compound, el: Element, cls: readonly string[]): boolean {
  if (c.tag && el.localName !== c.tag) return false;
  for (const id of c.ids) if (el.getAttribute("id") !== id) return false;
  for (const k of c.classes) if (!cls.includes(k)) return false;
  for (const [name, prefix] of c.attrs) {
    const v = el.getAttribute(name);
    if (v === null || (prefix !== undefined && (prefix === "" || !v.startsWith(prefix)))) return false;
  }
  return true;
}

/** A test for one selector list, or null when it is not made of simple compounds only. */
export function simpleSelector(selector: string): Test | null {
  const cs = compounds(selector);
  return cs ? (el, cls) => cs.some((c) => matchesCompound(c, el, cls)) : null;
}

const ASCII_SPACE = /[\t\n\f\r ]+/;

/**
 * For each selector list, the elements under `root` it matches, in document order (what
 * `root.querySelectorAll(selector)` returns; an invalid selector matches nothing).
 */
export function selectAllOf(root: Element, selectors: readonly string[]): Element[][] {
  const doc = root.ownerDocument;
  const quirks = doc.compatMode === "BackCompat";
  const out: Element[][] = selectors.map(() => []);
  // Each compound is filed under what an element must have for it to match: its id, one of its
  // classes, its tag, or (attributes only) nothing; an element then tries only the compounds filed
  // under what it has.
  const byId = new Map<string, [number, Compound][]>(), byClass = new Map<string, [number, Compound][]>();
  const byTag = new Map<string, [number, Compound][]>(), always: [number, Compound][] = [];
  const file = (map: Map<string, [number, Compound][]>, k: string, e: [number, Compound]) => {
    const l = map.get(k);
    if (l) l.push(e);
    else map.set(k, [e]);
  };
  let fast = 0;
  selectors.forEach((sel, i) => {
    const cs = quirks ? null : compounds(sel);
    if (!cs) {
      try {
        out[i] = Array.from(root.querySelectorAll(sel));
      } catch {
        // an invalid selector matches nothing
      }
      return;
    }
    fast++;
    for (const c of cs) {
      if (c.ids.length) file(byId, c.ids[0]!, [i, c]);
      else if (c.classes.length) file(byClass, c.classes[0]!, [i, c]);
      else if (c.tag) file(byTag, c.tag, [i, c]);
      else always.push([i, c]);
    }
  });
  if (fast === 0) return out;
  // A tree walker: jsdom's getElementsByTagName("*") costs seconds on a large page.
  const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  const hit = new Set<number>();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n as Element;
    const attr = el.getAttribute("class");
    const cls = attr ? attr.split(ASCII_SPACE) : [];
    hit.clear();
    const tryAll = (list: [number, Compound][] | undefined) => {
      if (list) for (const [i, c] of list) if (!hit.has(i) && matchesCompound(c, el, cls)) hit.add(i);
    };
    const id = el.getAttribute("id");
    if (id !== null) tryAll(byId.get(id));
    for (const k of cls) if (k) tryAll(byClass.get(k));
    tryAll(byTag.get(el.localName));
    tryAll(always);
    if (hit.size) for (const i of [...hit].sort((a, b) => a - b)) out[i]!.push(el);
  }
  return out;
}
