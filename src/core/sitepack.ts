/**
 * Site packs: exact rules for the sites our readers open every day (src/rules/sites/*.json).
 * A pack narrows the page to the article body where Readability's guess needs help, and removes the
 * site's own clutter boxes by selector. Rule ids are `site:<domain>:<n>`, n the index in `clean`.
 *
 * Pack selectors run on the page's clone BEFORE Readability: Readability strips class attributes
 * from its output, so a class-based selector would match nothing afterwards.
 *
 * A pack fails safe. A selector that matches nothing changes nothing (the page reads as without the
 * pack). A content selector that matches the parts of a body split in sibling boxes gives the box
 * holding them all, never the first part alone. A clean selector never removes the article body or
 * a box holding it: the body the content selector found, or else the box whose paragraphs hold the
 * most text (where Readability will look), and the box holding most of that body's prose.
 */
import { SITE_PACKS, type LocalePhrases, type SelectorRule, type SitePack } from "../rules/index.ts";
import { snippet } from "./text.ts";
import type { Category, Removal } from "./types.ts";

/** Shorter "bodies" than this are a selector that hit the wrong box: fall back to Readability's guess. */
const MIN_CONTENT_CHARS = 140;

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/\.$/, "");
  } catch {
    return null;
  }
}

/** The pack of the page's host or of a parent domain (m.detik.com → detik.com); the most specific wins. */
export function findSitePack(url: string | null | undefined, packs: readonly SitePack[] = SITE_PACKS): SitePack | null {
  const host = hostOf(url);
  if (!host) return null;
  let best: SitePack | null = null;
  for (const p of packs) {
    const d = p.domain.toLowerCase();
    if ((host === d || host.endsWith(`.${d}`)) && (!best || d.length > best.domain.length)) best = p;
  }
  return best;
}

/** The pack's clean selectors as selector rules, for the cleaner and for the live-page hider. */
export function packSelectorRules(pack: SitePack): SelectorRule[] {
  return (pack.clean ?? []).map((c, n) => ({ id: `site:${pack.domain}:${n}`, category: c.category, selector: c.selector }));
}

/** The pack's own phrases, in the shape compilePhrases takes as an extra locale. */
export function packPhrases(pack: SitePack): LocalePhrases[] {
  return pack.phrases ? [{ locale: `site:${pack.domain}`, ...pack.phrases }] : [];
}

/** querySelectorAll that treats an invalid selector as matching nothing (a bad rule must not break a page). */
function selectAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** Every selector of a pack (content and clean), for a walk that matches them all at once. */
export function packSelectors(pack: SitePack): string[] {
  return [...(pack.content ?? []), ...(pack.clean ?? []).map((c) => c.selector)];
}

/**
 * What a selector matches in the document: `querySelectorAll`, or the matches a walk found before
 * the document changed (`found`; an element that has left the document since is skipped by the caller).
 */
type Finder = (doc: Document, selector: string) => readonly Element[];
const query: Finder = (doc, selector) => selectAll(doc, selector);

/**
 * The first content selector that finds a body with real text, or null. When the selector matches
 * sibling boxes (the parts of one body: `.detail-paragraph` ×3), the body is their parent.
 */
export function packContent(doc: Document, pack: SitePack, find: Finder = query): Element | null {
  for (const sel of pack.content ?? []) {
    const found = find(doc, sel).filter((e) => e.isConnected && (e.textContent ?? "").trim().length >= MIN_CONTENT_CHARS);
    const el = found[0];
    if (!el) continue;
    const parent = el.parentElement;
    return parent && parent !== doc.body && found.some((e) => e !== el && e.parentElement === parent) ? parent : el;
  }
  return null;
}

/**
 * The box whose own paragraphs hold the most text under `scope`: where the article body is when
 * no content selector says so. Paragraph text is summed per parent, one pass over the <p>s.
 */
function proseCentre(scope: Element): Element | null {
  const sums = new Map<Element, number>();
  let best: Element | null = null;
  for (const p of Array.from(scope.getElementsByTagName("p"))) {
    const parent = p.parentElement;
    if (!parent) continue;
    const n = (sums.get(parent) ?? 0) + (p.textContent ?? "").trim().length;
    sums.set(parent, n);
    if (!best || n > sums.get(best)!) best = parent;
  }
  return best;
}

/** Whether removing `el` would take the article body with it (lazily finds the body's prose centre once). */
function bodyGuard(doc: Document, content: Element | null): (el: Element) => boolean {
  let centre: Element | null | undefined;
  return (el) => {
    if (el === doc.body || el === content || (content && el.contains(content))) return true;
    const scope = content ?? doc.body;
    if (!scope) return false;
    if (centre === undefined) centre = proseCentre(scope);
    return !!centre && (el === centre || el.contains(centre));
  };
}

/**
 * Applies a pack to a document the caller owns (a clone): removes the enabled clean selectors,
 * then, when a content selector finds the body, makes it the only thing in <body> so Readability
 * cannot pick a neighbour. Returns the removals that were inside the article body.
 */
export function applySitePack(
  doc: Document,
  pack: SitePack,
  enabled: ReadonlySet<Category>,
  found?: ReadonlyMap<string, readonly Element[]>,
): Removal[] {
  const removed: Removal[] = [];
  const find: Finder = found ? (d, sel) => found.get(sel) ?? query(d, sel) : query;
  const content = packContent(doc, pack, find);
  const holdsBody = bodyGuard(doc, content);
  for (const rule of packSelectorRules(pack)) {
    if (!enabled.has(rule.category)) continue;
    for (const el of find(doc, rule.selector)) {
      if (!el.isConnected || holdsBody(el)) continue;
      // Clutter outside the article would never have reached the reader: only report what was inside it.
      if (!content || content.contains(el)) removed.push({ category: rule.category, rule: rule.id, text: snippet(el) });
      el.remove();
    }
  }
  if (content && doc.body) {
    // Keep the page's JSON-LD (date, author) for Readability's metadata: it often sits in <body>.
    for (const ld of selectAll(doc.body, 'script[type="application/ld+json"]')) if (!content.contains(ld)) doc.head?.append(ld);
    doc.body.replaceChildren(content);
  }
  return removed;
}
