/**
 * Built-in selector rules (src/rules/selectors.json) and site packs' selectors are lists of simple
 * compounds — `tag`, `#id`, `.class`, `[attr]`, `[attr="v"]`, `[attr^="v"]`, `[attr*="v"]` — and jsdom's selector
 * engine takes ~100 ms a page to run the nine built-in ones. This matches such lists in one walk over the elements, with the same answer as
 * `querySelectorAll`; any selector it does not understand goes to the engine.
 *
 * On a quirks-mode page ids and classes may match without regard to case, and engines differ on
 * which (jsdom folds classes only; browsers fold both): there the walk only picks the candidates, by
 * id and class without case, and the engine's own `matches` has the last word on each.
 */

/** An attribute test: presence, equal, starts with, holds. */
type Op = "" | "=" | "^=" | "*=";

type Test = (el: Element, classes: readonly string[]) => boolean;

interface Compound {
  /** The compound as written, for the engine's `matches` on a quirks-mode page. */
  source: string;
  tag?: string;
  ids: string[];
  classes: string[];
  /** Name, operator ("" for presence), value. */
  attrs: [string, Op, string][];
}

const COMPOUND = /^([a-z][a-z0-9-]*)?((?:#[\w-]+|\.[\w-]+|\[[\w-]+(?:[\^*]?="[^"\\]*")?\])*)$/;
const PART = /#([\w-]+)|\.([\w-]+)|\[([\w-]+)(?:([\^*]?=)"([^"\\]*)")?\]/g;

/** The compounds of a selector list, or null when it is not made of simple compounds only. */
function compounds(selector: string): Compound[] | null {
  const out: Compound[] = [];
  for (const raw of selector.split(",")) {
    const source = raw.trim();
    const m = COMPOUND.exec(source);
    if (!m || (!m[1] && !m[2])) return null;
    const c: Compound = { source, ids: [], classes: [], attrs: [] };
    if (m[1]) c.tag = m[1];
    for (const p of m[2]!.matchAll(PART)) {
      if (p[1] !== undefined) c.ids.push(p[1]);
      else if (p[2] !== undefined) c.classes.push(p[2]);
      else c.attrs.push([p[3]!, (p[4] ?? "") as Op, p[5] ?? ""]);
    }
    out.push(c);
  }
  return out;
}

/** ASCII lower case only, as selectors fold case (a Kelvin sign stays a Kelvin sign). */
const foldAscii = (s: string) => s.replace(/[A-Z]+/g, (m) => m.toLowerCase());

function matchesCompound(c: Compound, el: Element, cls: readonly string[], fold: boolean): boolean {
  if (c.tag && el.localName !== c.tag) return false;
  for (const id of c.ids) {
    const v = el.getAttribute("id");
    if (v !== id && !(fold && v !== null && foldAscii(v) === foldAscii(id))) return false;
  }
  for (const k of c.classes) if (!cls.includes(fold ? foldAscii(k) : k)) return false;
  for (const [name, op, value] of c.attrs) {
    const v = el.getAttribute(name);
    if (v === null) return false;
    // `[a^=""]` matches nothing, as in CSS.
    if (op === "=" ? v !== value : op !== "" && (value === "" || !(op === "^=" ? v.startsWith(value) : v.includes(value)))) return false;
  }
  return true;
}

/** A test for one selector list, or null when it is not made of simple compounds only. */
export function simpleSelector(selector: string): Test | null {
  const cs = compounds(selector);
  return cs ? (el, cls) => cs.some((c) => matchesCompound(c, el, cls, false)) : null;
}

const ASCII_SPACE = /[\t\n\f\r ]+/;

type Filed = [number, Compound];

/**
 * Selector lists matched while the caller walks the elements once, in document order: `visit`
 * each element, then `results` gives, for each list, what `querySelectorAll` on the walked root
 * would have returned (an invalid selector matches nothing). Read the results before changing the
 * tree: lists the walk cannot match are run by the engine there and then.
 */
export class SelectorWalk {
  private readonly out: Element[][];
  private readonly engine: number[] = [];
  private readonly quirks: boolean;
  // Each compound is filed under what an element must have for it to match: its id, one of its
  // classes, its tag, or one of its attributes; an element then tries only the compounds filed
  // under what it has. On a quirks-mode page ids and classes are filed without case.
  private readonly byId = new Map<string, Filed[]>();
  private readonly byClass = new Map<string, Filed[]>();
  private readonly byTag = new Map<string, Filed[]>();
  private readonly byAttr = new Map<string, Filed[]>();
  private readonly hit = new Set<number>();
  /** Whether any list is matched by the walk (else `visit` need not be called). */
  readonly active: boolean;

  constructor(doc: Document, private readonly selectors: readonly string[]) {
    this.quirks = doc.compatMode === "BackCompat";
    this.out = selectors.map(() => []);
    const file = (map: Map<string, Filed[]>, k: string, e: Filed) => {
      const key = this.quirks ? foldAscii(k) : k;
      const l = map.get(key);
      if (l) l.push(e);
      else map.set(key, [e]);
    };
    selectors.forEach((sel, i) => {
      const cs = compounds(sel);
      if (!cs) {
        this.engine.push(i);
        return;
      }
      for (const c of cs) {
        if (c.ids.length) file(this.byId, c.ids[0]!, [i, c]);
        else if (c.classes.length) file(this.byClass, c.classes[0]!, [i, c]);
        else if (c.tag) file(this.byTag, c.tag, [i, c]);
        else {
          const l = this.byAttr.get(c.attrs[0]![0]);
          if (l) l.push([i, c]);
          else this.byAttr.set(c.attrs[0]![0], [[i, c]]);
        }
      }
    });
    this.active = this.engine.length < selectors.length;
  }

  /**
   * One element, in document order: `cls` its class attribute and `id` its id (null when absent),
   * `attrs` the names of its attributes.
   */
  visit(el: Element, cls: string | null, id: string | null, attrs: readonly string[]): void {
    const quirks = this.quirks;
    const classes = cls ? (quirks ? foldAscii(cls) : cls).split(ASCII_SPACE) : [];
    const hit = this.hit;
    hit.clear();
    if (id !== null) this.tryAll(this.byId.get(quirks ? foldAscii(id) : id), el, classes);
    for (const k of classes) if (k) this.tryAll(this.byClass.get(k), el, classes);
    this.tryAll(this.byTag.get(el.localName), el, classes);
    if (this.byAttr.size) for (const a of attrs) this.tryAll(this.byAttr.get(a), el, classes);
    if (hit.size === 1) for (const i of hit) this.out[i]!.push(el);
    else if (hit.size) for (const i of [...hit].sort((a, b) => a - b)) this.out[i]!.push(el);
  }

  private tryAll(list: Filed[] | undefined, el: Element, classes: readonly string[]): void {
    if (!list) return;
    for (const [i, c] of list) {
      if (this.hit.has(i) || !matchesCompound(c, el, classes, this.quirks)) continue;
      if (this.quirks && !el.matches(c.source)) continue;
      this.hit.add(i);
    }
  }

  /** The matches of each list under `root` (the root the walk went through). */
  results(root: Element): Element[][] {
    for (const i of this.engine) {
      try {
        this.out[i] = Array.from(root.querySelectorAll(this.selectors[i]!));
      } catch {
        // an invalid selector matches nothing
      }
    }
    return this.out;
  }
}

/**
 * For each selector list, the elements under `root` it matches, in document order (what
 * `root.querySelectorAll(selector)` returns; an invalid selector matches nothing).
 */
export function selectAllOf(root: Element, selectors: readonly string[]): Element[][] {
  const walk = new SelectorWalk(root.ownerDocument, selectors);
  if (walk.active) {
    // A tree walker: jsdom's getElementsByTagName("*") costs seconds on a large page.
    const walker = root.ownerDocument.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n as Element;
      walk.visit(el, el.getAttribute("class"), el.getAttribute("id"), el.getAttributeNames());
    }
  }
  return walk.results(root);
}
