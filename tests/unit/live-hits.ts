/**
 * What the live page hides on a page with the default settings, as the content script asks it at
 * DOMContentLoaded: the plan for the page's address, the article's marks kept, the guard applied.
 * Shared by the unit tests that judge whole pages (not a test file itself).
 */
import { findHits, isGuarded, type Hit } from "../../src/core/hide-match.ts";
import { findArticleRoot, keepMarks } from "../../src/core/live-shapes.ts";
import { hidePlanForPage } from "../../src/shared/page-plan.ts";
import { defaultSettings } from "../../src/shared/settings.ts";

export function liveHits(doc: Document, url = doc.URL): Hit[] {
  const plan = hidePlanForPage(defaultSettings(), url)!;
  const keep = keepMarks(doc, findArticleRoot(doc, plan.content));
  return findHits(doc, plan, keep).filter((h) => !isGuarded(h, () => keep));
}
