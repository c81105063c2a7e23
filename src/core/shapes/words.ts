/**
 * Class and id words: the parts of an element's class and id split at "-" and "_", so a rule asks
 * for "ads" or "share" and never reads "header" or "shadow" as one. Memoised per string.
 */
/** An element's class and id in one string (empty for neither): what its words are read from. */
function classAndId(el: Element): string {
  const cls = typeof el.className === "string" ? el.className : "";
  const id = el.id;
  return id ? `${cls} ${id}` : cls;
}

/** The words of a class-and-id string: "kcm-social-share" → kcm, social, share (and the whole). */
function tokens(raw: string): string[] {
  const out: string[] = [];
  for (const word of raw.split(/\s+/)) {
    if (!word) continue;
    out.push(word);
    if (/[-_]/.test(word)) for (const part of word.split(/[-_]+/)) if (part) out.push(part);
  }
  return out;
}

/**
 * hasToken's answers by pattern and class-and-id string. The shapes ask it of every link, of the
 * ancestors of every candidate block and of every element of a row, and most elements share their
 * class names with others: splitting them into words and testing each word once per string, not
 * once per question, was a tenth of the content script's time on the corpus pages.
 */
const tokenVerdicts = new Map<RegExp, Map<string, boolean>>();
/** Ids are often unique ("div-gpt-ad-…-3"): a page of endless distinct ones must not grow the memo forever. */
const MAX_KNOWN_TOKENS = 4096;

export function hasToken(el: Element, re: RegExp): boolean {
  const raw = classAndId(el);
  if (!raw) return false;
  let known = tokenVerdicts.get(re);
  if (!known) tokenVerdicts.set(re, (known = new Map()));
  let verdict = known.get(raw);
  if (verdict === undefined) {
    if (known.size >= MAX_KNOWN_TOKENS) known.clear();
    known.set(raw, (verdict = tokens(raw).some((t) => re.test(t))));
  }
  return verdict;
}
