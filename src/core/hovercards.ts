/**
 * Hover cards inside the prose (issue 16). Some sites wrap a person's name in the text with a card
 * that the page shows only on hover: the name's link, then an inline box holding the name again
 * (its own link), a picture and links to other stories. A reader has no hover: the card's text was
 * printed inline, in the middle of the sentence ("Rep. Jane DoeJane DoeOther headline …").
 *
 * Found by structure only: an inline box (not a block of the text) right after a link, or inside it
 * after its own text, that holds an element repeating that link's text, and more. A link followed by a bracket, a
 * footnote or another link is the prose's own: nothing in it repeats the name.
 */
import { descendantsByTag, elementsWhere } from "./dom.ts";
import { isBlock, squash } from "./text.ts";

const text = (el: Element) => squash(el.textContent ?? "");

/** The box after `link` (its next element sibling, or the link's own last child) when that box repeats the link's name in a link. */
function cardAfter(link: Element, name: string): Element | null {
  // Inside the link: its last element, when the link opens with its own text (the name).
  const inside = link.firstChild?.nodeType === 3 ? link.lastElementChild : null;
  const candidates = [link.nextElementSibling, inside];
  for (const box of candidates) {
    if (!box || isBlock(box) || box.localName === "a") continue;
    // Only white space between the link and the box: the box is the link's, not the sentence's next part.
    if (box === link.nextElementSibling && squash(betweenText(link, box))) continue;
    if (elementsWhere(box, (e) => text(e) === name).length > 0 && text(box).length > name.length) return box;
  }
  return null;
}

/** The text of the nodes between `a` and its later sibling `b`. */
function betweenText(a: Node, b: Node): string {
  let s = "";
  for (let n = a.nextSibling; n && n !== b; n = n.nextSibling) s += n.textContent ?? "";
  return s;
}

/** The hover cards in `root`, each the inline box to take out (the name's link stays). */
export function hoverCards(root: Element): Element[] {
  const out: Element[] = [];
  for (const link of descendantsByTag(root, "a")) {
    // The name is the link's own text before any card inside it.
    const name = squash(link.firstChild?.nodeType === 3 ? (link.firstChild.nodeValue ?? "") : (link.firstElementChild ? text(link.firstElementChild) : ""));
    if (name.length < 3 || name.length > 60) continue;
    const box = cardAfter(link, name);
    if (box && !out.some((b) => b.contains(box))) out.push(box);
  }
  return out;
}
