/**
 * What the cleaner (clean.ts) leaves in the article although a rule would take it: asked once per
 * removal, with the rule's name. Each reason is a family of pages where the rule's shape is the
 * article's own text:
 *  - an embedded post (embeds.ts) is quoted as it stands: its words are the quotation's, whatever
 *    phrase or shape they hold (its date line aside, below);
 *  - a number or a date inside a sentence: the line rules (a gallery counter "6", a date line
 *    "Nov 19, 2019") were written for lines standing alone, and a link or a <time> inside a
 *    paragraph of prose matched them alone: the references "(12)" of a health article, "on
 *    <time>Nov 19</time>, the court…". Such an element is part of its sentence.
 */
import { inEmbeddedPost } from "./embeds.ts";
import { isBlock, squash } from "./text.ts";

type RuleOff = (rule: string) => boolean;

/** The line rules that a piece of a sentence could match on its own. */
const DATELINE = "shape:credits:dateline";
const LINE_RULES = new Set(["shape:credits:counter", DATELINE]);
const INLINE = new Set(["a", "span", "sup", "sub", "small", "b", "strong", "em", "i", "time", "cite", "abbr"]);
/** A block this long around the element is a paragraph of prose, not a line of the page's furniture. */
const SENTENCE_CHARS = 120;

/** The nearest block around `el`, below `root`. */
function blockAround(el: Element, root: Element): Element {
  let e = el.parentElement;
  while (e && e !== root && !isBlock(e)) e = e.parentElement;
  return e ?? root;
}

/** Whether `el` is an inline piece of a paragraph of prose (the paragraph holds much more than it). */
function inSentence(el: Element, root: Element): boolean {
  if (!INLINE.has(el.localName)) return false;
  const around = squash(blockAround(el, root).textContent ?? "");
  return around.length >= SENTENCE_CHARS && around.length >= 4 * squash(el.textContent ?? "").length;
}

/** Whether the cleaner leaves `el` (inside the article `root`) although `rule` would take it. */
export function spared(el: Element, root: Element, rule: string, ruleOff?: RuleOff): boolean {
  // The post's own date line still goes, as any date line does: the Indonesian corpora's truth
  // leaves it out (the benchmark of English news keeps it; the two disagree, and we side with the
  // corpora we must not lower).
  if (inEmbeddedPost(el, root)) return rule !== DATELINE && !ruleOff?.("spare:embed-quoted");
  return LINE_RULES.has(rule) && inSentence(el, root) && !ruleOff?.("spare:in-sentence");
}
