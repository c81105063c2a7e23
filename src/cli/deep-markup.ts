/**
 * Caps the nesting depth of a saved page before jsdom sees it. jsdom builds and tears down a tree
 * with recursion and per-ancestor work: 10 000 nested <div>s take ~25 s to parse and then overflow
 * the stack on clone or close (a crash, not an error), and Readability's cleanup is quadratic in
 * depth (300 levels: ~10 s). Real pages stay under ~50 levels (the deepest of our 441 corpus pages:
 * 51), so below LIMITS.maxDepth we keep only the text, as paragraphs. The work is done on parse5's
 * plain tree, which is built without recursion, and jsdom gets the flattened markup.
 *
 * Exact work only when a cheap scan says the page may be deep: ordinary pages pay one regex pass.
 */
import { defaultTreeAdapter, html, parse, serialize, type DefaultTreeAdapterMap } from "parse5";
import { LIMITS } from "../core/guard.ts";

type Node = DefaultTreeAdapterMap["node"];
type ParentNode = DefaultTreeAdapterMap["parentNode"];
type Element = DefaultTreeAdapterMap["element"];

const VOID = new Set([
  "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
  "param", "keygen", "frame",
]);
const TAG = /<(\/?)([a-zA-Z][^\s/>]*)/g;

/**
 * An upper-bound-ish estimate of the tree depth: a stack of open tags where an end tag pops back to
 * its opener and a stray end tag is ignored (as the parser does), and implied end tags are not
 * modelled, so unclosed <p>/<li> over-count. Over-counting only sends a page down the exact path.
 */
export function estimateDepth(html: string): number {
  const open: string[] = [];
  const count = new Map<string, number>();
  let max = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const name = m[2]!.toLowerCase();
    if (m[1]) {
      if (!count.get(name)) continue;
      for (let top = open.pop(); top !== undefined; top = open.pop()) {
        count.set(top, count.get(top)! - 1);
        if (top === name) break;
      }
    } else if (!VOID.has(name)) {
      open.push(name);
      count.set(name, (count.get(name) ?? 0) + 1);
      if (open.length > max) max = open.length;
    }
  }
  return max;
}

const isElement = (n: Node): n is Element => "tagName" in n;

/** Returns the page's markup with elements deeper than `maxDepth` flattened; untouched if it is not that deep. */
export function capDepth(html: string, maxDepth: number = LIMITS.maxDepth): string {
  if (estimateDepth(html) <= maxDepth) return html;
  const doc = parse(html);
  let flattened = false;
  const stack: [ParentNode, number][] = [[doc, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth >= maxDepth) {
      flattenBelow(node);
      flattened = true;
      continue;
    }
    for (const c of node.childNodes) if (isElement(c)) stack.push([c, depth + 1]);
  }
  return flattened ? serialize(doc) : html;
}

const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure", "footer",
  "h1", "h2", "h3", "h4", "h5", "h6", "header", "li", "main", "nav", "ol", "p", "pre", "section", "table",
  "td", "th", "tr", "ul", "br",
]);
const SKIP = new Set(["script", "style", "template", "noscript"]);
/** Paragraphs kept from one over-deep subtree; the rest of its text joins the last one. */
const MAX_PARAGRAPHS = 256;

/**
 * Replaces everything under `top` with its text, one <p> per block of the original, so the text
 * survives and Readability sees a shallow, short tree. (Flattening into thousands of sibling
 * elements instead, as Chromium does, leaves jsdom + Readability quadratic: minutes, not seconds.)
 */
function flattenBelow(top: ParentNode): void {
  const chunks: string[] = [];
  let line = "";
  const flush = () => {
    const t = line.replace(/\s+/g, " ").trim();
    if (t) chunks.push(t);
    line = "";
  };
  const stack: (Node | "end-block")[] = [...top.childNodes].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (n === "end-block") {
      flush();
      continue;
    }
    if (n.nodeName === "#text") line += (n as DefaultTreeAdapterMap["textNode"]).value;
    if (!isElement(n) || SKIP.has(n.tagName)) continue;
    if (BLOCK.has(n.tagName)) {
      flush();
      stack.push("end-block");
    }
    for (let i = n.childNodes.length - 1; i >= 0; i--) stack.push(n.childNodes[i]!);
  }
  flush();
  const kept = chunks.slice(0, MAX_PARAGRAPHS - 1);
  if (chunks.length >= MAX_PARAGRAPHS) kept.push(chunks.slice(MAX_PARAGRAPHS - 1).join(" "));
  top.childNodes = [];
  for (const text of kept) {
    const p = defaultTreeAdapter.createElement("p", html.NS.HTML, []);
    defaultTreeAdapter.insertText(p, text);
    defaultTreeAdapter.appendChild(top, p);
  }
}
