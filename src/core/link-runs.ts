/**
 * Runs of single-link blocks after the article (issue 16). A related list is not always a list:
 * WordPress embeds ("blockquote.wp-embedded-content") and editors' "read on" lines set each teaser as
 * a paragraph of its own, one link each, so no block holds the two links the cleaner's tail asks for.
 *
 * After the article's last paragraph of prose (120+ characters outside links), two or more sibling
 * blocks in a row that are each one link to another page and nothing else (a headline: three words
 * or more) go; empty blocks between them (an embed's frame) do not break the run. Structure only.
 */
import { linkDensity } from "./classify.ts";
import { descendantsByTag, elementsWhere } from "./dom.ts";
import { isBlock, squash } from "./text.ts";

const PROSE_CHARS = 120;
const text = (el: Element) => squash(el.textContent ?? "");
const follows = (a: Node, b: Node) => (a.compareDocumentPosition(b) & 4) !== 0; // b after a

/** A block that is one headline link to another page and nothing else. */
function linkLine(el: Element): boolean {
  const t = text(el);
  const links = descendantsByTag(el, "a").filter((a) => text(a));
  if (links.length !== 1 || t.split(" ").length < 3 || text(links[0]!) !== t) return false;
  const href = (links[0]!.getAttribute("href") ?? "").trim();
  return href !== "" && !href.startsWith("#");
}

/** The runs of link lines after the last paragraph of prose in `root`, flattened. */
export function linkRuns(root: Element): Element[] {
  const paras = elementsWhere(root, (e) => (e.localName === "p" || e.localName === "li") && text(e).length >= PROSE_CHARS);
  const last = paras.filter((p) => { const t = text(p); return t.length - Math.round(linkDensity(p, t) * t.length) >= PROSE_CHARS; }).pop();
  if (!last) return [];
  const out: Element[] = [];
  const parents = new Set(elementsWhere(root, (e) => isBlock(e) && follows(last, e) && !e.contains(last)).map((e) => e.parentElement!));
  for (const parent of parents) {
    let run: Element[] = [];
    const flush = () => { if (run.length >= 2) out.push(...run); run = []; };
    for (const child of Array.from(parent.children)) {
      if (!isBlock(child) || !follows(last, child) || child.contains(last)) { flush(); continue; }
      if (!text(child)) continue; // an embed's empty frame between two teasers
      if (linkLine(child)) run.push(child);
      else flush();
    }
    flush();
  }
  return out.filter((el, i) => !out.some((o, j) => j !== i && o.contains(el)));
}
