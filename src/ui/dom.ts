/** A small element builder for pages that build their DOM in code (the options page; the popup and reader may use it too). */

/** What `h` accepts as a child: falsy values are skipped, so `cond && h(...)` reads as "only if". */
export type Child = Node | string | null | undefined | false;

/**
 * `<tag attrs>children</tag>` in `doc`. An attribute set to `true` is present and empty, one set to
 * `false` or `undefined` is left out; text goes in as text, never as HTML.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  for (const [k, val] of Object.entries(attrs)) {
    if (val === undefined || val === false) continue;
    el.setAttribute(k, val === true ? "" : val);
  }
  for (const c of children) if (c) el.append(c);
  return el;
}
